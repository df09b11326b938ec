/**
 * Scans of PDFs and a cache of OCR results, shared by the benches that read scans (bench/accuracy,
 * bench/supplier-pages), so both score the same printer and scanner and key their caches alike; the
 * same pages can be phone photos instead (accuracy/phone-photo.mjs), made and kept the same way.
 *
 *   const ocrCache = await cacheOcr(dist, dir);                // OCR results kept in dir
 *   const { bytes, ext } = await scanned(pdf, { cache: dir, name, seed, tmp });
 *   const { bytes, ext } = await scanned(pdf, { cache: dir, name, seed, tmp, photo: true });
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from '../fixtures/prng.mjs';

const SCANNER = path.resolve(import.meta.dirname, '..', 'fixtures', 'scan.mjs');
const CAMERA = path.resolve(import.meta.dirname, 'accuracy', 'phone-photo.mjs');

/**
 * Each page image's OCR result kept in `dir`, keyed by the image's bytes, the OCR settings and the
 * build's OCR code (every compiled file under ocr/ that runs before the result is returned, and the
 * model versions), so a change to the parsers re-scores without reading a page again, and a change to
 * the OCR reads them afresh. The photo step (ocr/photo) is left out: it makes the image before the
 * engine is called, so what it changes is the image's bytes, which key the result already, and a
 * photo it draws as before still hits. It patches the one method every page goes through.
 */
export async function cacheOcr(dist, dir) {
  const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
  const { OcrEngines } = await load('ocr/engines.js');
  const { paddleVersion } = await load('ocr/paddle/paddle-models.js');
  const code = createHash('sha256');
  const walk = (folder) => readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
    const file = path.join(folder, e.name);
    // OcrResult → positioned text runs after the cache, on every result.
    if (e.isDirectory()) { if (file !== path.join(dist, 'ocr', 'photo')) walk(file); }
    else if (e.name.endsWith('.js') && e.name !== 'to-page-text.js') code.update(e.name).update(readFileSync(file));
  });
  walk(path.join(dist, 'ocr'));
  code.update(JSON.stringify(paddleVersion()));
  const build = code.digest('hex');
  mkdirSync(dir, { recursive: true });
  const recognize = OcrEngines.prototype.recognize;
  const { pageSkew, PADDLE_MIN_SKEW } = await load('ocr/deskew.js');
  const { engineFor } = await load('ocr/engine-choice.js');
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  OcrEngines.prototype.recognize = async function (image, langs, choice, options = {}) {
    const keyOf = (skew) => createHash('sha256').update(build).update(JSON.stringify([langs, choice, options.dpi ?? null, skew, options.psm ?? null])).update(image).digest('hex');
    const file = path.join(dir, `${keyOf(options.skew ?? null)}.json`);
    if (existsSync(file)) return read(file);
    // A skew handed with the image is the engine's own measure of it, taken before (RecognizeOptions.skew):
    // the image read without one is the same reading when the engine straightened it by that very angle.
    if (options.skew !== undefined) {
      const unmeasured = path.join(dir, `${keyOf(null)}.json`);
      const least = engineFor(langs, choice) === 'paddle' ? PADDLE_MIN_SKEW : undefined;
      if (existsSync(unmeasured) && (read(unmeasured).skew ?? 0) === pageSkew(undefined, least, options.skew)) return read(unmeasured);
    }
    const result = await recognize.call(this, image, langs, choice, options);
    writeFileSync(file, JSON.stringify(result));
    return result;
  };
}

/**
 * A page's scanner settings with a seed: skew (±1.5°), noise (6-20 levels) and JPEG quality (55-90),
 * drawn from the seed and the page's name, instead of the one default scanner (no seed: {}).
 */
export function scanSettings(seed, name) {
  if (seed === undefined || seed === null) return {};
  const next = pageDraws(seed, name);
  return { skew: (next() * 2 - 1) * 1.5, noise: 6 + next() * 14, quality: Math.round(55 + next() * 35), seed: 1 + Math.floor(next() * 1e6) };
}

/** A generator seeded by a seed and a page's name: each page draws its own, the same every run. */
function pageDraws(seed, name) {
  let h = Number(seed) >>> 0;
  for (const c of name) h = Math.imul(h ^ c.codePointAt(0), 0x9e3779b1) >>> 0;
  return prng(h);
}

/**
 * A page's phone photo: one of the variants photoVariants draws for it (on a desk upright or upside
 * down, on a desk sideways, or cropped to the page), picked and drawn from the seed (none: 0) and the
 * page's name, so a set of pages mixes them.
 */
function photoSettings(photoVariants, seed, name) {
  const next = pageDraws(seed ?? 0, name);
  const variants = photoVariants(Math.floor(next() * 2 ** 31));
  return variants[Math.floor(next() * variants.length)];
}

/**
 * Every page of a PDF printed and scanned by fixtures/scan.mjs: one JPEG for a one-page document, else
 * an image-only PDF of the scans. Either way no text layer is left: a reader must OCR it.
 * `bytes`: the PDF (else read from `file`); `name`: the document's name, seeding each page's settings
 * (`name#page`); `cache`: a folder keeping the scan, by `key` (else the PDF's bytes), the name, the
 * seed and the scanner's code; `tmp`: a folder for the PDF handed to pdftoppm. `photo`: each page
 * photographed by accuracy/phone-photo.mjs (photoSettings) instead of scanned.
 */
export async function scanned(file, { bytes, key, name = path.basename(file), seed, cache, tmp, photo = false }) {
  const pdf = bytes ?? readFileSync(file);
  const maker = photo ? CAMERA : SCANNER;
  const id = cache && createHash('sha256').update(readFileSync(maker)).update(JSON.stringify([name, seed ?? null])).update(key ?? pdf).digest('hex');
  const kept = id && path.join(cache, `${photo ? 'photo' : 'scan'}-${id}`);
  if (kept && existsSync(`${kept}.json`)) return { bytes: readFileSync(`${kept}.bin`), ext: JSON.parse(readFileSync(`${kept}.json`, 'utf8')).ext };
  const { scanPage, imagePdf } = await import(pathToFileURL(SCANNER).href);
  const { phonePhoto, photoVariants } = photo ? await import(pathToFileURL(CAMERA).href) : {};
  const pageImage = photo
    ? async (source, page) => (await phonePhoto(source, photoSettings(photoVariants, seed, `${name}#${page}`), { page })).jpeg
    : (source, page) => scanPage(source, { page, ...scanSettings(seed, `${name}#${page}`) });
  let source = file;
  if (bytes) {
    source = path.join(tmp, `${name}.scan-source.pdf`);
    writeFileSync(source, bytes);
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [source]).toString())?.[1] ?? 1);
  const jpegs = [];
  for (let page = 1; page <= pages; page++) jpegs.push(await pageImage(source, page));
  const made = { bytes: jpegs.length === 1 ? jpegs[0] : await imagePdf(jpegs, 200), ext: jpegs.length === 1 ? 'jpg' : 'pdf' };
  if (kept) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(`${kept}.bin`, made.bytes);
    writeFileSync(`${kept}.json`, JSON.stringify({ ext: made.ext }));
  }
  return made;
}
