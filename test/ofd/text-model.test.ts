/**
 * The OFD text model (GB/T 33190-2016 §11, §7.5–7.7, §8.2), one rule a test, on small OFDs built here
 * from raw XML: where each glyph must land is worked out in the test from the numbers written into the
 * XML, and compared with MuPDF's trace of the PDF (origins in mm, y down).
 */
import { describe, expect, it } from 'vitest';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { openPdfjs } from '../../src/pdf/pdfjs.js';
import { pdfText } from '../convert/helpers.js';
import { traceGlyphs, type TracedGlyph } from './geometry-rule.js';
import { isInk, pixelAt, popplerRender } from './poppler-fitz.js';
import { code, FONTS, layer, rawOfd, rect, text, type RawOfd } from './raw-ofd.js';

async function glyphsOf(spec: RawOfd): Promise<TracedGlyph[]> {
  return traceGlyphs(await ofdToPdf(rawOfd(spec)))[0]!.filter((g) => g.char.trim());
}

/** The traced glyph of `char` (the n-th one), whose origin must be at x, y (mm). */
function expectAt(glyphs: TracedGlyph[], char: string, x: number, y: number, n = 0) {
  const g = glyphs.filter((c) => c.char === char)[n];
  expect(g, `${char} drawn`).toBeDefined();
  expect(g!.x, `${char}.x`).toBeCloseTo(x, 1);
  expect(g!.y, `${char}.y`).toBeCloseTo(y, 1);
}

const page = (content: string, extra: Partial<RawOfd> = {}): RawOfd => ({ publicRes: FONTS, pages: [{ content: layer(content) }], ...extra });

