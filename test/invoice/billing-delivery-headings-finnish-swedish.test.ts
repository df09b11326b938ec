/**
 * The billing and the delivery address's headings of Finnish and Swedish invoices ("Laskutusosoite" beside
 * "Toimitusosoite", "Faktureringsadress" beside "Leveransadress"), often set in capitals, head the buyer's and the
 * delivery's blocks: no name. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const delivery = (x: number, rows: string[]) => rows.map((row, i) => d(x, 48 + 4.5 * i, row));

describe('Finnish and Swedish address headings', () => {
  it('head the buyer\'s block beside the delivery\'s', () => {
    for (const [billing, shipping, name] of [
      ['LASKUTUSOSOITE', 'TOIMITUSOSOITE', 'Rautio & Kivelä Oy'],
      ['Laskutusosoite', 'Toimitusosoite', 'Pohjolan Sähkö Oy'],
      ['FAKTURERINGSADRESS', 'LEVERANSADRESS', 'Bygg & Montage i Norr AB'],
    ]) {
      const inv = read({
        window: [name, 'PL 44', '90101 Oulu'],
        info: [],
        extra: [d(22, 43.5, billing), d(106, 43.5, shipping), ...delivery(106, [name, 'Vastaanottaja: Sari Kivelä', 'Isokatu 32 B', '90100 Oulu'])],
      });
      expect(inv.buyer.name).toBe(name);
    }
  });

  it('control: the same blocks without headings', () => {
    const inv = read({ window: ['Rautio & Kivelä Oy', 'PL 44', '90101 Oulu'], info: [] });
    expect(inv.buyer.name).toBe('Rautio & Kivelä Oy');
  });
});
