import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import { describe, expect, it } from 'vitest';
import { isStandard14, standardWidths, winAnsiEncoding } from '../../src/pdf/lean/standard14.js';

// The lean reader's standard-font widths and WinAnsi table are the package's data written out
// (scripts/standard14-metrics.mjs): they must be what the package's own API gives.
describe('standard 14 fonts and WinAnsi for the lean reader', () => {
  it('knows exactly the package\'s 14 font names', () => {
    for (const name of Object.values(FontNames)) expect(isStandard14(name), name).toBe(true);
    expect(isStandard14('Arial')).toBe(false);
    expect(isStandard14('Helvetica-Narrow')).toBe(false);
  });

  it.each(Object.values(FontNames))('%s: every glyph width as Font.load gives it', (name) => {
    const font = Font.load(name);
    const widths = standardWidths(name);
    expect(widths.size).toBe(Object.keys(font.CharWidths).length);
    for (const [glyph, width] of widths) expect(width, glyph).toBe(font.getWidthOfGlyph(glyph));
  });

  it('WinAnsi: code → Unicode and glyph name as the package encodes each code point', () => {
    const encoding = winAnsiEncoding();
    const { WinAnsi } = Encodings;
    const expected = new Map<number, { unicode: string; name: string }>();
    for (const cp of WinAnsi.supportedCodePoints) {
      const { code, name } = WinAnsi.encodeUnicodeCodePoint(cp);
      if (!expected.has(code)) expected.set(code, { unicode: String.fromCodePoint(cp), name });
    }
    const byCode = (a: [number, unknown], b: [number, unknown]) => a[0] - b[0];
    expect([...encoding].sort(byCode)).toEqual([...expected].sort(byCode));
    expect(encoding.get(0x80)).toEqual({ unicode: '€', name: 'Euro' });
    expect(encoding.get(0xe9)).toEqual({ unicode: 'é', name: 'eacute' });
  });
});
