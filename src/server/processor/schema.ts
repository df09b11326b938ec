import type { Migration } from '../store/db.js';

/** processor-api.md keeps sessions (72 h); its tasks and files live in the core tables, owned by the session. */
export const processorMigrations: Migration[] = [
  {
    name: 'processor-1',
    sql: `
      CREATE TABLE processor_sessions (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX processor_sessions_expiry ON processor_sessions(expires_at);
    `,
  },
  {
    // A session belongs to the API key that made it ('open' without keys): another key's session is invalid.
    name: 'processor-2',
    sql: "ALTER TABLE processor_sessions ADD COLUMN owner TEXT NOT NULL DEFAULT 'open';",
  },
];
