/**
 * What a module's checksum status lets the SBOM claim. Only a database-proven status counts as
 * verified; every other status, including ones this version does not know yet, is "not verified".
 */
export const VERIFIED_STATUSES: ReadonlySet<string> = new Set(['verified', 'verified-offline']);

export interface Verification {
  readonly verified: boolean;
  /** The status as the checksum step reported it ('none' when it did not run for this module). */
  readonly status: string;
  /** One line for people: "verified against sum.golang.org", "not verified: mismatch". */
  readonly text: string;
}

export function verificationOf(status: string | undefined, database: string | undefined): Verification {
  const known = status ?? 'none';
  if (VERIFIED_STATUSES.has(known)) {
    const where = database ? ` against ${database}` : '';
    return {
      verified: true,
      status: known,
      text: known === 'verified-offline' ? `verified${where} (offline proof)` : `verified${where}`,
    };
  }
  return { verified: false, status: known, text: `not verified: ${known}` };
}
