/**
 * The production HTTP server: Express around the Remix build, with security headers, the Origin
 * check, request logs, /healthz, the page cache (pages rendered once per data version) and a
 * graceful shutdown that lets requests in flight finish and then closes the database.
 *
 * WEB_CONCURRENCY=N (or "auto": one per core) starts N such processes with node:cluster, sharing
 * the port and the one SQLite file (WAL mode: readers never wait for the writer; writers wait up to
 * the busy timeout). Caches stay coherent because each process checks the database-held data
 * version before using them. The first process only starts, restarts and stops the others.
 */
import cluster from 'node:cluster';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { EnvError, getEnv, type Env } from '#app/utils/env.server';
import { getDb } from '#app/utils/db.server';
import { createPageCache } from '#app/server/page-cache.server';
import { remixHandler } from '#app/server/remix-handler.server';
import { routeLimits } from '#app/server/route-limits.server';
import { startMailWorker } from '#app/server/mail-worker.server';
import { disableDormantAccounts } from '#app/models/accounts.server';
import { createMailTransport } from '#app/server/mail-transport.server';
import { queueDueReminders } from '#app/models/outbox.server';
import { describeForLog, findStoredDataProblems } from '#app/models/stored-data-check.server';
import { getReportDueDay } from '#app/models/settings.server';
import {
  bodyLimit,
  drainUnreadBody,
  healthCheck,
  originCheck,
  privateNoStore,
  requestLogger,
  securityHeaders,
} from '#app/server/middleware.server';

let env: Env;
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

if (env.WEB_CONCURRENCY > 1 && cluster.isPrimary) {
  runPrimary(env.WEB_CONCURRENCY, env.PORT);
} else {
  await runServer();
}

/** Starts the worker processes, starts a new one when one dies, and stops them all on a signal. */
function runPrimary(workers: number, port: number) {
  console.log(`Proeftuinmonitor: ${workers} server processes on port ${port}`);
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
    setTimeout(() => cluster.fork(), 1000);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server processes.`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function runServer() {
  const buildDir = path.resolve(process.env.REMIX_BUILD_DIR ?? 'build');
  const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild;
  const db = getDb();
  // Stored values the forms would refuse today (a period outside 2015 to next year, a name with a
  // line break): reported once at start, left for a manager or administrator to correct.
  if (!cluster.isWorker || cluster.worker?.id === 1)
    for (const line of describeForLog(findStoredDataProblems(db.$client))) console.error(line);

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
  app.use(privateNoStore);
  app.get(
    '/healthz',
    healthCheck(() => db.$client.prepare('select 1').get()),
  );
  app.use(drainUnreadBody);
  // the limit of the route Remix will run, matched as Remix matches it (app/server/route-limits.server.ts)
  app.use(bodyLimit(routeLimits(build.routes)));
  app.use(originCheck);
  app.all(
    '*',
    remixHandler({
      build,
      // PAGE_CACHE=off renders every request (to compare; the benchmark measures both)
      cache: process.env.PAGE_CACHE === 'off' ? null : createPageCache(db.$client),
      loadContext: (req, res, nonce) => ({
        cspNonce: nonce,
        // req.ip is the socket address unless TRUST_PROXY says which proxies to believe.
        clientIp: req.ip ?? req.socket.remoteAddress ?? null,
        // the body was above the route's limit and was not read (an import answers with its form)
        bodyTooLarge: res.locals.bodyTooLarge === true,
      }),
    }),
  );

  const server = app.listen(env.PORT, () =>
    console.log(`Proeftuinmonitor listening on http://localhost:${env.PORT} (${env.APP_MODE} mode)`),
  );

  // E-mail: the outbox is sent by this loop, never inside a request (see mail-worker.server.ts).
  // Reminders are queued once every ten minutes; without SMTP_HOST nothing is sent (demo mode).
  let lastReminders = 0;
  const stopMail = startMailWorker({
    db,
    transport: createMailTransport(env),
    from: env.MAIL_FROM ?? '',
    onRound: () => {
      if (Date.now() - lastReminders < 600_000) return;
      lastReminders = Date.now();
      queueDueReminders({
        today: new Date().toISOString().slice(0, 10),
        daysBefore: env.REMINDER_DAYS_BEFORE,
        dueDay: getReportDueDay(),
      });
      disableDormantAccounts({ days: env.DORMANT_DAYS });
    },
    log: (message) => console.error(message),
  });

  let stopping = false;
  function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    stopMail();
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
}
