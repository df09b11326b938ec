import { InvoicectlError } from '../core/errors.js';
import type { Config } from './defaults.js';
import { expandHome } from './paths.js';

/** Allowed values for the settings that are enumerations; the rest are checked by the default's type. */
const ENUMS: Record<string, readonly string[]> = {
  'merge.orientation': ['portrait', 'landscape', 'auto'],
  'merge.order': ['rows', 'columns'],
  'merge.rotate': ['auto', 'none'],
  'merge.labelFrom': ['folder', 'filename'],
  'merge.sort': ['input', 'name', 'mtime'],
  'merge.outputType': ['pdf', 'zip'],
  'extract.format': ['json', 'ndjson', 'csv'],
  'extract.qr': ['auto', 'always', 'never'],
  'extract.ocr.engine': ['auto', 'paddle', 'tesseract'],
  'convert.ocrEngine': ['auto', 'paddle', 'tesseract'],
  'serve.logLevel': ['info', 'warn', 'silent'],
};

/** Settings that are paths: a leading `~` means the home folder, as in a shell. */
const PATHS = new Set(['cache.dir', 'extract.templates', 'serve.dataDir']);

/**
 * Checks a user config against the defaults' shape: unknown keys and wrong types are errors that name
 * the key, so a typo never silently falls back to a default. Returns defaults overlaid with the user's values.
 */
export function validateConfig(user: unknown, defaults: Config, source: string): Config {
  return overlay(user, defaults, '', source) as Config;
}

function overlay(user: unknown, defaults: unknown, prefix: string, source: string): unknown {
  const fail = (msg: string) => {
    throw new InvoicectlError('CONFIG_INVALID', `${source}: ${msg}`, { key: prefix || '(root)' });
  };
  if (!isPlainObject(user)) fail(`${prefix || 'the config'} must be an object`);
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(user as Record<string, unknown>)) {
    if (prefix === '' && key === '$schema') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (!(key in out)) fail(`unknown key "${name}"`);
    const def = out[key];
    if (isPlainObject(def)) {
      out[key] = overlay(value, def, name, source);
      continue;
    }
    if (name === 'serve.apiKeys') {
      const ok = Array.isArray(value) && value.every((k) => isPlainObject(k) && typeof k.token === 'string' && k.token !== '' && typeof k.apiKey === 'string' && k.apiKey !== '' && (k.name === undefined || typeof k.name === 'string'));
      if (!ok) fail(`"${name}" must be an array of { "token": "...", "apiKey": "...", "name"?: "..." }`);
    } else if (name === 'merge.margin') {
      const ok = (typeof value === 'number' && value >= 0) || (Array.isArray(value) && [1, 2, 4].includes(value.length) && value.every((v) => typeof v === 'number' && v >= 0));
      if (!ok) fail(`"${name}" must be a number of mm or an array of 4 numbers (top, right, bottom, left)`);
    } else if (typeof def === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`"${name}" must be a non-negative number`);
    } else if (typeof value !== typeof def) {
      fail(`"${name}" must be a ${typeof def}`);
    }
    const allowed = ENUMS[name];
    if (allowed && !allowed.includes(value as string)) fail(`"${name}" must be one of ${allowed.join(', ')}`);
    out[key] = PATHS.has(name) ? expandHome(value as string) : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
