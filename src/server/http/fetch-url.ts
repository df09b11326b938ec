/**
 * Downloads a document a client names by URL, for APIs that take `url` instead of a file: http and https
 * only, a size limit counted while streaming, a time limit, and redirects followed by hand (at most 5)
 * so that each hop is checked again. Hosts that resolve to loopback, private, link-local or otherwise
 * internal addresses are refused unless the server is configured to allow them (serve.allowPrivateUrls),
 * so a client cannot make the server fetch from its own network. The check is made in the connection's
 * own name lookup: the socket connects to the very addresses that were checked, so a name that resolves
 * to a public address for the check and to an internal one a moment later (DNS rebinding) gains nothing.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { BlobStore, StoredBlob } from '../store/blobs.js';
import { HttpError } from './errors.js';
import { isInternalAddress } from './internal-address.js';

export { isInternalAddress } from './internal-address.js';

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
      const res = await guardedRequest(current, { signal, allowPrivate: limits.allowPrivate });
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        current = parseUrl(new URL(res.headers.location, current).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new HttpError(400, 'URL_FETCH_FAILED', `${current.href} answered ${status}`);
      }
      const declared = Number(res.headers['content-length'] ?? '0');
      if (declared > limits.maxBytes) {
        res.destroy();
        throw new HttpError(413, 'FILE_SIZE_EXCEEDED', `${current.href} is ${declared} bytes, over the limit of ${limits.maxBytes}`);
      }
      const blob = await blobs.putStream(res, limits.maxBytes);
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

/**
 * One HTTP request to a checked host; the answer's head once it has come (the body is the caller's to
 * read or discard). Redirects are not followed.
 */
export function guardedRequest(url: URL, init: { method?: string; headers?: Record<string, string>; body?: string; signal: AbortSignal; allowPrivate: boolean }): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!init.allowPrivate && isIP(host) && isInternalAddress(host)) return reject(notAllowed(host, host));
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method: init.method ?? 'GET', headers: init.headers, signal: init.signal, lookup: init.allowPrivate ? undefined : checkedLookup });
    req.on('response', resolve);
    req.on('error', reject);
    req.end(init.body);
  });
}

const notAllowed = (host: string, address: string) =>
  new HttpError(400, 'URL_NOT_ALLOWED', `${host} resolves to ${address}, an internal address; the server does not connect to its own network`);

/** dns.lookup, failing when any address the name has is internal (all are checked: the socket may try each). */
const checkedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const internal = addresses.find((a) => isInternalAddress(a.address));
    if (internal) return callback(notAllowed(hostname, internal.address) as unknown as NodeJS.ErrnoException, '', 0);
    if (addresses.length === 0) return callback(Object.assign(new Error(`cannot resolve ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

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

/** Throws unless `url` is an http(s) URL whose host (now) resolves to addresses the server may connect to. */
export async function checkFetchable(url: string, allowPrivate: boolean): Promise<void> {
  const parsed = parseUrl(url);
  if (allowPrivate) return;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isInternalAddress(host)) throw notAllowed(host, host);
    return;
  }
  await new Promise<void>((resolve, reject) =>
    checkedLookup(host, { all: true }, (err) => (err ? reject(err instanceof HttpError ? err : new HttpError(400, 'URL_FETCH_FAILED', `cannot resolve ${host}`)) : resolve())),
  );
}
