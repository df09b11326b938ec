/**
 * Stored files: a row per file a client uploaded or an operation produced, pointing at a blob. Several
 * rows may share a blob (the same bytes uploaded twice); the blob goes when its last row goes.
 */
import { randomUUID } from 'node:crypto';
import { currentRequestId } from '../auth/scope.js';
import type { BlobStore, StoredBlob } from './blobs.js';
import type { Db } from './db.js';

export interface FileRow {
  id: string;
  owner: string;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  created_at: number;
  expires_at: number | null;
}

export class FileStore {
  constructor(
    private readonly db: Db,
    readonly blobs: BlobStore,
  ) {}

  add(blob: StoredBlob, meta: { owner: string; name: string; mime: string; ttlMs?: number | null; id?: string }): FileRow {
    const now = Date.now();
    const row: FileRow = {
      id: meta.id ?? randomUUID(),
      owner: meta.owner,
      name: meta.name,
      sha256: blob.sha256,
      size: blob.size,
      mime: meta.mime,
      created_at: now,
      expires_at: meta.ttlMs ? now + meta.ttlMs : null,
    };
    this.db
      .prepare('INSERT INTO files (id, owner, name, sha256, size, mime, created_at, expires_at) VALUES (@id, @owner, @name, @sha256, @size, @mime, @created_at, @expires_at)')
      .run(row);
    return row;
  }

  get(id: string): FileRow | undefined {
    return this.db.prepare('SELECT * FROM files WHERE id = ?').get(id) as FileRow | undefined;
  }

  pathOf(file: FileRow): string {
    return this.blobs.pathOf(file.sha256);
  }

  /** Links a file to a task as its input or output (cleanup keeps files of live tasks). */
  link(taskId: string, fileId: string, role: 'input' | 'output'): void {
    this.db.prepare('INSERT OR IGNORE INTO task_files (task_id, file_id, role) VALUES (?, ?, ?)').run(taskId, fileId, role);
  }

  filesOf(taskId: string, role: 'input' | 'output'): FileRow[] {
    return this.db
      .prepare('SELECT f.* FROM files f JOIN task_files t ON t.file_id = f.id WHERE t.task_id = ? AND t.role = ? ORDER BY f.created_at, f.rowid')
      .all(taskId, role) as FileRow[];
  }

  /** Deletes these file rows, then the blobs no row points at any more; `keep`: a blob to leave even so (one about to get a row). */
  async remove(ids: readonly string[], keep?: string): Promise<void> {
    if (ids.length === 0) return;
    const shas = new Set<string>();
    const select = this.db.prepare('SELECT sha256 FROM files WHERE id = ?').pluck();
    const del = this.db.prepare('DELETE FROM files WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) {
        const sha = select.get(id) as string | undefined;
        if (sha) shas.add(sha);
        del.run(id);
      }
    })();
    if (keep) shas.delete(keep);
    await this.removeOrphanBlobs(shas);
  }

  /** Removes each blob no file row points at and no other work in flight holds (the request asking may hold it). */
  async removeOrphanBlobs(shas: Iterable<string>): Promise<void> {
    const used = this.db.prepare('SELECT 1 FROM files WHERE sha256 = ? LIMIT 1').pluck();
    const self = currentRequestId();
    for (const sha of shas) if (!used.get(sha) && !this.blobs.isHeld(sha, self)) await this.blobs.remove(sha);
  }

  /**
   * Blobs without a row, older than `minAgeMs` and not held: what a killed process or a lost row left on
   * disk. Returns how many went.
   */
  async sweepOrphanBlobs(minAgeMs: number, now = Date.now()): Promise<number> {
    const used = this.db.prepare('SELECT 1 FROM files WHERE sha256 = ? LIMIT 1').pluck();
    let removed = 0;
    for await (const blob of this.blobs.list()) {
      if (now - blob.mtimeMs < minAgeMs || used.get(blob.sha256) || this.blobs.isHeld(blob.sha256)) continue;
      await this.blobs.remove(blob.sha256);
      removed++;
    }
    return removed;
  }
}
