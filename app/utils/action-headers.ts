import type { HeadersFunction } from '@remix-run/node';

/**
 * A route's `headers` export that lets `Retry-After` of its action's answer (a throttled login's
 * 429) through to the page. Without a `headers` export Remix passes only an action's cookies on
 * to the document, so the header was seen by an action called directly but not over HTTP.
 */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, errorHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get('Retry-After') ?? errorHeaders?.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
};
