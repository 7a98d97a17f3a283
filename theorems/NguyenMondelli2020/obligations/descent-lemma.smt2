; Nguyen & Mondelli 2020, derived theorem: the per-step descent inequality from eta <= 1/Q [D]
; (theorems/NguyenMondelli2020/README.md, step A6). phi = Phi(theta_k), next = Phi(theta_{k+1}), gn2 = ||grad Phi(theta_k)||^2.
; Premise from Taylor's formula with integral remainder along the segment, which lies in B(theta_0, R + eta G)
; (segment.smt2), where ||Hessian||_2 <= Q: next <= phi - eta gn2 + (Q/2) eta^2 gn2. Step size (H2): eta Q <= 1.
; Conclusion: next <= phi - (eta/2) gn2. Proved = `unsat`.
(declare-const eta Real)
(declare-const Q Real)
(declare-const phi Real)
(declare-const next Real)
(declare-const gn2 Real)
(assert (> eta 0.0))
(assert (> Q 0.0))
(assert (>= gn2 0.0))
(assert (<= (* eta Q) 1.0))
(assert (<= next (+ (- phi (* eta gn2)) (* (/ 1.0 2.0) Q eta eta gn2))))
(assert (not (<= next (- phi (* (/ 1.0 2.0) eta gn2)))))
(check-sat)
