"""
The invoices the layout-drawn pages print: made-up parties and lines, each drawn by one producer in one
text-layer shape (make.py). Amounts are worked out here (net = Σ lines, tax = rate × net rounded, total =
net + tax), so every page's arithmetic holds and its truth (truth.json) follows from the same figures.
"""

INVOICES = [
    dict(name='fitz-words-uk-joinery', producer='fitz', shape='words', layout='business', lang='en', currency='GBP', symbol='£',
         seller=['Hartley & Finch Joinery Ltd', 'Unit 4, Mill Lane Trading Estate', 'Leeds LS12 6AB', 'VAT Reg. No. GB 284 1937 55'],
         buyer=['Marlowe Property Services Ltd', '22 Kirkgate', 'Wakefield WF1 1HT'],
         number='HF-2025-0417', date='2025-03-14', due='2025-04-13', rate=20, tax_label='VAT 20%',
         items=[('Oak staircase handrail, fitted', 1, 1240.00), ('Skirting board, primed (m)', 36, 8.75), ('Labour, site fitting (hours)', 14, 42.50)]),
    dict(name='fitz-glyphs-de-letter', producer='fitz', shape='glyphs', layout='letter', lang='de', currency='EUR', symbol='€',
         seller=['Brenner Haustechnik GmbH', 'Lindenweg 14', '72070 Tübingen', 'USt-IdNr. DE 318 442 907'],
         buyer=['Firma', 'Kessler Immobilien GmbH', 'Am Markt 3', '72764 Reutlingen'],
         number='RE-25-1183', date='2025-02-21', rate=19, tax_label='zzgl. 19 % USt.',
         items=[('Wartung Gasbrennwertkessel', 1, 189.00), ('Dichtungssatz Brenner', 2, 24.60), ('Anfahrtspauschale', 1, 45.00)]),
    dict(name='fitz-glyphs-us-consulting', producer='fitz', shape='glyphs', layout='business', lang='en', currency='USD', symbol='$',
         seller=['Bluewater Analytics LLC', '1180 Harbor View Drive, Suite 300', 'Tampa, FL 33602', 'EIN 59-3817264'],
         buyer=['Coral Ridge Dental Group', '450 Bayshore Blvd', 'Clearwater, FL 33756'],
         number='BWA-3391', date='2025-05-02', due='2025-06-01', rate=7, tax_label='Sales Tax (7%)',
         items=[('Patient data dashboard, setup', 1, 2400.00), ('Monthly reporting, May', 1, 650.00), ('Staff training session (hours)', 3, 120.00)]),
    dict(name='fitz-columns-fr-letter', producer='fitz', shape='words', order='columns', layout='letter', lang='fr', currency='EUR', symbol='€',
         seller=['Atelier Roussel SARL', '8 rue des Tanneurs', '69002 Lyon', 'TVA FR 47 512 873 664'],
         buyer=['Madame', 'Claire Vasseur', '17 avenue Jean Jaurès', '69007 Lyon'],
         number='F-2025-0208', date='2025-04-09', rate=20, tax_label='TVA 20 %',
         items=[('Restauration fauteuil Louis XV', 1, 480.00), ('Tissu velours (m)', 3, 54.00), ('Livraison', 1, 35.00)]),
    dict(name='fitz-double-nl-letter', producer='fitz', shape='words', order='double', layout='letter', lang='nl', currency='EUR', symbol='€',
         seller=['Van Dijk Schilderwerken B.V.', 'Havenstraat 21', '3011 AB Rotterdam', 'BTW NL 8142.37.905.B01'],
         buyer=['De Wit Vastgoed B.V.', 'Kanaalweg 88', '3526 KM Utrecht'],
         number='2025-0144', date='2025-06-17', rate=21, tax_label='BTW 21%',
         items=[('Schilderwerk kozijnen buitenzijde', 1, 1850.00), ('Verf en materialen', 1, 312.40), ('Steiger huur (dagen)', 4, 65.00)]),
    dict(name='fitz-reverse-ie-rotated', producer='fitz', shape='words', order='reverse', rotated=True, layout='business', lang='en', currency='EUR', symbol='€',
         seller=['Shannon Print Works Ltd', 'Dock Road', 'Limerick V94 X2F7', 'VAT No. IE 6388147K'],
         buyer=['Clarecastle Hurling Club', 'Church Street', 'Ennis, Co. Clare'],
         number='SPW-10572', date='2025-01-28', due='2025-02-27', rate=23, tax_label='VAT @ 23%',
         items=[('Club jerseys printing', 40, 11.50), ('A2 posters, full colour', 25, 4.20), ('Design work (hours)', 2, 45.00)]),
    dict(name='raw-tj-de-kerned', producer='raw', shape='tj', layout='letter', lang='de', currency='EUR', symbol='€',
         seller=['Kranz & Weber Steuerberater PartG', 'Theresienstraße 40', '80333 München', 'USt-IdNr. DE 271 665 013'],
         buyer=['Herrn', 'Tobias Aigner', 'Hohenzollernstraße 112', '80796 München'],
         number='2025/0311', date='2025-03-31', rate=19, tax_label='19 % USt.',
         items=[('Einkommensteuererklärung 2024', 1, 620.00), ('Anlage V, zwei Objekte', 2, 145.00), ('Auslagenpauschale', 1, 20.00)]),
    dict(name='raw-tj-au-lines', producer='raw', shape='tjline', layout='business', lang='en', currency='AUD', symbol='$',
         seller=['Southern Cross Electrical Pty Ltd', '27 Parramatta Road', 'Annandale NSW 2038', 'ABN 61 128 445 903'],
         buyer=['Harbourside Cafe Pty Ltd', '5 Circular Quay West', 'Sydney NSW 2000'],
         number='SCE-20914', date='2025-07-08', due='2025-07-22', rate=10, tax_label='GST 10%',
         items=[('Switchboard upgrade', 1, 1650.00), ('LED downlights supplied and fitted', 12, 48.00), ('Test and tag, appliances', 18, 6.50)],
         tax_invoice=True),
    dict(name='raw-tc-ca-spaced', producer='raw', shape='tc', layout='business', lang='en', currency='CAD', symbol='$',
         seller=['Maple Leaf Landscaping Inc.', '310 Bank Street', 'Ottawa, ON K2P 1X8', 'GST/HST No. 81274 6391 RT0001'],
         buyer=['Rideau Townhomes Corp.', '75 Albert Street', 'Ottawa, ON K1P 5E7'],
         number='MLL-0892', date='2025-08-19', due='2025-09-18', rate=13, tax_label='HST 13%',
         items=[('Spring cleanup, common areas', 1, 980.00), ('Mulch, delivered (yards)', 6, 55.00), ('Hedge trimming (hours)', 5, 48.00)]),
    dict(name='raw-reverse-es-glyphs', producer='raw', shape='glyphs', order='reverse', layout='letter', lang='es', currency='EUR', symbol='€',
         seller=['Reformas Ibáñez S.L.', 'Calle de Alcalá 214', '28028 Madrid', 'CIF B-86413972'],
         buyer=['Comunidad de Propietarios', 'Calle Goya 51', '28001 Madrid'],
         number='2025-A-0093', date='2025-05-26', rate=21, tax_label='IVA 21%',
         items=[('Pintura portal y escalera', 1, 1420.00), ('Sustitución buzones', 12, 38.50), ('Retirada de escombros', 1, 90.00)]),
    dict(name='pdflib-cells-sg', producer='pdflib', shape='runs', layout='business', lang='en', currency='SGD', symbol='S$',
         seller=['Lion City Office Supplies Pte Ltd', '50 Ubi Avenue 3, #04-12', 'Singapore 408866', 'GST Reg No. 201634827K'],
         buyer=['Tanjong Pagar Legal LLP', '1 Wallich Street, #20-01', 'Singapore 078881'],
         number='LCO-55120', date='2025-09-03', due='2025-10-03', rate=9, tax_label='GST 9%',
         items=[('A4 copier paper (boxes)', 20, 32.00), ('Toner cartridge, black', 4, 118.00), ('Desk organiser set', 6, 24.50)],
         tax_invoice=True),
    dict(name='pdflib-columns-at-letter', producer='pdflib', shape='words', order='columns', layout='letter', lang='de', currency='EUR', symbol='€',
         seller=['Tischlerei Gruber e.U.', 'Hauptplatz 7', '8010 Graz', 'UID ATU 63918274'],
         buyer=['Familie', 'Johanna und Peter Leitner', 'Grabenstraße 19', '8045 Graz'],
         number='2025-078', date='2025-10-14', rate=20, tax_label='20 % USt.',
         items=[('Einbauschrank Eiche, Vorzimmer', 1, 2860.00), ('Montage (Stunden)', 6, 52.00), ('Zustellung', 1, 40.00)]),
    dict(name='reportlab-nz-subset', producer='reportlab', shape='runs', layout='business', lang='en', currency='NZD', symbol='$',
         seller=['Kauri Coast Plumbing Ltd', '14 Victoria Street', 'Whangarei 0110', 'GST No. 112-458-903'],
         buyer=['Pohutukawa Lodge Ltd', '3 Marsden Road', 'Paihia 0200'],
         number='KCP-7706', date='2025-11-05', due='2025-11-20', rate=15, tax_label='GST 15%',
         items=[('Hot water cylinder, 180 L, installed', 1, 2150.00), ('Copper fittings', 1, 86.40), ('Labour (hours)', 7, 78.00)],
         tax_invoice=True),
    dict(name='reportlab-be-glyphs', producer='reportlab', shape='glyphs', layout='letter', lang='fr', currency='EUR', symbol='€',
         seller=['Boulangerie Dumont SRL', 'Rue Haute 122', '1000 Bruxelles', 'TVA BE 0712.445.981'],
         buyer=['Hôtel Les Tilleuls SA', 'Avenue Louise 301', '1050 Ixelles'],
         number='BD-2025-1107', date='2025-11-07', rate=6, tax_label='TVA 6 %',
         items=[('Pains de campagne', 120, 3.10), ('Croissants au beurre', 300, 0.95), ('Viennoiseries assorties', 150, 1.20)]),
]


def money(v):
    return round(v + 1e-9, 2)


def totals(inv):
    net = money(sum(q * p for _, q, p in inv['items']))
    tax = money(net * inv['rate'] / 100)
    return net, tax, money(net + tax)
