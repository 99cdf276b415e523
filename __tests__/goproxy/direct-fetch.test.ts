import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DirectFetcher } from '../../src/goproxy/direct-fetch.js';
import { until } from '../../test-support/fake-clock.js';

/** Whether a process is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The child `go` stands still here: a stand-in that records its arguments, environment and pid,
// and then sleeps, so the test sees what the fetcher runs and that it kills it (the real `go` and
// git run in relay-direct.test.ts).
describe('DirectFetcher', () => {
  let dir: string;
  let goBin: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-direct-'));
    goBin = path.join(dir, 'go');
    await fs.writeFile(
      goBin,
      `#!/bin/sh\necho "$$ $* GOPROXY=$GOPROXY GOFLAGS=$GOFLAGS GOMODCACHE=$GOMODCACHE" >> "${dir}/runs"\nexec sleep 600\n`,
      { mode: 0o755 },
    );
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** The stand-in's runs so far, one line each. */
  function runs(): string[] {
    let text = '';
    try {
      text = readFileSync(path.join(dir, 'runs'), 'utf8');
    } catch {
      // Not run yet.
    }
    return text.split('\n').filter((l) => l !== '');
  }

  it('runs one child go per module version with GOPROXY=direct and a scratch cache, and kills it once every caller gave up', async () => {
    await fs.rm(path.join(dir, 'runs'), { force: true });
    const fetcher = new DirectFetcher({ env: { PATH: process.env.PATH }, scratchParent: dir, goBin });
    const info = fetcher.call('/example.test/%21a/@v/v1.0.0.info');
    const zip = fetcher.call('/example.test/%21a/@v/v1.0.0.zip');
    await until(() => runs().length === 1);
    const [line] = runs();
    expect(line).toMatch(
      new RegExp(
        `^\\d+ mod download -json example.test/A@v1.0.0 GOPROXY=direct GOFLAGS=-modcacherw GOMODCACHE=${dir}/gmw-direct-[^/]+/mod$`,
      ),
    );
    const pid = Number(line.split(' ')[0]);
    info.abort();
    expect(alive(pid)).toBe(true);
    zip.abort();
    await until(() => !alive(pid));
    await fetcher.close();
  });

  it('kills every child on close (cancel, deadline), and answers the waiting calls with an error', async () => {
    await fs.rm(path.join(dir, 'runs'), { force: true });
    const fetcher = new DirectFetcher({ env: { PATH: process.env.PATH }, scratchParent: dir, goBin });
    const call = fetcher.call('/example.test/b/@v/v1.0.0.zip');
    await until(() => runs().length === 1);
    const pid = Number(runs()[0].split(' ')[0]);
    await fetcher.close();
    await until(() => !alive(pid));
    expect((await call.response).status).toBe(502);
  });

  it('answers 404 for what it does not fetch (lists, @latest, checksum database paths), starting nothing', async () => {
    await fs.rm(path.join(dir, 'runs'), { force: true });
    const fetcher = new DirectFetcher({ env: { PATH: process.env.PATH }, scratchParent: dir, goBin });
    for (const p of ['/example.test/c/@v/list', '/example.test/c/@latest', '/sumdb/sum.golang.org/supported'])
      expect((await fetcher.call(p).response).status).toBe(404);
    expect(runs()).toEqual([]);
    await fetcher.close();
  });
});

describe('DirectFetcher and an origin host it cannot reach', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-direct-down-'));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const runs = (): string[] =>
    readFileSync(path.join(dir, 'runs'), 'utf8')
      .split('\n')
      .filter((l) => l !== '');

  it('remembers an origin host no child could reach: the next module of that host is a 502 at once, with no child', async () => {
    await fs.rm(path.join(dir, 'runs'), { force: true });
    // What cmd/go prints for a host it cannot resolve (GOPROXY=direct), and for a missing version.
    const goDown = path.join(dir, 'go-down');
    await fs.writeFile(
      goDown,
      `#!/bin/sh\necho "$$ $*" >> "${dir}/runs"\ncase "$4" in\n` +
        `  other.test/*) echo '{"Error": "other.test/x@v9.9.9: invalid version: unknown revision v9.9.9"}' ;;\n` +
        `  *) echo '{"Error": "unrecognized import path \\"example.test/a\\": https fetch: Get \\"https://example.test/\\": dial tcp: lookup example.test on 127.0.0.53:53: no such host"}' ;;\n` +
        `esac\nexit 1\n`,
      { mode: 0o755 },
    );
    const fetcher = new DirectFetcher({ env: { PATH: process.env.PATH }, scratchParent: dir, goBin: goDown });
    const first = await fetcher.call('/example.test/a/@v/v1.0.0.zip').response;
    expect(first.status).toBe(502);
    const next = await fetcher.call('/example.test/b/@v/v1.0.0.info').response;
    expect(next.status).toBe(502);
    expect(await text(next.body)).toMatch(
      /^direct: example\.test unreachable earlier in this run, not tried again: .*no such host/,
    );
    // A version the origin does not have says nothing of its host: each is asked.
    expect((await fetcher.call('/other.test/x/@v/v9.9.9.info').response).status).toBe(404);
    expect((await fetcher.call('/other.test/y/@v/v9.9.9.info').response).status).toBe(404);
    expect(runs().map((l) => l.split(' ').at(-1))).toEqual([
      'example.test/a@v1.0.0',
      'other.test/x@v9.9.9',
      'other.test/y@v9.9.9',
    ]);
    await fetcher.close();
  });
});

async function text(body: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
