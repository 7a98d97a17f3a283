; Chatterjee 2022, harness-safe form (spec §3), ours: the criterion (star) as a radius bound [D]
; (theorems/Chatterjee2022/README.md, step P1). s0 = sqrt(f(x0)) >= 0, sq = sqrt(alpha) > 0, c = 1 - beta eta / 2 > 0.
; Premise: (star) 4 f(x0) < c^2 r^2 alpha. Conclusion: 2 sqrt(f(x0)) < c r sqrt(alpha), i.e. 2 sqrt(f0) / (c sqrt(alpha)) < r.
; Proved = `unsat`.
(declare-const f0 Real)
(declare-const alpha Real)
(declare-const c Real)
(declare-const r Real)
(declare-const s0 Real)
(declare-const sq Real)
(assert (> c 0.0))
(assert (> r 0.0))
(assert (and (>= s0 0.0) (= (* s0 s0) f0)))
(assert (and (> sq 0.0) (= (* sq sq) alpha)))
(assert (< (* 4.0 f0) (* c c r r alpha)))
(assert (not (< (* 2.0 s0) (* c r sq))))
(check-sat)
