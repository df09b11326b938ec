#!/usr/bin/env node
/**
 * Chinese invoices as a browser prints them: each page of pages/ (HTML, names, tax IDs and figures made
 * up, the truth in truth.json written before the page was first read) is printed to PDF by headless
 * Chromium (playwright-core driving Debian's chromium, the page size from the page's @page rule), then
 * read by the whole `extract` pipeline as a user's file would be, and scored on the fields of
 * INVOICE-MODEL.md that its truth gives (a field the truth leaves out is not scored; `"code": null`
 * scores that no 发票代码 is read).
 *
 * A silent document has a wrong field and status ok; a wrong document is named when it is
 * needs_review and every wrong field is among those its failed checks name (fieldsInDoubt); a right
 * document is flagged when it is needs_review all the same. `--misses` shows each wrong field, marked
 * ✗ (status ok), ? (flagged, the field not named) or · (flagged and named), and each flagged right
 * document's checks.
 *
 * `--faces song-kai` prints every page with the labels in AR PL UMing (a 宋体-like face) and the values
 * in AR PL UKai (楷体-like), as the tax bureau's template sets them, in place of WenQuanYi Micro Hei:
 * other glyph widths, so other text items. It needs Debian's fonts-arphic-uming and fonts-arphic-ukai.
 *
 * A page may name fonts whose ToUnicode map is broken, as some issuers' are (`<meta name="tounicode"
 * content="FONT WAY">`, FONT the font's name without its subset tag, WAY one of MAPS): the printed PDF's
 * map of that font is rewritten (bench/broken-maps.mjs), the glyphs left as drawn, so the page shows
 * what its truth says and the text layer says otherwise.
 *
 * `--zoom F` prints every page F times its size, sheet and content (0.5-2).
 *
 * `--scan`: `extract` reads a scan of each printed page instead (bench/scanned.mjs: fixtures/scan.mjs's
 * printer and scanner, 200 dpi, skew, noise, JPEG, as the accuracy harness's scan groups): one JPEG for
 * a one-page invoice, else an image-only PDF, so no text layer is left and every page is OCR'd.
 * `--seed N` draws each page's skew, noise and JPEG quality from N and its name. OCR results and scans
 * are kept in `--ocr-cache DIR` (by default a folder beside the printed pages), keyed like the accuracy
 * harness's.
 *
 * `--photo`: `extract` reads a phone photo of each printed page instead (bench/accuracy/phone-photo.mjs,
 * as the accuracy harness's cn-photo-made group): each page gets one of the variants photoVariants
 * draws, picked by a seed from its name (and `--seed N`), so the set mixes photos on a desk upright,
 * upside down and sideways with photos cropped to the page; made, kept and OCR'd as `--scan`'s scans
 * (one JPEG a one-page invoice, else an image-only PDF of the photos).
 *
 * `--batches`: the same figures per batch of pages, a batch being the commit that added its pages
 * (`git log`), in the order they were written.
 *
 *   npm run build && node bench/cn-pages/run.mjs [--dist DIR] [--misses] [--only NAME,NAME] [--faces song-kai] [--zoom F]
 *     [--scan | --photo [--seed N] [--ocr-cache DIR]] [--batches]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { brokenMaps } from '../broken-maps.mjs';
import { cacheOcr, scanned } from '../scanned.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const misses = process.argv.includes('--misses');
const only = arg('--only')?.split(',');
const photo = process.argv.includes('--photo');
const scan = photo || process.argv.includes('--scan');
const seed = arg('--seed');
const { extract } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { fieldsInDoubt } = await import(pathToFileURL(path.join(dist, 'invoice/index.js')).href);

const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
// One directory per checkout (the hash of the whole path): two checkouts' pages of one name may differ.
const out = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-cn-pages-${createHash('sha256').update(here).digest('hex').slice(0, 16)}`);
mkdirSync(out, { recursive: true });
const ocrCache = scan ? path.resolve(arg('--ocr-cache') ?? path.join(out, 'ocr')) : null;
if (ocrCache) await cacheOcr(dist, ocrCache);
const FACES = {
  'song-kai': 'body, body * { font-family: "AR PL UMing CN", serif !important; } '
    + 'b, b *, .items td, .remarks-text, .grid td, .cipher, .row > span:not(.lab) { font-family: "AR PL UKai CN", serif !important; }',
};
const faces = arg('--faces');
// `--zoom F`: the page printed F times its size (sheet and content), as an issuer printing onto A4 or
// a viewer saving it larger would: distances in the text layer scale with it.
const zoom = Number(arg('--zoom') ?? 1);
if (!(zoom >= 0.5 && zoom <= 2)) throw new Error('--zoom: between 0.5 and 2');
if (faces && !FACES[faces]) throw new Error(`--faces: one of ${Object.keys(FACES).join(', ')}`);
const FIELDS = ['number', 'code', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer', 'documentType'];

/** Every hanzi of GB2312 (rows 16-87), in its order. */
const GB2312 = (() => {
  const decoder = new TextDecoder('gb18030');
  const chars = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let col = 0xa1; col <= 0xfe; col++) chars.push(decoder.decode(new Uint8Array([row, col])));
  return chars.filter((c) => /\p{Script=Han}/u.test(c));
})();
/** Ideographs and the radical a font may map their glyph to: the Kangxi radicals (U+2F00…, NFKC gives the ideograph) and the simplified ones of U+2E80…. */
const RADICALS = new Map([
  ...Array.from({ length: 214 }, (_, i) => String.fromCodePoint(0x2f00 + i)).map((r) => [r.normalize('NFKC'), r]),
  ['门', '\u2ed4'], ['长', '\u2ed3'], ['见', '\u2ec5'], ['马', '\u2ee2'], ['贝', '\u2ec9'], ['车', '\u2ecb'], ['风', '\u2edb'], ['飞', '\u2edc'],
  ['黄', '\u2ee9'], ['龙', '\u2ef0'], ['鱼', '\u2ee5'], ['页', '\u2eda'],
]);
/** Ways a font's ToUnicode map is broken: each gives a code's text in the broken map (null: the code left out). */
const MAPS = {
  // Each digit read as the next (2025 → 3136).
  'digits-next': (t) => (/^\d$/.test(t) ? String((Number(t) + 1) % 10) : t),
  // Each digit read as its full-width form (2025 → ２０２５): the right digit in another block.
  'digits-fullwidth': (t) => (/^\d$/.test(t) ? String.fromCharCode(0xff10 + Number(t)) : t),
  // Two digits swapped (swap-38: 3 ↔ 8).
  ...Object.fromEntries(['38', '16', '49'].map(([a, b]) => [`swap-${a}${b}`, (t) => (t === a ? b : t === b ? a : t)])),
  // Each hanzi read as the next of GB2312's order: valid-looking characters, all in GB2312.
  'gb2312-next': (t) => (GB2312.includes(t) ? GB2312[(GB2312.indexOf(t) + 1) % GB2312.length] : t),
  // Ideographs read as their radical (工 → ⼯): the right character in another block.
  radicals: (t) => RADICALS.get(t) ?? t,
  // The hanzi left out of the map.
  'unmapped-han': (t) => (/\p{Script=Han}/u.test(t) ? null : t),
  // Every code read as the next code's text: a map off by one along the font's codes.
  'next-code': (t, font, code, map) => {
    const codes = [...map.keys()].sort((a, b) => a - b);
    return map.get(codes[(codes.indexOf(code) + 1) % codes.length]);
  },
};

