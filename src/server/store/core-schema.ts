import type { Migration } from './db.js';

/**
 * Tables every spec shares: stored files (blobs on disk, named by their SHA-256), tasks of the durable
 * queue, and which files a task reads or wrote (so cleanup never deletes what a live task uses).
 * Times are milliseconds since the epoch.
 */
export const coreMigrations: Migration[] = [
  {
    name: 'core-1',
    sql: `
      CREATE TABLE files (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,            -- '<system>:<session or scope>'
        name TEXT NOT NULL,             -- the name the client gave (or the output's name)
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER              -- NULL: kept until deleted
      );
      CREATE INDEX files_owner ON files(owner);
      CREATE INDEX files_sha ON files(sha256);
      CREATE INDEX files_expiry ON files(expires_at);

      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        system TEXT NOT NULL,           -- which spec's queue (its own concurrency limit)
        kind TEXT NOT NULL,             -- which handler runs it
        owner TEXT NOT NULL,
        status TEXT NOT NULL,           -- queued | running | completed | failed | cancelled
        input TEXT NOT NULL,            -- JSON: everything needed to run it again from scratch
        result TEXT,                    -- JSON
        error TEXT,                     -- JSON {code, message}
        stage TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        total INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER
      );
      CREATE INDEX tasks_queue ON tasks(system, status, created_at);
      CREATE INDEX tasks_owner ON tasks(owner, created_at);

      CREATE TABLE task_files (
        task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        role TEXT NOT NULL,             -- input | output
        PRIMARY KEY (task_id, file_id, role)
      );
      CREATE INDEX task_files_file ON task_files(file_id);
    `,
  },
  {
    name: 'core-2',
    // Queue statistics count the tasks that ended today.
    sql: 'CREATE INDEX tasks_finished ON tasks(system, finished_at);',
  },
  {
    name: 'core-3',
    // API keys (hashed; see auth/keys.ts) and the page's signed-in sessions (hashed tokens).
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the key
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE TABLE web_sessions (
        hash TEXT PRIMARY KEY,          -- SHA-256 of the cookie's token
        key_id TEXT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX web_sessions_expiry ON web_sessions(expires_at);
    `,
  },
];
