/**
 * Finds the seal picture inside SignedValue.dat. The file is an SES signature (GM/T 0031, ASN.1 DER)
 * whose SESeal carries the picture as an OCTET STRING next to its type ("ofd", "png", "jpg", "gif").
 * Rather than decode the whole ASN.1 tree (two versions, vendor variations), we scan for a picture's
 * magic bytes that sit right behind an OCTET STRING header: the header gives the exact length, and
 * requiring it keeps random certificate bytes from passing for a JPEG.
 */

export type SealPicture = { kind: 'ofd' | 'png' | 'jpeg' | 'gif'; bytes: Uint8Array };

const MAGICS: { kind: SealPicture['kind']; magic: number[] }[] = [
  { kind: 'ofd', magic: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', magic: [0xff, 0xd8, 0xff] },
  { kind: 'gif', magic: [0x47, 0x49, 0x46, 0x38] },
];

export function findSealPicture(data: Uint8Array): SealPicture | undefined {
  for (let i = 2; i < data.length - 4; i++) {
    for (const { kind, magic } of MAGICS) {
      if (!startsWith(data, i, magic)) continue;
      const length = octetStringLengthBefore(data, i);
      if (length !== undefined) return { kind, bytes: data.subarray(i, i + length) };
    }
  }
  // No DER framing found: a PNG's 8-byte signature is distinctive enough to trust on its own.
  const png = indexOf(data, MAGICS[1]!.magic);
  if (png >= 0) return { kind: 'png', bytes: data.subarray(png) };
  return undefined;
}

function startsWith(data: Uint8Array, at: number, magic: number[]): boolean {
  for (let k = 0; k < magic.length; k++) if (data[at + k] !== magic[k]) return false;
  return true;
}

function indexOf(data: Uint8Array, magic: number[]): number {
  for (let i = 0; i <= data.length - magic.length; i++) if (startsWith(data, i, magic)) return i;
  return -1;
}

/** If an OCTET STRING header (04 len) ends exactly at `at` and its length fits, returns that length. */
function octetStringLengthBefore(data: Uint8Array, at: number): number | undefined {
  // Short form: 04 LL (length < 128).
  if (data[at - 2] === 0x04 && data[at - 1]! < 0x80) return fits(data, at, data[at - 1]!);
  // Long form: 04 8n followed by n length bytes (n = 1..4).
  for (let n = 1; n <= 4; n++) {
    const tag = at - 2 - n;
    if (tag < 0 || data[tag] !== 0x04 || data[tag + 1] !== 0x80 + n) continue;
    let length = 0;
    for (let k = 0; k < n; k++) length = length * 256 + data[tag + 2 + k]!;
    return fits(data, at, length);
  }
  return undefined;
}

function fits(data: Uint8Array, at: number, length: number): number | undefined {
  return length > 16 && at + length <= data.length ? length : undefined;
}
