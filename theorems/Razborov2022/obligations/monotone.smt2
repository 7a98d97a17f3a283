; Razborov 2022 module, two-rate certificate: (r1), (r2) and (r4) only get harder as the radii and eta1 grow [D]
; (theorems/Razborov2022/README.md, "Proof", step S). lf = lambda_F, fn >= ||F_0||_2, kap = kappa, x >= ||X||_2,
; a0 >= |a_0|, e0 >= |e_0|; at the larger radii rw = R_W, ra = R_a and rate eta1: fb = fn + kap x rw, ab = a0 + ra;
; at the smaller rwd <= rw, rad <= ra and eta1d <= eta1: fbd = fn + kap x rwd, abd = a0 + rad.
; Premises: 0 <= rwd <= rw, 0 <= rad <= ra, 0 <= eta1d <= eta1; (r1), (r2), (r4) at (rw, ra, eta1), each written as the
; certificate writes it. Used: a hypothesis refuted at R = 0 fails at every radii; the least radii (part F) suffice.
; Conclusion: (r1), (r2), (r4) at (rwd, rad, eta1d). Proved = `unsat`.
(declare-const eta1 Real)
(declare-const eta1d Real)
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
(assert (and (>= rwd 0.0) (<= rwd rw) (>= rad 0.0) (<= rad ra) (>= eta1d 0.0) (<= eta1d eta1)))
(assert (= fb (+ fn (* kap x rw))))
(assert (= ab (+ a0 ra)))
(assert (= fbd (+ fn (* kap x rwd))))
(assert (= abd (+ a0 rad)))
(assert (and (> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0) (<= (* eta2 fb fb) 1.0)))
(assert (and (>= eta1 0.0) (<= (* 8.0 eta1 kap kap x x ab ab) (* eta2 lf lf))))
(assert (<= (* 2.0 kap x rw) lf))
(assert (not (and (and (> lf 0.0) (<= lf fn) (> kap 0.0) (>= x 0.0) (>= a0 0.0) (>= e0 0.0) (> eta2 0.0) (<= (* eta2 fbd fbd) 1.0))
  (and (>= eta1d 0.0) (<= (* 8.0 eta1d kap kap x x abd abd) (* eta2 lf lf)))
  (<= (* 2.0 kap x rwd) lf))))
(check-sat)
