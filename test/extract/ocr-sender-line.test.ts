/**
 * A letter's sender line over its address window as a scan reads it, its separators lost or misread: the
 * row is written with its parts again, so the seller is the line's company and the window's first row the
 * buyer, as on the page's text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { senderLineParted } from '../../src/extract/text-parts.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string, height = 4) => ocrItem(x, y, text, height, 95, text.length * 1.9);

/** A German credit note scanned, its sender line read as `sender`, the logo's short name at the top right. */
function page(sender: string, town: string): PageText {
  const items = [
    row(150, 12, 'WESERLAGER', 7),
    row(20, 22, sender, 3), row(21, 30, 'Getränke Lüdeking KG'), row(125, 30, 'Korrektur-Nr.'), row(155, 30, 'RK-2025-0061'),
    row(21, 35, 'Herrn Ole Lüdeking'), row(125, 35, 'zu Rechnung'), row(155, 35, 'RE-2025-1873'),
    row(21, 40, 'Überseestraße 40'), row(21, 44, town), row(125, 44, 'Datum'), row(155, 44, '27.11.2025'),
    row(20, 67, 'Rechnungskorrektur'),
    row(21, 86, 'Pos.'), row(34, 86, 'Bezeichnung'), row(118, 86, 'Menge'), row(168, 86, 'Gesamt'),
    row(21, 98, '1'), row(34, 98, 'Rücknahme Palettenregal'), row(131, 98, '2'), row(172, 98, '-636,00'),
    row(21, 110, '2'), row(34, 110, 'Gutschrift Montagepauschale'), row(131, 110, '1'), row(172, 110, '-120,00'),
    row(134, 122, 'Summe netto'), row(167, 122, '-756,00 €'),
    row(134, 129, 'USt. 19 %'), row(168, 129, '-143,64 €'),
    row(134, 135, 'Gesamt'), row(166, 135, '-899,64 €'),
    row(21, 270, 'Geschäftsführer: Jan Tiedemann', 3), row(75, 270, 'Amtsgericht HRB 30418', 3),
  ];
  return a4(items);
}

const parties = (sender: string, town = '28217 Bremen') => {
  const { seller, buyer } = ocrReading(page(sender, town)).invoice;
  return [seller.name, buyer.name];
};

describe('a sender line whose separators a scan lost or misread', () => {
  const right = ['Lagertechnik Weser GmbH', 'Getränke Lüdeking KG'];

  it('is read as printed', () => {
    expect(parties('Lagertechnik Weser GmbH · Am Hafen 9 · 28197 Bremen')).toEqual(right);
  });

  it('is read with its parts: dots run into the words, a dot read as a stop or a colon, one lost', () => {
    expect(parties('Lagertechnik Weser GmbH·Am Hafen 9·28197 Bremen')).toEqual(right);
    expect(parties('Lagertechnik Weser GmbH · Am Hafen 9.28197 Bremen')).toEqual(right);
    expect(parties('Lagertechnik Weser GmbH · Am Hafen 9 : 28197 Bremen')).toEqual(right);
    expect(parties('Lagertechnik Weser GmbH · Am Hafen 9 28197 Bremen')).toEqual(right);
    expect(parties('Lagertechnik Weser GmbH Am Hafen 9 · 28197 Bremen')).toEqual(right);
  });

  it('is read with its parts when every separator was lost or read as a colon', () => {
    expect(parties('Lagertechnik Weser GmbH Am Hafen 9 28197 Bremen')).toEqual(right);
    expect(parties('Lagertechnik Weser GmbH : Am Hafen 9 : 28197 Bremen')).toEqual(right);
    expect(senderLineParted('Bäckereibedarf Lindner GmbH Gewerbering 12 86899 Landsberg am Lech')).toBe('Bäckereibedarf Lindner GmbH · Gewerbering 12 · 86899 Landsberg am Lech');
  });

  it('writes the row with its separators where they stood', () => {
    expect(senderLineParted('Tischlerei Johann Gruber e.U. · HauptstraBe 7.4040 Linz')).toBe('Tischlerei Johann Gruber e.U. · HauptstraBe 7 · 4040 Linz');
    expect(senderLineParted('Nuagix SAS · 27 rue des Tanneurs : 67000 Strasbourg : SIREN 912 448 306')).toBe('Nuagix SAS · 27 rue des Tanneurs · 67000 Strasbourg : SIREN 912 448 306');
    expect(senderLineParted('Energieversorgung Oberland GmbH · BahnhofstraBe 12 82362 Weilheim')).toBe('Energieversorgung Oberland GmbH · BahnhofstraBe 12 · 82362 Weilheim');
    // An owner's line under a trade's letterhead, its first dot read as a colon after the person's name.
    expect(senderLineParted('Mag. Lena Hofbauer : Schlossgasse 4 · 8010 Graz · lena@hofbauer.example')).toBe('Mag. Lena Hofbauer · Schlossgasse 4 · 8010 Graz · lena@hofbauer.example');
  });

  it('leaves other rows as read: a comma-written line, a Catalan l·l, a decimal dot, a row with no company first', () => {
    expect(senderLineParted('Acme GmbH, Europa-Allee 1, 60486 Frankfurt')).toBe('Acme GmbH, Europa-Allee 1, 60486 Frankfurt');
    expect(senderLineParted('Col·legi Oficial · Carrer Major 3 · 08001 Barcelona')).toBe('Col·legi Oficial · Carrer Major 3 · 08001 Barcelona');
    expect(senderLineParted('Zinssatz 2·5 %')).toBe('Zinssatz 2·5 %');
    expect(senderLineParted('Tel. 0421 5566 · Fax 0421 5567 · info@weser.example')).toBe('Tel. 0421 5566 · Fax 0421 5567 · info@weser.example');
    expect(senderLineParted('Deutsche Bank AG IBAN DE12 5001 0517 0648 4898 90')).toBe('Deutsche Bank AG IBAN DE12 5001 0517 0648 4898 90');
    expect(senderLineParted('Weser GmbH Am Hafen 9')).toBe('Weser GmbH Am Hafen 9');
    // A label before its colon, or a name before one with no street and town after it.
    for (const row of ['Adresse : 12 rue de la Paix · 75002 Paris', 'Tél : 02 99 40 12 12 · Fax : 02 99 40 12 13', 'Lena Hofbauer : Übersetzungen · Lektorat']) expect(senderLineParted(row)).toBe(row);
  });
});
