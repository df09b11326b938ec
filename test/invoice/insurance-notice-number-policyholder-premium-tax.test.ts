/**
 * An insurer's premium notice ("Avviso di pagamento", "avviso di scadenza"): its own number under "Avviso n." beside
 * the policy's, the policyholder under "Contraente" (the German "Versicherungsnehmer", the English "Policyholder"),
 * and the premium's tax named as an insurance tax ("Imposte sulle assicurazioni", "Imposte di assicurazione", the
 * Spanish "Impuesto sobre las primas de seguros") on a page that says the premium is exempt from VAT. Read without
 * them, the number was missing, the notice's title was the buyer and the tax nil, the total the net.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const notice = (holderLabel: string, taxLabel: string): Draw[] => [
  { text: 'ADRIATICA', x: 15, y: 12, size: 6 },
  { text: 'Agenzia Rimini Marina – cod. 0771', x: 130, y: 12 },
  { text: 'Avviso di pagamento premio', x: 15, y: 30, size: 5 },
  { text: 'Avviso n.', x: 15, y: 40 }, { text: '2025/0448120', x: 45, y: 40 },
  { text: 'Data emissione', x: 15, y: 45 }, { text: '03/10/2025', x: 45, y: 45 },
  { text: 'Polizza n.', x: 15, y: 50 }, { text: '77/12.904471', x: 45, y: 50 },
  { text: holderLabel, x: 120, y: 38 },
  { text: 'Officine Morri S.n.c.', x: 120, y: 43 }, { text: 'Via Emilia 112', x: 120, y: 48 }, { text: '47921 Rimini (RN)', x: 120, y: 53 },
  { text: 'Garanzia', x: 15, y: 70 }, { text: 'Premio netto', x: 110, y: 70 }, { text: 'Imposte', x: 140, y: 70 }, { text: 'Totale', x: 170, y: 70 },
  { text: 'Incendio fabbricato', x: 15, y: 76 }, { text: '900,00', x: 112, y: 76 }, { text: '191,25', x: 142, y: 76 }, { text: '1.091,25', x: 170, y: 76 },
  { text: 'Responsabilità civile', x: 15, y: 82 }, { text: '500,00', x: 112, y: 82 }, { text: '111,25', x: 142, y: 82 }, { text: '611,25', x: 172, y: 82 },
  { text: 'Premio imponibile', x: 110, y: 95 }, { text: '€ 1.400,00', x: 165, y: 95 },
  { text: taxLabel, x: 110, y: 101 }, { text: '€ 302,50', x: 167, y: 101 },
  { text: 'Premio totale da pagare', x: 110, y: 107 }, { text: '€ 1.702,50', x: 165, y: 107 },
  { text: "Operazione esente da IVA ai sensi dell'art. 10 D.P.R. 633/1972.", x: 15, y: 120 },
  { text: 'Adriatica Assicurazioni S.p.A. – Sede legale Piazza Cavour 4, 47921 Rimini – C.F. 02244710401', x: 15, y: 134, size: 2.5 },
];

describe('an insurer\'s premium notice', () => {
  for (const taxLabel of ['Imposte sulle assicurazioni', 'Imposte di assicurazione']) {
    it(`reads the notice's number, the policyholder and the premium's tax ("${taxLabel}")`, () => {
      const inv = parseWesternInvoiceText(toPageText(notice('Contraente', taxLabel)));
      expect(inv.number).toBe('2025/0448120');
      expect(inv.buyer.name).toBe('Officine Morri S.n.c.');
      expect(inv.amount).toBe(1400);
      expect(inv.taxAmount).toBe(302.5);
      expect(inv.totalAmount).toBe(1702.5);
    });
  }

  for (const label of ['Policyholder', 'Versicherungsnehmer']) {
    it(`takes "${label}" for the buyer's label`, () => {
      const inv = parseWesternInvoiceText(toPageText(notice(label, 'Imposte sulle assicurazioni')));
      expect(inv.buyer.name).toBe('Officine Morri S.n.c.');
    });
  }
});
