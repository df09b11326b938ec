import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// ../shared sits beside the repository (CI clones it the same way).
export const REAL = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'real');
export const FACTURX = path.join(REAL, 'facturx');

export function readFixture(...parts: string[]): Buffer {
  return readFileSync(path.join(REAL, ...parts));
}

/** The embedded-XML sidecar of a Factur-X PDF in fixtures/real/facturx. */
export function facturxXml(stem: string): Buffer {
  const file = readdirSync(FACTURX).find((f) => f.startsWith(stem + '.embedded.'));
  if (!file) throw new Error(`no XML for ${stem}`);
  return readFileSync(path.join(FACTURX, file));
}

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return pdfsUnder(p);
    return name.toLowerCase().endsWith('.pdf') ? [p] : [];
  });
}

/** Every fixture PDF: the generated Chinese and Western invoices and the real documents, sorted. */
export function allFixturePdfs(): string[] {
  const root = path.resolve(import.meta.dirname, '..', '..', 'fixtures');
  return [...pdfsUnder(path.join(root, 'invoices')), ...pdfsUnder(path.join(root, 'western')), ...pdfsUnder(REAL)].sort();
}
