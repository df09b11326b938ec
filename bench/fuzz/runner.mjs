/**
 * Runs hostile inputs through the built CLI (bin/invoicectl.js) as child processes, the way a user
 * would, each bad input in a batch with a good invoice, and records what must never happen:
 *   crash        a signal death, an exit code the README does not document, or no summary on stdout
 *   undocumented a per-file error whose code is INTERNAL_ERROR or not in src/core/errors.ts
 *   hang         still running at the hard bound (killed with its process group)
 *   lost         the good invoice of the batch did not come out
 *   temp         a file left in the run's private TMPDIR, or a `.*.tmp` beside the output
 *   interrupt    (some runs get SIGINT mid-way) not stopped within INTERRUPT_GRACE_MS of the first SIGINT
 *   memory       a run whose peak resident memory (its largest process) passed `maxPeakMb`
 * and each run's peak memory (GNU time's maximum resident set size). A batch with a finding is run
 * again one input at a time, so each finding names the input that caused it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFArray, PDFDocument } from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/invoicectl.js');
const GOOD_PDF = path.join(ROOT, 'fixtures/western/invoice-en-usd.pdf');
const GOOD_PNG = path.join(ROOT, 'fixtures/invoices/receipts/taxi.png');
/** Text of GOOD_PDF that must come out of merge. */
const GOOD_TEXT = 'INV-2024-0042';
const INTERRUPT_GRACE_MS = 10_000;
/** Exit codes the README documents, per command (130 only after our SIGINT). */
const EXIT_CODES = { extract: [0, 1, 3], merge: [0, 1], convert: [0, 1] };

const { ERROR_CODES } = await import(path.join(ROOT, 'dist/core/errors.js'));
const DOCUMENTED = new Set(ERROR_CODES.filter((c) => c !== 'INTERNAL_ERROR'));

/**
 * How each command is run over a batch: the arguments, the good file it gets, and how to read each
 * input's outcome ({ file, ok, code }) from its JSON on stdout.
 */
const COMMANDS = {
  extract: {
    group: () => 'all',
    good: () => GOOD_PDF,
    // No OCR: decoding the image is what is under test, and recognising text would cost seconds per image.
    args: (files) => ['extract', ...files, '--format', 'json', '--no-ocr', '--no-cache'],
    outcomes: (json) => json.map((r) => ({ file: r.file, ok: r.status !== 'failed', code: r.error?.code })),
  },
  merge: {
    group: () => 'all',
    good: () => GOOD_PDF,
    args: (files, out) => ['merge', ...files, '-o', path.join(out, 'merged.pdf'), '--json', '--no-cache'],
    outcomes: (json) => json.documents.map((d) => ({ file: d.file, ok: d.status !== 'failed', code: d.error?.code })),
    // Placed is not enough: the good invoice's text must be in the output, and the sheets' own layout
    // must be sound (a zero-size neighbour once wrote NaN into the sheet they share). A damaged input's
    // own content is copied as it is, so its errors are not counted.
    verify: async (out) => {
      const file = path.join(out, 'merged.pdf');
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      if (!text.stdout.includes(GOOD_TEXT)) return `the good invoice's text is not in the merged PDF: ${text.stderr.slice(0, 200)}`;
      const doc = await PDFDocument.load(fs.readFileSync(file));
      for (const [i, page] of doc.getPages().entries()) {
        const contents = page.node.Contents(); // none on a blank sheet
        const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : contents ? [contents] : [];
        const layout = streams.map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
        if (/NaN|Infinity/.test(layout)) return `sheet ${i + 1} has NaN or Infinity in its layout`;
      }
      return null;
    },
  },
  convert: {
    // PDFs are rendered (pdf.js and the canvas are under test), everything else becomes a PDF.
    group: (kind) => (kind === 'pdf' ? 'pdf' : 'other'),
    good: (kind) => (kind === 'pdf' ? GOOD_PDF : GOOD_PNG),
    args: (files, out, kind) => ['convert', ...files, ...(kind === 'pdf' ? ['--to', 'png', '--dpi', '24'] : ['--to', 'pdf']), '--timeout', '20', '-o', `${out}/`, '--json', '--no-cache'],
    outcomes: (json) => json.files.map((f) => ({ file: f.file, ok: f.status !== 'failed', code: f.error?.code })),
  },
};

