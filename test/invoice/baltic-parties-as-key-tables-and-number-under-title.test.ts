/**
 * Baltic invoices whose parties are key tables: a Lithuanian PVM sąskaita faktūra with a table under "Pardavėjas" and
 * one under "Pirkėjas", each "Pavadinimas | UAB „…“" over "Įmonės kodas", "PVM mokėtojo kodas" (wrapped), "Adresas";
 * both parties were read as the key table's "Pavadinimas PVM mokėtojo". And a Latvian PVN rēķins whose parties are
 * rows of one key grid ("Preču piegādātājs | SIA …", "Preču saņēmējs | SIA …"), its number on a line of its own under
 * the title ("PVN RĒĶINS" over "Nr. KK-2026/118"): the number was null, the buyer a bank row's key. Pages of those
 * layouts as printed.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const lithuanian = [
  w(77.52, 9.26, "PVM SĄSKAITA FAKTŪRA", 3.97, 55.04),
  w(92.7, 14.02, "Serija BB Nr. 004512", 2.38, 24.66),
  w(91.26, 16.67, "2026 m. lapkričio 24 d.", 2.38, 27.54),
  w(12.44, 24.34, "Pardavėjas", 4.23, 26.28),
  w(13.76, 30.16, "Pavadinimas", 4.23, 26.7),
  w(48.02, 30.16, "UAB „Baltijos baldai“", 4.23, 44.22),
  w(13.76, 37.04, "Įmonės kodas", 4.23, 29.18),
  w(48.02, 37.04, "304418227", 4.23, 24.24),
  w(13.76, 43.92, "PVM mokėtojo", 4.23, 30.23),
  w(13.76, 48.95, "kodas", 4.23, 12.38),
  w(48.02, 43.92, "LT100010447819", 4.23, 36.68),
  w(13.76, 55.83, "Adresas", 4.23, 16.77),
  w(48.02, 55.83, "Pramonės g. 18, LT-", 4.23, 41.32),
  w(48.02, 60.85, "51329 Kaunas", 4.23, 30.27),
  w(13.76, 67.73, "A/s", 4.23, 6.53),
  w(48.02, 67.73, "LT75 7300 0101 4471", 4.23, 46.11),
  w(48.02, 72.76, "2287, Swedbank", 4.23, 35.32),
  w(106.36, 24.34, "Pirkėjas", 4.23, 19.16),
  w(107.69, 30.16, "Pavadinimas", 4.23, 26.7),
  w(145.18, 30.16, "MB „Kavinė Liepa“", 4.23, 39.17),
  w(107.69, 37.04, "Įmonės kodas", 4.23, 29.18),
  w(145.18, 37.04, "305227140", 4.23, 24.24),
  w(107.69, 43.92, "PVM mokėtojo", 4.23, 30.23),
  w(107.69, 48.95, "kodas", 4.23, 12.38),
  w(145.18, 43.92, "LT100013322418", 4.23, 36.68),
  w(107.69, 55.83, "Adresas", 4.23, 16.77),
  w(145.18, 55.83, "Laisvės al. 77, LT-44297", 4.23, 50.5),
  w(145.18, 60.85, "Kaunas", 4.23, 15.46),
  w(13.27, 84.4, "Eil. Nr.", 4.23, 15.51),
  w(32.27, 84.4, "Prekės pavadinimas", 4.23, 47.98),
  w(92.21, 84.4, "Mato vnt.", 4.23, 22.88),
  w(120.5, 84.4, "Kiekis", 4.23, 14.39),
  w(140.2, 84.4, "Kaina, EUR", 4.23, 26.13),
  w(171.64, 84.4, "Suma, EUR", 4.23, 26),
  w(19.68, 91.28, "1", 4.23, 2.69),
  w(32.27, 91.28, "Kėdė medinė „Nida“", 4.23, 43.25),
  w(99.55, 91.28, "vnt.", 4.23, 8.19),
  w(129.5, 91.28, "20", 4.23, 5.39),
  w(154.21, 91.28, "48,00", 4.23, 12.12),
  w(182.83, 91.28, "960,00", 4.23, 14.81),
  w(19.68, 98.16, "2", 4.23, 2.69),
  w(32.27, 98.16, "Stalas ąžuolinis 120×80", 4.23, 51.13),
  w(99.55, 98.16, "vnt.", 4.23, 8.19),
  w(132.19, 98.16, "5", 4.23, 2.69),
  w(151.52, 98.16, "185,00", 4.23, 14.81),
  w(182.83, 98.16, "925,00", 4.23, 14.81),
  w(125.15, 107.69, "Suma be PVM", 4.23, 29.17),
  w(178.79, 107.69, "1 885,00", 4.23, 18.85),
  w(125.15, 114.3, "PVM 21 %", 4.23, 21.2),
  w(182.83, 114.3, "395,85", 4.23, 14.81),
  w(125.15, 120.91, "Iš viso su PVM", 4.23, 34.28),
  w(176.89, 120.91, "2 280,85", 4.23, 20.76),
  w(11.11, 128.85, "Suma žodžiais: du tūkstančiai du šimtai aštuoniasdešimt eurų 85 ct", 2.38, 80.62),
  w(11.11, 133.88, "Apmokėti iki: 2026-12-08", 2.38, 30.21),
  w(12.44, 146.31, "Sąskaitą išrašė: direktorius Tomas", 4.23, 71.88),
  w(12.44, 151.34, "Petrauskas", 4.23, 23.07),
  w(12.44, 156.37, "(pareigos, vardas, pavardė, parašas)", 4.23, 77.78),
  w(106.36, 146.31, "Sąskaitą gavo: ...............................", 4.23, 74.1),
  w(106.36, 151.34, "(pareigos, vardas, pavardė, parašas)", 4.23, 77.78),
];

const latvian = [
  w(12.44, 9.52, "Kurzemes Koks", 4.5, 38.64),
  w(12.44, 14.82, "malka · granulas · kokmateriāli", 4.23, 65.49),
  w(172.27, 9.52, "PVN RĒĶINS", 3.7, 25.37),
  w(163.52, 13.76, "Nr. KK-2026/118", 4.23, 34.13),
  w(122.58, 18.79, "Datums: 2026. gada 27. novembris", 4.23, 75.07),
  w(12.7, 29.37, "Preču piegādātājs", 4.23, 37.75),
  w(65.22, 29.37, "SIA \"Kurzemes Koks\"", 4.23, 50.15),
  w(12.7, 36.25, "Reģistrācijas Nr.", 4.23, 34.11),
  w(65.22, 36.25, "40103771542", 4.23, 29.63),
  w(12.7, 43.13, "PVN maksātāja Nr.", 4.23, 39.16),
  w(65.22, 43.13, "LV40103771542", 4.23, 34.42),
  w(12.7, 50.01, "Juridiskā adrese", 4.23, 33.65),
  w(65.22, 50.01, "Rūpniecības iela 9, Kuldīga, LV-3301", 4.23, 76.5),
  w(12.7, 56.89, "Banka, konts", 4.23, 27.28),
  w(65.22, 56.89, "AS \"Swedbank\", LV12HABA0551044718223", 4.23, 92.44),
  w(12.7, 63.76, "Preču saņēmējs", 4.23, 33.28),
  w(65.22, 63.76, "SIA \"Jūrmalas Viesnīca\"", 4.23, 55.91),
  w(12.7, 70.64, "Reģistrācijas Nr.", 4.23, 34.11),
  w(65.22, 70.64, "40003118247", 4.23, 29.63),
  w(12.7, 77.52, "PVN maksātāja Nr.", 4.23, 39.16),
  w(65.22, 77.52, "LV40003118247", 4.23, 34.42),
  w(12.7, 84.4, "Juridiskā adrese", 4.23, 33.65),
  w(65.22, 84.4, "Jomas iela 55, Jūrmala, LV-2015", 4.23, 66.7),
  w(12.7, 91.28, "Apmaksas termiņš", 4.23, 39.22),
  w(65.22, 91.28, "2026. gada 11. decembris", 4.23, 55.61),
  w(12.44, 101.34, "Nosaukums", 4.23, 24.57),
  w(86.61, 101.34, "Mērvien.", 4.23, 18.31),
  w(112.45, 101.34, "Daudzums", 4.23, 22.46),
  w(140.97, 101.34, "Cena, EUR", 4.23, 22.24),
  w(170.02, 101.34, "Summa, EUR", 4.23, 27.62),
  w(12.44, 107.95, "Bērza malka, skaldīta, 30 cm", 4.23, 61.31),
  w(85.17, 107.95, "ber. m³", 4.23, 15.16),
  w(129.52, 107.95, "12", 4.23, 5.39),
  w(151.09, 107.95, "58,00", 4.23, 12.12),
  w(182.83, 107.95, "696,00", 4.23, 14.81),
  w(12.44, 114.83, "Piegāde ar manipulatoru", 4.23, 52.23),
  w(85.17, 114.83, "reize", 4.23, 10.25),
  w(132.21, 114.83, "1", 4.23, 2.69),
  w(151.09, 114.83, "45,00", 4.23, 12.12),
  w(185.52, 114.83, "45,00", 4.23, 12.12),
  w(121.39, 124.35, "Summa bez PVN", 4.23, 35.03),
  w(182.83, 124.35, "741,00", 4.23, 14.81),
  w(121.39, 130.97, "PVN 21%", 4.23, 19.37),
  w(182.83, 130.97, "155,61", 4.23, 14.81),
  w(121.39, 137.85, "Kopā apmaksai EUR", 4.23, 47.34),
  w(181.3, 137.85, "896,61", 4.23, 16.34),
  w(11.11, 146.18, "Summa vārdiem: astoņi simti deviņdesmit seši eiro, 61 cents", 2.25, 68.82),
  w(11.11, 155.18, "Rēķins sagatavots elektroniski un derīgs bez paraksta.", 2.25, 61.47),
];

describe('Baltic parties as key tables', () => {
  it('reads each Lithuanian party from its "Pavadinimas" row', () => {
    const inv = parseWesternInvoiceText(page(lithuanian));
    expect(inv.seller?.name).toBe('UAB „Baltijos baldai“');
    expect(inv.buyer?.name).toBe('MB „Kavinė Liepa“');
  });
  it('reads the Latvian number under the title and the buyer beside "Preču saņēmējs"', () => {
    const inv = parseWesternInvoiceText(page(latvian));
    expect(inv.number).toBe('KK-2026/118');
    expect(['SIA "Jūrmalas Viesnīca"', 'SIA Jūrmalas Viesnīca']).toContain(inv.buyer?.name);
    expect(['SIA "Kurzemes Koks"', 'SIA Kurzemes Koks', 'Kurzemes Koks']).toContain(inv.seller?.name);
  });
});
