"""Writes the .npy files of this example with the standard library only (NumPy's format 1.0, float64, C order)."""
import math
import random
import struct


def save(name, rows):
    shape = f"({len(rows)}, {len(rows[0])})"
    header = f"{{'descr': '<f8', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    with open(name, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin1"))
        f.write(b"".join(struct.pack("<d", v) for row in rows for v in row))


rng = random.Random(7)
n, d, widths = 20, 5, [16, 8, 1]
x = [[rng.gauss(0, 1) for _ in range(d)] for _ in range(n)]
y = [[math.sin(sum(row) / 2)] for row in x]
save("x.npy", x)
save("y.npy", y)
fan_in = d
for layer, width in enumerate(widths, start=1):
    scale = 1 / math.sqrt(fan_in)  # LeCun: variance 1/n_{l-1}
    save(f"w{layer}.npy", [[rng.gauss(0, scale) for _ in range(width)] for _ in range(fan_in)])
    fan_in = width
