/**
 * The body limit of the route the router will run, decided as Remix decides which route that is:
 * the build's route tree matched with the router's own matchRoutes (each path segment
 * percent-decoded, letters compared without regard to case, trailing slashes ignored), after the
 * single-fetch `.data` suffix is taken off as Remix takes it off. So `/LOGIN`, `/Login`,
 * `/%6Cogin`, `/login/` and `/login.data` are all the login route, with its limit, and a route
 * added later gets the limit of where it sits (request-limits.ts) without being listed here.
 */
import { matchRoutes } from '@remix-run/react';
import type { ServerBuild } from '@remix-run/node';
import { BODY_LIMITS, limitForRoute, ROUTE_LIMITS } from '#app/utils/request-limits';
import type { LimitOf } from './middleware.server';

type BuildRoute = ServerBuild['routes'][string];
type RouteObject = Parameters<typeof matchRoutes>[0][number];

function routeTree(routes: ServerBuild['routes']): RouteObject[] {
  const byParent = new Map<string, BuildRoute[]>();
  for (const route of Object.values(routes)) {
    const parent = route.parentId ?? '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), route]);
  }
  const build = (parent: string): RouteObject[] =>
    (byParent.get(parent) ?? []).map((route) =>
      route.index
        ? { id: route.id, path: route.path, index: true, caseSensitive: route.caseSensitive }
        : {
            id: route.id,
            path: route.path,
            caseSensitive: route.caseSensitive,
            children: build(route.id),
          },
    );
  return build('');
}

/** A form posted to an index route's URL goes to that route only with a bare `?index`. */
const nakedIndex = (search: string) => new URLSearchParams(search).getAll('index').some((v) => v === '');

export function routeLimits(routes: ServerBuild['routes']): LimitOf {
  const tree = routeTree(routes);
  return (url) => {
    const pathname = url.pathname.endsWith('.data')
      ? url.pathname.replace(/\.data$/, '').replace(/^\/_root$/, '/')
      : url.pathname;
    const matches = matchRoutes(tree, pathname) ?? [];
    if (matches.length === 0) return { limit: BODY_LIMITS.small, formAnswers: false };
    const last = matches[matches.length - 1]!;
    // the route whose action runs (Remix's getTargetMatch): the index route only with ?index,
    // else the deepest route that adds to the path
    const contributing = matches.filter((m, i) => i === 0 || Boolean(m.route.path));
    const target = last.route.index && nakedIndex(url.search) ? last : contributing[contributing.length - 1]!;
    const id = target.route.id ?? null;
    return {
      limit: limitForRoute(
        matches.map((m) => m.route.id ?? ''),
        id,
      ),
      formAnswers: id !== null && ROUTE_LIMITS[id] === 'import',
    };
  };
}
