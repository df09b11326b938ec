/**
 * Labels that OCR reads without their accents: PP-OCR and tesseract's English model often print
 * "Kaufer", "Rechnungsempfanger", "Facture a" for "Käufer", "Rechnungsempfänger", "Facturé à". A label
 * pattern made tolerant accepts the bare letter wherever it names an accented one; values (names) are
 * never changed.
 */
const BARE: Record<string, string> = {
  ä: 'a', à: 'a', â: 'a', á: 'a', ö: 'o', ô: 'o', ó: 'o', ü: 'u', ù: 'u', û: 'u', ú: 'u',
  é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', í: 'i', ç: 'c', ñ: 'n',
  Ä: 'A', Ö: 'O', Ü: 'U', É: 'E', È: 'E', À: 'A', Ç: 'C',
};

/** `re` with each accented letter also matching its bare form (inside and outside character classes). */
export function accentTolerant(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const bare = BARE[c];
    out += bare === undefined ? c : inClass ? c + bare : `[${c}${bare}]`;
  }
  return new RegExp(out, re.flags);
}
