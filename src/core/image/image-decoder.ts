/**
 * Untrusted image bytes reach @napi-rs/canvas's native decoder only in a child process (see
 * decoder-child.ts): the structure checks of image-check.ts refuse what is known to crash or spin it,
 * and whatever they miss costs one file, never the batch or the server. A decoder that crashes (a
 * signal), hangs past the deadline, or is still busy when the operation is aborted (Ctrl-C,
 * `--timeout`) is killed; the file gets IMAGE_CORRUPT (ABORTED for an abort). Idle decoders are kept
 * for the next image and never hold the process open. Without a compiled child (sources not built)
 * the same function runs in-process.
 */
import { compiledScript } from '../compiled-script.js';
import { childPool, type ChildPool } from '../contained-child.js';
import { InvoicectlError } from '../errors.js';
import { decodeImage, type Decoded, type DecodeWanted } from './decoder-child.js';

const CHILD = compiledScript('./decoder-child.js', import.meta.url);
/** Far beyond any real photo or scan (a 100-megapixel image decodes in a few seconds). */
const DECODE_DEADLINE_MS = 60_000;

export type { Decoded };

type Wanted = DecodeWanted & { signal?: AbortSignal };

/** Decoder processes: a runtime owns one (`runtime.imageDecoder()`), supervised and stopped with it. */
export interface ImageDecoder {
  decode(bytes: Uint8Array, name: string, options: Wanted): Promise<Decoded>;
  /** The decoder processes it runs now (none when it decodes in-process). */
  pids(): number[];
  /** Kills its decoders; the next image starts a new one. */
  close(): Promise<void>;
}

export function createImageDecoder(): ImageDecoder {
  const children = CHILD ? childPool(CHILD, { maxIdle: 2 }) : undefined;
  return {
    decode: (bytes, name, options) => decodeIn(children, bytes, name, options),
    pids: () => children?.pids() ?? [],
    close: async () => children?.close(),
  };
}

let shared: ImageDecoder | undefined;

/**
 * The image's size and, with `pixels`, its RGBA on white, or with `blank` whether it is blank; `name` is
 * for messages. `decoder` is a runtime's; without one (a library call without a runtime) the process's
 * own decoders, made on first use.
 */
export function decodeContained(bytes: Uint8Array, name: string, options: Wanted & { decoder?: ImageDecoder }): Promise<Decoded> {
  return (options.decoder ?? (shared ??= createImageDecoder())).decode(bytes, name, options);
}

async function decodeIn(decoders: ChildPool | undefined, bytes: Uint8Array, name: string, options: Wanted): Promise<Decoded> {
  if (options.signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
  const wanted: DecodeWanted = { pixels: options.pixels, blank: options.blank };
  if (!decoders) return decodeImage(bytes, wanted).catch((err) => Promise.reject(undecodable(name, err)));
  const answer = await decoders.run<{ ok: true; decoded: Decoded } | { ok: false; message: string }>(
    { bytes, ...wanted },
    {
      signal: options.signal,
      deadlineMs: DECODE_DEADLINE_MS,
      died: (how) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded (the decoder died on it)`, { file: name }, { cause: new Error(`decoder ${how}`) }),
      timedOut: () => new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded (not done within ${DECODE_DEADLINE_MS / 1000} s)`, { file: name }),
    },
  );
  if (!answer.ok) throw undecodable(name, new Error(answer.message));
  return answer.decoded;
}

const undecodable = (name: string, cause: unknown) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded`, { file: name }, { cause });
