/**
 * The lean reader's lexer: `n g R` is recognised by peeking at bytes (not by reading two tokens and
 * putting them back), and short operators are looked up by their bytes; both must read exactly what
 * reading token by token reads.
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Keyword, Lexer, Name, Op, Ref, Str } from '../../src/pdf/lean/syntax.js';

function objects(text: string): unknown[] {
  const lx = new Lexer(Buffer.from(text, 'latin1'));
  const out: unknown[] = [];
  for (let o = lx.object(); o !== undefined; o = lx.object()) out.push(o);
  return out;
}

const kw = (o: unknown) => (o instanceof Keyword ? o.word : o);

describe('lean lexer', () => {
  it('reads references, and numbers that only look like the start of one', () => {
    expect(objects('12 0 R')).toEqual([new Ref(12, 0)]);
    expect(objects('12  3\n% a comment\nR /X')).toEqual([new Ref(12, 3), new Name('X')]);
    expect(objects('[1 0 R 2 0 R]')).toEqual([[new Ref(1, 0), new Ref(2, 0)]]);
    expect(objects('<</Font 5 0 R>>')).toEqual([new Map([['Font', new Ref(5, 0)]])]);
    // Not references: a third number, a real generation, a longer word, a negative object number, a name.
    expect(objects('1 0 0 1 72 700 Tm').map(kw)).toEqual([1, 0, 0, 1, 72, 700, 'Tm']);
    expect(objects('1 0.5 R').map(kw)).toEqual([1, 0.5, 'R']);
    expect(objects('1 0 RG').map(kw)).toEqual([1, 0, 'RG']);
    expect(objects('-1 0 R').map(kw)).toEqual([-1, 0, 'R']);
    expect(objects('8 /F1 Tf 12 Tf').map(kw)).toEqual([8, new Name('F1'), 'Tf', 12, 'Tf']);
    expect(objects('3 0 R(x)')).toEqual([new Ref(3, 0), new Str('x')]);
  });

  it('reads short and long operators and the literal keywords alike', () => {
    expect(objects('q Q BT ET T* \' " BDC EMC scn endobj true false null').map(kw)).toEqual(['q', 'Q', 'BT', 'ET', 'T*', "'", '"', 'BDC', 'EMC', 'scn', 'endobj', true, false, null]);
    expect(objects('Tf Tf')[0]).toBe(objects('Tf')[0]);
  });

  it('reads operators as the words written in the reader, which V8 compares by pointer', () => {
    // %IsInternalizedString: whether V8 holds the string once, as it holds a literal. A word made from the
    // stream's bytes was compared character by character with each case of the content reader's switch.
    v8.setFlagsFromString('--allow-natives-syntax');
    const internalized = new Function('s', 'return %IsInternalizedString(s)') as (s: string) => boolean;
    const words = objects('q 1 0 0 1 9 9 cm BT /F1 12 Tf 2 Tr (a) Tj [(b) -250 (c)] TJ ET Q 0 0 9 9 re f W* n << /A [1] >>').filter((o) => o instanceof Keyword);
    expect(words.map(kw)).toEqual(['q', 'cm', 'BT', 'Tf', 'Tr', 'Tj', 'TJ', 'ET', 'Q', 're', 'f', 'W*', 'n']);
    expect(words.map((k) => internalized((k as Keyword).word))).toEqual(words.map(() => true));
  });

  it('reads # escapes in names: two hex digits (either case) are one byte, any other # stays a #', () => {
    expect(objects('/A#20B /C#2fD /E#2FF')).toEqual([new Name('A B'), new Name('C/D'), new Name('E/F')]);
    // Not escapes; the delimiter after a trailing # still ends the name (it was swallowed as hex once).
    expect(objects('<< /G#G1 /H# >>')).toEqual([new Map([['G#G1', new Name('H#')]])]);
  });

  it('reads hex strings as bytes', () => {
    expect(objects('<0001 00ff> <ABC>')).toEqual([new Str('\x00\x01\x00\xff'), new Str('\xab\xc0')]);
    const long = 'ab'.repeat(3000);
    expect(objects(`<${long}>`)).toEqual([new Str('\xab'.repeat(3000))]);
  });
  it('reads short names the same however often and in whatever order they come', () => {
    // Names of up to 16 bytes are kept in slots by a hash of their bytes: each must read as written,
    // whichever name held its slot before (2,000 names fill every slot several times over).
    const names = Array.from({ length: 2000 }, (_, i) => `N${i.toString(36)}${'x'.repeat(i % 14)}`);
    const text = names.map((n) => `/${n}`).join(' ');
    expect(objects(text)).toEqual(names.map((n) => new Name(n)));
    expect(objects([...names].reverse().map((n) => `/${n}`).join(' '))).toEqual([...names].reverse().map((n) => new Name(n)));
    // The longest kept and the shortest not kept, bytes above 0x7f, the empty name, and a name at the end of the data.
    expect(objects('/abcdefghijklmnop /abcdefghijklmnopq /\xe9t\xe9 / /F1')).toEqual([new Name('abcdefghijklmnop'), new Name('abcdefghijklmnopq'), new Name('\xe9t\xe9'), new Name(''), new Name('F1')]);
  });

  it('reads hex strings of every length, with spaces, odd digits and no closing bracket', () => {
    expect(objects('<> <4> <41 42\n43> <0102030405060708> <010203040506070809>')).toEqual([new Str(''), new Str('\x40'), new Str('ABC'), new Str('\x01\x02\x03\x04\x05\x06\x07\x08'), new Str('\x01\x02\x03\x04\x05\x06\x07\x08\x09')]);
    // One longer than the buffer the lexer decodes into at first, then a short one after it.
    const long = Array.from({ length: 700 }, (_, i) => (i % 256).toString(16).padStart(2, '0')).join('');
    expect(objects(`<${long}> <4a4B>`)).toEqual([new Str(Buffer.from(long, 'hex').toString('latin1')), new Str('JK')]);
    expect(objects('<4142')).toEqual([new Str('AB')]);
  });
  it('numbers the operators the text reader acts on, every other word Other', () => {
    const ops = (text: string) => objects(text).map((o) => (o as Keyword).op);
    expect(ops('q Q cm BT Tf Tr Tc Tw Tz TL Ts Td TD Tm T* Tj \' " TJ Do gs BMC BDC EMC BI d0 d1')).toEqual([
      Op.q, Op.Q, Op.cm, Op.BT, Op.Tf, Op.Tr, Op.Tc, Op.Tw, Op.Tz, Op.TL, Op.Ts, Op.Td, Op.TD, Op.Tm, Op.TStar, Op.Tj, Op.Quote,
      Op.DoubleQuote, Op.TJ, Op.Do, Op.gs, Op.BMC, Op.BDC, Op.EMC, Op.BI, Op.d0, Op.d1,
    ]);
    expect(new Set(ops('q Q cm BT Tf Tr Tc Tw Tz TL Ts Td TD Tm T* Tj \' " TJ Do gs BMC BDC EMC BI d0 d1')).size).toBe(27);
    // Path, colour and marked-content operators it skips; words it has never seen; a prototype's key.
    expect(ops('re f l m ET rg cs scn W n MP Tjx toString constructor __proto__ endobj')).toEqual(Array(16).fill(Op.Other));
  });

  it('reads every short word as itself, and each standard operator as one Keyword, whatever shares its slot', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ*';
    const words = [...letters].flatMap((a) => [a, ...[...letters].map((b) => a + b)]).filter((w) => !/^[0-9]/.test(w));
    words.push('BDC', 'BMC', 'EMC', 'SCN', 'scn', 'obj', 'Tjx', 'qQq', 'xyz');
    const text = words.join(' ');
    const first = objects(text).map(kw);
    const reversed = objects([...words].reverse().join(' ')).map(kw);
    const expected = words.map((w) => (w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : w));
    expect(first).toEqual(expected);
    expect(reversed).toEqual([...expected].reverse());
    const ops = 'q Q cm BT ET Tf Tj TJ Td Tm re f l m S n W* g rg gs Do BDC EMC scn'.split(' ');
    const once = objects(ops.join(' '));
    expect(objects(ops.join(' '))).toEqual(once);
    objects(ops.join(' ')).forEach((k, i) => expect(k).toBe(once[i]));
  });
});
