/**
 * What the seventy-third to seventy-fifth batches of unseen supplier invoices (small firms' word-processor
 * templates, business software's dense headers with cash discounts, marketplace, disbursement and instalment
 * invoices) printed that the parser misread. One class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals: Draw[] = [
  d(20, 110, 'Popis'), d(170, 110, 'Celkem'), d(20, 116, 'Služby'), d(170, 116, '100,00'),
  d(120, 130, 'Základ daně'), d(170, 130, '100,00'), d(120, 135, 'DPH 21 %'), d(170, 135, '21,00'), d(120, 140, 'Celkem k úhradě'), d(170, 140, '121,00'),
];

describe('two dates side by side, each cell opening with its label, each year wrapped under it', () => {
  const date = (issued: string, due: string) => parse([
    d(20, 15, 'Faktura č. 2025018', 5), d(20, 33, 'Dodavatel:'), d(20, 38, 'Jana Horáková – fotografie'), d(20, 43, 'Lidická 58'), d(20, 48, '602 00 Brno'),
    d(108, 33, 'Odběratel:'), d(108, 38, 'Kavárna U Zlaté lžíce s.r.o.'), d(108, 43, 'Údolní 12'), d(108, 48, '602 00 Brno'),
    d(21, 80, issued), d(82, 80, due), d(141, 80, 'Forma úhrady:'), d(21, 85, '2025'), d(82, 85, '2025'), d(141, 85, 'převodem'),
    ...totals,
  ]).date;

  it('the issue date is its own cell\'s, not the due date beside it', () => {
    expect(date('Datum vystavení: 20. 11.', 'Datum splatnosti: 4. 12.')).toBe('2025-11-20');
    expect(date('Invoice date: 20 November', 'Due date: 4 December')).toBe('2025-11-20');
  });
});
