/**
 * The HTTP layer around Remix: security headers with a per-response CSP nonce, the Origin check on
 * every mutation, structured request logs and the health check. Used by scripts/server.ts and
 * tested on their own in middleware.server.test.ts.
 */
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { errorForLog, logger } from '#app/utils/logger.server';
import { requestContextStorage, type RequestContext } from '#app/utils/request-context.server';
import { bodyLimitFor } from '#app/utils/request-limits';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function securityHeaders({ production }: { production: boolean }) {
  const withNonce = (req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        // recharts and React write style attributes; no script can come in through them.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  return [withNonce, headers];
}

/**
 * CSRF defence beyond SameSite: a POST (or any other mutation) must come from a page of this very
 * host. Browsers always send Origin on such requests; a request without Origin or Referer is refused.
 */
export function originCheck(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const source = req.get('origin') ?? req.get('referer');
  let sourceHost: string | null = null;
  try {
    sourceHost = source && source !== 'null' ? new URL(source).host : null;
  } catch {
    sourceHost = null;
  }
  if (sourceHost && sourceHost === req.get('host')) return next();
  res
    .status(403)
    .type('text/plain; charset=utf-8')
    .send(
      'Verzoek geweigerd: het komt niet van deze website (Origin).\nRequest refused: it does not come from this site (Origin).',
    );
}

/**
 * Every answer the app gives (pages, `.data` responses, the JSON API, CSV exports, redirects and
 * errors) depends on the session, so no shared proxy or browser cache may keep it: `Cache-Control:
 * private, no-store`, set as the headers go out so that a route's own (weaker) value cannot stand
 * beside it. Mounted after the static files, which are the same for everyone and may be cached.
 */
export function privateNoStore(_req: Request, res: Response, next: NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
    this.setHeader('Cache-Control', 'private, no-store');
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
}

/** How much of a body the server reads and drops after it has answered without reading it. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
/** How long it waits for the rest of such a body. */
export const DRAIN_MAX_MS = 10_000;

/**
 * Reads and drops the rest of a request body (at most DRAIN_MAX_BYTES, for at most DRAIN_MAX_MS),
 * then calls `done(cut)`: `cut` when the client sent more or took longer, and the connection is
 * to be closed without waiting. Whatever was reading the body before (Remix's stream of it) stops
 * getting its bytes.
 */
export function discardBody(req: IncomingMessage, done: (cut: boolean) => void = () => undefined) {
  if (req.complete || req.destroyed) return done(false);
  let seen = 0;
  let finished = false;
  const finish = (cut: boolean) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    req.off('data', count);
    done(cut);
    if (cut) req.socket.destroy();
  };
  const count = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_MAX_BYTES) finish(true);
  };
  const timer = setTimeout(() => finish(true), DRAIN_MAX_MS);
  timer.unref();
  req.removeAllListeners('data');
  req.on('data', count);
  req.once('end', () => finish(false));
  req.once('close', () => finish(false));
  req.resume();
}

/**
 * An answer given before the request's body has arrived (a 413, a redirect to the login page, a
 * refused form) is not allowed to break the connection:
 * - with `Connection: close`, the end of the answer waits until the rest of the body is read and
 *   dropped (up to the bounds of discardBody), so a client that writes its whole body before it
 *   reads sees the answer instead of a reset (closing a socket with unread bytes resets it);
 * - otherwise the body is dropped after the answer, and the connection stays usable for the next
 *   request (a body that Remix had started to stream was never drained: the connection hung until
 *   the keep-alive timeout).
 */
export function drainUnreadBody(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const end = res.end;
  res.end = function (this: Response, ...args: unknown[]) {
    if (req.complete || req.destroyed) return (end as (...a: unknown[]) => Response).apply(this, args);
    const closing = /close/i.test(String(this.getHeader('Connection') ?? ''));
    if (!closing) {
      const result = (end as (...a: unknown[]) => Response).apply(this, args);
      discardBody(req);
      return result;
    }
    // Send what there is now; end the answer (and the connection) once the body is in.
    const [chunk, encoding] = args;
    if (chunk !== undefined && typeof chunk !== 'function') {
      if (!this.headersSent && this.getHeader('Content-Length') === undefined)
        this.setHeader('Content-Length', Buffer.byteLength(chunk as string, encoding as BufferEncoding));
      this.write(chunk as string, encoding as BufferEncoding);
    } else if (!this.headersSent) this.flushHeaders();
    discardBody(req, () => (end as (...a: unknown[]) => Response).call(this));
    return this;
  } as typeof res.end;
  next();
}

