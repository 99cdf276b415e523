import { describe, expect, it } from '@jest/globals';
import type { ModuleLicense } from '../../src/licenses/license-report.js';
import type { Report } from '../../src/report/model.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';
import type { ModuleEntry } from '../../src/report/model.js';

// restic under license-scope: shipped, as a user saw it: MPL-2.0 and unidentified modules that only
// the module graph holds are warnings. The first screen grouped every one of them under "whose
// license could not be identified", and the Licenses line said "0 unknown" under them.
function graphOnly(
  path: string,
  expression: string,
  verdict: 'denied' | 'unknown',
): [ModuleEntry, ModuleLicense] {
  const rule = verdict === 'denied' ? `not in license-allow: ${expression}` : 'license not identified';
  const entry = buildListModule<ModuleEntry>(path, 'v1.0.0', {
    indirect: true,
    checksum: 'verified',
    license: {
      expression,
      verdict: 'not-gated',
      rule: `in the module graph, not compiled in: reported, not gated (shipped); ${rule}`,
      compiledIn: false,
    },
  });
  const license: ModuleLicense = {
    path,
    version: 'v1.0.0',
    main: false,
    detected: expression,
    expression,
    verdict: 'not-gated',
    rule: entry.license!.rule!,
    confidence: verdict === 'denied' ? 0.99 : undefined,
    files: [],
    notCompiledIn: {
      scope: 'shipped',
      verdict,
      rule,
      ...(verdict === 'denied' ? { failing: { id: expression, list: 'license-allow' as const } } : {}),
    },
  };
  return [entry, license];
}

function resticLike(): Report {
  const base = sampleFailedReport();
  const extra = [
    graphOnly('github.com/anacrolix/log', 'MPL-2.0', 'denied'),
    graphOnly('github.com/anacrolix/generics', 'MPL-2.0', 'denied'),
    graphOnly('github.com/chzyer/logex', 'LicenseRef-unknown', 'unknown'),
  ];
  return {
    ...base,
    settings: { ...base.settings, licenseScope: 'shipped' },
    modules: [...base.modules, ...extra.map(([m]) => m)],
    licenses: { ...base.licenses!, modules: [...base.licenses!.modules, ...extra.map(([, l]) => l)] },
    findings: [
      ...base.findings,
      ...extra.map(([m]) => ({
        kind: 'policy' as const,
        severity: 'warning' as const,
        area: 'license' as const,
        module: m.path,
        version: m.version,
        message: `${m.path}@${m.version}: in the module graph, not compiled in: reported, not gated (license-scope: shipped)`,
      })),
    ],
  };
}

describe('modules in the module graph only, on the first screen and in the Licenses section', () => {
  const text = renderSummary(resticLike(), SUMMARY_SECTIONS);
  const screen = text.slice(0, text.indexOf('\n### '));

  it('groups them by their own cause, and says they are not compiled in', () => {
    expect(screen).toContain(
      '- (warning) **2 modules** under MPL-2.0, in the module graph only (not compiled in): <code>github.com/anacrolix/log</code>, <code>github.com/anacrolix/generics</code>',
    );
    expect(screen).toContain(
      '- (warning) **1 module** whose license could not be identified, in the module graph only (not compiled in): <code>github.com/chzyer/logex</code>',
    );
    expect(screen).not.toMatch(/could not be identified: <code>github.com\/anacrolix/);
  });

  it('counts them in the Licenses line, so no "0 unknown" sits under an unknown', () => {
    const line = text.split('\n').find((l) => /^\d+ modules · /.test(l));
    expect(line).toContain('1 violation, 0 unknown');
    expect(line).toContain('in the module graph only (reported, not gated): 2 would fail, 1 unknown');
  });

  it('lists them in their own collapsed-when-long table with the would-be verdict', () => {
    expect(text).toContain('#### In the module graph only (not compiled in: reported, not gated)');
    expect(text).toContain('| github.com/anacrolix/log | v1.0.0 | MPL-2.0 | not in allow |');
    expect(text).toContain('| github.com/chzyer/logex | v1.0.0 | LicenseRef-unknown | unknown |');
  });
});
