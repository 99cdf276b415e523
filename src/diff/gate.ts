import type { Config } from '../config/config.js';
import type { Finding } from '../findings.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { DiffReport } from './diff-report.js';

/**
 * `gate: changed` with a diff: license findings of modules the pull request neither adds nor
 * updates only warn. Every other finding (checksums above all) is returned as it is; without a
 * diff, or with `gate: all`, nothing changes.
 */
export function applyGate(
  config: Config,
  diff: DiffReport | undefined,
  modules: readonly BuildListModule[],
  findings: readonly Finding[],
): Finding[] {
  if (!diff || config.artifacts.gate !== 'changed') return [...findings];
  const touched = new Set([...diff.added.map((a) => a.path), ...diff.updated.map((u) => u.path)]);
  for (const m of modules) {
    const fetched = effectiveModule(m);
    if (fetched && touched.has(fetched.path)) touched.add(m.path);
  }
  return findings.map((f) =>
    f.area === 'license' &&
    f.kind !== 'security' &&
    f.module &&
    !touched.has(f.module) &&
    f.severity !== 'warning'
      ? {
          ...f,
          severity: 'warning',
          message: `${f.message} (not introduced by this pull request; gate: changed)`,
        }
      : f,
  );
}
