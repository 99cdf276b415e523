import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Validation } from '@cyclonedx/cyclonedx-library';
import { spawnGo } from '../../src/go/go-command.js';
import { MemoryLogger } from '../../src/logger.js';
import { writeArtifacts } from '../../src/sbom/write-artifacts.js';
import type { Config } from '../../src/config/config.js';
import type { Report } from '../../src/report/model.js';
import { moduleZipEntries, type FixtureModule } from '../../test-support/fixture-modules.js';
import { createZip } from '../../test-support/zip-writer.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';

const require = createRequire(import.meta.url);
const NOW = Date.parse('2026-01-02T03:04:05.678Z');
// delta is fetched through the proxy but never looked up: its checksum status is 'private'.
const ENV = { GONOSUMDB: 'example.test/delta' };

interface CdxComponent {
  'bom-ref': string;
  name: string;
  version?: string;
  purl: string;
  hashes?: { alg: string; content: string }[];
  licenses?: { expression: string; acknowledgement: string }[];
  evidence?: { licenses: { expression: string; acknowledgement: string }[] };
  properties?: { name: string; value: string }[];
}
interface CdxBom {
  specVersion: string;
  metadata: { component: CdxComponent; timestamp: string };
  components: CdxComponent[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

async function validateSpdx(doc: unknown): Promise<unknown[] | null> {
  const Ajv = require('ajv') as typeof import('ajv').default;
  const schema = JSON.parse(
    await fs.readFile(path.join('__fixtures__', 'schemas', 'spdx-2.3', 'spdx-schema.json'), 'utf8'),
  ) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validate(doc) ? null : (validate.errors ?? []);
}

const prop = (c: CdxComponent, name: string) => c.properties?.find((p) => p.name === name)?.value;

describe('the SBOM of a fixture project', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let config: Config;
  let report: Report;
  let out: string;
  const write = () =>
    writeArtifacts(config, report, {
      runGo: spawnGo,
      env: { ...sandbox.env, ...ENV },
      goModCache: sandbox.env.GOMODCACHE as string,
      logger: new MemoryLogger(),
      now: () => NOW,
    });

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    out = path.join(sandbox.root, 'out');
    ({ config, report } = await runPipelineIn(
      sandbox,
      world.project,
      {
        proxy: world.proxy.url,
        sumdb: world.sumdb.gosumdb,
        sbom: 'cyclonedx, spdx',
        'sbom-file': `${out}/bom.json`,
      },
      ENV,
    ));
  });

  afterAll(async () => {
    await world?.close();
  });

  const zipSha256 = async (p: string, v: string) =>
    createHash('sha256')
      .update(
        await fs.readFile(
          path.join(sandbox.env.GOMODCACHE as string, 'cache', 'download', p, '@v', `${v}.zip`),
        ),
      )
      .digest('hex');

  it('writes a CycloneDX 1.6 document that the official schema accepts, with every module, purl, hash, license and edge', async () => {
    expect(report.modules.find((m) => m.path === 'example.test/delta')?.checksum).toBe('private');
    const written = await write();
    expect(written).toEqual({ cyclonedx: `${out}/bom.cdx.json`, spdx: `${out}/bom.spdx.json` });
    const text = await fs.readFile(`${out}/bom.cdx.json`, 'utf8');
    const validator = new Validation.JsonStrictValidator('1.6' as never);
    await expect(validator.validate(text)).resolves.toBeNull();

    const bom = JSON.parse(text) as CdxBom;
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.timestamp).toBe('2026-01-02T03:04:05.678Z');
    expect(bom.metadata.component).toMatchObject({
      name: 'example.test/app',
      purl: 'pkg:golang/example.test/app',
    });
    const byName = new Map(bom.components.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(
      [
        'example.test/Upper',
        'example.test/alpha',
        'example.test/beta',
        'example.test/delta',
        'example.test/gamma/v2',
        'example.test/local',
      ].sort(),
    );
    const upper = byName.get('example.test/Upper') as CdxComponent;
    expect(upper.purl).toBe('pkg:golang/example.test/Upper@v1.2.0');
    expect(byName.get('example.test/gamma/v2')?.purl).toBe('pkg:golang/example.test/gamma/v2@v2.1.0');
    expect(upper.hashes).toEqual([
      { alg: 'SHA-256', content: await zipSha256('example.test/!upper', 'v1.2.0') },
    ]);
    const goSum = await fs.readFile(path.join(world.project, 'go.sum'), 'utf8');
    expect(goSum).toContain(`example.test/Upper v1.2.0 ${prop(upper, 'go-module-warden:go-sum:h1')}\n`);

    const alpha = byName.get('example.test/alpha') as CdxComponent;
    expect(alpha.licenses).toEqual([{ expression: 'MIT', acknowledgement: 'concluded' }]);
    expect(alpha.evidence?.licenses).toEqual([{ expression: 'MIT', acknowledgement: 'declared' }]);
    expect(byName.get('example.test/delta')?.licenses).toEqual([
      { expression: 'BSD-3-Clause', acknowledgement: 'concluded' },
    ]);
    expect(prop(alpha, 'go-module-warden:verified')).toBe('true');
    expect(prop(alpha, 'go-module-warden:verification')).toMatch(/^verified against /);
    expect(prop(alpha, 'go-module-warden:route')).toBe(new URL(world.proxy.url).host);

    const deps = new Map(bom.dependencies.map((d) => [d.ref, [...(d.dependsOn ?? [])].sort()]));
    // go.mod lists indirect requirements too (go 1.17+ module graph pruning), so go mod graph does.
    expect(deps.get('example.test/app')).toEqual(
      [
        'example.test/Upper@v1.2.0',
        'example.test/alpha@v1.0.0',
        'example.test/beta@v1.1.0',
        'example.test/delta@v0.3.0',
        'example.test/gamma/v2@v2.1.0',
        'example.test/local@v0.0.0',
      ].sort(),
    );
    expect(deps.get('example.test/beta@v1.1.0')).toEqual([]);
    expect(deps.get('example.test/alpha@v1.0.0')).toEqual(['example.test/beta@v1.1.0']);
    expect(deps.get('example.test/gamma/v2@v2.1.0')).toEqual(['example.test/delta@v0.3.0']);
  });

