/**
 * PNG structure checks that keep damaged files away from the native decoder, which crashed the whole
 * process (SIGSEGV) on a wrong CRC or on a header that lies about its size, and from pdf-lib's, which
 * spun forever on a truncated file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPng } from '../../src/core/image/png-check.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const TAXI = fs.readFileSync(path.join(ROOT, 'fixtures', 'invoices', 'receipts', 'taxi.png'));

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
  return out;
}

/** A PNG from its parts: grey 8-bit, `rawLength` bytes of (zero) filtered scanlines compressed. */
function png(width: number, height: number, rawLength: number, interlace = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  ihdr[12] = interlace;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(rawLength))), chunk('IEND', Buffer.alloc(0))]);
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

describe('checkPng', () => {
  it('passes real PNGs, plain and interlaced (Adam7 sizes)', async () => {
    expect(await codeOf(checkPng(TAXI, 'taxi.png'))).toBe('ok');
    expect(await codeOf(checkPng(png(3, 2, 2 * (1 + 3)), 'small.png'))).toBe('ok');
    // 5×5 interlaced grey: passes of 1×1, 1×1, 2×1, 1×2, 3×1, 2×3, 5×2 pixels → 36 bytes with filter bytes.
    expect(await codeOf(checkPng(png(5, 5, 36, 1), 'interlaced.png'))).toBe('ok');
  });

  it('refuses a wrong CRC, a truncated file, a header that lies about its data, and an oversized image', async () => {
    const flipped = Buffer.from(TAXI);
    flipped[29] ^= 0xff;
    expect(await codeOf(checkPng(flipped, 'crc.png'))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(checkPng(TAXI.subarray(0, 4430), 'cut.png'))).toBe('IMAGE_CORRUPT');
    // 1 × 2,000,000 grey pixels declared, a few bytes of data given (the 69-byte file that crashed the decoder).
    expect(await codeOf(checkPng(png(1, 2_000_000, 10), 'liar.png'))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(checkPng(png(3, 2, 100), 'too-much.png'))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(checkPng(png(100_000, 100_000, 10), 'huge.png', 100_000_000))).toBe('IMAGE_TOO_LARGE');
    expect(await codeOf(checkPng(Buffer.from('not a png'), 'text.png'))).toBe('IMAGE_CORRUPT');
  });

  it('extract of a batch with a damaged PNG reports it and reads the rest (the process used to die with SIGSEGV)', () => {
    const dir = tmpDir();
    const flipped = Buffer.from(TAXI);
    flipped[29] ^= 0xff;
    fs.writeFileSync(path.join(dir, 'crc.png'), flipped);
    fs.writeFileSync(path.join(dir, 'liar.png'), png(1, 2_000_000, 10));
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'invoices', '交通', 'ride-kuaida-shudian.pdf'), path.join(dir, 'ride.pdf'));
    let stdout = '';
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin', 'invoicectl.js'), 'extract', dir, '--no-cache'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      const e = err as { status: number; stdout: string };
      expect(e.status).toBe(1);
      stdout = e.stdout;
    }
    const results = JSON.parse(stdout) as { file: string; status: string; error?: { code: string }; invoice?: { number: string } }[];
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byName['crc.png'].error?.code).toBe('IMAGE_CORRUPT');
    expect(byName['liar.png'].error?.code).toBe('IMAGE_CORRUPT');
    expect(byName['ride.pdf'].invoice?.number).toBe('24112000000145678901');
  });
});