describe('glyph placement', () => {
  it('DeltaX: each value is the step from one glyph to the next; `g N v` is N steps of v', async () => {
    const glyphs = await glyphsOf(page(text({ ID: 1, Boundary: '10 20 100 20', Font: 3, Size: 3 }, [code({ X: 2, Y: 10, DeltaX: 'g 3 4 2' }, 'ABCDE')])));
    [12, 16, 20, 24, 26].forEach((x, i) => expectAt(glyphs, 'ABCDE'[i]!, x, 30));
  });

  it('DeltaY with `g`, and DeltaX/DeltaY together: a two-line block in one TextCode', async () => {
    // Three glyphs a line at 2.5 mm, then back 7.5 and down 4.5: g 2 2.5 -5 g 2 2.5 (DeltaY g 2 0 4.5 g 2 0).
    const glyphs = await glyphsOf(page(text({ ID: 1, Boundary: '100 30 60 20', Font: 7, Size: 4 }, [code({ X: 3, Y: 5, DeltaX: 'g 2 2.5 -5 g 2 2.5', DeltaY: 'g 2 0 4.5 g 2 0' }, '123456')])));
    [[103, 35], [105.5, 35], [108, 35], [103, 39.5], [105.5, 39.5], [108, 39.5]].forEach(([x, y], i) => expectAt(glyphs, '123456'[i]!, x!, y!));
  });

  it('a list shorter than the gaps repeats its last value, DeltaX and DeltaY each on its own', async () => {
    // As real invoices write a whole name: DeltaX="3.175" DeltaY="0".
    const glyphs = await glyphsOf(page(text({ ID: 1, Boundary: '36 30 82 6', Font: 3, Size: 3.175 }, [code({ X: 0, Y: 4.4875, DeltaX: '3.175', DeltaY: '0' }, '科游迈利')])));
    Array.from('科游迈利').forEach((c, i) => expectAt(glyphs, c, 36 + 3.175 * i, 34.4875));
  });

  it('a TextCode without X starts at the X of the TextCode before it (a wrapped item name stays in its cell)', async () => {
    const item = text({ ID: 1, Boundary: '5 60 30 10', Font: 3, Size: 3 }, [
      code({ X: 1, Y: 3, DeltaX: 'g 7 3' }, '*经纪代理服务*'),
      code({ Y: 7, DeltaX: 'g 4 3' }, '旅游订票费'),
    ]);
    const amount = text({ ID: 2, Boundary: '40 60 20 5', Font: 7, Size: 3 }, [code({ X: 0, Y: 3, DeltaX: 'g 5 1.5' }, '100.00')]);
    const glyphs = await glyphsOf(page(item + amount));
    Array.from('旅游订票费').forEach((c, i) => expectAt(glyphs, c, 6 + 3 * i, 67));
  });

  it('a TextCode without Y keeps the Y of the TextCode before it', async () => {
    const glyphs = await glyphsOf(page(text({ ID: 1, Boundary: '10 10 80 10', Font: 3, Size: 4 }, [code({ X: 0, Y: 5, DeltaX: 'g 2 4' }, '名称：'), code({ X: 20, DeltaX: 'g 3 4' }, '青禾文化')])));
    expectAt(glyphs, '青', 30, 15);
    expectAt(glyphs, '化', 42, 15);
  });

  it('ReadDirection without deltas: 90 runs down, 180 runs left, 270 runs up (each glyph one em on)', async () => {
    const glyphs = await glyphsOf(page(
      text({ ID: 1, Boundary: '10 10 10 40', Font: 3, Size: 4, ReadDirection: 90 }, [code({ X: 1, Y: 4 }, '购买方')]) +
      text({ ID: 2, Boundary: '40 10 40 10', Font: 3, Size: 4, ReadDirection: 180 }, [code({ X: 30, Y: 5 }, '销售商')]) +
      text({ ID: 3, Boundary: '100 10 10 40', Font: 3, Size: 4, ReadDirection: 270 }, [code({ X: 1, Y: 30 }, '备注栏')]),
    ));
    [[11, 14], [11, 18], [11, 22]].forEach(([x, y], i) => expectAt(glyphs, '购买方'[i]!, x!, y!));
    [[70, 15], [66, 15], [62, 15]].forEach(([x, y], i) => expectAt(glyphs, '销售商'[i]!, x!, y!));
    [[101, 40], [101, 36], [101, 32]].forEach(([x, y], i) => expectAt(glyphs, '备注栏'[i]!, x!, y!));
  });

  it('without deltas, Latin advances half an em in 宋体 and 0.6 em in Courier New (the fonts named by ID)', async () => {
    const glyphs = await glyphsOf(page(
      text({ ID: 1, Boundary: '10 10 60 10', Font: 3, Size: 4 }, [code({ X: 0, Y: 5 }, 'AB')]) +
      text({ ID: 2, Boundary: '10 30 60 10', Font: 7, Size: 5 }, [code({ X: 0, Y: 5 }, 'CD')]),
    ));
    expectAt(glyphs, 'B', 12, 15);
    expectAt(glyphs, 'D', 13, 35);
  });

  it('CharDirection turns each glyph about its origin, the origins staying where DeltaX puts them', async () => {
    const glyphs = await glyphsOf(page(text({ ID: 1, Boundary: '20 20 40 10', Font: 3, Size: 5, CharDirection: 90 }, [code({ X: 0, Y: 5, DeltaX: 'g 2 6' }, '下载次')])));
    [20, 26, 32].forEach((x, i) => expectAt(glyphs, '下载次'[i]!, x, 25));
    // Turned a quarter clockwise: the glyph's baseline runs down the page.
    for (const g of glyphs) {
      expect(g.dir[0]).toBeCloseTo(0, 3);
      expect(g.dir[1]).toBeCloseTo(1, 3);
    }
  });

  it('HScale narrows the glyphs, and the advance when no DeltaX places them; Size is in millimetres', async () => {
    const spec = page(
      text({ ID: 1, Boundary: '10 10 60 10', Font: 3, Size: 6, HScale: 0.5 }, [code({ X: 0, Y: 6 }, '中文字')]) +
      text({ ID: 2, Boundary: '10 30 60 10', Font: 3, Size: 6 }, [code({ X: 0, Y: 6, DeltaX: 'g 2 6' }, '全角字')]) +
      text({ ID: 3, Boundary: '10 50 60 10', Font: 3, Size: 6, HScale: 0.5 }, [code({ X: 0, Y: 6 }, '国')]),
    );
    const pdf = await ofdToPdf(rawOfd(spec));
    const glyphs = traceGlyphs(pdf)[0]!;
    [10, 13, 16].forEach((x, i) => expectAt(glyphs, '中文字'[i]!, x, 16));
    expect(glyphs.find((g) => g.char === '全')!.size).toBeCloseTo(6, 1);
    // 国 at half width: its ink ends within 3 mm of its origin (6 mm at full width).
    const pixels = popplerRender(pdf, 200);
    const inkAt = (x0: number, x1: number) => {
      let n = 0;
      for (let x = x0; x < x1; x += 0.1) for (let y = 51; y < 56; y += 0.1) if (isInk(pixelAt(pixels, x, y))) n++;
      return n;
    };
    expect(inkAt(10, 13.2)).toBeGreaterThan(50);
    expect(inkAt(13.4, 17)).toBe(0);
  });

  it('CTM applies inside the Boundary: origin = Boundary corner + CTM · (X, Y); the em scales with it', async () => {
    const glyphs = await glyphsOf(page(
      text({ ID: 1, Boundary: '50 50 40 20', Font: 3, Size: 1, CTM: '5 0 0 5 10 0' }, [code({ X: 1, Y: 2, DeltaX: '1' }, '发票')]) +
      // Quarter turn: x' = −y + 20, y' = x.
      text({ ID: 2, Boundary: '150 50 20 40', Font: 3, Size: 4, CTM: '0 1 -1 0 20 0' }, [code({ X: 2, Y: 3, DeltaX: '4' }, '竖排')]),
    ));
    expectAt(glyphs, '发', 50 + 5 + 10, 50 + 10);
    expectAt(glyphs, '票', 50 + 10 + 10, 50 + 10);
    expect(glyphs.find((g) => g.char === '发')!.size).toBeCloseTo(5, 1);
    expectAt(glyphs, '竖', 150 - 3 + 20, 50 + 2);
    expectAt(glyphs, '排', 150 - 3 + 20, 50 + 6);
  });
});

