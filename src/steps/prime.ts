import { formatDuration } from '../config/duration.js';
import type { Finding } from '../findings.js';
import { downloadAll, type DownloadedModule, type DownloadOutcome } from '../go/download.js';
import { isChecksumFailure, privateModuleFailure } from '../go/go-errors.js';
import type { GoSumGuard } from '../go/go-sum-guard.js';
import type { GoSumLine } from '../go/go-sum.js';
import { describePrefetch } from '../goproxy/prefetch.js';
import type { PendingRequest } from '../goproxy/proxy-report.js';
import { plural } from '../plural.js';
import { startPrimingProgress } from '../report/priming-progress.js';
import type { RelayPlan } from './relay.js';
import type { StepContext } from './step-context.js';

/** What priming did: go's download outcome, the go.sum lines it wanted to add, its findings. */
export interface Primed {
  readonly download: DownloadOutcome;
  /** Lines `go mod download all` added to go.sum (put back as committed; verified instead). */
  readonly addedByDownload: readonly GoSumLine[];
  readonly findings: readonly Finding[];
  /** Priming was not needed (an exact, complete, verified cache hit): `go` downloaded nothing. */
  readonly skipped: boolean;
}

/**
 * `go mod download -json all` through the relay, under the run's deadline (the watchdog). It
 * also fetches graph-only modules whose lines a tidy go.sum leaves out, and writes them to go.sum:
 * the file is put back as committed before anything reads it.
 */
export async function primeStep(
  ctx: StepContext,
  childEnv: NodeJS.ProcessEnv,
  plan: RelayPlan,
  goSumGuard: GoSumGuard,
  /** Why priming is not needed (an exact, complete, verified cache hit), if it is not. */
  notNeeded?: string,
): Promise<Primed> {
  const { io, config } = ctx;
  if (notNeeded) {
    io.logger.info(notNeeded);
    return {
      download: { modules: [], failed: [], timedOut: false },
      addedByDownload: [],
      findings: [],
      skipped: true,
    };
  }
  let download: DownloadOutcome;
  let addedByDownload: GoSumLine[];
  let pendingAtKill: PendingRequest[] = [];
  try {
    download = await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
      plan.relay?.prefetch(plan.prefetch);
      const relay = plan.relay;
      const progress =
        relay &&
        startPrimingProgress({
          report: () => relay.report(),
          known: plan.prefetch.filter((f) => f.kind === 'zip').map((f) => `${f.module}@${f.version}`),
          logger: io.logger,
          now: io.now,
        });
      try {
        return await downloadAll(io.runGo, {
          cwd: ctx.cwd,
          env: childEnv,
          timeoutMs: config.timeoutMs,
          onTimeout: () => (pendingAtKill = plan.relay?.pending() ?? []),
        });
      } finally {
        progress?.stop();
        const prefetched = await plan.relay?.endPrefetch();
        if (prefetched) io.logger.info(describePrefetch(prefetched));
      }
    });
  } finally {
    addedByDownload = await goSumGuard.restore();
  }
  // The finding's words: a private module's fixes rather than git's raw output.
  for (const failure of download.failed) {
    const subject = { module: failure.Path, version: failure.Version };
    const denied = privateModuleFailure(failure.Error ?? '', subject);
    io.logger.error(denied?.message ?? `${failure.Path}@${failure.Version}: ${failure.Error}`);
  }
  io.logger.info(
    `${plural(download.modules.length - download.failed.length, 'module')} ready in the module cache (fetched now or already there), ${download.failed.length} failed`,
  );
  if (addedByDownload.length > 0) {
    io.logger.info(
      `go mod download added ${plural(addedByDownload.length, 'line')} to go.sum for modules no package imports; go.sum was left as committed and those hashes are checked against the checksum database instead`,
    );
  }
  const findings = [
    ...(download.timedOut ? watchdogFindings(config.timeoutMs, pendingAtKill) : []),
    ...download.failed.map(downloadFinding),
  ];
  return { download, addedByDownload, findings, skipped: false };
}

/** The watchdog fired: one finding, and one per module still pending, naming what it waited on. */
function watchdogFindings(timeoutMs: number, pending: readonly PendingRequest[]): Finding[] {
  const overall: Finding = {
    kind: 'infrastructure',
    area: 'proxy',
    message: `priming did not finish within the timeout (${formatDuration(timeoutMs)}); the go process group was killed${pending.length > 0 ? `; ${plural(pending.length, 'request was', 'requests were')} still waiting` : ''}`,
  };
  return [
    overall,
    ...pending.map((p): Finding => ({
      kind: 'infrastructure',
      area: 'proxy',
      module: p.module,
      version: p.version,
      message: `still waiting after ${formatDuration(p.waitingMs)} for the ${p.kind} ${p.phase === 'headers' ? 'response headers' : 'body'} from ${p.upstreams.join(', ') || 'no upstream'}`,
    })),
  ];
}

function downloadFinding(failure: DownloadedModule): Finding {
  const message = failure.Error ?? 'download failed';
  const denied = privateModuleFailure(message, { module: failure.Path, version: failure.Version });
  if (denied)
    return {
      kind: 'config',
      area: 'go',
      module: failure.Path,
      version: failure.Version,
      message: denied.message,
    };
  const checksum = isChecksumFailure(message);
  return {
    kind: checksum ? 'security' : 'infrastructure',
    area: checksum ? 'checksum' : 'proxy',
    module: failure.Path,
    version: failure.Version,
    message: checksum ? `the bytes served do not match go.sum: ${message}` : message,
  };
}

/** The lines `go mod download` wanted to add to go.sum, named as such: they are verified too. */
export function downloadedLines(primed: Primed): GoSumLine[] {
  return primed.addedByDownload.map((l) => ({
    ...l,
    file: `${l.file} as go mod download would write it`,
    line: 0,
  }));
}
