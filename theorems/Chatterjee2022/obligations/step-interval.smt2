; Chatterjee 2022, certification (spec §7.5), ours: the admissible step interval is (star) solved for eta [D]
; (theorems/Chatterjee2022/README.md, step C3). F > 0, A > 0, B > 0, r > 0, s = sqrt(F / A) (s >= 0, s^2 A = F),
; cB = 1 - B eta / 2, eta > 0. Conclusion: 0 < cB and 4 F < cB^2 r^2 A hold exactly when eta < (2 / B)(1 - 2 s / r).
; Proved = `unsat`.
(declare-const F Real)
(declare-const A Real)
(declare-const B Real)
(declare-const r Real)
(declare-const s Real)
(declare-const eta Real)
(declare-const cB Real)
(assert (and (> F 0.0) (> A 0.0) (> B 0.0) (> r 0.0) (> eta 0.0)))
(assert (and (>= s 0.0) (= (* s s A) F)))
(assert (= cB (- 1.0 (* (/ 1.0 2.0) B eta))))
(assert (not (= (and (> cB 0.0) (< (* 4.0 F) (* cB cB r r A))) (< (* eta B r) (* 2.0 (- r (* 2.0 s)))))))
(check-sat)
