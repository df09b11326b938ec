#!/usr/bin/env bash
# The western-pdf PDFs that carry invoice XML, as qpdf rewrites them the ways archives and ERP systems
# hand PDFs on (encrypted with the empty user password: RC4 128, AES-128, AES-256; object streams;
# linearised), each set read by western-pdf.mjs. Also every XML of einvoice-xml attached to a page
# under its own name (name tree only). Usage: bash bench/einvoice/rewritten.sh   (after npm run build)
set -euo pipefail
corpus=${CORPUS:-../shared/corpus}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A how=(
  [rc4-128]="--allow-weak-crypto --encrypt '' owner 128 --use-aes=n --"
  [aes-128]="--encrypt '' owner 128 --use-aes=y --"
  [aes-256]="--encrypt '' owner 256 --"
  [object-streams]="--object-streams=generate"
  [linearized]="--linearize"
)
for v in "${!how[@]}"; do
  mkdir -p "$out/$v"
  for f in "$corpus"/western-pdf/*.pdf; do
    grep -q '"gtSource": *"embedded-xml"' "$f.gt.json" || continue
    eval qpdf "${how[$v]}" '"$f"' '"$out/$v/$(basename "$f")"' 2>/dev/null || true
    cp "$f.gt.json" "$out/$v/$(basename "$f").gt.json"
  done
  printf '%-16s ' "$v"; node bench/einvoice/western-pdf.mjs "$out/$v" | tail -1
done
mkdir -p "$out/attached"
qpdf --empty --pages "$corpus/western-pdf/akretion__invoice_EN16931.pdf" -- "$out/page.pdf"
for x in "$corpus"/einvoice-xml/*.xml; do
  b=$(basename "$x" .xml)
  qpdf "$out/page.pdf" --add-attachment "$x" --key="$b.xml" --filename="$b.xml" --mimetype=text/xml -- "$out/attached/$b.pdf"
  cp "$x.gt.json" "$out/attached/$b.pdf.gt.json"
done
printf '%-16s ' attached; node bench/einvoice/western-pdf.mjs "$out/attached" | tail -1
