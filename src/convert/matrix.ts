/**
 * The conversion matrix: a registry of converters, the paths they make possible (chaining converters
 * when no single one does the job, e.g. md → docx (pandoc) → pdf (LibreOffice)), and one entry point
 * that runs a conversion with stable errors.
 *
 * Later paths plug in with registerConverter(): OFD → PDF (`ofdToPdf` in src/ofd) and
 * PDF → txt/md/json are meant to be registered by their owners, e.g.
 *
 *   registerConverter({ id: 'ofd-to-pdf', engine: 'native', from: ['ofd'], to: ['pdf'],
 *     available: async () => ({ ok: true }),
 *     convert: async (input) => [{ name: ..., bytes: await ofdToPdf(input.bytes), mime: 'application/pdf' }] });
 *
 * and then ofd → png works through the chain with no change here.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { baseNameOf, formatOfName, normalizeFormat } from './formats.js';
import { createImagesToPdfConverter } from './images-to-pdf.js';
import { createLibreOfficeConverter } from './libreoffice.js';
import { createPandocConverter } from './pandoc.js';
import { createPdfToImagesConverter } from './pdf-to-images.js';
import type { SofficePoolOptions } from './soffice-pool.js';
import type { ConvertContext, ConvertInput, ConvertOptions, ConvertOutput, Converter, EngineAvailability, EngineName } from './types.js';

export interface ConversionStep {
  converter: Converter;
  from: string;
  to: string;
}

export interface ConversionPath {
  from: string;
  to: string;
  /** The converters in order; one step for a direct path. */
  steps: { converter: string; engine: EngineName; from: string; to: string }[];
  /** Every step's engine is installed. */
  available: boolean;
  /** Install hints for the missing engines. */
  hint?: string;
}

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
    const edges = this.list.filter(usable).flatMap((converter) => pairsOf(converter).map((p) => ({ converter, ...p })));
    const prev = new Map<string, ConversionStep>();
    const seen = new Set([src]);
    let frontier = [src];
    while (frontier.length > 0 && !seen.has(dst)) {
      const next: string[] = [];
      for (const format of frontier) {
        for (const e of edges) {
          if (e.from !== format || seen.has(e.to)) continue;
          seen.add(e.to);
          prev.set(e.to, e);
          next.push(e.to);
        }
      }
      frontier = next;
    }
    if (!seen.has(dst)) return undefined;
    const steps: ConversionStep[] = [];
    for (let f = dst; f !== src; f = prev.get(f)!.from) steps.unshift(prev.get(f)!);
    return steps;
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
        const steps = this.findPath(from, to)!;
        const missing = steps.map((s) => avail.get(s.converter)).filter((a) => a && !a.ok);
        out.push({
          from,
          to,
          steps: steps.map((s) => ({ converter: s.converter.id, engine: s.converter.engine, from: s.from, to: s.to })),
          available: missing.length === 0,
          ...(missing.length ? { hint: [...new Set(missing.map((a) => a!.hint).filter(Boolean))].join('; ') } : {}),
        });
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
   * Converts `input` to `to`, chaining converters as needed. The source format is `from`, else the
   * input name's extension. Options apply to the last step (the one that produces what was asked for);
   * intermediate steps run with defaults. Prefers chains whose engines are installed; when only chains
   * through a missing engine exist, fails with ENGINE_UNAVAILABLE and its install hint.
   */
  async convert(input: ConvertInput, to: string, options: ConvertOptions = {}, ctx: ConvertContext & { from?: string } = {}): Promise<ConvertOutput[]> {
    const from = normalizeFormat(ctx.from ?? formatOfName(input.name));
    const target = normalizeFormat(to);
    const any = this.findPath(from, target);
    if (!any) throw this.unsupported(from, target);
    const avail = await this.availability();
    const steps = this.findPath(from, target, (c) => avail.get(c)?.ok === true);
    if (!steps) {
      const missing = any.map((s) => ({ s, a: avail.get(s.converter) })).filter(({ a }) => !a?.ok);
      const hint = [...new Set(missing.map(({ a }) => a?.hint).filter(Boolean))].join('; ');
      throw new InvoicectlError('ENGINE_UNAVAILABLE', `converting ${from} to ${target} needs ${missing.map(({ s }) => s.converter.engine).join(', ')}, which is not installed${hint ? `: ${hint}` : ''}`, { from, to: target, engines: missing.map(({ s }) => s.converter.engine), hint });
    }
    const base = baseNameOf(input.name);
    // Converters read the source format from the name, so it must carry the format's extension.
    let current: ConvertInput = { bytes: input.bytes, name: `${base}.${from}` };
    for (let i = 0; i < steps.length; i++) {
      throwIfAborted(ctx.signal);
      const last = i === steps.length - 1;
      const outputs = await steps[i].converter.convert(current, steps[i].to, last ? options : {}, { signal: ctx.signal, timeoutMs: ctx.timeoutMs });
      if (last) return outputs;
      // The first output is the document; side files (extracted media) do not travel along a chain.
      current = { bytes: outputs[0].bytes, name: `${base}.${steps[i].to}` };
    }
    throw new InvoicectlError('INTERNAL_ERROR', 'empty conversion path');
  }

  /** Disposes every converter that holds resources (the LibreOffice pool). */
  async dispose(): Promise<void> {
    await Promise.all(this.list.map((c) => c.dispose?.()));
  }
}

export interface DefaultRegistryOptions {
  libreoffice?: SofficePoolOptions;
  pandoc?: { pandoc?: string };
}

/** A registry with every built-in converter. Native ones first: they win ties over external engines. */
export function createDefaultRegistry(options: DefaultRegistryOptions = {}): ConversionRegistry {
  const r = new ConversionRegistry();
  r.register(createImagesToPdfConverter());
  r.register(createPdfToImagesConverter());
  r.register(createPandocConverter(options.pandoc));
  r.register(createLibreOfficeConverter(options.libreoffice ?? {}));
  return r;
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
