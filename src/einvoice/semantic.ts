/**
 * The EN 16931 semantic invoice: business terms (BT-n) and groups (BG-n) as the standard names them,
 * each value with the XPath it was read from. Both syntaxes (UBL, CII) are read into it
 * (ubl-semantic.ts, cii-semantic.ts); the business rules (rules/) run on it, so a rule is written once.
 */
import type { Num, Val, XNode } from './xml-node.js';
import type { EInvoiceSyntax } from './detect.js';

export interface Address {
  xpath: string;
  line1: Val | null; // BT-35 / BT-50 / BT-64 / BT-75
  city: Val | null; // BT-37 / BT-52 / BT-66 / BT-77
  postcode: Val | null; // BT-38 / BT-53 / BT-67 / BT-78
  country: Val | null; // BT-40 / BT-55 / BT-69 / BT-80
}

export interface SemParty {
  xpath: string;
  name: Val | null; // BT-27 / BT-44 / BT-59 / BT-62
  tradingName: Val | null;
  ids: Val[]; // BT-29 / BT-46 / BT-60
  legalId: Val | null; // BT-30 / BT-47 / BT-61
  vatId: Val | null; // BT-31 / BT-48 / BT-63
  taxRegId: Val | null; // BT-32
  electronicAddress: Val | null; // BT-34 / BT-49
  electronicAddressScheme: string | null;
  address: Address | null; // BG-5 / BG-8 / BG-12
  contact: { xpath: string; name: Val | null; phone: Val | null; email: Val | null } | null; // BG-6 / BG-9
}

export interface AllowanceCharge {
  xpath: string;
  charge: boolean;
  amount: Num | null; // BT-92 / BT-99 / BT-136 / BT-141
  base: Num | null; // BT-93 / BT-100 / BT-137 / BT-142
  percent: Num | null; // BT-94 / BT-101 / BT-138 / BT-143
  category: Val | null; // BT-95 / BT-102 (document level)
  rate: Num | null; // BT-96 / BT-103
  reason: Val | null; // BT-97 / BT-104 / BT-139 / BT-144
  reasonCode: Val | null; // BT-98 / BT-105 / BT-140 / BT-145
  /** The charge indicator as written (UBL cbc:ChargeIndicator, CII udt:Indicator): Peppol allows only "true" / "false". */
  indicator: Val | null;
}

/** An identifier whose scheme the rules check (BT-157 needs @schemeID, BT-158 @listID). */
export interface SchemedId {
  xpath: string;
  scheme: string | null;
}

export interface VatBreakdown {
  xpath: string;
  taxable: Num | null; // BT-116
  tax: Num | null; // BT-117
  category: Val | null; // BT-118
  rate: Num | null; // BT-119
  exemptionReason: Val | null; // BT-120
  exemptionCode: Val | null; // BT-121
}

export interface Line {
  xpath: string;
  id: Val | null; // BT-126
  quantity: Num | null; // BT-129
  unit: string | null; // BT-130
  netAmount: Num | null; // BT-131
  periodStart: Val | null; // BT-134
  periodEnd: Val | null; // BT-135
  /** Where the line's period group (BG-26) is written, when it is. */
  periodXpath: string | null;
  allowances: AllowanceCharge[]; // BG-27
  charges: AllowanceCharge[]; // BG-28
  price: Num | null; // BT-146
  priceDiscount: Num | null; // BT-147
  grossPrice: Num | null; // BT-148
  baseQuantity: Num | null; // BT-149
  baseQuantityUnit: string | null; // BT-150
  category: Val | null; // BT-151
  rate: Num | null; // BT-152
  name: Val | null; // BT-153
  attributes: { xpath: string; name: Val | null; value: Val | null }[]; // BG-32
  standardIds: SchemedId[]; // BT-157
  classifications: SchemedId[]; // BT-158
  /** UBL line cac:DocumentReference (the line's invoiced object, BT-128): their document type codes. */
  documentReferences: { xpath: string; typeCode: string | null }[];
  /** UBL cac:Price/cac:AllowanceCharge/cbc:ChargeIndicator (a price discount, never a charge). */
  priceChargeIndicator: Val | null;
}

