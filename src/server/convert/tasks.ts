/**
 * The conversion task behind POST /api/v1/convert (sync and async alike): the library's convert on the
 * stored file; one output is the result file, several (PDF → images) go into one ZIP. Metadata is what
 * was measured: the result's page count when it is a PDF, the image count when the result is images;
 * the rest (word count; fidelity and accuracy) is not measured and stays null.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import AdmZip from 'adm-zip';
import { convert } from '../../api/convert.js';
import type { ConvertOptions } from '../../convert/types.js';
import { InvoicectlError } from '../../core/errors.js';
import type { TaskEnv } from '../context.js';
import type { TaskContext } from '../queue/task-queue.js';
import { addOutputBytes } from '../queue/task-output.js';
import { durationsMs } from '../settings.js';

/** convert-api.md's file ids, of uploads and results alike, look like `file_1234567890`. */
export const newFileId = () => `file_${randomUUID()}`;

export const CONVERT_KIND = 'convert.file';

export interface CallbackConfig {
  url: string;
  method?: 'POST' | 'PUT';
  headers?: Record<string, string>;
  timeout?: number;
}

export interface ConvertTaskInput {
  fileId: string;
  sourceFormat: string | null;
  targetFormat: string;
  options: ConvertOptions;
  mode: 'sync' | 'async';
  callback: CallbackConfig | null;
}

export interface ConvertTaskResult {
  resultFileId: string;
  resultFileName: string;
  resultFileSize: number;
  sourceFormat: string | null;
  conversionTime: number;
  metadata: { pageCount: number | null; wordCount: null; imageCount: number | null };
}

const IMAGE_MIME = /^image\//;

export function convertTaskHandler(env: TaskEnv) {
  return async (ctx: TaskContext<ConvertTaskInput>): Promise<ConvertTaskResult> => {
    const { input } = ctx.task;
    const [source] = ctx.inputFiles();
    const started = performance.now();
    ctx.progress({ done: 0, total: 1, stage: 'Converting' });
    const result = await convert({
      inputs: [{ name: source.name, path: ctx.pathOf(source) }],
      to: input.targetFormat,
      from: input.sourceFormat ?? undefined,
      options: input.options,
      output: { kind: 'bytes' },
      runtime: env.runtime,
      signal: ctx.signal,
    });
    const [file] = result.files;
    if (!file || file.status === 'failed' || file.outputs.length === 0) {
      throw new InvoicectlError((file?.error?.code ?? 'CONVERSION_FAILED') as never, file?.error?.message ?? 'the conversion produced nothing', file?.error?.details);
    }
    const single = file.outputs.length === 1 ? file.outputs[0] : undefined;
    const name = single ? single.name : `${source.name.replace(/\.[^.]+$/, '')}.zip`;
    const bytes = single ? single.bytes! : bundle(file.outputs);
    const stored = await addOutputBytes(ctx, env.blobs, bytes, { id: newFileId(), name, mime: single ? single.mime : 'application/zip', ttlMs: durationsMs(env.settings).fileTtl });
    ctx.progress({ done: 1 });
    const images = file.outputs.filter((o) => IMAGE_MIME.test(o.mime)).length;
    return {
      resultFileId: stored.id,
      resultFileName: name,
      resultFileSize: stored.size,
      sourceFormat: file.from,
      conversionTime: Math.round(performance.now() - started),
      metadata: { pageCount: single?.pages ?? null, wordCount: null, imageCount: images > 0 ? images : null },
    };
  };
}

function bundle(outputs: readonly { name: string; bytes?: Uint8Array }[]): Buffer {
  const zip = new AdmZip();
  for (const o of outputs) zip.addFile(o.name, Buffer.from(o.bytes!));
  return zip.toBuffer();
}
