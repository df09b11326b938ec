/**
 * 人民币大写 (the amount in words printed as 价税合计（大写）) ⇄ number.
 * Parsing is lenient (元/圆, 整/正, leading ⊗/ⓧ markers, 负 for red-letter invoices) because producers
 * differ; formatting follows the common bank/tax convention ("壹仟零伍圆整", "壹拾圆整").
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 叄: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };

function parseInteger(s: string): number | null {
  let result = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT_VALUE) digit = DIGIT_VALUE[ch];
    else if (ch in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[ch];
      digit = 0;
    } else if (ch === '万' || ch === '萬') {
      result += (section + digit) * 1e4;
      section = digit = 0;
    } else if (ch === '亿' || ch === '億') {
      result = (result + section + digit) * 1e8;
      section = digit = 0;
    } else return null;
  }
  return result + section + digit;
}

/** "壹仟贰佰叁拾肆圆伍角陆分" → 1234.56; null when the text is not an amount in words. */
export function parseChineseAmount(words: string): number | null {
  let s = words.replace(/[\s⊗ⓧ⨂×Xx（）()：:]/g, '').replace(/^人民币/, '');
  if (!s) return null;
  // 负 or, on a red-letter 数电 invoice, （负数） (brackets already gone).
  const negative = /^负/.test(s);
  s = s.replace(/^负数?/, '').replace(/[整正]$/, '');
  const m = s.match(/^(.*?)(?:[圆圓元])?(?:(.)角)?(?:(.)分)?$/);
  if (!m) return null;
  let intPart = m[1];
  let jiao = m[2] ? DIGIT_VALUE[m[2]] : 0;
  let fen = m[3] ? DIGIT_VALUE[m[3]] : 0;
  // "壹圆零伍分": the 零 sits between 圆 and the cents.
  intPart = intPart.replace(/零$/, '');
  if (jiao === undefined || fen === undefined) return null;
  if (!intPart && !m[2] && !m[3]) return null;
  const yuan = intPart ? parseInteger(intPart.replace(/[圆圓元]$/, '')) : 0;
  if (yuan === null) return null;
  const value = Math.round((yuan + jiao / 10 + fen / 100) * 100) / 100;
  return negative ? -value : value;
}

function fourDigits(n: number, leadingZero: boolean): string {
  const units = ['', '拾', '佰', '仟'];
  let out = '';
  let zero = leadingZero;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      zero = out !== '' || leadingZero;
    } else {
      if (zero && (out !== '' || leadingZero)) out += '零';
      out += DIGITS[d] + units[i];
      zero = false;
    }
  }
  return out;
}

/** 1234.56 → "壹仟贰佰叁拾肆圆伍角陆分"; 318 → "叁佰壹拾捌圆整"; negative amounts get "负". */
export function toChineseAmount(value: number): string {
  const negative = value < 0;
  const cents = Math.round(Math.abs(value) * 100);
  let yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = '';
  if (yuan > 0) {
    const groups: number[] = [];
    while (yuan > 0) {
      groups.unshift(yuan % 10000);
      yuan = Math.floor(yuan / 10000);
    }
    const groupUnits = ['', '万', '亿', '万亿'];
    groups.forEach((g, i) => {
      const unit = groupUnits[groups.length - 1 - i];
      if (g === 0) {
        if (!out.endsWith('零')) out += '零';
        return;
      }
      out += fourDigits(g, i > 0 && g < 1000) + unit;
    });
    out = out.replace(/零+$/, '').replace(/零+/g, '零') + '圆';
  }
  if (jiao === 0 && fen === 0) return (negative ? '负' : '') + (out || '零圆') + '整';
  if (jiao > 0) out += DIGITS[jiao] + '角';
  else if (out) out += '零';
  if (fen > 0) out += DIGITS[fen] + '分';
  else out += '整';
  return (negative ? '负' : '') + out;
}
