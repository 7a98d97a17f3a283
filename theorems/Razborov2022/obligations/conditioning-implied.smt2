; Razborov 2022 module, two-rate certificate: at radii within 6 L_W, (r2) and (r3) imply (r4) [D]
; (theorems/Razborov2022/README.md, "Proof", step F4). lf = lambda_F <= fn (fn >= ||F_0||_2), kap = kappa, x >= ||X||_2,
; e0 >= |e_0|, a0 >= |a_0|, rw = R_W, ra = R_a, fb = F-bar = fn + kap x rw, ab = A-bar = a0 + ra.
; Premises: (r2) 8 eta1 kap^2 x^2 ab^2 <= eta2 lf^2; (r3, output layer) 8 e0 fb <= ra lf^2; the radius is at most six
; times L_W = 8 eta1 kap x ab e0 / (eta2 lf^2) (the certificate's is 1 + 10^-6 times it). With u = kap x rw these give
; u <= 6 e0 / ab and ab >= 8 e0 (lf + u) / lf^2, so u (lf + u) <= 3 lf^2 / 4, i.e. u <= lf / 2 (6 is the largest factor).
; Conclusion: (r4) 2 kap x rw <= lf. Proved = `unsat`.
(declare-const eta1 Real)
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const e0 Real)
(declare-const a0 Real)
(declare-const rw Real)
(declare-const ra Real)
(declare-const fb Real)
(declare-const ab Real)
(assert (and (>= eta1 0.0) (> eta2 0.0) (> lf 0.0) (> kap 0.0) (>= x 0.0) (>= e0 0.0) (>= a0 0.0) (>= rw 0.0) (>= ra 0.0)))
(assert (<= lf fn))
(assert (= fb (+ fn (* kap x rw))))
(assert (= ab (+ a0 ra)))
(assert (<= (* 8.0 eta1 kap kap x x ab ab) (* eta2 lf lf)))
(assert (<= (* 8.0 e0 fb) (* ra lf lf)))
(assert (<= (* rw eta2 lf lf) (* 48.0 eta1 kap x ab e0)))
(assert (not (<= (* 2.0 kap x rw) lf)))
(check-sat)
