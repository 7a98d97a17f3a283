; Nguyen & Mondelli 2020, the special initialisation's scale alpha meets (H1) [D]
; (theorems/NguyenMondelli2020/README.md, "Runs", special-init; spec section 6 item 4): for L = 4 with
; W3, W4 = alpha x orthonormal columns (lambda_3 = lambda_4 = alpha), m = lambda_F/||X||_2 and
; a1 = sqrt(c/(lambda_F m)), c = 8 (2/gamma)^2 sqrt(2 Phi0): when a1 >= m, every alpha = s a1 with s >= 1 meets
; (H1) in its cleared form lambda_F^2 lambda_3 lambda_4 >= 8 (2/gamma)^2 ||X||_2 r and
; lambda_F lambda_3 lambda_4 lambda_l >= 8 (2/gamma)^2 r (r >= sqrt(2 Phi0)). Initialisations.MinimalAlpha.
; Proved = `unsat`.
(declare-const lf Real)
(declare-const xn Real)
(declare-const g Real)
(declare-const r Real)
(declare-const s Real)
(declare-const a1 Real)
(declare-const a Real)
(assert (and (> lf 0.0) (> xn 0.0) (> g 0.0) (>= r 0.0)))
(assert (>= s 1.0))
(assert (>= a1 0.0))
(assert (= (* a1 a1 lf lf) (* 8.0 (/ 2.0 g) (/ 2.0 g) r xn)))
(assert (>= a1 (/ lf xn)))
(assert (= a (* s a1)))
(assert (not (and (>= (* lf lf a a) (* 8.0 (/ 2.0 g) (/ 2.0 g) xn r)) (>= (* lf a a a) (* 8.0 (/ 2.0 g) (/ 2.0 g) r)))))
(check-sat)
