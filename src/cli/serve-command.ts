/** `invoicectl serve`: the REST APIs of docs/api/ over the library, until SIGTERM or Ctrl-C. */
import { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { InvoicectlError } from '../core/errors.js';
import { reportFatal } from './context.js';
import { EXIT } from './exit-codes.js';
import { serveKeysCommand } from './serve-keys-command.js';
import { stopSignal } from './shutdown.js';

interface ServeFlags {
  config?: string;
  host?: string;
  port?: string;
  dataDir?: string;
  cache?: boolean;
  redis?: string;
  insecureOpen?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the HTTP API (processor, invoices, … see /docs) and keep state in a data directory')
    .option('--host <host>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--port <port>', 'port (default 8000; 0 picks a free one)')
    .option('--data-dir <dir>', 'SQLite database, stored files and temp files (default ./.invoicectl-data)')
    .option('--config <file>', 'configuration file (the "serve" section and every operation default)')
    .option('--no-cache', 'neither read nor write the content cache')
    .option('--redis <url>', 'hand tasks to `invoicectl worker` processes through Redis (BullMQ) instead of running them here')
    .option('--insecure-open', 'listen beyond loopback although no API key exists (anyone who reaches it reads everything)')
    .addCommand(serveKeysCommand())
    .addHelpText(
      'after',
      `
Examples:
  invoicectl serve                                   http://127.0.0.1:8000, state in ./.invoicectl-data
  invoicectl serve --port 9000 --host 0.0.0.0 --data-dir /var/lib/invoicectl --config prod.json
  invoicectl serve --redis redis://127.0.0.1:6379 --data-dir /mnt/shared   tasks run on \`invoicectl worker\`s
  invoicectl serve keys add alice --data-dir /var/lib/invoicectl   prints a key; from then on every API asks for one

Keys: with any key made, every API takes one as "Authorization: Bearer <key>" or "X-API-Key: <key>"
(the page signs in with it); each key sees only its own invoices, tasks and files. Without keys,
serve listens on loopback only, unless --insecure-open.
API documents: /openapi.json, interactive at /docs. Logs: one JSON line per request on stderr.
SIGTERM or Ctrl-C: stop accepting, let running tasks finish within serve.shutdownGraceSeconds
(they are queued again for the next start otherwise), close the database. A second Ctrl-C quits at once.`,
    )
    .action(async (flags: ServeFlags) => {
      const stopped = stopSignal();
      try {
        const { config } = await loadConfig({ file: flags.config });
        if (flags.cache === false) config.cache.enabled = false;
        const port = flags.port === undefined ? undefined : Number(flags.port);
        if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
          throw new InvoicectlError('INVALID_OPTION', `--port must be a port number (got "${flags.port}")`);
        }
        const { startServer } = await import('../server/serve.js');
        const server = await startServer({ config, host: flags.host, port, dataDir: flags.dataDir, redis: flags.redis, insecureOpen: flags.insecureOpen });
        process.stderr.write(`invoicectl serve: listening on ${server.url} (docs: ${server.url}/docs)\n`);
        await stopped;
        // A second SIGTERM (or Ctrl-C), or a shutdown stuck past its grace period, ends the process at once.
        const forced = () => process.exit(EXIT.INTERRUPTED);
        process.on('SIGTERM', forced);
        process.on('SIGINT', forced);
        setTimeout(forced, (config.serve.shutdownGraceSeconds + 15) * 1000).unref();
        await server.close();
        process.exitCode = EXIT.OK;
      } catch (err) {
        process.exitCode = reportFatal(err, false);
      }
    });
}
