/**
 * Whether an address is one of the server's own network: loopback, private, link-local, carrier-grade
 * NAT, unspecified, multicast, reserved, documentation and benchmark ranges, in IPv4 or IPv6. An IPv4
 * address written inside an IPv6 one (mapped `::ffff:7f00:1`, compatible `::127.0.0.1`, NAT64
 * `64:ff9b::/96` and `64:ff9b:1::/48`, SIIT `::ffff:0:a.b.c.d`, 6to4 `2002::/16`, Teredo `2001::/32`)
 * is judged as the IPv4 address it carries: the connection may reach it.
 */
import { isIP } from 'node:net';

export function isInternalAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(plain);
  if (kind === 4) return internalV4(plain.split('.').map(Number));
  if (kind === 6) return internalV6(ipv6Bytes(plain));
  // Not an address at all: nothing to connect to safely.
  return true;
}

function internalV4([a, b, c]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224
  );
}

function internalV6(x: number[]): boolean {
  const zero = (from: number, to: number) => x.slice(from, to).every((v) => v === 0);
  const v4At = (i: number) => x.slice(i, i + 4);
  // ::/96 (unspecified, loopback, IPv4-compatible), ::ffff:0:0/96 (mapped), ::ffff:0:0:0/96 (SIIT)
  if (zero(0, 10) && ((x[10] === 0xff && x[11] === 0xff) || (x[10] === 0 && x[11] === 0))) return zero(0, 16) || internalV4(v4At(12));
  if (zero(0, 8) && x[8] === 0xff && x[9] === 0xff && x[10] === 0 && x[11] === 0) return internalV4(v4At(12));
  // NAT64: 64:ff9b::/96 and the local-use 64:ff9b:1::/48 (any of them reaches a translator of ours)
  if (x[0] === 0 && x[1] === 0x64 && x[2] === 0xff && x[3] === 0x9b) return zero(4, 12) ? internalV4(v4At(12)) : x[4] === 0 && x[5] === 1;
  if (x[0] === 0x20 && x[1] === 0x02) return internalV4(v4At(2)); // 6to4
  if (x[0] === 0x20 && x[1] === 0x01 && x[2] === 0 && x[3] === 0) return internalV4(v4At(12).map((v) => v ^ 0xff)); // Teredo client
  if (x[0] === 0x20 && x[1] === 0x01 && x[2] === 0x0d && x[3] === 0xb8) return true; // documentation
  if (x[0] === 0x01 && x[1] === 0 && zero(2, 8)) return true; // discard-only 100::/64
  return (x[0] & 0xfe) === 0xfc || (x[0] === 0xfe && (x[1] & 0xc0) === 0x80) || (x[0] === 0xfe && (x[1] & 0xc0) === 0xc0) || x[0] === 0xff;
}

/** The 16 bytes of a valid IPv6 address (isIP said so), with a trailing dotted IPv4 part allowed. */
function ipv6Bytes(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  const words = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}
