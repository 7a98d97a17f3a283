; Chatterjee 2022, certification (spec §5 and §7.3), ours: a lower bound A <= alpha from a Gram and a delta bound [D]
; (theorems/Chatterjee2022/README.md, step C1). Squared loss f = (1/n) |e|^2 > 0 with e2 = |e|^2; gn2 = |grad f|^2,
; gw2 = |grad_{W1} f|^2 = (4/n^2) |J1^T e|^2; lamJ = lambda_min(J1 J1^T), lamG = lambda_min(G), dmin2 = min_i |delta_i|^2.
; Premises (facts proved in the README): gn2 >= gw2 (a block of the gradient), n^2 gw2 >= 4 lamJ e2 (Rayleigh),
; lamJ >= lamG dmin2 (Schur's product bound), and the bounds lamG >= tG >= 0 (a certified enclosure of lambda_min(G))
; and dmin2 >= D >= 0 (intervals over the ball); A n = 4 tG D. Conclusion: gn2 >= A f, at every point of the ball with
; f > 0, hence A <= alpha(x0, r). Proved = `unsat`.
(declare-const n Real)
(declare-const f Real)
(declare-const e2 Real)
(declare-const gn2 Real)
(declare-const gw2 Real)
(declare-const lamJ Real)
(declare-const lamG Real)
(declare-const tG Real)
(declare-const dmin2 Real)
(declare-const D Real)
(declare-const A Real)
(assert (>= n 1.0))
(assert (> f 0.0))
(assert (= e2 (* n f)))
(assert (>= gn2 gw2))
(assert (>= (* n n gw2) (* 4.0 lamJ e2)))
(assert (>= lamJ (* lamG dmin2)))
(assert (and (>= lamG tG) (>= tG 0.0)))
(assert (and (>= dmin2 D) (>= D 0.0)))
(assert (= (* A n) (* 4.0 tG D)))
(assert (not (>= gn2 (* A f))))
(check-sat)
