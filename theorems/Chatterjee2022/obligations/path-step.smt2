; Chatterjee 2022, harness-safe form (spec §3), ours: one step's length against the decrease of sqrt(f) [D]
; (theorems/Chatterjee2022/README.md, step P6). fk = f(x_k) = s^2 > 0, ft = f(x_{k+1}) = sn^2 (t = 1), gn = |g_k|
; with gn2 = gn^2, sq = sqrt(alpha) > 0. Premises: the conclusion of descent-lemma.smt2 at t = 1 and the PL-type
; inequality at x_k. Conclusion: eta gn c sq <= 2 (s - sn), i.e. eta |g_k| <= (2 / (c sqrt(alpha))) (sqrt(f_k) - sqrt(f_{k+1})).
; Proved = `unsat`.
(declare-const eta Real)
(declare-const c Real)
(declare-const alpha Real)
(declare-const sq Real)
(declare-const t Real)
(declare-const fk Real)
(declare-const ft Real)
(declare-const s Real)
(declare-const sn Real)
(declare-const gn Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> c 0.0))
(assert (and (> sq 0.0) (= (* sq sq) alpha)))
(assert (and (>= s 0.0) (= (* s s) fk)))
(assert (and (>= sn 0.0) (= (* sn sn) ft)))
(assert (> fk 0.0))
(assert (and (>= gn 0.0) (= (* gn gn) gn2)))
(assert (= t 1.0))
(assert (<= ft (- fk (* t c eta gn2))))
(assert (>= gn2 (* alpha fk)))
(assert (not (<= (* eta gn c sq) (* 2.0 (- s sn)))))
(check-sat)
