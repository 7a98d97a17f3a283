; Du et al. 2019, Corollary 4.1: the geometric sum stays within R' [D]
; (theorems/Du2019/README.md, "The Instance tier", step 1). dist = ||w_r(k+1) - w_r(0)|| <= sum_{s=0}^{k} eta g q^s
; = eta g sum (triangle inequality over the steps, each bounded by the conclusion of gradient-term.smt2), with
; g = nu s rho / sm, rho = ||y - u(0)||, s = sqrt n, sm = sqrt m, q = (1 - eta lambda0 / 2)^(1/2) >= 0, x = eta lambda0 / 2.
; Premises from geometric-sum.smt2 (the closed form of sum, p = q^(k+1)) and sqrt-bound.smt2 (q <= 1 - x/2), stated
; identically. q's definition q^2 = 1 - x is left out: the bound holds for every ratio 0 <= q <= 1 - x/2, and without
; it the proof rests on sqrt-bound.smt2 (whose hypothesis x <= 1 is eta lambda0 <= 2; chain-final.smt2 assumes < 2).
; Conclusion: dist <= R' = 4 nu sqrt(n) rho / (sqrt(m) lambda0), i.e. sum <= 4/(eta lambda0). Proved = `unsat`.
(declare-const n Real)
(declare-const m Real)
(declare-const s Real)
(declare-const sm Real)
(declare-const eta Real)
(declare-const lambda0 Real)
(declare-const nu Real)
(declare-const rho Real)
(declare-const g Real)
(declare-const x Real)
(declare-const q Real)
(declare-const sum Real)
(declare-const p Real)
(declare-const dist Real)
(declare-const rp Real)
(assert (>= n 1.0))
(assert (and (> s 0.0) (= (* s s) n)))
(assert (and (> sm 0.0) (= (* sm sm) m)))
(assert (> eta 0.0))
(assert (> lambda0 0.0))
(assert (< (* eta lambda0) 2.0))
(assert (> nu 0.0))
(assert (>= rho 0.0))
(assert (= x (/ (* eta lambda0) 2.0)))
(assert (>= q 0.0))
(assert (<= q (- 1.0 (/ x 2.0))))
(assert (and (= (* sum (- 1.0 q)) (- 1.0 p)) (>= p 0.0)))
(assert (= (* g sm) (* nu s rho)))
(assert (<= dist (* eta g sum)))
(assert (= (* rp sm lambda0) (* 4.0 nu s rho)))
(assert (not (<= dist rp)))
(check-sat)
