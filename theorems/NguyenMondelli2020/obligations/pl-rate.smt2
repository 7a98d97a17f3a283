; Nguyen & Mondelli 2020, derived theorem: PL and descent give the linear rate [D]
; (theorems/NguyenMondelli2020/README.md, step A7). phi = Phi(theta_k) >= 0, next = Phi(theta_{k+1}),
; gn2 = ||grad Phi(theta_k)||^2. Premises: the conclusion of descent-lemma.smt2 and the PL inequality in the ball
; (the last conclusion of pl-ball-l2/3/4.smt2), stated identically.
; Conclusion: next <= (1 - eta mu) phi; by induction Phi(theta_k) <= (1 - eta mu)^k Phi_0. Proved = `unsat`.
(declare-const eta Real)
(declare-const mu Real)
(declare-const phi Real)
(declare-const next Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> mu 0.0))
(assert (>= phi 0.0))
(assert (<= next (- phi (* (/ 1.0 2.0) eta gn2))))
(assert (>= gn2 (* 2.0 mu phi)))
(assert (not (<= next (* (- 1.0 (* eta mu)) phi))))
(check-sat)
