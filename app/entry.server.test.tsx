import { PassThrough, type Transform } from 'node:stream';
import { Suspense } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { withoutNulBytes } from './entry.server';

/** Cells like the compare page's: a percentage with a narrow no-break space (3 bytes in UTF-8). */
function Page() {
  return (
    <Suspense fallback={null}>
      <table>
        <tbody>
          {Array.from({ length: 400 }, (_, i) => (
            <tr key={i}>
              <td>{`${(i * 0.37).toFixed(1).replace('.', ',')}\u202f%`}</td>
              <td>▼ -{i}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Suspense>
  );
}

function render(through: Transform): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    through.on('data', (c: Buffer) => chunks.push(c));
    through.on('end', () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(<Page />, {
      onAllReady: () => pipe(through),
      onError: reject,
    });
  });
}

describe('NUL bytes from React 18.3.1 streaming (facebook/react#26228, issue 13 defect 7)', () => {
  test('React alone leaves NULs at 2 KB view boundaries; through withoutNulBytes the page equals renderToString', async () => {
    const raw = await render(new PassThrough());
    expect(raw.includes(0)).toBe(true); // the bug this guards against, still in React 18.3.1
    const clean = await render(withoutNulBytes());
    expect(clean.includes(0)).toBe(false);
    expect(clean.toString('utf8')).toBe(renderToString(<Page />));
  });
});
