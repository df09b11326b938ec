import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// CI installs with `npm ci`, which refuses a lock whose entries name optional dependencies that have no
// entry of their own. The registry CI reaches lacks some platform builds (msgpackr-extract's darwin and
// win32 ones), so `npm install` writes such a lock; this catches it before CI does.
describe('package-lock.json', () => {
  it('has an entry for every optional dependency it names', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${where ? `${where}/` : ''}node_modules/${name}`;
        if (!(nested in packages) && !(`node_modules/${name}` in packages)) missing.push(`${where} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
