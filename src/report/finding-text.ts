import type { Finding } from '../findings.js';
import { isSoftened, isWarning } from './outcome.js';

/** How a finding reads: its label, the module it is about, and its message without repeating it. */
export function findingParts(
  f: Finding,
  warnOnly = false,
): { label: string; subject: string | undefined; message: string } {
  const subject = f.module ? `${f.module}${f.version ? `@${f.version}` : ''}` : undefined;
  const message =
    subject && f.message.startsWith(`${subject}: `) ? f.message.slice(subject.length + 2) : f.message;
  const label = isSoftened(f, warnOnly)
    ? 'policy (warn-only)'
    : isWarning(f, warnOnly)
      ? 'warning'
      : f.kind === 'security'
        ? 'SECURITY'
        : f.kind;
  return { label, subject, message };
}
