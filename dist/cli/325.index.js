export const id = 325;
export const ids = [325];
export const modules = {

/***/ 6538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZE: () => (/* binding */ EXIT_CODE_ON),
/* harmony export */   a: () => (/* binding */ cancelledReason),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   mT: () => (/* binding */ Cancellation)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9243);

/** The shell convention: 128 + the signal's number. */
const EXIT_CODE_ON = { SIGINT: 130, SIGTERM: 143 };
/** A step stopped because the run was cancelled: the report is partial and says so. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WardenError */ .Sh {
    by;
    constructor(by) {
        super('infrastructure', `cancelled by ${by}: the steps after this point did not run`);
        this.by = by;
    }
}
/**
 * A run's cancellation token: the edges cancel it on a signal; `go` runs (through `signal`) and
 * the pipeline (between steps) observe it. Only the first signal counts.
 */
class Cancellation {
    #controller = new AbortController();
    #by;
    /** Aborted on cancel; its reason is the CancelledError. */
    get signal() {
        return this.#controller.signal;
    }
    /** The signal that cancelled the run, if one did. */
    get by() {
        return this.#by;
    }
    /** Returns false when the run was already cancelled. */
    cancel(by) {
        if (this.#by)
            return false;
        this.#by = by;
        this.#controller.abort(new CancelledError(by));
        return true;
    }
}
/** Throws the CancelledError once `signal` is aborted by a Cancellation. */
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw cancelledReason(signal);
}
/** The CancelledError an aborted signal carries (a plain abort counts as SIGINT). */
function cancelledReason(signal) {
    return signal.reason instanceof CancelledError ? signal.reason : new CancelledError('SIGINT');
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const INPUTS = [
    { name: 'working-directory', default: '.', description: 'Folder with go.mod (or go.work).' },
    {
        name: 'proxy',
        default: '',
        computedDefault: "the job's `go env GOPROXY`",
        description: 'The GOPROXY list to relay through. `,` moves on only after 404/410, `|` after any error; `direct` and `off` end the list.',
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
        description: 'One rule per line, first match wins: `<module path globs> => <GOPROXY list>`; a module path goes only to the proxies of its route, paths no rule matches to `proxy`.',
    },
    {
        name: 'proxy-client-certs',
        default: '',
        description: 'One line per HTTPS origin: `https://goproxy.corp.example cert=<path> key=<path> [ca=<path>]`; that origin (and no other) gets the client certificate.',
    },
    {
        name: 'latency-budget',
        default: '2300ms',
        description: 'Per-request budget (time to response headers) for each upstream proxy, e.g. 2300ms, 2.3s.',
    },
    {
        name: 'stall-timeout',
        default: '30s',
        description: 'A response body that sends no bytes for this long is aborted and counted against its upstream.',
    },
    {
        name: 'fallback',
        default: 'next-proxy, cache, direct',
        description: 'Which fallbacks are allowed when a proxy breaches its budget: any of next-proxy, cache, direct, or none.',
    },
    { name: 'timeout', default: '10m', description: 'Overall deadline for priming the module cache.' },
    {
        name: 'prefetch',
        default: 'true',
        description: 'Fetch the files go.sum names ahead of `go`, as many at a time as the link carries (2 to 16), through the same budgets (private modules never).',
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
        description: '`fail` or `warn` for go.sum lines the checksum database could not be asked about and that have no stored proof (lines proven offline from the cache only warn once). A mismatch always fails.',
    },
    {
        name: 'sumdb-no-record',
        default: 'warn',
        description: '`warn` or `fail` when the checksum database holds no record of a go.sum line (404/410 on lookup: forks at pseudo-versions, versions it could not fetch).',
    },
    {
        name: 'license-allow',
        default: '',
        description: 'SPDX license ids allowed (comma or newline separated). Empty: licenses are reported, not gated.',
    },
    { name: 'license-deny', default: '', description: 'SPDX license ids denied (comma or newline separated).' },
    {
        name: 'license-exceptions',
        default: '',
        description: 'One per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/x/y@>=1.2.0 Apache-2.0`.',
    },
    {
        name: 'license-confidence',
        default: '0.9',
        description: 'Minimum confidence (0 to 1) for a license text to count as identified.',
    },
    {
        name: 'license-scope',
        default: 'shipped',
        description: 'Which modules the license gate decides on: `shipped` (modules compiled into the main packages on linux, darwin and windows × amd64, arm64), `imports` (modules providing packages to `./...` on this platform, tests included) or `build-list` (every module of `go list -m all`). Every module is still classified and reported.',
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
        description: '`auto` (save on a miss, never from a fork pull request or pull_request_target), `true` or `false`.',
    },
    {
        name: 'cache-backend',
        default: 'auto',
        description: '`actions` (GitHub cache service), `local` (a directory), or `auto` (actions on GitHub, else local).',
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
        description: "The s3 backend's store, `s3://<bucket>/<prefix>` (any S3-compatible store); endpoint, region and credentials come from the AWS chain (`AWS_ENDPOINT_URL_S3`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`…, profiles, web identity). Setting it makes `auto` choose `s3`.",
    },
    {
        name: 'cache-s3-path-style',
        default: 'auto',
        description: '`true` for path-style addressing (MinIO, Ceph RGW…), `false` for virtual-hosted; `auto` reads `AWS_S3_FORCE_PATH_STYLE`.',
    },
    {
        name: 'cache-heal',
        default: 'false',
        description: '`true`: delete a bucket object that fails verification (it is always refused and reported; kept by default, as evidence).',
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
        description: 'Write an SBOM of the verified build list: `none`, `cyclonedx` (1.6 JSON), `spdx` (2.3 JSON), or both comma-separated.',
    },
    {
        name: 'sbom-file',
        default: '',
        computedDefault: '`sbom.cdx.json` / `sbom.spdx.json` next to the JSON report',
        description: 'Where the SBOM is written. With both formats, `.cdx` and `.spdx` are put before its `.json` extension.',
    },
    {
        name: 'notices-file',
        default: '',
        description: 'Write the third-party notices (license texts and NOTICE files, grouped by identical text) here: Markdown for `.md`, else plain text.',
    },
    {
        name: 'metrics-file',
        default: '',
        description: "Write the run's metrics here in the OpenMetrics text format (per-upstream latency histograms, request, fallback and breaker series, phase durations), e.g. for node_exporter's textfile collector.",
    },
    {
        name: 'compare-to',
        default: '',
        computedDefault: "the pull request's base commit",
        description: 'A git ref or a go.sum file to diff the build list against (added, updated, removed modules and their licenses).',
    },
    {
        name: 'gate',
        default: 'all',
        description: '`all` fails on every license problem; `changed` only on modules the diff adds or updates. Checksum failures always count.',
    },
];
const OUTPUTS = [
    { name: 'result', description: '`passed`, `warned` or `failed`.' },
    { name: 'cache-hit', description: '`exact`, `partial` or `miss`.' },
    { name: 'modules', description: 'Number of modules in the build list.' },
    { name: 'route', description: 'How modules arrived: one upstream host, `direct`, `cache`, or `mixed`.' },
    {
        name: 'fallbacks',
        description: 'Number of fallback decisions the relay took: hedged requests won by a later upstream, circuit openings, and requests failed so that go went direct.',
    },
    {
        name: 'proxy-p95-ms',
        description: 'p95 time to response headers over all requests sent upstream, in milliseconds; a request with no headers within the budget counts as the budget.',
    },
    { name: 'license-violations', description: 'Number of modules whose license is not allowed.' },
    { name: 'unknown-licenses', description: 'Number of modules whose license could not be identified.' },
    {
        name: 'checksum-failures',
        description: 'Number of module versions whose bytes or go.sum lines do not match go.sum or the checksum database (these always fail).',
    },
    { name: 'report-file', description: 'Path of the JSON report.' },
];


/***/ }),

