/**
 * parseOfd: an OFD container (GB/T 33190) → OfdDocument. One pass over the container: OFD.xml →
 * Document.xml → resources, pages (with their templates), annotations, custom tags, attachments and
 * signatures. Every XML file is parsed once; images and fonts are read once and shared.
 *
 * Damage policy: what is required to know the document (OFD.xml, the DocRoot, at least one readable
 * page) throws OFD_CORRUPT; optional parts that are missing or broken (an annotation file, a seal, a
 * tag file) are skipped so the invoice can still be read.
 */
import { assertPageLimit, InvoicectlError } from '../core/errors.js';
import { decodeXml } from '../invoice/xml.js';
import { parseBox } from './geometry.js';
import { readContent, readObjects } from './objects.js';
import { Resources } from './resources.js';
import { findSealPicture } from './seal.js';
import type { Box, OfdAnnotation, OfdAttachment, OfdDocument, OfdObject, OfdPage, OfdSeal, OfdTagField } from './types.js';
import { child, children, childText, parseXml, type XmlElement } from './xml.js';
import { dirname, OfdContainer, resolvePath, type OfdLimits } from './zip.js';

export type { OfdLimits } from './zip.js';
export * from './types.js';

const A4: Box = { x: 0, y: 0, width: 210, height: 297 };

export function parseOfd(bytes: Uint8Array, limits?: OfdLimits): OfdDocument {
  return readDocument(new OfdContainer(bytes, limits), true, limits);
}

