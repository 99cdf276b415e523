import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InfrastructureError } from '../../src/errors.js';
import type { BuildListModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { renderChecksumsSection } from '../../src/report/sections/checksums-section.js';
import { parseSumdbSetting } from '../../src/sumdb/sumdb-setting.js';
import { verifyChecksums, type VerifyChecksumsInput } from '../../src/sumdb/verify-go-sum.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import {
  recordText,
  startTestSumdb,
  type SumdbEntry,
  type TestSumdb,
} from '../../test-support/sumdb-server.js';

const h = (n: number) => `h1:${Buffer.alloc(32, n).toString('base64')}`;
const entry = (p: string, v: string, n: number): SumdbEntry => ({
  path: p,
  version: v,
  zipHash: h(n),
  goModHash: h(n + 100),
});
const ENTRIES = [
  entry('example.test/a', 'v1.0.0', 1),
  entry('example.test/b', 'v1.2.0', 2),
  entry('example.test/fork', 'v0.1.0', 3),
  entry('corp.example/secret', 'v1.0.0', 4),
];

const mod = buildListModule;

const MODULES: BuildListModule[] = [
  mod('example.test/app', '', { main: true }),
  mod('example.test/a', 'v1.0.0'),
  mod('example.test/b', 'v1.2.0', { indirect: true }),
  mod('example.test/upstream', 'v1.0.0', {
    replace: { kind: 'module', path: 'example.test/fork', version: 'v0.1.0' },
  }),
  mod('example.test/local', 'v0.0.0', { replace: { kind: 'local', dir: './local' } }),
  mod('corp.example/secret', 'v1.0.0'),
];

/** go.sum text exactly as the database has it (the record texts), plus optional extra lines. */
const goSumText = (entries: SumdbEntry[], extra = '') => entries.map(recordText).join('') + extra;

