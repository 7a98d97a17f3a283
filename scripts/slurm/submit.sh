#!/usr/bin/env bash
# Submits a sweep to Slurm: a job array of N shards (sweep.sbatch) and a merge job (merge.sbatch) that runs when every
# shard has succeeded.
#   scripts/slurm/submit.sh PLAN N [--store-dir DIR] [--out DIR] [--wait] [-- SBATCH OPTION...]
# --store-dir  where the shard stores, all.db and the job logs go (default: ./<plan name>.sweep); on a cluster it
#              must be on a filesystem every node shares, as must PLAN and verify itself.
# --out        the merged report's folder (default: <store dir>/report).
# --wait       wait for the merge job and exit with its status (0 ok, 1 a counterexample, other: failed or cancelled).
# after --      options for both sbatch calls, e.g. --partition=cpu --time=02:00:00 --account=proj --cpus-per-task=4.
# The command that runs verify is $VERIFY (e.g. VERIFY=verify, or VERIFY="dotnet /shared/verify/verify.dll"), by
# default `dotnet <this repo>/src/Verify.Cli/bin/Release/net10.0/verify.dll`. The jobs inherit this shell's
# environment (PATH with dotnet, SLURM_CONF, module settings), as sbatch does by default.
set -euo pipefail

usage() { echo "usage: submit.sh PLAN N [--store-dir DIR] [--out DIR] [--wait] [-- SBATCH OPTION...]" >&2; exit 2; }
die() { echo "submit.sh: $*" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

[[ $# -ge 2 ]] || usage
plan=$1 shards=$2
shift 2
store_dir="" out="" wait=0 sbatch_options=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --store-dir) [[ $# -ge 2 ]] || usage; store_dir=$2; shift 2 ;;
        --out) [[ $# -ge 2 ]] || usage; out=$2; shift 2 ;;
        --wait) wait=1; shift ;;
        --) shift; sbatch_options=("$@"); break ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) usage ;;
    esac
done

[[ -f $plan ]] || die "no plan file '$plan'"
[[ $shards =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number of shards, got '$shards'"
command -v sbatch >/dev/null || die "sbatch not found: load Slurm (or, on this machine, run scripts/slurm/cluster.sh up and export SLURM_CONF as 'cluster.sh env' prints)"

# The jobs run elsewhere and later: every path they get is absolute.
plan=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")
if [[ -z $store_dir ]]; then
    store_dir="$PWD/$(basename "${plan%.json}").sweep"
fi
mkdir -p "$store_dir/logs"
store_dir=$(cd "$store_dir" && pwd)
out=${out:-$store_dir/report}
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

if [[ -n ${VERIFY:-} ]]; then
    read -ra verify <<<"$VERIFY"
else
    dll="$repo/src/Verify.Cli/bin/Release/net10.0/verify.dll"
    [[ -f $dll ]] || die "$dll not built (dotnet build Verify.sln -c Release), and VERIFY is not set"
    verify=(dotnet "$dll")
fi

array_id=$(sbatch --parsable --array="0-$((shards - 1))" --output="$store_dir/logs/sweep-%A_%a.out" \
    "${sbatch_options[@]}" "$here/sweep.sbatch" "$plan" "$store_dir" "$shards" "${verify[@]}")
array_id=${array_id%%;*}   # --parsable prints "id;cluster" on a multi-cluster site
echo "submit.sh: array job $array_id: $shards shard(s) of $plan into $store_dir (logs in $store_dir/logs)"

# kill-on-invalid-dep: when a shard fails, the merge job is cancelled instead of pending forever.
merge=(sbatch --parsable --dependency="afterok:$array_id" --kill-on-invalid-dep=yes --output="$store_dir/logs/merge-%j.out"
    "${sbatch_options[@]}")
merge_arguments=("$here/merge.sbatch" "$store_dir" "$shards" "$out" "${verify[@]}")
merge_id=$("${merge[@]}" "${merge_arguments[@]}")
merge_id=${merge_id%%;*}
echo "submit.sh: merge job $merge_id after it: $store_dir/all.db, report in $out"
[[ $wait == 1 ]] || exit 0

# A field of `scontrol -o show job ID` (one line per job, or per array task).
field() { grep -oE "(^| )$2=[^ ]*" <<<"$1" | cut -d= -f2; }

# Polled rather than `sbatch --wait`, which reports 0 for a job cancelled because its dependency failed.
echo "submit.sh: waiting for merge job $merge_id"
started=$SECONDS
while :; do
    line=$(scontrol -o show job "$merge_id" 2>/dev/null) || { echo "submit.sh: merge job $merge_id is no longer known to Slurm" >&2; exit 3; }
    state=$(field "$line" JobState)
    case $state in
        PENDING | CONFIGURING | RUNNING | COMPLETING | SUSPENDED | REQUEUED | RESIZING) ;;
        *) break ;;
    esac
    if ((SECONDS - started < 60)); then sleep 1; else sleep 10; fi
done
code=$(field "$line" ExitCode)
code=${code%%:*}
if [[ $state == COMPLETED || $state == FAILED ]]; then
    echo "submit.sh: merge job $merge_id $state with exit code $code (log: $store_dir/logs/merge-$merge_id.out)"
    exit "$code"
fi
reason=$(field "$line" Reason)
if [[ $reason != DependencyNeverSatisfied ]]; then
    # Timed out, out of memory, cancelled by hand, node failure: the merge can simply be submitted again.
    echo "submit.sh: merge job $merge_id ended $state ($reason) (log: $store_dir/logs/merge-$merge_id.out)" >&2
    [[ $code =~ ^[1-9][0-9]*$ ]] || code=3
    exit "$code"
fi
echo "submit.sh: merge job $merge_id was cancelled without running: a shard failed" >&2
# Name the shards that failed, and exit with the first one's code.
first=""
while read -r task; do
    task_state=$(field "$task" JobState)
    if [[ $task_state != COMPLETED ]]; then
        index=$(field "$task" ArrayTaskId) task_code=$(field "$task" ExitCode)
        echo "submit.sh: shard $index $task_state, exit code ${task_code%%:*} (log: $store_dir/logs/sweep-${array_id}_$index.out; rerun it with --array=$index)" >&2
        first=${first:-${task_code%%:*}}
    fi
done < <(scontrol -o show job "$array_id" 2>/dev/null || true)
code=${first:-3}
[[ $code != 0 ]] || code=3
exit "$code"
