/**
 * The per-field table the receipt benches print (receipt-images, receipt-text): for each field, right
 * (right-but-flagged included), silent, named, unnamed, right but flagged. `rows[i].verdict[field]` is
 * one of 'right', 'flagged', 'silent', 'named', 'unnamed'. Returns the fields right and silent in all.
 */
export function printFieldTable(rows, fields) {
  const count = (f, v) => rows.filter((row) => row.verdict[f] === v).length;
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('field', 13)} ${pad('right', 12)} ${pad('silent', 7)} ${pad('named', 7)} ${pad('unnamed', 8)} right-but-flagged`);
  for (const f of fields) {
    const ok = count(f, 'right') + count(f, 'flagged');
    console.log(`${pad(f, 13)} ${pad(`${ok}/${rows.length}`, 12)} ${pad(count(f, 'silent'), 7)} ${pad(count(f, 'named'), 7)} ${pad(count(f, 'unnamed'), 8)} ${count(f, 'flagged')}`);
  }
  const fieldsRight = rows.reduce((n, row) => n + fields.filter((f) => ['right', 'flagged'].includes(row.verdict[f])).length, 0);
  const silent = rows.reduce((n, row) => n + fields.filter((f) => row.verdict[f] === 'silent').length, 0);
  return { fieldsRight, silent };
}
