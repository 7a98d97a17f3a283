; Razborov 2022 module, two-rate certificate: the two gradients at an iterate in the ball [D]
; (theorems/Razborov2022/README.md, "Proof", step P3). grad_W Phi = kappa M^T X with M = (e a^T) o S (n x m), where S_ir is
; relu'(w_r^T x_i), any value in [0, 1] at the kink; grad_a Phi = F^T e.
; gw = ||grad_W Phi(W_k, a_k)||_F, mf = ||M||_F, e = |e_k|, an = |a_k|, da = |a_k - a_0|, a0 >= |a_0|, ra = R_a,
; ab = A-bar = a0 + ra, ga = |grad_a Phi| = |F_k^T e_k|, fk = ||F_k||_2, fb = F-bar, kap = kappa, x >= ||X||_2.
; Premises: N1 (||M^T X||_F <= ||M||_F ||X||_2); N2 with |S_ir| <= 1 and ||e a^T||_F = |e| |a| (mf <= 1 an e); the
; triangle inequality (an <= a0 + da); the ball (da <= ra); N4 (ga <= fk e); the conclusion fk <= fb of features.smt2.
; Conclusion: an <= ab, gw <= kap x ab e and ga <= fb e. Proved = `unsat`.
(declare-const gw Real)
(declare-const mf Real)
(declare-const e Real)
(declare-const an Real)
(declare-const da Real)
(declare-const a0 Real)
(declare-const ra Real)
(declare-const ab Real)
(declare-const ga Real)
(declare-const fk Real)
(declare-const fb Real)
(declare-const kap Real)
(declare-const x Real)
(assert (and (> kap 0.0) (>= x 0.0) (>= e 0.0) (>= an 0.0) (>= mf 0.0) (>= fk 0.0)))
(assert (<= gw (* kap x mf)))
(assert (<= mf (* 1.0 an e)))
(assert (<= an (+ a0 da)))
(assert (<= da ra))
(assert (= ab (+ a0 ra)))
(assert (<= ga (* fk e)))
(assert (<= fk fb))
(assert (not (and (<= an ab) (<= gw (* kap x ab e)) (<= ga (* fb e)))))
(check-sat)
