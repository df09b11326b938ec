/**
 * Format codes, file names and MIME types shared by the converters. Codes are lower-case extensions
 * with one spelling each (jpg not jpeg, tiff not tif, md not markdown), so the matrix has no aliases.
 */
import path from 'node:path';

const ALIASES: Record<string, string> = {
  jpeg: 'jpg',
  tif: 'tiff',
  markdown: 'md',
  htm: 'html',
  xhtml: 'html',
  latex: 'tex',
  text: 'txt',
};

/** Normalises a format code or extension: ".JPEG" → "jpg". */
export function normalizeFormat(format: string): string {
  const f = format.trim().toLowerCase().replace(/^\./, '');
  return ALIASES[f] ?? f;
}

/** The format a file name implies by its extension ('' when it has none). */
export function formatOfName(name: string): string {
  const ext = path.extname(name);
  return ext ? normalizeFormat(ext) : '';
}

/** "dir/Invoice 7.docx" → "Invoice 7": outputs are named after the input. */
export function baseNameOf(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const ext = path.extname(base);
  const stem = ext ? base.slice(0, -ext.length) : base;
  return stem || 'document';
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ppt: 'application/vnd.ms-powerpoint',
  odp: 'application/vnd.oasis.opendocument.presentation',
  html: 'text/html',
  md: 'text/markdown',
  txt: 'text/plain',
  tex: 'application/zip', // the LaTeX target is a package: <name>.tex + image/
  zip: 'application/zip',
  json: 'application/json',
  ofd: 'application/ofd',
};

export function mimeOf(format: string): string {
  return MIME[normalizeFormat(format)] ?? 'application/octet-stream';
}
