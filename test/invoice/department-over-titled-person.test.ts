/**
 * A client block of an organisation whose name the parser does not know for a company's (a scan's "SAs" for
 * "SAS", or no form at all), its department, then a person addressed by title: "Transports Rivière SAs" /
 * "Service Ressources Humaines" / "Mme Claire Fontanel" / street / town. The block of a person, their department
 * and the organisation under them ("M. Julien Ferrand" / "Service achats" / "Coopérative Agricole Val de Saône")
 * reads the third row as the party; here the third row is the contact, titled as a person is, and the buyer was
 * read as "Claire Fontanel" with status ok.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 3.5, width = text.length * 1.8): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const invoice = (rows: string[]) => page([
  w(17, 17, 'Atelier Formation Lumière SARL', 5),
  w(17, 23, '8 rue Servient · 69003 Lyon'),
  w(150, 17, 'FACTURE', 6),
  w(150, 24, 'N° F-2025-0511'),
  w(150, 29, 'Date : 21/11/2025'),
  w(17, 43, 'Client', 2.5),
  ...rows.map((r, i) => w(17, 47 + 5 * i, r)),
  w(17, 81, 'Désignation'), w(150, 81, 'Montant'),
  w(17, 92, 'Formation management (14 h)'), w(150, 92, '2 520,00'),
  w(120, 108, 'Total HT'), w(165, 108, '2 520,00 €'),
  w(120, 114, 'TVA'), w(165, 114, '0,00 €'),
  w(120, 120, 'Total net à payer'), w(165, 120, '2 520,00 €'),
]);
const address = ['12 avenue de la Gare', '69200 Vénissieux'];

describe('a department over a person addressed by title', () => {
  it('reads the organisation over them as the buyer, its form misread', () => {
    expect(parseWesternInvoiceText(invoice(['Transports Rivière SAs', 'Service Ressources Humaines', 'Mme Claire Fontanel', ...address])).buyer.name).toBe('Transports Rivière SAs');
  });
  it('and without a form', () => {
    expect(parseWesternInvoiceText(invoice(['Transports Rivière', 'Service Ressources Humaines', 'M. Paul Chevalier', ...address])).buyer.name).toBe('Transports Rivière');
  });
  it('still reads a person, their department and the organisation under them', () => {
    expect(parseWesternInvoiceText(invoice(['M. Julien Ferrand', 'Service achats', 'Coopérative Agricole Val de Saône', ...address])).buyer.name).toBe('Coopérative Agricole Val de Saône');
  });
});
