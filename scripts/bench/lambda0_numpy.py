"""W2 with NumPy: lambda_0 = lambda_min(H_inf) from the inputs X (n x d, unit rows).

G = X X^T, rho_ij = G_ij / sqrt(G_ii G_jj) clipped to [-1, 1], H_inf_ij = G_ij (pi - arccos rho_ij) / (2 pi), then
the smallest eigenvalue with np.linalg.eigvalsh (LAPACK syevd, all eigenvalues: NumPy has no subset routine).
Elementwise passes work in place on one n x n buffer.
"""
import math

import numpy as np

from npy_inputs import array


class Lambda0NumPy:
    def __init__(self, directory, parameters):
        self.x = array(directory, "x.npy")
        self.value = float("nan")
        self.eigensolver = parameters.get("until", "all") != "kernel"  # the breakdown stops before it

    def run(self):
        x = self.x
        g = x @ x.T                                   # GEMM n x d x n
        norms = np.sqrt(np.diagonal(g))
        h = g / norms[:, None]                        # rho
        h /= norms[None, :]
        np.clip(h, -1.0, 1.0, out=h)
        np.arccos(h, out=h)
        np.subtract(math.pi, h, out=h)                # pi - arccos rho
        h *= g
        h *= 1.0 / (2.0 * math.pi)
        if self.eigensolver:
            self.value = np.linalg.eigvalsh(h)[0]

    def result(self):
        return [self.value] if self.eigensolver else []
