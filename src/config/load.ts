/**
 * Loads configuration with cosmiconfig (invoicectl.config.json, .invoicectlrc*, package.json#invoicectl,
 * or --config FILE), validates it against the defaults' shape and merges it over the defaults.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';
import { defaultConfig, type Config } from './defaults.js';
import { validateConfig } from './validate.js';

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null when only defaults apply. */
  filepath: string | null;
}

const SEARCH_PLACES = ['package.json', '.invoicectlrc', '.invoicectlrc.json', '.invoicectlrc.yaml', '.invoicectlrc.yml', 'invoicectl.config.json'];

/**
 * Loaded only when there is a file to read: cosmiconfig and its parsers cost ~10 ms of every command's
 * start. A CommonJS package: its `default` is its exports, under Node and in the CLI's bundle alike.
 */
const explorer = async () => (await import('cosmiconfig')).default.cosmiconfig('invoicectl', { searchStrategy: 'project', searchPlaces: SEARCH_PLACES });

export async function loadConfig(options: { file?: string; cwd?: string } = {}): Promise<LoadedConfig> {
  const from = options.cwd ?? process.cwd();
  let result: { config: unknown; filepath: string } | null;
  try {
    if (options.file) result = await (await explorer()).load(path.resolve(from, options.file));
    else result = (await mayFindConfig(from)) ? await (await explorer()).search(from) : null;
  } catch (err) {
    throw new InvoicectlError('CONFIG_INVALID', `cannot read config${options.file ? ` ${options.file}` : ''}: ${(err as Error).message}`);
  }
  const defaults = defaultConfig();
  if (!result || result.config == null) return { config: defaults, filepath: null };
  const config = validateConfig(result.config, defaults, result.filepath);
  return { config, filepath: result.filepath };
}

/**
 * Whether cosmiconfig's search from `from` could find anything: a search place (package.json only when
 * it has an `invoicectl` key) in a folder it visits, from `from` up to the first holding a package.json
 * or package.yaml; or, in the working directory, what could hold cosmiconfig's own settings (its
 * .config/config.* files, a package.json with a `cosmiconfig` key, a package.yaml mentioning it). A
 * project that only depends on invoicectl names it in its package.json without configuring it there.
 * Any doubt (a package.json that does not parse): yes.
 */
async function mayFindConfig(from: string): Promise<boolean> {
  const exists = (file: string) => fs.access(file).then(() => true, () => false);
  const mentions = async (file: string, word: string) => (await fs.readFile(file, 'utf8').catch(() => '')).includes(word);
  const hasKey = async (packageJson: string, key: string) => {
    const text = await fs.readFile(packageJson, 'utf8').catch(() => '');
    if (!text.includes(`"${key}"`)) return false;
    try {
      return Object.hasOwn(JSON.parse(text), key);
    } catch {
      return true;
    }
  };
  const cwd = process.cwd();
  const meta = ['json', 'yaml', 'yml', 'js', 'ts', 'cjs', 'mjs'].map((ext) => exists(path.join(cwd, '.config', `config.${ext}`)));
  if ((await Promise.all(meta)).some(Boolean)) return true;
  if ((await hasKey(path.join(cwd, 'package.json'), 'cosmiconfig')) || (await mentions(path.join(cwd, 'package.yaml'), 'cosmiconfig'))) return true;
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const [packageJson, packageYaml, ...others] = await Promise.all(['package.json', 'package.yaml', ...SEARCH_PLACES.slice(1)].map((f) => exists(path.join(dir, f))));
    if (others.some(Boolean)) return true;
    if (packageJson && (await hasKey(path.join(dir, 'package.json'), 'invoicectl'))) return true;
    if (packageJson || packageYaml || path.dirname(dir) === dir) return false;
  }
}
