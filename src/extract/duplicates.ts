/**
 * The same invoice seen again: by identity (docs/invoice-model.md: code + number, the 数电 number, or seller +
 * number), so its PDF, OFD and XML are one invoice; and by identical bytes for what has no identity
 * (a receipt without a number).
 */
import { invoiceIdentity, type ExtractResult } from '../invoice/index.js';

export class DuplicateFinder {
  private readonly first = new Map<string, string>();

  /** The file of an earlier result for the same invoice, or undefined; remembers this one otherwise. */
  check(result: ExtractResult): string | undefined {
    if (result.status === 'failed') return undefined;
    const keys = [`sha:${result.sha256}`];
    const identity = result.invoice ? invoiceIdentity(result.invoice) : null;
    if (identity) keys.push(`id:${identity}`);
    const earlier = keys.map((k) => this.first.get(k)).find((f) => f !== undefined);
    for (const k of keys) if (!this.first.has(k)) this.first.set(k, result.file);
    return earlier;
  }
}
