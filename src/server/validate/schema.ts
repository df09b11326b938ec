/** The shapes of POST /validate for the OpenAPI document: the verdict and the error. */
import { PROFILES } from '../../api/validate.js';

const finding = {
  type: 'object',
  properties: {
    rule: { type: 'string', description: 'BR-*, BR-CO-*, BR-S-* … (EN 16931), BR-DE-* (XRechnung), PEPPOL-EN16931-R*, FX-* (Factur-X PDF), XSD-DECIMAL' },
    severity: { type: 'string', enum: ['fatal', 'warning'] },
    message: { type: 'string' },
    xpath: { type: 'string' },
  },
} as const;

export const resultSchema = {
  type: 'object',
  properties: {
    file: { type: 'string' },
    valid: { type: 'boolean', description: 'no fatal finding' },
    syntax: { type: 'string', enum: ['ubl', 'cii'] },
    profile: { type: 'string', enum: [...PROFILES] },
    customization: { type: 'string', nullable: true, description: 'BT-24 as written' },
    ruleSets: { type: 'array', items: { type: 'string' } },
    embeddedXml: { type: 'string', description: 'a PDF: the attachment validated' },
    findings: { type: 'array', items: finding },
  },
  example: {
    file: 'invoice.xml',
    valid: false,
    syntax: 'cii',
    profile: 'xrechnung',
    customization: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    ruleSets: ['EN16931', 'XRechnung'],
    findings: [{ rule: 'BR-DE-15', severity: 'fatal', message: 'The element "Buyer reference" (BT-10) must be transmitted.', xpath: '/rsm:CrossIndustryInvoice' }],
  },
} as const;

export const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } as const;
