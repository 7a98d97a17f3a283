"""Loading the inputs Verify wrote (float64, C order) as NumPy arrays or PyTorch tensors."""
import os

import numpy as np
import torch


def array(directory, name):
    values = np.load(os.path.join(directory, name))
    assert values.dtype == np.float64 and values.flags.c_contiguous, (name, values.dtype)
    return values


def tensor(directory, name):
    return torch.from_numpy(array(directory, name))