function runProcess(args, { cwd, tmpdir, boundMs, interruptAfterMs }) {
  const timeFile = path.join(cwd, 'time.txt');
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '@@ %M', '-o', timeFile, process.execPath, BIN, ...args], {
      cwd,
      detached: true, // its own process group: the hard bound kills node and anything it started
      env: { ...process.env, TMPDIR: tmpdir, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    let hung = false;
    let interruptedAt;
    const kill = setTimeout(() => {
      hung = true;
      process.kill(-child.pid, 'SIGKILL');
    }, boundMs);
    const interrupt =
      interruptAfterMs !== undefined &&
      setTimeout(() => {
        interruptedAt = Date.now();
        process.kill(-child.pid, 'SIGINT'); // GNU time ignores it; node gets it, as from a terminal's Ctrl-C
      }, interruptAfterMs);
    child.on('close', (code) => {
      clearTimeout(kill);
      if (interrupt) clearTimeout(interrupt);
      const time = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
      const signal = Number(/terminated by signal (\d+)/.exec(time)?.[1]) || undefined;
      const peakKb = Number(/@@ (\d+)/.exec(time)?.[1]) || 0;
      resolve({ code, signal, hung, peakKb, stdout, stderr, stoppedAfterMs: interruptedAt && Date.now() - interruptedAt });
    });
  });
}

/** Files left behind: anything in the private TMPDIR, and `.*.tmp` files anywhere in the run's folder. */
function leftovers(dir, tmpdir) {
  const inTmp = fs.readdirSync(tmpdir, { recursive: true }).map((f) => path.join('TMPDIR', String(f)));
  const hidden = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /^\..*\.tmp$/.test(path.basename(f)));
  return [...inTmp, ...hidden];
}

