/**
 * A party's "name" that is part of a sentence, a verb and its article among its words: a footer's "Kestrel Business is
 * a trading name of Kestrel Telecom Ltd." cut by OCR inside a word ("… is a trading nan" | "e of …") and read as the
 * seller. No company's name says what it is: the name is in doubt; names that hold such a word otherwise pass.
 */
import { describe, expect, it } from 'vitest';
import { partyNameDoubt } from '../../src/invoice/western/doubts.js';

describe('a sentence read as a name', () => {
  it.each(['Kestrel Business is a trading nan', 'ParkWise is a trading', 'Hostbaas is een handelsnaa', 'Planifia est un service'])('"%s" is in doubt', (name) => {
    expect(partyNameDoubt(name)).toMatch(/part of a sentence/);
  });

  it.each(['Isla Trading Ltd', 'Este Una SL', 'Studio Es Arte SRL', 'A Is For Apple Ltd'])('"%s" passes', (name) => {
    expect(partyNameDoubt(name)).toBeNull();
  });
});
