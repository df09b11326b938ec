/** When a page OCR has read is worth decoding its QR code for (only Chinese invoices' codes are parsed). */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { wantQrAfterOcr } from '../../src/extract/qr.js';

const page = (text: string): PageText => ({ page: 1, width: 210, height: 297, items: [{ text, x: 10, y: 10, width: 100, height: 4, page: 1 }] });
const chinese = page('深圳增值税电子普通发票 发票号码 28451937 名称 杭州云票科技有限公司');
const german = page('Rechnung Nr. 2024-0113 Bergmann Burotechnik GmbH Summe netto 1.234,00 EUR');

describe('wantQrAfterOcr', () => {
  it('decodes a page read as Chinese and skips one read with Chinese OCR that shows none', () => {
    expect(wantQrAfterOcr('auto', 'chi_sim+eng', chinese)).toBe(true);
    expect(wantQrAfterOcr('auto', 'chi_sim+eng', german)).toBe(false);
  });

  it('decodes whatever the text when OCR could not read Chinese, or when told to; never when told not to', () => {
    expect(wantQrAfterOcr('auto', 'eng', german)).toBe(true);
    expect(wantQrAfterOcr('always', 'chi_sim+eng', german)).toBe(true);
    expect(wantQrAfterOcr('never', 'chi_sim+eng', chinese)).toBe(false);
  });
});
