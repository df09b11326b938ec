/**
 * Captions over two blocks side by side: a vet's "Propriétaire" / "Proprietario" (the pet's owner billed, the animal
 * beside), and a statement's "Responsible Party" beside "Patient" (the 171st-175th batches' first reading took the
 * caption for the buyer's name: the owner's caption as a name, the patient's caption as the value beside the label).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const blocks = (left: string[], right: string[], captionHeight: number) => [
  ...left.map((t, k) => w(16, 40 + 5 * k, t, k ? 4.23 : captionHeight, k ? t.length * 2.1 : t.length * (captionHeight > 3 ? 2.5 : 1.3))),
  ...right.map((t, k) => w(83, 40 + 5 * k, t, k ? 4.23 : captionHeight, k ? t.length * 2.1 : t.length * (captionHeight > 3 ? 2.1 : 1.3))),
];
const totals = (labels: [string, string, string], figures: [string, string, string]) => labels.flatMap((l, k) => [w(118, 110 + 6 * k, l), w(175, 110 + 6 * k, figures[k])]);

describe('the owner under its caption, a caption beside a label', () => {
  it('reads the owner under "Propriétaire", the animal beside', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Clinique vétérinaire du Moulin', 6, 70), w(16, 22, 'Dr Anne Wauters · Rue du Moulin 4, 4000 Liège'), w(170, 15, 'FACTURE', 5.3, 25),
      w(150, 40, 'Facture n° 2025/0711'), w(150, 45, 'Date : 12/11/2025'),
      ...blocks(['Propriétaire', 'M. Olivier Renard', 'Rue Haute 18', '4020 Liège'], ['Animal', 'Filou · Chien · M', 'Dossier 4471'], 2.47),
      ...totals(['Total HTVA', 'TVA 21 %', 'Total TVAC'], ['100,00', '21,00', '121,00 €']),
    ]));
    expect(inv.buyer.name).toBe('Olivier Renard');
  });

  it('reads the owner under "Proprietario", the patient beside', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Clinica Veterinaria Borgo Nuovo', 6, 70), w(16, 22, 'Via Nuova 8 · 37121 Verona · P.IVA 04471180231'), w(170, 15, 'FATTURA', 5.3, 25),
      w(150, 26, 'N. 118/2025 del 10/11/2025'),
      ...blocks(['Proprietario', 'Sig. Giulia Fontana', 'Via Mazzini 4', '37122 Verona'], ['Paziente', 'Briciola · Gatto · F'], 2.47),
      ...totals(['Imponibile', 'IVA 22%', 'Totale documento'], ['100,00', '22,00', '122,00']),
    ]));
    expect(inv.buyer.name).toMatch(/^(?:Sig\. )?Giulia Fontana$/);
  });

  it('reads the block under "Responsible Party", not the "Patient" caption beside it', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Cedar Hills Pediatric Dentistry', 5.6, 70), w(16, 22, 'Anna Liu, DDS · 41 Cedar Hills Blvd, Portland, OR 97225'), w(165, 15, 'Statement', 5.3, 25),
      w(140, 40, 'Invoice #'), w(171, 40, 'CH-4471'),
      ...blocks(['Responsible Party', 'Megan Doyle', '18 SW Oak St', 'Portland, OR 97204'], ['Patient', 'Ethan Doyle (age 8)', 'Chart # 2207'], 4.23),
      ...totals(['Total Charges', 'Insurance Paid', 'Patient Portion Due'], ['$400.00', '-$250.00', '$150.00']),
    ]));
    expect(inv.buyer.name).toBe('Megan Doyle');
  });
});
