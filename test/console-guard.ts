/**
 * A test fails when something calls `console.error` (React's warnings among it) that the test did
 * not declare (vitest-fail-on-console; test/setup.ts and the browser tests' setup turn it on). A
 * test that provokes an error on purpose declares it first:
 *
 *     expectConsoleError(/Unexpected Server Error/);
 *
 * The declared message is then kept out of the output, and the test fails if it never came, so a
 * declaration cannot outlive the error it was written for.
 */
import { afterEach } from 'vitest';
import failOnConsole from 'vitest-fail-on-console';

type Expected = { pattern: string | RegExp; seen: number };
const expected: Expected[] = [];

/** Declares that this test calls `console.error` with a message containing or matching `pattern`. */
export function expectConsoleError(pattern: string | RegExp): void {
  expected.push({ pattern, seen: 0 });
}

/** For the guard: true (and counted) when a message was declared by the running test. */
export function isExpectedConsoleError(message: string): boolean {
  const hit = expected.find((e) =>
    typeof e.pattern === 'string' ? message.includes(e.pattern) : e.pattern.test(message),
  );
  if (hit) hit.seen++;
  return hit !== undefined;
}

afterEach(() => {
  const missing = expected.filter((e) => e.seen === 0).map((e) => String(e.pattern));
  expected.length = 0;
  if (missing.length)
    throw new Error(
      `console.error was declared with expectConsoleError but never called: ${missing.join(', ')}`,
    );
});

/** Turns the guard on for every test of the file (call it once, from a setup file). */
export function failOnUnexpectedConsoleError(): void {
  failOnConsole({
    shouldFailOnError: true,
    shouldFailOnWarn: false,
    silenceMessage: (message, method) => method === 'error' && isExpectedConsoleError(message),
    errorMessage: (method) =>
      `Unexpected console.${method}() in this test. Fix its cause, or, where the test provokes it on ` +
      `purpose, declare it first with expectConsoleError(…) from #test/console-guard.`,
  });
}
