/**
 * A scanned invoice's number label whose small sign OCR lost or misread ("N: R-2025/014" for "Nº:",
 * "N9 fatura" for "Nº fatura", "FAKTURA. 2025041" for "FAKTURA č. 2025041"): the number is read as from
 * the text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { textParts } from '../../src/extract/text-parts.js';
import { ocrItem, a4 } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** A Spanish credit note, its number's cell (`label`) under the title at the right, the parties under it. */
function spanish(label: string): PageText {
  const items = [
    row(20, 15, 'Reformas y Climatización Levante, S.L.U.'), row(134, 15, 'FACTURA RECTIFICATIVA'),
    row(20, 21, 'Avda. del Puerto 233, bajo'), row(159, 21, label),
    row(20, 26, '46023 Valencia'), row(152, 26, 'Fecha: 21/03/2025'),
    row(20, 31, 'CIF B98765432'),
    row(22, 45, 'Datos del cliente'), row(22, 50, 'Comunidad de Propietarios Edificio Las Palmeras'), row(22, 55, 'Calle Doctor Peset 5'), row(22, 60, '46008 Valencia'),
    row(22, 80, 'Concepto'), row(173, 80, 'Importe'),
    row(22, 87, 'Equipo split 3x1 inverter, devuelto'), row(172, 87, '-250,00'),
    row(117, 100, 'Base imponible'), row(172, 100, '-250,00 €'),
    row(116, 107, 'IVA 21 %'), row(175, 107, '-52,50 €'),
    row(116, 114, 'TOTAL'), row(172, 114, '-302,50 €'),
  ];
  return a4(items);
}

/** A Portuguese invoice, its number's label cell (`label`) beside the number's cell at the top right. */
function portuguese(label: string): PageText {
  const items = [
    row(20, 18, 'Vinhos da Encosta, Lda'), row(179, 18, 'FATURA'),
    row(20, 23, 'Rua do Pinhal, 112'), row(146, 23, label), row(159, 23, 'FT 2025A1/0342'),
    row(20, 28, '5050-231 Peso da Régua'), row(146, 33, 'Data'), row(159, 33, '2025-11-21'),
    row(20, 32, 'NIF: 513 448 210'),
    row(20, 55, 'Exmo.(s) Sr.(s)'), row(20, 60, 'Restaurante O Farol, Lda'), row(20, 65, 'Av. dos Pescadores, 8'), row(20, 70, '4490-318 Póvoa de Varzim'),
    row(21, 80, 'Artigo'), row(170, 80, 'Valor'),
    row(21, 87, 'Vinho tinto Douro DOC 2021, cx 6'), row(170, 87, '1.540,00'),
    row(120, 110, 'Total ilíquido'), row(170, 110, '1.540,00'),
    row(120, 116, 'IVA 23%'), row(172, 116, '354,20'),
    row(120, 122, 'Total a pagar'), row(170, 122, '1.894,20 €'),
  ];
  return a4(items);
}

/** A Czech invoice, its title's row as read (`title`), the number alone under it when `under`. */
function czech(title: string, under: string | null): PageText {
  const items = [
    row(16, 15, title), row(155, 15, 'Variabilní symbol:'),
    ...(under ? [row(16, 20, under)] : []), row(166, 20, '2025110447'),
    row(17, 35, 'Dodavatel'), row(107, 35, 'Odběratel'),
    row(18, 40, 'Sklárna Vysočina s.r.o.'), row(107, 40, 'Hotel Zlatý Kohout a.s.'),
    row(18, 45, 'Sklářská 14'), row(107, 45, 'Náměstí Míru 3'),
    row(17, 50, '588 56 Telč'), row(107, 50, '370 01 České Budějovice'),
    row(17, 55, 'IČO: 27184470 · DIČ: CZ27184470'), row(107, 55, 'IČO: 26044718 · DIČ: CZ26044718'),
    row(16, 70, 'Datum vystavení: 14. 11. 2025'),
    row(16, 85, 'Označení dodávky'), row(170, 85, 'Cena'),
    row(16, 92, 'Sklenice na víno, ručně foukané'), row(168, 92, '17 460,00'),
    row(110, 110, 'Celkem bez DPH'), row(168, 110, '17 460,00'),
    row(110, 116, 'DPH 21 %'), row(170, 116, '3 666,60'),
    row(110, 122, 'Celkem k úhradě'), row(168, 122, '21 126,60 Kč'),
  ];
  return a4(items);
}

