import * as core from '@actions/core';
import { ActionsBackend } from '../cache/actions-backend.js';
import { LocalBackend } from '../cache/local-backend.js';
import { Cancellation } from '../cancel.js';
import { INPUTS } from '../config/inputs.js';
import { readRunnerFacts } from '../config/runner-facts.js';
import { describeError, WardenError } from '../errors.js';
import type { Logger } from '../logger.js';
import { renderAnnotations } from '../report/annotations.js';
import { escapeControls, escapeSummaryText } from '../report/escape.js';
import { isWarning } from '../report/outcome.js';
import { reportOutputs } from '../report/outputs.js';
import { SUMMARY_SECTIONS } from '../report/sections.js';
import { renderSummary } from '../report/summary.js';
import { runWarden } from '../run.js';
import { cancelOnSignals, exitAfterCancel } from './signals.js';

const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.info(`Warning: ${m}`),
  error: (m) => core.info(`Error: ${m}`),
  group: (title, fn) => core.group(title, fn),
};

/** The action's main step: inputs in, pipeline, summary/outputs/annotations out. */
export async function run(): Promise<void> {
  const raw = Object.fromEntries(INPUTS.map((spec) => [spec.name, core.getInput(spec.name)]));
  const cancellation = new Cancellation();
  cancelOnSignals(cancellation, (line) => core.info(line));
  try {
    // The job's facts (temp dir, workspace, event), read here once and handed down.
    const runner = await readRunnerFacts(process.env);
    const { report, config } = await runWarden(raw, process.env, logger, {
      runner,
      onSecret: (secret) => core.setSecret(secret),
      cacheBackend: (kind, dir, deadline) =>
        kind === 'actions'
          ? new ActionsBackend(process.env, Date.now, deadline, runner.workspace)
          : new LocalBackend(dir),
      handOver: (state) => {
        for (const [name, value] of Object.entries(state)) core.saveState(name, value);
      },
      cancellation,
    });
    await core.summary.addRaw(renderSummary(report, SUMMARY_SECTIONS)).write();
    for (const [name, value] of Object.entries(reportOutputs(report, config.reportFile)))
      core.setOutput(name, value);
    for (const a of renderAnnotations(report)) {
      if (a.level === 'warning') core.warning(a.message, a.properties);
      else core.error(a.message, a.properties);
    }
    const problems = report.findings.filter((f) => !isWarning(f, report.warnOnly)).length;
    if (report.status === 'failed')
      core.setFailed(
        report.cancelled
          ? `Go Module Warden was cancelled (${cancellation.by}); the summary shows the steps that finished`
          : `Go Module Warden failed: ${problems} problem(s); see the job summary`,
      );
  } catch (error) {
    // A bad input: nothing ran. Say which input and how to fix it, in the log and the summary.
    const message = escapeControls(describeError(error));
    const known = error instanceof WardenError;
    await core.summary
      .addRaw(
        `## ❌ Go Module Warden failed: ${known ? '' : 'internal error: '}${escapeSummaryText(message.split('\n')[0])}\n\n`,
      )
      .addRaw(`<pre>${message.split('\n').map(escapeSummaryText).join('\n')}</pre>\n`)
      .write()
      .catch(() => undefined);
    core.setOutput('result', 'failed');
    core.setFailed(known ? message : `internal error: ${message}`);
  }
  // core.setFailed sets exit code 1; a cancelled run ends 130/143 like the CLI.
  const cancelled = exitAfterCancel(cancellation);
  if (cancelled !== undefined) process.exitCode = cancelled;
}
