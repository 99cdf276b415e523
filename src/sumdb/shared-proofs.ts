/**
 * A store of the checksum database's proofs shared by a fleet (the s3 backend's bucket), laid
 * out as the state directory is (`lookup/<path>@<version>`, `tile/<H>/<L>/<N>[.p/<W>]`). It is
 * hostile: a file read from it is proven exactly as a stored file is (its note's signature
 * against the configured key, its tiles against a signed tree, its record in that tree) and
 * refused, by name, when it does not prove. Only what the client proved this run is offered to it.
 */
export interface SharedProofStore {
  /** The file's bytes, or undefined when absent or when the store cannot be read (never throws). */
  read(file: string): Promise<Buffer | undefined>;
  /** A file the client proved this run: kept for upload (see the checksum step's settle). */
  offer(file: string, data: Buffer): void;
  /** A file read from the store that did not prove: reported with its key, never used. */
  refuse(file: string, reason: string): void;
}

/**
 * A lookup as the client stores it (tlog.FormatRecord followed by the signed tree note), for a
 * record proven in the tree that note signs: every record a run shares carries the run's last
 * verified note, so one note and its tiles prove them all offline.
 */
export function lookupUnderNote(id: number, text: Buffer, note: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${id}\n`), text, Buffer.from('\n'), note]);
}
