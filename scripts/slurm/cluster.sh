#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for the sweep integration test and for trying the Slurm scripts.
#   scripts/slurm/cluster.sh up|down|status|env
# up      installs slurmctld, slurmd, slurm-client and munge if missing (Debian, as root), writes a munge key and a
#         slurm.conf for this host into the state directory, starts munged, slurmctld and slurmd (each only if it is
#         not already running) and waits until the node is idle. Idempotent.
# down    stops slurmd, slurmctld and munged by their pid files.
# status  says which daemons run and prints sinfo.
# env     prints the export line that points the Slurm commands (sbatch, squeue, ...) at this cluster.
# The state directory is $VERIFY_SLURM_DIR (default /var/lib/verify-slurm): slurm.conf, the munge key and socket,
# Slurm's state, pid files and logs. Clients need SLURM_CONF=<state dir>/slurm.conf (see `env`).
# No systemd here: the daemons are started directly, and no cgroup plugin is configured (it stops slurmd starting).
set -euo pipefail

dir=${VERIFY_SLURM_DIR:-/var/lib/verify-slurm}
timeout=${VERIFY_SLURM_TIMEOUT:-60}
conf="$dir/slurm.conf"
munge_dir="$dir/munge"
host=$(hostname -s)

die() { echo "cluster.sh: $*" >&2; exit 1; }

# Whether the pid in FILE is alive and runs the program NAME (a stale pid file may name a reused pid).
running() {
    local file=$1 name=$2 pid
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/comm ]] && [[ $(</proc/"$pid"/comm) == "$name" ]]
}

install_packages() {
    local packages=(slurmctld slurmd slurm-client munge) missing=() p
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [[ ${#missing[@]} == 0 ]] && return 0
    [[ $(id -u) == 0 ]] || die "Slurm packages missing (${missing[*]}) and not root: install them with apt-get as root, or run this as root"
    echo "cluster.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || die "apt-get update failed"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
}

write_munge_key() {
    install -d -o munge -g munge -m 755 "$munge_dir"
    if [[ ! -s $munge_dir/munge.key ]]; then
        # Created once: a new key would make stored credentials of a running cluster invalid.
        (umask 277 && dd if=/dev/urandom of="$munge_dir/munge.key" bs=1024 count=1 status=none)
    fi
    # Again each time: reinstalling munge may give its user another uid.
    chown -R munge:munge "$munge_dir"
    chmod 400 "$munge_dir/munge.key"
}

slurm_conf() {
    cat <<EOF
# Written by scripts/slurm/cluster.sh: a single-node cluster on $host.
ClusterName=verify
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$munge_dir/munge.socket
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
# Memory is not a consumable: the node's RealMemory is not declared, so tasks would otherwise run one at a time.
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
ReturnToService=2
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=verify Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
}

stop() {
    local file=$1 name=$2 pid i
    if running "$file" "$name"; then
        pid=$(<"$file")
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do
            [[ -d /proc/$pid ]] || break
            sleep 0.1
        done
        if [[ -d /proc/$pid ]]; then
            echo "cluster.sh: $name (pid $pid) did not stop within 10 s; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "cluster.sh: stopped $name"
    fi
    rm -f "$file"
}

node_state() {
    SLURM_CONF=$conf sinfo -h -N -n "$host" -o %T 2>/dev/null | head -n 1
}

up() {
    install_packages
    install -d -m 755 "$dir" "$dir/state" "$dir/spool" "$dir/run" "$dir/log"
    write_munge_key

    local new
    new=$(slurm_conf)
    if [[ ! -f $conf || $(<"$conf") != "$new" ]]; then
        # A changed configuration (another host name or CPU count) needs the daemons restarted to take effect.
        stop "$dir/run/slurmd.pid" slurmd
        stop "$dir/run/slurmctld.pid" slurmctld
        printf '%s\n' "$new" >"$conf"
    fi

    if ! running "$munge_dir/munged.pid" munged; then
        runuser -u munge -- munged --key-file="$munge_dir/munge.key" --socket="$munge_dir/munge.socket" \
            --pid-file="$munge_dir/munged.pid" --log-file="$munge_dir/munged.log" --seed-file="$munge_dir/munged.seed" \
            </dev/null >>"$dir/log/munged.start.log" 2>&1 \
            || die "munged did not start; see $munge_dir/munged.log and $dir/log/munged.start.log"
    fi
    # Daemons get no terminal and no inherited pipes: a caller reading our output would otherwise wait for them.
    if ! running "$dir/run/slurmctld.pid" slurmctld; then
        slurmctld -f "$conf" </dev/null >>"$dir/log/slurmctld.start.log" 2>&1 \
            || die "slurmctld did not start; see $dir/log/slurmctld.log and $dir/log/slurmctld.start.log"
    fi
    if ! running "$dir/run/slurmd.pid" slurmd; then
        slurmd -f "$conf" </dev/null >>"$dir/log/slurmd.start.log" 2>&1 \
            || die "slurmd did not start; see $dir/log/slurmd.log and $dir/log/slurmd.start.log"
    fi

    local deadline=$((SECONDS + timeout)) state=""
    while ((SECONDS < deadline)); do
        state=$(node_state)
        case $state in
            idle | mixed | allocated | completing)
                echo "cluster.sh: node $host is $state (SLURM_CONF=$conf)"
                return 0
                ;;
        esac
        sleep 0.5
    done
    die "node $host not idle after ${timeout} s (state: '${state:-none}'); see $dir/log/slurmctld.log and $dir/log/slurmd.log"
}

down() {
    stop "$dir/run/slurmd.pid" slurmd
    stop "$dir/run/slurmctld.pid" slurmctld
    stop "$munge_dir/munged.pid" munged
}

status() {
    local code=0 file name
    for pair in "$munge_dir/munged.pid:munged" "$dir/run/slurmctld.pid:slurmctld" "$dir/run/slurmd.pid:slurmd"; do
        file=${pair%:*} name=${pair##*:}
        if running "$file" "$name"; then echo "$name: running (pid $(<"$file"))"; else echo "$name: stopped"; code=3; fi
    done
    if [[ $code == 0 ]]; then SLURM_CONF=$conf sinfo || code=3; fi
    return "$code"
}

case ${1:-} in
    up) up ;;
    down) down ;;
    status) status ;;
    env) echo "export SLURM_CONF=$conf" ;;
    -h | --help) sed -n '2,12p' "$0" ;;
    *) echo "usage: cluster.sh up|down|status|env" >&2; exit 2 ;;
esac
