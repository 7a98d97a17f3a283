; Nguyen & Mondelli 2020, derived theorem: the PL lemma and the PL inequality in the ball, depth L = 2 [D]
; (theorems/NguyenMondelli2020/README.md, steps A3 and A5). res = ||F_2 - Y||_F with res^2 = 2 Phi, gw = ||grad_{W_2} Phi||_F,
; gn2 = ||grad Phi||^2 >= gw^2 (the W_2 block is part of the gradient). Premise from linear algebra: grad_{W_2} Phi =
; F_1^T (F_2 - Y) and sigma_min(F_1^T) = sigma_N(F_1) = sf (n_1 >= N), so gw >= sf res. From weyl-ball.smt2: 2 sf >= lf.
; mu = lf^2 / 4 (the definition at L = 2: gamma^0 = 1, empty product, 4^(L-1) = 4).
; Conclusion: the PL lemma gw >= sf res (the empty product and gamma^0 are 1), and gn2 >= 2 mu Phi. Proved = `unsat`.
(declare-const lf Real)
(declare-const sf Real)
(declare-const res Real)
(declare-const phi Real)
(declare-const gw Real)
(declare-const gn2 Real)
(declare-const mu Real)
(assert (> lf 0.0))
(assert (and (>= res 0.0) (= (* res res) (* 2.0 phi))))
(assert (>= sf 0.0))
(assert (>= gw (* sf res)))
(assert (>= gn2 (* gw gw)))
(assert (>= (* 2.0 sf) lf))
(assert (= (* 4.0 mu) (* lf lf)))
(assert (not (and (>= gw (* sf res)) (>= gn2 (* 2.0 mu phi)))))
(check-sat)
