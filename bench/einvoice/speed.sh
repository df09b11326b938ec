#!/usr/bin/env bash
# Validate N byte-unique e-invoices (copies of ../shared/corpus/einvoice-xml with a distinct comment at
# the end) with `invoicectl validate`, and parse the same files with `xmllint --noout` (libxml2-utils),
# both split over P processes. Prints files/s of each and the ratio. Usage (after npm run build):
#   bash bench/einvoice/speed.sh [N=1000] [P=2]
set -euo pipefail
N=${1:-1000}
P=${2:-2}
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
echo "$N files ($(du -sh "$WORK" | cut -f1)), $P processes"

t0=$(date +%s.%N)
for ((p = 0; p < P; p++)); do node bin/invoicectl.js validate -q --json "$WORK/$p" > "$WORK/out.$p.json" 2>/dev/null || true & done
wait
t1=$(date +%s.%N)
for ((p = 0; p < P; p++)); do (cd "$WORK/$p" && ls | xargs xmllint --noout) & done
wait
t2=$(date +%s.%N)

ours=$(echo "$N / ($t1 - $t0)" | bc -l)
theirs=$(echo "$N / ($t2 - $t1)" | bc -l)
checked=$(cat "$WORK"/out.*.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=s.split(/\n(?=\[)/).flatMap(x=>JSON.parse(x));console.log(`${a.length} results, ${a.filter(r=>r.valid).length} valid, ${a.filter(r=>r.error).length} errors`)})')
printf 'invoicectl validate: %.0f files/s (%s)\nxmllint --noout:     %.0f files/s\nratio: %.2fx xmllint\n' "$ours" "$checked" "$theirs" "$(echo "$ours / $theirs" | bc -l)"
