/** The invoice brains: model, structured-source parsers, text parsers, checks, identity and merging. */
export * from './model.js';
export { parseAmount, findAmounts, parseTaxRate, detectCurrency } from './amounts.js';
export { parseDate, findDate, findDates, monthFromName } from './dates.js';
export { parseChineseAmount, toChineseAmount } from './cn-words.js';
export { isValidUscc, usccCheckChar, looksLikeUscc } from './uscc.js';
export { parseInvoiceQr } from './qr.js';
export { groupLines, pageLines, linesToText, compactCjk, findLabelValue, type Line, type Segment } from './layout.js';
export { parseCii, isCiiXml } from './cii.js';
export { parseChineseInvoiceXml, isChineseInvoiceXml } from './cn-xml.js';
export { invoiceFromOfdFields } from './cn-ofd-fields.js';
export { parseChineseInvoiceText, looksChinese, detectChineseType } from './cn-text.js';
export { parseWesternInvoiceText, parseWesternLines } from './western-text.js';
export { parseReceiptText } from './receipt.js';
export { loadTemplates, applyTemplates, templateMatches, type Template, type TemplateResult } from './templates.js';
export { runChecks, needsReview, isChineseInvoice, isDigitalInvoice } from './checks.js';
export { invoiceIdentity } from './identity.js';
export { mergeInvoices, dominantSource, SOURCE_RANK, type SourcedInvoice } from './merge-sources.js';
export { invoiceFromPages, invoiceFromXml } from './parse.js';
