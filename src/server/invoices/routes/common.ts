/** Schema pieces shared by the invoices-api routes: the envelope, the Invoice, paging. */
export const TAG = 'invoices-api';

export const envelope = (data: object, example?: unknown) => ({
  type: 'object',
  properties: { code: { type: 'integer', example: 0 }, message: { type: 'string', example: 'success' }, data },
  ...(example === undefined ? {} : { example: { code: 0, message: 'success', data: example } }),
});

export const errorEnvelope = {
  type: 'object',
  description: '{code, message, data}: 1001 bad parameter, 1002 unsupported file, 1003 file too large, 2001 no such invoice, 2002 invoice deleted, 2003 extraction failed, 3001 no such merge task, 3002 merge task running, 3003 merge task failed, 4001 no such draft, 4010 no valid API key (401), 4030 cross-site request signed in by cookie (403), 5001 internal error',
  properties: { code: { type: 'integer' }, message: { type: 'string' }, data: {} },
  example: { code: 2001, message: 'invoice inv_001 does not exist', data: null },
};

export const errors = { 400: errorEnvelope, 404: errorEnvelope, 500: errorEnvelope } as const;

const nullableString = { type: 'string', nullable: true } as const;
const nullableNumber = { type: 'number', nullable: true } as const;

export const invoiceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    code: nullableString,
    number: nullableString,
    type: { type: 'string', enum: ['vat_special', 'vat_normal', 'flight', 'taxi', 'hotel', 'other'], description: 'Train and toll tickets are other (their category label on merged sheets still says which).' },
    sellerName: nullableString,
    buyerName: nullableString,
    date: nullableString,
    amount: nullableNumber,
    taxAmount: nullableNumber,
    totalAmount: nullableNumber,
    status: { type: 'string', enum: ['pending', 'verified', 'reviewing', 'failed'] },
    fileUrl: { type: 'string', description: 'Path of the original file on this server: GET /api/v1/invoices/{id}/file' },
    fileType: { type: 'string', enum: ['pdf', 'jpg', 'png', 'ofd'] },
    fileName: { type: 'string', description: 'The name it was uploaded with (not in invoices-api.md)' },
    duplicateOf: {
      type: 'string',
      nullable: true,
      description:
        'Not in invoices-api.md. The id of an earlier invoice that is the same invoice in other bytes (its PDF and its OFD, say): same 发票代码 + 发票号码, same 20-digit 数电 number, or same seller + number. null when this is the first. The very same bytes are never a second invoice: uploading them again answers with the first.',
    },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

export const invoiceExample = {
  id: 'inv_5f2b8c0e9a1d4c3b2a1f0e9d',
  code: '044001900111',
  number: '12345678',
  type: 'vat_special',
  sellerName: '上海某某科技有限公司',
  buyerName: '北京某某公司',
  date: '2023-11-20',
  amount: 1106.19,
  taxAmount: 143.81,
  totalAmount: 1250.0,
  status: 'verified',
  fileUrl: '/api/v1/invoices/inv_5f2b8c0e9a1d4c3b2a1f0e9d/file',
  fileType: 'pdf',
  fileName: '发票.pdf',
  duplicateOf: null,
  createdAt: '2023-11-20T10:00:00.000Z',
  updatedAt: '2023-11-20T10:30:00.000Z',
};

export const paging = {
  page: { type: 'integer', minimum: 1, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Over 100 is served as 100.' },
} as const;

export const page = <T>(data: T[], total: number, query: { page: number; pageSize: number }) => ({ data, total, page: query.page, pageSize: query.pageSize });

/** A file answer, documented under each type it can have (not as JSON). */
export const binary = (description: string, mimes: string[]) => ({
  description,
  content: Object.fromEntries(mimes.map((mime) => [mime, { schema: { type: 'string', format: 'binary' } }])),
});

export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;
