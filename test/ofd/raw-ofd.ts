/**
 * OFD containers written from raw XML, for tests of the text model on the shapes the 数电 platform
 * writes: page templates (with their own ZOrder), nested PageBlocks, Layers with DrawParams, fonts and
 * draw parameters in PublicRes or PageRes, referenced by ID. Content strings are the XML inside
 * <ofd:Content> (Layers); element names use the `ofd:` prefix.
 */
import AdmZip from 'adm-zip';

export interface RawPage {
  content: string;
  /** <ofd:Template> elements of the page: the template ID and, optionally, the page's ZOrder for it. */
  templates?: { id: string; zOrder?: 'Background' | 'Foreground' }[];
  /** Inner XML of the page's own PageRes file (Fonts, DrawParams). */
  pageRes?: string;
}

export interface RawOfd {
  pages: RawPage[];
  /** TemplatePage entries of Document.xml: their content and their own ZOrder. */
  templates?: { id: string; content: string; zOrder?: 'Background' | 'Foreground'; pageRes?: string }[];
  /** Inner XML of PublicRes.xml. */
  publicRes?: string;
  /** Files under Doc_0/Res/ (font programs). */
  resFiles?: Record<string, Uint8Array>;
  box?: [number, number];
}

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

export function rawOfd(spec: RawOfd): Uint8Array {
  const zip = new AdmZip();
  const add = (name: string, data: string | Uint8Array) => zip.addFile(name, Buffer.from(data));
  const [w, h] = spec.box ?? [210, 140];
  add('OFD.xml', `${XML}<ofd:OFD ${NS} DocType="OFD" Version="1.1"><ofd:DocBody><ofd:DocInfo><ofd:DocID>raw</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  add('Doc_0/PublicRes.xml', `${XML}<ofd:Res ${NS} BaseLoc="Res">${spec.publicRes ?? ''}</ofd:Res>`);
  for (const [name, bytes] of Object.entries(spec.resFiles ?? {})) add(`Doc_0/Res/${name}`, bytes);
  const templates = (spec.templates ?? []).map((t, i) => {
    if (t.pageRes) add(`Doc_0/Tpls/Tpl_${i}/TplRes.xml`, `${XML}<ofd:Res ${NS} BaseLoc="../../Res">${t.pageRes}</ofd:Res>`);
    const res = t.pageRes ? '<ofd:PageRes>TplRes.xml</ofd:PageRes>' : '';
    add(`Doc_0/Tpls/Tpl_${i}/Content.xml`, `${XML}<ofd:Page ${NS}>${res}<ofd:Content>${t.content}</ofd:Content></ofd:Page>`);
    return `<ofd:TemplatePage ID="${t.id}" BaseLoc="Tpls/Tpl_${i}/Content.xml"${t.zOrder ? ` ZOrder="${t.zOrder}"` : ''}/>`;
  });
  const pages = spec.pages.map((p, i) => {
    const tpl = (p.templates ?? []).map((t) => `<ofd:Template TemplateID="${t.id}"${t.zOrder ? ` ZOrder="${t.zOrder}"` : ''}/>`).join('');
    if (p.pageRes) add(`Doc_0/Pages/Page_${i}/PageRes.xml`, `${XML}<ofd:Res ${NS} BaseLoc="../../Res">${p.pageRes}</ofd:Res>`);
    const res = p.pageRes ? '<ofd:PageRes>PageRes.xml</ofd:PageRes>' : '';
    add(`Doc_0/Pages/Page_${i}/Content.xml`, `${XML}<ofd:Page ${NS}>${tpl}${res}<ofd:Content>${p.content}</ofd:Content></ofd:Page>`);
    return `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`;
  });
  add('Doc_0/Document.xml', `${XML}<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${w} ${h}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${templates.join('')}</ofd:CommonData><ofd:Pages>${pages.join('')}</ofd:Pages></ofd:Document>`);
  return new Uint8Array(zip.toBuffer());
}

/** A TextObject element. `codes` are TextCode elements (see code()). */
export function text(attrs: Record<string, string | number>, codes: string[], inner = ''): string {
  return `<ofd:TextObject ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}>${inner}${codes.join('')}</ofd:TextObject>`;
}

export function code(attrs: Record<string, string | number>, chars: string): string {
  return `<ofd:TextCode ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}>${chars.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ofd:TextCode>`;
}

export function rect(boundary: string, fill: string, attrs = ''): string {
  const [, , w, h] = boundary.split(' ');
  return `<ofd:PathObject Boundary="${boundary}" Fill="true" Stroke="false"${attrs}><ofd:FillColor Value="${fill}"/><ofd:AbbreviatedData>M 0 0 L ${w} 0 L ${w} ${h} L 0 ${h} C</ofd:AbbreviatedData></ofd:PathObject>`;
}

export const layer = (objects: string, attrs = '') => `<ofd:Layer ID="${Math.floor(Math.random() * 1e6)}"${attrs}>${objects}</ofd:Layer>`;
export const FONTS = '<ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="5" FontName="楷体" FamilyName="楷体"/><ofd:Font ID="7" FontName="Courier New" FamilyName="Courier New"/></ofd:Fonts>';
