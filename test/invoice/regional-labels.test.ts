/**
 * Invoices of kinds the parser met late: Slovak and Romanian labels, bilingual pages whose every label
 * carries its translation after a slash, labels wrapped over two lines of their cell, letter-spaced
 * headings and names, US sales tax printed per jurisdiction, and a "Total" row of net and tax only.
 * One class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { vatIdIn } from '../../src/invoice/western/parties.js';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';


describe('labels with their translation', () => {
  it.each([
    ['Do zapłaty / Amount due:', '4 920,00 PLN'],
    ['Gesamtbetrag / Total amount', '4 920,00 €'],
  ])('"%s %s" is the total', (label, value) => {
    expect(read({ totals: [['Netto / Net', '4 000,00'], ['VAT 23% / VAT 23%', '920,00'], [label, value]] }).totalAmount).toBe(4920);
  });

  it('net, VAT and gross of "Nettobetrag / Net amount", "USt. 19 % / VAT 19 %", "Gesamtbetrag / Total"', () => {
    expect(totals({ totals: [['Nettobetrag / Net amount', '574,50 €'], ['USt. 19 % / VAT 19 %', '109,16 €'], ['Gesamtbetrag / Total', '683,66 €']] })).toEqual([574.5, 109.16, 683.66]);
  });

  it('a VAT table headed "Netto / Net | VAT | Brutto / Gross" whose net and VAT share one text item', () => {
    const inv = read({
      totals: [],
      extra: [d(95, 125, 'Stawka VAT /'), d(134, 125, 'Netto /'), d(159, 125, 'VAT'), d(176, 125, 'Brutto /'), d(100, 130, 'VAT rate'), d(142, 130, 'Net'), d(181, 130, 'Gross'),
        d(91, 137, '23%'), d(132, 137, '4 000,00 920,00'), d(176, 137, '4 920,00'), d(91, 144, 'Razem / Total'), d(132, 144, '4 000,00 920,00'), d(176, 144, '4 920,00'),
        d(22, 153, 'Do zapłaty / Amount due: 4 920,00 PLN')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([4000, 920, 4920]);
  });

  it('"Sprzedawca / Seller" and "Nabywca / Buyer" over the two blocks', () => {
    const inv = read({
      letterhead: ['wisłasoftware'], window: [],
      extra: [d(22, 60, 'Sprzedawca / Seller'), d(110, 60, 'Nabywca / Buyer'), d(22, 65, 'Wisła Software sp. z o.o.'), d(110, 65, 'Baltic Dental Centrum sp. z o.o.'),
        d(22, 70, 'ul. Grunwaldzka 472'), d(110, 70, 'al. Zwycięstwa 96')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Wisła Software sp. z o.o.', 'Baltic Dental Centrum sp. z o.o.']);
  });

  it('the number under a title with its translation ("Faktura VAT / VAT Invoice" over "nr FV/0612/2025")', () => {
    expect(read({ info: [], title: 'Faktura VAT / VAT Invoice', underTitle: ['nr FV/0612/2025'] }).number).toBe('FV/0612/2025');
  });
});

describe('labels wrapped over two lines of their cell', () => {
  it('"Rechnungsnr. /" over "Invoice no.:", the number beside the first line', () => {
    const inv = read({ info: [], extra: [d(125, 48, 'Rechnungsnr. /'), d(172, 48, '60712245'), d(125, 52.5, 'Invoice no.:'), d(125, 60, 'Rechnungsdatum'), d(166, 60, '15-MAY-2025'), d(125, 64.5, '/ Invoice date:')] });
    expect([inv.number, inv.date]).toEqual(['60712245', '2025-05-15']);
  });

  it('"Data wystawienia / Issue" over "date", the date wrapped beside it ("2025-06-" over "12")', () => {
    const inv = read({ info: [], extra: [d(110, 48, 'Data wystawienia / Issue'), d(172, 48, '2025-06-'), d(110, 52.5, 'date'), d(172, 52.5, '12'), d(110, 60, 'Data sprzedaży / Date of'), d(172, 60, '2025-05-'), d(110, 64.5, 'sale'), d(172, 64.5, '31')] });
    expect(inv.date).toBe('2025-06-12');
  });

  it('a box of header cells wrapped over their values ("Invoice" / "number" over "MF-2025-" / "0147")', () => {
    const inv = read({
      info: [],
      extra: [d(110, 48, 'Invoice'), d(135, 48, 'Date of'), d(160, 48, 'Payment'), d(110, 52.5, 'number'), d(135, 52.5, 'issue'), d(160, 52.5, 'due'),
        d(110, 58, 'MF-2025-'), d(135, 58, '7 July'), d(160, 58, '6 August'), d(110, 62.5, '0147'), d(135, 62.5, '2025'), d(160, 62.5, '2025')],
    });
    expect([inv.number, inv.date]).toEqual(['MF-2025-0147', '2025-07-07']);
  });
});

describe('Slovak and Romanian invoices', () => {
  it('"FAKTÚRA č. 2025041", "Dátum vystavenia", "Dodávateľ:" / "Odberateľ:", "Celkom k úhrade" with the euro after the figure', () => {
    const inv = read({
      letterhead: [], window: [], info: [], title: 'FAKTÚRA č. 2025041',
      extra: [d(22, 40, 'Dodávateľ:'), d(110, 40, 'Odberateľ:'), d(22, 45, 'Tatra Stolárstvo s.r.o.'), d(110, 50, 'Penzión Pod Lipou s.r.o.'), d(22, 50, 'Priemyselná 14'), d(110, 55, 'Hlavná 52'),
        d(22, 70, 'Dátum vystavenia: 14.04.2025'), d(22, 75, 'Dátum splatnosti: 28.04.2025')],
      totals: [['Celkom k úhrade:', '1 525,20 €']],
    });
    expect([inv.number, inv.date, inv.seller.name, inv.buyer.name, inv.totalAmount]).toEqual(['2025041', '2025-04-14', 'Tatra Stolárstvo s.r.o.', 'Penzión Pod Lipou s.r.o.', 1525.2]);
  });

  it('a VAT recapitulation "Sadzba DPH | Základ dane | DPH | Spolu s DPH" with its headers wrapped', () => {
    const inv = read({
      totals: [],
      extra: [d(96, 125, 'Sadzba'), d(130, 125, 'Základ'), d(155, 125, 'DPH'), d(176, 125, 'Spolu s'), d(100, 130, 'DPH'), d(134, 130, 'dane'), d(183, 130, 'DPH'),
        d(92, 137, '23 %'), d(123, 137, '1 240,00 €'), d(151, 137, '285,20'), d(170, 137, '1 525,20 €')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 285.2, 1525.2]);
  });

  it('"Seria BV nr. 0457" is the number "BV 0457"; "Furnizor:" and "Cumpărător:" names wrapped in their cells', () => {
    const inv = read({
      letterhead: [], window: [], info: [], title: 'FACTURĂ',
      extra: [d(22, 30, 'Furnizor: Carpatica Print'), d(22, 35, 'S.R.L.'), d(130, 30, 'Cumpărător: Vila Bran'), d(130, 35, 'Turism S.R.L.'), d(90, 35, 'Seria BV nr. 0457'),
        d(22, 40, 'CIF: RO34567812'), d(130, 40, 'CIF: RO41122334')],
    });
    expect([inv.number, inv.seller.name, inv.buyer.name]).toEqual(['BV 0457', 'Carpatica Print S.R.L.', 'Vila Bran Turism S.R.L.']);
  });

  it('a "Total" row of net and VAT beside a signature box, and "Total de plată (col. 5 + col. 6)" under it', () => {
    const inv = read({
      totals: [],
      extra: [d(22, 125, 'Întocmit de: Ioana Munteanu'), d(89, 125, 'Total'), d(146, 125, '1.240,00'), d(178, 125, '285,20'), d(89, 132, 'Total de plată (col. 5 +'), d(158, 132, '1.525,20'), d(89, 137, 'col. 6)')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 285.2, 1525.2]);
  });
});

describe('US sales tax and the customer label', () => {
  it('state and local sales tax each on a wrapped line of its own: the tax is their sum', () => {
    expect(totals({
      totals: [],
      extra: [d(117, 125, 'Subtotal'), d(175, 125, '4,580.00'), d(117, 132, 'Texas State Sales Tax'), d(179, 132, '286.25'), d(117, 137, '(6.25%)'),
        d(117, 143, 'Local Sales Tax – City'), d(182, 143, '91.60'), d(117, 148, 'of Austin / CTRMA'), d(117, 153, '(2.00%)'), d(117, 160, 'Invoice Total'), d(171, 160, '$4,957.85')],
    })).toEqual([4580, 377.85, 4957.85]);
  });

  it('one sales tax line that adds up is left as read', () => {
    expect(totals({ totals: [['Subtotal', '4,580.00'], ['Sales Tax (8.25%)', '377.85'], ['Total', '4,957.85']] })).toEqual([4580, 377.85, 4957.85]);
  });

  it('"Customer PO: BP-1142" is no buyer: the block under "SOLD TO" is', () => {
    const inv = read({ window: [], info: [['Invoice No.', 'LSO-25-0311'], ['Customer PO: BP-1142', '']], extra: [d(22, 58, 'SOLD TO'), d(109, 58, 'SHIP TO'), d(22, 64, 'Bluebonnet Pediatrics, PLLC'), d(109, 64, 'Bluebonnet Pediatrics, PLLC'), d(22, 69, '3705 Medical Pkwy')] });
    expect(inv.buyer.name).toBe('Bluebonnet Pediatrics, PLLC');
  });
});

describe('letter-spaced text and company forms', () => {
  it('a letter-spaced name in capitals is read whole, as the page also writes it', () => {
    const inv = read({
      letterhead: [], window: ['Thistledown Gin Company Ltd', 'Unit 3, Wapping Wharf', 'Bristol BS1 6WP'],
      extra: [d(21.7, 15, 'M A P L E', 4.2), d(47.3, 15, '&', 4.2), d(55.1, 15, 'F O X', 4.2), d(71.5, 15, 'S T U D I O', 4.2), d(100.3, 15, 'L T D', 4.2), d(22, 21, 'Brand · Web · Print — 14 Stokes Croft, Bristol BS1 3PR'),
        d(22, 200, 'Bank transfer to Maple & Fox Studio Ltd · Sort code 40-11-62')],
    });
    expect(inv.seller.name).toBe('Maple & Fox Studio Ltd');
  });

  it('a logo in capitals that the page writes only as the head of a longer name stays as printed', () => {
    // The footer names the owner and the studio, "Lichtwerk Fotografie": "Lichtwerk" alone is no name the page
    // writes, and the logo's capitals are the name as printed.
    const inv = read({
      letterhead: [], window: ['Modehaus Brinkhoff KG', 'Königsallee 60', '40212 Düsseldorf'],
      extra: [d(22, 15, 'LICHTWERK', 6), d(22, 22, 'Fotografie Sanne Albers · Wallstraße 21 · 40213 Düsseldorf'),
        d(22, 200, 'Sanne Albers · Lichtwerk Fotografie · Steuernummer 133/5021/4410 · USt-IdNr. DE309977120')],
    });
    expect(inv.seller.name).toBe('LICHTWERK');
    // The head of the company's own name, with its form: the brand written.
    const brand = read({
      letterhead: [], window: ['Mersey Biotech Solutions plc', '2 Dock Road', 'Liverpool L3 4AB'],
      extra: [d(60, 15, 'BABEL & QUILL', 6), d(60, 22, 'Translation · Interpreting · Localisation'),
        d(40, 27, 'Babel & Quill Language Services Ltd, 14 Hope Street, Liverpool L1 9BQ · VAT GB 301 4471 88')],
    });
    expect(brand.seller.name).toBe('Babel & Quill');
  });

  it('a label set letter by letter, each letter a text item ("B I L L E D  T O"), labels the buyer', () => {
    const inv = read({ window: ['Thistledown Gin Company Ltd', 'Unit 3, Wapping Wharf', 'Bristol BS1 6WP'], extra: [{ x: 22, y: 43, text: 'BILLED', glyphs: 2.5, size: 2 }, { x: 39, y: 43, text: 'TO', glyphs: 2.5, size: 2 }] });
    expect(inv.buyer.name).toBe('Thistledown Gin Company Ltd');
  });

  it('a Sagl in the letterhead\'s block at the right is the seller, the SA under "Spettabile" the buyer', () => {
    const inv = read({
      letterhead: ['CERESIO', 'INFORMATICA'], window: [], info: [], title: 'Fattura n. 2025-118',
      extra: [d(22, 44, 'Lugano, 4 aprile 2025'), d(117, 15, 'Ceresio Informatica Sagl'), d(117, 19, 'Via Nassa 21'), d(117, 23, '6900 Lugano'), d(117, 44, 'Spettabile'), d(117, 49, 'Albergo Lago Azzurro SA'), d(117, 54, 'Riva Albertolli 9'), d(117, 59, '6900 Lugano')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Ceresio Informatica Sagl', 'Albergo Lago Azzurro SA']);
  });

  it('"Référence facture :" labels the number', () => {
    expect(read({ info: [['Référence facture :', 'E25/0418877'], ['Date facture :', '03/06/2025']] }).number).toBe('E25/0418877');
  });
});

describe('names and labels wrapped in narrow columns', () => {
  it('a buyer\'s name wrapped under "BILL TO" in a narrow column ("Meadowbrook" over "Condominium Assn.")', () => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 48, 'BILL TO'), d(58, 48, 'SHIP TO'), d(22, 52, 'Meadowbrook'), d(58, 52, 'Meadowbrook'), d(22, 56, 'Condominium Assn.'), d(58, 56, 'Condominium Assn.'),
        d(22, 60, 'c/o Pillar Property'), d(58, 60, '400 Meadowbrook Dr'), d(22, 64, '75 Main St'), d(58, 64, 'Nashua, NH 03062'), d(22, 68, 'Nashua, NH 03060')],
    });
    expect(inv.buyer.name).toBe('Meadowbrook Condominium Assn.');
  });

  it('a department under a name that fits its column stays out of the name', () => {
    const inv = read({ window: [], info: [], extra: [d(22, 48, 'BILL TO'), d(110, 48, 'SHIP TO'), d(22, 52, 'Meadowbrook Dental'), d(22, 56, 'Accounts Payable'), d(22, 60, '75 Main St'), d(22, 64, 'Nashua, NH 03060')] });
    expect(inv.buyer.name).toBe('Meadowbrook Dental');
  });

  it('the seller\'s block at the right with its name wrapped ("Calder Valley Timber" over "Supplies Ltd")', () => {
    const inv = read({
      letterhead: [], window: [], info: [], title: 'TAX INVOICE',
      extra: [d(22, 22, 'TAX INVOICE', 6), d(143, 22, 'Calder Valley Timber'), d(143, 26.5, 'Supplies Ltd'), d(143, 31, 'Riverside Works'), d(143, 35.5, 'Sowerby Bridge'),
        d(22, 32, 'Brackenridge Joinery Ltd'), d(22, 36.5, 'Unit 4 Mill Lane'), d(22, 41, 'Hebden Bridge'), d(100, 22, 'Invoice Date'), d(100, 26.5, '14 Mar 2025'),
        d(100, 37, 'Invoice Number'), d(100, 41.5, 'INV-0842'), d(22, 200, 'Payment terms: 30 days. Thank you for your business, we appreciate it very much.')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Calder Valley Timber Supplies Ltd', 'Brackenridge Joinery Ltd']);
  });

  it('a tax rate whose "%" wrapped under it ("zzgl. Umsatzsteuer 19" over "%"): the amount beside it is the tax', () => {
    expect(totals({ totals: [], extra: [d(117, 125, 'Gesamt netto'), d(171, 125, '1.240,00 €'), d(117, 131, 'zzgl. Umsatzsteuer 19'), d(175, 131, '235,60 €'), d(117, 135.5, '%'), d(117, 142, 'Gesamtbetrag'), d(171, 142, '1.475,60 €')] }))
      .toEqual([1240, 235.6, 1475.6]);
  });

  it('totals labels set under a figures column ("Montant hors" over "taxes", "TVA 10%") end the item lines', () => {
    const inv = read({
      totals: [],
      extra: [d(22, 140, 'Plantes aromatiques'), d(130, 140, '1'), d(175, 140, '294,00 €'), d(140, 150, 'Montant hors'), d(176, 150, '1 534,00 €'), d(140, 154.5, 'taxes'),
        d(140, 160, 'TVA 10%'), d(179, 160, '29,40 €'), d(140, 166, 'TVA 20%'), d(176, 166, '248,00 €'), d(140, 172, 'Total'), d(176, 172, '1 811,40 €')],
    });
    expect(inv.items.map((i) => i.amount)).toEqual([1240, 294]);
  });
});

describe('care-of rows', () => {
  it('"c/o Pillar Property" under the buyer\'s name is no second name to doubt it by', () => {
    const inv = read({ window: ['Bill To', 'Meadowbrook Condominium Assn.', 'c/o Pillar Property Mgmt', '75 Main St', 'Nashua, NH 03060'] });
    expect(inv.buyer.name).toBe('Meadowbrook Condominium Assn.');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });
});

describe('the seller\'s VAT id', () => {
  it('"N° TVA intra : FR 11 …" on a line whose other column names the customer is the seller\'s, not the later one under "Vos identifiants"', () => {
    const inv = read({
      letterhead: ['Le Fournisseur SARL', '35 rue d\'ici, 75018 Paris'], window: [],
      extra: [d(22, 40, 'SIREN : 123 456 782'), d(105, 40, 'Acheteur SA'), d(22, 45, 'N° TVA intra : FR 11 123 456 782'), d(105, 45, 'Contact: 01 01 25 45 87, client@client.example'),
        d(22, 60, 'Nos références'), d(105, 60, 'Vos identifiants'), d(107, 65, 'N° TVA : FR 05 987 654 321')],
    });
    expect(inv.seller.taxId).toBe('FR11123456782');
  });
});

describe('utility bills, proformas and a buyer in the seller\'s town', () => {
  it('"Service for:" labels the customer of a utility bill', () => {
    const inv = read({ window: [], underTitle: [], extra: [d(22, 92, 'Service for:'), d(22, 95, 'Riverbend Coffee Roasters LLC'), d(22, 98, '1045 NW Bond St'), d(22, 101, 'Bend, OR 97703')] });
    expect(inv.buyer.name).toBe('Riverbend Coffee Roasters LLC');
  });

  it('"PROFORMA INVOICE" over "No. PF-25-0087" gives the number; "Consignee" labels the buyer', () => {
    const inv = read({
      info: [], title: 'PROFORMA INVOICE', underTitle: ['No. PF-25-0087'], window: ['Consignee', 'Green Acres Garden Centre Ltd', 'Unit 9, Brook Industrial Park', 'Ashford TN24 0GA'],
    });
    expect([inv.number, inv.buyer.name]).toEqual(['PF-25-0087', 'Green Acres Garden Centre Ltd']);
  });

  it('a buyer in the seller\'s own town: the town line is the buyer\'s too', () => {
    const inv = read({
      letterhead: ['Glaserei Brandstätter GmbH', 'Wiener Str. 55, 4020 Linz'], info: [['Rechnungs-Nr.', '2025-0318'], ['Datum', '18.03.2025']],
      window: [], extra: [d(22, 32, 'Glaserei Brandstätter GmbH · Wiener Str. 55 · 4020 Linz', 2), d(22, 34.5, 'Hausverwaltung Pichler KG'), d(22, 38.5, 'z. Hd. Frau Mag. Eva Pichler'), d(22, 44, 'Landstraße 17'), d(22, 49, '4020 Linz')],
    });
    expect(inv.buyer.name).toBe('Hausverwaltung Pichler KG');
  });
});

describe('header cells centred in their boxes', () => {
  it('"Invoice" over "No." centred in a box, "Date" centred beside them, the number wrapped under it ("SI-" over "204471")', () => {
    const inv = read({
      info: [],
      extra: [d(112, 29, 'Invoice'), d(153, 29, 'Account'), d(135, 31.5, 'Date'), d(114, 34, 'No.'), d(156, 34, 'No.'),
        d(110, 40, 'SI-'), d(132, 40, '14 Oct'), d(151, 43, 'OLDM01'), d(110, 46, '204471'), d(132, 46, '2025')],
    });
    expect(inv.number).toBe('SI-204471');
  });
});

describe('another document\'s number, and ids after the title', () => {
  it('"Rectifica a la factura nº A-2025/0287" names the corrected invoice: the number is under "FACTURA RECTIFICATIVA"', () => {
    const inv = read({ info: [], title: 'FACTURA RECTIFICATIVA', underTitle: ['Nº: R-2025/014'], extra: [d(110, 60, 'Rectifica a la factura nº A-2025/0287 de fecha 03/03/2025')] });
    expect(inv.number).toBe('R-2025/014');
  });

  it('"Fatura FT 2025A/187": the Portuguese id after the title, with its type', () => {
    expect(read({ info: [], title: 'Fatura FT 2025A/187' }).number).toBe('FT 2025A/187');
  });
});

describe('buyers beside info tables and under sender lines', () => {
  it('an info row "Cliente | C-0457" is the customer\'s number, the block under "Cliente:" the buyer', () => {
    const inv = read({
      window: [], info: [['Nº Factura', 'A-2025/0318'], ['Cliente', 'C-0457'], ['Forma de pago', 'Transferencia 30 días']],
      extra: [d(110, 70, 'Cliente:'), d(110, 75, 'Bar Restaurante La Giralda, S.C.'), d(110, 80, 'Calle Mateos Gago 12'), d(110, 85, '41004 Sevilla')],
    });
    expect(inv.buyer.name).toBe('Bar Restaurante La Giralda, S.C.');
  });

  it('a department\'s row over the name is no name ("Buchhaltung" over "Hotel Seeblick GmbH")', () => {
    expect(read({ window: ['Buchhaltung', 'Hotel Seeblick GmbH', 'Uferpromenade 22', '88709 Meersburg'] }).buyer.name).toBe('Hotel Seeblick GmbH');
  });

  it('a public body named for its department is the buyer ("Springfield Fire Department")', () => {
    expect(read({ window: ['Springfield Fire Department', '123 Main Street', 'Springfield, IL 62701'] }).buyer.name).toBe('Springfield Fire Department');
  });

  it('a department\'s row under the name, beside an info table, is no part of it', () => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 60, 'Billed to'), d(80, 60, 'Invoice no.'), d(120, 60, 'KA-0419'), d(22, 65, 'Northgate Housing Association'), d(22, 68, 'Finance Department'),
        d(80, 68, 'Issued'), d(120, 68, '28 February 2025'), d(22, 75, 'Northgate House, 40 Park Row'), d(22, 80, 'Leeds LS1 5JL')],
    });
    expect(inv.buyer.name).toBe('Northgate Housing Association');
  });

  it('a sender line ends the letterhead: the row under it opens the window', () => {
    const inv = read({
      letterhead: ['Velowerk Bern GmbH', 'E-Bikes · Service · Vermietung'], window: [],
      extra: [d(22, 30, 'Velowerk Bern GmbH, Lorrainestrasse 15, 3013 Bern', 2), d(22, 33, 'Kurierdienst Aare AG'), d(22, 37.5, 'Flottenmanagement'), d(22, 42, 'Bahnhofstrasse 40'), d(22, 46.5, '3600 Thun')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Velowerk Bern GmbH', 'Kurierdienst Aare AG']);
  });

  it('"Bill to Address:" labels the block; "Service Provider:" in the footer names the seller', () => {
    const inv = read({
      letterhead: ['nimbus web services'], window: [],
      extra: [d(22, 48, 'Bill to Address:'), d(22, 52.5, 'ATTN: Finance'), d(22, 57, 'Rheinwerk Data GmbH'), d(22, 61.5, 'Speditionstraße 15a'), d(22, 66, '40221 Düsseldorf'),
        d(22, 200, 'Service Provider: Nimbus Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg', 2)],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Nimbus Web Services EMEA SARL', 'Rheinwerk Data GmbH']);
  });
});

describe('the seller\'s name wrapped, or given by a legal line', () => {
  it('a company form alone under the name, the name beside "Bill to" ("Brightloop Software" over "Limited")', () => {
    const inv = read({
      letterhead: [], window: [], info: [],
      extra: [d(22, 15, 'Invoice', 5), d(22, 25, 'Invoice number'), d(60, 25, '5F2C0A91-0007'), d(22, 30, 'Date of issue'), d(60, 30, 'April 3, 2025'),
        d(22, 42, 'Brightloop Software'), d(79, 42, 'Bill to'), d(22, 46.5, 'Limited'), d(79, 46.5, 'Kerrigan & Walsh Architects'), d(22, 51, '4 Grand Canal Quay'),
        d(79, 51, '17 Eyre Square'), d(22, 55.5, 'Dublin 2 D02 X123'), d(79, 55.5, 'Galway H91 F2X4')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Brightloop Software Limited', 'Kerrigan & Walsh Architects']);
  });

  it('a name in capitals wrapped over two rows that the footer writes whole', () => {
    const inv = read({
      letterhead: [],
      extra: [d(22, 15, 'DISTRIBUCIONES HOSTELERAS', 5), d(22, 21, 'DEL SUR, S.L.', 5), d(22, 28, 'Calle Río Viejo 41, 41703 Dos Hermanas'),
        d(22, 200, 'Distribuciones Hosteleras del Sur, S.L. Inscrita en el Registro Mercantil de Sevilla, Tomo 5123', 2)],
    });
    expect(inv.seller.name).toBe('Distribuciones Hosteleras del Sur, S.L.');
  });

  it('a legal line\'s capital is no part of the name ("SARL Papeterie Martin & Cie au capital de 20 000 €")', () => {
    const inv = read({
      letterhead: ['Papeterie Martin & Cie', '5 rue de la Soif, 35400 Saint-Malo'], window: ['Mairie de Saint-Malo', 'Place Chateaubriand', '35400 Saint-Malo'],
      extra: [d(22, 200, 'SARL Papeterie Martin & Cie au capital de 20 000 € · RCS Saint-Malo 412 345 678', 2)],
    });
    expect(inv.seller.name).toBe('SARL Papeterie Martin & Cie');
  });

  it.each(['Studio Lumen e.U.', 'De Vries Bloemen & Planten V.O.F.'])('"%s" names a company: no guess', (name) => {
    const inv = read({ letterhead: [name, 'Neubaugasse 47, 1070 Wien'] });
    expect(inv.seller.name).toBe(name);
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
});

describe('Nordic totals, credit notes and currencies', () => {
  it('"Netto 8 dage" are payment terms, "Beløb ekskl. moms" the net', () => {
    expect(totals({ info: [['Fakturanr.', '2025-0931'], ['Betalingsbetingelser', 'Netto 8 dage']], totals: [['Beløb ekskl. moms', '9.875,00'], ['Moms 25 %', '2.468,75'], ['Total inkl. moms DKK', '12.343,75']] }))
      .toEqual([9875, 2468.75, 12343.75]);
  });

  it.each([
    ['ALV %', 'Veroton', 'Vero', 'Verollinen', 'Yhteensä', 'Maksettava'],
    ['Taxa', 'Incidência', 'Valor IVA', 'Total', 'Soma', 'Total a pagar'],
    ['Moms %', 'Grundlag', 'Moms', 'I alt', 'Sum', 'At betale'],
  ])('a VAT table headed "%s | %s | %s | %s" gives net and tax', (rate, base, tax, gross, sum, due) => {
    const inv = read({
      totals: [],
      extra: [d(95, 125, rate), d(120, 125, base), d(150, 125, tax), d(172, 125, gross), d(95, 131, '14'), d(120, 131, '670,00'), d(150, 131, '93,80'), d(172, 131, '763,80'),
        d(95, 137, '25,5'), d(120, 137, '180,00'), d(150, 137, '45,90'), d(172, 137, '225,90'), d(95, 143, sum), d(120, 143, '850,00'), d(150, 143, '139,70'), d(172, 143, '989,70'),
        d(130, 152, `${due} 989,70 €`)],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([850, 139.7, 989.7]);
  });

  it('a kreditfaktura is a credit note: "Belopp exkl. moms", "Att återbetala SEK", printed negative', () => {
    const inv = read({ title: 'KREDITFAKTURA', totals: [['Belopp exkl. moms', '-1 840,00'], ['Moms 25 %', '-460,00'], ['Att återbetala SEK', '-2 300,00']] });
    expect([inv.documentType, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['credit_note', 1840, 460, 2300]);
  });

  it.each(['Kreditnota', 'HYVITYSLASKU'])('a Danish or Norwegian kreditnota and a Finnish hyvityslasku are credit notes too (%s)', (title) => {
    expect(read({ title }).documentType).toBe('credit_note');
    expect(read({ title: 'Faktura' }).documentType).toBe('invoice');
  });

  it('"Total Gutschrift CHF 1\'323.14" is the gross', () => {
    const inv = read({ totals: [['Total exkl. MWST', 'CHF 1\'224.00'], ['MWST 8.1 %', 'CHF 99.14'], ['Total Gutschrift', 'CHF 1\'323.14']], extra: [d(22, 200, 'Velowerk Bern GmbH · MWST CHE-412.338.907 MWST', 2)] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1224, 99.14, 1323.14]);
  });

  it.each([
    ['Org.nr. 912 345 678 MVA', 'NOK'],
    ['CVR-nr. 38 21 44 57', 'DKK'],
    ['Godkänd för F-skatt', 'SEK'],
  ])('"kr" with "%s" on the page is %s', (registration, currency) => {
    const inv = read({ letterhead: ['Nordkapp Catering AS', 'Bryggen 11', registration], totals: [['Sum', '16 500,00'], ['Moms 25 %', '4 125,00'], ['Å betale', 'kr 20 625,00']] });
    expect(inv.currency).toBe(currency);
  });

  it('"kr" of a seller whose VAT id is Swedish is SEK, though its buyer is in Norway', () => {
    const inv = read({ letterhead: ['Nordkapp Catering AB', 'Storgatan 11, Göteborg', 'VAT No: SE556677889901'], window: ['Fjord Hotell AS', 'Bryggen 11', '5003 Bergen, Norway'],
      totals: [['Sum', '16 500,00'], ['Moms 25 %', '4 125,00'], ['Att betala', 'kr 20 625,00']] });
    expect([inv.seller.taxId, inv.currency]).toEqual(['SE556677889901', 'SEK']);
  });
});

describe('discounts, charges and carried sums', () => {
  it('a discount and shipping around a sales tax posted with its wrapped base: the net is what the tax is on plus shipping', () => {
    const inv = read({
      totals: [],
      extra: [d(120, 125, 'Subtotal'), d(170, 125, '2,340.00'), d(120, 131, 'Discount (5%)'), d(170, 131, '-117.00'), d(120, 137, 'Sales Tax (7.75% on'), d(170, 137, '172.28'),
        d(120, 141, '2,223.00)'), d(120, 147, 'Shipping & Handling'), d(170, 147, '48.50'), d(120, 153, 'TOTAL'), d(170, 153, '$2,443.78')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2271.5, 172.28, 2443.78]);
  });

  it.each(['Brought forward', 'Übertrag', 'À reporter'])('"%s" under the header, set in the figures\' columns, is no item and no end of the items', (label) => {
    const inv = read({
      totals: [['Subtotal', '1,540.00'], ['VAT 23 %', '354.20'], ['Total', '1,894.20']],
      extra: [d(140, 108, label), d(175, 108, '0.00'), d(22, 116, 'Binding'), d(130, 116, '2'), d(175, 116, '300.00')],
    });
    expect(inv.items.map((i) => i.amount)).toEqual([1240, 300]);
  });
});

describe('a seller without a company form that the page confirms', () => {
  it.each([
    ['the account\'s holder ("t.n.v. Studio Vermeer")', ['Studio Vermeer', 'Keizersgracht 12, 1015 CS Amsterdam'], 'Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. Studio Vermeer, o.v.v. het factuurnummer.'],
    ['its e-mail address ("dave@hughesplumbing.example")', ['Dave Hughes Plumbing & Heating', '42 Mill Lane, Stockport SK4 2BT · dave@hughesplumbing.example'], 'Thank you for your business.'],
    ['the form on the row under it ("SARL au capital de 20 000 €")', ['Maçonnerie Lefèvre & Fils', 'SARL au capital de 20 000 €', '14 route de Chartres, 28300 Mainvilliers'], 'Paiement à réception.'],
  ])('is no guess when named by %s', (_, letterhead, footer) => {
    const inv = read({ letterhead, extra: [d(22, 200, footer, 2)] });
    expect(inv.seller.name).toBe(letterhead[0]);
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('an e-mail address of other words leaves it a guess', () => {
    const inv = read({ letterhead: ['Studio Vermeer', 'Keizersgracht 12 · info@grafischbureau.example'] });
    expect(guessesOf(inv)['seller.name']).toBe('no label or company form names the seller');
  });
});

describe('a VAT id after its label', () => {
  it('holds digits: "Not VAT registered" names none; a spaced or an Indian id is read', () => {
    for (const text of ['Not VAT registered', 'VAT registered: no', 'Tax ID pending', 'VAT Number: applied for']) expect(vatIdIn(text), text).toBeNull();
    expect(vatIdIn('VAT No: GB 123 4567 89')).toBe('GB123456789');
    expect(vatIdIn('USt-IdNr. DE289456123')).toBe('DE289456123');
    expect(vatIdIn('GSTIN: 27ABCDE1234F1Z5')).toBe('27ABCDE1234F1Z5');
  });
});
