#!/usr/bin/env bash
# Validate N byte-unique e-invoices (copies of ../shared/corpus/einvoice-xml with a distinct comment at
# the end) with `invoicectl validate`, and parse the same files with `xmllint --noout` (libxml2-utils),
# both split over P processes, in R alternating rounds (ours first in odd rounds, xmllint first in even
# ones) so that both sides see the same load on a shared machine. Prints, per round and as medians,
# files/s by wall time and by CPU time (user + system of all processes), the ratios, and the load average.
# Usage (after npm run build):
#   bash bench/einvoice/speed.sh [N=1000] [P=2] [R=5]
set -euo pipefail
N=${1:-1000}
P=${2:-2}
R=${3:-5}
SRC=../shared/corpus/einvoice-xml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mapfile -t files < <(ls "$SRC"/*.xml | while read -r f; do grep -q 'CrossIndustryInvoice\|ubl:schema:xsd:\(Invoice\|CreditNote\)-2' "$f" && echo "$f"; done)
for ((i = 0; i < N; i++)); do
  f=${files[$((i % ${#files[@]}))]}
  d="$WORK/$((i % P))"
  mkdir -p "$d"
  { cat "$f"; printf '\n<!-- copy %d -->\n' "$i"; } > "$d/$i.xml"
done
echo "$N files ($(du -sh "$WORK" | cut -f1)), $P processes, $R rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# One side's run: P processes at once; prints "wall_seconds cpu_seconds".
ours() {
  local t0 t1 p
  t0=$(date +%s.%N)
  for ((p = 0; p < P; p++)); do /usr/bin/time -f '%U %S' -o "$WORK/cpu.$p" node bin/invoicectl.js validate -q --json "$WORK/$p" > "$WORK/out.$p.json" 2>/dev/null || true & done
  wait
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc -l) $(cat "$WORK"/cpu.* | awk '{s += $1 + $2} END {print s}')"
}
theirs() {
  local t0 t1 p
  t0=$(date +%s.%N)
  for ((p = 0; p < P; p++)); do (cd "$WORK/$p" && ls | /usr/bin/time -f '%U %S' -o "$WORK/cpu.$p" xargs xmllint --noout) & done
  wait
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc -l) $(cat "$WORK"/cpu.* | awk '{s += $1 + $2} END {print s}')"
}

rows=()
for ((r = 1; r <= R; r++)); do
  if ((r % 2)); then a=$(ours); b=$(theirs); else b=$(theirs); a=$(ours); fi
  read -r aw ac <<< "$a"
  read -r bw bc_ <<< "$b"
  row=$(awk -v n="$N" -v aw="$aw" -v ac="$ac" -v bw="$bw" -v bc="$bc_" 'BEGIN {printf "%.0f %.0f %.0f %.0f %.3f %.3f", n/aw, n/bw, n/ac, n/bc, bw/aw, bc/ac}')
  rows+=("$row")
  read -r ow tw oc tc rw rc <<< "$row"
  printf 'round %d: invoicectl %s files/s (CPU: %s), xmllint %s files/s (CPU: %s); ratio %s wall, %s CPU\n' "$r" "$ow" "$oc" "$tw" "$tc" "$rw" "$rc"
done
checked=$(cat "$WORK"/out.*.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=s.split(/\n(?=\[)/).flatMap(x=>JSON.parse(x));console.log(`${a.length} results, ${a.filter(r=>r.valid).length} valid, ${a.filter(r=>r.error).length} errors`)})')
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { printf '%s\n' "${rows[@]}" | cut -d' ' -f"$1" | median; }
printf 'medians: invoicectl validate %s files/s (%s), xmllint --noout %s files/s; ratio %.2fx xmllint by wall time, %.2fx by CPU time\n' "$(col 1)" "$checked" "$(col 2)" "$(col 5)" "$(col 6)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
