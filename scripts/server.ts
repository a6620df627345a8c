/**
 * The production HTTP server: Express around the Remix build, with security headers, the Origin
 * check, request logs, /healthz and a graceful shutdown that lets requests in flight finish and then
 * closes the database.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { EnvError, getEnv } from '../app/utils/env.server';
import { getDb } from '../app/utils/db.server';
import {
  bodyLimit,
  healthCheck,
  originCheck,
  requestLogger,
  securityHeaders,
} from '../app/server/middleware.server';

let env;
try {
  env = getEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// This server only ever runs the production build, so React and Remix take their production code
// paths even when NODE_ENV is not set: development React renders pages several times slower. The
// build is imported below, after this line, and is the first module to load React.
process.env.NODE_ENV ??= 'production';

const buildDir = path.resolve(process.env.REMIX_BUILD_DIR ?? 'build');
const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild;
const db = getDb();

const app = express();
app.disable('x-powered-by');
if (env.TRUST_PROXY)
  app.set('trust proxy', /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY);
app.use(requestLogger());
app.use(securityHeaders({ production: !env.isDemo }));
// gzip for pages, data and assets (as remix-serve does): the overview's HTML is 134 KB, 13 KB gzipped.
app.use(compression());
app.use('/assets', express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y' }));
app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }));
app.get(
  '/healthz',
  healthCheck(() => db.$client.prepare('select 1').get()),
);
app.use(bodyLimit);
app.use(originCheck);
app.all(
  '*',
  createRequestHandler({
    build,
    mode: 'production',
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      // req.ip is the socket address unless TRUST_PROXY says which proxies to believe.
      clientIp: req.ip ?? req.socket.remoteAddress ?? null,
    }),
  }),
);

const server = app.listen(env.PORT, () =>
  console.log(`Proeftuinmonitor listening on http://localhost:${env.PORT} (${env.APP_MODE} mode)`),
);

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then closing the database.`);
  server.close(() => {
    db.$client.close();
    console.log('Stopped.');
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error('Requests still running after 10 s; stopping anyway.');
    db.$client.close();
    process.exit(1);
  }, 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
