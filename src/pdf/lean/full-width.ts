/**
 * Full-width digits and Latin letters (２０２５, ＭＡ) in a text layer: some issuers' fonts map their
 * digit glyphs there, and some converters write Chinese documents' figures so. The page shows the
 * figures; no label, date or amount pattern reads them. They are read as their ASCII forms, and a
 * full-width full stop or comma between two digits (２４７７８．７６, １，２００) as the decimal point or
 * the thousands' separator it is. Other full-width punctuation (：（）) is what Chinese labels print
 * and stays.
 */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;
const SEPARATOR_IN_FIGURE = /(?<=\d)[\uff0e\uff0c](?=\d)/gu;

/** The text with full-width digits and letters, and the separators inside its figures, in ASCII. */
export function fullWidthAsAscii(text: string): string {
  if (!/[\uff0c-\uff5a]/u.test(text)) return text;
  return text.replace(FULL_WIDTH_ALNUM, (c) => c.normalize('NFKC')).replace(SEPARATOR_IN_FIGURE, (c) => c.normalize('NFKC'));
}
