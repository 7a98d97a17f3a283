; Nguyen 2021, derived theorem (spec §5): the two forms of (H2) are equivalent [D]
; (theorems/Nguyen2021/README.md, step D1). H = sum_{l<L} P_l R_l, S = sum_{l<L} lambda-bar_l^-2; summing the conclusion
; of h2-term.smt2 over l < L gives H lf^2 = 8 xf p Lh La S (lf = lambda_F > 0, xf >= ||X||_F, p >= sqrt(2 Phi_0),
; Lh = lambda-bar_{1->L-1}, La = lambda-bar_{1->L}).
; Form 1: xf H <= lf / 2. Form 2: lf^3 >= 16 xf^2 p Lh La S. Conclusion: form 1 holds iff form 2 does.
; Proved = `unsat`.
(declare-const H Real)
(declare-const S Real)
(declare-const lf Real)
(declare-const xf Real)
(declare-const p Real)
(declare-const Lh Real)
(declare-const La Real)
(assert (> lf 0.0))
(assert (>= xf 0.0))
(assert (= (* H lf lf) (* 8.0 xf p Lh La S)))
(assert (not (= (<= (* 2.0 xf H) lf) (>= (* lf lf lf) (* 16.0 xf xf p Lh La S)))))
(check-sat)
