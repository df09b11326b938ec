/**
 * Values no invoice has, flagged whatever layout rule produced them: words of the form as a party's
 * name, a label still holding its value, a street, a fragment, an invoice number cut at a separator.
 * Real names, including those that hold a place, a number or a trade, pass.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { noteGuess } from '../../src/invoice/guesses.js';
import { pageLines } from '../../src/invoice/layout.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { nameDoubt, noteImplausibleValues, numberDoubt } from '../../src/invoice/western/doubts.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

describe('names no party has', () => {
  it.each([
    'Address', 'Tipo documento', 'Factuurnummer Factuurdatum Vervaldatum', 'Votre facture Box Fibre', 'Rechnungsdatum',
    'Kundennummer 4711', 'Invoice Date', 'Número de factura',
  ])('"%s" is words of the form', (name) => expect(nameDoubt(name)).toMatch(/a word of the form/));

  it.each(['Company: Kitsune Robotics Inc.', 'Denominazione: Agricola Bellini S.r.l.', 'Name: Jane Doe'])('"%s" still holds its label', (name) => {
    expect(nameDoubt(name)).toMatch(/still holds its label/);
  });

  it.each(['Bahnhofstraße 5', 'Lindenweg 12a', '12 Mill Lane', 'Via Roma 12', '4, rue de la Paix 75002', 'Keizersgracht 112'])('"%s" is a street', (name) => {
    expect(nameDoubt(name)).toMatch(/is a street/);
  });

  it.each(['C-', '(A unit of Kesar Hospitality Pvt. Ltd.)', 'X', 'Müller &', '12/'])('"%s" is a fragment', (name) => {
    expect(nameDoubt(name)).toMatch(/part of a name/);
  });

  it.each(['T H E H A R C O U RT A R M S', 'B A K E R Y', 'L E  M A R A I S'])('"%s" is letters set apart', (name) => {
    expect(nameDoubt(name)).toMatch(/letters set apart/);
  });

  it.each([
    'Malerbetrieb Schneider GmbH', 'Tipografia Rossi S.r.l.', 'Datasoft Solutions Ltd', '3M Deutschland GmbH', 'Bäckerei Janssen',
    'Müller & Söhne KG', 'Rue du Commerce SAS', 'Stadtwerke Neustadt GmbH', 'Hotel Zur Post', 'ÉLEC\'SERVICES 35 SARL', 'Dr. med. Anna Weber',
    'Numberworks Ltd', 'Adressa AS', 'O\'Brien Catering Ltd', 'AT&T Inc.', 'A B C Ltd', 'J & K Bau',
  ])('"%s" is a name', (name) => expect(nameDoubt(name)).toBeNull());
});

describe('invoice numbers cut at a separator, or of one figure', () => {
  it.each(['EB-2025-', 'FB-2412-', '2024/', '-1107', ': 4711', '1', '7'])('"%s" is cut', (n) => expect(numberDoubt(n)).not.toBeNull());
  it.each(['EB-2025-1107', 'RE-20190121/507', '01.234.567.8-2018-1', '4711', 'INV#0042', '12', 'A1'])('"%s" is whole', (n) => expect(numberDoubt(n)).toBeNull());
});

describe('noted as guesses', () => {
  it('names each implausible field, and keeps the reason the parser already gave', () => {
    const inv = emptyInvoice('EUR');
    inv.number = 'EB-2025-';
    inv.seller.name = 'Schreinerei Holzwerk';
    inv.buyer.name = 'Bahnhofstraße 5';
    noteGuess(inv, 'seller.name', 'no label or company form names the seller');
    noteImplausibleValues(inv);
    expect(guessesOf(inv)).toEqual({
      number: '"EB-2025-" is cut at a separator',
      'seller.name': 'no label or company form names the seller',
      'buyer.name': '"Bahnhofstraße 5" is a street',
    });
  });

  it('notes nothing on plausible values', () => {
    const inv = emptyInvoice('EUR');
    Object.assign(inv, { number: 'RE-2025-118' });
    inv.seller.name = 'Schreinerei Holzwerk GmbH';
    inv.buyer.name = 'Familie Weber';
    noteImplausibleValues(inv);
    expect(guessesOf(inv)).toEqual({});
  });
});

describe('a seller other than the letterhead in larger print', () => {
  const d = (x: number, y: number, text: string, size = 3): Draw => ({ x, y, text, size });
  const page = (letterhead: string, size: number) => pageLines(toPageText([
    d(20, 15, letterhead, size), d(20, 23, 'Familie Hofer · Dorfstraße 12 · 6100 Seefeld'),
    d(20, 30, 'www.alpenrose.example'), d(20, 45, 'Herrn Jan de Vries'), d(20, 50, 'Keizersgracht 12'), d(20, 55, '1015 CS Amsterdam'),
    d(20, 70, 'RECHNUNG', 4.5), d(130, 70, 'Nr. 2025-031'), d(20, 85, 'Übernachtung 3 Nächte'), d(170, 85, '390,00 €'),
    d(120, 95, 'Gesamt'), d(170, 95, '390,00 €'),
  ], 210, 297));
  const read = (seller: string, letterhead: string, size: number) => {
    const inv = emptyInvoice('EUR');
    inv.seller.name = seller;
    inv.buyer.name = 'Jan de Vries';
    noteImplausibleValues(inv, page(letterhead, size));
    return guessesOf(inv)['seller.name'];
  };

  it('names the seller when the page opens in larger print with another name', () => {
    expect(read('Hofer', 'Gasthof Alpenrose', 5)).toBe('the page opens in larger print with "Gasthof Alpenrose"');
  });

  it('not when the larger name is the seller read, a word of it, or no larger than the body', () => {
    expect(read('Gasthof Alpenrose', 'Gasthof Alpenrose', 5)).toBeUndefined();
    expect(read('Alpenrose Hotelbetriebs GmbH', 'Gasthof Alpenrose', 5)).toBeUndefined();
    expect(read('Hofer', 'Gasthof Alpenrose', 3)).toBeUndefined();
  });

  it('not for a title or a date in large print', () => {
    expect(read('Hofer', 'RECHNUNG', 6)).toBeUndefined();
    expect(read('Hofer', '12.03.2025', 6)).toBeUndefined();
  });

  it.each(['KREDITNOTA', 'FAKTURA', 'Kreditfaktura', 'LASKU', 'Dobropis'])('not for a Nordic or Czech title in large print ("%s")', (title) => {
    expect(read('Hofer', title, 6)).toBeUndefined();
  });

  it('not on an OCR\'d page, whose box heights follow the letters of each word', () => {
    const inv = emptyInvoice('EUR');
    inv.seller.name = 'Hofer';
    inv.buyer.name = 'Jan de Vries';
    const scanned = page('Gasthof Alpenrose', 5).map((l) => ({ ...l, segments: l.segments.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, confidence: 95 })) })) }));
    noteImplausibleValues(inv, scanned);
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('not when the seller read carries its company form (a brand or a mall in large print over it)', () => {
    expect(read('Sun Victory Sdn Bhd', 'Solaris', 5)).toBeUndefined();
    expect(read('Hofer Gastro GmbH', 'Gasthof Alpenrose', 5)).toBeUndefined();
  });

  it('not for a heading in large print that is no name', () => {
    expect(read('Hofer', 'Lesbarmachung der XML-Daten von elektronischen Rechnungen', 6)).toBeUndefined();
    expect(read('Hofer', 'Profil EN16931', 6)).toBeUndefined();
    expect(read('Hofer', 'Gasthof zur Post', 6)).toBe('the page opens in larger print with "Gasthof zur Post"');
  });
});

describe('two invoice numbers labelled', () => {
  const d = (x: number, y: number, text: string, size = 3): Draw => ({ x, y, text, size });
  /** A hotel's bill that labels `first` in its header and `second` under its total, each with its value. */
  const read = (first: [string, string], second: [string, string]) => {
    const inv = parseWesternInvoiceText(toPageText([
      d(20, 15, 'Harcourt Arms Hotels Limited', 5), d(20, 23, '22 Castle Street, York YO1 9RN'),
      d(20, 45, 'Mr Daniel Price'), d(20, 50, '14 Elm Road'), d(20, 55, 'Leeds LS6 2AB'),
      d(20, 70, 'VAT INVOICE', 4.5), d(20, 78, first[0]), d(50, 78, first[1]), d(20, 130, second[0]), d(50, 130, second[1]),
      d(20, 84, 'Invoice date'), d(50, 84, '20/11/2025'),
      d(20, 95, 'Accommodation 3 nights'), d(170, 95, '£390.00'), d(120, 105, 'Total'), d(170, 105, '£390.00'),
    ], 210, 297));
    return [inv.number, guessesOf(inv).number];
  };

  it('names the number when another of the same document is labelled', () => {
    expect(read(['Invoice No.', 'INV-77120'], ['Invoice No.', 'INV-77121'])).toEqual(['INV-77120', 'two invoice numbers are labelled: "INV-77120" and "INV-77121"']);
    expect(read(['Invoice No.', 'INV-77120'], ['Invoice #', '77188'])[1]).toMatch(/two invoice numbers/);
    // Kinds of one document: a commercial invoice's number beside the invoice number a payment line gives.
    expect(read(['Handelsrechnung (380) Nr.', '90999999'], ['Rechnungsnummer:', '6069999999'])[1]).toMatch(/two invoice numbers/);
    expect(read(['Tax invoice No.', 'INV-77120'], ['Invoice #', '77188'])[1]).toMatch(/two invoice numbers/);
  });

  it("not when the other names another document: a hotel's folio, an airline's ticket, a credit memo's invoice", () => {
    expect(read(['Invoice No.', 'INV-77120'], ['Folio No.', '204417'])).toEqual(['INV-77120', undefined]);
    expect(read(['Invoice No.', 'INV-77120'], ['Ticket number', '2418830175'])).toEqual(['INV-77120', undefined]);
    expect(read(['Credit #', 'CM-1009'], ['Invoice #', '10874'])).toEqual(['CM-1009', undefined]);
  });
});