  it('never presents a module whose check was skipped, or a local directory, as verified', async () => {
    await write();
    const bom = JSON.parse(await fs.readFile(`${out}/bom.cdx.json`, 'utf8')) as CdxBom;
    const delta = bom.components.find((c) => c.name === 'example.test/delta') as CdxComponent;
    expect(prop(delta, 'go-module-warden:verified')).toBe('false');
    expect(prop(delta, 'go-module-warden:verification')).toBe('not verified: private');
    const local = bom.components.find((c) => c.name === 'example.test/local') as CdxComponent;
    expect(prop(local, 'go-module-warden:verified')).toBe('false');
    expect(prop(local, 'go-module-warden:route')).toBe('local');
    expect(local.hashes ?? []).toEqual([]);

    const spdx = JSON.parse(await fs.readFile(`${out}/bom.spdx.json`, 'utf8')) as {
      packages: { name: string; comment?: string; annotations?: { comment: string }[] }[];
    };
    const pkg = spdx.packages.find((p) => p.name === 'example.test/delta');
    expect(pkg?.comment).toContain('go-module-warden:verification=not verified: private');
    expect(pkg?.annotations?.map((a) => a.comment)).toContain(
      'go-module-warden:verification=not verified: private',
    );
  });

  it('writes an SPDX 2.3 document that the official schema accepts, with the same facts', async () => {
    await write();
    const doc = JSON.parse(await fs.readFile(`${out}/bom.spdx.json`, 'utf8')) as {
      spdxVersion: string;
      documentDescribes: string[];
      packages: {
        SPDXID: string;
        name: string;
        versionInfo?: string;
        licenseConcluded: string;
        licenseDeclared: string;
        checksums?: { algorithm: string; checksumValue: string }[];
        externalRefs: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
      }[];
      relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
    };
    await expect(validateSpdx(doc)).resolves.toBeNull();
    expect(doc.spdxVersion).toBe('SPDX-2.3');
    const byName = new Map(doc.packages.map((p) => [p.name, p]));
    expect(byName.size).toBe(7);
    const beta = byName.get('example.test/beta');
    expect(beta).toMatchObject({
      versionInfo: 'v1.1.0',
      licenseConcluded: 'Apache-2.0',
      licenseDeclared: 'Apache-2.0',
      checksums: [{ algorithm: 'SHA256', checksumValue: await zipSha256('example.test/beta', 'v1.1.0') }],
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:golang/example.test/beta@v1.1.0',
        },
      ],
    });
    for (const p of doc.packages) expect(p.SPDXID).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    const id = (name: string) => byName.get(name)?.SPDXID;
    expect(doc.documentDescribes).toEqual([id('example.test/app')]);
    expect(doc.relationships).toContainEqual({
      spdxElementId: id('example.test/gamma/v2'),
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: id('example.test/delta'),
    });
    expect(doc.relationships.filter((r) => r.relationshipType === 'DEPENDS_ON')).toHaveLength(8);
  });

  it('leaves out the SHA-256 of a zip that no longer hashes to the verified h1, and says why', async () => {
    const zip = path.join(
      sandbox.env.GOMODCACHE as string,
      'cache',
      'download',
      'example.test',
      'beta',
      '@v',
      'v1.1.0.zip',
    );
    const original = await fs.readFile(zip);
    await fs.chmod(zip, 0o644);
    const beta = world.graph.modules.find((m) => m.path === 'example.test/beta') as FixtureModule;
    // Same names, one file's bytes altered: a cache poisoned after go verified it.
    await fs.writeFile(
      zip,
      createZip(moduleZipEntries(beta, (name, text) => (name === 'LICENSE' ? `${text}\nextra` : text))),
    );
    try {
      await write();
      const bom = JSON.parse(await fs.readFile(`${out}/bom.cdx.json`, 'utf8')) as CdxBom;
      const beta = bom.components.find((c) => c.name === 'example.test/beta') as CdxComponent;
      expect(beta.hashes ?? []).toEqual([]);
      expect(prop(beta, 'go-module-warden:zip-sha256:absent')).toMatch(
        /^the zip in the module cache hashes to h1:.*, not h1:/,
      );
    } finally {
      await fs.writeFile(zip, original);
    }
  });
});
