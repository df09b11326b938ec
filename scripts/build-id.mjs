/**
 * Writes dist/build-id.json: a hash of the compiled code. Cache keys carry it (src/version.ts), so a
 * rebuild from changed sources never serves what an older build of the same version stored: a clone
 * that pulls and builds again would otherwise read yesterday's answers from its cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `--print`: the id on standard output, dist/build-id.json left as it is (for a check that must not
// rewrite a file other processes read as they start).
const print = process.argv.includes('--print');
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const hash = createHash('sha256');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.js'))
  .map((e) => path.join(e.parentPath ?? e.path, e.name))
  .filter((f) => !f.startsWith(path.join(dist, 'web') + path.sep))
  .sort();
for (const f of files) hash.update(path.relative(dist, f)).update('\0').update(readFileSync(f)).update('\0');
const build = hash.digest('hex').slice(0, 16);
if (print) process.stdout.write(`${build}\n`);
else writeFileSync(path.join(dist, 'build-id.json'), `${JSON.stringify({ build })}\n`);
