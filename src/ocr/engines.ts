/**
 * The OCR layer: two engines behind one `recognize`, chosen per page by the configured languages.
 *
 * - paddle: PaddleOCR PP-OCRv4 (ONNX Runtime). Reads Chinese invoices almost perfectly where tesseract
 *   produces garbage, and was faster than tesseract on the same scans (bench/ocr). One instance per
 *   process, shared by every caller: pages queue for its worker threads (paddle-engine.ts).
 * - tesseract: tesseract.js with the @tesseract.js-data languages, a pool of workers per language set:
 *   the engine for every other language, whose dictionaries PaddleOCR's Chinese/English model lacks.
 * - auto (default): paddle when every language is one it reads (chi_sim, eng), else tesseract.
 */
import { compiledScript } from '../core/compiled-script.js';
import { straightenedImage } from './deskew.js';
import { engineFor, type OcrEngineChoice } from './engine-choice.js';
import { PaddleEngine } from './paddle/paddle-engine.js';
import { PaddleProcess } from './paddle/paddle-process.js';
import { createOcrPool, type OcrPool, type RecognizeOptions } from './tesseract/pool.js';
import type { OcrResult } from './types.js';

/** What callers of the shared engine use, in a child process or (tests from sources) in this one. */
export type SharedPaddle = Pick<PaddleEngine, 'name' | 'models' | 'isDisposed' | 'warmup' | 'recognize' | 'dispose'> & Partial<Pick<PaddleProcess, 'isAlive' | 'pids'>>;

let paddle: SharedPaddle | undefined;
const HOST = compiledScript('./paddle/paddle-host.js', import.meta.url);

/**
 * The process's PaddleOCR engine, created on first use (and again after someone disposed of it): in its
 * own process (paddle-process.ts says why), or in this one when there is no compiled host (sources not built).
 */
export function sharedPaddleEngine(): SharedPaddle {
  if (paddle?.isDisposed) paddle = undefined;
  paddle ??= createPaddleEngine();
  return paddle;
}

/** A PaddleOCR engine of the caller's own (a runtime's), which the caller disposes of. */
export function createPaddleEngine(): SharedPaddle {
  // One worker thread per core (at most 4), each with one ONNX Runtime thread: ONNX Runtime runs a model
  // synchronously on its calling thread, and two intra-op threads for every page gained nothing on the
  // busy 2-core machine (3.2-3.8 s against 3.0-3.4 s a warm A4 page), while two pages at once do; only a
  // page read alone detects on two (paddle.ts, detWide).
  return HOST ? new PaddleProcess(HOST) : new PaddleEngine();
}

/** What OCR callers need of a PaddleOCR engine: a process's, a runtime's, or one in another thread (paddle-remote.ts). */
export type PaddleRecognizer = Pick<SharedPaddle, 'recognize'>;

export interface OcrEnginesOptions {
  /** tesseract.js workers per language set. */
  concurrency: number;
  /** The PaddleOCR engine to use (its runtime's); default: the process's shared one. */
  paddle?: () => Promise<PaddleRecognizer>;
  /** Pages a tesseract.js worker reads before it is replaced. */
  recycleAfter?: number;
}

/** The engines one caller (an extract run, the OCR converter) uses; tesseract pools are its own. */
export class OcrEngines {
  private readonly pools = new Map<string, OcrPool>();

  constructor(private readonly options: OcrEnginesOptions) {}

  /** OCRs one PNG or JPEG page with the engine `engineFor(langs, choice)` names. */
  recognize(image: Uint8Array, langs: string, choice: OcrEngineChoice, options: RecognizeOptions = {}): Promise<OcrResult> {
    if (engineFor(langs, choice) === 'paddle') {
      const paddle = this.options.paddle;
      return paddle ? paddle().then((engine) => engine.recognize(image, options)) : sharedPaddleEngine().recognize(image, options);
    }
    return this.readWhole(image, langs, options);
  }

  /**
   * tesseract reads the page it is given; its lines on a page skewed by 2-3° ran into the next column
   * (the seller's name read with its street), so it gets the page straightened, as PaddleOCR does.
   */
  private async readWhole(image: Uint8Array, langs: string, options: RecognizeOptions): Promise<OcrResult> {
    const straight = await straightenedImage(image, options.skew);
    const result = await this.pool(langs).recognize(straight.bytes, options);
    return straight.skew ? { ...result, skew: straight.skew } : result;
  }

  /** The tesseract.js pool for `langs`; throws OCR_FAILED with `details.lang` when a language is not installed. */
  pool(langs: string): OcrPool {
    let pool = this.pools.get(langs);
    if (!pool) {
      pool = createOcrPool({ langs, concurrency: this.options.concurrency, recycleAfter: this.options.recycleAfter });
      this.pools.set(langs, pool);
    }
    return pool;
  }

  /** Ends the tesseract.js workers; the shared PaddleOCR engine stays warm for the process's next caller. */
  async dispose(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.dispose()));
  }
}
