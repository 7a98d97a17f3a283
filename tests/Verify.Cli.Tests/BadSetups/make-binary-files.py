#!/usr/bin/env python3
"""Writes the binary files of the bad-setup corpus (.npy files and UTF-16 text) byte by byte, without numpy.

Run from this folder: python3 make-binary-files.py. Every file is well under 2 KB.
"""
import struct

X = [[0.6, 0.8, 0.0], [0.0, 0.6, 0.8], [0.8, 0.0, 0.6], [1.0, 0.0, 0.0]]


def npy(descr, shape, data, fortran=False, header_dict=None):
    """A version 1.0 .npy file: magic, version, header length, the dict padded to 64 bytes, the data."""
    shape_text = "(%d,)" % shape[0] if len(shape) == 1 else "(" + ", ".join(str(n) for n in shape) + ")"
    text = header_dict or "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape_text)
    padding = 64 - (10 + len(text) + 1) % 64
    header = (text + " " * (padding % 64) + "\n").encode("latin1")
    return b"\x93NUMPY" + bytes([1, 0]) + struct.pack("<H", len(header)) + header + data


def f8(values):
    return b"".join(struct.pack("<d", v) for v in values)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


rows = [v for row in X for v in row]
write("26-d-zero-npy/x.npy", npy("<f8", (4, 0), b""))
write("27-npy-wrong-dtype/x.npy", npy("<i8", (4, 3), b"".join(struct.pack("<q", i) for i in range(12))))
write("28-npy-big-endian/x.npy", npy(">f8", (4, 3), b"".join(struct.pack(">d", v) for v in rows)))
write("29-npy-object-dtype/x.npy", npy("|O", (4, 3), b"\x80\x02]q\x00."))
write("30-npy-truncated/x.npy", npy("<f8", (4, 3), f8(rows)[:56]))
write("31-npy-bad-magic/x.npy", b"PK\x03\x04" + b"\x00" * 60)
nan_rows = list(rows)
nan_rows[3] = float("nan")
nan_rows[11] = float("inf")
write("36-nan-in-npy/x.npy", npy("<f8", (4, 3), f8(nan_rows)))
write("45-inputs-1d-npy/x.npy", npy("<f8", (4,), f8([0.1, 0.2, 0.3, 0.4])))
write("49-npy-header-without-shape/x.npy",
      npy("<f8", (4, 3), f8(rows), header_dict="{'descr': '<f8', 'fortran_order': False, }"))

csv = "x1,x2,x3\n" + "".join(",".join(repr(v) for v in row) + "\n" for row in X)
write("20-utf16-csv/x.csv", b"\xff\xfe" + csv.encode("utf-16-le"))
setup = open("09-width-zero/setup.json", encoding="utf-8").read().replace('"width": 0', '"width": 5')
write("38-setup-utf16/setup.json", b"\xfe\xff" + setup.encode("utf-16-be"))
