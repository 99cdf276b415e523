import * as core from '@actions/core';
import { INPUTS } from './config/inputs.js';
import { describeError, WardenError } from './errors.js';
import type { Logger } from './logger.js';
import { escapeSummaryText } from './report/escape.js';
import { isWarning } from './report/outcome.js';
import { findingParts } from './report/finding-text.js';
import { reportOutputs } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { SUMMARY_SECTIONS } from './report/sections.js';
import { runWarden } from './run.js';
import { ActionsBackend } from './cache/actions-backend.js';
import { LocalBackend } from './cache/local-backend.js';

/** The action's main step: inputs in, pipeline, summary/outputs/annotations out. */
const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.info(`Warning: ${m}`),
  error: (m) => core.info(`Error: ${m}`),
  group: (title, fn) => core.group(title, fn),
};

async function run(): Promise<void> {
  const raw = Object.fromEntries(INPUTS.map((spec) => [spec.name, core.getInput(spec.name)]));
  try {
    const { report, config } = await runWarden(raw, process.env, logger, {
      onSecret: (secret) => core.setSecret(secret),
      cacheBackend: (kind, dir) => (kind === 'actions' ? new ActionsBackend() : new LocalBackend(dir)),
      handOver: (state) => {
        for (const [name, value] of Object.entries(state)) core.saveState(name, value);
      },
    });
    await core.summary.addRaw(renderSummary(report, SUMMARY_SECTIONS)).write();
    for (const [name, value] of Object.entries(reportOutputs(report, config.reportFile)))
      core.setOutput(name, value);
    for (const finding of report.findings) {
      const { subject, message } = findingParts(finding);
      const text = subject ? `${subject}: ${message}` : message;
      const properties = {
        title: `Go Module Warden: ${finding.area}`,
        file: finding.file,
        startLine: finding.line,
      };
      if (isWarning(finding)) core.warning(text, properties);
      else core.error(text, properties);
    }
    const problems = report.findings.filter((f) => !isWarning(f)).length;
    if (report.status === 'failed')
      core.setFailed(`Go Module Warden failed: ${problems} problem(s); see the job summary`);
  } catch (error) {
    // A bad input: nothing ran. Say which input and how to fix it, in the log and the summary.
    const message = describeError(error);
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
}

void run();
