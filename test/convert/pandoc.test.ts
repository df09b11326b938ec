import AdmZip from 'adm-zip';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { createPandocConverter, rewriteTexImages } from '../../src/convert/pandoc.js';
import { InvoicectlError } from '../../src/core/errors.js';
import { docxFromMarkdown } from './helpers.js';

function png(w: number, h: number, colour: string): Uint8Array {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, w, h);
  return new Uint8Array(c.toBuffer('image/png'));
}

const pandoc = createPandocConverter();
const logo = png(40, 20, '#c00');
const stamp = png(30, 30, '#00c');
const docx = docxFromMarkdown('# Rechnung 42\n\nSee ![the logo](logo.png){width=2cm} and ![stamp](stamp.png).\n\nTotal: 99.50 EUR\n', { 'logo.png': logo, 'stamp.png': stamp });

describe('pandoc converter (real pandoc)', () => {
  it('is available with a version', async () => {
    const a = await pandoc.available();
    expect(a.ok).toBe(true);
    expect(a.version).toMatch(/^\d+\.\d+/);
  });

  it('DOCX → LaTeX package: <name>.tex + image/ with only referenced images, paths rewritten', async () => {
    const [out] = await pandoc.convert({ bytes: docx, name: 'My Invoice.docx' }, 'tex', {}, {});
    expect(out.name).toBe('My Invoice.zip');
    expect(out.mime).toBe('application/zip');
    const zip = new AdmZip(Buffer.from(out.bytes));
    const names = zip.getEntries().map((e) => e.entryName).sort();
    const tex = zip.readAsText('My Invoice.tex');
    expect(tex).toContain('\\section{Rechnung 42}');
    expect(tex).toContain('Total: 99.50 EUR');
    const refs = [...tex.matchAll(/\\includegraphics(?:\[[^\]]*\])?\{([^}]+)\}/g)].map((m) => m[1]);
    expect(refs).toHaveLength(2);
    for (const ref of refs) {
      expect(ref).toMatch(/^image\/[^/]+\.png$/);
      expect(names).toContain(ref);
    }
    // Exactly the .tex and the referenced images; no pandoc media/ paths left.
    expect(names).toEqual(['My Invoice.tex', ...refs].sort());
    expect(tex).not.toContain('media/');
    // The images are the ones we put in, byte for byte (PNG is stored as-is in the DOCX).
    const sizes = refs.map((r) => zip.getEntry(r)!.getData().length).sort();
    expect(sizes).toEqual([logo.length, stamp.length].sort());
  });

  it('debug adds intermediate files and a manifest', async () => {
    const [out] = await pandoc.convert({ bytes: docx, name: 'inv.docx' }, 'tex', { debug: true }, {});
    const zip = new AdmZip(Buffer.from(out.bytes));
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names).toContain('inv.tex');
    expect(names).toContain('inv.debug/inv.json');
    expect(names).toContain('inv.debug/inv.orig.tex');
    expect(names).toContain('inv.docx.tmp/word/document.xml');
    expect(names).toContain('logs/pandoc.log');
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as { tex: string; images: Record<string, string> };
    expect(manifest.tex).toBe('inv.tex');
    expect(Object.values(manifest.images).every((p) => names.includes(p))).toBe(true);
  });

  it('DOCX → Markdown with extracted media next to it', async () => {
    const outs = await pandoc.convert({ bytes: docx, name: 'inv.docx' }, 'md', {}, {});
    expect(outs[0].name).toBe('inv.md');
    const md = new TextDecoder().decode(outs[0].bytes);
    expect(md).toContain('# Rechnung 42');
    const media = outs.slice(1).map((o) => o.name);
    expect(media).toHaveLength(2);
    for (const m of media) {
      expect(m.startsWith('inv_media/')).toBe(true);
      expect(md).toContain(m);
    }
  });

  it('DOCX → HTML is self-contained (images inlined)', async () => {
    const [out] = await pandoc.convert({ bytes: docx, name: 'inv.docx' }, 'html', {}, {});
    const html = new TextDecoder().decode(out.bytes);
    expect(html).toContain('Rechnung 42');
    expect((html.match(/src="data:image\/png;base64,/g) ?? []).length).toBe(2);
  });

  it('Markdown → DOCX, HTML → DOCX and HTML → Markdown', async () => {
    const md = new TextEncoder().encode('# Angebot\n\n| Pos | Betrag |\n|---|---|\n| 1 | 10.00 |\n');
    const [d] = await pandoc.convert({ bytes: md, name: 'offer.md' }, 'docx', {}, {});
    expect(d.name).toBe('offer.docx');
    const xml = new AdmZip(Buffer.from(d.bytes)).readAsText('word/document.xml');
    expect(xml).toContain('Angebot');
    expect(xml).toContain('<w:tbl>');
    const html = new TextEncoder().encode('<h1>Quote</h1><p>Net <b>5.00</b></p>');
    const [d2] = await pandoc.convert({ bytes: html, name: 'q.html' }, 'docx', {}, {});
    expect(new AdmZip(Buffer.from(d2.bytes)).readAsText('word/document.xml')).toContain('Quote');
    const [m] = await pandoc.convert({ bytes: html, name: 'q.html' }, 'md', {}, {});
    expect(new TextDecoder().decode(m.bytes)).toContain('Net **5.00**');
  });

  it('drops images that point outside the work dir (no fetching, no local file reads)', async () => {
    // A real PNG at an absolute path: pandoc alone would embed it.
    const abs = path.join(os.tmpdir(), `invoicectl-abs-${process.pid}.png`);
    writeFileSync(abs, logo);
    const md = new TextEncoder().encode(`![remote](http://127.0.0.1:9/x.png) ![abs](${abs}) ![up](../x.png) text\n`);
    const [d] = await pandoc.convert({ bytes: md, name: 'evil.md' }, 'docx', {}, { timeoutMs: 30_000 }).finally(() => rmSync(abs));
    const zip = new AdmZip(Buffer.from(d.bytes));
    expect(zip.getEntries().filter((e) => e.entryName.startsWith('word/media/'))).toHaveLength(0);
    expect(zip.readAsText('word/document.xml')).toContain('remote');
  });

  it('corrupt DOCX → CONVERSION_FAILED; unsupported options → INVALID_OPTION', async () => {
    const junk = new TextEncoder().encode('not a docx');
    const err = await pandoc.convert({ bytes: junk, name: 'bad.docx' }, 'tex', {}, {}).catch((e: unknown) => e);
    expect((err as InvoicectlError).code).toBe('CONVERSION_FAILED');
    const err2 = await pandoc.convert({ bytes: docx, name: 'a.docx' }, 'md', { pageSize: 'A4' }, {}).catch((e: unknown) => e);
    expect((err2 as InvoicectlError).code).toBe('INVALID_OPTION');
  });

  it('rewriteTexImages keeps unknown references and de-duplicates names', () => {
    const r = rewriteTexImages('\\includegraphics{a/x.png} \\includegraphics[width=1in]{b/x.png} \\includegraphics{missing.pdf} \\includegraphics{a/x.png}', (p) => p !== 'missing.pdf');
    expect(r.tex).toBe('\\includegraphics{image/x.png} \\includegraphics[width=1in]{image/x-2.png} \\includegraphics{missing.pdf} \\includegraphics{image/x.png}');
    expect([...r.images.values()]).toEqual(['image/x.png', 'image/x-2.png']);
  });
});
