/**
 * `serve` applies the config's `convert` section to the conversions it runs (the runtime builds the
 * converters from it), as the CLI does: here its time limit, set far below what LibreOffice needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFromMarkdown } from '../convert/helpers.js';
import { startServe, type ServeProcess } from './helpers.js';

describe('serve and config.convert', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe({ config: { convert: { timeoutSeconds: 0.05 } } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a conversion over convert.timeoutSeconds ends with the engine timeout', async () => {
    const form = new FormData();
    form.append('file', new Blob([docxFromMarkdown('# Report\n\nText.\n')]), 'report.docx');
    form.append('targetFormat', 'pdf');
    const res = await fetch(`${server.url}/api/v1/convert`, { method: 'POST', body: form });
    const body = (await res.json()) as any;
    expect(body.success, JSON.stringify(body)).toBe(false);
    expect(body.error.message).toMatch(/did not finish within/);
  });
});
