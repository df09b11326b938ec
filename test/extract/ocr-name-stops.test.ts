/**
 * A party's name read without a stop that another row of the page prints with it ("Feinkost Brenner GmbH &
 * Co KG" in the sender line, "Feinkost Brenner GmbH & Co. KG" in the letterhead): written as that row prints it.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** A German invoice scanned: its letterhead read as `head`, the sender line over the window as `sender`, the customer as `customer`. */
function page(head: string, sender: string, customer: string, footer: string[] = []): PageText {
  const items = [
    row(120, 12, head), row(120, 17, 'Hafenstraße 9'), row(120, 22, '88045 Friedrichshafen'),
    row(20, 45, sender),
    row(20, 52, customer), row(20, 57, 'Seestraße 4'), row(20, 62, '23743 Grömitz'),
    row(130, 70, 'Rechnungs-Nr.'), row(165, 70, '25-04417'), row(130, 75, 'Datum'), row(165, 75, '02.06.2025'),
    row(20, 90, 'Bezeichnung'), row(170, 90, 'Betrag'),
    row(20, 97, 'Olivenöl extra vergine, 12 Flaschen'), row(170, 97, '970,00'),
    row(120, 120, 'Nettobetrag'), row(170, 120, '970,00 €'),
    row(120, 126, 'MwSt. 7 %'), row(170, 126, '67,90 €'),
    row(120, 132, 'Gesamtbetrag'), row(170, 132, '1.037,90 €'),
    ...footer.map((text, k) => row(20, 270 + 5 * k, text)),
  ];
  return a4(items);
}

const parties = (...args: Parameters<typeof page>) => {
  const { seller, buyer } = ocrReading(page(...args)).invoice;
  return [seller.name, buyer.name];
};

describe('a name read without a stop the page prints', () => {
  it('is written as the row that prints it whole with its stops', () => {
    expect(parties('Feinkost Brenner GmbH & Co. KG', 'Feinkost Brenner GmbH & Co KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH')[0]).toBe('Feinkost Brenner GmbH & Co. KG');
    expect(parties('Feinkost Brenner GmbH & Co KG', 'Feinkost Brenner GmbH & Co KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH', ['Feinkost Brenner GmbH & Co. KG'])[0]).toBe('Feinkost Brenner GmbH & Co. KG');
  });

  it('the buyer too', () => {
    expect(parties('Feinkost Brenner GmbH & Co. KG', 'Feinkost Brenner GmbH & Co. KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH & Co KG', ['Hotel Seeblick Betriebs GmbH & Co. KG'])[1]).toBe('Hotel Seeblick Betriebs GmbH & Co. KG');
  });

  it('is left as read where no row prints it so, or rows print it two ways', () => {
    expect(parties('Feinkost Brenner GmbH & Co KG', 'Feinkost Brenner GmbH & Co KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH', ['Feinkost Brenner GmbH & Co. KG, Sitz Friedrichshafen'])[0]).toBe('Feinkost Brenner GmbH & Co KG');
    expect(parties('Feinkost Brenner GmbH & Co KG', 'Feinkost Brenner GmbH & Co KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH', ['Feinkost Brenner GmbH & C.o KG', 'Feinkost Brenner GmbH & Co. KG'])[0]).toBe('Feinkost Brenner GmbH & Co KG');
    // A stop after the name, or after another stop, is no letter of it.
    expect(parties('Feinkost Brenner GmbH & Co KG', 'Feinkost Brenner GmbH & Co KG · Hafenstraße 9 · 88045 Friedrichshafen', 'Hotel Seeblick Betriebs GmbH', ['Feinkost Brenner GmbH & Co KG.'])[0]).toBe('Feinkost Brenner GmbH & Co KG');
    expect(parties('Harwick Garden Assn.', 'Harwick Garden Assn. · 12 Elm Street · 03301 Concord', 'Hotel Seeblick Betriebs GmbH', ['Harwick Garden Assn..'])[0]).toBe('Harwick Garden Assn.');
  });
});
