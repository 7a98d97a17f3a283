"""Writes the example setups' CSV files (Python 3, standard library only): python3 make.py"""
import random


def gaussian(rng, rows, cols):
    return [[rng.gauss(0.0, 1.0) for _ in range(cols)] for _ in range(rows)]


def write(path, matrix):
    with open(path, "w") as f:
        for row in matrix:
            f.write(",".join(repr(x) for x in row) + "\n")


# n = 4 Gaussian inputs in d = 16 (linearly independent with probability 1) and Gaussian targets, shared by both examples.
rng = random.Random(2203)
x = gaussian(rng, 4, 16)
y = gaussian(rng, 4, 1)
for folder in ("positive-tanh", "softplus-no-bias"):
    write(f"{folder}/x.csv", x)
    write(f"{folder}/y.csv", y)
