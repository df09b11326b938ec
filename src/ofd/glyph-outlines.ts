/**
 * Glyph outlines of an OFD's embedded font, by glyph id. CGTransform names glyphs by id, and the fonts
 * that printer drivers embed often have no usable cmap (a character would come out as a □ box), so such
 * glyphs are drawn as their outline paths; the characters stay in the PDF as invisible text.
 */
import { fixedFontkit } from '../pdf/fontkit-fix.js';
import { parseAbbreviatedData } from './path-data.js';
import type { PathCommand } from './types.js';

export interface GlyphOutline {
  /** Outline in em units, y up (font space). */
  commands: PathCommand[];
  /** Advance width in em units. */
  advance: number;
}

/** fontkit's path command record (untyped in pdf-lib's fontkit types). */
interface FontkitCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** The same drawing as OFD AbbreviatedData, so one parser turns both into M/L/C/Z. */
const OFD_OP: Record<FontkitCommand['command'], string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'B', closePath: 'C' };

export class GlyphOutlines {
  private readonly cache = new Map<number, GlyphOutline | undefined>();

  private constructor(private readonly font: ReturnType<typeof fixedFontkit.create>) {}

  /** Outlines of a font program, or undefined when fontkit cannot read it. */
  static of(file: Uint8Array): GlyphOutlines | undefined {
    try {
      const font = fixedFontkit.create(file);
      return font.numGlyphs > 0 && font.unitsPerEm > 0 ? new GlyphOutlines(font) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The glyph's outline, or undefined for an id the font does not have. */
  outline(id: number): GlyphOutline | undefined {
    if (this.cache.has(id)) return this.cache.get(id);
    let outline: GlyphOutline | undefined;
    if (id < this.font.numGlyphs) {
      try {
        const glyph = this.font.getGlyph(id);
        const em = this.font.unitsPerEm;
        const commands = (glyph.path as unknown as { commands: FontkitCommand[] }).commands;
        const data = commands.map((c) => [OFD_OP[c.command], ...c.args.map((v) => v / em)].join(' ')).join(' ');
        outline = { commands: parseAbbreviatedData(data), advance: glyph.advanceWidth / em };
      } catch {
        outline = undefined; // a damaged glyph program: the glyph is left out, the text stays
      }
    }
    this.cache.set(id, outline);
    return outline;
  }
}