describe('verifyChecksums', () => {
  let db: TestSumdb;
  const dirs: string[] = [];

  beforeAll(async () => {
    db = await startTestSumdb(ENTRIES);
  });
  afterAll(async () => {
    await db.close();
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function verify(overrides: Partial<VerifyChecksumsInput> & { goSumText?: string } = {}) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-verify-'));
    dirs.push(dir);
    return verifyChecksums({
      modules: MODULES,
      goSum: parseGoSum(overrides.goSumText ?? goSumText(ENTRIES), 'go.sum'),
      setting: parseSumdbSetting('sumdb', db.gosumdb),
      noSumDb: ['corp.example'],
      baseUrl: db.url,
      stateDir: dir,
      fetch,
      latencyBudgetMs: 2000,
      unavailable: 'fail',
      logger: new MemoryLogger(),
      ...overrides,
    });
  }

  it('verifies every non-main, non-local, non-private module, a replaced one as its replacement', async () => {
    const report = await verify();
    expect(report.findings).toEqual([]);
    expect(report.modules.map((m) => [m.path, m.status])).toEqual([
      ['example.test/app', 'not-applicable'],
      ['example.test/a', 'verified'],
      ['example.test/b', 'verified'],
      ['example.test/upstream', 'verified'],
      ['example.test/local', 'not-applicable'],
      ['corp.example/secret', 'private'],
    ]);
    expect(report.modules[3].checkedAs).toEqual({ path: 'example.test/fork', version: 'v0.1.0' });
    expect([report.verified, report.checkable, report.privateModules]).toEqual([
      3,
      3,
      ['corp.example/secret@v1.0.0'],
    ]);
    expect(report.tree).toEqual({ size: 4, hash: (await db.treeHash()).toString('base64') });
    expect(report.requests.lookups).toBe(3);
  });

  it('never sends a private module to the database', async () => {
    const before = db.requests.length;
    await verify();
    expect(db.requests.slice(before).filter((r) => r.path.includes('corp.example'))).toEqual([]);
  });

  it('reports a go.mod hash that differs from the database as a security finding at its go.sum line', async () => {
    const text = goSumText(ENTRIES).replace(
      `example.test/fork v0.1.0/go.mod ${h(103)}`,
      `example.test/fork v0.1.0/go.mod ${h(9)}`,
    );
    const report = await verify({ goSumText: text });
    expect(report.mismatched).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'security',
        module: 'example.test/upstream',
        file: 'go.sum',
        line: 6,
        message: `checksum mismatch for example.test/fork v0.1.0/go.mod (replacement of example.test/upstream v1.0.0): go.sum:6 has ${h(9)}, the checksum database sum.test.example has ${h(103)}`,
      }),
    ]);
    const section = renderChecksumsSection(report, escapeSummaryText);
    expect(section.indexOf('do not match')).toBeLessThan(section.indexOf('Verified'));
    expect(section).toContain('Verified **2 of 3** modules');
  });

  it('notes modules missing from go.sum and lines for versions outside the build list', async () => {
    const text = goSumText(
      ENTRIES.filter((e) => e.path !== 'example.test/b'),
      `example.test/old v0.9.0/go.mod ${h(50)}\n`,
    );
    const report = await verify({ goSumText: text });
    expect(report.modules.find((m) => m.path === 'example.test/b')?.status).toBe('missing-from-go-sum');
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'config',
        severity: 'warning',
        message: expect.stringMatching(
          /1 module\(s\) have no \/go.mod line in go.sum.*example.test\/b@v1.2.0/,
        ),
      }),
    ]);
    expect(report.extraGoSumLines).toEqual([
      { path: 'example.test/old', version: 'v0.9.0/go.mod', file: 'go.sum', line: 7 },
    ]);
  });

  it('accepts a module whose go.sum has only its /go.mod line', async () => {
    const text = goSumText(ENTRIES).replace(`example.test/a v1.0.0 ${h(1)}\n`, '');
    const report = await verify({ goSumText: text });
    expect(report.modules.find((m) => m.path === 'example.test/a')?.status).toBe('verified');
    expect(report.findings).toEqual([]);
  });

  it('with GOSUMDB=off sends nothing and says so loudly', async () => {
    const before = db.requests.length;
    const report = await verify({ setting: parseSumdbSetting('sumdb', 'off') });
    expect(db.requests.length).toBe(before);
    expect(report.enabled).toBe(false);
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('GOSUMDB=off') }),
    ]);
    expect(renderChecksumsSection(report, escapeSummaryText)).toContain(
      'GOSUMDB=off: go.sum was not checked',
    );
  });

  it.each([
    ['fail', undefined],
    ['warn', 'warning'],
  ] as const)(
    'with sumdb-unavailable=%s, an unreachable database is one finding listing the unchecked modules',
    async (unavailable, severity) => {
      db.tamper.status = 503;
      try {
        const report = await verify({ unavailable });
        expect(report.unchecked).toEqual([
          'example.test/a@v1.0.0',
          'example.test/b@v1.2.0',
          'example.test/upstream@v1.0.0',
        ]);
        expect(report.findings).toHaveLength(1);
        expect(report.findings[0]).toMatchObject({
          kind: 'infrastructure',
          area: 'checksum',
          ...(severity ? { severity } : {}),
        });
        expect(report.findings[0].severity).toBe(severity);
        expect(report.findings[0].message).toMatch(
          /checksum database unavailable, 3 module\(s\) not checked: .*503/,
        );
        expect(renderChecksumsSection(report, escapeSummaryText)).toMatch(/Not checked .*: 3:/);
      } finally {
        db.tamper.status = undefined;
      }
    },
  );

  it('treats a misbehaving database as a security failure even when unavailability only warns', async () => {
    db.tamper.badSignature = true;
    try {
      const report = await verify({ unavailable: 'warn' });
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({ kind: 'security', area: 'checksum' });
      expect(report.findings[0].severity).toBeUndefined();
      expect(report.findings[0].message).toMatch(/invalid signature .*\(3 modules: /);
    } finally {
      db.tamper.badSignature = false;
    }
  });

  it('hints at GOPRIVATE for a module the database does not know', async () => {
    const report = await verify({
      modules: [mod('example.test/unknown', 'v1.0.0')],
      goSumText: `example.test/unknown v1.0.0/go.mod ${h(1)}\n`,
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'infrastructure',
        module: 'example.test/unknown',
        message: expect.stringMatching(/404 .*add it to GOPRIVATE or GONOSUMDB/),
      }),
    ]);
  });

  it('renders module text escaped in the summary section', async () => {
    const report = await verify();
    const section = renderChecksumsSection(
      { ...report, privateModules: ['corp.example/<img src=x>@v1'] },
      escapeSummaryText,
    );
    expect(section).not.toContain('<img');
    expect(section).toContain('Skipped as private');
    expect(section).toMatch(/Tree: 4 records, root <code>/);
  });

  it('resolves a lazy base only when there is something to look up, and a failure there follows sumdb-unavailable', async () => {
    let calls = 0;
    const failing = async (): Promise<string> => {
      calls++;
      throw new InfrastructureError(
        'https://proxy.example/sumdb/sum.test.example/supported: 502 Bad Gateway',
      );
    };
    const onlyPrivate = await verify({ baseUrl: failing, modules: [MODULES[0], MODULES[5]] });
    expect(calls).toBe(0);
    expect(onlyPrivate.findings).toEqual([]);

    const report = await verify({ baseUrl: failing, unavailable: 'warn' });
    expect(calls).toBe(1);
    expect(report.unchecked).toHaveLength(3);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'infrastructure',
        severity: 'warning',
        message: expect.stringMatching(
          /unavailable, 3 module\(s\) not checked: .*supported: 502 Bad Gateway/,
        ),
      }),
    ]);
  });

  it('accepts a lazily resolved base that works', async () => {
    const report = await verify({ baseUrl: async () => db.url });
    expect(report.verified).toBe(3);
    expect(report.database).toEqual({ name: 'sum.test.example', url: db.url });
  });
});
