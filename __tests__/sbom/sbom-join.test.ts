import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  fixtureModule,
  goModFile,
  goSource,
  licenseText,
  mainSource,
  type FixtureGraph,
  type FixtureModule,
} from '../../test-support/fixture-modules.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// Issue #24 §7, through the built CLI (a copy of dist/, as bundles.test.ts runs it): an SBOM
// other tools can join on. Mixed-case module paths and a +incompatible version; a module that is
// in the module graph but compiled into nothing; a proxy URL with userinfo; a tagged git tree.

interface CdxComponent {
  name: string;
  version?: string;
  purl?: string;
  scope?: string;
  properties?: { name: string; value: string }[];
}
interface SpdxPackage {
  name: string;
  versionInfo?: string;
  downloadLocation: string;
  externalRefs: { referenceLocator: string }[];
  annotations?: { comment: string }[];
}

/** toml's go.mod requires example.test/tool, but no package of toml imports it. */
function joinGraph(): FixtureGraph {
  const tool = fixtureModule({ path: 'example.test/tool', version: 'v1.0.0', license: 'MIT' });
  const toml: FixtureModule = {
    path: 'github.com/BurntSushi/toml',
    version: 'v1.3.2',
    files: {
      'go.mod': goModFile('github.com/BurntSushi/toml', { 'example.test/tool': 'v1.0.0' }),
      'toml.go': goSource('github.com/BurntSushi/toml'),
      LICENSE: licenseText('MIT'),
    },
  };
  const semver = fixtureModule({
    path: 'github.com/Masterminds/semver/v3',
    version: 'v3.2.1',
    license: 'MIT',
  });
  // A v2+ version of a module without go.mod: go spells it +incompatible.
  const old: FixtureModule = {
    path: 'github.com/Old/lib',
    version: 'v2.0.0+incompatible',
    files: { 'lib.go': goSource('github.com/Old/lib'), LICENSE: licenseText('MIT') },
  };
  const direct = {
    'github.com/BurntSushi/toml': 'v1.3.2',
    'github.com/Masterminds/semver/v3': 'v3.2.1',
    'github.com/Old/lib': 'v2.0.0+incompatible',
  };
  return {
    modules: [tool, toml, semver, old],
    main: {
      path: 'example.test/joinapp',
      goMod: goModFile('example.test/joinapp', direct),
      files: { 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

describe('the SBOM of the built CLI, joined with other tools', () => {
  let world: FixtureWorld;
  let distCopy = '';
  let cdx: {
    metadata: { component: CdxComponent; tools: { components: CdxComponent[] } };
    components: CdxComponent[];
  };
  let spdx: { packages: SpdxPackage[]; creationInfo: { creators: string[] } };
  let spdxText = '';
  let cdxText = '';
  let proxyWithUser = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    world = await startFixtureWorld(joinGraph());
    // A tagged git tree: the main component's version comes from it.
    const git = (args: string[]) =>
      run('git', args, {
        cwd: world.project,
        env: {
          PATH: process.env.PATH,
          HOME: world.project,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.test',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.test',
        },
      });
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-qm', 'app'],
      ['tag', 'v1.4.0'],
    ])
      expect((await git(args)).code).toBe(0);
    const sandbox = await world.freshSandbox();
    const url = new URL(world.proxy.url);
    url.username = 'ci-user';
    url.password = 'sekret-token-123';
    proxyWithUser = url.href.replace(/\/$/, '');
    const out = path.join(sandbox.root, 'out');
    const result = await run(
      'node',
      [
        path.join(distCopy, 'cli', 'index.js'),
        'check',
        world.project,
        '--proxy',
        proxyWithUser,
        '--sumdb',
        world.sumdb.gosumdb,
        '--license-allow',
        'MIT',
        '--sbom',
        'cyclonedx, spdx',
        '--sbom-file',
        `${out}/bom.json`,
      ],
      { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root, HOME: world.project } },
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    const files = await fs.readdir(out);
    const cdxFile = files.find((f) => /cdx|cyclonedx/i.test(f)) ?? 'bom.cdx.json';
    const spdxFile = files.find((f) => /spdx/i.test(f)) ?? 'bom.spdx.json';
    cdxText = await fs.readFile(path.join(out, cdxFile), 'utf8');
    spdxText = await fs.readFile(path.join(out, spdxFile), 'utf8');
    cdx = JSON.parse(cdxText);
    spdx = JSON.parse(spdxText);
  }, 240_000);

  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  it('keeps the module path case in purls and encodes +incompatible', () => {
    const purls = new Map(cdx.components.map((c) => [c.name, c.purl]));
    expect(purls.get('github.com/BurntSushi/toml')).toBe('pkg:golang/github.com/BurntSushi/toml@v1.3.2');
    expect(purls.get('github.com/Masterminds/semver/v3')).toBe(
      'pkg:golang/github.com/Masterminds/semver/v3@v3.2.1',
    );
    expect(purls.get('github.com/Old/lib')).toBe('pkg:golang/github.com/Old/lib@v2.0.0%2Bincompatible');
    const spdxPurls = spdx.packages.map((p) => p.externalRefs[0].referenceLocator);
    expect(spdxPurls).toContain('pkg:golang/github.com/BurntSushi/toml@v1.3.2');
  });

  it('marks the module that is in the graph but not compiled in: CycloneDX scope excluded, an SPDX annotation', () => {
    const tool = cdx.components.find((c) => c.name === 'example.test/tool');
    expect(tool?.scope).toBe('excluded');
    const toml = cdx.components.find((c) => c.name === 'github.com/BurntSushi/toml');
    expect(toml?.scope).not.toBe('excluded');
    const toolPkg = spdx.packages.find((p) => p.name === 'example.test/tool');
    expect(toolPkg?.annotations?.map((a) => a.comment)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^go-module-warden:scope=excluded: not compiled in/)]),
    );
    const tomlPkg = spdx.packages.find((p) => p.name === 'github.com/BurntSushi/toml');
    expect(tomlPkg?.annotations?.map((a) => a.comment).join('\n')).not.toMatch(/scope=excluded/);
  });

  it("gives SPDX downloadLocation as the proxy's zip URL, without the URL's userinfo", () => {
    const base = new URL(world.proxy.url);
    const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
    const location = (name: string) => spdx.packages.find((p) => p.name === name)?.downloadLocation;
    expect(location('github.com/BurntSushi/toml')).toBe(`${root}/github.com/!burnt!sushi/toml/@v/v1.3.2.zip`);
    expect(location('github.com/Old/lib')).toBe(`${root}/github.com/!old/lib/@v/v2.0.0+incompatible.zip`);
    expect(location('example.test/joinapp')).toBe('NOASSERTION');
    expect(spdxText + cdxText).not.toContain('sekret-token-123');
    expect(spdxText + cdxText).not.toContain('ci-user');
  });

  it("states the tool's version and the main component's version from git", () => {
    const tool = cdx.metadata.tools.components[0];
    expect(tool.name).toBe('go-module-warden');
    expect(tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(spdx.creationInfo.creators).toContain(`Tool: go-module-warden-${tool.version}`);
    const main = cdx.metadata.component;
    expect(main.version).toBe('v1.4.0');
    expect(main.purl).toBe('pkg:golang/example.test/joinapp@v1.4.0');
    expect(main.properties?.find((p) => p.name === 'go-module-warden:vcs.revision')?.value).toMatch(
      /^[0-9a-f]{40}$/,
    );
    expect(spdx.packages.find((p) => p.name === 'example.test/joinapp')?.versionInfo).toBe('v1.4.0');
  });
});
