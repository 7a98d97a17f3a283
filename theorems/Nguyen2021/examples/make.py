"""Writes the example setups' CSV files (Python 3, standard library only): python3 make.py"""
import math
import random


def gaussian(rng, rows, cols, scale=1.0):
    return [[rng.gauss(0.0, 1.0) * scale for _ in range(cols)] for _ in range(rows)]


def write(path, matrix):
    with open(path, "w") as f:
        for row in matrix:
            f.write(",".join(repr(x) for x in row) + "\n")


def inputs(rng, n, d):
    x = gaussian(rng, n, d)
    return [[v * math.sqrt(d) / math.sqrt(sum(w * w for w in row)) for v in row] for row in x]


def outputs(x, w1, w2):
    """F_2 = relu(X W1) W2 (no biases, output scale 1)."""
    hidden = [[max(0.0, sum(row[k] * w1[k][j] for k in range(len(row)))) for j in range(len(w1[0]))] for row in x]
    return [[sum(h[j] * w2[j][c] for j in range(len(h))) for c in range(len(w2[0]))] for h in hidden]


# teacher-perturbed: N = 8, d = 8, widths [1024, 1]; W1 LeCun, W2 = 0.1 x LeCun (an output layer scaled down so that
# (H0) holds with a margin); Y = F_2(theta_0) + 1e-4 Z (spec section 6, E3).
rng = random.Random(2021)
n, d, width, scale, epsilon = 8, 8, 1024, 0.1, 1.0e-4
x = inputs(rng, n, d)
w1 = gaussian(rng, d, width, 1 / math.sqrt(d))
w2 = gaussian(rng, width, 1, scale / math.sqrt(width))
z = gaussian(rng, n, 1)
y = [[f + epsilon * e for f, e in zip(frow, zrow)] for frow, zrow in zip(outputs(x, w1, w2), z)]
write("teacher-perturbed/x.csv", x)
write("teacher-perturbed/y.csv", y)
write("teacher-perturbed/w1.csv", w1)
write("teacher-perturbed/w2.csv", w2)

# random-labels: the same shape of data, widths [64, 1] drawn by the LeCun scheme, y ~ N(0, 1): beyond scope.
rng = random.Random(2022)
write("random-labels/x.csv", inputs(rng, n, d))
write("random-labels/y.csv", gaussian(rng, n, 1))
