import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceXml, isChineseInvoiceXml } from '../../src/invoice/cn/xml.js';
import { invoiceFromOfdFields } from '../../src/invoice/cn/ofd-fields.js';
import { invoiceIdentity } from '../../src/invoice/identity.js';
import { runChecks } from '../../src/invoice/checks.js';
import { readFixture } from './fixtures.js';

const gt = (stem: string) => JSON.parse(readFixture('ofd', `${stem}.gt.json`).toString('utf8'));
const ofdXml = (stem: string) => readFixture('ofd', `${stem}.attach.original_invoice.xml`);

describe('OFD issuer XML (eInvoice, fp: namespace)', () => {
  it('贵州 electronic special invoice', () => {
    const inv = parseChineseInvoiceXml(ofdXml('easyofd__guizhou_vat_special_5'));
    expect(inv).toMatchObject({
      type: 'vat_special', code: '052002100113', number: '00008006', date: '2022-05-05', checkCode: '18001801513030862041',
      currency: 'CNY', amount: 24519.05, taxAmount: 735.57, totalAmount: 25254.62, remarks: null,
    });
    expect(inv.seller).toEqual({
      name: '独山县城南网格刘梦阳通讯店', taxId: '92522726MA7GNHJ07M', address: '独山县金海龙庭A栋2单元904号', phone: '13765480901',
      bank: '中国建设银行股份有线公司独山支行', account: '6217007130003921667',
    });
    expect(inv.buyer).toEqual({
      name: '中国移动通信集团贵州有限公司黔南分公司', taxId: '91522701709696623X',
      address: '贵州省黔南布依族苗族自治州都匀市龙山大道伯爵国际花园13栋1层1号', phone: '13908546986',
      bank: '中国工商银行股份有限公司贵阳省政府支行', account: '2402012219200041549',
    });
    expect(inv.items).toEqual([{ name: '*经纪代理服务*经纪代理服务', spec: null, unit: '月', quantity: 1, unitPrice: 24519.05, amount: 24519.05, taxRate: 0.03, taxAmount: 735.57 }]);
    expect(runChecks(inv, new Date('2025-01-01')).every((c) => c.ok)).toBe(true);
  });

  it('重庆 sample normal invoice with three lines', () => {
    const inv = parseChineseInvoiceXml(ofdXml('ofdrw__fapiao_shili_chongqing'));
    expect(inv).toMatchObject({ type: 'vat_normal', code: '050001700111', number: '99999951', date: '2020-10-10', amount: 300, taxAmount: 18, totalAmount: 318 });
    expect(inv.seller).toMatchObject({ name: '杭州融易算企业管理咨询有限公司', taxId: '91500106MA2CE71F65', address: '北京市海淀区颐和园西路一亩园11号', phone: null, bank: '建设银行', account: '625555888900998711' });
    expect(inv.buyer).toMatchObject({ name: '科游迈利有限公司', address: '北京海淀区西钓鱼台嘉园北门', phone: '13392342520' });
    expect(inv.items).toHaveLength(3);
    expect(inv.items[0]).toMatchObject({ name: '*餐饮服务*餐费', unit: '次', quantity: 4, unitPrice: 25, amount: 100, taxRate: 0.06, taxAmount: 6 });
  });

  it('浙江 normal invoice: empty buyer address stays null, landline with area code', () => {
    const inv = parseChineseInvoiceXml(ofdXml('ofdrw__zhejiang_vat_normal_1'));
    expect(inv).toMatchObject({ code: '033002000211', number: '83089647', date: '2020-07-23', amount: 510.68, taxAmount: 15.32, totalAmount: 526 });
    expect(inv.buyer).toMatchObject({ name: '江苏京利华新材料有限公司', taxId: '91320115MA202UKD7X', address: null, phone: null });
    expect(inv.seller).toMatchObject({ address: '兰溪市丹溪大道1055号', phone: '057988222001', bank: '中国邮政储蓄银行兰溪分行', account: '6217993300118475000' });
    expect(inv.items[0]).toMatchObject({ unit: null, unitPrice: 510.679612, taxRate: 0.03 });
  });
});

