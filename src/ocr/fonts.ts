/** The CJK font used for invisible OCR text (and by tests to draw Chinese), from the installed npm package. */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function cjkFontPath(): string {
  // The package's "exports" map hides package.json, so resolve its entry (dist/index.cjs) and walk up.
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(path.dirname(entry)), 'fonts', 'NotoSansHans-Regular.otf');
}
