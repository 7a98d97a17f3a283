; Razborov 2022 module, two-rate certificate: (r2) only gets harder as the radii and eta1 grow [D]
; (theorems/Razborov2022/README.md, "Proof", step S). lf = lambda_F, fn >= ||F_0||_2, kap = kappa, x >= ||X||_2,
; a0 >= |a_0|; at the larger radii rw = R_W, ra = R_a and rate eta1: fb = fn + kap x rw, ab = a0 + ra; at the smaller
; rwd <= rw, rad <= ra and eta1d <= eta1: fbd = fn + kap x rwd, abd = a0 + rad.
; Premises: the signs fn, x, a0 >= 0, kap > 0 (TwoRateCertificate checks them before it relies on this); the order of
; the radii, 0 <= eta1d <= eta1; (r2) at the larger ones, written as the certificate writes it. Used: refuted at R_W = R_a = 0,
; it fails at every radii (the certificate's Fail when it finds no radii); the least radii of part F are the best.
; Conclusion: (r2) at the smaller ones. Proved = `unsat`.
(declare-const eta1 Real)
(declare-const eta1d Real)
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const a0 Real)
(declare-const rw Real)
(declare-const ra Real)
(declare-const rwd Real)
(declare-const rad Real)
(declare-const fb Real)
(declare-const ab Real)
(declare-const fbd Real)
(declare-const abd Real)
(assert (and (>= fn 0.0) (> kap 0.0) (>= x 0.0) (>= a0 0.0)))
(assert (and (>= rwd 0.0) (<= rwd rw) (>= rad 0.0) (<= rad ra) (>= eta1d 0.0) (<= eta1d eta1)))
(assert (= fb (+ fn (* kap x rw))))
(assert (= ab (+ a0 ra)))
(assert (= fbd (+ fn (* kap x rwd))))
(assert (= abd (+ a0 rad)))
(assert (and (>= eta1 0.0) (<= (* 8.0 eta1 kap kap x x ab ab) (* eta2 lf lf))))
(assert (not (and (>= eta1d 0.0) (<= (* 8.0 eta1d kap kap x x abd abd) (* eta2 lf lf)))))
(check-sat)
