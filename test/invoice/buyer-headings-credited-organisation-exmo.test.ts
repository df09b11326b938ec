/**
 * A buyer's block headed by a word no label list held, read as the buyer's name with status ok: "Crédité à" (a French
 * credit note's "credited to"), "Organisatie" (a Dutch training invoice's organisation beside its participants), and
 * Portugal's "Exmo.(a) Sr.(a)" with its dots before the brackets. The 147th, 149th and 150th batches' Chargebee note de
 * crédit, dental fatura-recibo and training factuur. Each heading now labels the block under it.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const creditNote = page([
  w(146.0, 17.3, 'NOTE DE CRÉDIT', 4.94, 46.07),
  w(18.3, 17.5, 'Colibri Mail', 5.29, 33.66),
  w(157.6, 23.0, 'N° CN-FR-00271', 4.23, 34.48),
  w(18.3, 24.0, 'Colibri Mail SAS · 3 rue Paul Bert · 69003 Lyon · TVA FR90', 2.47, 70.84),
  w(18.3, 26.9, '851447220', 2.47, 14.13),
  w(153.5, 28.0, 'Date : 20/11/2025', 4.23, 38.64),
  w(108.7, 33.1, 'Facture de référence : INV-FR-11874 du', 4.23, 83.38),
  w(167.7, 38.1, '01/11/2025', 4.23, 24.40),
  w(18.3, 52.3, 'Crédité à', 2.47, 11.24),
  w(106.2, 52.3, 'Motif', 2.47, 6.16),
  w(18.3, 55.0, 'Maison Berthier Traiteur SARL', 4.23, 63.18),
  w(106.2, 55.0, 'Résiliation de 2 boîtes en cours de', 4.23, 72.90),
  w(18.3, 60.1, 'Julien Berthier', 4.23, 30.03),
  w(106.2, 60.1, 'période (prorata)', 4.23, 36.25),
  w(18.3, 65.1, '18 rue Mercière', 4.23, 33.37),
  w(18.3, 70.1, '69002 Lyon', 4.23, 24.56),
  w(18.3, 82.3, 'Description', 4.23, 27.38),
  w(116.6, 82.3, 'Qté', 4.23, 8.49),
  w(134.7, 82.3, 'Prix unitaire', 4.23, 29.61),
  w(172.0, 82.3, 'Montant', 4.23, 20.05),
  w(18.3, 88.6, 'Boîte Pro – crédit prorata novembre', 4.23, 75.56),
  w(122.4, 88.6, '2', 4.23, 2.69),
  w(146.6, 88.6, '-79,00 €', 4.23, 17.69),
  w(171.7, 88.6, '-158,00 €', 4.23, 20.38),
  w(18.3, 94.7, 'Option archivage – crédit prorata', 4.23, 70.06),
  w(122.4, 94.7, '1', 4.23, 2.69),
  w(146.6, 94.7, '-19,00 €', 4.23, 17.69),
  w(174.4, 94.7, '-19,00 €', 4.23, 17.69),
  w(131.7, 103.7, 'Sous-total', 4.23, 21.37),
  w(171.7, 103.7, '-177,00 €', 4.23, 20.38),
  w(131.7, 109.8, 'TVA FR 20 %', 4.23, 26.93),
  w(174.4, 109.8, '-35,40 €', 4.23, 17.69),
  w(131.7, 115.9, 'Total', 4.23, 11.57),
  w(169.6, 115.9, '-212,40 €', 4.23, 22.51),
  w(131.7, 122.0, 'Crédit disponible', 4.23, 35.75),
  w(173.2, 122.0, '212,40 €', 4.23, 18.85),
  w(17.2, 130.8, 'Ce montant sera déduit de votre prochaine facture.', 3.03, 78.21),
]);
const training = page([
  w(17.7, 17.1, 'Leerpunt Academie', 4.41, 48.26),
  w(174.3, 17.1, 'FACTUUR', 3.53, 18.16),
  w(17.9, 27.6, 'Factuurnummer', 3.53, 31.61),
  w(51.5, 27.6, 'Factuurdatum', 3.53, 27.88),
  w(81.4, 27.6, 'Debiteurnummer', 3.53, 33.87),
  w(117.3, 27.6, 'Inschrijvingsnummer', 3.53, 41.81),
  w(161.1, 27.6, 'Betalingstermijn', 3.53, 33.11),
  w(17.9, 32.9, 'LA-25-11204', 3.53, 22.62),
  w(51.5, 32.9, '19-11-2025', 3.53, 20.49),
  w(81.4, 32.9, 'D4471', 3.53, 11.69),
  w(117.3, 32.9, 'INS-88120', 3.53, 18.40),
  w(161.1, 32.9, '14 dagen', 3.53, 16.65),
  w(17.7, 42.4, 'Organisatie', 3.53, 23.12),
  w(106.0, 42.4, 'Deelnemers', 3.53, 23.72),
  w(17.7, 46.6, 'Zorggroep De Vliet', 3.53, 33.42),
  w(106.0, 46.6, 'M. de Groot', 3.53, 20.61),
  w(17.7, 50.8, 'Crediteurenadministratie', 3.53, 44.17),
  w(106.0, 50.8, 'S. El Amrani', 3.53, 21.48),
  w(17.7, 55.0, 'Vlietweg 18', 3.53, 20.82),
  w(106.0, 55.0, 'T. Visser', 3.53, 14.58),
  w(17.7, 59.1, '2266 KA Leidschendam', 3.53, 41.41),
  w(17.7, 68.4, 'Omschrijving', 3.53, 26.06),
  w(139.8, 68.4, 'Aantal', 3.53, 12.89),
  w(162.0, 68.4, 'Prijs', 3.53, 8.84),
  w(180.4, 68.4, 'Totaal', 3.53, 12.01),
  w(17.7, 73.7, 'Training "Coachend leidinggeven" (3 dagdelen, start 02-12-2025)', 3.53, 115.42),
  w(150.5, 73.7, '3', 3.53, 2.24),
  w(155.1, 73.7, '€ 595,00', 3.53, 15.70),
  w(173.4, 73.7, '€ 1.785,00', 3.53, 19.06),
  w(17.7, 78.8, 'Lesmateriaal en lunch', 3.53, 39.05),
  w(150.5, 78.8, '3', 3.53, 2.24),
  w(157.4, 78.8, '€ 45,00', 3.53, 13.46),
  w(176.8, 78.8, '€ 135,00', 3.53, 15.70),
  w(149.0, 86.3, 'Totaal', 3.53, 10.39),
  w(173.4, 86.3, '€ 1.920,00', 3.53, 19.06),
  w(149.0, 91.3, 'Btw', 3.53, 6.68),
  w(181.2, 91.3, '€ 0,00', 3.53, 11.21),
  w(149.0, 96.4, 'Te betalen', 3.53, 20.64),
  w(171.4, 96.4, '€ 1.920,00', 3.53, 21.08),
  w(16.8, 103.1, 'Vrijgesteld van btw op grond van art. 11 lid 1 sub o Wet OB (CRKBO-geregistreerd).', 2.06, 85.97),
  w(16.8, 113.9, 'Leerpunt Academie B.V. · Lange Voorhout 44 · 2514 EG Den Haag · KvK 60447120 · NL85 RABO 0304 4712 00', 2.06, 113.17),
]);
const dental = page([
  w(53.0, 16.9, 'Clínica Dentária Sorriso da Ribeira', 5.29, 104.29),
  w(40.5, 23.5, 'Dentisorriso – Serviços Médico-Dentários, Lda. · Rua da Ribeira 41 · 4050-513 Porto · NIF 509 447 112', 2.47, 129.32),
  w(18.3, 34.7, 'Exmo.(a) Sr.(a)', 4.23, 32.12),
  w(115.0, 34.7, 'FATURA-RECIBO', 4.23, 40.65),
  w(18.3, 39.7, 'Inês Carvalho Moutinho', 4.23, 51.77),
  w(115.0, 39.7, 'N.º FR DS2025/0912', 4.23, 44.85),
  w(18.3, 44.7, 'Rua de Cedofeita 312, 2.º Esq.', 4.23, 65.81),
  w(115.0, 44.7, 'ATCUD: KX81PQ4T-912', 4.23, 50.99),
  w(18.3, 49.7, '4050-174 Porto', 4.23, 33.13),
  w(115.0, 49.7, 'Data: 18/11/2025', 4.23, 37.31),
  w(18.3, 54.8, 'NIF 231 447 120', 4.23, 36.59),
  w(18.3, 66.9, 'Data', 4.23, 11.11),
  w(50.1, 66.9, 'Ato', 4.23, 7.99),
  w(146.1, 66.9, 'Qtd.', 4.23, 10.08),
  w(161.4, 66.9, 'Preço', 4.23, 13.51),
  w(180.3, 66.9, 'Total', 4.23, 11.79),
  w(18.3, 73.3, '18/11/2025', 4.23, 24.40),
  w(50.1, 73.3, 'Consulta de medicina dentária', 4.23, 65.87),
  w(153.5, 73.3, '1', 4.23, 2.69),
  w(162.8, 73.3, '60,00', 4.23, 12.12),
  w(180.0, 73.3, '60,00', 4.23, 12.12),
  w(18.3, 79.4, '18/11/2025', 4.23, 24.40),
  w(50.1, 79.4, 'Restauração em compósito (1 face)', 4.23, 75.64),
  w(153.5, 79.4, '2', 4.23, 2.69),
  w(162.8, 79.4, '45,00', 4.23, 12.12),
  w(180.0, 79.4, '90,00', 4.23, 12.12),
  w(18.3, 85.5, '18/11/2025', 4.23, 24.40),
  w(50.1, 85.5, 'Radiogra', 4.23, 19.68),
  w(69.8, 85.5, 'fi', 4.23, 2.82),
  w(72.6, 85.5, 'a periapical', 4.23, 25.30),
  w(153.5, 85.5, '1', 4.23, 2.69),
  w(162.8, 85.5, '35,00', 4.23, 12.12),
  w(180.0, 85.5, '35,00', 4.23, 12.12),
  w(131.8, 94.5, 'Total ilíquido', 4.23, 28.08),
  w(173.2, 94.5, '185,00 €', 4.23, 18.85),
  w(131.8, 100.5, 'IVA (isento)', 4.23, 25.16),
  w(178.6, 100.5, '0,00 €', 4.23, 13.46),
  w(131.8, 106.6, 'Total', 4.23, 11.79),
  w(171.5, 106.6, '185,00 €', 4.23, 20.62),
  w(131.8, 112.7, 'Pago: Multibanco', 4.23, 37.56),
  w(173.2, 112.7, '185,00 €', 4.23, 18.85),
  w(17.2, 121.1, 'Isento de IVA ao abrigo do artigo 9.º, n.º 1, do CIVA. Médica dentista: Dra. Rita Antunes, OMD 8841.', 2.47, 126.57),
]);

describe('buyer headings as labels', () => {
  it('reads the block under "Crédité à"', () => {
    expect(parseWesternInvoiceText(creditNote).buyer.name).toBe('Maison Berthier Traiteur SARL');
  });
  it('reads the block under "Organisatie"', () => {
    expect(parseWesternInvoiceText(training).buyer.name).toBe('Zorggroep De Vliet');
  });
  it('reads the name under "Exmo.(a) Sr.(a)"', () => {
    expect(parseWesternInvoiceText(dental).buyer.name).toBe('Inês Carvalho Moutinho');
  });
});
