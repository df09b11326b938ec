/**
 * Chinese invoices print 地址、电话 and 开户行及账号 as one string each; these split them. The phone is a
 * trailing landline (with or without area code) or mobile number; the account is trailing digits.
 */

const PHONE_AT_END = /[\s,，、]*((?:[(（]?0\d{2,3}[)）-]?\s*)?\d{7,8}(?:-\d{1,4})?|1[3-9]\d{9}|0\d{9,11}|400-?\d{3}-?\d{4})\s*$/;
const ACCOUNT_AT_END = /[\s,，、:：]*(\d[\d\s-]{6,}\d)\s*$/;

export function splitAddressPhone(s: string | null | undefined): { address: string | null; phone: string | null } {
  const t = (s ?? '').trim();
  if (!t) return { address: null, phone: null };
  const m = t.match(PHONE_AT_END);
  // A number directly after 号/栋/室 digits could be a house number run: require the remaining address.
  if (m && m.index! > 0) return { address: t.slice(0, m.index).trim() || null, phone: m[1].replace(/\s+/g, '') };
  if (m && m.index === 0) return { address: null, phone: m[1].replace(/\s+/g, '') };
  return { address: t, phone: null };
}

export function splitBankAccount(s: string | null | undefined): { bank: string | null; account: string | null } {
  const t = (s ?? '').trim();
  if (!t) return { bank: null, account: null };
  const m = t.match(ACCOUNT_AT_END);
  if (m) return { bank: t.slice(0, m.index).trim() || null, account: m[1].replace(/[\s-]+/g, '') };
  return { bank: t, account: null };
}

/** A 大写 amount's text without the ⊗ marker and spaces. */
export function cleanWords(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/[\s⊗ⓧ⨂]/g, '');
  return t || null;
}
