import { createContext, useContext } from 'react';

/** The per-response CSP nonce; the server sets it, the browser never needs it after load. */
export const NonceContext = createContext<string>('');
export const NonceProvider = NonceContext.Provider;
export function useNonce(): string {
  return useContext(NonceContext);
}
