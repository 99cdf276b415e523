import type { Logger } from '../logger.js';

/** How long one phase of the run took (a log group: priming, checksums, licenses, SBOM…). */
export interface PhaseDuration {
  readonly phase: string;
  readonly seconds: number;
}

/** Short, stable label values for the log groups the run opens (src/steps/*, src/run.ts). */
const PHASES: readonly [RegExp, string][] = [
  [/^Go environment/, 'environment'],
  [/^Module cache: restore/, 'cache_restore'],
  [/^Module cache: verify/, 'cache_verify'],
  [/^Priming the module cache/, 'prime'],
  [/^Build list/, 'build_list'],
  [/^Checksum database/, 'checksums'],
  [/^Licenses/, 'licenses'],
  [/^Pull-request diff/, 'diff'],
  [/^SBOM and notices/, 'sbom_and_notices'],
  [/^Module cache: save/, 'cache_save'],
];

/** A group title as a label value: the known phases by name, any other slugged. */
export function phaseLabel(title: string): string {
  const known = PHASES.find(([pattern]) => pattern.test(title));
  if (known) return known[1];
  return (
    title
      .replace(/\(.*?\)/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'other'
  );
}

/**
 * A logger that times every group it runs: the run's phases are its log groups, so the metrics
 * file and the log agree on what a phase is. A phase that runs twice adds up. `now` in ms.
 */
export function timingLogger(
  logger: Logger,
  now: () => number,
): { logger: Logger; phases: () => PhaseDuration[] } {
  const totals = new Map<string, number>();
  const timed: Logger = {
    debug: (m) => logger.debug(m),
    info: (m) => logger.info(m),
    warn: (m) => logger.warn(m),
    error: (m) => logger.error(m),
    group: async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
      const started = now();
      try {
        return await logger.group(title, fn);
      } finally {
        const phase = phaseLabel(title);
        totals.set(phase, (totals.get(phase) ?? 0) + Math.max(0, now() - started));
      }
    },
  };
  const phases = () => [...totals].map(([phase, ms]) => ({ phase, seconds: ms / 1000 }));
  return { logger: timed, phases };
}
