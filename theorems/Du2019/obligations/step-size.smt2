; Du et al. 2019, Theorem 4.1 step-size lemma [D] (shared/theorems/du2019.md §4, §7 (i)).
; If n >= 4, 0 < lambda0 <= 1/2 and 0 < eta <= lambda0/(4 n^2), then the per-step factor of the
; GD proof with the paper's flip term (eta*lambda0/(2 sqrt n)) satisfies
;   1 - eta*lambda0 + eta*lambda0/(2 s) + eta^2 n^2 <= 1 - eta*lambda0/2,   s = sqrt(n),
; and the contraction factor 1 - eta*lambda0/2 lies in (0, 1).
; Proved = `unsat`. Re-run with: z3 step-size.smt2
(declare-const n Real)
(declare-const s Real)
(declare-const lambda0 Real)
(declare-const eta Real)
(assert (>= n 4.0))
(assert (> s 0.0))
(assert (= (* s s) n))
(assert (> lambda0 0.0))
(assert (<= lambda0 (/ 1.0 2.0)))
(assert (> eta 0.0))
(assert (<= eta (/ lambda0 (* 4.0 n n))))
(assert (not (and
  (<= (+ (- 1.0 (* eta lambda0)) (/ (* eta lambda0) (* 2.0 s)) (* eta eta n n))
      (- 1.0 (/ (* eta lambda0) 2.0)))
  (< 0.0 (- 1.0 (/ (* eta lambda0) 2.0)))
  (< (- 1.0 (/ (* eta lambda0) 2.0)) 1.0))))
(check-sat)
