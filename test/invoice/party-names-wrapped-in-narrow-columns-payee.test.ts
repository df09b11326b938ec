/**
 * Party names the page wraps or gives only once: a holder's heading ("Titular") over a name wrapped over
 * three rows of a narrow middle column, a name wrapped after a professional's title ("DOTT.SSA" over the
 * person's name), a seller whose letterhead is a logo's word and whose company only the bank line's account
 * holder names ("t.n.v. …", "Account name: …"); in generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { isBuyerLabel } from '../../src/invoice/western/parties.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';
import { read } from './supplier-bill.js';

/** Three columns under their headings: the seller at the left, the buyer in a narrow middle column, the invoice's data. */
const columns = (heading: string, buyer: string[]) => ({
  letterhead: ['Cantábrica Telecom'], window: [], info: [] as Array<[string, string]>,
  extra: [
    d(22, 40, 'EMPRESA', 2.6), d(92, 40, heading, 2.6), d(140, 40, 'DATOS DE LA FACTURA', 2.6),
    ...['Telecomunicaciones del', 'Cantábrico, S.A.', 'Calle Marqués de la Hermida 44', '39009 Santander'].map((row, i) => d(22, 45 + 4 * i, row, 2.8)),
    ...buyer.map((row, i) => d(92, 45 + 4 * i, row, 2.8)),
    ...['Nº factura: FT25-0931174', 'Fecha de emisión: 05/11/2025', 'Nº cliente: 1120448'].map((row, i) => d(140, 45 + 4 * i, row, 2.8)),
  ],
});

describe('a buyer\'s name wrapped over three rows of a narrow column', () => {
  it('the rows after words no name ends with are one name', () => {
    for (const [heading, rows, name] of [
      ['CLIENTE', ['Asesoría Fiscal y', 'Laboral Ortiz de', 'Zárate, S.L.', 'Calle Burgos 17, 2º', '39008 Santander'], 'Asesoría Fiscal y Laboral Ortiz de Zárate, S.L.'],
      ['CLIENTE', ['Construcciones y', 'Reformas Hermanos', 'Gutiérrez, S.L.', 'Avda. Cantabria 4', '39012 Santander'], null],
      ['Client', ['Coopérative des', 'Producteurs Laitiers du', 'Pays de Caux SAS', '4 route de Fécamp', '76190 Yvetot'], 'Coopérative des Producteurs Laitiers du Pays de Caux SAS'],
      ['Bill to', ['Friends of', 'Riverside Library and', 'Museum Inc.', '12 Elm Street', 'Fargo ND 58102'], 'Friends of Riverside Library and Museum Inc.'],
    ] as Array<[string, string[], string | null]>) {
      const inv = read(columns(heading, rows));
      if (name) expect(inv.buyer.name).toBe(name);
      else expect(inv.buyer.name).not.toBe(rows[3]);
    }
  });
});

describe('"Titular" heading the holder\'s block', () => {
  it('the account holder under it is the buyer, its name wrapped in the narrow column', () => {
    for (const [heading, rows, name] of [
      ['TITULAR', ['Asesoría Fiscal y', 'Laboral Ortiz de', 'Zárate, S.L.', 'Calle Burgos 17, 2º', '39008 Santander'], 'Asesoría Fiscal y Laboral Ortiz de Zárate, S.L.'],
      ['Titular', ['Clínica Veterinaria del', 'Sardinero, S.L.', 'Avda. Castros 12', '39005 Santander'], 'Clínica Veterinaria del Sardinero, S.L.'],
      ['Titular:', ['Transportes Ribeiro &', 'Filhos, Lda.', 'Rua do Almada 88', '4050-032 Porto'], 'Transportes Ribeiro & Filhos, Lda.'],
    ] as Array<[string, string[], string]>) {
      expect(read(columns(heading, rows)).buyer.name).toBe(name);
    }
  });

  it('the holder of the seller\'s bank account is no buyer\'s label', () => {
    expect(isBuyerLabel('Titular')).toBe(true);
    expect(isBuyerLabel('Titular de la cuenta')).toBe(false);
    expect(isBuyerLabel('Titular da conta')).toBe(false);
  });
});

