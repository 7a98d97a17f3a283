; Chatterjee 2022, certification, ours: the Hessian bound with an output scale s [D] (theorems/Chatterjee2022/README.md,
; step C4). For a direction V with |V| = 1 at a point of the ball of radius rho: the unscaled output's derivatives obey
; |dF[V]| <= a and |d2F[V,V]| <= b (the recursion of nguyen-mondelli2020 Part B); the scaled output's are s times them,
; so |dFs| <= s a and |d2Fs| <= s b; the residual obeys |Fs - Y| <= res0 + rho s a (mean value along the segment);
; the second directional derivative of Phi = (1/2)|Fs - Y|^2 is (1/2)(2|dFs|^2 + 2<Fs - Y, d2Fs>), at most
; (1/2)(2|dFs|^2 + 2|Fs - Y| |d2Fs|) (Cauchy-Schwarz).
; Conclusion: it is at most Q = (s a)^2 + (res0 + rho s a) s b. Proved = `unsat`.
(declare-const s Real)
(declare-const a Real)
(declare-const b Real)
(declare-const rho Real)
(declare-const res0 Real)
(declare-const dfs Real)
(declare-const d2fs Real)
(declare-const res Real)
(declare-const hess Real)
(declare-const Q Real)
(assert (and (> s 0.0) (>= a 0.0) (>= b 0.0) (>= rho 0.0) (>= res0 0.0)))
(assert (and (>= dfs 0.0) (<= dfs (* s a))))
(assert (and (>= d2fs 0.0) (<= d2fs (* s b))))
(assert (and (>= res 0.0) (<= res (+ res0 (* rho s a)))))
(assert (<= hess (* (/ 1.0 2.0) (+ (* 2.0 dfs dfs) (* 2.0 res d2fs)))))
(assert (= Q (+ (* s a s a) (* (+ res0 (* rho s a)) s b))))
(assert (not (<= hess Q)))
(check-sat)
