import { defaultConfig, type MergeDefaults } from '../config/defaults.js';
import { InvoicectlError } from '../core/errors.js';
import { parseGrid, parseMargins, parsePaper } from './geometry.js';

/**
 * Options as callers give them: the CLI's flag names, plus the names the HTTP specs use
 * (invoices-api merge tasks: showPageNumber, showCategoryLabel).
 */
export type MergeLayoutOptions = Partial<MergeDefaults> & {
  showPageNumber?: boolean;
  showCategoryLabel?: boolean;
};

const CHOICES: Partial<Record<keyof MergeDefaults, readonly string[]>> = {
  orientation: ['portrait', 'landscape', 'auto'],
  order: ['rows', 'columns'],
  rotate: ['auto', 'none'],
  labelFrom: ['folder', 'filename'],
  sort: ['input', 'name', 'mtime'],
  outputType: ['pdf', 'zip'],
};

/** Defaults, then the given options; spec aliases map onto the flag names. Bad choices are INVALID_OPTION. */
export function resolveMergeOptions(options: MergeLayoutOptions, defaults: MergeDefaults = defaultConfig().merge): MergeDefaults {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as MergeLayoutOptions;
  const resolved: MergeDefaults = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof MergeDefaults)[]) {
    if (given[key] !== undefined) (resolved as unknown as Record<string, unknown>)[key] = given[key];
  }
  if (given.showPageNumber !== undefined) resolved.pageNumbers = given.showPageNumber;
  if (given.showCategoryLabel !== undefined) resolved.labels = given.showCategoryLabel;
  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = resolved[key as keyof MergeDefaults];
    if (!allowed!.includes(value as string)) {
      throw new InvoicectlError('INVALID_OPTION', `${key} must be one of ${allowed!.join(', ')} (got "${String(value)}")`);
    }
  }
  if (typeof resolved.gap !== 'number' || !Number.isFinite(resolved.gap) || resolved.gap < 0) {
    throw new InvoicectlError('INVALID_OPTION', `gap must be a non-negative number of mm (got "${String(resolved.gap)}")`);
  }
  return resolved;
}

/**
 * Resolves and checks every option a layout depends on (the grid, paper and margins too), so a caller
 * that queues a merge for later can refuse bad options now. Throws INVALID_OPTION.
 */
export function checkMergeOptions(options: MergeLayoutOptions, defaults: MergeDefaults = defaultConfig().merge): MergeDefaults {
  const resolved = resolveMergeOptions(options, defaults);
  parseGrid(resolved.layout);
  parsePaper(resolved.paper);
  parseMargins(resolved.margin);
  return resolved;
}
