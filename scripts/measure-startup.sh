#!/usr/bin/env bash
# Measures start-up of the embedded demo: seconds from `java -jar` to /actuator/health UP, on a fresh
# data folder (first start: migrations + seeding) and again on the same folder (restart), with the
# heap capped at 512 MB; then heap used and resident memory. Usage: scripts/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18765}
jar=target/anlan.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
data=$(mktemp -d)
export ANLAN_DATA_DIR="$data" ANLAN_DEMO_PASSWORD=measure-pass-1

start_once() {
  local label=$1 t0 pid
  t0=$(date +%s.%N)
  java -Xmx512m -jar "$jar" --server.port="$port" > "$data/$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: process died"; tail -30 "$data/$label.log"; exit 1; }
    sleep 0.1
  done
  local t1; t1=$(date +%s.%N)
  printf '%-12s health UP after %.1f s\n' "$label" "$(echo "$t1 - $t0" | bc)"
  if [ "$label" = first-start ]; then
    sleep 2
    local heap rss
    heap=$(curl -fs -u admin:measure-pass-1 "http://127.0.0.1:$port/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    awk -v l="$label" -v h="$heap" -v r="$rss" 'BEGIN { printf "%-12s heap used %.0f MB (max 512 MB), resident set %.0f MB\n", l, h / 1048576, r / 1024 }'
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
start_once first-start
start_once restart
rm -rf "$data"
