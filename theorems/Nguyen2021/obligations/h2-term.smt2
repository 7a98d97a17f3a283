; Nguyen 2021, derived theorem (spec §5): one term of the (H2) sum in closed form [D]
; (theorems/Nguyen2021/README.md, step D1). For a layer l < L: lb = lambda-bar_l > 0, Lh = lambda-bar_{1->L-1},
; La = lambda-bar_{1->L}, P = prod_{p<L, p!=l} lambda-bar_p (P lb = Lh), Q = prod_{p!=l} lambda-bar_p (Q lb = La),
; R = R_l with R lf^2 = 8 xf p Q (lf = lambda_F, xf >= ||X||_F, p >= sqrt(2 Phi_0)), v = lambda-bar_l^-2.
; Conclusion: P R lf^2 = 8 xf p Lh La v, i.e. P_l R_l = 8 ||X||_F sqrt(2 Phi_0) lambda-bar_{1->L-1} lambda-bar_{1->L}
; / (lambda_F^2 lambda-bar_l^2). Proved = `unsat`.
(declare-const lb Real)
(declare-const Lh Real)
(declare-const La Real)
(declare-const P Real)
(declare-const Q Real)
(declare-const R Real)
(declare-const lf Real)
(declare-const xf Real)
(declare-const p Real)
(declare-const v Real)
(assert (> lb 0.0))
(assert (> lf 0.0))
(assert (= (* P lb) Lh))
(assert (= (* Q lb) La))
(assert (= (* R lf lf) (* 8.0 xf p Q)))
(assert (= (* v lb lb) 1.0))
(assert (not (= (* P R lf lf) (* 8.0 xf p Lh La v))))
(check-sat)
