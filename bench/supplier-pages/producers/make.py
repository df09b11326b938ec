#!/usr/bin/env python3
"""
Draws the invoices of invoices.py as PDF producers other than a browser draw them, into OUTDIR:

  fitz       PyMuPDF (python3-fitz), one insert_text per word or per glyph, as report writers position text:
             the text layer has no space characters, only positions.
  raw        a content stream written here, as TeX and form engines write theirs: a TJ array per run, words
             apart by kerning figures and no spaces ("tj"); one TJ per printed line, its cells apart by large
             figures ("tjline"); character spacing (Tc) with each word placed by Td ("tc"); glyph by glyph.
  reportlab  ReportLab's canvas with a TrueType font (DejaVu Sans) embedded as subsets with their own
             encodings, drawn run by run or glyph by glyph.
             Its fonts may carry no Unicode map ("font": a Type 3 font, or Helvetica's glyphs by their names).
  pdflib     writes OUTDIR/pdflib.json (the runs to draw) for make.mjs, which draws them with pdf-lib.
  wkhtml, tex, groff, gs
             documents set by markup.py's sources (HTML, LaTeX, troff, PostScript) with those programs.

The order of emission is part of the shape: "columns" emits the right half of the page before the left,
"reverse" the lines bottom to top, "double" draws bold runs twice, a quarter point apart (bold by double
printing; "copies" does it in the content stream, two or three times). "rotated" adds a line set vertically in the left margin.

  /usr/bin/python3 make.py OUTDIR [--truth]
"""
import json
import os
import re
import sys
import zlib

import fitz  # python3-fitz

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from invoices import INVOICES, totals  # noqa: E402
import markup  # noqa: E402

W, H = 595.28, 841.89
LABELS = {
    'en': dict(title='INVOICE', number='Invoice No.', date='Invoice Date', due='Due Date', bill='Bill To', desc='Description', qty='Qty',
               price='Unit Price', amount='Amount', net='Subtotal', total='Total Due', thanks='Thank you for your business.',
               bank='Payment by bank transfer within 30 days.', pos='#'),
    'de': dict(title='Rechnung', number='Rechnungsnummer', date='Rechnungsdatum', customer='Kundennummer', desc='Beschreibung', qty='Menge',
               price='Einzelpreis', amount='Gesamt', net='Nettobetrag', total='Rechnungsbetrag', intro='Für unsere Leistungen erlauben wir uns zu berechnen:',
               thanks='Zahlbar innerhalb von 14 Tagen ohne Abzug.', pos='Pos.', bank='Bankverbindung', phone='Telefon'),
    'fr': dict(title='Facture', number='Facture n°', date='Date', customer='Client n°', desc='Désignation', qty='Qté', price='Prix unitaire HT',
               amount='Montant HT', net='Total HT', total='Total TTC', intro='Nous vous remercions de votre confiance.',
               thanks='Paiement à réception de facture.', pos='N°', bank='Banque', phone='Tél.'),
    'nl': dict(title='Factuur', number='Factuurnummer', date='Factuurdatum', customer='Klantnummer', desc='Omschrijving', qty='Aantal',
               price='Prijs', amount='Bedrag', net='Subtotaal', total='Totaal te betalen', intro='Hierbij brengen wij u in rekening:',
               thanks='Gelieve binnen 30 dagen te betalen.', pos='Nr.', bank='Bank', phone='Tel.'),
    'es': dict(title='Factura', number='Nº de factura', date='Fecha', due='Vencimiento', bill='Facturar a', customer='Cliente', desc='Concepto', qty='Cant.', price='Precio',
               amount='Importe', net='Base imponible', total='Total factura', intro='Detalle de los trabajos realizados:',
               thanks='Forma de pago: transferencia bancaria.', pos='Nº', bank='Banco', phone='Tel.'),
}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def printed_date(inv, iso):
    y, m, d = iso.split('-')
    if inv['lang'] == 'de':
        return f'{d}.{m}.{y}'
    if inv['lang'] == 'nl':
        return f'{d}-{m}-{y}'
    if inv['lang'] in ('fr', 'es'):
        return f'{d}/{m}/{y}'
    if inv['currency'] == 'USD':
        return f'{MONTHS[int(m) - 1]} {int(d)}, {y}'
    if inv['currency'] == 'CAD':
        return iso
    if inv['currency'] in ('AUD', 'NZD'):
        return f'{d}/{m}/{y}'
    return f'{int(d)} {MONTHS[int(m) - 1][:3]} {y}'