describe('page structure', () => {
  it('draws template text with the page: labels from the template, values from the page, inside nested PageBlocks', async () => {
    const labels = `<ofd:PageBlock ID="20"><ofd:PageBlock ID="21">${text({ ID: 22, Boundary: '10 30 30 5', Font: 3, Size: 3 }, [code({ X: 0, Y: 3, DeltaX: 'g 2 3' }, '名称：')])}</ofd:PageBlock></ofd:PageBlock>`;
    const values = `<ofd:PageBlock ID="30">${text({ ID: 31, Boundary: '19 30 60 5', Font: 3, Size: 3 }, [code({ X: 0, Y: 3, DeltaX: 'g 5 3' }, '威高集团有限')])}</ofd:PageBlock>`;
    const glyphs = await glyphsOf({ publicRes: FONTS, templates: [{ id: 'T1', content: layer(labels) }], pages: [{ content: layer(values), templates: [{ id: 'T1' }] }] });
    expectAt(glyphs, '名', 10, 33);
    expectAt(glyphs, '：', 16, 33);
    expectAt(glyphs, '威', 19, 33);
    expect(glyphs.map((g) => g.char).join('')).toBe('名称：威高集团有限'); // each drawn once
  });

  it('template z-order: Background under the page, Foreground over it, the TemplatePage’s ZOrder when the page states none', async () => {
    const spec: RawOfd = {
      templates: [
        { id: 'B', content: layer(rect('10 10 20 10', '0 0 0')) },
        { id: 'F', content: layer(rect('40 10 20 10', '255 0 0')) },
        { id: 'G', content: layer(rect('70 10 20 10', '0 160 0')), zOrder: 'Foreground' },
      ],
      pages: [{ content: layer(rect('10 10 20 10', '0 0 255') + rect('40 10 20 10', '0 0 255') + rect('70 10 20 10', '0 0 255')), templates: [{ id: 'B' }, { id: 'F', zOrder: 'Foreground' }, { id: 'G' }] }],
    };
    const pixels = popplerRender(await ofdToPdf(rawOfd(spec)), 100);
    expect(pixelAt(pixels, 20, 15)).toEqual([0, 0, 255]);
    expect(pixelAt(pixels, 50, 15)).toEqual([255, 0, 0]);
    expect(pixelAt(pixels, 80, 15)).toEqual([0, 160, 0]);
  });

  it('Layer Type: Background layers under Body, Foreground over it, whatever their order in the file', async () => {
    const spec: RawOfd = { pages: [{ content: layer(rect('10 10 20 10', '255 0 0'), ' Type="Foreground"') + layer(rect('10 10 20 10', '0 0 255')) + layer(rect('40 10 20 10', '0 0 0'), ' Type="Body"') + layer(rect('40 10 20 10', '0 160 0'), ' Type="Background"') }] };
    const pixels = popplerRender(await ofdToPdf(rawOfd(spec)), 100);
    expect(pixelAt(pixels, 20, 15)).toEqual([255, 0, 0]);
    expect(pixelAt(pixels, 50, 15)).toEqual([0, 0, 0]);
  });

  it('DrawParam: a Layer’s parameters reach its objects through Relative chains; the object’s own DrawParam and FillColor win', async () => {
    const publicRes = `${FONTS}<ofd:DrawParams><ofd:DrawParam ID="40"><ofd:FillColor Value="255 0 0"/></ofd:DrawParam><ofd:DrawParam ID="41" Relative="40" LineWidth="0.5"/><ofd:DrawParam ID="42"><ofd:FillColor Value="0 0 255"/></ofd:DrawParam></ofd:DrawParams>`;
    const big = (id: number, x: number, extra: Record<string, string | number> = {}, inner = '') => text({ ID: id, Boundary: `${x} 10 30 30`, Font: 3, Size: 25, ...extra }, [code({ X: 0, Y: 22 }, '■')], inner);
    const objects = big(1, 10) + big(2, 50, { DrawParam: 42 }) + big(3, 90, { DrawParam: 42 }, '<ofd:FillColor Value="0 160 0"/>');
    const pixels = popplerRender(await ofdToPdf(rawOfd({ publicRes, pages: [{ content: layer(objects, ' DrawParam="41"') }] })), 100);
    const colour = (x: number) => pixelAt(pixels, x + 12.5, 22);
    expect(colour(10)).toEqual([255, 0, 0]);
    expect(colour(50)).toEqual([0, 0, 255]);
    expect(colour(90)).toEqual([0, 160, 0]);
  });

  it('fonts are referenced by ID, from PublicRes or the page’s PageRes', async () => {
    const pageRes = '<ofd:Fonts><ofd:Font ID="90" FontName="宋体"/></ofd:Fonts>';
    const spec: RawOfd = { publicRes: FONTS, pages: [{ pageRes, content: layer(text({ ID: 1, Boundary: '10 10 50 10', Font: 90, Size: 4 }, [code({ X: 0, Y: 4, DeltaX: 'g 3 4' }, '页面字体')]) + text({ ID: 2, Boundary: '10 30 50 10', Font: 7, Size: 4 }, [code({ X: 0, Y: 4, DeltaX: 'g 3 2' }, '1234')])) }] };
    const glyphs = await glyphsOf(spec);
    expectAt(glyphs, '体', 22, 14);
    expectAt(glyphs, '4', 16, 34);
  });
});

