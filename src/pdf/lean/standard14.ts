/**
 * The standard 14 fonts' glyph widths and the WinAnsi encoding, as @pdf-lib/standard-fonts gives them,
 * written out (standard14-metrics.ts, scripts/standard14-metrics.mjs; test/pdf/lean-standard14.test.ts
 * compares both with the package). Reading the package's data files at run time (base64 of deflated
 * JSON, kerning pairs and all) cost a one-invoice extract that used Helvetica ~25 M instructions, most of
 * it resolving, inflating and parsing the first file (bench/extract/README.md, "The extract bundle without
 * the other commands").
 */
import type { FontNames } from '@pdf-lib/standard-fonts';
import { LATIN_GLYPHS, LATIN_WIDTHS, SYMBOL_GLYPHS, SYMBOL_WIDTHS, ZAPF_DINGBATS_GLYPHS, ZAPF_DINGBATS_WIDTHS } from './standard14-metrics.js';

/** The package's `FontNames` (requiring its index would inflate every encoding). */
const STANDARD_14 = new Set<string>([
  'Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique',
  'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique',
  'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic',
  'Symbol', 'ZapfDingbats',
] satisfies `${FontNames}`[]);

export const isStandard14 = (name: string): boolean => STANDARD_14.has(name);

/** Glyph name → advance width (glyph space), per font, made once per process. */
const widths = new Map<string, Map<string, number>>();

export function standardWidths(name: string): Map<string, number> {
  let font = widths.get(name);
  if (!font) widths.set(name, (font = metricsOf(name)));
  return font;
}

/** An oblique's widths are its upright's. */
const UPRIGHT: Record<string, string> = { 'Helvetica-Oblique': 'Helvetica', 'Helvetica-BoldOblique': 'Helvetica-Bold' };

function metricsOf(name: string): Map<string, number> {
  const table = (glyphs: string, advances: string) => {
    const values = advances.split(' ');
    return new Map(glyphs.split(' ').map((glyph, i) => [glyph, Number(values[i])]));
  };
  if (name === 'Symbol') return table(SYMBOL_GLYPHS, SYMBOL_WIDTHS);
  if (name === 'ZapfDingbats') return table(ZAPF_DINGBATS_GLYPHS, ZAPF_DINGBATS_WIDTHS);
  if (name.startsWith('Courier')) return new Map(LATIN_GLYPHS.split(' ').map((glyph) => [glyph, 600]));
  return table(LATIN_GLYPHS, LATIN_WIDTHS[UPRIGHT[name] ?? name]);
}

export type Encoded = Map<number, { unicode: string; name: string }>;
let winAnsi: Encoded | undefined;

/**
 * WinAnsiEncoding's glyph names for codes 32-255, "" where it has none: the package's table, written out
 * (test/pdf/lean-standard14.test.ts compares the two). Decoding the package's file for it inflated and
 * parsed every encoding it holds, ~9 CPU-ms of a one-invoice extract.
 */
const WIN_ANSI_NAMES = (
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright '
  + 'asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon '
  + 'semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z '
  + 'bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p '
  + 'q r s t u v w x y z braceleft bar braceright asciitilde  Euro  quotesinglbase florin '
  + 'quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft OE  Zcaron   '
  + 'quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron '
  + 'guilsinglright oe  zcaron ydieresis space exclamdown cent sterling currency yen brokenbar '
  + 'section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron degree '
  + 'plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior '
  + 'ordmasculine guillemotright onequarter onehalf threequarters questiondown Agrave Aacute '
  + 'Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute '
  + 'Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash '
  + 'Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde '
  + 'adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex '
  + 'idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute '
  + 'ucircumflex udieresis yacute thorn ydieresis'
).split(' ');

/** The codes whose Unicode value is not the code itself (Windows-1252's 0x80-0x9F). */
const WIN_ANSI_UNICODE: Record<number, number> = {
  128: 0x20ac, 130: 0x201a, 131: 0x192, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021,
  136: 0x2c6, 137: 0x2030, 138: 0x160, 139: 0x2039, 140: 0x152, 142: 0x17d, 145: 0x2018, 146: 0x2019,
  147: 0x201c, 148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 152: 0x2dc, 153: 0x2122,
  154: 0x161, 155: 0x203a, 156: 0x153, 158: 0x17e, 159: 0x178
};

