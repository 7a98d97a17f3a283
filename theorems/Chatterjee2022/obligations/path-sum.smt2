; Chatterjee 2022, harness-safe form (spec §3), ours: the telescoped path length, induction step [D]
; (theorems/Chatterjee2022/README.md, step P6). s0 = sqrt(f(x0)), s = sqrt(f_k), sn = sqrt(f_{k+1}); prev =
; sum_{j<k} eta |g_j|, sum = prev + eta |g_k| with gn = |g_k|; sq = sqrt(alpha) > 0. Premises: the induction hypothesis
; prev c sq <= 2 (s0 - s) (at k = 0: prev = 0, s = s0) and the conclusion of path-step.smt2, stated identically.
; Conclusion: sum c sq <= 2 (s0 - sn). Proved = `unsat`.
(declare-const eta Real)
(declare-const c Real)
(declare-const sq Real)
(declare-const s0 Real)
(declare-const s Real)
(declare-const sn Real)
(declare-const gn Real)
(declare-const prev Real)
(declare-const sum Real)
(assert (> eta 0.0))
(assert (> c 0.0))
(assert (> sq 0.0))
(assert (and (>= s0 0.0) (>= s 0.0) (>= sn 0.0)))
(assert (<= (* prev c sq) (* 2.0 (- s0 s))))
(assert (<= (* eta gn c sq) (* 2.0 (- s sn))))
(assert (= sum (+ prev (* eta gn))))
(assert (not (<= (* sum c sq) (* 2.0 (- s0 sn)))))
(check-sat)
