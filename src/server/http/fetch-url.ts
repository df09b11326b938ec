/**
 * Downloads a document a client names by URL, for APIs that take `url` instead of a file: http and https
 * only, a size limit counted while streaming, a time limit, and redirects followed by hand (at most 5)
 * so that each hop is checked again. Hosts that resolve to loopback, private, link-local or otherwise
 * internal addresses are refused unless the server is configured to allow them (serve.allowPrivateUrls),
 * so a client cannot make the server fetch from its own network.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import type { BlobStore, StoredBlob } from '../store/blobs.js';
import { HttpError } from './errors.js';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
}

const MAX_REDIRECTS = 5;

export async function fetchToBlob(url: string, blobs: BlobStore, limits: FetchLimits): Promise<StoredBlob & { name: string }> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = parseUrl(url);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await checkHost(current, limits.allowPrivate);
      const res = await fetch(current, { redirect: 'manual', signal });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        current = parseUrl(new URL(res.headers.get('location')!, current).href);
        continue;
      }
      if (!res.ok || !res.body) throw new HttpError(400, 'URL_FETCH_FAILED', `${current.href} answered ${res.status}`);
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) throw new HttpError(413, 'FILE_SIZE_EXCEEDED', `${current.href} is ${declared} bytes, over the limit of ${limits.maxBytes}`);
      const blob = await blobs.putStream(Readable.fromWeb(res.body as never), limits.maxBytes);
      return { ...blob, name: decodeURIComponent(current.pathname.split('/').pop() || 'download') };
    }
    throw new HttpError(400, 'URL_FETCH_FAILED', `more than ${MAX_REDIRECTS} redirects from ${url}`);
  } catch (err) {
    if (err instanceof HttpError) throw err;
    const e = err as { code?: string; name?: string; message?: string };
    if (e.code === 'FILE_SIZE_EXCEEDED') throw new HttpError(413, 'FILE_SIZE_EXCEEDED', `the download is over the limit of ${limits.maxBytes} bytes`);
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new HttpError(400, 'URL_FETCH_FAILED', `${url} did not answer within ${limits.timeoutMs / 1000} s`);
    throw new HttpError(400, 'URL_FETCH_FAILED', `${url} could not be fetched: ${e.message ?? err}`);
  }
}

function parseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HttpError(400, 'INVALID_URL', `not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new HttpError(400, 'INVALID_URL', `only http and https URLs are fetched (got ${parsed.protocol})`);
  if (parsed.username || parsed.password) throw new HttpError(400, 'INVALID_URL', 'URLs with credentials are not fetched');
  return parsed;
}

/** Throws unless `url` is an http(s) URL the server may connect to. */
export async function checkFetchable(url: string, allowPrivate: boolean): Promise<void> {
  await checkHost(parseUrl(url), allowPrivate);
}

async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new HttpError(400, 'URL_FETCH_FAILED', `cannot resolve ${host}`);
  const internal = addresses.find(isInternalAddress);
  if (internal) throw new HttpError(400, 'URL_NOT_ALLOWED', `${host} resolves to ${internal}, an internal address; the server does not fetch from its own network`);
}

/** Loopback, private, link-local, carrier-grade NAT, unspecified, multicast and reserved ranges. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isInternalAddress(mapped[1]);
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff');
}