describe('数电 standalone XML (EInvoice)', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<EInvoice>
  <Header><EIid>24322000000012345678</EIid><EInvoiceTag>SWEI3200</EInvoiceTag>
    <InherentLabel><EInvoiceType><LabelCode>02</LabelCode><LabelName>普通发票</LabelName></EInvoiceType></InherentLabel></Header>
  <EInvoiceData>
    <SellerInformation><SellerIdNum>91370203MA3N3AR685</SellerIdNum><SellerName>青岛嘉仕汇酒店管理有限公司</SellerName><SellerAddr>青岛市市北区</SellerAddr><SellerTelNum>0532-12345678</SellerTelNum></SellerInformation>
    <BuyerInformation><BuyerIdNum>913710007062495888</BuyerIdNum><BuyerName>威高集团有限公司</BuyerName></BuyerInformation>
    <BasicInformation><TotalAmWithoutTax>357.55</TotalAmWithoutTax><TotalTaxAm>21.45</TotalTaxAm><TotalTax-includedAmount>379.00</TotalTax-includedAmount>
      <TotalTax-includedAmountInChinese>叁佰柒拾玖圆整</TotalTax-includedAmountInChinese><Drawer>王琦</Drawer></BasicInformation>
    <IssuItemInformation><ItemName>*住宿服务*住宿费</ItemName><MeaUnits>天</MeaUnits><Quantity>1</Quantity><UnPrice>357.547169811321</UnPrice><Amount>357.55</Amount><TaxRate>0.06</TaxRate><ComTaxAm>21.45</ComTaxAm></IssuItemInformation>
    <AdditionalInformation><Remark>购方开户银行:威海农行高区支行</Remark></AdditionalInformation>
  </EInvoiceData>
  <TaxSupervisionInfo><InvoiceNumber>24322000000012345678</InvoiceNumber><IssueTime>2025-04-01 10:11:12</IssueTime></TaxSupervisionInfo>
</EInvoice>`;

  it('reads number, date, totals, words, parties and items', () => {
    expect(isChineseInvoiceXml(xml)).toBe(true);
    const inv = parseChineseInvoiceXml(xml);
    expect(inv).toMatchObject({
      type: 'vat_normal', code: null, number: '24322000000012345678', date: '2025-04-01', amount: 357.55, taxAmount: 21.45, totalAmount: 379,
      totalInWords: '叁佰柒拾玖圆整', remarks: '购方开户银行:威海农行高区支行',
    });
    expect(inv.seller).toMatchObject({ name: '青岛嘉仕汇酒店管理有限公司', taxId: '91370203MA3N3AR685', phone: '0532-12345678' });
    expect(inv.buyer).toMatchObject({ name: '威高集团有限公司', taxId: '913710007062495888' });
    expect(inv.items).toEqual([{ name: '*住宿服务*住宿费', spec: null, unit: '天', quantity: 1, unitPrice: 357.547169811321, amount: 357.55, taxRate: 0.06, taxAmount: 21.45 }]);
    const checks = runChecks(inv, new Date('2025-06-01'));
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.id)).toContain('words_match_figures');
  });

  it('rejects foreign and broken XML with stable codes', () => {
    expect(() => parseChineseInvoiceXml('<Invoice/>')).toThrow(expect.objectContaining({ code: 'EXTRACTION_FAILED' }));
    expect(() => parseChineseInvoiceXml('<EInvoice><a></EInvoice>')).toThrow(expect.objectContaining({ code: 'XML_CORRUPT' }));
  });
});

describe('OFD CustomData / CustomTag fields', () => {
  const stems = ['easyofd__guizhou_vat_special_5', 'easyofd__quandian_special_ofd2', 'ofdrw__fapiao_shili_chongqing', 'ofdrw__zhejiang_vat_normal_1'];
  const fieldsOf = (stem: string) => ({ ...gt(stem).ofd_xml_customdata, ...(gt(stem).customtag_resolved?.['Doc_0/Tags/CustomTag.xml'] ?? {}) });

  it('贵州: Chinese CustomData and English CustomTag names agree', () => {
    const inv = invoiceFromOfdFields(fieldsOf(stems[0]));
    expect(inv).toMatchObject({
      type: 'vat_special', code: '052002100113', number: '00008006', date: '2022-05-05', checkCode: '18001801513030862041',
      amount: 24519.05, taxAmount: 735.57, totalAmount: 25254.62,
    });
    expect(inv.buyer).toMatchObject({ name: '中国移动通信集团贵州有限公司黔南分公司', taxId: '91522701709696623X', phone: '13908546986', account: '2402012219200041549' });
    expect(inv.seller).toMatchObject({ name: '独山县城南网格刘梦阳通讯店', taxId: '92522726MA7GNHJ07M' });
    expect(inv.items).toEqual([{ name: '*经纪代理服务*经纪代理服务', spec: null, unit: '月', quantity: 1, unitPrice: 24519.05, amount: 24519.05, taxRate: 0.03, taxAmount: 735.57 }]);
    expect(inv.fieldSources).toMatchObject({ number: 'ofd', 'buyer.name': 'ofd', items: 'ofd' });
  });

  it('数电 OFD: 20-digit number, no code, ¥-prefixed totals, note', () => {
    const inv = invoiceFromOfdFields(fieldsOf(stems[1]));
    expect(inv).toMatchObject({ code: null, number: '25924000000001260164', date: '2025-04-01', amount: 357.55, taxAmount: 21.45, totalAmount: 379 });
    expect(inv.seller).toMatchObject({ name: '青岛嘉仕汇酒店管理有限公司', taxId: '91370203MA3N3AR685' });
    expect(inv.buyer).toMatchObject({ name: '威高集团有限公司', taxId: '913710007062495888' });
    expect(inv.remarks).toContain('15560201040009819');
    expect(invoiceIdentity(inv)).toBe('cn:25924000000001260164');
  });

  it('CustomData only (重庆): 价税合计 and party names', () => {
    const inv = invoiceFromOfdFields(fieldsOf(stems[2]));
    expect(inv).toMatchObject({ code: '050001700111', number: '99999951', amount: 300, totalAmount: 318, taxAmount: null, checkCode: '14754822929856772523' });
    expect(inv.buyer.name).toBe('科游迈利有限公司');
    expect(inv.seller.name).toBe('杭州融易算企业管理咨询有限公司');
  });

  it('the OFD fields and the issuer XML of one invoice have the same identity', () => {
    for (const stem of [stems[0], stems[2], stems[3]]) {
      expect(invoiceIdentity(invoiceFromOfdFields(fieldsOf(stem)))).toBe(invoiceIdentity(parseChineseInvoiceXml(ofdXml(stem))));
    }
  });
});
