#!/usr/bin/env node
/**
 * Makes the pages of other PDF producers into OUTDIR: make.py's (PyMuPDF, a content stream written by
 * hand, ReportLab; wkhtmltopdf, pdflatex, groff and Ghostscript over markup.py's sources), pdf-lib's (`drawText` per piece of make.py's runs), LibreOffice's (sources/*.fodt, a Writer
 * letter; sources/*.fods, a Calc sheet; `soffice --headless --convert-to pdf`). Each page's truth is in truth.json
 * beside this file.
 *
 *   node bench/supplier-pages/producers/make.mjs OUTDIR
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const here = path.dirname(fileURLToPath(import.meta.url));
const H = 841.89;

export async function makePages(out) {
  mkdirSync(out, { recursive: true });
  // The system's Python: python3-fitz and python3-reportlab are Debian packages.
  execFileSync('/usr/bin/python3', [path.join(here, 'make.py'), out], { stdio: 'inherit' });
  for (const { name, runs } of JSON.parse(readFileSync(path.join(out, 'pdflib.json'), 'utf8'))) {
    const doc = await PDFDocument.create();
    const fonts = [await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold)];
    const page = doc.addPage([595.28, H]);
    for (const run of runs) for (const [x, text] of run.pieces) page.drawText(text, { x, y: H - run.y, size: run.size, font: fonts[run.bold ? 1 : 0] });
    writeFileSync(path.join(out, `${name}.pdf`), await doc.save());
  }
  const sources = path.join(here, 'sources');
  const office = readdirSync(sources).filter((f) => /\.fod[ts]$/.test(f)).map((f) => path.join(sources, f));
  // A profile of its own, so a LibreOffice already running for another user does not take the job.
  if (office.length) execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...office], { stdio: 'ignore' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await makePages(path.resolve(process.argv[2] ?? 'producer-pages'));
