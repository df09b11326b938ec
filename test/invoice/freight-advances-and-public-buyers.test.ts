/**
 * What the sixty-seventh to sixty-ninth batches of unseen supplier invoices (cloud bills and freight, advance
 * invoices, credit notes and wholesalers over two pages, invoices to public buyers) and the classes batches 64-66
 * left printed that the parser misread. One class varied at a time on the supplier invoice of supplier-bill.ts,
 * read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { nameDoubt } from '../../src/invoice/western/doubts.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('an address block at the right, level with a letterhead that prints no company form', () => {
  // The letterhead's rows at the left from 15 mm, the addressee's block at 135 mm from 36 mm: no label names either.
  const parties = (letterhead: string[], block: string[]) => {
    const inv = read({ letterhead, window: [], info: [], underTitle: ['Invoice No. 10457 · 10.02.2025'], extra: block.map((row, i) => d(135, 36 + 4.5 * i, row)) });
    return [inv.seller.name, inv.buyer.name];
  };

  it('the name in larger print at the left is the seller, the company at the right the buyer', () => {
    expect(parties(['Atlantique Mutuelle Assurances', 'Société d\'assurance mutuelle', '12 quai de la Fosse, 44000 Nantes', 'SIREN 775 118 447'],
      ['Boulangerie Morel SARL', 'M. Thierry Morel', '4 rue des Halles', '49100 Angers'])).toEqual(['Atlantique Mutuelle Assurances', 'Boulangerie Morel SARL']);
    expect(parties(['Stadtwerke Lindenau', 'Versorgung und Netze', 'Netzstraße 4', '04177 Leipzig'],
      ['Bäckerei Sommer GmbH', 'Herrn Jens Sommer', 'Lindenstraße 12', '04179 Leipzig'])).toEqual(['Stadtwerke Lindenau', 'Bäckerei Sommer GmbH']);
  });

  it('but a block that shares a word with the name at the left is the seller\'s own', () => {
    expect(parties(['Lindqvist', 'Ventilation och service'], ['Lindqvist Ventilation AB', 'Värmdövägen 640', '132 35 Saltsjö-Boo'])[0]).toBe('Lindqvist Ventilation AB');
  });
});

describe('a header grid: the buyer\'s label over its tax id, the name\'s label beside it', () => {
  const buyer = (rows: Array<[string, string]>) => read({ window: [], extra: rows.flatMap(([a, b], k) => [...(a ? [d(22, 48 + 4.5 * k, a)] : []), ...(b ? [d(60, 48 + 4.5 * k, b)] : [])]) }).buyer.name;

  it('the name under "NOMBRE O DENOMINACIÓN", not the tax id\'s label', () => {
    expect(buyer([['RUT', 'NOMBRE O'], ['RECEPTOR', 'DENOMINACIÓN'], ['217402078011', 'Parador Punta del'], ['', 'Este S.R.L.']])).toBe('Parador Punta del Este S.R.L.');
    expect(buyer([['Cessionario', 'Denominazione'], ['IT01844120366', 'Ceramiche Fontana S.p.A.'], ['', 'Via Radici in Piano 210']])).toBe('Ceramiche Fontana S.p.A.');
  });
});

describe('a discount between the items and the net, so that the lines add up to the net as printed', () => {
  const itemsAndNet = (p: Parameters<typeof read>[0]) => {
    const inv = read(p);
    return [Math.round(inv.items.reduce((s, i) => s + (i.amount ?? 0), 0) * 100) / 100, inv.amount];
  };

  it('a summary box\'s header over its figures, the discount\'s rate wrapped under "Dto."', () => {
    const box = [d(100, 125, 'Importe'), d(100, 129.5, 'bruto'), d(125, 125, 'Dto.'), d(125, 129.5, '5 %'), d(145, 125, 'Base'), d(145, 129.5, 'imponible'), d(168, 125, 'IVA'), d(168, 129.5, '21 %'), d(188, 125, 'Total'),
      d(100, 136, '1.240,00'), d(125, 136, '-62,00'), d(145, 136, '1.178,00'), d(168, 136, '247,38'), d(188, 136, '1.425,38')];
    expect(itemsAndNet({ totals: [], extra: box })).toEqual([1178, 1178]);
  });

  // Two item lines (500.00), then the totals rows, at the foot of an item table.
  const withTotals = (totals: Array<[string, string]>) => parseWesternInvoiceText(toPageText([
    d(20, 15, 'Nordisk Verktygsgrossist AB', 5), d(20, 22, 'Box 1187, 801 35 Gävle'), d(20, 40, 'Bygg & Fasad i Gävle AB'), d(20, 45, 'Södra Kungsgatan 40'),
    d(20, 60, 'FAKTURA'), d(130, 60, 'Fakturanr: 884120'), d(130, 65, 'Datum: 2025-11-26'),
    d(20, 78, 'Description'), d(110, 78, 'Qty'), d(170, 78, 'Amount'),
    d(20, 84, 'Borrmaskin 18V'), d(110, 84, '2'), d(170, 84, '420,00'), d(20, 89, 'Bitsats 32 delar'), d(110, 89, '1'), d(170, 89, '80,00'),
    ...totals.flatMap(([label, value], i) => [d(120, 100 + 5 * i, label), d(170, 100 + 5 * i, value)]),
  ]));

  it('a discount named at a compound\'s end, or in the words of other languages', () => {
    for (const [label, discount, net, tax, total] of [['Avtalsrabatt 8 %', '-40,00', '460,00', '115,00', '575,00'], ['Sconto 10%', '-50,00', '450,00', '99,00', '549,00'], ['Sleva 5 %', '-25,00', '475,00', '99,75', '574,75']]) {
      const inv = withTotals([['Summa', '500,00'], [label, discount], ['Netto', net], ['Moms', tax], ['Att betala', total]]);
      expect(inv.items.at(-1)).toMatchObject({ name: label, amount: -parseFloat(discount.slice(1)) });
      expect(runChecks(inv, new Date('2025-12-01')).find((c) => c.id === 'items_sum')?.ok).toBe(true);
    }
  });
});

describe('a sole trader\'s name over its registration, the buyer under a form of address', () => {
  const seller = (letterhead: string[], window: string[]) => {
    const inv = read({ letterhead, window });
    return [inv.seller.name, guessesOf(inv)['seller.name'] ?? null];
  };

  it('is the seller without a doubt: the page sets the addressee apart', () => {
    expect(seller(['Luca Martini', 'Sviluppo web', 'Via Garibaldi 8, 40124 Bologna', 'P.IVA 04188210375 – C.F. MRTLCU88C12A944K'], ['Spett.le', 'Ottica Rinaldi S.n.c.', 'Via Indipendenza 30', '40121 Bologna']))
      .toEqual(['Luca Martini', null]);
    expect(seller(['Anna Weber', 'Übersetzungen', 'Lindenstraße 4, 10115 Berlin', 'USt-IdNr. DE281774120'], ['Firma', 'Keller Maschinenbau GmbH', 'Hafenweg 2', '20457 Hamburg']))
      .toEqual(['Anna Weber', null]);
  });

  it('but without a registration under the name, or without the form of address, the name stays in doubt', () => {
    expect(seller(['Luca Martini', 'Sviluppo web', 'Via Garibaldi 8, 40124 Bologna'], ['Spett.le', 'Ottica Rinaldi S.n.c.', 'Via Indipendenza 30', '40121 Bologna'])[1]).not.toBeNull();
    // Nor does a trade's words in a logo's place, which no person is called.
    expect(seller(['Verdeviva manutenzione del verde', 'Via Emilia 12, 40068 San Lazzaro', 'P.IVA 02718840377'], ['Spett.le', 'Comune di San Lazzaro', 'Piazza Bracci 1'])[1]).not.toBeNull();
    expect(seller(['Anna Weber', 'Übersetzungen', 'Lindenstraße 4, 10115 Berlin', 'USt-IdNr. DE281774120'], ['Keller Maschinenbau GmbH', 'Hafenweg 2', '20457 Hamburg'])[1]).not.toBeNull();
  });
});

describe('an advance invoice: the advance invoiced before deducted, then its own net, tax and gross', () => {
  it('the tax under the net that follows the deduction is the invoice\'s own', () => {
    expect(totals({ totals: [['Auftragssumme netto', '84.000,00 €'], ['abzgl. 1. Abschlag (netto)', '-16.800,00 €'], ['Abschlagsbetrag netto', '21.000,00 €'], ['zuzüglich 19 % Umsatzsteuer', '3.990,00 €'], ['Abschlagsbetrag brutto', '24.990,00 €']] }))
      .toEqual([21000, 3990, 24990]);
    expect(totals({ totals: [['Contract sum', '50,000.00'], ['Less deposit invoiced 10/10/2025', '-10,000.00'], ['Net amount', '15,000.00'], ['VAT 20%', '3,000.00'], ['Total', '18,000.00']] }))
      .toEqual([15000, 3000, 18000]);
  });
});

describe('a charge outside the VAT that names the tax to say so', () => {
  it('is no tax line; the nets per rate with a note in brackets add up', () => {
    expect(totals({ totals: [['Subtotaal 0% (vervoer)', '2.062,75'], ['Subtotaal 21%', '340,00'], ['BTW 21%', '71,40'], ['Voorschotten buiten BTW', '1.318,40'], ['Totaal te betalen EUR', '3.792,55']] }))
      .toEqual([3721.15, 71.4, 3792.55]);
    expect(totals({ totals: [['Subtotal 0% (export)', '1,000.00'], ['Subtotal 20%', '200.00'], ['VAT 20%', '40.00'], ['Duty, outside scope of VAT', '300.00'], ['Total', '1,540.00']] }))
      .toEqual([1500, 40, 1540]);
  });
});

describe('what an advance invoice calls itself, and an overpayment set off', () => {
  it('"Facture d\'acompte N°" before the number', () => {
    expect(read({ info: [], title: 'FACTURE D\'ACOMPTE N° FA-2025-0087' }).number).toBe('FA-2025-0087');
    expect(read({ info: [], underTitle: ['Facture d’acompte n° 2025-118 du 18/11/2025'] }).number).toBe('2025-118');
  });

  it('"Nadpłata" deducted: the gross above it is the total, not what is left to pay', () => {
    // The item table's sums row without labels, then the sums in small print under it.
    const razem = [d(100, 125, 'Razem'), d(127, 125, '517,59'), d(157, 125, '119,05'), d(182, 125, '636,64')];
    const under = (rows: string[]) => totals({ totals: [], extra: [...razem, ...rows.map((row, i) => d(22, 135 + 3 * i, row, 2.6))] });
    expect(under(['Wartość brutto: 636,64 zł', 'Nadpłata z faktury FV/2025/10/0688: -36,64 zł', 'Do zapłaty: 600,00 zł'])).toEqual([517.59, 119.05, 636.64]);
    expect(under(['Razem brutto: 636,64 zł', 'Nadpłata z poprzedniego okresu: -36,64 zł', 'Do zapłaty: 600,00 zł'])).toEqual([517.59, 119.05, 636.64]);
  });
});

describe('the buyer under "Exmos. Senhores"', () => {
  it('at the right, references at the window\'s level at the left; or in the window', () => {
    const right = ['Exmos. Senhores', 'Papelaria Central de Braga, Lda.', 'Rua do Souto, 60', '4700-329 Braga'].map((row, i) => d(120, 48 + 4.5 * i, row));
    expect(read({ window: ['Referente à fatura FT 2025A/2291 de 2025-11-04', 'Motivo: devolução de mercadoria'], info: [], underTitle: ['NC 2025A/118 · 2025-11-21'], extra: right }).buyer.name).toBe('Papelaria Central de Braga, Lda.');
    expect(read({ window: ['Exmos. Senhores', 'Farmácia Moderna, Lda.', 'Rua do Souto, 60', '4700-329 Braga'] }).buyer.name).toBe('Farmácia Moderna, Lda.');
  });
});

describe('a Nordic street read for a name', () => {
  it('is a street, a word before it or not', () => {
    expect(nameDoubt('Södra Kungsgatan 40')).toContain('is a street');
    expect(nameDoubt('Storgatan 12')).toContain('is a street');
    expect(nameDoubt('Vesterbrogade 112')).toContain('is a street');
    expect(nameDoubt('Gatan Design AB')).toBeNull();
  });
});

describe('a logo\'s words over the company they stand for, the addressee\'s box level with the logo', () => {
  const parties = (letterhead: string[], box: string[]) => {
    const inv = read({ letterhead, window: [], extra: box.map((row, i) => d(125, 16 + 4.5 * i, row)) });
    return [inv.seller.name, inv.buyer.name];
  };

  it('the company under the logo is the seller, the box the buyer', () => {
    expect(parties(['CUISINES LAVERGNE', 'Cuisines Lavergne SAS', '5 av. de Lattre, 86000 Poitiers'], ['Boulangerie Roux EURL', '18 rue Carnot', '79000 Niort']))
      .toEqual(['Cuisines Lavergne SAS', 'Boulangerie Roux EURL']);
    expect(parties(['WOLKENWERK', 'Wolkenwerk Cloud GmbH', 'Speicherstraße 12, 04109 Leipzig'], ['Brandtner Logistik KG', 'Hafenstraße 7', '28217 Bremen']))
      .toEqual(['Wolkenwerk Cloud GmbH', 'Brandtner Logistik KG']);
  });

  // OCR runs the legal name's row on into the address, so the row is not the name alone and the box may be
  // read as the seller: that seller is then in doubt, the logo's company named beside it.
  const sellerDoubt = (letterhead: string[], box: string[]) => {
    const inv = read({ letterhead, window: [], extra: box.map((row, i) => d(125, 16 + 4.5 * i, row)) });
    return guessesOf(inv)['seller.name'] ?? null;
  };

  it('a seller read otherwise than the company under the logo is in doubt', () => {
    expect(sellerDoubt(['CUISINES LAVERGNE', 'Cuisines Lavergne SAS 5 av. de Lattre 86000 Poitiers'], ['Boulangerie Roux EURL', '18 rue Carnot', '79000 Niort']))
      .toMatch(/^the page opens with a logo over "Cuisines Lavergne SAS 5 av/);
    expect(sellerDoubt(['WOLKENWERK', 'Wolkenwerk Cloud GmbH Speicherstraße 12 04109 Leipzig'], ['Brandtner Logistik KG', 'Hafenstraße 7', '28217 Bremen']))
      .toMatch(/^the page opens with a logo over "Wolkenwerk Cloud GmbH/);
  });

  it('a logo over its own company read as the seller leaves no such doubt', () => {
    const inv = read({ letterhead: ['CUISINES LAVERGNE', 'Cuisines Lavergne SAS', '5 av. de Lattre, 86000 Poitiers'], window: [], extra: ['Boulangerie Roux EURL', '18 rue Carnot'].map((row, i) => d(125, 16 + 4.5 * i, row)) });
    expect(inv.seller.name).toBe('Cuisines Lavergne SAS');
    expect(guessesOf(inv)['seller.name'] ?? '').not.toMatch(/logo/);
  });
});

describe('a party on one row under its label, its parts set apart by "·" or "|"', () => {
  it('the name is the first part', () => {
    expect(read({ window: ['Cessionario/Committente', 'Comune di Castelnuovo Magra · Via della Pace 1 · 19033 Castelnuovo Magra (SP)'] }).buyer.name).toBe('Comune di Castelnuovo Magra');
    expect(read({ window: ['Bill to', 'Corrib Dental Ltd | 12 Shop Street | Galway H91 X2Y3'] }).buyer.name).toBe('Corrib Dental Ltd');
  });
});

describe('the date after the number, its word ending the cell and the date wrapped under it', () => {
  // The rows in a cell at the left, the addressee's block level with them at the right.
  const date = (rows: string[]) => {
    const inv = read({ info: [], window: [], extra: [...rows.map((row, i) => d(22, 40 + 5 * i, row, 4)), ...['Spett.le', 'Ceramiche Fontana S.p.A.', 'Via Radici in Piano 210'].map((row, i) => d(110, 40 + 5 * i, row, 4))] });
    return [inv.date, guessesOf(inv).date ?? null];
  };

  it('"FATTURA n. … del" over the date, another document\'s date under it', () => {
    expect(date(['FATTURA n. 2025/FT/00981 del', '25/11/2025', 'Vs. ordine: DDT 4471 del', '21/11/2025'])).toEqual(['2025-11-25', null]);
    expect(date(['Rechnung Nr. RE-2025-118 vom', '24.11.2025', 'Lieferschein 4471 vom', '20.11.2025'])).toEqual(['2025-11-24', null]);
  });
});

describe('the buyer\'s block first, at the right above the window, the seller named only in the footer', () => {
  const parties = (block: string[], footer: string[]) => {
    const inv = read({ letterhead: [], window: [], extra: [d(22, 20, 'FAKTURA', 6), ...block.map((row, i) => d(108, 22.5 + 5 * i, row, 4)), ...footer.map((cell, i) => d(22 + 60 * i, 280, cell))] });
    return [inv.seller.name, inv.buyer.name];
  };

  it('a row that says who is to read it marks the block as the addressee\'s', () => {
    expect(parties(['Fastighets AB Kvarnholmen', 'Att: Maria Ek', 'Kvarnvägen 12', '131 30 Nacka'], ['Lindqvist Ventilation AB', 'Org.nr 559118-4471', 'Bankgiro 5118-4471']))
      .toEqual(['Lindqvist Ventilation AB', 'Fastighets AB Kvarnholmen']);
    expect(parties(['Müller Bau GmbH', 'z. Hd. Herrn Jens Müller', 'Hafenweg 2', '20457 Hamburg'], ['Schreinerei Kaiser GmbH', 'HRB 4471 Amtsgericht Kiel', 'IBAN DE12 2105 0170 0012 3456 78']))
      .toEqual(['Schreinerei Kaiser GmbH', 'Müller Bau GmbH']);
  });
});
