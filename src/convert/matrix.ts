/**
 * The conversion matrix: a registry of converters, the paths they make possible (chaining converters
 * when no single one does the job, e.g. md → docx (pandoc) → pdf (LibreOffice)), and one entry point
 * that runs a conversion with stable errors.
 *
 * OCR is not a format but an option: with `ocrEnabled` the path is routed through the OCR converter
 * (scan → searchable PDF), e.g. ofd → pdf → [OCR] pdf, or pdf → [OCR] pdf → txt. Without it the OCR
 * converter is never chosen.
 *
 * Later paths plug in with register() / registerConverter() and chain with no change here.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { baseNameOf, formatOfName, normalizeFormat } from './formats.js';
import { createImagesToPdfConverter } from './images-to-pdf.js';
import { createLibreOfficeConverter } from './libreoffice.js';
import { createPandocConverter } from './pandoc.js';
import { createPdfToImagesConverter } from './pdf-to-images.js';
import { createOcrConverter, ocrPart, withoutOcr, type OcrConverterOptions } from './ocr-pdf.js';
import { createOfdToPdfConverter } from './ofd-to-pdf.js';
import { createPdfToTextConverter } from './pdf-to-text.js';
import { createEInvoiceConverter } from './einvoice.js';
import { SofficePool, type SofficePoolOptions, type SofficeRunner } from './soffice-pool.js';
import type { ConvertContext, ConvertInput, ConvertOptions, ConvertOutput, Converter, EngineAvailability, EngineName } from './types.js';

export interface ConversionStep {
  converter: Converter;
  from: string;
  to: string;
}

/** A resolved conversion: the steps to run and the engine versions behind them (for cache keys). */
export interface ConversionPlan {
  from: string;
  to: string;
  steps: ConversionStep[];
  engines: { converter: string; engine: EngineName; version?: string }[];
}

export interface ConversionPath {
  from: string;
  to: string;
  /** Through the OCR converter: what `--ocr` does from this source. */
  ocr?: boolean;
  /** The converters in order; one step for a direct path. */
  steps: { converter: string; engine: EngineName; from: string; to: string }[];
  /** Every step's engine is installed. */
  available: boolean;
  /** Install hints for the missing engines. */
  hint?: string;
}

const IMAGE_FORMATS = new Set(['png', 'jpg', 'tiff']);

/** A path that reads text out of an image (through images → PDF, then text extraction) reads nothing without OCR. */
const needsOcr = (from: string, steps: readonly ConversionStep[]) => IMAGE_FORMATS.has(normalizeFormat(from)) && steps.some((s) => s.converter.extractsText);

const pairsOf = (c: Converter) => c.from.flatMap((from) => c.to.filter((to) => (c.supports ? c.supports(from, to) : from !== to)).map((to) => ({ from, to })));

export class ConversionRegistry {
  private readonly list: Converter[] = [];

  /** Adds a converter (a later one with the same id replaces the earlier); returns an unregister function. */
  register(converter: Converter): () => void {
    const i = this.list.findIndex((c) => c.id === converter.id);
    if (i >= 0) this.list.splice(i, 1, converter);
    else this.list.push(converter);
    return () => {
      const j = this.list.indexOf(converter);
      if (j >= 0) this.list.splice(j, 1);
    };
  }

  converters(): readonly Converter[] {
    return this.list;
  }

  /**
   * Shortest chain of converters from one format to another (breadth-first; among equally short
   * chains the earlier-registered converter wins). `usable` filters converters (e.g. installed ones).
   */
  findPath(from: string, to: string, usable: (c: Converter) => boolean = () => true): ConversionStep[] | undefined {
    const src = normalizeFormat(from);
    const dst = normalizeFormat(to);
    if (src === dst) return undefined;
    // OCR converters are reached only through ocrPath(): they make no format reachable that is not already.
    // Text extraction is a first or a last step only (see Converter.extractsText).
    const edges = this.list
      .filter((c) => !c.ocr && usable(c))
      .flatMap((converter) => pairsOf(converter).map((p) => ({ converter, ...p })))
      .filter((e) => !e.converter.extractsText || e.from === src || e.to === dst);
    const prev = new Map<string, ConversionStep>();
    const seen = new Set([src]);
    let frontier = [src];
    while (frontier.length > 0 && !seen.has(dst)) {
      const next: string[] = [];
      // Edges outermost: a tie between chains of one length goes to the earlier-registered converter.
      for (const e of edges) {
        if (!frontier.includes(e.from) || seen.has(e.to)) continue;
        seen.add(e.to);
        prev.set(e.to, e);
        next.push(e.to);
      }
      frontier = next;
    }
    if (!seen.has(dst)) return undefined;
    const steps: ConversionStep[] = [];
    for (let f = dst; f !== src; f = prev.get(f)!.from) steps.unshift(prev.get(f)!);
    return steps;
  }

