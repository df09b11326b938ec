/**
 * Views of e-invoices printed as pages, as the first reading of such views found them:
 * - a Romanian view labels each party's name "Nume" in a key column ("Furnizor" over "Nume | … S.R.L."): the label
 *   was read for both names;
 * - a Croatian view heads the buyer's box "Primatelj (kupac)", the role in brackets, as it heads the seller's
 *   "Izdavatelj (prodavatelj)": the buyer was not found;
 * - a FatturaPA view heads each block "Dati del cedente / prestatore" and prints the party's ids before the row of its
 *   name ("Denominazione | …"): the heading and an id's key were read for the names;
 * - a Facturae view prints the series and the number as two pairs of cells on one row ("Serie | FV2026 | Número |
 *   00318"): no number was read;
 * - a KoSIT view wraps the seller's name over four rows of its narrow value cell ("Hoch- und" over "Tiefbau" over
 *   "Krämer GmbH" over "& Co. KG"): only the first two were taken, no name, and the title was read instead;
 * - a simplified invoice's view totals in a row of headers, "Importo complessivo (IVA inclusa) | Di cui imposta",
 *   over the figures: neither was read.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a name labelled "Nume" in a key column', () => {
  it('is the value beside it, with its wrapped form', () => {
    const inv = read([
      d(15, 15, 'FACTURĂ', 6), d(120, 15, 'Număr factură'), d(160, 15, 'MKT 2026-00412'),
      d(120, 20, 'Data emiterii'), d(160, 20, '2026-10-14'),
      d(15, 35, 'Furnizor'), d(110, 35, 'Cumpărător'),
      d(15, 41, 'Nume'), d(45, 41, 'MOBILA NORDICA'), d(110, 41, 'Nume'), d(140, 41, 'HOTEL CETATE'),
      d(45, 45, 'S.R.L.'), d(140, 45, 'S.R.L.'),
      d(15, 50, 'Cod de'), d(45, 50, 'RO22871043'), d(110, 50, 'Cod de'), d(140, 50, 'RO31177602'),
      d(15, 54, 'înregistrare'), d(110, 54, 'înregistrare'),
      d(15, 59, 'Adresa'), d(45, 59, 'Str. Lungă nr. 8'), d(110, 59, 'Adresa'), d(140, 59, 'Piața Sfatului 2'),
      d(15, 80, 'Mobilier recepție'), d(160, 80, '2000.00'),
      d(110, 95, 'Total fără TVA'), d(170, 95, '2000.00'),
      d(110, 100, 'Total TVA'), d(170, 100, '420.00'),
      d(110, 105, 'Total de plată'), d(170, 105, '2420.00'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['MOBILA NORDICA S.R.L.', 'HOTEL CETATE S.R.L.']);
  });
});

describe('a buyer\'s box headed with its role in brackets', () => {
  it('names the buyer under it, as the seller\'s does', () => {
    const inv = read([
      d(15, 15, 'eRačun', 6),
      d(15, 30, 'IZDAVATELJ (PRODAVATELJ)'), d(85, 30, 'PRIMATELJ (KUPAC)'), d(150, 30, 'PODACI O RAČUNU'),
      d(15, 35, 'KAMENOLOM BRAČ d.o.o.'), d(85, 35, 'VILLA MARE d.o.o.'), d(150, 35, 'Broj računa:'), d(180, 35, '88-1-1'),
      d(15, 40, 'Put kave 4'), d(85, 40, 'Riva 12'), d(150, 40, 'Datum izdavanja:'), d(180, 40, '02.10.2026.'),
      d(15, 45, '21400 Supetar'), d(85, 45, '21000 Split'),
      d(15, 50, 'OIB: 11223344556'), d(85, 50, 'OIB: 66554433221'),
      d(15, 70, 'Kamene ploče'), d(170, 70, '800,00'),
      d(110, 90, 'Ukupan iznos bez PDV-a'), d(170, 90, '800,00'),
      d(110, 95, 'Ukupan iznos PDV-a'), d(170, 95, '200,00'),
      d(110, 100, 'Iznos za plaćanje (EUR)'), d(170, 100, '1.000,00'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['KAMENOLOM BRAČ d.o.o.', 'VILLA MARE d.o.o.']);
  });

  it('control: the role in brackets after another word still needs a buyer\'s word', () => {
    const inv = read([
      d(15, 15, 'eRačun', 6),
      d(15, 30, 'IZDAVATELJ (PRODAVATELJ)'), d(85, 30, 'NAPOMENA (INTERNO)'),
      d(15, 35, 'KAMENOLOM BRAČ d.o.o.'), d(85, 35, 'Isporuka na gradilište'),
      d(15, 40, 'Put kave 4'), d(150, 40, 'Broj računa:'), d(180, 40, '88-1-1'),
      d(15, 70, 'Kamene ploče'), d(170, 70, '800,00'),
    ]);
    expect(inv.buyer?.name ?? null).not.toBe('Isporuka na gradilište');
  });
});

const fatturaBlock = (y: number, heading: string, id: string, name: string, street: string): Draw[] => [
  d(15, y, heading, 3.4),
  d(15, y + 6, 'Identificativo fiscale'), d(70, y + 6, id),
  d(15, y + 10, 'ai fini IVA'),
  d(15, y + 15, 'Codice fiscale'), d(70, y + 15, id.slice(2)),
  d(15, y + 20, 'Denominazione'), d(70, y + 20, name),
  d(15, y + 25, 'Indirizzo'), d(70, y + 25, street),
];

describe('a party\'s block headed "Dati del …", its ids before its name', () => {
  it('names each party by its "Denominazione" row', () => {
    const inv = read([
      d(60, 12, 'FATTURA SEMPLIFICATA', 4.5),
      ...fatturaBlock(25, 'Dati del cedente / prestatore', 'IT01928374650', 'Vetreria Colombo di Anna Colombo', 'Via Roma 3, 22100 Como'),
      ...fatturaBlock(60, 'Dati del cessionario / committente', 'IT09182736450', 'Studio Dentistico Lario', 'Via Milano 40, 22100 Como'),
      d(15, 95, 'Tipo documento'), d(70, 95, 'Data'), d(110, 95, 'Numero'),
      d(15, 100, 'TD07 fattura semplificata'), d(70, 100, '05-10-2026'), d(110, 100, '47/2026'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Vetreria Colombo di Anna Colombo', 'Studio Dentistico Lario']);
  });
});

describe('a block whose name is read before a name\'s key', () => {
  it('control: an item table\'s header under it ("Nazwa | Ilość | …") does not name the party', () => {
    const inv = read([
      d(15, 15, 'FAKTURA VAT nr FV/77/10/2026', 5), d(120, 22, 'Data wystawienia: 06.10.2026'),
      d(15, 32, 'Sprzedawca'), d(110, 32, 'Nabywca'),
      d(15, 37, 'Drukarnia Warta Sp. z o.o.'), d(110, 37, 'Biuro Rachunkowe Plus sp. z o.o.'),
      d(15, 41, 'ul. Długa 4'), d(110, 41, 'ul. Krótka 9'),
      d(15, 45, '61-001 Poznań'), d(110, 45, '61-002 Poznań'),
      d(15, 51, 'Nazwa'), d(60, 51, 'Ilość'), d(85, 51, 'Cena'), d(110, 51, 'Wartość netto'), d(140, 51, 'VAT %'), d(170, 51, 'Brutto'),
      d(15, 56, 'Ulotki A5'), d(60, 56, '1000'), d(85, 56, '0,40'), d(110, 56, '400,00'), d(140, 56, '23'), d(170, 56, '492,00'),
      d(110, 80, 'Razem netto'), d(170, 80, '400,00'), d(110, 85, 'VAT'), d(170, 85, '92,00'), d(110, 90, 'Do zapłaty'), d(170, 90, '492,00'),
    ]);
    expect(inv.seller?.name).toBe('Drukarnia Warta Sp. z o.o.');
  });
});

describe('a simplified invoice\'s totals in a header row', () => {
  it('"Importo complessivo (IVA inclusa)" is the gross, "Di cui imposta" the tax', () => {
    const inv = read([
      d(60, 12, 'FATTURA SEMPLIFICATA', 4.5),
      d(15, 25, 'Dati del cedente / prestatore'), d(15, 31, 'Denominazione'), d(70, 31, 'Vetreria Colombo di Anna Colombo'),
      d(15, 60, 'Tipo documento'), d(70, 60, 'Data'), d(110, 60, 'Numero'),
      d(15, 65, 'TD07 fattura semplificata'), d(70, 65, '05-10-2026'), d(110, 65, '47/2026'),
      d(15, 80, 'Descrizione'), d(100, 80, 'Importo'), d(130, 80, 'Aliquota IVA (%)'), d(170, 80, 'Imposta'),
      d(15, 86, 'Sostituzione vetro finestra'), d(100, 86, '305,00'), d(130, 86, '22,00'), d(170, 86, '55,00'),
      d(15, 100, 'Totali'),
      d(15, 106, 'Importo complessivo (IVA inclusa)'), d(90, 106, 'Di cui imposta'),
      d(60, 112, '305,00'), d(110, 112, '55,00'),
    ]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([250, 55, 305]);
  });
});

describe('a series and a number as two pairs of cells on one row', () => {
  it('is the number, the series before its figures', () => {
    const inv = read([
      d(15, 12, 'Visualización de factura electrónica', 4.5),
      d(15, 25, 'Datos de la factura'),
      d(15, 31, 'Serie'), d(40, 31, 'LM26'), d(70, 31, 'Número'), d(95, 31, '01174'), d(125, 31, 'Fecha de'), d(160, 31, '09/10/2026'),
      d(125, 35, 'expedición'),
      d(15, 45, 'Emisor'), d(15, 51, 'Razón social'), d(60, 51, 'Talleres Ribera S.L.'),
      d(15, 70, 'Receptor'), d(15, 76, 'Razón social'), d(60, 76, 'Ayuntamiento de Alzira'),
      d(15, 100, 'Total factura'), d(170, 100, '1.210,00'),
    ]);
    expect(inv.number).toBe('LM26 01174');
  });
});

describe('a name wrapped over several rows of its value cell', () => {
  const view = (rows: string[]): Draw[] => [
    d(15, 12, 'Rechnung', 4.5),
    d(15, 22, 'Käufer'), d(110, 22, 'Verkäufer'),
    d(15, 28, 'Name:'), d(45, 28, 'Gemeinde Lindenfels'), d(110, 28, 'Firmenname:'), d(140, 28, rows[0]),
    ...rows.slice(1).map((r, i) => d(140, 32 + 4 * i, r)),
    d(15, 32, 'Straße:'), d(45, 32, 'Burgstraße 1'),
    d(110, 32 + 4 * (rows.length - 1) + 2, 'Straße:'), d(140, 32 + 4 * (rows.length - 1) + 2, 'Am Bahnhof 7'),
    d(15, 60, 'Rechnungsnummer:'), d(60, 60, 'R-26-0077'), d(110, 60, 'Rechnungsdatum:'), d(150, 60, '12.10.2026'),
    d(15, 90, 'Gesamtbetrag der Rechnung'), d(170, 90, '1.190,00'),
  ];

  it('is read to its company form', () => {
    expect(read(view(['Sand- und', 'Kieswerk', 'Odenwald GmbH', '& Co. KG'])).seller?.name).toBe('Sand- und Kieswerk Odenwald GmbH & Co. KG');
    expect(read(view(['Sand- und', 'Kieswerk', 'Odenwald GmbH'])).seller?.name).toBe('Sand- und Kieswerk Odenwald GmbH');
  });

  it('control: rows that never reach a company form are not taken past the first', () => {
    expect(read(view(['Sand- und', 'Kieswerk', 'Odenwald'])).seller?.name).not.toBe('Sand- und Kieswerk Odenwald');
  });
});

describe('a Hungarian invoice image\'s "Eladó adatai" and "Vevő adatai" blocks', () => {
  it('name each party by its "Név" row', () => {
    const inv = read([
      d(15, 15, 'SZÁMLA', 6), d(110, 15, 'Számla sorszáma'), d(150, 15, 'DKV-2026/0311'),
      d(110, 20, 'Számla kelte'), d(150, 20, '2026.10.05.'),
      d(15, 35, 'Eladó adatai'), d(110, 35, 'Vevő adatai'),
      d(15, 41, 'Név'), d(45, 41, 'Dunakanyar Virág Kft.'), d(110, 41, 'Név'), d(140, 41, 'Visegrádi Szálló Zrt.'),
      d(15, 46, 'Adószám'), d(45, 46, '12345678-2-13'), d(110, 46, 'Adószám'), d(140, 46, '87654321-2-13'),
      d(15, 51, 'Cím'), d(45, 51, '2000 Szentendre, Fő tér 3.'), d(110, 51, 'Cím'), d(140, 51, '2025 Visegrád, Fő utca 1.'),
      d(15, 70, 'Virágdíszítés'), d(170, 70, '100 000'),
      d(110, 90, 'Számla nettó összege'), d(170, 90, '100 000 Ft'),
      d(110, 95, 'Számla ÁFA összege'), d(170, 95, '27 000 Ft'),
      d(110, 100, 'Számla bruttó összege'), d(170, 100, '127 000 Ft'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Dunakanyar Virág Kft.', 'Visegrádi Szálló Zrt.']);
  });
});

describe('a Latvian view\'s totals', () => {
  it('"Summa ar PVN" is the gross, "PVN summa" the tax, not the gross', () => {
    const inv = read([
      d(15, 15, 'E-RĒĶINS', 6), d(120, 15, 'Rēķina Nr.'), d(160, 15, 'LK-2026/77'),
      d(120, 20, 'Izrakstīšanas datums'), d(160, 20, '2026-10-09'),
      d(15, 35, 'Piegādātājs'), d(15, 41, 'SIA "Kurzemes Koks"'),
      d(110, 35, 'Pircējs'), d(110, 41, 'Liepājas Olimpiskais centrs'),
      d(15, 70, 'Soliņi parkam'), d(170, 70, '1 000,00'),
      d(110, 90, 'Summa bez PVN'), d(170, 90, '1 000,00'),
      d(110, 95, 'PVN summa'), d(170, 95, '210,00'),
      d(110, 100, 'Summa ar PVN'), d(170, 100, '1 210,00'),
      d(110, 105, 'Kopā apmaksai'), d(170, 105, '1 210,00'),
    ]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1000, 210, 1210]);
  });
});

describe('a name\'s key wrapped over three rows', () => {
  it('control: its wrapped end ("razón" over "social" under "Nombre o") does not make the row under it the name', () => {
    const box = (x: number, name: string[]): Draw[] => [
      d(x, 41, 'Nombre o'), d(x + 25, 41, name[0]), d(x, 45, 'razón'), d(x + 25, 45, name[1]), d(x, 49, 'social'), d(x + 25, 49, name[2]),
      d(x, 54, 'NIF'), d(x + 25, 54, 'ESB12345678'),
    ];
    const inv = read([
      d(15, 15, 'FACTURA', 6), d(120, 15, 'Número'), d(150, 15, 'F-2026-118'), d(120, 20, 'Fecha'), d(150, 20, '07/10/2026'),
      d(15, 35, 'Emisor'), d(110, 35, 'Receptor'),
      ...box(15, ['SUMINISTROS', 'NAVALES DEL', 'NORTE, S.A.']), ...box(110, ['CONSERVAS', 'DEL PUERTO DE', 'LAREDO, S.L.']),
      d(110, 90, 'Total factura'), d(170, 90, '1.210,00'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).not.toEqual(['NAVALES DEL NORTE, S.A.', 'DEL PUERTO DE LAREDO, S.L.']);
  });
});