export interface PaymentMeans {
  xpath: string;
  code: Val | null; // BT-81
  account: Val | null; // BT-84 (IBAN for credit transfer)
  /** Where a credit transfer group (BG-17) is written, when it is. */
  creditTransferXpath: string | null;
  bic: Val | null; // BT-86
  cardPan: Val | null; // BT-87
  mandate: Val | null; // BT-89
  debitedAccount: Val | null; // BT-91
  /** Where a payment card group (BG-18) is written, when it is. */
  cardXpath: string | null;
  /**
   * A direct debit group (BG-19) is written: UBL cac:PaymentMandate; CII a mandate reference, a creditor
   * reference or a debited account (the first two are document level in CII).
   */
  directDebitWritten: boolean;
}

/** An additional document reference: BG-24, and in UBL also the invoiced object (BT-18, code 130) and the project (code 50). */
export interface DocumentReference {
  xpath: string;
  id: Val | null; // BT-122 / BT-18
  typeCode: string | null;
  /** The syntax binding counts it as a supporting document (BG-24), which needs its reference (BR-52). */
  supporting: boolean;
  /** An attached document's file name (BT-125 @filename). */
  filename: string | null;
}

export interface SemInvoice {
  syntax: EInvoiceSyntax;
  rootXpath: string;
  /** The root element's tree, for rules on the document as a whole (PEPPOL-EN16931-R008). */
  root: XNode;
  /** UBL CreditNote root (amounts positive, type code 381 & co.). */
  creditNoteRoot: boolean;
  customization: Val | null; // BT-24
  profile: Val | null; // BT-23
  number: Val | null; // BT-1
  issueDate: Val | null; // BT-2
  typeCode: Val | null; // BT-3
  currency: Val | null; // BT-5
  taxCurrency: Val | null; // BT-6
  taxPointDate: Val | null; // BT-7
  taxPointCode: Val | null; // BT-8
  dueDate: Val | null; // BT-9
  buyerReference: Val | null; // BT-10
  projectReference: Val | null; // BT-11
  contractReference: Val | null; // BT-12
  orderReference: Val | null; // BT-13
  precedingInvoices: { xpath: string; number: Val | null }[]; // BG-3
  notes: Val[]; // BT-22
  paymentTerms: Val | null; // BT-20
  /**
   * BR-CO-25 as the schematron tests it: a Payment due date (BT-9) or Payment terms (BT-20) element is
   * written (an empty one counts); null where the syntax binding does not apply the rule (UBL CreditNote).
   */
  dueDateOrTermsWritten: boolean | null;
  /** XRechnung extension third-party payments (BG-DEX-09, UBL PrepaidPayment/PaidAmount). */
  thirdPartyPayments: Num[];
  periodStart: Val | null; // BT-73
  periodEnd: Val | null; // BT-74
  /** Where the invoicing period group (BG-14) is written, when it is. */
  periodXpath: string | null;
  seller: SemParty | null; // BG-4
  buyer: SemParty | null; // BG-7
  payee: SemParty | null; // BG-10
  taxRepresentative: SemParty | null; // BG-11
  deliverTo: Address | null; // BG-15
  deliveryDate: Val | null; // BT-72
  paymentMeans: PaymentMeans[]; // BG-16
  /** Bank assigned creditor identifier (BT-90): UBL a seller or payee identifier with scheme SEPA, CII CreditorReferenceID. */
  creditorId: Val | null;
  allowances: AllowanceCharge[]; // BG-20
  charges: AllowanceCharge[]; // BG-21
  documents: DocumentReference[]; // BG-24 and other additional references
  totals: {
    xpath: string;
    lineTotal: Num | null; // BT-106
    allowanceTotal: Num | null; // BT-107
    chargeTotal: Num | null; // BT-108
    taxExclusive: Num | null; // BT-109
    taxTotal: Num | null; // BT-110
    taxTotalTaxCurrency: Num | null; // BT-111
    taxInclusive: Num | null; // BT-112
    prepaid: Num | null; // BT-113
    rounding: Num | null; // BT-114
    payable: Num | null; // BT-115
  };
  /** Every TaxTotal (UBL) / TaxTotalAmount (CII) with its currency, for the currency rules. */
  taxTotals: { amount: Num; currency: string | null; withSubtotals: boolean }[];
  vat: VatBreakdown[]; // BG-23
  lines: Line[]; // BG-25
}
