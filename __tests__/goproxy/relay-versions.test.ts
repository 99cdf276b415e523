import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { childGoproxy, type Relay, startRelay } from '../../src/goproxy/relay.js';
import { createGoSandbox, type GoSandbox, removeTree } from '../../test-support/go-sandbox.js';
import {
  getFully,
  incompatibleModule,
  type RecordingServer,
  startStaticProxy,
} from '../../test-support/relay-upstreams.js';

// The version shapes of real build lists (docker/docker, datadog-go, diskv…): `+incompatible`
// majors, `+metadata`, and the other file-name characters x/mod EscapeVersion allows.
const DOCKER = incompatibleModule('example.test/Docker', 'v28.0.1+incompatible');
const DISKV = incompatibleModule('example.test/diskv', 'v2.1.0+incompatible');

describe('the relay on every version form go accepts', () => {
  let sandbox: GoSandbox;
  let upstream: RecordingServer;
  let project: string;
  const relays: Relay[] = [];
  const caches: string[] = [];

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    upstream = await startStaticProxy([DOCKER, DISKV]);
    project = await sandbox.writeProject('incompatible', {
      'go.mod': `module example.test/app\n\ngo 1.21\n\nrequire (\n\t${DOCKER.path} ${DOCKER.version}\n\t${DISKV.path} ${DISKV.version}\n)\n`,
      'main.go': `package main\n\nimport (\n\t"fmt"\n\t"example.test/Docker"\n\t"example.test/diskv"\n)\n\nfunc main() { fmt.Println(docker.Name(), diskv.Name()) }\n`,
    });
    // go.sum as `go` itself writes it, straight from the upstream.
    const tidy = await sandbox.go(['mod', 'tidy'], {
      cwd: project,
      env: { GOPROXY: upstream.url, GOSUMDB: 'off', GOFLAGS: '-modcacherw -mod=mod' },
    });
    if (tidy.code !== 0) throw new Error(tidy.stderr);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });

  afterAll(async () => {
    await upstream?.close();
    for (const dir of caches) await removeTree(dir);
    await sandbox?.cleanup();
  });

  async function relay(): Promise<Relay> {
    const r = await startRelay({
      upstreams: parseProxyList('proxy', upstream.url),
      latencyBudgetMs: 2000,
      stallTimeoutMs: 2000,
      fallback: ['next-proxy'],
      probe: false,
      logger: new MemoryLogger(),
    });
    relays.push(r);
    return r;
  }

  it('lets go download +incompatible majors through the relay with direct unreachable', async () => {
    const r = await relay();
    upstream.requests.length = 0;
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-relay-cache-'));
    caches.push(cache);
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      // The relay alone: a relay 404 would send go nowhere else.
      env: { GOPROXY: childGoproxy(r.url, ['next-proxy']), GOSUMDB: 'off', GOMODCACHE: cache },
      timeoutMs: 60_000,
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(r.routeOf(DOCKER.path, DOCKER.version)).toBe(new URL(upstream.url).host);
    expect(r.routeOf(DISKV.path, DISKV.version)).toBe(new URL(upstream.url).host);
    expect(upstream.requests.map((q) => q.path)).toContain(
      '/example.test/!docker/@v/v28.0.1+incompatible.zip',
    );
    expect(r.report().failures).toEqual([]);
  });

  it.each([
    ['/example.test/diskv/@v/v2.1.0+incompatible.info', 200],
    ['/example.test/diskv/@v/v2.1.0%2Bincompatible.info', 200],
    ['/example.test/diskv/@v/v2.1.0+meta.info', 404],
    ['/example.test/diskv/@v/v1.0.0~rc_1.info', 404],
  ])('passes %s on to the upstream (answered %d there)', async (requestPath, status) => {
    const r = await relay();
    upstream.requests.length = 0;
    const res = await getFully(r.url + requestPath);
    expect(res.status).toBe(status);
    expect(upstream.requests).toHaveLength(1);
  });
});
