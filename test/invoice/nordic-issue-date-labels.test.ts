/**
 * The issue date labelled as the Nordic e-invoice renderings label it: the Danish "Udstedelsesdato" (an OIOUBL view's),
 * the Norwegian "Utstedelsesdato", the Swedish "Utfärdandedatum": the issue date, read as such and not guessed,
 * whichever date comes first on the page.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { read } from './supplier-bill.js';

describe('Nordic issue date labels', () => {
  it.each([['Udstedelsesdato'], ['Utstedelsesdato'], ['Utfärdandedatum']])('%s', (label) => {
    const inv = read({ info: [['Fakturanummer', '26-1187'], ['Leveringsdato', '2026-11-20'], [label, '2026-11-30']] });
    expect(inv.date).toBe('2026-11-30');
    expect(guessesOf(inv).date).toBeUndefined();
  });
});