function readDocument(container: OfdContainer, withSeals: boolean, limits: OfdLimits = {}): OfdDocument {
  const xmlCache = new Map<string, XmlElement | undefined>();
  /** Parses an XML entry once; undefined when missing or not XML. */
  const load = (path: string): XmlElement | undefined => {
    if (xmlCache.has(path)) return xmlCache.get(path);
    const bytes = container.read(path);
    let root: XmlElement | undefined;
    if (bytes) {
      try {
        root = parseXml(decodeXml(bytes));
      } catch {
        root = undefined;
      }
    }
    xmlCache.set(path, root);
    return root;
  };
  const require = (path: string, what: string): XmlElement => {
    const root = load(path);
    if (!root) throw new InvoicectlError('OFD_CORRUPT', container.has(path) ? `${what} (${path}) is not valid XML` : `the OFD has no ${what} (${path})`);
    return root;
  };

  const ofd = require('OFD.xml', 'OFD.xml');
  if (ofd.name !== 'OFD') throw new InvoicectlError('OFD_CORRUPT', `OFD.xml has root <${ofd.name}>, expected <OFD>`);
  const body = child(ofd, 'DocBody');
  const docRoot = childText(body, 'DocRoot');
  if (!docRoot) throw new InvoicectlError('OFD_CORRUPT', 'OFD.xml names no DocRoot');
  const docPath = resolvePath('', docRoot);
  const docDir = dirname(docPath);
  const document = require(docPath, 'document root');

  const info = child(body, 'DocInfo');
  const customData: Record<string, string> = {};
  for (const cd of children(child(info, 'CustomDatas'), 'CustomData')) {
    const name = cd.attrs.Name;
    if (name !== undefined && !(name in customData)) customData[name] = cd.text.trim();
  }

  const common = child(document, 'CommonData');
  const res = new Resources(container, load, limits.maxImagePixels);
  for (const el of common?.children ?? []) {
    if (el.name === 'PublicRes' || el.name === 'DocumentRes') res.load(resolvePath(docDir, el.text.trim()));
  }
  const defaultBox = parseBox(childText(child(common, 'PageArea'), 'PhysicalBox')) ?? A4;

  // Templates are parsed on first use and shared by every page that uses them.
  const templatePaths = new Map<string, string>();
  const templateZOrder = new Map<string, string>();
  for (const t of children(common, 'TemplatePage')) {
    if (t.attrs.ID && t.attrs.BaseLoc) templatePaths.set(t.attrs.ID, resolvePath(docDir, t.attrs.BaseLoc));
    if (t.attrs.ID && t.attrs.ZOrder) templateZOrder.set(t.attrs.ID, t.attrs.ZOrder);
  }
  const templates = new Map<string, OfdObject[]>();
  const templateObjects = (id: string): OfdObject[] => {
    let objects = templates.get(id);
    if (!objects) {
      objects = [];
      const path = templatePaths.get(id);
      const page = path ? load(path) : undefined;
      // A template page may carry its own PageRes (the fonts and draw parameters of its labels).
      if (page && path) for (const pr of children(page, 'PageRes')) res.load(resolvePath(dirname(path), pr.text.trim()));
      if (page) readContent(child(page, 'Content'), res, objects);
      templates.set(id, objects);
    }
    return objects;
  };

  const pages: OfdPage[] = [];
  const pageEls = children(child(document, 'Pages'), 'Page');
  // Before any page is read: a Document.xml listing 50,000 pages is a few hundred KB, its pages gigabytes.
  assertPageLimit('the OFD document', pageEls.length, limits.maxPages);
  for (const pageEl of pageEls) {
    const path = pageEl.attrs.BaseLoc ? resolvePath(docDir, pageEl.attrs.BaseLoc) : undefined;
    const page = path ? load(path) : undefined;
    if (!page || !path) continue;
    for (const pr of children(page, 'PageRes')) res.load(resolvePath(dirname(path), pr.text.trim()));
    const box = parseBox(childText(child(page, 'Area'), 'PhysicalBox')) ?? defaultBox;
    const background: OfdObject[] = [];
    const foreground: OfdObject[] = [];
    for (const t of children(page, 'Template')) {
      const id = t.attrs.TemplateID ?? '';
      // The page's ZOrder, else the TemplatePage's own, else Background (GB/T 33190 7.5, 7.7).
      const zOrder = t.attrs.ZOrder ?? templateZOrder.get(id);
      (zOrder === 'Foreground' ? foreground : background).push(...templateObjects(id));
    }
    const objects = background;
    readContent(child(page, 'Content'), res, objects);
    objects.push(...foreground);
    pages.push({ number: pages.length + 1, id: pageEl.attrs.ID ?? String(pages.length + 1), box, objects, annotations: [], seals: [] });
  }
  if (pages.length === 0) {
    throw new InvoicectlError('OFD_CORRUPT', pageEls.length === 0 ? 'the OFD document has no pages' : 'no page of the OFD document can be read');
  }
  const pageById = new Map(pages.map((p) => [p.id, p]));

  readAnnotations(childText(document, 'Annotations'), docDir, load, res, pageById);
  if (withSeals) readSeals(childText(body, 'Signatures'), load, container, pageById);

  return {
    version: ofd.attrs.Version,
    docInfo: {
      docId: childText(info, 'DocID'),
      title: childText(info, 'Title'),
      author: childText(info, 'Author'),
      creator: childText(info, 'Creator'),
      creationDate: childText(info, 'CreationDate'),
    },
    customData,
    pages,
    tagFields: readCustomTags(childText(document, 'CustomTags'), docDir, load),
    attachments: readAttachments(childText(document, 'Attachments'), docDir, load, container),
  };
}

type Load = (path: string) => XmlElement | undefined;

function readAnnotations(ref: string | undefined, docDir: string, load: Load, res: Resources, pageById: Map<string, OfdPage>): void {
  if (!ref) return;
  const listPath = resolvePath(docDir, ref);
  for (const entry of children(load(listPath), 'Page')) {
    const page = pageById.get(entry.attrs.PageID ?? '');
    const file = childText(entry, 'FileLoc');
    if (!page || !file) continue;
    for (const annot of children(load(resolvePath(dirname(listPath), file)), 'Annot')) {
      const appearance = child(annot, 'Appearance');
      const boundary = parseBox(appearance?.attrs.Boundary ?? annot.attrs.Boundary);
      if (!boundary) continue;
      const objects: OfdObject[] = [];
      if (appearance) readObjects(appearance, res, {}, objects);
      const annotation: OfdAnnotation = {
        id: annot.attrs.ID,
        type: annot.attrs.Type ?? '',
        subtype: annot.attrs.Subtype,
        visible: annot.attrs.Visible !== 'false',
        boundary,
        objects,
      };
      page.annotations.push(annotation);
    }
  }
}

