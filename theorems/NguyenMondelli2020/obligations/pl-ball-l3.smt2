; Nguyen & Mondelli 2020, derived theorem: the PL lemma and the PL inequality in the ball, depth L = 3 [D]
; (theorems/NguyenMondelli2020/README.md, steps A3 and A5). Backpropagation signals: D_3 = F_3 - Y with d3 = ||D_3||_F = res,
; res^2 = 2 Phi; D_2 = (D_3 W_3^T) o sigma'(Z_2), grad_{W_2} Phi = F_1^T D_2. Premises from linear algebra (README.md, A3):
; e3 = ||D_3 W_3^T||_F >= s3 d3 (s3 = sigma_min(W_3), W_3 tall), d2 = ||D_2||_F >= gamma e3 (sigma' >= gamma entrywise),
; gw = ||grad_{W_2} Phi||_F >= sf d2 (sf = sigma_N(F_1), n_1 >= N); gn2 = ||grad Phi||^2 >= gw^2. From weyl-ball.smt2:
; 2 sf >= lf and 2 s3 >= l3. mu = gamma^2 lf^2 l3^2 / 4^2.
; Conclusion: the PL lemma gw >= gamma sf s3 res, and gn2 >= 2 mu Phi. Proved = `unsat`.
(declare-const gamma Real)
(declare-const lf Real)
(declare-const l3 Real)
(declare-const sf Real)
(declare-const s3 Real)
(declare-const res Real)
(declare-const phi Real)
(declare-const d3 Real)
(declare-const e3 Real)
(declare-const d2 Real)
(declare-const gw Real)
(declare-const gn2 Real)
(declare-const mu Real)
(assert (and (> gamma 0.0) (<= gamma 1.0)))
(assert (> lf 0.0))
(assert (> l3 0.0))
(assert (and (>= res 0.0) (= (* res res) (* 2.0 phi))))
(assert (and (>= sf 0.0) (>= s3 0.0)))
(assert (= d3 res))
(assert (>= e3 (* s3 d3)))
(assert (>= d2 (* gamma e3)))
(assert (>= gw (* sf d2)))
(assert (>= gn2 (* gw gw)))
(assert (>= (* 2.0 sf) lf))
(assert (>= (* 2.0 s3) l3))
(assert (= (* 16.0 mu) (* gamma gamma lf lf l3 l3)))
(assert (not (and (>= gw (* gamma sf s3 res)) (>= gn2 (* 2.0 mu phi)))))
(check-sat)
