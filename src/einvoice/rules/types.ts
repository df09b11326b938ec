/** What a business rule reports, and the small arithmetic the rules share. */
import type { SemInvoice } from '../semantic.js';
import type { ElementVisit, Num } from '../xml-node.js';

export type Severity = 'fatal' | 'warning';

export interface Finding {
  /** The rule's id as its rule set names it: BR-CO-10, BR-DE-15, PEPPOL-EN16931-R003. */
  rule: string;
  severity: Severity;
  message: string;
  /** Where: the element the rule is about (or its parent, when the element is missing). */
  xpath: string;
}

export interface RuleContext {
  inv: SemInvoice;
  /** Factur-X MINIMUM and BASIC WL carry no lines: the rules about lines do not apply. */
  withoutLines: boolean;
  /** Factur-X / ZUGFeRD MINIMUM: no buyer address and no payment terms either (BR-10, BR-11, BR-CO-25 do not apply). */
  minimum: boolean;
  report(rule: string, severity: Severity, message: string, xpath: string): void;
  /**
   * Asks for every element of the document: the rules about every element (BR-CL-03, the CII data type
   * rules) share one walk over the tree, made after the groups have run.
   */
  onElement(visit: (e: ElementVisit) => void): void;
}

export type RuleGroup = (ctx: RuleContext) => void;

/** The value of an amount, 0 when absent or unreadable (the rules treat a missing optional amount as 0). */
export const v = (n: Num | null | undefined): number => n?.value ?? 0;

/** Cents, so sums of decimals compare exactly. */
export const cents = (x: number): number => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9));
export const sameCents = (a: number, b: number): boolean => cents(a) === cents(b);

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
