; Razborov 2022, the reparameterisation identity of spec §2 as real arithmetic, ours [D]
; (theorems/Razborov2022/README.md, "Proof obligations"). Model f = kappa sum_r a_r sigma(w_r^T x) trained at rates
; eta1 (W) and eta2 (a); rescaled model f~ = s kappa sum_r at_r sigma(w_r^T x) with at = a/s and s^2 = eta2/eta1,
; trained at rate eta1 on both layers. Per neuron r: ga = dL/da_r = kappa sum_i e_i sigma(w_r^T x_i) (one coordinate of
; it; e is the same residual, the two models being equal as functions), so dL/dat_r = s ga (chain rule); h = the part of
; dL/dw_r without the output weight (kappa sum_i e_i 1{w_r^T x_i >= 0} x_i, one coordinate), so dL/dw_r = a h for f and
; s at h for f~. Conclusion: one step of at at rate eta1 is one step of a at rate eta2 divided by s, and the W steps agree.
; Proved = `unsat`.
(declare-const eta1 Real)
(declare-const eta2 Real)
(declare-const s Real)
(declare-const a Real)
(declare-const at Real)
(declare-const ga Real)
(declare-const gat Real)
(declare-const h Real)
(declare-const gw Real)
(declare-const gwt Real)
(assert (> eta1 0.0))
(assert (> eta2 0.0))
(assert (> s 0.0))
(assert (= (* s s eta1) eta2))
(assert (= (* s at) a))
(assert (= gat (* s ga)))
(assert (= gw (* a h)))
(assert (= gwt (* s at h)))
(assert (not (and (= (* s (- at (* eta1 gat))) (- a (* eta2 ga))) (= (* eta1 gwt) (* eta1 gw)))))
(check-sat)
