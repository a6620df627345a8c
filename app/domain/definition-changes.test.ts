import { describe, expect, test } from 'vitest';
import { DEFINITION_CHANGES, definitionChangeKey } from './definition-changes';

describe('the definitions change log', () => {
  test('each change has its own key, also where an indicator changed in two revisions of one month', () => {
    const keys = DEFINITION_CHANGES.map(definitionChangeKey);
    expect(new Set(keys).size).toBe(DEFINITION_CHANGES.length);
    expect(keys.filter((k) => k.endsWith(' independent_review'))).toEqual([
      '2026-12-07 independent_review',
      '2026-11-30 independent_review',
    ]);
  });
});