describe('a letterhead beside the company its footer names', () => {
  const d = (x: number, y: number, text: string, size = 3): Draw => ({ x, y, text, size });
  /** A utility bill under a letterhead, for a buyer under "Service for:", with `foot` at the foot of the page. */
  const read = (letterhead: string, buyer: string, foot: string) => {
    const inv = parseWesternInvoiceText(toPageText([
      d(20, 15, letterhead, 5), d(20, 23, 'PO Box 4410, Salina, KS 67402 · 1-800-555-0147'),
      d(130, 15, 'Statement date'), d(170, 15, 'Nov 12, 2025'), d(130, 21, 'Statement No.'), d(170, 21, '881200457'),
      d(20, 45, 'Service for:'), d(20, 50, buyer), d(20, 55, '118 N Santa Fe Ave'), d(20, 60, 'Salina, KS 67401'),
      d(20, 80, 'Customer charge'), d(170, 80, '24.50'), d(20, 86, 'Gas supply 412 therms'), d(170, 86, '344.02'),
      d(20, 92, 'Kansas sales tax 6.25%'), d(170, 92, '23.03'), d(120, 100, 'Total current charges'), d(170, 100, '391.55'),
      d(20, 250, 'Return this portion with your payment'), d(20, 256, foot), d(150, 256, 'Amount due $391.55'),
    ], 210, 297));
    return [inv.seller.name, guessesOf(inv)['seller.name']];
  };

  it("keeps the letterhead, in no doubt, when the footer's company is the buyer's (a payment slip)", () => {
    expect(read('Prairie Hearth Gas Co.', 'Lindqvist Bakery LLC', 'Lindqvist Bakery LLC · Account 5521-0098-31')).toEqual(['Prairie Hearth Gas Co.', undefined]);
    expect(read('Nordwind Energy Inc.', 'Sommer Bakehouse LLC', 'Sommer Bakehouse LLC · Account 4471-2201-09')).toEqual(['Nordwind Energy Inc.', undefined]);
  });

  it('names the seller when the footer names a third company', () => {
    expect(read('Prairie Hearth Gas Co.', 'Lindqvist Bakery LLC', 'Kansas Gas Billing Services LLC · Account 5521-0098-31')[1]).toMatch(/the letterhead names "Prairie Hearth Gas Co\.", the footer/);
  });

  it("keeps the letterhead in no doubt when the footer prints it with a mark read otherwise (a scan's small print)", () => {
    expect(read('Kuopion Lämpöhuolto Oy', 'Lindqvist Bakery LLC', 'Kuopion Lämpôhuolto Oy. Y-tunnus 2981455-3')).toEqual(['Kuopion Lämpöhuolto Oy', undefined]);
    // (Its marks lost are another doubt's, of a name printed twice: not of another company.)
    expect(read('Kuopion Lämpöhuolto Oy', 'Lindqvist Bakery LLC', 'Kuopion Lampohuolto Oy · Y-tunnus 2981455-3')[1]).not.toMatch(/the letterhead names/);
  });
});

