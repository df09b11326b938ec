/**
 * A small ICC v2 RGB display profile with the sRGB primaries (D50-adapted), D50 white and a 2.2 gamma
 * curve, built here because no profile ships with the system and nothing is downloaded: the output
 * intent a PDF/A file names (GTS_PDFA1). It describes sRGB closely enough for an invoice's colours.
 */

function s15f16(x: number): number[] {
  const v = Math.round(x * 65536);
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}
const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const pad4 = (b: number[]) => (b.length % 4 ? [...b, ...new Array(4 - (b.length % 4)).fill(0)] : b);

const xyz = (x: number, y: number, z: number) => [...ascii('XYZ '), 0, 0, 0, 0, ...s15f16(x), ...s15f16(y), ...s15f16(z)];
const curve = (gamma: number) => [...ascii('curv'), 0, 0, 0, 0, ...u32(1), (Math.round(gamma * 256) >> 8) & 0xff, Math.round(gamma * 256) & 0xff];
function desc(text: string): number[] {
  const t = [...ascii(text), 0];
  // textDescriptionType: ASCII part, then empty Unicode and ScriptCode parts.
  return [...ascii('desc'), 0, 0, 0, 0, ...u32(t.length), ...t, ...u32(0), ...u32(0), 0, 0, 0, ...new Array(67).fill(0)];
}
const text = (s: string) => [...ascii('text'), 0, 0, 0, 0, ...ascii(s), 0];

let cached: Uint8Array | undefined;

export function srgbIccProfile(): Uint8Array {
  if (cached) return cached;
  const tags: [string, number[]][] = [
    ['desc', desc('sRGB IEC61966-2.1 (gamma 2.2)')],
    ['cprt', text('No copyright, use freely')],
    ['wtpt', xyz(0.9642, 1.0, 0.8249)],
    ['rXYZ', xyz(0.4361, 0.2225, 0.0139)],
    ['gXYZ', xyz(0.3851, 0.7169, 0.0971)],
    ['bXYZ', xyz(0.1431, 0.0606, 0.7141)],
    ['rTRC', curve(2.2)],
    ['gTRC', curve(2.2)],
    ['bTRC', curve(2.2)],
  ];
  const tableSize = 4 + tags.length * 12;
  let offset = 128 + tableSize;
  const table: number[] = [...u32(tags.length)];
  const data: number[] = [];
  for (const [sig, body] of tags) {
    const padded = pad4(body);
    table.push(...ascii(sig), ...u32(offset), ...u32(body.length));
    data.push(...padded);
    offset += padded.length;
  }
  const size = 128 + tableSize + data.length;
  const header = [
    ...u32(size), ...ascii('none'), 0x02, 0x10, 0, 0, ...ascii('mntr'), ...ascii('RGB '), ...ascii('XYZ '),
    0x07, 0xe6, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, // 2022-01-01
    ...ascii('acsp'), ...ascii('APPL'), ...u32(0), ...u32(0), ...u32(0), ...u32(0), 0, 0, 0, 0, 0, 0, 0, 0, ...u32(0),
    ...s15f16(0.9642), ...s15f16(1.0), ...s15f16(0.8249), ...ascii('none'),
  ];
  while (header.length < 128) header.push(0);
  cached = Uint8Array.from([...header, ...table, ...data]);
  return cached;
}
