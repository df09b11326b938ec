import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// src/ and dist/ both sit one level below package.json. Read as a file: require() of it set up Node's
// module loader for JSON at every command's start.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The release. */
export const VERSION: string = pkg.version;

/** dist/build-id.json (scripts/build-id.mjs): a hash of the compiled code; none when running from sources. */
const buildFile = fileURLToPath(new URL('./build-id.json', import.meta.url));
const build = existsSync(buildFile) ? (JSON.parse(readFileSync(buildFile, 'utf8')) as { build: string }).build : null;

/**
 * Part of every cache key: neither a new release nor a rebuild from changed sources reuses output an
 * older build produced (a clone that pulls and builds again keeps its cache folder).
 */
export const CACHE_VERSION: string = build ? `${VERSION}+${build}` : VERSION;
