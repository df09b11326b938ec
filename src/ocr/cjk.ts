/**
 * Tesseract's chi_sim model treats each CJK glyph as a word, so its text reads "发 票 号 码". Chinese
 * and Japanese put no spaces between characters, so a space between two CJK characters is an OCR artefact
 * and we drop it; a space between CJK and Latin/digits ("金额 100.00") may be real and is kept.
 */

// Han, kana, Hangul syllables, CJK symbols and punctuation (、。「」), full-width forms (，：（）).
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]`;
const SPACE_BETWEEN_CJK = new RegExp(String.raw`(?<=${CJK})[ \t\u00a0]+(?=${CJK})`, 'gu');
const HAS_CJK = new RegExp(CJK, 'u');

export function normalizeCjkSpacing(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}
