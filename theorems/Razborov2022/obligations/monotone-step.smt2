; Razborov 2022 module, two-rate certificate: (r1) only gets harder as the radii grow [D]
; (theorems/Razborov2022/README.md, "Proof", step S). lf = lambda_F, fn >= ||F_0||_2, kap = kappa, x >= ||X||_2,
; a0 >= |a_0|; at the larger radii rw = R_W, ra = R_a: fb = fn + kap x rw, ab = a0 + ra; at the smaller
; rwd <= rw, rad <= ra: fbd = fn + kap x rwd, abd = a0 + rad.
; Premises: the signs fn, x, a0 >= 0, kap > 0 (TwoRateCertificate checks them before it relies on this); the order of
; the radii; (r1) at the larger ones, written as the certificate writes it. Used: refuted at R_W = R_a = 0,
; it fails at every radii (the certificate's Fail when it finds no radii); the least radii of part F are the best.
; Conclusion: (r1) at the smaller ones. Proved = `unsat`.
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const e0 Real)
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
(assert (and (>= rwd 0.0) (<= rwd rw) (>= rad 0.0) (<= rad ra)))
(assert (= fb (+ fn (* kap x rw))))
(assert (= ab (+ a0 ra)))
(assert (= fbd (+ fn (* kap x rwd))))
(assert (= abd (+ a0 rad)))
(assert (and (> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0) (<= (* eta2 fb fb) 1.0)))
(assert (not (and (> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0) (<= (* eta2 fbd fbd) 1.0))))
(check-sat)
