/**
 * cached-task-api.md (docx2tex-service) against `invoicectl serve` over real HTTP with the real engines
 * (pandoc, LibreOffice): packages read back (TeX references rewritten, only referenced images, EMF →
 * PDF by img_post_proc, debug extras), cache HIT/BUILDING/MISS with one build under 10 concurrent
 * submits, every error status, URL fetches (refused for loopback unless allowed), the curl example.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/cli.js';
import { pngOf } from '../helpers/images.js';
import { docxFromMarkdown } from '../convert/helpers.js';
import { startServe, waitFor, type ServeProcess } from './helpers.js';
import { curlCommands, specText } from './spec-examples.js';

/** An EMF drawn by LibreOffice from an SVG (what Word documents carry for vector drawings). */
function emfPicture(): Buffer {
  const dir = tmpDir('invoicectl-emf-');
  fs.writeFileSync(path.join(dir, 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#c00"/></svg>');
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'emf', '--outdir', dir, path.join(dir, 'pic.svg')], { stdio: 'ignore' });
  return fs.readFileSync(path.join(dir, 'pic.emf'));
}

/** A DOCX (pandoc) with a PNG and an EMF picture; `marker` makes its bytes (and cache key) unique. */
function docxWithPictures(marker: string, emf: Buffer): Buffer {
  const docx = new AdmZip(Buffer.from(docxFromMarkdown(`# Report ${marker}\n\nSome **bold** text.\n\n![Photo](photo.png)\n\n![Drawing](drawing.png)\n`, { 'photo.png': pngOf(60, 40), 'drawing.png': pngOf(30, 30) })));
  // pandoc names media by content; swap the second picture for the EMF, as Word would store it.
  const rels = docx.readAsText('word/_rels/document.xml.rels');
  const media = docx.getEntries().filter((e) => e.entryName.startsWith('word/media/')).map((e) => e.entryName).sort();
  const drawing = media.find((m) => docx.readFile(m)!.length === Buffer.from(pngOf(30, 30)).length) ?? media[1];
  const emfName = drawing.replace(/\.png$/, '.emf');
  docx.deleteFile(drawing);
  docx.addFile(emfName, emf);
  docx.updateFile('word/_rels/document.xml.rels', Buffer.from(rels.replace(drawing.slice('word/'.length), emfName.slice('word/'.length))));
  const types = docx.readAsText('[Content_Types].xml');
  docx.updateFile('[Content_Types].xml', Buffer.from(types.replace('<Default Extension="png"', '<Default Extension="emf" ContentType="image/x-emf"/><Default Extension="png"')));
  return docx.toBuffer();
}

