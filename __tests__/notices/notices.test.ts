import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { spawnGo } from '../../src/go/go-command.js';
import { MemoryLogger } from '../../src/logger.js';
import { writeArtifacts } from '../../src/sbom/write-artifacts.js';
import { escapeMarkdown } from '../../src/notices/render-notices.js';
import {
  fixtureModule,
  goModFile,
  licenseText,
  mainSource,
  type FixtureGraph,
  type FixtureModule,
} from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/** Markdown headings, not counting lines inside fenced blocks (a fence closes with as many backticks). */
function headingsOutsideFences(md: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const ticks = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && ticks) fence = ticks;
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined && line.startsWith('#')) headings.push(line);
  }
  return headings;
}

function withFiles(m: FixtureModule, files: Record<string, string>): FixtureModule {
  return { ...m, files: { ...m.files, ...files } };
}

/**
 * Two Apache-2.0 modules with the same license text and different NOTICE files, two MIT modules
 * with the identical text and one MIT with another holder, and a NOTICE full of Markdown.
 */
function noticesGraph(): FixtureGraph {
  const modules = [
    withFiles(fixtureModule({ path: 'example.test/apache/one', version: 'v1.0.0', license: 'Apache-2.0' }), {
      NOTICE: 'Apache One\nCopyright 2024 The One Authors\n',
    }),
    withFiles(fixtureModule({ path: 'example.test/apache/two', version: 'v1.2.0', license: 'Apache-2.0' }), {
      'NOTICE.txt':
        'Apache Two\r\nThis product includes software developed at Two (https://two.example/).\r\n',
    }),
    fixtureModule({ path: 'example.test/mit/a', version: 'v0.1.0', license: 'MIT' }),
    fixtureModule({ path: 'example.test/mit/b', version: 'v0.2.0', license: 'MIT' }),
    withFiles(fixtureModule({ path: 'example.test/mit/c', version: 'v0.3.0' }), {
      LICENSE: licenseText('MIT', 'Other *Holder* <c@example.test>'),
      NOTICE: '# Not a heading\n```\nfenced `code` inside\n```\n<script>alert(1)</script>\n',
    }),
    fixtureModule({ path: 'example.test/nolicense', version: 'v1.0.0' }),
  ];
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/noticed',
      goMod: goModFile('example.test/noticed', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

describe('the third-party notices file', () => {
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let tidy: GoSandbox;
  let sandbox: GoSandbox;
  let project: string;

  beforeAll(async () => {
    const graph = noticesGraph();
    proxy = await startFixtureProxy(graph.modules);
    sumdb = await startTestSumdb(graph.modules.map(entryForModule));
    tidy = await createGoSandbox();
    project = await createFixtureProject(tidy, graph, proxy.url);
    sandbox = await createGoSandbox();
  });

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    await tidy?.cleanup();
    await sandbox?.cleanup();
  });

  const notices = async (file: string, beforeWriting?: () => Promise<void>) => {
    const { config, report } = await runPipelineIn(sandbox, project, {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'notices-file': file,
      'unknown-license': 'warn',
    });
    await beforeWriting?.();
    await writeArtifacts(config, report, {
      runGo: spawnGo,
      env: sandbox.env,
      goModCache: sandbox.env.GOMODCACHE as string,
      logger: new MemoryLogger(),
      now: Date.now,
    });
    return fs.readFile(file, 'utf8');
  };

  it('prints each identical license text once, with every module carrying it, and every NOTICE file', async () => {
    const md = await notices(path.join(sandbox.root, 'out', 'THIRD_PARTY.md'));
    // Apache-2.0 once for both modules; the two MIT texts with the same holder once; the other MIT apart.
    expect(md.split(licenseText('Apache-2.0').trim()).length - 1).toBe(1);
    expect(md.split(licenseText('MIT').trim()).length - 1).toBe(1);
    expect(md).toContain('Other *Holder* <c@example.test>');
    const headings = headingsOutsideFences(md);
    expect(headings).toEqual([
      '# Third-party notices',
      '## License texts',
      '### 1. Apache-2.0',
      '### 2. MIT',
      '### 3. MIT',
      '## NOTICE files',
      '### 1. NOTICE',
      '### 2. NOTICE',
      '### 3. NOTICE',
      '## Modules without a license file',
    ]);
    const apache = md.slice(md.indexOf('### 1. Apache-2.0'), md.indexOf('### 2. MIT'));
    expect(apache).toContain(
      '- `example.test/apache/one v1.0.0`, `LICENSE`\n- `example.test/apache/two v1.2.0`, `LICENSE`\n',
    );
    const mit = md.slice(md.indexOf('### 2. MIT'), md.indexOf('### 3. MIT'));
    expect(mit).toContain(
      '- `example.test/mit/a v0.1.0`, `LICENSE`\n- `example.test/mit/b v0.2.0`, `LICENSE`\n',
    );
    // NOTICE.txt with CRLF line ends is passed on, normalized.
    expect(md).toContain(
      'Apache Two\nThis product includes software developed at Two (https://two.example/).',
    );
    expect(md).toContain('`example.test/nolicense v1.0.0`');
    expect(md).not.toContain('*(not proven)*');
    expect(md).not.toContain('## Not proven');
  });

  it('keeps Markdown in a text from escaping its fence', async () => {
    const md = await notices(path.join(sandbox.root, 'out', 'NOTICES.md'));
    const start = md.indexOf('````text\n# Not a heading');
    expect(start).toBeGreaterThan(0);
    expect(md.indexOf('\n````\n', start)).toBeGreaterThan(md.indexOf('<script>', start));
    expect(escapeMarkdown('a_b *c* <d> [e](f) # g')).toBe('a\\_b \\*c\\* \\<d\\> \\[e\\]\\(f\\) \\# g');
  });

  it('is the same file, byte for byte, on a second run', async () => {
    const first = await notices(path.join(sandbox.root, 'out', 'a.md'));
    const second = await notices(path.join(sandbox.root, 'out', 'b.md'));
    expect(second).toBe(first);
  });

  it('writes plain text for any other extension', async () => {
    const text = await notices(path.join(sandbox.root, 'out', 'NOTICES.txt'));
    expect(text.startsWith('THIRD-PARTY NOTICES\n')).toBe(true);
    expect(text).toContain(
      'License: Apache-2.0\nCarried by:\n  example.test/apache/one v1.0.0 (LICENSE)\n  example.test/apache/two v1.2.0 (LICENSE)\n',
    );
    expect(text).not.toContain('```text');
  });

  it('marks texts not proven when the cached zip no longer hashes to the checked h1', async () => {
    const zip = path.join(
      sandbox.env.GOMODCACHE as string,
      'cache',
      'download',
      'example.test',
      'mit',
      'a',
      '@v',
      'v0.1.0.zip',
    );
    const original = await fs.readFile(zip);
    try {
      const md = await notices(path.join(sandbox.root, 'out', 'tampered.md'), async () => {
        await fs.chmod(zip, 0o644);
        await fs.writeFile(zip, Buffer.concat([original, Buffer.from('trailing bytes')]));
      });
      expect(md).toContain('- `example.test/mit/a v0.1.0`, `LICENSE` *(not proven)*');
      expect(md).toMatch(
        /## Not proven\n\n- `example.test\/mit\/a v0.1.0`: the zip in the module cache (hashes to|is not readable)/,
      );
    } finally {
      await fs.writeFile(zip, original);
    }
  });
});
