/** How an accountant files each kind of invoice: the category labels on merged sheets (server and web page alike). */
export const INVOICE_TYPE_LABELS: Record<string, string> = {
  vat_special: '增值税专用发票',
  vat_normal: '增值税普通发票',
  flight: '航空运输电子客票',
  train: '铁路电子客票',
  taxi: '出租车票',
  hotel: '住宿发票',
  toll: '通行费发票',
  other: '其他',
};
