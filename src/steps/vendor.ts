import path from 'node:path';
import type { Finding } from '../findings.js';
import { GoSumGuard } from '../go/go-sum-guard.js';
import { plural } from '../plural.js';
import { checkVendor } from '../vendor/vendor-check.js';
import type { GoEnvironment } from './environment.js';
import type { StepContext } from './step-context.js';

/**
 * With vendor/ in a module, its files and modules.txt against what `go mod vendor` writes from
 * the verified module cache. go.sum is put back as committed afterwards.
 */
export async function vendorStep(
  ctx: StepContext,
  env: GoEnvironment,
  childEnv: NodeJS.ProcessEnv,
): Promise<readonly Finding[]> {
  if (!env.project.vendor || env.project.mode !== 'module') return [];
  const { io } = ctx;
  const guard = await GoSumGuard.snapshot(env.project.goSumCandidates);
  try {
    const checked = await io.logger.group(
      'Vendored files (against go mod vendor from the verified cache)',
      () =>
        checkVendor(io.runGo, {
          dir: path.dirname(env.project.goModFiles[0]),
          env: childEnv,
          signal: io.signal,
          scratch: io.runner.tempDir,
        }),
    );
    const bad = checked.findings.filter((f) => f.kind === 'security').length;
    io.logger.info(
      `vendor/: ${plural(checked.files, 'file')} compared, ${bad === 0 ? 'all as go mod vendor writes them' : `${plural(bad, 'finding')}`}`,
    );
    return checked.findings;
  } finally {
    await guard.restore();
  }
}
