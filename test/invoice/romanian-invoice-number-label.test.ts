/**
 * The Romanian invoice number's labels with their letters ("Nr. factură:", "Număr factură:", "Numărul
 * facturii:"), the number wrapped in its cell after a hyphen or not: the number is the label's value.
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a Romanian invoice number\'s label', () => {
  it('labels the number beside it', () => {
    for (const label of ['Nr. factură:', 'Număr factură:', 'Numărul facturii:']) {
      expect(read({ info: [[label, 'EI-2025-004471'], ['Data emiterii:', '17.11.2025']] }).number).toBe('EI-2025-004471');
    }
  });

  it('labels the number wrapped under it in a centred cell', () => {
    const inv = read({ info: [], extra: [d(100, 48, 'Nr. factură: EI-2025-'), d(112.1, 52.5, '004471'), d(104, 60, 'Data emiterii: 17.11.2025')] });
    expect(inv.number).toBe('EI-2025-004471');
  });
});