/** A Czech invoice with its number in a cell right of its title (`beside`), the variable symbol under the buyer. */
function czechBeside(title: string, beside: string): PageText {
  const page = czech(title, null);
  const items = page.items.filter((i) => !/^(?:Variabilní symbol:|2025110447)$/.test(i.text));
  return a4([...items, row(160, 15, beside), row(107, 60, 'Variabilní symbol: 8811047')]);
}

/** A Portuguese fatura-recibo, its number's row under the title as read (`numberRow`). */
function faturaRecibo(numberRow: string): PageText {
  const items = [
    row(19, 17, 'FATURA-RECIBO'), row(134, 17, 'Data de emissão: 24-11-2025'),
    row(19, 22, numberRow), row(175, 22, 'Original'),
    row(19, 33, 'Transmitente'), row(106, 33, 'Adquirente'),
    row(19, 39, 'Rui Manuel Costa Ferreira'), row(106, 39, 'Quinta do Vale Verde, Lda.'),
    row(19, 45, 'NIF 212345678'), row(106, 45, 'NIF 513884021'),
    row(19, 50, 'Rua de Cedofeita, 311'), row(106, 50, 'Estrada Nacional 222'),
    row(19, 55, '4050-180 Porto'), row(106, 55, '5110-204 Armamar'),
    row(19, 71, 'Descrição'), row(180, 71, 'Valor'),
    row(19, 82, 'Consultoria em gestão, novembro de 2025'), row(173, 82, '1.200,00'),
    row(97, 99, 'Valor base'), row(169, 99, '1.200,00 €'),
    row(97, 106, 'IVA à taxa normal de 23 %'), row(173, 106, '276,00 €'),
    row(97, 118, 'Total'), row(171, 118, '1.476,00 €'),
  ];
  return a4(items);
}

const number = (p: PageText, source: 'text' | 'ocr' = 'ocr') => textParts([p], source, []).find((x) => x.source === source)!.invoice.number;

describe("a number label's sign OCR lost or misread", () => {
  it('reads the number as its sign would have it read', () => {
    expect(number(spanish('Nº: R-2025/014'))).toBe('R-2025/014');
    expect(number(spanish('N: R-2025/014'))).toBe('R-2025/014');
    expect(number(spanish('N F250341'))).toBe('F250341');
    expect(number(portuguese('Nº fatura'))).toBe('FT 2025A1/0342');
    expect(number(portuguese('N9 fatura'))).toBe('FT 2025A1/0342');
    expect(number(portuguese('Ng fatura'))).toBe('FT 2025A1/0342');
    expect(number(czech('Faktura - daňový doklad č.', '2025110447'))).toBe('2025110447');
    expect(number(czech('Faktura - danovy doklad &.', '2025110447'))).toBe('2025110447');
    expect(number(czech('FAKTURA. 2025110447', null))).toBe('2025110447');
    // "č. 2025110447" in a cell right of the title, its letter lost: ". 2025110447".
    expect(number(czechBeside('FAKTURA - DAŇOVÝ DOKLAD', 'č. 2025110447'))).toBe('2025110447');
    expect(number(czechBeside('FAKTURA - DANOVY DOKLAD', '. 2025110447'))).toBe('2025110447');
    expect(number(faturaRecibo('N.º FR ATSIRE01FR/12'))).toBe('FR ATSIRE01FR/12');
    expect(number(faturaRecibo('N.9 FR ATSIRE01FR/12'))).toBe('FR ATSIRE01FR/12');
    // After the title word in its cell: "FATURA N.9 FT 2025/0418773", "Factura N9 A-2025/118".
    expect(number(faturaRecibo('FATURA N.º FT 2025/0418773'))).toBe('FT 2025/0418773');
    expect(number(faturaRecibo('FATURA N.9 FT 2025/0418773'))).toBe('FT 2025/0418773');
    expect(number(faturaRecibo('Factura N9 A-2025/118'))).toBe('A-2025/118');
  });

  it('leaves a cell whose "N" opens no number, and a text layer, as read', () => {
    expect(number(spanish('N 12'))).toBeNull();
    expect(number(spanish('N: pendiente'))).toBeNull();
    expect(number(spanish('N: R-2025/014'), 'text')).toBeNull();
    expect(number(portuguese('N9 fatura'), 'text')).toBeNull();
    // A stop before a figure on a row with no Czech or Slovak title.
    expect(number(czechBeside('Dodací list', '. 2025110447'))).toBeNull();
  });
});
