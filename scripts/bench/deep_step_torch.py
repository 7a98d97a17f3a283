"""W5: one full-batch gradient-descent step of a deep feed-forward network, in PyTorch with autograd.

F_0 = X (N x d), F_l = act(F_{l-1} W_l) for the hidden layers, output F_L = s F_{L-1} W_L, no biases,
loss = 1/2 ||F_L - Y||_F^2 (no 1/N), every layer trained with one step size eta. The idiomatic fast way:
requires_grad parameters, forward, loss.backward(), an in-place update under torch.no_grad() and the gradients
dropped (w.grad = None), so autograd allocates its buffers anew each step as a researcher's loop does.
peer.py disables grad globally for the explicit peers; this one enables it locally around its own step.
result() reports ||W_l(k) - W_l(0)||_F for every layer and the loss at W(k) (one forward without grad, untimed):
Verify's descent reports the loss of the iterate it holds after k steps, the autograd step the loss before its update.
"""
import torch

from npy_inputs import tensor

ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu}


class DeepStep:
    def __init__(self, directory, parameters):
        self.x = tensor(directory, "x.npy")
        self.y = tensor(directory, "y.npy")
        depth = int(parameters["depth"])
        self.w = [tensor(directory, f"w{l}.npy").clone().requires_grad_(True) for l in range(1, depth + 1)]
        self.w0 = [w.detach().clone() for w in self.w]  # for result() only
        self.eta = float(parameters["eta"])
        self.scale = float(parameters["scale"])
        self.activation = ACTIVATIONS[parameters["activation"]]

    def forward(self):
        h = self.x
        for w in self.w[:-1]:
            h = self.activation(h @ w)
        return self.scale * (h @ self.w[-1])

    def run(self):
        with torch.enable_grad():
            loss = 0.5 * ((self.forward() - self.y) ** 2).sum()
            loss.backward()
        with torch.no_grad():
            for w in self.w:
                w -= self.eta * w.grad
                w.grad = None

    def result(self):
        with torch.no_grad():
            loss = 0.5 * ((self.forward() - self.y) ** 2).sum()
            return [torch.linalg.norm(w - w0) for w, w0 in zip(self.w, self.w0)] + [loss]
