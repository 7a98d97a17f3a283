; Razborov 2022 module, two-rate certificate: in the ball the features stay well conditioned and bounded [D]
; (theorems/Razborov2022/README.md, "Proof", step P2). s = sigma_n(F_k), fk = ||F_k||_2, dF = ||F_k - F_0||_2,
; dW = ||W_k - W_0||_F, lf = lambda_F <= sigma_n(F_0), fn >= ||F_0||_2, kap = kappa, x >= ||X||_2, rw = R_W,
; fb = F-bar = fn + kap x rw.
; Premises: Weyl (N5: s >= sigma_n(F_0) - dF >= lf - dF); the triangle inequality (fk <= ||F_0||_2 + dF <= fn + dF);
; the conclusion of lipschitz.smt2 between W_0 and W_k; the ball (dW <= rw); (r4): 2 kap x rw <= lf.
; Conclusion: 2 s >= lf and fk <= fb. Proved = `unsat`.
(declare-const s Real)
(declare-const fk Real)
(declare-const dF Real)
(declare-const dW Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const rw Real)
(declare-const fb Real)
(assert (and (> lf 0.0) (> kap 0.0) (>= x 0.0) (>= dF 0.0) (>= dW 0.0) (>= rw 0.0)))
(assert (>= s (- lf dF)))
(assert (<= fk (+ fn dF)))
(assert (<= dF (* kap x dW)))
(assert (<= dW rw))
(assert (<= (* 2.0 kap x rw) lf))
(assert (= fb (+ fn (* kap x rw))))
(assert (not (and (>= (* 2.0 s) lf) (<= fk fb))))
(check-sat)
