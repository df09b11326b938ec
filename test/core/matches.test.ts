import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/core/matches.js';

const both = (re: RegExp, text: string) => [[...text.matchAll(re)], [...matchesOf(re, text)]];

describe('matchesOf', () => {
  it('gives the matches matchAll gives, with their groups and indexes', () => {
    const [all, ours] = both(/(total)\s*(\d+[.,]\d{2})/gi, 'Total 12,50 / TOTAL 3.00 / total');
    expect(ours.map((m) => [m.index, m[0], m[1], m[2]])).toEqual([[0, 'Total 12,50', 'Total', '12,50'], [14, 'TOTAL 3.00', 'TOTAL', '3.00']]);
    expect(ours.map((m) => [m.index, ...m])).toEqual(all.map((m) => [m.index, ...m]));
  });

  it('steps over empty matches by a character, and by a code point for a Unicode pattern', () => {
    const [all, ours] = both(/x*/g, 'axxb');
    expect(ours.map((m) => [m.index, m[0]])).toEqual(all.map((m) => [m.index, m[0]]));
    const [allU, oursU] = both(/(?:)/gu, 'a😀b');
    expect(oursU.map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(oursU.map((m) => m.index)).toEqual(allU.map((m) => m.index));
  });

  it('may be used again between two matches, and leaves the pattern at lastIndex 0', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of matchesOf(re, '1 22 333')) {
      seen.push(`${m[0]}:${[...matchesOf(re, 'a9b')].map((n) => n[0]).join()}`);
      if (m[0] === '22') break;
    }
    expect(seen).toEqual(['1:9', '22:9']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });
});
