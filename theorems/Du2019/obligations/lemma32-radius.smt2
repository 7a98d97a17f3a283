; Du et al. 2019, Lemma 3.2 radius identity [D] (shared/theorems/du2019.md §4 "Lemma 3.2 radius", §7 (iii)).
; At R = sqrt(2 pi) delta2 lambda0 / (16 n^2), the expected flip bound of Lemma 3.2,
; 4 n^2 R / (sqrt(2 pi) delta2), equals lambda0/4 exactly (so Markov gives ||H(W) - H(0)|| <= lambda0/4).
; t = sqrt(2 pi) is a positive variable with t^2 = 2 pi. Proved = `unsat`.
(declare-const n Real)
(declare-const lambda0 Real)
(declare-const delta2 Real)
(declare-const pi Real)
(declare-const t Real)
(declare-const r Real)
(assert (>= n 1.0))
(assert (> lambda0 0.0))
(assert (> delta2 0.0))
(assert (>= pi 3.14159))
(assert (<= pi 3.14160))
(assert (and (> t 0.0) (= (* t t) (* 2.0 pi))))
(assert (= r (/ (* t delta2 lambda0) (* 16.0 n n))))
(assert (not (= (/ (* 4.0 n n r) (* t delta2)) (/ lambda0 4.0))))
(check-sat)
