/**
 * A page that shows a buyer is there (a buyer's label, a form of address, a contact row, a customer number's
 * label) and whose buyer no rule read: the empty buyer is named for review, never status ok. A page that
 * shows no buyer at all (a simplified invoice, a shop's bill) stays as it was. Generated variants of a
 * supplier's bill whose customer's block sits in the middle of the top, level with the letterhead, where
 * no window is looked for.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { fieldsInDoubt } from '../../src/invoice/index.js';
import { d, toPdf, type Draw } from './page-builder.js';

const NOW = new Date('2025-12-01T00:00:00Z');

/** A fuel card statement in landscape: letterhead at the left, `middle` rows at the top middle, the info block at the right. */
function page(middle: string[], info: Array<[string, string]>): Draw[] {
  const draws: Draw[] = [d(12, 12, 'Tankwerk Mobility GmbH', 4.5), d(12, 20, 'Deutz-Mülheimer Str. 183 · 51063 Köln'), d(12, 25, 'USt-IdNr. DE298114570 · HRB 88412 AG Köln')];
  middle.forEach((row, i) => draws.push(d(120, 12 + 4.5 * i, row)));
  info.forEach(([label, value], i) => draws.push(d(215, 14 + 5 * i, label), d(250, 14 + 5 * i, value)));
  draws.push(d(12, 84, 'Sammelrechnung', 5));
  draws.push(d(12, 94, 'Datum'), d(40, 94, 'Station'), d(120, 94, 'Produkt'), d(180, 94, 'Menge'), d(255, 94, 'Betrag EUR'));
  draws.push(d(12, 100, '17.11.2025'), d(40, 100, 'Osnabrück-Hafen'), d(120, 100, 'Diesel'), d(180, 100, '412,50 l'), d(255, 100, '580,00'));
  draws.push(d(200, 114, 'Summe netto'), d(255, 114, '580,00'), d(200, 120, 'USt 19 %'), d(255, 120, '110,20'), d(200, 126, 'Rechnungsbetrag'), d(255, 126, '690,20'));
  return draws;
}

const run = async (draws: Draw[]) => (await extract({ inputs: [{ name: 'bill.pdf', bytes: await toPdf(draws, 297, 210, false) }], ocr: false, now: NOW })).results[0]!;

const INFO: Array<[string, string]> = [['Rechnung Nr.', '2025-47-118402'], ['Datum', '24.11.2025']];

describe('a buyer the page shows, none read', () => {
  it('a customer number\'s label in the info block, no block read: the empty buyer is named', async () => {
    for (const label of ['Kundennummer', 'Kd.-Nr.', 'Customer No.', 'N° client', 'Codice cliente', 'Klantnummer']) {
      const r = await run(page([], [...INFO, [label, '700 4412']]));
      expect(r.invoice.totalAmount).toBe(690.2);
      expect(r.invoice.buyer.name).toBeNull();
      expect(r.status).toBe('needs_review');
      expect(fieldsInDoubt(r.checks)).toContain('buyer.name');
    }
  });

  it('a form of address or a buyer\'s label over the block: the empty buyer is named', async () => {
    for (const head of ['Spett.le', 'Firma', 'Spettabile', 'Rechnungsempfänger:', 'Bill to']) {
      const r = await run(page([head, 'Spedition Albers GmbH & Co. KG', 'Industriestraße 19', '49090 Osnabrück'], INFO));
      if (r.invoice.buyer.name === 'Spedition Albers GmbH & Co. KG') continue;
      expect(r.invoice.buyer.name).toBeNull();
      expect(r.status).toBe('needs_review');
      expect(fieldsInDoubt(r.checks)).toContain('buyer.name');
    }
  });

  it('a contact row alone where the block would be: the empty buyer is named', async () => {
    const r = await run(page(['z. Hd. Frau Petra Lorenz'], INFO));
    expect(r.invoice.buyer.name).toBeNull();
    expect(r.status).toBe('needs_review');
    expect(fieldsInDoubt(r.checks)).toContain('buyer.name');
  });

  it('a tax summary\'s code "SR" on a row of amounts is no form of address', async () => {
    const r = await run(page([], INFO).concat([d(12, 140, 'SR'), d(40, 140, '580,00'), d(80, 140, '110,20')]));
    expect(fieldsInDoubt(r.checks)).not.toContain('buyer.name');
  });

  it('no buyer shown (the middle holds the seller\'s own rows): no doubt on the buyer', async () => {
    for (const middle of [[], ['Servicehotline 0221 4471 20', 'www.tankwerk.example']]) {
      const r = await run(page(middle, INFO));
      expect(r.invoice.buyer.name).toBeNull();
      expect(r.status).toBe('ok');
      expect(fieldsInDoubt(r.checks)).not.toContain('buyer.name');
    }
  });
});