describe('a name wrapped after a professional\'s title', () => {
  it('the person\'s name on the next row is the name\'s end, not the address', () => {
    for (const rows of [
      ['Spett.le', 'STUDIO DENTISTICO DOTT.SSA', "ELENA D'AGOSTINO", 'Via Piave 61', '30171 Mestre (VE)'],
      ['Spett.le', 'Studio Tecnico Associato Geom.', 'Paolo Ferri', 'Corso Italia 12', '56125 Pisa'],
      ['Spett.le', 'Studio Legale Avv.', 'Chiara Moretti', 'Via Mazzini 4', '40121 Bologna'],
    ]) {
      const inv = read({ window: rows });
      expect(inv.buyer.name).toBe(`${rows[1]} ${rows[2]}`);
    }
  });

  it('an address row under the title is no part of the name', () => {
    const inv = read({ window: ['Spett.le', 'Farmacia Centrale Dott.', 'Via Roma 18', '00185 Roma'] });
    expect(inv.buyer.name).not.toContain('Via Roma');
  });
});

describe('a logo\'s word and the account holder the bank line names', () => {
  const bank = (rows: string[]) => rows.map((row, i) => d(22, 150 + 4.5 * i, row, 2.8));
  it('the holder whose name opens with the logo\'s word is the seller', () => {
    for (const [logo, rows, name] of [
      ['hostwerk', ['We verzoeken u het bedrag over te maken op NL44 RABO 0123 4567 89 t.n.v. Hostwerk Internetdiensten', 'B.V., onder vermelding van het factuurnummer.'], 'Hostwerk Internetdiensten B.V.'],
      ['HALDEN', ['Bank: Lloyds Bank, sort code 30-94-12, account 41187720', 'Account name: Halden Audio Systems Ltd'], 'Halden Audio Systems Ltd'],
      ['Brightpixel', ['Virement sur FR76 3000 4000 0312 3456 7890 143 au bénéficiaire : Brightpixel Studio SARL'], 'Brightpixel Studio SARL'],
    ] as Array<[string, string[], string]>) {
      const inv = read({ letterhead: [logo, 'Stationsplein 12, 3511 ED Utrecht'], extra: bank(rows) });
      expect(inv.seller.name).toBe(name);
    }
  });

  it('a holder of another name (a factoring company) does not rename the seller', () => {
    const inv = read({ letterhead: ['hostwerk', 'Stationsplein 12, 3511 ED Utrecht'], extra: bank(['Betaling uitsluitend op NL12 INGB 0001 2345 67 t.n.v. Factris Nederland B.V.']) });
    expect(inv.seller.name).not.toBe('Factris Nederland B.V.');
  });
});

describe('the seller\'s sender line wrapped over the window', () => {
  /** A sender line in small print over the window, its end wrapped onto a second row, then the buyer's block. */
  const wrapped = (sender: [string, string], window: string[]) => ({
    letterhead: ['KESSLER', 'Haustechnik-Vertrieb · Heizung · Sanitär · Lüftung'], window: [],
    extra: [d(22, 42, sender[0], 2.3), d(22, 44.7, sender[1], 2.3), ...window.map((row, i) => d(22, 50 + 4.2 * i, row, 3.3))],
  });

  it('its second row is the sender line\'s, the buyer is the block\'s name', () => {
    for (const [sender, window] of [
      [['Kessler Haustechnik-Vertrieb GmbH · Eckendorfer Str. 88 · 33609', 'Bielefeld'], ['Wolff Sanitär- und Heizungsbau GmbH', 'Herrn Dirk Wolff', 'Am Lutterkolk 7', '33649 Bielefeld']],
      [['Kessler Haustechnik-Vertrieb GmbH · Kurgartenstraße 9 ·', '5630 Bad Hofgastein'], ['Vogel Messebau GmbH', 'z. Hd. Herrn Martin Vogel', 'Industriestraße 4', '4600 Wels']],
      [['Kessler Haustechnik-Vertrieb GmbH · Gewerbering 7 · 31535 Neustadt a.', 'Rbge.'], ['Ebeling Keramik GmbH', 'Abt. Einkauf', 'Am Töpferhof 12', '29221 Celle']],
      [['Kessler Haustechnik-Vertrieb GmbH · Lörracher Str. 3 · 79115 Freiburg i.', 'Br.'], ['Hofgut Kaiserstuhl GmbH', 'Weinstraße 4', '79235 Vogtsburg']],
    ] as Array<[[string, string], string[]]>) {
      const inv = read(wrapped(sender, window));
      expect(inv.buyer.name).toBe(window[0]);
    }
  });

  it('a block in the window\'s print right under a whole sender line keeps its first row', () => {
    const page = wrapped(['Kessler Haustechnik-Vertrieb GmbH · Eckendorfer Str. 88 · 33609 Bielefeld', ''], []);
    const inv = read({ ...page, extra: [page.extra[0], ...['Brauhaus Sennestadt GmbH', 'Am Lutterkolk 7', '33649 Bielefeld'].map((row, i) => d(22, 45.2 + 4.2 * i, row, 3.3))] });
    expect(inv.buyer.name).toBe('Brauhaus Sennestadt GmbH');
  });
});

