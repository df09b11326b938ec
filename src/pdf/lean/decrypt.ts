/**
 * The standard security handler (ISO 32000-2 §7.6.4): the file key from the /Encrypt dictionary and a
 * user password (usually empty: a PDF that opens without asking, restricted only in what it permits),
 * and the decryption of an object's strings and streams with it (RC4 and AES-128 keyed per object,
 * AES-256 with the file key). The lean reader uses it for embedded files only: pdf.js reads the pages
 * of an encrypted PDF but lists only the EmbeddedFiles name tree, not the associated files (/AF) that
 * Factur-X and ZUGFeRD invoices may carry their XML in.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { LeanUnsupported, nameOf, Str, type Dict, type PdfObject } from './syntax.js';

/** Decrypts one object's strings and stream data; `num`/`gen` are the object's own (RC4/AES-128 keys depend on them). */
export interface Decryptor {
  /** False when /EncryptMetadata false left the XMP metadata stream in clear. */
  readonly encryptsMetadata: boolean;
  bytes(data: Uint8Array, num: number, gen: number, kind: 'string' | 'stream' | 'file'): Uint8Array;
}

type Method = 'none' | 'rc4' | 'aes128' | 'aes256';

/** The 32 bytes a password shorter than 32 is padded with (Algorithm 2, step a). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/**
 * A decryptor for `encrypt` (the /Encrypt dictionary, already resolved: its strings are never encrypted)
 * opened with `password`; throws LeanUnsupported for another handler or a password that does not open it.
 */
