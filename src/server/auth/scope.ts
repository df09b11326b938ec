/**
 * Who a request acts for, available to every route and store without being passed down: the auth hook
 * runs the rest of the request inside `ownerScope.run({ owner, requestId }, ...)`. Stores of owned rows (invoices,
 * drafts, merge tasks) read `currentOwner()`, so a route written later is scoped without having to
 * remember it. Outside a request (task completion hooks, cleanup) there is no owner and nothing is
 * filtered: those work by ids that came from owned rows.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** `key:<id>` for a request made with an API key; `open` when the server has no keys. */
export type Owner = string;
export const OPEN_OWNER: Owner = 'open';

export interface RequestScope {
  owner: Owner;
  /** The request's id: what it holds in the blob store (BlobStore.hold) is held under it. */
  requestId: string;
}

export const ownerScope = new AsyncLocalStorage<RequestScope>();

export const currentOwner = (): Owner | undefined => ownerScope.getStore()?.owner;

/** The request being served, if any (see RequestScope.requestId). */
export const currentRequestId = (): string | undefined => ownerScope.getStore()?.requestId;

/** The owner new rows get: the request's, or `open` outside one. */
export const ownerForNewRows = (): Owner => currentOwner() ?? OPEN_OWNER;

/**
 * `AND <column> = ?` and its argument inside a request, nothing outside one: appended to the WHERE of
 * every read and change of owned rows.
 */
export function ownedBy(column: string): { sql: string; args: Owner[] } {
  const owner = currentOwner();
  return owner === undefined ? { sql: '', args: [] } : { sql: ` AND ${column} = ?`, args: [owner] };
}
