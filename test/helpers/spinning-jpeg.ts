/**
 * A progressive grey JPEG whose AC scan is repeated `repeats` times: every scan is a few bytes (the
 * blocks are all skipped by end-of-band runs) but a decoder walks every block of the image for each,
 * so 4000×4000 pixels and 200,000 repeats keep a decoder busy for many minutes from a 5 MB file.
 */
export function spinningJpeg(size = 4000, repeats = 200_000): Uint8Array {
  const blocks = Math.ceil(size / 8) ** 2;
  const out: number[] = [];
  const marker = (code: number, body: number[]) => out.push(0xff, code, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body);
  out.push(0xff, 0xd8);
  marker(0xdb, [0x00, ...new Array(64).fill(1)]); // DQT 0
  marker(0xc2, [8, size >> 8, size & 0xff, size >> 8, size & 0xff, 1, 1, 0x11, 0]); // SOF2: 1 component
  // DHT: DC table 0 with one 1-bit code for category 0; AC table 0 with one 1-bit code for EOB14.
  marker(0xc4, [0x00, 1, ...new Array(15).fill(0), 0x00]);
  marker(0xc4, [0x10, 1, ...new Array(15).fill(0), 0xe0]);
  const scan = (ss: number, se: number, bits: string) => {
    marker(0xda, [1, 1, 0x00, ss, se, 0x00]);
    const padded = bits + '1'.repeat((8 - (bits.length % 8)) % 8);
    for (let i = 0; i < padded.length; i += 8) {
      const byte = parseInt(padded.slice(i, i + 8), 2);
      out.push(byte);
      if (byte === 0xff) out.push(0x00); // byte stuffing
    }
  };
  scan(0, 0, '0'.repeat(blocks)); // DC first scan: every difference 0
  // AC first scan: end-of-band runs of 2^14 + extra blocks (at most 32767) cover every block.
  let bits = '';
  for (let left = blocks; left > 0; ) {
    const run = Math.min(left, 32767);
    if (run < 16384) {
      bits += '0' + '1'.repeat(14); // the last run may say more blocks than are left: decoders stop at the end
      left = 0;
    } else {
      bits += '0' + (run - 16384).toString(2).padStart(14, '0');
      left -= run;
    }
  }
  const before = out.length;
  scan(1, 63, bits);
  const acScan = out.slice(before);
  for (let i = 1; i < repeats; i++) for (const b of acScan) out.push(b);
  out.push(0xff, 0xd9);
  return new Uint8Array(out);
}