/***/ 985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readRunnerFacts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);


/** Reads the runner's facts from the job's environment (the edges call this once). */
async function readRunnerFacts(env) {
    const event = env.GITHUB_EVENT_NAME
        ? await readEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH)
        : undefined;
    return {
        onGitHub: env.GITHUB_ACTIONS === 'true',
        tempDir: env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(),
        homeDir: node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(),
        ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.HOSTNAME ? { host: env.HOSTNAME } : {}),
        ...(event ? { event } : {}),
        ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
        env,
    };
}
async function readEvent(name, file) {
    let payload;
    try {
        payload = file ? JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8')) : undefined;
    }
    catch {
        payload = undefined;
    }
    const sha = payload?.pull_request?.base
        ?.sha;
    const baseSha = typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
    return { name, payload, ...(baseSha ? { baseSha } : {}) };
}


/***/ }),

/***/ 3325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outputColumns: () => (/* binding */ outputColumns),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./.build/config/runner-facts.js
var runner_facts = __webpack_require__(985);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/logger.js
var _build_logger = __webpack_require__(8980);
// EXTERNAL MODULE: ./.build/report/outcome.js
var outcome = __webpack_require__(777);
// EXTERNAL MODULE: ./.build/report/escape.js
var report_escape = __webpack_require__(3046);
// EXTERNAL MODULE: ./.build/report/colour.js
var colour = __webpack_require__(2257);
// EXTERNAL MODULE: ./.build/version.js
var version = __webpack_require__(5922);
// EXTERNAL MODULE: ./.build/config/inputs.js
var config_inputs = __webpack_require__(6600);
;// CONCATENATED MODULE: ./.build/cli-args.js


