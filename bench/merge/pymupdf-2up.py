#!/usr/bin/python3
"""The peer for bench/merge: the usual "two invoices per A4" script over PyMuPDF.

    /usr/bin/python3 bench/merge/pymupdf-2up.py OUT.pdf IN.pdf [IN.pdf ...]

Every page of every input goes, in order, into the top or bottom half of a portrait A4 sheet with
page.show_pdf_page (vector content, aspect ratio kept), as the accountants' scripts do.
"""
import sys

import fitz  # Debian python3-fitz

out_path, inputs = sys.argv[1], sys.argv[2:]
A4 = fitz.paper_rect("a4")
halves = [fitz.Rect(0, 0, A4.width, A4.height / 2), fitz.Rect(0, A4.height / 2, A4.width, A4.height)]

out = fitz.open()
slot = 0
for name in inputs:
    src = fitz.open(name)
    for number in range(src.page_count):
        if slot % 2 == 0:
            sheet = out.new_page(width=A4.width, height=A4.height)
        sheet.show_pdf_page(halves[slot % 2], src, number)
        slot += 1
    src.close()
out.save(out_path)
