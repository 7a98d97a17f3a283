; Nguyen & Mondelli 2020, derived theorem: the two forms of (H1) for depth L = 2 [D]
; (theorems/NguyenMondelli2020/README.md, step A2). For L = 2 there is no layer l >= 3: the product lambda_{3->L} and
; the factor (2/gamma)^(L-2) are 1, and min over the empty set of lambda_l is +infinity, so
; Form 1: R <= lf / (2 xn); Form 2: lf (lf / xn) >= 8 p; with R lf = 4 p (radius-identity.smt2 at gp = P = t = 1).
; Proved = `unsat`.
(declare-const p Real)
(declare-const lf Real)
(declare-const xn Real)
(declare-const R Real)
(assert (> p 0.0))
(assert (> lf 0.0))
(assert (> xn 0.0))
(assert (= (* R lf) (* 4.0 p)))
(assert (not (= (<= (* 2.0 R xn) lf) (>= (* lf (/ lf xn)) (* 8.0 p)))))
(check-sat)