describe('a page that opens with another name than its footer gives', () => {
  const d = (x: number, y: number, text: string, size = 3): Draw => ({ x, y, text, size });
  /** A page opening with `opening` (a logo, no company form) whose footer's company line is `footer`; `ocr`: read by OCR. */
  const read = (opening: string, footer: string, ocr = false) => {
    const pages = toPageText([
      d(20, 15, opening, 5), d(130, 15, 'Invoice #'), d(165, 15, 'LF-25110-66218'), d(130, 21, 'Statement date'), d(165, 21, 'Nov 10, 2025'),
      d(20, 45, 'SERVICE FOR'), d(20, 50, 'Harbor Light Dental Group, PC'), d(20, 55, '412 Shoreline Dr, Suite 200'), d(20, 60, 'Sandusky, OH 44870'),
      d(20, 80, 'Business Fiber 1 Gig'), d(170, 80, '$189.00'), d(120, 90, 'Amount due'), d(170, 90, '$189.00'),
      d(20, 270, `${footer} · 1200 Lakeview Ave, Cleveland, OH 44113 · Tax ID 34-1188204`),
    ], 210, 297);
    if (ocr) for (const item of pages.flatMap((p) => p.items)) item.confidence = 95;
    const inv = parseWesternInvoiceText(pages);
    return [inv.seller.name, guessesOf(inv)['seller.name']];
  };

  it('takes it in no doubt when the opening is its first word with its mark lost on a scan', () => {
    expect(read('CLAIRIERE', 'Clairière Fibre Networks LLC', true)).toEqual(['Clairière Fibre Networks LLC', undefined]);
  });

  it("takes the footer's company in no doubt when the opening is its brand or its name as OCR misread it", () => {
    expect(read('lakeline fiber for usins', 'Lakeline Communications, LLC')).toEqual(['Lakeline Communications, LLC', undefined]);
    expect(read('HeserAntrestechik mb ndustriestr 4', 'Hessler Antriebstechnik GmbH', true)).toEqual(['Hessler Antriebstechnik GmbH', undefined]);
    // Printed so on a text layer, it is another name.
    expect(read('HeserAntrestechik mb ndustriestr 4', 'Hessler Antriebstechnik GmbH')[1]).toBe('the page opens with "HeserAntrestechik mb ndustriestr 4", its footer names "Hessler Antriebstechnik GmbH"');
  });

  it('names the seller when the opening is another name: a trading name beside the legal one', () => {
    expect(read('Harbour Coffee Roasters', 'Tidewater Beverages Ltd.')[1]).toBe('the page opens with "Harbour Coffee Roasters", its footer names "Tidewater Beverages Ltd."');
    // A trade word both names share is no brand.
    expect(read('Northgate Logistics', 'Atlas Logistics GmbH')[1]).toBe('the page opens with "Northgate Logistics", its footer names "Atlas Logistics GmbH"');
    expect(read('LE FOURNISSEUR', 'FOURNISSEUR F SARL')[1]).toBe('the page opens with "LE FOURNISSEUR", its footer names "FOURNISSEUR F SARL"');
  });
});

