; Razborov 2022 module, two-rate certificate: (r1) makes I - eta2 F_k F_k^T a contraction by 1 - eta2 sigma_n(F_k)^2 [D]
; (theorems/Razborov2022/README.md, "Proof", step P5). s = sigma_n(F_k), fk = ||F_k||_2 = sigma_1(F_k), ev = any eigenvalue of
; F_k F_k^T (n x n, m >= n: s^2 <= ev <= fk^2, N3), fb = F-bar.
; Premises: the conclusion fk <= fb of features.smt2; (r1) eta2 fb^2 <= 1.
; Conclusion: |1 - eta2 ev| <= 1 - eta2 s^2 for every eigenvalue, hence ||I - eta2 F_k F_k^T||_2 <= 1 - eta2 s^2 (the
; matrix is symmetric with eigenvalues 1 - eta2 ev). Proved = `unsat`.
(declare-const eta2 Real)
(declare-const s Real)
(declare-const fk Real)
(declare-const ev Real)
(declare-const fb Real)
(assert (> eta2 0.0))
(assert (and (>= s 0.0) (<= s fk)))
(assert (and (<= (* s s) ev) (<= ev (* fk fk))))
(assert (<= fk fb))
(assert (<= (* eta2 fb fb) 1.0))
(assert (not (and (<= (- 1.0 (* eta2 ev)) (- 1.0 (* eta2 s s))) (<= (- (* eta2 ev) 1.0) (- 1.0 (* eta2 s s))))))
(check-sat)