/** WinAnsiEncoding: code → Unicode and glyph name (for a code two code points map to, the lower one, as the package's encoder gives). */
export function winAnsiEncoding(): Encoded {
  if (winAnsi) return winAnsi;
  winAnsi = new Map();
  WIN_ANSI_NAMES.forEach((name, i) => {
    const code = i + 32;
    if (name !== '') winAnsi!.set(code, { unicode: String.fromCodePoint(WIN_ANSI_UNICODE[code] ?? code), name });
  });
  return winAnsi;
}

/**
 * The Adobe Glyph List's characters of the standard Latin glyph names that WinAnsiEncoding lacks, and of
 * TeX's ligatures, as pdf.js maps them (ligatures to their presentation forms, which its text content,
 * and content.ts, normalise to letters). Not the two names the list gives private-use characters
 * (commaaccent, dotlessj).
 */
const LATIN_NAMES = (
  'fraction:2044 fi:fb01 fl:fb02 ff:fb00 ffi:fb03 ffl:fb04 breve:2d8 dotaccent:2d9 ring:2da hungarumlaut:2dd '
  + 'ogonek:2db caron:2c7 Lslash:141 dotlessi:131 lslash:142 abreve:103 uhungarumlaut:171 ecaron:11b '
  + 'Ydieresis:178 scommaaccent:219 Uring:16e aogonek:105 uogonek:173 Dcroat:110 Emacron:112 ccaron:10d '
  + 'Ncommaaccent:145 lacute:13a Tcommaaccent:162 Cacute:106 Edotaccent:116 scedilla:15f lozenge:25ca '
  + 'Rcaron:158 Gcommaaccent:122 Amacron:100 rcaron:159 Zdotaccent:17b Omacron:14c Racute:154 Sacute:15a '
  + 'dcaron:10f Umacron:16a uring:16f Abreve:102 Tcaron:164 partialdiff:2202 Nacute:143 cacute:107 '
  + 'nacute:144 umacron:16b Ncaron:147 Gbreve:11e Idotaccent:130 summation:2211 racute:155 omacron:14d '
  + 'Zacute:179 greaterequal:2265 lcommaaccent:13c tcaron:165 eogonek:119 Uogonek:172 zacute:17a '
  + 'iogonek:12f amacron:101 sacute:15b Delta:2206 ohungarumlaut:151 Eogonek:118 dcroat:111 Scedilla:15e '
  + 'lcaron:13e Kcommaaccent:136 Lacute:139 edotaccent:117 Imacron:12a Lcaron:13d lessequal:2264 '
  + 'Uhungarumlaut:170 emacron:113 gbreve:11f Scommaaccent:218 Ohungarumlaut:150 Ccaron:10c radical:221a '
  + 'Dcaron:10e rcommaaccent:157 Rcommaaccent:156 Lcommaaccent:13b Aogonek:104 zdotaccent:17c Ecaron:11a '
  + 'Iogonek:12e kcommaaccent:137 minus:2212 ncaron:148 tcommaaccent:163 notequal:2260 gcommaaccent:123 '
  + 'ncommaaccent:146 imacron:12b'
);
let byName: Map<string, string> | undefined;

/** A glyph name's character: WinAnsiEncoding's names, LATIN_NAMES, uniXXXX; undefined for a name that says none ("a82", "g12"). */
export function glyphUnicode(name: string): string | undefined {
  if (!byName) {
    // A name at two codes (hyphen, space: also at 173 and 160) is its lower code's character, as the Glyph List has it.
    byName = new Map([...winAnsiEncoding().values()].reverse().map((e) => [e.name, e.unicode]));
    for (const entry of LATIN_NAMES.split(' ')) {
      const [glyph, hex] = entry.split(':');
      byName.set(glyph!, String.fromCodePoint(parseInt(hex!, 16)));
    }
  }
  const uni = /^uni([0-9A-F]{4})$/.exec(name);
  return byName.get(name) ?? (uni ? String.fromCharCode(parseInt(uni[1]!, 16)) : undefined);
}
