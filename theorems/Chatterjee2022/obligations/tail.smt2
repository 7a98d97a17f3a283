; Chatterjee 2022, harness-safe form (spec §3), ours: the distance to the limit, conclusion (c) [D]
; (theorems/Chatterjee2022/README.md, step P7). s = sqrt(f_k), sm = sqrt(f_m) >= 0 (m > k), s0 = sqrt(f(x0)),
; w = rho^(k/2) >= 0 with w^2 = rk = rho^k, sq = sqrt(alpha) > 0; d = |x_k - x_m|. Premises: the telescoped path
; from x_k to x_m (path-sum.smt2 started at k), d c sq <= 2 (s - sm), and the rate f_k <= rho^k f0 (pl-rate.smt2).
; Conclusion: d c sq <= 2 s and d c sq <= 2 w s0; letting m -> infinity, |x_k - x*| <= 2 sqrt(f_k) / (c sqrt(alpha))
; <= 2 sqrt(f0) rho^(k/2) / (c sqrt(alpha)). Proved = `unsat`.
(declare-const c Real)
(declare-const sq Real)
(declare-const fk Real)
(declare-const f0 Real)
(declare-const s Real)
(declare-const sm Real)
(declare-const s0 Real)
(declare-const rk Real)
(declare-const w Real)
(declare-const d Real)
(assert (> c 0.0))
(assert (> sq 0.0))
(assert (and (>= s 0.0) (= (* s s) fk)))
(assert (and (>= s0 0.0) (= (* s0 s0) f0)))
(assert (and (>= w 0.0) (= (* w w) rk)))
(assert (>= sm 0.0))
(assert (<= fk (* rk f0)))
(assert (<= (* d c sq) (* 2.0 (- s sm))))
(assert (not (and (<= (* d c sq) (* 2.0 s)) (<= (* d c sq) (* 2.0 w s0)))))
(check-sat)
