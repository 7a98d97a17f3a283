; Chatterjee 2022, harness-safe form (spec §3), ours: descent and the PL-type inequality give the rate (a) [D]
; (theorems/Chatterjee2022/README.md, step P5). fk = f(x_k) >= 0, ft = f(x_{k+1}) (t = 1), gn2 = |g_k|^2;
; rk = rho^k, rn = rho^(k+1). Premises: the conclusion of descent-lemma.smt2 at t = 1, the PL-type inequality at x_k
; (x_k in the ball), rho >= 0 (the conclusion of rho-range.smt2), and the induction hypothesis fk <= rho^k f0.
; Conclusion: f_{k+1} <= rho f_k and f_{k+1} <= rho^(k+1) f0. Proved = `unsat`.
(declare-const eta Real)
(declare-const c Real)
(declare-const alpha Real)
(declare-const t Real)
(declare-const fk Real)
(declare-const ft Real)
(declare-const gn2 Real)
(declare-const f0 Real)
(declare-const rk Real)
(declare-const rn Real)
(assert (> eta 0.0))
(assert (> c 0.0))
(assert (> alpha 0.0))
(assert (>= fk 0.0))
(assert (= t 1.0))
(assert (<= ft (- fk (* t c eta gn2))))
(assert (>= gn2 (* alpha fk)))
(assert (>= (- 1.0 (* c eta alpha)) 0.0))
(assert (<= fk (* rk f0)))
(assert (= rn (* rk (- 1.0 (* c eta alpha)))))
(assert (not (and (<= ft (* (- 1.0 (* c eta alpha)) fk)) (<= ft (* rn f0)))))
(check-sat)
