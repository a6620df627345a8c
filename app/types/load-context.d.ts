import '@remix-run/node';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** CSP nonce for this response (scripts/server.ts) */
    cspNonce?: string;
    /** the client's address, for login throttling */
    clientIp?: string | null;
  }
}
