; Du et al. 2019, one GD step: expanding ||y - u(k+1)||^2 in the proof of Theorem 4.1 [D]
; (theorems/Du2019/README.md, "The Instance tier", step 5). e = ||y - u(k)||^2, next = ||y - u(k+1)||^2,
; inner = <y - u(k), u(k+1) - u(k)>, dusq = ||u(k+1) - u(k)||^2. Premises: the identity
;   ||y - u(k+1)||^2 = ||(y - u(k)) - (u(k+1) - u(k))||^2 = e - 2 inner + dusq,
; and the conclusions of step-split.smt2 (inner) and step-norm.smt2 (dusq), stated identically.
; Conclusion: next <= e - 2 eta (mu - hp) e + 2 eta tau e + eta^2 n^2 nu4 e, the premise of chain-final.smt2.
; Proved = `unsat`.
(declare-const n Real)
(declare-const eta Real)
(declare-const nu4 Real)
(declare-const mu Real)
(declare-const hp Real)
(declare-const tau Real)
(declare-const e Real)
(declare-const inner Real)
(declare-const dusq Real)
(declare-const next Real)
(assert (>= e 0.0))
(assert (= next (+ (- e (* 2.0 inner)) dusq)))
(assert (>= inner (* eta (- mu hp tau) e)))
(assert (<= dusq (* eta eta n n nu4 e)))
(assert (not (<= next (+ e (* -2.0 eta (- mu hp) e) (* 2.0 eta tau e) (* eta eta n n nu4 e)))))
(check-sat)
