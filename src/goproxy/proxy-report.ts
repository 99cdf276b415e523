/** What the relay saw, per upstream. Filled in by the relay (issue #3). */
export interface ProxyReport {
  readonly upstreams: readonly unknown[];
}
