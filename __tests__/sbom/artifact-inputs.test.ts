import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import type { RunnerFacts } from '../../src/config/runner-facts.js';

const context: RunnerFacts = { onGitHub: false, tempDir: '/tmp/rt', homeDir: '/home/u' };

describe('the sbom, notices, compare-to and gate inputs', () => {
  it('write nothing and gate everything by default', () => {
    const { artifacts } = parseConfig({}, context);
    expect(artifacts).toEqual({ sbomFiles: {}, noticesFile: undefined, compareTo: undefined, gate: 'all' });
  });

  it('put the SBOM next to the JSON report unless sbom-file names it', () => {
    expect(parseConfig({ sbom: 'CycloneDX' }, context).artifacts.sbomFiles).toEqual({
      cyclonedx: '/tmp/rt/go-module-warden/sbom.cdx.json',
    });
    expect(parseConfig({ sbom: 'spdx', 'sbom-file': 'out/bom.json' }, context).artifacts.sbomFiles).toEqual({
      spdx: path.resolve('out/bom.json'),
    });
  });

  it('name one file per format when both are asked for', () => {
    expect(
      parseConfig({ sbom: 'cyclonedx, spdx', 'sbom-file': '/o/bom.json' }, context).artifacts.sbomFiles,
    ).toEqual({ cyclonedx: '/o/bom.cdx.json', spdx: '/o/bom.spdx.json' });
  });

  it.each([
    [{ sbom: 'syft' }, /Input 'sbom': 'syft' is not an SBOM format/],
    [{ sbom: 'spdx,spdx' }, /listed twice/],
    [{ gate: 'new' }, /Input 'gate'/],
    [{ 'sbom-file': 'bom.json' }, /Input 'sbom-file': is set to 'bom.json', but sbom is `none`/],
  ])('refuse %j', (raw, message) => {
    expect(() => parseConfig(raw, context)).toThrow(message);
  });
});
