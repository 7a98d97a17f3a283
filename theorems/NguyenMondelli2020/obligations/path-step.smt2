; Nguyen & Mondelli 2020, derived theorem: one step's length against the decrease of sqrt(Phi) [D]
; (theorems/NguyenMondelli2020/README.md, step A8). phi = Phi(theta_k) = s^2, next = Phi(theta_{k+1}) = sn^2 with
; s, sn >= 0; gn = ||grad Phi(theta_k)|| >= 0 with gn2 = gn^2; sq = sqrt(2 mu) > 0. Premises: the conclusion of
; descent-lemma.smt2 and the PL inequality in the ball (pl-ball-l2/3/4.smt2), stated identically.
; Conclusion: eta gn sq <= 4 (s - sn), i.e. eta ||g_k|| <= (4 / sqrt(2 mu)) (sqrt(Phi_k) - sqrt(Phi_{k+1})).
; Proved = `unsat`.
(declare-const eta Real)
(declare-const mu Real)
(declare-const sq Real)
(declare-const phi Real)
(declare-const next Real)
(declare-const s Real)
(declare-const sn Real)
(declare-const gn Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> mu 0.0))
(assert (and (> sq 0.0) (= (* sq sq) (* 2.0 mu))))
(assert (and (>= s 0.0) (= (* s s) phi)))
(assert (and (>= sn 0.0) (= (* sn sn) next)))
(assert (and (>= gn 0.0) (= (* gn gn) gn2)))
(assert (<= next (- phi (* (/ 1.0 2.0) eta gn2))))
(assert (>= gn2 (* 2.0 mu phi)))
(assert (not (<= (* eta gn sq) (* 4.0 (- s sn)))))
(check-sat)
