/**
 * What every subcommand shares: configuration (file + flags), the cache, Ctrl-C handling and output
 * conventions (data on stdout, logs and progress on stderr, --json, --quiet).
 */
import { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/defaults.js';
import { Cache } from '../core/cache.js';
import { InvoicectlError, toErrorInfo } from '../core/errors.js';
import type { Runtime } from '../runtime.js';
import { EXIT } from './exit-codes.js';

export interface GlobalFlags {
  config?: string;
  concurrency?: string;
  cache?: boolean;
  cacheDir?: string;
  json?: boolean;
  quiet?: boolean;
}

export interface CliContext {
  config: Config;
  cache: Cache;
  flags: GlobalFlags;
  signal: AbortSignal;
  log: (line: string) => void;
  concurrency: number;
  dispose: () => void;
}

export function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'configuration file (default: invoicectl.config.json, .invoicectlrc*, package.json#invoicectl)')
    .option('--concurrency <n>', 'files processed at once (default: CPU count)')
    .option('--no-cache', 'neither read nor write the cache')
    .option('--cache-dir <dir>', 'cache directory (default: ~/.cache/invoicectl)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('-q, --quiet', 'no progress or summary on stderr');
}

export async function createContext(flags: GlobalFlags): Promise<CliContext> {
  const { config } = await loadConfig({ file: flags.config });
  const concurrency = flags.concurrency === undefined ? config.concurrency : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvoicectlError('INVALID_OPTION', `--concurrency must be a positive integer (got "${flags.concurrency}")`);
  }
  const cache = new Cache({
    dir: flags.cacheDir ?? config.cache.dir,
    enabled: config.cache.enabled && flags.cache !== false,
    ttlMs: config.cache.ttlDays * 86_400_000,
    staleLockMs: config.cache.staleLockSeconds * 1000,
    onWarning: (message) => process.stderr.write(`invoicectl: warning: ${message}\n`),
  });
  // First Ctrl-C or SIGTERM (what timeout, systemd and docker send): stop starting work and leave no
  // half-written output. Second: leave at once.
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(exitCodeFor(signal));
    stoppedBy = signal;
    process.stderr.write(`\ninvoicectl: stopping (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    config,
    cache,
    flags,
    signal: controller.signal,
    concurrency,
    log: (line) => {
      if (!flags.quiet) process.stderr.write(`${line}\n`);
    },
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * The command's runtime: its config (`config`, when a flag overrides a section), cache and concurrency;
 * engines start on first use and stop with `dispose()`. Loaded when a command runs, not for `--help`.
 */
export async function createCliRuntime(ctx: CliContext, config: Config = ctx.config): Promise<Runtime> {
  const { createRuntime } = await import('../runtime.js');
  return createRuntime({ config, cache: ctx.cache.enabled ? ctx.cache : null, concurrency: ctx.concurrency });
}

/**
 * The runtime for a command that uses only its settings and, for an OFD's images, the image decoder
 * (merge): runtime.ts loads extract's readers and engines, ~40 CPU-ms of a one-invoice merge's start, so
 * the whole runtime is made only when the decoder is first asked for.
 */
export function createSettingsRuntime(ctx: CliContext): Pick<Runtime, 'config' | 'cache' | 'limits' | 'concurrency' | 'imageDecoder' | 'dispose'> {
  let full: Promise<Runtime> | undefined;
  return {
    config: ctx.config,
    cache: ctx.cache.enabled ? ctx.cache : null,
    limits: ctx.config.limits,
    concurrency: ctx.concurrency,
    imageDecoder: async () => (await (full ??= createCliRuntime(ctx))).imageDecoder(),
    dispose: async () => {
      await (await full)?.dispose();
    },
  };
}

/** The signal that stopped the command, which decides its exit code (130 for Ctrl-C, 143 for SIGTERM). */
let stoppedBy: NodeJS.Signals | null = null;

const exitCodeFor = (signal: NodeJS.Signals | null) => (signal === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED);

/** Maps a failure of a whole command onto an exit code, printing it as text or JSON. */
export function reportFatal(err: unknown, json: boolean | undefined): number {
  const info = toErrorInfo(err);
  if (json) process.stdout.write(`${JSON.stringify({ error: info }, null, 2)}\n`);
  process.stderr.write(`invoicectl: ${info.code}: ${info.message}\n`);
  const documents = (info.details?.documents ?? []) as { file: string; error?: { code: string; message: string } }[];
  for (const d of documents) if (d.error) process.stderr.write(`  failed     ${d.file}: ${d.error.code}: ${d.error.message}\n`);
  if (info.code === 'ABORTED') return exitCodeFor(stoppedBy);
  if (info.code === 'CONFIG_INVALID' || info.code === 'INVALID_OPTION') return EXIT.USAGE;
  return EXIT.SOME_FAILED;
}
