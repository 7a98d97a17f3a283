"""W1: one full-batch gradient-descent step of Du et al.'s two-layer ReLU network, in PyTorch.

f(W, a, x) = (1/sqrt(m)) sum_r a_r relu(w_r^T x), loss 1/2 ||u - y||^2, gradient descent on W only, a fixed.
The step uses EXPLICIT forward/backward (no autograd: torch.set_grad_enabled(False) in peer.py), with the same two
GEMMs as Verify, preallocated buffers (out=) and an in-place update of W:
    Z = X W^T                       GEMM n x d x m
    u = relu(Z) a / sqrt(m)
    E = diag(u - y) 1{Z >= 0} diag(a)
    grad = E^T X / sqrt(m)          GEMM m x n x d
    W -= eta * grad
Verify's step does the same work in the order backward (on the Z of the previous forward), update, forward; after
k steps from the same W(0) both hold the same W(k), which result() reports as ||W(k) - W(0)||_F.
"""
import math

import torch

from npy_inputs import tensor


class GradientStep:
    def __init__(self, directory, parameters):
        self.x = tensor(directory, "x.npy")
        self.y = tensor(directory, "y.npy")
        self.w = tensor(directory, "w.npy")
        self.a = tensor(directory, "a.npy")
        self.w0 = self.w.clone()  # for result() only
        self.eta = float(parameters["eta"])
        n, d = self.x.shape
        m = self.w.shape[0]
        self.scale = 1.0 / math.sqrt(m)
        self.z = torch.empty(n, m, dtype=torch.float64)
        self.relu = torch.empty(n, m, dtype=torch.float64)
        self.mask = torch.empty(n, m, dtype=torch.bool)
        self.e = torch.empty(n, m, dtype=torch.float64)
        self.u = torch.empty(n, dtype=torch.float64)
        self.residual = torch.empty(n, dtype=torch.float64)
        self.gradient = torch.empty(m, d, dtype=torch.float64)

    def run(self):
        torch.mm(self.x, self.w.t(), out=self.z)                  # Z = X W^T
        torch.clamp(self.z, min=0.0, out=self.relu)                # relu(Z)
        torch.mv(self.relu, self.a, out=self.u)                    # u = relu(Z) a / sqrt(m)
        self.u.mul_(self.scale)
        torch.sub(self.u, self.y, out=self.residual)               # u - y
        torch.ge(self.z, 0.0, out=self.mask)                       # 1{Z >= 0}
        torch.outer(self.residual, self.a, out=self.e)             # diag(u - y) 1 diag(a)
        self.e.mul_(self.mask)                                     # E
        torch.mm(self.e.t(), self.x, out=self.gradient)            # E^T X
        self.w.add_(self.gradient, alpha=-self.eta * self.scale)   # W -= eta E^T X / sqrt(m)

    def result(self):
        return [torch.linalg.norm(self.w - self.w0)]
