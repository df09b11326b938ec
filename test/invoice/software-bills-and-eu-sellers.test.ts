/**
 * What the seventieth to seventy-second batches of unseen supplier invoices (invoicing programs' layouts,
 * folios, bills and fee notes, EU sellers in English and totals set in a column per VAT rate) printed that the
 * parser misread. One class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a heading of the body where a window would be, the addressee beside the letterhead', () => {
  // The supplier's rows at the left, the customer's at the right level with them; a heading, then the
  // invoice's numbers in labelled rows, in the band a window takes.
  const buyer = (heading: string, numberRow: string, addressee: string[]) => {
    const inv = parse([
      d(15, 12, 'Scheldeland Energie NV', 5), d(15, 19, 'Frankrijklei 88 · 2000 Antwerpen'), d(15, 24, 'BE 0744.118.207'),
      ...addressee.map((row, i) => d(115, 20 + 5 * i, row)),
      d(15, 47, heading, 4.5), d(15, 56, numberRow), d(15, 62, 'Datum'), d(50, 62, '20/11/2025'),
      d(15, 80, 'Omschrijving'), d(170, 80, 'Bedrag'), d(15, 86, 'Energiekost'), d(170, 86, '100,00'),
      d(120, 100, 'Totaal excl. btw'), d(170, 100, '100,00'), d(120, 105, 'Btw 6%'), d(170, 105, '6,00'), d(120, 110, 'Totaal'), d(170, 110, '106,00'),
    ]);
    return [inv.buyer.name, 'buyer.name' in guessesOf(inv)];
  };

  it('is no name: the block beside the letterhead is the buyer, for a person to confirm', () => {
    expect(buyer('Jaarafrekening elektriciteit', 'Factuurnummer 610 2278 4413', ['Dhr. Pieter Claes', 'Kerkstraat 117', '9200 Dendermonde'])).toEqual(['Pieter Claes', true]);
    expect(buyer('Jahresabrechnung Erdgas', 'Rechnungsnummer 3001 1874 42', ['Frau Anna Roth', 'Lindenweg 4', '83607 Holzkirchen'])).toEqual(['Anna Roth', true]);
  });
});

describe('a tax code wrapped under its label at the left, the addressee at the right level with the letterhead', () => {
  // A sole trader's letterhead whose last row wraps its codice fiscale under "C.F.", into the window's band.
  const read = (code: string, addressee: string[]) => {
    const inv = parse([
      d(17, 16, 'Idraulica Bassi', 5), d(17, 22, 'di Marco Bassi'), d(17, 27, 'Via Emilia Est 211'), d(17, 32, '41121 Modena (MO)'), d(17, 37, 'P.IVA 03418820364 · C.F.'), d(17, 42, code), d(17, 47, 'Tel. 059 441188'),
      ...addressee.map((row, i) => d(115, 16 + 4.5 * i, row)),
      d(18, 61, 'Tipo documento'), d(53, 61, 'Numero'), d(72, 61, 'Data'), d(18, 65, 'Fattura'), d(53, 65, '87'), d(72, 65, '22/11/2025'),
      d(18, 80, 'Descrizione'), d(170, 80, 'Importo'), d(18, 86, 'Riparazione'), d(170, 86, '100,00'),
      d(120, 100, 'Totale imponibile'), d(170, 100, '100,00'), d(120, 105, 'IVA 22%'), d(170, 105, '22,00'), d(120, 110, 'Totale documento'), d(170, 110, '122,00'),
    ]);
    return [inv.buyer.name, 'buyer.name' in guessesOf(inv)];
  };

  it('the code is no name; an owners\' association named after its building is the buyer, for a person to confirm', () => {
    expect(read('BSSMRC78C14F257X', ['Spett.le', 'Condominio Via Garibaldi 18', 'c/o Studio Amministrazioni Ferri', 'Via Garibaldi 18', '41124 Modena (MO)'])).toEqual(['Condominio Via Garibaldi 18', true]);
    expect(read('RSSLCU80A01F257U', ['Spett.le', 'Condominio Corso Canalgrande 41', 'Corso Canalgrande 41', '41121 Modena (MO)'])).toEqual(['Condominio Corso Canalgrande 41', true]);
  });

  it('with no block beside the letterhead, the code is in doubt, never taken silently', () => {
    // (The letterhead's rows read from its town line, "41121 Modena (MO)" a postal line: that row is the guess, in doubt as the code was.)
    const [name, doubted] = read('BSSMRC78C14F257X', []);
    expect(['BSSMRC78C14F257X', '41121 Modena (MO)']).toContain(name);
    expect(doubted).toBe(true);
  });
});

describe('the invoice address and the delivery address side by side, a name run into the next column', () => {
  // Two labelled blocks at the right, the delivery address's first row set 1.5 mm after the billed name's
  // end (3 mm type, 1.65 mm a character): a gap that reads as one cell.
  const buyer = (labels: [string, string], billed: string[], delivered: string[], x = 158.5 - billed[0].length * 1.65) => {
    return parse([
      d(18, 12, 'Ljusdals Elinstallation AB', 5), d(18, 20, 'Industrivägen 12, 827 35 Ljusdal'),
      d(x, 23, labels[0], 2.3), d(160, 23, labels[1], 2.3),
      ...billed.map((row, i) => d(x, 26 + 4.5 * i, row)), ...delivered.map((row, i) => d(160, 26 + 4.5 * i, row)),
      d(20, 60, 'Fakturanr'), d(50, 60, '4471'), d(20, 65, 'Fakturadatum'), d(50, 65, '2025-11-20'),
      d(18, 80, 'Benämning'), d(170, 80, 'Summa'), d(18, 86, 'Arbete'), d(170, 86, '100,00'),
      d(120, 100, 'Netto'), d(170, 100, '100,00'), d(120, 105, 'Moms 25 %'), d(170, 105, '25,00'), d(120, 110, 'Att betala'), d(170, 110, '125,00'),
    ]).buyer.name;
  };

  it('the billed block keeps to its column', () => {
    expect(buyer(['Rechnungsadresse', 'Lieferadresse'], ['Müller Haustechnik GmbH', 'Postfach 1120', '79001 Freiburg'], ['Baustelle Nord', 'Am Hafen 4', '79106 Freiburg'])).toBe('Müller Haustechnik GmbH');
  });

  it('the next column\'s label, in Swedish, is no value of the billed one', () => {
    expect(buyer(['Fakturaadress', 'Leveransadress'], ['Falu Fastighets AB', 'Box 88', '791 22 Falun'], ['Byggarbetsplats Kvarnen', 'Kvarnvägen 2', '791 40 Falun'], 120)).toBe('Falu Fastighets AB');
  });

  it('a housing association named after its building on the row under its word', () => {
    expect(buyer(['Fakturaadress', 'Leveransadress'], ['Bostadsrättsföreningen', 'Lärkan 3', 'c/o HSB Gävleborg', 'Box 711', '801 28 Gävle'], ['Brf Lärkan 3', 'Lärkvägen 3-7', '827 32 Ljusdal'])).toBe('Bostadsrättsföreningen Lärkan 3');
    expect(buyer(['Fakturaadresse', 'Leveringsadresse'], ['Andelsboligforeningen', 'Solhaven 4', 'Solvej 4-10', '8000 Aarhus C'], ['A/B Solhaven', 'Solvej 8', '8000 Aarhus C'])).toBe('Andelsboligforeningen Solhaven 4');
  });
});

describe('a Portuguese addressee under "Exmo(s). Senhor(es)", its name wrapped after an article', () => {
  const buyer = (label: string, block: string[]) => parse([
    d(15, 12, 'Distribuidora Ribatejana, Lda.', 5), d(15, 18, 'Zona Industrial de Santarém, Lote 18'), d(15, 23, '2005-002 Santarém'), d(115, 12, 'Fatura FT 2025A/1187'), d(115, 17, 'Data: 26-11-2025'),
    d(117, 47, label), ...block.map((row, i) => d(117, 52 + 5 * i, row)),
    d(15, 87, 'Descrição'), d(177, 87, 'Valor'), d(15, 93, 'Azeite virgem extra 5 l'), d(177, 93, '187,20'),
    d(120, 110, 'Total Ilíquido'), d(177, 110, '187,20'), d(120, 115, 'Total IVA'), d(177, 115, '11,23'), d(120, 120, 'Total a Pagar'), d(177, 120, '198,43'),
  ]).buyer.name;

  it('the label is no name, and the name\'s rest on the next row is the name\'s', () => {
    expect(buyer('Exmo(s). Senhor(es)', ['Restaurante O Cantinho do', 'Avô, Lda.', 'Rua Serpa Pinto 44', '2000-046 Santarém'])).toBe('Restaurante O Cantinho do Avô, Lda.');
    expect(buyer('Exmo(s). Sr(s).', ['Pastelaria Doces da', 'Ribeira, Lda.', 'Largo do Rossio 3', '2000-077 Santarém'])).toBe('Pastelaria Doces da Ribeira, Lda.');
  });
});

describe('a rent invoice: landlord and tenant stacked under their labels, the lease dated in a sentence', () => {
  const landlord = ['Grundbesitz Kessler KG', 'Lindenallee 5', '04105 Leipzig', 'Steuernummer 232/155/04471 · USt-IdNr. DE291144718'];
  const tenant = ['Fahrradwerkstatt Speiche UG (haftungsbeschränkt)', 'Karl-Liebknecht-Straße 61', '04275 Leipzig'];
  // The first label's block from 22 mm, the second's from 45 mm.
  const read = (labels: [string, string], dateline: string, sentence: string, tenantFirst = false) => parse([
    ...[[labels[0], ...landlord], [labels[1], ...tenant]][tenantFirst ? 'reverse' : 'slice']().flatMap((rows, k) => rows.map((row, i) => d(27, 22 + 23 * k + 4 * i, row))),
    d(27, 73, dateline), d(27, 80, 'RECHNUNG Nr. M-2025-12-04'), d(27, 84, sentence),
    d(28, 96, 'Kaltmiete Gewerbefläche'), d(132, 96, '1.850,00 EUR'), d(28, 118, 'Summe netto'), d(132, 118, '1.850,00 EUR'),
    d(28, 123, 'zzgl. 19 % USt.'), d(137, 123, '351,50 EUR'), d(28, 134, 'Zu zahlen'), d(132, 134, '2.201,50 EUR'),
  ]);

  it('the landlord is the seller, the tenant the buyer', () => {
    for (const labels of [['Vermieter:', 'Mieter:'], ['Landlord:', 'Tenant:']] as Array<[string, string]>) {
      for (const tenantFirst of [false, true]) {
        const inv = read(labels, 'Leipzig, den 25.11.2025', 'Miete Dezember 2025', tenantFirst);
        expect([inv.seller.name, inv.buyer.name]).toEqual(['Grundbesitz Kessler KG', 'Fahrradwerkstatt Speiche UG (haftungsbeschränkt)']);
      }
    }
  });

  it('the lease\'s date is another document\'s: the dateline dates the invoice', () => {
    expect(read(['Vermieter:', 'Mieter:'], 'Leipzig, den 25.11.2025', 'Miete Dezember 2025 (Mietvertrag vom 01.03.2022, Option nach § 9 UStG)').date).toBe('2025-11-25');
    expect(read(['Landlord:', 'Tenant:'], 'Leipzig, 25.11.2025', 'Rent for December 2025 under the lease contract dated 01.03.2022').date).toBe('2025-11-25');
  });
});

describe('a bill on A5: a short letterhead, the patient\'s block set apart under it', () => {
  // The practice's two rows, a blank, the patient's block at the left with the bill's numbers beside it,
  // then a heading in the window's band.
  // `ocr`: the page read by OCR, whose rows of a photo keep no pitch to go by.
  const read = (heading: string, info: Array<[string, string]>, patient: string[], ocr = false) => {
    const pages = toPageText([
      d(12, 12, 'Tandartspraktijk De Linde B.V.', 3.5), d(12, 16, 'Lindelaan 4 · 5611 AB Eindhoven · 040 244 1188', 2.3),
      ...patient.map((row, i) => d(13, 24 + 4.6 * i, row, 2.8)), ...info.flatMap(([label, value], i) => [d(76, 24 + 4.6 * i, label, 2.8), d(108, 24 + 4.6 * i, value, 2.8)]),
      d(12, 49, heading, 3.2), d(13, 56, 'Omschrijving', 2.8), d(126, 56, 'Bedrag', 2.8), d(13, 62, 'Periodieke controle', 2.8), d(126, 62, '27,37', 2.8),
      d(90, 80, 'Totaal', 2.8), d(126, 80, '€ 27,37', 2.8), d(13, 90, 'Tandheelkundige zorg is vrijgesteld van btw.', 2.8),
    ], 148, 210);
    if (ocr) for (const item of pages.flatMap((p) => p.items)) item.confidence = 95;
    return parseWesternInvoiceText(pages);
  };

  it('is the buyer, not the heading; "Notadatum" dates the bill', () => {
    const inv = read('Nota', [['Notanummer', '2025-88104'], ['Notadatum', '24-11-2025'], ['Geboortedatum', '12-05-1984']], ['Mevr. S. Bakker', 'Tongelresestraat 301', '5642 NC Eindhoven']);
    expect([inv.buyer.name, inv.date, 'date' in guessesOf(inv)]).toEqual(['S. Bakker', '2025-11-24', false]);
    expect(read('Specificatie', [['Notanummer', '2025-88105'], ['Notadatum', '25-11-2025']], ['Dhr. K. Jansen', 'Stratumsedijk 12', '5611 NB Eindhoven']).buyer.name).toBe('K. Jansen');
  });

  it('is not taken from OCR\'s rows by their pitch', () => {
    const patient = ['Mevr. S. Bakker', 'Tongelresestraat 301', '5642 NC Eindhoven'];
    expect(read('Nota', [['Notanummer', '2025-88104'], ['Notadatum', '24-11-2025']], patient, true).buyer.name).not.toBe('S. Bakker');
  });
});

describe('an Italian exporter\'s letterhead: its share capital in the window\'s band, a carrier named in the notes', () => {
  const read = (capital: string, note: string) => parse([
    d(21, 17, 'MECCANICA FIORENTINI S.r.l.', 4.6), d(21, 23, 'Via dell\'Industria 41, 25030 Castel'), d(21, 28, 'Mella (BS), Italy'), d(21, 31, 'VAT IT03184472098 · REA BS-511844'), d(21, 36, capital),
    d(111, 17, 'INVOICE'), d(142, 17, 'No. 412/E'), d(111, 23, 'Date'), d(142, 23, '27-11-2025'),
    d(21, 66, 'Messrs.'), d(21, 71, 'Kraus Maschinenbau GmbH'), d(21, 76, 'Industriestraße 18'), d(21, 81, '4600 Wels'), d(21, 86, 'Austria'),
    d(21, 100, 'Description'), d(162, 100, 'Amount'), d(21, 106, 'Gear housing, machined'), d(162, 106, '4,893.00'),
    d(21, 118, note), d(120, 118, 'Taxable amount'), d(170, 118, '4,893.00'), d(120, 123, 'VAT amount'), d(170, 123, '0.00'), d(120, 128, 'Total invoice EUR'), d(170, 128, '4,893.00'),
  ]);

  it('the capital is the letterhead\'s row, no buyer\'s name', () => {
    expect(read('Share capital € 100.000,00 fully paid', 'Non-taxable intra-Community supply.').buyer.name).toBe('Kraus Maschinenbau GmbH');
    expect(read('Capitale sociale € 10.000,00 i.v.', 'Non-taxable intra-Community supply.').buyer.name).toBe('Kraus Maschinenbau GmbH');
  });

  it('a company a sentence names in passing leaves the letterhead sure', () => {
    for (const note of ['transport by Spedizioni Bresciane S.r.l., CMR 118847.', 'delivered by Trasporti Rapidi Lombardi S.p.A. on 27-11-2025']) {
      const inv = read('Share capital € 100.000,00 fully paid', note);
      expect([inv.seller.name, 'seller.name' in guessesOf(inv)]).toEqual(['MECCANICA FIORENTINI S.r.l.', false]);
    }
  });
});

describe('totals set as a grid with a column per VAT rate', () => {
  // A letter with two item lines, then the grid: its header row of rates (and a total column), a row per total.
  const totals = (header: string[], rows: string[][]) => {
    const xs = [126, 145, 160, 176, 192];
    const inv = parse([
      d(20, 12, 'Getränke Hofmann GmbH', 5), d(20, 19, 'Gewerbering 3, 97080 Würzburg'), d(20, 45, 'Kita Sonnenschein e.V.'), d(20, 50, 'Sanderstraße 22'), d(20, 55, '97070 Würzburg'),
      d(20, 65, 'Rechnung Nr. 2025-08817'), d(120, 65, 'Datum 27.11.2025'),
      d(20, 80, 'Bezeichnung'), d(180, 80, 'Betrag'), d(20, 86, 'Frischmilch'), d(180, 86, '132,50'), d(20, 91, 'Mineralwasser'), d(180, 91, '151,80'),
      ...header.map((h, k) => d(xs[k + 1], 105, h)),
      ...rows.flatMap((row, r) => row.map((cell, k) => d(xs[k], 111 + 6 * r, cell))),
    ]);
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('each row\'s figure under the total column', () => {
    expect(totals(['7 %', '19 %', 'Gesamt'], [['Netto', '132,50', '151,80', '284,30'], ['USt', '9,28', '28,84', '38,12'], ['Brutto', '141,78', '180,64', '322,42']])).toEqual([284.3, 38.12, 322.42]);
    expect(totals(['5,5 %', '20 %', 'Total'], [['Base HT', '580,00', '696,00', '1 276,00'], ['TVA', '31,90', '139,20', '171,10'], ['TTC', '611,90', '835,20', '1 447,10']])).toEqual([1276, 171.1, 1447.1]);
  });

  it('without a total column, the sum of the rates\' figures', () => {
    expect(totals(['VAT 25%', 'VAT 12%'], [['Net', '36,000.00', '19,600.00'], ['VAT', '9,000.00', '2,352.00'], ['Gross', '45,000.00', '21,952.00']])).toEqual([55600, 11352, 66952]);
  });
});

describe('a Polish title "Faktura VAT" with its series and number', () => {
  const number = (title: string) => parse([
    d(15, 14, title, 4.6), d(146, 14, 'Data wystawienia: 2025-11-25'),
    d(15, 37, 'Sprzedawca'), d(106, 37, 'Nabywca'), d(15, 40, 'Polar-Serwis Chłodnictwo Sp. z o.o.'), d(106, 40, 'Anna Wójcik'), d(15, 45, 'ul. Głogowska 188'), d(106, 45, 'os. Przyjaźni 14/22'),
    d(15, 70, 'Nazwa'), d(170, 70, 'Wartość'), d(15, 76, 'Serwis klimatyzacji'), d(170, 76, '700,00'),
    d(130, 90, 'Razem netto'), d(170, 90, '700,00'), d(130, 95, 'VAT 23%'), d(170, 95, '161,00'), d(130, 100, 'Do zapłaty'), d(170, 100, '861,00'),
  ]).number;

  it('is read after the title\'s "VAT"', () => {
    expect(number('Faktura VAT FV 214/11/2025')).toBe('FV 214/11/2025');
    expect(number('FAKTURA VAT 0088/2025')).toBe('0088/2025');
  });
});

describe('"s/ IVA" for "sem IVA" or "sin IVA" after the net\'s total word', () => {
  const totals = (net: string, tax: string, gross: string) => {
    const inv = parse([
      d(15, 12, 'Atlântico Telecom, S.A.', 5), d(15, 20, 'Av. da Liberdade 190, 1250-147 Lisboa'), d(20, 45, 'Rui Manuel Carvalho'), d(20, 50, 'Rua do Almada 318'), d(20, 55, '4050-032 Porto'),
      d(112, 45, 'Fatura n.º'), d(143, 45, 'FT A2511/0044187'), d(112, 50, 'Data de emissão'), d(143, 50, '15/11/2025'),
      d(18, 72, 'Serviços mensais'), d(85, 72, '45,52 €'), d(18, 78, 'Descontos'), d(85, 78, '-1,75 €'),
      d(18, 84, net), d(85, 84, '43,77 €'), d(18, 90, tax), d(85, 90, '10,07 €'), d(18, 96, gross), d(85, 96, '53,84 €'),
    ]);
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('heads the net', () => {
    expect(totals('Total s/ IVA', 'IVA (23%)', 'Total a pagar')).toEqual([43.77, 10.07, 53.84]);
    expect(totals('Total s/IVA', 'IVA 23%', 'Total factura')).toEqual([43.77, 10.07, 53.84]);
  });
});
