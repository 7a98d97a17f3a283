; Chatterjee 2022, certification (spec §5 and §7.3), ours: the lower bound A <= alpha for the loss the module trains,
; Phi = (1/2) |e|^2 [D] (theorems/Chatterjee2022/README.md, step C1 with Phi). e2 = |e|^2; gn2 = |grad Phi|^2,
; gw2 = |grad_{W1} Phi|^2 = |J1^T e|^2; lamJ = lambda_min(J1 J1^T), lamG = lambda_min(G), dmin2 = min_i |delta_i|^2.
; Premises (facts proved in the README): gn2 >= gw2 (a block of the gradient), gw2 >= lamJ e2 (Rayleigh), lamJ >= lamG
; dmin2 (Schur's product bound), and the bounds lamG >= tG >= 0 and dmin2 >= D >= 0; A = 2 tG D. Conclusion:
; gn2 >= A Phi at every point of the ball with Phi > 0, hence A <= alpha(x0, r). Proved = `unsat`.
(declare-const phi Real)
(declare-const e2 Real)
(declare-const gn2 Real)
(declare-const gw2 Real)
(declare-const lamJ Real)
(declare-const lamG Real)
(declare-const tG Real)
(declare-const dmin2 Real)
(declare-const D Real)
(declare-const A Real)
(assert (> phi 0.0))
(assert (= e2 (* 2.0 phi)))
(assert (>= gn2 gw2))
(assert (>= gw2 (* lamJ e2)))
(assert (>= lamJ (* lamG dmin2)))
(assert (and (>= lamG tG) (>= tG 0.0)))
(assert (and (>= dmin2 D) (>= D 0.0)))
(assert (= A (* 2.0 tG D)))
(assert (not (>= gn2 (* A phi))))
(check-sat)