/** The inputs whose action.yml default is a boolean take the boolean flag forms. */
const BOOLEAN_INPUTS = new Set(config_inputs/* INPUTS */.m.filter((spec) => spec.default === 'true' || spec.default === 'false').map((spec) => spec.name));
const BOOLEAN = /^(true|false)$/i;
/** A bad command line (unknown flag, missing value): exit code 2. */
class UsageError extends Error {
}
/**
 * Parses argv: `check [dir] --<input> value | --<input>=value …`, plus --json, --verbose,
 * --quiet, --help. A boolean input takes `--flag`, `--flag=true|false` or `--flag true|false`;
 * any other word after it is refused, so that it cannot silently become the directory.
 */
function parseArgs(argv) {
    const inputs = {};
    const switches = { json: false, verbose: false, quiet: false, help: false, version: false };
    const args = [...argv];
    if (args[0] === 'check')
        args.shift();
    else if (args.length > 0 && !args[0].startsWith('-'))
        throw new UsageError(`unknown command '${args[0]}'; the command is 'check'`);
    while (args.length > 0) {
        const arg = args.shift();
        if (arg === '--help' || arg === '-h')
            switches.help = true;
        else if (arg === '--version')
            switches.version = true;
        else if (arg === '--json')
            switches.json = true;
        else if (arg === '--verbose' || arg === '-v')
            switches.verbose = true;
        else if (arg === '--quiet' || arg === '-q')
            switches.quiet = true;
        else if (arg.startsWith('--')) {
            const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
            if (!config_inputs/* INPUTS */.m.some((spec) => spec.name === name)) {
                const near = config_inputs/* INPUTS */.m.find((spec) => spec.name.startsWith(name) || name.startsWith(spec.name));
                throw new UsageError(`unknown flag '--${name}'${near ? `; did you mean '--${near.name}'?` : ''}`);
            }
            if (BOOLEAN_INPUTS.has(name))
                inputs[name] = booleanValue(name, inline, args);
            else if (inline !== undefined)
                inputs[name] = inline;
            else {
                const value = args.shift();
                if (value === undefined)
                    throw new UsageError(`flag '--${name}' needs a value`);
                inputs[name] = value;
            }
        }
        else if (inputs['working-directory'] === undefined)
            inputs['working-directory'] = arg;
        else
            throw new UsageError(`unexpected argument '${arg}'; the module directory is '${inputs['working-directory']}'`);
    }
    if (switches.quiet && switches.verbose)
        throw new UsageError('--quiet and --verbose exclude each other');
    return { inputs, ...switches };
}
function booleanValue(name, inline, rest) {
    const refuse = (word) => new UsageError(`flag '--${name}' is true or false, not '${word}' (write --${name}, --${name}=false or --${name} false; the directory goes before the flags)`);
    if (inline !== undefined) {
        if (!BOOLEAN.test(inline))
            throw refuse(inline);
        return inline.toLowerCase();
    }
    const next = rest[0];
    if (next === undefined || next.startsWith('-'))
        return 'true';
    if (!BOOLEAN.test(next))
        throw refuse(next);
    rest.shift();
    return next.toLowerCase();
}
/**
 * Messages name action inputs ("Input 'x': …", "the 'x' input"); on the command line the same
 * thing is a flag (or, for working-directory, the directory argument).
 */
