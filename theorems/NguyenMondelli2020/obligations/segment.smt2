; Nguyen & Mondelli 2020, derived theorem: a GD step from the ball of radius R stays in the ball of radius R + eta G [D]
; (theorems/NguyenMondelli2020/README.md, step A6). dk = ||theta_k - theta_0|| <= R, gn = ||grad Phi(theta_k)|| <= G
; (G bounds the gradient on B(theta_0, R), Part B), and a point theta_k - tau eta g_k of the segment, 0 <= tau <= 1, has
; dist = ||theta_k - tau eta g_k - theta_0|| <= dk + tau eta gn (triangle inequality).
; Conclusion: dist <= R + eta G. Proved = `unsat`.
(declare-const eta Real)
(declare-const R Real)
(declare-const G Real)
(declare-const dk Real)
(declare-const gn Real)
(declare-const tau Real)
(declare-const dist Real)
(assert (> eta 0.0))
(assert (and (>= dk 0.0) (<= dk R)))
(assert (and (>= gn 0.0) (<= gn G)))
(assert (and (>= tau 0.0) (<= tau 1.0)))
(assert (<= dist (+ dk (* tau eta gn))))
(assert (not (<= dist (+ R (* eta G)))))
(check-sat)
