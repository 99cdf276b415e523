import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Validation } from '@cyclonedx/cyclonedx-library';
import { goPurl } from '../../src/sbom/purl.js';
import { parseModuleGraph, selectedDependencies } from '../../src/sbom/module-graph.js';
import { verificationOf } from '../../src/sbom/verification.js';
import { cycloneDxJson } from '../../src/sbom/cyclonedx.js';
import { spdxDocument } from '../../src/sbom/spdx.js';
import type { SbomFacts } from '../../src/sbom/sbom-facts.js';

const require = createRequire(import.meta.url);

describe('goPurl', () => {
  it.each([
    ['github.com/gorilla/mux', 'v1.8.0', 'pkg:golang/github.com/gorilla/mux@v1.8.0'],
    // The module path's case is kept (as OSV, cyclonedx-gomod and syft spell it); `+` is encoded.
    [
      'github.com/Azure/go-autorest',
      'v14.2.0+incompatible',
      'pkg:golang/github.com/Azure/go-autorest@v14.2.0%2Bincompatible',
    ],
    ['github.com/BurntSushi/toml', 'v1.3.2', 'pkg:golang/github.com/BurntSushi/toml@v1.3.2'],
    ['github.com/Masterminds/semver/v3', 'v3.2.1', 'pkg:golang/github.com/Masterminds/semver/v3@v3.2.1'],
    ['example.test/gamma/v2', 'v2.1.0', 'pkg:golang/example.test/gamma/v2@v2.1.0'],
    [
      'example.test/x',
      'v0.0.0-20240102030405-abcdefABCDEF',
      'pkg:golang/example.test/x@v0.0.0-20240102030405-abcdefABCDEF',
    ],
    ['example.test/tilde~_.-', 'v1.0.0+meta.1', 'pkg:golang/example.test/tilde~_.-@v1.0.0%2Bmeta.1'],
    ['example.test/app', '', 'pkg:golang/example.test/app'],
  ])('%s@%s is %s', (p, v, purl) => {
    expect(goPurl(p, v)).toBe(purl);
  });
});

describe('verificationOf', () => {
  it.each([
    ['verified', true],
    ['verified-offline', true],
    ['mismatch', false],
    ['missing-from-go-sum', false],
    ['private', false],
    ['unchecked', false],
    ['not-applicable', false],
    ['no-record', false],
    ['a-status-from-a-later-release', false],
    [undefined, false],
  ])('counts %s as verified: %s', (status, verified) => {
    const v = verificationOf(status, 'sum.golang.org');
    expect(v.verified).toBe(verified);
    expect(v.text.startsWith('not verified')).toBe(!verified);
  });
});

describe('the dependency graph', () => {
  it('keeps edges between selected versions only', () => {
    const graph = parseModuleGraph(
      [
        'example.test/app example.test/a@v1.1.0',
        'example.test/app go@1.22',
        'example.test/app toolchain@go1.22.1',
        'example.test/a@v1.1.0 example.test/b@v1.0.0',
        'example.test/a@v1.0.0 example.test/c@v1.0.0', // a v1.0.0 is not selected
        'example.test/b@v1.0.0 example.test/a@v1.0.0', // points at an older a: the selected a counts
      ].join('\n'),
    );
    const modules = [
      { path: 'example.test/app', version: '', main: true },
      { path: 'example.test/a', version: 'v1.1.0', main: false },
      { path: 'example.test/b', version: 'v1.2.0', main: false },
    ];
    expect(Object.fromEntries(selectedDependencies(graph, modules))).toEqual({
      'example.test/app': ['example.test/a@v1.1.0'],
      'example.test/a@v1.1.0': ['example.test/b@v1.2.0'],
      'example.test/b@v1.2.0': [],
    });
  });
});

const facts: SbomFacts = {
  project: {
    dir: '/p',
    goVersion: 'go1.26',
    mode: 'module',
    vendor: false,
    mainModules: ['example.test/app'],
  },
  tool: { name: 'go-module-warden', version: '0.1.0' },
  createdAt: '2026-01-02T03:04:05.000Z',
  modules: [
    {
      ref: 'example.test/app',
      path: 'example.test/app',
      version: '',
      main: true,
      indirect: false,
      purl: 'pkg:golang/example.test/app',
      route: 'local',
      verification: verificationOf('not-applicable', undefined),
      dependsOn: ['example.test/x@v1.0.0+incompatible'],
    },
    {
      ref: 'example.test/x@v1.0.0+incompatible',
      path: 'example.test/x',
      version: 'v1.0.0+incompatible',
      main: false,
      indirect: false,
      purl: goPurl('example.test/x', 'v1.0.0+incompatible'),
      route: 'direct',
      verification: verificationOf('no-record', 'sum.golang.org'),
      zipH1: 'h1:AAAA',
      licenseConcluded: 'LicenseRef-unknown',
      licenseDeclared: 'LicenseRef-unknown',
      dependsOn: [],
    },
  ],
};

describe('the schemas the tests validate against', () => {
  it('accept our documents for a module the database has no record of, and refuse broken ones', async () => {
    const validator = new Validation.JsonStrictValidator('1.6' as never);
    const cdx = cycloneDxJson(facts, 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79');
    await expect(validator.validate(cdx)).resolves.toBeNull();
    const broken = JSON.parse(cdx) as { components: Record<string, unknown>[] };
    broken.components[0].checksum = 'verified';
    await expect(validator.validate(JSON.stringify(broken))).resolves.not.toBeNull();

    const Ajv = require('ajv') as typeof import('ajv').default;
    const schema = JSON.parse(
      await fs.readFile(path.join('__fixtures__', 'schemas', 'spdx-2.3', 'spdx-schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const doc = spdxDocument(facts, '00000000-0000-4000-8000-000000000000');
    expect(validate(doc)).toBe(true);
    expect(doc.hasExtractedLicensingInfos?.map((l) => l.licenseId)).toEqual(['LicenseRef-unknown']);
    expect(doc.packages[1].comment).toContain('not verified: no-record');
    expect(validate({ ...doc, relationships: [{ ...doc.relationships[0], relationshipType: 'USES' }] })).toBe(
      false,
    );
  });
});
