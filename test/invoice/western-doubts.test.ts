/**
 * Values no invoice has, flagged whatever layout rule produced them: words of the form as a party's
 * name, a label still holding its value, a street, a fragment, an invoice number cut at a separator.
 * Real names, including those that hold a place, a number or a trade, pass.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { noteGuess } from '../../src/invoice/guesses.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { nameDoubt, noteImplausibleValues, numberDoubt } from '../../src/invoice/western/doubts.js';

describe('names no party has', () => {
  it.each([
    'Address', 'Tipo documento', 'Factuurnummer Factuurdatum Vervaldatum', 'Votre facture Box Fibre', 'Rechnungsdatum',
    'Kundennummer 4711', 'Invoice Date', 'Número de factura',
  ])('"%s" is words of the form', (name) => expect(nameDoubt(name)).toMatch(/a word of the form/));

  it.each(['Company: Kitsune Robotics Inc.', 'Denominazione: Agricola Bellini S.r.l.', 'Name: Jane Doe'])('"%s" still holds its label', (name) => {
    expect(nameDoubt(name)).toMatch(/still holds its label/);
  });

  it.each(['Bahnhofstraße 5', 'Lindenweg 12a', '12 Mill Lane', 'Via Roma 12', '4, rue de la Paix 75002', 'Keizersgracht 112'])('"%s" is a street', (name) => {
    expect(nameDoubt(name)).toMatch(/is a street/);
  });

  it.each(['C-', '(A unit of Kesar Hospitality Pvt. Ltd.)', 'X', 'Müller &', '12/'])('"%s" is a fragment', (name) => {
    expect(nameDoubt(name)).toMatch(/part of a name/);
  });

  it.each([
    'Malerbetrieb Schneider GmbH', 'Tipografia Rossi S.r.l.', 'Datasoft Solutions Ltd', '3M Deutschland GmbH', 'Bäckerei Janssen',
    'Müller & Söhne KG', 'Rue du Commerce SAS', 'Stadtwerke Neustadt GmbH', 'Hotel Zur Post', 'ÉLEC\'SERVICES 35 SARL', 'Dr. med. Anna Weber',
    'Numberworks Ltd', 'Adressa AS', 'O\'Brien Catering Ltd', 'AT&T Inc.',
  ])('"%s" is a name', (name) => expect(nameDoubt(name)).toBeNull());
});

describe('invoice numbers cut at a separator', () => {
  it.each(['EB-2025-', 'FB-2412-', '2024/', '-1107', ': 4711'])('"%s" is cut', (n) => expect(numberDoubt(n)).not.toBeNull());
  it.each(['EB-2025-1107', 'RE-20190121/507', '01.234.567.8-2018-1', '4711', 'INV#0042'])('"%s" is whole', (n) => expect(numberDoubt(n)).toBeNull());
});

describe('noted as guesses', () => {
  it('names each implausible field, and keeps the reason the parser already gave', () => {
    const inv = emptyInvoice('EUR');
    inv.number = 'EB-2025-';
    inv.seller.name = 'Schreinerei Holzwerk';
    inv.buyer.name = 'Bahnhofstraße 5';
    noteGuess(inv, 'seller.name', 'no label or company form names the seller');
    noteImplausibleValues(inv);
    expect(guessesOf(inv)).toEqual({
      number: '"EB-2025-" is cut at a separator',
      'seller.name': 'no label or company form names the seller',
      'buyer.name': '"Bahnhofstraße 5" is a street',
    });
  });

  it('notes nothing on plausible values', () => {
    const inv = emptyInvoice('EUR');
    Object.assign(inv, { number: 'RE-2025-118' });
    inv.seller.name = 'Schreinerei Holzwerk GmbH';
    inv.buyer.name = 'Familie Weber';
    noteImplausibleValues(inv);
    expect(guessesOf(inv)).toEqual({});
  });
});