describe('lenient placement', () => {
  it('draws a text without a Boundary from the page origin, by its CTM and coordinates', async () => {
    const glyphs = await glyphsOf(page('<ofd:TextObject ID="1" Font="3" Size="1" CTM="3 0 0 3 20 0"><ofd:TextCode X="0" Y="10" DeltaX="g 7 1">25332000</ofd:TextCode></ofd:TextObject>'));
    expectAt(glyphs, '5', 23, 30);
    expect(glyphs.map((g) => g.char).join('')).toBe('25332000');
  });
});

describe('composite objects', () => {
  it('draws a CompositeGraphicUnit’s objects through the CompositeObject’s CTM and Boundary', async () => {
    // The unit: a label at (1, 4) of its own space and a 4 × 4 red square at (20, 0). Placed at 30,40
    // with a CTM doubling it: the label's origin lands at 30 + 2·1, 40 + 2·4; the square covers 70..78.
    const unit = `<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="50" Width="30" Height="10"><ofd:Content>${
      text({ ID: 51, Boundary: '0 0 20 6', Font: 3, Size: 3 }, [code({ X: 1, Y: 4, DeltaX: 'g 1 3' }, '复合')]) + rect('20 0 4 4', '255 0 0')
    }</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>`;
    const spec: RawOfd = { publicRes: FONTS + unit, pages: [{ content: layer('<ofd:CompositeObject ID="60" Boundary="30 40 60 20" CTM="2 0 0 2 0 0" ResourceID="50"/>') }] };
    const pdf = await ofdToPdf(rawOfd(spec));
    const glyphs = traceGlyphs(pdf)[0]!;
    expectAt(glyphs, '复', 32, 48);
    expectAt(glyphs, '合', 38, 48);
    expect(glyphs.find((g) => g.char === '复')!.size).toBeCloseTo(6, 1);
    const pixels = popplerRender(pdf, 100);
    expect(pixelAt(pixels, 74, 44)).toEqual([255, 0, 0]);
    expect(pixelAt(pixels, 22, 2)).toEqual([255, 255, 255]); // not in the unit's own space
    expect(pixelAt(pixels, 52, 42)).toEqual([255, 255, 255]); // nor moved without the CTM
  });
});

