import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/core/name-order.js';

const collator = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);

/** A deterministic stream of numbers in [0, 1) (xorshift), so a failure can be run again. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('compareNames', () => {
  it('orders every pair of printable ASCII characters as the English collator does', () => {
    const chars = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const a of chars) for (const b of chars) expect([a, b, sign(compareNames(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
  });

  it('orders random ASCII names, mixed in case and punctuation, as the collator does', () => {
    const random = numbers(0x2545f491);
    // Few distinct letters, so that names often share prefixes and differ only in case or length.
    const alphabet = 'aAbB09 _-./()~$#';
    const name = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    // And over every printable ASCII character.
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    const anyName = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => printable[Math.floor(random() * printable.length)]).join('');
    const names = [...Array.from({ length: 3000 }, name), ...Array.from({ length: 2000 }, anyName)];
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
    for (let i = 0; i + 1 < names.length; i++) expect(sign(compareNames(names[i], names[i + 1]))).toBe(sign(collator.compare(names[i], names[i + 1])));
  });

  it('orders file names as a folder of invoices holds them', () => {
    const names = ['inv-10.pdf', 'inv-2.pdf', 'Inv-2.pdf', 'INV_3.PDF', 'invoice 2024-03.pdf', 'Invoice_2024_03.pdf', 'a/b.pdf', 'a-b.pdf', 'a.pdf', 'A.pdf', 'ab.pdf', 'sub/inv-1.pdf', '2024/03/x.pdf'];
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
  });

  it('orders names outside ASCII, and ASCII names among them, by the collator', () => {
    const names = ['发票-2.pdf', 'inv-1.pdf', 'Rechnung-ä.pdf', 'rechnung-a.pdf', 'Rechnung-b.pdf', 'facture-é.pdf', 'facture-e.pdf', '发票-10.pdf', 'zeta.pdf'];
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
  });
});
