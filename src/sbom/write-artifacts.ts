import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { describeError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GoRunner } from '../go/go-command.js';
import type { Logger } from '../logger.js';
import type { Report } from '../report/model.js';
import { collectNotices } from '../notices/collect-notices.js';
import { renderNoticesMarkdown, renderNoticesText } from '../notices/render-notices.js';
import { vcsVersion } from './main-version.js';
import { readModuleGraph } from './module-graph.js';
import { collectSbomFacts, type SbomFacts } from './sbom-facts.js';
import { spdxDocument } from './spdx.js';

export interface ArtifactIO {
  readonly runGo: GoRunner;
  readonly env: NodeJS.ProcessEnv;
  /** GOMODCACHE as the run read it (its one `go env`): where the proven zips are. */
  readonly goModCache: string | undefined;
  readonly logger: Logger;
  readonly now: () => number;
  /** A second fence: every artifact's text goes through the run's redactor before it is written. */
  readonly redact?: (text: string) => string;
}

/** The files written, by kind. */
export interface WrittenArtifacts {
  readonly cyclonedx?: string;
  readonly spdx?: string;
  readonly notices?: string;
  /** Files that could not be written: warnings, the run's verdict stands. */
  readonly problems?: readonly Finding[];
}

/**
 * Writes the SBOM(s) and the notices file the inputs ask for, from the finished report (after
 * it, so they state exactly what the report proved). Writes nothing when none is asked for.
 */
export async function writeArtifacts(
  config: Config,
  report: Report,
  io: ArtifactIO,
): Promise<WrittenArtifacts> {
  const { sbomFiles, noticesFile } = config.artifacts;
  if (!sbomFiles.cyclonedx && !sbomFiles.spdx && !noticesFile) return {};
  const goModCache = io.goModCache;
  if (report.modules.length === 0 || goModCache === undefined) {
    io.logger.warn('no build list (an earlier step failed): no SBOM or notices written');
    return {};
  }
  return io.logger.group('SBOM and notices', async () => {
    const cwd = report.project.dir;
    const written: { cyclonedx?: string; spdx?: string; notices?: string; problems?: Finding[] } = {};
    const redact = io.redact ?? ((text: string) => text);
    const problems: Finding[] = [];
    // Checked before the run (src/config/paths.ts); a write that still fails warns and goes on.
    const writeAtomically = async (file: string, text: string): Promise<boolean> => {
      try {
        await writeFileAtomically(file, redact(text));
        return true;
      } catch (error) {
        const input = file === noticesFile ? 'notices-file' : 'sbom-file';
        problems.push(artifactNotWritten(input, file, error));
        io.logger.warn(problems.at(-1)!.message);
        return false;
      }
    };
    if (sbomFiles.cyclonedx || sbomFiles.spdx) {
      const { graph, problem } = await readModuleGraph(io.runGo, {
        cwd,
        env: io.env,
        timeoutMs: config.timeoutMs,
      });
      if (problem) io.logger.warn(`go mod graph failed, the SBOM has no dependency graph: ${problem}`);
      const facts = await collectSbomFacts(report, {
        goModCache,
        graph,
        graphProblem: problem,
        now: io.now,
        proxyUrls: proxyUrlsOf(config, report),
        vcs: await vcsVersion(cwd, io.env),
      });
      const unverified = facts.modules.filter((m) => !m.main && !m.verification.verified).length;
      if (sbomFiles.cyclonedx && (await writeAtomically(sbomFiles.cyclonedx, await cycloneDx(facts))))
        written.cyclonedx = sbomFiles.cyclonedx;
      const spdx = () => JSON.stringify(spdxDocument(facts), null, 2) + '\n';
      if (sbomFiles.spdx && (await writeAtomically(sbomFiles.spdx, spdx()))) written.spdx = sbomFiles.spdx;
      io.logger.info(
        `SBOM: ${facts.modules.length} modules, ${unverified} marked not verified → ${[written.cyclonedx, written.spdx].filter(Boolean).join(', ')}`,
      );
    }
    if (noticesFile) {
      const modules = await collectNotices(report, {
        goModCache,
        scope: config.licenseScope,
      });
      const header = { mainModules: report.project.mainModules, tool: report.tool };
      const markdown = /\.(md|markdown)$/i.test(noticesFile);
      const text = markdown ? renderNoticesMarkdown(header, modules) : renderNoticesText(header, modules);
      if (await writeAtomically(noticesFile, text)) {
        written.notices = noticesFile;
        io.logger.info(`Notices: ${modules.length} modules → ${noticesFile}`);
      }
    }
    if (problems.length > 0) written.problems = problems;
    return written;
  });
}

/** Every proxy URL the run could have fetched from: the inputs' lists and the GOPROXY it ran with. */
function proxyUrlsOf(config: Config, report: Report): string[] {
  const specs = [...(config.proxy ?? []), ...config.proxyRoutes.flatMap((r) => r.list)];
  return [
    ...specs.flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
    ...report.settings.proxy.split(/[,|]/),
  ];
}

/** A warning: the file named by `input` was not written; the verdict stands. */
export function artifactNotWritten(input: string, file: string | undefined, error: unknown): Finding {
  return {
    kind: 'infrastructure',
    severity: 'warning',
    area: 'config',
    message: `${file ? `'${file}'` : 'the SBOM and notices'} could not be written (${describeError(error)}); set the '${input}' input to a writable path`,
  };
}

/** Temp file then rename: a reader sees the old file or the new one, and a failed write leaves no temp behind. */
async function writeFileAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, text);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The CycloneDX document; its library (~9 MiB) is loaded only by a run that asks for one. */
async function cycloneDx(facts: SbomFacts): Promise<string> {
  const { cycloneDxJson } = await import('./cyclonedx.js');
  return cycloneDxJson(facts);
}