function forCli(text) {
    const cliName = (name) => (name === 'working-directory' ? 'the directory argument' : `--${name}`);
    const known = (name) => config_inputs/* INPUTS */.m.some((spec) => spec.name === name);
    return (text
        // Also each line of the all-at-once list ("- Input 'x': …").
        .replace(/^(- )?Input '([a-z-]+)':/gm, (all, item, name) => known(name) ? `${item ?? ''}${cliName(name)}:` : all)
        .replace(/the '([a-z-]+)' input/g, (all, name) => (known(name) ? cliName(name) : all)));
}
function helpText() {
    const flags = config_inputs/* INPUTS */.m.map((spec) => {
        const def = spec.default
            ? ` (default: ${spec.default})`
            : spec.computedDefault
                ? ` (default: ${spec.computedDefault})`
                : '';
        return `  --${spec.name.padEnd(20)} ${spec.description}${def}`;
    });
    return [
        `go-module-warden ${version/* VERSION */.x}: prime and verify a Go module cache, gate licenses and checksums`,
        '',
        'Usage: go-module-warden check [dir] [flags]',
        '       go-module-warden gc --cache-url s3://<bucket>/<prefix> --older-than <N>d [--dry-run] [--cache-s3-path-style true|false]',
        '',
        '  gc removes from an s3 module store (cache-backend: s3) the module versions no project has named',
        '  for <N> days (or <N>h hours), by the per-project manifests; the checksum proofs are kept.',
        '  --dry-run lists what would go. The endpoint and credentials come from the AWS chain, as for check.',
        '',
        'Every input of the GitHub Action is a flag of the same name:',
        ...flags,
        '',
        '  Boolean flags: --flag, --flag=true|false or --flag true|false.',
        '',
        '  --json                 print the JSON report on stdout (logs go to stderr)',
        '  --verbose              more detail in the log, and every module in the table',
        '  --quiet                print the verdict alone (and errors)',
        '  --help                 this text',
        '',
        'Outside GitHub the cache backend is a local directory (--cache-dir, default ~/.cache/go-module-warden).',
        'Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.',
        '',
        'Exit codes: 0 passed (or warnings only), 1 policy or checksum failure, 2 usage or config error,',
        '            3 infrastructure failure (go, a proxy, the checksum database or the cache failed us),',
        '            130 or 143 cancelled by SIGINT or SIGTERM (a partial report marked cancelled is written).',
    ].join('\n');
}

// EXTERNAL MODULE: ./.build/cancel.js
var cancel = __webpack_require__(6538);
;// CONCATENATED MODULE: ./.build/edges/signals.js

/**
 * SIGINT and SIGTERM cancel the run: `go`'s process group is killed, the relay stops and the
 * partial report is written (src/run.ts). A second signal while that is under way exits at once
 * with the first signal's code (GitHub sends SIGINT, SIGTERM ~7.5 s later, then SIGKILL). Returns
 * the function that removes the handlers.
 */
function cancelOnSignals(cancellation, say) {
    const handler = (by) => () => {
        if (cancellation.cancel(by)) {
            say(`${by} received: stopping go and the relay, writing a partial report`);
            return;
        }
        say(`${by} received again: exiting now`);
        process.exit(cancel/* EXIT_CODE_ON */.ZE[cancellation.by ?? by]);
    };
    const handlers = { SIGINT: handler('SIGINT'), SIGTERM: handler('SIGTERM') };
    for (const [name, fn] of Object.entries(handlers))
        process.on(name, fn);
    return () => {
        for (const [name, fn] of Object.entries(handlers))
            process.off(name, fn);
    };
}
/**
 * After a cancelled run: the exit code, and a backstop that exits with it should anything (a
 * keep-alive socket, a timer) hold the event loop open. Undefined when the run was not cancelled.
 */
function exitAfterCancel(cancellation) {
    if (!cancellation.by)
        return undefined;
    const code = cancel/* EXIT_CODE_ON */.ZE[cancellation.by];
    setTimeout(() => process.exit(code), 2_000).unref();
    return code;
}

