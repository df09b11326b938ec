/**
 * A block that opens with two names is in doubt, unless the first is the party whatever the second: a company by its
 * form, a public body over its unit. A public library and a parish are such bodies ("Stadtbibliothek Göttingen" over
 * "Kinder- und Jugendbibliothek", "Parish of St. Mary, Athlone" over "The Parish Office"), and Monaco's S.A.M. is a
 * company form ("Hôtel Belle Rive Monte-Carlo S.A.M." over "Service Conciergerie"). (A puppeteer's, a bookbinder's
 * and a diving school's bills of the 201st-203rd batches, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { read } from './supplier-bill.js';

describe('a body or a company over its unit', () => {
  it('reads the first row as the buyer, not in doubt', () => {
    for (const window of [
      ['Stadtbibliothek Göttingen', 'Kinder- und Jugendbibliothek', 'Gotmarstraße 8', '37073 Göttingen'],
      ['Parish of St. Mary, Athlone', 'The Parish Office', 'Church Street', 'Athlone N37 X2F4'],
      ['Hôtel Belle Rive Monte-Carlo S.A.M.', 'Service Conciergerie', "12, boulevard d'Italie", 'MC 98000 Monaco'],
    ]) {
      const inv = read({ window: ['Customer', ...window] });
      expect([inv.buyer.name, guessesOf(inv)['buyer.name']], window[0]).toEqual([window[0], undefined]);
    }
  });

  it('a German municipality or town by its compound word is such a body ("Marktgemeinde", "Landeshauptstadt")', () => {
    for (const window of [
      ['Marktgemeinde Gratwein-Straßengel', 'Wirtschaftshof', 'Hauptplatz 3', '8112 Gratwein'],
      ['Ortsgemeinde Bad Bergzabern', 'Bauverwaltung', 'Königstraße 61', '76887 Bad Bergzabern'],
      ['Landeshauptstadt Schwerin', 'Fachdienst Hochbau', 'Am Packhof 2-6', '19053 Schwerin'],
    ]) {
      const inv = read({ window: ['Kunde', ...window] });
      expect([inv.buyer.name, guessesOf(inv)['buyer.name']], window[0]).toEqual([window[0], undefined]);
    }
  });

  it('still doubts a block of two names of no body or company (control)', () => {
    const inv = read({ window: ['Customer', 'Corrib Harbour Dental', 'Mary Byrne Practice', '12 Shop Street', 'Galway H91 X2Y3'] });
    expect(guessesOf(inv)['buyer.name']).toBeDefined();
  });
});
