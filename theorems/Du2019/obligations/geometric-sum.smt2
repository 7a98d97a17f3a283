; Du et al. 2019, the closed form of Corollary 4.1's geometric sum, by induction [D]
; (theorems/Du2019/README.md, "The Instance tier", step 1). With 0 <= q < 1, the partial sums
; S_k = sum_{s=0}^{k} q^s satisfy S_k (1 - q) = 1 - q^(k+1) and q^(k+1) >= 0. Induction step: from the claim for
; prev = S_(k-1) and pk = q^k, the claim holds for sum = prev + pk and p = pk q. The base case is the step from the
; empty sum (prev = 0, pk = q^0 = 1), where the hypothesis reads 0 = 0. Proved = `unsat`.
(declare-const q Real)
(declare-const prev Real)
(declare-const pk Real)
(declare-const sum Real)
(declare-const p Real)
(assert (and (>= q 0.0) (< q 1.0)))
(assert (and (= (* prev (- 1.0 q)) (- 1.0 pk)) (>= pk 0.0)))
(assert (= sum (+ prev pk)))
(assert (= p (* pk q)))
(assert (not (and (= (* sum (- 1.0 q)) (- 1.0 p)) (>= p 0.0))))
(check-sat)
