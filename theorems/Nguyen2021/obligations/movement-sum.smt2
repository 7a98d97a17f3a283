; Nguyen 2021, derived theorem (spec §5): the summed movements stay below R_l, and (H1) keeps the weights in the ball
; [D] (theorems/Nguyen2021/README.md, step P6). For one layer l, at step k:
; S = sum_{j<k} ||W_l^{j+1} - W_l^j||_F, Sn = S + step with step = ||W_l^{k+1} - W_l^k||_F = eta ||grad_{W_l} Phi(theta_k)||_F,
; rk = ||r_k||_F, p >= ||r_0||_F, q = 1 - eta lf^2 / 8, qk = q^k, G = xf prod_{p!=l} lambda-bar_p (the gradient bound's
; factor, step P2), Lh = lambda-bar_{1->L-1}, lf = lambda_F, xf >= ||X||_F, R = R_l (R lf^2 = 8 G p, i.e.
; R_l = 8 ||X||_F lambda-bar_{1->L} sqrt(2 Phi_0) / (lambda_F^2 lambda-bar_l)), rho = rho_l, w >= ||W_l^0||_2,
; lb = lambda-bar_l >= w + rho, dist = ||W_l^{k+1} - W_l^0||_F, nw = ||W_l^{k+1}||_2.
; Premises: lf <= sigma_1(A_0) <= xf Lh (step P0) and (H3) eta xf^2 Lh^2 <= 1, so that 0 <= q < 1; the induction
; hypotheses S (1 - q) <= eta G p (1 - qk) (the partial geometric sum; S = 0, qk = 1 at k = 0) and rk <= qk p (step P5);
; step P2 times eta (step <= eta G rk); the triangle inequality (dist <= Sn, nw <= w + dist with ||.||_2 <= ||.||_F);
; (H1) R <= rho. Conclusion: the hypothesis at k + 1 (Sn (1 - q) <= eta G p (1 - q qk)), Sn <= R, and nw <= lb.
; Proved = `unsat`.
(declare-const eta Real)
(declare-const lf Real)
(declare-const xf Real)
(declare-const Lh Real)
(declare-const G Real)
(declare-const p Real)
(declare-const q Real)
(declare-const qk Real)
(declare-const S Real)
(declare-const Sn Real)
(declare-const step Real)
(declare-const rk Real)
(declare-const R Real)
(declare-const rho Real)
(declare-const w Real)
(declare-const lb Real)
(declare-const dist Real)
(declare-const nw Real)
(assert (and (> eta 0.0) (> lf 0.0) (>= xf 0.0) (>= Lh 0.0) (>= G 0.0) (>= p 0.0) (>= qk 0.0) (>= rk 0.0)))
(assert (<= lf (* xf Lh)))
(assert (<= (* eta xf xf Lh Lh) 1.0))
(assert (= q (- 1.0 (/ (* eta lf lf) 8.0))))
(assert (<= (* S (- 1.0 q)) (* eta G p (- 1.0 qk))))
(assert (<= rk (* qk p)))
(assert (<= step (* eta G rk)))
(assert (= Sn (+ S step)))
(assert (= (* R lf lf) (* 8.0 G p)))
(assert (<= dist Sn))
(assert (<= R rho))
(assert (<= nw (+ w dist)))
(assert (>= lb (+ w rho)))
(assert (not (and (<= (* Sn (- 1.0 q)) (* eta G p (- 1.0 (* q qk)))) (<= Sn R) (<= nw lb))))
(check-sat)
