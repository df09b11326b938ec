/**
 * An Irish address ends with its county after "Co." ("Ballincollig, Co. Cork"): the county, not a company form. A sole
 * trader's letterhead (name, trade, address row) had its address row read as the seller's company ("7 Rosemount Park,
 * Ballincollig, Co."), silent. And an addressee's row may say what the bill is about in brackets after the name
 * ("Mr Dermot Walsh (re: Aoife Walsh, 6th year)"): no part of the name. A tutor's invoice of the 194th batch, in
 * generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';
import { companyPrefix } from '../../src/invoice/western/parties.js';

describe('an Irish county after "Co."', () => {
  it('is no company form; a partner’s "& Co." and a company’s "Co." still are', () => {
    for (const row of ['7 Rosemount Park, Ballincollig, Co. Cork', 'Main Street, Kilcullen, Co. Kildare R56 X2F4', 'BANDON, CO. CORK', '4 Shore Rd, Holywood, Co. Down BT18 9HX']) {
      expect(companyPrefix(row), row).toBeNull();
    }
    expect(companyPrefix('Hegarty & Co. Cork')).toBe('Hegarty & Co.');
    expect(companyPrefix('Atlantic Seafood Co. Limited')).toBe('Atlantic Seafood Co.');
    expect(companyPrefix('SHANNON TIMBER CO. LIMITED')).toBe('SHANNON TIMBER CO.');
  });

  it('leaves a sole trader’s letterhead name the seller, not its address row', () => {
    for (const [name, trade, address] of [
      ['Siobhán Keane BSc PGDE', 'Maths & Physics Tuition', '7 Rosemount Park, Ballincollig, Co. Cork'],
      ['Ciarán Dunne', 'Piano Tuning & Repairs', '12 Liffey Bank, Newbridge, Co. Kildare'],
    ]) {
      expect(read({ letterhead: [name, trade, address] }).seller.name).toBe(name);
    }
  });
});

describe('what the bill is about, in brackets after the addressee', () => {
  it('is cut from the buyer’s name', () => {
    for (const [row, name] of [
      ["Client: Mr Dermot Walsh (re: Aoife Walsh, 6th year)", 'Dermot Walsh'],
      ['Client: Ms Joan Byrne (regarding 14 Oak Drive)', 'Joan Byrne'],
    ]) {
      expect(read({ window: [], extra: [d(22, 48, row)] }).buyer.name, row).toBe(name);
    }
  });

  it('keeps a bracket that is part of a name', () => {
    expect(read({ window: [], extra: [d(22, 48, 'Client: Harbour Freight (Ireland) Limited')] }).buyer.name).toBe('Harbour Freight (Ireland) Limited');
  });
});
