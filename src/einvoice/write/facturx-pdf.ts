/**
 * A PDF with its CII attached as Factur-X: factur-x.xml as an associated file (/AF, AFRelationship
 * Alternative, text/xml), XMP metadata declaring PDF/A-3B and the Factur-X extension schema (fx:
 * DocumentType, DocumentFileName, Version, ConformanceLevel), and an sRGB output intent. The pages are
 * copied untouched. Full PDF/A-3 conformance (fonts embedded, no transparency…) depends on the source
 * PDF and is not checked here.
 */
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { InvoicectlError } from '../../core/errors.js';
import { conformanceLevel } from '../facturx-pdf.js';
import { srgbIccProfile } from './srgb-icc.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function xmp(title: string, level: string, now: Date): string {
  const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:CreatorTool>invoicectl</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>invoicectl</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
   <fx:DocumentType>INVOICE</fx:DocumentType>
   <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
   <fx:Version>1.0</fx:Version>
   <fx:ConformanceLevel>${level}</fx:ConformanceLevel>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>fx</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq>
     <rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentFileName</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>name of the embedded XML invoice file</pdfaProperty:description></rdf:li>
     <rdf:li rdf:parseType="Resource"><pdfaProperty:name>DocumentType</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>INVOICE</pdfaProperty:description></rdf:li>
     <rdf:li rdf:parseType="Resource"><pdfaProperty:name>Version</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The actual version of the Factur-X XML schema</pdfaProperty:description></rdf:li>
     <rdf:li rdf:parseType="Resource"><pdfaProperty:name>ConformanceLevel</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>The conformance level of the embedded Factur-X data</pdfaProperty:description></rdf:li>
    </rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

const INVOICE_NAMES = /^(factur-x|zugferd-invoice|xrechnung|order-x)\.xml$/i;

/** The invoice XML a source PDF carries already (a Factur-X being rewritten): replaced, not doubled. */
function dropInvoiceAttachments(doc: PDFDocument): void {
  const nameOf = (spec: unknown) => {
    const d = spec instanceof PDFDict ? spec : null;
    const v = d?.lookup(PDFName.of('UF')) ?? d?.lookup(PDFName.of('F'));
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : '';
  };
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = names.size() - 2; i >= 0; i -= 2) if (INVOICE_NAMES.test(nameOf(names.lookup(i + 1)))) {
      names.remove(i + 1);
      names.remove(i);
    }
  }
  const af = doc.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  if (af) for (let i = af.size() - 1; i >= 0; i--) if (INVOICE_NAMES.test(nameOf(af.lookup(i)))) af.remove(i);
}

export async function facturxPdf(source: Uint8Array, ciiXml: string, guideline: string, title: string, now = new Date()): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(source, { updateMetadata: false });
  } catch (err) {
    throw new InvoicectlError('PDF_CORRUPT', `the PDF cannot be opened to attach the invoice XML: ${(err as Error).message}`, undefined, { cause: err });
  }
  const ctx = doc.context;
  dropInvoiceAttachments(doc);
  await doc.attach(new TextEncoder().encode(ciiXml), 'factur-x.xml', { mimeType: 'text/xml', description: 'Factur-X invoice', afRelationship: AFRelationship.Alternative, creationDate: now, modificationDate: now });
  const metadata = ctx.stream(new TextEncoder().encode(xmp(title, conformanceLevel(guideline) ?? 'EN 16931', now)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));
  const icc = ctx.stream(srgbIccProfile(), { N: 3 });
  const intent = ctx.obj({ Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: PDFString.of('sRGB'), Info: PDFString.of('sRGB IEC61966-2.1'), DestOutputProfile: ctx.register(icc) });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(intent)]));
  if (!doc.context.trailerInfo.ID) {
    const id = PDFHexString.of([...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join(''));
    doc.context.trailerInfo.ID = ctx.obj([id, id]);
  }
  doc.setProducer('invoicectl');
  doc.setTitle(title);
  return doc.save({ useObjectStreams: false });
}