def figure(inv, v):
    s = f'{v:,.2f}'
    if inv['lang'] in ('de', 'nl', 'es'):
        return s.replace(',', ' ').replace('.', ',').replace(' ', '.')
    if inv['lang'] == 'fr':
        # "nnbsp": thousands apart by a narrow no-break space (U+202F), as office suites set French figures.
        return s.replace(',', '\u202f' if inv.get('nnbsp') else ' ').replace('.', ',')
    return s


def money_text(inv, v):
    f = figure(inv, v)
    # A no-break space before the sign where the suite keeps the two together.
    return f'{inv["symbol"]}{f}' if inv['lang'] == 'en' else f'{f}{chr(0xa0) if inv.get("nnbsp") else " "}{inv["symbol"]}'


DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf'
# Helvetica for the PDFs whose fonts are the standard 14 (raw, pdf-lib), DejaVu Sans where a font file is embedded.
FONTS = {('helv', False): fitz.Font('helv'), ('helv', True): fitz.Font('hebo'),
         ('dejavu', False): fitz.Font(fontfile=DEJAVU.format('')), ('dejavu', True): fitz.Font(fontfile=DEJAVU.format('-Bold'))}
family = 'helv'


def width(text, size, bold):
    return FONTS[(family, bold)].text_length(text, fontsize=size)


class Runs:
    """Text runs: left x (pt), baseline from the page's top (pt), text, size, bold."""

    def __init__(self):
        self.runs = []

    def left(self, x, y, text, size=9, bold=False):
        self.runs.append(dict(x=x, y=y, text=text, size=size, bold=bold))

    def right(self, x2, y, text, size=9, bold=False):
        self.left(x2 - width(text, size, bold), y, text, size, bold)


def business(inv, L):
    r = Runs()
    net, tax, total = totals(inv)
    seller = inv['seller']
    r.left(50, 62, seller[0], 15, True)
    for i, line in enumerate(seller[1:]):
        r.left(50, 78 + 12 * i, line)
    r.right(545, 62, 'TAX INVOICE' if inv.get('tax_invoice') else L['title'], 18, True)
    info = [(L['number'], inv['number']), (L['date'], printed_date(inv, inv['date']))]
    if inv.get('due'):
        info.append((L['due'], printed_date(inv, inv['due'])))
    for i, (label, value) in enumerate(info):
        r.left(360, 100 + 14 * i, label, 9, True)
        r.right(545, 100 + 14 * i, value)
    r.left(50, 160, L['bill'], 10, True)
    for i, line in enumerate(inv['buyer']):
        r.left(50, 176 + 12 * i, line, 10 if i == 0 else 9)
    y = 250
    for x, text, align in [(50, L['desc'], 'l'), (350, L['qty'], 'r'), (445, L['price'], 'r'), (545, L['amount'], 'r')]:
        (r.left if align == 'l' else r.right)(x, y, text, 9, True)
    for desc, q, p in inv['items']:
        y += 16
        r.left(50, y, desc)
        r.right(350, y, str(q))
        r.right(445, y, figure(inv, p))
        r.right(545, y, figure(inv, q * p))
    y += 30
    for label, v, bold in [(L['net'], net, False), (inv['tax_label'], tax, False), (f'{L["total"]} ({inv["currency"]})', total, True)]:
        r.left(360, y, label, 10 if bold else 9, bold)
        r.right(545, y, money_text(inv, v), 10 if bold else 9, bold)
        y += 15
    r.left(50, y + 30, L['thanks'])
    r.left(50, y + 44, L['bank'])
    r.left(50, 800, f'{seller[0]} · {seller[1]} · {seller[2]}', 7)
    return r.runs


