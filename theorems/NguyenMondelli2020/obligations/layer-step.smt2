; Nguyen & Mondelli 2020, explicit Hessian bound: one layer of the recursion for A_l and B_l [D]
; (theorems/NguyenMondelli2020/README.md, steps B3 and B4). Along theta + t V, with v = ||V_l||_F, sp^2 = sum_{j<l} ||V_j||_F^2,
; s^2 = sp^2 + v^2: ap = ||dF_{l-1}[V]||_F <= Ap sp and bp = ||d^2F_{l-1}[V,V]||_F <= Bp sp^2 (induction hypothesis;
; at l = 1: ap = bp = Ap = Bp = 0), w >= ||W_l||_2 on the ball, f >= ||F_{l-1}||_2 on the ball (phi_{l-1} of README.md).
; Premises from linear algebra (README.md, B3): c = ||dZ_l||_F <= w ap + f v; a = ||dF_l||_F <= c (|sigma'| <= 1, or
; F_L = Z_L); b = ||d^2F_l||_F <= h beta c^2 + w bp + 2 ap v, with h = 1 for a hidden layer (|sigma''| <= beta) and
; h = 0 for the linear output layer. The recursion: A >= 0, A^2 = w^2 Ap^2 + f^2, B = h beta A^2 + w Bp + Ap.
; Conclusion: a <= A s and b <= B s^2. Proved = `unsat`.
(declare-const w Real)
(declare-const f Real)
(declare-const beta Real)
(declare-const h Real)
(declare-const v Real)
(declare-const sp Real)
(declare-const s Real)
(declare-const ap Real)
(declare-const bp Real)
(declare-const Ap Real)
(declare-const Bp Real)
(declare-const c Real)
(declare-const a Real)
(declare-const b Real)
(declare-const A Real)
(declare-const B Real)
(assert (and (>= w 0.0) (>= f 0.0) (>= beta 0.0)))
(assert (or (= h 0.0) (= h 1.0)))
(assert (and (>= v 0.0) (>= sp 0.0) (>= s 0.0) (= (* s s) (+ (* sp sp) (* v v)))))
(assert (and (>= ap 0.0) (<= ap (* Ap sp))))
(assert (and (>= bp 0.0) (<= bp (* Bp sp sp))))
(assert (and (>= Ap 0.0) (>= Bp 0.0)))
(assert (and (>= c 0.0) (<= c (+ (* w ap) (* f v)))))
(assert (and (>= a 0.0) (<= a c)))
(assert (and (>= b 0.0) (<= b (+ (* h beta c c) (* w bp) (* 2.0 ap v)))))
(assert (and (>= A 0.0) (= (* A A) (+ (* w w Ap Ap) (* f f)))))
(assert (= B (+ (* h beta A A) (* w Bp) Ap)))
(assert (not (and (<= a (* A s)) (<= b (* B s s)))))
(check-sat)
