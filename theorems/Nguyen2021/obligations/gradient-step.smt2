; Nguyen 2021, derived theorem (spec §5): the gradient bound, one layer of backpropagation [D]
; (theorems/Nguyen2021/README.md, step P2). Backpropagation with any relu'(0) in [0, 1]: D_L = r = F_L - Y,
; D_l = (D_{l+1} W_{l+1}^T) o relu'(Z_l), grad_{W_l} Phi = F_{l-1}^T D_l.
; dn = ||D_{l+1}||_F, u = ||D_{l+1} W_{l+1}^T||_F, nw = ||W_{l+1}||_2, lb = lambda-bar_{l+1}, dl = ||D_l||_F,
; r = ||F_L - Y||_F, Mn = prod_{p>l+1} lambda-bar_p, M = lb Mn = prod_{p>l} lambda-bar_p; g = ||grad_{W_l} Phi||_F,
; fp = ||F_{l-1}||_F, xf >= ||X||_F, P = lambda-bar_{1->l-1}.
; Premises: the induction hypothesis dn <= Mn r (at l + 1 = L: dn = r, Mn = 1); N1 (u <= dn nw, g <= fp dl, as
; ||F^T D||_F <= ||F||_2 ||D||_F <= ||F||_F ||D||_F); N2 with |relu'| <= 1 entrywise (dl <= 1 u); the ball (nw <= lb);
; step P0 (fp <= xf P). Conclusion: dl <= M r and g <= xf P M r = ||X||_F (lambda-bar_{1->L} / lambda-bar_l) r.
; Proved = `unsat`.
(declare-const dn Real)
(declare-const u Real)
(declare-const nw Real)
(declare-const lb Real)
(declare-const dl Real)
(declare-const r Real)
(declare-const Mn Real)
(declare-const M Real)
(declare-const g Real)
(declare-const fp Real)
(declare-const xf Real)
(declare-const P Real)
(assert (and (>= dn 0.0) (>= u 0.0) (>= nw 0.0) (>= lb 0.0) (>= dl 0.0) (>= r 0.0) (>= Mn 0.0) (>= g 0.0) (>= fp 0.0) (>= xf 0.0) (>= P 0.0)))
(assert (<= dn (* Mn r)))
(assert (<= u (* dn nw)))
(assert (<= nw lb))
(assert (<= dl (* 1.0 u)))
(assert (= M (* lb Mn)))
(assert (<= g (* fp dl)))
(assert (<= fp (* xf P)))
(assert (not (and (<= dl (* M r)) (<= g (* xf P M r)))))
(check-sat)
