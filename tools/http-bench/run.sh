#!/usr/bin/env bash
# HTTP benchmark: `odenc serve` (hello, json, echo: a 1 KB POST body streamed back) beside a hand-written C# middleware doing the same work,
# measured with wrk on loopback in one run, side by side. Needs wrk (apt-get install -y wrk).
#   tools/http-bench/run.sh [duration=10s] [connections=64]      (PORT=8090 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10s}"
connections="${2:-64}"
port="${PORT:-8090}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }

dotnet build -c Release host/Oden.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/http-bench/Baseline -v q -nologo >/dev/null
odenc=host/Oden.Cli/bin/Release/net10.0/odenc
baseline=tools/http-bench/Baseline/bin/Release/net10.0/Baseline

measure() { # name url [wrk options...]
  local name=$1 url=$2; shift 2
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" > /tmp/oden-wrk.txt
  rps=$(awk '/Requests\/sec/ {print $2}' /tmp/oden-wrk.txt)
  p99=$(awk '$1 == "99%" {print $2}' /tmp/oden-wrk.txt)
  printf '%-22s %12s req/s   p99 %s\n' "$name" "$rps" "$p99"
  echo "$rps" > "/tmp/oden-wrk-$name.rps"
}

serve() { # workload name command...
  local workload=$1 name=$2; shift 2
  local options=()
  [ "$workload" = echo ] && options=(-s tools/http-bench/echo.lua)
  "$@" > "/tmp/oden-bench-$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:$port/ && break; sleep 0.2; done
  wrk -t2 -c"$connections" -d3s "${options[@]}" http://127.0.0.1:$port/ > /dev/null   # warm-up (JIT)
  measure "$name" http://127.0.0.1:$port/ "${options[@]}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); wrk -t2 -c$connections -d$duration"
for workload in hello json echo; do
  serve "$workload" "csharp-$workload" "$baseline" "$workload" http://127.0.0.1:$port
  serve "$workload" "oden-$workload" "$odenc" serve "tools/http-bench/$workload.js" --urls http://127.0.0.1:$port
done
for workload in hello json echo; do
  awk -v a="$(cat /tmp/oden-wrk-oden-$workload.rps)" -v b="$(cat /tmp/oden-wrk-csharp-$workload.rps)" -v w="$workload" \
    'BEGIN { printf "%s: Oden / C# = %.0f%%\n", w, 100 * a / b }'
done