/** Signatures → the visible stamps: StampAnnot boundaries on pages, each with the seal picture. */
function readSeals(ref: string | undefined, load: Load, container: OfdContainer, pageById: Map<string, OfdPage>): void {
  if (!ref) return;
  const listPath = resolvePath('', ref);
  for (const sig of children(load(listPath), 'Signature')) {
    if (!sig.attrs.BaseLoc) continue;
    const sigPath = resolvePath(dirname(listPath), sig.attrs.BaseLoc);
    const signature = load(sigPath);
    const stamps = children(child(signature, 'SignedInfo'), 'StampAnnot');
    if (stamps.length === 0) continue;
    const valuePath = childText(signature, 'SignedValue');
    const picture = valuePath ? sealPicture(container.read(resolvePath(dirname(sigPath), valuePath))) : {};
    for (const stamp of stamps) {
      const page = pageById.get(stamp.attrs.PageRef ?? '');
      const boundary = parseBox(stamp.attrs.Boundary);
      if (!page || !boundary) continue;
      const seal: OfdSeal = { signatureId: sig.attrs.ID, boundary, ...picture };
      page.seals.push(seal);
    }
  }
}

function sealPicture(signedValue: Uint8Array | undefined): Pick<OfdSeal, 'image' | 'document'> {
  const found = signedValue ? findSealPicture(signedValue) : undefined;
  if (!found) return {};
  if (found.kind !== 'ofd') {
    return { image: { resourceId: 'seal', bytes: found.bytes, mime: found.kind === 'png' ? 'image/png' : found.kind === 'jpeg' ? 'image/jpeg' : 'image/gif' } };
  }
  try {
    // A seal OFD is small; tight limits, and no seals of its own (no recursion).
    return { document: readDocument(new OfdContainer(found.bytes, { maxEntries: 200, maxTotalBytes: 16 * 1024 * 1024 }), false) };
  } catch {
    return {}; // an unreadable seal picture leaves the stamp without a drawing, not the invoice unread
  }
}

/** CustomTags → fields: every element holding ObjectRefs, with the refs in document order. */
function readCustomTags(ref: string | undefined, docDir: string, load: Load): OfdTagField[] {
  if (!ref) return [];
  const listPath = resolvePath(docDir, ref);
  const fields: OfdTagField[] = [];
  for (const tag of children(load(listPath), 'CustomTag')) {
    const fileLoc = childText(tag, 'FileLoc');
    if (!fileLoc) continue;
    const file = resolvePath(dirname(listPath), fileLoc);
    const root = load(file);
    if (root) collectTagFields(root, [], file, fields);
  }
  return fields;
}

function collectTagFields(el: XmlElement, path: string[], file: string, out: OfdTagField[]): void {
  const here = [...path, el.name];
  const refs = children(el, 'ObjectRef')
    .map((r) => ({ pageId: r.attrs.PageRef ?? '', objectId: r.text.trim() }))
    .filter((r) => r.objectId !== '');
  if (refs.length > 0) out.push({ file, name: el.name, path: here, refs });
  for (const c of el.children) if (c.name !== 'ObjectRef') collectTagFields(c, here, file, out);
}

function readAttachments(ref: string | undefined, docDir: string, load: Load, container: OfdContainer): OfdAttachment[] {
  if (!ref) return [];
  const listPath = resolvePath(docDir, ref);
  const out: OfdAttachment[] = [];
  for (const a of children(load(listPath), 'Attachment')) {
    const fileLoc = childText(a, 'FileLoc');
    if (!fileLoc) continue;
    const file = resolvePath(dirname(listPath), fileLoc);
    const bytes = container.read(file);
    if (!bytes) continue;
    out.push({ id: a.attrs.ID, name: a.attrs.Name ?? file.slice(file.lastIndexOf('/') + 1), file, format: a.attrs.Format, bytes });
  }
  return out;
}
