"""
The invoices of invoices.py written as the sources document producers set, and set by those programs
(Debian packages, for the bench only):

  wkhtmltopdf  HTML (Qt WebKit): an Odoo-like report ("odoo"), or a PHP app's letter ("letter").
  tex          LaTeX through pdflatex with Computer Modern: "fontenc" OT1 (the default: Type 1 fonts with their built-in
               encodings, ligatures, kerning in TJ) or T1, with the cmap package when "cmap"; "dvips": latex, dvips and
               ps2pdf, as older TeX output reached PDF.
  groff        troff with tbl, groff -Tpdf (gropdf).
  gs           Ghostscript's pdfwrite over PostScript written here ("source" ps) or over ReportLab's PDF ("source"
               reportlab), as printer drivers and scanning software distil what they are given.

Each producer takes (inv, path, make): make is make.py, whose labels, dates and figures the pages share.
"""
import os
import subprocess
import tempfile

ODOO = {
    'en': dict(title='Invoice', date='Invoice Date:', due='Due Date:', desc='Description', qty='Quantity', price='Unit Price', taxes='Taxes',
               amount='Amount', net='Untaxed Amount', total='Total', units='Units', terms='Payment terms: 30 Days',
               reference='Please use the following communication for your payment:'),
    'fr': dict(title='Facture', date='Date de facturation :', due="Date d'échéance :", desc='Description', qty='Quantité', price='Prix unitaire',
               taxes='Taxes', amount='Montant', net='Montant hors taxes', total='Total', units='Unité(s)', terms='Conditions de paiement : 30 jours',
               reference='Veuillez utiliser la communication suivante pour votre paiement :'),
}


