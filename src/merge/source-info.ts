/** What a merge's analysis finds of an input, and its cache key: shared by both readers (sources.ts, lean-sources.ts). */
import { Cache } from '../core/cache.js';
import type { FileType } from '../core/filetype.js';
import type { ImageDecoder } from '../core/image/image-decoder.js';
import type { Limits } from '../core/inputs.js';
import { CACHE_VERSION } from '../version.js';
import type { Size } from './geometry.js';

export interface SourceInfo {
  type: FileType;
  /** Displayed page sizes in points (after the page's /Rotate). */
  pages: Size[];
}

/** A runtime's image decoder, asked for only when an OFD is drawn; without one, the process's own. */
export type DecoderSource = () => Promise<ImageDecoder>;

/** The cache key of a merge's analysis of an input. */
export function analysisKey(sha256: string, limits: Limits): string {
  // Limits change the outcome (a refusal), so they are part of the key; `model` changes with what an
  // analysis records (2: every page of a multi-page TIFF).
  return Cache.key({ input: sha256, operation: 'merge-analyze', options: { limits, model: 2 }, version: CACHE_VERSION });
}
