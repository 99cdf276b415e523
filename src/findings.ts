import { ConfigError, type FailureKind, type WardenError } from './errors.js';

export type Area = 'config' | 'go' | 'proxy' | 'checksum' | 'license' | 'cache';

/** One fact that fails the run or warns. The summary shows these first. */
export interface Finding {
  readonly kind: FailureKind;
  /** 'warning' never fails the run; absent means 'error'. Security findings are always errors. */
  readonly severity?: 'error' | 'warning';
  readonly area: Area;
  readonly message: string;
  readonly module?: string;
  readonly version?: string;
  /** Where in go.mod to annotate (for license violations). */
  readonly file?: string;
  readonly line?: number;
}

/** A typed error as a report finding. */
export function toFinding(error: WardenError): Finding {
  const area: Area = error instanceof ConfigError ? 'config' : error.kind === 'security' ? 'checksum' : 'go';
  return { kind: error.kind, area, message: error.message, ...error.subject };
}
