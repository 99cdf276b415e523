/**
 * What can be checked of a module version's `.info` (`{"Version","Time"}`), which go.sum does not
 * cover: it must be a JSON object naming the very version asked for, with a `Time` that Go's
 * time.Time.UnmarshalJSON accepts (RFC 3339: `2006-01-02T15:04:05[.fraction](Z|±hh:mm)`, every
 * field in range). Returns why it is refused, or undefined when it passes. The time itself stays
 * unproven: a bucket writer can still move it within the valid range.
 */
export function infoProblem(data: Buffer, version: string): string | undefined {
  let info: unknown;
  try {
    info = JSON.parse(data.toString('utf8'));
  } catch {
    return 'the .info is not JSON';
  }
  const fields = (info ?? {}) as { Version?: unknown; Time?: unknown };
  if (fields.Version !== version)
    return `the .info names version ${JSON.stringify(fields.Version)}, not ${version}`;
  if (fields.Time === undefined) return 'the .info has no Time';
  if (typeof fields.Time !== 'string' || !isRfc3339(fields.Time))
    return `the .info's Time ${JSON.stringify(fields.Time)} is not an RFC 3339 time`;
  return undefined;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Mirrors time.parseStrictRFC3339: the layout, then each field's range (February 29 only in leap years). */
function isRfc3339(text: string): boolean {
  const match = RFC3339.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (match[7] !== undefined && (Number(match[8]) > 23 || Number(match[9]) > 59)) return false;
  return true;
}

/**
 * The zip object's user metadata that carries its version's `.info` (base64url of its bytes): a
 * warm restore reads a version in two requests (zip, .mod), not three. The `.info` object is
 * still written beside it, for runners that do not read the metadata.
 */
export const INFO_METADATA = 'go-info';

/** S3 allows 2 KB of user metadata per object: a larger .info travels only as its own object. */
const MAX_INFO_METADATA = 1024;

/** The metadata to put on a zip object for this `.info`, or undefined when it is too large. */
export function infoMetadata(info: Buffer): Record<string, string> | undefined {
  return info.length <= MAX_INFO_METADATA ? { [INFO_METADATA]: info.toString('base64url') } : undefined;
}

/** The `.info` bytes a zip object's metadata carries (unchecked: see infoProblem), if any. */
export function infoOfMetadata(metadata: Readonly<Record<string, string>> | undefined): Buffer | undefined {
  const value = metadata?.[INFO_METADATA];
  if (value === undefined || value.length > 2 * MAX_INFO_METADATA || !/^[A-Za-z0-9_-]+$/.test(value))
    return undefined;
  return Buffer.from(value, 'base64url');
}