def letter(inv, L):
    r = Runs()
    net, tax, total = totals(inv)
    seller = inv['seller']
    r.left(57, 60, seller[0], 17, True)
    for i, line in enumerate(seller[1:3]):
        r.left(400, 52 + 11 * i, line, 8.5)
    r.left(400, 74, f'{L["phone"]} 0{zlib.crc32(seller[0].encode()) % 900 + 100} 48 21 {zlib.crc32(seller[1].encode()) % 90 + 10}', 8.5)
    r.left(57, 140, f'{seller[0]} · {seller[1]} · {seller[2]}', 6.5)
    for i, line in enumerate(inv['buyer']):
        r.left(57, 158 + 13 * i, line, 10)
    info = [(L['number'], inv['number']), (L['date'], printed_date(inv, inv['date'])), (L['customer'], f'K-{zlib.crc32(inv["buyer"][-2].encode()) % 9000 + 1000}')]
    for i, (label, value) in enumerate(info):
        r.left(380, 158 + 13 * i, label, 9)
        r.left(470, 158 + 13 * i, value, 9)
    r.left(57, 262, f'{L["title"]} {inv["number"]}', 13, True)
    r.left(57, 284, L['intro'], 9.5)
    y = 314
    for x, text, align in [(57, L['pos'], 'l'), (85, L['desc'], 'l'), (345, L['qty'], 'r'), (440, L['price'], 'r'), (538, L['amount'], 'r')]:
        (r.left if align == 'l' else r.right)(x, y, text, 9, True)
    for n, (desc, q, p) in enumerate(inv['items'], 1):
        y += 16
        r.left(57, y, str(n))
        r.left(85, y, desc)
        r.right(345, y, str(q))
        r.right(440, y, money_text(inv, p))
        r.right(538, y, money_text(inv, q * p))
    y += 30
    for label, v, bold in [(L['net'], net, False), (inv['tax_label'], tax, False), (L['total'], total, True)]:
        r.left(330, y, label, 10 if bold else 9, bold)
        r.right(538, y, money_text(inv, v), 10 if bold else 9, bold)
        y += 15
    r.left(57, y + 30, L['thanks'], 9.5)
    foot = [[seller[0], seller[1], seller[2]], [L['bank'], 'IBAN ' + iban(inv), 'BIC ' + 'GENODEF1' + str(zlib.crc32(inv['number'].encode()) % 1000).zfill(3)], [seller[3]]]
    for col, lines in enumerate(foot):
        for i, line in enumerate(lines):
            r.left(57 + 170 * col, 790 + 9 * i, line, 7)
    return r.runs


def iban(inv):
    """An IBAN-shaped row in the seller's country (the letters of its tax id), digits from the invoice's own."""
    vat = re.search(r'\b([A-Z]{2})[A-Z]?\s?\d', inv['seller'][3])
    country = vat.group(1) if vat else inv['lang'].upper()
    digits = (''.join(c for c in inv['number'] + inv['date'] if c.isdigit()) + '0' * 16)[:16]
    return f'{country}{digits[:2]} {digits[2:6]} {digits[6:10]} {digits[10:14]} {digits[14:16]}00'


def runs_of(inv):
    L = LABELS[inv['lang']]
    runs = (letter if inv['layout'] == 'letter' else business)(inv, L)
    order = inv.get('order')
    if order == 'columns':
        runs = [r for r in runs if r['x'] >= W / 2] + [r for r in runs if r['x'] < W / 2]
    elif order == 'reverse':
        runs = sorted(runs, key=lambda r: -r['y'])
    return runs


