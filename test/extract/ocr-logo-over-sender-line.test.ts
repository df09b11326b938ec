/**
 * A scanned page whose logo is the company's short name ("Zonlicht"), over a sender line that opens with the name
 * and its company form and goes on with the address after a separator, a middle dot OCR read as a colon
 * ("Zonlicht Installaties B.V. : Zonneweg 5, 8253 PJ Dronten : KvK …"): the legal name is the seller, and the
 * logo over its legal name names it as a text layer's does, no guess.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string, height = 4.7) => ocrItem(x, y, text, height, 95, text.length * 1.9);

/** A Dutch installer's invoice scanned, its logo read as `logo`, the row under it as `sender`. */
function page(logo: string, sender: string): PageText {
  return a4([
    ocrItem(17, 17.3, logo, 6, 94, logo.length * 3.4), ocrItem(17, 22.7, sender, 4.7, 80, sender.length * 1.4),
    row(17, 34, 'Dhr. en mevr. J. Visser'), row(115, 34, 'Factuur: ZL-2025-0311'),
    row(17, 40, 'Dorpsstraat 8'), row(115, 40, 'Datum: 13-11-2025'),
    row(17, 46, '8081 AB Elburg'),
    row(17, 70, 'Omschrijving'), row(170, 70, 'Totaal'),
    row(17, 77, 'Omvormer 5 kW hybride'), row(170, 77, '1.000,00'),
    row(120, 100, 'Totaal excl. btw'), row(170, 100, '€1.000,00'),
    row(120, 106, 'Btw 21%'), row(170, 106, '€210,00'),
    row(120, 112, 'Totaal incl. btw'), row(170, 112, '€1.210,00'),
  ]);
}

describe('a scanned logo over a sender line whose separators OCR read as colons', () => {
  it("the sender line's legal name is the seller, and no guess", () => {
    const reading = ocrReading(page('Zonlicht', 'Zonlicht Installaties B.V. : Zonneweg 5, 8253 PJ Dronten : KvK 81144720 : BTW NL862214477B01'));
    expect(reading.invoice.seller.name).toBe('Zonlicht Installaties B.V.');
    expect(reading.guessed?.['seller.name']).toBeUndefined();
  });

  it('a sender line that goes on inside its first cell is no company line under the logo: the guess stays', () => {
    const reading = ocrReading(page('Zonlicht', 'Zonlicht Installaties B.V. Partners : Zonneweg 5, 8253 PJ Dronten : KvK 81144720'));
    expect(reading.guessed?.['seller.name']).toBeDefined();
  });
});
