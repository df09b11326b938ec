/**
 * `serve` applies the config's `convert` section to the conversions it runs (the runtime builds the
 * engines from it, and its task threads share the runtime's LibreOffice pool and PaddleOCR host), as
 * the CLI does: each setting set to a value other than its default and observed in what the server does.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { createRuntime } from '../../src/runtime.js';
import { docxFromMarkdown } from '../convert/helpers.js';
import { ENGLISH_INVOICE, makeInvoicePdf, renderPng } from '../ocr/helpers.js';
import { startServe, type ServeProcess } from './helpers.js';

/** The command lines of a process's children. */
function childrenOf(pid: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'args=', '--ppid', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** The LibreOffice instances a process started: each has its own pipe, named after the process. */
function officeInstancesOf(pid: number): Set<string> {
  let lines: string[] = [];
  try {
    lines = execFileSync('pgrep', ['-af', `invoicectl_${pid}_`], { encoding: 'utf8' }).split('\n');
  } catch {
    // pgrep exits 1 when nothing matches
  }
  return new Set(lines.flatMap((l) => /invoicectl_\d+_\d+_[\w-]+/.exec(l)?.[0] ?? []));
}

async function convertForm(server: ServeProcess, name: string, bytes: Uint8Array, targetFormat: string, options?: object) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  form.append('targetFormat', targetFormat);
  if (options) form.append('options', JSON.stringify(options));
  const res = await fetch(`${server.url}/api/v1/convert`, { method: 'POST', body: form });
  return (await res.json()) as any;
}

describe('serve and config.convert.timeoutSeconds', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe({ config: { convert: { timeoutSeconds: 0.05 } } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a conversion over convert.timeoutSeconds ends with the engine timeout', async () => {
    // Hundreds of pages to lay out: far more than 50 ms of work on any machine, however fast.
    const pages = Array.from({ length: 300 }, (_, i) => `## Section ${i}\n\n${'Text of the report, laid out line by line. '.repeat(80)}\n`).join('\n');
    const body = await convertForm(server, 'report.docx', docxFromMarkdown(`# Report\n\n${pages}`), 'pdf');
    expect(body.success, JSON.stringify(body)).toBe(false);
    expect(body.error.message).toMatch(/did not finish within/);
  });
});

describe('serve and config.convert.sofficeInstances, ocrEngine', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    // The defaults: an office instance per core (up to 4) and the auto engine, which reads English with PaddleOCR.
    expect(defaultConfig().convert.ocrEngine).toBe('auto');
    server = await startServe({ config: { convert: { sofficeInstances: 1, ocrEngine: 'tesseract' } } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('two conversions at once, on two task threads, share the one office instance', async () => {
    const bodies = await Promise.all(
      ['first', 'second'].map((word) => convertForm(server, `${word}.docx`, docxFromMarkdown(`# ${word}\n\nText.\n`), 'pdf')),
    );
    for (const body of bodies) expect(body.success, JSON.stringify(body)).toBe(true);
    expect(officeInstancesOf(server.child.pid!).size).toBe(1);
  });

  it('OCR runs on tesseract: the words are read, and no PaddleOCR host was started', async () => {
    const scan = (await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), 150)).png;
    const body = await convertForm(server, 'scan.png', scan, 'txt', { ocrEnabled: true, ocrLanguage: ['eng'], quality: 'medium' });
    expect(body.success, JSON.stringify(body)).toBe(true);
    const text = await (await fetch(body.data.resultFileUrl)).text();
    expect(text).toContain('INV-2024-0042');
    expect(childrenOf(server.child.pid!).filter((args) => args.includes('paddle-host'))).toEqual([]);
  });
});

describe('serve and config.convert.ocrEngine paddle', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe({ config: { convert: { ocrEngine: 'paddle' } } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('two OCR conversions at once, on two task threads, are read by the one PaddleOCR host', async () => {
    const scan = (await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), 150)).png;
    const bodies = await Promise.all(['a.png', 'b.png'].map((name) => convertForm(server, name, scan, 'txt', { ocrEnabled: true, ocrLanguage: ['eng'], quality: 'medium' })));
    for (const body of bodies) {
      expect(body.success, JSON.stringify(body)).toBe(true);
      expect(await (await fetch(body.data.resultFileUrl)).text()).toContain('INV-2024-0042');
    }
    expect(childrenOf(server.child.pid!).filter((args) => args.includes('paddle-host'))).toHaveLength(1);
  });
});

describe('the runtime builds its converters from config.convert', () => {
  it('the LibreOffice pool has convert.sofficeInstances instances, the OCR converter convert.ocrWorkers workers and its engine', async () => {
    const config = defaultConfig();
    const runtime = createRuntime({ config: { ...config, convert: { ...config.convert, sofficeInstances: 3, ocrWorkers: 3, ocrEngine: 'paddle', timeoutSeconds: 7 } } });
    try {
      const soffice = (await runtime.soffice()) as unknown as { size: number; timeoutMs: number };
      expect({ size: soffice.size, timeoutMs: soffice.timeoutMs }).toEqual({ size: 3, timeoutMs: 7000 });
      const converters = (await runtime.converters()).converters();
      expect((converters.find((c) => c.id === 'libreoffice') as unknown as { pool: unknown }).pool).toBe(soffice);
      expect(converters.find((c) => c.id === 'ocr')).toMatchObject({ workers: 3, engineChoice: 'paddle' });
    } finally {
      await runtime.dispose();
    }
  });
});
