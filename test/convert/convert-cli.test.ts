/**
 * The real `invoicectl convert` in a child process: --list, output naming (-o DIR/, -o NAME.zip, beside
 * the input, stdout), the cache across runs, exit codes, and a missing engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/core/image/image-header.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';
import { pdfText } from './helpers.js';

const TRUNCATED = path.join(ROOT, 'fixtures', 'bad', 'truncated.pdf');

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage([144, 72]).drawText(`Statement page ${n}`, { x: 10, y: 30, size: 10, font });
  return doc.save();
}

describe('invoicectl convert', () => {
  let dir: string;
  let pdfPath: string;
  beforeAll(async () => {
    dir = tmpDir();
    pdfPath = path.join(dir, 'in', 'statement.pdf');
    fs.mkdirSync(path.dirname(pdfPath));
    fs.writeFileSync(pdfPath, await twoPagePdf());
  });
  const cacheArgs = () => ['--cache-dir', path.join(dir, 'cache')];

  it('--list prints the matrix with engines and availability; --json gives it as data', async () => {
    const table = await runCli(['convert', '--list']);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^FROM\s+TO\s+VIA\s+ENGINES\s+AVAILABLE$/);
    expect(lines).toContainEqual(expect.stringMatching(/^md\s+pdf\s+pandoc → libreoffice\s+pandoc, libreoffice\s+yes$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ofd\s+png\s+ofd-to-pdf → pdf-to-images\s+native\s+yes$/));
    expect(lines).toContainEqual(expect.stringMatching(/^pdf\s+pdf \(--ocr\)\s+ocr\s+tesseract\s+yes$/));

    const json = await runCli(['convert', '--list', '--json']);
    const paths = JSON.parse(json.stdout) as { from: string; to: string; available: boolean; steps: { converter: string; engine: string }[] }[];
    expect(paths.find((p) => p.from === 'docx' && p.to === 'pdf')).toMatchObject({ available: true, steps: [{ converter: 'libreoffice', engine: 'libreoffice' }] });
    expect(paths.find((p) => p.from === 'pdf' && p.to === 'md')?.steps.map((s) => s.converter)).toEqual(['pdf-to-text']);
  });

  it('-o DIR/ writes <basename>-<page>.png; a second run is served from the cache', async () => {
    const out = path.join(dir, 'pages') + path.sep;
    const first = await runCli(['convert', pdfPath, '--to', 'png', '--dpi', '144', '-o', out, '--json', ...cacheArgs()]);
    expect(first.code, first.stderr).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['statement-1.png', 'statement-2.png']);
    expect(readImageHeader(fs.readFileSync(path.join(out, 'statement-2.png')))).toMatchObject({ width: 288, height: 144 });
    const summary = JSON.parse(first.stdout);
    expect(summary.counts).toEqual({ inputs: 1, converted: 1, failed: 0, outputs: 2 });
    expect(summary.files[0]).toMatchObject({ cache: 'MISS', via: ['pdf-to-images'], outputs: [{ name: 'statement-1.png', path: path.join(out, 'statement-1.png') }, { name: 'statement-2.png' }] });

    const before = fs.readFileSync(path.join(out, 'statement-1.png'));
    fs.rmSync(out, { recursive: true });
    const second = await runCli(['convert', pdfPath, '--to', 'png', '--dpi', '144', '-o', out, '--json', ...cacheArgs()]);
    expect(JSON.parse(second.stdout).files[0].cache).toBe('HIT');
    expect(fs.readFileSync(path.join(out, 'statement-1.png')).equals(before)).toBe(true);
    expect(second.stderr).toContain('(cached)');
  });

  it('-o NAME.zip packs every result; no -o writes beside the input with the new extension', async () => {
    const zipPath = path.join(dir, 'pages.zip');
    const zipped = await runCli(['convert', pdfPath, '--to', 'jpg', '--dpi', '72', '--quality', '80', '-o', zipPath, '--no-cache']);
    expect(zipped.code, zipped.stderr).toBe(0);
    const zip = new AdmZip(zipPath);
    expect(zip.getEntries().map((e) => e.entryName)).toEqual(['statement-1.jpg', 'statement-2.jpg']);
    expect(readImageHeader(zip.getEntry('statement-1.jpg')!.getData())).toMatchObject({ kind: 'jpg', width: 144, height: 72 });

    const beside = await runCli(['convert', pdfPath, '--to', 'md', '--no-cache']);
    expect(beside.code, beside.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'in', 'statement.md'), 'utf8')).toContain('Statement page 2');
  });

  it('stdin to stdout: - reads the document, the result goes to stdout and the log to stderr', async () => {
    const run = await runCli(['convert', '-', '--to', 'txt', '--no-cache'], { input: Buffer.from(await twoPagePdf()) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Statement page 1');
    expect(run.stdout).toContain('Statement page 2');
    expect(run.stderr).toContain('converted 1 of 1');
  });

  it('exit 2 for usage errors and refused options, 1 when some inputs fail (the rest is written)', async () => {
    const noTarget = await runCli(['convert', pdfPath]);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--to');

    const refused = await runCli(['convert', pdfPath, '--to', 'png', '--page-size', 'A4', '-o', path.join(dir, 'refused') + '/', '--no-cache']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/INVALID_OPTION: PDF → images cannot honour pageSize/);
    expect(fs.existsSync(path.join(dir, 'refused'))).toBe(false);

    const unsupported = await runCli(['convert', pdfPath, '--to', 'xlsx', '--no-cache']);
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toContain('UNSUPPORTED_CONVERSION: cannot convert pdf to xlsx; pdf can become: cii, doc, docx, facturx, html, jpg, json, md');

    const out = path.join(dir, 'mixed') + '/';
    const mixed = await runCli(['convert', TRUNCATED, pdfPath, '--to', 'txt', '-o', out, '--json', '--no-cache']);
    expect(mixed.code).toBe(1);
    expect(JSON.parse(mixed.stdout).files.map((f: { status: string; error?: { code: string } }) => f.error?.code ?? f.status)).toEqual(['PDF_CORRUPT', 'converted']);
    expect(fs.readdirSync(out)).toEqual(['statement.txt']);
  });

  it('a missing engine → ENGINE_UNAVAILABLE with the install command (pandoc not on PATH)', async () => {
    const md = path.join(dir, 'note.md');
    fs.writeFileSync(md, '# Note\n');
    const run = await runCli(['convert', md, '--to', 'docx', '--no-cache'], { env: { PATH: '/nonexistent' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ENGINE_UNAVAILABLE');
    expect(run.stderr).toContain('apt-get install --no-install-recommends pandoc');
  });

  it('md → docx → pdf with the real engines, options from flags', async () => {
    const md = path.join(dir, 'letter.md');
    fs.writeFileSync(md, '# Dear customer\n\nYour invoice INV-7 is attached.\n');
    const run = await runCli(['convert', md, '--to', 'pdf', '--page-size', 'a4', '--orientation', 'landscape', '--margin', '15', '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    const pdf = fs.readFileSync(path.join(dir, 'letter.pdf'));
    expect(pdfText(pdf)).toContain('Your invoice INV-7 is attached.');
    const page = (await PDFDocument.load(pdf)).getPage(0).getSize();
    expect(page.width).toBeCloseTo(841.9, 0);
    expect(page.height).toBeCloseTo(595.3, 0);
  });
});
