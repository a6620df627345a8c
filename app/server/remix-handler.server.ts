/**
 * Express → Remix, as @remix-run/express's own handler does it (the same request and response
 * conversion), with the page cache in between: a listed page is sent from the cache when the data
 * version, the viewer and the URL are those it was rendered for.
 */
import { createRemixRequest, sendRemixResponse } from '@remix-run/express/dist/server.js';
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node';
import type { NextFunction, Request, Response } from 'express';
import type { PageCache } from './page-cache.server';

export function remixHandler({
  build,
  cache,
  loadContext,
}: {
  build: ServerBuild;
  /** null: every request is rendered */
  cache: PageCache | null;
  loadContext: (req: Request, nonce: string) => AppLoadContext;
}) {
  const handle = createRequestHandler(build, 'production');
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const request = createRemixRequest(req, res);
      const nonce = String(res.locals.cspNonce ?? '');
      const render = (r: globalThis.Request, n: string) => handle(r, loadContext(req, n));
      const result = cache ? await cache.respond(request, nonce, render) : await render(request, nonce);
      if (result instanceof globalThis.Response) return await sendRemixResponse(res, result);
      res.status(result.status);
      for (const [name, value] of result.headers) res.append(name, value);
      res.end(result.body);
    } catch (error) {
      next(error);
    }
  };
}
