/**
 * Untrusted image bytes reach @napi-rs/canvas's native decoder only in a child process (see
 * decoder-child.ts): the structure checks of image-check.ts refuse what is known to crash or spin it,
 * and whatever they miss costs one file, never the batch or the server. A decoder that crashes (a
 * signal), hangs past the deadline, or is still busy when the operation is aborted (Ctrl-C,
 * `--timeout`) is killed; the file gets IMAGE_CORRUPT (ABORTED for an abort). Idle decoders are kept
 * for the next image and never hold the process open. Without a compiled child (sources not built)
 * the same function runs in-process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { compiledScript } from '../compiled-script.js';
import { InvoicectlError } from '../errors.js';
import { hugePageEnv } from '../huge-pages.js';
import { decodeImage, type Decoded, type DecodeWanted } from './decoder-child.js';

const CHILD = compiledScript('./decoder-child.js', import.meta.url);
/** Far beyond any real photo or scan (a 100-megapixel image decodes in a few seconds). */
const DECODE_DEADLINE_MS = 60_000;
const MAX_IDLE = 2;

const idle: ChildProcess[] = [];

export type { Decoded };

/** The image's size and, with `pixels`, its RGBA on white, or with `blank` whether it is blank; `name` is for messages. */
export async function decodeContained(bytes: Uint8Array, name: string, options: DecodeWanted & { signal?: AbortSignal }): Promise<Decoded> {
  if (options.signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
  const wanted: DecodeWanted = { pixels: options.pixels, blank: options.blank };
  if (!CHILD) return decodeImage(bytes, wanted).catch((err) => Promise.reject(undecodable(name, err)));
  const child = takeIdle() ?? startDecoder(CHILD);
  child.ref();
  (child.channel as { ref?: () => void } | undefined)?.ref?.();
  return new Promise<Decoded>((resolve, reject) => {
    const finish = (reuse: boolean) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onExit);
      if (reuse && idle.length < MAX_IDLE) {
        child.unref();
        (child.channel as { unref?: () => void } | undefined)?.unref?.();
        idle.push(child);
      } else child.kill('SIGKILL');
    };
    const onMessage = (m: { ok: true; decoded: Decoded } | { ok: false; message: string }) => {
      finish(true);
      if (m.ok) resolve(m.decoded);
      else reject(undecodable(name, new Error(m.message)));
    };
    const onExit = (code: number | Error | null, signal?: NodeJS.Signals | null) => {
      finish(false);
      reject(new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded (the decoder died on it)`, { file: name }, { cause: new Error(`decoder exit ${code ?? signal}`) }));
    };
    const onAbort = () => {
      finish(false);
      reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
    };
    const timer = setTimeout(() => {
      finish(false);
      reject(new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded (not done within ${DECODE_DEADLINE_MS / 1000} s)`, { file: name }));
    }, DECODE_DEADLINE_MS);
    child.on('message', onMessage);
    child.on('exit', onExit);
    // A decoder that cannot be reached (its channel closed under us) fails this file like a crash.
    child.on('error', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.send({ bytes, ...wanted });
  });
}

/** A decoder that dies while idle is dropped; an 'error' without a listener would take the whole process. */
function startDecoder(script: string): ChildProcess {
  const child = fork(script, [], { serialization: 'advanced', env: hugePageEnv(), stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const drop = () => {
    const at = idle.indexOf(child);
    if (at >= 0) idle.splice(at, 1);
  };
  child.on('error', drop);
  child.on('exit', drop);
  return child;
}

function takeIdle(): ChildProcess | undefined {
  for (let child = idle.pop(); child; child = idle.pop()) {
    if (child.connected && child.exitCode === null && child.signalCode === null) return child;
  }
  return undefined;
}

const undecodable = (name: string, cause: unknown) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded`, { file: name }, { cause });
