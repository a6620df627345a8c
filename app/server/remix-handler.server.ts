/**
 * Express → Remix, as @remix-run/express's own handler does it (the same request and response
 * conversion), with the page cache in between: a listed page is sent from the cache when the data
 * version, the viewer and the URL are those it was rendered for. A kept page is sent as the same
 * bytes every time: its policy allows its inline scripts by hash instead of this response's nonce,
 * and its gzip, made once, is sent as it is (compression leaves an encoded body alone).
 */
import { createRemixRequest, sendRemixResponse } from '@remix-run/express/dist/server.js';
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node';
import type { NextFunction, Request, Response } from 'express';
import { policyFor, type PageCache } from './page-cache.server';

export function remixHandler({
  build,
  cache,
  loadContext,
}: {
  build: ServerBuild;
  /** null: every request is rendered */
  cache: PageCache | null;
  loadContext: (req: Request, res: Response, nonce: string) => AppLoadContext;
}) {
  const handle = createRequestHandler(build, 'production');
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      // A body the body limit refused is not handed on (it is being dropped): the route gets an
      // empty form and the context says why.
      const request =
        res.locals.bodyTooLarge === true ? requestWithoutBody(req) : createRemixRequest(req, res);
      const nonce = String(res.locals.cspNonce ?? '');
      const render = (r: globalThis.Request, n: string) => handle(r, loadContext(req, res, n));
      const result = cache ? await cache.respond(request, nonce, render) : await render(request, nonce);
      if (result instanceof globalThis.Response) return await sendRemixResponse(res, result);
      res.status(result.status);
      for (const [name, value] of result.headers) res.append(name, value);
      const policy = res.getHeader('Content-Security-Policy');
      if (typeof policy === 'string')
        res.setHeader('Content-Security-Policy', policyFor(policy, nonce, result.scriptHashes));
      res.vary('Accept-Encoding');
      if (result.gzip && req.method === 'GET' && req.acceptsEncodings('gzip') === 'gzip') {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', result.gzip.length);
        res.end(result.gzip);
      } else res.end(result.body);
    } catch (error) {
      next(error);
    }
  };
}

/** The request as createRemixRequest builds it, with an empty form for a body. */
function requestWithoutBody(req: Request): globalThis.Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || ['content-length', 'content-type', 'transfer-encoding'].includes(name))
      continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  headers.set('Content-Type', 'application/x-www-form-urlencoded');
  return new globalThis.Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: '',
  });
}
