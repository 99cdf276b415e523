import { ConfigError, type WardenError } from './errors.js';
import type { Area, Finding } from './report/model.js';

/** A typed error as a report finding. */
export function toFinding(error: WardenError): Finding {
  const area: Area = error instanceof ConfigError ? 'config' : error.kind === 'security' ? 'checksum' : 'go';
  return { kind: error.kind, area, message: error.message, ...error.subject };
}
