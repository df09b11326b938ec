#!/usr/bin/env node
// Agreement of `validate` with the published verdicts of ../shared/corpus/einvoice-xml (valid true /
// false and the broken rule ids where the source states them). Usage (after npm run build):
//   node bench/einvoice/agreement.mjs [folder] [--all]   (--all also lists the files without a verdict)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXml } from '../../dist/einvoice/validate.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/einvoice-xml';
const all = args.includes('--all');
let withVerdict = 0, agree = 0, invalid = 0, rulesAgree = 0;
const rows = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
  const gt = JSON.parse(readFileSync(join(dir, f + '.gt.json'), 'utf8'));
  let got, fatal = [], error = null;
  try {
    const r = validateXml(readFileSync(join(dir, f)));
    got = r.valid;
    fatal = [...new Set(r.findings.filter((x) => x.severity === 'fatal').map((x) => x.rule))];
  } catch (err) {
    got = false;
    error = `${err.code ?? 'ERROR'}: ${err.message}`;
  }
  const known = gt.valid === true || gt.valid === false;
  if (!known && !all) continue;
  const expectedRules = (gt.rules ?? []).filter((r) => /^(BR|PEPPOL)-/.test(r));
  let ok = known ? got === gt.valid : null;
  let rulesOk = null;
  if (known) {
    withVerdict++;
    if (ok) agree++;
    if (gt.valid === false) {
      invalid++;
      rulesOk = expectedRules.every((r) => fatal.includes(r));
      if (rulesOk) rulesAgree++;
    }
  }
  rows.push(`${known ? (ok ? 'agree   ' : 'DISAGREE') : 'no-gt   '} ${String(gt.valid).padEnd(7)} ${String(got).padEnd(6)} ${f.padEnd(62)} ${error ?? fatal.join(' ')}${expectedRules.length ? `  (expected ${expectedRules.join(' ')})` : ''}`);
}
console.log(rows.join('\n'));
console.log(`\n${withVerdict} files with a published verdict: ${agree} agree, ${withVerdict - agree} disagree; invalid ones: ${invalid}, rule ids agree on ${rulesAgree}`);
