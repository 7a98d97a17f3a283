#!/usr/bin/env bash
# Installs the system packages Verify needs, idempotently. Fast no-op when everything is present.
# (chromium: headless, for the browser check of the HTML reports in tests/Verify.Cli.Tests/Browser.)
#   scripts/setup.sh [--no-mkl] [--no-slurm]
# Intel MKL comes from Debian's non-free component: when it is not enabled, this script enables it
# (and says so). MKL is installed without becoming the system's default BLAS/LAPACK alternative.
# Slurm and munge are for the sweep integration test's single-node cluster, which scripts/slurm/cluster.sh
# configures and starts itself.
set -euo pipefail

want_mkl=1
want_slurm=1
for arg in "$@"; do
    case "$arg" in
        --no-mkl) want_mkl=0 ;;
        --no-slurm) want_slurm=0 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$arg' (expected --no-mkl or --no-slurm)" >&2; exit 2 ;;
    esac
done

packages=(libopenblas0-pthread libz3-4 libgomp1 fonts-dejavu-core chromium)
if [[ $want_mkl == 1 ]]; then packages+=(libmkl-rt); fi
if [[ $want_slurm == 1 ]]; then packages+=(slurmctld slurmd slurm-client munge); fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} == 0 ]]; then
    echo "setup: all present (${packages[*]})"
    exit 0
fi

sudo=""
if [[ $(id -u) != 0 ]]; then sudo="sudo"; fi

enable_non_free() {
    local changed=0
    if [[ -f /etc/apt/sources.list.d/debian.sources ]] && ! grep -Eq '^Components:.*\bnon-free\b' /etc/apt/sources.list.d/debian.sources; then
        $sudo sed -i -E 's/^(Components:.*\bmain\b.*)$/\1 non-free/' /etc/apt/sources.list.d/debian.sources
        changed=1
    fi
    if [[ -f /etc/apt/sources.list ]] && grep -Eq '^deb .*debian.* main' /etc/apt/sources.list \
        && ! grep -Eq '^deb .*debian.* main.*\bnon-free\b' /etc/apt/sources.list; then
        $sudo sed -i -E '/^deb .*debian/ s/( main)(.*)$/\1\2 non-free/' /etc/apt/sources.list
        changed=1
    fi
    if [[ $changed == 1 ]]; then
        echo "setup: enabled Debian's non-free component in the apt sources (Intel MKL lives there)"
    fi
}

if [[ " ${missing[*]} " == *" libmkl-rt "* ]]; then
    enable_non_free
    # Keep the reference BLAS/OpenBLAS as the system default: MKL is loaded by path, not by alternative.
    echo "libmkl-rt libmkl-rt/use-as-default-blas-lapack boolean false" | $sudo debconf-set-selections
    echo "libmkl-rt libmkl-rt/exact-so-3-selections select libblas.so.3, libblas64.so.3, libcblas.so.3, liblapack.so.3, liblapack64.so.3" | $sudo debconf-set-selections 2>/dev/null || true
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
