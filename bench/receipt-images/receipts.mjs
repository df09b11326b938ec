/**
 * Made-up Malaysian and Singaporean till receipts in the style of the scanned receipts of SROIE: shop,
 * "(Co. Reg. ...)", address, GST ID, the date and time in the forms tills print them, items, and the
 * figures around the total (subtotals, GST, rounding, cash, change, card slips, tax summaries, points).
 * No shop, address or number here is real. Each receipt's truth (its date, its total) is computed here
 * from its own figures, before anything reads the page.
 *
 * A line is a string (left), [left, right], [left, middle, right], { c } (centred), { b: [left, right] }
 * (bold, larger), { h: [left, right] } (double-height type), { hw: [left, right] } (double-height and -width type),
 * { hand: [left, right] } (written in by hand)
 * or '-' (a dashed rule).
 */

const f2 = (v) => v.toFixed(2);
/** With a thousands comma, as some tills print totals over 1,000. */
const f2c = (v) => f2(v).replace(/\B(?=(\d{3})+\.)/g, ',');
const r2 = (v) => Math.round(v * 100) / 100;
/** Malaysian and Singaporean cash rounding: to the nearest 5 sen. */
const round5 = (v) => Math.round(v * 20) / 20;
const sum = (xs) => r2(xs.reduce((a, b) => a + b, 0));

/** Item rows [name, qty, unit price] → amounts and their sum. */
function priced(rows) {
  const out = rows.map(([name, qty, price]) => ({ name, qty, price, amount: r2(qty * price) }));
  return { rows: out, total: sum(out.map((r) => r.amount)), qty: out.reduce((n, r) => n + r.qty, 0) };
}

/** A ringgit amount below 10,000 in words, as cash bills print it under the total ("RINGGIT MALAYSIA ... ONLY"). */
function ringgitInWords(v) {
  const ones = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN'];
  const tens = ['', '', 'TWENTY', 'THIRTY', 'FORTY', 'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY'];
  const below100 = (n) => (n < 20 ? ones[n] : `${tens[Math.floor(n / 10)]}${n % 10 ? ` ${ones[n % 10]}` : ''}`);
  const below10000 = (n) => [Math.floor(n / 1000) ? `${ones[Math.floor(n / 1000)]} THOUSAND` : '', Math.floor(n / 100) % 10 ? `${ones[Math.floor(n / 100) % 10]} HUNDRED` : '', below100(n % 100)].filter(Boolean).join(' ');
  const ringgit = Math.floor(v), sen = Math.round((v - ringgit) * 100);
  return `RINGGIT MALAYSIA ${below10000(ringgit)}${sen ? ` AND SEN ${below100(sen)}` : ''} ONLY`;
}

export const RECEIPTS = [
  // ---------------------------------------------------------------- batch 1
  {
    id: 'hardware-gst-summary', batch: 1, date: '2018-03-12', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['PVC PIPE 1/2"', 3, 4.5], ['ELBOW 1/2" GREY', 6, 0.8], ['SILICONE SEALANT CLEAR', 1, 12.9], ['MASKING TAPE 24MM', 2, 3.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), adj = r2(total - incl);
      const cash = 50;
      return { total, lines: [
        { c: 'SYARIKAT PERKAKASAN TEGUH JAYA' }, { c: '(Co. Reg. 001234567-K)' }, { c: 'NO. 18, JALAN PERUSAHAAN 3,' }, { c: 'TAMAN INDUSTRI SERI, 81300 SKUDAI, JOHOR' },
        { c: 'GST ID : 001234567890' }, { c: 'TAX INVOICE' }, '-',
        ['Doc No: CS00012873', 'Date: 12/03/2018'], ['Cashier: USER01', 'Time: 14:25:07'], '-',
        ['Item', 'Qty  Price', 'Amount'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total Qty:', String(it.qty)],
        ['Total Sales (Excluding GST) :', f2(it.total)], ['Discount :', '0.00'], ['Total GST @6% :', f2(gst)], ['Rounding Adj :', f2(adj)],
        { b: ['Total Sales (Inclusive of GST) :', f2(total)] }, '-',
        ['Cash :', f2(cash)], ['Change :', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['Tax Code', 'Amount(RM)', 'Tax(RM)'], ['SR @ 6%', f2(it.total), f2(gst)], ['Total :', f2(it.total), f2(gst)], '-',
        { c: 'GOODS SOLD ARE NOT RETURNABLE' }, { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'stationery-ddmmyy-points', batch: 1, date: '2018-01-15', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['A4 PAPER 70GSM 500S', 2, 11.9], ['BALL PEN BLUE 0.5', 10, 1.2], ['FILE CLIP BOX', 1, 4.5], ['CORRECTION TAPE', 2, 3.9]]);
      const total = round5(it.total), cash = 60;
      return { total, lines: [
        { c: 'MEGA BOOK & STATIONERY SDN BHD' }, { c: '(Co. Reg. 987654-U)' }, { c: 'LOT 2-15, JALAN MERANTI 4' }, { c: '47100 PUCHONG, SELANGOR' }, { c: 'GST Reg No: 000456789012' },
        '-', 'INVOICE NO: 18011500231', '15-01-18 10:32AM   POS01  CASHIER: AMY', '-',
        ...it.rows.flatMap((r) => [[r.name, ''], [`${r.qty} @ ${f2(r.price)}`, f2(r.amount)]]), '-',
        ['TOTAL QTY: ' + it.qty, ''], ['SUBTOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['NETT TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'GST INCLUDED IN TOTAL @6%: ' + f2(r2((it.total * 6) / 106)),
        'MEMBER: 6012XXXX88', ['POINTS EARNED', String(Math.floor(total))], ['POINTS BALANCE', '1,284'], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'restaurant-card-slip', batch: 1, date: '2018-03-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['NASI LEMAK AYAM', 2, 12.9], ['MEE GORENG MAMAK', 1, 9.5], ['TEH TARIK (L)', 3, 3.8], ['ROTI TELUR', 2, 2.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), total = round5(it.total + svc + gst), adj = r2(total - (it.total + svc + gst));
      return { total, lines: [
        { c: 'RESTORAN SRI MURNI CAFE' }, { c: 'SRI MURNI FOOD SDN BHD (Co. Reg. 1056789-A)' }, { c: '22, JALAN SS 2/61, 47300 PETALING JAYA' }, { c: 'GST ID: 001098765432' }, '-',
        'Table: 12   Pax: 4', '12 Mar 2018 19:45   Bill: B00871', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(adj)], { b: ['Grand Total', f2(total)] }, '-',
        { c: 'VISA' }, 'CARD NO : XXXX XXXX XXXX 4821', 'EXP DATE: XX/XX', 'APPROVAL CODE: 604213', 'TID: 00432187  MID: 0000912345',
        ['AMOUNT RM', f2(total)], '', 'SIGNATURE: ____________', { c: 'THANK YOU & PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'supermarket-saved-tendered', batch: 1, date: '2017-04-03', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['FRESH MILK 1L', 2, 6.85], ['WHITE BREAD 400G', 1, 3.2], ['EGGS GRADE A 10S', 1, 4.99], ['CHICKEN BREAST', 1, 14.37], ['INSTANT NOODLE 5S', 2, 4.6]]);
      const saved = 2.4, total = round5(it.total), tendered = 100;
      return { total, lines: [
        { c: 'PASARAYA SEGAR MART SDN. BHD.' }, { c: '(Co. Reg. 654321-W)' }, { c: 'NO 3, JALAN PASAR BARU, 41400 KLANG' }, { c: 'GST ID : 002233445566' }, { c: 'TAX INVOICE' },
        'Date:03/04/2017Time:11:20  Rcpt:04-0023817', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['TOTAL INCLUSIVE GST', f2(total)], ['Tendered', f2(tendered)], ['Change', f2(r2(tendered - total))], '-',
        ['Amount Saved', f2(saved)], ['Total Qty', String(it.qty)], ['GST 6% Included', f2(r2((total * 6) / 106))], '-', { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'petrol-iso-date-twice', batch: 1, date: '2018-01-23', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const litres = 21.05, price = 2.19, total = r2(litres * price);
      return { total, lines: [
        { c: 'STESEN MINYAK PUTRA JAYA' }, { c: 'PUTRA JAYA ENERGY SDN BHD' }, { c: '(Co. Reg. 456789-T)' }, { c: 'KM 12, JALAN KLUANG, 86000 KLUANG' }, { c: 'GST NO: 000987612345' },
        '2018-01-23 08:15:22', 'TRANS: 0098812  PUMP: 04', '-',
        ['RON95', ''], [`${f2(litres)} L @ ${f2(price)}`, f2(total)], '-',
        { b: ['TOTAL', f2(total)] }, ['CREDIT CARD', f2(total)], '-',
        'MASTERCARD  XXXXXXXXXXXX1183', 'APPROVAL CODE 228190', ['AMOUNT RM', f2(total)], '-',
        ['TOTAL', f2(total)], ['GST 0% (ZR)', '0.00'], { c: 'THANK YOU - DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'pharmacy-glued-time-rounding', batch: 1, date: '2017-12-25', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['PANADOL ACTIFAST 20S', 1, 11.9], ['VITAMIN C 1000MG 30S', 1, 32.5], ['PLASTER STRIP 10S', 2, 2.35]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU PHARMACY SDN BHD (Co.Reg. 1122334-P)' }, { c: 'NO.7 JALAN BUNGA RAYA, 75100 MELAKA' }, { c: 'GST REG: 000112233445' }, { c: 'TAX INVOICE' },
        '25/12/201715:32  #0192 C02', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total Qty', String(it.qty)], ['Total Excl. GST', f2(it.total)], ['GST 6%', f2(gst)], ['TOTAL', f2(incl)], ['ROUNDING', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'bakery-singapore-nets', batch: 1, date: '2018-02-05', style: { font: 'condensed', size: 13 }, degrade: 'scan',
    build() {
      const it = priced([['BUTTER CROISSANT', 4, 2.2], ['KAYA BUN', 6, 1.5], ['CHEESE TART', 3, 2.8]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'GOLDEN WHEAT BAKERY PTE LTD' }, { c: 'UEN: 201512345K' }, { c: '45 TAMPINES ST 11 #01-22' }, { c: 'SINGAPORE 521045' }, { c: 'GST REG NO: M2-0123456-7' },
        'Mon 05-Feb-2018 08:02', 'Receipt #: 0045-118', '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(total)], { b: ['Total', `S$${f2(total)}`] }, ['NETS', f2(total)], ['GST 7% incl.', f2(gst)], '-', { c: 'Thank you! See you again' },
      ] };
    },
  },
  {
    id: 'mamak-tarikh-no-gst', batch: 1, date: '2018-06-18', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      const it = priced([['ROTI CANAI', 3, 1.3], ['NASI KANDAR', 2, 8.5], ['TEH O AIS', 2, 1.8], ['MILO AIS', 1, 2.8]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR BESTARI' }, { c: '(001987654-H)' }, { c: '88 JALAN PENANG, 10000 GEORGETOWN' }, '-',
        'Tarikh: 18/06/2018  Masa: 13:05', 'No Resit: 00412', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ['CASH RM', f2(cash)], ['CHANGE RM', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'gift-voucher-valid-until', batch: 1, date: '2018-04-21', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['SCENTED CANDLE LAVENDER', 2, 18.9], ['PHOTO FRAME 4R', 1, 15.9], ['GIFT WRAP', 1, 3.0]]);
      const base = r2(it.total / 1.06), gst = r2(it.total - base), card = it.total;
      return { total: it.total, lines: [
        { c: 'CRAFTY CORNER GIFTS SDN BHD' }, { c: 'Co. Reg. No. 223344-D' }, { c: 'F-12, MID VALLEY MEGAMALL, 59200 KUALA LUMPUR' }, { c: 'GST ID No: 001122334455' }, { c: 'TAX INVOICE' },
        'Invoice: MV-2018-04-00921', 'Date: 21/04/2018  Time: 16:40', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        { b: ['TOTAL (RM)', f2(it.total)] }, ['CREDIT CARD', f2(card)], '-',
        { c: 'GST SUMMARY' }, ['', 'Amount(RM)', 'Tax(RM)'], ['SR 6%', f2(base), f2(gst)], ['Total', f2(base), f2(gst)], '-',
        'Voucher RM10 valid until 31/05/2018', { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'bookstore-member-since', batch: 1, date: '2017-11-09', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['NOVEL - THE RIVER', 1, 39.9], ['CHILDREN ACTIVITY BOOK', 2, 12.9], ['BOOKMARK', 3, 1.5]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), total = round5(net), paid = 100;
      return { total, lines: [
        { c: 'PAGES & PAGES BOOKSTORE' }, { c: 'PAGES TRADING SDN BHD (Co. Reg. 778899-V)' }, { c: '2-1 JALAN TUN RAZAK, 50400 KUALA LUMPUR' }, { c: 'GST ID: 000778899001' },
        'Member: LIM SIEW LING', 'Member since 01/02/2015', '09/11/2017 17:22  POS3 SLIP 55123', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(it.total)], ['Member Discount 10%', `-${f2(disc)}`], ['Rounding Adj', f2(r2(total - net))], { b: ['Total Incl. GST', f2(total)] },
        ['Paid (Cash)', f2(paid)], ['Change', f2(r2(paid - total))], '-', ['Total Amount Saved', f2(disc)], ['Points', '+' + Math.floor(total)], { c: 'HAPPY READING' },
      ] };
    },
  },
  {
    id: 'electronics-thousands-card', batch: 1, date: '2018-05-02', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['LED TV 43" FHD', 1, 1299.0], ['HDMI CABLE 2M', 1, 29.9], ['WALL BRACKET', 1, 89.0]]);
      const gst = r2(it.total * 0.06), total = round5(it.total + gst), adj = r2(total - it.total - gst);
      return { total, lines: [
        { c: 'VOLTAGE ELECTRICAL TRADING' }, { c: '(Co. Reg. 0345678-M)' }, { c: '10 JALAN SULTAN ISMAIL, 20200 K. TERENGGANU' }, { c: 'GST ID: 001345678900' }, { c: 'TAX INVOICE' },
        'DATE 02-05-2018   TIME 15:11', 'INV NO: VE18050211', '-',
        ...it.rows.map((r) => [`${r.name}`, f2c(r.amount)]), '-',
        ['Total Excl. GST', f2c(it.total)], ['GST @ 6%', f2(gst)], ['Rounding Adj', f2(adj)], { b: ['Total Incl. GST', f2c(total)] }, '-',
        { c: '*** CUSTOMER COPY ***' }, 'VISA CREDIT  ************9034', 'APPR CODE: 771245', 'BATCH: 000112  TRACE: 004512', ['AMOUNT RM', f2c(total)], '-',
        { c: 'WARRANTY 1 YEAR FROM DATE OF PURCHASE' },
      ] };
    },
  },
  {
    id: 'optical-dots-date', batch: 1, date: '2018-03-08', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['FRAME TITANIUM', 1, 280.0], ['LENS MULTICOAT (PAIR)', 1, 180.0], ['CLEANING SPRAY', 1, 15.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 510;
      return { total, lines: [
        { c: 'KEDAI OPTIK PANDANGAN JELAS' }, { c: '(Co. Reg. JM0123456-X)' }, { c: '5, JALAN DATO ONN, 80000 JOHOR BAHRU' }, { c: 'GST ID : 001567890123' },
        'Receipt No : OR-0871', 'Date : 08.03.18', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        ['Total Sales (Excluding GST)', f2(it.total)], ['Total GST @6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'Next eye check: 08/03/2019' },
      ] };
    },
  },

  // ---------------------------------------------------------------- batch 2 (held out)
  {
    id: 'foodcourt-month-name-pm', batch: 2, date: '2018-04-01', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['CHICKEN RICE', 2, 6.5], ['ICE LEMON TEA', 2, 2.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 20;
      return { total, lines: [
        { c: 'MEDAN SELERA UTAMA SDN BHD' }, { c: '(Co. Reg. 1098765-D)' }, { c: 'G-01 PLAZA UTAMA, 43000 KAJANG' }, { c: 'GST ID: 000123987654' },
        'INV NO: FC/18/0412', '01 APR 2018 12:32PM', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUB TOTAL', f2(it.total)], ['GST 6%', f2(gst)], ['ROUNDING ADJ', f2(r2(total - incl))], { b: ['TOTAL (RM)', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'convenience-after-adj', batch: 2, date: '2018-03-17', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['MINERAL WATER 1.5L', 2, 1.9], ['POTATO CHIPS 60G', 1, 3.59], ['CHOCOLATE BAR', 2, 2.79]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 20;
      return { total, lines: [
        { c: 'KEDAI SERBANEKA 24 JAM' }, { c: 'SINAR 24 RETAIL SDN BHD (Co. Reg. 345123-A)' }, { c: 'LOT 5, JALAN KENANGA, 70200 SEREMBAN' }, { c: 'GST REG NO: 001009988776' },
        '17/03/18 21:05  STORE 1042  POS 2', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total Sales Incl GST', f2(incl)], ['Rounding Adjustment', f2(r2(total - incl))], { b: ['Total After Adj Incl GST', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', ['GST Summary', 'Amount', 'Tax'], ['S = 6%', f2(it.total), f2(gst)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-iso-nett-total', batch: 2, date: '2018-03-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['CEMENT 50KG', 4, 17.5], ['SAND (BAG)', 6, 4.2], ['TROWEL 8"', 1, 12.0]]);
      const gst = r2(it.total * 0.06), total = round5(it.total + gst), adj = r2(total - it.total - gst);
      return { total, lines: [
        { c: 'BINA MAJU HARDWARE' }, { c: '(Co. Reg. 002468135-U)' }, { c: 'NO. 2, JALAN IPOH, 30000 IPOH, PERAK' }, { c: 'GST ID : 000246813579' }, { c: 'TAX INVOICE' },
        'Tax Invoice No : TI-180322-07', 'Date : 2018-03-22  Time : 09:41', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty} X ${f2(r.price)}`, f2(r.amount)]), '-',
        ['TOTAL EXCL GST', f2(it.total)], ['TOTAL GST', f2(gst)], ['ROUNDING', f2(adj)], { b: ['NETT TOTAL', f2(total)] }, '-',
        { c: 'GST SUMMARY' }, ['Code', 'Amount(RM)', 'Tax(RM)'], ['SR', f2(it.total), f2(gst)], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'kopitiam-paid-weekday', batch: 2, date: '2018-05-08', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      const it = priced([['KAYA TOAST SET', 1, 5.2], ['KOPI C', 1, 1.8], ['HALF BOILED EGG', 1, 1.8]]);
      const total = it.total, paid = 10;
      return { total, lines: [
        { c: 'KOPITIAM LAMA HENG' }, { c: '(SA0123456-T)' }, { c: '15 JALAN HANG JEBAT, 75200 MELAKA' }, '-',
        '08/05/2018 (Tue) 08:47', 'Order #: 57', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL:', f2(total)] }, ['PAID:', f2(paid)], ['CHANGE:', f2(r2(paid - total))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'bookstore-savings-incl', batch: 2, date: '2017-12-02', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['EXERCISE BOOK 80PG', 10, 1.1], ['COLOUR PENCIL 24C', 1, 15.9], ['SCHOOL BAG', 1, 59.0]]);
      const saved = 7.5, total = round5(it.total), card = total;
      return { total, lines: [
        { c: 'POPULAR READS BOOK CENTRE' }, { c: 'READS RETAIL (M) SDN BHD (Co. Reg. 112233-X)' }, { c: 'AEON MALL LOT F23, 11900 BAYAN LEPAS' }, { c: 'GST ID: 001112223334' },
        'Date: 02-12-17 Time: 18:30', 'Slip: 00031-2241', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total Savings', f2(saved)], { b: ['Total Incl GST 6%', f2(total)] }, ['Member Card', 'MC00123987'], ['Points Earned', String(Math.floor(total))],
        ['DEBIT CARD', f2(card)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'singapore-restaurant-svc', batch: 2, date: '2018-03-12', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['LAKSA', 2, 7.5], ['CHAR KWAY TEOW', 1, 8.0], ['LIME JUICE', 3, 2.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'KATONG HAWKER KITCHEN PTE LTD' }, { c: 'UEN 201798765C  GST REG M9-8765432-1' }, { c: '112 EAST COAST ROAD #01-05' }, { c: 'SINGAPORE 428802' },
        'Check: 2041   Table: 7', '12-Mar-2018 19:45', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['10% Svc Chg', f2(svc)], ['7% GST', f2(gst)], { b: ['Total', f2(total)] }, ['VISA', f2(total)], '-', { c: 'Thank you for dining with us' },
      ] };
    },
  },
  {
    id: 'supermarket-total-twice-card', batch: 2, date: '2018-02-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['RICE 5KG', 1, 18.9], ['COOKING OIL 2KG', 1, 9.8], ['SUGAR 1KG', 2, 2.85], ['DETERGENT 3KG', 1, 22.9]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'HYPERMART SENTOSA SDN BHD' }, { c: '(Co. Reg. 567890-K)' }, { c: 'JALAN SENTOSA 1, 41200 KLANG, SELANGOR' }, { c: 'GST ID : 000567890123' },
        '27/02/2018 19:02:11 #0451 T03', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty} @${f2(r.price)}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CREDIT CARD', f2(total)], ['CHANGE', '0.00'], '-',
        'MASTER ************2290', 'APPROVAL CODE : 092871', ['AMOUNT RM', f2(total)], '-', ['TOTAL', f2(total)], ['ITEMS', String(it.qty)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'dining-grand-total-discount', batch: 2, date: '2018-01-06', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['FISH HEAD CURRY (M)', 1, 38.0], ['STIR FRY KANGKUNG', 1, 12.0], ['WHITE RICE', 4, 1.5], ['BARLEY ICE', 4, 2.5]]);
      const disc = 5, net = r2(it.total - disc), gst = r2(net * 0.06), incl = r2(net + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN IKAN BAKAR PANTAI' }, { c: 'PANTAI SEAFOOD ENTERPRISE (Co. Reg. PG0456789-W)' }, { c: 'BATU 4, JALAN PANTAI, 71000 PORT DICKSON' }, { c: 'GST ID: 001456789012' },
        'Date: 06/01/2018 20:14', 'Bill No: 3327', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total', f2(it.total)], ['Total Discount', `-${f2(disc)}`], ['GST @6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Grand Total', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'grocer-two-line-items', batch: 2, date: '2017-10-19', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['BAWANG MERAH 1KG', 1, 6.9], ['TOMATO 500G', 2, 2.6], ['IKAN BILIS 200G', 1, 9.5], ['KICAP MANIS 340ML', 1, 4.35]]);
      const total = round5(it.total), cash = 30;
      return { total, lines: [
        { c: 'KEDAI RUNCIT SRI AMAN' }, { c: '(Co. Reg. 000891234-M)' }, { c: 'NO 9 JALAN SRI AMAN, 93300 KUCHING' }, { c: 'GST No. 000891234567' },
        'DATE:19/10/2017 TIME:17:45', 'CASHIER: 02  RCPT: 103391', '-',
        ...it.rows.flatMap((r) => [r.name, [`    ${r.qty} X ${f2(r.price)}`, f2(r.amount)]]), '-',
        ['Total Qty: ' + it.qty, ''], ['SUBTOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], { c: 'TERIMA KASIH, SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'hotel-cafe-amount-due', batch: 2, date: '2018-07-14', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['CLUB SANDWICH', 1, 28.0], ['CAPPUCCINO', 2, 12.0], ['CHEESECAKE', 1, 16.0]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), total = r2(it.total + svc + sst);
      return { total, lines: [
        { c: 'THE PALM LOUNGE' }, { c: 'PALM HOTELS BERHAD (Co. Reg. 123098-H)' }, { c: '1 JALAN PINANG, 50450 KUALA LUMPUR' },
        'Outlet: Lobby Lounge   Cover: 2', '14 Jul 2018  15:20', 'Check No: 88120', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(sst)], { b: ['AMOUNT DUE', f2(total)] },
        ['MASTERCARD', f2(total)], 'APPROVAL CODE 551902', '-', { c: 'Room No: ______  Signature: ______' },
      ] };
    },
  },
  {
    id: 'florist-dash-date-rm', batch: 2, date: '2019-01-23', style: { font: 'mono', size: 13 }, degrade: 'scan',
    build() {
      const it = priced([['ROSE BOUQUET (12)', 1, 120.0], ['GREETING CARD', 1, 5.0]]);
      const total = it.total, cash = 150;
      return { total, lines: [
        { c: 'BLOOMING PETALS FLORIST' }, { c: '(Co. Reg. 003322110-P)' }, { c: '27 JALAN BUNGA, 81620 PENGERANG' },
        'DATE:23-01-2019  10:05', 'RECEIPT: BP-0192', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ['CASH RM', f2(cash)], ['CHANGE RM', f2(r2(cash - total))], '-', 'Delivery date: 24-01-2019', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'autoparts-cash-received', batch: 2, date: '2018-02-14', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['ENGINE OIL 10W40 4L', 1, 89.0], ['OIL FILTER', 1, 18.0], ['WIPER BLADE 22"', 2, 24.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'MOTO PARTS CENTRE SDN BHD' }, { c: '(Co. Reg. 667788-T)' }, { c: '31 JALAN TELOK, 41200 KLANG' }, { c: 'GST ID: 000667788990' }, { c: 'TAX INVOICE' },
        'No: MP-2018-0233', '14/02/2018 11:58 AM', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Qty: ' + it.qty, ''], ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Total Inc GST', f2(incl)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL INCLUSIVE GST', f2(total)] },
        ['Cash Received', f2(cash)], ['Change Due', f2(r2(cash - total))], '-', { c: 'NO REFUND. EXCHANGE WITHIN 3 DAYS' },
      ] };
    },
  },

  // ---------------------------------------------------------------- batch 3 (held out, harder layouts)
  {
    id: 'speedmart-rm-column', batch: 3, date: '2017-05-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['1021 WHT COFFEE 3IN1 30S', 1, 14.65], ['2230 BISKUT KRIM 400G', 2, 4.39], ['0661 SUSU PEKAT 500G', 3, 3.15]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), adj = r2(total - it.total);
      return { total, lines: [
        { c: '88 SEGERA MART S/B (612345-X)' }, { c: 'LOT 21, JALAN MERAK, TAMAN MERAK' }, { c: '41150 KLANG, SELANGOR' }, { c: 'GST ID. NO : 000612345678' },
        'INVOICE NO : 18123/104/T0391', ['04:17PM', '731254', '09-05-17'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, `RM${f2(r.amount)} S`]), '-',
        ['TOTAL SALES (INCLUSIVE GST) RM', f2(it.total)], ['ROUNDING ADJUSTMENT RM', f2(adj).replace(/^0/, '')], ['ROUNDING RM', f2(total)], ['CASH RM', '50.00'], ['CHANGE RM', f2(r2(50 - total))], '-',
        { c: 'GST SUMMARY' }, ['', 'AMOUNT(RM)', 'TAX(RM)'], ['S = 6%', f2(r2(it.total - gst)), f2(gst)], { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'kedai-jumlah-malay', batch: 3, date: '2018-03-25', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['GULA PASIR 1KG', 2, 2.85], ['TEPUNG GANDUM 1KG', 1, 2.6], ['MINYAK MASAK 1KG', 1, 6.2]]);
      const total = round5(it.total), tunai = 20;
      return { total, lines: [
        { c: 'KEDAI RUNCIT HAJI ISMAIL' }, { c: '(No. Syarikat: 002233441-P)' }, { c: 'NO. 4, JALAN MASJID, 16100 KOTA BHARU' },
        'Tarikh : 25 Mac 2018', 'Masa   : 10:14', 'No. Resit : 000782', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['JUMLAH', f2(it.total)], ['PELARASAN', f2(r2(total - it.total))], { b: ['JUMLAH BESAR', f2(total)] }, ['TUNAI', f2(tunai)], ['BAKI', f2(r2(tunai - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'hardware-amount-payable', batch: 3, date: '2017-12-25', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['PAINT 5L WHITE', 1, 65.0], ['ROLLER 9"', 2, 8.5], ['THINNER 1L', 1, 9.9]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'KHOO HARDWARE & PAINT TRADING' }, { c: '(Co. Reg. No. 001122334-W)' }, { c: '12 JALAN PASAR, 34000 TAIPING' }, { c: 'GST REG NO. 001122334455' }, { c: 'TAX INVOICE' },
        'Date : 25 Dec 2017', 'Cash Bill : CB-17/1225/004', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} @ ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Net Amt', f2(it.total)], ['GST @ 6%', f2(gst)], { b: ['AMOUNT PAYABLE', f2(total)] }, ['CASH', '100.00'], ['CHANGE DUE', f2(r2(100 - total))], '-', { c: 'NO RETURN NO REFUND' },
      ] };
    },
  },
  {
    id: 'cafe-time-before-date', batch: 3, date: '2018-02-11', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['LATTE (H)', 2, 9.0], ['CROISSANT', 1, 6.5], ['CHEESE CAKE', 1, 11.0]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.06), total = round5(it.total + sc + gst);
      return { total, lines: [
        { c: 'BREW & BEAN COFFEE SDN BHD' }, { c: '(1187654-V)' }, { c: 'G-3 JALAN TELAWI, BANGSAR, 59100 KL' }, { c: 'GST ID : 002187654321' },
        '18:42 11/02/2018  T07  #2211', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['S.Charge 10%', f2(sc)], ['GST 6%', f2(gst)], ['Round. Adj', f2(r2(total - it.total - sc - gst))], { b: ['Total Amount', f2(total)] },
        ['MASTER', f2(total)], '-', { c: 'Wifi: brewbean / guest1234' },
      ] };
    },
  },
  {
    id: 'mart-total-stacked', batch: 3, date: '2018-04-30', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['SHAMPOO 400ML', 1, 15.9], ['TOOTHPASTE 2X150G', 1, 9.6], ['TISSUE 10 ROLLS', 1, 12.8]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'FAMILI MART SDN BHD' }, { c: '(Co. Reg. 778812-H)' }, { c: '9 JALAN RIA, 88000 KOTA KINABALU' }, { c: 'GST ID: 000778812000' },
        'Date: 30-04-2018', 'Time: 20:15:43', 'Rcpt: 0230-0004412', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        'TOTAL (INCLUSIVE OF GST)', { b: ['RM', f2(total)] }, 'CASH', ['RM', f2(cash)], 'CHANGE', ['RM', f2(r2(cash - total))], '-',
        ['Total Qty', String(it.qty)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-slash-iso', batch: 3, date: '2018-06-02', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['COUGH SYRUP 120ML', 1, 14.9], ['THERMOMETER DIGITAL', 1, 29.9], ['MASK 50S', 1, 19.9]]);
      const total = it.total;
      return { total, lines: [
        { c: 'CARING CHEMIST (M) SDN BHD' }, { c: '(Co. Reg. 445566-K)' }, { c: 'LOT 1.02, SUNWAY PIRAMID, 47500 SUBANG JAYA' },
        'Trans Date: 2018/06/02 13:08', 'Trans No: 22018060200117', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(total)], ['CHANGE', '0.00'], '-', 'Points earned: 64', 'Points expire on 02/06/2019', { c: 'STAY HEALTHY' },
      ] };
    },
  },
  {
    id: 'restaurant-zero-rated-summary', batch: 3, date: '2018-01-19', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const sr = priced([['BAK KUT TEH (S)', 2, 16.0], ['YOU TIAO', 2, 2.0]]);
      const zr = priced([['WHITE RICE', 2, 1.5], ['CHINESE TEA', 1, 1.5]]);
      const gst = r2(sr.total * 0.06), incl = r2(sr.total + gst + zr.total), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN BAK KUT TEH KLANG' }, { c: 'KLANG BKT ENTERPRISE (JM0567890-T)' }, { c: '7 JALAN BESAR, 41000 KLANG' }, { c: 'GST ID: 001005678901' },
        'Bill: 00812   Table: A3', 'Date: 19/01/18  Time: 12:40', '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), '-',
        ['Total Excl GST', f2(r2(sr.total + zr.total))], ['GST Payable', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl GST', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount', 'Tax'], ['SR @6%', f2(sr.total), f2(gst)], ['ZR @0%', f2(zr.total), '0.00'], ['Total', f2(r2(sr.total + zr.total)), f2(gst)],
      ] };
    },
  },
  {
    id: 'bakery-sg-month-first-word', batch: 3, date: '2018-08-20', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['PANDAN CHIFFON', 1, 12.8], ['EGG TART', 6, 1.6]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'OVEN FRESH CONFECTIONERY PTE. LTD.' }, { c: 'GST Reg. No.: 20-0123456-X' }, { c: 'Blk 210 Toa Payoh Lor 8 #01-11 S(310210)' },
        'Aug 20, 2018  11:05AM', 'Receipt: 210-88012', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL', `$${f2(total)}`] }, ['CASH', `$${f2(cash)}`], ['CHANGE', `$${f2(r2(cash - total))}`], ['GST incl. 7%', f2(r2((total * 7) / 107))], '-', { c: 'Thank you!' },
      ] };
    },
  },
  {
    id: 'stationer-total-rm-suffix', batch: 3, date: '2018-02-28', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['PRINTER INK BLACK', 2, 32.0], ['A4 FOLDER', 5, 1.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'SYARIKAT ALAT TULIS CEMERLANG' }, { c: '(Co. Reg. 000987123-D)' }, { c: '3A JALAN SULTAN, 05000 ALOR SETAR' }, { c: 'GST ID 000987123456' }, { c: 'TAX INVOICE' },
        'NO: 024518   DATE:28/02/2018 03:12PM', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}X${f2(r.price)}`, f2(r.amount)]), '-',
        ['TOTAL SALES EXCL GST', f2(it.total)], ['GST 6%', f2(gst)], ['TOTAL SALES INCL GST', f2(incl)], ['ROUNDING', f2(r2(total - incl))], { b: ['TOTAL :', `${f2(total)} RM`] },
        ['PAYMENT : CASH', f2(100)], ['CHANGE :', f2(r2(100 - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-dual-receipt', batch: 3, date: '2018-05-16', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const fuel = r2(30.0), shop = priced([['MINERAL WATER 600ML', 2, 1.2], ['SANDWICH TUNA', 1, 4.5]]);
      const total = r2(fuel + shop.total), cash = 50;
      return { total, lines: [
        { c: 'PETRO BAKTI STATION' }, { c: 'BAKTI ENERGY RETAIL SDN BHD (Co. Reg. 912345-A)' }, { c: 'LEBUHRAYA UTARA SELATAN KM 228, 35500 BIDOR' },
        'Site: 4471  Pump: 6', 'Date/Time: 16/05/2018 07:52', '-',
        ['PRIMAX95 13.70L @ 2.19', f2(fuel)], ...shop.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Fuel Total', f2(fuel)], ['Shop Total', f2(shop.total)], { b: ['Total Amount Due', f2(total)] }, ['Cash Tendered', f2(cash)], ['Change Given', f2(r2(cash - total))], '-',
        'Loyalty No: 7012 3344 5566', ['Points Earned', '32'], { c: 'DRIVE SAFE' },
      ] };
    },
  },
  {
    id: 'electrical-delivery-date', batch: 3, date: '2018-03-03', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['CEILING FAN 56"', 1, 289.0], ['INSTALLATION', 1, 50.0]]);
      const gst = r2(it.total * 0.06), total = round5(it.total + gst);
      return { total, lines: [
        { c: 'LIM ELECTRICAL & AIRCOND' }, { c: '(Co. Reg. 001234098-U)' }, { c: '55 JALAN STESEN, 30100 IPOH' }, { c: 'GST ID: 001234098765' }, { c: 'TAX INVOICE' },
        ['Inv No: LE-1803-021', 'Date: 03/03/2018'], ['Delivery: 05/03/2018', ''], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - it.total - gst))], { b: ['Grand Total', f2(total)] },
        ['Visa', f2(total)], '-', { c: 'Warranty 2 years' },
      ] };
    },
  },
  {
    id: 'noodle-house-dotted-date', batch: 3, date: '2018-07-07', style: { font: 'condensed', size: 13 }, degrade: 'photo',
    build() {
      const it = priced([['WANTAN MEE', 2, 6.5], ['SUMBER KOPI O', 2, 1.8]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'KEDAI MAKANAN WAN TAN MEE HOONG' }, { c: '(SA0345678-D)' }, { c: '11 JALAN PETALING, 50000 KUALA LUMPUR' },
        '07.07.2018 12:01', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 4
  {
    id: 'petrol-postpaid-rounding-adj', batch: 4, date: '2018-04-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const fuel = r2(18.42 * 2.2), lube = priced([['ENGINE OIL 1L', 1, 24.9]]);
      const gst = r2(lube.total * 0.06), incl = r2(fuel + lube.total + gst), total = round5(incl), adj = r2(total - incl), cash = 100;
      return { total, lines: [
        { c: 'STESEN SERVIS SINAR PAGI' }, { c: 'SINAR PAGI PETROLEUM SDN BHD' }, { c: '(Co. Reg. 334411-M)' }, { c: 'JALAN TAMPIN, 70450 SEREMBAN' }, { c: 'GST ID: 000334411222' },
        'TAX INVOICE  09/04/2018 18:22:05', 'POS: 2  SHIFT: 3  INV: 77120', '-',
        ['PUMP 3 RON95', ''], ['  18.42 L X 2.20', `${f2(fuel)} ZR`], ...lube.rows.map((r) => [`${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['SUBTOTAL', f2(r2(fuel + lube.total))], ['GST 6%', f2(gst)], ['Rounding Adj', f2(adj)], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST SUMMARY', 'AMT', 'TAX'], ['SR 6%', f2(lube.total), f2(gst)], ['ZR 0%', f2(fuel), '0.00'], { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-voucher', batch: 4, date: '2018-05-21', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['BLACKMORES FISH OIL 200S', 1, 59.9], ['HAND SANITIZER 500ML', 2, 12.5], ['COTTON BUDS 200S', 1, 4.3]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), total = round5(net), voucher = 10, cash = r2(total - voucher);
      return { total, lines: [
        { c: 'UNIHEALTH PHARMACY SDN BHD' }, { c: '(Co. Reg. 889012-A)' }, { c: 'G-12 PLAZA DAMAS, 50480 KUALA LUMPUR' }, { c: 'GST Reg: 001889012345' },
        'Invoice: PH18-052100441', 'Date: 21/05/2018   Time: 17:40', 'Member: UH00028812', '-',
        ['Description', 'Qty', 'Amount'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Member Disc 5%', `-${f2(disc)}`], ['Rounding', f2(r2(total - net))], { b: ['Total Payable', f2(total)] },
        ['Voucher', f2(voucher)], ['Cash', f2(cash)], ['Change', '0.00'], '-', 'GST 6% included in total', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'hawker-stall-minimal', batch: 4, date: '2018-09-14', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      const it = priced([['CHAR KWAY TEOW', 1, 5.0], ['LIME JUICE', 2, 1.5]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'AH HUAT CHAR KWAY TEOW' }, { c: 'Stall #02-31 Old Airport Rd Food Ctr' }, { c: 'Singapore 390051' },
        '14/09/2018 13:05', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], { c: 'Thank You' },
      ] };
    },
  },
  {
    id: 'supermarket-member-savings', batch: 4, date: '2018-02-17', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['JASMINE RICE 5KG', 1, 24.9], ['COOKING OIL 2KG', 1, 13.8], ['CHICKEN WHOLE', 1, 17.6], ['CABBAGE', 1, 3.45], ['FRESH MILK 2L', 1, 11.2]]);
      const member = 4.37, net = r2(it.total - member), total = round5(net), adj = r2(total - net), card = total;
      return { total, lines: [
        { c: 'PASARAYA KELUARGA JIMAT SDN BHD' }, { c: '(Co. Reg. 567123-D)' }, { c: 'LOT 5, JALAN KEMBOJA, 43000 KAJANG' }, { c: 'GST ID : 001567123000' }, { c: 'TAX INVOICE' },
        ['17/02/2018 10:48', 'REG 05'], 'RCPT: 05-0188272   CASHIER: LINDA', '-',
        ...it.rows.map((r) => [`${r.name}`, `${f2(r.amount)} S`]), '-',
        ['SUB TOTAL', f2(it.total)], ['MEMBER PRICE SAVINGS', `-${f2(member)}`], ['ROUNDING ADJ', f2(adj)], { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(card)], '-',
        ['GST 6% INCLUDED', f2(r2((total * 6) / 106))], ['YOU HAVE SAVED', f2(member)], 'MEMBER NO: 9001 2233 4455', ['POINTS EARNED', String(Math.floor(total))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kopitiam-change-exceeds-total', batch: 4, date: '2018-11-03', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['KOPI C', 2, 1.4], ['KAYA TOAST SET', 1, 4.6]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'KEDAI KOPI HENG HENG' }, { c: '(002345119-K)' }, { c: '21 JALAN TUN H S LEE, 50000 KL' },
        'Date: 03/11/2018  Time: 08:12', 'Bill No: 11-3381', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, { b: ['CASH', f2(cash)] }, { b: ['CHANGE', f2(r2(cash - total))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'thermal-angled-gst-lines', batch: 4, date: '2018-01-08', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      const it = priced([['DETERGENT 3KG', 1, 21.9], ['DISHWASH 900ML', 2, 4.9], ['GARBAGE BAG 30S', 1, 6.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KEDAI SERBANEKA MURAH JAYA' }, { c: '(Co. Reg. 001998877-P)' }, { c: 'NO 8 JALAN BESTARI, 81200 JOHOR BAHRU' }, { c: 'GST ID: 001998877654' }, { c: 'TAX INVOICE' },
        'Date: 08-01-2018  10:22AM', 'Inv No: SJ180108-0092', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Total Incl GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Payable', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', ['GST Summary', 'Amt', 'GST'], ['SR 6%', f2(it.total), f2(gst)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'foodcourt-sg-nets-rounding', batch: 4, date: '2018-10-26', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['MALA XIANG GUO', 1, 12.9], ['ICE LEMON TEA', 1, 2.2]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.07), incl = r2(it.total + sc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'KOPITIAM FOOD HALL PTE LTD' }, { c: 'GST Reg No. 20-1122334-W' }, { c: '1 Raffles Link #B1-05 Singapore 039393' },
        'Fri 26/10/2018 19:31', 'Order No: 112   Table: 17', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['10% Svc Chg', f2(sc)], ['7% GST', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total', `S$${f2(total)}`] }, ['NETS', f2(total)], '-', { c: 'Thank you, see you again!' },
      ] };
    },
  },
  {
    id: 'bookstore-cash-large-note', batch: 4, date: '2018-07-30', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['NOTEBOOK A5 RULED', 3, 3.92], ['HIGHLIGHTER SET', 1, 8.5]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'POPULAR READS BOOKSTORE SDN BHD' }, { c: '(Co. Reg. 119922-X)' }, { c: '2F MID VALLEY, 59200 KUALA LUMPUR' },
        'Receipt No: PR-0730-0098', '30 JUL 2018  16:47', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Items', String(it.qty)], ['Rounding', f2(r2(total - it.total))], { b: ['Total', f2(total)] }, ['Cash Received', f2(cash)], ['Change Given', f2(r2(cash - total))], '-', { c: 'HAPPY READING' },
      ] };
    },
  },
  {
    id: 'minimart-gst-before-total', batch: 4, date: '2018-03-19', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['MINERAL WATER 1.5L', 4, 1.9], ['POTATO CHIPS 160G', 2, 5.2], ['CHOCOLATE BAR', 3, 2.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'SURIA MINIMARKET' }, { c: 'SURIA RUNCIT ENTERPRISE (JM0456712-V)' }, { c: '33 JALAN PASIR PUTEH, 31650 IPOH' }, { c: 'GST NO: 000456712888' },
        'Cash Bill: 45512', 'Date: 19-03-2018', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total Before GST', f2(it.total)], ['GST Amount 6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Nett Total', f2(total)] }, ['Paid Cash', f2(cash)], ['Balance', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIBELI TIDAK BOLEH DITUKAR' },
      ] };
    },
  },
  {
    id: 'clinic-receipt-table-header', batch: 4, date: '2018-06-11', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['CONSULTATION', 1, 35.0], ['MEDICATION', 1, 28.5], ['MC', 1, 0]]);
      const total = it.total, cash = 70;
      return { total, lines: [
        { c: 'KLINIK KESIHATAN ANDA' }, { c: '(Co. Reg. 001203004-H)' }, { c: '5 JALAN SEJAHTERA, 40150 SHAH ALAM' },
        'OFFICIAL RECEIPT', 'Receipt No: OR-18-06-0331', 'Date: 11/06/2018', '-',
        ['Description', 'Qty', 'Amount (RM)'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'SEMOGA CEPAT SEMBUH' },
      ] };
    },
  },

  // ---------------------------------------------------------------- batch 5 (held out)
  {
    id: 'minimart-sz-tender', batch: 5, date: '2017-12-25', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const sr = priced([['4012 MAGGI KARI 5S', 2, 4.6], ['3307 SABUN BASUH 1KG', 1, 8.9]]);
      const zr = priced([['0105 BERAS SST5 5KG', 1, 17.5], ['0220 TELUR GRED B 10S', 1, 4.3]]);
      const incl = r2(sr.total + zr.total), gst = r2((sr.total * 6) / 106), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'PANTAS 99 MART SDN BHD (1188776-W)' }, { c: 'LOT 7, JALAN SEROJA 2, TAMAN SEROJA' }, { c: '43500 SEMENYIH, SELANGOR' }, { c: 'GST ID : 001188776543' },
        'Inv: 52117/201/T0112', '25-12-17 18:03:22   CSH: AINA', '-',
        ...sr.rows.map((r) => [`${r.name}`, `${r.qty}`, `${f2(r.amount)} S`]), ...zr.rows.map((r) => [`${r.name}`, `${r.qty}`, `${f2(r.amount)} Z`]), '-',
        ['Total Sales (Inclusive GST)', f2(incl)], ['Rounding', f2(r2(total - incl))], { b: ['Total After Rounding', f2(total)] },
        ['TENDER CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount(RM)', 'Tax(RM)'], ['S = 6%', f2(r2(sr.total - gst)), f2(gst)], ['Z = 0%', f2(zr.total), '0.00'], { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'hardware-rounded-total', batch: 5, date: '2018-01-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['GI WIRE 1.6MM 1KG', 2, 9.8], ['CONCRETE NAIL 2"', 3, 2.35], ['HACKSAW BLADE', 4, 3.5], ['WD-40 333ML', 1, 17.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN SENG HUAT' }, { c: '(Co. Reg. 000451278-T)' }, { c: 'NO. 3, JALAN BESI 1, 81100 JOHOR BAHRU' }, { c: 'GST ID: 000451278334' }, { c: 'TAX INVOICE' },
        'Cash Bill No: CS-1801/0066', 'Date : 05/01/2018 3:42:10 PM', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['SUB TOTAL', f2(it.total)], ['GST 6%', f2(gst)], ['TOTAL', f2(incl)], ['ROUNDING', f2(r2(total - incl))], { b: ['ROUNDED TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'stationery-qty-total-row', batch: 5, date: '2018-02-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['EXAM PAD A4', 4, 3.2], ['MARKER PEN BLACK', 6, 2.9], ['GLUE STICK 21G', 3, 2.48], ['SCISSORS 7"', 1, 6.9]]);
      const disc = 2.5, net = r2(it.total - disc), gst = r2((net * 6) / 106), total = round5(net), cash = 60;
      return { total, lines: [
        { c: 'SYARIKAT BUKU & ALAT TULIS GEMILANG' }, { c: '(Co. Reg. 000867512-A)' }, { c: '21 JALAN PASAR, 36000 TELUK INTAN' }, { c: 'GST ID: 000867512009' },
        'Receipt: R0209-0045   Counter: 1', 'Date: 09/02/2018  Time: 11:27', '-',
        ['Item', 'Qty', 'Amount'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Sub Total', String(it.qty), f2(it.total)], ['DISCOUNT', '', `-${f2(disc)}`], ['Rounding', '', f2(r2(total - net))], { b: ['TOTAL (RM)', f2(total)] },
        ['CASH', '', f2(cash)], ['CHANGE', '', f2(r2(cash - total))], '-', `GST 6% included: ${f2(gst)}`, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'cafe-excl-incl-columns', batch: 5, date: '2018-03-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['NASI GORENG KAMPUNG', 2, 9.0], ['TOMYAM SEAFOOD (M)', 1, 18.0], ['SIRAP BANDUNG', 3, 3.0]]);
      const incl = (v) => r2(v * 1.06), gst = r2(it.total * 0.06), total = round5(r2(it.total + gst)), cash = 60;
      return { total, lines: [
        { c: 'RESTORAN SELERA KAMPUNG' }, { c: 'SELERA KAMPUNG ENTERPRISE (JM0785412-K)' }, { c: '14 JALAN TEMENGGONG, 80000 JOHOR BAHRU' }, { c: 'GST ID: 001785412311' }, { c: 'TAX INVOICE' },
        'Bill No: 0314-0027   Table: 5', 'Date: 14/03/2018  19:12', '-',
        ['Item', 'Excl GST', 'Incl GST'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount), f2(incl(r.amount))]), '-',
        ['TOTAL', f2(it.total), f2(r2(it.total + gst))], ['GST 6%', '', f2(gst)], { b: ['AMOUNT DUE', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'bakery-discount-after-total', batch: 5, date: '2017-12-25', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['BLACK FOREST SLICE', 2, 6.5], ['SAUSAGE BUN', 4, 2.4], ['BUTTER LOAF', 1, 7.9]]);
      const disc = r2(it.total * 0.3), net = r2(it.total - disc), total = round5(net), cash = 30;
      return { total, lines: [
        { c: 'ROTI HARUM BAKERY' }, { c: 'HARUM FOOD INDUSTRIES SDN BHD (776510-P)' }, { c: '8 JALAN SS 15/4, 47500 SUBANG JAYA' },
        'Date:25-Dec-17 21:05  Rcpt:SJ-33102', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['DISCOUNT 30% (AFTER 9PM)', `-${f2(disc)}`], ['ROUNDING', f2(r2(total - net))], { b: ['NETT TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'FRESHLY BAKED EVERY DAY' },
      ] };
    },
  },
  {
    id: 'petrol-dotted-seconds-total-twice', batch: 5, date: '2017-12-25', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const fuel = r2(15.3 * 2.27), shop = priced([['ROTI SARDIN', 2, 2.2], ['AIR KOTAK SOYA', 1, 1.9]]);
      const gst = r2(shop.total * 0.06), incl = r2(fuel + shop.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'STESEN MINYAK CAHAYA TIMUR' }, { c: 'CAHAYA TIMUR PETROLEUM SDN BHD' }, { c: '(Co. Reg. 1003214-X)' }, { c: 'JALAN KUANTAN, 25200 KUANTAN' }, { c: 'GST ID: 001003214777' }, { c: 'TAX INVOICE' },
        'Inv No: 12-066781', 'DATE: 25.12.2017  TIME: 08:15:33', '-',
        ['PUMP 05 RON97', ''], [`  15.30 L @ 2.27`, `${f2(fuel)} Z`], ...shop.rows.map((r) => [`${r.name} ${r.qty}x`, `${f2(r.amount)} S`]), '-',
        ['Total Excl. GST', f2(r2(fuel + shop.total))], ['GST', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl. GST', f2(total)] },
        ['TENDER: CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount', 'Tax'], ['S 6%', f2(shop.total), f2(gst)], ['Z 0%', f2(fuel), '0.00'], '-', ['TOTAL AMOUNT', f2(total)], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-grand-total-visa-pm', batch: 5, date: '2018-02-16', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['STEAMED GROUPER', 1, 68.0], ['SWEET SOUR PORK', 1, 26.0], ['YONG TAU FOO SOUP', 1, 18.0], ['RICE', 5, 1.5], ['CHINESE TEA', 5, 1.2]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.06), incl = r2(it.total + sc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN HAI BOON SEAFOOD' }, { c: 'HAI BOON CATERING SDN BHD (Co. Reg. 689012-V)' }, { c: '101 JALAN PUDU, 55100 KUALA LUMPUR' }, { c: 'GST ID: 000689012456' },
        'Bill No : 008812   Table : 12   Pax : 5', '16/02/2018 08:41:12 PM', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['Service Charge 10%', f2(sc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['GRAND TOTAL', f2(total)] }, '-',
        ['VISA', f2(total)], 'CARD: XXXXXXXXXXXX7731', 'APPR CODE: 301884', '-', { c: 'GONG XI FA CAI' },
      ] };
    },
  },
  {
    id: 'tax-invoice-header-columns', batch: 5, date: '2018-04-17', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['PVC CONDUIT 20MM 3M', 10, 3.8], ['SWITCH 1 GANG', 6, 4.5], ['CABLE 2.5MM 90M', 1, 168.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst), cash = 300;
      return { total, lines: [
        { c: 'SYARIKAT ELEKTRIK SINAR JAYA' }, { c: '(Co. Reg. 001277045-U)' }, { c: '56 JALAN KAPAR, 41400 KLANG' }, { c: 'GST ID: 001277045812' }, { c: 'TAX INVOICE' }, '-',
        ['Inv No', 'Date'], ['CS-18/0417-213', '17/04/2018'], ['Salesman', 'Terms'], ['TAN', 'CASH'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Excl. GST', f2(it.total)], ['GST @ 6%', f2(gst)], { b: ['Total Incl. GST', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['Code', 'Amount', 'Tax'], ['SR 6%', f2(it.total), f2(gst)], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'sg-cafe-full-month', batch: 5, date: '2017-12-25', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['FLAT WHITE', 2, 5.5], ['EGGS BENEDICT', 1, 17.0], ['ALMOND CROISSANT', 1, 4.8]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.07), total = r2(it.total + sc + gst);
      return { total, lines: [
        { c: 'THE DAILY GRIND CAFE PTE. LTD.' }, { c: 'GST Reg. No. 201634567M' }, { c: '12 Jalan Kayu #01-02 Singapore 799538' },
        'Date: 25 December 2017', 'Time: 10:12 AM   Table: 3', 'Receipt No: 0012-4471', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        ['Subtotal', `$${f2(it.total)}`], ['Service Charge (10%)', `$${f2(sc)}`], ['GST (7%)', `$${f2(gst)}`], { b: ['Total (incl. GST)', `$${f2(total)}`] }, ['MASTERCARD', `$${f2(total)}`], '-', { c: 'Merry Christmas!' },
      ] };
    },
  },
  {
    id: 'reprint-copy-print-date', batch: 5, date: '2018-01-02', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['AIRCOND SERVICE (1HP)', 2, 60.0], ['GAS TOP UP R22', 1, 45.0]]);
      const total = it.total, cash = 200;
      return { total, lines: [
        { c: 'DINGIN JAYA AIRCOND SERVICES' }, { c: '(Co. Reg. 002099716-W)' }, { c: '9 JALAN MAWAR, 70100 SEREMBAN' },
        { c: '*** REPRINT ***' }, 'Receipt No: DJ-0102-07', 'Date: 02/01/2018  Time: 16:20', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'Printed: 05/01/2018 10:12', 'Next service due: 02/04/2018', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'grocer-zero-rated-only', batch: 5, date: '2018-06-28', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['SAYUR SAWI 1KG', 1, 4.2], ['IKAN KEMBUNG 1KG', 1, 12.8], ['BAWANG BESAR 1KG', 2, 3.6], ['BERAS 10KG', 1, 32.0]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'PASAR MINI SEGAR ABADI' }, { c: 'SEGAR ABADI TRADING (002311874-M)' }, { c: 'NO 2 JALAN PASAR, 06000 JITRA, KEDAH' },
        'Tarikh: 28/06/2018 Masa: 09:34', 'No Bil: 00931', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, `${f2(r.amount)} Z`]), '-',
        ['Total Sales (Inclusive GST)', f2(it.total)], ['GST 0%', '0.00'], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', ['GST Summary', 'Amount', 'Tax'], ['Z = 0%', f2(it.total), '0.00'], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'pharmacy-split-cash-card', batch: 5, date: '2018-05-04', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      const it = priced([['GLUCOSE METER STRIPS 50S', 1, 58.0], ['ANTISEPTIC CREAM 30G', 2, 8.9], ['VITAMIN B COMPLEX 60S', 1, 24.5]]);
      const total = round5(it.total), cash = 50, card = r2(total - cash);
      return { total, lines: [
        { c: 'FARMASI BAKTI SIHAT' }, { c: 'BAKTI SIHAT PHARMACY SDN BHD (Co. Reg. 1022876-D)' }, { c: '3 JALAN TUN ABDUL RAZAK, 30100 IPOH' }, { c: 'GST ID: 001022876345' },
        'Doc No: PH-0504-1187', 'Date: 04-05-2018 14:55', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Rounding Adj', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['DEBIT CARD', f2(card)], ['CHANGE', '0.00'], '-',
        'GST 6% included in total', { c: 'GET WELL SOON' },
      ] };
    },
  },

  // ---------------------------------------------------------------- batch 6 (held out, read once after the batch 5 changes)
  {
    id: 'fastfood-eat-in-incl', batch: 6, date: '2017-12-25', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['CHICKEN BURGER MEAL', 2, 13.95], ['NUGGETS 6PCS', 1, 7.5], ['SUNDAE CHOC', 2, 3.3]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN SEGERA BURGERLAND' }, { c: 'BURGERLAND FOOD (M) SDN BHD (554210-K)' }, { c: 'LOT G12, JALAN AMPANG, 50450 KL' }, { c: 'GST ID: 000554210321' },
        'ORDER 231   EAT-IN', '2017-12-25 19:45:12  REG 3', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL (INCL GST)', f2(total)] }, ['Cash Tendered', f2(cash)], ['Change', f2(r2(cash - total))], ['GST 6% INCLUDED', f2(r2((total * 6) / 106))], '-', { c: 'THANK YOU, ENJOY YOUR MEAL' },
      ] };
    },
  },
  {
    id: 'hardware-qty-column-rm', batch: 6, date: '2018-02-26', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['SCREW 8X1" (100PCS)', 2, 6.5], ['WALL PLUG 6MM', 3, 2.2], ['DRILL BIT 6MM', 1, 8.9], ['SANDPAPER #120', 5, 0.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'TECK SENG HARDWARE TRADING' }, { c: '(Co. Reg. 000213554-K)' }, { c: '4 JALAN KLANG LAMA, 58000 KUALA LUMPUR' }, { c: 'GST ID: 000213554009' }, { c: 'TAX INVOICE' },
        'Bill No: 26022018-031', 'Date:26/02/2018  Time:10:05:44', '-',
        ['Description', 'Qty', 'RM'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['TOTAL QTY:', String(it.qty), ''], ['TOTAL EXCL GST:', '', f2(it.total)], ['GST 6%:', '', f2(gst)], ['ROUNDING:', '', f2(r2(total - incl))], { b: ['TOTAL: RM', f2(total)] },
        ['CASH:', '', f2(cash)], ['CHANGE:', '', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'sg-minimart-sgd-codes', batch: 6, date: '2018-06-09', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['MILO 1.5KG', 1, 16.95], ['BREAD GARDENIA', 2, 2.75], ['EGGS 10S', 1, 3.1]]);
      const total = it.total, card = total;
      return { total, lines: [
        { c: 'HENG LEE MINIMART PTE LTD' }, { c: 'GST Reg: 200912345R' }, { c: 'Blk 123 Bedok North St 2 #01-55 S460123' },
        '09/06/2018 (SAT)  18:22', 'Receipt: HL-0609-0412', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, `SGD ${f2(r.amount)}`]), '-',
        { b: ['TOTAL SGD', f2(total)] }, ['NETS', `SGD ${f2(card)}`], ['GST 7% incl.', `SGD ${f2(r2((total * 7) / 107))}`], '-', { c: 'Thank you! Please come again' },
      ] };
    },
  },
  {
    id: 'parking-entry-exit', batch: 6, date: '2018-03-31', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const total = 6.0, cash = 10;
      return { total, lines: [
        { c: 'PARKIR MEWAH SDN BHD' }, { c: '(Co. Reg. 765321-U)' }, { c: 'PLAZA MEWAH CAR PARK, 40000 SHAH ALAM' }, { c: 'GST ID: 000765321777' }, { c: 'TAX INVOICE' },
        'Ticket No: 00418832', 'Entry: 31/03/2018 10:01', 'Exit : 31/03/2018 13:24', 'Duration: 3 hr 23 min', '-',
        ['Parking Fee', f2(r2(total / 1.06))], ['GST 6%', f2(r2(total - r2(total / 1.06)))], { b: ['TOTAL PAID', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'bookstore-net-total-glued-date', batch: 6, date: '2018-09-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['ATLAS DUNIA EDISI 2018', 1, 45.0], ['KAMUS DWIBAHASA', 1, 59.9], ['PEN BIRU 0.7', 4, 1.5]]);
      const disc = r2(it.total * 0.15), net = r2(it.total - disc), total = round5(net), card = total;
      return { total, lines: [
        { c: 'KEDAI BUKU ILMU CAHAYA' }, { c: 'ILMU CAHAYA ENTERPRISE (SA0223345-V)' }, { c: '12 JALAN SULTAN ZAINAL ABIDIN, 20000 K. TERENGGANU' },
        'Date:05/09/2018Time:13:05', 'Inv No: IC-0905-118', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Gross Total', f2(it.total)], ['Total Discount (15%)', `-${f2(disc)}`], ['Rounding', f2(r2(total - net))], { b: ['NET TOTAL', f2(total)] }, ['CREDIT CARD', f2(card)], '-',
        'Member: IC-004412  Points: +' + Math.floor(total), { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'electronics-thousands-rm-prefix', batch: 6, date: '2017-11-18', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['WASHING MACHINE 8KG', 1, 1189.0], ['INLET HOSE 2M', 1, 25.0], ['DELIVERY', 1, 30.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'SENG HUAT ELECTRICAL SDN BHD' }, { c: '(Co. Reg. 412987-T)' }, { c: '88 JALAN TUN RAZAK, 80000 JOHOR BAHRU' }, { c: 'GST ID: 000412987655' }, { c: 'TAX INVOICE' },
        'Invoice No: SH/17/11/0452', 'Date: 18/11/17', '-',
        ...it.rows.map((r) => [`${r.name}`, `RM ${f2c(r.amount)}`]), '-',
        ['Sub Total', `RM ${f2c(it.total)}`], ['GST 6%', `RM ${f2(gst)}`], { b: ['Total Payable', `RM ${f2c(total)}`] }, ['Debit Card', `RM ${f2c(total)}`], '-', { c: 'WARRANTY CARD ENCLOSED' },
      ] };
    },
  },
  {
    id: 'laundry-return-item', batch: 6, date: '2018-07-21', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['DRY CLEAN SUIT', 1, 25.0], ['WASH & IRON SHIRT', 5, 3.5], ['CURTAIN (PER PANEL)', 2, 12.0]]);
      const refund = 3.5, net = r2(it.total - refund), total = round5(net), cash = 100;
      return { total, lines: [
        { c: 'DOBI BERSIH CEMERLANG' }, { c: '(002456671-X)' }, { c: '7 JALAN MELATI, 31400 IPOH' },
        'Tarikh: 21.07.2018   Masa: 17:40', 'Resit: DB-0721-09', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['1 SHIRT RETURNED (REDO)', `-${f2(refund)}`], '-',
        { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-subtotal-svc-gst-summary', batch: 6, date: '2018-04-14', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['NASI BRIYANI KAMBING', 2, 16.0], ['AYAM TANDOORI', 1, 14.0], ['MANGO LASSI', 2, 6.5]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.06), incl = r2(it.total + sc + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN SRI ANANDA BHAVAN' }, { c: 'ANANDA FOODS SDN BHD (Co. Reg. 330712-P)' }, { c: '56 JALAN TUN SAMBANTHAN, 50470 KL' }, { c: 'GST ID: 000330712888' },
        'Inv: RA-14041-087   Table: 9', 'Date: 14-04-2018  20:31', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['SVC CHARGE 10%', f2(sc)], ['GST 6%', f2(gst)], ['ROUNDING', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST SUMMARY', 'AMOUNT', 'GST'], ['SR 6%', f2(r2(it.total + sc)), f2(gst)], { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 7 (held out, read once before any change made from it)
  {
    id: 'hypermarket-long-34-items', batch: 7, date: '2018-11-03', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      const names = ['BERAS SUPER 5KG', 'MINYAK MASAK 2KG', 'GULA PASIR 1KG', 'TEPUNG GANDUM 1KG', 'SUSU PEKAT MANIS', 'MILO 1KG', 'NESCAFE 3IN1 30S', 'TEH BOH 100S',
        'BISKUT LEMON CREAM', 'ROTI GARDENIA JUMBO', 'TELUR GRED A 30S', 'AYAM SEGAR 1.5KG', 'IKAN BILIS 500G', 'BAWANG MERAH 1KG', 'BAWANG PUTIH 500G', 'KENTANG 1KG',
        'CILI KERING 250G', 'KICAP MANIS 345ML', 'SOS CILI 485G', 'SARDIN AYAM 425G', 'MEE KUNING 500G', 'BIHUN 400G', 'SABUN BASUH 3KG', 'PELEMBUT FAB 3L',
        'UBAT GIGI 225G', 'SYAMPU 400ML', 'TISU MUKA 5X150', 'TISU TANDAS 10S', 'PENCUCI PINGGAN 900ML', 'BATERI AA 4S', 'AIR MINERAL 1.5L', 'JUS OREN 1L',
        'AISKRIM VANILA 1.5L', 'YOGURT STRAWBERI 4S'];
      const prices = [21.9, 11.5, 2.85, 2.6, 3.45, 17.9, 13.5, 12.8, 4.2, 4.1, 12.9, 14.25, 12.0, 6.9, 5.5, 3.2, 5.8, 4.35, 3.9, 6.3, 2.5, 2.3, 24.9, 19.9, 7.9, 13.9, 8.5, 11.9, 6.5, 9.9, 2.2, 6.9, 13.5, 7.2];
      const it = priced(names.map((n, i) => [n, i % 5 === 0 ? 2 : 1, prices[i]]));
      const total = round5(it.total), cash = 500;
      return { total, lines: [
        { c: 'PASARAYA BESAR HARI-HARI SDN BHD' }, { c: '(Co. Reg. 1004521-P)' }, { c: 'LOT 5, JALAN KEBUN NENAS, 41100 KLANG' }, { c: 'SST REG NO: B16-1808-31001234' },
        '03/11/2018 18:42  POS 07  TRN 5521', 'CASHIER: NORLIZA', '-',
        ...it.rows.flatMap((r) => (r.qty > 1 ? [[r.name, ''], [`  ${r.qty} x ${f2(r.price)}`, f2(r.amount)]] : [[r.name, f2(r.amount)]])), '-',
        ['Total Item(s):', String(it.rows.length)], ['TOTAL QTY:', String(it.qty)], ['SUB TOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIBELI TIDAK BOLEH DIPULANGKAN' }, { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'cafe-sst-loyalty-block', batch: 7, date: '2019-02-14', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['CAFE LATTE (L)', 2, 12.5], ['MATCHA FRAPPE', 1, 14.9], ['CHOC MUFFIN', 2, 6.8]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl);
      return { total, lines: [
        { c: 'KOPI BIJI EMAS' }, { c: 'BIJI EMAS F&B SDN BHD (1187765-W)' }, { c: 'G-07 JALAN PJU 7/3, 47800 PETALING JAYA' }, { c: 'SST ID: W10-1809-32000871' },
        'Order: 0214-118   Date: 14/02/2019 15:06', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', `RM ${f2(total)}`] }, ['VISA', `RM ${f2(total)}`], '-',
        { c: 'BIJI REWARDS' }, ['Member', 'ALIA T.'], ['Points Earned', String(Math.floor(total))], ['Points Balance', '1,486'], ['Rewards Value', 'RM 14.86'], ['Next reward at', '1,500 pts'], '-', { c: 'Happy Valentine\'s Day!' },
      ] };
    },
  },
  {
    id: 'card-terminal-slip-approved', batch: 7, date: '2019-06-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const total = 189.9;
      return { total, lines: [
        { c: 'KEDAI KASUT LANGKAH MAJU' }, { c: '21 JALAN MERDEKA, 75000 MELAKA' }, 'MID: 000001234567890', 'TID: 80012345', '-', { c: 'SALE' },
        ['DATE: 12/06/19', 'TIME: 14:22:07'], ['BATCH: 000231', 'INV: 000412'], 'VISA', 'CARD NO: XXXX XXXX XXXX 4821', 'EXP: **/**', 'APPR CODE: 0A12B3', 'RREF NUM: 916312000412', '-',
        { b: ['AMOUNT', `RM ${f2(total)}`] }, '-', { c: 'APPROVED' }, { c: 'NO SIGNATURE REQUIRED' }, { c: 'I AGREE TO PAY THE ABOVE TOTAL AMOUNT' }, { c: 'ACCORDING TO CARD ISSUER AGREEMENT' }, { c: '*** CUSTOMER COPY ***' },
      ] };
    },
  },
  {
    id: 'minimart-date-at-bottom', batch: 7, date: '2018-12-08', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['MAGGI KARI 5S', 2, 5.9], ['SUSU SEGAR 1L', 1, 7.2], ['ROTI BUN KACANG', 3, 1.3], ['AIR KOTAK 250ML', 3, 1.5]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI RUNCIT SRI MAKMUR' }, { c: 'SRI MAKMUR TRADING (001776543-D)' }, { c: '12 JALAN DATO KERAMAT, 10150 GEORGETOWN' }, 'Receipt: 0045123', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Qty:', String(it.qty)], ['SUB TOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'TERIMA KASIH, SILA DATANG LAGI' }, '08-12-2018 21:03:11  C01  #4512',
      ] };
    },
  },
  {
    id: 'kopitiam-faded-thermal', batch: 7, date: '2018-10-21', style: { font: 'mono', size: 12, faded: true }, degrade: 'photo',
    build() {
      const it = priced([['KOPI O', 2, 1.6], ['ROTI BAKAR KAYA', 2, 2.8], ['MEE REBUS', 1, 6.5], ['TELUR SEPARUH MASAK', 2, 1.9]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'KEDAI KOPI HOCK SOON' }, { c: '(001556217-A)' }, { c: '3 JALAN PASAR LAMA, 30000 IPOH' }, '-',
        '21/10/2018 08:31  Meja: 4', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ['CASH RM', f2(cash)], ['CHANGE RM', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-svc-charge-service-tax', batch: 7, date: '2019-03-09', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['NASI AYAM PENYET', 2, 15.9], ['SOTO AYAM', 1, 11.5], ['ES TEH MANIS', 2, 4.5], ['TAHU TELUR', 1, 12.0]]);
      const sc = r2(it.total * 0.1), st = r2((it.total + sc) * 0.06), incl = r2(it.total + sc + st), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN WARUNG PENYET JAYA' }, { c: 'PENYET JAYA SDN BHD (Co. Reg. 1201187-H)' }, { c: '9 JALAN TELAWI 3, 59100 BANGSAR, KL' }, { c: 'SST No: W10-1810-31004455' },
        'Bill: B-00987   Table: 7   Pax: 3', 'Date: 09/03/2019  Time: 13:20', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(sc)], ['Service Tax 6%', f2(st)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, JUMPA LAGI' },
      ] };
    },
  },
  {
    id: 'sg-bistro-gst8-2023', batch: 7, date: '2023-03-03', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      const it = priced([['Seafood Aglio Olio', 1, 22.0], ['Truffle Fries', 1, 12.0], ['Iced Lemon Tea', 2, 5.5]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.08), total = r2(it.total + sc + gst);
      return { total, lines: [
        { c: 'THE CORNER BISTRO PTE. LTD.' }, { c: 'GST Reg No: 201823456K' }, { c: '8 Raffles Place #B1-12 Singapore 048624' },
        'Check: 3301   Table: 14', '03 Mar 2023  7:45 PM', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        ['Subtotal', `$${f2(it.total)}`], ['Svc Chg 10%', `$${f2(sc)}`], ['GST 8%', `$${f2(gst)}`], { b: ['Total', `$${f2(total)}`] }, ['VISA', `$${f2(total)}`], '-', { c: 'Thank you, see you again!' },
      ] };
    },
  },
  {
    id: 'sg-hawker-gst9-inclusive', batch: 7, date: '2024-01-15', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['Chicken Rice (Roasted)', 2, 4.5], ['Kopi Peng', 2, 1.8], ['Braised Egg', 2, 1.5]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'AH HUAT CHICKEN RICE' }, { c: 'AH HUAT FOOD PTE LTD' }, { c: 'UEN: 201998765M  GST Reg: M90367890' }, { c: 'Blk 51 Old Airport Rd #01-88 S390051' },
        'Date: 15/01/2024  Time: 12:10', 'Rcpt: 0115-0231', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total', `S$ ${f2(total)}`] }, ['Cash', `S$ ${f2(cash)}`], ['Change', `S$ ${f2(r2(cash - total))}`], '-',
        'Prices inclusive of 9% GST', ['GST 9% incl.', `S$ ${f2(r2((total * 9) / 109))}`], { c: 'Thank you!' },
      ] };
    },
  },
  {
    id: 'hardware-sales-tax-qty-decimal', batch: 7, date: '2019-07-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['PAINT BRUSH 2"', 2, 4.5], ['ROLLER 7" SET', 1, 12.9], ['WALL PUTTY 1KG', 1, 8.8], ['MASKING TAPE 1"', 2, 2.4]]);
      const qty = it.qty, tax = r2(it.total * 0.1), incl = r2(it.total + tax), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KEDAI CAT & PERKAKASAN WAH LEONG' }, { c: '(Co. Reg. 000332198-W)' }, { c: '27 JALAN SULTAN AZLAN SHAH, 31400 IPOH' }, { c: 'SST REG: B16-1809-32009876' },
        'Cash Bill: CB-19072-044', 'Date: 22/07/2019  10:41 AM', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Qty', f2(qty)], ['Sub Total', `RM ${f2(it.total)}`], ['Sales Tax 10%', `RM ${f2(tax)}`], ['Rounding', `RM ${f2(r2(total - incl))}`], { b: ['TOTAL', `RM ${f2(total)}`] },
        ['CASH', `RM ${f2(cash)}`], ['CHANGE', `RM ${f2(r2(cash - total))}`], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'pharmacy-redeem-by-date', batch: 7, date: '2019-10-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['PARACETAMOL 500MG 100S', 1, 9.9], ['MASK 3PLY 50S', 1, 18.5], ['HAND SANITIZER 500ML', 1, 15.9], ['VITAMIN C 500MG 100S', 1, 29.9]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'FARMASI KASIH IBU' }, { c: 'KASIH IBU PHARMACY SDN BHD (1134521-T)' }, { c: '45 JALAN BESAR, 43000 KAJANG' },
        '05/10/2019 11:20  POS1  #00871', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'RM5 OFF YOUR NEXT PURCHASE OF RM50', 'Redeem by 05/11/2019', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'petrol-mastercard-approved', batch: 7, date: '2019-01-19', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const litres = 30.12, price = 2.08, total = r2(litres * price);
      return { total, lines: [
        { c: 'STESEN MINYAK BAYU SELATAN' }, { c: 'BAYU SELATAN ENERGY SDN BHD' }, { c: '(Co. Reg. 887712-V)' }, { c: 'JALAN SKUDAI KM 18, 81300 JOHOR' },
        '19-01-2019 07:55   RCPT 0119-0033', '-',
        ['PUMP 03 RON95', ''], [`${f2(litres)} L @ ${f2(price)}`, f2(total)], '-',
        { b: ['TOTAL', `RM ${f2(total)}`] }, ['MASTERCARD', f2(total)], '-',
        'CARD: XXXXXXXXXXXX5520', 'APPROVAL: 661902   APPROVED', ['AMOUNT RM', f2(total)], '-', { c: 'TERIMA KASIH - SELAMAT JALAN' },
      ] };
    },
  },
  {
    id: 'bakery-ewallet-dotted-date', batch: 7, date: '2020-08-17', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['PANDAN CHIFFON', 1, 18.0], ['CURRY PUFF', 6, 1.8], ['EGG TART', 4, 2.2]]);
      const total = it.total;
      return { total, lines: [
        { c: 'ROTI SERI MANIS' }, { c: 'SERI MANIS BAKERY SDN BHD (201701023456)' }, { c: '2 JALAN MAWAR 1, 70400 SEREMBAN' },
        'Tarikh: 17.08.2020  Masa: 10:05', 'Resit: RSM-0817-066', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', `RM ${f2(total)}`] }, ['TNG EWALLET', `RM ${f2(total)}`], 'Ref: 20200817100512883', '-', { c: 'SELAMAT HARI MERDEKA' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 8 (held out, read once after every change above)
  {
    id: 'grocer-tarikh-sales-cash', batch: 8, date: '2019-04-03', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['GULA MERAH 500G', 2, 3.4], ['SANTAN KOTAK 200ML', 3, 2.15], ['TEPUNG BERAS 500G', 1, 2.9], ['DAUN PANDAN', 1, 1.0]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'KEDAI RUNCIT BAHAGIA' }, { c: '(002118876-P)' }, { c: '4 JALAN KENANGA, 16100 KOTA BHARU' },
        'Tarikh 03/04/2019   Masa 08:12', 'No: 000771', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x`, f2(r.amount)]), '-',
        ['TOTAL SALES', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-cafe-gst9-nets', batch: 8, date: '2024-02-19', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['Kaya Toast Set', 2, 6.8], ['Teh C Siew Dai', 1, 2.2], ['Mee Siam', 1, 7.5]]);
      const gst = r2(it.total * 0.09), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'TOAST CORNER PTE LTD' }, { c: 'GST Reg No: 201534567W' }, { c: '200 Victoria St #01-18 S188021' },
        'Receipt: TC-0219-0087', '19 Feb 2024  09:31', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        ['Subtotal', `$${f2(it.total)}`], ['GST 9%', `$${f2(gst)}`], { b: ['Total', `$${f2(total)}`] }, ['NETS', `$${f2(total)}`], '-', { c: 'Have a nice day!' },
      ] };
    },
  },
  {
    id: 'hardware-long-22-items', batch: 8, date: '2019-09-14', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      const names = ['BOLT M8X50', 'NUT M8', 'WASHER M8', 'HINGE 3" SS', 'DOOR STOPPER', 'PADLOCK 40MM', 'CABLE TIE 200MM', 'PVC GLUE 100G', 'PIPE CLIP 1/2"', 'BALL VALVE 1/2"',
        'TEFLON TAPE', 'SPANNER 10MM', 'SCREWDRIVER SET', 'MEASURING TAPE 5M', 'SAND PAPER #240', 'WOOD GLUE 250G', 'NAIL 2" 1KG', 'HAMMER 16OZ', 'GLOVES COTTON', 'EXTENSION CORD 3M', 'LED BULB 9W', 'SWITCH SOCKET'];
      const prices = [0.6, 0.2, 0.1, 4.5, 6.9, 12.5, 3.8, 5.2, 0.9, 9.8, 1.2, 7.5, 15.9, 8.9, 0.8, 6.5, 6.0, 18.0, 2.5, 16.9, 7.9, 11.5];
      const qtys = [10, 10, 20, 2, 1, 1, 1, 1, 6, 1, 3, 1, 1, 1, 5, 1, 1, 1, 2, 1, 4, 1];
      const it = priced(names.map((n, i) => [n, qtys[i], prices[i]]));
      const total = round5(it.total), cash = 300;
      return { total, lines: [
        { c: 'SYARIKAT PERKAKASAN LEONG HIN' }, { c: '(Co. Reg. 000778123-D)' }, { c: '18 JALAN PASAR BESAR, 34000 TAIPING' },
        'Bill No: LH-0914-112', 'Date: 14.09.2019  Time: 11:48', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['TOTAL QTY:', String(it.qty), ''], ['SUB TOTAL', '', f2(it.total)], ['ROUNDING', '', f2(r2(total - it.total))], { b: ['GRAND TOTAL RM', f2(total)] },
        ['CASH', '', f2(cash)], ['CHANGE', '', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DITUKAR' },
      ] };
    },
  },
  {
    id: 'restaurant-sst-visa-slip', batch: 8, date: '2019-11-23', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['BUTTER CHICKEN', 1, 24.9], ['GARLIC NAAN', 3, 4.5], ['DAL TADKA', 1, 14.9], ['MASALA CHAI', 2, 5.9]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN TANDOOR PALACE' }, { c: 'TANDOOR PALACE SDN BHD (1198872-K)' }, { c: '5 JALAN BANGSAR, 59000 KUALA LUMPUR' }, { c: 'SST ID: W10-1810-32001188' },
        'Table 6   Check 4471', '23/11/2019 20:14', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['SST 6%', f2(st)], ['Rounding', f2(r2(total - incl))], { b: ['Total', f2(total)] }, ['VISA', f2(total)], '-',
        { c: 'SALE' }, 'CARD: XXXX XXXX XXXX 7712', 'APPR CODE: 4K81Q2', ['AMOUNT RM', f2(total)], { c: 'APPROVED' }, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'bakery-grabpay-dashed', batch: 8, date: '2020-05-13', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['SOURDOUGH LOAF', 1, 14.0], ['CINNAMON ROLL', 2, 5.5], ['BANANA MUFFIN', 3, 3.8]]);
      const total = it.total;
      return { total, lines: [
        { c: 'ROTI & CO BAKEHOUSE' }, { c: 'ROTI AND CO SDN BHD (201801034455)' }, { c: '12 JALAN SS 21/37, 47400 PETALING JAYA' },
        '13-05-2020 16:20   Order #512', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', `RM ${f2(total)}`] }, ['GRABPAY', `RM ${f2(total)}`], '-', { c: 'STAY SAFE, STAY HOME' },
      ] };
    },
  },
  {
    id: 'pharmacy-points-expire', batch: 8, date: '2020-06-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['FACE MASK 50S', 1, 39.9], ['THERMOMETER', 1, 49.0], ['VITAMIN D3 1000IU', 1, 32.5]]);
      const total = round5(it.total), cash = 150;
      return { total, lines: [
        { c: 'FARMASI SENTOSA' }, { c: 'SENTOSA PHARMACY SDN BHD (1099123-M)' }, { c: '7 JALAN AMPANG, 50450 KUALA LUMPUR' },
        'Date: 22/06/2020  Time: 17:45', 'Inv: FS-0622-019', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'Points earned: ' + Math.floor(total), 'Points expire 31/12/2020', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'stationer-iso-date-bottom', batch: 8, date: '2019-08-30', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['EXERCISE BOOK 80PG', 10, 1.2], ['PENCIL 2B', 12, 0.5], ['ERASER', 4, 0.8], ['RULER 30CM', 2, 1.5]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI BUKU PELANGI' }, { c: '(001665432-U)' }, { c: '22 JALAN SEKOLAH, 83000 BATU PAHAT' }, 'Rcpt 0830-044', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['NETT TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'SELAMAT KEMBALI KE SEKOLAH' }, '2019-08-30 14:02:11',
      ] };
    },
  },
  {
    id: 'kedai-jumlah-baki-faded', batch: 8, date: '2018-11-27', style: { font: 'mono', size: 12, faded: true }, degrade: 'photo',
    build() {
      const it = priced([['NASI LEMAK BUNGKUS', 3, 3.5], ['KUIH LAPIS', 4, 0.8], ['AIR TEBU', 2, 2.5]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'GERAI MAK SITI' }, { c: '(002233118-W)' }, { c: 'PASAR PAGI, 05100 ALOR SETAR' }, '-',
        'Tarikh: 27-11-2018', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 9 (held out, written before its first reading)
  {
    id: 'petrol-litres-pump-total-rm', batch: 9, date: '2019-02-11', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const litres = 24.39, price = 2.08, fuel = r2(litres * price), shop = priced([['COCA COLA 320ML', 2, 2.3], ['TISSUE POCKET 10S', 1, 1.9]]);
      const total = round5(r2(fuel + shop.total)), cash = 100;
      return { total, lines: [
        { c: 'STESEN MINYAK SURIA MAJU' }, { c: 'SURIA MAJU ENTERPRISE (SA0418872-X)' }, { c: 'KM 12 JALAN IPOH-LUMUT, 32000 SITIAWAN' },
        ['11/02/2019 18:06', 'POS 2'], ['Pump No', '05'], '-',
        'RON95 PETROL', [`  ${litres} L x RM ${f2(price)}/L`, f2(fuel)], ...shop.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - fuel - shop.total))], { b: ['Total RM', f2(total)] }, ['Cash RM', f2(cash)], ['Change RM', f2(r2(cash - total))], '-',
        { c: 'TERIMA KASIH - SELAMAT JALAN' },
      ] };
    },
  },
  {
    id: 'supermarket-total-savings-points', batch: 9, date: '2018-07-21', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['FRESH MILK 1L', 2, 6.99], ['WHOLEMEAL BREAD', 1, 3.8], ['EGGS GRADE A 30S', 1, 12.9], ['CHICKEN DRUMSTICK 1KG', 1, 11.5], ['APPLE FUJI 4S', 1, 7.9]]);
      const saved = [['PROMO MILK', 1.5], ['MEMBER PRICE EGGS', 1.4]], savings = sum(saved.map(([, v]) => v));
      const net = r2(it.total - savings), total = round5(net), card = total;
      return { total, lines: [
        { c: 'PASARAYA HARMONI' }, { c: 'HARMONI RETAIL SDN BHD (1045567-T)' }, { c: '8 JALAN TUN RAZAK, 30100 IPOH' },
        ['21.07.2018 19:42', 'TRN 0451'], 'Member: 6001 2233 4455', '-',
        ...it.rows.flatMap((r) => [[r.name, f2(r.amount)], `  ${r.qty} @ ${f2(r.price)}`]),
        ...saved.map(([n, v]) => [n, `-${f2(v)}`]), '-',
        ['SUB TOTAL', f2(net)], ['ROUNDING', f2(r2(total - net))], { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(card)], '-',
        ['Total Savings', `RM ${f2(savings)}`], ['Points Earned', String(Math.floor(total))], ['Points Balance', '1,284'], { c: 'THANK YOU FOR SHOPPING WITH US' },
      ] };
    },
  },
  {
    id: 'restaurant-svc10-sst6-grand-total', batch: 9, date: '2019-10-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['SWEET SOUR FISH', 1, 38.0], ['KANGKUNG BELACAN', 1, 14.0], ['FRIED RICE L', 1, 22.0], ['CHINESE TEA', 4, 1.5]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'RESTORAN MAKANAN LAUT PANTAI' }, { c: 'PANTAI SEAFOOD SDN BHD (887120-P)' }, { c: 'LOT 3 JALAN PANTAI, 71050 PORT DICKSON' }, { c: 'SST No: N10-1808-31009912' },
        ['Table: 8', 'Pax: 4'], ['Bill: 0012874', '05/10/2019 20:31'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Grand Total', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU, PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'tax-invoice-two-column-grid', batch: 9, date: '2019-06-12', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      const it = priced([['CEMENT 50KG', 'BAG', 8, 19.5], ['SAND 1 TON', 'LOT', 1, 85.0], ['BRC A7 MESH', 'PC', 3, 42.0]].map(([n, u, q, p]) => [`${n} ${u}`, q, p]));
      const sst = r2(it.total * 0.1), total = r2(it.total + sst);
      return { total, lines: [
        { c: 'KILANG BAHAN BINAAN SETIA' }, { c: 'SETIA BUILDING MATERIAL SDN BHD (671209-H)' }, { c: '21 JALAN SERI IMPIAN, 86000 KLUANG, JOHOR' }, { c: 'SST Reg: J31-1809-32000451' },
        { b: ['TAX INVOICE', ''] }, '-',
        ['Invoice No : SI-1906/0341', 'Date : 12/06/2019'], ['Customer : CASH SALES', 'Terms : C.O.D.'], ['Salesperson : LIM', 'Page : 1 of 1'], '-',
        ['Description', 'Qty x Price', 'Amount'], '-',
        ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Excl. Tax', f2(it.total)], ['Sales Tax 10%', f2(sst)], { b: ['Total Incl. Tax RM', f2(total)] }, '-',
        'Received by: ____________', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'grocer-chinese-name-over-malay', batch: 9, date: '2018-03-30', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['BERAS WANGI 5KG', 1, 18.9], ['MINYAK MASAK 2KG', 1, 9.6], ['KICAP MANIS', 2, 3.1], ['IKAN BILIS 200G', 1, 7.5]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: '金源杂货店' }, { c: 'KEDAI RUNCIT KIM GUAN' }, { c: '(JM0123456-D)' }, { c: '45 JALAN BESAR, 84000 MUAR, JOHOR' }, { c: 'GST ID: 000987123456' }, '-',
        'Resit: 180330-0077', 'Tarikh: 30/03/2018  12:15PM', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Jumlah', f2(it.total)], ['Pelarasan', f2(r2(total - it.total))], { b: ['JUMLAH BESAR', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-',
        `GST 6% termasuk: ${f2(gst)}`, { c: '谢谢光临 TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'thermal-faded-footer-date-yy', batch: 9, date: '2017-12-08', style: { font: 'mono', size: 11, faded: true }, degrade: 'photo',
    build() {
      const it = priced([['KOPI O', 2, 1.4], ['ROTI BAKAR', 2, 2.2], ['TELUR SEPARUH MASAK', 2, 1.6]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'KEDAI KOPI SIN HUAT' }, { c: '(001987345-A)' }, { c: '9 JALAN STESEN, 31900 KAMPAR' }, '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'THANK YOU' }, ['#0042 T01', '08/12/17 08:17'],
      ] };
    },
  },
  {
    id: 'department-long-discounts-nett', batch: 9, date: '2019-12-14', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      const names = ['T-SHIRT COTTON M', 'T-SHIRT COTTON L', 'JEANS SLIM 32', 'SOCKS 3PR', 'BELT LEATHER', 'CAP SPORT', 'BOXER 2PC', 'HANDKERCHIEF', 'SLIPPER 42', 'BACKPACK 20L', 'WATER BOTTLE', 'UMBRELLA'];
      const prices = [29.9, 29.9, 89.0, 12.9, 45.0, 19.9, 24.9, 5.9, 15.9, 69.0, 18.9, 22.0];
      const it = priced(names.map((n, i) => [n, 1, prices[i]]));
      // 20% off the jeans and the backpack, printed under each, then a member's 5.00 off the bill.
      const discounts = [r2(89.0 * 0.2), r2(69.0 * 0.2)], member = 5;
      const sub = r2(it.total - sum(discounts)), net = r2(sub - member), total = round5(net), card = total;
      const rows = it.rows.flatMap((r) => {
        const line = [`${r.name}`, f2(r.amount)];
        if (r.name.startsWith('JEANS')) return [line, ['  DISC 20%', `-${f2(discounts[0])}`]];
        if (r.name.startsWith('BACKPACK')) return [line, ['  DISC 20%', `-${f2(discounts[1])}`]];
        return [line];
      });
      return { total, lines: [
        { c: 'GAYA FESYEN DEPARTMENT STORE' }, { c: 'GAYA FESYEN (M) SDN BHD (1122334-V)' }, { c: 'LOT G-12 PLAZA PERDANA, 88000 KOTA KINABALU' },
        'Slip: 2019121400187', 'Date 14-12-2019  Time 16:55', '-',
        ...rows, '-',
        ['SUBTOTAL', f2(sub)], ['MEMBER DISCOUNT', `-${f2(member)}`], ['ROUNDING', f2(r2(total - net))], { b: ['NETT TOTAL', f2(total)] },
        ['MASTERCARD', f2(card)], 'CARD NO: ************5521', '-', ['No. of items', String(it.rows.length)], { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'cafe-weekday-date-amount-tendered', batch: 9, date: '2019-01-14', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['ICED LATTE', 2, 11.0], ['CHEESE CAKE', 1, 13.5], ['CROISSANT', 2, 6.0]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'BEAN THERE CAFE' }, { c: 'BEAN THERE HOSPITALITY SDN BHD (1203344-A)' }, { c: '2 JALAN TELAWI 3, 59100 BANGSAR' },
        'Mon, 14 Jan 2019   11:02 AM', 'Order 00388   Dine In', '-',
        ...it.rows.map((r) => [`${r.qty}x ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax (6%)', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Total (RM)', f2(total)] },
        ['Amount Tendered', f2(cash)], ['Change Due', f2(r2(cash - total))], '-', { c: 'FREE WIFI: beanthere / coffee123' },
      ] };
    },
  },
  {
    id: 'hypermarket-tax-codes-rounding-card', batch: 9, date: '2018-05-02', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      const sr = priced([['DETERGENT 3KG', 1, 21.9], ['SHAMPOO 700ML', 1, 16.5], ['TOOTHPASTE 2X150G', 1, 9.9]]);
      const zr = priced([['RICE 10KG', 1, 32.0], ['SUGAR 1KG', 2, 2.85], ['FRESH CHICKEN', 1, 14.2]]);
      const gst = r2((sr.total * 6) / 106), incl = r2(sr.total + zr.total), total = round5(incl);
      return { total, lines: [
        { c: 'MEGAMART HYPERMARKET' }, { c: 'MEGAMART STORES (M) SDN BHD (556789-K)' }, { c: 'PERSIARAN BAYAN INDAH, 11900 BAYAN LEPAS' }, { c: 'GST REG NO: 001122334455' },
        ['Rcpt 7720-3-0091', '02/05/18  20:47'], '-',
        ...sr.rows.map((r) => [`${r.name}`, `${f2(r.amount)} S`]), ...zr.rows.map((r) => [`${r.name} x${r.qty}`, `${f2(r.amount)} Z`]), '-',
        ['Total Incl. GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Payable', f2(total)] }, ['VISA', f2(total)], '-',
        ['GST Summary', 'Amount', 'GST'], ['S = 6%', f2(r2(sr.total - gst)), f2(gst)], ['Z = 0%', f2(zr.total), '0.00'], '-',
        ['Total Savings', '0.00'], { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 10 (held out)
  {
    id: 'pharmacy-gst-summary-s-z-month-abbr', batch: 10, date: '2018-03-18', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const s = priced([['VITAMIN C 1000MG 30S', 1, 32.5], ['HAND CREAM 50ML', 2, 12.9], ['FACE MASK 3PLY 50S', 1, 18.0]]);
      const z = priced([['PARACETAMOL 500MG 100S', 1, 8.9], ['COUGH SYRUP 120ML', 1, 14.6]]);
      const gst = r2((s.total * 6) / 106), incl = r2(s.total + z.total), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'FARMASI SEJAHTERA' }, { c: 'SEJAHTERA HEALTHCARE SDN BHD (1077812-W)' }, { c: 'NO 7 JALAN BANDAR 11, 47100 PUCHONG' }, { c: 'GST ID No: 001547823901' },
        { c: 'TAX INVOICE' }, '-', ['Inv: PS1803-01187', 'Counter 2'], ['Date: 18-MAR-2018', 'Time: 14:32'], '-',
        ...s.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), ...z.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} Z`]), '-',
        ['Total Incl GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['Code', 'Amount', 'GST'], ['S 6%', f2(r2(s.total - gst)), f2(gst)], ['Z 0%', f2(z.total), '0.00'], '-',
        { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'hardware-cash-sale-total-qty-amount', batch: 10, date: '2018-10-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['SCREW 8 X 1" (100PCS)', 2, 6.5], ['WALL PLUG 6MM', 5, 0.8], ['PAINT BRUSH 2"', 3, 4.2], ['SANDPAPER P120', 4, 1.1], ['CABLE TIE 8" 100PCS', 1, 7.9]]);
      const total = it.total, qty = it.qty;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN CHUAN HIN' }, { c: '(002281934-T)' }, { c: '12 JALAN PASAR BARU, 41400 KLANG' }, { c: 'TEL: 03-3341 2290' }, '-',
        { b: ['CASH SALE', ''] }, ['No: CS-18/10-0442', 'Date: 03/10/2018'], ['Salesman: AH HOCK', ''], '-',
        ['Description', 'Qty  U/Price', 'Total'], '-',
        ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Qty :', f2(qty)], { b: ['Total Amount (RM) :', f2(total)] }, '-',
        'Goods sold are not returnable.', 'Received By: ____________',
      ] };
    },
  },
  {
    id: 'bakery-total-inclusive-gst-yy-time', batch: 10, date: '2018-03-24', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['BUTTER CROISSANT', 3, 3.6], ['KAYA BUN', 4, 1.9], ['CHOC MUFFIN', 2, 4.5], ['SOFT ROLL 6S', 1, 5.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'ROTI EMAS BAKERY' }, { c: 'EMAS BAKERY TRADING (JM0678123-U)' }, { c: '3 JALAN DATO ONN, 80000 JOHOR BAHRU' }, { c: 'GST No: 000678345120' }, '-',
        ['24/03/18 14:32', 'R#0193'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}@${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Exclusive GST', f2(it.total)], ['GST @ 6%', f2(gst)], ['Total Inclusive GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))],
        { b: ['Net Total', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'FRESH FROM OUR OVEN DAILY' },
      ] };
    },
  },
  {
    id: 'kopitiam-sparse-handwritten-bill', batch: 10, date: '2018-08-07', style: { font: 'condensed', size: 14 }, degrade: 'photo',
    build() {
      const it = priced([['kopi ais', 2, 1.8], ['mee goreng', 1, 5.5], ['roti canai', 3, 1.2]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KEDAI KOPI AH SENG' }, '', 'Tarikh: 7/8/18', '', ...it.rows.map((r) => [`  ${r.qty} ${r.name}`, f2(r.amount)]), '',
        ['  Jumlah', `RM ${f2(total)}`], '', '  terima kasih',
      ] };
    },
  },
  {
    id: 'minimart-void-line-change-over-total', batch: 10, date: '2018-08-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const it = priced([['MILO 1KG', 1, 17.9], ['GARDENIA BREAD', 1, 3.9], ['MINERAL WATER 1.5L', 2, 1.7], ['INSTANT NOODLE 5S', 1, 4.6]]);
      const voided = 17.9, net = r2(it.total - voided), total = round5(net), cash = 50;
      return { total, lines: [
        { c: 'MINIMARKET SERI MURNI' }, { c: 'SERI MURNI NIAGA (SA0299123-M)' }, { c: '5 JALAN MAWAR 2, 70400 SEREMBAN' }, '-',
        ['DATE:05/08/2018', 'TIME:20:14'], 'RCPT: 0005-7712  CSHR: 03', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), ['** VOID ** MILO 1KG', `-${f2(voided)}`], '-',
        ['ITEMS: 4', ''], ['SUBTOTAL', f2(net)], ['ROUNDING', f2(r2(total - net))], { b: ['TOTAL', f2(total)] },
        ['CASH', f2(cash)], { b: ['CHANGE', f2(r2(cash - total))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-till-with-stapled-card-slip', batch: 10, date: '2018-10-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['CLAYPOT CHICKEN RICE', 2, 16.9], ['STEAMED TILAPIA', 1, 32.0], ['CHINESE KAILAN', 1, 12.0], ['BARLEY ICE', 3, 3.5]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'RESTORAN HOCK KEE' }, { c: 'HOCK KEE FOOD (M) SDN BHD (1134560-D)' }, { c: '88 JALAN SULTAN, 50000 KUALA LUMPUR' }, '-',
        ['Table 6', '12/10/2018 20:58'], 'Bill No: 10-4471', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], '-', '', '',
        { c: 'PUBLIC BANK' }, { c: 'MERCHANT COPY' }, 'MID: 000004417762  TID: 20114587', 'VISA  ************3318', 'SALE',
        ['DATE: OCT 12, 18', 'TIME: 21:03:44'], 'BATCH: 000118  INV: 000276', 'APPR CODE: 482917',
        { b: ['AMOUNT RM', f2(total)] }, '', 'NO SIGNATURE REQUIRED', { c: '*** CUSTOMER COPY ***' },
      ] };
    },
  },
  {
    id: 'grocer-chinese-malay-two-columns', batch: 10, date: '2018-06-22', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['白米 BERAS 10KG', 1, 29.9], ['花生油 MINYAK KACANG', 1, 16.8], ['酱油 KICAP', 2, 4.2], ['白糖 GULA 1KG', 2, 2.85]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: '福兴杂货 KEDAI RUNCIT HOCK HENG' }, { c: '(TR0045521-K)' }, { c: '17 JALAN PASAR, 36000 TELUK INTAN' }, '-',
        ['单号 No: 62218', '日期 Tarikh: 22/06/2018'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['小计 Jumlah Kecil', f2(it.total)], ['调整 Pelarasan', f2(r2(total - it.total))], { b: ['总计 JUMLAH', f2(total)] },
        ['现金 Tunai', f2(cash)], ['找钱 Baki', f2(r2(cash - total))], '-', { c: '多谢惠顾 TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'workshop-cash-bill-single-digit-dots', batch: 10, date: '2018-03-08', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      const it = priced([['ENGINE OIL 10W40 4L', 1, 88.0], ['OIL FILTER', 1, 18.0], ['BRAKE PAD (FRONT)', 1, 95.0], ['LABOUR', 1, 45.0]]);
      const total = it.total, cash = 250;
      return { total, lines: [
        { c: 'BENGKEL KERETA MAJU JAYA' }, { c: '(PG0331287-P)' }, { c: 'LOT 9 JALAN PERMATANG, 13700 SEBERANG JAYA' }, '-',
        { b: ['CASH BILL', 'No. 004512'] }, 'Date: 8.3.2018', 'Car No: PKL 4412', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ['Paid', f2(cash)], ['Balance', f2(r2(cash - total))], '-', 'Next service: 8.6.2018 or 55,000 km', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'convenience-ewallet-total-sale-incl', batch: 10, date: '2018-05-29', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['CHICKEN SAUSAGE BUN', 2, 3.3], ['ICED LEMON TEA 500ML', 1, 2.9], ['POTATO CHIPS 60G', 1, 3.5], ['TOP UP RM10', 1, 10.0]]);
      const gst = r2(((it.total - 10) * 6) / 106), total = it.total;
      return { total, lines: [
        { c: 'SEGI 24 CONVENIENCE' }, { c: 'SEGI MART SDN BHD (998123-X)' }, { c: 'G-03 JALAN PJU 1A/41, 47301 PETALING JAYA' }, { c: 'GST REG: 000123987654' }, '-',
        ['29/05/2018', '07:41:22'], ['STORE 0112', 'TRANS 88201'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(total)], [`GST 6% (incl.)`, f2(gst)], { b: ['TOTAL SALE', f2(total)] }, ['TOUCH N GO EWALLET', f2(total)], ['CHANGE', '0.00'], '-',
        { c: 'TOP UP IS NOT SUBJECT TO GST' }, { c: 'THANK YOU, SEE YOU AGAIN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 11 (held out)
  {
    id: 'courier-counter-weight-sst-amt-due', batch: 11, date: '2019-07-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const postage = 14.5, insurance = 2.0, box = 3.5;
      const sub = r2(postage + insurance + box), sst = r2(sub * 0.06), incl = r2(sub + sst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'EKSPRES KILAT COURIER COUNTER' }, { c: 'KILAT LOGISTIK SDN BHD (1088123-H)' }, { c: 'NO 3 JALAN TUN RAZAK, 50400 KUALA LUMPUR' }, { c: 'SST ID: W10-1902-32000451' }, '-',
        'RECEIPT NO: KL04-220719-0083', 'DATE: 22/07/2019  TIME: 10:14', 'COUNTER: 04  CLERK: FARAH', '-',
        'CONSIGNMENT NO: EK123456789MY', 'TO: 88000 KOTA KINABALU, SABAH', ['WEIGHT (KG)', '1.250'], ['ZONE', '5'],
        ['POSTAGE', f2(postage)], ['INSURANCE', f2(insurance)], ['PACKING BOX (L)', f2(box)], '-',
        ['SUBTOTAL', f2(sub)], ['SST 6% (SERVICE)', f2(sst)], ['ROUNDING', f2(r2(total - incl))], { b: ['AMT DUE', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TRACK AT WWW.EKSPRESKILAT.MY' }, { c: 'CLAIMS WITHIN 30 DAYS OF POSTING' },
      ] };
    },
  },
  {
    id: 'toll-plaza-fare-card-balance', batch: 11, date: '2019-09-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const total = 5.3, balance = 42.7;
      return { total, lines: [
        { c: 'LEBUHRAYA LINTAS UTARA' }, { c: 'PLAZA TOL BUKIT JATI' }, { c: 'RESIT / RECEIPT' }, '-',
        ['TARIKH', '05/09/2019'], ['MASA', '08:12:47'], ['LORONG', '07'], ['KELAS', '1'], ['NO. TRANSAKSI', '0712-004418'], '-',
        ['KADAR TOL', `RM ${f2(total)}`], ['KAD', 'TOUCH N GO'], ['NO. KAD', '0123 4567 8901'], ['BAKI KAD', `RM ${f2(balance)}`], '-',
        { c: 'TERIMA KASIH' }, { c: 'SELAMAT MEMANDU' },
      ] };
    },
  },
  {
    id: 'chinese-restaurant-nian-yue-ri-svc-gst', batch: 11, date: '2018-03-18', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['清蒸石斑 STEAMED GROUPER', 1, 68.0], ['姜葱蟹 GINGER CRAB', 1, 55.0], ['炒芥兰 KAILAN', 1, 14.0], ['白饭 RICE', 5, 1.5], ['中国茶 CHINESE TEA', 5, 2.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: '金龙海鲜酒家' }, { c: 'RESTORAN KIM LOONG SEAFOOD' }, { c: 'KIM LOONG F&B SDN BHD (1012345-P)' }, { c: '21 JALAN KEPONG BARU, 52100 KUALA LUMPUR' }, { c: 'GST ID: 000912345678' }, '-',
        ['单号 Bill: A0318-027', '桌 Table: 8'], '日期 Date: 2018年03月18日', '时间 Time: 19:42   人数 Pax: 5', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['小计 Sub Total', f2(it.total)], ['服务费 Service Charge 10%', f2(svc)], ['消费税 GST 6%', f2(gst)], ['调整 Rounding', f2(r2(total - incl))],
        { b: ['总计 Grand Total', f2(total)] }, ['现金 Cash', f2(cash)], ['找钱 Change', f2(r2(cash - total))], '-', { c: '多谢光临 THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-hawker-weekday-paren-gst7-incl', batch: 11, date: '2018-04-15', style: { font: 'condensed', size: 13 }, degrade: 'photo',
    build() {
      const it = priced([['ROAST CHICKEN RICE', 2, 4.5], ['CHAR SIEW NOODLE', 1, 5.0], ['BARLEY', 2, 1.6], ['EXTRA EGG', 1, 0.8]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'AH HUAT CHICKEN RICE' }, { c: 'STALL #01-23 SMITH STREET FOOD CENTRE' }, { c: 'SINGAPORE 050335' }, { c: 'GST Reg No: M9-0123456-8' }, '-',
        '15 Apr 2018 (Sun) 12:31', 'Order #0147', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        { b: ['TOTAL', `S$ ${f2(total)}`] }, ['GST 7% incl.', `$${f2(gst)}`], ['NETS', `$${f2(total)}`], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'cake-order-less-deposit-balance', batch: 11, date: '2019-05-25', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['BLACK FOREST CAKE 3KG', 1, 138.0], ['CANDLES & TOPPER', 1, 12.0], ['DELIVERY CHARGE', 1, 18.0]]);
      const total = it.total, deposit = 50, balance = r2(total - deposit), cash = 120;
      return { total, lines: [
        { c: 'SWEET BLOSSOM CAKE HOUSE' }, { c: 'BLOSSOM PATISSERIE (M) SDN BHD (1156781-U)' }, { c: '14 JALAN SS 15/4, 47500 SUBANG JAYA' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Receipt No: OR-05921', ''], ['Date: 25/05/2019', 'Time: 15:08'], 'Order Ref: CK-0412', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], { b: ['Total', f2(total)] }, ['Less Deposit', `-${f2(deposit)}`], { b: ['Balance Due', f2(balance)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - balance))], '-', { c: 'ENJOY YOUR CELEBRATION!' },
      ] };
    },
  },
  {
    id: 'petrol-pump-litres-rm-per-l-total-sale-debit', batch: 11, date: '2018-11-02', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const litres = 21.35, perLitre = 2.2, fuel = r2(litres * perLitre), water = 2.4, total = r2(fuel + water);
      return { total, lines: [
        { c: 'PETRO JAYA SERVICE STATION' }, { c: 'STESEN MINYAK JAYA MAJU (JM0712345-X)' }, { c: 'KM 12 JALAN KLUANG, 86000 KLUANG, JOHOR' }, '-',
        ['02/11/2018', '07:55'], ['Receipt: 0051-118-2291', 'POS 2'], '-',
        ['Pump No', '05'], 'RON95', ['  Litres', litres.toFixed(3)], ['  RM/L', f2(perLitre)], ['  Amount', f2(fuel)],
        ['MINERAL WATER 500ML x2', f2(water)], '-', { b: ['TOTAL SALE', `RM ${f2(total)}`] },
        ['DEBIT CARD', f2(total)], 'CARD NO: ************7781', ['APPROVAL', '338190'], '-', ['Points Earned', String(Math.floor(total))], { c: 'PLEASE KEEP THIS RECEIPT' },
      ] };
    },
  },
  {
    id: 'supermarket-many-lines-summary-repeats-total', batch: 11, date: '2018-05-05', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      const s = priced([['DISHWASH LIQUID 900ML', 1, 6.9], ['FABRIC SOFTENER 3L', 1, 18.5], ['TISSUE 10 ROLLS', 1, 15.9], ['SHOWER FOAM 1L', 2, 12.9], ['TOOTHBRUSH 4S', 1, 9.9], ['INSTANT COFFEE 3IN1', 2, 13.5], ['BISCUIT CREAM CRACKER', 3, 4.2], ['SOY SAUCE 640ML', 1, 5.6], ['COOKING OIL 5KG', 1, 27.9], ['CHOCOLATE BAR 100G', 4, 3.5]]);
      const z = priced([['RICE 5KG', 1, 17.5], ['EGGS GRADE A 30S', 1, 12.9], ['FRESH MILK 1L', 2, 6.8], ['BANANA (KG)', 1, 4.6], ['CHICKEN WHOLE', 1, 15.8], ['CABBAGE (KG)', 1, 3.2], ['ONION RED 1KG', 1, 4.5], ['BREAD WHITE', 2, 3.9]]);
      const saved = [2.0, 1.5, 3.0];
      const gst = r2((s.total * 6) / 106), total = r2(s.total + z.total), net = r2(total - gst), cash = 300;
      return { total, lines: [
        { c: 'PASARAYA HARGA BAIK' }, { c: 'HARGA BAIK RETAIL (M) SDN BHD (662211-T)' }, { c: 'JALAN BESAR, 34000 TAIPING, PERAK' }, { c: 'GST ID: 000662211098' }, { c: 'TAX INVOICE' }, '-',
        ['05/05/2018 18:22', 'T03 #004421'], '-',
        ...s.rows.map((r, i) => [[`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, `${f2(r.amount)} S`], ...(i < saved.length ? [[`  YOU SAVED`, f2(saved[i])]] : [])]).flat(),
        ...z.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, `${f2(r.amount)} Z`]), '-',
        ['ITEMS: ' + (s.rows.length + z.rows.length), ''], { b: ['TOTAL (RM)', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['Total Savings', f2(sum(saved))], ['Member Points Earned', String(Math.floor(total))], '-',
        ['Code', 'Net    GST   Gross'], ['S 6%', `${f2(r2(s.total - gst))}  ${f2(gst)}  ${f2(s.total)}`], ['Z 0%', `${f2(z.total)}  0.00  ${f2(z.total)}`],
        ['Total', `${f2(net)}  ${f2(gst)}  ${f2(total)}`], '-', { c: 'THANK YOU FOR SHOPPING WITH US' },
      ] };
    },
  },
  {
    id: 'minimart-compact-date-total-due-card', batch: 11, date: '2018-03-18', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['MAGGI CURRY 5S', 2, 5.6], ['MILO 3IN1 18S', 1, 14.9], ['MINERAL WATER 6X1.5L', 1, 9.8], ['BATTERY AA 4S', 1, 11.5]]);
      const gst = r2((it.total * 6) / 106), total = it.total;
      return { total, lines: [
        { c: 'KEDAI SERBANEKA CAHAYA' }, { c: 'CAHAYA NIAGA (M) SDN BHD (909812-A)' }, { c: '2 JALAN MERDEKA, 75000 MELAKA' }, { c: 'GST REG NO: 000909812345' }, '-',
        'DATE:20180318  TIME:1432', 'RCPT:7781-03  STAFF:ZAINAL', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, `${f2(r.amount)} SR`]), '-',
        { b: ['TOTAL DUE', f2(total)] }, ['GST INCLUDED 6%', f2(gst)], ['MASTER', f2(total)], 'CARD: **** **** **** 0912', '-', { c: 'TERIMA KASIH DAN SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'hardware-cash-bill-total-in-words', batch: 11, date: '2019-08-14', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['CEMENT 50KG', 2, 19.5], ['RIVER SAND (BAG)', 4, 6.0], ['WIRE MESH 4X8', 1, 32.0], ['NAIL 3" (KG)', 2, 7.2]]);
      const total = it.total;
      return { total, lines: [
        { c: 'SYARIKAT BINA BARU HARDWARE' }, { c: '(KT0551230-D)' }, { c: 'LOT 44 JALAN SULTAN ZAINAL ABIDIN, 20000 KUALA TERENGGANU' }, '-',
        { b: ['CASH BILL', 'No. 11872'] }, ['Date: 14 Aug 2019', 'Terms: CASH'], 'M/s: CASH CUSTOMER', '-',
        ['Qty Description', 'U/Price', 'Amount'], ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.price), f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ringgitInWords(total), '-', 'Received By: ____________', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 12 (held out)
  {
    id: 'hardware-invoice-total-excl-incl-weekday', batch: 12, date: '2018-03-19', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['PAINT EMULSION 5L WHITE', 2, 48.0], ['ROLLER 9" + TRAY', 1, 14.5], ['MASKING TAPE 48MM', 3, 4.2], ['SANDPAPER P120 (PCS)', 10, 0.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), cash = 150;
      return { total: incl, lines: [
        { c: 'KEDAI PERKAKASAN SRI MEWAH' }, { c: 'SRI MEWAH HARDWARE SDN BHD (701234-W)' }, { c: 'NO 12 JALAN KENANGA 3, 81200 JOHOR BAHRU' }, { c: 'GST ID No: 001122334455' }, '-',
        { c: 'TAX INVOICE' }, ['Invoice No: INV-18-03412', ''], '19/03/2018 (MON) 13:25', ['Cashier: MEI', 'Counter: 1'], '-',
        ['Description', 'Qty x U.Price', 'Amt'], ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total Exclusive GST', f2(it.total)], ['GST 6%', f2(gst)], { b: ['Total Inclusive GST', f2(incl)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - incl))], '-', { c: 'GOODS SOLD ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-disc-iso-t-amount-payable', batch: 12, date: '2018-03-21', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['VITAMIN C 1000MG 30S', 1, 39.9], ['PANADOL ACTIFAST 20S', 1, 12.5], ['HAND SANITIZER 500ML', 2, 9.9], ['FACE MASK 50S', 1, 15.0]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), total = round5(net), gst = r2((net * 6) / 106), cash = 100;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU PHARMACY SDN BHD (1021456-V)' }, { c: '7 JALAN SS 2/24, 47300 PETALING JAYA' }, { c: 'GST ID: 001021456789' }, '-',
        '2018-03-21T10:47:09', ['Receipt: P2-000871', 'Till 2'], 'Member: 601 889 2231 (GOLD)', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Member Disc 10%', `-${f2(disc)}`], ['Rounding', f2(r2(total - net))], { b: ['Amount Payable', f2(total)] },
        ['GST 6% incl', f2(gst)], ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', ['Points Earned', String(Math.floor(total))], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'grocer-mar-comma-total-rounding-adj-rounded', batch: 12, date: '2018-03-19', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['BERAS SUPER 5KG', 1, 18.9], ['GULA PASIR 2KG', 1, 5.7], ['IKAN BILIS 500G', 1, 13.8], ['TELUR AYAM 10S', 3, 4.33]]);
      const total = round5(it.total), cash = 60;
      return { total, lines: [
        { c: 'PASAR MINI SENTOSA' }, { c: 'SENTOSA NIAGA (JM0552671-T)' }, { c: '22 JALAN MELATI, 84000 MUAR, JOHOR' }, '-',
        'Mar 19,2018  6:42PM', ['Rcpt# 000318-22', 'Cshr ANI'], '-',
        ...it.rows.map((r) => [`${r.name}  ${r.qty} @ ${f2(r.price)}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['ROUNDED TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-nett-total-paid-again-at-foot', batch: 12, date: '2018-04-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['NASI AYAM PENYET', 2, 13.9], ['SOTO AYAM', 1, 9.5], ['ES TEH MANIS', 3, 3.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'WARUNG PENYET BONDA' }, { c: 'BONDA F&B ENTERPRISE (SA0391120-D)' }, { c: '3 JALAN PUTERI 2/1, 47100 PUCHONG' }, { c: 'GST Reg No: 000391120777' }, '-',
        'Date : 07-04-2018 (SAT)  Time : 13:05', ['Order: 0412', 'Table: 5'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST @ 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['NETT TOTAL', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: `THANK YOU! YOU PAID RM ${f2(total)}` }, { c: 'PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'minimart-jumlah-keseluruhan-promo-valid-dates', batch: 12, date: '2018-05-02', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['SUSU PEKAT MANIS', 3, 3.4], ['ROTI GARDENIA', 2, 3.9], ['SABUN BASUH 2KG', 1, 16.5], ['AIR MINERAL 1.5L', 6, 1.3]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI SERBANEKA MURNI JAYA' }, { c: 'MURNI JAYA MART SDN BHD (845512-H)' }, { c: 'LOT 5 JALAN BESAR, 26600 PEKAN, PAHANG' }, { c: 'No. GST: 000845512334' }, '-',
        'Tarikh: 02/05/2018  Masa: 11:20', ['No. Resit: 88123', 'Kaunter: 2'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Pelarasan', f2(r2(total - it.total))], { b: ['Jumlah Keseluruhan', f2(total)] }, ['GST 6% termasuk', f2(gst)],
        ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-',
        { c: 'PROMOSI HARI IBU' }, { c: 'Sah dari 01/06/2018 hingga 30/06/2018' }, { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-mart-sgd-total-gst-reg-dotted-yy', batch: 12, date: '2018-03-19', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['JASMINE RICE 5KG', 1, 13.95], ['KAYA SPREAD 400G', 1, 4.2], ['OAT MILK 1L', 2, 3.85], ['DISH SPONGE 3S', 1, 2.1]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'HENG LI MART PTE LTD' }, { c: 'Blk 412 Bedok North Ave 2 #01-33' }, { c: 'Singapore 460412' }, { c: 'GST Reg No: 201534567K' }, '-',
        ['19.03.18 14:02', 'POS 01'], 'Receipt 00041287', '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` x${r.qty}` : ''}`, f2(r.amount)]), '-',
        { b: ['TOTAL SGD', f2(total)] }, ['GST 7% incl', f2(gst)], ['VISA SGD', f2(total)], 'VISA ************4471', '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'bookshop-voucher-then-card', batch: 12, date: '2018-06-10', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['ATLAS DUNIA EDISI 5', 1, 45.9], ['KAMUS DWIBAHASA', 1, 38.5], ['PENSEL WARNA 24S', 2, 12.9]]);
      const gst = r2((it.total * 6) / 106), total = it.total, voucher = 50, card = r2(total - voucher);
      return { total, lines: [
        { c: 'POPULAR MINDA BOOKS' }, { c: 'MINDA BOOKSTORES SDN BHD (433221-M)' }, { c: 'IOI MALL, 47100 PUCHONG' }, { c: 'GST ID: 000433221009' }, '-',
        ['10/06/2018', '04:15:22 PM'], ['Doc: 2231-0088172', 'Staff: 08'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL (RM)', f2(total)] }, ['GST 6% incl', f2(gst)], '-',
        ['GIFT VOUCHER', f2(voucher)], ['  VCH NO 100-22918', ''], ['MASTERCARD', f2(card)], ['  ************2201', ''], ['CHANGE', '0.00'], '-', { c: 'HAPPY READING' },
      ] };
    },
  },
  {
    id: 'hypermarket-refund-line-total-sales-incl-s-z', batch: 12, date: '2018-02-24', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      const s = priced([['DETERGENT POWDER 4KG', 1, 24.9], ['SHAMPOO 750ML', 1, 17.5], ['KITCHEN TOWEL 6S', 1, 9.9]]);
      const z = priced([['FRESH CHICKEN 1.2KG', 1, 10.68], ['TOMATO (KG)', 1, 3.9], ['BREAD WHOLEMEAL', 2, 4.5]]);
      const refund = 17.5, sTotal = r2(s.total - refund), gross = r2(sTotal + z.total), gst = r2((sTotal * 6) / 106), total = round5(gross), cash = 100;
      return { total, lines: [
        { c: 'MEGA HYPER SELATAN' }, { c: 'SELATAN HYPERMARKET SDN BHD (598812-P)' }, { c: 'JALAN SKUDAI, 81300 JOHOR BAHRU' }, { c: 'GST ID: 000598812111' }, '-',
        ['24/02/2018 19:31:05', 'T08 R4471'], '-',
        ...s.rows.map((r) => [`${r.name}`, `${f2(r.amount)} S`]), ...z.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, `${f2(r.amount)} Z`]),
        ['REFUND SHAMPOO 750ML', `-${f2(refund)} S`], '-',
        ['Total Sales (Excl GST)', f2(r2(gross - gst))], ['Total GST', f2(gst)], ['Rounding Adj', f2(r2(total - gross))], { b: ['Total Sales (Incl GST)', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount    Tax'], ['S = 6%', `${f2(r2(sTotal - gst))}   ${f2(gst)}`], ['Z = 0%', `${f2(z.total)}   0.00`], '-', { c: 'THANK YOU. SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'petrol-litres-slip-net-payable-cash', batch: 12, date: '2018-04-26', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      const litres = 18.2, perLitre = 2.2, fuel = r2(litres * perLitre), total = round5(fuel), cash = 50;
      return { total, lines: [
        { c: 'STESEN MINYAK BAYU INDAH' }, { c: 'BAYU INDAH PETROLEUM (KT0312991-A)' }, { c: 'JALAN KUALA BERANG, 21700 TERENGGANU' }, { c: 'GST No: 000312991055' }, '-',
        ['26/04/18', '22:07'], ['Trans: 4412', 'Pump: 3'], '-',
        'PRODUCT: PRIMAX 95', ['LITRES', litres.toFixed(2)], ['PRICE/LITRE', f2(perLitre)], ['AMOUNT RM', f2(fuel)], '-',
        ['TOTAL RM', f2(fuel)], ['ROUNDING ADJ', f2(r2(total - fuel))], { b: ['NET PAYABLE', f2(total)] },
        ['CASH RM', f2(cash)], ['CHANGE RM', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'kopitiam-chinese-malay-qty-equals-jumlah-rm', batch: 12, date: '2018-05-09', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['鸡饭 NASI AYAM', 3, 6.5], ['炒粿条 KUEY TEOW', 2, 7.0], ['咖啡 KOPI-O', 4, 1.8], ['美禄 MILO AIS', 2, 2.8]]);
      const total = it.total, cash = 60;
      return { total, lines: [
        { c: '新发茶餐室 RESTORAN SIN FATT' }, { c: '(PG0412277-V)' }, { c: '45 LEBUH CHULIA, 10200 PULAU PINANG' }, '-',
        '日期/Tarikh: 09-05-2018  时间/Masa: 12:48', '单号/No: 5091', '-',
        ...it.rows.flatMap((r) => [r.name, `  ${r.qty} x ${f2(r.price)} = ${f2(r.amount)}`]), '-',
        { b: ['总额 JUMLAH (RM)', f2(total)] }, ['现金 TUNAI', f2(cash)], ['找钱 BAKI', f2(r2(cash - total))], '-', { c: '谢谢 TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 13 (held out)
  {
    id: 'department-total-payable-card-plus-cash', batch: 13, date: '2018-03-19', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      const it = priced([['MEN POLO TEE M NAVY', 2, 39.9], ['SOCKS 3 PAIRS', 1, 15.9], ['BELT LEATHER BLK', 1, 59.0]]);
      const disc = 15.0, net = r2(it.total - disc), gst = r2((net * 6) / 106), cash = 20, card = r2(net - cash);
      return { total: net, lines: [
        { c: 'GAYA DEPARTMENT STORE' }, { c: 'GAYA RETAIL (M) SDN BHD (312098-K)' }, { c: 'JALAN TUANKU ABDUL RAHMAN, 50100 KL' }, { c: 'GST Reg. No.: 000312098761' }, '-',
        ['19/3/2018 1:25:07 PM', 'POS 14'], ['Slip No: 14-0022817', 'Cashier: 0412'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} PC @ ${f2(r.price)}`, f2(r.amount)]]), ['STORE DISCOUNT', `-${f2(disc)}`], '-',
        { b: ['Total Payable (RM)', f2(net)] }, ['CASH', f2(cash)], ['VISA', f2(card)], ['  ************5520  APPR 044721', ''], ['CHANGE', '0.00'], '-',
        ['GST 6% included', f2(gst)], { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'sg-restaurant-weekday-long-date-amount-payable', batch: 13, date: '2018-03-19', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['LAKSA', 2, 6.8], ['HAINANESE PORK CHOP', 1, 14.5], ['SAMBAL KANGKONG', 1, 9.0], ['LIME JUICE', 3, 2.8]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'KAMPONG KITCHEN PTE. LTD.' }, { c: '30 Seng Poh Road #01-12' }, { c: 'Singapore 168898' }, { c: 'GST Reg No. 201012345M' }, '-',
        'Monday, 19 March 2018 7:32 PM', ['Check #1044', 'Table 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-total', f2(it.total)], ['10% Svc Chg', f2(svc)], ['7% GST', f2(gst)], { b: ['Total Amount Payable SGD', f2(total)] },
        ['MASTER', f2(total)], '-', { c: 'Thank you! See you again' },
      ] };
    },
  },
  {
    id: 'hardware-invoice-no-date-one-line-amount-due', batch: 13, date: '2018-03-19', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      const it = priced([['GI PIPE 3/4" x 20FT', 4, 28.5], ['BALL VALVE 3/4"', 2, 18.0], ['TEFLON TAPE', 5, 1.2], ['PIPE CLIP 3/4"', 20, 0.45]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'SYARIKAT LOGAM & PAIP HUP SENG' }, { c: '(Co. No. 0023119-T)' }, { c: '6 JALAN BESI, KAWASAN PERINDUSTRIAN, 41050 KLANG' }, { c: 'GST No: 000231190045' }, '-',
        { c: 'TAX INVOICE' }, 'Invoice No: 00123-A   Date: 19/03/2018 13:25', 'Customer: CASH', '-',
        ['Item', 'Qty', 'Amount'], ...it.rows.map((r) => [`${r.name} @${f2(r.price)}`, String(r.qty), f2(r.amount)]), '-',
        ['Total Amount Excl. GST', f2(it.total)], ['GST @ 6%', f2(gst)], ['Total Amount Incl. GST', f2(incl)], ['Rounding', f2(r2(total - incl))],
        { b: ['Amount Due (RM)', f2(total)] }, ['Cash Tendered', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'E. & O.E.' },
      ] };
    },
  },
  {
    id: 'electronics-line-totals-bigger-than-total-trade-in', batch: 13, date: '2018-07-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['LED TV 43" FHD', 1, 1299.0], ['HDMI CABLE 2M', 2, 29.9], ['WALL BRACKET', 1, 89.0]]);
      const tradeIn = 300, total = r2(it.total - tradeIn), card = total;
      return { total, lines: [
        { c: 'ELEKTRIK SINAR TERANG' }, { c: 'SINAR TERANG ELECTRICAL SDN BHD (762201-D)' }, { c: '9 JALAN DATO ONN, 80000 JOHOR BAHRU' }, '-',
        ['Date: 28/07/2018', 'Time: 16:40'], 'Receipt No: ST-0728-115', '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2c(r.price)} = ${f2c(r.amount)}`, '']]), '-',
        ['GROSS', f2c(it.total)], ['TRADE-IN OLD TV', `-${f2(tradeIn)}`], { b: ['NET AMOUNT', `RM ${f2c(total)}`] },
        ['DEBIT CARD', f2c(card)], 'Card: ************0087', '-', { c: 'WARRANTY 1 YEAR FROM DATE OF PURCHASE' },
      ] };
    },
  },
  {
    id: 'pharmacy-card-and-cash-change-dotted-date', batch: 13, date: '2018-08-14', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      const it = priced([['GLUCOSE TEST STRIPS 50S', 1, 68.0], ['LANCETS 100S', 1, 18.5], ['MULTIVITAMIN 60S', 1, 45.9]]);
      const total = round5(it.total), card = 100, cash = 50, change = r2(card + cash - total);
      return { total, lines: [
        { c: 'KLINIK & FARMASI AMAN' }, { c: 'AMAN HEALTHCARE SDN BHD (1102345-A)' }, { c: '2 JALAN SULTAN ISMAIL, 20200 KUALA TERENGGANU' }, '-',
        ['Date: 14.08.2018', 'Time: 09:12'], 'Inv: FA-18-08-0233', '-',
        ...it.rows.map((r) => [`${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['DEBIT CARD', f2(card)], ['CASH', f2(cash)], ['CHANGE', f2(change)], '-', { c: 'SST NOT APPLICABLE' }, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kedai-jumlah-besar-footer-dibayar', batch: 13, date: '2018-09-02', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      const it = priced([['NASI KANDAR AYAM', 2, 9.5], ['ROTI CANAI', 3, 1.3], ['TEH TARIK', 3, 2.2], ['AIR SIRAP', 1, 1.8]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR SRI MELUR' }, { c: '(PG0551234-K)' }, { c: '101 JALAN PENANG, 10000 GEORGETOWN' }, '-',
        'Tarikh: 2/9/2018  Masa: 21:15', 'Meja: 14   Bil: 3302', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah', f2(it.total)], ['Bundar', f2(r2(total - it.total))], { b: ['JUMLAH BESAR', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-',
        { c: `Jumlah dibayar RM ${f2(total)}` }, { c: 'Terima kasih, sila datang lagi' },
      ] };
    },
  },
  {
    id: 'petrol-fleet-card-qty-litres-total-amount', batch: 13, date: '2018-10-17', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      const litres = 42.5, perLitre = 2.18, fuel = r2(litres * perLitre), lube = 3.5, total = r2(fuel + lube);
      return { total, lines: [
        { c: 'STESEN SERVIS KENCANA' }, { c: 'KENCANA ENERGY SDN BHD (933801-W)' }, { c: 'JALAN AIR ITAM, 11400 PULAU PINANG' }, '-',
        '2018.10.17  06:52:31', ['RCPT 0017-4412', 'PUMP 08'], '-',
        ['Product', 'Qty (L)', 'Amount'], ['DIESEL EURO5', litres.toFixed(2), f2(fuel)], ['  Unit Price', `${f2(perLitre)}/L`, ''], ['WIPER FLUID', '1', f2(lube)], '-',
        { b: ['Total Amount', f2(total)] }, ['FLEET CARD', f2(total)], 'Vehicle: WXY 5521  Odo: 88412', '-', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'bakery-promo-valid-till-month-comma', batch: 13, date: '2018-03-19', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      const it = priced([['BUTTER CROISSANT', 4, 3.8], ['WHOLEMEAL LOAF', 1, 6.5], ['EGG TART', 6, 2.2]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 40;
      return { total, lines: [
        { c: 'ROTI EMAS BAKERY' }, { c: 'ROTI EMAS (M) SDN BHD (889012-U)' }, { c: '12 JALAN BUKIT BINTANG, 55100 KL' }, { c: 'GST ID: 000889012556' }, '-',
        ['19-Mar-2018 08:12', 'Shift A'], 'Bill 000783', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}@${f2(r.price)}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Round Adj', f2(r2(total - it.total))], { b: ['Total', f2(total)] }, ['GST Incl 6%', f2(gst)], ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        { c: 'BUY 1 FREE 1 BUN EVERY TUESDAY' }, { c: 'Valid till Mar 31,2018' }, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'minimart-chinese-malay-s-z-summary-jumlah', batch: 13, date: '2018-04-11', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      const s = priced([['可乐 COCA-COLA 1.5L', 2, 4.2], ['饼干 BISKUT KRIM', 1, 5.5], ['肥皂 SABUN MANDI', 3, 2.9]]);
      const z = priced([['白米 BERAS 5KG', 1, 16.5], ['鸡蛋 TELUR 10S', 1, 4.6]]);
      const gross = r2(s.total + z.total), gst = r2((s.total * 6) / 106), total = round5(gross), cash = 100;
      return { total, lines: [
        { c: '万利商店 KEDAI RUNCIT BAN LEE' }, { c: 'BAN LEE TRADING (SA0712334-P)' }, { c: '8 JALAN PASAR BARU, 41000 KLANG' }, { c: 'GST ID: 000712334900' }, '-',
        '日期 Tarikh: 11/04/18   时间 Masa: 17:08', '单号 No. Resit: 21880', '-',
        ...s.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, `${f2(r.amount)} S`]), ...z.rows.map((r) => [`${r.name}`, `${f2(r.amount)} Z`]), '-',
        ['小计 Jumlah Kecil', f2(gross)], ['调整 Pelarasan', f2(r2(total - gross))], { b: ['总计 Jumlah (RM)', f2(total)] }, ['现金 Tunai', f2(cash)], ['找钱 Baki', f2(r2(cash - total))], '-',
        ['Kod', 'Jumlah   GST'], ['S = 6%', `${f2(r2(s.total - gst))}   ${f2(gst)}`], ['Z = 0%', `${f2(z.total)}   0.00`], '-', { c: '谢谢光临 TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 14 (held out)
  {
    id: 'hypermarket-department-subtotals-item-count', batch: 14, date: '2018-03-24', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // Four departments, each closed by its own "SUB-TOTAL"; the sale's total far down, under an item count.
      const depts = [
        ['GROCERY', [['BERAS WANGI 10KG', 1, 38.9], ['MINYAK SAWIT 5KG', 1, 26.5], ['GULA 2KG', 2, 5.7], ['TEPUNG BERAS 1KG', 1, 3.1], ['SUSU TEPUNG 1.8KG', 1, 52.9], ['KOPI O KAW 1KG', 1, 18.6], ['TEH CELUP 100S', 2, 9.8], ['MARJERIN 480G', 1, 7.45], ['KACANG HIJAU 1KG', 1, 8.2]]],
        ['FRESH', [['AYAM BERSIH 2KG', 1, 17.8], ['IKAN KEMBUNG 1KG', 1, 14.0], ['UDANG SEDERHANA 500G', 1, 21.5], ['SAYUR SAWI', 3, 2.2], ['TOMATO 1KG', 1, 4.9], ['LOBAK MERAH 1KG', 1, 3.6], ['PISANG BERANGAN', 2, 5.5], ['EPAL HIJAU 6S', 1, 9.9], ['TELUR AYAM 30S', 1, 13.2]]],
        ['HOUSEHOLD', [['SABUN CECAIR 3.6KG', 1, 29.9], ['PENCUCI LANTAI 2L', 1, 12.5], ['SPAN DAPUR 5S', 2, 3.9], ['BEG SAMPAH 30S', 2, 6.5], ['LAMPU LED 12W', 2, 11.9], ['PENYEGAR UDARA', 1, 8.9], ['KERTAS ALUMINIUM', 1, 7.5]]],
        ['HEALTH & BEAUTY', [['SYAMPU ANTI KELEMUMUR', 1, 21.9], ['SABUN MANDI 4S', 2, 9.6], ['UBAT GIGI 2X175G', 1, 14.9], ['BERUS GIGI 3S', 1, 11.5], ['KAPAS 100S', 1, 3.5], ['LOSYEN BADAN 400ML', 1, 18.9], ['PAMPERS M 62S', 1, 54.9]]],
      ].map(([name, rows]) => ({ name, ...priced(rows) }));
      const all = depts.flatMap((d) => d.rows);
      const gross = sum(depts.map((d) => d.total)), total = round5(gross), cash = 700;
      return { total, lines: [
        { c: 'PASARAYA RAKYAT MURNI SDN BHD' }, { c: '(Co. Reg. 778120-V)' }, { c: 'PT 1122 JALAN BESAR, 43000 KAJANG, SELANGOR' }, { c: 'GST ID : 001556602880' }, { c: 'TAX INVOICE' },
        ['24/03/2018 17:52', 'POS 11  TRN 08871'], 'CASHIER: SITI AMINAH', '-',
        ...depts.flatMap((d) => [`** ${d.name} **`, ...d.rows.map((r) => [`${r.qty > 1 ? `${r.qty}x ` : ''}${r.name}`, `${f2(r.amount)} SR`]), ['  SUB-TOTAL', f2(d.total)], '']), '-',
        ['ITEM COUNT', String(all.length)], ['TOTAL QTY', f2(all.reduce((n, r) => n + r.qty, 0))],
        ['TOTAL SALES (INCL GST)', f2(gross)], ['ROUNDING ADJ', f2(r2(total - gross))], { b: ['NET TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST 6% INCLUDED', f2(r2((gross * 6) / 106))], { c: 'BARANG YANG DIJUAL TIDAK BOLEH DITUKAR' },
      ] };
    },
  },
  {
    id: 'foodcourt-slip-bare-figure-bal', batch: 14, date: '2018-03-19', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A food court stall's slip: no total label, the sum alone under a rule, "Bal" for the change.
      const it = priced([['CHAR KUEY TEOW', 1, 6.5], ['KOPI O PENG', 2, 1.8], ['POPIAH', 1, 2.5]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'MEDAN SELERA TAMAN MELATI' }, { c: 'GERAI 14' }, '19.03.18  12:41', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-', { b: ['', f2(total)] },
        ['Cash', f2(cash)], ['Bal', f2(r2(cash - total))],
      ] };
    },
  },
  {
    id: 'cash-bill-slanted-serif-jumlah-rm', batch: 14, date: '2018-04-02', style: { font: 'slanted', size: 13 }, degrade: 'scan',
    build() {
      // A small shop's pre-printed "CASH BILL" filled in by hand (a slanted serif stands for the pen).
      const it = priced([['Cat dinding 5L putih', 2, 48.0], ['Berus cat 3"', 3, 4.5], ['Roller set', 1, 15.0], ['Kertas pasir', 5, 0.8]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KEDAI CAT & HARDWARE SENG HUAT' }, { c: '(JM0223411-X)' }, { c: '45, Jalan Bunga Raya, 75100 Melaka' }, { c: 'Tel: 06-283 4411' }, '-',
        { c: 'CASH BILL' }, ['No. 6617', 'Tarikh: 2/4/18'], 'Kepada: Encik Ravi', '-',
        ['Kuantiti / Perkara', 'RM'],
        ...it.rows.map((r) => [`${r.qty} x ${r.name} @ ${f2(r.price)}`, f2(r.amount)]), '-',
        { b: ['Jumlah RM', f2(total)] }, '',
        'Barang yang dijual tidak boleh', 'dipulangkan.', ['', 't.t. ________'],
      ] };
    },
  },
  {
    id: 'restaurant-svc-sst-duitnow-qr', batch: 14, date: '2019-01-26', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // Post-2018 service tax (6%) on the food and the 10% service charge, paid by a DuitNow QR code.
      const it = priced([['NASI GORENG KAMPUNG', 2, 11.9], ['TOMYAM CAMPUR', 1, 18.0], ['KAILAN IPOH', 1, 12.0], ['LIMAU AIS', 3, 3.5]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN SELERA TIMUR' }, { c: 'SELERA TIMUR RESOURCES (002871650-T)' }, { c: '18 JALAN TUN RAZAK, 15000 KOTA BHARU' }, { c: 'SST ID: D16-1808-32001877' }, '-',
        ['Table: A7', 'Pax: 4'], ['Bill: 26012-044', '26/01/2019 20:14'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chrg 10%', f2(svc)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL (RM)', f2(total)] }, '-',
        ['DUITNOW QR', f2(total)], 'Ref: 20190126MBBEMYKL0044123', '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'pharmacy-points-with-decimals-after-total', batch: 14, date: '2018-08-11', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // Loyalty points printed with two decimals, as ringgit are, under the total: earned, before, balance.
      const it = priced([['VITAMIN C 1000MG 30S', 1, 32.9], ['PLASTER 20S', 2, 4.5], ['HAND SANITISER 500ML', 1, 12.9]]);
      const total = round5(it.total), earned = r2(total / 2), before = 1311.45, card = total;
      return { total, lines: [
        { c: 'FARMASI SEJAHTERA' }, { c: 'SEJAHTERA PHARMACY SDN BHD (1044188-M)' }, { c: '3 JALAN PASAR, 34000 TAIPING, PERAK' }, '-',
        ['Date: 11/08/2018', 'Time: 10:05'], ['Rcpt: FS-0811-0031', 'Cashier: LIM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['VISA', f2(card)], '-',
        'Member: 8801 2233 0912', ['Points Earned', f2(earned)], ['Previous Points', f2c(before)], ['Points Balance', f2c(r2(before + earned))], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'hardware-date-only-in-footer-dots', batch: 14, date: '2018-06-23', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // No date under the header: only the footer's "DATE: 23.06.18", after the thanks.
      const it = priced([['SKRU KAYU 1" (100)', 2, 3.5], ['ENGSEL PINTU 4"', 4, 5.2], ['GAM KAYU 500G', 1, 9.9], ['KERTAS PASIR #120', 6, 0.7]]);
      const gst = 0, total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN AH KOW' }, { c: '(Co. Reg. 001882310-U)' }, { c: '27 JALAN SENTOSA, 41200 KLANG' }, '-',
        'Receipt: R-004411', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['GST 0%', f2(gst)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'THANK YOU, COME AGAIN' }, 'DATE: 23.06.18  TIME: 16:47  T02',
      ] };
    },
  },
  {
    id: 'logo-only-header-address-first-cash-whole', batch: 14, date: '2018-02-09', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // The shop's name is a logo above the text: the first line printed is the address. Cash in whole ringgit.
      const it = priced([['T-SHIRT KIDS 6Y', 2, 15.9], ['SELIPAR GETAH', 1, 9.9], ['STOKIN 3PSG', 1, 12.0]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 60;
      return { total, lines: [
        { c: 'NO. 7, JALAN KENARI 5,' }, { c: 'BANDAR PUCHONG JAYA, 47100 PUCHONG' }, { c: 'TEL: 03-8070 1234' }, { c: 'GST REG: 000913388122' }, '-',
        ['09/02/2018', '11:26'], ['Inv: 8812-0045', 'C: 02'], '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['TOTAL INCL. GST', f2(total)] }, ['TUNAI', String(cash)], ['BAKI', f2(r2(cash - total))], ['GST 6% included', f2(gst)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'furniture-deposit-paid-balance-cash', batch: 14, date: '2018-09-15', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // An order's deposit receipt: the invoice total, the deposit paid now in cash, the balance on delivery.
      const it = priced([['SOFA 3 SEATER FABRIC GREY', 1, 1899.0], ['COFFEE TABLE OAK', 1, 459.0], ['DELIVERY & INSTALL', 1, 80.0]]);
      const total = it.total, deposit = 800;
      return { total, lines: [
        { c: 'PERABOT SERI MAJU' }, { c: 'SERI MAJU FURNITURE SDN BHD (980221-K)' }, { c: 'LOT 33, JALAN PERUSAHAAN, 14000 BUKIT MERTAJAM' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Order: SO-18-0915-07', 'Date: 15/09/2018'], 'Delivery: 29/09/2018', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        { b: ['TOTAL', f2c(total)] }, ['DEPOSIT PAID', f2(deposit)], ['BALANCE', f2c(r2(total - deposit))], '-',
        ['CASH', f2(deposit)], 'Balance payable upon delivery.', { c: 'GOODS SOLD ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'duplicate-copy-reprint-date-before-sale-date', batch: 14, date: '2018-03-19', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A reprint: the date it was printed again stands above the date of the sale.
      const it = priced([['PRINTER TONER 85A', 1, 189.0], ['A4 PAPER 80GSM REAM', 5, 13.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'PUSAT KOMPUTER DIGITAL MAJU' }, { c: 'DIGITAL MAJU ENTERPRISE (SA0388712-T)' }, { c: '11 JALAN MAHSURI, 11900 BAYAN LEPAS' }, { c: 'GST ID: 000388712004' }, '-',
        { c: '*** DUPLICATE COPY ***' }, 'Reprinted: 27/03/2018 10:02', '-',
        ['Inv No: DM-1803-0192', 'Date: 19/03/2018'], ['Time: 14:11', 'Staff: KEN'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl GST', f2(total)] },
        ['MASTERCARD', f2(total)], '  ************3310', '-', { c: 'WARRANTY CLAIM WITH THIS RECEIPT' },
      ] };
    },
  },
  {
    id: 'petrol-shop-reload-pin-serial', batch: 14, date: '2018-11-30', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A prepaid reload sold at a station's shop: its PIN and serial number are long runs of digits.
      const reload = 30, drink = priced([['100PLUS 500ML', 2, 2.6]]), total = r2(reload + drink.total), cash = 50;
      return { total, lines: [
        { c: 'STESEN MINYAK SERI INDAH' }, { c: 'SERI INDAH PETROLEUM SDN BHD (617209-H)' }, { c: 'JALAN KUALA SELANGOR, 45600 BESTARI JAYA' }, '-',
        ['30/11/2018 19:40', 'POS 2'], 'Trans: 000761223', '-',
        ['PREPAID RELOAD RM30', f2(reload)], '  PIN: 4417 2290 6653 1108', '  SERIAL: 0012 8871 2290', '  VALID UNTIL: 30/05/2019',
        ...drink.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'SELAMAT JALAN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 15 (held out)
  {
    id: 'restaurant-total-before-after-rounding-svc-sst', batch: 15, date: '2019-04-13', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // Two totals around the rounding, each labelled: before it and after it.
      const it = priced([['CLAYPOT CHICKEN RICE', 2, 14.9], ['SWEET SOUR FISH', 1, 26.0], ['STIR FRY KAILAN', 1, 12.0], ['BARLEY ICE', 3, 2.8]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), before = r2(it.total + svc + sst), total = round5(before), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN WONG KEE' }, { c: 'WONG KEE CATERING SDN BHD (1098812-P)' }, { c: '52 JALAN PUDU, 55100 KUALA LUMPUR' }, { c: 'SST REG: W10-1810-31009921' }, '-',
        ['Bill No: 0413-087', 'Table: 9'], ['Date: 13/04/2019', 'Time: 19:58'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge (10%)', f2(svc)], ['Service Tax (6%)', f2(sst)],
        ['Total Before Rounding', f2(before)], ['Rounding Adj', f2(r2(total - before))], { b: ['Total After Rounding', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU, PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'sg-cafe-month-first-pm-nets', batch: 15, date: '2018-03-19', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore till set up with its month first ("03/19/2018"): the 19 can be no month.
      const it = priced([['Flat White', 2, 5.5], ['Kaya Toast Set', 1, 6.8], ['Banana Cake', 1, 4.2]]);
      const gst = r2((it.total * 7) / 107), total = it.total;
      return { total, lines: [
        { c: 'TIONG BAHRU BEANS PTE. LTD.' }, { c: '55 Eng Hoon Street #01-07' }, { c: 'Singapore 160055' }, { c: 'GST Reg: 201634455R' }, '-',
        ['03/19/2018 02:25 PM', 'Order 117'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total', `$${f2(total)}`] }, ['NETS', `$${f2(total)}`], ['GST 7% incl.', `$${f2(gst)}`], '-', { c: 'Have a good day!' },
      ] };
    },
  },
  {
    id: 'cash-bill-slanted-hb-malay-month-jumlah-besar', batch: 15, date: '2018-03-24', style: { font: 'slanted', size: 13 }, degrade: 'photo',
    build() {
      // A hand-filled bill dated the Malay way: "24hb Mac 2018" (hb: haribulan, the day of the month).
      const it = priced([['Simen 50kg', 6, 19.5], ['Pasir (lori kecil)', 1, 180.0], ['Batu bata', 300, 0.38]]);
      const total = it.total, paid = 300;
      return { total, lines: [
        { c: 'SYARIKAT BAHAN BINAAN BERJAYA' }, { c: '(KT0145521-W)' }, { c: 'Lot 8, Jalan Kuala Berang, 21700 Kuala Terengganu' }, '-',
        { c: 'BIL TUNAI / CASH BILL' }, ['No. 2291', 'Tarikh: 24hb Mac 2018'], 'Nama: Tuan Haji Salleh', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name} @ ${f2(r.price)}`, f2(r.amount)]), '-',
        { b: ['Jumlah Besar RM', f2(total)] }, ['Dibayar', f2(paid)], ['Baki perlu dibayar', f2(r2(total - paid))], '',
        ['', 'Diterima oleh: ______'],
      ] };
    },
  },
  {
    id: 'hardware-gst-summary-row-with-its-total', batch: 15, date: '2018-05-07', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // The tax summary's rows carry a third figure, the row's total with its tax: above the tax, before the rounding.
      const it = priced([['CABLE 2.5MM 100M', 1, 139.0], ['SWITCH 1G 1WAY', 6, 4.3], ['PVC CONDUIT 20MM', 10, 2.15], ['DB BOX 8 WAY', 1, 46.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), card = total;
      return { total, lines: [
        { c: 'SYARIKAT ELEKTRIK KILAT JAYA' }, { c: '(Co. Reg. 000771245-A)' }, { c: '14 JALAN IPOH KECIL, 50350 KUALA LUMPUR' }, { c: 'GST ID: 000771245009' }, { c: 'TAX INVOICE' }, '-',
        ['Inv: KJ-0507-22', '07/05/2018 11:40'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, `${f2(r.amount)} SR`]), '-',
        ['Sub Total (Excl GST)', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL (RM)', f2(total)] }, ['DEBIT CARD', f2(card)], '-',
        { c: 'GST SUMMARY' }, ['Code   Amount', 'GST      Total'], ['SR 6%  ' + f2(it.total), `${f2(gst)}   ${f2(incl)}`], ['Total  ' + f2(it.total), `${f2(gst)}   ${f2(incl)}`], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'clinic-panel-company-pays-patient-nil', batch: 15, date: '2019-07-02', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A panel patient: the company pays the bill, the patient nothing at the counter.
      const it = priced([['CONSULTATION', 1, 35.0], ['MEDICATION', 1, 42.5], ['MC (1 DAY)', 1, 0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KLINIK DR. AZMAN & RAKAN' }, { c: '(Co. Reg. 002345876-U)' }, { c: '23 JALAN BESAR, 72100 BAHAU, NEGERI SEMBILAN' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Receipt: OR-19-07-0112', 'Date: 02/07/2019'], 'Patient: MUHAMMAD FARHAN', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, 'PANEL: SYARIKAT LOGISTIK PANTAS SDN BHD', ['Payable by panel', f2(total)], ['Patient payable', '0.00'], '-', { c: 'SEMOGA CEPAT SEMBUH' },
      ] };
    },
  },
  {
    id: 'appliance-sales-tax-10-t-codes', batch: 15, date: '2018-10-20', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // Post-2018 sales tax: 10% on some goods (code T), 0% on others (code E), with a "Total Sales Tax" line.
      const t = priced([['RICE COOKER 1.8L', 1, 129.0], ['ELECTRIC KETTLE', 1, 59.0]]);
      const e = priced([['BABY BOTTLE 250ML', 2, 12.9]]);
      const tax = r2(t.total * 0.1), gross = r2(t.total + e.total + tax), total = round5(gross), cash = 250;
      return { total, lines: [
        { c: 'ELEKTRIK RUMAH BAHAGIA' }, { c: 'RUMAH BAHAGIA TRADING (SA0554120-D)' }, { c: '6 JALAN TUN ABDUL RAZAK, 30100 IPOH' }, { c: 'SST No: A24-1809-32004410' }, '-',
        ['20/10/2018', '15:31'], ['Rcpt: 00912', 'Cashier: YAP'], '-',
        ...t.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} T`]), ...e.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} E`]), '-',
        ['Total Before Tax', f2(r2(t.total + e.total))], ['Total Sales Tax 10%', f2(tax)], ['Rounding', f2(r2(total - gross))], { b: ['Total Incl. SST', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', 'T = Sales Tax 10%   E = Exempted', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'bubble-tea-order-number-total-items-paid-by-grabpay', batch: 15, date: '2019-05-18', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A takeaway order: the queue number printed large, "Total Item(s)", and "Paid by:" before the e-wallet.
      const it = priced([['Brown Sugar Boba Milk (L)', 2, 11.9], ['Jasmine Green Tea (M)', 1, 7.5]]);
      const sst = r2(it.total * 0.06), total = round5(r2(it.total + sst));
      return { total, lines: [
        { c: 'BOBA TIME MIDVALLEY' }, { c: 'BT BEVERAGES SDN BHD (1266701-V)' }, { c: 'LG-088 MID VALLEY CITY, 59200 KL' }, { c: 'SST ID: W10-1812-32002208' }, '-',
        { b: ['ORDER NO.', '118'] }, { c: 'TAKE AWAY' }, ['18-05-2019 16:22', 'Kiosk 2'], '-',
        ...it.rows.flatMap((r) => [[`${r.qty} ${r.name}`, f2(r.amount)], '   Less Ice, 50% Sugar']), '-',
        ['Total Item(s):', String(it.qty)], ['Subtotal', f2(it.total)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - r2(it.total + sst)))], { b: ['Total:', `RM ${f2(total)}`] },
        ['Paid by: GrabPay', `RM ${f2(total)}`], '-', { c: 'Scan to rate us!' },
      ] };
    },
  },
  {
    id: 'minimart-malay-wang-diterima-perlu-dibayar', batch: 15, date: '2018-07-09', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // Malay labels all through: "Jumlah Perlu Dibayar" (to pay), "Wang Diterima" (cash received), "Wang Baki".
      const it = priced([['GULA MELAKA 500G', 2, 4.8], ['SANTAN KOTAK 200ML', 4, 2.2], ['TEPUNG PULUT 500G', 1, 3.6], ['DAUN PANDAN', 1, 1.5]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI RUNCIT MAK LIMAH' }, { c: '(001677120-X)' }, { c: '3 JALAN MASJID, 06000 JITRA, KEDAH' }, '-',
        'Tarikh: 09/07/2018  Masa: 10:14', 'No. Resit: 000441', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Pelarasan', f2(r2(total - it.total))], { b: ['Jumlah Perlu Dibayar', f2(total)] },
        ['Wang Diterima', f2(cash)], ['Wang Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-prepay-pump-refund-fuel-dispensed', batch: 15, date: '2018-12-03', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // Paid ahead at the counter for a pump; the receipt, printed after the fill, gives back what was not pumped.
      const prepay = 60, litres = 25.4, perLitre = 2.2, total = r2(litres * perLitre);
      return { total, lines: [
        { c: 'STESEN MINYAK TEGUH MAJU' }, { c: 'TEGUH MAJU PETROLEUM SDN BHD (551902-K)' }, { c: 'JALAN SEGAMAT, 85000 SEGAMAT, JOHOR' }, '-',
        ['03/12/2018 07:41', 'POS 1'], 'Trans: 0041122', '-',
        ['PREPAY PUMP 05', f2(prepay)], ['RON95', ''], [`  ${litres.toFixed(2)} L x ${f2(perLitre)}`, f2(total)], '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(prepay)], ['REFUND', f2(r2(prepay - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'electronics-epp-monthly-instalment-card', batch: 15, date: '2018-11-24', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // An easy payment plan: the card pays the whole, the slip prints the monthly instalment too.
      const it = priced([['LAPTOP 14" I5 8GB', 1, 3299.0], ['LAPTOP BAG', 1, 89.0], ['WIRELESS MOUSE', 1, 49.0]]);
      const total = it.total, monthly = r2(total / 12);
      return { total, lines: [
        { c: 'GADGET ZONE' }, { c: 'GADGET ZONE RETAIL SDN BHD (1189034-X)' }, { c: 'L3-22 PLAZA LOW YAT, 55100 KUALA LUMPUR' }, '-',
        ['Date: 24/11/2018', 'Time: 20:37'], ['Inv: GZ-181124-061', 'Sales: ALVIN'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        { b: ['TOTAL', `RM ${f2c(total)}`] }, ['VISA EPP 12 MTHS', f2c(total)], ['Monthly Instalment', f2(monthly)], 'Card: ************7781  APPR 552109', '-',
        { c: '1 YEAR WARRANTY. KEEP THIS RECEIPT' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 16 (held out)
  {
    id: 'hardware-long-codes-two-row-qty-dd-mon-yyyy', batch: 16, date: '2018-03-18', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // Building materials: a long code before each item, its "QTY X PRICE" on a row of its own, the date "18-MAR-2018".
      const it = priced([['9557012345678 CEMENT OPC 50KG', 8, 19.8], ['8881234500129 WIRE MESH BRC A7', 2, 68.5], ['10012233 NAIL 3" 1KG', 3, 5.6], ['4711223344556 PAINT ROLLER 9"', 1, 14.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 400;
      return { total, lines: [
        { c: 'KEDAI BINAAN SENTOSA MAJU' }, { c: 'SENTOSA MAJU HARDWARE SDN BHD (Co. Reg. 443120-M)' }, { c: 'LOT 1127, JALAN KAPAR BATU 5, 42100 KLANG' }, { c: 'GST ID : 000443120885' }, { c: 'TAX INVOICE' }, '-',
        'INV NO : CS-1803-00412', 'DATE : 18-MAR-2018   TIME : 10:42', 'CASHIER : LIM', '-',
        ...it.rows.flatMap((r) => [r.name, [`   ${r.qty} X ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total Qty :', String(it.qty)], ['Sub Total (Excl GST)', f2(it.total)], ['GST @ 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-disc-per-item-rounding-up-tng', batch: 16, date: '2018-03-20', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A member's 10% off printed under each item as a negative row; paid by an e-wallet.
      const it = priced([['OMEGA-3 FISH OIL 100S', 1, 69.9], ['ANTISEPTIC CREAM 30G', 2, 8.9], ['FACE MASK 50S', 1, 15.5]]);
      const discs = it.rows.map((r) => r2(r.amount * 0.1)), net = r2(it.total - sum(discs)), total = round5(net), gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'FARMASI CAHAYA SIHAT' }, { c: 'CAHAYA SIHAT PHARMA SDN BHD (1022871-T)' }, { c: '8 JALAN TUN SAMBANTHAN, 30000 IPOH' }, { c: 'GST ID: 001022871004' }, '-',
        'Date: 20.03.2018  14:22:51', 'Receipt: 0320-1187   Member: 8801 2210', '-',
        ...it.rows.flatMap((r, i) => [[`${r.qty} ${r.name}`, f2(r.amount)], ['   MEMBER DISC 10%', f2(-discs[i])]]), '-',
        ['Total Discount', f2(-sum(discs))], ['Sub Total', f2(net)], ['Rounding', f2(r2(total - net))], { b: ['TOTAL', f2(total)] },
        ['TOUCH N GO EWALLET', f2(total)], ['GST 6% Included', f2(gst)], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'restaurant-svc10-gst6-on-subtotal-nett-total-glued-date', batch: 16, date: '2018-03-19', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // Service charge and GST each on the sub-total, "Nett Total" below; the date glued to the time.
      const it = priced([['BUTTER PRAWN', 1, 38.0], ['KUNG PAO CHICKEN', 1, 24.0], ['FRIED RICE (M)', 1, 18.0], ['CHINESE TEA', 3, 1.5]]);
      const svc = r2(it.total * 0.1), gst = r2(it.total * 0.06), gross = r2(it.total + svc + gst), total = round5(gross), cash = 200;
      return { total, lines: [
        { c: 'RESTORAN MUTIARA LAUT' }, { c: 'MUTIARA LAUT F&B SDN BHD (Co. Reg. 887162-V)' }, { c: '21 JALAN TEMPLER, 46050 PETALING JAYA' }, { c: 'GST ID: 000887162321' }, '-',
        '19/03/201812:05  Tbl 07  Pax 3', 'Bill: B0319-044', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUB-TOTAL', f2(it.total)], ['SERVICE CHARGE 10%', f2(svc)], ['GST 6%', f2(gst)], ['ROUNDING', f2(r2(total - gross))], { b: ['NETT TOTAL', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU. SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'bookshop-rounding-down-rm-after-every-figure', batch: 16, date: '2018-03-18', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // Every figure with its currency after it ("25.90 RM"); the rounding takes cents off.
      const it = priced([['NOVEL: HUJAN PAGI', 1, 19.9], ['BOOKMARK MAGNETIC', 1, 2.5], ['PENCIL 2B', 3, 1.19]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI BUKU PELITA ILMU' }, { c: '(Co. Reg. 201445-K)' }, { c: '12 JALAN BENDAHARA, 75100 MELAKA' }, '-',
        'Sun 18/03/2018 4:05 PM', 'Rcpt No: 18031877', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} RM`]), '-',
        ['Sub Total', `${f2(it.total)} RM`], ['Rounding', `${f2(r2(total - it.total))} RM`], { b: ['Total', `${f2(total)} RM`] },
        ['Cash', `${f2(cash)} RM`], ['Change', `${f2(r2(cash - total))} RM`], '-', { c: 'HAPPY READING!' },
      ] };
    },
  },
  {
    id: 'wholesale-jumlah-tax-summary-no-payment', batch: 16, date: '2018-03-21', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // No payment printed: the total after the rounding, then a GST summary whose "Jumlah" row ends in
      // the net and the tax summed (before the rounding).
      const it = priced([['BERAS WANGI 10KG', 2, 32.9], ['MINYAK MASAK 5KG', 1, 26.45], ['GULA PASIR 1KG', 5, 2.95], ['TEPUNG GANDUM 1KG', 4, 2.7]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'PEMBORONG BARANGAN RUNCIT HENG LEE' }, { c: '(Co. Reg. 000512877-H)' }, { c: '45 JALAN BESAR, 34000 TAIPING, PERAK' }, { c: 'GST ID: 000512877640' }, { c: 'INVOIS CUKAI' }, '-',
        ['No: HL-21887', 'Tarikh: 21/03/2018'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, `${f2(r.amount)} SR`]), '-',
        ['Jumlah Kecil (Tanpa GST)', f2(it.total)], ['GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['JUMLAH RM', f2(total)] }, '-',
        { c: 'RINGKASAN GST' }, ['Kod', 'Amaun    GST   Jumlah'], ['SR 6%', `${f2(it.total)}   ${f2(gst)}   ${f2(incl)}`], ['Jumlah', `${f2(it.total)}   ${f2(gst)}   ${f2(incl)}`], '-',
        { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'till-receipt-customer-and-merchant-copy', batch: 16, date: '2018-03-22', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // One slip with the whole receipt printed twice: the customer's copy, then the merchant's to sign.
      const it = priced([['LED BULB 12W', 4, 9.9], ['EXTENSION SOCKET 4 WAY', 1, 32.5], ['BATTERY AA 4S', 2, 7.3]]);
      const total = round5(it.total);
      const copy = (which) => [
        { c: 'CAHAYA ELEKTRIK' }, { c: 'CAHAYA ELEKTRIK ENTERPRISE (JM0723341-A)' }, { c: '7 JALAN DATO ONN, 81000 KULAI' }, '-',
        'DATE: 22 MAR 2018  TIME: 13:02', 'INV: CE-2203-0071', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['VISA ****4410', f2(total)], 'APPR CODE: 071233',
        ...(which === 'MERCHANT' ? ['', 'SIGNATURE: ______________'] : []), { c: `*** ${which} COPY ***` }, '-',
      ];
      return { total, lines: [...copy('CUSTOMER'), '', ...copy('MERCHANT')] };
    },
  },
  {
    id: 'speedmart-barcodes-total-savings-cash-over-ten-times', batch: 16, date: '2018-03-23', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A small basket with promotion savings under two items, paid with a note more than ten times the total.
      const it = priced([['9555021500126 MAGGI KARI 5S', 1, 4.85], ['9556001234871 MILO 3IN1 PKT', 1, 1.2], ['9557300512209 TISU POCKET', 2, 0.9]]);
      const saved = [0.4, 0.2], total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'KEDAI SERBANEKA 88' }, { c: 'SERBANEKA 88 MART SDN BHD (1134592-D)' }, { c: 'NO 2 JALAN SERI AMAN 3, 43300 SERI KEMBANGAN' }, { c: 'GST ID: 001134592118' }, '-',
        '23/03/18 21:14  T02  #00871', '-',
        ...it.rows.flatMap((r, i) => [[r.name, ''], [`   ${r.qty} @ ${f2(r.price)}`, f2(r.amount)], ...(saved[i] ? [['   PROMO SAVE', f2(saved[i])]] : [])]), '-',
        ['Items: ' + it.qty, ''], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL RM', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['Total Savings', f2(sum(saved))], 'GST 6% included', { c: 'TERIMA KASIH, SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'petrol-fleet-odometer-price-per-litre-three-decimals', batch: 16, date: '2018-03-24', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A fleet card's fill: the odometer and the points balance printed as figures larger than the total.
      const litres = 18.52, perLitre = 2.18, total = r2(litres * perLitre);
      return { total, lines: [
        { c: 'STESEN MINYAK SRI GADING' }, { c: 'SRI GADING ENERGY SDN BHD (618220-W)' }, { c: 'JALAN KLUANG BATU 4, 83000 BATU PAHAT' }, { c: 'GST NO: 000618220117' }, '-',
        'DATE 24/03/2018  TIME 06:55:12', 'PUMP 07   TRANS 0098812', 'VEHICLE: JQT 4521', 'ODOMETER: 84215', '-',
        ['PRIMAX 95', ''], [`  ${f2(litres)} L @ ${perLitre.toFixed(3)}/L`, f2(total)], '-',
        { b: ['TOTAL', f2(total)] }, ['FLEET CARD', f2(total)], 'CARD NO: 7077 **** **** 1204', '-',
        ['POINTS EARNED', String(Math.floor(total))], ['POINTS BALANCE', '2,045.30'], { c: 'THANK YOU, DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'workshop-parts-labour-discount-cheque', batch: 16, date: '2018-03-26', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A car workshop's bill: parts and labour summed apart, a discount, GST, and a cheque's number paying it.
      const parts = priced([['ENGINE OIL 5W30 4L', 1, 138.0], ['OIL FILTER', 1, 28.0], ['BRAKE PAD (F)', 1, 165.0]]);
      const labour = priced([['SERVICE LABOUR', 1, 60.0], ['BRAKE PAD REPLACE', 1, 40.0]]);
      const disc = 20, net = r2(parts.total + labour.total - disc), gst = r2(net * 0.06), total = round5(r2(net + gst));
      return { total, lines: [
        { c: 'BENGKEL KERETA AUTO PRIMA' }, { c: 'AUTO PRIMA SERVICE CENTRE (PG0332817-P)' }, { c: '19 LORONG PERUSAHAAN 2, 13600 PRAI' }, { c: 'GST ID: 002211470339' }, '-',
        ['Bill No: AP-0887', 'Date: 26.3.2018'], 'Vehicle: PKR 2231  Mileage: 62,410 km', '-',
        'PARTS', ...parts.rows.map((r) => [`  ${r.name}`, f2(r.amount)]), ['Parts Total', f2(parts.total)],
        'LABOUR', ...labour.rows.map((r) => [`  ${r.name}`, f2(r.amount)]), ['Labour Total', f2(labour.total)], '-',
        ['Less: Discount', f2(-disc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - r2(net + gst)))], { b: ['GRAND TOTAL', f2(total)] },
        ['Paid by Cheque No. 004512 (MAYBANK)', f2(total)], '-', { c: 'NEXT SERVICE AT 67,410 KM' },
      ] };
    },
  },
  {
    id: 'sg-kopitiam-dotted-iso-date-flashpay-card-balance', batch: 16, date: '2018-03-27', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A stored-value card pays; its balance after, larger than the total, is printed under it.
      const it = priced([['Kopi C Siew Dai', 2, 1.4], ['Kaya Toast Set', 1, 3.6], ['Half-boiled Eggs', 1, 1.8]]);
      const total = it.total;
      return { total, lines: [
        { c: 'AH HOCK KOPITIAM' }, { c: 'Blk 216 Bedok North St 1 #01-34' }, { c: 'Singapore 460216' }, '-',
        '2018.03.27 08:12  Stall 4', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', `$${f2(total)}`] }, ['NETS FlashPay', `$${f2(total)}`], ['Card Bal', '$42.65'], '-', { c: 'Thank you!' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 17 (held out)
  {
    id: 'sg-restaurant-svc10-gst7-nett-total-visa-yy-month', batch: 17, date: '2018-03-24', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // Singapore: 10% service charge, then 7% GST on the sub-total and the charge, "Nett Total" paid by card.
      const it = priced([['Chilli Crab (per kg)', 1.2, 68.0], ['Cereal Prawns', 1, 28.0], ['Fried Mantou', 6, 0.8], ['Lime Juice', 3, 3.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'HARBOURSIDE SEAFOOD PTE LTD' }, { c: 'GST Reg No: 199807712M' }, { c: '1 East Coast Parkway #01-05' }, { c: 'Singapore 449876' }, '-',
        'Table 22   Covers 4', '24 Mar 18  20:15   Chk 5512', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(it.total)], ['10% Service Charge', f2(svc)], ['7% GST', f2(gst)], { b: ['Nett Total', f2(total)] }, ['VISA', f2(total)], '-',
        { c: 'Thank you for dining with us' },
      ] };
    },
  },
  {
    id: 'parking-pay-station-dotted-entry-exit-duration', batch: 17, date: '2018-03-18', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A pay station's slip: entry and exit with their dates, the duration, the fee, what was put in and given back.
      const total = 7, paid = 10;
      return { total, lines: [
        { c: 'MEDAN PARKING SDN BHD' }, { c: '(Co. Reg. 713300-K)' }, { c: 'WISMA CEMPAKA CAR PARK, 50450 KUALA LUMPUR' }, '-',
        { c: 'PAY STATION 02' }, 'Ticket: 0018823471', 'Entry : 18.03.2018 09:12', 'Exit  : 18.03.2018 12:47', 'Duration: 03:35', '-',
        ['Parking Fee', `RM ${f2(total)}`], ['Paid', `RM ${f2(paid)}`], ['Change', `RM ${f2(r2(paid - total))}`], '-', { c: 'PLEASE EXIT WITHIN 15 MINUTES' },
      ] };
    },
  },
  {
    id: 'convenience-member-price-total-savings-boost', batch: 17, date: '2018-03-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A convenience store's member prices: each item's normal price struck into a saving, "Total Savings" over the e-wallet.
      const it = priced([['ONIGIRI TUNA MAYO', 2, 3.9], ['COLD COFFEE 250ML', 1, 4.2], ['CHOCOLATE BAR 45G', 2, 2.8]]);
      const saving = [1.0, 0.5, 0.6], total = round5(it.total);
      return { total, lines: [
        { c: '24/7 KEDAI HARIAN' }, { c: 'HARIAN CONVENIENCE SDN BHD (1190045-P)' }, { c: 'G-12 JALAN PJU 7/3, 47800 PETALING JAYA' }, { c: 'GST ID: 001190045331' }, '-',
        '28/03/2018 07:58  Store 1022  Reg 01', '-',
        ...it.rows.flatMap((r, i) => [[`${r.name} x${r.qty}`, f2(r.amount)], ['   Member Price Saving', f2(-saving[i])]]), '-',
        ['Total Savings', f2(sum(saving))], ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['BOOST', f2(total)], '-',
        'GST 6% incl in total', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'stationer-rounding-plus-sign-month-first-word-no-comma', batch: 17, date: '2018-03-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // The rounding printed with its sign ("+0.02"), "Nett Amount", the date "MAR 28 2018".
      const it = priced([['EXERCISE BOOK 80P', 10, 1.15], ['COLOUR PENCIL 24S', 1, 12.9], ['GLUE STICK 21G', 3, 2.48], ['RULER 30CM', 2, 1.3]]);
      const total = round5(it.total), adj = r2(total - it.total), cash = 50;
      return { total, lines: [
        { c: 'SYARIKAT ALAT TULIS BINTANG' }, { c: '(Co. Reg. 000338201-U)' }, { c: '9 JALAN SULTAN ISMAIL, 20200 KUALA TERENGGANU' }, '-',
        'MAR 28 2018  11:05  #04417', '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Items', String(it.qty)], ['Amount', f2(it.total)], ['Rounding', `${adj >= 0 ? '+' : ''}${f2(adj)}`], { b: ['Nett Amount', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'florist-gst-summary-total-row-no-payment', batch: 17, date: '2018-03-28', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // No payment printed again, in English: the rounded total, then a summary's "Total" row of net, GST and the two.
      const it = priced([['ROSE BOUQUET 12 STALKS', 1, 88.0], ['GREETING CARD', 1, 6.9], ['DELIVERY CHARGE', 1, 15.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'BLOOMING PETALS FLORIST' }, { c: 'BLOOMING PETALS SDN BHD (Co. Reg. 1077820-H)' }, { c: '33 JALAN BANGSAR, 59100 KUALA LUMPUR' }, { c: 'GST ID: 001077820551' }, { c: 'TAX INVOICE' }, '-',
        ['Inv: BP-18-0388', 'Date: 28/03/2018'], 'Deliver to: Ms Tan, Mont Kiara', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL RM', f2(total)] }, '-',
        { c: 'GST SUMMARY' }, ['Code', 'Net     GST    Total'], ['SR', `${f2(it.total)}   ${f2(gst)}   ${f2(incl)}`], ['Total', `${f2(it.total)}   ${f2(gst)}   ${f2(incl)}`], '-',
        { c: 'SAY IT WITH FLOWERS' },
      ] };
    },
  },
  {
    id: 'hardware-original-and-duplicate-on-one-slip-cash', batch: 17, date: '2018-03-29', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // The receipt printed twice on one slip, "ORIGINAL" over the first, "DUPLICATE" over the second.
      const it = priced([['PLYWOOD 4X8 9MM', 3, 42.0], ['WOOD GLUE 1KG', 1, 18.5], ['SANDPAPER P120', 5, 1.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      const copy = (which) => [
        { c: which }, { c: 'KEDAI KAYU JATI MAS' }, { c: '(Co. Reg. 000619008-T)' }, { c: '5 JALAN KILANG, 70450 SEREMBAN' }, { c: 'GST ID: 000619008223' }, '-',
        ['CS No: 29031', 'Date: 29/03/2018'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
      ];
      return { total, lines: [...copy('ORIGINAL'), '', ...copy('DUPLICATE')] };
    },
  },
  {
    id: 'kedai-runcit-jumlah-rm-after-figure-tunai-baki', batch: 17, date: '2018-03-29', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // Malay labels, the currency after every figure ("12.40 RM").
      const it = priced([['ROTI GARDENIA', 1, 3.6], ['TELUR AYAM 10BJ', 1, 4.32], ['SUSU PEKAT', 2, 2.75]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'KEDAI RUNCIT SRI MELOR' }, { c: '(002245190-D)' }, { c: '14 KAMPUNG MELOR, 16400 KOTA BHARU' }, '-',
        'Tarikh: 29-03-2018   09:31', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} RM`]), '-',
        ['Pelarasan', `${f2(r2(total - it.total))} RM`], { b: ['JUMLAH', `${f2(total)} RM`] }, ['TUNAI', `${f2(cash)} RM`], ['BAKI', `${f2(r2(cash - total))} RM`], '-',
        { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-5pct-amount-due-card-date-glued-seconds', batch: 17, date: '2018-03-29', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The date glued to a time with seconds ("29/03/201815:02:33"), a member's 5% off the sub-total, "Amount Due".
      const it = priced([['GLUCOSAMINE 1500MG 60S', 1, 89.0], ['MULTIVITAMIN KIDS 30S', 1, 36.5], ['COTTON BUDS 200S', 2, 3.2]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), total = round5(net);
      return { total, lines: [
        { c: 'APOTEK KELUARGA' }, { c: 'KELUARGA HEALTHCARE SDN BHD (1105563-W)' }, { c: '2 JALAN MERDEKA, 93000 KUCHING, SARAWAK' }, { c: 'GST ID: 001105563770' }, '-',
        '29/03/201815:02:33  POS2  INV 221873', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Member Disc 5%', f2(-disc)], ['Rounding', f2(r2(total - net))], { b: ['Amount Due', f2(total)] },
        ['MASTERCARD', f2(total)], 'CARD ************3307', '-', { c: 'GST 6% INCLUDED' },
      ] };
    },
  },
  {
    id: 'hardware-metres-decimal-total-qty-cash-over-ten-times', batch: 17, date: '2018-03-30', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // Goods sold by the metre: a total quantity with decimals, a small total paid with a large note.
      const it = priced([['ROPE NYLON 8MM (M)', 3.5, 0.9], ['CHAIN 4MM (M)', 1.5, 2.4], ['HOOK S 2"', 2, 0.36]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN AH SENG' }, { c: '(Co. Reg. 000145220-V)' }, { c: '61 JALAN PASAR, 36000 TELUK INTAN' }, '-',
        'Date: 30/03/2018  Time: 17:40', '-',
        ...it.rows.flatMap((r) => [r.name, [`   ${r.qty} x ${f2(r.price)}`, f2(r.amount)]]), '-',
        ['Total Qty', String(it.qty)], ['Rounding', f2(r2(total - it.total))], { b: ['NETT TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'petrol-motorcycle-price-per-litre-above-total', batch: 17, date: '2018-03-31', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A motorcycle's small fill: the price per litre is larger than the total, the litres have three decimals.
      const total = 2, perLitre = 2.3, litres = Math.round((total / perLitre) * 1000) / 1000, cash = 10;
      return { total, lines: [
        { c: 'STESEN MINYAK KAMPUNG BARU' }, { c: 'KB PETROLEUM TRADING (KT0224417-M)' }, { c: 'JALAN RAJA MUDA MUSA, 50300 KUALA LUMPUR' }, '-',
        ['31/03/2018', '22:08'], 'PUMP 02  RON97', '-',
        ['Volume', `${litres.toFixed(3)} L`], ['Price', `RM ${f2(perLitre)}/L`], { b: ['TOTAL', `RM ${f2(total)}`] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 18
  {
    id: 'jb-restaurant-total-rm-then-sgd-equivalent-slash-iso-date', batch: 18, date: '2018-03-18', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Johor Bahru restaurant: the total in ringgit, then the same total in Singapore dollars at the day's rate, paid in ringgit.
      const it = priced([['ASAM PEDAS IKAN PARI', 1, 28.0], ['SOTONG GORENG TEPUNG', 1, 18.0], ['KANGKUNG BELACAN', 1, 10.0], ['AIR KELAPA', 3, 5.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), rate = 3.05, cash = 100;
      return { total, lines: [
        { c: 'RESTORAN SELAT TEBRAU' }, { c: 'SELAT TEBRAU F&B SDN BHD (1022871-A)' }, { c: '12 JALAN SKUDAI, 80200 JOHOR BAHRU' }, { c: 'GST ID: 001022871440' }, '-',
        'Date: 2018/03/18  Time: 19:40', 'Bill: 18-0318-052   Table: 11', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL RM', f2(total)] },
        [`SGD equiv. @ ${rate.toFixed(4)}`, `SGD ${f2(r2(total / rate))}`], ['CASH RM', f2(cash)], ['CHANGE RM', f2(r2(cash - total))], '-',
        { c: 'WE ACCEPT SGD AT THE COUNTER RATE' },
      ] };
    },
  },
  {
    id: 'hardware-delivery-order-grand-total-amount-in-words-dotted', batch: 18, date: '2018-03-18', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A hardware shop's delivery order that is also the cash sale: unit column, a trade discount, "Grand Total", the amount in words, no payment.
      const it = priced([['CEMENT 50KG (BAG)', 10, 17.5], ['SAND (LORRY)', 1, 180.0], ['BRC WIRE MESH A7', 4, 62.0], ['BINDING WIRE (ROLL)', 2, 9.8]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), gst = r2(net * 0.06), incl = r2(net + gst), total = round5(incl);
      return { total, lines: [
        { c: 'SYARIKAT BINAAN KUAT MAJU' }, { c: '(Co. Reg. 000771204-P)' }, { c: 'LOT 7, JALAN KAMUNTING, 34600 TAIPING, PERAK' }, { c: 'GST ID: 000771204118' }, '-',
        { c: 'DELIVERY ORDER / CASH SALE' }, ['D/O No: DO-18-0331', 'Date: 18.03.2018'], 'M/S: KONTRAKTOR LIM & SONS', 'Site: TMN ORKID, TAIPING', '-',
        ['Description', 'Qty UOM  U/Price', 'Amount'], '-',
        ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Less: Discount 5%', f2(-disc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Grand Total', f2c(total)] },
        'Amount in words:', ringgitInWords(total), '-',
        'Received the above goods in good order', 'and condition.', '', '________________     ________________', 'Issued by            Received by',
      ] };
    },
  },
  {
    id: 'cafe-amount-due-paid-balance-zero-dd-mon-yy', batch: 18, date: '2018-03-18', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // "Amount Due", then what was paid and "Balance 0.00": the balance is what is left to pay, not the change.
      const it = priced([['FLAT WHITE', 2, 10.5], ['BANANA BREAD', 1, 8.9], ['EGGS BENEDICT', 1, 24.0]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'THE ROASTING ROOM' }, { c: 'ROASTING ROOM CAFE SDN BHD (1177302-M)' }, { c: '8 JALAN TELAWI 3, BANGSAR, 59100 KL' }, '-',
        '18 Mar 18  14:05', 'Order #0412   Dine In', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['Amount Due', f2(total)] }, ['Paid (Card)', f2(total)], ['Balance', '0.00'], '-',
        'GST 6% included', { c: 'SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'restaurant-tax-invoice-cashier-table-svc-chg-total-incl-month-comma', batch: 18, date: '2018-03-18', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A tax invoice's header (invoice number, cashier, table) over a restaurant bill whose total is "Total Incl." and nothing more.
      const it = priced([['BAK KUT TEH (BIG)', 1, 38.0], ['YAM RICE', 3, 2.0], ['YOU TIAO', 2, 1.8], ['CHINESE TEA POT', 1, 6.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'KLANG HERBAL BAK KUT TEH' }, { c: 'HERBAL BKT RESTAURANT SDN BHD (1098876-X)' }, { c: '21 JALAN BATU TIGA LAMA, 41300 KLANG' }, { c: 'GST ID: 001098876552' }, { c: 'TAX INVOICE' }, '-',
        'Invoice No: INV-0318-0211', ['Cashier: SITI', 'Table: 15  Pax: 3'], 'MAR 18, 2018  8:12 PM', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl.', f2(total)] }, ['VISA', f2(total)], '-',
        { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'minimart-void-header-minus-one-qty-lines', batch: 18, date: '2018-03-19', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // Voided lines as the till prints them: "VOID" over a "-1 x" line with a negative amount.
      const it = priced([['MAGGI KARI 5S', 2, 5.9], ['MILO 3IN1 18S', 1, 14.5], ['DETERGENT 2KG', 1, 17.9], ['MINERAL WATER 1.5L', 6, 1.2]]);
      const voided = [['MAGGI KARI 5S', 5.9], ['MINERAL WATER 1.5L', 1.2]];
      const sub = r2(it.total - sum(voided.map(([, p]) => p))), total = round5(sub), cash = 50;
      return { total, lines: [
        { c: 'PASARAYA MESRA JAYA' }, { c: 'MESRA JAYA TRADING (002019334-W)' }, { c: '3 JALAN BESAR, 28400 MENTAKAB, PAHANG' }, { c: 'GST ID: 002019334087' }, '-',
        ['Date: 19-03-2018', '10:02'], 'Slip: 0002190441   Cashier: 05', '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]),
        ...voided.flatMap(([name, price]) => ['VOID', [`-1 x ${name}`, f2(-price)]]), '-',
        ['Items: 8   Voids: 2', ''], ['Sub Total', f2(sub)], ['Rounding', f2(r2(total - sub))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'GST @6% included in total', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'bookshop-double-height-total-mastercard', batch: 18, date: '2018-03-20', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The total in the till's double-height type, the card's figure under it in plain type.
      const it = priced([['NOVEL: THE RIVER HOUSE', 1, 39.9], ['BOOKMARK MAGNETIC', 2, 4.5], ['A5 NOTEBOOK DOTTED', 1, 12.9]]);
      const total = r2(it.total);
      return { total, lines: [
        { c: 'HALAMAN BOOKS' }, { c: 'HALAMAN BOOKSTORE SDN BHD (1203391-T)' }, { c: 'L2-08 IPOH PARADE, 30450 IPOH' }, { c: 'GST ID: 001203391662' }, '-',
        'Date : 20/03/2018   Time : 16:44', 'Rcpt: 2003-00871   POS: 02', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { h: ['TOTAL', `RM ${f2(total)}`] }, ['MASTERCARD', `RM ${f2(total)}`], 'CARD NO: ************5521', '-',
        ['GST 6% incl.', f2(r2((total * 6) / 106))], { c: 'HAPPY READING!' },
      ] };
    },
  },
  {
    id: 'bistro-event-deposit-paid-earlier-dated-balance-due-visa', batch: 18, date: '2018-03-20', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A private dinner: the deposit paid ten days earlier, its own date on its line, the balance due paid by card today.
      const it = priced([['SET DINNER (PER PAX)', 12, 68.0], ['CORKAGE (BOTTLE)', 3, 30.0], ['BIRTHDAY CAKE CUTTING', 1, 20.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), total = r2(it.total + svc + gst), deposit = 300, balance = r2(total - deposit);
      return { total, lines: [
        { c: 'LA TERRAZZA BISTRO' }, { c: 'TERRAZZA HOSPITALITY SDN BHD (1144209-V)' }, { c: '7 JALAN DUTA, 50480 KUALA LUMPUR' }, { c: 'GST ID: 001144209315' }, '-',
        'Event: Private Room B', ['Bill: EV-0320-07', 'Date: 20/03/2018'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Sub Total', f2c(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], { b: ['TOTAL', f2c(total)] },
        ['Deposit paid 10/03/2018', f2(-deposit)], { b: ['Balance Due', f2(balance)] }, ['VISA', f2(balance)], '-',
        { c: 'GRAZIE!' },
      ] };
    },
  },
  {
    id: 'clinic-time-before-dotted-full-year-date-total-amount-cash', batch: 18, date: '2018-03-21', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // The time printed before a dotted date, consultation and medication, "Total Amount" paid in cash.
      const it = priced([['CONSULTATION', 1, 35.0], ['AMOXICILLIN 500MG x15', 1, 18.0], ['PARACETAMOL 500MG x10', 1, 4.0], ['COUGH SYRUP 60ML', 1, 9.5]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'KLINIK KELUARGA SEHAT' }, { c: '(Reg. No: 0044-1127)' }, { c: '25 JALAN KENANGA, 75200 MELAKA' }, '-',
        { c: 'RECEIPT' }, '10:42  21.03.2018', 'Patient: NG** ** MEI', 'Receipt No: KS-018812', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Total Amount', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'petrol-shop-total-sales-inclusive-of-gst-summary-s-z-codes-yy', batch: 18, date: '2018-03-21', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // Fuel (zero-rated, "Z") and shop goods ("S") in one sale, "TOTAL SALES (INCLUSIVE OF GST)", a GST summary by code.
      const fuel = 40.0, shop = priced([['ENERGY DRINK 250ML', 2, 3.2], ['CAR AIR FRESHENER', 1, 9.9]]);
      const gst = r2((shop.total * 6) / 106), total = r2(fuel + shop.total), cash = 60;
      return { total, lines: [
        { c: 'STESEN MINYAK JALAN KUARI' }, { c: 'KUARI PETRO SERVICES (KT0337710-A)' }, { c: 'BATU 4, JALAN KUARI, 31400 IPOH' }, { c: 'GST ID: 002233771045' }, '-',
        '21/03/18 07:44   POS 1   TXN 04471', '-',
        ['PUMP 04 RON95 18.18L', `${f2(fuel)} Z`], ...shop.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), '-',
        { b: ['TOTAL SALES (INCLUSIVE OF GST)', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['Code', 'Amount     GST'], ['S 6%', `${f2(r2(shop.total - gst))}     ${f2(gst)}`], ['Z 0%', `${f2(fuel)}     0.00`], '-',
        { c: 'THANK YOU. DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'supermarket-till-then-card-slip-amount-and-total-rows', batch: 18, date: '2018-03-22', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A till receipt with its card slip printed under it: the slip's "AMOUNT" and "TOTAL" rows, its date in another form.
      const it = priced([['FRESH MILK 2L', 2, 12.5], ['CHICKEN BREAST 1KG', 1, 16.9], ['BROCCOLI 500G', 1, 5.6], ['JASMINE RICE 5KG', 1, 24.9], ['EGGS GRADE A 30S', 1, 14.8]]);
      const gst = r2((it.total * 6) / 106), total = it.total;
      return { total, lines: [
        { c: 'FRESHMART SUPERSTORE' }, { c: 'FRESHMART RETAIL SDN BHD (1066520-P)' }, { c: 'JALAN TUN RAZAK, 80000 JOHOR BAHRU' }, { c: 'GST ID: 001066520983' }, '-',
        ['22/03/2018 13:02', 'T03 #58811'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], ['GST 6% incl.', f2(gst)], '-', '',
        { c: 'MAYBANK' }, { c: 'CARDHOLDER COPY' }, 'TID: 30021877   MID: 000008812234', 'VISA CREDIT  ************9026', 'SALE',
        ['MAR 22, 18', '13:03:17'], 'BATCH NO: 000231   TRACE: 004512', 'APPR CODE: 771203',
        ['AMOUNT', `RM ${f2(total)}`], { b: ['TOTAL', `RM ${f2(total)}`] }, 'PIN VERIFIED', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 19
  {
    id: 'sg-shop-total-sgd-then-myr-paid-sgd-cash', batch: 19, date: '2018-03-23', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore shop near the checkpoint: the total in SGD, the same in ringgit at its rate, cash and change in SGD.
      const it = priced([['BIRDS NEST DRINK 6S', 1, 22.8], ['BAK KWA 500G', 1, 19.5], ['PINEAPPLE TART BOX', 1, 14.9]]);
      const total = it.total, rate = 3.03, cash = 60;
      return { total, lines: [
        { c: 'WOODLANDS TREATS PTE LTD' }, { c: 'GST Reg No: 201544871K' }, { c: '30 Woodlands Ave 2 #01-12' }, { c: 'Singapore 738343' }, '-',
        ['Date: 23/03/2018', 'Time: 16:20'], 'Receipt: W1-220871', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL SGD', f2(total)] }, ['TOTAL MYR', f2(r2(total * rate))], `(RATE ${rate.toFixed(4)})`, ['CASH SGD', f2(cash)], ['CHANGE SGD', f2(r2(cash - total))], '-',
        ['GST 7% incl.', f2(r2((total * 7) / 107))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kopitiam-double-size-total-cash-change', batch: 19, date: '2018-03-24', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The total in double-height and double-width type, the date with dashes and the time after it.
      const it = priced([['KAYA TOAST SET', 2, 4.6], ['HALF BOILED EGGS', 1, 2.2], ['KOPI O', 2, 1.6]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'KOPITIAM SIN HUAT' }, { c: '(002517730-U)' }, { c: '44 JALAN PETALING, 50000 KL' }, '-',
        '24-03-2018 08:15', 'Meja 6', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { hw: ['TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'laundry-iso-slash-date-amount-due-paid-ewallet-balance-zero', batch: 19, date: '2018-03-24', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // "Date: 2018/03/24", pieces and kilos, "Amount Due", paid by e-wallet, "Balance 0.00".
      const it = priced([['WASH & FOLD (KG)', 6.5, 4.0], ['SHIRT PRESS (PC)', 5, 3.5], ['BLANKET KING', 1, 18.0]]);
      const total = r2(it.total);
      return { total, lines: [
        { c: 'BERSIH LAUNDRY HOUSE' }, { c: 'BERSIH CLEANING SERVICES (SA0477812-K)' }, { c: '2 JALAN SETIA 3, 81200 JOHOR BAHRU' }, '-',
        'Date: 2018/03/24', 'Time: 11:30', 'Order No: BL-03871   Ready: 26/03', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}`, f2(r.amount)]), '-',
        { b: ['Amount Due', f2(total)] }, ['Paid (Touch n Go)', f2(total)], ['Balance', '0.00'], '-', { c: 'PLEASE COLLECT WITHIN 30 DAYS' },
      ] };
    },
  },
  {
    id: 'electrical-delivery-order-grand-total-less-deposit-words', batch: 19, date: '2018-03-25', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // An electrical shop's delivery order: "Grand Total" in figures and in words, the deposit taken at the order and the balance the driver collects.
      const it = priced([['AIR COND 1.5HP INVERTER', 2, 1688.0], ['INSTALLATION (UNIT)', 2, 150.0], ['COPPER PIPE (FT)', 20, 8.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst), deposit = 1000, balance = r2(total - deposit);
      return { total, lines: [
        { c: 'SINAR ELEKTRIK SDN BHD' }, { c: '(Co. Reg. 661902-D)' }, { c: '88 JALAN KAPAR, 41400 KLANG' }, { c: 'GST ID: 000661902337' }, '-',
        { c: 'DELIVERY ORDER' }, ['DO No: SE/DO/0325', 'Date: 25/03/2018'], 'Order Date: 17/03/2018', 'Deliver To: MR ROSLAN, BANDAR BOTANIC', '-',
        ...it.rows.flatMap((r) => [r.name, [`   ${r.qty} x ${f2c(r.price)}`, f2c(r.amount)]]), '-',
        ['Total Excl GST', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['Grand Total', f2c(total)] }, `Ringgit: ${ringgitInWords(total)}`,
        ['Less Deposit', f2c(-deposit)], { b: ['Balance Due', f2c(balance)] }, '-',
        'Balance to be paid upon delivery.', '', '________________', 'Customer Signature & Chop',
      ] };
    },
  },
  {
    id: 'restaurant-gst-zero-svc-chg-total-incl-dd-mon-yy-invoice-cashier', batch: 19, date: '2018-07-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The months of "GST 0%" (June to August 2018): a zero tax line, "Svc Chg", "Total Incl.", cash, under a tax invoice's header.
      const it = priced([['NASI KANDAR AYAM', 2, 11.5], ['IKAN BAKAR', 1, 22.0], ['SAYUR CAMPUR', 1, 7.0], ['SIRAP BANDUNG', 3, 3.2]]);
      const svc = r2(it.total * 0.1), incl = r2(it.total + svc), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN PELITA EMAS' }, { c: 'PELITA EMAS MAKANAN SDN BHD (1061287-H)' }, { c: '19 JALAN PENANG, 10000 GEORGE TOWN' }, { c: 'GST ID: 001061287490' }, { c: 'TAX INVOICE' }, '-',
        'Invoice No: PE-140718-0093', ['Cashier: AZMAN', 'Table: 21'], '14 Jul 18  19:55', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 0%', '0.00'], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl.', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'minimart-void-item-positive-then-month-comma-ampm-tng', batch: 19, date: '2018-03-26', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A voided item printed "VOID ITEM" with its price as sold, then taken off under a "VOID TOTAL"; "MAR 26, 2018 10:14 AM".
      const it = priced([['COCA COLA 1.5L', 2, 4.2], ['POTATO CHIPS 160G', 1, 6.5], ['INSTANT NOODLE CUP', 3, 2.6]]);
      const voided = 4.2, net = r2(it.total - voided), total = round5(net);
      return { total, lines: [
        { c: 'MYMART 24 JAM' }, { c: 'MYMART RETAIL (SA0528811-T)' }, { c: '5 JALAN MERDEKA, 84000 MUAR' }, { c: 'GST ID: 002052881190' }, '-',
        'MAR 26, 2018 10:14 AM', 'TRN 07-55120   OP 3', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), ['VOID ITEM COCA COLA 1.5L', f2(voided)], ['VOID TOTAL', f2(-voided)], '-',
        ['Rounding', f2(r2(total - net))], { b: ['TOTAL', f2(total)] }, ['TNG EWALLET', f2(total)], '-', 'GST 6% incl in total', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-time-with-seconds-before-date-debit-card', batch: 19, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The time with its seconds before the date, a debit card paying the total.
      const it = priced([['VITAMIN C 1000MG 30S', 1, 32.9], ['HAND SANITISER 500ML', 2, 12.5], ['PLASTER STRIPS 100S', 1, 8.9]]);
      const gst = r2((it.total * 6) / 106), total = it.total;
      return { total, lines: [
        { c: 'FARMASI CAHAYA' }, { c: 'CAHAYA PHARMACY SDN BHD (1188420-K)' }, { c: '3 JALAN DATO ONN, 83000 BATU PAHAT' }, { c: 'GST ID: 001188420063' }, '-',
        '15:32:10 27/03/2018', 'Inv: FC-270318-044   Staff: 02', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(total)], ['GST 6% (incl.)', f2(gst)], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'bakery-double-height-amount-due-cash-change-dd-mon-yy', batch: 19, date: '2018-03-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // "AMOUNT DUE" in double-height type above cash and change, the date "28 Mar 18" after a till number.
      const it = priced([['BUTTER CROISSANT', 4, 3.8], ['SOURDOUGH LOAF', 1, 14.5], ['EGG TART', 6, 2.2]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'ROTI RUMAH BAKERY' }, { c: 'RUMAH ROTI SDN BHD (1233071-V)' }, { c: '10 JALAN GASING, 46000 PETALING JAYA' }, { c: 'GST ID: 001233071228' }, '-',
        'Till 2   28 Mar 18   09:12', 'Rcpt 0328-0118', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { h: ['AMOUNT DUE', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'Prices include GST 6%', { c: 'FRESH EVERY MORNING' },
      ] };
    },
  },
  {
    id: 'restaurant-till-then-slip-base-tip-total-blank', batch: 19, date: '2018-03-29', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // The card slip under the till receipt asks for a tip: "BASE" printed, "TIP" and "TOTAL" left blank for the diner.
      const it = priced([['WAGYU BURGER', 2, 38.0], ['TRUFFLE FRIES', 1, 18.0], ['CAESAR SALAD', 1, 22.0], ['ICED LEMON TEA', 2, 7.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'GRILL & CO.' }, { c: 'GRILL AND CO SDN BHD (1099342-U)' }, { c: 'G-3 PUBLIKA, 50480 KUALA LUMPUR' }, { c: 'GST ID: 001099342771' }, '-',
        ['Table 14', '29/03/2018 21:38'], 'Check 8821   Server: JO', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], { b: ['TOTAL', f2(total)] }, ['AMEX', f2(total)], '-', '',
        { c: 'CIMB BANK' }, { c: 'MERCHANT COPY' }, 'TID: 71100345', 'AMEX ***********1007', 'SALE', 'DATE: 29/03/18   TIME: 21:40',
        ['BASE', `RM ${f2(total)}`], ['TIP', '__________'], ['TOTAL', '__________'], '', 'SIGN: ____________________',
      ] };
    },
  },
  {
    id: 'cash-bill-tendered-balance-is-change-dotted-date', batch: 19, date: '2018-03-30', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // "Tendered" and then "Balance" for the change, under "Total Incl. GST", the date with dots.
      const it = priced([['CAT FOOD 1.5KG', 2, 24.9], ['CAT LITTER 10L', 1, 19.9], ['PET SHAMPOO', 1, 15.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'HAPPY PAWS PET SHOP' }, { c: 'HAPPY PAWS ENTERPRISE (JM0612233-X)' }, { c: '6 JALAN TEBRAU, 80250 JOHOR BAHRU' }, { c: 'GST ID: 002061223301' }, '-',
        { c: 'CASH BILL' }, ['No: 004417', 'Date: 30.03.2018'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Excl. GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl. GST', f2(total)] },
        ['Tendered', f2(cash)], ['Balance', f2(r2(cash - total))], '-', { c: 'THANK YOU, WOOF!' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 20
  {
    id: 'sg-hawker-weekday-day-month-name-ampm-paynow-ref-digits', batch: 20, date: '2018-03-25', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore hawker stall's slip, "$" before every figure, paid by PayNow with a reference whose digits hold the date and time.
      const it = priced([['CHICKEN RICE (L)', 2, 4.5], ['ROAST PORK RICE', 1, 5.0], ['BARLEY (COLD)', 3, 1.6]]);
      const total = it.total;
      return { total, lines: [
        { c: 'AH HENG CHICKEN RICE' }, { c: 'Stall #02-117 Maxwell Food Centre' }, { c: '1 Kadayanallur St, Singapore 069184' }, '-',
        'Sun 25 Mar 2018 12:41 PM', 'Order 0417   Counter 1', '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, `$${f2(r.amount)}`]), '-',
        { b: ['Total', `$${f2(total)}`] }, ['PayNow', `$${f2(total)}`], 'Txn Ref: 20180325124155881', '-', { c: 'Thank you! Come again' },
      ] };
    },
  },
  {
    id: 'supermarket-debit-card-with-cash-out-above-total-loyalty-iso', batch: 20, date: '2018-03-26', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A debit card paying the total and cash taken out at the till ("CASH OUT"): the card's figure is the two together.
      const it = priced([['FULL CREAM MILK 1L', 2, 6.85], ['WHOLEMEAL BREAD', 1, 4.2], ['EGGS GRADE A 30S', 1, 13.9], ['JASMINE RICE 5KG', 1, 19.9],
        ['COOKING OIL 2KG', 1, 11.5], ['CHICKEN BREAST 1KG', 1, 14.6], ['CARROT 500G', 1, 2.5], ['YOGURT 4X130G', 1, 7.2], ['DISHWASH 900ML', 1, 5.4],
        ['TOILET ROLL 10S', 1, 13.5], ['INSTANT COFFEE 3IN1', 1, 12.9], ['TOMATO SAUCE 500G', 1, 4.3]]);
      const total = round5(it.total), cashOut = 50, card = r2(total + cashOut);
      return { total, lines: [
        { c: 'FRESHMART SUPERSTORE' }, { c: 'FRESHMART RETAIL SDN BHD (1002871-W)' }, { c: 'LOT 5, JALAN KEMAJUAN, 43650 BANDAR BARU BANGI' }, { c: 'GST ID: 001002871552' }, '-',
        ['2018-03-26 19:02', 'POS 05  TRN 22871'], '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, f2(r.amount)]), '-',
        ['ITEMS', String(it.qty)], ['SUB TOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['CASH OUT', f2(cashOut)], ['DEBIT CARD', f2(card)], 'CARD NO: ************5521', '-',
        { c: 'FRESHREWARDS' }, 'MEMBER: 7012 **** 0093', ['POINTS EARNED', String(Math.floor(total))], ['POINTS BALANCE', '3,208'], '-',
        'GST 6% INCLUDED', { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'restaurant-pax-corkage-svc10-service-tax6-grand-total-rm-per-pax', batch: 20, date: '2018-09-26', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Chinese restaurant after September 2018: service tax 6% on the food and the service charge, corkage, "Pax", and the bill per head under the total.
      const it = priced([['STEAMED GROUPER (KG)', 1.2, 88.0], ['CRISPY ROAST DUCK (H)', 1, 48.0], ['STIR FRY KAILAN', 1, 18.0], ['YANGZHOU FRIED RICE', 1, 22.0], ['CHINESE TEA (PAX)', 4, 2.0]]);
      const corkage = 2 * 30, sub = r2(it.total + corkage), svc = r2(sub * 0.1), tax = r2((sub + svc) * 0.06), incl = r2(sub + svc + tax), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN JADE PALACE' }, { c: 'JADE PALACE F&B SDN BHD (1077231-A)' }, { c: '12 JALAN MEDAN, 41200 KLANG' }, { c: 'SST ID: B16-1809-31000412' }, '-',
        ['Table: B7', 'Pax: 4'], ['Bill No: 0926-0088', '26.09.18 20:41'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}`, f2(r.amount)]), ['CORKAGE (2 BTL)', f2(corkage)], '-',
        ['Sub Total', f2(sub)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(tax)], ['Rounding', f2(r2(total - incl))], { b: ['Grand Total (RM)', f2(total)] },
        ['Per Pax', f2(r2(total / 4))], ['VISA', f2(total)], '-', { c: 'THANK YOU, PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'cinema-sales-date-then-later-show-date-booking-fee-mastercard', batch: 20, date: '2018-03-26', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A cinema's counter receipt: the sale's date, then a later show date and time, tickets and a booking fee, paid by card.
      const tickets = 2, price = 15, fee = 1;
      const total = r2(tickets * (price + fee));
      return { total, lines: [
        { c: 'STARLIGHT CINEMAS' }, { c: 'STARLIGHT ENTERTAINMENT SDN BHD (987120-T)' }, { c: 'LEVEL 4, MID PLAZA, 47800 PETALING JAYA' }, '-',
        'Sales Date: 26-03-2018 19:45', 'Trans No: SC-88104   Counter 3', '-',
        'PACIFIC RIM: UPRISING (P13)', 'Show: 28-03-2018 21:30   Hall 5', 'Seats: F11, F12', '-',
        [`ADULT x ${tickets} @ ${f2(price)}`, f2(tickets * price)], [`BOOKING FEE x ${tickets}`, f2(tickets * fee)], '-',
        { b: ['Total Amount', `RM ${f2(total)}`] }, ['MASTERCARD', `RM ${f2(total)}`], 'APPR CODE: 004471', '-', { c: 'NO REFUND OR EXCHANGE' },
      ] };
    },
  },
  {
    id: 'pharmacy-points-redeemed-part-payment-cash-change-single-digit-month-pm', batch: 20, date: '2018-03-26', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // Points redeemed pay a part of the total, cash the rest: cash less change is short of the total by the points.
      const it = priced([['MULTIVITAMIN 60S', 1, 39.9], ['COUGH SYRUP 120ML', 1, 14.5], ['COTTON PADS 80S', 2, 4.9]]);
      const total = round5(it.total), points = 5, cash = 60, change = r2(cash - (total - points));
      return { total, lines: [
        { c: 'SIHAT PHARMACY' }, { c: 'SIHAT HEALTHCARE SDN BHD (1140032-M)' }, { c: '7 JALAN BESTARI, 81300 SKUDAI' }, { c: 'GST ID: 001140032118' }, '-',
        '26/3/2018 3:05PM   Inv SH-0326-0271', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['POINTS REDEEMED (500)', f2(points)], ['CASH', f2(cash)], ['CHANGE', f2(change)], '-',
        ['POINTS BALANCE', '1,130'], 'GST 6% INCLUSIVE', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'hotel-official-receipt-arrival-departure-tourism-tax-amount-received', batch: 20, date: '2018-03-27', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A hotel's official receipt at check-out: the arrival date printed first, room nights, service charge, GST, tourism tax, "Amount Received".
      const nights = 3, rate = 180, rooms = nights * rate, svc = r2(rooms * 0.1), gst = r2((rooms + svc) * 0.06), tourism = nights * 10, total = r2(rooms + svc + gst + tourism);
      return { total, lines: [
        { c: 'HOTEL SERI PANTAI' }, { c: 'SERI PANTAI RESORTS SDN BHD (332190-X)' }, { c: 'JALAN PANTAI CENANG, 07000 LANGKAWI' }, { c: 'GST ID: 000332190004' }, '-',
        { c: 'OFFICIAL RECEIPT' }, 'Guest: MR TAN KOK WAI   Room: 1203', 'Arrival: 24/03/2018   Departure: 27/03/2018', ['Receipt No: OR-18-00931', 'Date: 27/03/2018'], '-',
        [`Room Charge ${nights} x ${f2(rate)}`, f2(rooms)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], [`Tourism Tax ${nights} x 10.00`, f2(tourism)], '-',
        { b: ['Total', f2(total)] }, ['Amount Received (VISA)', f2(total)], ['Balance', '0.00'], '-', { c: 'THANK YOU FOR STAYING WITH US' },
      ] };
    },
  },
  {
    id: 'food-delivery-order-slip-delivery-fee-promo-total-paid-grabpay', batch: 20, date: '2018-03-26', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A delivery order's slip printed at the restaurant: delivery fee, a promo code taken off, "Total Paid" by e-wallet, the date with the month's name and "pm".
      const it = priced([['BUTTER CHICKEN SET', 2, 15.9], ['GARLIC NAAN', 2, 3.5], ['MANGO LASSI', 1, 6.9]]);
      const fee = 5, promo = 3, total = r2(it.total + fee - promo);
      return { total, lines: [
        { c: 'SPICE ROUTE KITCHEN' }, { c: 'SPICE ROUTE F&B (SA0599102-D)' }, { c: '21 JALAN SS2/64, 47300 PETALING JAYA' }, '-',
        { c: 'DELIVERY ORDER #GF-2841' }, 'Placed: 26 Mar 2018, 6:05 pm', 'Deliver by: 6:45 pm', '-',
        ...it.rows.map((r) => [`${r.qty}x ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Delivery Fee', f2(fee)], ['Promo (JOM3)', `-${f2(promo)}`], { b: ['Total Paid', `RM${f2(total)}`] }, ['Paid with GrabPay', ''], '-', { c: 'ENJOY YOUR MEAL' },
      ] };
    },
  },
  {
    id: 'department-gift-card-plus-visa-split-compact-date-ddmonyy', batch: 20, date: '2018-03-26', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A gift card paying part, a card the rest; the date printed with no separators ("26MAR18").
      const it = priced([['LADIES BLOUSE', 1, 89.9], ['DENIM JEANS', 1, 109.0], ['SOCKS 3PR', 1, 17.0]]);
      const total = it.total, gift = 100, visa = r2(total - gift);
      return { total, lines: [
        { c: 'METRO DEPARTMENT STORE' }, { c: 'METRO RETAIL BHD (201884-V)' }, { c: 'MID VALLEY, 59200 KUALA LUMPUR' }, { c: 'GST ID: 000201884617' }, '-',
        '26MAR18 16:22  ST0112 REG04 #4471', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['GIFT CARD ****4471', f2(gift)], ['VISA ****2210', f2(visa)], ['GIFT CARD BAL', '0.00'], '-',
        'GST 6% INCLUDED', { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'convenience-bill-payment-service-fee-due-date-later-iso-seconds', batch: 20, date: '2018-03-26', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A utility bill paid at a convenience store's counter: the bill's amount, a service fee, the bill's due date (a later date).
      const bill = 120.35, fee = 1, total = r2(bill + fee), cash = 150;
      return { total, lines: [
        { c: 'SENANG MART' }, { c: 'SENANG MART ENTERPRISE (002117883-P)' }, { c: '9 JALAN KENANGA, 75200 MELAKA' }, '-',
        '2018-03-26 14:05:33   POS 1', { c: 'BILL PAYMENT RECEIPT' }, 'Biller: TNB ELECTRICITY', 'Account No: 220012345678', 'Bill Due Date: 10/04/2018', '-',
        ['Bill Amount', f2(bill)], ['Service Fee', f2(fee)], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'Ref: 8800321904471', { c: 'KEEP THIS RECEIPT AS PROOF OF PAYMENT' },
      ] };
    },
  },
  {
    id: 'kopitiam-total-item-count-in-label-shopeepay-yy-12h', batch: 20, date: '2018-03-26', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // The item count inside the total's label ("TOTAL (7 ITEMS)"), paid by ShopeePay, "26/03/18 1:12 PM".
      const it = priced([['NASI LEMAK BIASA', 2, 3.5], ['MEE HAILAM', 1, 7.5], ['TEH O AIS', 2, 1.8], ['KOPI C', 2, 1.9]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KEDAI KOPI HOCK SENG' }, { c: '(001883341-W)' }, { c: '5 JALAN BANDAR, 30000 IPOH' }, '-',
        ['Tbl 12', '26/03/18 1:12 PM'], '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: [`TOTAL (${it.qty} ITEMS)`, f2(total)] }, ['SHOPEEPAY', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 21
  {
    id: 'minimart-date-weekday-in-parens-at-foot-total-amount-incl-gst', batch: 21, date: '2018-03-06', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A chain store's receipt with no date at its head: "06/03/2018 (TUE) 14:05:33" and the store's numbers at its foot.
      const it = priced([['MINERAL WATER 1.5L', 2, 1.9], ['CHOC BAR 45G', 1, 2.8], ['NEWSPAPER', 1, 1.5]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: '24SEVEN CONVENIENCE' }, { c: 'SEVEN DAYS STORES SDN BHD (183722-H)' }, { c: 'GST ID: 000183722309' }, '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Item', String(it.qty)], ['Rounding', f2(r2(total - it.total))], { b: ['Total Amount (Incl. GST)', `RM ${f2(total)}`] },
        ['Cash Tendered', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount  Tax'], ['SR 6%', `${f2(r2(it.total - gst))}  ${f2(gst)}`], '-',
        '06/03/2018 (TUE) 14:05:33', 'STR 1021  POS 2  TRN 55120  STAFF 88', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'supermarket-weighted-produce-multibuy-promo-you-saved-long-english-date', batch: 21, date: '2018-03-26', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // Weighed produce ("0.482 kg @ 5.90/kg"), "2 FOR" promotions taken off under their items, "YOU SAVED", the date in words ("Monday, March 26, 2018").
      const kg = [['BANANA', 0.482, 5.9], ['TOMATO', 0.655, 6.8], ['GINGER', 0.21, 12.0], ['BROCCOLI', 0.38, 14.9]].map(([n, w, p]) => ({ n, w, p, a: r2(w * p) }));
      const it = priced([['GREEK YOGURT 500G', 2, 11.9], ['ORANGE JUICE 1L', 2, 8.5], ['PASTA 500G', 1, 5.6], ['PARMESAN 100G', 1, 15.9], ['OLIVE OIL 500ML', 1, 24.9], ['PAPER TOWEL 2S', 1, 7.9]]);
      const promo = [2 * 11.9 - 20, 2 * 8.5 - 15].map(r2), gross = r2(it.total + sum(kg.map((k) => k.a))), net = r2(gross - sum(promo)), total = round5(net), cash = 200;
      return { total, lines: [
        { c: 'GREENLEAF GROCER' }, { c: 'GREENLEAF MARKETS SDN BHD (1150387-K)' }, { c: 'BANGSAR SHOPPING CENTRE, 59100 KUALA LUMPUR' }, { c: 'GST ID: 001150387260' }, '-',
        'Monday, March 26, 2018   7:48 PM', 'Lane 3   Receipt 1883-0412', '-',
        ...kg.flatMap((k) => [k.n, [`  ${k.w.toFixed(3)} kg @ ${f2(k.p)}/kg`, f2(k.a)]]),
        it.rows[0].name, [`  ${it.rows[0].qty} @ ${f2(it.rows[0].price)}`, f2(it.rows[0].amount)], ['  PROMO 2 FOR 20.00', `-${f2(promo[0])}`],
        it.rows[1].name, [`  ${it.rows[1].qty} @ ${f2(it.rows[1].price)}`, f2(it.rows[1].amount)], ['  PROMO 2 FOR 15.00', `-${f2(promo[1])}`],
        ...it.rows.slice(2).map((r) => [r.name, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(net)], ['ROUNDING', f2(r2(total - net))], { b: ['TOTAL DUE', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['YOU SAVED', f2(sum(promo))], 'GREENCARD 6011 **** 2290', ['POINTS THIS VISIT', String(Math.floor(total))], '-', { c: 'PRICES INCLUDE GST 6%' },
      ] };
    },
  },
  {
    id: 'sg-restaurant-s-dollar-svc-gst7-nets-iso-date-12h', batch: 21, date: '2018-03-26', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // Every figure after "S$", the date in ISO order with a 12-hour time, service charge and GST 7%, paid by NETS.
      const it = priced([['Laksa', 2, 9.8], ['Hainanese Chicken Rice', 1, 8.5], ['Satay (10 sticks)', 1, 12.0], ['Lime Juice', 3, 3.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'Straits Kitchen Pte Ltd' }, { c: 'GST Reg No: M2-0088123-4' }, { c: '8 Raffles Ave #01-05, Singapore 039802' }, '-',
        'Date: 2018-03-26  08:45 PM', 'Table 9   Pax 3   Server Mei', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `S$ ${f2(r.amount)}`]), '-',
        ['Subtotal', `S$ ${f2(it.total)}`], ['10% Svc Chg', `S$ ${f2(svc)}`], ['7% GST', `S$ ${f2(gst)}`], { b: ['Total', `S$ ${f2(total)}`] }, ['NETS', `S$ ${f2(total)}`], '-',
        { c: 'Thank you for dining with us' },
      ] };
    },
  },
  {
    id: 'hardware-round-off-negative-total-payable-dotted-yy', batch: 21, date: '2018-03-26', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // "Round Off" with a minus sign under GST, "Total Payable", cash and change; "26.03.18".
      const it = priced([['CEMENT 50KG', 2, 19.5], ['SAND (BAG)', 4, 6.5], ['TROWEL 8"', 1, 14.9], ['WIRE BRUSH', 2, 5.9], ['GLOVES (PAIR)', 3, 4.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = Math.floor(incl * 20) / 20, cash = 200;
      return { total: r2(total), lines: [
        { c: 'KEDAI BESI HUP LEE' }, { c: 'HUP LEE HARDWARE SDN BHD (402871-U)' }, { c: '22 JALAN PASAR, 70200 SEREMBAN' }, { c: 'GST ID: 000402871335' }, '-',
        ['CASH SALE  CS-30871', '26.03.18 10:12'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Round Off', f2(r2(total - incl))], { b: ['Total Payable', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'hotel-cafe-charge-to-room-svc-gst-dashed-date-signature', batch: 21, date: '2018-03-26', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A hotel café's bill charged to the guest's room: no cash, no card, "Charge to Room" and a signature line.
      const it = priced([['CLUB SANDWICH', 1, 32.0], ['MUSHROOM SOUP', 1, 18.0], ['CAPPUCCINO', 2, 14.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'THE LOBBY CAFE' }, { c: 'GRAND RIVERSIDE HOTEL SDN BHD (550871-K)' }, { c: '1 JALAN SUNGAI, 93100 KUCHING' }, { c: 'GST ID: 000550871920' }, '-',
        'Check #5512   Table 4   Guests 2', '26-03-2018 21:10', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], { b: ['Total', f2(total)] }, ['Charge to Room 1203', f2(total)], '-',
        'Guest Name: ________________', 'Signature: ________________', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'express-bus-ticket-departure-date-before-issue-date-terminal-fee', batch: 21, date: '2018-03-26', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A bus ticket: the trip's later departure date printed above the date it was issued, fares and a terminal fee, cash.
      const pax = 2, fare = 35, fee = 1.5, total = r2(pax * (fare + fee)), cash = 100;
      return { total, lines: [
        { c: 'EXPRESS SINAR UTARA' }, { c: 'SINAR UTARA TRANSPORT SDN BHD (221874-P)' }, { c: 'TBS, JALAN TASIK SELATAN, 57000 KL' }, '-',
        'KL (TBS) -> BUTTERWORTH', 'Departure: 30/03/2018 08:00   Coach 12', 'Seats: 14A, 14B', '-',
        [`ADULT FARE x ${pax}`, f2(pax * fare)], [`TERMINAL FEE x ${pax}`, f2(pax * fee)], { b: ['TOTAL RM', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        'Issued: 26/03/2018 10:15   Counter 7', 'Ticket No: SU-0326-11872', { c: 'PLEASE BE AT THE PLATFORM 30 MIN EARLY' },
      ] };
    },
  },
  {
    id: 'bakery-coupon-after-total-amount-payable-boost', batch: 21, date: '2018-03-26', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A coupon taken off under "TOTAL", "AMOUNT PAYABLE" after it, paid by Boost.
      const it = priced([['PANDAN CHIFFON', 1, 18.9], ['CHICKEN FLOSS BUN', 4, 3.2], ['CHEESE TART', 3, 3.5]]);
      const coupon = 5, total = r2(it.total - coupon);
      return { total, lines: [
        { c: 'GOLDEN OVEN BAKERY' }, { c: 'GOLDEN OVEN SDN BHD (1201844-T)' }, { c: '3 JALAN TUN SAMBANTHAN, 50470 KL' }, '-',
        'Date 26/03/2018  Time 17:32', 'Rcpt GO-0326-0199', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['COUPON RM5 OFF', `-${f2(coupon)}`], { b: ['AMOUNT PAYABLE', f2(total)] }, ['BOOST', f2(total)], '-', { c: 'PRICES INCLUDE GST' },
      ] };
    },
  },
  {
    id: 'durian-stall-hand-filled-kg-slanted-jumlah-short-date', batch: 21, date: '2018-03-26', style: { font: 'slanted', size: 13 }, degrade: 'photo',
    build() {
      // A fruit stall's hand-filled bill: weights in kilos times a price per kilo, "Jumlah", the date "26/3/18".
      const kg = [['Musang King', 2.4, 48.0], ['D24', 1.8, 28.0]].map(([n, w, p]) => ({ n, w, p, a: r2(w * p) }));
      const total = sum(kg.map((k) => k.a));
      return { total, lines: [
        { c: 'GERAI DURIAN PAK LONG' }, { c: 'No. 4, Jalan SS2/24, Petaling Jaya' }, '-',
        ['No. 0871', 'Tarikh: 26/3/18'], '-',
        ...kg.map((k) => [`${k.n} ${k.w.toFixed(1)}kg x ${f2(k.p)}`, f2(k.a)]), '-',
        { b: ['Jumlah RM', f2(total)] }, '-', 'Terima kasih',
      ] };
    },
  },
  {
    id: 'bookshop-student-discount-card-date-12h-seconds', batch: 21, date: '2018-03-09', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A student's 10% discount on the subtotal, a credit card, the time with seconds in the 12-hour clock.
      const it = priced([['CAMPBELL BIOLOGY 11E', 1, 189.9], ['SCIENTIFIC CALCULATOR', 1, 79.0], ['EXAM PAD A4', 3, 4.5]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc);
      return { total, lines: [
        { c: 'ILMU BOOKS' }, { c: 'ILMU BOOKSTORE SDN BHD (708812-W)' }, { c: 'JALAN UNIVERSITI, 46200 PETALING JAYA' }, { c: 'GST ID: 000708812455' }, '-',
        '09/03/2018 02:05:33 PM', 'Inv No: IB-88210   Cashier: NURUL', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Student Disc 10%', `-${f2(disc)}`], { b: ['Total', f2(total)] }, ['CREDIT CARD', f2(total)], '-',
        'GST 6% included in total', { c: 'HAPPY READING' },
      ] };
    },
  },
  {
    id: 'noodle-shop-takeaway-packaging-fee-net-amt-mae-qr-date-weekday-after', batch: 21, date: '2018-03-26', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A takeaway's packaging fee per box, "NET AMT", paid by a bank's QR ("MAE QR"), "26 Mar 2018 (Mon)".
      const it = priced([['WANTAN MEE (B)', 2, 7.5], ['CHAR SIEW (EXTRA)', 1, 5.0]]);
      const pack = r2(0.5 * 3), total = r2(it.total + pack);
      return { total, lines: [
        { c: 'RESTORAN MEE WAN KEE' }, { c: '(JM0553812-D)' }, { c: '18 JALAN WONG AH FOOK, 80000 JOHOR BAHRU' }, '-',
        '26 Mar 2018 (Mon)  12:31', 'TAKEAWAY  #T-055', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['PACKAGING x3', f2(pack)], '-',
        ['TOTAL QTY', String(it.qty)], { b: ['NET AMT', f2(total)] }, ['MAE QR', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 22
  {
    id: 'tyre-shop-tax-invoice-plate-mileage-terms-due-date-later-nett-total', batch: 22, date: '2018-03-27', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A tyre shop's tax invoice on credit terms: the car's plate and mileage, the invoice date, then a due date 30 days on; no payment.
      const it = priced([['TYRE 205/55R16 91V', 4, 245.0], ['WHEEL ALIGNMENT', 1, 40.0], ['BALANCING (PER WHEEL)', 4, 8.0], ['TYRE VALVE', 4, 3.5]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'TAYAR JAYA AUTO SERVICE' }, { c: 'TAYAR JAYA ENTERPRISE (JM0728114-A)' }, { c: 'LOT 7, JALAN KEMPAS LAMA, 81200 JOHOR BAHRU' }, { c: 'GST ID: 000728114592' }, { c: 'TAX INVOICE' }, '-',
        ['Invoice No: TJ-18-03312', 'Date: 27/03/2018'], ['Vehicle No: JKT 8812', 'Mileage: 45,210 KM'], ['Terms: 30 DAYS', 'Due Date: 26/04/2018'], 'Customer: SYARIKAT LOGISTIK MAJU', '-',
        ['Description', 'Qty', 'Amount'], '-',
        ...it.rows.map((r) => [r.name, String(r.qty), f2c(r.amount)]), '-',
        ['Sub Total', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['NETT TOTAL', f2c(total)] }, '-',
        'Goods received in good condition', 'Authorised Signature: ____________',
      ] };
    },
  },
  {
    id: 'restaurant-opened-closed-times-total-label-wrapped-over-two-lines', batch: 22, date: '2018-03-27', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // The bill's opening and closing times each with the date, and the total's label wrapped: "Total Amount Payable" over "(Inclusive of GST)  RM 123.45".
      const it = priced([['Nasi Lemak Rendang', 2, 16.9], ['Char Kuey Teow', 1, 13.5], ['Teh Tarik', 3, 3.8], ['Cendol', 2, 6.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN SERI MELAYU' }, { c: 'SERI MELAYU FOOD SDN BHD (884712-V)' }, { c: '12 JALAN RAJA CHULAN, 50200 KL' }, { c: 'GST Reg: 000884712044' }, '-',
        ['Bill No: B0327-0088', 'Table: 14'], ['Opened: 27/03/2018 19:45', 'Pax: 4'], ['Closed: 27/03/2018 21:10', 'Server: AZMI'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))],
        { b: ['Total Amount Payable', ''] }, { b: ['(Inclusive of GST)', `RM ${f2(total)}`] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'hardware-long-list-total-qty-trailing-minus-discounts-gst-summary-sr-zr', batch: 22, date: '2018-03-28', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // A hardware shop's long item list with discounts printed with a trailing minus ("2.00-"), "Total Qty", a GST summary with SR and ZR rows.
      const it = priced([['BOLT M8X50 ZINC', 20, 0.35], ['NUT M8 ZINC', 20, 0.1], ['WASHER M8', 40, 0.05], ['ANGLE BAR 1"X1" 20FT', 2, 28.5], ['CUTTING DISC 4"', 10, 1.8],
        ['GRINDING DISC 4"', 5, 2.6], ['WELDING ROD 2.6MM 1KG', 2, 14.5], ['SPRAY PAINT BLACK', 3, 7.9], ['PAINT BRUSH 2"', 2, 3.5], ['THINNER 1L', 1, 9.8],
        ['SAND PAPER #120', 10, 0.9], ['MEASURING TAPE 5M', 1, 12.9], ['HACKSAW BLADE', 4, 2.2], ['RIVET 1/8"', 100, 0.04], ['CABLE TIE 8" (100S)', 1, 6.5],
        ['PVC GLUE 100G', 1, 5.5], ['GARDEN HOSE 15M', 1, 29.9], ['HOSE CLIP', 4, 0.8]]);
      const disc = [['ANGLE BAR DISC', 2.0], ['HOSE DISC', 3.0]], totalDisc = sum(disc.map((d) => d[1]));
      // Cooking gas is zero-rated: one ZR line after the standard-rated ones.
      const zr = 26.0, srNet = r2(it.total - totalDisc), gst = r2(srNet * 0.06), incl = r2(srNet + gst + zr), total = round5(incl), cash = 350;
      return { total, lines: [
        { c: 'KEDAI PERKAKAS SENG HUAT' }, { c: 'SENG HUAT HARDWARE SDN BHD (301562-T)' }, { c: 'NO 5 JALAN BESAR, 34000 TAIPING, PERAK' }, { c: 'GST ID: 000301562881' }, { c: 'TAX INVOICE' }, '-',
        ['CS No: 10028871', '28/03/2018 09:12'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} ${f2(r.amount)} SR`]), ['LPG GAS 14KG REFILL', `1 ${f2(zr)} ZR`],
        ...disc.map(([n, v]) => [n, `${f2(v)}- SR`]), '-',
        ['Total Qty :', String(it.qty + 1)], ['Total Disc :', `${f2(totalDisc)}-`], ['Total Excl. GST :', f2(r2(srNet + zr))], ['GST 6% :', f2(gst)], ['Rounding :', f2(r2(total - incl))],
        { b: ['Total Incl. GST :', f2(total)] }, ['Cash :', f2(cash)], ['Change :', f2(r2(cash - total))], '-',
        'GST Summary    Amount(RM)   Tax(RM)', ['SR 6%', `${f2(srNet)}   ${f2(gst)}`], ['ZR 0%', `${f2(zr)}   0.00`], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  {
    id: 'minimart-no-total-label-cash-and-change-only', batch: 22, date: '2018-03-28', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A small shop's till prints the items, then only "CASH" and "CHANGE": the total is the items' sum, printed nowhere.
      const it = priced([['MILO 3IN1 15S', 1, 14.5], ['ROTI GARDENIA', 2, 3.8], ['TELUR GRED A 10S', 1, 5.2]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'KEDAI RUNCIT AH SENG' }, { c: '(002871553-M)' }, { c: '8 JALAN PASAR BARU, 30200 IPOH' }, '-',
        '28/03/2018 07:55   #0042', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-supermarket-faded-gst-inclusive-time-dots-pm-flashpay', batch: 22, date: '2018-03-28', style: { font: 'condensed', size: 11, faded: true }, degrade: 'photo',
    build() {
      // A faded Singapore supermarket slip: "28/03/18 8.15pm" (the time with a point), prices inclusive of GST 7%, "GST Incl." under the total, FlashPay.
      const it = priced([['FRESH MILK 2L', 1, 6.45], ['EGGS 10S', 1, 3.2], ['WHOLEMEAL BREAD', 1, 2.75], ['APPLES 4S', 2, 3.95], ['DETERGENT 3KG', 1, 14.9]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'VALUE FRESH MART' }, { c: 'VALUE FRESH PTE LTD' }, { c: 'GST Reg No: 201234567M' }, { c: 'Blk 221 Toa Payoh Lor 8 #01-12 S310221' }, '-',
        ['28/03/18 8.15pm', 'Till 03'], 'Receipt 0003-118245', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', `$${f2(total)}`] }, ['FLASHPAY', `$${f2(total)}`], ['CARD BAL', '$23.40'], ['GST Incl. 7%', `$${f2(gst)}`], '-', { c: 'THANK YOU. SEE YOU AGAIN!' },
      ] };
    },
  },
  {
    id: 'petrol-reprint-print-date-next-day-above-trans-date', batch: 22, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A petrol receipt reprinted the next morning: "Print Date" (the reprint's) at the top, "Trans Date" (the sale's) below; pump, litres and RM/L.
      const litres = 23.45, rate = 2.2, fuel = r2(litres * rate), it = priced([['MINERAL WATER 500ML', 2, 1.2]]);
      const gross = r2(fuel + it.total), total = round5(gross);
      return { total, lines: [
        { c: 'PETRON JALAN KLANG LAMA' }, { c: 'STESEN MINYAK KLANG LAMA SDN BHD (551287-X)' }, { c: 'BATU 4, JALAN KLANG LAMA, 58000 KL' }, { c: 'GST No: 000551287306' }, '-',
        { c: '** REPRINT **' }, 'Print Date: 28/03/2018 09:02', 'Trans Date: 27/03/2018 18:41', 'Receipt: 04-118822', '-',
        ['PUMP 06 BLAZE 95', f2(fuel)], [`  ${litres.toFixed(2)} L @ RM ${f2(rate)}/L`, ''], ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Sales (Incl GST)', f2(gross)], ['Rounding', f2(r2(total - gross))], { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(total)], '-',
        'GST @6% included: ' + f2(r2((gross * 6) / 106)), { c: 'THANK YOU, DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'pharmacy-total-incl-gst-before-excl-gst-summary-amount-tax-dd-mon-yyyy', batch: 22, date: '2018-03-28', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // The total including GST printed first, then the amount excluding GST and the GST under it; a GST summary "Amount(RM) Tax(RM)" with SR and ZR; "28-Mar-2018".
      const sr = priced([['VITAMIN C 1000MG 30S', 1, 32.9], ['HAND SANITIZER 500ML', 1, 12.5]]), zr = priced([['PANADOL ACTIFAST 20S', 1, 9.8]]);
      const gst = r2(sr.total * 0.06), incl = r2(sr.total + gst + zr.total), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU PHARMACY SDN BHD (1088123-D)' }, { c: '23 JALAN SS15/4, 47500 SUBANG JAYA' }, { c: 'GST ID: 001088123904' }, '-',
        ['Date: 28-Mar-2018', 'Time: 11:20'], 'Invoice: FS-077102', '-',
        ...sr.rows.map((r) => [`${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.name}`, `${f2(r.amount)} ZR`]), '-',
        { b: ['Total Incl. GST', f2(total)] }, ['Total Excl. GST', f2(r2(sr.total + zr.total))], ['GST', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount(RM)  Tax(RM)'], ['SR 6%', `${f2(sr.total)}  ${f2(gst)}`], ['ZR 0%', `${f2(zr.total)}  0.00`], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'kopitiam-12h-time-before-date-total-only-in-visa-line', batch: 22, date: '2018-03-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The 12-hour time before the date ("02:41 PM 28/03/2018"), the items, and the total only on the card's line.
      const it = priced([['KAYA TOAST SET', 2, 6.9], ['HALF BOILED EGGS', 1, 2.6], ['KOPI C PENG', 2, 2.5], ['MEE SIAM', 1, 8.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'HOCK SENG KOPITIAM' }, { c: 'HOCK SENG F&B SDN BHD (1190238-P)' }, { c: '55 JALAN BUKIT BINTANG, 55100 KL' }, '-',
        '02:41 PM 28/03/2018', 'Order #218   Counter 1', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['VISA ****2281', f2(total)], 'APPR 553901', '-', { c: 'PRICES INCLUSIVE OF GST' },
      ] };
    },
  },
  {
    id: 'hardware-trans-no-holding-yyyymmdd-date-short-year', batch: 22, date: '2018-03-28', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // The transaction number holds a compact date of the branch's batch ("TRX 20180327-0045", the day before), the receipt's own date "28/03/18".
      const it = priced([['LED BULB 12W', 4, 8.9], ['EXTENSION CORD 3M', 1, 24.5], ['PLUG TOP 13A', 2, 4.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'ELEKTRIK CAHAYA TERANG' }, { c: 'CAHAYA TERANG ELECTRICAL (SA0381127-U)' }, { c: '3 JALAN TEMENGGUNG, 43000 KAJANG' }, { c: 'GST ID: 000381127650' }, '-',
        'TRX 20180327-0045   POS 2', 'Date: 28/03/18   Time: 16:08', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'car-wash-prepaid-card-balance-before-deduct-after', batch: 22, date: '2018-03-28', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A car wash paid from a prepaid member card: the card's balance before, the deduction (the receipt's total) and the balance after.
      const it = priced([['WASH & VACUUM (SEDAN)', 1, 18.0], ['TYRE SHINE', 1, 5.0], ['AIR FRESHENER', 1, 7.0]]);
      const total = it.total, before = 120.0;
      return { total, lines: [
        { c: 'SPARKLE AUTO SPA' }, { c: 'SPARKLE AUTO SPA (002981334-W)' }, { c: '18 JALAN PJU 1/3, 47301 PETALING JAYA' }, '-',
        ['Date: 28/03/2018', '10:40 AM'], ['Car No: WXY 3317', 'Bay 2'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, 'PAYMENT: MEMBER CARD 8812-0033', ['Balance Before', f2(before)], ['Deducted', f2(total)], ['Balance After', f2(r2(before - total))], '-', { c: 'SEE YOU NEXT WASH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 23
  {
    id: 'hardware-cash-sales-invoice-quotation-date-earlier-total-rm', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A cash sales invoice made from an earlier quotation: "Quotation Ref: Q-1102 (15/03/2018)" under "Invoice Date: 29/03/2018".
      const it = priced([['GI PIPE 3/4" X 20FT', 6, 38.0], ['BALL VALVE 3/4"', 4, 15.5], ['TEFLON TAPE', 10, 0.9], ['PIPE SOCKET 3/4"', 8, 1.6]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'SYARIKAT LOGAM BERSATU' }, { c: '(Co. No. 477218-H)' }, { c: '41 JALAN INDUSTRI 2, 14000 BUKIT MERTAJAM' }, { c: 'GST ID: 000477218116' }, { c: 'CASH SALES INVOICE' }, '-',
        ['Invoice No: CSI-4471', 'Invoice Date: 29/03/2018'], 'Quotation Ref: Q-1102 (15/03/2018)', 'Customer: CASH', '-',
        ['Item', 'Qty', 'Amount'], ...it.rows.map((r) => [r.name, String(r.qty), f2(r.amount)]), '-',
        ['Total Excl. GST', f2(it.total)], ['GST 6%', f2(gst)], { b: ['TOTAL RM', f2(total)] }, ['Paid By: CHEQUE PBB 004512', f2(total)], '-', 'Received By: ____________',
      ] };
    },
  },
  {
    id: 'sg-food-court-stall-subtotals-grand-total-ezlink-dd-mon-yyyy', batch: 23, date: '2018-03-29', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A food court's one receipt for orders from three stalls, each with its subtotal, then "GRAND TOTAL", paid by EZ-Link.
      const stalls = [['#01 CHICKEN RICE', priced([['Roast Chicken Rice', 2, 4.5], ['Extra Egg', 2, 0.8]])], ['#05 YONG TAU FOO', priced([['YTF 8 pcs', 1, 6.4]])], ['#09 DRINKS', priced([['Barley', 2, 1.8], ['Kopi O', 1, 1.3]])]];
      const total = sum(stalls.map(([, s]) => s.total));
      return { total, lines: [
        { c: 'KOPITIAM FOOD HALL' }, { c: 'Kopitiam Investment Pte Ltd' }, { c: 'GST Reg No: M2-0078213-9' }, { c: '2 Orchard Turn #B4-01 S238801' }, '-',
        ['29 Mar 2018 12:05', 'POS 11'], '-',
        ...stalls.flatMap(([name, s]) => [name, ...s.rows.map((r) => [`  ${r.qty} ${r.name}`, f2(r.amount)]), ['  Subtotal', f2(s.total)]]), '-',
        { b: ['GRAND TOTAL', `$${f2(total)}`] }, ['EZ-LINK', `$${f2(total)}`], ['EZ-LINK BAL', '$12.85'], '-', { c: 'Prices incl. 7% GST' },
      ] };
    },
  },
  {
    id: 'petrol-fuel-and-shop-total-sales-inclusive-gst-rounding-cash-yyyy-mm-dd', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      // Fuel and shop items on one receipt: "Total Sales (Inclusive GST)", a rounding, "Total Payable", cash; "2018-03-29 07:15".
      const litres = 18.2, rate = 2.2, fuel = r2(litres * rate), it = priced([['NEWSPAPER THE STAR', 1, 1.5], ['COFFEE CAN 240ML', 2, 2.9]]);
      const gross = r2(fuel + it.total), total = round5(gross), cash = 60;
      return { total, lines: [
        { c: 'SHELL SEKSYEN 13' }, { c: 'MUTIARA PETRO SDN BHD (907731-K)' }, { c: 'JALAN SEKSYEN 13, 40100 SHAH ALAM' }, { c: 'GST ID: 000907731228' }, '-',
        '2018-03-29 07:15   Shift 1', 'Pump: 03   Attendant: RAJ', '-',
        ['FUELSAVE 95', f2(fuel)], [`  ${litres.toFixed(2)} L x ${f2(rate)}`, ''], ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Sales (Inclusive GST)', f2(gross)], ['Rounding', f2(r2(total - gross))], { b: ['Total Payable', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount  Tax'], ['SR 6%', `${f2(r2(gross - (gross * 6) / 106))}  ${f2(r2((gross * 6) / 106))}`], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'convenience-total-only-in-debit-line-masked-pan-approval', batch: 23, date: '2018-03-29', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // Items, the item count, then the card's line as the only figure for the whole: "MYDEBIT 22.70".
      const it = priced([['INSTANT NOODLE 5S', 1, 5.6], ['SOFT DRINK 1.5L', 2, 4.1], ['CHIPS 160G', 1, 5.5], ['TISSUE 4 ROLL', 1, 3.4]]);
      const total = it.total;
      return { total, lines: [
        { c: 'MYNEWS.COM' }, { c: 'MYNEWS RETAIL SDN BHD (1124778-X)' }, { c: 'KLCC SUNWAY, 50088 KUALA LUMPUR' }, '-',
        '29/03/2018 22:47   Str 0412 Reg 1', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Items', String(it.qty)], ['MYDEBIT', f2(total)], 'CARD ************5512', 'APPROVAL 008812', '-', { c: 'ALL PRICES INCLUDE GST' },
      ] };
    },
  },
  {
    id: 'hardware-tax-invoice-line-amount-incl-gst-column-summary-below', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // Each line's amount with GST in its own column ("Amt Excl", "GST", "Amt Incl"), the totals of the three columns on one row.
      const it = priced([['DOOR HINGE 4" SS', 6, 4.8], ['DOOR KNOB SET', 2, 36.0], ['WOOD SCREW 1.5" (100)', 1, 7.5]]);
      const rows = it.rows.map((r) => ({ ...r, gst: r2(r.amount * 0.06), incl: r2(r.amount * 1.06) }));
      const gst = sum(rows.map((r) => r.gst)), total = sum(rows.map((r) => r.incl));
      return { total, lines: [
        { c: 'TONG HIN HARDWARE TRADING' }, { c: '(Co. Reg: 001882314-K)' }, { c: '7 JALAN KUNDANG, 48050 RAWANG' }, { c: 'GST ID: 001882314117' }, { c: 'TAX INVOICE' }, '-',
        ['Doc: INV180329-07', 'Date: 29.03.2018'], '-',
        ['Item / Qty', 'Excl  GST  Incl'], ...rows.map((r) => [`${r.name} ${r.qty}`, `${f2(r.amount)} ${f2(r.gst)} ${f2(r.incl)}`]), '-',
        ['TOTAL', `${f2(it.total)} ${f2(gst)} ${f2(total)}`], '-', ['Payment: CASH', f2(total)], '-', { c: 'THANK YOU FOR YOUR SUPPORT' },
      ] };
    },
  },
  {
    id: 'mobile-shop-imei-serials-thousands-total-visa', batch: 23, date: '2018-03-29', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A phone shop's receipt: long IMEI and serial digits under the items, a total over 1,000 paid by card.
      const it = priced([['SAMSUNG GALAXY S9 64GB', 1, 3299.0], ['TEMPERED GLASS S9', 1, 39.0], ['CASE S9 CLEAR', 1, 49.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'CELLULAR WORLD' }, { c: 'CELLULAR WORLD SDN BHD (1033781-M)' }, { c: 'LOT 2.33, PLAZA LOW YAT, 55100 KL' }, { c: 'GST ID: 001033781238' }, '-',
        ['Receipt: CW-20447', '29/03/2018 15:22'], 'Salesperson: KEVIN', '-',
        [it.rows[0].name, f2c(it.rows[0].amount)], '  IMEI 1: 356938035643809', '  IMEI 2: 356938035643817', '  S/N: R58K31BX2HA',
        ...it.rows.slice(1).map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['TOTAL (GST INCL)', f2c(total)] }, ['VISA ****7731', f2c(total)], '-', 'Warranty 12 months with this receipt', { c: 'NO REFUND, EXCHANGE WITHIN 7 DAYS' },
      ] };
    },
  },
  {
    id: 'grocer-wrapped-item-names-price-below-total-items-12h-dots-am', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // Long item names wrapped, their figures on the second line; "Total 6 item(s)" as the total's label; "29-03-2018 9.05 AM".
      const it = priced([['DUTCH LADY FULL CREAM MILK 1L TWIN PACK', 1, 12.5], ['GARDENIA ORIGINAL CLASSIC WHITE BREAD 600G', 2, 3.9], ['AYAM BRAND SARDINES IN TOMATO SAUCE 425G', 3, 6.2]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'PASARAYA MURNI' }, { c: 'MURNI TRADING (PG0178334-D)' }, { c: '9 LEBUH CHULIA, 10200 GEORGETOWN' }, '-',
        '29-03-2018 9.05 AM   Cashier 04', '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, f2(r.amount)]]), '-',
        { b: [`Total ${it.qty} item(s)`, f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'HARGA TERMASUK GST' },
      ] };
    },
  },
  {
    id: 'kedai-ubat-malay-jumlah-kecil-cukai-jumlah-bayaran-tunai-baki', batch: 23, date: '2018-03-29', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // Malay labels for every figure: "Jumlah Kecil", "Cukai GST 6%", "Pelarasan", "Jumlah Bayaran", "Tunai", "Baki"; "Tarikh: 29/03/2018".
      const it = priced([['UBAT BATUK HERBA', 2, 8.5], ['MINYAK ANGIN', 1, 6.9], ['PLASTER 20S', 1, 3.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KEDAI UBAT CINA TECK SENG' }, { c: '(001778215-H)' }, { c: '21 JALAN HOSPITAL, 05100 ALOR SETAR' }, { c: 'No. GST: 001778215033' }, '-',
        ['Tarikh: 29/03/2018', 'Masa: 11:48'], 'No. Resit: 0077812', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Cukai GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['Jumlah Bayaran', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-total-then-refund-of-a-dish-final-total-card', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A dish refunded after the bill was printed: "TOTAL", then "REFUND: 1 x ... -18.00", then "FINAL TOTAL" that the card pays.
      const it = priced([['STEAMED FISH', 1, 48.0], ['KAILAN GARLIC', 1, 16.0], ['SWEET SOUR PORK', 1, 18.0], ['RICE', 4, 1.5], ['CHINESE TEA', 4, 2.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), first = r2(it.total + svc + gst);
      const back = r2(18 * 1.1 * 1.06), total = r2(first - back);
      return { total, lines: [
        { c: 'RESTORAN HAI PENG' }, { c: 'HAI PENG SEAFOOD SDN BHD (229817-A)' }, { c: '88 JALAN PANTAI, 71000 PORT DICKSON' }, { c: 'GST ID: 000229817554' }, '-',
        ['Bill: 00388', '29/03/2018 20:32'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc 10%', f2(svc)], ['GST 6%', f2(gst)], ['TOTAL', f2(first)],
        ['REFUND: 1 SWEET SOUR PORK', `-${f2(back)}`], { b: ['FINAL TOTAL', f2(total)] }, ['MASTER ****0921', f2(total)], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'bakery-faded-thermal-order-collection-date-later-paid-in-full', batch: 23, date: '2018-03-29', style: { font: 'mono', size: 12, faded: true }, degrade: 'photo',
    build() {
      // A faded cake order paid in full at the counter: the order's date, then the later collection date and time.
      const it = priced([['BLACK FOREST 2KG', 1, 98.0], ['CANDLES + KNIFE', 1, 3.0]]);
      const total = it.total, cash = 110;
      return { total, lines: [
        { c: 'SECRET RECIPE BAKERS' }, { c: 'RECIPE BAKERS SDN BHD (673381-T)' }, { c: '30 JALAN MEDAN, 68000 AMPANG' }, '-',
        ['Order Date: 29/03/2018', '13:10'], ['Collect: 02/04/2018', '17:00'], 'Name: MS LIM  Tel: 012-3381***', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], ['BALANCE DUE', '0.00'], '-', { c: 'PLEASE BRING THIS SLIP TO COLLECT' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 24
  {
    id: 'foodcourt-table-number-pax-sst6-amount-due-dd-mon-yyyy-caps', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A food court's order by table: "TABLE: 12  PAX: 3", service tax 6% after the subtotal, "AMOUNT DUE", cash; "05-JAN-2019 19:42".
      const it = priced([['NASI LEMAK AYAM', 2, 9.9], ['CHAR KUEY TEOW', 1, 8.5], ['TEH TARIK', 2, 2.8], ['ICE LEMON TEA', 1, 3.5]]);
      const sst = r2(it.total * 0.06), total = round5(r2(it.total + sst)), cash = 50;
      return { total, lines: [
        { c: 'MEDAN SELERA JAYA FOOD COURT' }, { c: 'SELERA JAYA ENTERPRISE (SA0481223-T)' }, { c: 'NO 3 JALAN SS 2/64, 47300 PETALING JAYA' }, { c: 'SST ID: B16-1808-31012277' }, '-',
        ['TABLE: 12  PAX: 3', 'ORDER #0458'], ['05-JAN-2019 19:42', 'CSHR: AINA'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['SERVICE TAX 6%', f2(sst)], ['ROUNDING', f2(r2(total - it.total - sst))], { b: ['AMOUNT DUE', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'bakery-member-points-earned-balance-nett-total-yyyy-slash-mm-dd', batch: 24, date: '2019-01-05', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A bakery's member receipt: "Nett Total", then points earned and the member's point balance (bigger than the total), "2019/01/05 10:18".
      const it = priced([['BUTTER SUGAR BUN', 4, 2.2], ['KAYA PUFF', 3, 1.9], ['CHEESE TART', 2, 3.6], ['WHOLEMEAL LOAF', 1, 6.5]]);
      const disc = r2(it.total * 0.05), total = r2(it.total - disc);
      return { total, lines: [
        { c: 'GOLDEN OVEN BAKERY' }, { c: 'GOLDEN OVEN SDN BHD (1178223-U)' }, { c: '12 JALAN MOLEK 1/10, 81100 JOHOR BAHRU' }, '-',
        ['2019/01/05 10:18', 'Rcpt: GO-118274'], 'Member: 6011 2233 0918', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Member Disc 5%', `-${f2(disc)}`], { b: ['Nett Total', f2(total)] }, ['Visa', f2(total)], '-',
        ['Points Earned', String(Math.floor(total))], ['Point Balance', '1,245'], ['Points Expiry', '2019/12/31'], '-', { c: 'Thank you, see you again!' },
      ] };
    },
  },
  {
    id: 'convenience-tng-ewallet-short-date-single-digits-total-rm', batch: 24, date: '2019-01-05', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A convenience store paid by Touch 'n Go eWallet, its reference number under the payment; "5/1/19 8:03" with single-digit day and month.
      const it = priced([['MILO 3IN1 18S', 1, 13.9], ['BREAD TWISTIES', 2, 1.2], ['MINERAL WATER 1.5L', 2, 2.1], ['NEWSPAPER', 1, 1.5]]);
      const total = it.total;
      return { total, lines: [
        { c: '7-ELEVEN' }, { c: '7-ELEVEN MALAYSIA SDN BHD (396707-V)' }, { c: 'STORE 1823 TAMAN MELAWATI' }, { c: '53100 KUALA LUMPUR' }, '-',
        ['5/1/19 8:03', 'REG 02 TRN 4471'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['ITEMS', String(it.qty)], { b: ['TOTAL RM', f2(total)] }, ["TOUCH 'N GO EWALLET", f2(total)], 'REF: 20190105110120938812', '-', { c: 'THANK YOU. COME AGAIN' },
      ] };
    },
  },
  {
    id: 'pharmacy-grand-total-sales-tax-10-points-two-dates-at-foot', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A pharmacy receipt with sales tax 10% on some items only, "GRAND TOTAL", member points, and the date only at the foot beside the cashier.
      const taxed = priced([['SUNBLOCK SPF50 100ML', 1, 39.9], ['LIP BALM', 2, 8.5]]), free = priced([['PARACETAMOL 500MG 20S', 1, 6.8], ['VITAMIN C 1000MG 30S', 1, 32.0]]);
      const tax = r2(taxed.total * 0.1), total = r2(taxed.total + free.total + tax);
      return { total, lines: [
        { c: 'CARING PHARMACY' }, { c: 'CARING PHARMACY RETAIL MGMT SDN BHD' }, { c: '(1039883-A)' }, { c: 'LOT G-12 IOI MALL, 47100 PUCHONG' }, '-',
        ...taxed.rows.map((r) => [`${r.qty} ${r.name}  T`, f2(r.amount)]), ...free.rows.map((r) => [`${r.qty} ${r.name}  E`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(r2(taxed.total + free.total))], ['SALES TAX 10% (T)', f2(tax)], { b: ['GRAND TOTAL', f2(total)] }, ['CASH', '150.00'], ['CHANGE', f2(r2(150 - total))], '-',
        ['POINTS THIS VISIT', String(Math.floor(total))], ['TOTAL POINTS', '3,208'], '-',
        'T = TAXABLE  E = EXEMPT', ['CASHIER: 07 SITI', 'POS 3'], ['DATE: 05/01/2019', 'TIME: 16:27'], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'reprint-duplicate-copy-header-grand-total-grabpay-dotted-date', batch: 24, date: '2019-01-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A receipt printed again: "*** DUPLICATE COPY ***" and "REPRINT" over the sale, its own date dotted; paid by GrabPay.
      const it = priced([['WIRELESS MOUSE', 1, 45.0], ['USB-C CABLE 1M', 2, 19.9], ['SCREEN WIPES', 1, 8.9]]);
      const total = it.total;
      return { total, lines: [
        { c: '*** DUPLICATE COPY ***' }, { c: 'REPRINT' }, { c: 'DIGITAL HUB COMPUTER' }, { c: 'DIGITAL HUB ENTERPRISE (002887731-P)' }, { c: 'LOT 3-21 DIGITAL MALL, 46350 PJ' }, '-',
        ['Inv: DH-0091833', 'Date: 05.01.2019'], ['Time: 13:11', 'Staff: JASON'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        { b: ['GRAND TOTAL', f2(total)] }, ['GRABPAY', f2(total)], 'Txn ID: A-7KQ2M93XZ', '-', { c: '*** DUPLICATE COPY ***' },
      ] };
    },
  },
  {
    id: 'supermarket-long-list-date-at-bottom-after-barcode-saved', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A long supermarket receipt: 16 items, totals, then the date, time and counter at the very bottom under a barcode's digits.
      const it = priced([['BERAS WANGI 5KG', 1, 21.9], ['MINYAK MASAK 2KG', 1, 11.5], ['GULA PUTIH 1KG', 2, 2.85], ['TEPUNG GANDUM 1KG', 1, 2.7], ['TELUR GRED A 30S', 1, 13.5], ['SUSU PEKAT', 3, 3.2], ['KICAP MANIS', 1, 4.6], ['SOS CILI', 1, 3.9], ['MAGGI KARI 5S', 2, 4.4], ['SABUN BASUH 3KG', 1, 18.9], ['UBAT GIGI', 2, 6.5], ['SYAMPU 400ML', 1, 12.9], ['TISU DAPUR', 1, 5.5], ['AIR MINERAL 6X1.5L', 1, 9.8], ['BISKUT KRIM', 2, 3.6], ['KOPI O 3IN1', 1, 8.9]]);
      const total = round5(it.total), cash = 200;
      return { total, lines: [
        { c: 'PASARAYA SEGAR MAJU' }, { c: 'SEGAR MAJU HOLDINGS SDN BHD (771234-D)' }, { c: 'JALAN KLANG LAMA, 58000 KUALA LUMPUR' }, '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, f2(r.amount)]), '-',
        ['TOTAL ITEMS', String(it.qty)], ['SUBTOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], ['YOU SAVED', '4.30'], '-',
        { c: '*2019010512088831*' }, ['05/01/19 18:52', 'C12 #0883'], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'bookshop-total-before-discount-then-total-after-card', batch: 24, date: '2019-01-05', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // "TOTAL" printed twice: before a member's discount, then again after it; the card pays the second.
      const it = priced([['NOVEL - THE NIGHT GARDEN', 1, 49.9], ['A4 NOTEBOOK 3S', 2, 12.5], ['MARKER SET 12C', 1, 24.9]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc);
      return { total, lines: [
        { c: 'BOOKWORLD' }, { c: 'BOOKWORLD (M) SDN BHD (558123-K)' }, { c: 'MID VALLEY MEGAMALL, 59200 KL' }, '-',
        ['05 Jan 2019', '15:40'], ['Slip: BW0055128', 'Till 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['MEMBER 10% DISC', `-${f2(disc)}`], { b: ['TOTAL', f2(total)] }, ['MASTERCARD', f2(total)], 'CARD NO: XXXX XXXX XXXX 4411', '-', { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'idr-minimarket-thousands-dots-total-belanja-tunai-kembali', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // An Indonesian minimarket in rupiah: thousands grouped by dots, no cents ("TOTAL BELANJA 87.400", "TUNAI 100.000", "KEMBALI 12.600").
      const idr = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');
      const rows = [['INDOMIE GORENG 5S', 1, 14500], ['AQUA 1500ML', 3, 5200], ['ROTI TAWAR', 1, 16900], ['TEH BOTOL 450ML', 2, 6800], ['SABUN MANDI', 2, 6350]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, amount: qty * price }));
      const total = items.reduce((a, r) => a + r.amount, 0), cash = 100000;
      return { total, lines: [
        { c: 'MINIMARKET SUMBER REJEKI' }, { c: 'JL. MERDEKA NO. 45, BANDUNG' }, { c: 'NPWP: 01.234.567.8-423.000' }, '-',
        ['05.01.2019-17:22', 'KSR: DEWI'], '-',
        ...items.map((r) => [`${r.name} ${r.qty}`, idr(r.amount)]), '-',
        { b: ['TOTAL BELANJA', idr(total)] }, ['TUNAI', idr(cash)], ['KEMBALI', idr(cash - total)], '-', { c: 'TERIMA KASIH ATAS KUNJUNGAN ANDA' },
      ] };
    },
  },
  {
    id: 'petrol-boost-ewallet-amount-due-litres-yy-mm-dd-dashes', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A petrol station paid by Boost: fuel with its litres, a drink, "AMOUNT DUE"; the date as "19-01-05 06:58".
      const litres = 20.45, rate = 2.08, fuel = r2(litres * rate), drink = 3.5, total = r2(fuel + drink);
      return { total, lines: [
        { c: 'PETRON JALAN KUCHAI' }, { c: 'DAYANG PETROL SDN BHD (1211883-X)' }, { c: 'JALAN KUCHAI LAMA, 58200 KL' }, '-',
        ['19-01-05 06:58', 'POS 2 TRX 88127'], '-',
        ['PUMP 6 RON95', f2(fuel)], [`  ${litres.toFixed(2)}L @ ${f2(rate)}`, ''], ['100PLUS 500ML', f2(drink)], '-',
        { b: ['AMOUNT DUE', f2(total)] }, ['BOOST', f2(total)], 'BOOST REF 5518820931', '-', { c: 'THANK YOU, DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'hardware-cash-bill-customer-name-phone-nett-total-cash', batch: 24, date: '2019-01-05', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A hardware shop's till receipt naming its customer ("Customer: Tan Ah Kow", a phone), "NETT TOTAL", paid in cash.
      const it = priced([['PVC PIPE 1/2" 10FT', 4, 6.5], ['ELBOW 1/2"', 8, 0.6], ['PVC GLUE 100G', 1, 4.8], ['HACKSAW BLADE', 2, 3.5]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI PERKAKAS KIM HIN' }, { c: '(JM0318821-V)' }, { c: '23 JALAN PASAR, 34000 TAIPING' }, '-',
        ['Receipt: KH-22031', '05/01/2019'], 'Customer: Tan Ah Kow', 'Tel: 012-551 2093', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['NETT TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'Goods sold are not returnable' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 25
  {
    id: 'restaurant-svc10-sst6-grand-total-grabpay-iso-slash-date-table', batch: 25, date: '2019-01-12', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A restaurant's bill with a table number: service charge 10%, service tax 6% on both, "Grand Total", GrabPay; "2019/01/12 20:14".
      const it = priced([['TOM YUM SEAFOOD', 1, 28.0], ['PAD THAI', 2, 16.9], ['MANGO STICKY RICE', 2, 12.0], ['THAI ICED TEA', 3, 6.5]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), total = r2(it.total + svc + sst);
      return { total, lines: [
        { c: 'BAAN THAI KITCHEN' }, { c: 'BAAN THAI F&B SDN BHD (1099231-H)' }, { c: '8 JALAN TELAWI 3, BANGSAR, 59100 KL' }, { c: 'SST REG: W10-1809-32000877' }, '-',
        ['Table: T7', 'Pax: 4'], ['Bill No: 003381', '2019/01/12 20:14'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(sst)], { b: ['Grand Total', f2(total)] }, ['GrabPay', f2(total)], '-', { c: 'Thank you! Khob khun ka' },
      ] };
    },
  },
  {
    id: 'familymart-amount-due-tng-dd-mon-yyyy-caps-time-first', batch: 25, date: '2019-01-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A convenience store: the time before the date ("14:22 12-JAN-2019"), "Amount Due", Touch 'n Go.
      const it = priced([['ONIGIRI TUNA MAYO', 2, 4.9], ['ODEN SET', 1, 8.9], ['SOFT SERVE MATCHA', 1, 4.5], ['GREEN TEA 500ML', 1, 3.3]]);
      const total = it.total;
      return { total, lines: [
        { c: 'FamilyMart' }, { c: 'QL MARUSHO SDN BHD (1190361-H)' }, { c: 'JALAN SULTAN ISMAIL, 50250 KL' }, '-',
        ['14:22 12-JAN-2019', 'STORE 0129'], ['TRANS 0003312', 'POS 1'], '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` x${r.qty}` : ''}`, f2(r.amount)]), '-',
        { b: ['Amount Due', f2(total)] }, ['TNG EWALLET', f2(total)], ['Change', '0.00'], '-', { c: 'Thank you. See you again!' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-points-decimal-grand-total-date-at-foot-iso', batch: 25, date: '2019-01-12', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // Member points with decimals after the total ("Points Earned 48.60", "Points Balance 1,203.40"), "Grand Total", and the date only at the foot ("2019-01-12 11:05").
      const it = priced([['FISH OIL 1000MG 100S', 1, 59.9], ['HAND SANITISER 500ML', 2, 12.9], ['COTTON BUDS 200S', 1, 4.5]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'HEALTHLANE FAMILY PHARMACY' }, { c: 'HEALTH LANE SDN BHD (1005581-T)' }, { c: '15 JALAN SS15/4, 47500 SUBANG JAYA' }, '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Grand Total', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['Points Earned', f2(r2(total * 0.6))], ['Points Balance', '1,203.40'], '-',
        ['Counter 2', 'Staff: MEI'], ['2019-01-12 11:05', 'Rcpt 88129'], { c: 'Thank you for shopping with us' },
      ] };
    },
  },
  {
    id: 'hawker-table-number-nett-total-date-short-single-digits-pm', batch: 25, date: '2019-01-12', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      // A hawker's order slip: a table number, "Nett Total", cash; "12/1/19 7:45PM".
      const it = priced([['CHICKEN RICE', 3, 6.5], ['WANTAN MEE', 1, 7.0], ['LIMAU AIS', 4, 2.2]]);
      const total = it.total, cash = 40;
      return { total, lines: [
        { c: 'RESTORAN NASI AYAM HAINAN 88' }, { c: '(SA0177321-W)' }, { c: 'JLN IPOH, 51200 KL' }, '-',
        ['TABLE 23', '12/1/19 7:45PM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Nett Total', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-reprint-gst7-inclusive-amount-due-nets-flashpay-dd-mm-yyyy', batch: 25, date: '2019-01-12', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore shop's reprinted copy: "REPRINT" and the reprint's date over the sale's, GST 7% inclusive, "Amount Due", NETS FlashPay.
      const it = priced([['UMBRELLA FOLDABLE', 1, 15.9], ['PHONE CASE', 1, 12.9], ['EARPHONES', 1, 19.9]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'REPRINT' }, { c: 'Reprinted: 14/01/2019 09:31' }, { c: 'DAISO SINGAPORE' }, { c: 'DAISO (SINGAPORE) PTE LTD' }, { c: 'GST Reg: M2-0112883-7' }, { c: '68 ORCHARD ROAD #04-01 S238839' }, '-',
        ['Date: 12/01/2019', 'Time: 16:08'], ['Receipt: 01-0029134', 'Cashier: 1102'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Amount Due', `S$${f2(total)}`] }, ['NETS FLASHPAY', `S$${f2(total)}`], ['CARD BAL', 'S$7.35'], ['GST 7% Incl.', f2(gst)], '-', { c: 'Thank you' },
      ] };
    },
  },
  {
    id: 'electronics-total-twice-trade-in-voucher-after-first-total-visa', batch: 25, date: '2019-01-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // "TOTAL" printed before an e-voucher and again after it; the card pays the second; "12 JAN 2019".
      const it = priced([['RICE COOKER 1.8L', 1, 189.0], ['ELECTRIC KETTLE', 1, 79.0]]);
      const voucher = 30, total = r2(it.total - voucher);
      return { total, lines: [
        { c: 'SENHENG ELECTRIC' }, { c: 'SENHENG ELECTRIC (KL) SDN BHD (364524-K)' }, { c: 'SETAPAK CENTRAL, 53300 KL' }, '-',
        ['12 JAN 2019', '17:55'], ['Inv: SKL-1901-2231', 'Sales: 0412'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['E-VOUCHER RM30', `-${f2(voucher)}`], { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], 'APPR CODE 229104', '-', { c: 'KEEP THIS RECEIPT FOR WARRANTY' },
      ] };
    },
  },
  {
    id: 'idr-restaurant-pajak-10-service-5-grand-total-dots-kepada', batch: 25, date: '2019-01-12', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // An Indonesian restaurant's bill in rupiah: service 5% and "Pajak Resto 10%", "GRAND TOTAL 275.000"-style dots; a guest's name under "Kepada".
      const idr = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');
      const rows = [['NASI GORENG SPESIAL', 2, 38000], ['SATE AYAM 10 TSK', 1, 42000], ['ES TEH MANIS', 3, 8000], ['GURAME GORENG', 1, 95000]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, amount: qty * price }));
      const sub = items.reduce((a, r) => a + r.amount, 0), svc = Math.round(sub * 0.05), tax = Math.round((sub + svc) * 0.1), total = sub + svc + tax;
      return { total, lines: [
        { c: 'RUMAH MAKAN SARI RASA' }, { c: 'JL. BRAGA NO. 12, BANDUNG' }, '-',
        ['No: 00471', 'Meja: 8'], 'Kepada: Bpk. Hendra', ['Tgl: 12/01/2019', '19:20'], '-',
        ...items.map((r) => [`${r.qty} ${r.name}`, idr(r.amount)]), '-',
        ['Subtotal', idr(sub)], ['Service 5%', idr(svc)], ['Pajak Resto 10%', idr(tax)], { b: ['GRAND TOTAL', idr(total)] }, ['Tunai', idr(500000)], ['Kembali', idr(500000 - total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'thb-minimart-baht-total-cash-change-dd-mm-yyyy-vat-incl', batch: 25, date: '2019-01-12', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Thai minimart in baht: "TOTAL 185.00", VAT 7% included, cash and change; "12/01/2019 09:44".
      const it = priced([['SNACK SEAWEED', 2, 25.0], ['DRINKING WATER 600ML', 3, 7.0], ['INSTANT NOODLE CUP', 4, 15.0], ['COFFEE CAN', 2, 16.5]]);
      const total = it.total, cash = 500, vat = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'LAWSON 108' }, { c: 'SAHA LAWSON CO., LTD.' }, { c: 'TAX ID 0105555117771 (VAT INCLUDED)' }, { c: 'SUKHUMVIT SOI 11, BANGKOK' }, '-',
        ['12/01/2019 09:44', 'POS#03'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', `THB ${f2(total)}`] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], ['VAT 7% INCL.', f2(vat)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'phone-repair-name-tel-deposit-balance-paid-total-dotted-yy', batch: 25, date: '2019-01-12', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A phone repair shop's receipt naming its customer ("Name: Ahmad Faiz", "Tel:"), the job's total, the deposit paid earlier and the balance paid now.
      const it = priced([['LCD REPLACEMENT IPHONE 7', 1, 180.0], ['TEMPERED GLASS', 1, 15.0]]);
      const total = it.total, deposit = 50;
      return { total, lines: [
        { c: 'FIX IT MOBILE CENTRE' }, { c: 'FIX IT MOBILE (002771093-D)' }, { c: 'LOT 1.22 SUNGAI WANG, 55100 KL' }, '-',
        ['Job No: J-88213', 'Date: 12.01.19'], 'Name: Ahmad Faiz', 'Tel: 013-2218 771', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['Deposit Paid', f2(deposit)], ['Balance Paid (Cash)', f2(r2(total - deposit))], '-', 'Warranty 30 days on parts', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kopitiam-bill-to-company-sst-service-tax-total-payable-cash', batch: 25, date: '2019-01-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A café's receipt made out to a company for a claim ("Bill To: Mutiara Logistics Sdn Bhd"), service tax 6%, "TOTAL PAYABLE", cash; "12-01-2019".
      const it = priced([['NASI LEMAK SPECIAL', 6, 8.9], ['ROTI BAKAR', 4, 3.6], ['KOPI PENG', 10, 2.4]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'OLD TOWN KOPITIAM' }, { c: 'KOPI KAMPUNG SDN BHD (998231-M)' }, { c: '22 JALAN TUN RAZAK, 50400 KL' }, { c: 'SST ID: W10-1810-31009921' }, '-',
        ['Receipt: OTK-330912', '12-01-2019 08:41'], 'Bill To: Mutiara Logistics Sdn Bhd', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL PAYABLE', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 26 (GST-era tills: tax summaries, rounding, tenders)
  {
    id: 'hypermarket-gst-incl-summary-table-cash-card-split', batch: 26, date: '2018-02-03', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // Prices include GST; a split tender (cash, then a card for the rest); "GST 6% Incl." and a summary table under the payment.
      const sr = priced([['DETERGENT POWDER 2KG', 1, 16.9], ['DISHWASH LIQUID 900ML', 2, 5.49], ['TOILET ROLL 10S', 1, 13.99]]);
      const zr = priced([['RICE SST5 5KG', 1, 17.5], ['COOKING OIL 5KG', 1, 24.6]]);
      const total = r2(sr.total + zr.total), gst = r2((sr.total * 6) / 106), cash = 50;
      return { total, lines: [
        { c: 'GIANT HYPERMARKET SHAH ALAM' }, { c: 'GCH RETAIL (MALAYSIA) SDN BHD' }, { c: '(Co. Reg. 533720-M)' }, { c: 'GST ID : 000888991122' }, { c: 'TAX INVOICE' }, '-',
        ...sr.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, `${f2(r.amount)} S`]), ...zr.rows.map((r) => [r.name, `${f2(r.amount)} Z`]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['VISA', f2(r2(total - cash))], ['CHANGE', '0.00'], '-',
        ['GST 6% Incl.', f2(gst)], '-', ['GST SUMMARY', 'AMOUNT', 'GST'], ['S @ 6%', f2(r2(sr.total - gst)), f2(gst)], ['Z @ 0%', f2(zr.total), '0.00'], '-',
        ['03/02/2018 19:07', 'ST 0241 POS 12'], ['TRN 4471', 'OP 0921'], { c: 'THANK YOU FOR SHOPPING AT GIANT' },
      ] };
    },
  },
  {
    id: 'restaurant-gst-excl-incl-rounding-down-cash-change-dash-mon', batch: 26, date: '2018-03-15', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A restaurant's tax invoice: items coded SR, "Total Sales (Excluding GST)", "GST @6%", a rounding down, "Total Sales (Inclusive of GST)", cash and change; "15-Mar-2018".
      const it = priced([['NASI AYAM PENYET', 2, 13.9], ['MEE KARI', 1, 10.9], ['SIRAP LIMAU', 3, 3.3]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = r2(Math.floor(incl * 20) / 20), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN SELERA KAMPUNG' }, { c: 'SELERA KAMPUNG SDN BHD (1002231-U)' }, { c: '12 JALAN PJU 5/9, 47810 PETALING JAYA' }, { c: 'GST ID: 001782233001' }, { c: 'TAX INVOICE' }, '-',
        ['Inv No: A0031928', '15-Mar-2018 13:22'], ['Table: 9', 'Cashier: NORA'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Total Sales (Excluding GST)', f2(it.total)], ['GST @6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Sales (Inclusive of GST)', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'supermarket-voucher-tender-cash-points-redeemed', batch: 26, date: '2018-04-14', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // The sale's total paid by a gift voucher, points redeemed and cash; points earned and balance below; "14/04/18".
      const it = priced([['CHICKEN WHOLE 1.6KG', 1, 14.88], ['BROCCOLI', 2, 3.99], ['YOGURT 4S', 1, 8.49], ['ORANGE JUICE 1L', 2, 7.29]]);
      const total = round5(it.total), voucher = 20, pts = 5, cash = 30;
      return { total, lines: [
        { c: 'AEON BIG (M) SDN BHD' }, { c: '(Co. Reg. 731737-A)' }, { c: 'MID VALLEY, 59200 KUALA LUMPUR' }, { c: 'GST ID: 001200911360' }, '-',
        ['14/04/18 11:48', 'R# 0123 C# 03'], '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` x${r.qty}` : ''}`, f2(r.amount)]), '-',
        ['SUB TOTAL', f2(it.total)], ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] },
        ['GIFT VOUCHER', f2(voucher)], ['POINTS REDEEM 500', f2(pts)], ['CASH', f2(cash)], ['CHANGE', f2(r2(voucher + pts + cash - total))], '-',
        ['GST 6% INCLUDED', f2(r2((total * 6) / 106))], ['POINTS EARNED', String(Math.floor(total))], ['POINTS BALANCE', '2,341'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-gst7-incl-nets-plus-cash-total-sdollar-month-name', batch: 26, date: '2017-11-18', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore café: "Total S$", paid partly by NETS and partly in cash, "GST 7% Incl." after the payments; "18 Nov 2017".
      const it = priced([['FLAT WHITE', 2, 5.5], ['CROISSANT ALMOND', 2, 4.8], ['QUICHE LORRAINE', 1, 7.9]]);
      const total = it.total, nets = 20, cash = 10;
      return { total, lines: [
        { c: 'TIONG BAHRU BAKERY CAFE' }, { c: 'TBB PTE LTD' }, { c: 'GST Reg No: 201102881K' }, { c: '56 ENG HOON STREET #01-70 S160056' }, '-',
        ['18 Nov 2017', '10:26'], ['Chk 2271', 'Server: LIM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total S$', f2(total)] }, ['NETS', f2(nets)], ['Cash', f2(cash)], ['Change', f2(r2(nets + cash - total))], '-',
        ['GST 7% Incl.', f2(r2((total * 7) / 107))], { c: 'Thank you, see you again' },
      ] };
    },
  },
  {
    id: 'hardware-total-excl-gst-incl-rounding-amount-due-tendered-balance', batch: 26, date: '2017-09-27', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // "Total Qty", "Total Excl GST", "GST 6%", "Total Incl GST", "Rounding Adj", "Total Amount Due", tendered and balance; a summary with the totals' column; "27.09.2017".
      const it = priced([['CEMENT 50KG', 3, 19.5], ['WIRE MESH 4X8', 2, 28.0], ['NAIL 3" 1KG', 2, 6.8], ['PAINT BRUSH 3"', 1, 7.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'SYARIKAT BESI & BATA HOCK LEE' }, { c: '(Co. Reg. JM0091822-P)' }, { c: 'LOT 55 JALAN KAPAR, 42100 KLANG' }, { c: 'GST No: 000551203392' }, { c: 'TAX INVOICE' }, '-',
        ['Bill: HL-171927', 'Date: 27.09.2017'], ['Salesman: AH SENG', 'Time: 09:12'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Qty', String(it.qty)], ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Total Incl GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))],
        { b: ['Total Amount Due', f2(total)] }, ['Tendered', f2(cash)], ['Balance', f2(r2(cash - total))], '-',
        ['GST Summary', 'Excl    GST    Incl'], ['SR 6%', `${f2(it.total)}   ${f2(gst)}   ${f2(incl)}`], { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'bakery-gst-6-incl-footer-after-change-no-subtotal-iso', batch: 26, date: '2018-01-09', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      // A bakery: prices include GST, the total, cash and change, then "GST 6% Incl." with its figure alone at the foot; "2018-01-09 08:03".
      const it = priced([['BUTTER CROISSANT', 3, 3.8], ['CHEESE TART', 4, 3.5], ['WHOLEMEAL LOAF', 1, 6.9], ['KAYA PUFF', 6, 1.6]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'LAVENDER BAKERY' }, { c: 'LAVENDER CONFECTIONERY & BAKERY SDN BHD' }, { c: '(Co. Reg. 379108-W)' }, { c: 'GST REG NO: 001329348608' }, '-',
        ['2018-01-09 08:03', 'POS 02'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], { c: 'FRESHLY BAKED EVERYDAY' },
      ] };
    },
  },
  {
    id: 'kedai-runcit-jumlah-tunai-baki-gst-ringkasan', batch: 26, date: '2017-08-21', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Malay grocer's till: "JUMLAH", "TUNAI", "BAKI", a GST summary in Malay ("RINGKASAN GST", "KOD", "JUMLAH", "CUKAI"); "21/08/2017".
      const sr = priced([['SABUN CUCI PINGGAN', 1, 4.2], ['MILO 1KG', 1, 17.9]]);
      const zr = priced([['GULA 1KG', 2, 2.84], ['TELUR 10BJ', 1, 4.5]]);
      const all = r2(sr.total + zr.total), total = round5(all), gst = r2((sr.total * 6) / 106), cash = 50;
      return { total, lines: [
        { c: 'KEDAI RUNCIT MAJU JAYA' }, { c: '(JM0712341-A)' }, { c: 'NO 4 JALAN BESAR, 35900 TG MALIM' }, { c: 'NO. GST: 002122871040' }, '-',
        ['TARIKH: 21/08/2017', 'MASA: 17:41'], 'RESIT: 0001882', '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), '-',
        ['PENGGENAPAN', f2(r2(total - all))], { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-',
        { c: 'RINGKASAN GST' }, ['KOD', 'JUMLAH   CUKAI'], ['SR 6%', `${f2(r2(sr.total - gst))}   ${f2(gst)}`], ['ZR 0%', `${f2(zr.total)}   0.00`], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-shop-multi-tender-cash-mastercard-yyyy-slash', batch: 26, date: '2018-05-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // Fuel and a shop item, paid in cash and by Mastercard; GST summary with Z for the fuel; "2018/05/03".
      const litres = 30.12, rate = 2.2, fuel = r2(litres * rate), shop = priced([['ENGINE OIL 4L', 1, 89.0]]);
      const total = r2(fuel + shop.total), gst = r2((shop.total * 6) / 106), cash = 60;
      return { total, lines: [
        { c: 'SHELL SG BULOH' }, { c: 'SG BULOH SERVICE STATION SDN BHD' }, { c: '(Co. Reg. 1088731-D)' }, { c: 'GST ID: 000712234881' }, '-',
        ['2018/05/03 18:22', 'INV 0571221'], '-',
        ['P05 V-POWER 97', f2(fuel)], [`  ${litres.toFixed(2)} L @ ${f2(rate)}`, ''], [shop.rows[0].name, f2(shop.total)], '-',
        { b: ['TOTAL RM', f2(total)] }, ['CASH', f2(cash)], ['MASTERCARD', f2(r2(total - cash))], '-',
        ['GST SUMMARY', 'AMT', 'TAX'], ['S 6%', f2(r2(shop.total - gst)), f2(gst)], ['Z 0%', f2(fuel), '0.00'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-voucher-discount-before-total-gst-incl-card', batch: 26, date: '2018-02-26', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A member's RM10 voucher taken off before the total, "Total (GST Incl.)", a debit card; the GST included printed after.
      const it = priced([['MULTIVITAMIN 60S', 1, 45.9], ['FACIAL WASH 100ML', 1, 22.9], ['BANDAGE ROLL', 2, 3.5]]);
      const voucher = 10, total = r2(it.total - voucher);
      return { total, lines: [
        { c: 'CARING PHARMACY' }, { c: 'CARING PHARMACY RETAIL MGMT SDN BHD' }, { c: '(Co. Reg. 1102193-V)' }, { c: 'GST ID: 001661298880' }, '-',
        ['Date: 26/02/2018', 'Time: 20:31'], ['Rcpt: CP0088213', 'Member: 0112887'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Member Voucher', `-${f2(voucher)}`], { b: ['Total (GST Incl.)', f2(total)] }, ['Debit Card', f2(total)], '-',
        ['GST 6% Included', f2(r2((total * 6) / 106))], ['Points Earned', String(Math.floor(total))], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'mamak-gst-summary-s-z-codes-total-payable-cash', batch: 26, date: '2017-12-08', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A mamak's bill: "S"/"Z" codes on the lines, "Total Payable", cash and change, a tax summary with both codes; "08-12-2017 22:47".
      const s = priced([['ROTI CANAI', 4, 1.5], ['TEH TARIK', 3, 2.0], ['NASI KANDAR AYAM', 2, 9.5]]);
      const z = priced([['AIR KOSONG', 2, 0.5]]);
      const gst = r2(s.total * 0.06), incl = r2(s.total + gst + z.total), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR PELITA' }, { c: 'PELITA SAMUDRA PERTAMA SDN BHD' }, { c: '(Co. Reg. 450213-K)' }, { c: 'GST ID: 000911203344' }, '-',
        ['08-12-2017 22:47', 'Tbl 15'], '-',
        ...s.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), ...z.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} Z`]), '-',
        ['Sub Total', f2(r2(s.total + z.total))], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Payable', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['Tax Summary', 'Amount   Tax'], ['S = 6%', `${f2(s.total)}   ${f2(gst)}`], ['Z = 0%', `${f2(z.total)}   0.00`], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 27
  {
    id: 'department-store-voucher-and-cash-tenders-change-gst-incl', batch: 27, date: '2018-01-27', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A department store: "SUB-TOTAL", a promotion, "TOTAL", then two tenders ("TENDER: VOUCHER", "TENDER: CASH") and the change; "27JAN18 15:02".
      const it = priced([['POLO T-SHIRT M', 2, 59.9], ['SOCKS 3PR', 1, 19.9]]);
      const promo = 12, total = r2(it.total - promo), voucher = 50, cash = 100;
      return { total, lines: [
        { c: 'PARKSON SUNWAY PYRAMID' }, { c: 'PARKSON CORPORATION SDN BHD' }, { c: '(Co. Reg. 89194-V)' }, { c: 'GST ID: 000194781184' }, '-',
        ['27JAN18 15:02', 'TRN 10288'], ['REG 07', 'SA 2291'], '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` ${r.qty}@${f2(r.price)}` : ''}`, f2(r.amount)]), '-',
        ['SUB-TOTAL', f2(it.total)], ['PROMO DISC', `-${f2(promo)}`], { b: ['TOTAL', f2(total)] },
        ['TENDER: VOUCHER', f2(voucher)], ['TENDER: CASH', f2(cash)], ['CHANGE', f2(r2(voucher + cash - total))], '-',
        ['GST 6% INCL.', f2(r2((total * 6) / 106))], { c: 'THANK YOU FOR SHOPPING AT PARKSON' },
      ] };
    },
  },
  {
    id: 'pharmacy-gst-summary-after-payment-total-saving-amount-due', batch: 27, date: '2018-03-02', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // "Amount Due", cash and change, "Total Saving", and a tax summary with the net, the tax and the gross columns; "02/03/2018".
      const it = priced([['ANTISEPTIC LIQUID 500ML', 1, 14.9], ['THERMOMETER DIGITAL', 1, 29.9], ['COTTON WOOL 100G', 2, 3.9]]);
      const gst = r2((it.total * 6) / 106), total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'GUARDIAN HEALTH & BEAUTY' }, { c: 'GUARDIAN HEALTH AND BEAUTY SDN BHD' }, { c: '(Co. Reg. 133123-H)' }, { c: 'GST ID: 001088774016' }, '-',
        ['02/03/2018', '12:18'], ['Rcpt: 3301-2210-0071', 'Cashier: 01'], '-',
        ...it.rows.map((r) => [`${r.name}${r.qty > 1 ? ` x${r.qty}` : ''}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Amount Due', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], ['Total Saving', '6.20'], '-',
        ['GST Summary', 'Net    GST    Gross'], ['S @6%', `${f2(r2(it.total - gst))}   ${f2(gst)}   ${f2(it.total)}`], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'cafe-total-incl-gst-rounding-net-total-cash-change-table-pax', batch: 27, date: '2018-04-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // "Total (Incl GST)" before a rounding, then "Net Total" after it; cash and change; "07/04/2018 (Sat)".
      const it = priced([['AMERICANO', 2, 8.5], ['CARBONARA', 1, 22.9], ['CAESAR SALAD', 1, 18.9]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'THE BEAN COUNTER CAFE' }, { c: 'BEAN COUNTER F&B SDN BHD (1120031-T)' }, { c: 'PUBLIKA, 50480 KUALA LUMPUR' }, { c: 'GST ID: 001921837760' }, '-',
        ['Table 4  Pax 2', '07/04/2018 (Sat)'], ['Bill# 7712', '14:40'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Total (Incl GST)', f2(incl)], ['Rounding', f2(r2(total - incl))],
        { b: ['Net Total', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'FOLLOW US @BEANCOUNTER' },
      ] };
    },
  },
  {
    id: 'fastfood-eat-in-total-incl-gst-cash-tendered-change', batch: 27, date: '2017-10-30', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A fast-food till: "Eat-In Total (incl GST)", "Cash Tendered", "Change", and the GST on its own line; "30/10/2017 12:05".
      const it = priced([['SPICY CHICKEN MEAL', 2, 15.95], ['SUNDAE CHOC', 2, 3.5]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: "McDonald's Bangsar" }, { c: 'GOLDEN ARCHES RESTAURANTS SDN BHD' }, { c: '(Co. Reg. 65351-M)' }, { c: 'GST ID: 000504664064' }, { c: 'TAX INVOICE' }, '-',
        ['ORD #42', 'REG #3'], ['30/10/2017 12:05', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Eat-In Total (incl GST)', f2(total)] }, ['Cash Tendered', f2(cash)], ['Change', f2(r2(cash - total))], ['Total Includes 6% GST', f2(r2((total * 6) / 106))], '-', { c: 'THANK YOU AND HAVE A NICE DAY' },
      ] };
    },
  },
  {
    id: 'electronics-thousands-card-and-cash-tenders-gst-table', batch: 27, date: '2018-05-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A TV over 1,000 with GST on top, "TOTAL (INCL GST)", paid by card and cash; a summary table; "12-05-2018".
      const it = priced([['LED TV 49" 4K', 1, 1699.0], ['HDMI CABLE 2M', 1, 29.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), card = 1500;
      return { total, lines: [
        { c: 'SENQ ELECTRONICS' }, { c: 'SENQ DIGITAL SDN BHD (711321-W)' }, { c: 'SUNWAY VELOCITY, 55100 KL' }, { c: 'GST ID: 001344981120' }, { c: 'TAX INVOICE' }, '-',
        ['Inv: SQ-18-05122', 'Date: 12-05-2018'], ['Sales: KELVIN', 'Time: 16:44'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['TOTAL (EXCL GST)', f2c(it.total)], ['GST 6%', f2(gst)], ['ROUNDING', f2(r2(total - incl))], { b: ['TOTAL (INCL GST)', f2c(total)] },
        ['CREDIT CARD', f2c(card)], ['CASH', f2(r2(total - card))], '-',
        ['GST SUMMARY', 'AMOUNT(RM)   TAX(RM)'], ['SR 6%', `${f2c(it.total)}   ${f2(gst)}`], { c: 'WARRANTY CARD ENCLOSED' },
      ] };
    },
  },
  {
    id: 'sg-hawker-gst7-incl-ezlink-cashcard-short-date', batch: 27, date: '2018-01-20', style: { font: 'condensed', size: 13 }, degrade: 'photo',
    build() {
      // A Singapore food court paid by an EZ-Link card, "TOTAL", "GST 7% incl" and the card's balance; "20/01/18 12:31".
      const it = priced([['CHICKEN RICE', 2, 4.5], ['BARLEY', 2, 1.6]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KOPITIAM @ PLAZA SINGAPURA' }, { c: 'KOPITIAM INVESTMENT PTE LTD' }, { c: 'GST REG NO: M2-0078331-8' }, '-',
        ['20/01/18 12:31', 'STALL 08'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['EZ-LINK', f2(total)], ['CARD BAL', '12.85'], ['GST 7% incl', f2(r2((total * 7) / 107))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kopitiam-rounding-negative-gst-summary-cash-change-ddmmyyyy-dash', batch: 27, date: '2018-02-19', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A kopitiam's GST added on top with a negative rounding ("-0.01"), "TOTAL", cash and change, a summary; "19-02-2018 07:55".
      const it = priced([['KAYA TOAST SET', 2, 5.9], ['HALF BOILED EGG', 2, 2.2], ['KOPI C', 2, 2.4]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KOPITIAM HAINAN LAMA' }, { c: 'HAINAN LAMA ENTERPRISE (SA0332190-X)' }, { c: 'JALAN SULTAN, 50000 KL' }, { c: 'GST ID: 002001228871' }, '-',
        ['19-02-2018 07:55', 'Rcpt 11021'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST SUMMARY', 'AMOUNT   GST'], ['SR 6%', `${f2(it.total)}   ${f2(gst)}`], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'supermarket-evoucher-bonuslink-points-total-after-voucher-card', batch: 27, date: '2018-03-24', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A supermarket's e-voucher taken off under "TOTAL", a second total "BALANCE DUE" paid by card; BonusLink points below; "24.03.2018".
      const it = priced([['SALMON FILLET 300G', 1, 24.9], ['BABY SPINACH', 2, 4.5], ['GREEK YOGURT', 1, 11.9], ['SOURDOUGH LOAF', 1, 9.9]]);
      const first = round5(it.total), ev = 10, total = r2(first - ev);
      return { total, lines: [
        { c: 'JAYA GROCER' }, { c: 'JAYA GROCER SDN BHD (801261-D)' }, { c: 'THE INTERMARK, 50400 KL' }, { c: 'GST ID: 001112045056' }, '-',
        ['24.03.2018', '18:10'], ['#0221 T03', 'Op: ZUL'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(first - it.total))], ['TOTAL', f2(first)], ['E-VOUCHER', `-${f2(ev)}`], { b: ['BALANCE DUE', f2(total)] }, ['VISA DEBIT', f2(total)], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['BONUSLINK PTS', String(Math.floor(total))], ['PTS BALANCE', '18,220'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'bookstore-total-incl-gst-member-disc-debit-month-first-comma', batch: 27, date: '2018-03-05', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A bookstore: member's discount, "TOTAL INCL. GST", a debit card; the date as "Mar 5, 2018" in a Malaysian shop.
      const it = priced([['ATOMIC HABITS', 1, 69.9], ['COLOURING PENCILS 24C', 1, 18.9]]);
      const disc = r2(it.total * 0.15), net = r2(it.total - disc), total = round5(net);
      return { total, lines: [
        { c: 'POPULAR BOOKSTORE' }, { c: 'POPULAR BOOK CO (M) SDN BHD' }, { c: '(Co. Reg. 113838-W)' }, { c: 'GST ID: 000448854016' }, '-',
        ['Mar 5, 2018', '11:20 AM'], ['Slip 221-0092', 'Cashier 5'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['BMP MEMBER 15%', `-${f2(disc)}`], ['ROUNDING', f2(r2(total - net))], { b: ['TOTAL INCL. GST', f2(total)] }, ['DEBIT CARD', f2(total)], '-',
        ['GST 6% INCL.', f2(r2((total * 6) / 106))], { c: 'BOOKS ARE NOT EXCHANGEABLE' },
      ] };
    },
  },
  {
    id: 'stationery-cash-and-tng-tenders-gst-summary-three-columns', batch: 27, date: '2018-05-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // Paid partly in cash and partly by Touch 'n Go; "TOTAL SALES (GST INC)", a summary with the code, the net and the tax; "28/05/2018 16:02".
      const it = priced([['EXERCISE BOOK 80P', 10, 1.2], ['GEOMETRY SET', 2, 6.9], ['SCHOOL BAG', 1, 59.0]]);
      const total = round5(it.total), gst = r2((total * 6) / 106), cash = 50;
      return { total, lines: [
        { c: 'SYARIKAT ALAT TULIS CERIA' }, { c: '(Co. Reg. 002198831-T)' }, { c: 'JALAN MERDEKA, 75000 MELAKA' }, { c: 'GST ID: 000765510272' }, '-',
        ['28/05/2018 16:02', 'CS 0018221'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL SALES (GST INC)', f2(total)] }, ['CASH', f2(cash)], ['TNG', f2(r2(total - cash))], '-',
        ['CODE', 'NET    GST'], ['SR 6%', `${f2(r2(total - gst))}   ${f2(gst)}`], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 28 (held out)
  {
    id: 'petrol-pump-litres-ron95-cash-change-date-words', batch: 28, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A petrol slip: the pump and the grade, litres at a price a litre, cash and change, fuel zero-rated; "27 Mar 2018 07:42".
      const litres = 18.64, rate = 2.2, total = r2(litres * rate), cash = 50;
      return { total, lines: [
        { c: 'PETRONAS JALAN KLANG LAMA' }, { c: 'KLANG LAMA SERVICE STATION SDN BHD' }, { c: '(Co. Reg. 1021876-P)' }, { c: 'BATU 4 1/2, JALAN KLANG LAMA, 58000 KL' }, { c: 'GST ID: 000882190331' }, '-',
        '27 Mar 2018 07:42', ['Receipt: 0441208', 'POS: 01'], '-',
        ['PUMP 06  PRIMAX 95', ''], [`  ${f2(litres)} L x ${f2(rate)} /L`, f2(total)], '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST SUMMARY', 'AMOUNT   TAX'], ['Z @ 0%', `${f2(total)}   0.00`], { c: 'THANK YOU. DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'hardware-total-sales-gst-inc-excl-rounding-cash-change', batch: 28, date: '2018-04-05', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A hardware shop: "Total Sales (Excl GST)", the GST, a rounding, "TOTAL SALES (GST INC)", cash and change; "05/04/2018".
      const it = priced([['CEMENT 50KG', 2, 18.5], ['WIRE NAIL 2" 1KG', 1, 6.8], ['PAINT BRUSH 3"', 2, 4.2], ['SAND PAPER #120', 5, 0.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN BINA MAJU' }, { c: '(Co. Reg. 000871223-W)' }, { c: 'LOT 12, JALAN BESAR, 43000 KAJANG' }, { c: 'GST ID: 000544109283' }, { c: 'TAX INVOICE' }, '-',
        ['CS No: CS-18-04417', 'Date: 05/04/2018'], ['Cashier: LIM', 'Time: 10:12'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total Sales (Excl GST)', f2(it.total)], ['GST @ 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL SALES (GST INC)', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'restaurant-svc10-gst6-rounding-visa-month-comma-short-year', batch: 28, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // Service charge 10% and GST 6% on both, a rounding, "TOTAL", a VISA slip; the date as "Mar 27, 18 20:15".
      const it = priced([['GRILLED LAMB CHOP', 1, 38.9], ['FISH & CHIPS', 2, 24.9], ['ICED LEMON TEA', 3, 6.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'THE OLD TOWN GRILL' }, { c: 'OLD TOWN GRILL SDN BHD (1109871-U)' }, { c: '12 JALAN TELAWI, BANGSAR, 59100 KL' }, { c: 'GST ID: 001633098177' }, '-',
        ['Mar 27, 18 20:15', 'Tbl 9'], ['Chk 3301', 'Svr: AINA'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], '-',
        'VISA XXXXXXXXXXXX2291', 'APPR CODE: 118290', { c: 'THANK YOU, SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'pharmacy-sale-date-and-exchange-by-date-amount-due-cash', batch: 28, date: '2018-02-12', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // Two dates: the sale's "12/02/2018" and a printed "Exchange by 19/02/2018" under the payment; "Amount Due", cash and change.
      const it = priced([['PARACETAMOL 500MG 20S', 2, 4.9], ['COUGH SYRUP 120ML', 1, 16.9], ['VITAMIN C 1000MG 30S', 1, 32.5]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'AA PHARMACY' }, { c: 'AA PHARMACY (PJ) SDN BHD (1055402-M)' }, { c: '8, JALAN 14/22, 46100 PETALING JAYA' }, { c: 'GST ID: 001277419820' }, '-',
        ['12/02/2018 17:21', 'Rcpt 2201-0318'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['Amount Due', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST 6% Included', f2(r2((total * 6) / 106))], 'Exchange by 19/02/2018 with receipt', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'bookshop-date-words-exchange-until-date-words-member-disc-cash', batch: 28, date: '2018-01-27', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A bookshop: "27 Jan 2018" at the top, a member discount, "NETT TOTAL", cash; "Exchange until 10 Feb 2018" at the foot.
      const it = priced([['THE ALCHEMIST', 1, 39.9], ['OXFORD DICTIONARY', 1, 59.9], ['BOOKMARK SET', 2, 3.5]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), total = round5(net), cash = 100;
      return { total, lines: [
        { c: 'KINOKUNI BOOKS' }, { c: 'KINOKUNI BOOKSTORE (M) SDN BHD' }, { c: '(Co. Reg. 310223-X)' }, { c: 'SURIA KLCC, 50088 KUALA LUMPUR' }, { c: 'GST ID: 000299183872' }, '-',
        '27 Jan 2018  13:05', ['Slip: K0122871', 'Cashier: 08'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['MEMBER 10%', `-${f2(disc)}`], ['ROUNDING', f2(r2(total - net))], { b: ['NETT TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST 6% INCL.', f2(r2((total * 6) / 106))], 'Exchange until 10 Feb 2018', { c: 'HAPPY READING' },
      ] };
    },
  },
  {
    id: 'minimart-double-width-spaced-total-cash-change-dash', batch: 28, date: '2017-06-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // The total printed in double-width letters spaced out, "T O T A L"; cash and change; "14-06-2017 21:33".
      const it = priced([['MINERAL WATER 1.5L', 2, 1.8], ['POTATO CHIPS 60G', 1, 3.5], ['INSTANT NOODLE CUP', 3, 2.3], ['CHOC BAR 40G', 2, 2.6]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'MYNEWS.COM' }, { c: 'BISON STORES SDN BHD' }, { c: '(Co. Reg. 391378-M)' }, { c: 'GST ID: 000700711552' }, '-',
        ['14-06-2017 21:33', 'Rcpt 551208'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { hw: ['T O T A L', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'petrol-diesel-pump-volume-card-expiry', batch: 28, date: '2018-04-11', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A card slip at a pump: "Pump No", "Grade", "Volume", "Price/L", "Amount"; the card's expiry "EXP: 09/21" and "2018/04/11".
      const litres = 40.12, rate = 2.18, total = r2(litres * rate);
      return { total, lines: [
        { c: 'CALTEX SERI KEMBANGAN' }, { c: 'SERI KEMBANGAN FUEL SDN BHD' }, { c: '(Co. Reg. 922871-K)' }, { c: 'GST ID: 000398120337' }, '-',
        ['DATE: 2018/04/11', 'TIME: 06:58'], 'TRANS NO: 00211983', '-',
        ['Pump No', '03'], ['Grade', 'DIESEL'], ['Volume', `${f2(litres)} L`], ['Price/L', `RM ${f2(rate)}`], ['Amount', `RM ${f2(total)}`], '-',
        { b: ['TOTAL RM', f2(total)] }, ['MASTERCARD', f2(total)], 'CARD: XXXX XXXX XXXX 7731', 'EXP: 09/21', 'AUTH: 552019', '-',
        ['GST 0% (Z)', '0.00'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-total-sales-inclusive-gst-tendered-balance-date-words', batch: 28, date: '2018-01-08', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // "TOTAL SALES INCLUSIVE GST" with the GST in the prices, "Tendered" and "Balance"; "8 Jan 2018".
      const it = priced([['PADLOCK 50MM', 1, 18.9], ['HINGE 4" PAIR', 3, 5.5], ['SCREW 1" BOX', 2, 4.8], ['WD-40 333ML', 1, 16.5]]);
      const total = round5(it.total), tendered = 100;
      return { total, lines: [
        { c: 'TEGAP HARDWARE TRADING' }, { c: '(Co. Reg. 0012871-V)' }, { c: '31, JALAN PASAR, 30000 IPOH' }, { c: 'GST ID: 001901228733' }, '-',
        ['Date: 8 Jan 2018', '16:27'], 'Bill No: 18010087', '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Rounding Adj', f2(r2(total - it.total))], { b: ['TOTAL SALES INCLUSIVE GST', f2(total)] }, ['Tendered', f2(tendered)], ['Balance', f2(r2(tendered - total))], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-restaurant-svc10-gst7-total-sdollar-nets-date-words', batch: 28, date: '2017-12-02', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // Singapore: "Svc Charge 10%", "GST 7%" on the net and the charge, "Total S$", paid by NETS; "02 Dec 2017".
      const it = priced([['CHILLI CRAB (M)', 1, 68.0], ['MANTOU 6PCS', 1, 6.0], ['KANG KONG BELACAN', 1, 14.0], ['LIME JUICE', 3, 3.8]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'SEAVIEW SEAFOOD RESTAURANT' }, { c: 'SEAVIEW F&B PTE LTD' }, { c: '1206 EAST COAST PARKWAY, S449883' }, { c: 'GST REG NO: 201311234M' }, '-',
        ['02 Dec 2017', '20:48'], ['Table 21', 'Pax 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(it.total)], ['Svc Charge 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['Total S$', f2(total)] }, ['NETS', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-item-expiry-month-year-nett-total-dotted-date', batch: 28, date: '2018-03-03', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // Items with their expiry printed under them ("EXP 08/2019"), "NETT TOTAL", cash; "03.03.2018".
      const it = priced([['INSULIN PEN NEEDLE 100S', 1, 48.0], ['GLUCOSE STRIP 50S', 1, 69.0], ['ALCOHOL SWAB 100S', 1, 7.9]]);
      const total = round5(it.total), cash = 150;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU SDN BHD (887102-A)' }, { c: '21, JALAN IBRAHIM, 08000 SG PETANI' }, { c: 'GST ID: 000611928833' }, '-',
        ['03.03.2018', '09:44'], ['Inv: FS180303-12', 'Pharm: NG'], '-',
        ...it.rows.flatMap((r, i) => [[`${r.qty} ${r.name}`, f2(r.amount)], `  EXP ${['08/2019', '11/2018', '02/2020'][i]}`]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['NETT TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST 6% Included', f2(r2((total * 6) / 106))], { c: 'SEMOGA CEPAT SEMBUH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 29 (held out)
  {
    id: 'petrol-fuel-and-drinks-double-width-spaced-total-month-comma-short-year', batch: 29, date: '2018-04-02', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // Fuel at a pump and drinks from the shop, "T O T A L" in double-width type, cash and change; "Apr 2, 18 18:05".
      const litres = 22.73, rate = 2.2, fuel = r2(litres * rate), shop = priced([['COFFEE CAN 240ML', 2, 2.9], ['NEWSPAPER', 1, 1.5]]);
      const all = r2(fuel + shop.total), total = round5(all), cash = 100;
      return { total, lines: [
        { c: 'BHPETROL TAMAN MELAWATI' }, { c: 'MELAWATI PETROL MART SDN BHD' }, { c: '(Co. Reg. 771093-H)' }, { c: 'GST ID: 000312287661' }, '-',
        ['Apr 2, 18 18:05', 'Rcpt 0088231'], '-',
        ['P02 RON95', f2(fuel)], [`  ${f2(litres)}L @ RM${f2(rate)}`, ''], ...shop.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - all))], { hw: ['T O T A L', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST SUMMARY', 'AMT   TAX'], ['S 6%', `${f2(r2(shop.total - (shop.total * 6) / 106))}   ${f2(r2((shop.total * 6) / 106))}`], ['Z 0%', `${f2(fuel)}   0.00`], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-total-sales-gst-inc-debit-card-summary-iso', batch: 29, date: '2018-02-14', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // "TOTAL SALES (GST INC)" with the GST in the prices, paid by debit card, a summary of the code, the net and the tax; "2018-02-14".
      const it = priced([['EXTENSION CORD 5M', 1, 25.9], ['LED BULB 12W', 4, 8.9], ['CABLE TIE 200MM', 2, 3.5]]);
      const total = round5(it.total), gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'SYARIKAT ELEKTRIK & HARDWARE SENTOSA' }, { c: '(Co. Reg. 000452187-D)' }, { c: 'JALAN KENANGA, 70200 SEREMBAN' }, { c: 'GST ID: 000871102281' }, '-',
        ['2018-02-14 11:30', 'CS 4420918'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['ROUNDING', f2(r2(total - it.total))], { b: ['TOTAL SALES (GST INC)', f2(total)] }, ['DEBIT CARD', f2(total)], '-',
        ['GST SUMMARY', 'AMOUNT    GST'], ['SR 6%', `${f2(r2(total - gst))}    ${f2(gst)}`], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-svc10-gst6-total-incl-cash-change-tarikh-dash-mon', batch: 29, date: '2018-02-15', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A Malay restaurant: "Caj Perkhidmatan 10%", "GST 6%", "Jumlah Termasuk GST", cash and change; "Tarikh: 15-Feb-2018".
      const it = priced([['NASI BERIANI KAMBING', 2, 16.9], ['AYAM MASAK MERAH', 1, 12.0], ['SIRAP BANDUNG', 3, 3.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN SELERA KAMPUNG' }, { c: 'SELERA KAMPUNG SDN BHD (998102-T)' }, { c: 'JALAN TUN RAZAK, 50400 KL' }, { c: 'GST ID: 001822093371' }, '-',
        ['Tarikh: 15-Feb-2018', 'Masa: 13:22'], ['Meja: 7', 'Bil: 10291'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Caj Perkhidmatan 10%', f2(svc)], ['GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['Jumlah Termasuk GST', f2(total)] },
        ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'bookshop-voucher-valid-until-later-date-points-card', batch: 29, date: '2018-01-19', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A bookshop's receipt with a voucher printed under it, "Valid until 31/12/2018"; "TOTAL", a credit card; "19/01/2018".
      const it = priced([['SAPIENS (PB)', 1, 59.9], ['MAGAZINE READERS DIGEST', 1, 12.9]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'MPH BOOKSTORES' }, { c: 'MPH BOOKSTORES SDN BHD (6121-U)' }, { c: 'MID VALLEY MEGAMALL, 59200 KL' }, { c: 'GST ID: 000122870016' }, '-',
        ['19/01/2018', '19:02'], ['Trans 2201873', 'Till 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], ['GST 6% Incl.', f2(r2((total * 6) / 106))], '-',
        { c: 'RM5 VOUCHER' }, { c: 'on your next purchase of RM50 & above' }, { c: 'Valid until 31/12/2018' }, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-month-comma-short-year-pm-amount-due-card', batch: 29, date: '2018-01-09', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // "Jan 9, 18 3:15PM", "Amount Due", a debit card, the GST included; a member's points.
      const it = priced([['SUNBLOCK SPF50 50ML', 1, 39.9], ['LIP BALM', 2, 8.9], ['HAND SANITISER 250ML', 1, 12.5]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'WATSONS SUNWAY' }, { c: 'WATSONS PERSONAL CARE STORES SDN BHD' }, { c: '(Co. Reg. 179034-U)' }, { c: 'GST ID: 000199381056' }, '-',
        ['Jan 9, 18 3:15PM', 'Str 0211'], ['Rcpt 4409187', 'Csh 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Rounding', f2(r2(total - it.total))], { b: ['Amount Due', f2(total)] }, ['Debit Card', f2(total)], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['Points Earned', String(Math.floor(total))], { c: 'LOOK GOOD FEEL GREAT' },
      ] };
    },
  },
  {
    id: 'grocer-double-width-spaced-total-card-and-expiry', batch: 29, date: '2017-11-22', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A grocer: "T O T A L" in double-width type, a credit card with its expiry "EXP 04/20"; "22/11/17 10:41".
      const it = priced([['BASMATI RICE 5KG', 1, 32.9], ['COOKING OIL 2KG', 1, 12.8], ['SUGAR 1KG', 2, 2.85], ['CONDENSED MILK', 3, 3.2]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'PASAR MINI BERKAT' }, { c: 'BERKAT RUNCIT ENTERPRISE (SA0221873-V)' }, { c: 'JALAN SETIA, 81200 JOHOR BAHRU' }, { c: 'GST ID: 002101872261' }, '-',
        ['22/11/17 10:41', 'No: 80122'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { hw: ['T O T A L', f2(total)] }, ['CREDIT CARD', f2(total)], 'CARD XXXX-XXXX-XXXX-6120  EXP 04/20', 'APPROVAL 229810', '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-fleet-card-odometer-vehicle-litres-ddmmyyyy', batch: 29, date: '2017-11-27', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A fleet card at a pump: vehicle number, odometer, litres and the price, "AMOUNT (RM)"; "27/11/2017 14:20".
      const litres = 55.3, rate = 2.25, total = r2(litres * rate);
      return { total, lines: [
        { c: 'SHELL BATU CAVES' }, { c: 'BATU CAVES AUTO CENTRE SDN BHD' }, { c: '(Co. Reg. 1009812-A)' }, { c: 'GST ID: 000710928331' }, '-',
        ['27/11/2017 14:20', 'Trx 0192231'], '-',
        ['PUMP', '07'], ['PRODUCT', 'DIESEL'], ['LITRES', f2(litres)], ['UNIT PRICE', f2(rate)], '-',
        { b: ['AMOUNT (RM)', f2(total)] }, ['FLEET CARD', f2(total)], 'CARD 7077 12** **** 3341', ['VEHICLE NO', 'WXY 1234'], ['ODOMETER', '128431'], '-',
        ['GST 0% (ZR)', '0.00'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'cafe-svc10-gst6-total-incl-promo-valid-till-date-words', batch: 29, date: '2018-04-28', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A café: service charge and GST, "Total (GST Inc)", cash and change; a promotion "valid till 31 May 2018"; "28 Apr 2018".
      const it = priced([['FLAT WHITE', 2, 10.5], ['CROISSANT', 2, 7.9], ['BIG BREAKFAST', 1, 26.9]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'BREW & BAKE CAFE' }, { c: 'BREW AND BAKE SDN BHD (1177280-W)' }, { c: 'DAMANSARA UPTOWN, 47400 PJ' }, { c: 'GST ID: 002088173329' }, '-',
        ['28 Apr 2018', '10:25'], ['Order 118', 'Table 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total (GST Inc)', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'FREE COOKIE WITH ANY COFFEE' }, { c: 'valid till 31 May 2018' },
      ] };
    },
  },
  {
    id: 'hardware-return-by-iso-date-after-sale-total-cash', batch: 29, date: '2018-03-13', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // The sale's "2018-03-13 15:40" and a "Return by: 2018-03-20" under the payment; "TOTAL", cash and change.
      const it = priced([['DRILL BIT SET 13PC', 1, 34.9], ['WALL PLUG 6MM 100S', 1, 5.5], ['MEASURING TAPE 5M', 1, 12.9]]);
      const total = round5(it.total), cash = 60;
      return { total, lines: [
        { c: 'MR DIY PUCHONG' }, { c: 'MR D.I.Y. (M) SDN BHD' }, { c: '(Co. Reg. 860671-D)' }, { c: 'GST ID: 000306020352' }, '-',
        ['2018-03-13 15:40', 'SLIP 0871192'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], 'Return by: 2018-03-20', 'Keep this receipt for exchange', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kedai-malay-month-date-words-double-width-total-tunai-baki', batch: 29, date: '2018-03-13', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Malay shop: the date in Malay words "13 Mac 2018", "J U M L A H" in double-width type, "TUNAI" and "BAKI".
      const it = priced([['BERAS WANGI 10KG', 1, 36.9], ['GULA PASIR 2KG', 1, 5.7], ['TELUR AYAM 30BJ', 1, 12.5]]);
      const total = round5(it.total), cash = 100;
      return { total, lines: [
        { c: 'KEDAI RUNCIT SRI MAJU' }, { c: '(SA0311287-P)' }, { c: 'KAMPUNG BARU, 35900 TANJUNG MALIM' }, { c: 'GST ID: 001288731902' }, '-',
        ['13 Mac 2018', '08:31'], 'No. Resit: 00921', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Penggenapan', f2(r2(total - it.total))], { hw: ['J U M L A H', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-',
        ['GST 6% Termasuk', f2(r2((total * 6) / 106))], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 30 (held out)
  {
    id: 'tax-invoice-gst-summary-amount-rm-tax-rm-sr-zr-rows-ddmmyy', batch: 30, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A grocer's tax invoice: items coded SR or ZR, "Total Amount Incl. GST", cash and change, then "GST Summary Amount(RM) Tax(RM)" with SR @6% and ZR @0% rows; "27/03/18 19:42".
      const sr = priced([['DETERGENT 3KG', 1, 21.9], ['SHAMPOO 400ML', 1, 13.5]]), zr = priced([['RICE 10KG', 1, 26.0], ['EGGS GRADE B 30S', 1, 11.8]]);
      const srNet = r2(sr.total / 1.06), srTax = r2(sr.total - srNet), all = r2(sr.total + zr.total), total = round5(all), cash = 100;
      return { total, lines: [
        { c: 'PASARAYA SEGAR JAYA' }, { c: 'SEGAR JAYA TRADING SDN BHD (887102-M)' }, { c: 'JALAN PASAR, 41400 KLANG' }, { c: 'GST ID: 000887102448' }, { c: 'TAX INVOICE' }, '-',
        ['27/03/18 19:42', 'Inv: 200381'], '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), '-',
        ['Rounding Adj', f2(r2(total - all))], { b: ['Total Amount Incl. GST', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount(RM)', 'Tax(RM)'], ['SR @6%', f2(srNet), f2(srTax)], ['ZR @0%', f2(zr.total), '0.00'], { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'mart-total-excl-gst-beside-total-incl-gst-one-line-cash', batch: 30, date: '2018-02-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // "TOTAL EXCL. GST 41.60  TOTAL INCL. GST 44.10" printed side by side on one line, the GST under it, cash and change; "03-02-2018".
      const it = priced([['MILO 1KG', 1, 22.9], ['BISCUIT CRACKERS', 2, 4.6], ['INSTANT NOODLES 5S', 2, 4.7]]);
      const total = round5(it.total), net = r2(total / 1.06), gst = r2(total - net), cash = 50;
      return { total, lines: [
        { c: 'MYMART SRI PETALING' }, { c: 'MYMART RETAIL SDN BHD (1023387-P)' }, { c: 'JALAN RADIN BAGUS, 57000 KL' }, { c: 'GST ID: 001023387552' }, '-',
        ['Date: 03-02-2018', 'Time: 17:05'], ['Receipt: 03021877', 'POS 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        [`TOTAL EXCL. GST ${f2(net)}`, `TOTAL INCL. GST ${f2(total)}`], ['GST 6%', f2(gst)], ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'pharmacy-item-discount-lines-member-savings-rounding-adjustment', batch: 30, date: '2018-01-22', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // Items each followed by its discount line ("  DISC 10%  -2.99"), "Rounding Adjustment" before "TOTAL", a card, then "Member Savings" under the payment; "22 Jan 2018".
      const it = priced([['VITAMIN C 1000MG 30S', 1, 29.9], ['COUGH SYRUP 100ML', 1, 14.6], ['PLASTER STRIPS 20S', 2, 3.9]]);
      const d1 = r2(29.9 * 0.1), d2 = r2(14.6 * 0.1), net = r2(it.total - d1 - d2), total = round5(net);
      return { total, lines: [
        { c: 'CARING PHARMACY SETAPAK' }, { c: 'CARING PHARMACY RETAIL MGMT SDN BHD' }, { c: '(Co. Reg. 573190-W)' }, { c: 'GST ID: 000573190080' }, '-',
        ['22 Jan 2018', '11:48'], ['Rcpt 7712093', 'Ctr 3'], '-',
        [`1 ${it.rows[0].name}`, f2(it.rows[0].amount)], ['  DISC 10%', `-${f2(d1)}`], [`1 ${it.rows[1].name}`, f2(it.rows[1].amount)], ['  DISC 10%', `-${f2(d2)}`],
        [`2 ${it.rows[2].name}`, f2(it.rows[2].amount)], '-',
        ['Subtotal', f2(net)], ['Rounding Adjustment', f2(r2(total - net))], { b: ['TOTAL', f2(total)] }, ['MASTERCARD', f2(total)], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['Member Savings', f2(r2(d1 + d2))], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'parking-overnight-entry-date-before-exit-date-paid-cash', batch: 30, date: '2018-03-27', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // An overnight stay at a car park: the entry on one day, the exit on the next; the slip's date is the exit's; "Amount Paid".
      const total = 18, paid = 20;
      return { total, lines: [
        { c: 'SUNWAY CAR PARK MGMT SDN BHD' }, { c: '(Co. Reg. 402211-V)' }, { c: 'MENARA TIMUR CAR PARK, 47500 SUBANG' }, { c: 'GST ID: 000402211906' }, '-',
        { c: 'PARKING RECEIPT' }, 'Ticket No : 4401283397', 'Entry Time: 26/03/2018 21:14', 'Exit Time : 27/03/2018 07:52', 'Duration  : 10h 38m', '-',
        { b: ['Amount Paid', `RM ${f2(total)}`] }, ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['Cash', `RM ${f2(paid)}`], ['Change', `RM ${f2(r2(paid - total))}`], '-', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'convenience-cash-change-due-points-balance-iso-date', batch: 30, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A 7-Eleven-like till: items, "TOTAL", "CASH", "CHANGE DUE", then the member's points earned and "Points Balance 1,284"; "2018-03-27 23:58".
      const it = priced([['MINERAL WATER 1.5L', 2, 2.2], ['SANDWICH EGG MAYO', 1, 4.5], ['CHOC MILK 200ML', 3, 1.8], ['TOP UP RM10', 1, 10.0]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: '7-ELEVEN' }, { c: '7-ELEVEN MALAYSIA SDN BHD (179381-K)' }, { c: 'STORE 1187 TAMAN MELAWATI' }, { c: 'GST ID: 000179381064' }, '-',
        ['2018-03-27 23:58', 'STR 1187'], ['REG 01', 'TRX 0098812'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE DUE', f2(r2(cash - total))], '-',
        ['GST 6% Incl.', f2(r2(((total - 10) * 6) / 106))], ['7REWARDS Points Earned', String(Math.floor(total))], ['Points Balance', '1,284'], { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'kopitiam-yymmdd-date-no-label-format-total-cash', batch: 30, date: '2018-03-27', style: { font: 'condensed', size: 13 }, degrade: 'photo',
    build() {
      // A till that prints the date year first with two digits, "18/03/27 12:31" (yy/mm/dd), "TOTAL", cash and change.
      const it = priced([['KOPI O AIS', 2, 2.2], ['ROTI BAKAR KAYA', 2, 2.8], ['NASI LEMAK BUNGKUS', 1, 3.5]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'KOPITIAM WAH KEE' }, { c: '(SA0287710-X)' }, { c: 'JALAN BUNUS, 50100 KL' }, '-',
        ['18/03/27 12:31', 'Tbl 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'optical-deposit-paid-now-balance-on-collection-later-date', batch: 30, date: '2018-02-06', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // An optician's order: frame and lenses, "TOTAL", "DEPOSIT PAID (CASH)" now, "BALANCE DUE" on collection, and the collection date after the sale's.
      const it = priced([['FRAME TITANIUM', 1, 368.0], ['LENS PROGRESSIVE 1.67', 2, 290.0], ['EYE TEST', 1, 0.0]]);
      const total = it.total, deposit = 300;
      return { total, lines: [
        { c: 'OPTIK CAHAYA MATA' }, { c: 'CAHAYA MATA OPTICAL SDN BHD (660132-D)' }, { c: 'JALAN GASING, 46000 PETALING JAYA' }, { c: 'GST ID: 000660132257' }, '-',
        { c: 'TAX INVOICE / ORDER' }, ['Order: OP-18-0231', 'Date: 06/02/2018'], 'Collection: 13/02/2018', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL (GST INCL.)', f2(total)] }, ['DEPOSIT PAID (CASH)', f2(deposit)], { b: ['BALANCE DUE', f2(r2(total - deposit))] }, '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], 'Balance payable on collection.', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hotel-folio-nightly-dated-rows-payment-balance-zero', batch: 30, date: '2018-03-27', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      // A hotel folio: each night's room charge on a dated row, a minibar line, service charge and GST, "Total Charges", the card's payment, "Balance 0.00"; printed at check-out.
      const rate = 220, nights = ['24/03/2018', '25/03/2018', '26/03/2018'], minibar = 18;
      const rooms = rate * nights.length, svc = r2((rooms + minibar) * 0.1), gst = r2((rooms + minibar + svc) * 0.06), tt = 30, total = r2(rooms + minibar + svc + gst + tt);
      return { total, lines: [
        { c: 'THE RIVERSIDE HOTEL KUCHING' }, { c: 'RIVERSIDE INNS SDN BHD (221093-A)' }, { c: 'JALAN TUNKU ABDUL RAHMAN, 93100 KUCHING' }, { c: 'GST ID: 000221093385' }, '-',
        { c: 'GUEST FOLIO' }, 'Room 512   MS LIM SIEW LING', 'Arrival 24/03/18   Departure 27/03/18', ['Folio 88213', 'Printed 27/03/18 11:02'], '-',
        ...nights.map((d) => [`${d} Room Charge`, f2(rate)]), ['26/03/2018 Minibar', f2(minibar)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Tourism Tax 3 x 10.00', f2(tt)], '-',
        { b: ['Total Charges', f2(total)] }, ['27/03/2018 AMEX Payment', `-${f2(total)}`], ['Balance', '0.00'], '-', { c: 'WE HOPE TO SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'till-total-twice-before-and-after-rounding-adj-cash', batch: 30, date: '2018-01-30', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A till that prints "TOTAL" before the rounding and again after it: "TOTAL 38.92", "ROUNDING ADJ -0.02", "TOTAL 38.90"; cash and change; "30.01.18".
      const it = priced([['CHICKEN WHOLE', 1, 14.37], ['FISH KEMBUNG', 1, 11.45], ['SAWI 500G', 2, 2.3], ['CHILI PADI', 1, 1.2], ['BAWANG 1KG', 1, 7.3]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'PASAR BASAH MODEN UNGGUL' }, { c: 'UNGGUL FRESH MART SDN BHD (1090021-H)' }, { c: 'JALAN IPOH, 51200 KL' }, { c: 'GST ID: 001090021772' }, '-',
        ['30.01.18 08:14', 'No 55021'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST 0% (ZR)', '0.00'], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'toll-entry-plaza-exit-plaza-entry-time-exit-time-fare-card-balance', batch: 30, date: '2018-03-27', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A closed-toll receipt: the entry plaza and its time, the exit plaza and its time (after midnight, the next day), the fare, the card's balance.
      const total = 21.6, balance = 63.15;
      return { total, lines: [
        { c: 'PLUS MALAYSIA BERHAD' }, { c: '(Co. Reg. 986125-A)' }, { c: 'RESIT TOL / TOLL RECEIPT' }, '-',
        ['Entry Plaza', 'SUNGAI BULOH'], ['Entry', '26/03/2018 23:41'], ['Exit Plaza', 'IPOH UTARA'], ['Exit', '27/03/2018 01:37'], ['Class', '1'], ['Lane', '05'], '-',
        { b: ['FARE', `RM ${f2(total)}`] }, ['Card', 'TOUCH N GO'], ['Card Balance', `RM ${f2(balance)}`], '-', { c: 'SELAMAT MEMANDU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 31 (held out)
  {
    id: 'restaurant-tax-invoice-svc-gst-summary-amount-tax-rm-after-payment', batch: 31, date: '2018-02-24', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A restaurant's tax invoice: service charge, "Total Incl. GST", VISA, then "GST Summary Amount(RM) Tax(RM)" with one SR row; "24/02/2018 (Sat)".
      const it = priced([['CLAYPOT CHICKEN RICE', 2, 14.9], ['FRIED KAILAN', 1, 12.0], ['LIME JUICE', 2, 4.5]]);
      const svc = r2(it.total * 0.1), net = r2(it.total + svc), gst = r2(net * 0.06), incl = r2(net + gst), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN WONG AH WAH' }, { c: 'WONG AH WAH F&B SDN BHD (912203-T)' }, { c: 'JALAN ALOR, 50200 KL' }, { c: 'GST ID: 000912203118' }, { c: 'TAX INVOICE' }, '-',
        ['Inv No: 2402-0188', 'Table: 12'], 'Date: 24/02/2018 (Sat)  20:17', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Incl. GST', f2(total)] }, ['VISA', f2(total)], '-',
        ['GST Summary', 'Amount(RM)', 'Tax(RM)'], ['SR 6%', f2(net), f2(gst)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hypermarket-total-excl-incl-gst-column-headers-member-savings-card', batch: 31, date: '2017-12-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hypermarket: a row "TOTAL" with two figures under "EXCL. GST" and "INCL. GST" headers, "You saved RM" for the member prices, a debit card; "09/12/17".
      const it = priced([['FABRIC SOFTENER 2L', 1, 15.9], ['TISSUE 10 ROLLS', 1, 18.5], ['CORNFLAKES 500G', 2, 11.2], ['APPLE FUJI 1KG', 1, 9.9]]);
      const total = round5(it.total), net = r2(total / 1.06);
      return { total, lines: [
        { c: 'GIANT HYPERMARKET KOTA DAMANSARA' }, { c: 'GCH RETAIL (MALAYSIA) SDN BHD' }, { c: '(Co. Reg. 35032-A)' }, { c: 'GST ID: 000193613824' }, '-',
        ['09/12/17 16:44', 'Str 5117 Reg 14'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['', 'EXCL. GST', 'INCL. GST'], { b: ['TOTAL', f2(net), f2(total)] }, ['DEBIT CARD', f2(total)], '-', ['You saved RM', '6.40'], ['Member Points', '118'], { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'supermarket-item-promo-discount-lines-rounding-adjustment-total-twice-card', batch: 31, date: '2018-04-14', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // Item lines with a promotion's discount under each ("PROMO -1.00"), "Total" before and after "Rounding Adjustment", a card; "14-04-18".
      const it = priced([['YOGURT DRINK 6S', 2, 8.49], ['BREAD WHOLEMEAL', 1, 4.3], ['BUTTER 250G', 1, 11.99]]);
      const promo = [2.0, 0, 1.5], net = r2(it.total - promo[0] - promo[2]), total = round5(net);
      return { total, lines: [
        { c: 'JAYA GROCER BANGSAR' }, { c: 'JAYA GROCER SDN BHD (1000731-D)' }, { c: 'JALAN TELAWI, 59100 KL' }, { c: 'GST ID: 001000731776' }, '-',
        ['14-04-18 10:09', 'T3 R0098128'], '-',
        [`${it.rows[0].qty} ${it.rows[0].name}`, f2(it.rows[0].amount)], ['   PROMO', f2(-promo[0])], [`${it.rows[1].qty} ${it.rows[1].name}`, f2(it.rows[1].amount)],
        [`${it.rows[2].qty} ${it.rows[2].name}`, f2(it.rows[2].amount)], ['   PROMO', f2(-promo[2])], '-',
        ['Total', f2(net)], ['Rounding Adjustment', f2(r2(total - net))], { b: ['Total', f2(total)] }, ['VISA', f2(total)], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['Your Savings', f2(r2(promo[0] + promo[2]))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'parking-entry-date-exit-date-labelled-lines-paid-card-grace', batch: 31, date: '2018-02-11', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A car park: "Entry Date" and "Exit Date" on their own labelled lines (two days apart), the fee, a card, and "Exit grace 15 mins".
      const total = 45;
      return { total, lines: [
        { c: 'KLIA2 CAR PARK' }, { c: 'MALAYSIA AIRPORTS (SEPANG) SDN BHD' }, { c: '(Co. Reg. 320480-D)' }, { c: 'GST ID: 000320480256' }, '-',
        { c: 'RECEIPT' }, ['Ticket', '0271553009'], ['Entry Date', '09/02/2018'], ['Entry Time', '06:41'], ['Exit Date', '11/02/2018'], ['Exit Time', '22:19'], '-',
        { b: ['Parking Fee', f2(total)] }, ['GST 6% Incl.', f2(r2((total * 6) / 106))], ['Credit Card', f2(total)], '-', 'Exit grace 15 mins', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'convenience-cash-change-due-bill-total-incl-gst-ddmmyy-points', batch: 31, date: '2018-03-05', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A convenience store: "TOTAL INCL. GST", "CASH", "CHANGE DUE", "Points Balance", "05/03/18 07:12".
      const it = priced([['NESCAFE CAN', 2, 2.8], ['CURRY PUFF', 3, 1.5], ['NEWSPAPER THE STAR', 1, 1.5]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'MYNEWS.COM' }, { c: 'MYNEWS RETAIL SDN BHD (1232012-X)' }, { c: 'LRT MASJID JAMEK, 50100 KL' }, { c: 'GST ID: 001232012443' }, '-',
        ['05/03/18 07:12', 'Rcpt 312-88321'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL INCL. GST', f2(total)] }, ['CASH', f2(cash)], ['CHANGE DUE', f2(r2(cash - total))], '-',
        ['Points Earned', '9'], ['Points Balance', '2,318'], { c: 'HAVE A NICE DAY' },
      ] };
    },
  },
  {
    id: 'bakery-yymmdd-date-labelled-iso-short-total-incl-gst-cash', batch: 31, date: '2018-01-25', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A bakery whose till prints "Date(YY/MM/DD): 18/01/25" (read day first, 18 Jan 2025); "Total Incl. GST", cash and change.
      const it = priced([['BUTTER CROISSANT', 3, 4.2], ['RAISIN LOAF', 1, 7.8], ['EGG TART', 4, 2.4]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'TOUS LES JOURS PAVILION' }, { c: 'TLJ BAKERY (M) SDN BHD (1105522-U)' }, { c: 'JALAN BUKIT BINTANG, 55100 KL' }, { c: 'GST ID: 001105522660' }, '-',
        'Date(YY/MM/DD): 18/01/25', ['Time: 16:27', 'Bill: 0922'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Total Incl. GST', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['GST 6% Incl.', f2(r2((total * 6) / 106))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'tailor-deposit-paid-now-amount-received-balance-fitting-date', batch: 31, date: '2017-11-14', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A tailor's order receipt: the garments' "Total", "Amount Received" (the deposit now, in cash), "Balance", a fitting date after the sale's.
      const it = priced([['BAJU MELAYU SET (TAILOR)', 2, 185.0], ['SAMPIN SONGKET', 1, 150.0]]);
      const total = it.total, paid = 200;
      return { total, lines: [
        { c: 'BUTIK JAHITAN SRI INDAH' }, { c: '(SA0410072-H)' }, { c: 'JALAN MASJID INDIA, 50100 KL' }, '-',
        { c: 'RESIT / RECEIPT' }, ['No: 2311', 'Tarikh: 14/11/2017'], 'Fitting: 28/11/2017', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total', f2(total)] }, ['Amount Received', f2(paid)], { b: ['Balance', f2(r2(total - paid))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'hotel-folio-check-in-check-out-deposit-refund-balance-iso-dates', batch: 31, date: '2018-04-02', style: { font: 'mono', size: 10 }, degrade: 'photo',
    build() {
      // A hotel folio: "Check In 2018-03-31", "Check Out 2018-04-02", two nights' room rows, a laundry line, GST, "TOTAL", a deposit taken at check-in and the rest paid by card.
      const rate = 158, laundry = 24, rooms = 2 * rate, svc = r2((rooms + laundry) * 0.1), gst = r2((rooms + laundry + svc) * 0.06), tt = 20, total = r2(rooms + laundry + svc + gst + tt), dep = 100;
      return { total, lines: [
        { c: 'HOTEL PERDANA KOTA BHARU' }, { c: 'PERDANA HOTELS SDN BHD (158871-P)' }, { c: 'JALAN MAHMOOD, 15200 KOTA BHARU' }, { c: 'GST ID: 000158871024' }, '-',
        { c: 'FOLIO' }, ['Room 318', 'Folio 40912'], ['Check In', '2018-03-31'], ['Check Out', '2018-04-02'], '-',
        ['2018-03-31 Room', f2(rate)], ['2018-04-01 Room', f2(rate)], ['2018-04-01 Laundry', f2(laundry)], ['Service Charge', f2(svc)], ['GST 6%', f2(gst)], ['Tourism Tax', f2(tt)], '-',
        { b: ['TOTAL', f2(total)] }, ['Deposit (Cash)', f2(-dep)], ['VISA', f2(-r2(total - dep))], ['Balance', '0.00'], '-', { c: 'THANK YOU FOR STAYING' },
      ] };
    },
  },
  {
    id: 'hardware-gst-summary-sr-zr-total-excl-then-incl-rounding-adj-cash', batch: 31, date: '2018-03-06', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // "TOTAL EXCL. GST", "GST 6%", "ROUNDING ADJ", "TOTAL INCL. GST", cash and change, then the summary "GST Summary Amount(RM) Tax(RM)" with SR and ZR rows; "6 Mar 2018".
      const sr = priced([['PAINT EMULSION 5L', 1, 69.0], ['ROLLER BRUSH 9IN', 2, 8.5]]), zr = priced([['RICE 5KG (STAFF)', 1, 14.0]]);
      const gst = r2(sr.total * 0.06), excl = r2(sr.total + zr.total), incl = r2(excl + gst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'KEDAI PAKAI BINA HENG' }, { c: 'HENG BUILDING MATERIALS SDN BHD (440912-K)' }, { c: 'JALAN KUCHAI LAMA, 58200 KL' }, { c: 'GST ID: 000440912775' }, '-',
        ['6 Mar 2018', '15:02'], 'Cash Bill: CB-88120', '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), '-',
        ['TOTAL EXCL. GST', f2(excl)], ['GST 6%', f2(gst)], ['ROUNDING ADJ', f2(r2(total - incl))], { b: ['TOTAL INCL. GST', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST Summary', 'Amount(RM)', 'Tax(RM)'], ['SR @6%', f2(sr.total), f2(gst)], ['ZR @0%', f2(zr.total), '0.00'], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'toll-exit-receipt-entry-yesterday-fare-cash-tendered-change', batch: 31, date: '2018-02-15', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A toll paid in cash at the exit: "Masuk" (entry) the day before and "Keluar" (exit) after midnight, "Tol RM", cash and change.
      const total = 12.9, cash = 20;
      return { total, lines: [
        { c: 'LEBUHRAYA PANTAI TIMUR' }, { c: 'ANIH BERHAD (Co. Reg. 1013111-X)' }, { c: 'RESIT TOL' }, '-',
        ['Masuk', 'GOMBAK'], ['Tarikh Masuk', '14/02/2018 23:20'], ['Keluar', 'BENTONG'], ['Tarikh Keluar', '15/02/2018 00:18'], ['Kelas', '1'], '-',
        { b: ['TOL', `RM ${f2(total)}`] }, ['Tunai', `RM ${f2(cash)}`], ['Baki', `RM ${f2(r2(cash - total))}`], '-', { c: 'SELAMAT MEMANDU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 32
  {
    id: 'sg-restaurant-service-charge-10-gst9-total-visa-dd-mm-yyyy-2024', batch: 32, date: '2024-02-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore restaurant in 2024: "Service Charge 10%", "GST 9%" on the subtotal and the charge, "TOTAL S$", paid by VISA; "03/02/2024 19:42".
      const it = priced([['CHILLI CRAB (M)', 1, 68.0], ['MANTOU (4PCS)', 2, 4.8], ['KANGKONG BELACAN', 1, 14.0], ['LIME JUICE', 3, 4.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.09), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'HAI BIN SEAFOOD RESTAURANT' }, { c: 'UEN: 201733918K  GST Reg: 201733918K' }, { c: '12 EAST COAST PARKWAY #01-04' }, { c: 'SINGAPORE 449875' }, '-',
        ['Table: 12', 'Pax: 4'], ['Bill No: 0022871', '03/02/2024 19:42'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 9%', f2(gst)], { b: ['TOTAL', `S$${f2(total)}`] }, ['VISA', f2(total)], '-', { c: 'Thank you! See you again' },
      ] };
    },
  },
  {
    id: 'th-convenience-vat7-included-total-baht-footer-date-time-pos-id', batch: 32, date: '2024-02-02', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Thai convenience store in baht, VAT 7% included; the date only in the footer with the time and the till's ids: "R#0003 P#01 02/02/2024 08:15 TID 11820".
      const it = priced([['COFFEE LATTE CUP', 1, 45.0], ['EGG SANDWICH', 2, 29.0], ['WATER 1.5L', 2, 14.0], ['TISSUE PACK', 1, 19.0]]);
      const total = it.total, cash = 200, vat = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'QUICKMART 24' }, { c: 'QUICKMART RETAIL CO., LTD.' }, { c: 'TAX ID 0105561022718 (HEAD OFFICE)' }, { c: 'RAMA IV RD, KHLONG TOEI, BANGKOK' }, { c: 'ABB TAX INVOICE (VAT INCLUDED)' }, '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        [`${it.qty} ITEMS`, ''], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], ['VATABLE', f2(r2(total - vat))], ['VAT 7%', f2(vat)], '-',
        'R#0003 P#01 02/02/2024 08:15 TID 11820', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'id-minimarket-ppn-11-dpp-total-belanja-tunai-kembalian-dotted-date-footer', batch: 32, date: '2024-02-05', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // An Indonesian minimarket in rupiah: "TOTAL BELANJA", "TUNAI", "KEMBALIAN", then "DPP" and "PPN 11%" (included), and the date in the footer "05.02.24-14:22 / 2.0.31 TERM 03".
      const idr = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');
      const rows = [['INDOMIE GORENG', 5, 3100], ['AQUA 600ML', 4, 3500], ['TEH PUCUK 350ML', 3, 3800], ['ROTI TAWAR', 1, 16500], ['TELUR 10BTR', 1, 27900]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, price, amount: qty * price }));
      const total = items.reduce((a, r) => a + r.amount, 0), cash = 100000, dpp = Math.round((total * 100) / 111), ppn = total - dpp;
      return { total, lines: [
        { c: 'ALFAMIDI' }, { c: 'PT. MIDI UTAMA SEJAHTERA' }, { c: 'JL. RAYA BOGOR KM 27, JAKARTA TIMUR' }, { c: 'NPWP: 02.311.567.4-054.000' }, '-',
        ...items.flatMap((r) => [r.name, [`  ${r.qty} x ${idr(r.price)}`, idr(r.amount)]]), '-',
        { b: ['TOTAL BELANJA', idr(total)] }, ['TUNAI', idr(cash)], ['KEMBALIAN', idr(cash - total)], ['DPP', idr(dpp)], ['PPN 11%', idr(ppn)], '-',
        '05.02.24-14:22 / 2.0.31 TERM 03', { c: 'TERIMA KASIH SELAMAT BELANJA KEMBALI' },
      ] };
    },
  },
  {
    id: 'ph-fastfood-vatable-sales-vat-12-total-amount-due-cash-change-mm-dd-yyyy', batch: 32, date: '2024-02-15', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Philippine fast-food till in pesos: "VATable Sales", "VAT Amount (12%)", "TOTAL AMOUNT DUE", cash and change; the date month first, "02/15/2024 12:48 PM".
      const it = priced([['1PC CHICKEN W/ RICE', 2, 99.0], ['SPAGHETTI SOLO', 1, 65.0], ['PINEAPPLE JUICE', 2, 45.0], ['EXTRA RICE', 1, 20.0]]);
      const total = it.total, vat = r2((total * 12) / 112), cash = 500;
      return { total, lines: [
        { c: 'CHICKEN HOUSE' }, { c: 'GOLDEN FORK FOODS INC.' }, { c: 'SM MEGAMALL, MANDALUYONG CITY' }, { c: 'VAT REG TIN: 000-388-474-00012' }, { c: 'MIN: 17012315490 SN: 41LK2298' }, '-',
        ['OR No: 000218874', ''], ['02/15/2024 12:48 PM', 'POS 2'], 'Cashier: JOAN', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL AMOUNT DUE', `P${f2(total)}`] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['VATable Sales', f2(r2(total - vat))], ['VAT-Exempt Sales', '0.00'], ['Zero-Rated Sales', '0.00'], ['VAT Amount (12%)', f2(vat)], '-',
        { c: 'THIS SERVES AS AN OFFICIAL RECEIPT' },
      ] };
    },
  },
  {
    id: 'restaurant-service-charge-sst-total-then-tip-and-total-written-by-hand', batch: 32, date: '2024-01-27', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A restaurant's card slip: "Service Charge 10%", "SST 6%", "TOTAL", then "TIP" and a second "TOTAL" filled in by the guest (the sum charged).
      const it = priced([['RIBEYE STEAK 250G', 1, 88.0], ['CAESAR SALAD', 1, 26.0], ['MUSHROOM SOUP', 2, 16.0], ['ICED LEMON TEA', 2, 9.0]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), bill = r2(it.total + svc + sst), tip = 15, total = r2(bill + tip);
      return { total, lines: [
        { c: 'THE GRILL ROOM' }, { c: 'GRILL ROOM F&B SDN BHD (1188201-W)' }, { c: 'JALAN TELAWI 3, BANGSAR, 59100 KL' }, { c: 'SST ID: W10-1808-32000114' }, '-',
        ['Chk 4471', 'Tbl 22'], ['27 JAN 2024', '21:06'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['SST 6%', f2(sst)], { b: ['TOTAL', f2(bill)] }, '-',
        'MASTERCARD ****8812', 'APPR 402281', ['TIP', f2(tip)], { b: ['TOTAL', f2(total)] }, '', 'X ______________________', { c: 'CARDHOLDER SIGNATURE' },
      ] };
    },
  },
  {
    id: 'pharmacy-member-price-total-savings-after-total-card-dd-mm-yy', batch: 32, date: '2024-02-09', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A pharmacy: items at member prices, "TOTAL", the card, then "TOTAL SAVINGS" and points; "09/02/24 17:31".
      const it = priced([['PANADOL ACTIFAST 20S', 1, 12.9], ['VITAMIN C 1000MG 30S', 1, 39.9], ['HAND SANITISER 500ML', 2, 11.5], ['PLASTER 20S', 1, 5.6]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'CARING PHARMACY' }, { c: 'CARING PHARMACY RETAIL SDN BHD (199401020381)' }, { c: 'LOT G-12, IOI MALL, 47100 PUCHONG' }, '-',
        ['09/02/24 17:31', 'S0412'], 'Receipt: 0412-0098221', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL', f2(total)] }, ['DEBIT CARD', f2(total)], '-',
        ['TOTAL SAVINGS', '8.40'], ['Points Earned', String(Math.floor(total))], ['Points Balance', '2,106'], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'petrol-pump-no-litres-rm-per-litre-footer-date-time-terminal-id', batch: 32, date: '2024-02-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A fuel station: "Pump No: 04", "RON95 30.12 L x 2.05", "Total RM", cash and change; the date in the footer with the time and the terminal's id.
      const litres = 30.12, price = 2.05, fuel = r2(litres * price), drink = 3.2, sub = r2(fuel + drink), total = round5(sub), cash = 70;
      return { total, lines: [
        { c: 'PETRONAS STESEN JALAN KLANG LAMA' }, { c: 'DEALER: MAJU TENAGA ENTERPRISE (JM0773201-T)' }, { c: 'BATU 4, JALAN KLANG LAMA, 58000 KL' }, '-',
        ['Pump No: 04', 'Trx: 221873'], ['RON95', ''], [`  ${litres.toFixed(2)} L x ${f2(price)}`, f2(fuel)], ['100PLUS 500ML', f2(drink)], '-',
        ['Subtotal', f2(sub)], ['Rounding', f2(r2(total - sub))], { b: ['Total RM', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        'Date: 03/02/2024 Time: 07:55', 'TID: 88123401  Staff: 017', { c: 'THANK YOU. DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'supermarket-many-items-total-savings-total-items-cash-change-yyyy-mm-dd', batch: 32, date: '2024-01-20', style: { font: 'condensed', size: 10 }, degrade: 'scan',
    build() {
      // A supermarket with 18 items, some with "Promo" lines, "Total Items", "TOTAL", cash and change, then "TOTAL SAVINGS"; "2024-01-20 11:04".
      const it = priced([['FRESH MILK 1L', 2, 7.49], ['WHOLEMEAL BREAD', 1, 4.2], ['EGGS GRADE A 30S', 1, 13.9], ['CHICKEN BREAST 1KG', 1, 15.8], ['BROCCOLI', 1, 4.35], ['CARROT 1KG', 1, 3.99],
        ['APPLE FUJI 4S', 1, 6.99], ['BANANA', 1, 4.68], ['JASMINE RICE 5KG', 1, 26.9], ['COOKING OIL 2KG', 1, 13.5], ['SOY SAUCE 640ML', 1, 5.6], ['INSTANT NOODLES 5S', 2, 5.95],
        ['DISHWASHING 900ML', 1, 6.3], ['TOILET ROLL 10S', 1, 14.9], ['YOGURT 4S', 1, 8.7], ['BUTTER 227G', 1, 11.5], ['CHEDDAR SLICES', 1, 9.95], ['ORANGE JUICE 1L', 1, 8.2]]);
      const promo = 4.5, sub = r2(it.total - promo), total = round5(sub), cash = 250;
      return { total, lines: [
        { c: 'JAYA GROCER' }, { c: 'JAYA GROCER SDN BHD (200701018882)' }, { c: 'THE INTERMARK, JALAN TUN RAZAK, KL' }, '-',
        ['2024-01-20 11:04', 'POS 07'], '-',
        ...it.rows.slice(0, 9).map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['  Promo EGGS', '-2.00'],
        ...it.rows.slice(9).map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['  Promo BUTTER', '-2.50'], '-',
        ['Total Items', String(it.qty)], ['Rounding', f2(r2(total - sub))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['TOTAL SAVINGS', f2(promo)], { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'kedai-english-malay-chinese-jumlah-total-tunai-cash-baki-change', batch: 32, date: '2024-01-31', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A shop printing three languages: "总计 JUMLAH / TOTAL", "现金 TUNAI / CASH", "找钱 BAKI / CHANGE"; "Tarikh/Date: 31-01-2024".
      const it = priced([['冬粉 SOHUN 500G', 2, 4.5], ['香菇 CENDAWAN 200G', 1, 18.9], ['蚝油 SOS TIRAM', 1, 7.2], ['鸡蛋 TELUR 10S', 1, 5.3]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: '新和昌 KEDAI RUNCIT SIN HO CHEONG' }, { c: '(002918822-U)' }, { c: '22 JALAN BESAR, 31650 IPOH' }, '-',
        ['单号/No: 30118', 'Tarikh/Date: 31-01-2024'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['调整 Pelarasan/Rounding', f2(r2(total - it.total))], { b: ['总计 JUMLAH/TOTAL', f2(total)] },
        ['现金 TUNAI/CASH', f2(cash)], ['找钱 BAKI/CHANGE', f2(r2(cash - total))], '-', { c: '多谢 TERIMA KASIH THANK YOU' },
      ] };
    },
  },
  {
    id: 'cafe-ewallet-footer-date-time-terminal-merchant-ids-dd-mm-yy-dash', batch: 32, date: '2024-02-03', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A cafe paid by e-wallet: "Amount", "TNG eWallet", then the footer "MID 000118820 TID 00221873", "03-02-24 21:05:44", a reference number.
      const it = priced([['FLAT WHITE', 2, 12.0], ['CROISSANT', 1, 8.5], ['BANANA CAKE', 1, 9.0]]);
      const sst = r2(it.total * 0.06), total = r2(it.total + sst);
      return { total, lines: [
        { c: 'BREW & BAKE' }, { c: 'BREW AND BAKE PLT (LLP0019021-LGN)' }, { c: 'JALAN SS15/4, 47500 SUBANG JAYA' }, '-',
        'Order #218', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(sst)], { b: ['Amount', f2(total)] }, ['TNG eWallet', f2(total)], '-',
        'MID 000118820  TID 00221873', ['03-02-24 21:05:44', 'Ref 2402032105'], { c: 'Thank you' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 33
  {
    id: 'sg-hawker-gst9-inclusive-paynow-weekday-day-month-name-year', batch: 33, date: '2024-02-10', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore hawker's till, prices with GST 9% included, "Total S$", PayNow; "Sat, 10 Feb 2024 12:07".
      const it = priced([['CHICKEN RICE (L)', 2, 5.5], ['BARLEY (HOT)', 2, 1.8], ['CHYE SIM', 1, 4.0]]);
      const total = it.total, gst = r2((total * 9) / 109);
      return { total, lines: [
        { c: 'AH HOCK CHICKEN RICE' }, { c: 'MAXWELL FOOD CENTRE #01-58' }, { c: 'SINGAPORE 069184' }, { c: 'GST Reg No: M2-0088291-3' }, '-',
        'Sat, 10 Feb 2024 12:07', ['Order 0291', 'Takeaway'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total', `S$${f2(total)}`] }, ['PayNow', f2(total)], ['Incl. GST 9%', f2(gst)], '-', { c: 'Thank you' },
      ] };
    },
  },
  {
    id: 'th-restaurant-service-charge-10-vat7-grand-total-baht-credit-card', batch: 33, date: '2024-02-10', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Thai restaurant: "Service Charge 10%", "VAT 7%" on both, "Grand Total", paid by card; "10/02/2024 20:31".
      const it = priced([['TOM YUM GOONG', 1, 280.0], ['PAD THAI', 2, 160.0], ['SOM TAM', 1, 120.0], ['THAI ICED TEA', 3, 65.0]]);
      const svc = r2(it.total * 0.1), vat = r2((it.total + svc) * 0.07), total = r2(it.total + svc + vat);
      return { total, lines: [
        { c: 'BAAN SUAN THAI KITCHEN' }, { c: 'BAAN SUAN CO., LTD. (HEAD OFFICE)' }, { c: 'TAX ID 0105559087221' }, { c: 'SILOM RD, BANG RAK, BANGKOK 10500' }, '-',
        ['Table 7', 'Guests 3'], ['Bill 00381', '10/02/2024 20:31'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['VAT 7%', f2(vat)], { b: ['Grand Total', f2(total)] }, ['CREDIT CARD', f2(total)], '-', { c: 'KHOP KHUN KA' },
      ] };
    },
  },
  {
    id: 'id-cafe-service-5-ppn-11-total-tagihan-qris-dd-mm-yyyy', batch: 33, date: '2024-02-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // An Indonesian cafe in rupiah: "Service 5%", "PPN 11%", "TOTAL TAGIHAN", paid by QRIS; "Tanggal: 07/02/2024 16:40".
      const idr = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');
      const rows = [['KOPI SUSU GULA AREN', 2, 28000], ['CROISSANT BUTTER', 1, 32000], ['NASI GORENG KAMPUNG', 1, 45000]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, amount: qty * price }));
      const sub = items.reduce((a, r) => a + r.amount, 0), svc = Math.round(sub * 0.05), ppn = Math.round((sub + svc) * 0.11), total = sub + svc + ppn;
      return { total, lines: [
        { c: 'KOPI KENANGAN SENJA' }, { c: 'JL. KEMANG RAYA NO. 8, JAKARTA SELATAN' }, '-',
        'Tanggal: 07/02/2024 16:40', ['No: INV-0207-0112', 'Kasir: Dewi'], '-',
        ...items.map((r) => [`${r.qty} ${r.name}`, idr(r.amount)]), '-',
        ['Subtotal', idr(sub)], ['Service 5%', idr(svc)], ['PPN 11%', idr(ppn)], { b: ['TOTAL TAGIHAN', idr(total)] }, ['QRIS', idr(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'ph-supermarket-vatable-vat-exempt-zero-rated-vat12-many-items-cash', batch: 33, date: '2024-02-21', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A Philippine supermarket in pesos with 14 items, "TOTAL", cash and change, then "VATable Sales", "VAT-Exempt Sales", "VAT Amount"; "02/21/2024 10:12" month first.
      const vatable = priced([['ALASKA EVAP 370ML', 3, 32.5], ['LUCKY ME PANCIT CANTON', 6, 16.0], ['DEL MONTE SPAG SAUCE 1KG', 1, 98.75], ['NESCAFE CLASSIC 100G', 1, 139.0],
        ['SAFEGUARD SOAP 3S', 1, 115.0], ['DOWNY 1L', 1, 189.5], ['C2 APPLE 1L', 2, 48.0], ['SKYFLAKES 10S', 1, 62.0], ['DATU PUTI VINEGAR 1L', 1, 44.25]]);
      const exempt = priced([['RICE DINORADO 5KG', 1, 315.0], ['EGGS MEDIUM 12S', 1, 96.0], ['GALUNGGONG /KG', 1, 210.0], ['PECHAY', 2, 25.0], ['TOMATO /KG', 1, 80.0]]);
      const total = r2(vatable.total + exempt.total), vat = r2((vatable.total * 12) / 112), cash = 2000;
      return { total, lines: [
        { c: 'PUREGOLD PRICE CLUB' }, { c: 'PUREGOLD PRICE CLUB INC.' }, { c: 'AURORA BLVD, CUBAO, QUEZON CITY' }, { c: 'VAT REG TIN: 200-317-448-00031' }, '-',
        ['02/21/2024 10:12', 'SI# 0088213'], ['Cashier: 114', 'Lane 6'], '-',
        ...vatable.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} V`]), ...exempt.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} E`]), '-',
        [`${vatable.qty + exempt.qty} Item(s)`, ''], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['VATable Sales', f2(r2(vatable.total - vat))], ['VAT-Exempt Sales', f2(exempt.total)], ['Zero-Rated Sales', '0.00'], ['VAT Amount', f2(vat)], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'petrol-pump-litres-debit-card-date-time-terminal-id-footer-dd-mm-yy', batch: 33, date: '2024-02-06', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A fuel station paid by debit card: "Pump 03", "BUDI95 25.41 L", "RM/L 1.99", "TOTAL", the card; the footer "06/02/24 18:22 TID 20031188 MID 880120".
      const litres = 25.41, price = 1.99, total = r2(litres * price);
      return { total, lines: [
        { c: 'SHELL KOTA DAMANSARA' }, { c: 'KD ENERGY STATION SDN BHD (201801022871)' }, { c: 'JALAN PJU 5/1, 47810 PETALING JAYA' }, '-',
        ['Pump', '03'], ['Product', 'RON95'], ['Volume', `${litres.toFixed(2)} L`], ['Price RM/L', f2(price)], '-',
        { b: ['TOTAL', f2(total)] }, ['MYDEBIT', f2(total)], 'CARD ****2291  APPR 771023', '-',
        '06/02/24 18:22 TID 20031188 MID 880120', 'Rcpt 0003-118272', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-pharmacy-gst9-incl-member-total-savings-nets-dd-mm-yyyy', batch: 33, date: '2024-02-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore pharmacy: items at member prices, "TOTAL", "NETS", then "TOTAL SAVINGS" and "GST 9% Included"; "12-02-2024 15:33".
      const it = priced([['CETIRIZINE 10MG 30S', 1, 14.9], ['EYE DROPS 10ML', 1, 12.5], ['FACE MASK 50S', 1, 8.9], ['ORAL REHYDRATION 10S', 2, 6.45]]);
      const total = it.total, gst = r2((total * 9) / 109);
      return { total, lines: [
        { c: 'WATSONS' }, { c: 'A.S. WATSON GROUP (S) PTE LTD' }, { c: 'GST REG NO: 19-9101881-C' }, { c: '313 ORCHARD ROAD #B1-22 S238895' }, '-',
        ['12-02-2024 15:33', 'Str 0118'], 'Trans: 0118-02-22871', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['NETS', f2(total)], '-', ['TOTAL SAVINGS', '6.30'], ['GST 9% Included', f2(gst)], ['Member Points', String(Math.floor(total))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-restaurant-svc10-gst9-total-then-tip-total-by-hand-amex', batch: 33, date: '2024-02-14', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore restaurant's bill: "Subtotal", "Svc Chg 10%", "GST 9%", "Total", an AMEX slip, then "Tip" and "Total" filled in by the guest.
      const it = priced([['WAGYU DON', 2, 38.0], ['SALMON SASHIMI', 1, 26.0], ['MISO SOUP', 2, 4.0], ['GREEN TEA', 2, 3.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.09), bill = r2(it.total + svc + gst), tip = 10, total = r2(bill + tip);
      return { total, lines: [
        { c: 'SUSHI TEI ROBERTSON' }, { c: 'TEI FOOD PTE LTD  GST: 200611822H' }, { c: '11 MOHAMED SULTAN RD S238968' }, '-',
        ['14/02/2024', '20:48'], ['Tbl 15  Pax 2', 'Chk 20391'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 9%', f2(gst)], { b: ['Total', f2(bill)] }, '-',
        'AMEX ***1004  APPROVED', ['Tip', f2(tip)], { b: ['Total', f2(total)] }, '', 'Signature ______________',
      ] };
    },
  },
  {
    id: 'supermarket-chinese-english-malay-total-savings-card-many-items', batch: 33, date: '2024-02-08', style: { font: 'condensed', size: 10 }, degrade: 'photo',
    build() {
      // A supermarket printing Chinese, English and Malay: 16 items, "合计 TOTAL", a debit card, "TOTAL SAVINGS"; "08/02/2024 19:20".
      const it = priced([['大米 RICE BERAS 10KG', 1, 32.9], ['鸡蛋 EGGS TELUR 30S', 1, 14.5], ['豆腐 TOFU TAUHU', 2, 2.2], ['菜心 CHOY SUM SAWI', 1, 3.6], ['猪肉 PORK 1KG', 1, 24.9],
        ['鱼丸 FISH BALL', 2, 6.8], ['面条 NOODLES MEE', 2, 3.5], ['酱油 SOY SAUCE KICAP', 1, 6.9], ['牛奶 MILK SUSU 1L', 2, 7.2], ['饼干 BISCUITS', 1, 8.9],
        ['苹果 APPLE EPAL 6S', 1, 9.9], ['橙 ORANGE OREN 4S', 1, 7.5], ['香蕉 BANANA PISANG', 1, 4.3], ['咖啡 COFFEE KOPI', 1, 15.9], ['茶 TEA TEH', 1, 6.5], ['糖 SUGAR GULA 1KG', 1, 2.85]]);
      const disc = 3.0, total = r2(it.total - disc);
      return { total, lines: [
        { c: '新鲜超市 PASARAYA SEGAR' }, { c: 'SEGAR MART SDN BHD (201501003871)' }, { c: 'JALAN PUDU, 55100 KUALA LUMPUR' }, '-',
        ['日期 Date: 08/02/2024', '19:20'], ['单号 No: 218872', 'POS 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['  促销 PROMO', `-${f2(disc)}`], '-',
        { b: ['合计 TOTAL', f2(total)] }, ['DEBIT CARD', f2(total)], '-', ['节省 TOTAL SAVINGS', f2(disc)], { c: '谢谢 TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'kedai-malay-english-jumlah-total-tunai-baki-footer-date-time-terminal', batch: 33, date: '2024-02-04', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Malay and English till: "JUMLAH / TOTAL", "TUNAI / CASH", "BAKI / CHANGE"; the date only in the footer "04/02/2024 09:41 T01 #00218".
      const it = priced([['ROTI CANAI', 3, 1.5], ['TEH TARIK', 2, 2.3], ['NASI LEMAK', 1, 4.5], ['MILO AIS', 1, 3.2]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR SRI MELAKA' }, { c: '(JM0812281-P)' }, { c: 'JALAN HANG TUAH, 75300 MELAKA' }, '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Bundar / Rounding', f2(r2(total - it.total))], { b: ['JUMLAH / TOTAL', f2(total)] }, ['TUNAI / CASH', f2(cash)], ['BAKI / CHANGE', f2(r2(cash - total))], '-',
        '04/02/2024 09:41 T01 #00218', { c: 'TERIMA KASIH / THANK YOU' },
      ] };
    },
  },
  {
    id: 'ph-fuel-station-pump-liters-vat12-total-amount-due-gcash-mm-dd-yy', batch: 33, date: '2024-02-19', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Philippine fuel station: "Pump 5", "XCS 20.000 L @ 62.45", "TOTAL AMOUNT DUE", GCash, "VATable Sales", "VAT 12%"; "02/19/24 06:58" month first.
      const litres = 20, price = 62.45, total = r2(litres * price), vat = r2((total * 12) / 112);
      return { total, lines: [
        { c: 'PETRON SERVICE STATION' }, { c: 'EDSA-KAMUNING FUELS CORP.' }, { c: 'EDSA COR KAMUNING RD, QUEZON CITY' }, { c: 'VAT REG TIN: 008-112-229-00000' }, '-',
        ['02/19/24 06:58', 'SI 00041877'], ['Pump 5', 'Attendant 12'], '-',
        ['XCS', ''], [`  ${litres.toFixed(3)} L @ ${f2(price)}`, f2(total)], '-',
        { b: ['TOTAL AMOUNT DUE', f2(total)] }, ['GCASH', f2(total)], '-', ['VATable Sales', f2(r2(total - vat))], ['VAT 12%', f2(vat)], '-', { c: 'THANK YOU, DRIVE SAFELY' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 34
  {
    id: 'us-grocery-sales-tax-cash-tendered-change-due-mm-dd-yyyy-pm', batch: 34, date: '2026-11-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A US grocery: taxable items marked T, "SUBTOTAL", "SALES TAX 7.25%", "TOTAL", "CASH TEND", "CHANGE DUE"; "11/14/2026 05:42 PM" month first.
      const taxed = priced([['PAPER TOWELS 6RL', 1, 8.99], ['DISH SOAP 24OZ', 1, 3.49]]);
      const food = priced([['WHOLE MILK GAL', 1, 4.29], ['BANANAS 2.1 LB', 1, 1.32], ['CHEERIOS 18OZ', 2, 4.79], ['GROUND BEEF 1LB', 1, 6.49]]);
      const sub = r2(taxed.total + food.total), tax = r2(taxed.total * 0.0725), total = r2(sub + tax), cash = 60;
      return { total, lines: [
        { c: 'FRESH VALLEY MARKET' }, { c: '1420 W MAIN ST' }, { c: 'SPRINGFIELD, IL 62704' }, { c: '(217) 555-0142' }, '-',
        ...taxed.rows.map((r) => [`${r.name}`, `${f2(r.amount)} T`]), ...food.rows.map((r) => [`${r.qty > 1 ? `${r.qty} @ ${f2(r.price)} ` : ''}${r.name}`, `${f2(r.amount)} F`]), '-',
        ['SUBTOTAL', f2(sub)], ['SALES TAX 7.25%', f2(tax)], { b: ['**** TOTAL', f2(total)] }, ['CASH TEND', f2(cash)], ['CHANGE DUE', f2(r2(cash - total))], '-',
        [`# ITEMS SOLD ${taxed.qty + food.qty}`, ''], ['TC# 4471 2281 0098 1123', ''], '11/14/2026 05:42 PM  ST# 0213 OP# 0041', { c: 'THANK YOU FOR SHOPPING WITH US' },
      ] };
    },
  },
  {
    id: 'uk-supermarket-vat-receipt-total-to-pay-contactless-card-slip', batch: 34, date: '2026-11-14', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A UK supermarket's "VAT RECEIPT": items coded A (20%) and Z (0%), "TOTAL TO PAY £", a contactless card slip with "AMOUNT £", then the VAT summary; "14/11/2026 13:05".
      const a = priced([['KITCHEN ROLL 2PK', 1, 2.75], ['WASHING UP LIQUID', 1, 1.45]]);
      const z = priced([['SEMI SKIMMED MILK 4PT', 1, 1.55], ['SOURDOUGH LOAF', 1, 2.2], ['FREE RANGE EGGS 12', 1, 3.4], ['CHEDDAR 400G', 1, 4.15]]);
      const total = r2(a.total + z.total), vatA = r2((a.total * 20) / 120);
      return { total, lines: [
        { c: 'HARGREAVES FOOD STORES' }, { c: '42 HIGH STREET, HARROGATE HG1 1LX' }, { c: 'VAT NO. GB 281 4471 09' }, { c: 'VAT RECEIPT' }, '-',
        ...a.rows.map((r) => [r.name, `£${f2(r.amount)} A`]), ...z.rows.map((r) => [r.name, `£${f2(r.amount)} Z`]), '-',
        [`${a.qty + z.qty} BALANCE DUE`, ''], { b: ['TOTAL TO PAY', `£${f2(total)}`] }, ['CONTACTLESS', `£${f2(total)}`], '-',
        'VISA DEBIT', '************4471', 'PAN SEQ NO 01', 'AUTH CODE: 082241', 'MERCHANT: 21887104', { b: ['AMOUNT', `£${f2(total)}`] }, 'PLEASE KEEP THIS RECEIPT', '-',
        ['VAT CODE  RATE', 'VAT'], ['A  20.00%', `£${f2(vatA)}`], ['Z   0.00%', '£0.00'], '-',
        ['14/11/2026 13:05', 'ST 0441 TILL 03'], { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'au-cafe-tax-invoice-abn-gst-included-in-total-eftpos-weekday-date', batch: 34, date: '2026-11-21', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // An Australian cafe's "TAX INVOICE" with its ABN, "TOTAL", "EFTPOS", "GST included in total"; "Sat 21/11/2026 08:14".
      const it = priced([['FLAT WHITE REG', 2, 5.2], ['LONG BLACK LGE', 1, 5.5], ['SMASHED AVO TOAST', 1, 19.5], ['BANANA BREAD', 1, 7.0]]);
      const total = it.total, gst = r2(total / 11);
      return { total, lines: [
        { c: 'THE LITTLE GRIND' }, { c: 'ABN 51 824 771 093' }, { c: '88 SMITH ST, FITZROY VIC 3065' }, { c: 'TAX INVOICE' }, '-',
        'Sat 21/11/2026 08:14', ['Order 118', 'Table 6'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        { b: ['TOTAL', `$${f2(total)}`] }, ['EFTPOS', `$${f2(total)}`], ['GST included in total', `$${f2(gst)}`], '-', { c: 'Thanks! See you tomorrow' },
      ] };
    },
  },
  {
    id: 'my-restaurant-sst-8-rounding-adj-dd-mon-yyyy-uppercase-month', batch: 34, date: '2026-11-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Malaysian restaurant: "Sub Total", "Service Charge 10%", "SST 8%", "Rounding Adj", "TOTAL", cash and change; "22-NOV-2026 12:40".
      const it = priced([['NASI KERABU', 2, 14.9], ['AYAM PERCIK', 1, 18.5], ['SOTONG GORENG TEPUNG', 1, 22.0], ['AIR BANDUNG', 3, 5.5]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.08), incl = r2(it.total + svc + sst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'RESTORAN SELERA KELANTAN' }, { c: 'SELERA TIMUR SDN BHD (201901028871)' }, { c: 'JALAN TUN RAZAK, 50400 KUALA LUMPUR' }, { c: 'SST REG: W10-2108-32000871' }, '-',
        ['Inv: R22-0871', 'Tbl: 9'], ['22-NOV-2026 12:40', 'Cshr: ANI'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['SST 8%', f2(sst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] },
        ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'hk-restaurant-service-charge-no-tax-hkd-octopus-chinese-date', batch: 34, date: '2026-11-15', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Hong Kong restaurant in HK$: no tax, "加一服務費 10% Service Charge", "總計 TOTAL HK$", paid by Octopus; "日期: 2026年11月15日 19:32".
      const it = priced([['乾炒牛河 BEEF HO FUN', 1, 88], ['揚州炒飯 FRIED RICE', 1, 82], ['椒鹽魷魚 SQUID', 1, 118], ['凍檸茶 ICED LEMON TEA', 2, 22]]);
      const svc = r2(it.total * 0.1), total = r2(it.total + svc);
      return { total, lines: [
        { c: '金記茶餐廳 KAM KEE CAFE' }, { c: '旺角彌敦道 688 號地舖' }, { c: 'G/F, 688 NATHAN RD, MONG KOK, KOWLOON' }, '-',
        ['枱號 Table: 15', '人數 Pax: 3'], '日期: 2026年11月15日 19:32', '單號 No: 0018827', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['小計 Sub-total', f2(it.total)], ['加一服務費 10% Service Charge', f2(svc)], { b: ['總計 TOTAL', `HK$${f2(total)}`] }, ['八達通 Octopus', `HK$${f2(total)}`],
        ['餘額 Remaining Value', 'HK$213.40'], '-', { c: '多謝光臨 THANK YOU' },
      ] };
    },
  },
  {
    id: 'vn-restaurant-tong-cong-vat-8-tien-khach-dua-tien-thua-vnd', batch: 34, date: '2026-11-16', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Vietnamese restaurant in dong: "Thành tiền", "Thuế VAT 8%", "Tổng cộng", "Tiền khách đưa", "Tiền thừa"; "Ngày: 16/11/2026 12:15".
      const vnd = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, '.');
      const rows = [['Phở bò tái', 2, 65000], ['Bún chả Hà Nội', 1, 60000], ['Nem rán (4 cái)', 1, 45000], ['Trà đá', 3, 5000]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, price, amount: qty * price }));
      const sub = items.reduce((a, r) => a + r.amount, 0), vat = Math.round(sub * 0.08), total = sub + vat, cash = 500000;
      return { total, lines: [
        { c: 'QUÁN PHỞ HƯƠNG SEN' }, { c: 'MST: 0108827741' }, { c: '28 Hàng Bông, Hoàn Kiếm, Hà Nội' }, { c: 'HÓA ĐƠN THANH TOÁN' }, '-',
        ['Số HĐ: 001882', 'Bàn: 04'], 'Ngày: 16/11/2026 12:15', '-',
        ['Tên món  SL  Đơn giá', 'Thành tiền'],
        ...items.map((r) => [`${r.name} ${r.qty} x ${vnd(r.price)}`, vnd(r.amount)]), '-',
        ['Thành tiền', vnd(sub)], ['Thuế VAT 8%', vnd(vat)], { b: ['Tổng cộng', vnd(total)] }, ['Tiền khách đưa', vnd(cash)], ['Tiền thừa', vnd(cash - total)], '-',
        { c: 'Cảm ơn quý khách! Hẹn gặp lại' },
      ] };
    },
  },
  {
    id: 'in-restaurant-cgst-sgst-2-5-round-off-grand-total-rs-dd-mm-yyyy', batch: 34, date: '2026-11-17', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // An Indian restaurant's bill: "Sub Total", "CGST @2.5%", "SGST @2.5%", "Round Off", "Grand Total Rs."; "Date: 17/11/2026 20:45", GSTIN and FSSAI numbers.
      const it = priced([['PANEER BUTTER MASALA', 1, 285], ['DAL MAKHANI', 1, 245], ['BUTTER NAAN', 4, 55], ['JEERA RICE', 1, 195], ['SWEET LASSI', 2, 95]]);
      const cgst = r2(it.total * 0.025), sgst = cgst, raw = r2(it.total + cgst + sgst), total = Math.round(raw), off = r2(total - raw);
      return { total, lines: [
        { c: 'SPICE GARDEN FAMILY RESTAURANT' }, { c: '14, MG ROAD, BENGALURU 560001' }, { c: 'GSTIN: 29AAKFS7741M1ZP' }, { c: 'FSSAI: 11219334000871' }, '-',
        ['Bill No: 4471', 'Table: T12'], ['Date: 17/11/2026', 'Time: 20:45'], 'Captain: RAVI', '-',
        ['Item', 'Qty  Rate', 'Amount'],
        ...it.rows.map((r) => [r.name, `${r.qty}  ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['CGST @2.5%', f2(cgst)], ['SGST @2.5%', f2(sgst)], ['Round Off', `${off >= 0 ? '+' : ''}${f2(off)}`], { b: ['Grand Total Rs.', f2(total)] }, '-',
        'Paid: UPI', { c: 'Thank You! Visit Again' },
      ] };
    },
  },
  {
    id: 'coffee-chain-loyalty-reward-discount-stars-earned-card-mm-dd-yy', batch: 34, date: '2026-11-18', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A coffee chain: a reward line "Reward Free Drink -5.45", "Member 10% Off", "Subtotal", "Tax 8.25%", "Total", the card, then "Stars Earned" and "Stars Balance"; "11/18/26 7:52 AM".
      const it = priced([['GRANDE LATTE', 1, 5.45], ['VENTI COLD BREW', 1, 5.25], ['BLUEBERRY MUFFIN', 1, 3.95], ['EGG BITES', 1, 5.75]]);
      const reward = 5.45, member = r2((it.total - reward) * 0.1), sub = r2(it.total - reward - member), tax = r2(sub * 0.0825), total = r2(sub + tax);
      return { total, lines: [
        { c: 'BEANSTALK COFFEE #10422' }, { c: '301 CONGRESS AVE, AUSTIN TX 78701' }, '-',
        ['CHK 7741', '11/18/26 7:52 AM'], 'Cashier: MARIA', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['  Reward Free Drink', `-${f2(reward)}`], ['  Member 10% Off', `-${f2(member)}`], '-',
        ['Subtotal', f2(sub)], ['Tax 8.25%', f2(tax)], { b: ['Total', `$${f2(total)}`] }, ['Mastercard', f2(total)], '  ************2281', ['Change Due', '$0.00'], '-',
        ['Stars Earned', '40'], ['Stars Balance', '212'], { c: 'Thank you for being a member' },
      ] };
    },
  },
  {
    id: 'sg-taxi-receipt-fare-booking-fee-surcharge-total-card-start-end-time', batch: 34, date: '2026-11-19', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore taxi's printed receipt: "Meter Fare", "Booking Fee", "Midnight Surcharge 50%", "ERP", "TOTAL FARE S$", "CARD FEE", "TOTAL PAID"; "Date: 19/11/2026", start and end times.
      const meter = 24.6, booking = 3.3, night = r2(meter * 0.5), erp = 2.0, fare = r2(meter + booking + night + erp), fee = r2(fare * 0.1), total = r2(fare + fee);
      return { total, lines: [
        { c: 'CITYCAB PTE LTD' }, { c: 'TAXI RECEIPT' }, { c: 'GST REG NO: 19-8801771-K' }, '-',
        ['Taxi No:', 'SHC 4471B'], ['Driver ID:', '8120441'], ['Date:', '19/11/2026'], ['Start:', '00:18'], ['End:', '00:41'], ['Distance:', '18.4 km'], '-',
        ['Meter Fare', f2(meter)], ['Booking Fee', f2(booking)], ['Midnight Surcharge 50%', f2(night)], ['ERP', f2(erp)], ['TOTAL FARE S$', f2(fare)], ['CARD FEE 10%', f2(fee)],
        { b: ['TOTAL PAID S$', f2(total)] }, ['Paid by', 'VISA **** 0087'], '-', { c: 'THANK YOU. PLEASE TAKE YOUR BELONGINGS' },
      ] };
    },
  },
  {
    id: 'retail-voided-item-line-and-refund-of-earlier-item-net-total-dd-mon-yyyy', batch: 34, date: '2026-11-23', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A fashion shop: a voided line "VOID  T-SHIRT BASIC M  -29.90" and a returned item "REFUND JEANS SLIM 30 -89.90" against the day's buys; "TOTAL", card; "23-Nov-2026 16:08".
      const it = priced([['T-SHIRT BASIC M', 2, 29.9], ['HOODIE GREY L', 1, 119.0], ['SOCKS 3PK', 1, 19.9], ['CAP DENIM', 1, 39.9]]);
      const voided = 29.9, refund = 89.9, total = r2(it.total - voided - refund);
      return { total, lines: [
        { c: 'URBAN THREADS' }, { c: 'URBAN THREADS RETAIL SDN BHD (201701043318)' }, { c: 'LOT 2.31, SUNWAY PYRAMID, 47500 PJ' }, '-',
        ['23-Nov-2026 16:08', 'POS 02'], ['Receipt: 0223-118821', 'Staff: 014'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['VOID 1 T-SHIRT BASIC M', `-${f2(voided)}`], ['REFUND 1 JEANS SLIM 30', `-${f2(refund)}`], '  Orig Rcpt: 0223-117402', '-',
        ['Items', String(it.qty - 2)], { b: ['TOTAL', f2(total)] }, ['VISA', f2(total)], '-', { c: 'EXCHANGE WITHIN 14 DAYS WITH RECEIPT' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 35
  {
    id: 'us-gas-station-store-sales-tax-cash-change-due-mm-dd-yyyy-dashes', batch: 35, date: '2026-11-20', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A US gas station's store: fuel (no tax) and store items with "TAX 6.00%", "TOTAL", "CASH", "CHANGE DUE"; "11-20-2026 18:31" month first.
      const gal = 9.412, ppg = 3.199, fuel = r2(gal * ppg), store = priced([['COFFEE 20OZ', 1, 2.49], ['BEEF JERKY', 1, 6.99], ['WATER 1L', 2, 1.89]]);
      const sub = r2(fuel + store.total), tax = r2(store.total * 0.06), total = r2(sub + tax), cash = 50;
      return { total, lines: [
        { c: 'QUIKFUEL #4471' }, { c: '2210 N OAK ST' }, { c: 'KANSAS CITY, MO 64116' }, '-',
        ['11-20-2026', '18:31'], ['REG 02', 'TRAN 118827'], '-',
        ['PUMP# 07 REGULAR', ''], [`  ${gal.toFixed(3)} GAL @ ${ppg.toFixed(3)}`, f2(fuel)],
        ...store.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(sub)], ['TAX 6.00%', f2(tax)], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE DUE', f2(r2(cash - total))], '-', { c: 'THANK YOU - COME AGAIN' },
      ] };
    },
  },
  {
    id: 'uk-cafe-vat-receipt-total-to-pay-cash-change-vat-20-incl-day-month-name', batch: 35, date: '2026-11-20', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A UK cafe's "VAT RECEIPT": "TOTAL TO PAY £", "Cash", "Change", "VAT @ 20% incl."; "20 Nov 2026 10:02".
      const it = priced([['CAPPUCCINO', 2, 3.45], ['BACON BAP', 1, 5.95], ['FRUIT SCONE', 1, 2.8], ['ORANGE JUICE', 1, 2.6]]);
      const total = it.total, vat = r2(total / 6), cash = 25;
      return { total, lines: [
        { c: 'THE CORNER KITCHEN' }, { c: '7 MARKET PLACE, LUDLOW SY8 1AR' }, { c: 'VAT REG: 318 2271 44' }, { c: 'VAT RECEIPT' }, '-',
        '20 Nov 2026 10:02', ['Till 1', 'Server: Beth'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `£${f2(r.amount)}`]), '-',
        { b: ['TOTAL TO PAY', `£${f2(total)}`] }, ['Cash', `£${f2(cash)}`], ['Change', `£${f2(r2(cash - total))}`], ['VAT @ 20% incl.', `£${f2(vat)}`], '-', { c: 'Thank you, come again!' },
      ] };
    },
  },
  {
    id: 'au-supermarket-tax-invoice-gst-items-starred-cash-rounding-gst-included', batch: 35, date: '2026-11-23', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // An Australian supermarket's "TAX INVOICE": GST items starred, "SUBTOTAL", "TOTAL", cash rounding to 5c, "CASH", "CHANGE", "Total includes GST"; "23/11/2026 11:47".
      const g = priced([['DISHWASHER TABS 30PK', 1, 12.5], ['PAPER TOWEL 4PK', 1, 6.0], ['CHOC BISCUITS 200G', 1, 3.65]]);
      const f = priced([['FULL CREAM MILK 2L', 1, 3.1], ['WHITE BREAD 650G', 1, 3.8], ['BANANAS 1.02KG', 1, 4.07], ['MINCE 500G', 1, 7.0]]);
      const sub = r2(g.total + f.total), total = round5(sub), gst = r2(g.total / 11), cash = 50;
      return { total, lines: [
        { c: 'GREENLEAF FRESH SUPERMARKET' }, { c: 'ABN 33 118 771 204' }, { c: '212 MAIN RD, HOBART TAS 7000' }, { c: 'TAX INVOICE' }, '-',
        ...g.rows.map((r) => [`*${r.name}`, f2(r.amount)]), ...f.rows.map((r) => [` ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(sub)], ['ROUNDING', f2(r2(total - sub))], { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['Total includes GST', f2(gst)], '* denotes GST item', ['23/11/2026 11:47', 'ST 118 LN 4'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'my-cafe-sst-6-rounding-adj-total-cash-change-sst-summary-yyyy-mm-dd', batch: 35, date: '2026-11-24', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Malaysian cafe: "Sub Total", "SST 6%", "Rounding Adj", "Total", cash and change, then an SST summary; "2026-11-24 15:20".
      const it = priced([['KOPI O AIS', 2, 4.2], ['ROTI BAKAR KAYA', 2, 3.8], ['HALF BOILED EGGS', 1, 3.5], ['MEE SIAM', 1, 9.9]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KOPITIAM SEMPURNA' }, { c: 'SEMPURNA F&B ENTERPRISE (JM0911872-W)' }, { c: 'JALAN SULTAN, 50000 KUALA LUMPUR' }, { c: 'SST ID: W10-1911-31000228' }, '-',
        ['2026-11-24 15:20', 'Rcpt: K-228711'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['SST 6%', f2(sst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['Tax Summary', 'Amount', 'Tax'], ['SST 6%', f2(it.total), f2(sst)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hk-bakery-no-tax-hkd-total-cash-change-chinese-english-iso-date', batch: 35, date: '2026-11-24', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Hong Kong bakery in HK$, no tax: "合計 TOTAL", "現金 CASH", "找續 CHANGE", a member discount; "2026-11-24 08:03".
      const it = priced([['菠蘿包 PINEAPPLE BUN', 4, 9.5], ['蛋撻 EGG TART', 6, 8.0], ['雞尾包 COCKTAIL BUN', 2, 8.5], ['奶茶 MILK TEA', 1, 18.0]]);
      const disc = 5.0, total = r2(it.total - disc), cash = 200;
      return { total, lines: [
        { c: '新香園餅店 SUN HEUNG YUEN BAKERY' }, { c: '北角英皇道 322 號' }, { c: '322 KING\'S RD, NORTH POINT, HK' }, '-',
        ['2026-11-24 08:03', '機 POS 1'], '單號 No: B11-0228', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['會員折扣 MEMBER DISC', `-${f2(disc)}`], '-',
        { b: ['合計 TOTAL', `HK$${f2(total)}`] }, ['現金 CASH', `HK$${f2(cash)}`], ['找續 CHANGE', `HK$${f2(r2(cash - total))}`], '-', { c: '多謝惠顧 THANK YOU' },
      ] };
    },
  },
  {
    id: 'vn-cafe-tong-tien-hang-thue-gtgt-10-tong-cong-thanh-toan-tien-thoi', batch: 35, date: '2026-11-25', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Vietnamese cafe in dong: "Tổng tiền hàng", "Giảm giá", "Thuế GTGT 10%", "Tổng cộng", "Tiền mặt", "Tiền thối"; "25/11/2026 09:10".
      const vnd = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, ',');
      const rows = [['Cà phê sữa đá', 2, 35000], ['Bạc xỉu', 1, 39000], ['Bánh mì thịt', 2, 30000], ['Trà đào cam sả', 1, 49000]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, price, amount: qty * price }));
      const sub = items.reduce((a, r) => a + r.amount, 0), disc = 20000, vat = Math.round((sub - disc) * 0.1), total = sub - disc + vat, cash = 300000;
      return { total, lines: [
        { c: 'CÀ PHÊ GÓC PHỐ' }, { c: '112 Nguyễn Huệ, Quận 1, TP.HCM' }, { c: 'MST: 0312287741' }, '-',
        ['Số: 0025-118', 'Thu ngân: Lan'], '25/11/2026 09:10', '-',
        ...items.map((r) => [`${r.qty} ${r.name}`, vnd(r.amount)]), '-',
        ['Tổng tiền hàng', vnd(sub)], ['Giảm giá', `-${vnd(disc)}`], ['Thuế GTGT 10%', vnd(vat)], { b: ['Tổng cộng', `${vnd(total)} đ`] }, ['Tiền mặt', vnd(cash)], ['Tiền thối', vnd(cash - total)], '-',
        { c: 'Xin cảm ơn quý khách!' },
      ] };
    },
  },
  {
    id: 'in-pharmacy-cgst-sgst-6-round-off-net-amount-dd-mon-yyyy', batch: 35, date: '2026-11-26', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // An Indian pharmacy: items with MRP and discount, "Taxable Amt", "CGST 6%", "SGST 6%", "Round Off", "Net Amount", cash; "Dt: 26-Nov-2026 18:12".
      const it = priced([['CROCIN ADVANCE 15S', 2, 30.5], ['AZITHRAL 500 5S', 1, 119.75], ['VICKS VAPORUB 50ML', 1, 162.0], ['ORS SACHET', 4, 21.5]]);
      const disc = r2(it.total * 0.1), taxable = r2(it.total - disc), cgst = r2(taxable * 0.06), raw = r2(taxable + 2 * cgst), total = Math.round(raw), cash = 500;
      return { total, lines: [
        { c: 'LIFECARE MEDICALS' }, { c: 'SHOP 4, LINKING RD, BANDRA W, MUMBAI 400050' }, { c: 'GSTIN: 27AAJFL2281K1Z4  DL No: MH-MZ4-118771' }, '-',
        ['Inv: LM/2026/44712', 'Dt: 26-Nov-2026 18:12'], 'Patient: WALK-IN', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Gross Amt', f2(it.total)], ['Disc 10%', `-${f2(disc)}`], ['Taxable Amt', f2(taxable)], ['CGST 6%', f2(cgst)], ['SGST 6%', f2(cgst)], ['Round Off', f2(r2(total - raw))],
        { b: ['Net Amount Rs.', f2(total)] }, ['Cash', f2(cash)], ['Balance', f2(r2(cash - total))], '-', { c: 'Get well soon' },
      ] };
    },
  },
  {
    id: 'parking-receipt-entry-exit-duration-fee-gst-incl-card-dd-mm-yyyy', batch: 35, date: '2026-11-26', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A car park's pay station: "PARKING RECEIPT", entry and exit with dates and times, "Duration", "Parking Fee", "GST 9% incl.", "Amount Paid S$", the card.
      const total = 14.4, gst = r2((total * 9) / 109);
      return { total, lines: [
        { c: 'MARINA SQUARE CAR PARK' }, { c: 'SECURE PARKING SINGAPORE PTE LTD' }, { c: 'GST REG: 200118827M' }, { c: 'PARKING RECEIPT' }, '-',
        ['Ticket No', '0447128'], ['Entry', '26/11/2026 08:02'], ['Exit', '26/11/2026 17:45'], ['Duration', '9h 43m'], '-',
        ['Parking Fee', f2(total)], ['GST 9% incl.', f2(gst)], { b: ['Amount Paid S$', f2(total)] }, ['Paid by', 'NETS FlashPay'], ['Card Bal', '31.20'], '-', { c: 'THANK YOU. DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'my-chinese-bakery-year-month-day-ideographs-heji-total-cash-change', batch: 35, date: '2026-11-27', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Malaysian Chinese bakery: "日期: 2026年11月27日", "时间 10:15", "合计 TOTAL", "现金 CASH", "找钱 CHANGE", no tax.
      const it = priced([['咖椰卷 KAYA ROLL', 3, 2.8], ['叉烧包 CHAR SIEW PAU', 4, 2.2], ['戚风蛋糕 CHIFFON CAKE', 1, 18.5], ['豆沙饼 TAU SAR PIAH', 1, 12.0]]);
      const total = round5(it.total), cash = 60;
      return { total, lines: [
        { c: '福满饼家 HOCK MOON BAKERY' }, { c: '(001871228-T)' }, { c: '18 JALAN BANDAR, 30000 IPOH' }, '-',
        '日期: 2026年11月27日', ['时间: 10:15', '单号: 27-0041'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['调整 ROUNDING', f2(r2(total - it.total))], { b: ['合计 TOTAL', f2(total)] }, ['现金 CASH', f2(cash)], ['找钱 CHANGE', f2(r2(cash - total))], '-', { c: '谢谢光临' },
      ] };
    },
  },
  {
    id: 'electronics-refund-receipt-negative-items-total-refund-to-card-dd-mm-yyyy', batch: 35, date: '2026-11-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // An electronics shop's sale with a returned item: "RETURN" line, "Sub Total", "SST 8%" on the net, "TOTAL", the card; "28/11/2026 14:55", the original receipt's date "Orig: 02/11/2026".
      const it = priced([['USB-C CABLE 2M', 2, 29.9], ['POWER BANK 20000MAH', 1, 149.0], ['SCREEN PROTECTOR', 1, 39.0]]);
      const ret = 59.0, net = r2(it.total - ret), sst = r2(net * 0.08), total = r2(net + sst);
      return { total, lines: [
        { c: 'GADGET HUB' }, { c: 'GADGET HUB SDN BHD (201901033871)' }, { c: 'LOW YAT PLAZA, 55100 KUALA LUMPUR' }, { c: 'SST REG: W10-1901-32000441' }, '-',
        ['28/11/2026 14:55', 'Rcpt: GH-118822'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['RETURN 1 EARBUDS WIRED', `-${f2(ret)}`], '  Orig: GH-117004 02/11/2026', '-',
        ['Sub Total', f2(net)], ['SST 8%', f2(sst)], { b: ['TOTAL', f2(total)] }, ['MASTERCARD', f2(total)], '-', { c: 'GOODS SOLD ARE EXCHANGEABLE WITHIN 7 DAYS' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 36
  {
    id: 'sg-supermarket-subtotal-excl-gst-gst9-total-incl-gst-nets-dd-mm-yyyy-dashes', batch: 36, date: '2026-11-28', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore supermarket pricing before GST: "Sub-Total (excl. GST)", "GST 9%", "Total (incl. GST)", NETS; "28-11-2026 18:04".
      const it = priced([['JASMINE RICE 5KG', 1, 13.95], ['FRESH MILK 2L', 2, 5.6], ['KAYA JAR 400G', 1, 4.2], ['BOK CHOY 300G', 2, 1.85], ['EGGS 10S', 1, 3.95]]);
      const gst = r2(it.total * 0.09), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'HOCK SENG PROVISIONS PTE LTD' }, { c: 'UEN 199803318R  GST REG 199803318R' }, { c: 'BLK 221 TOA PAYOH LOR 8 #01-12' }, { c: 'SINGAPORE 310221' }, '-',
        ['28-11-2026 18:04', 'POS 03'], 'Receipt No: 03-2611872', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-Total (excl. GST)', f2(it.total)], ['GST 9%', f2(gst)], { b: ['Total (incl. GST)', `S$${f2(total)}`] }, ['NETS', f2(total)], '-', { c: 'THANK YOU. PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'th-cafe-vat7-ruam-thang-sin-grand-total-buddhist-year-2569-cash-change', batch: 36, date: '2026-11-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Thai cafe in baht, Thai and English labels, VAT 7% included: "รวมทั้งสิ้น GRAND TOTAL", "เงินสด CASH", "เงินทอน CHANGE"; the date in the Buddhist year, "27/11/2569 10:22".
      const it = priced([['ICED LATTE', 2, 75.0], ['THAI TEA', 1, 55.0], ['CROISSANT', 2, 65.0], ['WATER', 1, 15.0]]);
      const total = it.total, vat = r2((total * 7) / 107), cash = 500;
      return { total, lines: [
        { c: 'BAAN KAFAE' }, { c: 'บ้านกาแฟ' }, { c: 'TAX ID 0105562117410' }, { c: 'NIMMANHAEMIN RD, CHIANG MAI' }, { c: 'ใบกำกับภาษีอย่างย่อ ABB TAX INVOICE' }, '-',
        ['วันที่ 27/11/2569 10:22', 'POS 01'], 'เลขที่ No. 0118-2271', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['มูลค่าสินค้า VATABLE', f2(r2(total - vat))], ['ภาษีมูลค่าเพิ่ม VAT 7%', f2(vat)], { b: ['รวมทั้งสิ้น GRAND TOTAL', f2(total)] }, ['เงินสด CASH', f2(cash)], ['เงินทอน CHANGE', f2(r2(cash - total))], '-',
        { c: 'ขอบคุณค่ะ THANK YOU' },
      ] };
    },
  },
  {
    id: 'kr-convenience-hapgye-bugase-batteul-geumaek-geoseureum-won-iso-date', batch: 36, date: '2026-11-27', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Korean convenience store in won: "과세물품", "부가세", "합계", "받을금액", "받은금액", "거스름돈"; "2026-11-27 21:14".
      const won = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, ',');
      const rows = [['삼각김밥 참치마요', 2, 1300], ['바나나맛우유', 1, 1700], ['신라면 컵', 2, 1350], ['생수 500ml', 1, 950]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, price, amount: qty * price }));
      const total = items.reduce((a, r) => a + r.amount, 0), vat = Math.round(total / 11), cash = 10000;
      return { total, lines: [
        { c: '해피마트 역삼점' }, { c: '사업자 220-81-44718' }, { c: '서울 강남구 테헤란로 211' }, '-',
        '[판매] 2026-11-27 21:14', ['POS: 01', 'NO: 0118'], '-',
        ...items.map((r) => [`${r.name} ${r.qty}`, won(r.amount)]), '-',
        ['과세물품', won(total - vat)], ['부가세', won(vat)], { b: ['합계', won(total)] }, ['받을금액', won(total)], ['받은금액', won(cash)], ['거스름돈', won(cash - total)], '-',
        { c: '감사합니다' },
      ] };
    },
  },
  {
    id: 'jp-convenience-gokei-uchi-shohizei-8-10-oazukari-otsuri-reiwa-date', batch: 36, date: '2026-11-26', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Japanese convenience store in yen: "小計", "合計", "(8%対象 ¥...)", "(内消費税等 ¥...)", "お預り", "お釣り"; "令和8年11月26日(木) 08:12".
      const yen = (v) => `¥${String(v).replace(/\B(?=(\d{3})+$)/g, ',')}`;
      const food = [['おにぎり 鮭', 2, 160], ['サンドイッチ', 1, 320], ['緑茶 500ml', 1, 150]], goods = [['乾電池 単3', 1, 398]];
      const amt = (rows) => rows.reduce((a, [, q, p]) => a + q * p, 0);
      const f8 = amt(food), g10 = amt(goods), total = f8 + g10, tax8 = Math.floor((f8 * 8) / 108), tax10 = Math.floor((g10 * 10) / 110), cash = 2000;
      return { total, lines: [
        { c: 'ハッピーマート 新宿西口店' }, { c: '東京都新宿区西新宿1-18-2' }, { c: '登録番号 T8011101044718' }, '-',
        '令和8年11月26日(木) 08:12', ['レジ 2', '責 118'], '-',
        ...food.map(([n, q, p]) => [`${n}${q > 1 ? ` ${q}点` : ''} *`, yen(q * p)]), ...goods.map(([n, q, p]) => [n, yen(q * p)]), '-',
        ['小計', yen(total)], { b: ['合計', yen(total)] }, ['(8%対象', `${yen(f8)})`], ['(内消費税等', `${yen(tax8)})`], ['(10%対象', `${yen(g10)})`], ['(内消費税等', `${yen(tax10)})`],
        ['お預り', yen(cash)], ['お釣り', yen(cash - total)], '-', '* は軽減税率対象商品', { c: 'ありがとうございました' },
      ] };
    },
  },
  {
    id: 'de-kassenbon-summe-eur-bar-rueckgeld-mwst-a-19-b-7-tse-lines', batch: 36, date: '2026-11-25', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A German Kassenbon: items coded A (19%) and B (7%), "SUMME EUR", "Bar", "Rückgeld", the MwSt table "A 19% / B 7%" with Netto and Brutto, the TSE lines; "25.11.2026 09:41".
      const fc = (v) => f2(v).replace('.', ',');
      const a = priced([['Spülmittel 500ml', 1, 1.45], ['Küchenrolle 4er', 1, 2.99]]);
      const b = priced([['Vollmilch 1,5% 1l', 2, 1.09], ['Bio Eier 10er', 1, 3.79], ['Roggenbrot 750g', 1, 2.49], ['Gouda Scheiben', 1, 2.29]]);
      const total = r2(a.total + b.total), netA = r2(a.total / 1.19), netB = r2(b.total / 1.07), cash = 20;
      return { total, lines: [
        { c: 'FRISCHMARKT HOFMANN' }, { c: 'Bahnhofstr. 14, 79098 Freiburg' }, { c: 'USt-IdNr. DE281447109' }, '-', ['', 'EUR'],
        ...a.rows.map((r) => [`${r.qty > 1 ? `${r.qty} x ` : ''}${r.name}`, `${fc(r.amount)} A`]), ...b.rows.map((r) => [`${r.qty > 1 ? `${r.qty} x ` : ''}${r.name}`, `${fc(r.amount)} B`]), '-',
        { b: ['SUMME EUR', fc(total)] }, ['Bar', fc(cash)], ['Rückgeld', fc(r2(cash - total))], '-',
        ['MwSt', 'Netto  MwSt  Brutto'], ['A 19%', `${fc(netA)}  ${fc(r2(a.total - netA))}  ${fc(a.total)}`], ['B 7%', `${fc(netB)}  ${fc(r2(b.total - netB))}  ${fc(b.total)}`], '-',
        ['25.11.2026 09:41', 'Bon 4471 Kasse 2'], 'TSE-Transaktion: 118827', 'TSE-Start: 2026-11-25T09:40:58.000', 'TSE-Stop: 2026-11-25T09:41:12.000', 'TSE-Seriennr.: 4a7c19e2b8d1f03a',
        'TSE-Signatur: MEQCIFx81tQ2kzPq0Hn', { c: 'Vielen Dank für Ihren Einkauf' },
      ] };
    },
  },
  {
    id: 'fr-ticket-total-ttc-cb-tva-5-5-10-20-table-ht-le-date-a-heure', batch: 36, date: '2026-11-24', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A French ticket: rates 5,5 / 10 / 20 %, "TOTAL TTC ... €", paid "CB", the TVA table (taux, HT, TVA, TTC); "Le 24/11/2026 à 12:31".
      const fc = (v) => f2(v).replace('.', ',');
      const r55 = priced([['BAGUETTE TRADITION', 2, 1.3], ['YAOURT NATURE X4', 1, 2.15]]), r10 = priced([['SANDWICH JAMBON', 1, 5.9]]), r20 = priced([['COCA-COLA 50CL', 1, 2.2], ['PILES AA X4', 1, 6.49]]);
      const total = r2(r55.total + r10.total + r20.total), ht = (v, t) => r2(v / (1 + t / 100));
      const rows = [['5,5%', r55.total, 5.5], ['10%', r10.total, 10], ['20%', r20.total, 20]];
      return { total, lines: [
        { c: 'PROXI MARCHÉ DU PORT' }, { c: '12 QUAI DES ÉTATS-UNIS 06300 NICE' }, { c: 'SIRET 814 227 104 00018' }, '-',
        ...r55.rows.map((r) => [`${r.qty > 1 ? `${r.qty} x ` : ''}${r.name}`, `${fc(r.amount)} €`]), ...r10.rows.map((r) => [r.name, `${fc(r.amount)} €`]), ...r20.rows.map((r) => [r.name, `${fc(r.amount)} €`]), '-',
        { b: ['TOTAL TTC', `${fc(total)} €`] }, ['CB', `${fc(total)} €`], '-',
        ['TAUX    HT     TVA', 'TTC'], ...rows.map(([t, v, rate]) => [`${t}  ${fc(ht(v, rate))}  ${fc(r2(v - ht(v, rate)))}`, fc(v)]), '-',
        'Le 24/11/2026 à 12:31  Caisse 1', { c: 'MERCI DE VOTRE VISITE' },
      ] };
    },
  },
  {
    id: 'es-ticket-total-a-pagar-iva-incluido-entregado-cambio-fecha-hora', batch: 36, date: '2026-11-23', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Spanish shop's ticket: "TOTAL A PAGAR ... €", "IVA incluido", "Entregado", "Cambio", the IVA table; "Fecha: 23/11/2026  Hora: 13:45".
      const fc = (v) => f2(v).replace('.', ',');
      const it = priced([['PAN DE PUEBLO', 1, 1.6], ['ACEITE OLIVA 1L', 1, 8.95], ['TOMATE RAMA KG', 1, 2.35], ['JAMÓN SERRANO 100G', 2, 3.2], ['AGUA 1,5L', 2, 0.65]]);
      const total = it.total, base = r2(total / 1.1), cash = 50;
      return { total, lines: [
        { c: 'SUPERMERCADO LA PLAZA' }, { c: 'C/ Mayor, 18 - 28013 Madrid' }, { c: 'NIF B-84471092' }, '-',
        ['Fecha: 23/11/2026', 'Hora: 13:45'], ['Ticket: 0018-44712', 'Caja: 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, fc(r.amount)]), '-',
        { b: ['TOTAL A PAGAR', `${fc(total)} €`] }, ['IVA incluido', ''], ['Entregado', fc(cash)], ['Cambio', fc(r2(cash - total))], '-',
        ['Base imponible 10%', fc(base)], ['Cuota IVA', fc(r2(total - base))], { c: 'GRACIAS POR SU VISITA' },
      ] };
    },
  },
  {
    id: 'mx-tienda-subtotal-iva-16-total-efectivo-su-cambio-dd-mon-yyyy-spanish', batch: 36, date: '2026-08-14', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A Mexican shop in pesos: "SUBTOTAL", "IVA 16%", "TOTAL $", "EFECTIVO", "SU CAMBIO"; the month in Spanish, "14/AGO/2026 19:05".
      const it = priced([['COCA COLA 600ML', 2, 18.5], ['SABRITAS 45G', 2, 17.0], ['PAN BIMBO GRANDE', 1, 52.0], ['DETERGENTE 1KG', 1, 48.9]]);
      const sub = r2(it.total / 1.16), iva = r2(it.total - sub), total = it.total, cash = 200;
      return { total, lines: [
        { c: 'MINISUPER LA ESQUINA' }, { c: 'RFC: MLE180214KX7' }, { c: 'AV. JUAREZ 118, COL. CENTRO, PUEBLA, PUE.' }, '-',
        ['FECHA: 14/AGO/2026', '19:05'], ['TICKET: 004471', 'CAJA 1'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(sub)], ['IVA 16%', f2(iva)], { b: ['TOTAL', `$${f2(total)}`] }, ['EFECTIVO', f2(cash)], ['SU CAMBIO', f2(r2(cash - total))], '-',
        [`ARTICULOS: ${it.qty}`, ''], { c: 'GRACIAS POR SU COMPRA' },
      ] };
    },
  },
  {
    id: 'ph-pharmacy-member-discount-vatable-vat-exempt-amount-due-cash-mm-dd-yyyy', batch: 36, date: '2026-11-21', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      // A Philippine pharmacy: items coded V (vatable) and E (exempt medicines), "Member Disc 5%", "AMOUNT DUE", cash and change, "VATable Sales", "VAT-Exempt Sales", "VAT 12%"; "11/21/2026 16:40".
      const v = priced([['ALCOHOL 70% 500ML', 1, 89.75], ['COTTON BUDS 200S', 1, 45.5]]), e = priced([['BIOGESIC 500MG 10S', 2, 48.0], ['NEOZEP FORTE 10S', 1, 62.5]]);
      const gross = r2(v.total + e.total), disc = r2(gross * 0.05), total = r2(gross - disc), vShare = r2(v.total * 0.95), vat = r2((vShare * 12) / 112), cash = 500;
      return { total, lines: [
        { c: 'BOTIKA NG BAYAN DRUGSTORE' }, { c: 'RGL PHARMA TRADING INC.' }, { c: 'RIZAL AVE., STA. CRUZ, MANILA' }, { c: 'VAT REG TIN: 008-227-410-00003' }, '-',
        ['SI No: 00118827', ''], ['11/21/2026 16:40', 'Term 1'], '-',
        ...v.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} V`]), ...e.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} E`]), '-',
        ['Subtotal', f2(gross)], ['Member Disc 5%', `-${f2(disc)}`], { b: ['AMOUNT DUE', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['VATable Sales', f2(r2(vShare - vat))], ['VAT-Exempt Sales', f2(r2(total - vShare))], ['Zero-Rated Sales', '0.00'], ['VAT 12%', f2(vat)], { c: 'THIS SERVES AS YOUR SALES INVOICE' },
      ] };
    },
  },
  {
    id: 'fr-station-carburant-gazole-litres-x-prix-litre-total-ttc-tva-20-cb', batch: 36, date: '2026-11-19', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A French fuel station: "Pompe 4 GAZOLE", "38,42 L x 1,719 €/L", "TOTAL TTC", "dont TVA 20%", paid "CB"; "19/11/2026 07:48".
      const fc = (v) => f2(v).replace('.', ',');
      const litres = 38.42, price = 1.719, total = r2(litres * price), tva = r2(total / 6);
      return { total, lines: [
        { c: 'RELAIS DES ALPES' }, { c: 'STATION SERVICE' }, { c: 'RN 85 - 38320 EYBENS' }, { c: 'SIRET 447 102 883 00027' }, '-',
        ['19/11/2026 07:48', 'TICKET 2281'], '-',
        'POMPE 4  GAZOLE', [`${litres.toFixed(2).replace('.', ',')} L x ${price.toFixed(3).replace('.', ',')} €/L`, fc(total)], '-',
        { b: ['TOTAL TTC', `${fc(total)} €`] }, ['dont TVA 20%', fc(tva)], ['CB', `${fc(total)} €`], '-', { c: 'BONNE ROUTE' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 37
  {
    id: 'us-restaurant-card-slip-tip-and-total-written-by-hand-mm-dd-yyyy', batch: 37, date: '2026-11-18', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A US restaurant's card slip: "Subtotal", "Tax 8.875%", "Amount", then "Tip" and "Total" written in by the guest (a slanted hand); "11/18/2026 8:14 PM".
      const it = priced([['CHEESEBURGER', 2, 16.5], ['CAESAR SALAD', 1, 12.0], ['FRIES', 1, 6.0], ['IPA DRAFT', 2, 8.0]]);
      const tax = r2(it.total * 0.08875), bill = r2(it.total + tax), tip = 14.0, total = r2(bill + tip);
      return { total, lines: [
        { c: 'MAPLE STREET DINER' }, { c: '77 MAPLE ST, BROOKLYN NY 11215' }, '-',
        ['Server: KIM', 'Table 9'], ['Check #2281', '11/18/2026 8:14 PM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Tax 8.875%', f2(tax)], { b: ['Amount', f2(bill)] }, '-',
        'VISA ************4417', 'AUTH 018827', '', { hand: ['Tip', f2(tip)] }, { hand: ['Total', f2(total)] }, '', 'X ______________________', { c: 'CUSTOMER COPY' },
      ] };
    },
  },
  {
    id: 'two-column-receipt-items-and-totals-side-by-side-cash-change-dd-mm-yyyy', batch: 37, date: '2026-11-17', style: { font: 'mono', size: 10 }, degrade: 'scan',
    build() {
      // A till printing two columns: items two to a row, then "SUBTOTAL | TAX 6%", "TOTAL | CASH", "ITEMS | CHANGE" side by side; "17/11/2026 15:02".
      const it = priced([['TEH O', 2, 2.2], ['NASI LEMAK', 1, 5.5], ['ROTI CANAI', 3, 1.6], ['MILO AIS', 1, 3.8], ['KUIH LAPIS', 4, 0.8], ['MEE GORENG', 1, 7.5]]);
      const tax = r2(it.total * 0.06), total = r2(it.total + tax), cash = 50;
      const pairs = [];
      for (let i = 0; i < it.rows.length; i += 2) pairs.push(it.rows.slice(i, i + 2).flatMap((r) => [`${r.qty} ${r.name}`, f2(r.amount)]));
      return { total, lines: [
        { c: 'RESTORAN MAJU JAYA' }, { c: 'MAJU JAYA F&B (JM0887124-P)' }, { c: 'JALAN PUDU, 55100 KUALA LUMPUR' }, '-',
        ['17/11/2026 15:02', 'Meja 4'], '-',
        ...pairs, '-',
        ['SUBTOTAL', f2(it.total), 'SST 6%', f2(tax)], { b: ['TOTAL', f2(total), 'CASH', f2(cash)] }, [`ITEMS ${it.qty}`, '', 'CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'kr-restaurant-gonggeupgaaek-bugase-hapgyegeumaek-card-approval-slash-date', batch: 37, date: '2026-11-20', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Korean restaurant in won, paid by card: "공급가액", "부가세", "합계금액", "신용카드", "승인번호", "할부 일시불"; "2026/11/20 19:48".
      const won = (v) => String(v).replace(/\B(?=(\d{3})+$)/g, ',');
      const rows = [['김치찌개', 2, 9000], ['제육볶음', 1, 11000], ['계란말이', 1, 8000], ['공기밥', 1, 1000], ['소주', 1, 5000]];
      const items = rows.map(([name, qty, price]) => ({ name, qty, price, amount: qty * price }));
      const total = items.reduce((a, r) => a + r.amount, 0), supply = Math.round(total / 1.1);
      return { total, lines: [
        { c: '할머니식당' }, { c: '사업자번호 118-27-44710' }, { c: '서울 마포구 와우산로 21' }, '-',
        ['일시 2026/11/20 19:48', '테이블 5'], '-',
        ['품목  수량', '금액'], ...items.map((r) => [`${r.name}  ${r.qty}`, won(r.amount)]), '-',
        ['공급가액', won(supply)], ['부가세', won(total - supply)], { b: ['합계금액', won(total)] }, '-',
        ['신용카드', won(total)], ['카드번호', '5365-12**-****-2281'], ['할부', '일시불'], ['승인번호', '30118827'], { c: '감사합니다 또 오세요' },
      ] };
    },
  },
  {
    id: 'jp-drugstore-member-discount-shokei-gokei-uchi-shohizei-reiwa-card', batch: 37, date: '2026-11-19', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A Japanese drugstore: a member discount "会員割引 5%", "小計", "合計", "(10%対象)", "(内消費税)", paid by card "クレジット"; "令和8年11月19日 17:22".
      const yen = (v) => `¥${String(v).replace(/\B(?=(\d{3})+$)/g, ',')}`;
      const rows = [['ロキソニンS 12錠', 1, 698], ['マスク 30枚', 1, 548], ['ハンドクリーム', 1, 420], ['目薬 クール', 1, 880]];
      const gross = rows.reduce((a, [, q, p]) => a + q * p, 0), disc = Math.floor(gross * 0.05), total = gross - disc, tax = Math.floor((total * 10) / 110);
      return { total, lines: [
        { c: 'さくら薬局 池袋東口店' }, { c: '東京都豊島区南池袋1-22-4' }, { c: '登録番号 T4011001087441' }, '-',
        '令和8年11月19日 17:22', ['No.4471', 'レジ 1'], '-',
        ...rows.map(([n, q, p]) => [n, yen(q * p)]), ['会員割引 5%', `-${yen(disc)}`], '-',
        ['小計', yen(total)], { b: ['合計', yen(total)] }, ['(10%対象', `${yen(total)})`], ['(内消費税', `${yen(tax)})`], ['クレジット', yen(total)], '-',
        ['ポイント残高', '1,228P'], { c: 'お大事にどうぞ' },
      ] };
    },
  },
  {
    id: 'de-baeckerei-kassenbon-summe-gegeben-bar-rueckgeld-mwst-b-7-short-year', batch: 37, date: '2026-11-16', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A German bakery's Kassenbon: all at 7 % ("B"), "Summe", "Gegeben Bar", "Rückgeld", "MwSt B 7% ... enthalten", TSE lines; "16.11.26 07:12".
      const fc = (v) => f2(v).replace('.', ',');
      const it = priced([['Brezel', 4, 0.85], ['Kürbiskernbrötchen', 2, 0.95], ['Mohnschnecke', 1, 2.4], ['Bauernbrot 1kg', 1, 4.6], ['Kaffee to go', 1, 2.9]]);
      const total = it.total, tax = r2(total - total / 1.07), cash = 20;
      return { total, lines: [
        { c: 'BÄCKEREI KÖNIG' }, { c: 'Marktplatz 3, 72070 Tübingen' }, { c: 'St.-Nr. 86117/44710' }, '-',
        ['16.11.26 07:12', 'Bon-Nr. 2281'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, `${fc(r.amount)} B`]), '-',
        { b: ['Summe', `${fc(total)} EUR`] }, ['Gegeben Bar', fc(cash)], ['Rückgeld', fc(r2(cash - total))], '-',
        ['MwSt B 7% enthalten', fc(tax)], 'TSE-Start: 2026-11-16T07:11:40', 'TSE-Ende: 2026-11-16T07:12:03', 'TSE-Signaturzähler: 44718', { c: 'Danke und bis bald!' },
      ] };
    },
  },
  {
    id: 'es-restaurante-base-imponible-iva-10-total-entregado-cambio-dashes', batch: 37, date: '2026-11-15', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Spanish restaurant's bill: "Base imponible", "IVA 10%", "TOTAL", "Entregado", "Cambio"; "15-11-2026 14:38".
      const fc = (v) => f2(v).replace('.', ',');
      const it = priced([['MENÚ DEL DÍA', 2, 13.5], ['CAÑA', 2, 2.2], ['AGUA MINERAL', 1, 1.8], ['CAFÉ SOLO', 2, 1.4]]);
      const total = it.total, base = r2(total / 1.1), cash = 50;
      return { total, lines: [
        { c: 'CASA PEPE' }, { c: 'Restaurante - Bar' }, { c: 'Av. de la Constitución 7, 41004 Sevilla' }, { c: 'CIF B-41882710' }, '-',
        ['Mesa 6', 'Camarero: LUIS'], ['Factura simplificada 1-2281', ''], ['15-11-2026', '14:38'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, fc(r.amount)]), '-',
        ['Base imponible', fc(base)], ['IVA 10%', fc(r2(total - base))], { b: ['TOTAL', `${fc(total)} €`] }, ['Entregado', fc(cash)], ['Cambio', fc(r2(cash - total))], '-',
        { c: 'GRACIAS POR SU VISITA' },
      ] };
    },
  },
  {
    id: 'mx-gasolinera-magna-litros-x-precio-subtotal-iva-16-total-su-cambio', batch: 37, date: '2026-11-14', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A Mexican fuel station: "MAGNA 35.214 L x 23.89", "SUBTOTAL", "IVA 16%", "TOTAL $", "PAGO CON EFECTIVO", "SU CAMBIO"; "14/11/2026 08:05".
      const litres = 35.214, price = 23.89, total = r2(litres * price), sub = r2(total / 1.16), cash = 1000;
      return { total, lines: [
        { c: 'GASOLINERA EL SOL' }, { c: 'SERVICIO EL SOL SA DE CV' }, { c: 'RFC: SES091118AB2  E.S. 4471' }, { c: 'CARR. FEDERAL 57 KM 12, QUERÉTARO' }, '-',
        ['14/11/2026', '08:05'], ['BOMBA: 06', 'FOLIO: 118827'], '-',
        'MAGNA', [`${litres.toFixed(3)} L x $${f2(price)}`, f2(total)], '-',
        ['SUBTOTAL', f2(sub)], ['IVA 16%', f2(r2(total - sub))], { b: ['TOTAL', `$${f2(total)}`] }, ['PAGO CON EFECTIVO', f2(cash)], ['SU CAMBIO', f2(r2(cash - total))], '-',
        { c: 'GRACIAS POR SU PREFERENCIA' },
      ] };
    },
  },
  {
    id: 'th-pharmacy-member-discount-net-total-buddhist-short-year-dd-mm-yy', batch: 37, date: '2026-11-13', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Thai pharmacy, Thai and English labels: "ส่วนลดสมาชิก MEMBER DISC 10%", "ยอดสุทธิ NET TOTAL", "บัตรเครดิต CARD"; the Buddhist year in two digits, "13/11/69 18:20".
      const it = priced([['PARACETAMOL 500MG', 2, 35.0], ['VITAMIN C 1000', 1, 290.0], ['ALCOHOL GEL 500ML', 1, 129.0], ['MASK 50PCS', 1, 145.0]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), vat = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'SUKSABAI PHARMACY' }, { c: 'สุขสบายเภสัช' }, { c: 'TAX ID 0105559018827' }, { c: 'SUKHUMVIT SOI 11, BANGKOK' }, '-',
        ['13/11/69 18:20', 'POS 2'], 'เลขที่ INV 69-04471', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['รวม SUBTOTAL', f2(it.total)], ['ส่วนลดสมาชิก MEMBER DISC 10%', `-${f2(disc)}`], { b: ['ยอดสุทธิ NET TOTAL', f2(total)] }, ['บัตรเครดิต CARD', f2(total)], ['VAT 7% INCLUDED', f2(vat)], '-',
        { c: 'ขอบคุณ THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-pharmacy-member-disc-total-incl-gst-9-visa-paywave-day-month-name', batch: 37, date: '2026-11-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore pharmacy: "Member Disc 10%" under the items, "Total (incl. GST)", "GST 9% included", VISA payWave; "12 Nov 2026 13:05".
      const it = priced([['PANADOL EXTRA 20S', 1, 9.85], ['STREPSILS HONEY 24S', 1, 8.6], ['SUNBLOCK SPF50 60ML', 1, 16.9], ['COTTON PADS 80S', 2, 2.45]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), gst = r2((total * 9) / 109);
      return { total, lines: [
        { c: 'WELLCARE PHARMACY' }, { c: 'WELLCARE HEALTH PTE LTD  GST 201118827W' }, { c: '68 ORCHARD RD #B1-21 SINGAPORE 238839' }, '-',
        ['12 Nov 2026 13:05', 'Str 021'], 'Rcpt 021-0044718', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['Member Disc 10%', `-${f2(disc)}`], '-',
        { b: ['Total (incl. GST)', f2(total)] }, ['VISA payWave', f2(total)], ['GST 9% included', f2(gst)], '-', ['Member Points', '+33'], { c: 'STAY WELL' },
      ] };
    },
  },
  {
    id: 'fr-boulangerie-ticket-total-ttc-especes-rendu-tva-5-5-short-year', batch: 37, date: '2026-11-11', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A French bakery's ticket: "TOTAL TTC", "ESPECES", "RENDU", "TVA 5,5%" and "TVA 10%" with HT; "11/11/26 08:47".
      const fc = (v) => f2(v).replace('.', ',');
      const a = priced([['BAGUETTE', 2, 1.2], ['CROISSANT', 3, 1.15], ['PAIN AU CHOCOLAT', 2, 1.3]]), b = priced([['CAFÉ ALLONGÉ', 1, 2.0]]);
      const total = r2(a.total + b.total), hA = r2(a.total / 1.055), hB = r2(b.total / 1.1), cash = 20;
      return { total, lines: [
        { c: 'BOULANGERIE DU MARCHÉ' }, { c: '4 PLACE DU MARCHÉ 69004 LYON' }, { c: 'SIRET 882 104 771 00012' }, '-',
        ['11/11/26 08:47', 'Ticket 0447'], '-',
        ...a.rows.map((r) => [`${r.qty} ${r.name}`, fc(r.amount)]), ...b.rows.map((r) => [`${r.qty} ${r.name}`, fc(r.amount)]), '-',
        { b: ['TOTAL TTC', `${fc(total)} €`] }, ['ESPECES', fc(cash)], ['RENDU', fc(r2(cash - total))], '-',
        ['TVA 5,5%', `HT ${fc(hA)}  TVA ${fc(r2(a.total - hA))}`], ['TVA 10%', `HT ${fc(hB)}  TVA ${fc(r2(b.total - hB))}`], { c: 'MERCI ET À BIENTÔT' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 38 (held out: Malaysian stationers, hardware, restaurants, petrol)
  {
    id: 'stationery-tax-invoice-co-no-gst-id-total-incl-gst-gst-summary-cash-change-dd-mm-yyyy', batch: 38, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A stationer's tax invoice: "(12345-A)" and GST ID, qty x price rows, "Total (Excl. GST)", "GST @6%", "Total (Incl. GST)", CASH / CHANGE, GST summary; "05/01/2018 11:42:07".
      const it = priced([['EXERCISE BOOK 80PG', 10, 1.3], ['HB PENCIL BOX 12S', 2, 3.9], ['ERASER WHITE', 5, 0.5], ['RULER 30CM', 3, 1.2], ['GLUE STICK 21G', 2, 2.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'KEDAI BUKU & ALAT TULIS CAHAYA' }, { c: 'CAHAYA STATIONERY SDN BHD (12345-A)' }, { c: 'NO 7, JALAN SETIA 2/5, TAMAN SETIA' }, { c: '81200 JOHOR BAHRU, JOHOR' }, { c: 'GST ID: 000987612345' }, { c: 'TAX INVOICE' }, '-',
        ['Inv No: CS-0104418', 'Counter: 02'], ['Date: 05/01/2018', '11:42:07'], '-',
        ['Description', 'Qty x Price', 'Amt'], ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} S`]), '-',
        ['Total (Excl. GST)', f2(it.total)], ['GST @6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total (Incl. GST)', f2(total)] }, '-',
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['Code', 'Amount', 'Tax'], ['S @6%', f2(it.total), f2(gst)], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' }, { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'stationery-bookshop-member-points-qty-at-price-total-incl-gst-dd-mm-yy-dashes-time', batch: 38, date: '2018-01-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A bookshop-stationer: items then "2 @ 4.50", a member line and points, "TOTAL (INCL GST)", "GST INCLUDED 6%", CASH / CHANGE; "05-01-18 16:08".
      const it = priced([['NOTEBOOK A5 RULED', 2, 4.5], ['HIGHLIGHTER SET 4C', 1, 8.9], ['CORRECTION PEN', 2, 3.5], ['SCIENTIFIC CALC', 1, 49.9]]);
      const total = round5(it.total), gst = r2((it.total * 6) / 106), cash = 100;
      return { total, lines: [
        { c: 'POPULAR BOOK CORNER' }, { c: 'PB CORNER SDN BHD (654321-W)' }, { c: 'GST REG NO: 001122334455' }, { c: 'LOT G-12, MENARA AMAN, 50450 KUALA LUMPUR' }, '-',
        ['05-01-18 16:08', 'POS 03'], ['RCPT: 0301-88214', 'STAFF: SITI'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} @ ${f2(r.price)}`, f2(r.amount)]]), '-',
        ['SUBTOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL (INCL GST)', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST INCLUDED 6%', f2(gst)], 'MEMBER NO: 880112-XX-XXXX', ['POINTS EARNED', String(Math.floor(total))], ['POINTS BALANCE', '2,315'], '-', { c: 'THANK YOU, SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'hardware-total-sales-excl-gst-gst-6-rounding-adj-total-words-d-mon-yyyy', batch: 38, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hardware shop's cash bill: "Total Sales (Excluding GST)", "Total GST @6%", "Rounding Adj", "Total Sales (Inclusive of GST)", the total again in words; "5 Jan 2018 09:31".
      const it = priced([['CEMENT 50KG', 4, 19.5], ['SAND BAG', 6, 4.2], ['TROWEL 8"', 1, 12.0], ['PVC ELBOW 3/4"', 10, 0.9]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'SYARIKAT HARDWARE SENG HUAT' }, { c: '(Co. No. 203344-T)' }, { c: '23, JALAN BESAR, 34000 TAIPING, PERAK' }, { c: 'GST ID No.: 000223344556' }, { c: 'TAX INVOICE' }, '-',
        ['Bill No: 18/00217', '5 Jan 2018 09:31'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name} @${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Sales (Excluding GST)', f2(it.total)], ['Total GST @6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Sales (Inclusive of GST)', f2(total)] },
        ringgitInWords(total), '-', ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'restaurant-sst-service-charge-10-service-tax-6-rounding-adj-tender-change-iso-time', batch: 38, date: '2018-09-14', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A restaurant under SST: "Service Charge 10%", "Service Tax 6%", "Rounding Adj", "TOTAL", "TENDER", "CHANGE"; "2018-09-14 20:17:45".
      const it = priced([['NASI GORENG KAMPUNG', 2, 11.5], ['IKAN BAKAR', 1, 28.0], ['SAYUR CAMPUR', 1, 9.0], ['SIRAP LIMAU', 3, 3.5]]);
      const svc = r2(it.total * 0.1), tax = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + tax), total = round5(incl), tender = 100;
      return { total, lines: [
        { c: 'RESTORAN SELERA KAMPUNG' }, { c: 'SELERA KAMPUNG ENTERPRISE (JM0723411-X)' }, { c: 'SST ID: J31-1808-32000123' }, { c: 'JALAN TEBRAU, 80300 JOHOR BAHRU' }, '-',
        ['Table: 12', 'Pax: 4'], ['Bill: B0091823', '2018-09-14 20:17:45'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(tax)], ['Rounding Adj', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] },
        ['TENDER', f2(tender)], ['CHANGE', f2(r2(tender - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-fuel-litres-shop-item-gst-summary-code-amount-tax-debit-card-dd-mm-yyyy', batch: 38, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A petrol station: "RON95 21.54L x 2.31" (zero-rated fuel, "Z") and a shop item ("S"), "Total (Incl. GST)", DEBIT CARD, a Code / Amount / Tax summary; "05/01/2018 07:52:11".
      const litres = 21.54, price = 2.31, fuel = r2(litres * price), shop = 2.8, gst = r2((shop * 6) / 106), total = r2(fuel + shop);
      return { total, lines: [
        { c: 'PETRON JALAN KLANG LAMA' }, { c: 'KLANG LAMA FUEL SDN BHD (889012-D)' }, { c: 'GST ID: 001887766554' }, { c: 'BT 5, JALAN KLANG LAMA, 58000 KL' }, { c: 'TAX INVOICE' }, '-',
        ['05/01/2018 07:52:11', 'POS: 1'], ['Trans: 44817', 'Pump: 06'], '-',
        'RON95', [`${litres} L x ${f2(price)}`, `${f2(fuel)} Z`], ['MINERAL WATER 1.5L', `${f2(shop)} S`], '-',
        { b: ['Total (Incl. GST)', f2(total)] }, ['DEBIT CARD', f2(total)], 'CARD NO: ************2281', '-',
        ['Code', 'Amount', 'Tax'], ['S 6%', f2(r2(shop - gst)), f2(gst)], ['Z 0%', f2(fuel), '0.00'], '-', { c: 'THANK YOU, DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'stationery-photocopy-printing-qty-x-price-total-incl-gst-cash-dd-mon-yyyy-dashes', batch: 38, date: '2018-02-12', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A photocopy and stationery shop: "B/W COPY A4 120 x 0.10", binding, "Total Excl GST", "GST 6%", "Total Incl GST", CASH, CHANGE; "12-Feb-2018 3:41 PM".
      const it = priced([['B/W COPY A4', 120, 0.1], ['COLOUR PRINT A4', 15, 1.0], ['COMB BINDING', 3, 3.5], ['CLEAR FOLDER', 4, 1.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'COPY & PRINT CENTRE' }, { c: 'CPC STATIONERY (002233445-M)' }, { c: 'GST No. 002009876543' }, { c: '12A JALAN SS15/4, 47500 SUBANG JAYA' }, '-',
        ['12-Feb-2018 3:41 PM', 'No: 18-1772'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl GST', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-gst-summary-sr-zr-items-tender-change-iso-date-seconds-cashier', batch: 38, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hardware tax invoice with standard- and zero-rated items, "Total Amount Payable", "TENDER", "CHANGE", an SR / ZR summary; "2018-01-05 10:12:33".
      const sr = priced([['PAINT BRUSH 2"', 3, 4.5], ['WALL PAINT 5L WHITE', 1, 68.0], ['SANDPAPER #120', 5, 0.8]]), zr = priced([['RICE 5KG', 1, 16.5]]);
      const gst = r2(sr.total * 0.06), total = r2(sr.total + gst + zr.total), tender = 150;
      return { total, lines: [
        { c: 'HUP SENG HARDWARE TRADING' }, { c: '(Company No. 512233-P)' }, { c: 'GST Reg. No. 000512233999' }, { c: '88, JALAN PASAR, 70000 SEREMBAN' }, { c: 'TAX INVOICE' }, '-',
        ['Doc: HS/18/00812', 'Cashier: LIM'], ['2018-01-05 10:12:33', ''], '-',
        ...sr.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} ZR`]), '-',
        ['Sub Total', f2(r2(sr.total + zr.total))], ['GST 6%', f2(gst)], { b: ['Total Amount Payable', f2(total)] }, ['TENDER', f2(tender)], ['CHANGE', f2(r2(tender - total))], '-',
        ['GST Summary', 'Amount(RM)', 'Tax(RM)'], ['SR 6%', f2(sr.total), f2(gst)], ['ZR 0%', f2(zr.total), '0.00'], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kedai-runcit-total-incl-gst-gst-at-6-included-cash-change-dd-mm-yyyy-time-first', batch: 38, date: '2018-03-05', style: { font: 'condensed', size: 11, faded: true }, degrade: 'photo',
    build() {
      // A corner grocery, faded: "Total (Incl. GST)", "GST @6% included", CASH / CHANGE; the time before the date, "14:05 05/03/2018".
      const it = priced([['MILO 1KG', 1, 22.9], ['GULA 1KG', 2, 2.95], ['MINYAK MASAK 2KG', 1, 10.5], ['TELUR GRED A 10S', 1, 5.2], ['ROTI GARDENIA', 1, 3.6]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI RUNCIT AH CHONG' }, { c: '(001223344-V)' }, { c: 'GST ID: 000778899001' }, { c: 'JLN KAMPUNG BARU, 41000 KLANG' }, '-',
        ['14:05 05/03/2018', 'RCP 2281'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding Adj', f2(r2(total - it.total))], { b: ['Total (Incl. GST)', f2(total)] }, ['GST @6% included', f2(r2((it.total * 6) / 106))], ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'restaurant-chinese-tax-invoice-gst-summary-rounding-cash-date-label-time-pax', batch: 38, date: '2018-02-26', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Chinese restaurant's tax invoice: "Sub Total", "GST 6%", "Rounding Adj", "Grand Total", CASH, CHANGE, a Code / Amount / Tax table; "Date : 26/02/2018  Time : 19:45".
      const it = priced([['STEAMED FISH', 1, 38.0], ['KAILAN GARLIC', 1, 12.0], ['SWEET SOUR PORK', 1, 22.0], ['WHITE RICE', 4, 1.5], ['CHINESE TEA', 4, 1.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN HONG KEE' }, { c: 'HONG KEE F&B SDN BHD (998877-H)' }, { c: 'GST REG: 001998877660' }, { c: '3, JALAN MEWAH, 10350 GEORGETOWN, PENANG' }, { c: 'TAX INVOICE' }, '-',
        ['Date : 26/02/2018', 'Time : 19:45'], ['Table : A3', 'Pax : 4'], ['Inv : 1802-0577', ''], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Grand Total', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['Code', 'Amount', 'Tax'], ['SR', f2(it.total), f2(gst)], '-', { c: 'THANK YOU, PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'stationery-office-supplies-cash-bill-total-rm-words-ddmmyyyy-dots-no-gst', batch: 38, date: '2018-10-08', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // An office-supplies cash bill after GST (no tax): qty x price rows, "TOTAL RM", the total in words, CASH; "Date: 08.10.2018".
      const it = priced([['A4 PAPER 80GSM REAM', 5, 12.5], ['BOX FILE', 6, 4.2], ['STAPLER NO.10', 2, 6.9], ['STAPLES NO.10', 10, 0.9], ['WHITEBOARD MARKER', 12, 2.6]]);
      const total = it.total;
      return { total, lines: [
        { c: 'ANEKA OFFICE SUPPLIES' }, { c: 'ANEKA ALAT TULIS (SA0331245-K)' }, { c: '15 JALAN TUN RAZAK, 30100 IPOH' }, { c: 'CASH BILL' }, '-',
        ['No: 4471', 'Date: 08.10.2018'], '-',
        ['Item', 'Qty x Price', 'RM'], ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ringgitInWords(total), ['CASH', f2(total)], '-', 'Received by: ____________', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 39 (held out: Malaysian stationers, hardware, restaurants, petrol)
  {
    id: 'stationery-school-supplies-member-discount-sales-tax-10-total-card-dd-mm-yyyy', batch: 39, date: '2018-12-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A school-supplies stationer under SST: a member discount, "SST 10%", "Rounding Adj", "TOTAL", VISA; "03/12/2018 10:05".
      const it = priced([['SCHOOL BAG NAVY', 1, 59.9], ['PENCIL CASE', 2, 8.5], ['COLOUR PENCIL 24C', 1, 14.9], ['EXERCISE BOOK 120PG', 12, 1.8]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), sst = r2(net * 0.1), incl = r2(net + sst), total = round5(incl);
      return { total, lines: [
        { c: 'SMART KIDS STATIONERY' }, { c: 'SMART KIDS TRADING (003456789-U)' }, { c: 'SST REG: W10-1808-31001234' }, { c: 'G-08 PLAZA ALAM SENTRAL, 40000 SHAH ALAM' }, '-',
        ['03/12/2018 10:05', 'T2'], ['Receipt: 21-009912', ''], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['MEMBER DISC 5%', `-${f2(disc)}`], ['SST 10%', f2(sst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['TOTAL', f2(total)] },
        ['VISA', f2(total)], 'CARD: ************7741  APPR: 551823', '-', ['Member: 0123XXXX90', 'Pts +' + Math.floor(total)], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'petrol-shop-items-and-fuel-rounding-adj-total-incl-gst-cash-change-dd-mm-yy', batch: 39, date: '2018-02-09', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A petrol station's shop: fuel (ZR) and two shop items (SR), "Total Incl. GST", "Rounding Adj", "Total Rounded", CASH, CHANGE; "09/02/18 18:31".
      const fuel = r2(18.2 * 2.26), it = priced([['ROTI KRIM', 2, 1.6], ['100PLUS 500ML', 2, 2.4]]), gst = r2((it.total * 6) / 106);
      const incl = r2(fuel + it.total), total = round5(incl), cash = 60;
      return { total, lines: [
        { c: 'SHELL SG. BESI' }, { c: 'SG BESI STATION SDN BHD (771122-A)' }, { c: 'GST ID: 001771122334' }, { c: 'JALAN SUNGAI BESI, 57100 KL' }, { c: 'TAX INVOICE' }, '-',
        ['09/02/18 18:31', 'Till 2'], ['Receipt 0218-44710', ''], '-',
        ['PUMP 04 V-POWER 95', ''], ['  18.20 L @ 2.26', `${f2(fuel)} ZR`], ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Total Incl. GST', f2(incl)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Rounded', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        ['GST Code', 'Amount', 'Tax'], ['SR 6%', f2(r2(it.total - gst)), f2(gst)], ['ZR 0%', f2(fuel), '0.00'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-cash-bill-no-gst-qty-unit-price-total-words-d-mon-yyyy-signature', batch: 39, date: '2018-01-05', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A hardware cash bill, not GST-registered: Qty, Unit Price, Amount, "TOTAL", "RINGGIT MALAYSIA ... ONLY", a signature line; "Date: 5 Jan 2018".
      const it = priced([['GI WIRE 1KG', 2, 7.5], ['NAIL 2" 1KG', 3, 5.0], ['HAMMER 16OZ', 1, 18.0], ['PADLOCK 40MM', 2, 12.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KEDAI BESI TONG HENG' }, { c: '(JM0123987-D)' }, { c: 'LOT 12, JALAN PASIR PUTEH, 31650 IPOH' }, { c: 'CASH BILL' }, '-',
        ['No: 008812', 'Date: 5 Jan 2018'], '-',
        ['Qty Item', 'U/Price', 'Amount'], ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.price), f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ringgitInWords(total), '-', 'Signature: ____________', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIKEMBALIKAN' },
      ] };
    },
  },
  {
    id: 'restaurant-mamak-gst-inclusive-total-rounding-cash-change-dd-mm-yy-dashes', batch: 39, date: '2018-04-17', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A mamak restaurant, prices with GST: "Total (Incl. GST)", "GST @6% Included", CASH, CHANGE; "17-04-18 22:40".
      const it = priced([['ROTI CANAI', 4, 1.4], ['NASI KANDAR AYAM', 2, 9.5], ['TEH TARIK', 3, 2.2], ['MILO AIS', 1, 3.0]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR PELITA' }, { c: 'PELITA MAJU SDN BHD (456789-K)' }, { c: 'GST ID: 000456789123' }, { c: 'JALAN AMPANG, 50450 KUALA LUMPUR' }, '-',
        ['17-04-18 22:40', 'Table 21'], ['Bill No: 0417-2281', ''], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Rounding Adj', f2(r2(total - it.total))], { b: ['Total (Incl. GST)', f2(total)] }, ['GST @6% Included', f2(r2((it.total * 6) / 106))],
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'stationery-bookstore-visa-approval-total-incl-gst-gst-summary-iso-date-time', batch: 39, date: '2018-03-21', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A bookstore-stationer paid by card: "Total (Excl. GST)", "GST @ 6%", "Total (Incl. GST)", "VISA", approval code, a Code / Amount / Tax table; "2018-03-21 13:02:44".
      const it = priced([['FOUNTAIN PEN', 1, 45.0], ['INK CARTRIDGE 6S', 2, 7.9], ['A5 JOURNAL LEATHER', 1, 32.0], ['BOOKMARK SET', 1, 5.5]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'BOOKWORM STATIONERS' }, { c: 'BOOKWORM (M) SDN BHD (1034567-T)' }, { c: 'GST No: 002003004005' }, { c: 'LOT 3.21, MID VALLEY, 59200 KL' }, { c: 'TAX INVOICE' }, '-',
        ['Receipt: MV-18-33012', ''], ['2018-03-21 13:02:44', 'Cashier: 07'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total (Excl. GST)', f2(it.total)], ['GST @ 6%', f2(gst)], { b: ['Total (Incl. GST)', f2(total)] }, ['VISA', f2(total)], 'APPROVAL CODE: 082211', '-',
        ['Code', 'Amount', 'Tax'], ['SR', f2(it.total), f2(gst)], '-', { c: 'EXCHANGE WITHIN 7 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'hardware-qty-x-price-discount-line-total-sales-excl-incl-gst-cash-dd-mm-yyyy', batch: 39, date: '2018-05-02', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A hardware tax invoice with a discount line: "Total Sales (Excluding GST)", "Discount", "Total GST", "Total Sales (Inclusive of GST)", "Cash", "Change"; "02/05/2018 16:20".
      const it = priced([['DRILL BIT SET', 1, 35.0], ['WALL PLUG 6MM 100S', 1, 6.5], ['SCREW 1" 100S', 2, 4.8], ['MEASURING TAPE 5M', 1, 14.9]]);
      const disc = 3.0, base = r2(it.total - disc), gst = r2(base * 0.06), incl = r2(base + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'PERKAKASAN MAJU JAYA' }, { c: 'MAJU JAYA HARDWARE SDN BHD (712345-V)' }, { c: 'GST ID: 000712345678' }, { c: '5, JALAN KEPONG BARU, 52100 KL' }, { c: 'TAX INVOICE' }, '-',
        ['Doc No.: CS18050211', 'Date: 02/05/2018'], ['Cashier: AH MENG', 'Time: 16:20'], '-',
        ...it.rows.flatMap((r) => [r.name, [`${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]]), '-',
        ['Total Sales (Excluding GST) :', f2(it.total)], ['Discount :', f2(disc)], ['Total GST :', f2(gst)], ['Rounding :', f2(r2(total - incl))], { b: ['Total Sales (Inclusive of GST) :', f2(total)] },
        ['Cash :', f2(cash)], ['Change :', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'restaurant-svc-10-gst-6-total-incl-gst-rounding-mastercard-d-mon-yyyy-time', batch: 39, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A restaurant: "Service Charge 10%", "GST 6%", "Total (Incl. GST)", "Rounding", "Net Total", MASTERCARD; "5 Jan 2018 8:12 PM".
      const it = priced([['CHICKEN CHOP', 2, 18.9], ['SPAGHETTI BOLOGNESE', 1, 16.9], ['MUSHROOM SOUP', 2, 7.5], ['ICED LEMON TEA', 3, 5.9]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'THE COFFEE ROOM BISTRO' }, { c: 'COFFEE ROOM F&B SDN BHD (1188776-W)' }, { c: 'GST REG NO: 001188776000' }, { c: '2-1 JALAN PJU 7/3, 47800 PETALING JAYA' }, '-',
        ['5 Jan 2018 8:12 PM', 'Tbl 8'], ['Check: 00912', 'Server: JOE'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Total (Incl. GST)', f2(incl)], ['Rounding', f2(r2(total - incl))], { b: ['Net Total', f2(total)] },
        ['MASTERCARD', f2(total)], '************5512', '-', { c: 'THANK YOU FOR DINING WITH US' },
      ] };
    },
  },
  {
    id: 'petrol-prepaid-pump-receipt-rm-amount-gst-zero-rated-time-first-dd-mm-yyyy', batch: 39, date: '2018-03-30', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A petrol station's pump receipt: "PUMP 03 RON97", litres and RM/L, "TOTAL RM", "GST 0% (ZR)", CASH; the time first, "08:14:55 30/03/2018".
      const litres = 14.52, price = 2.58, total = r2(litres * price), cash = 40;
      return { total, lines: [
        { c: 'PETRONAS KG. PANDAN' }, { c: 'PANDAN ENERGY SDN BHD (551234-H)' }, { c: 'GST ID: 000551234777' }, { c: 'JALAN KAMPUNG PANDAN, 55100 KL' }, '-',
        ['08:14:55 30/03/2018', 'POS 2'], ['Receipt: 02-118827', ''], '-',
        ['PUMP 03 RON97', ''], [`${litres} L x RM ${f2(price)}/L`, f2(total)], '-',
        { b: ['TOTAL RM', f2(total)] }, ['GST 0% (ZR)', '0.00'], ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'stationery-member-points-redeemed-total-incl-gst-gst-6-cash-tendered-ddmmyyyy', batch: 39, date: '2018-04-23', style: { font: 'mono', size: 11, faded: true }, degrade: 'photo',
    build() {
      // A stationer, faded: points redeemed as a discount, "TOTAL (INCL GST)", "GST 6%" with its base, "CASH TENDERED", "CHANGE"; "23/04/2018 17:55".
      const it = priced([['ART BLOCK A3', 2, 9.9], ['WATER COLOUR 12C', 1, 15.9], ['PAINT BRUSH SET', 1, 12.5], ['MASKING TAPE', 3, 2.2]]);
      const redeem = 5.0, total = round5(r2(it.total - redeem)), gst = r2((total * 6) / 106), cash = 50;
      return { total, lines: [
        { c: 'ART & CRAFT STATIONERS' }, { c: 'A&C STATIONERS (SA0098765-P)' }, { c: 'GST ID: 000998877123' }, { c: 'NO 4, JALAN BUNGA RAYA, 75100 MELAKA' }, '-',
        ['23/04/2018 17:55', 'CTR 1'], ['INV: 0423-0091', ''], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['POINTS REDEEMED (500)', `-${f2(redeem)}`], { b: ['TOTAL (INCL GST)', f2(total)] }, ['GST 6%', `${f2(r2(total - gst))}  ${f2(gst)}`],
        ['CASH TENDERED', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', ['POINTS BALANCE', '1,120'], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'minimart-gst-summary-code-sr-zr-tender-change-dd-mon-yyyy-uppercase-time', batch: 39, date: '2018-01-05', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A minimart: SR and ZR items, "Total (Incl. GST)", "TENDER CASH", "CHANGE", a Code / Amount / Tax table; "05 JAN 2018 19:22".
      const sr = priced([['MAGGI KARI 5S', 2, 5.6], ['SUNLIGHT 900ML', 1, 6.9]]), zr = priced([['BERAS 10KG', 1, 28.0], ['GULA 2KG', 1, 5.7]]);
      const gst = r2(sr.total * 0.06), incl = r2(sr.total + gst + zr.total), total = round5(incl), tender = 100;
      return { total, lines: [
        { c: 'MYMART SERI KEMBANGAN' }, { c: 'MYMART RETAIL SDN BHD (1001234-M)' }, { c: 'GST ID: 001001234000' }, { c: 'JLN SK 1/2, 43300 SERI KEMBANGAN' }, { c: 'TAX INVOICE' }, '-',
        ['05 JAN 2018 19:22', 'POS 04'], ['Rcpt: 04-0105-0338', ''], '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), '-',
        ['Total (Excl. GST)', f2(r2(sr.total + zr.total))], ['GST', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total (Incl. GST)', f2(total)] },
        ['TENDER CASH', f2(tender)], ['CHANGE', f2(r2(tender - total))], '-',
        ['Code', 'Amount', 'Tax'], ['SR 6%', f2(sr.total), f2(gst)], ['ZR 0%', f2(zr.total), '0.00'], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 40 (held out: clinics, car workshops, food courts, pharmacies, new total labels)
  {
    id: 'clinic-gp-consultation-medication-invoice-amount-paid-amount-bal-due-ddmonyy', batch: 40, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A GP clinic's receipt, no GST: "Consultation", medicines, "Invoice Amount", "Paid Amount (Cash)", "Bal Due 0.00"; "Visit: 05JAN18 10:12".
      const consult = 30, meds = priced([['PARACETAMOL 500MG x10', 1, 3.0], ['CHLORPHENIRAMINE 4MG x10', 1, 4.5], ['COUGH MIXTURE 90ML', 1, 9.0]]);
      const total = r2(consult + meds.total);
      return { total, lines: [
        { c: 'KLINIK KELUARGA SEJAHTERA' }, { c: '(KKS 002345-W)' }, { c: '12, JALAN BAYAN 2, TAMAN BAYAN' }, { c: '81200 JOHOR BAHRU, JOHOR' }, { c: 'Tel: 07-2341188' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Receipt No: OR-18-00231', ''], ['Visit: 05JAN18 10:12', 'Dr. LIM'], 'Patient: TAN A/L M******', '-',
        ['Consultation', f2(consult)], ...meds.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Invoice Amount', f2(total)] }, ['Paid Amount (Cash)', f2(total)], ['Bal Due', '0.00'], '-',
        { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'car-workshop-service-invoice-parts-labour-sst-6-total-bill-online-transfer-mon-dd-yyyy', batch: 40, date: '2019-01-14', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A car workshop under SST: parts, "Labour Charges", "Service Tax 6% (Labour)", "Total Bill", "Payment: ONLINE TRANSFER"; "Jan 14, 2019"; plate and mileage.
      const parts = priced([['ENGINE OIL 10W-40 4L', 1, 98.0], ['OIL FILTER', 1, 18.0], ['BRAKE PAD (FRONT)', 1, 120.0]]);
      const labour = 60, tax = r2(labour * 0.06), total = r2(parts.total + labour + tax);
      return { total, lines: [
        { c: 'BENGKEL KERETA AUTO PRIMA' }, { c: 'AUTO PRIMA SERVICE CENTRE (SA0112233-T)' }, { c: 'SST No: J31-1809-32000456' }, { c: 'LOT 7, JALAN INDUSTRI 2, 14000 BUKIT MERTAJAM' }, '-',
        { c: 'SERVICE INVOICE' }, ['Inv: SI-190114-07', 'Jan 14, 2019'], ['Vehicle: PKH 4521', 'Mileage: 88,412 km'], '-',
        ['Description', 'Qty', 'Amount'], ...parts.rows.map((r) => [r.name, String(r.qty), f2(r.amount)]), ['Labour Charges', '1', f2(labour)], '-',
        ['Parts', f2(parts.total)], ['Labour', f2(labour)], ['Service Tax 6% (Labour)', f2(tax)], { b: ['Total Bill', f2(total)] }, '-',
        ['Payment: ONLINE TRANSFER', f2(total)], 'Ref: MBB 0114 88213', '-', { c: 'NEXT SERVICE: 93,400 km' },
      ] };
    },
  },
  {
    id: 'foodcourt-stall-numbers-total-price-tng-ewallet-dd-mm-yyyy-weekday-paren', batch: 40, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A food court's central cashier: stall numbers before each dish, "Total Price", "GST 6% Incl.", paid by Touch 'n Go eWallet; "05/01/2018 (FRI) 12:41".
      const it = priced([['S03 CHAR KUEY TEOW', 1, 7.5], ['S07 CHICKEN RICE', 2, 6.8], ['S11 ICE LEMON TEA', 2, 2.6], ['S11 KOPI O', 1, 1.8]]);
      const total = round5(it.total), gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'MEDAN SELERA PUSAT BANDAR' }, { c: 'SELERA PUSAT SDN BHD (998877-D)' }, { c: 'GST ID: 000998877321' }, { c: 'JALAN TUN RAZAK, 50400 KUALA LUMPUR' }, '-',
        '05/01/2018 (FRI) 12:41', ['Cashier 2', 'No. 0105-1188'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Total Price', f2(total)] }, ['GST 6% Incl.', f2(gst)], '-',
        ["Touch 'n Go eWallet", f2(total)], 'Txn ID: 20180105124133008812', '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'farmasi-malay-labels-jumlah-kecil-diskaun-harga-bersih-tunai-baki-tarikh-dashes', batch: 40, date: '2019-03-12', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A pharmacy printing in Malay: "Jumlah Kecil", "Diskaun Ahli 5%", "Harga Bersih", "Tunai", "Baki"; "Tarikh: 12-03-2019  Masa: 16:44".
      const it = priced([['VITAMIN C 1000MG 30S', 1, 36.9], ['PLASTER KALIS AIR', 2, 4.5], ['UBAT GIGI SENSITIF', 1, 15.8]]);
      const disc = r2(it.total * 0.05), total = round5(r2(it.total - disc)), cash = 100;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU ENTERPRISE (002299881-P)' }, { c: 'NO 9, JALAN PASAR, 25000 KUANTAN' }, '-',
        ['Tarikh: 12-03-2019', 'Masa: 16:44'], ['No Resit: 3312', 'Kaunter: 1'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}x${f2(r.price)}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Diskaun Ahli 5%', `-${f2(disc)}`], ['Pelarasan', f2(r2(total - r2(it.total - disc)))], { b: ['Harga Bersih', f2(total)] },
        ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'supermarket-cash-voucher-deducted-payable-amount-unionpay-dd-mm-yyyy-dots-weekday', batch: 40, date: '2018-06-15', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A supermarket: SR and ZR items, "Sub-Total", a cash voucher deducted, "Payable Amount", UNIONPAY card; "15.06.2018 Fri 14:02". GST 0% from June 2018.
      const it = priced([['BASMATHI RICE 5KG', 1, 32.9], ['COOKING OIL 2KG', 1, 10.5], ['DETERGENT 3KG', 1, 24.9], ['APPLE FUJI 4S', 2, 6.5], ['YOGURT DRINK 4S', 1, 8.2]]);
      const voucher = 10, total = r2(it.total - voucher);
      return { total, lines: [
        { c: 'PASARAYA HARMONI' }, { c: 'HARMONI RETAIL SDN BHD (880011-K)' }, { c: 'GST ID: 000880011456' }, { c: 'LOT 1-5, JALAN MERDEKA, 75000 MELAKA' }, { c: 'TAX INVOICE' }, '-',
        ['15.06.2018 Fri 14:02', 'POS 03'], ['Receipt: 03-150618-221', 'Cashier: 1102'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} @ ${f2(r.price)}`, `${f2(r.amount)} Z`]]), '-',
        ['Sub-Total', f2(it.total)], ['CASH VOUCHER', `-${f2(voucher)}`], { b: ['Payable Amount', f2(total)] },
        ['UNIONPAY', f2(total)], 'CARD: 6212 **** **** 0931', '-',
        ['GST Summary', 'Amount', 'Tax'], ['Z @ 0%', f2(total), '0.00'], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'bakery-member-10-total-nett-paid-amount-change-due-weekday-first-dd-mm-yyyy', batch: 40, date: '2018-05-12', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A bakery: a member's 10% off, "Total Nett", "Paid Amount", "Change Due", GST included in a footer; "SAT 12/05/2018 09:18".
      const it = priced([['BUTTER CROISSANT', 3, 3.8], ['KAYA BUN', 4, 1.9], ['CHEESE TART', 2, 4.5], ['WHOLEMEAL LOAF', 1, 6.9]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), total = round5(net), paid = 50;
      return { total, lines: [
        { c: 'ROTI HARUM BAKERY' }, { c: 'HARUM BAKERS SDN BHD (601122-X)' }, { c: 'GST ID: 000601122987' }, { c: '88, JALAN SULTAN, 30000 IPOH' }, '-',
        'SAT 12/05/2018 09:18', ['Bill: 1205-0042', 'POS1'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Member 10%', `-${f2(disc)}`], ['Rounding', f2(r2(total - net))], { b: ['Total Nett', f2(total)] },
        ['Paid Amount', f2(paid)], ['Change Due', f2(r2(paid - total))], '-', `Total includes GST 6% of ${f2(r2((total * 6) / 106))}`, { c: 'FRESHLY BAKED DAILY' },
      ] };
    },
  },
  {
    id: 'sg-petrol-sales-amount-loyalty-disc-nett-amount-gst-7-incl-nets-dd-mon-yyyy-caps', batch: 40, date: '2018-05-12', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore petrol station: litres and S$/L, "Sales Amount", "Disc (Loyalty)", "Nett Amount S$", "GST 7% incl.", NETS; "12-MAY-2018 07:31".
      const litres = 35.42, price = 2.35, sales = r2(litres * price), disc = r2(sales * 0.18), total = r2(sales - disc), gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'SPC JURONG WEST' }, { c: 'SINGAPORE PETROLEUM STATIONS PTE LTD' }, { c: 'GST Reg No: M2-0012345-6' }, { c: '51 JURONG WEST AVE 1 S(649521)' }, '-',
        ['12-MAY-2018 07:31', 'Pump 06'], ['Trans: 8821034', ''], '-',
        ['FUEL 95', ''], [`${f2(litres)} L x ${f2(price)}`, f2(sales)], '-',
        ['Sales Amount', f2(sales)], ['Disc (Loyalty)', `-${f2(disc)}`], { b: ['Nett Amount S$', f2(total)] }, ['GST 7% incl.', f2(gst)], '-',
        ['NETS', f2(total)], 'Card: ************2207', '-', { c: 'THANK YOU. DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'tyre-battery-shop-trade-in-old-battery-amount-to-pay-cash-single-digit-slashes', batch: 40, date: '2018-03-07', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A tyre and battery shop: a battery and a fitting, "Trade-in Old Battery" taken off, GST 6%, "Amount To Pay", CASH; "Date: 7/3/2018".
      const it = priced([['BATTERY NS60 MF', 1, 220.0], ['FITTING & CHECKING', 1, 10.0]]);
      const tradeIn = 15, base = r2(it.total - tradeIn), gst = r2(base * 0.06), incl = r2(base + gst), total = round5(incl), cash = 250;
      return { total, lines: [
        { c: 'KEDAI TAYAR & BATERI SRI MAJU' }, { c: '(002211334-A)' }, { c: 'GST ID: 002211334000' }, { c: 'NO 3, JALAN BESAR, 34000 TAIPING' }, '-',
        ['Date: 7/3/2018', 'Time: 11:05'], ['Bill: 0307-018', 'Car: AKT 9921'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), ['Trade-in Old Battery', '', `-${f2(tradeIn)}`], '-',
        ['Total Excl. GST', f2(base)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Amount To Pay', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'BATTERY WARRANTY 12 MONTHS' },
      ] };
    },
  },
  {
    id: 'sg-zichar-restaurant-svc-10-gst-7-total-bill-settlement-visa-date-time-label', batch: 40, date: '2019-11-23', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore zi char restaurant: "Service Chg 10%", "GST 7%", "Total Bill", "Settlement: VISA"; "Date/Time: 23/11/2019 20:15".
      const it = priced([['SAMBAL KANGKONG', 1, 12.0], ['CEREAL PRAWN (M)', 1, 28.0], ['SWEET SOUR PORK', 1, 16.0], ['STEAMED RICE', 4, 1.0], ['BARLEY (JUG)', 1, 8.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'HONG FA ZI CHAR' }, { c: 'HONG FA EATING HOUSE PTE LTD' }, { c: 'GST Reg: 201812345K' }, { c: 'Blk 88 Tampines St 81 #01-12 S(520088)' }, '-',
        'Date/Time: 23/11/2019 20:15', ['Table: A7  Pax: 4', 'Bill#: 23118'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Chg 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['Total Bill', f2(total)] }, '-',
        ['Settlement: VISA', f2(total)], 'XXXX XXXX XXXX 6620  Appr 310572', '-', { c: 'THANK YOU! SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'kopitiam-sst-6-service-tax-total-inc-sst-duitnow-qr-total-double-width-dd-mm-yy', batch: 40, date: '2018-10-19', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A kopitiam under SST: "Service Tax 6%", the total in double-width type under "TOTAL INC. SST", DuitNow QR; "19/10/18 08:47".
      const it = priced([['HALF BOILED EGGS SET', 2, 6.5], ['KAYA BUTTER TOAST', 2, 3.2], ['KOPI C PENG', 2, 2.9]]);
      const tax = r2(it.total * 0.06), incl = r2(it.total + tax), total = round5(incl);
      return { total, lines: [
        { c: 'KOPITIAM YEE SENG' }, { c: 'YEE SENG F&B SDN BHD (1212345-U)' }, { c: 'SST ID: W10-1809-32001122' }, { c: '15, JALAN PUDU, 55100 KUALA LUMPUR' }, '-',
        ['19/10/18 08:47', 'T5'], ['Order: 0047', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(tax)], ['Rounding', f2(r2(total - incl))], 'TOTAL INC. SST', { hw: ['RM', f2(total)] }, '-',
        ['DuitNow QR', f2(total)], 'Ref: DN1019084712', '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 41 (held out: clinics, car workshops, food courts, pharmacies, new layouts)
  {
    id: 'sg-dental-clinic-scaling-xray-sub-total-gst-7-total-charges-nets-iso-date', batch: 41, date: '2019-07-08', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore dental clinic: treatments, "Sub Total", "GST 7%", "Total Charges", "Paid by NETS"; "Date: 2019-07-08  Time: 15:20".
      const it = priced([['SCALING & POLISHING', 1, 75.0], ['DENTAL X-RAY (BW)', 2, 25.0], ['FLUORIDE TREATMENT', 1, 30.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'BRIGHT SMILE DENTAL SURGERY' }, { c: 'BRIGHT SMILE DENTAL PTE LTD' }, { c: 'GST Reg No: 201634567W' }, { c: '304 Serangoon Ave 2 #01-05 S(550304)' }, '-',
        { c: 'TAX INVOICE / RECEIPT' }, ['Date: 2019-07-08', 'Time: 15:20'], ['Inv No: BSD/19/07/0412', ''], 'Patient: NG **** LING', '-',
        ['Treatment', 'Qty', 'Amount'], ...it.rows.map((r) => [r.name, String(r.qty), f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 7%', f2(gst)], { b: ['Total Charges', f2(total)] }, ['Paid by NETS', f2(total)], ['Outstanding', '0.00'], '-',
        'Next appointment: 08/01/2020', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'car-service-centre-oil-change-labour-total-before-tax-sst-grand-total-rm-amount-received', batch: 41, date: '2018-11-02', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A car service centre: parts with a part number column, "Labour", "Total Before Tax", "SST 6%" on the labour, "Grand Total RM", "Amount Received", "Balance"; "02 Nov 2018".
      const parts = priced([['15400-RTA-003 OIL FILTER', 1, 28.0], ['08232-P99 ENGINE OIL 4L', 1, 135.0], ['17220-R1A AIR FILTER', 1, 65.0]]);
      const labour = 80, before = r2(parts.total + labour), sst = r2(labour * 0.06), total = r2(before + sst);
      return { total, lines: [
        { c: 'MEGA AUTO SERVICE CENTRE' }, { c: 'MEGA AUTO SVC SDN BHD (1077889-H)' }, { c: 'SST REG: B16-1809-21000789' }, { c: '22, JALAN SS 13/4, 47500 SUBANG JAYA' }, '-',
        { c: 'INVOICE' }, ['No: MA18-11-0092', 'Date: 02 Nov 2018'], ['Reg No: WXY 3310', 'ODO: 61,204'], '-',
        ...parts.rows.map((r) => [r.name, f2(r.amount)]), ['LABOUR - PERIODIC SERVICE', f2(labour)], '-',
        ['Total Before Tax', f2(before)], ['SST 6%', f2(sst)], { b: ['Grand Total RM', f2(total)] }, ['Amount Received', f2(total)], ['Balance', '0.00'], '-',
        'Received by: ______________', { c: 'WARRANTY 3 MONTHS OR 5,000 KM' },
      ] };
    },
  },
  {
    id: 'supermarket-total-sales-amt-incl-sst-item-disc-round-adj-cash-change-dd-mm-yyyy', batch: 41, date: '2018-10-14', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A supermarket under SST: an item discount under its item, "Total Sales Amt (Incl SST)", "Round Adj", Cash, Change, an SST table; "14/10/2018 17:36".
      const it = priced([['MILO 1KG', 1, 28.9], ['BISKUT KRIM 400G', 2, 5.5], ['SABUN MANDI 3S', 1, 9.9], ['TISU 10 ROLL', 1, 13.5]]);
      const itemDisc = 2.0, net = r2(it.total - itemDisc), total = round5(net), sst = r2((net * 10) / 110), cash = 100;
      return { total, lines: [
        { c: 'SUPERMARKET SENTOSA JAYA' }, { c: 'SENTOSA JAYA MART SDN BHD (713344-A)' }, { c: 'SST ID: W10-1809-31004455' }, { c: 'JALAN KLANG LAMA, 58000 KUALA LUMPUR' }, '-',
        ['14/10/2018 17:36', 'POS: 05'], ['Rcpt#: 05-1014-0770', 'Opr: 220'], '-',
        ...it.rows.flatMap((r, i) => [[`${r.name}`, `${r.qty} @${f2(r.price)}`, f2(r.amount)], ...(i === 0 ? [['   Item Disc', '', `-${f2(itemDisc)}`]] : [])]), '-',
        ['Round Adj', f2(r2(total - net))], { b: ['Total Sales Amt (Incl SST)', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        ['SST', 'Sales', 'Tax'], ['S 10%', f2(r2(net - sst)), f2(sst)], '-', { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'sg-pharmacy-total-sdollar-charge-to-master-gst-7-absorbed-month-dd-comma-yyyy', batch: 41, date: '2019-10-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore pharmacy: "Total (S$)", "Charge To: MASTER", "GST 7% included", a promotion saved; "Oct 03, 2019 11:27 AM".
      const it = priced([['FISH OIL 1000MG 100S', 1, 32.9], ['HAND SANITISER 500ML', 2, 6.5], ['ANTISEPTIC CREAM 30G', 1, 8.9]]);
      const promo = 3.0, total = r2(it.total - promo), gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'WELLCARE PHARMACY' }, { c: 'WELLCARE HEALTH PTE LTD' }, { c: 'GST Reg: 199912345M' }, { c: '1 Jurong West Central 2 #B1-20 S(648886)' }, '-',
        ['Oct 03, 2019 11:27 AM', 'Reg 2'], ['Trans: 2-11027-31', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['PROMO 2ND ITEM', `-${f2(promo)}`], '-',
        { b: ['Total (S$)', f2(total)] }, ['Charge To: MASTER', f2(total)], 'A/C: XXXX-XXXX-XXXX-5516', '-',
        ['GST 7% included', f2(gst)], ['You saved', f2(promo)], { c: 'STAY WELL' },
      ] };
    },
  },
  {
    id: 'bakery-qty-description-amount-jumlah-rm-tunai-baki-iso-date-weekday-paren', batch: 41, date: '2019-02-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A bakery with a Qty / Description / Amount table, "JUMLAH RM", "TUNAI", "BAKI", no tax; "2019-02-28 (THU) 07:52".
      const it = priced([['ROTI SOSEJ', 3, 2.2], ['DONUT GULA', 4, 1.2], ['KEK PANDAN SLICE', 2, 3.5], ['ROTI BANTAL', 1, 4.8]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'BAKERI SERI MANIS' }, { c: '(SA0455667-M)' }, { c: 'NO 2, JALAN KENANGA, 70100 SEREMBAN' }, '-',
        '2019-02-28 (THU) 07:52', ['Resit: 0228-0019', 'Kaunter 1'], '-',
        ['Qty', 'Description', 'Amount'], ...it.rows.map((r) => [String(r.qty), r.name, f2(r.amount)]), '-',
        ['Bundar', f2(r2(total - it.total))], { b: ['JUMLAH RM', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'petrol-fleet-card-total-sale-litres-ron95-ron97-vehicle-no-dd-mm-yyyy-label-below', batch: 41, date: '2019-02-28', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A petrol station's fleet-card sale: two pumps' fuels, "Total Sale", "PETRON FLEET", the vehicle's number, no tax; the total's label and figure on two lines; "28/02/2019 06:58".
      const a = r2(30.12 * 2.08), b = r2(10.05 * 2.6), total = r2(a + b);
      return { total, lines: [
        { c: 'PETRON BATU CAVES' }, { c: 'BATU CAVES FUELS SDN BHD (1122880-K)' }, { c: 'JALAN BATU CAVES, 68100 SELANGOR' }, '-',
        ['28/02/2019 06:58', 'POS 1'], ['Slip: 44019', 'Vehicle: BKA 7750'], '-',
        ['P02 RON95  30.12L @2.08', f2(a)], ['P05 RON97  10.05L @2.60', f2(b)], '-',
        'Total Sale', { b: ['', `RM ${f2(total)}`] }, ['PETRON FLEET', f2(total)], 'Card: 7071 **** **** 3390', 'Odometer: 104522', '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-foodcourt-stall-grand-ttl-grabpay-dd-mon-yy-two-digit-year-table', batch: 41, date: '2019-03-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore food court's stall: "GRAND TTL" abbreviated, "GST 7% INCL", GrabPay; "03 Mar 19 13:05".
      const it = priced([['FISHBALL NOODLE DRY', 2, 4.5], ['YONG TAU FOO 8PCS', 1, 6.2], ['SUGAR CANE (L)', 2, 2.2]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'KOPI & MAKAN FOOD COURT - STALL 06' }, { c: 'KM FOOD COURT PTE LTD' }, { c: 'GST REG: 201523456H' }, { c: 'Blk 201 Toa Payoh N #01-1100 S(310201)' }, '-',
        ['03 Mar 19 13:05', 'Tbl 31'], ['Rcpt 0603-1305', ''], '-',
        ...it.rows.map((r) => [`${r.qty}x ${r.name}`, f2(r.amount)]), '-',
        { b: ['GRAND TTL', f2(total)] }, ['GST 7% INCL', f2(gst)], ['GRABPAY', f2(total)], 'Txn 0303130511', '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hardware-uom-column-less-discount-invoice-total-cash-single-digit-dashes', batch: 41, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hardware shop's tax invoice with a UOM column: "Gross", "Less Discount", "GST 6%", "Invoice Total", CASH, CHANGE; "Date: 5-1-2018".
      const it = priced([['CEMENT 50KG', 2, 19.5], ['SAND (BAG)', 4, 4.0], ['PVC PIPE 3/4" 10FT', 3, 8.8], ['PAINT BRUSH 2"', 2, 3.5]]);
      const disc = 5.0, base = r2(it.total - disc), gst = r2(base * 0.06), incl = r2(base + gst), total = round5(incl), cash = 120;
      return { total, lines: [
        { c: 'SYARIKAT BINAAN HARDWARE KWONG' }, { c: '(000987123-W)' }, { c: 'GST ID: 000987123555' }, { c: 'NO 21, JALAN PASAR, 36000 TELUK INTAN' }, { c: 'TAX INVOICE' }, '-',
        ['Date: 5-1-2018', 'Inv: 180105-33'], '-',
        ['Item', 'Qty UOM', 'Amount'], ...it.rows.map((r) => [r.name, `${r.qty} ${/CEMENT|SAND/.test(r.name) ? 'BAG' : 'PC'}`, f2(r.amount)]), '-',
        ['Gross', f2(it.total)], ['Less Discount', f2(disc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Invoice Total', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'NO RETURN AFTER 7 DAYS' },
      ] };
    },
  },
  {
    id: 'restaurant-chinese-svc-10-sst-6-total-amount-due-weekday-comma-d-mon-yyyy-time', batch: 41, date: '2018-12-17', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Chinese restaurant under SST: "Svc Charge 10%", "SST 6%", "Rounding", "Total Amount Due", CASH, CHANGE; "Mon, 17 Dec 2018 21:04".
      const it = priced([['STEAMED FISH (TILAPIA)', 1, 38.0], ['KAILAN GARLIC', 1, 14.0], ['CHICKEN SOUP', 1, 22.0], ['RICE', 5, 1.5], ['CHINESE TEA', 5, 1.2]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl), cash = 120;
      return { total, lines: [
        { c: 'RESTORAN MAKANAN LAUT HOI SENG' }, { c: 'HOI SENG SEAFOOD SDN BHD (887766-P)' }, { c: 'SST: W10-1810-32005566' }, { c: 'JALAN PANTAI, 42000 PELABUHAN KLANG' }, '-',
        'Mon, 17 Dec 2018 21:04', ['Table: 8', 'Bill: 1217-061'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Svc Charge 10%', f2(svc)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Amount Due', f2(total)] },
        ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'convenience-total-items-total-rm-three-columns-boost-dd-mm-yyyy-12h-seconds', batch: 41, date: '2018-01-05', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A convenience store: the total on a row of three ("TOTAL", its item count, the figure), "GST 6% INCL", paid by Boost; "05/01/2018 08:15:03 AM".
      const it = priced([['MINERAL WATER 1.5L', 2, 1.9], ['CURRY PUFF', 2, 1.5], ['NEWSPAPER', 1, 1.5], ['CHEWING GUM', 1, 2.4]]);
      const total = it.total, gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: '99 EXPRESS MART' }, { c: 'NINETY NINE EXPRESS SDN BHD (889900-V)' }, { c: 'GST ID: 000889900222' }, { c: 'JALAN SETIA 3, 81100 JOHOR BAHRU' }, '-',
        ['05/01/2018 08:15:03 AM', 'T1'], ['Rcpt: 0105-00315', ''], '-',
        ...it.rows.map((r) => [r.name, String(r.qty), f2(r.amount)]), '-',
        { b: ['TOTAL', `${it.qty}`, f2(total)] }, ['BOOST', '', f2(total)], ['GST 6% INCL', '', f2(gst)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 42 (held out: laundries, optical shops, florists, hawkers, vouchers, points, e-wallets)
  {
    id: 'laundry-dry-cleaning-received-collection-date-total-charges-paid-deposit-balance', batch: 42, date: '2018-07-16', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A dry cleaner: the day the clothes came in and, below it, a later collection date; "Total Charges", "Deposit Paid", "Balance Payable", no tax.
      const it = priced([['SUIT 2PC DRY CLEAN', 1, 28.0], ['SHIRT LAUNDER & PRESS', 4, 4.5], ['BLANKET (QUEEN)', 1, 22.0]]);
      const total = it.total, deposit = 30;
      return { total, lines: [
        { c: 'PERFECT PRESS LAUNDRY' }, { c: 'PERFECT PRESS ENTERPRISE (SA0123987-P)' }, { c: '8, JALAN SS 2/24, 47300 PETALING JAYA' }, '-',
        ['Bill No: PP-18-07162', ''], ['Received: 16/07/2018', '10:05'], ['Ready for collection: 19/07/2018', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Charges', f2(total)] }, ['Deposit Paid', f2(deposit)], ['Balance Payable', f2(r2(total - deposit))], '-',
        'Items not collected after 30 days will be disposed of.', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'optical-frame-lens-less-deposit-balance-paid-malay-month-mac', batch: 42, date: '2019-03-09', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // An optical shop: a frame and two lenses, "Jumlah", "Less Deposit", "Baki Dibayar" (balance paid on collection) by card; "09 MAC 2019", the Malay month.
      const it = priced([['FRAME TITANIUM TR-208', 1, 268.0], ['LENS 1.60 BLUECUT (R)', 1, 145.0], ['LENS 1.60 BLUECUT (L)', 1, 145.0]]);
      const disc = 28.0, total = r2(it.total - disc), deposit = 200;
      return { total, lines: [
        { c: 'OPTIK PANDANGAN JELAS' }, { c: 'PANDANGAN JELAS OPTICAL SDN BHD (1098877-T)' }, { c: 'G-12, PLAZA SENTRAL, 50470 KUALA LUMPUR' }, '-',
        ['Tarikh: 09 MAC 2019', 'No: OJ/0309/118'], 'Pelanggan: TAN ** MEI', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), ['Diskaun Pakej', `-${f2(disc)}`], '-',
        { b: ['Jumlah', f2(total)] }, ['Less Deposit (02 MAC)', f2(deposit)], ['Baki Dibayar - MASTERCARD', f2(r2(total - deposit))], '-',
        { c: 'SPEK SIAP DALAM 7 HARI' },
      ] };
    },
  },
  {
    id: 'florist-delivery-charge-total-amt-maybank-qrpay-dd-mm-yyyy-dashes-message-card', batch: 42, date: '2019-02-14', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A florist: a bouquet, a vase, "Delivery Charge", "SST 6%" on the goods, "Total Amt", paid by Maybank QRPay; "14-02-2019 09:41"; the delivery's date below.
      const it = priced([['ROSE BOUQUET 12 STALKS', 1, 168.0], ['GLASS VASE M', 1, 25.0]]);
      const delivery = 15, sst = r2(it.total * 0.06), total = r2(it.total + delivery + sst);
      return { total, lines: [
        { c: 'BLOOMING PETALS FLORIST' }, { c: 'BLOOMING PETALS TRADING (002345678-X)' }, { c: 'SST NO: W10-1808-32004411' }, { c: '3, JALAN TELAWI 2, BANGSAR, 59100 KL' }, '-',
        ['14-02-2019 09:41', 'Order #BP1402-07'], 'Deliver on: 14-02-2019 PM', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), ['Delivery Charge', f2(delivery)], ['SST 6%', f2(sst)], '-',
        { b: ['Total Amt', f2(total)] }, ['MAYBANK QRPAY', f2(total)], 'Msg card: "Happy Valentine\'s"', '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'hawker-handwritten-total-chop-no-till-d-m-yy', batch: 42, date: '2019-04-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A hawker stall's printed bill book: the dishes and the total written in by hand under "JUMLAH RM"; "7/4/19" by hand.
      const it = priced([['Char Kuey Teow', 2, 7.0], ['Fried Oyster', 1, 12.0], ['Lime juice', 3, 2.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'GERAI CHAR KUEY TEOW AH WENG' }, { c: 'LOT 7, MEDAN SELERA, 11700 PULAU PINANG' }, { c: 'No. 004521' }, '-',
        { hand: ['Tarikh: 7/4/19', 'Meja 5'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        ['JUMLAH RM', ''], { hand: ['', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'gp-clinic-consultation-medication-panel-copayment-total-bill-cash-tarikh-masa', batch: 42, date: '2018-11-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A GP clinic: consultation, medicines, an injection, "Total Bill", "Panel (company pays)" with nothing, "Amount Paid"; "Tarikh: 22/11/2018  Masa: 18:40".
      const it = priced([['CONSULTATION', 1, 35.0], ['PARACETAMOL 500MG x10', 1, 4.0], ['AMOXICILLIN 250MG x21', 1, 18.0], ['LOZENGES x12', 1, 8.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KLINIK DR. RAHMAN & RAKAN' }, { c: '(MMC: 41235)' }, { c: '17, JALAN BESAR, 43000 KAJANG' }, { c: 'TEL: 03-8733 1122' }, '-',
        { c: 'RESIT RASMI' }, ['Tarikh: 22/11/2018', 'Masa: 18:40'], ['Resit No: K-181122-044', ''], 'Pesakit: A**** BIN S****', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Total Bill', f2(total)] }, ['Panel', '0.00'], ['Amount Paid (Cash)', f2(total)], '-', { c: 'SEMOGA CEPAT SEMBUH' },
      ] };
    },
  },
  {
    id: 'tyre-workshop-alignment-balancing-nett-payable-cheque-no-yyyy-mm-dd-slash', batch: 42, date: '2019-06-21', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A tyre workshop: four tyres, alignment, balancing, "Gross Amount", "Less: Discount", "SST 6%" on the labour, "Nett Payable", paid by cheque; "2019/06/21".
      const tyres = priced([['TYRE 205/55R16 91V', 4, 215.0], ['VALVE', 4, 3.0]]);
      const labour = priced([['WHEEL ALIGNMENT', 1, 40.0], ['BALANCING x4', 1, 32.0]]);
      const gross = r2(tyres.total + labour.total), disc = 40, sst = r2(labour.total * 0.06), total = r2(gross - disc + sst);
      return { total, lines: [
        { c: 'KEDAI TAYAR SIN HUAT' }, { c: 'SIN HUAT TYRE & SERVICE SDN BHD (556677-D)' }, { c: 'SST ID: B16-1809-21004321' }, { c: 'LOT 5, JALAN KAPAR, 41400 KLANG' }, '-',
        ['Date: 2019/06/21', 'Inv: TS-0621-15'], ['Car: BJK 8812', 'Mileage: 88,120'], '-',
        ...[...tyres.rows, ...labour.rows].map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Gross Amount', f2(gross)], ['Less: Discount', f2(disc)], ['SST 6% (labour)', f2(sst)], { b: ['Nett Payable', f2(total)] },
        ['Cheque No. 004512 (PBB)', f2(total)], '-', { c: 'TYRE WARRANTY AS PER MANUFACTURER' },
      ] };
    },
  },
  {
    id: 'supermarket-cash-voucher-tendered-amount-due-shopeepay-balance-dd-mm-yyyy-dots', batch: 42, date: '2019-09-28', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A supermarket: a cash voucher tendered as payment (not a discount), the rest by ShopeePay; "Amount Due", "Voucher RM10 x2", "Balance"; "28.09.2019 15:02".
      const it = priced([['BERAS WANGI 5KG', 1, 26.9], ['MINYAK MASAK 2KG', 1, 11.5], ['TELUR GRED A 30S', 1, 13.8], ['SUSU PEKAT', 3, 3.2]]);
      const total = round5(it.total), vouchers = 20;
      return { total, lines: [
        { c: 'PASARAYA HARGA BAIK' }, { c: 'HARGA BAIK RETAIL SDN BHD (1188990-W)' }, { c: 'JALAN TUN RAZAK, 30100 IPOH, PERAK' }, '-',
        ['28.09.2019 15:02', 'T03 / 0211'], '-',
        ...it.rows.map((r) => [r.name, `${r.qty} x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Amount Due', f2(total)] },
        ['Voucher RM10 x2', f2(vouchers)], ['ShopeePay', f2(r2(total - vouchers))], ['Balance', '0.00'], '-', { c: 'BARANG YANG DIBELI TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  {
    id: 'pharmacy-points-redeemed-net-payable-cash-received-change-given-yyyymmdd', batch: 42, date: '2018-06-07', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A pharmacy: member points redeemed as a deduction, "Net Payable", "Cash Received", "Change Given", GST at 0% (June 2018); the date run together, "20180607 1134".
      const it = priced([['VITAMIN C 1000MG 30S', 1, 39.9], ['MASK 3PLY 50S', 1, 15.9], ['EYE DROPS 10ML', 1, 12.5]]);
      const redeemed = 5.0, net = r2(it.total - redeemed), total = round5(net), cash = 70;
      return { total, lines: [
        { c: 'FARMASI SIHAT SELALU' }, { c: 'SIHAT SELALU PHARMACY SDN BHD (998123-M)' }, { c: 'GST ID: 000998123001' }, { c: 'NO 9, JALAN DATO ONN, 80000 JOHOR BAHRU' }, '-',
        ['20180607 1134', 'POS2-0077'], 'Member: 0123****88', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Points Redeemed (500)', `-${f2(redeemed)}`], ['GST @0%', '0.00'], ['Rounding', f2(r2(total - net))], { b: ['Net Payable', f2(total)] },
        ['Cash Received', f2(cash)], ['Change Given', f2(r2(cash - total))], '-', ['Points Earned', String(Math.floor(total))], { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'petrol-setel-app-amount-rm-litres-price-per-litre-yyyy-mm-dd-slash-no-label', batch: 42, date: '2019-08-03', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A petrol station paid through the Setel app: "Pump 4", litres, "Price/L", "Amount (RM)", "Paid via Setel"; "2019/08/03 19:22" with no label.
      const litres = 23.45, price = 2.08, total = r2(litres * price);
      return { total, lines: [
        { c: 'PETRONAS JALAN DUTA' }, { c: 'DUTA FUEL STATION SDN BHD (743210-V)' }, { c: 'JALAN DUTA, 50480 KUALA LUMPUR' }, '-',
        ['2019/08/03 19:22', 'Rcpt 0803-00912'], '-',
        ['Pump 4  PRIMAX 95', ''], ['Litres', litres.toFixed(2)], ['Price/L', f2(price)], { b: ['Amount (RM)', f2(total)] }, '-',
        ['Paid via Setel', f2(total)], 'Ref: STL-190803-88127', 'Mesra points: 23', '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'printing-shop-sub-total-sst-6-total-due-credit-card-ordinal-day-month-year', batch: 42, date: '2019-06-21', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A printing shop: colour prints, binding, lamination, "Sub-Total", "SST 6%", "TOTAL DUE", "Paid: Credit Card"; "21st June 2019, 4:15pm".
      const it = priced([['COLOUR PRINT A4', 40, 0.8], ['COMB BINDING', 2, 4.0], ['LAMINATE A4', 5, 1.5]]);
      const sst = r2(it.total * 0.06), total = r2(it.total + sst);
      return { total, lines: [
        { c: 'CETAK PANTAS PRINT HUB' }, { c: 'PRINT HUB SERVICES (SA0456789-K)' }, { c: 'SST No: W10-1809-32007788' }, { c: '12, JALAN 14/22, 46100 PETALING JAYA' }, '-',
        '21st June 2019, 4:15pm', 'Job: PH-2106-031', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(it.total)], ['SST 6%', f2(sst)], { b: ['TOTAL DUE', f2(total)] }, ['Paid: Credit Card', f2(total)], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 43 (held out: bakeries, food courts, car washes, clinics, e-wallets, layouts)
  {
    id: 'bakery-total-items-amt-due-cash-bal-weekday-dd-mm-yy', batch: 43, date: '2019-02-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A bakery: "Total Items: 7", "Amt Due", "Cash", "Bal", no tax; "Sun 03/02/19 08:20".
      const it = priced([['BUTTER CROISSANT', 2, 3.8], ['KAYA BUN', 3, 1.9], ['CHEESE TART', 2, 2.6]]);
      const total = round5(it.total), cash = 20;
      return { total, lines: [
        { c: 'GOLDEN OVEN BAKERY' }, { c: 'GOLDEN OVEN (M) SDN BHD (1002233-A)' }, { c: 'NO 3, JALAN MOLEK 1/10, 81100 JOHOR BAHRU' }, '-',
        ['Sun 03/02/19 08:20', 'C01'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        ['Total Items: ' + it.qty, ''], ['Rounding', f2(r2(total - it.total))], { b: ['Amt Due', f2(total)] }, ['Cash', f2(cash)], ['Bal', f2(r2(cash - total))], '-', { c: 'FRESHLY BAKED EVERY DAY' },
      ] };
    },
  },
  {
    id: 'sg-foodcourt-paynow-total-payable-dollar-signs-dd-mm-yyyy-12h', batch: 43, date: '2019-04-11', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore food court: figures with "$", "Total Payable", "GST 7% incl.", PayNow; "11/04/2019 12:33PM".
      const it = priced([['CHICKEN RICE (S)', 2, 3.5], ['LAKSA', 1, 5.0], ['BARLEY (ICE)', 2, 1.6]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'HAPPY HAWKERS FOOD HALL' }, { c: 'HAPPY HAWKERS PTE LTD' }, { c: 'GST Reg No. M90-0234567-8' }, { c: '3 Tampines Central 1 #02-01 S(529540)' }, '-',
        ['11/04/2019 12:33PM', 'Stall 12'], 'Order No: 1204', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `$${f2(r.amount)}`]), '-',
        { b: ['Total Payable', `$${f2(total)}`] }, ['GST 7% incl.', `$${f2(gst)}`], ['PayNow', `$${f2(total)}`], '-', { c: 'PLEASE RETURN YOUR TRAY' },
      ] };
    },
  },
  {
    id: 'hardware-sst-taxable-non-taxable-total-incl-tax-rm-prefix-dd-mon-yyyy', batch: 43, date: '2018-10-25', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hardware shop under SST with taxable and non-taxable goods: "Taxable Amt", "Non-Taxable Amt", "Sales Tax 10%", "Total Incl. Tax", every figure after "RM"; "25-Oct-2018".
      const taxable = priced([['WALL PAINT 5L WHITE', 1, 89.0], ['ROLLER SET 9"', 1, 18.5]]);
      const exempt = priced([['RICE SACK (EMPTY)', 2, 1.0]]);
      const tax = r2(taxable.total * 0.1), total = round5(r2(taxable.total + exempt.total + tax)), adj = r2(total - (taxable.total + exempt.total + tax)), cash = 150;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN SENG LEE' }, { c: 'SENG LEE HARDWARE SDN BHD (334455-U)' }, { c: 'SST ID: B16-1810-32001199' }, { c: '88, JALAN SULTAN, 34000 TAIPING' }, '-',
        ['Date: 25-Oct-2018', 'Bill: SL-18-10250'], '-',
        ...[...taxable.rows.map((r) => [`${r.name} *`, `RM ${f2(r.amount)}`]), ...exempt.rows.map((r) => [r.name, `RM ${f2(r.amount)}`])], '-',
        ['Taxable Amt', `RM ${f2(taxable.total)}`], ['Non-Taxable Amt', `RM ${f2(exempt.total)}`], ['Sales Tax 10%', `RM ${f2(tax)}`], ['Rounding', `RM ${f2(adj)}`],
        { b: ['Total Incl. Tax', `RM ${f2(total)}`] }, ['Cash', `RM ${f2(cash)}`], ['Change', `RM ${f2(r2(cash - total))}`], '-', '* taxable item', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'restaurant-member-discount-service-charge-5-bill-amount-maybank-debit-d-mon-yyyy-weekday', batch: 43, date: '2018-08-06', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A restaurant: "Discount (Member 10%)" before a 5% service charge, no SST shown, "Bill Amount", paid by Maybank debit; "06 Aug 2018 (Mon) 13:12".
      const it = priced([['NASI KERABU', 2, 11.9], ['AYAM PERCIK', 1, 15.9], ['AIR KATIRA', 2, 5.5]]);
      const disc = r2(it.total * 0.1), svc = r2((it.total - disc) * 0.05), incl = r2(it.total - disc + svc), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN SELERA TIMUR' }, { c: 'SELERA TIMUR F&B SDN BHD (1145566-K)' }, { c: 'LOT 2, JALAN SULTAN YAHYA PETRA, 15200 KOTA BHARU' }, '-',
        ['06 Aug 2018 (Mon) 13:12', 'Tbl 14'], ['Chk 3301', 'Pax 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Food Total', f2(it.total)], ['Discount (Member 10%)', `-${f2(disc)}`], ['Service Charge 5%', f2(svc)], ['Rounding', f2(r2(total - incl))],
        { b: ['Bill Amount', f2(total)] }, ['MAYBANK DEBIT', f2(total)], 'Card No: 4364 XXXX XXXX 2207', '-', { c: 'JUMPA LAGI' },
      ] };
    },
  },
  {
    id: 'car-wash-package-wax-amt-payable-cash-change-yyyy-dot-mm-dot-dd', batch: 43, date: '2019-01-20', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A car wash: a wash package and a wax, "Amt Payable", cash and change, no tax; "2019.01.20 11:05".
      const it = priced([['PREMIUM WASH (SEDAN)', 1, 25.0], ['HAND WAX', 1, 35.0], ['TYRE SHINE', 1, 8.0]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'SPARKLE AUTO SPA' }, { c: 'SPARKLE AUTO SPA ENTERPRISE (SA0789012-D)' }, { c: '21, JALAN PJU 5/9, 47810 KOTA DAMANSARA' }, '-',
        ['2019.01.20 11:05', 'Plate: VBN 2211'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Amt Payable', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', 'Next visit: 10th wash free (stamp 4/10)', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'sg-optical-less-15-nett-total-nets-collection-date-d-m-yyyy', batch: 43, date: '2019-09-02', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore optical shop: contact lenses and solution, "Gross", "Less 15%", "Nett Total", "GST 7% included", NETS; "Date: 2/9/2019"; a later collection date.
      const it = priced([['MONTHLY CONTACT LENS 6PK', 2, 58.0], ['SOLUTION 360ML', 2, 16.9]]);
      const disc = r2(it.total * 0.15), total = r2(it.total - disc), gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'CLEARVIEW OPTICS' }, { c: 'CLEARVIEW OPTICS PTE LTD' }, { c: 'GST REG NO: 200912345R' }, { c: '23 Serangoon Central #B2-11 S(556083)' }, '-',
        ['Date: 2/9/2019', 'Inv: CV-1902-337'], 'Collect on: 9/9/2019', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Gross', f2(it.total)], ['Less 15%', `-${f2(disc)}`], { b: ['Nett Total', f2(total)] }, ['GST 7% included', f2(gst)], ['NETS', f2(total)], '-', { c: 'THANK YOU FOR YOUR SUPPORT' },
      ] };
    },
  },
  {
    id: 'clinic-specialist-registration-procedure-total-payable-visa-approval-dd-mm-yyyy-hh-mm', batch: 43, date: '2018-12-04', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A specialist clinic: registration, consultation, a procedure, no tax, "Total Payable", VISA with an approval code; "04-12-2018 10:47".
      const it = priced([['REGISTRATION FEE', 1, 10.0], ['SPECIALIST CONSULTATION', 1, 120.0], ['EAR WAX REMOVAL', 1, 60.0], ['EAR DROPS 10ML', 1, 14.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'PUSAT PAKAR TELINGA HIDUNG' }, { c: 'THT SPECIALIST CENTRE SDN BHD (1034567-H)' }, { c: '2-1, JALAN PERAK, 10150 GEORGETOWN' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['04-12-2018 10:47', 'OR-18-120412'], 'MRN: 0045123', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Total Payable', f2(total)] }, ['VISA', f2(total)], ['Appr Code: 804411', ''], '-', { c: 'WISHING YOU GOOD HEALTH' },
      ] };
    },
  },
  {
    id: 'minimart-savings-points-total-incl-gst-wechat-pay-dd-mm-yy-dots', batch: 43, date: '2018-01-05', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A minimart: item promotions, "Total Incl GST", "You Saved", "Points Earned", paid by WeChat Pay; "05.01.18 21:40".
      const it = priced([['INSTANT NOODLE 5S', 2, 4.6], ['SOY SAUCE 640ML', 1, 5.3], ['BISCUIT TIN', 1, 13.9]]);
      const promo = 1.0, total = r2(it.total - promo), gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'MINI MART KIM HOCK' }, { c: 'KIM HOCK TRADING (000456123-T)' }, { c: 'GST ID: 000456123789' }, { c: '56, JALAN TEMENGGONG, 75000 MELAKA' }, '-',
        ['05.01.18 21:40', 'Rcpt: 3301'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['  PROMO NOODLE', `-${f2(promo)}`], '-',
        { b: ['Total Incl GST', f2(total)] }, ['GST 6%', f2(gst)], ['WeChat Pay', f2(total)], '-', ['You Saved', f2(promo)], ['Points Earned', String(Math.floor(total))], { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'kopitiam-jumlah-besar-tunai-baki-tarikh-masa-separate-lines', batch: 43, date: '2018-11-03', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A kopitiam in Malay: "Jumlah Kecil", "SST 6%", "Jumlah Besar", "Tunai", "Baki"; "Tarikh: 03/11/2018" and "Masa: 08:12" on separate lines.
      const it = priced([['ROTI BAKAR KAYA', 2, 3.2], ['TELUR SEPARUH MASAK', 2, 2.4], ['KOPI O', 2, 1.8]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'KEDAI KOPI HAI NAM' }, { c: 'HAI NAM KOPITIAM SDN BHD (998877-X)' }, { c: 'SST: W10-1809-32008800' }, { c: '14, JALAN TUN H S LEE, 50000 KL' }, '-',
        'Tarikh: 03/11/2018', 'Masa: 08:12', 'Resit: 10311-0082', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['SST 6%', f2(sst)], ['Pelarasan', f2(r2(total - incl))], { b: ['Jumlah Besar', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'stationery-school-books-total-rm-touch-n-go-student-discount-mon-dd-yyyy', batch: 43, date: '2019-01-02', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A school stationer: exercise books, a student discount, "TOTAL RM", Touch 'n Go; "JAN 02 2019 17:30", the month first without a comma.
      const it = priced([['EXERCISE BOOK 80PG', 10, 1.2], ['GEOMETRY SET', 1, 8.9], ['SCHOOL BAG', 1, 59.0], ['WATER COLOUR 12C', 1, 6.5]]);
      const disc = r2(it.total * 0.05), total = round5(r2(it.total - disc));
      return { total, lines: [
        { c: 'KEDAI BUKU PELAJAR JAYA' }, { c: 'PELAJAR JAYA STATIONERY (SA0233445-U)' }, { c: 'NO 1, JALAN SEKOLAH, 09000 KULIM, KEDAH' }, '-',
        ['JAN 02 2019 17:30', 'POS 1'], ['INV 19010200057', ''], '-',
        ...it.rows.map((r) => [r.name, `${r.qty}`, f2(r.amount)]), '-',
        ['SUBTOTAL', '', f2(it.total)], ['STUDENT DISC 5%', '', `-${f2(disc)}`], ['ROUNDING', '', f2(r2(total - r2(it.total - disc)))], { b: ['TOTAL RM', f2(total)] },
        ["TOUCH 'N GO", f2(total)], '-', { c: 'SELAMAT KEMBALI KE SEKOLAH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 44 (held out: barbers, seafood, steamboat, bak kut teh, dim sum, fabric, fruit, furniture, bubble tea, pets)
  {
    id: 'barber-sub-ttl-gst-nett-amt-cash-paid-dd-mm-yyyy-12h', batch: 44, date: '2017-11-18', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A barber: "Sub Ttl", "GST 6%", "Nett Amt", "Cash Paid", "Change"; "18/11/2017 3:02 PM".
      const it = priced([['GENTS CUT', 2, 18.0], ['SHAVE', 1, 10.0], ['HAIR TONIC', 1, 8.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'KEDAI GUNTING RAMBUT SAMAD' }, { c: 'SAMAD GROOMING ENTERPRISE (SA0345221-W)' }, { c: 'GST ID: 001445566778' }, { c: '12, JALAN TUANKU ANTAH, 70100 SEREMBAN' }, '-',
        ['18/11/2017 3:02 PM', 'Chair 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Ttl', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Nett Amt', f2(total)] }, ['Cash Paid', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'SEE YOU IN 3 WEEKS' },
      ] };
    },
  },
  {
    id: 'seafood-restaurant-weighed-fish-svc-chg-gst-bill-total-jcb-dd-mon-yyyy', batch: 44, date: '2017-12-23', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A seafood restaurant: fish and prawns by weight ("1.2kg @ 88.00"), "Svc Chg 10%", "GST 6%", "Bill Total", paid by JCB; "Date : 23 Dec 2017".
      const fish = r2(1.2 * 88), prawn = r2(0.8 * 120);
      const rows = [['STEAMED GROUPER', '1.2kg @ 88.00', fish], ['BUTTER PRAWN', '0.8kg @ 120.00', prawn], ['KANGKUNG BELACAN', '1 @ 14.00', 14], ['RICE', '5 @ 1.50', 7.5]];
      const sub = sum(rows.map((r) => r[2])), svc = r2(sub * 0.1), gst = r2((sub + svc) * 0.06), incl = r2(sub + svc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN MAKANAN LAUT PANTAI EMAS' }, { c: 'PANTAI EMAS SEAFOOD SDN BHD (887766-D)' }, { c: 'GST Reg: 000887766112' }, { c: 'JALAN PANTAI, 71050 PORT DICKSON' }, '-',
        ['Date : 23 Dec 2017', 'Time : 20:41'], ['Table: A7', 'Pax: 5'], '-',
        ...rows.flatMap(([n, w, a]) => [n, [`  ${w}`, f2(a)]]), '-',
        ['Sub Total', f2(sub)], ['Svc Chg 10%', f2(svc)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Bill Total', f2(total)] },
        ['JCB', f2(total)], 'Card: 3569 XXXX XXXX 1180', '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'steamboat-pax-soup-base-total-payment-favepay-yyyy-mm-dd-dashes', batch: 44, date: '2019-03-16', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A steamboat buffet: per-head prices, a soup base, "SST 6%" on the service, "Total Payment", paid by FavePay; "2019-03-16 19:45".
      const it = priced([['BUFFET ADULT', 3, 39.9], ['BUFFET CHILD', 1, 19.9], ['TOM YAM SOUP BASE', 1, 6.0], ['HERBAL SOUP BASE', 1, 6.0]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl);
      return { total, lines: [
        { c: 'HOTPOT PARADISE' }, { c: 'HP STEAMBOAT SDN BHD (1187654-V)' }, { c: 'SST: W10-1808-31009911' }, { c: '3-G, JALAN PUCHONG MESRA 1, 47100 PUCHONG' }, '-',
        ['2019-03-16 19:45', 'T22'], 'Receipt: HP0316-0212', '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Payment', f2(total)] }, ['FavePay', f2(total)], '-', { c: 'NO WASTAGE PLEASE' },
      ] };
    },
  },
  {
    id: 'bak-kut-teh-sale-total-alipay-dd-mm-yy-no-label', batch: 44, date: '2017-08-12', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A bak kut teh shop: "Sale Total" with GST inclusive, paid by Alipay; "12/08/17 12:15" with no label.
      const it = priced([['BAK KUT TEH (S)', 2, 14.0], ['YAM RICE', 2, 2.5], ['YOU TIAO', 2, 1.5], ['CHINESE TEA POT', 1, 3.0]]);
      const total = it.total, gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'KLANG BAK KUT TEH TEOCHEW' }, { c: 'TEOCHEW BKT RESTAURANT (001234998-M)' }, { c: 'GST ID: 001234998001' }, { c: '7, JALAN KAPAR, 41400 KLANG' }, '-',
        ['12/08/17 12:15', 'Tbl 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Sale Total', f2(total)] }, ['GST Incl. 6%', f2(gst)], ['Alipay', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'dim-sum-tea-charge-svc-sst-nett-total-rm-customer-paid-weekday-dd-mon-yyyy', batch: 44, date: '2018-10-07', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A dim sum restaurant: a tea charge per head, "Svc Charge 10%", "SST 6%", "Nett Total (RM)", "Customer Paid", "Change"; "Sun, 07-Oct-2018".
      const it = priced([['HAR GAO', 2, 9.8], ['SIEW MAI', 2, 8.8], ['CHAR SIU BAO', 1, 7.5], ['LOH MAI KAI', 1, 8.9], ['TEA CHARGE', 4, 2.0]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'DRAGON PEARL DIM SUM HOUSE' }, { c: 'DRAGON PEARL F&B SDN BHD (1123456-T)' }, { c: 'SST ID: B10-1809-32110044' }, { c: '55, JALAN BUKIT BINTANG, 55100 KL' }, '-',
        ['Sun, 07-Oct-2018', '09:35'], ['Table 18', 'Pax 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-Total', f2(it.total)], ['Svc Charge 10%', f2(svc)], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Nett Total (RM)', f2(total)] },
        ['Customer Paid', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'fabric-shop-metres-trade-discount-nett-sales-amt-tendered-dd-mm-yyyy-dots', batch: 44, date: '2017-06-05', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A fabric shop: cloth by the metre ("3.5m x 12.00"), "Trade Discount 5%", "GST 6%", "Nett Sales", "Amt Tendered", "Bal Returned"; "DATE 05.06.2017".
      const it = priced([['COTTON VOILE (FLORAL)', 3.5, 12.0], ['SONGKET RED', 2, 45.0], ['LINING WHITE', 4, 3.5]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), gst = r2(net * 0.06), incl = r2(net + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'KEDAI TEKSTIL NUR AISYAH' }, { c: 'NUR AISYAH TEXTILE (SA0456789-X)' }, { c: 'GST NO: 002233445566' }, { c: '21, JALAN TUANKU ABDUL RAHMAN, 50100 KL' }, '-',
        ['DATE 05.06.2017', 'NO: 170605-044'], '-',
        ...it.rows.map((r) => [`${r.name} ${r.qty}m x ${f2(r.price)}`, f2(r.amount)]), '-',
        ['Gross', f2(it.total)], ['Trade Discount 5%', `-${f2(disc)}`], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Nett Sales', f2(total)] },
        ['Amt Tendered', f2(cash)], ['Bal Returned', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DITUKAR' },
      ] };
    },
  },
  {
    id: 'fruit-stall-weighed-kg-total-rcv-chg-dd-mm-yyyy-handwritten-date', batch: 44, date: '2019-04-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A fruit stall's scale printer: fruit by the kilo, "TOTAL", "RCV", "CHG", no tax; the date written in by hand "28/4/2019".
      const rows = [['DURIAN MUSANG KING', 1.6, 45.0], ['MANGOSTEEN', 2, 8.0], ['RAMBUTAN', 1.5, 6.0]].map(([n, kg, p]) => ({ n, kg, p, a: r2(kg * p) }));
      const total = round5(sum(rows.map((r) => r.a))), cash = 150;
      return { total, lines: [
        { c: 'GERAI BUAH-BUAHAN AH KOW' }, { c: 'AH KOW FRUITS TRADING (JM0667788-P)' }, { c: 'PASAR BORONG SS17, 47500 SUBANG JAYA' }, '-',
        { hand: ['28/4/2019', ''] }, '-',
        ...rows.flatMap((r) => [r.n, [`  ${r.kg.toFixed(2)}kg x ${f2(r.p)}`, f2(r.a)]]), '-',
        ['Rounding', f2(r2(total - sum(rows.map((r) => r.a))))], { b: ['TOTAL', f2(total)] }, ['RCV', f2(cash)], ['CHG', f2(r2(cash - total))], '-', { c: 'FRESH EVERY DAY' },
      ] };
    },
  },
  {
    id: 'furniture-deposit-balance-due-paid-amt-bigpay-ordinal-mon-yyyy', batch: 44, date: '2018-03-09', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A furniture shop: a sofa and a table, "Delivery", "GST 6%", "Grand Total", a deposit by BigPay ("Paid Amt"), "Balance Due"; "Date: 9th Mar 2018".
      const it = priced([['3-SEATER SOFA FABRIC GREY', 1, 1299.0], ['COFFEE TABLE OAK', 1, 389.0], ['DELIVERY', 1, 50.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst), paid = 500;
      return { total, lines: [
        { c: 'RUMAH PERABOT CEMPAKA' }, { c: 'CEMPAKA FURNITURE SDN BHD (1011223-K)' }, { c: 'GST ID: 000998877665' }, { c: 'LOT 8, JALAN KAPAR BATU 5, 42100 KLANG' }, '-',
        { c: 'CASH SALES' }, ['Date: 9th Mar 2018', 'No: CF-0309-18'], 'Delivery: 16th Mar 2018', '-',
        ...it.rows.map((r) => [r.name, f2c(r.amount)]), '-',
        ['Total Excl. GST', f2c(it.total)], ['GST 6%', f2c(gst)], { b: ['Grand Total', f2c(total)] }, ['Paid Amt (BigPay)', f2c(paid)], ['Balance Due', f2c(r2(total - paid))], '-',
        'Balance to be paid upon delivery.', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-bubble-tea-toppings-amount-due-sgd-dbs-paylah-dd-mon-yy', batch: 44, date: '2019-06-13', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore bubble tea kiosk: toppings as rows under their drink, "Amount Due S$", "GST 7% incl.", DBS PayLah!; "13 Jun 19 16:02".
      const it = priced([['BROWN SUGAR MILK L', 2, 4.9], ['  + PEARL', 2, 0.5], ['OOLONG MILK TEA M', 1, 3.8], ['  + PUDDING', 1, 0.8]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'TEA-RIFIC' }, { c: 'TEA-RIFIC PTE LTD' }, { c: 'GST Reg: 201712345M' }, { c: '50 Jurong Gateway Rd #01-22 S(608549)' }, '-',
        ['13 Jun 19 16:02', 'Q No. 088'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty}`, f2(r.amount)]), '-',
        { b: ['Amount Due S$', f2(total)] }, ['GST 7% incl.', f2(gst)], ['DBS PayLah!', f2(total)], '-', { c: 'LESS ICE, MORE NICE' },
      ] };
    },
  },
  {
    id: 'pet-shop-gross-total-member-disc-nett-total-mastercard-debit-yyyy-mm-dd-slash-labels', batch: 44, date: '2018-12-01', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A pet shop: pet food and grooming, "Gross Total", "Member Disc 10%", "Nett Total", paid by Mastercard debit; "Date:2018/12/01 Time:11:20".
      const it = priced([['CAT FOOD DRY 7KG', 1, 89.9], ['CAT LITTER 10L', 2, 18.5], ['GROOMING (SMALL DOG)', 1, 45.0]]);
      const disc = r2(it.total * 0.1), total = round5(r2(it.total - disc));
      return { total, lines: [
        { c: 'PAWS & CLAWS PET SHOP' }, { c: 'PAWS AND CLAWS TRADING (SA0556677-H)' }, { c: '2A, JALAN SS 15/4, 47500 SUBANG JAYA' }, '-',
        ['Date:2018/12/01 Time:11:20', ''], 'Member: PC-00871', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Gross Total', f2(it.total)], ['Member Disc 10%', `-${f2(disc)}`], ['Rounding', f2(r2(total - r2(it.total - disc)))], { b: ['Nett Total', f2(total)] },
        ['MASTERCARD DEBIT', f2(total)], 'XXXX XXXX XXXX 5521', '-', { c: 'YOUR PETS WILL THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 45 (held out: cinemas, keys, motorcycles, photo studios, electricals, herbal halls, nasi kandar, bicycles, goldsmiths)
  {
    id: 'sg-cinema-concession-combo-total-incl-gst-paid-by-visa-weekday-dd-mon-yyyy', batch: 45, date: '2019-02-23', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore cinema's snack counter: combos, "Total Incl. GST", "Paid by VISA"; "Sat 23 Feb 2019 19:55".
      const it = priced([['COMBO A (POPCORN L + 2 COKE)', 1, 14.5], ['NACHOS CHEESE', 1, 6.9], ['MINERAL WATER', 2, 2.5]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'STARLIGHT CINEMAS' }, { c: 'STARLIGHT CINEMAS PTE LTD' }, { c: 'GST Reg No: 199912345D' }, { c: '1 Harbourfront Walk #03-01 S(098585)' }, '-',
        ['Sat 23 Feb 2019 19:55', 'Counter 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Incl. GST', f2(total)] }, ['GST 7%', f2(gst)], ['Paid by VISA', f2(total)], 'VISA XXXX XXXX XXXX 3318', '-', { c: 'ENJOY THE SHOW' },
      ] };
    },
  },
  {
    id: 'key-cutting-handwritten-bill-total-rcv-d-m-yyyy', batch: 45, date: '2018-01-02', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A key and lock stall's bill book: rows and the total written in by hand, "Bill Total", "Rcv"; "2/1/2018".
      const it = priced([['DUPLICATE KEY (HOUSE)', 3, 6.0], ['PADLOCK 40MM', 1, 22.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KEDAI KUNCI AH SENG' }, { c: 'AH SENG KEY SERVICE (KT0098765-A)' }, { c: 'PASAR BESAR, 20000 KUALA TERENGGANU' }, '-',
        { hand: ['Date: 2/1/2018', 'No 0412'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Bill Total', f2(total)] }, { hand: ['Rcv', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'motorcycle-workshop-parts-labour-sst-total-amount-payable-dd-mm-yyyy-dashes', batch: 45, date: '2019-07-19', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A motorcycle workshop: parts, labour, "Service Tax 6%" on the labour only, "Total Amount Payable", cash; "19-07-2019".
      const parts = priced([['ENGINE OIL 10W40 1L', 1, 28.0], ['OIL FILTER', 1, 12.0], ['BRAKE PAD (FRONT)', 1, 35.0]]);
      const labour = 30, tax = r2(labour * 0.06), incl = r2(parts.total + labour + tax), total = round5(incl), cash = 120;
      return { total, lines: [
        { c: 'BENGKEL MOTOSIKAL RAZAK' }, { c: 'RAZAK MOTOR WORKS (PG0321654-T)' }, { c: '4, JALAN SUNGAI DUA, 11700 GELUGOR' }, '-',
        ['19-07-2019', 'Job: 7719'], 'No. Plat: PKM 4412', '-',
        ...parts.rows.map((r) => [r.name, f2(r.amount)]), ['LABOUR', f2(labour)], '-',
        ['Parts', f2(parts.total)], ['Labour', f2(labour)], ['Service Tax 6% (Labour)', f2(tax)], ['Rounding', f2(r2(total - incl))],
        { b: ['Total Amount Payable', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'RIDE SAFE' },
      ] };
    },
  },
  {
    id: 'sg-photo-studio-passport-total-payment-sgd-alipay-yyyy-mm-dd', batch: 45, date: '2017-09-08', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore photo studio: passport photos and prints, "Total Payment (SGD)", paid by Alipay, GST 7% included; "2017-09-08 10:14".
      const it = priced([['PASSPORT PHOTO 8PCS', 2, 12.0], ['4R PRINT', 20, 0.4], ['PHOTO FRAME 5R', 1, 9.9]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'SNAPQUICK PHOTO' }, { c: 'SNAPQUICK STUDIO PTE LTD' }, { c: 'GST Reg: M2-0098765-4' }, { c: '201 Toa Payoh North #01-1133 S(310201)' }, '-',
        ['2017-09-08 10:14', 'Rcpt 9021'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Payment (SGD)', f2(total)] }, ['Incl. GST 7%', f2(gst)], ['Alipay', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'electrical-shop-gst-warranty-total-payment-visa-dd-mon-yyyy-serial-numbers', batch: 45, date: '2018-04-29', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // An electrical shop: serial numbers under the items, a warranty line, "Total Excl GST", "GST 6%", "Total Payment", VISA; "29 Apr 2018".
      const it = priced([['RICE COOKER 1.8L', 1, 189.0], ['STANDING FAN 16"', 2, 129.0], ['EXTENSION CORD 4-WAY', 1, 35.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'KEDAI ELEKTRIK SINAR' }, { c: 'SINAR ELECTRICAL SDN BHD (665544-M)' }, { c: 'GST ID: 000665544321' }, { c: '33, JALAN IPOH, 51200 KUALA LUMPUR' }, '-',
        ['29 Apr 2018', '15:40'], 'Inv: SE-180429-012', '-',
        ...it.rows.flatMap((r) => [[`${r.qty} ${r.name}`, f2(r.amount)], `  S/N: ${r.name.length}8${r.qty}0429${r.name.length * 7}`]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], { b: ['Total Payment', f2(total)] }, ['VISA', f2(total)], 'Appr: 204417', '-',
        'Warranty 12 months from 29 Apr 2018', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'herbal-hall-tahil-amount-due-rm-cash-paid-date-label-dd-mm-yyyy', batch: 45, date: '2019-01-15', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A Chinese herbal hall: herbs by the tahil, a consultation, "Amount Due (RM)", "Cash Paid", "Balance"; "DATE:15/01/2019".
      const it = priced([['DANG GUI (TAHIL)', 2, 8.0], ['GOJI BERRY (TAHIL)', 3, 3.5], ['HERBAL SOUP PACK', 2, 12.0], ['CONSULTATION', 1, 20.0]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'DEWAN UBAT CINA PO SANG' }, { c: 'PO SANG MEDICAL HALL (IP0112233-K)' }, { c: '17, JALAN SULTAN ISKANDAR, 30000 IPOH' }, '-',
        ['DATE:15/01/2019', 'TIME:11:02'], '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['Amount Due (RM)', f2(total)] }, ['Cash Paid', f2(cash)], ['Balance', f2(r2(cash - total))], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'nasi-kandar-takeaway-charge-total-rm-mcash-yyyy-mm-dd-seconds', batch: 45, date: '2019-05-03', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A nasi kandar shop: rice with curries, a takeaway charge per pack, "TOTAL RM", paid by MCash, no tax; "2019-05-03 13:22:10".
      const it = priced([['NASI KANDAR AYAM', 2, 9.5], ['SOTONG GORENG', 1, 7.0], ['TEH O AIS', 2, 2.2], ['TAKEAWAY CHARGE', 3, 0.2]]);
      const total = round5(it.total);
      return { total, lines: [
        { c: 'RESTORAN NASI KANDAR BERATUR' }, { c: 'BERATUR FOOD SDN BHD (1220345-P)' }, { c: '98, JALAN MASJID KAPITAN KELING, 10200 PENANG' }, '-',
        ['2019-05-03 13:22:10', 'BUNGKUS'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['TOTAL RM', f2(total)] }, ['MCASH', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-bakery-less-member-10-total-due-ezlink-dd-mm-yyyy-hh-mm', batch: 45, date: '2018-06-10', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore bakery: "Sub Total", "Less: Member 10%", "Total Due", paid by EZ-Link card, GST 7% included; "10/06/2018 08:05".
      const it = priced([['WHOLEMEAL LOAF', 1, 4.2], ['CURRY PUFF', 4, 1.6], ['PANDAN CHIFFON', 1, 12.0]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'BREADWORKS BAKERY' }, { c: 'BREADWORKS PTE LTD' }, { c: 'GST REG NO: 201012345W' }, { c: '301 Upper Thomson Rd #01-12 S(574408)' }, '-',
        ['10/06/2018 08:05', 'POS 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Less: Member 10%', `-${f2(disc)}`], { b: ['Total Due', f2(total)] }, ['EZ-Link', f2(total)], ['GST 7% incl.', f2(gst)], '-', { c: 'BAKED FRESH DAILY' },
      ] };
    },
  },
  {
    id: 'bicycle-shop-bill-total-debit-mastercard-mon-dd-comma-yyyy', batch: 45, date: '2017-11-24', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A bicycle shop: a bicycle and accessories, GST 6%, "Bill Total", "Debit MasterCard"; "Nov 24, 2017 5:48 PM".
      const it = priced([['MTB 27.5" ALLOY', 1, 899.0], ['HELMET (M)', 1, 79.0], ['LED LIGHT SET', 1, 45.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'RODA LAJU CYCLES' }, { c: 'RODA LAJU SPORTS SDN BHD (1055667-D)' }, { c: 'GST ID: 001055667009' }, { c: '6, JALAN TELAWI 3, 59100 BANGSAR' }, '-',
        ['Nov 24, 2017 5:48 PM', 'S#1124-07'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 6%', f2(gst)], { b: ['Bill Total', f2c(total)] }, ['Debit MasterCard', f2c(total)], 'Card: 5412 XXXX XXXX 0091', '-', { c: 'HAPPY RIDING' },
      ] };
    },
  },
  {
    id: 'goldsmith-weight-grams-workmanship-trade-in-nett-amt-paid-amt-dd-mm-yyyy-dots', batch: 45, date: '2018-03-17', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A goldsmith: a chain by weight ("5.23g @ 198.00"), "Workmanship", "Trade-in Old Gold", "GST 6%" on the workmanship, "Nett Amt", "Paid Amt" by card; "17.03.2018".
      const gold = r2(5.23 * 198), work = 60, tradeIn = r2(2.1 * 170), gst = r2(work * 0.06), total = r2(gold + work + gst - tradeIn);
      return { total, lines: [
        { c: 'KEDAI EMAS SRI CAHAYA' }, { c: 'SRI CAHAYA GOLDSMITH SDN BHD (778899-V)' }, { c: 'GST ID: 000778899123' }, { c: '40, JALAN BESAR, 72100 BAHAU' }, '-',
        ['Tarikh 17.03.2018', 'Resit 18-0317-05'], '-',
        'RANTAI LEHER 916', ['  5.23g @ 198.00', f2c(gold)], ['Workmanship', f2(work)], ['GST 6% (Workmanship)', f2(gst)],
        ['Trade-in Old Gold 2.10g @ 170.00', `-${f2(tradeIn)}`], '-',
        { b: ['Nett Amt', f2c(total)] }, ['Paid Amt (VISA)', f2c(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 46 (held out: car rental, reflexology, vets, computers, butchers, burgers, LPG, karaoke, toys, pizza)
  {
    id: 'car-rental-cdw-service-tax-total-amt-due-amex-inv-date-dd-mon-yyyy-caps', batch: 46, date: '2018-04-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A car rental counter: days of hire, a collision waiver, "Service Tax 6%", "Total Amt Due", paid by AMEX; "Inv Date: 12-APR-2018" over the return date.
      const days = 3, rate = 118.0, hire = r2(days * rate), cdw = r2(days * 15), sub = r2(hire + cdw), tax = r2(sub * 0.06), total = r2(sub + tax);
      return { total, lines: [
        { c: 'PANDU KERETA SEWA' }, { c: 'PANDU AUTO RENTAL SDN BHD (1102233-X)' }, { c: 'Service Tax ID: W10-1808-31002233' }, { c: 'LOT 12, TERMINAL KETIBAAN, 81250 SENAI' }, '-',
        ['Inv Date: 12-APR-2018', 'Inv: RA-04412'], ['Return: 15-APR-2018 10:00', 'Car: JPR 3318'], '-',
        [`Rental ${days} days @ ${f2(rate)}`, f2(hire)], [`CDW ${days} days @ 15.00`, f2(cdw)], '-',
        ['Sub Total', f2(sub)], ['Service Tax 6%', f2(tax)], { b: ['Total Amt Due', f2c(total)] }, ['AMEX', f2c(total)], 'AMEX XXXX XXXXXX 71005', '-', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'reflexology-minutes-pay-amount-samsung-pay-weekday-name-dd-month-yyyy-12h', batch: 46, date: '2018-06-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A reflexology centre: sessions by the minute, "GST 6%", "Pay Amount", paid by Samsung Pay; "Thursday, 07 June 2018 8:15 PM".
      const it = priced([['FOOT REFLEXOLOGY 60MIN', 2, 58.0], ['SHOULDER MASSAGE 30MIN', 1, 35.0], ['HERBAL FOOT SOAK', 2, 10.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'PUSAT REFLEKSOLOGI SENTUHAN' }, { c: 'SENTUHAN WELLNESS (JM0778812-V)' }, { c: 'GST ID: 002244668800' }, { c: '3-1, JALAN BUKIT BINTANG, 55100 KUALA LUMPUR' }, '-',
        'Thursday, 07 June 2018 8:15 PM', ['Therapist: 08, 11', 'Room 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Amount', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Pay Amount', f2(total)] }, ['Samsung Pay', f2(total)], '-', { c: 'RELAX AND COME AGAIN' },
      ] };
    },
  },
  {
    id: 'vet-clinic-zero-rated-gst-payment-due-diners-tkh-dd-mm-yyyy', batch: 46, date: '2017-10-03', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A veterinary clinic: consultation and medicine standard-rated, a vaccine zero-rated ("ZRL"), "Payment Due", Diners Club; "Tkh: 03/10/2017".
      const sr = priced([['CONSULTATION', 1, 40.0], ['DEWORMER TAB', 2, 12.0], ['EAR CLEANSER 100ML', 1, 28.0]]);
      const zr = priced([['RABIES VACCINE', 1, 45.0]]);
      const gst = r2(sr.total * 0.06), total = r2(sr.total + zr.total + gst);
      return { total, lines: [
        { c: 'KLINIK HAIWAN CAHAYA' }, { c: 'CAHAYA VETERINARY SERVICES (SGR0088123-H)' }, { c: 'GST ID: 000998877665' }, { c: '21, JALAN SS 21/1, 47400 PETALING JAYA' }, '-',
        ['Tkh: 03/10/2017', 'Masa: 17:25'], ['Pet: MILO (Canine)', 'Owner: 0448'], '-',
        ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZRL`]), '-',
        ['Total Excl. GST', f2(r2(sr.total + zr.total))], ['GST 6% (SR)', f2(gst)], ['GST 0% (ZRL)', '0.00'], { b: ['Payment Due', f2(total)] }, ['DINERS CLUB', f2(total)], 'Card: 3600 XXXXXX 4410', '-',
        'Next visit: 03/10/2018 (booster)', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'computer-shop-sst-10-adj-rounding-ttl-due-bank-in-ddmonyy-glued', batch: 46, date: '2018-10-22', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A computer shop after September 2018: goods under "SST 10%", "Adj Rounding", "Ttl Due", paid by bank transfer ("Bank In"); "DATE 22OCT18 TIME 1532".
      const it = priced([['SSD 512GB SATA', 1, 259.0], ['DDR4 8GB 2666', 2, 169.0], ['USB-C HUB 6IN1', 1, 89.0]]);
      const sst = r2(it.total * 0.1), incl = r2(it.total + sst), total = round5(incl);
      return { total, lines: [
        { c: 'TEKNO PC CENTRE' }, { c: 'TEKNO PC SDN BHD (1188990-U)' }, { c: 'SST No: B16-1809-32000881' }, { c: 'LOT 3.21, PLAZA DIGITAL, 10450 GEORGE TOWN' }, '-',
        'DATE 22OCT18 TIME 1532  INV 18102207', '-',
        ...it.rows.flatMap((r) => [[`${r.qty} ${r.name}`, f2(r.amount)], `  S/N ${r.name.length}2210${r.qty}8`]), '-',
        ['Sub Total', f2(it.total)], ['SST 10%', f2(sst)], ['Adj Rounding', f2(r2(total - incl))], { b: ['Ttl Due', f2c(total)] }, ['Bank In (Maybank)', f2c(total)], '-', { c: 'WARRANTY 1 YEAR WITH THIS RECEIPT' },
      ] };
    },
  },
  {
    id: 'butcher-kg-total-bayar-tunai-pulangan-tkh-d-m-yy', batch: 46, date: '2019-03-05', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      // A butcher's stall in Malay: meat by the kilo, "Jumlah", "Total Bayar", "Tunai", "Pulangan"; "Tkh: 5/3/19".
      const rows = [['DAGING LEMBU', '1.5kg x 38.00', r2(1.5 * 38)], ['TULANG SUP', '1.0kg x 16.00', 16.0], ['AYAM SEEKOR', '1 x 19.50', 19.5]];
      const sub = sum(rows.map((r) => r[2])), total = round5(sub), cash = 100;
      return { total, lines: [
        { c: 'GERAI DAGING PAK HASSAN' }, { c: 'HASSAN & ANAK ENTERPRISE (CA0067123-P)' }, { c: 'PASAR BESAR SITI KHADIJAH, 15000 KOTA BHARU' }, '-',
        ['Tkh: 5/3/19', 'No: 2031'], '-',
        ...rows.flatMap((r) => [r[0], [`  ${r[1]}`, f2(r[2])]]), '-',
        ['Jumlah', f2(sub)], ['Bundar', f2(r2(total - sub))], { b: ['Total Bayar', f2(total)] }, ['Tunai', f2(cash)], ['Pulangan', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-burger-eat-in-total-incl-gst-apple-pay-dd-mon-yy-dashes', batch: 46, date: '2019-07-18', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A Singapore burger bar: sets and add-ons, "Total (incl. GST)", paid by Apple Pay, an order number in large type; "18-Jul-19 12:41".
      const it = priced([['CLASSIC BEEF SET', 2, 11.9], ['ADD CHEESE', 2, 1.0], ['TRUFFLE FRIES', 1, 6.5], ['ICED LEMON TEA', 1, 3.2]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'PATTY STATION' }, { c: 'PATTY STATION PTE LTD' }, { c: 'GST Reg No: 201734567K' }, { c: '68 Orchard Road #B1-22 S(238839)' }, '-',
        ['18-Jul-19 12:41', 'EAT IN'], { hw: ['ORDER', '218'] }, '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total (incl. GST)', f2(total)] }, ['GST 7%', f2(gst)], ['Apple Pay', f2(total)], '-', { c: 'ENJOY YOUR MEAL' },
      ] };
    },
  },
  {
    id: 'lpg-dealer-cylinder-deposit-amount-in-rm-change-due-d-m-yyyy-points', batch: 46, date: '2017-08-30', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A gas dealer: cylinders refilled, a new cylinder's deposit, "GST 6%" on the gas, "Amount In RM", "Cash", "Change Due"; "30.8.2017".
      const gas = priced([['LPG 14KG REFILL', 2, 26.6]]);
      const deposit = 60, gst = r2(gas.total * 0.06), incl = r2(gas.total + deposit + gst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'SYARIKAT GAS MEGAH' }, { c: 'GAS MEGAH TRADING (MA0033221-D)' }, { c: 'GST ID: 001122003344' }, { c: '7, JALAN BUNGA RAYA, 75100 MELAKA' }, '-',
        ['30.8.2017', 'D/O 30817'], '-',
        ...gas.rows.map((r) => [`${r.qty} x ${r.name}`, `${f2(r.amount)} SR`]), ['1 x CYLINDER DEPOSIT 14KG', `${f2(deposit)} OS`], '-',
        ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Amount In RM', f2(total)] }, ['Cash', f2(cash)], ['Change Due', f2(r2(cash - total))], '-',
        'Deposit refundable on return of cylinder', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'karaoke-room-hours-svc-chg-sst-bill-rounding-nett-total-visa-weekday-dd-mon-yy', batch: 46, date: '2018-11-24', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A karaoke: room by the hour, drinks, "Service Chg 10%", "SST 6%", "Bill Rounding", "Nett Total", VISA; "Sat, 24 Nov 18" over "Time In 21:00 Time Out 00:30".
      const it = priced([['MEDIUM ROOM (HR)', 3, 48.0], ['SOFT DRINK JUG', 2, 18.0], ['FRIES PLATTER', 1, 22.0]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl);
      return { total, lines: [
        { c: 'NADA KTV' }, { c: 'NADA ENTERTAINMENT SDN BHD (1201234-A)' }, { c: 'SST No: W10-1808-32001234' }, { c: 'LEVEL 3, SUNWAY SQUARE, 47500 SUBANG JAYA' }, '-',
        ['Sat, 24 Nov 18', 'Room M07'], ['Time In 21:00', 'Time Out 00:30'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Chg 10%', f2(svc)], ['SST 6%', f2(sst)], ['Bill Rounding', f2(r2(total - incl))], { b: ['Nett Total', f2(total)] }, ['VISA', f2(total)], '-', { c: 'SING AGAIN SOON' },
      ] };
    },
  },
  {
    id: 'toy-shop-credit-note-and-cash-total-saving-ordinal-dd-mon-yyyy', batch: 46, date: '2019-04-12', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A toy shop: a promotion taken off, "Total", part paid by a credit note, the rest in cash, "Change", "Total Saving"; "Date: 12th Apr 2019".
      const it = priced([['BUILDING BLOCKS 500PCS', 1, 129.9], ['RC CAR 1:24', 1, 79.9], ['PUZZLE 1000PCS', 1, 39.9]]);
      const promo = 20, total = round5(r2(it.total - promo)), note = 50, cash = 200;
      return { total, lines: [
        { c: 'DUNIA MAINAN CERIA' }, { c: 'CERIA TOYS SDN BHD (998822-T)' }, { c: 'G-15, MAHKOTA PARADE, 75000 MELAKA' }, '-',
        ['Date: 12th Apr 2019', 'Time: 14:08'], 'Receipt: CT190412-033', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['PROMO RM20 OFF', `-${f2(promo)}`], '-',
        { b: ['Total', f2(total)] }, ['Credit Note CN-0218', f2(note)], ['Cash', f2(cash)], ['Change', f2(r2(note + cash - total))], ['Total Saving', f2(promo)], '-', { c: 'EXCHANGE WITHIN 7 DAYS' },
      ] };
    },
  },
  {
    id: 'pizza-delivery-fee-packaging-sst-rndg-order-total-paid-online-order-date-iso', batch: 46, date: '2019-02-09', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A pizza shop's delivery order: a delivery fee and packaging, "SST 6%", "Rndg", "Order Total", "Paid Online"; "Order Date: 2019-02-09 19:02".
      const it = priced([['PIZZA PEPPERONI (L)', 1, 36.9], ['PIZZA HAWAIIAN (R)', 1, 24.9], ['GARLIC BREAD', 2, 6.9]]);
      const fee = 5, pack = 1.5, sub = r2(it.total + fee + pack), sst = r2(sub * 0.06), incl = r2(sub + sst), total = round5(incl);
      return { total, lines: [
        { c: 'PIZZA MAMA' }, { c: 'MAMA FOODS SDN BHD (1145566-K)' }, { c: 'SST No: W10-1810-31005566' }, { c: '25, JALAN KENARI 17, 47170 PUCHONG' }, '-',
        'Order Date: 2019-02-09 19:02', ['Order #PM-88412', 'DELIVERY'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['DELIVERY FEE', f2(fee)], ['PACKAGING', f2(pack)], '-',
        ['Sub Total', f2(sub)], ['SST 6%', f2(sst)], ['Rndg', f2(r2(total - incl))], { b: ['Order Total', f2(total)] }, ['Paid Online (Card)', f2(total)], '-', { c: 'HOT AND FRESH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 47 (held out: gyms, ice cream, shoes, paint, tuition, watches, nurseries, aquariums, hotels, music)
  {
    id: 'sg-gym-membership-period-amount-payable-nets-date-of-issue-dd-mon-yyyy', batch: 47, date: '2018-03-01', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore gym: a month's membership and a towel rental, "GST 7%" added, "Amount Payable", NETS; "Date of Issue: 01 Mar 2018" over the period paid for.
      const it = priced([['MONTHLY MEMBERSHIP', 1, 128.0], ['TOWEL SERVICE', 1, 12.0], ['PERSONAL TRAINING (1 SESSION)', 1, 70.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'IRONWORKS FITNESS' }, { c: 'IRONWORKS FITNESS PTE LTD' }, { c: 'GST Reg No: 201512345M' }, { c: '10 Tampines Central 1 #04-07 S(529536)' }, '-',
        'Date of Issue: 01 Mar 2018', 'Period: 01/03/2018 - 31/03/2018', ['Member: M10442', 'Receipt: IF-2203'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 7%', f2(gst)], { b: ['Amount Payable', f2(total)] }, ['NETS', f2(total)], '-', { c: 'NO PAIN NO GAIN' },
      ] };
    },
  },
  {
    id: 'ice-cream-scoops-grand-total-gst-incl-samsung-pay-d-m-yyyy-seconds-12h', batch: 47, date: '2018-07-07', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // An ice cream parlour: scoops and toppings, GST included, "Grand Total", "Samsung Pay"; "7/7/2018 3:05:12 PM".
      const it = priced([['DOUBLE SCOOP CUP', 2, 11.9], ['WAFFLE CONE', 1, 2.5], ['TOPPING - OREO', 2, 1.5], ['MILKSHAKE VANILLA', 1, 13.9]]);
      const total = round5(it.total), gst = r2((it.total * 6) / 106);
      return { total, lines: [
        { c: 'SCOOPS & CO' }, { c: 'SCOOPS DESSERT SDN BHD (1023344-H)' }, { c: 'GST ID: 000788990011' }, { c: 'G-08, SUNWAY PYRAMID, 47500 SUBANG JAYA' }, '-',
        ['7/7/2018 3:05:12 PM', 'T/No 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding Adj', f2(r2(total - it.total))], { b: ['Grand Total', f2(total)] }, ['Samsung Pay', f2(total)], ['GST 6% incl.', f2(gst)], '-', { c: 'STAY COOL' },
      ] };
    },
  },
  {
    id: 'shoe-shop-buy1-free1-total-sales-incl-sst-debit-card-yyyy-mm-dd-points', batch: 47, date: '2019-04-13', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A shoe shop: a second pair free ("B1F1" taken off), "Total Sales Incl SST" with the sales tax included, "Debit Card"; "2019.04.13".
      const it = priced([['RUNNING SHOE SZ 42', 2, 189.0], ['SOCKS 3-PACK', 1, 25.9]]);
      const free = 189.0, total = r2(it.total - free), sst = r2((total * 10) / 110);
      return { total, lines: [
        { c: 'LANGKAH SHOE GALLERY' }, { c: 'LANGKAH RETAIL SDN BHD (1156677-W)' }, { c: 'SST No: B10-1809-31006677' }, { c: 'LOT F-21, AEON MALL, 80200 JOHOR BAHRU' }, '-',
        ['2019.04.13', '16:22'], 'Slip: LS0413-0087', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['B1F1 PROMO', `-${f2(free)}`], '-',
        { b: ['Total Sales Incl SST', f2(total)] }, ['SST 10% incl.', f2(sst)], ['Debit Card', f2(total)], 'Card No: ************2291', '-', { c: 'EXCHANGE WITHIN 14 DAYS WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'paint-shop-excl-incl-sst-10-cheque-dd-mon-yyyy-delivery-date', batch: 47, date: '2018-09-13', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A paint and tiles shop: "Total Amount Excl. SST", "SST 10%", "Total Amount Incl. SST", paid by cheque; "13 Sep 2018" over the delivery date.
      const it = priced([['EMULSION PAINT 18L WHITE', 2, 168.0], ['FLOOR TILE 60X60 (BOX)', 8, 42.0], ['TILE ADHESIVE 25KG', 3, 28.5]]);
      const sst = r2(it.total * 0.1), total = r2(it.total + sst);
      return { total, lines: [
        { c: 'KEDAI CAT & JUBIN SERI WARNA' }, { c: 'SERI WARNA BUILDING SUPPLY (NS0099887-M)' }, { c: 'SST No: B12-1809-32009988' }, { c: '45, JALAN RASAH, 70300 SEREMBAN' }, '-',
        ['13 Sep 2018', 'Cash Bill: 18-2209'], 'Delivery: 15 Sep 2018', '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Total Amount Excl. SST', f2c(it.total)], ['SST 10%', f2(sst)], { b: ['Total Amount Incl. SST', f2c(total)] }, ['Cheque (PBB 004412)', f2c(total)], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'tuition-centre-fees-month-amount-received-bank-in-receipt-date-dd-mm-yyyy', batch: 47, date: '2019-01-08', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A tuition centre: the month's fees named by month ("Fees for Jan 2019"), registration, "Amount Received", paid by bank transfer; "Receipt Date: 08/01/2019".
      const it = priced([['FEES FOR JAN 2019 - MATHS', 1, 120.0], ['FEES FOR JAN 2019 - SCIENCE', 1, 120.0], ['REGISTRATION FEE', 1, 50.0], ['BOOKS', 1, 35.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'PUSAT TUISYEN BIJAK' }, { c: 'BIJAK EDUCATION (SA0567123-T)' }, { c: '22-1, JALAN PJU 5/9, 47810 PETALING JAYA' }, '-',
        ['Receipt Date: 08/01/2019', 'No: BJ-0108'], 'Student: S2019-041', '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Amount Received', f2(total)] }, ['Payment: Bank In (CIMB)', f2(total)], '-', { c: 'FEES ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'watch-repair-handwritten-jumlah-deposit-baki-d-m-yyyy', batch: 47, date: '2018-02-14', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A watch repair stall's bill book, written in by hand: a service and a battery, "Jumlah RM", a deposit paid and the balance paid on collection; "14/2/2018".
      const it = priced([['SERVIS JAM', 1, 65.0], ['BATERI', 1, 15.0]]);
      const total = it.total, deposit = 30;
      return { total, lines: [
        { c: 'KEDAI JAM TEPAT' }, { c: 'TEPAT WATCH SERVICE (KL0123987-X)' }, { c: '1-12, JALAN TUN H.S. LEE, 50000 KUALA LUMPUR' }, '-',
        { hand: ['14/2/2018', 'No 1188'] }, '-',
        ...it.rows.map((r) => ({ hand: [r.name, f2(r.amount)] })), '-',
        { hand: ['Jumlah RM', f2(total)] }, { hand: ['Deposit', f2(deposit)] }, { hand: ['Baki', f2(r2(total - deposit))] }, '-', { c: 'WARRANTY 3 MONTHS' },
      ] };
    },
  },
  {
    id: 'plant-nursery-malay-diskaun-pelarasan-jumlah-bersih-tunai-wang-dikembalikan-tarikh-dashes', batch: 47, date: '2019-03-21', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A plant nursery's till in Malay: "Jumlah Kecil", "Diskaun 10%", "Pelarasan Bundar", "Jumlah Bersih", "Tunai", "Wang Dikembalikan"; "Tarikh: 21-03-2019".
      const it = priced([['POKOK BUNGA KERTAS', 3, 15.0], ['BAJA ORGANIK 5KG', 2, 18.9], ['PASU TANAH LIAT 10"', 3, 8.5]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), total = round5(net), cash = 100;
      return { total, lines: [
        { c: 'TAPAK SEMAIAN HIJAU SUBUR' }, { c: 'HIJAU SUBUR NURSERY (JM0445566-A)' }, { c: 'BATU 8, JALAN KLANG LAMA, 58200 KUALA LUMPUR' }, '-',
        ['Tarikh: 21-03-2019', 'Masa: 09:47'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Diskaun 10%', `-${f2(disc)}`], ['Pelarasan Bundar', f2(r2(total - net))], { b: ['Jumlah Bersih', f2(total)] }, ['Tunai', f2(cash)], ['Wang Dikembalikan', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-aquarium-total-amt-gst-incl-nets-flashpay-weekday-name-dd-month-yyyy', batch: 47, date: '2018-03-14', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore aquarium shop: fish and a filter, "Total Amt", GST 7% included, NETS FlashPay; "Wednesday, 14 March 2018".
      const it = priced([['NEON TETRA', 12, 1.2], ['CANISTER FILTER 600L/H', 1, 89.0], ['FISH FOOD 100G', 2, 6.5]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'BLUE REEF AQUARIUM' }, { c: 'BLUE REEF TRADING PTE LTD' }, { c: 'GST Reg No: 200809876E' }, { c: '21 Tampines St 92 #01-14 S(528871)' }, '-',
        'Wednesday, 14 March 2018', ['Time 18:12', 'Rcpt 30314'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Amt', f2(total)] }, ['GST 7% Incl', f2(gst)], ['NETS FlashPay', f2(total)], '-', { c: 'HAPPY FISHKEEPING' },
      ] };
    },
  },
  {
    id: 'hotel-folio-nights-tourism-tax-service-tax-total-charges-master-bill-date-arrival-departure', batch: 47, date: '2019-06-17', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A small hotel's folio: nights, "Service Tax 6%", "Tourism Tax" per night (not taxed), "Total Charges", paid by MasterCard; "Bill Date: 17/06/2019" beside arrival and departure.
      const nights = 2, rate = 168.0, room = r2(nights * rate), tax = r2(room * 0.06), tourism = r2(nights * 10), total = r2(room + tax + tourism);
      return { total, lines: [
        { c: 'HOTEL SERI PELANGI' }, { c: 'SERI PELANGI HOSPITALITY SDN BHD (1034567-D)' }, { c: 'SST No: W10-1808-31004567' }, { c: '8, JALAN TEMENGGONG, 20000 KUALA TERENGGANU' }, '-',
        ['Bill Date: 17/06/2019', 'Folio: 60417'], ['Arrival: 15/06/2019', 'Departure: 17/06/2019'], ['Room: 305', 'Guest: MR. TAN'], '-',
        [`Room Charge ${nights} nights @ ${f2(rate)}`, f2(room)], ['Service Tax 6%', f2(tax)], [`Tourism Tax ${nights} x 10.00`, f2(tourism)], '-',
        { b: ['Total Charges', f2(total)] }, ['Paid by Credit Card (MASTER)', f2(total)], ['Balance', '0.00'], '-', { c: 'THANK YOU FOR STAYING WITH US' },
      ] };
    },
  },
  {
    id: 'music-store-guitar-total-inclusive-gst-ezypay-instalment-dd-mon-yyyy-label-time', batch: 47, date: '2017-12-28', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A music store: a guitar and accessories, "Total Inclusive GST 6%", paid by card on a 12-month instalment plan; "Date:28-Dec-2017 Time:16:20".
      const it = priced([['ACOUSTIC GUITAR 41"', 1, 1299.0], ['GUITAR BAG PADDED', 1, 129.0], ['CAPO + TUNER SET', 1, 79.0]]);
      const total = it.total, gst = r2((total * 6) / 106), monthly = r2(total / 12);
      return { total, lines: [
        { c: 'NADA MUZIK' }, { c: 'NADA MUSIC HOUSE SDN BHD (776655-K)' }, { c: 'GST ID: 001776655009' }, { c: '2-15, JALAN DATO ONN JAAFAR, 80000 JOHOR BAHRU' }, '-',
        ['Date:28-Dec-2017', 'Time:16:20'], 'Invoice: NM-17-12-0412', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        { b: ['Total Inclusive GST 6%', f2c(total)] }, ['GST Amount', f2(gst)], ['Card (EzyPay 12 mths)', f2c(total)], `Instalment: 12 x ${f2(monthly)}`, '-', { c: 'KEEP THE MUSIC PLAYING' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 48 (held out: sports, bowling, ferries, chicken rice, satay, aircon service, cosmetics, medical halls, physiotherapy, car wash)
  {
    id: 'sports-shop-racket-stringing-grand-ttl-mydebit-dd-mon-yy-apostrophe', batch: 48, date: '2018-01-05', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A sports shop: a racket strung to order, grips, GST 6% included, "Grand Ttl", paid by MyDebit; "05 JAN'18 14:22".
      const it = priced([['BADMINTON RACKET AX-77', 1, 299.0], ['STRINGING BG65 24LBS', 1, 28.0], ['OVERGRIP (3 PCS)', 2, 8.9]]);
      const total = round5(it.total), gst = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'SMASH SPORTS CORNER' }, { c: 'SMASH SPORTS TRADING (PG0223344-W)' }, { c: 'GST ID: 001566778899' }, { c: '51, JALAN MACALISTER, 10400 GEORGE TOWN' }, '-',
        ["05 JAN'18 14:22", 'RCPT 00871'], 'STAFF: WEI', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Grand Ttl', f2(total)] }, ['MyDebit', f2(total)], 'CARD ************5530', ['GST 6% Incl', f2(gst)], '-', { c: 'RACKETS STRUNG IN 2 DAYS' },
      ] };
    },
  },
  {
    id: 'bowling-games-shoe-rental-sst-rnd-adj-amount-to-pay-boost-date-and-time', batch: 48, date: '2019-08-17', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A bowling centre: games per player, shoe rental, drinks, "SST 6%" on the service, "Rnd Adj", "Amount to Pay", paid by Boost; "Date & Time: 17/08/2019 21:40".
      const it = priced([['GAME (PER PLAYER)', 12, 6.5], ['SHOE RENTAL', 4, 2.0], ['SOFT DRINK CAN', 2, 4.5]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl);
      return { total, lines: [
        { c: 'STRIKE ZONE BOWL' }, { c: 'STRIKE ZONE LEISURE SDN BHD (1187654-P)' }, { c: 'SST No: W10-1809-32007654' }, { c: 'LEVEL 4, MID VALLEY, 59200 KUALA LUMPUR' }, '-',
        'Date & Time: 17/08/2019 21:40', ['Lane 14', '4 Players'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['SST 6%', f2(sst)], ['Rnd Adj', f2(r2(total - incl))], { b: ['Amount to Pay', f2(total)] }, ['Boost', f2(total)], '-', { c: 'SEE YOU ON THE LANES' },
      ] };
    },
  },
  {
    id: 'ferry-tickets-terminal-fee-total-due-rm-unionpay-issued-over-travel-date', batch: 48, date: '2018-12-03', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A ferry ticket counter: adult and child fares, a terminal fee each, "Total Due (RM)", paid by UnionPay; "Issued: 03/12/2018 10:15" over "Travel Date: 08/12/2018".
      const it = priced([['ADULT KUALA PERLIS-LANGKAWI', 2, 35.0], ['CHILD KUALA PERLIS-LANGKAWI', 1, 18.0], ['TERMINAL FEE', 3, 10.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'FERI LAUT SEGARA' }, { c: 'LAUT SEGARA FERRY SERVICES SDN BHD (889911-V)' }, { c: 'JETI KUALA PERLIS, 02000 KUALA PERLIS' }, '-',
        'Issued: 03/12/2018 10:15', ['Travel Date: 08/12/2018', 'Dep 07:30'], ['Ticket: LS-1203-0442', 'Counter 2'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, f2(r.amount)]]), '-',
        { b: ['Total Due (RM)', f2(total)] }, ['UnionPay', f2(total)], 'CARD 6250 **** **** 1187', '-', { c: 'BOARDING CLOSES 30 MIN BEFORE DEPARTURE' },
      ] };
    },
  },
  {
    id: 'chicken-rice-bungkus-charge-gst-at-6-sum-total-cash-rcvd-kembalian-tarikh-jualan', batch: 48, date: '2017-06-14', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A chicken rice shop: plates to take away with a packing charge each, "GST @ 6%", "Sum Total", "Cash Rcvd", "Kembalian"; "Tarikh Jualan: 14/06/17".
      const it = priced([['NASI AYAM PANGGANG', 3, 6.5], ['KAKI AYAM', 1, 5.0], ['SUP SAYUR', 2, 2.0], ['TEH O AIS', 3, 1.8], ['CAJ BUNGKUS', 3, 0.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN NASI AYAM KAMPUNG' }, { c: 'KAMPUNG CHICKEN RICE ENTERPRISE (JM0655443-T)' }, { c: 'GST ID: 000611223344' }, { c: '9, JALAN PASAR, 84000 MUAR' }, '-',
        ['Tarikh Jualan: 14/06/17', '12:48'], ['Bil: 061417-0088', 'BUNGKUS'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah', f2(it.total)], ['GST @ 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Sum Total', f2(total)] }, ['Cash Rcvd', f2(cash)], ['Kembalian', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'satay-stall-sticks-handwritten-jumlah-tarikh-d-m-yy', batch: 48, date: '2019-01-26', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A satay stall's bill book written in by hand: sticks by the ten, ketupat, "Jumlah"; "Tarikh 26/1/19".
      const it = priced([['SATE AYAM', 20, 0.9], ['SATE DAGING', 20, 1.0], ['KETUPAT', 4, 0.8]]);
      const total = it.total;
      return { total, lines: [
        { c: 'SATE KAJANG HJ. OSMAN' }, { c: 'OSMAN SATAY ENTERPRISE (SA0212345-H)' }, { c: 'LOT 5, JALAN BESAR, 43000 KAJANG' }, '-',
        { hand: ['Tarikh 26/1/19', 'No 3307'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'aircon-service-chemical-wash-gas-sst-at-6-total-w-sst-online-transfer-dt-next-due', batch: 48, date: '2018-10-30', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // An air conditioner service: units washed, gas topped up, transport, "SST @ 6%" on the service, "Total w/ SST", paid by online transfer; "DT: 30/10/2018" over the next service's date.
      const it = priced([['CHEMICAL WASH 1.0HP', 2, 150.0], ['GAS TOP UP R32', 1, 120.0], ['TRANSPORT', 1, 30.0]]);
      const sst = r2(it.total * 0.06), total = r2(it.total + sst);
      return { total, lines: [
        { c: 'SEJUK BEKU AIRCOND SERVICE' }, { c: 'SEJUK BEKU ENGINEERING (SA0398877-U)' }, { c: 'SST No: W10-1809-31008877' }, { c: '14, JALAN SEROJA 2, 40150 SHAH ALAM' }, '-',
        ['DT: 30/10/2018', 'Job: SB-4471'], 'Tech: AZMAN / RAJ', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total', f2(it.total)], ['SST @ 6%', f2(sst)], { b: ['Total w/ SST', f2(total)] }, ['Online Transfer (M2U)', f2(total)], '-',
        'Next service due: 30/04/2019', { c: 'THANK YOU FOR YOUR SUPPORT' },
      ] };
    },
  },
  {
    id: 'cosmetics-member-disc-gift-card-and-visa-total-sales-amount-yyyy-mon-dd', batch: 48, date: '2019-05-11', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A cosmetics counter: a member's discount, "SST 10%" included, "Total Sales Amount", part paid by gift card, the rest by VISA; "2019/May/11 15:03".
      const it = priced([['MATTE LIPSTICK #21', 2, 59.0], ['HYDRA SERUM 30ML', 1, 129.0], ['COTTON PADS 80S', 1, 9.9]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), gift = 50, sst = r2((total * 10) / 110);
      return { total, lines: [
        { c: 'GLOW BEAUTY BAR' }, { c: 'GLOW COSMETICS SDN BHD (1205678-D)' }, { c: 'SST No: B10-1809-32005678' }, { c: 'LOT 1.22, IOI CITY MALL, 62502 PUTRAJAYA' }, '-',
        ['2019/May/11 15:03', 'POS 02'], 'Member: GB-88120', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['Member Disc 10%', `-${f2(disc)}`], '-',
        { b: ['Total Sales Amount', f2(total)] }, ['Gift Card', f2(gift)], ['VISA', f2(r2(total - gift))], ['SST 10% Incl', f2(sst)], '-', { c: 'NO REFUND ON OPENED ITEMS' },
      ] };
    },
  },
  {
    id: 'medical-hall-herb-packets-consultation-g-total-sarawak-pay-dd-malay-month-yyyy', batch: 48, date: '2017-08-12', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Chinese medical hall in Kuching: a consultation, herbs by the packet, ginseng, "G.Total", paid by Sarawak Pay; "12 Ogos 2017".
      const it = priced([['KONSULTASI SINSEH', 1, 20.0], ['UBAT HERBA (PAKET)', 5, 12.0], ['HIRISAN GINSENG 37.5G', 1, 38.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'DEWAN UBAT CINA SENG HUAT' }, { c: 'SENG HUAT MEDICAL HALL (KC0177889-A)' }, { c: 'GST ID: 000455667788' }, { c: '33, JALAN PADUNGAN, 93100 KUCHING' }, '-',
        ['12 Ogos 2017', '10:05'], ['Resit: SH-17-0812', 'Sinseh: LIM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['G.Total', f2(total)] }, ['Sarawak Pay', f2(total)], '-', { c: 'SEMOGA CEPAT SEMBUH' },
      ] };
    },
  },
  {
    id: 'physio-clinic-session-tens-total-fee-cash-visit-date-dd-mon-yyyy-weekday-next-appt', batch: 48, date: '2018-02-06', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A physiotherapy clinic: a session, a TENS treatment, a hot pack, "Total Fee", cash and change; "Visit Date: 06-Feb-2018 (Tue)" over the next appointment's date.
      const it = priced([['PHYSIOTHERAPY SESSION', 1, 90.0], ['TENS THERAPY', 1, 30.0], ['HOT PACK', 1, 15.0]]);
      const total = it.total, cash = 150;
      return { total, lines: [
        { c: 'PUSAT FISIOTERAPI GERAK' }, { c: 'GERAK PHYSIO SDN BHD (1099887-M)' }, { c: '2-3, JALAN 21/11B, SEA PARK, 46300 PETALING JAYA' }, '-',
        ['Visit Date: 06-Feb-2018 (Tue)', '11:30'], ['Patient: P-0471', 'Rcpt: GP-2206'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        { b: ['Total Fee', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        'Next Appt: 13-Feb-2018 (Tue) 11:30', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'car-wash-wax-pembundaran-jumlah-bayaran-tng-ewallet-dd-mm-yyyy-hrs', batch: 48, date: '2017-12-30', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A car wash: wash and vacuum, wax, tyre shine, "GST 6%", "Pembundaran", "Jumlah Bayaran", paid by Touch 'n Go eWallet; "30/12/2017 16:45 hrs".
      const it = priced([['CUCI & VAKUM (SEDAN)', 1, 15.0], ['WAX POLISH', 1, 25.0], ['TYRE SHINE', 1, 5.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'KILAT AUTO SPA' }, { c: 'KILAT CAR CARE (NS0122334-K)' }, { c: 'GST ID: 001233445566' }, { c: '88, JALAN DATO BANDAR TUNGGAL, 70000 SEREMBAN' }, '-',
        '30/12/2017 16:45 hrs', ['Car: NCL 4471', 'Bay 3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['GST 6%', f2(gst)], ['Pembundaran', f2(r2(total - incl))], { b: ['Jumlah Bayaran', f2(total)] }, ["Touch 'n Go eWallet", f2(total)], '-', { c: 'DRIVE CLEAN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 49 (held out: attractions, nail salons, labs, spare parts, mamak, frozen food, homestays, newsagents, express buses, driving ranges)
  {
    id: 'sg-zoo-tickets-tram-total-s-gst-7-incl-contactless-visa-weekday-d-m-yyyy', batch: 49, date: '2019-01-06', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore wildlife park's ticket counter: adult and child tickets, tram rides, "TOTAL S$" with GST 7% included, "Contactless (VISA)"; "Sun 6/1/2019 10:12".
      const it = priced([['ADULT ADMISSION', 2, 37.0], ['CHILD ADMISSION (3-12)', 2, 25.0], ['TRAM RIDE', 4, 5.0]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'RAINFOREST WILDLIFE PARK' }, { c: 'RAINFOREST PARKS PTE LTD' }, { c: 'GST Reg No: 199901234R' }, { c: '80 Mandai Lake Road S(729826)' }, '-',
        ['Sun 6/1/2019 10:12', 'Gate 3'], 'Txn: RW-0106-1177', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL S$', f2(total)] }, ['Contactless (VISA)', f2(total)], ['GST 7% included', f2(gst)], '-', { c: 'ENJOY YOUR VISIT' },
      ] };
    },
  },
  {
    id: 'sg-nail-salon-gel-manicure-s-c-10-gst-7-total-amount-s-paynow-ddmonyyyy-glued', batch: 49, date: '2018-11-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore nail salon: gel manicure and pedicure, nail art, "S/C 10%", "GST 7%" on both, "Total Amount (S$)", PayNow; "Date: 09Nov2018".
      const it = priced([['GEL MANICURE', 1, 48.0], ['CLASSIC PEDICURE', 1, 38.0], ['NAIL ART (PER NAIL)', 4, 3.0]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.07), total = r2(it.total + sc + gst);
      return { total, lines: [
        { c: 'POLISHED NAIL LOUNGE' }, { c: 'POLISHED BEAUTY PTE LTD' }, { c: 'GST Reg No: 201623456D' }, { c: '290 Orchard Road #03-18 S(238859)' }, '-',
        ['Date: 09Nov2018', 'Time: 19:35'], ['Therapist: JOY', 'Inv: PN-7712'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['S/C 10%', f2(sc)], ['GST 7%', f2(gst)], { b: ['Total Amount (S$)', f2(total)] }, ['PayNow', f2(total)], '-', { c: 'THANK YOU, SEE YOU SOON' },
      ] };
    },
  },
  {
    id: 'sg-diagnostic-lab-tests-total-charges-nets-receipt-date-report-ready-date', batch: 49, date: '2018-05-14', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore diagnostic lab: blood tests and a collection fee, "GST 7%" added, "Total Charges (S$)", NETS; "Receipt Date: 14/05/2018" beside the report's date.
      const it = priced([['FULL BLOOD COUNT', 1, 28.0], ['LIPID PANEL', 1, 45.0], ['HBA1C', 1, 32.0], ['COLLECTION FEE', 1, 10.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'CLEARVIEW DIAGNOSTICS' }, { c: 'CLEARVIEW LABORATORIES PTE LTD' }, { c: 'GST Reg No: 200712345H' }, { c: '3 Mount Elizabeth #08-02 S(228510)' }, '-',
        ['Receipt Date: 14/05/2018', '08:10'], 'Report ready: 15/05/2018', ['Patient: S****123A', 'Lab No: 18-05-2291'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 7%', f2(gst)], { b: ['Total Charges (S$)', f2(total)] }, ['NETS', f2(total)], '-', { c: 'RESULTS BY EMAIL WITHIN 24 HOURS' },
      ] };
    },
  },
  {
    id: 'auto-spare-parts-malay-jumlah-keseluruhan-pembundaran-tunai-baki-tarikh-masa', batch: 49, date: '2017-11-22', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // An auto spare parts shop's till in Malay: "Jumlah Sebelum GST", "GST 6%", "Pembundaran", "Jumlah Keseluruhan", "Tunai", "Baki"; "Tarikh/Masa: 22-11-2017 / 11:04".
      const it = priced([['PAD BREK DEPAN', 1, 85.0], ['PENAPIS MINYAK', 1, 18.5], ['MINYAK ENJIN 4L 10W40', 1, 96.0], ['PALAM PENCUCUH', 4, 12.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 300;
      return { total, lines: [
        { c: 'KEDAI ALAT GANTI KERETA JAYA' }, { c: 'JAYA AUTO PARTS (PK0335577-D)' }, { c: 'GST ID: 000933557711' }, { c: '17, JALAN SULTAN IDRIS SHAH, 30000 IPOH' }, '-',
        'Tarikh/Masa: 22-11-2017 / 11:04', ['No. Bil: JA-22114', 'Juruwang: 02'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Sebelum GST', f2(it.total)], ['GST 6%', f2(gst)], ['Pembundaran', f2(r2(total - incl))], { b: ['Jumlah Keseluruhan', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIKEMBALIKAN' },
      ] };
    },
  },
  {
    id: 'mamak-late-night-roti-canai-gst-sr-jumlah-rm-cash-dd-mm-yyyy-time-in-brackets', batch: 49, date: '2018-03-03', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A mamak restaurant after midnight: roti canai, teh tarik, maggi goreng, "GST 6% (SR)", "Jumlah (RM)", cash and change; "03/03/2018(02:14 AM)".
      const it = priced([['ROTI CANAI', 4, 1.3], ['TEH TARIK', 3, 1.8], ['MAGGI GORENG', 1, 5.5], ['MILO AIS', 1, 2.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 30;
      return { total, lines: [
        { c: 'RESTORAN BISMILLAH MAJU' }, { c: 'BISMILLAH MAJU SDN BHD (1066778-H)' }, { c: 'GST ID: 002011223344' }, { c: '7, JALAN SS 15/4, 47500 SUBANG JAYA' }, '-',
        ['03/03/2018(02:14 AM)', 'Meja 21'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 6% (SR)', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Jumlah (RM)', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'BUKA 24 JAM' },
      ] };
    },
  },
  {
    id: 'frozen-food-wholesale-cartons-gst-0-total-carton-nett-amount-payable-d-mon-yy-caps', batch: 49, date: '2018-07-03', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A frozen food wholesaler in the months of GST at 0% (June-August 2018): cartons, "Total Carton", "GST @ 0%", "Nett Amount Payable", cash and change; "DATE: 3 JUL 18".
      const it = priced([['NUGGET AYAM 1KG X 10', 2, 98.0], ['SOSEJ AYAM 1KG X 10', 3, 82.5], ['KENTANG GORENG 2KG X 6', 1, 64.0]]);
      const total = round5(it.total), cash = 500;
      return { total, lines: [
        { c: 'BEKU SEGAR FROZEN FOOD' }, { c: 'BEKU SEGAR TRADING (KT0456789-W)' }, { c: 'GST ID: 001456789012' }, { c: 'LOT 22, KAWASAN PERINDUSTRIAN GONG BADAK, 21300 KUALA TERENGGANU' }, '-',
        ['DATE: 3 JUL 18', 'INV: BS070318'], 'CASH BILL', '-',
        ...it.rows.map((r) => [r.name, [`  ${r.qty} CTN x ${f2(r.price)}`, f2(r.amount)]]).flat(), '-',
        ['Total Carton', String(it.qty)], ['Total Excl. GST', f2(it.total)], ['GST @ 0%', '0.00'], ['Rounding', f2(r2(total - it.total))], { b: ['Nett Amount Payable', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'homestay-nights-deposit-refunded-total-paid-boost-check-in-check-out-receipt-date', batch: 49, date: '2019-09-23', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A homestay: nights and an extra mattress, "Total Paid" by Boost, a security deposit taken and refunded; "Date: 23/09/2019" under "Check-in 21/09/2019" and "Check-out 23/09/2019".
      const it = priced([['HOMESTAY 3 ROOM (NIGHT)', 2, 180.0], ['EXTRA MATTRESS (NIGHT)', 2, 20.0], ['CLEANING FEE', 1, 30.0]]);
      const total = it.total, deposit = 100;
      return { total, lines: [
        { c: 'TERATAK DESA HOMESTAY' }, { c: 'DESA STAY ENTERPRISE (PG0778899-K)' }, { c: '12, KAMPUNG TELUK BAHANG, 11050 PULAU PINANG' }, '-',
        ['Check-in 21/09/2019', 'Check-out 23/09/2019'], ['Date: 23/09/2019', 'Rcpt: TD-0923'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Paid', f2(total)] }, ['Boost', f2(total)], ['Security Deposit', f2(deposit)], ['Deposit Refunded', `-${f2(deposit)}`], '-', { c: 'TERIMA KASIH, JUMPA LAGI' },
      ] };
    },
  },
  {
    id: 'sg-newsagent-magazines-papers-total-s-nets-cashcard-gst-incl-d-m-yy-dots', batch: 49, date: '2017-09-16', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore newsagent: papers and magazines, "TOTAL S$" with GST 7% included, NETS CashCard; "16.9.17 07:41".
      const it = priced([['STRAITS DAILY', 2, 1.2], ['WEEKEND MAGAZINE', 1, 8.9], ['PUZZLE BOOK', 1, 4.5], ['BOTTLED WATER', 1, 1.5]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'CORNER NEWS & BOOKS' }, { c: 'CORNER NEWSAGENCY' }, { c: 'GST Reg No: M90123456X' }, { c: 'Blk 212 Toa Payoh Lor 8 #01-11 S(310212)' }, '-',
        ['16.9.17 07:41', 'C1'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL S$', f2(total)] }, ['NETS CashCard', f2(total)], ['CashCard Bal', '18.35'], ['GST 7% incl', f2(gst)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'express-bus-seats-insurance-total-fare-shopeepay-purchase-date-iso-over-departure', batch: 49, date: '2019-04-28', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // An express bus counter: seats, travel insurance, a processing fee, "Total Fare (RM)", paid by ShopeePay; "Purchase Date: 2019-04-28 09:12" over the departure's.
      const it = priced([['SEAT KL-KOTA BHARU', 2, 45.0], ['TRAVEL INSURANCE', 2, 1.0], ['PROCESSING FEE', 1, 1.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'EKSPRES TIMUR LAJU' }, { c: 'TIMUR LAJU TRANSPORT SDN BHD (543210-A)' }, { c: 'KAUNTER 18, TERMINAL BERSEPADU SELATAN, 57100 KUALA LUMPUR' }, '-',
        'Purchase Date: 2019-04-28 09:12', 'Depart: 2019-05-02 22:30', ['Seats: 11, 12', 'Coach: ETL 2208'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Fare (RM)', f2(total)] }, ['ShopeePay', f2(total)], '-', { c: 'PLEASE BE AT THE PLATFORM 30 MIN EARLY' },
      ] };
    },
  },
  {
    id: 'golf-driving-range-buckets-member-disc-sst-net-amt-cash-change-given-txn-date-dd-mon-yyyy-day', batch: 49, date: '2019-10-19', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A golf driving range: buckets of balls, a club hired, "Member Disc 10%", "SST 6%" on the service, "Net Amt", cash and "Change Given"; "Txn Date: 19 Oct 2019 (Sat)".
      const it = priced([['BUCKET 100 BALLS', 3, 18.0], ['CLUB RENTAL', 1, 10.0], ['ISOTONIC DRINK', 2, 3.5]]);
      const disc = r2(it.total * 0.1), net = r2(it.total - disc), sst = r2(net * 0.06), incl = r2(net + sst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'TEE OFF DRIVING RANGE' }, { c: 'TEE OFF GOLF SDN BHD (1122330-T)' }, { c: 'SST No: W10-1810-31002233' }, { c: 'JALAN KELAB GOLF, 81200 JOHOR BAHRU' }, '-',
        ['Txn Date: 19 Oct 2019 (Sat)', '17:05'], ['Bay 22', 'Member: TO-5512'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Member Disc 10%', `-${f2(disc)}`], ['SST 6%', f2(sst)], ['Rounding', f2(r2(total - incl))], { b: ['Net Amt', f2(total)] }, ['Cash', f2(cash)], ['Change Given', f2(r2(cash - total))], '-', { c: 'KEEP SWINGING' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 50 (held out: hotpot, sushi, glass works, duty-free, hospitals, prayer goods, Thai, curtains, beer, locksmiths)
  {
    id: 'hotpot-buffet-service-charge-gst-6-grand-total-paid-amount-cash-change-amount-iso-weekday', batch: 50, date: '2018-05-05', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A hotpot buffet: adults and children by the head, drinks, "Service Charge 10%", "GST 6%" on both, "Rounding Adjustment", "Grand Total", "Paid Amount (Cash)", "Change Amount"; "Date : 2018-05-05 (Sat)".
      const it = priced([['BUFFET ADULT', 3, 45.9], ['BUFFET CHILD', 2, 25.9], ['HERBAL SOUP BASE', 1, 8.0], ['CHRYSANTHEMUM TEA', 5, 3.5]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.06), incl = r2(it.total + sc + gst), total = round5(incl), cash = 300;
      return { total, lines: [
        { c: 'GOLDEN POT HOTPOT BUFFET' }, { c: 'GOLDEN POT F&B SDN BHD (1144556-P)' }, { c: 'GST ID: 002233445566' }, { c: 'G-12, JALAN PJU 7/3, 47800 PETALING JAYA' }, '-',
        ['Date : 2018-05-05 (Sat)', 'Time : 20:41'], ['Table: B07  Pax: 5', 'Bill: GP0505-0311'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(sc)], ['GST 6%', f2(gst)], ['Rounding Adjustment', f2(r2(total - incl))], { b: ['Grand Total', f2(total)] },
        ['Paid Amount (Cash)', f2(cash)], ['Change Amount', f2(r2(cash - total))], '-', { c: 'THANK YOU, PLEASE COME AGAIN' },
      ] };
    },
  },
  {
    id: 'sushi-conveyor-plates-svc-chg-10-service-tax-6-total-payable-visa-approval-mon-d-yyyy-caps', batch: 50, date: '2018-12-02', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A conveyor sushi restaurant after SST: plates by colour, green tea, "Svc Chg 10%", "Service Tax 6%", "Total Payable", a VISA slip with its approval code; "DEC 2, 2018 7:45PM".
      const it = priced([['RED PLATE', 6, 2.8], ['SILVER PLATE', 4, 4.8], ['GOLD PLATE', 2, 7.8], ['GREEN TEA (REFILL)', 2, 2.0]]);
      const sc = r2(it.total * 0.1), st = r2((it.total + sc) * 0.06), total = r2(it.total + sc + st);
      return { total, lines: [
        { c: 'KAITEN SUSHI HOUSE' }, { c: 'KAITEN DINING SDN BHD (1201223-W)' }, { c: 'SST ID: W10-1808-32000456' }, { c: 'LOT 3.21, LEVEL 3, MID VALLEY, 59200 KUALA LUMPUR' }, '-',
        'DEC 2, 2018 7:45PM', ['TBL 14', 'CHK 5521'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(sc)], ['Service Tax 6%', f2(st)], { b: ['Total Payable', f2(total)] }, '-',
        ['VISA', f2(total)], 'CARD NO: ************4417', 'APPROVAL CODE: 00A7Q2', '-', { c: 'ARIGATOU GOZAIMASU' },
      ] };
    },
  },
  {
    id: 'aluminium-glass-works-bill-by-hand-jumlah-besar-deposit-baki-dibayar-mastercard-hb-mac', batch: 50, date: '2019-03-14', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // An aluminium and glass works' bill written by hand: a sliding door and window grilles, "Jumlah Besar", a deposit paid earlier, "Baki Dibayar - MASTERCARD"; "Tarikh: 14hb Mac 2019".
      const it = priced([['PINTU GELANGSAR ALUMINIUM 8X7', 1, 1250.0], ['CERMIN TINTED 5MM', 2, 180.0], ['KERJA PASANG', 1, 240.0]]);
      const total = it.total, deposit = 500;
      return { total, lines: [
        { c: 'BENGKEL ALUMINIUM & KACA SINAR' }, { c: '(JM0441122-A)' }, { c: 'NO. 4, JALAN KENANGA 2, 75200 MELAKA' }, '-',
        { hand: ['Tarikh: 14hb Mac 2019', 'No. 0877'] }, { hand: ['Kepada: En. Rahim', ''] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2c(r.amount)] })), '-',
        { hand: ['Jumlah Besar', f2c(total)] }, { hand: ['Deposit', f2c(deposit)] }, { hand: ['Baki Dibayar - MASTERCARD', f2c(r2(total - deposit))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'langkawi-duty-free-chocolates-liquor-no-tax-total-due-myr-alipay-dd-mon-yyyy-slashes', batch: 50, date: '2019-02-28', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Langkawi duty-free shop (no sales tax on the island): chocolates, a bottle of wine, cigarettes, "Total Due (MYR)", Alipay; "Date: 28/Feb/2019 16:10".
      const it = priced([['CHOCOLATE GIFT TIN 500G', 2, 32.9], ['RED WINE 750ML', 1, 59.0], ['MACADAMIA NUTS 200G', 3, 18.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'PULAU DUTY FREE EMPORIUM' }, { c: 'PULAU RETAIL SDN BHD (998877-V)' }, { c: 'JALAN PANTAI CENANG, 07000 LANGKAWI, KEDAH' }, { c: 'DUTY FREE ISLAND - NO SST' }, '-',
        'Date: 28/Feb/2019 16:10', ['Receipt: PDF-02-8812', 'Counter 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Items: ' + it.qty, ''], { b: ['Total Due (MYR)', f2(total)] }, ['Alipay', f2(total)], 'Alipay Trans No: 2019022822001455', '-', { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  {
    id: 'private-hospital-outpatient-consult-exempt-medicine-gst-sr-amount-payable-by-patient-dd-mon-yyyy', batch: 50, date: '2017-08-03', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A private hospital's outpatient bill: a consultation exempt from GST, medicine standard-rated, "Total Bill", "Amount Payable by Patient", "Paid Amount (Cash)"; "Bill Date : 03-Aug-2017" over the admission's.
      const consult = 90, med = priced([['AMOXICILLIN 500MG X 21', 1, 28.0], ['PARACETAMOL 500MG X 20', 1, 6.0], ['THROAT LOZENGES', 1, 12.5]]);
      const gst = r2(med.total * 0.06), incl = r2(consult + med.total + gst), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'PUSAT PERUBATAN SERI MEDIKA' }, { c: 'SERI MEDIKA HEALTHCARE SDN BHD (776655-D)' }, { c: 'GST ID: 001122334455' }, { c: '1, JALAN PERUBATAN, 80100 JOHOR BAHRU' }, { c: 'OUTPATIENT BILL / TAX INVOICE' }, '-',
        ['Bill No : OP17-080312', 'Bill Date : 03-Aug-2017'], ['MRN : 00451278', 'Visit : 03-Aug-2017 09:12'], '-',
        ['CONSULTATION FEE (ES)', f2(consult)], ...med.rows.map((r) => [`${r.name} (SR)`, f2(r.amount)]), '-',
        ['Total Excl. GST', f2(r2(consult + med.total))], ['GST 6% (SR)', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], ['Total Bill', f2(total)], ['Less: Panel', '0.00'],
        { b: ['Amount Payable by Patient', f2(total)] }, ['Paid Amount (Cash)', f2(cash)], ['Balance Returned', f2(r2(cash - total))], '-', { c: 'GET WELL SOON' },
      ] };
    },
  },
  {
    id: 'prayer-goods-shop-joss-sticks-gst-incl-jumlah-besar-tunai-diterima-baki-dd-mm-yy-dots', batch: 50, date: '2018-02-08', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A prayer goods shop before the new year: joss sticks, candles, paper offerings, GST 6% included, "Jumlah Besar", "Tunai Diterima", "Baki"; "Tarikh: 08.02.18".
      const it = priced([['COLOK BESAR 1 KOTAK', 2, 15.0], ['LILIN MERAH SEPASANG', 3, 8.5], ['KERTAS SEMBAHYANG', 4, 6.0], ['LIMAU MANDARIN 1 KOTAK', 1, 45.0]]);
      const total = round5(it.total), gst = r2((it.total * 6) / 106), cash = 150;
      return { total, lines: [
        { c: 'KEDAI BARANG SEMBAHYANG HENG LEONG' }, { c: '(PG0556677-T)' }, { c: 'GST ID: 000778899001' }, { c: '88, LEBUH CHULIA, 10200 GEORGETOWN' }, '-',
        ['Tarikh: 08.02.18', 'Masa: 10:05'], 'No. Resit: HL-18-0298', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Pelarasan', f2(r2(total - it.total))], { b: ['Jumlah Besar', f2(total)] }, ['Tunai Diterima', f2(cash)], ['Baki', f2(r2(cash - total))], ['GST 6% termasuk', f2(gst)], '-', { c: 'GONG XI FA CAI' },
      ] };
    },
  },
  {
    id: 'thai-restaurant-service-charge-service-tax-6-rounding-adjustment-total-rm-tng-ewallet-date-weekday-after', batch: 50, date: '2018-12-15', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Thai restaurant: tom yam, green curry, mango sticky rice, "Service Charge 10%", "Service Tax 6%", "Rounding Adjustment", "Total (RM)", "TNG eWallet"; "15/12/2018 Sat 19:22".
      const it = priced([['TOM YAM SEAFOOD (M)', 1, 28.0], ['GREEN CURRY CHICKEN', 1, 18.9], ['PAD THAI', 2, 15.9], ['MANGO STICKY RICE', 2, 12.0], ['THAI ICED TEA', 3, 6.5]]);
      const sc = r2(it.total * 0.1), st = r2((it.total + sc) * 0.06), incl = r2(it.total + sc + st), total = round5(incl);
      return { total, lines: [
        { c: 'BAAN SIAM THAI KITCHEN' }, { c: 'BAAN SIAM RESOURCES (003344556-X)' }, { c: 'SST ID: B16-1809-31004455' }, { c: '21, JALAN TELAWI 3, BANGSAR, 59100 KUALA LUMPUR' }, '-',
        ['15/12/2018 Sat 19:22', 'T12'], 'Order# 4471  Server: NOK', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(sc)], ['Service Tax 6%', f2(st)], ['Rounding Adjustment', f2(r2(total - incl))], { b: ['Total (RM)', f2(total)] }, ['TNG eWallet', f2(total)], '-', { c: 'KHOP KHUN KA' },
      ] };
    },
  },
  {
    id: 'curtain-shop-made-to-measure-total-inclusive-gst-less-deposit-balance-due-cheque-dd-julai-yyyy', batch: 50, date: '2017-07-25', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A curtain shop's invoice for curtains made to measure: fabric by the metre, rails, sewing, "Total Inclusive GST", "Less: Deposit", "Balance Due" paid by cheque; "Tarikh: 25 Julai 2017".
      const it = priced([['BLACKOUT FABRIC (M)', 14, 28.0], ['SHEER VOILE (M)', 10, 16.5], ['CURTAIN RAIL 8FT', 2, 65.0], ['SEWING & HOOKS', 1, 180.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst), deposit = 400;
      return { total, lines: [
        { c: 'DEKO LANGSIR & HIASAN' }, { c: 'DEKO INTERIOR ENTERPRISE (KT0123987-M)' }, { c: 'GST ID: 001987654321' }, { c: '45, JALAN SULTAN ZAINAL ABIDIN, 20000 KUALA TERENGGANU' }, '-',
        ['Tarikh: 25 Julai 2017', 'Inv: DL-0725'], 'Pelanggan: Pn. Salmah', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Total Excl. GST', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['Total Inclusive GST', f2c(total)] }, ['Less: Deposit', `-${f2(deposit)}`], ['Balance Due', f2c(r2(total - deposit))], ['Cheque (PBB 004512)', f2c(r2(total - deposit))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'beer-wine-shop-total-incl-gst-voucher-and-cash-change-date-time-glued-dd-mm-yy', batch: 50, date: '2017-11-30', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A beer and wine shop: cans by the carton, a bottle of wine, "Total Incl. GST", a shop voucher and cash, "Change"; "Date:30/11/17 Time:21:05".
      const it = priced([['LAGER 320ML X 24', 2, 118.0], ['STOUT 320ML X 6', 1, 42.5], ['WHITE WINE 750ML', 1, 69.9]]);
      const total = round5(it.total), gst = r2((it.total * 6) / 106), voucher = 50, cash = 300;
      return { total, lines: [
        { c: 'CHEERS BEER & WINE CELLAR' }, { c: 'CHEERS TRADING (SA0334455-H)' }, { c: 'GST ID: 000445566778' }, { c: 'LOT 9, JALAN GAYA, 88000 KOTA KINABALU' }, '-',
        'Date:30/11/17 Time:21:05', ['Rcpt: CB-30117-88', 'POS 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Rounding', f2(r2(total - it.total))], { b: ['Total Incl. GST', f2(total)] }, ['Voucher', f2(voucher)], ['Cash', f2(cash)], ['Change', f2(r2(voucher + cash - total))], ['GST 6% incl.', f2(gst)], '-', { c: 'PLEASE DRINK RESPONSIBLY' },
      ] };
    },
  },
  {
    id: 'locksmith-key-cutting-lock-gst-6-rounding-adjustment-cash-tendered-dd-mm-yyyy-weekday-caps', batch: 50, date: '2017-10-09', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A locksmith: keys cut, a padlock, a door lock fitted, "GST 6%", "Rounding Adjustment", "Total", "Cash Tendered", "Change"; "09-10-2017 (MON) 11:20".
      const it = priced([['KEY CUTTING (HOUSE)', 4, 6.0], ['PADLOCK 50MM', 1, 28.5], ['DOOR LOCK SET', 1, 85.0], ['INSTALLATION', 1, 40.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'KUNCI PANTAS LOCKSMITH' }, { c: 'KUNCI PANTAS SERVICES (NS0223344-U)' }, { c: 'GST ID: 000667788990' }, { c: '3, JALAN DATO BANDAR TUNGGAL, 70000 SEREMBAN' }, '-',
        ['09-10-2017 (MON) 11:20', 'CS-10093'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding Adjustment', f2(r2(total - incl))], { b: ['Total', f2(total)] }, ['Cash Tendered', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 51 (held out: ramen, museums, hair salons, trains, airport kiosks, plumbers, building materials, yoga, souvenirs, bicycles)
  {
    id: 'sg-ramen-svc-chg-10-gst-7-total-visa-yyyy-mon-dd', batch: 51, date: '2018-03-04', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore ramen bar: bowls, gyoza, drinks, "Svc Chg 10%", "GST 7%" on both, "TOTAL", VISA; "Date: 2018-Mar-04 13:05".
      const it = priced([['TONKOTSU RAMEN', 2, 15.9], ['SPICY MISO RAMEN', 1, 16.9], ['GYOZA (5PCS)', 2, 6.9], ['OOLONG TEA', 3, 2.5]]);
      const sc = r2(it.total * 0.1), gst = r2((it.total + sc) * 0.07), total = r2(it.total + sc + gst);
      return { total, lines: [
        { c: 'MENYA HANABI' }, { c: 'HANABI NOODLE PTE LTD' }, { c: 'GST Reg No: 201512345K' }, { c: '1 Raffles Link #B1-22 S(039393)' }, '-',
        ['Date: 2018-Mar-04 13:05', 'Tbl 8'], 'Check: 20180304-0412', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(sc)], ['GST 7%', f2(gst)], { b: ['TOTAL', f2(total)] }, ['VISA ****2231', f2(total)], '-', { c: 'ARIGATO!' },
      ] };
    },
  },
  {
    id: 'sg-museum-tickets-audio-guide-total-s-gst-incl-mastercard-dd-mon-yyyy-comma-weekday', batch: 51, date: '2018-08-04', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore museum's counter: tickets, audio guides, a catalogue, "Total S$" with GST 7% included, Mastercard; "04 Aug 2018, Sat 11:32".
      const it = priced([['ADULT (SPECIAL EXHIBITION)', 2, 25.0], ['SENIOR (SPECIAL EXHIBITION)', 1, 17.0], ['AUDIO GUIDE', 2, 6.0], ['EXHIBITION CATALOGUE', 1, 35.0]]);
      const total = it.total, gst = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'HERITAGE ART MUSEUM' }, { c: 'HERITAGE ARTS LTD' }, { c: 'GST Reg No: 200301234M' }, { c: '9 Empress Place S(179556)' }, '-',
        ['04 Aug 2018, Sat 11:32', 'Counter 2'], 'Txn No: HAM-080418-0077', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total S$', f2(total)] }, ['Mastercard', f2(total)], ['GST 7% incl', f2(gst)], '-', { c: 'THANK YOU FOR VISITING' },
      ] };
    },
  },
  {
    id: 'sg-hair-salon-cut-colour-voucher-net-payable-nets-dd-month-yyyy-full', batch: 51, date: '2017-10-17', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Singapore hair salon: a cut, colour and treatment, "GST 7%" added, a birthday voucher off, "Net Payable", NETS; "Date: 17 October 2017".
      const it = priced([["LADIES' CUT & BLOW", 1, 48.0], ['FULL COLOUR', 1, 120.0], ['SCALP TREATMENT', 1, 58.0]]);
      const gst = r2(it.total * 0.07), gross = r2(it.total + gst), voucher = 20, total = r2(gross - voucher);
      return { total, lines: [
        { c: 'STRANDS HAIR STUDIO' }, { c: 'STRANDS HAIR PTE LTD' }, { c: 'GST Reg No: 201734567E' }, { c: '176 Orchard Road #04-35 S(238843)' }, '-',
        ['Date: 17 October 2017', '15:40'], ['Stylist: KEN', 'Inv: SH-10172'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['GST 7%', f2(gst)], ['Total', f2(gross)], ['Birthday Voucher', `-${f2(voucher)}`], { b: ['Net Payable', f2(total)] }, ['NETS', f2(total)], '-', { c: 'SEE YOU AGAIN!' },
      ] };
    },
  },
  {
    id: 'train-ticket-counter-malay-jumlah-tambang-tunai-baki-tarikh-beli-over-tarikh-perjalanan', batch: 51, date: '2019-06-12', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // An intercity train ticket counter in Malay: seats by class, "Jumlah Tambang", "Tunai", "Baki"; "Tarikh Beli: 12/06/2019" over "Tarikh Perjalanan: 15/06/2019".
      const it = priced([['DEWASA - KELAS EKONOMI', 2, 34.0], ['KANAK-KANAK - KELAS EKONOMI', 1, 17.0]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'KERETAPI ANTARA BANDAR' }, { c: 'RANGKAIAN REL NUSANTARA BHD (445566-K)' }, { c: 'STESEN SENTRAL, 50470 KUALA LUMPUR' }, '-',
        'Tarikh Beli: 12/06/2019 08:47', 'Tarikh Perjalanan: 15/06/2019', ['Dari: KL SENTRAL', 'Ke: IPOH'], ['Tren: ETS 9123', 'Koc C, Kerusi 11-13'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jumlah Tambang', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'SELAMAT MENAIKI' },
      ] };
    },
  },
  {
    id: 'airport-kiosk-snacks-gst-0-amount-due-myr-visa-dd-mon-yy-caps-dashes', batch: 51, date: '2018-06-21', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // An airport kiosk in the months of GST at 0%: a neck pillow, a charger cable, snacks, "GST @0%", "Amount Due (MYR)", VISA; "21-JUN-18 06:12".
      const it = priced([['TRAVEL NECK PILLOW', 1, 39.9], ['USB-C CABLE 1M', 1, 29.9], ['MINERAL WATER 600ML', 2, 3.5], ['CHOCOLATE BAR', 2, 5.9]]);
      const total = it.total;
      return { total, lines: [
        { c: 'SKYGATE TRAVEL ESSENTIALS' }, { c: 'SKYGATE RETAIL SDN BHD (1098765-D)' }, { c: 'GST ID: 002345678901' }, { c: 'GATE C, KLIA2, 64000 SEPANG' }, '-',
        ['21-JUN-18 06:12', 'REG 03'], 'RCPT 0621-00193', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST @0%', '0.00'], { b: ['Amount Due (MYR)', f2(total)] }, ['VISA', f2(total)], 'VISA ************8810  AUTH 552017', '-', { c: 'HAVE A SAFE FLIGHT' },
      ] };
    },
  },
  {
    id: 'plumber-labour-material-jumlah-cash-received-balance-bill-by-hand-dd-disember-yyyy', batch: 51, date: '2018-12-03', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A plumber's bill written by hand: labour and parts, no tax, "Jumlah", "Cash Received", "Balance"; "Tarikh: 3 Disember 2018".
      const it = priced([['TUKAR PAIP SINKI', 1, 80.0], ['INJAP BOLA 1/2"', 2, 22.0], ['UPAH KERJA', 1, 120.0]]);
      const total = it.total, cash = 250;
      return { total, lines: [
        { c: 'PAIP JAYA PLUMBING SERVICES' }, { c: '(SA0778812-P)' }, { c: 'NO. 2, LORONG SETIA 5, 41200 KLANG' }, '-',
        { hand: ['Tarikh: 3 Disember 2018', 'No. 0342'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, { hand: ['Cash Received', f2(cash)] }, { hand: ['Balance', f2(r2(cash - total))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'building-materials-cement-sand-delivery-total-amount-incl-gst-cheque-d-mon-yy-dashes', batch: 51, date: '2017-06-07', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A building materials supplier's cash sale: cement by the bag, sand by the lorry, bricks, a delivery charge, "Total Amount Incl. GST", a cheque; "Date: 7-Jun-17".
      const it = priced([['CEMENT 50KG', 40, 19.5], ['RIVER SAND (LORRY)', 1, 280.0], ['BRICKS (1000 PCS)', 2, 310.0], ['DELIVERY CHARGE', 1, 60.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'BINA TEGUH BUILDING MATERIALS' }, { c: 'BINA TEGUH SUPPLY SDN BHD (667788-X)' }, { c: 'GST ID: 001011223344' }, { c: 'LOT 1120, JALAN KAPAR, 42200 KAPAR, SELANGOR' }, '-',
        { c: 'CASH SALES' }, ['Date: 7-Jun-17', 'CS No: BT-17-06071'], 'Deliver to: Site Taman Meru', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Total Amount Excl. GST', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['Total Amount Incl. GST', f2c(total)] }, ['Cheque (MBB 100233)', f2c(total)], '-', { c: 'GOODS SOLD ARE NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'yoga-studio-class-pack-sst-6-total-incl-sst-grabpay-dd-mm-yyyy-dots-time', batch: 51, date: '2019-01-15', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A yoga studio: a class pack, a mat hired, a drink, "Service Tax 6%" on the classes, "Total (incl. SST)", GrabPay; "15.01.2019 18:30".
      const classes = 280, mat = 5, drink = 6.5;
      const st = r2((classes + mat) * 0.06), total = r2(classes + mat + drink + st);
      return { total, lines: [
        { c: 'LOTUS FLOW YOGA' }, { c: 'LOTUS FLOW WELLNESS SDN BHD (1187766-U)' }, { c: 'SST ID: W10-1901-32001188' }, { c: '2-1, JALAN MEDAN SETIA 1, BUKIT DAMANSARA, 50490 KUALA LUMPUR' }, '-',
        ['15.01.2019 18:30', 'Front Desk'], 'Member: LF-2207', '-',
        ['10-CLASS PACK', f2(classes)], ['MAT RENTAL', f2(mat)], ['COCONUT WATER', f2(drink)], '-',
        ['Subtotal', f2(r2(classes + mat + drink))], ['Service Tax 6%', f2(st)], { b: ['Total (incl. SST)', f2(total)] }, ['GrabPay', f2(total)], '-', { c: 'NAMASTE' },
      ] };
    },
  },
  {
    id: 'sg-souvenir-shop-gst-7-incl-cash-s-change-s-dd-mm-yyyy-dashes', batch: 51, date: '2018-03-12', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Singapore souvenir shop: key chains, magnets, a T-shirt, GST 7% included, "Sub-total", "Total", "Cash S$" and "Change S$"; "12-03-2018 17:55".
      const it = priced([['MERLION KEYCHAIN (3 FOR)', 2, 10.0], ['FRIDGE MAGNET', 4, 3.5], ['T-SHIRT "SINGAPORE"', 2, 15.0], ['KAYA JAM GIFT SET', 1, 18.9]]);
      const total = it.total, gst = r2((total * 7) / 107), cash = 100;
      return { total, lines: [
        { c: 'LION CITY GIFTS' }, { c: 'LION CITY SOUVENIRS PTE LTD' }, { c: 'GST Reg No: 200912345C' }, { c: '35 Pagoda Street S(059194)' }, '-',
        ['12-03-2018 17:55', 'Rcpt 003381'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub-total', f2(it.total)], { b: ['Total', f2(total)] }, ['Cash S$', f2(cash)], ['Change S$', f2(r2(cash - total))], ['Incl. GST 7%', f2(gst)], '-', { c: 'THANK YOU, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'bicycle-shop-parts-sst-10-total-payable-qrpay-dd-mm-yyyy-weekday', batch: 51, date: '2019-04-19', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A bicycle shop after SST: an inner tube, a chain, brake pads at sales tax 10%, a service at service tax 6%, "Total Payable", QRPay; "Date: 19/04/2019 Fri".
      const parts = priced([['INNER TUBE 700C', 2, 18.0], ['CHAIN 11 SPEED', 1, 95.0], ['BRAKE PADS (PAIR)', 2, 22.0]]), service = 45;
      const sales = r2(parts.total * 0.1), svc = r2(service * 0.06), incl = r2(parts.total + service + sales + svc), total = round5(incl);
      return { total, lines: [
        { c: 'KAYUH BICYCLE WORKS' }, { c: 'KAYUH CYCLES (JM0998877-V)' }, { c: 'SST ID: J31-1809-22004455' }, { c: '16, JALAN PERMAS 10, 81750 MASAI, JOHOR' }, '-',
        ['Date: 19/04/2019 Fri', '12:10'], ['Inv: KB-04191', 'Staff: ALI'], '-',
        ...parts.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['1 FULL SERVICE', f2(service)], '-',
        ['Subtotal', f2(r2(parts.total + service))], ['Sales Tax 10%', f2(sales)], ['Service Tax 6%', f2(svc)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Total Payable', f2(total)] }, ['Maybank QRPay', f2(total)], '-', { c: 'RIDE SAFE' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 52 (held out)
  {
    id: 'batik-shop-kota-bharu-gst-6-adj-bundar-jumlah-harga-bayaran-tunai-tarikh-resit', batch: 52, date: '2017-11-14', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Kota Bharu batik shop's till in Malay: sarongs and a shirt, "Jumlah Kecil", "GST 6%", "Adj Bundar", "Jumlah Harga", "Bayaran Tunai", "Baki"; "Tarikh Resit: 14/11/2017".
      const it = priced([['KAIN BATIK SARUNG', 3, 45.0], ['BAJU BATIK LELAKI', 1, 89.9], ['SELENDANG SUTERA', 1, 65.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 350;
      return { total, lines: [
        { c: 'BATIK SERI PANTAI' }, { c: 'SERI PANTAI TEKSTIL SDN BHD (402211-K)' }, { c: 'NO. GST: 000812345678' }, { c: 'LOT 12, JALAN PANTAI CAHAYA BULAN, 15350 KOTA BHARU' }, '-',
        { c: 'INVOIS CUKAI RINGKAS' }, ['Tarikh Resit: 14/11/2017', '16:40'], ['No. Resit: 0047712', 'Kaunter 1'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['GST 6%', f2(gst)], ['Adj Bundar', f2(r2(total - incl))], { b: ['Jumlah Harga', f2(total)] }, ['Bayaran Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  {
    id: 'pest-control-termite-treatment-service-tax-6-grand-amount-bank-card-dd-th-mon-yyyy', batch: 52, date: '2019-02-20', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A pest control firm's receipt after SST: a termite treatment and bait stations, "Service Tax 6%", "Grand Amount", "Bank Card (VISA)"; "Date: 20th Feb 2019" over the next visit's.
      const work = 380, bait = priced([['BAIT STATION', 6, 25.0]]);
      const st = r2((work + bait.total) * 0.06), total = r2(work + bait.total + st);
      return { total, lines: [
        { c: 'BUGSAFE PEST MANAGEMENT' }, { c: 'BUGSAFE SERVICES SDN BHD (1102233-W)' }, { c: 'SST No: B16-1809-31002277' }, { c: '27, JALAN PUTERI 4/2, 47100 PUCHONG' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Date: 20th Feb 2019', 'OR No: BS-2291'], 'Site: 14, Jln Kenari 8, Puchong', '-',
        ['TERMITE TREATMENT (SOIL)', f2(work)], ...bait.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(r2(work + bait.total))], ['Service Tax 6%', f2(st)], { b: ['Grand Amount', f2(total)] }, ['Bank Card (VISA)', f2(total)], 'Next Inspection: 20th May 2019', '-', { c: 'THANK YOU FOR YOUR BUSINESS' },
      ] };
    },
  },
  {
    id: 'foot-reflexology-sst-service-tax-6-total-amt-paid-amount-card-mon-dd-comma-yyyy-weekday', batch: 52, date: '2018-10-06', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A foot reflexology centre after SST: two sessions and an add-on, "Service Tax 6%", "Total Amt", "Paid Amount (Card)"; "Oct 06, 2018 (Sat)".
      const it = priced([['FOOT REFLEXOLOGY 60MIN', 2, 68.0], ['SHOULDER ADD-ON 15MIN', 1, 25.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st);
      return { total, lines: [
        { c: 'HAPPY FEET REFLEXOLOGY' }, { c: 'HAPPY FEET WELLNESS (SA0912233-D)' }, { c: 'SST ID: W10-1810-32005566' }, { c: 'G-08, JALAN SS 2/67, 47300 PETALING JAYA' }, '-',
        ['Oct 06, 2018 (Sat)', '21:15'], ['Bill: HF-10066', 'Therapist: 07, 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['Total Amt', f2(total)] }, ['Paid Amount (Card)', f2(total)], 'MASTER ***4417', '-', { c: 'RELAX. RECHARGE. RETURN.' },
      ] };
    },
  },
  {
    id: 'sundry-shop-kedai-runcit-no-tax-jum-tunai-baki-dd-mei-yyyy', batch: 52, date: '2017-05-09', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A village sundry shop's small till in Malay: rice, sugar, oil, eggs, "Jum.", "Tunai", "Baki"; "09 Mei 2017 08:12".
      const it = priced([['BERAS 10KG', 1, 32.5], ['GULA 1KG', 2, 2.85], ['MINYAK MASAK 2KG', 1, 12.9], ['TELUR GRED A (10)', 1, 4.6], ['ROTI GARDENIA', 1, 3.8]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'KEDAI RUNCIT PAK AWANG' }, { c: '(002233441-T)' }, { c: 'KG. PADANG LEMBU, 06000 JITRA, KEDAH' }, '-',
        ['09 Mei 2017 08:12', 'Resit 12881'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jum.', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'poultry-stall-wet-market-bill-by-hand-jumlah-dd-februari-yyyy', batch: 52, date: '2018-02-03', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A wet market poultry stall's bill written by hand (fresh chicken is zero-rated, no GST): chickens by the kilo, eggs, "Jumlah"; "3 Februari 2018".
      const it = priced([['AYAM SEGAR (KG)', 6, 8.5], ['AYAM KAMPUNG (EKOR)', 2, 38.0], ['TELUR AYAM (PAPAN)', 2, 12.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'GERAI AYAM AH KOW' }, { c: 'PASAR BESAR TAIPING, 34000 TAIPING' }, { c: 'TEL: 05-8071122' }, '-',
        { hand: ['3 Februari 2018', 'No. 0912'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'pawnshop-redemption-loan-faedah-gst-0-jumlah-bayaran-dd-mon-yyyy-dots-capitals', batch: 52, date: '2018-07-19', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A pawnshop's redemption under GST at 0% (June-August 2018): the loan, three months' interest ("Faedah"), a handling fee, "Jumlah Bayaran", cash; "19.JUL.2018" over the pledge's date.
      const loan = 1200, interest = r2(loan * 0.02 * 3), fee = 0.5, total = r2(loan + interest + fee), cash = 1300;
      return { total, lines: [
        { c: 'PAJAK GADAI SENTOSA SDN BHD' }, { c: '(611122-V)' }, { c: 'LESEN NO: PG 0182' }, { c: '88, JALAN IPOH, 51200 KUALA LUMPUR' }, '-',
        { c: 'RESIT TEBUS / REDEMPTION' }, ['19.JUL.2018', '11:32'], ['Tiket: KL-88102', 'Tarikh Gadai: 19.APR.2018'], '-',
        ['Pinjaman / Loan', f2c(loan)], ['Faedah 2% x 3 bln', f2(interest)], ['Caj Pengendalian', f2(fee)], ['GST @0%', '0.00'], '-',
        { b: ['Jumlah Bayaran', f2c(total)] }, ['Tunai', f2c(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'SILA SEMAK BARANG KEMAS ANDA' },
      ] };
    },
  },
  {
    id: 'arcade-game-tokens-card-reload-sst-6-total-kad-debit-yyyy-mm-dd-dots', batch: 52, date: '2019-06-01', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // An arcade's counter after SST: a game card reload with bonus credit, tokens, "Service Tax 6%", "Total", "Kad Debit"; "2019.06.01 20:14".
      const it = priced([['GAME CARD RELOAD RM50', 2, 50.0], ['TOKEN x 20', 1, 20.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st);
      return { total, lines: [
        { c: 'FUNZONE ARCADE' }, { c: 'FUNZONE AMUSEMENT SDN BHD (990011-A)' }, { c: 'SST ID: W10-1808-31009911' }, { c: 'LOT 3-22, AEON MALL SEREMBAN 2, 70300 SEREMBAN' }, '-',
        ['2019.06.01 20:14', 'POS 2'], 'Card No: FZ-0039918  Bonus: 15 credits', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['Total', f2(total)] }, ['Kad Debit', f2(total)], '-', { c: 'NO REFUND ON GAME CREDITS' },
      ] };
    },
  },
  {
    id: 'penang-hostel-dorm-nights-tourism-tax-service-tax-total-charges-card-receipt-date-dd-mon-yyyy', batch: 52, date: '2018-12-28', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A George Town hostel after SST: dorm beds for three nights, "Service Tax 6%", a Tourism Tax of RM10 a night per room, "Total Charges", "Paid Amount (Card)"; "Receipt Date: 28-Dec-2018" under check-in and check-out.
      const nights = 3, bed = 45, beds = 2, room = r2(nights * bed * beds), st = r2(room * 0.06), ttx = 10 * nights, total = r2(room + st + ttx);
      return { total, lines: [
        { c: 'LEBUH ARMENIAN BACKPACKERS' }, { c: 'ARMENIAN STAYS (PG0778812-A)' }, { c: 'SST ID: P11-1809-32001177' }, { c: '21, LEBUH ARMENIAN, 10200 GEORGE TOWN, PENANG' }, '-',
        'Guest: Ms. L. Novak', ['Check-in: 25-Dec-2018', 'Check-out: 28-Dec-2018'], ['Receipt Date: 28-Dec-2018', 'No: LA-5521'], '-',
        [`DORM BED x${beds} x ${nights} NIGHTS`, f2(room)], ['Service Tax 6%', f2(st)], [`Tourism Tax (RM10 x ${nights})`, f2(ttx)], '-',
        { b: ['Total Charges', f2(total)] }, ['Paid Amount (Card)', f2(total)], 'VISA ************2031', '-', { c: 'SAFE TRAVELS!' },
      ] };
    },
  },
  {
    id: 'lighting-shop-chandelier-gst-6-total-incl-gst-kad-kredit-dd-mm-yyyy-weekday', batch: 52, date: '2017-08-22', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A lighting shop: a chandelier, LED downlights, a fan, "Total Excl GST", "GST 6%", "Total Incl GST" over a thousand, "Kad Kredit"; "22/08/2017 (Tue)".
      const it = priced([['CHANDELIER CRYSTAL 8L', 1, 850.0], ['LED DOWNLIGHT 12W', 12, 18.9], ['CEILING FAN 56" 5B', 1, 329.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'TERANG LIGHTING CENTRE' }, { c: 'TERANG ELECTRICAL TRADING (JM0445566-P)' }, { c: 'GST ID: 002233445566' }, { c: '5, JALAN MOLEK 1/10, TAMAN MOLEK, 81100 JOHOR BAHRU' }, '-',
        { c: 'TAX INVOICE' }, ['22/08/2017 (Tue)', '14:50'], ['Inv: TL-170822-07', 'Salesman: KEN'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Total Excl GST', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['Total Incl GST', f2c(total)] }, ['Kad Kredit', f2c(total)], 'VISA ****8832 APPR 771203', '-', { c: 'WARRANTY 1 YEAR WITH RECEIPT' },
      ] };
    },
  },
  {
    id: 'laksa-stall-food-court-no-tax-jumlah-rm-boost-dd-mon-yy', batch: 52, date: '2019-09-15', style: { font: 'condensed', size: 13 }, degrade: 'photo',
    build() {
      // A food court's laksa stall, no tax: two bowls, drinks, "Jumlah (RM)", Boost; "15 Sep 19 12:48".
      const it = priced([['ASAM LAKSA (B)', 2, 9.5], ['LAKSA LEMAK', 1, 10.0], ['AIS KACANG', 1, 6.0], ['TEH O AIS LIMAU', 2, 3.2]]);
      const total = it.total;
      return { total, lines: [
        { c: 'LAKSA MAK LONG' }, { c: 'STALL 14, MEDAN SELERA PANTAI' }, { c: '(001122334-M)' }, { c: 'JALAN PANTAI, 06700 PENDANG' }, '-',
        ['15 Sep 19 12:48', 'Meja 08'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jumlah (RM)', f2(total)] }, ['Boost', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 53 (held out)
  {
    id: 'sg-bridal-boutique-gown-rental-deposit-balance-paid-gst-7-amex-dd-th-month-yyyy', batch: 53, date: '2018-03-05', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore bridal boutique's final receipt: a gown package, alterations, GST 7% on them, "Total (S$)", "Less Deposit Paid", "Balance Paid" by AMEX; "5th March 2018" over the deposit's date.
      const pkg = 1880, alter = 120, gst = r2((pkg + alter) * 0.07), total = r2(pkg + alter + gst), deposit = 800;
      return { total, lines: [
        { c: 'EVER AFTER BRIDAL' }, { c: 'EVER AFTER BRIDAL PTE LTD' }, { c: 'GST Reg No: 201188776K' }, { c: '56 Tanjong Pagar Road S(088480)' }, '-',
        { c: 'TAX INVOICE / RECEIPT' }, ['Date: 5th March 2018', 'Inv: EA-18-0305'], 'Deposit received 14th Jan 2018', '-',
        ['GOWN & SUIT PACKAGE', f2c(pkg)], ['ALTERATIONS', f2(alter)], '-',
        ['Sub-Total', f2c(r2(pkg + alter))], ['GST 7%', f2(gst)], { b: ['Total (S$)', f2c(total)] }, ['Less Deposit Paid', f2(deposit)], ['Balance Paid (AMEX)', f2c(r2(total - deposit))], '-', { c: 'CONGRATULATIONS!' },
      ] };
    },
  },
  {
    id: 'sg-vegetarian-restaurant-svc-chrg-10-gst-7-total-payable-s-nets-flashpay-dd-mon-yyyy-weekday', batch: 53, date: '2019-03-18', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore vegetarian restaurant: "Svc. Chrg 10%" and "GST 7%" on both, "Total Payable (S$)", NETS FlashPay; "18-Mar-2019 (Mon) 12:41".
      const it = priced([['MONKEY HEAD MUSHROOM', 1, 16.8], ['BRAISED BEANCURD', 1, 12.8], ['VEG FRIED BEE HOON', 2, 8.5], ['BARLEY (JUG)', 1, 6.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'LOTUS LEAF VEGETARIAN' }, { c: 'LOTUS LEAF F&B PTE LTD' }, { c: 'GST Reg No: M2-0098877-1' }, { c: '231 Bain Street #01-31 S(180231)' }, '-',
        ['18-Mar-2019 (Mon) 12:41', 'Table 6'], ['Pax: 3', 'Chk 2207'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc. Chrg 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['Total Payable (S$)', f2(total)] }, ['NETS FlashPay', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'banana-leaf-restaurant-service-tax-6-adj-bundar-total-bill-mae-qr-tarikh-bil', batch: 53, date: '2019-07-07', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A banana leaf restaurant after SST: rice sets, fish head curry, "Service Tax 6%", "Adj Bundar", "Total Bill", MAE QR; "Tarikh Bil: 07/07/2019".
      const it = priced([['BANANA LEAF RICE SET', 3, 9.5], ['FISH HEAD CURRY (M)', 1, 38.0], ['MUTTON PERATAL', 1, 14.0], ['MANGO LASSI', 3, 6.5]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl);
      return { total, lines: [
        { c: 'SRI MURUGAN BANANA LEAF' }, { c: 'MURUGAN CATERING (PG0551122-T)' }, { c: 'SST ID: P11-1809-31004422' }, { c: '110, JALAN TANJUNG BUNGA, 11200 PENANG' }, '-',
        ['Tarikh Bil: 07/07/2019', '13:27'], ['Bil No: 41128', 'Meja: 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Tax 6%', f2(st)], ['Adj Bundar', f2(r2(total - incl))], { b: ['Total Bill', f2(total)] }, ['MAE QR', f2(total)], '-', { c: 'NANDRI, SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'mattress-shop-gst-6-total-less-deposit-balance-ezypay-instalment-dd-mon-yyyy-caps', batch: 53, date: '2018-04-15', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A mattress shop: a king mattress and pillows, "GST 6%", "Grand Total" over a thousand, "Less Deposit", the balance by a card's 0% instalment plan; "15 APR 2018".
      const it = priced([['POCKET SPRING MATTRESS KING', 1, 2380.0], ['LATEX PILLOW', 2, 129.0], ['MATTRESS PROTECTOR K', 1, 99.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst), deposit = 300;
      return { total, lines: [
        { c: 'DREAMWELL BEDDING GALLERY' }, { c: 'DREAMWELL HOME SDN BHD (871122-D)' }, { c: 'GST ID: 001998877665' }, { c: 'LOT 2.14, IOI MALL, 43300 SERI KEMBANGAN' }, '-',
        { c: 'TAX INVOICE' }, ['15 APR 2018', '17:05'], ['Inv: DW-0415-022', 'Delivery: 21 APR 2018'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Total Excl GST', f2c(it.total)], ['GST 6%', f2(gst)], { b: ['Grand Total', f2c(total)] }, ['Less Deposit', f2(deposit)], ['Balance - EzyPay 12 mths', f2c(r2(total - deposit))], '-', { c: 'GOODS SOLD ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'tile-shop-floor-tiles-by-carton-gst-6-nett-amount-cheque-yyyy-mm-dd', batch: 53, date: '2017-09-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A tile shop's cash sale: floor and wall tiles by the carton, grout, a trade discount, "GST 6%", "Nett Amount", a cheque; "Date: 2017-09-03".
      const it = priced([['FLOOR TILE 600X600 (CTN)', 24, 42.0], ['WALL TILE 300X600 (CTN)', 18, 36.5], ['TILE GROUT 5KG', 6, 14.0]]);
      const disc = r2(it.total * 0.05), net = r2(it.total - disc), gst = r2(net * 0.06), total = r2(net + gst);
      return { total, lines: [
        { c: 'KUALITI TILES & SANITARY' }, { c: 'KUALITI JUBIN SDN BHD (334455-U)' }, { c: 'GST ID: 000566778899' }, { c: '12, JALAN TPK 2/8, 47000 SUNGAI BULOH' }, '-',
        { c: 'CASH SALE' }, ['Date: 2017-09-03', 'CS-0903-18'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Gross', f2c(it.total)], ['Trade Disc 5%', `-${f2(disc)}`], ['GST 6%', f2(gst)], { b: ['Nett Amount', f2c(total)] }, ['Cheque PBB 004512', f2c(total)], '-', { c: 'CHECK GOODS BEFORE LEAVING' },
      ] };
    },
  },
  {
    id: 'catering-buffet-50-pax-tent-service-charge-10-gst-6-kad-debit-dd-mm-yy', batch: 53, date: '2017-12-02', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A caterer's receipt for a buffet of 50: per head, a tent, "Service Charge 10%" and "GST 6%" on both, "Total", "Kad Debit"; "Tarikh: 02/12/17" over the event's date.
      const food = r2(50 * 28), tent = 250, svc = r2(food * 0.1), gst = r2((food + tent + svc) * 0.06), total = r2(food + tent + svc + gst);
      return { total, lines: [
        { c: 'SELERA KAMPUNG CATERING' }, { c: 'SELERA KAMPUNG ENTERPRISE (SA0334455-K)' }, { c: 'GST ID: 002001122334' }, { c: 'NO. 9, JALAN BANGI LAMA, 43000 KAJANG' }, '-',
        { c: 'RESIT RASMI' }, ['Tarikh: 02/12/17', 'No: SK-1202'], 'Majlis: 09/12/17, Dewan Seri Kajang', '-',
        ['BUFFET 50 PAX @ 28.00', f2c(food)], ['KHEMAH & MEJA', f2(tent)], '-',
        ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], { b: ['Total', f2c(total)] }, ['Kad Debit', f2c(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'kindergarten-monthly-fees-no-tax-jumlah-yuran-pindahan-bank-tarikh-dd-mm-yyyy', batch: 53, date: '2019-01-02', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A kindergarten's receipt in Malay, no tax: monthly fees, a meal plan, books, "Jumlah Yuran", paid by bank transfer ("Pindahan Bank"); "Tarikh: 02/01/2019".
      const fee = 380, meals = 120, books = 85.5, total = r2(fee + meals + books);
      return { total, lines: [
        { c: 'TADIKA CERIA BESTARI' }, { c: 'CERIA BESTARI EDUCATION (KT0112233-H)' }, { c: 'NO. 3, JALAN SURIA 2, 20300 KUALA TERENGGANU' }, '-',
        { c: 'RESIT BAYARAN' }, ['Tarikh: 02/01/2019', 'Resit: CB-19-0011'], 'Murid: Nur Aisyah (5 thn)  Bulan: Januari 2019', '-',
        ['YURAN BULANAN', f2(fee)], ['PELAN MAKANAN', f2(meals)], ['BUKU & ALAT TULIS', f2(books)], '-',
        { b: ['Jumlah Yuran', f2(total)] }, ['Pindahan Bank', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'cendol-dessert-stall-no-tax-jumlah-wang-diterima-baki-weekday-d-m-yy', batch: 53, date: '2019-04-21', style: { font: 'mono', size: 13 }, degrade: 'photo',
    build() {
      // A cendol and dessert stall's small till, no tax: bowls of cendol, ABC, pulut, "Jumlah", "Wang Diterima", "Baki"; "Sun 21/4/19 15:02".
      const it = priced([['CENDOL PULUT', 3, 4.5], ['AIS KACANG ABC', 2, 5.0], ['CENDOL DURIAN', 1, 7.5]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'CENDOL JONKER ASLI' }, { c: '(MA0223344-X)' }, { c: '45, JALAN HANG JEBAT, 75200 MELAKA' }, '-',
        ['Sun 21/4/19 15:02', '#0331'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jumlah', f2(total)] }, ['Wang Diterima', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'helmet-motorcycle-accessories-sales-tax-10-total-vcash-yyyy-mm-dd-slashes-time', batch: 53, date: '2018-10-27', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A motorcycle accessories shop after SST: a helmet, gloves, a rain coat, "Sales Tax 10%", "Rounding", "Total", Vcash; "2018/10/27 15:20".
      const it = priced([['HELMET FULL FACE (M)', 1, 239.0], ['RIDING GLOVES', 1, 45.0], ['BAJU HUJAN 2PC', 1, 38.0]]);
      const tax = r2(it.total * 0.1), incl = r2(it.total + tax), total = round5(incl);
      return { total, lines: [
        { c: 'MOTO GEAR AUTO ACCESSORIES' }, { c: 'MOTO GEAR TRADING (001998822-U)' }, { c: 'SST ID: B16-1809-21008833' }, { c: '4, JALAN BESAR, 35900 TANJUNG MALIM' }, '-',
        ['2018/10/27 15:20', 'Rcpt MG-102718'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Sales Tax 10%', f2(tax)], ['Rounding', f2(r2(total - incl))], { b: ['Total', f2(total)] }, ['Vcash', f2(total)], '-', { c: 'RIDE SAFE' },
      ] };
    },
  },
  {
    id: 'garden-nursery-plants-zr-pots-sr-gst-summary-total-sales-incl-gst-pay-amt-cash-dd-month-yyyy-caps', batch: 53, date: '2018-03-27', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A garden nursery: live plants zero-rated, pots and soil at 6%, a GST summary, "Total Sales (Incl GST)", "Pay Amt", "Cash", "Change"; "27 MARCH 2018".
      const plants = priced([['BOUGAINVILLEA (Z)', 3, 18.0], ['ORKID DENDROBIUM (Z)', 2, 25.0]]), goods = priced([['POT TANAH LIAT 12" (S)', 3, 15.0], ['TANAH HITAM 25KG (S)', 2, 8.5]]);
      const gst = r2(goods.total * 0.06), total = r2(plants.total + goods.total + gst), cash = 200;
      return { total, lines: [
        { c: 'TAMAN HIJAU NURSERY' }, { c: 'HIJAU LANDSKAP ENTERPRISE (NS0776611-A)' }, { c: 'GST ID: 001556677889' }, { c: 'BATU 3, JALAN SEREMBAN-TAMPIN, 70450 SEREMBAN' }, '-',
        ['27 MARCH 2018', '10:05'], ['Rcpt: TH-0327-08', 'Cashier: SITI'], '-',
        ...[...plants.rows, ...goods.rows].map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total Sales (Incl GST)', f2(total)] }, ['Pay Amt', f2(total)], ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        'GST Summary', ['S @6%', f2(goods.total), f2(gst)], ['Z @0%', f2(plants.total), '0.00'], '-', { c: 'HAPPY GARDENING' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 54 (held out: claypot, Korean barbecue, school uniforms, beauty salons, bird's nest, swimming lessons, fishmongers, vape shops, water filters, opticians)
  {
    id: 'claypot-chicken-rice-sst-6-rounding-jumlah-dibayar-tunai-baki-tarikh-masa-dd-mm-yyyy-malay-weekday', batch: 54, date: '2019-09-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A claypot chicken rice shop after SST: "SST (6%)", "Rounding Adj", "Jumlah Dibayar", "Tunai", "Baki"; "Tarikh & Masa: 14/09/2019 (Sabtu) 19:42".
      const it = priced([['CLAYPOT AYAM (BESAR)', 2, 18.5], ['SAYUR KAILAN IKAN MASIN', 1, 12.0], ['SUP LOBAK', 1, 8.0], ['TEH O AIS LIMAU', 3, 2.8]]);
      const sst = r2(it.total * 0.06), incl = r2(it.total + sst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'RESTORAN PERIUK TANAH HENG' }, { c: 'HENG KEE CLAYPOT (JM0881234-P)' }, { c: 'SST ID: J31-1808-32001177' }, { c: '22, JALAN PASAR BARU, 84000 MUAR, JOHOR' }, '-',
        'Tarikh & Masa: 14/09/2019 (Sabtu) 19:42', ['Bil: 0091422', 'Meja: B3'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['SST (6%)', f2(sst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['Jumlah Dibayar', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, SILA DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'korean-bbq-service-charge-10-service-tax-6-rounding-adjustment-grand-total-bayaran-kad-visa-mon-dth-comma-yyyy-pm', batch: 54, date: '2018-09-04', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Korean barbecue restaurant in the first week of SST: "Service Charge 10%", "Service Tax 6%" on both, "Rounding Adjustment", "Grand Total", "Bayaran Kad - VISA"; "Sep 4th, 2018 8:15 p.m.".
      const it = priced([['PORK BELLY SET (2 PAX)', 2, 58.0], ['KIMCHI PANCAKE', 1, 22.0], ['BIBIMBAP DOLSOT', 1, 24.0], ['SOJU ORIGINAL', 2, 28.0]]);
      const svc = r2(it.total * 0.1), st = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + st), total = round5(incl);
      return { total, lines: [
        { c: 'SEOUL GARDEN GRILL HOUSE' }, { c: 'HANMI F&B SDN BHD (1188776-W)' }, { c: 'SST ID: W10-1808-31009911' }, { c: 'G-12, JALAN SS 15/4, 47500 SUBANG JAYA' }, '-',
        'Sep 4th, 2018 8:15 p.m.', ['Check: 30418', 'Table: 7  Pax: 5'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(st)], ['Rounding Adjustment', f2(r2(total - incl))],
        { b: ['Grand Total', f2(total)] }, ['Bayaran Kad - VISA', f2(total)], 'VISA ************4471  APPR 552018', '-', { c: 'GAMSAHAMNIDA!' },
      ] };
    },
  },
  {
    id: 'school-uniform-shop-gst-included-total-inclusive-gst-amt-received-change-tarikh-transaksi-dd-mm-yyyy-dots', batch: 54, date: '2018-01-03', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A school uniform shop at the start of the school year, prices GST-inclusive: "Total Inclusive GST", "Amt Received", "Change", the GST in it below; "Tarikh Transaksi: 03.01.2018".
      const it = priced([['BAJU SEKOLAH PUTIH (M)', 3, 24.9], ['SELUAR PANJANG BIRU (30)', 2, 32.9], ['TALI LEHER SEKOLAH', 2, 8.5], ['STOKING PUTIH 3 PASANG', 1, 12.0]]);
      const total = it.total, gstIn = r2((total * 6) / 106), cash = 200;
      return { total, lines: [
        { c: 'KEDAI PAKAIAN SEKOLAH CEMERLANG' }, { c: 'CEMERLANG UNIFORM TRADING (PG0554411-D)' }, { c: 'GST ID: 001223344556' }, { c: '31, JALAN KAMPUNG GAJAH, 12200 BUTTERWORTH' }, '-',
        'Tarikh Transaksi: 03.01.2018', ['No. Resit: CU-18-00412', 'Juruwang: AINA'], '-',
        ...it.rows.flatMap((r) => [r.name, [`  ${r.qty} x ${f2(r.price)}`, f2(r.amount)]]), '-',
        { b: ['Total Inclusive GST', f2(total)] }, ['Amt Received', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        `GST 6% included: ${f2(gstIn)}`, '-', { c: 'BARANG YANG DIJUAL TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  {
    id: 'beauty-salon-facial-sst-6-total-inclusive-sst-cash-voucher-bayaran-kad-malay-weekday-dd-mon-yyyy', batch: 54, date: '2018-11-12', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A beauty salon after SST: facial and brows, "SST 6%", "Total Inclusive SST", part paid by a "Cash Voucher", the rest "Bayaran Kad"; "Isnin, 12 Nov 2018".
      const it = priced([['HYDRA FACIAL 60MIN', 1, 168.0], ['EYEBROW THREADING', 1, 25.0], ['EYELASH TINT', 1, 35.0]]);
      const sst = r2(it.total * 0.06), total = r2(it.total + sst), voucher = 50;
      return { total, lines: [
        { c: 'BELLA ROSE BEAUTY STUDIO' }, { c: 'BELLA ROSE WELLNESS (SA0778812-X)' }, { c: 'SST ID: B16-1809-22004411' }, { c: '2-1, JALAN KENARI 5, 47100 PUCHONG' }, '-',
        ['Isnin, 12 Nov 2018', '15:32'], ['Resit: BR-1112-07', 'Therapist: MEI'], '-',
        ...it.rows.map((r) => [r.name, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['SST 6%', f2(sst)], { b: ['Total Inclusive SST', f2(total)] }, ['Cash Voucher', f2(voucher)], ['Bayaran Kad', f2(r2(total - voucher))], '-', { c: 'SEE YOU AGAIN, BEAUTIFUL!' },
      ] };
    },
  },
  {
    id: 'birds-nest-shop-gst-6-grand-total-wechat-pay-dd-okt-yyyy-malay-short-month', batch: 54, date: '2017-10-25', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // An Ipoh bird's nest shop: boxes by weight, "GST 6%", "Grand Total", WeChat Pay; "25-Okt-2017" (the Malay short October).
      const it = priced([['WHITE NEST (50G BOX)', 2, 298.0], ['NEST STRIPS (38G)', 1, 158.0], ['BOTTLED NEST DRINK 6S', 2, 48.0]]);
      const gst = r2(it.total * 0.06), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'SARANG EMAS BIRD NEST' }, { c: 'SARANG EMAS TRADING (AA0223399-M)' }, { c: 'GST ID: 000887766554' }, { c: '8, JALAN LEONG SIN NAM, 30300 IPOH, PERAK' }, '-',
        { c: 'TAX INVOICE' }, ['25-Okt-2017', '11:08'], ['Inv: SE-171025-03', 'Cashier: 02'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Total Excl GST', f2(it.total)], ['GST 6%', f2(gst)], { b: ['Grand Total', f2c(total)] }, ['WeChat Pay', f2c(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'swimming-lessons-no-tax-jumlah-dibayar-fpx-online-transfer-dd-dis-yyyy-malay-short-month', batch: 54, date: '2018-12-14', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A swimming school's receipt, no tax: a term of lessons, a cap and goggles, "Jumlah Dibayar", FPX online transfer; "Tarikh: 14 Dis 2018" (the Malay short December).
      const term = 320, cap = 18, goggles = 35, total = r2(term + cap + goggles);
      return { total, lines: [
        { c: 'AKADEMI RENANG AKUA' }, { c: 'AKUA SPORTS ACADEMY (SGR1122334-T)' }, { c: 'KOMPLEKS AKUATIK, 40000 SHAH ALAM' }, '-',
        { c: 'RESIT' }, ['Tarikh: 14 Dis 2018', 'Resit: AA-1812-088'], 'Pelajar: Daniel Lim  Kelas: Sabtu 9am', '-',
        ['YURAN 10 KELAS (JAN-MAC)', f2(term)], ['TOPI RENANG', f2(cap)], ['GOGEL', f2(goggles)], '-',
        { b: ['Jumlah Dibayar', f2(total)] }, ['FPX Online Transfer', f2(total)], '-', { c: 'JUMPA DI KOLAM!' },
      ] };
    },
  },
  {
    id: 'fishmonger-wet-market-bill-by-hand-no-tax-jumlah-tunai-baki-d-m-yy', batch: 54, date: '2018-03-18', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A fishmonger's bill written by hand at a wet market (fresh fish zero-rated, no tax line): "Jumlah", "Tunai", "Baki"; "18/3/18".
      const it = priced([['IKAN KEMBUNG 1.5KG', 1, 21.0], ['UDANG HARIMAU 0.8KG', 1, 56.0], ['SOTONG 1KG', 1, 28.0]]);
      const total = it.total, cash = 120;
      return { total, lines: [
        { c: 'GERAI IKAN SEGAR AH SENG' }, { c: 'PASAR BESAR SIBU, 96000 SIBU' }, '-',
        { hand: ['18/3/18', 'No. 2214'] }, '-',
        ...it.rows.map((r) => ({ hand: [r.name, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, { hand: ['Tunai', f2(cash)] }, { hand: ['Baki', f2(r2(cash - total))] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'vape-shop-sales-tax-10-total-shopeepay-dd-mm-yyyy-time-pm-dots', batch: 54, date: '2019-03-08', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A vape shop after SST: a device and liquids, "Sales Tax 10%", "Rounding", "Total", ShopeePay; "08/03/2019 09:14 p.m.".
      const it = priced([['POD DEVICE KIT', 1, 89.0], ['E-LIQUID 30ML MANGO', 2, 35.0], ['REPLACEMENT POD 2S', 1, 22.0]]);
      const tax = r2(it.total * 0.1), incl = r2(it.total + tax), total = round5(incl);
      return { total, lines: [
        { c: 'CLOUD NINE VAPE STORE' }, { c: 'CLOUD NINE VENTURES (002887711-V)' }, { c: 'SST ID: W10-1808-21003344' }, { c: '17, JALAN SETIA PRIMA, 40170 SHAH ALAM' }, '-',
        ['08/03/2019 09:14 p.m.', 'POS 1'], ['Rcpt: CN0308019', 'Staff: JOE'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Sales Tax 10%', f2(tax)], ['Rounding', f2(r2(total - incl))], { b: ['Total', f2(total)] }, ['ShopeePay', f2(total)], '-', { c: 'MUST BE 18+ TO PURCHASE' },
      ] };
    },
  },
  {
    id: 'water-filter-installation-service-tax-6-total-due-less-deposit-balance-cheque-ddnd-mon-yyyy', batch: 54, date: '2018-10-22', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A water filter firm's receipt after SST: a filter unit and its installation, "Service Tax 6%" on the installation only, "Total Due", "Less: Deposit", "Balance Paid (Cheque)"; "Date : 22nd Oct 2018".
      const unit = 1280, install = 150, st = r2(install * 0.06), total = r2(unit + install + st), deposit = 200;
      return { total, lines: [
        { c: 'PURE FLOW WATER SYSTEMS' }, { c: 'PURE FLOW ENGINEERING SDN BHD (990011-A)' }, { c: 'SST ID: B16-1809-32007766' }, { c: '5, JALAN PERMAS 10/2, 81750 JOHOR BAHRU' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Date : 22nd Oct 2018', 'OR-18-1022'], 'Site: 12 Jln Bayu 3, Permas Jaya', '-',
        ['OUTDOOR FILTER UNIT PF-900', f2c(unit)], ['INSTALLATION & PIPING', f2(install)], '-',
        ['Service Tax 6% (installation)', f2(st)], { b: ['Total Due', f2c(total)] }, ['Less: Deposit', f2(deposit)], ['Balance Paid (Cheque)', f2c(r2(total - deposit))], '-', { c: 'WARRANTY 2 YEARS FROM INSTALLATION' },
      ] };
    },
  },
  {
    id: 'sg-optician-spectacles-gst-7-included-less-deposit-balance-paynow-weekday-dd-mm-yyyy', batch: 54, date: '2018-06-02', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore optician's collection receipt, prices GST-inclusive: frame, lenses, "Total (GST incl.)", "Less: Deposit", "Balance" by PayNow; "Sat, 02/06/2018".
      const frame = 268, lens = 380, total = r2(frame + lens), gstIn = r2((total * 7) / 107), deposit = 200;
      return { total, lines: [
        { c: 'CLEARVIEW OPTICAL' }, { c: 'CLEARVIEW OPTICAL PTE LTD' }, { c: 'GST Reg No: 201455667W' }, { c: '304 Orchard Road #03-18 S(238863)' }, '-',
        ['Sat, 02/06/2018', '16:40'], ['Job: CV-8821', 'Ordered 26/05/2018'], '-',
        ['FRAME TITANIUM TF-22', f2(frame)], ['LENS 1.67 BLUE CUT (PR)', f2(lens)], '-',
        { b: ['Total (GST incl.)', f2(total)] }, ['Less: Deposit', f2(deposit)], ['Balance - PayNow', f2(r2(total - deposit))], `GST 7% included: ${f2(gstIn)}`, '-', { c: 'THANK YOU FOR CHOOSING CLEARVIEW' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 55 (held out: durian stalls, funeral parlours, Sodexo vouchers, season parking, Ramadan bazaars, Western grills, zi char, phone repairs, night markets, gift vouchers)
  {
    id: 'durian-stall-by-weight-no-tax-jumlah-boost-malay-weekday-dd-mm-yyyy', batch: 55, date: '2018-07-22', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A roadside durian stall's small till, no tax: durians by the kilo, "Jumlah", Boost; "Ahad 22/07/2018".
      const it = priced([['MUSANG KING (KG)', 2.4, 45.0], ['D24 (KG)', 1.8, 22.0], ['AIR MINERAL', 2, 1.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'DURIAN RUNTUH PAK LONG' }, { c: '(PHG0334455-U)' }, { c: 'KM 12, JALAN KARAK-BENTONG, 28700 BENTONG' }, '-',
        ['Ahad 22/07/2018', '17:26'], ['Resit #0412', ''], '-',
        ...it.rows.map((r) => [`${r.name} x ${r.qty}`, f2(r.amount)]), '-',
        { b: ['Jumlah', f2(total)] }, ['Boost', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'funeral-parlour-service-tax-6-total-less-deposit-baki-dibayar-tunai-tarikh-dd-mm-yyyy', batch: 55, date: '2018-11-11', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A funeral parlour's final receipt after SST: a casket, the hall, services at "Service Tax 6%", "Total", "Less Deposit", "Baki Dibayar - Tunai"; "Tarikh: 11/11/2018" beside the service's date.
      const casket = 3800, hall = 1200, svc = 1500, st = r2((hall + svc) * 0.06), total = r2(casket + hall + svc + st), deposit = 2000;
      return { total, lines: [
        { c: 'PUSAT KHIDMAT PENGEBUMIAN SEJAHTERA' }, { c: 'SEJAHTERA MEMORIAL SDN BHD (772211-K)' }, { c: 'SST ID: W10-1809-32005566' }, { c: '88, JALAN CHERAS, 56100 KUALA LUMPUR' }, '-',
        { c: 'RESIT RASMI' }, ['Tarikh: 11/11/2018', 'No: SM-18-1111'], 'Upacara: 08/11/2018 - 10/11/2018', '-',
        ['KERANDA KAYU JATI', f2c(casket)], ['DEWAN (3 HARI)', f2c(hall)], ['PERKHIDMATAN & PENGANGKUTAN', f2c(svc)], '-',
        ['Service Tax 6%', f2(st)], { b: ['Total', f2c(total)] }, ['Less Deposit', f2c(deposit)], ['Baki Dibayar - Tunai', f2c(r2(total - deposit))], '-', { c: 'TAKZIAH DARIPADA KAMI' },
      ] };
    },
  },
  {
    id: 'minimarket-gst-6-rounding-total-sodexo-pass-cash-change-dd-mm-yy-dashes', batch: 55, date: '2017-08-16', style: { font: 'mono', size: 10 }, degrade: 'angle',
    build() {
      // A minimarket till under GST taking a Sodexo Pass meal voucher and cash: "Total Sales (Incl GST)", "Rounding Adj", "Total", "Sodexo Pass", "Cash", "Change"; "16-08-17 12:52".
      const it = priced([['ROTI GARDENIA JUMBO', 1, 4.2], ['SUSU DUTCH LADY 1L', 2, 7.15], ['BERAS JASMINE 5KG', 1, 24.9], ['TELUR GRED A 30S', 1, 13.5]]);
      const gstIn = r2((it.total * 6) / 106), total = round5(it.total), voucher = 30, cash = 30;
      return { total, lines: [
        { c: 'PASARAYA MINI SETIA' }, { c: 'SETIA MART (KD0445566-W)' }, { c: 'GST ID: 000776655443' }, { c: '14, JALAN LENCONG BARAT, 05400 ALOR SETAR' }, '-',
        ['16-08-17 12:52', 'T02 #00881'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Total Sales (Incl GST)', f2(it.total)], ['Rounding Adj', f2(r2(total - it.total))], { b: ['Total', f2(total)] },
        ['Sodexo Pass', f2(voucher)], ['Cash', f2(cash)], ['Change', f2(r2(voucher + cash - total))], `GST 6% incl.: ${f2(gstIn)}`, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'season-parking-monthly-pass-sst-6-total-touch-n-go-txn-date-yyyy-mm-dd', batch: 55, date: '2019-01-31', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A car park operator's season pass after SST: a month's pass, a card replacement, "SST 6%", "Total", Touch 'n Go; "Txn Date 2019-01-31 08:02".
      const pass = 150, card = 20, sst = r2((pass + card) * 0.06), total = r2(pass + card + sst);
      return { total, lines: [
        { c: 'CENTRAL PARKING MANAGEMENT' }, { c: 'CPM PARKING SDN BHD (1044556-H)' }, { c: 'SST ID: W10-1809-32008899' }, { c: 'MENARA BAYU, 50250 KUALA LUMPUR' }, '-',
        { c: 'SEASON PARKING RECEIPT' }, ['Txn Date 2019-01-31 08:02', ''], ['Plate: WXY 8812', 'Period: 02/2019'], '-',
        ['SEASON PASS (1 MONTH)', f2(pass)], ['ACCESS CARD REPLACEMENT', f2(card)], '-',
        ['Subtotal', f2(r2(pass + card))], ['SST 6%', f2(sst)], { b: ['Total', f2(total)] }, ["Touch 'n Go eWallet", f2(total)], '-', { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'ramadan-bazaar-stall-no-tax-jumlah-tunai-baki-malay-weekday-comma-dd-mei-yyyy', batch: 55, date: '2018-05-30', style: { font: 'mono', size: 13 }, degrade: 'scan',
    build() {
      // A Ramadan bazaar stall's small printer, no tax: murtabak, ayam golek, kuih, "Jumlah", "Tunai", "Baki"; "Rabu, 30 Mei 2018 18:05".
      const it = priced([['MURTABAK DAGING', 2, 8.0], ['AYAM GOLEK (SEKOR)', 1, 28.0], ['KUIH MUIH (BEKAS)', 2, 5.0], ['AIR TEBU', 3, 3.0]]);
      const total = it.total, cash = 70;
      return { total, lines: [
        { c: 'GERAI SELERA BAZAR RAMADAN' }, { c: '(JM0998877-T)' }, { c: 'BAZAR RAMADAN KG BARU, 50300 KUALA LUMPUR' }, '-',
        'Rabu, 30 Mei 2018 18:05', '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jumlah', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'SELAMAT BERBUKA PUASA' },
      ] };
    },
  },
  {
    id: 'western-grill-restaurant-service-charge-10-gst-6-total-rounded-mastercard-dd-mm-yyyy-pm', batch: 55, date: '2018-04-30', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A Western grill restaurant under GST: steaks and pasta, "Service Charge 10%", "GST 6%" on both, "Total", "Total Rounded", Mastercard; "30/04/2018 8:45 PM".
      const it = priced([['RIBEYE STEAK 300G', 1, 78.0], ['CHICKEN CHOP', 1, 26.0], ['CARBONARA', 1, 24.0], ['ICED LEMON TEA', 3, 7.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + gst), total = round5(incl);
      return { total, lines: [
        { c: 'THE GRILL SHACK' }, { c: 'GRILL SHACK F&B SDN BHD (1122889-V)' }, { c: 'GST ID: 001998811223' }, { c: '23, JALAN TELAWI 3, BANGSAR, 59100 KL' }, '-',
        ['30/04/2018 8:45 PM', 'Tbl 14'], ['Bill: GS-43021', 'Server: KUMAR'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 6%', f2(gst)], ['Total', f2(incl)], { b: ['Total Rounded', f2(total)] }, ['Mastercard', f2(total)], '-', { c: 'THANK YOU, SEE YOU SOON' },
      ] };
    },
  },
  {
    id: 'sg-zi-char-seafood-svc-chg-10-gst-7-nett-total-sgd-amex-dd-mon-yy-dashes', batch: 55, date: '2019-04-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore zi char restaurant: chilli crab by weight, "Svc Chg 10%", "GST 7%", "Nett Total (SGD)", AMEX; "28-Apr-19 19:55".
      const it = priced([['CHILLI CRAB 1.2KG', 1, 88.0], ['CEREAL PRAWN (M)', 1, 28.0], ['SAMBAL KANGKONG', 1, 12.0], ['FRIED MANTOU', 6, 1.0]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'HUAT HUAT ZI CHAR' }, { c: 'HUAT HUAT EATING HOUSE PTE LTD' }, { c: 'GST Reg No: 201322114N' }, { c: 'Blk 51 Old Airport Road #01-22 S(390051)' }, '-',
        ['28-Apr-19 19:55', 'Table 9'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['Nett Total (SGD)', f2(total)] }, ['AMEX', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'phone-repair-parts-exempt-service-tax-6-labour-total-inclusive-sst-bayaran-kad-debit-yyyy-mm-dd-pm', batch: 55, date: '2018-11-03', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A phone repair shop after SST: a screen (no tax) and labour at "Service Tax 6%", "Total Inclusive SST", "Bayaran Kad (Debit)"; "2018-11-03 03:12 p.m.".
      const screen = 280, labour = 60, st = r2(labour * 0.06), total = r2(screen + labour + st);
      return { total, lines: [
        { c: 'FIXIT MOBILE CARE' }, { c: 'FIXIT MOBILE ENTERPRISE (SA0661122-P)' }, { c: 'SST ID: B16-1810-32001234' }, { c: 'LOT 3-22, PLAZA LOW YAT, 55100 KUALA LUMPUR' }, '-',
        ['2018-11-03 03:12 p.m.', 'Job FX-3311'], 'Device: iPhone 7 Plus  IMEI ****2210', '-',
        ['LCD SCREEN REPLACEMENT (PART)', f2(screen)], ['LABOUR', f2(labour)], '-',
        ['Service Tax 6% (labour)', f2(st)], { b: ['Total Inclusive SST', f2(total)] }, ['Bayaran Kad (Debit)', f2(total)], '-', { c: '30 DAYS WARRANTY ON PARTS' },
      ] };
    },
  },
  {
    id: 'night-market-stall-bill-by-hand-no-tax-jumlah-tunai-malay-weekday-d-m-yyyy', batch: 55, date: '2018-09-06', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A night market clothes stall's bill written by hand, no tax: "Jumlah", "Tunai"; "Khamis 6/9/2018".
      const it = priced([['T-SHIRT', 3, 15.0], ['SELUAR PENDEK', 2, 20.0], ['TUDUNG BAWAL', 1, 25.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'BUTIK MALAM KAK NAH' }, { c: 'PASAR MALAM TAMAN MELAWATI' }, '-',
        { hand: ['Khamis 6/9/2018', 'No. 118'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, { hand: ['Tunai', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-department-store-gst-7-included-gift-voucher-nets-change-due-dd-sept-yyyy', batch: 55, date: '2017-09-19', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore department store, prices GST-inclusive: "Total", part paid by a "Gift Voucher", the rest NETS, "Change Due 0.00", "GST 7% incl."; "19 Sept 2017 14:21".
      const it = priced([['BATH TOWEL SET', 1, 49.9], ['NON-STICK WOK 32CM', 1, 89.0], ['KIDS T-SHIRT', 2, 12.9]]);
      const total = it.total, gstIn = r2((total * 7) / 107), voucher = 50;
      return { total, lines: [
        { c: 'TANGLIN HOME & LIVING' }, { c: 'TANGLIN RETAIL PTE LTD' }, { c: 'GST Reg No: M90-0334455-K' }, { c: '163 Tanglin Road #02-10 S(247933)' }, '-',
        ['19 Sept 2017 14:21', 'POS 05'], ['Trans: 5512093', 'Cashier: LINDA'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total', f2(total)] }, ['Gift Voucher', f2(voucher)], ['NETS', f2(r2(total - voucher))], ['Change Due', '0.00'], `GST 7% incl.: ${f2(gstIn)}`, '-', { c: 'THANK YOU FOR SHOPPING' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 56 (held out: wantan mee stalls, music shops, farm supplies, Nyonya restaurants, coffee roasters, car accessories, antiques, coin laundries, gas dealers, tow trucks)
  {
    id: 'wantan-mee-stall-no-tax-sub-jumlah-cash-rounding-wang-tunai-bayaran-balik-selasa-dd-mm-yyyy', batch: 56, date: '2018-12-04', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A kopitiam's wantan mee stall after SST, no tax: "Sub Jumlah", "Cash Rounding", "Jumlah", "Wang Tunai", "Bayaran Balik"; "Selasa 04/12/2018 12:31".
      const it = priced([['WANTAN MEE (BESAR)', 2, 7.5], ['WANTAN SUP', 1, 6.0], ['SIU YOK (SET)', 1, 9.9], ['KOPI O AIS', 3, 2.2]]);
      const total = round5(it.total), cash = 50;
      return { total, lines: [
        { c: 'KEDAI MAKANAN WANTAN AH KEONG' }, { c: '(002811234-D)' }, { c: '7, JALAN PASAR, 30100 IPOH, PERAK' }, '-',
        ['Selasa 04/12/2018 12:31', 'Meja 6'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Jumlah', f2(it.total)], ['Cash Rounding', f2(r2(total - it.total))], { b: ['Jumlah', f2(total)] }, ['Wang Tunai', f2(cash)], ['Bayaran Balik', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'music-shop-gst-6-total-incl-gst-paid-amount-cash-change-dd-mon-dot-yyyy', batch: 56, date: '2017-11-13', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A music instrument shop under GST: a guitar, strings, a capo, "Total Excl. GST", "GST 6%", "Total Incl. GST", "Paid Amount (Cash)", "Change"; "13 Nov. 2017".
      const it = priced([['ACOUSTIC GUITAR AG-220', 1, 459.0], ['GUITAR STRINGS 012', 2, 32.0], ['CAPO TRIGGER', 1, 45.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 620;
      return { total, lines: [
        { c: 'HARMONI MUZIK CENTRE' }, { c: 'HARMONI MUZIK SDN BHD (889123-A)' }, { c: 'GST ID: 001655443322' }, { c: 'G-12, JALAN SS 2/24, 47300 PETALING JAYA' }, '-',
        { c: 'TAX INVOICE' }, ['Inv: HM-17-04412', '13 Nov. 2017'], ['Staff: JASON', '15:08'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Total Excl. GST', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['Total Incl. GST', f2(total)] },
        ['Paid Amount (Cash)', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOODS SOLD ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'farm-supply-fertiliser-zero-rated-seeds-gst-6-total-tax-amt-paid-bal-day-label-dd-mm-yyyy', batch: 56, date: '2018-03-14', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A farm supply shop under GST: fertiliser zero-rated, seeds and a sprayer at 6%, "Total Tax", "Total Amount", "Amt Paid", "Bal."; "Date: 14/03/2018  Day: Wed".
      const zr = priced([['BAJA NPK 15-15-15 50KG', 2, 98.0], ['BAJA UREA 25KG', 1, 52.0]]), sr = priced([['BIJI BENIH CILI (PKT)', 4, 6.5], ['PENYEMBUR 16L', 1, 85.0]]);
      const gst = r2(sr.total * 0.06), total = r2(zr.total + sr.total + gst), paid = 400;
      return { total, lines: [
        { c: 'KEDAI PERTANIAN TANI MAJU' }, { c: 'TANI MAJU ENTERPRISE (KT0311223-V)' }, { c: 'GST ID: 000887766554' }, { c: 'LOT 41, JALAN KUALA BERANG, 21700 KUALA BERANG' }, '-',
        { c: 'TAX INVOICE' }, ['Date: 14/03/2018', 'Day: Wed'], ['Inv No: TM180314-07', ''], '-',
        ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} Z`]), ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), '-',
        ['Total Excl Tax', f2(r2(zr.total + sr.total))], ['Total Tax', f2(gst)], { b: ['Total Amount', f2(total)] }, ['Amt Paid', f2(paid)], ['Bal.', f2(r2(paid - total))], '-',
        ['Tax Amt', 'S=6%  Z=0%'], { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'nyonya-restaurant-caj-servis-10-cukai-perkhidmatan-6-jumlah-razer-pay-jumaat-dd-mm-yyyy', batch: 56, date: '2019-06-07', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Melaka Nyonya restaurant after SST, printed in Malay: "Caj Servis 10%", "Cukai Perkhidmatan 6%", "Jumlah Perlu Dibayar", Razer Pay; "Jumaat, 07/06/2019 13:05".
      const it = priced([['AYAM PONGTEH', 1, 22.0], ['ITIK TIM', 1, 26.0], ['SAYUR CHAP CHYE', 1, 14.0], ['CENDOL DURIAN', 2, 8.5], ['NASI PUTIH', 3, 1.5]]);
      const svc = r2(it.total * 0.1), st = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + st), total = round5(incl);
      return { total, lines: [
        { c: 'RESTORAN NYONYA BABA CHAN' }, { c: 'BABA CHAN F&B SDN BHD (1203344-M)' }, { c: 'No. SST: M10-1808-31004455' }, { c: '33, JALAN HANG JEBAT, 75200 MELAKA' }, '-',
        'Jumaat, 07/06/2019 13:05', ['Bil: BC-22871', 'Meja: 12'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['Caj Servis 10%', f2(svc)], ['Cukai Perkhidmatan 6%', f2(st)], ['Pelarasan', f2(r2(total - incl))], { b: ['Jumlah Perlu Dibayar', f2(total)] }, ['Razer Pay', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-coffee-roaster-gst-7-included-total-sgd-paylah-weekday-comma-dd-mon-yyyy', batch: 56, date: '2018-02-14', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore coffee roaster's counter, prices GST-inclusive: beans by the bag, a drip kettle, "Total (SGD)", PayLah!, "GST 7% incl."; "Wed, 14 Feb 2018 10:22".
      const it = priced([['HOUSE BLEND 250G', 2, 18.0], ['ETHIOPIA YIRGACHEFFE 200G', 1, 24.0], ['DRIP KETTLE 600ML', 1, 45.0], ['FLAT WHITE', 1, 5.5]]);
      const total = it.total, gstIn = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'KAMPONG ROASTERS' }, { c: 'KAMPONG ROASTERS PTE LTD' }, { c: 'GST Reg No: 201611223K' }, { c: '27 Jalan Besar #01-03 S(208794)' }, '-',
        ['Wed, 14 Feb 2018', '10:22'], ['Order #3318', 'Counter 1'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Total (SGD)', f2(total)] }, ['PayLah!', f2(total)], `GST 7% incl.: ${f2(gstIn)}`, '-', { c: 'BREW WELL' },
      ] };
    },
  },
  {
    id: 'car-accessories-sales-tax-10-service-tax-6-fitting-total-tax-grand-total-baucar-kad-dd-mon-yyyy-weekday', batch: 56, date: '2019-03-05', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A car accessories shop after SST: a dashcam and tint at "Sales Tax 10%", fitting at "Service Tax 6%", "Total Tax", "Grand Total", a "Baucar" and the rest by card; "05-MAR-2019 (TUE)".
      const dashcam = 399, tint = 350, fitting = 80, salesTax = r2((dashcam + tint) * 0.1), svcTax = r2(fitting * 0.06), tax = r2(salesTax + svcTax);
      const total = r2(dashcam + tint + fitting + tax), voucher = 50;
      return { total, lines: [
        { c: 'AUTO GEAR ACCESSORIES' }, { c: 'AUTO GEAR TRADING (SGR0556677-K)' }, { c: 'SST ID: B16-1809-32004411' }, { c: '5, JALAN KLANG LAMA, 58000 KUALA LUMPUR' }, '-',
        ['05-MAR-2019 (TUE)', '11:40'], ['Inv: AG-190305-02', 'Car: VBC 3321'], '-',
        ['DASHCAM DC-900 FRONT+REAR', f2(dashcam)], ['SOLAR TINT (FULL SET)', f2(tint)], ['FITTING LABOUR', f2(fitting)], '-',
        ['Sales Tax 10%', f2(salesTax)], ['Service Tax 6%', f2(svcTax)], ['Total Tax', f2(tax)], { b: ['Grand Total', f2(total)] },
        ['Baucar', f2(voucher)], ['Kad Kredit (MASTER)', f2(r2(total - voucher))], '-', { c: 'WARRANTY 1 YEAR ON DASHCAM' },
      ] };
    },
  },
  {
    id: 'sg-antique-shop-gst-7-amount-payable-unionpay-mon-dot-dd-yyyy', batch: 56, date: '2017-12-22', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore antique shop: two pieces, a discount, "GST 7%" added, "Amount Payable (S$)", UnionPay; "Dec. 22, 2017".
      const vase = 680, chair = 1250, disc = 130, net = vase + chair - disc, gst = r2(net * 0.07), total = r2(net + gst);
      return { total, lines: [
        { c: 'HERITAGE CURIOS' }, { c: 'HERITAGE CURIOS PTE. LTD.' }, { c: 'GST Reg No: 199804411D' }, { c: '43 Tanjong Pagar Road S(088464)' }, '-',
        ['Dec. 22, 2017', '4:15 PM'], ['Receipt HC-7712', ''], '-',
        ['PERANAKAN PORCELAIN VASE', f2(vase)], ['TEAK OPIUM CHAIR', f2c(chair)], ['Less Discount', `-${f2(disc)}`], '-',
        ['Sub-total', f2c(net)], ['GST 7%', f2(gst)], { b: ['Amount Payable (S$)', f2c(total)] }, ['Credit Card (UNIONPAY)', f2c(total)], '-', { c: 'ALL SALES FINAL' },
      ] };
    },
  },
  {
    id: 'coin-laundry-no-tax-jumlah-tunai-dibayar-baki-tarikh-invois-dd-mm-yyyy-dashes', batch: 56, date: '2018-10-21', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A self-service laundry's attendant counter after SST, no tax: washes, dries, a detergent, "Jumlah", "Tunai Dibayar", "Baki"; "Tarikh Invois: 21-10-2018".
      const it = priced([['BASUH 10KG', 2, 5.0], ['KERING 30 MIN', 2, 4.0], ['SABUN SERBUK', 2, 1.0], ['LIPAT PAKAIAN (KG)', 6, 2.5]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'DOBI LAYAN DIRI BERSIH CEPAT' }, { c: '(NS0223344-A)' }, { c: '12, JALAN S2 B19, 70300 SEREMBAN' }, '-',
        ['Tarikh Invois: 21-10-2018', ''], ['Invois: 018821', 'Masa: 09:45'], '-',
        ...it.rows.map((r) => [`${r.name} x${r.qty}`, f2(r.amount)]), '-',
        { b: ['Jumlah', f2(total)] }, ['Tunai Dibayar', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'SILA SEMAK PAKAIAN ANDA' },
      ] };
    },
  },
  {
    id: 'lpg-gas-dealer-gst-zero-rated-cylinder-deposit-jumlah-bersih-tunai-tarikh-dd-mm-yy', batch: 56, date: '2018-05-02', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // An LPG gas dealer's delivery under GST: cooking gas zero-rated, a regulator at 6%, a cylinder deposit (no tax), "Jumlah Bersih", "Tunai"; "Tarikh : 02/05/18".
      const gas = 2 * 26.6, reg = 35, gst = r2(reg * 0.06), deposit = 50, total = r2(gas + reg + gst + deposit), cash = 200;
      return { total, lines: [
        { c: 'SYARIKAT GAS BERKAT' }, { c: '(TR0881122-X)' }, { c: 'GST ID: 002133445566' }, { c: '9, JALAN BESAR, 24000 KEMAMAN' }, '-',
        { c: 'INVOIS CUKAI' }, ['Tarikh : 02/05/18', 'No : GB 5521'], ['Hantar: TMN CUKAI UTAMA', ''], '-',
        ['GAS 14KG x 2', `${f2(gas)} ZR`], ['REGULATOR SIRIM', `${f2(reg)} SR`], ['DEPOSIT TONG', `${f2(deposit)}`], '-',
        ['GST 6% (SR)', f2(gst)], ['GST 0% (ZR)', '0.00'], { b: ['Jumlah Bersih', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'tow-truck-service-tax-6-amount-due-duitnow-tarikh-masa-dd-mm-yyyy-night', batch: 56, date: '2018-11-17', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A tow truck operator after SST: towing by distance, a night surcharge, "Service Tax 6%", "Amount Due", DuitNow transfer; "Tarikh/Masa: 17/11/2018 23:48".
      const tow = 180, km = 35 * 2.5, night = 50, st = r2((tow + km + night) * 0.06), total = r2(tow + km + night + st);
      return { total, lines: [
        { c: 'PERKHIDMATAN TUNDA KILAT 24 JAM' }, { c: 'KILAT TOWING SERVICES (JM0774411-T)' }, { c: 'SST ID: J31-1810-32002277' }, { c: 'KM 22, JALAN JOHOR BAHRU-AIR HITAM' }, '-',
        ['Tarikh/Masa: 17/11/2018 23:48', ''], ['Resit: KT-1811-093', 'Kenderaan: JQT 4521'], '-',
        ['TUNDA (ASAS)', f2(tow)], ['JARAK 35KM x 2.50', f2(km)], ['CAJ MALAM', f2(night)], '-',
        ['Service Tax 6%', f2(st)], { b: ['Amount Due', f2(total)] }, ['DuitNow Transfer', f2(total)], '-', { c: 'PANDU DENGAN SELAMAT' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 57 (held out: halal butchers, vegetable wholesalers, dance schools, language centres, signboard makers, dim sum tea houses, piano tuners, joss-stick shops, craft supplies, frozen food)
  {
    id: 'halal-butcher-fresh-meat-zero-rated-gst-6-summary-pelarasan-bundar-mydebit-malay-weekday-d-mon-yyyy', batch: 57, date: '2018-01-09', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A halal butcher under GST: fresh meat by the kilo zero-rated, sausages at 6%, a GST summary, "Jumlah Kecil", "Pelarasan Bundar", "Jumlah", MyDebit; "Selasa, 9 Jan 2018 10:14".
      const zr = priced([['DAGING LEMBU (KG)', 1.5, 34.0], ['KAMBING (KG)', 1.2, 42.0]]), sr = priced([['SOSEJ AYAM 500G', 2, 9.9]]);
      const gst = r2(sr.total * 0.06), incl = r2(zr.total + sr.total + gst), total = round5(incl);
      return { total, lines: [
        { c: 'PASARAYA DAGING HALAL SAUDARA' }, { c: 'SAUDARA MEAT SDN BHD (944512-P)' }, { c: 'GST ID: 000992233114' }, { c: '21, JALAN TUN RAZAK, 15000 KOTA BHARU' }, '-',
        'Selasa, 9 Jan 2018 10:14', ['Resit: SM0109-118', 'Kaunter 2'], '-',
        ...zr.rows.map((r) => [`${r.name} ${r.qty}`, `${f2(r.amount)} Z`]), ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), '-',
        ['Jumlah Kecil', f2(r2(zr.total + sr.total))], ['GST 6%', f2(gst)], ['Pelarasan Bundar', f2(r2(total - incl))], { b: ['Jumlah', f2(total)] }, ['MyDebit', f2(total)], '-',
        { c: 'RINGKASAN GST' }, ['S @ 6%', f2(sr.total), f2(gst)], ['Z @ 0%', f2(zr.total), '0.00'], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'vegetable-wholesaler-bill-by-hand-no-tax-jumlah-kutipan-tunai-d-m-yy', batch: 57, date: '2019-06-24', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A vegetable wholesaler's bill written by hand, no tax: sacks and boxes, "Jumlah", "Kutipan Tunai"; "24/6/19".
      const it = priced([['KOBIS (GUNI)', 3, 38.0], ['TOMATO (KOTAK)', 2, 45.0], ['SAWI (IKAT)', 10, 2.8]]);
      const total = it.total;
      return { total, lines: [
        { c: 'BORONG SAYUR CAMERON JAYA' }, { c: 'PASAR BORONG SELAYANG, 68100 BATU CAVES' }, '-',
        { hand: ['24/6/19', 'Bil 2210'] }, '-',
        ...it.rows.map((r) => ({ hand: [`${r.qty} ${r.name}`, f2(r.amount)] })), '-',
        { hand: ['Jumlah', f2(total)] }, { hand: ['Kutipan Tunai', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'dance-school-fees-service-tax-6-jumlah-yuran-bayaran-online-tarikh-invois-dd-mac-yyyy', batch: 57, date: '2019-03-01', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A dance school's fees after SST: a month's classes, a costume, "Service Tax 6%" on the classes, "Jumlah Yuran", "Bayaran Online (FPX)"; "Tarikh Invois: 01 MAC 2019".
      const classes = 220, costume = 85, st = r2(classes * 0.06), total = r2(classes + costume + st);
      return { total, lines: [
        { c: 'AKADEMI TARIAN IRAMA' }, { c: 'IRAMA DANCE ACADEMY (PG0551288-W)' }, { c: 'SST ID: P11-1809-32006611' }, { c: '2-1, JALAN BURMA, 10050 GEORGE TOWN' }, '-',
        { c: 'RESIT' }, ['Tarikh Invois: 01 MAC 2019', ''], ['Pelajar: NUR ALIYA', 'Kelas: BALET 2'], '-',
        ['YURAN BULAN MAC', f2(classes)], ['KOSTUM PERSEMBAHAN', f2(costume)], '-',
        ['Service Tax 6%', f2(st)], { b: ['Jumlah Yuran', f2(total)] }, ['Bayaran Online (FPX)', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-language-centre-gst-7-total-payable-nets-dd-mon-slashes-yyyy', batch: 57, date: '2019-01-10', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore language centre: a term's fees, a textbook, "GST 7%", "Total Payable S$", NETS; "Date: 10/Jan/2019".
      const term = 480, book = 38, gst = r2((term + book) * 0.07), total = r2(term + book + gst);
      return { total, lines: [
        { c: 'LINGUA BRIDGE LANGUAGE CENTRE' }, { c: 'LINGUA BRIDGE PTE LTD' }, { c: 'GST Reg No: 201488112W' }, { c: '10 Anson Road #12-08 S(079903)' }, '-',
        ['Date: 10/Jan/2019', 'Rcpt: LB-190110-4'], ['Student: TAN WEI LING', 'JAPANESE N4'], '-',
        ['COURSE FEE (TERM 1)', f2(term)], ['TEXTBOOK', f2(book)], '-',
        ['Subtotal', f2(term + book)], ['GST 7%', f2(gst)], { b: ['Total Payable S$', f2(total)] }, ['Paid by NETS', f2(total)], '-', { c: 'FEES ARE NOT REFUNDABLE' },
      ] };
    },
  },
  {
    id: 'signboard-maker-service-tax-6-balance-due-paid-amount-cash-date-yyyy-dot-mm-dot-dd', batch: 57, date: '2018-12-20', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A signboard maker after SST: a lightbox and its installation at "Service Tax 6%", "Total", "Less Deposit", "Balance Due", "Paid Amount (Cash)"; "Date: 2018.12.20" over the order's.
      const board = 1600, install = 250, st = r2((board + install) * 0.06), total = r2(board + install + st), deposit = 1000, balance = r2(total - deposit);
      return { total, lines: [
        { c: 'PAPAN TANDA KREATIF' }, { c: 'KREATIF SIGNS & PRINT (KL0887766-D)' }, { c: 'SST ID: W10-1810-32009912' }, { c: '18, JALAN RAJA LAUT, 50350 KUALA LUMPUR' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['Date: 2018.12.20', 'No: KS-1812-031'], ['Order: 2018.11.28', ''], '-',
        ['3D LIGHTBOX SIGN 12FT', f2c(board)], ['INSTALLATION', f2(install)], '-',
        ['Service Tax 6%', f2(st)], { b: ['Total', f2c(total)] }, ['Less Deposit', f2c(deposit)], ['Balance Due', f2(balance)], ['Paid Amount (Cash)', f2(balance)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'dim-sum-tea-house-service-charge-10-sst-6-cash-rounding-grand-total-boost-weekday-dd-mm-yyyy-dashes', batch: 57, date: '2019-05-12', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A dim sum tea house after SST: baskets, tea by the head, "Service Charge 10%", "SST 6%", "Cash Rounding", "Grand Total", Boost; "Sun 12-05-2019 09:41".
      const it = priced([['HAR GAO', 2, 8.8], ['SIEW MAI', 2, 7.8], ['CHEE CHEONG FUN', 1, 7.5], ['LOR MAI KAI', 1, 6.8], ['TEA (PER PAX)', 4, 2.5]]);
      const svc = r2(it.total * 0.1), sst = r2((it.total + svc) * 0.06), incl = r2(it.total + svc + sst), total = round5(incl);
      return { total, lines: [
        { c: 'YUM CHA TEA HOUSE' }, { c: 'YUM CHA HOUSE SDN BHD (1177665-X)' }, { c: 'SST ID: A18-1809-32003344' }, { c: '62, JALAN KUCHAI LAMA, 58200 KUALA LUMPUR' }, '-',
        ['Sun 12-05-2019 09:41', 'T18 / 4 pax'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Charge 10%', f2(svc)], ['SST 6%', f2(sst)], ['Cash Rounding', f2(r2(total - incl))], { b: ['Grand Total', f2(total)] }, ['Boost', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'piano-tuner-service-tax-6-amount-due-cheque-dd-th-mon-yyyy', batch: 57, date: '2018-11-27', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A piano tuner's receipt after SST: tuning, a hammer repair, transport, "Service Tax 6%", "Amount Due", a cheque; "27th Nov 2018".
      const tune = 280, repair = 120, transport = 30, st = r2((tune + repair + transport) * 0.06), total = r2(tune + repair + transport + st);
      return { total, lines: [
        { c: 'PERFECT PITCH PIANO SERVICES' }, { c: '(SGR0663355-A)' }, { c: 'SST ID: B16-1810-32007788' }, { c: '9, JALAN USJ 9/5, 47620 SUBANG JAYA' }, '-',
        { c: 'RECEIPT' }, ['27th Nov 2018', 'No. PP 00481'], ['Piano: YAMAHA U3', 'Next tuning: May 2019'], '-',
        ['TUNING (A440)', f2(tune)], ['HAMMER FELT REPAIR', f2(repair)], ['TRANSPORT', f2(transport)], '-',
        ['Service Tax 6%', f2(st)], { b: ['Amount Due', f2(total)] }, ['Cheque PBB 448812', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'joss-stick-shop-no-tax-jumlah-tunai-baki-sabtu-dd-mm-yyyy', batch: 57, date: '2017-08-05', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A prayer goods shop's small till, its goods outside GST's threshold, no tax: joss sticks, candles, paper offerings, "Jumlah", "Tunai", "Baki"; "Sabtu 05/08/2017".
      const it = priced([['COLOK WANGI (BESAR)', 3, 6.5], ['LILIN MERAH SEPASANG', 2, 8.0], ['KERTAS SEMBAHYANG', 5, 3.0]]);
      const total = it.total, cash = 60;
      return { total, lines: [
        { c: 'KEDAI BARANG SEMBAHYANG HENG' }, { c: '(PK0332211-M)' }, { c: '4, LORONG PASAR, 34000 TAIPING' }, '-',
        ['Sabtu 05/08/2017', '08:20'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['Jumlah', f2(total)] }, ['Tunai', f2(cash)], ['Baki', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-craft-supplies-gst-7-included-total-s-dollar-visa-dd-mm-yyyy-weekday-short', batch: 57, date: '2017-12-28', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore craft supplies shop, prices GST-inclusive: yarn, paints, a member discount, "Total S$", Visa, "GST 7% incl."; "Date: 28/12/2017 Thu".
      const it = priced([['ACRYLIC YARN 100G', 6, 4.9], ['WATERCOLOUR SET 24', 1, 32.0], ['BRUSH SET', 1, 12.5]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), gstIn = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'MAKERS CORNER' }, { c: 'MAKERS CORNER PTE LTD' }, { c: 'GST Reg No: 201733445R' }, { c: '2 Tampines Central 5 #03-12 S(529509)' }, '-',
        ['Date: 28/12/2017 Thu', 'Time: 18:02'], ['Slip: MC-09122', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['Member Disc 10%', `-${f2(disc)}`], '-',
        { b: ['Total S$', f2(total)] }, ['VISA', f2(total)], `GST 7% incl.: ${f2(gstIn)}`, '-', { c: 'HAPPY MAKING' },
      ] };
    },
  },
  {
    id: 'frozen-food-wholesaler-gst-6-jumlah-besar-paid-amount-cash-baki-dibayar-date-dd-mm-yyyy-weekday', batch: 57, date: '2018-02-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A frozen food wholesaler under GST: nuggets and fries at 6%, "Jumlah Kecil", "GST 6%", "Pelarasan", "Jumlah Besar", "Paid Amount (Cash)", "Baki Dibayar"; "Date : 28/02/2018 Wed".
      const it = priced([['NUGGET AYAM 1KG', 5, 14.9], ['KENTANG GORENG 2KG', 3, 16.5], ['BEBOLA IKAN 1KG', 4, 11.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 250;
      return { total, lines: [
        { c: 'BEKU SEGAR TRADING' }, { c: 'BEKU SEGAR TRADING SDN BHD (1044788-U)' }, { c: 'GST ID: 001877665522' }, { c: '3, JALAN INDUSTRI 2, 36000 TELUK INTAN' }, '-',
        { c: 'TAX INVOICE' }, ['Date : 28/02/2018 Wed', 'Inv : BS-0228-17'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Jumlah Kecil', f2(it.total)], ['GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['Jumlah Besar', f2(total)] },
        ['Paid Amount (Cash)', f2(cash)], ['Baki Dibayar', f2(r2(cash - total))], '-', { c: 'BARANG SUDAH DIJUAL TIDAK BOLEH DIPULANGKAN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 58 (held out: drink stalls, fishing tackle, cobblers, trophy engravers, camera shops, kuih stalls, picture framers, escape rooms, tea merchants, photo kiosks)
  {
    id: 'sg-hawker-drink-stall-no-gst-total-dotted-leaders-cash-change-weekday-first-dd-mm-yy', batch: 58, date: '2018-07-14', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore hawker centre drink stall, not GST-registered: kopi, teh, sugarcane, the figures after dotted leaders, "TOTAL", a $50 note, "CHANGE"; "Sat 14/07/18 3:05PM".
      const it = priced([['KOPI O KOSONG', 2, 1.2], ['TEH PENG', 2, 1.8], ['SUGARCANE (L)', 1, 2.5], ['BARLEY', 1, 1.6]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'AH SENG DRINKS STALL' }, { c: 'Blk 51 Old Airport Rd #01-118' }, { c: 'Singapore 390051' }, '-',
        ['Sat 14/07/18 3:05PM', 'Tbl 27'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL ...................', f2(total)], ['CASH ....................', f2(cash)], ['CHANGE ..................', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'fishing-tackle-gst-6-nett-dotted-leaders-rounding-adj-cash-dd-mon-yy-dashes', batch: 58, date: '2018-03-16', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A fishing tackle shop under GST, prices before tax: rods, line, hooks, "SUB TOTAL", "GST 6%", "ROUNDING ADJ", "NETT" after dotted leaders, cash over the total; "16-Mar-18 11:20".
      const it = priced([['CARBON ROD 7FT', 1, 89.0], ['BRAID LINE 150M', 2, 24.5], ['HOOK SZ 6 (PKT)', 4, 3.2], ['SINKER 2OZ', 6, 1.5]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'PANCING MAJU TACKLE' }, { c: 'PANCING MAJU ENTERPRISE (JM0654321-T)' }, { c: 'GST ID: 001655443322' }, { c: '12, JALAN BENTAYAN, 84000 MUAR' }, '-',
        { c: 'TAX INVOICE' }, ['16-Mar-18 11:20', 'No: PM-18-0316-07'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['SUB TOTAL ...........', f2(it.total)], ['GST 6% ..............', f2(gst)], ['ROUNDING ADJ ........', f2(r2(total - incl))], { b: ['NETT ................', f2(total)] },
        ['CASH ................', f2(cash)], ['CHANGE ..............', f2(r2(cash - total))], '-', { c: 'TIGHT LINES!' },
      ] };
    },
  },
  {
    id: 'cobbler-shoe-repair-service-tax-6-amount-due-cash-weekday-comma-dd-mon-yyyy', batch: 58, date: '2019-05-07', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A cobbler after SST: resoling, heels, stitching at "Service Tax 6%", "AMOUNT DUE", cash and change; "Tue, 07 May 2019" and the collection date a week later.
      const it = priced([['RESOLE (PAIR)', 1, 45.0], ['HEEL TIP REPLACE', 2, 12.0], ['RESTITCH STRAP', 1, 15.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st), cash = 100;
      return { total, lines: [
        { c: 'MR COBBLER SHOE REPAIR' }, { c: 'COBBLER WORKS (001234567-W)' }, { c: 'SST ID: W10-1905-32001122' }, { c: 'LG-22, SUNWAY PYRAMID, 47500 PETALING JAYA' }, '-',
        ['Tue, 07 May 2019', '16:48'], ['Ticket: 5521', 'Ready: 14 May 2019'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['AMOUNT DUE', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'ITEMS NOT COLLECTED IN 30 DAYS WILL BE DISPOSED' },
      ] };
    },
  },
  {
    id: 'trophy-engraving-sales-tax-10-service-tax-6-grand-total-card-dd-mon-yy-dashes', batch: 58, date: '2019-07-03', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A trophy shop after SST: trophies at "Sales Tax 10%", engraving at "Service Tax 6%", "GRAND TOTAL", a debit card; "03-Jul-19".
      const goods = priced([['TROPHY 14" GOLD', 3, 48.0], ['MEDAL + RIBBON', 20, 4.5]]), engr = priced([['ENGRAVING (LINES)', 26, 1.5]]);
      const salesTax = r2(goods.total * 0.1), svcTax = r2(engr.total * 0.06), total = r2(goods.total + engr.total + salesTax + svcTax);
      return { total, lines: [
        { c: 'JUARA TROPHY & ENGRAVING' }, { c: 'JUARA CRAFT SDN BHD (1209988-K)' }, { c: 'SST ID: B16-1809-32004455' }, { c: '7, JALAN PASAR BARU, 41400 KLANG' }, '-',
        ['03-Jul-19', 'INV JT-0703-12'], ['Customer: SMK SERI ANDALAS', ''], '-',
        ...goods.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ...engr.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Goods', f2(goods.total)], ['Sales Tax 10%', f2(salesTax)], ['Services', f2(engr.total)], ['Service Tax 6%', f2(svcTax)],
        { b: ['GRAND TOTAL', f2(total)] }, ['DEBIT CARD XXXX-4471', f2(total)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-camera-shop-gst-7-incl-thousands-amount-due-mastercard-iso-date-weekday-after', batch: 58, date: '2019-08-23', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore camera shop, GST-inclusive prices over a thousand: a body, a lens, a card, a trade-in, "AMOUNT DUE S$", Mastercard, "GST 7% included"; "2019-08-23 Fri 13:12".
      const it = priced([['MIRRORLESS BODY', 1, 1899.0], ['35MM F1.8 LENS', 1, 649.0], ['SD CARD 128GB', 2, 39.9]]);
      const tradeIn = 350, total = r2(it.total - tradeIn), gstIn = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'SHUTTERBUG CAMERAS' }, { c: 'SHUTTERBUG PTE LTD' }, { c: 'GST Reg No: M2-0088776-5' }, { c: '111 North Bridge Rd #02-14 S(179098)' }, '-',
        ['2019-08-23 Fri 13:12', 'RCP 190823-009'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), ['TRADE-IN (OLD BODY)', `-${f2(tradeIn)}`], '-',
        { b: ['AMOUNT DUE S$', f2c(total)] }, ['MASTERCARD', f2c(total)], ['GST 7% included', f2(gstIn)], '-', { c: 'WARRANTY: 1 YEAR' },
      ] };
    },
  },
  {
    id: 'kuih-stall-pasar-pagi-no-tax-jumlah-tunai-fifty-baki-ahad-dd-mm-yy', batch: 58, date: '2018-10-21', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A kuih stall at a morning market with a small till, no tax: kuih by the piece, "JUMLAH", a RM50 note, "BAKI"; "Ahad 21/10/18 07:35".
      const it = priced([['KUIH LAPIS', 6, 0.6], ['ONDE-ONDE', 10, 0.5], ['SERI MUKA', 4, 1.2], ['NASI LEMAK BUNGKUS', 3, 2.5]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'KUIH MUIH MAK TEH' }, { c: 'PASAR PAGI SEKSYEN 17, PETALING JAYA' }, '-',
        ['Ahad 21/10/18 07:35', '#0043'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH, DATANG LAGI' },
      ] };
    },
  },
  {
    id: 'picture-framer-gst-6-summary-rounding-adj-total-incl-gst-cash-dd-mon-yyyy-dashes', batch: 58, date: '2018-01-12', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A picture framer under GST: frames by size, glass, mounting, "TOTAL EXCL GST", "GST @6%", "ROUNDING ADJ", "TOTAL INCL GST", cash, a GST summary; "12-Jan-2018".
      const it = priced([['FRAME A2 OAK', 2, 68.0], ['ANTI-GLARE GLASS A2', 2, 22.0], ['MOUNT BOARD', 2, 9.5], ['HANGING KIT', 2, 3.8]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 250;
      return { total, lines: [
        { c: 'BINGKAI SENI GALLERY' }, { c: 'BINGKAI SENI SDN BHD (766554-D)' }, { c: 'GST ID: 000887799001' }, { c: '45, JALAN BANGSAR, 59000 KUALA LUMPUR' }, '-',
        { c: 'TAX INVOICE' }, ['Date: 12-Jan-2018', 'Time: 17:30'], ['Inv: BS-00912', 'Staff: LIM'], '-',
        ...it.rows.map((r) => [`${r.name}`, `${r.qty} x ${f2(r.price)}`, `${f2(r.amount)} SR`]), '-',
        ['TOTAL EXCL GST', f2(it.total)], ['GST @6%', f2(gst)], ['ROUNDING ADJ', f2(r2(total - incl))], { b: ['TOTAL INCL GST', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['CODE', 'AMOUNT', 'TAX'], ['SR 6%', f2(it.total), f2(gst)], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-escape-room-pax-gst-7-grand-total-grabpay-weekday-comma-d-mon-yyyy-12h', batch: 58, date: '2018-10-06', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore escape room: players at a per-head price, a weekend surcharge, "GST 7%", "GRAND TOTAL", GrabPay; "Sat, 6 Oct 2018 7:45 PM".
      const players = 5, price = 28, surcharge = 15, sub = r2(players * price + surcharge), gst = r2(sub * 0.07), total = r2(sub + gst);
      return { total, lines: [
        { c: 'LOCKED IN ESCAPE ROOMS' }, { c: 'LOCKED IN PTE LTD' }, { c: 'GST Reg No: 201622334K' }, { c: '50 Jurong Gateway Rd #04-22 S(608549)' }, '-',
        ['Sat, 6 Oct 2018 7:45 PM', 'Room: THE VAULT'], ['Booking: LI-88123', ''], '-',
        [`${players} PAX @ ${f2(price)}`, f2(r2(players * price))], ['WEEKEND SURCHARGE', f2(surcharge)], '-',
        ['SUBTOTAL', f2(sub)], ['GST 7%', f2(gst)], { b: ['GRAND TOTAL', f2(total)] }, ['GRABPAY', f2(total)], '-', { c: 'ESCAPED IN 52:18 - WELL DONE!' },
      ] };
    },
  },
  {
    id: 'tea-merchant-gst-0-pct-nett-total-visa-iso-date-tax-holiday', batch: 58, date: '2018-07-15', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Chinese tea merchant in the GST-at-0% months of 2018: tea leaves by the tin, a tea set, "GST @ 0%", "NETT TOTAL", Visa; "2018-07-15 14:02".
      const it = priced([['PU-ERH CAKE 357G', 1, 128.0], ['TIE GUAN YIN 150G', 2, 45.0], ['TEA SET (6PCS)', 1, 88.0]]);
      const disc = r2(it.total * 0.05), total = r2(it.total - disc);
      return { total, lines: [
        { c: 'TEH HARUM TEA MERCHANT' }, { c: 'HARUM TEA TRADING (IP0771199-H)' }, { c: 'GST ID: 001122998877' }, { c: '33, JALAN SULTAN YUSSUF, 30000 IPOH' }, '-',
        ['2018-07-15 14:02', 'Rcpt: HT-07152'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['MEMBER 5%', `-${f2(disc)}`], ['GST @ 0%', '0.00'], { b: ['NETT TOTAL', f2(total)] }, ['VISA XXXX 2201', f2(total)], '-', { c: 'ENJOY YOUR TEA' },
      ] };
    },
  },
  {
    id: 'photo-kiosk-prints-service-tax-6-rounding-adjustment-amount-due-cash-dd-mm-yyyy-weekday', batch: 58, date: '2019-11-09', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A photo printing kiosk after SST: prints by size, a passport photo set, "Service Tax 6%", "Rounding Adjustment", "AMOUNT DUE", a RM100 note; "09/11/2019 Sat".
      const it = priced([['4R PRINT', 36, 0.5], ['8R PRINT', 4, 3.5], ['PASSPORT PHOTO SET', 1, 15.0]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'SNAPPRINT PHOTO EXPRESS' }, { c: 'SNAPPRINT SDN BHD (1300441-V)' }, { c: 'SST ID: J31-1809-32005566' }, { c: 'L1-08, AEON TEBRAU CITY, 81100 JOHOR BAHRU' }, '-',
        ['09/11/2019 Sat', '12:27'], ['Order: SP-1109-44', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], ['Rounding Adjustment', f2(r2(total - incl))], { b: ['AMOUNT DUE', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 59 (held out: sewing machine repairs, window tinting, rice wholesalers, bicycle rental, trampoline parks, pau stalls, haberdashers, upholsterers, coconut shake stalls, pottery studios)
  {
    id: 'sewing-machine-repair-bill-by-hand-no-tax-jumlah-tunai-d-m-yy', batch: 59, date: '2019-09-02', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A sewing machine repairer's bill book filled in by hand, no tax: a service, a part, "Jumlah", "Tunai"; "2/9/19".
      const service = 60, part = 35, belt = 12, total = service + part + belt;
      return { total, lines: [
        { c: 'KEDAI JAHIT & BAIKI MESIN CHONG' }, { c: '(MA0233445-X)' }, { c: '8, JALAN HANG JEBAT, 75200 MELAKA' }, '-',
        { hand: ['2/9/19', 'No 0712'] }, '-',
        { hand: ['Servis mesin SINGER', f2(service)] }, { hand: ['Tukar motor belt', f2(belt)] }, { hand: ['Bobbin case', f2(part)] }, '-',
        { hand: ['Jumlah', f2(total)] }, { hand: ['Tunai', f2(total)] }, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'window-tint-sst-sales-tax-10-installation-service-tax-6-nett-total-less-deposit-dd-mon-yy', batch: 59, date: '2019-09-21', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A car window tint shop after SST: film at "Sales Tax 10%", fitting at "Service Tax 6%", "NETT TOTAL", "Less Deposit", "Balance Paid (Card)"; "21-Sep-19", the booking earlier.
      const film = 900, fitting = 150, salesTax = r2(film * 0.1), svcTax = r2(fitting * 0.06), total = r2(film + fitting + salesTax + svcTax), deposit = 200;
      return { total, lines: [
        { c: 'COOLSHADE AUTO TINT' }, { c: 'COOLSHADE AUTO SDN BHD (1233210-M)' }, { c: 'SST ID: P11-1809-32001199' }, { c: '99, JALAN PERAI JAYA, 13600 PERAI' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['21-Sep-19', 'OR 19-0921-3'], ['Car: PKN 4417 (MYVI)', 'Booked: 14-Sep-19'], '-',
        ['SOLAR FILM FULL SET', f2(film)], ['INSTALLATION', f2(fitting)], '-',
        ['Sales Tax 10%', f2(salesTax)], ['Service Tax 6%', f2(svcTax)], { b: ['NETT TOTAL', f2c(total)] }, ['Less Deposit', f2(deposit)], ['Balance Paid (Card)', f2(r2(total - deposit))], '-', { c: '5 YEARS WARRANTY ON FILM' },
      ] };
    },
  },
  {
    id: 'rice-wholesaler-gst-zero-rated-rice-sr-sacks-grand-total-dotted-leaders-cheque-dd-mon-yy', batch: 59, date: '2017-04-05', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A rice wholesaler under GST: local rice zero-rated, sacks of sugar at 6%, a GST summary, "GRAND TOTAL" after dotted leaders, a cheque; "05-Apr-17".
      const zr = priced([['BERAS TEMPATAN 10KG', 12, 26.0]]), sr = priced([['BERAS WANGI THAI 5KG', 6, 24.5], ['GULA PASIR 1KG', 20, 2.95]]);
      const gst = r2(sr.total * 0.06), total = r2(zr.total + sr.total + gst);
      return { total, lines: [
        { c: 'PERNIAGAAN BERAS SRI PADI' }, { c: 'SRI PADI TRADING (KA0211334-P)' }, { c: 'GST ID: 002211334455' }, { c: 'LOT 5, JALAN SULTAN BADLISHAH, 05000 ALOR SETAR' }, '-',
        { c: 'TAX INVOICE' }, ['05-Apr-17', 'Inv SP/17/0405'], ['Kepada: KEDAI RUNCIT AMAN', ''], '-',
        ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} ZR`]), ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['SUB TOTAL ...........', f2(r2(zr.total + sr.total))], ['GST 6% ..............', f2(gst)], { b: ['GRAND TOTAL .........', f2(total)] }, ['CHEQUE MBB 220114 ...', f2(total)], '-',
        { c: 'GST SUMMARY' }, ['ZR @ 0%', f2(zr.total), '0.00'], ['SR @ 6%', f2(sr.total), f2(gst)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'bicycle-rental-hours-deposit-refunded-total-rm-cash-weekday-dd-mm-yyyy-dashes', batch: 59, date: '2018-12-15', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A bicycle rental by the beach, no tax: bikes by the hour, a helmet, "TOTAL RM", a deposit taken and refunded, cash; "Sat 15-12-2018 10:05".
      const it = priced([['MOUNTAIN BIKE (HR)', 6, 8.0], ['TANDEM BIKE (HR)', 2, 15.0], ['HELMET', 2, 2.0]]);
      const total = it.total, deposit = 100;
      return { total, lines: [
        { c: 'PANTAI CENANG BIKE RENTAL' }, { c: '(LK0099887-A)' }, { c: 'JALAN PANTAI CENANG, 07000 LANGKAWI' }, '-',
        ['Sat 15-12-2018 10:05', 'Out 10:05 In 13:10'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM', f2(total)] }, ['CASH', f2(total)], ['DEPOSIT (IC HELD)', f2(deposit)], ['DEPOSIT REFUNDED', f2(deposit)], '-', { c: 'RIDE SAFE' },
      ] };
    },
  },
  {
    id: 'sg-trampoline-park-gst-7-incl-total-payable-grip-socks-paynow-dd-mon-yyyy-weekday', batch: 59, date: '2019-03-16', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore trampoline park, GST-inclusive: jump passes by the hour, grip socks, a weekday line, "TOTAL PAYABLE", PayNow, "GST 7% incl."; "16 Mar 2019 (Sat)".
      const it = priced([['JUMP PASS 60MIN', 3, 22.0], ['JUMP PASS 90MIN', 1, 29.0], ['GRIP SOCKS', 4, 4.0]]);
      const total = it.total, gstIn = r2((total * 7) / 107);
      return { total, lines: [
        { c: 'BOUNCE ZONE' }, { c: 'BOUNCE ZONE PTE LTD' }, { c: 'GST Reg No: 201844556D' }, { c: '1 Kallang Place #02-01 S(339211)' }, '-',
        ['16 Mar 2019 (Sat)', '11:40 AM'], ['Rcpt: BZ-0316-212', 'POS 2'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL PAYABLE', `S$${f2(total)}`] }, ['PAYNOW', f2(total)], ['GST 7% incl.', f2(gstIn)], '-', { c: 'JUMP SAFE, HAVE FUN' },
      ] };
    },
  },
  {
    id: 'pau-stall-gst-6-incl-jumlah-pelarasan-tunai-fifty-baki-dd-mm-yy-dots', batch: 59, date: '2017-11-25', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A pau stall under GST with inclusive prices: pau by the piece, "JUMLAH", "Pelarasan", "JUMLAH BAYAR", a RM50 note, "BAKI", "GST 6% termasuk"; "25.11.17 08:12".
      const it = priced([['PAU KACANG MERAH', 4, 1.6], ['PAU AYAM', 6, 2.2], ['PAU KAYA', 3, 1.6], ['SIEW MAI', 8, 0.88]]);
      const total = round5(it.total), cash = 50, gstIn = r2((it.total * 6) / 106);
      return { total, lines: [
        { c: 'PAU SEDAP TANJUNG MALIM' }, { c: 'PAU SEDAP ENTERPRISE (PR0556677-U)' }, { c: 'GST ID: 001400223344' }, { c: '2, JALAN BESAR, 35900 TANJUNG MALIM' }, '-',
        ['25.11.17 08:12', 'Resit 01122'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['JUMLAH', f2(it.total)], ['Pelarasan', f2(r2(total - it.total))], { b: ['JUMLAH BAYAR', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], `GST 6% termasuk: ${f2(gstIn)}`, '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'haberdashery-sales-tax-10-sst-summary-total-incl-tax-cash-change-dd-mm-yyyy-weekday-caps', batch: 59, date: '2019-10-18', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A haberdasher after SST: lace, zips and buttons at "Sales Tax 10%", thread exempt, a tax summary, "TOTAL INCL. TAX", cash over the total; "18/10/2019 FRI".
      const st = priced([['LACE TRIM (M)', 5, 6.5], ['ZIP 20CM', 10, 1.2], ['BUTTONS (CARD)', 6, 2.8]]), ex = priced([['COTTON THREAD', 4, 2.5]]);
      const tax = r2(st.total * 0.1), total = r2(st.total + ex.total + tax), cash = 150;
      return { total, lines: [
        { c: 'KEDAI KAIN & AKSESORI NOOR' }, { c: 'NOOR TEXTILE (KT0344112-D)' }, { c: 'SST ID: T10-1809-32002233' }, { c: '14, JALAN SULTAN ZAINAL ABIDIN, 20000 K. TERENGGANU' }, '-',
        ['18/10/2019 FRI', '15:22'], ['Inv: NT-181019-6', ''], '-',
        ...st.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} T`]), ...ex.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} E`]), '-',
        ['SUBTOTAL', f2(r2(st.total + ex.total))], ['SALES TAX 10%', f2(tax)], { b: ['TOTAL INCL. TAX', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-',
        { c: 'TAX SUMMARY' }, ['T 10%', f2(st.total), f2(tax)], ['E 0%', f2(ex.total), '0.00'], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'upholstery-sofa-service-tax-6-amount-due-less-deposit-balance-cheque-d-mon-yyyy', batch: 59, date: '2019-02-26', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // An upholsterer after SST: reupholstering, fabric, foam, "Service Tax 6%", "AMOUNT DUE" over a thousand, "Less Deposit", "Balance", a cheque; "26 Feb 2019", the order date earlier.
      const labour = 850, fabric = 420, foam = 180, st = r2((labour + fabric + foam) * 0.06), total = r2(labour + fabric + foam + st), deposit = 500;
      return { total, lines: [
        { c: 'SOFA CRAFT UPHOLSTERY' }, { c: 'SOFA CRAFT (SA0445566-T)' }, { c: 'SST ID: S10-1809-32008811' }, { c: '3, JALAN KOLAM AIR, 50480 KUALA LUMPUR' }, '-',
        { c: 'RECEIPT' }, ['Date: 26 Feb 2019', 'No: SC 0226/2'], ['Order: 8 Feb 2019', '3+2 SEATER'], '-',
        ['REUPHOLSTER LABOUR', f2(labour)], ['FABRIC 12M', f2(fabric)], ['HIGH DENSITY FOAM', f2(foam)], '-',
        ['Service Tax 6%', f2(st)], { b: ['AMOUNT DUE', f2c(total)] }, ['Less Deposit', f2(deposit)], ['Balance', f2c(r2(total - deposit))], ['Cheque HLB 330218', f2c(r2(total - deposit))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'coconut-shake-stall-no-tax-total-rm-dotted-leaders-duitnow-qr-dd-mm-yyyy-ahad', batch: 59, date: '2019-08-11', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A coconut shake stall, no tax: shakes with toppings, the figures after dotted leaders, "TOTAL RM", DuitNow QR; "Ahad 11/08/2019".
      const it = priced([['COCONUT SHAKE (L)', 3, 7.0], ['COCONUT SHAKE (M)', 2, 5.5], ['+ ICE CREAM', 3, 1.5], ['AIR KELAPA', 1, 4.5]]);
      const total = it.total;
      return { total, lines: [
        { c: 'KLEBANG COCONUT SHAKE' }, { c: 'JALAN KLEBANG BESAR, 75200 MELAKA' }, '-',
        ['Ahad 11/08/2019', '16:10'], ['Order #318', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL RM ............', f2(total)] }, ['DUITNOW QR ..........', f2(total)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-pottery-studio-class-clay-firing-gst-7-nett-amount-visa-dd-mm-yyyy-comma-weekday', batch: 59, date: '2018-05-19', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore pottery studio: a wheel class for two, extra clay, firing and glazing, "GST 7%", "NETT AMOUNT", Visa; "19/05/2018, Saturday", the pick-up date later.
      const it = priced([['WHEEL CLASS (PAX)', 2, 75.0], ['EXTRA CLAY 1KG', 1, 12.0], ['FIRING & GLAZE (PC)', 4, 10.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'MUDWORKS POTTERY STUDIO' }, { c: 'MUDWORKS PTE LTD' }, { c: 'GST Reg No: 201511223N' }, { c: '8 Kallang Ave #01-04 S(339509)' }, '-',
        ['19/05/2018, Saturday', '2:30 PM'], ['Ref: MW-0519-07', 'Pick-up: 16/06/2018'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 7%', f2(gst)], { b: ['NETT AMOUNT', f2(total)] }, ['VISA **** 9012', f2(total)], '-', { c: 'SEE YOU AT THE WHEEL' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 60 (held out: sugarcane juice carts, computer repairs, music schools, vegetarian economy rice, aquarium shops, car park season passes, medicine halls, dim sum, grille welders, durian orchards)
  {
    id: 'sugarcane-juice-cart-no-tax-total-dotted-leaders-cash-fifty-change-dd-mon-yy-dashes', batch: 60, date: '2018-02-28', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A sugarcane juice cart, no tax: cups by size, the figures after dotted leaders, "TOTAL", a RM50 note, "CHANGE"; "28-Feb-18 4:15PM".
      const it = priced([['AIR TEBU (L)', 3, 3.5], ['AIR TEBU LIMAU (M)', 2, 3.0], ['TEBU + ASAM BOI', 1, 4.0]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'TEBU SEGAR PAK ABU' }, { c: '(SA0778812-H)' }, { c: 'TAPAK PASAR, JALAN TUN RAZAK, 25000 KUANTAN' }, '-',
        ['28-Feb-18 4:15PM', 'No. 0244'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL ..................', f2(total)], ['CASH ...................', f2(cash)], ['CHANGE .................', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'computer-repair-service-tax-6-amount-due-less-deposit-balance-visa-dd-mm-yyyy-weekday-parens', batch: 60, date: '2019-02-28', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A computer repair shop after SST: diagnosis, a new SSD, reinstalling, "Service Tax 6%", "AMOUNT DUE", "Less Deposit", "BALANCE", Visa; "28/02/2019 (THU)", the day the laptop came in a week earlier.
      const diag = 30, ssd = 189, reinstall = 120, st = r2((diag + ssd + reinstall) * 0.06), total = r2(diag + ssd + reinstall + st), deposit = 100;
      return { total, lines: [
        { c: 'PC DOCTOR COMPUTER SERVICES' }, { c: 'PC DOCTOR SOLUTIONS (JM0812233-W)' }, { c: 'SST ID: J31-1809-32006677' }, { c: '21, JALAN PERMAS 10/2, 81750 JOHOR BAHRU' }, '-',
        { c: 'SERVICE RECEIPT' }, ['28/02/2019 (THU)', 'Job: PD-0221-14'], ['Received: 21/02/2019 (THU)', 'ACER ASPIRE 5'], '-',
        ['DIAGNOSIS', f2(diag)], ['SSD 256GB (SUPPLY & FIT)', f2(ssd)], ['OS REINSTALL + BACKUP', f2(reinstall)], '-',
        ['Service Tax 6%', f2(st)], { b: ['AMOUNT DUE', f2(total)] }, ['Less Deposit', f2(deposit)], ['BALANCE', f2(r2(total - deposit))], ['VISA **** 5521', f2(r2(total - deposit))], '-', { c: '30 DAYS WARRANTY ON PARTS' },
      ] };
    },
  },
  {
    id: 'music-school-fees-no-tax-jumlah-yuran-online-transfer-chinese-date-nian-yue-ri', batch: 60, date: '2019-03-02', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A music school run by a Chinese family, fees not taxed: a month of piano lessons, a theory book, "JUMLAH YURAN", paid by online transfer; "日期 Date: 2019年3月2日".
      const it = priced([['PIANO GRADE 3 (LESSON)', 4, 45.0], ['THEORY BOOK GR 3', 1, 28.5], ['EXAM FORM HANDLING', 1, 10.0]]);
      const total = it.total;
      return { total, lines: [
        { c: '雅韵音乐中心' }, { c: 'MELODIA MUSIC CENTRE (PG0556612-K)' }, { c: '45, JALAN MACALISTER, 10400 PULAU PINANG' }, '-',
        { c: 'RESIT RASMI / OFFICIAL RECEIPT' }, '日期 Date: 2019年3月2日', ['Pelajar: TAN XIN YI', 'Bulan: MAC 2019'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH YURAN', f2(total)] }, ['ONLINE TRANSFER (PBB)', f2(total)], '-', { c: '谢谢 TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'vegetarian-economy-rice-gst-6-rounding-adj-nett-cash-fifty-gst-summary-dd-mm-yyyy', batch: 60, date: '2018-04-05', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A vegetarian economy rice shop under GST, prices before tax: plates by the dish count, drinks, "GST 6%", "Rounding Adj", "NETT", a RM50 note, a GST summary; "05/04/2018 12:48".
      const it = priced([['NASI + 3 SAYUR', 2, 6.8], ['NASI + 2 SAYUR + TAUHU', 1, 7.3], ['TEH O AIS', 2, 1.9], ['AIR BARLI', 1, 2.2]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 50;
      return { total, lines: [
        { c: 'RESTORAN SAYUR-SAYURAN BODHI' }, { c: 'BODHI VEGETARIAN (PK0123344-V)' }, { c: 'GST ID: 001833224411' }, { c: '7, JALAN SULTAN IDRIS SHAH, 30000 IPOH' }, '-',
        { c: 'TAX INVOICE' }, ['05/04/2018 12:48', 'Inv 0405-0188'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), '-',
        ['Sub Total', f2(it.total)], ['GST 6%', f2(gst)], ['Rounding Adj', f2(r2(total - incl))], { b: ['NETT', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['SR @ 6%', f2(it.total), f2(gst)], '-', { c: 'SEMOGA SIHAT' },
      ] };
    },
  },
  {
    id: 'aquarium-shop-gst-6-incl-voided-pump-total-rm-parens-visa-dd-mm-yy-dashes', batch: 60, date: '2017-10-12', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // An aquarium shop under GST with inclusive prices: fish by the pair and the piece, an air pump rung up and voided, "TOTAL (RM)", Visa, "GST 6% included"; "12-10-17 17:05".
      const it = priced([['GUPPY (PAIR)', 4, 6.0], ['NEON TETRA', 10, 1.2], ['FISH FOOD 100G', 1, 14.9], ['WATER CONDITIONER', 1, 18.5]]);
      const pump = 35, total = it.total, gstIn = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'AQUA LIFE FISH & PET' }, { c: 'AQUA LIFE TRADING (SA0334455-D)' }, { c: 'GST ID: 000998877665' }, { c: '33, JALAN SS 2/64, 47300 PETALING JAYA' }, '-',
        ['12-10-17 17:05', 'Rcpt 10-1207'], '-',
        ...it.rows.slice(0, 2).map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['1 AIR PUMP AP-200', f2(pump)], ['** VOID ** AIR PUMP AP-200', `-${f2(pump)}`],
        ...it.rows.slice(2).map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL (RM)', f2(total)] }, ['VISA', f2(total)], ['GST 6% included', f2(gstIn)], '-', { c: 'LIVE FISH NOT RETURNABLE' },
      ] };
    },
  },
  {
    id: 'car-park-season-pass-service-tax-6-grand-total-fpx-dd-mon-yy-period-after', batch: 60, date: '2019-02-28', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A car park operator's season pass renewal after SST: a month's pass, a replacement access card, "Service Tax 6%", "GRAND TOTAL", FPX; "28-Feb-19", the pass's period in the next month.
      const pass = 120, card = 25, st = r2((pass + card) * 0.06), total = r2(pass + card + st);
      return { total, lines: [
        { c: 'CITYPARK MANAGEMENT SDN BHD' }, { c: '(1188776-X)' }, { c: 'SST ID: W10-1809-32004455' }, { c: 'MENARA CITYPARK, JALAN AMPANG, 50450 KUALA LUMPUR' }, '-',
        { c: 'RECEIPT' }, ['Date: 28-Feb-19', 'No: CP-19-02-881'], ['Bay: B2-114', 'Car: WVX 2210'], '-',
        ['SEASON PARKING (MAR)', f2(pass)], ['Period: 01-Mar-19 to 31-Mar-19', ''], ['ACCESS CARD REPLACEMENT', f2(card)], '-',
        ['Service Tax 6%', f2(st)], { b: ['GRAND TOTAL', f2(total)] }, ['FPX (MAYBANK2U)', f2(total)], '-', { c: 'PLEASE DISPLAY YOUR PASS' },
      ] };
    },
  },
  {
    id: 'medicine-hall-gst-6-chinese-date-zongji-total-rounding-cash-change-gst-summary', batch: 60, date: '2018-02-28', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A traditional Chinese medicine hall under GST, prices before tax: dried herbs, a prescription by the dose, "GST 6%", "调整 Rounding", "总计 TOTAL", cash and change, a GST summary; "日期: 2018年2月28日".
      const it = priced([['当归 DANG GUI 50G', 1, 18.0], ['枸杞 GOJI 100G', 2, 9.5], ['药方 PRESCRIPTION (帖)', 3, 12.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: '仁和堂药行' }, { c: 'JEN HO TONG MEDICAL HALL (MA0221100-P)' }, { c: 'GST ID: 000667788990' }, { c: '52, JALAN HANG JEBAT, 75200 MELAKA' }, '-',
        { c: 'TAX INVOICE' }, ['日期: 2018年2月28日', '单号: 0228-031'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['小计 SUBTOTAL', f2(it.total)], ['GST 6%', f2(gst)], ['调整 Rounding', f2(r2(total - incl))], { b: ['总计 TOTAL', f2(total)] }, ['现金 CASH', f2(cash)], ['找钱 CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['SR 6%', f2(it.total), f2(gst)], '-', { c: '祝早日康复' },
      ] };
    },
  },
  {
    id: 'sg-dim-sum-svc-10-gst-7-grand-total-nets-dd-mm-yyyy-weekday-parens', batch: 60, date: '2018-02-28', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore dim sum restaurant: baskets, tea by the head, "Service Charge 10%", "GST 7%" on both, "GRAND TOTAL", NETS; "28/02/2018 (WED) 11:45".
      const it = priced([['HAR GOW', 2, 5.8], ['SIEW MAI', 2, 5.2], ['CHAR SIEW BAO', 1, 4.8], ['CHEE CHEONG FUN', 1, 6.5], ['CHINESE TEA (PAX)', 4, 1.8]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'JADE DRAGON DIM SUM' }, { c: 'JADE DRAGON F&B PTE LTD' }, { c: 'GST Reg No: 201633221K' }, { c: '6 Jalan Besar #01-12 S(208787)' }, '-',
        ['28/02/2018 (WED)', '11:45'], ['Table 12', 'Pax 4'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['GRAND TOTAL', f2(total)] }, ['NETS', f2(total)], '-', { c: 'THANK YOU, SEE YOU AGAIN' },
      ] };
    },
  },
  {
    id: 'grille-welding-workshop-no-tax-jumlah-besar-tolak-deposit-baki-tunai-d-m-yyyy-dots', batch: 60, date: '2019-03-07', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A welding workshop's bill for house grilles, no tax: a door grille, window grilles, fitting, "JUMLAH BESAR" over a thousand, "Tolak Deposit", "Baki Dibayar (Tunai)"; "7.3.2019".
      const door = 850, windows = 4 * 180, fitting = 150, total = door + windows + fitting, deposit = 500;
      return { total, lines: [
        { c: 'BENGKEL KIMPALAN JAYA BESI' }, { c: '(NS0445566-A)' }, { c: 'LOT 9, KAWASAN PERINDUSTRIAN SENAWANG, 70450 SEREMBAN' }, '-',
        { c: 'BIL TUNAI' }, ['Tarikh: 7.3.2019', 'No: 0311'], ['Kepada: EN. HAMZAH', 'TMN SEMARAK'], '-',
        ['GRIL PINTU DEPAN', f2(door)], ['GRIL TINGKAP 4 x 180.00', f2(windows)], ['UPAH PASANG', f2(fitting)], '-',
        { b: ['JUMLAH BESAR', f2c(total)] }, ['Tolak Deposit', f2(deposit)], ['Baki Dibayar (Tunai)', f2c(total - deposit)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'durian-orchard-buffet-pax-musang-king-kg-no-tax-amount-due-duitnow-weekday-dd-mm-yyyy', batch: 60, date: '2019-07-14', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A durian orchard, no tax: the all-you-can-eat buffet by the head (adults, children), Musang King by the kilo, coconut water, "AMOUNT DUE", DuitNow; "Sun 14/07/2019 3:30PM".
      const it = priced([['DURIAN BUFFET (ADULT)', 3, 45.0], ['DURIAN BUFFET (CHILD)', 2, 25.0], ['MUSANG KING (KG)', 1.8, 68.0], ['AIR KELAPA', 5, 4.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'DUSUN DURIAN BUKIT MERAH' }, { c: 'DUSUN BUKIT MERAH AGRO (PR0667788-M)' }, { c: 'JALAN BUKIT MERAH, 34400 SEMANGGOL, PERAK' }, '-',
        ['Sun 14/07/2019 3:30PM', 'Rcpt 0714-22'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['AMOUNT DUE', f2(total)] }, ['DUITNOW', f2(total)], '-', { c: 'NO DURIANS IN HOTELS & BUSES' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 61 (held out: ice kacang stalls, rubber stamp makers, badminton courts, reflexology centres, carpet shops, keropok outlets, futsal courts, acupuncture clinics, baking supplies, rojak stalls)
  {
    id: 'ice-kacang-stall-no-tax-jumlah-tunai-fifty-baki-dd-mm-yy', batch: 61, date: '2018-06-15', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // An ice kacang and rojak stall, no tax: "JUMLAH", a RM50 note, "BAKI"; "15/06/18 3:40PM".
      const it = priced([['ABC SPECIAL', 2, 6.5], ['CENDOL PULUT', 1, 4.5], ['ROJAK BUAH', 1, 6.0]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'ABC & CENDOL MAK TEH' }, { c: '(KT0998811-U)' }, { c: 'GERAI 4, PASAR PAYANG, 20100 K. TERENGGANU' }, '-',
        ['15/06/18 3:40PM', 'Bil 0712'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'rubber-stamp-maker-service-tax-6-nett-dotted-leaders-rounding-cash-change-dd-mon-yy-dashes', batch: 61, date: '2018-11-05', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A rubber stamp maker after SST: self-inking stamps, a company chop, a date stamp, the figures after dotted leaders, "SERVICE TAX 6%", "ROUNDING", "NETT", cash over the total; "05-Nov-18".
      const it = priced([['SELF-INK STAMP 38X14', 2, 35.0], ['COMPANY CHOP ROUND', 1, 28.0], ['DATE STAMP', 1, 22.5]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl), cash = 150;
      return { total, lines: [
        { c: 'CHOP KILAT STAMP MAKER' }, { c: 'CHOP KILAT ENTERPRISE (SA0556677-T)' }, { c: 'SST ID: B16-1809-32003344' }, { c: '18, JALAN TENGKU KELANA, 41000 KLANG' }, '-',
        ['05-Nov-18 10:20', 'No: CK-1105-09'], ['Ready: 07-Nov-18', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['SUB TOTAL ...........', f2(it.total)], ['SERVICE TAX 6% ......', f2(st)], ['ROUNDING ............', f2(r2(total - incl))], { b: ['NETT ................', f2(total)] },
        ['CASH ................', f2(cash)], ['CHANGE ..............', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'badminton-court-rental-service-tax-6-total-rm-mastercard-weekday-caps-first-dd-mm-yyyy', batch: 61, date: '2019-01-19', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A badminton hall after SST: a court by the hour, a tube of shuttlecocks, "Service Tax 6%", "TOTAL RM", Mastercard; "SAT 19/01/2019 19:52", the booked hours.
      const it = priced([['COURT 3 (PER HR)', 2, 24.0], ['SHUTTLECOCK TUBE', 1, 38.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st);
      return { total, lines: [
        { c: 'SMASH ARENA BADMINTON HALL' }, { c: 'SMASH ARENA SDN BHD (1277334-D)' }, { c: 'SST ID: B16-1809-32007788' }, { c: '2, JALAN USJ 1/1C, 47600 SUBANG JAYA' }, '-',
        ['SAT 19/01/2019 19:52', 'Rcpt SA-0119-77'], ['Booking: 20:00-22:00', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['TOTAL RM', f2(total)] }, ['MASTERCARD **** 3309', f2(total)], '-', { c: 'PLEASE WEAR NON-MARKING SHOES' },
      ] };
    },
  },
  {
    id: 'reflexology-centre-service-tax-6-voided-massage-grand-total-cash-change-dd-mm-yyyy-weekday-parens', batch: 61, date: '2019-04-06', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A reflexology centre after SST: foot reflexology for two, a body massage rung up and voided, a shoulder massage, "Service Tax 6%", "GRAND TOTAL", cash over the total; "06/04/2019 (SAT)".
      const it = priced([['FOOT REFLEXOLOGY 60MIN', 2, 58.0], ['SHOULDER MASSAGE 30MIN', 1, 35.0]]);
      const body = 98, st = r2(it.total * 0.06), total = r2(it.total + st), cash = 200;
      return { total, lines: [
        { c: 'HAPPY FEET REFLEXOLOGY' }, { c: 'HAPPY FEET WELLNESS (IP0334411-H)' }, { c: 'SST ID: A10-1809-32001122' }, { c: '88, JALAN SULTAN YUSSUF, 30000 IPOH' }, '-',
        ['06/04/2019 (SAT)', '21:15'], ['Room 3', 'Therapist 12'], '-',
        [`2 ${it.rows[0].name}`, f2(it.rows[0].amount)], ['1 BODY MASSAGE 90MIN', f2(body)], ['VOID BODY MASSAGE 90MIN', `-${f2(body)}`], [`1 ${it.rows[1].name}`, f2(it.rows[1].amount)], '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['GRAND TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'RELAX, COME AGAIN' },
      ] };
    },
  },
  {
    id: 'carpet-shop-sales-tax-10-total-rm-parens-less-deposit-balance-cheque-dd-mon-yyyy-delivery-after', batch: 61, date: '2019-10-12', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A carpet shop after SST: a rug and door mats at "Sales Tax 10%", "TOTAL (RM)" over a thousand, "Less Deposit", "Balance", a cheque; "12 Oct 2019" and the delivery date a week later.
      const rug = 1280, mats = 2 * 35, tax = r2((rug + mats) * 0.1), total = r2(rug + mats + tax), deposit = 300;
      return { total, lines: [
        { c: 'PERSIA CARPET GALLERY' }, { c: 'PERSIA GALLERY SDN BHD (1011223-P)' }, { c: 'SST ID: W10-1809-32009900' }, { c: 'LOT 1.22, AMPANG POINT, 68000 AMPANG' }, '-',
        { c: 'CASH SALE' }, ['Date: 12 Oct 2019', 'No: PG/1910/088'], ['Delivery: 19 Oct 2019', ''], '-',
        ['PERSIAN RUG 160X230', f2c(rug)], ['DOOR MAT x 2', f2(mats)], '-',
        ['Sales Tax 10%', f2(tax)], { b: ['TOTAL (RM)', f2c(total)] }, ['Less Deposit', f2(deposit)], ['Balance', f2c(r2(total - deposit))], ['Cheque CIMB 441207', f2c(r2(total - deposit))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'keropok-outlet-gst-zero-rated-sr-summary-jumlah-bersih-pelarasan-tunai-baki-dd-mm-yyyy-jumaat', batch: 61, date: '2018-03-23', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A fish cracker outlet under GST: keropok zero-rated, packet drinks at 6%, "JUMLAH BERSIH" after "Pelarasan", cash and change, a GST summary; "Tarikh: 23/03/2018 (JUMAAT)".
      const zr = priced([['KEROPOK LEKOR (KG)', 2, 14.0], ['KEROPOK KEPING 500G', 3, 12.5]]), sr = priced([['AIR KOTAK', 4, 1.8], ['BEG KERTAS', 1, 0.5]]);
      const gst = r2(sr.total * 0.06), incl = r2(zr.total + sr.total + gst), total = round5(incl), cash = 100;
      return { total, lines: [
        { c: 'KEROPOK LOSONG WAN' }, { c: 'WAN FOOD INDUSTRIES (TR0112299-K)' }, { c: 'GST ID: 002100998877' }, { c: 'LOSONG, 21000 K. TERENGGANU' }, '-',
        { c: 'INVOIS CUKAI' }, ['Tarikh: 23/03/2018 (JUMAAT)', '11:02'], ['No: WF-0323-041', ''], '-',
        ...zr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} Z`]), ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), '-',
        ['JUMLAH', f2(r2(zr.total + sr.total))], ['GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['JUMLAH BERSIH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-',
        { c: 'RINGKASAN GST' }, ['Z @ 0%', f2(zr.total), '0.00'], ['S @ 6%', f2(sr.total), f2(gst)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-futsal-court-gst-7-amount-due-paynow-dd-mon-yy-dashes-next-booking-after', batch: 61, date: '2018-06-09', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore futsal court: two peak hours, bibs for ten, "GST 7%", "AMOUNT DUE S$", PayNow; "09-Jun-18 7:58 PM" and the next week's booking.
      const it = priced([['COURT A PEAK (HR)', 2, 90.0], ['BIB RENTAL', 10, 1.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'KICKOFF FUTSAL ARENA' }, { c: 'KICKOFF SPORTS PTE LTD' }, { c: 'GST Reg No: 201722334W' }, { c: '3 Turf City Rd #02-05 S(288230)' }, '-',
        ['09-Jun-18 7:58 PM', 'Rcpt KF-0609-31'], ['Next booking: 16-Jun-18', '8-10 PM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 7%', f2(gst)], { b: ['AMOUNT DUE', `S$${f2(total)}`] }, ['PAYNOW', f2(total)], '-', { c: 'PLAY FAIR' },
      ] };
    },
  },
  {
    id: 'acupuncture-clinic-consult-exempt-herbs-gst-6-heji-total-cash-change-chinese-date', batch: 61, date: '2017-09-05', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A Chinese acupuncture clinic under GST: the consultation and the acupuncture exempt, herbs by the packet at 6%, "合计 TOTAL", cash and change, a GST summary; "日期: 2017年9月5日".
      const ex = priced([['诊费 CONSULTATION', 1, 30.0], ['针灸 ACUPUNCTURE', 1, 60.0]]), sr = priced([['中药 HERBS (包)', 5, 8.0]]);
      const gst = r2(sr.total * 0.06), total = r2(ex.total + sr.total + gst), cash = 150;
      return { total, lines: [
        { c: '康泰针灸中心' }, { c: 'KANG TAI ACUPUNCTURE CENTRE (JM0667711-A)' }, { c: 'GST ID: 001122009988' }, { c: '9, JALAN WONG AH FOOK, 80000 JOHOR BAHRU' }, '-',
        { c: 'TAX INVOICE' }, ['日期: 2017年9月5日', '16:40'], ['病人 Patient: LIM A.H.', 'No: KT-0905-12'], '-',
        ...ex.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} E`]), ...sr.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} S`]), '-',
        ['GST 6%', f2(gst)], { b: ['合计 TOTAL', f2(total)] }, ['现金 CASH', f2(cash)], ['找钱 CHANGE', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['S 6%', f2(sr.total), f2(gst)], ['E 0%', f2(ex.total), '0.00'], '-', { c: '谢谢' },
      ] };
    },
  },
  {
    id: 'baking-supplies-gst-6-incl-voided-choc-chips-rounding-total-sales-incl-gst-cash-dd-mm-yyyy-dashes', batch: 61, date: '2018-01-17', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A baking supplies shop under GST with inclusive prices: flour, butter, cocoa, cake boxes, chocolate chips rung up and voided, "ROUNDING ADJ", "TOTAL SALES (INCL GST)", cash over the total; "17-01-2018 10:12".
      const it = priced([['TEPUNG GANDUM 1KG', 3, 2.88], ['BUTTER 227G', 2, 9.9], ['COCOA POWDER 500G', 1, 15.9], ['CAKE BOX 10"', 5, 1.2]]);
      const chips = 12.9, total = round5(it.total), cash = 100, gstIn = r2((it.total * 6) / 106);
      return { total, lines: [
        { c: 'BAKE WITH ME SUPPLIES' }, { c: 'BAKE WITH ME TRADING (KL0223344-X)' }, { c: 'GST ID: 001566778899' }, { c: '12, JALAN KUCHAI MAJU 8, 58200 KUALA LUMPUR' }, '-',
        { c: 'TAX INVOICE' }, ['17-01-2018 10:12', 'CS 0117-0093'], '-',
        ...it.rows.slice(0, 2).map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), ['1 x CHOC CHIPS 1KG', f2(chips)], ['VOID CHOC CHIPS 1KG', `-${f2(chips)}`],
        ...it.rows.slice(2).map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['SUBTOTAL', f2(it.total)], ['ROUNDING ADJ', f2(r2(total - it.total))], { b: ['TOTAL SALES (INCL GST)', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], `GST 6% INCLUDED: ${f2(gstIn)}`, '-', { c: 'HAPPY BAKING' },
      ] };
    },
  },
  {
    id: 'sg-rojak-stall-no-gst-total-dotted-leaders-cash-change-dd-mm-yyyy-weekday-parens', batch: 61, date: '2018-07-11', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore hawker rojak stall, not GST-registered: rojak by size, dough fritters, the figures after dotted leaders, a $10 note, "CHANGE"; "11/07/2018 (WED) 1:10PM".
      const it = priced([['ROJAK (L)', 1, 5.0], ['EXTRA YOU TIAO', 2, 1.2], ['CUTTLEFISH ROJAK', 1, 6.0]]);
      const total = it.total, cash = 20;
      return { total, lines: [
        { c: 'TOA PAYOH ROJAK' }, { c: 'Blk 22 Lor 7 Toa Payoh #01-08' }, { c: 'Singapore 310022' }, '-',
        ['11/07/2018 (WED)', '1:10PM'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL ...................', f2(total)], ['CASH ....................', f2(cash)], ['CHANGE ..................', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 62 (held out: day spas, pet groomers, driving schools, thesis binders, phone accessory stalls, mooncake shops, hardware returns, paintball parks, kolo mee stalls, island-hopping tours)
  {
    id: 'day-spa-svc-10-service-tax-6-grand-total-visa-dd-mm-yyyy-weekday-parens', batch: 62, date: '2019-03-01', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A day spa after SST: a body scrub, an aromatherapy massage for two, "Service Charge 10%", "Service Tax 6%" on both, "GRAND TOTAL", Visa; "01/03/2019 (FRI)".
      const it = priced([['AROMATHERAPY MASSAGE 90MIN', 2, 188.0], ['BODY SCRUB 45MIN', 1, 128.0], ['HERBAL TEA', 3, 8.0]]);
      const svc = r2(it.total * 0.1), st = r2((it.total + svc) * 0.06), total = r2(it.total + svc + st);
      return { total, lines: [
        { c: 'LOTUS BLOOM DAY SPA' }, { c: 'LOTUS BLOOM WELLNESS SDN BHD (1209988-W)' }, { c: 'SST ID: W10-1809-32011223' }, { c: 'LEVEL 3, 12 JALAN TELAWI, 59100 BANGSAR' }, '-',
        { c: 'OFFICIAL RECEIPT' }, ['01/03/2019 (FRI)', '18:05'], ['Room: LOTUS 2', 'Therapist: 07, 11'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Charge 10%', f2(svc)], ['Service Tax 6%', f2(st)], { b: ['GRAND TOTAL', f2(total)] }, ['VISA **** 7712', f2(total)], '-', { c: 'BREATHE. RELAX. RETURN.' },
      ] };
    },
  },
  {
    id: 'pet-grooming-no-tax-total-rm-parens-cash-over-change-dd-mon-yy-dashes', batch: 62, date: '2018-03-03', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A pet grooming salon, no tax: a full groom for a dog by size, a cat bath, a tick treatment, "TOTAL (RM)", cash over it, "CHANGE"; "03-Mar-18 11:40", the next appointment.
      const it = priced([['FULL GROOM (MEDIUM DOG)', 1, 70.0], ['CAT BATH & BLOW DRY', 1, 45.0], ['TICK TREATMENT', 1, 15.0]]);
      const total = it.total, cash = 150;
      return { total, lines: [
        { c: 'FURRY TAILS GROOMING' }, { c: '(SA0771122-X)' }, { c: '21, JALAN SS 15/4, 47500 SUBANG JAYA' }, '-',
        ['03-Mar-18 11:40', 'No: FT-0303-14'], ['Pet: MOCHI & LUNA', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL (RM)', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', ['Next appt: 31-Mar-18', ''], { c: 'WOOF! THANK YOU' },
      ] };
    },
  },
  {
    id: 'driving-school-fees-no-tax-jumlah-tolak-deposit-baki-tunai-d-m-yyyy-slashes', batch: 62, date: '2019-03-05', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A driving school's fees, no tax: the class D package, the JPJ test fee, the learner's licence, "JUMLAH", "Tolak Deposit", "Baki Dibayar" in cash; "Tarikh: 5/3/2019".
      const pkg = 1250, test = 110, ldl = 60, total = pkg + test + ldl, deposit = 300;
      return { total, lines: [
        { c: 'AKADEMI MEMANDU SETIA' }, { c: 'SETIA DRIVING ACADEMY SDN BHD (778899-D)' }, { c: 'BATU 3, JALAN KLANG LAMA, 58000 KUALA LUMPUR' }, '-',
        { c: 'RESIT' }, ['Tarikh: 5/3/2019', 'No: AMS-0305-22'], ['Pelajar: NUR AISYAH', 'Kelas: D'], '-',
        ['PAKEJ KELAS D', f2c(pkg)], ['YURAN UJIAN JPJ', f2(test)], ['LESEN BELAJAR (LDL)', f2(ldl)], '-',
        { b: ['JUMLAH', f2c(total)] }, ['Tolak Deposit', f2(deposit)], ['Baki Dibayar (Tunai)', f2c(total - deposit)], '-', { c: 'SELAMAT MEMANDU' },
      ] };
    },
  },
  {
    id: 'thesis-binding-service-tax-6-amount-due-cash-change-dd-mm-yyyy-received-date-after', batch: 62, date: '2019-03-04', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A thesis binding shop after SST: hard-cover binding by the copy, gold lettering, printing by the page, "Service Tax 6%", "AMOUNT DUE", cash over it; "Date: 04/03/2019", and the day the work came in below, "Received: 26/02/2019".
      const it = priced([['HARD COVER BINDING', 4, 35.0], ['GOLD LETTERING (SPINE)', 4, 8.0], ['COLOUR PRINT A4', 46, 1.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st), cash = 250;
      return { total, lines: [
        { c: 'PRIMA BINDING & PRINTING' }, { c: 'PRIMA PRINT SERVICES (SA0558844-K)' }, { c: 'SST ID: B16-1809-32012345' }, { c: '7, JALAN SG 3/2, TMN SRI GOMBAK, 68100 BATU CAVES' }, '-',
        { c: 'CASH BILL' }, ['Date: 04/03/2019', 'No: PB-0304-17'], ['Received: 26/02/2019', 'Job: MASTERS THESIS'], '-',
        ...it.rows.map((r) => [`${r.qty} x ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['AMOUNT DUE', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOOD LUCK WITH YOUR VIVA' },
      ] };
    },
  },
  {
    id: 'phone-accessory-stall-no-tax-jumlah-tng-ewallet-dd-mon-yy-dashes-warranty-after', batch: 62, date: '2018-08-14', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A phone accessory stall in a mall, no tax: a tempered glass fitted, a case, a cable, a power bank, "JUMLAH", Touch 'n Go eWallet; "14-Aug-18 20:15", the warranty's end a month on.
      const it = priced([['TEMPERED GLASS + PASANG', 1, 25.0], ['CASING SILIKON', 1, 19.9], ['KABEL TYPE-C 1M', 2, 12.0], ['POWER BANK 10000MAH', 1, 59.0]]);
      const total = it.total;
      return { total, lines: [
        { c: 'GADGET CORNER' }, { c: 'GADGET CORNER ENTERPRISE (JM0998877-P)' }, { c: 'LOT G-22, SUNWAY CARNIVAL, 13700 SEBERANG JAYA' }, '-',
        ['14-Aug-18 20:15', 'Bil GC-0814-56'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', f2(total)] }, ["TOUCH 'N GO EWALLET", f2(total)], '-', ['Waranti sehingga: 14-Sep-18', ''], { c: 'BARANG TIDAK BOLEH DITUKAR' },
      ] };
    },
  },
  {
    id: 'mooncake-shop-gst-6-incl-member-disc-total-rm-parens-visa-chinese-date', batch: 62, date: '2017-09-20', style: { font: 'condensed', size: 12 }, degrade: 'angle',
    build() {
      // A mooncake shop under GST with inclusive prices: boxes of four, single pieces, a member's 10% discount, "TOTAL (RM)", Visa, "GST 6% included"; "日期: 2017年9月20日".
      const it = priced([['白莲蓉双黄 LOTUS 2 YOLK (盒)', 2, 78.0], ['冰皮 SNOWSKIN (盒)', 1, 68.0], ['豆沙 RED BEAN (个)', 4, 9.5]]);
      const disc = r2(it.total * 0.1), total = r2(it.total - disc), gstIn = r2((total * 6) / 106);
      return { total, lines: [
        { c: '月圆饼家' }, { c: 'YUET YUEN BAKERY (PG0334422-M)' }, { c: 'GST ID: 000554433221' }, { c: '118, JALAN PENANG, 10000 GEORGE TOWN' }, '-',
        { c: 'TAX INVOICE' }, ['日期: 2017年9月20日', '14:22'], ['单号: YY-0920-118', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['小计 SUBTOTAL', f2(it.total)], ['会员 MEMBER DISC 10%', `-${f2(disc)}`], { b: ['TOTAL (RM)', f2(total)] }, ['VISA', f2(total)], ['GST 6% included', f2(gstIn)], '-', { c: '中秋节快乐' },
      ] };
    },
  },
  {
    id: 'hardware-gst-6-return-line-credit-gst-summary-total-sales-incl-cash-change-dd-mm-yyyy', batch: 62, date: '2018-05-28', style: { font: 'mono', size: 11 }, degrade: 'scan',
    build() {
      // A hardware store under GST, prices before tax: paint, rollers, a wrong-size tap brought back and taken off ("RETURN"), "GST 6%", "ROUNDING", "TOTAL SALES (INCL GST)", cash, a GST summary; "28/05/2018 16:02".
      const it = priced([['EMULSION PAINT 5L WHITE', 2, 58.0], ['ROLLER 9" SET', 1, 16.5], ['BASIN TAP 1/2"', 1, 32.0]]);
      const ret = 28.5, net = r2(it.total - ret), gst = r2(net * 0.06), incl = r2(net + gst), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'KEDAI PERKAKASAN SENG HUAT' }, { c: 'SENG HUAT HARDWARE (KT0441122-V)' }, { c: 'GST ID: 001998877112' }, { c: '40, JALAN SULTAN ISMAIL, 20200 K. TERENGGANU' }, '-',
        { c: 'TAX INVOICE' }, ['28/05/2018 16:02', 'CS-0528-071'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, `${f2(r.amount)} SR`]), ['RETURN BASIN TAP 3/4" (CS-0521-033)', `-${f2(ret)} SR`], '-',
        ['Total Excl GST', f2(net)], ['GST 6%', f2(gst)], ['Rounding', f2(r2(total - incl))], { b: ['TOTAL SALES (INCL GST)', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-',
        { c: 'GST SUMMARY' }, ['SR 6%', f2(net), f2(gst)], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'paintball-park-service-tax-6-grand-total-cash-change-dd-mm-yyyy-dashes-pax', batch: 62, date: '2019-04-13', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A paintball park after SST: a walk-in package by the head, extra paintballs by the hundred, a drink each, "Service Tax 6%", "GRAND TOTAL", cash over it; "13-04-2019 10:30", the group's size.
      const it = priced([['WALK-IN PACKAGE (PAX)', 6, 65.0], ['EXTRA PAINTBALLS x100', 3, 30.0], ['MINERAL WATER', 6, 2.0]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st), cash = 600;
      return { total, lines: [
        { c: 'RIMBA PAINTBALL PARK' }, { c: 'RIMBA ADVENTURE SDN BHD (1155667-U)' }, { c: 'SST ID: B16-1809-32013579' }, { c: 'JALAN HULU LANGAT, 43100 HULU LANGAT' }, '-',
        ['13-04-2019 10:30', 'Rcpt RP-0413-09'], ['Group: 6 pax', 'Field: JUNGLE'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Service Tax 6%', f2(st)], { b: ['GRAND TOTAL', f2(total)] }, ['Cash', f2(cash)], ['Change', f2(r2(cash - total))], '-', { c: 'GOGGLES ON AT ALL TIMES' },
      ] };
    },
  },
  {
    id: 'kolo-mee-stall-no-tax-jumlah-tunai-fifty-baki-d-m-yy', batch: 62, date: '2019-03-03', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A Kuching kolo mee stall, no tax: kolo mee by the bowl, kampua, drinks, "JUMLAH", a RM50 note, "BAKI"; "3/3/19 8:05AM".
      const it = priced([['KOLO MEE MERAH', 2, 5.5], ['KAMPUA MEE', 1, 5.0], ['KOPI C PENG', 2, 2.6], ['TEH O PANAS', 1, 1.8]]);
      const total = it.total, cash = 50;
      return { total, lines: [
        { c: 'KEDAI KOPI SIN WAH' }, { c: '(SWK/0223-1188)' }, { c: '15, JALAN PADUNGAN, 93100 KUCHING' }, '-',
        ['3/3/19 8:05AM', 'Meja 7'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['JUMLAH', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'island-hopping-tour-pax-service-tax-6-total-rm-duitnow-weekday-d-mon-yyyy', batch: 62, date: '2019-03-16', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // An island-hopping boat tour after SST: adults and children by the head, a snorkel set each, the marine park fee, "Service Tax 6%" on the tour only, "TOTAL RM", DuitNow; "Sat, 16 Mar 2019".
      const tour = priced([['ISLAND HOPPING (ADULT)', 2, 45.0], ['ISLAND HOPPING (CHILD)', 2, 30.0], ['SNORKEL SET', 4, 10.0]]);
      const park = 4 * 5, st = r2(tour.total * 0.06), total = r2(tour.total + st + park);
      return { total, lines: [
        { c: 'PULAU PAYAR BOAT SERVICES' }, { c: 'PAYAR MARINE TOURS (LK0223311-A)' }, { c: 'SST ID: K10-1809-32004466' }, { c: 'JETI KUAH, 07000 LANGKAWI' }, '-',
        ['Sat, 16 Mar 2019', '09:10'], ['Boat: PP 12', 'Depart 09:30'], '-',
        ...tour.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), ['Service Tax 6%', f2(st)], ['4 MARINE PARK FEE', f2(park)], '-',
        { b: ['TOTAL RM', f2(total)] }, ['DUITNOW QR', f2(total)], '-', { c: 'LIFE JACKETS MUST BE WORN' },
      ] };
    },
  },
  // ---------------------------------------------------------------- batch 63 (held out: yong tau foo stalls, tailors' alterations, kaya toast chains, cyber cafes, Raya cookie shops, jamming studios, petrol loyalty discounts, bicycle repairs, lorry movers, cat cafes)
  {
    id: 'sg-yong-tau-foo-pieces-no-gst-total-cash-ten-change-dd-mon-yy-dashes', batch: 63, date: '2018-04-18', style: { font: 'mono', size: 12 }, degrade: 'photo',
    build() {
      // A Singapore hawker yong tau foo stall, not GST-registered: pieces by the count, noodles, a drink, "TOTAL", a $10 note, "CHANGE"; "18-Apr-18 12:25".
      const it = priced([['YTF PIECES', 7, 0.7], ['BEE HOON', 1, 0.5], ['SOUP / DRY', 1, 0], ['BARLEY', 1, 1.4]]);
      const total = it.total, cash = 10;
      return { total, lines: [
        { c: 'HAKKA YONG TAU FOO' }, { c: 'Blk 51 Old Airport Rd #01-88' }, { c: 'Singapore 390051' }, '-',
        ['18-Apr-18 12:25', 'Q No. 46'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        { b: ['TOTAL', f2(total)] }, ['CASH', f2(cash)], ['CHANGE', f2(r2(cash - total))], '-', { c: 'THANK YOU' },
      ] };
    },
  },
  {
    id: 'sg-tailor-alteration-gst-7-amount-due-less-deposit-balance-nets-dd-mm-yyyy-collection-after', batch: 63, date: '2018-06-12', style: { font: 'condensed', size: 11 }, degrade: 'scan',
    build() {
      // A Singapore tailor's alterations: trousers shortened, a jacket's sleeves, a zip replaced, "GST 7%", "AMOUNT DUE", "Less Deposit", "Balance" by NETS; "12/06/2018" and the collection date after.
      const it = priced([['SHORTEN TROUSERS', 3, 12.0], ['JACKET SLEEVES', 1, 35.0], ['REPLACE ZIP', 1, 15.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst), deposit = 30;
      return { total, lines: [
        { c: 'FINE STITCH ALTERATIONS' }, { c: 'FINE STITCH PTE LTD' }, { c: 'GST Reg No: 201544332M' }, { c: '304 Orchard Rd #04-17 S(238863)' }, '-',
        ['Date: 12/06/2018', 'Ticket: FS-0612-08'], ['Collection: 19/06/2018', 'after 2pm'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 7%', f2(gst)], { b: ['AMOUNT DUE', f2(total)] }, ['Less Deposit', f2(deposit)], ['Balance (NETS)', f2(r2(total - deposit))], '-', { c: 'PLEASE BRING THIS TICKET' },
      ] };
    },
  },
  {
    id: 'sg-kaya-toast-chain-gst-7-total-nets-chinese-date-nian-yue-ri', batch: 63, date: '2018-03-03', style: { font: 'mono', size: 11 }, degrade: 'angle',
    build() {
      // A Singapore kaya toast chain with GST added: toast sets, soft-boiled eggs, kopi, "GST 7%", "总计 TOTAL", NETS; "日期 2018年3月3日".
      const it = priced([['KAYA TOAST SET A', 2, 5.6], ['FRENCH TOAST', 1, 3.9], ['SOFT BOILED EGGS (2)', 1, 1.8], ['KOPI PENG', 1, 2.2]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: '亚坤咖椰面包' }, { c: 'AH KUN TOAST PTE LTD' }, { c: 'GST Reg No: 200912345H' }, { c: '18 China St #01-01 S(049560)' }, '-',
        ['日期 2018年3月3日', '08:42'], ['Table 5', 'Order 0303-0112'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 7%', f2(gst)], { b: ['总计 TOTAL', f2(total)] }, ['NETS', f2(total)], '-', { c: '多谢 THANK YOU' },
      ] };
    },
  },
  {
    id: 'cyber-cafe-hours-no-tax-total-dotted-leaders-cash-change-dd-mm-yyyy-dots', batch: 63, date: '2018-09-22', style: { font: 'condensed', size: 12 }, degrade: 'photo',
    build() {
      // A cyber cafe, no tax: PC hours, a game top-up, printing, instant noodles, the figures after dotted leaders, cash over the total, "CHANGE"; "22.09.2018 23:48".
      const it = priced([['PC HOUR (NORMAL)', 5, 3.0], ['STEAM WALLET RM20', 1, 20.0], ['PRINT B/W A4', 6, 0.2], ['MAGGI CUP', 2, 3.5]]);
      const total = it.total, cash = 100;
      return { total, lines: [
        { c: 'LEVEL UP CYBER CAFE' }, { c: '(PG0445566-W)' }, { c: '2-1, JALAN RAJA UDA, 12300 BUTTERWORTH' }, '-',
        ['22.09.2018 23:48', 'PC 14'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['TOTAL ...................', f2(total)], ['CASH ....................', f2(cash)], ['CHANGE ..................', f2(r2(cash - total))], '-', { c: 'GG WP' },
      ] };
    },
  },
  {
    id: 'raya-cookies-gst-6-jumlah-besar-pelarasan-tunai-baki-tarikh-dd-mon-yy-dashes', batch: 63, date: '2018-06-10', style: { font: 'mono', size: 12 }, degrade: 'scan',
    build() {
      // A Raya cookie shop under GST, prices before tax: tubs of cookies, a kuih lapis, "GST 6%", "Pelarasan", "JUMLAH BESAR", cash over it, "BAKI"; "Tarikh: 10-Jun-18".
      const it = priced([['TART NENAS (BALANG)', 3, 28.0], ['SEMPERIT (BALANG)', 2, 22.0], ['KEK LAPIS SARAWAK', 1, 65.0]]);
      const gst = r2(it.total * 0.06), incl = r2(it.total + gst), total = round5(incl), cash = 250;
      return { total, lines: [
        { c: 'KUIH RAYA MAK LONG' }, { c: 'MAK LONG BAKERY (KL0881122-T)' }, { c: 'GST ID: 002233445566' }, { c: '9, JALAN TAR, 50100 KUALA LUMPUR' }, '-',
        { c: 'INVOIS CUKAI' }, ['Tarikh: 10-Jun-18', 'Masa: 15:10'], ['No: ML-0610-201', ''], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Jumlah Kecil', f2(it.total)], ['GST 6%', f2(gst)], ['Pelarasan', f2(r2(total - incl))], { b: ['JUMLAH BESAR', f2(total)] }, ['TUNAI', f2(cash)], ['BAKI', f2(r2(cash - total))], '-', { c: 'SELAMAT HARI RAYA' },
      ] };
    },
  },
  {
    id: 'jamming-studio-hours-service-tax-6-total-rm-parens-dotted-leaders-rounding-cash-weekday-first', batch: 63, date: '2019-03-10', style: { font: 'condensed', size: 11 }, degrade: 'angle',
    build() {
      // A band's jamming studio after SST: room hours, a guitar amp rented, strings, the figures after dotted leaders, "Service Tax 6%", "Rounding", "TOTAL (RM)", cash over it; "(SUN) 10/03/2019 21:00".
      const it = priced([['STUDIO B (PER HR)', 3, 30.0], ['AMP RENTAL', 1, 15.0], ['GUITAR STRINGS 10-46', 1, 32.9]]);
      const st = r2(it.total * 0.06), incl = r2(it.total + st), total = round5(incl), cash = 200;
      return { total, lines: [
        { c: 'LOUD HOUSE JAMMING STUDIO' }, { c: 'LOUD HOUSE MUSIC (SA0667788-A)' }, { c: 'SST ID: B16-1809-32015566' }, { c: '3-2, JALAN PJU 5/9, 47810 KOTA DAMANSARA' }, '-',
        ['(SUN) 10/03/2019 21:00', 'No: LH-0310-04'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Sub Total ...........', f2(it.total)], ['Service Tax 6% ......', f2(st)], ['Rounding ............', f2(r2(total - incl))], { b: ['TOTAL (RM) ..........', f2(total)] },
        ['Cash ................', f2(cash)], ['Change ..............', f2(r2(cash - total))], '-', { c: 'ROCK ON' },
      ] };
    },
  },
  {
    id: 'petrol-station-gst-6-incl-loyalty-disc-amount-due-debit-card-dd-mm-yyyy-dots-litres', batch: 63, date: '2018-02-28', style: { font: 'mono', size: 11 }, degrade: 'photo',
    build() {
      // A petrol station under GST with inclusive prices: RON95 by the litre at the pump, a bottle of engine oil, a loyalty card's discount taken off, "AMOUNT DUE", debit card, "GST 6% incl"; "28.02.2018 07:52".
      const litres = 25.4, ron = r2(litres * 2.26), oil = 32.9, disc = 2.0, total = r2(ron + oil - disc), gstIn = r2((total * 6) / 106);
      return { total, lines: [
        { c: 'STESEN MINYAK JAYA TANI' }, { c: 'JAYA TANI PETROLEUM SDN BHD (612233-H)' }, { c: 'GST ID: 000777666555' }, { c: 'KM 12, JALAN IPOH-LUMUT, 32000 SITIAWAN' }, '-',
        { c: 'TAX INVOICE' }, ['28.02.2018 07:52', 'Pump 04'], '-',
        ['RON95', f2(ron)], [`  ${litres} L @ 2.26`, ''], ['ENGINE OIL 1L', f2(oil)], ['LOYALTY DISC', `-${f2(disc)}`], '-',
        { b: ['AMOUNT DUE', f2(total)] }, ['DEBIT CARD', f2(total)], ['GST 6% incl', f2(gstIn)], '-', ['Points earned', String(Math.floor(total))], { c: 'DRIVE SAFELY' },
      ] };
    },
  },
  {
    id: 'sg-bicycle-repair-gst-7-grand-total-paynow-dd-mm-yyyy-weekday-after', batch: 63, date: '2018-11-24', style: { font: 'condensed', size: 12 }, degrade: 'scan',
    build() {
      // A Singapore bicycle shop's repair: an inner tube, a brake pad set, labour, a chain lubed, "GST 7%", "GRAND TOTAL", PayNow; "24/11/2018 SAT 16:20".
      const it = priced([['INNER TUBE 700C', 2, 9.0], ['BRAKE PAD SET', 1, 18.0], ['LABOUR', 1, 25.0], ['CHAIN LUBE', 1, 6.0]]);
      const gst = r2(it.total * 0.07), total = r2(it.total + gst);
      return { total, lines: [
        { c: 'SPOKES & GEARS' }, { c: 'SPOKES & GEARS PTE LTD' }, { c: 'GST Reg No: 201877665D' }, { c: '110 Joo Chiat Rd S(427403)' }, '-',
        ['24/11/2018 SAT 16:20', 'Inv SG-1124-19'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['GST 7%', f2(gst)], { b: ['GRAND TOTAL', f2(total)] }, ['PAYNOW', f2(total)], '-', { c: 'RIDE SAFE' },
      ] };
    },
  },
  {
    id: 'lorry-movers-service-tax-6-jumlah-besar-tolak-deposit-baki-cheque-d-m-yyyy-dots', batch: 63, date: '2019-04-02', style: { font: 'mono', size: 12 }, degrade: 'angle',
    build() {
      // A house mover after SST: lorry trips, workers by the head, boxes, "Cukai Perkhidmatan 6%", "JUMLAH BESAR" over a thousand, "Tolak Deposit", "Baki" by cheque; "2.4.2019".
      const it = priced([['LORI 3 TAN (TRIP)', 2, 380.0], ['PEKERJA (ORANG)', 4, 80.0], ['KOTAK KERTAS', 20, 3.5]]);
      const st = r2(it.total * 0.06), total = r2(it.total + st), deposit = 200;
      return { total, lines: [
        { c: 'PINDAH RUMAH CEKAP' }, { c: 'CEKAP LOGISTIK (NS0778811-H)' }, { c: 'SST ID: N10-1809-32002211' }, { c: 'LOT 22, JALAN RASAH, 70300 SEREMBAN' }, '-',
        { c: 'RESIT' }, ['Tarikh: 2.4.2019', 'No: PRC-0402'], ['Dari: TMN RASAH JAYA', 'Ke: SENAWANG'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2c(r.amount)]), '-',
        ['Cukai Perkhidmatan 6%', f2(st)], { b: ['JUMLAH BESAR', f2c(total)] }, ['Tolak Deposit', f2(deposit)], ['Baki (Cek MBB 220941)', f2c(r2(total - deposit))], '-', { c: 'TERIMA KASIH' },
      ] };
    },
  },
  {
    id: 'sg-cat-cafe-entry-hours-svc-10-gst-7-grand-total-visa-weekday-dd-mon-yyyy', batch: 63, date: '2018-03-03', style: { font: 'condensed', size: 11 }, degrade: 'photo',
    build() {
      // A Singapore cat cafe: entry by the hour for two, drinks, a cake, "Service Charge 10%", "GST 7%" on both, "GRAND TOTAL", Visa; "Sat 03-Mar-2018 15:30".
      const it = priced([['ENTRY (PER HR)', 4, 12.0], ['ICED LATTE', 2, 6.5], ['CHEESECAKE', 1, 7.5]]);
      const svc = r2(it.total * 0.1), gst = r2((it.total + svc) * 0.07), total = r2(it.total + svc + gst);
      return { total, lines: [
        { c: 'WHISKERS CAT CAFE' }, { c: 'WHISKERS & CO PTE LTD' }, { c: 'GST Reg No: 201655443R' }, { c: '241 Holland Ave #02-01 S(278976)' }, '-',
        ['Sat 03-Mar-2018 15:30', 'Chk 0303-27'], ['Pax 2', 'In 13:30 Out 15:30'], '-',
        ...it.rows.map((r) => [`${r.qty} ${r.name}`, f2(r.amount)]), '-',
        ['Subtotal', f2(it.total)], ['Svc Chg 10%', f2(svc)], ['GST 7%', f2(gst)], { b: ['GRAND TOTAL', f2(total)] }, ['VISA', f2(total)], '-', { c: 'PLEASE DO NOT FEED THE CATS' },
      ] };
    },
  },
];