  /**
   * The chain for an OCR conversion: to a format the OCR converter reads (the source itself, else PDF),
   * through OCR (→ searchable PDF), then on to the target if it is not PDF.
   */
  ocrPath(from: string, to: string, usable: (c: Converter) => boolean = () => true): ConversionStep[] | undefined {
    const src = normalizeFormat(from);
    const dst = normalizeFormat(to);
    const ocr = this.list.find((c) => c.ocr && usable(c));
    if (!ocr) return undefined;
    const reads = (f: string) => ocr.from.includes(f) && (!ocr.supports || ocr.supports(f, 'pdf'));
    const before = reads(src) ? [] : this.findPath(src, 'pdf', usable);
    if (!before) return undefined;
    const after = dst === 'pdf' ? [] : this.findPath('pdf', dst, usable);
    if (!after) return undefined;
    return [...before, { converter: ocr, from: before.length ? 'pdf' : src, to: 'pdf' }, ...after];
  }

  /** Every format `from` can become, directly or through a chain, sorted. */
  targetsOf(from: string): string[] {
    const src = normalizeFormat(from);
    const formats = new Set(this.list.flatMap((c) => [...c.from, ...c.to]));
    return [...formats].filter((f) => f !== src && this.findPath(src, f)).sort();
  }

  /** Every source format any converter reads, sorted. */
  sources(): string[] {
    return [...new Set(this.list.flatMap((c) => c.from))].sort();
  }

  /** Engine availability per converter, checked concurrently. */
  async availability(): Promise<Map<Converter, EngineAvailability>> {
    const entries = await Promise.all(this.list.map(async (c) => [c, await c.available().catch((e: unknown) => ({ ok: false, hint: String(e) }))] as const));
    return new Map(entries);
  }

  /** One line per converter for `health` endpoints: engine, installed or not, version, install hint. */
  async health(): Promise<{ id: string; engine: EngineName; ok: boolean; version?: string; hint?: string }[]> {
    const avail = await this.availability();
    return this.list.map((c) => ({ id: c.id, engine: c.engine, ...avail.get(c)! }));
  }

  /** Every source → target this registry can do, with the chain, engines and whether they are installed. */
  async listConversions(): Promise<ConversionPath[]> {
    const avail = await this.availability();
    const out: ConversionPath[] = [];
    for (const from of this.sources()) {
      for (const to of this.targetsOf(from)) {
        let steps = this.findPath(from, to)!;
        // Text out of an image is OCR's work: list the path as the one --ocr takes.
        const ocr = needsOcr(from, steps);
        if (ocr) steps = this.ocrPath(from, to) ?? steps;
        const missing = steps.map((s) => avail.get(s.converter)).filter((a) => a && !a.ok);
        out.push({
          from,
          to,
          ...(ocr ? { ocr: true } : {}),
          steps: steps.map((s) => ({ converter: s.converter.id, engine: s.converter.engine, from: s.from, to: s.to })),
          available: missing.length === 0,
          ...(missing.length ? { hint: [...new Set(missing.map((a) => a!.hint).filter(Boolean))].join('; ') } : {}),
        });
      }
    }
    // What --ocr adds: searchable PDFs from what the OCR converter reads directly.
    for (const ocr of this.list.filter((c) => c.ocr)) {
      const a = avail.get(ocr);
      for (const from of ocr.from) {
        out.push({ from, to: 'pdf', ocr: true, steps: [{ converter: ocr.id, engine: ocr.engine, from, to: 'pdf' }], available: a?.ok === true, ...(a?.ok ? {} : { hint: a?.hint }) });
      }
    }
    return out;
  }

  /** The error for a path that does not exist, naming what the input can become instead. */
  unsupported(from: string, to: string): InvoicectlError {
    const targets = this.targetsOf(from);
    const message = targets.length
      ? `cannot convert ${from} to ${to}; ${from} can become: ${targets.join(', ')}`
      : `cannot convert ${from || 'a file without an extension'} to anything; supported sources: ${this.sources().join(', ')}`;
    return new InvoicectlError('UNSUPPORTED_CONVERSION', message, { from, to, targets });
  }

