; Chatterjee 2022, harness-safe form (spec §3), ours: the path length stays below r, conclusion (b) [D]
; (theorems/Chatterjee2022/README.md, step P6). sum = sum_{j<=k} eta |g_j|, s0 = sqrt(f(x0)), sn = sqrt(f_{k+1}) >= 0,
; sq = sqrt(alpha) > 0. Premises: the conclusions of path-sum.smt2 and star-radius.smt2, stated identically.
; Conclusion: sum < r (so |x_{k+1} - x0| <= sum < r). Proved = `unsat`.
(declare-const c Real)
(declare-const sq Real)
(declare-const r Real)
(declare-const s0 Real)
(declare-const sn Real)
(declare-const sum Real)
(assert (> c 0.0))
(assert (> sq 0.0))
(assert (>= sn 0.0))
(assert (<= (* sum c sq) (* 2.0 (- s0 sn))))
(assert (< (* 2.0 s0) (* c r sq)))
(assert (not (< sum r)))
(check-sat)
