/**
 * `--output-type zip`: the merged PDF plus every input that was read, for archiving, written as a ZIP
 * stream. The PDF goes into its entry as the sheets are written and each input is read, added and let
 * go in turn, so neither the PDF nor the inputs are ever held in memory together.
 */
import { Zip, ZipDeflate } from 'fflate';
import type { InputFile } from '../core/inputs.js';

export class MergeArchive {
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor(write: (chunk: Uint8Array) => void) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure = err;
      else write(chunk);
    });
  }

  /** Starts an entry; its bytes are pushed through the returned function, then `end` closes it. */
  entry(name: string): { write: (chunk: Uint8Array) => void; end: () => void } {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    return {
      write: (chunk) => {
        file.push(chunk);
        this.check();
      },
      end: () => {
        file.push(new Uint8Array(0), true);
        this.check();
      },
    };
  }

  /** Adds the given inputs under `inputs/`, one at a time. */
  async addInputs(files: InputFile[]): Promise<void> {
    for (const file of files) {
      const entry = this.entry(`inputs/${safeEntryName(file.name)}`);
      entry.write(await file.read());
      entry.end();
    }
  }

  end(): void {
    this.zip.end();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** A relative path with no `..`, drive or leading slash, so the archive extracts safely anywhere. */
function safeEntryName(name: string): string {
  const parts = name.replace(/\\/g, '/').replace(/^[A-Za-z]:/, '').split('/').filter((p) => p && p !== '.' && p !== '..');
  return parts.join('/') || 'input';
}