export function standardDecryptor(encrypt: Dict, resolve: (o: PdfObject | undefined) => PdfObject | undefined, firstId: Uint8Array, password: string): Decryptor {
  if (nameOf(resolve(encrypt.get('Filter'))) !== 'Standard') throw new LeanUnsupported('encryption handler');
  const num = (key: string, fallback: number) => {
    const v = resolve(encrypt.get(key));
    return typeof v === 'number' ? v : fallback;
  };
  const str = (key: string) => {
    const v = resolve(encrypt.get(key));
    return v instanceof Str ? Buffer.from(v.bytes, 'latin1') : Buffer.alloc(0);
  };
  const v = num('V', 0);
  const r = num('R', 2);
  const o = str('O');
  const u = str('U');
  const encryptMetadata = resolve(encrypt.get('EncryptMetadata')) !== false;

  // V4 and V5 name a crypt filter for strings, streams and embedded files; V1/V2 use RC4 throughout.
  let methods = { string: 'rc4' as Method, stream: 'rc4' as Method, file: 'rc4' as Method };
  if (v >= 4) {
    const filters = resolve(encrypt.get('CF'));
    const method = (filterName: string | undefined): Method => {
      if (!filterName || filterName === 'Identity') return 'none';
      const cf = filters instanceof Map ? resolve(filters.get(filterName)) : undefined;
      const cfm = cf instanceof Map ? nameOf(resolve(cf.get('CFM'))) : undefined;
      if (cfm === 'V2') return 'rc4';
      if (cfm === 'AESV2') return 'aes128';
      if (cfm === 'AESV3') return 'aes256';
      if (cfm === 'None') return 'none';
      throw new LeanUnsupported(`crypt filter ${cfm}`);
    };
    const stream = method(nameOf(resolve(encrypt.get('StmF'))));
    const eff = nameOf(resolve(encrypt.get('EFF')));
    methods = { string: method(nameOf(resolve(encrypt.get('StrF')))), stream, file: eff ? method(eff) : stream };
  } else if (v !== 1 && v !== 2) {
    throw new LeanUnsupported(`encryption version ${v}`);
  }

  let fileKey: Buffer;
  if (r >= 5) {
    fileKey = aes256Key(r, Buffer.from(password.normalize('NFKC'), 'utf8').subarray(0, 127), u, str('UE'));
  } else {
    const length = r === 2 ? 5 : Math.min(16, Math.max(5, num('Length', 40) / 8));
    fileKey = rc4Key(r, length, Buffer.from(password, 'latin1').subarray(0, 32), o, num('P', 0), Buffer.from(firstId), encryptMetadata, u);
  }

  return {
    encryptsMetadata: encryptMetadata,
    bytes(data, objNum, gen, kind) {
      const method = methods[kind];
      if (method === 'none') return data;
      if (method === 'aes256') return aesDecrypt('aes-256-cbc', fileKey, data);
      // Algorithm 1: the object's key is the file key with its number and generation (and "sAlT" for AES).
      const extra = Buffer.from([objNum & 0xff, (objNum >> 8) & 0xff, (objNum >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]);
      const hash = createHash('md5').update(fileKey).update(extra);
      if (method === 'aes128') hash.update('sAlT');
      const key = hash.digest().subarray(0, Math.min(fileKey.length + 5, 16));
      return method === 'rc4' ? rc4(key, data) : aesDecrypt('aes-128-cbc', key, data);
    },
  };
}

/** Algorithms 2 and 6: the RC4/AES-128 file key, checked against /U. */
function rc4Key(r: number, length: number, password: Buffer, o: Buffer, p: number, id: Buffer, encryptMetadata: boolean, u: Buffer): Buffer {
  const padded = Buffer.concat([password, PAD]).subarray(0, 32);
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p | 0);
  const hash = createHash('md5').update(padded).update(o.subarray(0, 32)).update(pBytes).update(id);
  if (r >= 4 && !encryptMetadata) hash.update(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  let key = hash.digest().subarray(0, length);
  if (r >= 3) for (let i = 0; i < 50; i++) key = createHash('md5').update(key).digest().subarray(0, length);
  // Algorithms 4 and 5: the key must turn the padding (R2) or its hash with the ID (R3+) into /U.
  let check: Buffer;
  if (r === 2) {
    check = rc4(key, PAD);
  } else {
    check = rc4(key, createHash('md5').update(PAD).update(id).digest());
    for (let i = 1; i <= 19; i++) check = rc4(key.map((b) => b ^ i) as Buffer, check);
  }
  const n = r === 2 ? 32 : 16;
  if (u.length < n || !check.subarray(0, n).equals(u.subarray(0, n))) throw new LeanUnsupported('password');
  return key;
}

/** Algorithms 2.A and 11 (R5, R6): the AES-256 file key from /UE, checked against /U's hash. */
function aes256Key(r: number, password: Buffer, u: Buffer, ue: Buffer): Buffer {
  if (u.length < 48 || ue.length < 32) throw new LeanUnsupported('bad /U or /UE');
  const hash = (salt: Buffer) => (r === 5 ? createHash('sha256').update(password).update(salt).digest() : hardenedHash(password, salt));
  if (!hash(u.subarray(32, 40)).equals(u.subarray(0, 32))) throw new LeanUnsupported('password');
  const decipher = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), Buffer.alloc(16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(ue.subarray(0, 32)), decipher.final()]);
}

/** Algorithm 2.B (R6, user password: no /U data mixed in). */
function hardenedHash(password: Buffer, salt: Buffer): Buffer {
  let k = createHash('sha256').update(password).update(salt).digest();
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(Array(64).fill(Buffer.concat([password, k])));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i];
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]).update(e).digest();
    // The rounds are counted from 1 here: at least 64, then until E's last byte is at most the count - 32.
    if (round >= 63 && e[e.length - 1] <= round + 1 - 32) return k.subarray(0, 32);
  }
}

/** AES-CBC with the IV in the first 16 bytes and PKCS#7 padding; a malformed string is left as it is. */
function aesDecrypt(algorithm: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, data: Uint8Array): Uint8Array {
  if (data.length < 32 || data.length % 16 !== 0) return data.length === 16 ? new Uint8Array(0) : data;
  const decipher = createDecipheriv(algorithm, key, data.subarray(0, 16));
  decipher.setAutoPadding(false);
  const out = Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
  const pad = out[out.length - 1];
  return pad >= 1 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
}

/** RC4 (OpenSSL 3 leaves it to its legacy provider, which Node does not load). */
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
