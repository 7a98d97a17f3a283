; Chatterjee 2022, certification (spec §7.5–7.6), ours: certified bounds imply the criterion (star) [D]
; (theorems/Chatterjee2022/README.md, step C2). F >= f(x0) (outward rounding), 0 < A <= alpha(x0, r) (step C1, or any
; certified lower bound), cB = 1 - B eta / 2 with B >= beta, so 0 < cB <= c = 1 - beta eta / 2. Premise: the checked
; inequality 4 F < cB^2 r^2 A. Conclusion: (star) 4 f(x0) < c^2 r^2 alpha (the premise of star-radius.smt2, stated
; identically). Applied at any grid radius r_i with A = A(r_i), this certifies r_i. Proved = `unsat`.
(declare-const f0 Real)
(declare-const F Real)
(declare-const alpha Real)
(declare-const A Real)
(declare-const eta Real)
(declare-const beta Real)
(declare-const B Real)
(declare-const c Real)
(declare-const cB Real)
(declare-const r Real)
(assert (and (>= f0 0.0) (>= F f0)))
(assert (and (> A 0.0) (>= alpha A)))
(assert (and (> eta 0.0) (> beta 0.0) (>= B beta)))
(assert (= c (- 1.0 (* (/ 1.0 2.0) beta eta))))
(assert (= cB (- 1.0 (* (/ 1.0 2.0) B eta))))
(assert (> cB 0.0))
(assert (> r 0.0))
(assert (< (* 4.0 F) (* cB cB r r A)))
(assert (not (< (* 4.0 f0) (* c c r r alpha))))
(check-sat)
