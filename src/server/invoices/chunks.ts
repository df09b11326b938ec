/**
 * Chunked upload (invoices-api.md §2.4–2.5, §7.1): chunks are stored as they come, keyed by the
 * client's fileHash and index, so an interrupted upload resumes by asking which chunks the server has
 * (GET /invoices/upload-chunk?fileHash=…) and sending only the rest. A chunkHash or fileHash that is a
 * hex MD5, SHA-1 or SHA-256 digest is verified against the bytes; any other string is only an ID (the
 * spec's own example fileHash is "file_name_12345_1700000000000"). Chunks expire with the file TTL.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { currentRequestId, ownerForNewRows } from '../auth/scope.js';
import type { ServerContext } from '../context.js';
import { durationsMs } from '../settings.js';
import type { StoredBlob } from '../store/blobs.js';
import { ApiError, CODES } from './errors.js';
import { OWNER } from './intake.js';

const DIGESTS: Record<number, string> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** The algorithm a hash string names by its length, when it is a hex digest at all. */
function digestOf(hash: string): string | undefined {
  return /^[0-9a-f]+$/i.test(hash) ? DIGESTS[hash.length] : undefined;
}

export async function verifyHash(path: string, expected: string, what: string): Promise<void> {
  const algorithm = digestOf(expected);
  if (!algorithm) return;
  const hash = createHash(algorithm);
  await pipeline(fs.createReadStream(path), hash);
  const actual = hash.digest('hex');
  if (actual !== expected.toLowerCase()) throw new ApiError(CODES.BAD_PARAMETER, `${what}: the ${algorithm} of the bytes received is ${actual}, not ${expected}`);
}

export class ChunkStore {
  constructor(private readonly ctx: ServerContext) {}

  /**
   * Stores (or replaces) one chunk. The chunks of one file may not add up to more than limits.maxFileBytes
   * (the chunked upload exists for files larger than a single upload's 10 MB): refusing the chunk that
   * crosses it (1003) keeps a client from filling the disk with parts of a file that could never be
   * accepted. A chunk whose totalChunks disagrees with the chunks already received is refused (1001).
   */
  save(chunk: StoredBlob, meta: { fileHash: string; chunkIndex: number; totalChunks: number; fileName: string }): void {
    const { ctx } = this;
    const owner = ownerForNewRows();
    const others = ctx.db
      .prepare('SELECT COALESCE(SUM(f.size), 0) FROM invoice_chunks c JOIN files f ON f.id = c.file_id WHERE c.owner = ? AND c.file_hash = ? AND c.chunk_index != ?')
      .pluck()
      .get(owner, meta.fileHash, meta.chunkIndex) as number;
    const limit = ctx.runtime.limits.maxFileBytes;
    if (others + chunk.size > limit) throw new ApiError(CODES.FILE_TOO_LARGE, `the chunks of ${meta.fileName} would add up to ${others + chunk.size} bytes, over the limit of ${limit} bytes`);
    const totals = ctx.db.prepare('SELECT DISTINCT total_chunks FROM invoice_chunks WHERE owner = ? AND file_hash = ? AND chunk_index != ?').pluck().all(owner, meta.fileHash, meta.chunkIndex) as number[];
    if (totals.some((t) => t !== meta.totalChunks)) throw new ApiError(CODES.BAD_PARAMETER, `totalChunks ${meta.totalChunks} disagrees with the ${totals.join(', ')} of the chunks already received for ${meta.fileHash}`);
    const previous = ctx.db.prepare('SELECT file_id FROM invoice_chunks WHERE owner = ? AND file_hash = ? AND chunk_index = ?').pluck().get(owner, meta.fileHash, meta.chunkIndex) as string | undefined;
    ctx.db.transaction(() => {
      const file = ctx.files.add(chunk, { owner: `${OWNER}:chunks`, name: `${meta.fileName}.part${meta.chunkIndex}`, mime: 'application/octet-stream', ttlMs: durationsMs(ctx.settings).fileTtl });
      ctx.db
        .prepare('INSERT OR REPLACE INTO invoice_chunks (owner, file_hash, chunk_index, total_chunks, file_name, file_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(owner, meta.fileHash, meta.chunkIndex, meta.totalChunks, meta.fileName, file.id, Date.now());
    })();
    if (previous) void ctx.files.remove([previous]);
  }

  /** The chunk indexes the server holds for a file, ascending. */
  received(fileHash: string): number[] {
    return this.ctx.db.prepare('SELECT chunk_index FROM invoice_chunks WHERE owner = ? AND file_hash = ? ORDER BY chunk_index').pluck().all(ownerForNewRows(), fileHash) as number[];
  }

  /**
   * Concatenates chunks 0..totalChunks-1 into one stored blob (checked against fileHash), then drops the
   * chunks. A totalChunks that disagrees with the chunks' own (more chunks were sent, or fewer were
   * announced) is refused and nothing is deleted: joining fewer would store a truncated invoice.
   */
  async assemble(fileHash: string, totalChunks: number): Promise<StoredBlob> {
    const { ctx } = this;
    const rows = ctx.db
      .prepare('SELECT c.chunk_index, c.total_chunks, f.sha256, f.size, f.id FROM invoice_chunks c JOIN files f ON f.id = c.file_id WHERE c.owner = ? AND c.file_hash = ? ORDER BY c.chunk_index')
      .all(ownerForNewRows(), fileHash) as { chunk_index: number; total_chunks: number; sha256: string; size: number; id: string }[];
    const announced = [...new Set(rows.map((r) => r.total_chunks))];
    const beyond = rows.filter((r) => r.chunk_index >= totalChunks).map((r) => r.chunk_index);
    if (announced.some((t) => t !== totalChunks) || beyond.length > 0) {
      throw new ApiError(CODES.BAD_PARAMETER, `totalChunks ${totalChunks} disagrees with the chunks received for ${fileHash} (announced ${announced.join(', ')}${beyond.length ? `; chunks ${beyond.join(', ')} lie beyond it` : ''}); nothing was joined or deleted`);
    }
    const have = new Set(rows.map((r) => r.chunk_index));
    const missing = Array.from({ length: totalChunks }, (_, i) => i).filter((i) => !have.has(i));
    if (missing.length > 0) throw new ApiError(CODES.BAD_PARAMETER, `chunks missing for ${fileHash}: ${missing.join(', ')}`, { missingChunks: missing });
    const parts = rows;
    const size = parts.reduce((sum, r) => sum + r.size, 0);
    if (size > ctx.runtime.limits.maxFileBytes) throw new ApiError(CODES.FILE_TOO_LARGE, `the file would be ${size} bytes, over the limit of ${ctx.runtime.limits.maxFileBytes} bytes`);
    const tmp = ctx.blobs.tempPath('.join');
    try {
      const out = fs.createWriteStream(tmp);
      for (const part of parts) await pipeline(fs.createReadStream(ctx.blobs.pathOf(part.sha256)), out, { end: false });
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await verifyHash(tmp, fileHash, 'fileHash');
      const blob = await ctx.blobs.putFile(tmp);
      // Held while the request lasts, and left by the chunks' removal: a one-chunk file's chunk has the
      // file's bytes, the blob the caller is about to store the invoice's row for.
      const request = currentRequestId();
      if (request) ctx.blobs.hold(request, blob.sha256);
      await ctx.files.remove(rows.map((r) => r.id), blob.sha256);
      return blob;
    } finally {
      await fs.promises.rm(tmp, { force: true });
    }
  }
}