  /**
   * Resolves a conversion: the shortest chain (through OCR when `options.ocrEnabled`), preferring chains
   * whose engines are installed. Fails with UNSUPPORTED_CONVERSION (naming what the source can become),
   * ENGINE_UNAVAILABLE (with the install hint) or INVALID_OPTION (OCR into a format that holds no text).
   */
  async plan(from: string, to: string, options: ConvertOptions = {}): Promise<ConversionPlan> {
    const src = normalizeFormat(from);
    const dst = normalizeFormat(to);
    const route = (usable?: (c: Converter) => boolean) => (options.ocrEnabled ? this.ocrPath(src, dst, usable) : this.findPath(src, dst, usable));
    const any = route();
    if (!any) {
      if (options.ocrEnabled && this.findPath(src, dst)) {
        throw new InvoicectlError('INVALID_OPTION', `OCR makes a searchable PDF; ${src} → ${dst} cannot carry its text layer (convert to pdf, or drop OCR)`, { option: 'ocrEnabled', from: src, to: dst });
      }
      throw this.unsupported(src, dst);
    }
    if (!options.ocrEnabled && needsOcr(src, any)) {
      throw new InvoicectlError('INVALID_OPTION', `a ${src} image has no text to read without OCR; enable OCR (--ocr, ocrEnabled) to convert it to ${dst}`, { option: 'ocrEnabled', from: src, to: dst });
    }
    if (options.ocrEnabled && IMAGE_FORMATS.has(dst)) {
      throw new InvoicectlError('INVALID_OPTION', `OCR adds an invisible text layer, which ${dst} images cannot hold; convert to pdf instead`, { option: 'ocrEnabled', to: dst });
    }
    const avail = await this.availability();
    const steps = route((c) => avail.get(c)?.ok === true);
    if (!steps) {
      const missing = any.map((s) => ({ s, a: avail.get(s.converter) })).filter(({ a }) => !a?.ok);
      const hint = [...new Set(missing.map(({ a }) => a?.hint).filter(Boolean))].join('; ');
      throw new InvoicectlError('ENGINE_UNAVAILABLE', `converting ${src} to ${dst} needs ${missing.map(({ s }) => s.converter.engine).join(', ')}, which is not installed${hint ? `: ${hint}` : ''}`, { from: src, to: dst, engines: missing.map(({ s }) => s.converter.engine), hint });
    }
    return { from: src, to: dst, steps, engines: steps.map((s) => ({ converter: s.converter.id, engine: s.converter.engine, version: avail.get(s.converter)?.version })) };
  }

  /**
   * Runs a plan. Options apply to the last step (the one that produces what was asked for), except the
   * OCR options, which go to the OCR step; other intermediate steps run with defaults.
   */
  async run(plan: ConversionPlan, input: ConvertInput, options: ConvertOptions = {}, ctx: ConvertContext = {}): Promise<ConvertOutput[]> {
    const { steps } = plan;
    if (steps.length === 0) throw new InvoicectlError('INTERNAL_ERROR', 'empty conversion path');
    const base = baseNameOf(input.name);
    // Converters read the source format from the name, so it must carry the format's extension.
    let current: ConvertInput = { bytes: input.bytes, name: `${base}.${plan.from}` };
    for (let i = 0; ; i++) {
      throwIfAborted(ctx.signal);
      const { converter, to } = steps[i];
      const last = i === steps.length - 1;
      const ocr = converter.ocr === true;
      const stepOptions = last ? (ocr ? options : withoutOcr(options)) : ocr ? ocrPart(options) : {};
      const run = (stepCtx: ConvertContext) => converter.convert(current, to, stepOptions, stepCtx);
      // An engine that enforces the limit itself starts it when it takes the job: waiting for a
      // LibreOffice instance or a process slot is not the step's time.
      const outputs = converter.enforcesTimeout ? await run(ctx) : await withTimeout(ctx.timeoutMs, ctx.signal, (timed) => run({ ...ctx, ...timed }));
      if (last) return outputs;
      // The first output is the document; side files (extracted media) do not travel along a chain.
      current = { bytes: outputs[0].bytes, name: `${base}.${to}` };
    }
  }

  /**
   * Converts `input` to `to`, chaining converters as needed (plan, then run). The source format is
   * `from`, else the input name's extension.
   */
  async convert(input: ConvertInput, to: string, options: ConvertOptions = {}, ctx: ConvertContext & { from?: string } = {}): Promise<ConvertOutput[]> {
    const plan = await this.plan(ctx.from ?? formatOfName(input.name), to, options);
    return this.run(plan, input, options, ctx);
  }

  /** Disposes every converter that holds resources (the LibreOffice pool). */
  async dispose(): Promise<void> {
    await Promise.all(this.list.map((c) => c.dispose?.()));
  }
}

export interface DefaultRegistryOptions {
  /** The pool to use (a SofficePool, or one in another thread), or the options of a new one. */
  libreoffice?: SofficeRunner | SofficePoolOptions;
  pandoc?: { pandoc?: string };
  ocr?: OcrConverterOptions;
}

