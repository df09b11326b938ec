/**
 * OFD → PDF through ofdToPdf (src/ofd): vector pages of the OFD's own physical size, text kept as text,
 * seals drawn. Registered in the matrix, so OFD → PNG / JPEG / text work by chaining through PDF.
 */
import { InvoicectlError } from '../core/errors.js';
import { ofdToPdf } from '../ofd/to-pdf.js';
import { baseNameOf } from './formats.js';
import { checkOptions } from './options.js';
import type { Converter } from './types.js';

export function createOfdToPdfConverter(): Converter {
  return {
    id: 'ofd-to-pdf',
    engine: 'native',
    from: ['ofd'],
    to: ['pdf'],
    available: async () => ({ ok: true }),
    async convert(input, to, options, ctx) {
      if (to !== 'pdf') throw new InvoicectlError('UNSUPPORTED_CONVERSION', `OFD converts to pdf here, not ${to}`, { to });
      // The page size is the OFD's own (an invoice is 210 × 140 mm); nothing else is a choice here.
      checkOptions(options, 'OFD → PDF', 'pdf', []);
      const bytes = await ofdToPdf(input.bytes, { signal: ctx.signal, limits: ctx.limits, decoder: await ctx.imageDecoder?.() });
      return [{ name: `${baseNameOf(input.name)}.pdf`, bytes, mime: 'application/pdf' }];
    },
  };
}