def pieces(run, shape, tc=0.0):
    """
    A run as the pieces one drawing call each prints: the run, its words, or its glyphs, each at its x
    (each glyph before it widened by the character spacing tc).
    """
    text, size, bold = run['text'], run['size'], run['bold']
    if shape == 'runs':
        return [(run['x'], text)]
    out = []
    i = 0
    while i < len(text):
        if text[i] == ' ':
            i += 1
            continue
        j = i + 1 if shape == 'glyphs' else (text.find(' ', i) if ' ' in text[i:] else len(text))
        out.append((run['x'] + width(text[:i], size, bold) + tc * i, text[i:j]))
        i = j
    return out


def draw_fitz(inv, path):
    doc = fitz.open()
    page = doc.new_page(width=W, height=H)
    for bold in (False, True):
        page.insert_font(fontname=f'dv{int(bold)}', fontfile=DEJAVU.format('-Bold' if bold else ''))
    for run in runs_of(inv):
        font = f'dv{int(run["bold"])}'
        times = 2 if inv.get('order') == 'double' and run['bold'] else 1
        for x, text in pieces(run, inv['shape']):
            for k in range(times):
                page.insert_text((x + 0.25 * k, run['y']), text, fontname=font, fontsize=run['size'])
    if inv.get('rotated'):
        page.insert_text((24, 700), f'{inv["seller"][0]}, registered in Ireland No. 418842', fontname='dv0', fontsize=7, rotate=90)
    doc.save(path)


# "ligatures": fi and fl drawn as one glyph each, as TeX fonts draw them (codes given by the font's Differences).
LIGATURES = {'fi': b'\xae', 'fl': b'\xaf'}
ligatures = False


# "type3", "names", "uni": the fonts' codes given in the order the glyphs are first drawn (1, 2, ...), as subsetting
# producers (Ghostscript, report writers) number them, with a Differences array naming each glyph; no ToUnicode.
codes = None


def glyph_name(c, uni=False):
    """The Adobe Glyph List's name of a character (or uniXXXX)."""
    if uni:
        return f'uni{ord(c):04X}'
    return {' ': 'space', '€': 'Euro'}.get(c) or fitz.unicode_to_glyph_name(ord(c))


def pdf_string(text):
    b = bytes(codes.setdefault(c, len(codes) + 1) for c in text) if codes is not None else text.encode('cp1252')
    if ligatures:
        for pair, code in LIGATURES.items():
            b = b.replace(pair.encode(), code)
    return '(' + ''.join(chr(c) if 32 <= c < 127 and chr(c) not in '()\\' else f'\\{c:03o}' if c >= 127 or c < 32 else '\\' + chr(c) for c in b) + ')'


# Character spacing (Tc, points) of the "tc" shape: a report writer's letter-spaced type.
TC = 0.6

# Pairs a TeX font's kerning tightens (thousandths of the font size), as in "[(T)80(o)]".
KERNS = {'Te': 70, 'To': 70, 'Ta': 70, 'Wa': 40, 'Yo': 60, 'Vo': 40, 'AV': 70, 'r.': 40, 'ra': 10, 'av': 15, 'ev': 15, 'ow': 15}


def tj_words(text):
    """A run as a TJ array: words without their spaces, the gap a figure; kerned pairs tightened."""
    parts = []
    for w_i, word in enumerate(text.split(' ')):
        if w_i:
            parts.append('-278')
        chunk = ''
        for k, c in enumerate(word):
            if k and word[k - 1:k + 1] in KERNS:
                parts.append(pdf_string(chunk))
                parts.append(str(KERNS[word[k - 1:k + 1]]))
                chunk = ''
            chunk += c
        parts.append(pdf_string(chunk))
    return '[' + ''.join(parts) + '] TJ'


