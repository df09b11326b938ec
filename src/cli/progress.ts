/**
 * Progress on stderr: a cli-progress bar (done/total, rate, ETA) for batches and an ora spinner for
 * single long steps, only when stderr is a terminal and not --quiet. Pipes and CI logs get neither.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { Ora } from 'ora';

// Loaded only for a terminal: piped and quiet runs (most batch runs, every one-file script call) skip
// ~20 modules at start-up.
const require = createRequire(import.meta.url);

export interface Progress {
  update(phase: string, done: number, total: number): void;
  step(text: string): void;
  stop(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { update() {}, step() {}, stop() {} };
  const cliProgress = require('cli-progress') as typeof cliProgressModule;
  const ora = (require('ora') as { default: typeof import('ora').default }).default;
  let bar: cliProgressModule.SingleBar | null = null;
  let barPhase = '';
  let spinner: Ora | null = null;
  const stopBar = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update(phase, done, total) {
      if (!bar || barPhase !== phase) {
        stopBar();
        barPhase = phase;
        bar = new cliProgress.SingleBar(
          { format: `${phase.padEnd(8)} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '0.0' });
        (bar as unknown as { startedAt: number }).startedAt = Date.now();
      }
      const elapsed = (Date.now() - (bar as unknown as { startedAt: number }).startedAt) / 1000;
      bar.update(done, { rate: elapsed > 0 ? (done / elapsed).toFixed(1) : '0.0' });
    },
    step(text) {
      stopBar();
      spinner ??= ora({ stream: process.stderr }).start(text);
      spinner.text = text;
    },
    stop() {
      stopBar();
      spinner?.stop();
      spinner = null;
    },
  };
}