let browser = null;
/** Prints a page to PDF; the PDF is reused while it is newer than the HTML, its stylesheets and scripts. */
async function printed(name) {
  const html = path.join(here, 'pages', `${name}.html`);
  const pdf = path.join(out, `${name}${faces ? `.${faces}` : ''}${zoom !== 1 ? `.x${zoom}` : ''}.pdf`);
  const newest = Math.max(statSync(html).mtimeMs, ...readdirSync(path.join(here, 'pages')).filter((f) => /\.(css|js)$/.test(f)).map((f) => statSync(path.join(here, 'pages', f)).mtimeMs));
  if (!existsSync(pdf) || statSync(pdf).mtimeMs < newest) {
    browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    if (faces) await page.addStyleTag({ content: FACES[faces] });
    if (zoom !== 1) {
      // The @page size of the page's stylesheet, in mm, times the zoom; the content zoomed by as much.
      const sheet = /href="([^"]+\.css)"/.exec(readFileSync(html, 'utf8'))?.[1];
      const size = /@page\s*\{\s*size:\s*([\d.]+)mm\s+([\d.]+)mm/.exec(readFileSync(path.join(here, 'pages', sheet), 'utf8'));
      await page.addStyleTag({ content: `@page { size: ${Number(size[1]) * zoom}mm ${Number(size[2]) * zoom}mm; } html { zoom: ${zoom}; }` });
    }
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const broken = [...readFileSync(html, 'utf8').matchAll(/<meta name="tounicode" content="(\S+) (\S+)">/g)].map((m) => [m[1], m[2]]);
    if (broken.length) {
      for (const [, way] of broken) if (!MAPS[way]) throw new Error(`${name}: no map way ${way}`);
      const ways = new Map(broken);
      writeFileSync(pdf, await brokenMaps(readFileSync(pdf), (text, font, code, map) => (ways.has(font) ? MAPS[ways.get(font)](text, font, code, map) : text)));
    }
  }
  return pdf;
}

const fieldsOf = (inv) => ({ number: inv?.number ?? null, code: inv?.code ?? null, date: inv?.date ?? null, currency: inv?.currency ?? null,
  amount: inv?.amount ?? null, taxAmount: inv?.taxAmount ?? null, totalAmount: inv?.totalAmount ?? null,
  seller: inv?.seller?.name ?? null, buyer: inv?.buyer?.name ?? null, documentType: inv?.documentType ?? null });
