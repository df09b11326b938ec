import { EXIT } from './exit-codes.js';

/**
 * Waits for SIGTERM or SIGINT, then runs `close()` (the graceful shutdown); a second Ctrl-C quits at
 * once. The handlers stay registered to the end (`on`, not `once`): signal-exit (loaded with ora)
 * re-raises a signal when it finds itself the only listener left, which killed servers mid-shutdown.
 */
export function untilStopSignal(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        if (signal === 'SIGINT') process.exit(EXIT.INTERRUPTED);
        return;
      }
      stopping = true;
      close().then(resolve, resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