/** Runs one command over `inputs` (plus the good file) and returns its findings and peak memory. */
async function runBatch(command, inputs, { workDir, boundMs, interruptAfterMs, id, maxPeakMb = 1024 }) {
  const spec = COMMANDS[command];
  const dir = path.join(workDir, id);
  const [inDir, outDir, tmpdir] = ['in', 'out', 'tmp'].map((d) => path.join(dir, d));
  for (const d of [inDir, outDir, tmpdir]) fs.mkdirSync(d, { recursive: true });
  const files = inputs.map((input) => {
    const file = path.join(inDir, input.name);
    fs.writeFileSync(file, input.bytes);
    return file;
  });
  const good = path.join(inDir, `good-invoice${path.extname(spec.good(inputs[0].kind))}`);
  fs.copyFileSync(spec.good(inputs[0].kind), good);
  const run = await runProcess(spec.args([...files, good], outDir, inputs[0].kind), { cwd: dir, tmpdir, boundMs, interruptAfterMs });
  const findings = [];
  const add = (kind, detail) => findings.push({ command, kind, inputs: inputs.map((i) => `${i.name} (${i.how})`), detail });
  const interrupted = interruptAfterMs !== undefined && run.stoppedAfterMs !== undefined;
  if (run.hung) add(interrupted ? 'interrupt' : 'hang', interrupted ? `still running ${boundMs - interruptAfterMs} ms after SIGINT` : `killed after ${boundMs} ms`);
  else if (interrupted) {
    // The first Ctrl-C must stop it, promptly; a SIGINT before node installed its handler ends it by the signal.
    if (run.stoppedAfterMs > INTERRUPT_GRACE_MS) add('interrupt', `stopped ${run.stoppedAfterMs} ms after SIGINT`);
    if (run.signal && run.signal !== 2) add('crash', `signal ${run.signal} after SIGINT`);
    if (!run.signal && ![...EXIT_CODES[command], 130].includes(run.code)) add('crash', `exit ${run.code} after SIGINT: ${run.stderr.slice(-300)}`);
  } else if (run.signal) add('crash', `signal ${run.signal}: ${run.stderr.slice(-300)}`);
  else if (!EXIT_CODES[command].includes(run.code)) add('crash', `exit ${run.code}: ${run.stderr.slice(-300)}`);
  else {
    let outcomes;
    try {
      outcomes = spec.outcomes(JSON.parse(run.stdout));
    } catch {
      add('crash', `no readable summary on stdout (exit ${run.code})`);
    }
    for (const o of outcomes ?? []) {
      if (o.code && !DOCUMENTED.has(o.code)) add('undocumented', `${path.basename(o.file)}: ${o.code}`);
    }
    if (outcomes && !outcomes.some((o) => o.file === good && o.ok)) add('lost', 'the good invoice did not come out');
    else if (outcomes && spec.verify) {
      const problem = await spec.verify(outDir).catch((err) => `the merged PDF cannot be read: ${err.message}`);
      if (problem) add('lost', problem);
    }
  }
  if (run.peakKb > maxPeakMb * 1024) add('memory', `peak ${(run.peakKb / 1024).toFixed(0)} MB, over ${maxPeakMb} MB`);
  const left = leftovers(dir, tmpdir);
  if (left.length) add('temp', left.join(', '));
  const codes = [];
  if (!run.hung && !interrupted) {
    try {
      for (const o of spec.outcomes(JSON.parse(run.stdout))) if (o.file !== good) codes.push(o.code ?? 'OK');
    } catch {
      // reported above
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { findings, peakKb: run.peakKb, codes, interrupted };
}

async function pool(jobs, parallel) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

/**
 * Every input through every command, `batchSize` bad inputs and one good file per run.
 * `interruptEvery`: every n-th batch gets SIGINT after a seeded delay (0 = never).
 */
export async function runFuzz(inputs, { commands = Object.keys(COMMANDS), batchSize = 8, parallel = 2, boundMs = 120_000, interruptEvery = 0, maxPeakMb = 1024, workDir, onBatch } = {}) {
  fs.mkdirSync(workDir, { recursive: true });
  /** Batches for one command: convert's target depends on the input kind, so it gets PDFs and the rest apart. */
  const batchesFor = (command) => {
    const groups = new Map();
    for (const input of inputs) {
      const key = COMMANDS[command].group(input.kind);
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    const out = [];
    for (const group of groups.values()) for (let i = 0; i < group.length; i += batchSize) out.push(group.slice(i, i + batchSize));
    return out;
  };
  const stats = Object.fromEntries(commands.map((c) => [c, { inputs: 0, runs: 0, crash: 0, undocumented: 0, hang: 0, lost: 0, temp: 0, memory: 0, interrupt: 0, interruptRuns: 0, peakKb: 0, codes: {} }]));
  const findings = [];
  const jobs = [];
  let n = 0;
  for (const command of commands) {
    for (const batch of batchesFor(command)) {
      const id = `${command}-${n++}`;
      const interruptAfterMs = interruptEvery && n % interruptEvery === 0 ? 500 + ((n * 7919) % 2500) : undefined;
      jobs.push(async () => {
        const s = stats[command];
        const result = await runBatch(command, batch, { workDir, boundMs, interruptAfterMs, id, maxPeakMb });
        s.inputs += batch.length;
        s.runs += 1;
        if (result.interrupted) s.interruptRuns += 1;
        s.peakKb = Math.max(s.peakKb, result.peakKb);
        for (const code of result.codes) s.codes[code] = (s.codes[code] ?? 0) + 1;
        let found = result.findings;
        // Name the input behind a finding: the batch again, one input at a time (without SIGINT).
        if (found.length && batch.length > 1 && !result.interrupted) {
          found = [];
          for (const [i, input] of batch.entries()) {
            const single = await runBatch(command, [input], { workDir, boundMs, id: `${id}-${i}`, maxPeakMb });
            s.runs += 1;
            s.peakKb = Math.max(s.peakKb, single.peakKb);
            found.push(...single.findings);
          }
          if (!found.length) found = result.findings; // only the batch shows it: report the batch
        }
        for (const f of found) s[f.kind] += 1;
        findings.push(...found);
        onBatch?.({ command, id, findings: found, stats });
      });
    }
  }
  await pool(jobs, parallel);
  return { stats, findings };
}

export function summaryTable(stats) {
  const cols = ['inputs', 'runs', 'crash', 'hang', 'lost', 'temp', 'undocumented', 'memory', 'interrupt', 'interruptRuns', 'peak MB'];
  const rows = Object.entries(stats).map(([command, s]) => [command, ...cols.map((c) => (c === 'peak MB' ? (s.peakKb / 1024).toFixed(0) : String(s[c])))]);
  const all = [['command', ...cols], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((v, i) => v.padStart(widths[i])).join('  ')).join('\n');
}
