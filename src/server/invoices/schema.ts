import type { Migration } from '../store/db.js';

/**
 * invoices-api.md's tables. An invoice is one stored file (its bytes are unique: uploading the same
 * file again finds the same invoice) and the fields extraction read from it; a deleted invoice keeps
 * its row with deleted_at (the spec's 2002 "already deleted"). Chunks of an upload in progress are
 * stored files with the file TTL, so cleanup removes abandoned uploads.
 */
export const invoicesMigrations: Migration[] = [
  {
    name: 'invoices-1',
    sql: `
      CREATE TABLE invoices (
        id TEXT PRIMARY KEY,
        file_id TEXT NOT NULL REFERENCES files(id),
        sha256 TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        file_type TEXT NOT NULL,        -- pdf | jpg | png | ofd
        task_id TEXT,                   -- the extraction task
        status TEXT NOT NULL,           -- pending | verified | reviewing | failed
        code TEXT,
        number TEXT,
        type TEXT,
        seller_name TEXT,
        buyer_name TEXT,
        date TEXT,
        amount REAL,
        tax_amount REAL,
        total_amount REAL,
        result TEXT,                    -- JSON: the library's ExtractResult
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      );
      CREATE INDEX invoices_created ON invoices(created_at);

      CREATE TABLE invoice_merge_tasks (
        id TEXT PRIMARY KEY,            -- also the queue task's id
        invoice_ids TEXT NOT NULL,      -- JSON array, in the order given
        output_type TEXT NOT NULL,
        total_amount REAL,
        total_pages INTEGER,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX invoice_merge_tasks_created ON invoice_merge_tasks(created_at);

      CREATE TABLE invoice_drafts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        invoice_ids TEXT NOT NULL,      -- JSON array
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE invoice_chunks (
        file_hash TEXT NOT NULL,
        chunk_index INTEGER NOT NULL,
        total_chunks INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (file_hash, chunk_index)
      );
    `,
  },
  {
    // The invoice a document is (docs/invoice-model.md identity: code + number, the 数电 number, or seller +
    // number), so that the PDF and the OFD of one invoice are known to be one: see duplicateOf.
    name: 'invoices-2',
    sql: `
      ALTER TABLE invoices ADD COLUMN identity TEXT;
      CREATE INDEX invoices_identity ON invoices(identity);
    `,
  },
  {
    // Invoices, merge tasks, drafts and chunk uploads belong to the API key that made them ('open' on a
    // server without keys): the same bytes uploaded under two keys are two invoices, one per key.
    name: 'invoices-3',
    sql: `
      CREATE TABLE invoices_owned (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL DEFAULT 'open',
        file_id TEXT NOT NULL REFERENCES files(id),
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_type TEXT NOT NULL,
        task_id TEXT,
        status TEXT NOT NULL,
        code TEXT,
        number TEXT,
        type TEXT,
        seller_name TEXT,
        buyer_name TEXT,
        date TEXT,
        amount REAL,
        tax_amount REAL,
        total_amount REAL,
        result TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER,
        identity TEXT,
        UNIQUE (owner, sha256)
      );
      INSERT INTO invoices_owned (id, file_id, sha256, file_name, file_type, task_id, status, code, number, type, seller_name, buyer_name,
          date, amount, tax_amount, total_amount, result, created_at, updated_at, deleted_at, identity)
        SELECT id, file_id, sha256, file_name, file_type, task_id, status, code, number, type, seller_name, buyer_name,
          date, amount, tax_amount, total_amount, result, created_at, updated_at, deleted_at, identity FROM invoices;
      DROP TABLE invoices;
      ALTER TABLE invoices_owned RENAME TO invoices;
      CREATE INDEX invoices_created ON invoices(owner, created_at);
      CREATE INDEX invoices_identity ON invoices(owner, identity);

      ALTER TABLE invoice_merge_tasks ADD COLUMN owner TEXT NOT NULL DEFAULT 'open';
      ALTER TABLE invoice_drafts ADD COLUMN owner TEXT NOT NULL DEFAULT 'open';

      DROP TABLE invoice_chunks;
      CREATE TABLE invoice_chunks (
        owner TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        chunk_index INTEGER NOT NULL,
        total_chunks INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (owner, file_hash, chunk_index)
      );
    `,
  },
];