;// CONCATENATED MODULE: ./.build/edges/cli-main.js










const PROCESS_STREAMS = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    get stdoutIsTTY() {
        return process.stdout.isTTY === true;
    },
    get columns() {
        return process.stdout.columns;
    },
    get stderrIsTTY() {
        return process.stderr.isTTY === true;
    },
};
/** The width to fit: the terminal's, else COLUMNS (as shells export it); none for a plain pipe. */
function outputColumns(io, env) {
    if (io.stdoutIsTTY && io.columns !== undefined && io.columns > 0)
        return io.columns;
    const columns = Number(env.COLUMNS);
    return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
/** The CLI: parses argv, runs the pipeline, prints the report; resolves with the exit code. */
async function runCli(argv, env, io = PROCESS_STREAMS) {
    // `gc` (@aws-sdk) and the run are loaded when used: `--help` and `--version` stay light.
    if (argv[0] === 'gc')
        return (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358), __webpack_require__.e(48)]).then(__webpack_require__.bind(__webpack_require__, 3048))).gcCommand(argv.slice(1), env, (line) => io.stderr(`${line}\n`));
    let invocation;
    try {
        invocation = parseArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`go-module-warden: ${error.message}\nRun 'go-module-warden --help' for the flags.\n`);
        return outcome/* EXIT */.dc.usage;
    }
    if (invocation.help) {
        io.stdout(helpText() + '\n');
        return outcome/* EXIT */.dc.passed;
    }
    if (invocation.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return outcome/* EXIT */.dc.passed;
    }
    const logger = new _build_logger/* StreamLogger */.rv((line) => io.stderr(forCli(line) + '\n'), invocation.verbose, invocation.quiet, Date.now, io.stderrIsTTY && env.TERM !== 'dumb' ? (text) => io.stderr(text) : undefined);
    const cancellation = new cancel/* Cancellation */.mT();
    const stopListening = cancelOnSignals(cancellation, (line) => io.stderr(`go-module-warden: ${line}\n`));
    try {
        // Outside a job: no event, the OS temp dir, no workspace (inside one, the job's, as the action).
        const runner = await (0,runner_facts/* readRunnerFacts */.c)(env);
        // The run is loaded only now; the actions backend (@actions/cache, the Azure SDK) only when used.
        // One after the other: jest's ESM loader fails two concurrent imports of one module graph.
        const { runWarden } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(118), __webpack_require__.e(711), __webpack_require__.e(256), __webpack_require__.e(816), __webpack_require__.e(490), __webpack_require__.e(555), __webpack_require__.e(358), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 1928));
        const { renderTerminal } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(256), __webpack_require__.e(816), __webpack_require__.e(555), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 4219));
        const { report, config } = await runWarden(invocation.inputs, env, logger, {
            runner,
            cacheBackend: async (kind, dir, deadline) => kind === 'actions'
                ? new (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(118), __webpack_require__.e(305), __webpack_require__.e(816), __webpack_require__.e(490), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 7645))).ActionsBackend(env, Date.now, deadline, runner.workspace)
                : new (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(816), __webpack_require__.e(490), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 7965))).LocalBackend(dir),
            cancellation,
        });
        io.stdout(invocation.json
            ? JSON.stringify(report, null, 2) + '\n'
            : renderTerminal(report, {
                verbose: invocation.verbose,
                quiet: invocation.quiet,
                colour: (0,colour/* colourWanted */.qd)(env, io.stdoutIsTTY) ? colour/* ANSI */.mh : colour/* NO_COLOUR */.fS,
                reportFile: config.reportFile,
                wording: forCli,
                columns: outputColumns(io, env),
                tty: io.stdoutIsTTY,
            }));
        return exitAfterCancel(cancellation) ?? (0,outcome/* exitCodeFor */.Rr)(report.status, report.findings, report.warnOnly);
    }
    catch (error) {
        const cancelled = exitAfterCancel(cancellation);
        if (cancelled !== undefined) {
            io.stderr(`go-module-warden: cancelled: ${(0,report_escape/* escapeControls */.UN)((0,errors/* describeError */.Uc)(error))}\n`);
            return cancelled;
        }
        if (error instanceof errors/* WardenError */.Sh) {
            io.stderr(`go-module-warden: ${(0,report_escape/* escapeControls */.UN)(forCli((0,errors/* describeError */.Uc)(error)))}\n`);
            return (0,outcome/* exitCodeForKind */.LD)(error.kind);
        }
        io.stderr(`go-module-warden: internal error: ${(0,report_escape/* escapeControls */.UN)((0,errors/* describeError */.Uc)(error))}\n`);
        return outcome/* EXIT */.dc.infrastructure;
    }
    finally {
        stopListening();
    }
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   rv: () => (/* binding */ StreamLogger),
/* harmony export */   xQ: () => (/* binding */ KeptLogger)
/* harmony export */ });
/* unused harmony export MemoryLogger */
/** A logger that keeps every line, for tests and for the CLI's --json mode. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push(`debug: ${message}`);
    }
    info(message) {
        this.lines.push(message);
    }
    warn(message) {
        this.lines.push(`warning: ${message}`);
    }
    error(message) {
        this.lines.push(`error: ${message}`);
    }
    async group(title, fn) {
        this.lines.push(`## ${title}`);
        return fn();
    }
}
/**
 * Writes to a stream (stderr for the CLI, so stdout stays clean for --json). Each group is one
 * heading line and, when it ends, one line with its time; quiet keeps only warnings and errors.
 */
