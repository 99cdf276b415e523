import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/errors.js';
import { parseProxyRequest } from '../../src/module/module-escape.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { parsePathRoutes, planPathRoutes } from '../../src/goproxy/path-routes.js';
import type { UpstreamState } from '../../src/goproxy/relay-accounts.js';
import { prepareUpstreams } from '../../src/goproxy/upstream.js';

describe('proxy-routes', () => {
  it('parses rules in order, globs as GOPRIVATE and lists as GOPROXY', () => {
    const routes = parsePathRoutes(
      '# corp first\ncorp.example.com/*, git.corp.example.com/* => https://goproxy.corp.example|direct\n\n* => proxy.golang.org,off\n',
    );
    expect(routes).toEqual([
      {
        label: 'corp.example.com/*, git.corp.example.com/*',
        globs: ['corp.example.com/*', 'git.corp.example.com/*'],
        list: [
          { kind: 'url', url: 'https://goproxy.corp.example', fallBackOnError: true },
          { kind: 'direct' },
        ],
      },
      {
        label: '*',
        globs: ['*'],
        list: [{ kind: 'url', url: 'https://proxy.golang.org', fallBackOnError: false }, { kind: 'off' }],
      },
    ]);
  });

  it('reports every bad line at once, by number, naming the input', () => {
    const bad =
      'corp.example.com/* https://goproxy.corp.example\n => https://x.example\nco[rp/* => https://x.example\nok/* => ftp://x.example';
    expect(() => parsePathRoutes(bad)).toThrow(ConfigError);
    let message = '';
    try {
      parsePathRoutes(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Input 'proxy-routes': line 1: no '=>'/);
    expect(message).toContain('line 2: no module path glob');
    expect(message).toContain("line 3: 'co[rp/*' is not a valid pattern");
    expect(message).toContain('line 4: invalid proxy URL scheme');
  });
});

describe('choosing the upstreams of a request by its module path', () => {
  const routes = parsePathRoutes(
    'corp.test/* => https://corp.example,https://mirror.corp.example\n* => https://public.example',
  );
  const defaultList = parseProxyList('proxy', 'https://default.example,direct');
  const upstreams = [defaultList, ...routes.map((r) => r.list)].flatMap((l) => prepareUpstreams(l).upstreams);
  const states = upstreams.map((upstream) => ({ upstream }) as unknown as UpstreamState);
  const paths = planPathRoutes(routes, defaultList, states, [1, 2, 1]);
  const names = (p: string): string[] => {
    const request = parseProxyRequest(p);
    if (!request) throw new Error(`not a request: ${p}`);
    return paths.statesFor(request).map((s) => s.upstream.name);
  };

  it.each([
    ['/corp.test/lib/@v/v1.0.0.zip', ['corp.example', 'mirror.corp.example']],
    ['/corp.test/lib/@v/list', ['corp.example', 'mirror.corp.example']],
    ['/corp.test/lib/@latest', ['corp.example', 'mirror.corp.example']],
    ['/example.test/beta/@v/v1.1.0.mod', ['public.example']],
    // A checksum lookup names its module: it goes by that module's route.
    ['/sumdb/sum.golang.org/lookup/corp.test/lib@v1.0.0', ['corp.example', 'mirror.corp.example']],
    ['/sumdb/sum.golang.org/lookup/example.test/beta@v1.1.0', ['public.example']],
    // Tiles, /latest and /supported name no module: the default route (the `proxy` input).
    ['/sumdb/sum.golang.org/latest', ['default.example']],
    ['/sumdb/sum.golang.org/tile/8/0/000', ['default.example']],
  ])('%s → %j', (p, expected) => {
    expect(names(p)).toEqual(expected);
  });

  it('numbers each route’s upstreams from 0, so exclusions and the planner stay inside it', () => {
    expect(paths.plans[0].states.map((s) => s.upstream.index)).toEqual([0, 1]);
    expect(paths.fallback.ends).toBe('direct');
    expect(paths.describe()).toBe(
      '(default): default.example, direct; corp.test/*: corp.example, mirror.corp.example; *: public.example',
    );
  });
});
