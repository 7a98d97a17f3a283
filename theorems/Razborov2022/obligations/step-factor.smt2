; Razborov 2022 module, two-rate certificate: the per-step factor q = 1 - eta2 lambda_F^2 / 8 on the residual [D]
; (theorems/Razborov2022/README.md, "Proof", step P7). e = |e_k|, en = |e_{k+1}|, t1 = |(I - eta2 F_k F_k^T) e_k|,
; t2 = |(F_{k+1} - F_k) a_{k+1}|, s = sigma_n(F_k), lf = lambda_F, e0 >= |e_0|, qk = q^k, fn >= ||F_0||_2,
; fb = F-bar = fn + kap x rw.
; Premises: the key identity e_{k+1} = (I - eta2 F_k F_k^T) e_k + (F_{k+1} - F_k) a_{k+1} and the triangle inequality
; (en <= t1 + t2); the conclusion of contraction.smt2 with N3, N4 (t1 <= (1 - eta2 s^2) e); the conclusion 2 s >= lf of
; features.smt2; the conclusion of cross-term.smt2; the induction hypothesis e <= qk e0; lf <= fn and (r1).
; Conclusion: en <= q e and en <= q qk e0 (the envelope at k + 1). Proved = `unsat`.
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const s Real)
(declare-const e Real)
(declare-const en Real)
(declare-const t1 Real)
(declare-const t2 Real)
(declare-const e0 Real)
(declare-const q Real)
(declare-const qk Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const rw Real)
(declare-const fb Real)
(assert (and (> eta2 0.0) (> lf 0.0) (>= e 0.0) (>= e0 0.0) (>= qk 0.0) (> kap 0.0) (>= x 0.0) (>= rw 0.0)))
(assert (<= en (+ t1 t2)))
(assert (<= t1 (* (- 1.0 (* eta2 s s)) e)))
(assert (>= (* 2.0 s) lf))
(assert (<= (* 8.0 t2) (* eta2 lf lf e)))
(assert (<= e (* qk e0)))
(assert (<= lf fn))
(assert (= fb (+ fn (* kap x rw))))
(assert (<= (* eta2 fb fb) 1.0))
(assert (= q (- 1.0 (/ (* eta2 lf lf) 8.0))))
(assert (not (and (<= en (* q e)) (<= en (* q qk e0)))))
(check-sat)
