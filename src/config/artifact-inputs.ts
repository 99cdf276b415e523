import path from 'node:path';
import { ConfigError } from '../errors.js';
import { parseEnum, parseList } from './scalars.js';

export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

/** The SBOM, notices and pull-request diff inputs, parsed. */
export interface ArtifactConfig {
  /** Where each requested SBOM format is written; empty when `sbom: none`. */
  readonly sbomFiles: { readonly [F in SbomFormat]?: string };
  readonly noticesFile: string | undefined;
  /** The OpenMetrics file (`metrics-file`); undefined: none is written. */
  readonly metricsFile?: string;
  /** A git ref or a go.sum path; undefined: the pull request's base, if there is one. */
  readonly compareTo: string | undefined;
  readonly gate: 'all' | 'changed';
}

/**
 * `sbom: cyclonedx, spdx` with `sbom-file: out/bom.json` writes out/bom.cdx.json and
 * out/bom.spdx.json; one format writes sbom-file as named. The default sits next to the report.
 */
export function parseArtifactInputs(get: (name: string) => string, reportFile: string): ArtifactConfig {
  const formats = parseSbomFormats(get('sbom'));
  const named = get('sbom-file').trim();
  const fileFor = (format: SbomFormat): string => {
    const ext = format === 'cyclonedx' ? '.cdx' : '.spdx';
    if (named === '') return path.join(path.dirname(reportFile), `sbom${ext}.json`);
    if (formats.length === 1) return path.resolve(named);
    const parsed = path.parse(path.resolve(named));
    return path.join(parsed.dir, `${parsed.name}${ext}${parsed.ext || '.json'}`);
  };
  if (formats.length === 0 && named !== '') {
    // A file named for an SBOM that is never written would be a silent no.
    throw new ConfigError(
      'sbom-file',
      `is set to '${named}', but sbom is \`none\``,
      'sbom: cyclonedx, spdx or both',
    );
  }
  const notices = get('notices-file').trim();
  const metrics = get('metrics-file').trim();
  const compareTo = get('compare-to').trim();
  return {
    sbomFiles: Object.fromEntries(formats.map((f) => [f, fileFor(f)])),
    noticesFile: notices === '' ? undefined : path.resolve(notices),
    ...(metrics === '' ? {} : { metricsFile: path.resolve(metrics) }),
    compareTo: compareTo === '' ? undefined : compareTo,
    gate: parseEnum('gate', get('gate'), ['all', 'changed'] as const),
  };
}

function parseSbomFormats(value: string): SbomFormat[] {
  const entries = parseList(value).map((e) => e.toLowerCase());
  const accepted = '`none`, `cyclonedx`, `spdx`, or `cyclonedx, spdx`';
  if (entries.length === 0 || (entries.length === 1 && entries[0] === 'none')) return [];
  const formats: SbomFormat[] = [];
  for (const entry of entries) {
    const format = SBOM_FORMATS.find((f) => f === entry);
    if (!format) throw new ConfigError('sbom', `'${entry}' is not an SBOM format`, accepted);
    if (formats.includes(format)) throw new ConfigError('sbom', `'${entry}' is listed twice`, accepted);
    formats.push(format);
  }
  return formats;
}
