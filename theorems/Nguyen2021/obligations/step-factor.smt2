; Nguyen 2021, derived theorem (spec §5): the second term is at most eta B ||r_k||, and (H0) gives the per-step
; factor 1 - eta lambda_F^2 / 8 [D] (theorems/Nguyen2021/README.md, steps P4 and P5).
; r = ||r_k||_F, rn = ||r_{k+1}||_F, t1 = ||(I - eta A_k A_k^T) r_k||_F, t2 = ||(A_{k+1} - A_k) W_L^{k+1}||_F,
; d = ||A_{k+1} - A_k||_F, nwl = ||W_L^{k+1}||_2, lbL = lambda-bar_L, s = sigma_N(A_k), lf = lambda_F, xf >= ||X||_F,
; T, c = eta xf lbL r, M = 1, U = sum_{l<L} (prod_{p<L, p!=l} lambda-bar_p)^2 as in lipschitz-step.smt2 at l = L - 1,
; B = xf^2 lbL^2 U (= ||X||_F^2 lambda-bar_{1->L}^2 sum_{l<L} lambda-bar_l^-2).
; Premises: the key identity and the triangle inequality (rn <= t1 + t2, step P0); step P3 (t1 <= (1 - eta s^2) r);
; the conclusion of weyl-invariant.smt2 (2 s >= lf); N1 (t2 <= d nwl); the ball at k + 1 (nwl <= lbL, step P6); the
; conclusions of lipschitz-step.smt2 at l = L - 1 (d <= xf T, T <= c M U with M = 1); (H0): lf^2 >= 8 B.
; Conclusion: t2 <= eta B r and rn <= (1 - eta lf^2 / 8) r. Proved = `unsat`.
(declare-const eta Real)
(declare-const lf Real)
(declare-const s Real)
(declare-const r Real)
(declare-const rn Real)
(declare-const t1 Real)
(declare-const t2 Real)
(declare-const d Real)
(declare-const nwl Real)
(declare-const lbL Real)
(declare-const xf Real)
(declare-const T Real)
(declare-const c Real)
(declare-const M Real)
(declare-const U Real)
(declare-const B Real)
(assert (and (> eta 0.0) (> lf 0.0) (>= r 0.0) (>= t2 0.0) (>= d 0.0) (>= nwl 0.0) (>= xf 0.0) (>= U 0.0)))
(assert (<= rn (+ t1 t2)))
(assert (<= t1 (* (- 1.0 (* eta s s)) r)))
(assert (>= (* 2.0 s) lf))
(assert (<= t2 (* d nwl)))
(assert (<= nwl lbL))
(assert (<= d (* xf T)))
(assert (= c (* eta xf lbL r)))
(assert (= M 1.0))
(assert (<= T (* c M U)))
(assert (= B (* xf xf lbL lbL U)))
(assert (>= (* lf lf) (* 8.0 B)))
(assert (not (and (<= t2 (* eta B r)) (<= rn (* (- 1.0 (/ (* eta lf lf) 8.0)) r)))))
(check-sat)
