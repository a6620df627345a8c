import '@remix-run/node';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** CSP nonce for this response (scripts/server.ts) */
    cspNonce?: string;
    /** the client's address, for login throttling */
    clientIp?: string | null;
    /** the body was larger than the route's limit and was not read (app/server/middleware.server.ts) */
    bodyTooLarge?: boolean;
  }
}
