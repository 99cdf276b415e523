import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectNotices, isNoticeFileName } from '../../src/notices/collect-notices.js';
import type { Report } from '../../src/report/model.js';
import type { ModuleLicense } from '../../src/licenses/license-report.js';
import { licenseText } from '../../test-support/fixture-modules.js';

let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-notices-'));
  for (const [dir, files] of Object.entries({
    imported: { LICENSE: licenseText('MIT'), NOTICE: 'imported notice\n', 'docs/LICENSE': 'docs only' },
    graphonly: { LICENSE: licenseText('ISC') },
  })) {
    for (const [name, text] of Object.entries(files)) {
      await fs.mkdir(path.join(root, dir, path.dirname(name)), { recursive: true });
      await fs.writeFile(path.join(root, dir, name), text);
    }
  }
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const license = (p: string, rule: string): ModuleLicense =>
  ({
    path: p,
    version: 'v0.0.0',
    main: false,
    detected: 'MIT',
    expression: 'MIT',
    verdict: 'not-gated',
    rule,
    confidence: 1,
    files: [
      {
        path: 'docs/LICENSE',
        dir: 'docs',
        appliesToCode: false,
        expression: undefined,
        matches: [],
        unknown: [],
        declared: [],
      },
    ],
  }) as ModuleLicense;

function report(): Report {
  const mod = (name: string) => ({
    path: `example.test/${name}`,
    version: 'v0.0.0',
    main: false,
    indirect: false,
    dir: path.join(root, name),
    goMod: undefined,
    replace: { kind: 'local' as const, dir: `./${name}` },
    error: undefined,
  });
  return {
    modules: [mod('imported'), mod('graphonly')],
    licenses: {
      gating: false,
      threshold: 0.9,
      findings: [],
      counts: [],
      modules: [
        license('example.test/imported', 'not gated'),
        license('example.test/graphonly', 'provides no imported package (license-scope: imports)'),
      ],
    },
  } as unknown as Report;
}

describe('collectNotices', () => {
  it('takes only modules that provide imported packages under license-scope: imports', async () => {
    const all = await collectNotices(report(), { goModCache: root, scope: 'build-list' });
    expect(all.map((m) => m.path)).toEqual(['example.test/graphonly', 'example.test/imported']);
    const imports = await collectNotices(report(), { goModCache: root, scope: 'imports' });
    expect(imports.map((m) => m.path)).toEqual(['example.test/imported']);
  });

  it('reads a local replacement from its directory, marked not proven, and skips a license that covers no code', async () => {
    const [m] = await collectNotices(report(), { goModCache: root, scope: 'imports' });
    expect(m.proven).toBe(false);
    expect(m.note).toMatch(/local directory/);
    expect(m.texts.map((t) => `${t.kind} ${t.file}`)).toEqual(['license LICENSE', 'notice NOTICE']);
  });

  it.each([
    ['NOTICE', true],
    ['notice.txt', true],
    ['NOTICE.md', true],
    ['NOTICES', false],
    ['NOTICE.go', false],
  ])('treats %s as a NOTICE file: %s', (name, expected) => {
    expect(isNoticeFileName(name)).toBe(expected);
  });
});
