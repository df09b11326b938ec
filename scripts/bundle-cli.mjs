/**
 * Bundles the CLI (dist/cli/main.js, the tsc output) for bin/invoicectl.js, twice:
 *
 * - dist/cli-bundle/main.js and its chunks, ES modules, one file per lazily loaded part (code splitting
 *   keeps every `await import()` lazy): every command but `extract` runs it. Node 20 has no module compile
 *   cache, and resolving + compiling a few hundred small ES modules (ours, and pdf-lib's CommonJS files,
 *   each parsed twice: once for its exports, once to run) cost more than a one-page command's work.
 * - dist/cli-bundle/extract.cjs, one CommonJS file of the program with the `extract` command only
 *   (dist/cli/extract-main.js), which `extract` runs through V8's code cache
 *   (src/cli/code-cache.ts): a one-invoice extract spent about a third of its instructions parsing and
 *   compiling its code. A `vm.Script` takes a code cache, an ES module does not without an experimental
 *   flag, and esbuild splits code only into ES modules; modules imported lazily stay lazy, wrapped by
 *   esbuild in functions that run on first use. The other commands keep the split modules: loading the
 *   whole file and its cache cost a one-invoice merge more than the cache saved it (bench/extract/README.md,
 *   "A code cache for extract").
 *
 * The CommonJS file is ASCII: it is read as Latin-1, a copy; read as UTF-8 with a few thousand non-ASCII
 * characters (the parsers' labels: 金额, €, −) it became a two-byte string, ~50 M instructions of decoding
 * for its ~2 MB (callgrind). esbuild escapes strings and identifiers; regular expressions and `String.raw`
 * templates are escaped here (`forCommonJs`), and whitespace and comments are left out (licences go to
 * extract.cjs.LEGAL.txt).
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
import { createHash } from 'node:crypto';
import { parse } from '@babel/parser';
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

/**
 * The plugin of both builds. `cjs`: the CommonJS file for the code cache, whose modules have no
 * import.meta (code that asks whether `import.meta.resolve` is a function takes its own fallback), whose
 * import() of packages goes through the loader's function, and whose patterns are ASCII.
 */
const plugin = (cjs) => ({
  name: 'invoicectl-cli',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (isExternal(args.path, args.importer) ? { external: true } : undefined));
    b.onLoad({ filter: /\.m?js$/ }, async (args) => {
      let source = lazyInflate(args.path, lazyChildProcess(args.path, lazyEncodings(args.path, await fs.readFile(args.path, 'utf8'))));
      if (cjs) source = forCommonJs(args.path, source.replaceAll('import.meta.resolve', 'undefined'));
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const own = JSON.stringify(path.relative(outdir, args.path).split(path.sep).join('/'));
      return { contents: source.replaceAll('import.meta.url', `new URL(${own}, ${cjs ? '__invoicectlBundleUrl' : 'import.meta.url'}).href`), loader: 'js' };
    });
  },
});

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

/** A bare specifier left to Node: a built-in, or a package not bundled (a bundled package's own dependencies are bundled with it unless named here). */
function isExternal(spec, importer) {
  if (spec.startsWith('node:')) return true;
  return !(BUNDLED.has(packageName(spec)) || (importer.includes('node_modules') && !isTopLevelExternal(spec)));
}