def esc_html(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_odoo(inv, make):
    L, O = make.LABELS[inv['lang']], ODOO[inv['lang']]
    net, tax, total = make.totals(inv)
    s, b = inv['seller'], inv['buyer']
    rows = ''.join(f'<tr><td>{esc_html(d)}</td><td class="r">{q:.2f} {O["units"]}</td><td class="r">{make.figure(inv, p)}</td>'
                   f'<td class="r">{inv["rate"]:g}%</td><td class="r">{esc_html(make.money_text(inv, q * p))}</td></tr>' for d, q, p in inv['items'])
    due = f'<div class="cell"><strong>{O["due"]}</strong><br>{make.printed_date(inv, inv["due"])}</div>' if inv.get('due') else ''
    return f'''<html><head><meta charset="utf-8"><style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 12px; margin: 0 30px; }}
.header {{ border-bottom: 1px solid #ccc; padding-bottom: 8px; overflow: hidden; }}
.company {{ float: left; }} .address {{ margin: 30px 0 0 55%; }}
h2 {{ font-size: 22px; margin-top: 30px; }} .cell {{ display: inline-block; margin-right: 50px; }}
table {{ width: 100%; border-collapse: collapse; margin-top: 20px; }} th {{ text-align: left; border-bottom: 2px solid #333; }}
td, th {{ padding: 4px; }} .r {{ text-align: right; }} .totals {{ width: 45%; margin-left: 55%; }}
.totals td {{ border-top: 1px solid #ccc; }} .footer {{ margin-top: 60px; border-top: 1px solid #ccc; text-align: center; font-size: 10px; }}
</style></head><body>
<div class="header"><div class="company"><strong>{esc_html(s[0])}</strong><br>{esc_html(s[1])}<br>{esc_html(s[2])}</div></div>
<div class="address">{'<br>'.join(esc_html(x) for x in b)}</div>
<h2>{O["title"]} {inv["number"]}</h2>
<div><div class="cell"><strong>{O["date"]}</strong><br>{make.printed_date(inv, inv["date"])}</div>{due}</div>
<table><tr><th>{O["desc"]}</th><th class="r">{O["qty"]}</th><th class="r">{O["price"]}</th><th class="r">{O["taxes"]}</th><th class="r">{O["amount"]}</th></tr>{rows}</table>
<table class="totals"><tr><td><strong>{O["net"]}</strong></td><td class="r">{esc_html(make.money_text(inv, net))}</td></tr>
<tr><td>{esc_html(inv["tax_label"])}</td><td class="r">{esc_html(make.money_text(inv, tax))}</td></tr>
<tr><td><strong>{O["total"]}</strong></td><td class="r"><strong>{esc_html(make.money_text(inv, total))}</strong></td></tr></table>
<p>{O["reference"]} <strong>{inv["number"]}</strong></p><p>{O["terms"]}</p>
<div class="footer">{esc_html(s[0])} &bull; {esc_html(s[1])} &bull; {esc_html(s[2])} &bull; {esc_html(s[3])}</div>
</body></html>'''


def html_letter(inv, make):
    """make.py's letter layout as a page of floats and tables, the way a PHP app prints it."""
    L = make.LABELS[inv['lang']]
    net, tax, total = make.totals(inv)
    s, b = inv['seller'], inv['buyer']
    info = [(L['number'], inv['number']), (L['date'], make.printed_date(inv, inv['date'])), (L['customer'], f'K-{sum(map(ord, b[-2])) % 9000 + 1000}')]
    head = ''.join(f'<tr><th>{k}</th><td>{esc_html(v)}</td></tr>' for k, v in info)
    cols = [L['pos'], L['desc'], L['qty'], L['price'], L['amount']]
    rows = ''.join(f'<tr><td>{n}</td><td>{esc_html(d)}</td><td class="r">{q}</td><td class="r">{esc_html(make.money_text(inv, p))}</td>'
                   f'<td class="r">{esc_html(make.money_text(inv, q * p))}</td></tr>' for n, (d, q, p) in enumerate(inv['items'], 1))
    return f'''<html><head><meta charset="utf-8"><style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 13px; margin: 20px 40px; }}
.brand {{ font-size: 24px; font-weight: bold; }} .contact {{ float: right; text-align: right; font-size: 11px; }}
.sender {{ font-size: 9px; text-decoration: underline; margin-top: 60px; }} .to {{ margin-top: 10px; width: 50%; float: left; }}
.meta {{ float: right; margin-top: 40px; }} .meta th {{ text-align: left; padding-right: 20px; }}
h1 {{ clear: both; padding-top: 40px; font-size: 20px; }} .items {{ width: 100%; border-collapse: collapse; }}
.items th {{ background: #eee; text-align: left; }} .items td, .items th {{ padding: 5px; border-bottom: 1px solid #ddd; }}
.r {{ text-align: right; }} .sum {{ float: right; margin-top: 15px; }} .sum td {{ padding: 3px 10px; }}
.foot {{ clear: both; padding-top: 50px; font-size: 10px; color: #555; }}
</style></head><body>
<div class="contact">{esc_html(s[1])}<br>{esc_html(s[2])}<br>{esc_html(s[3])}</div><div class="brand">{esc_html(s[0])}</div>
<div class="sender">{esc_html(s[0])} · {esc_html(s[1])} · {esc_html(s[2])}</div><div class="to">{"<br>".join(esc_html(x) for x in b)}</div>
<table class="meta">{head}</table>
<h1>{esc_html(L["title"])} {esc_html(inv["number"])}</h1>
<p>{esc_html(L["intro"])}</p>
<table class="items"><tr>{"".join(f'<th>{c}</th>' for c in cols)}</tr>{rows}</table>
<table class="sum"><tr><td>{L["net"]}</td><td class="r">{esc_html(make.money_text(inv, net))}</td></tr>
<tr><td>{esc_html(inv["tax_label"])}</td><td class="r">{esc_html(make.money_text(inv, tax))}</td></tr>
<tr><td><b>{L["total"]}</b></td><td class="r"><b>{esc_html(make.money_text(inv, total))}</b></td></tr></table>
<div class="foot">{esc_html(L["thanks"])}<br>{esc_html(s[0])} · {esc_html(s[3])}</div>
</body></html>'''


def wkhtml(inv, path, make):
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, 'invoice.html')
        with open(page, 'w', encoding='utf-8') as f:
            f.write(html_odoo(inv, make) if inv['layout'] == 'odoo' else html_letter(inv, make))
        subprocess.run(['wkhtmltopdf', '--quiet', '-s', 'A4', page, path], check=True)


