/** Test material and a small HTTP client for processor-api.md tests. */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument } from 'pdf-lib';
import { ROOT } from '../helpers/cli.js';

export const INVOICE_DIR = path.join(ROOT, 'fixtures', 'invoices');

export interface Fixture {
  name: string;
  bytes: Uint8Array;
  expected: { number: string; totalAmount: number; date: string; seller: { name: string } };
}

/** The generated Chinese invoice PDFs with their ground truth (written by fixtures/generate.mjs). */
export function invoiceFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const folder of fs.readdirSync(INVOICE_DIR).sort()) {
    const dir = path.join(INVOICE_DIR, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.pdf')) continue;
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.pdf$/, '.expected.json')), 'utf8'));
      out.push({ name: file, bytes: fs.readFileSync(path.join(dir, file)), expected });
    }
  }
  return out;
}

/** A PDF whose only content is a photo of a receipt: extract has to OCR it, which takes seconds. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'meal.jpg')));
  const page = doc.addPage([image.width, image.height]);
  page.drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
  return doc.save();
}

export function zipOf(entries: Record<string, Uint8Array>): Uint8Array {
  const zip = new AdmZip();
  for (const [name, bytes] of Object.entries(entries)) zip.addFile(name, Buffer.from(bytes));
  return zip.toBuffer();
}

/** adm-zip normalises names on add; this writes an entry whose stored name climbs out with `../`. */
export function zipWithEntryName(entryName: string, bytes: Uint8Array): Uint8Array {
  const placeholder = 'x'.repeat(entryName.length);
  const buffer = Buffer.from(zipOf({ [placeholder]: bytes }));
  let at = buffer.indexOf(placeholder);
  while (at >= 0) {
    buffer.write(entryName, at, 'latin1');
    at = buffer.indexOf(placeholder, at + 1);
  }
  return buffer;
}

export class ProcessorClient {
  session = '';
  constructor(readonly url: string) {}

  async createSession(): Promise<string> {
    const res = await fetch(`${this.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    this.session = ((await res.json()) as { session_id: string }).session_id;
    return this.session;
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'x-session-id': this.session, ...extra };
  }

  async upload(files: { name: string; bytes: Uint8Array; type?: string }[], fields: Record<string, string> = {}): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append('files', new Blob([f.bytes], { type: f.type ?? (f.name.endsWith('.zip') ? 'application/zip' : 'application/pdf') }), f.name);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return fetch(`${this.url}/api/upload/`, { method: 'POST', headers: this.headers(), body: form });
  }

  async get(route: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.url}${route}`, { ...init, headers: { ...this.headers(), ...(init.headers as Record<string, string>) } });
  }

  async json<T = any>(route: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const res = await this.get(route, init);
    return { status: res.status, body: (await res.json()) as T };
  }

  async waitForEnd(taskId: string): Promise<any> {
    for (;;) {
      // A poll may meet a keep-alive socket the server has just reset under load; a second try tells
      // that apart from a server that is gone (then it fails too).
      const poll = () => this.json(`/api/task/${taskId}/status`);
      const { body } = await poll().catch(async () => {
        await new Promise((r) => setTimeout(r, 500));
        return poll();
      });
      if (!['queued', 'processing'].includes(body.status)) return body;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Every file under a folder, recursively (blobs and temp files of a data dir). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
