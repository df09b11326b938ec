/**
 * The task behind POST /v1/task: the library's docxToTex on the stored DOCX; its ZIP becomes the
 * task's output. Stages (converting, packaging) are the spec's states while it runs.
 */
import fs from 'node:fs/promises';
import { docxToTex } from '../../api/docx-to-tex.js';
import type { TaskEnv } from '../context.js';
import type { TaskContext } from '../queue/task-queue.js';
import { addOutputBytes } from '../queue/task-output.js';
import { durationsMs } from '../settings.js';

export const DOCX2TEX_KIND = 'cached-task.docx2tex';

export interface Docx2TexInput {
  debug: boolean;
  imgPostProc: boolean;
  /** The package's cache key (to tell concurrent submits of one DOCX that a build is on its way). */
  cacheKey?: string;
}

export interface Docx2TexResult {
  cacheStatus: 'HIT' | 'MISS';
  cacheKey: string;
}

export function docx2texTaskHandler(env: TaskEnv) {
  return async (ctx: TaskContext<Docx2TexInput>): Promise<Docx2TexResult> => {
    const [docx] = ctx.inputFiles();
    const result = await docxToTex({
      docx: { name: docx.name, bytes: await fs.readFile(ctx.pathOf(docx)) },
      runtime: env.runtime,
      debug: ctx.task.input.debug,
      imgPostProc: ctx.task.input.imgPostProc,
      taskId: ctx.task.id,
      signal: ctx.signal,
      onStage: (stage) => ctx.progress({ stage }),
    });
    await addOutputBytes(ctx, env.blobs, result.zip, { name: result.name, mime: 'application/zip', ttlMs: durationsMs(env.settings).fileTtl });
    return { cacheStatus: result.cacheStatus, cacheKey: result.cacheKey };
  };
}
