/**
 * Analysis of an input for a merge written without pdf-lib (write-plain-sheets.ts): a PDF the lean
 * reader opens gives its page sizes here; any other input (an image, an OFD, a PDF the lean reader does
 * not take) is analysed by sources.ts, which loads pdf-lib. Both record the same cached analysis.
 */
import type { Cache } from '../core/cache.js';
import { assertPageLimit } from '../core/errors.js';
import type { Limits, LoadedInput } from '../core/inputs.js';
import type { SourcePdf } from '../pdf/lazy-pdf.js';
import { openLeanPdf, type LeanPdf } from '../pdf/lean-embed.js';
import { shownSize } from './geometry.js';
import { analysisKey, type DecoderSource, type SourceInfo } from './source-info.js';

/**
 * Type and page sizes of an input; `lean`: the PDF as the lean reader opened it, else `opened`: as
 * sources.ts opened it (none on a cache hit).
 */
export async function analyzePlainSource(
  input: LoadedInput,
  limits: Limits,
  cache: Cache | null,
  decoder?: DecoderSource,
): Promise<{ info: SourceInfo; cache: 'HIT' | 'MISS'; opened?: SourcePdf; lean?: LeanPdf }> {
  let lean: LeanPdf | undefined;
  try {
    if (input.type === 'pdf') lean = openLeanPdf(input.bytes);
  } catch {
    // Not a PDF the lean reader takes: sources.ts opens it with pdf-lib.
  }
  if (!lean) return (await import('./sources.js')).analyzeSource(input, limits, cache, decoder);
  const { pages } = lean;
  assertPageLimit(input.file.name, pages.length, limits.maxPages);
  const build = async (): Promise<SourceInfo> => ({
    type: 'pdf',
    pages: pages.map(({ box, rotate }) => shownSize(box, rotate)),
  });
  if (!cache) return { info: await build(), cache: 'MISS', lean };
  const { value, status } = await cache.getOrBuildJson('merge-analyze', analysisKey(input.sha256, limits), build);
  return { info: value, cache: status, lean };
}
