/** Every spec module `invoicectl serve` mounts, in the order their routes are registered. */
import type { ServerModule } from './context.js';
import { authModule } from './auth/index.js';
import { cachedTaskModule } from './cached-task/index.js';
import { convertModule } from './convert/index.js';
import { extractModule } from './extract/index.js';
import { invoicesModule } from './invoices/index.js';
import { processorModule } from './processor/index.js';
import { validateModule } from './validate/index.js';
import { webModule } from './web/index.js';

export const SERVER_MODULES: readonly ServerModule[] = [authModule, processorModule, invoicesModule, extractModule, cachedTaskModule, convertModule, validateModule, webModule];
