; Razborov 2022 module, two-rate certificate: the feature map F(W) = kappa relu(X W^T) is Lipschitz [D]
; (theorems/Razborov2022/README.md, "Proof", step P1). For any W, W' (m x d): dF = ||F(W') - F(W)||_2, dFF = ||F(W') - F(W)||_F,
; dS = ||relu(Z') - relu(Z)||_F with Z = X W^T, Z' = X W'^T, dZ = ||Z' - Z||_F = ||X (W' - W)^T||_F, dW = ||W' - W||_F,
; kap = kappa > 0, x >= ||X||_2.
; Premises: ||.||_2 <= ||.||_F (N1); F = kappa relu(Z) entrywise (dFF = kap dS); relu is 1-Lipschitz entrywise (N6,
; dS <= 1 dZ); N1 (||X M||_F <= ||X||_2 ||M||_F, so dZ <= x dW). Conclusion: dF <= kap x dW. Proved = `unsat`.
(declare-const dF Real)
(declare-const dFF Real)
(declare-const dS Real)
(declare-const dZ Real)
(declare-const dW Real)
(declare-const kap Real)
(declare-const x Real)
(assert (and (> kap 0.0) (>= x 0.0) (>= dF 0.0) (>= dS 0.0) (>= dZ 0.0) (>= dW 0.0)))
(assert (<= dF dFF))
(assert (= dFF (* kap dS)))
(assert (<= dS (* 1.0 dZ)))
(assert (<= dZ (* x dW)))
(assert (not (<= dF (* kap x dW))))
(check-sat)
