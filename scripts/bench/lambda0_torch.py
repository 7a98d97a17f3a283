"""W2 with PyTorch: lambda_0 = lambda_min(H_inf), the same steps as lambda0_numpy.py with torch operations and
torch.linalg.eigvalsh (LAPACK syevd, all eigenvalues: PyTorch has no subset routine)."""
import math

import torch

from npy_inputs import tensor


class Lambda0Torch:
    def __init__(self, directory, parameters):
        self.x = tensor(directory, "x.npy")
        self.value = float("nan")
        self.eigensolver = parameters.get("until", "all") != "kernel"  # the breakdown stops before it

    def run(self):
        x = self.x
        g = x @ x.T                                   # GEMM n x d x n
        norms = torch.sqrt(torch.diagonal(g))
        h = g / norms[:, None]                        # rho
        h /= norms[None, :]
        h.clamp_(-1.0, 1.0)
        h.arccos_()
        h.neg_().add_(math.pi)                        # pi - arccos rho
        h *= g
        h *= 1.0 / (2.0 * math.pi)
        if self.eigensolver:
            self.value = torch.linalg.eigvalsh(h)[0].item()

    def result(self):
        return [self.value] if self.eigensolver else []
