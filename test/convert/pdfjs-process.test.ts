/**
 * A crafted JBIG2 image whose segment header declares ~537 million referred-to segments made pdf.js grow
 * an array until V8 aborted the process (fuzz seed 29, input 1040: the whole convert died with SIGTRAP).
 * Its segment headers are checked before rendering (IMAGE_CORRUPT naming the object), and pdf.js renders
 * in child processes besides (test/core/contained-child.test.ts); the rest of the batch converts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, PDFDict } from 'pdf-lib';
import { expect, it } from 'vitest';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

/** One page drawing a JBIG2 image whose only segment claims the long form's largest referred-to count. */
async function jbig2Bomb(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  const segment = Buffer.alloc(64, 0);
  segment.writeUInt32BE(1, 0); // segment number
  segment[4] = 38; // immediate generic region
  segment.writeUInt32BE(0xffffffff, 5); // long form (top 3 bits 111), count 0x1fffffff
  const image = PDFRawStream.of(
    doc.context.obj({ Type: 'XObject', Subtype: 'Image', Width: 100, Height: 100, ColorSpace: 'DeviceGray', BitsPerComponent: 1, Filter: 'JBIG2Decode', Length: segment.length }) as PDFDict,
    segment,
  );
  const ref = doc.context.register(image);
  page.node.setXObject(PDFName.of('Im1'), ref);
  const content = doc.context.stream('q 200 0 0 200 50 50 cm /Im1 Do Q');
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return doc.save();
}

it('a JBIG2 image that killed pdf.js fails alone as IMAGE_CORRUPT; the documents beside it convert', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'bad.pdf'), await jbig2Bomb());
  fs.copyFileSync(path.join(ROOT, 'fixtures/western/invoice-en-usd.pdf'), path.join(dir, 'good.pdf'));
  const run = await runCli(['convert', 'bad.pdf', 'good.pdf', '--to', 'png', '--dpi', '24', '--concurrency', '1', '--no-cache', '--json', '-o', 'out/'], { cwd: dir });
  const files = (JSON.parse(run.stdout) as { files: { file: string; status: string; error?: { code: string; message: string } }[] }).files;
  expect(files.map((f) => [f.file, f.status, f.error?.code])).toEqual([
    ['bad.pdf', 'failed', 'IMAGE_CORRUPT'],
    ['good.pdf', 'converted', undefined],
  ]);
  expect(files[0]!.error!.message).toMatch(/object 5: the JBIG2 image is damaged \(segment 1 refers to 536870911 segments/);
  expect(fs.readFileSync(path.join(dir, 'out', 'good-1.png')).subarray(1, 4).toString()).toBe('PNG');
});
