/**
 * A Dynamics NAV print in Swedish captions the billed party "Fakturera" ("Faktureras till", Danish "Faktureres til")
 * beside the delivery address ("Leveransadress"): a caption, the name under it is the buyer's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const buyerOf = (caption: string) => parseWesternInvoiceText(toPageText([
  d(17, 14, 'Bygghandel Väst AB', 4.6), d(146, 14, 'Försäljningsfaktura'), d(17, 19, 'Lilla Bommen 3, 411 04 Göteborg'),
  d(147, 19, 'Fakturanr. 103-44718'), d(137, 24, 'Fakturadatum 2026-11-18'),
  d(17, 41.5, 'Leveransadress'), d(106, 41.5, caption),
  d(17, 46.5, 'Byggarbetsplats Kvarnbyn hus C'), d(106, 46.5, 'Mölndals Fastighetsförvaltning AB'),
  d(17, 51.5, 'Kvarnbygatan 4'), d(106, 51.5, 'Box 2047'), d(17, 56.5, '431 34 Mölndal'), d(106, 56.5, '431 02 Mölndal'),
  d(17, 90, 'Beskrivning'), d(176, 90, 'Belopp'), d(17, 96, 'Skruv trä 5x60'), d(174, 96, '2 646,00'),
  d(120, 110, 'Summa exkl. moms'), d(174, 110, '2 646,00'), d(120, 115, 'Moms 25 %'), d(176, 115, '661,50'), d(120, 120, 'Att betala SEK'), d(174, 120, '3 307,50'),
], 210, 297)).buyer?.name;

describe('"Fakturera" captions the buyer', () => {
  it.each([['Fakturera'], ['Faktureras till'], ['Faktureres til']])('%s', (caption) => {
    expect(buyerOf(caption)).toBe('Mölndals Fastighetsförvaltning AB');
  });
});
