/**
 * Party blocks whose first rows are not the party's name: a person with the company that receives their
 * mail ("c/o"), the person and department to read the invoice over the company, the party's own label as
 * a field's ("Cliente: …"), a public body over its unit; on the supplier invoice of supplier-bill.ts, each
 * in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a person with a c/o line under the name', () => {
  it('the person is the buyer, not the company that receives the mail', () => {
    for (const [label, person, agent] of [
      ['Invoice to:', 'Mr Daniel Okafor', 'c/o Brightwell Lettings Ltd'],
      ['Bill to', 'Grace Whitfield', 'c/o Harcourt Estates Limited'],
      ['Kunde:', 'Herrn Tobias Lang', 'c/o Hausverwaltung Berg GmbH'],
    ]) {
      const inv = read({ window: [label, person, agent, '42 Mill Lane', 'Leeds LS6 2BQ'] });
      expect(inv.buyer.name).toBe(person.replace(/^(?:Mr|Herrn)\s+/, ''));
    }
  });

  it('a person over a company without c/o is still the company\'s contact', () => {
    const inv = read({ window: ['Invoice to:', 'Grace Whitfield', 'Harcourt Estates Limited', '42 Mill Lane', 'Leeds LS6 2BQ'] });
    expect(inv.buyer.name).toBe('Harcourt Estates Limited');
  });
});

describe('the person and department to read the invoice over the company', () => {
  it('"z. Hd." with a title, "À l\'attention de", "Attn:" and a department under it: the company is the buyer', () => {
    for (const [label, contact, unit, company] of [
      ['Rechnungsadresse', 'z. Hd. Herrn Dr. Markus Weber', 'Abteilung Instandhaltung', 'Brauerei Kaltenhof GmbH'],
      ['Rechnungsadresse', 'z. Hd. Frau Prof. Ilse Brandt', 'Zentraleinkauf Technik', 'Stadtwerke Kornwestheim GmbH'],
      ['Client :', "À l'attention de Mme Claire Vidal", 'Service comptabilité fournisseurs', 'Transports Delmas SAS'],
      ['Bill to', 'Attn: Dr. Ruth Adler', 'Clinical Engineering', 'Lakeshore Regional Health, Inc.'],
    ]) {
      const inv = read({ window: [label, contact, unit, company, 'Hopfenweg 3', '88131 Lindau'] });
      expect(inv.buyer.name).toBe(company);
    }
  });

  it('the window without a label reads the same', () => {
    const inv = read({ window: ["À l'attention de Mme Claire Vidal", 'Service comptabilité fournisseurs', 'Transports Delmas SAS', 'ZA des Platanes', '30900 Nîmes'] });
    expect(inv.buyer.name).toBe('Transports Delmas SAS');
  });

  it('"z. Hd." and a person over an address, no company: the address is no name', () => {
    const inv = read({ window: ['Rechnungsadresse', 'z. Hd. Herrn Markus Weber', 'Hopfenweg 3', '88131 Lindau'] });
    expect(inv.buyer.name).not.toBe('Hopfenweg 3');
  });
});

describe('the party\'s label as a field\'s in its block', () => {
  it('"Cliente: …", "Kunde: …" under the block\'s heading: the name', () => {
    for (const [heading, row, name] of [
      ['DATOS DEL CLIENTE', 'Cliente: Distribuciones Arabarra, S.A.', 'Distribuciones Arabarra, S.A.'],
      ['Kundendaten', 'Kunde: Hofmann Logistik GmbH', 'Hofmann Logistik GmbH'],
      ['Customer details', 'Customer: Pinecrest Dental Group LLC', 'Pinecrest Dental Group LLC'],
    ]) {
      const inv = read({ window: [heading, row, 'NIF: A01229934', 'Dirección: Avda. de los Olmos 1, 01013', 'Vitoria-Gasteiz'] });
      expect(inv.buyer.name).toBe(name);
    }
  });

  it('a code after the label is no name', () => {
    const inv = read({ window: ['Kundendaten', 'Kunde: K-10442', 'Hofmann Logistik GmbH', 'Hafenstraße 4', '28217 Bremen'] });
    expect(inv.buyer.name).toBe('Hofmann Logistik GmbH');
  });
});

describe('the receiver\'s and the consignee\'s blocks side by side (Indian GST)', () => {
  const page = (receiver: string, consignee: string, gap: number) => read({
    info: [],
    window: [receiver, 'Name: Sundaram Auto Components Ltd.', 'Address: Plot 14, MIDC Chakan', 'Pune 410501'],
    extra: [d(22 + receiver.length * 1.65 + gap, 48, consignee), d(22 + receiver.length * 1.65 + gap, 52.5, 'Name: Sundaram Auto Components Ltd. (Unit II)')],
  });

  it('the consignee\'s heading set close beside the receiver\'s is no name: the receiver\'s block is read', () => {
    for (const [receiver, consignee] of [
      ['Details of Receiver (Billed to)', 'Details of Consignee (Shipped to)'],
      ['Details of Recipient (Billed to)', 'Details of Consignee'],
      ['Bill To', 'Consignee'],
    ]) for (const gap of [8, 20]) expect(page(receiver, consignee, gap).buyer.name).toBe('Sundaram Auto Components Ltd.');
  });
});

describe('the two parties\' boxes side by side, each name wrapped after its label', () => {
  const boxes = (sellerHead: string, buyerHead: string, seller: [string, string], buyer: [string, string]) => read({
    letterhead: [],
    window: [],
    info: [],
    underTitle: ['Fattura n. 148/2025 del 27/11/2025'],
    extra: [
      d(22, 30, sellerHead), d(22, 34.5, `Denominazione: ${seller[0]}`), d(22, 39, seller[1]), d(22, 43.5, 'Indirizzo: Via Po 14, 10123 Torino (TO)'), d(22, 48, 'Partita IVA: IT08812770011'),
      d(110, 30, buyerHead), d(110, 34.5, `Denominazione: ${buyer[0]}`), d(110, 39, buyer[1]), d(110, 43.5, 'Indirizzo: Strada Valle 22, 12043'), d(110, 48, 'Canale (CN)'),
    ],
  });

  it('each box\'s name with its wrapped end, the other box\'s row beside it no label of its own', () => {
    for (const [seller, buyer] of [
      [['Studio Tecnico', 'Ferraris S.r.l.'], ['Cantine Roero Riunite', 'Soc. Coop.']],
      [['Officine Meccaniche', 'Bassi S.p.A.'], ['Caseificio Sociale', 'Valle Stura S.r.l.']],
    ] as Array<[[string, string], [string, string]]>) {
      const inv = boxes('Cedente/Prestatore (fornitore)', 'Cessionario/Committente (cliente)', seller, buyer);
      expect(inv.buyer.name).toBe(buyer.join(' '));
    }
  });
});

describe('the seller\'s label with a gloss in brackets', () => {
  it('"Cedente/Prestatore (fornitore)" labels the seller\'s box: its name, not a row of it', () => {
    for (const gloss of ['Cedente/Prestatore (fornitore)', 'Cedente (fornitore)', 'Emisor (issuer)']) {
      const inv = read({
        letterhead: [], window: [], info: [], underTitle: ['Fattura n. 148/2025 del 27/11/2025'],
        extra: [d(22, 30, gloss), d(22, 34.5, 'Denominazione: Studio Tecnico'), d(22, 39, 'Ferraris S.r.l.'), d(22, 43.5, 'Indirizzo: Via Po 14, 10123 Torino (TO)'),
          d(110, 30, 'Cessionario/Committente (cliente)'), d(110, 34.5, 'Denominazione: Cantine Roero Riunite Soc. Coop.'), d(110, 39, 'Strada Valle 22, 12043 Canale (CN)')],
      });
      expect(inv.seller.name).toBe('Studio Tecnico Ferraris S.r.l.');
    }
  });
});

describe('a public body over its unit', () => {
  it('the body is the buyer, read with no guess over the unit under it', () => {
    for (const [label, body, unit] of [
      ['Asiakas', 'Kangasalan kaupunki', 'Tekninen keskus'],
      ['Kunde', 'Bergen kommune', 'Etat for bygg og eiendom'],
      ['Kund', 'Lunds universitet', 'Kemiska institutionen'],
      ['Client', 'Mairie de Beaune', 'Services techniques'],
      ['Factuuradres', 'Gemeente Utrecht', 'Stadsbedrijven'],
      ['Rechnungsanschrift', 'Stadt Nürtingen', 'Tiefbauamt'],
    ]) {
      const inv = read({ window: [label, body, unit, 'Postboks 7700', '5020 Bergen'] });
      expect(inv.buyer.name).toBe(body);
      expect(guessesOf(inv)).not.toHaveProperty(['buyer.name']);
    }
  });

  it('two rows of words that name no public body stay a guess', () => {
    const inv = read({ window: ['Kunde', 'Kari Nygård', 'Bergen Blomster', 'Postboks 7700', '5020 Bergen'] });
    expect(guessesOf(inv)).toHaveProperty(['buyer.name']);
  });
});

describe('an attention row and a department over the company in a window at the right, above its band', () => {
  it('the company is the buyer', () => {
    const inv = read({
      window: ['Tél. 04 66 20 41 87', 'SIRET 834 229 117 00019'], info: [],
      extra: [d(115, 33, "À l'attention de Mme Claire Vidal"), d(115, 38, 'Service comptabilité fournisseurs'), d(115, 45, 'Transports Delmas SAS'), d(115, 50, 'ZA des Platanes'), d(115, 55, '30900 Nîmes')],
    });
    expect(inv.buyer.name).toBe('Transports Delmas SAS');
  });

  it('"A l\'attention de", the capital without its mark as French print and OCR give it: the company still', () => {
    const inv = read({
      window: ['Tél. 04 66 20 41 87', 'SIRET 834 229 117 00019'], info: [],
      extra: [d(115, 33, "A l'attention de Mme Claire Vidal"), d(115, 38, 'Service comptabilité fournisseurs'), d(115, 45, 'Transports Delmas SAS'), d(115, 50, 'ZA des Platanes'), d(115, 55, '30900 Nîmes')],
    });
    expect(inv.buyer.name).toBe('Transports Delmas SAS');
    const plain = read({ info: [], window: [], extra: [d(117, 48, "A l'attention de M. Thibault Garnier"), d(117, 52, 'Vignobles Garnier-Lacoste SCEA'), d(117, 56, 'Château La Brande'), d(117, 60, '33330 Saint-Émilion')] });
    expect(plain.buyer.name).toBe('Vignobles Garnier-Lacoste SCEA');
  });
});

describe('the letterhead flush right, its phone level with the window\'s name (Danish "Att.:")', () => {
  const letter = (phone: string) => read({
    letterhead: [], info: [], window: [],
    extra: [
      d(105, 20, 'Skovgaard Tømrer &', 5), d(105, 26, 'Snedker ApS', 5), d(105, 31, 'Industrivej 9'), d(105, 36, '8600 Silkeborg'),
      d(24, 40, 'Ejendomsselskabet Havnegade ApS'), d(100, 40, phone), d(24, 45, 'Att.: Lars Holm'), d(24, 50, 'Havnegade 22'), d(24, 55, '8000 Aarhus C'),
    ],
  });

  it('the window\'s name is the buyer, not its street', () => {
    for (const phone of ['Tlf. 86 82 44 17', 'Tel. +45 86 82 44 17', 'Telefon 86824417']) expect(letter(phone).buyer.name).toBe('Ejendomsselskabet Havnegade ApS');
  });

  it('a figure alone beside the name is still an info table\'s row', () => {
    expect(letter('86824417').buyer.name).not.toBe('Ejendomsselskabet Havnegade ApS');
  });
});
