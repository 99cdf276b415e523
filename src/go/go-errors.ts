import { InfrastructureError, ProjectError, SecurityError, WardenError } from '../errors.js';
import { toolchainFor } from './go-version-need.js';
import { credentialsWanted, privateModuleMessage } from './private-module.js';

/**
 * Turns what `go` printed on failure into one typed error that says what to do. The patterns are
 * cmd/go's own messages (modfetch/fetch.go checkModSum, modload/init.go missing go.sum entry).
 */
export function classifyGoFailure(command: string, stderr: string): WardenError {
  const text = stderr.trim();
  const lastLines = text.split('\n').slice(-12).join('\n');
  if (isChecksumFailure(text)) {
    const verifying = /verifying (\S+?)@(v[^\s:]+?)(?:\/go\.mod)?: checksum mismatch/.exec(text);
    return new SecurityError(`the bytes served differ from go.sum (checksum mismatch).\n${lastLines}`, {
      subject: verifying ? { module: verifying[1], version: verifying[2] } : undefined,
    });
  }
  // modload's "errors parsing go.mod:" (or go.work), then "<file>:<line>:<col>: <problem>".
  const parsing = /errors parsing (go\.mod|go\.work):\n([\s\S]*)/.exec(text);
  if (parsing) {
    return new ProjectError(
      `${parsing[1]} cannot be parsed; fix it and run 'go mod tidy'.\n${parsing[2].trim().split('\n').slice(0, 12).join('\n')}`,
    );
  }
  // cmd/go's gover.TooNewError: a dependency (or a go.mod checkGoVersionNeed did not see) needs a newer Go.
  const tooNew = /^go: (.*?) requires go >= (\S+) \(running go (\S+?)[;)].*$/m.exec(text);
  if (tooNew) {
    return new ProjectError(
      `${tooNew[1]} needs Go ${tooNew[2]} or newer, but the installed Go is go${tooNew[3]}; install it with actions/setup-go ('go-version: ${tooNew[2]}'), or let go fetch it: GOTOOLCHAIN=${toolchainFor(tooNew[2])}.\n${tooNew[0]}`,
    );
  }
  // Before "missing go.sum entry": go names the missing line of a module it could not fetch.
  const denied = privateModuleFailure(text);
  if (denied) return denied;
  const missing =
    /missing go\.sum entry (?:for module providing package |for go\.mod file[^\n]*?)?([^\s;:]+)?/.exec(text);
  if (missing || /updates to go\.sum needed/.test(text)) {
    return new ProjectError(
      `go.sum is missing entries${missing?.[1] ? ` (first: ${missing[1]})` : ''}; run 'go mod tidy' and commit go.mod and go.sum.\n${lastLines}`,
    );
  }
  if (/updates to go\.mod needed|go: inconsistent vendoring/.test(text)) {
    return new ProjectError(`go.mod is not tidy; run 'go mod tidy' and commit the result.\n${lastLines}`);
  }
  if (/go\.mod file not found|cannot find main module/.test(text)) {
    return new ProjectError(
      `no go.mod found; set the 'working-directory' input to the folder that holds go.mod (or go.work).\n${lastLines}`,
    );
  }
  const failing = /^go: (\S+?)@(v\S+?): /m.exec(text);
  return new InfrastructureError(`'${command}' failed:\n${lastLines || '(no output)'}`, {
    subject: failing ? { module: failing[1], version: failing[2] } : undefined,
  });
}

/**
 * True when go's message is a checksum failure (never softened, never retried): cmd/go's
 * modfetch checkModSum prints "checksum mismatch" and then "SECURITY ERROR".
 */
export function isChecksumFailure(message: string): boolean {
  return /SECURITY ERROR|checksum mismatch/.test(message);
}

/**
 * A module the server would not give without credentials (a private repository): the module and
 * the three fixes, instead of git's raw output. `undefined` for any other failure.
 */
export function privateModuleFailure(
  text: string,
  subject?: { module: string; version?: string },
): WardenError | undefined {
  const said = credentialsWanted(text);
  if (!said) return undefined;
  const named = /^go: (?:[^\n]*?: )?(\S+?)@(v[^\s:]+?): /m.exec(text) ?? /(\S+?)@(v[^\s:]+?): /.exec(text);
  const module = subject?.module ?? named?.[1];
  if (!module) return undefined;
  const version = subject ? subject.version : named?.[2];
  // The user's setup to fix (config), as a go.sum that lacks lines is.
  return new WardenError('config', privateModuleMessage(module, said), {
    subject: version ? { module, version } : undefined,
  });
}
