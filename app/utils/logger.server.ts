/**
 * Structured logs (pino: one JSON object a line on stdout). What may go in: the request id, the
 * user id, the method, the route (the path without its query string), the status, the duration,
 * and for an error its type and the code locations of its stack. What never goes in: bodies, form
 * fields, query strings, headers, cookies, and the text of an error message, which may quote what
 * a user sent (an invalid `redirectTo` once appeared in a stack trace on stderr; a baseline period
 * `2023-01 <text>` once appeared as "Not a period: 2023-01 <text>"): its quoted parts, anything
 * after a line end and an unquoted value after a colon are cut out, and what is left is shortened
 * to 120 characters. The app's own errors do not quote input in the first place.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { requestContextStorage } from './request-context.server';

/** pino's own redaction, as a second line behind the serializers (which never copy these). */
export const REDACT_PATHS = [
  'req.headers',
  'req.query',
  'req.body',
  'req.url',
  'req.params',
  'res.headers',
  'err.config',
  'body',
  'form',
  'redirectTo',
  'password',
  'email',
];

export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[weggelaten]' },
      serializers: { err: errorForLog },
    },
    destination,
  );
}

let shared: Logger | undefined;
export function logger(): Logger {
  return (shared ??= createLogger());
}

/** An error's message without what a user may have put in it. */
export function safeMessage(message: string): string {
  return (
    message
      .replace(/"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”|\[[^\]]*\]|\{[^}]*\}/g, '…')
      .split(/[\r\n]/)[0]!
      .replace(/https?:\/\/\S+|\/\S*/g, '…')
      // "Not a period: 2023-01 <text>": what follows a colon is the value the message is about
      .replace(/:\s+(?!…)\S.*$/, ': …')
      .slice(0, 120)
  );
}

/** An error as the log keeps it: type, a message cleared of user input, stack frames only. */
export function errorForLog(error: unknown): { type: string; message: string; stack: string[] } {
  if (!(error instanceof Error)) return { type: typeof error, message: '', stack: [] };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  return { type: error.name, message: safeMessage(error.message), stack: frames };
}

/** Logs an error of a request from inside the app (Remix's handleError, a failed stream). */
export function logRequestError(error: unknown, request: Request | null, log: Logger = logger()): void {
  const context = requestContextStorage().getStore();
  log.error(
    {
      err: error,
      requestId: context?.requestId ?? null,
      userId: context?.userId ?? null,
      method: request?.method ?? null,
      route: request ? new URL(request.url).pathname.slice(0, 200) : null,
    },
    'error',
  );
}
