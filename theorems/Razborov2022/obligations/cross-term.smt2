; Razborov 2022 module, two-rate certificate: the ReLU cross term (F_{k+1} - F_k) a_{k+1} is at most
; eta2 lambda_F^2 |e_k| / 8 [D] (theorems/Razborov2022/README.md, "Proof", step P6). t2 = |(F_{k+1} - F_k) a_{k+1}|,
; dF = ||F_{k+1} - F_k||_2, dW = ||W_{k+1} - W_k||_F = eta1 gw, gw = ||grad_W Phi(W_k, a_k)||_F, an = |a_{k+1}|,
; ab = A-bar, e = |e_k|, lf = lambda_F, kap = kappa, x >= ||X||_2.
; Premises: N4 (t2 <= dF an); the conclusion of lipschitz.smt2 between W_k and W_{k+1}; the gradient step; the
; conclusions of gradient.smt2 (gw <= kap x ab e at k, an <= ab at k + 1, after step P4 put a_{k+1} in the ball);
; (r2): 8 eta1 kap^2 x^2 ab^2 <= eta2 lf^2. Conclusion: 8 t2 <= eta2 lf^2 e. Proved = `unsat`.
(declare-const t2 Real)
(declare-const dF Real)
(declare-const dW Real)
(declare-const gw Real)
(declare-const an Real)
(declare-const ab Real)
(declare-const e Real)
(declare-const eta1 Real)
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const kap Real)
(declare-const x Real)
(assert (and (>= eta1 0.0) (> eta2 0.0) (> kap 0.0) (>= x 0.0) (>= e 0.0) (>= dF 0.0) (>= an 0.0) (>= ab 0.0) (>= gw 0.0)))
(assert (<= t2 (* dF an)))
(assert (<= dF (* kap x dW)))
(assert (= dW (* eta1 gw)))
(assert (<= gw (* kap x ab e)))
(assert (<= an ab))
(assert (<= (* 8.0 eta1 kap kap x x ab ab) (* eta2 lf lf)))
(assert (not (<= (* 8.0 t2) (* eta2 lf lf e))))
(check-sat)
