/**
 * The server's state: one SQLite file (better-sqlite3, WAL) in the data directory. Each spec module
 * brings its own migrations, named `<module>-<n>`; a migration runs once, in order, in a transaction,
 * and is recorded, so upgrading the server upgrades the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { InvoicectlError } from '../../core/errors.js';

export type Db = Database.Database;

export interface Migration {
  /** `<module>-<n>`: stable forever once released. */
  name: string;
  sql: string;
}

export function openDb(dataDir: string, migrations: readonly Migration[]): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'invoicectl.sqlite');
  // A lost or emptied database beside stored files would start empty and orphan every one of them.
  if (!(fs.existsSync(file) && fs.statSync(file).size > 0) && holdsBlobs(dataDir)) {
    throw new InvoicectlError(
      'DATABASE_CORRUPT',
      `${file} is missing or empty, but ${path.join(dataDir, 'blobs')} holds stored files: refusing to start with an empty database over them. Restore invoicectl.sqlite (with its -wal file) from a backup, or move the blobs folder away to start afresh.`,
    );
  }
  const db = openChecked(file);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives a killed process; only a power loss may drop the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  reusePreparedStatements(db);
  return db;
}

/** Opens the file and runs SQLite's quick_check: a damaged file is refused at start, not met by requests. */
function openChecked(file: string): Db {
  let db: Db | undefined;
  try {
    db = new Database(file);
    const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const found = problems.map((p) => p.quick_check).filter((p) => p !== 'ok');
    if (found.length > 0) throw new Error(found.join('; '));
    return db;
  } catch (err) {
    db?.close();
    throw new InvoicectlError(
      'DATABASE_CORRUPT',
      `the database ${file} is damaged (${(err as Error).message}); the server does not start on it. Stop anything using it, copy the data directory, then recover what SQLite can read: sqlite3 ${file} ".recover" | sqlite3 recovered.sqlite, and put recovered.sqlite in its place (or restore a backup).`,
    );
  }
}

function holdsBlobs(dataDir: string): boolean {
  const dir = path.join(dataDir, 'blobs');
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir).some((sub) => {
    const p = path.join(dir, sub);
    return fs.statSync(p).isDirectory() && fs.readdirSync(p).length > 0;
  });
}

/**
 * Statements are prepared once per SQL text: preparing took ~6% of a cached /extract and of every status
 * poll. Safe because nothing iterates a statement and every caller of one SQL text uses it the same way
 * (`pluck()` or not).
 */
function reusePreparedStatements(db: Db): void {
  const prepared = new Map<string, Database.Statement>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      // A few statements are built from their arguments (IN lists); bound the memory they can take.
      if (prepared.size >= 1000) prepared.clear();
      prepared.set(sql, (statement = prepare(sql)));
    }
    return statement;
  }) as Db['prepare'];
}

function migrate(db: Db, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  const record = db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)');
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.name, Date.now());
    })();
  }
}
