; Razborov 2022 module, two-rate certificate: no radii exist when c_a F_n > 0 and t >= 1 [D]
; (theorems/Razborov2022/README.md, "Proof", step F2). ca = c_a = 8 e0 / lf^2, cw = c_W = 8 eta1 kap x e0 / (eta2 lf^2),
; b = kap x, fn >= ||F_0||_2, a0 >= |a_0|, rw = R_W, ra = R_a (any radii meeting (r3)), t = ca cw b.
; Premises: signs; (r3) in the form of part F, ra >= ca (fn + b rw) and rw >= cw (a0 + ra); ca fn > 0.
; Then ra >= ca fn + t ra, so ra (1 - t) >= ca fn > 0 and, as ra >= 0, t < 1.
; Conclusion: t < 1 (its negation, t >= 1, leaves no radii). Proved = `unsat`.
(declare-const ca Real)
(declare-const cw Real)
(declare-const b Real)
(declare-const fn Real)
(declare-const a0 Real)
(declare-const rw Real)
(declare-const ra Real)
(assert (and (>= ca 0.0) (>= cw 0.0) (>= b 0.0) (>= fn 0.0) (>= a0 0.0) (>= rw 0.0) (>= ra 0.0)))
(assert (>= ra (* ca (+ fn (* b rw)))))
(assert (>= rw (* cw (+ a0 ra))))
(assert (> (* ca fn) 0.0))
(assert (not (< (* ca cw b) 1.0)))
(check-sat)
