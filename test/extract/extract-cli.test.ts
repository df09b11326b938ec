/** The real `invoicectl extract` CLI: output formats, files, exit codes, templates. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ExtractResult } from '../../src/invoice/model.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';
import { expectedOf, FIXTURES, realFiles } from './helpers.js';

const WESTERN = ['invoice-en-usd.pdf', 'rechnung-de-eur.pdf', 'facture-fr-eur.pdf'].map((f) => path.join(FIXTURES, 'western', f));
const work = tmpDir();
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const extractCli = (args: string[]) => runCli(['extract', '--no-cache', '--no-ocr', '-q', ...args]);

/** Minimal RFC 4180 reader for the assertions (quoted cells with commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('invoicectl extract', () => {
  test('--format json prints an array of results in input order; all ok → exit 0', async () => {
    const r = await extractCli(WESTERN);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as ExtractResult[];
    expect(results.map((x) => x.file)).toEqual(WESTERN);
    for (const [i, x] of results.entries()) {
      expect(x).toMatchObject({ status: 'ok', source: 'text', cache: 'MISS', pages: 1 });
      expect(x.invoice!.number).toBe(expectedOf(WESTERN[i]).number);
      expect(x.invoice!.totalAmount).toBe(expectedOf(WESTERN[i]).totalAmount);
    }
  });

  test('--format ndjson: one result per line', async () => {
    const r = await extractCli([...WESTERN, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => (JSON.parse(l) as ExtractResult).invoice!.currency)).toEqual(['USD', 'EUR', 'EUR']);
  });

  test('--format csv -o FILE: a header and one row per invoice; --items one row per line item', async () => {
    const out = path.join(work, 'invoices.csv');
    const r = await extractCli([...WESTERN, '--format', 'csv', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const rows = parseCsv(fs.readFileSync(out, 'utf8'));
    const header = rows[0];
    expect(rows).toHaveLength(4);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(rows[1], 'number')).toBe('INV-2024-0042');
    expect(col(rows[1], 'totalAmount')).toBe('5452.15');
    expect(col(rows[2], 'seller.name')).toBe(expectedOf(WESTERN[1]).seller.name);

    const items = path.join(work, 'items.csv');
    await extractCli([...WESTERN, '--format', 'csv', '--items', '-o', items]);
    const itemRows = parseCsv(fs.readFileSync(items, 'utf8'));
    const expectedItems = WESTERN.reduce((n, f) => n + expectedOf(f).items.length, 0);
    expect(itemRows).toHaveLength(1 + expectedItems);
    const ih = itemRows[0];
    const first = expectedOf(WESTERN[0]).items[0];
    expect(itemRows[1][ih.indexOf('item.name')]).toBe(first.name);
    expect(Number(itemRows[1][ih.indexOf('item.amount')])).toBe(first.amount);
  });

  test('exit 3 when an invoice needs review, 1 when an input failed (1 wins), with the rest still written', async () => {
    // The generated fapiao with a failing check: its seller block is what the text path misses.
    const review = await extractCli([realFiles('ofd', '.ofd').find((f) => f.includes('chongqing'))!]);
    expect(review.code, review.stderr).toBe(3);
    expect((JSON.parse(review.stdout) as ExtractResult[])[0].status).toBe('needs_review');

    const mixed = await extractCli([WESTERN[0], path.join(FIXTURES, 'bad', 'truncated.pdf')]);
    expect(mixed.code, mixed.stderr).toBe(1);
    const results = JSON.parse(mixed.stdout) as ExtractResult[];
    expect(results[0].invoice!.number).toBe('INV-2024-0042');
    expect(results[1]).toMatchObject({ status: 'failed', invoice: null, error: { code: 'PDF_CORRUPT' } });
  });

  test('an empty folder: an empty JSON array, exit 0, and a word on stderr', async () => {
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    const r = await runCli(['extract', '--no-cache', empty]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/no documents found/);
  });

  test('usage errors exit 2', async () => {
    expect((await extractCli([WESTERN[0], '--format', 'xml'])).code).toBe(2);
    expect((await extractCli([WESTERN[0], '--concurrency', '0'])).code).toBe(2);
    const dpi = await runCli(['extract', '--no-cache', WESTERN[0], '--ocr-dpi', 'abc']);
    expect(dpi.code).toBe(2);
    expect(dpi.stderr).toMatch(/INVALID_OPTION: the OCR resolution/);
    expect(dpi.stdout).toBe('');
  });

  test('--templates DIR: a matching invoice2data template wins for the fields it defines', async () => {
    const dir = path.join(work, 'templates');
    fs.mkdirSync(dir, { recursive: true });
    // A house rule: the customer's own order reference is what they file the invoice under.
    fs.writeFileSync(path.join(dir, 'northwind.yml'), [
      'issuer: Northwind Design Studio',
      'keywords:',
      '  - Northwind Design Studio',
      'fields:',
      '  invoice_number: Invoice\\s+(?:No\\.?|Number|#)\\s*:?\\s*(INV-[\\d-]+)',
      '  amount: Total\\s+due\\s*:?\\s*\\$?\\s*([\\d,]+\\.\\d{2})',
      'options:',
      '  currency: USD',
      '',
    ].join('\n'));
    const r = await extractCli([WESTERN[0], WESTERN[1], '--templates', dir]);
    const [en, de] = JSON.parse(r.stdout) as ExtractResult[];
    expect(en.invoice!.number).toBe('INV-2024-0042');
    expect(en.invoice!.fieldSources!.number).toBe('template');
    expect(de.invoice!.fieldSources!.number).toBe('text');
  });

  test('stdin and a re-run that reads from the cache', async () => {
    const cacheDir = path.join(work, 'cache');
    const args = ['extract', '--cache-dir', cacheDir, '--no-ocr', '-q', '--format', 'ndjson', WESTERN[2]];
    const first = JSON.parse((await runCli(args)).stdout) as ExtractResult;
    const second = JSON.parse((await runCli(args)).stdout) as ExtractResult;
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT']);
    expect(second.invoice).toEqual(first.invoice);
    const piped = await runCli(['extract', '--no-cache', '--no-ocr', '-q', '-'], { input: fs.readFileSync(WESTERN[2]), cwd: ROOT });
    expect((JSON.parse(piped.stdout) as ExtractResult[])[0].invoice!.number).toBe('F2024-0113');
  });
});
