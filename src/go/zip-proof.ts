/**
 * A module zip proven against go.sum (the relay proves each body before `go` sees it): the SHA-256
 * of its very bytes, and its `h1:`. A file with the same SHA-256 is the same zip, proven without
 * inflating it again.
 */
export interface ProvenZip {
  readonly sha256: string;
  readonly h1: string;
}
