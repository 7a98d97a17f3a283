; Du et al. 2019, one term of Corollary 4.1's sum [D] (theorems/Du2019/README.md, "The Instance tier", step 1).
; Premises at a step s <= k: Condition 4.1, ||y - u(s)||^2 <= (1 - eta lambda0 / 2)^s rho^2 with
; rho = ||y - u(0)||, written with qs = q^s >= 0 (q^2 = 1 - eta lambda0 / 2) as ens^2 <= qs^2 rho^2,
; ens = ||y - u(s)|| >= 0; and gn >= ||dL/dw_r(s)||, gn <= nu s ens / sm (Cauchy-Schwarz, s = sqrt n, sm = sqrt m).
; Conclusion: the move of w_r on step s is at most eta g q^s, g = nu s rho / sm. Proved = `unsat`.
(declare-const s Real)
(declare-const sm Real)
(declare-const eta Real)
(declare-const nu Real)
(declare-const rho Real)
(declare-const qs Real)
(declare-const ens Real)
(declare-const gn Real)
(declare-const g Real)
(assert (and (> s 0.0) (> sm 0.0) (> eta 0.0) (> nu 0.0) (>= rho 0.0)))
(assert (and (>= qs 0.0) (>= ens 0.0) (<= (* ens ens) (* qs qs rho rho))))
(assert (and (>= gn 0.0) (<= gn (/ (* nu s ens) sm))))
(assert (= (* g sm) (* nu s rho)))
(assert (not (<= (* eta gn) (* eta g qs))))
(check-sat)
