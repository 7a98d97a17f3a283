; Nguyen 2021, derived theorem (spec §5): (H2) keeps the last hidden layer well conditioned, sigma_N(F_{L-1}^k) >=
; lambda_F / 2 [D] (theorems/Nguyen2021/README.md, step P7). s = sigma_N(A_k), lf = lambda_F <= sigma_N(A_0),
; d = ||A_k - A_0||_F, xf >= ||X||_F, T = sum_{l<L} (prod_{p<L, p!=l} lambda-bar_p) ||W_l^k - W_l^0||_2 (the Lipschitz
; lemma between theta_0 and theta_k, both in the ball), H = sum_{l<L} (prod_{p<L, p!=l} lambda-bar_p) R_l.
; Premises: Weyl (N5) with ||.||_2 <= ||.||_F: s >= lf - d; the conclusion d <= xf T of lipschitz-step.smt2 at
; l = L - 1; T <= H termwise from ||W_l^k - W_l^0||_2 <= ||W_l^k - W_l^0||_F <= R_l (step P6);
; (H2) in its first form: xf H <= lf / 2. Conclusion: 2 s >= lf. Proved = `unsat`.
(declare-const s Real)
(declare-const lf Real)
(declare-const d Real)
(declare-const xf Real)
(declare-const T Real)
(declare-const H Real)
(assert (and (> lf 0.0) (>= d 0.0) (>= xf 0.0) (>= T 0.0)))
(assert (>= s (- lf d)))
(assert (<= d (* xf T)))
(assert (<= T H))
(assert (<= (* 2.0 xf H) lf))
(assert (not (>= (* 2.0 s) lf)))
(check-sat)
