/**
 * A task's output written to a private temp path, stored as the task's output, and the temp file
 * removed whether that went well or not.
 */
import fs from 'node:fs/promises';
import type { BlobStore } from '../store/blobs.js';
import type { FileRow } from '../store/files.js';
import type { TaskContext } from './task-queue.js';

export type OutputMeta = Parameters<TaskContext['addOutput']>[1];

/** Runs `work` with a fresh temp path (file or directory, `suffix` as given) and removes it afterwards. */
export async function withTempPath<T>(blobs: BlobStore, suffix: string, work: (path: string) => Promise<T>): Promise<T> {
  const path = blobs.tempPath(suffix);
  try {
    return await work(path);
  } finally {
    await fs.rm(path, { recursive: true, force: true });
  }
}

/** `bytes` stored as one of the task's outputs. */
export function addOutputBytes(ctx: TaskContext<unknown>, blobs: BlobStore, bytes: Uint8Array, meta: OutputMeta): Promise<FileRow> {
  return withTempPath(blobs, '', async (path) => {
    await fs.writeFile(path, bytes);
    return ctx.addOutput(path, meta);
  });
}
