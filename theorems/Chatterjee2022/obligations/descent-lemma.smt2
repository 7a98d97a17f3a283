; Chatterjee 2022, harness-safe form (spec §3), ours: the descent lemma along the segment [D]
; (theorems/Chatterjee2022/README.md, step P2). fk = f(x_k), ft = f(x_k - t eta g_k), gn2 = |g_k|^2, t in [0, 1].
; Premise from Taylor's formula with integral remainder along x_k - s eta g_k, s in [0, t], which lies in
; B(x0, r) ∩ {f <= f(x0)} (step P4), where ||Hessian|| <= beta: ft <= fk - t eta gn2 + (beta/2) t^2 eta^2 gn2.
; Step size: beta eta < 2, c = 1 - beta eta / 2. Conclusion: ft <= fk - t c eta gn2. Proved = `unsat`.
(declare-const eta Real)
(declare-const beta Real)
(declare-const c Real)
(declare-const t Real)
(declare-const fk Real)
(declare-const ft Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> beta 0.0))
(assert (< (* beta eta) 2.0))
(assert (= c (- 1.0 (* (/ 1.0 2.0) beta eta))))
(assert (and (>= t 0.0) (<= t 1.0)))
(assert (>= gn2 0.0))
(assert (<= ft (+ (- fk (* t eta gn2)) (* (/ 1.0 2.0) beta t t eta eta gn2))))
(assert (not (<= ft (- fk (* t c eta gn2)))))
(check-sat)
