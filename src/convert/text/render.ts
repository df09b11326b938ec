/**
 * The document model (document.ts) written as Markdown, plain text or JSON.
 */
import { isBullet, type DocPage } from './document.js';

/**
 * Markdown: headings as #/##/###, paragraphs separated by blank lines, list items as "- " (bullets) or
 * with their own number ("1.", "2)"), consecutive items as one tight list. Tables come out as their
 * rows, one line each inside a paragraph (no table syntax). Pages simply follow each other.
 */
export function toMarkdown(pages: readonly DocPage[]): string {
  const out: string[] = [];
  let inList = false;
  for (const page of pages) {
    for (const b of page.blocks) {
      let text: string;
      if (b.type === 'heading') text = `${'#'.repeat(b.level ?? 1)} ${escapeInline(b.text)}`;
      else if (b.type === 'list-item') text = `${isBullet(b.marker!) ? '-' : b.marker} ${escapeInline(b.text)}`;
      else text = escapeBlockStart(escapeInline(b.text));
      const isItem = b.type === 'list-item';
      if (out.length) out.push(isItem && inList ? '\n' : '\n\n');
      out.push(text);
      inList = isItem;
    }
  }
  return out.length ? out.join('') + '\n' : '';
}

/**
 * Plain text: one line per paragraph or list item (lines joined, hyphenation mended), a blank line
 * between blocks (list items stay together), and a form feed (\f) between pages, as pdftotext does,
 * so a reader can still split pages.
 */
export function toPlainText(pages: readonly DocPage[]): string {
  return pages
    .map((page) => {
      const out: string[] = [];
      let prevItem = false;
      for (const b of page.blocks) {
        const isItem = b.type === 'list-item';
        if (out.length) out.push(isItem && prevItem ? '\n' : '\n\n');
        out.push(isItem ? `${b.marker} ${b.text}` : b.text);
        prevItem = isItem;
      }
      return out.length ? out.join('') + '\n' : '';
    })
    .join('\f');
}

/**
 * JSON: positions in millimetres from the page's top-left corner (y down), page sizes in millimetres,
 * font sizes in points. Lines are in reading order; blocks refer to them by index.
 */
export function toJson(pages: readonly DocPage[]): string {
  return JSON.stringify({ units: { position: 'mm', size: 'mm', fontSize: 'pt' }, pages }, null, 2) + '\n';
}

/** Characters that would turn into emphasis, code or HTML. (Brackets alone make no link; left as is.) */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_<])/g, '\\$1');
}

/** A paragraph that starts like a heading, quote or list must not become one. */
function escapeBlockStart(text: string): string {
  return text.replace(/^(#{1,6}\s|>|[-+]\s)/, '\\$1').replace(/^(\d{1,9})([.)]\s)/, '$1\\$2');
}
