import { ConfigError } from '../errors.js';
import { type ProxyRequest, unescapeModulePath } from '../module/module-escape.js';
import { matchPrefixPatterns, parsePrefixPatterns } from '../module/prefix-patterns.js';
import { parseProxyList, type ProxySpec } from '../module/proxy-list.js';
import type { PathRouteReport } from './proxy-report.js';
import type { UpstreamState } from './relay-accounts.js';

export const ROUTES_INPUT = 'proxy-routes';

const ACCEPTED =
  'one rule per line, first match wins: `<globs as in GOPRIVATE> => <GOPROXY list>`, e.g. `corp.example.com/*, git.corp.example.com/* => https://goproxy.corp.example|direct`';

/**
 * One line of `proxy-routes`, a path route: module paths matching `globs` go only to `list`. (A
 * path route picks the upstream list; the relay's route, route-plan.ts, is the order a request
 * tries that list in.)
 */
export interface PathRoute {
  /** The globs as written, joined by `, ` (how the report and the log name the route). */
  readonly label: string;
  readonly globs: readonly string[];
  readonly list: readonly ProxySpec[];
}

/** How the report and the log name the route of paths no rule matches (the `proxy` input). */
export const DEFAULT_ROUTE_LABEL = '(default)';

/**
 * Parses `proxy-routes`: globs as GOPRIVATE (x/mod MatchPrefixPatterns), each list as GOPROXY
 * (cmd/go proxyList). Every bad line is reported at once, by its number.
 */
export function parsePathRoutes(value: string): PathRoute[] {
  const routes: PathRoute[] = [];
  const problems: string[] = [];
  value.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const where = `line ${index + 1}`;
    const arrow = text.indexOf('=>');
    if (arrow < 0) return problems.push(`${where}: no '=>' between the globs and the proxy list`);
    try {
      const globs = parsePrefixPatterns(ROUTES_INPUT, text.slice(0, arrow));
      if (globs.length === 0) return problems.push(`${where}: no module path glob before '=>'`);
      const listText = text.slice(arrow + 2).trim();
      if (listText === '') return problems.push(`${where}: no proxy list after '=>'`);
      routes.push({ label: globs.join(', '), globs, list: parseProxyList(ROUTES_INPUT, listText) });
    } catch (error) {
      const message = (error as Error).message.replace(/^Input '[^']*': /, '').split('\n')[0];
      problems.push(`${where}: ${message}`);
    }
  });
  if (problems.length > 0) throw new ConfigError(ROUTES_INPUT, problems.join('; '), ACCEPTED);
  return routes;
}

/**
 * The module path a request shows its upstream: the module of a module request, the path of a
 * checksum database lookup; undefined for tiles, /latest and /supported, which name no module.
 */
export function revealedPath(request: ProxyRequest): string | undefined {
  if (request.kind !== 'sumdb') return request.module;
  const lookup = /^lookup\/(.+)@[^@]*$/.exec(request.rest);
  return lookup ? unescapeModulePath(lookup[1]) : undefined;
}

/** The first route whose globs match the module path (first match wins), or undefined (the default). */
export function pathRouteIndexOf(routes: readonly PathRoute[], modulePath: string): number | undefined {
  const index = routes.findIndex((r) => matchPrefixPatterns(r.globs, modulePath));
  return index < 0 ? undefined : index;
}

/** One route as the relay runs it: its upstreams' states (breakers, counters) and how it ends. */
export interface RoutePlan {
  readonly label: string;
  readonly states: readonly UpstreamState[];
  /** What follows its proxy URLs: `direct`, `off`, or nothing. */
  readonly ends: 'direct' | 'off' | undefined;
}

/**
 * Chooses, per request and before any upstream is asked, the upstreams it may go to: those of the
 * first route matching the module path it reveals, else the default route (the `proxy` input).
 * Requests naming no module (checksum tiles, /latest, /supported) take the default route. A
 * route's states are its own, so its fallbacks and hedges never leave it: no module path reaches
 * an upstream of a route it does not match, by construction.
 */
export class PathRoutes {
  constructor(
    private readonly routes: readonly PathRoute[],
    readonly plans: readonly RoutePlan[],
    readonly fallback: RoutePlan,
  ) {}

  /** The plan for a request. */
  planFor(request: ProxyRequest): RoutePlan {
    const path = revealedPath(request);
    const index = path === undefined ? undefined : pathRouteIndexOf(this.routes, path);
    return index === undefined ? this.fallback : this.plans[index];
  }

  /** The upstream states a request may use (RouteContext.statesFor). */
  statesFor(request: ProxyRequest): readonly UpstreamState[] {
    return this.planFor(request).states;
  }

  /** The default route, then each rule in order. */
  all(): readonly RoutePlan[] {
    return [this.fallback, ...this.plans];
  }

  /** The route label of an upstream state. */
  labelOf(state: UpstreamState): string | undefined {
    return this.all().find((p) => p.states.includes(state))?.label;
  }

  /** `corp.test/*: goproxy.corp.test; (default): proxy.golang.org`, for the relay's first log line. */
  describe(): string {
    return this.all()
      .map(
        (p) =>
          `${p.label}: ${[...p.states.map((s) => s.upstream.name), ...(p.ends ? [p.ends] : [])].join(', ') || '(no upstream)'}`,
      )
      .join('; ');
  }

  /** One row per route for the report: its upstreams and what it carried (from the request log). */
  report(
    log: readonly { readonly request?: ProxyRequest; readonly status: number; readonly upstream?: string }[],
  ): PathRouteReport[] {
    const rows = this.all().map((plan) => ({
      route: plan.label,
      upstreams: plan.states.map((s) => s.upstream.name),
      ...(plan.ends ? { ends: plan.ends } : {}),
      requests: 0,
      served: 0,
      failed: 0,
    }));
    for (const entry of log) {
      if (!entry.request) continue;
      const row = rows[this.all().indexOf(this.planFor(entry.request))];
      row.requests++;
      if (entry.status === 200) row.served++;
      else if (entry.status >= 500) row.failed++;
    }
    return rows;
  }
}

/**
 * Builds the routes over the relay's states: the default list's upstreams first, then each rule's
 * (as startRelay prepared them, in that order).
 */
export function planPathRoutes(
  routes: readonly PathRoute[],
  defaultList: readonly ProxySpec[],
  states: readonly UpstreamState[],
  counts: readonly number[],
  direct?: UpstreamState,
): PathRoutes {
  // The relay's own direct route (direct-fetch.ts) races last in every route whose list ends in `direct`.
  const withDirect = (own: readonly UpstreamState[], list: readonly ProxySpec[]): readonly UpstreamState[] =>
    direct && listEnd(list) === 'direct' ? [...own, direct] : own;
  let at = counts[0];
  const fallback: RoutePlan = {
    label: DEFAULT_ROUTE_LABEL,
    states: withDirect(states.slice(0, at), defaultList),
    ends: listEnd(defaultList),
  };
  const plans = routes.map((route, i): RoutePlan => {
    const own = states.slice(at, at + counts[i + 1]);
    at += counts[i + 1];
    return { label: route.label, states: withDirect(own, route.list), ends: listEnd(route.list) };
  });
  return new PathRoutes(routes, plans, fallback);
}

/** How a GOPROXY list ends after its URLs (`direct` or `off` end it, as in cmd/go proxyList). */
export function listEnd(list: readonly ProxySpec[]): 'direct' | 'off' | undefined {
  const end = list.find((spec) => spec.kind !== 'url');
  return end?.kind === 'direct' || end?.kind === 'off' ? end.kind : undefined;
}