describe("a letterhead's registration row as OCR runs its code into the label", () => {
  const d = (x: number, y: number, text: string, size = 3): Draw => ({ x, y, text, size });
  /** A professional's bill: the name, its trade and street, `registration` under them, the buyer under "Spett.le". */
  const read = (registration: string) => {
    const inv = parseWesternInvoiceText(toPageText([
      d(25, 20, 'Ing. Paolo Ferretti', 4), d(25, 25, 'Studio tecnico di ingegneria strutturale'), d(25, 28.5, 'Via Emilia Ponente 214 · 40133 Bologna'), d(25, 32, registration),
      d(110, 48, 'Spett.le'), d(110, 52, 'Edilcasa Costruzioni S.r.l.'), d(110, 57, 'Via del Lavoro 8'), d(110, 62, "40057 Granarolo dell'Emilia (BO)"),
      d(25, 78, 'Fattura n. 27/2025 del 20/11/2025'), d(25, 95, 'Onorario professionale'), d(150, 95, '€ 2.000,00'),
      d(25, 101, 'Imponibile IVA'), d(150, 101, '€ 2.000,00'), d(25, 107, 'IVA 22%'), d(150, 107, '€ 440,00'), d(25, 113, 'Totale fattura'), d(150, 113, '€ 2.440,00'),
    ], 210, 297));
    return [inv.seller.name, guessesOf(inv)['seller.name']];
  };

  it('confirms the name as the row with its space does', () => {
    expect(read('C.F. FRRPLA71C12A944K · P.IVA 02874510378')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('C.F.FRRPLA71C12A944K·PIVA 02874510378')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('P.IVA.02874510378')).toEqual(['Ing. Paolo Ferretti', undefined]);
  });

  it('leaves the name a guess under no registration', () => {
    expect(read('Tel. 051 638 2210')[1]).toBe('no label or company form names the seller');
    expect(read('C.F.Rossi e associati')[1]).toBe('no label or company form names the seller');
  });

  it('confirms the name by a registration at the end of a sender line, as a scan reads it', () => {
    // After the street and town, behind a separator or with the separators lost.
    expect(read('Vicolo Stretto 3 · 40133 Bologna · P.IVA 02874510378')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('Kellergasse 12, 3601 Dürnstein · UID ATU61447820')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('Gafadurastrasse 12 · 9496 Balzers · MWST-Nr. 57 114')).toEqual(['Ing. Paolo Ferretti', undefined]);
    // A letter of the number misread and the dots lost in small print; an "Id" read "ld".
    expect(read('The Old Net Loft Quay Stret S Ivs TR PT VAT Reg B41 22 19')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('Am Bienenhang 3, 88662 Überlingen, USt-ldNr. DE318447209')).toEqual(['Ing. Paolo Ferretti', undefined]);
    // A Canadian sales tax's registration: its nine figures and program code; the Czech company numbers, their marks lost.
    expect(read('TPS 781234560 RT0001 · TVQ 1228765432 TQ0001')).toEqual(['Ing. Paolo Ferretti', undefined]);
    expect(read('Vinohradská 1488, 130 00 Praha · ICO:07744128·DIC:CZ07744128')).toEqual(['Ing. Paolo Ferretti', undefined]);
  });

  it("takes the company under a logo's letters by its form, the Italian simplified company's too", () => {
    // A logo's initials over the company whose registration ends the sender line: the registration is the company's.
    for (const form of ['S.r.l.s.', 'SRLS', 'S.r.l.']) {
      const inv = parseWesternInvoiceText(toPageText([
        d(25, 18, 'IER', 8), d(25, 27, `Impianti Elettrici Russo ${form}`), d(25, 31, 'Via Capruzzi 90 · 70124 Bari · P.IVA 08447120726'),
        d(110, 48, 'Spett.le'), d(110, 52, 'Edilcasa Costruzioni S.p.A.'), d(110, 57, 'Via del Lavoro 8'), d(110, 62, '70126 Bari'),
        d(25, 78, 'Fattura n. 27/E del 20/11/2025'), d(25, 95, 'Impianto elettrico'), d(150, 95, '€ 2.000,00'),
        d(25, 101, 'Imponibile'), d(150, 101, '€ 2.000,00'), d(25, 107, 'IVA 22%'), d(150, 107, '€ 440,00'), d(25, 113, 'Totale fattura'), d(150, 113, '€ 2.440,00'),
      ], 210, 297));
      expect(inv.seller.name, form).toBe(`Impianti Elettrici Russo ${form}`);
    }
  });

  it('takes no tax rate or amount for a registration', () => {
    expect(read('Vicolo Stretto 3 · 40133 Bologna · IVA 22%')[1]).toBe('no label or company form names the seller');
    expect(read('Gafadurastrasse 12 · 9496 Balzers · MWST 8.1% inbegriffen')[1]).toBe('no label or company form names the seller');
    expect(read('Prices include GST 15% · GST 1,250.00')[1]).toBe('no label or company form names the seller');
    expect(read('Bologna, 15 dic 2025 12:30')[1]).toBe('no label or company form names the seller');
  });
});
