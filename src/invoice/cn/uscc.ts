/**
 * 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015): 18 characters from a 31-symbol alphabet
 * (digits and capitals without I, O, S, V, Z); the last is a mod-31 check character over the first 17.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when they use symbols outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** True for an 18-character code whose check character is right. */
export function isValidUscc(code: string): boolean {
  const c = code.trim().toUpperCase();
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(c) && usccCheckChar(c.slice(0, 17)) === c[17];
}

/** Looks like a USCC (18 chars of the alphabet), whether or not the check character is right. */
export function looksLikeUscc(code: string): boolean {
  return /^[0-9A-Z]{18}$/.test(code.trim().toUpperCase());
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** Region (first digit 1-8), a birth date of 1900-2099, a sequence and the check character. */
const RESIDENT_ID = /^[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;

/**
 * A 居民身份证号码 (GB 11643-1999): what a person is identified by in the 纳税人识别号 cell (a farmer
 * selling to a 农产品收购 invoice's issuer, a car's buyer). 18 characters like a USCC, but its check
 * character is ISO 7064 MOD 11-2 over 17 digits, and it carries a birth date.
 */
export function isResidentIdNumber(code: string): boolean {
  const c = code.trim().toUpperCase();
  if (!RESIDENT_ID.test(c)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(c[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === c[17];
}

/** The digits OCR reads as the letters a 统一社会信用代码 never holds (its alphabet leaves out I, O, S, Z). */
const LETTER_DIGIT: Readonly<Record<string, string>> = { I: '1', O: '0', S: '5', Z: '2' };

/**
 * A tax ID as OCR read it, its I / O / S / Z put back to the digits they are when that makes a valid
 * 统一社会信用代码 (or 居民身份证号码): a USCC never holds those letters, so each is a misread glyph, and
 * the check character confirms the reading. Anything else is returned as read, for the checksum check
 * to flag.
 */
export function withOcrDigits(code: string): string {
  if (!looksLikeUscc(code) || isValidUscc(code) || isResidentIdNumber(code) || !/[IOSZ]/i.test(code)) return code;
  const digits = code.toUpperCase().replace(/[IOSZ]/g, (c) => LETTER_DIGIT[c]!);
  return isValidUscc(digits) || isResidentIdNumber(digits) ? digits : code;
}
