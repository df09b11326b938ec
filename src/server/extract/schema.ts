import { HOUR_MS } from '../settings.js';
import type { Migration } from '../store/db.js';

/** extract-api.md: responses by the SHA-256 of the file, kept 24 hours. */
export const extractMigrations: Migration[] = [
  {
    name: 'extract-1',
    sql: `
      CREATE TABLE extract_responses (
        sha256 TEXT PRIMARY KEY,
        body TEXT NOT NULL,             -- the ExtractionResponse JSON, as sent
        created_at INTEGER NOT NULL
      );
      CREATE INDEX extract_responses_created ON extract_responses(created_at);
    `,
  },
];

export const RESPONSE_TTL_MS = 24 * HOUR_MS;
