/** What the checksum verification found. Filled in by the sumdb client (issue #4). */
export interface ChecksumReport {
  readonly verified: number;
}
