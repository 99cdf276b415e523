import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InfrastructureError } from '../../src/errors.js';
import type { BuildListModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import {
  checksumOperatorLines,
  renderChecksumsSection,
} from '../../src/report/sections/checksums-section.js';
import { parseSumdbSetting } from '../../src/module/sumdb-setting.js';
import { verifyChecksums, type VerifyChecksumsInput } from '../../src/sumdb/verify-go-sum.js';
import { InstantClock } from '../../test-support/fake-clock.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import {
  fakeH1,
  recordText,
  startTestSumdb,
  type SumdbEntry,
  type TestSumdb,
} from '../../test-support/sumdb-server.js';

const h = fakeH1;
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
      latencyBudgetMs: 2000,
      unavailable: 'fail',
      logger: new MemoryLogger(),
      // Retries without sleeping.
      clock: new InstantClock(),
      random: () => 0,
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
    expect(report.tree).toEqual({ size: 4, hash: (await db.treeHash()).toString('base64'), refreshed: true });
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
          /checksum database unavailable, 3 module\(s\) not checked \(example.test\/a@v1.0.0, example.test\/b@v1.2.0, example.test\/upstream@v1.0.0\): .*503/,
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

  it.each([
    [404, 'warn', 'warning'],
    [410, 'fail', undefined],
  ] as const)(
    'calls a %s on one lookup "no record" (sumdb-no-record=%s), never an outage, and verifies the other lines',
    async (status, noRecord, severity) => {
      db.tamper.lookup.set('example.test/fork@v0.1.0', status);
      try {
        const report = await verify({ noRecord });
        const byPath = new Map(report.modules.map((m) => [m.path, m.status]));
        expect(byPath.get('example.test/upstream')).toBe('no-record');
        expect(byPath.get('example.test/a')).toBe('verified');
        expect(byPath.get('example.test/b')).toBe('verified');
        expect([report.verified, report.unchecked, report.noRecord]).toEqual([
          2,
          [],
          ['example.test/upstream@v1.0.0'],
        ]);
        expect(report.findings).toEqual([
          {
            kind: 'policy',
            area: 'checksum',
            ...(severity ? { severity } : {}),
            module: 'example.test/upstream',
            version: 'v1.0.0',
            message: expect.stringMatching(
              /^example.test\/fork@v0.1.0 \(replacement of example.test\/upstream@v1.0.0\): the checksum database sum.test.example holds no record of this version .*forks at pseudo-versions.*sumdb-no-record: warn/,
            ),
          },
        ]);
        expect(renderChecksumsSection(report, escapeSummaryText)).toMatch(/No record in the database.*: 1:/);
      } finally {
        db.tamper.lookup.clear();
      }
    },
  );

  it.each([
    ['fail', undefined],
    ['warn', 'warning'],
  ] as const)(
    'names each module whose lookup failed while others succeeded (sumdb-unavailable=%s)',
    async (unavailable, severity) => {
      db.tamper.lookup.set('example.test/a@v1.0.0', 503);
      db.tamper.lookup.set('example.test/b@v1.2.0', 'hang');
      try {
        const report = await verify({ unavailable, latencyBudgetMs: 300 });
        expect(
          report.modules.filter((m) => m.status !== 'not-applicable').map((m) => [m.path, m.status]),
        ).toEqual([
          ['example.test/a', 'unchecked'],
          ['example.test/b', 'unchecked'],
          ['example.test/upstream', 'verified'],
          ['corp.example/secret', 'private'],
        ]);
        expect(report.findings).toEqual([
          expect.objectContaining({
            kind: 'infrastructure',
            ...(severity ? { severity } : {}),
            module: 'example.test/a',
            message: expect.stringMatching(
              /^example.test\/a@v1.0.0 not checked: its lookup failed while others succeeded: .*503/,
            ),
          }),
          expect.objectContaining({
            kind: 'infrastructure',
            ...(severity ? { severity } : {}),
            module: 'example.test/b',
            message: expect.stringMatching(/^example.test\/b@v1.2.0 not checked: .*no answer within 300 ms/),
          }),
        ]);
      } finally {
        db.tamper.lookup.clear();
      }
    },
  );

  it('renders module text escaped in the summary section', async () => {
    const report = await verify();
    const section = renderChecksumsSection(
      { ...report, privateModules: ['corp.example/<img src=x>@v1'] },
      escapeSummaryText,
    );
    expect(section).not.toContain('<img');
    expect(section).toContain('Skipped as private');
    // The tree is operator data: in the summary's collapsed block.
    expect(checksumOperatorLines(report, escapeSummaryText).join('\n')).toMatch(
      /Tree: 4 records, root <code>/,
    );
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
          /unavailable, 3 module\(s\) not checked \(.*\): .*supported: 502 Bad Gateway/,
        ),
      }),
    ]);
  });

  it('accepts a lazily resolved base that works', async () => {
    const report = await verify({ baseUrl: async () => db.url });
    expect(report.verified).toBe(3);
    expect(report.database).toEqual({ name: 'sum.test.example', url: db.url });
  });
  describe('with the proofs of an earlier run stored', () => {
    async function warmDir(): Promise<string> {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-verify-warm-'));
      dirs.push(dir);
      const cold = await verify({ stateDir: dir });
      expect(cold.verified).toBe(3);
      return dir;
    }

    it('proves every line from the stored records and refreshes the tree with one request', async () => {
      const dir = await warmDir();
      const before = db.requests.length;
      const report = await verify({ stateDir: dir });
      expect(db.requests.slice(before).map((r) => r.path)).toEqual(['/latest']);
      expect(report.requests).toMatchObject({ lookups: 0, lookupsFromDisk: 3, tiles: 0, sent: 1 });
      expect(report.modules.filter((m) => m.status === 'verified')).toHaveLength(3);
      expect(report.tree?.refreshed).toBe(true);
      expect(report.findings).toEqual([]);
    });

    it.each([
      ['answers 503', (d: TestSumdb) => (d.tamper.status = 503)],
      ['hangs', (d: TestSumdb) => (d.tamper.hang = true)],
    ])('passes with one warning, verified offline, when the database %s', async (_, breakIt) => {
      const dir = await warmDir();
      breakIt(db);
      try {
        const report = await verify({ stateDir: dir, latencyBudgetMs: 300 });
        expect(report.requests.lookups).toBe(0);
        expect(report.modules.filter((m) => m.status === 'verified-offline')).toHaveLength(3);
        expect([report.verified, report.verifiedOffline, report.unchecked]).toEqual([3, 3, []]);
        expect(report.tree).toMatchObject({ size: 4, refreshed: false });
        expect(report.findings).toEqual([
          expect.objectContaining({
            kind: 'infrastructure',
            severity: 'warning',
            message: expect.stringMatching(
              /could not be reached .*: 3 module\(s\) verified offline against tree 4 \(last confirmed 20\d\d-.*, not refreshed\)\. A fork .* cannot be detected until it is reachable again/,
            ),
          }),
        ]);
        expect(renderChecksumsSection(report, escapeSummaryText)).toContain('Verified offline');
      } finally {
        db.tamper.status = undefined;
        db.tamper.hang = false;
      }
    });

    it('still fails a go.sum line that differs from the stored record, offline', async () => {
      const dir = await warmDir();
      db.tamper.status = 503;
      try {
        const text = goSumText(ENTRIES).replace(
          `example.test/a v1.0.0 ${h(1)}`,
          `example.test/a v1.0.0 ${h(9)}`,
        );
        const report = await verify({ stateDir: dir, goSumText: text, unavailable: 'warn' });
        expect(report.modules.find((m) => m.path === 'example.test/a')?.status).toBe('mismatch');
        expect(report.findings.filter((f) => f.kind === 'security')).toHaveLength(1);
      } finally {
        db.tamper.status = undefined;
      }
    });

    it('follows sumdb-unavailable only for the lines without a stored proof', async () => {
      const dir = await warmDir();
      db.tamper.status = 503;
      try {
        const modules = [...MODULES, mod('example.test/new', 'v1.0.0')];
        const report = await verify({
          stateDir: dir,
          modules,
          goSumText: goSumText(ENTRIES, `example.test/new v1.0.0/go.mod ${h(77)}\n`),
        });
        expect(report.unchecked).toEqual(['example.test/new@v1.0.0']);
        expect(report.verifiedOffline).toBe(3);
        expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([
          ['infrastructure', undefined],
          ['infrastructure', 'warning'],
        ]);
        expect(report.findings[0].message).toMatch(/1 module\(s\) not checked \(example.test\/new@v1.0.0\)/);
      } finally {
        db.tamper.status = undefined;
      }
    });

    it('stops with one security finding and asks nothing when the remembered tree note was forged', async () => {
      const dir = await warmDir();
      const file = path.join(dir, 'latest');
      const note = await fs.readFile(file, 'utf8');
      // Same signature, another tree: what an attacker hiding a fork would write.
      const forged = note.replace(/\n4\n[^\n]+\n/, `\n4\n${Buffer.alloc(32, 7).toString('base64')}\n`);
      expect(forged).not.toBe(note);
      await fs.writeFile(file, forged);
      const before = db.requests.length;
      const report = await verify({ stateDir: dir, unavailable: 'warn' });
      expect(db.requests.length).toBe(before);
      expect(report.findings).toEqual([
        {
          kind: 'security',
          area: 'checksum',
          message: expect.stringMatching(/reading tree note .*latest: .*invalid signature/),
        },
      ]);
      expect(report.verified).toBe(0);
      expect(report.unchecked).toHaveLength(3);
      expect(await fs.readFile(file, 'utf8')).toBe(forged);
    });
  });
});
