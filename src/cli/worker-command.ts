/** `invoicectl worker`: runs the server's tasks from Redis (BullMQ) until SIGTERM or Ctrl-C. */
import os from 'node:os';
import { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { InvoicectlError } from '../core/errors.js';
import { reportFatal } from './context.js';
import { EXIT } from './exit-codes.js';
import { stopSignal } from './shutdown.js';

interface WorkerFlags {
  redis?: string;
  dataDir?: string;
  concurrency?: string;
  config?: string;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('run tasks of `invoicectl serve --redis` on this machine (shared data directory, no database)')
    .requiredOption('--redis <url>', 'the Redis the server uses, e.g. redis://10.0.0.5:6379')
    .option('--data-dir <dir>', "the server's data directory, shared (e.g. a network volume) (default ./.invoicectl-data)")
    .option('--concurrency <n>', 'tasks run at once, each in its own thread (default: CPU count)')
    .option('--config <file>', 'configuration file (operation defaults, cache directory: share it with the server)')
    .addHelpText(
      'after',
      `
Examples:
  invoicectl serve --redis redis://10.0.0.5:6379 --data-dir /mnt/invoices     on the API machine
  invoicectl worker --redis redis://10.0.0.5:6379 --data-dir /mnt/invoices --concurrency 4   on each worker

SIGTERM or Ctrl-C: finish running tasks within serve.shutdownGraceSeconds, then hand the rest back
to the queue. A worker that dies is noticed within ~30 s and its tasks run again elsewhere.`,
    )
    .action(async (flags: WorkerFlags) => {
      const stopped = stopSignal();
      try {
        const { config } = await loadConfig({ file: flags.config });
        const concurrency = flags.concurrency === undefined ? os.availableParallelism() : Number(flags.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1) throw new InvoicectlError('INVALID_OPTION', `--concurrency must be a positive integer (got "${flags.concurrency}")`);
        const { startWorker } = await import('../server/queue/worker.js');
        const worker = await startWorker({
          redis: flags.redis!,
          dataDir: flags.dataDir ?? config.serve.dataDir,
          concurrency,
          config,
          graceMs: config.serve.shutdownGraceSeconds * 1000,
          log: (line) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`),
        });
        process.stderr.write(`invoicectl worker: taking tasks from ${flags.redis} (concurrency ${concurrency})\n`);
        await stopped;
        await worker.close();
        process.exitCode = EXIT.OK;
      } catch (err) {
        process.exitCode = reportFatal(err, false);
      }
    });
}