def draw_raw(inv, path):
    global ligatures, codes
    ligatures = bool(inv.get('ligatures'))
    codes = {} if inv.get('font') else None
    ops = []
    runs = runs_of(inv)
    shape = inv['shape']
    if shape == 'tjline':
        # One TJ per printed line: its cells apart by the figures that move to the next cell's x.
        lines = {}
        for run in runs:
            lines.setdefault((run['y'], run['size'], run['bold']), []).append(run)
        for (y, size, bold), cells in lines.items():
            cells.sort(key=lambda r: r['x'])
            parts = []
            at = cells[0]['x']
            for c in cells:
                if parts:
                    parts.append(str(-round((c['x'] - at) * 1000 / size)))
                words = c['text'].split(' ')
                for w_i, word in enumerate(words):
                    if w_i:
                        parts.append('-278')
                    parts.append(pdf_string(word))
                at = c['x'] + width(c['text'], size, bold)
            ops.append(f'BT /{"F2" if bold else "F1"} {size} Tf 1 0 0 1 {cells[0]["x"]:.2f} {H - y:.2f} Tm [{"".join(parts)}] TJ ET')
    else:
        for run in runs:
            font = 'F2' if run['bold'] else 'F1'
            size = run['size']
            if shape == 'tj' and inv.get('rotate'):
                # Font size 1 and the size in the text matrix, as many producers set it.
                ops.append(f'BT /{font} 1 Tf {size} 0 0 {size} {run["x"]:.2f} {H - run["y"]:.2f} Tm {tj_words(run["text"])} ET')
            elif shape == 'tj':
                ops.append(f'BT /{font} {size} Tf 1 0 0 1 {run["x"]:.2f} {H - run["y"]:.2f} Tm {tj_words(run["text"])} ET')
            elif shape == 'tc':
                # Character spacing widens every glyph's advance: words placed one by one by Td from the run's start.
                cmds = [f'BT /{font} {size} Tf {TC} Tc 1 0 0 1 {run["x"]:.2f} {H - run["y"]:.2f} Tm']
                at = 0.0
                for x, word in pieces(run, 'words', TC):
                    cmds.append(f'{x - run["x"] - at:.2f} 0 Td {pdf_string(word)} Tj')
                    at = x - run['x']
                ops.append(' '.join(cmds) + ' ET')
            else:
                # "copies": bold runs printed over themselves, each copy a quarter point to the right of the one before,
                # glyph by glyph ("glyphs") or word by word ("words").
                times = inv.get('copies', 1) if run['bold'] else 1
                for x, piece in pieces(run, 'words' if shape == 'words' else 'glyphs'):
                    # "jitter": each glyph's baseline a little off, as engines that round each glyph's position set it.
                    dy = ((zlib.crc32(f'{run["y"]}{x}'.encode()) % 7) - 3) * 0.12 if inv.get('jitter') else 0
                    for k in range(times):
                        ops.append(f'BT /{font} {size} Tf 1 0 0 1 {x + 0.25 * k:.2f} {H - run["y"] + dy:.2f} Tm {pdf_string(piece)} Tj ET')
    content = '\n'.join(ops).encode('latin-1')
    encoding = '<< /BaseEncoding /WinAnsiEncoding /Differences [174 /fi /fl] >>' if inv.get('ligatures') else '/WinAnsiEncoding'
    fonts = b'<< /Font << /F1 4 0 R /F2 5 0 R >> >>'
    if inv.get('rotate'):
        # A landscape sheet turned upright by /Rotate 90: the content drawn turned a quarter the other way.
        page = f'/MediaBox [0 0 {H} {W}] /Rotate 90'
        content = f'0 1 -1 0 {H} 0 cm\n'.encode() + content
    else:
        page = f'/MediaBox [0 0 {W} {H}]'
    if inv.get('xobject'):
        # The text drawn inside a form XObject, as report writers place their sections.
        contents = b'/XObject << /X1 7 0 R >> >> /Contents 6 0 R'
        body = b'/X1 Do'
        xobj = b'<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources %s /Length %d >>\nstream\n' % (int(W) + 1, int(H) + 1, fonts, len(content)) + content + b'\nendstream'
    else:
        contents = b'>> /Contents 6 0 R'
        body = content
        xobj = None
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        f'<< /Type /Page /Parent 2 0 R {page} /Resources << /Font << /F1 4 0 R /F2 5 0 R >> '.encode() + contents + b' >>',
        f'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {encoding} >>'.encode(),
        f'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding {encoding} >>'.encode(),
        b'<< /Length %d >>\nstream\n' % len(body) + body + b'\nendstream',
    ] + ([xobj] if xobj else [])
    if inv.get('font'):
        objs[3:5] = [own_font(inv['font'], bold, objs) for bold in (False, True)]
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    open(path, 'wb').write(out)


