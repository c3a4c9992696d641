#!/usr/bin/env bash
# Start and stop benchmark for issue 2. Not a test: it only measures, and writes nothing but its report.
#   bench/startup.sh [runs]        (default 5 runs per case; prints a Markdown table)
# Cases, all with an existing store holding the shipped dataset:
#   - one-shot `stats` with the fat jar (java -jar target/songbun-graph.jar)
#   - one-shot `stats` through ./songbun (extracted jar + AppCDS archive)
#   - interactive: from launch to the prompt, and from typing `exit` to the process ending
#   - one-shot `stats` while a `serve` process owns the store (attaches over Bolt)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export SONGBUN_DATA_DIR="$work/data" SONGBUN_BOLT_PORT=27687 SONGBUN_HTTP_PORT=27474

ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

./songbun stats >/dev/null 2>&1   # builds, extracts, loads the dataset and writes the CDS archive
./songbun stats >/dev/null 2>&1

time_cmd() { local t0; t0=$(ms); "$@" >/dev/null 2>&1; echo $(( $(ms) - t0 )); }

fat=(); cds=(); prompt=(); quit=(); attached=()
for _ in $(seq "$runs"); do
  fat+=("$(time_cmd java -jar target/songbun-graph.jar stats)")
  cds+=("$(time_cmd ./songbun stats)")

  fifo="$work/in"; out="$work/out"; rm -f "$fifo" "$out"; mkfifo "$fifo"
  t0=$(ms)
  ./songbun <"$fifo" >"$out" 2>&1 &
  pid=$!
  exec 3>"$fifo"
  until grep -q 'songbun>' "$out" 2>/dev/null; do sleep 0.05; done
  t1=$(ms)
  echo exit >&3; exec 3>&-
  wait "$pid" || true
  t2=$(ms)
  prompt+=($((t1 - t0))); quit+=($((t2 - t1)))

  ./songbun serve >"$work/serve.out" 2>&1 &
  spid=$!
  until grep -q 'Serving until interrupted' "$work/serve.out" 2>/dev/null; do sleep 0.1; done
  attached+=("$(time_cmd ./songbun stats)")
  kill "$spid"; wait "$spid" || true
done

row() { printf '| %s | %s | %s |\n' "$1" "$(printf '%s\n' "${@:2}" | median)" "$(printf '%s ' "${@:2}")"; }
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo
echo "| case ($runs runs) | median ms | all runs, ms |"
echo "|---|---|---|"
row "one-shot \`stats\`, fat jar" "${fat[@]}"
row "one-shot \`stats\`, ./songbun (extracted + AppCDS)" "${cds[@]}"
row "interactive: launch to prompt" "${prompt[@]}"
row "interactive: \`exit\` to process end" "${quit[@]}"
row "one-shot \`stats\` while \`serve\` runs (attached)" "${attached[@]}"
