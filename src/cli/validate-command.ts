/** `invoicectl validate`: maps flags onto validate() and prints each file's verdict and findings. */
import { Command, Option } from 'commander';
import { validate, PROFILES, type Profile, type ValidateResult } from '../api/validate.js';
import { reportFatal } from './context.js';
import { EXIT } from './exit-codes.js';

interface ValidateFlags {
  profile?: Profile;
  json?: boolean;
  concurrency?: string;
  quiet?: boolean;
}

export function validateCommand(): Command {
  return new Command('validate')
    .description('check e-invoices (UBL, CII, Factur-X / ZUGFeRD / XRechnung PDFs) against EN 16931 and XRechnung or Peppol')
    .argument('<inputs...>', 'XML or PDF files, folders (recursive), globs, ZIP archives, or - for stdin')
    .addOption(new Option('--profile <profile>', 'rule set besides EN 16931 (default: from each file\'s specification identifier BT-24)').choices([...PROFILES]))
    .option('--json', 'print the results as JSON on stdout')
    .option('--concurrency <n>', 'files checked at once (default: CPU count)')
    .option('-q, --quiet', 'print only invalid files and failures')
    .addHelpText(
      'after',
      `
Examples:
  invoicectl validate invoice.xml                     profile from the file (XRechnung, Peppol, EN 16931)
  invoicectl validate inbox/*.xml --profile xrechnung
  invoicectl validate factur-x.pdf --json              the attached XML, and the PDF's Factur-X metadata

Each finding: rule id (BR-CO-10, BR-DE-15, PEPPOL-EN16931-R003, FX-XMP), severity (fatal | warning),
message and XPath. Rule coverage: docs/einvoice.md.

Exit codes: 0 every file valid, 1 some file invalid or unreadable, 2 usage error.`,
    )
    .action(async (inputs: string[], flags: ValidateFlags) => {
      process.exitCode = await runValidate(inputs, flags);
    });
}

async function runValidate(inputs: string[], flags: ValidateFlags): Promise<number> {
  const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
    process.stderr.write(`invoicectl: INVALID_OPTION: --concurrency must be a whole number from 1 (got ${flags.concurrency})\n`);
    return EXIT.USAGE;
  }
  try {
    const print = (r: ValidateResult) => {
      if (!flags.json && !(flags.quiet && r.valid)) process.stdout.write(formatResult(r));
    };
    const { results, counts } = await validate({ inputs, profile: flags.profile, concurrency, onResult: print });
    if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    if (!flags.quiet) process.stderr.write(`validated ${counts.inputs} file(s): ${counts.valid} valid, ${counts.invalid} invalid, ${counts.failed} could not be validated\n`);
    return counts.valid === counts.inputs ? EXIT.OK : EXIT.SOME_FAILED;
  } catch (err) {
    return reportFatal(err, flags.json);
  }
}

function formatResult(r: ValidateResult): string {
  if (r.error) return `ERROR    ${r.file}: ${r.error.code}: ${r.error.message}\n`;
  const about = [r.syntax?.toUpperCase(), r.profile, r.embeddedXml].filter(Boolean).join(', ');
  const lines = [`${r.valid ? 'VALID  ' : 'INVALID'}  ${r.file} (${about})`];
  for (const f of r.findings) lines.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(20)} ${f.message}\n  ${''.padEnd(28)} at ${f.xpath}`);
  return lines.join('\n') + '\n';
}
