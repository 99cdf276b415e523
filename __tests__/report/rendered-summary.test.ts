import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import type { Finding } from '../../src/findings.js';
import type { ModuleEntry, Report } from '../../src/report/model.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';
import { CHROMIUM, measureSummary } from '../../test-support/summary-browser.js';

const LICENSES = ['GPL-3.0-only', 'MPL-2.0', 'LGPL-2.1-only', 'EPL-2.0'];

/** A failing run with 50 license findings over long module paths, as restic's allowlist meets them. */
export function fiftyFindings(): Report {
  const base = sampleFailedReport(30);
  const failing: ModuleEntry[] = Array.from({ length: 50 }, (_, i) => {
    const unknown = i % 10 === 9;
    const license = unknown ? 'LicenseRef-unknown' : LICENSES[i % LICENSES.length];
    return buildListModule<ModuleEntry>(
      `github.com/some-organisation/a-rather-long-repository-name-${i}/internal/v2`,
      `v0.0.0-20240102030405-abcdefabcd${String(i).padStart(2, '0')}`,
      {
        indirect: true,
        route: { kind: 'proxy', host: 'proxy.golang.org' },
        checksum: 'verified',
        license: unknown
          ? { expression: license, verdict: 'unknown', rule: 'unknown' }
          : {
              expression: license,
              verdict: 'denied',
              rule: `not in license-allow: ${license}`,
              failing: { id: license, list: 'license-allow' },
            },
      },
    );
  });
  const findings: Finding[] = failing.map((m) => ({
    kind: 'policy',
    area: 'license',
    module: m.path,
    version: m.version,
    message: `${m.path}@${m.version}: license ${m.license!.expression} is not allowed (not in license-allow: MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC); found in LICENSE`,
    file: 'go.mod',
    line: 9,
  }));
  const modules = [...base.modules, ...failing];
  const licensed = failing.map((m) => ({
    path: m.path,
    version: m.version,
    main: false,
    detected: m.license!.expression,
    expression: m.license!.expression,
    verdict: m.license!.verdict,
    rule: m.license!.rule ?? '',
    ...(m.license!.failing ? { failing: m.license!.failing } : {}),
    confidence: 0.93,
    files: [
      {
        path: 'LICENSE',
        dir: '',
        appliesToCode: true,
        expression: m.license!.expression,
        matches: [{ startLine: 1, endLine: 674 }],
        unknown: [],
      },
    ],
    goMod: { file: 'go.mod', line: 9 },
  })) as unknown as NonNullable<Report['licenses']>['modules'];
  return {
    ...base,
    findings: [...findings, ...base.findings],
    modules,
    licenses: {
      ...base.licenses!,
      modules: [...base.licenses!.modules, ...licensed],
      counts: [
        ...LICENSES.map((l) => ({
          license: l,
          modules: failing.filter((m) => m.license!.expression === l).length,
        })),
        { license: 'LicenseRef-unknown', modules: 5 },
      ],
    },
  };
}

describe('the summary as GitHub renders it, in headless Chromium at 1000 px', () => {
  it('keeps the first screen to 15 lines for 50 findings, and every table within 1000 px', async () => {
    expect(fs.existsSync(CHROMIUM)).toBe(true); // .ci/run installs Debian's chromium
    const markdown = renderSummary(fiftyFindings(), SUMMARY_SECTIONS);
    const shots = process.env.WARDEN_SHOTS;
    const measure = await measureSummary(markdown, shots ? `${shots}/after.png` : undefined);
    expect(measure.firstScreenLines).toBeGreaterThan(2);
    expect(measure.firstScreenLines).toBeLessThanOrEqual(15);
    expect(measure.tables.length).toBeGreaterThan(3);
    const tooWide = measure.tables.filter((t) => t.width > t.room);
    expect(tooWide).toEqual([]);
  }, 180_000);

  it('fits the module table at 1000 px with real long paths that have no hyphen to break at', async () => {
    // restic's longest, whose table was 1177 px wide: a path breaks only at a hyphen, a version at one.
    const long = [
      ['github.com/GoogleCloudPlatform/opentelemetry-operations-go/internal/resourcemapping', 'v0.53.0'],
      ['go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc', 'v0.61.0'],
      ['google.golang.org/genproto/googleapis/bytestream', 'v0.0.0-20250818200422-3122310a409c'],
    ];
    const base = sampleFailedReport(30);
    const modules = [
      ...base.modules,
      ...long.map(([path, version]) =>
        buildListModule<ModuleEntry>(path, version, {
          indirect: true,
          route: { kind: 'proxy', host: 'proxy.golang.org' },
          checksum: 'verified',
          license: { expression: 'Apache-2.0 OR BSD-3-Clause', verdict: 'allowed', rule: 'license-allow' },
        }),
      ),
    ];
    const measure = await measureSummary(renderSummary({ ...base, modules }, SUMMARY_SECTIONS));
    const moduleTable = measure.tables.find((t) => t.head.startsWith('Module Version Kind'));
    expect(moduleTable).toBeDefined();
    expect(moduleTable!.width).toBeLessThanOrEqual(moduleTable!.room);
  }, 180_000);
});