const norm = (s) => (s ?? '').toString().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
function same(field, got, want) {
  if (want === null) return got === null;
  if (field === 'seller' || field === 'buyer') return got !== null && norm(got) === norm(want);
  if (field === 'amount' || field === 'taxAmount' || field === 'totalAmount') return got !== null && Math.abs(got - want) < 0.005;
  return got === want;
}
const doubtName = (field) => (field === 'seller' || field === 'buyer' ? `${field}.name` : field);

let right = 0;
let scored = 0;
const docs = [];
console.log(`scored build: ${dist}${faces ? `; faces: ${faces}` : ''}${zoom !== 1 ? `; zoom: ${zoom}` : ''}`
  + `${scan ? `; extract reads ${photo ? 'phone photos' : 'scans'}${seed ? ` (seed ${seed})` : ''}, OCR cache ${ocrCache}` : ''}`);
const names = readdirSync(path.join(here, 'pages')).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
for (const name of names.filter((n) => !only || only.includes(n))) {
  const want = truth[name];
  if (!want) throw new Error(`no truth for ${name}`);
  const pdf = await printed(name);
  const input = scan ? await scanned(pdf, { name, seed, cache: ocrCache, tmp: out, photo }) : { bytes: readFileSync(pdf), ext: 'pdf' };
  const { results } = await extract({ inputs: [{ name: `${name}.${input.ext}`, bytes: new Uint8Array(input.bytes) }], concurrency: 1 });
  const r = results[0];
  const got = fieldsOf(r.invoice);
  const fields = FIELDS.filter((f) => f in want);
  const wrong = fields.filter((f) => !same(f, got[f], want[f]));
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks ?? []) : []);
  const unnamed = wrong.filter((f) => !named.has(doubtName(f)));
  docs.push({ name, status: r.status, wrong, unnamed, right: fields.length - wrong.length, scored: fields.length });
  right += fields.length - wrong.length;
  scored += fields.length;
  const mark = (f) => (r.status === 'ok' ? '✗' : unnamed.includes(f) ? '?' : '·');
  const failed = (r.checks ?? []).filter((c) => !c.ok).map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`).join(' | ');
  const detail = misses
    ? wrong.map((f) => `\n   ${mark(f)} ${f}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(want[f])}`).join('')
      + (r.status !== 'ok' ? `\n   checks: ${failed || r.error?.message}` : '')
    : '';
  console.log(`${name.padEnd(28)} ${fields.length - wrong.length}/${fields.length} ${r.status}${detail}`);
}
await browser?.close();
const pct = (a, n) => (n ? `${(100 * a / n).toFixed(1)}%` : '—');
/** The figures over some documents: fields, silent, named and right-but-flagged documents. */
function figures(ds) {
  const wrongDocs = ds.filter((d) => d.wrong.length);
  const goodDocs = ds.filter((d) => !d.wrong.length);
  return { fields: ds.reduce((n, d) => n + d.right, 0), scored: ds.reduce((n, d) => n + d.scored, 0), wrong: wrongDocs.length, good: goodDocs.length,
    silent: wrongDocs.filter((d) => d.status === 'ok').length, named: wrongDocs.filter((d) => d.status !== 'ok' && !d.unnamed.length).length,
    flagged: goodDocs.filter((d) => d.status !== 'ok').length };
}
const all = figures(docs);
console.log(`fields right ${right}/${scored} (${pct(right, scored)}); ${all.good}/${docs.length} documents right`);
console.log(`silent ${all.silent}/${all.wrong} wrong documents; ${all.named}/${all.wrong} wrong documents flagged with every wrong field named `
  + `(${pct(all.named, all.wrong)}); ${all.flagged}/${all.good} right documents flagged (${pct(all.flagged, all.good)})`);
if (process.argv.includes('--batches')) {
  // Oldest batch first: `git log --reverse` lists each commit with the pages it added; a page renamed
  // later stays in the batch that added it.
  const log = execFileSync('git', ['log', '--reverse', '-M', '--diff-filter=AR', '--name-status', '--format=@%h', '--', 'pages'], { cwd: here }).toString();
  const batchOf = new Map();
  let commit = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) commit = line.slice(1);
    const [status, from, to] = line.split('\t');
    const page = (file) => path.basename(file, '.html');
    if (status === 'A' && from.endsWith('.html') && !batchOf.has(page(from))) batchOf.set(page(from), commit);
    else if (status?.startsWith('R') && to?.endsWith('.html')) batchOf.set(page(to), batchOf.get(page(from)) ?? commit);
  }
  console.log('\nbatch     pages  fields right            silent  named  right flagged');
  for (const c of [...new Set(batchOf.values())]) {
    const f = figures(docs.filter((d) => batchOf.get(d.name) === c));
    if (!f.wrong && !f.good) continue;
    console.log(`${c.padEnd(9)} ${String(f.wrong + f.good).padEnd(6)} ${`${f.fields}/${f.scored} (${pct(f.fields, f.scored)})`.padEnd(23)} ${`${f.silent}/${f.wrong}`.padEnd(7)} ${`${f.named}/${f.wrong}`.padEnd(6)} ${f.flagged}/${f.good}`);
  }
}
