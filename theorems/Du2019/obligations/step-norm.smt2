; Du et al. 2019, one GD step: the size of u(k+1) - u(k) in the proof of Theorem 4.1 [D]
; (theorems/Du2019/README.md, "The Instance tier", step 4). e = ||y - u(k)||^2, en = ||y - u(k)|| >= 0.
; Premises: gn >= ||dL/dw_r(k)|| for every r, gn <= nu s en / sm (Cauchy-Schwarz, s = sqrt n, sm = sqrt m);
; each |u_i(k+1) - u_i(k)| <= (1/sm) sum_r |dw_r^T x_i| <= (m / sm) eta nu gn (ReLU 1-Lipschitz, |a_r| = 1),
; squared and summed over the n coordinates: dusq = ||u(k+1) - u(k)||^2 <= n (m eta nu gn / sm)^2.
; Conclusion: dusq <= eta^2 n^2 nu4 e with nu4 = nu^4. Proved = `unsat`.
(declare-const n Real)
(declare-const m Real)
(declare-const s Real)
(declare-const sm Real)
(declare-const eta Real)
(declare-const nu Real)
(declare-const nu4 Real)
(declare-const e Real)
(declare-const en Real)
(declare-const gn Real)
(declare-const dusq Real)
(assert (>= n 1.0))
(assert (and (> s 0.0) (= (* s s) n)))
(assert (and (> sm 0.0) (= (* sm sm) m)))
(assert (> eta 0.0))
(assert (> nu 0.0))
(assert (= nu4 (* nu nu nu nu)))
(assert (and (>= en 0.0) (= (* en en) e)))
(assert (and (>= gn 0.0) (<= gn (/ (* nu s en) sm))))
(assert (<= (* dusq sm sm) (* n m m eta eta nu nu gn gn)))
(assert (not (<= dusq (* eta eta n n nu4 e))))
(check-sat)
