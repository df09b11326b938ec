/** Chinese and English, complete: the browser's language at first, then the one the user chose (remembered). */
import { ref, watchEffect } from 'vue';

const zh = {
  title: '发票工具', navLayout: '排版打印', dashboard: '概览', upload: '上传', invoices: '发票', layout: '排版打印', language: 'English', skip: '跳到主要内容',
  // dashboard
  thisMonth: '本月发票', toReview: '待审核', failedCount: '读取失败', duplicates: '重复发票', totals: '本月合计', savedTax: '本月可抵扣税额',
  vsLastMonth: '较上月', noChange: '上月无数据', openQueue: '去审核', uploadNow: '上传发票', emptyDashboard: '本月还没有发票。把发票拖到“上传”页即可开始。',
  step1: '上传', step1Text: '把 PDF、OFD 或图片拖进来，自动识别发票信息。', step2: '审核', step2Text: '只看标出“需核对”的发票，改错、确认。', step3: '排版打印', step3Text: '每张 A4 两张或四张，预览即成品。', unknownCurrency: '币种未知',
  // upload
  drop: '把发票文件、文件夹或 ZIP 拖到这里', orPick: '或者', choose: '选择文件', chooseFolder: '选择文件夹',
  limits: '支持 PDF、OFD、JPG、PNG 及装有它们的 ZIP；单个文件不超过 10 MB，超过 5 MB 的文件分片上传。',
  waiting: '排队中', sending: '上传中', reading: '识别中', done: '已完成', needsReview: '需审核', failed: '失败', duplicateUpload: '重复：已有同一张发票',
  chunked: '分片上传', viewInvoice: '查看发票', retry: '重试', overall: '总进度', filesDone: '个文件完成', leaveWarning: '还有文件没有上传完，离开会中断上传。',
  tooLarge: '文件超过 10 MB，无法上传', unsupported: '不支持的文件类型（只接受 PDF、OFD、JPG、PNG，或装有它们的 ZIP）', emptyFile: '文件是空的',
  networkError: '网络中断，可以重试', serverError: '服务器出错，可以稍后重试', unreadable: '文件无法读取', resumeOffer: '上次有文件没有上传完：',
  // list
  search: '搜索销方或号码', allStatuses: '全部状态', pending: '处理中', verified: '已验证', approved: '已人工确认', unverified: '已读取，未经校验', reviewing: '待审核', prev: '上一页', next: '下一页',
  number: '号码', seller: '销方', buyer: '购方', date: '日期', total: '价税合计', status: '状态', type: '类型', currency: '币种', select: '选择', selectAll: '全选本页', selected: '已选',
  approve: '确认无误', delete: '删除', exportCsv: '导出 CSV', exportXlsx: '导出 Excel', layOut: '排版选中', confirmDelete: '确定删除选中的 {n} 张发票？', noInvoices: '没有符合条件的发票。',
  duplicateOf: '重复于', original: '原发票', needsField: '需核对：{f}', bulkDone: '{n} 张已处理', bulkFailed: '{n} 张未能处理',
  // detail
  back: '返回列表', fields: '发票信息', source: '来源', checks: '校验结果', items: '明细', edit: '修改', save: '保存', cancel: '取消', zoomIn: '放大', zoomOut: '缩小',
  page: '第 {n} 页', manual: '人工修改', saved: '已保存，校验已重新运行', deleted: '已删除', approvedNote: '已人工确认', noChecks: '没有可运行的校验。', loading: '加载中…',
  f_type: '发票类型', f_documentType: '单据类型', f_code: '发票代码', f_number: '发票号码', f_date: '开票日期', f_dueDate: '付款期限', f_checkCode: '校验码', f_currency: '币种',
  f_amount: '金额（不含税）', f_taxAmount: '税额', f_totalAmount: '价税合计', f_totalInWords: '价税合计（大写）', f_remarks: '备注',
  f_name: '名称', f_taxId: '纳税人识别号', f_address: '地址', f_phone: '电话', f_bank: '开户行', f_account: '账号', sellerParty: '销售方', buyerParty: '购买方',
  i_name: '项目名称', i_spec: '规格型号', i_unit: '单位', i_quantity: '数量', i_unitPrice: '单价', i_amount: '金额', i_taxRate: '税率', i_taxAmount: '税额',
  src_xml: 'XML', src_ofd: 'OFD', src_text: '文字层', src_qr: '二维码', src_ocr: 'OCR', src_template: '模板', src_llm: '模型', src_manual: '人工',
  // layout
  presets: '预设', preset2: '每张 A4 两张（上下）', preset4: '每张 A4 四张', custom: '自定义', rows: '行', cols: '列', orientation: '方向', portrait: '纵向', landscape: '横向',
  margin: '边距 (mm)', gap: '间距 (mm)', pageNumbers: '页码', labels: '分类标签', zoom: '预览缩放', sheets: '张 A4', selectionTotal: '合计', moveUp: '上移', moveDown: '下移', remove: '移除',
  createPdf: '生成 PDF', createZip: '生成 ZIP', print: '打印', download: '下载', working: '正在生成…', noneSelected: '还没有选择发票。在“发票”页勾选要打印的发票。',
  saveDraft: '保存草稿', draftName: '草稿名称', loadDraft: '载入草稿', sheetOf: '第 {n} / {m} 张', cellOf: '格 {c}：{name} 第 {p} 页', emptyCell: '格 {c}：空',
  t_vat_special: '增值税专用发票', t_vat_normal: '增值税普通发票', t_flight: '航空运输电子客票', t_train: '铁路电子客票', t_taxi: '出租车票', t_hotel: '住宿发票', t_toll: '通行费发票', t_other: '其他',
};
type Messages = typeof zh;
const en: Messages = {
  title: 'Invoice tool', navLayout: 'Print', dashboard: 'Overview', upload: 'Upload', invoices: 'Invoices', layout: 'Lay out & print', language: '中文', skip: 'Skip to main content',
  thisMonth: 'Invoices this month', toReview: 'To review', failedCount: 'Could not be read', duplicates: 'Duplicates', totals: 'Totals this month', savedTax: 'Deductible VAT this month',
  vsLastMonth: 'vs last month', noChange: 'no data last month', openQueue: 'Review now', uploadNow: 'Upload invoices', emptyDashboard: 'No invoices this month yet. Drop some on the Upload page to begin.',
  step1: 'Upload', step1Text: 'Drop PDFs, OFDs or photos: the fields are read for you.', step2: 'Review', step2Text: 'Only the invoices marked to check: correct and approve.', step3: 'Lay out & print', step3Text: 'Two or four per A4; the preview is the print.', unknownCurrency: 'currency unknown',
  drop: 'Drop invoice files, folders or ZIPs here', orPick: 'or', choose: 'Choose files', chooseFolder: 'Choose a folder',
  limits: 'PDF, OFD, JPG, PNG and ZIPs of them; at most 10 MB per file; files over 5 MB are sent in chunks.',
  waiting: 'Waiting', sending: 'Sending', reading: 'Reading', done: 'Done', needsReview: 'Needs review', failed: 'Failed', duplicateUpload: 'Duplicate: this invoice is already stored',
  chunked: 'chunked', viewInvoice: 'View the invoice', retry: 'Retry', overall: 'Overall', filesDone: 'files done', leaveWarning: 'Some files are still uploading; leaving stops them.',
  tooLarge: 'Larger than 10 MB: cannot be uploaded', unsupported: 'Unsupported file type (PDF, OFD, JPG, PNG, or a ZIP of them)', emptyFile: 'The file is empty',
  networkError: 'The connection dropped: you can retry', serverError: 'Server error: you can retry later', unreadable: 'The file cannot be read', resumeOffer: 'Some files did not finish uploading last time:',
  search: 'Search seller or number', allStatuses: 'All statuses', pending: 'Processing', verified: 'Verified', approved: 'Approved', unverified: 'Read, not verified', reviewing: 'To review', prev: 'Previous', next: 'Next',
  number: 'Number', seller: 'Seller', buyer: 'Buyer', date: 'Date', total: 'Total', status: 'Status', type: 'Type', currency: 'Currency', select: 'Select', selectAll: 'Select all on this page', selected: 'Selected',
  approve: 'Approve', delete: 'Delete', exportCsv: 'Export CSV', exportXlsx: 'Export Excel', layOut: 'Lay out selected', confirmDelete: 'Delete the {n} selected invoices?', noInvoices: 'No invoices match.',
  duplicateOf: 'Duplicate of', original: 'the original', needsField: 'Check: {f}', bulkDone: '{n} done', bulkFailed: '{n} could not be done',
  back: 'Back to the list', fields: 'Invoice', source: 'Source', checks: 'Checks', items: 'Line items', edit: 'Edit', save: 'Save', cancel: 'Cancel', zoomIn: 'Zoom in', zoomOut: 'Zoom out',
  page: 'Page {n}', manual: 'corrected by hand', saved: 'Saved; the checks ran again', deleted: 'Deleted', approvedNote: 'Approved by a person', noChecks: 'No check could run.', loading: 'Loading…',
  f_type: 'Invoice type', f_documentType: 'Document type', f_code: 'Invoice code', f_number: 'Invoice number', f_date: 'Issue date', f_dueDate: 'Due date', f_checkCode: 'Check code', f_currency: 'Currency',
  f_amount: 'Net amount', f_taxAmount: 'Tax', f_totalAmount: 'Total', f_totalInWords: 'Total in words', f_remarks: 'Remarks',
  f_name: 'Name', f_taxId: 'Tax ID', f_address: 'Address', f_phone: 'Phone', f_bank: 'Bank', f_account: 'Account', sellerParty: 'Seller', buyerParty: 'Buyer',
  i_name: 'Item', i_spec: 'Spec', i_unit: 'Unit', i_quantity: 'Qty', i_unitPrice: 'Unit price', i_amount: 'Amount', i_taxRate: 'Tax rate', i_taxAmount: 'Tax',
  src_xml: 'XML', src_ofd: 'OFD', src_text: 'text layer', src_qr: 'QR code', src_ocr: 'OCR', src_template: 'template', src_llm: 'model', src_manual: 'by hand',
  presets: 'Presets', preset2: '2 per A4 (stacked)', preset4: '4 per A4', custom: 'Custom', rows: 'Rows', cols: 'Columns', orientation: 'Orientation', portrait: 'Portrait', landscape: 'Landscape',
  margin: 'Margin (mm)', gap: 'Gap (mm)', pageNumbers: 'Page numbers', labels: 'Category labels', zoom: 'Preview zoom', sheets: 'A4 sheet(s)', selectionTotal: 'Total', moveUp: 'Move up', moveDown: 'Move down', remove: 'Remove',
  createPdf: 'Create PDF', createZip: 'Create ZIP', print: 'Print', download: 'Download', working: 'Creating…', noneSelected: 'No invoices selected yet. Tick them on the Invoices page.',
  saveDraft: 'Save as draft', draftName: 'Draft name', loadDraft: 'Load a draft', sheetOf: 'Sheet {n} of {m}', cellOf: 'cell {c}: {name} page {p}', emptyCell: 'cell {c}: empty',
  t_vat_special: 'VAT special invoice', t_vat_normal: 'VAT normal invoice', t_flight: 'Flight itinerary', t_train: 'Train ticket', t_taxi: 'Taxi receipt', t_hotel: 'Hotel invoice', t_toll: 'Toll invoice', t_other: 'Other',
};
export type MessageKey = keyof Messages;

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('invoicectl.lang') : null;
export const lang = ref<'zh' | 'en'>(stored === 'zh' || stored === 'en' ? stored : navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
watchEffect(() => {
  localStorage.setItem('invoicectl.lang', lang.value);
  document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
  document.title = lang.value === 'zh' ? '发票工具 · invoicectl' : 'Invoice tool · invoicectl';
});

export const t = (key: MessageKey, vars: Record<string, string | number> = {}): string =>
  (lang.value === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
/** A key built at run time (a field, a type, a source), shown as itself when unknown. */
export const tk = (key: string): string => ((lang.value === 'zh' ? zh : en) as Record<string, string>)[key] ?? key.replace(/^\w+_/, '');

export const money = (n: number | null | undefined, currency?: string | null): string =>
  n === null || n === undefined ? '—' : `${currency && currency !== 'CNY' ? `${currency} ` : currency === 'CNY' ? '¥' : ''}${n.toLocaleString(lang.value === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const FIELD_NAMES: Record<string, MessageKey> = {
  number: 'f_number', code: 'f_code', date: 'f_date', totalAmount: 'f_totalAmount', amount: 'f_amount', taxAmount: 'f_taxAmount', currency: 'f_currency',
  'seller.name': 'sellerParty', 'buyer.name': 'buyerParty', checkCode: 'f_checkCode',
};
/** A library field name (number, seller.name, …) in the page language. */
export const fieldName = (name: string): string => {
  const [head, tail] = name.split('.');
  if (tail && (head === 'seller' || head === 'buyer')) return `${t(head === 'seller' ? 'sellerParty' : 'buyerParty')}${lang.value === 'zh' ? '' : ' '}${tk(`f_${tail}`)}`;
  return FIELD_NAMES[name] ? t(FIELD_NAMES[name]) : tk(`f_${name}`);
};

/** The fields a check message names (required_fields: "missing: number, date"; ocr_uncertain: the unsure ones). */
export const namedFields = (message: string | undefined): string[] =>
  [...new Set((message ?? '').match(/\b(?:number|code|date|currency|amount|taxAmount|totalAmount|seller\.name|buyer\.name|checkCode)\b/g) ?? [])];

/** A check as a sentence. Failed checks keep the figures their message gives. */
export function checkSentence(c: { id: string; ok: boolean; message?: string }): string {
  const zhOk: Record<string, string> = {
    totals_consistent: '金额加税额等于价税合计。', words_match_figures: '大写金额与小写金额一致。', items_sum: '明细金额之和等于合计金额。', tax_rate_consistent: '各行税率与税额一致。',
    tax_id_checksum: '纳税人识别号的校验位正确。', date_plausible: '开票日期合理。', required_fields: '必填信息齐全。', qr_matches: '二维码与发票内容一致。', ocr_uncertain: 'OCR 识别可信。',
  };
  const enOk: Record<string, string> = {
    totals_consistent: 'Net amount plus tax equals the total.', words_match_figures: 'The total in words matches the total in figures.', items_sum: 'The line amounts add up to the net amount.',
    tax_rate_consistent: "The lines' tax rates match the tax.", tax_id_checksum: 'The tax IDs have valid check characters.', date_plausible: 'The issue date is plausible.',
    required_fields: 'Every required field is present.', qr_matches: 'The QR code agrees with the invoice.', ocr_uncertain: 'The OCR reading is confident.',
  };
  const fields = namedFields(c.message).map(fieldName).join(lang.value === 'zh' ? '、' : ', ');
  const figures = c.message?.replace(/^missing: .*/, '') ?? '';
  const zhBad: Record<string, string> = {
    totals_consistent: `金额加税额不等于价税合计（${figures}）。`, words_match_figures: `大写金额与小写金额不一致（${figures}）。`, items_sum: `明细金额之和与合计金额不符（${figures}）。`,
    tax_rate_consistent: `税率与税额对不上（${figures}）。`, tax_id_checksum: `纳税人识别号的校验位不对（${figures}）。`, date_plausible: `开票日期不合理（${figures}）。`,
    required_fields: `缺少必填信息：${fields}。`, qr_matches: `二维码与发票内容不一致（${figures}）。`, ocr_uncertain: `OCR 对这些信息没有把握，请核对：${fields || figures}。`,
  };
  const enBad: Record<string, string> = {
    totals_consistent: `Net amount plus tax does not equal the total (${figures}).`, words_match_figures: `The total in words differs from the figures (${figures}).`, items_sum: `The line amounts do not add up to the net amount (${figures}).`,
    tax_rate_consistent: `The tax rates do not match the tax (${figures}).`, tax_id_checksum: `A tax ID has a wrong check character (${figures}).`, date_plausible: `The issue date is implausible (${figures}).`,
    required_fields: `Missing: ${fields}.`, qr_matches: `The QR code disagrees with the invoice (${figures}).`, ocr_uncertain: `OCR was unsure of these, please check: ${fields || figures}.`,
  };
  const table = lang.value === 'zh' ? (c.ok ? zhOk : zhBad) : c.ok ? enOk : enBad;
  return table[c.id] ?? `${c.id}${c.message ? `: ${c.message}` : ''}`;
}

/** A failure reason from the server ("PDF_CORRUPT: …", a spec code) in the page language. */
export function reasonOf(code: number | null, message: string): string {
  // The library's code may follow a prefix ("OCR识别失败: PDF_CORRUPT: …"): the code says what happened.
  const library = /\b([A-Z][A-Z_]{3,}):/.exec(message)?.[1];
  const zhReasons: Record<string, string> = {
    PDF_CORRUPT: 'PDF 文件已损坏或不完整，无法读取', PDF_ENCRYPTED: 'PDF 有密码保护，无法读取', IMAGE_CORRUPT: '图片已损坏，无法读取', OFD_CORRUPT: 'OFD 文件已损坏，无法读取',
    EXTRACTION_FAILED: '没能从文件中读出发票信息', FILE_EMPTY: '文件是空的', INVALID_FILE_TYPE: '不支持的文件类型', UNSUPPORTED_FILE_TYPE: '不支持的文件类型', XML_CORRUPT: 'XML 文件已损坏，无法读取',
    PAGE_LIMIT_EXCEEDED: '页数太多，无法处理', IMAGE_TOO_LARGE: '图片像素太多，无法处理', OCR_FAILED: '文字识别失败', ENGINE_TIMEOUT: '处理超时，可以重试', ENGINE_UNAVAILABLE: '服务器缺少处理这种文件的组件',
  };
  const enReasons: Record<string, string> = {
    PDF_CORRUPT: 'The PDF is damaged or incomplete and cannot be read', PDF_ENCRYPTED: 'The PDF is password-protected', IMAGE_CORRUPT: 'The image is damaged', OFD_CORRUPT: 'The OFD file is damaged',
    EXTRACTION_FAILED: 'No invoice data could be read from the file', FILE_EMPTY: 'The file is empty', INVALID_FILE_TYPE: 'Unsupported file type', UNSUPPORTED_FILE_TYPE: 'Unsupported file type', XML_CORRUPT: 'The XML file is damaged',
    PAGE_LIMIT_EXCEEDED: 'Too many pages to process', IMAGE_TOO_LARGE: 'The image has too many pixels', OCR_FAILED: 'Text recognition failed', ENGINE_TIMEOUT: 'Processing timed out: you can retry', ENGINE_UNAVAILABLE: 'The server lacks the component for this file',
  };
  const reasons = lang.value === 'zh' ? zhReasons : enReasons;
  if (library && reasons[library]) return reasons[library];
  if (code === 1002) return t('unsupported');
  if (code === 1003) return t('tooLarge');
  if (code === 2003) return t('unreadable');
  if (code !== null && code >= 5000) return t('serverError');
  return message;
}

