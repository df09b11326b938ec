import os from 'node:os';
import path from 'node:path';

/** Every setting, with its default. `invoicectl.config.example.json` documents the same keys. */
export interface Config {
  /** Files processed at once; default = CPU count. */
  concurrency: number;
  cache: {
    enabled: boolean;
    /** Default: $XDG_CACHE_HOME/invoicectl or ~/.cache/invoicectl. */
    dir: string;
    /** Entries unused for longer than this are pruned. */
    ttlDays: number;
    /** A build lock untouched for longer than this is taken over by another process. */
    staleLockSeconds: number;
  };
  limits: {
    maxFileBytes: number;
    maxPages: number;
    maxZipEntries: number;
    maxZipBytes: number;
    maxImagePixels: number;
  };
  merge: MergeDefaults;
  extract: ExtractDefaults;
  convert: ConvertDefaults;
  serve: ServeDefaults;
}

/** `invoicectl serve`: the HTTP server (flags override host, port and dataDir). */
export interface ServeDefaults {
  host: string;
  port: number;
  /** SQLite file, blobs and temp files; default ./.invoicectl-data. */
  dataDir: string;
  /** Uploaded files and results are deleted this long after upload (processor-api.md: 24 h). */
  fileTtlHours: number;
  /** Sessions expire this long after creation (processor-api.md: 72 h). */
  sessionTtlHours: number;
  /** How often expired files and sessions are cleaned up. */
  cleanupIntervalMinutes: number;
  /** Tasks run at once per API (processor-api.md: 4 per system). */
  taskConcurrency: number;
  /** On SIGTERM/SIGINT running tasks get this long to finish, then are queued again for the next start. */
  shutdownGraceSeconds: number;
  /**
   * A task still running after this long is stopped where it runs (its thread ended) and fails with
   * TASK_TIMEOUT, its outputs not kept; 0: no limit.
   */
  taskTimeoutSeconds: number;
  /** A sync conversion (convert-api.md) still running after this long is answered 202 like an async one. */
  syncWaitSeconds: number;
  /** Requests per minute per session (processor-api.md: 100). */
  rateLimitPerMinute: number;
  /** APIs that download a `url` refuse loopback, private and link-local hosts unless this is true. */
  allowPrivateUrls: boolean;
  /**
   * convert-api.md's credentials: each client sends `Authorization: Bearer <token>` and `X-API-Key: <apiKey>`.
   * Empty: no authentication (the server says so at start).
   */
  apiKeys: { token: string; apiKey: string; name?: string }[];
  /** Log one JSON line per request to stderr: info, or warn for errors only, or silent. */
  logLevel: string;
}

export interface ConvertDefaults {
  /** Time limit of each conversion step, in seconds, from when its engine takes it (ENGINE_TIMEOUT after it). */
  timeoutSeconds: number;
  /** LibreOffice instances kept running for office conversions (each converts one file at a time). */
  sofficeInstances: number;
  /** OCR languages for --ocr when --ocr-lang is not given (tesseract codes joined by '+'). */
  ocrLang: string;
  /** tesseract.js workers for --ocr. */
  ocrWorkers: number;
  /** OCR engine for --ocr when --ocr-engine is not given (as extract.ocr.engine). */
  ocrEngine: 'auto' | 'paddle' | 'tesseract';
}

export interface ExtractDefaults {
  /** Output format of `invoicectl extract`. */
  format: 'json' | 'ndjson' | 'csv';
  /** OCR for scans and photos (image files and PDF pages without a text layer). */
  ocrEnabled: boolean;
  ocr: {
    /** Tesseract languages joined by '+', from the @tesseract.js-data npm packages. */
    langs: string;
    /** OCR engine: auto (PaddleOCR for Chinese and English, tesseract.js for other languages), paddle, tesseract. */
    engine: 'auto' | 'paddle' | 'tesseract';
    /** Resolution image-only PDF pages are rendered at for OCR. */
    dpi: number;
    /** Pages an OCR worker reads before it is replaced (keeps memory flat). */
    recycleAfter: number;
  };
  /** Decode the QR code of Chinese invoices: auto (when the text misses a field it carries), always, never. */
  qr: 'auto' | 'always' | 'never';
  /** A directory of invoice2data-style YAML templates; '' for none. */
  templates: string;
}

export interface MergeDefaults {
  layout: string;
  paper: string;
  orientation: 'portrait' | 'landscape' | 'auto';
  margin: number | number[];
  gap: number;
  order: 'rows' | 'columns';
  rotate: 'auto' | 'none';
  pageNumbers: boolean;
  labels: boolean;
  labelFrom: 'folder' | 'filename';
  cutLines: boolean;
  sort: 'input' | 'name' | 'mtime';
  keepTogether: boolean;
  summary: boolean;
  keepDuplicates: boolean;
  outputType: 'pdf' | 'zip';
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'invoicectl');
}

export function defaultConfig(): Config {
  return {
    concurrency: Math.max(1, os.availableParallelism()),
    cache: { enabled: true, dir: defaultCacheDir(), ttlDays: 30, staleLockSeconds: 60 },
    limits: {
      maxFileBytes: 100 * 1024 * 1024,
      maxPages: 500,
      maxZipEntries: 10_000,
      maxZipBytes: 256 * 1024 * 1024,
      maxImagePixels: 100_000_000,
    },
    merge: {
      layout: '2x1',
      paper: 'A4',
      orientation: 'portrait',
      margin: 10,
      gap: 5,
      order: 'rows',
      rotate: 'auto',
      pageNumbers: false,
      labels: false,
      labelFrom: 'folder',
      cutLines: false,
      sort: 'input',
      keepTogether: false,
      summary: false,
      keepDuplicates: false,
      outputType: 'pdf',
    },
    extract: {
      format: 'json',
      ocrEnabled: true,
      ocr: { langs: 'chi_sim+eng', engine: 'auto', dpi: 300, recycleAfter: 50 },
      qr: 'auto',
      templates: '',
    },
    convert: {
      timeoutSeconds: 120,
      sofficeInstances: Math.min(4, Math.max(1, os.availableParallelism())),
      ocrLang: 'chi_sim+eng',
      ocrWorkers: Math.max(1, Math.floor(os.availableParallelism() / 2)),
      ocrEngine: 'auto',
    },
    serve: {
      host: '127.0.0.1',
      port: 8000,
      dataDir: '.invoicectl-data',
      fileTtlHours: 24,
      sessionTtlHours: 72,
      cleanupIntervalMinutes: 10,
      taskConcurrency: 4,
      shutdownGraceSeconds: 30,
      // Far above a real batch (400 scanned invoices through OCR take ~20 min on 2 cores).
      taskTimeoutSeconds: 3600,
      syncWaitSeconds: 30,
      rateLimitPerMinute: 100,
      allowPrivateUrls: false,
      apiKeys: [],
      logLevel: 'info',
    },
  };
}
