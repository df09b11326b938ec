/**
 * An Austrian open partnership's name, "… OG", on a scan: the form is the name's end as "KG" is, not a
 * company form OCR read with a letter lost (the German "OHG").
 */
import { describe, expect, it } from 'vitest';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4.5, 95, text.length * 1.8);

/** An Austrian provider's invoice to `buyer`, scanned. */
const page = (buyer: string) => a4([
  row(16, 13, 'Alpennetz Breitband GmbH'), row(104, 13, 'Salzburger Str. 21'), row(104, 17, '5020 Salzburg'), row(104, 22, 'UID: ATU71188204'),
  row(16, 37, buyer), row(16, 41, 'Zaunergasse 7'), row(16, 45, '5400 Hallein'),
  row(16, 57, 'RECHNUNG'), row(90, 57, 'Rechnungs-Nr.: 7741-2025-11'), row(90, 61, 'Rechnungsdatum: 05.11.2025'),
  row(15, 80, 'Pos Bezeichnung'), row(132, 80, 'Betrag'), row(19, 89, '1 Glasfaser Business 300/100'), row(134, 89, '84,90'),
  row(82, 109, 'Nettobetrag'), row(130, 109, '84,90'), row(82, 113, 'USt 20 %'), row(130, 113, '16,98'),
  row(82, 117, 'Rechnungsbetrag EUR'), row(128, 117, '101,88'),
]);

describe('an Austrian "OG" ending a name on a scan', () => {
  it('is the name\'s form: the name is in no doubt', () => {
    const part = ocrReading(page('Tischlerei Gruber OG'));
    expect(part.invoice.buyer.name).toBe('Tischlerei Gruber OG');
    expect(part.doubtful?.unsure ?? []).not.toContain('buyer.name');
  });

  it('leaves in doubt a form read with a letter lost', () => {
    expect(ocrReading(page('Tischlerei Gruber HG')).doubtful?.unsure).toContain('buyer.name');
  });
});