describe('an item table\'s header across a landscape page under a block set above the window', () => {
  /** A fuel card's statement, A4 landscape: the customer's block in the middle of the top, level with the letterhead, the info table at the right; the table's header in the window's band. */
  const statement = (header: string[]) => parseWesternInvoiceText(toPageText([
    d(15, 12, 'Tankwerk Mobility GmbH', 4.9), d(15, 18, 'Deutz-Mülheimer Str. 183 · 51063 Köln', 4.2), d(15, 23, 'USt-IdNr. DE298114570 · HRB 88412 AG Köln', 4.2),
    ...['Spedition Albers GmbH & Co. KG', 'Industriestraße 19', '49090 Osnabrück'].map((row, i) => d(122.6, 15.9 + 3.6 * i, row, 3.2)),
    ...[['Rechnung Nr.', '2025-47-118402'], ['Rechnungsdatum', '24.11.2025'], ['Kundennummer', '700 4412']].flatMap(([label, value], i) => [d(204, 12.3 + 6 * i, label, 4.2), d(248, 12.3 + 6 * i, value, 4.2)]),
    ...header.map((cell, i) => d(15 + 36 * i, 59, cell, 4.2)),
    d(15, 70, '17.11.2025'), d(130, 70, 'Diesel'), d(209, 70, '580,00'), d(268, 70, '690,20'),
    d(200, 100, 'Summe netto', 4.2), d(250, 100, '580,00 EUR', 4.2), d(200, 106, 'Umsatzsteuer 19 %', 4.2), d(250, 106, '110,20 EUR', 4.2), d(200, 112, 'Rechnungsbetrag', 4.2), d(250, 112, '690,20 EUR', 4.2),
  ], 297, 210));

  it('no header cell is read as the buyer', () => {
    for (const header of [
      ['Datum', 'Land Station', 'Karte', 'Kennzeichen Produkt', 'Menge', 'Netto', 'USt', 'Brutto'],
      ['Fecha', 'Estación', 'Tarjeta', 'Matrícula Producto', 'Litros', 'Base', 'Importe'],
      ['Date', 'Site', 'Card', 'Registration Product', 'Volume', 'Net', 'Gross'],
    ]) {
      const inv = statement(header);
      expect(header.some((cell) => inv.buyer.name?.includes(cell))).toBe(false);
    }
  });
});

describe('a party\'s label wrapped in its narrow cell, the name beside its first row', () => {
  /** Labelled rows of a tax form: each party's label over two rows ("Preču" over "piegādātājs:"), the values in a column beside. */
  const form = (seller: [string, string, string], buyer: [string, string, string]) => ({
    letterhead: [], window: [], info: [] as Array<[string, string]>, underTitle: [],
    extra: [
      d(60, 18, 'PVN RĒĶINS Nr. KLB-2025/0918', 4.8), d(85, 26, '2025. gada 24. novembrī', 3.2),
      ...[[seller[0], seller[2]], [seller[1], ''], ['Reģ. Nr.:', '40103918224, PVN reģ. Nr. LV40103918224'], ['Juridiskā', 'Rūpniecības iela 14, Liepāja, LV-3401'], ['adrese:', '']]
        .flatMap(([label, value], k) => [d(19.6, 34.7 + 5 * k, label, 4.2), ...(value ? [d(57.8, 34.7 + 5 * k, value, 4.2)] : [])]),
      ...[[buyer[0], buyer[2]], [buyer[1], ''], ['Reģ. Nr.:', '40003552871, PVN reģ. Nr. LV40003552871'], ['Juridiskā', 'Jomas iela 61, Jūrmala, LV-2015'], ['adrese:', '']]
        .flatMap(([label, value], k) => [d(19.6, 62 + 5 * k, label, 4.2), ...(value ? [d(57.8, 62 + 5 * k, value, 4.2)] : [])]),
    ],
  });

  it('the value beside the label\'s first row is the party', () => {
    for (const [seller, buyer] of [
      [['Preču', 'piegādātājs:', 'SIA "Kurzemes Logu Būve"'], ['Preču', 'saņēmējs:', 'SIA "Jūrmalas Viesnīca Dzintars"']],
      [['Paslaugų', 'pardavėjas:', 'UAB Vilniaus spaudos centras'], ['Paslaugų', 'pirkėjas:', 'UAB Baltų medis']],
    ] as Array<[[string, string, string], [string, string, string]]>) {
      const inv = read(form(seller, buyer));
      expect([inv.seller.name, inv.buyer.name]).toEqual([seller[2], buyer[2]]);
    }
  });
});
