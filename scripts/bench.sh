#!/usr/bin/env bash
# Verify against the script a researcher would write, side by side in one invocation: installs the peers if missing
# (Debian python3-torch, python3-numpy, time), builds Verify's CLI and bench/Verify.PeerBench in Release, and runs
# every workload in Verify and in its peer (PyTorch / NumPy, scripts/bench/*.py) alternately on identical inputs:
#   DGEMM 2000² (each library's rate), W1 a gradient step of Du et al.'s network (n = d = 1000, m = 4000, 16000),
#   W2 λ₀ = λ_min(H∞) (n = 2000, d = 1000), W3 λ_min(H(W)) (n = 1000, m = 4000), W5 a GD step of a deep network
#   (N = 1000, d = 500, widths [2000, 1000, 500, 1], tanh and ReLU; against PyTorch autograd and its own GEMMs; peak
#   RSS of the step alone in a child under /usr/bin/time -v vs the arrays it must hold), the m and n sweeps of the step
#   (log-log slopes), W4 `verify run du2019 --quick` under /usr/bin/time -v (wall time, peak RSS vs array bytes).
# Prints the table on stdout and writes reports/bench/{index.html,table.txt,scaling-m.png,scaling-n.png}.
#   scripts/bench.sh [--quick] [--reps N] [--only w1,w2,w3,w5,breakdown,scaling,w4]   (--help lists the options)
#   VERIFY_BACKEND=openblas scripts/bench.sh                     Verify on one backend only
#   VERIFY_BENCH_THREADS=N                                       threads on both sides (default 2)
# About 7 minutes on 2 quiet cores, W5 ~45 s of it (--quick: about 3); a comparison during which other processes took > 15 % of the
# CPUs is measured again (up to 3 times). The figures are printed, never enforced.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

python=/usr/bin/python3
peers=(python3-numpy python3-torch time)
missing=()
for p in "${peers[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=""
    if [[ $(id -u) != 0 ]]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    # apt-get update only when the package lists do not know a package yet.
    for p in "${missing[@]}"; do
        if ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [^(]'; then
            echo "bench: apt-get update (the package lists do not know $p)"
            $sudo apt-get update -qq
            break
        fi
    done
    echo "bench: installing ${missing[*]}"
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The same thread count on both sides; OpenBLAS's AVX-512 kernels for the peer too (Verify.Numerics sets this for its
# own OpenBLAS backend, but only inside its process).
threads=${VERIFY_BENCH_THREADS:-2}
export OMP_NUM_THREADS=$threads MKL_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads
if [[ -z ${OPENBLAS_CORETYPE:-} ]] && grep -qw avx512f /proc/cpuinfo; then
    export OPENBLAS_CORETYPE=SkylakeX
fi

build() {
    local attempt
    for attempt in 1 2 3; do
        if dotnet build "$1" -c Release --nologo -v quiet; then
            return 0
        fi
        echo "bench: build of $1 failed (attempt $attempt; another build may hold a file lock), retrying in 20 s" >&2
        sleep 20
    done
    return 1
}
build src/Verify.Cli
build bench/Verify.PeerBench

exec dotnet bench/Verify.PeerBench/bin/Release/net10.0/verify-peer-bench.dll --python "$python" "$@"
