import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the request log needs to know that only the app learns (who the user is). The storage
 * lives on globalThis because the server and the Remix build are separate module instances.
 */
export interface RequestContext {
  requestId: string;
  userId: number | null;
  /** the body limit of the route the router will run (set by the HTTP server's body limit) */
  bodyLimit?: number;
}

declare global {
  var __proeftuinRequestContext: AsyncLocalStorage<RequestContext> | undefined;
}

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  globalThis.__proeftuinRequestContext ??= new AsyncLocalStorage<RequestContext>();
  return globalThis.__proeftuinRequestContext;
}

export function noteRequestUser(userId: number): void {
  const store = requestContextStorage().getStore();
  if (store) store.userId = userId;
}
