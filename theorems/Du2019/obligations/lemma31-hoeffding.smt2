; Du et al. 2019, Lemma 3.1 with the explicit Hoeffding constant [D] (shared/theorems/du2019.md §4, §7 (iv)).
; If every entry deviates by at most sqrt(l/(2m)) with l = log(2 n^2 / delta1) > 0 (kept as a
; positive constant), then m >= 8 n^2 l / lambda0^2 gives n sqrt(l/(2m)) <= lambda0/4, hence
; ||H(0) - H_inf||_2 <= ||.||_F <= lambda0/4. e is the entrywise deviation bound, e >= 0, e^2 = l/(2m).
; Proved = `unsat`.
(declare-const n Real)
(declare-const m Real)
(declare-const lambda0 Real)
(declare-const l Real)
(declare-const e Real)
(assert (>= n 1.0))
(assert (> m 0.0))
(assert (> lambda0 0.0))
(assert (> l 0.0))
(assert (and (>= e 0.0) (= (* e e 2.0 m) l)))
(assert (>= (* m lambda0 lambda0) (* 8.0 n n l)))
(assert (not (<= (* n e) (/ lambda0 4.0))))
(check-sat)
