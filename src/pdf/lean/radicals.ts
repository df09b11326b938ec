/**
 * Radicals a font's ToUnicode map may give for ideographs whose glyphs they share (⼯ for 工, ⻓ for 长):
 * the text of such a page says "开票⽇期" and "⼤连⾦⼭电⼦⼯程有限公司" where it shows 开票日期 and
 * 大连金山电子工程有限公司, so no label or name would match. A radical in running text is always such
 * an ideograph: the Kangxi radicals (U+2F00…) are read as their NFKC form, the radicals of U+2E80… that
 * stand for a whole ideograph as it (Unicode's EquivalentUnifiedIdeograph); the others, parts of a
 * character only, stay.
 */
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/gu;
const WHOLE_RADICALS = new Map([...'⺟母⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟']
  .flatMap((c, i, all) => (i % 2 ? [] : [[c, all[i + 1]] as const])));
const ideograph = (radical: string): string => (radical >= '\u2f00' ? radical.normalize('NFKC') : WHOLE_RADICALS.get(radical) ?? radical);

/** The text with each radical that stands for an ideograph read as that ideograph. */
export function radicalsAsIdeographs(text: string): string {
  return text.replace(RADICAL, ideograph);
}
