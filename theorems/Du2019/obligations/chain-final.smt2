; Du et al. 2019, the deterministic chain's final inequality for one GD step [D] (theorems/Du2019/README.md,
; "The Instance tier", step 6). With e = ||y - u(k)||^2 >= 0 and next = ||y - u(k+1)||^2, the conclusion of
; step-expansion.smt2, stated identically,
;   next <= e - 2 eta (mu - hp) e + 2 eta tau e + eta^2 n^2 nu4 e,
; and the instance's premise 2 mu - 2 hp - 2 tau - eta n^2 nu4 >= lambda0/2 (`instance-step-contraction`, decided on
; the measured mu, hp, tau; nu4 = nu^4, nu >= max_i ||x_i||) give
;   next <= (1 - eta lambda0 / 2) e      (Condition 4.1 at k+1),
; and with eta lambda0 < 2 the contraction factor lies in (0, 1), as Corollary 4.1 needs.
; Proved = `unsat`.
(declare-const n Real)
(declare-const eta Real)
(declare-const lambda0 Real)
(declare-const nu4 Real)
(declare-const mu Real)
(declare-const hp Real)
(declare-const tau Real)
(declare-const e Real)
(declare-const next Real)
(assert (>= n 1.0))
(assert (> eta 0.0))
(assert (> lambda0 0.0))
(assert (< (* eta lambda0) 2.0))
(assert (> nu4 0.0))
(assert (>= hp 0.0))
(assert (>= tau 0.0))
(assert (>= e 0.0))
(assert (<= next (+ e (* -2.0 eta (- mu hp) e) (* 2.0 eta tau e) (* eta eta n n nu4 e))))
(assert (>= (- (* 2.0 mu) (* 2.0 hp) (* 2.0 tau) (* eta n n nu4)) (/ lambda0 2.0)))
(assert (not (and
  (<= next (* (- 1.0 (/ (* eta lambda0) 2.0)) e))
  (< 0.0 (- 1.0 (/ (* eta lambda0) 2.0)))
  (< (- 1.0 (/ (* eta lambda0) 2.0)) 1.0))))
(check-sat)
