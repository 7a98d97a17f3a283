; Nguyen & Mondelli 2020, derived theorem: the two forms of the radius R agree [D]
; (theorems/NguyenMondelli2020/README.md, step A1). p = sqrt(2 Phi0), lf = lambda_F, P = lambda_{3->L} (the product of
; the lambda_l, l >= 3; 1 for L = 2), gp = gamma^(L-2), t = 2^(L-2). mu = gp^2 lf^2 P^2 / 4^(L-1), written
; mu (2 t)^2 = gp^2 lf^2 P^2 since 4^(L-1) = (2^(L-1))^2 = (2 t)^2. R = 2 sqrt(2 Phi0 / mu), i.e.
; R >= 0 and R^2 mu = 4 p^2. Conclusion: R gp lf P = 4 t p, i.e. R = 2^L sqrt(2 Phi0) / (gamma^(L-2) lf P).
; Proved = `unsat`.
(declare-const p Real)
(declare-const lf Real)
(declare-const P Real)
(declare-const gp Real)
(declare-const t Real)
(declare-const mu Real)
(declare-const R Real)
(assert (> p 0.0))
(assert (> lf 0.0))
(assert (> P 0.0))
(assert (> gp 0.0))
(assert (>= t 1.0))
(assert (= (* mu (* 2.0 t) (* 2.0 t)) (* gp gp lf lf P P)))
(assert (and (>= R 0.0) (= (* R R mu) (* 4.0 p p))))
(assert (not (= (* R gp lf P) (* 4.0 t p))))
(check-sat)
