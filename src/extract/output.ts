/**
 * Extract results as text, written piece by piece as results arrive so a batch of any size is never
 * held as one string: a JSON array (pretty, one result per element), NDJSON (one per line) or CSV.
 */
import type { ExtractResult } from '../invoice/index.js';
import { csvHeader, csvRows } from './csv.js';

export type ExtractFormat = 'json' | 'ndjson' | 'csv';

export interface ResultFormatter {
  begin(): string;
  result(result: ExtractResult, index: number): string;
  end(): string;
}

export function resultFormatter(format: ExtractFormat, options: { items?: boolean; bom?: boolean } = {}): ResultFormatter {
  switch (format) {
    case 'json':
      return {
        begin: () => '[',
        result: (r, i) => `${i ? ',' : ''}\n${indent(JSON.stringify(r, null, 2))}`,
        end: () => '\n]\n',
      };
    case 'ndjson':
      return { begin: () => '', result: (r) => `${JSON.stringify(r)}\n`, end: () => '' };
    case 'csv':
      // Excel reads UTF-8 CSV (Chinese names) right only with a byte-order mark.
      return { begin: () => `${options.bom ? '\uFEFF' : ''}${csvHeader(!!options.items)}`, result: (r) => csvRows(r, !!options.items), end: () => '' };
  }
}

const indent = (s: string) => s.replace(/^/gm, '  ');
