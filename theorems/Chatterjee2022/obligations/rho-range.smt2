; Chatterjee 2022, harness-safe form (spec §3), ours: the rate rho = 1 - c eta alpha lies in [0, 1) [D]
; (theorems/Chatterjee2022/README.md, step P5). At a point x_k of the ball with fk = f(x_k) > 0 (k = 0 when f(x0) > 0),
; gn2 = |g_k|^2, ft = f(x_{k+1}) >= 0 (f >= 0). Premises: the conclusion of descent-lemma.smt2 at t = 1 and the
; PL-type inequality gn2 >= alpha fk. Conclusion: 0 <= 1 - c eta alpha < 1. Proved = `unsat`.
(declare-const eta Real)
(declare-const c Real)
(declare-const alpha Real)
(declare-const t Real)
(declare-const fk Real)
(declare-const ft Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> c 0.0))
(assert (> alpha 0.0))
(assert (> fk 0.0))
(assert (>= ft 0.0))
(assert (= t 1.0))
(assert (<= ft (- fk (* t c eta gn2))))
(assert (>= gn2 (* alpha fk)))
(assert (not (and (>= (- 1.0 (* c eta alpha)) 0.0) (< (- 1.0 (* c eta alpha)) 1.0))))
(check-sat)
