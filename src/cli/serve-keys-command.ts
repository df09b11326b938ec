/**
 * `invoicectl serve keys add|list|revoke`: the server's API keys, kept (hashed) in its data directory.
 * Works while the server runs: it reads the keys on every request.
 */
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { InvoicectlError } from '../core/errors.js';
import { reportFatal } from './context.js';
import { EXIT } from './exit-codes.js';

interface KeysFlags {
  config?: string;
  dataDir?: string;
  json?: boolean;
}

async function withKeys<T>(flags: KeysFlags, use: (keys: import('../server/auth/keys.js').KeyStore) => T): Promise<T> {
  const { config } = await loadConfig({ file: flags.config });
  const dataDir = path.resolve(flags.dataDir ?? config.serve.dataDir);
  const [{ openDb }, { coreMigrations }, { KeyStore }] = await Promise.all([import('../server/store/db.js'), import('../server/store/core-schema.js'), import('../server/auth/keys.js')]);
  const db = openDb(dataDir, coreMigrations);
  try {
    return use(new KeyStore(db));
  } finally {
    db.close();
  }
}

const common = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', "the server's data directory (default ./.invoicectl-data)")
    .option('--config <file>', 'configuration file (its serve.dataDir)')
    .option('--json', 'machine-readable output');

/**
 * `serve` has --data-dir and --config too, and commander gives an option to the parent when both
 * define it: the subcommand's flags are read with its parent's.
 */
function run(action: (arg: string | undefined, flags: KeysFlags) => Promise<void>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const flags = cmd.optsWithGlobals() as KeysFlags;
    try {
      await action(typeof args[0] === 'string' ? args[0] : undefined, flags);
      process.exitCode = EXIT.OK;
    } catch (err) {
      process.exitCode = reportFatal(err instanceof InvoicectlError ? err : new InvoicectlError('INVALID_OPTION', (err as Error).message), flags.json);
    }
  };
}

export function serveKeysCommand(): Command {
  const keys = new Command('keys').description('API keys of the server: every API and the page ask for one once a key exists');
  common(keys.command('add <name>').description('make a key; it is printed once, on stdout (only its hash is stored)')).action(
    run(async (name, flags) => {
      const made = await withKeys(flags, (k) => k.add(name!));
      if (flags.json) process.stdout.write(`${JSON.stringify(made)}\n`);
      else {
        process.stdout.write(`${made.key}\n`);
        process.stderr.write(`key ${made.id} "${made.name}" made; send it as "Authorization: Bearer <key>" or "X-API-Key: <key>". It is not shown again.\n`);
      }
    }),
  );
  common(keys.command('list').description('the keys (id, name, made, revoked); never the secrets')).action(
    run(async (_none, flags) => {
      const list = await withKeys(flags, (k) => k.list());
      if (flags.json) process.stdout.write(`${JSON.stringify(list)}\n`);
      else
        for (const k of list)
          process.stdout.write(`${k.id}\t${k.name}\t${new Date(k.createdAt).toISOString()}\t${k.revokedAt ? `revoked ${new Date(k.revokedAt).toISOString()}` : 'live'}\n`);
    }),
  );
  common(keys.command('revoke <idOrName>').description('revoke a key by id or name: its requests and page sessions are refused at once')).action(
    run(async (idOrName, flags) => {
      const revoked = await withKeys(flags, (k) => k.revoke(idOrName!));
      if (!revoked) throw new InvoicectlError('INVALID_OPTION', `no live key with id or name "${idOrName}"`);
      if (flags.json) process.stdout.write(`${JSON.stringify({ revoked: idOrName })}\n`);
      else process.stderr.write(`revoked ${idOrName}\n`);
    }),
  );
  return keys;
}
