/** Chinese first, English too: the browser's language by default, switchable. */
import { ref } from 'vue';

const zh = {
  title: '发票工具', upload: '上传', invoices: '发票', layout: '排版', drop: '拖放发票文件、文件夹或 ZIP 到这里（PDF、OFD、JPG、PNG）', choose: '选择文件', chooseFolder: '选择文件夹',
  search: '搜索销方或号码', all: '全部状态', pending: '待处理', verified: '已验证', reviewing: '待审核', failed: '失败', prev: '上一页', next: '下一页',
  number: '号码', seller: '销方', date: '日期', total: '价税合计', status: '状态', processed: '本月已处理', pendingCount: '待审核', savedTax: '本月可抵扣税额',
  back: '返回', fields: '字段', source: '来源', checks: '校验', duplicateOf: '重复于', select: '选择', selected: '已选', preview: '预览',
  rows: '行', cols: '列', orientation: '方向', portrait: '纵向', landscape: '横向', margin: '边距 mm', gap: '间距 mm', pageNumbers: '页码', labels: '分类标签', zoom: '缩放',
  sheets: '张', createPdf: '生成 PDF', createZip: '生成 ZIP', download: '下载', working: '处理中…', done: '完成', resume: '继续上传', chunked: '分片上传',
  unsupported: '不支持的文件类型（只接受 PDF、OFD、JPG、PNG，或装有它们的 ZIP）', exportCsv: '导出 CSV', exportJson: '导出 JSON', saveDraft: '保存草稿', draftName: '草稿名称', loadDraft: '载入草稿',
};
type Messages = typeof zh;
const en: Messages = {
  title: 'Invoice tool', upload: 'Upload', invoices: 'Invoices', layout: 'Layout', drop: 'Drop invoice files, folders or ZIPs here (PDF, OFD, JPG, PNG)', choose: 'Choose files', chooseFolder: 'Choose a folder',
  search: 'Search seller or number', all: 'All statuses', pending: 'Pending', verified: 'Verified', reviewing: 'To review', failed: 'Failed', prev: 'Previous', next: 'Next',
  number: 'Number', seller: 'Seller', date: 'Date', total: 'Total', status: 'Status', processed: 'Processed this month', pendingCount: 'To review', savedTax: 'Deductible VAT this month',
  back: 'Back', fields: 'Fields', source: 'Source', checks: 'Checks', duplicateOf: 'Duplicate of', select: 'Select', selected: 'Selected', preview: 'Preview',
  rows: 'Rows', cols: 'Columns', orientation: 'Orientation', portrait: 'Portrait', landscape: 'Landscape', margin: 'Margin mm', gap: 'Gap mm', pageNumbers: 'Page numbers', labels: 'Category labels', zoom: 'Zoom',
  sheets: 'sheet(s)', createPdf: 'Create PDF', createZip: 'Create ZIP', download: 'Download', working: 'Working…', done: 'Done', resume: 'Resume upload', chunked: 'chunked',
  unsupported: 'Unsupported file type (PDF, OFD, JPG, PNG, or a ZIP of them)', exportCsv: 'Export CSV', exportJson: 'Export JSON', saveDraft: 'Save as draft', draftName: 'Draft name', loadDraft: 'Load a draft',
};

export const lang = ref<'zh' | 'en'>(navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
export const t = (key: keyof Messages): string => (lang.value === 'zh' ? zh : en)[key];
