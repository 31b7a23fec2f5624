/**
 * Every route the Fastify app registered, read from `printRoutes({ commonPrefix: false })`, and
 * the concrete URLs to request for each one: path parameters filled with real ids of the test's
 * world, so routes added later are covered without listing them here.
 */
import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  path: string;
  methods: string[];
}

const TREE_UNIT = 4;

/** Parse the route tree: each line is a path segment indented by depth, with its methods in parentheses. */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  const stack = [''];
  const routes: RegisteredRoute[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│├└─\s]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = [...match[1]!].length / TREE_UNIT;
    const path = stack[depth - 1]! + match[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    if (match[3]) routes.push({ path, methods: match[3].split(',').map((m) => m.trim()) });
  }
  return routes;
}

/** Candidate values per path parameter name; `fallback` serves any name not listed. */
export interface ParameterValues {
  byName: Record<string, readonly string[]>;
  fallback: readonly string[];
}

const MAX_URLS_PER_ROUTE = 40;

/** The URLs of one route with every combination of parameter values (capped), or the path itself. */
export function urlsFor(path: string, values: ParameterValues): string[] {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  let urls = [path];
  for (const name of names) {
    const candidates = values.byName[name] ?? values.fallback;
    urls = urls.flatMap((url) => candidates.map((value) => url.replace(`:${name}`, encodeURIComponent(value))));
  }
  return urls.slice(0, MAX_URLS_PER_ROUTE);
}

/** Public routes: everything outside /admin, except the static assets' wildcard. */
export const isPublicPath = (path: string) => !path.startsWith('/admin') && !path.includes('*');

export const isAdminPath = (path: string) => path.startsWith('/admin');
