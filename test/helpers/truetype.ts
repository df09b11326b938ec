/**
 * TrueType pieces for tests of fonts whose programs the reader checks: a `cmap` table, and a program that
 * holds only that table.
 */

/** A `cmap` table with one format 4 subtable (platform 3 encoding 1): each character of `chars` → glyph 1, 2, …. */
export function cmapTable(chars: string, subtableOffset = 12): Buffer {
  const codes = [...chars].map((c) => c.codePointAt(0)!);
  // One segment per character, then the closing 0xFFFF one.
  const segments = [...codes.map((c, i) => ({ start: c, end: c, delta: (i + 1 - c) & 0xffff })), { start: 0xffff, end: 0xffff, delta: 1 }];
  const n = segments.length;
  const sub = Buffer.alloc(16 + 8 * n);
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(sub.length, 2);
  sub.writeUInt16BE(2 * n, 6);
  segments.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + 2 * i);
    sub.writeUInt16BE(s.start, 16 + 2 * n + 2 * i);
    sub.writeUInt16BE(s.delta, 16 + 4 * n + 2 * i);
  });
  const header = Buffer.from([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 0]);
  header.writeUInt32BE(subtableOffset, 8);
  return Buffer.concat([header, Buffer.alloc(subtableOffset - 12), sub]);
}

/** A TrueType program of one table, `cmapTable(chars)`. */
export function cmapOnlyProgram(chars: string): Buffer {
  const cmap = cmapTable(chars);
  const head = Buffer.alloc(12 + 16);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt16BE(1, 4);
  head.write('cmap', 12, 'latin1');
  head.writeUInt32BE(28, 20);
  head.writeUInt32BE(cmap.length, 24);
  return Buffer.concat([head, cmap]);
}
