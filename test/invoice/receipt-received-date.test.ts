/**
 * A repair's or an order's receipt that prints the day the work came in ("Received: 21/02/2019") under its
 * own date: the received day is no date of the receipt, and does not put the receipt's date in doubt.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const till = (received: string) => settledTill(['FIXIT PHONE REPAIR', 'FIXIT SOLUTIONS (JM0123456-W)', '21, JALAN PERMAS 10/2, 81750 JOHOR BAHRU', 'SERVICE RECEIPT',
  '28/02/2019 (THU)  Job: FX-0221-14', received, 'SCREEN REPLACEMENT  180.00', 'Service Tax 6%  10.80', 'AMOUNT DUE  190.80', 'VISA **** 5521  190.80', 'THANK YOU']);

describe('the day a job was received', () => {
  it('is not the receipt\'s date and leaves it unflagged', () => {
    for (const line of ['Received: 21/02/2019 (THU)  ACER ASPIRE 5', 'Date Received: 21/02/2019']) {
      const r = till(line);
      expect(r.invoice.date, line).toBe('2019-02-28');
      expect(fieldsInDoubt(r.checks), line).not.toContain('date');
    }
  });

  it('is the bill\'s date when no other date is printed beside it', () => {
    const r = settledTill(['FIXIT PHONE REPAIR', 'FIXIT SOLUTIONS (JM0123456-W)', '21, JALAN PERMAS 10/2, 81750 JOHOR BAHRU', 'SERVICE RECEIPT', 'Job: FX-0221-14',
      'Received: 21/02/2019 (THU)  ACER ASPIRE 5', 'SCREEN REPLACEMENT  180.00', 'Service Tax 6%  10.80', 'AMOUNT DUE  190.80', 'VISA **** 5521  190.80', 'THANK YOU']);
    expect(r.invoice.date).toBe('2019-02-21');
  });
});
