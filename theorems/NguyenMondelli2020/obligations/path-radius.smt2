; Nguyen & Mondelli 2020, derived theorem: the path length stays within R [D]
; (theorems/NguyenMondelli2020/README.md, step A8). sum = sum_{j<=k} eta ||g_j||, s0 = sqrt(Phi_0), sn = sqrt(Phi_{k+1}) >= 0,
; sq = sqrt(2 mu) > 0, p = sqrt(2 Phi_0), R >= 0 with R^2 mu = 4 p^2 (R = 2 sqrt(2 Phi_0 / mu), as in
; radius-identity.smt2); dist = ||theta_{k+1} - theta_0|| <= sum (triangle inequality over the steps).
; Premise: the conclusion of path-sum.smt2, stated identically. Conclusion: sum <= R and dist <= R. Proved = `unsat`.
(declare-const mu Real)
(declare-const sq Real)
(declare-const phi0 Real)
(declare-const s0 Real)
(declare-const sn Real)
(declare-const p Real)
(declare-const R Real)
(declare-const sum Real)
(declare-const dist Real)
(assert (> mu 0.0))
(assert (and (> sq 0.0) (= (* sq sq) (* 2.0 mu))))
(assert (and (>= s0 0.0) (= (* s0 s0) phi0)))
(assert (and (>= p 0.0) (= (* p p) (* 2.0 phi0))))
(assert (>= sn 0.0))
(assert (and (>= R 0.0) (= (* R R mu) (* 4.0 p p))))
(assert (<= (* sum sq) (* 4.0 (- s0 sn))))
(assert (<= dist sum))
(assert (not (and (<= sum R) (<= dist R))))
(check-sat)
