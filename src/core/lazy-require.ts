/**
 * A package loaded the first time it is used, synchronously, for code that is synchronous (parsers,
 * input sniffing) and needs the package only for some inputs: an XML attachment, a ZIP, a TIFF. A static
 * import would load it, and what it imports, at start-up for every command and every document.
 */
import { createRequire } from 'node:module';
import { onFirstUse } from './remembered.js';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(id: string): () => T {
  return onFirstUse(() => require(id) as T);
}