/** The limit for a request: by default from its path alone (bodyLimitFor); the server passes the router's. */
export type LimitOf = (url: URL) => { limit: number; formAnswers: boolean };

/**
 * The first bound on input, before Remix or any parser reads a byte: a mutation's declared
 * Content-Length above the limit of the route the router will run (`limitOf`, see
 * app/server/route-limits.server.ts) is a 413 at once, and a body without a declared length
 * (chunked) is a 411: no form of this app is sent that way. Neither body is read beyond what
 * drainUnreadBody drops so that the client can read the answer; the connection is then closed.
 * Node's HTTP parser holds the client to the length it declared.
 *
 * A route whose page can say so itself (the imports: "the file is larger than 2 MB") gets the
 * request without its body instead, marked `res.locals.bodyTooLarge`, and answers with its form.
 * The limit is passed on to readFormData through the request context.
 */
export function bodyLimit(
  limitOf: LimitOf = (url) => ({ limit: bodyLimitFor(url.pathname), formAnswers: false }),
) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const refuse = (status: number, nl: string, en: string) => {
      const text = `${nl}\n${en}`;
      res.set('Connection', 'close');
      res.status(status).type('text/plain; charset=utf-8').send(text);
    };
    let url: URL;
    try {
      // as Remix builds the URL it matches (@remix-run/express: the host, then req.originalUrl)
      url = new URL(`http://localhost${req.originalUrl}`);
    } catch {
      return refuse(400, 'Het adres is ongeldig.', 'The address is invalid.');
    }
    const { limit, formAnswers } = limitOf(url);
    const context = (req as Request & { context?: RequestContext }).context;
    if (context) context.bodyLimit = limit;
    const declared = req.get('content-length');
    if (declared === undefined) {
      if (req.get('transfer-encoding') === undefined) return next();
      return refuse(411, 'Het verzoek moet zijn lengte opgeven.', 'The request must state its length.');
    }
    if (/^\d+$/.test(declared) && Number(declared) <= limit) return next();
    if (formAnswers && /^\d+$/.test(declared)) {
      res.locals.bodyTooLarge = true;
      res.set('Connection', 'close');
      return next();
    }
    refuse(413, 'Het verzoek is te groot.', 'The request is too large.');
  };
}

/**
 * One JSON line per request through pino-http: request id (from a well-formed `X-Request-Id`, else
 * a new UUID, sent back in the response), user id, method, route (the path without its query
 * string), status and duration in ms. The serializers copy nothing else from the request, and pino
 * redacts bodies, query strings and headers besides (app/utils/logger.server.ts), so no password,
 * form field, `redirectTo` or query parameter reaches the log.
 */
const userOf = (req: IncomingMessage) =>
  (req as IncomingMessage & { context?: RequestContext }).context?.userId ?? null;

export function requestLogger(log: Logger = logger()) {
  const http = pinoHttp({
    logger: log,
    wrapSerializers: false,
    quietReqLogger: true,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        route: (req.url ?? '').split('?')[0]!.slice(0, 200),
      }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      err: errorForLog,
    },
    // the user is known only once the app has read the session: added when the line is written
    customSuccessObject: (req, _res, line: object) => ({ ...line, userId: userOf(req) }),
    customErrorObject: (req, _res, _err, line: object) => ({ ...line, userId: userOf(req) }),
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customAttributeKeys: { responseTime: 'durationMs' },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    http(req, res);
    const context: RequestContext = { requestId: String(req.id), userId: null };
    (req as Request & { context?: RequestContext }).context = context;
    requestContextStorage().run(context, next);
  };
}

export function healthCheck(check: () => void) {
  return (_req: Request, res: Response) => {
    try {
      check();
      res.status(200).json({ status: 'ok' });
    } catch (error) {
      res
        .status(503)
        .json({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
