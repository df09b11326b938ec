/**
 * Encrypted PDFs as qpdf writes them (the standard security handler): the lean reader decrypts their
 * embedded files and leaves XMP metadata that /EncryptMetadata false keeps in clear as it is, with
 * AES-256 of revision 5 (the deprecated Adobe extension) and 6; a wrong user password opens nothing and
 * extract and convert report PDF_ENCRYPTED (docs/errors.md).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AFRelationship, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { LeanDocument } from '../../src/pdf/lean/document.js';
import { leanAttachments } from '../../src/pdf/lean-text.js';
import { tmpDir } from '../helpers/cli.js';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><note>Rechnung 2024-17, Übersicht</note></rsm:CrossIndustryInvoice>\n';
// Padded to whole AES blocks (as XMP packets are padded with spaces): metadata in clear taken for
// encrypted would be decrypted into garbage, not left alone as data of no whole block is.
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><fx:DocumentFileName xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">factur-x.xml</fx:DocumentFileName></x:xmpmeta>'.padEnd(192);

/** A one-page PDF with a text line, the XML attached (name tree and /AF) and XMP metadata. */
async function plainPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([400, 300]).drawText('Invoice 2024-17', { x: 40, y: 240, size: 18 });
  await doc.attach(new TextEncoder().encode(XML), 'factur-x.xml', { mimeType: 'text/xml', afRelationship: AFRelationship.Data });
  const xmp = doc.context.stream(new TextEncoder().encode(XMP), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  return doc.save({ useObjectStreams: false });
}

/** The PDF encrypted by qpdf with `args`, and qpdf's own account of its encryption. */
function encrypted(bytes: Uint8Array, args: string[], password = ''): { bytes: Uint8Array; shown: string } {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'in.pdf'), bytes);
  execFileSync('qpdf', [...args, path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
  const shown = execFileSync('qpdf', ['--show-encryption', `--password=${password}`, path.join(dir, 'out.pdf')]).toString();
  return { bytes: new Uint8Array(fs.readFileSync(path.join(dir, 'out.pdf'))), shown };
}

/** The catalogue's XMP metadata as the lean reader reads it, opened with `password`. */
function xmpOf(bytes: Uint8Array, password: string): string {
  const doc = new LeanDocument(bytes, { password });
  const root = doc.dict(doc.trailer.get('Root'));
  return new TextDecoder().decode(doc.streamData(root?.get('Metadata')));
}

describe('the lean reader decrypts', () => {
  const cases: [string, string[], RegExp, string?][] = [
    ['AES-128, metadata in clear', ['--encrypt', '', 'owner', '128', '--use-aes=y', '--cleartext-metadata', '--'], /R = 4[\s\S]*stream encryption method: AESv2/],
    ['RC4 128-bit, metadata in clear', ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--cleartext-metadata', '--'], /R = 4[\s\S]*stream encryption method: RC4/],
    ['AES-256 (R6), metadata in clear', ['--encrypt', '', 'owner', '256', '--cleartext-metadata', '--'], /R = 6[\s\S]*stream encryption method: AESv3/],
    ['AES-256 (R5)', ['--allow-weak-crypto', '--encrypt', '', 'owner', '256', '--force-R5', '--'], /R = 5[\s\S]*stream encryption method: AESv3/],
    ['AES-256 (R5) with a user password', ['--allow-weak-crypto', '--encrypt', 'geheim', 'owner', '256', '--force-R5', '--'], /R = 5/, 'geheim'],
    ['AES-256 (R6), metadata encrypted, with a user password', ['--encrypt', 'geheim', 'owner', '256', '--'], /R = 6/, 'geheim'],
  ];
  for (const [title, args, revision, password = ''] of cases) {
    it(`the attached XML and the XMP metadata: ${title}`, async () => {
      const { bytes, shown } = encrypted(await plainPdf(), args, password);
      expect(shown).toMatch(revision);
      // The file holds the metadata as written only when qpdf left it in clear.
      const clear = args.includes('--cleartext-metadata');
      expect(Buffer.from(bytes).toString('latin1').includes('/EncryptMetadata false')).toBe(clear);
      expect(Buffer.from(bytes).includes(XMP)).toBe(clear);
      const [file] = leanAttachments(bytes, password);
      expect(file?.name).toBe('factur-x.xml');
      expect(new TextDecoder().decode(file?.bytes)).toBe(XML);
      expect(xmpOf(bytes, password)).toBe(XMP);
    });
  }
});

describe('a wrong user password', () => {
  const withPassword = async () => encrypted(await plainPdf(), ['--encrypt', 'geheim', 'owner', '256', '--'], 'geheim').bytes;

  it('opens nothing in the lean reader', async () => {
    const bytes = await withPassword();
    expect(() => leanAttachments(bytes, 'falsch')).toThrow(/password/);
    expect(() => leanAttachments(bytes, '')).toThrow(/password/);
    expect(leanAttachments(bytes, 'geheim').map((f) => f.name)).toEqual(['factur-x.xml']);
  });

  it('is PDF_ENCRYPTED for extract and convert; the right one reads the page', async () => {
    const bytes = await withPassword();
    const extracted = async (password?: string) => (await extract({ inputs: [{ name: 'locked.pdf', bytes }], concurrency: 1, ocr: false, cache: null, password })).results[0]!;
    for (const password of ['falsch', undefined]) {
      const r = await extracted(password);
      expect([password, r.status, r.error?.code]).toEqual([password, 'failed', 'PDF_ENCRYPTED']);
    }
    expect((await extracted('geheim')).status).not.toBe('failed');

    const converted = async (password?: string) => (await convert({ inputs: [{ name: 'locked.pdf', bytes }], to: 'png', options: { imageOptions: { dpi: 36 } }, password })).files[0]!;
    expect((await converted('falsch')).error?.code).toBe('PDF_ENCRYPTED');
    expect(await converted('geheim')).toMatchObject({ status: 'converted', outputs: [{ name: 'locked-1.png' }] });
  });
});
