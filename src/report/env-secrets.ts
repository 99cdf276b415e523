import type { Redactor } from './redact.js';

/** Names of variables that hold credentials by convention (GitHub's runtime tokens included). */
const SECRET_NAME =
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|API_?KEY|ACCESS_KEY|PRIVATE_KEY|AUTH)(_|$)/i;

/**
 * Registers the values of the environment's credential variables (ACTIONS_RUNTIME_TOKEN,
 * GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, …) with the redactor: a second fence, so that a module
 * file that somehow quoted the environment still never reaches an artifact, the summary or the log.
 * Short values are skipped: redacting `true` or `1` would garble the report.
 */
export function registerEnvSecrets(redactor: Redactor, env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 8 && SECRET_NAME.test(name)) redactor.add(value);
  }
}
