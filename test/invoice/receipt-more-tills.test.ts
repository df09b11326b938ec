/**
 * Till receipts of more countries, as OCR gives their lines: a Japanese till's "合計" with its figures in
 * full-width forms ("￥1，188") and its change "お釣り" (OCR's "钓"), a French ticket paid "CB" (carte bancaire)
 * under its VAT table, whose last row the other reader took for the total; a till printing its summary in two
 * columns ("TOTAL 30.95  CASH 50.00").
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill as settled } from './till-page.js';
import { isTillReceipt } from '../../src/invoice/receipt/totals.js';

describe('a Japanese till', () => {
  const TILL = ['新宿西口店', '东京都新宿区西新宿1-18-2', '登錄番号 T8011101044718', '令和8年11月26日（木） 08:12', '2  责 118', '12点*  ￥320', '*  ￥320', '绿茶 500ml *  ￥150', '乾電池单3  ￥398'];
  it('"合計" is the total, its full-width figures read, the yen handed over less "お釣り" vouching for it', () => {
    for (const change of ['お釣り', '钓']) {
      const r = settled([...TILL, '小計  ￥1，188', '合計  ￥1，188', '（8%对象  ￥790)', '（内消費税等  ￥58)', '（10%对象  ￥398)', '（内消費税等  ￥36)', 'お預り  ￥2,000', `${change}  ￥812`]);
      expect(r.invoice.totalAmount, change).toBe(1188);
      expect(fieldsInDoubt(r.checks), change).not.toContain('totalAmount');
    }
  });

  it('"總計" too; "小計" alone is no total', () => {
    expect(settled([...TILL, '總計  HK$1,188.00', '現金  HK$1,200.00']).invoice.totalAmount).toBe(1188);
    const sub = settled([...TILL, '小計  ￥1，188', 'お預り  ￥2,000', 'お釣り  ￥812']);
    expect(sub.invoice.totalAmount === 1188 && sub.status === 'ok' && !fieldsInDoubt(sub.checks).includes('totalAmount')).toBe(false);
  });
});

describe('a French ticket paid "CB"', () => {
  it('the card pays "TOTAL TTC", not the last row of the VAT table under it', () => {
    const r = settled(['PROXI MARCHÉ DU PORT', '12 QUAI DES ÉTATS-UNIS 06300 NICE', 'SIRET 814 227 104 00018', '2 x BAGUETTE TRADITION  2,60 €', 'YAOURT NATURE X4  2,15 €', 'SANDWICH JAMBON  5,90 €',
      'COCA-COLA 50CL  2,20 €', 'PILES AA X4  6,49 €', 'TOTAL TTC  19,34 €', 'CB  19,34 €', 'TAUX  HT  TVA  TTC', '5,5% 4,50  0,25  4,75', '10%5,36 0,54  5,90', '20% 7,24 1,45  8,69',
      'Le 24/11/2026 à 12:31 Caisse 1', 'MERCI DE VOTRE VISITE']);
    expect(r.invoice.totalAmount).toBe(19.34);
  });

  it('a card that does not pay the total read names it', () => {
    const r = settled(['BOULANGERIE DU MARCHÉ', '11/11/26 08:47  Ticket 0447', '2 BAGUETTE  2,40', '3 CROISSANT  3,45', 'TOTAL TTC  8,85 €', 'CB  5,85 €']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a till printing its summary in two columns', () => {
  const HEAD = ['RESTORAN MAJU JAYA', 'MAJU JAYA F&B (JM0887124-P)', 'JALAN PUDU, 55100 KUALA LUMPUR', '17/11/2026 15:02  Meja 4', '2TEHO 4.40  1 NASI LEMAK 5.50', '3 ROTI CANAI 4.80  1 MILO AIS 3.80',
    '4 KUIH LAPIS 3.20  1 MEE GORENG 7.50'];
  it('"TOTAL 30.95  CASH 50.00" on one line: the total is the first column\'s figure, cash less change vouching', () => {
    const r = settled([...HEAD, 'SUBTOTAL  29.20  SST 6%  1.75', 'TOTAL  30.95  CASH  50.00', 'ITEMS 12  CHANGE  19.05', 'TERIMA KASIH']);
    expect(r.invoice.totalAmount).toBe(30.95);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a line whose second part is no summary label is one line', () => {
    const r = settled([...HEAD, 'SUBTOTAL 29.20  SST 6% 1.75', 'TOTAL 30.95', 'CASH 50.00', 'CHANGE 19.05', 'Meja 4 Pax 2 12.00']);
    expect(r.invoice.totalAmount).toBe(30.95);
  });
});

describe('"CB" as a payment', () => {
  it('is a word of its own beside its figure, not an item code joined to it', () => {
    expect(isTillReceipt(['TOTAL TTC  19,34 €', 'CB  19,34 €'])).toBe(true);
    expect(isTillReceipt(['2 CB-48 Commercial blender, 48 oz  310.00  620.00', '1 CB/12 Cutting board  45.00', 'Total  $1,327.09'])).toBe(false);
  });
});

describe('a Kassenbon whose date its TSE timestamps print again', () => {
  const TILL = ['BIOMARKT GRÜNER WEG', 'Lindenstraße 14, 10969 Berlin', 'St.-Nr. 29/447/01883', 'Hafermilch 1l  1,89 A', 'Vollkornbrot 750g  3,49 B', 'Äpfel Elstar 1kg  2,99 B',
    'Bio-Eier 6 St.  3,29 B', 'Olivenöl 0,5l  3,53 A', 'SUMME EUR  15,19', 'Bar  20,00', 'Rückgeld  4,81', 'MwSt  Netto  Brutto', 'A 19% 4,56  5,42', 'B 7% 9,13  9,77'];
  const TSE = (stamp: (t: string) => string) => ['TSE-Transaktion: 118827', `TSE-Start: ${stamp('09:40:58')}`, `TSE-Stop: ${stamp('09:41:12')}`, 'Vielen Dank für Ihren Einkauf'];

  it('a year OCR misread on the till\'s line, which the timestamps contradict in one digit, is named', () => {
    // The T of each timestamp read as a 1, its colons garbled, as OCR reads a harsh photo.
    for (const stamp of [(t: string) => `2026-11-25T${t}.000`, (t: string) => `2026-11-251${t.slice(0, 2)} ${t.slice(3)}.00`]) {
      const r = settled([...TILL, '25.11.2024 09:41  Bon 4471 Kasse 2', ...TSE(stamp)]);
      expect(r.invoice.totalAmount).toBe(15.19);
      expect(fieldsInDoubt(r.checks), stamp('')).toContain('date');
    }
  });

  it('a timestamp\'s date glued to its time by a T read as 1 is read', () => {
    const r = settled([...TILL, 'Bon 4471 Kasse 2', ...TSE((t) => `2026-11-251${t.slice(0, 2)} ${t.slice(3)}.00`)]);
    expect(r.invoice.date).toBe('2026-11-25');
  });

  it('the till\'s date and its timestamps agreeing, the date is not named', () => {
    const r = settled([...TILL, '25.11.2026 09:41  Bon 4471 Kasse 2', ...TSE((t) => `2026-11-25T${t}.000`)]);
    expect(r.invoice.date).toBe('2026-11-25');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a tax printed as included in the total', () => {
  const HEAD = ['SUKHUMVIT HEALTH PHARMACY', 'DOO□□□□□□□DO', 'TAX ID 0105559018827', '13/11/2026 18:20  POS 2', 'D□OOO  INV 69-04471', '2PARACETAMOL 5OOMG  70.00', '1VITAMINC 1000  290.00',
    '1 ALCOHOL GEL 50OML  129.00', '1 MASK 50PCS  145.00', 'DOOSUBTOTAL  634.00', 'OOOOOOOOOOOO MEMBER DISC 10%  -63.40'];
  it('is never added to the net total it is included in, its payment\'s label garbled or not', () => {
    for (const [label, tax] of [['VAT 7% INCLUDED', '37.33'], ['GST 9% included', '47.11']] as const) {
      for (const card of ['D□□□□□□□□0CARD  570.60', 'D□□□□□□□□0  570.60']) {
        const r = settled([...HEAD, 'DO□DD□□0 NET TOTAL  570.60', card, `${label}  ${tax}`, 'OOOOOO THANK YOU']);
        expect(r.invoice.totalAmount, `${label} ${card}`).toBe(570.6);
        expect(r.invoice.taxAmount, label).toBe(+tax);
      }
    }
  });

  it('a tax printed as added, the total printed, is read as before', () => {
    const r = settled([...HEAD, 'DO□DD□□0 NET TOTAL  570.60', 'VAT 7%  39.94', 'TOTAL  610.54', 'CARD  610.54', 'OOOOOO THANK YOU']);
    expect(r.invoice.totalAmount).toBe(610.54);
  });
});