describe('cached-task-api.md', () => {
  let server: ServeProcess;
  let emf: Buffer;
  const submit = async (fields: Record<string, string | Buffer>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === 'string') form.append(k, v);
      else form.append(k, new Blob([v]), `${k === 'file' ? 'report' : k}.docx`);
    }
    const res = await fetch(`${server.url}/v1/task`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as any };
  };
  const state = async (id: string) => (await (await fetch(`${server.url}/v1/task/${id}`)).json()) as any;
  const done = (id: string) => waitFor(async () => ((await state(id)).data.state.match(/^(done|failed)$/) ? state(id) : undefined));
  const result = async (id: string) => new AdmZip(Buffer.from(await (await fetch(`${server.url}/v1/task/${id}/result`)).arrayBuffer()));

  beforeAll(async () => {
    emf = emfPicture();
    server = await startServe({ serve: { taskConcurrency: 4 } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a DOCX becomes <basename>.tex + image/ with rewritten references; the EMF becomes a PDF', async () => {
    const docx = docxWithPictures('one', emf);
    const submitted = await submit({ file: docx, debug: 'false', img_post_proc: 'true' });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ cache_status: 'MISS', cache_key: expect.stringMatching(/^[0-9a-f]{64}$/), task_id: expect.any(String) });
    const final = await done(submitted.body.task_id);
    expect(final).toMatchObject({ code: 0, msg: 'ok', data: { state: 'done', err_msg: '' } });
    expect(final.data.end_time).toBeGreaterThanOrEqual(final.data.start_time);

    const res = await fetch(`${server.url}/v1/task/${submitted.body.task_id}/result`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report.zip"');
    const zip = new AdmZip(Buffer.from(await res.arrayBuffer()));
    const names = zip.getEntries().map((e) => e.entryName).sort();
    expect(names.filter((n) => !n.startsWith('image/'))).toEqual(['report.tex']);
    const tex = zip.readAsText('report.tex');
    expect(tex).toContain('Some \\textbf{bold} text.');
    const refs = [...tex.matchAll(/\\includegraphics(?:\[[^\]]*\])?\{([^}]+)\}/g)].map((m) => m[1]);
    expect(refs).toHaveLength(2);
    expect(refs.every((r) => names.includes(r))).toBe(true);
    expect(refs.filter((r) => r.endsWith('.pdf'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('image/')).sort()).toEqual([...refs].sort());
    expect(zip.readFile(refs.find((r) => r.endsWith('.pdf'))!)!.subarray(0, 5).toString()).toBe('%PDF-');

    // Same DOCX, debug on: from the cache (debug is not in the key), with the intermediates.
    const again = await submit({ file: docx, debug: 'true', img_post_proc: 'false' });
    expect(again.body).toMatchObject({ cache_status: 'HIT', cache_key: submitted.body.cache_key });
    await done(again.body.task_id);
    const debugZip = await result(again.body.task_id);
    const debugNames = debugZip.getEntries().map((e) => e.entryName);
    expect(debugNames).toEqual(expect.arrayContaining(['report.tex', 'manifest.json', `logs/${again.body.task_id}.log`, 'report.debug/report.orig.tex', 'report.docx.tmp/word/document.xml']));
    // img_post_proc=false keeps the EMF as it was.
    expect(debugNames.some((n) => n.startsWith('image/') && n.endsWith('.emf'))).toBe(true);
    expect(JSON.parse(debugZip.readAsText('manifest.json'))).toMatchObject({ cache: 'HIT', cacheKey: submitted.body.cache_key, imgPostProc: false });
  });

  it('10 concurrent submits of one new DOCX: one conversion, the others wait for it (BUILDING) or find it (HIT)', async () => {
    const docx = docxWithPictures('ten', emf);
    const all = await Promise.all(Array.from({ length: 10 }, () => submit({ file: docx, debug: 'true' })));
    const rest = all.filter((s) => s.body.cache_status !== 'MISS');
    expect(new Set(all.map((s) => s.body.cache_key)).size).toBe(1);
    // One submit finds nothing; every other finds a build under way (queued or running) or its result.
    expect(all.filter((s) => s.body.cache_status === 'MISS')).toHaveLength(1);
    for (const s of rest) expect(['BUILDING', 'HIT']).toContain(s.body.cache_status);
    // Results before the task is done: 409.
    const early = await fetch(`${server.url}/v1/task/${rest[8].body.task_id}/result`);
    if ((await state(rest[8].body.task_id)).data.state !== 'done') expect(early.status).toBe(409);
    for (const s of all) expect((await done(s.body.task_id)).data.state).toBe('done');
    const builds = [];
    for (const s of all) builds.push(JSON.parse((await result(s.body.task_id)).readAsText('manifest.json')).cache);
    expect(builds.filter((b) => b === 'MISS')).toHaveLength(1);
    expect(builds.filter((b) => b === 'HIT')).toHaveLength(9);
  });

  it('errors: 400 for file and url together or neither, conf / custom_xsl named, bad flags; 404 unknown; ftp and loopback URLs refused', async () => {
    const docx = docxWithPictures('err', emf);
    expect((await submit({ file: docx, url: 'http://example.com/a.docx' })).status).toBe(400);
    expect((await submit({ debug: 'true' })).status).toBe(400);
    const conf = await submit({ file: docx, conf: Buffer.from('<conf/>') });
    expect(conf.status).toBe(400);
    expect(conf.body.msg).toMatch(/^conf: /);
    const xsl = await submit({ file: docx, custom_xsl: Buffer.from('<xsl/>') });
    expect(xsl.body.msg).toMatch(/^custom_xsl: /);
    expect((await submit({ file: docx, debug: 'maybe' })).status).toBe(400);
    const missing = await fetch(`${server.url}/v1/task/00000000-0000-0000-0000-000000000000`);
    expect(missing.status).toBe(404);
    expect((await fetch(`${server.url}/v1/task/00000000-0000-0000-0000-000000000000/result`)).status).toBe(404);
    expect((await submit({ url: 'ftp://example.com/a.docx' })).body.msg).toMatch(/only http and https/);
    const loopback = await submit({ url: 'http://127.0.0.1:9/a.docx' });
    expect(loopback.status).toBe(400);
    expect(loopback.body.data.error).toBe('URL_NOT_ALLOWED');
    expect((await submit({ url: 'http://[::1]:9/a.docx' })).body.data.error).toBe('URL_NOT_ALLOWED');
  });

  it('health, version, and the curl example as printed', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/version`)).json()).toMatchObject({ service: 'docx2tex-service', engine: 'pandoc', docx2tex_home: null });
    const dir = tmpDir('invoicectl-curl-docx-');
    fs.mkdirSync(path.join(dir, 'examples', 'forward'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'examples', 'forward', 'example_forward.docx'), docxWithPictures('curl', emf));
    const [command] = curlCommands(specText('cached-task-api.md'));
    const run = spawnSync('bash', ['-c', command.replace('http://127.0.0.1:8000', server.url)], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body.cache_status).toBe('MISS');
    expect((await done(body.task_id)).data.state).toBe('done');
    expect((await result(body.task_id)).getEntries().map((e) => e.entryName)).toContain('example_forward.tex');
  });
});

describe('cached-task-api.md: URLs and limits', () => {
  it('fetches a url when private hosts are allowed, following a redirect; over the upload limit is 413', async () => {
    const docx = docxFromMarkdown('# From a URL\n\nFetched text.\n');
    const files = http.createServer((req, res) => {
      if (req.url === '/old.docx') return res.writeHead(302, { location: '/docs/fetched.docx' }).end();
      if (req.url === '/docs/fetched.docx') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(docx));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    const port = (files.address() as AddressInfo).port;
    const server = await startServe({ serve: { allowPrivateUrls: true }, config: { limits: { maxFileBytes: 200_000 } } });
    try {
      const form = new FormData();
      form.append('url', `http://127.0.0.1:${port}/old.docx`);
      const body = (await (await fetch(`${server.url}/v1/task`, { method: 'POST', body: form })).json()) as any;
      expect(body.cache_status).toBe('MISS');
      const final = await waitFor(async () => {
        const s = (await (await fetch(`${server.url}/v1/task/${body.task_id}`)).json()) as any;
        return s.data.state === 'done' || s.data.state === 'failed' ? s : undefined;
      });
      expect(final.data.state).toBe('done');
      const zip = new AdmZip(Buffer.from(await (await fetch(`${server.url}/v1/task/${body.task_id}/result`)).arrayBuffer()));
      expect(zip.readAsText('fetched.tex')).toContain('Fetched text.');

      const big = new FormData();
      big.append('file', new Blob([new Uint8Array(300_000)]), 'big.docx');
      const tooBig = await fetch(`${server.url}/v1/task`, { method: 'POST', body: big });
      expect(tooBig.status).toBe(413);
    } finally {
      await server.stop();
      files.close();
    }
  });
});
