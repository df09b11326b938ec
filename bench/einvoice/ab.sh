#!/usr/bin/env bash
# CPU time of `invoicectl validate` on N byte-unique e-invoices (as speed.sh makes them) in one process,
# an earlier build against the current one, in R alternating rounds (the earlier first in odd rounds), so
# that both see the same load. Prints both sides' rounds and medians (user + system seconds), and checks
# that both printed the same results.
# Both builds run from a copy under the same temporary folder: the same build run from /work and from
# /tmp differed by ~4 % (file system, page cache), more than most changes measured here.
# Usage (after npm run build; keep the earlier build with `mkdir /tmp/before && cp -r dist package.json /tmp/before/`):
#   bash bench/einvoice/ab.sh /tmp/before [N=500] [R=10]
set -euo pipefail
BEFORE=${1:?usage: ab.sh BEFORE_ROOT [N] [R] (BEFORE_ROOT holds dist/ and package.json of the earlier build)}
N=${2:-500}
R=${3:-10}
SRC=../shared/corpus/einvoice-xml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mapfile -t files < <(ls "$SRC"/*.xml | while read -r f; do grep -q 'CrossIndustryInvoice\|ubl:schema:xsd:\(Invoice\|CreditNote\)-2' "$f" && echo "$f"; done)
mkdir -p "$WORK/in"
for ((i = 0; i < N; i++)); do
  { cat "${files[$((i % ${#files[@]}))]}"; printf '\n<!-- copy %d -->\n' "$i"; } > "$WORK/in/$i.xml"
done
for side in before after; do
  mkdir -p "$WORK/$side"
  if [[ $side == before ]]; then cp -r "$BEFORE/dist" "$BEFORE/package.json" "$WORK/$side/"; else cp -r dist package.json "$WORK/$side/"; fi
  ln -s "$PWD/node_modules" "$WORK/$side/node_modules"
  sed "s#\.\./dist/cli-bundle/main\.js#$WORK/$side/dist/cli-bundle/main.js#" bin/invoicectl.js > "$WORK/$side/invoicectl.mjs"
done
echo "$N files, $R rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# One run of one side: prints its CPU seconds.
run() {
  /usr/bin/time -f '%U %S' -o "$WORK/cpu" node "$WORK/$1/invoicectl.mjs" validate -q --json "$WORK/in" > "$WORK/$1.json" || true
  tail -1 "$WORK/cpu" | awk '{print $1 + $2}'
}
b=()
a=()
for ((r = 1; r <= R; r++)); do
  if ((r % 2)); then b+=("$(run before)"); a+=("$(run after)"); else a+=("$(run after)"); b+=("$(run before)"); fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{x[NR] = $1} END {print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2}'; }
echo "before: median $(median "${b[@]}") s CPU (${b[*]})"
echo "after:  median $(median "${a[@]}") s CPU (${a[*]})"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Results come in completion order: compared sorted by file.
norm() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); r.sort((x, y) => (x.file < y.file ? -1 : 1)); console.log(JSON.stringify(r.map((x) => ({ ...x, file: x.file.split("/").pop() }))));' "$1"; }
if cmp -s <(norm "$WORK/before.json") <(norm "$WORK/after.json"); then echo "results: identical"; else echo "results: DIFFER"; fi
