/**
 * An airline's invoice lists its flights by route, two airports' codes joined by a dash ("Fare LBA–BHD, Flex"):
 * a code that is also a company form in capitals ("BHD", Malaysia's Berhad) names no company there, and the
 * row is no letterhead's. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (route: string) => read({
  letterhead: ['SKYWREN'],
  title: '',
  window: ['Invoice to:', 'QUILL & INK PUBLISHING LTD', '4 Canal Wharf', 'Leeds LS11 5PS'],
  extra: [
    d(150, 15, 'VAT INVOICE', 5),
    d(22, 84, 'Flight'), d(45, 84, 'Description'), d(150, 84, 'Net'),
    d(22, 90, 'SW 214'), d(45, 90, `Fare ${route}, Flex`), d(150, 90, '164.00'),
    d(22, 270, 'SkyWren Airways Limited. Registered in England and Wales No. 09871204.', 2.2),
  ],
});

describe('a route of two airport codes', () => {
  it('names no company', () => {
    for (const route of ['LBA–BHD', 'BHD-LHR', 'KUL–BHD']) expect(page(route).seller.name).toBe('SkyWren Airways Limited');
  });

  it('control: a company with its form in capitals is still one', () => {
    expect(page('LBA–BHD').buyer.name).toBe('QUILL & INK PUBLISHING LTD');
  });
});
