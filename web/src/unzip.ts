/**
 * A ZIP dropped on the page is opened here and its invoices uploaded one by one (invoices-api.md takes
 * single files). Entries with unsafe paths or hidden names are skipped; an OFD is itself a ZIP and is
 * uploaded as it is, by its name.
 */
import { unzipSync } from 'fflate';

const SAFE = (name: string) => !name.split('/').some((part) => part === '..' || part.startsWith('.')) && !name.startsWith('/') && !name.startsWith('__MACOSX/');

export async function unzip(file: File): Promise<File[]> {
  const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
  return Object.entries(entries)
    .filter(([name, data]) => SAFE(name) && !name.endsWith('/') && data.length > 0)
    .map(([name, data]) => new File([data], name.split('/').pop()!, { type: '' }));
}
