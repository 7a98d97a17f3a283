; Nguyen & Mondelli 2020, derived theorem: the telescoped path length, induction step [D]
; (theorems/NguyenMondelli2020/README.md, step A8). s0 = sqrt(Phi_0), s = sqrt(Phi_k), sn = sqrt(Phi_{k+1});
; prev = sum_{j<k} eta ||g_j||, sum = prev + eta ||g_k|| with gn = ||g_k||; sq = sqrt(2 mu) > 0.
; Premises: the induction hypothesis prev sq <= 4 (s0 - s) (at k = 0: prev = 0, s = s0), and the conclusion of
; path-step.smt2, stated identically. Conclusion: sum sq <= 4 (s0 - sn). Proved = `unsat`.
(declare-const eta Real)
(declare-const sq Real)
(declare-const s0 Real)
(declare-const s Real)
(declare-const sn Real)
(declare-const gn Real)
(declare-const prev Real)
(declare-const sum Real)
(assert (> eta 0.0))
(assert (> sq 0.0))
(assert (and (>= s0 0.0) (>= s 0.0) (>= sn 0.0)))
(assert (<= (* prev sq) (* 4.0 (- s0 s))))
(assert (<= (* eta gn sq) (* 4.0 (- s sn))))
(assert (= sum (+ prev (* eta gn))))
(assert (not (<= (* sum sq) (* 4.0 (- s0 sn)))))
(check-sat)
