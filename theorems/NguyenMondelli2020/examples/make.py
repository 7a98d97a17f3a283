"""Writes the example setups' CSV files (Python 3, standard library only): python3 make.py"""
import math
import random


def gaussian(rng, rows, cols, scale=1.0):
    return [[rng.gauss(0.0, 1.0) * scale for _ in range(cols)] for _ in range(rows)]


def orthonormal_columns(rng, rows, cols):
    """Gram-Schmidt (twice) on the columns of a Gaussian rows x cols matrix."""
    a = gaussian(rng, rows, cols)
    q = []
    for j in range(cols):
        v = [a[i][j] for i in range(rows)]
        for _ in range(2):
            for u in q:
                dot = sum(v[i] * u[i] for i in range(rows))
                v = [v[i] - dot * u[i] for i in range(rows)]
        norm = math.sqrt(sum(x * x for x in v))
        q.append([x / norm for x in v])
    return [[q[j][i] for j in range(cols)] for i in range(rows)]


def write(path, matrix):
    with open(path, "w") as f:
        for row in matrix:
            f.write(",".join(repr(x) for x in row) + "\n")


def inputs(rng, n, d):
    x = gaussian(rng, n, d)
    return [[v * math.sqrt(d) / math.sqrt(sum(w * w for w in row)) for v in row] for row in x]


# special-init: N = 20, d = 10, widths [20, 8, 4, 1] (spec §5); W1 LeCun, W2 = 0, W3, W4 = alpha x orthonormal columns.
rng = random.Random(2020)
n, d, widths, alpha = 20, 10, [20, 8, 4, 1], 1.0e6
write("special-init/x.csv", inputs(rng, n, d))
write("special-init/y.csv", gaussian(rng, n, 1))
write("special-init/w1.csv", gaussian(rng, d, widths[0], 1 / math.sqrt(d)))
write("special-init/w2.csv", [[0.0] * widths[1] for _ in range(widths[0])])
write("special-init/w3.csv", [[alpha * v for v in row] for row in orthonormal_columns(rng, widths[1], widths[2])])
write("special-init/w4.csv", [[alpha * v for v in row] for row in orthonormal_columns(rng, widths[2], widths[3])])

# tanh: the same data shape, a tanh network drawn by the LeCun scheme.
rng = random.Random(2021)
write("tanh/x.csv", inputs(rng, n, d))
write("tanh/y.csv", gaussian(rng, n, 1))