/** A dependency of a bundled package that we keep external: one of ours not bundled, or named above. */
function isTopLevelExternal(spec) {
  const name = packageName(spec);
  return KEEP_EXTERNAL.has(name) || (!BUNDLED.has(name) && TOP_LEVEL.has(name));
}
const TOP_LEVEL = new Set(Object.keys(JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')).dependencies));

/**
 * A module's source as the CommonJS file needs it, from one parse:
 *
 * - `import("pkg")` of a package left external (or of a computed URL) becomes `__invoicectlImport("pkg")`:
 *   the loader passes that function in (src/cli/code-cache.ts), an import() of its own ES module. A script
 *   compiled by `vm.Script` has no import() of its own once its code comes from a code cache (Node 20 loses
 *   the script's dynamic import callback: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and the callback that
 *   would give it one prints an experimental-feature warning.
 * - Its patterns in ASCII: the non-ASCII characters of regular expression literals become \\u escapes
 *   (the same pattern, with any flags), and a `String.raw` template that holds some becomes the call
 *   `String.raw({ raw: [...] }, ...)` with the raw parts as ASCII string literals (the same value). esbuild
 *   escapes strings and identifiers itself and leaves out comments; what is left outside ASCII fails the
 *   build (`assertAscii`).
 */
function forCommonJs(file, code) {
  const imports = code.includes('import(');
  if (!imports && isAscii(code)) return code;
  const edits = [];
  const text = (node) => code.slice(node.start, node.end);
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node) visit(n); return; }
    if (typeof node.type !== 'string') return;
    if (node.type === 'CallExpression' && node.callee.type === 'Import') {
      // A computed specifier (cosmiconfig's import() of a config file's URL) is never bundled either.
      const spec = node.arguments[0];
      if (spec?.type !== 'StringLiteral' || (!spec.value.startsWith('.') && isExternal(spec.value, file))) edits.push({ node: node.callee, text: '__invoicectlImport' });
    } else if (node.type === 'RegExpLiteral' && !isAscii(text(node))) {
      edits.push({ node, text: escapeNonAscii(text(node)) });
      return;
    } else if (node.type === 'TaggedTemplateExpression' && node.quasi.quasis.some((q) => !isAscii(q.value.raw))) {
      const tag = text(node.tag);
      if (tag !== 'String.raw') throw new Error(`bundle-cli: a ${tag}\`...\` template holds non-ASCII characters at ${node.start}`);
      // Its substitutions are copied as they are: none may need an edit of its own.
      if (node.quasi.expressions.some((e) => !isAscii(text(e)) || text(e).includes('import('))) throw new Error(`bundle-cli: a String.raw substitution to rewrite at ${node.start}`);
      const raw = node.quasi.quasis.map((q) => escapeNonAscii(JSON.stringify(q.value.raw))).join(',');
      const subs = node.quasi.expressions.map((e) => `,(${text(e)})`).join('');
      edits.push({ node, text: `String.raw({raw:[${raw}]}${subs})` });
      return;
    }
    for (const key of Object.keys(node)) if (key !== 'loc' && key !== 'extra') visit(node[key]);
  };
  visit(parse(code, { sourceType: 'unambiguous', allowReturnOutsideFunction: true }).program);
  edits.sort((x, y) => y.node.start - x.node.start);
  for (const e of edits) code = code.slice(0, e.node.start) + e.text + code.slice(e.node.end);
  return code;
}
function assertAscii(file, code) {
  const left = code.search(/[^\x00-\x7f]/);
  if (left >= 0) throw new Error(`bundle-cli: a non-ASCII character is left in ${file}: ...${code.slice(Math.max(0, left - 60), left + 20)}...`);
}
const isAscii = (s) => !/[^\x00-\x7f]/.test(s);
const escapeNonAscii = (s) => s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

await fs.rm(outdir, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild writes a pattern with `\p{…}` as `new RegExp("…")` for every Node target. Node 20 has them,
  // and a literal inside a function is parsed and compiled once, where `new RegExp` runs V8's cache
  // look-up at each call and parses and compiles the pattern again once a full GC has cleared that cache.
  supported: { 'regexp-unicode-property-escapes': true },
  // The ES module build of a package where it has one (pdf-lib's): its unused parts are left out.
  mainFields: ['module', 'main'],
  sourcemap: 'linked',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { main: path.join(root, 'dist', 'cli', 'main.js') },
  outdir,
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages call require() for Node's built-ins, which ES modules do not have.
  banner: { js: "import { createRequire as __invoicectlRequire } from 'node:module'; const require = __invoicectlRequire(import.meta.url);" },
  plugins: [plugin(false)],
});
/**
 * pdf-lib, with what it brings (its fonts, PNG and zlib code: ~0.6 MB), in a file of its own beside
 * extract.cjs, which requires it where a module of the few extract paths that use it loads (an OFD drawn
 * as a PDF, a PDF only pdf-lib's parser opens): extract.cjs is read and copied whole at every start, and
 * nearly every run never uses pdf-lib (bench/extract/README.md, "The extract bundle without the other
 * commands").
 */
await build({
  ...common,
  stdin: { contents: "export * from 'pdf-lib';", resolveDir: root, sourcefile: 'pdf-lib.js' },
  outfile: path.join(outdir, 'pdf-lib.cjs'),
  format: 'cjs',
  minifyWhitespace: true,
  legalComments: 'external',
  plugins: [plugin(true)],
});
const pdfLibApart = {
  name: 'invoicectl-pdf-lib-apart',
  setup(b) {
    b.onResolve({ filter: /^pdf-lib$/ }, () => ({ path: './pdf-lib.cjs', external: true }));
  },
};
const extract = await build({
  ...common,
  entryPoints: [path.join(root, 'dist', 'cli', 'extract-main.js')],
  outfile: path.join(outdir, 'extract.cjs'),
  format: 'cjs',
  // Every part of the bundle is an ES module today, strict as ES modules are; a CommonJS file is not.
  banner: { js: `"use strict";const __invoicectlBundleUrl=require("node:url").pathToFileURL(__filename).href;` },
  charset: 'ascii',
  minifyWhitespace: true,
  legalComments: 'external',
  plugins: [pdfLibApart, plugin(true)],
  write: false,
});
for (const out of extract.outputFiles) {
  let text = out.text;
  if (out.path.endsWith('.cjs')) {
    assertAscii(out.path, text);
    // The code cache is valid for these bytes only: its file is named by their hash (src/cli/code-cache.ts).
    text += `\n//# bundle=${createHash('sha256').update(text).digest('hex').slice(0, 16)}\n`;
  }
  await fs.writeFile(out.path, text);
}
