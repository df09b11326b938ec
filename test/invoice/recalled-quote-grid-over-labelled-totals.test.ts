/**
 * An advance invoice recalling its quote in a grid over its own sums ("Rappel du devis … | Total HT | TVA 20 % |
 * Total TTC" over the quote's figures, then the advance's "Total HT", "TVA 20 %", "Total TTC" labelled under the
 * items): the grid was read as the totals table, which wins over labels, and the quote's sums came out as the
 * invoice's with no doubt (the 162nd batch's Axonaut "facture d'acompte", silent). Labelled net, tax and total that
 * add up and differ from a table's are another reading of the totals: all three are in doubt. A table that agrees
 * with the labels raises none.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (grid: [string, string, string]) => parseWesternInvoiceText(toPageText([
  d(17.2, 16.3, 'Menuiserie Vautrin SARL', 4.6), d(137.4, 16.4, "Facture d'acompte", 5.3),
  d(17.2, 21.7, '8 rue des Carmes', 4.2), d(152.1, 22.8, 'Numéro : FA-00231', 4.2),
  d(17.2, 26.7, '54000 Nancy', 4.2), d(130.3, 27.8, "Date d'émission : 14/11/2025", 4.2),
  d(108.1, 58.7, 'Hôtel des Vosges SAS', 4.2), d(108.1, 63.8, '2 place Stanislas', 4.2), d(108.1, 68.8, '54000 Nancy', 4.2),
  d(17.5, 90.8, 'Rappel du devis D-00518 du 28/10/2025', 4.2), d(122.4, 90.8, 'Total HT', 4.2), d(149.6, 90.8, 'TVA 20', 4.2),
  d(170.6, 90.8, 'Total TTC', 4.2), d(161.8, 95.8, '%', 4.2),
  d(17.5, 102.1, 'Habillage bois du salon, fabrication et', 4.2), d(120.3, 102.1, grid[0], 4.2), d(147.2, 102.1, grid[1], 4.2),
  d(171.1, 102.1, grid[2], 4.2), d(17.5, 107.2, 'pose', 4.2), d(139.2, 107.2, '€', 4.2), d(163.4, 107.2, '€', 4.2), d(189.9, 107.2, '€', 4.2),
  d(17.2, 119.6, 'Désignation', 4.2), d(113.9, 119.6, 'Qté', 4.2), d(134.6, 119.6, 'PU HT', 4.2), d(156.3, 119.6, 'TVA', 4.2), d(173.4, 119.6, 'Total HT', 4.2),
  d(17.2, 125.9, 'Acompte de 30 % à la commande', 4.2), d(119.7, 125.9, '1', 4.2), d(130.2, 125.9, '3 000,00', 4.2), d(154.7, 125.9, '20 %', 4.2), d(174.0, 125.9, '3 000,00', 4.2),
  d(137.9, 136.0, 'Total HT', 4.2), d(170.0, 136.0, '3 000,00 €', 4.2),
  d(137.9, 142.1, 'TVA 20 %', 4.2), d(174.0, 142.1, '600,00 €', 4.2),
  d(137.9, 148.2, 'Total TTC', 4.2), d(167.7, 148.2, '3 600,00 €', 4.2),
  d(137.9, 154.3, 'Net à payer', 4.2), d(167.7, 154.3, '3 600,00 €', 4.2),
], 210, 297));

describe('a quote recalled in a grid over an advance invoice\'s own sums', () => {
  it('leaves the totals in doubt: the grid\'s and the labels\' readings differ', () => {
    const inv = page(['10 000,00', '2 000,00', '12 000,00']);
    const doubts = guessesOf(inv);
    for (const [field, right] of [['amount', 3000], ['taxAmount', 600], ['totalAmount', 3600]] as const) {
      expect(inv[field] === right || doubts[field] !== undefined).toBe(true);
    }
    expect(inv.totalAmount).not.toBeNull();
  });

  it('control: a grid that agrees with the labelled totals raises no doubt', () => {
    const inv = page(['3 000,00', '600,00', '3 600,00']);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([3000, 600, 3600]);
    expect(guessesOf(inv).totalAmount).toBeUndefined();
  });
});
