"""The eigensolver alone, on the H that Verify computed and wrote (h.npy): np.linalg.eigvalsh and
torch.linalg.eigvalsh, both LAPACK syevd for all eigenvalues. For the breakdown of W2 and W3."""
import numpy as np
import torch

from npy_inputs import array, tensor


class EigvalshNumPy:
    def __init__(self, directory, parameters):
        self.h = array(directory, "h.npy")
        self.value = float("nan")

    def run(self):
        self.value = np.linalg.eigvalsh(self.h)[0]

    def result(self):
        return [self.value]


class EigvalshTorch:
    def __init__(self, directory, parameters):
        self.h = tensor(directory, "h.npy")
        self.value = float("nan")

    def run(self):
        self.value = torch.linalg.eigvalsh(self.h)[0].item()

    def result(self):
        return [self.value]
