/** Document types recognised from their first bytes; the extension is never trusted. */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'ofd' | 'xml' | 'zip';

/**
 * Sniffs the type from magic bytes. A ZIP is an OFD when it holds OFD.xml at its root (GB/T 33190);
 * `zipHasOfdRoot` answers that for ZIPs, since it needs the central directory.
 */
export function sniffFileType(bytes: Uint8Array, zipHasOfdRoot?: () => boolean): FileType | null {
  if (bytes.length < 4) return null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipHasOfdRoot?.() ? 'ofd' : 'zip';
  }
  // PDF readers accept the header anywhere in the first 1 KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (looksLikeXml(bytes)) return 'xml';
  return null;
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let text = Buffer.from(bytes.subarray(0, 256)).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.trimStart();
  return text.startsWith('<?xml') || /^<[A-Za-z_][\w:.-]*[\s>/]/.test(text);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