TEX_SPECIAL = {'&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '~': r'\textasciitilde{}', '’': "'"}


def esc_tex(s):
    return ''.join(TEX_SPECIAL.get(c, c) for c in str(s))


def tex_source(inv, make):
    L = make.LABELS[inv['lang']]
    net, tax, total = make.totals(inv)
    s, b = inv['seller'], inv['buyer']
    letter = inv['layout'] == 'letter'
    money = lambda v: esc_tex(make.money_text(inv, v))
    info = [(L['number'], inv['number']), (L['date'], make.printed_date(inv, inv['date']))]
    if inv.get('due'):
        info.append((L['due'], make.printed_date(inv, inv['due'])))
    info_rows = ' \\\\\n'.join(f'\\textbf{{{esc_tex(k)}}} & {esc_tex(v)}' for k, v in info)
    items = ' \\\\\n'.join(f'{esc_tex(d)} & {q} & {money(p)} & {money(q * p)}' for d, q, p in inv['items'])
    total_label = L['total'] if letter else f'{L["total"]} ({inv["currency"]})'
    preamble = ('\\usepackage{cmap}\n' if inv.get('cmap') else '') + ('\\usepackage[T1]{fontenc}\n' if inv['fontenc'] == 'T1' else '')
    if letter:
        head = (f'{{\\small {esc_tex(s[0])} $\\cdot$ {esc_tex(s[1])} $\\cdot$ {esc_tex(s[2])}}}\\par\\medskip\n'
                f'\\begin{{minipage}}[t]{{0.55\\textwidth}}\n' + ' \\\\\n'.join(esc_tex(x) for x in b) + '\n\\end{minipage}\\hfill\n'
                f'\\begin{{tabular}}[t]{{@{{}}ll@{{}}}}\n{info_rows}\n\\end{{tabular}}\\par\\vspace{{1.5cm}}\n'
                f'{{\\large\\bfseries {esc_tex(L["title"])} {esc_tex(inv["number"])}}}\\par\\medskip\n{esc_tex(L["intro"])}\\par\\medskip\n')
    else:
        head = (f'\\textbf{{{esc_tex(L["bill"])}}} \\\\\n' + ' \\\\\n'.join(esc_tex(x) for x in b) + '\\par\\bigskip\n'
                f'\\begin{{tabular}}{{@{{}}ll@{{}}}}\n{info_rows}\n\\end{{tabular}}\\par\\vspace{{1cm}}\n')
    title = 'TAX INVOICE' if inv.get('tax_invoice') else L['title']
    return f'''\\documentclass[10pt]{{article}}
{preamble}\\usepackage[utf8]{{inputenc}}
\\setlength{{\\textwidth}}{{16cm}}\\setlength{{\\oddsidemargin}}{{0cm}}\\setlength{{\\topmargin}}{{-1.5cm}}
\\setlength{{\\textheight}}{{25cm}}\\setlength{{\\parindent}}{{0pt}}\\pagestyle{{empty}}
\\begin{{document}}
{{\\Large\\bfseries {esc_tex(s[0])}}}\\hfill{{\\LARGE\\bfseries {esc_tex(L["title"] if letter else title)}}}\\\\
{esc_tex(s[1])} \\\\ {esc_tex(s[2])} \\\\ {esc_tex(s[3])}\\par\\vspace{{1cm}}
{head}\\begin{{tabular*}}{{\\textwidth}}{{@{{}}l@{{\\extracolsep{{\\fill}}}}rrr@{{}}}}
\\hline
\\textbf{{{esc_tex(L["desc"])}}} & \\textbf{{{esc_tex(L["qty"])}}} & \\textbf{{{esc_tex(L["price"])}}} & \\textbf{{{esc_tex(L["amount"])}}} \\\\
\\hline
{items} \\\\
\\hline
\\end{{tabular*}}\\par\\medskip
\\hfill\\begin{{tabular}}{{lr}}
{esc_tex(L["net"])} & {money(net)} \\\\
{esc_tex(inv["tax_label"])} & {money(tax)} \\\\
\\textbf{{{esc_tex(total_label)}}} & \\textbf{{{money(total)}}} \\\\
\\end{{tabular}}\\par\\vspace{{1cm}}
{esc_tex(L["thanks"])} \\\\ {esc_tex(L["bank"])}
\\end{{document}}
'''


def tex(inv, path, make):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'invoice.tex'), 'w', encoding='utf-8') as f:
            f.write(tex_source(inv, make))
        run = lambda *cmd: subprocess.run(cmd, cwd=tmp, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if inv.get('dvips'):
            run('latex', '-interaction=batchmode', 'invoice.tex')
            run('dvips', '-q', '-o', 'invoice.ps', 'invoice.dvi')
            run('ps2pdf', '-sPAPERSIZE=a4', 'invoice.ps', 'invoice.pdf')
        else:
            run('pdflatex', '-interaction=batchmode', 'invoice.tex')
        os.replace(os.path.join(tmp, 'invoice.pdf'), path)


def esc_troff(s):
    s = str(s).replace('\\', '\\e')
    return ('\\&' + s) if s[:1] in '.\'' else s


def troff_source(inv, make):
    L = make.LABELS[inv['lang']]
    net, tax, total = make.totals(inv)
    s, b = inv['seller'], inv['buyer']
    letter = inv['layout'] == 'letter'
    info = [(L['number'], inv['number']), (L['date'], make.printed_date(inv, inv['date']))]
    if inv.get('due'):
        info.append((L['due'], make.printed_date(inv, inv['due'])))
    lines = ['.po 2c', '.ll 17c', '.nh', '.ad l', '.fam ' + ('T' if letter else 'H'), '.ps 10', '.vs 13',
             '.ft B', '.ps 16', esc_troff(s[0]), '.ps 10', '.ft R', '.br', esc_troff(s[1]), '.br', esc_troff(s[2]), '.br', esc_troff(s[3]), '.sp 2']
    if letter:
        lines += ['.ps 7', esc_troff(f'{s[0]} · {s[1]} · {s[2]}'), '.ps 10', '.sp']
    else:
        lines += ['.ft B', esc_troff(L['bill']), '.ft R', '.br']
    for x in b:
        lines += [esc_troff(x), '.br']
    lines += ['.sp', '.TS', 'tab(|);', 'lB l.'] + [f'{esc_troff(k)}|{esc_troff(v)}' for k, v in info] + ['.TE', '.sp 2', '.ft B', '.ps 14',
              esc_troff(f'{L["title"]} {inv["number"]}' if letter else ('TAX INVOICE' if inv.get('tax_invoice') else L['title'])), '.ps 10', '.ft R', '.sp']
    lines += ['.TS', 'expand tab(|);', 'lB rB rB rB', 'l r r r.', f'{L["desc"]}|{L["qty"]}|{L["price"]}|{L["amount"]}', '_']
    lines += [f'{esc_troff(d)}|{q}|{make.money_text(inv, p)}|{make.money_text(inv, q * p)}' for d, q, p in inv['items']]
    total_label = L['total'] if letter else f'{L["total"]} ({inv["currency"]})'
    lines += ['_', '.TE', '.sp', '.in 9c', '.TS', 'tab(|);', 'l r.', f'{L["net"]}|{make.money_text(inv, net)}',
              f'{inv["tax_label"]}|{make.money_text(inv, tax)}', f'\\fB{total_label}\\fP|\\fB{make.money_text(inv, total)}\\fP', '.TE', '.in 0',
              '.sp 2', esc_troff(L['thanks']), '.br', esc_troff(L['bank'])]
    return '\n'.join(lines) + '\n'


def groff(inv, path, make):
    with open(path, 'wb') as f:
        subprocess.run(['groff', '-k', '-t', '-Tpdf', '-dpaper=a4', '-P-pa4'], input=troff_source(inv, make).encode('utf-8'), stdout=f, check=True)


def postscript(inv, make):
    """make.py's runs as PostScript: Helvetica re-encoded to ISO Latin-1, one moveto/show per run."""
    out = ['%!PS-Adobe-3.0', '%%BoundingBox: 0 0 595 842', '%%EndComments',
           '/latin { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
           '  /Encoding ISOLatin1Encoding def currentdict end definefont pop } def',
           '/R /Helvetica latin /B /Helvetica-Bold latin']
    for run in make.runs_of(inv):
        text = run['text'].encode('latin-1')
        lit = ''.join(chr(c) if 32 <= c < 127 and chr(c) not in '()\\' else f'\\{c:03o}' for c in text)
        out.append(f'/{"B" if run["bold"] else "R"} findfont {run["size"]} scalefont setfont {run["x"]:.2f} {make.H - run["y"]:.2f} moveto ({lit}) show')
    return '\n'.join(out + ['showpage', '%%EOF']) + '\n'


def gs(inv, path, make):
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, 'invoice.ps' if inv['source'] == 'ps' else 'invoice.pdf')
        if inv['source'] == 'ps':
            with open(source, 'w', encoding='latin-1') as f:
                f.write(postscript(inv, make))
        else:
            make.draw_reportlab(inv, source)
        subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sPAPERSIZE=a4', f'-sOutputFile={path}', source], check=True)


PRODUCERS = {'wkhtml': wkhtml, 'tex': tex, 'groff': groff, 'gs': gs}
