#!/usr/bin/env bash
# What `ErrorLayer` costs a real server: requests per second of
# benches/examples/layer_server.rs under wrk over loopback, the server
# pinned to one core and wrk to another, for
#   success: GET /ok, a bare axum router against the same router with ErrorLayer;
#   error:   GET /error, an error body built by hand against ApiError through ErrorLayer.
# Each path is measured in PAIRS alternating pairs (bare then layer, then
# layer then bare, ...), so that a slow phase of a shared machine falls on
# both sides. Each pair gives two ratios layer/bare: of wrk's requests per
# second, and of requests per second of the server's own CPU time (from
# /proc/PID/stat), which other processes on a shared machine disturb far
# less. The script prints every run, every ratio, and the median ratios per
# path (the goal on success: 0.97 or better). docs/guides/performance.md
# has the figures and the method.
#
# Usage: scripts/layer-throughput.sh [layer mode] [bare mode]
#   layer mode: `layer` (default), `outer` (ErrorLayer around the whole
#   router instead of `Router::layer`) or `metrics` (ErrorLayer with
#   metrics, which builds the server with the benches' `metrics` feature);
#   bare mode: `bare` (default) or `noop` (the bare routes with a layer that
#   does nothing: `layer` against `noop` is the layer's own cost, without
#   what axum's `Router::layer` costs any layer).
# Environment: PAIRS (default 4), DURATION seconds per run (default 10),
#   CONNECTIONS (default 16), SERVER_CPU (default 0), CLIENT_CPU (default 1),
#   PORT (default 38917), NO_BUILD=1 to use the server already built,
#   SERVER=PATH to use that build of the server (say, one of another commit).
# Needs wrk (Debian package `wrk`) and taskset (util-linux).
set -euo pipefail
cd "$(dirname "$0")/.."

layer=${1:-layer}
base=${2:-bare}
pairs=${PAIRS:-4}
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
server_cpu=${SERVER_CPU:-0}
client_cpu=${CLIENT_CPU:-1}
port=${PORT:-38917}

for tool in wrk taskset; do
  command -v "$tool" >/dev/null || {
    echo "layer-throughput: $tool is missing (apt-get install wrk util-linux)" >&2
    exit 2
  }
done

features=()
[ "$layer" = metrics ] && features=(--features metrics)
target=${CARGO_TARGET_DIR:-target}
server=${SERVER:-$target/release/examples/layer_server}
if [ -z "${NO_BUILD:-}" ] && [ -z "${SERVER:-}" ]; then
  cargo build --release -q -p error-codes-benches "${features[@]}" --example layer_server
fi

pid=
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}
trap stop EXIT

# The server's CPU time so far (user + system), in clock ticks.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# `requests/s µs-of-server-CPU/request` of `mode` on `path`.
measure() {
  local mode=$1 path=$2 before after out
  taskset -c "$server_cpu" "$server" "$mode" "$port" &
  pid=$!
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.05
  done
  # A short warm-up (connections, allocator), not counted.
  taskset -c "$client_cpu" wrk -t1 -c"$connections" -d2s "http://127.0.0.1:$port$path" >/dev/null
  before=$(cpu_ticks "$pid")
  out=$(taskset -c "$client_cpu" wrk -t1 -c"$connections" -d"${duration}s" "http://127.0.0.1:$port$path")
  after=$(cpu_ticks "$pid")
  stop
  awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" '
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    END { printf "%s %.2f\n", rps, (after - before) / hz * 1e6 / requests }' <<<"$out"
}

echo "layer-throughput: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server on CPU $server_cpu, wrk on CPU $client_cpu, $connections connections, ${duration}s per run, $pairs pairs"
median() {
  sort -n | awk '{ r[NR] = $1 } END { if (NR % 2) print r[(NR + 1) / 2]; else printf "%.3f\n", (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}

for case in "success /ok" "error /error"; do
  read -r name path <<<"$case"
  rates=() cpus=()
  for pair in $(seq "$pairs"); do
    if [ $((pair % 2)) -eq 1 ]; then
      read -r bare bare_cpu <<<"$(measure "$base" "$path")"
      read -r with with_cpu <<<"$(measure "$layer" "$path")"
    else
      read -r with with_cpu <<<"$(measure "$layer" "$path")"
      read -r bare bare_cpu <<<"$(measure "$base" "$path")"
    fi
    rate=$(awk -v a="$with" -v b="$bare" 'BEGIN { printf "%.3f", a / b }')
    cpu=$(awk -v a="$with_cpu" -v b="$bare_cpu" 'BEGIN { printf "%.3f", b / a }')
    rates+=("$rate") cpus+=("$cpu")
    printf '%s pair %d: %s %s req/s (%s µs CPU/req), %s %s req/s (%s µs CPU/req): throughput %s, CPU %s\n' \
      "$name" "$pair" "$base" "$bare" "$bare_cpu" "$layer" "$with" "$with_cpu" "$rate" "$cpu"
  done
  printf '%s: %s / %s, median of %d pairs: throughput %s (range %s to %s), requests per CPU second %s (range %s to %s)\n' \
    "$name" "$layer" "$base" "$pairs" \
    "$(printf '%s\n' "${rates[@]}" | median)" "$(printf '%s\n' "${rates[@]}" | sort -n | head -1)" "$(printf '%s\n' "${rates[@]}" | sort -n | tail -1)" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | sort -n | head -1)" "$(printf '%s\n' "${cpus[@]}" | sort -n | tail -1)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
