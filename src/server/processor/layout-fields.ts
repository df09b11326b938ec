/**
 * Layout options sent as form fields beside the files of an upload (multipart has only strings):
 * `layout=2x2`, `paper=A4`, `pageNumbers=true`, … with the merge option names (snake_case accepted).
 * Unknown fields and bad values are refused up front, before anything is queued.
 */
import { defaultConfig, type MergeDefaults } from '../../config/defaults.js';
import { checkMergeOptions, type MergeLayoutOptions } from '../../merge/options.js';
import { HttpError } from '../http/errors.js';

const KEYS = Object.keys(defaultConfig().merge) as (keyof MergeDefaults)[];
const BOOLEAN = new Set(KEYS.filter((k) => typeof defaultConfig().merge[k] === 'boolean'));
/** Layout of the sheets is the point of this API; the output is always the merged PDF. */
const NOT_OFFERED = new Set<string>(['outputType']);

export const LAYOUT_FIELDS = KEYS.filter((k) => !NOT_OFFERED.has(k));

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function layoutFromFields(fields: Record<string, string>, defaults: MergeDefaults): MergeLayoutOptions {
  const layout: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(fields)) {
    const key = camel(field) as keyof MergeDefaults;
    if (!LAYOUT_FIELDS.includes(key)) {
      throw new HttpError(400, 'VALIDATION_ERROR', `unknown form field "${field}"; layout fields are ${LAYOUT_FIELDS.join(', ')}`);
    }
    layout[key] = parseValue(key, raw.trim());
  }
  try {
    checkMergeOptions(layout, defaults);
  } catch (err) {
    throw new HttpError(400, 'VALIDATION_ERROR', (err as Error).message);
  }
  return layout as MergeLayoutOptions;
}

function parseValue(key: keyof MergeDefaults, raw: string): unknown {
  if (BOOLEAN.has(key)) {
    if (/^(true|1|yes|on)$/i.test(raw)) return true;
    if (/^(false|0|no|off)$/i.test(raw)) return false;
    throw new HttpError(400, 'VALIDATION_ERROR', `${key} must be true or false (got "${raw}")`);
  }
  if (key === 'gap') return numberOf(key, raw);
  if (key === 'margin') {
    const parts = raw.split(/[,\s]+/).filter(Boolean).map((p) => numberOf(key, p));
    return parts.length === 1 ? parts[0] : parts;
  }
  return raw;
}

function numberOf(key: string, raw: string): number {
  const n = Number(raw);
  if (raw === '' || !Number.isFinite(n) || n < 0) throw new HttpError(400, 'VALIDATION_ERROR', `${key} must be a non-negative number of mm (got "${raw}")`);
  return n;
}
