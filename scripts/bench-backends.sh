#!/usr/bin/env bash
# Installs what Verify needs (idempotent), builds the backend benchmark in Release and runs it: median GFLOP/s of a
# 2000x2000 DGEMM and times of a 1000x1000 symmetric eigen-decomposition and a 1000x500 SVD on every backend that
# loads (MKL, OpenBLAS, managed), with the speed-up over managed. Not part of `dotnet test`.
#   scripts/bench-backends.sh [--reps N] [--quick]      arguments go to the benchmark (--help lists them)
#   VERIFY_BACKEND=openblas scripts/bench-backends.sh   measure one backend alone in its process
# About 1.5 minutes on 2 cores (--quick: about 20 s). The report goes to stdout, progress to stderr. The machine's
# other load is reported per workload ("noise:"); rerun when it is high.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
dotnet build bench/Verify.Benchmarks -c Release --nologo -v quiet
exec dotnet bench/Verify.Benchmarks/bin/Release/net10.0/verify-bench.dll "$@"
