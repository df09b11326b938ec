/**
 * Positioned text, the shape every text source (PDF text layer, OFD TextObjects, OCR) produces, so the
 * invoice parsers work by geometry whatever the source.
 *
 * Coordinates are in millimetres from the page's top-left corner, y growing downwards (as OFD does).
 */
export interface TextItem {
  text: string;
  x: number;      // left edge
  y: number;      // top edge
  width: number;
  height: number; // font size / glyph box height
  page: number;   // 1-based
  /** OCR only: how sure the engine is of the item's least certain word, 0..100. */
  confidence?: number;
}

export interface PageText {
  page: number;    // 1-based
  width: number;   // mm
  height: number;  // mm
  items: TextItem[];
}
