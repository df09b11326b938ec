/**
 * A decoder that never finishes (a JPEG whose tiny scan repeats 200,000 times, inside a PDF) runs where a
 * deadline can stop it: convert --timeout ends the process with that file's ENGINE_TIMEOUT, and our own
 * JPEG check refuses such a file before any decoder of ours sees it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkJpeg } from '../../src/core/image/jpeg-check.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { spinningJpeg } from '../helpers/spinning-jpeg.js';

async function pdfShowing(jpeg: Uint8Array, pixels: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 400]);
  const image = doc.context.register(doc.context.stream(jpeg, { Type: 'XObject', Subtype: 'Image', Width: pixels, Height: pixels, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'DCTDecode' }));
  page.node.setXObject(PDFName.of('Im0'), image);
  page.node.addContentStream(doc.context.register(doc.context.flateStream('q 400 0 0 400 0 0 cm /Im0 Do Q')));
  return doc.save();
}

describe('a decoder that spins', () => {
  it('our JPEG check refuses a file of more scans than any encoder writes, and passes a normal progressive one', () => {
    expect(() => checkJpeg(spinningJpeg(64, 2000), 'spin.jpg')).toThrow(/more than 1000 scans/);
    expect(() => checkJpeg(spinningJpeg(64, 10), 'ok.jpg')).not.toThrow();
  });

  it('convert --timeout stops the pdf.js thread: the process exits with the file failed (ENGINE_TIMEOUT)', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'spin.pdf'), await pdfShowing(spinningJpeg(4000, 200_000), 4000));
    fs.writeFileSync(path.join(dir, 'fine.pdf'), await pdfShowing(spinningJpeg(64, 3), 64));
    // The spinning file never finishes, whatever the limit; the fine one (a thread started afresh, a
    // 64-pixel page) takes well under a second idle, over 2 s with the cores shared eight ways, and over
    // 10 s at a load of 40 on 2 cores: 60 s keeps the limit about the spinning file, not the machine's load.
    const run = await runCli(['convert', 'spin.pdf', 'fine.pdf', '--to', 'png', '--timeout', '60', '--no-cache', '--concurrency', '1', '-o', 'out/'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/spin\.pdf: ENGINE_TIMEOUT/);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['fine-1.png']);
  });
});
