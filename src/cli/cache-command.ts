/** `invoicectl cache stats|prune`. */
import { Command } from 'commander';
import { addGlobalOptions, createContext, reportFatal, type GlobalFlags } from './context.js';
import { EXIT } from './exit-codes.js';

export function cacheCommand(): Command {
  const cache = new Command('cache').description('inspect or prune the content-addressed cache');
  const stats = addGlobalOptions(
    new Command('stats')
      .description('entries and bytes in the cache, by operation')
      .addHelpText('after', '\nExamples:\n  invoicectl cache stats\n  invoicectl cache stats --json'),
  ).action(async (flags: GlobalFlags) => {
    process.exitCode = await withContext(flags, async (ctx) => {
      const s = await ctx.cache.stats();
      if (flags.json) process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      else {
        process.stdout.write(`cache ${s.dir}: ${s.entries} entries, ${formatBytes(s.bytes)}, ${s.locks} build lock(s)\n`);
        for (const [op, v] of Object.entries(s.byOperation)) process.stdout.write(`  ${op.padEnd(16)} ${String(v.entries).padStart(6)}  ${formatBytes(v.bytes)}\n`);
      }
    });
  });
  const prune = addGlobalOptions(
    new Command('prune')
      .description('remove entries unused for longer than the TTL (config cache.ttlDays) and stale locks')
      .option('--older-than <days>', 'remove entries unused for more than this many days (0: everything)')
      .addHelpText('after', '\nExamples:\n  invoicectl cache prune\n  invoicectl cache prune --older-than 0   empty the cache'),
  ).action(async (flags: GlobalFlags & { olderThan?: string }) => {
    process.exitCode = await withContext(flags, async (ctx) => {
      const days = flags.olderThan === undefined ? undefined : Number(flags.olderThan);
      if (days !== undefined && (!Number.isFinite(days) || days < 0)) {
        process.stderr.write('invoicectl: --older-than must be a number of days\n');
        return EXIT.USAGE;
      }
      const r = await ctx.cache.prune(days === undefined ? undefined : days * 86_400_000);
      if (flags.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else process.stdout.write(`removed ${r.removed} file(s), ${formatBytes(r.bytes)}\n`);
    });
  });
  return cache.addCommand(stats).addCommand(prune);
}

async function withContext(flags: GlobalFlags, body: (ctx: Awaited<ReturnType<typeof createContext>>) => Promise<number | void>): Promise<number> {
  try {
    const ctx = await createContext(flags);
    try {
      return (await body(ctx)) ?? EXIT.OK;
    } finally {
      ctx.dispose();
    }
  } catch (err) {
    return reportFatal(err, flags.json);
  }
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`;
}