def own_font(kind, bold, objs):
    """
    A font over `codes` without ToUnicode: "type3" glyphs drawn by procedures (a box each), "names" Helvetica's
    metrics with the Adobe Glyph List's names, "uni" the same with uniXXXX names. Procedures go to the end of objs.
    """
    chars = sorted(codes, key=codes.get)
    widths = ' '.join(str(round(FONTS[('helv', bold)].text_length(c, fontsize=1000))) for c in chars)
    names = ' '.join('/' + glyph_name(c, kind == 'uni') for c in chars)
    head = f'/FirstChar 1 /LastChar {len(chars)} /Widths [{widths}] /Encoding << /Type /Encoding /Differences [1 {names}] >>'
    if kind != 'type3':
        return f'<< /Type /Font /Subtype /Type1 /BaseFont /{"Helvetica-Bold" if bold else "Helvetica"} {head} >>'.encode()
    procs = []
    for c in chars:
        w = round(FONTS[('helv', bold)].text_length(c, fontsize=1000))
        proc = f'{w} 0 0 0 {w} 700 d1 {w // 8} 0 {w - w // 4} 500 re f'.encode()
        objs.append(b'<< /Length %d >>\nstream\n' % len(proc) + proc + b'\nendstream')
        procs.append(f'/{glyph_name(c)} {len(objs)} 0 R')
    return (f'<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 750] /FontMatrix [0.001 0 0 0.001 0 0] '
            f'/CharProcs << {" ".join(procs)} >> /Resources << >> {head} >>').encode()


def draw_reportlab(inv, path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont('DejaVu', DEJAVU.format('')))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', DEJAVU.format('-Bold')))
    c = canvas.Canvas(path, pagesize=(W, H))
    for run in runs_of(inv):
        font = 'DejaVu-Bold' if run['bold'] else 'DejaVu'
        c.setFont(font, run['size'])
        for x, text in pieces(run, inv['shape']):
            c.drawString(x, H - run['y'], text)
    c.showPage()
    c.save()


def truth(inv):
    net, tax, total = totals(inv)
    buyer = inv['buyer'][1] if inv['buyer'][0] in ('Firma', 'Herrn', 'Madame', 'Monsieur', 'Familie') else inv['buyer'][0]
    return dict(number=inv['number'], date=inv['date'], currency=inv['currency'], amount=net, taxAmount=tax, totalAmount=total,
                seller=inv['seller'][0], buyer=buyer)


def main():
    out = sys.argv[1]
    if '--truth' in sys.argv:
        print(json.dumps({inv['name']: truth(inv) for inv in INVOICES}, indent=2, ensure_ascii=False))
        return
    os.makedirs(out, exist_ok=True)
    pdflib = []
    global family
    for inv in INVOICES:
        path = os.path.join(out, inv['name'] + '.pdf')
        family = 'dejavu' if inv['producer'] in ('fitz', 'reportlab') or inv.get('source') == 'reportlab' else 'helv'
        if inv['producer'] == 'fitz':
            draw_fitz(inv, path)
        elif inv['producer'] == 'raw':
            draw_raw(inv, path)
        elif inv['producer'] == 'reportlab':
            draw_reportlab(inv, path)
        elif inv['producer'] in markup.PRODUCERS:
            markup.PRODUCERS[inv['producer']](inv, path, sys.modules[__name__])
        else:
            pdflib.append(dict(name=inv['name'], runs=[dict(r, pieces=pieces(r, inv['shape'])) for r in runs_of(inv)]))
    json.dump(pdflib, open(os.path.join(out, 'pdflib.json'), 'w'), ensure_ascii=False)


main()