describe('text read back', () => {
  it('keeps each TextCode one word when one character is set at different steps in different texts', async () => {
    // The digit 2 steps 0.8 em in the number, 0.45 em in the amount, 1 em in the date: no one glyph width
    // fits all three, so extractors that read gaps against widths would find "2 5 3 3 …".
    const values = ['25332000000456789012', '8490.57', '2025年03月18日', '91330106MA2H3K7L5P'];
    const content =
      text({ ID: 1, Boundary: '10 10 150 6', Font: 3, Size: 3 }, [code({ X: 0, Y: 4, DeltaX: 'g 19 2.4' }, values[0]!)]) +
      text({ ID: 2, Boundary: '10 20 150 6', Font: 3, Size: 3 }, [code({ X: 0, Y: 4, DeltaX: 'g 6 1.35' }, values[1]!)]) +
      text({ ID: 3, Boundary: '10 30 150 6', Font: 3, Size: 3 }, [code({ X: 0, Y: 4, DeltaX: 'g 12 3' }, values[2]!)]) +
      text({ ID: 4, Boundary: '10 40 150 6', Font: 7, Size: 4.2333 }, [code({ X: 0, Y: 4, DeltaX: 'g 17 2.54' }, values[3]!)]);
    const pdf = await ofdToPdf(rawOfd(page(content)));
    const lines = pdfText(pdf).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(values);
    const pdfDoc = await openPdfjs(pdf);
    try {
      const items = (await (await pdfDoc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).filter(Boolean);
      expect(items).toEqual(values);
    } finally {
      await pdfDoc.destroy();
    }
    // Still where the OFD puts them.
    const glyphs = traceGlyphs(pdf)[0]!;
    expectAt(glyphs, '1', 10 + 18 * 2.4, 14);
    expectAt(glyphs, '日', 10 + 10 * 3, 34);
  });
});
