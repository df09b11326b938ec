/** POST /validate on a running `invoicectl serve`: verdicts and findings in the body, errors with codes, the route in the OpenAPI document. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { ublXml } from './samples.js';

let server: ServeProcess;
beforeAll(async () => {
  server = await startServe();
});
afterAll(async () => {
  await server?.stop();
});

const post = (body: string, name = 'invoice.xml', query = '') => {
  const form = new FormData();
  form.append('file', new Blob([body], { type: 'application/xml' }), name);
  return fetch(`${server.url}/validate${query}`, { method: 'POST', body: form });
};

describe('POST /validate', () => {
  it('a valid Peppol invoice: 200, valid, the profile from BT-24', async () => {
    const res = await post(ublXml());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ valid: true, syntax: 'ubl', profile: 'peppol', findings: [] });
  });

  it('an invalid one under the XRechnung profile: 200, the findings with rule ids and XPaths', async () => {
    const res = await post(ublXml({ gross: '120.00' }), 'bad.xml', '?profile=xrechnung');
    const body = await res.json();
    expect(body.valid).toBe(false);
    expect(body.profile).toBe('xrechnung');
    expect(body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'BR-CO-15', severity: 'fatal', xpath: '/ubl:Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount' })]));
  });

  it('hostile or foreign input: documented codes, never 500', async () => {
    const xxe = await post('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&e;</ID></Invoice>');
    expect(xxe.status).toBe(422);
    expect((await xxe.json()).error.code).toBe('XML_UNSAFE');
    const other = await post('<?xml version="1.0"?><note>hi</note>');
    expect(other.status).toBe(400);
    expect((await other.json()).error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const notForm = await fetch(`${server.url}/validate`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: ublXml() });
    expect(notForm.status).toBe(415);
  });

  it('is in the one OpenAPI document', async () => {
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(doc.paths['/validate'].post.tags).toContain('validate');
  });
});
