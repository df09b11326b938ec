/**
 * The web page for people (`/`): the Vue app built into dist/web by `npm run build`, and the pdf.js CMaps
 * and standard fonts its preview needs, all served from the package (no external requests). It talks
 * to the documented routes of invoices-api.md only. Names are matched against one safe pattern inside
 * fixed folders, never joined from the request as paths.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerModule } from '../context.js';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const SAFE_NAME = /^[\w.-]+$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

function sendFrom(reply: FastifyReply, dir: string, name: string, cache: string) {
  const file = path.join(dir, name);
  if (!SAFE_NAME.test(name) || name.startsWith('.') || !fs.existsSync(file)) return reply.status(404).type('text/plain').send('not found');
  return reply.type(TYPES[path.extname(name)] ?? 'application/octet-stream').header('cache-control', cache).send(fs.createReadStream(file));
}

export const webModule: ServerModule = {
  name: 'web',
  migrations: [],

  async register(app: FastifyInstance) {
    const hide = { schema: { hide: true } };
    app.get('/', hide, async (_request, reply) => {
      if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) return reply.status(503).type('text/plain').send('the web page is not built: run npm run build');
      return sendFrom(reply, WEB_DIR, 'index.html', 'no-cache');
    });
    // Vite names assets by content, so they can be cached for good.
    app.get('/assets/:name', hide, async (request, reply) => sendFrom(reply, path.join(WEB_DIR, 'assets'), (request.params as { name: string }).name, 'public, max-age=31536000, immutable'));
    app.get('/pdfjs/cmaps/:name', hide, async (request, reply) => sendFrom(reply, path.join(PDFJS_DIR, 'cmaps'), (request.params as { name: string }).name, 'public, max-age=86400'));
    app.get('/pdfjs/standard_fonts/:name', hide, async (request, reply) => sendFrom(reply, path.join(PDFJS_DIR, 'standard_fonts'), (request.params as { name: string }).name, 'public, max-age=86400'));
  },
};
