/**
 * Loads configuration with cosmiconfig (invoicectl.config.json, .invoicectlrc*, package.json#invoicectl,
 * or --config FILE), validates it against the defaults' shape and merges it over the defaults.
 */
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { InvoicectlError } from '../core/errors.js';
import { defaultConfig, type Config } from './defaults.js';
import { validateConfig } from './validate.js';

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null when only defaults apply. */
  filepath: string | null;
}

const explorer = () =>
  cosmiconfig('invoicectl', {
    searchStrategy: 'project',
    searchPlaces: [
      'package.json',
      '.invoicectlrc',
      '.invoicectlrc.json',
      '.invoicectlrc.yaml',
      '.invoicectlrc.yml',
      'invoicectl.config.json',
    ],
  });

export async function loadConfig(options: { file?: string; cwd?: string } = {}): Promise<LoadedConfig> {
  let result: { config: unknown; filepath: string } | null;
  try {
    result = options.file
      ? await explorer().load(path.resolve(options.cwd ?? process.cwd(), options.file))
      : await explorer().search(options.cwd ?? process.cwd());
  } catch (err) {
    throw new InvoicectlError('CONFIG_INVALID', `cannot read config${options.file ? ` ${options.file}` : ''}: ${(err as Error).message}`);
  }
  const defaults = defaultConfig();
  if (!result || result.config == null) return { config: defaults, filepath: null };
  const config = validateConfig(result.config, defaults, result.filepath);
  return { config, filepath: result.filepath };
}