/** A registry with every built-in converter. Native ones first: they win ties over external engines. */
export function createDefaultRegistry(options: DefaultRegistryOptions = {}): ConversionRegistry {
  const r = new ConversionRegistry();
  r.register(createImagesToPdfConverter());
  r.register(createPdfToImagesConverter());
  r.register(createOfdToPdfConverter());
  // Marked here rather than in pdf-to-text.ts, which knows nothing of chains.
  r.register({ ...createPdfToTextConverter(), extractsText: true });
  r.register(createPandocConverter(options.pandoc));
  r.register(createLibreOfficeConverter(options.libreoffice ?? {}));
  r.register(createOcrConverter(options.ocr));
  r.register(createEInvoiceConverter());
  return r;
}

/**
 * The registry the config's `convert` section asks for (LibreOffice instances, the per-input time
 * limit the pool enforces, OCR workers and engine); `ocrEngine` overrides the config's engine.
 */
export interface ConvertEngineSettings {
  sofficeInstances: number;
  timeoutSeconds: number;
  ocrWorkers: number;
  ocrEngine: NonNullable<OcrConverterOptions['engine']>;
}

export function registryFromConfig(c: ConvertEngineSettings, engines: { soffice?: SofficeRunner; paddle?: OcrConverterOptions['paddle'] } = {}): ConversionRegistry {
  return createDefaultRegistry({ libreoffice: engines.soffice ?? sofficePoolFromConfig(c), ocr: { workers: Math.max(1, c.ocrWorkers), engine: c.ocrEngine, paddle: engines.paddle } });
}

/** The LibreOffice pool the config's `convert` section asks for: its instances and per-input time limit. */
export function sofficePoolFromConfig(c: Pick<ConvertEngineSettings, 'sofficeInstances' | 'timeoutSeconds'>): SofficePool {
  return new SofficePool({ size: Math.max(1, c.sofficeInstances), timeoutMs: c.timeoutSeconds * 1000 });
}

// The process-wide registry the CLI and server share (the LibreOffice pool inside starts on first use).
let shared: ConversionRegistry | undefined;

export function getDefaultRegistry(): ConversionRegistry {
  shared ??= createDefaultRegistry();
  return shared;
}

/** Registers a converter on the shared registry (the hook for OFD → PDF, PDF → txt/md/json, ...). */
export function registerConverter(converter: Converter): () => void {
  return getDefaultRegistry().register(converter);
}

export function listConversions(): Promise<ConversionPath[]> {
  return getDefaultRegistry().listConversions();
}

export function findPath(from: string, to: string): ConversionStep[] | undefined {
  return getDefaultRegistry().findPath(from, to);
}

/** Converts with the shared registry; see ConversionRegistry.convert. */
export function convertDocument(input: ConvertInput, to: string, options?: ConvertOptions, ctx?: ConvertContext & { from?: string }): Promise<ConvertOutput[]> {
  return getDefaultRegistry().convert(input, to, options, ctx);
}

/** Stops the shared registry's engine processes (call on shutdown; a new registry is made on next use). */
export async function disposeConverters(): Promise<void> {
  const r = shared;
  shared = undefined;
  await r?.dispose();
}

/**
 * Runs an in-process step with the conversion's time limit: the signal it gets fires at the limit
 * (engines and page loops stop), and the caller gets ENGINE_TIMEOUT then, even if the work only notices later.
 * The limit stands still while the step waits in an engine's queue (`queued`): OCR threads that other
 * conversions share take pages in turn, and a busy server is not the step's slowness.
 */
async function withTimeout<T>(timeoutMs: number | undefined, signal: AbortSignal | undefined, work: (timed: Pick<ConvertContext, 'signal' | 'queued'>) => Promise<T>): Promise<T> {
  if (!timeoutMs) return work({ signal });
  const timer = new AbortController();
  const timedOut = () => new InvoicectlError('ENGINE_TIMEOUT', `the conversion did not finish within ${timeoutMs} ms`, { timeoutMs });
  let fail: (err: Error) => void = () => {};
  const limit = new Promise<never>((_, reject) => { fail = reject; });
  let left = timeoutMs;
  let since = 0;
  let handle: NodeJS.Timeout | undefined;
  const resume = () => {
    since = performance.now();
    handle = setTimeout(() => {
      timer.abort();
      fail(timedOut());
    }, left);
  };
  const pause = () => {
    clearTimeout(handle);
    left -= performance.now() - since;
  };
  let waiting = 0;
  const queued = () => {
    if (waiting++ === 0) pause();
    let taken = false;
    return () => {
      if (taken) return;
      taken = true;
      if (--waiting === 0 && !timer.signal.aborted) resume();
    };
  };
  resume();
  const running = work({ signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal, queued });
  running.catch(() => {}); // after a timeout its own failure (ABORTED) is of no interest
  try {
    return await Promise.race([running, limit]);
  } catch (err) {
    if (timer.signal.aborted && !signal?.aborted) throw timedOut();
    throw err;
  } finally {
    clearTimeout(handle);
  }
}
