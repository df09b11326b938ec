/**
 * Till receipts dated in another calendar than the Common Era's, as OCR gives their lines: a Thai till's
 * Buddhist year in full ("27/11/2569") or in two digits ("13/11/69"), a Japanese era's year ("令和8年11月26日");
 * and a month's Spanish abbreviation between slashes ("14/AGO/2026").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';

/** One text item per line, 5 mm apart; "  " splits a line into a label and its figure at the right. */
function page(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: k === 0 ? 5 : 60 - 10 * (all.length - 1 - k), y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

function settled(lines: string[]) {
  return settle({ parts: textParts(page(lines), 'ocr', []), pages: 1 }, new Date('2026-11-29'));
}

const CAFE = ['2 ICED LATTE  150.00', '1 THAI TEA  55.00', '2 CROISSANT  130.00', '1 WATER  15.00', 'VATABLE  327.10', 'VAT 7%  22.90', 'GRAND TOTAL  350.00', 'CASH  500.00', 'CHANGE  150.00', 'THANK YOU'];

describe('a Buddhist year', () => {
  it('in full is the Common Era\'s less 543, standing alone or with the day run into what OCR made of Thai script', () => {
    for (const dated of ['27/11/2569 10:22  POS 01', 'DOD00027/11/2569 10:22  POS 01', 'วันที่ 27-11-2569 10:22']) {
      const r = settled(['BAAN KAFAE', 'TAX ID 0105562117410', 'NIMMANHAEMIN RD, CHIANG MAI', dated, ...CAFE]);
      expect(r.invoice.date, dated).toBe('2026-11-27');
      expect(fieldsInDoubt(r.checks), dated).not.toContain('date');
      expect(r.invoice.totalAmount).toBe(350);
    }
  });

  it('in two digits on a Thai page ("13/11/69": 2569) is 2026, not 2069', () => {
    const r = settled(['SUKSABAI PHARMACY', 'TAX ID 0105559018827', 'SUKHUMVIT SOI 11, BANGKOK', '13/11/69 18:20  POS 2', '2 PARACETAMOL 500MG  70.00', '1 VITAMIN C 1000  290.00',
      '1 ALCOHOL GEL 500ML  129.00', '1 MASK 50PCS  145.00', 'SUBTOTAL  634.00', 'MEMBER DISC 10%  -63.40', 'NET TOTAL  570.60', 'CARD  570.60', 'VAT 7% INCLUDED  37.33', 'THANK YOU']);
    expect(r.invoice.date).toBe('2026-11-13');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('a two-digit year of the Common Era, and one of 2060 on no Thai page, are read as before', () => {
    const thai = settled(['QUICKMART 24', 'RAMA IV RD, BANGKOK', '13/11/26 18:20  POS 2', ...CAFE]);
    expect(thai.invoice.date).toBe('2026-11-13');
    const other = settled(['CORNER SHOP', 'KUALA LUMPUR', '13/11/69 18:20  POS 2', ...CAFE]);
    expect(other.invoice.date === '2026-11-13').toBe(false);
    expect(fieldsInDoubt(other.checks)).toContain('date');
  });
});

describe('a Japanese era\'s year', () => {
  it('"令和8年11月26日" is 2026-11-26, "令和元年" 2019', () => {
    const till = (dated: string) => settled(['ハッピーマート 新宿西口店', '東京都新宿区西新宿1-18-2', dated, 'サンドイッチ *  ￥320', '緑茶 500ml *  ￥150', '小計  ￥470', '合計  ￥470', '(内消費税等  ￥34)']);
    expect(till('令和8年11月26日（木） 08:12').invoice.date).toBe('2026-11-26');
    expect(fieldsInDoubt(till('令和8年11月26日（木） 08:12').checks)).not.toContain('date');
    expect(till('令和元年5月7日 08:12').invoice.date).toBe('2019-05-07');
  });
});

describe('a month\'s Spanish abbreviation between slashes', () => {
  it('"14/AGO/2026" is 14 August (its O not read as a zero)', () => {
    const r = settled(['MINISUPER LA ESQUINA', 'RFC: MLE180214KX7', 'FECHA: 14/AGO/2026  19:05', '2 COCA COLA 600ML  37.00', '1 PAN BIMBO GRANDE  52.00', 'SUBTOTAL  76.72', 'IVA 16%  12.28',
      'TOTAL  $89.00', 'EFECTIVO  100.00', 'SU CAMBIO  11.00']);
    expect(r.invoice.date).toBe('2026-08-14');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});
