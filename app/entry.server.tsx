import { Transform } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { NonceProvider } from './utils/nonce';
import { logRequestError } from './utils/logger.server';

const ABORT_DELAY = 5_000;

/**
 * React 18.3.1's Node renderer (writeStringChunk) encodes into a 2,048-byte view; when a multi-byte
 * character does not fit at its end, encodeInto stops short and React flushes the whole view, so
 * the unwritten bytes go out as NULs (`75,3\0 %`): facebook/react#26228, fixed in React 19 by
 * flushing `subarray(0, writtenBytes)`. The character itself is written again into the next view, so
 * dropping the NUL bytes restores exactly the intended bytes. A zero byte is never part of a
 * multi-byte UTF-8 sequence, and a NUL has no place in HTML (a parse error), so every one is dropped.
 */
export function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (chunk.indexOf(0) === -1) return callback(null, chunk);
      const out = Buffer.allocUnsafe(chunk.length);
      let n = 0;
      for (const byte of chunk) if (byte !== 0) out[n++] = byte;
      callback(null, out.subarray(0, n));
    },
  });
}

/**
 * Remix's default Node entry, plus the CSP nonce from the server (scripts/server.ts puts it in the
 * load context) so that Remix's inline scripts run under a policy without 'unsafe-inline'.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === 'string' ? loadContext.cspNonce : undefined;
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const ready = () => {
      shellRendered = true;
      const body = withoutNulBytes();
      responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
      resolve(
        new Response(createReadableStreamFromReadable(body), {
          headers: responseHeaders,
          status: responseStatusCode,
        }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce ?? ''}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        ...(waitForAll ? { onAllReady: ready } : { onShellReady: ready }),
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logRequestError(error, request);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Errors of loaders, actions and rendering go to the structured log without the request's input
 * (Remix's default writes the whole error, whose message may quote a submitted value, to stderr).
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  logRequestError(error, request);
};
