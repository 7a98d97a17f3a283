; Nguyen & Mondelli 2020, derived theorem: the two forms of the initialisation hypothesis (H1) are equivalent [D]
; (theorems/NguyenMondelli2020/README.md, step A2), for every depth L >= 3, with the depth-dependent factors as
; symbols: p = sqrt(2 Phi0), lf = lambda_F, xn = ||X||_2, P = lambda_{3->L}, m = min_{l>=3} lambda_l, gp = gamma^(L-2),
; t = 2^(L-2), c = (2/gamma)^(L-2) = t / gp, and R from radius-identity.smt2 (R gp lf P = 4 t p).
; Form 1: R <= lf / (2 xn) and R <= lambda_l / 2 for all l >= 3 (i.e. R <= m / 2).
; Form 2: lf P min(lf / xn, m) >= 8 c p, with k = min(lf / xn, m).
; Proved = `unsat`.
(declare-const p Real)
(declare-const lf Real)
(declare-const xn Real)
(declare-const P Real)
(declare-const m Real)
(declare-const gp Real)
(declare-const t Real)
(declare-const c Real)
(declare-const R Real)
(declare-const k Real)
(assert (> p 0.0))
(assert (> lf 0.0))
(assert (> xn 0.0))
(assert (> P 0.0))
(assert (> m 0.0))
(assert (> gp 0.0))
(assert (>= t 1.0))
(assert (= (* c gp) t))
(assert (= (* R gp lf P) (* 4.0 t p)))
(assert (= k (ite (<= (* m xn) lf) m (/ lf xn))))
(assert (not (= (and (<= (* 2.0 R xn) lf) (<= (* 2.0 R) m)) (>= (* lf P k) (* 8.0 c p)))))
(check-sat)
