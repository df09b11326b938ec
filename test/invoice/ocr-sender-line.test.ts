/**
 * A letterhead's sender line and its name as a scan reads them: the spaces around a dash lost, the dash
 * itself lost, a template's logo placeholder beside the name. Lines made up here, in the forms PP-OCR
 * gives printed and scanned sender lines.
 */
import { describe, expect, it } from 'vitest';
import { senderParts, withoutLogoPlaceholder } from '../../src/invoice/western/ocr-tolerant-labels.js';

describe('a sender line cut into its parts', () => {
  it('at printed separators', () => {
    expect(senderParts('Atelier Mercier SARL - 12 rue Haute - 84340 Malaucène - France')).toEqual(['Atelier Mercier SARL', '12 rue Haute', '84340 Malaucène', 'France']);
    expect(senderParts('Acme GmbH|Europa-Allee 1|60486 Frankfurt')).toEqual(['Acme GmbH', 'Europa-Allee 1', '60486 Frankfurt']);
    expect(senderParts('Elektro Weber GmbH • Industriestraße 5 • 70565 Stuttgart')).toEqual(['Elektro Weber GmbH', 'Industriestraße 5', '70565 Stuttgart']);
  });

  it('where OCR lost the spaces around a dash, or the dash before a number', () => {
    expect(senderParts('Atelier Mercier SARL-12 rue Haute-84340 Malaucène -France')).toEqual(['Atelier Mercier SARL', '12 rue Haute', '84340 Malaucène', 'France']);
    expect(senderParts('+33 4 90 12 34 56- http://www.mercier.fr')).toEqual(['+33 4 90 12 34 56', 'http://www.mercier.fr']);
  });

  it('never inside a word, between a country and its postcode, or before a negative amount', () => {
    expect(senderParts('Holzbau Saint-Étienne GmbH')).toEqual(['Holzbau Saint-Étienne GmbH']);
    expect(senderParts('Elektro- und Sanitärtechnik GmbH - Hauptstr. 1')).toEqual(['Elektro- und Sanitärtechnik GmbH', 'Hauptstr. 1']);
    expect(senderParts('Europa-Allee 12, D-07545 Gera, CH-8001 Zürich')).toEqual(['Europa-Allee 12, D-07545 Gera, CH-8001 Zürich']);
    expect(senderParts('Gutschrift -8,79 EUR')).toEqual(['Gutschrift -8,79 EUR']);
  });
});

describe('a logo placeholder is never part of a name', () => {
  it('before or after the name', () => {
    expect(withoutLogoPlaceholder('LOGO LE FOURNISSEUR')).toBe('LE FOURNISSEUR');
    expect(withoutLogoPlaceholder('LOGO  Atelier Mercier')).toBe('Atelier Mercier');
    expect(withoutLogoPlaceholder('[Logo] Acme Ltd')).toBe('Acme Ltd');
    expect(withoutLogoPlaceholder('Your logo here Acme Ltd')).toBe('Acme Ltd');
    expect(withoutLogoPlaceholder('Acme Ltd LOGO')).toBe('Acme Ltd');
  });

  it('a name that merely starts so, or is nothing else, stays', () => {
    expect(withoutLogoPlaceholder('Logo Design GmbH')).toBe('Logo Design GmbH');
    expect(withoutLogoPlaceholder('LOGOTEC GmbH')).toBe('LOGOTEC GmbH');
    expect(withoutLogoPlaceholder('LOGO')).toBe('LOGO');
  });
});
