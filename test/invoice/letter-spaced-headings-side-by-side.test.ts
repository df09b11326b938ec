/**
 * Party headings set letter-spaced side by side ("S H I P T O" at the left, "B I L L T O" at the right, each one
 * text item): two columns' headings, not one heading of both; the billed party's block is the buyer, the
 * delivery block beside it is not. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (left: string, right: string, leftRows: string[], rightRows: string[]) =>
  read({ window: [], extra: [d(22, 60, left), d(110, 60, right), ...leftRows.map((r, i) => d(22, 64.5 + 4.5 * i, r)), ...rightRows.map((r, i) => d(110, 64.5 + 4.5 * i, r))] });

const SHIP = ['Ashford Valley Clinic – Eastside', 'Receiving, Dock 3', '4410 E Broad St', 'Columbus, OH 43213'];
const BILL = ['Ashford Valley Medical Group, P.C.', 'Attn: Accounts Payable', 'PO Box 30912', 'Columbus, OH 43230'];

describe('letter-spaced party headings side by side', () => {
  it('the billed block at the right is the buyer, the shipping block at the left is not', () => {
    expect(page('S H I P T O', 'B I L L T O', SHIP, BILL).buyer.name).toBe('Ashford Valley Medical Group, P.C.');
    expect(page('S H I P P E D T O', 'B I L L E D T O', SHIP, BILL).buyer.name).toBe('Ashford Valley Medical Group, P.C.');
  });

  it('the billed block at the left, the shipping block at the right', () => {
    expect(page('B I L L T O', 'S H I P T O', BILL, SHIP).buyer.name).toBe('Ashford Valley Medical Group, P.C.');
  });

  it('control: the headings written with spaces between words read as before', () => {
    expect(page('SHIP TO', 'BILL TO', SHIP, BILL).buyer.name).toBe('Ashford Valley Medical Group, P.C.');
  });
});
