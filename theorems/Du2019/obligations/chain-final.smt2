; Du et al. 2019, the deterministic chain's final inequality for one GD step [D] (theorems/Du2019/README.md,
; "The Instance tier"). With e = ||y - u(k)||^2 >= 0, mu a lower bound of lambda_min(H(k)), hp a bound of
; ||H_perp(k)||_2, t the flip term (sqrt(n)/m) sqrt(sum_i |S_i_perp|^2) and eta n^2 bounding
; ||u(k+1) - u(k)|| / (eta ||y - u(k)||) squared, the expansion
;   ||y - u(k+1)||^2 <= e - 2 eta (mu - hp) e + 2 eta t e + eta^2 n^2 e
; and the instance's premise 2 mu - 2 hp - 2 t - eta n^2 >= lambda0/2 give
;   ||y - u(k+1)||^2 <= (1 - eta lambda0 / 2) e      (Condition 4.1 at k+1).
; Proved = `unsat`.
(declare-const n Real)
(declare-const eta Real)
(declare-const lambda0 Real)
(declare-const mu Real)
(declare-const hp Real)
(declare-const t Real)
(declare-const e Real)
(declare-const next Real)
(assert (>= n 1.0))
(assert (> eta 0.0))
(assert (> lambda0 0.0))
(assert (>= hp 0.0))
(assert (>= t 0.0))
(assert (>= e 0.0))
(assert (<= next (+ e (* -2.0 eta (- mu hp) e) (* 2.0 eta t e) (* eta eta n n e))))
(assert (>= (- (* 2.0 mu) (* 2.0 hp) (* 2.0 t) (* eta n n)) (/ lambda0 2.0)))
(assert (not (<= next (* (- 1.0 (/ (* eta lambda0) 2.0)) e))))
(check-sat)
