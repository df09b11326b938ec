import os from 'node:os';
import path from 'node:path';

/**
 * `~` and `~/…` → the home folder. Config files are JSON, not a shell, so nothing else expands them, and
 * an unexpanded `~` becomes a folder named "~" in the working directory.
 */
export function expandHome(p: string, home: string = os.homedir()): string {
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith(`~${path.sep}`)) return path.join(home, p.slice(2));
  return p;
}
