import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import AdmZip from 'adm-zip';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLibreOfficeConverter, type LibreOfficeConverter } from '../../src/convert/libreoffice.js';
import { SofficePool, sweepStale } from '../../src/convert/soffice-pool.js';
import { InvoicectlError } from '../../src/core/errors.js';
import { DOCX_PAGE_BREAK, docxFromMarkdown, isPdf, pdfPageSizes, pdfText, processesMatching } from './helpers.js';

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof InvoicectlError ? e.code : String(e)));

describe('LibreOffice converter (real soffice pool)', () => {
  let lo: LibreOfficeConverter;
  beforeAll(() => {
    lo = createLibreOfficeConverter({ size: 2 });
  });
  afterAll(async () => {
    await lo.dispose();
    // Every soffice/helper process of this test process is gone.
    expect(processesMatching(`invoicectl_${process.pid}_`)).toEqual([]);
    // ...and no profile dirs or socket files are left in /tmp.
    expect(readdirSync('/tmp').filter((f) => f.includes(`invoicectl_${process.pid}_`))).toEqual([]);
  });

  it('reports availability and version', async () => {
    const a = await lo.available();
    expect(a.ok).toBe(true);
    expect(a.version).toMatch(/^\d+\.\d+/);
  });

  it('DOCX → PDF keeps the text', async () => {
    const docx = docxFromMarkdown('# Invoice 2024-117\n\nTotal due: **1,234.50 EUR**\n');
    const [out] = await lo.convert({ bytes: docx, name: 'inv.docx' }, 'pdf', {}, {});
    expect(out.name).toBe('inv.pdf');
    expect(out.mime).toBe('application/pdf');
    expect(isPdf(out.bytes)).toBe(true);
    const text = pdfText(out.bytes);
    expect(text).toContain('Invoice 2024-117');
    expect(text).toContain('Total due: 1,234.50 EUR');
  });

  it('CSV → XLSX → ODS → PDF keeps the cells', async () => {
    const csv = new TextEncoder().encode('item,qty,price\nWidget,3,9.99\nGadget,1,120.00\n');
    const [xlsx] = await lo.convert({ bytes: csv, name: 'sheet.csv' }, 'xlsx', {}, {});
    expect(xlsx.name).toBe('sheet.xlsx');
    expect(new AdmZip(Buffer.from(xlsx.bytes)).getEntry('xl/workbook.xml')).toBeTruthy();
    const [ods] = await lo.convert(xlsx, 'ods', {}, {});
    expect(new AdmZip(Buffer.from(ods.bytes)).readAsText('mimetype')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const [pdf] = await lo.convert(ods, 'pdf', {}, {});
    const text = pdfText(pdf.bytes);
    expect(text).toContain('Widget');
    expect(text).toContain('Gadget');
    expect(text).toContain('120');
  });

  it('DOCX ↔ ODT round trip', async () => {
    const docx = docxFromMarkdown('Round trip paragraph with ümlauts and 中文.\n');
    const [odt] = await lo.convert({ bytes: docx, name: 'a.docx' }, 'odt', {}, {});
    expect(new AdmZip(Buffer.from(odt.bytes)).readAsText('content.xml')).toContain('Round trip paragraph with ümlauts and 中文.');
    const [back] = await lo.convert(odt, 'docx', {}, {});
    expect(new AdmZip(Buffer.from(back.bytes)).readAsText('word/document.xml')).toContain('Round trip paragraph');
  });

  it('TXT, HTML and legacy DOC / XLS / PPT', async () => {
    const [fromTxt] = await lo.convert({ bytes: new TextEncoder().encode('Plain text: Grüße, 发票\n'), name: 'n.txt' }, 'pdf', {}, {});
    expect(pdfText(fromTxt.bytes)).toContain('Plain text: Grüße, 发票');
    const [fromHtml] = await lo.convert({ bytes: new TextEncoder().encode('<html><body><h1>Web invoice</h1><table><tr><td>Net</td><td>7.00</td></tr></table></body></html>'), name: 'w.html' }, 'pdf', {}, {});
    expect(pdfText(fromHtml.bytes)).toMatch(/Web invoice[\s\S]*Net[\s\S]*7\.00/);
    const [doc] = await lo.convert({ bytes: docxFromMarkdown('Legacy Word\n'), name: 'l.docx' }, 'doc', {}, {});
    expect(pdfText((await lo.convert(doc, 'pdf', {}, {}))[0].bytes)).toContain('Legacy Word');
    const [xls] = await lo.convert({ bytes: new TextEncoder().encode('a,b\nLegacy,Excel\n'), name: 's.csv' }, 'xls', {}, {});
    const [csv] = await lo.convert(xls, 'csv', {}, {});
    expect(new TextDecoder().decode(csv.bytes).trim()).toBe('a,b\nLegacy,Excel');
    const [ppt] = await lo.convert({ bytes: docxFromMarkdown('# Legacy slide\n', {}, 'pptx'), name: 'd.pptx' }, 'ppt', {}, {});
    const [odp] = await lo.convert(ppt, 'odp', {}, {});
    expect(pdfText((await lo.convert(odp, 'pdf', {}, {}))[0].bytes)).toContain('Legacy slide');
  });

  it('PPTX → PDF', async () => {
    const pptx = docxFromMarkdown('# Quarterly slide\n\n- revenue up\n', {}, 'pptx');
    const [pdf] = await lo.convert({ bytes: pptx, name: 'deck.pptx' }, 'pdf', {}, {});
    expect(pdfText(pdf.bytes)).toContain('Quarterly slide');
  });

  it('honours pageSize, orientation and margins', async () => {
    const docx = docxFromMarkdown('Letter landscape\n');
    const [pdf] = await lo.convert({ bytes: docx, name: 'a.docx' }, 'pdf', { pageSize: 'Letter', orientation: 'landscape', margins: { top: 10, left: 10 } }, {});
    const [size] = await pdfPageSizes(pdf.bytes);
    expect(size.width).toBeCloseTo(792, 0);
    expect(size.height).toBeCloseTo(612, 0);
  });

  it('selects pages', async () => {
    const docx = docxFromMarkdown(`Page one${DOCX_PAGE_BREAK}Page two${DOCX_PAGE_BREAK}Page three\n`);
    const [all] = await lo.convert({ bytes: docx, name: 'p.docx' }, 'pdf', {}, {});
    expect(await pdfPageSizes(all.bytes)).toHaveLength(3);
    const [some] = await lo.convert({ bytes: docx, name: 'p.docx' }, 'pdf', { pages: '2-3' }, {});
    expect(await pdfPageSizes(some.bytes)).toHaveLength(2);
    const text = pdfText(some.bytes);
    expect(text).toContain('Page two');
    expect(text).not.toContain('Page one');
  });

  it('refuses options it cannot honour', async () => {
    const docx = docxFromMarkdown('x\n');
    expect(await codeOf(lo.convert({ bytes: docx, name: 'a.docx' }, 'odt', { pages: '1' }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(lo.convert({ bytes: docx, name: 'a.docx' }, 'pdf', { ocrEnabled: true }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(lo.convert({ bytes: docx, name: 'a.docx' }, 'pdf', { pageSize: 'fit' }, {}))).toBe('INVALID_OPTION');
  });

  it('a corrupt DOCX fails with CONVERSION_FAILED, and the pool keeps working', async () => {
    const junk = new TextEncoder().encode('PK\u0003\u0004 this is not really a zip file at all');
    const err = await lo.convert({ bytes: junk, name: 'bad.docx' }, 'pdf', {}, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvoicectlError);
    expect((err as InvoicectlError).code).toBe('CONVERSION_FAILED');
    const [ok] = await lo.convert({ bytes: docxFromMarkdown('still fine\n'), name: 'ok.docx' }, 'pdf', {}, {});
    expect(pdfText(ok.bytes)).toContain('still fine');
  });

  it('runs conversions in parallel on at most `size` instances', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => docxFromMarkdown(`Parallel document number ${i}\n`));
    const outs = await Promise.all(docs.map((d, i) => lo.convert({ bytes: d, name: `p${i}.docx` }, 'pdf', {}, {})));
    outs.forEach(([o], i) => expect(pdfText(o.bytes)).toContain(`Parallel document number ${i}`));
    expect(lo.pool.liveInstances).toBeLessThanOrEqual(2);
  });
});

describe('SofficePool lifecycle', () => {
  it('times out a conversion (ENGINE_TIMEOUT), restarts the instance, and queue time does not count', async () => {
    // The pool's limits run on a fake clock, moved by hand while LibreOffice works for real: no
    // assertion here depends on how fast this machine converts.
    const pool = new SofficePool({ size: 1 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lo-timeout-'));
    const job = (name: string, text: string) => {
      writeFileSync(path.join(dir, `${name}.docx`), docxFromMarkdown(`${text}\n`));
      return { input: path.join(dir, `${name}.docx`), output: path.join(dir, `${name}.pdf`), inputFilter: 'MS Word 2007 XML', filter: 'writer_pdf_Export' };
    };
    const pdfOf = (name: string) => pdfText(new Uint8Array(readFileSync(path.join(dir, `${name}.pdf`))));
    try {
      await pool.run(job('warm', 'warm')); // the instance starts on the real clock
      await new Promise((r) => setImmediate(r)); // and is handed back to the pool (its bookkeeping runs after the answer)
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      // A running conversion's limit: 1 s on the fake clock passes before LibreOffice can answer.
      const limited = pool.run(job('limited', 'limited'), { timeoutMs: 1000 });
      vi.advanceTimersByTime(1000);
      expect(await codeOf(limited)).toBe('ENGINE_TIMEOUT');
      expect(pool.stats.killed).toBe(1);
      // Queue time does not count: the second job waits behind the first while the fake clock moves
      // 5x its limit; its limit starts only when an instance takes it, so both finish.
      const first = pool.run(job('first', 'first in line'));
      const second = pool.run(job('second', 'second in line'), { timeoutMs: 1000 });
      vi.advanceTimersByTime(5000);
      await Promise.all([first, second]);
      expect(pdfOf('first')).toContain('first in line');
      expect(pdfOf('second')).toContain('second in line');
      expect(pool.stats.started).toBe(2); // the killed instance was replaced once
    } finally {
      vi.useRealTimers();
      await pool.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replaces an instance that crashed while idle', async () => {
    const lo = createLibreOfficeConverter({ size: 1 });
    try {
      const docx = docxFromMarkdown('crash\n');
      await lo.convert({ bytes: docx, name: 'c.docx' }, 'pdf', {}, {});
      // Kill this pool's soffice processes by pid (they carry the pool's pipe name).
      const pids = processesMatching(`invoicectl_${process.pid}_`).filter((l) => l.includes('soffice')).map((l) => Number(l.split(' ')[0]));
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      const [out] = await lo.convert({ bytes: docx, name: 'c.docx' }, 'pdf', {}, {});
      expect(pdfText(out.bytes)).toContain('crash');
      expect(lo.pool.stats.started).toBe(2);
    } finally {
      await lo.dispose();
    }
  });

  it('recycles an instance after maxConversionsPerInstance', async () => {
    const lo = createLibreOfficeConverter({ size: 1, maxConversionsPerInstance: 2 });
    try {
      const docx = docxFromMarkdown('recycle\n');
      for (let i = 0; i < 3; i++) await lo.convert({ bytes: docx, name: 'r.docx' }, 'pdf', {}, {});
      expect(lo.pool.stats.recycled).toBe(1);
      expect(lo.pool.stats.started).toBe(2);
    } finally {
      await lo.dispose();
    }
    expect(processesMatching(`invoicectl_${process.pid}_`)).toEqual([]);
  });

  it('dispose right after a recycle leaves none of the recycled instance\'s processes', async () => {
    // (The recycled instance stops gracefully, which takes a moment; dispose() must not resolve before it is gone.)
    const lo = createLibreOfficeConverter({ size: 1, maxConversionsPerInstance: 1 });
    try {
      await lo.convert({ bytes: docxFromMarkdown('recycled\n'), name: 'r.docx' }, 'pdf', {}, {});
      expect(lo.pool.stats.recycled).toBe(1);
    } finally {
      await lo.dispose();
    }
    expect(processesMatching(`invoicectl_${process.pid}_`)).toEqual([]);
  });

  it('abort while running kills the instance and rejects ABORTED', async () => {
    const lo = createLibreOfficeConverter({ size: 1 });
    try {
      const docx = docxFromMarkdown('abort\n');
      const ac = new AbortController();
      const p = lo.convert({ bytes: docx, name: 'a.docx' }, 'pdf', {}, { signal: ac.signal });
      // Aborted once the instance's soffice exists (the conversion is then under way), not after a delay.
      const running = setInterval(() => {
        if (processesMatching(`invoicectl_${process.pid}_`).some((l) => l.includes('soffice'))) ac.abort();
      }, 10);
      try {
        expect(await codeOf(p)).toBe('ABORTED');
      } finally {
        clearInterval(running);
      }
    } finally {
      await lo.dispose();
    }
  });

  it('sweeps profile dirs and sockets left by a dead process', () => {
    const dead = spawnSync('true').pid!; // a pid that has exited
    const dir = mkdtempSync(path.join(os.tmpdir(), `invoicectl-lo-${dead}-`));
    mkdirSync(path.join(dir, 'profile'));
    const pipe = path.join('/tmp', `OSL_PIPE_${process.getuid!()}_invoicectl_${dead}_1_${path.basename(dir)}`);
    writeFileSync(pipe, '');
    const mine = mkdtempSync(path.join(os.tmpdir(), `invoicectl-lo-${process.pid}-`));
    try {
      sweepStale();
      expect(existsSync(dir)).toBe(false);
      expect(existsSync(pipe)).toBe(false);
      expect(existsSync(mine)).toBe(true); // a live owner's dir is left alone
    } finally {
      rmSync(mine, { recursive: true, force: true });
    }
  });

  it('missing engine → ENGINE_UNAVAILABLE with an install hint', async () => {
    const lo = createLibreOfficeConverter(new SofficePool({ soffice: '/nonexistent/soffice' }));
    try {
      const a = await lo.available();
      expect(a.ok).toBe(false);
      expect(a.hint).toContain('apt-get install');
      const err = await lo.convert({ bytes: docxFromMarkdown('x\n'), name: 'a.docx' }, 'pdf', {}, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvoicectlError);
      expect((err as InvoicectlError).code).toBe('ENGINE_UNAVAILABLE');
      expect((err as InvoicectlError).message).toContain('libreoffice-writer-nogui');
    } finally {
      await lo.dispose();
    }
  });
});
