; Nguyen & Mondelli 2020, derived theorem: the PL lemma and the PL inequality in the ball, depth L = 4 [D]
; (theorems/NguyenMondelli2020/README.md, steps A3 and A5). Backpropagation signals: D_4 = F_4 - Y with d4 = ||D_4||_F = res,
; res^2 = 2 Phi; D_l = (D_{l+1} W_{l+1}^T) o sigma'(Z_l) for l = 3, 2; grad_{W_2} Phi = F_1^T D_2. Premises from linear
; algebra (README.md, A3): e_{l+1} = ||D_{l+1} W_{l+1}^T||_F >= s_{l+1} d_{l+1} (s_l = sigma_min(W_l), W_l tall),
; d_l = ||D_l||_F >= gamma e_{l+1} (sigma' >= gamma entrywise), gw = ||grad_{W_2} Phi||_F >= sf d2 (sf = sigma_N(F_1),
; n_1 >= N); gn2 = ||grad Phi||^2 >= gw^2. From weyl-ball.smt2: 2 sf >= lf, 2 s3 >= l3, 2 s4 >= l4.
; mu = gamma^4 lf^2 l3^2 l4^2 / 4^3.
; Conclusion: the PL lemma gw >= gamma^2 sf s3 s4 res, and gn2 >= 2 mu Phi. Proved = `unsat`.
(declare-const gamma Real)
(declare-const lf Real)
(declare-const l3 Real)
(declare-const l4 Real)
(declare-const sf Real)
(declare-const s3 Real)
(declare-const s4 Real)
(declare-const res Real)
(declare-const phi Real)
(declare-const d4 Real)
(declare-const e4 Real)
(declare-const d3 Real)
(declare-const e3 Real)
(declare-const d2 Real)
(declare-const gw Real)
(declare-const gn2 Real)
(declare-const mu Real)
(assert (and (> gamma 0.0) (<= gamma 1.0)))
(assert (> lf 0.0))
(assert (> l3 0.0))
(assert (> l4 0.0))
(assert (and (>= res 0.0) (= (* res res) (* 2.0 phi))))
(assert (and (>= sf 0.0) (>= s3 0.0) (>= s4 0.0)))
(assert (= d4 res))
(assert (>= e4 (* s4 d4)))
(assert (>= d3 (* gamma e4)))
(assert (>= e3 (* s3 d3)))
(assert (>= d2 (* gamma e3)))
(assert (>= gw (* sf d2)))
(assert (>= gn2 (* gw gw)))
(assert (>= (* 2.0 sf) lf))
(assert (>= (* 2.0 s3) l3))
(assert (>= (* 2.0 s4) l4))
(assert (= (* 64.0 mu) (* gamma gamma gamma gamma lf lf l3 l3 l4 l4)))
(assert (not (and (>= gw (* gamma gamma sf s3 s4 res)) (>= gn2 (* 2.0 mu phi)))))
(check-sat)
