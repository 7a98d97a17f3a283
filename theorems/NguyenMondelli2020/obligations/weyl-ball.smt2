; Nguyen & Mondelli 2020, derived theorem: in the ball of radius R the singular values stay above half [D]
; (theorems/NguyenMondelli2020/README.md, step A4). d1 = ||W_1 - W_1^0||_F, dl = ||W_l - W_l^0||_F (l >= 3), both <= R.
; Premises from linear algebra (Weyl's inequality for singular values, ||.||_2 <= ||.||_F, and sigma 1-Lipschitz
; entrywise): sf = sigma_N(F_1) >= lf - xn d1 and sl = sigma_min(W_l) >= lam - dl, with lf = lambda_F, xn = ||X||_2,
; lam = lambda_l; and (H1) in its first form: 2 R xn <= lf, 2 R <= lam.
; Conclusion: sf >= lf / 2 and sl >= lam / 2. Proved = `unsat`.
(declare-const lf Real)
(declare-const xn Real)
(declare-const lam Real)
(declare-const R Real)
(declare-const d1 Real)
(declare-const dl Real)
(declare-const sf Real)
(declare-const sl Real)
(assert (> lf 0.0))
(assert (> xn 0.0))
(assert (> lam 0.0))
(assert (>= R 0.0))
(assert (and (>= d1 0.0) (<= d1 R)))
(assert (and (>= dl 0.0) (<= dl R)))
(assert (>= sf (- lf (* xn d1))))
(assert (>= sl (- lam dl)))
(assert (<= (* 2.0 R xn) lf))
(assert (<= (* 2.0 R) lam))
(assert (not (and (>= (* 2.0 sf) lf) (>= (* 2.0 sl) lam))))
(check-sat)
