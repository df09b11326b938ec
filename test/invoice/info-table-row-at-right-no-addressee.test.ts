/**
 * An info table at the right, a label and a value per row ("Σειρά | Β", "Αριθμός | 1187", "Ημερομηνία | 18/11/2025"),
 * whose last row is a payment term in words, its label wrapped ("Τρόπος | Κατάθεση σε" over "πληρωμής |
 * λογαριασμό"), level with the window: that row is the table's, no addressee's name, whatever the label's language.
 * The 119th batch's Greek hosting invoice (its buyer read as "Τρόπος", silent, when its own block was not read).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (right: Draw[]) => parseWesternInvoiceText(toPageText([
  d(17, 16.4, 'ΑΙΓΑΙΟ CLOUD ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.', 4.2), d(117, 16.4, 'ΤΙΜΟΛΟΓΙΟ', 4.2), d(17, 21.4, 'Λεωφ. Συγγρού 212, 176 72 Καλλιθέα', 4.2),
  d(17, 31.5, 'ΑΦΜ: 801884217', 4.2), ...right,
  d(17, 89.1, 'Περιγραφή', 4.2), d(182, 89.1, 'Αξία', 4.2), d(17, 95.5, 'Φιλοξενία ιστοσελίδας', 4.2), d(178, 95.5, '240,00', 4.2),
  d(110, 110, 'Καθαρή αξία', 4.2), d(170, 110, '240,00 €', 4.2), d(110, 115, 'ΦΠΑ 24%', 4.2), d(170, 115, '57,60 €', 4.2),
  d(110, 120, 'Πληρωτέο', 4.2), d(170, 120, '297,60 €', 4.2),
], 210, 297));

const table = (rows: Array<[string, string]>) => rows.flatMap(([label, value], k) => [d(117, 26.5 + 5.2 * k, label, 4.2), d(152, 26.5 + 5.2 * k, value, 4.2)]);

describe('an info table at the right whose last rows are words', () => {
  it('gives no buyer', () => {
    for (const rows of [
      [['Σειρά', 'Β'], ['Αριθμός', '1187'], ['Ημερομηνία', '18/11/2025'], ['Τρόπος', 'Κατάθεση σε'], ['πληρωμής', 'λογαριασμό']],
      [['Αριθμός', '1187'], ['Ημερομηνία', '18/11/2025'], ['Πληρωμή', 'Μετρητά']],
    ] as Array<Array<[string, string]>>) {
      expect(page(table(rows)).buyer.name, rows.map((r) => r.join(' ')).join(' / ')).toBeNull();
    }
  });

  it("reads a customer's block under the table, no value beside its rows (control)", () => {
    const block = [d(117, 47.6, 'ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.', 4.2), d(117, 52.8, 'Ερμού 56', 4.2), d(117, 58, '546 23 Θεσσαλονίκη', 4.2)];
    expect(page([...table([['Αριθμός', '1187'], ['Ημερομηνία', '18/11/2025']]), ...block]).buyer.name).toBe('ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.');
  });
});
