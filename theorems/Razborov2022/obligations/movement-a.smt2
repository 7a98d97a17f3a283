; Razborov 2022 module, two-rate certificate: the summed output-layer steps stay below R_a [D]
; (theorems/Razborov2022/README.md, "Proof", step P4). At step k: S = sum_{j<k} |a_{j+1} - a_j|, step = |a_{k+1} - a_k|
; = eta2 ga with ga = |grad_a Phi(W_k, a_k)|, Sn = S + step, dn = |a_{k+1} - a_0|, e = |e_k|, e0 >= |e_0|,
; qk = q^k, q = 1 - eta2 lf^2 / 8, lf = lambda_F, fn >= ||F_0||_2 (so lf <= sigma_n(F_0) <= fn), fb = F-bar
; = fn + kap x rw, ra = R_a.
; Premises: (r1) eta2 fb^2 <= 1 (so 0 <= q < 1); the induction hypotheses S (1 - q) <= eta2 fb e0 (1 - qk) (S = 0, qk = 1
; at k = 0) and e <= qk e0; the conclusion ga <= fb e of gradient.smt2; the triangle inequality (dn <= Sn);
; (r3, output layer) 8 e0 fb <= ra lf^2. Conclusion: the induction hypothesis at k + 1 and dn <= ra. Proved = `unsat`.
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const rw Real)
(declare-const fb Real)
(declare-const e0 Real)
(declare-const e Real)
(declare-const q Real)
(declare-const qk Real)
(declare-const S Real)
(declare-const ga Real)
(declare-const step Real)
(declare-const Sn Real)
(declare-const dn Real)
(declare-const ra Real)
(assert (and (> eta2 0.0) (> lf 0.0) (> kap 0.0) (>= x 0.0) (>= rw 0.0) (>= e0 0.0) (>= qk 0.0) (>= e 0.0)))
(assert (<= lf fn))
(assert (= fb (+ fn (* kap x rw))))
(assert (<= (* eta2 fb fb) 1.0))
(assert (= q (- 1.0 (/ (* eta2 lf lf) 8.0))))
(assert (<= (* S (- 1.0 q)) (* eta2 fb e0 (- 1.0 qk))))
(assert (<= e (* qk e0)))
(assert (<= ga (* fb e)))
(assert (= step (* eta2 ga)))
(assert (= Sn (+ S step)))
(assert (<= dn Sn))
(assert (<= (* 8.0 e0 fb) (* ra lf lf)))
(assert (not (and (<= (* Sn (- 1.0 q)) (* eta2 fb e0 (- 1.0 (* q qk)))) (<= dn ra))))
(check-sat)
