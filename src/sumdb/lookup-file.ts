import { InfrastructureError, SecurityError } from '../errors.js';
import { escapeModulePath, escapeVersion } from '../module/module-escape.js';
import { ForkError, isGarbled } from './signed-tree.js';
import { SumdbNotFoundError, SumdbUnavailableError } from './sumdb-http.js';
import { MalformedError } from './tree-note.js';

/** `lookup/<escaped path>@<escaped version>`, as client.go Lookup names it; undefined if it cannot be escaped. */
export function lookupFile(path: string, version: string): string | undefined {
  try {
    return `lookup/${escapeModulePath(path)}@${escapeVersion(version)}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether a stored lookup from the fleet's shared store is refused for `error`: a note that does
 * not verify, a record not in the tree or not the one asked for, a garbled file. Not a fork (the
 * database's own signatures prove it, whoever carried them), and not an unreachable database
 * (the file may be genuine; it is only unproven).
 */
export function refusable(error: unknown): boolean {
  if (error instanceof ForkError) return false;
  return error instanceof SecurityError || error instanceof MalformedError || isGarbled(error);
}

/** Prefixes `module@version: ` to a typed error, keeping its class (so its kind) and cause. */
export function wrap(error: unknown, subject: string): unknown {
  if (error instanceof SecurityError)
    return new SecurityError(`${subject}: ${error.message}`, { cause: error });
  if (error instanceof SumdbNotFoundError)
    return new SumdbNotFoundError(`${subject}: ${error.message}`, { cause: error });
  if (error instanceof InfrastructureError)
    return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
  if (error instanceof MalformedError)
    return new SumdbUnavailableError(`${subject}: ${error.message}`, { cause: error });
  return error;
}
