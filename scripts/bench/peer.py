#!/usr/bin/python3
"""The peer of Verify's side-by-side benchmark (scripts/bench.sh, bench/Verify.PeerBench).

One long-lived process: it loads workloads from the .npy files Verify wrote and runs them on request, timing
each run with its own clock, so neither the pipe nor start-up is counted. One request per line on stdin, one
reply per line on stdout ("ok ..." or "error ..."):

    info                          versions and thread settings
    load ID KIND DIR [K=V ...]    load workload KIND (see WORKLOADS) from DIR under the handle ID
    run ID                        run it once; replies the seconds (time.perf_counter around the call)
    result ID                     numbers from the last run, for Verify's agreement check
    unload ID                     free it
    quit

Threads: OMP_NUM_THREADS, MKL_NUM_THREADS and OPENBLAS_NUM_THREADS come from scripts/bench.sh (the same for
Verify's process); torch.set_num_threads uses the same count. float64 everywhere.
"""
import gc
import os
import platform
import sys
import time

sys.dont_write_bytecode = True  # leave no __pycache__ in scripts/bench

THREADS = int(os.environ.get("OMP_NUM_THREADS", "2"))
for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(variable, str(THREADS))  # before numpy and torch load their BLAS

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(THREADS)
torch.set_grad_enabled(False)  # the explicit forward/backward peers; W5 (deep_step_torch) enables autograd locally

from deep_step_torch import DeepStep  # noqa: E402
from dgemm_torch import Dgemm  # noqa: E402
from eigvalsh_peers import EigvalshNumPy, EigvalshTorch  # noqa: E402
from gradient_step_torch import GradientStep  # noqa: E402
from lambda0_numpy import Lambda0NumPy  # noqa: E402
from lambda0_torch import Lambda0Torch  # noqa: E402
from ntk_torch import NtkLambdaMin  # noqa: E402

WORKLOADS = {
    "dgemm-torch": Dgemm,
    "step-torch": GradientStep,
    "deep-step-torch": DeepStep,
    "lambda0-numpy": Lambda0NumPy,
    "lambda0-torch": Lambda0Torch,
    "ntk-torch": NtkLambdaMin,
    "eigvalsh-numpy": EigvalshNumPy,
    "eigvalsh-torch": EigvalshTorch,
}


def info():
    return (f"Python {platform.python_version()}, NumPy {np.__version__}, PyTorch {torch.__version__} "
            f"(torch threads {torch.get_num_threads()}, parallel backend OpenMP, BLAS/LAPACK: "
            f"{blas_library()})")


def blas_library():
    """The BLAS shared objects mapped into this process (torch and NumPy link the system's libblas.so.3)."""
    try:
        with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
            names = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
        return ", ".join(sorted(os.path.realpath(n) for n in names if n.startswith("/"))) or "unknown"
    except OSError:
        return "unknown"


def serve(requests, replies):
    loaded = {}
    for line in requests:
        words = line.split()
        if not words:
            continue
        command, args = words[0], words[1:]
        try:
            if command == "quit":
                return
            if command == "info":
                reply = info()
            elif command == "load":
                handle, kind, directory = args[:3]
                parameters = dict(a.split("=", 1) for a in args[3:])
                loaded[handle] = WORKLOADS[kind](directory, parameters)
                reply = ""
            elif command == "run":
                workload = loaded[args[0]]
                gc.collect()
                start = time.perf_counter()
                workload.run()
                reply = repr(time.perf_counter() - start)
            elif command == "result":
                reply = " ".join(repr(float(v)) for v in loaded[args[0]].result())
            elif command == "unload":
                del loaded[args[0]]
                gc.collect()
                reply = ""
            else:
                raise ValueError(f"unknown command {command!r}")
            replies.write(f"ok {reply}\n" if reply else "ok\n")
        except Exception as error:  # report to Verify, keep serving
            replies.write(f"error {type(error).__name__}: {error}\n".replace("\n", " ").rstrip() + "\n")
        replies.flush()


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
