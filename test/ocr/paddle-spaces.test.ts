import { describe, expect, test } from 'vitest';
import { decodeCtc } from '../../src/ocr/paddle/paddle.js';
import { boxLines } from '../../src/ocr/paddle/paddle-lines.js';

/**
 * The recogniser's output made by hand: one row of class probabilities per time step. Classes as the
 * model has them: 0 the CTC blank, then the dictionary, whose last entry is the space.
 */
const dictionary = [...'ABGHRSTVabcdegilmnoqrtu0123456789.,发票号码', ' '];
const SPACE = dictionary.length;
const cls = (c: string) => dictionary.indexOf(c) + 1;

/**
 * Steps from a script: a character is read on one step (0.9), `_` is a blank step, and a number after a
 * blank (`_0.3`) is the space class's probability on that step (the rest goes to the blank).
 */
function steps(script: string[]): Float32Array {
  const classes = dictionary.length + 1;
  const probs = new Float32Array(script.length * classes);
  script.forEach((s, t) => {
    const row = probs.subarray(t * classes, (t + 1) * classes);
    if (s.startsWith('_')) {
      const space = Number(s.slice(1) || 0);
      row[SPACE] = space;
      row[0] = 1 - space;
    } else {
      row[cls(s)] = 0.9;
      row[0] = 0.1;
    }
  });
  return probs;
}

/** The words of one line decoded from a script of steps (4 px a step, no pixel gaps measured). */
function words(script: string[]): string[] {
  const chars = decodeCtc(steps(script), 0, script.length, dictionary.length + 1, { dictionary, markedClasses: new Map() }, 100, 4);
  const box = { bbox: { x0: 100, y0: 0, x1: 100 + 4 * script.length, y1: 20 }, chars };
  return boxLines([box]).flatMap((line) => line.words.map((w) => w.text));
}

/**
 * A script from text: each character then a blank step (the pitch of print); `{p}` is one more blank
 * step, where the space class has probability p.
 */
function script(text: string): string[] {
  return text.split(/(\{[\d.]+\})/).flatMap((part) => (part.startsWith('{') ? [`_${part.slice(1, -1)}`] : [...part].flatMap((c) => [c, '_'])));
}

describe('CTC decoding: spaces the recogniser did not print', () => {
  test('a word break read on the blank steps as a likely space cuts the words', () => {
    // "Au bon moulin" run together, as PP-OCR reads small print: the space class at 0.3 and 0.2.
    expect(words(script('Au{0.3}bon{0.2}moulin'))).toEqual(['Au', 'bon', 'moulin']);
  });

  test('a capital initial keeps the small letter after it, an all-capital word does not', () => {
    // "GmbH" in large print: the space class at 0.18 between G and m.
    expect(words(script('Bergmann{0.3}G{0.18}mbH'))).toEqual(['Bergmann', 'GmbH']);
    expect(words(script('TVA{0.3}acquittee'))).toEqual(['TVA', 'acquittee']);
  });

  test('without the space class the characters stay one word (no dictionary decides)', () => {
    expect(words(script('Aubonmoulin'))).toEqual(['Aubonmoulin']);
    expect(words(script('Au{0.02}bon'))).toEqual(['Aubon']);
  });

  test('a weak space counts only where the steps also set the characters apart', () => {
    // 0.07 on the one blank step of the usual pitch: a letter of the word; on a wider blank: a space.
    expect(words(['R', '_', 'o', '_', 'u', '_', 't', '_0.07', 'e', '_'])).toEqual(['Route']);
    expect(words(script('Rout{0.07}e'))).toEqual(['Rout', 'e']);
  });

  test('a printed space stays a break, and is decoded as one character', () => {
    const chars = decodeCtc(steps(['R', '_', '_1', 'e']), 0, 4, dictionary.length + 1, { dictionary, markedClasses: new Map() }, 0, 4);
    // A step whose best class is the space is itself a character; the space after it is then 0.
    expect(chars.map((c) => c.text)).toEqual(['R', ' ', 'e']);
    expect(words(['R', '_', '_1', 'e'])).toEqual(['R', 'e']);
  });

  test('numbers keep their separators: no break before a comma or inside "1.234,50"', () => {
    expect(words(script('1.{0.3}234,{0.3}50'))).toEqual(['1.234,50']);
    expect(words(script('Route{0.4},'))).toEqual(['Route,']);
  });

  test('Chinese is written without spaces: the space class between hanzi is not read', () => {
    expect(words(script('发{0.4}票{0.3}号{0.2}码'))).toEqual(['发票号码']);
  });
});
