/**
 * validate: each e-invoice given (UBL or CII XML, or a PDF carrying one: Factur-X, ZUGFeRD, XRechnung)
 * checked against EN 16931 and its profile (XRechnung, Peppol), with the Factur-X hybrid rules for a
 * PDF. One file's failure to be read is its result's error; the batch goes on.
 *
 *   collect inputs → for each file: the XML (the file, or the PDF's invoice attachment) → semantic
 *   invoice → rule groups → findings.
 */
import { defaultConfig } from '../config/defaults.js';
import { InvoicectlError, toErrorInfo, type ErrorInfo } from '../core/errors.js';
import { sniffFileType } from '../core/filetype.js';
import { collectInputs, readInputBytes, zipHasOfdRoot, type InputFile, type InputSpec, type Limits } from '../core/inputs.js';
import { runBatch } from '../core/pipeline.js';
import { invoiceAttachmentRank, sniffEInvoice, type EInvoiceSyntax } from '../einvoice/detect.js';
import { validateXml, type Finding, type Profile } from '../einvoice/validate.js';
import type { PdfAttachment } from '../pdf/text.js';

export type { Finding, Profile } from '../einvoice/validate.js';
export { PROFILES } from '../einvoice/validate.js';

export interface ValidateOptions {
  inputs: InputSpec[];
  /** Default: each file's own, from its Specification identifier (BT-24). */
  profile?: Profile;
  concurrency?: number;
  limits?: Partial<Limits>;
  stdin?: NodeJS.ReadableStream;
  signal?: AbortSignal;
  /** Each result as soon as it is done (not in input order). */
  onResult?: (result: ValidateResult) => void | Promise<void>;
}

export interface ValidateResult {
  file: string;
  /** No fatal finding. False also when the file could not be validated (see error). */
  valid: boolean;
  syntax?: EInvoiceSyntax;
  profile?: Profile;
  customization?: string | null;
  ruleSets?: string[];
  /** A PDF: the name of the attachment that was validated. */
  embeddedXml?: string;
  findings: Finding[];
  error?: ErrorInfo;
}

export interface ValidateSummary {
  results: ValidateResult[];
  counts: { inputs: number; valid: number; invalid: number; failed: number };
}

export async function validate(options: ValidateOptions): Promise<ValidateSummary> {
  const defaults = defaultConfig();
  const limits: Limits = { ...defaults.limits, ...options.limits };
  const { files, errors } = await collectInputs(options.inputs, { limits, stdin: options.stdin });
  // Streamed as each is done; the summary lists them in input order, the same on every run.
  const inputErrors: ValidateResult[] = errors.map((e) => ({ file: e.name, valid: false, findings: [], error: e.error }));
  for (const r of inputErrors) await options.onResult?.(r);
  const settled = await runBatch(
    files,
    async (file) => {
      const r = await validateFile(file, options.profile);
      await options.onResult?.(r);
      return r;
    },
    { concurrency: options.concurrency ?? defaults.concurrency, signal: options.signal, nameOf: (f) => f.name },
  );
  const results = [...inputErrors];
  for (const [i, r] of settled.entries()) {
    if (r.ok) {
      results.push(r.value);
    } else {
      const failure: ValidateResult = { file: files[i].name, valid: false, findings: [], error: toErrorInfo(r.error) };
      await options.onResult?.(failure);
      results.push(failure);
    }
  }
  const failed = results.filter((r) => r.error).length;
  const valid = results.filter((r) => r.valid).length;
  return { results, counts: { inputs: results.length, valid, invalid: results.length - valid - failed, failed } };
}

/** One file → its result; never throws. */
async function validateFile(file: InputFile, profile: Profile | undefined): Promise<ValidateResult> {
  try {
    // Read and sniffed, not hashed: validate caches nothing by content, and hashing cost more than a tenth
    // of checking a small XML.
    const bytes = await readInputBytes(file);
    const type = sniffFileType(bytes, () => zipHasOfdRoot(bytes));
    if (!type) throw new InvoicectlError('INVALID_FILE_TYPE', `${file.name} is not a PDF, OFD, XML, PNG, JPEG, TIFF or ZIP file (by its content)`);
    if (type === 'xml') return { file: file.name, ...validateXml(bytes, { profile }) };
    if (type === 'pdf') return { file: file.name, ...(await validatePdf(bytes, profile)) };
    throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `a ${type} file is no e-invoice: validate reads UBL or CII XML, or a PDF carrying one (Factur-X, ZUGFeRD, XRechnung)`);
  } catch (err) {
    return { file: file.name, valid: false, findings: [], error: toErrorInfo(err, 'INTERNAL_ERROR') };
  }
}

async function validatePdf(bytes: Uint8Array, profile: Profile | undefined): Promise<Omit<ValidateResult, 'file'>> {
  // The PDF readers load with the first PDF: a batch of XML files never needs them.
  const [{ leanAttachments }, { pdfAttachments }, { facturxPdfFindings }] = await Promise.all([import('../pdf/lean-text.js'), import('../pdf/text.js'), import('../einvoice/facturx-pdf.js')]);
  let attachments: PdfAttachment[];
  try {
    attachments = leanAttachments(bytes);
  } catch {
    attachments = await pdfAttachments(bytes);
  }
  // The attachment extract reads: the EN 16931 syntax before ZUGFeRD 1.0, a conventional name before others.
  const invoice = attachments
    .map((a) => ({ a, s: sniffEInvoice(a.bytes) }))
    .filter((x) => x.s)
    .sort((x, y) => invoiceAttachmentRank(x.a.name, x.s!.syntax) - invoiceAttachmentRank(y.a.name, y.s!.syntax))[0]?.a;
  if (!invoice) {
    const names = attachments.map((a) => a.name).join(', ');
    throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `the PDF carries no UBL or CII invoice XML${names ? ` (its attachments: ${names})` : ' (no attachments)'}`);
  }
  const result = validateXml(invoice.bytes, { profile });
  const hybrid = facturxPdfFindings(bytes, invoice.name, result.customization);
  const findings = [...result.findings, ...hybrid];
  return { ...result, valid: !findings.some((f) => f.severity === 'fatal'), ruleSets: [...result.ruleSets, 'Factur-X PDF'], embeddedXml: invoice.name, findings };
}
