/**
 * The action's inputs, in one table: action.yml, the CLI's flags and the README are checked
 * against it by tests, so a new input is added here once.
 */
export interface InputSpec {
  readonly name: string;
  /** The default as action.yml states it ('' = computed at run time, see `computedDefault`). */
  readonly default: string;
  readonly description: string;
  /** What an empty value means when it is computed at run time (shown in --help and the README). */
  readonly computedDefault?: string;
  /** Parsed and validated now; implemented by a later release. */
  readonly coming?: boolean;
}

export const INPUTS: readonly InputSpec[] = [
  { name: 'working-directory', default: '.', description: 'Folder with go.mod (or go.work).' },
  {
    name: 'proxy',
    default: '',
    computedDefault: "the job's `go env GOPROXY`",
    description:
      'The GOPROXY list to relay through. `,` moves on only after 404/410, `|` after any error; `direct` and `off` end the list.',
  },
  {
    name: 'private',
    default: '',
    computedDefault: "the job's `go env GOPRIVATE`",
    description: 'Comma-separated module path globs never sent to a proxy or to the checksum database.',
  },
  {
    name: 'proxy-routes',
    default: '',
    description:
      'One rule per line, first match wins: `<module path globs> => <GOPROXY list>`; a module path goes only to the proxies of its route, paths no rule matches to `proxy`.',
  },
  {
    name: 'proxy-client-certs',
    default: '',
    description:
      'One line per HTTPS origin: `https://goproxy.corp.example cert=<path> key=<path> [ca=<path>]`; that origin (and no other) gets the client certificate.',
  },
  {
    name: 'latency-budget',
    default: '2300ms',
    description: 'Per-request budget (time to response headers) for each upstream proxy, e.g. 2300ms, 2.3s.',
  },
  {
    name: 'stall-timeout',
    default: '30s',
    description:
      'A response body that sends no bytes for this long is aborted and counted against its upstream.',
  },
  {
    name: 'fallback',
    default: 'next-proxy, cache, direct',
    description:
      'Which fallbacks are allowed when a proxy breaches its budget: any of next-proxy, cache, direct, or none.',
  },
  { name: 'timeout', default: '10m', description: 'Overall deadline for priming the module cache.' },
  {
    name: 'prefetch',
    default: 'true',
    description:
      'Fetch the files go.sum names ahead of `go`, as many at a time as the link carries (2 to 16), through the same budgets (private modules never).',
  },
  {
    name: 'sumdb',
    default: '',
    computedDefault: "the job's `go env GOSUMDB`",
    description: 'Checksum database: `name`, `name+hash+key`, `name+hash+key url`, or `off`.',
  },
  {
    name: 'sumdb-unavailable',
    default: 'fail',
    description:
      '`fail` or `warn` for go.sum lines the checksum database could not be asked about and that have no stored proof (lines proven offline from the cache only warn once). A mismatch always fails.',
  },
  {
    name: 'sumdb-no-record',
    default: 'warn',
    description:
      '`warn` or `fail` when the checksum database holds no record of a go.sum line (404/410 on lookup: forks at pseudo-versions, versions it could not fetch).',
  },
  {
    name: 'license-allow',
    default: '',
    description:
      'SPDX license ids allowed (comma or newline separated). Empty: licenses are reported, not gated.',
  },
  { name: 'license-deny', default: '', description: 'SPDX license ids denied (comma or newline separated).' },
  {
    name: 'license-exceptions',
    default: '',
    description:
      'One per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/x/y@>=1.2.0 Apache-2.0`.',
  },
  {
    name: 'license-confidence',
    default: '0.9',
    description: 'Minimum confidence (0 to 1) for a license text to count as identified.',
  },
  {
    name: 'license-scope',
    default: 'shipped',
    description:
      'Which modules the license gate decides on: `shipped` (modules compiled into the main packages on linux, darwin and windows × amd64, arm64), `imports` (modules providing packages to `./...` on this platform, tests included) or `build-list` (every module of `go list -m all`). Every module is still classified and reported.',
  },
  {
    name: 'unknown-license',
    default: 'fail',
    description: '`fail` or `warn` for modules whose license cannot be identified.',
  },
  { name: 'cache', default: 'true', description: 'Restore the verified module cache.' },
  {
    name: 'cache-save',
    default: 'auto',
    description:
      '`auto` (save on a miss, never from a fork pull request or pull_request_target), `true` or `false`.',
  },
  {
    name: 'cache-backend',
    default: 'auto',
    description:
      '`actions` (GitHub cache service), `local` (a directory), or `auto` (actions on GitHub, else local).',
  },
  {
    name: 'cache-dir',
    default: '',
    computedDefault: '`~/.cache/go-module-warden`',
    description: 'Directory of the local cache backend.',
  },
  { name: 'cache-key-prefix', default: 'go-module-warden', description: 'Prefix of the cache key.' },
  {
    name: 'cache-url',
    default: '',
    description:
      "The s3 backend's store, `s3://<bucket>/<prefix>` (any S3-compatible store); endpoint, region and credentials come from the AWS chain (`AWS_ENDPOINT_URL_S3`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`…, profiles, web identity). Setting it makes `auto` choose `s3`.",
  },
  {
    name: 'cache-s3-path-style',
    default: 'auto',
    description:
      '`true` for path-style addressing (MinIO, Ceph RGW…), `false` for virtual-hosted; `auto` reads `AWS_S3_FORCE_PATH_STYLE`.',
  },
  {
    name: 'cache-heal',
    default: 'false',
    description:
      '`true`: delete a bucket object that fails verification (it is always refused and reported; kept by default, as evidence).',
  },
  {
    name: 'warn-only',
    default: 'false',
    description: 'Report violations without failing. Checksum mismatches still fail.',
  },
  {
    name: 'report-file',
    default: '',
    computedDefault: '`$RUNNER_TEMP/go-module-warden/report.json`',
    description: 'Where the machine-readable JSON report is written.',
  },
  {
    name: 'sbom',
    default: 'none',
    description:
      'Write an SBOM of the verified build list: `none`, `cyclonedx` (1.6 JSON), `spdx` (2.3 JSON), or both comma-separated.',
  },
  {
    name: 'sbom-file',
    default: '',
    computedDefault: '`sbom.cdx.json` / `sbom.spdx.json` next to the JSON report',
    description:
      'Where the SBOM is written. With both formats, `.cdx` and `.spdx` are put before its `.json` extension.',
  },
  {
    name: 'notices-file',
    default: '',
    description:
      'Write the third-party notices (license texts and NOTICE files, grouped by identical text) here: Markdown for `.md`, else plain text.',
  },
  {
    name: 'metrics-file',
    default: '',
    description:
      "Write the run's metrics here in the OpenMetrics text format (per-upstream latency histograms, request, fallback and breaker series, phase durations), e.g. for node_exporter's textfile collector.",
  },
  {
    name: 'compare-to',
    default: '',
    computedDefault: "the pull request's base commit",
    description:
      'A git ref or a go.sum file to diff the build list against (added, updated, removed modules and their licenses).',
  },
  {
    name: 'gate',
    default: 'all',
    description:
      '`all` fails on every license problem; `changed` only on modules the diff adds or updates. Checksum failures always count.',
  },
];

export interface OutputSpec {
  readonly name: string;
  readonly description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'result', description: '`passed`, `warned` or `failed`.' },
  { name: 'cache-hit', description: '`exact`, `partial` or `miss`.' },
  { name: 'modules', description: 'Number of modules in the build list.' },
  { name: 'route', description: 'How modules arrived: one upstream host, `direct`, `cache`, or `mixed`.' },
  {
    name: 'fallbacks',
    description:
      'Number of fallback decisions the relay took: hedged requests won by a later upstream, circuit openings, and requests failed so that go went direct.',
  },
  {
    name: 'proxy-p95-ms',
    description:
      'p95 time to response headers over all requests sent upstream, in milliseconds; a request with no headers within the budget counts as the budget.',
  },
  { name: 'license-violations', description: 'Number of modules whose license is not allowed.' },
  { name: 'unknown-licenses', description: 'Number of modules whose license could not be identified.' },
  {
    name: 'checksum-failures',
    description:
      'Number of module versions whose bytes or go.sum lines do not match go.sum or the checksum database (these always fail).',
  },
  { name: 'report-file', description: 'Path of the JSON report.' },
];

/** The raw input values as strings, by input name; absent = the action.yml default. */
export type RawInputs = Readonly<Record<string, string | undefined>>;
