"""W3 with PyTorch: lambda_min(H(W)), H = (X X^T) o (P P^T) / m with P = 1{X W^T >= 0}, from X (n x d) and W (m x d).

Three GEMMs (X X^T, X W^T, P P^T), the Hadamard product in place, torch.linalg.eigvalsh (all eigenvalues)."""
import torch

from npy_inputs import tensor


class NtkLambdaMin:
    def __init__(self, directory, parameters):
        self.x = tensor(directory, "x.npy")
        self.w = tensor(directory, "w.npy")
        self.value = float("nan")
        self.eigensolver = parameters.get("until", "all") != "kernel"  # the breakdown stops before it

    def run(self):
        x, w = self.x, self.w
        m = w.shape[0]
        g = x @ x.T                                   # GEMM n x d x n
        p = (x @ w.T >= 0).to(torch.float64)          # GEMM n x d x m, then the pattern
        h = p @ p.T                                   # GEMM n x m x n
        h *= g
        h /= m
        if self.eigensolver:
            self.value = torch.linalg.eigvalsh(h)[0].item()

    def result(self):
        return [self.value] if self.eigensolver else []
