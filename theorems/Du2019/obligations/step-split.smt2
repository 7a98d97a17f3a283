; Du et al. 2019, one GD step: the I1/I2 split of u(k+1) - u(k) in the proof of Theorem 4.1 [D]
; (theorems/Du2019/README.md, "The Instance tier", step 3). e = ||y - u(k)||^2, en = ||y - u(k)|| >= 0.
; u(k+1) - u(k) = I1 + I2: I1 = eta (H(k) - H_perp(k)) (y - u(k)) sums the neurons r not in S_i_perp (their
; pattern is frozen on the step), I2 the neurons in S_i_perp. Premises, facts of linear algebra on this step:
;   qh = <y-u, H(k)(y-u)> >= lmin e (Rayleigh) and lmin >= mu (Lemma 3.2, deterministic form, on the R'-ball);
;   qp = <y-u, H_perp(k)(y-u)> <= hp e, since ||H_perp(k)||_2 <= hp;
;   gn >= ||dL/dw_r(k)|| for every r, and gn <= nu s en / sm (Cauchy-Schwarz, s = sqrt n, sm = sqrt m);
;   |I2_i| <= (c_i / sm) eta nu gn (ReLU is 1-Lipschitz, |a_r| = 1, |dw_r^T x_i| <= eta gn nu), squared and
;   summed over i: i2sq = ||I2||^2 <= (eta nu gn / sm)^2 csq with csq = sum_i c_i^2, c_i = |S_i_perp|;
;   tau = nu^2 s cn / m with cn = sqrt(csq); <y-u, I2> >= -en ||I2|| (Cauchy-Schwarz).
; Conclusion: ||I2|| <= eta tau en, and inner = <y - u(k), u(k+1) - u(k)> >= eta (mu - hp - tau) e.
; Proved = `unsat`.
(declare-const n Real)
(declare-const m Real)
(declare-const s Real)
(declare-const sm Real)
(declare-const eta Real)
(declare-const nu Real)
(declare-const e Real)
(declare-const en Real)
(declare-const lmin Real)
(declare-const mu Real)
(declare-const hp Real)
(declare-const tau Real)
(declare-const qh Real)
(declare-const qp Real)
(declare-const gn Real)
(declare-const csq Real)
(declare-const cn Real)
(declare-const i2 Real)
(declare-const i2sq Real)
(declare-const inner2 Real)
(declare-const inner Real)
(assert (>= n 1.0))
(assert (and (> s 0.0) (= (* s s) n)))
(assert (and (> sm 0.0) (= (* sm sm) m)))
(assert (> eta 0.0))
(assert (> nu 0.0))
(assert (and (>= en 0.0) (= (* en en) e)))
(assert (>= lmin mu))
(assert (>= qh (* lmin e)))
(assert (<= qp (* hp e)))
(assert (and (>= gn 0.0) (<= gn (/ (* nu s en) sm))))
(assert (and (>= cn 0.0) (= (* cn cn) csq)))
(assert (and (>= i2 0.0) (= (* i2 i2) i2sq)))
(assert (<= (* i2sq sm sm) (* eta eta nu nu gn gn csq)))
(assert (= (* tau m) (* nu nu s cn)))
(assert (>= inner2 (- (* en i2))))
(assert (= inner (+ (* eta (- qh qp)) inner2)))
(assert (not (and
  (<= i2 (* eta tau en))
  (>= inner (* eta (- mu hp tau) e)))))
(check-sat)
