; Razborov 2022 module, two-rate certificate: the summed hidden-layer steps stay below R_W [D]
; (theorems/Razborov2022/README.md, "Proof", step P4). At step k: S = sum_{j<k} ||W_{j+1} - W_j||_F, step = ||W_{k+1} - W_k||_F
; = eta1 gw with gw = ||grad_W Phi(W_k, a_k)||_F, Sn = S + step, dn = ||W_{k+1} - W_0||_F, e = |e_k|, e0 >= |e_0|,
; qk = q^k, q = 1 - eta2 lf^2 / 8, lf = lambda_F <= fn, fb = F-bar = fn + kap x rw, ab = A-bar = a0 + ra,
; kap = kappa, x >= ||X||_2, rw = R_W.
; Premises: eta1 >= 0, (r1) eta2 fb^2 <= 1 (so 0 <= q < 1); the induction hypotheses
; S (1 - q) <= eta1 kap x ab e0 (1 - qk) and e <= qk e0; the conclusion gw <= kap x ab e of gradient.smt2; the triangle
; inequality (dn <= Sn); (r3, hidden layer) 8 eta1 kap x ab e0 <= rw eta2 lf^2.
; Conclusion: the induction hypothesis at k + 1 and dn <= rw. Proved = `unsat`.
(declare-const eta1 Real)
(declare-const eta2 Real)
(declare-const lf Real)
(declare-const fn Real)
(declare-const kap Real)
(declare-const x Real)
(declare-const rw Real)
(declare-const fb Real)
(declare-const ab Real)
(declare-const e0 Real)
(declare-const e Real)
(declare-const q Real)
(declare-const qk Real)
(declare-const S Real)
(declare-const gw Real)
(declare-const step Real)
(declare-const Sn Real)
(declare-const dn Real)
(assert (and (>= eta1 0.0) (> eta2 0.0) (> lf 0.0) (> kap 0.0) (>= x 0.0) (>= rw 0.0) (>= ab 0.0) (>= e0 0.0) (>= qk 0.0) (>= e 0.0)))
(assert (<= lf fn))
(assert (= fb (+ fn (* kap x rw))))
(assert (<= (* eta2 fb fb) 1.0))
(assert (= q (- 1.0 (/ (* eta2 lf lf) 8.0))))
(assert (<= (* S (- 1.0 q)) (* eta1 kap x ab e0 (- 1.0 qk))))
(assert (<= e (* qk e0)))
(assert (<= gw (* kap x ab e)))
(assert (= step (* eta1 gw)))
(assert (= Sn (+ S step)))
(assert (<= dn Sn))
(assert (<= (* 8.0 eta1 kap x ab e0) (* rw eta2 lf lf)))
(assert (not (and (<= (* Sn (- 1.0 q)) (* eta1 kap x ab e0 (- 1.0 (* q qk)))) (<= dn rw))))
(check-sat)
