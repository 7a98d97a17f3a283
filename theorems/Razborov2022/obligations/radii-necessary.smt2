; Razborov 2022 module, two-rate certificate: the necessary condition for radii that TwoRateCertificate decides when it
; finds none [D] (theorems/Razborov2022/README.md, "Proof", step F2, cleared). lf = lambda_F, fn >= ||F_0||_2,
; kap = kappa, x >= ||X||_2, a0 >= |a_0|, e0 >= |e_0|, rw = R_W, ra = R_a (any radii), fb = fn + kap x rw,
; ab = a0 + ra.
; Premises: the sanity conditions of (r1) (where they fail, (r1) fails) and eta1 >= 0; (r3) at (rw, ra), written as the
; certificate writes it. With c_a = 8 e0 / lf^2, c_W = 8 eta1 kap x e0 / (eta2 lf^2): t = c_a c_W kap x
; = 64 eta1 kap^2 x^2 e0^2 / (eta2 lf^4), and t < 1 whenever c_a fn > 0 (radii-none.smt2).
; Conclusion: the certificate's RadiiNecessary, lf > 0 and (e0 <= 0 or fn <= 0 or 64 eta1 kap^2 x^2 e0^2 < eta2 lf^4);
; refuted at the inputs, no radii exist and (r3) fails. Proved = `unsat`.
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
(assert (and (> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0)))
(assert (and (>= eta1 0.0) (>= rw 0.0) (>= ra 0.0)))
(assert (= fb (+ fn (* kap x rw))))
(assert (= ab (+ a0 ra)))
(assert (and (<= (* 8.0 e0 fb) (* ra lf lf)) (<= (* 8.0 eta1 kap x ab e0) (* rw eta2 lf lf))))
(assert (not (and (> lf 0.0) (or (<= e0 0.0) (<= fn 0.0) (< (* 64.0 eta1 kap kap x x e0 e0) (* eta2 lf lf lf lf))))))
(check-sat)
