/**
 * A page that opens with a logo of its company's initials ("AVS") and names the company in its footer's legal
 * line ("Águas do Vale do Sousa, S.A. · Sede: …"): the logo stands for that company, the seller not in doubt.
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (logo: string, company: string) => read({
  letterhead: [logo],
  window: ['Manuel Joaquim Teixeira Pinto', 'Rua da Igreja, 45', '4590-512 Paços de Ferreira'],
  extra: [d(22, 270, `${company} · Sede: Av. da Liberdade, 210, 4590-500 Paços de Ferreira · NIPC 507 441 228`, 2.5)],
});

describe('a logo of the initials of the footer\'s company', () => {
  it('leaves the seller sure', () => {
    for (const [logo, company] of [['AVS', 'Águas do Vale do Sousa, S.A.'], ['TNL', 'Transportes do Norte Litoral, Lda.'], ['EBA', 'Energia da Beira Alta, S.A.']]) {
      const inv = page(logo, company);
      expect(inv.seller.name).toBe(company);
      expect(guessesOf(inv)['seller.name']).toBeUndefined();
    }
  });

  it('control: other letters than the initials leave it in doubt', () => {
    const inv = page('AQX', 'Águas do Vale do Sousa, S.A.');
    expect(guessesOf(inv)['seller.name']).toBeDefined();
  });
});
