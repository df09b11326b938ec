/** Whether a page's pixels show any ink (a separator sheet, the back of a scan: nothing to read). */

/** No ink: fewer than 1 in 2,000 sampled pixels is darker than light grey. `rgba` is row-major RGBA. */
export function looksBlank(rgba: Uint8ClampedArray): boolean {
  const step = 4 * 7; // every 7th pixel is plenty for text, which spans many pixels
  let dark = 0;
  let seen = 0;
  for (let i = 0; i < rgba.length; i += step) {
    seen++;
    if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 3 * 200) dark++;
  }
  return dark * 2000 < seen;
}
