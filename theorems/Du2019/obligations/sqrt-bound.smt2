; Du et al. 2019, the square-root bound behind Corollary 4.1's geometric sum [D]
; (theorems/Du2019/README.md, "The Instance tier", step 1): for 0 <= x <= 1, q = sqrt(1 - x) <= 1 - x/2.
; Used with x = eta lambda0 / 2, so q is the ratio (1 - eta lambda0 / 2)^(1/2) of the sum.
; Proved = `unsat`.
(declare-const x Real)
(declare-const q Real)
(assert (and (>= x 0.0) (<= x 1.0)))
(assert (and (>= q 0.0) (= (* q q) (- 1.0 x))))
(assert (not (<= q (- 1.0 (/ x 2.0)))))
(check-sat)
