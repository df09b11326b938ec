/**
 * Bundles the CLI (dist/cli/main.js, the tsc output) into dist/cli-bundle/ for bin/invoicectl.js.
 *
 * Why: Node 20 has no module compile cache, and resolving + compiling a few hundred small ES modules
 * (ours, and pdf-lib's CommonJS files, each parsed twice: once for its exports, once to run) costs more
 * than a one-page command's work. One file per lazily loaded part (code splitting keeps every
 * `await import()` lazy) loads in a fraction of that.
 *
 * What is bundled: our code and the pure-JavaScript packages listed below, which read no files of their
 * own. Everything else stays an ordinary import from node_modules: native addons, packages that find
 * their data or worker scripts beside their own files (pdfjs-dist, tesseract.js, onnxruntime, fonts), and
 * the server's stack (loaded only by `serve` and `worker`).
 *
 * Our modules find files relative to themselves (worker scripts, package.json, docs): each bundled
 * `import.meta.url` is rewritten to the URL of the module's own file in dist/, which stays in place.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(fileURLToPath(import.meta.url), '..', '..');
const outdir = path.join(root, 'dist', 'cli-bundle');

/** Packages bundled into the CLI: pure JavaScript, no file lookups relative to themselves. */
const BUNDLED = new Set([
  'pdf-lib',
  '@pdf-lib/standard-fonts',
  '@pdf-lib/upng',
  'pako',
  'tslib',
  'commander',
  'fast-xml-parser',
  'fast-xml-builder',
  'strnum',
  'adm-zip',
  'tinyglobby',
  'fdir',
  'picomatch',
  'p-limit',
  'yocto-queue',
  'fflate',
  'js-yaml',
  'cosmiconfig',
]);

/**
 * Loaded by bundled packages only in cases a CLI run rarely meets, and fine where they are: cosmiconfig's
 * loaders for a TypeScript or JavaScript config file (import-fresh finds its caller by file name).
 */
const KEEP_EXTERNAL = new Set(['typescript', 'import-fresh']);

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

const plugin = {
  name: 'invoicectl-cli',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      // A package's own dependencies are bundled with it unless they are named here as external ones.
      if (BUNDLED.has(packageName(args.path)) || (args.importer.includes('node_modules') && !isTopLevelExternal(args.path))) return undefined;
      return { external: true };
    });
    b.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const source = lazyInflate(args.path, lazyChildProcess(args.path, lazyEncodings(args.path, await fs.readFile(args.path, 'utf8'))));
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const own = JSON.stringify(path.relative(outdir, args.path).split(path.sep).join('/'));
      return { contents: source.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/**
 * @pdf-lib/standard-fonts inflates and parses its three encodings (pako, JSON) when it loads: 17 ms of
 * every merge's start (CPU profile of a 200-invoice merge), though a plain merge draws no text. Built
 * here as getters that do it on first use (each encoding made once, so identity comparisons hold).
 * If the package's source changes shape the file is bundled as it is, with a warning.
 */
const EAGER_ENCODINGS = `var decompressedEncodings = decompressJson(AllEncodingsCompressed);
var allUnicodeMappings = JSON.parse(decompressedEncodings);`;
const EAGER_TABLE = `export var Encodings = {
    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),
    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),
    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),
};`;
const LAZY_TABLE = `var allUnicodeMappings;
var mappings = function () { return (allUnicodeMappings = allUnicodeMappings || JSON.parse(decompressJson(AllEncodingsCompressed))); };
export var Encodings = {};
[['Symbol', 'symbol'], ['ZapfDingbats', 'zapfdingbats'], ['WinAnsi', 'win1252']].forEach(function (e) {
    Object.defineProperty(Encodings, e[0], { enumerable: true, configurable: true, get: function () {
        var encoding = new Encoding(e[0], mappings()[e[1]]);
        Object.defineProperty(Encodings, e[0], { value: encoding, enumerable: true });
        return encoding;
    } });
});`;
function lazyEncodings(file, source) {
  if (!file.split(path.sep).join('/').endsWith('@pdf-lib/standard-fonts/es/Encoding.js')) return source;
  const text = source.replace(/\r\n/g, '\n');
  if (!text.includes(EAGER_ENCODINGS) || !text.includes(EAGER_TABLE)) {
    console.warn(`bundle-cli: ${file} changed; its encodings stay eager`);
    return source;
  }
  return text.replace(EAGER_ENCODINGS, '').replace(EAGER_TABLE, LAZY_TABLE);
}

/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables
 * (invoicectl has none): that loaded child_process, net, dgram and their stream plumbing, ~6 ms of CPU of
 * every command (`require('node:child_process')` timed alone). Here it is required on the first spawn.
 */
const EAGER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const LAZY_CHILD_PROCESS = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
function lazyChildProcess(file, source) {
  if (!file.split(path.sep).join('/').endsWith('node_modules/commander/lib/command.js')) return source;
  const uses = source.match(/childProcess\.\w+/g) ?? [];
  if (!source.includes(EAGER_CHILD_PROCESS) || uses.some((u) => u !== 'childProcess.spawn')) {
    console.warn(`bundle-cli: ${file} changed; child_process stays eager`);
    return source;
  }
  return source.replace(EAGER_CHILD_PROCESS, LAZY_CHILD_PROCESS);
}

/**
 * @pdf-lib/upng builds its inflate tables (a 32,768-entry bit reversal and the fixed Huffman codes) when
 * it loads, with pdf-lib's chunk: ~2 of a merge's start-up CPU-ms (the module imported alone, 8 fresh
 * processes each: 3.9-5.1 ms, 2.0-2.6 without), though only a PNG drawn into a PDF uses them. Built here
 * on the first read of `UPNG.inflateRaw`, which then holds the same function the package makes.
 */
const EAGER_INFLATE = 'UPNG.inflateRaw=function(){var H={};';
const EAGER_INFLATE_END = 'return H.H.N}()';
const LAZY_INFLATE_END = `return H.H.N};
Object.defineProperty(UPNG, 'inflateRaw', { configurable: true, enumerable: true, get: function () {
	var inflateRaw = makeInflateRaw();
	Object.defineProperty(UPNG, 'inflateRaw', { value: inflateRaw, writable: true, enumerable: true, configurable: true });
	return inflateRaw;
} });`;
function lazyInflate(file, source) {
  if (!file.split(path.sep).join('/').endsWith('node_modules/@pdf-lib/upng/UPNG.js')) return source;
  if (source.split(EAGER_INFLATE).length !== 2 || source.split(EAGER_INFLATE_END).length !== 2) {
    console.warn(`bundle-cli: ${file} changed; its inflate tables stay eager`);
    return source;
  }
  return source.replace(EAGER_INFLATE, 'var makeInflateRaw=function(){var H={};').replace(EAGER_INFLATE_END, LAZY_INFLATE_END);
}

/** A dependency of a bundled package that we keep external: one of ours not bundled, or named above. */
function isTopLevelExternal(spec) {
  const name = packageName(spec);
  return KEEP_EXTERNAL.has(name) || (!BUNDLED.has(name) && TOP_LEVEL.has(name));
}
const TOP_LEVEL = new Set(Object.keys(JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')).dependencies));

await fs.rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'dist', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The ES module build of a package where it has one (pdf-lib's): its unused parts are left out.
  mainFields: ['module', 'main'],
  // Bundled CommonJS packages call require() for Node's built-ins, which ES modules do not have.
  banner: { js: "import { createRequire as __invoicectlRequire } from 'node:module'; const require = __invoicectlRequire(import.meta.url);" },
  plugins: [plugin],
  sourcemap: 'linked',
  logLevel: 'warning',
});
