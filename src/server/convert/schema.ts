/** convert-api.md's request and error shapes, for validation and the OpenAPI document. */

export const errorSchema = {
  type: 'object',
  properties: {
    success: { type: 'boolean' },
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object', additionalProperties: true } } },
    timestamp: { type: 'string' },
    requestId: { type: 'string' },
  },
} as const;
export const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 422: errorSchema, 500: errorSchema, 503: errorSchema } as const;
export const loose = { type: 'object', additionalProperties: true } as const;
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    quality: { type: 'string', enum: ['low', 'medium', 'high', 'best'] },
    ocrEnabled: { type: 'boolean' },
    ocrLanguage: { type: 'array', items: { type: 'string' } },
    pageSize: { type: 'string', enum: ['A4', 'A3', 'A5', 'B5', 'Letter', 'Legal', 'fit'] },
    orientation: { type: 'string', enum: ['portrait', 'landscape', 'auto'] },
    margins: { type: 'object', additionalProperties: false, properties: { top: { type: 'number' }, right: { type: 'number' }, bottom: { type: 'number' }, left: { type: 'number' } } },
    pdfOptions: { type: 'object', additionalProperties: false, properties: { compression: { type: 'string', enum: ['none', 'low', 'medium', 'high'] }, embedFonts: { type: 'boolean' }, password: { type: 'string' } } },
    imageOptions: { type: 'object', additionalProperties: false, properties: { format: { type: 'string', enum: ['jpg', 'jpeg', 'png'] }, quality: { type: 'integer', minimum: 1, maximum: 100 }, dpi: { type: 'integer', minimum: 10, maximum: 1200 } } },
    pages: { type: 'string' },
    wordOptions: loose,
    excelOptions: loose,
    customSettings: loose,
  },
} as const;

const callbackSchema = {
  type: 'object',
  required: ['url'],
  additionalProperties: false,
  properties: {
    url: { type: 'string' },
    method: { type: 'string', enum: ['POST', 'PUT'] },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    timeout: { type: 'number', minimum: 1, maximum: 300 },
  },
} as const;

export const convertBodySchema = {
  type: 'object',
  required: ['targetFormat'],
  additionalProperties: false,
  properties: {
    fileId: { type: 'string' },
    sourceFormat: { type: 'string' },
    targetFormat: { type: 'string' },
    mode: { type: 'string', enum: ['sync', 'async'], default: 'sync' },
    options: optionsSchema,
    callback: callbackSchema,
  },
  example: { fileId: 'file_1234567890', targetFormat: 'pdf', mode: 'sync', options: { quality: 'high' } },
} as const;
