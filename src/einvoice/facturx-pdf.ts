/**
 * The Factur-X / ZUGFeRD hybrid rules that can be checked without a PDF/A validator: the invoice XML is
 * an associated file of the document (/AF) with an AFRelationship, and the XMP metadata declares it
 * (fx:DocumentFileName, fx:DocumentType, fx:ConformanceLevel) with the level the XML's guideline names.
 * Rule ids FX-*: ours (the Factur-X specification states these requirements without numbering them).
 */
import { LeanDocument, textString } from '../pdf/lean/document.js';
import { Name, isStream, type Dict } from '../pdf/lean/syntax.js';
import type { Finding } from './rules/types.js';

const RELATIONSHIPS = new Set(['Data', 'Source', 'Alternative']);

/** The conformance level a guideline id (BT-24) stands for, as XMP fx:ConformanceLevel writes it. */
export function conformanceLevel(guideline: string | null): string | null {
  const g = (guideline ?? '').toLowerCase();
  if (/xrechnung/.test(g)) return 'XRECHNUNG';
  if (/:extended$/.test(g)) return 'EXTENDED';
  if (/:basicwl$/.test(g)) return 'BASIC WL';
  if (/:basic$/.test(g)) return 'BASIC';
  if (/:minimum$/.test(g)) return 'MINIMUM';
  if (/^urn:cen\.eu:en16931:2017$/.test(g)) return 'EN 16931';
  return null;
}

export function facturxPdfFindings(bytes: Uint8Array, attachmentName: string, guideline: string | null): Finding[] {
  const findings: Finding[] = [];
  let doc: LeanDocument;
  let root: Dict | undefined;
  try {
    // Opened with the empty password: an encrypted PDF that opens without asking is still checked.
    doc = new LeanDocument(bytes, { password: '' });
    root = doc.dict(doc.trailer.get('Root'));
  } catch {
    return [{ rule: 'FX-PDF', severity: 'warning', message: 'The PDF structure could not be read for the Factur-X hybrid checks (AF relationship, XMP metadata).', xpath: '/' }];
  }
  if (doc.trailer.has('Encrypt')) {
    findings.push({ rule: 'FX-ENCRYPTED', severity: 'fatal', message: 'The PDF is encrypted: PDF/A-3, the base of Factur-X and ZUGFeRD, does not allow encryption (the trailer must not have /Encrypt).', xpath: '/Trailer/Encrypt' });
  }
  const specs = (doc.array(root?.get('AF')) ?? []).map((s) => doc.dict(s)).filter((d): d is Dict => !!d);
  const spec = specs.find((s) => textString(doc.get(s.get('UF') ?? s.get('F'))) === attachmentName);
  if (!spec) {
    findings.push({ rule: 'FX-AF', severity: 'fatal', message: `The invoice XML ${attachmentName} must be an associated file of the document (listed in the catalogue's /AF array).`, xpath: `/Catalog/AF` });
  } else {
    const rel = doc.get(spec.get('AFRelationship'));
    const name = rel instanceof Name ? rel.name : null;
    if (!name || !RELATIONSHIPS.has(name)) findings.push({ rule: 'FX-AF-RELATIONSHIP', severity: 'fatal', message: `The file specification of ${attachmentName} must have /AFRelationship Data, Source or Alternative (found ${name ?? 'none'}).`, xpath: '/Catalog/AF/AFRelationship' });
  }
  const metadata = root?.get('Metadata');
  const xmp = isStream(doc.get(metadata)) ? new TextDecoder().decode(doc.streamData(metadata)) : '';
  if (!xmp) {
    findings.push({ rule: 'FX-XMP', severity: 'fatal', message: 'The PDF must carry XMP metadata (the catalogue\'s /Metadata) declaring the Factur-X attachment.', xpath: '/Catalog/Metadata' });
    return findings;
  }
  const field = (name: string) => new RegExp(`(?:fx|zf):${name}\\s*>\\s*([^<]*)<|(?:fx|zf):${name}\\s*=\\s*"([^"]*)"`).exec(xmp)?.slice(1).find((x) => x !== undefined)?.trim() ?? null;
  const fileName = field('DocumentFileName');
  const level = field('ConformanceLevel');
  if (!fileName) findings.push({ rule: 'FX-XMP', severity: 'fatal', message: 'The XMP metadata must declare fx:DocumentFileName (the Factur-X extension schema).', xpath: '/Catalog/Metadata' });
  else if (fileName !== attachmentName) findings.push({ rule: 'FX-XMP-FILENAME', severity: 'fatal', message: `XMP fx:DocumentFileName "${fileName}" must name the invoice attachment "${attachmentName}".`, xpath: '/Catalog/Metadata' });
  if (!field('DocumentType')) findings.push({ rule: 'FX-XMP', severity: 'fatal', message: 'The XMP metadata must declare fx:DocumentType (INVOICE).', xpath: '/Catalog/Metadata' });
  const expected = conformanceLevel(guideline);
  if (!level) findings.push({ rule: 'FX-XMP', severity: 'fatal', message: 'The XMP metadata must declare fx:ConformanceLevel.', xpath: '/Catalog/Metadata' });
  else if (expected && level.toUpperCase().replace(/[_-]/g, ' ') !== expected && !(expected === 'EN 16931' && /^(EN 16931|COMFORT)$/i.test(level))) {
    findings.push({ rule: 'FX-XMP-PROFILE', severity: 'fatal', message: `XMP fx:ConformanceLevel "${level}" must be the XML's profile (${expected}, from its guideline ${guideline}).`, xpath: '/Catalog/Metadata' });
  }
  return findings;
}
