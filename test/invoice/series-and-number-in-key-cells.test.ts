/**
 * A series and a number each in a cell of its own beside its key, as Romanian, Greek and Spanish programs print
 * the title's box: the series' row over the number's, keys in one column ("Seria | MVF" over "Număr | 00327"),
 * the key's English after a slash perhaps wrapped between them ("Σειρά /" over "Series"); or a Greek invoice's keys
 * in Latin letters on one row ("SEIRA: TPY AR.: 0452"). The number is the series and the figures. Generated variants of
 * the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a series and a number in key cells', () => {
  it('reads the series row over the number row, keys in one column', () => {
    for (const [key, numberKey] of [['Seria', 'Număr'], ['Seria:', 'Nr.'], ['Serie', 'Número']]) {
      const inv = read({ info: [[key, 'TMV'], [numberKey, '01884'], ['Data emiterii', '03.12.2026']] });
      expect(inv.number).toBe('TMV 01884');
    }
  });

  it('steps over the keys\' English wrapped under them', () => {
    const inv = read({ info: [], extra: [
      d(120, 48, 'Σειρά /'), d(150, 48, 'ΑΒ'), d(120, 52.5, 'Series'),
      d(120, 58, 'Αριθμός /'), d(150, 58, '3310'), d(120, 62.5, 'No.'),
      d(120, 68, 'Ημερομηνία / Date'), d(150, 68, '02/12/2026'),
    ] });
    expect(inv.number).toBe('ΑΒ 3310');
  });

  it('reads a Greek series and number spelt in Latin letters', () => {
    expect(read({ info: [], extra: [d(120, 48, 'SEIRA: KPA AR.: 0918'), d(120, 53, 'IMEROMINIA: 01/12/2026')] }).number).toBe('KPA 0918');
  });

  it('takes no number from a series whose next key is no number\'s', () => {
    const inv = read({ info: [['Seria', 'TMV'], ['Data emiterii', '03.12.2026'], ['Cod client', '4471']] });
    expect(inv.number).not.toBe('TMV 4471');
  });
});
