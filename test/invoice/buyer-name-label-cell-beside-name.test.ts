/**
 * The customer's block in the window set as a form of labelled rows without a heading, each label in a cell of
 * its own ("Επωνυμία | ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.", "Διεύθυνση | Ερμού 56, …", "ΑΦΜ / ΔΟΥ | …"): the name is
 * the cell beside the name's label, not the label. (A Greek hosting invoice of the 119th batch: the block read
 * as "Επωνυμία", a label over labels, gave way to a payment term's word of the info table at the right, "Τρόπος",
 * silent.) In variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const form = (rows: Array<[string, string]>) => rows.flatMap(([label, value], k) => [d(22, 50 + 6 * k, label), d(50, 50 + 6 * k, value)]);

describe("a customer's block of labelled rows in the window", () => {
  it('reads the name beside its label', () => {
    for (const [rows, name] of [
      [[['Επωνυμία', 'ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.'], ['Διεύθυνση', 'Ερμού 56, 546 23 Θεσσαλονίκη'], ['ΑΦΜ / ΔΟΥ', "998412307 / Δ' ΘΕΣΣΑΛΟΝΙΚΗΣ"]], 'ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΟΠΟΥΛΟΥ Ο.Ε.'],
      [[['Razón social', 'Talleres Ruiz Hermanos, S.L.'], ['Dirección', 'C/ Mayor 5, 28013 Madrid'], ['NIF', 'B84412207']], 'Talleres Ruiz Hermanos, S.L.'],
      [[['Název', 'Pekařství Dvořák s.r.o.'], ['Adresa', 'Husova 12, 587 01 Jihlava'], ['IČO', '06118427']], 'Pekařství Dvořák s.r.o.'],
    ] as Array<[Array<[string, string]>, string]>) {
      const inv = read({ window: [], extra: form(rows) });
      expect(inv.buyer.name, rows[0][0]).toBe(name);
    }
  });

  it('still reads a window whose rows carry no labels (control)', () => {
    expect(read({ window: ['Corrib Dental Ltd', '12 Shop Street', 'Galway'] }).buyer.name).toBe('Corrib Dental Ltd');
  });
});
