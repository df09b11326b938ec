/**
 * withCaseClasses: a case-blind pattern spelt without `i` must match exactly what it matched before,
 * letter by letter over the whole Basic Multilingual Plane, and as a whole label pattern.
 */
import { describe, expect, it } from 'vitest';
import { withCaseClasses } from '../../src/core/case-classes.js';

/** Every BMP character but the surrogates, one string: a global pattern finds all it matches in one scan. */
const BMP = Array.from({ length: 0x10000 }, (_, code) => (code >= 0xd800 && code <= 0xdfff ? '' : String.fromCharCode(code))).join('');
const matched = (re: RegExp) => (BMP.match(new RegExp(re.source, `${re.flags}g`)) ?? []).join('');

describe('withCaseClasses', () => {
  for (const flags of ['i', 'iu']) {
    it(`matches what each Latin letter matches under ${flags}, and nothing else`, () => {
      for (let code = 0x41; code <= 0x24f; code++) {
        const c = String.fromCharCode(code);
        if (/[\\^$.*+?()[\]{}|/-]/.test(c)) continue;
        for (const source of [c, `[x${c}]`]) {
          const re = new RegExp(source, flags);
          const spelt = withCaseClasses(re);
          expect(spelt.flags, source).toBe(flags.replace('i', ''));
          expect(matched(spelt), `${source} /${flags}`).toBe(matched(re));
        }
      }
    });

    it(`spells out a letter given by its code, as the CLI's bundle writes label patterns, under ${flags}`, () => {
      for (let code = 0x41; code <= 0x24f; code++) {
        const hex = code.toString(16).padStart(4, '0');
        const escapes = [`\\u${hex}`, ...(code < 0x100 ? [`\\x${hex.slice(2)}`] : [])];
        for (const source of escapes.flatMap((e) => [e, `[x${e}]`, `t${e}tal`])) {
          const re = new RegExp(source, flags);
          const spelt = withCaseClasses(re);
          expect(spelt.flags, source).toBe(flags.replace('i', ''));
          expect(matched(spelt), `${source} /${flags}`).toBe(matched(re));
        }
      }
      // A bundled label ("montant ttc à payer", "référence"): spelt out as the one written with its letters.
      const written = withCaseClasses(/montant\s+ttc\s+[àa]\s+payer|r[ée]f[ée]rence/i);
      expect(withCaseClasses(/montant\s+ttc\s+[\u00e0a]\s+payer|r[\u00e9e]f[\u00e9e]rence/i).source).toBe(written.source);
      for (const line of ['MONTANT TTC À PAYER', 'Montant ttc a payer', 'RÉFÉRENCE', 'Référence', 'reference']) expect(written.test(line), line).toBe(true);
    });

    it(`matches what a range of letters matches under ${flags}`, () => {
      for (const source of ['[a-z]', '[A-Z]', '[À-ž]', '[A-ž]', '[À-ÿ]', '[0-9a-f]', '[^A-Za-z]', '[一-龥]']) {
        const re = new RegExp(source, flags);
        const spelt = withCaseClasses(re);
        expect(spelt.flags, source).toBe(flags.replace('i', ''));
        expect(matched(spelt), `${source} /${flags}`).toBe(matched(re));
      }
    });

    it(`matches what a range with an end given by its code matches under ${flags}, as the CLI's bundle writes it`, () => {
      // ("[\u00e0-\u00ff]" is the bundle's "[à-ÿ]"; "[\w\u00c0-\u017e]" a label's letters or digits, its \w
      // left as it is with u.)
      for (const source of ['[\\u00e0-\\u00ff]', '[\\xc0-\\xff]', '[\\x30-z]', '[a-\\u0100]', '[x\\u00c0-\\u017e]', '[^\\u0041-\\u005a]', '(?<![\\u00c0-\\u017e])tva', ...(flags === 'i' ? ['[\\w\\u00c0-\\u017e]'] : [])]) {
        const re = new RegExp(source, flags);
        const spelt = withCaseClasses(re);
        expect(spelt.flags, source).toBe(flags.replace('i', ''));
        expect(matched(spelt), `${source} /${flags}`).toBe(matched(re));
      }
    });
  }

  it('spells out each Greek and Cyrillic letter, alone, in a class and in a range, without u', () => {
    for (let code = 0x370; code <= 0x52f; code++) {
      const c = String.fromCharCode(code);
      for (const source of [c, `[x${c}]`, `\\u${code.toString(16).padStart(4, '0')}`]) {
        const re = new RegExp(source, 'i');
        const spelt = withCaseClasses(re);
        expect(spelt.flags, source).toBe('');
        expect(matched(spelt), source).toBe(matched(re));
      }
    }
    for (const source of ['[α-ω]', '[Α-Ω]', '[а-я]', '[А-Я]', '[Ͱ-Ͽ]', '[Ѐ-ӿ]', '[\\u0410-\\u044f\\u0401\\u0451]', 'αριθμός τιμολογίου|број рачуна|σύνολο']) {
      const re = new RegExp(source, 'i');
      expect(withCaseClasses(re).flags, source).toBe('');
      expect(matched(withCaseClasses(re)), source).toBe(matched(re));
    }
    // With u, case-blind matching folds them otherwise: left as they are.
    expect(withCaseClasses(/σ/iu).flags).toBe('iu');
  });

  it('spells out each letter of Latin Extended Additional (Vietnamese), alone, in a class and in a range, without u', () => {
    for (let code = 0x1e00; code <= 0x1eff; code++) {
      const c = String.fromCharCode(code);
      for (const source of [c, `[x${c}]`, `\\u${code.toString(16)}`]) {
        const re = new RegExp(source, 'i');
        const spelt = withCaseClasses(re);
        expect(spelt.flags, source).toBe('');
        expect(matched(spelt), source).toBe(matched(re));
      }
    }
    // A buyer's label of a Vietnamese invoice, in a label alternation as the bundle writes it.
    for (const source of ['[Ḁ-ỿ]', '[ẛ-ẟ]', 't\\u00ean\\s+\\u0111\\u01a1n\\s+v\\u1ecb|ti[\\u1ec1e]n\\s+thu[\\u1ebfe]|buyer']) {
      const re = new RegExp(source, 'i');
      expect(withCaseClasses(re).flags, source).toBe('');
      expect(matched(withCaseClasses(re)), source).toBe(matched(re));
    }
    // With u, case-blind matching folds them otherwise: left as they are.
    expect(withCaseClasses(/ẛ/iu).flags).toBe('iu');
  });

  it('spells a label pattern out and finds the same matches in every case', () => {
    const re = /(?<!(?:sub|net)[-\s]?)\bt ?[o0] ?t ?a ?l\b(?!\s*(?:net|HT))|(?<label>r[ée]f[ée]rence|straße)\s*[:.]?\s*([A-Z]{3}|[€$£])?\s*(\d[\d.,\u00a0]*)|n[°º˚。№]|č\.|\x2e/gi;
    const spelt = withCaseClasses(re);
    expect(spelt.flags).toBe('g');
    expect(spelt.source).toContain('[tT] ?[oO0] ?[tT]');
    const lines = ['Total 12,00', 'TOTAL EUR 1.234,00', 'sub-total 3', 'T0TAL net', 'Référence: ABC 12', 'RÉFÉRENCE eur 5', 'Straße 4', 'STRASSE 4', 'STRAẞE 4', 'N° 5', 'Č. 7', 'a b A'];
    for (const line of [...lines, ...lines.map((l) => l.toLowerCase()), ...lines.map((l) => l.toUpperCase())]) {
      expect([...line.matchAll(spelt)].map((m) => [m.index, ...m]), line).toEqual([...line.matchAll(re)].map((m) => [m.index, ...m]));
    }
  });

  it('leaves a pattern as it is where spelling it out could change what it matches', () => {
    for (const re of [/\p{L}+ total/iu, /(a)b\1/i, /\bstreet\b/iu, /total\w/iu, /\u212a/i, /\u0391/iu, /[\d-z]/i, /[\.-z]/i, /[\ud83d\ude00-\ud83d\ude4f]/iu, /[a[-z]/i, /Ω/iu, /total/]) {
      expect(withCaseClasses(re), String(re)).toBe(re);
    }
  });

  it('keeps the Kelvin sign, the long s and the sharp s of a Unicode pattern', () => {
    const re = /kas|ß|[k-s]/iu;
    const spelt = withCaseClasses(re);
    expect(spelt === re || !spelt.ignoreCase).toBe(true);
    for (const s of ['\u212aa\u017f', 'KAS', 'ẞ', '\u017f', 'm']) expect(spelt.test(s), s).toBe(re.test(s));
  });
});
