; Nguyen & Mondelli 2020, explicit Hessian bound: the residual on the ball, and closing the recursion into Q and G [D]
; (theorems/NguyenMondelli2020/README.md, steps B1, B5, B6 and B7). For a unit direction V (s^2 = sum_l ||V_l||_F^2 = 1,
; s >= 0) at a point theta of B(theta_0, rho): a = ||dF_L[V]||_F, b = ||d^2F_L[V,V]||_F with the conclusion of
; layer-step.smt2 at l = L. The residual (B5): dist = ||theta - theta_0|| <= rho; every unit direction at every point of
; the segment from theta_0 to theta (inside the convex ball) has ||dF_L||_F <= A s = A, so by the mean-value inequality
; df = ||F_L(theta) - F_L(theta_0)||_F <= A dist; r0 = ||F_L^0 - Y||_F; res = ||F_L(theta) - Y||_F <= r0 + df (triangle
; inequality); the bound r = r0 + rho A. Premises from linear algebra (Cauchy-Schwarz):
; the directional derivative dphi = <F_L - Y, dF_L[V]> has |dphi| <= res a; the second derivative
; hv = <V, Hessian V> = dsq + inner with 0 <= dsq = ||dF_L[V]||_F^2 <= a^2 and |inner| = |<F_L - Y, d^2F_L[V,V]>| <= res b.
; The bounds: G = r A, Q = A^2 + r B. Conclusion: res <= r, |dphi| <= G and |hv| <= Q (so ||grad Phi|| <= G and
; ||Hessian||_2 = sup over unit V of |<V, Hessian V>| <= Q). Proved = `unsat`.
(declare-const s Real)
(declare-const a Real)
(declare-const b Real)
(declare-const A Real)
(declare-const B Real)
(declare-const rho Real)
(declare-const dist Real)
(declare-const r0 Real)
(declare-const df Real)
(declare-const res Real)
(declare-const r Real)
(declare-const dphi Real)
(declare-const dsq Real)
(declare-const inner Real)
(declare-const hv Real)
(declare-const G Real)
(declare-const Q Real)
(assert (and (>= s 0.0) (= (* s s) 1.0)))
(assert (and (>= A 0.0) (>= B 0.0) (>= a 0.0) (>= b 0.0)))
(assert (and (<= a (* A s)) (<= b (* B s s))))
(assert (and (>= rho 0.0) (>= dist 0.0) (<= dist rho) (>= r0 0.0)))
(assert (and (>= df 0.0) (<= df (* A dist))))
(assert (and (>= res 0.0) (<= res (+ r0 df))))
(assert (= r (+ r0 (* rho A))))
(assert (and (<= dphi (* res a)) (>= dphi (- (* res a)))))
(assert (and (>= dsq 0.0) (<= dsq (* a a))))
(assert (and (<= inner (* res b)) (>= inner (- (* res b)))))
(assert (= hv (+ dsq inner)))
(assert (= G (* r A)))
(assert (= Q (+ (* A A) (* r B))))
(assert (not (and (<= res r) (<= dphi G) (>= dphi (- G)) (<= hv Q) (>= hv (- Q)))))
(check-sat)
