/**
 * The two kinds of task behind invoices-api.md: reading one invoice (extract) and laying invoices out
 * (merge). They use only their TaskContext and TaskEnv, so they run in the server or on a worker.
 */
import { extract } from '../../api/extract.js';
import { merge } from '../../api/merge.js';
import { InvoicectlError } from '../../core/errors.js';
import type { ExtractResult } from '../../invoice/model.js';
import type { MergeLayoutOptions } from '../../merge/options.js';
import type { TaskEnv } from '../context.js';
import type { TaskContext } from '../queue/task-queue.js';
import { withTempPath } from '../queue/task-output.js';

export const EXTRACT_KIND = 'invoices.extract';
export const MERGE_KIND = 'invoices.merge';

export interface ExtractInput {
  invoiceId: string;
}

export function extractTaskHandler(env: TaskEnv) {
  return async (ctx: TaskContext<ExtractInput>): Promise<ExtractResult> => {
    const [file] = ctx.inputFiles();
    ctx.progress({ done: 0, total: 1, stage: 'Reading the invoice' });
    const { results } = await extract({ inputs: [{ name: file.name, path: ctx.pathOf(file) }], runtime: env.runtime, signal: ctx.signal });
    ctx.progress({ done: 1 });
    return results[0];
  };
}

export interface MergeInput {
  /** Stored file IDs in the order the invoices were given, and each one's category label. */
  files: { id: string; label: string }[];
  outputType: 'pdf' | 'zip';
  layout: MergeLayoutOptions;
}

export interface MergeOutcome {
  totalPages: number;
}

export const MERGED_NAME = { pdf: 'invoices_merged.pdf', zip: 'invoices_merged.zip' } as const;

export function mergeTaskHandler(env: TaskEnv) {
  return async (ctx: TaskContext<MergeInput>): Promise<MergeOutcome> => {
    const { input } = ctx.task;
    const stored = new Map(ctx.inputFiles().map((f) => [f.id, f]));
    const inputs = input.files.map(({ id, label }) => {
      const file = stored.get(id)!;
      return { name: file.name, path: ctx.pathOf(file), label };
    });
    return withTempPath(env.blobs, `.${input.outputType}`, async (outputPath) => {
      const result = await merge({
        ...input.layout,
        // The same invoice twice in a list is the client's choice, not an upload mistake.
        keepDuplicates: true,
        outputType: input.outputType,
        inputs,
        outputPath,
        runtime: env.runtime,
        signal: ctx.signal,
        onProgress: (e) => ctx.progress({ done: e.done, total: e.total, stage: e.phase === 'analyze' ? 'Reading invoices' : 'Placing pages' }),
      });
      // The library skips a document it cannot place; a reimbursement bundle missing an invoice is a failure.
      const skipped = result.documents.filter((d) => d.status === 'failed');
      if (skipped.length > 0) throw new InvoicectlError('NO_USABLE_INPUT', `could not place ${skipped.map((d) => `${d.file} (${d.error?.code ?? 'unreadable'})`).join(', ')}`);
      await ctx.addOutput(outputPath, { name: MERGED_NAME[input.outputType], mime: result.mime, ttlMs: null });
      return { totalPages: result.sheets };
    });
  };
}