class StreamLogger {
    write;
    verbose;
    quiet;
    now;
    constructor(write, verbose = false, quiet = false, now = Date.now, 
    /** Raw output to a terminal: given, the logger has a status line (`\r`, erase to the end). */
    writeRaw) {
        this.write = write;
        this.verbose = verbose;
        this.quiet = quiet;
        this.now = now;
        if (writeRaw && !quiet) {
            this.raw = writeRaw;
            this.status = (line) => {
                writeRaw(`\r\u001b[K${line}`);
                this.statusShown = line !== '';
            };
        }
    }
    raw;
    statusShown = false;
    status;
    /** A logged line first erases the status line, which the next status call writes again. */
    line(text) {
        if (this.statusShown)
            this.raw?.('\r\u001b[K');
        this.statusShown = false;
        this.write(text);
    }
    debug(message) {
        if (this.verbose)
            this.line(`  ${message}`);
    }
    info(message) {
        if (!this.quiet)
            this.line(message);
    }
    warn(message) {
        this.line(`warning: ${message}`);
    }
    error(message) {
        this.line(`error: ${message}`);
    }
    async group(title, fn) {
        if (!this.quiet)
            this.line(`▸ ${title}`);
        const started = this.now();
        try {
            return await fn();
        }
        finally {
            if (!this.quiet)
                this.line(`  ${title}: ${formatElapsed(this.now() - started)}`);
        }
    }
}
/** 840 ms, 3.2 s, 2 min 5 s: a phase's time as a person reads it. */
function formatElapsed(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/**
 * Keeps a step's lines while it runs beside another step, whose group is on screen then, and
 * writes them into a logger afterwards (`replayInto`), so two groups never interleave.
 */
class KeptLogger {
    kept = [];
    debug(message) {
        this.kept.push((to) => to.debug(message));
    }
    info(message) {
        this.kept.push((to) => to.info(message));
    }
    warn(message) {
        this.kept.push((to) => to.warn(message));
    }
    error(message) {
        this.kept.push((to) => to.error(message));
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
    replayInto(to) {
        for (const line of this.kept.splice(0))
            line(to);
    }
}


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fS: () => (/* binding */ NO_COLOUR),
/* harmony export */   mh: () => (/* binding */ ANSI),
/* harmony export */   qd: () => (/* binding */ colourWanted)
/* harmony export */ });
const plain = (text) => text;
const NO_COLOUR = { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const ANSI = {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
};
/**
 * NO_COLOR (any non-empty value) turns colour off; FORCE_COLOR turns it on (off for `0` or
 * `false`), also off a terminal; otherwise colour on a TTY whose TERM is not `dumb`.
 */
function colourWanted(env, isTTY) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined)
        return !/^(0|false)$/i.test(env.FORCE_COLOR);
    return isTTY && env.TERM !== 'dumb';
}


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, shown in the summary and the JSON report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};
