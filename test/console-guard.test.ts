import { describe, expect, test } from 'vitest';
import { expectConsoleError, isExpectedConsoleError } from './console-guard';

describe('the console.error guard', () => {
  test('a declared error is let through (and counted), another one is not', () => {
    expectConsoleError(/^Boom: \d+ rows$/);
    expect(isExpectedConsoleError('Something else')).toBe(false);
    console.error('Boom: %d rows', 3);
  });

  test('a string declaration matches a part of the message', () => {
    expectConsoleError('two children with the same key');
    expect(isExpectedConsoleError('Warning: Encountered two children with the same key, `x`.')).toBe(true);
  });
});
