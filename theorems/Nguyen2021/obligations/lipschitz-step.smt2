; Nguyen 2021, derived theorem (spec §5): one layer of the Lipschitz lemma, and of its bound along a gradient step [D]
; (theorems/Nguyen2021/README.md, steps P1 and P4). Layer l < L, primes for the second point theta':
; dp = ||F'_{l-1} - F_{l-1}||_F, d = ||F'_l - F_l||_F, z = ||Z'_l - Z_l||_F with Z_l = F_{l-1} W_l,
; fp = ||F_{l-1}||_F, nw = ||W'_l||_2, lb = lambda-bar_l, xf >= ||X||_F, P = lambda-bar_{1->l-1}, dw = ||W'_l - W_l||_2,
; Tp = T_{l-1}, T = T_l = lb Tp + P dw (T_0 = 0, so T_l = sum_{j<=l} (prod_{p<=l, p!=j} lambda-bar_p) ||W'_j - W_j||_2).
; Premises: ReLU is 1-Lipschitz entrywise (d <= 1 z); the triangle inequality and N1 (z <= dp nw + fp dw); the ball
; (nw <= lb) and step P0 (fp <= xf P); the induction hypothesis dp <= xf Tp.
; Along a gradient step theta_k -> theta_{k+1} (step P4), with r = ||r_k||_F, lbL = lambda-bar_L, c = eta xf lbL r,
; M = prod_{l<p<L} lambda-bar_p, Mp = lb M (the same product for l-1), U = lb^2 Up + P^2 (U_0 = 0): the gradient
; bound of step P2 times eta, dw <= c P M, and the induction hypothesis Tp <= c Mp Up.
; Conclusion: d <= xf T (the lemma at layer l) and T <= c M U. Proved = `unsat`.
(declare-const dp Real)
(declare-const d Real)
(declare-const z Real)
(declare-const fp Real)
(declare-const nw Real)
(declare-const lb Real)
(declare-const xf Real)
(declare-const P Real)
(declare-const dw Real)
(declare-const Tp Real)
(declare-const T Real)
(declare-const eta Real)
(declare-const r Real)
(declare-const lbL Real)
(declare-const c Real)
(declare-const M Real)
(declare-const Mp Real)
(declare-const Up Real)
(declare-const U Real)
(assert (and (>= dp 0.0) (>= d 0.0) (>= z 0.0) (>= fp 0.0) (>= nw 0.0) (>= lb 0.0) (>= xf 0.0) (>= P 0.0) (>= dw 0.0)))
(assert (and (> eta 0.0) (>= r 0.0) (>= lbL 0.0) (>= M 0.0) (>= Up 0.0)))
(assert (<= d (* 1.0 z)))
(assert (<= z (+ (* dp nw) (* fp dw))))
(assert (<= nw lb))
(assert (<= fp (* xf P)))
(assert (<= dp (* xf Tp)))
(assert (= T (+ (* lb Tp) (* P dw))))
(assert (= c (* eta xf lbL r)))
(assert (= Mp (* lb M)))
(assert (= U (+ (* lb lb Up) (* P P))))
(assert (<= dw (* c P M)))
(assert (<= Tp (* c Mp Up)))
(assert (not (and (<= d (* xf T)) (<= T (* c M U)))))
(check-sat)
