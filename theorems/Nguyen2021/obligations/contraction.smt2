; Nguyen 2021, derived theorem (spec §5): (H3) makes I - eta A A^T a contraction by 1 - eta sigma_N(A)^2 [D]
; (theorems/Nguyen2021/README.md, step P3). A = F_{L-1}^k (N x n_{L-1}, n_{L-1} >= N), s = sigma_N(A), sm = sigma_1(A),
; e = any eigenvalue of A A^T (so s^2 <= e <= sm^2), xf >= ||X||_F, P = lambda-bar_{1->L-1}.
; Premises: sm = ||A||_2 <= ||A||_F <= xf P in the ball (step P0) and (H3): eta xf^2 P^2 <= 1.
; Conclusion: |1 - eta e| <= 1 - eta s^2 for every eigenvalue e of A A^T, hence ||I - eta A A^T||_2 <= 1 - eta s^2
; (the matrix is symmetric with eigenvalues 1 - eta e). Proved = `unsat`.
(declare-const eta Real)
(declare-const s Real)
(declare-const sm Real)
(declare-const e Real)
(declare-const xf Real)
(declare-const P Real)
(assert (> eta 0.0))
(assert (and (>= s 0.0) (<= s sm)))
(assert (and (<= (* s s) e) (<= e (* sm sm))))
(assert (and (>= xf 0.0) (>= P 0.0)))
(assert (<= sm (* xf P)))
(assert (<= (* eta xf xf P P) 1.0))
(assert (not (and (<= (- 1.0 (* eta e)) (- 1.0 (* eta s s))) (<= (- (* eta e) 1.0) (- 1.0 (* eta s s))))))
(check-sat)
