/**
 * A practice's or a shop's letterhead: its trade name in larger print, and under it or over the window a sender line
 * giving the legal name with the address. A legal name with a spaced dash inside ("Dentisorriso – Serviços
 * Médico-Dentários, Lda.") was cut at the dash as at a separator, its first word left without a company form and the
 * larger trade name taken over it (status ok, wrong). A sender line naming the practice otherwise than the letterhead
 * set apart at the top right, over the same street ("Zahnarztpraxis Dr. Ebeling" against "Zahnarztpraxis am
 * Schlossgarten"), was read as the seller without doubt (status ok, wrong).
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

/** A receipt-invoice: the trade name centred in larger print, the legal line under it, the patient's block at the left. */
const legalUnderBrand = (brand: string, legal: string, rest: string[], buyer: string[], info: Array<[string, string]>, totals: Array<[string, string]>) => [
  d(60, 17, brand, 6.7),
  d(40, 23, [legal, ...rest].join(' · '), 2.5),
  ...buyer.map((row, i) => d(18, 35 + 5 * i, row, 4.2)),
  ...info.map(([label, value], i) => d(115, 35 + 5 * i, `${label} ${value}`, 4.2)),
  d(18, 67, 'Data', 4.2), d(50, 67, 'Ato', 4.2), d(180, 67, 'Total', 4.2),
  d(18, 73, '18/11/2026', 4.2), d(50, 73, 'Consulta', 4.2), d(180, 73, '185,00', 4.2),
  ...totals.map(([label, value], i) => d(132, 94 + 6 * i, label, 4.2)).concat(totals.map(([, value], i) => d(173, 94 + 6 * i, value, 4.2))),
];

describe('a legal name with a spaced dash inside, opening the sender line under a trade name', () => {
  it('is the seller, whole', () => {
    for (const [brand, legal] of [
      ['Clínica Dentária Sorriso do Douro', 'Dentidouro – Serviços Médico-Dentários, Lda.'],
      ['Clínica Sorriso da Foz', 'Sorrifoz – Medicina Dentária, Lda.'],
      ['Clínica Dental Sonrisa Norte', 'Sonrinorte – Servicios Odontológicos, S.L.'],
    ]) {
      const inv = read(legalUnderBrand(brand, legal, ['Rua da Ribeira 41', '4050-513 Porto', 'NIF 509 447 112'],
        ['Exmo.(a) Sr.(a)', 'Inês Carvalho Moutinho', 'Rua de Cedofeita 312', '4050-174 Porto'],
        [['N.º', 'FR DS2026/0912'], ['Data:', '18/11/2026']],
        [['Total ilíquido', '185,00 €'], ['IVA (isento)', '0,00 €'], ['Total', '185,00 €']]));
      expect(inv.seller.name, legal).toBe(legal);
    }
  });

  it('control: a sender line parted by dashes keeps its first part as the name', () => {
    const inv = read(legalUnderBrand('Clínica Sorriso da Foz', 'Sorrifoz Lda.', ['Rua da Ribeira 41', '4050-513 Porto'],
      ['Exmo.(a) Sr.(a)', 'Inês Carvalho Moutinho', 'Rua de Cedofeita 312', '4050-174 Porto'],
      [['N.º', 'FR DS2026/0912'], ['Data:', '18/11/2026']],
      [['Total ilíquido', '185,00 €'], ['IVA (isento)', '0,00 €'], ['Total', '185,00 €']]).map((dr) => (dr.text.startsWith('Sorrifoz') ? { ...dr, text: dr.text.replaceAll(' · ', ' – ') } : dr)));
    expect(inv.seller.name).toBe('Sorrifoz Lda.');
  });
});

/** A private bill: the letterhead at the top right (name, practitioner, street), the sender line over the window at the left. */
const practice = (letterhead: string, sender: string, street: string) => read([
  d(114, 17, letterhead, 4.2),
  d(150, 22, 'Dr. med. dent. Katrin Ebeling', 2.5),
  d(145, 25, `${street} · 70174 Stuttgart`, 2.5),
  d(17, 34, `${sender} · ${street} · 70174 Stuttgart`, 2.5),
  d(18, 37, 'Herrn', 4.2), d(115, 37, 'Rechnungs-Nr.: 26-3318', 4.2),
  d(18, 42, 'Thomas Reichle', 4.2), d(115, 42, 'Rechnungsdatum: 24.11.2026', 4.2),
  d(18, 47, 'Wilhelmstraße 19', 4.2), d(18, 52, '70182 Stuttgart', 4.2),
  d(18, 77, 'Datum', 4.2), d(60, 77, 'Leistung', 4.2), d(176, 77, 'Betrag', 4.2),
  d(18, 88, '12.11.2026', 4.2), d(60, 88, 'Eingehende Untersuchung', 4.2), d(180, 88, '136,82', 4.2),
  d(127, 100, 'Rechnungsbetrag 136,82 €', 4.2),
  d(17, 110, 'Umsatzsteuerfrei gemäß § 4 Nr. 14 UStG.', 4.2),
]);

describe('a sender line naming the practice otherwise than the letterhead over the same street', () => {
  it('puts the seller in doubt', () => {
    for (const [letterhead, sender, street] of [
      ['Zahnarztpraxis am Schlossgarten', 'Zahnarztpraxis Dr. Ebeling', 'Schlossstraße 4'],
      ['Praxis im Lindenhof', 'Physiotherapie Ebeling', 'Lindenstraße 22'],
    ]) {
      const inv = practice(letterhead, sender, street);
      expect(inv.seller.name).toBe(sender);
      expect(guessesOf(inv)['seller.name'], letterhead).toMatch(/letterhead/);
    }
  });

  it('control: the same name in both, or the letterhead\'s name holding the sender line\'s, leaves it sure', () => {
    for (const [letterhead, sender] of [['Zahnarztpraxis Ebeling', 'Zahnarztpraxis Ebeling'], ['Zahnarztpraxis Dr. Ebeling', 'Zahnarztpraxis Dr. Ebeling']]) {
      const inv = practice(letterhead, sender, 'Schlossstraße 4');
      expect(inv.seller.name).toBe(sender);
      expect(guessesOf(inv)['seller.name']).toBeUndefined();
    }
  });
});
