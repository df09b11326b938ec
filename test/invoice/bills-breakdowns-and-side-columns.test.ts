/**
 * What the forty-ninth to fifty-first batches of unseen supplier invoices printed that the parser missed:
 * Turkish e-Fatura and e-Arşiv totals and their lira, Romanian, Norwegian and Australian telco totals labels,
 * a Danish credit note citing the invoice it credits, numbers wrapped at a hyphen in a cell printed close to
 * their label's, totals set in a side column with each label over its figure, a form of address opening the
 * customer's box, and the party labels of a Turkish invoice. One class varied at a time on the supplier
 * invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('totals labels of the languages met', () => {
  it('a Turkish e-Arşiv: "Mal Hizmet Toplam Tutarı", "Hesaplanan KDV(%20)", "Vergiler Dahil Toplam Tutar", in TL', () => {
    const inv = read({
      totals: [['Mal Hizmet Toplam Tutarı', '8.965,00 TL'], ['Toplam İskonto', '0,00 TL'], ['Hesaplanan KDV(%20)', '1.793,00 TL'],
        ['Vergiler Dahil Toplam Tutar', '10.758,00 TL'], ['Ödenecek Tutar', '10.758,00 TL']],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount, inv.currency]).toEqual([8965, 1793, 10758, 'TRY']);
  });

  it('a Turkish e-Fatura: "Matrah" after a discount, "Genel Toplam", in ₺', () => {
    expect(totals({
      totals: [['Mal Hizmet Toplam Tutarı', '25.000,00 ₺'], ['Toplam İskonto', '1.220,00 ₺'], ['Matrah', '23.780,00 ₺'],
        ['Hesaplanan KDV(%20)', '4.756,00 ₺'], ['Genel Toplam', '28.536,00 ₺']],
    })).toEqual([23780, 4756, 28536]);
  });

  it('Romanian "Total fără TVA", Norwegian "Totalt inkl. mva"', () => {
    expect(totals({ totals: [['Total fără TVA', '5.600,00'], ['TVA 21%', '1.176,00'], ['Total de plată', '6.776,00 lei']] })).toEqual([5600, 1176, 6776]);
    expect(totals({ totals: [['Sum ekskl. mva', '2 705,64'], ['mva 25 %', '676,41'], ['Totalt inkl. mva', '3 382,05']] })).toEqual([2705.64, 676.41, 3382.05]);
  });

  it('a telco bill: "Total new charges (incl. GST)" and "GST included in new charges" under an account summary', () => {
    const inv = read({
      totals: [['Previous balance', '$98.00'], ['Payment received – thank you', '-$98.00'], ['Total new charges (incl. GST)', '$120.45'], ['GST included in new charges', '$10.95']],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([109.5, 10.95, 120.45]);
  });
});

describe('a credit note citing the invoice it credits', () => {
  it('"Kreditnota nr. 10482" over "Vedr. faktura nr. 10377 af 28-10-2025": the credit note\'s number, its "Dato"', () => {
    const inv = read({
      title: 'KREDITNOTA',
      info: [['Kreditnota nr.', '10482'], ['Dato', '13-11-2025'], ['Vedr. faktura nr.', '10377 af 28-10-2025']],
      totals: [['Subtotal', '-2.980,00'], ['Moms 25%', '-745,00'], ['Total DKK', '-3.725,00']],
    });
    expect([inv.number, inv.date, inv.documentType]).toEqual(['10482', '2025-11-13', 'credit_note']);
  });

  it('the credited invoice\'s number ("Vedr. faktura nr. 10377") is no second reading of the credit note\'s', () => {
    const inv = read({ title: 'KREDITNOTA', info: [['Kreditnota nr.', '10482'], ['Dato', '13-11-2025'], ['Vedr. faktura nr.', '10377 af 28-10-2025']] });
    expect(guessesOf(inv).number).toBeUndefined();
  });
});

describe('a number wrapped at a hyphen in a cell printed close to its label\'s', () => {
  it('"Rechnungsnummer: RE-2025-11-" (one cell as read) over "04812" under the value: the whole number', () => {
    const inv = read({ info: [], extra: [d(22, 92, 'Rechnungsnummer:'), d(49, 92, 'RE-2025-11-'), d(90, 92, 'Kundennummer: 24017'), d(49, 96, '04812'), d(22, 100, 'Rechnungsdatum:'), d(49, 100, '24.11.2025')] });
    expect(inv.number).toBe('RE-2025-11-04812');
  });
});

describe('totals in a side column, each label over its figure', () => {
  it('"Subtotal" over "$1,240.00", "Sales Tax" over "(8.875%)" over "$110.05", "Invoice Total" over "$1,350.05"', () => {
    expect(totals({
      totals: [],
      extra: [d(160, 60, 'Subtotal'), d(172, 64.5, '$1,240.00'), d(160, 70, 'Sales Tax'), d(160, 74, '(8.875%)'), d(175, 78.5, '$110.05'),
        d(160, 84, 'Invoice Total'), d(172, 88.5, '$1,350.05')],
    })).toEqual([1240, 110.05, 1350.05]);
  });

  it('a row of headers read as one cell over a totals row ("Wartość netto Stawka VAT Kwota VAT Wartość brutto" over "Razem …") is no label over its figure', () => {
    expect(totals({
      totals: [],
      extra: [d(77, 146, 'Wartość netto Stawka VAT Kwota VAT Wartość brutto'), d(60, 152, 'Razem'), d(88, 152, '1 240,00'), d(124, 152, '23%'), d(143, 152, '285,20'), d(173, 152, '1 525,20'),
        d(17, 162, 'Do zapłaty: 1 525,20 PLN')],
    })).toEqual([1240, 285.2, 1525.2]);
  });
});

describe('a form of address opening the customer\'s block', () => {
  it('"Gentile Cliente" over "Edilnova di Marco Rinaldi": the name under it', () => {
    expect(read({ window: ['Gentile Cliente', 'Edilnova di Marco Rinaldi', 'Via dei Mille 23', '40121 Bologna (BO)'] }).buyer.name).toBe('Edilnova di Marco Rinaldi');
  });

  it('Turkish "SAYIN" over "Ekin Tekstil Sanayi ve Ticaret Ltd. Şti.": the name under it', () => {
    expect(read({ window: ['SAYIN', 'Ekin Tekstil Sanayi ve Ticaret Ltd. Şti.', 'Organize Sanayi Bölgesi 3. Cad. No: 7', '16140 Nilüfer / BURSA'] }).buyer.name).toBe('Ekin Tekstil Sanayi ve Ticaret Ltd. Şti.');
  });
});

describe('a sole trader named only in the footer under a logo word', () => {
  it('"FERRAMENTA" over "utensileria · colori · casalinghi dal 1974", the footer "Ferramenta Bassi di Luca Bassi · Via …": the footer\'s name', () => {
    const inv = read({
      letterhead: ['FERRAMENTA', 'utensileria · colori · casalinghi dal 1974'],
      extra: [d(22, 280, 'Ferramenta Bassi di Luca Bassi · Via Emilia Levante 140 · 40139 Bologna · P.IVA 01277460378')],
    });
    expect(inv.seller.name).toBe('Ferramenta Bassi di Luca Bassi');
  });
});

describe('names wrapped in narrow columns', () => {
  it('"Furnizor: Societatea de" over three more rows up to "Logistic S.R.L.": the whole name', () => {
    const inv = read({
      letterhead: [], window: ['Cooperativa Agricolă Sud S.R.L.', 'Str. Independenței 12', 'Oltenița'],
      extra: [d(17, 14, 'Furnizor: Societatea de'), d(17, 19, 'Transport și Expediții'), d(17, 24, 'Internaționale Carpați'), d(17, 29, 'Logistic S.R.L.'), d(17, 34, 'CUI: RO33418270')],
    });
    expect(inv.seller.name).toBe('Societatea de Transport și Expediții Internaționale Carpați Logistic S.R.L.');
  });

  it('a Turkish head: "KEMER MAKİNA SANAYİ VE" over "TİCARET A.Ş.", "ALICI" over "Marmara Gıda Pazarlama Ltd." / "Şti." in a box at the right', () => {
    const inv = read({
      letterhead: [], window: [],
      extra: [d(15, 12, 'KEMER MAKİNA SANAYİ VE'), d(15, 17, 'TİCARET A.Ş.'), d(15, 22, 'İkitelli OSB Mah. Atatürk Bulvarı No: 112'), d(15, 27, '34490 Başakşehir / İstanbul'),
        d(126, 12, 'ALICI'), d(126, 17, 'Marmara Gıda Pazarlama Ltd.'), d(126, 22, 'Şti.'), d(126, 27, 'Sanayi Cad. No: 41/2'), d(126, 32, '41400 Gebze / Kocaeli')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['KEMER MAKİNA SANAYİ VE TİCARET A.Ş.', 'Marmara Gıda Pazarlama Ltd. Şti.']);
  });
});

describe('an item table\'s "Total" header over its figures, each with its "€" wrapped under it', () => {
  it('"Total" over "950,00" over "€" over "250,00": a column of figures, no total', () => {
    const inv = read({
      totals: [['Total HT', '1 200,00 €'], ['Total à payer', '1 200,00 €']],
      extra: [d(180, 62, 'Total'), d(177, 70, '950,00'), d(189, 75, '€'), d(177, 88, '250,00'), d(189, 93, '€'), d(22, 160, 'TVA non applicable, art. 293 B du CGI.')],
    });
    expect([inv.amount, inv.totalAmount]).toEqual([1200, 1200]);
  });
});

describe('totals labels wrapped in a narrow cell', () => {
  it('"Gesamtbetrag" over "netto", "Summe" over "Umsatzsteuer", "Zahlbetrag": net, tax and total', () => {
    expect(totals({
      totals: [],
      extra: [d(120, 125, 'Gesamtbetrag'), d(160, 125, '1.240,00 EUR'), d(120, 129.5, 'netto'), d(120, 136, 'Summe'), d(163, 136, '235,60 EUR'), d(120, 140.5, 'Umsatzsteuer'),
        d(120, 147, 'Zahlbetrag'), d(160, 147, '1.475,60 EUR')],
    })).toEqual([1240, 235.6, 1475.6]);
  });

  it('the next label of the block under one, with its own figure ("Total HT" over "Total TVA  235,60 €"), is no wrapped rest', () => {
    expect(totals({ totals: [['Total HT', '1 240,00 €'], ['Total TVA', '235,60 €'], ['Total TTC', '1 475,60 €']] })).toEqual([1240, 235.6, 1475.6]);
    // (Its figure after a rate cell: "Subtotal" over "VAT  19 %  235.60".)
    expect(totals({ totals: [], extra: [d(120, 125, 'Subtotal'), d(170, 125, '1,240.00'), d(120, 131, 'VAT'), d(152, 131, '19 %'), d(170, 131, '235.60'), d(120, 137, 'Total'), d(170, 137, '1,475.60')] }))
      .toEqual([1240, 235.6, 1475.6]);
  });
});

describe('a letterhead row wrapped after its separator', () => {
  it('"Fontanería y Reformas Mediterráneo, S.L. ·" over "CIF B-46981127": the name without the separator', () => {
    const inv = read({ letterhead: ['FONTANERÍA Y REFORMAS', 'Fontanería y Reformas Mediterráneo, S.L. ·', 'CIF B-46981127', 'C/ Doctor Sumsi 31, bajo · 46005 Valencia'] });
    expect(inv.seller.name).toBe('Fontanería y Reformas Mediterráneo, S.L.');
  });
});

describe('a breakdown\'s header over its rows', () => {
  it('"Base imponible" beside "Tipo Cuota IVA" over "4.534,28 € 10 % | 453,43 €": no net of 453,43 read from the next column', () => {
    const inv = read({
      totals: [['TOTAL FACTURA:', '17.302,84 €']],
      extra: [d(87, 224, 'Desglose'), d(116, 224, 'Base imponible'), d(155, 224, 'Tipo Cuota IVA'), d(87, 228, 'IVA reducido'), d(130, 228, '4.534,28 € 10 %'), d(172, 228, '453,43 €')],
    });
    expect(inv.amount).not.toBe(453.43);
  });
});

describe('a firm\'s name wrapped before its trade and form', () => {
  it('"Marlowe & Finch" over "Architects LLP" under "Bill to": one name', () => {
    const inv = read({ window: ['Bill to', 'Marlowe & Finch', 'Architects LLP', '22 Greek Street', 'Stockport SK3 8AB'] });
    expect(inv.buyer.name).toBe('Marlowe & Finch Architects LLP');
  });
});

describe('a Romanian series over its number', () => {
  it('"Seria CLG" over "nr. 004471" in a narrow cell under the title: "CLG 004471"', () => {
    const inv = read({ info: [], title: 'FACTURĂ', extra: [d(95, 19, 'Seria CLG'), d(95, 24, 'nr. 004471'), d(99, 29, 'Data:'), d(95, 34, '20.11.2025')] });
    expect(inv.number).toBe('CLG 004471');
  });
});

describe('a breakdown\'s "Suma" row', () => {
  it('"Suma | 14.712,07 € | 2.590,77 €" under the rates, "TOTAL FACTURA: 17.302,84 €": net and tax from the row', () => {
    expect(totals({
      totals: [],
      extra: [d(87, 224, 'Desglose'), d(116, 224, 'Base imponible'), d(155, 224, 'Tipo Cuota IVA'), d(87, 228, 'IVA reducido'), d(130, 228, '4.534,28 € 10 %'), d(172, 228, '453,43 €'),
        d(87, 233, 'IVA general'), d(127, 233, '10.177,79 € 21 % 2.137,34 €'), d(87, 238, 'Suma'), d(127, 238, '14.712,07 €'), d(168, 238, '2.590,77 €'), d(128, 246, 'TOTAL FACTURA: 17.302,84 €')],
    })).toEqual([14712.07, 2590.77, 17302.84]);
  });
});

describe('an owners\' association named after its building', () => {
  it('"Comunidad de Propietarios" over "Avenida del Puerto 212", its NIF and address: one name', () => {
    expect(read({ window: ['CLIENTE', 'Comunidad de Propietarios', 'Avenida del Puerto 212', 'NIF H-46550211', 'Avda. del Puerto 212', '46023 Valencia'] }).buyer.name)
      .toBe('Comunidad de Propietarios Avenida del Puerto 212');
  });

  it('"Condomínio Edifício" over "Atlântico": one name', () => {
    expect(read({ window: ['Cliente', 'Condomínio Edifício', 'Atlântico', 'Av. da Boavista 1820', '4100-119 Porto'] }).buyer.name).toBe('Condomínio Edifício Atlântico');
  });
});
