/** Documents for extract tests, derived from the shared real fixtures the way users meet them. */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument, PDFName } from 'pdf-lib';
import { ROOT, SHARED } from '../helpers/cli.js';

export const REAL = path.join(SHARED, 'fixtures', 'real');
export const FIXTURES = path.join(ROOT, 'fixtures');

export const read = (file: string) => new Uint8Array(fs.readFileSync(file));
export const realFiles = (folder: string, ext: string) =>
  fs.readdirSync(path.join(REAL, folder)).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(REAL, folder, f));

/** A Factur-X PDF copied without its embedded XML: what a plain PDF invoice looks like. */
export async function withoutAttachments(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.catalog.delete(PDFName.of('AF'));
  doc.catalog.delete(PDFName.of('Names'));
  return doc.save();
}

/** An OFD copied without Attachs, Tags and CustomData: only its page text is left to read. */
export function ofdWithoutMetadata(ofd: Uint8Array): Uint8Array {
  const src = new AdmZip(Buffer.from(ofd));
  const out = new AdmZip();
  for (const e of src.getEntries()) {
    if (e.isDirectory || /\/(Attachs|Tags)\//.test(e.entryName)) continue;
    let data = e.getData();
    if (e.entryName === 'OFD.xml') data = Buffer.from(data.toString('utf8').replace(/<(\w+:)?CustomDatas>[\s\S]*?<\/(\w+:)?CustomDatas>/, ''));
    out.addFile(e.entryName, data);
  }
  return new Uint8Array(out.toBuffer());
}

/** Expected values written by fixtures/generate.mjs beside each generated invoice. */
export function expectedOf(file: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(file.replace(/\.(pdf|png|jpg)$/, '.expected.json'), 'utf8'));
}
