import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { failOnUnexpectedConsoleError } from './console-guard';

// Testing Library cleans up by itself only with vitest globals; this project imports them explicitly.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}

failOnUnexpectedConsoleError();
