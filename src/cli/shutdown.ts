import { EXIT } from './exit-codes.js';

/**
 * Resolves on the first SIGTERM or SIGINT; a second Ctrl-C quits at once. Call it before starting
 * anything and before saying "listening": until a listener exists, Node leaves a signal's default
 * action (death) in place, and a supervisor that stops the process as soon as it is up would kill it
 * mid-start instead of stopping it. The handlers stay registered to the end (`on`, not `once`), because
 * signal-exit (loaded with ora) re-raises a signal when it finds itself the only listener left.
 */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        if (signal === 'SIGINT') process.exit(EXIT.INTERRUPTED);
        return;
      }
      received = true;
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
