/** The examples of a spec document, taken as printed, for tests that run them against the server. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** The repository's copy in docs/api/, which is what users read. */
export function specText(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'docs', 'api', name), 'utf8');
}

/** Every fenced block of a language, in order. */
export function codeBlocks(spec: string, language: string): string[] {
  return [...spec.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/** The curl commands of the spec's bash blocks, one string each (continuation lines joined, comments dropped). */
export function curlCommands(spec: string): string[] {
  const commands: string[] = [];
  for (const block of codeBlocks(spec, 'bash')) {
    const joined = block.replace(/\\\n\s*/g, ' ');
    let pending = '';
    for (const line of joined.split('\n')) {
      // A quoted argument (curl -d '{ ... }') may run over several lines.
      pending = pending ? `${pending}\n${line}` : line.trim();
      if ((pending.match(/'/g) ?? []).length % 2 === 1) continue;
      if (pending.startsWith('curl ')) commands.push(pending);
      pending = '';
    }
  }
  return commands;
}
