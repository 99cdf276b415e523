export const id = 555;
export const ids = [555];
export const modules = {

/***/ 265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hE: () => (/* binding */ Serializer),
/* harmony export */   jG: () => (/* binding */ Limiter),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
// The one bounded-concurrency pool of the code base (ground floor: imports nothing of ours).
/** At most `limit` tasks at once; the rest wait in order. */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new Error(`concurrency must be at least 1, got ${limit}`);
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
/** A mutex: runs tasks one after the other. */
class Serializer {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
}
/**
 * Maps `items` through `fn`, at most `limit` at once, started in order; results keep the order of
 * `items`. Like Promise.all, it rejects with the first failure.
 */
function mapLimit(items, limit, fn) {
    const limiter = new Limiter(limit);
    return Promise.all(items.map((item) => limiter.run(() => fn(item))));
}


/***/ }),

/***/ 4757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9243);

const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const DURATION_FORMS = "`2300ms`, `2.3s`, `10m`, `1m30s` (units ns, us, ms, s, m, h, as Go's time.ParseDuration)";
/** Parses a duration in Go's time.ParseDuration syntax into milliseconds. */
function parseDuration(input, value, { allowZero = false } = {}) {
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text) && text !== '0') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value}' has no unit; did you mean '${text}ms' or '${text}s'?`, DURATION_FORMS);
    }
    const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
    let total = 0;
    let at = 0;
    if (text === '0')
        return checkRange(input, value, 0, allowZero);
    while (at < text.length) {
        part.lastIndex = at;
        const match = part.exec(text);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value}' is not a duration`, DURATION_FORMS);
        total += Number(match[1]) * UNIT_MS[match[2]];
        at = part.lastIndex;
    }
    if (text.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, 'is empty', DURATION_FORMS);
    return checkRange(input, value, total, allowZero);
}
function checkRange(input, value, ms, allowZero) {
    if (ms === 0 && !allowZero)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value}' must be longer than zero`, DURATION_FORMS);
    if (ms > 24 * 3_600_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value}' is longer than 24h`, DURATION_FORMS);
    return Math.round(ms);
}
/** Formats milliseconds the way users write them back: 2300ms, 2.3s, 10m. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(2)}s`;
    if (ms < 3_600_000)
        return `${+(ms / 60_000).toFixed(2)}m`;
    return `${+(ms / 3_600_000).toFixed(2)}h`;
}


/***/ }),

/***/ 3385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ licensePolicyFromConfig)
/* harmony export */ });
/* harmony import */ var _licenses_classifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3418);

/** The license gate's settings out of the inputs; a `license-confidence` of 0 takes the default. */
function licensePolicyFromConfig(config) {
    return {
        allow: config.licenseAllow,
        deny: config.licenseDeny,
        exceptions: config.licenseExceptions,
        confidence: config.licenseConfidence || _licenses_classifier_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIDENCE */ .FH,
        unknownLicense: config.unknownLicense,
        warnOnly: config.warnOnly,
    };
}


/***/ }),

/***/ 994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ diffSentence),
  I: () => (/* binding */ pullRequestDiff)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/go/build-list.js
var build_list = __webpack_require__(2382);
// EXTERNAL MODULE: ./.build/go/json-stream.js
var json_stream = __webpack_require__(3476);
// EXTERNAL MODULE: ./.build/licenses/evaluate.js + 3 modules
var evaluate = __webpack_require__(5047);
// EXTERNAL MODULE: ./.build/config/license-policy.js
var license_policy = __webpack_require__(3385);
// EXTERNAL MODULE: ./.build/diff/git.js
var diff_git = __webpack_require__(7404);
;// CONCATENATED MODULE: ./.build/diff/base-go-sum.js




/**
 * `compare-to` when set (an existing file is a go.sum, anything else a git ref); else, on a
 * pull_request event, the payload's `pull_request.base.sha`, else `GITHUB_BASE_REF`. Undefined
 * when there is nothing to compare to (a push, the CLI without --compare-to).
 */
async function baseRequestFrom(compareTo, job, cwd) {
    if (compareTo !== undefined) {
        const file = external_node_path_.resolve(cwd, compareTo);
        const stat = await promises_.stat(file).catch(() => undefined);
        if (stat?.isFile())
            return { kind: 'file', path: file };
        if (compareTo.startsWith('-') || /\s/.test(compareTo))
            throw new errors/* ConfigError */.xL('compare-to', `'${compareTo}' is neither a go.sum file nor a git ref`, 'a git ref (main, origin/main, a commit) or a go.sum path');
        return { kind: 'git', ref: compareTo };
    }
    if (!/^pull_request/.test(job.eventName ?? ''))
        return undefined;
    if (job.baseSha)
        return { kind: 'git', ref: job.baseSha };
    return job.baseRef ? { kind: 'git', ref: job.baseRef } : undefined;
}
/**
 * The base's text of each head go.sum file (absolute paths), '' where the base has none. From git:
 * `git show <commit>:<path>`, after fetching `<ref>` from origin when the commit is not in the
 * clone (actions/checkout fetches only the head, at depth 1, by default). See fetchBase.
 */
async function readBaseGoSums(request, goSumFiles, options) {
    if (request.kind === 'file') {
        const text = await promises_.readFile(request.path, 'utf8');
        // A go.sum file stands for the main module's go.sum (in a workspace, not go.work.sum).
        const main = goSumFiles.find((f) => external_node_path_.basename(f) === 'go.sum') ?? goSumFiles[0];
        return { base: request, texts: new Map(main ? [[main, text]] : []) };
    }
    // A ref is passed to git as an argument: one that reads as an option is never a ref.
    if (request.ref.startsWith('-'))
        throw new errors/* ConfigError */.xL('compare-to', `'${request.ref}' is not a git ref`);
    const git = async (args) => (0,diff_git/* runGit */.E)(args, options);
    const top = await git(['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new errors/* InfrastructureError */.EN(`compare-to ${request.ref}: ${options.cwd} is not in a git repository (${top.stderr.trim()})`);
    const root = top.stdout.trim();
    let commit = await resolveCommit(git, request.ref);
    let fetched = false;
    if (!commit) {
        const fetch = await fetchBase(git, request.ref);
        if (fetch.code !== 0)
            throw new errors/* InfrastructureError */.EN(`could not fetch the base ${request.ref} from origin: ${fetch.stderr.trim().split('\n').pop() ?? ''}`);
        fetched = true;
        commit = (await resolveCommit(git, request.ref)) ?? (await resolveCommit(git, 'FETCH_HEAD'));
        if (!commit)
            throw new errors/* InfrastructureError */.EN(`the base ${request.ref} is not a commit, even after fetching it`);
    }
    const texts = new Map();
    for (const file of goSumFiles) {
        const rel = external_node_path_.relative(await promises_.realpath(root), await promises_.realpath(external_node_path_.dirname(file)).catch(() => external_node_path_.dirname(file)));
        const name = [...rel.split(external_node_path_.sep).filter((p) => p !== ''), external_node_path_.basename(file)].join('/');
        const show = await git(['show', `${commit}:${name}`]);
        texts.set(file, show.code === 0 ? show.stdout : '');
    }
    return { base: { kind: 'git', ref: request.ref, commit, fetched }, texts };
}
/**
 * Fetches only what is missing and never changes the kind of clone: `--depth=1` in a full clone
 * would write .git/shallow and make it shallow; a shallow clone gets the base alone at depth 1
 * (its own history is neither deepened nor unshallowed).
 */
async function fetchBase(git, ref) {
    const shallow = await git(['rev-parse', '--is-shallow-repository']);
    const depth = shallow.code === 0 && shallow.stdout.trim() === 'false' ? [] : ['--depth=1'];
    return git(['fetch', '--no-tags', ...depth, 'origin', ref]);
}
async function resolveCommit(git, ref) {
    const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./.build/go/go-sum.js
var go_sum = __webpack_require__(1417);
;// CONCATENATED MODULE: ./.build/diff/go-sum-diff.js


/** Module path → the version whose zip line go.sum holds (the highest, as MVS would select). */
function zipVersions(texts) {
    const versions = new Map();
    for (const { text, file } of texts) {
        for (const line of (0,go_sum/* parseGoSum */.H)(text, file)) {
            if (line.version.endsWith('/go.mod'))
                continue;
            const seen = versions.get(line.path);
            if (seen === undefined || compareGoVersions(line.version, seen) > 0)
                versions.set(line.path, line.version);
        }
    }
    return versions;
}
/** Orders Go versions as x/mod semver.Compare does for valid ones (build metadata ignored). */
function compareGoVersions(a, b) {
    const va = semver.valid(a.replace(/\+incompatible$/, ''));
    const vb = semver.valid(b.replace(/\+incompatible$/, ''));
    if (va && vb)
        return semver.compare(va, vb);
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Added, updated (old → new) and removed modules between two go.sum snapshots, sorted by path. */
function diffVersions(base, head) {
    const diff = { added: [], updated: [], removed: [] };
    for (const [p, version] of head) {
        const before = base.get(p);
        if (before === undefined)
            diff.added.push({ path: p, version });
        else if (before !== version)
            diff.updated.push({ path: p, from: before, to: version });
    }
    for (const [p, version] of base)
        if (!head.has(p))
            diff.removed.push({ path: p, version });
    const byPath = (x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
    diff.added.sort(byPath);
    diff.updated.sort(byPath);
    diff.removed.sort(byPath);
    return diff;
}

;// CONCATENATED MODULE: ./.build/diff/base-build-list.js





/**
 * The base's build list, path → version: `go list -m -json all` on the base go.mod and go.sum in
 * a scratch directory (the user's files untouched; `-mod=mod` so go may complete the scratch
 * go.sum; GOWORK=off). Relative local replacements are made absolute from the head's checkout.
 */
async function baseBuildList(input) {
    const dir = await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'gmw-base-'));
    try {
        await promises_.writeFile(external_node_path_.join(dir, 'go.mod'), input.goMod);
        await promises_.writeFile(external_node_path_.join(dir, 'go.sum'), input.goSum);
        const goflags = (input.childEnv.GOFLAGS ?? '')
            .split(/\s+/)
            .filter((f) => f !== '' && !f.startsWith('-mod='));
        const env = { ...input.childEnv, GOFLAGS: [...goflags, '-mod=mod'].join(' '), GOWORK: 'off' };
        const go = async (args) => {
            const result = await input.runGo(args, { cwd: dir, env, timeoutMs: input.timeoutMs });
            if (result.code !== 0 || result.timedOut)
                throw new errors/* InfrastructureError */.EN(`go ${args.join(' ')} on the base go.mod failed: ${result.timedOut ? 'stopped at the deadline' : result.stderr.trim().split('\n')[0]}`);
            return result.stdout;
        };
        const edit = JSON.parse(await go(['mod', 'edit', '-json']));
        for (const r of edit.Replace ?? []) {
            if (r.New.Version || !/^\.\.?(\/|$)/.test(r.New.Path))
                continue;
            const old = r.Old.Version ? `${r.Old.Path}@${r.Old.Version}` : r.Old.Path;
            await go(['mod', 'edit', `-replace=${old}=${external_node_path_.resolve(input.projectDir, r.New.Path)}`]);
        }
        const listed = (0,json_stream/* parseJsonObjects */.C)(await go(['list', '-m', '-json', 'all']));
        return new Map(listed.filter((m) => !m.Main).map((m) => [m.Path, m.Version ?? '']));
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true });
    }
}
/** The head's build list as the same path → version map. */
function headBuildList(modules) {
    return new Map(modules.filter((m) => !m.main).map((m) => [m.path, m.version]));
}

;// CONCATENATED MODULE: ./.build/go/compiled-modules.js

/**
 * The modules compiled into the main module's packages for the current GOOS/GOARCH:
 * `go list -deps ./...` without tests, each package's Module.Path. A module of the build list
 * that is not here only enters the module graph (a dependency's tools, tests, other platforms).
 * `-e` keeps a broken package from hiding the rest.
 */
async function listCompiledModules(run, options) {
    const result = await run(['list', '-e', '-deps', '-f', '{{with .Module}}{{if not .Main}}{{.Path}}{{end}}{{end}}', './...'], { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs });
    if (result.code !== 0 || result.timedOut)
        throw new errors/* InfrastructureError */.EN(`go list -deps ./... failed: ${result.timedOut ? 'stopped at the deadline' : result.stderr.trim().split('\n')[0]}`);
    return new Set(result.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''));
}

;// CONCATENATED MODULE: ./.build/diff/diff-step.js












/**
 * The pull request's build-list diff: the base go.sum (compare-to, or the event's base commit)
 * against the head's, the license of each added and updated module, and for updated ones the
 * base version's license too (fetched like any module, through the relay and the checksum
 * database). `applyGate` then turns, with `gate: changed`, license findings of modules the PR does not touch into
 * warnings; checksum and every other finding stay as they are. A base that cannot be read is a
 * warning, and `gate: changed` then gates everything (never less than `all`).
 */
async function pullRequestDiff(input) {
    const { config, logger } = input;
    const request = await baseRequestFrom(config.artifacts.compareTo, input.job, input.cwd);
    if (!request) {
        if (config.artifacts.gate === 'changed')
            logger.info('gate: changed, but no pull request base and no compare-to: gating every module');
        return { findings: [] };
    }
    try {
        return await logger.group(`Pull-request diff (against ${request.kind === 'git' ? request.ref : request.path})`, async () => {
            const goModFile = external_node_path_.join(input.cwd, 'go.mod');
            const { base, texts } = await readBaseGoSums(request, [...input.goSumFiles, goModFile], {
                cwd: input.cwd,
                env: input.env,
                timeoutMs: config.timeoutMs,
            });
            const baseGoMod = texts.get(goModFile);
            texts.delete(goModFile);
            const byBuildList = await buildListDiff(input, baseGoMod, texts.get(external_node_path_.join(input.cwd, 'go.sum')));
            const versions = byBuildList?.versions ?? (await goSumDiff(input.goSumFiles, texts));
            const compiled = byBuildList?.compiled;
            const scope = (p) => (compiled ? { compiled: compiled.has(p) } : {});
            const headLicense = headLicenses(input.modules, input.licenses);
            const updated = [];
            for (const u of versions.updated) {
                const after = headLicense.get(`${u.path}@${u.to}`);
                const before = await baseLicense(input, u.path, u.from);
                updated.push({
                    ...u,
                    ...scope(u.path),
                    licenseAfter: after,
                    licenseBefore: before.license,
                    licenseChanged: !!before.license && !!after && before.license.expression !== after.expression,
                    ...(before.note ? { note: before.note } : {}),
                });
            }
            const diff = {
                base,
                source: byBuildList ? 'build-list' : 'go.sum',
                added: versions.added.map((a) => ({
                    ...a,
                    ...scope(a.path),
                    license: headLicense.get(`${a.path}@${a.version}`),
                })),
                updated,
                removed: versions.removed,
                gate: config.artifacts.gate,
            };
            logger.info(`${base.kind === 'git' ? `${base.ref} (${base.commit.slice(0, 12)}${base.fetched ? ', fetched' : ''})` : base.path}: ${diffSentence(diff)}`);
            return { diff, findings: [] };
        });
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
            throw error;
        const fallback = config.artifacts.gate === 'changed' ? '; gate: changed falls back to gating every module' : '';
        logger.warn(`pull-request diff failed: ${(0,errors/* describeError */.Uc)(error)}`);
        const warning = {
            kind: 'infrastructure',
            severity: 'warning',
            area: 'license',
            message: `no pull-request diff: ${(0,errors/* describeError */.Uc)(error).split('\n')[0]}${fallback}`,
        };
        return { findings: [warning] };
    }
}
/**
 * The diff of the build lists: the base's `go list -m all` (on its go.mod and go.sum, in a scratch
 * copy) against the head's, and which modules the head compiles in for this platform. Undefined
 * (the go.sum diff then stands in) without a base go.mod, in a workspace, or when go fails on
 * the base; the reason is logged.
 */
async function buildListDiff(input, baseGoMod, baseGoSum) {
    if (!baseGoMod)
        return undefined;
    const work = await promises_.stat(external_node_path_.join(input.cwd, 'go.work')).catch(() => undefined);
    if (work || ((input.childEnv.GOWORK ?? '') !== '' && input.childEnv.GOWORK !== 'off'))
        return undefined;
    const options = { cwd: input.cwd, env: input.childEnv, timeoutMs: input.config.timeoutMs };
    try {
        const baseList = await baseBuildList({
            goMod: baseGoMod,
            goSum: baseGoSum ?? '',
            projectDir: input.cwd,
            runGo: input.runGo,
            childEnv: input.childEnv,
            timeoutMs: input.config.timeoutMs,
        });
        const compiled = await listCompiledModules(input.runGo, options);
        return { versions: diffVersions(baseList, headBuildList(input.modules)), compiled };
    }
    catch (error) {
        if (!(error instanceof errors/* InfrastructureError */.EN))
            throw error;
        input.logger.warn(`the base build list could not be computed, diffing go.sum instead: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
/** The older diff, of go.sum's zip lines: what the base and head go.sum files name. */
async function goSumDiff(goSumFiles, texts) {
    const heads = await Promise.all(goSumFiles.map(async (file) => ({ file, text: await promises_.readFile(file, 'utf8').catch(() => '') })));
    return diffVersions(zipVersions([...texts].map(([file, text]) => ({ file: `${file} (base)`, text }))), zipVersions(heads));
}
/** "adds 3 modules, updates 2, removes 1". */
function diffSentence(diff) {
    const n = (count, word) => `${word} ${count}${word === 'adds' ? (count === 1 ? ' module' : ' modules') : ''}`;
    return `${n(diff.added.length, 'adds')}, ${n(diff.updated.length, 'updates')}, ${n(diff.removed.length, 'removes')}`;
}
/** License by the module go.sum names (a replacement's path and version for a replaced module). */
function headLicenses(modules, licenses) {
    const byModule = new Map(licenses?.modules.map((l) => [`${l.path}@${l.version}`, l]));
    const result = new Map();
    for (const m of modules) {
        const fetched = (0,build_list/* effectiveModule */.S)(m);
        const license = byModule.get(`${m.path}@${m.version}`);
        if (!license)
            continue;
        const entry = { expression: license.expression, verdict: license.verdict };
        // The build-list diff names the module; the go.sum diff names what was fetched (a replacement).
        result.set(`${m.path}@${m.version}`, entry);
        if (fetched)
            result.set(`${fetched.path}@${fetched.version}`, entry);
    }
    return result;
}
/** `go mod download -json <path>@<version>` outside any module (go.mod and go.sum untouched), then its license. */
async function baseLicense(input, modulePath, version) {
    const dir = await promises_.mkdtemp(external_node_path_.join(external_node_os_.tmpdir(), 'gmw-diff-'));
    try {
        const goflags = (input.childEnv.GOFLAGS ?? '')
            .split(/\s+/)
            .filter((f) => f !== '' && !f.startsWith('-mod='));
        const result = await input.runGo(['mod', 'download', '-json', `${modulePath}@${version}`], {
            cwd: dir,
            env: { ...input.childEnv, GOFLAGS: goflags.join(' '), GOWORK: 'off' },
            timeoutMs: input.config.timeoutMs,
        });
        const [info] = (0,json_stream/* parseJsonObjects */.C)(result.stdout);
        if (!info?.Dir)
            return {
                note: `the base version could not be fetched: ${info?.Error ?? result.stderr.trim().split('\n')[0]}`,
            };
        const report = await (0,evaluate/* evaluateLicenses */.az)([
            {
                path: modulePath,
                version,
                main: false,
                indirect: false,
                dir: info.Dir,
                goMod: info.GoMod,
                replace: undefined,
                error: undefined,
            },
        ], (0,license_policy/* licensePolicyFromConfig */.y)(input.config));
        const [m] = report.modules;
        return { license: { expression: m.expression, verdict: m.verdict } };
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 7404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9243);


/** Runs git without a terminal prompt (a prompt would hang CI); kills it after `timeoutMs`. */
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: options.cwd,
            env: { ...options.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InfrastructureError */ .EN(`git ${args[0]} could not start: ${error.message}`, { cause: error }));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({
                code: code ?? -1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        });
    });
}


/***/ }),

/***/ 2382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ effectiveModule),
/* harmony export */   e: () => (/* binding */ toBuildListModule)
/* harmony export */ });
/** The module whose content is fetched and checked: the replacement for a module replace, else itself. */
function effectiveModule(module) {
    if (module.main || module.replace?.kind === 'local')
        return undefined;
    if (module.replace?.kind === 'module')
        return { path: module.replace.path, version: module.replace.version };
    return { path: module.path, version: module.version };
}
function toBuildListModule(raw) {
    const replace = raw.Replace === undefined
        ? undefined
        : raw.Replace.Version
            ? { kind: 'module', path: raw.Replace.Path, version: raw.Replace.Version }
            : { kind: 'local', dir: raw.Replace.Path };
    return {
        path: raw.Path,
        version: raw.Version ?? '',
        main: raw.Main === true,
        indirect: raw.Indirect === true,
        dir: raw.Replace?.Dir ?? raw.Dir,
        goMod: raw.Replace?.GoMod ?? raw.GoMod,
        replace,
        error: raw.Error?.Err,
    };
}


/***/ }),

/***/ 1417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ findGoSumLine),
/* harmony export */   H: () => (/* binding */ parseGoSum)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9243);

/**
 * Parses go.sum text. Mirrors cmd/go/internal/modfetch/fetch.go readGoSum: three fields per line,
 * blank lines skipped; a malformed line is an error naming file and line (go itself refuses them).
 */
function parseGoSum(text, file) {
    const lines = [];
    text.split('\n').forEach((raw, index) => {
        const fields = raw
            .trim()
            .split(/\s+/)
            .filter((f) => f !== '');
        if (fields.length === 0)
            return;
        if (fields.length !== 3 || !/^h\d+:/.test(fields[2])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProjectError */ .wB(`${file}:${index + 1}: malformed go.sum line '${raw.trim()}'; run 'go mod tidy' to rewrite go.sum`);
        }
        lines.push({ path: fields[0], version: fields[1], hash: fields[2], line: index + 1, file });
    });
    return lines;
}
/** Looks up the `h1:` line for a module zip (`version`) or its go.mod (`version/go.mod`). */
function findGoSumLine(lines, path, version) {
    return h1Index(lines).get(`${path} ${version}`);
}
/**
 * Each list's first `h1:` line per `path version`, built once per list (and again if it grew):
 * a scan per lookup made checking n modules O(n²), which showed at 3,000 modules.
 */
const indexes = new WeakMap();
function h1Index(lines) {
    const known = indexes.get(lines);
    if (known && known.size === lines.length)
        return known.byKey;
    const byKey = new Map();
    for (const line of lines) {
        const key = `${line.path} ${line.version}`;
        if (line.hash.startsWith('h1:') && !byKey.has(key))
            byKey.set(key, line);
    }
    indexes.set(lines, { size: lines.length, byKey });
    return byKey;
}


/***/ }),

/***/ 3476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ parseJsonObjects),
/* harmony export */   U: () => (/* binding */ JsonObjectStream)
/* harmony export */ });
/**
 * Splits a stream of concatenated JSON objects (what `go mod download -json` and `go list -json`
 * print: objects one after another, no array, no separators) into parsed values, chunk by chunk,
 * so a long run reports modules as they finish instead of at exit.
 */
class JsonObjectStream {
    onObject;
    buffer = '';
    depth = 0;
    inString = false;
    escaped = false;
    start = -1;
    scanned = 0;
    constructor(onObject) {
        this.onObject = onObject;
    }
    push(chunk) {
        this.buffer += chunk;
        for (let i = this.scanned; i < this.buffer.length; i++) {
            const c = this.buffer[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === '\\')
                    this.escaped = true;
                else if (c === '"')
                    this.inString = false;
            }
            else if (c === '"')
                this.inString = true;
            else if (c === '{') {
                if (this.depth === 0)
                    this.start = i;
                this.depth++;
            }
            else if (c === '}') {
                this.depth--;
                if (this.depth === 0) {
                    this.onObject(JSON.parse(this.buffer.slice(this.start, i + 1)));
                    this.buffer = this.buffer.slice(i + 1);
                    i = -1;
                    this.start = -1;
                }
            }
            else if (this.depth === 0 && !/\s/.test(c)) {
                throw new Error(`unexpected '${c}' between JSON objects`);
            }
        }
        this.scanned = this.buffer.length;
    }
    /** Throws if the stream ended inside an object. */
    end() {
        if (this.depth !== 0 || this.buffer.trim() !== '')
            throw new Error('JSON stream ended inside an object');
    }
}
/** Parses a whole string of concatenated JSON objects. */
function parseJsonObjects(text) {
    const values = [];
    const stream = new JsonObjectStream((value) => values.push(value));
    stream.push(text);
    stream.end();
    return values;
}


/***/ }),

/***/ 5419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CLASSIFIER_VERSION)
/* harmony export */ });
/**
 * The classifier's version: bump it whenever templates, template metadata or classification
 * rules change, so that verdicts cached under an older version (keyed by zip h1 + this) are
 * recomputed rather than reused (src/cache/run-memo.ts).
 */
const CLASSIFIER_VERSION = '6';


/***/ }),

/***/ 3418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FH: () => (/* reexport */ DEFAULT_CONFIDENCE),
  V8: () => (/* reexport */ UNKNOWN_LICENSE),
  b1: () => (/* binding */ classifyLicenseText)
});

// UNUSED EXPORTS: MAX_CLASSIFIED_WORDS, MAX_GAP, classifyFully

;// CONCATENATED MODULE: ./.build/licenses/exceptions.js
const EXCEPTIONS = [
    {
        id: 'Classpath-exception-2.0',
        appliesTo: ['GPL-2.0'],
        phrases: [
            'linking this library statically or dynamically with other modules is making a combined work',
            'give you permission to link this library with independent modules to produce an executable',
        ],
        maxWords: 220,
    },
    {
        id: 'LLVM-exception',
        appliesTo: ['Apache-2.0'],
        phrases: [
            'as an exception if as a result of your compiling your source code portions of this software are embedded into an object form',
        ],
        maxWords: 220,
    },
    {
        id: 'LGPL-3.0-linking-exception',
        appliesTo: ['LGPL-3.0', 'LGPL-2.1'],
        phrases: [
            'give you permission to convey to a third party a combined work that links statically or dynamically to this library',
        ],
        // juju's LICENSE puts two sentences of its own before the exception.
        maxWords: 280,
    },
    {
        id: 'GPL-CC-1.0',
        appliesTo: ['GPL-2.0'],
        phrases: ['gpl cooperation commitment'],
        maxWords: 600,
    },
];
/** The exception whose phrases are all in `text` (normalized words, space-joined). */
function findException(text) {
    return EXCEPTIONS.find((rule) => rule.phrases.every((phrase) => text.includes(phrase)));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/licenses/words-fingerprint.js

/**
 * The fingerprint of a word sequence (what the known-text table and the per-run memo are keyed
 * by). Its own file: exact-templates.ts reads the SPDX texts, which a run never loads.
 */
function wordsFingerprint(words) {
    return (0,external_node_crypto_.createHash)('sha256').update(words.join(' ')).digest('base64');
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
;// CONCATENATED MODULE: ./.build/licenses/classification.js
/** What the classifier says about one license file (classifier.ts). */
/** The expression for text that looks like license terms but matches no template. */
const UNKNOWN_LICENSE = 'LicenseRef-unknown';
const DEFAULT_CONFIDENCE = 0.9;

;// CONCATENATED MODULE: ./.build/licenses/template-rules.js
/**
 * License knowledge as data, beside the edits to the texts (template-edits.ts): what the scanner
 * must know about a license besides its words, per template id. The scanner files (match.ts,
 * residue-runs.ts, residue.ts, expression.ts, classifier.ts) read these fields and have no branch
 * for any license, as google/licensecheck keeps such knowledge in its .lre templates.
 * Phrases are in normalized words (lower case, punctuation dropped; see normalize.ts).
 */
/** The FSF's "How to Apply These Terms" appendix of a GNU text. */
const HOW_TO_APPLY = 'how to apply these terms';
/** A licensor's GNU notice names the license and the FSF; "you should have received a copy" is no clause. */
const FSF_NOTICE = {
    names: [/\bgnu (?:affero |lesser |library )?general public license\b/, /\bfree software foundation\b/],
    boilerplate: /\bshould have received\b/g,
};
/**
 * How licensors say "or later" beside a GNU text (normalized words): the FSF's "or (at your
 * option) any later version", and the shorter forms real projects write ("GNU GPL version 2.0 or
 * later", "GPLv3 or later", "or any later version", "GPL-2.0-or-later", "v2 or newer").
 */
const GNU_OR_LATER_PHRASES = [
    /\bany later version\b/,
    /\b(?:gpl|lgpl|agpl|license|licence|version|v)\s?v?\d+(?:\.\d+)?\s(?:or\s(?:any\s)?(?:later|newer))\b/,
    /\b(?:gplv|lgplv|agplv)\d+(?:\.\d+)?\sor\s(?:any\s)?(?:later|newer)\b/,
];
/** A GNU text: the FSF's appendix and notice, and "or later" said by the licensor beside it. */
const gnu = (orLater, family) => ({
    appendix: [HOW_TO_APPLY],
    notice: FSF_NOTICE,
    orLater: { id: orLater, phrases: GNU_OR_LATER_PHRASES },
    ...(family === undefined ? {} : { family: [` ${family} `] }),
});
/** Eclipse's notice: "… Eclipse Public License v2.0 and Eclipse Distribution License v1.0" (the EDL is BSD-3-Clause's text). */
const WITH_EDL = { named: /\beclipse distribution license\b/, id: 'BSD-3-Clause' };
/**
 * Rules by template id. A key ending in `*` applies to every template id starting with the rest
 * (a family of SPDX ids that share a preamble). The notice templates (templates.ts) take the
 * rules of the text whose `orLater` id they are only through `baseTemplate`.
 */
const TEMPLATE_RULES = {
    'AGPL-1.0-only': gnu('AGPL-1.0-or-later', 'affero general public'),
    'AGPL-3.0-only': gnu('AGPL-3.0-or-later', 'affero general public'),
    'BSD-3-Clause': {
        // "The names of its contributors may not be used to endorse or promote products" (go-difflib).
        ownClauses: [/\b(may|shall|must) not be used to endorse or promote\b/g],
    },
    'BSD-3-Clause-Clear': { family: [' clear bsd '] },
    // Licensors copy the terms with their Parameters block (Licensor, Licensed Work, Additional Use
    // Grant, Change Date, Change License) filled in before "Terms".
    'BUSL-1.1': { parameters: ['parameters', 'licensor', 'licensed', 'work', 'change', 'date', 'license'] },
    // Creative Commons' own preamble ("… is not a law firm …", considerations for licensors and the
    // public; older copies word it differently from SPDX's) adds no terms.
    'CC-*': { preamble: [/\bcreative commons corporation\b/, /\bis not a law firm\b/] },
    'CC-BY-SA-4.0': { family: [' sharealike '] },
    'EPL-1.0': { offeredWith: WITH_EDL },
    'EPL-2.0': { offeredWith: WITH_EDL },
    'GPL-1.0-only': gnu('GPL-1.0-or-later'),
    'GPL-2.0-only': gnu('GPL-2.0-or-later'),
    'GPL-3.0-only': gnu('GPL-3.0-or-later'),
    'LGPL-2.0-only': gnu('LGPL-2.0-or-later', 'library general public'),
    'LGPL-2.1-only': gnu('LGPL-2.1-or-later', 'lesser general public'),
    // SPDX's LGPL-3.0 text has the GPL-3.0 text appended; the LGPL part alone is the template.
    'LGPL-3.0-only': {
        ...gnu('LGPL-3.0-or-later', 'lesser general public'),
        includes: ['GPL-3.0-only'],
        textEndsBefore: 'GNU GENERAL PUBLIC LICENSE\nVersion 3',
    },
    'MIT-0': { family: [' no attribution '] },
};
const NO_RULES = {};
const merged = new Map();
/** The rules of one template id (its own and its family's), empty when it has none. */
function rulesOf(id) {
    let rules = merged.get(id);
    if (rules === undefined) {
        const keys = Object.keys(TEMPLATE_RULES).filter((key) => key.endsWith('*') ? id.startsWith(key.slice(0, -1)) : key === id);
        rules = keys.length === 0 ? NO_RULES : Object.assign({}, ...keys.map((key) => TEMPLATE_RULES[key]));
        merged.set(id, rules);
    }
    return rules;
}
/** The text a notice template stands for: GPL-2.0-only for the GPL-2.0-or-later notice. */
function baseTemplate(id) {
    for (const [key, rules] of Object.entries(TEMPLATE_RULES))
        if (rules.orLater?.id === id)
            return key;
    return id;
}
/** Every value of one field over all rules, in the order written. */
function everyRule(field) {
    return Object.values(TEMPLATE_RULES)
        .map((rules) => rules[field])
        .filter((value) => value !== undefined);
}
/** SPDX's suffixes of a GNU text's variants: a license family is its id without them. */
const VARIANT_SUFFIX = /-(only|or-later)$/;
/** License names prose uses for them, beside the words of licensing: a block naming one is about licensing. */
const PROSE_LICENSE_NAMES = [
    'cc0',
    'creative commons',
    'gpl',
    'lgpl',
    'mpl',
    'bsd',
    'apache',
];
/** License pages as a block cites them (normalized words), and the license each one is. */
const LICENSE_PAGES = [
    [/\bapache org licenses license 2\.0\b/, 'Apache-2.0'],
    [/\bopensource org licenses mit\b/, 'MIT'],
    [/\bopensource org licenses bsd 3 clause\b/, 'BSD-3-Clause'],
    [/\bopensource org licenses bsd 2 clause\b/, 'BSD-2-Clause'],
    [/\bmozilla org mpl 2\.0\b/, 'MPL-2.0'],
    [/\bcreativecommons org publicdomain zero 1\.0\b/, 'CC0-1.0'],
    [/\bcreativecommons org licenses by 4\.0\b/, 'CC-BY-4.0'],
    [/\bcreativecommons org licenses by sa 4\.0\b/, 'CC-BY-SA-4.0'],
    [/\bcreativecommons org licenses by 3\.0\b/, 'CC-BY-3.0'],
    [/\bunicode org copyright html\b/, 'Unicode-DFS-2016'],
];

;// CONCATENATED MODULE: ./.build/licenses/expression.js



/** A file's SPDX expression from its matches, its declarations and the licenses its residue names. */
function fileExpression(ids, choice, hasUnknown, declared, wordCount, extra = []) {
    const parts = [];
    if (declared.length > 0) {
        for (const entry of declared) {
            const part = entry.valid ? entry.expression : UNKNOWN_LICENSE;
            if (!parts.includes(part))
                parts.push(part);
        }
        // Text that names a license the declaration does not is still evidence.
        // "X WITH exception" declares X with the exception, not X itself (arrow-go's LLVM part).
        const declaredFamilies = new Set(declared
            .flatMap((entry) => entry.expression.split(/\s+(?:AND|OR)\s+|[()]/))
            .map((id) => id.trim())
            .filter((id) => id !== '')
            .map((id) => familyOf(id.replace(/\+$/, ''))));
        for (const id of ids)
            if (!declaredFamilies.has(familyOf(id)))
                parts.push(id);
    }
    else if (ids.length > 0) {
        parts.push(ids.length > 1 && choice ? ids.join(' OR ') : ids.join(' AND '));
    }
    else if (wordCount > 0) {
        return UNKNOWN_LICENSE;
    }
    // Licenses a residue block names are their own terms, ANDed after the text's (never an option).
    for (const id of extra)
        if (!parts.includes(id) && !ids.includes(id))
            parts.push(id);
    if (hasUnknown && !parts.includes(UNKNOWN_LICENSE))
        parts.push(UNKNOWN_LICENSE);
    if (parts.length === 0)
        return undefined;
    if (parts.length === 1)
        return parts[0];
    return parts.map((part) => (/ OR /.test(part) ? `(${part})` : part)).join(' AND ');
}
/**
 * A text that can't say its variant itself (a template with an `orLater` rule) has its own id
 * unless the licensor grants later versions: a notice template that stands for the later variant
 * (`grantsLater`), or one of the rule's phrases in the words no template matched.
 */
function variantOf(id, unmatchedWords, grantsLater) {
    const later = rulesOf(id).orLater;
    if (later === undefined)
        return id;
    return grantsLater || later.phrases.some((phrase) => phrase.test(unmatchedWords)) ? later.id : id;
}
function familyOf(id) {
    return id.replace(VARIANT_SUFFIX, '');
}
function isValidExpression(expression) {
    try {
        spdx_expression_parse(expression);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/align-rows.js
/** The two rows of the alignment matrix (align.ts) and their shared buffers. */
function newRows(n, inf) {
    if (pool.length === 0 || pool[0].length < n + 1)
        pool = Array.from({ length: 10 }, () => new Int32Array(2 * (n + 1)));
    const [prevCost, prevStart, prevRun, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch] = pool.map((buffer) => buffer.subarray(0, n + 1));
    // As fresh arrays would be: zeros, the previous row's starts, and the current row unset.
    for (const row of [prevCost, prevRun, prevGap, prevMatch, curStart, curRun, curGap, curMatch])
        row.fill(0);
    curCost.fill(inf);
    for (let j = 0; j <= n; j++)
        prevStart[j] = j;
    return {
        prevCost,
        prevStart,
        prevRun,
        prevGap,
        prevMatch,
        curCost,
        curStart,
        curRun,
        curGap,
        curMatch,
        prevDirtyLo: 0,
        prevDirtyHi: n,
        curDirtyLo: 0,
        curDirtyHi: -1,
    };
}
/**
 * The rows' buffers, shared by every alignment (one runs at a time, start to end): a text is
 * aligned against hundreds of templates, and ten fresh arrays each time were garbage.
 */
let pool = [];
/** The current row becomes the previous one; the buffer reused next held the row before it. */
function swapRows(rows) {
    [rows.prevCost, rows.curCost] = [rows.curCost, rows.prevCost];
    [rows.prevStart, rows.curStart] = [rows.curStart, rows.prevStart];
    [rows.prevRun, rows.curRun] = [rows.curRun, rows.prevRun];
    [rows.prevGap, rows.curGap] = [rows.curGap, rows.prevGap];
    [rows.prevMatch, rows.curMatch] = [rows.curMatch, rows.prevMatch];
    [rows.prevDirtyLo, rows.curDirtyLo] = [rows.curDirtyLo, rows.prevDirtyLo];
    [rows.prevDirtyHi, rows.curDirtyHi] = [rows.curDirtyHi, rows.prevDirtyHi];
}

;// CONCATENATED MODULE: ./.build/licenses/normalize.js
/**
 * License text normalization in the manner of licensee and licenseclassifier: comment prefixes,
 * markup, bullets and numbering, case, punctuation, quotes and dashes go; licence → license,
 * http → https; copyright statements go (but not sentences that merely mention a "copyright
 * notice", which is what breaks naive normalizers on rewrapped BSD texts).
 */
// Comment and markup prefixes, stripped repeatedly from the start of each line.
const LINE_PREFIX = /^\s*(?:\/\/+|\/\*+|\*\/|\*+|#+|>+|--+|;+|•|-|\+|\|)(?=\s|$)\s*|^\s*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)])(?=\s|$)\s*/;
// A copyright statement: "Copyright (c) 2020 X", "(c) 2020 X", "© X", "Portions Copyright ...".
// "(c)" alone starts list item (c) ("(c) You must retain, ..." in Apache-2.0): a statement only
// before a year or the word copyright.
const COPYRIGHT_LINE = /^(?:portions\s+)?(?:copyright\b|\(c\)\s*(?:\d|copyright\b|$)|©)/i;
// ... but "copyright notice", "copyright holders ..." at the start of a wrapped line is license text.
const COPYRIGHT_PROSE = /^copyright\s+(?:notices?|holders?|owners?|and|law|laws|statement|license|licenses|disclaimer|interest|rights|grant)\b/i;
const SPDX_LINE = /SPDX-License-Identifier:/i;
// A Map, not an object: a text's word "constructor" is not Object.prototype's. Every key starts
// with l, h or m (pushWords looks up no other word).
const EQUIVALENT = new Map([
    ['licence', 'license'],
    ['licences', 'licenses'],
    ['licenced', 'licensed'],
    ['licencing', 'licensing'],
    ['http', 'https'],
    ['materials', 'software'],
]);
/** Cleans one line: comment prefixes, markup, links; returns '' for copyright statements. */
function cleanLine(raw) {
    let line = raw.replace(/\*\/\s*$/, '').replace(/\t/g, ' ');
    for (let i = 0; i < 4; i++) {
        // Checked before each strip: "(c) 2020 X" is a copyright statement, not list item (c).
        if (isCopyrightStatement(line.trim()))
            return '';
        const next = line.replace(LINE_PREFIX, '');
        if (next === line)
            break;
        line = next;
    }
    line = line.trim();
    if (isCopyrightStatement(line))
        return '';
    if (SPDX_LINE.test(line))
        return '';
    // Markdown links keep their text; emphasis and code marks go.
    line = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, ' ');
    line = line.replace(/\ball rights reserved\b\.?/gi, ' ');
    return line;
}
// A wrapped sentence can start a line with "copyright doctrines of fair use" (GPL-3.0) or
// "copyright on the Program": lower case is prose; a statement is "Copyright" with a capital.
const LOWER_PROSE = /^(?:portions\s+)?copyright\b(?!\s*(?:\(c\)|©|\d))/;
function isCopyrightStatement(line) {
    return COPYRIGHT_LINE.test(line) && !COPYRIGHT_PROSE.test(line) && !LOWER_PROSE.test(line);
}
// A line holding none of these, not opening with a list number, a copyright statement or
// "portions", and without "all rights reserved", is one cleanLine leaves as it is (trimmed).
const MARKUP_CHARS = /[*/#>\-;•+|()[\]_`\t©&]/;
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})\.(?=\s|$)/;
function isPlainLine(raw, lower) {
    if (MARKUP_CHARS.test(raw) || LIST_NUMBER.test(raw) || lower.includes('all rights reserved'))
        return false;
    const start = lower.trimStart();
    return !start.startsWith('copyright') && !start.startsWith('portions');
}
/**
 * The normalized words of a text with their line numbers. Most lines of a license are plain
 * prose: those skip cleanLine's regular expressions (normalize.test.ts checks, on every corpus
 * text and template, that the words are cleanLine's).
 */
function normalize_normalizeText(text) {
    const words = [];
    const lines = [];
    // The lines of text.split(/\r\n|\r|\n/), found without building the array.
    let nextCr = text.indexOf('\r');
    let at = 0;
    for (let number = 1;; number++) {
        if (nextCr >= 0 && nextCr < at)
            nextCr = text.indexOf('\r', at);
        let end = text.indexOf('\n', at);
        if (end < 0)
            end = text.length;
        if (nextCr >= 0 && nextCr < end)
            end = nextCr;
        const raw = text.slice(at, end);
        const lower = raw.toLowerCase();
        const line = isPlainLine(raw, lower) ? lower : cleanLine(raw).toLowerCase().replace(/&/g, ' and ');
        pushWords(line, number, words, lines);
        if (end === text.length)
            break;
        at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    return { words, lines };
}
/**
 * The words of a lower-case line, as the regular expression /[a-z0-9]+(?:\.[0-9]+)*\/g finds
 * them ("2.0" is one word), each with its EQUIVALENT; a scan, not matchAll's match objects.
 */
function pushWords(line, number, words, lines) {
    const n = line.length;
    let i = 0;
    while (i < n) {
        if (!isWordChar(line.charCodeAt(i))) {
            i++;
            continue;
        }
        const start = i;
        for (i++; i < n && isWordChar(line.charCodeAt(i)); i++)
            ;
        while (i + 1 < n && line.charCodeAt(i) === 46 && isDigit(line.charCodeAt(i + 1)))
            for (i += 2; i < n && isDigit(line.charCodeAt(i)); i++)
                ;
        const word = line.slice(start, i);
        // Only words starting like an EQUIVALENT key (l, h, m) are looked up: no hash for the rest.
        const first = line.charCodeAt(start);
        words.push(first === 0x6c || first === 0x68 || first === 0x6d ? (EQUIVALENT.get(word) ?? word) : word);
        lines.push(number);
    }
}
function isWordChar(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The expressions of `SPDX-License-Identifier:` lines in a text, with their 1-based lines. */
function spdxIdentifierLines(text) {
    const found = [];
    const rawLines = text.split(/\r\n|\r|\n/);
    for (let index = 0; index < rawLines.length; index++) {
        const match = /SPDX-License-Identifier[*_`]*:[*_`]*\s*(.+)$/i.exec(rawLines[index]);
        if (!match)
            continue;
        // Markup around the expression: `MIT`, **MIT**, <!-- … -->, /* … */, a closing quote.
        const expression = match[1]
            .replace(/\s*(\*\/|-->)\s*$/, '')
            .replace(/^[\s*_`'"]+|[\s*_`'".,;]+$/g, '')
            .replace(/^\(\s*(.*)\s*\)$/, '$1');
        if (expression !== '')
            found.push({ expression, line: index + 1 });
    }
    return found;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./.build/licenses/template-words-data.js
// Generated by scripts/generate-template-words.ts from the templates' inputs: do not edit.
// template-words-data.test.ts checks it against a fresh compile of the same inputs.
const TEMPLATE_WORDS_DATA = {
    key: "0otFzCKSczY2c3iteKU/ZYM0MmFm3GtfT7estN44Kks=",
    ids: ["0BSD", "AFL-3.0", "AGPL-3.0-only", "Apache-2.0", "Artistic-2.0", "BlueOak-1.0.0", "BSD-2-Clause", "BUSL-1.1", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "EPL-1.0", "EPL-2.0", "EUPL-1.2", "GPL-2.0-only", "GPL-3.0-only", "ISC", "JSON", "LGPL-2.1-only", "LGPL-3.0-only", "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "NCSA", "OFL-1.1", "PostgreSQL", "Python-2.0", "SMLNJ", "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "WTFPL", "X11", "Zlib", "3D-Slicer-1.0", "AAL", "ADSL", "AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "AGPL-1.0-only", "ALGLIB-Documentation", "AMD-newlib", "AMDPLPA", "AML", "AML-glslang", "AMPAS", "ANTLR-PD", "ANTLR-PD-fallback", "APAFML", "APL-1.0", "APSL-1.0", "APSL-1.1", "APSL-1.2", "APSL-2.0", "ASWF-Digital-Assets-1.0", "ASWF-Digital-Assets-1.1", "Abstyles", "AdaCore-doc", "Adobe-2006", "Adobe-Display-PostScript", "Adobe-Glyph", "Adobe-Utopia", "Advanced-Cryptics-Dictionary", "Afmparse", "Aladdin", "Apache-1.0", "Apache-1.1", "App-s2p", "Arphic-1999", "Artistic-1.0", "Artistic-1.0-Perl", "Artistic-1.0-cl8", "Artistic-dist", "Aspell-RU", "BOLA-1.1", "BSD-1-Clause", "BSD-2-Clause-Darwin", "BSD-2-Clause-Views", "BSD-2-Clause-first-lines", "BSD-2-Clause-pkgconf-disclaimer", "BSD-3-Clause-Attribution", "BSD-3-Clause-HP", "BSD-3-Clause-LBNL", "BSD-3-Clause-Modification", "BSD-3-Clause-No-Military-License", "BSD-3-Clause-No-Nuclear-License", "BSD-3-Clause-No-Nuclear-License-2014", "BSD-3-Clause-No-Nuclear-Warranty", "BSD-3-Clause-Open-MPI", "BSD-3-Clause-Sun", "BSD-3-Clause-Tso", "BSD-3-Clause-acpica", "BSD-3-Clause-flex", "BSD-4-Clause-Shortened", "BSD-4-Clause-UC", "BSD-4.3RENO", "BSD-4.3TAHOE", "BSD-Advertising-Acknowledgement", "BSD-Attribution-HPND-disclaimer", "BSD-Inferno-Nettverk", "BSD-Mark-Modifications", "BSD-Protection", "BSD-Source-Code", "BSD-Source-beginning-file", "BSD-Systemics", "BSD-Systemics-W3Works", "Baekmuk", "Bahyph", "Barr", "Beerware", "BitTorrent-1.0", "BitTorrent-1.1", "Bitstream-Charter", "Bitstream-Vera", "Boehm-GC", "Boehm-GC-without-fee", "Borceux", "Brian-Gladman-2-Clause", "Brian-Gladman-3-Clause", "Buddy", "C-UDA-1.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "CAPEC-tou", "CATOSL-1.1", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE", "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0", "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-PDDC", "CC-PDM-1.0", "CC-SA-1.0", "CDDL-1.1", "CDL-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "CECILL-1.0", "CECILL-1.1", "CECILL-2.0", "CECILL-2.1", "CECILL-B", "CECILL-C", "CERN-OHL-1.1", "CERN-OHL-1.2", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CFITSIO", "CMU-Mach", "CMU-Mach-nodoc", "CNRI-Jython", "CNRI-Python", "CNRI-Python-GPL-Compatible", "COIL-1.0", "CPAL-1.0", "CPL-1.0", "CPOL-1.02", "CUA-OPL-1.0", "Caldera", "Caldera-no-preamble", "Catharon", "ClArtistic", "Clips", "Community-Spec-1.0", "Condor-1.1", "Cornell-Lossless-JPEG", "Cronyx", "Crossword", "CryptoSwift", "CrystalStacker", "Cube", "D-FSL-1.0", "DEC-3-Clause", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "DOC", "DRL-1.0", "DRL-1.1", "DSDP", "DocBook-DTD", "DocBook-Schema", "DocBook-Stylesheet", "DocBook-XML", "Dotseqn", "ECL-1.0", "ECL-2.0", "EFL-1.0", "EFL-2.0", "EPICS", "ESA-PL-permissive-2.4", "ESA-PL-strong-copyleft-2.4", "ESA-PL-weak-copyleft-2.4", "EUDatagrid", "EUPL-1.0", "EUPL-1.1", "Elastic-2.0", "Entessa", "ErlPL-1.1", "Eurosym", "FBM", "FDK-AAC", "FSFAP", "FSFAP-no-warranty-disclaimer", "FSFUL", "FSFULLR", "FSFULLRSD", "FSFULLRWD", "FSL-1.1-ALv2", "FSL-1.1-MIT", "FTL", "Fair", "Ferguson-Twofish", "Frameworx-1.0", "FreeBSD-DOC", "FreeImage", "Furuseth", "GCR-docs", "GD", "GFDL-1.1-invariants-only", "GFDL-1.1-no-invariants-only", "GFDL-1.1-only", "GFDL-1.2-invariants-only", "GFDL-1.2-no-invariants-only", "GFDL-1.2-only", "GFDL-1.3-invariants-only", "GFDL-1.3-no-invariants-only", "GFDL-1.3-only", "GL2PS", "GLWTPL", "GPL-1.0-only", "Game-Programming-Gems", "Giftware", "Glide", "Glulxe", "Graphics-Gems", "Gutmann", "HDF5", "HIDAPI", "HP-1986", "HP-1989", "HPND", "HPND-DEC", "HPND-Fenneberg-Livingston", "HPND-INRIA-IMAG", "HPND-Intel", "HPND-Kevlin-Henney", "HPND-MIT-disclaimer", "HPND-Markus-Kuhn", "HPND-Netrek", "HPND-Pbmplus", "HPND-SMC", "HPND-UC", "HPND-UC-export-US", "HPND-doc", "HPND-doc-sell", "HPND-export-US", "HPND-export-US-acknowledgement", "HPND-export-US-modify", "HPND-export2-US", "HPND-merchantability-variant", "HPND-sell-MIT-disclaimer-xserver", "HPND-sell-regexpr", "HPND-sell-variant", "HPND-sell-variant-MIT-disclaimer", "HPND-sell-variant-MIT-disclaimer-rev", "HPND-sell-variant-critical-systems", "HTMLTIDY", "HaskellReport", "Hippocratic-2.1", "IBM-pibs", "ICU", "IEC-Code-Components-EULA", "IJG", "IJG-short", "IPA", "IPL-1.0", "ISC-Veillard", "ISO-permission", "ImageMagick", "Imlib2", "Info-ZIP", "Inner-Net-2.0", "InnoSetup", "Intel", "Intel-ACPI", "Interbase-1.0", "JPL-image", "JPNIC", "Jam", "JasPer-2.0", "Kastrup", "Kazlib", "Knuth-CTAN", "LAL-1.2", "LAL-1.3", "LGPL-2.0-only", "LGPLLR", "LOOP", "LPD-document", "LPL-1.0", "LPL-1.02", "LPPL-1.0", "LPPL-1.1", "LPPL-1.2", "LPPL-1.3a", "LPPL-1.3c", "LZMA-SDK-9.11-to-9.20", "LZMA-SDK-9.22", "Latex2e", "Latex2e-translated-notice", "Leptonica", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "Libpng", "Linux-OpenIB", "Linux-man-pages-1-para", "Linux-man-pages-copyleft", "Linux-man-pages-copyleft-2-para", "Linux-man-pages-copyleft-var", "Lucida-Bitmap-Fonts", "MIPS", "MIT-CMU", "MIT-Click", "MIT-Festival", "MIT-Khronos-old", "MIT-Modern-Variant", "MIT-STK", "MIT-Wu", "MIT-advertising", "MIT-enna", "MIT-feh", "MIT-open-group", "MIT-testregex", "MITNFA", "MMIXware", "MMPL-1.0.1", "MPEG-SSG", "MPL-1.0", "MPL-2.0-no-copyleft-exception", "MS-LPL", "MS-RL", "MTLL", "Mackerras-3-Clause", "Mackerras-3-Clause-acknowledgment", "MakeIndex", "Martin-Birgmeier", "McPhee-slideshow", "Minpack", "MirOS", "Motosoto", "MulanPSL-1.0", "MulanPSL-2.0", "Multics", "Mup", "NAIST-2003", "NASA-1.3", "NBPL-1.0", "NCBI-PD", "NCGL-UK-2.0", "NCL", "NGPL", "NICTA-1.0", "NIST-PD", "NIST-PD-TNT", "NIST-PD-fallback", "NIST-Software", "NLOD-1.0", "NLOD-2.0", "NLPL", "NOSL", "NPL-1.0", "NPL-1.1", "NPOSL-3.0", "NRL", "NTIA-PD", "NTP", "NTP-0", "Naumen", "NetCDF", "Newsletr", "Nokia", "Noweb", "O-UDA-1.0", "OAR", "OCCT-PL", "OCLC-2.0", "ODC-By-1.0", "ODbL-1.0", "OFFIS", "OFL-1.0", "OFL-1.0-RFN", "OFL-1.0-no-RFN", "OFL-1.1-RFN", "OFL-1.1-no-RFN", "OGC-1.0", "OGDL-Taiwan-1.0", "OGL-Canada-2.0", "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "OGTSL", "OLDAP-1.1", "OLDAP-1.2", "OLDAP-1.3", "OLDAP-1.4", "OLDAP-2.0", "OLDAP-2.0.1", "OLDAP-2.1", "OLDAP-2.2", "OLDAP-2.2.1", "OLDAP-2.2.2", "OLDAP-2.3", "OLDAP-2.4", "OLDAP-2.5", "OLDAP-2.6", "OLDAP-2.7", "OLDAP-2.8", "OLFL-1.3", "OML", "OPL-1.0", "OPL-UK-3.0", "OPUBL-1.0", "OSC-1.0", "OSET-PL-2.1", "OSL-1.0", "OSL-1.1", "OSL-2.0", "OSL-2.1", "OSL-3.0", "OSSP", "OpenMDW-1.0", "OpenPBS-2.3", "OpenSSL", "OpenSSL-standalone", "OpenVision", "PADL", "PDDL-1.0", "PHP-3.0", "PHP-3.01", "PPL", "PSF-2.0", "ParaType-Free-Font-1.3", "Parity-6.0.0", "Parity-7.0.0", "Pixar", "Plexus", "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0", "Python-2.0.1", "QPL-1.0", "QPL-1.0-INRIA-2004", "Qhull", "RHeCos-1.1", "RPL-1.1", "RPL-1.5", "RPSL-1.0", "RSA-MD", "RSCPL", "Rdisc", "Ruby", "Ruby-pty", "SAX-PD", "SAX-PD-2.0", "SCEA", "SGI-B-1.0", "SGI-B-1.1", "SGI-B-2.0", "SGI-OpenGL", "SGMLUG-PM", "SGP4", "SHL-0.5", "SHL-0.51", "SISSL", "SISSL-1.2", "SL", "SMAIL-GPL", "SMPPL", "SNIA", "SOFA", "SPL-1.0", "SSH-OpenSSH", "SSH-short", "SSLeay-standalone", "SSPL-1.0", "SUL-1.0", "SWL", "Saxpath", "SchemeReport", "Sendmail", "Sendmail-8.23", "Sendmail-Open-Source-1.1", "SimPL-2.0", "Sleepycat", "Soundex", "Spencer-86", "Spencer-94", "Spencer-99", "SugarCRM-1.1.3", "Sun-PPP", "Sun-PPP-2000", "SunPro", "Symlinks", "TAPR-OHL-1.0", "TCL", "TCP-wrappers", "TGPPL-1.0", "TMate", "TORQUE-1.1", "TOSL", "TPDL", "TPL-1.0", "TTWL", "TTYP0", "TU-Berlin-1.0", "TU-Berlin-2.0", "TekHVC", "TermReadKey", "ThirdEye", "TrustedQSL", "UCAR", "UCL-1.0", "UMich-Merit", "URT-RLE", "Ubuntu-font-1.0", "UnRAR", "Unicode-3.0", "Unicode-DFS-2015", "Unicode-TOU", "UnixCrypt", "Unlicense-libtelnet", "Unlicense-libwhirlpool", "VOSTROM", "VSL-1.0", "Vim", "Vixie-Cron", "W3C", "W3C-19980720", "W3C-20150513", "WTFNMFPL", "Watcom-1.0", "Widget-Workshop", "WordNet", "Wsuipa", "X11-distribute-modifications-variant", "X11-no-permit-persons", "X11-swapped", "XFree86-1.1", "XSkat", "Xdebug-1.03", "Xerox", "Xfig", "Xnet", "YPL-1.0", "YPL-1.1", "ZPL-1.1", "ZPL-2.0", "ZPL-2.1", "Zed", "Zeeff", "Zend-2.0", "Zimbra-1.3", "Zimbra-1.4", "any-OSI", "any-OSI-perl-modules", "bcrypt-Solar-Designer", "blessing", "bzip2-1.0.6", "check-cvs", "checkmk", "copyleft-next-0.3.0", "copyleft-next-0.3.1", "curl", "cve-tou", "diffmark", "dtoa", "dvipdfm", "eGenix", "etalab-2.0", "fwlw", "gSOAP-1.3b", "generic-xts", "gnuplot", "gtkbook", "hdparm", "hyphen-bulgarian", "iMatix", "jove", "libpng-1.6.35", "libpng-2.0", "libselinux-1.0", "libtiff", "libutil-David-Nugent", "lsof", "magaz", "mailprio", "man2html", "metamail", "mpi-permissive", "mpich2", "mplus", "ngrep", "pkgconf", "pnmstitch", "psfrag", "psutils", "python-ldap", "radvd", "snprintf", "softSurfer", "ssh-keyscan", "swrule", "threeparttable", "ulem", "w3m", "wwl", "xinetd", "xkeyboard-config-Zinoviev", "xlock", "xpp", "xzoom", "zlib-acknowledgement", "BSD-3-Clause", "Apache-2.0", "GPL-2.0-or-later", "GPL-3.0-or-later", "LGPL-2.1-or-later", "LGPL-3.0-or-later", "AGPL-3.0-or-later"],
    spdxTemplates: 678,
    vocabulary: "permission to use copy modify and or distribute this software for any purpose with without fee is hereby granted the provided as disclaims all warranties regard including implied of merchantability fitness in no event shall be liable special direct indirect consequential damages whatsoever resulting from loss data profits whether an action contract negligence other tortious arising out connection performance academic free license afl v 3.0 applies original work authorship whose owner licensor has placed following licensing notice adjacent copyright licensed under version grant grants you a worldwide royalty non exclusive sublicensable duration do reproduce copies either alone part collective translate adapt alter transform arrange thereby creating derivative works based upon communicate public your choice that does not contradict terms conditions s reserved rights remedies perform publicly display patent claims owned controlled by are embodied furnished patents make sell offer sale have made import source code term means preferred form making modifications it available documentation describing how agrees provide machine readable along each distributes reserves right satisfy obligation placing information repository reasonably calculated permit inexpensive convenient access long continues exclusions neither names nor contributors their trademarks service marks may used endorse promote products derived express prior except expressly stated herein nothing copyrights trade secrets intellectual property embodiments than defined section 2 even if such included interpreted prohibit different otherwise would external deployment distribution communication way anyone those distributed communicated persons application intended over network condition hereunder must treat 1 c attribution retain create trademark notices well descriptive text identified therein cause carry prominent inform recipients modified warranty provenance disclaimer warrants sublicensed contributor immediately preceding sentence on basis limitation infringement particular entire risk quality constitutes essential liability circumstances legal theory tort incidental character result goodwill stoppage computer failure malfunction commercial losses apply extent applicable law prohibits acceptance termination at time assented assent indicates clear irrevocable its reasonable effort obtain undertake activities listed doing so honoring these prohibited international treaty affect exceptions limitations fair dealing terminate longer exercise honor automatically date commence cross claim counterclaim against licensee alleging infringes provision combinations hardware jurisdiction venue governing suit relating brought only courts wherein resides which conducts primary business laws excluding conflict provisions united nations convention contracts goods excluded outside scope after subject requirements penalties appropriate survive attorneys fees enforce seeking thereto prevailing party entitled recover costs expenses incurred appeal miscellaneous held unenforceable reformed necessary enforceable definition throughout upper lower case individual entity exercising complying entities includes controls common control purposes i power direction management ii ownership fifty percent 50 more outstanding shares iii beneficial ways restricted conditioned promises interfere responsible uses modification 2005 lawrence rosen permits applied however indicate name replace specified first paragraph above own confusingly similar open unless been approved initiative osi comply review certification process gnu affero general 3 19 november 2007 everyone permitted verbatim document but changing allowed preamble copyleft kinds specifically designed ensure cooperation community server licenses most practical take away freedom share change contrast our guarantee versions program sure remains users when we speak referring price charge them wish receive can get want pieces new programs know things developers protect two steps assert gives secondary benefit defending improvements alternate they widespread become incorporate many heartened encouraged servers fail come about letting ever releasing cases becomes requires operator running there therefore accessible older called published was accomplish goals gpl released relicensing precise copying follow definitions refers also like semiconductor masks copyrightable addressed licensees individuals organizations fashion requiring exact earlier covered unmodified propagate anything directly secondarily executing modifying private propagation some countries convey kind enables parties mere interaction user through transfer conveying interactive interface displays prominently visible feature tells view presents list commands options menu item meets criterion object standard official recognized standards body interfaces programming language one widely among working system libraries executable include whole normal packaging major component b serves enable implement implementation context kernel window specific operating runs compiler produce interpreter run corresponding needed generate install scripts tools generally performing example files associated shared dynamically linked subprograms require intimate flow between parts need regenerate same basic permissions met explicitly affirms unlimited output given content acknowledges equivalent force others sole having exclusively facilities material thus behalf copyrighted relationship solely below sublicensing 10 makes unnecessary protecting anti circumvention deemed effective technological measure fulfilling obligations article 11 wipo adopted 20 december 1996 prohibiting restricting measures waive forbid effected respect disclaim intention limit operation enforcing third medium conspicuously appropriately publish keep intact stating permissive added accord 7 absence give support protection 4 meet giving relevant requirement modifies who comes into possession will additional regardless packaged invalidate separately received compilation separate independent nature extensions combined larger volume storage aggregate beyond what inclusion forms sections 5 physical product accompanied fixed durable customarily interchange written valid least three years spare customer model possesses cost physically alternative occasionally noncommercially subsection 6b offering designated place gratis further operated supports maintain directions next saying where find hosts remain obligated using peer transmission peers being offered 6d separable portion library consumer tangible personal normally family household sold incorporation dwelling determining doubtful resolved favor coverage typical class status actually expects expected substantial industrial represent significant mode installation methods procedures authorization keys required execute suffice continued functioning prevented interfered because occurs transaction transferred recipient perpetuity characterized conveyed retains ability installed rom continue updates denied itself materially adversely affects violates rules protocols across format documented password key unpacking reading supplement treated though were governed option remove removal certain notwithstanding add authorized holders disclaiming limiting differently 15 16 preservation author attributions displayed containing misrepresentation origin marked publicity licensors authors declining indemnification conveys contractual assumptions impose considered restrictions within meaning contains restriction statement indicating attempt void cease violation then holder reinstated provisionally until finally terminates permanently fails notify 60 days cessation moreover notifies cure 30 receipt terminated qualify accept order ancillary occurring consequence likewise actions infringe propagating automatic downstream receives compliance transferring organization substantially assets subdividing merging results whatever predecessor interest had could previous plus efforts affirmed initiate litigation lawsuit infringed selling importing authorizes already acquired hereafter manner sublicenses consistent contents paragraphs agreement commitment denominated practice covenant sue knowingly relying readily deprive yourself extend actual knowledge country identifiable reason believe pursuant single arrangement procuring conveyance receiving authorizing extended discriminatory distributing payment activity primarily compilations contain entered 28 march construed defenses surrender imposed court excuse cannot simultaneously pertinent agree obligate collect whom both refrain entirely remote interacting remotely opportunity providing customary facilitating incorporated link combine revised foundation spirit present differ detail address problems concerns distinguishing number specifies numbered later specify choose proxy decide future choosing writing expressed limited should prove defective assume servicing repair correction agreed inability rendered inaccurate sustained operate advised possibility interpretation local effect according reviewing closely approximates absolute waiver civil assumption accompanies return end develop greatest possible best achieve redistribute attach safest start file effectively state exclusion line pointer full found hope useful see details https www org contact electronic paper mail interact provides web leads archive solutions better 13 employer programmer school sign agpl apache 2.0 january 2004 reproduction mean 9 granting union acting configuration mechanical transformation translation compiled generated conversions media types indicated attached appendix editorial revisions annotations elaborations merely bind thereof contribution additions intentionally submitted submit verbal sent representatives mailing lists systems issue tracking managed discussing improving subsequently perpetual prepare sublicense licensable necessarily combination institute contributory filed redistribution changed pertain contained places wherever appear informational alongside addendum complies submission contributions supersede executed regarding reproducing title appropriateness redistributing risks deliberate grossly negligent acts accepting while indemnity act responsibility indemnify defend hold harmless asserted boilerplate fields enclosed brackets replaced identifying don t comment syntax recommend description printed page easier identification archives artistic establishes package copied redistributed intent maintains development still keeping always arrangements wholly propose seek named contributed accordance person collection derivatives consist else company distributor another requested changes current perl bytecode binary duplicate disclaimers discretion bug fixes portability clearly differs documenting features executables modules prevent installing addition bear allow freely complete instructions carrying invalid demand thirty aware forfeit aggregating linking packages aggregation components embed build stand applications expose items themselves someone nevertheless mark tradename logo disclaimed damage blue oak 1.0.0 much triggers rule everything gets blueoakcouncil complied taking ends able reliability revoke far allows related redistributions exemplary procurement substitute services interruption caused strict 1.1 2017 mariadb corporation ab production permitting fourth anniversary whichever currently described purchase affiliated resellers vary set forth affiliates refer covenants consideration compatible insert none causes implication estoppel bsd advertising mentioning acknowledgement developed boost 1.0 august 17th 2003 obtaining accompanying transmit processor dealings creative commons 4.0 firm advice lawyer client fullest creators considerations exhaustive read understand before applying secure reuse cc exception regulated authority reasons requests asking although bound benefits adapted translated altered arranged transformed musical sound recording produced synched timed relation moving image adapter broadcast sui generis database labeled categorized proper circumvented agreements literary ies dissemination importation members individually chosen j directive 96 ec european parliament council databases amended succeeded essentially anywhere world k avoidance doubt 6 formats technical now known created waives circumvent simply never produces every restricts endorsement imply connected sponsored endorsed moral integrity privacy personality royalties collecting society voluntary waivable statutory compulsory scheme supplied creator pseudonym uri hyperlink practicable indication resource extract supplements undertaken offers representations concerning latent defects accuracy presence errors discoverable punitive here reinstates cured discovery reinstatement violations stop 8 understandings reduce restrict lawfully minimum severed affecting enforceability remaining waived consented privileges immunities processes elect publishes instances policies creativecommons authorize consent unauthorized contacted sharealike sa compatiblelicenses elements attributes l m cc0 universal attorney jurisdictions confer subsequent owners relinquish contributing cultural scientific reliably fear contribute ideal culture gain reputation greater motivations expectation compensation associating affirmer he she voluntarily elects his her protected neighboring retained performer pertaining likeness depicted unfair competition regards extraction national successor implementations contravention overtly fully irrevocably unconditionally abandons surrenders unknown existing territories maximum iv promotional member large detriment heirs successors intending revocation rescission cancellation equitable disrupt quiet enjoyment contemplated fallback judged legally ineffective preserved account affected transferable unconditional partial invalidity ineffectiveness remainder contrary abandoned surrendered permissible clearing consents understands duty cddl creates contributes creation 1.2 1.3 portions 1.4 1.5 initial developer 1.6 combines 1.7 1.8 1.9 deletion 1.10 originally 1.11 method apparatus grantor 1.12 1.13 2.1 3.1 wide dispose delete infringements devices 2.2 deleted availability exchange 3.2 sufficient 3.3 identifies 3.4 alters absolutely 3.5 3.6 combining fulfilled 4.1 sun microsystems inc steward 4.3 4.2 rename references note merchantable fit infringing 6.1 breach becoming 6.2 declaratory judgment referred participant indirectly prospectively expiration day period withdraw unilaterally 6.3 validly supplier lost informed death injury u government 48 f r 2.101 oct 1995 consisting 252.227 7014 12.212 sept 227.7202 june acquire clause lieu supersedes dfar addresses represents matter hereof located losing regulation drafter states export administration regulations utilization constitute admission eclipse originate originates conjunction per se assurances assumes excludes informs identify originator distributors responsibilities partners facilitate potential indemnified collectively lawsuits omissions alleged promptly cooperate defense settlement negotiations participate expense might x pay equipment unavailability operations validity hereto institutes noncompliance soon avoid inconsistency assign serve suitable york america bring year arose jury trial clarity declarations classes structures subclass accompany satisfies exhibit beneficiary satisfied desirable put location directory likely look accurate eupl 2016 authorised willingness define dependence classify determined mentioned human people study meant natural communicates usage lending renting communicating transmitting online offline functionalities disposal vested circumstance lend rent exercised invented economic easily exhaustion done compatibility sake prevail chain him brings progress continuously improved numerous finished bugs inherent type wilful misconduct conclude defining fact accepted clicking icon bottom displaying affirming similarly download channel website concluded stored reproduced 12 prejudice commission linguistic updated reducing unique identical value advantage 14 institutions bodies offices agencies justice laid down 272 competent seat registered office belgian residence inside osl epl cecill mozilla mpl lesser lgpl unported qu bec reciprocity liliq strong update producing appropriation 1991 51 franklin street fifth floor boston ma 02110 1301 usa commit instead too deny ask show ours passed introduced reflect reputations threatened constantly danger redistributors proprietary say hereinafter true depends forming reads interactively started ordinary print announcement telling wrote contest rather noncommercial counts compelled since signed allegation issues balance induce implemented practices generous range reliance up donor willing thoroughly believed rest explicit geographical incorporates write sometimes decision guided preserving promoting sharing idea yyyy short starts gnomovision 69 w welcome hypothetical course something mouse clicks suits sample yoyodyne passes compilers james hacker signature ty coon april 1989 president vice incorporating subroutine consider 29 denying pass freedoms explains attributed erroneously manufacturer fundamentally incompatible aim systematic pattern abuse area precisely unacceptable arise domains ready computers assures render terminal gui box please philosophy why html isc json deal merge good evil noninfringement february 1999 hence specially typically suggest think carefully strategy explanations gave relink recompiling step very pose constant threat existence restrictive insist obtained quite statically speaking fits criteria lax call less competing disadvantages advantages rare occasions encourage widest de facto frequent job little variant linux protective wherewithal close attention difference former whereas latter functions prepared conveniently straightforwardly tool facility function table argument invoked faith supply operates performs meaningful compute square roots 2d optional root opt newer appeared once irreversible isolation falls header especially threshold numerical parameters structure layouts accessors small macros inline ten lines length unrestricted fall reverse engineering debugging during execution reference directing understood recompile mechanism properly installs 6a verify utility happen contradicts contradiction together side uncombined explaining alternatively frob tweaking knobs random 1990 supplemented minimal templates fewer taken recombine recombining relinking 4d0 4d1 permanent mit 1.0.1 1.8.1 substance series release 1.10.1 differential comparisons compressed archival decompression archiving issued via twelve months initially became six ensuring maintained describe matters titled describes obtains thereafter notifying newsgroups apis api disclosed believes due collateral 3.7 statute impossible judicial distributions sufficiently detailed skill netscape communications phrases mozillapl mozpl npl phrase filling 8.1 8.2 asserting declatory mutually agreeable past withdrawn device revoked 8.3 initiation amount 8.4 california disputes citizen chartered federal northern district lying santa clara county multiple designate utilize deleting slightly owns 1.14 exploit 2.3 removed logos 2.4 10.2 2.5 representation 2.6 doctrines equivalents 2.7 timely additionally remedy factual inaccuracies 5.1 compliant ongoing back 5.2 counter 5.3 defendant principal construe 10.1 10.3 10.4 microsoft ms pl governs guarantees exclude university illinois ncsa sil font 26 ofl stimulate collaborative projects communities framework fonts partnership studied bundled embedded adding substituting porting environment designer engineer writer headers metadata viewed presented advertise acknowledge null postgresql formerly postgres postgres95 maintenance enhancements python psf accessing nonexclusive analyze test e 2001 2002 2006 prepares wants brief summary agency joint venture sense beopen com 160 saratoga avenue ca 95051 respects pythonlabs cnri b1 important beta research initiatives 1895 preston white drive reston va 20191 internet site 2000 cnris alternately omitting quotes persistent identifier handle 1895.22 1011 url hdl net virginia button cwi 0.9.0 supporting stichting mathematisch centrum ml jersey unicode directories reports cldr icu project repos trac browser pdf charts downloading unequivocally unencumbered domain compile recognize dedicate dedication intend overt relinquishment unlicense upl covering piece lrgrwrks txt foregoing fuck just x11 consortium zlib misrepresented acknowledgment appreciated plainly 3d slicer covers downloads brigham women hospital transactions downloaded publication institution employs patient confidentiality security health insurance accountability hipaa disclosure reserve warrant prescribes reciprocal therewith adhere prefaced words preserve accordingly informing sublicensees reviewed food drug clinical recommended commercialization engaged governmental orders demands judgments therefrom funding commonwealth massachusetts principles conflicts supercede previously assurance modest hopes help justify thousands dollars billable invested gpg verifiable dependent thereon launched g splash screen banner professional administrators employed encryption effects malicious amazon digital sublicenseable preceeding publishing mutual certified proceeding omitted 17 101 et seq v.2.1 510 suite 225 san francisco 94107 d cover request immediate higher us alglib manual last advanced micro amd furnishing duplication far52.227 dfars252.227 error uninterrupted viruses completeness operability revenue exceed 10.00 accepts allocation liabilities excess detrimental acknowledged thereunder department munitions imported exported re nationals proposals discussions writings excused illegal reformation texas austin apple abide entirety nvidia supplies aforementioned p antlr commerical credit developing somewhere report etc nice mention guidelines kept expect enhancing completed sublicence derivates postscript afm noted adobe adaptive generic relied determine outset suppfile selected originating posting sixty province module subdirectory assigned 1.15 1.16 1.17 1.18 resulted arises contractor certainty capture 1.19 1.20 selecting rely reservation aforesaid month begin beginning viewable 36 replacement turn said situated clarification internally internal chooses instance inclusive 3.8 qualifies exists introduce revising increase decrease terminating correct penalised binding sets 3.9 3.10 recognition money occur word exceeding graphic limits 3.11 purports nullify amend diminish co preparation 7.1 7.2 7.3 7.4 plural respective mutatis mutandis 7.5 enforcement subsidiaries officers directors employees agents delays 9.1 9.2 entertain injunction equity legality attorns 9.3 elsewhere adjudge cancels oral strictly 10.5 10.6 headings convenience construction 10.7 10.8 drafted english comprises select selection subsidiary question parent owning majority voting interests controlling default yes answer exporting deletes directed manufacture ninety 90 withdraws alleges invited agreeing announces deploy statements upgrades completely accurately deployed submitting publicsource tiers pre untested tested failures incomplete satisfactory corrected representative nuclear aircraft navigation air traffic machines lead severe environmental ofa procure total 50.00 mac os belonging times posted guidelinesfor3rdparties 12.1 13.6 12.2 destroy sort 13.1 resident embargoed treasury commerce denial 13.2 12.211 purchases 7015 13.3 association appearance 13.4 impair market technology compete 13.5 severability finds enforced prevents discontinue 13.7 dispute resolution 13.8 quebec canada confirm documents les ont exige que le contrat tous connexes soient rediges en anglais allegedly functionality suspend final determination administrative lifts suspension resume lift suspends replacing independently negotiating ver capacity officer employee agent exist preferably electronically interference quicktime streaming amongyou exig pr dig corporate reflected apsl externally delivery did opensource aswf v1.0 asset education training benchmarking benchmark reproducibility demonstrations publications showing images sponsorship affiliation utilizing v1.1 originals apreambl tex hans hermann bode hhbode dosuni1 bitnet bibtex adaptable doc alterations faults macromedia suppliers tm whenever suitability editing alteration represented profit grounds typefaces appears symbol bitmaps metric donated utopia regular italic bold ross beresford 1993 uk cryptics dictionary aladdin 18 familiar extra care enterprises deletions 0 holds ghostscript artifex 1976 literal examples enumeration involving retrieval retrieving customers removable redistributable cd magnetic tape optical book magazine functional commences tell prints delivered printing broadest unit acquiring dod classified respectively group consists center supercomputing urbana champaign acknowledgments variants arphic 11fl no.168 yung chi rd taipei 110 taiwan forbidden encourages truetype ar mingti2l big5 kaitim big sungtil gb glyph reordering converting characters whoever arphicpl unaltered retroactively copyrightt semblance textual wishes thinking charges involved computing charged handling usenet ftp uu allowing differences pages possibly input belong whomever commercially aggregated subroutines merchantibility uunet yours undump unexec comparably languages emulate variables regression tests got left courtesy duplicating besides reused patch binaries sources worry stuff simple really mind bola buena onda everybody needs volunteer neighbour paint house waste energy renewable resources points discover invent tolerant ian darwin 1994 christos zoulas planet views conclusions representing ntt universidad palermo argentina edu hp berkeley laboratory dept patches imposing design military suffered oracle reassurances reproduct flex carries originated livermore vern paxson ac03 76sf00098 basically says skl scanner skeleton scanners shortened regents duplicated david giffin carnegie mellon 5000 forbes pittsburgh pa 15213 3890 412 268 4387 fax 7395 tech andrew cmu 2008 2009 2010 2011 2012 2013 2014 2015 2018 2019 2020 inferno nettverk norway aswell coordinator sdc inet oslo park gaustadall 21 0349 geoff kuenning granada hills proven spread programmers improve arguable idealogical metallic constraint proposed tcp ip illustrates universally rapid often jure eg models proliferation success role few tainted difficult inevitable goal guard taint imagine companies closed rise competitor existed variety settings confused consequently deusty llc adhered systemics message startup ltd publically implimentation w3works inculdes derrivations retainl baekmuk batang dotum gulim headline kim jeong hwan patterns generating sh script gmv spreading spanish mainstream julio sanchez jos nas notified situation comments kindly send es despite lack hear problem commutative diagram built top xy pic michael barr email barrs unchanged renamed appreciate my examination latex 2e 2.09 plain amstex beer ware revision 42 phk freebsd worth buy me poul henning kamp bittorrent releases jabber josl dropped several doesn fulfill relies repeated glossary creations conspicuous proviso cite adhering naming assertion respondent retroactive partys superior alphabetical reader shown parentheses donations paying filepath advertisement proof whois registrar notification complye advising outlined bitstream propriety charter outline courier designs glyphs vera gnome dot swsoft readme olddiagram oldmaxidiagram oldmicrodiagram oldminidiagram oldmultiplearrows maxidiagram microdiagram minidiagram multiplearrows guides emploi guaranteed assist francis borceux uclouvain correctness properties jorn lind nielsen computational uda capitalized provider follows 3.1.1 3.1.2 upstream analysis enter 5.4 5.5 minimis explain conducted figures papers artificial intelligence trained 5.6 providers cryptographic autonomy demonstration strives aspect element capability absent perceptible affiliate 4.4 seeds 4.1.1 persist 4.1.2 4.5 4.1.3 coordinated vulnerabilities delay embargo newly vulnerability flaw identity participating possess 4.2.1 withholding commonly 4.2.2 hashes 4.2.3 contractually capabilities acknowledging easy uphold relative processing engage interactions begins expire eligible lasting restored counterclaims response intermediaries contractors reservations achieves avoids 7.6 7.7 caveat mitre attack classification capec designation board trustees associates trusted background approach unprecedented levels growth innovation demonstrate continuing underlying unaffiliated y inconsistent upfront recurring equal charging commitments suchcontributors plaza islandia 11749 attn obscure appearing undertaking durability assumed undertakings branding catrdmrk htm 11.1 11.2 11.3 11.4 11.5 contractantes confirment elles associes 11.6 authorizations 11.7 draft ccpl periodical anthology encyclopedia constituting assembled dramatization fictionalization motion picture art abridgment condensation recast violated phonorecords audio devised technically digitally uniform phonorecord apart french screenplay comparable inquiry secured lawful residuals payments defamation invasion election sentences composition synchronization synching blanket ascap bmi sesac webcast music harry fox usc 115 webcasting soundexchange 114 sponsor journal australia encyclopaedia reproduces adaptation dramatic dramatisation falsely analogous cinematograph film edition television high level noderivatives records publisher record australian false attribute honour distortion mutilation prejudicial corruption anticipated savings legislation implies imposes partly repaired supplying again south wales phonogram cinematographic adaptations recognizably encyclopedias anthologies performances phonograms broadcasts actors singers musicians dancers sing deliver declaim play interpret expressions folklore producer sounds transmits expression pamphlet lecture sermon dramatico choreographic entertainment dumb assimilated cinematography drawing painting architecture sculpture engraving lithography photographic photography illustration map plan sketch dimensional geography topography science performed circus recitations wire wireless rebroadcast signs visual recordings fixation fixations collections takes label demarcate schemes administers credits implicitly distort mutilate derogatory japan referenced terminology berne september 1979 rome 1961 july 24 1971 sought ist keine rechtsanwaltskanzlei und leistet rechtsberatung die bereitstellung dieser lizenz hrt zu keinem mandatsverh ltnis stellt diese informationen ohne gew hr zur verf gung bernimmt hrleistung gelieferten schlie haftung sch den aus sich deren gebrauch ergeben der gegenstand wie unter schutzgegenstand definiert wird bedingungen oder lizenzvertrag gestellt durch das urheberrecht andere gesetze gesch tzt jede nutzung des schutzgegenstandes nicht aufgrund gestattet unzul ssig bung eines hrten rechts dem erkl ren sie lizenzbedingungen rechtsverbindlich einverstanden soweit als anzusehen ihnen lizenzgeber genannten rechte unentgeltlich im austausch daf dass gebundensein akzeptieren definitionen begriff bearbeitung sinne bezeichnet ergebnis jeglicher von nderung solange dieses erkennbar vom abgeleitet wurde dies kann insbesondere auch eine umgestaltung anpassung bersetzung heranziehung vertonung laufbildern sein gelten seine aufnahme sammlung ein sammelwerk freie meint zusammenstellung literarischen nstlerischen wissenschaftlichen inhalten einem einheitlichen ganzen sofern auswahl anordnung darin enthaltenen selbst ndigen elemente eigent mliche geistige pfung darstellt unabh ngig davon ob systematisch methodisch angelegt dadurch einzeln zug nglich sind verbreiten bedeutet bearbeitungen vervielf ltigungsst cken mithin rperlich fixierter ffentlichkeit machen verkehr bringen diejenige nat rliche juristische gruppe anbietet insoweit rechteinhaberin auftritt rechteinhaber urheber am immaterialg terrecht erlangt hat welches abschnitt handlungen erfasst erteilung bertragung einr umung nutzungsbewilligungen bzw nutzungsrechten dritte erlaubt inhalt angeboten werk kleinen nze nachgelassenes lichtbild anderes objekt verwandten schutzrechts seiner fixierung auf welche weise jeweils wahrnehmung erfolgen gleichviel analoger digitaler datenbanken zusammenstellungen daten einen terrechtlichen schutz eigener genie unterfallen gemeint genannte nutzungen vornimmt zuvor hinblick gegen versto aber ausdr ckliche erlaubnis lizenzgebers erhalten hrte nutzungsbewilligung trotz vorherigen auszu ben ffentlich wiedergeben wahrnehmbarmachungen unk rperlicher verstehen mehrzahl mitgliedern bestimmt mittels ffentlicher wiedergabe vortrag auff hrung vorf darbietung sendung weitersendung zeit ortsunabh ngiger zurverf gungstellung zum einsatz kommenden techniken verfahren einschlie lich drahtgebundener drahtloser mittel einstellen ltigen welchem tr ger welcher menge vor bergehend dauerhaft cke herzustellen ton bildaufzeichnungen umfasst erstmalige festhalten dessen wahrnehmbarmachung mitteln wiederholbaren sowie herstellen festhaltung speicherung einer tzten bild schalltr gers anderen elektronischen beschr nkungen verwertungsrechte keiner darauf gerichtet befugnisse vermindern nken vereiteln ausschlie lichkeitsrechte rechtsinhabers entsprechenden rechtsnormen fehlen schutzes lizenzierung erteilt unbeschadet unverzichtbarer vorbehaltlich abschnitts verg tungsfreie umlich zeitlich dauer urheberrechts unbeschr nkte folgenden nutzen beliebiger ihn sammelwerke integrieren teil solcher bearbeiten bersetzungen jedweder medien anzufertigen deutlich gemacht um handelt allein aufgenommen wiederzugeben ffentlichen bez glich tung gilt folgendes unverzichtbare gesetzliche tungsanspr che gegenzug lizenzen vorgesehen pauschalabgabensysteme beispiel leermedien vorhanden beh lt liche recht geltend bei zwangslizenzen au erhalb zustande kommen verzichtet alle lle lizenzgerechten jegliche sonstigen llen lizenzgerechter beiden abschnitte llt geltendmachung nur verwertungsgesellschaft vorgenannte bekannten noch nutzungsarten einger umt beinhaltet solche nderungen vorzunehmen bestimmte nach zul ssige technisch erforderlich ber diesen hinaus cklich werden bleiben diesem vorbehalten mtlicher daraus resultierender gem erfolgt rfen ssen dabei stets kopie vollst ndige internetadresse beif gen vertrags nutzungsbedingungen anbieten fordern unterlizenzieren jeder hinweise unver ndert lassen haftungsausschluss hinweisen wenn bezug technischen nahmen ergreifen nutzer ihm behindern nnen dasselbe bestandteil sammelwerkes bildet jedoch insgesamt unterstellt muss erstellen praktikabel mitteilung hin aufgez hlten entfernen vornehmen verbreitung ffentliche aufbauender inhalte enthaltender bedingung etwaiger mitteilungen dazu geh renden rechtevermerke unber verpflichtet urheberschaft rechteinhaberschaft angemessenen anzuerkennen indem bekannt angeben namen solches verwendet rechteinhabers rechtevermerk angemessene zuschreibung vorgenommen z stiftung verlagshaus zeitung zuschreibungsempf nger bezeichnung dritten titel inhaltes praktikablen angegeben sei denn verweist lizenzinformationen falle bereinstimmung hinweis erforderlichen angaben darstellen gemeinsamer nennung aller beitragenden dergestalt zumindest ebenso hervorgehoben brigen angabe oben bezeichneten verwenden ihrer vorherige separat schriftlich vorliegende zustimmung urhebers ngers weder implizit explizit irgendeine verbindung unterst tzung billigung andeuten einschr teile deshalb schutzgegenstandsbegriff fallen weil pers nlichkeitsrechte bestehen anders lautende schriftliche vereinbarung zwischen geschlossen ngel arglistig verschwiegen wurden bietet ausschluss konkludent garantien irgendeiner freisein sach rechtsm ngeln erkennbarkeit verkehrsf higkeit verwendbarkeit bestimmten zweck korrektheit beschreibungen haftungsbeschr nkung ziffer haftet grober fahrl ssigkeit vorsatz dar keinerlei freiwillige folge er glichkeit ihres eintritts unterrichtet erl schen erteilte wirkung zukunft kenntnis weiteren handlung vertragsparteien bedarf rlichen juristischen personen enthaltende entsprechende haben nachtr entstandene lizenzbeziehungen weiter ihrerseits mtliche halten ziffern fort unbefristet bis rechtliche ausl uft abgesehen anzubieten eigene weitergabe jederzeit einzustellen ndigung widerruf weiterlizenzierung grundlage bereits zuk nftig dient cksichtigung vollumf wirksam bleibt sonstige bestimmungen jedes mal genommen empf gleichen umfang urspr nglichen sollte bestimmung unwirksam wirksamkeit soll abbedungen kein verzicht betroffene seite zugestimmt zusammen ihr vorgesehenen erlaubnissen zustimmungen tats chlich vorliegen abreden vereinbarungen rungen genannt rechtsgesch ftliche verh ltnisses modifikationen etwaige zus tzliche einseitig bermittelte gebunden modifiziert derlei wirken angebotenen anderweitige getroffen wahlfreiheit besteht findet republik sterreich anwendung partei dergleichen rechtlichen gesichtspunkt irgendwelche abstrakt konkret zuf llig vorhersehbar zusammenhang entstehen vorangegangen tze pflichten parteien marke notwendig kenntlich steht gehender schriftlichen erlaubte richtet marken nutzungs richtlinie aktuellen fassung ffentlicht anfrage klarstellung markennutzung kontaktiert adapting 3a 3b 3c 4a 4b 4c unaffected recognised nonwaivable ix 1968 cth 1974 territory trading ordinarily domestic clauses waivers capital namensnennung deutschland abwandlung eigenpers nlichen ge verblassen daran schutzrechte benutzung abwandlungen nliche nutzungsrechte zeigen ffentlichungen sentationen nglichmachung ausstellung veranstaltungen vorgang erstmals rperliche fixierungen tontr elektronisches schranken terrechts anderer weiteres zustehen einfache arten weisen umtes einfaches nutzungsrecht jedermann einzuziehen einziehung resultierenden nutzungsrechts mehrerer wenig rechten hrleistungsbeschr hren seiten verschulden vertretenm ebenfalls vorliegt verletzung lebens rpers gesundheit wenigstens vorzuwerfen umten bundesrepublik igo intergovernmental established instrument possessing borders enjoy immunity igos rental translations lasts emblem discovering conventions settled amicably procedure mediation proceedings 45 arbitration uncitral arbitral tribunal arbitrator headquarters telephone conference submissions naamsvermelding geen advocatenpraktijk verleent juridische diensten verspreiding van deze licentie roept relatie het leven verspreidt informatie staat niet voor inhoud verstrekte sluit aansprakelijkheid uit enigerlei schade voortvloeiend gebruik indien voorzover wet bepaalt hieronder omschreven wordt ter beschikking gesteld overeenkomstig voorwaarden publieke beschermd op grond auteursrecht naburige databankenrecht enige toepasselijke uitzondering toegestane enig ander toegestaan door uitoefenen verleende betrekking tot aanvaardt gaat gebruiker akkoord dien verstande dat voorhand voldoende duidelijk kenbaar te zijn ontvanger licentiegever inachtneming desbetreffende definities verzamelwerk een waarin geheel ongewijzigde vorm samen meer werken elk afzonderlijk zelfstandig vormen samengevoegd voorbeelden tijdschrift bloemlezing encyclopedie zal toepassing afgeleid worden beschouwd gebaseerd reeds bestaande vertaling muziekschikking toneelbewerking literaire bewerking verfilming geluidsopname kunstreproductie verkorte versie samenvatting muziekwerk betreft synchronisatie tijdslijnen bewegend beeld natuurlijke persoon rechtspersoon rechtspersonen volgens aanbiedt aanbieden maker oorspronkelijke gemaakt heeft hebben onder mede verstaan uitvoerende kunstenaar fonogramproducent omroeporganisaties zin producent databank databankenwet auteursrechtelijk beschermde aangeboden fonogram eerste vastlegging omroep programma zover dit krachtens jurisdictie ingevolge uitoefent eerder geschonden uitdrukkelijke toestemming gekregen om oefenen ondanks eerdere schending beperkingen uitsluitende niets strekt ertoe beperken voortvloeien uitputting rechthebbende licentieverlening hierbij aan wereldwijde exclusieve navolgende vrij duur intellectuele eigendomsrechten reproduceren opnemen meerdere verzamelwerken opgenomen maken afgeleide inbegrip welke welk dan ook wijzigingen aangebracht bijvoorbeeld kan toegevoegd engels spaans vertaald geval verandering aangegeven veranderd verspreiden exemplaren openbaar tonen uitvoeren beschikbaar stellen deel opvragen hergebruiken volledigheidshalve vermeld afstand vatbare heffingsregelingen thuiskopie n zich voorbehoudt dergelijke heffingen innen al middel auteursrechtenorganisatie bij zowel commercieel heffingsregeling leenrechten doet collectief rechtenbeheer vergoedingen lid organisatie mag behulp thans bekende dragers tevens gerechtigd technische brengen noodzakelijk uitdrukkelijk voorbehouden maar beperkt artikel genoemd nationale implementatie europese databankenrichtlijn beschickt gebonden volgende uitsluitend exemplaar toe voegen toont uitvoert stelt afwijkende bieden waardoor wel mogelijkheid ontvangers sublicentie geven vermeldingen verwijzen naar uitsluiting garantie laten staan voeren technologische voorzieningen voorgaande uitmaakt houdt afgezien zelf maakt verzoek vereiste verwijderen praktisch mogelijk conform hij tenzij sprake auteursrechtvermeldingen wijze redelijk verhouding gebruikte naam vermelden haar pseudoniem partij uitgeverij naamsvermeldingsgerechtigden auteursrechtvermelding algemene redelijke verplicht redelijkerwijs toepasbaar aanwezig waarvan hoort verwijst betreffende overeenstemming franse scenario genoemde vereisten voldoen echter naamsvermeldingen ieder geplaatst dienen makers overige teneinde naamsvermeldingsverplichting gebruikmaking indruk wekken verband sponsorschap goedkeuring q diens zonder afzonderlijke voorafgaande schriftelijke hierboven vermelde onderdelen geacht vallen definitie zoals omdat zij moeten uitgeoefend morele verzetten tegen elke misvorming verminking aantasting nadeel zou kunnen toebrengen eer waarde hoedanigheid hem zijnde wettelijke bepaling doen vrijwaring schriftelijk overeengekomen partijen hetzij anderszins garanties eigendomstitel verkoopbaarheid geschiktheid bepaalde doeleinden mogelijke inbreuk afwezigheid latente tekortkomingen juistheid fouten ongeacht opspoorbaarheid daarvan beperking enkele jegens bijzondere incidentele gevolgschade zelfs hoogte risico indiging daarin vervallen automatisch moment strijd licenties ontvangen blijven zolang houden na artikelen onverminderd kracht verleend behoudt desalniettemin allen tijde gewijzigde licentievoorwaarden langer dergelijk besluit intrekking gevolg blijft indigd diversen keer biedt nietig rechtens afdwingbaar zullen volledig nietige afdwingbare tussenkomst vervangen geldige waarbij doel strekking zoveel acht genomen verklaring wijziging geschieden getekend verantwoordelijk respectievelijk wiens vereist bevat volledige overeenkomst tussen gegeven afspraken aanvullende bepalingen mededelingen gewijzigd wederzijdse instemming merkrechten aansprakelijk gehouden derden twee volzinnen verplichtingen zichzelf beperkte iedereen erop wijzen geeft merknaam daarmee houdende merknamen gebruiken geoorloofde alsdan geldende richtlijnen bekend tijd desgevraagd merkrechtelijke kunt marketability toward monetary kommerzielle ihne rechteeinr vorrangig ftlichen vorteil geldwerte berlassen vertragliche verpflichtung hierzu etwa wege angesehen schutzgegenst nde zahlung geleistet kommerziell definierten zwecke angeboteten towards noderivs weitergehende untersagt icommons rechtsanwaltsgesellschaft lizenzentwurfes erbringt ihrem urheberrechtlich tzte unten beschrieben einschl gige hier beschriebenen voraussetzungein vertragsbedingungen werkes verstanden ihre lizenzelementen lizenzcharakteristika ausgew hlt ngigen elementen darunter angeordnet hilfe elektronischer datenbankwerke bt verletzt schutzobjekt geschaffen schutzrecht urheberrechtlichen ausgabe nachgelassenen datenbank funksendung laufbild benden nstlers sst ersch pfungsgrundsatz lizenzvertrages lizenzgeb hrenfreies nktes verwerten auszustellen vorzutragen aufzuf vorzuf senden funksendungen nglichmachungen aufzunehmen lichtbilder weiterzusenden umzugestalten ausge beinhalten wahrzunehmen dateiformate schutzgegenstandvervielf ndern keinen schutzma versehen zugang kontrollieren widerspruch stehen verlangen jeglichen aufforderung rechtsinhaber sp teren denselben dieselben lizenzelemente enth vorhergehenden satz erfordern haupts vertraglich geschuldete abzielt ftlicher urhebervermerke rechtsinhaberschaft vorgenommenen anerkennen nennen nftigerweise durchf hrbaren verbindende geschehen urhebervermerk eingegangen franz sische drehbuch beruht wobei gleicher stelle lliger vergleichbare obwohl ss umfassender grenze nlichkeitsrechten nstler berechtigte interessen ansehen ruf gef hrdet gesetzlich beeintr chtigt anderweitig vereinbart erteilten mangelhaften lieferung verk rperungen regelung gesetzlichen vorschriften grobe vertragsende enden vorausgesetzt erf vertragsbeendigung unbegrenzte dennoch beenden voraussetzungen endet schlussbestimmungen erwerber denen lizenzbestimmungen unwirksamen tritt ersatzregelung angestrebten chsten kommt nichts dahingehend ausgelegt vertragsverletzung lange verzichtenden zustimmenden vertragspartei unterschrieben hinsichtlich gibt erg nzenden ndlichen tzlichen absprache nnten bereinstimmende abge haftbar ungeachtet vorstehenden zwei lizensgebers ausser nkten hinweises lizensiert darf kenie hnliche genehmigung gestattete breeinstimmung paternit pas utilisation commerciale partage initiales identique est un cabinet avocats ne fournit conseil juridique la sente ce cr aucune entre ci apr cette offre tat seule fin saurait tre tenu responsable ventuels judices sultant du contenu ou oeuvre telle finie dessous mise disposition selon termes appel nomm ici cpcc prot par droit propri litt raire artistique auteur droits voisins producteurs bases donn toute autre loi autrement explicitement autoris interdite exercice sur tout propos vaut acceptation celui partie offrante acceptante certains acceptant approuve finitions esprit geable qui dite une dans laquelle forme int grale modifi assembl ensemble collectif avec autres constituent mes oeuvres ind pendantes notamment dites collectives riodiques encyclop aux autorisation constitue sera consid comme riv soit partir existantes traductions musicaux th trales raires cin matographiques enregistrements sonores reproductions proc quelconque sum sous puisse remani cas o serait musicale enregistrement sonore synchronisation anim pour personnes physiques offrant personne physique morale proposent accepte exerce sans avoir viol alable expresse exercer cadre malgr dente attributs riques tels ils choisis indiqu titre exclusifs duire limiter restreindre rogatives puisement ayants lois applicables soumis finis ceci pendant dur accorde mondiale gratuit exclusif suivants reproduire incorporer plusieurs incorpor lesdites distribuer exemplaires senter repr communiquer technique compris phonogrammes lorsque base extraire utiliser substantielles mentionn dessus peuvent exerc dias techniques incluent effectuer cessaires techniquement sont ment dont il aurait gestion demeure serv canismes obligatoire crits assujettie suivantes peut voie num rique uniquement doit inclure copie adresse identifiant uniforme ressource distribue communique offrir imposer alt restreignent ficiaire conserver intactes toutes informations renvoient exon ration responsabilit utilisant mesure contr acc contradictoire cet contractuel mentions appliquent mais dehors elle soumettent si demande devra retirer rence ult rieure comprenant exemple japon tel crit avertissement aucun conf objectif obtenir financi personnelle lectronique fichiers moyen paiement intervient reproduit gime attribuer mani raisonnable dium utilis nom son ventuel pseudonyme originale existe cifi associ moins renvoie gales indiquer ments traduction anglaise sc nario bas ces doivent ex cut cependant appara aussi celles apparaissent soumise gal collecter redevances interm diaire soci perception partition comp tente concern radiodiffusion publi fins retransmission ble satellite priv fix vid ogrammes reprographie mettant clare bonne foi connaissance limites enqu obtenu pouvoir autoriser permettre jouissance paisible licite ait verser mun limite constitutive ni marques diffamation vie judice lictuel gard tierce situations sorte tacite exactitude ordre impos parations vis raison vues orie gale mat riel cution hypoth avait siliation manquement entra automatique coulent conserve ses effets envers morales tant respectent pleinement leurs continuent appliquer applique anmoins exploiter contractuelles diff rentes cesser diffusion recours conduire continuera jusqu intervienne crites divers chaque identiques ceux nullit inapplicabilit affecte celle dispositions resteront valides additionnelle devront interpr cessaire leur validit applicabilit renonciation pourra consentement seul annexe suppl mentaire mandat portant pourrait mutuel fran ais cline quel fondement subi surviendrait rapport identifi mettre jouira informer utilisera marque aff effectu conformit lignes directrices jour telles disponibles alike england capitalised edit singular disseminate treatment 1988 spoken disseminated recognise alternatives premises howsoever holding 6.4 financially investigate attempting events facilitator con nection bergeordneten ausdruck rechtsordnungsspezifischen aufw rts verwendbare verwendbaren ported nc 49 102 jp ssection kompatible aufgelistet grunds tzlich vorliegenden quivalent akzeptiert da folgende ziele verfolgen gleiche bedeutung wirkungen erzeugen lizenzieren unterstellten vorliegender rechtsordnungsspezifisch angepassten aufweist kompatiblen leisten dedicator certifier certifies dedicates dedicators recognizes shield intends contingent transmitted exploited yet conceived treatments citing cdl relatively maintaining simplicity size credited consistency constraints safely desire inappropriate desiring finely grained expansion briefly summarizing evident specifying distr ibution ure v.1.0 signifies formation analytical trends correlations inferences insights gathered enhanced subset composed organized securities appoint erase locally outcomes outputs studying analyzing evaluating humans coordination protectable hyperlinks virtue accounting assure violate confers executors assigns workgroup outcome learning ledger store deter platform field endeavor purport logiciel libre concertation auteurs afin deux grands principes daction civile intellectuelle titulaires patrimoniaux logiciels libres tendus utilisateurs cecill1 commissariat energie atomique cea tablissement caract scientifique industriel situ 31 33 rue 75752 paris cedex centre recherche cnrs technologique michel ange 75794 institut informatique inria domaine voluceau rocquencourt bp 105 78153 chesnay preambule rer libert gi mod assorti devoirs statut cours rieures accessibilit contrepartie faire peser titulaire conc dants successifs restreinte utilisateur attir risques chargement veloppement cificit rendre complexe manipuler donc veloppeurs professionnels avertis poss dant connaissances informatiques approfondies invit charger tester ad quation besoins permettant assurer curit syst ralement diffus librement ajout suppression susceptible cide soumettre exploitation contient 1er lorsqu seront lettre capitale auront signification suivante signe ventuelles post annexes objet ch ant licenci premi programme auquel vue modifier binaires issus tenteur ayant contributeur distribuant corrections nouvelles fonctionnalit gr ainsi statiques fois compil cutable permet aliser mentaires fournis dynamique cutables pendants cutent espace adressage appelant statique li lien rendant regroup collectivement entendent singulier pluriel concession transf rable acquise fait premier faits serveur distant exemplaire contenant relatif exp riment mis alablement reconna pris entree vigueur duree produira etendue concedes destinations taill ailleurs gracieux brevets tient inventions impl quant domaines cis cela comporte permanente provisoire affichage stockage possibilit observer tudier fonctionnement terminer id importe effectue vertu apporter traduire arranger mentionner fa explicite ation transmettre reux redistribuer 5.3.1 conformes respecte totalit accompagn articles redistribu permette futurs facilement complet indiquant modalit entendu additionnel acquisition exc transfert 5.3.2 modifie apporte alors soumises gralit 5.3.3 dynamiques velopp distribu 5.3.4 compatibilite gre propriete lesquelles choisi diffuser uvre nul facult maintenir gislation reste choix gissant communes 6.4.1 supprimer quelque appos 6.4.2 porter atteinte directement indirectement contributeurs prendre personnel mesures dits oblige alisation prestations assistance proposer termin acte actes engageront engagera lui lors souhaite res feront responsabilite cute mises prouver faute solliciter paration subit apportera preuve engagements engag dommages dus inex totale partielle directs indirects coulant subis agit professionnel professionnelles conviennent financier perte fices commandes manque gagner trouble dirig contre dommage ouvre actuel scientifiques circulation rifier utilisations tecter fauts point rel ve ler moyens produit bon causera biens fourni valeur curis innovant particulier garantit exempt erreur fonctionnera quipement logicielle remplira 9.4 porte brevet exclut contrefa pourraient diligent aide fense protocole gage nomination apport rieurs resiliation silier plein trente jours adress effet sili aura rieurement aient diverses exterieure retard faillance majeure fortuit ext mauvais interruptions seau lectrique paralysie attaque intervention autorit gouvernementales catastrophes naturelles ts eaux tremblements terre feu explosions ves conflits sociaux guerre omettre valoir impliquer ress annule remplace crite orale entier faite sentants habilit av rerait contraire texte existants vaudrait feraient amendements conformer ner langue aise divergence tation copier coh lesquels servent publier riodiquement deront chacune ro distinct susceptibles compte probl matiques rencontr 12.3 competence territoriale tenter gler amiable rends litiges viendraient produire occasion faut lai mois compter survenance sauf dure urgence port diligente devant tribunaux tents ll 06 main guiding drafting firstly conformity torts secondly codes establishment france conditional counterpart successive loading complicated manipulate experienced professionals depth load enabling ensured herefrom decides letter integrated static supplementary dynamic spaces calling interdependent occurrence notably exercises hereinabove unrestrictedly relates temporary storing entitlement observe establish ideas unhindered elected undertakes govern affixed staff incur therefor financial fault evidence pecuniary disturbance instituted verified detected drawn verifying tacit innovative tacitly decided memorandum understanding remained excusable attributable god electricity telecommunications networks blocking virus authorities disasters water earthquakes fire strikes labor unrest war invoke interested replaces duly legislative precedence amendments authentic coherence wording periodically encountered settle disagreements emergency broad conformant 25 leblanc immeuble ponant 75015 space characteristics exploiting transferees subscribe behind ruled develops safe paralysis amicable solution failing dated 09 05 nergie nergies frequently asked questions info index expertise indications 5.3.5 evolution carried purchasing cern ohl 07 08 geneva switzerland ohwr foster collaboration designers meanings schematic diagrams circuit drawings explanatory versa applicability sub firmware loaded programmable quantity dates manufactured secret assignment acronyms save involvement initiates 6.5 award renounce v1.2 masculine gender feminine neuter genders abstraction native cad abbreviations weakly strongly intermediate configure assembly compiling declaration initiated considers prospective sourced interfacing visibly securely testing subsections 8.5 breaches failed repeat 8.6 interfaced specifications nasa cs nrl jpython 1006 remedied remediable 1.6.1 1013 copyfree privilege assembler henceforth inferred assemblers cpal socialtext organizer initiating session login dedicated screens meeting blank ibm cpol 1.02 republished dvd whitepapers wishing repost republish lease leased rented immoral improper head cua cuapl cuaoffice sourceforge caldera unix bit pdp cpu early 32 32v catharon jul 04 introduction productions inspired ijg jpeg freeware promise pretend unsure paid typography contracted clarified encourge nonfree specification submits retrieved 2.1.1 2.1.1.1 2.1.1.2 2.1.2 2.1.3 2.1.3.1 2.1.3.2 2.1.3.3 md issuing pull implementer 2.1.4 defensive 2.1.5 implementing withdrawal encumbrance assignee deliverable adoption antitrust participants various imperative engaging competitive deliverables conduct announce generality discussion pricing channels division markets topic discussed competitors auspices willfully circumventing transferee knows search consultant governance entering 9.5 9.6 commenting updating 9.7 pending unpublished 9.8 implements 9.9 9.10 9.11 9.12 9.13 9.14 condor october team sciences wisconsin madison condorproject citation approval obtainable admin wisc transfers criminal professor miron livny 7367 1210 dayton st wi 53706 1685 cornell russian sergey vovk serge winitzki andrey chernov moscow russia cwpuzzle dtx consequences marcin krzyzanowski krzyzanowskim crystal stacker around contacting newcreature gaurantees usability touch cube game engine dec relicensed deutsche ministerium wissenschaft forschung nordrhein westfalen erstellt axel metzger till jaeger rechtsfragen freien ifross ambel mehr wirtschaftsgut informationsgesellschaft frage teilhabe allgemeinheit deswegen besonderer herk mmlich lizenzierte vertrieben programm weitergeben lizenzmodell synonym dagegen umfassende freiheiten umgang folgt ihren vorstellungen nderter verbindet rechtseinr allerdings zirkulieren programms ffentlichten fortentwicklungen sichern dann jedem erh mitliefern zugriff erm glichen weitere pflicht betrifft frei gegeben nimmt besonderen anforderungen deutschen europ ischen cksicht zweisprachig gestaltet damit internationalen vertrieb ausgerichtet dokumentation beschreibung aufbaus struktur programmierung funktionalit gesondert geschlossene angebot lizenznehmer angenommen computerprogramm rechtsinhabern verbreitet maschinenlesbare bersetzte personenkreis nlich zugeh rigkeit miteinander verbunden bereithalten datennetzen inhaber lichen menschen lesbare programmiersprache dargestellte erweiterung rzung weiterentwicklungen datentr gern ndiger erstellung benutzten konfigurationsdateien werkzeugen tigten allgemein gebr uchlich kompiler hrenfrei abrufbar entsprechend nderte versionen kombination teilen hiervon programmen beim vermerke auskunft geben wahrnehmbaren fsl wahrnehmbarer programmstart angezeigt ersten nutzbaren programmbestandteilen abh mitgeliefert mitlieferung kombiniert formal inhaltlich eigenst ndig kombinierten eigenen dateien bestandteile teils enthalten programmkombination blichen hinausgehen kombinierte sinnvoll nutzbar zwar entweder alleine auffassung betroffenen fachkreise fachkreisen vergleichbarer entwickeln benutzen lizenziert genutzt sollen entfernt ersetzt derivate entsteht beurteilt lautet abgerufen fsf nderten aufnehmen datum erkennen bestehende bernehmen hinzuf anstelle versionskontrollsystem weiterf mitverbreitet einfachen entgelt erwerben gebrauchsmuster wahrnehmen geregelten hierf beachtung mitverbreiten abs vertragsschluss abschluss vertrages softwarelizenz unterbreitet anwendbaren bestimmungsgem annahme meisten rechtsordnungen ablaufen ltigungen haupt arbeitsspeicher sicherungskopie fehlerberichtigung rechtm ig erworbenen rperlichen absatz hinausgeht zeitpunkt rechtlich verbindlicher vertrag zugangs annahmeerkl rung direkt unterlizenzierung beendigung zuwiderhandlung verpflichtungen automatischen dritter entgegenstehende haften hatten informieren fehler getroffenen existiert regelungen vertr regelt beziehung nkt freiheit kopien leistungen anspruch nehmen beliebigen inhalts nachkommen berlassung weiterzugeben entscheiden wem technischer kopierschutzvorrichtungen verhindern erschweren passwortgesch zugangsbeschr intranet nahme deutscher englischer sprache abgefasst beide fassungen gleich verbindlich begriffe dieselbe unterschiede geblich ziels zwecks besten einklang bringt lizenzrat neue kraft setzen zumutbar internetseite eindeutigen versionsnummer verbindliche ffentlichung rechtsbehelfe anwendbares deutsches anhang unterstellen empfohlen folgendem dl datenlizenz bereitgestellten metadaten ltigt ausgedruckt sentiert bearbeitet bermittelt zusammengef neuen datens tzen interne externe ftsprozesse produkte anwendungen netzwerken eingebunden sicherzustellen quellenvermerk bereitstellers gabe vermerk verweis lizenztext govdata datensatz datenhaltende bereitstellt gestaltungen germany fulfils meta processed merged datasets annotation dataset zero ace tao ciao dance cosmic douglas schmidt washington irvine vanderbilt perpetually ship misappropriate copyrighting claiming needn let stories sites isis louis submitter uc students enhancement y2k daylight congress policy dst expand calendaring upgrade suggestions detection drl messages matches discloses chicago authored steven benson mathematics argonne 60439 yinyu ye stanford mcs anl gov idaho usefulness privately recommendation favoring opinions reilly arbortext fujitsu norman walsh advancement structured oasis sdbcent 01 02 nwalsh docbook xml dtd simplified declaring referencing notations schema tdg5 ch05 notdocbook db4 xsl 8905 47 07z bobstayton stylesheet strings confusion stylesheets ndw sf documentclass educational osedu ecl inventor eiffel forum depend epics unbundled repthat warned esa v2.4 sec usually implying changelog mandatory deception fraudulent knowing german chamber arbitrators cologne lie registering average austria belgium czech republic denmark estonia finland greece hungary ireland italy luxembourg netherlands poland portugal romania slovenia spain sweden kingdom 3.2.1 3.2.2 3.2.3 obliged dual 2025 weak 3.2.4 separated eu datagrid edg toolkit hep grid contemporaneously off machinereadable 238 establishing v.1.1 elastic hosted move disable proprietorship vote entessa openseal erlang substantive controversy swedish stockholm city ericsson utvecklings saarbruecken mauldin recreational anonymous fraunhofer fdk aac codec android mpeg coding encoding decoding v2 regarded today efficient perceptual codecs eld bandwidth studies standardized iso iec vialicensing streams manufacturers floating check circuits iis multimedia departments wolfsmantel 91058 erlangen amm makefile alv2 abbreviation substitutes advance second freetype jan 27 relate makefiles turner robert wilhelm werner lemberg alpha ftl isn contacts nongnu discusses wanted looking haven devel internals home club thing frameworx committed belief empowered productive objective innovations beliefs objectives archived reconstituted compression consulting versioning outsourced nominal reflecting favorable commensurate legend legends invitation viewer inspection distributee distributees preserves companys facilitated evidenced sgml rtf dtds converted ieee std 1003.1 portable posix electrical electronics engineers reprint reprinted discrepancy referee opengroup membership forums freeimage descr ibe floris berg fipl dutch excepting almelo revenues factors wxs nl flvdberg count resolve gd oversights pierre joye pleased gd2 philip warner png greg roelofs gdttf john ellson graphviz gdft color quantization doug becker 1997 1998 thomas lane gif jef poskanzer rowley thread safety boutell koblas wbmp maurice szmurlo johan brande animations jaakko hyv tti hyvatti iki fi thank hutchison textbook complements manuals principally instruction front deals publishers overall historical philosophical ethical political position invariant titles texts passages transparent edited editors pixels editor formatters markup thwart discourage readers opaque ascii texinfo conforming processors legibly near obstruct enough numbering 100 enclose equally voluminous ones onto anonymously prudent retailers chance history five locations omit four acknowledgements dedications tone numbers endorsements retitle appendices authoritative passage old adjustment extracted claimed self quarter surround disagreement nontrivial parallel xcf jpg xyz subunit translates stands half bracket h massive multiauthor mmc anybody wiki gl2ps glwt luck clue leave trace track blame godspeed try mercy simplest usual humanity 19yy 675 mass ave cambridge 02139 19xx scott bilas allegro giftware gift hack improvement perhaps learn trust generosity shawn hargreaves 3dfx glide graphics accessibility minor subdivision dfars 7013 plotkin predates concept truly eula gems resell gesture flaws nobody webmasters jerk remember hdf5 hierarchical utilities hdf fortner unidata netcdf jean loup gailly adler gzip lbnl prime ac02 05ch11231 ac52 07na27344 llnl partially 7405 eng doe hewlett packard maynard lars fenneberg imag intel currentness automatrix bioreason mojam contemplating southern ksu furthermore cybersafe tatu ylonen ylo ngs openvision jim knoble jmknoble pobox alan cox redhat red henrik harmsen richard hecker critical tidy hypertext haskell hippocratic consult global compact hague 43 admitted transcripts hearings decisions awards powers safeguard 41 groups harmed deficiencies settlements fines illegality unenforceability ethicalsource dev deems extends clarifications markers legalese undesirable ought vendor ansi2knr peter deutsch proprietor menlo autoconf distributable config guess ltconfig ltmain arithmetic spec mitsubishi marginal unpatented huffman unlikely entanglement unisys lzw altogether uncompressed gifs algorithm decoders compuserve sm 1992 ipa video pictures tv broadcasting symbols distinguished presentation exhibition extracts rendering mechanisms postage setting redistributes substituted respond inquiries breached conducting conceivable standardization 1986 8879 lets imagemagick forbids studio endorses assemble feedback v3 php imlib2 marketing links explanation zip bush karl davis harald denker dubois hunter goatley ed gordon gorman chris herborth dirk haase hartwig heath jonathan hudson paul kienitz kirschbaum johnny lee onno linden igor mandrichenko steve miller sergio monesi keith owens george petrov kai uwe rommel salisbury dave smith schweda christian spieler cosmin truta antoine verheijen behren rich mike command unzipsfx sfxwiz extracting sfx disabled ports graphical labeling variation capitalizations pocket unzip wiz maczip misrepresentative inner 2.00 labelled followed real inno setup jordan russell occurrences boxes adds reexported cuba iraq libya north korea iran syria sudan afghanistan acpi corp irrespective exports foreign destination interbase borland ib vi amendment ipl inprise java javascript ii.1 ii.2 ii.3 jpl ending electing caltech caption insignia meatball logotype worm seal bert ulrich pos dc 20546 202 358 1713 4331 hq stylized letters colors institutional instcomm likenesses vendors journalistic bellow jpnic japanese kokusai kougyou kanda bldg 6f uchi chiyoda ku tokyo 0047 jasper mission life weapons ambule transformer loin ignorer reformule principe atif conduit favoriser ouvrir ressources grand nombre multiplier jouissances amplifier reconnaissance invention nouveau apparu amplification artistes contemporains savoir demeurer encore ritablement dire rester fondamentale concr couvrir inconnu inventer el avant souci alisme confondu fini essentielle promouvoir pratiques artistiques lib seules gles conomie commune comprend originelle originaux cons quents originel finit faites initiateur vont quentes propositions contribuent faisant finition actualisations tations sens origine arborescence termine travail contribue quente finir vous pouvez jouir tendue indique quelles vos avez amis employ sentation respectez joindre trouve destinataire originels partielles pourquoi permis grer nier votre choisissant contribuer volution acceptez seulement prend acception perdez automatiquement tes respecter guli rement lioration acteurs mouvement attitude rot toujours contenter contenues communiqu ficier lal uvres chacun quels genre gle rale favorise reconnaissant volu offrent naturellement transformations tent favorablement augmenter avantage interdiction nous signons autant initiale finies participent sentent quelle initiaux pourront souhaitent donnant constituer obstacle gration anthologie pendamment compatibilit lucratives quand galement ciprocit pondant intellectuels autorisations nent dessaisissement implique propres contexte goes transforming blur distinction treats blurred weaker seen achieved faster lexicons grammars legible encrypted encrypt loop 77 617 253 1000 symbolics cloe runtime minima genera zetalisp executive east burlington 01803 221 lucent characterization technologies lppl 03 particularly unrelated pig sty ctan impression listing complain renaming string reported maintainers extension ins fd attempts unavailable cfg cfgguide latest notes whilst exchangeability aspects latex3 deprecates modguide exceptional recommendations considering superseding nowhere bears forbidding eight borne filename reporting locator wise accident forget violating behavior altering paths motivation constrained manifest unequivocal comprise noting bearing defines categories category necessitated target nfs usable maintainer nominated interpreting exactly exemption unambiguously detailing log relax honors unmaintained reached active successful enquire unsuccessful reachable 2b challenged unreachable unambiguous significantly implications worse conjectures replacements stability task lzma sdk pavlov ppmd var dmitry shkarin sha 256 wei dai crypto cise sujet entend dernier accorder destin livrer ordinateur sujette alis importante fichier incorpore cuter licencier approuv certifi temps lequel frais raisonnables livraison valide tiquettes concernant supprim inapplicables entente distincte particuli permettrait requise rils acqu reur pondre besoin donner sultat lier rien emp exclure stipul toutefois corrig prise subs quent expr partag recevra cifique liera choisir actuelle minist organisme gie contestation seuls retir cipiendaire assumer troisi alin combin assujetti niveau sup rieur moindre cpl forte gplv2 gplv3 lgplv2.1 lgplv3 libpng 1.2.6 1.4.5 glenn randers pehrson 1.2.5 1.0.7 simon cadieux eric raymond gilles vollant 0.97 1.0.6 tom willem schaik 0.89 0.96 0.88 bowler kevin bracey sam bushell magnus holmgren tanner 0.5 andreas dilger martindale guy schalnat tim wegner printf pngbar 88x31 pngnow 98x31 glennrp incorrect professionally formatted unaccompanied lucida bigelow holmes icons mountain possessors accommodate validated mapped severally mips click w3c edinburgh reflects khronos normative registry synthesis stk canonical wu urls mmixware uncorrupted everywhere cweb master supposed tried minecraft denotes mojang interacts decompile standalone wider dependency dependencies explicitely implicitely prerequisite fundamental misuse mad decompiled derivation derive instanciate objects calls totality mmpl mods modloader modloadermp bukkit simulation statuary shareware unavoidable jams enddispute lpl windows rl mtl dresden indiana simunova ug gottschling lumsdaine matrix template tud iu notre dame pervasive labs 1100 waterway blvd indianapolis 46202 phone 317 274 5905 5902 trojan horses trap doors worms harmful mackerras paulus ozlabs makeindex pehong chen phc renoir harrison palo alto shipping supported happens macro minpack miros utmost gross defect motosoto 0.9.1 portal updatesor preexisting lic ensor reselle rs 0.9 thanks coscl cn mulanpsl mulan psl v1 comprised suggested fill blanks annotated mulanpsl2 chinese multics bull hn donation bell laboratories electric honeywell groupe 1963 1970 mid 1970s leadership fernando jose corbato managing 1975 europe nara naist tortuous entries icot contravene experimental nonexistence participated officials commencement exempted concerned registration visit acquires employment 3h bracketed servants characterize fulfillment participation register visiting statistical monitoring statutes subcontractors unilateral breaching superseded boolean 22 redwood biotechnology duties medicine nlm sector flexibly v2.0 onward exemptions accessed scotland departmental organisation crests royal arms integral british passport suggests keeper crown verb ucar ncar cisl atmospheric sponsors nethack stephenson bison stallman extensive go ahead farther nicta ict nist untied characteristic norwegian nlod preface stipulated addressing neighbouring chapter photographs whereby disperse contexts legitimate sensitive entail impediment commits practically cf misleading distorted relevance indicative navngivelse norge ministry reform church affairs pursue venues modernisation lamiral billais 35580 baulon netizen leds pty nosl xen victoria hearing appeals nopl communicator branded horizon lighthouse reintegrate v.1 v.2 v.3 finalizing preparing netcenter gecko smart browsing declares derives stricken distinguish naval lite ntia ntp trademarkedname naumen servicemarks enhance nokia nokos votes exceutable appointed central helsinki noweb ramsey buys permisson oar cascade 6.6 fr montgolfier 78280 guyancourt debug circulate schedule matra eads datavision cade opencascade 15.2 fifteen 15.1 15.3 simplifi sas oclc integrating thought parents modifiable purl orpl integration revise preexist redo bulletin severable substitution unlawful ohio odc audiovisual collected methodical transposed utilising query contracting insubstantial terminable endeavour accesses exposed 5.0 subsist 6.0 teaching utilise evaluated quantitatively qualitatively 7.0 custom 8.0 proved 9.0 4.8 60th stopping 10.0 odbl mainly uniformly clarifies varies tables indexes entry sheets authorise 4.6 4.7 4.74 authenticated kuratorium offis healthcare escherweg 26121 oldenburg diseases cooperative differentiate ogc geospatial uris 104 tw outreaching promotion efficacy obstacles formed qualified pure recite formality initio declared compensations unpredictable jeopardize sanction correcting encounters wrongfully intentional reimbursement wrongful misconducting damaged disbursed china ontario majesty queen 1985 mislead misrepresent controller stationery hmso invites aligned interoperable guidance ogl oglv2.0 v3.0 oglv3.0 buyers adequate conformance reduced investments platforms middleware greatly reduces multi increases satisfaction keeps highly measurable substantiate feel importance modes feed raise committees testcases testcase openldap 2.0.1 2.2.1 2.2.2 2.8 logistics 2023 openlogisticsfoundation insofar temporarily redesign intangible carriers redesigned deriving indispensable countersuit cla countless immaterial devoid mistakes cisg fastcgi lutris openpl opl preeminence conflicting parliamentary crowned portcullis endorsment speaker clerk parliaments lords subsists outer surfaces cited possessive designee hardcopy manuscript freeze attachment appending substantively semantic typographical opencontent wiley opal reply unsubscribe rigen dokumentationsdateien hiermit kostenlos kopieren zusammenf verteilen verkaufen gestatten obige urheberrechtshinweis genehmigungshinweis wesentlichen urheberrechtsinhaber arglistiger uschung leib leben ausgeschlossen ssiger llung wesentlich kardinalpflicht begrenzt schaden typisch vorstehende mitarbeiter vertreter organe oset osdv osetfoundation 3.5.1 3.5.2 injunctive relief willful unjust enrichment sovereign 9.3.1 adjudication 9.3.2 9.3.3 supremacy prescribed volitional licensev ossp variable pkg openmdw artifacts diligence investigations openpbs batch v2.3 veridian pbs 650 967 4675 sales 877 902 4pbs toll ames openssl core young eay cryptsoft tjh ssleay ssl netscapes aheared rc4 rsa lhash rouines apps warning kerberos retrieve underscores gratitude valuable padl pddl uncertainty difficulty protocol tries eliminate norms inherently relinquished harmonisation span disparate difficulties relinquishing waiving relinquishes areas rightsholders unlike arts dedicating cleared rightsholder cautioned facts realises inapplicable foo phpfoo zend 3.01 magyar dmytri kleiner copyfarleft legalcode worker surplus seeks salary wages paratype pt serif mono embedding bundling bundle inserted parity 6.0.0 sourcecode monitor accusing unknowingly breaking broke 7.0.0 artless github licensezero builds won prototypes spdx classworlds codehaus bob polyform polyformproject experiment hobby amateur pursuits religious observance charitable nonetheless 000 usd tax adjust inflation bureau statistics urban consumers seasonally adjusted 1982 1984 2021 2022 reusable invariable qhull computation visualization geometric geometry minnesota ecos sourceware cygnus rhepl integrate configurable reciprocate deploying enlarged distinctly involve distinctive uncovered successfully investigation experimentation contrib unable news honored purely adjusting rpl errant hazardous environments 11.0 12.0 12.4 13.0 subcontract reexporting colorado american adams resolving judgement 13.9 pursuit tpl technicalpursuit rpl1.5 prefer fairness grew loopholes enabled occurred struck consistently finding fuel essence schemas halves pie isolated slice weblogs queries delineates realnetworks rev helixcommunity complicense guids interoperate algorithms assisting rpsl acceptable 12.5 12.6 seattle 12.7 12.8 rcsl helix dna kit recent license1 virtual workspace cvw ricoh industry sissl vovida zope 1note realplayer realjukebox realsystem realaudio realvideo realone player realmedia helixlogo md5 digest rsv silicon valley 2882 sand hill road 94025 7022 3.4.1 3.4.2 theterms rsvs thousand nucler aviation transit medical dangerous catastrophic destruction risource rdisc 2550 garcia 94043 derivations sax megginson mirror abandon sax2 scea sony welcomes optimizations donate foreseeable unforeseeable govermental adjudicate mateo sgi heading stores manage protections retention clarify derogation contributorily learns nearly residents 1600 ampitheatre parkway 1351 oss freeb emphasized relicense reminded obey amphitheatre 52.227.19 subparagraph shoreline 94039 7311 opengl generalized sgmlug parser eliminated aid downtime deficiency citations solderpad unregistered mask instantiation bytecodes fpga bitstreams artwork topographies connect 0.51 shipment hundred twenty 120 deviation subcontractor tier 227.7201 acquisitions openoffice gridengine sunsource smail feb landon curt noll ronald karr worked 542 5942 copylefted monies messaging smp bae requesting voided snacc esnacc abstract notation asn.1 encode decode networking snia smi cim astronomy astronomical sofa iau routines computations descriptions prefix trivial definitive discouraged variations explained disrepute tasks iausofa correspondence ukho hm nautical almanac hydrographic admiralty taunton somerset ta1 2dn spl rfc ssh shell restrictively talks openssh deprecated gmp bn tss arc4 blowfish bookstore hut accomplishes automation backup hosting mongodb sustainable fars saxpath pm implementors starting sendmail 6475 christie emeryville 94608 compilable linkable 8.16 23 139848.1 proofpoint 892 sunnyvale 94089 8.23 350 operational cancel alameda counties supercedes contemporaneous simpl wonders leaving announcing shoulder live helpful sleepycat db harvard mielke awful omission telegraph funded cray scriptics henry spencer sugarcrm sugar v4 1.1.3 powered dimensions 106 sugarforge sunsoft symlinks fad myself detect missing obsolete symlink targets distro gold discs sees tapr artifact hammer motherboard protects patenting oriented abbreviated manufacturing gerber loan cam boards assemblies units subassemblies kits possessor completes activestate wietse venema eindhoven transitive grace tgppl zooko wilcox hearn tmate svnkit ganymed tigris subversion javahl svnclient explictly torque v2.5 emailed torqueusers supercluster mailman listinfo moab adaptivecomputing 801 717 3700 clusterresources locations1 utah pbsworks reslibsearchresult aspx keywords pro duct 20software 20downloads trusster mintz ekendahl cpan sharnoff thor 0.1 richter gover californian specificlanguage tabs ttyp0 uw capitalisation preceded foundry universitaet berlin 15.09.1992 jutta degener carsten bormann 28.11.1994 ooo ago maybe intentions refined append bremen 05.04.2009 tektronix xcms tekcolor tekhvc designates 985 853 cooordinates coordinates mathematical pathways integer eye logbook lotw radio relay league arrl manager newington ct 06111 voice 860 594 0200 0259 ucl nigel tzeng michigan merit desires ubuntu vehicle dissimilar comparing appended unrar rar alexander roshal winrar archiver misusing editions instrumentalities 202.227 nov 212 227 7202 purchased c.2 taxes income vostrom holdings tag modifiers coming vocal vim asks negotiable negotiation bram moolenaar announced ceases confirmed intro himself uploading came blamed buildable buyer warrantee rests readmes w3 20021231 formulation removes ercim host ambiguous assessment keio ensures faq libwww amaya jigsaw beihang wrong sybase watcom fortran feasible wrap affirmative instructing 500.00 di 1983 widget workshop resale wordnet princeton merchant clea rees dean guenther pointers janene winter xfree86 arbitrary suffix xdebug 1.03 derick rethans xerox yahoo ypl delaware 701 abridgement shoes forbearances determines effectuates delegated merger consolidation purported delegation neglect zpl advertised unofficial davies complaints forwarded comlab ox ac zed csp zimbra vmware 3401 hillview 94304 dallas pick favourite smaller chose solar blessing forgiveness forgive bzip2 libbzip2 julian seward jseward bzip pretty scaled 0.3.0 outbound avoided inbound extrinsic symmetrical negate nullification sunset elapsed knew gitorious skilled building adapts transforms 0.3.1 git cve exposures refuse gay egenix 1.1.0 skills gmbh pastor loeh str 40764 langenfeld ouverte avril commerciales monde illimit exprim produits combinant incluant propre derni acquitter renvoyant hypertexte vers assurant xxx originales charg gouv vrier officiel sugg caution entit publique contenir pouvant informe sence garanti tenus cessibles produite ue erreurs ventuellement fourniture caus induire royaume uni figurant l.300 crpa rapportant subordonn nouvelle combinaison vocation administrations publiques souhaitant visant spontan relations facilite gratuite figure parmi cret l.323 etalab ministre etat tablissements publics faciliter l321 continuer obtenues vancouver asnd triumf gsoap mpl1.1 soapcpp2 wsdl2h src wsdl uddi uddi2 samples webserver genivia labels foreseen impairment malfunctioning fsu engelen soaplicense stdsoap stdsoap2 cpp lex yacc error2 symbol2 init2 soapdoc2 httpget stl stldeque stllist stlvector stlset freer style hdparm lord mlord sfl imatix rewrite obviously associate lies payne jove jovehacks 1.6.35 mans rullgard yu mandar sahastrabuddhe google vadim barkov libselinux nsa leffler nugent 47907 victor abell purdue bellcore etnus cownie jcownie prologue listings softwares ritter salyzyn encumberances derivitives psfrag complaining ps angus duggan msc nt os2 descrip mms epsffit man extractres fixdlsrps fixfmps fixmacps fixpsditps fixpspps fixscribeps fixtpps fixwfwps fixwpps fixwwps getafm includeres maketext patchlev psbook pserror psmerge psnup psresize psselect psspec pstops psutil showchar larry wall ldap patrick powell papowell astart softsurfer imagined openbsd postcard qsl card diane bruce va3db panagiotis tsirigotis extant 2.1.8.7 rob braun sensor 2.1.8.9 pre14a grubb exerpt recieved xinetd 2.3.0 2.1.8 summarizes naughton wind extreme lab pullparser univeristy okay",
    lengths: [97, 1626, 5516, 1586, 1356, 250, 180, 546, 374, 208, 236, 226, 213, 2534, 2736, 1072, 2562, 1694, 2129, 2228, 2957, 5633, 112, 174, 4369, 1211, 165, 141, 3699, 2349, 404, 228, 642, 142, 1431, 150, 433, 200, 291, 66, 206, 132, 1538, 352, 83, 726, 777, 1404, 1400, 2654, 152, 81, 865, 355, 356, 327, 167, 213, 86, 7123, 3156, 3214, 3156, 3216, 325, 343, 105, 42, 259, 278, 245, 69, 71, 122, 1874, 363, 346, 38, 1088, 761, 965, 817, 951, 30, 196, 155, 228, 218, 185, 95, 239, 209, 299, 234, 238, 248, 243, 247, 270, 226, 208, 225, 255, 147, 247, 63, 102, 228, 224, 286, 259, 963, 189, 185, 311, 431, 60, 237, 106, 52, 3791, 4400, 84, 360, 82, 89, 81, 85, 153, 202, 571, 2531, 2531, 130, 2974, 1792, 1968, 2006, 2669, 2969, 2590, 2384, 2613, 2811, 2707, 2327, 1876, 2122, 2159, 3122, 2792, 2619, 1732, 1983, 2022, 2845, 2662, 2829, 2587, 2055, 2368, 2118, 3187, 1800, 2406, 3401, 3052, 3233, 2824, 1648, 1829, 1869, 2695, 2482, 2501, 1971, 2211, 1731, 54, 2249, 3392, 2994, 3022, 3231, 255, 181, 1818, 2704, 1372, 1676, 365, 1809, 3624, 3400, 3340, 3458, 3343, 3426, 1260, 1423, 1329, 1994, 2160, 178, 128, 71, 617, 540, 620, 245, 4432, 1741, 1887, 3695, 377, 245, 705, 1013, 150, 2343, 880, 133, 90, 70, 149, 167, 159, 2189, 221, 364, 171, 696, 247, 307, 335, 171, 152, 87, 277, 38, 362, 1711, 139, 140, 522, 2004, 2502, 2639, 457, 2090, 2130, 624, 323, 2218, 210, 54, 669, 35, 26, 19, 29, 38, 76, 569, 644, 929, 37, 140, 1450, 398, 2802, 56, 281, 392, 2842, 2842, 2842, 3223, 3223, 3223, 3646, 3646, 3646, 131, 145, 2022, 52, 238, 1941, 82, 120, 22, 633, 22, 88, 115, 167, 150, 95, 89, 211, 56, 146, 28, 68, 56, 74, 57, 73, 59, 59, 137, 167, 183, 162, 50, 118, 48, 160, 126, 120, 190, 222, 93, 1311, 134, 240, 342, 687, 259, 1409, 1701, 71, 34, 1901, 320, 479, 305, 199, 307, 935, 3816, 524, 290, 30, 396, 18, 99, 44, 1181, 1360, 4172, 2340, 304, 47, 1760, 1738, 1399, 2187, 2200, 2891, 2990, 39, 100, 84, 101, 110, 1112, 1459, 1407, 564, 144, 34, 155, 63, 125, 467, 21, 175, 258, 189, 195, 138, 208, 195, 181, 251, 176, 178, 175, 239, 139, 480, 157, 2854, 2349, 437, 470, 454, 167, 159, 280, 57, 53, 322, 139, 4012, 830, 864, 262, 207, 594, 2052, 848, 156, 838, 211, 790, 446, 141, 91, 263, 291, 1322, 1334, 40, 3835, 3302, 4349, 1854, 490, 328, 94, 70, 294, 287, 73, 3259, 198, 564, 85, 2178, 1703, 3082, 3999, 131, 610, 610, 610, 642, 642, 328, 1100, 571, 928, 924, 969, 834, 838, 838, 900, 913, 276, 275, 314, 306, 308, 309, 309, 290, 301, 290, 305, 305, 1781, 259, 3204, 675, 913, 188, 3099, 1399, 1523, 1563, 1559, 1626, 172, 402, 551, 715, 327, 247, 42, 2432, 444, 445, 3023, 375, 306, 272, 537, 1406, 261, 704, 705, 1489, 675, 667, 211, 3467, 5296, 5005, 4763, 126, 3318, 180, 324, 75, 394, 58, 1032, 2098, 2268, 227, 283, 325, 61, 1678, 1677, 2279, 1984, 45, 1212, 504, 3438, 556, 3660, 551, 61, 440, 4757, 588, 332, 300, 50, 563, 571, 619, 433, 715, 64, 85, 143, 203, 3477, 86, 83, 26, 82, 2120, 343, 78, 1617, 376, 599, 315, 26, 3764, 43, 240, 100, 209, 274, 15, 37, 362, 269, 1658, 179, 125, 723, 252, 317, 439, 950, 30, 66, 76, 441, 292, 762, 86, 418, 430, 274, 105, 3351, 176, 233, 90, 202, 191, 200, 349, 94, 401, 134, 81, 194, 1442, 1442, 414, 342, 316, 46, 28, 367, 1442, 1430, 12, 102, 74, 44, 262, 19, 60, 1512, 1522, 156, 140, 15, 102, 33, 644, 1181, 24, 3227, 120, 203, 43, 44, 84, 568, 43, 500, 190, 156, 169, 123, 131, 20, 63, 20, 87, 73, 212, 31, 268, 65, 160, 71, 299, 94, 329, 32, 52, 29, 48, 30, 20, 71, 51, 317, 99, 111, 345, 84, 128, 199, 93, 115, 104, 118, 107, 107],
    versions: [[], ["3.0"], ["3"], ["2.0"], ["2.0"], ["1.0.0"], [], ["1.1", "2.0"], [], [], [], [], ["1.0"], ["4.0"], ["4.0"], ["1.0"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "3.1", "2.2", "2", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.3", "4.2", "6.1", "6.2", "6.3", "2.101", "252.227", "12.212", "227.7202"], ["1.0"], ["2.0", "3.1", "3.2", "3.3"], ["1.2", "2", "3", "2.1", "3.0", "1.0", "2.0", "1.1"], ["2", "69"], ["3"], [], [], ["2.1", "2"], ["3"], [], [], ["1.1", "1.0.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "5.1", "5.2", "5.3", "10.1", "10.3", "10.4"], [], [], ["1.1"], [], ["2", "2.0", "1", "1.6", "1895.22", "0.9.0", "1.2"], [], [], [], ["1.0"], ["2"], [], [], ["1.0"], [], [], ["1.1"], ["1.2"], ["2.0"], ["2.1"], ["1", "3"], [], [], ["10.00"], [], [], [], [], [], [], ["1.0", "2.2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "2.1", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5", "8.1", "8.2", "9.1", "9.2", "9.3", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "9.1", "9.2", "50.00", "12.1", "13.6", "12.2", "13.1", "13.2", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.3", "13.4", "13.5", "13.7", "13.8"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "9.1", "9.2", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], ["1.2", "1.1", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], [], [], ["1.10"], [], [], [], [], [], [], [], ["8", "227.7202", "12.212"], [], ["1.1"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.09"], [], ["1.0", "2.101", "12.212", "227.7202"], ["1.1", "1.0", "2.101", "12.212", "227.7202"], [], [], [], [], [], [], [], [], ["1.0", "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.1.1", "3.1.2", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6"], ["1.0", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.4", "4.1.1", "4.1.2", "4.5", "4.1.3", "4.2", "4.2.1", "4.2.2", "4.2.3", "4.3", "5.1", "5.2", "5.3", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "4.0"], ["1.0", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.4", "4.1.1", "4.1.2", "4.5", "4.1.3", "4.2", "4.2.1", "4.2.2", "4.2.3", "4.3", "5.1", "5.2", "5.3", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "4.0"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "5.1", "5.2", "5.3", "6.1", "7.1", "7.2", "8.1", "9.1", "10.1", "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7"], ["1.0"], ["2.0"], ["2.5"], ["2.5"], ["3.0"], [], ["3.0"], ["3.0"], ["3.0"], ["3.0"], ["3.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.0"], ["2.0"], ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.1"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["3.0"], [], [], ["1.0"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "3.1", "2.2", "2", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.3", "4.2", "6.1", "6.2", "6.3", "6.4", "2.101", "252.227", "12.212", "227.7202"], ["1.0", "1.1", "1.2", "1.3", "1.4"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.0", "1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "5.2", "5.3", "5.4"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "6.4.1", "6.4.2", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "6.4.1", "6.4.2", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.1"], ["2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "2.0"], ["2.1", "2", "3", "1.1", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.4", "5.3.3", "5.3.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.0"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "6.4", "5.3.4", "6.1", "6.2", "6.3", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.0"], ["1.1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "6.5"], ["1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "3.5", "4.2", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "3.3", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.4", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "3.3", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "8.3", "6.1", "6.2", "7.1", "7.2", "8.4", "8.1", "8.2", "8.5", "8.6"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "3.3", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "8.3", "4.1", "4.2", "4.3", "6.1", "6.2", "7.1", "7.2", "8.4", "8.1", "8.2", "8.5", "8.6"], [], [], [], ["1.1", "1895.22"], ["1.6", "1895.22"], ["1.6.1", "1895.22"], ["1.0"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["1.0"], ["1.02"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], [], [], ["1.0", "1.1", "1.2", "2.1", "2.1.1", "2.1.1.1", "2.1.1.2", "2.1.2", "2.1.3", "2.1.3.1", "2.1.3.2", "2.1.3.3", "2.1.4", "2.1.5", "2.2", "2.3", "2.4", "3.1", "3.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7", "9.8", "9.9", "9.10", "9.11", "9.12", "9.13", "9.14", "4.0"], ["1.1", "6"], [], [], [], [], [], [], [], [], ["2.0"], ["2.0"], [], ["1.0"], ["1.1"], [], ["1.13"], [], [], [], [], ["1.0"], ["2.0"], ["1"], ["2"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "3.2", "3.2.1", "3.2.2", "3.3", "3.2.3", "4.4", "3.4", "3.5", "4.1", "4.2", "4.3", "4.5", "5.1", "5.2", "5.3", "7.1", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "3.2", "3.2.1", "3.2.2", "3.3", "3.2.3", "3.2.4", "4.4", "3.4", "4.1", "4.2", "4.3", "4.5", "5.1", "5.2", "5.3", "7.1", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3", "2", "1"], [], ["2", "2.1", "3.0", "1.0", "2.0"], ["1.1", "2", "2.1", "3.0", "1.0", "2.0"], ["2.0"], ["1.0"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "1.0"], ["2"], [], [], [], [], [], [], [], [], ["1.1", "2.0"], ["1.1"], [], [], [], ["1.0"], ["1003.1"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], [], [], [], ["1.1"], ["1.1"], ["1.1"], ["1.2"], ["1.2"], ["1.2"], ["1.3", "3.0"], ["1.3", "3.0"], ["1.3", "3.0"], ["2"], [], ["1", "69"], [], [], ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.3", "3.2", "252.227", "4.1", "4.2", "4.3", "5.1", "5.2"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.1"], [], ["1.8.1"], [], [], [], [], ["1.0"], [], [], [], [], [], ["2.00"], [], [], ["2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "6.4", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["2.0"], [], [], [], ["1.2", "2.1", "2.2", "2.3"], ["1.3", "2.1", "2.2", "2.3"], ["2"], [], [], [], ["1.0"], ["1.02"], ["1.0", "1"], ["1.1", "1999"], ["1.2", "1999"], ["1.3", "2003"], ["1.3", "2005"], [], [], [], [], [], ["1.1"], ["1.1", "4.1", "4.2", "1.0", "2.1", "2", "3", "2.0"], ["1.1", "4.1", "4.2", "1.0", "2.1", "2", "3"], ["1.2.6", "1.4.5", "1.2.5", "1.0.7", "0.97", "1.0.6", "0.89", "0.96", "0.88", "0.5"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["1.0.1"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "5.1", "5.2", "5.3", "10.1", "10.3", "10.4"], [], [], [], [], [], [], [], [], [], [], ["0.9.1", "2.101", "12.212", "227.7202", "0.9"], ["1"], ["2"], [], [], [], ["1.3"], ["1"], [], [], [], [], ["1.0"], [], [], [], [], ["1.0", "2.0", "2.5", "3.0"], ["2.0", "1.0", "3.0", "4.0", "2.5"], ["0"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "7.1", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["1.1", "1.0.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["3.0"], ["4.4"], [], [], [], [], [], [], ["1.0", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "8.1", "8.2", "8.3", "8.4"], [], ["1.0", "1.1", "1.2", "1.3", "2.1", "2.1.1", "2.1.2", "3.1", "3.1.1", "3.1.2", "4.2", "4.3", "4.1", "5.1", "5.2", "5.3", "5.4", "5.5"], [], ["6.6", "13.2", "15.2", "15.1", "15.3"], ["2.0"], ["1.0", "10.4", "2.0", "2.1", "2.2", "2.3", "2.4", "3.0", "3.1", "3.2", "3.3", "4.0", "4.1", "4.2", "4.3", "4.4", "5.0", "5.1", "6.0", "6.1", "6.2", "7.0", "7.1", "8.0", "8.1", "8.2", "9.0", "9.1", "4.8", "9.2", "9.3", "9.4", "9.5", "10.0", "10.1", "10.2", "10.3"], ["1.0", "10.4", "2.0", "2.1", "2.2", "2.4", "2.3", "3.0", "3.1", "3.2", "3.3", "4.0", "4.1", "4.2", "4.4", "4.3", "4.5", "4.6", "4.7", "4.74", "4.8", "5.0", "5.1", "6.0", "6.1", "6.2", "7.0", "7.1", "8.0", "8.1", "8.2", "9.0", "9.1", "9.2", "9.3", "9.4", "9.5", "10.0", "10.1", "10.2", "10.3"], [], ["1.0"], ["1.0"], ["1.0"], ["1.1"], ["1.1"], ["1.0"], ["4.0", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "6.2", "6.3", "7.1"], ["2.0"], ["1.0"], ["2.0", "4.0"], ["3.0", "4.0"], [], ["1.1"], ["1.2"], ["1.3"], ["1.4"], ["2.0"], ["2.0.1"], ["2.1"], ["2.2"], ["2.2.1"], ["2.2.2"], ["2.3"], ["2.4"], ["2.5"], ["2.6"], ["2.7"], ["2.8"], ["1.3"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "6.4", "1.9", "1.10", "1.11", "1.12", "6.1", "1.13", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["3.0"], [], [], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "3.5.1", "3.5.2", "5.1", "5.2", "5.3", "5.4", "5.5", "9.1", "2.101", "12.212", "227.7202", "9.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "9.4", "11.1", "11.3", "11.2", "11.4"], ["1.0"], ["1.1"], ["2.0"], ["2.1"], ["3.0"], [], ["1.0"], [], [], [], [], [], ["1.0", "6.4", "2.0", "2.1", "2.2", "4.2", "4.3", "2.3", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "6.0", "6.1", "6.2", "6.3"], ["3.0"], ["3.01"], ["3.0"], ["2"], ["1.3"], ["6.0.0"], ["7.0.0", "1.0.0", "2.0"], ["2.0"], [], ["1.0.0"], ["1.0.0"], ["2", "2.0", "1", "1.6.1", "1895.22", "0.9.0", "1.2"], ["1.0"], ["1.0"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "1.13", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["1.1", "1.0", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "2.0", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "4.2", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7.0", "7.1", "8.0", "9.0", "10.0", "11.0", "12.0", "13.6", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "2.101", "12.212", "227.7202", "13.2", "13.3", "13.4", "13.5", "13.7", "13.8", "13.9"], ["1.5", "1.0", "1.1", "1.2", "1.3", "1.4", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "2.0", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "4.2", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7.0", "7.1", "13.8", "8.0", "9.0", "10.0", "11.0", "12.0", "13.6", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "2.101", "12.212", "227.7202", "13.2", "13.3", "13.4", "13.5", "13.7", "13.9"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "4.1", "4.2", "4.3", "5.1", "10.00", "11.1", "12.5", "11.2", "12.2", "12.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "12.3", "12.4", "12.6", "12.7", "12.8"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.4.1", "3.4.2", "3.6", "3.7", "5.1", "5.2", "5.3", "6.2", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["1.0", "2.0"], ["2.0"], ["1.0"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "2.2", "2.3", "2.4"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"], ["2.0"], ["52.227.19", "252.227"], [], [], ["0.5", "2.0"], ["0.51", "2.0"], ["1.1", "1.0", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.0", "2.1", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "5.0", "6.0", "6.2", "7.0", "8.0", "8.1", "8.2", "9.0", "10.0", "227.7201", "227.7202", "2.101", "12.212", "11.0"], ["1.2", "1.0", "1.1", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.0", "2.1", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "5.0", "6.0", "6.2", "7.0", "8.0", "8.1", "8.2", "2.2"], [], [], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202", "1.0"], [], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["1"], ["1.0"], ["52.227.19", "252.227"], [], [], ["8.16", "139848.1"], ["8.23", "139848.1"], [], ["2.0"], [], [], [], [], [], ["1.1.3", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.2", "2", "3", "3.2", "3.3", "3.4", "2.1", "3.5", "3.6", "3.1", "3.7", "6.2", "6.3", "8.2", "8.3", "8.4", "8.1", "2.101", "12.212", "227.7202"], [], [], [], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2", "5.1", "5.2", "7.1", "7.2", "7.3", "7.4"], ["52.227.19", "252.227"], [], ["1.0"], [], [], ["1.0"], [], ["0.1", "6.3", "6.2", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202", "1.0"], [], [], ["15.09.1992"], ["28.11.1994", "05.04.2009"], [], [], [], [], [], ["1.0", "2.0"], [], [], ["1.0"], [], [], [], ["5.0", "6.0", "2.101", "252.227", "202.227"], [], [], [], [], ["1.0"], ["2"], [], [], [], [], ["1"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "500.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], [], ["3.0"], [], [], [], [], ["1.1"], [], ["1.03", "3.01"], [], [], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.1", "1.2", "1.3", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.1"], ["2.0"], ["2.1"], [], [], ["2.00"], ["1.3", "1.1", "1.2", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.4", "1.1", "1.2", "1.3", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], [], [], [], [], ["1.0.6"], [], [], ["0.3.0"], ["0.3.1"], [], [], [], [], [], ["1.1.0"], ["2.0"], [], ["1.3", "1.0.1", "2.1", "2.2", "8.2", "3.8", "3.2", "3.5", "3.6", "1.1", "1.2", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "3.1", "3.3", "3.4", "3.7", "6.2", "6.3", "8.1", "8.3", "8.4"], [], [], [], [], [], [], [], ["1", "0.5", "1.6.35", "1.0.7", "1.0.6", "0.97", "0.96", "0.89", "0.88"], ["2"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.1.8.7", "2.1.8.9", "2.2", "2.3.0", "2.2.1", "2.1.8"], [], [], [], [], [], [], ["2.0"], ["2"], ["3"], ["2.1"], ["3"], ["3"]],
    blob: "7H15YFRF1u/v1JaQNhhpIoqNzSaLRlkUN4zjgAoDDARIj+LI5jIuqMSeiMiooMmogyAYkKACivuCigugwoyiuI06ookLCiouiCKoIDo4Ao9zqm53B5jtvfe9b957/qF07q2qW8upU+f8zlIAQUHDwMIhD/lohALEsAcK4dAYe6IIe6EJ4miEIjRFMYpgEcf27XujGfZBIfYFSa3maIb9sA8SaAGL/ZFES7RCa2zf3gZtpc0D0A7t4dABHeEQQ0cciINQgoORgMIhcOiEzkiiC7oigUNxGBy64XB0xRE4Egk4JHEUChGHgsPRSMh3u+MYlOJY/AzHIT/8FUcpfg5CDD3QEwkcj7j8OgEnIo5e6I1fII4+6It++CUIcfRHPxSEUgNQhnhoaSCOwyAk0B+l6IXBKEcKv8JJOAYnYwhOQanU+jUS0gbhVGmXMDS0lcQwDMcIOBRjJBJI4TT0BOF0nIEz8RsYOJwVyp6Nc3AuRsl/5+H88JSQB4cLMEy+wU+slOBej0YZYihFAhW4EGn8FpW4CHGMgcXFaI5eGItLMA4Wv0MyMzuES0NLl8GCcHnmLx7p+L870jKMxwRcAYcrUSXzmEY1fo9kqF+Mq8Lz7JxcvYM6roHCHzBxBw1ci0mYDIvrGoyEvzoFU2XdrpdfNYhjGqZnRlyAGzADhFrYHVQ3EzfiJtwMggnve2EWCLORwhzcAi31uJ2o/q0oxNzwnP9OoxduQy/cjjjuAOFO5OMuVOHuXVpgarwH9+I+3A/CPDwAiwfxEKpQvqNXxZiPYvTCw7JKvu1HUIJSDMKjiOMxJNALC8KvGBbKqnGpBYghgUV4HA5P4EksRhssAeGPcPgTnsLTKEG+lGyMpXgGkB71wrMoxjI8h+fxgqxoKQYLBZCs9eN4EVfjJfxZ9lc3vIxX0FJWtAhNdrMSDtfhVekZr2w3/AVxDMAEvIYkluN1tMzUjONxGcsbqEM9nkQ13syse9ST1miDt0B4G71Qgr4owxi8I+MoDTuR530F3sUkpGTeS/EeVsqq8781srNXweH9zEo5oZAkYvgA9Ug3eOrnrAofSs/L0RmrMQrV+AgOH4OwGp/AYTJmohhd8CnWoAAKnyGFtfJkKT4XSh2MBErxBcqxDl8iJn3h9c32IYVzhb5TWIUyLMd6bMBXGCc1vpZ58NQWk36lUY5v0Az9MR4OG7EJJTvRYzG+RTFi2IQE+sIihs34Dt/jr9Kvr9BPWt4SahU0aJfwA1L4m5TyVPkjtsq7SdgW2t+OBEAWRAlsRy8oSgt/Ssp+j/ZeHOMxDk3wPKrQC9W4Iuxeh2poIpQLHxwjfLZU+K6nQkNjkcBqvAgrLUQ0yfNgyVEe+S/weVEmdfOpi5wcjciiMbZjOJbCYT80R2MUUFxOjZMRoxZw2B8FSGEP2gNxFFJjKpYe70nR3BWhEOXID2Mroi7Yi0aGPraUnRCVa4Iqefqs9IKogBJoQmVoiThZ8L9NqZj4xNmbmuMwHAqHFWgtc8BnFuFDmfv2OADNyJ9bvMb70BFCC/uS/6oTuo3658fUEQVyrjWnntiPEtSCHPYn3pXMwbohSXwGtqR8+F61RiVaEfe9NbWhtnQA1aOA2pFFe6pDB4qhI5VjGQ4kkm+mcRCVUAUOJotDqF3oCbedQCfy/L8O5bucHREtM31dgxQ6UxfiVY4ToSvFsRQHUQJbZRajlef/LkYFxoFwKMVxGHWjpOyC5qiQffzNTmeWxeF0BDXGkXRU6EsRjqYq9EdbsuhOx1DEM4qwhvkA9cexZPEzao7jiE/34+jn5HlKD7JkUY7FaImedDzFZCzjhCuVhxU+HxVoQYQTKI6LkQw7tD0VYDy6ImrnxH/aTrHnslSO3sRSSHOk8AvqQw59qR/1Eq76S+pPER8aQCmMRz7aU1lYwQKRXvrTeMSoCgMzVFuIbmgEh0E0mMrJIkVtKYaucPgVnRTWlPnZyTSEeB+dQiwrDKZfE1PjqcSyz1DqhWHUiYbTCKHfOEZSAmkMptOoE51OCbSlMyiOT2UUZ9Jv6CzKp7OJeVx3uhYJnENFWIZzKZZDr6MojvMylHw+daL2xJz8AqHG0WRRQSz/OIxHW+nbhTSY8rEcrZGmONqHur+lSmI+3RWEiyhLPQ5jqCNOoospjrF0ibQ9jgi/o050KVlcRn7HdCZuweJSupy8nFcvKxDDeErI712/OYHqEENZ+KsIVxChDa6kepTJd6poSNhT1cSnXy1+T1ftaK08UF85rhYqYx5wDTn8gSZSDbrgWuJ90pQm0WQahzKWWKhQ9lZ2XAVoSlOoHFMphkmUxvVUJHKRQxHKUEPTqFBkhOnSu6toGtXgBopjBrWDQ3uQ8Pdacpgp45tEnVEVeJDDjXQTJXAzzaLZOzjHHKGjW+hWcphLt8k7rnGHSO9M0yojbzbD7VSJFbiDHO6kqrAGVbLzeuEuqgThbmLpvg3uoQLU417i0+4+yu72IvTH/TSPHiCE818HTsJvG+O+zP59kMpFDvO75yGiDJ8h4QnziXvHctp3iHhU1FYFtmEg4tgmT1tRLQjd0AOjRGL39NcHF+MGaaMSD5OXA9JSk3sZSekOx8Lv7UoorMZjchY9QolQ8kZifvcoxdEPjwkNL6CFtIj4TOsn8v727Q6FSKGfyNKPUxpFqMQT9KT0ol8YrcXc0Jc+xL3oIfLGYpqCRlhC/lu98Uf6E1XJ06foaeE5S6kQnagUz5DFs7SMnqPn6QUaLfrFi/QS/ZlepleoCK8Sz7RFHv5Cw8J8vUbL6XWqlf68QXUUR7Z2EVI4BvXE1NgIFt3wJiUwCm/R20R4h1bICN+VEU+kBNbiPWqEOFZSAVaRr/E+8Ri4/Af0IVVgNRE+IouPKY5RqMIn9Kl8bSVVC69e06BMM3wmnGqt7K/PqRZf0DGiQzZDJ1pHX9J62kAJ8LP1VI2viLCaKvF1Tqtvh7peholL63lyZh0jo/qGCrCR+DTbJGW+JZaKHDbTd1Qrp9z3VCsS0GbiXjOfVfgrJVCLJLbQMfiBrLz/G3GZU3EU/UhbKQ2FqBfbiM+3QmwnqPUg1R/50pLF65go8kYphpJS5WhKCPuBNWYjmnEKWhmVgFXNsI5WUxHScGoykshTn8neXUt1yFffUiOlUKBmogDdsJUIMbWH2hrmpxqFyqKxYinsIKyg+Zl1a4QlyKe12FPlY19ajCJF2Es1UUwLnhIepBuQkv1kEVesGT6EWuRTCu9RYzRVxaqTzJrXGhvS0Nv0llBLGknUY2/FO5LLNlMzpfy7VIt9VBz7KllpvEesa2UlWv5qc7Wf4rLr5ER6jxJqtJwxvk/cj8vQQr1HKvSNdqrfBfurUiRVHFG/LFqqKjxPrRTTR2v1JLVR+ULx76AUlUhhoNR+ntqq5fQ89cYBKoUtlH06lB6kdspLoHG0V14SKUAHtQoW91HH8ORAxSUOUiS7MdFgdvqjRNWgPw5WIyktElq0x+pRjENUJ8Vry3Vj6Kw8dsCtzcUvqQhdVDHK0VVZbJXT/VDlcJhifplCT9QIHZXA4Qw0gxN8IC48PIVu6nDVHwg62Q1IoAuOUFoog2XbpPIzyzWOVF6u64nzhGr57xSOUvyF4YjjaLWWct/zXu2uoh6cimNUIXj/NAbwLq5BOUqVw7FKUBsqQxtiue1Z/Ex5ikqQw3EqhZ8rjR5qKvF8erToProBMwONWSTRUx2vuuEwYn2HcEL4ZgwnqgR6qDR6qW7orXj3O3xLw/AL1UcxF+6r+in+zloUoiV+KXSnhQP2V10wQPVVZWqgupCa0ib48z2NWkylFB6ExSA1WJWrNNZjoOqCC4mxHd7HKRVHX5XGfqpoh1a8XXS/nng208I+qEZTpNFVLcYJit+VBa7PWMOvVEpwAX5ShzjK1EkqhZNVAn3VEOVwiqoXreDXirWzUxXv3ZPVUJWPYYopPdLl/Bxk8Y1cdGO4mirzczKmyFsum8IIVaZYKilTaQxHEbpgpBqhXkMVo0nqdHWGcog4xZnqMfL602/UWepsxefYOWoJzlVbaZRKIo2zVBznqfMVU9QFqidGq2OUpzKv4VaoNFI79pnX7y9U3I+0SuG3qlItp6HEq8CUmpYnFhepMYqlrIuVCuMpDO9YBhirfP8LMJS64BJVlKGPpMzHdPiW+Xwdp2rkr72oUv1OXarOUxZHUL7syMvU5eo8xdJePg2luPR8vGKqnqAYN7lC1suhi8zhlfKsStXu0Far1ZQw60l5Nx01aBZW4/eKcJW6WlkUhNmoUnEpZQO6xPrcNTs42zRajcNoPtUKxjZavjZW5tHhBdoDf1AOE9VM8FkzlKqxBEerJK5VXGu5PKnM7O8CTFLcq6lUpq6iyeo6VYgpmKw8PdoMpUxR5yuLqep6VaPS8q4onOzThNaqMF0dgvd36J/T6AY1Q61GjeITvVb57/ixz1SVssZprKPNdKM6kUoyZfh9wxnya8Ln102qJ25Ws1Qz0ZH8TqhGE9k11wsi6nmJRTUOoabMNXExqjFbuOkcdYuqwK0Ksg6eB8UxV5WgufK8qQhHKS+dDiHeT3PVbaoT3a6KyL/nN3coPpUTQSfshjtVMZrC65Esh12DKmXRXR2lPDpyKipxgmqMi3EEMTJXsaP1FfiCkrhLcfkTpCThbpnre9QeSOBetZGuwQzcpwpQDofZKEch7lcFaK4YT2oqLS8VSSqS/ZPor5phnlC1/+o06o/VeEDdAIfmKg7+ToFo2afiCLpP5VMFHlRlqEAtWUyjfBqDNN7GRirBDYiJtFOBh9Q8NYoWYb5i3aG/KhMULy6S4cOKNb6L8RweUY8qLw0ux2NqgarFQrVIraOmNA4leFw9odpSS5lD1oGeVCPl9Fislqg/SouML/xJPaXK8LRaKnTwjOqPY+hZlU/L1HPqeeXwJI2kF5TDi+oJxbrGS+pLKhcOzu2W488qhqY0gwgvS4kl6iXl+Wg9nlBFeEVVwetOHjt6Vd5yXZaH/6JieE0RlqvXlRPNI+I+NUjgDdWP/P5aRxVwqFO9FY8t91v9FUvIfk29rMy0OFbot1hkxFpBDeuVX783lcVb6m2VT4wDR6fCO2qFaoZNeFelA6dn3vueGoOVKolVqhDL8b7yuMzUTGn+1geKkaDtsPhQNcNWZM+GWwUpWyv0+Q3F8DU5tMTXVCAINPflBOV1lYlYrRy24yPFu29P9Fcsd31GflS55zUjTDOEy9UKlrhWJMPpATePULrl+DiMtkR9olhbPYoulpldhx/wtzDOcmwTHP1TlcIa1Yt2fs+axgGqLDMfF2OlKpN5yMdnaq2K4zOVlG9RZkaYzksFr4vOEF+fEbTP1RdqnfoynOH8dL1KqFbE88S0yC1vUGPkVKgInMuK9lCrvlIJ3Ix8VY2vhaso1RIQ3NjLSbw7PsDywJW/UfWA6AOTsFFtUrVyTvdEb5EYzlRzsQ6Xw0sN84XnrCV+d6ZKyx6O3lWgp3DNa7CRePem8K30nqmXcZzNyuI7NQqeq1dhEb5Xf5Wee/r2z7eIVMV8muSU+0HxqjmRoP4m7f2oHFahXrE01wVbFffoW2XRiQ5Cf3AbfIotV3E8BAfeAQkpwftim9qu4riWRmEeoKPesbViq+K52BLm39NuxO+3qv6KZQvSEY35Wv5cjOhI6Y+VhdYRLbEsxFYRPifKGnDBsxXT2O10Qjg1eXy/F/nVaKuby788QqerwjmTp3n8+droetVILxG9tUD/K/VTiOmJ2EMXoAMV6sZ6T23lL2+DKcdEFOla5bCXXq0KkIbVTTThQ8UUGNe+/eFYH3ZqdOo1E/1NkGudzjmTdtdL3qVfU0vMob+gAp2pqU6gWF+r8tFf8U50eF00Gx1aLwnaUgdqiW/oBHVt4FPck8JMP3hUXp/iOvnYWxfhDRpCzbTFPtrK6ViOTSqqV48umAjPnfbVzTNzV4X99EPyzYRuoffXTs70b8hiIu5UXuPiL/BYb1IfoJ/if1to7l1Sf0PlQvPT1NacEXhexq0zbbbQ/g3/XRTG5suxbsMz9g7eo5a6Ss7RFOrUJawz6TtVB3W/aopytNYHUxvdVlNo5QDdThPaa98K7/bt6j3qEP4uR0d9oPaaKXOlmRmLG8ttd+IoGp2hvIN0iSaU6IM1f+dHdMMhup2OZDluzXOWanTSneX7rN/5lSnDvrqLTqGrPlRH63OCcNYinEslYS6Yr52nDtM8S21EOu4fvt1TNBariwJ9ddNWDyWW4w/XR+hXwDLzkUJFR+ijtMPRejoxrRyj3iaH7roAx+h1KoVSncSxujNS4LZ8Oz/Teys+xY/TSfxcJ9BDe+ne6k2qSn71Vdw2a6Ap9NQONaREOj9eJ2D1V7LvT5BxcVnnTy9Bk/2TE/W95NBLM27ZW5MgiVbn9oHb6CxPe+MXOkl9tMPJ6KbvpSXE6GFfHccQ6qd/qRMBV7a6v75H6I/nhWdigC7TA/UgzVLcPRisCSx1l+ttAT/yfCgt5UsQ6badyEuo92AdUoES4viVPkl73MBTInsaTKSTtcMQXYiH1Sn6PmIUbrKcBSeoLmGVygRBZh7D2upbxNbAZOgjS9391a91ZKU/VfsZugMJfKlsGJdf5aFCP8N0EsPDLsvT18OfVXGcqoswIlDwSO2/uQ5t4Hkgz8ty4pP0t2IvqMOjKBdrMO+W03Qcp8vc+LHx6c/fZI3Bn2R/pDN0EmdqPoWZa3B7XiNJyZPfaH66Wj2B7exZoL1cn5aa2xhpkF4Mk377tnmctTnvmVPw3uY9fbb+kuK4j87R52qLUfo8HcfrQlFr2Vag47hAW4zWBXgfFZqf+lFb6VfTwKWiGeC5vlC47GVIa4tCsEa4sz5osQ7TVEscgN9qh0pdgIv0GO3QQaSEDWqWqgbLzhfr7ElUhRtwLJXgbOWx8k50sZRk/4Q2cgIW0lqxCIzVxbhE56tx+s2A6UbaP0sZe+gykY7rpHYrsR6MDLJlGiODxXmjKsNqzFLLybf7Bf1OVwVkfF9pj2tH8rJGRN985nagClyqL9MxKVOCNDQcShCT79TKU/5KTLOWtwiP0+U6ifF6b2nPa6TcTgvNJfNpnlqpmN9S+IbXSCYJOvqhYikXmKBZToqsJAWYp8pxhaacXtXhSk+dqNLMO+ap3NktxBhUa6an3+smdJUuycgJV2uLa3Rk5zlc/UEn8Bh1FinKYaK+VielNY9PeOlqkq7CKEzWtXB4QV0nO3lK+Cq3kYbnCfWYp9pgqk6iM91OxeJJwLaFgdIPtrgW4HrN1hX2rajRDtOkLW5luiYMAmsfG9FW9nkCPdVLeCzjb8FfukFzPSv1+OtVIq3O0L4N34taFKJWz9Rso/W7ni3CTSiNo4ifl6obdT6tDu2wZZf1B6bUatykk/pmPUvHMVuzdP6Y8jJnsZzntWJN9Ks+R7PlIZK+I2q6VaSE65GW0zapbxGp7TKdxvWoQ0psA1yT3ywXrNOJzugtW4tz1nie+p2s7xg5GbheU/Gl4JrMPdJUD1+bOeYVekyGnrI7mGX8FprXcY1itCKFW2W+eaweGV2NyYLI9MPczLnehsZIifeUk5lh2vaeAh7f2qhimmnnORTjWIpjEY2mVjQcH6B9sLR0V07wUu6N9zSIvApiuE2vAIUSPHO3a4v16kTqIWi+LyUWRKykJiK71qmFxGuxVM0XueoO3Qx3Bgq+SzNeUCKnan/crYtwj07hXr2ELO7TvDvu1nOUxf16npRk7OsBXQf/5kFNeEh7r5E7dRV6qs5Ug2dAmK8f1udTHI/oR3fzhWwLj+1SO19sXAuoo+zpTYqtU1FvmQ57gjkI12WNcoHmuvzFhfLFCiySFeon9tJoRpbLedGD2AqUQG/1ueKWh8GB0YPyMGt1Un4S/kiPa4tKPKDv0R7peEITvqUttFLsyjepeaIdPqbaUSUG6wLcq1gvZ+2FT/kntdcUFksthyoVyb1raYnukdGr/qgfVixh/UkncmQ5rsPlnxIqnaba0Xx6QTBx7/lULtqgX/+YtHMUPa2X6v5y8nNv/fcTqgrHKYdndMTzHqYKRF4TJBjNs7ovElimt2Ku+FpE2hHv+RPpOZ2SlWMOVKMZ02KPye4qjZ5iqfR7jkfNNtU31PO6SnCLQnnTBZPoVJGnTtUv6GnEeMyL2uEl3Qx/1gk5t17W/tkr+jBVh+zMvKpLQv25uIQIaZyqP1fcHx1k2hL1nP6LXin8ift7CY3FazqJ5fp17fCG/lCQozq9kOq197v6MoP+hRYQDzXq5Fdv1Gbsa4XoTG9qvxdv1DEwT2O55HiK/Ccc3tJlgSYnqagkz9eeOElwO7bgcfkskhhZa9/W7+hcLwuWEVZo9rDgXduHivCu5tP9IP2e3k+z35rDSu0xkRhYXq/F1awnEs8u74TP1Sqtwlc8nXnbh8eN11IRzpMxP6AGiB3F+zMZGiitjMVexL5w1Wi2k7ejoc54X3+gHT7UH+g03kUb6VtPtVq/GuzsCempw3u6E3GLy+lUkc0mICo/hCIqT2qPe3G5XC+BqeR9EgdhPD7SPB+r9ce6UHwxEsG2ZMj7Z7JnpvfRHC/+mfGcETT09rsOFisyVBvHJ5qlJP52UqzsjfWnOhU8BWNYijXa4TM9n9bqSvHn4Hf1wWuO99znUtrhC3m/TrOnTYy41/Xw7fAJcgnVSD9YZ/UtZltjjO8S8hK6p/Qv9XpBB8YLfeTSJ6OdrP19KLrpMUiIXpuLRbC96DLMFJ2UKW6DbqFqcJfmU4u1si2hPfYPOYJmiq5+Fghf6a+FRxrZEeOFhvOxB7Et4UU6C7ubf8I3Oh7GyPyC+13jUSe9SaexXDgjv68QHdGfoyl8qx0qMEyPDdpE9vm7WKq97LpZXy160LfaW8O/04TvNUumdfirpowPdApb9Kna4QfN8+fQXVXhb/rHDBJkMSizDj1lbL3VVu2/uU1vJNbzuiv2PubZv0zpTI/uCmMrxyAU4UTargmMcGbxrVGCS9YioheYOkR2EZZ2zhMJvIc+IHAJ1izvJOYZJ8vfkZTO3IMl9Lco4gqeJ0T0UCccNSVcrwt+0IUZTKFIqHYEJUCmEcpE5r0GypCc8JeQx01by6mnTUJWgXteJjodlxgs3uF+Xj5X7+Jb8qMrkX0FwyNLhbkelhn7yIBtDMNklGA1+NS8SBlTINZOLnuZemqHfGpNGs74OkuoHHlmnUrjB+2QljlrpZqIZJBvGpmXKdd/tsAU4zRiCTeG/USq7oaYIcQojcVYgTZiP+NTug2xP1ZL7GESuFutpjqxvhSafGJP2Co0Nos177kVSItP+MWRN59inrSnKReuf3HGolmOIhPN/BHidXkn9jIVeCoHC+6GJuYpdZf2PCxarVp0oGbC+7mVuCHRz5oa1kqKTQonoQBJ3V/xjBH2NuViXWV70BD6YAedvaHvRDOzWrzW+UvMKQn7mH1NiazcWmpu1qKPUoJGRR4PDbUa/rIRbu+9itZhkJoI9sbYzzAOmzCRRZklm4FopevRR3VBC0Oy9p7X8Jsq7G+yaFlDDK+f6qlGsDZj2E7R0nRQ7JuRLyVbi1XQo4osmTGSmPUn8H1mym1l/qq9Z9NCajgG3u/MW1sbhzYmFvDmVIhI2LktRoy26C2yI0lm9CA5/SOOuF4xFuDx35GCQXl6XE7eRjtUfIq2qPWqo2btYOf225rPQr/i4p1ygFmMt1Vbw14vW+iznfwkStCRaIfcVC/v1qs2eJKSaCc7sr3hk3AxOpgkOhrCgWYLHWQcSsxcDEQRblMpHGwG4hDj9aNOhi3Q43Vn4/0bsl/hM7+LGSixHbXBW+hSnUCfTMzDcNFwuKYTX10u3VI8avwY/BeYV3U17EFyiGn4BabpQ00MA9FU7VrP9+wws5m6maF0uNl5FjYT4wNpHGbGYrToR+0E3RqIB/QqzfvhUJPGQMFe1lIXU4rPaDE+VOXYsEM/egez1HxqiQ3qKeV3cgwTtROpJvI3rsARhtBRpWRk3gc6159hbfB3ZImEkYxn8SWtEI3rSOP1eys8pbeaHXTRIvHITohXxnAcZbxf9nKqxNGyerkxPbv3zLYSi+NlK7Zbdjf8+xhTaspxrImDcfJmqKafmeOMw8+N93j28UFLaLD2PXXoYUj6uV7FZMw+huES+lytVdzrGdr3+FVaRN4/m/0rO4qG9wJlfbR9tJCPEuppPKK5lrJjYr9sjjY6BJ308eYEw37YJxrP2VlmZ3mxRfDaIvQyhdKPH8jHPtwtGOYlgjD2Fur5hWG0oiP6mCwmwvTiV8cGD++mWERFpg1uU31NU+pnfmkIizAG/c0p1BqtqK9pS2msogGmzHTBQDPI8KwNNk0oinpaS0t2SEeMw5QbbjFlsrpUEr8y3op4kkmEvXCz2H/YA5tQgS30g0hbJxv2klorfonfi89lG2ljiDnFqIx/2K/NB6wXGdZAvecs74Oh9AptpqGGPf/K4Ftm3WmYYX7mfXHWCl8ZbgjDzEahxhEmgbmYgpGGsIpOM6ebOM4wfm7mYqTpbiaJTYfp80xjkcJvDIHR+7NMPxThbLN9e75QF/eBPfiGmtrgfVebkQJz92Fxgz0/PMPbmIN4BM5zBt/qRyJNnGMYfWHOda5ZTo3FutsYb8gO2C47IDc2YZTJ/V4B5tB5himfdeloVbLvGcnJFx/ASowy55sLzHM02qykEnWFvgf5xCtVYdgL/UJjkTa/NXxKNcJmqjSF7FOXOb34GyXKe0vW4iKTwgcowDoifEfs4edP4QoZVwpjzKfoRGXqDX35DtqYgtYmjYvNOpGnxgrtTsV+jHuq24nP4YmYAot3cInheRhnCvAOfqBRZjl+ZwrEC2c0+R58x7NomJ68xfcy43C5Yf8cwnjDmhhRQfB7rCaeHx5nfvClakUWHcV7cYLJnY8rDHvEXmmqTLU8vcLw08hvT+H3xmIVDlQsK11lIp6ffVMM9opSej36qasNn16vUa9Qtj9OhMMkipDOE+U0vsYwVbCnty/1B5mViWYS+TiNKZTGNKoOnt3VGc/uNCbJ+P4rvbuZH1VI771HuvdHn6WiuBb2EfO9Zl8y70WW5XKNBE+/UVb0WjNZDVe+dAzTJepykplsHK4zCaGM6Tk1pxi2PUw1N8LiesMejzVmmukZvuXjKTsLXu/ArXKEVZnsrmJMN1Wih/eT2X1TrC03GI9MdMEkVSRWgThmmEcU+4f7HvVs0B7XZAneSRScl9wLRHKvNTPNjeYmwxx4Bvpq72vQJRPlmV2RUvjWWSdh36COuqtmT8ubDUtXs0wVHhHedGbG44DLzzZzTNQjbq95QJyjMjHM2KGB3WIYhYmi0GYb7u+tZq4hiXyEYKQ9EVEZ+95n1+9KTbjN5NODKhHe51LRXMO2MkZGLzS3G4eYfh93yOxx7EknutNkV+l95NOF5i5zt+F1nkb3GIt7zX3mHsM61f2mSnwN/Hd8RCZ7O80zFg/IKi6n0+h9v0pqqugJCc2nb9TvYvGxnWOM7IxeMvpoFL7dvQ2/53OQbZFc4kHTyrAG2DMTM+u9+P0+zaIXe2GwnN4pPGR+JSgGS9eMYxxC/UVnHYr55lyJBLgMl+MyXIqHjZUYS16H+hAVGFFMFLf673+NEeXnRP9aHrTlayQyUoGt8n/AHwJy8kvRINvpeoksHiJoN6Msj+yQG+phiOf8UcN40CLMMWMl4rcKj5lE+LtQek47NNV6+buVmivcc4EZj3d0P4kh2T0OFg9RW3Myc1skPGahYcTlLh2h25TBbguEOjniKYpnqsc7ugiLzOOG5duhEmEwLFB1RMXeW8r78c4QfTaaXe8H8ony0RiMqHyoWCLa2qCFrAeUDdGLMWzDZEUNfI+eMHFMVrZB5OT0BpGTeSFyciMsvsrETka+sqfRamyC99d5kvXiYJ/j2jb4+7AfcD98h5HGW3M70SrwPGW/sE7spVGcL39lsZml69EPI80/+kJS5JSzZU/1wRIzS0df+ijEd/tyvE7cZ4cbUYemwY+C3zhwncsxVfYZP6mDxR9NvaASm3Ck/pPx6FxcelONAjxlptMQstIjI3zWW3c4ToX7PktnR/a0cR6lMz5u5bvAQXkN67FBcXmWQhlnOE41bKs/btUsKfLqL8bsoJOUNjhl2WMpIWWc6Ll+J3o+3BQVmZPYr9YKPGMKg9eixzieNQksM4yJzFGnmxWIYY5h3pnLN8vhOR7jIWU77WeWy9ie5HAxJmi2F72A59EazxkfizFGaGmzKsUawScm4XlTiF54wdRjmXncR6qhEoNE02bNwFsFvU3Q6sdy4qzZmtGZLJKG/QRuCnZKz4FeNHHcrqJV8pL+7nSZXrjI+BrMiS4ynWiZyUbDNsY+MpJI+8qNio1l3r1kdo2NZWTsYcW2hmN1HH82CcGdXw7fOtbE8Iphv+IKQdxmBQwnV/P6+xGw2XEw4vuqsfiLec0sN9lRtUYMZhcdrN2/ECm7q2bWM0fy+FejZr0mZnajg71uWD/aoJrQG8bPRsTfvGZPmCgRRawpFYh2vlptR51IFE3oKdEzx4HxXu4vR+C8burxlFg16s0QYj/ex+lBZcG/7lFvmspwyjJHNBT5azEK9pZ521i8Y3jlVxhvN76c+FyegHdNP+IRVOE7zfvpdcN7Kep7VoebYby8HAfLxiS+iTv/7bWv90w/4TIrzSpThffNB6ZQItk+NPdgtfnIMDr1vuE4vO6mDVYZb5H/2Hwikv1Ic6FeTyXqU0E4RhqH4/UjZLHGJLCH+DsxonqT+sysNcWZfBmfmy/MLM2ca53xWTMiCT6eQXMV8jHSPIsknhcU3T/vSpGWVIoOlJX1S3Gl2d0+aoSPgozJ+to/20Gj5PteYzlLpWiW4thiXz+OLw1/5V+NtxMsTXQNRo9TuE2xVrnBsCX7K7MNH4km+rWJ4xtThHSw5W40PdWXZhp9hjg2GcakNpg3zLdms4ljg+GMBBwfaINGW43vzKsSBfe9+asZFXZLqSoMrbGMfpvaIChUhO/xaTAPrCMr4f1bDNcXi7xoohUmHizDPxj2zOuLH/SBip9w9Mm1NJYtHHos/iaUEOU/KaQNxojvGuPsvfGjmSp40Tzx395gkthqol6NRZkuh0WFxKxsM4yjH6yiWFEj5TcY/tp2k8Bk9VGQiblPsDwn2wVNTIjngB/hYpBNSNTSCDVQ5B5Gc/NQg/0zaMeGHWfcDahFC8X+xcpmo19S0JZHxR7+ozz6L38bu6f0cU+fQ4EKQCZf2tnfsLco/yZYe0nwJL7K9EUlcQ8OCuNmC0dvVAYvKe8txZHat9Mc5Ww0Lu5rTU75P9IThqXVPDtOVyK3ZA+Ugu37TIvF+Eh2Ln8vEWa5E+XbgZI1pla8jrbJ3DWyB8hqHW6mSBxLfCcdr0BqTzHhnSmwrMnFrEfSdtb7vIwCOdk5Hq4xVgktvkqeM3N/LL4Be7+xN4zPC9QYtwTPYKbAvBC/N0sV4HFpk2vxDo/2VFZ68+PLl/GxrMktDUfkqcpr5NvdwzYL0en9sYljr1WhZdSmsa2XNhfDCWdhGY7HGtH8YrSiGPa0RXYvm2et6Iism5aEOWeEfINZr741bXCTjsZXjHpBfS4IsculIr147x9utxhTwni8ZYH/bthrG6Lfsr3hcn4sTexrdDNqEbclYQayp11Ty9EGI1Sx3ds6NLMW0bzmSpnXhPZmhjxFd+toLstCf4+giOssxmjFslkylGB/yf46EXrOlL2PZa+/fa2PUuEySTS38WAz2c+m8IjY17y31SOUWTfLvlFZrwMuT9K3aHWjPt6ton458VFK40GK45dEaGF9nqmhxpc+SPOJ0heR/1Bc4iO47CZlsY/EPOW2boXLjxJUoBZtMBkt7EyxlpaikqpxNC0nY/nXG8RrOMVQZq68P1djadGvZu5b/9zP/mi1v01aj8l9R/w8KlWPpGU/xj10B4qjo/CXVajDUZS0PkPHG4b3T0t7JOqxCgWqlWU9Zza2ELfY2jrcoZN6lVirZmMPnZQnqzBLt7HssVOOAtXWimeWrUYre1fwuTnAxpD14CkNI/C8MSlUlzsCjlXi+Iwo6mZKZgbbWYf2NtotWxX/Gp4zQwMlvqGD9Zr2QehoszudZaa+IjVxLT/Pr5IFc0qOZj7QMtV1tPw0e0r5dWX+sirMo1+J4hBf2NFGHKe12QaLEeoz4j5wlNZB1vNCjp3oGeLyOaawxB5sRwhXK7C8Sw+xabG9bQgIwb7keRT/YprvZFNoh7LAyTvbtPjp3KRHZuKTR+XsSt6H16g0bjbfaCc+FJ4PnCqxHl3sFvmLUfNo/pvbeskDwG36OIsN5hxt5UmESPjZeIHOkNwb99HO8xF5/fF5UIWDNHsrkfEr5X2YThVZykiWNn/C5Ho41YU9zmfO04g8qCejCl2tz47E83yoHRy8qH1pr52Nzsn84HWj8pAXSyGGjXgCh9lu1uFwmwh8hktOFXs++594f4x/hp5sMJ4eYxncxLeVRU6iUXlMpGHuFZZHPBqywTTEP/ycsR7CiAdLqb2IdV2PeHjNTGpJ5GAkfywMmewai7eLEytX1taV1bOc5CWqxhE2a1erANtqvJTKFnhvqzJi9fSZ7lgTylqjfNaKSPPx9MEaTK7mcqQ9yh5tm2iWnrvbPeCjnV6hYhxjWVPtKRaERijGKeYNs0gtRAmaUDuKPOs8V1gnekcnukA8sxMhZrOZYRt+Gms0axQkUZFctjLEfnO7aZTaFI61afEDcFivKtFRseayUjJ8nIqf2ajku1iBpTvWjX2NOKdUbYgAY7p6hT5Xx1l/SnjkhOuUSEwln5F5tkQdZ7PZQPiMaG0I55uf29GmFN3tnqYOH4J9IVnu914wlehhC7F9+yax/ryjKsTnu6dthvcJirCUZumFwcuyX8b3jy1TXPJ4a2k8/tFYPE3mq83EPSpQJ1iOMTvRttyhs2+mXtbnlmpCxehtWftpS7+wXP8L5e2nMdHcPuecBRk6iLJHdUQf6zMkOhlxWYh/b0p96HFjJQaB5beYJR1F0TNH9B66fUJMbV/rY/0YNWPUg+X1fIk+v1h8pfqAqK9NImanY51kH9x9Gea5N8LbgBuhqcidq6R3fn9s357dG9md8c/swbw/svkeHRai4U44AP2s3w3Zln5pE+hvzyGHATY3A6TDCCqz82mgZR07hmLBLBijOBSDbBNyAatgpGLXvcUj2XVvjaAp7C9qS/Ed+qPcpuyv7EnhKdvJNvJJIM/GCPqzl/iWeh7IMovPb8V2z2twMk62fhcPEH+LXhKH3AUblMIgLKIh9mjDJRYr5kUfUy+J3jzF/lq45wJiL7VVcvJcFuT9AZlMA6faL9QCyvZgXI5182PyXnHsQ8mryPlrelCdYG5RK8y9faTyaBpqk+hnijHMRrmO1mG4TSFJ3o+1FzrRCDuFHK7UI62T9/uYEpHKuK1mmaxhFtvkibeRRN+qzvi95gsmvlFxhGt2RBZ+9Itxmm345gCxFvD33lSXh2i7ueghEojOlKqTKF7/OxneTpeTjfGGCBU83Z4RxseShp8LRr9jObOSzPhM7+wbzrJMvvXYkpf3uXzuORjDHUJjG+HPP2+HOTPIRZx3KZXzjr3TBwfv/YZ+GL5l3mNZ7IJX2WdR5ZHkYn87n0J8Blm8ZFJ2r4zXs5KvjMV3Eg9bIfg34TeWPWN4DTfC03cUH+np4izp5yPK/5vE2UKVdzRoz4pvHddlBGgjeuEsS0hZbr9ZBvcfIEhUG+EavUDoKrgQU2kcbRVjQJG3TqQHFOEcW5h55z1Y2ulzbA3SwovKQn32onlTPCPXUmF407AW77muZoP6mFYSzxdhOFLoangXsi1onIzH50O9UWJtbhGf5Ttk7/hcVfGwY9mD71w5kUZZEq8gptrKTFarKMr4P4VX787G5WWayNK1Glt1ROG7t3kVSLa8O3P8//6x9MZcdVfbV9Yb2lvBIjloZ1sY08qLYg9k76OT0VndYhJYGCxMPAtsLdvZVsb211x7Gcc5Zb/BORFZB4tjjinCSlWP5vY8W4/HRDLnr3sv1iivIq/hQBpKrCfMMVHGykXUEuPYo5w4Aitquyjjpd4Zy1CF8+0Flk8bouw5GflS/a+dlb6V/7zz8j+F1h8NGMT27VEO3U608O/kym2ExrhMPYOYxv/z8kwcB9NoW/oPeZLnEz+TmSV6RP3fsG4twwqtlB3LcSycX7Y6k8n1//V1/U/Zd81QYRvhQltsXaa36yRPeB+kbT6snkqN8FvL6/C/Y4/+r63jf9YaVtpGktfxIjvGXmzHWoQM+h4lIbGUsE3iEhthqZxlcJy9MZN7gp+w/DIUlyMP5drid9aXooxXTPT3PPFYZa96n6H/quCR2SyTPzMuKHoy1MhHId2qmws9cJbyfNyiI1pYF/IaRJI/58WokNjdkWJ/zX6Z4/6HBcsq26GjeM45uEB537Eq8So7S11qc28OyHoaR9Judp13lnlfMlbk3p3Pyg8FF2uU2bkd4W23ftX2Jr9WJTvdGNAoZGnmspdZPxuX2/H2K0yw3Yl//cry/4vE66ktXWGtSI+z0ZQGWPZ6utKy1sZlOF+k5JtBClW22nKb8xW/WaA60Uqy6GPvwcwcSZ/fce6affCC4RIxzFNsL10U5DiWlLkOl2ONoAmxTZ2tNYvgfXJ/b1vTKeYgHX0/+ne25Ic73Ub24jSuEsvHOFTpxVL3I4oyqlqx4zFd9OfM3ZpL+Wyo7KP6iPj3XG2zHieMX15jvd/JdMFyPqWVdLUtQI3+NJMRlK1HVViNKyXbCrfltZN5iq1jnIe2Kud73ALnC6vR3c0frMVEm5Vl4xKdcqi51k6yteASJWqy5fxj1cTPuK63dYzGZrrOcpx2MXprLtnEHmZ5ViPElc+KqdQNU+wAieaep5agDF0wlVFjmYE5YST8f26RUVe2ufiRpeQOhOxoWIblSNfHMrm145JxH2Inrhbb2HeSp+EUnZC8Rtkv3aU50yiXu17sf6UyC4MwhNgvIzs3bHnnuylqLMfRRfrrPLUYbLG6Q1D2abY5TtF3q0mSkZlrJSXmPRVwiAMw3bLXxg02jWbIsxxB7zDMzrCVopl+KhhYNRorwqtqNabbdroz+bng0Wb3xGjB2CaL5joOr+ERxUi0FYSxDWptVQMtpGG90Rn9N19+L5abAdgT5FDBoZvAt+r1Tx+JG2UKtzKzrOXWZ0rMtPzsOc250vycsMdpVIOzfR+obrTzVE0OfT9J40TnfFoybPrc5FzThtwn/LsIN9mb7Sw7W+T7bSHa73AF0UWjVq6g6FYL76fJI2qnoxZSmGN74mj2C7W3Wu5FEb4zc222xG02idvtHZZjee60d9m77Vix/npfCI9bRN9KogLLDIHbiWzt2Vn2GUl9yRr55eT3AMMYY/+AHhyNeyz3xeJee5+9344LeSluFvSoGvOswwM2dzTxwAn4zoeL1Hq8LraL6EucOe4lVYPVeEmlhd44+9mDtsayFbYNHrJlGPl3M8o9p5ap55XvaXeab32e9xrJ6cdZ3m24qyK7X6K1+zkoB91ijskrzP4bDg/bnrjfRp4JQwUzeyhQG1NWTU5u95015tGSy7faW3tyvpdFkCJKSYfbYmoED+6FrOfEJHrEXmO8ls3tfSSRrrODnwRzkxhq4LCM84oGeuJ+8d78vRmNyzEaR7OkbDl/42OCrVwjdO3rNwdzzzQWCD4zGovxkOxzxr9aaIsOlEJHWmgX2SpspMdttNI1GCfx8f3l9HjCPmmvNouljSX2j9bK2P5kE1iqGpnnBaFsSh+pBJ6yxXja8lostf52im54xt6pxuFZOS2X2edseRg/jz7iC9H4K9AbKVSr2Zpp6DyRLXY371lsM3u7zCmCTxxCzDOOp4gz+DUg8Vb9KOzXXHnkCuXf8E7xNMUc7HmbwAu2nfZPohX13/YZd2ywDswUu0Fh5raE60NeS1+2KOyHF20KNcbiJftnOwNvCJ35SK5sT5uFEp3xsn3FMiLyalhPrsOZ51ki45p/kRmeBUaXSDG26IS2XlYcjXlDpnzUdvPMk9es34W5u3a5ZY//KwVv5FlP4WP1un1DeBDHJU8MOC/PXJ0dpiO65mwGXTJvs18r22W1WmKZvjnEeU5kb1bB0tgr1Htgso8++1z4vlFov05uf6i3xwdEdZzshuz3W+JN62NeZabJyfnAHqmQeXF4S+xQ1XCS6z27I4vwtmWd6B27wjo0wUh1go7uLLlbJcQS9hWKJcZgOV6klOTjuoH4nHzX+t3nczq9Z5nDDcjQ7wJU43q90npN6ElaZcdhfoilO8Xsbu34dIpOBi53tPG3DCRsLnUsl1z848E46jg0/GbD1mOCwhab922J+FRGGRa4lc6SkZljgD6wH1q2IK22Dh/Zj63DJ7YvPrVJQWY5d3cvLMPtiFqrx/uWZ8Lf4JFtke+BmJyTY/8rwdujfcbch9H28qBf9kGd5FdZY/14C8N6fCGaz2d2bA7PjOWsBGtMnWm1dqFec1Rhra1DQvsYkZTEibCPlZ+R7N8+em4fpPC5dfjCUoYf8Jzdh3X2YfGz3Jb57tfogi8ty151mj2YH86c8dkZt+In8J1oBvFMy/4dU7lHRLO0E/Xfx5PXqxrW1FRS4s2juWKZz/todc5gqlXirRa1n8J6mxZ7+WB9D+oQzQbPLmeCSkiGM5bOsjSbHadfF97T5ZLl2EsPLDesE38ej8bz+xK5pSLwBnysojPBSyLjMDrzZNezLss7PSdZn2MB22Cvs57XNhMs/xchT573Ur9fejhaNXx3v/1Eclfcb5MhI1X0bc4vsOtT3ied6Fr6RBfJWHyEgLdZZFfEz8Xue5EdQb6M/qugwT1KUQx7Vm7jueiWOfmXQ2tPbVGs5hJagY3qa5vd3dE+/cb6+fKIRTFm7tCqFqiW2GidaLCs224KZTpjKfbDxyKlsDYSWXZeMjvbdlie+lbKbbbfWabN760TKeuvtjMcKsHnyhbbThfahOQpZ9/UJM4y/jTk240WB6S7PNNfrzmvV9n7jMoF5WCfby8pemTDYycHCHrSAT/YftKTlnQpXUYuE0/r58/l0MwbQQva2Qs7W7OdToUZLdqlxwU5PY52e26srL9NzEvk6cyYsvGxRBY+RrYJ8Tl9PfiuJN/Ln2eyVGel+AH4m/U5n4rCye/LctanrBzDtwS10xXBIubH2RuP67IgC9TiR3tiJq6G8y0VYattKtxxq/VeCOJvZ30mJ4fzsRTbbfZevCyNvmgvkiyApcTc2luSJ/H9XuZ3KEAF4KJZz9bzpUrUxIxGujlEQziQY2SEn3pvtPnE5zB7cvQI88KRkVq/aN/njIYuTe2zsgTeV93C6e9jLyqDltfwxP9Y4jOW0DL0MDF8b7RzmG9fCN+tlJvpqrFZlYBz5CZ2kSiWQ7k+JnceIsnMhm/yDXLGLVfWsbxxsVBslubSeEM7x75/fFvBzidp9jYgL8M9qa6kWokjOZGq5KzLc7l3AUkef4nKrgrl8l1JqN0YjVwcBU5ytDo/ipa4Xvw8oi+wp8cejr0+2J62lAodhbmhcJfarnKO14ML6Hy+Dcowx2jsLPZ0kQ8kyzLlaC7SWVMqclxiMLGcmMWnOCNKJ8EpJggitBh7OY4KYPzCPyfMU7Vo4ljbXY24456yzytHthSItMLRgHN1Wk7IKaoMqYBtlYrX8Qq8KrINP2vqWqoOVOxGm6aO/+bV2ttFvkwbpYzX4SJLOD9pjE7ESG8z53mNR+Ji2MfNCLlXfE99zYiSNolvRcMTKR8LBW+bHiKsIvyLZ3Nf53vm8Yfm7ic07yc07yc0ryGa53fF/wyel635E6L3X4foVWE/d47l+uwn0408R0s4vkWM16EYz9g47lQ/IYClaOH8LO/vulF0x1v25OI3LTJSUzW+gkVz99+NGz5u/xFy+Jz978UOk+6/Hjts6X7CDv9/ww43qKgUt+nb8ChFOf5eK8mAZJQFz7RctOMnLPInLPInLPK/F4ts7jjaiXaDyWXxSV7BEsUR6rlIZZtwSvt7xG+Skzxfcrl3Ea/eSAYql9wcu85Lbmt+dvLx+T+ZE9+nf5VfcOk0rMvmNS5r8NX/2xHV5kHa5VW76Cd89Sd89Sd89Sd89Sd89Sd89V/GV5vSVLRyF9nWziOsu0dXV8HnXfSYahe0cdXW46kXmXzcsxOOuiDgqJFH7WsSLXcPnNy8+QUs9s7BT/9eKc60y1lpR1ICq6itu5pY6zyRDnBDhD/1sR7xOl8kRIt27kSMxVzxau2CE+V+zCiHoJXT7347VzIvj9ft3SYiPKA7uNUSV5SSG1x9Nr2Ojv8eLytyoLM4yI3CeBthmiWO44sPdgl0MRP47KISez7fVKGSEuF+neVcCMVoYTmqNymZ/w6UXIcxTA8nSJKm01HU3i3GIY6pd7wl/AlxdHIJufu9s7Nyj8vJDfrAUfJdXFfncKhbhQIskii4kXLnG8fiv6kTcgfqUeR1jOlkcZjz0dDdXAIb1Nkc7+3i2GaOcK2cz0Idx5Euui3pKOdwtCsKsxfNsc/g1d0dI7ullaOQLeuykLmvTDTmQmzSCZQ6h2Ndw5o8ltnaYg04Q24CrRzfrTMu0z73wmebbOWYOn/mqsI7h+Nctlz072i1XHBv72HcJ0hfQ3EG8nApLscFsDhdWmWN7OeuSuIdJ+qxQgU93Fhcry1W2nHoKSu9zYzFXdbheHeCS0q9cVik+tGJrpdLorfz1JGNvFhIH6sUHlFcKo5fuEctz/51lvMP+/r3B01wNY5A2b+FuViJJO7jLlGzDWffeto69HUcZVmPJ8Rq8CTdqRyq1Tj4/cBSss+qdAxZqdvPzTaDZG6GGB+ryFJjEr90CYlaPNLthf5ugHtAlzmLge4vdpCzGOw4P8uRbmxmnjlHywRYnGcT6IoIyyh3zZFyHhE63GTf+7W+gVhP/JX7FW4U9OUk92uJBoh62ByHm470VzWXeGfkMz2aeuV3B2ftHgaLk53PSXMgot1SYR2GuOkUxyBzpFug+N+CcL/DXJziPH/rQL92Vk61U50fyVBnMcwNcMMd5w4YZPxZySs5wo10p7n2gY82JYfTXVcQznBxnOl+4xKZbJ+jUYyzXJW0tzTwJOb3Z7vuJsoiOMh420IbnOPOda2swyjn7xxjKZ6/2wbnyb45yfGK9LTr1Pkut8VIA2stYyzCEXSO43XiyL+5uMBtk4z7jI2Ndll8zKLCeYwsd93+z6yEx2X9XcSLVSTbtXKt1ENUFXhKT2TnyN9ttLs5qseFLu0cfutay32vcVQ6X4PP4XpMFIq9RUX8iWWzG+h44tPQ85vYThyHc/EygpJLv1HeFLkZFRPpIkcN1vRnZFFoW8ppPD4gL0e6auzhxriL3QCR+S9wVXJOHelYo+kZIpV2p8n0zGgxK3Kif3fVYVxA3RvqMe1NQz1mi22GaD+PDbN2pNsbb5oCXOL4Btlu+ARpyZVEYQZY/mMe4rMOMo9rOEdJnWnBxlBN49ws5a1Vg+U2tOje9yPd75zFHSqNhpIUz4NFb7TEpc7hrjC/+WjlXKZuDW2SvJGluMxx7MyBarDlPGRzA2acxuXOYbzQygSXwAxc4fj2GkaVHzM+Tr0RnsEMLEGV3ORTJ1kD45IDqgpp7EGGrnRHqUZiZ/HlOfaXM1luCK1MVpM1Py+UX5xHaS4mUnNUudmm2l0gVgRuwZ/VjJXLLfLuKne1y+LbaSygBYrbmRniSK9xnMGmRjj+UPqD9MJJq4WYikpkb2fj0hOdzw32Gl3rHjE1uFdFNwJFfOEU0xlRDqI4rnIcxfyg+UD7PIkevxipn8ckNyOTJcziAuUzrfq8UjGMNOlwuxRzlMmOrWr+TqJPJOPcSONnwwmKFcMW4hpzdLRPo3f3CW/0b4vwo2FKjnJCR2O6znHpnfuSoEaYKja9KS66c3qq49jimnD/01i8bPkOJo4y9hR6vVtGFjVugqzCeMkkM81Nd9yuX9kayrbNqMgMVGOy3NZ2nbox5KTme3Sn4gbnc2zXhAzNqZBjm/VVK950fjajURSgKU2hckyVfL1D6XoqCpnBizKZwcsb3Obke/SvZQW/SHHmb75d2GcGz2YFz+YE51vPZjhe86vdINxJ56NC8iouR617RFk5sTg/wst4BRPgy0U2k2V2pvMnwxDJQ8JlvMWHb3LaKDPJ5X3smcHlOVmX/Vp7io0yBDtEt6X+oPztOrxyPpNPdA9WQmpmI8s/13+ADXdSWRn3jS7RoP24ZDNOQukZLiWrVh1yafQi7t0Cuk3q8dnu9xiFnBC59DZBL8cMd5HiCG9/S1ETrEeBUFs5bnIlmW++jgLc7AbaKsnf7unfv7mRcnlLoURIOsxys52hfz73Uebpf3XmDe1u3mfgVeszTPvZGS7609GqkWTJmoFi4Uf/6lpEvNDQcIyQWkk8ZgrDTWD8Baayx0zDu8Mmye6J1mp9Tiu+TxavB/6ZfbNrm9l1nS3rOtvlrqyh3HWdkbOqvJKzd7OSMVlLzgE7R1aTv5a7llx3BhLwvYjWMreHvJ7PZvI2+3LdMMvxzV/Z+fP83p+92dqr8JSqdbc4H4Ubk1I+AzOP4RpwXjrmcetQotoIN8zeb5sOvxgV/whDGtBtechNrTN3r9ZZHbIoTg258PhbuV/iOj9KVg62BPn+8reLxeLPWY26UvTct8K6B+PmjIGzJSd7y/mtbq6bIXQnmTJFk2Rc+RBXvdMpVY6+ckfZ95ozDlajAj0wwXnNiXHo29w4ObP8WeQjW293g/WmzBj7yfnqs0mncYcrF4uYkR14X7j98zLtcKbkZvA7xWfq9nPAp84mJNBXfm3Gd/hUfSXYhxFpibnFne5TJCRjdENLwBjBvXLnJI27nEO95TtLB2ayU8WxFePwBXKzB1Mmf/B2rFacO5gzB1O414zXgdudLyNg621u1uDKTE5+7p2TvvJ8MF52tztY7j2sz2n3LhShs9w6NkLyqu8VMgv7+hZ11lA2s3DUKvOLKO9yti2eg4m4xzFCc4H6jHwWwXg4i/2c5tKiy/yVkrsNK3AhhtJiODNG8kNyGZ8HpzqT3XdMJgd8GlEOXm6f0aDbNGG54vWMyy1440L+96mS14fpJJvNp04oPJ5DzYygvRN2SO5sjcFQ6mBKQq6zaK4qkZ0NnuF/f954HfyM3et+UKOEAr4J/LUK94kMxzxkV/nNc24uVyz39PEd23wr4sSw0p9TNudeNe53BWGcn4U7auY5vkPrAfege8gVSd9KMd9xTvaG92/l59y7xfmVGIPM3qX1bMb2/LBribMVnzbc+nzXO+AgPr/NI46RFm6RR/id+Y3cAR9xF9+zmTl5qAYGHc3fujfFbVK+TF2YRZ99PxlOzRdULUrQSX+ErFQYQzsXtcIzkgf7b31phaxFiTrU/KOe5n7F3wbEY3/YcbbFL8VrrkugBb4HiWRtt1CpWAZ6SFbmxSH3bXQbfUSXKTzqvM7JFtPHRCd5JKzdfPcsCAucp37O+pofbgpeIVR7MPk3c3Qu3foshdz/osztxrk5rne9n8vriekw6iLJLrDZLnSLXG7mwsfd7m/q8nX8XV2eC/JtXSxPv6rKUZnDnTineXSHVyznDq/80Oci6oK9aGSYnZaiz8VC+1fqL/CsjIaoPT3h8pHNYPYF1iu2BeXai8bgeVj5a4Gux5MusvYsdm0FEXvSnUFDibMKfa/WoaPm/GbbVBztw15ojTQtcdwiqZTcR9qHTqM/uj+5p3U/8iNizTDLF/oR30ZIql5umn3KEYrxtPN5Jp92jTBbe7mArZpPuyKp7QJlR898a+wTsdQNINZI7gp6GI/TP2cbHEtxTwfJPdorRTLXTzsuvRBlIvPy/p7tohGdL7dH90MJnnY96BlncSKx5vesSFXz9TLXD8+5JVQHvr+C/37OleN5V4E+FOEYPBLONv+0G44XnJN7RFOI6TW6EE+7Fx3v1VZIoD1xD55wDkvcImqGk0xftZLScgv0S64J/A1pMRj7hdxe2Z5Oo+jmkSp5zivQnryNkW8XiFPuLQO5dwy0Fqskz4GnMd9uInOu/9l5TbUevUM2RUYmmGPveseA3w18d8DLrtO/cX/AJdRaxvaKy71BID/YSKPMUWx9eNU5HKH/4tgGUS95aQ4LNjHGVw6gehRQT9XWsW9YwvLtZk5ayeQApXycYWwDm+xrbiyWu5PMOor2I+fmO1UVg+93L8JrSOJ1twFvuDpX7950b7m3XQJJYr02W6YDRWXecSscexnYUOZGyWzN99AvyWnpXfeee8vx/QbZJzbze6Xjm7NWuo/VKveWa5bTx/fDeTdE8Hg+p59nhELej8MHjm9k/dAlYLFaVrS3/cixNP2BcyijND52XC4pWrnnbxMkZ+knLo797Rq9yV5An7o1LmthZEn/CmLf5CupHmVir66iIcEPKmtjjG5O9WdwW+HDg+kxuUGnX5AWe4ikn10x/spFZgVOo3oMprE4nRJoK7l539EnhayGrRHlBB8sbZ5Cn8lOGcxegLtpX27oc5cQ38lxaaDJxuZSsuhMv6VKsriM4vhU+O+Z9Bs6i/LpbMFbu9O1SOAcYj+ocykGRl0/d0PpIsN86Cy5CfzQcDss35r8hYto08vhccmSOgLVcve4l8POpHXuS7febRD70JduGo0ki8+dv6fieMUnoMrRITzPZoxvAooxQ/mTMY6F4FvHi6RlRkjZW8HztCPFwviVS2SyKdpw7wXnqvX1F4KQt0P2eVPuPDndNZLbWoqwBi7gwYSvXQzfON5xGx2j5T/DRTaOcZZvsGuaI4/6t2t0LOceGrlzkliW9He5r9EHqjmmJnMfAHMYz+8Zc7pR7pDIlzy4UYm5aOcM5Vl/c6GVu734F2e7yxMvu+jJJsc292p8lEET+U6mb11JQBtrJUedL+s19nMkW81Eky83fYzFg2qZ8feBR20OpRuIrfnNLN8jy/cQbnb+pkeOJnmcSqWvN4oNK8q+s5b8/QycRYixxtvk2QBcjatMlFmZe8SeylFeZc57c62s1xzDufa+pC3Kf2ctMSa3zPC32TedZ2eYroHP9u57ws+aywnlcyvm5rReoyOcY5jOvY/8793ixbLew4Zz8CVkjjxKm73Pi9eJMwhN/5e+4m8957FnEQtqkHU69zsN288P+QE9Du5xnjnGhjsLG2YX9Pe/c45BXyqbafAoecc9+Ef5BltiEH3nvnfs//cFhunfuTRmWH+Pe1y8CfheIM9VW+KvrlrsLzHJpRjdV7tUMhoyT/Xokd/Jk4hb2Vs0GcIwzbv0ZKoK79jiF6NEqMF7nTWSz0ESB8J2Oz6/v8BcDNN7YYvj+2wIk20s85XfK545f6ukx2M8BsN5xBN2mCbRdfydn7wPuf77jjPyX2tJ7oHl/n3i2MOoE23SfCvGba6/6H5Mjf7GyEHiR1Sa0f/W6NHENOx17rxww6lfN7Yh+53BumdtyGGe9YLhHdNJ3p9m9g7aNtNuNs+qFQk6e7uSDflV98s8a5ht7DTzg8ttx/sjNM/cd2TljGcrLssf6xxrpSypeul+jfZaKaNGrMNXoirca2ulLNNkQbg9d6bIF3yL0N9cV8U3EHSl2n+I1nxJvmYuwlQryNLkYH3g+YjwpDXa5/gqxNzMzbELd8JZIoTFr9w6/OjO0YzLbHWJzIpFXmP34Re2ndsKwo/Ol2BqT9IqJGmbY562GE/q8Xq787IoSxIjCHm8yw5Wbxh/yq9hL+a8OJKkQp94t32uppJfd5aLrN5PdzeMpvhvDw3+JSqviURSLURCKNTQzrV4PpPE3GMWCHwj01umzrLMqfOMZJZvSR1hcSmZvJbEmcMmwOZZsfU+rXkvebrnk5dreClioHic8Z1YLo85DH/Be+B0olWZO3mjPsTxlPJ3DJ6a4Q8TRBI9SX5v1A55ebzjYiGj+xO6i3xtHVLIz3tIx8MXjhR+1odYo2RJk58SppFFozzeB75UHAV5YuG3sbw98ny/F6MwT+5dQR/qQLyHGufxvuY52zNvtGrYY6uL8tKSC/UunZJW65CWf+/SC9TR0vtv7D6S25zLrsbRIh+w76SfDeYFI4QCl4d+vSved2+bCeC55DXj2tmafH9fCo3NPsrrBIS98ji/m0dkfBvrsFfeanSU+659Ftcsz/A7oSn+d9yvxhyxaJcb1iw8T7PY4pqFG9Y6EXsMj0N0TmYz2r1imKoSWEt/tSyVtaGRdKQluHAD9Q/k0IT3Qp5DmU2gaR6J5rHzuB7FML0AMSwE6ysx4T+7y3bIo2IO9D+XzzArUbng7x8LmvrOOQ474gXKyulrdBHYRn8leWtzrZyBpRRHcZ4L/n3eSj8mw58bI6m7CkLXW+2dl5XuG3oQ8vM9tBU/wmG6Wd4/vylzLZ2jT6OB4e7uyGIziAZwvkLN2UTH4i5dH9BH9vD28W67uyuzWSjl15VLsIz3oPZYhbeizgu+odG4mCcxdtGCPM9+ziXQkc4nj2DUY5+8OjRstwcN08yX7tDZO1L4jvN984rBHvfzRbr1/tX8hZic2FUYJnoKl22N32iLNDW8z2xY6NPywE+a5+2XF5e1ekgxkjiE2kh0JFuCV2t+M9/dHnDBtxWjgc0x0/g2IowxiyJy6VwUkffeRneA8WgIv/V/L0YiLy4yQYu84lCPsYf98zYrlly2kEfo1vwP9t483u7p6h9/r70/07lX9HIS0Th6QxBDSMKNCFIqVJBEpluiEmKombgNwkOpmxZpUgS5MSRmNZUYQ5OWVg19qoRcY4WGGiNKgj6hkp/3Wvtzzrk3ian1ffr8Xv2D3HPO/uzPnvca3uu9fFvbpeVr/31EeyR9JCYL5mVpD6S0vdQRC3OMNFbVU4eujmcd8ZppyPtO2Yp6BEvlzM/0QxGVH+v8z5Yx/kGfc0HzXTyLSyqB2ci3ZYLuHGzXb8h4/D6wRfOePznsB9NFx+o6PFitq/V657FW+5b6WQld064BIcER2CCl/3nrUBv9wIe7DVPmtFgG4lK6pdTFHot7iuEQN0o31hN9Czzrc92Jmff+1brT1e7fRW9K40q9lsVnOY7C/4Y+RJuSd+SR7yZdcDdWzmVtefNWzmbN0fpi2ayXV9XZtsbVozZsxRsCYZPUUBkVDxexG3mp5W3yYyfRKOmeHuouiDZNN0sTTHFWityuxMDYKcJMLZY7O8Hmqd0VyzW7ZqrYjnmaTVwiYhkuUom0VuXE3V0Rg9WO4WE4DeOLJcP/BZ+buZzjPFVzAj4oD2s0eiW7AP0g1DaIgPy2MHvmZa4T/h68P/TTf50a69elo9o8/0dD/XfWUJl92PxMXJ/M+3OXe8eNUEv1GM97cmFV6dyraLLH7LAHK/5V1jEffyp/w3is46QlMZ3mqqBPEHV2nZ5CFVxBJ10xdlrNw5VqtaOcvEVqMlAjrvBNwc9a0TPz8/zj5BN8ET3Tap0TxnKoeoSfxWNai+WW7o9qfbvPv0zj7vMFdO723uVPqnzLQ8OoUKvYJMlvvmbllxfNMG3ZSXqkuVeWY39lWbN+OYxwe606UY/nG3KR1IG3Rx+NMW/EB47Zc6c4K2kzGyv+hOfRRZGEdjFTFXPzbJk2hvPDZnZO+S22ElrhHVloPkuHvzq5eyW0xBLNa854Nuam2kk1gYpuz3wX+dOjJXOpevLv1lzgtDweL0vxHz3+P3r8/4YeH6+UO+n/n3p9+37+R8//j57/Hz3//4aeb3GnbMdrmgXtJypRTNbcyeMDTmSM76o3zlYp2Tb+FNvTvO+p+/BWZz4WygJzytLcUJ0p/kb54yTUfHoKX57YmVFERcufiJ7p7cJ8bcNAzGWu+3wcz4u7VMkKXZCphMFWXZWIxuKYVMR3GJPGeOwXJeiVCnqnRcVu8awcG12nbCu8Uey7rdNWPcP7Y6xm5X3NbZMyAn2Mfx7d0JAK+qQ1inQbpOipH/t33LbpUo0PvETmxudE1vofJ31TxredE/1Rtksz5L8U0Tf9DiwqpZPGa45uZ8foXxVtwhXaCf3SoQErsH240VuVnY1aT6Oyq1RyZg/Q/9rX+Lay69j7BmIPHf9BiMUypwxSmXmA8nawfcz93i8y7WUq+ifbp6L6HX8jZ1l9yOCyJ07EZP2XGKL+4dtdQhsS9fYmGu3Nt1sfclk+Rg/XCce68xQPO0klQmqbRRylTzJGu5viwpkr23jQdtFap2FGlGcv3CHlaJTA6IwdU6KsWWaEt3Oif9oIwyceqRkPN5Q6fDtlNOVG0k0lj/f9Tmk97ndneRs5e0NPsZaYBLtzennAJDOuhafCArkFNfhOKtgljREp+vM8xWqPloGY5H4t50axlh2QikZrc55Kirp8Q2eiiF1TMjQuj2jLSbBbapGjHEVKI7Xl3990b7jKb9yvlfgg6xfHJ9EsjpVn7nK1+G5aQv7kiQEjuAAJXqRcFZXwZ/+q2z0dmEq0R7pnypppzdgrTTAoHRP6m+Bb0a2qM64lg1Nq40PSgK4I7yKXVc4lYvjDVTFYjcJ+annYX1cLV9v3dcfsndaHUXchFq0WQ1Pajjrju+lo/S4KUbNn6/qwlTAAx5Z5wOzkJr4j0exNbPUYzIjs9xin4rSqNcbf06pSw9IYw9PK59uiStQcPxMJxFyNI1LKIFOjDXw1k1XvaGSa58ulvHCL9NV1tavbxDPadoPAatU/uUbjEvsnz8fXBInoSWFmZVupZ2OOKyr+uIjG9BR8HM+WPmKMgqIznI/jd9NTVPs+qw0XUi5lOORzwb2QZ1x9RF4so+uN+2GG9vAA1f7NbsbYCq7i+eXzwz6z/AkR76ZGzMTlqOD0bYVcUaWjDQiccFzRPQJ2KD9hTCccgEbcoKhC1lCH76Ux1o/XdzUhgyefvk3xNAmO1fKvuJ0kkyHhLso1sL95jgnfOT2mlpez6hUxSm0yHIPuSX3IsVjEPmkJC/VGZGxgN9lJThLv71P732DGmIZndkpnS53e0APcpT7Gfa5DxJEcLAtxn5uoq/dvyrMxWDbEs+451zmg9u/BUsXfLUWT5ic17GyFV4lPVKIeWrV0nhurOgJiAPol2yf5mcBnlqFW97ngI3yMpXjeNWk5MqYsN95JPQFb5SXFXA4WezrPbHtUyGGVhd1P6WTftC0GvhRyjtrnueEcJVbLYjeyMk6ZWlgz9kj7przjRunYzEl2R11U4R/KuYdsFx2p6+JQJIiTykk0Km3b2iO1ndxx3OGdI9vzcWy3UiPIm5T3gPuxugf8jWfKfik/vaQcS8Zp9YIYg+K0iOuPfdsh4jtNCi3qkwdLB/RPvp3cF2LzqP+Wwm8b4vspNQOu1reFNt89ymcj61nsyGbbdl8kuE1slVPu4WjbKp+OyiofLG1XOePdKxl5c/7WP+BO3IN78SsyIJpErzIfI1J7SYz6iHn0LuF7w90f45GoiKtdKey6R+L9U1rZOZ+7w6leMQT5mUt9qA4/RjNGp99OEuxN23D67YRxDVyFAzWqLw7srkXNwhpJdS3TtNyY1Pb2xC9Z12ZCdtZikBp2Bzkr7taMxI16W8xWTtHqO4xj9KLL890PUDypRjCnvG0PTMemzTgovTtIfI04OOWYzEHJJdEHcYJD0kNTroMfpCUs1Zj52fKhr5aYqjHp1O3aRjGbXlodtcyIKdb8P/GHMTXxUlXc2xB0Uun8fvdIXAq5HQOiHDmi3M4JWoPZmuEwTdV67ZJcp+ZYr+NKOCw9PCUnUn83LBbsmv5V18RiZyxNlRyBjMMkh/Dz8Wah/X2Dbmy7vViWMCu44pUxxabp0wdRL9vFq2Nq2i6eJdYKvn8oXoljv7aM1TzyrRgreQz2WdE7blb8ZCS6t/NYoyNS5jN+zR+Z3ueYuZCoXY4UWZaeiO5TbrPWqDq6iH/RQl6JMtpF+W7MDhNjlOLtLRKGFrRnI67a56JKJEzCqLdokHreeIcelTKW6+jUMty/49aWO90mIdahiEMCUpenztFpM45JuUKOTS+SYrSHrpnjUp6fp7pxqXG62ZnajOPTzollVv6VvIScF/dYb7wTrKcJx6Y9ZBy2lBhbySaSx9Z0Vr9d4MdOR2Jo8iu/8i9kOq4tM7k24373RHi78S668kl1RkJcey4xJpr/kiepfVuRdn7rrg9yVb16QGtDuZz/YSpKOD6y5+wmWM8LfqjyE32dXaKtU9Y9Pk0wNTKL3QnpImwqHfyMULNy2qhcz1F4ODJ52KImXoIx+63vTkxPSmNMSE3+PzntXp6PleMrjkEtfpVYyVKVtEstrXvgruJdUFIP6ptuIJY6azGfsF3fEa34q8ZbHBYZurg//is6Q9bEKWmJGkI0W1keciz3NEd7T6ewU3MLUlEllGoLUga+v60FqT/MC0qbEHdNTZSgWfpKJ+SIb7MUUX/8r5QRUX1wavq6VMdEJTgttViqaVFfGRhn6g0iDntN/CgtriSV25PFwDfV1dFncnpK+0Rnrdtq/Y3uB751Ms5If5wOdB/IS3KmahKnppQBZuN4NKcjdFwEpzmOxEBHTLlxF+0ZWU19wRGi1jsx/Un60zTBWWknZQun3Wew9rsaeb7mp8+dnRonzDlRJ5yTTlLN7Gf63Y5CaWIfn//O9/ENfTDQxWj75krNo0Ldk9M1o02Ut2p/WiykpxwgB8pZnvPTth+rwtnzffslB4caBqJ/MiVlPfzr5+m5afUz56UbSX5KdsWU9Pw0ActMTRvL9UyLjohfkMGR4H7nfd90Ytnju5HbCU9gJzwiD8pD4bszIn6eI8y3ekG6E6YlO2HnYCO5MCWO/KKUthL+Mi3lty0pa3lQpqdWw8XhqUck5ztnDZek58bko9wZNThKb6tC2UZB2W5ETPnu0vSydEfeoHIu+mNGOjOdnyS4PLW/8vV5RZphWiTBU807lRnrr0wrtqy+qUk+mZsRVmV91WkVY7nGh1B66oFRuCqlRyzHQbDuC1wRZH9ijX3TYVU+8iewILk6vSa9Nr0u/UV6fXpDemN6U3pz+su0rQ3xMRkT3va4zJMnxCSEJ2W+ngw1WCAFTMQzInhJ/iLjsFCYhyDGK9KCZvxVKn5500Bea1NmxxD/z6hHi1SjBttTFkkGe4o2nwU6Oiy7cTQh5Lbl7fCG7IYL/C2pYAvfggGuTyhTCDaeYtVs3pqOxAeygbQoa/hHMit9WxbLO1LSZxbLRPyNuetlPN6VV7XFzF7wjFjrmjRquagtN7vqjtqO96QGGe7VyL+lWup9MVn2A/lQWvT7v0uLxsF+IK+I5Zp1+B8pgT7VZbIjPpJYf/9YWGZ/9JN/iGC5kBlxsZBN+mxc6pvwR/cXCG5LR6KfnKKx17en5Jtcg6ge9JNL/cEQ0A9Xg5EhRjbP1Zvo5wgtwRee/9aqlpVe+JZPVDL7hsZcMrfDJ+isK856nsemNiFzs9L3xfqX83Xw1zvSJUKG/r6SuY9ltrbd+tABKwRuMYaELMNPYBK5MJUv3bmR6CiU271iKRK1WhTQw9UQWeIn4GUX4850sfxdZ+J034RHhfiD9Vyd+oc4/pyL+bAVtBzN2Dp2cYy70kz4XE8hBvljacIKl7nJsLi6XdBXI4S3iO5Om/ELx9tmdrCEXeDvSW/ytdhRfUv3pr9Km1HAWVgsZHvrkhYxJ23C3NRY1t6Qxe7ueGs5HS8Iow4vUpvwr1PBunGGxUKGBIvtZPwf/bN7owaPygTsqB4XMi1vKhzt7s7kkxps6hYgxo2y2UrfZGFP1KqPpo/a1mZ6Wgz20BuL9syNvUkDL1fJ/7YL2LLbHXU8+ghZwwCVogfAWHKJcDog+H9Mex6qVj9argW/UbvgFG+/N4IcsC04AI8JOVOM9eOSeJGL48PcfenPozo8FdgHyQd6o1yJwVKH3q4TRqJBeHbmvSJaK89wnbmJOEp6ytFk7Y1K6OLMxzce1wglmCtdj4BU6Ocos/aUv/p3k+o+kPvyBvdrIR+DPd3LckOkv00zWeEMk0IJufqM47cTdEV30n3cola1VmdR7E+5GE+7Z1wmtNr0xvGaMT0OeolZNIplK0ZWtmJQz6F8HOMv6vH8JLypwuJwhUWHaYR1zh1QROTZ94d9o7aRv20q43Cqn4QVePlTveWKJN+vcxBhHLxKoqXy3Nnc/NL9Lq0emTj0uBVkNqroh8ypMVuspz3cXx2l5X5yku5sstIsxxRXbUcZiXujIqa43IpSi1fEytaq1cIYKJ7RfBA5s/5Mn4T8HHkbx6q1kfvB5LpNpatmQe+securddf52oY3ZDv/QDrK/T59W5qdva8Fb8uDaRdH38LezqnGt0AeSl+C4OGUls3eeCTtUjVjxt2dnx8JXLyxclXQIrFCuQkWyRyMjgzLwlGI8Ye0iL005uJ7Vfwb58Xzg7+xDnu7eYpW2M4/nLbqO8dVjTtXLzFHD6f8pZ8cF7S75cHOPs7NxwfeeeLVBih2sYIHpP50Iy7xH7oYHzhGQvWOrwtaDTWaHG2wEM4zci/FEumkJeeJfSantvM5B8w49ZxUr4pi8DmOczyd+F0+7rvhMkfkxdbuPc/2dpBxLsYvnSg/5vx4LP7mSnjT/XfKtdYSztb3IkPKCPbUm+qP6TjVzQeg1n8zog70aMpSdYF/npbdC0IrjkSCg9RenQWMR5d4D7dZXFKb1vjy9x3CKurQpieZNOJjxRL+w9GX3aocvxukRT0puaKOlpyhJN/9+WlmtbQEf7BFFCWBXcJGhAy+vL8qO2V/HO6MMWuLtEX38bfiiY52rXPVq7GozSlceZ7trCCoanwSnmfk9SSs4WtU81vTf0MzLdWqp5D7/T3pqhxQ4zTmvpP/mTsXC+hLjSu2tIkqD8qXfDO1y5FYGjSzSWpls5oyrOPr8KSMYqxzyvPaLAVLXSXyysaJvFnM3FCPBa4DvunpU82xZRxfIjsvKPuEDNkpKpP0xrFuAL4VG/6zcxmR1hmd4xbM9K2eLHxD3U9limv1RZzt5uqaed/FGKLazbFulvqJNsZ5sT39MqY7Ilh3dDz7t/MvK2PfubR4xBdqj3/oNo/PcP/lYkotKmP+yB3tMiH+9lh3upsrTRjvjvCNET/Ph3GjJNrjOmX7Wc/fqrILdfiSX99f59fz1zr7zlrRQ3ff+v6xtFPYZfz2SZzsecZxpz+e5qXtJmDtxkfjEeG2KAlr1LzWOQNELa7yz+l7qsvU4WofY7H7ruwi48qxt7NkoHvTTcZSNwYJTgHzNgwNOt94TMZsvCD3+L4yS6PCB7pcmx+pJxHPLbOizFN7z3g8kbZgljwMF9NbBfX/J+WdZF7AfnK/n4jt1VczP2RGsVpKrhk7uySgahK9MfL9OxK3yTjk9hzLbxKrRlCRg2hN3tnZs0eFPWs20dGrqJFsMswo0qh8KGbzMmnTZM03hDpvnlvKxp3W+Hp/qWcNn6DC+f8QbESID3rSPeSb9Z6ScENx9f1GufHWjH6TJHgyLSnPRKK2xT740BtG6HTMT0/CRNBDMhLkeFszmuOJGXwOTTghZDcxSYij9o1opLb8pCqWkbooRV9l7rgWa0U5x35/tRH0wdrRfe46b+2xHtncUMrMsbDEwT6P8bhZPY33RDnysTMW4k33vowJkdyD3EhFlY6SlzAST/pr0TlqQaxvo2dfsG70zahHGbUyP8gePP8Zo5/bdGqxhgxNi2hVu8S8oA1uoBLdvHAH5t+RAbko+W2yBvLb5CnVd37r6cWj7PsorlGMmuCPaafUWHnO0LK0ml/v+CS5df8c5/rjAhytt9/TabOyrz6TruG+k1JCfzY1m/n05LnU4q0HuSYc7erxfJrJK56x+fzMVv1Z7faT/AtENUTzy3zHC1KemgUMUknvaEdZY7DURRf7JhwfRuQ11XdfTLeUFa4OL6mf29ZNEX9JK9LOApWmc6xkHa6Repzud3UHoFl734xb3aHKckeJ/003N8rjD/oruqI3FqYvpwtQIwfJQuzqqO0sADX7UUKOwyPdrm48fumOFONG5XOvpEXUSCda5TzlqENcKXh2TK9uzzFUDFpFjg1q1e9pR/qV1GMTHc/u0TDMkznYNKrHZpFg82iZbBEl6BGRlaiuCu9jslTPqBHDlDnWNMTv6A0RK55/WNDCT/Ul9Y/anj1AZ2aY2uetlDH6WJvnlxHoW7ep2ezotRiGjq5teWryglrXEqIcFqld4SPZDQvAffss/hrmnxp4DaA3KVfVrVX1WBn7e7G8mp6Nb6ut4FV5LeUIva4W2hXSzZXwRsqSu3kimhEzL6FZF0p4My3irdRYoQuY5Cix7hdiGfdWXp/3pKIJ8/u2qMEH8LY8p76U7SLqhs3eOL0Hqj2JGLM6rIpBqIJnXE89OW0R2KvmDWKbjDWIf5MzaCRydqDOVexA5nOZK8wjYyzCZOxnCxe7Wl3NSYiBftNRt2GL7WTvhD/JbMmzaRjmuxYPS4XzpW8VknFAZN5Aor/y/uSema3Q0+8a7RYRnfvdyLhreJZTDlw/IAcFu0cdtCUfBU4Ytoztau/J2Qz7RHlWzkv1BON9QjvTMvlIb799I1rg3pA42IO460vKxLtf5Mr2/e9H1Fr2jzLVtmnP3lFX1qPygYyOaC+zLIh2L46JKHcuhZQjGA6IBGOiJboGDowYh3Uuxka0nx0U7ebIPFNSDedKjI12iCarjMlVcWjEk+oHkSjC4LBoEOpweHS4OzSyPJ/Ui2+XGL2x6NM7bYVrwQ8xBO/g7ZTMVpN8pnO/o/JisaUtwZLTUoWhya2AndrszgPUEpn710zDtT2cBXw9z6EjIsbyc9ccGc2TNVWfXhNP6upcoauzGsV7VFR5Ww1mytER1ySlnxw3kP9KeSvTO2s8qvfrrcmq7KI93I89MxRwhsdF9BsdH8Voin4YzhjqgJyzK10jFqeDsKXL8La04J20Hr2xtxvs/5YOw7spR27DMHJ/S99yHfCLxPbv0dEP0jvS99IMdcG+SHljSSrgmA7F6f4ksMQ7WraIpekox/Ix+N0O0R2falXHi51b1sMS3k+LGOXI50KLUL37IKXdpfJU5p70T6IbPkz/nib4vusVP+b/Jx2nshizsn7IOdFT0TTV0yJy4v4oRL6cHjE/lkhNuPsnyscxdctlKSMt7sRH6a3JWlhHMyLO84aW/Fs6Wu5yH6ebyj/SWt+MT9Ll6Yq0BGSSLYbLfMa/oqyEOMvtVj9USSXJxul5/OuUu2qcjnkj0qxBpZwsa8FMOTIS3Izu8a/TrWJK0w1+PjieK5wxue2vZ0K1Xdjug4pl/BEpZAuSP8oXt4NXLNy0B7YqT1xBc/A+JSVFxOWWcn73ohy1Gos5MXyfbzPvrFyAjXpC0Sbbgrf0vsgt54slX8cO1TuBVvRXpYAWfAc9nFnQB2Bjl+GlT6WJnnKB/7os5Evk67WPrxv/wvVATZZbxi+KK3bxkmO7aBVfnUV8RcL8uGy55b34fPt4bZbpGfuJ6nZrZE2qDX8VG/kn0hTW40aurbVc3BDVYNpazF9dhb28RW/+Tz6VpC/wL7siNnJrxx2ylS3kNegcLdJS+6Usta5rAvkOmTe4E+6NKCHOxhYRdcJuWDP7Ria4wJcw378uA9xlic31bekioX57lkvQ7JYHXsoCpqZLZFpcRF3GOSKnWR3WytbOuAeLGeXwRcK1YXNcRMesU8bxXSf7vp4LnbMS7kMNtnHKdCx1WDfbxHOXLZBvZiVHO/ozkuOpNnKCZ5gBztdgIe7T23mLqEv2B0/dYb1ssWwZlzLBez7DULWNrZfVY9vgZ9vIdcJPnKj3jLO+SG7y8+O2tv5FyQ4R+doYmRkn5J+nLF5AJg/LGlg/I6Z+IZqwf5VXYGP1C5yFW0WCZ+BJzxvhoCj3BvDd38pYhnmPaMOoz3gm7osdP9P+v7l6WGm35/lUfYcNQQ/HXL9burFiWYzyU4dYhq1cT72/zeLfyw0IOQaJIqrY4rd2MT7R+2Ebl6DBUZ83e43ZNhIcAuZ9GxssN0Qo9nHbuiEALBbgIs2S09fRjrGFooLqXc6MWcR2bgCSKjsdPzein7Le09uwvau2wJnstYPLW7A/dnQdwDOCWaeex9kYqbrpt52idhQvQB/FA9jJtYD2rZLQQtCI7ziPXdx5wtE0ZvIb5SLkmXAZrz7A7er6oEGYh0SwW3gnZeESdnGMTaaszBMuAXXiPdyeigDYyzEGsiRvoAO6lqOXeSMMcbzr93JD3TB3vHSUpciz4rSA7Ke3IMZwN8KNdE1YjGGuYpd+Ao2OVubqncvRfqBcA+OuaHnc2s3Bbq6CU43R3jKtubXcPq4R+7oS9nKjXIL9nCH0v+8a8TH2d9x1+7rRLsMYZwjXz7fU0TbF8dkX54YY7QGalX6oI0v+UNeEAxSjNdYd6B5X9PZB7mB3iHoAjBvgUHenmKT2A3eYO1xtc0e4uTjSfSJHuXo04TBXxNHuGFcKVkFa8GyV5bZyZk+vU67+Io5XfuIm14gfuvFunoxWW/tY1Qn5DWPoTnRkBjzJ5bieDuE3Wg4mOGs/o+5742RXV14feWS81UwU7Sluqn5aS8a7/3KnuqOrLIenOdoOKRXl9sMBOF31iTPUVvljZ2ih3jqGZ+p3za4l2GtrcjyeslhVLKA8pX7qztJ8KjYazc4shLFa3QyJdrajLXQhGmSWtKisdJy+bYKOYwKeWOe4BJPcdNVkyXYwF9u7evzM8al5+s348v7mHai2XzGLKyPezsUUV1POw2Qr5Vx3jItxnjvfTQ3Y2jo8LbwlLtC11owL3VZgHuoL5CI3zS3EVEcJyCTUAaHvFSvtIvlALnbflR7lMvy97QjZnNShCZe4AbjUXeY6hyguY0xeu5x9cEjZ5zURW0lHnpmqv8/Qs3Smu9yNwxUOOg92BplvsYuzs6mu7JEcpdiUK91Vrqdc7erEfucv17hxiptmtnLqhte6Thr7zvOIMunZaHYxdnD9lEfBrKC7uTVxEszaOu7T2p/DW1KP6xSxt5uWFJVDcgvWDW6JnI1puNHVqJ46AyPRATe5GnRxCzXHGWu2bJ2536YeQ1xnzeNGdmS+9QIZgoX4pbsIifpE+Z4alUp4W9/oiA68xQ3FOLRQRpBMTkQTnsESYf7oWpWGxuFWd7M7SmZjlqOmP8QNVSmyqJLybSEz84O43d3hTDqehzvdXa4Fdzve/x2Ftud73L1uI+mqY2g8j2P19mCu1V9rjbQKrC5f/O/dg+4hx2zxY+Vhl+ARd6+jHPEHZa3cLczdSPy3Y67NacIc2CyR531mDNC9rg6POqIAcwt5zobbT/MjjMRjrhaPO8aMP+FyBg07fYjke9INEttfi2RcsBx0VN6VyruGOGoMNqdf3b9sfmXzueb23X3xZ3ciXnDmZWHuSPMlnlcuXWrnd+6MT7A6f3Mt3pUEXfGu1Gg8AtuymzOP8yQsdIn6m032HeKW41wYF7jdlfl9nSimmadcS/Bb1gcWD4sny73Mr7iVfcwcyUVtfMvL1eL3qmMU2e7S/nfKhBtX2btPwgtuqI5Dhtc16ud1V6/vkvKIcJ33V7tVfocMDR4Gcre85Ra5t8Mdbl6RkttArtCMid2ENRObL+ohzfHi1LVaHL2flypi4V09VZzrqv6Q/uWonD54CfPCqfyeawVU75iMJW6pawlRIwNVYjjUXYlF+BFMapglZlXgb4e6Jt3D+W/0LPPUPBtLVNZuxPvaeq5exrt+4Jj/8yjYqW6c2P/jSuX1bd8vU6mqVTNBXKjc9W+oZXhlHyqlud74xLFF9Lj1lC0wRD0hvMXmuSJuBaOaLILkfcd9sdwRZ/EzOQo3Az5vHS0hn6hPdlkYf1u7+Xn/iRviKFuIz9eYPZWzO+bezFdcDO/ztURZiP5P3hND25yC9M72k6tlt3Brsn8/Ufk18rHvov+yh4niFvl86tn/zEe+2kv6RZ5f2Xcb6ydD8DFXQJ1vcQnW8gtdDZoQ+7XVu8sVWPRW/wGaU7vix61RScByjMS+qepOWlUruUvfLXuIe0nuI84wxJXU8/kEct8ka6fX8g38WQx3sZv7WTin2JIO5XawV6KRT3ym4g3u7GOs66u9wfZcWx9wl/LYmbc095TmGvV7wow/5jO1N9SrVv2S5qOk55Stq/fvyUhd8xe4T6p6UPGYcm2u7+0X889a36zcHMU1MEfEn6WrN3uvMT40YQN/rdvU3eQ6YiQ29FtKN7+RYh1Yy8Z+Ey/o7q0W7vYV7s+yafg8Epv5zb3gWbFTqRKpQrntWhDnkfd+C9/DC3r4LT3f8w/0wVZ+E5/LcqytFGJBevpe+n7qdzYzQ/FN39s3YuuQdZvP7BYiwY6UHmEseK4d7Rr8dNXfn1IZwMoOUI0l9nVhffXxsR+tvFjb+r7+UdW2t9NV1Nf38wm29xcK18qO7hlJsIOvwY5+kWtEf1+Pb/tejJj2daGenfw6jrf4zr4e32FGJ2/SfeyXapTtGrKXY93UQBsxwCeYqgwgTdjVlxD7v+m+3037xbIWZfGS5uayb77rb5AEuyt6aKA3m37sq9vAOnrptwOxh6+XPT3zG/TxN8hcacUNspf6Lwf5wb4UPGqxH+Kv1/XHceFI7O2H+mF+uFr4r1efN6XukX55sLbZOdSk5XuUsz70FJNQr8ciNIaVUMT3vCGul4eVSI/HJNnXJxjlO+A2t5+/UX0IU/Qu2M31DrNkPBqWgSzB01IDp2cN30mpe4j7fhnFs7+3EWIU89suDv2yWR6t62eMr8cBYZel/nzYXVXE/r4OB4YVPNbbO4lTsTOQ4zJPeJMqckbm4w6MBJknuFsO8kUcrGNjfePtz3dSY8hj6w7x9TjU8xbmqcH6TCNp1G+YQWQGFrp7FXt1mDe5vilE5SU4RFsxRtttdddrpH/l91uV3+4N3dOH+7c1L9cR/kgf4yh/tC/iCfPbIcExnlEjMY7zNXgR4+g3C72OtV0dwymVjwDH+ng9ZU9Dk4/RAdQI2+uDMRbhAtcVG+OHPsF4X4MT/Ik+waYqJTDOfiIoO5/kKzdRMy7Ct6VHyALEdXOSliRPXTcxZNUbyn8xwXfCyT5zp/inQuRmrv1TyljDW3TEfH16A2W8HxtkyyaM1TGZiyVuKBbiMjdPrN635L9CjqU18U2tj0/n8rJHvr4rKMPTNB7xMtcDTYos7AHL69ei3/IttZ5aHtmAfuTpmV5H6zONlPWs71kyk5sd+cdG6pzxHaaRTFYL8F8cpVzgDE85KWf2r8HNbiR+7KWqVfNxpq1ONCtG7mZXPbrMDjLRcz39xK8tP/U9ynLCWT7G2T6P/NjWneNLuFN6qRSVYJL/ma/X2sw+YdLVZN+MozDFtyDBw+7nupPPDW9lHWY1pc5xs6PttB695GrppFmP6I8fpu2gD7IG53ty7TEGcapP1Jpa1Fou9Izmo/axBBvpPi9hgLO4xSRELm7rLvJ8Ltbn+PZmlVaneavDWkHsVouf7kvKoFZUDjXGazWhn/D7/u5izzzJVg/jA6g/cKVOxCWeKBdyPs3wlM7vdPODV5j3eQuS8qwbwjiXvvPVdIVKCecrtrYR9f5yldpO88w/MV9jER9XbDJ/mSe3yCYuUZ0x979X5vhmV8mS1KTPddSYaD7J06NJWmFP88T8sT+xvJ4qO5gy/vpqS37N0VrRqBlZixpX2xQQklPUIjMIV5bv9W5yopb4s0t0ZLi2H0R9mYNwiav1XDsPohO+LYzRIHbzALyE7iEL2Q4uUXspW7NqjJaV4MitCp3VRXHhZHSh7Drf3S2ci9+6WSpXXeM749qwgq/z4xRtwVuVfvI6XO8bcYOfKzFu9Ib9nuli3ORv1pK0ff3Szw+ocLLW3Ootbu1a34wBrpdM1VwtzCJDJtHb/R2reEOlhjtXeppW/iLuks10Ty91g1Aqt7ZGcVg8QfgsNcq7PJ/lG+/WN44LXHeDNEtPPiLz9L7II89Wh1ybr+WZoeUeT970X/rrvVk67vWC92WZvKBeyUvczaodMjJxvEYA3+DGoD2yzdgE6LNpLnuJ35C5fpeyXvVrf5vLEV4VWY7PsPx9ukovcJsIcXF9lPuuP3J0nM1/rdZDXNxv/RCsGhP3O5+feSvj4B7we6GE3/tPAtot145WRrhN9bRpETmxg2sKOcdtz62MXrOo0d6YLPurPLW/f9hfILTHPOIT/MF3xn/7kt5bf/T23aO+wc1HZWSMb5TPX6mseU3Y35MPtbHMbtDDPegf8y+EeNai5sh53Ndjnn/CJ3jS/0UtR/P93dLqGxUN/HbZ+hdqQDE8MV//GoiWsg+xA3rJU35l5F4Ft5fgaT80rMnJLi/J8foG9lG7Hb2Uxui1dlW+EpZ7xj/rV800ZTlo6zQPJLNo/tmv55kRM8ELvi0K/yzl/OHoGlZrgXfhLaUq9LHZjemFOlr7/Eu3t/pRispswkxTjfrXWkLm2onorFkomf/2TBjDZy+86F/ylg+3SdF5z+tOXeiJB7L35fk+LQPnPDHu3DOQlx8l+Sqv92b3YrnqrLXnSZ5x+HS87I2p7xWN/Mzz1hkzKKPR2zOdFqt60DaPqDGe5qvW+GqtjcZPtaZ/1TeGHJ+1+K1yLL7uZ8kbfjwEJwh/oy2jN36re+5NLZ3gLf19ka9RLCZb3RrQj6IZqKfCWMZ6hxortdHGd7KYhG4r/W2/WK0Dp4dY2sr6pLWT2t9fVDc1XFbcxhZBf9FpmK46KVfcO359NxVkUVqkWtmyUB+RQX1luurqhyljx7t6Rka6I07XNZxhDaEv4RE5DKsaf/o9i6GPPC/Y7qlmdfJLfRPm6cnI38epjmj3aCPe98R2kGvMIbcW2ffP47feZNcP/FmqB73vzeP/oRf83VMyna+5wyhJ9VO5YJnf3yf4yHP8EuzgmvGx/0fZEhRjeHkeBmjfBrpPvL1zuV+i+W53cMQVc/RPc77coutC30ZiOOrwXVnhGTHyCSr2rRwVnK8XROSyMi2E0s7RKoHv4jcOpwQ1y2s1UnZf/ZxL6Rb/NhFPS34q2JmQr4f5eqJaHvPe+Mh3KNsU6nTVHiglSFQIOQrPhlNEHUuY3XRDvfV8VNJZsMy8PANYwrhibVzedM/jfbHe9dB9hYg9awxjPabc97HBtjEGU9ADCzFGM0dHUY16O1n2NHcfGUUisjrbM3MZIxItck34yCdo0jHbwK2tkkEWFaI/Ss4hY1mmOuEgoYRbi/VUqu6D2khQK8wb/xy6qf+Mt3Q3OR20868REVexUObjn0c95yP/ZbDPu7kWVJDPxnBAibAjs/uhU9SIfVCDej/EccQEzPq3mzPseDXqeaEi/NrjnodoSad2qKro4zYaDfcJz6QNowTdotpgp20MzGEVj37+NG0ty/wyXcuibdlC7838LFnsqEWb5XRs4NZindT3NtZToLq2efivaGm8p3qs38BilzNGE+u/UZRHsK8e45sjDf61KF/6cE/3vaJhbRB5SUDwGup39WhfPvfF8b6V+leP+q20qiH6QPpEoyVHi+TPMg5rLprQEE3AcapbbKKWoWH4pV/guZa2iYhDNixc76g/Xpc5+IsbiXc+1S2exWVulnTFO458SNwFtZjkE5UIcv7ncegbCTZzxilkkYX/19C9lh/xy2B833Bs9TT/743wJUtCbk+YH9ip6F2z/nbEbCGi5yq3V9RRBkVkKZiNEzEk2k/I0b5XxBjaBbJ3NDTqjWHR8IijNiJaO/AJq7YhjWoTGxmxxsaooofU43uReeD+/XHGB0dfFme8YsU/hx9+RP4d8MNHRcdEx0YPynHRC/J5SOEfomu25+dghVesIE7YxubrxwiPU9/0KPeNtBue1ZHYIBvqRuJ5OPTG2m7DbPVo4NVjgTl6HIcsIJQY7bOZM7Rj9XhVRvTrx/nOk7ukW3ZOnL99o2zjbDwuTjfJumf9A4OYD1EHKTLFTdZijYAf+wZRjVgbZp2aHZBbGYBB+E1UT17fwEPQUbmwYqxYsY5y3XdQyyvrY7bE6nPXzsoNsWJFzkO1sfI623nHc3IzbK5cLTzbnJ5uPTWPSG9sjRK2US7nPtgWW4fTMZfB7ZTcXqWGAjbV/ln7TUOxvLknxzk2gKvp5+5iTHFF5eXYLKvX3qyJy73xXRU1jtdGaPPsGZfiNpUVzinjaimx3Iy/qhxlI/HTcI4Yt8yeOGmlkdsw+Ks6q7y6h29OrC7+t6FatGuwRTYePbLqsa3cbDnDd+Ves9Gt7OkYW2b5OBdxgd67zT4f7z0182+fwJKdj+o6YgzZPdqNaUF5oAzvc1psI1RZZ8MwLdkq65l9dWaV3Ka2sTPZaHq6EVEV7jFlT94rsROowec8Lr2yoso505Ivy8lC/PaX42Tpr+2pMLMMcL2zki9g03jr7BhXYWkhyusC/6brozd0i57r/HdWOk8WyzbZSNwlDVmfbG3XK9jmi3gozTHvRZwSbZuJer8YNzgp6Et9s9vdqjHp3BdfP3NLvBpk+kQ8mli5z2JvWZ6smr2Fnz+LvaXBr469hb99NnfLYtkuG/mZ7C2sbcOoD86DnaIsOwPfig9wU5xh3Pvqcx9Iv2yJWJlj5CJYdqcGH2P7rOULcMA0YoXskJ2fLMZiGRKefAKL5fO4YBo8R/NKRHHOAdOCHTOyqVRLxjuiwfdQ70WDb88Bwz7sEK3M/zJMe8a/yDOzdWK492OTZmwRNYE3oTHD3OSJB++fNeLb2U4Ze71zxnNHmV8U+21j2wgf10UHRWTrXCQ5N0wzeL5+JzOr+ulkm3aLZZfM7If9MSCrUR3CZpNeSLPlHBbZqmYuaY7PAnlQeHcMcMe4nN3ooTS/N21nVk6h7+haKnniM+uwa2a+qXyHLRYXrKGn+2Oc2b55ly7EMW6R21cxom9Lo9675yvemetstyzBFr4R57oGn2ccWiF1ODL5btaIZYrpPjJwp7JE/raSu0Va0T02FGUHuTPaPespA7MSFkrlNLlFZsoe2cCsBt3jympcLHtmbU+d/TwtOXtlht7fy03AQnmsqm88KU+IjAnqE9kroyX7zPR1DMqsX/1kcEY+2g89R6HyXA3WcMe4Wdqi/jghGpLRq7kxisI9l8ne2dBsPfUOkWOA+3pYVsTwjHJ1SXXZBt9XcSCdXSNGZCOzA53J2PZezuyTYvpKg2/ETGnMJglxrI26en+ovorvZZ0UDc1njlHM8SSN79wnE/ROmtWvuKPuCfZvlPQV60U+Oox+WMeZFMObr8HXh/fv7hqxTUJtmPzb/PX7CeN7LTJkssu5Ux+Ud1D91BpuptgTRL89KEQ5Ey3fCT1l34zlR2X8jrEf08sn+F7ZfhlXAmM+OF+Gi9jLWdwS7WPnO5vhgXo205r6/YxeiyZGK/hK7ABX0qriItZK989G624ck02rwiI2+DggCm4Qe/qAbKY/L/CpNPgDsyLGZpyNZaEFtv6bXWX3rIpz6TVvrEsFPY/7aGac9rxL/P5Mf7Ksin8pr7uHq3ft4y+4v4gsXxExwuSgLFb99eDMrFzdcEjG0XpVkdtOraULtdRWitxbJ2YvKqxO1sIByqn+a2EbeCZXj5BFXTT4z+Z44u+r43g6NFs9y9MX4ftgj/8Zto8G/2X4oxp1TdndYCxSxHlbbNfqWKQa/IeuwvfaoH6OH2Q12C5qQXs2Ke7eGMYrla+7VfFLNfgJgePk62GYSldC+ZrG9K9glbLVsipWKe64L8cqZbxHi3CE52laCFIHPSBT3HJ8MZ6pChbXGKQ+izuqEYepJrMcDd5waIdnXNtHZCXdQ93wWtyM3ni1PH+HZZZBojeOzO5K39Zv6nBUZv6as9GILbKjs95iiC/WvYE+T/31mKxV6z8i41PvR8dmMY7LHvNjFS+2Bt6ScZkxvB6e1etOEByfNWU/zAbyzNa19c3ofTwOW4GvouS+6cdnjNerxat4Lbba54Lr/XA9y07I5mtJez+jSpqyEzP+9n5kdX9xzinO59fNOcVz+d+Vc4p7fVWcUw2+Q9gHHdr05MtxTp2UiWY3MKtWRYLL7RNcnVcFbxdXxv7IVLY+FO13v8nlxplfqYcaIeuS8tqfkA3DY+U4+0rJgThZ1/MHsrXarW9NTRfi3J6tVtFXaJ2UpTgly/CK5pGvD61TFFBWo+iwvlJdK2/JztgkGYNY2fOnwDBkGU71dTgy4upYqjqw4dbOyyVfl0sG43VPVPNz5TdRovLll2Ho+udYuYzx6auwPTFfINGO6Rfke7K+z/RdtYd2zrLf86RONdkB4TRvRk9/bpSo9NQSoiwrsk5riJE6NbNRPDJkceCOLrnTsqOkshZnSfe4+lmr/0cJo8wMz3VkeJYS98xgk2nwj6aPtZOvjnV1KLn89p2HR+JFyYmMN9f46XViahKV8jfIzY7j96NsbMT3jC1LeRwHizAzKbvSeo5envliPHqpne/+tA6nZ4O8RVDwvDrfrVnWls0nf4Rv1JrPyKjr85znU+OxbsbYRKIoWzUeb2x0g4ySH2dnZluhOZuYxfjJpzLYT7Oz9P9nZwdl52STsgR7ZfX4WXadz6UCPlmHyZnhjzkfRybW7nXiKT7THrWWR26xez+akg3VEXqu3MbKOHPFp6geh6p8n3Gt1tmkaJq8ll7KHkp553zXP0izR3jeWufpqeD8bMWo9XDdogQbRivPNyN2TN7LW8kd16TvPlEjvo4Pts4TcXM5DoqtW8tPwD3CfGU/z87NanBextvfLBAfY9BK2U0oe81FvUb2NIU39RSHiWW5jc8ek7WNYR2A87Op2TA3JMTwMK4xz7vU4I90S8R0kUZckF2YUcNgv/MaejiLb7MokH/IFmkx7KTq88Dq6oLHfBqf4ueGLDaVU6JyPsTlWeMuyTUYq4+1VUa3U8D1J/qGvkH7+UCi0PPrfL/Mxn45jnWUtimbcAVdlFnZN10aGwpmczdFY3W5gsbjjqgbdosF0zLe96aXLcfmzmlGNermLapDdwh65rfSlqwOh2u08Q2yqTS7zST3YzT4F333KAt6dEmOdtzdm7oGf1C2yHFnq43G7R5NzzqgWiebr228ODvc5Zk5lqufd6g7Qt88DBYPuoGbgg7Ix33V7IY8MfdSizNtHd/0l2Sz23Admo+RUSwLMD9IDQNWcyLnkSRebcx3SqF8Il8axnUgXvS5J6ef0JZrFsIX/TVRhr30F4u1LWKEv7C8gm1euQJrsRViXJZ9JD9xNZo35FjXg7bNKv7BQuBf/NcyEFKrnJExEvB1NzOjz+tSz7w8v06PCRFi23mONevgXXB5NlVREw6doyWqYzf4K7J62BlPKc2Q2g3+JkWiV0s1V2bNuFLl02WeTzGujOUqepZJ/LT8NHg7Iz5w+exUNIOSRnfxyTo8hz9JHOJVaSldEfYka6jEGzGuN3/+qsz8s3w+Q9t72863/LSxWkqalaIpoJbbSpwxrs5y1O8p8VXZheW3VbMtbhh1CFyGDf6zGBery/1vsy7yzvsyrIumy1VG5suwLvLZlVkX29e4etZFGzc7B/9Z5sUO/0eYFxv85zEvUrL755gXeSb/h3nxX828yL39RZgXG/z/a+bFsj3xX4bKavBfB/dig8+xWP217i/Ku0iNsC3vIrmE+sn/Pvci18SquBcb/JdBZ1FG/Nehs9imHJ3V4P/13Its7VdBZjX4r4LM4kjmyKwCvjr34jGugolq8J+FiVosr0YXBRwUM0zkOCjz6faVZoyK74nMkp7gmqwig+T+o/zN1Wgpk+i/LlZGWpPbszJmuhI+D0mVnx0rY6mmJavGUrHWr46lmp5+Npoq/93wVLzJ/jk+xi/LXMg3fj5zYYO/NqM9oQbXZb/IjLnw+qwtd+ENVdyFTZhApI+r01O0GiHy5RgGc86zSg28LWzFl1biA7sxaw7xnX3kdveO29x1wlw8hJX5w/La4sA/typ2sWLZYk58cR73R9s4rd0JzO9r+ZH5TV3I/3CXci2REaqjesdoyTJmpufKMuKRaSM21xwqu/rHQ6k6/Mo1YrDGWFU/be8xef7KuBk3Jgm6x3xjh2A9WkNy3bSDYuhZntpnnXrcijjfDUMRN2U5l9AyZ/4p+2zlD5LaYBEwawi/a2KUJE7NJoZ2vwpGm/Evq3GiezX4u/IaqzX/GrXK86RsrzMucxbV9CrmyUGSM17Z97TezCvPxEaumguD9ohHiNMJEsKa6Olb4uY25YcoL59hRiq6PiMAxmGaekMqXpC2/o/P937MKccMm85vco/pdJ/nFymGN67eL5LoOcU+dMBRcSmsZOtpN40t82b1zWhFbPA/yqYEjoMLdb29ijmodau2MFrbW7V0W+sW5ZQNopuVs4g3VVtLYKKWQFoBY9ycnZMl+GU2SS2B1K86R5b/ob3Vi2/5YnYvasBtGTfY/zicBMvcUchHfZmrtss14ZbsiuygiJpKnJhtLrfizYnqw1pqa5+bH7JWXIlVt9pW/Bdt9bIQx7Byq/P90ASz3dGK1952R8/Cqqx3Y1aqrZJlg/el7eFqD19c3oe0V1yIb6U1GkvDKI+bYfXemiXopzazaksW93Buh1um0U5FLPR3iu6nOG9HDYYoH9rn29gav4CNjVG5q7KpNVXZz9iuGYGLwfhVntfYmhHKntCK6zG0TQvJwpLzBPDXOs2IaAwWlXewhzw9Z2UJblvlWPBNDqf62zNjglik82wjHocxzsvckRlWzEp+9sgtc8e4L29ralKdf6s4RrV/P9ZdbHanym4wa0e+G7+4VYkMGJWV1Naa9GXtSBuVI0byu/Wzomq+Dg0uj9xfOb4mf9sXjbDp6j5bq8vftHKkTf6miqbX9vuVI2/at9sicHph25XGk7EU7SNwanUk7syG+Rq0jcJp8Hf9n8Q8/zsinO/KuuJv/6tj+e86MpY9dBhGxJu7u7N6cZiq2X+fw0Ual3eeRkRaZOiIOJKpuBKTpQk/ShKcnohmGS5hGn6cMNp5KnJs5S44D7/DNMxVHtVI7XXT1OvRhDUkkjOTfsrGaiUTxd5UPxtjGuqZRVG6oDmZEU1Mjo8WoCUj0qwlm+SOTq39S6PnVQs6PiKP7Vb4SXKsm6rtJjrpQpX2Kcuenfw0OSvh+34mCSbL39Xvw+/qg5d7EGhX2DJtxKTkI5WGG9WTdo62NNFWdMB5GI8K2wdP3Z8l/UEuicdldnZ7NBU3uDzCnKOzT7Kh7Bf1wqZSxGZ6Hvw0GY4Et0Qv+dqQ2Znraqx/CJOTacpP2yVmJPKUhBL2PVmC5qykmDcbqVrM99PwtvRTz/7Gyutwb1ZSzpAbpa7d839Vy/LYaIq3p/lsLZYJpcuZvjbIl5Xffp7sori2cxXbUJKCYg7qMCZeeZw6hZkaLXnvesqvMpOpKY2+6NnGXO+akzFufmpgHpiAP8aM/me0v+2u85PfM1N8cobO3Om4PWrGBcl5ieHsKli8fuphztF4XVaJu2uPueutma9Y09zs19kgqYxmHL+PR+PpWmspRPgfH3pKvzzv9d9kCe7LLkRHZdm5P0swIvttVlDuX8bNE7t1YUJL0DiQSfhnyonQUSaLcXTG+Ll0CDN9YjlTeCO21fuNn36nPvF7kxp0lHNlJM6TWkyW0XK+1Ck/AmO8h2KqXCAd1H5V4TPgKi1imlj2d1FsWYskmK4cP5OFfoJtdD8zlvoSKalX8lK5TGboarxcrpAEV8kloTz73R/TEtsbw8MeWQvGiPD7eHpCuz+ZEforMwfPhT/iUZyBoeC/p+iOI3fBEp1BPq2c6IjwI5yqJ2ZaHn3bU4xNMmxmjrj6yFk8+VnM2a67LWd+KOmTtIXT+u7wpj8HcWBhiLWfFyelNvUXlZ2mXu3o05JG5ZWZiDmO8tDuwvbdJVdp+WpZ6gzP0swB1zXE4a+NxajBeaorXpL0CO94Ah+4HuX3PSI1uDQZFjfjImX2qrTkYqk+3TqobTDBZcmMJJLh7UaSDBSrHvFVj3EkqxrhafhT3Axmu7dxOADMYL+9KwjfPg2ddM2vatRPX8Wo52d3JAfgQH2qHndGHQLLRaK6WyvujNryYnCOKrOyuKoWaxM99DYulV9WrjOfQedn6PzNSKpnMJK75C5XL658OnDuZqxi7mp19iIZiJk6f3xLPn/8u3r2OBvTUIK1JJ+96lZyBh8IY1cM5frgsiTBK64yhnYTGc618vQC3OdaEvqG+utMkWHhPfVI8a+tkont7hg7IdkrO5l4brBmw2mPkqGrPVk2dnayxAGBUkGodMD82Jdz+uX+9PGYxP76WpyILFiUiIe4LknQGpNxalj5PfRynoK3MEtxOse53njHPS7redo9TtEbYx6uT65MLk+MSbcWN0r7ntIrPgXTy/x01T05QHWWS9zUqJOe4BzhB7LeODo1WUCUsYSMB1PC79OJsdT6HsiszCJs5nlG0y79++zk9MHsGF01LXgoezibrrbiDv6R7JGYvzRik2SYahBrSM5ySPmnFZ+oD5ce3D8oFsPG5S2ZrhZ+yh98Wx3+O2sO0tLVyWu6Ygzx21nnK++1IIl4K3eMi0hjtl/wHprCjmyLFj5OGe+v8Hwr7/f7g4e1h54kZmPkKRajC4q4PcgYlGsakefvOMHxTh2E+vI47hlfrCyVI/HHjAxxCS6RfP9cm/CUeTRjL87AfN0xZF5p1BPIejchnER1qtXvKubptvOGVr5pSQKebdb+Dz+VQDqE1izAn7KOMloey4rYU+XCk4Wy5p5Sj6uSzVSHGuMXu49lnYi2cb7/8awVS5Xl60ZFck5Hp7C+rkwi2RBZSp98RxkbolgjuctNx7wsxoZ4SfoAyuj+RHa8XBf9IkrwZHYjboLgH+q1Xuqs301YJks9Z31AFsn8bL5KA9N0Zb+KH7ihLg5jUVLOMzIR36i2igmuCa0Ze9vDHecymEWB7VkSR/LXpElPiqcycszMw7VJI2ZLJE9nTeENE/XfXXBGMsF8HjIQVyWnqBRp0qHJUNcnI7xhydaIizqflMPq1fuS7+T5MNv7fpGgd9qqpahL8Lex0TOZoKc0Byz4cS7/fevU8iu85rZJN/Fk7aSXvoGe6rRGkTKD1Erxp9j4ZW6UCYEFbxxuV+xQpNriIJ0Xtor193BrxMZQVouLVatlKzbxXHU8O7jqTsE+RFKEvKHbRIJJqkfluP8VWOjmRwnWlvucBHabT8L5ZycP9atRQg74e+QWZxbuW1y+DygxR2LI9xb8ItlSHlOPf6Xe61CHXso9c6DGFaylLCtPR/m+mh9HYryEP5Lmcq1c6Tn3RaWuE5Ur+YbEsq0a23gabgFifS2OjCwnzrckVyZXJ9cmMa5PyAU3Q5mV7QzgWHPnGG9h5dS3lUq23qFt7odG8LS5FLGO7mTclBRxnyvpDuGs8Jx9yj2FtucAT4EEz2b5ScA52UckvCXHdB7r8vvG5muongRmuRotc5BEJyp/ZMWWPhH1eMh3aGPlbFLfXE2oj5aXq7gbXIJDlQVuAk5BfbmnPXTdHxwfEteX0St5W/j+ZwPmMp9TRhecSE0k6hFyKeQzOh7N7VbCl59frheb2eeyj4JN+70gMdGf08+ZTLeydmiy2EfOvHjLPBlhuZsmSR7XWmG+moibkpow9vRB/1a4W5/PEryZ2K7+c2ZWIuZLqG2jT1gOgAEuCXoG67CnX8jmeNZgO76xXa6Fio7KW4J3wU56Jp+HzPWXVrwWLQq2HjvP7NTlmrXvqdcsyPKzJ8/2QgyXtTuv4cXsJY0VHeNLeCj9S0a/DZGgk+IWxogYbikg8O2etHkYiIuiyknHc2HPmH17PfBm3JvQ7rgwezn7XrwwW9lSWbFQ0uZI+2TF6jg3GRSVtOQpGevkyd/VDdXTcljI68eZ/jD6gbdI8KFlls9hMGzyNooVaNXxzn+tDVIEn6e1cGHWFYdrFpiFGRFG14TsJyeqV4hP/ik2rfmRhDg4rvX3FMWT27cN0cI3jpL9A9+j5Toz7by9rm0zfUcyLkRaFPFKNi39a/ZqtjBrSV/LuBPulV/J6xn9L+R+YEnO3l1Jk/5djHuE9XuCe053GffYOOT9munz3VYMNqQYCzP++4bazSpyiOk/kUbYVW6HDTGePq+YGTS4Fqbl61FPUzvjcuwi9RbazQqyKsQJJeN19XSxp2jd+yC+O5md5DY0cqPek6wae2LPGPqkVj8Rf8JT8k9upOLI8pOjDyLJUSm1VaiULLS5TnpjLRkb+tFVMVi1of4z/Vt4QHsj0l3ezHK/D2Wmt7DY7SLfVT9JnbO9fSIeQqyf7vKt+FVymSfnaAlzko3UO/GrpDNe9vk5TTlkerY2NkST1CobKes/REaLZU+gDFyPQdFyVyz/yrJvZXwnOSKbsShrVNThnnKQvJ39JrnfDxLrOW/2fBQiGSSUt8dGrdgadbgvEXTC/ckQ9dzcnxjTo8mnewutONcFK1cuHd6fGL8aJUTu0xlJ3p5jlMl1EHrg/mQX+V0yV+bjMm/srmRaHYSROIB6dUTEj2Ct9P6kEYuzd7JeQg60cfhbFmNbjWg2TYtvo+72UDIOz/o9Jc+TwjYOEv6av4G1N4L1xHDRR54em8XZLtExii5qVh476jushbvt3SyXd1fuD3G0tIc9oHaIWf73ySA8mNwps4Xxt8MlwXvqoV79eLFm1mo9sLpPcLneuySb4zrp2t1dyEQxBXOxg3+ZnIt+SlnHvD9ZqrMrLp/XQfJZ87SJb1U+0J295T5SX0v6O90t72eGSH3WE9HZS36sWEzq5NUtZN/pF7glW+SOSci1X8QHWYIfK8LSRQn648PMvOoldFct4c0swVvZbOmMfaK9XH/Mig+S5UmMsfFooUT0h4TvGKlWzyh+S1n9ugvXbncx7qqh6IqislV2RUfpJL2wjnRBQ7B5bUjGPF27tn+tnlyWqcV/JyW9R4lgNnQYfQKUBbqjgg1jmXXFTprNUKNYsC4yAOtJSdaXBN/SernK+6BeLfJdAyPXybKhsvw+mlRjvrLAu7VhiENcW2rwpyRBX/9YQqacVuWYbQh3KZFuG0sramSA2yjheV2KibtKtJYyfk0yHBKR0WtOqHUkHk8mYF6yT7RI8nOuEfWyv+sEclzX4XHU44nkHTyZzE9ak6eSp5NnkhLqpaS5Pu3fixXfTb7tuVWln0/+nDydkOuh8k1c/vuFZDEGuReSV9yC5Omkc1U7XgyS0ihZGKS7h3CGYkj/mjAO5TW/ND5WXk1eS4hzyhkIiQfmHXGmtGKo8sw3S+4xnhhYNX4iOccj78C/ZxvJIfJA1QiyvhOi53CQ9JSDpQT+bufB/6j0SyvA4e5kjfNclpU019lk+ShL8POUHpwD9f46VBYlJXRNa/Gs3yfwEvOd5ikboXfex9l++u8/sk+yEv6edcBIWZ7VY0WGghT+rjkl30hOFtoSTg2ras3oVInRS34o4yXGaYrUKen7fiCHSSaHq49jB/kZSjhC6vB7HCm1IALyzWS0nBDx9jtMozi3CTyX5H99K8lXGNv5VFSDM9AJ05xJvUXcDXIe16lV4wzEioK0M2E7RbX8LSmV4wHiwD1JzIQ9fzdEYyieing/H5wU5GE8pEjlJGTGEryb1OK9hGvdFfb+VA7gk3PgC+Yv5FroBP7C/6bqHc4Stwhl3Kiq1FDVNfipJeU5vI5/QWf0zrK8ztkx6ZTSBf8zqcQ8IBnGRhPDLFU8XsUyJ6rTEg+UtRb7fusyDqI/NhVybk1Lj4ta0kKI4+DKfHk10ol59oggNJ3nNHeYa5RTEGMnsWfNElwX2l8qf25OaLedqDmqaRW4Jqv0wTIkVNCQrGXFiv5qyZkkRRxCSWRFf83LwDjahZgtOTa5FDvV2UyeHBtVrIZWB/VmlvqF5jCtlBuqo84Yi9fSZsQFvoXRZHeIMeoM0rzAhygq12rKYzcuSawspf457eo8oDyXfOKupIgP9TfOHBEDSYGS5YfauqVlvXCKy8eJ8ppD9VOM/uLnwxU9xDKGYSNqLJ/zM6PNXe7FpJeGPhr6MiuezARpoZ8rrOTP/L3ywHLNVTya5smcgJnRmcnMiF7HgtrR+e3EhJ+mBqtmrs/QrlOtzxTVJsBbIc/OMa3qU7X/8ycJEeTevSD5PqnUZav+hJADzqLC7C9iCCuWAq75BNs5Wzn0Ofcocw00wrv+ODthe6aq59RioXL/6YVtvKJNOEf7R533Zkf70QdubJRgirMYaP5W8YtOTr6MX7StV9T0mZ8Hz6jhY2pBO5+1qikwuNPnSY9nnu+OO8bGwrydlfL0evKX8xLa6Es6lxWv5Op9kbQH5DzjxkE9POzB3FOSc6jf4Kbg50g0s+oB6Cm/j5Lg07gw4Sgbg0kl5v3MNjjjYep9qzDgDsPOAfdCjXYhXpCLEuvL1JDngfN0QfCJZoXV+yGNNanaw9iE//ceRmYWIFJnWjLiS3u6Wsu+rrMxPfi7UuVeLxQ4ztU+rmmr8WyVQi3t/VTG4T7YtZ2xGckczeJnHij6BE1qqMXMqMbNccw7ODMyTxQ1C/oSW/lbYSfJZDiOlmr/4xMge9MoqTD1d1VfSYIXFDu1ntq9iL/YC7Z+h67WG2mnUO7ValSbcW2hR1j1FU/WuBDdZVb7acj3Re7TYm/berNy/1u1F6tQ9mKxfBbYLoejNljt7gl5X9YolNTKxrp4W1E++224J44Tsx11KGySvCBd1Ur/jhuBCoPw8TDWAet57o3h246K5mHNQoK259V8/EkqceZXJ98o1BW4pmhx52w8nbG1E8mXrrb1BMzFVG1ZF+1Pfs6sVdg5sIvxFHtN8wOyh7SoWqbmtQuWL3Vn+Y4y4RcLHQsnlW25Ma5NJiqyvXrFrEha1B7MrMOdNeLNxtN2MfHV09Rq2t4vVm3hpUXnH/gEuS04x0IUQkabaovjpcp4l0svFeZ32lsPJeYhMc9dfbmuK4O9+sJgZ7X28fN1vlU/0Zbf1lOXe2Bagm/xH4HFnk+1bUF+nzWDWVd4W3QqLPSbSvso6QWwHEBxsDy3tmHHMJ/jbcoT+yxODJH9uUX5wpUsym17aPvoau2nnQdmwzXeoY9ce84AIo1t3R5Xzuxk4z0/2HOpKXD/2D3IW5HzYP4J3tNxeX7GI7+7M+WKo3S7TiFFa1jn1r9WXdETgr1ujEb28T1kOZqNU329r+wMe+KAMCb5k9cmS8NMn+ZtDO5Rrr/+WIouIJL5dCxFh7ikTM07qQ46J7rMt19RD2j/5+DQ8KxpUfTzdS48Gq9b+GbhevVdM/PQl/XZFD7HZ9PeV9P0BX01bW34n+WbMV/1O87GIQ7jcJqe6SPkn7e7F/6Fdvc9dLfQe1ptaa/cC1/N3t5duhSKVdliVrY/1uotcCIsi1ONW69Ay0/liR65lNsmhxNHvZLBaYTajnkflwoFZSuJpDqL0754aBV5nHjSruXWLyxyD2k+pxFt3tW2tjtXUdOqcjrtq1qdtbtVJXfr06pyOX2rkNtEB6mE1NYy+uuEltH6ArXlPeQMDBG7edvb8IpVNjyTZ+8unx9D9U7IrZ67SNdCW5tYl0KCbxW+iE1sHJYnNh/VdrHcgl74Ahb09ZDglbitDb3wFWzohTY29EI7G3rtV7ScF9Rynq90s55/Matfrdr6mG/uKq2nffxnrXJUr97C98ek5/8ZK9+zvtoaRZlrX43VLmI/5XEdIYzA3KCwJOopGxbW9yUc+OkOaMWzPreWjRV6tEbImrhA0QG5fezhILVuiHXjRm0ts2dukHLlJ+AuaG+7K+KrWu++qDWrm2Zt7lbQrETCvZf7+TYq0JM3Ld04qtPPsxLKoB1VBtu4kHvg7JeKFy7BM858hcZr2d5HuGYh9xHm3vDqG7hY9odZlpxzE8OSFJC08wZa1ADfvXEhj297D4XgL84tbOQIpl95mVDeaNVIWJNS2voC+fQdSVGfYrbLO9V+cXsYCfbcPHmtWF7ly9ukIFGuBdeVZRLWxRs8xcq/VWSvYWV7U8XeYG3hbXNRRGuGPd8fg5CFv+uCzc3GyqwwO+HMaH45sqUl3cCNx8saOzs2Uj43OdzR2ma2tjOjCp4lQa+UmJZiGdMyNrKoPkZntcWx9FcbQQXPMsavjGcx/Mo7btuUWeeH4BJhr/K+V/ci/46xos1tetK9wL82LWymK3LzgqEQT4kLIdKoqHNoLCYVThOO5P5qd+TvmzuO0Gj8JKL3N8YCjWu5xM3wH8edMFTt5+Q4bcRMXdu7wOwal0dJYLIuhBxt9F404Sr0lJmRnZt74yyNV6KditpcE86J+7tMWIL2i1MwBMOrZsnQJGzfSSob1Wts5qpyog1RKWa0vmuWtrykf1Oi5r/Gz3pU0GxO/4pv4c7qKexFBfNbnXUtx5byjfUhxsHaUkT+jb2jK5YEjIFpriNDNEct7sbtsm2c4B6doQ3SRrUF8f6P5HWcpT3YUyYGTGwB41QH7xHsCPxm19jkp7TMfldQnehdjcA+HUsQ42/KfzgR3UOr2pfP9aqKdDw0ZN8luudbcQW3OU65pFZ6OkpCLGmOE+grhtRpwu+iDoGRg3fq3ioLjMR6cRFrCqOVW9Qb8BfXFb/FutiikAROm8l4x/Xxp6j9fa9orIzW874ueqWcyyf/hc/3KFRYH6ojWPZFrWxZKGGrQs/CHDmXMxA3Y8WKLxuP0+FriW3aKzZ0Kmcrj3PKsK8r6bphmQ7xXnG9sl4twujVluGsXgxjySigo0bcLMAdGo9Pq/xd4a+ecnfIdCz4NRL8Bvcpd2mmfTvN/Q61Hv+iSKq78a+LF7JvehXmSO+C+U+2LmyV/VGYt6Gb2pTtl20KEyFoKHwPS6MS+hR6F7YtCBa6InoXzkie8iXsgBinpn0LnJ0ZyiAeY45sV6AXo1+BY3OuizE2rcf2hQ74hStim8IecRF7o19BdOR2KCxHjHej9WNjcMuUm3IH34zecRH9Cl3C2cMIjh0L/Qvv6rrYwXdQDmzq97U4GXdqZCbt+SzL52IgnqW5kIibptXsB6lhtF93Nfr2zYI8+sMgf9XicflTTH7mfoUEs4F4c9e7UFC2giIOjhmXs7HLObYnlL1pa8fneXpWM729mPG3R3y2i3ExTkbvwu1ifNh34k5hKSJfh+AKP0GZ/61u8m3zTZvHnfAyKm9YHkpwBIgF+HZBEBcS7FSox1id3XHOdNjN41LIJdCMJ+QPMdmBdi4UtVZRKeQ7hUne6tqlMKBwWvTf8a4Frobl0ZvuH7r+WBZqz/2s3ZzX6bBL6rF5tkUcgRwl54DzuL0bUy5T2Zd3hG/uCtroz2TzuB67wHJHc5Vwvo/w+Td5Dfxlx1XMOKPEZ/rqSMb+6CdcIU/hAHTClvGB+BBT3M7p5ditkOfUJjPidwsvRJf5D5X5bkrgDFyIFyI++71090KzRml3LcciWyt4t9tcTsBcWZhyV5vdlvHenKsMl/tRylNUxAHCkp0wsCDKPE9pboLWZrOaKG/QhHL9FVn4N3qK7FGo1fdT8tuzwLuv+uk4PE3239mwtlg9zEq/vausDGOp+2aUr9NF+h76O7kbvthOYL3d9abo7PYqxLha2b1KenKepHtuhhOxcp9/xtWu8owrhXuVq/EaVE489nfl0y5n++le1qRWf/615QBiG5lBPo+Y5OdBhZvi6XK0G1x4NO6EIQVypu1dqM6+lIb7q6dcHDIwMftSjDWVRfI1v+o8THeL3SUr5FWf52Nqm1+Jo3Gy1LTTXruovlphMCpVvZ0a6ooV7XmHtotXrHha1tGx/XzOJu6ft1BXZUWItc6uoHVvBoYWFrrD/LACoziHFxgXbUzOlnmgDtNcMXw/ohCHCMxH/GAZWaDHZQvP1g4v1Je5Jdly3vy5vBiXOexe8yMK9BcNlkY0Figf0mtkcuj3CvsUTtX790c4DSaRmm/IYXjhQF3fPBOHoSNmSRNGFCZojbH+NUg1gItk3wL97qMK+xUmxBOjm+T7BWv5RHwnqW9Xz8FZMwaLWW8Gy/4FY8+l/sRo+wSvpMMLloWekU6jC5Rgi1qGMSW/cNROH8J1frCshcsgOE6jNFrBXCRjCgcUOF9pzNiQ4YURhTpchOEFPjlYKjMxonCX64olcYJ1A+agGS+hhMmOs1oTfo/Bua4rJG1YjmqDZacprJrhBXI7kiePvqJTMKJgp8xG+k7DQDI3zPACn+0sG5ezfG1Z9uHsrFyLnFXr+5GYEXEN5qtvRmTzaHyTx6ARN7tfJaUyW2OerfU1n2NI3kMtZrkSDixsX0gwtnBQYZrjOhocMluYNG+7b0Thnk/Pwj/gds10vQQHFyoyVoK941LoB/vXjE3dN+O8rYPlMuWSIRtN+zV3SOHQAv+twfDCmdEhheFBin3ND8PiqlXOcocUbnC9cW66qfygcFjh8ML/x96VB0hRXO9X1V0109VAVkeyimMWQVEiimiIYiSHuEJwBYTdBI2AROONrCsqEhV0V0QERVGOeCTEI8YYURQP0KjxQhMNynpgRAUTxAAaJd7R/fm91zU9syyXwcRfwh/iTnd1VXV11atX7/g+RP0cH52wznm/9qzHems+89Gm9MTPfpyQNn7+o861V0AuqbeM53bzMjK7j+Z5h3vNZ97RG5h5R2/CzEP9pXPv6HXMvVzCadfy7Nst8CihckLe1NmXzjxYZQw9xxgHJ/IOvxO3flSImK4fN7ORbWi+Hr2O+Xp0Ml/voA3PV0HGlm/WKpqRRCSdFP0kahV1ysqJ4hCW4lfprSmr6uj0cEVYPMsxKuub5yMK8xozfYI9ORoZgW0Qe9LyoHu2nkZksmpe0Cm4PJyjoS0Wr6AJtjZazefeBh6HSYzO17yN4j3hB8ZRX3tKVFdYM6dGo6LTotOjM6LR0ZnRiBZXTdrS2munLe2sEVFycjgwGhmOiX4aZdXp5jV9ViTv09KOMuJzrimpce1VdXYkbyj7RfMysqrOiSroVZtPyh6i5lM/HuX3aGyUo3GRf0fJdSvudUXyTJaWB/jmr1vEHoyJ8HX70tjMudF5rJXUUH3UEJ0fSTn4bntluzA6yZ9V+sT4aER4QVQfTeCy69/J8Cbr3s2AQ9h8P7tN+f0sR+/zCXEayW6GukYkOxr+bi5bRmxAtozYpF0NLZRKlxH/knRJx+KLkS8XRpsqX0asQ76M2KT9cATzzc0LJkZY4Wuv75PXu0vOCy4q7JKToip9rl2/RmzWwUjqNV/E15WHddScpXRyNDPJJoO9++LokmjKZ9/iokjOQxVUayxdGvSyKsEWFqtKHPyeKCm9sZymUjrlNd38rKZH6ksjeBcui/CWzImkNseo5UpGzVATKbX22DU1bcyYfT4O2M0/VlOj2Rbzaw9mVMJv/DVSlxP+D0/F5RF2xKnRyHAk+b+uKFybFu1BI8JLaHo0IxoZzoymR6ZQ6qrsz6IrI6kRdvmR+qro4MwUujpCvXtn0nojjpyDvbA98xpMjY7U4uv5V1uvIkUH6+7JfruNWh7U0zXRdmZXLSsQ7z+a31VGwFLEu+3Po3mB4SgIWZceZ8SvzeWB9zvkGG3v1MwFGljmlvVC1IWa+pHhubJ+K46MEOLJRFOVp6dGEaXXUuwkX/f6LLbF9lpfvtRq6682FGy3mPeIffF9/l3Ymud+cR225H5FUX8N1/X5LKv5ZP8otTdYqg+eZTldRantwX4B6yB9P46vC6VNWc013BdvF5I1vZjtQzm6qAj1qYdKvwtszYcG3k4krNyGfoETrwaHxkiaFb3KV4U54Hmt6ZfRhQV26WEFr4XlXfKSMDYipyoUIgYqlOEICER97WTr6NqoH8FXMDGwNDWQdX1dJF51j1QbJdrErGi1mkBZuj5i7jfWH0bSrupHVpjjjrDAux5iDQ21q9UNEUpiDXSjX0XgibsxqqBhjCC9S4i8sDGJ9BK+wM2Fx7X5kLiEb7xjFpxYI8JfRyPDHHWwf9Y96aboUDrNiBb4BmfNzNF+na7tNcFMFw7GMIN6ZSUbtuDJOEtcnKxZXBn72aoEFtMOBjG2s6g3/Y1+E3GuHWJpqS3B1msZa6KReiexo8iDFuxcWe/loa/z5ijPf1kaqLqzfeS30S3R8HARHafLOGcYJWclcXcSG4+v8U+O8L0saC4vAno78ekh3lcyqlH/hBJf4CoraDOT6FuB3Jf4udEsT24LczQ7GkNZNYx6cOTm6Ul0grc4v1Fki4N0+ZqB7AA+SA1lbA3HRuTopmjl/zPsuyOY2/HWSKILPMvaI7ohbI7gDDt6iuJsSFCcn1GeJWeOKqN7wrXra844Wk23RaWl5kT/i0iGqT70r3/FteV9U9OGZX22SMp3oaamssxZ+iRdxmeBPJVlbo9m2zuinlwufds4OXM1Jfvcai2S7lwlb9OZ+5xamsWvIWg8mq/IHtCOKhTwTxF1DCxeILrvYPy3uBJxp8keIF6GuVE1/9WXGc2fyEikg8RRiK2shkzQje7kk6oJZnI2xl3RQs7JHRRcaS6h15n56u5IvGumUHNb6hpIfRjB+Xw1jixdaboQ9LkldE80L0L0QsSnGdj2TjOP6If1bxSfoSPwfBi6l/OSUHZGNC96gvHK74sM/S4aTfd/pqHeFw0HmxPrXfDsPBx6WQis6nlRO7qCZoT42j8PFU1J7rwcVNC8aDhJTI08eW+UPtmF775ZVG85PRC1pnmRxAFEiSR+MEJJ0QD/GuQprdGjNRj21TRyFMM1a/VN8n1780l0rvp9JM9CUl/Da+2aaFf9XV2bgY1XovSKeyj7TZkCrun6tFDFGaXCmzOJ2nMk1h4W/UH8+6mZgDM7vIYa0XBuf3kAm8x9UWsuf1uIK2159mf5bjUJumNnC+8X3gc7wEORZSS9hyNkuCymI01raqSLlKw1ZGrI0zKmD4eTk5GAxMGvdETS8VhEu6qY2YMmcM/wRDUdHNTRFQrWrxPseYGhMRzb1sgjh2yD8kIeCNqTuGHcnakW8bfAueKRaA8qp0baA7hK2fepgj4JW3P8z6ORocei4crQSFUsfxZEj0dbGUNPRI3hHyKcFN+0hmrpj1Ge64HudLk61tZzz8toRvY8xlJHRGw5dVSoEU/M4njZk9gOfE2IOxcFiBg39BLHVUPvjfhLCxbINeFDXLd/J4z/k1E5XUePh4Y1ObwT4rMHJl8tl3y3Gpod/oBtbcBNhL1tD9WTfFaP3+dll78mlLEpo+/YehpLG18f4lLQC+g2v4lkRqTxQ5Lpg5qPLCDZxYzfUk19MW/COrovAho7yqzUmEvzaQLNY0vVXCO6KOxVsJhGCrkDjwfytXIsQQS5Jl1/1VQRpDV34Hm/tdonkfnj+FxQS/OSfHQfJYXnnorqeA7+KER2wpoAPYKNx4aS+bOttvSnSHqCqEGMoFjLBtP5wSSdZpphV9hHVeiFUU9+LqYHCgzEA6i0nNSG/l8TYeV1KVp5EbNvyMqLOLtEVt41EWTBbsGCEDICf6vQa2LrW4dPR81lqOSE+fZkrdwXjS7SXPcA2xBjnyDmNJ/0RCRQDaV5ZC3PqyjJ8cDJ+ZlIrSWtIsaswpeJWT9B3glkmi2KuCp+xo9EBz5rGkZ6xuqGZtVIt4UiT8oJOOQnaxUYxtY7WM+kRTyT+1JjVJ4gHmapP5mgkeptA7czifHIBiRcZMXjBGRxv5t6efpsZKhDULp+sWItY82gPh8rEXHk5tbmfTK07t0SUanZ7BW0UDVwtPUNJHZfwYeNOWNmGknNOxjxa6brAhF+WxdGZ4oSPQ5f9QoVs6a3Ut+X+Yj1s5iuDDryqH2kZirgit2tEPOiuAWv4c1SV9Ob2jL+kx/7WlrGCJX5wpeVzNla0nR+aBMu12m0mOPgwIj2SKFP8m+ayyZzTaTdQwSUAqxX+M/PCzyyn+SwVsN+G0He36aRQX+FOtPEdJXuwnxAmF0z9Lpmn6GZ6vmoll5IdppaAjpCnu5ij/pkA6v5oOAqHiG0/bxydEp0uTpMGepDo+g+tTiy9DvOfn8xMvTnaLW1fNLuTkdGqQx7KdrDNNDttCSaS33CmF6O8olmCy/JjboNz4QzlaU++pUIyFQvR5BUuXBdPU93jlej4bzXLE3eYSkjh62yhi5mbupUozR0O90XzeWofFU4+4UcNR/zjCqNIThDYZYjZ+I59ZQupwfJJPZG6ODrjwxBrKHXv++LBPGrpciJKiN2mVvVoUZWY1uO1t+HPTWvUN8krhbWfV/P2uxNPotnVMJaiAh2jN+3w3KO95cZeAWzdJ9I57BsXVKYy5K5ZOiFcHHo37gLGULkKX6Now8yDwTLIkOvRfvQXyLhFLmDWkWIVc0n/cqzZPyJscnOcSdLqb9GR0bNowxnGUT4YL8bjogvnU/OGog+tAlDQHEMIuRNR3WmiovWUS5hLBuV6CZe7h2kepvyQtbLgOS6oYrsXxMGWi9XJSKo+bqr4NzHmLN+z6X6wpjLGnyYcZKgAY9jbTz1oLjQ77rDeS4vj/L0etSGbdUrojy9EcGPIs/8LQJqQcySoy6Jb4WPcmUkq35e9BatinqS/DvTCK7vSNOT7g4RgV/B8js2KhDM4ptUAz2pxAp/Bs3RDXS17qHOoKm6hlZHb5GipibYut7Qb0Z11FUdZs/NzKe3or9HOXo7ytM7UQUtpjVRZ/WPCDhDWUZSgBRl6VmITJWvNpwM+XZzHK86UJ9DWXo3ejrzHlXQe9Hl/ESOn5Bo1Y5kObvAl4k5QhXMlznajU7WKzhDfIV6P/ogKqMPIyCNnkODo4+ij6N/RpY+iQSBAbFjb9GNn335KWqOmhh8Gv0txH+Gxkfjo9v5RIr1/U5SesPxrStVA20X3sjy4OhQnpI85b+QYxmzmt60R5l62sVaaoryRG7rzNN0cJJT0Z1X0AJ1cPimfSzU1I6W0mPhxSx/cDJRDie9/RMpVM/1iyzyp9sNRz410D4mtcxMDFJp4jOI4Cf0kiStTbs8bfuZPA7cCppNh5g89TPHK/jbii2/lo5UA0xz+QP7wN400GytbJLTJDYCkUqlEV7FnkeJ6sLVKeQRUnGW91JTGOnPYa/SENbKphA4IY8PYLndMVypaxlNti45pSGr5L7MGpZg0toU3jWwK7fhDLondMxR8qEzrr+ZbZEx/xMjK6n4qTfpR1FpmW9xXL8gsMjf3+O1fwBzph/Iq64XVdJBOHlRH/o+azhVZFRfSll4UEb01rS+gYyo3JugPzb3XaB8c5yB2eFgsq5niV1JEAVSuxKeMyy/4feWnHhYS8/jWdWbY/rPp4qkZFsan1z3CAMenby0ptQidR3l6a1k5aIEYszLOVt37TrLQ3/teD7FxS1EnPt6JH97zmeae08aWIhD700+Dj1mBB8pKzG2dxG8xcjjb3n9omQbepBkBTMCGWfQtja9SXM8UT+qIFOotYwleY4txnWFa4hV7s3Z/a2CrBGtth8dRMJX/Ai/tVEZl1H+iZazGD3GjrcONvGJJ1aGti1q7U5rKc1iLM1fzBdKIXdxXdmImB1SCnvQpuUh4t1LccVayjvcpxBh4HG1deErfh7UsU/D/2Q+IsYLu1aOLqXm3A14o5S7AX2fQTPpZ8x9OZsMo2KiDFbwVUl2ACKwU5xyX8svini/DuBYld70y89G+9rELnA9ZekGqqdfrVUD7K830q9JEKBvpt9+dpq8hWZzTq0jsXX3ptsSJApZs/WUdTn6eog8STxbwfljqTyqo+8VZn3kdlGOxtJehQzfg5QgGrSnXupAFZPnhZb8YJ8ZNjysocUB1nSbsB/nvT+gnBNNoI6zdgZwPv5k6E6FNl5Jco7HsRzaitFR6tjKCd8GYlkPj25Wg6PfqtRjFCSRBT1Zl5CsUZz7PqU2lKMHk9XdVWFVetl6rs1uVll9rv28snr1Jkjrp78Aef0W44EgW6ii6BycZrpJxhcQa9awbCuetcIYFxPyDQ9mXeRdeo/epw+Yr/AtzklcyQg7gl1VXK+ijwj6GUp59PJP+N4k+jSp/98h7UVKbn6JH69X4htqSeZvm8j8Ut7WL17KV/yH5fyGZHlv+k9K8i1SfHNJ8etY1lUn2USi1ZXTtQpMtNcpS9er+mQuwfpgqDfdoIDi9yuFk2JHRnZspF+rep75m2dH8DL8vNDvCLnNtiucxznJ/Qr7wtp7gGjrR3B9irMxZVSGAkGE43Px30k0IrmD7998Z5D4EkVnJVfPZgl2TuEX+jB2A33YPPvKQJITfs//yTX2Re9WPnbWR86KpUnR3bSALqDH6QmSyF/YnNC6348epRRlzX89SxNJ0YX0JPcO317QJPrTOMbRBbYbPJnyTI7tc70T9vd51JB4zdDL4l49R4qep97UhQ5OUK0EqSEufKnF9CJNohr+Uj0ZjeMXYSv3ZdZBcA4jtX49AR6hsSw9H2XdoKFIb2igQIkNsRhlKUdU4GcDCuICMlzDFh3iy61DdFKGdkmwEVI5DKvjCazjr2Qf+p6qG2ON5JSivRR2nN1Unj6hYryIx0ibhUre2hhkUU7Tvdk/BRlNzKBUKvthUS7eqbFKVzOyfsxIcYgMeqgZvlxpzUBahmXfI3Dk6HoNO3N3OlBD1n1L7a/yup4mN9MHfEvVBNzcTsoj85VTmguw6fpFivreRyGGCLgQ31eIND2Y64rVFapK9U58WECxgD9NsB4Fzar0jowSGNwPLcxwz0w3UA1S1cpQjdpJxbQXWfqBWh/G0I+AgElHKMtYxL1pqOqqhqkjecbnCghDxejbG4dxnc7uE8EzX5j3I1RXtYtKsbdHKkO1/BbyrRrD1g5/vUlt3FdcmSv9cvhugmxUp1JOBKBvQ3PbixSdpopnxemqM/1QnaFyNFqdya0iuuOnqqs6i/G6ZeV5/O6z1DmF+JK9GN9xLGOf7kVrt7n5EJTGf9ZGdbK3VNMFXC+kzARl6UI1UW0sM+XnQYhFpOjGIcTOZBxYQYcFKmCKEDtLpRixX4zeO9psDr13K7f59d5pdoveu0Xv3aL3btF7t+i9W/TeLXrvxuu90HfxjQ9R/ZS3OPdX0HCzwFNNvrLjmPt+CjpyPW3Rdrdou/8L2m5D+K/ouyn/xGqKwsOjfnR49Kiabbd2i/QNmZzbxrV1X3XHR+XutxlptaaAgOUjidGPIHttBnE4O4ez7WTGnyLWGrZ1iKd7SSvazmHeR/Q6MifUCmqel5TmJC1UkpM0ip5h3DnEpi9RyOd8Xil6Rb2qammpUrRMGXpNTad6+ovKFd6kjBH9l5eU2Z+zjYSHU5CPHZVTV7VSZTm3CVrbEpWnR9XoJMMImtMKVUlTg1syirETe+nu9KjC0z0Y6e0R9Y1AWpydAaKpMDXW0kfq1swqtVq9qfIcmbRaNdBbStFSNYr+rrLke/m8kh6JfpHj3sousj/34W3lKEv3kDD7oNQ/mN3X0rvqPTWdr7+vprN+8q56TUmUn6YPPtuzplMFfaj2p4+Yv6aaPlYocwT1UP9Uij5VtTSGVitErk6gK4M6+oNGVs9tmWrqocbwzjInAyT0ViGkdA91ZXAUKRobNFkgpBfvd2gTv0OaTo4m6fReI8ec7UlfCyzrHV/h/fBVDcz+cpb+8uaeIbWOsvrWzD+UvJ/ntMbd2zPvqB7qdOzA+mN1F/dd3qE1NSnSq6lfEmv5NCO/C4+m1tW0DefZB4n3OORSXZjNA7Fuy7ShOzKr1fv8JcYGdfRH9VNbR9vrss905CZySWzZoiSa9lOqp72MNobmZrIKz3VV2MU/VnXUpLN6Es9ZrO192Ce0W3hnpp5+pYFKcRejLhxAU4O7M78JYtqfViDPLjMvU08RXUCrFdib2mVyND9TR/dm8oyYuEKt1neavRR4qMHtCIyeFeq+jKJtTZZWK2Q6CGcntPaVHOPv6I9qNO3P+WGjqD/tqjDau+jm+Xud17qSLZx0V3DuZC8aoq4JcML5fgF5cOdgesJHn2oWfuWhb3O0IAk2ch3QhcGZIFGnK5Rw4qxQgqrRK8nShcdM0e8yKDk5kPs1HIE/nYZxxiJ4XvAFf2ZWamOO1fdnLg6RY4odqoJPlzepWXSIKqNuui1V0zcUzi/+vRqYq0ikKzAkT1RdFRhbkD/cTuf4S4yi6xiXbZbuQnKlhwaLc1f1l+Dvtvgd3tN5+rUGZ3x98vSe7PN7IPNgJqua+MqpJJF4qWTD1dE8p9vySp7OcV2NWmLxntWGntPP66zCWbYbnZJkL4om/oJerMuZIauOkDcs2pZKmFpi9te/qiGxPklaSjlBfsGnixWMa+15G3IUBnj3x4Ia7mM1s0/U0lnBRGqiZbqCfmH9ip1PIdVSQJb8W/jsiOn0W/37TPHImOSNG5mVpxelnC2r6S7l+Tb+orE3I4LWn8Q+pckaZ6+PaQ3zYFfTPWGOc/glJyum15SUjfncWM1ZY8/rOkojna8JsJc/QF0KfQSCjWS94ExRq3dV7TkjtZwj94v14kXchxVq3+ChzGH64cwqVa+lvem0Sj2Saaex8/bXms9hS9SjmVdI0WMZ4AV1owWZdkVfrIatAF6CWNJm5wA9hgWjiVE5Vqr5HJu5Qg3gUTD0eAbIkrB7/ECnX26KWcTvcnxQRv31QoUo6n2DxzKN3GZt0bhLXiR6hDvyFGbZGj092Q1Hha1pparSsvOCd7yCUc1RBhkq24cyS3bUv9Q52iFU1M7tHiiqo4O1n7tfM5dw5tRKjhuto2OzyGXyuoCs9nQmrKSJ1I2u1zuE2GlXKrRQSysKfUAL27vdg3oawbGtUns+qRHSB/KhhxqpdmSt8FPqlXzHRfRuoAPo3r0YZdJ/c8M4sDfRz4L3tKF39Ymw8JgbAlktOJcckZzblpIOVinMondUWy65UMlv4HHrwPNJ1eohzBSZvpePvBQEzWyRPl1JV2lH3Wkv/TYz9rZWtdrQb7WiWRhvM5ze0nl6Qz+RwbqZnuwUb4d51p8V9eV99w+ZWrbh9KI42C6EpvfHDEqV8VlPLFpTk16cQJZ+zCdC6VsFtTPf151NnozpRaMK11snX6d1yZtkVQ19zOj7/9SI+W/UjPCZybHcx+rw55JUknnJLLVMZ46Lp6mC8ahtCYuPTrIB0lV/BB2nhddtt8x0lklfMw0aFrlLmN16Zcmekj6PfjbqKLiXHDKOA5s8D4TNidQqcAROzzbBVwLFMhCZO5BdnnOolvko2gYXaWT/AmE7tQI26EuYhXzTWs7RjbxuxHoyke2DUlOWvhogk/4w2Boy2HsOE15GLd8nHSecorrRxM/OlUt0a9ouAOeXt0hhfIvtpMVWUpxwT9a9ktVyGetR8lQ5lZvpdE3QGAChZYAerybrxiBHE/S9PGf+oQ31C4S56VZmzdmZcebw9DKaoYGGsz/z+u0bLMM3LaCu4Y1P1V834/RPtYEOxuebc/RJOquA6XCyHqvvVXU0Sh8f1IT4vYiEZ0qQyssYn3j7YDZrYkAnywc7BDcE2wfXa7kmvejCq2+H4KlM22SV4eozdGYAeY2V/qeMLy27GmoXJiTECd4GnHyeo2I18xYyWEMWJ8gmaZkyujYwJAhetQX+01tVH/2GBqMMcALGUJcky6Un4xZOorvoJXV3sI+6lfly+2gwbh8bPhpUsySCDBYOgIUZaLaj6OnMdLpVwbbjrTgh2cJK6qpg0emhHggaksyilDsAtcD24pEOZU9L12+p7UWsPYbPNKlWh/zt72p59sRkzc7ijOYhLdQINqqD1CNBTZKDeABb9wVDKOQewyrRQ/kcRIz7zCCmiuDKADV8Qgcqb9V5lGREcGZ9RoO3B99QJbstZt/vAsieNuHvrKVnMsI8bdke253eCyTDYiwtygBJuHWYVdWEE3ebcH6wPMCpu45O43ycfKLVYdS+ElZzz88o4s8oCzO0D1s6r6etwlq6X3vMY7S0dXi/Bq4v+iNvJN8GOrOcZmrYVv4ijaKbOd/07lB2OyAwLaU39D/U0IQVqEpXMyfQYeoVqqZnguupPJyeIFADwUDRtuF2YZdkbq9gZtu9A5H/sIbsaCydpwYwst2ATI4amX97YbKD78ja6cJkD/TXKsBNp/xu0or8bvIsn96AhHcB76V/pOtoHJ/r/pBpy0zdjTSOy4Ij5UaNJ+/SOfoz5yfgzLOETuLd77lMPZ+Qn8+00t/L4LzxQuZhzqWZYRdncJ5fRlW6jk7SFfRiJqteC2ABw29m1MqwjAxeAiNHuIh6WEv72TJaklGMZ1DFWutJGnrTIaosnBnU0SnJiCznE/vLmd1Vky6jVzKQ0zJvcvRqJtXclvDJQCejWkbXqQoaGxyokfdyAVtTZuufaMxnnF/e0PcmupfYRc4NutHSzLLMEnLqx2opHahxdltCsE3AGmjpBH2gHkW/1ScoZE5O5FPSa5kcOdUW2cmMZnR0wpICy8l8el7vxDgKHyasNf581IU6K/XZ+mvkO2CgmacqqBOP5i7hobRQgRO3gjqHir4efqh2Cy11CcFWU1bEVSP6XdewhvArn5x2v5d40cAgemhiUTgryFPfQvbyMP4u0K3ySSmw1aDHUiP2/71KahXWtxiYl9qXxbUuGkwyQ0LJMc7yaMaJHig2oNFFvKcLlKW8E5lZV7Ac7aSnJJLk8eB6DZ0sXbM4Ccd6eqJ5rtTdCZaMSlpCkAYv0F+SWQUrhSPi/RlzdXbSR9zfwa1Wf81MoG+zFeWvankG4/16htmLFZgMVmTQ20rGjiIDlCmxu+TpjUyO/pYxdLHB/J6oockfHsjs6p8g26Q2Alz3PBn1BF/CQ7RKLWavzb6M0VcfSPZOH311opsXo82Aoas53kzLCN0tsXKhT8LJhb/ByFVNnoWrvIiFSzLc7mX+ZvTRck4kerhaxwm+GdbimeoNPZ/zx2yySzRn1epMHme94BlpAVF9RRF+Bfw1ezCqRNfgwLAyhH/moFDYzbAvQKfcQeWTkeydoDR8lOS5oGfo19p5uZKvmWf24a+5qdkK1zxjs5EONqt1MePHGwmTh1JtGf3EUns3MSt81VmaWcgj/JqbEf1rmYSoYcNZhF9U3uDMdeQNAkkB/uAdXQd3lZ1tO7oh6jk1iLkNPFuWLmBSbsM4OthdBEUHHrYx1EBnUj11dB3dXF4bxahJKX6kH4mOTkbBzxbxItgEXWgnt18ivfGMz8AVZuos3cwohCa4OmxXhASsgl8wZkNfM7OQK4uyZYU83b4sKa7WPrdWMGyKuV+gK/mzm5z3kFHrGWB8+SEtlq9I2vY5eeLhn8tecT+uWE1Y+ZbWxQNzs07zZKtoaw3PzkJ7nRpD8i7I9MMvTTs7S39k9Fgp49HMjg07wO8QCApJJ2doF/YLoe2DLbAg3rQ6Gceip9WdjA9wX2ZMUX9N0l9Dd1KcIJRcSp6/cDu2sm3vjrSQKjihDgln83dD3b6/9S3WhlVUQV1V1rzBuKYxvWOWK1uYN7YoFx8cnru6/clSZ/e0RnbJdLbWd6F3jaWvu3K6XzfQVrSP2ZMeJM9rmCIFyKp8PCxGC3jP7Oa6OHi572F+wxQ5oKVv1XzFfmQ2Zs3u7pqvWsm0bwlvAKO19tqEdDf0id5atfxN4OHcw12YfSfawXV1r9IfQkvVkWV8+Zv1ni5L3VyekLOLeJl52Zbq6JJ4yfdy92tog8uiCtrb5cnXCuw85CWkHMPC6AGdv4Fc2JbOU2W6grZi5GWnrw0sfcOpFscRY/hecEOw9myBN9io2wO0Br9hTA9ZW/Adog5o+FLej1cV+7a24Qic0jdvZPnU3dVxufmJ7/TKQDy0QD0Sf+xKa9lPOkSN1AvZIowviRWxyk5Vw1UjY9+tsqst0C762seiS5kH7ptOIkqOCvdxl7IXH8/s6wZraU+w2XbWQ4Iebj/HbDRuP4evvTTYj/UioC+1K2rpsfA5lQ/+wj7b/V2eDtTosbTY0qjEPCprjwmf+wLMm+XBY6H3sRpaasuppzP0e/q2M/QdBwz2PhoxoWcoz+TSU8X0MzWGHg8t4ydZEj/4zbp9QcrBmgbemFbWUHuWCP7qd929anBmH0ab3jd8OoOz0Mm2j55VkBhl9I4+n0846ZVvswZvqVyfpyx9zzXSpSR+X8iyjIXft4LmBy450eJsXZXgPuBU25b9L410gPPxRS1jQwBbu5cTbIiTg6wSbAiM41GhpUHKFvnnU998OX2QFT3G1y4ydhDX+XHW0FHh4aqCDnS9HNZQHEIOtbJrzD7BIMQ2KKyTw9XIKEuVDvvsciOxDZUur2bbSldBxxnYN5cHKZYPMuj7BTcpy+fK5ElGVsOaS7HUWvPvjllhE7xAh6ydSfnieg9y9YW6/Wm90kmU3z6BYCUNoEo3mhawV/0AriHH/woWjEcOwBXZW6cliBiy82J/Rb98GUj23s5wOYnZyvJuKTj3hhnTylkPyyftCI5EMZO8jFBLu6Q8UYxVUunSmCi01J41EksvKdE/Gph7qdI9WsItNJa9jWgB7H61HEmDk2F3OpFjO6Qd3N8xeS/ZzypdGl9VydrOts3iq7YvirAq1gUfS+qBlQf61NM6xSCrpfsL2lGlK0bTTrl+Nk4/bK75nR/epEwBfQbtiwa5Jw3gnWjvRGsUDXIx64iVbm3eoD7uB6aP+77Lst+8mjZm7vbZxLnbZyPmbp+15m6fornbh+dun7Xmbp+NmLsoU51ohP2YF6iPW9/M7dNs5s7lmYtxanne9mk2b/ts1Lzts8nztk9h3rangXw+/VvSehl1DbYpQVPYlizbxuTUWTyP/Z3HQ5nJ6TxO5+8wSmdw96IZ3KfZDK4ypTMYrFXrn8WW1j+P+2zUPO7TwjwujW2+jm31sAO/TWRKsX4kdgbzzttU9yOP0tfXLQy7qE4q5UTwSGwbYpUU/+2GeCWlVMvMkpsW5VtD7e3BroZG89U7i2J+TTJ7i8vMTTB27kxObBvG8yltIVRt6RRVvBsX78HvZ03JHnq4+iB502wBryetzZ8UNnTebo4CVnzmTmuLGR/rU/ufO3+3hNtT5Z6GJ0E9GSFKdgxbcqocTjj9GZETaOgSzxYYsMM+FWT1GtU68dG0pipn+ZQ6JaynKgdm3f2DPF/tqmbplfoQh2ijQ7MrlaLBYcRP3KpWqyNoTqaO+jlYEWEZc9TfVbl66udWq/FhXYK9i3piLawHKzW8dYhlqlAmOCWaEYnNHZhzWToxM8DJbD0lOtQNdHh+d13lgMp9qqmhQe4YZnGdpTtmqx2eOtVMp92CKgcf5WqF3uSoMuocLNYV9FclURGwD/ZQNa6BfuBWqx86RccEg12WrcP4NeGzdXGhnpHwgB7mtozm5hzNCjpQg0Eeo1YZiN9RTjetAthaBzHzQE8eZVh2PXZ3L8buNuzbOtz9yKV86A+o3ynBF4VtDXKuPnOEW2SHuMl6OtWEIm3eCg0tK2I9eVt5iw52a0FIAisf3hFP4uS2jNpwnbg/jWXX8NDj4kmZgXooj+mnNDwczVEX4F2EHetTGuZuDMFq+GxoGZUQnLW68OyRTqzWpzETrY+0935+uQufYjFWHpdTQ4PRRbHQOLHsyRFYjTQ0eCiTRgr056iooUEDYzmPjOZaOR8d6TBGw92hHKcNO3m3pL1vhfgOP3YjSNFRDt5KU/BjQYcBl8jZSc8lTrB10qu2NDbA2f1PjAR5NGtY422oTgwX0tV2jgaf+xUhZO5P3C3RGCMnr6Oc1NfWdEyio+ELa0Pn8+m0hhwd406hPEepDlInhsNpgcoT6jpNwx5+jEPcLjzxuPealnuG3uQnxzK6G86GvheGhtMCI6W+rgeZa8LLeDecyPsG+ot/e7GXXriy5aoplJpFnbhUJ9uLjnVAV1zGZ0VcPdfmg9PDn0bwqeP/v9ZgxHqfo4ZWk7Q6RI1nHMV7Ql93PR3ncD7MGnk6Rx+q8ZFEGxzvbg1uC86zobmswMUu4y2xUYg7QrnjNMagwZ4SLqHpWZSdnp2oT8oIuu2a8EWODj8lPETDPn6+PVlfltQjFlDEsGE1T7A1apC6jPfVExz0g23UICVv4Ed+on1Pn+guoxrEs7gU8buOrbeSjwCE27fCLs36CilSQyc62AXuCZAlg5oWqtkZFQwvzG/4iE50NVRGPRmXHddOY56Hepqa9VfQY+zqx2X7ZmHVPzCYmrX0JgkuuWVsex+xdVVQQ8PDvTOWTnIHBZODyfoK+nNG6rnI4hvgjT8NgSj8PltncA0tVRG8GOnXm2QxOy7jEhgvxAUsYlvXTPbP5NWKZLSeTp6A996XNGz1bz63LrZglbiMozHq6ELrx6zeXh22pik0ivUdjtOy/cm33kvOGjwPBZ22HT9xue1JVexrvToY4dCTIJCeXGFxgppGl3GUm+Ln2zEqKWrNRp+GPsa9O8e4IyviB2Y/5mc+Wp/shgYyB9/QjwSW/pSV5/y7CJuaX7kxrwdLoRnpfDaejznBGLUriSYxCXM07hRHlZi1YkoQk1LrOvEXk/UwV1saa/EWV/Be0IlHBuukjv8uXh+nuE42Hek+VOcsneq6UMbIaPyc9T+MLXRVlBUM0TvCfGHM4c+We52CRsoYeW6NRbQJ+lXD91br9ArmM67tqCXf6NnAywtLr9LEMKvk12i6RTey130Ur7xJHK36SoTcgQGcE5DnmkLlaG97mpOWHqaPrGGb7enuqqCrujqIeVWd4c4Ihod41+HhMvJS+tcav+coyODRDmNSPFO8/OxJ02w/9iKPt4Y62TsLjIGyr8i8RU7nLBoalJ58ZOcekuSQ5ulsZjoUVC1wpsgoDml2XXLjsJLAZzg0qEhishHBNIyzaqbx+XI/HSlLPmoO66a0ZyKdP1/PMJr55Mtszh5ebceWjKW3jI7Uls9YuPt1PsljVGVexBSaexV20s7JjlRGc9UysozEOSDxJWFHwl4iT/ahY9wHgSra4ZAbeDpV0F8D7Jdv0rbO0OCoS1GJRZRlqT04g3gSP8NlfpclbeU4u0P6maML6ASF6CVpcz7dEiJqZwLjg/r+fDNEBO/qZM1Yeppinn3LCjIPuK/+ruwNIs1u4lhnKTODEb56MkZsTaH1Z1nanLnJb7oq6fEvPzv1ztXFvW3k/g5IYgJiGhqIfDtOI8NGYpF9T7snaO39k8hF6Q98Dwfz3PH1dKCROreBHkFKDU34tSqNojFuRGF8HcuZoXSrKue80H+oDffGY93JiPmahBlgLOd+CkPEUFqjBxRaMvRzaxJE86HUjhk161mTlLI4bxfX7WdCp6CGhga/VrDSWLrQxkkJ2bvwRfuXPAfJIy16DPwNlX2Wv/gdrDOiTAdeI3MVolrQMr6iZX3ojjD9mmJNPyyJl5Xa/Hcaojbmu7ioDhwzamjwUwsfVx1NM6IDinQZxCwVirqqh0P4Q5HlXBY1ETyNqyKxNsRFazk0dcm7YtU/GOQ4o1jsKGMSu8gk5cujldCAh3RrpWho4GgcDVb1SSn29Kl88izOdhV0XbKHn8h7xxukaDJzGxnm0vgbS8Kt6EN7o342FCx43/b5GvO9WONubRYlmPSSt404w7zBXMgk74BTL84fqOtlW/fZCeUig6hB3Gsd/dRtmhWpeJRSC9ISul9Pt0toopYdtANN4N0ceyQk0+gCQ+xD2W4kOi80i0dsnnf7h7NnZh7J5ugsh7/Odo/YDnSOgxa4p+qsRqgcjbP5ZFeGx6lb+BSJpj1CzVVLOHopba2cPrUrC+/vPUB+diH+fGRRLL1YOWV952iMwS6c4gaIFKygVmzLgq46UKe7cwXv1hW6J90SQVdG/VVUrMOJdot9YayDfxx7EPSkcQ4oLAcz3/vJupEjE3qyv/ImGsw75JBsnhHrwdKLtmbZk/WSrO9TDYUGEVjpd051duxw0LuWsC6EuZFmWzydvPU2HO27pLBnGMYJT0fF0DaJHpZPYibK6DdWnvGo4l4jlPZFQz+Z82pyieUT0dM4Kf1MX8YrHnfhnfVzwFJxjc0jtzuaBdlz3SPZNHp7QEneZhrJnVtPJHfLfYS9dgafBdPegKlDetM5mFHgNfRj+FA2V+h1TOc5+TtHrRS+xE3M9VDvFK/pfsZRgyt+B9EAYeEd6iRvIS6SpssKrcjX25MaSb7NkYlVXTQTS+/pcoMzEjIO7wiv5TPNkuwqhfkwV5fOhBlJRr1/k+k8zqk+Yoq+t2eHmlU0aue7fTij2kv5MnpWp3OzjnP197bjHWIyr7XCn5RaPSooTtqVudpyhtEQ9TZn+Lb0Ha+3g4I1yXcQSb6SXuAeVdFRZt+SdVbGOBOzaHiYfvNZhTN/HbVSotk3JjFLLwdSvpHASihRsoeHirplGnkFw46MWoaHz2exc9RnoW9JH0ZqX2avjOj/y/XeGfG5DA/L6IwM9tqDNSJ7v4Ho1ozjjMcqutG2pyU0Ujm6wN1L02hcoINZ9lpr6Ho7NJhPF/CJ4G71AwPGc52MZLvCWaaTPZFZD6eRowlO01UBJLsvH2ZwbRrlWEuZlHC1ZJKIfZ9fAD1FykFvGMoxqv/I5JOrD1GnYFAwR1dwpO2NtjwpuyyZS2K3kh2nA69v6HWmIBGK86aGBhc6tJ+26Gc5xnJowmddk+jvaal0NaQl/HeUsl6zaKSJzunUElFHK2lhFr0yPM8VxxAW7wA6mG4VXW8vcr+2WEuy80nuD37nizSBkBk1hgaQC7g3nzPGvEYv+t27uifdahZnwYWJM4AlfMe3YV+xKlm19XSTjQt9bM0sU6MSn0gaTzOfJTnKt03qvp9uTfjTJyqpOdWafF4skACkhgb6jfVyTrRM1DXJLQ/ztIymJSuonT+1BPL/Lnqya5uce5HVJmvmSWOZ8bM+GXFFNsROt43JUcb48UTLYmnJEXbNuuQsNpltb+OsZc4tOdUvovZc5mJnqT2NVA2FFZw+f0OwvW7gu47PXYr+pDIGub8TaDeq4NnvTzHCv3aJG6ksnRuAm/Q1ta8eqcSykqN99fIQ9WxjMsY/W09TnLTnpRxaTc84rZNzkIwhZB9K3xBcE3yoRipY+XydsCNgZnwSSD9EP+5W0PPxxgOKpKv0qhvtq/tTwPqt9A87uGj5kERyV9GDbKOVEtghpV3R37Gi5L5cxYlktV6lFmZVGHMeZlyoCVoO3hDa+UIao/A2dXRN4PV2/z6yMyHfrPhrlCXYStOz0DnraYjCN1lZ9E28JcqPrzwd89OemVLRpc5SaCVnzLNBPaCfLmBNVLB2+QqXu8zlEgt2Pll5HQi5mZ3VDhnM/Ug5mupQSwWPBiKOoPFe7pDJD470AYGMT/GbLFRlYUe6wrWmziV9LKPD1DSHvNqhQT7ZjyVaG6Wmu315jsscUkWnOHzdbjSJM+SOMvlCGcPsgfW8BsoK8/vlxEYj74vfyBv8MAMmJ+w66MEndG/CULqv/muS9zHJLaUG7kFdMj+nqNL1glmQni+9lXIGYymEZo7yPl3svvI15FQSGu/H9fqCj0zozz4b8efOdPuFP3Oi8UNCCJ9Namk9PmzOaNNZXekMdUu4bKRXfr2O1N7GKn2vodd1HWccdWMWmt0Se0o6wqW8NJbqtXDTeLu/8NGspKtcjv/KJb+L9e1ZJHu4n+PSl72YQ0MkFjSyt+h1fRhnSayrL/AI+974nMurydFNPCp57WseRVP1J4yoJnJBdJq+3LMa9pJV8W4+p+C9OE3X0NXO0nH69ewousbdoRujN+k4bdwNn+l5P3fi65fdf1tXQ+OZY/Mt+oUrlahoIZ1zT7coU6VnMZf17WPuX6fhLZPYFVh1Hqc7aH54VVBcT3rmwZw8jM+C3tMynw5TmF0pVtV4PiEOoJxaTE8mvFg4K0r/2O7n5JvEtDy09BYdrdCiyCtfn6K9why9zycQKTVSpTsg8GKgg8l3XEy/dIhP/7G51lm6zsV0Hd0ADJdofvhocra9lrOWO7D+0JHy0I+0RRwhR7EsCm+2Faq/gVypUNjFcbqayNn0Xndt4ihkS1ur+3WY6W9UslMjux4xBbeqRpJnkXN3mMqqOv4NHe0WbWgUZdUtOp+sQssSDvdXMqbN7uoplt5pKzfQaCqjBtozqOdyRybScD7/0pBZBtgcOCd6rTvV9FapfdSgYEDi/exedHLCyEPG3Gxh4bjeNS/hI9hu4Otoqy3LkVUKu0yq4adtCdPpEs6DE0l2XWHc8i1o9/LckiKr3hy7KKxQn9o8R5vMC4AoInsjmPGOVJTBuXJ3/UyYLSC5qAx6pws9ylFo3tBTVHEfa8BBH2wffCvEN8HvpcEQzmh6m3QG2F/d6VOb53y+0ExRzZ+z9LbBODdSaCpUaAR18PnQ0HPhIiPfsRPLRNnjg8yZjLXaXnUmYCOFmfYK+QzjyGQMe2oeCGAfEh26SuX4Cdl3DuUIooWhJcsaOdqTnIiubOVo6b1sgaeyv8nR/Ynm7vPZY87ta89YVjG9E1jKZGDJiTmeVtE9gfR4JdVQNjM7yCVt7stxKX2VAX+pkavw6xi6wfXmnUfK5chlDOc8xJlWGXmX+dQ6I3prX7WrwnmmTeb1ZPdvFyG/zcvL5tlwaR4cMtuQlZXmtn0tqgrzXHJMtvSci9gu5KChTuaYUIcmJ1a/io8JEAU4veCtR67ZrQpfXDQqXWQhPj3xSvk62muvH94QdElQJ66gLJ3CJ5yViTZ2emKDOjSx2pZTRXB++CsnvH8jed8ayXFjsI/cznXi7NWjIFfb03FakBXFN+AzblC3YPWyfsJRUvfYx5RKcpklw0O8PP3XyZYUJxbPVZGlN9bKLmspzs9uML+sf4ILODT4VijaE3LM8OWf1EODUYV9QHyLH1pZ/3FR5lmWXrHNsQSFVVrqPi/waIJeJgFX8F77bAiMPOxdZQn35reDHD0R5mm3wJC3bhr60JbTH8OLNdYPMpDHFOpKo8f+GGKV5mmF+sCAdQ4x+fsanCgkN+0jZWlryJ6MpQEmT9tkdlE3JnHmxwQ3BXcXWH8fpNPpUfq187PuALYZHqREF7jJFUvWMYyUqHh8ocEDBW8RW/GREXOzbs4DjBPiLYGiuUEjzbNXJXEGeZpvd2JP7DybenLxtHgEfKYO9htEyA5R0sLWiY1XxqkDAcVG2kRLv3EjCjkX8GV6zGj0VHI3ypP+G+ay6M5+OvGNHKDgAVkW+LqHqDHBymhGduvER9HSqai78ETSza47vaQkw6Gx0IN0xCSyBd7cl1TbRJe4i37rdPA0LVCv6SBYYF7WhrS9xc12jiSvNEe/dS9EV6jBEXZpZA7gK3t7sO+LjM0L0RqdjkvMfZD2oDHA0oH2FtLLGi0crYaoerqL3tcrk4yET3WKdIf3uNWNSGppaSx1cLOdY++x99rfuFvdG1lDf8v+Igt8uqP9mZ6jQPqGhm5zefqZ7kAPU53C2AiC5RtZH98YJ7b5rmqOswUu0K7Kco9vd3e4uZyBcqdLd9xJ7LOQGMjOtAt1po9MZypXnWln6kxVpjPHQ4r1vzN93VvKSyIhcW/3JMvTljCn6iTfc1uraT/OrtqvyIckGDw43QL1z9IOChr1Ut3fILNrO9WFPjDvGpu5y1UQsr12T3JQkQu6H21c7KV4WkojiFPs0OIILVw5kPNAZF43j8/8/Nxpmy7hcvQd5WX6Qnoj+7dsczk/K/FCpt8vjV1FDYiq/nzRqf+eMQHGpqFt1F509wbydRDbJJEOPpZJcndSVM32BH1jx0wN1yfjCF3zON0hA7/Rh/w+e1HHzCw6Uz1luqox7DPGGtwpszPrKS8E+yRPzrV1bLlEuzibl7YNqyXudGAP/lGsjVRk7nGCCurvTaJBCrvLYTRIKZrnDB3lkEFkaBztSY7O1vvRfNeZx7883JXHooLudaVryGOP+jlxn2ub+W7WkLM+buLMpMRWNMD+zsEGu6dL46l9f2B5vlzd79I59IB7lO1zO/IsBNJp7MRfCW3UmAGJLlGK/FlOHvkzR6MUJMupjHkgz+Ovd7OQLG3C+fSg21ONUztF0EZbh/WJdZIt/zo9NYp9R86f4rX1d2SlYxcVVFJTQO2AXj00aBOVYoim2W2Gfu/KaVHwkDMUB8uy75hbjaHApnluinw23M7RxiCydopydKxGtsd0neZ/4fdXtQsXmkNCzMbvqqsDnO4edo4s95JzE/RXM3HCCT1EncbWhmPZarQ31+JCaP9/s379oPZHXCkSqkf+KF4R09li3VPlqG3G8ozI0Shbqiu0oYpgL7ZsohcpjmqaTycntgGqVWDofPWoy9Gd6jGXL3ytqVlDCxysVA1s8R9eqDurxbtQFSL+4XFnqW+YZ4m+3D7hZiVaSzsaqQ1NUavUvcmZHyvq/EA8CIPp/OBYjp7C/LYFfcxSY5SneepiKmOLwtTsGeoPTt6ibwQcxYdpUFCX9GQNo9R2pD9yRO+T7lidY27nH4YfG+jSXkvA6sV/eHuJhYUdTWabj+Ecz1a7piYguONvMDfLPVyda30JRV8zWX4emebTNXQPQ0GAjNiOarp+TRtaYGA78favXvSUk1i50UURNbAC96XHw9F8phC8pPEcdTZXeQ8dZI+s4lyCP9uzIJ2amhD/Bf9G8V0fITae9xD4cXJ0nL5THVOI7+3SLJJiVSFeaRnLJHg3fFlFf3LeA/zXxGOwknYIulFZxlIZR6sudB2yD4Ro5bcO7eD3naqpSc63lyWenKam03Tx74c4YkZqhmXsg/Bcetr5eLkKesbBMoaoxhwtcnX0QZiJ0nuIGy1+Rv7CmdhynYtcBZ2mm5repHW3CW+WoPM0uhp6lut5zi1kf5hEOJymxXs6RMkVKZ2JUBolm5q2dWvX72sVdgSJ/kuxgzvQ+BDYwYqAHvxhIUpwBnZEm2fu1j2pSucI2MDPueedxxJuahocrbu1F5xgFnvE4s3Zco4WF6K2ywpzq4LuVIhHO9HYZMfNF80sS4MjrHrM0QZKZx88tlW0dvx8rhA/35bmqsNcPTU1IZIeJ2ecm31EvSV/phZsqo2Pr881i6+v4Cs1Rd7t1zk35D0aHo5RiOgYY3L0l0DwPxYVlYTtaLdMlpn+/DUg33SkXllYnvtyLHlTU5Rgx/XktVXKXVyaaXdimGO7HGLrj9U1Cmed7yh5FnFOEhdfvM5L1zD3sRAP1UCHqR1DQ5cn2BX+7Rcl3+DesKX1+6L7s4N8fMYZNUeXUZZ8TBfOPYjGl1pedE1N7ampqZ4Wu0X0ooNUT79vjv7sgH7j+5qjvwYVJb2bE17GHjBYNwayRP6h7aAOD/ckiZ4UDWEgWbolfCWIE+x4jx2WRrIizq40XrQnWx4xS2HhGsdMJX3VaJpTiNwHU4llxK0X2ft6Be0W/DnYPgA7ya/1ZHopeMkdoi31Y+tbcbTjOD5bp+wYAzhr5LSCbWg1r8YpBS1miSv2IUiMhy/7e1JsK32an4EfXjUrK34axLcvUO/qtCbEi/uYUl/bfD2ClnBkvXhqRe7mk5q9B7exEGe7aeMmz23KuMWM8Zq2fCT7FCSKpavqlLwHxveO0HOMCD8MEMQuplX2EG1oMc20+ZJ65O0NRw+W3lm73jBjyHuCUeJQavn7vVnIBEm/n/yW7yfPln7BTuv8gqWl1/6G/n7zr9ip8BX9ubCebdH+W8Ly/Hm+HOIYN+27+ZjfRm59/d+msSjroXi8Q7Ou0d7WSc3FYx0aGWk8VTrOoWl5lItLrj3Gcrf5CIdmEQ0NyjNj6YUAZ5yhHJ9TyoUmeQ6WohJ2CegUiwOT7CeiPYADp4Fe5gi+k/Sl9mF1mX07a4IHdJ5ecXJ6uZyZlPqqG4KYo0f7see7nlFzVWIJ85gm3QtWKNjPYEGCrj5fv+qWOkQ4IgN9F9WFnxwa3MtojMsc+vFC0FddZHL0Qz6Xo/zD9hGr+OmYY53AsL2LkojHszXyijuqC3hF+r1rtkYU/cEaPXvNweaOuTI0GMFP4j/4yecnoyXPLiBHQ9QtBnkr96lfani1P8yMZD11/fEmabRJGf3FQeuH/37j4k58dAn4TuqSWNAUBRp7y4HmY1PpRtIlSZ5eFE4IumY7Zi/kOJ/u2YvMNRHyb+vpmsgwSkzEaJR/dWn+9ulFaHPwolgqC3Nhcc6C4BWcmrHsN4joMfV13RI+ukf3OJuWu7a8UoHKIb0zJfjple7V0KOit6UDOE8BaNeISyvOlyh+N8vehqvDtiSo6zuF3neC+qBH+XPXIINvPj6sSXLiOgWVDnrcVAuL+BUKSIhjaQ+WFn8wll4NXgnOZW1yhFNU6QzNVJU0jrZzODnPD4XPaQotLGHlAMqCSRBMcbcNxew98m1Ws+c4bdOsp81qKm2zgmppGt2STVEG0MK5toeWTCX8mpbsDDJ6cYIKH9NvHaTBefZ1dxljQQjOK57ECdFRLU1wp0SG1oSLrGF9aorCmVQ0D0SkieaJJ64KaulIhVg7aN9SXie8UsIGcrtOSwPFLo3rRNaepaVBQ1H22BB1Ib9D89yxdK6db6fR+DDmvK/Jtgu/02s86ndn8Xd9VtpapYCmu7PG6ronm6fJuoZuYoRqedby06LPYkVNDnpwfpuccj5UyJLtTmVRnqXgCoc4oZj1R5SbYA8oygnLcyyEzPK2dIkVKVvpvBUz5eU6NrD0hoO8+4hxZktLGs7puk89TO/zVWTeYback0VmLnaYXjTR+my072Z+zlI1bRvZVl/LpAjI7VpEOm4pIw25fRdZYAzWUks8McW8MCgj3DBDVMvcMJ0CcMIgp2XjOGFO0+vihEkZYZ5Uv2b89ysDv/5TK1ilE3a++RonILAizUuQzE/NyFporiXIKs0zuo/I/wX0m0jKek7BaVb4ZwLGSsnwPY+UcpsuXieC271Sdnz3d84Og0UMsUgHMFt8P4Kn+77MGsZKyfO3zerfFSSHSXgL1pC/krIXFMfmt6ZFJiCP09cjycis5gwvweSdCI6dIKbTCVl5l3BNP0GWtPWW/k9oDHOSAasSqOQLjKG/OUMr3Z8UcsSFaWRyYS9BJN5NKohyCR7pAYxsfy8N1CM5F6+9aaQb2WsLCdPK5DgWGLtPafxxnhFiptHVPK6vO/S+dOSuZ4zuMzguf5r11knPWMfrjsqplla5aXQ2pRHpD2URez44+ig6NYOcRZw2B5RY/2TO9KRBiddgIS1Qcxgv8U19eoLditgWGQ/0CB7yCYXWpc0ZBa7DanrdSY8sSa6G94SPty/REaaMeqmVNDvAXtGdY27zzNW4l5Ka6mlFdl8ytBoW6uBGOi7cVY0ITw4r3U+iN9006pQ1vN/KKAkaOqJKDlMjOeqriufJFDo+EFlbwRiL2CGLR6ssyX5LufNupKy6EnHTAfoi86OWBiXYQqaQf5PjzBtVQPSupq34bFrJeF54nxpeST9kts4BVJusIp+X49kwqwtoQ5ihrzvsWnnGLj8JUUeqLa/Al9QA0sE0a+hqa0ragvdOWvoBtzU7NLSH2pgWq4NfRufQWYwhDkZCx/VZrvG2EOu5lhGPsAtVaR295RCJgKhlZv8oilTGSK4rRjmNUK6hDwMTSAT9ROd5etaORpY5I9r6d1SWs5RStCPhjuzOWEbNMbpk/0YP59NU/aYGzw0wvqBXzaeBjC52o25jSmf0uqK1BDtnDL3Gvt80FvVRXhE+juuTRMrcypwoPoarNoneaku1hJysNI6rkt98L9bIR9PyoI5PUahRYraq6UiSLwwN8rkQUUMvhJVuMbMcbq3OUdhLxtGLYZWqdPX0XpAv1OAjYvC2pXEy2fXGyYzJQmJJTEwaDeMxm1uKhElxmzUw9D7T7JrHwWSTOJhK56NUgAzWPEIFI/dk4j8ShpOlWuTnfLJF2f1/d/OybztmILLvuBMpLfOBqaNngg9pjfPRF4Z12384SzbcLqqmh6lvZCgX1hWY8tL5VcZMNTdqw9Eqcg82RsEOgtXtDYc+ie3N8ArBegTfo7dX6UBbQxeExfcaKMzcb5HZU+kepqd0OW3Lc/OMAk5WKRaRSSJpEEPzrkO8TDEy0e5ZsaSOoUrGVXgqgs3ox9lUr16t/6JrCbHfuPO0zheud6TOzpKgoNbRu6ai6M57rj09hNNncCNkg/klfy9L3ajSnRe87zrwKm8qeBgvdZ7Ho4nRZurIj9goWk6OhNEGrX/gfqM/dB+5l+nG0NLH7p9uqvrEwS6O8/4OyvfvmeBTp+hJC/+vpSYXBpYo3tdsre52sVqUnJ5RslzDC6fivji7qZNZu8Q8R7QY1rShs4IaZqrUMSx/iIOApDsmQDaclD9NY+bJ34jVx1kJDJJ3W3gHhLlBIrukzHxt1Aj+pse5PGfjQC+tCrOM8Ic9tI59To7OTDx997hiBtNiPD7gRe1CxQjXtuCxtYx+l6JdF8/QPTkrQFDKmhI//P20Prw9xBDCmoJRBrYq5m55lCIEjqYg3loJ+nY5dU72rz1cjt7NQsd8JwrjuwsZ7D63UzNPr0T6VjqcU01s47KM/PtnJVYJXyITY3cKM5VuHmdf4v8tI9vhXcXvhqhf2IQGmkcDMCZk49bcW8z8d+igTI0bohooilM9YBvl4k7Zn6lK92OOL3o8NIw/6rlz/aluMuvfXv5WOuwTjYT/g4ejIx2kTk6+RPGMgnTrmZTzlpesEt7hpYw9Itewj4xixuF3mOkBfV4TCurc7doUznbSlm9pFxXHuyjZI31sl8R0taEqRqZkvgktuQmIyRpd2FNx1Ud13VkU04UrRnlPPRhih5oK0sHdvK+3ik/TlkrrlzizS7O5ArKqsKU6ZtDADtM6RgzlLgrxXdW8JxmlLHg6PK7ekoI2ZZN143F0dmHtGa0rahOXJ5kH6yuJsz1O7qu0pamFqDA8MURNovsUosJg49slifnycVJpXNW3wpbjqlKJq4MFKgi0vSC8Qz+oW8eGfhreTmcyg8JOPHO6k6NvWugBwiT8lfg27ZmEpzqJQ/M4sqbQCp5vQ2MywvZ4HbBpozwNozPVOFUWr7I7qQ+snEA0n+pWWaD7rrIyU6HhnBfUM7bwTszOId77QUq8iSizo+6VRV7xQiURHrIHYlbt5wQpuIZWguGFaqivtbRVjN4DK3jr+B8BTpGKXmUfGK7l4n3caMYN7JbNB/szfhmu7+PytE08mo7P5qltvDSqJ0hQOdMcHBjefYSPBd6vATSVo7GKW2wktJblmLzB+qvxQot4bK9xIwr5CN2W/Wl9TKNdaIEu9ITZg8bwfECpkfowtZTGUBRsk2SBS3mOUaWKsELhG+AZk6D/yRfpY8pjufqizSvU6/h9XGbbeJl9wW7HdyvUnsbQS3aBQosVCiUt4d+Z9FxUniCbo88vJ7qt9EaQANrFt+o89dGex6cjY1kfD3ytaL9oePTjKLXnbqO2j6dp2KagHVRz+YN5Tp9m96SHqZ5GmHyM2bBD/J5eE/rM+tX6azHkCLSll21PGhxOol/pwaEDF2csNrP2MbJw6ugsPi1Ymqd+nG3LM2vHGAyH0IN9Gcy7weG5uiLGkx3igeHjbge2+oHHN40ekfdB/uTAME/fDBFDWJdYnAeojYlMQQ0+MqVV3DGGv1ciQMHPk6dJmUFqpzht0SYIV+DureOruWQt7Rx7T99oK5w7VWGOajIzjOHMM0R4mCSORfp+DPMn3aANVYWnafEoLCKJIrPUaMDn099i9J5TYPVFFCjbppWlTnGO42KGMWO6DqRGow5Qwhpq1C6x51oWq4KXaOBMLZZau8ad46/HiBHD+QF/+xng9/sO9IragaMG/pn9JCvYllJiKypnnCOgQOO0Wc3S/KjQ0MfZw9VVQR19kpVTv8R1bDgaabcYiN6In+N4GiUI3y1FN7WEvAlpZAoInA9RHXPTvJ/dSa0xgoQtVlrxg5/g8tQl3j2GbegV+z3+QlvRHjFy/yaRNXUFZu++pmssMThPuj3jPrpbvFe8d/yNeJewe/wV9814z7hrvE+8b9wj3i/+VgxLSb0FL3DXrFjI4Um/JpAd3vKJ+QDGKYSMMPw9xJ5RbP3OJeeZUYwcPzx8iHxcL+zze6nUM19saTB0oZlOFxlY/oeHXqsop9RT37ABT71816+ybWfbJDovXgt/VLgEOmbX59dP32aQ0dnH1X+nn2LQJvkpTk7szJDQZ2t4c8U2uH/8YDCCIxRHF5BUGjgy5WTOcJRzxLm2o4IlYd2ejnGUpwtofX6Ous3q5Vhfe+LjqFuvh+O8TfBwNHxpPBznb5KHY8KXwsMxMZl5Nf8BHwfmjzAWXhJ2SdAHzVptXvSFeUIm/c96QsZyVskWX8gWX8jm9YWkvozJgVgsqumf9KuCV2QplfpEWvKILGJ8ov9vXhFZUf9ev8j629ziGdniGdniGdniGflye0aA2GSpZ/wcs5CmPpL0dOOt2Wt7RsQatSnekW/H3jsyhJmvRX5J6ZuCGvpO/N2Y8ySUMHTD2mPp1eh78ZGRWH0wBw6Ic9QrbkuSadJIvWKcejDim+5rGUGN3GrXYDL7QcroBFtp2iArMUQNX4GHBUz3cakt3ve60q3WldyffJLZLNeB1b4x7aPNg5JRkSeLcTEdLOW2mlfRWYHoFLBEdaHesW+pNQ2muy3WXJ/4+7GjBjWGcyAxo7d4krZ4kr5snqSF1OEL8SGlK1POKM29Rf+9XqH/Ls/IV78Qz0i7f6NnZId/k2ekw/+kZ6TVl8ozsut/mWfkrOjz+kYG/Rf5RvrG59oNeS3m6rPZUvKv+SnOtd5P0Txz4r/Lo3BugYnFMl/JOdazsYzjfLsvyuMAVBCg7G2q58E/+Z/2QMh4xLQoaD4muFI8Klv8FPhel/EeIl8IXgVYzXtaS9+2+wTf0+BnrFCXK9wZXShZkZQ4OAbTVFV8SHy4fU+DW6dfnGduI5kfFcry856VCu1N+sK8Ixdv8Y6swzsyhMSuun4PiV/BsPeLrV+4dTevp0S0ly/eX3L1Wu+eejPSt9uwNwOlWhkZ7+l8on456B+vz39Sy9L3Q2YunKwVfUQf0xre1arpnjDHrBJpNqTYndNnvd+k2BPQrgW/yKZ4OarpW+GAONPMU3JoXOqNWZcPw3+vzevHcCWW0GkGe/AsSjlg7mIp7ev0bDAf2IaE05uZnBhxGffXx//ia35KC/ML7CbrZ35pme0FNvBvh+vjemmJ4aWahPkDvYRWU7sWvwvufDFeHezxY9fys8h6+OL9O+trfYuH59/p4ZG18vn8PIYWmVC17O2xwAVQ/50+H1zdkM/Hl9l0n0/xjGvu8xEZunE+n9Sr09z7AxlxJ22aryfPvp580RkwT++ZPP3EHmNLvT4iUcX3U6UGxq2plo6xqeUw9QaJ5VS8QakvSK625Avyd1r2BXlPkMxo7w/yvh8Zuc/j+8GT6/L9iEdANIBRtB+jpKfWeOnJ5/ESFM+BDXsJZK1tnK+gl97JIqIQeNDS+zyVq6RXCmiQ8xMku2pat19BrPqYx2BqhdVq83gaBsWD4up4fR4H4QZ9h+/MUbiDMf6ivRCil2PPHZAgN4Zqbb9EXODxC79kfostHokvyiPRvsgjEW9Wj0S8xSPBHglLNbGXpV9Ov4T0bYt3Yot34svgnfgBeyd+GF/XzD+xyA6OR1NzH8Vhn9tHca79cvsooJluWg7HeeHpZoEZbVrO4bCbLYej0s21FVQf/kFVunvCruqweA6fDPEdoOnga7zG+tzhMaJc+9FXgrMzCxVOmhmD3UxQ1H4Unxeu27Oy+fwq523xp2yCP+WIGB4V4BTfxizdi2kCy7kZJCivyPiEPlqd+AvwtriPPhUzmEscm/C33VN0MhsS5+laXaVPCV8mcIo2GKlti79kS17H/4bnYj+2vacW/Atchj2PCwJDWH1Pqf300EL8rCPva7pcfXn8F5Z7+q95MT4lGYcwqXld4yFeB5RZ11h00X/RQOjtoc6gL4fvQzwOvvfNPSFHxPBSDGN22KWk6Kshcl5wFaUte0m8P0PKglNwZy1WwJSFY/3eE7S+Lv/Jn2ndHhRpsbkPxUU4v56sX1dgGfdvh9pTreuL9620jsROt8XD8vk8LF5L+CSwpEI8LfdTf8vs8PN4PaArpKt1/X6Xu9QWv8cWv8cWv8cWv8cWv8f/R7+HieHvaO7rAHNvq2jdHo976Bvmm6bU7wFL+SiuP2YPSEXhDCn8xMU+ELsez8jDW3wjX2LfCDT1Sjc0HkVzVek9zNU6mriJ3pMt3pH/Ju/ICbqatvhHtvhHtvhHvgj/yB+U2OM31TtyXrip3pFhMXbVH8VfNv/IkbFxTwQ9aXiMEmDU+3E8RzU19aOmprtDI5HfCmUkdvgmjhM/Kj46PiWClByo1oT70U/idvT7KE/HxE8Ghg4zx3JuMn7Vc7wiOFtQ1gTHxQ30JFun8HXPoAa6Wh9sfBvCOpund5gPJUd3qX5URVlGTTyDd3Cl5ujj4xPiE2NoOfJUcdkc3UF56ke/Cmzyd1d1Z4LaCBvs71hTes48a06KLY2IW9P9dKqx9I47OfZ9+En8ZNAr62tvQ7+nOCDqwrXm6InA0F00S8+nw1RHktOIjFp3dZcyrPPmkytYB7dpRf+0OUJdxfpYtmgGxawXipZoyQR3cA1oDzKvFSklfRELjdyR01KczIpt1zrlYD4UZ+830D7G67543mvwnWgX1uJThlpfzyEmT/3M8cpSf1PKKXykGmA+H3+t/9LNuWr3NX4mjvx/NBOFUbKGGXWupBz9PRRrAGrYNYQWXhtvma3/jbM1S2V0SlwXH0oX28FRHNTTqfGo+LT49PiMeHQMWXtmPCbuEeA+5O/w8JT4pzHe7pXsTMrSCgXGwTYUU1MyJsQ8XMA1gkXvKTWUzwt/SmYoZouhLBFVUQOdZLMKWoN/JuBnPiWxOv2JZfsZ5OgptauW51ur3egBEg5RbzWq4drGZaAFHKfxHM6+bxVZgHy+Fuy5l/GOBH70s2LUuZrOihtoazMlaEtnxYaepiz3soyepf00ngxomLsx3DFcxP6znrQ8EN+7/wUPPPAw8FtKDmKbbA3NDn/AFtf29LaC1XUP1Y89SEPo1hDMknk6m86hs+ksfu9s4rdrZNZJ4E5ZtrRfzuP7Fo1UOC9LCysLa6v0tHwJ+6Fl7VQnFsEXwsWhoedDeRJeVPAG7077mnGY95l21NGOplGqjtplLTOi1xYxdKNG6Vlq2wJz/NkxevWEWaohY3qEG78euujtdRlb7PK8sz8eWt7n/To5J0ZE/dj4P7VW5G3XXivENowgyT24LcyyDO6qZpLIC9j8vkJltBVtTTJbIR3XEPxymOXQwcrDpYRrfg3g3uRoJt8Ta4h8Jfm6FVRrLF0a9LIq+RoRtaGzdRz8noja0zs8m2C3GebuTlpexL/eoXPoCDcuLuM58ocs+tpV9Ywt97U7taJG0qzfYhxr6BfMdBzxvHvXQv/D8yfpW8w79BYpuiszzI1mvtYcvcPP/VKfG8N2PDWrCqWB4TLMzdXt6R2ztc7RebH0WcZnemEGtUlkRRMNc9AAt6XWzLaeZU688sLMKcbswUzxdkw/U4Y5ObVXJ2eyM5mjPrXk4Wpn+jrhy8MiASvdN5IZgPJ7UcqF3oPR5TDv9+M5ENEwh9Pb1RTT0THOLkuZ/xjXj3CG37iB7ib/xYaw1Lk4U0Fjg50sJV9jf8rT20o8Mmca73OdScNDmUvP6wyj4li6MIkTncmWppvpV1p8yT9jydeeblL13IuGWGRjGT3DeN+yA/v5hC/zbMFbjNo2pidv0110t4LUgQy5VksLa/cwx5Kppf7lEqk8is6P21LXAPVbOjSR/cNcB5ZXYmGRr4T1uruzNJ7npKzwXdmPMk91pj2ZdRerFOcCrFR8tb35/jbK0lH2ghgrdFiCPmPp6eC9QNHHqtjGipUQEfbv9CQyzD2nMOcepNeMyKwf8qkIJVPJspTWGGBHNc8mzycZwGPosVCeoYKHTDxY3dWEuFgGDHP4PhfG+Ca12tApdmiykk2is71DE2NDbyVywkcFRPzshPiYzGrqFq1QF8WGhrlu0aR4sp4cN9DF8SXxxfGU+OL4Uv5vStyT3iOcB+82l8VT48vjrlnU/vOgjL7P6O0i234fQUJcEe/opsXTWT6AeTKiN0NLfw9lp5R9Gt7ogXpSYJirWL7kSp5fT6ntdQP71q4MrlAv0u5aMbPwYL2M2tLxui0dHuJciBWxg3krNPT3UPzVWWqtqug2Usk8zTHjMf7Fd/w0kcU1zCfZyNE5z+rLwyMcVhvev4EuzqRrDniGYBAez99WIsNeY7uloW+F3jJVQ68H9ckT8u+Htj09y747zMQPjKXtIkgtf0Z9kLZHpJHxtoUbydDD9FWSbPJUNrVSl6ti/8qMeH8aySdrbZ9QM+Ou2bnW89FjpbRNmEkeUS+p9szouz9FtHMIW2IDPR68wFZgX2IRR/H9LG6d/PYRf63pyviqeEZ8dYzYFURq5XgW7sg2DcVruVcSHwCNSSII7lKy69ypyuitsDW1p4z5eWjpmhhZ8E+rHM1VdyrEUvw8VuzT/1pmOe9/vaCxKGGX7hrMBpM94iOSOLRfxJgtFVzO8O7jyymO8nrSYH79g7VwsaAAycq3tcC0pm50ipJdRKwsp6h/BLDB+IhBYbT/o2lLM+JZcY5WqDl6N+Y2XaFyrIHWMLdoJfWjMjpX1RPGJke9qWN2rq3jp8ro9v9j70vApKiutt9zb93b1V1VOtqMY0jrDOACOoKDEkWdGB0/QUQZdEYln2Bwx6jgBDcSF5wxKhFFEAYXVIwiEuKCCgpGTUTcgqKMaySKGgOyqOBuwN9zblV3D6BoNPnMn3l8cLqrb926ddezvOc94LJcyyM0ObgHjml0cjBR8CYHohI3BmncbrnNLuP3EhqLo+QuPi1OQo289xIqjXN687scjBYvh98GLeK1vsxj7NM0asRPOJ+Cl9xbqLEOd9KwfAZxEi8wzylnTWZZt7Miz+Inyt3rso8341HxgQiyEXUy2l6MPORS3WTv7kkP6abYz5XgPGfrnnHN/K1wzyvUCw75xHvEiJgjlX0HLgf2NbqAPzFsXdYNggiqwh6qgBtybzQnlttvCsbTEWkn8fMvZ4kcxRiV96kZF1EWcw2v7xbl8EBc5r18fvUlxHUMknVfXPYa7VaQs131wTV6UVx/655tFLv6YzrhaCjBHsJ3pzyWStz5zjl+d0a1YnSK8jL5zLRc1x9tcrVG3Yc+ghri6+6K0Rb3oQFjqHDPJniPehLnQL85YK99FS42U4Ic9qBdJTd7P83Rn7cEyuPTj21wOVSZTqjHzZLr/Xp9Yobr8akeQ3E7puIfymBqcJ/kvK0XWXK1yuDWYCp4flXBp+O8++JzZVPZVX6rPkpzr/N3zr7MuwzfwX8/UzlMxQs2h6l+VzltbpfVdF/sy+KVMxEfKoeCcW9YhUvFis3vyr7B0T57qRagJP90RgpWaO5tbYx8G0CMcJoWsG1ci0aZ9IVbAT79LsjR9RjruZaPVqM1X2/CWakfeAZPEePJxnoNKBM0EH/uhOlBJsaAcT8byeE81muSrNFVhvesEeaqdVp/c5CTUkPV74Pj9G3B7YHBHcE/1FjPj/3LfO5w245QyZsuWu9N68F3Pyfn4p2BxYyg+J12JV6JndUiGEwjNxM4q0ni7TPwVRN+Tt3oZLorUGivcnFfD8dNxLaDyWqy6auyscWCf0nuHUAL0Y3e1O+22oX4HW9VjKduRHvl1twyOCycs/m4cyoQHKfD7b2gGDeX6L/XaUZZOg3RrZvBmOTxjr1QeJjXIqn1k3i/L8a9Jb+ftQ76jfE5l2Owl5QpxoIV7hvstccwzKBhOCL9C28Hb6GcolyLQShv8EarJ3dCP9lLWVbqTBUis7po8dpWOHYuvbt+ODVAzU0tp0bl6mhGZ5qMLsS/3h08owiPpizORRUeS7WXk8ZJy/XSxkQPtVBmW9nhJgkuoUWkn0p1jNeAZTQHA6WvBsT2iMSvek+QxYGKeZYPU9k8mvI52Rdr8GNaGI9uP7WAdtczA4v+qkVaMoA6UxbthbHyQNUiaLkqbK46+lmRohkX5trNWEX33KtVNq5xiHZ18qzdXT+acnVmY/nb3ctXuEd2lOvcoq1Nk7oO18uePCvgPadFpTUzU6aRia0XGTmxGSE8Trx3fG8BE5wRvG8NtjYOR1yG5K4NYYVbdBbr4oWzOFWNkTmXinspwHDFe8ju+nXGFYrNIzBXyq+/UDuY89UvlWHsg6y0c9XJyieWRU5V58mIV6oCprEBw5Wbz80waMKz5M5X97wAgbb4uzddsT/dPb0F0xXP2aMYA66TEeQz/DMEerlpgOvVnqoxHvNAl5sM7hXP47BUNu8d4ZW6KD7ZhgtKtlxfo/0YtbWftH6EIMIWwiEsnW3HsZ7+UGdxszpGswWMkZg5vZWeon+ok2vuDStlFmyln0qVFtlmnsXZmlcH70FPpwqlb5B35Gf8MsMRCBXM4SpWNp5DDiXn/LmuzVrwfYl84H5vF2MUAtyoXxL7XHGZEvxWG6xQ+5PLgefK3kG91VJ1KVarQbBgZtIEncja9KWYhVfoXr0bsXTagt6qi3gp52nWJXh+LxLvVWFvvIlYo95POa9pL8zBSF2FxanXU4uQoaNpMfZTzDu7CCWYTwOI0SUnqf3UcPxenUTljCAUufiNFGNqSrGQxxBZ8dzx9b1jGbKd2BGcdeLz/M6QkVYcFdu3NmbdKtYFsoIKK5X+Zv7hPfJvxDj3PeVk3Mur9urwYy+Ldpoxw020t/cTz2Ifz1k47qcEwWOxr0cox+7eCtUrb+1YquYIM4yVHYol0/k0ixKbSEZsZQEepW0LKKK8nauAZ1pShI9wKDiLruim9/P+x7OooP29RrGwOL9DfYy8WkKEXl4kLfmUWBdvEfs/t2t9tNOjzt/aypvqvKiMNajH0XQa2H96ql4Yeyxc+RPFF16OY4hn8zbUgMFi43heEJr3BZO0w1xy7jPWR5uVW49c5lSbERl9gV2WH+MIN9EIOM2qHrMDC+YZzsblONfLHNEwMoKLdL/zGdtB9l73naOIHKbi/sDJrWwDbMIfgtIYS2Hiv1fhgcDgY0143S7AKzaLBbYkfoK7y6E2Wp9ryVNYzvj6T+htFuDlr/EE54Ni67JBYCjvhdqwF4l3Eo5B2JDnqA+IDmQp3VyJZRj4pWXKY6sWz420jAGv8jIMM2mcZkqNjS0TaSyTE68PZqZ9GD2G0viFRK+N9B4MEmTgSO8U7y80Mc3e6JHeUI/9TSM9g5Eea9Ibtov7Yjd1VvGM/L+TP8wbKfcXSjh/Vbka6d3Du4zH9phZmEHJnbm4JdwvbCXZIe6Zb9ZeP8brJOUSj9I3saAn9k9XgxVv2/+dtTyNDfmV0ngoyGGxmevxCReqXZTDyrk2G3RQl1uWcIdicjqNQLNE1Mf+McjgT0FXs1M6h67ph4O5QQbX0VQ5X919hR5lREBhFvD4O1bK78sMz+Jw70B1VSwR3iuSr/OabmjG8OxN3ubctI+Z6TlwET1pDNELYfAHz3F8PxLsrh/4t897fkoyd7/tnOW6/vNmLbe6eDby9+I52GhdvU04GafAzevL7ZfPbI7iqo59qHsx8pzSccSY8zBdIr9xP6/FvMC9QR1WU7vYtmPsLaoSPyKWCh8N2O74WPB48ETwZPDnYH7wVPB0wFLc3TRD/ZlYNkr8q4lPthpP0wJ6htgvsyBYSIyPzWAR8Ru8QIRX6TUahsVEeJ0M3qBmNOJNysI963m6jQyeCVyEiC/znjWo1xTHgZWJvNuAFbS7z1gujt/w1Qf0IWUFmSTl6QzsoC4SyaAqzVrHs0HP9MKgS7oleC7gv88HzwUvBFpvSccYA77yYvBS/MtLwUsBX2fE7+WWrQKPyu4Aw4i1nun5pq8KMI3a4yfq5eAvwcvBK8Fp+hmqSs8gix+nTbpGLQrKUYmXgyF+l/RYsdyyj34s/hqU4DNZewczHk6kwKp0nWhGB5HFWq+zejK20lWltzITMTbWeLPSX+z78OQeFws10HM2saq00+Q4fm21Go53RTdZTXX4gN6jDHzch86Cgi1Y1ZLRqko7e9gmuF67nn5XxnCw92pwW/q1wPl8pok97iV4GBZrpO6+V/H1+sHET+UcSom+vQArMGudnZN1r5NMEvc1GWsx2HtZcRzXcuJIuQYM9lzcDtfEPeR0+g3p8qz/sg50O5z2MiGvAzkb6gSsq60ulPi8nukN6f/L6ZFUe5VBC/opdwIvonkpjlH+ZywBbHdKLAA8ej0lkvTxVEHzL8RR9qSh1EGslGtRE7/vQnyglWbdtEZy3zobTFXa4APqhGm4Wn+oDD5Q7HetMlPi2FO2Bh8ZI/0Zfcl9msIqKpWSOXWA6sJxYKYGw2MrUVU6knq5pz4Tu9Y/hLu2RbGVoEMqK1G+tUjyjVRjKbaz62t+VemNa35Vadb5Fge/1V9P63tRsc4XbkDn245cRmC2Wbi42wUpXkXD8UyqGXfQo1AmsXe3bsGGbd1cQ041orP6ibortsDzui22uRdb2x/WszRbi+ri8WVtfX96RNdLxBOjGnvJk1P59cyWusSivr6uv6aVpu/ebSpl8KyaF+O2nJ3ven+hzI8HJNJ8E+8Ba/FsKid4+cRD/6F25995WJjiNRd5PtWBY5838ebotzSfaw04vcgi5SvuhU29Omn7mUWMDyVeCg4zfDM284bhQZXElvOTNvceVFO0a497J9fHbCdJYhY5su5lDMd0iR6813O7WSPKsBhL1fs0KOYN6KvqMEVnMYD4rHpW34wyr1n8TtVinyZs6f3Aq4ztF1XpJCONs7yOpA5faAMXUC3jBag2lUVLisvxb2+Jh8vIN7e2kmvl6IEs8er9qeY6S9Av9nYXa/FVaRcJxCgw1qgfxnJ6SeIEd/d4n28U3bW3mhTv284OkGBWv57+v2Gdn1uU6PxV6S/X+bvgEG9DGr+TnFaoAK8HSStZ89fiz3Ezd13N30lUnUWmsuhrNqz5V6W/rpzl9Pvk6Zeup99nsdyrBssQjEV3+ATCMR7Pw1rxZqz0HCqrJcaB3aJXeTXqjSCH5d44+juyWC01rvSe9f6mslhG7puL+lOxd32lx1b568jiQL/c6yFWxpsEbbYzTcAOaqW3o2C4P/eY3+H1PG7PiFzQEF9n2eDNYBr9TPWH8yRy+xaiGb0xXPzQFok/2mnPfwsSbCD/K9mghLDSq0MJ6mTF7Zl5K9hcdZY9yMdKb2fqrNhj85Tms/7dNO8W6S8k1rFeO71t5u9BF8phn9SSwNk66+LIA94X3003y3zi5yb8I0uDl6kz/a/ldVAeNGAZfmjYA5RIIhXiHXpb8HtHqiH6bP1Dxb0/nJYE5VgW8NVmVCouu0ZmxZGKzzgXp8nyia9Wq2bZ4RjH95p6jRK/3uWxZZj7jkd6pVeQSEJTFjMaOIzTZSoyXEcH2tSUmM1MieE44wnxKcgSspVP/G48AtzfPBavoiPe9zrhau2es65Ms9JzMo17arEccp+3vhxi4nJHojNF+kTlvCZbacfVmrSDGVBWEfegk0dOzDRl2O69POD8XTerFmVxCxJp5BfqLO+XaS65IlgZXJxmbOE7gXsT9p4ndbte4rmhRC5Y6Q0gZj04zDC/+F02wBH4mdrC7Easz/H+zZYuvjKQ2LrdCe1gRBb5QJVnlngZTJY7TlUN2Nx0C65BM7KmMn7SxeiBRfhIZiy3hPtNoqop6bWjJHaRY/c31Ccp1OdbvIUx2FWPVjf4EcolwpOfb3Gz8olj9VmSl/WTYl2Xn+i8C+5tI2FS2DGVvF+EWWhSXH4Lw6vbXeX/3w2DzU07k8W7QTnKM+8F/Az31NZP2tDbcTS2W1u85y2KZ4f7JcCmqMMuXkZicJPrw/MR3HxliHbR2Km4f9Yojk5fFZTTp1TgueHvaSzK99lwHJDm8rz+jGY2hXuJvR2ux94ypVgdMJ/MZFOKyaqyaAT43v2JfY38Du7aAno/IHwQjPFWkYs/3lN/GLhPHwWRlFkJi7T5OHjLNEpszBVqmeLrDld1tR4c1+UwhK5/5nyFTeAc5XR7vqc4ZrkY2czIq+Sc+yRofc4d7v337PhOh27b99v2/eJ9/9O2ff9L9/3X1Lr7+9P0n76/cy07Gr56Fi5Q12r2hefwWdCI7Y0fx3xy+QMUr5MuxtlLtjZJv16gSrAbVae/7Tnx1688J1hKv1hZqb8pf/VhP4vdqFz9I7BYEzAuaXKqHoE5VU0xUwRPxRiCKaYj7sq/R9LX96AjmuFaco3O4W/6MbYGqkJfHahbBBkwxZTm55E7sz4OLNYGl3sfB6yjfb7e6VWOOZqA8OPAgMKcxNA+jUZs6GRbQMymd7PKYTV7wTCTHjPt0JM+DrgNbxDf63aHBrwsliBCCaNsQh1mpGa2mfgyRxkpxv7iD73EI6Dip5SgWjJ2LqcK3JK+UbN/ns8aN+7HqUPlrGG7PreWa3E4+uHr9VvbSdyme7WdwW26V5vu9d+ieynbdsL8K08Y3jUdYp3Zii4zzeLn4Ht4DnxKm+BR7VD1i/EpufnypqpRO9NQatMT286oNj2xTU/8/p9F/zn6HfeX24X9ol3Y3XedOsZjLhwvXEWVMtNdbLsJCcNgQ4eYSoWME7lMud0gMn44DCnjcFKd4pj8FjSrdNiAV7FCVaCGXJwG+zWNxEu4U3CYxCdcigr8MOMieWfEJ8wQzUijy9SnMr5TdAd6Sl+jGXUhe2zYrKywe26lV1Gy2n2sUB2IV2IWIxTX/u88bZM484EesyLwt4Ee7xaZ8EoUrgThaOSwFmHI18qEf/RsjKfF3uveTuoV+qlOPt+qCFG4uSqDj3a0SXhnmp+2aTg9nUM6vqMk3Cx8DTvqBTSeKtVHmpn2z8LQdAP2STH65zW1VXo3Gk8V9hb4MZKgD3OchtmwXcgsCEMDX7DySYR3kI/xTvyXWYzTnTCSHOKLPZKVebmIIz/KoDIGV5Krh0S24tG4Qzz8HxFf4afVSWznq3RwJiNI/9fUbebqDJ974/TrxPvKblQaTjSVWEVH4oPUocKxOU6/k+5ulqotwmac5/0lxVFdZWENLN5JD8OW4Q/CLNqH3Bc/DPdSC6jKz4UNeFtVYr/UEdgq3Dq8JigPuSUVoUWH8IMU4S5aRZ3QMdzbNOAs7OiX4yPFd7xE3y0GsRgzyp5qg5n4NkwkhVq+X/g7xoE2olP4rN0mNLhFPeFvG24Xbh+693cxVgGW29o8GxfjsNvFe+QeGf71fW3ROfx2/W8kPue8TE7il/i+7w4VWjyWo76DkRyl7fduHL8vCNx/xbq55XvY31l0CQ12COfEeGHm72+KI8nH6SQW/nmUYsdwsGpnEzxLDgnyZSYO+45HjWPP76FRfk545fZQ38UoVobfZvQqw7ZVwv27br8WJJSEw6kw38flGatan9fp700cyV0olszuacU/tjEZbeORHDuFh/pdw24hY7y7hjuH/y07yvdvdKvCbza2rc/Zb3vGbnx0GLv57xyhf1e/c7zCR/506h72sbuEHK23a5hD7luMxne1bvbH92/dMOa3FhWYgh0kK1YAtmz1CF2GpyxKDXNw7ZGP3u2fZv4Wp+GwFnoxhqF/eiKOwjmwqFaEpOc3wY9CtvIEmrUtxrf3T0/RLuOH08WKs3uwFfQixZEkjmkuUMtUD2F4dtxlfLcVNqdJbCszRlpz5Tfa1cuL5t8Is/H5t+EyG55/d+dlk41HNlXGJdluwFYRx0TwdXP4rK9dfbvoJq7hP3UvZ1z3xvaUe73/i5P6v+XcdRkxEn33BeoHW5QVY7fw8cwzyqJWuOV3D0/wv29j+3t7m73dJiyw32RkndWoPo+5L4vH9UysMkZGNxBrUmteQMfK1oTNcBK5Z//ecvzMWJ0wzjnZtWfYiIMo4fHfUf8k9rww7303gklsVL+3Vu5O7nzS7pRhhjoe8YzMkW0FVW/xqekCN/bviHXcjf5uRSOc4OyTkf69XT8u/puM98eZE3wVMyFV44zvnQS+R3iYaZMKvu2q5lFuW9X/f63q72q0v6t13IMcs9vGz+nGb3hOu3smoQJ7hg2xjNsuzr0X4DzxhgdF+fc4Js7dk+TeCzBIu+x7fWmQbozZ3DLCvdmA3srd+d+yc3y3c6OwE+wV/ifuBBvaAyy6Z1rvAy5zl8I0snnW5H/9fvDlu8G39EVIVCEEv9CNemXaC2d/Dlvi2zBTuPU96mt6MluzPnzd9cVYj4Eydt/UlvKvXWHD/6VrjO8sHpnOlLL1IHpczxZsDsejcs4FEmaHez32dN9Mp6A96iFl6O8qg3IdmHu9u+J1xs/qQcW7cYA2+aowgtXhj0NuG/MDDDVp2PRa/FQ3Y++Q/XhsQRmOn4S7hAPpVL9WcjRFMYdTLvSF2Z77Lo1/eITuYSP2CfcNE06o3pKVi33SzLK0CypwqF8T7hdyzqDEA5kLTd5S9v2znO6U/uek8o0hF1rPEx//E+4fHikItk5+JLU8jHO0j76weJUuSLm2nCWZoqvDcXoGMTsvf+4V9g4PCH8cVgjvNNvQ9hJu3KSuPuEYb0ddHWawKmYMeBbNYp+fJRkVhpo31Kv2wI16fbm3F/nvtmJNn0luX13kt0dgxhRlNSn+1fVx6x42G+SwcgxWDWYdP0LeirpLaGQc/t3j4/rIteMc9Z/AArbhPuz+nfUf19k3/PZ7Yt/w+y83JuPqS2aTky3zmrzgH5wpwY2CinV925m6h4Ve/WrZwOWgaC3dJYifL3t665XVhIPCcsn/RZrbE+AqmQ1GZggzMLfIKlNxltg0OqjWM+HrtvWbrZvWiKz/PL68g8N+If8b6m3Mv1koWVgT/P3bWMD5/u8jt9f3hxVuBtWG/cOd0l+Hsw2xvtyOTvaYu+3yVA4VwUHK1XBIeGh4YrourA8PCw8PjwgHhD8N/1f+HhkODA9Sg8Kjwp3Djc2CpUE/0zluk+T4C3cOlwbu+1dlZ+EZkIy6K52M+PoZWHZEJYpHuHVGFu6hH20kG8uT9LNwcHh0eEx4bHhceHx4Qrh7qs6cGA4JTwp/Hp4c1uMsnPINcF9fNmrL8vl6nObIPjIrOal4RTTaSd6pYalkWOG8PV///Cq08Z/Tvv5dfux/55pM+uRKs4xcGcJhHoEx1kNDi2HhaWFFvucawtPSvwiHh3sEp4cVOCNsCE8JA1hl8bHinJociXBIvrSLEhno9aSUcZlRrgzODM8Kzw5HhEPS359dfYJEb7gnFDDPgTnQMLPX2nV+4Xm44ZpetW+oIB2B/aH8nm6W8advNsv4jm8rE3Ed3z+ZaKh5XVWjq//TNEcydQ9llplq9MYvw738OYqjlDbVnekdyW830f4qzKEGF1GZV05GchE8iAzOCf8HR9HTihHK54ZZPEqbUg4TkZb8VueFCZfcCK9aMp7wE0rRjNvIKpJx+IPnqxXqnfQmOD+0GBleEHJ+gRxCGpki4dMaqcb5fW0OjeExKotRlENTeGG4ufl12ICtjMFF4UT0tWd6WVwcMq/ZMeqS8Fl00/fj9hRHKhzqjwp/pn4TPkRLcGnI8+PicHTIaO9+gtx+hB6locLalsVh+rJQcp6FJShXy9SzmRsVz38IN9mYkBF826grwhosUxwDwbzZNVihfkDluIlYPuPy5Zqv7ZqqNKcgiyvCRjseq2hsSDhHd6Z6/MjrJTmDxoVZ2k6P0y/DxX6vpVm4Msxha09ya6n9UznMQg1WE2F82JdasI2aEJajvTlRfUDNYQMmhgOpl9eIySmDv+hVwVUhr5CX5Y61VGU47/LVIbd9G9UP14TPerWot6+Qj5fxa284StUsjEGtnIg5zCGOJGC+t2tDjmTz1bM6ULyrbJVepjiTDo/6FO2rTVOd0NtcR4tSjOvg3BRXhYskrmsWjTMrqCp1rPHh5hjXxwya7wof5Oayd/M8YDthP8mxxvNr0hfvfV1Y5vHMYj7nZ71ZivnmK3Gr+pE3E8Y2YDFlsb0q5IZxWSe6KPecda/voJLcOIHkeagpypLoC0KkkFXClWud36YWB2Mbmhb/lpXcNkPkBKyDuzYZB9HJwti5Qzq7ThaMHtiVOPNFgWPQ1eByViT5L7JxJAxf6ak2nPGCY8nWZcB0/OYul4xjwnSRJs8pg+fVC8qnydB5XscX1UuKY0tWowHHmyQzB7/Tq5Ix5HOJG2DJak1cd4HH8YY4s800MrjXq8VVocsZ6uLLLJLWuJjFHaV/kmhDd24keS6J3Pvw/n1WysQZr3i+Fu/fPBsW63IMpBasRpPkQsjKeLh9/yNhTeT1wlEZbje/Xlb1vqgRtvNayc90UpwXcxnm4gU5E3Io19y65E14tv+734SxOJubOymLj5SJUTcpMzrOQ5DFCd7J3kQ1HHd5SUaw3xDjdrgdjle0JH8qGpSbJjwHjgdzd+Yk4o51/hM9h/r5pllQijOOfHm+kR9iO0rYMgt5lwLpsdaMmTeEzBzfXXK23+aXyp25oprY/vvPWtQ3hGDZWCaADZ2/G8sC8G1O5Y1lAkhyIHMffFfyV2ILmvwNUYl8x41tmN5/2s/ROk7m2+g1/3/GwfjYVRt0NWzPziCRIlU+N5/r79+GJPveGLFs834UpBfC+SVcdkajbwr39Djn6jty3yjJpdOs7ocvPMJ895USo/pmcHPYmZbQlJD3vKtwYMrizcDpCCu9f3YG/F/ZfG8KbxHk/U3hcenCfOGr///NlaxIKItwhrRpajgR/TmTjZQfgxKvE+7zONOb+7bAMNuCQVWqFsYsQjU+/3wC21XNrSHnAP1VehrvbObW8Do9QXIM8Xc+K7tojjfmb5xzNIOeNI14bvGJzFd7ktSDg7EMXbSLL75e+pVzAu6OGarpa4zg70I3glwjj+C08Lh0BVaqLeMR2/h4fa6ZB2oRj4+dHroY42X4fcgtY/6AGaptdbWtrn/f6ipk/3a52pnVOcnyW+a1zmxfbEGsShdbEBvicUjyft8W3h7eFt4R3hbeGRrcFs4IXYbbkWjEXeHd4T0h19uTZoqHeVZ4b3hf2CRZfmeHv03x9RH6FyaDizOzQyVZz0ZjqMzYIR7bxFYoT92iKtWckMtyXs37wxNUQ/AylaC3Zk12q/REQ5gdloO1iw/onfQH3myJz/9DmMP94TK6g9g+caPKSJYKFyfGMQ5Z+oAeCB8MZ4cPhUek6zEt9ceQ5dGZGYubvUkex3pPjTPslsu43BNjdlga6EYKz6IcoyiIEQ4sK/4pLJYVF0oWpofDX2TqhEf9J14ywpyPcnGKJWtm5GfOFIfIc5nGmfH8auvLmHBkxRuC8Xf5CeeGv/WXquVksK3PvuRHQmsI80LWSggNwezw0dDdw/19X+juGoNyNKNFvFSTFWsk000pxnicB3Mt7gsfC7N4PMzhc6yI8yE/EW6uAjwZ1mF73cnvn9nRS2o/3MvFa75E2GVy+HM4P7zIfyr06ekwhwXhM2Ejng0Xhi3hwvC5cKjHfVWCS/1muIzKr+P50GXHtLLjLcR9XrNoiy+E0OXCPpQW/oFKNZ84pv9lvBiu0fXYCxoZvBTupl8OebdyeZx3FLQil9/Rz2AvNZ4uxapMMyL8JXwl/Eu4KDT4a9gQTDDjiTNsV+BD3SwcNJxb8NWQyw+XO7J4LVwcVuP18I3wzfBv4VDviRTHf7o92eWs6Cvj5bz7HxGfMJuEC7GCmKtnrjWow64+XyvBW2GzlP17uCSsx2thOQ7zloZvh8vC5eEculzy/ZxufCTfsvmMwcvDJmPQx6TxIFwOjgAnaEZdrggZR5jG8vBBNMDlE10e3m57cWR5aHQ/wXm47GP16Ae+YrRDAZRgb9sIjoFiOwmXucmyZsf6t8vckuQK4HsWko+F5Fjqn/TL8ddwfsZpwYl95I64xPAv9OYk51kW7aivl+Q/+yg9gE6JtUe3hw0H38O//kkYUPjNf00mr9mujPvidJPFO+FAWVUPUKOUe5CUfkOtBPN7PGsnE5d/J2Q293dDrvF0yeXJ73HJF7sws/pk5U1+Bisa8nCVQxXWKLacjtafUiXeC19EGFbgcDmFNpXclWWe4/o4Vf1d9AGuoT2cFLJQz0QTOOfyMNE6z5BfJ2AmXARSU5xbuVpQIJzB8eLYQs7ljMyG9+Ay1fNsu0I+l+TvasQznivL2vuxcT/XIevxyp2AOlxcVNsUnUJTnJMuKVuOkFzmkiSvJDNKcIbbW5TrG3e322kWEOeZ5hHc2quTnXEH3APOENcLz3iMaOV2dZB9n+9aFb7u1WCib3Gy4fJPWSv7XB3ujNttY3sbM9cMp4zkJFmsGJf4jLdQcpY/qJhDZVrAuxxnjXHt5DpIMcb2fPSVVrm89q5O/nW2DfLzaJh4R5Ke4vfmLI7u/RyHVkr4XE4Sa+VAGkWFHmJuFG4B/3ZnulTyTpBYo7i2m3zHo+N+rxX7xEP0ALlZacH4qz+kqqVfT5N2KQSozue3vkN6/3hNWB1mMTR+ZnsZIX4jP5NkHV0MzrjkntMAMoW55nIMT8An9Pf4ft43K1QluhBJvo85Em3HT1HSH2cIxqt/3DsWi2UtfUL9cQcNkN7sDcdF9ga58vzeHfI9zM94P/Rpe7WDyuA8fQYW4wyZzcuJ8wHfQ/eL3LaDasIHIc/+xzK8T38oCLXDPfdcrvcQ5CT7SC8kGbrrMddMtBzXx/F91RL/wZhoRkKfLzgplikUBsLDufgV7vSM5DudgPmmES3wyIrfshxuZVrJJX2q4ryWPnFG7zTxNd6B3JidjxwuwpPG4jU9EhYXoBGerEXeGUZ9ccr+BpditMieL+Eqm8MEuGcsoDuVy7PRIGd3HypBExHOVHX4OvcnMYmuF0hyAXk0AWMRgLUQzlfPI3Ovb9Ho5zCe6jHYG63dLL+KAnxCnJH4Ou2ySPL1B1Pl8c56hXzviKGqDAv1BLETvk+VCOBRI/4mo38slWMB3lD1mKEmx1nul6r5xgo6MIvzbQ4Gr0ue93p49N87RjNQiWocgkfh+pc5kGcrwiEIZHe5F4/hIjyOJ4ow/zm47KVenGH2EcxDhWSXYRajD8Qz4HbXMTI6V9vK/B6WQf/8eRKJzmNxCFXgJrmX3+jeovqdHXI2mmKrMt9V3NLnQXgBvVCJA1GLF3GGWKg44xE/uRdewsu4FPWy5nm/fFA96i2SOeL2Rz4VeIz+iKXxaZa0jWNyk/OG3+E9WPZEUx26WiN/C6dOYhV2CKQFeGaDd/Hu9XqcB/qMoizFP/L6x9+2VbVYgL+qJAd34suIsNC4HMUTxCbOJyFrwaNgJXPRGaJhuRl3aszs5nqbW3EcLIzNohP1zz+VsxyNwNtwfGlDVRVWqqeJMxivVCMwyLjVs2Xmeut0XHeWTmzlh0pO1uQcTt45haPEA3S1GuuVxlmbOVNyj5hT0LXsYb8ezf4odXLKsZ2s9l6WU/A07yDF2WurcJq3CM1+ck4Esq8X3orrZdsGSyHMbjfXPzv1iH8K7/LUjHn+o/5ERq9QpB/zHzP8Sz22s1xHUyaphaWq0ZgoUgprJo/7SbRLf7xNE0UDzcbtKMETPusJyX7wZ58/nR/nXl+tG8RfSHGJs2Sd3BRnAd+PXDapxliOcaP74Rd7XhQ/bxHm++2oAU/5WfQR/9rZNJ53GyrHjbaLx7UP0ivUZ7SFRxjm8VO7s39Gn0IsDQUi3ZTmR+50VYeO8FOeSKKDY022TsZwgW/QEa9SD0Cylj/jn0ZTvFs8i2f9afgdCP8Q//Vq5caKs4A14BNarbm/anyPFvoLZeXwvPkbjle1qsU3cT9w/qtXiGXyabIfnaUa0OK7LN9DlY+pso65TatMHQ7UDeJ5ec5neZ2l2vE0i+rA3GVBPNubMAz74qPQxNn5brS8Lx0i2JDB2vXpoXq19GtonPTHKETO/ua8gG6euvo2tI7/4NXhSZ9XBMsmbvVzXZy3ndl4dkrVSw535p4c7OWKatTSwmRW86jMN/Vx/r6RehhmSDyLJxIGa7HNImX+1CNUpVyNbHvh2gZ7L/iEbtToT9FuhrTEv3dPtYjc/pbaJTXY205ztnnOwrVritAjlREuzb5IpKFRMHlOxM+xWBWkzROVxXW0Jl5FbuVzZvUB5BNLibcp0UviTJnJDuxWfjN2is+ZQp1TUIKdNbPp/gw8+rxfEp73+F6DhcYTq8HmdC41xvXxCZnE9xTqOQN1GBXnU/97zN/ILUzOzlpZWU7SbMAcWO8MvBjv8+0wnnhOdEs5KZM1o3r0Vbx3ZcD5xK+iOlltH4d9Zebx/tjHsMXtRT8tfALJik9GsWSdfY5jOt7ycmC+UWZDvBS/s1k8qHLxSjOYLGsw6aMz0IDOnmtfU76HhqOxqE+/qq/W7SmuMemhvFYhn45If5rm07RGWZSh+FQdE3PxcqlSPBhL8Lz3PJ3hFfGJxPUlcnkTfmcTSTy7niRuZeWcSexj/CPxLH3Zt1hq3Wz+i59hnQV/JM4iXuwjjTBf0Tptc3e/4s/RXIOb6ePpj1Sc21qYk21H+ql3FX0aZuOnNWBb4px4n4UU69CT6Uk/i71ltxwDX1VTC96SSJzn8ntM4SQzcL9EKMMiP1nDD8PJUJyD0D0nqeOv/qt+RnbdHOalXvM7U46OF+zP/xjCKNOclyL82F4xRvYVHj2PemO859Y37x0DqQQdvHmy/4/zE22G9ZpemIMX8hrNNh7LaU7f4XdkCwJ/G+Fz3/HuW6FqZcdIdByeCx96TgNqzs/aBjg23Uq1i/iFW/K69Bmya7lzkO+vUDzfKnCiYs2toB95UrZTvBvON0675JlRyEfIO6kSy1kiVwyM95QB5HBBHYhZjdNokF3vr7q+SFPlkb/LDkM1dqOGeF+8jzi6yqE8CrsOl7lOF6+qcuxG/wiHxe8/XHTPVUVSI8n+4tZy4tFn+Zst4mkqzgiY+DFYbtsyr9+XSObBD8xMO8sWxzDeazecG9Dd47ID8mfODshn0HxVJ7aeZDftAY+SnIFBUc5AH67FJVSFzWhwHmOg4r26BBfot/GwvAnR9vSw3p5OwWzresrJFm9jhdqX9hcOmhLl1iOP4TwY+X6PbsFse63uZGbqO3UOc+w2ssJn2zK8rhMNmM/tif7m6IgGCrB9PFOPpQY0YhY+UixxlaOvt1Zl879yWW7PmtDlvuQWvKBf1I1Y5tfLlT50NP3BPmAf0n1lffCJ6NZJX9rCq8Ngr0VwxCV40BLmoRRrw4OpQVrkMlL2I7aJTNGBxOs4WaoFa0OSDKVKr4DFM0jasy/9yZ6CIZk79J26LyqxNuS1+Ii9n67VDfKpjjFTHudlHE+EzVJrw3qs8Ff603C46AHv+BY/8pL+Hx0/jXXTeXYYXtR9yO1u/Cvj29aGC3Gtbspw3cxhfDhHPHifavZWrfD39U6RHJB8DvZWLH1zDTzj3/UTybAXCu9i8IxYctiq8LBliZXr3ZlGpgqrj1TSt31pw721nXZa4U+047pmuT9I/Unm7vu+G6sXNef5dDVz5mhuSVNmbVhoB2tZt/nL1Cm2HD/WWXzgW3DpAMqzDgkT8j61fWwj409890VePSwu8k5Xs6hMmPCrcYc5ml5hhJ81GGwawDbLxy0/s86tXPM2uH3bk5tTGfEZOS+FEW9FOyqlnWPP0S6i03aU1RWI7s015PJn1hM2JycS56p1OTUDrPX4nOXIYI4LZk8Wl9mS3A7QBRnBt7enGvyQcrQVWWwt9Rrh5i0nxsJXxFrp2dRR3uDPttjb4cO1umOc+XdzymC+tdhNP2UZP98CRLvGpw5nCN2WWpChGrWNZZbmnMniWM9KHUkLdyMfx3oGGZoT11mH5zyOri/FBMXyw0xMxtlUIjrM+TCCDXIzYXdB0bxjc/kcv3UiebDF391Jkif6OY/3x2Nsmh7FPMnTavOWgHdtgPcsvxPbzBfYw71llOx57KM4UpWiAVfE9ttn7Eo8axfaFvucfd6+YHMoJ2asMvHfqwQHx1a1+4tKv2z/Yp+3b+io6IrJf37FrkBf9Yp9Qy2yz9syFNrxV+skngG0GCNwjDnWzMP5Yld/03Leprf0apPFqfQ3+5ZlP1QtJTb5kcJEfAG1oJb4TRtj1v2O1CT2l2ZcSImVgbX8j/xt6Fh6uGjkuL7TvZdwNHWjYygH/r0Oc2OrwYv68Pgs4xpOlboPlXP9M/+n8vcf/hqfI6B4P6BoE9ErKJ3D5z7SH/mlOI0i1NFav1yuUPojXxCN9mzxx/0qnrObeL8ig53pFzScDM6hbGwBO46OpxPIpxNFq96TfoMchlAJ5uIk4lOpF+biCeVsPPXYJrVtqlxavdq49eOsKJzBlmUv9ilw9qWcxN26PFlsn37bJvOcy/+acqiLrTN1cDnh2eN7MVlcQqNoLKrwG+L9vx1dSqOJ56TBZRTFEuKGrSJ/8p1VJIN2dDnVYQwFuJQacAWViL2M8YC1GEvjuL+QwZUyxr+mcTQW4zlTPW0Hi+1BwibWTBYTidfqpcR5mN0uwjv71ZTDNXQtTSLWk7g919MNZDGZbpTf+I4PwzI8HduZq8XzxLP4OnoKJ6oFSKTpD8LPTDlUNEdz3z8myCodcc7jxDsxkCbjaVkzbFMugReVw0QebcxW+XOPrUtOQr8CpfJ0N5+fRm3ep8WlVuB0xbJp4lX7uXcPzSS2x/L4ruslS6yqY8jZVJ011VlWC3ca8NN7iaetcHXCt7Dquvfpi2JNm6+9oY5Is3yexThciQzGF/mPOHqpzMzxPkaLDnCZqlW/ptHqYsVItXH0vjI4WOdi3ZFnEuMt7vf/4PN8LbZYuV6qRx38/O61AI3xGZvo/DOUiyX6as2fz4gtUjPljJkguj+jzpkRn/APy5/netzLb2rHpNsU7wjFHtBsXp7VIllzuXIclbfrXYmHUY55OspL/t1jvDN/70yMAlkeHpeuRjpGjFcLkvirJN+fe1yKZ+k56gRVTyNgsDe5ewttO7TNO/sdeGevs629s22+2fV9sy7juxGOmcOlny7BbG0j3qPfpx/ZTPzObtZsglRUn+8ZKrJaMZ6nRcpabxjbv41HZ2G6miBzfZ7J4VHjTvJhscXc1cgcR+ve4dbkuu3g2r+fnuR1W9rmWf6mnmUXuep+rY976CVszN+cyevQHdTltp94V7JFz1ihOlMZ/IB7J7HxcPltxQbDnovZYpf6JO+n+b/yWbuzycUluZZ8N17s+v8KL3YyY9aXeOq/gSd7/TFo8223+ba/3Lf91V5sl2tuky92YY7bKLPcCt5Xv24PFE5NPpsv1Fncnm5dN8sz565jh2WNcnJ6Bu2S8qN01NHjc3qcT6IjBlisrfwd67X55b+tX34TvEffT9+8w4yu/5QS0Qrq2nzvbb73Nt97m++9zff+lb531uOSUeI59KDIOlz6fF2wavNMP902gry/6ANxl2K5aDwmIojrYi5Vji+f5DkL8GbokzbxGc6aNp9Ad3qSV/Cf0Lp7tNK7x6+nebNE3ISXMF1xuxM7bbXMtMIM4IhrltGsV4/pilu8Qr0kclu93FkjTA/JbFmLSPRQm9/70/iUbDwKNl/uE8XZnLt6uQ2WHoMHAoPTVUv++0ht0dVOVyNTnOmj1MSYA/3NrQdsnX5JrE+u9byPjaJSnGDn5S0LX97v3JdbpDcRfxDLXGYD413Q+7+8HrfO2hAc/0kIjnZwu341OHrxBG+KMujrsdbehUycyXqVz2N8r94Y2oOj9QL8CW24j/9W3Mcl/t2KcR/dtIvOm22dZJDsw7WUiXIYGDzst8j63MHrIbbKIPqdnEZhxKfk6am+ysltFuVBcq6w1yOlWsIdPP5Npxnr4M6FjnjX3mijaOMYk93oDrFs8UrYJCreTdrQJ23okzb0SRv6pA198nXRJ+Wt8CcOM8I1fVvcyH8GHqSABrH4mfnXY0ISC9amUYCfmUtb8UQ5RuQRzCFh2XdsUeM34tU8UsRZ+a/RJdE8tGFL2rAl/z3Yktstrxvm3gBqUYbNos2jEXl2jju9S2CEBe0NtVmUjRba41Mr0C7qyfYKvKFKo+S787uzV+J6XeBGN+FLyifH3tECvqsBm0VnYdUXq6JHphReNEN+30M5fo83VFZq7Jnmp/HJclmKNYvNotst4DhCHDbBneNnm6R3eqZHiN2Tn3GZugqjFbOFMAfuwNgOxN8SbvLkDXfwX1ApsVBckmcYSQu34XS8CcIWnrtSgl+Lb2632B/o2PyYScZgFVbnuUo6xjqze2NnbUxqvThwf9nPsRbXGItXFPGJiPCLnXCLKIeyyGJRUC5v40oZrFTuKn9/RbxxPdPM88h/m/BCSLgbwzFaM/dkS3qziOXKSZktI+6LMnVg2uC3OjmtCD3TVtrQIDF3XH9JPI82i7aM7kahhXvq0thX+qli9osFVCE9ve47ubKNGKKTnkr465N5uC5HURBz3hQYbwx28pnF4zysEmvWTXkmbPc+P4i29RIGnD4iffXA5sQ5jh6lbYURx8lIxTzYW5BjtKncADsft9OiEj1wjimPv7MFnncnX3YqZr37QeSebGT2dYxZ2MoxzHDNhAeYXVHqdfX4Uo9jG++vK+N2W7n7gYCz0EzFMK9nujP9IGofMUv8dJX0VoRbLHMZOo74AMxQ0lks0ptQMu9JnqXhYwm51dZO5iBzQ+5j3SpDbDsYI3M4hbXCzLR5q5JGbOUNUqqDWosSseUkvEjMUjtaXYoewt73w0ibCcKQMyB9XLhHaCT303Hm67e90OqET8a9zSbY9F/Sft4ztzIq5m9MYbKM/mhVLpwsbvWv9B4KcrKKR6tcNCC1VTQgtXU0IFUeDUhVRANSHaL5If/XMZofdormh9tE88NtowPVdl9cP0hvmdk+/nyJWRLm8H6qAotVCTpHjDoapVeoGzWhSxRhR883rI3vELWPdow6U2XUPuqEETibT9Ai5kbHbZUyJXiW2DesvByGk8VfTSHPytAv5VgPzFf9Wo5ZuKoVR2aECixOOS6qcsxXrBs8owrrc6fIsVGFgkbJYq84b0TCMsm4AyN8WtzepO3cUrYG+tLeL2/PIt9xcX1ViwtMXJepdMwAeRZmiK7seBAfxFPhjrqQPQO4yS+cOvtYttMxO5fzKdfmUYUJV/M2qhgtlcU2qgMx2/Ni3KhmFWUx/rL+6hq17i8b9xjyszvQb2k+DVlqPhzDJYfawDh/NJ8450pvcvaVq5Cs5gasaJWprA8+p7/pYv4rhzd8Bgcad5IF4UD0pNVipWUGrAP0hDi3AL/57YrtNeO0AXPCdlFZHIgzMMh8ZhyD2ifEGtjm5kp5wmi1nWZEU7L3dot2jqoii7XWjXyiPXP+wO1aac+7rcMY5t7KeY7HidwUc1KpS9dhMN3duKc8T5yxcOPcaFnhZnsbJUUSj5GnGKy1l0qucObhqk0vVidozso9Ad0jbldXvKUHB75gAAtXnEy2ErtEu0ZnxJjMBdC6K3pERrTkUvwoqpU50hWHGoe882KJoitGC16yTng3+R7Wrrm2jDyDLTTc63zlLJyBkZbLMEpjmXa2jrl6kHanWqEPC5n2uqJdzB7sZi/Xc4F1T2Afh7HDisoHse+qq+gsPCOGYnLair+QT661sLIWXAaMMYbtC9foCbYujx5RcvedyrV+ks3mn8Qoiuu1s3YVt3G+5pypXdFsuWdYTuwaWxB3i9jnyJ6MrqjDQK8MB2cs3sFU8WCvVpE8y2DYF3vMOOV6wqGfrlYGu0d1uNabDL7GtkFXM6G4J/jMcVaW6dKv3M4DtcVTabZn9xZ9bwfph66YYfn/vKKLJeUtYQXVtb4tOsj/9rjHORO3ile4m4V32rtktO/hrC4Rf2IbUCBWng1x9HGNT9pu+GdY+JjFb75el4OvC3ZQ7dM8SmOZJ1wwWW79dQVjmNnn3wPTVQZ7RIzYyNHW6a4YiyymK9b3auM+LJdZsYe6UtZde8zXFWl+n7Gy11SKR+F9ciMVyUjsGS2LZ/ReEY/ZWJHDLd7EUvWI5pLO5lQpFoc1gu7g0tXRD2gs9pK88Ud4FueGlTGeiOcrj91QxTo28+3/ONpFu3f3ibm4WaI4GfM1I3H412Se83v3z/hksXekYpn2J5GbWWzt3Ccqx45232gBHRnXXxPtF10a/k/kE7/RwPz14ud2RRPm6/0jHtlecU9YhGGl8IJz77g3XK1qW83H6apBZBE347LoHR0QVWNv4VRznxPMPrNq/w/2R2+M0cwL5/bHPlgtFpbZ1CfK4T3PZRdwd/I+ZbHulQifqBqMMaFos0rV4QblJC4jUpRoP9SMfcBM+EfJvGes11rRt4dhH3VlzJO/vXVWQL6nEpuLhahSHRhxFgBm3Tc4IHL5ZZcqng/Mq18njIJH4GeGfbiPiMbfN7I4KMohKcH1bCljPgkN4utlHvlrlfnilLhQEXoHSVtrsElc4lZVL/ZXnvkHR+znHIaHhKH8WnWm5LPinfqSFLOnMgtfdZz94H1K/Fps2+xGp+osTtWJvabMY7TCMLwlunUvwXMShsV3DMeR2Ev2JOY7rzb1+LFhf64VTF0XNcH+rcia5FC/NUgY9Bmr6yIvnG3gas+ir2W8JqOGrBdghudmdI3462pwP91NgWDwpKfUPoKa4l8mWUavbEfO4rM/7awJC81az+AxXYe7UtyXs3XseZL3PBONqDEBuiNpfz/R/l6WLMEOgzVSMBWZ9Dxt8EsE2IoILd5B3rrY1vu9BONXk8894HzE/SibzzPM/ZfY+QNqXQOfNdsG/DSeq3zHYMFvHEoOccRWkTpUKj5zjoo9c+wbZqTLWzL+XVNzcPo6tfalOjzsn6P2wLWq2V6rNsfN5BPbSdiOZGJLy97EeJTJtpcgbbOtkLa8Ll6l4l7i/sniCJz3Ja00OF/wnR8Qy3Blir3V1UjwsItxPppwofQDz4TXxXsz2e5NPnH7eD3vTW6m8HeWK5ptL9npGPd6nthkzpezegC9LP58l/uBa2sXI2WyuNtrfc3tPZGc4sNV+zy6tVBzdYxwvQ+zed9Ks182sVjzjuk8k+/gTGnTdOt6+EyRVvajAMij9FpESqyBY/cvXttsNXhDpB+L0aiNePYegf4Rjx+P5lF42Pf0wMBhGJegpzx/kKAU3PPZgjLdTsLtIJFq3QiOEZTBIRGXmwTOkDFIOwuPBWcTuNRfInc4SbhJufVzexHOskZOuSvjz+NiuyLbCuaGv/Gm4iq8k07jYF1uekeHRhaHCCpzqiD1MtJG3pVuTBuxFFwea6KX4gTPPbc6YCsB110Xbe0Vtyb5vDqO8OGV0C72aiWoSYdiG4o0bhUfe310hc8SzyO2XObdfjF/K88Y5wl0K91xK52oOqYW+IdFDu3p9ovifju8Vb/l4hJJD3NvJfimGgSW32KtzKz3hal5Au6X1hLei38p7uUJSMovk/dy43kU6uM2WpwuiIohxlk7C5/GCnbt5FRjHMH1IDXgAHOUGoP5Zsc4hqpd/k2Tb1n0gLufRIe7weee+0TX4IhoQPTnL2b1o+mfRix1/m+0tVdoKUtoyTrK4C8pwmuZxZk7dRZHRo9Y1kimxXFqO3j1GBh9hEER70CPpo+K3Lhy3Vm5ytd+Y5LoDL7/ZcEsdsXPIisnYgFPyHd2pr56E9k9BkeMWnTtLNQVxeVXqu7KFM2cGktxu7hfy7AGhZgQfuoM21EfqA6IOHMPYWuRi7PYyuN5WaiFzyslc+dGVRvjf26hSHbXs3CMJvSzClX4UOm4vWO8yvy9k2Rf5JL30oGqK/jfWJHeG4QfeHXA1v+qON9MDThnyEfGyWElsnYe1+enkrOD7XA3qxFqlmSYHKSNlB+ke6MK9fZqWqD5LyNdjo6s/NZVpDfmAM7AyudTMm6OHRNV4NiI23MRBfjqleIwtpPkHE50h0noZx723dnLe4iOc6scF92P0zy3U/B78xPKMQzL8zEPLXKtJNbxMsJH/oF158fxUQWeMI+rBixQt8c2/UaMjXW43lE/fTsR9lLJSmnEcmUxjnLoHR2iD41OiBplD79fva4eV7xD8Lcr7AJVGK/beTcPtvfK5Uph3BjpcWeKy53gjaPi9p8YsXfcolm3btmQyNhCvb0DRmNzzyW9xhHo7WgCEZ5U96kcnjDcqgYMVcmImrhUH+Iz4aT4HBih9/CYjZvXJr/7s4rRYiwjsKzYl9bgTjtJdsR3ZGzeRRkOxH5gTXA13E7qfEBcZpLkL10d7183+Dx3b9A/j7J5mWR1vKtWy0ofJBj5KpwcEbbXbxtCFUaku6cq1dZesusdErEMc2be+9kkaPRTomxethhAp0YuU1gTkpXMsisjsrb21si66ESr8/so2x95JAxc78+Snk8iRraU2JhJGBr1M7xihkXlWILTogiv4fDIyess64wxhKVwkvGafN0uSmG0GqMdKqgUt6psLOXzKcy75jTFCAJXbjcaIzYuxlWyJOCyitXEOnhdfNYOJZKnuPco3nnaxdaLXjK+SUvcGxmwdrRAFWYN4wXcb4E8jUePn5acIO4z5/6ZI3mAEv2IUctXwGB7Yh+k6/WGaHmsW/LcuhPT9L1iCeH+H2cGmXmwmKbL0AtnxXKni4H4RXSkeVvdQ1c4n6jXCav8AXSveGHHmR40Q7VPOyTKwthr6ur9UJcV7RUL8BjxiusVx1OuUIZu0qO/2FOcrMZ38qzg1rWPo6kCOf22Tm9PzBY+T38u/qbpujXmy72Bk63eUNwb28pYJ3cNw7UqI/XWxtGI+1MnTBXc/GZqmWKZtixfwzO4VjsEk0OMOamwIClz326ZkizeUQafm1y+9hNVFxpABgNEqhmSuVMbOoUc29CWKdav+E2LW8ISKJ/n+3tbpk6PWCfmu/hc385y67dMnUKfmxLc7d9PI9CE5+mMqFE0gd29ivT2gmd9USe4L4fxCkQOcdqn8/Qv851M2RrRVRibxjx6q4AkcjVzmQQn5Frs6nAooX2CP1GtdviyM6NynBURzsOL2uDODCPOjvK7q3sF+7hA5vUn+Xod9s9ggfJpcypFb8NzeRs6wHA731bOmxXk/VkGFXC4tRUxoui1mIm/j3G2V8faUSulc2hHfchKieNTObEHrYs8Oj61GxKkexJ/lOx4X4VJ4ivdsFNmfWxSDxxLUzPHmSr0j8bKamVkhuuvvspJIWdHG2LuyOIguifDsuNBZLBf6k2M8koxIpqmtvZ4RzuImlCpjjO3Zk77Ypc/lAzqaRuqB+NvxylGWXSHxWHUKDUw9oVz0TndpTavIR5BA2R8fypo9pAOFWRXVrQw970YT7PwCy3sdI+jFwQBSYdKVrHualqmAncpt8qH46eYLGzUk+Iz0km/7pzgE3J/ekSsBW5XGmSSE2FObN8s17+MzhSvw7HENro12I8SCWMefpdhhE65vB/F+mkyWmdQFxxOZ1J7NBatzSzOIof3GUGEX1I3+pUgfNyIJoifX9G5cZwz5zljPeU8wbN0R73cXyJxUA34VWRxTjRPcshwPEZfFaR4LvPsL6Aw78hU4BCP9XuHJTydCmgntmRwZsDtPUY1HiJ2xFq6BwsU77G8w58uOCjOMFnldaFzo07BN0dLBehgLC6gXSSC4Hk5afp6Bu+JNLsvdtELJVrn8YyLAsq2Ku9bhzBmT9prqaTdjDZNcNfnRQ7L8GE+wi75VCLxgVmca84z76C9Pd/sSdVyep8fuUiqxEIxXHS7GeQsabx6ZhBjn89k+ccP8BBq8rW3WfHarHhtVrw2K16bFa/NitdmxWuz4rVZ8dqseG1WvDYrXpsVr82K12bFa7PitVnx2qx4bVa877cVj+sfGR1mRkYJBx/bEtimUC12trF0QVTqTwkMGqOmKIPT0qs9jlS9klwM2MVgBpAreZ1JbFMdBmJkxHF4F0YGCdtSCzQiU4ZuASOSp4Kj15paIU75ukdZPKZ72j3sm5ZX7IumUSxwroXd6NdRDhdFd2VmZgzuyTylyrB+lm/exRryu8tUfCyzgu1EI6QfEuR0MWY1RxdHl0QFJuFO/iXGx9PUw+cIJGb8zWKEWUIlsd7m1kXxXdUS23GhV8AnL6ESclLrdpT09KiI79mTbrdD0s/75aL9rSDmsnJ642rvN9EH9CqdRszxQrg0Gh3lsCldFhlcHhHGRH+jK6K/a4rvbEKp4ieV4mnMiDUiN0/ekigt5tNdE7fGRfcsofboJnxSWwlLXihcTpUecwQ5bfQVmmBW0OGZLMZGS77YH+d6rnbO2t4i9XTRc2Lb3QvET2FpsKPmmBZu9V6JnY3qhG+K48J+rwbQMMwVW9wSWtYq7sDNcOZP6KI4OjmxihW4lPmeHdSh5jqP9WzeU0dRDkPSvNa4haer5NpkeNQeQ9IpY3B9/DSO8efvNn9lta2U/NVsz2pASMy+NS5iab4e13nv20phX2DemQ7KRZUtIccuOUTbL07CUZ5PLZiJ29Rcz2Fkk5oHUkmqCR+oMpOTGMREl2KOKo6BrAbHPVwZMeeB4yvh30Zaj8ZiSNrIKebiXxtwo/x2gfWoP8aK3bVeIlL7x3c1YAxlMRPXeY43Za43Gq4VC/wmy3LqWDmXGnCJ5auOdTLCGAxfh3nwQtsPF+HX3kWY4TXGT2nCy1KG45N+IxHy13mMnV5Onyj3Rhdb7v2xsuO5NjlbvJsZ4z2DUjBr7JB0e5HDWa43uErW8yib3Olm2G8sY6Vfw1K1RA3CrWTjt2dW0xGYYBOeUdfeyTFf6CBdha7Eu9Vh+f0qiSLJ4Ryci3PwK4knYZ7i6+Q08CQm3aAFjhXYaTvctiuL+COzwhxWLpLUBIluY4awatG5ua9y0kuTvkG7snJf8Uni+EEJHEN6GVq3r3W7uDWbx62ZZDvGtnlnNb3OM9JTC+E4d/hKCV5RjbKbtqC9caVONkkLOsnItuBu73xhyKyIWUNr4/rrRY7jiFuOsXbzm+vqj1I047IMR0Xen0evn4G37Okqg2tsf9OI8cRywQSZDXwHRz27lvLsbMRkeUOnxz0c6xxJyR641lqsRMIaclE8A5eIFPWqSupogEeZ9CD9S9uACYb7/FDh5WA/wVzP8Rs8LLZk1i6idAU+tk0inbmIbq6R7chsGT9PnpvY/Aurj2vdQmIWCByDcj6OoMai30/mOAXKxXdyXALLtktBGC3xs0Z4Qt4WHX8zfGKnquc8wmgT5J92oeJxjtL8pDetgSIXl1GGm/C4Z7BA81s/JqfPXM/kuY8OkYivV4jf00l3izCUmsXqx+cT7zlu1kzR9fgMfVFgqhqDIdrpsXwiM8ddgd0uE98/UbjjeYymwifHaEfoHkeO86x3LIKpeGTcs2rRjdzuxhJAc8xIX+zd4Kgn/v1ob4uYQbAMM8HnN5f5I4yc4YW4EgOOLDFyWrtrrWOdEvau+dQIZpo42vvUFtfL0SashySxWEY0EbZNc6zJuncvsyw9HUsDvzhRx0dRETMfz7afCU+SG/+zyYBLr9tnPK95BTJ7EkcEfma7q2vAPdcslridabGebJeTu4O9Cm6NX4lmGaHRwinoeqrA3ZpwiU2O47iX0G9t4XynVBbllEgbbn7fQTMxBwPoPVqDetGQJ0SbSkuTcjNFOuTfAzRH71E1NhW5KJc+XMo5naAbJWwoFN/VMc+Fn4nXrK9SmAiWpdtpns0TxZrQTiKq+Uwt1TqOBauJObSyIiO7Wl+Q2VSJq6LhEhl0H/OqpxviOfYeOa3GWXlaMJz4zKwCR48+bXjfukb7dFX0V8MruFnq4HYO0TfbuAY4O1Ejpsn553ad9U8/18LErvOJ5hwPLL1z/KNHzPS1lNbnQuQaub+XqjHkVgLzvBj9Q53YUtzT5+BUGqLdCd1DemWlatZXF0VI7iFrgGf7KuPTNdFtqiJuf4CViudxD8xETi2Unln3aTzvyonPnWu5Tz2D572Fhp+kU9y60Xmp63WJw+OyfSlABXUBa2ZeqoI4Dvx8mJSR2LeH9BGU+HKYMYLrcedWf7F0L/AsbKq9tI7fhE8trtVpeN3y85EZMMvztogOwklwvmjuh8vnVdoileLdMKCpdqGw2SUsubXyfERur1yXI5ffmfmTJliLSZbHqL4VX+4SShhzLwwXplg+vF0PEb4vZtdz8veJij9dG02KPqHy1HXR9SLHPxiwlbol7ExHBUPSx6XLvKvxVXy7BkPSBc7dCD8QGflv8jZP+459153IvL496ohK5Th3uWUJ665H96hvxrq7RCz3BcbdW+0gzVLKOfqGiLOOBBiStjLfDobFefhDajUmi+9nicTVZfMSmY25cJ3fhcfMnSxs2Zss8/8flk+NLNZYJwU6+aQei3UDpuEAs51dIxwfrgS/7XXeNXq6dXd/EuseA2U1ne6xhO14Mwd77UwWKcPXR4tHrhslsi33dy/xVr9Brh7mBubz7AbRlbhHH8rH0iWzux5/Evmf9d6csIjz/jKQWnCd10E9JK1OZofTGgLhTnTcnlZOxPK4pcyzfLm2uJpciziesn3acY0Xzl63m7tIaKcpbu8d4xksZc4vlKSX4sbI4opYR33DOEmB+3kpNqXfRntg/fhJG2uuXPONyuKmyO3sRjwHW2KVORM3R0YQIpvhJFmbFxp3lm1DW6dZ5ijBnYrZfpiN7Akvhx21AXmuZz+xZfizd5nitco7fbLPF0cX/9njvSGHJfSxYXtMJxpMu4ut36FWmH9085RBNmVRa3Jol6qQ596kGuKWD8dbsTcpi2dUDh9nfqc+yXya+SumehafZf6RGUdrMkmc+VZxLz+r12YI8y0zgVl8nvG0BYLdDUlE6H123f43sUTt3r1CVti/KtaUNaFkb2Pr5X4yPx274foRqPd+ITlNiaZmuJUJamGQRHvzvhrEHCuMYbB4HHdLBoLbvHTgWGx477klmho5XkaHcwjTrmQqIAxJe6kh6dlwrIarcB92NT8y/PsM4t95vgzS12K4PIV3g9koh81L3Lw+HozzBO0r78O8ARYPtLp6a4b1mwWYmlkjnMtOj70XYdrAaNcStnCwzFeGgwW3xD6vLtrtNGybXuovxCBdluLPfO44+ZkZkw8Qm/GBcpa9pA+OJfMh+mjqH8+GQnaCftSCNTgPZ2GKbhH2+c3Fw8Ha0L5U6vA61IIXdQlmeVfTvRmnmbEUXhvboPi8MJhkZ8mOcrRmjsRE0jbSj06/ED0/vf7vibaalLOxHDskPSTNEnoL+C/bmjphf2HC4ecOSc9BZ+pGU9UmhuXm6rhcgijwyeVMWBzzq/A1lrCHS76EVcTZWLanbdLMNbYmv1b5rdk+cZsu9shMV2fEsrJbGzzvmFlzK3IS6CM2hy55D0kLtkwtLKpzX5kxhJs049WSmV6KH6RKMQ3LzB20Bg+qREYNYiZERjWxXOLy9CyhjjheG/FWPEq3Rq1tq84KWisSdzP4vKqmLEpTFhk5OYbb1qxkm6Bcd4djhNwiVbDI8pNSNtGj+XqoDS6kaRH39guKuWzbY2IsaSast5PjnDVZsbd2wo2MwfP6o6vnrGJzPea4ZcuUmztJ2VrBF3ZQqxWfkadQfVE9JahQLKttZhONqL3oa7VxhpyEu3ZIusBdy236XVRgNR6kvw6r8RJal9N4kGa558s4jfl8+2reYieBOObiqXZ93mJ3Tn595uJizuLpkRtxJ2kPlvV8jLAMl6cqJE9BhxTz6XWP557jj+uYYmnpE+TQHZ1SfJ48ZVgPKc79uCNe1MwbyNJNl2CHYIJK5LBCJstXaSvZgZInmrjEZigTFMpumnNcGtSRK2Uk2yXznq7xXb+7s33jXIO/j7bTfNr+XZBGJ2VyqAx2Chj59ardR+btZugaNMBXl8Kahnhel6GP6RZ0wp8z5Zif2TnorW6Lbo+uSd0RVQXdg12CXYPtvR7BppkfBTsH3YI7o92DnsEewZ7BjMidraeKb2i5ZbvRYLpGG6yUlfO+5vN0kGamgSVUkAKYq9BI7opBwv693O6ZWW6tWJ1Yl7hZ827ANVmstFY8gU30ChncFd3tRpKYW/gtPUHxOyVMF44z0vkiTjf89zDjcthtQyON238moR31M4tkft4TubPwPVShk20ydyi+53TPF1tD4gfga/eoCmyJRz2237eDwRaxPs+ogG6kZHRYX2O7dGubPN/NHDYzIxuXcrn6Do45c3jvCfKeR16bpbggZn0uAc/y0fHpnBWf3meGsagOh9oJzaaxldU6QWGOwByPGQ9PNOyt3k68W876sYM6Gokl1iHjZkW3evdGFvdFTtasiT0M5cI0wdwUjgO+B+Z6s6MPlMGHii2VVaYJcyJGPxyNYcpZdkuIv9XAnTpX63phznf9wrM1Ya8/Kd+Gk3FK7Ds8Jca89MC7mXr787h1l3nXmU/1/dEfogeiB6P+uN7cYB6KLvT+GP0plkauRNJu9nI+HE0yFleZh9GAr2oTtybM5+li2y9zarKd+z3j/POFft0Xo3ShBDNBcgmHetxZsd9qP+ysi++oQ8LSmTB08tWlivnHl6XnRuvuq64H+PfV6o+ASDzsS9wvf+9jYT0W6pv1T0hhRB754uwunl2gOCsOzxPWnbnMPfQbmV+Mjc1iQIwhPhj7o1YYKd3cG0yc6emrMpc5izHbjm/3uM/+V+rpRAfL7u504ASP+whmKLZ4Z8UHHCj+uyz2fB+Nn4vUMjAu20FwSHyVNS2DgWL/5lNrECweiXKxtfwctgrgnBjnVQ+TmRftpBOMCNdy9De4j5/B3EYjZK4cmmJ9d6xn8LjZGU+aP0vWrUcjV4KtzDfBneicV6kJj0V8wifv3CO+k+Wy4ZgbM0KzDnQ2rtGJjZxRL7Nkdx4t/Wywh3BK98E12mUOSfwCFufg8ehX0j+t8yoZFOdQYln/iWiFuSCdKcqnZPFkjA+r20CdzuNenGHJ4bGTbEpntMql5HzwTpNwd7K/okZa8aJ6SZVhNRpwvKEinYc1oi3j0ht+J5Yo7heE2zi6Pa9V1sS6+/hW7OVvaR6DfUBFs8Wt4gXky549TmXl+58jh40cokmslq09II553915CvoKi2oveQ8nRSwz5wj3H//uYgNaYgw4r/lS/D/2rj3A6mn7r+/3nO93TnM6a+29v0VqmKiE8sgjNXkkjwiFaX64l3tRTvcoE6lUnlMxV6lDU0LGK1IhPaS8rooINVdvkh5SeRYRkepn7f39zjkzzUxFua47f9Cc73fvtV9rr73W+n72Wq4TULhmFxSuqZJCxTPC8os50tU8nJpdjlKa6UvDVbah1D7zGD2yRbYLwzSmLj86ANrbbDu58KmzEBpYWX6rC2Gd48HbPoqdfwXfI8048qB95qqwl7YCpv+cnWVebKhfb4Cm5UJJjL8utCl9sgjaZ/LuWaL1H/Yj14KJVg8o24ar55R9sRku1/jK/lf40BDL63/HzoD2mXdFHX/lGWVdG7Zqr2rwdpPDPkjLGgD1QgZV3B1eilzgy6bg+wTPx1/DWRqvxp6tY6z3YpyVYX5s/1KpxDv2Iq0bc4YwEyvUgwWxdB5H6Ajj7KiORiYzorDC+cQ5GXpaC/0TZlGMKQXfaNrDJrg31A+GWQ2tfn6mgif01xq2pF342l0cWxLLguXaE9wcSlzLfxdkhgvsqg+gjY5n70JuyPj9jX7QoVzcq8piXrE+8knIhe8dH3ttMZoq0JADmg68Dpk67ltT/f3IeFJZc3lJa2l1/ChqJpLcV3ZbP3ZcR+2P4Ojt7LvgbxaHwU+OC+c5QQy58rgp9jq01Tjisr6HxlZFuReuhajOp9CxjJ1xnO1C0vrMvhu+tVN7o2kp/myixef43TANllvTQ7VgkV/D4FXYN7QallscCX8+hEJznBW2A7b7lZ2eNcHIiGmWOfGMpN7qiJ1OOMNBt2tZ1BZG+xbTSxGjH7yvIy6yp8JyrbDBokfhcMvsBkaYLNXR4w7MsOBN18yVyWlkYl+5vh+5gfYdpEt7g8CJpyFwXrGmh/h8nWbdbhnEVUY5SWJkHGsN3zjGC5Ln21+n+7nrzGhr++NN4bfL0zP7d2c6bXZJae9Z13yyrAvt2sKuD/fyV5rSrBYc/b6my2jBl9yYa8Er1iK4KOzC/u4hOh9Mi7AD8/WtiL4aV/V5lDFgpkTldsXp0AG2OvXsgVAfQu5Ex4VNTupdT3je2uq0BRNzljVy/hLB+JGXdZzqKKwovZf3si6zXeeUrJHJUSez/JtxHbWlYKyVvqV5Xdju2KHj4rX071BxKaPJmj3q6hiP6Tv1cDiiVEZwxN1U3MdsfSeIKZsv7Tus+fB+bKGmeTa8AT+A8ay3hc+BV+xunbfD0ZnD2mop4kFOmLXmx/Q3te7+XSXh445fiE2BvpaJTLhJU3X1d12OE9zcydJP0rNp8u8ozLNs7f8wkbT52ZhQxNkEZ2XkZdb2cwxHrKOtXhksMfm7xbVQNzPwonB5LnOAy57K2m73sLH/+od3bf/9sa0/V+vp1Tbg72MDprA2h4bMOuXBw84HMVe35sGyWKArjXaecHg+nnTGOB/GmHOrbcr/dZuyMu7JgRXOBbA8ttxqCyUOzxlrELXDx8ALjrmnmQP9YJXDmvdHsRWxlbEVTqaWrDngQndwMnO0Vr7K5767wyyP1zgrnMrorY71gytquJAVah/lmh/H1sSuqMFUo/BujG0ZYy8dkHmhRhqYdWJ9l+9OxzI/ib0Ha3VrB2a2h0Vh1u+etNnabeiuiwWtVzRe3ie7HuX60hGWH1tFPfm0kp5U2/DVNvz/mg1v+spfvgLeYX2bb8sfrfWAoX4sBdZ5P3N4fuO6Dscnd+FcGFvan/9Wb8Ar1gc6M5vlWwmsz7f1z1aDeGBNbZPjltrM3+p3M0uxDkHuQkb0/RhNYRyOjLg+pvM7bbVvdr53+AnftuWnW5xjwOUbTE7ZrF9ZGg94orUIOodTmb4qtsOr7etq+7ravq62r/8c9jXVqLavq+3ravu62r6utq+r7etq+/p/xb5un1lbf61c6a6xe9l7bl1XXP/X29bFsLNNzblqJ5da0oFlzTa0o28ALvTf8K+2EKrhOPzd9mybd0sefBabGo5k3m19HsuEjZCtvy6zDc3z9aKOK3YCHKNvi07WZ76pW22rV9vq1bZ6ta1ebatX2+p/PFv9i9h/q7XeMiO44eHq97+vvf7lf8Re7wFfxfLgnNCVpbEHs8rZ7WbWXD9O5IZYVmCHQx5McjbGHnZc+DJ8utaeWCc2Fv7Xu7Dv83z7/o9t2S9z+kFDaxhcafFNGLbYP7Nvdbm3ZlbO1nbzhw5b+H7ERMiCjZD+u6eOLxv8/iaGEVeX4kjgLmyK/WCb8+51jZx8w6nKm3C65l2+e2Da51Uo61m43OJciCyFyq6Oselc+Db2XSwP6tub9Tqml+Cz7Hs9k2OdfeefOBkOdIdpe+uH2JbYyXCQWxvimSZC4XBt87/t313aCPMyfozVdVtbp1nMjSmvxk+uC5/aru/daFqDb/1ybK5bM+4IuTDH9vT8sox+yjY3DU/3/R63OCmfR8rjEXx9M54Ps+Z/VP/HUjsfzBlgPBo/xbLgyAx3D70hv4bK7vpGePfu7C9gT8F1sMJvdayzO16R8pSMP4S9Icyrq2NbY8YX8vOv8oVwBNs1jokXty1mnu2+b6SqUf6R/SEX+HEc9swrks4vt6Rxym/1kfxc6iPZVQuVeUya1ti7PpNNjlPqN9mdUe+JF+U/6UPhmAa/xYdStv7uzMyuPSommvMq+0jLgfGwFdpnWsD+FJbFA9JwCgshQC0I7Vdhr0rgRxlcM+VFceHzmICskPGleGU8KcaPEvhCAk8KU+8B7TP5Tufj+hyuaa2EITBX63XGb8NRCyrDUlwRyyotxxHNs0IputVeGvN2e2wj5Oj7CMEdBBP7+NfxkYm9FSnN6/FNbEfMnKfHOqzFm9Xol2EBoAvHunuv5VQekR4wL8Tjfca2UEdHwCytPT1jD4xafvYJASG0/N708fvipNGwnWx4wqmqtFXBHY7yXi4jt7qEU9GcKvJ7pWczr9jzFS0tVf6eh6t9YgdCuk+srEfM+MPccv4w4+sq3ztzP4RjVLA+1sutkbkuVBtec61d3gsx/Txe1z4SXGjhBNY2R+W4xHFhvn24dSS0cFwIo8ku81PMxOxw0MUDw0dm3hl1oa7W7PIyjtSrW5F3zfWt/t31svFez8AImvlzoQa+9oucUFrH5OjJ82w/IraOZr0l7EImXmM9YXFcdU97fBVbmuH0ufI0TY6dcHPISkV9tKJ+hgGTT8iD/pn8V0LH5Lg2kgVP2gnLg9Zh89QDW//FcbnaRk25LHg5akql3nEM8oQVRbe0pQ6OBzU1b3dwYqhnoUzpDs46J4bV/sW9719Ml0t719NYEeVqn2PFPsfycmtf+yA9eDuzdoYDOZAaXRA/IhvG2Nnwo4VIaHxr5b2V5XvLUl/UcMt5MMuXqtqjmS5vqz2btzm1rHtgI7SGBzP+N7FIRn8N4rs/qOVbHhy3mz7PDbHdRQdtiLFE+imUBatjPJKbo8ZPFfioBLqQAw7cY0lUWBViqK6OYDUcPAyiOpX1NO4IB35G9mru2st4uvZYCNyVl7E8tR06cvOOcJY/CjPWWuhAbXRhP9wfXaiDPFY+Fdm3x+vVFU6wWCf6Cha4k+3LrQHwvZYX72U6enamwSehr9134YeawdiFjm1T1nNstAX2HD8GZX3Hl1uPRir2H5edF+a+aVa67zgDhmmvw/3+acIz68DfSv3HXOd66zzb4IvOt7PgQSvwsx5ns5WWtHrAIOgDFeOoUrZHsOrpNQN/qAsLob7vodxsNYAfwIOtMUfH8hthpWjkgAcHYF2sh1nI3PYJfGYvCh+IB2E21sdsOBhZBtxcujYuHIJZ0AAfSKPBa94Qjw55OoJXLYu9slMt4XjQCE0bPNJG6MBjpbXqIEdz7wGHogdjHeO9naQxATyisj7bQLZeoj3Ak5wmrgNfhh+rUaJzv3hwfsjVGc+OthpjXXAyh/u7ZVL0MD2mFuE8OByPCB+hueh0vRIP2j/YebAx5kITZN7Ng6bIs3YkZsNROCXD+O1iwBFvFtXIA4mn6wjWA+Fo7AotdSzsN6xNMQuOwTxNsxkei8fh8XgCutAc8+DESmu08Gs8Z82INYOWmIOt8CR0AUMn4+k678opeCoehy60Rp69PBjr8CznwXc2a+5G1ozUMo3HyRg6V+/c05BbKa7pQhts46bK9fzFkmH/fsAx+85/zTYi8//N0B1Ox+BbiQWBbrVaP2c9YBi48IbOGXEGunAmDvP9nfth+u7h3cgRV1dCD5iqba7u8DI8By0t1o7z4MCQoy3vA0MvOJxta5PFbQfneXdItcR6eOBfZTr7YZBhZIDvkbRgrOPAWWg8AlyvLrTFRuhC1+jl/q4O9nHwnjlzADziuHA2noOO1pWzoB06MCd8bmkLP9u8D051jYTM1jzKvHh9eJHN/vvKEYnjrJOgqf6+ZLCJp1ounKJjsNeCzFLtpT18bP9ncInn4c5e+fMw8Mkr5Ph/bBNsiHFU2KFa51tkn4/HWGBboJz22EFLmJ/dHpDh9AsNKdWvM+Fu/bVsQagB3BMyzw62H3SawrxMC16pyRw/3loQmmSZd2xbbNdIRkd7KtK9+qaXwRuFqRPsEvhYR5i4ALNhNTR0zWlhMH0rnPPsqPYDfOKcC2sdtk9rusz5bBMFyL9FYLzsZ1iBTdcPgsiCu0+bZbShnY4qrIq2A6s17aBOQNf43E32oB56n/L5/BeXOXCls8rpARfiaudcuABfj/SAVU7TSujvbT+7iRdpuwvc34pAdEvXt6xPvWKP+mdOuk89hTk0VCrzm5f3mHcKmTxzWf4uCCIOW8CR04JeeKUZdXYXgVhxr760OpYZZypLz8s2e9PTe9lJZ7oMetZUZ9yovHcR7anOg/J+9h3hdC/7jvDu+dh3hKvykO8IV+5fZ92pqrobYpXVTZ8X1m9Zyz0PmcIrVh7UzWQ5MAS2hCx/pHsDp7gnKMWN2ve4e0jFB8p5wR+z0v3gnzm/1gd+ibtG5waeY6Xyn/CMV+QN3xDbPV+4B+0zeTUi/npU7RffEHNhR7isT3yh9sZnwv5wuFuk+dWUuis6JmSiz7a0LsKdfeUeXKQl9gm6Xkp2d9TR7Nn2TfUssCzMF47VoU5OC5hmOcC23HWl8UzNfspFFx62LduFJU5Un6Tdoi4sLv220VZbi7yerLGbL+ap/NBsV2+2Z2rbGiBrpzo7+9U5xi7P2gcQ+BgW6oxI6Rz9dxgAnEkmyLmX4u6e0BHzMAyujgP+f3gspDzkl1vLoEEZH/mZFvvI28JDwKvCpw+v8sXIZ1DU//r3RKm87WUHX+CMJFe4TPuPjBVroY3jtWbBrZZtxYFj9an1lf2OzZ5tS88Vr0R67GnWLNq5DS0LbtT5IcfDGdZ18ISfiTBoPWibY01/ANXo1X2DXjUcVe1Zrhi5mvIm7wj/VtTqzVrmVnuPf2/EaqDFOn4c2kvQ2Fb9QnMz86MeXKrtsr9gF+23+djO0p4H9m7UhhlOxPorRsKXoQeXYxcrC/6GHsyy28NJVha8afPf+6ED+6P5zW0c4raHLlZtaBiOWH/HK/BKbGmxF5fbXmmdp22idXauZfT/k3V0/quQZ61R9Hz9XWug3VlL5L52FqyGk6zO2k9iZCbrHlfYXmaWPyreRw2te6wNNmvRgba+CPj3QF9mmyjOQb63ntqmZF3xZDBx6S8o9XCf96fA9zIl1of2c1luDoC/Q189n7+XTzylk0RgEzyiIykP1yc4j7pij3kn7IxXYxy7YGf8BybwGuyK3XCBey3mY3e8Dq9HLtUDb8Ce2At7443YB/tiP/30JuyMvfFmXOAudBN4C/bEON6KH4cTeJt+djsWYH9M4ADsjwPxDrwTu2Eh/lO3cBcOwsF4Nw7BQViAQ7Erprzl3TCJ9/jt3IuFOBg74TAswuEYxySOwPtwJN6PD+BwKMQHcRQ+hAksxoc13SQOw/vwEeyEnfBRfAyHYQL74+M4GofhDdgNe+MT+CQ2gzE4GJ/CsTgOB+DUSAGOx6fxGXxWl5mA9+Bz2Al747U4EQtxEiYwGwqxG07GKfg8xnEqvoDTcKE7HcdhEb6IzSCB4/ElfBkL8RV8Fafiv3RvXsMinIEzcUZsFraLvq77+gbOxjfxLRyMc/BtfAffxbk4D0vw3/g6vofzMYkLdLk+uBBn4SJcjMU4AV/Vz5bgUnwfs6EEP8AkLsMPMY4JXO7PArf9YWnbH2EJrsBZuBJnO6swiavxY8zHNfgJrsV1eAOuwIdxFq7HOH6KhfgZfo5f4Jf4FZbgBtyIX+Pt+A1uwm/xO9yM32MCv8IfMIlb8EeM40+4FX/Gbbgdk1iMO0rbBCrAwZhEi6ZiG0hiNgyHWWhTiMLkUDbMdlzKIF63CHH9fKxBXCqT8jFKPNMBpU5Yk2KElESi7eEkCkog0w64pRtKiqOiCehRLapNqXqFuB/xbCTxARyBKRoJ3J8G4zKsQwdQXapHWcSreiDNsSbjQZRNcSzB+nQwJfEQakCzsCE1okOpGTSmw4hndjC+htnAbRSkzenhVJjWpyNoCBbpFU2fRV5/Xq0mVIhNqb57JC3Do6gJJXEeLsOjKYnHUDMajcfScbRYz/gsLMQZsePpBIr7K9CcTqQW1JJKMIda0bt4En2P2XAyJfEUGg7P4qmUxNY0C0+jNlSHTqcz6EyaETuLcqJtaR6OwzF6BMEsTY2Mw0Y0ETthIm2GztYzot8jz8s51E7P5LkUx/MoG86n5np9i7E9mfF2oJxoEi+gBF5IF1EujcKOlEf1KFG62/6PLqZLaDReSh3orZp/ob/SILyMLi9dr+34N91GNvydrqDhkI9XUkJLjxK8imZhJ2Je6UzbMY5XU5y6kOGpf1CCrqGudA11o2spn5LYneJ4HV1PPegGakVmFguwJ/Wi3nQjxbEP9aV+dBMl8Wa6heJ4K2VDEfarYdNtlOLfkygbbqc+1JxupwLqT9kwgAZSHL/HO+hOSmIhMTf/U/f5LpqLw3AQJXEwxfFumodFOISG+tyXpHuoOd1LhTiMulARFeFwCvZCVxxBRZTA+2gkjcT7qRslcTQ+QCzfHqRRlA28qklsTmvwISqmRfbD9AgV4qN0g+bxbHiMWtDjNJqeoD7+7s/HJykfH6YxlMR8fIqM3C3AoOZDZP4aS+NoFI6nJD5ET9MzlNTlxuCzNBqZcybQnfgcpXh6IhkZOIkm0xSM4xQahc/THOuSGgmcSi/QQncaxXE6mVPgRRqFL1FS8zLvt5fpFbpYcw1L0FdpRiyOLSgf/+U/e42GQxwHUj7yOsygbJhJ+TiL4jiDJuDr9AbN9N9x+XycrVfxTRqED+JbNIfepnX4Dr2J79IQnI5v1RyAc6kEX8V5unyJli4z6d90Gb1HcczHHRhHi8x8tYvOT3u+gBZSIU6lRf5IzKwupiW0lN6nqfQBLaNncan/11T8UJd7n5bTR5TEFdSTVuonq2g1bcePaQ0N0PNWhGPpE1pLd1ACn/Zrc7kH/HPpSeyv53kYjsN1xBKR+7CePqV1+Cl9Rp+TluZ6B3xBX9JXWk4yhQ20wN1II+lrMn1lCs3pG12f/8uGTbTA/ZZ4ZN+lleHTchAmcDNdSt/TCCuOD1gL3B98ygGFQPKX4BY9L9zvYTiDvsAk/kjDsAR/ovruQvomo1VmArfSxTTE79XPVEQbaBsV48+0nXYQiHFoCd4da8kWIcF8ERZmlzvCFTy+DBER7aiGyBTbcQNtoimYwKioKQ6kmCjGCwnFWzgJmRYJIaQoISXSpd5g//R/nZJ6pspLwWBsCdxCfcATtURtMQWHYgLrUyFeTPsJlnhMY3/Brf2od8CrNBTHYZ3MOoK5aSz1S9sXOzCpJdk4rO8eIOqKeqIEs4TpxUA8UBwksgXLqlEYeIDri4OFodYZDxFJbCAaiiQ2EglM+DSTmEjTU6bo3ZxqvxgPFeupscgSRucZV9oH7sE43ECHicPFEaKJSGBzLSniWIBNxZHiqF9WgCkE5ZniOMyGo4WR6J3xGDE+o5k4VvApe5wwErlQc2ghHi/S+3SCmO00FyeKxTRPr2ABDolM11paG2ohRmNLkSMOtluJYgSajkX4IZ6kZ+VkQeIUsQ7Hab3lVGH6/Cy+g61FJ70yp4nR2JHaCJZGH6I5ndnHd7o4QxwmztSj4L19VhV1+eR8tYK6CWwrWFc6W3Tx5XNzOl6cI9qJJM6gc8VM6oQTkVe9EM8TjyBrdlPofNFe8NkwC5laHmygDuICcaG4SOSKa7GJGIfbsaNIYJ7glfs/kQ0jiXXSp+liMRwuEZeKcfgFPot/EUvor6IALxNJLMJPnVsiy/By8TcxBP8uWObfEjG6zxUiGwqwgeDejcArRQsqwasE6yCdRD3qLHrZzaAErxbLMC6SWIJdxD9EQlwmGtE1YjYmsSt2FQXYTYzCa3Vf8sVwKCjlP66fLQq0VOpJg7G7qEdv1bxOXC+64mdOD1GMzA1X6LHcILgEa7o9xUgy2mc29BJTI7xPetltqLd4nMpK3AS6Qgoz7zeKPppPsqGx4Ll4l0ik0+LzrqVexxuwjyjCDLeviON66iduEjeLW8StohXxGtwmbhcFYjvehQk8TPBK9xe1f9nFfYRpy3Ay78w+OEAU6jUoxIHiDtGC7hSB9l8opvhS1pTvhSX4T3GXiOMgMVjcLUbhEMG6C6/FKPyHGCqS4h6xje4Vw0SRmBoZgzzbw8UIkcT7xDAswP2oACf9oukWIK/ASJHU1kQCB4pByJwSx172ZLxfPEJLsFjvE1s84O/bEnpQsBwZJR4SxWIcTqhCe9uPHhaPCCGexXH4qJilx8C8x3bXOuyMj4nHxWjxhHhSjMFJGMeJOEa8jXF8Fuu7T4liHCvGifHiacFrzjs9XirxBuEzYqam0wzieBMmtdzbRs+KCeI5MSP2Dt5Nc7EIJ4pZOEnEcbKYIoxWNRCfF2bns2U0Vbygx7UUp+mnbWi6eFGwdvOSmIUvi1fEqyIqeEf+S4RC5xC3GBOv6R5NxPYUFYGtyHryj7SeZoiZYpZI4uuC+/WGiIqYmC3eFMaqfEuwDcjl5+FRYo6mXd99W7wj3hVzxds4T5QII/sS+rT7t7iY+NnUyHvCnOzzNSeORtZI2xNbblyul9YfOohCXKB54S3sQEkcSQvFIsG7erFYIqZGYrRUJPF98cEvktLyJUlNsUzMpCL6UBjdMHVGzMKJmEfLxaPiI7GQVoiVopV4A1cJ5ubJ+IEYgKtFM+gDH4vxuEaYkS7BBH4iUn7OONruPHTFGj0yprpWTCHm8ck4FBdrOb9OrBeF+Kk4g8y6DMbPxOdiM34hWA8xWshaMvbTQzQev9R7/CuxQa/cRvG1eMPfKbPxSSzGkTTb+UYkcQ1u8k+058S3+lT5Tv/eLPYXnbARfS9+ENuoFZ0itoi4PiMGYVT8KLh3PfWscx9/Ettwq/hZbBPbxQ4BMjiNuK8D0JJJZE2P5UFwPhl+HYO2TIgS7Ib5WIAhOVTLo5AMy2ZwF07U1qU+iX2aJb6VXBmV/cmRrhy8C2oZsgQjkv+qIRfjidbPYjMmMFMWaruov5b8nf0SUTkBa8o4xmQHak+8kzPEY7gEeTZn4RhEmdT/diCSQhbjICFlPb1iSk6NZIMnec/VkrVlexHH/ST7H/aXdeQBsscvWhrrEOk7O3VevyHeqvmo6Ix1ZT3JkidLpt4FNlwxHii340EyW4bEKKwvD5YpStvxR4qKQ/QYWIfjeeqEzaCBbCgbyUMl74fGcvsv8uMwyb19V2t8Rs5MxDgyncMliSPkIbKJZOmboh3HJnIAFutTuavYT9iukYZN5XLqj+swRaEzHimfEEdJI6+OlsfIZrI51RT3aG4txGPlcfJ4mfIPdsJiPEH3meXCbMHeqCQ2Txs7l3pNTETetw/RCXIQdscTZQvJnNZSssxIYI5MYit5kjxZJvEUORVPlVMjTLO1nESFeJrcTH2gjaxHTGuDtnhOl6xbHCX4rOP1mpDmp3hNt8meogI8Q/5IirjvRdjcYflzpu49WzsT8B08S3bCudqeZanXVrKubzSnQTiSXoidLZf50u4ceQcW+rV5LMfSmZJPzGOpZo0lohAvpXbybjFLt91YnCvvwPPkAHRFoX5yvmwvO0g+B1vSBfJCybzYnfKxOzWnQuyV0S56kTQaRgtqTrmSPTFsP/XBjpLlEp9ahZgnt2MxttD7nam+i/8nSURFehyB1vDHiiOwpzEE9mXEP0aUVhQnIEB7BjjPdHTnjvDLGnHE+JFpsRdjLkyPpWM9U3fjy8YIeMY2KFq+o8R3VwdEW9suXCw9ffcsPW5AWTwv3/FItci43t2JChBgeNNj/lXUx30VD6A8tjVAwc2qcX14Bbgw1tkTJGtFuNUAZ5cHoVKMQhSesYfD4Jo/2wY5Z9Ciz9iMKCt/4/9yq/yN/wj8sW/873x/f/cwgAHeL5qG+LtEXgT8naiW/kLSGxj9kO3faD46w+weazfxf+2gn4/rK4/4S0f7RWFH2GD9zNtr9D39dAxecEeybJ1LpUGFlUWZRWFY2IXrQymU2TwnYqcQZvdBj0rxZX+RPId9IR1d5ml8WV8oj5GrDFMXoNCm6RtnAersr3JUKGJ9BI6OVZhVishKH+XuINEMKrl3+JBw1Yi0LypBpKVj0SpHfG2yBvh9GKi/D5pRGzyaieqwDVI1B+p7NCvdwvDew6p94WPVDFJt5G7h1IJepyTWgnAEVrp/lelItS+0pB7p49ROgGfsh0KMM3OhMswa07xMbgQHzoPu1pfWzvgxw507whXdwN5V+WIfq1QeT9YklIojXwuy0tBjWXq/9rUML6TfzO5Rij1jtIfrNACMcKnsUoQXc5et9/NK9zLZ0jrbHqjvhtbWeKN0JFmt0uznjCSL7sR/Bhd6dLhVOIUq6wFN7IrQZJn+mMty6EorQPCWRe7uGrdb/u404yymWRuhlY8W+1c4wD4x6stgvhxoAOlYsNVwAhSFyqIGDZWmWrq4mvZCcB0LLoMTrQB/xfNbFX6M57ViBFl5/NgXGusUIMfuswP0l5HHG6Gv5ZTDi7k7octSZXfGlk1Lw5ZdLjnmCv93eOhv0r9pZA+Ev0sHrpCHaZQR992UG6azGPfT8q+hFWC1eL7b+6tzJVwpTWyXReGrZCeZC0Uhg1s3kXrM3yZKj0G0BzF6ODpPgMuqKINe1XevDZ5mT25fR+Aeq+r713z32k27fX0JRK3duX/twduwNGNRuLPsJB2NwOBcz1fL1lZcZuAS57ZQHa1NZsNtIU/vViNHr42Y1mrqTM+uvunLefxOCK10Q6E8EGGnFHHRtIbjcuydllYdeM/Ogl3f915XesOb56osYqzGH+SOt1d9y7vMLe+qOYlPvkyL1z7FSXwvMNPvq+Eh3p1n2V3kylAmnBj6h3QhJ2RDQs5x8sCBOU4vm/lqoM9XBzM6yDo0NNLPSt3QKosFTOHIDoGKMYFeOUxgIIv5dOWTmdHTFWEDI3ZZVGBCprxltlsYft6eaffNcOCm8CGQjg/k9e0Hp7kpnOCuMYIRCG5a7A5GcKLF+MCXIlXhA/cEFcjatFVGU9oZJZg+a4FsqwgpyHci0lelQfS34Pt+DbrvGulAP5cxfrvG94ky6L51dl+LcXw7Y/rSd+quboDz7Owpqq8spi9Pnx+7ugXOkaq6yqul8Y1UjG37894GPxn+KLfBu8nWcK2sRrntG5Rbvqwa5ZbA7vI62VlcL/n3Z1iMPWQcb5BfiZ6ytQxQUq/uAveWL6vCvfWSu4d7qxrv9tuwbr3lrrFu/L3l90G5MY1ZyF+ndoV2W09jsMTHuh1K/H1zlThY4934i0An/DWYt4fFjTKFefvfRLw9gX3kzoi3vjKFeGsX7SfjeHH0JmlwSJUj3gJUXFXItwD39jPeLJnLZjumxi0yQMFNF7fKOP5aRNzV9Br1qRL1VoC3ydvlbKdA9tcjKvJLd8X+8m2NcztY12xObegBxpvJ/sTfH5bhMTRQLrLNyp5CSTyZhsMdchTWoTvlniDdJuLDWIhck7FnhfIZ2ix64T/lXbIidFvA8ykeXuiCqAzlVlQJyi2Fbxsk19IyvW/5m9erNFjG8W7JX32exx00RA6VSf0F6h65p5i33no+3y6HedsZ8dZb7ox3y8e+0iDbest0vFvqOePC9i3e7UPB9O+VleHd/mhIt2HSIAArw7kV4VZKynScm/krHev2Vs3fjnVjhMneQLsxsqA/SnEGFUmDdmPeH4XD5a/Fu/WV/3m8W1+5Z3i3vvK34926+giwvYN62320W748q4I6fFrmy8pQbkV4tugr01FuveXeQLlVjG+rCt026r8E32a0zKrwbflyd/Ft+XJX+LYRsjb93vi2sti2e8U2ukdj23oSo9h4luN4u7hPpqPcZtBIsfcRbXsfz2bO85Hy90K03YC98X75qlhMxX6/8jUerdBo2M4dYkZsgfuAjGNzelDy3BdhSzqHRslG9JA8QBTLhyWj4ngMjFZhNIiRTcaWLMRH5Ch8VI7C2c5jMomF+Lj8kdbh8WK0ZGTcE7KTnv9tgstXjZgrj4bbQU/KPnLf4OF6y3Q8XDUK7reh4PrKX4uCMxKoMip7BwW3GatxcHuGg/vkNyDhxshrq5Fwf3Ak3FPy90PCmXhKPWFKuBmMlXNCT0lGxZnb1pPt3cPJtdXvH422B4P7MV88KotHuTcwcpkaI+fAupCV9gXoCPspOQwm2Q6MtzNLcW3NYE5onOQ4cifp74TjJfvYW+mvlU/Lo63pViurlvWRcwIcb4+TFvwELeB467pQO/cZ6UAPWFLjWTlBNoVa1hvWQGhqP6e/qI+1Hbi0tI3nJGOyasNUh+MRWvCFewIkrfJRAHvGMnVks8rj/DnlsF78RWxEhFFxTzs7x4Q82vokJKxm8C7c7gqNbzsddg+v5mg/+HtWsPJPyYrxYBWj11brfjs+Wi5DtxgKZ8EIuAXuL40K6ZaLEdnAGgCDYaLsDm0zzHesuQ6P3kSMdOFLOygdtPVnjb0XREflOKVuFTFSFTJXmfihk6SJoh2Fm6MO/BA2+IKnogahEvDhnsQvNdmdUuiRuqV5LHaEmS/47c6xTCuPW9rrd4hamuptOk60tu5rN38OdoU6/NiuOJagV2E0wZ2jBzaPWTrGUQorV1kMwfQyqViCjs7wc3la9D5GN3bcRezAP098P4P3+Uu4PIaRv5nyOE0spw7QD46Bk20XzrNNnL8LWPLotpnaZJn6yn6vn9kp24/IYtBR+zKvjvcnj/PXNcyRDfP+Z+L95VUR729wJsva5s4muNI+3nHhSnuK3FUMwLwqYgDuLr19FRcwCoNDBi/Z1EqhJWvrbGx5Gi25e1H8vH0ex29PIvQ120WEvhf0WuxpfL4X4PeJztdW564zmYx2HZePSy+Cp+yKM93s7fh7JvKeaffQECMyD7YCzGTFCMjdi1xXNsdM5ZHryueYqRxRuGcx6LxKotClawadnM5Otq8dGHzXrs+d2hpDyjxu4sLtCeprX0aGm2wzdwjbgpmWQUKOCf1xIu4ZBBH/9bNzllXb8LnlwZMhAducWtoS2uY8FHohNCnEO+R5ye9YZ54JO/w9lB616j1YYfeyb9DYM7Y0+f3LcDdY8FP4JsgEcE27PM59HTHP22sZV3Y/Wt6+jJDXFsqi5zpqHmoLexIV79cg6P54cfHaadnRrTT34AC/bx7cCLFwxArWMrXPAqnypp7xIRCDoogF7aE2nJJhcp29ZX1aI0v7J+pqHfbUjKmy1KaxXK3RLtGo20zrWnDhIm0LousAuTyDB+sV5zOiI9QF9lx4UMsSLpfKtdq5GGYJO0zfoGurc/w+JaPgwP6wJXKi31+Dan5BTpPcy9Yh0zPWZadL1jjy4DyOAyzXwAAdBZgj1HXUErat5u4TwIPDo1z3sbAFl8B9mS/K1jFDJT+UFTLzFNwEqe/rDxyXuKszxm9tNazRJUxLHnSxX9G/X5Qv6V7Ny+RIqm3CC7W8PDzKN9detV6QD4VelpNC7bT8iFhswRgK7L9K9fJlSI3jldJxmL5Ll28H8Aj4NooDT4dOyRgAr0gPXjHzEQvmY3fH4sGr8hWZH6oN/GSM7cG/5GvyELA0UnqsPUMjrbtoD0jZ0XlwYCjLb9es2NlwtDVTMoWX/N5khTkW7uuRWfJ16UI09IYsiH7htPPz6vJ+OjzK6/CidH1Ktf2TzcQvn/ZfETnR+xPHTpwtW0Pg831TviVzonPkm/Jt+Y7Mjbwr58p5skT+Wz95TxZrX282zJcLtJ94oZwnF0nWv/jXYrlEZsNSmRt5X86VuZEP5CKZE10mN9CHcrlcKj+SK+RKuVzOl6s03UVytcyJfixzI2vkEvmY+ESWyPmyCU3AtXKdXC8/lZ/Jz+UXMjfypS6vV1+WyBdiWWBKrpcb5Eb5tZwr58tv5CY5Us6X38qcaBZ8J0fgZjlSFtvf67fZwONYJ3/QbXNdAVvkj6W/lsif5FY5X/6se25Kb9P1t8sdugSonKilciO2CqliO+hTiSy2w8pRrjKj5icbZYaKqBoqU20RUVVT8YzElGknN4JqjmQqQSvrdCukuF2hvpRSKeWpJlRLcflsqKlqq5xoNuyn9ld1VLHtqSw4QI3AuiqB9ZSnslRO9EDVhA5SO6SnaisB2aq+mis9pVRN5amDlacOUVngqQaKnzXU/WmkTF+XyAnoqUNVMOuN1WH6F/fAVQIOVxt1v7PA/JsTHYFHqCaqrt8Gl+VWmipPHal+CnnqKOWpo9UxylPNlKeOVZ46TnnqeHWC8lRzlQVb5Ag8xp+NYO64XxX3qqHiHq3WpT11omqhGqrcSEs9Wzk+lZyop1qpk9SHsXQaAQWujyo3crI6RX0gsuBU1VolkOudplKr2Eadrs4oU4q/Bc+XZ6omdJZqq84u07/18hyVGzlDtVPnqtzIeep89V0sJ9pe5UQ7qGzIjVyg+7dGbpS5EebKnGhu5EI9Xxelvc9VTWi+7Kjy9Fyn92a9/L+d2uMec3vz5cW/8Nol6lJNj9udL/+i/lppu2VbXCovU5eri9U8maJwueL6OdF58iK1Qa6Xf1O5kc1yjeR6f9f1bGX7c8Mzk8CR8grF/bpS5UQTmL4Xgt2yRF6lOqm2KgsSyBRQdVZXq7hqq7qooPZyGVX/UAnlqWtUV9VNt3StGinzldkZ3dV1qovKjYyUUXW9SmAPtfwXWdBN5URvKC3L//ZUf1O8/82YWQKk9n8vFeytoI9zdG96qxv1XvZUH7VE9lUlklvqp9J3/E1qrrwY+oDpJ6/HzZrSZnmLulXNl7f5/Ddf3u7/lQ28OwtUf8WrYt7zLPZXA/RaD1Q5UX56h6qrAt4P2rtD8X64U82VhaqpyoZ/qkX2XWqQqqHWy7OUq+aIwYol75l6x92thqgb9b4bqhqrpHKVeSOA27xHl7xXDVNZv2gHRXqdh+uSI9JK3qfmy5Fqrry/dBxc6wH1oNooc6Kj9Bgi1tXhh1SxX4JlzQR82Jcuqdo8nqB2tJL6pswjKif6qE/tMS0fG6vHlauWyKVytHpCPal7zj1OPRniz9EY9ZTitRur5su1NE51UePV0yqqnlHPqrvUErlVTtA9e05NVJPUZDUBl8jJKpDwhtqUUvrlqT+vaY9WU3Xv1lKKekXUXlDTdio/XZc+UGXBas1jLypeDe6P6VkCX6qQFvPhy2qeHCl/lsX2K2qu3ECvqn+pYeHXVE70bYffC5ihZqouapYarG5UUfW6SuAbqqa/P0ytERjUMBy7gZbI2YpPsZqqt3pTczwqw2NvqSVyjtohuTZjDN5Wa+w6mY3VO1pCcLmNsobF/XtXraVP5VzN+fNUiVoPvO/+rab64+ddNVJ20+fZ22qOtU2WSAGz1Xu6vfmqmzLj45EuUCNViseyYJTKgoBDyu9Tll222iI8tVDNlVmQGzG+6aX67SIVVYvVjaqefsu0Xd3OQp8Ll2j6S0vpv6/mSwFcgk/6Lro356jv5AfqS8nzuUx9mCZ/71LLVW7kI92fFT59M9N/S5NcjdWcCqhmw0oVVauU6f0GWq0S+LFaowK6a1Ru5BM1V65VUbVOra+AQrR0lqL+PHF7n5aOJapni8+Gz9Tnv7rfX2iemisb+Se8qx5WX/o7+y3lqq8Ua3MsLZTa4NPaqN5TAm5Ma3G1NFJUqa/VFjFPbpTfaAmGapDKjRjdjHmrl71Jzda6n1JR9a3msu/UZvU9S24VUOHzmun8oHZNh+UlU/pYlqfDPWVpkwX9q+CHLUKvkJojfvT36TdqAj6usuFFZfCjP6nUWWDWaoZfa6P01FaVwJ9Z24JtistsV4vs3MgOFVXgzZUjLNYPsqCmsjzbWy15nlfLeXK9fFyxfvqAxS2OwJCXE+1lnwqfxcLewbr/s/XM8nPH47PD9bIgw/tSmlOU9TCuF/G2qhqegM/lVsktMU1+nxvpJsxaBa19LDO9qBfsntWyphfzuGRbfRbMkxP1fKG3ReVGPnOWSPKYQ39STK9ELpLCM1wtvWKb9zd7z4tKdb+tMqqYu+eXatI837w2Q1RuRHlNfc6ZK818eF6gUZonZpdslDyeG7UMuVy9rWp5tb2o2s/b3wtOyfQ2WZdVKjdSx8uGA7wiVder5/E5slrOEZ7i+dtAWd5cn0eygHmurrde3qXM2ZXAOl5ONFhDQ2MB1FACJiBT5Z4d6GV56ecT93OBWiVfVgP17pqtdSzT23VyqzpI91ePwMuJbpX1vbmypgr2nYD5MrXHN8qP5FaVGznYi6pDPLeUA7fIBl6x3dBjadfIM5rGGQrVBjjUczyjh2VBYy+Y6cO83MjhXmd1hNfEu1qZ+QxKl+17U+9Ir5syfJ0TfVHvoyWaJ2uqjTKBR3mGYgKP9hqrqDrGY/22mf/0WO9xXyNboI7zjvfMOM+O8NtxznjnW8n6V/lzInUejJQneI1Vc89I+PnyRG+tv/qGa1l/7qLGqqhq4bX0crxW3kleFozAk/32C9Up3qlea+803W4bj+vsUOUpZMGNqqY63eOenuGxZWlOsvQyRo54aqM80+PRn+W19c723pSj1VB1jjdXuor7tlblRNt5W9Rj4lxPwHke77Dzvff1ecf9eUhtlAbldJj3nVyr2nuHQmPIgg5eSl6UPWUv8N/kRi70ciMXebmRXG+p7Ojlef/nXezlRi7x5spL9Zj/4uVG/qpHeKPKAn5+mXe5lxv5m/d3r7y1fIXmiQ+1XAD1przS+1Be5TGXLJXfyU5eFnT2VsgsuNpjq5vXj/dCwD1xb4k0egpzchctS/jNP7y5crxasZNt3gASXnAuX+Pxqnb1unm8l6/1zP7IhnxvHqXbxrmR7t5cebK2qNjq6q/OVtf5nGx2xvXe/l42HOn08MaroNxYdYMXnDEJ7O719HIj3Lqheb3Xy0t583Oittvbmytv9AL9gXn9S7lesvTq45XX2jeWWuF9vbGqnxdVN3k3e6y/LfVP39PULd6tHp/BWWCeLJG36d8pa/V2r8Bb8sso+vt9MlZtiUxguhXH8rmPt0MO8Npq66pEmp4O9Lao4z0jP15UecDyY71sAHd4d3o5XqE/m8bqZkm3UKZOrX96RsrHlKfY08ClbtS2ozkj9AqV0jDysur6bAuUp7BafifP9sd2l5cFS+Qgb7An4G6PJWNQaogezfW/UByqyyS9s72G6jDvHr3C53uN1b3e1l/0iWFeTpTfFXnz5XCP+WeELnGmOtu7z9ussmGk11jd73nqAW+uZI0y5X/hGXjQS9cLt4hzvaga5eVEH/LYu8K7M+QlsNgT2vdkaDzs8dNHvKu13fagJ+BRzb2PebmRx73R3hMe9zDYr9lQIp/0mtAcUVO9KUfgGO+stLOfZ0zAEska7XfyKW+sl0CWrNkwzudlpjxULVCN1XiP+f9pr4n3jGdObKPHfihzos96c7UPy/g635Qhb6IyO+p9vXvXprXJZYaqjZKfb1UTvMbqOc/s7SyY6BlfWlkZ853M8Dp5nb30/d7bmy87ai1ikjcfvlCTPeOp45FsIPYPTPF7uVr37HlvtspU7O/gkxD9PRr40KZ6w70u6gVvmhdV0z3X13b5dHvSY5/BC7EXPaZyo3pTGg64WnVRq2TUPzNf0m+/ky97DbxXvFc91lbny+aOmZV/eXyeBWcZP5kvX/NWyS2CdQ9eaZ7ZGd5Mb5bHOgnLsVf9GT3WS+DrXmN1lpZlvTJYFs+Vb3g75BvebI/9iI3V5zL9TJwn3/Su8N6URudlWfFv9y3vuvDtyvg4X48wnbLY2KutL9zqjOx7npH9Kh1lkFGHJmLLtNi48PSYCy/GAmRe5ai8spi8irOIM/2ycRvNrO0cYXL38sJz9MhXYq/uZvzIIAd82YzvO/dpX8aS3Bl5a5ARuxcn0mCFOfM1R6kqiwLel7Ea7SriNJrojFxmqmWyu5+q4x9dqqPu8feus+A/k6X5Kh2VsXyeZn4aZGpmtGyQq/kajcz9vbI1/w1cmB3Lglv19/9bwNH/HwDDgL/1OZlvxo4MpedyNr3evXo8qsr4NgdWOBfA8thyqywms2z+5PTsyTnQD1Y5/O3wo9iK2MqYyZ/MCE5PR4Z0fSwzl1jl74a7w/w9bo2zwqmoldcjebA61g+uqOFCVqh9lGt+HFsTu6KGwYW+G2OcnEHmHZB5oY6safiFcaccbzaW+UnsPVirWzswkyO68ffaJ23GYTZ018WC1iuaBd63lfUqNdb1sWCE5cdWUU8+raQn+xJd+muwpbf4fMOok7djFaFMnUpwpukoUxfejaWwnOVp7gnmNG8f5JY2qNKKRprCl+4bdCmfJOn4Uv69ewhTLllVXuir9E2ZyrJKm1OmqvrXVFG/4rky93sYsT/NMvE/u5Z7dlW5J/s2F/UD1r7KRl0WxZqOYTWc/2uzUe+MYTXrVBGKlZ/vi3zUJlLbVRo5WHVO6lTJP2de6t3Pq3ypj2M2OUMLdE7SDnr+zX2BtnuEX53jVede3rXsqM7LXHFe5oqlsTkv0p/9VgQqt2OkRXXe5t87b3N1PuJ9j6nzKsXUbYR5Gb2cXfuKpsb+2N6ifZNTZM/9QXlwVDgL/rz+oMB/w16Wqn03XKLab7Pv/Da/hxel2n5P2e9Xg7uTDb/Nv4dr9ME9s9NN6YrHFANjo/eAIus5cNNsJbZFRsRiaSNep/W339sW5/sYi/T9CWNp7Lk1XhEFMydnWNHSW9F8ygecYaIqcM6lcHgdZIILKzLf9rKt/hkunGa/4zV3PXjUzfLzUZwAz9ldfZ52Mq8Mf67PTKOtmO8CFdOoBfVsAfV11Pco8JNA/2DaTLNyr0HgKTAafkW5RRxY5WeNaJ+5sw9gALS3UzlEGpR6A9gyL2un702bmq3iX2dHHxriU+XfsTOgfeZd0Z1t5UWlbwP7cwDUC5n16Q4vRS7wJegnrgO21UPzyV/DWdpz8W3oWusY670YW2LzY/uXyk6WKxdpjaYffK531DO/2OQLYuk7EaEjjLOjMAYskBlRWKFv7Pe0Fvrn4KIYU+K9MZM9CrAJ7g31g2FWQ6ufb8U8oW3bhTb7SL52F8eWxLJgubZZm0OJa/nvKsqGwdq2C4E1GmiIKR0JS+3mv8NMcKFeqb5aZ6c8FxVbuCZ/xOH6/OLsEnm6L6xfvaS5v47eMaHQH9MSNnuj2uKt2uINrNxqy/a/27L9b7dp/yi5BdhO7R/+38Q0VNuqfyzsQrXtW2377h3bty68Z/X081/1828b2yG+3+LAGvuSGtW2cbVtXG0b76ltvPe+Yf+3Wdm7g3pKj3JXEfLHoJyqxjcthB6QUwWvpeOfKm5vX+KfFsJ1wNrgIl278l7uDk5qV7O1d3BS3GNDofLe7v4X/D35Pl/9db7aJ1Htk6j2SVT7JH6dT4JqVPskqn0S1T6Jap9EtU+i2ifxx/VJBNj3le4aewP8eux8qv7/gj+iKpz+b0fp/6cR+tXejWrvRrV3o9q7Ue3dqPZuVHs3qr0bZb0btax7gD0creHBjOpYEnseSyLIX7Vrr8OGGEsLzgS1OsYjuTnK+pLJJXW6zk7lQg44cI8lkbMKVO6JqKvjWA8HD2doDaMNlPVNpLJBBVmtqvZL7Co7VuCXKE9t54xYPNZa6EBtdGE/3B9dqIOVZ8la4E7+HfJkVTYvzH3TrHQfUoaf4S3IkcYz65TL3Ha9dZ5t/BYmV9vu5Zgz/pmUlhysekXRLzhaen3fM8OZpX4AD7bGWGOu64ywUjRywIMDsC7WwyxkbvsEPrMXhQ/EgzAb62M2HKyjOdyclq3sEMyCBvhAGg1e84Z4dMiD7WEXalnsO5pqCceDRmja4JE2QgceK61VBz2YE+oBh6IHY53yef3KepkC6XqJRjJPcpq4nHPgsRqVZ/0zu2VS9DA9phbhPDgcjwgfobnodL0SD9o/2HmwMeZCE2TezYOmyLN2JGbDUTglw1gLMXABYVGNPJDIvp7LrYFwNHaFlmHOfviGtSlmwTGYp2k2w2PxODweT0AXmmMenFhpjRZ+jeesGbFm0BJzsBWehC5g6GQ8HfJjFpyCp+Jx6EJr5NnLg7EOz3IefGdnwVG+rBmpZRqPk31zrt65pyG3UlzThTbYxk2V6/mLrssewYBj9p3f7s+aYTDI2xjs4+A9c+YAeMRx4Ww8Bx2ts2ZBO3RgTvjc0hZ+tnkfnOoaCZmteZR58frwIru1dZrVb5c59lzf53mq5cIpVg8YCLUgs1RP4Rx8/xl/Z5CZr2xGvsDXaTLxsW6+Ifb7xYtJ5QgMfKeml6n8gHvbN8ozbTI/7K6XlCMS1Mn8c+a6+1/JcRetIsddKnpIugc1lc8uWkU+u/J1/5u8p/smw15V0U72VayT3cvZt68z9v2aSCcboGrvatV5/YIoJ3ua2e+/KcLJHzn76+7SZk/pGZpf+4Ewnkv9NelyS8AHUALzMmrDPOsCP/aNw8+cyloPMsmmZ9bjUmUjnXllYp1xBtkecCFyBtkL0EQ6a1pJX3vssocbYOfci5xjkTn5A5hnGZ/pvsjGyJzRx8/J2BYeAt4pvFq88y5GXrOo/yXwidKTupcdIBuMdqBwmfaFGavfQhvHa02MWy3bigPH6lX+yn7HZg+ypfmXdweXusM5xOKxsibWzm1oWXCjzSfbeDjDug6egAvKtB60zdrFB1DtFd83XvF9kZvxz+MR3/u5Has94b+3J/w/n/WxpcV+b257pXWetiHX2bmWOS+ZxwfCVciz1ih6vraiBtqdtUTua2fBajjJ6qz9SkZmsj54he1lZvmj4n3U0LrH2mCzZRacSIuAfw/0ZfZivdNO9vmnp7bB2co4GUxkM8NL1dGH/pPRh7rJzviu9yC2hmt1dOxO2Bmvxjh2wc74D0zgNdgVu+EC91rMx+54HV6PXKoH3oA9sRf2xhuxD/bFfvrpTdgZe+PNuMBd6CbwFuyJcbwVPw4n8Db97HYswP6YwAHYHwfiHXgndsNC/Kdu4S4chIPxbhyCg7AAh2JXTH1t6IZJvMdv514sxMHYCYdhEQ7HOCZxBN6HI/F+fACHQyE+iKPwIUxgMT6s6SZxGN6Hj2An7ISP4mM4DBPYHx/H0TgMb8Bu2BufwCexGYzBwfgUjsVxOACnRgpwPD6Nz+CzuswEvAefw07YG6/FiViIk5AzgRRiN5yMU/B5jONUfAGn4UJ3Oo7DInwRm0ECx+NL+DIW4iuYL6fiv3RvXsMinIEzcUZsFraLvq77+gYmsLu8TnYW10v+/RkWYw8ZxxvkV6KnbC2L8F2ciyX4Kv4bX8f3cD4mcYGu2QcX4ixchIuxGCdgvq69BJfi+5gNJfgBJnEZfohxTOBy7KXfcm8+xKA3H2EJrsBZuBJnO6swiavxY1yHN+AKfBhn4XqM46dYiJ/h5/gFfolfYQl+jbfjN7gJv8XvcDN+jwn8Cn/AJG7BHzGOP+FW/Bm34XZMYjHuKG0HqAAHYxJ7y6nYBpKYDcNhFtoUojA5lA2zHZcyiFcvQl8Kfp9J+RglnumARiesSTFCSiLR9nASBSWQqQbc0g0lxVHRBPSoFtWmVL1C3I947El8AEdgWRqzkDP37U+DcRnWoQOoLtWjLOLVPZDmWJPxIMqmOK6nMViCh1ADmoWHUhJLcJU4mJpBY6rvLqROelYH42uYDdxiQdp8Hk6FaT08goZgsJoPixulmU3mhmXYhAqxKdV3j6RleBQ1oSTOw2V4NCXxGGpGo/FYOo4W63mfhYU4I3Y8nUBxfx2a04nUglpSCeZQK3oXT6LvMRtOpiSeQsPhWTyVktiaZuFp1Ibq0Ol0Bp1JM2JnUU60Lc3DcThG9z+YsamRcdiI5nqdMJE2W2frWdHvkefmHGqnZ/VciuN5lA3nU3O9ysXYnsxoO1BONIkXUAIvpIsol0ZhR8qjepRI23l95CU0Gi+lDvRWzb/QX2kQXkZ9S3fLdmwX7SfjeHH0Js29+XglJbQkKcGraBZ2IuaYzrQd45gNf6craDhcTXHqQobD/kEJuoa60jXUja6lfOpOcbyOrqef8WbJXDbbMTVuka3IzOx0cauM+7NcgD2pF/WmGymOfagv9aObKIk30y0Ux1spG4qwXw2bbqMUl19Nr1EfYr7+p56bu2guDsNBlMTBFMe7aR4W4G3ydjnbKZD99YiK/NJdsb98m4oogQfrms2pDT1ASRwg+1MSm9MyPIYGykW2WdlTKIkn03C4Q47COnSnvEHzeTY8Ri3ocRpNT1AfXw7m45OUjw/TGEpiPj5FCZyID2Mhcs2XKImF8hnaLHrhP+VdMqnl8hh8lkYjc8kEurOU51M8vNAFYWTgJJpMUzCOU2gUPk+MSy3CqfQCLXSnURynkzkFXqRReBzxDnuZXqFBci0t0/u2OSXwVRos43i3zMd/0fO4g4bIoTIpud49kstkw2s0HOI4kPKRZ3oGZcNMysdZFMcZNAFfpzdopv+ut57Pt/U6vUmD8EF8i+bQOnyH3sR3aQhOx7dqDsC51FvO03xaQswBM+nfdBnlY18Zx3zcgb19PmsXnV/meRFupaQconlvA/1MRWT+2kbF+DNtpx0E4q2alpiHRbiWbBESPOKwMNzqCFfw3GWIiGhHNUSm2I4baBNNwQRGRU1xIMVEMV5IKIZhAU5CpkZCCClKSIn0/TvYP9Nep6Tm+vL7+SstM5tTH/hY9EcpzqAiOQWHYkKv5CgcLvcTvHuZyv6CW/xRr+2rNBTHYZ3MOoLnZiz1S1vxHZjUu3Ic1ncPEHVFPVGCWcL0YyAeKA4S2YL32ygMfOT1xcHCUOuMh4gkNhANRRIbiQQmfJpJTJcCUzSHptovxkPFemossoQ5y8eV9oF7MA430GHicHGEaCIS2JyYShwLsKk4UhwlxmnuCsozxXGYDUcLI5064zFifEYzcazg0+M4TZ9PctYICvF4kd6nE8Rsp7noigcS+1QX0zy9lgU4JDJd6yBtqIUYjS1FjjjYbiWKEWg6FuGHeJKem5MFiVPEOhynz+BThek5c/1pYjR2pDaC99qHaM4a9tScLs4Qh4kz9RhKMF+eVUEdlv35cuc6CZznNSCztovpR82dBxFrQSUey5KR+G/vPY9PrvneVFpEo2k7Fmu97xLItm4ODcGJv+y2U+XUCOtB3P9lWCgH4wKvF07HElzoLfIWe8fIJd5UXOrNQvZwn2gNwXe05tG8lH5A/X3vKJENRYLpvYCF+IG3zNtf1pGd8cPSUsu9IZjAtiKORXi26CvNGd2cjhfniN4yiTPoXDGTOuFEZB4txPPEI8j61RQ6X7QXLHVn+WuzgTqIC8SF4iKRK67FJmIcbseOIoH/J7JhJLFO+DRdLIbDJeJSMQ6fxb+IJfRXUYCXiSQW4afOLZFleLn4mxiCo/DvgnXKWyJG97hCZEMBNhDcrxF4pWhBJXiV4JO/k6hHnUUvuxmU4NViGcYFz24X8Q+REJeJRnSNmI1J7IpdRQF2E6PwWt2XfDEcCkr3CdfPFgVamvakwdhd1KO3al4nrhdd8TOnhyhG5torBO+WGwSXYE2zpxhJRtfLhl5iaoTXvJfdhnqLxymQcsw/8yiBrpDCcMqNoo/m52xoLHgu3iUS6bSSyLzMHHcD9hFFmOH2Faz59BM3iRGyNt0qWhHP/m3idlEgtuNdmMDDBPNmf1GbEthHmLbMjmMJ0gcHiEK9BoU4UNwhWtCdItC+C8UU7K/5zJTvhSX4T3GXiOMgMVjcLVhX4HUYhf8QQ0VS3Cu20T1imCgSPWkSJpFnOY63i/tkCQ4XI0QS7xPDcAaNFAkcKAYhc8V6sQEm4/3iEVqCxXrv2uIBX6KU0IOCJdwo8ZAoFuNwQhU60gJaSMyv5jwz5+piWkJL6X2aSh/QMnoWl/p/TcUPdbn3aTl9RElcQT1ppX6yilbTdvyY1tAAvd5FOJY+obV0ByXwQ8H079Un3wO+dfKkPz/DcBzy2/X0Ka3DT+kz+py07q7l/xf0Je1MszkNk4X4dGmvWWbdoVevxO8/Px2BE0qlTy97AhbjR94Kb6V3lvjKP936i69pgbuRZuGD2Eo0p280Rf4vGzbRAvdb4rn5jgxN7ilLnEGYwM10KX1PI6w4PmAtcH+g4FwyFALroQS5n/yE1+4LTOKPNAxL8CetV3+T0SqTa5nxtRIVjS6ox3V+zUgfFo8IIZ7FcfiomKXnmyUI27DrsDM+Jh4Xo8UT4kkxBidhHCfiGPE2xvFZrO8+JYpxrBgnxounBfeST5e4f87OwpFyED4jZmpKzSCON2FSn7bb6FkxQTwnZsTewbtpLhbhRDELJ4k4ThZThNE7B+LzwoyF7cyp4gXNs0txmn7ahqaLFwVrii+JWfiyuAF74/3yVbGYiv1+5SPb2YXGhnHuEDNiC9wHZByb04OS91URtqRzaJRsRA/JA0SxfFi+Il7VY3hNTMT2FBXmvDTWeiE+Ikfho3IUznYek0ksxMflj7QOjxej5UwxSzwhO+k53ia4/I+0nmYIfp7E1wWP+w0RFTExW7wpbsN5okSY0zqhuWUHPSn7SH46NfKeMPtrvpZKo5EtgvbEVjSX7KX1tw6iEBdo2fAWdqAkjqSFYpFgCb9YLBFTIzFaKpL4vmCbrrcv1WqKZWJmmjYzCydiHi0Xj4qPxEJaIVaKVuINXCVYnk3GD8QAXC2aAetP43GNML1fggn8RKQ8z3G03XnoijV6REx1rZhCLOUm41BcrDWSdWK9KMRPxRk+Xw7Gz8TnYjN+IZifzW5dS8aCfYjG45dayn8lNujV3ii+Fm/4snI2PonFOJJmO9+IJK7BTb7u9Zz4Vus/3+nfm8X+ohM2ou/FD2IbtaJTxBYR19rMIIyKHwX3ridxf7mPP4ltuFX8LLaJ7WKHABnoTdzXAWjJJLJ2zSdCoEkZLh+DtkyIEuyG+ViAITlUn0ghGZbN4C6tQwzXNmJAs8T3SlRGZX9ypCsH74JahizBiOS/asjFeKL1s9iMCcyUhdoa7a9P/c5+iaicgDVlHGOyA7UnluwZ4jFcor0ss3AMokzqfzsQSSGLcZCQsp5eMSWnRrLBk7xPa8nasr2I436SPUCsuRwge/wi3VjbTZcHKc3yDfFWzUdFZ6wr68kkPoVZMvUusJyL8UC5HQ+S2TIkRmF9ebBMUdqOP1JUHKLHwNKP56kTNoMGsqFsJA+VvAsay+2/SJ3DtL33rpaVRjpNxDgyncMliSPkIbKJ5PM3RTuOTeQALNaaZFexn/hE2G4exLGXvcpbTv1xHaZodMYj5RPiKGnk3NHyGNlMNqea4h7Nr4U4Rl4rj5cpn20nLMYTdK95t88W7BFMYvO00XMpliy8Xx+iE+Qg7I4nyhb6tGspWWokMEcmsZU8SZ4sk3iKnIqsiTLN1nISFeJpcjP1gTayns50uEFbnadL1oiPEqzv8IpNSPMVvabbZG9dAZ4hfyRF3PcibO6w5DlT955tzgn4Dp4lO+Fc7UdgyddW5mMNMvr9IBxJL8TOlst8GXaOvAML/do8lmPpTMla07FUs8YSUYiXUjt5t5il224szpV34HlyALqiUD85X7aXHSTrQi3pAnmhZG7sTvnYnZpTIfbKaBe9SBotswU1p1zJfjS2W/tgR8mSifWYQsyTrLe30Dueqb6L/ydJREXZG/G3O60sgxdPedXLY8YZUdpfI8eNn3W5ZdDjeTDAGai/QxoE+VT7aGu55UA7ZyzcXw5JbvtIci4RhWds9oNP85Fxxts9VlPfD/ZPw5hPA7v0q+xfwk1CQfvBv8WQB1fYnZwsn1IPuNNhvGk/GBB6Wdf92GoDXfW9aX7+jM3f/RiDfluISz2vv1qw53iyzUivQmcgZMJr4eHWpdZA6An/dBy4rNQzvtZabhU6mTAstNbi1gdqpA5771dD/5Cl4yH9P3tXHlhVcfXP3Pvm5uVdMnNv3swFMRoUlypUghAUELW4UbQQDalotdZiYxEEGkEpahUSG2UxGjYVYmtFAojIYpRVdrcIRUAUKlbApVhA61otwueZuffd97KwtGKr3/ujNdw365kzZ86cOef8BgIAAQNmGrnwKNkMU0hpUn/YQhmcRirNzpF7KIWRNPQOVK8fRrvIKDqaTgQs0doYo2J+ywh+w7pnkBI13k/JvTQOMw0J3UwsmU3bU6TqYP9dE99R7iP5UEF7wkzDgpnGYiiAtnAftSCmKPCwP5NyP2KsFFqZvzZwjjizIuUzH84GMWVmGgXwlP9eukG9fQwFUG81Zeo15TMT/QWvNPG9piUJe5pqloChyt2vfEe6KCpcBleQycpjMqANer7jq3ElxYzB+i0Ze10En0RawhSCnlNjaXO40qw2Rit/zHzfQ3KmgTUXwd1wIoyj6Hk8npZAU8ig6Ldowc/pBDpYeXRhz+jRxAwCa4xtMI6eZOYRTQucbfKuQK5AvxgcxTAV4dBQ7EHg2Vm35sCkiISBfkzCJuUT3U75VGWDbjc5GqGjT12aiFnYmCjxAMVvq83WMN6nywNQkKiBXvinGg/SmUZlEo8vJMOU3wdGF1h+ZAPWpH40Av7twEN0Ep1Mq5TfwT7fu6iDAeqdKmhlONH+IDHfxx5nhJEHuoUw9gDjFHEUDnwWeYSGJf5EUyMRqulQ6KI8ztHbCL0RBiX6yoVBsCpCANvJha8iWSl0xp6DkpV+NAn+3TPSneKs9XteJ5hGcSwUEEf8cToMGBwFBCapl9YymEkteIImzybuS4N18AoMMVB/w/0f9KS9HythG2DUeK7vgzGLVlL9qvskLYBrybPGUqMAlhnLDeRd/QK70oiS1cYqA99dcaSdyWx6NqFwDqlU2RPQ95j6XgHhngnWDr0lByXtBfwfUm1XxII59Dx4XEnfmegbrFB1nvS5DTmrMslTsa4fMpZBv3j0iG2a1J9eibA/6vsc6V0Z5q8YCui3PpfeHdE+Y9jemozKr2VB6AG5zfdeRE/FVEprX0hsP5Yik3EMpQmfyIWkEhxYk5Hs95jq9TifbifoE16lKJDqa14CzXweRlqgTLgrMhB+p6KIt8I8+iZY8BSlyn8H95KujxE5j5JUP3eUL8l+7qeQwM99NQ24qxKGqRimHurUWkAX0vLIItXGYrqEUkXPZ2kOLDcyI88pL1pB8BV/KcX3e1z/5VTCJyAhH1bQx4xhsFJFWqyiuVavpJwhgTQKaD4IukERlBlVJvJt/wZ9zgf6+V/q+p1fqXzPTyOBt3lPX5r21PwEFLb7MiIXBhnog3YtxL5eDzwbKQw3dAncpcFXzdfJsUn6S8BVeiw3Kf8j9HrAk/UBg8BykgVtfEl2P8Th/sS4HX9PvkCLfD/vl+gEWK94favZK2Xk9X3I1/jri3XQe+QqOEPVXKsoPhl9v4AYNkwBS/F3rdELUL4G5YO2mye+/JlqSZDMz+voeJgAI3wPy1egCHYYr9D1Sg6uMr+CkX6sBlJyA9X+0vj3hWS12Tbxa9hbQb3VawGrTO2DHnqM7zEseF35Ht0CUWLBcSTw0SZ++xugAzmDbKTacw5bxt0R9t8CXqU65kFRmljqjIpFpDrztd9niTqrLChJkQoOvEYxLud1uplakA3XGheYgb9gtZFjEviEfIARZL6vXhHshiIYT/C83kL1btRRGn+hKGV7Jvi5BsrgfvMNqmMEF5KtdBjM9r1+r4w0tHYbITydiPK60J5COTSZO7R/3h1A4SMl/5P7TG3dTnheot8O8nJIvzzoYlhwiaE9LwvQ65tasJ2GXpzIhfngGdjWKngU7CQv0uawK3HmLlbSQu8bpFAXuMX3JdU9hVEIqJXeAh8o3+5gP6KU2gfjlPf6h6rEBsAYo3eppkOWv07vK++79+jQJHluJ61Q4J1s+fUwDgc9u3PMIuU1XQSXQAm0Uh5ZSKnw30EUQRHspBa8T0lCbgT+2XOUp+i+RL8fQlvYRRVKgzkBKMxJ0CJcCaqiPT7zoyiClvVvyP2PQRxuSeKpYPz9lW/aRqMSKAwzULcJaYU66UTF2ejVrlsohWMj4ciLYDctgftIHArNabABAmogdW83tcf/ND8eIODlcJ56XXCv94LhRhy0ZoM6Dfq/NqNfqfr4e2u4l2QFMgN2GMHZobUkjHQJvtQ/h0OZqiXMbj+iFblrD72XalncVHkB/thsp/b42+r/H6eBdMaRDjRSyzxO3zZR43ucaqqNTuhLU814A19xH7Uho8jbpqPmpPMBofxOXhlNk8ZGE/odIRU+8G+a88ggQO0pWbdEmuQnNAPEyNBcRyFGciBb+dl+ZHxIw90f7GP0te2p7kfobSvhgUZ8brFMXsLvNl/dmkLP22Mg9LztDTZpyO/WSvG7xXPnC3qSmUVxnChn1hP04NSnZxQICb1vg/EG/rY47roet1qbba+wSvCOdRKcCCf7HriXqJG0ILeR24kFoS/uQOVlGvLOev+2VtcfN6x5klnkU9SpN+JY0oiDXR/QX8Azykdzk39rKEnMaSvpGSmItIVLI4RQuCySo271eI7fD1T5AeMof6Tk6/1+vjC9yuhtOVvxquNrBrrsVHNQkt6DfsMnmYMU/we3024w3yzwdYWJsJdeSKRq+SISh8dMB76iQknJr+hk82lzjom3rn1KR3vMxGjv5bCfBrecZB59gQ4xblIerCjN4+qmORoIfBm5FWIwCMAKqB7W06VaGyMTN+dPDX1WW76nMH7VvsKzCZ7T6KnY1acLei6Hfssl5ORQ14A3jXwIfJbr+p2GGsEOQH/qxWQVdI3Y8HnEtCyYTZ/3+x0Mq+E5KINPjdaA8dY59TQOjKTrHkmmQ6C5Ub/PTX6MJLVQH7lFcWzIcyWw3rQsjN9iAPVO2tBXWOt4C40Ryku4JVxI6vr7ToS7lD9pAcHYj1K/XNRq7ddmkGnFfa9i29Kz0J7BOxOzQS9J7Rl8DFE8pbyDkTbEx8mtrwfpu3qM3AiW4l8bmEWBW1o2a12nFzRX2psgjoUlCgnqkaneqW2UPeVOU3tUuhaB4wjaWfR3AjONiZBtURXxELd0fH68ng9piTopK4wCKEpkVrBUtIaOVVAZIKwWxg8I2vaElepdmupXmg+pfqVtiPYr1bJG365saGZNwEhTCEaqawac9DHFVlNPpig8TZK9SAM7XeBHGlodt8fTKJbpLJxpFMvvStbMfy9TZhqNMp3d8tARN74P+SmPNFLGwbM2pjEf05iP/1msZTr34JHNPZiOk0xnDPzfwUPYHk+jNKbvYmlEhPTd7r97t1tHNgO+M7RQu/dulek9jXaQvg9+d++DR/IeSOGbQhU4sjfKNALA/x8EgHSmo/TtO337Tt++07fvw7l9p/EI07fv9O07fftO377Tt+//HazB7+fd+/DzWn8b+IDpu3z6Lp++y6fv8um7fPoun77Lf7ex97bH0+h7afS9NPregdD30qh7adS9NOpeGnXv+4m6RxtFvzvSNrtshrNO49+l8e8aw7/7rmLYpdHrkq18h4czdzCMuTS6XBpd7ttBlxtifDPocv8+slzaynkkrJxpXLYjhcuWtm+mEdXSiGrfB0S16EER1a5jhKdR1dKoakcWVS2NqPZdQVSbzdKIamlEte8OolrjKGnfPBrajrjpID7kPtbZeTuexkZLY6M1jI32/cE5S6Ob1Uc3OxS8sjRKWRqlLI1SlkYp+36glOF6pPHJvn18sjSi2JFAFEujiX2f0MQC79dq99vzftWvlYNhXqQtTHNfMKtd9EXUNu+5xsF9Y3UUKv7+R7sH0ASaFMZEHbl8vzHl+0rhXZMkeYecalS7lTDHoDAjgS3SBdrCC+Z0Fz3bzlL+TTPcW81S6KzyCz7utiHzSWciyFaaD+2N6S6BL+FMaE8Gmd2tmS4i92zKfMKd5bYGQVaRMmhtPOmijXqaQeGKRB9PuotgoCGhhqKHJIG/W/lQQer6JQ7Oiilfq8Y9D2kd30X0vhsfLVHYAvW9U9sgggBpC7Vwp+UoD73z4NB8Qamyw68jwcpXuw379AV+a9orSXvjoocLjpv6XmwZqkczkgPj4XZ4wH+vCzzdJLQkpTAKZrsD4aIM/T74MsVZa99VC3YZOX6doI/vqxdg4J+djCTWkJd2NkNu0h7Mc9wblMeyDbfZFD6P6Nf0alt7EAX8dzge1A4EvtP6naV5IpJyfwT5AX+t703duOf0kG/BbzocbbLntFRj7e/T4GA+kNuNhr0a4w36Ndb3Y+yQRZRXReiX2Jg3Y3KZ0KsR+5rrhu/vAWJDrv+aq705jryHY7JnY/z/rW9jvwiiMxT9v/FxLDqAj+OoGEqVDvQjuNZoTy241pjn/nf9Hhtr5d/xfLS/Ed9HG0aZ2rerNQn9DCWMU2uD/oWH5qkY/6/5Kj6t1v5wfBWfhm/HUzFAPEPf0IP7KGLpjVCd9k5sxDsxFYktfphIbA3hr8WTZlLf//Cb9jbUfoZ6pU8yEenuOBJ4HQaoVP+Ol2EyDtWBvAxDD0PtPXggZKnD8ReMN+IxmKyR6HNXayXaZ+/gGoNUedlRDms/vmTv1P+mJ99cIxV/CtGn/je8I7XvFP51KPhWveAp92DoVm8aIbrVsHroVhrbqotCkzry3o2H7td4JH0ZL4JU38VePh7z4fgv1sfm+i56MHZX+71/Ii9OqT82xPrLikRJsJbh3ggkwXOK4mO+1m8wt2sPkHB2hsZyfp78LTNH2TCaqxvDORk1buL+c1DsrUV10LfQupGMv9XdYhGUipUqMhftQ2ghsIFCU/hn9IzQWz3SEp52n3FxlOeaAcp0d5jvon6FOJc5sMBFFDWM60Bfwl5KKmqUwXyIwyk21n0kQqA3TIgtcM/N0q0MMHN8LNRcXyNq4WtLGGnSj071e9sGO1QJ3VMcrjcWq38vcBeqUa2JoZ96V4WVthFOsTFCcQl52p1sLnLnmN3Vvo8SPNF1C2jjCke5CMJ5LE7MQ48dMchGqxkstfAm9Lh5dkYpLHbjsFjTIyugx6HOJQ5L3MXuAFMCfplqxOFZd6l7PBCKet00Y5mL3HG9spakzi4Ox5g5fr96xbpBG7LcxRYW+qPJiWAkzsroCnela4FtrnKH23+nyJu4lrifTrFxHRa4lt+STNwCDat35jPfCR/X+PfYyxWtw19k3Uk7E20dDleiroUYo6hHKDuxttK+QbStuAhKaZnSd7S9uMZoQ94gFLrTafBAHbux4duNsYStMNML4BlfS9H0maZa9xQmZWBRfgYMtT/uoqiBtjKD/oP/VkER/MLoQ3P8lkrg91TbjEvNRarudtIV+qmMeDQF1fwOM9/Hlo8rhMG5BkqacloGMVgaQWRWxAm9m1KFh61p+Q55g5TTGFSa7yj0vTIVT4frvQ1GmETlkR6ocJoNhc/9KNkMU0hpUn/YQhmcRirNzpF7KIWRNLQdqbu60S4yio6mEwFLtDbGKHytMoLfsO4ZpESN91NyL40rJNVuJpbMpu2prTAktfbXRWGm5kMFRTRAC2Yai6EA2iZh2T/sz6Tcz2ZUCq1MREDUMytSNvJwNgFe5lN+BIjWPocCKFt/mdqBn5mI6nuliTK/JQl7mmqWgKHK3a90nS6KCpfBFWSyihIOaFOibAoa0/6yJNTKRfBJpCVMIXjPH0ubw5VmtTFaxSAHbwMzjSIlXe+GE2EcRSvneFoCTSGDtoT7TAt+TifQwcr+gD3jDZwZBNYY22AcPcnMI5oWONvUfTFQ6VgBuju+STT0qhBY/urXHZiUgWOgn4NDn6LtlB0gGwKU9DD7RkefwjTxTrExUeIBpcGsNhENXdPmAShI1EDb6akG4v9WJvE5oreiHSXZRqyxn/XNU6M9P0Qn0cm0St1x9vk3+A4GKOkWtBLgeSejrGtEYGwhtBRjHi0chQOfRR6hYYk/0VS7cdBupZ//ROHMRrpTHLeW5J1gGsXWaALpmMFRQGCS0mrKYCa14AmaPJ64v6cRj3mIgTo77uKgJ21Jq4RtgJn/cv0b2yxaSbXG9yQtgGvJswYiHi8zliv5r7WzlUaUrDZWGaiT4Ug7k9n0bELhHFKpslti1Dz17zgh5wfUR8tbMm40/g/fOHZFLJhDz4PHlQxFnO6r1W3rSZ9fkDcqk6xjdW3NWAYzOqCVtWlSf3VxqqlvJ9J7K8wvOhTwdWYuvTsSYviuyaj8ekeH9rJtvr0MbWOplNb2N402ml+H40oTdriFpBIcWJORbGlLtbNtVzpQlY9Tnvw6UgLNfB5ESuC+visyEH6nstRthXn0TbDgKZWr7261F3R9zCDzKEl9mUEZkfwycwoJXmbm04C3KmGYelnsoU6eBXQhLY8sUm0spksoVdR8lubAciMz8pyyxwqC+v1Sipo9rv5yKuETkJAPK+hjxjBYqTKErKKraa+kjK6BPAkoPgi6QRGUGVUmcm3/BnMlDGzkXeFK9bZwGgleF3r6ElGjvmv8cf2vXBhkaPToAHmcwnCDwtXKTq+x0oNfNGcn59PRXwK+CnGHjyN4J8IT8gH/Xt7Gl0b3+/aFAE1Y70pEgdbvCC/RCbBecftWs1fK6Ou/Uazx1xjr4I3yKjiDaGsUUn0yDEY7hIE40Jbi8FqjF6CMDMoHbTdPfPkz1bIgmaPX0fEwAUb4tkjEc99hvELXK1m2yvwKRvp5RpCaG6i2vuPfF5LVZtvEr2FvBfVWsAWsMvXLRvgOkYwPHSUWHEcCiz/x298AiES9kYZ2NtwhYf8t4FVaHyk5FpHq7NYW0hJ13lhQkiIXHHiNYk6Z1+lmakE2XGtcYCbbTwl8Qj7ArEcJDPndUATjCZ67aEfbqCwImGHkLxTlbM8ET9dAGdxvvkF1XquFZCsdBrNJqiUxde3wlAtOGKL0bW09yKHJ3IG8uhnuAAofqRMguc/U1u3DtFNasJ2Gts+6Fks7yWLZHHYlzs3FSmLofYMU6gK3+BZY3VP4toXa5S3wgbJuBnsSrZgfql82KBvRu74tKMtfn/fVTf89OjRJkttJKxPY7C2/Hr4aYxaFHFO/IOBNswRaqUhTpFD47+Atqgh2UgvepyQhM4IXhjkq6ntfot8PoS3sogrb0ZwAFOYkaBCuAFWviJ/5b3JBy3VR2LW8GJ2CQK7lD+6Mx5QdI+S3YI79leVqo1EJFIYZqLuEdES9c6Lienxp0S2UwrGRcHZFsJuWwH0kDoXmNNgAAcVwBW439RvUNP+FKuDzkBZoLQ9OCa3P4Htp8KX+eRvOVcuR3b6/CfLQHnov1XK5qbLT/dhsp3by2+r/H6ehdBa+ZNW0wdUYaKTWeZy+beYqXw5Nj9EJPWmqGW/gK+6eNmQUenkAtqlzOaPUTqa55tDGRpdspdxhfODfE+eRQYBaU7JWiDTKT2gEiKupeY5CjORAtor4/8j4kIZ7Pti9aJHvqW43aJOX8EAjlnksk5ewzuerO0/D9vneYJOGrPNWSg4APG2+oCeZWRTHidJlPUErsD43o0BImAkgGO+BrPlai22v8E3xhnQSnAgn+9b9S9RIWpDbyO3EgtDOrzHkQ15qzNIf1jzJLPIp6tQbcSxpxMGeD+gv4Bllrd3k6/sliTltJT0jBZG2cGmEEKpsfXgnx9P7fqAqJwGO8kdqTwdvCHqV0QY7m6Ta6QcqS/2gJI0HrfQnmYPUfgjult1gvlngawgTD8mOPgj2Ke3swJb0F2hoSZ9Sz5I+yLelp0ooXaq1MTJx7/3U0Ce05b934Ff94jGb4OmMtqmuPl3wrSB8KSghJ4caBrxp5EOQQ6GuLTrUA3Yoy/5isgq6Rmz4PGJaFsymz/v9DobV8ByUwadGa0APl5x6egZa2LpHkukQ6GvU73OT79FCLdRCblEcG/JcCaw3LQstxSxFSmvuCN8ItGa30NBvBC3hQlLX8j8R7lJR8gUEbbulfrmo1dqvzSDTivtvCralZ6HfCHYmZoNWMf1GcAxRPKXeCZA2xLd919d+GrdVp1qqU+3UqD2m2iPbKGvInaa2oKGN9jiCVhL9ncBMYyJkW3iX3gZxS2eSrG8zLFHnZIVRAEUJP0dLvXuuURqPylZqtTB+QNA2J6xUa2KqHTEfUu2IbYi2I2pZo29VNjSzJqA3EQQj1TUDTvqYYqupJ1UUniah1RDvTW+k5FVNtho2t4bQg3uU1mT9b2dUTaOjfDvoKGk0k/8umsk/AG/5N/wHyCaHWu+GI4CC0lDexDSiyfcFTzRo4YaDtHDDARFJ61NEt/jvrvMjqvahrjRy/aGsNf2PVviG/2CNbzikVb6h0XX+riPP4Emmvd5Rmh1JDNjQbxKpiZ6Sb0XiSeukqYwv52uy7o0EuXt1/su1WWjj6Jr4cnDkmBvU3P4T/JjAD64Ujjb1+gyEhdEC/5R626JgEH0v/FkkR734fWzeSPLIuiy8kb6S1TRxPqHsvky97g1TvE5gJsRhfVbyDmDQC6YbNkwFAm6GDW8qT8jBZIOva2zMwpaQM5ebeJp+BPebw6CSnECG+W8rU9Ttf4OBuTw/tF7N2pSVA2+om3QHWGsR/zf0KVylvNj0Tgz8Cy0IMvYFr/ehHsoSloVrYDlYcHTCm0Brpm+bFnxGfS5uMAsgVVr/KUpHyCZoc8KxoA67UHF/M7VjTPN/L1tguDfSWQOPHDJK3fb0/q3fTtd0DsI0xsp3CC+1uTUiksZLTVsE0niph2Jh6ALHWJXqhvp51j+zusCxloTiWKmSTePUrf1F34dS7620ReK7YJFoDIO1dyZisK630haLtMXi8C0WRdA2cmlCzqBGiNJD+iuj3xLeiaOe+7CZ+iveMIOz+XJ2IG6xlKas/WA3mBkkbQdJ20H+czvIN4WeS+G7ZlFJI/L+/0HkJZBGq0jbn9L2p7T9KW1/+u/Yn/q7mGNzjzNSZQrUdihEang3HiI17HFWs/fidZEa/hYPkRoOF6NhZxwxGjAD3vvxiezvccxMX86+ckaxe9iu+O54Q1gNB0Jq2BP/IK6xGpJRGDDH3oFRGDAfoM493pd9GP9HfB7DPMQfxef75Zo4H8dnqnqLVPa6JWwM5lVW2BBL2CT2SfzTeF/2WTzMu9+HrfUxET6Jj1EZk5ew1+M4m8/j3MHs5P9UdZ5nc9gX8S/jxSq/9A0OZl08xuVO6nqMVBkEx6TkzMfadTEKRrId7C9qbJvZCtY8+0e8gk3mH7N/xfeq3jA7+3usQqEu7E7BCejDvopPdtYww1nOyxKYC/vixexfrCa6Pw7idh5k0dMIDERsUX2FOQX1LO9hZc7u+OtxzPSP+RHrZ/pPzdE/ghkCswdewoOs3zUM8/2PZa14FTPF0RyzbR4sz/9EfgX/g6uz/OMaIxYCctNfGGZ+jgiNcTCWza6DmPBpHMt7PKCtpivWpeJoRc/TuSXGqByNbWEHm8wzxCg2i+1grfinccwVPJFvY1Gxg2WKVnwHa8Mn8pjYoXLrT+S22MGaCMxp2J8/ykawLLGaMoE9tuJjUuiPvdYdm86jj7PMtbjAPKdTOGbj1HtnuP875gd3hCtwpR/mmMtwGp/OJ7EZ/PfsST+b6mqWLcLc+ltYXAhRP5M+5uxHKi3iUmCufJ1LH/lyCV+WVczO5JjbUX/T6AYDmCdeZjpHPmbDL2ZNhf5d4yVcxdfxl1kzcZTAfLbNxYPuVYp7MBfkAHa0qGQP8mJFq3V8LM8Rxaybs5cdI9ZxncU/QCk4VuSKT9k9vIXAfTKV4a2hmA0x5rKIi2PA0gPYapWhv9w9kx+nOIrwAay7/QoP6+gM07oO5n4c6mJe7SB3/z5+vDAE7k78paXQGfu726aDcqMVx6z9Okf/y5g/29X19vETxMtsH8OsqetYWxjPXuDFaqecKEarFdE5hsvZUNdznnVeIIeaUR+pqnO6Xs2Lmc6rr7PqV/jZUutm1Ff5TZ3j/Pz2J4mwfpBn/+N4wzn2p/vZ7E8WFQ1k2dd9N55PPyxdE/2ByHNOEW2dUwXKp1aiAjmV6Qz6E/mZvLXoqyRvsNd/KE5Ta4GU2sQaz54/nbURBbyKBdnzB3ON64O5PHG+yfnzn2AvsXOdPkl59CvYGCfIpZ8nbnYw8yrmJW/iePyCBB7Aal6/flvxKJvBuzqIjLIkUfd0cYE/a8TNSV23ibydaC8u1Xgm0XzxefweJatQDmhLU3/Wl3UQZwj9/UyxQ2WYr3sGX57CAXXXv6G115lgEfOohnUUncQ/4suyAn7oy5bUae/wOCLgwINxAdKjitVEG+ICpOChcwG2NIvp9Z/OOje6+rpfzAOMu0ufCBqv5PdOX3aWaOam4iF0EWcLjUdwjqhgiGnShxXx6f5JVp7YrVVuVz6KpaIhhAgIE9m5AtsLW0MEhGS0g7poCIh+gOuMNqqA4yoU7pLGUUpenQDB4kciyEmtaY5yrcipYF2FRjzAHNnniYcY4gKcL65QrTaEdjDGqWDXOBeI05x+bKDTh73EQqSK/iqPNf7yM6cPG8tzYQf7UZMLxUWim4i4+nzQKBED2I9FXb67h01XpwpiGrzLXmLdRR+msQ1uYrlOgG1wsdDYBgPU6fweRx2qD9vCbnb+xPF0yIVShdGEZwdy6iWij6LVT0QP8QqbxFrxSuZxnFdPUSA6cJTHk5jHt7BV/GanlmlshDN5Z36p6Ozo9vEkrlAaUTm72bnDaQuXiUJ1gtzp9OW9BJ5nnfnR/B5WJBAZYTw7XfxU9GWec7lI5qTe4kz/ZEA+a+vexAr5Z/HX+RUCMSMedq4UiAJV7J/vPxNl7CrxIStWp/vV4kRexn4uKtg1oop9yX4hrvXbmc+2sFHMdsayXwrEf5mRkeX0EdeJMX42+5cUStCrThX7lRjpFAud1TtZt75ezGM7+QtOKDExm7zOcY/f8F/l7rKsl9l7vJz9WvQVK9gNop/A1cYMyn1VW5hHub/A3b8vgjoI8prWr0u+3sWzWYBfUCwq2GnOWmY4/UUVwzzWljOc3SgGiDuY7e8+0/wxxzaznKW+rqFxSTCz/ECBWeYHiX7sPj+f/DKu88n/RvSPI47LH9xy9nEcJQ/WQW2smHGOueGRy3GfrGW4orhXRrImzgyVHf5V3pf1Z52dt5wScRMLM8rfJD5W+DYfx+tnhN+kOHCweEdhSuhc8E0dbKcDHyIGpqAL3SyS8RoQ/yHMBI/6UGou+AHsFlEi5jPDOZZXsal+Bvij4xXsZGcyf5KHWeAxB3wFw+zvOvc75nh/z5nOghENFb8Vw0Ryxvdk+RDkeL9VrFXoeVpGjGT54uN4WxjJbhMvqNtMf4USdDQP2llb5xRoqB3qWu6B2tIZ41Gn1Bnjx/j54kc4t4svWRWznRtZsUKoKxTl7Hci6t4h1rI7RV82laF8xS/DxQKnKa/OHiFKRZmw3bvE7wV35rMOPGh7t8ILKBeuO4adQe4WuNMxvzxy4GgHc8sf5RYrvLJ7RAUbKUaJ0WIfQ+5KziWPO2iM4njMIX+vuI5tcCrEfQLzyLew7hfNXX3bQOoFWeGvYye4laK5+wMX75BPOmMF7oNz3dV0nChn97FaVqXwT8aLVKyJCeJUhzs6p3tbt25Wd7xNjxI4syCfu97HeNfQv2Mm934OZkuvYhNFcFd+ni/LekCUswfFQ+IVCLO1N4UgW/skcZpTqm7IQb72pWyyf248zKvEAudR9rDA9Ygq7KFWCmXn6aw/iDHsj+IRMUr0TWRfX8v+JDD7OuZ01xnXh7C7nUeF/vtZ/iCbIh5iR/NceEzg+d2Rf5l5B2+p5M1PXF0KpSqeCjr/eqCTY+71IDO7zsHOHZ1pfSTTdgjMuK6sGaJaNItNE9PFDDGJ3QKPiyLItWYKbZWozn5CVItZ4knRLDZb8NgcMVdUi8JoT1oYnSeeEjViKxRGa8Tl9tPiUiiMPiPy7TlivuiduUBMoU+JhSLP7mbs5Pn25faUyCKxWAwFHsOW8X9zxRLxrCiM5tvFGZ3sXGupWCaW42iUnWWOWCFWilVitZjEnhOX28+LDdYL4kXxkqgVhdFca5rQ/eXbudbLYo1oZzeLrRWLxJ/FE2KdeEWsF3n2BvGiwJ7z7Y0i39aZUprFXhWbxGuiVuiaT4jXxZeZvTM3i/b2FoGz+YvYHnlDbBU89qbYIprF/ireEtvEW2IS2y4KoztEYfRt8XyTWvGOeFe8J1qSd8Q0NaKXxd/EpIyd4n3RO3O9wLHVqjZbkifE30WutUvsFliqMLpHbBEfCOxRj+5D8Q9RGP1ILPJHzWN59lIjGHuN+Fh8Ir6I4H8/Ve0URj8Tb6lfh0JA1Vzrc9HJ/qdf/xbAVW0W+0K8LF5Wo/tSvC7+JRqeJc4FZ8Jjexuk3sviK/FL2CdeFvsFSJzDfnG0RaQhTcljvSEie2c+IajsndnJniUsmSGjslksU66K7BUx2cmendXCsuUk1kQOhc3i+SY8liWZjEmuvjnSlXl2X/viWLbMsyWrFXl2XL7EhNwgAu6SEnvfKzz1XxzNHNFUVotmcoPVO/Mo/2uzWHPZOzPkBaRM+B3LIG8eLXOkXq9lIvybx3DETeTl9jFJI8OazzfJs4+VefbnkVyZZ2ezFvI4+YY4XtaKlvIEmWefKE+SefbJcrOYJZZl1YpZ4geyWewUmWdvsE6VQ0FzCpGtpKZda7lS/FD2zkSqFUPvzFpxHfTOzLXuo81idWd58NkilYJ12i/a26fJNqqXPLlPbM5qK3E8p8t2ska092calfvEVJove2c2lQ212EHm2R/4u+uvoivUCFyRM+SZcq9oa89XPNxR6q+d5FDorOZ4lhwKe0UXWaP4R/eUykWfixrRSXaWWHavOFsG3M9j58hJ7C1xruxk/0h2RbqJnfxy+zxZK/aKIugc+7OVa0l5vhp/R9ksdoEqj7O9UAatXyT3icvtPdBNPmbqsV9pvCjy7Tz7x/LLzOrs7hL/dbGclHGJbGtvj/xEbhbYGo/1kEMB2+opdb3GZOLZRMi3RIFcoOaHJauzi6CD/LNRGN1gXSovk7WiUObZl9u95IaMSUyXxzEXqfHWCuSwc/xWJrGfyi1ifSP7Mc/OlJfL3lLKKySusN7RV8r9YomQksd+Jq+S73wtf6+WvTMLo9sNTe/GdreWQjjbn0uUE0jNaxQde8pfqB18rcyz3xK/lH0U71zn7/F9X0uGX0m9Q3lM/7ZGTMoolr0z94vr/V/mixcc/DV5x/xaTmJ9Za04UV5u3yD7yRtkreiv6u/kA2Gz2KP2yI1yXNYAqVvD2q4M6g1MqYd1klsP6w+SWobvE7+RWi6XSB7bYN0kJ7FuxmCf43FuQyTKypvlLXKlGCqHwm7Rwc6zjzNbWL+V2NZQGCZ57EWKZbHcrRKp1ix2m8yzJ0B19u3ydxJlr+Y8XMkXKY8FNbVUxhbfEnvFHHGHrBbL4U75vkCJh5SvFcPlCFmdXSqrRY0ok3fJDdbvJZd5dgurXBZGy+Qv4W7Z+2u5eY/MtZYZ6Ic1ycSV2mrg6YTfXiBPqFZHSh5bZ+gza40xiU0yR6l1HS37yF+nUA1njzTeLMbIe2WFvE/qPan5F+vcLyvlPjFW1opca5wcljleTpCF0YmJffWOuCtSK073KdlO1XlA9pNPi1rxoOojuX38dY4YLavFQ7JWTJKFUX0S6dp7xWR5WUatqJLJcqFWBHTdK8Zl3SG3GkNhJx9iVGc/nNTeHihnhdG3/DNUj/wP8o/yEZln/0nuFY9KnBGeg1PkY7IwOjWp7sGo0smulvvENHmjLIxOl+3tZrEZSqYF/5om9oo8+biMSk27mXKr8YTMs2dJ5JSh8GSdnRFI7dmykz3Hp1wne65sYf2tyRwxT1arOWCJZOn9lBoxnlBB/RpRI1Fb6ChHyKflflEjpskXxZWRZ/w2scw7YoO13povd/KrszvKo+TxtPF2/ioOrZ2/ioba0afDwcekyx18XKntNT62+u3p8TXM8cltp3J+KxlyPsrifeJSWCAX+lJ/kdqJttSnRjs7OJ3w/My3tS2xsTKbxWLZuCa9RB7KPsMRzRLvinz7WYn6y1JZI96L6hMtdQ8Gs/t39+JukdzK4e9JHmts5y2Tu0WeXRBvfOelji8cxTezA0MN8EA7Meyz7o5M3Y/BLC6Qy9X5vUJusLQ0R0kclbnWnw2k00rZLLZKzhK/t3NJrdgnOlirZefYczLX2kECjUvrlnjTwNOroVMav84Qz8vC6AuyVuAJ9654UeobGGppR8lZYkedXoM+kZeDXvUOaiOXy5dkrf+1OrtWdrKn0KgaU7NYMBK9I1+WB+Khl9XtIKRa8K9fwgiZzAe7RXt7g7VGUYrHOtlrZY2YKnIt1CALo3+WnWPr5E5+FOzkLaxXZK3YyV+U6yW20V+2tzeotcGytWKjfFVukkNhhHxC9JBaL8NxvJb4FkoJvZdqRbCbdlIs87psJzb7+t1RcouaxV9kO3uJGCfniDdktRDyTzLX2iqnJu5Kug+tQWs9PJgxjvFNmWfnWn+V4yXePHXJZF5CCfCW3CYDPSyYy3a5Q74t9Y4Lvr4jlxrNYh9AYXSqeFeuFO/Jv8nnmyRoJBsag15jX1LLP8l35U6eYb0vV4oacYzJY7r232Wh0c7eJUHuVmtSGEX+/twI7gX7EjfVPLlHzhK4XrnWBwntA+n1ubXBOiYDOfRaWRj9UL4j/6Eo+ZH8WCLPfiK3Rwqjn0rsc4P1mVrvz+U/5R2Syy/kUKgRX0oeqxFvwn4xS7xlDYTC6ED5LzkUJrG9sjAq7M/EabIw+pXcLPbAPslj+2WNGCvB652JnEm855vsFgNlrTA806sRd0U2i4j3TjaPBed6J5t6OIca8Yp4UQyEVI0G7weWVxjN8KLepIyjrUyPx/aLPDvmIQVtz85ep+ZZBE08ra/p1UENr4PM8pgXSD6UeeEdnce4VyMcz/VQ0u0S2V5h9B35lviZPFdqSVydHfcWiKlQGBUe0kZ6j8latY9xJ6LWWCM8bxJrXN/T43hCNPWaqdE+ZuI4CqMfxPjX3F5fZuC3SewoT/+Wa00D9VekVtkY3kXrhVcYbe4VRvFOVCOO9pDKwa+X2zles9gxXq51LM5F5HofqzPrPjqJtfBQzxwin2+yX4QnIa7ou2KrsVTWip/aKMlqlN1A6+B479N2nHPlO9nNYgvEcd6kjLnyaHm+rBXHeyhXsK/QhtPS09wYI7iuQd8F8WaxE7yBcKIX9sBjk9gG6yRPf9OSBmc0VZ7sneyhJPwg1sn+gYffkGoF8cvtUzwtq00zlOgdJd6kO9nL5WkSbUtYG8fwudgtasRvJI66hTzVy7Vaec08bLFZbLlESp0EJ0Nr74derdhC0RKFtd6Tp3nhiRlYpQLtEiVEG+9zq43itzwvU43uysi5URzvs6rVDVZbb4843dPnDmoSOJZ23hxRI/C39t6L6mytEcv907iT3SyW7+2U7e18u4N3hnem19HTt/Na0cnDGzrel7Gna0HPrJOdPE59P8edFtymav1/ufJnsrM3KWN21lleF+9sb6mRZ4e+ijz2ptJ6zvGGwrkeWlb0CLXdSu+wHvL5JngeBxwzFH7kNXRPXe/fSKuzu3qhzNkjbozrO9d5an+3kqhHne9d4F3o4Rg72Rd5NaKbmvuPvSXiNnOOuF9Wi+7eMzLPPjNlJfaIfBttB9sjteJ+uVJsNZKlBI/h/1+sZrJfdLCRipd4z4h29tEWzuknHs4Hz4UeHs6np1cEBR7qYG+Cvr/q01HPJlk26/XDOX0RCfSlfcrKGVpF8K6rb/SXepd5KGW0ZS/caQ33lnoiHLinF4X+EpycB++zRhR6qFf0UpLnFBnYOPDMRm56T61XkVctfupNYpnycm+v6O118a7weKy3PFeeDld6m5W9F3Wz6+Xl3s+8leIqb3sEZQie1xlWdfbV3s+9azwe+7n3C2+B8LxrvVoxg+DYasXliRWcI37prRQLzd6Z58r2dh9v6denxB0RHMXH6qzBcXmyvX2dt9XQNuYPfNquE5vEKwLv2a/L5TLXulP+yttqFHvXe7Xi115fb7dYIvAuNkdOYnieo1VgkwjkwiqxWaB1B8vvFTd4eL6iDnmKfBM62UD0ftJW7tFypYjIc1GLMPp5S33bFJ6KWCaw++J/+3s3eqE1/WOhObA6+1mxQBBZGH0ne0AWjl1bpwd474ipUstkbAm5Ge2HH4uBXjv7aNneHuTpM3uJmCp5LPiK0uQ3KVJqryjxOtk3edHEftwpn5LYy1DQdoTB3lGyo+wgh3jIWYHVV6+7Qp/1ApsGj6HOMkt0TEjpvXKd8XyTW7z29kBoZ4cnQCv5mlgg0PpSnT3UqxG/VXPXNtBdtFZ0oMO8yzL0uqKNDymnbldimrKcPy1Xils91M5v81Dbv937nadL3OHt5DfGtZS9U8mpO+Rwb7fYKG/NRB1wt+BNatT8cG0GRZIjfntDLtlORngjIqUeBc7Ssb+Nxf7qcWkq4eguMnpBUyjzblYzIPBT4y4vAn1UdEU/+GmKd7gAzNnbI6YjbLA3HVd5g3WN+zagJ7zO2FFQJ5JTYdREEF3yVOMDqIR+WU2VpzV62u+NYLzh6EQEp4500VT4pR8P23g0chCJHMYg66hiG85T8RVxKLVnkD1ZFgRxOOgTXRmZTf5bccFdoLLeGrzbQARu3bjbgMPxvw1nQ/9P4rm2HWY814Gil8/zuRzx3VIjmJPpsIsMBh0VN8zYmIlz/b13WgTjXWfGTotgdMMEK8guTurhlsYUPQzMG+pHTQQRExgPZ6q//hFwJ/RrIA7Y9KPOwthNW3EChdeMDBgauU3laCn3NE/WLaU90PFfM41xPk8l5wafTTQaXBiJiLgfGL2X4+Md3lCnXc2HDcUq2j6600SwoBviAEUs+EckB14wEHUTY4G3wTDVE40NgwdIC1tHzjbU+lTLgo308FvXsbUDiB9VDT9ld3sBhnYP8LIolMPGyD3e4ybO+24VY6rRwALfppFeVQzzS/5GxVNURhZDlDRNIChTFWnTwtgOP2JI91Gepbztg+z7vWC0p9E9kPOGqpw7Ote0rnuekky4csG66ZoUXieBzLrIj3YNR0CT8inXj/3MhSbkP8G0xDiMGGwwuhnjE1K+yso1u/iR+Dr2JXnMYTxkQ6uHdSYDgZFq1O8amMlnfFLUoY4AHeNphEodOWM0EIOjo2beh1imHkuvBkYSRB0W1YtP7aVOnsbGcE0jY7hBjUKPsDvc6+EvjcXzvK/61VHGqV8xggklZ3LkcVZmcJZrXDpcqYsNzKdboDBfED0sQMPQLeBpFSMW3KdQPWzCMw+OFlw/1u9iuM7Q2SkwX7uOUAzocDVZY+ZCskTVMXqYAwoj3sJcTz6KnK9x6LzSmQTjkWzYXyf30zoDMyRj/JgN2eRqouN5biCWitY/gYTZe08ACi6sgi8tjVv0Q7DgTFrhURhuX0qRmieTMFa4wI9fOrS4uH8nIu55ssBKjr7CrLo5KsoKNbQBFlLhPi/Hj+CaqCSljuBanBQZhefk4cdGHQxfD/9/HLxgFcG+yE4jNQbqeB9TGs+wXxPMXoG7eWOkTZTAEKIz2d4M93tB/NetCqngBJID+mynSsspsP7k81Chik6+MvE77oCKJjoWaVpsnuKFGp9/DT8HbweKsZJzSHK0U5G/C3T8UjdFLx3BpOu8CO0pRjD9gMThFJLj82XwS0dSpCKOfx3B/pXem2FBS9hcJ7ppekxr0bi3fm9XeqjvVjTJhWMjWqfDlR/rxeFOxaeYT+BiQ+/YGbFfq78Q+0q30cwIY80Qaa+EIu06RSqaUHjXLIWmsFNFbnVR+1dr7tMIgbeULP1bjMIyMyeBWWfBW2DQcR7KFgtaKcTNx2PJOn/DUWxBTpTg7y4qlrspjPew1gkqH7reK618GT1U4fRuyYgSfVpiLFjMmh0z/J1Rqc4d6svzvFhHonPWT4tNj82IPR6j8AhMMfTIhsJZUZwxyowJnqZUkJMlHYH3zWeA4pnpW2A6A1Q6A1Q6A1Q6A1Q6A9T3JwNUj5i+RfzV2mE0ix1+/qf69b/d7E88M539KZ396dCzP1VB/axP4wnmfApyPQW5nzDLE2pVDyp8F/wF/3URmJmUYnbmbgZyYRHszKqJRGOjyftZMWVFQj0frTdI1QVgQSnkKxRs3cdG0HXT2aTS2aTS2aTS2aTS2aTS2aTS2aTS2aS+HVuWIPcFd254KOP/p0UrwKvXaPVaF0W8+kOzdO3JOlQb054slBdfmjmwLQtncpuNGtMcasGuCNZzmAWdgMJ9xGXZ7EB2p+b+u0KcLVM6RldItUTtjwR2qLawJ+vgViiNYu+wg1mh6ra2P4Jz3x/J8Weh5yoYBcks8FhTZkEzhnPF82kAecfC9eoH+QoZezd8mTnXuJqUwmdqd6+LUUWdZ+Bt80OrFj5vEszdgVfr2Qu1xQXthY9AqsXwavLHaMNWw1S6IPc9Q5IthhlQqWwhwcswUpYmXpEtVec35BJDW51+YuTAQ+RwbVuB3a6dMZrgeVwCI2EoNGy9C/XqgEuSawY2PQs2QAvfbvcpaQmfQxz+lYU6dnM6noRtdII4HMWas6NZDkPufBt2Ghsjx7BjWS5rwXLhOPU2fltiLS04nuVAS/ZgUhvIIyewNmYc9kUsEAQtizXEoXE4kek+kDInMgqPJGo1Y3F4wSyBk1gcplFtgZyjblI4o1QbZCCPeytcoTm0lUVhV+SRzLUm8n8cfmJaME69jJ3MmgONjfN31xz7B2pOZ0aK4BR2auRUxXXnqZV7yPjcKIIPsixoxZDXi6A1Q6r9kOXCaWxehr5fICo4g42ZReAytOxdTcqgDesHHSOlUASryEdZBPJYkWqzLTudtWPtWT6zoAMrgjMarXGmX+NJsiyrLXRknVhndhazgJld2HkwIIvA2ewc1o5ZcC5D6hXBNIpULoJPjBw4zZdNE5UMxHmi5dZSO/1HDHupamJBV9bVCsshWjjaiwOOOXJWXbxt4365DQbCeSzwtCAwwN8929R3POUrwYJVBLG6z2cWXMAq/RuZx5J3G+7ejfjiDSVQQzUi5yJ4EjoS1GuL4BiTqlvlMebT9BlaCh8R7Due8JcJe0IN+k3/K7bj+aPDEeg7CoFplMKFTN92sV5zuIidyCzoZ8+nV/tyINj5QQnkzVL4A7WgG/uxen9FT5HujMILkYsTfew1cCecY2mZmqu4FLnxN5GNBvoJNG7Znk7OgtbQAyzfxn0OseBsUgJlICCW0G16wHbjv2PfvoTVt25fwgLbdjZDDz7U5/dkNQcb7lU63UbjJyyPgEEgm/ZgPZWM2WuVQAYdZo5J6MuIZ45n5HqzJdxn6m/HGQ/R1rAmRmBxE+T5GWS9iRjs+BveC/YpizhVVp9kW7keZfBLNvumbeFIacQbXm8d3Cr+c5qrUMMxGvfQreFWYk6p9tGG7Zo7abINPLR/61Yas3rXtVn2UWfwz80cf+XPT/hwlMDPEzI6nrAKHqo1vOFR7SK9Uuap28QRLjLQ0pk8ShxZUWJkrRUSeeOj0yjtRVDXbr4/kmz93B85NJv5/siBLN77I6G9G3tNtpejhnGgunuyGqqbvP7YAq4/WiODcT1IDmQjf4RoG3kh6QLXQNT3dOoClx7QYn4uHBNrSepzF/IVfg9W8BHYk3VgvtqTFfJVXNWty1l7shpfu2AMqfykvzfGUVJphvGUkaXyFv5Sn7eCkSbz1p6sA/MWjkNz1xBDcxfqgwfirj1Z9bkrmOf/pmV9oveAV9+2Hu5TvJXg3eQS9caymBRB8xjK4jHwT5P4O++bsLEfjoX9A2VBPDQr+4Mk1c7+CEm2tAfemIdvZe9t7TCz1OoNMQK9F/dvQ/b2PVmHZm2PQ48YSoeoLx8ObHlHL/T9kVSr+wZl749BUzjFGuvzOJa6x55qSoV63pFcxupb4+NwGcOZ5at64Z0RufYKglaLcGTBffADNZZtpvbNpIA38EEQ6Iya3wuZBQ8bxLBgE7WVNtPftuBVdRvHGV+k7vi4nnjP0h5ZgxK0Q4vIp8ZyZRUByKlXJxxnb9iucDYLGKLUn2Dpe6S2gL9JLzFsZUV+m14M71An0hKaKF/wZDv5RtB2/PNJYHfVfsw4l0NvG29jh9c2WtHPV/w6DBxt1VbvfejtvhnWwpoMCWtIgeKIPUDxG22sdwrb1DiD/oNS+g0AV+s43/MYrQBXWjm+t2kJXMq20YuhgK2MlsBbtHUjYy05hBGiT2qARVrqe9dpW9VmWEO0PR1lzNUpUuYaKIW+Jpa8Vtn/Q4kzGHqxIhYBC/5K8uGn7HTIhSmU+H6xW6AlmIz4nDEULiAWnG6hXzPuFFwt3HmXM1wz23+jnZLQyYYYgYeT1gKz2RZlJ9X2IMIMNkNp3Nhrai8UTlervNt4ycDXBaL4F3cHlrqLHk9wrij5u1snEAK3GHjOzIDzySCYAgUpvQd9oxa5GQ70YkJTWkdK/vtvKMfAN/eGEv1OvqFoHku/nzT8fhK+nuyP/KdvJ1qzTb+bfNvvJoHsxr2BttjeTFshhpkvxwbYcbhCWTCuZNcrm+h2I0dZ6dASKGEZjZKfsWjkKhaHq9n1JAd+zuKwwugBZ5EceM7Avz1GoSnT/8Y+jrd6wPVEwgmRKLmG/YJdyzoSfCXBvv9KLlHWg3eNQqJPUOTxMvglQ6qdaP9E3Z/LjOuUjP6tkQPb4CxynbIpaimKGuIvjHgsx58V7qMTyH1kj4F38uCM2gj47zJfiuu7QheffwYr6wveArooCTkMNC/hDeqS78UrE7aEWqtnodwshWvgt4qe39abU6iRReEj+IOJYxmnznScdWP4Jtex2vhDLMiufi7cmMjK+isWYpzcoLKK18U4KWEhxonOjXy4SCdlDJFOMDO7zlt+DxvJRrHRrCGEE8zA3jjGyXimEU4eZJgv+yGVWb8vq2IP+7nbK9kE9gfWh/Vhf2SPpOCgBHgZjeOgPKHKzGL3sSdZH3Yzu5HpLM59FQpEfzaXzWNPsWJWw55mz7ANFuKjjGULVK7fGWwhW8TK2WI2wK1hz6rRLGVj2TK2nC3LWsG62yvVWFexvmygO8i9zvmNi//eyapYiVvMbnJ3O4Pdc92xrJa9rPIU/5mtZOsUysp6VXMo28BWsI3sVZV/fYCqvYm9xl5nuYCIJzozNOaW1sgrk9Vo/sKC0Wxla9mbbAX7K1tN32IVbBvbzt5lN7E32cNsBXuPFStclJ3sffZ3tkvho2hsjo/Yx+wT9in7DDM9+8goX7Bi9iX7F9NYKBWsiu1P9ANcZ3a/2a1hXQHz346DFczgJo9wyhE7w+IZKtt5lO9y8PcYH8BsPlJhwwStIEbMg14qSswMJxknZjB/yNvF63I2rlfQRh/WhIfYKxXM4fUxY4pZNp/F4lxwycN6mNEcKVjBHmTjWWobKxjm5G7KR7EtrBk/ijfnR/McjjxyDH+BzGXH8lxezN7jU9lalUt/BTuJY2bht5zjeFs4mbewNvA+am1GsaUsV+EkDE9alVN4eR0klIAnQrwU5KktrBUvZ615C+uHfAs7jSPeyxq2hbXhFSyPt+Ua8+VVtXqYJ3pZVnuez4v91ezAz+Bn8o58LevEO/Nadhb/jOVCF17Bzubj4Al2Dq9g5/IV7Ee8K2/Gz+Pn8wv4sqwLeSf7Ir6GTWdT1fgDiiHazYm8IbQbPb8ahrT5Me+uqHoxL2aX8FwIMk9XsR5cz7Yn72RXsAJ+MLybR9kVvCd/volGvLmK/zax5/ax7vYwt5hdbt+q9sAAdi3v6+Mp/JKvYH048t11fB8rTuC0/IoX8+u55tNf8778Bt6P38D78xv5AD6QF7NB/Dd8L7vNrUggv/yK3+525pqy853fucU+lYezwXwIv5nfwovZUP5bPozfyivYbfx2Xsx+h4gIbFjmfIoZyMPd8iu+lA/luD/uVtS5h7/MKtlIXsFG8WI2mq9hw9kd7p3uajrcHaHmNNYv3Y+NcF/kY3lfdpyqiTgPAWYMohVtYXm8zN1o6LU9m1ewLnwcIG5OM/579ybF6RopAlEgpvChvjwdwB7jAxTqRQUbwKo55sVH7CSNuFPByt2Z/FNnCLvbvcetUPJ9KnuCP8qQT2bx3ye4PuTiEH1nDp/LMXP3PD6JPcXRo30sq+FP8/p4PO047rFFfDEf6b7DNRoPIpIs4aPcYjbaxezzT7H9fIyLaD1Y7z5Xo+8s5eOgmJVxjcyzjOfCcj6AreDFbBmfxVbyVXy5/9vNip4vqpV6jo9kD7Hn+QuI48CfU9ga89nzTUrZy/xmd43i1LUKY2c5/zO/ig9gv3WLGeL+3OxzGqLtJH8fy/7FK9wxLEDYGcv1X1/xKoZ4O5hP/vkmxFnDNNaO6eCMEWcHy1HHUpnyER2hO9fIO3v4R3we68tsp4lzDM9yqhjmPK9kw9kclZ2eO47jOmt5tpO8g0f5Z+NKXqH4vu6O3s1xZToovIARzHXO52PdeexeppF7JrFxrufg/tV5+w8NvUdn2P+tq1FTmvvILXocZQ2i9yBSS4DKcrxTwVo6DSOzBHJgXgNIPYijkONonWB6YgwBmkhjyC0BwkBQHlucznKhjaPl03Usz5mR0dY53cHzo52j0XzKlWZRzto7yWPKdxBTqR87hqPVNkQZqY/oc5zR2aliwANMF5xhF4c7ZzvvslQ8nxDHJ8Dw0acN2i/Pc853fuBoDJ+1bIB7YQN1UPoPcOvXCRBrBrgHQ/CZyCepnDHBvy+nl8K5MNmr8jRyT13t8pgYItlhjYcy6tcJ6Pyw1z8F16mc/cE7MH9oJJ8BbshdjfFL0FYylg/yC3II0qIh7kCa4Zg0X2heqdtjMm/g97q8gZRO5Q3dZn3uGGKkcge21jh36Plo/ujL1sRbcr0nX+UaY+RYjlrw2ngq1o9G4nmU72NVaoUwA8dt5hg2+2spiWg/qAfjKm9h5e4otj6eivazKV7DXouvYPj6ESL/dEi0H7SOyD910X6aus3cZDQgRP/pyy5yitlY1s35rau1qw68vfNj52a3gi3jFzvLOaJAfKHwGS5x/sBQv57Hf+L0UFrhCn9P7eE9nQLnUucyB9HgWjnT2T7Wy+nLfupoTKCH2OMc8YB6O1coLKsrnU38Z07DuEDXOHinuD2qtcZfOIho09LRSH/XOmfyteyXDupsfZyjFUZVW1jLfuVsYcUOUvd659dOX+cq50R+g7Ma0StYP0fjCd2oxjLAGQfDE/yL9XOd4eoUHMxHKcQgjRTUj+2kAVLQLxyNFIQl8KYx2JnIta6fC0Ocmiiu+RCjK0fkoOB0wh28hvdlluM6eoff4gxVnKZxgcYBok0kt1XBkMuQ829iQ52xLMP6rYM66zDnVme8K/nvnM4cqX+Hc6cz3NnH7mF9md4fIxyJ6G+O7kvvBpQeQ1mpU67WoJyVOXc5iD4V3L7KnXlshOIzXR7RQ+527nGK2UhnlDPaQS0P12ES+7Vzr1Ph3O98xe9zKp2xzmCOKGVI5WJ2pzPBXcvGOeOdCjbBQfyciU5fVuaMZMgV7znNYnPZAw7iZ1WpXWU4D/onwVr+kEK6meRMdqqc6WzWAbTb9XwDR37VeojWh17lm/hr/HVewzfzLfwJ9pr/Vw37iyr3On+Db+UV7E2OiIj45S2+je9jycg50/jbHNFz+rK/ONj+/UpjedC/nT7m0wdlFf76Hv8bf5f9jQfoQ1vVuf13vovXb7MDr3TL2eOJUaM0uUut3lp//Ph1PJuVODX2wCyGWGtvxv8av9DZ7WslI5wP+XrrA76CPcQ6Ox34P1SLGsnrI77e+pgjbT7huk0cKUqckawv+5RfwT/j40kxe5Cstz7ngT6hWwhuj2sZjhO/4Nr9nVWwL3glW8u+VDeif2R0jmEtPb/OTkOzC+phnX9npg87f3Ac54mvz5w/OisUvVGCaLyp69gjzp+cVESbqc6LrJg9oXClqphGltKIQagVFPv60Qo20R3JZjrLVUttAfFtKpSW9BV/wpnlPOksy3qJjeYvs7FstrOCzXGK2VxnnqNvDGXsKR/BCu0MNc7TimdfY8+or135fGeBgxr+QmcFW+TcxG5mD7hLnFd5lT+uAQztLOX69knvcpZlrbcQbbIDf8jFfTWWdeQ/5pPcE/lk9yinyn3YXewsUXNAjCpE29FnmbbWlLM/uJPYH91JbDV9xMUz/E/uF/xd1t551EX8qiluH0Xjrxws/wV/jy9z8HsFQ4yrW9kqx3aynNXOc84dbI2z1tFalj6DNdoVfq2JrnP0/npFSaVHGd7lenC0omDJIUrv7umUs/VKNjzPeio0pA3ORgcl/KvOJqcmGmJd9fU1cMQz3OIsT9JkEDkLUbL+6Gx1NvA3nb86nZ1V7C0H5dlcttkpZductoB67wy2w9Gj38TqI2atYZazQ80IW33HmcfLfdysV5Um+a7znlPO/uaczwMsqp3O+86n7O8O8nOAnRUiZ+1yUnGzPnRW+bJyNXuMVbGJfDX9h4PobR/5OvOTzsdOiJ71qYP4WSfyz5zPna84omj908fRGsls5wsHRzeY43hxjF86Xyl8ra+cfU4yohaOtZQRt4LhrQhPhEDLCXCxDLevg8hYA9hwpdnhiWS6Ebct3KN0iHFKRwzRtfTp0lgrTbnG1jpwaxpfC//S+Fp7nU99hC20I4xQp/51fgnbncWauMUsy+3Je3CU7BnOI2yTsrKtYFMZImbhf3ty7jouoma57tFqxbLdmmguxF3cp8KVbg+nmHkuWgBRcznKTUbRCuRBeCNANK0/Otex5i4iaVWzHDf8LbB5VLFj3H3sWDfXNZ1JrIV7nBu2tI99wW3neDUHlH4B9lZL9wT3RPckF3fBye6+r6XOD9Q9vVbJSi2dZrNihYd8isudU93j3VZKew/bLmat3FJWpW4A/RzPedsxLI0X+1b8DT6CvcvCNq5jP3SnOIhmh3KujZvntnU1gldd/C5tu+/Dqli+GnWA4nULanFJs8dSKFk0Fme+O5INZGe4Z6rTrqOLUqMv6+RWsM7uWW4Xt4Kd7YYIyue6c3g5+5H7KQ9xvvbwAOerFz/NQX0nQPkKrawqLya7kQ1n57tf8GyOY0cEL5Q8GtkLbQWz2EvsQrcPe1lZgFDyXeQiEq++lyGu9dNZ3dwtvgz7sYt4nQEu2ER+OkdcMLSpNcnc5JSzK3h3d7SjEb9Odi5271KYgogmiF9+4vZwe6p7QEde4F7qIjdq7C+NCtbdvswN8KQRGUwjgo1hQ1kvFyUT6jHlrMhFvf1MteM1VhhihNmOtusHfmbV7rcXYaL9GgbDvEhbmOa+YFa7QUa5LjDXOHj8ic50gr//0e6hojkCH9nGok++iUwqMRVfglmLSJJP46lGtVsJcwwKM4xYIlqhLbxgTnfRC/ws5Zcww8UMUZ3JCYTC424bMp90JoJspfnQ3pjuEvgSzoT2ZJDZ3ZrpUiiBTZlPuLPc1iDIKlIGrY0nXXyvmWZQuCLRx5PuIhhoSKihGE1A4O9WPlSQuj78g7Niyiu5cS99WsfPHz3Vx0cxZuVxWj8CpA1523RIW6iFOy1HebOfB4cWN0HVm9Q6Eqx8tduw/3tjURvxRuM2Ap9w7R8Z5MTbpmZKfQ/xDDVGM5ID4+F2eCARNWLViSFpSUphFMx2B8JFGfqt/mWK9NIRJRbsMoLSQV/fV1/7IHoK45isA8RQZTPkQx1fNMfV8a423GZT+DyivVuqbe0NGXDu4cQ3ORBENunXyuaJ7Ar7I8hJ+Ot8Wj/aqfHIpiHfQlxTON7kyCapRtvfp8LBIg22Gw3HDsQbjB6oHy3QIYso363QC7+xmIHkMmHsAFWZca5O8tbXWYAPFCuA45vrhh409/tZf3J9Twq9i49kBpz4AXPgfJ/9/ftFMPKh6P+N33/RAfz+R8VQ8nSgH8G1RntqwbXGPPdgsQBFB4gFOJT2GooP0KMfTw4eH2DBI+Qa/JahMzyiP9cfPf13arzAmES0gPZXH08aig6IHyA+4EFyZCIEHiGHx3sNRQj0ttIxAnVjBBpr5VDz7xyZGAEbRpnaR7k1Cf3xpdLQipQf/qF59MePuE//4Xjrtz2It/7TPuccnq/+0/DteOqjD3e1kWNi7MXBffSx9EaoTnvnN+Kdr7n1SuVVm1wa5QzSTHup94RhkAddDAsuMbSXPuaf3qZaQu0mHzwDW1iV5OmPM6nvf38kvO21n71e7ZPMLXQYHEcCz3XtLXxkvdJDj3TtbR54l2Pf/4l/ebwRD/NkfVnrfFpn1v7dB9dN0cNay3Ht850cofHf9PqeayB3OAaB5SRLlZtq/u9402svWfxrL72QSC1dSBweMx34igplU/iKTjafNueobM5Pufgb3iWXw35fciV7pK6DN40hRpjbHX/HzO4EvozcCjEAK8dHGegF36w3/BCjvj98/BvLJHTovvBH0v/9Ikj1dw/yWH+T2dW/G17v3ZX06J/ICBlYmTCDeVYkSoK1DHdaIFeeUxQf87W2hYgXPUDC2Rm58FUkC54nf8vMUba+5uqme05GjZu46xNL3Xs3qcwYMXIjWHCZ0t6YRYFbSMHj1Irj2dwLmgNaAeMgiGNhqULS3WIRlLGVKkvMRSqnerVrA4Wm8M/oGWH8V6QlPO0+4+IozzX1yPBeO99FTa8ILsFYTHcHlKpITPQ/D3KsE6WxxOEUG+s+EiHQGybEFrjnZulWBpg5pqZTrq+btfD1NowN7Uen+r1tgx2qhO4pDtcbi9W/F7gL1ajWxDByqmtkg5KYp9iY9WIJedqdbC5y55jdlQSJEtQRdAtoCw5HuQjCeSxOzEOP3bUIjFYzWGrhnf5x8+yMUljsxmGxpkdWQI9DnUsclriL3QGmBPwy1YjDs+5S93ggFO8f04xlLnLH9co2mDq7OBxj5vj96hXrBm3IchdbWOiPJieCsW8royvcla4FtrnKHW7/nXb3bZy4n06xcR0WuJbfkkzYMzDXwTPfibiI+Pc4MkLboe+knYl+RQlXou5LCmbmGaHeU/RrxhtEv6kUQSktU9qTflepMdqQNwiF7nQaPFDnfcXw31ewBOIQIeWe8XUeTZ9pqnUPmia9vDyjkIh0VOKVkVZm0H/w3yoogl8YfWiO31IJ/J7qt5VSc5Gqu510hX4qOzl+n2mgroXvL3eYWErn7R2o3nBQ0pTTMojB0sg4cgUpg8FwN6VwVYKW75A3SDmNQaX5DsHey1QkPK73NhhhEnjLwLZAocjMNHLhUbIZppDSpP6whTI4jVSanSP3UAojaWgnVVYno11kFB1NJwKWaG2MUXbCMoLfsO4ZClljIHxK7qVxmGlI6GZiyWzaniJVB/u3fpT+95F8qKA9YaZhwUxjMRRAW7iPWhBTFHjYn0m5n6uzFFqZiIOhZ1ak3pLC2eCNYaZRAE/5sYcbfLwJUG9iZWoHfmZi1pUrzRyFZBP2NNUsAUOVu19pTV0UFS6DK8hklXcmoE2JsmZ1g0pK4DJfb8ZeF8EnkZYwhaDVYSxtDlea1cZoldUmeEObaRQp6Xo3nAjjKNr0x9MSaAoZFLO/WPBzOoEOVpYv7BltAcwgsMbYBuPoSWYe0bTA2abui4FKWxtD9H0J3+4aen0LrNz16w5MygY30M8Hp0/Rdsoike3fxJIzwXX0KUwT73kbEyUeUBrMarM1jPdp8wAUJGrgO8GpxoN0plGZxOcLyTAVWZ38IoI1qZ8JDv924CE6iU6mVerGtM+3CXQwQEm3oJXhJNB59ZvIQP9VRLcQvotgllgchQOfRR6hYYk/0dRXkmo6VGGSaJswahCDEn3lfn0zXhUhgO0Ep1lIab0uj3hHW31pF4XJ0AXyyQ8ISrYc61lSqtZCwgqK+WSDGkHblX7uP/y7Z6S7wlXSJ0cnmEZx9BSm0xn0cToMGBwFBCYpLaoMZlILnqDJ84/7MmQdvAJDDLxtoNQIetK2v0rYBphrO9e/b86ilVRrmE/SAriWPGssNQpgmbFcnTdaG1xpRMlqY5WBOiCOtDOZTc8mFM4hlQl8KOrf0MKdFqw2WgoHJe2g4HUS3yXzlcSbq3I8BG/TcfV+GcypTL1QUmhuYV2stytiwRx6HjyuZP1MzOek7phP+nyNPFyZZFOs+/6DZTCbGb5rNE0ap17zcJzUt6xpGdAF5tPglRaRbUaTufTuiLYrYYur6ZqMhrEF0aqYukracol9xFJOARxHacKCuZBUggNrMpJtlKkWylxru9LYqhQVUl8uS6CZv2OQHiiF7ooMhN+pjNFbYR59Eyx4ilL1NoQ7V9fH3IuPktRXU5Roya+mp5Dg1bSFFXBmJQxT/gI91Dm5gC6k5ZFFqo3FdAmliqbP0hxYbmRGnlP2Z0HwNrKU4j0EeWc5lfAJSMiHFfQxYxisVDnyVtHq7F5JWCCB9AuoPgi6QRGUGVUm8nz/BnOFDWzkxe9K9ep3Ggne/Xr68run5imgsN2XSLkwyMCcEtdC7Ov1wNOYwnBDl0CZEHzVeyI5C6X+EnCWHstNKnsA3t7wLH/At0e08eXm/b5dRZd1/P38Ai3yX+peohNgveL3rWavlJHXfwVc468v1sG771VwBtGWOKT4ZMzlAMSwYQpYisdrjV6A0jwoH7TdPPHlz1RLkWR+XkfHwwQY4dthX4Ei2GG8QtcrqbvK/ApG+ln2kJIbqH5pwL8vJKvNtolfw94K6q3eHiMohW3qNvAvvCE31gquJJYpUDdR7FNLeJTtLWCVqV8nwxecPYYFryub1C0QJRYcR4LXEuKPdwN0IGeQjTS0WeJuC+fTAl6l+pY6MOmeGotIpbVoa3OJOmktKEmRNA68RjFD4+t0M7UgG641LjCTbdEEPiEfYO5R365WBLuhCMYT1DjQHrlR2U4wW99fKEr8non9UQNlcL/5BtXZZReSrXQYzCapVtlUXsDzPThbibppaLtJDk3mNp2/4w6g8JE6i5L7TG3dPkybrwXbaWhHrmv9tZOsv81hV0JjWKykj96HSKEucItvzdY9he/TqFffAh8oS3Gwv1Hq7YNx6u3yQ1Vig7K3vevb1bL8dXpf2Treo0OTzgg7aYWC9xDLr4deIpj5KcfUrzl41y6B/2PvSuCjKpJ+9Ts6kxmmupuBwcVoUFFEEUEF8cB1UVdFlkPIeuz6uS4YDWjACBpRVyFolGuQcIgYFA8EVOQQT1gBQfAgHgRUvEVRPPA+cBU+q/q9zAQIh9eqO7/v97nhzXv9+nVXV1f9q7r++3N9hr7MCBL+O4ztFcA6X8J7vqjRQ2G0ZxZXktlY896PoTV84JN1u8IdBz7MqhmL9Ez4HP//siamaVu2v5H0385rIy1TYf/PY1yu2hkNPgx0yDJLjxVZ1eNZsimiZVsog929dM8L4EO/BEaJBHR3p8IKCEeDRvdy18b7pgaR31CW09/ZWNpcrMye2bmi1dwDBjl2Bls4e4jMNf0+17HZnOEyAt1AQmuP0My0jWajvVuOTGZ7dnwisG47o2J7taOahO6muGuaQaVrrbdSbCXcU62tSjkc4ZUtbZT0XmM174dBzh2tkvX+SN/uUY0YzT3RPZh11Vv83zv9cNei0e3r1L7nTv8tN5/z1+x3Dq+xQae4ia1cJX1woBhGmW38jY0Du9zGFy1HDO1yW85qXX3LRLLXOB8FCMAc0Q/IPs2092mE2tTYT8+A69q15ENUEOsnoUifOh/7aZ0WaieK3HRhvzXkD916BIfuaVUTxWnD3uzW4zinQkxsLYoja9UWot15g7+PG/epn6Q9nxMUKbA2RgSESFcYCvu7raiP9RcOYf5Z8n33gb2hWRAF6sQ9aSIuE5cLCel4UF+OqaQlqa6IUPrJfdyCYET1Fj2OZvQ41GXh+DeA+xmHXxV4ciU13/SK6OJ19VpDN08In1FcQlvI2rkOfK51RL38E+8aYazJzjKh6zNF7XhOX47o9MuwDimas4/bj1dDiBqcAA+4XQOLavwOxVr6wUa2ZLcdbVnmp6Mtt20RbekXxFv61qpSbu9q4QytQTS+cKzekEFcjK7ayNhMQdYHoY4dgnGheFI6mlQimqUtMnjVaQNhXabNowxp7bSGoz/zxGLo4MXgK8+VEmb6S4P39ocl8BgMgS+cFkB5enlb2GWEnXb0MschtG/94J2rgrw8X5JuvJglNi1zJfCcKyXFABBgC/shHf2xlvBDjo3+7AV/FpvHdMbDVVwzp6sg1L4suC8iWwRPI+TKRAaDLn2Fjf6sq/kawjtt9Gc3wTLFESAaGxFENba07uqOQtSOQdSOQJC1XRtpPpBxritdi40S+r6HIPzLXhdwlzMe6kuf67wlpK1XvyUaXML7f8rpmuFNS46R2wptzIkgmzgWm2gga+PEtRHiNlAbIT5QWITY6hrrg8ZgFzmOOc3DntonQ0n6zKdWa+9TEbhPpPFg8jFfrsXekMaD30wM8LefUT83/utmbcgykP4yDKS/JcbQ3yMD6A9j/fwlmDyzTJ2/RaZOygmo5v3TViIN843r5kKsmwWRImHURufollmYZdDZIQQ6rNEcVt6lbMvauZfb5wf8McyAYUZZGezq2qzWvvBQpGuwkt+SPjjCWs5/8/I42vWZe75oJZ6Jk83+bLxRzRqmdXEyo+gDmZ9TwF2QgOfimZKE0AOmOTGYAgJMTgxe5bzC/mJFoI+r49QSze1CqtQMn8J17kAYLZqKgQHOfxv7Ryscqjz9sVwZXxXPg5fZ12gLVVIEv1GG3mLOB7MSHWbrSQhrpYaR6/RejTW+15mwECTsWhNJt7v3W66EL/0g93er9Vd9touasx6tLwiRoL7QPv8QW4C7sC5w3V9fndYsy93Py3KXrbGa5ab7dXDTkX8z2Pvf5KTL+jg/zMepiz3YZjlsj98u6zP9PnymHeGQprMWP5ZDOpMjeuvtEUf06/7PwxG9I9zP2/vKn4b7+af2UZ8RLwLFTpqwtryGOdyzfuv/qt/6c3utPmSeGLRz/sN4gH4Z//eHsafnZtnTsx7lD/Yos55k1pP8bXuSKvesaNaXzPqSWV8y60tmfcmsL5n1JX8PvmTIoPyapIo7P9yT3HmG2gliZzhqd5SfNuuZZj3TrGea9Uyznun/hmfaQIwC8k6PDmry/e95p+F5a3va2taio/PWO+a1hvVjt+8vro+TP0Z1WN+I05dcFqNdz1ZyPYarw0o4HHwYJQxS9aK6fcjGfN5lDCRwAVvcHaC2V5muxRpWld22R7m96rShR7l5a1vWo6VvbYA+NEQJSWyEEnbBumvUPidn/wJVausaF5K++0Wm958TVFgOT9rSyPo1lZM7OdbTtDWSd6watPWo0zZOONuZT4Z+NtViaRL40lQZ7itIwH/iZPU09seKdBuHQwL+gI1xV8xDkrK3YJ1T7e2Gu2M+NsF82IOr1l6WUSN4T8yDvXBCRhs0103xQDcBGz2q1UHe/lyh/QTsjfYd9KV7ow+Ta57aBROwzC2BfTABU/3NK3DXxgVCrXoqnxCe5e8vqaLR5Ny663PbVTIrti9/UzuvAJrjft5+LD3H8Azc4HzlFMBHcQn7I8lsAbRAGrUDMB9a4pwc6xXTGU2E6twCMEjeOZ0iPxD7wGEe1SlfLD6NC2iFBdxmazwID8ZDsA1KaIsFcGidT7QLnrhHLIi3hsPwcDwCj0QJ6LbHY6A4LuAo/CMejBKORhq9Apjq0ygXwOdOHrQMdMx41mX0nYSmSF6xf0J6S2U9CR2wg0zfR2c3CcMJJebnQ1p+r5W9w3rp4foNfyfJLIObfAkn4InoB6dyO6IPy7yTat7wrUPr4I/SasZ8llGSxQu8aodqKQzcbmVrGaBUfxQSjhIlMAQaQLTGPqHK1/8dhCqsh71lHezMCtkhAtUJf811MzMRoW21Hda63LzGpUWRaAT2CCpJ0I54uqS5p/POJdANqcZlV3w0UgKv+y3qaP/nxozqI0mGrYP1Y7Gj306t7/+VGt+xbdT4TtffzkSXMmtA/hRVjreFM+0MyvQRYy47hjTtWN3kncWZaldBHuBsG3OquwJyc1nBMrEz9Y/pmV+mAjLNx/HsEdGIN4QLxPbrINd+Zsu6vHQKkUbLnkQkP2v7lXp3rkov9aA0qNX74xC7Y7KIXR2I3U9d8/b3g9f92Jq5Wczut10F9zBBCB29+zXRia3etU53Ye1Mks4h8E+kUds79hdmUxni9OI98RInD96AI0Uv9oT3Eh1lU468/MNJRPOCr6IV0FSMEusdss1Cq7Aa6N9D4CGH2l0ZcH9Z+enPXgNZIO1Zrw0EK0u/hRqnv98Kp8TOLdTRcL6xDH698GwsxHOwF56LRdibOfSek+djMfbFfngBM82V4IXYHwcg8fuV4iU4kK9eir2Y49Ryd16O/bEQ/4VvekV4BV+zHKJFWIaDcQhehVfjeViO1/AbrsWhOAyH4wgM2TnTqCjxW44K3nMds/H1xNFYgWOQWIHH4jgcj9fjBBwD5QHPKzHPTgo44UfjOLwJe2JPvBknY8g5fGsGU/zt2BqI6foOnIrTsAznRgbhdLwT78K7+Z4ZOArvwZ5IHIIzmVu3iPndz8PZOAfvZZ7K+/B+XCGJa7YCH8TWQFylD+HDWI7zsNikuQgrcAEuxAXxRdgx9ij3lbgo+5p+ppe+gNkx12EllphCvNB8qPubo00FPolPYRXOx6fxUXwGn8UUPsdPluIKXITVuJJ5ty235ip8Hl/AfKjCFzHFLPHEcvgyDuBfqTcv1TAjvoJV+Couwtdwif86pvANfBPX4oX4Kk7CRfgOFuK7WI7r8D18Hz/AD7EKP8Yr8RP8FEPO3iL8EL/CFH6NG7AQv8H/IDEVbsQUVuKmmvcAMz/OxQ6QYhbPRegoV3nKV/mwxJcqR9HMRRSxnuZDVBVjTJVnMDj2xHoqrlClUKmNXgq1KkLLlRryuBpViPXVDEyoBqqhSj9XjkllmV8n4Fis3cYiJGbYRmoYrsZd1B9UY7WrylOWGXiZmI27q3xFnNdTsCrg8d1HEbfw63oPRZzfxMvZk0d0GD4ScHoOyhjL5qo8o4f7qREYzuQkfbGxI0mSsBr3V+XYQjWRB6jV2FLtr1K4HFfjgSqFrVRrRZySB6uVaPmAy3FB/BDVRhUGc9BWHaraqcNUFR6ujlBP4pHqS8yH9iqFR6kxcPc2mKyPV8txGk7h/ocjNjcyDfdWM7EnFmWM1gkq5CydizQ2J6qOPKonqULspPLhL8pye1ZiZ2W/tos6PJbCrqoIu6mTVXdFLL0FaldVlLHqSs2p6lY8TRG37+nqb2ooc8KGPdmIHWMDTSGeEruUJbcYz1JFrEWq8J9qEfZkls5ezHudD2eqf6gxcLYqVOcoK2HnqiLVW/VRvdV56nxVrPqqQuynLlDf4mWGpGyJb5+43Byh7Mg+oP9lCoNRHoT91QB1kbpYFWKpukQNVJeqFF6mLleF+C+VDxU4MNdRV6i0hJ+tHlGliuT6Gh6ba9VTOBqHqhQOU4U4XC3HQXiFudIs8QeZwfxFFcHdfXCweVwRh/Me/GRb1UFNUCksM4MVcYCuxlZqiKl27MwepVLYXo2Bq8xE3EVdzeyvPTEfJqt26hZ1q7pNlQY6sBhvV8U4SU1RKSzGO1QRzsRJWI705EMqheXmLvWFHoDXmGtNinXyFLxb3YokJTPU1TUyn5bhFRK01X+z1GzmXZ2jJuK9aplYDxU4V92nVsj7VSE+ELCjP6gm4sGKVtjDap4aat5Wq3ndEvPsfDXMFOJwQ8yr9+ImNcKMNClmgR1l6J58eESNgUIcooqRRnqByoeFqhgXqUJcoIiPeLFaGPxG91cpmtWF6mn1d1WMl5hCLMZN+Gtna7dM6JZfnbjVx6uPM/jT/xsc6xX4H5UyI4I+fasqAvb371Qlfqs2qk0K9NJ6Qi9nBmBHu5rm19N2bfpaMhttjo7ojipXR/VGXJNwdQovMhvxCP1WYr36VM3BIozpeno3FdeVzNc7GonfnNpWWmujq1R9nam7hgV7+aMqxWO3uS4Lv5aYugej0ceqCjMHRwYM7BNxjElq0lzUSiPmXt/Acj1fjcRpuEt0F00yRDzJaWkPWaqnYRP5B91Y76qrMC9g2x7C3M/5mnTNRAxRwyZ6D21b64V76hTupZvqFO6ti7AoaDOFmRpwDq/O9PsrcR/9jmqm87S1YabV9IF6MA3Xq311c72f3p+Zvi13+iBsoQ/QIWN3eD+1OC2Dj7oXttLTc1rrgzTtnAdz+2TBkLyW4yE6s09t9BK/re6DuylC01aq5Wg5y0dELBNyB9VOExf44XoP5whdiaAewAp8CY/ksWmvlT5Kr8VpbHv8Udue04r/kyaO5g6a9MxLaPdZQquO0cfqffVxugiP14VYgSfoSwK29gXqJL1Q9cSZSLNVjp30TUgW1hz1F91Zk+5dFPRyveqiu+pu+mRm/95fT8ON2EMX4V91PhAj/A14pzpFj4FT9Wl6Gt6Np+tV6m96EP5dp7AC3/Uvj6zGM/T/6RE4Ec/UZFVeHrEWyD90PgzCvbRlYz5Lt1NV+E9N+39PvavqpQc4raEKz9arsVCTdXCOPlcX6b/rvVVvvQRT2Af76EF4np6I53NfivUYGFQjMfR8vh7EWqW/GoZ99a5qab1++gLdB9f5JZpYugfhP5gN/kJNdxSh1EbbkbtYl/Jc5UMzTV/3pFJ6Lvbn2aFxvxBLdQXmyEs02TED9aV6rGmo/qWPUDSKV+gr9SC9EYnrfl9NMzRYN1RFWKrtG6wM0ZooxTJdzmNJvPFX6Xbqah3a0eV6TqDt7P0DsAqv0dfqQhyqh+nhmnZ+Gs+JeK4eqVP6Ov2dGqVH6wrdX83CFNJoFeKVepypwjF6rE7hOE26abwuwiF6KNLsEje55bxehZUsjY6eEKyRKnWDpjU7Ud+oKzUxvNdt8UzSN2mt78ZpeLNexH0maSGPZS32wsn6Fn1rLT73KdrynjeRd+hKnKqn6enactbTmioMtMsiHG+G4l16IbfUGoj5PMU65jt1t56h79EL4k/gcPUUVuBMvQhn6UKcredoa2kMwXu1XV/kVczV9/F3PY/389UO6gH9oCbb4CG9CB/WF+JFeL2Zr1eqyqBfxUheVbm1Wv2r9IL4c3KCKcS26gZDY1+Bh6kT1USzt7rR/EFXmklmnp7P30As7MRybrWE9c3K8SYzEW82E3GJP9mksBxvMRvUWjxE32oW6kX6NtOTx/87TfdvUO+oBZqup/BRTd9tudGX6Mf0FbhcV2mro4p4p9qkbjelhq7OjTyj7Y78bCCvZAN2VuQz0Z0D8AFcWq+LLsfnWH6WYhdFHOsrdLWm1bxSr9JzI3H1vE7hC/pFbb2B1XphhvZehDOxQL2sb9av6BXqVf2aPkIvxtc1SftsfFGX4Ru6NdB+MR3XaNvvVViEb+k0MliIjlyOUq/hb6FW39ZzFK2B2TgSV7IGXqvf0eX4rj5W2Vkchuv0e/oLfF+TvWCthbeV9VZuVNPxA17LH+r1PM8f6Y/14mAlLcHbsRLHqyX+JzqFa/DTYK+5R3/G+v5z/vcXupHuiXurL/VX+jt1hDpKf60LWXsPxZjeoKl3/RX1l/r4jf4O/6O/1d/pjXqTBhPuE9TXMhQmhWRJkb4Idw4r31PQMUW6Cs/DYhyErhnJPq5rPNMarsWZ7MXxPm+qMGLor1yzEg8V3+ovsAijppx9hcGsjXsFd8TMDKxnCjFuuqjOilZqjp6Mq9j/XYRTEE2K/7eLUkabShyqjdmVx7i+mRvJh4ShNdXANDSddSEmDfnmjcwu5g+m5HsriPbjzLWb3vsW66X1bta9sLHZ1aTwDswz6d9Cv6YSdzMbcXeTb1w9EZuYPUy6pY24QcX0nvwNZCXR+PTE1rCXaWr2NvsYkthmZuP3GmJftsafZJvKapKZWIjUTnOj9H5mT7O/IX2abrsQ9zdlWMn7Yx+d1G9p4vl9PfGyGoxrMf18LzzA3KZbGquPDjStTGvTVtXTo1i6ynGKOd8cYtI4Wk+sxDbcY1qVSzThNClsm/HldBdpAFpXN6o2Zij2xUNNO7ZjDzO0uovwcJPCI8yRpr1J4VFmLv7RzI1Qm0ebWaoc/2S+UKXQweyqqK317A8cY2iPb6mX1itju25Ghhf/CL+TMJRBeKzZoOor6nsFtvVJQxzHvSdvYAY+gX82PfEp9vBIQx1vijFXWetjKI5X98VPMKsDXXOiuQrLg6fpWw5Sx5kUks9cL3eVLsfTVEczXC/idzfTJ5mrsJMpQ6nL+cpfTGfTxdC+dpjqaroZksS+qhj7qraqHAfkdIydbOzO3061Vd0NoRtPqhFYij0M6RHak8qxwGzESmzH65NafRL/apSO6cyzcBviWQ6hLIdQlkOoNoeQXRU/hEEo/WSWP2hb/EH/u3w+/21enm2x8vx3+XF+fnacB/xfEzsOseL4cAazAVhmhCwjzs/DiJNlsPk9MNjsPFPN/xJDTWa2G+mF4bU4AtLMK79GFptfkselQaA37Yj8HGwuWf6WLH9Llr8ly9+S5W/J8rfsOH9LY5nlb8nWo8ryt/w26kd9AuS59/4RtaR29LneWd6XbM2jna6fSy303k4LvetsYeuzbFv8ofM8mZ/e0Zkmqd+RufZ/1Az3/hFz3HuHZrn3Nue5bnae3lyn4eeudpw+fUf9pPN2r3uJjBGw/afThcvjI73w7LY9mVgVJ8SgQ82V7VeV6h3U3cqy/mRZf37Mubr02sier/v5uH82b8+u3y3b6ZA9rZetsPWbqf3cWGZZhLKedrby84557u1hNzmaPb+v4l/H28PusiEURstYM41hb5isSXqCVlbWz/+xfn62vvRvu750FlfJ4io/Da5SAK29bjVam6xr0sUNg5mx8Y63E+QzTHJr/0prwdo5p+C2ZEWyz2HzX1e4OSKL1fy6sZqfqvq3D79V1IcyG7L1xLMoShZFyaIoWRTlv8qgJQYnB3tlSR8UZtGUutAU2y87StS7450e0AiGJC/iLxDwV+eqpAc92X/qA3+tpacaAGUOd45aa4DeZn3V3vJM8xaQTrYRkK6becdc38trCG3j+zkfwWjoE2/Ea550/rce+RzDa7xiuyvbUfhngDDUje+E2E4a1bE4TQyOYU8rAWWx6WJ9XEJoM9DqHO3NFP8tpKU9jN5iDtZuBdPYHMkg6d4WCnNMIFtnCL0ZEpP59g9Ef7AW6UCnOpfecHWypUee5F3Rlh7tbuNkeJJAbIZntOdTZT6EO2a4W5J17PJfn4TyAH22gma4gU2a9phiPPY+PO/kQKl3GUeZypNWCja/y2of+tddzphgFjPPBMwUttJk2gOgc3ZkNecFdT97b9aunfmt+QixoGrbeJBwAlU/9iR84uXBMofqwZKH/QYM5Df50YFwvWgSs/7q1lqfIiVU+zvfuvVoi0WADcFf8ZokaZl8tp6TcR/Kodq7NnmnS999DXt2ET4bFtZLGJqsjFLm2QW8l4725kFENKqpdu2zldXEeRP+xPXghyUla9rwjE0PGJ60p+lsVc7bgqqkseDZY1gX0MyF82af9OEFEWqJ4wMfM92DTL6gLX2ufKgn0pVdEzvtRdAeHIUVzgnO2Bq9Winz3fYBmmjtnsw+p72lrc0ePXMjCBjKvV7rUCxybIZPYjPIRyRtlVZrNTlbsb+sxfQeRHNtX3pspSehT1KwhV/Yg3V9XX04s44+9OZe2B52hJHJ0KbrvQ2b7j1+v/Xxa18lK5Z0VqbfH88Nd9H2vEPRjJ3kUMZtVz5r2VQ0rjmJZlugfSL6vRU8ik/UxYTKzcSmEjXoVGPOXj+cqyxuibedBL0ci7TTeQ2L/oXjcYZY7uZDvhicI+FPzhOJttJ6aRTNJq8nHbW27wv3ept5nivIJo3Bps2i2M84lENNPkQM6oszhLXpegvJWFlTkc7vbQo+GFgM30h7XvgAkNDOTyV9GBTr5tNoNhPp03NdAxv25+NaWioelJkWOOXd5rGlTbZRsaRRGJXMC6z48awxrRU/L8M6ph1q5+3jLbOea1vIlqNkmSyAjd46p7YdvGdQ25z2sXMFYfG0qqu9AyMCBgib63oRXJcMfYBL+aRSU5EHdlf12b7oKm8JZKg7Yxin1/xOKyBVz9qjU6NzWBbmBvLrBFm6bX3yl2eJTIu3IFgF1oY9gcfLWrH2mcfhEJ+s2H1FApqLvEAuw18OEwWMS5zr0fvZ4syRXFG5toU7LeCBpbV1dWx0kizNVL182N2z1hTNfEUyAVeynBKad5JjV+z06Ln8F505t23s4qT9DQ2tocSnsTvcS9XzYa1bBo1gHVvv7Xn9Wpt5qhDwOuvUd6M+LHBt7WibSf06OP6YJOkYCfu71J87a7HWbt2TCeM74d/tGfFpBGOT9FRTPjFh18r+ga4u5WrVq3Miwu6a5A9E5cyoE6yM0bz/+IFebxU9TNhTLVOj06LTo3dGfZgMtzm2Z6VwZIS+mHTGuKQdqTC+lPXCfiovbJwkBOY+95bkhNizsMZ5XNB/FzvPwq3JZeJVZ4CzxnHdZWKNs84PbZQHfHrGXqP/c90lPiE4dHWNU+4VQAEMcBxZ7tl3nO8Vew3lbckwbq5ys55eNm6ejZtn4+bZuHk2bp6Nm2fj5tvjYF4POx813/L5XzJmrnKzMfNfR8z818nBnY3BZ2Pw2Rh8NgafjcFnY/C/Bq7wxjLLFZ7lCv/f4wqvjXuR7BX57Rn7as/1LtuIcK3kSbsX/VuU8X0N4UCXagKKgBvb2kOnuyXQHsaKSe5FUALD2XeoB5Uu7Ux2F9hNhlp8gpjkzBAJ2IciVZgHfXjFdgVqoWstX6O72NIP2TavueTvu0DU5jffOTQpy4aeZUP/fbChP+D/XvnQl/hZRvSdYUQP8eT6SHlx5HmsjzeGGIxk67Pa+Qu2EuAIqO93xi6sZb6VJZDjD3RH1Fj2VMOQ9vPnXKoJba/t4dzgt4DlUQHz6pHUTxfPuVR3kX6jXWNjnUzsmRzt9bO87P8FXvYsC/v/Ogt7Jr5MluG2nl0f39qzmfNPLaTnfyx7FhPEtjDlySJt550JkSCjqz102wbCfDTsFj1VFtTYrNT79ty/rmDzSV4Wf8zJh1NluoYo9acEat9rr9qcM/vEWDFBSJgsSOu2h9pP22tDmY23I/QSY8Xmsr2Oo0J7ibRcT4b18bTUTBBbk+z18bRk26c3l+318bqlh+6fLLaUaftLXVLdMGDvzezdqbK2hNNvW0p42NtMCV8f37aEU09C/nor42Shb0vG18e3lHHbzgrYnP86BuQxWub2eaIAGkdp1xkBX7siWFc/BTK+M7j4R4zq7hg2PkHURscni0x8PMwt3Xls/FS5xo3D7cllYoAT2vi0OreGkq+P7xhGnoDO0e5BhXFa/dvGyymLfZNXGytfwSh9FBpBc1kRyA7ddW1situQqzseJk7GLTH0BJzM9kEbfi6zSvPDcJogJCnds9BL/4j78oZrM019ZqEIK72GO0J3lDDJsVXGY2y3nReTsJIxEvri4xl5ofkkj9LmlfWrGTtCqb5wFjJSBZC3xTOPch1NW4corExusSpbXZPwHJLnM2pJ9JlQBkUu3XkWa6e0dPeHHliAHkh4TbSBv+JBkA+3+SLIJF0Ne4GLIuhFKRwnJBwkKSO4BKytQ7N8CpLFEwviY7fV7O4DnDBTx9oN9XE146QWERLo4HS2Y+mttd/iw0FsI33oPOFQdEHwWNFMhJwztpKoZRoXcLFDumI6HCuoym7XWm8P320rpWfGSz6M7GzE5JhsxKSOiImVqGy0ZOvRknSsZJP3YyMl1iLKRkl+6ShJ6DPR2iDs9VS0nvxA96locSwBpzEKcDqewzwhxHtCWBfhacR+EhF/w4j3d0zAGXiOyIP/w5DFJg8ec+jvJPrQCO2/6R17ys5wjmgITb2IOBP/gWfhYYJiIvTu10Qn9sDXOt2F9TZJxofAP5FGbe/YXzjne4jTizXyJU4evAFHil6MzFmdSbbHP5xENC/4KlpHTcUosd4hny30DauB/j0k0NnWvmsfyE9/RjDIbmvPGnIgWFlKs8r91mNKtetSl8GZcInI+wUjTJnVqj+Fm9zMetUWXd8y/tQTe+HZWIjnYC88F4uwN3PpPSfPx2Lsi/3wAj4XWoIXYn8cgMTzV4qX4EC+ein2Yk5Sy7V5OfbHQvwXvukV4RV8zXJ+FjH39xC8Cq/G87Acr+E3XItDcRgOxxE1HPbpyBOxUo4K3nMds/L1xNFYgWOQmF7H4jgcj9fjBBwD5QHnNrFUTwoYkEfjOLwJe2JPvBknY8gje2sGL/Lt2Bqm4DC8A6fiNCzDuZFBOB3vxLvwbr5nBo7Ce7AnEpeg5SMvYjbj83A2zsF7mavyPrwfV0jiua3AB7E1ELfoQ/gwluM8nJ/BSViBC3AhLogvwo6xR7mvi3EJPoZLcRguw8fxCXwSn8LlWIVP46P4DD6LKXyO7yvFFbgIq3ElVuIMnM/XVuHz+ALmQxW+iClmQCZuw5eDUaB3v1Tz7lewCl/FRfgaLvFfxxS+gW9iMa7Bt/BtXIsX4qs4CRfhO1iI72I5rsP38H38AD/EKlyPH+HHeCV+gp9iyOxdhB/iV5jCr3EDFuI3+B8krsKNmMJK3IRpnnrifkyhUHOxA6SYx3MREg+9p3yVD0t8qXIUzVtE0fPEu0h3RVUxxtRQ/CqhdNgWcbhPSH6d+CJRhEtxFm5IfJOYrgt5Jnprmo3+6obkB+o8s14PZQ7R8gw2yJ5YT8UVqhQqtdFLoVaWxTXN4GpUIdZXMzChGqiGKv1cOSaV5YeegGMx3UYREhP5atxF/UE1VruqPGU5ppeJ2bi7yleFWIVN1B4qFbD2NlV7q30UMTnvq2hmhuEjARvooIw5aa7KM/q0nxqBFSwRmbNA8kOzvb8qxxaqiTxArcaWan+VwuW4Gg9UKWylWivipDxYrUTL+1uOC+KHqDaqMJjBtupQ1U4dpqrwcHWEehKPVF9iPrRXKTxKjYG7t8FqfLxajtNwCn9BOEpzI9NwbzUTe2JRxgidoEK+07lI43Ki6sgjeZIqxE4qH/6iLDdoJXZW9nu7qMNjKeyqirCbOll1V8TGW6B2VWkW87+qU9Sp6lY8TRGH7+nqb2oo/l2dUTNfG/H/lGUbP1P9Q42BYjxLWa74KvynWoQ9meWzF7O6n60K1TnKyuS5qkj1Vn1Ub3WeOl8VqxT2VYXYT12gStSF6ghlR3EQ9lcD1EXqYlWIpeoSNVBdqlJ4mbpcFeK/VD5U4MDcB3xHXaHSK+BIlQ9XqlLVVl2pBqnBKh/K1BBViF/iVepqlcJyRevhGu71teopHI1DVQqHqUIcroj1foQaGchfSo1SbdV1qhxHq3NUharAMSpcTX1wrCLe5nFqvBqP16vzFLGSTmAu7BvURJUPNK/ELboGb1SVqtpZ4s+N8I6SJL1UxStsKIbR1TuSPQMmZbpnBk5NTkuW4vTkeXhn8q7k43h38go9I1na4MIGX6mNeCGm22rXYI3aqA9VReiae5Izk0U4Kzk7+bKm1lwzJ3lvkjiRD21Qzq0V4r6KmFsrcG5yESbMfcmLzFC8P3keM6/eqB5IPsgnVUjG2jT4KnEtDtPn4UPJFBJD+53MBXtDznk4SREz6s3M39sT82GyaqduUbeq21RpoA2L8XZVjJPUFJXCYrxD2X1oUM2TNyr711Q1TU3E6SqFN6o71V0qxfdNwbvVrUgrYYa6Gu/JYH6eqeyeMEvNZk7aOWoi3quWiVNzi3Cuuk+tkPerQnxA2V3xQTURH1IpXpukPx5W89QpvApIj81XC+KF2E4RL6299ogaA4U4RBUjSdUClQ8LVTEuUoW4QBGX8mK1MPiN7i/GJSyVj6mheAMuVcvU42otPqEeYxZZYrkuw6dUFc7H5Xx/FWvbhepp9Xf1jCrEYtyEhSiUHa+OsWczrj+nVqi5qjr4DjumK9Uq9bx6Qc1VL6rV6m58PvhrLr7E972gXlavqBS+qvqr1/jK6+oNtRGJq7oMLVv1VPWWeltdpYrwzuBpum9CsEvfHrC9E+vxWkX7A/XhHfWuuhvfVevUe4r3Nl7P76sP1IfMl0wtrFfPyY/UePWxsn2lFtqqT/h5+v98+FQ9Jz9T9F2fZ9xDtsNQLMIv1GnqSzVWFOIE8Zz8Kmg5bCHcB6vwa1WOtt/EI/8+ppiPuQq/UcTe/EnOEdEi/I86RY0IevWtqlDr1XeqEr9VG9UmBXoaCr2cmZUd7WqSCk9bneVrySy/OTqiO6pcHdUbcb36VM3BIozpeno3FdeVzHxMOyK1pbTWRlep+jpThw8LbKFHVYpHanOdHn5bEX6tSiGhG+iGeg6OxCJsosrxFJXUpL+pjUbMNL+B5X++GonTcJfoLppkiZim06vC8nufoaZhE/kH3VjvqqswL2AYH8Ls2fmaNO9EDKMvTfQe2rbWC/fUKdxLN9Up3FsXYVHQZgqLMqy2ObyW0++vxH30O6qZztPWApxW0wfqwTRcr/bVzfV+en9mN7dM8YOwhT5Ahyzl4f3U4rQMRu9e2EpPz2mtD2Lm94O13V/KWULL8RCd2ac2eonfVh+qV6rlaBnaR0Qsk3QH1U4T8/nheg/nCF2JoB7ACnwJj+RRaa+VPkqvxWlsxf1R2z7fjU/g0bonz8yfNHFdd9Cki15Ca2sQ4nmMPlbvq4/jr6CV/edtPEt2wPytPGtHkZ6uPYvj1cENDmnQze7hrH/Hq4m19PEpfjc4Gm5MViZ76QFO2vaieIjlvCbtvPm9xJxtd4yHk2lZuTxCq28+krQNcP4IQ2vdNTdpv2sIXt5gqZ6XDO+mu8hmGuCMFafK2fiympR8WWXeXaHmq42anrHSaGWxHG9KblsaaUTpDWlZrks6w7aKWIOkpZPkcX4dskjzMikZSqGVzM3fmCmJdH1zSaTZrC2Jts1MWeyDNNcDnNoSSa2lJfIJBEUyGUqk/R4rk0V4PO/dJ+hzAjukrTpEn6g76hQuUCfphaonzkTSCOXYSd+E5APNUX/RndlyX8RvL4D1qovuqrvpk3V3fT7ur6fhRuyhi7BA06j9VecDzeINeKc6RY+BU/Vpehq+j3fj6XqV+psehH/XKazAd/3LI6vxDP1/egROxDM1WTeXR6yd/w+dD4NwL23508/S7VQV/lOTvd1T76pIOltDFZ6tV2OhTmEVnqPP1UX673pv1VsvwRT2wT56EJ6nJ+L53JtiPQYG1cgDPZ+vB/Ge1V8Nw756V7W0Xj99ge6D6/wSXYmkK/7BX3OhpjvIK+yvxyvrqeXDAD03Qlp0gNNBXaRvUbV34yKU2mi7Ki/WpTxz+dBM02g8qcgLSrdFlt1hvMovxFJdgTnyEl2I76iB+lJ9mb5c/0sfoWgWrtBX6kF6I5K9ZeVtsG74vY4v1fZdVrpoxZdimS7nWSjHIfoq3U5drUNPuVzPCfZge/8ArMJr9LW6EIfqYXq4nogjNNnpNBcT8Vw9Uqf0KP2duk6P1hV6bmQK0miP0WN1Csfp0TgIZ33vEQ5CGv3xOsVedxEO0UOR5OQdvR4sz/0qrGR5dfSEQKNXqRs06aaJ+kZdqafhjG14KUk1Sd+ktb4bp+HNehH3nySP8Im12Asn61v0rfo2fbuegrOwEGfiFP04FuLd2ETeoStxqp6mp+s7Nc037QGFNXvhULxLL+R2WkMhXoop3hG/U3frGfoevSD+BA5XT2EFztSLcJYuxNl6jrbewxC8V9sVSAjCXH0ff9fzeD9f7aAe0A9qsuEf0ovwYT1Pz9cxTbr639p1T1T0xrh+hHs0EzurmA4xFfIHN6h31AK9UC/SKXxUU78W65iO6yX6MW3Rl6WasBK6fzm21Mu47Sbycf2EflI/pR/H5bpK213RarGn9SmKrs2NPKOtzfcsS+GtSJ5XZ0UIB903gO3KLrocn2M5WIpdFOn3Fbpa05peqVfpuZG4el6n8AX94veaSwR6pJ5erReqCvWSth5Qet9ZhDOxQL2sb9av6BXqVf2aPkIvxtc1SfJsfFGX4Ru6NZTCm3o6rtH2S1dhEb6l0/GAQnTkcpR6DX8Ztfq2nqNIvmfjSFzJFsBa/Y4ux3f1scrOyzBcp9/TX+D7mixUa5++rSxOcKOajh/w+v5Qr+eZ+0h/rBcHq2QJ3o6VOF4t8T/RKVyDnwa2zj36M7Y3Pud/f6Eb6Z64t/pSf6W/U0eoo/TXupCth6EY0xs09a4/jzr18Rv9Hf5Hf6u/0xv1Jg0mtFOor2UoTArJAyBdEO4XVl6noGOKNHl0xTiId2PSRa7xTGu4FmcyCsM2WtBmVYAm1dVKI+UbaYZtp7UcU4URQ3/lmpV4qPhWf/G9Rxk15ez/D2a93yu4I2ZmYD1TiHHTRXVWtJJz9GRchTSai3AKoknx/3ZRymhTiUO1MbvyjNU3cyP5kDC05hqYhqazLsSkIZyukdnF/MGUfG+/036eubLTltxivbTezboXNja7GtI8eSb9W4hVVOJuZiPubvKNqydiE7OHSbe0ETeomN6Tv4Gsexqnntga9jJNzd5mH0ProZnZ+L3+2NdQb59kX8DqmZlYiNROc6P0fmZPs78hzZtuuxD3N2VYyfZaH53UjiyAQhzgtDAvq8G4FtMt9MIDzG26pbH66kDTyrQ2bVU9PYqltRwPMgebQ0waR++JldiG+0x6YYkm1DaFbTO+ne56RM/EFPvcbcxQ7IuHmnaGJO0wQzqjCA83KTzCHGnamxQeZebiH83cCLV5tJmlyvFP5gtVCh3MruyRr2dP+BhDVmdLTfsczdeMDDzuEX4nIaqD8FizQdVX1PcKbOuT/jmOe09e8Ax8Av9seuJTjNuQ1jvekBdobWqy/e6Ln2BWB9ruRHMVlgdP07ccpI4ztFsepOrlrtLleJrqaIbrRfzuZvokcxV2MmUotbVU/2I6my6G9sDDVFfTzZAs9lXF2Fe1VeU4IKdj7GRjrYt2qq3qbgixJL+6FHsY0ku0a5VjgdmIldiO1zu1+iT+1Sgd02mMPdNKPt9kUfefB3UvNttG3Yuwr+lneukLDP17HVZiiSnEC82Hur852oSo6/zt4PDFZls4/ACzYzj8tvH3H4e9X2S2j73TvvbbQN2pjUVIVsT20Pd31BSsCrD3fRTZoK/rPRh/J83dE38IBj9JX2zSGPz/JgJ/G5aaLRH4S0wage8YG2gK8ZTYpcbiiHUj8CFKvy0kPsThv8XLDEnpEt8+cbkJUfkH9L9MIf5whP5s9Ygq3SYKPwivMFeaJf4gM5i/qSK4uw8ONo8z7r4HP9lWdVATCDE2gxXtFKuxlRpiqh07t0epFLZXY+C3irwTNrF19P0qMxF3UVebnUHfZ+IkLOcnCQ8vN3epL/QAvMZca7aGuIfrOL0uV0jQdSHvFXUg72nMfah5W61mXcTIihpmCnG4IYvjXtykRpiRJsXWzyizszj8RSwhj2+Gw2+Jwl9ktsTgi/ESY9H2i0wmBp++/vOj8C9pav86UxcKH+Lva38l+PtoU859qgt9r8D/qJTJRN/tX5kI/NJ6Px6Bt8jGj8fgyasdjEYfqyqMxeBJ9ifiGPNDUfhLzH8fhb/E7BwKf4n58Sh8nwB7/Gmw+B3H4IvNn7fyDFkAxaZu7L3Y/Pew90uMRdOLWcZ2DHmn3cIi7z8P7l5s0tL7Q3B3GuutSV/duHv6jbVx92KzJe5ebH4o7l5s6pa+LXH3CjxBX2IycfeLzE+Bu28dcf894O3WI9sW3l5sdhRvLzbbw9vHmobql8bba2Pt1+nv1CjG2vsrQtZplAvxSj3OZKLuC9R4/dOj7D89xm7tvPHml0LZL8SL8HozX69UlUG/ihkjL7fepH+VXhB/Tk4whdhW3WBo7CvwMHWimmj2VjeaP+hKM8kQUk/fQAgaIVRWb1jcpRxvMhPxZjMRl/iTTQrL8RazQa3FQ/SthtD620xPHv/vNN2/bRR/c4R+k7rdlJqfB6O/yGRi9Flk/sch85eYH4rMWw1UVytZZP6/gcy/VYPNv57YWWx+ijk/i83/irF5e5b3DvPL1V6yJ+/7wxyvNUw1y9w7TMhR0h5mO9uvzGQrWdPvN8c6c52jsCJDXXWZfopK2VGuvET170XGqfH9nDvMaJjl+DDdidbU8WkNy9xphqqOHMnn9aYb4ho4QjQVPtxpDhQPiCNEA/GK3wYOcaYZAd9AOzhE9HM7yruMDyWwKvduM8O0gAZisRgCLZx7DJ1smOr4cFrNO+4xD0NfpyHM9al6jYD3ZRtIic1rxvSPR7kGRt1VYfzN6spQZZSxEarmdKe/ZW2kA8Vbrhat4Um4UmqunnIM7FidHp9Pbzwjwpm/w2y93kpdNYISdVQJCuuP2BPgIcfKG/ydflCNJId76Hp5MBYuh+trKhTJzeoV7SXKYBjMNH3h+Bx7pu0pn0bLVi+S8IET3h2+6/da1yWsKkb1veQ2aovVR5JCW3drlrFVIGNwWcyHrzx7CvSOWIJrloRyuzN1vzSEFb/sqZ7GNfVeN3kkR/TrA/6WVcDqrvg14Beo95Xub2bFr4bc2yX+b6nG13nBnG2vBs+bztar6iS2Wldnyzo6beOCz1+n69PUVU0n8550VR2f67SfkVHHxrLObbuKzu+n0o0963y6t3nFGzqlSd9pz5l3gYHQCto7Ejo5tuINcS69we+m1mab9Cnh64KK/PnBaVGrf3/OaumJ33nFmz4e1fgp+J+pfFOwjco3w6K0N7T1P4WznEN8CWc5c8z2quEUbKMazo6092Mr5JxJV3IskxPpzJuT9u/a9XJG1FTLkfBLVsf57dXG2ZbUZyvjbK0yTgyGubZuWQuRrkLTkG3iAq4+s2N1bBI/uJKNrRKy/Uo2O1OjpvV2atTcF8zIzlWouQ9+mfo0VE3mDifPpYpD269MQ3dXwx1bqUnzc1SgsbVn7Hv3cVf7A2EPEVZzsTU1fljtlt1gx2q3pOu22JosYQ0WevePqcKSqKMOS6b92dPv5ecHNqitgrJ964bqkFibw1ZGCa28/3ZtlNkOSYd2BGt6um+K++upOWNrSdBf3/p/Fg2tnIsE3O5q+M5vwHjCd/6N7n3uLOYEvNfQb+RJLoRNwRrKrNvwDBDrW5ohlH4nflAB33iXQhQg8G3oO3/umjGJn6y2/o7Xi/k5a8QcD7VrwoRciD8lQ+dvozJMR9Yd59Xw04T4ErFgxr2ICOcyvc5CrfIYj/iI7y1EYk/uDA3hqJx8+M6Lw1Lxbm4eo3yN2VP6Y85cU+M5C2l3Qa7BHBXng4STGSFB6YOSNIJ78IzTHtEDGgPhfwloILSku7qLjhI90rCjuXL68czLeYeJgQ+N4OvIoUF/S4A81PvM/YZ6ebRre0b24AOGLI4C6ESV8MwaKOM6eFSjJeTpFLxzJqB5jJ6d7Ak4FcZFHzRHx20rxW6ea8cpP7ARmgT2A1Xm6+NPCd72BqzhO+ybEnCOM4///aB5iHu1PGq5V1awvmweo/rK88V95kb3YTPL7cj6IyLIT7YtEAqc7uXDkP6OeTXfYftupGA8pHnsEUne4p3uUTllMM8kYJ4dj3g4Hjv6LQmYb+aZYrch0JUpTgL+bR4xe4Lwyb6c6iwwJB3nsEVf++sSsJubF7zXztgJcKBYaKiFh4Le5HlUDe7RyCLzqJEQcxebQbH3/Y4BuknrqXmM5uFBI4OWGgY7m60Xe/9vonZQ4jdfPSiy1epBtrI71YYfDiMd4qeKwNMiAfOTEv6dNHAmFMAjyRKWzb95edBefsbYJ/E3fgWaJa8vTM6lb/zcbVGDPTZxJAxwDCxIVrmdIQELkzfHrKVin5ztpPHeybkF8O/kHHdBMgad4Rn3MEl7Jd1NPfIhCoeJMULD//mkd+YnZzt0/wkwI2LrTE+MkPQf59I3HgP/Ti5KlkB7uX/kvMhKlzT4o8kzclpAfbEC8qFPDiO5UZK0sO/zk3OdCNyeS2PnORav3lf8TVrP7u+8w81PlsIZ0of/k/OTi5N0N9k/reGO3GovD6bm5sOZbh40gmaeD229gQEHZCvokiNhSdJ++fzkpbIEqmFqbh5L1iiRqPmb2J3L4EWX5vQNWAbhE/QtAyMn1vQ1ZLHYzS/NeRMeS86DjVBV73zmUl+aLGP24hjUg3wh4VTIFz6vwNcYMe/iEtLaH5Yl54seORIeTzaBzjxmZNV9BYTUHgl58JQ/0bX9bwyNoKPvw9FyIPSAL4QLHuOTlwV2bBTyxRjRCBDG+gB9vDYwFWY79F/bT1qntsXOMNEltK2pfIstIRvvktAxsPkJe78CJHzKK+4OZlOnOyYG62se33GdK+Fln65TFUXyBmhuhroPQ0F8o2Nt4s5wGON7IX5HDAkN+S4/sIPPdAT8FZ9IzhOLYQm8CAnm4f6K32TjfvUd6zHaqF8jmCbyauITYR1Kqnr2gdjflfBk0mJZR3j9YZVvfSqqeprZbsgS01gO8LcfpZwb/3VzxGRZe38Z1t7fEstuljf3x/LmZnlcszyuW+dxJS+tmr0qWy1555lct9bCjnO57vg8Z3lXa89ziFWWwa6uzSHoCw9Fuga67C3pgyPS1jVVev/MPV+0Es/Eydd6Nt6oRovRCj+ZcZqBPCIC7oIEPBfPHCeEHjDNicEUEGByYvAqx237ixXBjlQdp5ao/wupBjt8Cte5A2G0aCoGBhjfbYydrnCopvzHcmV8VTwPXmZUtC1USRH8RtjvYkYa7XyFOLCEsFZ16BWlrRWswWXPhIUgYdcaL83aL2+5Er707axsvf61zx5Yc95J6gvyn6kvZOk8xDb6LqzVXDfLLJplFs0yi2aZRX/rzKKjxWeeD69Ae7hcdoPu/n5Od98To2FyjUfwLynhCmaDu1LmwTgYJD3Rja3/ez3LIpELi2AczAPK4/QEyTVpr3EwAsqgBOoJTwyWhzm57PPY+wm3GUe5hEErI5wRLl2P81/jIB8mw1DKAZSV3hBZ7NDbqAXLpkl+YgpGwVXyalkuM72XuWKuQ+1cH6yxa+Q3TuhrnSGu5V5IbjUOo6A/XOpmepBDJWWbETY1TM72RsO0wAY+mVf0KZIyh1rBviIBzXk/vFqeDBJmeK+5Fl22e+RZ7mMwXI7jEaJe+lDsjKnJTegIMTjLK4HlbgtozfmoIyRlDk7nFt/iaPxZnh0NCSvccd9L7AZBT0xyY0GF7vA34rgIf9XwrRfOeKZ+HCnp7s37kidyYRTn1KXk3o4dq1HyCrgSRkMMroCOohSe9AcBeQSvuXZ9XCcpV3K0vJJn4QqY/b0lXyHHSGrXzuxokW6bvNJxMARGgA8DnJHOBM5UkEAaZBSMlTYCHPqJBcz7aH1FH0aKeDCaF9WwoTYQKdEDRokYDBdniOuEhsFQRjmR0BVGiwoR5wwu62FfLSqE7dE4sQ9IaAYCNkACxgsJ1zMaMFy0gjI4mK0KksUbRB5MElUwUdwoKnkmbhI3Cwm3iBuC+9tDdxgnac7L5clwuzgf+vEKfAbGy9mOz7skWQpPwlNwJdj7Qi9ysX+9TOf0dQW6ZyBLsUWjaCTpfgEOnAEe/IsYMz0fcmrm2kossUmOY+TExroL4BvGLrsCzdxqluWxQGjRS24eP0n6fziMAAfWudeCD0MhCsO4hRdhgsyr1T7lzZDP5rjjZAHP2hB4mHNFjhfUu7niFn5urmOfokxcax1lytuV7jMwTg5w7hdN4Are2erDhxBlaesBN8gWNe98FqIwUXbzy4C4jKaLdG8oOyOtW+LQhq/eKCulJ7Y/9pPBEzsz8p7Y2riPg+V+GVSDJ+zonMlW5uFOrqD+kEdMumRH5yLUhZ44E/7BT+XDvV4cDhSkS+kNJGX3ejRfDlwbzNNwXj3hXH2Y0Yrtkw/PBvoz/cuWbabntZLntVJmzqwnMud1XMas0kxWbmUmYzyXnjgBJvFs0tsy55KeHQd5YHsRzmVmD2k+Hw3GLRHc1wZulBKWifT4WX1vcybST78Cjzjj5U0yj/VZjO8qCXKJXuT88HzWce9DC2cv1ob5fCfluJcEf70Pe8Gb28iDrJ35aJ/JC3agzDfRM9/Cd6zbq4P+0rsbgoCJEHG+EAeJ8LpthTw8yuyJCJtbWu3kuvMgCrlws5wsx7HclbDPLZn9tQe0lEM226V6wEku3fOV2w9Iw/aDDnClLGVJ6QHD4RY5EKwXR3tRGT9zq+zuflbzjZ14fyVslN52m+zB1qnHK3B6kNl2uSvhbKBYiV0pn8HD3o2uHQPadT6DPDiJ//oCvoS3nY8I82LJtLrvdvk25MF656Kt+OSxWmNSAlOkhGqfvIhutbzzgQECc7AnYCh7o5+IAlAQhU3whrPCk1BfPOKIIOOc5oHanclf8Hc4VJwmIqIfPCBmOD70h4iY4eQFvZPcVxqPa2A83CEPCHyQdLtTQEMrl/ytf7C9aRhzXuXZ531Y4XtsP9YX/2K+KNsq6QvCbf8g8jLaojEYClMl4e7FzjvCYiKJYC+2Y5opi7LmXwXMgNIPLoAzxMMgvYvgBWjB99i87SGBHZjpGZSwpxEN2ic//BbKoHNoPslDKQ28fTv6LVhO0llANi8vkSHNXaGAvbfNR+siOEPs69neDKkZq/6QHg0a4Z0ftxij9TRi0+Q3Th+WgE8C/VoG09mGIx2ypf1mNTfdR21tcH3XnhEZGsz0OpGAvoH3MwTulNHgO98RNr/3LrlBvCMOr6e5X+1hpqSzOM87TT1aW/SbfTa0pidDN7bFb3EK4ACvG7T0SKs1YIRglmwC5zq001DLM+UJgT/scQuzZScvj1ukr/vSK3RpDwo1i+1V2o5LQLcgA7kr64SU/Myx96wIRnCUsKva7phLnfEUmXHfhLRFGIN9ZLeabOv3OcK2M296keehhUNrse6eZr6liVMWfPssuRHeEZSVOgRaB3LQA74Sgud1gyBp7cc9t3PtgwMFsBG6ZeCYBTCH+YB8uNyNwb3sj8wO5m2mJBRnrrSSn/BbBNIwwHmRJZbklX6hcyBpmRW8Rqn/NmbFWSwZSNKmGiTpMC+NJO3C68s+RVHHL/z75P0yzPKjeOgDkrxiFA3Za1DCh8NrVrmGOMfwrAY80mvPHu9ypwf0z9BMbcATR3kJaOBSD4aIP3pHexL+5EWCPtO5MiPCeHsTRpRiQfuD3ffgUf4aIZqJB+XWsKTMLLmL4DHw+V9z3Wp4SIb5Zw/LpoyTPSR7CToJdD985bwPhBt18igK2qwGRSgR8yS1KJwCuAJioqP4p5gv/y0XuJ2E/SLyCtM6oZNIenR3NXQUGij/pCEskJ15jhbIXKh0rU1AuSALpOanZSDZ4TXbGp3QWCi7CPJGpgQ+GH2nvU7+PllwCwKrPVwrmsd6gfQ5Z7Yr27u0vitl+EXnw0x3lkto9wLZQSySPvxZkNf3KFtUM93FshMskfPECrjRtf9eInvAY7IfdBQh0kFf0knQ28+EpVIGuTiEYcRhgVy22Yh1EpkjkPld+7h2nI52KSJYZnGxnEUsW59H8vj5F9wpbgJaiUE5Nvu9fvDd9tvoywjPmRF53zlf5sNRbgK+iEigu2PgeBSZvS5p2Z7zoJmgpx6UEubJ+0UjOMU7yXlZUEx/vnhc1udsQt49/feAetFM/FPQG+1o03WSiGYiKvKgvugKTSAhyCpuwohLK0iKxnBI4HntydFamhMr87bdvBob4wlpveZqOMGxCE4MNnq0ezSDNFJD9+wi7OpsDlE4APKgsTgGdhV5YjchYXdul2a7DeSL5iChiSDslThN9+Tvekpm4q8RsH3fM2BKpFj3cinhULdKEg5Mz5XCIQFuTHjd3qIaoqI256LkVmrQJBGBXp4PUZHmX3xalsIz8hTvfRHqhgLIF393GkIJXAeaT/o+K9cDneaulivlKvm8zIN8Qf51+p59RXjPC/JFWQAfgh/cMwEa8k46BOZltLRaviRXcY56+opf8/fL8kPo5Lws1zivyFWyUUYfXw323dPEG4G98BghJfz7QHhNUpbO6zKPTlrxbJ7gvynJqn9NEuJYAmsk3ZfP6IDVtVcyzv2WTMDu/lr3M5/yG9fK2qjoIMYdB4s0tnlakKlvsc3xcJUIsUxrCzTlPaG7uFfkc+6btVo7sMeRnjF6ywDvRfinqIbuohR6ijxoKnqJGLzgnhLgidSmxb67c5uni3dkPv/Lhx5baZ+ssHflJWKqiMJlgTyid5nwoZW4UPQXPlwuEvA27wVni0JxjoiIczmX6ggxDPKgiOOkvUWM49Pr5BligFcS5MwVwMHcn6jXSSTgPRnKpvUHEl4J215DgN5t7cGzxfvyA/mhXC9J+38gK8RZwod1vKLawLEO7cZOhi9j94+VXhSuhIYwzrG7dALug8lwidDc8pXgMzJq9VM7Ph39kcyrOQXAGaue4EiYff4+jk1Xw0qPdtaeMlcshcc4bi8D/FnAxzIGn0hacZ2Csx7l7PtnIpMJGAWEUyXgcpme67N4Xnp6efBV5J9iR+bwP5HT+X+/jXwXoad8fv70jHbi0ENsjOTDpgjkityvIqPFBKDzSgP8lpFr3NNygf1gAS5bm1Xi/4Jd+BnxrJBwVK6A8UE2FO0zy8VekWv5zGCbyDB/Uq6E/d0I3OWUQfpvsorejm6Zz0I7BOkTCdpLeJnxvr0idP3CHIowUgsrBI0W9fOp5ACvAI6MqHo+rHEpdnKivzw5POKADw94eXBg7Dnvc68qmWA23M5RHz7xBKzMfTqZCKoWHOTlQ3NvIrOXt859JilhH5f+ftx71zs5Ss8d4e0FzybpqeeSORz1eCo5BPrDc4J0LPh58FTywNgQjtY057yQp5I3Rw4TK5IXOyscilb8NceH6uRIn+4by78f+L0tXuGuc1YmC+B69pPuh2NgpogwcvlU8kLWqxUusULuEpnIv1K+loSrYmNhPKxKRuENeD45SbyQfDFZIZaK/RwaqT/xnjEB8qOki45hlnZatSeyl9IZ7nBXOyWceZ8ZUU3PuWR7ttJrDw1Zi1Kb3X16bnQNpzDJztOcUfJnKM04L/G0GCSfFqWMqGb2IJ0HVzuKO1im84LOEJpzgwo4G+hpYbOB3qw3XYzk3J/Vyczsn+rgrswMoCHbQFjpbRMdG9lrtFnuC1ngDlAOHsW4yUt43qFv8aEfR9Ir2WKtdjxXwgXelzGyeL+MNeB8I3s2y377EDhPDsjAUyS0hiPdPBj//chXRPJhhj8mOJF1QE4B542tZHTk63oHcV7K/0E10MzQKZ3pcHxuWc0ZOurL+u+tp0FuE2jDMcWLQcAbEOZW9YFG/N8hm0XJ6cvsqrUxO9tWV85kz4Nn4Fm4X1ivmmKWvYMsqEOdKhG2MFacmmt/oRgOzcjTtTAkqi9Bb6Z19j685RDa31c04my39sHIdICnBeFP58nWcIGgfOooj+wxjEq97PwlyNCmkSyAm92Xki8nJwZ3aPb+023Ys383OLu5DaEf52avYFnuD9PhlaQIzvXZZ0sg7HntUaF3THaroU/O1lv83IlzxhuN3i25EvbyCljaDxT0peSH25y4A2MyyGYqgM+dY+BzZ0Uwo587dn3Q2yu99+Fzb69aOYLWP/nc2ROkV8B76qvJBEDNXNsn6Z4+OVuuVevnnVlT1SKUtK1J2YlOc85GD3tDvbf9tpHabx0Jr0C1Q/quAO6One1S7HCD9RZ5v32D6yVQlJH6Rn7j5t6iH+iVxZCERrALo3IX1+S5PS3O5LNiEtb4jYF4ww9nzb5rzZ15sBt5lVEl8jJOj+Vx1sLZslD6kAcHRPIYoR0ImVb2nsGbyVImG7mR2BuaQRjNbMc5NeG+aE/fXeVNF6/wexflhlosBge7lV4rRn0aijw4GDYFNvvJfn1B1oI9WUZv2jJ3wedY6W4iDwz3OgaNch+oqYhzMthcTgdicC88AA/CQyChXm5e0J6X8xBQNLoaHuJI5jwQMB8k/JszGx7hGhvUyzAqChA+GSI4x0XzxD3yuOjOoTYDIyQT9DVNnK484t0ydIbFZsbXSGwJdKuFhVRnaIEQ/4gE+Mdx0RAFOi6aRoDo3r2EgANjy32rjbee85Hpp8fY2roIzodmjGb5QsgY5Ls0h33hX/Ba8vWkXzOPPmvAmaIRvOmKjCtnCPJ3ro/UD3w38tXSmR6hpx9XbyTr8vXTUuu4NmOk3PPhXudkb69YgWgqdhPhzkrZ5mlb3kbhH3IK+DRPW29WlEbS7mJdxQqW2C/dAkAvD4bndBdNY+lnJcuk9QRK+GqCWyQ+6jAyWyoPZcSlk5eAgpzrfbJs8jg7wg+yJ7bME6ntOVhrkuxmv8YapDzaXg791VR85q/LJQuTNEmCNUs02NPsKbuKiOYKHZ1hPWzaVAabNpFtRlJFlqtfS2+F9tqbSfvvMwRlTu5BEdXIXpGDRFqbUZy+2Dszdlz07Nynkj5c64+HYb61HO0JWvprTbLfZvWWVouWnGX2kkN2TAQIM6l9ba3bkpGvMCNlrVvGUYEEtITj4/04Ny4WxLR9uNGpT7u0SNd2SturofVAOW3X+yUwGVpCm/gStwWMhZZwPWPSPeBz0QJasr/RFQ4LsomsD3CLPJfP27+VtK2syqXnS4MTcCc4CY/GlarSUHbCIJdOMV3stoQ4ELov4SDf8UuhJewP+dAPbvJu8sg+7ussdwfJg+IOjIZ+cHi8k2Nzrw6KU6TpRY450QmillAGr0EeDOcoQVTQE6MCTy0GB8XfTp7f0GZLk1WWgMPjdL0l5HNVKAFXO1OhvtOSM7bvq7c2+U7y3eS6pA+7y8GyJduvU6ExtHKm8h19YhK+BC9Hwn1+K1juS3gvSXkT9MW0cw0XQz3K35hBucSCGNLrB7MzRNI9ZE0OF40hBn+JSegftdHpwa6A552WQYyjmnMh6suWwZO01vvBd+54uEq+n7R9+iBJX07z8rzjcybAh0naG2n8/CA/Q0BLjih95th2rpHDBb3/2Bw6z7PMLYGR0a41K8fyxdP+vD55cyTOeAvVuKoQQ4JY/ZCaWH3J99+ZzojPjNeH2F3d8foBTgLqitd/lKSMknTUXsIuUapxIODjJLWw1pVwGyRgZTQP7o3m2fGWHlemukF+khwTlXBE9JxAlsbBOAglaZh83rH1sxpx/pgdv8bQD2hErw9qaZ0hjnfoRASdhNndo1UcEZ472pPQ2LuHdRxFfGh2NLeV4PVBPsowsc4hyw2iZTw6El7LJQuzf1RC5xjVrqJ8MvqlFGY4BbAo92+uzUWjeR8uPxcSlvDKIA1/i3MPz96nSQl53ki5nP2Vz5ISPk/SnB8kWkA/IEmnr1ju7slfSSNaAN0jR8UPdq0esKcL6T7yR0bJaf50/05/IIwOouid+QzIg/5Dfrn3MOPF8/z5vs9a499+Hix0cr3HONLcQNDp1Ed8OpdK8rXQbwifQ0NoA7c7A+FRn+zOxf4YSat1f5dGtkfuvs4Xyc7eKebL5FdJCWOD/o7nE//fRSV8naSZoOhyIy+dURLj8V3ihtJPlv1tbIHTbk1RxOedcdLq4otrTgkuE1b3WM1j4GQoZc1IZwAoe6ClSMd2XPc2jpI70JKtT5qBSmnRpRIeN8KrNySfiUqum9WST71I+CZJpw/CMST901TY9+W7Ca8U6NwWPRs+qcFAF+4F9fp1cPx1Tvq7ovw1i3Lr+pJo7qN8qo2098uCMvTJX7IZEKRVJJAnvys/cTFEBFke4xmXpu8hfS1ZtsNoateMaKT1k153XgfqEX1xC9bVX9bsA7ODXvi8Wt7j7N7r5HQ4JEdAZY21Ht5vc683sF6lDDB6L1X7+w9nYpMOetB7A0Y4PmT2j55ZmdsIOkclfMR+kx3NaviTtNcoX8hmXdnZiThdYvnQEhoGem08NBCfgYQ/577n5dU8L+E/SVo99hnSaK8KwWMwWdJoVMJ6RwYZrbSLRdmWJt+BbBrqu+S1fi/vLj5fobXcz6Fx6xfMG927wWkJL8IiPj97cU2u862SZtzuooTt0fM2X9LWEcyDs3KPhTL4Nkk24UyH+tolkAqf76xwzgTK0M6D75KCpbGRtLtWm/jtku7LxSbwiCNhoksxcifwAZa7VIfEjsKn/l3S9uEtWRKMzQnQPaeVuDEmYGOyhDV2SxgP9eUeDu1ko7wyGA8S9nCOibSAO/ic8G283ui+sH8DHHoTSTr5BJuSMc79fix3CnzM9gS9h9ZYM9E4txHL28DgWbKKCYegNj8X1GfbMlmCn0YkbGTp6O2GNnNt28QP8DSKc+0mbCbGEpkHzcX5wka7qmGXnBUZ7+sgLJ55m3u/G85ZS5gp+sEjjs++jLWLymosKPKv7K7axKFdtxqaCbI5fSgRu+dS7+Z6L7idRLjfh2s6wXtJAZwoOnLPXnTPY5+0JWvZAugo3o88JO13UKRrILyfa2MudiR8XhPpUQqrS1TDC66G+71nYJlvTzD4gc/4oLT59WHkf23QB5I1sgpr59Rbz3TrefX2t8e9UyEmdgOZ4bXOk3Poi1nujo9TrCXG0ZQY7APN2D/t5Fv/1Lb2pDwQZopuvs85Ig25n60gHw4OfE/rh5INcGiAsbbj7yRJeCWwXGVQxS0WeFLkrdb2UaluxpViatTi5rS6Zzn9YKVnZaYRnwuLwx/YZgrXBY1MDPYSL/st4U1naa4PH8izAul4TdgTws3jdlb/7WyStq10S+l2PnPe+3/2rjzAiuLoV/fM9Jtj3+6yO/N6Bp8+BIMiyI0oSqISI0GQY1nBJIio8UZgBVwxirorKIIicoqQYFSOAIph5VRQUCGI0ex64H0EEBETxOPTkOWzqmfeewsLAlFjkv1DfDvT3dNd3V1dVb/qKphr4/5Wu0yPGfCY8SeOfLJQH4r+8VzxHbz/ibcj8QYqnm0mf1VH3jXPxtkC2QDwDLkeBhIqhv6vytsANZ4lsMDuJ5g8H+9+yD/YEWfbaDWAB/DkEXjjAseCOy9FM1QCJn8llPRwpaJ2m1lVvaEkhhwwDg3gelu14NC9OrV7U1CCe8POaBmaRNnwPPNHOkrNj4Sr95Esv4hsrwjcy5GuvkXbV0dXdkm1zpGGe3ssbNGyPRaaZ/nQKJ1ceSM8IrJ1oFv0ffWiW/TCtBSAc4T+Mkr/UHpncygyiuk59kcHA96jfYpeFmUhlSMallC5E9P3HbdoNxPvvSaMxvVbzWTF4Tc4oDfvh4TJlgn1pRLy71F3sgWUhDaRahBwF+9BmrPLxhuINOIZ9GGsOaDnpurbewz1I+Ux2p49Qh5e+KaCT806d5FH3sWbQwM6BzZqU/bqn4BVab/+TA83amgBU3xkvpDQHP4JnxIVlCzSBYbT1/bmI3hP6fA4SQOi7HfHQXC9bNT25RXH8/qW0pfm811c6Wnna2p+j7IifQxvYOeTRxXucDd90qXgtVhmhlFnRgtOAwv/juqhPKd0nmahFmjAfZCxb27RTo1vpNK67GSWQes46p/Ij2wYy2eCIcfmGDA2Z1siWsUfxvbV+NWzOo2/TuOv0/hR4xdyAt2K3k17SUARJMkrsjnZAnHkTTUHGjhzecevde/dcQNiUpVbqwt4g6S8qOQdB2U/GPuDth/ceUD7wfhvyX4w8Tu3H0w6bPuBadXZD74b+4HSKwrp93a6n6a+r+JGmVT/P0v/HwqGEGBKFT01YwMpTuu6qMPdAEdyjK4/jCNeNtXqDEmtGIS04XdGTZ4T3VvCM3Z3vHAvjoQrW8jfi71HrmwyrShOSaThYtSGw7XBqJHp9Fv56qc0lAoLs27Jq5lD7vRjS8mvUQwgxQkifiagDG7VNtLTKqKkAznMkg0cAbZMgiNxXnMkC7+HUkESGkBX/cHv1PYxp872UWf7qLN91Nk+/idtH+2cIrMjFJlxmSsnxVZ7S9x2zgK32o2ezdV9u9rNk8vd9ol8WU+2cdo6G3mRWSALpSv7OLPMI0Sl8CSWGgBHiN8ktuW95l6VGJg4JbEtL4D17mtukVnhPuQlZBsn+ut19z1dyjwbf7/Hp8du8Z5wXS9f5tm+nJ77jhvIHe5CNy59e4s7APCL03NdWWR2TkzPrS+PkPO8UtiWNx7ugnfcpHzKqxSl4HpHypZOvsQ2O8JRcqSXkinRQB4tG8pGchAUmcfIU+wfyYFent1Y3uy1dRZ7Q+otcI+Vx8km8niq9xfh2w96TWUzeYIcrTWXXQQ+bSF/JFtSG6qFPLtVjfrr2PGytWwj21K927R2VK+F7OCcKPPsDk7bRPsD1D5JFpknyw7yFHmq7CjbOj+WJ8ifyL3n4WYvJdZ4C9wi8ynvNIljrXBPl0XmPIZUXKqvd+OyUpwhN7mPux1hj9vW+Znn2wvdTrKtg3Rbwe6ClPjILTI3e6fLUljg/lQWmZ+7Z8oKdyebnnukrCeLzD7O62yJ+zO5Le8sOT33bGOZ11mmxM+lonWe3dJ5xy0y7/Ey393tdnB8u12ilXOi10UWmbML7vWwd9Nj1e7mghd4XwvLLXLPll3lDjcl3naxp22dbuE8Y5vnyO6yB9V4yOspi2G+d1QiJfqZRWZK9JIL3CLZ19rhtnR6y9do3otlSsxxK1zswwZ3W55vnyvz7Ar3VqLCJhdrnZL4q3uEaOP2kYp+u92xXlunrzxP/kLm2bvdtk6lODL2Szk917d/JfPs6bn95Pmyv7xATs8dIC+UF8mWzpFypPdLebEshV/LPPsSmRKXysskfuPHicvlHnd67rVwhfTtK2WFWwpXySLzx4mB0vGwV/j7r+6zOXl2lfaVNbvgapkS13h5dkp0SuxxWzoNxAc510KRifVwrsd6a9znvDx7kBwsm3rYtyKzrfNbr4OTEqvc07wh0k+UyCLz8npqZVwjse5piY/dOK2miJ6+PVQWmcNkSgyXrtcngXvrWrmal8rj+R4X67Z0Kt0LvetkV2+EvN0zvWr3evkbeYOscG+UI2U7x7dvkm2dPs4DuuIN7RM3y63sFtlZ5tllEvckvo/Lpt4RgnlF5ngol2rEao20dZp7t8pR8ggxDfa45ydWudvyBhbiXO5017vtnE1uW2e0jMtRYt+WsH7U4v7aOT9xmzzF7pxo6uFIsMW41L2oLd3b5G7Le92rdmfq2B4+TwnhTc9NGTjLNySKzNtpDvPsMTIlkJMscGcX9Et0cO6QReZYagV7gDVbOuu8cfJO4g2f8vUuttgtpIBv35Wm+dvuDhfrjRKjZSmo9xvclk4vWQr4rfFyudbWaefcHdYdLd92fTvq5znygvB5N7nB3ex28E7xNrinehNC6mDNtXpmJJPhHnmUV5CLVJ8oJ8lS4N5k+WzOHurDJvdj9245RbZxWjrSmCqvtLHmQld4ReY6LydnYvxq7/zENNjtVrvT5L2yqce8rd50eZ8sMivFDDk9F1vc4HY3LknMlL0Sv5WbqN0r7d9RLz92r7SXuvjsbhn3fuXh+J7w2jhL3CttnLW4HOlhm3hGbPVmybh3v9ztlsJW7/dyj7vQfUD69oNUMyUWug/JlNiSntmtXvPElfbsfb6TZ8+R2/JwbAvduXK2nCfPT6g5Uq3g6triZnowRt7iLXDnfN2TP8hS6OAsdC9O4Bg7c2x5Ps0AlkTKb/Yq3VJYILflLZSBty3vYbmavwjlEqleDCd65bLCfYRogKW35Y2ms64jafCL5KMyz+5PNNjotnF8+3l3hbvSLYWUWM017URvs1vh9vP6WkXmexxXy+WJHe4SNy5X83VspztF4K5QO2J6rlrNC9xK0SrW1/qjXO8uluvdCjk99zF5odfWKZaKv33srvfyvE3ue3pKFMsk8fklcqnc4G5yo7/f5ad8vW4q5Edh60ihhW4TD/twjvTtUsDn7ZxZYqG7TOJ3l8s8b6G72lshXQ/5plq5Fe5vtSJzcwHyV5stdH8W2+TiabFSPi5L0f9cf0K+6K53R8s+zipZ5e10IzogBaaIFe5wDyk9Wq6W7+kdnNO9J+UAuZq/z5+SHZw1Ms9eK+cL9Rv7s9zFXxXuWazIxNZU76M2OzhTxKNiLZV8WrZPnJT4VZrCKdE0EVE5kEhnXAk4C8/QPn1Wqhk852suirO42/2xh+fZhZ4qeaI3y1sn8+wTPdUe0gQ59bWgZtS318tncza5f9qrne7eBont+PZwud7d4E7PfU4i1/XtjXKH+7G7wd3lTs99Xv5Z3uRFe7S+heXn0NgWuB+613j49DTvt9oL0vVelL69GU5JqO/2cf4i2ziVskriCfeS3OC+TOugg6PaDteD3dTb7DJaJSnxytdnFe6lDW5b51UqjT15l1e4m6Rvd3Beo39flxtc/P8lsq3zBp3/vv2mbOm8JfHccuVud6RX4Q7x8FR/Ww5KpMRNXpG5hHjnL73BHvb+HbnZ/Vu9B70is1j69ivSt/G7ReYJGp4I6ttIjQVuB+c117d/43Vw3qX1dpSFf78np+eu1ds6md9VEv8qMt+Xvj3b8O2/Ui/fk5vdLe48pji3KnERUa2DUynWpSmJ5WbqyCuiU3SzLDK3SJNtlVVepdfBOSUxPfa2W2Q+7s7UcVXjSlvqfiCLzHMTK9wGFko4b9I51DmhvhP9VSXzPPVkG8muV9H3t+UNAkXdPFvNxRSSkrHcMFqFlt7dM9mHcoN7gbeQVsjlXrSTj/N8O+r7djk993zadbq3we0L03P/Zu+7Aj+SSto7zZvHatbcQdRWvBdPKnUml8tt0MZ53F2qfyxbOn0Sal2fn/jb11LPEd7fZV8L+YXiAfgLOUBm1xeZD3nrXVzvuAf7OHdI19spucizR+t5dhsH13Nzr4V3caKtg9/CHixwPyEOu0u63qdSnYjzvNG5n4Vy5Ofh+v1CtnT+L3xbCqckviS6PWS/p38lffsfUp23i9zHvNnubjk6t62Tl4Nvi8x/yum5KF1Vh7TYI9VqBL86nH2kWiQX695Ij/ncTwnuaf70XEWDDO2U3PDvp5vuHRzldO/boJ3uL9Wn50rD8BXtisG3hb/QxXMeqYfjWuSWwsPebDpZf0cy9Bo35jf1FrpKNjwz0Stm+pZveqhzHcOjUSmK4hpe4KJsstAdD+d5KI8q7ewYnqE+yjRNa63PPds/UM1o3tTz1Xyd4fhSLhORLIby1AI3I6dFzze7c0gLGSUWuB972/JQu7wW9rg5PtYohrhfZOb6VV6en2fn+1vc2QXFUOHW81E6VOuqc0LxQfWNUhgcL/Ar3M4J1SpKpop+efYSNzpPjk3gGbWaPypWCtRm1upKm1K6sHoy0jtfRw2nmywylWQ5Ut/kVrgpUeg3YuuoHs4Y0mC8zMzXAlfJ/5nW1Izl2a6fK9e7no+9qRQJ/wjROXF3ok9C+j61gn1/Em7yFrmz3cDf4I6VRWZ9/8/eKTZKdEd4LZ2FXtTqEf6zOYqGF3kpMd+91Mu8w54p3pVMt4ttHukf5af8DW4D3/Uy/VvvdiOdYXru0X6e3dCPZP2UOCqB534jf5bX0jnGn11wg3eid6VUFoAf+bW3sJq/xbsbi+JzbJQLZhc09js4T3rNPXVOV7iV4li/yDzO9+0m/kAPd3cPC3u6LSyBNCoyj/eXuJfEiszuBuoVefa1gHLeRhfr4JfUXz2sEZL5vt3ULwWUZpv5KElt9k7wsVUsh+VnFzT32zgV7mo34gK73ZbOl/pcu8hEze9jerbAVd9F/QdLtk8g3VBv3u3OLmjht3Fa+q18XPeKj2Hrav/julInA56trf3HXeQ5iiM87bXxkYaboa2fEigjR71cHsqwoTzGuWjnbzPVOYlcEWXE1fxDc3FIl9kFW70T/dlpGWYVb+8fIXYyJTkqnoH7IjppT/Ir3JN9Nd4vvSKzg4+0P8Vf7/ZxkonG1NdT/Tz7Zu8Wr6Nf4f7Y/5AsQ+tDaqC1wPV+4j8pOzibw/2zyH3KXeOe5ve1OjjHJfK8SWx67un+GX5KdPKbJ37qb3DP9IvM9olVXEmK0+j9z/wN7lm+b3f2cUxz6MxN5CLtfu6rctfJW7xS6OIjdc72ZxPHmZ672+vq59mzqI3a67d0OvNuPu6YNs7HNK5z/A1uim1yV3rd/SITOSv+fxifXdDD7+6jVIh/lxuoERaZPf1efpHf20+xJh7qeq2h2O9rnUt7BrWbv9kJb6Hbxz8W8uzZBX392e5rRMNI/1jNR+ubC5amJeo2ZB84z0erxS/8PHuEp3SpCvcFt4PzSx/7vMi9T84OJb08G///E/gV7bB+vp9Aqe98PyVOM337Gde3+/toe0GJHqV7ZXtZ4l7gH7wFBuXGSjHKKwXUFM6Xt3gD/Av9onCuUReZ613kb3JPdC72I5vKr/32ictllXeJ/wbJVqVwJcmNi9xL/dlukXm673rtvTzb9S7zl4Wam2+LRJEZS5iJNSRdFpnnyNG5Skd+x1WcNC5XeHkk5x+biLSyVVnUw3lf4F7uKztLROXTvC3u5oKfehvchok2zrkJPL+x7jI7z87zTvOWuZsLdrhHiCv8uW6Vh3a9UrjSv8rf4BboHZyBvmplkXu1P9uNvjHI9+3BPo5piH+a18PAX9K73DC9lCjxkS559hHiDv0a3yerzVC/pXO5xOfDarRXZCJ3jvqGbS9yh/uz3aN81O9eS3NIXNl/s1EPWuhe66M1dYOLcuoWNyozJdRkSv3N7uaCbXmjHPzauX5LZ7XWwbnON9lud4S/xr3efzZnW153T+0FnEdl/Yv40uyCMxKLvSLzpsRqbaRX6j2bo9azar2l39Gv8n5DXHSxe6J3hPDtG/zH3egJntBN/b7Wtrzm3ia3uRdxqS9DvTFjy7zR9+03eTT3I/3N7kPeCzLqk2/f5CupGmvhDM0uWODe7Pe1sMxpJp6oo+QtPp5glZ7ip2iRxHVf7V6XWM0X8zL/GKuD09wrMlsnVDuutzfXw69fmKgU5X6Reav/Gj0d5T+mjfZRRo/Hb6Ox4Gy+E+trnebd7uda2NLNZMdB7X6Mjz2r0lDvGys3uJcpPcLDHfkGw7m/w0cd/dmcUXIs8dBWJH32TZyXCLl17JH4OP89/frEszkdnN8kTGp7NX+S90nc6c+Nfwl3+cvc6bmd+SJXek+7SL3xvjrDfPtuX2lp2OZutyXRFsf8EJ/g4697/A1utfslTPSXeyi9otYzyX9DokVrsr/erRRT/Kk+cjO0QLwFFe608Okc2deqdu/1T5QpMd2fnnufXwoz/JbOTP+3fkvHt7+yfudPz53lt3Tu94vM3/ttnQf8ls6DfktnsnzIxxNstj/Hx51YZM7158XbOovJnlvtbnDRwoMj8u15fgcHn/za62EWmV+IPs4ffBwZPlFy+iL3woSSAeb7AxIoQe1yubfA72uhNQjLL/PG+n+II9UW+nn2w/5m91I2Si73HvE3uIv85S7yeVwpeFqjNTLhpcSb/NH0m/leuVzm1jc2uPOY6ynLzeyCO3zfvt1HKQZ7+rrn22vcP/qb3FVenj1S72ttcn+cuNJb7Pv2TV6FXwrz43vclGiR+EK08FT/I+2kFB7zl/hL/Wp3q7vBXegu8xux5f4G91P5OD1Z4i7z+zgriGad+Uq/pfN4KC19IZ7wM2VwTVlen0TfBNpVlPRR4RYlTvTq+8cllIyHtIu+i+dtm8QqH8vgfhce2aTiq/1o9fZ1Ojir/asST/qIbaz23/XUjnnK9+1fJdb4q90Ktyfg+8XSTKzm18Umyq0MW3EctG2i7N7XWuvn2Zd5qLWiJN3OiTv1yCaBCESF+7S/1GvrLPOVPexV9ysLJQHUPnSvjbPJzeA8z/hfiErxrK/07XX+2fZ6f3pue39kAtdn9OXdbn/5J3+Dv9C903vO3+hv9rYyxDZGyOf9IrOh38H5s4+lX/Bf9P/io5WnpYM4U6WP9vVBsqlX7faEv7rKKoSr62ypZKtqt3Nimbfca+OgHoLU7UmSC+6gnnCLXO7tLV+Z/mp+vb7VbcTy7Cr/JT/fiSiL6E2Fu9VF2ik5o8h82Uer7Ct+Srzqt3TOTGzyN7iv+bvd1/0vxBv+JrfQxp3xJlEq4aAO9xZxyVd9lE59+20f7bAvwjv+uz5aWN/z8+z3/TU5Wzj2/Tjvr75vb85qeYTcQrIi7pgKt0rb6n/w9Tm0zf/C+9AvMpvJHbDEbSg/hpZyEmsvt/uIrfSEHbDeHZbzkV+unwoWnA1btEmxroRcYgQjfEbZ9aCQovn92J7MW7B7tBSs0Bi8ylR0mj1sh/+B9bHfgv3N/7vfgu3047AxfgyTugedhYri84lvkLcRxuTH3IaIV2OU9Xsox1IZRkqOjYCtYMEuX7X6AWXXQjQce4EebHfBp/4e7Ww+gnyAbo2VQyHcE97YnRTbd3QZFLEYBkFT8SfDgC7aZ/5c3oI1tDBP3QXsOLY/DPFzvyaKqNowYCXfu4W9UcTP/dpwxP3Xrw1HxCgwKqdPNC/5FAcU40spnNmAfnohWKHnYkfAyEUnWegTiYjhm1CgFcI4liSfr3z4wh8II7VV3IbtTN2tfpWVgAlnavlwurChsViquzH0Mfw/H1H7h8lfSkWZHkERctQXVc7IjrCdlYML5zHMqNRB30O33S0ohTFaIcwmf0GcT3z6pT9BO4+NhQ465sI1YSNHT4W+5Kd2Ni+Ffib65DynY1bmr/ym2mnkQdDdFrCOxldG5e7nLdgXXK0F9J0fFXo8/MNnsNtHD9hmPMkngHp6HdjwT2bAP/1qfy5PwR4/yXZp2Ockz+UMIDCgj6V6fIuDq3QJDGIpjD0SFMKzFkasmUN+tM0pHxgPDJjJxnDlM3iWPiWMrIH+Is9auFuiDGsGNOBuGLdjuoH9agA7ZTn0hze4AMfSAlUa4084IECCBTblfMpQTQ8Y3K8Xwosc78m3YBez1Rx9pzMet1u0jxjugYa5nWkGrqxnBCZvSFkgu8AMbYuGkc/PJl8h9RX0r2ostjIVPdyivFj9+XiKFxFF1G2sNWIt2DTyllFx0fEr3VhLG70SRonsumplCMA29lcXqfAexS6tYE3CqArKiwnbq4aovWooA8xmfRmfqav44zJcTSnDgA/YGBN9qR+mnBFq7er0Hr+NLTjGOH6p3YzijkQxflVMnwxNt1JsOgu6sVIYpZdSfVx9c/lVMeyNTh7M3dhcPi7dF5VLa7YmQhq2o9g7GHmnBO6nFnrQSNbqo3RVAvG9RfUKclWsim4xEWznag2r9zpxv1ggjStt/N5FRhJycsbx+rAEpgHm7btLV3Faz+Jm0C0moLuB6+8aI0XR5d+lyKzYohVgC6rVK+2N5G+mkyfx50QDC9rT/r7SVjsT757sYa/C1ZxpeBOljKfgM368bgdxuIw7AUap+YiZHN/Eam3bgFcoPpRFmQFiQUO9BCr4EujPP/VzgsyXWOhF/opRDl/yFMVuvZp35qN0qeNqUrl3T2YNc9UNGKmnYFTCgPn2RED8LifMZlYY8rxrucofhjGQu7HiMP73IGHAuWFkXCudH5R0xBg+G8wxs997XPk6boVy2wJE7hqzKQLbUTcXvHD+s73rcLTxIEmrVnmbTkp85WfP4gTIDTDmF97xqK+/jvG74Ssf/9K1Kq5WO34jL4juX6D/1ixxGdfCcY2juFV9iAfewL8IZ4xRjok9YY4imyKZl8E//e0UzcSlp90YeuO1YI1ZZsxTRH5g0Lt68EAYAesYY4aOWN0KfhYz4G6YL/BXIXln2jyKF6726FWUFaRbjRYfFXeDKt2EMsDebSJNXZaharSrLKJ6JqdwYZhxTfW2BFraVUTFEaCkAYs835GOnDJ1RnnJt5B3qsWSNbKZr4ptCnMBqvYwSutONlyOIK/C0XCy+J1jssFchPHHn5cvx1LUq/oW+nRxqoWRVBn9tqBeoPrxhp6EzRCHKdBCWxVbTLulIGCwGHO7B7eiHzlErWbPvcqPib8nwlf+4Fh9LsANsAz6+uHzKu4FDBLBGTFBpwzyccW3ZFAIfmDAB1YJTMR2WUQL2ztSJGmVmtAQjg45749zTgrfqy+doAnYzV/kESXVXI9g6F19EnwIR1n45dtgrR7le1urjw8lhovgYrgUBNwWtjiPqd0c5bjEbHZNwcqiV1Rypq5KuvS9mXyh14I9ylSGTOzzTJ32NM3cLn2G3sB6k3xM0eM5h76eBPUk6sv1hgFXp9f8s2xQFu2MGrRW5VNOf1AZIDFiuAC1CtDnWcD56RmaQD5yWHMtU6NIaTiOfroqg3ftOnD8Jkau66azvVYa4nNJsCAX5rEMFfrpq2PRN1SU8+jUQ3qU20t1vPGNJ9bFTK1jjA4jtLK0T/aWrN1OcUQpT3sp4E4vSO86xJgMwPg7JaDit5bAeUydg/i9fPg78c+fGyfqrXkQKAkN315KpybeMfkky1fYhofhWoarexJJWB9zjEC8wlHnI/pWN7dVVOJnyWO2mkaPp7JaexW8OD3zmTYLKfJgIZVrCA9pjdJx5y5mW0Q21VSZfwfFqr+BZtXfItUQi0uCFUhDUa0zXGMU0+kctbiF4siivFdu43N18/M9isn1GUcZzfTPi2EPjuEd0+PIrNYolp7K8KLudyi6YfmaFB9MUTX3bscCjCh+MPWrQ5kG3yAqhxrbMhHJTigLxaya8lTEyZPh3+oLURR7HH+PULrtDPUDjB/agnWiuGCXcTyDR1AeSZVxaQ7xTb3GakP9r9yOvn7E15JxQ60w9JHGp1HEv0K6A4MZzKIzDNE67CXyQnXPRf31KUWZykiGHmBO9BU8lruOyuNcFpIkGM1kfrp81I6aSYOihjNoQ7eMS6AhJIMW7E24OzHAupj5PrayFo4I0BcaMzDo6ZPjXU21tQuODFgkNUG5jVEFW8FNsXc1nL+I6ySpJdWOul/3pBb1JUl9Q3nzMZIb3mYoiR+bODbRgh0VqK+t50WkrW/kNpTb+9ZDFK6L0d2YY2diz23RGvtK7poBfzKa+AJ6WN0NJW09grJDeO6M+VpmuiSWhGVZ0n0V1cC2q6CHpbiEmhVc8fPqnUf1j9DK7R4WlsLS3Y2GkAoKWINgrl0SU/0+C6IVMoZknta8B7RgS9lLejHsAaT3eawRTLYHwuVahjOpPC7RWlZ9KqEV1k7HkuW20laPDqL+tmCb07FlVQ+f0SdzlZsMKY94WwHbZmb2DmJtpxBPwhsau3IiSaEFW8U/hEi+xJ53YSdSZoLGcAKcnBNlRSiGhgHKL0q6OIu+fJTeKMD7bB+aitcVsPwwnuC98XHku352+lZMI7gxzLCAJ+wkloQT4BWzkLQbzREwRBzJsF/Yn2mUNek4KhGdGOjF34H4wck5SvZD7jXARJtPtdVUQznEhmprIjNgFqutLnrnr6V7B2qujgkEXMBOoKiaJ9DtIfy3BdzIT6Bf8xwB71pH6q7mwI8CBhewtizSq1y2vF7joCvxz7IwX01D+LvA76rxzgDkDKr0iUJlFEY8bQ8stbEWSr2FYBprclAyQivLn4x/sOlZWqwFR/P34HxnKFzLJfxCn0uxqD+xDTg2qCBO84URSQ83OPjuuEBZKxRV+5kogzeh3bqvrcIIbRWoWZHtwd/OolWAsZaPDzIyTSEYGlodbGjBBrEW7BXTgIVGHw1l4fWmWqkYp/Ikg0F/+CsI5MG2kqr/KlKAWeozcl8vOkeVNGxB/VDiGpGlD21RXA1WZVEK+fQWA3X1MqJlblrDxTsxTYM9dFunBFzM1w6InhnUclRuD2XFacFSzs2xFuzFeLNAwBb+BX+Zdjbehnreir5zKuWZxVrH2Wp0Z+kXxNSvRnC5EQdF4aWsIGZAC2bBHXpFuGP/GlJ/EBvmRy33h7Ug4IQg+oLKTaq+oPJGPUCSA0bjtyjzTjS25+AB+KNWCCpf4askGWzSu4aS5/J6NjhMnc6NgxRs5MkwToKR5ixtjFP0KlheD0uo9apamwFTIA5oX3RZEx9n1o5Vpf/GcTYPBgJGDxjDymAMsxjyly084jAqn0CLIAktA2wxEfYZZZ3OQtGAh6dBKTzKMGIDtuqGOtVpZhKeCk84lUcDuWDmXTF8AoiSHcuOsaLcAMWUgRTbzvCts2AF/IydwVAPbmRg7oiBrCvFOH5AV/qXAZ2hVXClyLXwrzNJR1+qNYQG0Ik1CrUsvAMTC08KNQ7MOTAFVsBYiGJVJtPaZQ5FTl4Cc/njlNkqW3bYIhAZu4ldzObGWweTEn+kKP9RTFRs+ZdxAcjrfgPqDMbZaxMwaEVjRFysFVTpSWgb4O38K9mXdIs/N+io99EETPYtUQjtAgEnBu2Dk0jr/wC6QDGcHNwSL4TpPj55QXQIfho7JTg1OMnoGPw4eND/SWDAacHpwRlBL3teXMWy7Q/XsRWQz02GGYx25vQwGXQK1O9kKB83BHXCNoKXKWY0xs/EOfhpcB3NAnK5TkG53QPvdet/iOOYnrINODM8ySu1LVpLcDQBa2yVp9OgvIb38hyMSYmr0VaUnczL7c58l1FuY7yNazUR6nsRXZGKK0I9sjNfSXaAcVlZQpfAz4JbtAf1+fFIkqw5khEag4vI9mgaAk7UG7EqXcBZwedQbke/GsLbrDNZJjrzhnS/vZz9PFCacJTzMlNaUqTkixmuiRW8JKaoWhxGCFUW1rMtA36vqeiix4d8Et+peFwsXWJB/FKu7EfP2SmQ+sa4ARvtzMq/iPbV+q854sZ4zzCKRZcAES91cwvrOo6iebWu5OMcw6DM7GGsFSeyop8dFELXIBliJj+hLEMol1QTb71HUxE8S2CjpXTZbsEr/FItimVbSHfE4iR3NNdPJhvtCjhe/5JVxs4JysjeXelHlmKlNdzPo5ti6ksL9fdIDr43/RxvCONdsWyJRaFXxZQVuYjlO4o+iB4gVqPidDBwJIPuQSH0CAT8n4n7qb6Jtp8OYct4TzFXTzhRLrdWoJ44sfs0zKn6tOlBM4w6GxiwkvUMltcrh3IWtYeUXkV345vJX7C5vIjiy1YwzPr6NmsNmLM0CYt5a6tcnxRT6NMWbW88Cvf5oSBSEZ5UzPbGk8ZDr2AEZQDYznb5hfBKHFcH0ghpEg8tmUXBwSBZUkcsqyzL4myl539SzIYlbjHFkp3E9uxJCfUfZq6qHaUaYu2NEvUOjpfFwblBW6dP4Nt9g2by34tQfe7XxKg6fgcY1UsWIlQ2SGgszjaUBSgbmSr81rGpb0aiymtgV4hL4ejP1DCnG+YwQUSKU/6QgJUAxv84eDzqFicZ2rO/W0TqYnZ4iBSHfRGpHDh4RKojaTAt2C905HMGlMmDxaO+CYn6xFH1962HI69g78G/B39SOSRqIlATDhl9yiBP23g28jRTj3CamsjThebeyNNjoCKsqL9us/eHQCHudKGJuNPeiNPrkEGFpDE0jN++N850IFzpNjsbV4rQJKrPpd5bUyv4eP284Gl2DGWJfpqhbRizd7xI0cXxTPPCG9C4636kPywOF1kqhF6h9sNCKbj4EJAl5PyK3xwaujTwe0aXfhHUhi2hZKU40wOMHRbC1BluNwyYZE6BbxNlQvrG2YFRpn0xpm0c+UIXiEoeGr5k5lRSezFLwIecwVKmMpCOhiU8gwBdaCo6CrLyHG+QBYsscsOYmoMyOJmNhq7sS781b6r9MhBwGu3ASnpeDv00VYcRT/xV0I9sCat4FLfiMVbfeqBWxAq1bpspjbs21Op5+9vGrFqwF7nidBfZEWJ1fvDvQqomw8EiVWtrIFXjWSt4N9Y1/HY2WtWMRXjVTQLxKoVQZaNVUV9e4d8OVqXW1PlZMzMBsjGqGBwsRoUS7N4YVQwOjFG9Cd8t4oLfSob2ntoQF4W1RGOfpU3/ei0/DFPgUNApHPc3o1MKGWhKJW2ewaaiKEoZiu0fn/q+qFV9EPSqPmyK6T7S4nXIRqZa0Sle80TKoFP4riY61TELncIzGdv5jGHW6b3RpMuIWyuNFkumstYy6s0lEGfjs2KdRLpqdquZGrXhXXt/4Zta/f7wqwMjViVhyzt4E61/gNJdWRixbX9oFZ5oFwS4vpFr/QyykScTZuoe/BnKADMfKsQK5ziqpWa4tnr4PFMzG7tC/GZf/Kp29CqDXE3Svxm5wvkcCgeHXikLdm0YllEDw0p+ZxhWd2P/GNahI1iZ1jPY1Rx+eNiVmqt2+oGwq+QhYFf7IlQOIVTKRntyTrNQ9q0NrUKrdYRXzdD3j1bti1Ul6YQ9GKQqG5lSyJNCnSIazWKo+zpUVp3aPzw0SqFQF9G8ro4fPAb1C/0z43DxJ8w89M34k7IyGFqEQDU1r+QrDoA/NY9/M/6kJO/a8Kdvwp0OBnNK401M4U0Dgm9GnBTatIOfpedCD0P93hdvyqBNO/ihoE0KaXpuL6zJCVGmJI9QHINQnHcLsWWVt+37QZsODWsyasWaIiQJ0aZ8uJ/vH2sS3zHWVHyQWNO/ijN9uyhThDFhHyKM6QO4MIjwpel+2TdiSw5gDjbElsxQh8jgSjPZweJKqJccGFd6xPh2cSXVysHiSpmRHByu9MtY7agSxirMRpSy8aQSkcxCkw6EIR1t1I4fGSD1rax8P1jRt4MTbeP/Gk70fWFEX+mt4KLgYjoH94cVJZxfB6rU4WNDM9n1/nUMMzlcEvzSujS4LMjgQj1hsrgk+HXOR/6wnP9+jOjy4GiMCuFdEYxL/C9jRSY8UIcV/UdhRVcGVwUDg89YI7hMJz2CD4upFf8GO1nDjJiTYlcHg4IOTmMT+XI5G2XX4Ut1+NIPA196mj2TLv1Muvw6tr/y7WMTKPPB7boqWWTsXXKlcX3s+0Ot9uz5X8at9uz5bpCrPXvqsKs67KoOu/rvxK5W8H1xK8wFgFkW8PzM1fK0Zmm0yaqByvxDulp0SmejMojJdOP/2TjWgVCsYqgQr3F1G2df+lUfkILVh0TDbxfZagdvsIPHtZQ0gFJQ+9ihYFzZ9Q4P78pu4VC+9p+Gg+3Z87+IhCn065tuc9UhYXVIWB0S9p+KhO3Zc/hY2J49dWjYN6Nhg4OaaNjgoA4Nq0PD6tCwOjTs8NCwPXt+mHjYpNgw/t90O2oY/++8H6VmRiFYNDeYuZVvZ121d1k25tUd8AxQ6Na7TKFbxfDbGOa93Mx75drg5WDMsWI8XUz8t39QRjfeOwLuKGU9agRTzS/AgHZ2HfpVd1OqDsn6X0Cy6m4/1d1+qkOQ6hCkOgTph48gHceKISZQI4hTvm60MO+LHx3sPahKUPiRk4UfKbwog3OgFIGWJOS9GXt+pN18ezhKr1yHONEKiGEEKYyyCWvhPmCwiCGluhjTwnV4VWjpRonXoLWM2kLX8LzBmNSONiTk2luAh28N6AgfQjlFwjs3diQfQtgR2YZ5bxutO0caR/JhsXvDpygZjCZ95m6Yoe/vy1bYemNNRSpmoY0TRxiNIxfmctxhSnqaSr9+qb+kqfjZ5TaWvw+iLO0ZfraaV9IXWpLdv5raj4Oi7ivMBg4pOJlkXyuMF3a/ruhL0betVbwkUPeuJsUMmBT7GN5gjTXVp5kaIiJKU50U60gzGp0qJvl/DzOLa6yEQmoBowJWAVrCaqtRd1+q7r5UHUpUhxLVoUR196Xq7kvVIUR1CFEdQlSHEO2LEP1Qb0gNMzI3pD6G/yZ06GP4X42ed4qtbGDRnai9b0AVwkNkPZpKtobXWCFMhnFp1CfKA4P7qblAeeCaoA4ZqkOGvltkSAQ/HGwI+3Iw6BCWOzA+pHJFRAhRl/1gQrnh6Y6l948PXUFUc2Cxnq31GyT3Yct1mE4dplOH6fznYTo41nkhhjKPHSqeg4hNhMEw2AnFxCf2RXmivE0HQnlQK65Def4bUJ7ollArwDPqvyneXe13hPZHvepDop9Ctq5I0+9Ggb9NevJN6NhWzgBvAnWFXUbGUodIAHL4uxNqZLirsF/YYpE2j0USi7Ldl6TnBG1o14cIRiGIYK2eqvGuwECPrRKaqR08mabKgWiiKIJfroISqILJNKahwVa6R4Q6au3rbVhQs9196RbF+kNU6SMWoU1q7WXwJtSF8e0VIRaFMkv22wy6VAiV/Fc8SXQr/4/FmHDWMngR0uLgcKYuRgZnUlSqrR4+PzicSeW6UutQ9+9OdAWUHb493ElhmlGekRZM1TdC6QrPl+tJgkVZc6KOa+1zQh4QkX2ZoeTeg6O9Njq36jCsOgyrDsOqw7DqMKw6DKsOw6rDsOowrDoM62AxrOHBtcEg56Kc0uC6YHgwIrg+GB6sYL1YRxjkVLKu3ITobyyJUZYKYZ222WEwOtGC9WKJOEZbMhlGF/tNMEj34HLuwS90A9Def0NwY3AFHwRDrF5sZFBIbeTDOZCE4cE7kA+fxJSlCp+noAOfCOexSI/oKJayFfQF5PwPEDJxPE+F+EwXGB7a628KOgLa67GNaTABbg5uCRLxskBAWTAqXm6O1cuDSXyGZcBn8Dne2oFbg/kcpaCZ/Gna0eNgajq/rWp9GnEhlO+reH14gQ0l+SvJxnEDPjFMVqJ/Glcn0gTd0CZAf2gFcZJyBhBH3mk+n9NUw3aUxDmN7OgO/DSGVvFqfRwbQXJcRzgLsp+XwI1CwAd8GhiwUD8zhvM3iOTW+0mbnVYDGcD6yL1XUP7Ne3kT1giKSTo1zFHB6GCywBLHW3j2Hcfnsbcgak9pttPo1HrbVn+vgjIYxxx4AArCvuE50UO0tE9m6oszqL18KAgljI48OkvQmncuGJALNkuBsjKvgGSso+gII0BAL7gteIPZFta/JvRyteD2QMB4GBNs53cE9wnEpND2noLPRJx6pygnIA6r6PxGzSGqFUXwaIQrk3pX+wgjq/qrfBOXcA4YsJR0LQm7oAQuMRiNVNm2GUuCT/LxS2RXmQYni4Zko9Bghp6CSkMLW8UzuRDGUI+rCZE4WUSzhXM1SygKcNDg6nSfYvB8aLWbFq4tNYZBbDFLwQswRfw+rKeHX3GgjTZDV8+y21GUuQwU4oFnUjfWjK8QOPuf6y71pyFxbGz1y7A8WlD/AbvgNZIX0Q+5mr4Tp6zyBlxFstFkmvnqWtaaILSqGFrpPcMnHu2Tp8wyGB4Y8ExOZMdSX5MwQSuB3SRxTOFq3CUwQqsOb/4w2kFnwTbeGYTB4FOWXR8lFBeKKdv8YF2tiAcF8nHMst0REOkZDQLujCXimA/2ZpbBZBqycoaWXJ7GOaIVfRVZ7F6AB+k0XWt3qNE7QV/eaKiWMjtjfjgvb9soEa0KaYzP7gcGs+B8DdfmqrQdL2rJg0bMIKvfC7COPRrmbf+rzWA3ndtOOPqJegu2iyEFTJgDBRxtEmMDA8YFSehrJGn943y9qN0ZKFtgfYsxtYMd+lI55SjNp79R5j8CfMhwLvwrCUdCEj6z85gBR1GMoByWA+JrOa8c2huRlJzZdQ4YhDtU8AaQTxL6tKw314CAHVzJ6yPhHFgPdwUC2sHjsQcIicmlkxl3LX6vA3FFQ0Oax0OeMZRobNKuQxm4FdRjA8J1ZUAxbCOtrRdJ9SNq8CROkijykSqyjrTTznaOstBeWhBK8WOhARQwGxrDsfAjkOw46Gp8ZWD/mlB7PqtPvKqbkYRzjMsZoocnEILSHAS0ANRwexiPsJ6GQRZ6jyWhDeyBBKsPbcHQCpiATdCedvHbkIIH6ObYtHDdCho3rpU3w3H/BSqhM+2un+u4UpqE+kJDyo6LOv6pYMAmHXWrAvYb1gSGMgNuYPXhJigj6736RhVweJYtE9lrGm8NvGwIOFtzoBsXMD5IhhYgxZ1XhhxwKOn5t8E9Ju477MtiuDu40hGQYyk7H1pVnjMmBClozzobHqBVSPGQdcyBKtjIsIV7SLbwLeT6KWgAR0Mb04Gf8SS8FO4bAS1YIz9ZYyXhv1hmYI0yyGVn25mShrZODA9WwCv8hthWptZCP/Z3kq2eZRczD0zoCS+w4/QUNNGxlybh3Aa0ZCjLoRbagKMkNzLWE5rrdyewhYZwBovDEXZXfSA4Wlc6p+4JcGZydXW7Y2E4UoesPornifDmx8TAZa2hKzsrnGds8QXQtIZwicbgaDYpWBPywU1wBvGpOfXWaQ40ceKwkavys51W9LQhlMHuBI53gFkKc+qdqTWCx+qVwSlsZb1CWFlveT2k7c0Mz/MjtcaaaqsztGDjYoXwRL3JFGfjJ45B1i2UILdxvAGCcuSUwIGJkISRTMB7OSgNTQ1+nXNp8JFfU66bGtQm190shgco1c2AYrjEVJKbAR/GruA1JbdvltuWwL5y23IzCfikR1gH9+7fRSt4yUimV0MiXgHXwBR42XDgngBPFFwdu2i/JOI/RMlvGrSOoXdC61hj4pSd4ee0//uxk8XLJq7FG+BIbteIw1aRllEUd5gGP1T5UZ2d04J7A8QvpwcG3BfMCNBuDvYizoDFhms/ZBlzp3aoMuZKli1fzuQn011/lNFUT/eWQDf9SzIoSqB/YwxwFR1YHi3/1uTRb0MaRclnICgkblp4it0W0nEqoLcJjqiK7H4Yi/rc2FZRBq3gDDgLRpB1OrtnkaSJEhl6QxVpZfACzBdoHUapCk/PR1iUS57xjmIEreGHrS9zVjIB8zQsgbe+HhTfl5y8JZSTs8sXw5cMx92VTo0zYBrZWi/j6DOoSqk99n/xJMwMPChJU74Q7oEhmg2TyGNhCvS1vrIK4bfBELJa/C64xFRSZGTTGaLlw+MxlHuGaDfZceLX3aEHtILV7AnWkb7/eOwS8zO2E6bQjb7DkebnpCVt9GyqXdrGFu9hSZQqgkf1Q5G+53wL0ndjrSqUsXyO+kCGnwzTs2XyVnBVHHWI3lZt0jli6idBqhb5PCObdxTfn2zeFxyWJAs4en3Wyen/2XL6GqLNCJjJ0dMuOpkOV1qvD3cHBsyqk9n/ZZk9kn0xHv3rvJIND/BOtkl87glAmyVKvQYoedhll5j92NFaIWA0IQ5nxHR4j+H5gjKtAavozvO7kIhje+QlGLb/IU9BrvaMgy2jlHq2/To3YA97wXqD4d87Y/cHL1gGvSuF3wcvWIVhOSVrX5GTkbbRa1pJ2jzcfWotOTSHw4MkcSwBS6A2SXoJ7NLRC7rIyMjMZ9s3i7tgAswhRKV9DmJNhj0e+jE8tx8mHo4+fcW0Fhg8ohcTsslh99dr4w74G0fKV3EB0wmzPFlHfGgQ3wW3iJM5tnwXKGlbydnY53KB8q4DO82hvBMI0LX+vCWk4KKYgAeCidCeYrhw2AwCBsWTgO3cKm77WrpHXz0BDwafxVpCGbxtPxTMDr7yBYw1sIwAw8BeboLbRFeYAOdAiWHAJ7ALFpMVvHUM6bML5rFdEGi/F8P4wclc2PYY0Y0J6E2SdrbsfYdA6bsYqvVt/EaBffiAY3mUvSdrKG/jX/tK3NU6nrPFxF1REomk77HiTI7jvDqtIcTgRdhXxj6HK7rgykP+NKlWybo39BDLtQPJ1b1hX6natnqTpHW/xsAQZdAGkKbZpziDdtCaxy3V3lCKtWWI0xiH09jpTOlGy9kDsI4dxxFDP4doMkX0BpQ/DTiTK7kTnyq504Xe8HeajVlUSqd3iFjvgt6E5NwrdkElYMwewidJTi2ndj3CeHAkWPJm7WO+C/D9YJgMv6fWzuTV1B6eZ131EsDxNeM2R8qjHIHf3gXIOVMQaLOEATeTFx4jDoc1UQ7sDWOhmrBhJQOeb6EUOD39/MHwW2otVoczj3pBP3ac3iyMHo00U998kh3HJJhOnFYj9n5GaD1UNH4HGCT03nu1+D6fBEjRVTTa22j+BZzJP2GqVfQrKiTJB30QOtP9E1z1imKGpmmMRRIKnuaF4TpyYNV3IKU4QPtSw2/3EQ3ZRlYGx7BsWSUqgZzsUOWUqK6SVXAFHJ6kcpR1sW5AtlRSs7//HhkF56U6nB1Be1zAbm3/Ugqu6kOXUdYZo2GZuDoLZVbUmpX2ku8NxfCwfi5pAQ1gJ+sDp0JzhhavpyFFsvw6AzWJpZriKzZ8CSNpBd8GY2EccPLRuh1uhzuxV9CNF6Z5F0rwHeF0OI+hdjESbgLUIqrgLOK/f9Rf05CnKX1P7fUBWhlGBIOVohJ6Q4U+El7VujIHxrL6UAw/Z12YgLMZypqbtHNoL6jdQzoieUA9po8Eh7j5V7oDc4IS8i/pTiNV6yEfjjYE3MIe0tQqybxBmcSj8/0sVgVrWT7MDd7iz7I5diU4oS8w3pUTsFC3uWpFYeGF4IgILZ9rKw7LQ7nuURbJdQ8hKm+UhXKdgOEBynZroLF2K89IdUht3Adof/gLrdBIzsvIeOgZNi68kZaR9AQMNJIkEWSkuXl2RnYz4Bknkt+mwLyAkSWsEBrryVCGWwFKimOEjjfVBTTTa5PhcLf1NW+x3koUQl9T3ZLoDHjnANHzvubpEK3xXHgrUQw9iZ99hPo4zXML7Ue8BzjQM5Smrg3iUEItNYC+Zj4sZqo2jrhUi8orKUp5vzTjrfVo/hVWWAw38Ex7eE6h5puCfmwMw68fzUyInibDb+K5jOPAfELDgz/YahUgdW9la6CMTu8xugdVYBA3bB4bAeXwMruihoSJct13L2MeSL6M5M9sGbMUvg8ZsxRuFpfT3w6clKa/6rmoMcOl9DeuvYWsNzD4iLyzGa3F08EDtHGocnjWmQy5Ia78u6jendzQeod1UvAXG9dEpsYt35GcW75fOffWw5BzbzskOXeMmApD+QSyGd8WPBS01dAq2Y/lh9zMg6OMu8hfBekvIB+mkqTZhKlxIqXGaerG4QBNSYMou/0haM09ujM2AOJwv8ATfg7UBwfu0A24hKMlHO0gLdgvAgN+zRlcy6dAf7rpOQ4uJwo2gvnolUKnQCF9zQs9XIdwpWtfYuLb9jkiLHGHwN6iByXe9ZNwFygbEvZV2cgmgrKR1Ydydo5mwIJgDkjdptoGeZO9BFPheAO5jbKRTYHt0Ixjr6aCspfVtI0hrSILGt7s5bHW3KB1hvakJ1gm2xhSC2PLrmLYy6l8KAyiu4q4AnEWlPQ1iGNPscT9Yg4gXdCGqVYXnniImGDpiCpjxV1ZCEJxiCCo07Efw3NuHiCO0ERDz+8MjmCTdNga59HW4M699B1sc7E4HD1n/H70nImhnhOhDKjtRLrO/rWZSXXazD7ajFonPUQbWtsloYSnrOY4b6eQxB+ueYbn/PkkG2+q4RuhvjULxjCcYRzzv6Il1Q/bK4aveCfIp7uHaj4K6YkM9afD06YOR5fCOneRLd1O10N570z+TVSJrN216d0CIltvoO0yld27EjYydQ8/SVZ7rFcV1t8OjaA7KM/FF9iFDHnLCj1FfKMJnS2IdDZib7Bv0sr6wwyyR8fT/iHIIwRpa/g8H57KUfeaWseityX0b344qt6wHV62HoTBdOtTjeH3ohIWk6zblbjJdlgYGPBwcGPYksmmkIxXwkWIM7yrYfkS6AqaNsQyYJee0VmrQ0l5FUXnw5vbDYyTYJf+SCAgj31kdQKTDYaFXPm94Do5PddkqN36RiGMZc1A6ohYqjbQb3opu82eyJAu0VPcTYhxfEK396t13BO96dk42sdjw9vP6iTB9Yr+1LiK1hlKb10m6vTWiHOtFP+7eutbfDTMsQ9fb10UzLUN+Nz87jXVufYPRVPl4lm2zTwUTfVD84ekqe4y6zTVg9VUPzdrYii4BvP5vnjJo8EjDN89oEn4Y6Ao+pA2GDrSLR/EluZo6BWBNFmq4dsy2Mx7w1/03hR3YbnA0wdpt1wYcCJHva1CmwL3aXjnxKATfXHAoB7fzp/RUiBhPr/SwlntQ3zgMW2teFqg1FMRYBsD2RLiFRWE+DQWe0hf3sHPYAYzYIGG1qYIwxnIHDiWPRYcnk5+/79FJ4/08P3hPjtj34dOvjN2KDp51LOD1c5FWP7QtfSopgdDWJ3Gfmga+/epqb8O8/kEOJXXh7uo9+exL3k81CIw7vHb5Pvzax4PuVpTrRhKtB4cy55vpNLSG+pbeLsdPUhmaopWlTRf+N8invElYbEqWBCM/R+0Edz5rdgIxn9rNoKJ+7ERTDosG4Fp1dkI/hNsBHW6f6T7C0Dux8Koi0uC/dsC5otv2xownn031oBHRWMtWlP92PsxHKH6rg0l9Kw3lJNn0QzoAYE2XyjuhpqsTXHe5/NFNNqOsIpiKyRhMAyhNVEFw+mGgiFEuMMc+CeMSO8sxVXq7BF19og6e0SdPaLOHvHfaY9QfcQWI20PtbyM5lf59Qo/j1WCJOm8b24kbapsL+V81NeSKErFdli+zr5Rm30DgMGRBg9jDMfApHg+GF02F/IgH+pBgcLO4RzK9aP4++0O9vt8YExFeFGnl4oMkyQP4P5wsn4ECHjfyJxjDkVaKqToap8XMFgaOOmzLXOOGfAuawYOM9Llp4XlC8OYLplWGsFx9qmhd3JDWBZEMUKaZJ2e6uzAOEZNQEV8aQrNQIQ8/xUjTmNWuYCugoGwB9pAgs4F9ex5cTT/mV5GkXeeIznfCN+cAPgG22oUO4nW+kYtSedwFIWlu+HCh4A0ro3CGepizD5FXxMAusITuqJvMoxJeyV5820lmpSJGRTFT+q7qNw4axr0yOmZ83PjVFDWHhU3GGdkG71J0Gmk5kVR53iiQWG6PJaaaGxn6i8G5+p4D+pNGJQj6P/Lg/45LXNu1JOQZKflYukTrN45xTnn5vTJcUBwAf/HMf/hbWBAL2pNRa7up5/MYsa3P/4VQe2jNeCbx2qG8bwxIsq5hg1dxBCrxJrLW8FdsePYNdZQa5g13LrWKrWuswZaqDliXOJ1WjfW2zKgqbaSIlrkx1LKPmVMpNHcyfFuiAvPgAX7nulbtIEWnundwrsxfWGQwNN8rTFVdKTob+dafazfkLxxI9wAj+g45hid4Soq6wXhir0CeoILj7ASGGiVhvGm8RfGmzuH4mudAx/DM7yFmRlbOUj9dJHap52LzDKMBGWm4B2RTLeHt2bOMfCu5Ocw0iqEmyz1vSr4HPJhrNaL76+liDL5ZBnJpkIq3XoUuXurwAhmIyyUt7vAyNjN1i3WcwZqT2VWufV4gDrWCrKydDJRi22rv86wxnBd1RhlDdRHW2XWbVRa3XPqxn5loW2oE9np0M4q4P1YxDUGAO6bfpaykmCpqaEFQc3bQxrGG47youEp34msO714EX8bY4FxdYMLY7jjaCy6X4SSxUBrKQhYT7LFykDAQCtFUZcushg8DgKeIL2hu5GEbqT5IwdWkR4Koa2xMlDZxjDO0xWwFTOXhX13KKLvC+w8ytM2EVYGV6HNkA+08mESzQGOoBszWSvivxYbaKF0/4khwA/1iDJ4G5IwliM3tMP3apfkW4K49ZEgiPs6oRZREu4VxWEz0bVGwEBLnSnH0FdRCt8expvC2pJFXFbACelYdRgTTQDTo1m4Ambo2TL0DL0T3y5Q20saGL9UwMU6agPtWSEsYYwojJE/ujG1j3DtoN/oQGsSM5i659EMBlq44+fzKKpVZXq+lot8UPcK8/VGYMaeCARMY5fbj2iLtC6g6rIwHvd8vipYLirpZtZQeCKoguXiPq0ELrfxRFbfRxkIo/EY8DIgj1In9zFEB4wtd7t1IbuIJeEYdjF7lrxdVR3UCHeCA4/wJFxgdbAEDLAutCZz5DAY125gDFf3cm2M1VibqGMU7sA4juNpg+sd19p9ZHmdQvdq9uYtaEPEX4OsRubttHe3aO1M1epyDVt8lGObx/HAUG32sm4Tg60dYAHq6di7sXCGvi/f+te4Zc0v1cYxf8TRrne13ssapI+wrrdMNtx4n//GwlpXW9/MSQ+ei6oW9+WjN1hqhMgh9y2jONuNluKRquy+HDIaY22cT9U5OL53a5jZYF++p2pkc71brQNxPTWSw+V7NbmdaktxHfX7u+Q76gsH5jzOIfGeDC325T5qTe3gGPluIPGA5SKjCxzunu94ULtelUP7S69QRsycJN98gtTGM2ru76utA3GN5SHfOIYjcnRovGN18H3wDfzKvjzjwDyh2DoUjrA6OBS56mVxnpUtVSmOUbONmvxi/zIV1vsmOel3Zpza/2a+8WRwYL5RU156Mjgw51gd7J9vzOZ7cw1EpxTXKIbzrf4W7oqYofjG6iDiGquD75ZnrA4OjmNgyf1zjNM40zNr/F/nGIXwD1PlVMLav2bbhbJX4vNzKNOSwiur4M+iFP5hHsNUpLMMf9liKf5yu1UKEY+5ScNYBnEIgJFuhDOH/S0Bh/eF1hrGKzmab7dUhMGnGeYM6AjH8JptYuRq1dvzyHJVGWsPPSiqBUag2ay9zzXNgLd4tMd+OJxtdXBgvvZUsILdFe8IeGcY4xbimKNnquzZhspzkILBHPfuANgOf4dGbBftdpRsXbYmOJldS8hhF1D1GMO9ik9nUe6gqGSuGKMJWBsYoJMG3QmeDiIbrkM3Pf9sRvf0OhGnmEhU6Qc6xOAVfjss0jnxqE3QxMS92R3m81z4rZax/yJXO0przrKtvTOgG78Taq9ph1FkR1PUhSqK0KJsvIUU8Qfxj4F0h72E7NYqf0GnEAVTtGyQtubk0+4UcIreCJ4JmoX4WCHFWH2zRp2M3aWwFsvOCWZkq8EIm89i1B0NpX30mWgNybTlBf0mTiKMP8rE3Cm8eZ8kmt9AHgGdYAIbBH+DjjTL64Lj+WNminGYAG8SRSaRRXA88S0VN7rIwDxEs2AsU1FvRtI9X8wWMBluFjrrSZ4CKvfPGTAenoLJsJLsZzrl+1EoTwnkMJ3hfWWVHekMytowmXqYqWvA5BBNrU82i3IxRH8TppiIeE8xx/CrYkqP3qW/RnGQhujdOEbGvlVczSdQv9VKQYQJMwPcJkaJ0WJCeFKOZV9Q/BZ8lgpzEnQFjIRyQqwYxgj0wsYvdYJ+7HbqqaBexGE8DA15UzRndwjl5/NntsR8VJ9AkWYfoHxnERrzC71l6FWi4v73Iqv725paYypixwDtGRgrJhPKj5FTBIyjWNxLTQFlZhL6pynlQKU2GT5i2Kt8+BHdHFlmJmEcL4Z5LH+v+n8l6+cAfZymamNdB75kA/QSmKk5oedJ5t2d4gzKcKWyKSSZFfrLKC+SmnTywpnqx6LRtWDLzQiZGApvadjHKMPbChNRExzfSOjCSmGDcTMIeEd7W1Nc/W6xlhkwQdxEMzeS8JV7xHihMm4pX5NkuCYzsVvqgwRpTIGZWpWG3k49+Cg2jt/G0YPmHvYp+gZoSWgFV3OVOWyl+bjZlWWoaRifwnPGVGoVW9dZKQwJR4qeT8hvnzAFrDIxp0ghDGGrTQFF5pMmWm4v51PBJnRpougNAgbDBGhFK0whqAoRMuBOFg9nengaHy+GE9NxYJ4yMR7PMmGDy+5ivWE84UT92N2Y44R4Rz70gAnsHoZ4oQ0TiVOOYvdQXrBCmEx40bHAKELOFCZgKkN8bSxD/yjlXyFgGL+XJWEmex6ms/vYDFqNv2W/YwLuZ/eG5XHcHWGyUHujV7hHkBsjnoaSIfJSFaEG+XkUOfwm6BFG1cAdN/Jr6eITmkGsjScYcusb4TewSFdRghT11Z4SkAuTiQ97YTQu3H8G9IDRcBMorjsJmmoCXteSVDOD2G3TbgcDxnwt1dwRcvJpIlmj/UJ4gyJk483ZyaIYDBjGyyHKd4X9q2D3U/lsTnyThqWH8SWsAd2uRa+WHWDDePIouJf2FtZ5ET7jzdLfW8dsmC56GmUwiRWGEZvUm2ksm7vFoR1ZdO4TM4TOeu1FyVmgs9opXjuNdVYbhSdTXJ8q0JmiQ39A6bEDtxh+fTJ4tOZro/rIWqge8W6d9YcLqFYKFutxaMGQ7+MXcP0s1lUUotvDGcE5yszKjqxWRGiJfzHk+pk3+7YZzSDXZtD8zRDZM6izClbBU4ynuQPO3Yxa5s6h2dNZZ5hJ84dfieYPf2fPHs7GZEiC6kk0e9m9xBlck/bdU+XawX1CwPs8Q0N1EhXC2zy79puwik8RmzHmMs0U+nugRyOjX81F+V5njOKQOCrFmXqSb9P4MOPPeazHfjkLYo3IWZQPi4pkpt7E09HMsMXeECNccyiMwfFqDgwnzF99rQQeEgKqDIy81jP9nULyK/kQHiFMchBvBR/zP7MjNMzKM4JODIw7NUv8ViSpHQfmsb1Huh0iT0CV1zF7JP0pi8q9fILuEQdHCq8xW8FVMSULZGI2jAvfT0WEjtpbY6oy26GJhjwavfTWmtfFnjYH0qqZAs+Yz5pTUYthcW2duc7AN1GOIZRR5lGevXEk/1TBP0ljx+wT6ynvkKLLh2wq/IUi4Kiv5cOfzCjLxu/FFloxSPcvQdJ8RaNmIHQ8lV0Dtb3eZCfaSYiyylt6FmEw77Nozv4Bv9Pwq3i+rw7zzjQjTuKS3wxyMQPqp3MYKLmmOJ0JdRhpmV0pQ46iYxdjGuHJvWGDWQh3aQLuZdH+eVAgl3nOxFHcBJW0Y3ZpJaBifqnRlYacKJ+8lH6azquH/KYHcG2yEIC8TfX/868lkHjYmzdho+myfux5sxC6kFx4HUNZswtLwf2iiV5Cceh28H+whM5gsI7f/7NZBbu0gUxRAOfEC9fXLKGzhmDGMGKeywaEyJfOKvhUeMFE/4K3WTsAjl7NL5pD2EP6bF3AX8x58AfAmGPvwja+i6txl8CXbJeGs97J1FmlWUnSwGRa2ZvhEt6DGyEtkjAS3mCYn2QeecSW8hKoMnG0zfggjlHLUmF/PjF09ldRQpziJRO9mTDuXjEsYTp72SwJv1BO/z8DbhKlxC/xK+hdjFKkkg6VDDVHFGm7aEXlGIU0nyiHoZw8QI92cmWYzfUXOoNWsSoqhRoEvhugY/6ZFqzMfEhTayt6j/EDUZLcwtuQ1+vZ/DVoBG1jDNrFbPIx7kpegRsNleFgHisNvRYHw6OUEUcnS0xXmhfsVW/y880hvB1X3zTyYcJeoO/bBvOfFEPyXjaCco4g/bG9NjrmGELNfifDDHw27IF3eaUuoICt4izMr/DPkP8pzvMraM/OY+idtpQt5OhNZbKFPNoHKDHrtJMw/+5scQJ7niwumXYfgnzKYNqbTrbeUI+iu76sR/uq0tDJN6aA3cjK0q3iSo8sH5m2hn8tn42BuQJ1w6v5VupfLDwFrqY7BZUU8TFJ8Q/niLHwOJvB7fTerySPZaS2ioUYcXu1QvPD6KmZc6EYlDenQVQdC38QmKcySTsDZwP560v8Jai5/3H3C3jVjDgAzoXKgRfNA0oQV/PonFHzpDywlachxvUU+nB4FZplxdgpz8pEEnmvlZDHpx22d03o9/sCF/BripxTCiMglR5pM8jk28H6lXQyqbr4/VfJ6zgzl+iJF0X8UR5N0UwOTXPGMyCzCmrOLb6pfX5Vnew5dsizEmd3k/kVv5KotDOUmspgHmmJKBXsqyEqeQzLYVtfauhHjDtqTLgqtzG1IlT//yDscB466ehfgzv2NVPANqF29uumDb0h43mT+Y6yPXXiItQ1sA1V+w1zhYYtqF1fHHr5DE/HPor0VDwp8Dz4CfHl8WDyjqwKtui0itI8TXFejB6qnqNu86YZ8Z81oVWuAysL+x218Jb5tmmHUUafib1jog3qTIPBGGMKbA77YpKXHQN1Vqq56AyT9Ay3Q97QxcCxqUwiHWGZQL+u9cHDYj35hx2jqwzH0ftm0IQxaMJmQU/yermfF8MJOvp+rRRd9SSVHGFii8j7G/AexC/VrutI8/y5fommbgZFu68k9ANrxpFjcagiakdvnXSuwo6A/ljrA8zgh1L7+qAzRFnQsWyjkPdtNJTevE6gTRJX/U7yhcFMhZHE1S/0KP8VqLz2R7MpRCnUz/fWttU8/1Gg51V78i5831wfrCOr7DK2nG01ETVGTxEsgXNWIUrod6HRLFy1w/gm2me4ywZDNJ6ZWibC1rrgA7KbZaQO3DdK49EJd8+cB2hRTkIrI/LvnRytPuKfiru5ofdixs6dW8MnCu3cShb2oSTNEzFH62fGY2KJyHjz9oWlItv7NvK9jeqgHn2K7tBfp+oddeSPG3lv8sTN5hntQGc/1lUmSQfK2U/003QBp+tpX12W7avbgGxsTviNW7QPYQ2NiLFj2TZTUTXKAo0+aD9j2X50w+EZvKPD0eNNoefo85aEFeIYQ6HxEt7TIi6N0sdUswAaQgn5rakeXMz6McxL9AXfTv50XfVqXph+i2U/NPGbr2ivamWw3USPUod1YReyj8wnxGqtK8uMHs/0bGrorCtDaXuAXgWtIZ+y3XiwWpxD/i2rRSlpQUo67c7QhvNQaOOKZMPVQnmoonyIe3SGiPo1ENCnAD0KVosz2FNiJauE+7RHKI8WevB1JT/+SaxQxywODOrFVoti2GF+bLZkfcCGwfA304ATdaS/0rPwa6i5PSMGw6taF6a4o9LUujJ8G30BWy8GbMcArn+llcNQ2GGeoQ+kjBFlFPUdtR1sBXfa381I2t13PIhroDVsDVkhHtHWiq7wtFjMljDMZtSLCdhpIh/YP70iP141AtU23hdSWu8nJuajUn69vaGCjYOVcIr2Hgh4URuX1jBXi100y4xH89uVHWie0LsZx3aahlJgGWl3Tuwp2jmfmklq41XtIa0QWrKb6Y4EauTZPcSxI7Kx0NzOB4r/Z+/L46worv1PVXf13Wbq9nBnGG53k4tiVBRZNIpL0Cg+F0REYKK+iIoY4iigjmKAp7IMcZSIg4AOyGJIXIAYxQVBMRoRd1SQcSOi4oIoDigoikbml++p7nvvDJhnlt/v5X1+/qHc6aW2PlV16pzv+Z4cHWll6PO4Q+OZBVLaDvWk7fEog9o+fEb4MO7QR/ElopJOs0+SPWmROlfsdBQNVoME9KJnnDYcA8B7t/oozIEGGd5HGNS7yROmOF9YuagQ3UJsurF47UkDi2azmcumrEirSdGzTsC7aCOdII2/Cz4HaAMGM2+8XMVo+U6U5KyLnuhFvghEe+HQD7hcxTm6cgJesQ4C58JGzr2Gvqx0ilHv8RC1v2eIzwFK/3nHoR7WCw7wdnhvFP0o3EmRPfWHopGSopfcK4/2Oc92TMbisI09RJxMPECE+hnIfrFVzmn2JhGte1WUE2dKsGHfQC5nXF3tbKaXnDVOo/Oy84rzqhNQTsDuq8J/gTOB5jORWdyjp9c6f3Zecd61SouuqPzvN5wm6iPfcN6V65xXnMqidrwZ6klniPWhnvckjWOP13sOImA2WNvUCPG+s8EBTr1fuG65NJ6zS04QjdSPY0RqxRmimPm6gX4lzEpifIdfxOHre7xoBFHeSPt1Old0zeMNzJrwJevBsAOcL0cLjNGOODwl3ek68VUcDNyCzqRzeD+DFzKgDrEUvWadFvLU7xly1mdoAO+DX8f/k//9S/ybeEBfxEtpoNgZz1FznBIigb8ztNEZLWBNuCKUKm1fIcDPe6kwMQ8Z1ohQ31DxC2TLYy/HEeLXFFC1cGkFXSBStJeAfjVIjGT8+C8krHgHcXuSNnIsfuREEoZ2vmwnaRwhm11B983QAzSP0Gu0ZhwpxvmateFQxnVvcYJ89BBOR9Cfe1Fpkf78ACFTcSO9bGPfHuIkxFP0JHJjkkORt/MTJ0WfOpB5mTjlr/oB3l5GVqLWifbkCsId/DeVasJ5ayKf7aKn+vHpI2DdA2tyW+sN/rL35zV3fCWjo0Lr2CxvoC2sdzcltrA0PJsNwiwXxhaLPuCdaruGuooznPGxZbQl8UkCHo1ZSUXdxWcJ7APm6Qw/v4z99gfERsotNJ+q6AOJSLJOAqcrFeYhj9h9diQcejJeKweJKeK5bBWtzMKec1Xod6lzRhHKQJ7ke+Ummp2EzeuW5Emyn6SkwbWfJAXdHWqYOHddJK8iZMT8OvGXBPqeoVWc4eSW5O0KPsZ3+QRmrh1M7XnsUAdOnndTocxMvrWcveGva4OpN0l3U6RlxOl2MjK0JhyvU2Ujl2asCtM5XjwX+kVNm/rQvuL5bHdqI68ih17IbqHKeFyg5BezP7VMTofpHOmGclw6XwK5sCobpw9kkvrwVei5OAf35b35rMQHcfQOsRpXJ3Bf5fORbaHfJM3oJekwMV18TXvS1fZVlKTfOj8Dr6vsJkxM5ElsEzinNBp5nE3NeRslOvSQmE9JOphOkNCeDbMr7iTD5yHLHeik+Ne8fxe/g3EeLZJ0kDMyGUkIzgUH2kZK7uWz/BKxhT6QZwicbwqSYvDVkW9voYAH2MhOhj61XWZGSNJCll9kYkXprj2NIzuvon1FijoJ+HTgaYccGYk0I1ewCOKtkbKK5iQdOl9+EL+M5ibvl42JzXS+xMgaO6IZlXZJjLIdM2O7hnsACUH8IUq/3fI5mvUiYU6iV5G5HtUzkHonaqiSltKD9BDbs56h+2mZPdsy4/kOlYbSNZEydAat5Bw2++RzSD7M9ym86uBUJV4nE9MGb8WKMLIUKxLm90bGAt9Af6Y32FMo2YP9ZpFn86YwXqGRV5bomslMUktvk4lD7Ebr6UKaSNCm3uX8C4haMNZGWAA3EPgOPqAq2shXHgvj8gawHf8jPnN9TCluB/SW4vqxAq3jrBsNjqJr+MvP4L/nOVinin3xxmsbp8H2xFDGW97tGVrqJT/zeN7mYq4fmI/S7cle554hOilDN8Uu4jIGqFVCWrUxRXUWdJM3pKBsEvMywb0LxEZ4WShJh9tb8tKPjB5oKc7IOxk/gnUGsmGydJqa3vmWs5vBKF1oR7agK+UvZBXHYB4lzLtmrNywNjd/EsNMX0OqZHU2umOum/8H+fcqyewSUyhl1dJEApLfFrfGC6Npvnd0Rjd1Njf3DOOqTD5x/D2ROoq7YwGtpyV8PkMuikBJtnyZs/hgu+BzMWUozjIfqDskrAGF5/rxTnWPuJg2xGpJJVDLEqHoPrGVbTB9OEvSeWIAW4xQEmqEjnezY56FvWRZqzLPzu9/eGOxk6HtfA/fB3FvTgJrynZu3ba8dW2yjEYLZ19JxW+tjL3Af59v58Jn8EaSY9GjfW4LrylbqLB6bKGrE1g9gGrLhXMaOxJ2N7O2NzfnCNYynFZf5GeezlZ8B2QFnpsqLsrL/Bi1URj7QGS3Mnc3WCmS9CvbCXP/bBSugE1xb2Fy0+4n59pTud5JoY3CnGlha53Jcmtyu0dPzKO9HVvEOJJ1o1B0i21+4YQUU1jLoivbnM6keLWIMC1VNNf+zOnM52bY6vaQb0jzrPGLgP/jbZpkx0Uj2/vvkivsM3ldjcocJG4UE+lzWakCzn0bZU3aKEy8u0FWzhQ4ocJOZHpsC8MN4TAy57d87RSqo6vtKE4VLcIXiDBMyFDxa9bu5trAX37MfCJ4b6PACrrCRt3f2KU8OmdZU+lt+lA+YZmW4BpwFw9wRPKYPAbTjHjkvT7LMhjznzL6qi8ZRKnBkAZ0JSNKr2A06T12hubyychmXU5RI/cuF3qvzpbwDH6XWsayhwp9L/ihRYt43uJ6WpYf57f3ZG058tXPtRWPypoQv4MrLr0ha9mO0EieMk8NU8b33ZEO43toQSYsz+jfOH2eKgaJi7gNHai/2O584YCH5iM6y/ovp4ZuUujTAD5bw0ezwjanow70pTOR/XywYNdwe0ze9gxjAA4OPXEB13GdQCkmjkvQWRZ0+tNFbXgP+wDi380bOCNXcHS5oMnswVN8rv+IWRHKaIczX75sC5qsUvlafiUxckm6Tq4JPYHGww4vYKDAqxLjFsJSjXmI9990aoCTUohj2cjtg0cMfdxmNRA8XX3ZBwBpROnG6wWJifwAG6yLBGTYaFWmhlz43fox0wBmRjlHqiy3S1ugGjFjuvL9c+22oWcIsltJ7fiZx0ixVbEdOfzGM7ai0zmC0s9fa9+CK+Bc+yunuByc3hEzGcXZKz6PQy9+zulKm5wajriOfBQbLOOjgO/vHN43zNcZLRQ/a9ZdXsmYg6SR0XNfOwfKWcwv08Cadzex3gLiuI+sokaZsB6mJCXoN87HwrxZ7FNvoMjLHq12EQpggxVZ8OeFOsNG8QDrFlda8M+kqC9tCzU38+U20V+cagvYuW+cIP/F0KL1Vg0tpBPV3s438Kw65glIe06so5zY6WBNW0YPWWOtZsecvGEROEcQ5z8/QL5km7M+2F5ELEMRpmOjwGz7UE4R5rvDhqEs3zrChufP1D1ImDOMjOFrHEwPUMASaovWb2E8c8IO8dev2opesdco2IasGCycKeogwEtwhbBjHQSwlONIxRRjVf9kYS4Zucf5Gm8YC8OpjKVdZTvkxLDCoAaDvuwqop2p0Ab46Awi6cz8+jCOrUan8e+tlkOxGGZcShhb/4NWd64NVv147G4rE9ZwKK9n8KOPlLAK4SqQb4oSMcwD81SGkjFEf/ZWqVhJzLR7GZXGDPa8t9hXYA7pGOY1xiwdwzpV3GJluTFIrEu3W1Vc6hqq4X9vtxbLw7n1n6p21FsJ8BfE1tPhbE1oRxPD0cBacA5L4KqwXWvpOv4C4whjiW+GtwtvwhuK7EPtpLHdweqLmFTjkTNlbKKy2HrqxGjbx8OzQbRmmJlQ3kIjjWZ0sVZqLDCpohUA8z9Cy5s5b3hi7pGwksC2+ayNCBlFZk1TtMOppJX29RLf+1gRWUywTxYQvSttSFVAG8WXChp7RzFYHMpYTdgTu9BXwqE2mAsxh/qpgMpjgq2Erft1H51lLaYUPcD5vFK8/qR49QEuv48y9kDTK6xALRk8DF74IOqvwN9h7KXFPB4mFltSQaOCnnmsiLhHPqJdWTyeEgVrHeJWDJ9EP4LdrYH3wJ4iQxUxh5K8JlzmBEV7OZihctaBZCztbWMFGx9GLeZENj5cL7EU/UqsobOsyphh1KhiNBZWE9i6O3Ke810ZNm5ndhZjta5hWWqks6x+YYRhMVfGa5ZLS2ycdopr+Vu8HRtFtXWuOFWY0Yqwff3FKaKR98CxNIputxpDX3cbPvWtppFyd/VWhk8VWgZNsjjzVobulJeHkmpGDysfPEbthdkZnnAC6iSGC+M3aqR2MfA8FJd7jDjLwup3qyXzWTM3igrKxipoIW1Si1iHflRG+0UqHLmzLIMS2CjAmaCoRqwULj0vBLNuxTjmHG+sClctL+bHMiwRd8vodL+Tde3etN7CnUXO70J/6KsSfliPZtimjMhrG3lOzdMF7ymeeSlrToO481IWuUkzrHG0j1WEz0MqfhD7XEIv2hH6dBF/UuwFRn88WmHDzws8ndE0o2f7McPIHnKbhEwAI1Yox6UOEitpmRNpJR5rbjil4Ckzc59g7OJqMLvwd18izrKesDqwBvYG1/Uc20BSjJ1Cv7rRCqql4WoER21UhgiJjeIyWhGy/0CLGB3ONnNqGpyPqNshcryjotTB+dgZWK070Gi2BWME9ogBo3xgWBosSOfLPWPAWO2ggA6kjjHYhV9QXcUYjgDYK/ZD3i/2p9csnLJnJJYh92W2MbtGGO64i8PI515U2McD9Y0wmYuNrj1CTpbledSkied4P8TqZ6ipXa6koOdnGA9ReO9zYTLJ5kQX1fLqJ7bKI7Z3MpYO54cO1FsENCG1QRjei/3Yw1zMuZGhP8kxCu1YxvFOsPy8nNU4C1qjqDLks4vZN8mBYeQAtOjLLRMfEfX2FGapiry70VODxKeqdUzIJKsnv2HslS3Ps9GI9gzZtY5yajlzLUrDOprK14fZUEETrH4hDhOxUC4BbwF2PpPXsBfHmQ2khyzFFvtCtE+Ud3mSNYD9Y2Nomf0k5eh8BfvG3owDN9pzZInA+yindRkDybWvoUK79pOfVk4lO1ZJn1bCBjPJAspvVotvnyQz2h3DyJCT5CSrEJVRQ7uOGWLnTCwG+EVMLIv5FzrZJ8kq50IueSif2duqlJoswcaZogFWF5osDW6lF31dinoOZuvvyNi9qT+kfm69wkxdjRIsJIbLCCPfKw7rHdtm+fzebAdhD35tT+bIgk/Zdj5ZniNP5WcauX1YqRH7DvuYE9rJzCk6Q5W8402yGqnS6crcmb+wtTLXehXVM1m+w/vg16VeOG6oJ1WCnsykV7OQsE8rB5JLA8NIg+vEa1kzwzAix4qL894aw5coaQxF0WdmTtoO0FfghRvDsUIRr+Ji8WuWtqM49vEMPlPiHHYc9WMZM5I4WPSk/ruJI0VPItS6OY3jXH43c4H+jEvqKIwVwKBFc+FMeILulbBbogfnhKxHxoOCngOfslR0UYb1KK1cVaZcpRjBjlhNRGLPSzhsQ59k4SvszHOi7kmf2R3pZsuUqxj7E+WWRnmvk00X5yPLzhUYWaMDCfaGXMCzCHb2CxR8Nn0YafmgPdheK2fRx8Jg7h60a2iwHWHmoh6MYC5Y048LeJ37RkIz2JrKia9EAXGPv8ERg7rvtDEiHaRZDWu5R7tfl/DvuVZf9lY3sjyY8SvUGq1Iq4SxFb+edWhtFutWjLOczuAaUeJySlmRdKboy5RDlWqDMryUN8hNsvhrmJEysaE3W4PDkVPMdNGxhYWmJ1s/dsfPZqTku+Q5a8nNVrDh9KJZFvaGNmEW4SXsD53MtSk6nBEbvWmWBV8lrLJXWqnQFt+XxtJWUrSFtiEqR5aqGlrGKKjiXkbvnZiIeI5eUTXcU5fZ2QKWycizEn0jrAtRTOafWB57UevxjUq+lv6cdah/LJXfB+OsxSlnIHVmr00vinLTc6ReDLICOamh6r9qU12tIyxcr6Vqa7QFbo4jrDeyDq3LFrCbkSS0jA5oGQcAzf7Z0iY1IZFsFROA9518ZIBib9jb9I3VWFTybPamRCXvwTq1uRu92TqeIMPR0j9H3JVTHLGASIJjRZDHRpk37+H5wL44zuP+bXy55ulYi1ZDV35YPiNraJq4O88q1Su0VNxYWtpiHzNfxayhSTo6+WbWobey04VDcfFparIVXblTmh0CktZRfOwMFsYf/hjHdzXSYKFos1PDa5XZhYeLi2mJZereqtpxHKyRJKOB7G2Bt7KCZjD/V8Re6XBm3f0TA9lreaRdSVrAPibJo76UEsDjTEj1T06yVlBbqqTHyLCFmTcjhFxku3rASQunBdelYRp7xnbY0uWEjJ5RvnmXpicvsNPqx+Qwtm6/JL5BKg4cW1yMTxlEbi9e2S6kNbYZg1ftV2xFr9mv25B0xXsYLOQ4O42jL2OwqhyYvCJkdOwmyoVDQDsYPjFj94i+ElafpIiLNnkEB/wj0IJMBGyTRB0O12FQOwP5fAsMEM7Chu0SXJd9VMRbFklaVAfWQhO7EZWEHbvluXYfsTvM3nBKEbhyBrLOfkNY9kGQPPGhvI62SYxL5zwX4yKB9fE6WkJviKVWOTWGzwKf9wsbloD19IaQVhOtpqfVm1I6dfb9UtFjskkWY/ugj0Fr70tb2fILq4jBduHk8AHNgudVTAy5VHuRYd1rDJH5vehYdZwwK/KSonh7d5c92uzMiJNfIjA60QntobjRzV7jiG7E8AhH8Bw1XmjDAIEd6dVS9Lh9TNCTjhl3tLUn1bBW5IT24o58lilemww331Ael9uloj72w2KphR1hifi6FNaBMuqSquGvhV0IvIsZ0ZGxK4ZL0thDopztQBJF2snXpWBEwCmgEBUd8U8aCUIrR4tiOQL/WWQdekoU8GA9uAyRLzkaoVutG7ncGVyeGRVNfUKEU4HXwJzKDNvw29n6WBBKoZFGlzU785R5Zs9EeyugG8LnWiKj/h5bS09qaWsxPfjv7S0d6AZy8nUaTE+Jo6gDPeSUOoLA6NjfdqiSMRKwSipaHavl2B58549SpRQ9wa0WwOZusMBvcoKMkJk4ST1JBltgOYuUQ1tV4d5ldL94kvtvvhnOIinaLM8T0R6eojd51nG0MT+zk3fgRDJlbbDM2GH/W5+tj0Wexe+j3r+Pev8+6v37qPfvo96/j3r/Pur9+6j376Pev496/z7q/fuo9++j3r+Pev/fHfW++4j37/Jdv490//eOdIf9Ykbi3zPS3bQtwmyYv/7nIt5R//rsO//iqPfIfrRr7Pv//rj3/39j3ovj3b+Pdf8+1v1/a6z793Hu38e5fx/nXohz/2dj3P+n4ts3xL9LfDv+i/SRXeNGiz1df1/c6HD73ex72WsS/+rYzpYxm7UOrLVRrOYo+neI1nzn/0q05jv/z6I1388eIe5m3wUsCT9mr/sUtlTJfA6xr20871E1/YlS6lF6XnUOa82EJQ0SppwBhFx3Jn6hN23IXiXn2zV0vA0b5TXWB9mN2cfkh1lFH2XNGWRT9oMsnhomS+lKiWxEG7LD5Dyh+N+jSNFJDsrAcx9nN2RRxobsB4KxDwKs+UBAmLrhr98/4dDNpSbfqrEEdA57iPYgHtXkZzQjhnZHOaiX2sjtneMc3yklLONxWSgm0vPC5LDtTb+kiTRHnqQifOdMZrIH7gElx+l0GVDEYi/ESSrHuTQ20aBvfSbHGfcMajdB5YwzWEeVdLFK0CWqQjn5TGqb6Cp+p0bFSVlTRIIuVQ6NRz5E7t994dkiHAt4DCjgKJllu0GboURNV0qgzSifgaqckuGqFpWK1ezbc+Vm8hkFi+PdTF5cwzxvSokyBe4acxKV9PfklP2uESlm3FpHnxyqvv/S/7986Qw1ZU22risSm7Nbsp9kIytKfYicbsp+mr3bydGnJaPsfVV0t5ImS6yVjbSvGiSwXk+Om4jq9TFjidlDbuVcsxepj21F27Lb5WfZR1OwdlfSqXGyFLfqx5yHKycUfZ59lCa0hZXrEaurQNzCRKqhrhVNYr39jr09W8M9uBDYLzGRjs3myGS2TasbE/gq66hrxUD6XEh+LkkvWAPpC5GjBunQL+zppGmBxMmvfRJ+0ONieBp79xdZWByfjeEt7D2SM6SfIRpkQCYydCPb2non+iVh5ZhJJgP8w4iuyE6h/rpJvCLuJEWnxjNElhnpyBuNvj1KTeIFiejY3ycytK8qjKqiI21klEaU3hKSVC4up/1knTAoqMupKbvZ3mwrrseg8YcoIDTqnUIZA0OsO/KV7ORshDMSe1v7W9BGBydvII/uyOLaKJ6nFfQZVdA+Claf6dw3IHTjHNdnTuS4tr91Pu+VTdmWX/wdMrsj2jWKMRPsjyvB7H9YvM44Y+hSQFYeQ4fL6VRB0TujOMPtRPoya7KVYn4Mtl2O746sTRfb7ZOCZsXjYd1Gj7kiEfUV3o/7xb2MOoueiHK9Nu8SgxjNp11nZYR5NDbQaRYiPmqtQrZWE3sqQzxvL9sgWdHrpRxROyCPyL/bVtRF3EqKbaGSBlpX0G8TV5EVRswE+Xh8tDZHlXZ9GB8vLMVPzOEzYwnbJts60J+OFQU7LM7zT4a6J9bcrhVLw9gJrLZoy2C7J92VeDuVolvsuSmHDNPCMTRZwm7aRk23czRGzeS4g21c5tup6O4wJ8pritmOsqNVeg5VkRA1HD9t4nuGcV4agzgO8qsCVuiZnIPGxNwmeEV1Qn4U9PkyuieRocPlZGlm1/vCIJB7J9onF4kOlKYZsiPtyApqn7xY3ZefGQ/QYs5kLvMWwYMpSTlxsXLoDGe6KKzYTeKg+CpegwyHj+Sx+iAuQmwzVhjM23irfjRlv8rOSFTwbL6MVseMFMJ+A1/kQ1YDLRIVeTm7W94pzxDGY63U+fJrzhA9LYz5uZW/Pr61TQ0UyFra30Lupp9I8/5AukegbZOU+mvJlS3ihv6S/djuSWsQLcGRei8KcBQNsTP0S0KsXBVtZt19i23YdvrSHdZWu5d8NxXQx/Y08UGefWuz/ZL9vsyEueg221G7jBdhs43VbC6iLeM5+2DZaJn711A3cRPtJzfbu0bNoC5FpGC1NtefV33ke6mFojhSZ7P9tyJ13k8FYUlm9uKXS2+mXPqatW3kLXqazzmbbROHA0k5Irkh1Ubuyxnz4rTZXsf5n6GBD6RPRZJ+YEcYhM22IKVGi/ZqBp8EO/CTH6WS+e+SoTPlaMuXGMXLxMZUjjalcK2BOku88Q3PizPlMhpkGzv9zfKXFJfbZAOf5JBH+G35tnhBnBUiHQyGzMSmoAXIcWR8VyWqMh8bEcVE7C7WxkQ0mFib9TSZ0HoTdYPxwZh+W9xN60ibzbbZ6789skbRxyKKq1Hhc2eSsVsEPFvaWxfzbhW1CBb7rTyixqZ3fnJiEki5j1OwbtwmG6VDdzDmBLxpl8qNNMr+r8SW1HVxMJ1tBS6HtqRMX5CTLSo9iubZzOevnbTZPkPMti6mnypk27vPSdHpdI5sq5Bv9X4+Bw4RpXxlEHvFO1I5MylV0ecyl9xoJ2kevzFC1lAb1TU1ixrY82BquoYOpnX0BUshWoJd+pusYV6JzuZoA/EsQBvR4xz1klfKt/L+y69ENMpnSxPRMn23Yxijqnz/2ipFP7ImS+TMyzHmEa1Ftty42NsStF2YFu4fwwqK9s2lW6g+HJtSbsvb0owF/n8/KWqjXhQZ+iSVo1zy0xTKMqW3LLF1nyfttuxautReZrEfUoBHK80737pQntawr3K9TPJf5qkUz7yDbPiY10ujO+HdnvxuNNPwfLVlRs6MWSFKS9HW1M5s61gtcxWROIo+FT3pMmabgPZVw7m+o5G+jE5MoMSKooihNdyjKaI7TeAW7a/wxCiaIGdb8FAH9HWqlvZR8dCyhXdPlJi7nZQ5x/xARV9sgnSph+iZyNA10ny7DaqCtqWAgZ2nKmge47siWUB7jhPQeTHK5toq8VlK/HVdm2JvFYpPGkdY21Pm1xep0nBkG+ka6XD5E/NXH49nwLsh/5Jy6JvUKVZA82JVlFIj5O3qdmsdW5m70+1qT7ov34/oWy2mPamBTEtmWQG9bz0tFL0rC+N2ktXI/vrbOT9jYc3azLFpO1P19pepHB1MzaniKDXz9eAjpJIvU4pEScCWwheplt9uGbOG3oN77jYZ0LYU+AsfEE+rcjpMfJlCG94VeNesUzW0lnYQNFBXZkiWWCVJLrmTClqsEKVsc15HLm23o3OnDGtzqWcCWSI/Fh3ojsRvLZexT9eQ+f4/lwN4J4NnIGBujHXUSDKMTWg5fpF2gbmy+7izludDU3t5eBLULc6CJpeiOQfuSBVrnGgLhRnm4WX8VBh/wWgV7WIJ3itm0mTOsi3C/Hmo+RYrKnlMPnP9fvFXZYzPytfm89JDg7yT3mMsm9HZribBqJbiCO2CptxaT959hrwgzGBZnCkv0pR7s/fih7RPPndlIcN98cm1GyNGTEa9H/H5/hA6MIwiKuTUA0PG4eFYrBXN2Z5sYy0p8u43JM9T0JygFdmiSYJvRTEOzmhAS7ND5M/sV2NVSeyxD4kEn+AvlI+mgBCdxaN0aeglN5YAg3ECDyF06h+VwlthWNV60ijqkFxFAxRibMEjtZJzPP/nt8RYrgijLHsyzxLk4nZK0jdtd8fRBX0MunIDkSc4cnlPRr33pVVWjtZTgmzRWd7KyB20fhkdK/qG+JbmrEdGEn5r4y/oPkPk09Z4p2/Iy/ohvU2TRZzbsYm5OEVYjskK24u1c4xEbXgdvKF4cl8Rc8CGMYruFcA4ICqxM+3NGb/HWMLbwqM1wEpSH7Y5N2fr6CYH2FjpRViXFbZV9FvQ4tKlWYzeyd9x9Hoyj9VEAfx+E9uwVzC+F31YXNqcxayfbQ3L83xgn5gLvJ7dViY5a/1onvN49nFK0nrG0F4gahlRiOhW20vSI+IfbdXLlKFHBNoxkdtRXCeu775O5Y2l/tSZThYniwE0jw7+B2pOUlcxWhaXb8p2vJPF3gLcZQNCxBMw559a8HMdKGvoOppuL6ENYfxyBR1SGvMYQRlP0roQMVtLHhmEXYYujx8UixA5mJejZdw7nYrfKI6IKX5zJpWLbfR4vA/lwhUJcz1lRda80dKhhPd4fBslvVpKeSWel3TorhifOrKjaAGNItwbzH7zUm8UTbC+SHrh73vFBOvXQtEwOSGhqDl7Kmkv7e3D3pyTBeJUt9pVjP8Ex9GmOBCgEwU800BQd6fR0rCu9Msjl04WE0mJpdbDoolq2IfdU+ZoVCkileD1Plk8ZXfnVq/m+3vI04WgkaIYOTerXS7Esh7IMUonC9fbLH+Zj17pTh8nbmR8WcDS/DQ5tJxjWLLJ7qHcNGcdmki/EkAc1FDh6lpmpSuw0aGWOc5YOok+sHIcn2MsBOaL25yFtj+vU5E0AQHTTYB/jezL4RkTowiyVJBezOQqni3w48PWA7lZz09h3Mo8vDPXHsUorhp+EvPRrACQePD8oUWXhh7D9TSOLRZ47zy7DxkpTSaAl2rjgd3lScbNY+WBFFRRJAc/sJHfuo0XrVcFeagMR6/KublU0aP5CDc89WeWH7MStPH6UJM0mJVVogPtEI9K4LauEqWJm5IZz3yVm5Kwnx5iH0flnkOjxYcSJ9bfhhFXI0WKe99HrJEnyLF0nt3gFFY0tL9zAvc7U1dxEt1cehXPQ8kS3Z17PNtaVnaPVbw+2exbX2Cb+9g7kRUZtb7MNsbFpRVekmNq8KbBTkTvzsvXbr7TMqc7j7t5qq0XXQe6Hdd3baFhpCm0r3Vr6qiGxliXlQpGHFwgDL64wTFRPMZTVNgtwNo1Qpj1oWeI7cN1zF+cDoAd7hDedXm9xO+IKyJDi+PAOB1MYxjN/IoooDRx1WglYBUw+YzhLYvmrMccPoh6HKEqvSctW4AXuQGn6xROGe28HGW9SfGAzhGKuQtdCqTn1VBcKlpCf0jeZjfaEbce5LW5bYo6ikrPxJmjDsMaAKRnZ/K9HD0kmrPb7EMS83jUepScbr+VfNNxKJcKvPbeo6ToFKXoB15XAT//C9Zb1EDXJjsws9t+lqCch2dTYV5pTb+yMtTBg2zcnYAf3UTKI8p2D8/EbCtrT+8Uy6GOXkDKWkd7eQH90OueDGhhyqDJ9vZq6Agbuuo+3gVyXw+6fycuE9/hdHpQYi1A/xE1/Bv7LeHQfl6nUrOCCHpLpOhAPrVBu9rfS4XMVD3DiPpS9WE8+oWYy5PFe44iKWqoicf0AmeMiDDlha+HVSGqEczWqCvBu8Vc+2EBrWYi444vp5r8yd7sHEC/XJgAz9PEPI9QhLgr80yebfAessc369KtpWZ/UHSSNPwWT5Jp5wp6QaY4g7vPfhAv75VBXH5Bs0UcP2L4n7F78yoalV2wDI8WEarHMJGD983hnS/YDcKnM6VomApYx4VubdYnwzwFbQs52Q8q8s8oMlZww3PeOk7+UIUv8pSdoZPlWU6OVlkOTckGvCphHnWNrWFE0snifitDnT2Hyr2Aox3xzQ/w5lp40uHnzXeN+GraSeDrDxJAdnXx1rCUNhF48R3m0QXevTtdYa8ml26EtZA9+IgEnMbrD74p4tNcjuudyyeprt5lSXCKK/WQWCRLw6dMvEJcYkWZwOyckLwjSnGyxK7UVdwlP4qvIyFSjAB+Vs1H1nd5gtwUItcvsB4K7d6HCchOJBkPkKID5Xf90oVvnNitVOFkVCxPBT6EB8ihA+W/QgoqPIe6iirxXaThP51dpWE/uTR5aumppVMZWVQTIm12jeoMeJQfTGIXwH+Idz0qBaae9xh5il0isKJ9oiKcu+CC7uZhl300OdcGu3OKjmEr/7HkUYpjqsGn3J2qnF4cd0ZeksjKhfsOsMPRLgZNBmWPbGe3YlE+gabbXcXeIa66iWpD+RKh/rOaaqm7B3actbyHgV82yffAONpV/FzJygeSisx8ONCbxlGrJl51WhiPamJRX0neBGZL5/4kxgOWxWTI1osIV0F756NaD/LQYvw3lSpDTPid8vFwfLDjmdNjtFJW04+8uJiSPNj7iXToyATk4kWBE4lgW4gZFaMVHeJhb8V/iK1NWX0YXYk+F2u9BQ2nhm516sgwgp4rsHNDqzJ7N7wEZqdeHq8jRR1kF4VZYk450IzHUhd7FMu6ovf5dwXzb+OUCxspegatE8/08MbS+zSK7SlRbRn2ZkGLK46Z6M7vRG+AFcCxsaZAr41kB+0y2iIYDEUe0bZr2w/1xhLaPcdgcUN8zhL7fY6M/Igl/ko5mEZRdH77DxotF8sMXSB6C6PLr6GZwqUliFri58+zsR4a68UXVPzuYd5oOVpO5djTP1u+hTjSNyx4E1J5/bqJIixgAx3u4Qr2sB5iEVVQJeLTw1PuRHoldoSHsxgi9I1t4sceznLfLuEV+bMYzme7SnBPD2PG/4XnOZxjcGYZLWIJh24QHmvS3e23LGjrJj4sw63CiWiAhTwkI+NRG/EMMGydbGCxZtmna2MtONJrzkK+i2dnS50tYvBSeY7G5uwrzDVxsjjKGyaGCcQbzLGK14thAjL7Mu8q5uQGv+MwYdh316egAQ5jrth5+TOHQT3VhGf6n3ioH/9hTGckBJ1u795+0zOP1DIj71JfuqBkcGKb/UMbuQxOYY/NVWqs2kLj1BGiJ81gvF2Fc5H9hqilcepoL8rTcIz3gDVKwcJkvN0ZOto7lZ5WbixBCdpDGi33aG9G4mivlxeIY70eyQMSAf2HdxxrWVPZRnl1aUB92B5q7g2TiqaI9WqFPZl1crwPj7LivQpPQbefz15H3OsYv9Aebo+wj/cusvtaYNu/ihYKRUvtYvTAQlFA4AB5k6ICDy504Xc4Qskt8g4DjVP8PtA2cTK9hzXFnMlXU4pOkjNZu35I3CkH8Xcq5bvmDuJyqmipbdaY3ozVMTibzmHvotbfGgdrMViXsOc/kTrUesSO0wMJeJdHhdwa1VaKjqBTk8sTqPEIWpkI6HmrV7yU29okeyfw7yiS2AHoEnGCB5vs0R68fdfHtlJhnI/zMrSVWltpEQEPS+17CRUyOQJNCEZYxVxmDeEb7bOCdubHKGISO9Hr7T0ebywRdLR3kvdQto/XrcSsCTUUsf0X6t+V8R89HMhnlGLe/LttxLg2cgmlrCebyKvdc+gnWjHnG2TA7vjzE2HMf4E/H/oL+PMHUsSen6CW7PmmFfFvZc9PUEv2/DUhan5v55rsyYy//C6cvQn6NnZeo630C/n7l4jds/SamJQEGfQ+YlIKiH0TmTIxOZZ3pcvodVpqGT6+Vcz+Zazbxl9dPOu+C1oroM+TiOkp1hgl47Zal3YNdSA3Yfp6E52acEL8Bk48jzEbMniknqF65sD8Y+zWEKtfXA7GvU+qb8qhk1NGroHy78C5BU5mPsj3KJnnvd+X0WFfqZZxBH8PPuwgag71TGUBIfZdkWGdaKy1ACcqz0iUEyLzuikHf8WxCpiry2iaNBHdwOp/7EwTg0XhvFhJhVKiNxRLV1TS0Z5hOAJyulACznI5zuLQXpi4psbwzjLK/vWc3dczI2ZqHczrai+vdQRftPbF/2Yk35h4YpfovfjfEb2X2CV2Lx7G7plWFfiW8VfL2D3zrNkdcHdQ/BSvn3eq15/3ngHep7GBXpV3nPdT7zTvdK9fuD4Ntz9NmV/9vH7e3nHK+4UMGhmrfFcxkwyySFPaeKoscBvDA2V8aQaFadCXzeJ96xE7QgMZzEzk7znDOyARnYJwBtq7xcmnRytJMjVDnvDermcZU94rnFHjv8dPGiTmR+QWIeVVWHIHup1zefVLrJe/sDAfb2Lv3FyrinFy/+kdlkjSvYmH4k+rmAKS7ElZSz/zzvTMX13jQJYN8s7yorv4+2yvis7xBnvnenHOroCdZidtsd8hRUdYEYILKKnyEI2j6DABv9HRjokocpkXaz7HXdylTgsRgYvpUr5+pJ3ieIpOsEkyA+EQ7zzPDXFyyJnXwPJ5gb1KaOYV7MBMZrbqlgQT99tst/m5B7Z8IBWT1I0a6HKZCteuC2lfUUkPi8Oc40p6cD4DMIq3IciIkZBBNmospzijvV0a5ig+5U2k6Xa8hacwWjmbqXAqhvdvvIiQcj1YI4i+PTFO3PBpRDhMSKDHDNPwT/6cGrgFDdReRXoLuEfrrQjZi516cWIg/+otDDYTaJoInWlkExiA7vRAAmOmrJnMHzFL1dMHAprH0sQUC7FHKl9eBXW1TClx6hPqA6mEQ7NUZ7ZvOpRS61g3wNl+vxDL3JseSBQQxpjPQ71feMPt872fJ6q9CzyXPs/GaSoBd5qKn0UXeu1VOUfeA8WVowYCG8N0xp+tI2h9GRrmtU+uIoPzQo9mSMG4R4zUdkuI4V6PEoPTh/0HtSSoifMTzeesKMAmNtDo0HJxGa1UYGtK0f6M2riOBrYzmlzrujIh3j/yXBvGg1JqoP1oIHWMG7wAWm7wm0BvljLH1zqK2jTCQ5su8ox3CB7/dTFBWxKlXP9ASsdq5Sb57f3cLnJ0sVdK7ZNtYB+Mob0osZ4u8Wq8S9krtUJe5o1SD8X/t0oi+C6WJFYJ4yn9Z2RyHW2WbzlXSkGXeCjFPDHSi/gLNL1eMlcCk3C594ZO0DD9Sw8xdKO8oXq0N8b7L2+ifYW3XF/pXeUN1WO9cd7Blbg/3qvTE7yhGrjvBEGTr/UGxE9LTfQSNET/yrtLr9VXewv0EF2tl7f5zK3TdV61vsar09d6dXqSN0T/2luur/PubTvZu96r966tTLs70os1dNcpXp0+yP1N+TR9g1fv9k7tU/5Neqo3TU/jOhM03TO1Xq6H60X6Ru8mr8FbrGd4i+O36xu8ah31ZKZX5k7zFmjz3DT9fhol5uj08kPTI/Qj6adKhuhF+haNq457szfLG6FRW456p2Z79bqTO9ubTiO0TI9Nj9DNeqg+M/0X/Y0eoRPpS/V9Ou3er5vT5BZqnONV67lex/Qt3uJ4r7Jqfbt+0PUz0/Qb+jfeLD3PG6qvcHunfuv9zhuhb/W6uAu47mZdH5acSN/mdXCy7gJ9u1fH95brRfoO7930CzpwL9TD9HxvqB6vF3iHpMdrSPpC7/feC/pO7w/eXd7vuA7LrUxjFBboM9Mo2ZSLUh13vN7JpdztLfLSRe2+xzskXa3v9e7zZun7vaF6sfeAd5te4yzhL7jUe9Abqh/ynteodZn3sPdH75bUMv2IV60f9WbpP3lDdb2u0495dXp5+Ptx79o4WrNNf6Y/19v1Ar2Y21uvV3hD3Ml6mK7Wt7m363v0UL1IP+Hd6uLrdUrX6fs9fONh+ofpafpJ7+XMU95MXZrW6XqdTu+0q3W1Hqaf9vz0DV6z+4w3TS/X4/WzXqFvz3nRaD6X3qfNEJaoar3Se96bTmjRmek5eke6Ox2TXuq+4P0uXafnui969XqqrtarvNXeCN2Qfs3dadfrd/Xq9Pj0hPRL3hpvSP4LVesT3M0uSsrR2elz0tNppZ6mG73L0pfGcvSyd2B5nf5hulq3TdfrrelXvDo9P/2qN6qsO0E6MQbVGjPoNe91L0drvT+H7YLkzdRveE+odd5Q/UeNayv1m16zNjU+oc5Jy7SVvia9Uh+Sfst726vXOZrmLo73F+3d9VxyHY9xjuq4hmr9joeW/FG/602nNmWL4+P1KL1aD9V9rV+673lDdYLe9zboSzXe+Fl6gzed5ugPvI3eh9557kh5jvzIq+eSppRlyjd5i/WYxMfeTt1E9+kFul2ynWvmk5knmCWFOZJIF55Az4bqJq93arO3xWv93C16iH5eV+tPWHrr9afeVm9xfHZ6m7dAV6Wr9X36fr2aepV95j282xlzsftUiWlDvca8nU7mSkP6k7CcwjhFs2u+tzn9uWckEvJqZOSQ9KV6mD7A3d29lIsvihZu977wjknzGqhlWbX7bPpL73LXvDtUV+uci9WwXXKHNyA+Xrd3P9bbCXKZo2fTX3mHpru4H6TrdF/LrAf1+jPvaw9v1uttmb94ade0EaWt1YVyze/xul5X6wPLu9N4/Y03SaPcnV6zN6cMb5oRr9Y3s+zM0ct1r7J6fb0m/zOW2zk6xy1Zl96pN2BG8nr5gn7Eq0q/4R7pXqof8Zo84afdp0oudi9xq/UbWvp1+hEP6+RcXaeHhXL1iDdH36KfFnd65rtg3LeE3xd1ox0L9I70JD1eX8+tLP5iPcRSvU96msbzN3g/dk0/Hkk/oQ5xJ/P3rddr9eNpyMG7enb6Bs/yX04bGfmxe5d+gd88lWeNaek0faO+wRuibX+oVr7jx/y1ulsaV27z7tL4+27dxX2qpFr/MT2qfHP60vIv0mau1Om4f23lke5h6Rwl/KS/Pv2yrtbn6ZQ/S89Ol/ilvvn2o7T20/5Q/Uv3Mp1yx+vZ6cfTrn9quSkFz2LEMXZHunXhyJb5j6ePdJ/Xt3lt/Iz/su7iPu3OCe9Z/mQ9VJf7FX5bv14vjm9Nb/P2kHdpPHm3HqL7lNVqx63TlX6dbudn/RF6vG7ne34/d77enH7drQ7H6drKxXHff9x7xw789n7xKEdzpV4fk8ZY9k7t52JP28/FSmDGtfj5aXqSrtNPiKc4g+de8gf+ZG324Oe1+Y51ei+Z89PuBv1UCXqBEtZqYMEW60f47uGu53bwq/W+odzu4Q/VU/Uxachutd5L7umn3e0a8v+mXqs7+oU39/J/6KPHj7jIxYMrl+p42d6+YaxLMUP9QM6S8KqsgS4sHY7BmGvBc2Vw8BuFYeefw1arUxjHdrHcV3RgpGQl+wWLGavQouf0Pn7anaQxZ/f1YevdS0YjhzWkd6qTP52Kx8msIGZ9QM+wqlrufv5Q/rL7+3X6cb1feZ2+3D3S7ezv7/ZIW+4Qd6E7VB/gf+61Xkm6+M/ql9OFXfKYdMI/qbyrv4fbzf+dnltu6sHMWKCf12t1d/9qt14f6M8s26Cf0Af5k/MtGxKuycv1ha6ZpXumO6Z/p3/kTy/rTuiHmZulZQf7XcvRx+5Up3HdzCTMGKccett0fYi/Uq/VY6le9/AXt12gn9BOOcrEvBuqO7nRPM/R7douq9NJd4heyWv1BJ7Lh/ojNNr8roxWCKPZRSMbaXrNOlqR9ypb0BYynqPVNFQ/LQ7ze5VV+Gb9xAhg74m+wFCWoOPdWfps+Vm7Z9OQrfbuD9yce4ALGTZzEt/1OV2vC2Uckn5XH+6vcdL+W96E9CR9hF+nTW0/9qOWmXa11sZ217pva5vntmzRt6+0dbqnf0xZEw3Vq+m7r7qWdaS/OI5RnqwX6aF6H3d2eqe9Vj/pHZI+yv+d/omfyu8B0byFTnW0f4xf2JOhLx2W7uUPLx9Rfqzf3h+pl+qnSur0f/go+RX3Cf1++ro09ALogtfaQ3WOxuvj/Nnp4/2VGuvoraxNn+CP0Pu709LQNZbz6P7SlekT/cW6tz9Un+RP00e5Dek+frU+2a/Wm92GdF//FL+f/4Q61Q9Yi1qg79Dz9fbMde5l6aO49jPyu3w0qtAgsIs3pA9NQ38ws+hY//TEzRoryHLd319NA/zTVJk70B+isfbcpav8n/qn+be50A+hZd7uml7+Tp/u1+kz/P/0P0jj3ivuAh7HG/VTXlWRFP/MN7rlC/pMv17vka7T9+khmnc+NcjHXx+kz/Jn6lvK6tyzffPOS85wDQ3yHH+QX+dGJaHMwX60Zt+njS4I3R7y4LpbvQHucP2mHKuH6sv1Ffy9z/XxzhAf+/2ONKToJXe5LnEbys7zR+oFeoT+uV+tx/KzQ/2h+hu3g3MHj6jZO8brD9MfpVH7L3y/7DYXsoLe1Osu7gtaure6c/T5Pp4bXl7tS+cC/5KyxfELWfO40N+RrtbD/MJbC7jnh7p1Gs+Z6xe60MXnpof7C1i3qNMjIJlutUbPLvLRlqp0vb7Yz9Elfo1frRfro8rMXOhSjnIu9S/zR+ir9OEp9M9zb/aicRzpD+VRq9MXuubKHD2k/LzytLtSG+3CzInLfaM1fuNe7K/VWNnQ/oEuWoTR7k77pH/pP1VyQtkifbc3Qo/yR/tGuoq11H7pan2nd7OeqvdJz9FT9Xg9Mj3G71Te3V0Z/rVc/5f/mP5T6RV+vb7Sf0Ff5W/KjPX/6EIfu1nn6F09zp+s5+i79PI2ncrH+69l6uzthLmL9gzROZrgD9W1/kT/V/7Vfp2/U1/jX+s/VTJZ93SXQmvkZw9MT/Jz9Hm6zv+1f2/bN9yrda2+vPw6v4fAOfretgtjk/0e6Wpd50/SKXeHO0tf7w/V9T7erUxP8V/ycnSDP9Wv09P8wknqOb04/lN/lTvd3+LVsSZ6o3+T/wf9rE66Q3WDP0RHd9LuIek6PcMvaLCL4w3pmf7Nfu9U/7JqPd0/ldvpsf67QM/yV7lYOZfridC9/ZdcUfaG+1p6jt83Xa0f16ZMnKxmlu9054SyghG/lNux+5PD/XKu/37aaBDdy27x30//qOw3/rV6nr9Ar9U3eIWerUxPKRuvzaoxQuMsPFn/1ud1PP4732gduLNfOWyzK2Rz8xP6Bu85PVVPKWvLJ8ZCWdBs8PRz2mgDpv/YReJhHEQ/9m8ba66iLfYZIopO7B1mU4INCHGssItdGrOoTsoie7rxxDps9+3AeV5uFi4NsspCdCRsxA69w/wGiiNzjW3dMBxUUFxGOZEG2x3o1tA6JSlFz9C9Yis5dIgKSCXbxH6qwF5gft0rkJW05d1vZzAw/kyi6MliC9ruvWCpvM292PsF/FQxb4FKFiKj9wO7E5UIlYzyfCQ5/mNfcqiS+avAcgWUFDxTBySdMA6kG/uUvHiOI0Dain60Np6jh5P7ir1ElDempZ/gVn9AvJYm2Lf5w8uGlZ1KE+yZ+mY9REfnksL1mDtPV+vb/aPTQ/UdPiTUrC/PZYbqOfq5zM16pZbp+f4C/7TUQh+69O/9aWmsLnf6aXdxPMFvHp2uK/uDP1wP1SP0Jv2xvsu/21/kr/HSbo7u8Yfqe/0GfZ9/P3RFP0er0yh7dXpO+gF/iZ/mcyFat9Rfqu9qO8q9Sz/ol/o79QXuLP2Q77j16YWxZX6dftgvtLtemz6upltSi+N/9HFGfMSfpEfYj/oD4oV709LHpM3dP/kfKuicO9J/0NX6MX9AebUe5TbRB+7T4rL0g/5yv3fKckV6uv+4j3X18rKderF+0Me6fbmLuYT16uj0JWX7uQvdLtSTVvhbCG1BpiB4HRBn1UBP+BGraPEzGepCip70u1A5LeNYbODKwZgOiUB88gf2CYlZ6ilf0ZNtDZavIz3tlyLfHLCkhBICukMi8+EOCQaCHULRdvmM35GcbI6uSSr6M50jXAe42i4qRxdhDtFFdIndI4vMTZs4bxbm0WJnroXZO78QH16aoWf94hY7VBjFLWzj7UnbGR3SeoyRwXtanDOH+h+qOKPgEV14nfic+z3SztCXIqD51MT87qYFMVWb2iHalsJve2IWVl5j482F969mnETLmvBrpW/keqVfkOuReoZ7Sxpn/n8HeTajaNoH2UBOWk2zLGTA+p+Wg5ajutLHqMILdxLNpyQ9749LveCPS73oj0ut8sch8ssfl9r91SeyBgX0XyngS++WtfSSv5nW+Ip6OpckHk3tKxr9AxLAfnwRf9lX9Ip/QAK70fTU4JJVMbzlEuzZiBo2KJAf86puh9l7X/UV9XMyXH4B3zEv5IYyXBzmyZ1k/NUJ5kZYJOCH6Uu/sX7DPpgp9ELJ/hZKwUn6oXgHvte2BGflcvZG3JN4zU+ptpxxNEGPkmFCwRuGXQU7V4KaShRNZL5DeE4H2Snm9KrnfAZuvo7FziL2dnCWQ9+0fgrHga/1G+gTZHLwj2Wfr7mT4xj1GmqS7RSudKau1jvUXu1vdefR2Wa3sQbSG/479l/obe7BEUlTU45bO9pqEqfGgY5Z57dPfi16iCbxuXiELqYZ7FXBk9eXvOln6Hn/Bf9Ff5WPr3e5/ZY/kXny8QS+VYYW20lgCrLz7bd9+LUfSyXpHTpbfpgKCF+yylvvJ8NYQeOHiPIumL/WihVlE0MkyTt+BbO7dqB2nLPKZHhrn4+IRFSOyQGXKuIU2ZPfLOb4AcPPV7tkEN8Vb/GoZeTJ7NemXoMi9sLIzB4lLX3jB8Qd9npV0WexgI4Wx8UceoY+tNDTd/2XfUjrElqcVPSeH6FMoriZlAjoaXqGnmUsRh3V8ihHNpj7rMjLFpXlUFSaQ+/l+/ecgx2+KyPJoAUo7mXUD/RhvVRhLCSwbxjr1q1DeYI6lZpsfEfbC4VD7/tV1MUOaEbJhV6GVqg5lBOIRkfJi4Qpf4PvJypoEWP4ppY6qUSluRaNo58o5ZzR7ZMf+I4+Ui2O1dJGH08HJR/6jXZAvxeDxIKyHQL346mP/BGMNwZPYw1t8j/ygVFK2M8JM9NfjHcSxwtFH/vzqTMx45oIs3Q6tVwTSjAtissmfwk/80oCPAatVx+sPdE4mFVl18hjoHuMbldPmh5jza4ztfwehoumA/v2e8dbvtO6TodXPKAQGqg/EaMI7hUtyxPM5LyE7ifjS07RZv8We0WJQ8OzHePr/I0lXwuzQm7xj1Q96RN/pPrbUc1HqiGqENc8worimkdYfyuu+R67OLJ5hNUysnmENTEf2VzAPqLF7wjc9ShHO2k6r6TGi2/Yzzeo2RbuG6TxNGsUTbKSlfh9pIJ+fIcMLEGfiS2MkOom1lsO+/yPVJMsRB5tVGsosKroQ+XQRxxRgN45tD52pDKIQWR6v0eYFp7COE0zTopxlNtDPqHo/ehu4V3z5j8Wp10cn92Sz6g36+UHh1xhURx22xAN1rlVFPYIywnRjQfTlcp8q+hrD/j+a/8Lv/aakKuo0Ie46EKf+ogQ2eqbb/F/o0//rlIGFrJt/p3yq7bIjm0yOmI1NsglMCsV8GUFHFucMUxHO18mgHoEfg04MIPY/cwHamWrMsztE1KKOieDIjRIQxHCJMKXRBJucmGZyH3F2pKgO6SJDYgzu4+pN0XLE+A7uCRRw5nETPlH2F+VAPkSZ1T5534tbfeXqi/8L31FgfiJ3svb4fd2DirZ4U+o+Mr/2v+L3yMZ0AzxE62oPv6Nf0DiG786AWxjFaVoeNahFSVxRvvi/P9mUtAX/k6/2afAIbz9jd+txJRYSr+XGE+wDXdJKBKBy8yIZixXIcekVZsfn37MlAzuX3wVtCEoAaJ2o9hDDokjUmi4E1Avek0Bm31OIsiXc1/+F2wU5yTm2IsLo87RzmZ3vy+5WEJ3MuPr0A4H2UCBRX2Zs6RuV/snHZIBpHA+TXWU5dAK8XLcIcSPQScwUdBWMJ7G0LT4k4xDvFLmhLJWCIcepNrQhuLGIWuI37zP/sRx6BXVVbys7MAhFRT674StzdBPkVc5CGiadZj9JEck3mcPsR1aEltPwS7Pd62IBYquKb3biQd3O4kgQT9VySAV/MG5y7mbOZGfZv2hJAioNJhPQ6QO3qxMB70qj6Ibnd+LLVk3GFlSFpQm2wQPV7ZEbGYoE5QHFQFkG1xtESOcZiarMo7wPttqidqM0wMiQmwahLHBJ7eRkHS0vyLYVcpN5oNmXj+BQG0bZIKKwCCCwSxQGShqF2yWDcmAnhL1QlFlsFlmg776YqoI4JU7Hdk6AiC8+iVmhsjVjvG9qZKGZ8HF6NBmPxmy0GWCO2wdLBMX2bfbp0vzrIl8MFczwT8yqruOnfcvHjnvO4wcajXjhrHxWo3NtPhMGm5ngotsPzg8tXc8CPaOj6L2wT87Xt82Jg/F36z8QdDk54IOwbklv8iOjj0m9wj2DDoGrbHBe/0/HKt/PeNNS13hb3HeFHSF4t4Q9WEuqJfJ9MmhE8MoL5OFb5md4x3FMMYeJFe3LeUYRbR2z1BHzxE4CF8nQY8gD2zRLmbssLDCnmrhjH+QzNFLyRTtFURWWpyz55e8w7a2LzjK5jW6V5jIqx+yPP2JY2I60oM2cq504PPh3gHy+v6JwAVqYmZOSTXTP8PqE+3jmGtRhpJ/bCdPUOudPEHDPCCdIc+5YJ/AnNJR075Bm+DnCUWLOU4lE8xIZIJvRKfgmkTET95ePdlW0ajYqnzUzoP2wwInFZcetDvLx8lYJtorMErV2KvaXmElab8gHuaoUiWvywztH6wVQP2bfzMhg2khqjXDv/6DjkMMCp1AJ5KJclKiN0t5Hz4dHcP5k4E6MOWA8z3OVz0y9pyuKfS6t+qmXOpqlecZE0eFMVmGH928XUuj1f4WpHdfaUoBK77hkr1WgReySZrcSpFHovAu7cL7dI9tyjDaUBTvVTyjHTqNtR7TnoK+NDCM6TK6UhD20+TR9DjWlxSeuoZ5ibYXtcLkdxuXFCG/5Ce2w2xCKfokWcW5/krVNnLC1vdheYwphzPsZsJxQ8wPchWOsSYz5jyqfxNnoDR8h+st6GteLEV7B6Xh/SBcff4VMv/P6q67k/gMz+KlFITjvazFWnGD1csxY2BihsAmlrKWE9EztqC+IUNuL/bSYEVsksDwx1OdrNKw35EETrBl/DmBHaFzAMRLQTYn2AcEf+IVebw9we5JO0kw69ow/lZgH8oxDwtshleyDagtRzAOSfVI7G/Fw5wC5l1kLD7f3pfrGW+jnp40wTbfNUmIV1S0jvaTiCe72s5Q6zsVBJY4aSGXR13IaXp8+GxfOo4QLzvBMrPlOF4Tr+FcB8h1bJ66lk84k+zrhMmNUi9qaJqYGMa7T8xnMa6h69gaX5zJ+EbxXTMZz+R8xSaLMfIBFjIZzxOFXMYmIzPaZXIym4zMs2UbMszFYAM1rUZuaZNTuiCLZqWYyf7DX9uT5dnSPI04A5wbrrMn2w5db0MLR0mFN+ttRlTbiJi6wRZ/lc+p9jS7V1iXWcm6sWfSIZQ6Oczqh9jj6Ta4iLCS1ZCJznfoRtvkfe9O10nMIUjdTfa9EhJpWtSrRXk1zJYbF06I0YJ8JjmzWoM9w55p32w7zGR6kmXQWt3z62vhi/QkU/pldJG8kGqok3WgBX7gWfaetkOz7Vq6l1fKn3NEdi+KOJHn2lGLDAsBZNPEJptZEnES1PDaZd5Be39jz7MFHU9RJH4viqTM4ejS6PtNsMCfFuV3xP1iKZrHHAjgeLjE/p3tUMp6k27l0TsekXbiNrvwld6kuLjERj5QfOdpYr6taIG90EZWh4n0exvyGtVzfJ5z5U5b0R/4K64S54o3zVeSUyzIZWBFmaPQrgrmygaDEEbkeO591AtTblsb9xFptU3WEp64y97DhqWgF/XnFalnfj8y+wq+S5QdWnB+6F1ZyPoyR9au3HVRXmh8h0Ye+YLEoLax/1BthsXFZNceyzVHmblNrGxxtGwvaslUFUXpIuMixtxE6C5hzqpz+Lsjdtb8XcotR37ARv57DzmP42YW2/99hGsvzok8Nz+2Lq8xD9jIb3U7x3+CXczk9DJRfZDO3UW7priPbagszLu4wjayCR6W7vR4Aly4LksX+gb+vV8zywS0KjMHXOosM9QlMGv7ODqFM3fiZODQ4/n8gP2pkSMzO4r+pOiSxPuJRarAsfSGmMhZPaBPDeLTwVnhDItmFPTRRlnIrF740kaTeE8aDRu2t7cltMhvWpRQyBKtKEKD7qTJUtBX9DVt49yk4CXO0GSpQgteLs+vnOIyDHa0kvoyJ5SiLbSNOhdxMPeic8V62hZyCj3EqAbj0zGWmzX8zBQBRhnkDzYen65iHedLK9RgWGduCVmBUcsye7aFvLaD7b9VQ64FB/DD9mwrqumdvHcJz0Fm0GZEwK6hcvoNyyLuOIR3rqIpPOdN7kZFf7Qb2c+0jRBTb7L4ZLg1EylJj9rTxRlCcYvsfMYhZNFdKtD22VahZ3+ykZu9Oz1mm8y628PVHN+wkTZLPO/ahhcVfOXFZcHPKJgxGOiZObRZOhx7VLzjO8ylejGvyUnOdYq6zZ5QThfntQLztV6n5Yy7+WWe4fBxG7xqD4uBNFcOsV9nviis48Vr+EDDiMZnt36t1hb4lzbLywm+6XEWTnvIJrUnPWE7+SjbFH0uwSiDnl1HT9qldDw9ZTfSCnspRaxf/UM9O0PP0P20lB6kh8D1bt1vZi+fD8F9CT69nA1v981k4sXMavi0naHfyegrmcyOD3Nmo46McjnGFpwT8HhGE+ANrIojbfBeFeeBasc9aZ3NAOfhVP7eMzZQOu1DD6TRceF/vkciShD58561ESHq0HNhXYg7XWlfL8H/DB6J2SHjl4lRN7pxcS68XItseIV+wA/8vK3oBftFe5Vd6NWenB3XxAkPpCR7O1OtYoVNFHsPivjsDJt+FD/s5DMt9CrSgv6+rHn2LlxanWi13UwObZZtxEu2GY1ofSvOFB3liQZ/y3rZTGtscyJ4FFZCGkPIWIf2LhI5Wm030qPMON1oF2eMxq/58mU7yhxtztWKsSQDw6zBr9qKXrPx5V+3C1mDHRpHa21klrRFLW1nfuvVtskvbdp+mh2EUn+TPYuQuTXS/TE/e+3mylk2VqQ/2314pXnDXmfX0pv2W8wAvlS8bc8nZFbBafBNG/6KI+yOtI5RapeId+332Do72L7EahKd5fucT32w7dCxFk46yBZdwnYUWKVvlh/YG+2K/Nn5Q/sjezYzgmyyC+eTvzdfWnTGOSCYYO9uHn17JrXdzaDW2dRmy0I2ta5BtwBtbGph/Tc2MydkMsdqCUZ/xHm/UlLgSu/GyL/LaIpAn8z7nWUbznCXUl+JQaJ7EBdRCdiNUmqjeCwG3vwoLy841jfRlfRQPFN0rTXTdPM/mHcoYmyO4vd3zT20O06IzXY0Kqv/yVEB5upvjcu3j8lE0lL8243LgcEygR0Qs8vN55nD1QRhjxkknlOwNx0YXFKhqIR3hIOCA4MvpaL1slI1N0NeI/tkT/olmfcS1NwMW8K9Enk1mptzdDafHQ3qVHEWl3ngl6XusoI5Wk4OuUXsUuTUW8L6wlSrjPozuzA066pEpI0fJZ7gzMAmo2ZPGsNzDt/yGtbTnLxNFbs6cjI8ba0p0vHOCjlqDCdQZE81Lcc9kzdm13u7y+plhXW3rBdr+kEWsi79QS6PVYU81cbKa3TTRupFF4pCy0ymjX9963bSWaTownz9m1rpq/eLyGYc/VuT7Ey9mFu8KhzhgwhYq8JXztAqB6jfJFVbiu6QYFsEB2IV7cj+OVaV6CJ+yixNcULuVFHke7yCriTFp69mEiHjD3ITFFvAjBxEEmB8V+b/xqen2BvXlOdMbGkv2x0OGBhn6BirWceE9rB7rx3a8zTzfv0oiHKnFXvs3pW490LIm9Mkz493Shpm1n2TPyaHwIz8pYLFe3uyWBdp+m/75HCfIhvePsyX80Mq8OUcJx36QhZ6CS0CWCX824UM38J+jExuA45ozsCYEMXMjCarmkEnw6M5MXkCMwUfHBT0iwMY8/ywOiN7TgLRd4cEnRJ/lkNjT4seQRPtJwco8CBWwVMQntprqN65ynGou71RGukeKefR3k7hPu6OZYvhOAcZqcc7yLk8Nc/PlqC4gB3GFsOoq7iJJjjreI7AagFk05+t9+XxsRNiwj4x1juGHtxIM6jCcujUFM7D0EumFs27m2iic0iA8k0/fuUYprsXxTXO8VxvoW2/5XfMvglNb5KzkFnwoFUl6HllrEbDKbIaJULbMs7OC0VQdAVy9KQK6Cm1j6qiH4X8T88zr+RC8WsH1i+UbLjHp+c9PmjvdQ5OvQFnGJ/KzKe9xSgaH7JiBZyXyqG77LdCT9INzgqhaKozjlf0sWwvwLuDBPgaYC+4Mcz8N4bZhg8NbnIKkhPZIsDcBR5Bh67nZ/FV0J5G5rS7iaXkbLY55Oh+PuXgiXvtqbRARifybrtpI2odbD1J1zsJHm2j2Zjcgzh5ROxgTsgPNoWZmfHkNDos+Ensllajg4yu4HOZzOw+1zOjGyyAYFGaQtOdgTSVim2ZY/I8eyeL1WzFGUM3OX25bnNKydHzMsj3E5Yc2HFWqBkOdhnYcmBn6Lsby4/R6BOc9zHBsofcZlPZmmB+T+dTGtr+adGaO4JPfBeRx7J7FTl0RSg7Z3GUKO7BH3hqTFH/mLHB96T+5IY52R4WhiPs0EA6c5y679iLa7L3MnMbpKs4S/R3l43r6WNHcXZjU4sKuduivyOpsGM5CdvNKfk53YGtQmaPMAzta60zhMmIGFDOWhha8vGGw5JhOOHMFcMLh31stuNQf/GwAAfcHrI7bYAVrejd0xNfJaroKVFCP7KQc1mwp8K8X0XNFV8leYfJX79E9Od8TpiVZmSwa74lzQwYxed+3DWtiXqZIMN5FbX3JmS6S2zd5bRtztqnqIeoJOHQdzlrQ1IqqBt/GeMxe1QaWUPPaovO4duosMYMZ930JjJ8LpJrARvqIcEoWkr3k0MliSg/zSbHobh22A/yCnDP0qHDgxpm01WWS68rh55XtaE9+JDgabGOGpwO1CiinFHRTKwINbizORN1ii0n0JmBHfqtjLRK83yG6rJBPjdBgm1m19DP7JctwVEPOWtdi1nuUc66Kc//+KiMmFsPDRqcKt5V3pXbWPt4VO7B2VX34H2xZSkVLdaWO52BoSWsYLmrDPMoD1GHkin/XXmvY05yV1oO/ZxSLaxzBv3T+g180YkCGZWfDE/S2JeeF8aHYrJaFNvYMvytYnSPg5kL22FXsVB0UJEehh6YPHMq5MoHg+ZfnGoL59BvnIB3xojrfSGdqD6yFV0crsoZ6p3cRptoX1FFMacjPweb3cth1tnn40cE/UsN3sqwUePuZOspsY3tHJ+LT9lX2YfPxOOtbSSooZWl7RjaHtrYWtvXTis1ffqLU8m2SMypWvqBbVqDOYPcK6a983fTtnJhWc3ICCY85qWXQjFaCjn4fuuMoYibXfAYDLbMGP8gYTKLFBh+I28q9vFifjVdhD3H7lmsF2Lef64c+lJtV0ZDDMhkqPhx8K5qpnE8CyNp+0WsZ+DQkcH11p7UyTqrrMMubbiPjmeJgX8DupypMRmexYpx89Dbrk61zn/b+ozm5OUbXlpYulJ5ztSXQlxzawsRWt5GtG75+bHWrX9abZaL1Eu2sCO9KbIgVcdwJ0k/Zhvop+IpO0nXSWNHgg5ZsCOVs811kZqYtygZK+65tnIyIWdmv3/Q0uTwfr17axPufZvFCfd2b3V6U85yBhKyLNxQGu3kRwU1nE3rFGEyQ2HUhotvLMP7XloaUEqspa7K2Gw1MhtZN1sV9Bt7qRPlkmqkPTgL+5tOhv6QHENOqAP0YE/LQuHS6bTUkc4+4sN4xE2M3fcjavo/7H15gBXFtffvVFd19713BgcvwzDY7aAoihIRFRF13MYF2ZGZJKgIxA0DwjAiInHDmSgSEILKgIoR4xaXuEVBIDGJK0YFZVwjKiqI4mgQxIUon+dU9713EJcs33t57/Ufytzu6qrq6lOnzvmdTR1BR9OZyGCRy7hwcUFWCH7vEkW432nCIvda5wGHq3AsdncRf5NF7nv+97X1pLZh3THo/zULT1b8gr5u4dngc62Zpe72gl1baTnOZ3qaY1BHu9GlmvGsJa0NHnMWpm1lkp+JVdz6vu4fHO+erNmqcwxOJK6qWele7s3wjnfXuVxrzXrRWImdJZ0/FjfDPnc6Ncv8eEdxj4cFu9AK1KBz5qx0sbRgqYLPrhWRB0wH/NJzwb3P8mrA4z6YzqBzxmZ3jPu63XmgdRw3O8YJsKQ1j3cQHR4EaJOpx0jFVvQjArZgrm9XjFUY4yxpvaj1znidQqcCVcEjO2Qxu5z7OjRjpA5LFr1UB1xIO+PIoC81Iot70tyrbWXXg8da2LoCN4tn68l6o8MSbmOUd/0x/VA6f87nUXA5Z0xH4kjG3u4IkSr5ROfz0uYSZWp4381KJa4S1ILzK7JEURbd94X7v4SxVCpUflRgM/Bm0UcfWH52O+uV/Vff5vblJ+3JF9Pjiz7hFf9Vf7Hj4l05Wa28MgH5c/5H7s50vDb4i88YDdM5n8PMK/hc9lUlNWGNXhf5rGXRhvpKnu/l4DPVyqgHUj1e8XmMuO1r/ut+Gt1wdHCS5GQ/yhCmmkb8Tl1Eu6SG0P5BPg8p52WJ86Wy/roYgefLve7YV7GOMGMbWVNbSfTJ2y7XUFzjbDBjaLW7xt01xTrQwKivEkymnYyLiymLjHsKxZRko2aysPcGkq3OyO9cT4VSdyN+TgZFTjN4f9XrnxZlYan/mKBXcGzQO+gT9A36BZvaPbJD/2BAMDAYFBwXZDE4OLOoOqgJfhj8KPhxMCT4WbkRf97jg5Z6+q+8JjrNa0aiqSeaeqKpJ5p6oqn/39DUm+h1t2yberDdt3yCWv+FYRgoJ0J8Yrs4W2XQTcdZvpdEePwjeBNDiNueH9WvrYTlW/PdJjqETgiMjjWLrIxcg40qyI3O3/RjxTHwo8CaQ4V4jdVgs+KWf1es1TSpoZIHmH2bPlGfKut9l3+HrNCwbfOZ4sy+bKvn6HqutbyW7PtuVPxNP4t2vK0tYOst870Tg9HqTMX/LYnoaI7EuL6JwuxrBvbq8zkPF147u4d/7Y5W+zmzcLDi8+UAh716h0UZlq+UPXWW2sP8TJ2nRqvjRNK7QI1WE6NzkvfFbXSh4jPoIsXxsJNVNqq73U3+vViu1qtGDA3+ijKprb5eZlqP21yWzrrhrxiVpnK//Ce+K9XZGJHhawMj3xUb48BXjOV1qgIfqz10urwYI1WmnFfElSqdd5a/T75qQL36tfta7k1XCDJRSDs8M6bXeeC6jLEdm9sW0hhhPk5yXPGt3vpeaEJVj71pFtLgCuVZJ37vDSrfqovUZ/47vgD7AOQt5jMkQv9W2JwAz0e4RkXki2K/zHHFLBufFFBu/FBZaZ697tKwscvVUsWn8O1M1BsjAK2cnb1H3d6oRYd0y/1zk/sgBopEPQ935RAsV3jOFHSlyswcOVNmSX2FRsncPsCkC7wZmQtVR5yBJciU7MEHsfWst71q7AkYS6tcIZ6rrXx9jb7/Cmz9Fre6w4I+Qv1K2YjrypxMViFy2uvgqAXeXetVExBhDR+pDaoRCRKXIHEJEpcgcf8aEndrOsHiEiwuweISLO6/G4tb6Q4P/r1Y3IiAsbhnEywuweISLC7B4hIsLsHivhOLy+asOJXoERRicz3pVfpubM7FB1F/NTjDcNxsd6rAbF0DWxGX89ZVRPvRa4GAcabL0kirPiCY79pTsxQfRrV03ajH/wz07zMnwf/+VfzvJ8Egyo/FXITHc7GbiaUBzinUU81EMT6Q+aZkjJkYH0nO+dXzhAtVROdS7Bdm5AS0p3Zx9OxE+Z1vYUeIr3Jv9l34KsuEP4sQBm5p3/UnmnVa1miZD+fv/lXOxq4SydCA7c0nMFt5pfUU2TfvlWZazKkE25uTgy4tZtQz4PwpL0XRnGNa3LO6CtNHgqR+F5KaII0J0pggjQnSmCCNCdKYII0J0vh/E2lkPYzrp5xhXiX+rwH5CncclWyieutXeYW//nlfwZbo5CnBqUFKasenMJNWmUf0dFl3vm4zMzIV8y+ud8zR6vz3WN3f4XwXF4hkslDbPIdxfjZbRSZjyGnA05SRk2pSDrOyeaamlO+jSpDPXsg1qQv7WCeYUL52+wKqxPWOrSXgR/Vm4pxkfdRcWZd8bGt8lb/X85J/cKFeF2WE64uWta75ffLvdaO/QrIUdZK4/kcznJXExwMppruJnh3xDIfzJp4WnBacLutnpI85X8tuzucoV655O/UwiqOqNfUYGcxJnRGcFlRiQvnPy6oLKhXMwxtSB2E7U2K6F72btrovV3yHcMNSU5lxcWCUVdJmCPyxvlt2+ouKY9Vro/Y2+9pPg/3VOiIcVLxO1eBjlXE4Fvhmh8dcpAjTsD3ata+I1qAGNlsRo113ad6/XBtoKC6AxlBtMKW8skX/e0u8sRtpcvYUiLOd2O9DFNfmidfZ4IFvqdOTj2UP8HF6OzIt6vUoiWrP92MzdNrzLD+reZqz1f9JzrT+WIoZ5byKv/dujDKA5J+PawUQ+hG3eRvpXB6P3SU2Po6wbUdWSutnAvQ3ZxBr27bez16wdQGG00DTUnrbF1ui+FrjbB9l2Pt6lH1qGxUSlpjLNO/+N9v28D6QM/AV+gv5uetZ9PAOB0X5h1KShe5eNZR4nQvRi0yES1YJ1laKnt7AiG8dGPGhJql40lMxAnJjlHvwlijPi83Ut3Wf7xOfqHbE784n2cN7sy2f7D21tSpcoivdAz0SNJjv7qFiWZ1zQU6Tf+c5WeFGlbmMjXY3M+rNPPStCPW27zInp+N1UaUYo2ZKnYSpxDk2mRqykneI98pzTscIletHbIGIe2c8I0YdD/J4VVjbcnGwx3yP2wx2KrDYIVRKrD7LFpwN0sfOVIJDvHr0xy7UUXTQjc6hXgX+qC518itoJJOanQvPNIs8Il8F/mpZrKTfIo3DPcIRnhFZkd+E66EMpV6Yqn5PM7SRtlUen3cvCGYVCPq7Vr5IFkd6fJZ9qdkGw2Me5XH/dlcy6prJtXhXrVX5e0yZeWuSfbes7IjqFs9wduujvSBn35kQIYwrZbTXvtW25NOp2sWo4FQdZ95iK0d/z8r28Rg2g6NFb7Ly/Y/5FhSes98yvTDFnSDZ3wZ4cX5Jm1uHd9tAj3P5leFob6hc07mvMkXow1JCVYE9wcoNUzAHLi6I9ljepmCzFORpjO97Ba1ie0P8m3nmJFQUtFiFSSKnDfaYU8zSOzkGS83e+It5yrDVr9orRS/DI7D8/FvqIZR1pOrkvGImSe6bY/CMqXR5lkdSpfuKuTGSk56jeuxCllanYLFo47yiNd4kbDYLqLs8O1ha96N4NY/2JklmkEsxmezO2rZlg3dDVbTr8rgWt+d8WXxvGLi2iT0NGCtgGl4RZXFrE/3m9mdri3iNDlpiXlWSK2x+hE9VCd53DG6Aiy6ivfRFzGXiDI81+I1kg7M43Q89I5hYjEvx0/cIos0UOkaeOJR86o/HI7Tb2jE+dHg9eMw5pgvvOuMiLRxyCCZF77+bW5HjGCm59iMvAH9LFwG6oyMdSufQQ4IpcraS46LnDvUWkJVyqtQ1jsFDqljyL/SjVXhINQgFf4gb5amd8ZJ6WdkMcC4WYoPgU4wbnWZsTS8j34YzbrWTJ/JoVpO0zucVKsYKE69jT/dAN88T+pHNT/dTyaWUz/fBLbfGnNhmsUJGip+PM+mOinJL5Tmpn+MELEn/2Cs8NbiHxe4xKNFTOS+ck89jZqnK5tetw6mch8zN85Yh3tbj2zxyvI945DId72Zj7JljrRH5ufBOK5wL32WOcbzHv153+feekiX2VepONlPoVdraNg7SPPJEPCQVmbnlyVSMSvcQ9yEVW0TtF+d7O+MEjzUDpsX3iUTeP9aL+R331KzmcV7FXO49a/u5hywVcy0bXjlLxXOQp+J+tDUVt6E31bdnc/vHc7nxvjrRi7NGHwMlSEE+Zy+jE7bCwlDvENfFAM7d4h3iGtQJhbHGNZut6MYidDYXZmEvs6XdSZ7duw3/YF+dqVrO3n60keLTlRGhTu4DOE7OCD4TFuCRiDcU0p/NUWc5UY2cDMM8Pk2HeyO8evzEe0A0Xc4/erJXJRkAA+VqRgJP8U71mBpO89iKtUG8EhbQJidbIBtVfgO+uMHYDG/fhjIWYowspfWP8oP+UT1h7Nz9aPYl6IbWNCLaGbzX3xVKPg4WBbRvTSLjPizr3VZZpI/ztlSqQYZwpPe2UEWzsrln8vW7OIfwHcrFK7mcMj0iObVSOFw2J0va99l2tjqbcYbzG1XQAea5HP7SEpM8wNxNdhY8/kC8ZVhCHkF87jVhBFlbXRXyeOQRuVx2eUyyGz5Qa5zvk9NugPlnctpZ+nL/6dx2WYzyGI8d7RVijp0oiGSbGC9gDjXaq8eZHlPRGO8qyupjha7GeiyPnadqPZt7y9oV6jHOK3OtfWQRvY5CxIolBu6nDmO8LlSLHxD7OnSiQmtHV7L+F3VeNQa6i5yv36nHdMrImc9YYD3+qJ6NRm8SfqRyPO0iwShjqdEVBN/yXXs9L/XcGslXFeJrkMm1C6K8l7MkB7F9jtHleuzgEM4SSYorv7XX+3jc+3jPxSzBn2twtrdOcpLOi/rO4lbYOkC8Do/rrFgZ9tCWE2YjnPV1NEptmVBN8M7xOAe/1Ql2y32Zb8ZjYzkhPp/YSrKbVEc7gvgECaTyw7uql1jgqsTDqV+Ue4+x8bfR2anA6TrOBngRtcIkL2CNQS+gbAHixHUQeqnSaFcPwHuIkSebBzDCluRNffAMKimLUs9F2g2i3NjsS9CEgcT7LMafehBbqiz6VOQY/JxYv/yZtxjdvHXqZnVPa7GcpfOIWQ/qZXyUYLBjsDfZ69w/99pBMbJyoceIGVeGi70OytTsNKOGpSj32D6YVoxRd6U/pwZTBi85e8rK9NbRCOC35VlY3JaxgX4ya4sODZYRW33VeopnMeEeqVJc5k0VXetMyVF1MI0JrKbM/XOPvZT1MOF+DVqOmO97SNT7NK9VARZ9EnWlYTSc7OrmkeYsdiE7g8v0Rufr2HXLtjM9i0u/5JyV3tYb8tP5OW6NUtsxZmtGBPtpwh+V4/TwGhAjg4fiWdhMfFd4h2K2eygOwyy5dyjONh+58V9XeYfiYh1jB4disPmfjyqMDRJUIUEVvo4quNhR3yWW4dbUz/tXMIbjkSAM//MRhpa6VoIx/G/GGFyRQ1tGLNuzJvaL9BHLJwkekeAR/w48YpGTjSSKBIlIkIgEiUiQiG9CIhL84bvwhxdVd5znvUPc7pvQh1a4wIsrveVl+G/GJMqkR9vTH2Qn8FjTcJE32eulPqbX6WLRPc7zBkkd33FI8Il/FZ+IfZcepX8Uo6gNuPreJSn2xakNbk73AV/pRPXYU+ohWp5XFvmgMX+4V/WPdDirwcXeK+zHcjx+jLFuZVTLwRN9y+SqfHF/FZiPqRRXDbD9HUrW93sebK3WFYp3QQ3GBS5u1w+KJvAgztbrqFjyZmRwrHNy5JvjojJje7Z91AVv0VmBi2WGaXO8U5mpyOW7jf3Lry/OIL7OXkeHupamxzu2zam5Vn3QX+K3NkSSlH0mRmM4WmlhlCOXqeLSglWplLgK9sPmax8T8+4yxT5zhfXH8hFqBtPQM73tFaqIJAEr65Wnbb/sifSZeCtyrGRcs457WBF5ezlmCjLIOL0j/9MBZGNYM8KzLkStRLdZj1OOoutJE3CkMbRCnr1fMafrTbYVX0+zNiCnI9/fIJEUnDuY4yAOi6Ip4upVKYmB6JK7zn3H1Y1TsDEBFVKxK455zddAmIYvo+i77pgkT7I/8wuG/V95b6zCI1JPmO/sRnGle165mxw7kkXDxkvlslq8Ss3qaDqCVkR6arX4pvWVulI3OUwZNzpl8iyvcQd008+A/XzPpGpsJM6nbPvoiFudVRnr+bWlLY9zJjVhi2FNJh65WX0mrQl8hhjc6bC3U6z770LHSkTPe8pWWMiIZPCu1cyEo+drHGWkRsgB0drFVUE/UTFuw1JagDbUm/ZQ/DSjT9NoB6cn2VielFxJSc/3qznR922fq4NRHek8HHM6jVanSe7zly1BRqJQb1XjA6Z+HucJh79MFdJocsqwn6rDNFxB74gfXRZXULBV5cwnHK6WyVUulzplX3HZJ52Aa0OSxJIRoRO60hwyaOPW4+zA1oG6glgastJorVSQKxOdbPtoRex78ywVOAasGidGfof7q5FCla/SR5gV6T8Gi2gSJgTM77i67kJtoJD3kox9Htlb0sY5sUdkA+Yp9oq09T7+lvOGjL3rjLQj6mPiuh9Dv7HNtup/rGSEQfeR+F/+vVDzGR97ST6Qsl6Si2kGrKfkOeIleU4wVl+QYo/IxfiDjv0hCyu5WZ9J9pA8JzCYEKzbyivyIcRVoltFPpFp+X9Hv1Zf6U0ITk3lW1iPygp1TnA/FuOcgEdcgHspfjLAhMAvqJXLJ5etyv2P1ciZENxQdE7AmOoDBbpIyyo5+f7+ET9AW2t336jGRlxx4/t6Ax5g+CrXu7WeufUoUvsqy/l4dXdSM1yOiU7h77pe3oK/Ea9h3nf3nJznLn+7iREVDjZx9oH5+PasAjZy9wjMxJ8xG0uimFIjGjTPqA5FpOlit6eyUedHCI4wW/hE/lkjUV18nrSX+P4Gd5xeiUafsx80+lPV6Mi3doN+RSrdjtP9FOtwP3fHqFkSX1chtUqZ6/KOmOJe4l7qzspxjU9EI+BrFRGW0RdcS+sHXg2mup+rKswSjXsoXSYztVkGircRt/iLXH6Dae5syTHQ3hBcTHdZRlvou6j3AwzLvWkGK5zZeJ+41xLsKvLCg36A6apGYj1aPs/1DWsk3so+zc9m8BmN0HW4zonPrPy9y90jJJrfIphcM2emYPYnma+/Z2m00kMpziLQlRb5sX1mPF5zeI5x7GRhngBrOeC7tq4vR3y1RxnKTCOuc5ocrtc8UF1C09UUiUu9gjYqg/7CScdIFCvzG+5vif97vy/lV8eYjXjKzJG+4wjwcdHMmccy6voH38VDPlfb5Jpsf/RdDPb/5POuPkMx8sT1UwvzEtQUZCYwuFxiGgojE9Li1V+NmRIFM5R+SSVRReWS3LnAXLywmnINvm815bPVN1VTztdS5rerxGzXUuRxEWVuOzMCy1fMNxl7uUjk1aHQuKCgBq1dSUuvtkapG0Ukc8bDKqlneCn+Yly84UyGK+/K4+WlO4PLoFOFPS2ne5TF4eukluWFKMFtopudozjeo2Vrg/Ei7e7rcnvWX7mlTnFlBheDaJ6r6bhc9dt/5h1nix3NRmzxiMMEyzpQpahYvOBLYXftd723Jjt35l7f/03zrb/rTVfiIdXorkYgmsdsDKVq7OU2bMVDLDa1HPNcS+mDojjjxRJjPoRaRplvHZeaR9ZtLj8v0hhitHqCnC623zrc7LpoMow1DCrIGPAFJuE93C36zFjFGNUy2sHJ4gM1KYqwudWd7/7Ktbs2g9vIvgnHOXCF7YoCv/54psOiKoizdKnse16zh/1uGO1ZXk54A4S2X0m106P7c6QyLff3sG/brENnh/c04yWP+Od6j/pnsqZJjXjMf9xnmxjfecJ/wvCdGol1CeSMuU1qXnJfhCZ8ITkOORJqqV+HeJXfozmwaJ8drQRP+nxeMe392uVqjrOjCr1l8j0o+n4EVzNXbmOy8AzPn7Ce0d8oNvwY0VPeovhLbcb1ThzL90dUKhd/crvIfrGxDrz7jNj67hX+YM+lmmienNOHT7O+qMitY28zVzKzVEus1AzHFYnV8uSbXN43T/n8FhdFcZ4bHK5Uyb+7CWp7o+Rq4PiQmWIb/tC1fD+eMUfZFkfj2zjbofSMn0VvOcnPpatYUqQK3OB2lhqYJznNajO11YRaqRy9DzVhg+ghU1DL+RJQGtHRfLcaO8P3tMRvjdAVKMNJUtNlDpb7Bhwf1x1QjNk9648jriHu4jn/NtwOwt+xCu8qxqv4TevwGW1w+DtX+ZpW+CtkLEacV+M0NVDi7Rd+JblfQZdKDgi7jyd+pas1+fymXdRY5ePWKJZshL7VHexY7bDIZGW9+ZxkOWSEDnJfw2a6yGCuSPZ8rZPD34H30I+IZGa8Bk8bGwN4G03M1Q6+V+zlmmzNYV4RHmFFhOMfrwndvCYZmaVO7nuE5si5rlTvcyQOf534/j5ek+Bma9S+3gjdyalBH8UZiPbzCN29dBSVXVjNlXKI8xasUow2M9ZMUaziFxHXsVzgRPSgQpw5jy8zdboSp8zzYWzuFvcH9AwsXhz3ezNKsLfDuOhw4VmtIww6pvYVRlMeg457ZY4e18HN9zWBc0PhNy7HM49R70T1hKyUN0ZdKRh3FhzbuByN7q0uxzXPU+ncjuSvYWPXrV0x5rGWikowpwXf4jhY3vvXSPVw3j23u9ZWxtTL300iENXzaLkreU+6eMmP92VMD3aUuAbSGBVz94GCtrD2Nw5DaTFcPQEviSZTGVUSb8jVgs1z/zrEFVu5J8ZVbnAIyxVnH4ijpity79hFsM98jHmcWYKf5fFfivZ8/BX5zJvAEqG282jIfcPxqN/q2//jX5QpxH7Ll/3PlbWKrI9OZ84bYvOEdP/G7CDcrlQytxinQuh7akSD75L9/nbOt7vpaNWrJIrVxp5yTOh3RanayvNVyo1kRO4j/7TdgTXfErl6tsrHrm47YnWEtnzwJtdYOgLLoyv9mL98Vxwr89oAj3lv+IWxrKsR5LA29suyZ5X9Br1wlc5zM+YCvQ2/V8+vTt/Z3lh5amJQKTZGtodIxLEXow8s0ccUUXjdWvfs/mkT+WEUVhvekqs0bDVsK+O0y+VlKcHBHLdnHnAXuPmoPY50z6KYWpG1JnBU34EFO7VYIuUz8utgXal5Bz6tqjG+gDbZ7nWIzqKNwzNooEP1YdrF4TpnkaTYImlRMyUztf1f7LyHh+VtiHajbUXbx3H1TAMTpHbst0XZl+FNJ+YAfALN8bfHzqijDHaLqPUUGko2e9E6sbf01V+qbO4ut7W20Qw+dC3f2FkyFRXuRcqhEJ1xHzrhfuyGi6hlTHIWNirZWmY4GpmfupjY5sIofz0N+Vq8cWwBSOt6ybFmLXbnBhyTPyTgmPhJgYveZNE+V7hdLFEucncjF3XuPM09FNonfhYcL/vnvOD8oJXUx76fpqaZNq2+yxWj4xqxefzh2+tkH6SnYYOKvU3sU+y74wuqPB6Noj1S+4f9rOgaE7StpT0xGPstFbO3fEe17EnIV8u23yPWxktwQXBh8CNT77KeckHQgP7o6ttrtnp0IQ6VH8mOk6/1eoXjSr3XjphMu+Sw1S4FGBAky5uVpZVc4VZFXAeP9jK820/96lsaDNWNCE0cQX2NY/0ofKnjy6jZ/SmbzYwx92o86fF7WETe9soSh3G64QHJC2KcuWBZY0HqGjMD7xDzp4WpmU4pmmByPZaiq2P7iTOlWW5r/Tvid7NrxvOuNS5+6VS5hJVohfNVxvlzlMfnLYkNlreIeHNjhPBY/p/32brGDIpWZg589I0wwUzKxTXiSzUDK7F1folHdvjUZyp9oHU9LhKq5ArGPmaiPz6A49fjuaLJQbzSlv4qUKs4M9WIaL33DC4OXFQIIuuLP0qJVP+235m1kDLheOupHvVBc8bIefB5Zp1ORTTVEPw8uCS4NNjPSWNK8Lfyra/Yv0vE9nNg+ywuC3ZKP1Y8Nbgk+EVgMC1YbdIw6ceKfdiWhZn3OG/aHHdeUYApwbXuJcFE9HQvCYz8f3rwDjXg8qAUM4KJWEkzg8fpl8FjxbOCS4IrghJc7WRxgv6FOl1fGbzpXxrUY5O6KjCCt7yfviRg+Xt2UI/GwGBOEOc+uyxYWH4hXqU0GiSrD7+hnVd7rOKqwQFrt1V+X/Ww3wdj9Nzg1JSLvopzoFyI3dwHDD9R9NW++EXgYlrwTvnVQQUeklyGO6R43zcGc4LLgseKT1Yd/fvdOqykawL7fq85legpo9reXVSqLpI/cDfXIFDx+izGa05H9FQDsQo81/clj8YSycA0AFfSENqUGYBLghTOVO1xbTC83TtUjHVtf2W2owZ0UXPQBQ3BOrIV2ecF/MXO9tL4QO1lboXBXLDF8dvw+1ZQOpBW48nKfDdFeH51hOLvaDZF9MxaRx85V+z8XYmvP4di3XvbT2yN5G+7B7YI2J00J6JSa93a0cT7yj5hoicIrC3ENcSt3spfdNvY/X5OjMBbDr6e7BunI67F9c693BgpxPOqxZew1np7Z+uK43GF0FjfTm/VPotfbrWHmE+9rnnf/1K0/C8jPaBlK5s9s0PE9dkmZi2XVobJ4lKh34Yocxyvc0Nwtu4gXPxCyQRl5Ug/su4yx8i/G7/ZEGI8kWn5Yqce44ipj/Mf5HcuIwMNQaxzMZ/MZ0No9R35EArtFrHNwvrVu/ivsFh8X2sF5/RqCO7Xabjl1wW/Cob6jxUbXB/Ml6+xrl3ZdjcEnct+HdwYPLLDGP2roCEY7N8U3BSMKbd/766M5LjyBa3I7yoevUm1wo8EI45r2/dFA0a73JY107wd85/r5abyB4tYhmU7Jf9/V63U9Yq9GR3xdtRohB1r222M0HwjYozW+kv6cm7Es/znnyx8v4mmQd9OJ6T+QsOLRhTZ3u5yfdwcVOCfHWMtsazE3OUMzdnW2Mb8U72c7IhWjnxa/L9b4TmhzC1CmW4BZd6XmRHJdrcE++tK3Bp81p7/7hv5axyDZmKsaQcnbz/l63EsRgnm5/Ld1qGZpmBOQatSXKnrsZoQ2bf5mrW5cmZfloPy+feOsxkdhVN/hDNa36uaqbV4Z1rve+ZQGuvFk+988bi/QGSRbCRtPU1F+AT3Kv63Rn6ViEzA1qca9PVV9P9ZuEpmwNLALYolqgoyjosHUYffBNZOzP+yDmOvN9PUyJ+lDpen48xa/K62HxfrDWOsLpY6i6gyU2rzXtOV9AKNVfZJzjQ4Jc2o/l1I48eooJMz9t9xKZZCeqIYX6YGmDqpUkMSNWuftBJ/vHqXRt+1Fkq+Ib/nK7hP/8lZLR4kvI4LaCZZHxK+tkJwPfbF4Axj527lzZHN+XPc7FhfDesFwh4bC3XstcNelYwQcp5Im9fGSqVDdUauurmrhbg4W3121pSbuxEPGs7OuAFtovzV4rND2Rb24LwXrOWvsdYaFNBtiKXa5vuL5fRmmia4B1v7Y12ot7Fv0z7KEWN5LPNAbv17esplH7JjdQVuCxZK1kf2l6zEaG3whg7TpQU5iqsl98yNBdTNNLmaForXtPWZNs7vxKeWdxJT70CX6ZeR/HzebNZUJmvecxdr9h9arBihvz04wWxNVz65OJPqcAzZ82vrpxnjmsq5I9GsdqIBLe59u6a2uCCraCWsFjZZj9WvEvtzLSG2TrJPkosjNHEe4W/Rz9qJF/6362jXqryOluc49/t5jnO/n3CchOMkHOf/F8e536/EP8dt+MmWnIZ18NbYPtJRSDyYzzWxLZS1Aa5QMF1Zf8zOvvUSaYVfObHsPim3u/bwX1SeWJRdXJbz5mPE5A68LZZJ+6Uukdi+HpTPPpfPNOcD6CsYGeO7TDUujnXq3aCAZ2wb4ymU263Unv/eBj/w83J7HgOycntv6gwbJ7C32B72AecPaxtlDesSUYPdZXH2VyVPnG/iHHh3BHNSlTghdWfwW0Ea+LeV6NYXTdS7myoV4COxSVSIPwq36JY6q315+8uUwSN6KE1K81e7K6Cotxh5LsN0NVIzOr+7Yd8S9oCc7g/EAiykVZ71WB/t3KniHrP4UepzYh317oD9UA72i8W3fyf1UTnraWPN+9pgQ/kmtbH8ocyrNJTKMMiHY0SvOFh4RgUZfFz+EC5uayscdKXmdhVFDahD19JmWqXf1JvK64Q+RuFuahaPyCPLKyJPxO3MVSn+QivRtbQaH1OMoj3jVOMTqgAjTqfrK9EKv1GE1l6YZk+Foz1uzafcJ+UWMfNzeFkjXAwhzh7fKLjZWrFS9E4NTFegFnNhfUWXyMrNxHGtmukFugMGg/ws4BRmNpwtb/cQmukZVYZ2uD1lV9vgEM3+mb1NvP63O0XqcG90eZhmKmIfHf63f5qIBH2IT55mulMN8qujHdobm2CxrhQYo9yyxfY2Rt8RjNUd/ftoyxamosleFxlnEKpxtKPQhiZgD3Up2TiyCfhA21ndEUzUNjaQ/Zynqxnum2I3usLpX3RPcG9wX2Dwu+D+oDSadUf4arMuxQNBbcrFoZlFfuzdydG/X2o+FeakOjl7OmydGJH+5Vfc7ZZyvmbzp9sMj7uZxiin/1pyMUZZ/eQhl2Cjk7mXO4Kz2hfS6JtRbBjPgn2XxK+hiDGbJfSyxDJlBeXrSkfgQHUlShE/MVEs3A34tHxvuBJ9VUSsc3EMe2xDr9VhmnCN7yPeW4wkPqbOS9Wj5UpwjNvv6F7VQSK9bNutOUYs2+R5xjfp+c0q0wJbzdsFBkmEiRJuwFYx6wnO4y2U2PPB4IyONpsjR9/cCBNVXKl2zsMNqQvgRPJIIPrtPdo+XYEyzcgWZ2olx0RZFS0myry0rXuL4sjgvE2NrSmPFeTy7FrKGUFjv1Weywi9IPht6o1MBr/S12VceMZmEZ+uGL/Z3lypKzDJzBWt3Hq4v5GJ7452LR/mHqcr7jv2d+X4RSKuyBFlNcZowW9tLI9djSrJb7kSc9FMXaJ90s3rhktSdp9N0Gu13cPnOj4WBm/qg4OeZGWGDPteogvcqO4Mr8543JPK4kA1XVnOsJqqYHlBmL6bOmA7zFEd8Vk5IUzXmvtkjCsE6bkf7Cehcj4h3ZFGBTFCPsS9khgdt4haM+3rLxcue4WgYiqy5geyum/5JLG6FsHnebuoNSmZG++IO4L9HBd3BCslM/80jMeznqVhrpgx2CEschpxN5XmaPMudYcaQtbKY8xItbm8WOhtcIHsGuMfgeJoDNKuZHvn56txj9gXphrzVc9lBVbUB4MdVAO2iL8Hc7U7gq6ldwSLgrF6cfA4sSy5lwlwR2B3/P7aYElg4wb2cxi/sXvy90Eaq9RwbbOK8rU/BG/qkfpgRfgwVR3hodzzQ1Hfp3i2x7Pa/zHoUbTCO1+9Soeljkuvpj8FazVbjUZGtiLmiD/SAZg2D6NKbNlicxGMQknkie3jttaM+hfL1R5iTWdv2d+QbfXnokDakPxukB2exVSntew+m0W1tMhaGGZGdoU4jrY/bioqiazIFpP1xZv0j6jCK2kfs+RUYS/4Wvw5MHgDytizbCYeNnyS8dn2FjWKLb1R5Ktd1FjVKHTBWkErlCrbdzevUSh4gj4uncUQejioRok+ESU433m5iGfC6JD1KWNa93GuqhNfhLHK3r+KXiqqQXXarreL41otp6toqrHZcmcVsUR1FXVRLxU1ype7P7O2qJNjsKtfjSV4uYgj8x8JFlMlzjZMHWuc/G+2N3h6neIopEcCxxihvH70HharUvGnsNGKjwQzMa6UK6Q84qzE/ChjyBpnarF9rgSPivTyWFAH67fO9cIm6e1oX/dJY2CcGcU8/4pM6HDc6nX0eGDwRMC+DuwJ/wqtpqUB591+SfQMO56Jvk8arjJ4MmDf2M7OwRydKxzvFSJUOD3pL4HBU0EzNYAjRe2zrfCaMTlfOtuas5nbFVjjTED+jafhiK/Ozf2LuS5cYe6SO9MXldvebPUvm7XYPjVd9FXbG6/JrFwM7SKf64e11+zhl8JVVBd5qV3nuPiTl0ZXWoMfOUwT8apyNIaLfsXsAzmXWEq3krWtV2VbpdAtsP34ZKMK2fPhWdyrZoiHAnPM2KM49iSuEw0mI3K89SE22Khc9HemKB51EObpOonNZT/gpwMjlt1ngj2dbhhHBlPVHDzku1gWdMhM9l5VA8wsiet1sR1GI4Xe5sFIxxqtXKzGBu1iefCkceWbrlIuTsmsxMDUL7SLZwMXzwUczbUWo7EaA0ysyce64hrXrm3rgpgyK+O29GE14pe8XaSfrwjWU1OQxXkUQDsrI1nMrpmtC8ReeRxrfyWmfCUD/kobXJfhUX+trD95/jusB3vS2Cjj9tj291nke1Jveg6GYapyZeXPVzw7Ky3claqIxuSTslI0nOMihGYglqMZa1y2/HBm7jLxL+qJ4oiOmlVnJz7LYxxkI6z3RnecQmtca0NibsY0Z+lhukTMsg97nr4qM9umr53Fx5SzCrDkto7maT/SSTvgOjrcN+iAPv7zgmL0iep0FKMcJO/0K96tOBhK4q/sc22iyLQ1TgaWRuRMgot50fwqcKOhaMY8/t6OQRv4VEETxAJ5G14Q3nEYVWQme2zNsP2wthTTBtduyuTuNKAH7e24aCP9cWQ3+zoOcFepLNZrI5ZOO6cyHtXfGWNVGepdg9DNf28+kbuY+ARokvlxtu4B7n2Z6zBGMU1/oLoY3ivLilNoIIMbXPYFvJI4bm2+xBLEa5vvl7/eG/rFgPG66xzGfmLv2YEFnJh390qscWPvjGsc9iz7VGbaXWSxI3Fcqy0oNu1RF+32J8y96qVgLuZqg0eKFksMkB2zNKq38h5c3Q1vZCwm2MkfoTfrR4JX6OWgk/88rnXi9nW4UX1G677S9c7WH1ExbLyKvfcKFfbB3qubhatW4repln0wWrQpwh+vzK25wXHqAtkXrwQu+qh8FpgmLCZeZZ43nwOrnAMcthA3YZDw3RcDbscIaBfE58pizX5BTdKD9U4dVrCOLDdVRvHI3D5e1ZLcqraR0daoplyGlSeiuM390zF2avsqkVWuafG+Bs+LX9JidFEdwd7Tfw2sBPNIcGrqGscneSN/vlCP3YlGqimeS5b6zzU2L4Nds76qGnYP8vxqBHVzscaJvYVYzpmPV4OBqJMe8/HIVyse7aA0R80rrnokVS74i7PmfBN89ME7ahjqsb/EwbyLeM9NjzL/1+dOqFcDPtn5XiFviEfm1eJ7jC13Ek80Hj3mR6ty+z3+Ri6mlPdBmaB0ffxnRDOpBfvzPKTek1Po1cByklrJtX+FWhmwJ0WjqUclrnFKcbpbL3Wt3lILKH8GMD2XCcZk89+zV72NYR/g9tWFO90+2QZ3U13ByLzOJ7WuF0/J+5TlJtz3I/iJY/t9ncowjvZBe7ShfdBXOIxdoSnl/Yhlka4Ux+zzaFdSTON8EtmaQ23wWHTttcBgVKpW0OhHgteDO9M2p0d7ocCpkRzlmK70BAwuzHm0WsrYEqGZAyS7itVav90yXYhxMZ7ZgNYFcXVM4RaL+M+KqqvETU42l2+Cv9b+af5Si9TRtNAx+LVTKpp64fnm4o3AnnFnOvmsGWsc+8Xt39YTsAm7RVmyylJZqDSPeZMTt+gYVYZpQye5BqqM59VLtfVqox14VyrG6Ne4zGtWBfU5CXiNSmEl3ou+4USTxeqiuS08Ut4MsoHBDE3Om0En/9rUiem3AoMedIr57ihTfvbbIk0jzz7fWtYPVBx5OkNfiXmGq6m8HawOCPGI3bHU/OMRqT7m5upF8JvNSX2fahHfFNUZ9/HfR3tzt0F7Fen1mSq1uoj/dfUmOWXWBO8Ea4MG/XHxcJXGreiQeTfgepED1XvBlvKexG0bkJfKsrhfB1gXGLwfNAe8povpocw03KDCNNv7PwjqxTYwV3Z9b1zvZPGO72OTYHEWzR6t5kZI4SY04MPASH2TcfpKecbOr8u3zsyOOq50Yflv9BOmP4akGsQTp3Bud7nx7PJV+v4WzFY96R3xqT4Ca3LzH662/s1x4+uDZZLLa7hivaDK7+PZs++jYKzeEGwMUmVryn3B7P+g+RsZZ7rj4w71cS7eOol0TSJd/3dGunKL/XM57/7ss273oJvEvybxr/+V8a/r4eYiKf+VSNiW1LyrstT8nxQfW/imSaRsEimbRMomkbJJpOzWkbKbgk+CJFY2iZX9T46VjXNGPuhy/shPg6daT271WcB5KHfR+RyU3KILOhOh8zaqxC5x++pAWk7yuU/mxh3UQOFfca5p/sqb9GkOiRdRvNfqMEjudFH7iudGU7Qn7N1MdJbz8x1UPeLZdcBIyRoZ/85XueXnOkb892ljz7MnXLYgMc2vl+qZNbCxMXxvqPCRIXQiLE61EzXKurG+tbX2ZL/6fW6t5OPkHfiW/3FgtevPA94PD9Iiesdnj4U/6IcNW58r5eR+WXbWDwQPjd+nMPbY9rFWfPryp7+VurUgRPlzgmNkA3QzHaVyaUfMbpFROYla/v8ftWzrp3Kt2iwZqVnbhkpp7wgBs9rhztH7xzXbM9AmiDSXDJ50A+E4Teil4uyCdqW+FP+iQi/Xwrqr287xzE8yftsdFeI/2YFYnm3CucSVXa13bL6qqh/Vf2U6Yt+e7SmNp10XPZxnXM6+ys9NxH4R/2F/9V2pCWmqUru4TNkBV57VrvQSz5F3wynaIE2Lo16rscydiOXuj/Q6immFPbRPVKWowy9RgmWowLPuB3jOXeE2uc+7L7gvugEqiPEOE/07F6VyVjRgSUHrV9y/ui+4bGfMXzG5v191m9FXveq+pVa6L7hlBfN4LTpZhtCq6DR87Gux5IWR5Pnq1t8/npx5xeZgFzqFHi5YQe7vbP0yfkJd6WQKwPftGfOpSAqsv4xU5xKv0Wc++7hyXsbPfc4yy/4kw4UHcO3qGvHhO0Jz9EAZPvXjuPS/S8w6/7JWjjgy3dZfX9KaT6q17rnkFZeJbX5J67NVBkta2+ctGj+ZKvCFVMg2+ACcn7fw7tY5fm3LuF/Wqs6LqLSVPo84S/FZNJ4MzqcMOObhXXcona2Z25yuWG/fN4q/70tZvOfG1Mjv8rxO4yJwbEVb1ckxRlMv/K7c7nA+MWMtjuPFrR51gMhPnEUgrq5t/dT20oH4y1nJi/XALL4MqrFBdcGYTJPYprpjjdoS2Jy6VSjGGLeX4qz+z2vmnie7Kdp2/H4eVf1Ho0L+FCCkUIUfi03z3xOj/12ZNOP4tjhCnT0oF39LPsoFOS+8ltH8diZb4KNKkIuJnhHv0Thi3EYWasfFOM05rm1sHds93qOXlcELRT6xrldBCzX7lhm0UsujXMNDCyLPB2KCeECwZ8NAOaU3qMYoVoHPbxdXR9Hw1uuwi4oj5fnbxPcZkxgn/s3r6W46VnU2hagR05wTsiR5G6XhowhlmImbMhXSawOOxTrFWcznp4y86xJwvY6/afa5P97xpd7AgMhffwdVAvZzTduc/7koQd79D+P9yO/2AB3Hu7K1p5ey1Vy29oiNz+dvt+9wFYwqOXOrEZ+uZWgge7Zay8+2Yo7Yj9bGy/J5cy69qxZDi/1pqLazeZoWUD7nbWfxWXqc8idSj5xlx438bfk5e+Zwv9zr1hUGOuO4Vux1OyGSs3SYwfG6U8A54Y9EABOydaY/rncWp8oiP9931TQMdli+v96xPpB8imfghhURTXGmVC+sgR++q1giTYWEK9MfUb3LnCsdjnM4N8V5qSGp41McK5oJi0J7rzhseadVuF10pyT8AC3vtQ63D7cPs+FYbVu0kRbfdHdjOcvWpWHbsD/yfZSF7UKD/ti16AX3MVUetg8LR9gh/DwVhH6B566tvyIeHxIdwHt/hA6KN5b/NspoakcLw2VBf8njsGNYwSMUdQiLMRtp7BTuHNZjh7BjGLf8o98fv/F/7V2ZYU/tXb6h3a4t5t0p3C002D1kObtzrqc9wv5o0HuGXcIfhHuGe4Vdw71DiNS/fUGUsAmZG0xSrbCd6NMVtBp5XrSbrkAfFarpqbnwRYOtpNoIwWLPzzMcI3Z+9kL8su1vTf90WqiCaYWR2VuoGLV4IlBCPRbhOrP8Xu+PGIWZVIbPqU4Q3f2c/mnWm25Qdry5LTia3Y82AuHrvujb2ndx/DtjCuypPdsswEyZv80C7JtFPs9zAxG6hbzO/E0M9glHplL4oUljAf6MR/SjdDDmRjF7KX1e6ilifmgjlD08I1kK+CRbRsvpWbLY0HO0grI5f6oSyVpeg4r0viHvuoyzjA4W/fLkVIBVxOv2FGWxWK2K+uVMKfZkOEw1Yhg2ZVy0cw6RmjWvSczcVMdgc3ENXgdhE/GaL+C9rcejq3O1w6eutQDeouwMaiTOpImGEnvpxjnll9E60VDsbK5WJ6casV+YzeXEHyqSThNV4kVKS6QLx3G9SBZVWxzpiGl0D+3d4x3+f9siXrEaHIy1dJBurYrRPdxRc/9FvvV7PwvLKbZ88fdLoXto8+MsEbv325kqfKgCyRfkYm9BATqI9e4dfU+mmVZLvMD+YRqjcBQ48rBH6OIK/9Jygz1UrFVnUJHm9a4SLz9GlI4VVIS56q6OHe9NtKz7vIzuVWxxZuyDn65CBseLXD5WVrEfcdaRbqpUbCZx7oZlxLbIKkx3+G+2Ctg84cPwoX6GOO5utnDuq806ZczpbBlQy6W/zXq25vYHhKvd5VFfdegZ3qZYLrlbMLwD+d0ce4/k/xNxUDiGXMEGnvINrnMel9p+0/1Kda1TJ3e50scKaV0inKoG+4YBPt3Bjs3n+KHFGXy6A4/CVQFrsNoNcHBoY7bGyKy5d65h04YqqDI8JHRxaHhY+Lj+iLI4PFROAy50HKWco3BE2IDA4Ww7nFmF71ltuA5HF9VFs9g1V/WpPF0V8rPN3pFhgE3iz9idSnFAyHdchCn+95t7qMFRoZNb+bgm1M8zjLSOc47ClnKb7yYr1SePwtsOf+tjUgZHh5XK4FS/GCPSm3BM6CKNUZnmtgF6hSPS5UWfE19pKK9SbN/s1urY0Ii/+I5eGhsyhE3oLc887Fyu2RON89ksNYV3WYacLjjjyzgqHKF5Pn1C5rkvEqFv6KJf2Mm9jerRP2T6P0qeqIP9uwQVakB4UybAjt5Sk8ZR4UkYq14rGhi2Qp9wULghM875axH//83ARZtgT6cG53P9x8BguDou3K6ok8979TDvNhoQLjVj1Ynpa1O/95aaOqH3ywyvwRCqx++9eenBoe0lLegT9+FibPFliiMv2IuZOft1mKk7+fNNPaoUP5HGfMV5abJYqtfqWcJveVfa32c4TU4TemN9hn3tfq4IL+nqMIs7ZFe2UxRxX27Lu7cCS42N0ONoUr7KmqTtmb0oa0KuC7kZQcbGyEzkOFTK4sI0/z5FWV/LZ2h3qUvkRMjjsihzRsw57WlWGUXrGJHE+2JXJ+YU/ESDeJOwzGsEzZ3scA2Fc7AHSLIF+QXaw5NmqSL8kPclxyg4Liqc3WUu1jrCsQkWmV/k7O9W4Ho3jZMiNLcGJ7g/Cq3GYyXiziorlSqW4wmyGNsg7yThS1erc/AoFpCtwMER2Cdhd1WBaeXc14vqnaiS5DL6cXgdPYMhoYn4A79fO8W7iMc4PsxKppzFqTp8ju3Zez8sQ0/i+3bPsRzDf5lo7/Fv/qtML07xHO0zf3erxZdjczHHl58E+8w67KazOF0v1YyNNqUC+b4nhJthMFhZa0p3pgA+41LsUbi7KoZnrMy8OBVpH+r5FD9n38fgJnBUE9PsRKdUvnAFumNUinnaYKcqTGMYytMNuNs7MSQscKtDRri6eezxNTRkblKkSrHAvU1ktI8cfrfTnCze8E4K+2F9xq4gf6kB4daryGs2TKwQzFmY19gqjANCzhN0srax1PY3779QBbQW+3jTnRrsaPK8iXWOV9UdinfX47QWezpj0UvqsJzlDQt3J/ae4GvD1VqMdeJqHCP88wS5fp1uw/AQ6n2qxgVptqfwTPnr23gPX2bG3u93qlCxX8mj2Me7zbEoxc4eW187pLnum4duMlfWwvuqWjyQdjEiZFT342JbAYpPWNewPDVYqlXU6mzuzNmIX5i/6AxOcC3VEt5QH1ENfhIS5oErgnTD+V58Es5GficWnpBMz5wpQTnPct08WhBlm2IpjFsNRDvfYvr291q2lRbZZ+9UfaTu1W0idfJdwmuZrGP1dY4fam94xU5ET/q7YDDcRiHmNAaW9hjfqcFS/XS7LqhDTGldZH+vcN6hoXSQXoEd1CQng46w9QxPDuNzOY4Mv1ot1SyLrHAGiT36CNkPjJArBfxY6Nxysisca617Gy5mCPZypM1tiXiO1/vFYhU/JeTrO6fiNbdVxfg320B6iYfwKeHJOu47xp83F8crYvfl86mygpjEZTRZYlJsTWLOaNUviorgFmOVIaYR/rtGOMZq0aPjeoj2q+SlowrxV9cSkfQnfa96PlWBOnmOd/8t2p77BoMd5iAsx+d5EXssWN94QY5SWSzHJDo5NOhKS7XBZIf9mrrhRPWK4vXgt9zZ+4yuEDk3/4435FaXvxPr8rYfO9Z6jFSvKPts/sllZJ/jkdbqmx1ekxPV1bk+baTtCsejhYZnxjuZKSV+gzTGyp4tlDoMHnK45alhvhVTUCN2Uoxp9ZRauMcipiCmndPCGuk7Ld5uddhJdZB3PT3czvmF4T7OcNwCispiEBrF/5Hp6lGumiJvOzJ0cUZo15DPQ4PnJSPicqn5stA3+GkYYH7k0zUy5FP9jPAG9SkqXEsf/J3se7yR4fokmyS35gIcES7HqJC9TW4SGeBqx/q8LccRYQf3ateOPzpkXX95lNfw+Rwt37I9n+NnhhnUuMtRitEhS6gnUwX4ZMjg8HC5vB23nUmfEcu8ynExJqzDg04pWJI0cHUH3KE+FHuL3XO7Uy3Oc5xUbOfrScopxeEhI64+Jjs8b6Zq9nOLJU8ew1JeTzoiZL2S9zwjKfwu9kyqid6mDRpFgl5Oo0PGJ/nZepS376VYhl6bDtDF+TNnEhVZQ+K+qB7d8ITDe25seAkxUjVcxb3WhgH+6hFOCZtSpSLbl6c3Sd3J+E51ub3DJ+wma5GUc4/fIJZ8eRZDaKTiZ+IeuFKPfYap61XFHnJ91SdSZyWDkWoaWYn/NYdjTLhdWvhVeXpdilvbeIbPnemiB12tphGjNVO19Raw0s1kxxiL9N1HWYwLRyqfVnkQ2/QKZ3NxHV5V9jproRPBu2xitCtOFLsz7/A3lOUiC/A7pPFLJy1+SKRcvGCeF3SI3+82t2uGR+qo+Wm2JXfNxDK+5TzLRC7iOAWbWc+eGWNlz/1OWwTKUnNZ5J3ZNXOgMvix+ojKUBrdq8VnqkpqMVtuxb/mqCHk6pHKydmsVeoij9svlgx9xWK5dsB8pgEqxXeKZdXupeX0Et52psDKK/PRhOW40KvHISk+hflb8plkimMufQSmOm50SvAe4LrWynDVv730FOmzTiiYabNiK0qulGpb2egN+K35pOuoM1BOzPnK2/N7/9kbqSw3fMiJ7/Put3+dIVLN1W6Z/Bod9m0VwK4+YxNb9ItuzNkKv4IRKvhFDuWwo3XNxKvDeovlAFu0/TYszY5x4romLLfFvKhrpkKsX6NSPOoHhntYRl3EM2CLtjHBD0S24Daoxk9N3oOOEd6zQp5dZ2XnYXt6XNsR6rCMOptibFKjUIONyr4Le0vBMF19rAw2qa4ZV3QOV7KRbhb7xt+Vi5VoUowM2RqQFmvOSy5t0AEbVX/W0ELeTxuluttGxbpaN3yhTK6+nK2/2h1nh4v1KNypZohf1jLy6Uzxbu/q8LUV8IW7djN5HGaFaMWb8I54rjxBJdY6TrFkerMT6/IsCYxUE0ReKKYvlD1jmWvYE8cnlvLPCVlDW0Ycd/aFehm+Wife5otTo9pnUau+UJfryzVnVrXI0G3UI/LUuad1Xl7jk5933zEZS/33tG6ndgXzggWCxy2PvBH5GcudLdW2j7IlsEdCT+Jrtl0NLo8qRlpaYZ8ubvd0elCOvqYKN50Ycmz15dp63Ofvx7+a1QnebpE9gjPp3KPdSPOL44vSkYWJeT773LRsVYJfOwa2tl1tzhp1N/VSjGZvUJxFZ5LU4RsYVbhkDXUBXqWFTg+6W+ydvVRcnXR/PUfH87N5DNkv4zPaRVufjBhDjD0zmsQHg5HwRVSBTqIH7aYHYTktxu66Ap01YQ/9Ge2pXXTRthbWozRWN9H8nF9CSYFfh6WNruLdV0R767zfaEYqjB8uXuPVEp99nhNIzXgbmTZMfDt+J960QdS6LvILsfvh/uL63FvZcZjS99E1GCR2u1gv3ldzZHQbta3n/qSvibIWV4oc2jUT/2LEhk/5acg4Y1Xe/lYR8SLW59jewDaJDbgndWZO+rP5oZi23vaKo7/u8gLs6gyloWEDDg/jNlbDfduL/+JW9q+uzo/VQ0460nnZI3EZXeecK/jLWpoJRhpLVU9iW9OkcKD4ftmMP3FF3xgp5YxNC0Tj4LsJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxt+MGU92n6Tj/w2Y8X0Zg5/qBDf+r8WNLYr0fdFjmyt2cEHO7kpcrypwgtB+HapgdeBH8dg/iDRXY5FUGWGKZj5muViV7J7Xsb8CBqI/dqH/bET6zv9QPHqFaDPM1Ra4XGWE5XlH3ezE+5Kz1wWicfBznGH2qR24xzw3/LubkTFudlhWHGX+HQi3lfn5TN+dVpLjNKVMTmOIr7Ie8Y9h4TGWPTPN7f/rcXAXr6sgwsOvNdvGw7vhZjPOsX+viHb2sc7HPq/jvxsrPzHt4tpUjJhzX0eFNxvGzYvDn4UG54UWRf/XEXQ70n82jm414vPDWcIHLggtVR2FpXoYStDOPz90cZ1zfsi6TW+h6gtD+WVOV5vN+eFFIb/F+Wo57qVDvXsl//jI8IyQkYCTQ0KM8Fr8gHFNHdFtHRrxHsXj99Mk9STsfhuruG7cLo7N9z2UuEpvIXLfk/h+A652SPCIelzh2zzNy2kIlaKX2+C0EznwTFMH23oxpsHKgL3QAX0FV5sXaS3/l60JrtgJZuk6nFo8De/oxanEvvDfbV+wtoUu2JYVIW892LblIbEpJDaFb7Ip3Ck2hSXkq0V+tWQufUf977MwPJ9KLAzf18KQ/pqFwfLL5fjPtDHwec9tv25n6Fr6fCoDPukTi0NicfjvtjhYGZD3xQKhycQCkVggvm6BiO0JK+R83VPon60M4yXH+HLFdU8myXtsVBOxjr5UWxSvzCjcgffJ4gfPi8b9hdraIjFKVugLxTUb/jXLw+TvsDxcHObtDq5UBbtJBSInxdgPZxTPWyRYx7BP/fdbJYycbow0x/izPUO+yVphcv2tEk2w2GzbfjGooC5dX+ZLZK+yFcOiTxXR6vB+OUO05SzeUfyWrDWzXLEczWhW+/hXqGdF31iqE/vH/3X7B9Ow1a9jvZp5ZTGqwlN1MXzRe7gN2zlYZimONGpr+TBy3z7Hv/N9toJFKatU96gebStnD38VttD0toQfUhYPFyXWksRaklhLEmtJYi1JrCWJtSSxliTWksRaklhLEmtJYi1JrCWJtSSxliTWksRaklhLEmtJYi1JrCWJtSSxliTWksRaklhLEmtJYi1JrCWJtSSxliTWksRaklhLEmtJYi1JrCWJtSSxliTWksRaklhLEmtJYi1JrCWJtSSxliTWksRa8u+0llzsPkFP0vCixF6S2EsSe0liL0nsJYm95D/ZXsJ4GPONL7WLaVSHGxBLzRYBTewpiT0lsack9pTEnpLYU/6n2VPqw8SiklhUEotKYlFJLCqJRSWxqCQWlf/rFpXYnnKD8zIK7SmN+CZrCmsLNzpluCnaOzc7tWIFYSsF46IluNWpwW+cJWRwm2Ox0uuUwe3OHdLS4Gx1p7MiQlF/6xDucqqFim5yGBfZm2bhzyDc7dzjsFx4r3PfNkbI9/C7rz3towSsgXUWG8QGxXzpptxOZ0SUpXB+lrXc+x1+lkd8QEasxQKRSPpiN2IObd/cYoNHUBavUoBvsiitkPbT8Hta6BiMx53OrQ73ZvlDLCcwH71D6v68oaqRwSRYLDyxOH27xalwfvvpj6m7Hkr7y9rw09YCUIf99ESMxfVOgE6yxwbhTmelUw3Cvpp1pbT00kk1hD8PLyj/WcrFJeHPUox4MWI/Qf+V6rC9u7caBYMu6my9GberNC4NCT9vuwrMtcdiSliHS8OP6edtS9AN05RFq/5KNbC9cp+LBZuzPZ9sAnCPd6oOojfwiDNMPXZwGZm7wFxoPsSbdHHbw1CJDqpervzQ1GA80rgk80PDp9jOqdAJMJwqUJpum/7EL8VGlGJ/3US8AnXRk3W4Wj3hZNQskCALr5TXCDZVq1xB3EvBcrQxy6gbLmGstTiNTmqF7PcBiM/SFSjDKNRhknM/dYjlnnR3PMOIW2jwW72TzvfJZ94lYTOedTpENjargT2LSc6daifNe+tJasbwoizKVYBu8v6L8Up5t4J1Ggi7Irw+V6ufpXanDDrTL8wE04wRRW2QLZhvYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYntMbI+J7TGxPSa2x8T2mNgeE9tjYnv8n2B7vCxku+OzeJImGivtWlTERwoGXWmucMGiyEq4HUrQGtujjegRrKMzqhyjkmW6Tq4Z+EB0b3pqrmjnWnr9EnYHplCS62U2GoSa+EtOYFwNKUEp5yCLGZgpPGK2nJYehsF+8Vm6VH5nMEax5e1K2F5dPOzXoNGfqkZ7FWIB3KBfobTIDP1UgL2isdugFCVohT/BxQ7Ygqnhnv4vwmLUgVcob331oLGHfxleVHzSPeP46hMqlj6W0+60AAuplVhhpzq9cIvbAdNClp9mgtHiOamz0IjtvHtSVXAxPtL8V6jznMKxLE9MY3dlsaNq3JM6Ec841fiECBZprMazZnpYg8tDwoyQR7Pyt3EIM0PWSl7St1IFOmAn7AzGxDpiF/luvakzeH22p71FitsHAfZFW3LxMnqgCw5AAN6X1mbG65eFkifON3b9eK4Gvwxj6hmEZuzlO/73t1BX4m4TYCWlMKdoVkh4Sa0j1iiuCFnGmVNUj7dpddR7CdaAsIZqxVr9Jhm8RUylbNt+l7Ly7Q5GGmXoSuvIWqhijNzy/YlCtyRa8lo6Clc4v/UIezp8Fn1M1opci8/pbu99aqYPKIiszQ34kAiraDz+Ri/kei7Bi2THrovOMp7XG+oNcnGZ2Dr4ab63kZhWXXxMm6hRsPRPqFHufExvkV1bhU/JalGf0cH4nKwOt5m4jUUFCV+K/NRMcxSPe41Th7+oN0C4x6tGT5okGui9Hp9QRTqLSehJ1zgng3Chs8VNozpC8a2kzWPyby1vPU3l79XIGbSW9saOjiuWpO0E7X9DZfGFSKyTYN+Yr9r399Xd3kayb2h3ppG792c+ogUyZzv3YmwhqGb0lxkwZ5/61X72xcqvVDXaEGD3FiM8Wlp1UWnMF038TWXwO6+ZPpF1v9Cpw1P0M7cu2j1bkIYva74Clhq+RD32McoY3O/5xM91pS9A2Ex12KJ8NU0okXdLD6pDBnvqBzz2VuA85gs8X6TmK5yFXha7qa33YmcVU/3Wd/ht1jjW9r+WrO1/KG3L6s96TKHV3/aXxdoCaz73UCXYShVGC4dbS7MwTFq5Oav82hZW+dgmPx/9KG/1X9xiP/IzE+VLlQqFNkb+CVb3eF4ZvKBeVD7Nh4MYczUgCrAFL6mXFdPBBtThNEO5mRvZa2yTZT3G4A3FO+2LaLRYt7VtrxeuslZ0ivXENMacWDtNOsDjgovzHY1aOGInCnJvbN/SRG/ThNm5FXyAmhGj8l3UieAT+jNBmqYrwufYjA14RfHdB3UW0xVrS8cQz/YtMtKyVuZeFZ0oLl5UdcjLJ9c58RxGYJ4eFp17swUXHIDdqQPWE6EMK1QvtfVXfVj6ZLmUcBy24E1FkRzPrS0CaLHDtXSA87A3RD3ivU/1infRZ2jE+/So116l0YQBytoFrgwNVtJVIXvfPO65uIARO699wdeqEX+AeHcwArOr2EbmMf4gp/I6Woyhmt9qoFioDJZ6WfRRLBX9ULX8Yt/8payNz77DVHk3azfktseqzoblxE2qKvrijFH8dBt4hOAHXlb2C6/eaNGbJ6DQOhrTuYufit1kIB6gZ1GBYYr56xh1ZY4WVjvNwl8K6WGkoCS9safXKHPZ0TQotonxLhhK61rsxvzzbtS+BhlnKoqctNg7WjnbOSQUvkKdSwfjYeGUK4L1IlG0cQKsBFvJrAcFj9ugeBz6jlGyuBXV2KBKQejkxE8xp6jyfbR1SvAcDaE0nvaY2wwRLXqD4pUpXIXh8k4Wl2fN4AqRgthWn8ZVQrHM9bthjBqhdzTcdpZwdvtUGcoMI8bLiTWnXTHTNGKOGo+xKrpvGNcZrs5UddjTy+ICNVr5xBZD7u9CxafGcHWBP1252ENNl1Z10qoQQeD91U9mXoghWFpriSPkW26NJVjLDlPvtipT8N2Tclq17fnba1TUY3dF2sVhKs9fY65bjXuoVnRBXyTlE9GDjEgb9gSYD8YJ7G5q+WQWJzlH06NOjejcfKocE51y9oxbS2MEA7P92DWa62RQ4VzjcA9f4EjR2ydhe/H2yuv0u2g+Jz8jq9fbN/zntHrW5LfW4ddS15xenZUz2mruJtLMv1mDL9TfWZss1LzXbqWxZ7+msRe2r8YGImRUo7InwDrVHSwfHYWVOAcNeAlveyS+iCz7pAGkkRKfwbsK+rFt7N/NtNqbgkOIpYXVtMbjFXrH47ZbqKMKsNbjlkcJ4g4TYLVImQYB3vWyeM8zuNwESGGqYq56vGPpcgDYCr6e8rIIX+dRd6anqR4daRd6GO/Ty2KdO0BnBTs0Ik/3UvOktdU7tsjKHa2GoadmDaQ92Kpt/Qt2QDsECGGwo+zuIioSdLQVlcrZux0ZHBidlSUoBnsR8N8H60pdjUO05UxlaKBD9WHaxeHaagZLaLBj5+jiCE0yw2aVEUnFFXn5XHpXLRZNzY1ovBRP0wJibYJQjTQ6oz0yeJx2RRm52B2d0UN0CKs1VOl4r+bf5wdgrcvFXujqHKmP0i460NHaWnH4VGReH1IQreQxYm3rjs/pua8k1yaZGc+L0aFeQkfHirdPZ7FHWGqcLfr9TsR7i9hKQp8Lx/yxrsFntFa8U1gWF688ZDFEH68VCLPDLE7QfLKeqP3If7ZR6GcoPUUf01DN2sdA2H6ZE5yk+WTZIF9hreg4wzThJP2R0MBwsZrMwAhNWEk/0UepLE7RgZzC8zFCH6SnwVqJ++NUzSf3adry/9N1X5RgpN6ypT8+QGO4ZYsv3/Zg0YR5Jo2RrNyYO1Xy+nxpi903TDQ0Nzqp7e60vb0pEsUZmj2jeD/8VC+nViLFtcJzQndbhO7cArobpfPjpHEdjdZMbcx9Y7QkvsuyHo+zAuNRuBPvcueEc8Orw2vC27xrwzu9Lmqycyt84m9Wq6tRj3HaoE6fFfGNEgxQ/B3mqxo0e33xA+XjfWrEBx7rrwNUP+dDbxD+5vFKzQvZEjXV+dB7TxWL/s17crQ+zbvPW+/5sCvI378BH3kk3s4DcaFzDrjFB9I2iw3eEMXtDfjaQfo+L4txZHmRfbcAG70shij2fOFTukJ97DG+lX/KV885z6EjNnmfeC5OUHubZ5xPvVo5UQ7SXdQm/hrC6aoEqTxfu6jFBZot9oQLdQ36g8jykxVooM1sR/JOZcsYPvfuclujLcrQH8vFeraWPvRqZL90wt89ptvN3u70eHnGqccX3pfeli3NUL7jwydf+wGMX4eJKBMpkXk72wl4/a4LfxWel/rhNjGRdsKvQ8NS2Q0pHzOwTu1lWGKOsZ9NuFfFdrI9I6limqp38z1fH76lspgfVuL6sAQ3hKuK2NPgaVOPGjkVDvdGqQq8LH7LNyjmMKHh1bkhtF4sGrwHp6pfh43YXrHu8jqq8QPFX9R6LrJ0FqYPVhX4obbWBqYX4/AXb6UI3cIwXY+rUIMf6hvEGnl9+Ar5YH/hehygu2Gy49MHekddg5/q7cyg9FXohhul5X7/j7w3j5OiyNZAT0RmRGVVdjcNVdXV3VRlIjiuKIvggvYo4riwQ9MucwcEl3FcwRYQuTqojTsIgrIIqIwOIu5oswiDqIwboki3Dji2iguCLCOiODoKb74TmVXVLIpe5777e+8PpTozMvY4ceLEd75jafpz5sloUsapoADW/fUCZ8iO1DnylZiVaU1fcIn9bcwVh0//uHWsLoe1YTK9Q62oMoYUx0fuy/SOoZ/6Fq3k22ogmMzN/2bxYKYfDf23PCpxPhGzMzX0UGZOZqp7Ynl5RgQWj3Bkwl3DjFD+nmF2jNy6BTrlTHLzbELYiTR9QMJGnqF9KN869NPsQg9nHslgzM0KqQtQ9jG2hgyzq2hh9NHMJ9DaZL0Tz1p2bqXh9IzAqWigxJfvCthXrilbJM6VisY4j8HCReOpi8S54F0xUVbzetkQWGaNVcNlvwLc0n4jooHvgDkjn9jolAxtfwrF6CUhqYjutbBm0UOPZ3rIJnw2CrXhes5xIz1rtaKxbHk8S9xrFf/7VBG+aUWXsZS/W4YWgSRreV3I2aUv4gr630D5LmuRv4/4jEWFPjRRYh+/iLrwXoRy8rFKtXwTNcDCzMhZP2MUfvNaxPQjRhwo4K+sI9gOeBGfZYtpKeudvShKe7ZlHCIn6ZzHwk+zWjRu4QwdpztYO1jMls51FiwZD2dGkEml+JSieJy6UCx6EZ9Q0JKCYByreYTMKTw8cYctqmrUnvUiZ+vI9z/A6A12MMvqnUTE9O9gtkXUaJNHYXRSoCUZz4b+AniSi9jSMl4YO0A9daEm0QqasFsbm0bj+3y+6kJ7P1+5dLvsLW8UxhJxs8S9+0TxpVTUk0cPXyeiD2cm0MOZXvJx3Ys6iMk6Hy/8w7YcMyt7C9xf368VJai13Lt1x5TRxjFWg+9pg9wmGp9SvhJnCeg6yNfc71QFFqEknavOU0CyWNbu1qHdLUOQ0DcDp8G1fyTzBRX9e8U8T65FlKaHM7AdpXazHOWsRpp8ZfSE0yNf5r2fqecE+iJW5r5bkExPnZfXU8Zm8LE096xd+VzWuN8wkzBjwv7bW78hzS/Xc1vyegY579o3eLa33jG2JGMPC7//MbuY+cYNJEloFfthi1dFsAf/0AjXBeX/uK0r37qVpCMLe2ZnqhPY/NVuu2B4djKnsQcCO4GpRa4OyAVaLFZ3qMdW0QX2dq4zZOOZtJPOE+Uxi1rTZWUPZ86Pxmkwy+6VNFP/Lot42RHobkMkvABE0LbJgX15qx3aDLqylX55xNguupBrlfF5B/J7qw0N7CQR5/oCnQ/ENObx/bqB79HCGYxnsMB8SBsDpNgg+zdRzNIL5OvC9ApmWk+2mBdTW+ss8U/2aMi19Md7JjdvjPUJEtdWwNddUm5SmB4xJ4i9jcDe+9f0raRfxTS9FsUOs1Kbek+zwlXxRGYLbaapgfXDp1fV4TiJiyi9rw8ST2ZW67mMBfXpGaGpm76wKXrjVLXY1bSw7FR1pXV0+Ui6inernjSI8zlfbNQG5RPaEy9i77fdbYjSmqwVzdQ/z4IYfr0v9kP0y1bRgoDYH8Jn9KR1mxy3TzbEsBxYVOtl1FrMmlbM2pNFMU63kqBIkM++2xMLqZ7a0a3kU4MspDLrfj1MwmppdrQPA+vgcRJ789EWTpNn0zjgPdSdXIMr5CHqWvnfUtFRwuFRyLcZjpKLRTUNlRdaVTb+Hk91PPcv4/JRi2L2I21uPc52MyB40lYGHnLWn6V5ZmrSmrWwjPV6JMk5mKer6CoLEgq69RuRMLWRl8h9V8sd5kNjmx12pG56gtV4P1S8Es3eYXSqnDXrhyx4RssHmn6VhM0RdRN5Xjo/JDd3x2CFdb6YfgyLlZ/2l43te614RIeW0WJaq2roUOsEqflEkevTH7Ogxnaxvl7MFtTJ9BJJVUn9AqxAriVoh6IjxVGiiHKl+4zRitMbGtjdYwXW/VxdF0h0HfRs+H0xPSB8GmWdJM+mGrqJ8cOPy/MZeQeNd4NcbOcszMA/t6O1kQ8jDRQT54i1dJLEua+BcON9lgDS8iJ5khxKj8qLhE/1dCuffj6KxCkmklRHLp/Sz5Omtk/q0D+7FcXsHnxeM1LqXDtNXzs4zaa0oKOsSuPLwU/xaz/eXUYLQcOE0VyQUwsqpfJoY6tjY4ukafWerI8qmBm/rBUy1PTzrZHhfNi7VdKL7mqX3CzNnmOskT9kl9RBK36eddJ8/fNslObbn2KpNPIJ56QtdjH1pDbOOQU1NKDgqUxOx59MGQX0+wRS1JtcujJAfsT5NDWVdYyFtvG+cyVsDRvlEFrA1s0IVbO0cjitDG7RjJeIQY98znqrzxYMTVOpv3gsuaZgroAOeGPULpwvKvjrh+jpTJxqM2laJMaRoqczDeJdcR9muANZEKdBsoLmZYppfiZOj2YWZCC1e9LxGp5u9dF+VGx3FfAvSHPNk4Q6KlqYmUyHWniCFeTz6VNZmjpYZ5IPPV98InvGitkqcpWF03xl7JkM0n8mMVNVgFd3aVFG06Hc8yh7cWa9W0gLMhOtUzLwMP9LZjSvsuvEbPGbgrX2hza8wpdkFD2bqabj5HEEO2ELWicMFsThcXndep8txGFv4TvgVLqKfvRqZHKAaMKJP0ZLM89lDqfLLcuKUgdL0fOZ3Z+0ie7+bIGtGHGFXnWVsMyt8hwxmlYIg68qJ1/cKYxtrSvfesyQ3VSa585G+pzgZ46aOIyjv5Jxwl1JiG7K5x14I/XfaxrIkqm8eqKU4B2xgZ6iEMf/QuZZN/x9WLQ2eO6Szd5AOK/+hTQtoWf5RA7Ns4iukWa3ap39/rCoZr+dJa4QoT2xJniLesxjmVPIUqqx1MnZqJBWc9qcfeqYAuSyUeRWskF6YdXlr7OjFXbc3tSCZrFP7AxyqYkqVh0LNG2IQWIlVYWrA5mFXu0TFfRBgFHGjf3NNIT6RKfQ2XQNaaqQIqhRER1ZUEVfSdcC5gMnlj7RWVY/akp9uX/he38mnUXgb3jcxp53k4Tt8gkbksKVuM2CNgu8y5M2vjYyZIaNkVNclztpHnXVz7kxet49XLVhj4vDomk6PLosE6W/ZtaL59wXM3HaLr8se9b9suylzMuZVzKKOqhXM8szilSsWeR0NbQcto+lmZHWFaqQ1kqMziOifUFXfUTBa+xpC734qFia0gW9aUXmCGpBlc7rmTcyu373iDiBv9rbNyszb2Z2Lws1/toJv/2o+aoM+uc+xsmsZbtMnJSl2JrWWUMOLLDNDHcLzPwcqaLkUBfaT9ZlZqqwFxrn2ZtQh62R+sxbmTf1EfSmBi4emoCp5dvc0u4F6WyNDotiX3xTpgnfY36ihHOdJLWjS3WautBqBV+ogdHw7LBSP5X9VZvNp5ZcStN8qo3VSpzUjR1W0zfapWb/PmW8ZaOc7erQmCaZxiyfTRM0JN0y8Zaj6WNdTW2EpHdoKD1nWenraCRNdF5ke9w10hfP0jKhaSHV0Cs0V3xBxQ7ssbBsPWV/ruF11Ea8pey0JpWuydZPZ+sXp4MLFOl0miZax9gv8vn8KftcW9P8yFpK7+ELRS3ZGw7niSFKk7LeUnfy+jVrv4Y+4HW4PdAHDebT5xU0Vn4m1kisoQ3yAQlP30F27ozoZrGVIarUDnClg2wj8QySFJhSI/XmixA72p1ucXOoUiOP/pZZnbGUqavPdb3D6qJFcAIwMsm1nicKUtbKFvSFaibjdL1rJIYp1ayUNZmpmV+25tsa1Rxz2tT+YpXmWxzsqeY+zNTvwKgO6vLjLXpqt29rg28xD/fUyuMyFGC5dm1DY1Sv2g3Ta0ZhX1C9ubHZuVPTzp37MjY7d+5tXCbvAZW7cyduvUqpkMpIcNpy3GLlaabh3rFzZ7hj/IoOJKP7ad4/DmGvJ2h4knW8NpSPhO3A2vGR1D7QFHN3HtAYOwV7TThnPo3inO1TzvrykSjinjnWHsraPTMHWTXBFyr2Q61dpxq3NodoBC59rXUhXUQ9aSRdLlanQ2+oeGDHgN9RNdtP5v+vjHCwv+zDCO9emz3Xw2FcvSnNEaYmKNOU907m75m9lbZeGP2DSFF3asUez/iymg6Sik9pNYRzNPLAfz9lxpmRnUKFdFfm8uhwnglxJ02fU98i09J9bV++PKNG/W1aeFTq3YxmLWv3djr0iDQWAfisNr4DdKmU1kpN7WNGi2rINKXw3Lz7HGjIVHL5+TXKl60pO77HkccMy/+2H/WVHVSShtKgwEPVZd4vEaDu8+dKQ+aHZopmXTQ3X5B6mO1kWxfuquVURDHh7gGT0MAjuk5o+kK9ZBuNELmusEL90OCO0QrYzg4r3K5OVu9lsJfirD0y5vC9Kuq8wnqScZnA8YeypCETyhIjNfD/gQL/b0MHUkr8KpAvpv9zX40gy20mDo/F6ZDkN2WCGjIx1nd60Wf0w2u08X5iVsZ0mT9nSJmZuavMWCmqaXQsPB0dardytsN/p7yCfqpUOJE5FRpLhR+WCcBj/bBEMGeEn3uHregwJ9+nQbM945fzbNiXlYw27roH/efkLeTUaBpL+yar/nP12LOPzK7l9Y2aEm+XYZl7LrGxvPmxneYpej/zQUbT2swE++fsNj+lD7J6/U/YIf73S9ykTYqLszcbaWoRWUQTZTvapHdf6VN/4o7UWCcz36Yp1HTeEA7bn/beDzjX3pJX7t71+v95qWFftN6lJ8ARVpF9ulJPZizFW3Y64CZ72fows0kLai/qmTfmNvVuDCyD1xf8b2hPLfRd4kN7X7Qnk/LnzI5ftkd274+c7SrXGy5NZYkapa5KUD01sOW9a9Rwb+4nr1A1wYz/KPO1Y+7C82VL7p1psabSoF019D6laYzE7hATe0qX0wrcwDYdpjEn2uuE2SeaiVr+94DsuaCQVrDfTVeB2nWTmmw+o32ciVKtnaYW7v/XZ9knGeMVZjwtN1LPoiEUpSTt4HoNZXu0zx5iHWU1+zC2onsLCllLMKVE6angV5wWiQ3uS9Fn3Vpalzld4V7r/925+5/u59/EHtf70stI99PPHuapyrNDlAa6cHgn842bfyfzP7GuGLvHh/RjKODdZf0P66+NdQn81TJgXEKpmk6zjC0w+gvphrf+glrhrdanmfWZDZnPMm0zP63du86mH9OifkqeP02H2pjZl/m58SedjDdm9tUWszHzn7TF1NCmzObMlsw/MudH/2fj80N9+fORt7vOzBH0y83N/5u1+s+NwueZrZnPM1/8R0farBrYZ7dlmjdBiYq+zHy1TyuoRXKidTPt+xrCKfZ1uW+raHvm6//oOjLSaSjzreNmsmXmn5nZtplPmu6kA5xvMhVBP0/N25dCVMHBGrPItD6nt+Xm4O4amuGek1k70FTGmzxnGXTUTfQyLeCaj9ylDKTK6XPQ40ILjGmf2yjP3e8FKZgdjfdJ461fo9dpzIESlTvBGqxPV5pmxWkcMwGZO1jUojY6TX3KGLAF0fEW7sRV9g24w6EhjWMLTveAZ9CNapqmwNoHrNQ0BbxX4/a9LR7hchX1ccL7TYPzraKhMkZjo3H6NtMtc4H0CXdEhoHVCVAFVaSsamXuzlcK+BzMj44PsNNviD5s6/q9vED+K3NOQXGAKOvKHugTrVlRh/rEBH3pCsZ2/CvzjgB6a7PoG9gTDTbB9E2CcezFzEPcRpwSK2ddImT06BMDNqEV/cNW9GHeFwaJUEzN1KlR018hGr4r86RX0Y2GFTRzTsEFEh5QLSNAfoxgKXUKfcf8JIfbk3QB5Uc7gG3tFPqXPV+AzyROPUSS3qC5sm8ZUR19ZBXSCZGRNEgo/nd9NEkzqZhTCMZIdAnkmflqOnthwRv5FBrB9rdRNBJIHjIybpX9ivMPUjRfotTW1EwQo5nwVyVRwBdYEfgHGmyOyQuoq1bC5Lg/vBwDrmzU+KosFxxWGewoYyXLefodHa9M/arpHVpDz1l3iXhQNz+c68KlUXQto3Gi3NOn0FcCDEwp+RslqIJncohtNuirAwI/jZNFW0tQndphKxrDiOUQn9VDtI0ZTPJ0yj2toS7KpfYU1qlXIdK8w6t3Ob1GD9B1ooZOoe7UQ2xk3t/XxAZ5QtA+l63GRtPvIQz2IaJay79yjAKVp53WMds2WjKKviBF/why/Ia5Fo0HbLQRnrmHWMgeLTE6IDJJ9WCvOUFbaVLWDhxhb4kddIQFzyOUv0VqWk3DKU7GgyJKQ2kHGWQnMLSGnesDetrqIeAliVJOBaOXKuQ5v5J6iK/EambEQ8+k6D1BUtBzYro1L2Ai60511IO9YIGA68GcssDBjSTYg1vSGbYSLwazdH1UBbPV/IVWnGoL+j4Tp60pY/X5vWipZ5elOZ0KnuzI7MxU07GRc+T6aJqO5a/jFObRktFO0eA26aNsWYt5JinqIeL2Guwn7si0pq4i3C3OEILuEuCGq6KXbPNNOcXpGQ3kPJ4eKEJ+tGdYjzdpNFVnU2B2VtEJbprakkv7i2L6CCzkdK4Ia4F+Xklv0lyJs8G8pjW0uKlP39uYYeRdZjliYLB2FzcF92KCnhAYh0XUVMNbqjCCEyq+6S/2yzLt5fdunH3MTkwj/z9ItPoya6JcQ4sFbj3CHsDqGaY3A6HoKppN21ScFjfFN4NJ8S34Ww6QWVeJNylOD9GzWlBvWiqFx94bVkv21TH81OjpZHSthbxMPkBwf8SeItjnlzHj4KkyRa3KpAcmrO+YMfeZpimyPOx9pxWlyfbQkrVR5SnSXMqSps82vSzAnOP3CIp4gt4X9fSKTHIdgRF0vDj9XZn0yxgLvjU11T04FfUUfVRgagtO66WyffRlFdYe6HYz9zBXQjRATVZOQZLPtjuwt9BD4FQpcfPm6iD2rWklBoktWtNllh0ZJKpphzghUmmfUPauOj5D7kvRqsjfHCAbnhEjyYxjPQ1CzzDvXf6sqKKD3U8pTqtKgLk7V0ySOQmOMfl1BPMkyazz8Jw1dUgzpvoPslKMplYinGcrGMET6gZhWsTVaBC/dfD0CLAYeK7XkvYTdTZWzGp7ja3obfsU9l7qSLboLlLUQhxM7WMF3rW01PooWuittLQ3RBR5VwtN14g0vW6dLMtZOrcVV4ihjVYSVn5YB4NaNfXQQasyAnLDZXxhDyGoPkCIhlhjI69TdlWw1jDP25HLkhCS17B3nsKy/teiNw0SZ0a/jZ4gDH/IfuzB8gwQlaJxnpg1v3Ihs3sHeFSXKoWg/gLS5zLRQ7SW04NdZRHjT/O/7i56iO7yGtmJMKqpKMrNIVIHCUjjFxrVwHznCk1JMv7x+PsU1pJOFIZTvYeIaUVd2Sv2DtLs1WTa/+sIdIX9VOeYpusF/EeL7DSNiVSKWVY9VesmnqZiD7O3QmDc8r/WtBXcLs71oj547vPYVgrMRfQbcpsTeE8o0ZUiYtcaQP9vPG7F9IwM64PeyK9Tiv0YMOLQOjGvWtEzsltU0f1WkiZJI3suJUjI6mxJxdn25fdknIrsRWyrA7KsgvmKCshYWM0JZfddJEm97CT9FjEOpOln1OBtSvKOfoKYwetuWQzMYd0FZJvgMi+wW4pVoob2ZwSQwV7m38kqyq0LIymAvP2gkSfpns+MhgvZZQbWhOgqHNbrwIf468w4qqBL7aZeM8/4seA8UkMTLEXtZcix5oh2fP6ICsUYwvC8wazTOuwroxMDgTuWZTK8y1eV5b79gL63kMawF64qezng0jSexcdoTZ103Juvy+kgOZkjYj1YBh+y5TYYl0ImoBbcllVlwJGPosOVQXY3D/wngcnvJo22c6x9q6qmVWXF9gx6Va2VsUDTMyea2Sxbzy83rLwhrhFyd4PsUR6eUAyKGj5AcVpVZtCd8xi5q8VO8QkjzftbUepFj8j14jVK011imGyhJ0craHJ0vqOonR0iLcKTUKiloqy966AHO35w3r3XCi2QI7OnqEOcv0nD4HVLlm1MMbfgx/Blto2l4sbAAyD/VD5it7ug8GuDR9hTKoMM+fm2jzSfMUdSvj80ENs11lssibrn2UP0f+jEDc8N8Fc6HH1gLvONohbhnmtsDfDmWEJxui3PymIwt7hN78P6Kr6akh5Ph6gz7G4SqFT89mlK+lx5rDhXvqoWlGl6Vd0V7S/AL/s1KVoiYtSNmRbD8+2V1I05Tgy6eFfcsBBzpbE3VVDCEzSJVjBT8jo5JT1Q5p4nPUUTU+CSn5IOMcVT0rWBTeUaOY9+HEUc5oqUZxZtEn9v/iKzkodlYT2hhS1pZyF4ycfTUCloSlrRdzpOSINYJjibPubU0z8IOyCw3ftJlDUlvXPndGsSI8/DPFs5/cmhWl1Hv7VzMQ/G04WBx0Fb0T6CEifQIQozBD0LzWEdr/UK+VLzGo6jAtbX8cKl7fQHGyjUEm88VRcqRsStoWbqER69gRxRDrVGvxYHzOHIP0RJG3vAvMDGkm/5/2GPjNF0lMqf0yeTzkNPHxDgVborM5dzufVQaeqpLhSaeqn8Wa1poOitnhB9FKKRuJQU6Sw7QF8FjGuJKOf5DuugkZs5XLZp0+4WGINarqCEqIv49F7BithmAZT99rJqc7NNKxmFfaDl0nmRVk5D80zsX1mMPs52hg/TYPPB+tA0kokZL6mvy4BOejXiMCdgv0CeVzHzxkbqGgXvwhCayhimc0oXw/O2DHaTlAcLyM0Ba1px9Oygz43eiNzaiCZiu2p8E9L4jqYftRHdJHxbQr8YfKNoe4DWARPG/ZHyTPPMt9F0Buv/aTFX7tkeFWVr1Ay7sR0KfG11wfk59Cw3eX9IsyyH0oWD7I18t1IY4IbQnu70gYtZdK99j6spEnCUj5VI2Uzdafs0Uk2lOjpLXMZ+d8grzs820rl2dVDCJcyHB/tRFy7djCK4l8K9ChyuZzHbezfZNnaB/RbXvtQ7vxx9+4zVgpqJWBYphbbsx7tOlGWADrizMB5D6Un2aOokO1hmFD8R8CUr8wR1jWZixLbKZmz1kZzftjLYh+YKTZaaK0I77RkiRKQZOTOZQiwzzm2I3RW2YwSzfsL2lm93izLGOSrSbGnDrpXi+dFMXEuj6QHml1ZWudfc2xLECHCoIcAb+jrtZbzZ0vMQFYdltDvDTZPvXVFwYdR8MZSOYa6e+WwRupJWiseZlequTEPA6mNYc47MVPPNrGFjC1hG2M92kI2cYrBW2U+IlZEw3xukYWuGb814jjuCfnXY0rZS9uMTUpwej35igTNxXdlt9sKCP5ftJ2eqQvqraOFN5vma4xFaKYopo/bz4Gt5nxujNmJs9GbZ0mvltfRuLtvf+5W3oECptXJhwU1yQYH51twI48vWEt9Opltc7PsHeLemr+ad68uyA71i7oOb6DrWzg4Sij60FR3ktXWQrti+SGO/KKKrlIlL9C6zeG23oD8hBfQ7N9qaa/plWZRWRvB0mH2WqKKDvXYa58dDvEO9HhyPsbVXTcc5BbK73izXysl0lDhVJZnvdX8F1FwLGkXGf9PV47nXGqhH9C32wEXkvo8jmQyYJcsjh3nYkw732nijKJMZbq2VpiZtPeyXmcxJUfxdkhZ0nWzntfccujR5Bcdji1Mb7wgPLDnIazR9K1+nuzIrxWi6l2ooRQNlJtPBQ53A/YEVCO+qmHW5tYVvvnsS9LqO3n52JnOkB/+ohdRBhc/+t+TYUZ6RYzjdXEX/f5dm/9ck0tFeuyg0wUEuTuzDbDDBrGebuE9L5Waa24i7YZ21zsK9yQ22Du61egU+m/BhNp7C6yzoOAOs/DyKmedwROCJu87C00OkirWLrhct6UabY8uJsZZmjc93wOlwTBR5m7cmZa/AxmtKWbrL2xXMAVXG+vEcUa7G6utjRivbUiiYc7CKBlEYHaEX+5+C2eVWcYAV5tG/ELbeh9x20dnsSd44vaaK6DFRPFexN8QgO/TGw3tRjm9U7H6JOqHHBZ1hbxQmkhiQ8IdTOR3j3S+XFOL086XdyTvW+5btY8d590tFzxKizpSK7dTJO6roYvfeWAUseUAoSVOeae306CAbX6Es1LasPErfCtgzd61vSlZENRnu+0HsY/RHftcuinbgv9G0mM7iOuJNg4tfBcKUNt3qLxw5miqiiu0Av/YQSw66W9BXgZ9fLPj2YlGd/TYtWnI0k78Lw/Nzg41IOsNTaMENdg/ZQH8vG0yHWcd7J3hbCo1tYHhqgIX38K6Bhb9X4Fm9ziqnP8hqCp+15tm1VL5JfSnNN1K4SxHslV/F1g4ZtJ/rSik6SRoLsdGfzxOGPwI5PyHcwP47gWO9mRnXim8lkC905HOjxZwWOnwP6dIDbJ8zacN0kGpvc74v8snPpHHpC/bI0ix3TQ3x3yK6SZrvoSvD2pxxVBB9L7Rl59fSfBO2Kpx1Pn1qR/nMiJkAn7QDizB/umTMnDFfeeVh36Pt+EIFMycsSYt5Isb+tGeyL6niMcacnWDnNP/jvPdIUVn5fWoC29kGWJ29xqsBtydVhFVZT0uDfgz5D8yqN98Ndm7g+Ysahd9i9iK3cOaaeRmjE70413a6VR+khN0O82QMtSDfelaaGeLTA4wkXBr0VX8K5Vgx95WiHrKeBtA19N98Vu4fyDnY8AzHRq79/e1dx2CpfFnMYzs+8t5KkvoHPuWmvUZCwrYcC8o1dgvUExGgGuezmTaJ5Xacv8STe/k2qxmfJLVYKnP9hrvkuqBPi+lzG5bGeeIjqeg95hpBanMix542g3/jV2v5uY3Yi6YMHXCGdYuAv2ACpWmW3cULWZgTVn++bYL/geVeLdJ0kvedrJeKNrpDRcjWuDTw1t8iB9krGJ3ZLtortp4lx5eRNF0YpKnOxkj3LSMXlzIzocs3wNBSWsv+NuKGXCm/z+YsOK7WUp7bpv9qRRhzy3Cz1dME3vsE81MPcAbZrSlkbfPVb7yjqYru0I3zOTFg193IueTGKbRGr7Na0B/kIraXwEpmfBPMrME5cK5oF8XaHWTPzbbEpUek2EN/gl1F0J8pZACax7IxQa8Lcwe0uszYs+oMd4hnyjHjae5UzFhixuTzSpkZN5QQCSBXv/Dp+XyetvOebqQBdmiXW2eFUsrh/4c2g1Oy1gLjR72TDDNDuJMvbcTDCtvBKzY4ARtrgo0tCKfsZjvYae3ZenCKdyHLw4MZJXSJzIjDwEJQlKYqDVvCerFct6GfY0noaUFC5mRL4xZBJp7EtxXgWflsN7zHwdyK4sATXNCpHuT3q+rSMk2neZr9wjtSN7lWhjY6lKe5RLVLiUvpWzHDXio/krjxhPy+IxiRlvTHGGbuwSIdRIDCFzU8zthlf2+F/A0DrHMscPyH+9j7dK0FvjYjSYzUDu9JzB2ru9vuZvI15YLLBTZ544WLyGD1dGB2JqEljXeKXgH/0dJAmiF1eE8ykvXWjjTA+t4KU5r1gfh1A6wNsqtntDzLqhL7i6O9XfmoTRQd8AbtF8zxN2Jnc50xXgdoEzkKcv1Qq5uX38ealtuNa9eRXnOG0tNift6O05P2F2k6owhfdVW4C9yi8bfpC3hchrdXZxStKjPxSYYpaP9mneR0XvN2V613vSgW+frsIfIee0K2Z48VA8X3sdPVqjIjhVT2zUyyhTmJ4Om9tvl1gFVPEYXeCZ9s061JEVi8EG2pQNiiiu6xv9TYbW2BSEr7yXelSVtD9WRzNNUPOJol/hpBj8ll9u+Y2zDME3fKX8kU227BwvSVLgz40XFXgjYqmsox+cKIfOuFLSbQqjKjn5k47Xjai26iG21gSObaNVwj5P2U/Q7POMyl2zjC7z32QNK0SXwjTUknMqdiGIUOtuCRCr2XpF9JnOnL+WxnOCCn8okvTI/eWmYPsCZQqB3mdMMUzWNNcOQu2gb6Gj6O0ArBs3A6My30ZA2xf8CykObo49fQ1QHLQpzuYWlg856lAhZPn3LslHfuUymj+K4H/QR+CEm3MLfWLXQ7KVrDfPX55TTO3+GvWwbscSaS0z0cvQ87KbgNDhZ4UswxUMGdUU/lyqS6RNXT0zZ2KGMvQg3iQX5DAytaR+oj+ovBXIcW1Fds11/rYsY/DLAQMWWSQpsqCVHocKJfZhu9tgX9U4/mPQTep9VZtvbnLJQAqRveK5vZglxK2JNC0AArRtfSmbwb4h0seLiLNl9Alhu2VkFj+bZI0bsCUnomDbCa0jd6tnzLFjRWudlSbpDoOROdxuhwo/jGFzpGWg2wRMAEBb0DKxXfv6erGfVvmKdQPzAroI3bLMSh/pPuyTewmLmGYblvcDeXk6mDRRUznID5w5TgB+PWm9oIs44M4u151iHz9Q3FMVjXWefYJWSizmLuAteJNM+R4hupUtL8RcjFq9iCb541tuKfY3+r8/MxdobyAOuYEor3X0Txwp66UePO+DzRXxxkt+b6jKa2FuSLLQay/0ZNwJqkOG3IIguJOIVa82xV9C/dniOAtBfGXt5WrLUcgUi8+Qxz9+lNwnwJTckPuEoMs67hrzX9kdNVQvvNzEDjNONj7i+7ckn/LGgf8YMeL1fm7Xf6Qo5D/L1OZ0fN4JaqaQ6dpg7QiOmD257vtVkhvmggX+zQabamPGMh/pGxeeG0PlBQRPHpaZXtZNmHRSROvgi5wbDiNsjxwtSkinyhrObWsTb0O1O20ai3koxgRDrSPErzLLXFrl+hT30BCQLU3N8YQ1KncE9uRYAhcRlDouhqYUda8B35taQi2NUSYql1JqMHMPe7izjhC4MA6MMa+kpbk45AyqAEo7W0EeH+latDnJ7l2/6V9LusjLiWwGUVnGEtTZEIVh14oRdZghZa7bi0jVRFTuRxKx6UcDTLtK4C0TfTyjwFW6WiaARrwaSKUyyCHaWrciMFEVPvRYzLcvnrgwTWUVEEaxt91iQyWDausbKKI5i1xTTLquJc66ia/51l1cpOXPutqpS9y5B2LeGZolIaHfQG5MHAIOamqdc7zAr+N/taQl9izPB17ktgDIHUKJUGx4C7JNzwGpuTyWMjNY2spYPZ+mj49vLP8EazyKEKirKr2rAaNfZfz0mB3XVvSMVielICCfBrK06v2mk61FIBo56ib3SKXrNvlxjvfLtc/q3gazZmFWIA/lPh1hRYrKMV7GSG1QyWqWZYCxFNvVWaEhHBmviu7XqKBljgt5lHOJO7LIP2dIOIVv1czR4aRUOWme/H9PiXeE/tHWhmQMcAG9ObmeImk9Fh45SMaIqxTBjK/x+eldFF5Fvt+aR0qiyJ1FNv1itreG1FdEsxmiOM4XmBpegGUUcDrFRkFK22uvPeYKRJFY3i6MVA6lfRaQL4gG48h9dYsywgcLHDGekrWGvuHZwQThRJg80S9bTaKqb5NuRdfikujRG759oz2JMvtM4RfQLWuUL2stTUV/QS9bwPjqIRZGwoI7gHezOacpjcU7mpIFWuZtA8EU33OVEYnDcekcODmWp6D5Kv1qqnjDC7w191mg4Wl4pFen+F8SmNIO5nfr4nigEWpN8DFvDV4TgnqSySpDm0UT3BmnZo6YHkMD03wDJ2OFiafm8pqharykws209FOZkot+usMOLNTPpGhKcKRLHIRbMxcUeW2Ytouw0kr9HvwrS9GSGwn9wmMQqXiqq8fIqphbQZWRrqAuWsL+H0gFSwL4A7flXZqWSYe22uk1lDwLJJ603YwHgE5osB1l+tFqwPvct1WM73N9C2TNvb0jKqoUvVZWzDCtFi68VQWsYjafb0q4J5/9+sjecYI78RPu9tyHVQI5/wFkBy8Veb5X6RKkqI9kFuBh/ZMgJk8jeUpvbUKjKTrhKvqzYCmJ4q2j/yK5bch9Jqa2/MCHuKAbpn7+599WXclV9yIqMgcNfyFtjRqLu31jpWvGzFqIfX0zM+CcaqWcx3L5IKqW/mw/RsW9HhytxUTE738hKMsinO+hzepjaL7TwW2wP+1t7ek9HnBaJ1VtDJBT41KRhOk+k0hciKGXVFBHbcPl40LzJcjI6yLHVzTLN1MXx7kNLU4OC2diu1tCE5Oli9qYpWQ1e3x1P4O3wDbeQQB/yNVRwDzbzdao1i27dL4+lQa3w2ti6efygnU18P9epvu/RINE19vOMLgJ95TP2DJLn0DN+l9vEqvT8VGHlbTU0i4P16W1UHz/t5Q6hhH1L3oxUqHrRtVWwylUqU3Dg6LnjbgL64mappvEDaGXSY+AeJIFfMFvTJYIl3YewDkw/u/ZAP3uCsa6K7IrcxzCczOS//Kg/5T6Y/2RGu2c2Br0OGsQKmrKusejrdK6YiWUXjCzpS0kOpuLueQkW0NYjb3scDc/LbZSHH43OiMBtHp4Jj7Hwgd9B4+kDE6DjGtOVH2unjVQSMtGUiHDHE8UCMzq7REPuCFpkIDRey78b+8gxvk3g3Zt48L9qITbqmMGTBlWwLgS/QRXpSTNHgzK5vMM6I2oAz3412nHZ9j9leQ9LaTN3lTSwl3xCnBGkNEmiMuN6qCXBBYG2+2Ub9EmKMMKlu4f32VnsMM/R2pHH/3nkmitF0PdWQZjbFCWKiQKTaMWwRv5P34hvFRDGB4I8ySRxAmg4kwYzzk4WmKWyPGiPaUg0dwRoAPAHuFmmaJqaLGQL3+SjzXnGf0DRT/Inf4QtwrQ7h2rej24TmWo4V02WzwLdmHN0ZtA1xGEwEhpweFOWTyVTmKLjNHivPliY1JAWQe2Pssbam223cVCCn3JfjbJz6xtvwArvDFtSRJtgT7S5BWbgrPomxfuOYpfrObNQOxF26k60mPTkmgJE1mu5irawLR/qGBIRkn2TPlbA/mBp1aZRfNd9NO2xtbM1fKooROLMn21PsqfbdbAedRN0swz3fjmOOoFa5EakgkzusRIiLcrDV3gK+Zprd0tY03a6huSz7zpfpoATDP3mPHdYI+ZXnWXS6sF15UmDJquZ4A+Yb1Pc+e6Yt6BSKETH+tAvVZNFn4FEMx+96S9CfbHOyNe/zZ9FMe0JwP3W5fb+tybXeowe4904BFk38Oe/W6j1yxOX2LPtBG+M8UUDeP2TPsWfbQOU9bGO+huWcko008oit6FEexZXiHPGeGSU53sK8TFs454T1BrMVLHM2rwyDcg5bYfItsfEeCI9tsoZx0IhrDr+xLmy16hn4WzXGyYdWJWCRq+hx+3S2LSGiAqxLh4u9WbGetA2Lb5dGtiszY1DaqJ9V2igu7WaWtDKwZOXbsroQLJiIEANfk7UUWgbr2U4UWgbn0z32CBrIYw2rlvm7kGsL/4F6/ns/OZPjXdXaP67rYnahd8P+LGa5Ms8eRa7I6dgiy1Me4xm5J03X7Bv9WW8ZEMzkPLZVqpchilvl9ahhOPtYhjFANjaKahvmkIuVoCiMmLH3qLP9GFdrmDLv5F3OxCxCdA1E8gr927bxqh+XjS0DvnHEBsEZ/hlbZNEyhge9jtMA7dCdttMg22C+YA1AP+VK2Mg7dhhRAKUssnH32p0G2T9Ugs9xC8IICIvt6VZY0oeUzEuHcUKdNdt3E9m4JBeTJnzzRxrPawtP6kjRX+x6tm9so6OtJXacPuY7E9RmNMXoWftOcZYwEWPsLLv+dRZ42VD36VauZUtteJC0o+dYUqBuRmqau40tEumLbcPFeIJsnFdPus9ChMBJ7Nk1I/ADrGi0s5oT6hCWfTG2ZBimccjeBA3J251R6prAOnhl1qPlBTtNy+zFoh/dI89l/7p7bMjLfFnZj4yUw3m09y5ruIhvZ81ZDDdF88VL9CK1pL/aJiLBcJ5LXzHq22hNL9qFdAq9ZNfTMnsB5wF9q2/glx+nV+hpWkAL6RkCv+vTgb8Qzi6VVoza4lbDhrfQ3WT8nY3UedmO0/0yHCXD3bOnCJIGa9SFYxzaYpiNc9MvYRsBm/OulhFzZ4Syfm27gWVkCFsRpge3zDG2RZj7TMV3gAmRZNuEsUkYnSTXDthUV9iKXrffsGFnC1vVkk9ruzLLh/bYHP9fqTiKQrSS8TXanW++S562cTDF2C5TLrpQc5EWmX9rRB7fbRoNzGc2hhYBp7y9Bzb5N22gv7bIZmKVbXojlG9h5OlbcW4IYjjjXmut3El1tvHOeVYyyzL7R5tYED69adfTsxxvqt4+SzjMhviYhG1nCMFePzTYWY29LIwfAs/Jt21YOlfbGPk1tmFb+qPAXnwtvWN35xusGtpuYT29aWMthXU3ETvjvB8N4X0Df0HPNn+bSJt/t7uzXHnXbrBr6D37fbuQGeU/sGczEhynifdsnOmOtVtRA+OjLhcf2R8zRmqQfbm1WbSWn9jVQIDZmk6ywHm/zk5TAVupgQa8W35qr7dDZuMYbbA/s6dbkFUb7V68OlGrXMQPyaw5LwR+V+Hz9iJ3PjpIXGpfZvfxBtsLCyroTG9PqyYaeOJXMF7xx9bLxay3o03XyAtklZguFR0vzPdneRX/Ab+eJ+199ezJeZPsagvI5/wJc2nDTMmwwFxD1da86EbmbzUYTcz1xVRHLViXDzGZ0Levobt4j8SvCaynjguQo4bLXgeoke3st/aC00W2FZOdy+0e8gWnitaTpgl2kr6kJN3FEW4EXeogD0eUxwxXw3DGXeW/wTt883gENSko+qubziIyEfkG7eiYucNS9FuvjauZCw3c+i4pa6xlGDaMJA4x79X0Xx766lKZ4DNNlH7jaBqfjSYFbv5WDsb6IPleAeQgPCV+56XZloG+22r/Ulyavxz7y2Vl/b2KPL2+J8dKwFOwLSR5bpyr0nSEBFd908wA72xvoDfIO8d7KdM+da5nmOzP8873fu9d4LUq+IN3oXeRd7F3iVeUudSbm77MG+wN8S73qr2eBVd4Q71h3nDvtaY3FV3pjfCu8kZ63WL/7V3tXeP90RvlXetd5xVlmmSu92q80d5I7wbvRu8mb3vzFvpm7xbvVu82b4w31rvdu9x7vmicN95rUnSHNyzq/ECfhn2G9uBMMm8XJpIcG2x+fIJQ9hu20GJGR39A4ZNcvIfDFdbV+RynDvj+jDKrab4QQgW4sTAGRM4OlR8N4kZOGfpthbEgxtklStGlMj8mROOUfhAPomNeRIgtcmrgSRCjEgUs7QTvfLuCrraG2ccI3PHV6pdsh662ilmvvUyOoFkF34MTW47nSHYbqJgZ/atooJzouaqc7vSM1lhFwzJ3eSP49LhCFBFZZr8MUTKXy0ne91FwLITYfldpmuyBbSU3r6d4gr4Rf5Sz7So9xSukb8RU73z5qSikHbC1ygpXUbRsnNQUKetgfSqGckS3/t6P8bVoYBQKxgVYtHFUTyi3tcxPiXw2F+Tqcjd75iNdIfu6mRni0jRvRt65dTVN92Z493j3epru88DpDEbnNKc2pYwm3+okWtNMz1iR+nvnRTS/PzN6hf0Rc/XjrxujI/gGWNDbiusiZxA8Ikwd8OQcK56N9Wbq09+7x5vo3cs1mOH19xTd58X4dttwOW4uiNOfvJujQM3c7xleqL4cXX1v8Upy3MqNI5XUcUzKqiweBOP8tnjAw7m6jYX8ZqRhi/8z4hNQutBEx1oBf3O7OvuVsUaCfSgVWN6gE7USLzOOAKP4Z69xTJSJlvEV/eGoKHtLlYuLkr8OjH/lqXS9Fac/8jx9XxvPxhGUDtizQv9GSIQf92/MxUNpIyb+An5+4EL+f8/Lb8/RV+roGIGT1Ddse5jlLS8YYqOvHvRmexX0Ah1graEBMYOIRJ9Hg8jReI+4SI/LGnrIm+M5u7Cdh9xZjdn+Qhls0Ie5eu2LtDWytvH8TVE4r+BX8jmf0HFGHk39lU8ZKyc5sQpSlJtfSPswy4JQ+xlu/3f0I537FvffaGkz+YgXMkpFs1KoH//qKowXI+RPNMvwFOU4fmB4akfzoj57ekwlw/EELytwPoEVx8/G4fthSRelhgwiO1XQD8Uj+k/HIOq4xyhE4IH/uavql/Kfbcj831tXm/QgZsd41GtB0xgJjCc4UVUyJqqHMJgoc5O7SW/RrYTPTytx26gW0dVRxMbBm4DzrTBGm3TrbPQ8IL2fi9ZwrTrFND3mnU4vkOC3zdyXU8CYPe494T3pzfWe8p72ar153nzPYAm/tATbqpH2VGrmXigU9VILvChjLc3/B0dvUbepg2SZ0nSo9bsApUpl5mSC+MhRsiOQ/3OsfjSGOjq3qBxjVQ19W6o5elg0OHXm+yGYGLSIxXuUiDNO8iapA94jzMIu0vjRIOIPIq89LBoyC70KQiTsYhrCcR/xBJgvg0czNpUtErIMfXSVqKYE9ePReTg6JNhhq+kqMSJAsM3QiJSQf/bKMXsZL7eZhT6fGo+R46kdHS5gmQWuEDEDXmYpeHkSETbH6RpqyJxIDZnxfNN5M5GKMFvZH4OIxnFCHuYGtDC4i0ZMKSDtYlHUo4cw+EVgzgbrUcyrEqbrTWeJtXQtvHwyN7F0M0jPsMR8hKOi24PSwtuCJ2U+cgIxbOez/VrlyeZRfJcp2FsPGJRJQbQI5N+COrKF5AGW0RVS592Bhx6xBvsX+uGFMuhKmqxNpKhCPqn6VoTGZWNHQV8/zcr1jqY5Ij+dwZ4ZqYR/K3aTTYo26Ret3oxHM2xjKc7JsOGM0oK0DQtCQsUponqIscwwVh30Ti6Ocg9hYvVW0yAb0g5PI2os4/HesHoE76voX3SfBRk7RyDKOXriOd066KWZ2Za22Me2Fu3W1sZt2lXuNpBpJ6wZJdq3nuS8041mmOKchrOdsjv7o1YwdxswluAHMhIV8/+GgOmmhxhmm7dAIIrsu0n8DHfF93PLLpMLbJ/jze6pLfk7yO6js6cd5M+6IXOOlaIHGGe50vKDaNqmN2cHmltDppbl1Rd0HWm+32zItPwR1o1nAy91g05BDUMODsiMsF6PaBOPJDw3vmS7XLt/Kfx7Qaw17ypLWc7kYyIaMmCBgTfCWnlwaU/rPBfl9lK55xdYiBT3T9mQeZvxt+H+dZiTv4PN1bkIJGMClG4P0Ua0l8Zn0nhFuYwcXa4PDzhMNGPG8vcxY+3elVvTYeSMG2BGdLCjKXrGA7NbQ+ZUmpPuTvn2yWPE8QKYZ9iuTczMpqKA+6aTnYo+qXuw98EmfXYw791g59N0idROPe/wteIq5VKlVcFjcVp5uFchvlvCNe0aGNX8d8gRbnwoeohFHuyMOU5xTcfGcs+qaLH3F4+ZvvjmCdFiN+ljY5sCPuriwK6XIjCarY2i/GnZSLOb9Ga9RfcQ4MV6iiaTiQfXRsyNbZYmF5ejVy8TaM/CoIWQhl9a5k43jL/m0sDoDLs0iODQkT6InlauSZWlaVPUtB/3cObZEi/0azhEznOAX53ANq81bBXDvJxCof9bpQLSfyZj/P+oNUF2xelanaZJdJ22RR+akMWin0jj6XmaxGxvVWzZjXNMn9BT4XqNvCcEKTXfiOR/q2gS+TSTbhXl7Os9Wl9uN9BkZwJV0WTnVnlJxEiGbfY7jB6APQ6IxBv0ZXJC3j4GZBVk2836Rn2TRnm4eR0jvmbLAJ75wT7anWBJPSxSRbfqb2UXQkldqL+4RRv5gVoUgmclwEyF3s636QqawPiI+c5cewI9JM2O2DfLH/Vbu22AyE9zmX1J02P2+5axy5uozoOsF2mMnkS4tS5nhOVY1qIWOJpqnDSdne0pl+qsSbRJHMP+6L9i9peFTprGyiqW+Y2/x10Ydpexlvka37r0jRhkV9M9lpuNuBS+u13j94RgP0BkScQlL6YBavd+SgYj1V+ErWsjnnF6B6xqQ+k9C3VEbzEnnIMbX7RvFHWFfqMgLT+w3g/sxHfoZULRBH0tj9wovhueqMfrcWTmycTgFhN5GoRGyHyYUpPpHqvegrbXW94oxsqbJbT7ieJLqainlaZ2dJnUXPvFzl+c7iLXm0p9Sa+pKZxrmv0kRtDlQUuhu+ImeYmj6VkHN7m4AVjqaKp0nnOwni+UUyjGd+B3aoMxmRAgFKoCjAnwi4puF4XBSIezBimOtPsEfz3vAGG5UMcoIcaJfjSeb7T7iztEcYCXKc7iZXBjlI+VqaJ9xcoMk3cHbIYGL5PDyuSQMmg3NFizNvoGa8REAauiZWqKxm0/dECDEYBcwG58LfUONFasOHh6fMEjiK8F+8La9Mc87MGJlFtT4Z25ptCeh/WHG7abcNfDq+0uvqH7u5XmL3M4gw0WtMlb/72/3MY5rKGpOt0o/zjf7xvs+iQNHOUwOZoWSdzPnCJQv1rxJ06fz2FwrYXUwFu2yOqNmylG4/mm+G7dOijjTfpKts6W97KI0TQNZD0QTMaiZd5MFfnSLUTcTtcztC367tKTIdJi9x7fcx8DG7x7D08i+ODilsz0w9l8E9RJRhnvO4mSgS62e6+P2kOvh7LbFmfTQP7Kp6dtYMch9zXHXzVeRaGejxHBGOVGZXNeLqZOwLSafsm92T3PcASlNYPHb4bOH0Fb1IpaGXpeoE0Yuxl7GDuXRw/3nvfw+KGUcPzwO3/0MBo4X5iahKOXX8uOAevaoEBu9GF9YrrW9JHM9aHZieL0vsz/uoGelZP1JwEzwSTqL4Dw1Hwm6EeH69G77DFGQqJVQXRhSnPOi5hV+CzRe6+SBR7SkCwqYPzJ4UwKqU7lTpFAP5g7yFvRXsul4WxlMKVV0yytqV7FqZXoky0nTt/TSPqMnghwkO1oi3xDwFdkixzJO8ZKmq1n6nt1EIeX5ohdWxr6+oTeP/ktOTu4Q8X9GiQ4evgFpx1dEjG6gLHEldj9aGzwfgqjWJDfC45Js5EOtiCjgTxZ5lwV+atzKc+ayfSi85IzBfqoKLRedl5WeFMVeJVCR5kjclyP9fQ9YwaAGHjFqQ5jPNNnYgpbVaB/oLRietUJvW3u1+t4xhg0T+7Mh1Y3PvP1o72d+cIx29uZbnxgoYIUU3x3OTfQMaDXVAX1hMTzA6/esB+7KkRdQm2W407S0nS3CNfPnzWkzGsOWnEt1fGK2WZVczSc3kHrQvuE8aU7iW95gaasZxy6tCZpTZBtpv7A+BQGtWmgFU5C9BevO3H2AoIVBLpmV+HTn/TBfJ8+wNos/yVKbEFDbJT/hlNP25j5ek7gLZYM5tdMDVSdEwF6JcEcEbgRtkWtnEIrOQLx+6IjkcTtxpvO5QIoP02rnDn0MHy+aC1tkNukaXc1fSO2WRj1Lo4t6pw61gYm8cz+hH4ve0sV9EWaUWPwZ53D7MgjZDXVO2htazlYOhxnzNTnC2X8ByEp3nIML/WfdRXNF7Z426kOShjN/55I17LNTHMpf9IjA99CaIdGh5qtK61tPKMKVJzHE3oY9ORBdriS65hFYSj91hbULlLPqXCaw7tB9t8cnKNrHMQYx9iE79tH6hlrsk4eEcHtXDcJS3CHiKCOkRhHa+rOluMVAW/WHDEii32ay1wIxq+sO48LaoX8W8sC5QSo7ql8j4taHGBh1n3PPgx3i5F8Bkb/52NMRBZlspPWSiBMgC8RZEr/PpB/RvIAKZCPLRmaRWtiHZg4qKjNzTSZHtSHidfJoEXCfGcxMyyQUwMZfdc0wJ+E66pO2SKHPwlzxUwP0Tm5vIb/Wz+7lR7SwHBdJj/l+kWCXQB2CWN7Av/DSpqsZ2swaM6QsezaRx9jxXRnxF9O2psZWhzgg3P7QhUjTqaR4l4dQw9reOqleWVgNNhjUr5Fjdc/Vr+m1U4oATAWOUuEqXOcU6YD68ndrMlCAsA6fDmB10fbw2k1W84rApTj6CxyZXgWzWjsO7EgP2AW/oRVIDWdT/HAx8fPtrQ1z/fQc6yC+yOsS4iOzx9LeKsOp9BbtYJGZ0dyKNXsMgN++rhinpgRXeN8Ky/mntkaaEo1NIdPhtAEdj8VGh0M6ZDXN5ayTMyzW4OZuEGELCCo88M6FvR9F7a2Y5W+42jaoM1q/rsTY1xfzqNqeHYXhx9ZaIk2eZiv33UWWcjBrPSqPK8Ew/Ycnk2xO2APOJ5l8XhyZIWop3UBV1oox4y0/bNWFPrgpqjBCWXOC2R8SjuJmqDeYQ7vOe87MZboaXox8oEDr3PEj7hVTaZPgro4jAoWZPZHMw6n0l12TsJBHnRVaJuJ0lBBCzU8uJ71onS6WrIbc4SxKIY+XX2osS/XYt2dPZ0+FSMd5AmJ30L2ZinZJ+u1AU+v31uGwzlcc7hNxpvW8gjGYNRzf/fOIidDTooKaiFraIkX+nYt8XK+XUjbKpB4K5Q5Lb+sDZbV6EaSqjiuiemd/ixDzhK/I+NXu5+YzH3VX+x+xjYj/ZTG3cNRbIP6yJkU+dj5xFnrTI6sc5Z4BzpLGUmwUDwjPnVwpwGvKqTHGNbqav4dV62DWTxMruG1hpU2hMLW3WOFay5OkyKDOeVaB/+uZ/xXTgsxpx/j0ZvbG2ClS1M7BeZyzIhJQVvvKDEYUWOVCv8tDrg8TUnHUyV7wHSliDIYN/S1mQlnBTPiK9G4n5EOp/kdzDqU67uw33Zk5xXm7N8KwMh4QLqQ1jojcEPoRclE2DDaDCRuRLXOq+dcEXovoXXFeW8mOoLaUYkVvjOsjqeV3SWmipnieFL0nIc94B6Nt6YPT+W/4UP4vDeVtdB3JfCzlZaiB8TIAIWxgNJBqw1+1uwPiQDFno/625lF/BkuH3OaKGXJbL7C/dJXap6er0PLL3iuFugcZ2OcwNnYKW8ngiXiWNvlv46zKxgBv0L2o6F5UheYTjA/JizUYLQ43j7B1tTZdsjUuVi0o6ZiUDD6LQKuQ5P/9dZn9AK3RogDxQbHCaK5GI/ezfJEcTJjRYulkYvD6UVS/Bc8S5/RJlpKmoxPKdhvUvShFe5x0N2mOM2oJVULNxtzBLwH8EH4WuLc4FN3e4eMZ98i7WcOyvybtdqqoY0O/Hdd0VWcIzY5S/RSq7swLYc2FPYCPPRxRhlk11N7KmZmxiQt1T05UsVSPYLPjkan78VRd2ZZId+c0aiXauOdAK0aMm6GDutzKT1hPWl1p9a0VJ8onteLRR1Nt57gKDFgDupO/ehs2CJs4ELhjb5UV9FmZ4vTVpxBMRpC/3AUHWmj383pFKXhvPuiHkKrra7ZSBeoIzC3S3VYAnKH7+4ZpEja31rA3Gx2TrQvpdD35VSJMyJywWr73AnPCLu3B7xDsCG+wLabJ6xlujv9VYOtB/ccfYWmrQ7k6N77ayQ1Czj5kcbkPUyGtoIvnEUy9OboR7ViLC2mY60PSdOb1tjsuXyp3sajK2Q4rt3FD40T/FnQthMs6M41fCZ2I8/zavnSSXMeqy3whbYV10XSFA98knM1RNtxU/SYs1Feqn1Go3/laEJql6StqYK2OyGD04F8strgaPrMmS9SZPjZn1DniB1a0SBl+Nhf0c3YC4C1HvUZoT5gZaoWBwqDYAdyPS7yEez5+PWWuAnnuWvWr8kn1ANdejVgkaqnU6XBsONWOrzfaYxfN5Lmp+HSrxLgCPiLeE3n3/w4Afo+ZKgBg8AKreko63V9KPOO4EzaIdBDgIf+lainmOgi99fY5cA0cZ6tOZewjkcJh86zFcX4thK59uObmJUaLB+hnAN3xO9kkqrpDo7x5dObegut0nW6Xr+l39bg4/QFLOUq+HcqJVlvHM03gGHqd/Tf9dsa2PjcE5X9/a6Gp+W7+iPZoN/Wqbx6vBdombhdN5rxi3QtozY+1nHy1Dprm7pMfKLX6RyjAXbF6zgCGuKShNwEZwXMH4abYDLdIMLoHdgHv3b2F+eJF/J6EPkNs9fQOaKNOFekCe+NPPgnnxyMN89VAn30jQNkajsaI751NN0eAX57IO/6of+4S6sDvlpTpkGjVpr4bM5v+d/vnO8dRDAvpH5ih+PTToeiIvo1sxSu11cJ2F+uDmZVkX21UEFMHEXXiDjrkyZ21QXCEX/ge6FjBVimLhTFtIwuEogWBe20vxjG984XSNg9jyDD9gVOj890OMNQT7D0XkuIqmJODHGaR/BsL2ZLEDg/cJdpZMLRfFv3Dx0yaRhPLpw4EA3OfD+PMVf19BZ7sZyro+x/A/4YTSaOi6DPtUtbNea6jPb6t/aELxeRFTVRbTEXkoQ3+G8C7+FI8ZjA+cDOS9Wbz2nMQeBADpdY7/KIPp096xjG11Anw3+h1vIx48jgP2VGKXdL+NN9FZZ450df8A5w9u6VsPNHPBKAPwk9Eoz9fD/mtIVettADdn2ArtF48qy3zBvNjNL4BZvKaWVLPEVHqpznkks5DWqJ91dP04uekTzP0OjgxBPeSX5BJ0de8oaoKKUI/79cJZWmnKV5I/2RNdFq5ZCyxosoXaGMLrrQe9m7JAPEGXRuRUu9jUEkjhB1ZotPhSacKoHcNaizNC3xXvHgR4W3it+aSI++XOJBE62lRRSnGbElHvT2+fT0Ll+/6s1SkjY0XyyAiLzYVXSM54hXvcE03H6/+WB6v/lyr5Cq6FVvYRmlD7FDdl7DpI24o2bEf0UlckBsruyU2SCBgBpDfaxF9FLEofW2os85buN8+rbwVQ+9+pA9S02XGNNZqoZmqaioodc8QVdEwP2BswRwi+C+xu32Ci8Xad3IE9geDVYJNUaO3awH5Qa5KIjjCEzqgRp+sCGDIdIhl1IKtVPzdIVnIp6Y+DdgjbxG5GLgmO/60TMOPItWeGvs1syIdRTvIJLnRRX1jJ1vG6+Ei13Tj6jZ695sihFaGOcU8ArSBQvLXvVWeFiFb6k0+2fgbr6GVnivepoWlplRH5rBvEafYqROK8cpo4tjZuHCsje8I1WcjlErvTc8/P2mF6dtmVXekUrx+zrvGHGxuygbPe1j2iChbS0sq43BM/lZKqfh9la3mszT1QoYnBY0S4U4x3ukpsqiI5y3VA2hxppWeNi1DDrjToWaLCwriCL9ezFB9d5b3mDqpfYvX1j2XNPx9LZX3/xv3mrv+aZrvHe8v3v/VYB/3/XqC5CygefS7i171TtSvee96r3v+bQtg9uRDzxTlnkXlhantd6HzrhIfcGHnpmXddzP40U7+sraYQOfN0vFmBljET1nVdMOewQ9QGl6l1nQEX8Io9HFwTjvsBeWKXrVu1Vi33+EPoKPi6qNCVpiOwI85zG6R8zm+IcmpV+QpiF2RzFfYCxHFir62DOzXtKr3sWuQfEMpgcUoi4dQHeqPdW5i5ylsNqilFtvo5kNowPbAMx8OEYcqMewp9bNNJ/M+sT9xCfeoWlFR1kPiZVimjWaTiPU9SEBDjVg5nG/NSTgXugoYPGdpV73sG5MHjV0alCKooVlxdk5+4gs5LQ1dKgFeZ1DOQL/CG1inRf6qJrYreb3fmKxMNa2Yu7XM4rW02x6zv3Uq6L1XnN3g/eZt9Hb5G323qSXxUdyi7fR+4f3ubfVK4p94Z1RJJlPeYFdzt6sLvtQLKUuASpYMy64mKP+ONkyQxxaGDNoGyXJkZBzM8lYr/PT5qOCDSY4fLdnLFfoReSqhuCLQ6XxLrtAYse4OvrbaNhKE4XAnOs/9RbtIrl3xwufVo50ItCvc9jhT73/CWb4U+//Elr4YJ4LYTQGJ4h+Cr8i42djfN2KqbNWfKPRTI23Usym1pSOUts86A/X23vyJsS+8L8TKWxXf8JtWX/C/sy6h7hU+Z6Fmk6zanQY43H3qFqNZ0R8FwT53m0cplb5Fo74LnjzXyoOWY31n489luP8NCWa+IE/zPqJXgx5PzH+P43507B+dpM/xPoZD2KQtyxrWaD41zoy0ci/9BCNHGf2tXxCi9ObMk3/jD0sv4l9G9P0Hs22/xX7LgYmkAPoK2+t/D6mabs3mxnoQ+ShQRWusnbEKqSgFRonUU07Y7alidyj1deFRaKDMD3ytnhd5rxN0jxu5r2bjW0Fadh4JV2iTdyw4zgeGmQSeLtq2EvFWEB/LUKflIzqn+XT+sINedtNxHqT3y3uGo4r0loi/XmBB8h10jAQGE852EG/DdIr2iK3BbdQXdgmuSOIC459+261UeI+S9F+9kb5l0iUmstiakGfyhijIc0NN/Lpyt574wKPisflffIgqVjWO7SFbfZtxG0CkWvC9pvIOZMYE7SA79BHU2u5QsCXFbdnhwbf4Zu/FVTQ0sKi1M6dfeg6fYb7teck/5Iwz3ydTD6a+DhxZrTSWVZa6RSVNolVOv/0hqTaugXJnYkO7go5reiDRKXj6/cT33ilsW+9tm74N3Jp6y5NfWg3ibV1Vycubzo32cn9l9fB/c7r5F6U2tBkMFU63VKPJU6OLEh8700rKkiWxpYWitIjXF+fHHk69UrinUSlU5v4e+JD+91EQ6JJ7L3EDq8y6es5yRH0SmIw+fq1RG1Q2yo6MrlSVDod3J2er9+QjyZKY+SbtE1ipbGiEl/PTkwrEn5pbEfitcSaRAe33pK+5XdyOyeLS45MdnJtv61bp5W/IPFycaVzZ+pKqnQWJNanjkxqv627JjUi+Dtse3HKSdYmIn6TWG2iNHZNaaUzoOSdxDuqk3tLKd70E68kbk+OS/ra8dErI6NNYtOKylPNU48lon4Py+SGXj1TPZqI+dcnH01sTPra9Sud+YnvElX0ob049ZfUmoTll8YK/EK/g1vEpeG7UUm05rvEumQTv3nqyOQLiWL/eGrqv5JAGvQcUm2hRxPN/Li/I9EmlfC/SzyZaJ58MOGXzk6dGd2R+ISSvtsM7UW60liJ7+uUz7/9Dm6dLvPL/S2J5n6lU6fT/uSUr0en0JKlhQ82ezTxYCLjO0k8w8h5PvrZ88uSS5LIoTZxUInvVzrhfGrhN4mtTlzfZFrRfn5Lv5Vfp18qmFa0v1+nf8W9c4Bf6UTt0tg3CYzr9ckR1LXUjNWB/neJg3w8PdifnDrCnZls6y6zr0+dmmrrHuIf6rf2MccG0Nzko4kFiTOjvn5WmFl4mP9dYg3PxdLY4X5b90palSgoxdejkm2CHE0P4Te+XZPwdVuuD8q9Lol82/kvJOzkSwVrEt8lOrjtSzH/D/XbB1+2dY/wMRe+S3TwaxMfl5hvO7kd/ZMjZn3cYFc6p5ZgTOaII9wBJc8nj41h3sKfdXlictJ8sTClm5lflU5zXRo70se/25PLE5VOffKWFNbF+4kz3HmJsmSdXqUXJI9Mzkwe5f+u5Gh/AC1PHJhcmDw1NTH5SeIGuzT2WOJE2tDkmKD/30+YnE1raxOdkphdC7infd2J18SxnPa1hJ1EL+ArlFcaO477bWeioHR+osL/Wj+duiP1Cefwa9/MMZM3Zq/5AmP2t2SdfpnX7xyBJxOTYQ2WN3pqUh/qH++PTqFMrGPMsdLYCdnx6uyf6Hfxh6RM/Xx9ko8cikvw16OJLckNTd5JlMbeTzSJoXxT987+b/yT/VHJU/zOqRF0ZLI2say0NgEZVpsYk5qkaxOdU5Bry3l8Ovun+uET5HpkEnKpVemRyVP80/zliU8S6xKdkk1i5aXNk7WJS5Nd/TOjM4I8ikpLY78rWd8UOV2c7OajtkWlkJIDqNL5JFmQxNxZnjiTBpcc4TZPdnDXyvDXB7pX0hGfpZYnBiafTnb2u/uY21fSbckefiI5gMwoPJJYnngveYa7KnVtsk3ya93Tx+x5L7mhSS+s0qSZ69OKDvHNszbJ65PnlHROQvYlkof4vf0mseUJrBOkQ+oT6ZySEXR9ErO5s19UUlSKZzsTbd0W2k1eSUe4qH0salo4JpXrnzHcLpSFXJHnd4krky8k+vhoYSgZr6Qz3INLfL1UztCd3MOTmP/LE+gdjNzEJObY3uoyJrWnuvj6OMvMoCPdtlgJSTMbjPTDrO7rX598MtHZh1yq9EtjMtnPh3wI67kzsSOxLvFaAjKwbfLBxBbe6U7xP+C5g98PNquiBxNm/lX54ZvNidP9e+xO7hl+pXOm7+uzgnXS2f+t/19+aezuZCIZTZrafhCkPsLtW/JdorPfzv3QbpAjyMzJ2kT/JHZTjB7+/p1/S2lpbASd7m9NVDpHlZxR0sF9OhXutphP6IvXEiXJHYn+fsuScH0gF5MX5AvqOMAewbsh5tCTie7+g4m2bl3CrP3O/gD/bB8787TI3GRnH9Ln6SSk+4rk04lbU539gf5Z3HPTUw8mKp1Bfv63TyZO9B9MdPbPcB8unVaEtYRckEdb9zclJ5d8KnLtOafkBZYedfoc/1y/k3tbCpIr1eQ8f03iqJLiVFv3fP+VxO/9enGBf2iyNiGS2GU/Fbcn/+C/VIA5dqHfwU2WPpPo7F/kTys6o+Rif2eiNtGHDk1SEvOms4898RL/zOjyhCgNa3VGCaTItKJPBSRgW/fQ5LvC/P/JxKjkg4nPEpDdtSw7jeRqXzpMPtjsUr9xi1JJ7Ip+aTgzIa1qE58mWokNTTq6aGEobS4pubTE7GrX68v86wPNqXYfNKfB/p41p0+SH2R1mT3pTb7elIDetCXxWGKI31hz2lqGnL5NXO4f4R7tDiip9pvEBpSIZGnswKKnk53cOn2F/230wWZDfV9/QtCrMGdyulQiOdg3OYQ12NBkQWkHd5gfalKNtacmpT+mIYX5TE+VxqBdTSsa7G9JdHKH8zxEy2YlkXaI7yQ7uKWx01M5Tak0ltOT2rr/zObZzr3Sb+uGbR1BI/yr/NrEf5X6+iPRJJZIjvx/2PvyACuK4/9P90zPzHtvL3gzvAUfzChRUYiA4gGRfKMbEyOo4LIRTICgMXIKrChIvHcjCqwcIosiJBIDhggKgqh4EAUvPJDdeCFeCIIcRvCIxsDPqp557+2yIB7J13x/+4fydqa7p4/q6qrqqk/5d+d/Yp2d+K1/mb/UrbEOLy6OD/dTxcckRvgTvcv94zzfusIvdY5L5EonS+tJJxu96Atr3Q4JN/WUWytOShXHf2KXOjcyHyt1qszC+JV+cXyO3Qckr1zlF8ev9l9xC4uv8X2rsLjCp3UmCYHO7MLiw/2rmh2TKI5X+svdB13aqfQsK+EUFmv5hmp+NfnmWmv/8g21GMk3tGq58g31YV/yje59JN+sNLV887uMfEN1D0TCOdLPy1vtivB7PZpFMg71azWf+sckftisKHV24lr/q0s123EgMgN9LVdmKCz+d8gMhcXHeSf5udLCOJ/O+L2lBZIVhniDvYFefUlhuP/vlxR6NNOSwrT8C71Oif/BY3xmnOqbHs1TVn4YnCM/XJeRHzokilJU+3p/DLp7nRLj/a8rPVyXOZUjiWGCt83bW2rIyguvezPt3D1DzwrjS7xzzKXuJ1LLlAW8EkRXxI0Da3NeV6x2HW+j2xWDVMO9b1jeeNM9PtEh8f3iCf6bVnTKrnbp11vuIneTN8+d6C90q3zXI1p51CNtRlORlkVecR/0OiSIijd5j7myONub3dyXUof+9i3p3RDujt3uSK/Uecd9Im+3+6GkcpP8Re4Ub57bLVXlE+3qcs+6xEuecyMZPdvCRlf/pjlY6Fpeb/TxlroX+lO8ISk6P/Rpl9vXJbzqpMvVGi1lvjeZW7I8UazbpTfnmDPtLSBOZnkHebrFaBSPeMcUlzpT/N18Ng5SDr9d4hXGf+Ev8RZ7/Tw6C2mH0C6amJpZQJRO3yT6m1nwuTfVL4z/yIt5M41jEtu8mfbNhqaHmBe1vdi7sHipO9fV9Wi/arp8V1ybOjXc3zf6dzK1Um8Xe3R6Uj+m+YNUjXWTv9i72aBVnY72/naXyp+QyF2RIu5/jTXddzNffbEVSW3UCsmB1T792p98WNyM/j4+UV9OJE7ZkKQ4w48kxW1eVlKM1mWjN8Of1/SYZjf789yF7i1+qaN78VOfzk29l0rCVX/YOyZR6uu+am5UUDwxNdM/zhvhL3XneiRZ3urfm/p60mdhMUmfH7hfLn0WFv9flT7pGxf6/1kZ1PWKUtFJ2ykxy1/iavmzxuqd6B0jmY7OykgWpRPqAlHqnFNwYX50sq0SnYwnhPY8eAHrrT/at9t/sstazLPvsP9sz7f/Yt9pL7CfEUWM9WSw/fM50S+0tD8v1ogXhI6FWCsc9sqkjJHah7WT8T1J7zqYL+Acoxqz/Xz+Cr173P6erBHkrRXHehFDJV4SAm+IN8UIvCUE3hYKG0Q13cSKJFYJ6uNropKzAG2qU+ZEtoRqb+8Y+1nGkUJ7sVXorJXR+Mj7uUR2dNKGzo+u7zDIoj1MnoIbjWNN7YdMWPKS795HYJi8294mtosdIs0WYsrw/T4hK4tR+LvYmOnVS0L3gPzzJ9K9pRAhfvGJfFfyAWdAv5+9j3dxqQ85VsTCR+JjUc3PPxHV7N//kdggtOVb4h8izXj6n4oT8ZlQ/P6fgsr8Ep3F50JgtxiBsdguCMn+Osw0yrFaUsTWIrsXOouxHAW22Ca/lTyTrPqdxUzjPAhQtiXyd9e+//3C9bL4b5NHP1HWfdcBrQwL2uKtEZYpNi3F3qLl2C5OcHoh8rsvhyPvtj8UenxRzEwvHGKWhTlBO7HH/Cy0Uv1lFd8R/ou9qR35kejs7AzLDBM3hfnCOxkKXZzqELn5Hnun6CwuIe8y+U+xDGOxUUyx0lgmaTZOxR4BuR1nhPVewHjGfyE/byl7wRU6D4W+0zK5VDsZp5hQNQZvy+3iE17PK41yPCMoE5u2u+9hzMoT0cmo4TpF2I0KHK2kUlhqO4LqtReU5+qfohx7pCMn8s7QqOzHcxxFW/NeuwLzJGFELLPJ4/pk3GjcZ//FSOBEzkx0v/2AXYEYxmG7oPvxFnYSy+1yzMgTJtOgvFcdLSg2aoEk79nf+5R5RN8PCBQrB9sFxYRqf3LyoSR/gTMRxzNiDE7kW6VROBNtRArrxSpBeXFK5DBZFGaqe9zWu41m62D5kojjVuezcC9lucVJTENpY5jUnnA/dl7m27nH7YGyNbYIgesVUe4FpmKk1x+a5ThR+hxpQfGGHt8JPW5Tqx8b1OMyfCSHs0+S7g3Rwh/8JG7zt4vO6eswXf5IWvhhTHBOWIU1qq1RjcOVpijKzVGAF4ReFx8l8rwYldAUUISd+QItZBludShz0UZsFnczgvk7CQVXnBdLYoq8ULKXnSxBGQaHMftUm/qpRz3Hr2a/w3PYd+uP/m0+fSF6G8cw2S8xCueaDyOG9+xzjPXiX4KeSEYN3S4usctxuz8ahfbDeM8ea94tJjqHqzR6g/b3q3jfSGIrIf7iM/KhhMlxsyfiFPbYHyY7KifDz3RGtDvxLxHVJ/51IobJteZmmzgk3ed1k3SvTO+Iq9Bb8mA52PSxU9Csj8KffMLy/aXpwMOplq18XOFUyTX8di6PVz9NYqdxrqN5QRKDTF4hbJe74wLz/F1mmltP4nAZoXG3kYTOMV8cIZvYv3T6Opx325nOeVN0tEEnzjxXgnL8Weh2+zuzjcnhTW8nY62ZxACnjxgCnUW5k0HRE0RD55hxXvNshsVoFZ6xn2N01kMxUGbptX6fHEa2Ogka2bWT0VfMZqT0n4U3rPMMulG9xrhUHGpUhzHA2aiwqNV20pcat58wdTpKj+PJOxmEGLDHpMx25zrEY47Cec7x7OPfGr92psh8bMRnoq+QKJG02lTqKAhMQzNFo1wsyW9CY54QVyaMDLodpD4Q38udwamMW9GJ87UO5ow0lHOV8BsFHrapZJWh35cxPlA1+uM5YSE/xAO4RZ3vbJVKXSAfsW8wKQsG3f/Tek/BfKFzD1IrufgQJTnoEHodWimNIZEKo5XiDWJG1BpJ1MeNoL51EuRXE60NeVjRmnKMhazEENFeDBVJ1Jpp3sObhd7XxFtvFwq3yXYc90Xcs7Ok+8v24h3j71buLH0s0xn/tE4G7fzfOHGcYFajA2NdrrD/ajucTaiTcREU9nCmu4guL2K/y1zph56OgR61x+e5zntTK3WU3t+kwovyJekIyqPYESNDRCTtr/CyfEXSTBFC4W+UCD1ZRRjDnsAe/lI2jlyj83divPgoZjMJ06AZecIo457RuzZiBC4zxmMP3pbZ+2l6Y2IEDFg5J30ipIYF8lG77o7U46xlvJiSDNWvwXYsE3p07aTOjd1ZjOYb7RJsxSCjNcqYXnU0NmVR2I2GcyvUjb6msiPCzCaCz6o2ImDPlRRq5KkyNxqTcv9dwN4qu9HJaMv53QY6RNuDnDTvodbYpCiHycbM+l3AcQ0U3z7YWWpv4ydFGBLG516HMrR1hjodhWBMIR0JQPXJu2KYU8vtD3Ko1ofmhY7CcOc5Q2dtyMN7YoSj8yMOdPyQI410yp2LnFPJa4Rpq7n5IZ6HpsCNSMvmxiinWNLZvBGblG79QeZZAx06qy92arik/n71F5y33LnEoXcfmrrtzmK40Flpae51boMafGRII82ZNWgHRTxU4wPOxy3Gx1LhI0k5IjqquYamufbikky2ybcgjW2CZL6dwuOSa4T+m05saUQYFiNkX/ZHz9JMMsynMEJS/+lZtF6n4FZJmTePlh9wXFC+GCEVFkiB2ygSVw3A+zKNLfJpmyixOpSXPmDPhTUUkcgy7Gp7BPsjlSBhNDcp8uIZm0oRj6O4+NuZo+heDIaFczEk0zfy0/yZPEKloVQJRmWe54f7IL/OSCjL1D/ZY/1zSZkkaiUjgNuUiVLvhaGh9z/tqtGOxr2/JNRpIslJY453ZVSnOdII9xz5Rzksv56P+rtfy76/YVk32w5pS9SWyND+GKcnnsvRoqKSp+JSpuePxNGMx3uXrXUNWtvrWMvZQJlHxS6MdRxs4Ah/P+wdzfpvHYqPNgiFMadVOh9TOMzqF2IIVqEdl9IY0oNNoo5drBcOCD1s9Ei3Mpcu59UsC/mWEcbrRieRxTJWdZj3UOfutTh+O9rvlBmLpPeI67S1q5kPtlKVcjZ+z+dMX0YVfruBOrSS2Ty4caOGqaM/x5tQLNJBxl2sBRCmWNpoacw1DjL+JPUzfYa1Y7pvabSzk3hX6syC9HwtLjWIL9Eue96OymseTe3rsc82Ah5hhMrXySDEV9IUS0JuXoH2xiTTAskDtAa+zJWFapkufVzm6FkczFme9I5Oy8udISJLi3cLkoOzdXX7V1gUiV7O8TWDw7qsh4f+dp0MkpXqyl8kA6dldPquwZNqq3UJ4jx3tWimtonc8n8W5HlehiucAYwMPgCRfNhf6pzFJSw75faeZk/PI42rAxw+fYtwpdPd0NlxiF9NkQUZjZQzCmGQUcYtX+WQFkZ8nmqNQrFDWdQokoay2PeXA8w/iz7iauca5yhUOJWOwu++kMGudcbx/69zznWud8Y7Fro5PiY4FDmmpQKqWYSJDvGjDrwegy3d72aK8gHQiGozM7ddfmhWMaLUk+qVTB+z8xzF92fnIXuOPqkS3CZx6nYyaqUD62Uk70yRXaVeQcqp3BGTmStIY5nQcdFzYhZr0vXXmzzNtLwX9ZJ2XDl/+5IQU0BjA1+CO0PkpBLuXRNjDO4ThFN6gzPJiWOyUxuiqrwp/4nuOdmgS7g+yV7k1VcdYg904ozaEpUZuY3qDnOyEoyeoSnOVKenJJ/QXiHSpc7ZQS0MlnTqfMin2Y3ONIc8FmncUQvtJNX5JSi3Edk+2trJcCfl8gPdVgs8Z9hqrKE9D0tyuESWP6jMqtEumRLOuG6PWsvOrserSLIyfUHHfHeTOv6ZRj7X6Ozoud+NCyVJ2ySbEAXd5OiyWyTFUVPEz5GyirGkiYJG4R5TR+pPd+i81177u3GkjMZWhoQxHnmGxtYpMAoNwXaXW2Q39txdInw0N25xlgmS9D4QASOP6VjgCdLBetRkMh01zPXGI8vzloklIpbhejPDvp+K141dIaZRZ8ZF1Fau143bTQfd+E2c55Cip6dlqETPHa1yAkdBsRWBMhNQXqILZTtU427WUA/FZKX5wduYISkD3onMs04w3uY8HREyNq3MRfJIdZX8rVRk+WH6vUIOlY4gj9EL5ZXyQVGOUXKQUcbfIL1tlkNa6rtytkORTYQEeSweskkLppPxBINmmtogbvt7ZyrFOpsSKXMnIzV0Mv7gaDyP8gx6U0ujk/EX1qJz5YbbnArcxhLgpwbVIsQKKpfVZLRMTfaFTobehR/JaG2ysjf9rWsW4RU8K1SI+kH2vj0h1VML+YhiwG6R2fpznHw+66m+g7ono+Yg0X7WrXC0jl3OfLsadWU6hT86hxkChxtJjFVznGmZr+nYNPIMX2Qewthy+lzX2XSj6PgE5hivMGXVL1eEPxoK2yVFJI/IRPLdLU6VW+RE7JL9OMNRu0y2ONopE7EMr4n7jOPF3WyBOVVS7PgF5uOGzkRACEkPsEy7xibqHIUXbKKwJyAVobyBcSGsjATSXpA801msMCpBiBrfExEWtW4lLStA9ibK5K21pezM9MIiMYIzM2kZj7zeFducs1YGYVqcvYzqalm0GrfhCNELfRtokTBafiJWGWWMqUF2p5+GFko9b5rTkGd95/Abeg0IQ8w3ZhrUyr84j5b23H4celYoQmutfNyoYD0qkiJp1z3MmJUF5sOWhbW2jqPWCLLH4mNDe8BfiRqb8JvzTUf0AqEcFpjLjU2cfbEcF3PWtBBdhOOACs1e3PvRGZ5Pu8mGtnz8CU3MEWH26K7Q6ONNzUfkXEP3R49Irw/ZJrUFuozR5V7lKCPC6LvPTIeyU4pxpT4U/cLY0O6yF+g07yPeQC+sNf6ElFnNsQddGXFfoNhsbrYL+SHZcLVkRnoGRfJG2ckTyBM97CRqOZp8TWhnO5j5wZpQ14qe+TgWSRFpLXmItJa/scX9r0YC49gz/xncjqvYFr/a9myNeXMVlyXMkjsk1Vwmk1jHKApk5V2PoaxlvWhXgCTxl+w8eZJNdt2X7ZUcnTDDesUmC9Pb6C7LMVT6eNV2xAZjI2OoDGVdap0t2JP9NcKYMmvQ2bLQxSrCepuk2Ri6c5bEoZKscKeLIvNmoxwjwxnZxLcqr9vfF3tkEd6wBctxDzPPeNPOnurr+WSMLCtFuF34uNL4seyPCh59Be6S50uiabKqbZEPMv1rKiBsq454y37bXo+4oLyGP5Z0vq5nT/0+gvKxDpY/lqOwQA4WhO4zni13G+wk4sKjrC+ck+/XUvdHz92h5t5YNRmLXYhYU8tvCLPmAeHjMJ7Rw82eWCOWo43p4whT4EjzU9HWtNDOJHybohx0G23/b29SvpSjzAhD5iS2hxFldzR7hjdBlxlpnJaJBesf4tvorMlUKmDbpe61bpX0zaPNMtb+jgpzwiXQE66sW1ZrXglZLSOd61i2Ap+C9Yy63tTJR2fxTkgBdAsU58wwMUZmuSunLV1G/94uNtrX4Yd8X7VRbLJpht61qewe0VqmsdmO7NEpQKWxUegbrjS22Em8ZyvcoIgqxzOi9jmhne7MMBYpe4+i5VWKgn9W6Nxqj2GbeIWzMJ5gRvkgaO+cKmdBS2G50TpZnJX9x3o1jK5CfdLYKvSbkFV6IcJQSeVgqOgon4byv22XidBKTDvoUkFxtCbvBM3fPTwrlu2Vf/AJkUVvOL6BTIMkuUbjoXiho9h23N74sXmKSegNPzE16gRxc9KiW4rIsvBTU5/8OqasNrRfX9pA/sGzzXRIjTqHH50olLPvUzGMb/x6m4SKQ+e/vpOkfU/1+5jnmJLncTi2i43mTahmmqE7so9EX1OxNY9uJo8XFeij7jO1rdrC7U5WBoms9NGXdZ7AXdB3fMSz+psC/cydbN36lZnmuMQBpsB6ca55iiSEiTTbRwmP7wfmRJaMiV7ON4mL/cYUOMxI4gKTonsGmgPl+aaWmcleS9kDO2LrF+fdHklZzR2mhBM5MwWNoTq8EczNHZ69Q/Dq7Nb+GStMV0a4JMur3tO61bdZ9xhk0n0F7aLB5hpRwLbdAqxlat3D1JqbM5Oi8rPfoxjaoSZRKUlFkbyXfU8WB4dPslHI3cN3WQ3d4beTVxt3wOHMjSNMQnEZaSqUmxfxF9rJj2kEzFe0RfFyk7CWrzDpnBS4kiONhIiHZ2el+Kfi2zL7fM758pl9l9UEzTjvzhpDazh/ckhjj2OuM89JGBX4l32Hs9veY6dB6fm2Qzp/duiX6aShnHKMQYpvWomLzsjcqV1mt8rLegoctV9PASdzL1bfR+CojI8AtaB9BJYh8hGo+7WspwD9dbRzh6/wZ39/N0iX2dvVV7tBqvvFhu+RqNXoJukoNJUXyOwt0oPQd0hJLpW9L9r3TZFuje6K6Nf+b4t0ia9zXzTfn8bUrL+WvTHarrI3Rl/ntofaO/D7Hiqde+NDf+/vzie6KaByDd310PP/1C0PfevbuueJVrqhmx56983uenRP/313PQd+y6HH8u++56CvfHdvOjSNN3TXQW/yM9SQX29EB37j0bBdm9qoa9nW3+mIv/jTMlRYgUuMaopD3afFm0rty+at13dvq/d8q279fX39CqsMO8xcSzg9zbWF0991reH0hCRyym2XWyuy7O4ws7tlg0zQ7YhRjh1mZNHdIBuy3bY2D6zH2p64w6zK6Z+25tJ392XN3WF+NWvuDkZo0rw1156rv/blFt0d5r4tutTG17Hp7jBzbbrzc+akrlV3h7lvq+4Oc7ZRdz73tutqnr5vy66eg7nGnX41IusurQdxI3pHKDat7GonjvlWtIr6SREGynJslz81Zzj5GZzRLEV1kzc7A2U2Hpx0yx5yEPexJ8//DvNgWYV8RPNxYHbgXzT5cjswUfO/zw6s554wZXLnfm+7MD1t2DK8w6xvGY7xOfGfsQ0fuGWYRvAHtvfSHsoi+9e3dlK5A7OL6l34v2sZ1Zzoq9hGIwkj90T5KvZRXX9vC2lD7R6IlZTKfVM7af5/iZ2UxvplllJ99n4zW6nmW99da+l2daDW0qO+gbW0Vd63bS3VO/5A7KVU8j9tMa2noX5rdlMay7/Dcqp1t69jO+XT6ICsp5FNU69cQ1ZNLbsduF1TSyHfnmVT9yyybdJf3751U/f569g3tRT31S2cela/jo2TpOcFvsarPKMV0cC7saVmGkECGXyrCNOHJN6bQ5xGhQIUhjhaWsoOrJvE2yZJtw+HGVBIVk6Z5SGSj8a4ondVsZvZJqZrqMwXI4wzjXU3xSixRMhhNaZVwniU2yCpdo7U7ZSznaQIFSDsSd2i/r/Gd2wqk7gmkc7JlF2dk307QkOKerDQfzc2MDaz5buxW1tGmLHbcZd/t7/Iz50pw/mz80f7+FYVWOzfZX3VmVrsH/gsLRaL/W8+L4v9xf5XmY/F/j3+El9hqV+J+6Bwj3+vr7DMr8QN9n3c3l0W/SetT0VFs/v8i/Lu9x/w340t93Nn7UF/kR9hQxnh3DwvsrPygWiBRU2Is+xJKJxobJXK1DMUzUV3VGKoRTOUwKVpW1mYndCSjcZ2e8jPYsKOVWTvcnNsiMPZAknoVr8zrXDGNosiQfk+tPS1yThSzjansr40nmxSe6htip6InlAeNB1hQ09/b+pfhLptK9rv0ZNdVjsoVOJzM8ouWYbZZhH/TUjsfcRNgvJoHCxfk7qGzlM0yLDwJsZ/IRnVcv4dyh1Dmb5MMVuOtXz8y8zHGpzTROBhn/offdXDSnMl54MeLqM+9BU3iUp8JFNK33v6+Ig1r82iB5bhPkGzQa2TREcSrJ4Pyqe5Z48KUc/KcSo+N6nvuk2TLaz9jHLM4b+nQz8nzjcAs8wzvziTrzUp09jicKSEan+PqXO3EW+bwJ7As81fwcI28anUPaJZnhpG/mhKHqtoPTwcKiuwZ08L1ji19nkzncqZ8rQOK83o+/2MqXgTW+QqQ4+T2qB8jPfiLBAKskbbi/JpR1nt+hk6h/TPWRI8g6Xwvrjb1LNyOa7A5biM458WmUnMZq5pMnKxQi3PnR9mtaIeTjugr1zJmatovurmob4BCq/gdFn3O3Xb13mnm4Z5TA9BO6ntfjqbH9UrD/ObbhY1YZ7PJNPfa3yum6IWLZQuO1TpHHlRXAj1qH772g54kyCa6CkoPzrVXAqBm8VKk3yE7kWAs8TH1icWnfPvoZ9BcWDTFY29lFHmKcfTSlNjhWfR+SgLTjn3c//YfKaIkPn6GV8Nl08xwj1h8/Uz9ofNF2kFhFeoM/SRJphW/QztybqZJXHiFVT/dauc8qwq0uk2c/8ooxaNcZdRDcqUdQbnECJK1zdCZzEf65rJI7TJGC5MpbNL6fZ1dlhNsxYoQ7veo8QDq/GomZ+R7qJs8My/eGfr6MhjcZwxLWMhp1YoQk+3UsQZciJL1ma2/JAtKFuilvnjuWazMFcV7RpCy6Qv/hWKZaxiWPx9yj3dGwmhWNbSz+rKW+ean1m57RA6Pkk9h4WY/IqlHkI8pEzNClst4uqU7ULnTdpk6LxJRMmUA2sUKkLpiuIOo7zfZFH4R97RnHl3M+czp7XYis8t8gVN4l9WOrMGCotEe5GyNO9sL37P8rutiF5mm9TSW0Y55uNn6jCLohI/t3R9ovWxTsqik6uatck1TmvsdHyxHr7YbRF3XY4HDIoR1djRhJH/KwGbduD35Voze88m7CSivJCbia+rLZJQPjdzdJ0vlHGQ8QOTLAC6P315X3wAadP83Ys006ip6tephal8YaomuBUCL5kKL5qUS8qwKddHAoE4AgqXCdMOGFn6Kihb4Vi4YoVBe0nTPaHNUw0tkVPWySTWmBYsmzgRta+xNtuL6PTM9oByfOmMptG9QYK10kCczb93GhZsm3ZcQuisQfcbHflrlB/Ise8ykuEXTmC+R3n4LpaUI4GekhVfIWbTHtClkojbdEqdphJ2nq37vRz5Nt834TTRRtD+KbB1tImpCu3hsm6PlVFkl38xl0WYa5RxqzUo53/nGktlF+79B6qY0SKp7Fvowvj6hB+rZ4N4wa94x64J+/UqJvL8XwWay3u5brae4piEArNYJjg3XROb8E51Zi9dfyua2G/hCNaPtB0syy/0bnfr4NRHey8Xq14j0iZy9irt1Lo358QNi7BIkiWHMnw8babR1lDQ/EzhUyuFZ8wbJK012X/GIjpLs1rWM6birOqbxT8U4e23FgPECZznWWsqnwkLTWkP2BZ6qDRcWzDib/1x3YN+BmUWvxeUZSPBnKIhfGEaFfGKr4cgnJX4KPPAj/mOTaO27o0q/ITI5q0gzhlZb0jrq+ZMUV1FEp5tIc78YZSVzjnvSZb1jaOh8800s7PZLmjWbCvKdkHP8wyF34ka9DNS9pV42eguyjiT67McqXUlZ4uKcU69nwlCy+3G9PuKQfllrgxzt5QzLdWin6HX6BCcLKLMMrV42SjCMpM4Y+5XKJfz3q2eEZ7Fg4xzRU+hZyvKC3yWOFPU8vl3JcZgrlEb5slrGkakXCwb+m4qLJXtGUm9C43cvHF3yktCStWzRxyP8iW15F51EKusNI4Qw4TOmlSLYrsGdds9WfQziO/dbtAtTrTOHprbHuZjq7qbZXxtI6QvJMKZ62foDIObxSH4jaFQLvbsIcsO2WxaYIape5TN2vZpmIttk1E3exu10AIrTcrPRrZ3Lf9FZXugryBJf5ekVaCMrtl2KFMY8a0mViQFtGA5ibQWKhVla9uzJ5utjfqk99AqzkD8Asr4NoeyC/czVhkBy0GvcR+I36ZZytJj74CVqMAwdaGiPZIK8xxuFqOwkldSn7uXhnSv8wcOYEo4j/yI9qiwTf0s0u4CXMrZSWheDrYpz/jRYVt0rzJQHmJTntRPv9AUj0Zrm7KVPKfac9awMnzPPpR5dlu8nNHfapt/O/rbQ/4j/l3WQ/7X1eLGGl+unR2YbkZa1UP+d0ureshv1KoatapGrapRq/q6WtX+daZ2UtdKstdEpG1pTKLWrHONdSKrWKNe1ahXNepV/9f1qm3WjSypl6Of8SvojHU6UxtJktus7dYOzmhH5QYIhS2WPqt+LBs1sv9fNbKH/O+mRvaQ/13QyD4Vvv3v1cnW5c2Ikea1wqd7tfbOX/2i9P7wDecLjW5IMQjZukUc99GDc9WM9NblreeMix76qcWS/A4k148zulR56G9gQ8cBPOq3smswgtEKyxOnqVrm7OvydpgDzDVCl3kwrEs8hyTKx3yB8oQI2yXPavIAXc+xIeQPQjeKG+UIjnBJ4hD7D+x5SJmxteduiTFRkmfPSn+Vfwb6xAJrWv5i4WCz+Ej8nSWZ3TkxL9E430Y7PO5vNX0cY49z1uWN9Fb4C2MU+bK9wciXOewt1x0662Xk4fS8eBUHC63Bvc80E+N+qDBOQj/bbeo+CQwxyzC31URJ0TADTFcsjPUVP8zLepbq+aZxSXkJr0GV1PtRR1ko7AZlu1mOibhc+kZNM0fMF2tEEEYMkR/YehDNv4UlYrF0OPqBsH/o/H+5uWCv/Faqi4yk4Bmyj5iVTnLeM8rwpjkIYS7OSteoAaam8DhmJmYa2leO3pns70MzWiKr2PMrigK4y7bDe0ud/01TTBLaH+VjpLHCJ5poahAKJcndawTljP+BOQpdQ5SYFT7tL/ICfcIvz8j4PfhNdgXrR63sQa63ymaxf1+VecbFpuZz356HCvUz8k/ZLL6ed0oy451CLU4QNxr/5DWYFI7qy/1SopxQdMrT35GHCnHHA/FP0Z6CWiJLZ/xUaD4jL5XPxJd5qaxnH70X86pkEdZytEUKVbIc12GdncycMZWsueUJJ8xEu1mcGnrEtmAvjBrcjIPlgBCvcD2yNbdLyg/1Twwwn/RTzDMiX+4ajmXpI0rY77pKtsPR6ilf17zfJP+vK40qqfO0ajkvyXGdGhOH+rSWc8Wehpkcs7c2zBrlimjv0/5YidWyGkPMpdZi2QOjv5DEaFf2wj0WlZigejEyEdmtqvGgoGez5U/yyvG0X8R+qySf329WycjLm/y6ynFWK+rlWxxbkkCVpAiQndybJZy5k2ZBY2xE89ALG0QC75mrfT9co6ZqEcshhPgyKkSt+ZUcKrWuTP7LbeI940ea5Fn3D86h+YwvcqK6logNloMjTerZ/ZQlkbN66a9RnZticVTJUXjaqQitT8/6lWEezmfZlkbj6oXTYknO1fjjcPV6QiObUQ7JdpJ4RJcQS3eASXGUszDHuiPjp04nAJXVcS+nMhYioYkcLTriZGS5F2k2nDfYLMO1jJ/52xidSWfHt8uWaha3lcWT2Cz6s2RBntMjQKffUFj4U8sy5vCRNWFTJgrNoixqcMS6vLlGldQ50waY/5CUKf1QzDJ8rMuLgX7PFxcaOsMwlXvOf94/w6iSnZlTkwfQbsYkPcdwpEX8QFDcFGXp5AxtZpXUtdb46/I6xghHpTNnNFvL2Wt3Q6N/LuYMZgKjJe3vFGagc0wxLuoLvsBdWOt3jt0tdnNes1FhXdpfLY00043+Ro0/wdTt09w+q+h0pDaH5k/gHTxUUvZLH7V+ecLPnEjPOdtENZbK82Lao/paWcsZFpdxttFRPGcvQaGDE2m+SRzbguwVhF1bhgFMb9VIyavY7/Bvfk/2eozOlxf97eITo5zjot6UvRhnuBfbBaejHB83zcdzxtPqvuYkbbzkP9csid9b65TCT1Q6tPFpL+4hpkb8HIFpeS/5/8wT3OJc43qVxPOi7pji2HHQOezF2kQpvOy/4qdxh/l9uS4viVf9GbF1IdfojV9J2gFHqjTW5ZGX5ng5A5+bhMizU6wRtVjvVHIuUj0f9KXX6nxpqJnEjSrOXGS4eMNZxvxTUxtJP/TFwY4PqrUcH5rkY0wZaa9XE1Q2xkKfghGvSYZywEFqhxyNvmKVmcQTgt7q03C5qc/zGs6HR/yG6uzNP8sxzyQOut6vkiXGnxJppuDZ4iRnvhjNHtPEt4lq6eymaJhkpg9tzD4cHXnIF7MznyMt1wr9dj0qOcYiDs2dF8gy/CBuqjRLHy/mZaWPd2QfkZU+tAc1aXgkk1xBOSlDGWQ96BnJMevRV9Kq5sqsPVGq2jtjmi+RJO+uZYm0vqyrcWAOVN6tK+luDvGvE19oWFre1R7LWYmXVqeuxLtG6DaqWdIdkVnt8gT5j3eA4ih1G5+FWWwXSyl99aeEwut+HDcalKX5DV+YyzIl/HA0NHM6KnYzR8Oy/z3LjKPDcWTlRf0ky8P18wk5cuVBymlOUvKbPq0czVNHti1oatE1OyotY+bWiWroch0zXHmAuS9ZMy2b5emVHQ2iHB0F8JYvlY6b1R7k80UkHTQUPUvyQhRBq/cERc5uF3rPfsLZQ0djsYy4CPEQ0nyyM1Cfn6w1D4yfrDXXNKdI0X1zk+zu05F0dUdPs9RHDMjsZaJEHfFghnaasswMl+Ntv4xljg0+zUc5n5u6zd2ZUjVQ0NLJaXjHJ9/uWRx19o5MgLjCRp81UDNaoywvGWBqfY7639ygsnpHR+1q+aGMz7cBpkYTpVZbC1127/boPKvfItWu4h7pqA7qOZ2im3wtE+idrWWCrSwx/BiK8+Tqt4q9aGtCWZi8JGcb1RyNlyv1EILCItFUlYdtZeWezSIqu8GKvkRc+F0/jX8oP5Q99Ak0Xmo9Scs3AUpEJOE865O9IlfC2R2OKhpTrvyWMtPhU8WyuJbiGhq7jg/sjzJYuFjaOVKKjubMpR2NEb2b+fmIkIvrseZGvOlnDaM+bhZR1Ftf6WBLg0iPm4WO06ZWZkGEkTX67zs4rnyORWceyWHZ3kYy2CyU4en87Wqzf20sXkcSm4WdIlcK07EFWhZrh0gWW5EjixEWts/nqaazAeZU3MTrNQMC8yRJFlPhYLKIY3y8udJUnsBsklxQhjcQycAtZQW2Mnf5uzFfRG0lcF+TcqxVFP1K65dgPUzP+wCOhDyZaaMM3Y2GkQI0ToCWy3SrRbjF0LclmoORlWB9eLJ1ZW4ykSXLu4TgM3Ui58TVd9E00tFYat0tyrEFr8uLwtuDWp574mjLxDeTs/TMl8FME48vwHo+Dbf4LyiS6LKcZy20Xn68IVGAdnJNc+obcZc4W8apP2vNXii0536xvrW8F7bLFxSdKtfnEWr6LKcC7/lEEVt9fWruDneavjm6NU766zbxfmKeJLlVt1nO8WoLpOBorW1+NoaM+tk57WMEfmGuMQReliMylHQV34YMx0CZJz8Ts/BHoWPIt/s06s2iADv89uJMVMn6PK4jJojc84zel2M0R7CsMpOZdYt4bC1z1PnyUy9aXWsvHpiVjKLzjiKH+oQW6SR+IlUoK2ktT0tMCtH77Hn7VqbHmofW5KxQroayLo/aqAkR7iJuTeeBlgpzx7MsRBwYYJ5u0j3tJv85Pzp/Esyd6Mnz/hq7s6gE6S+0D+rqKlXSkddKfRLpnpK0SPW07kJI6D1Y4xzNc0K2nn4qihC3mV6icvlYhpOxJIys6BN6eZCm0j/UcUjDseroN5HuSDpglSxP7Eq875Meo3HX+4rzWEbX7RfhJwZpzeWJhvqr9aCoD5oKFDqnt8ujzSQooq4PIyGuZTt6nphgDjBJW9C6Qo2tdb+6moL+wn70BHwk3pFZyiZbVV2b1XfRStWQbWp8aJWKKD03miqbe4T6/axYLL9Nm1V9i9WbiCxViX1aqqJ+V8bH8/8btlntLZHTneZsY3hs/1J5Z3GjURki2+jb3+P5ttuCUsQ/4uyZk2YNgHCnLLagSj4bykF3/W+FvGaukWtJfUz5XGeNIJvqiAZsqh+HdLQve2pD1tQR9ayp9XXVfCeJv/v9mufy33zGgT/UEea6vB6IchZ1xffkwfIW48VmdfUb0mYPbpHVZltjk1S40ejPtzR63hLoikoUSJ1LZSYi63/0b0vDx21MEfo2YLNImdFdQAtk7wIU2sky/IGl/lztgU7jD1j6jfg4YTp1xETOGVLGMUp/MFb6v25R98Yg0pqiO4PRde4M6HagVOlZqXs7EJ202svBxzDzQpNrmXSroLiehY6mxpFOYb1DPKIn2jvbiovS9Ia+viKhR0z9UljpP+9Htw7UW5/PAOrTHBlpgvVvH/aI3NoN30IMj73uD7b3yCKh/S9W+ITYv94J95+ZytnXdK6k5XCW5GaxXEV86nQhcF6c7ib+blEpB2sNopDWmOtXYLaMbLKhzNFS32+kGdeM7MttjTKcb35fRmMm2/CxwsdOf2HMRzmvvkYS6ohdfm9ZjUK7NdY52W9TJPItBtmrBT7kLEEf+WTB0FaV2QbJ3R/7+gSdLyzWy3LPVn1DQt/MPWXnssV3faw8nInIQvIJ8Xd/NHmfYZ6pbSUWPvEHSguzxT/8ND/R5+XHLBN0Zb8esmhU4vo8bVX52Ceriu7Rujx9+uiTqBJRiW6OLpFsQLbI9nSOJGmQ6qTSZfjU13XX83jrWkWutto7FzT/q99oFWm0ijRaRRqtIo1WkUaryH/WKqLzE30W7rmlTWis//QHmHc02ksa7SWN9pJGe0mjvaSevWSZaLSXNNpL/q/YS662vp695GqrYXvJpXajvaTRXvLvspdcY5Wh0lwii9IzYl/PZtJfRFYTevNbjjolTtFGVe5lPyEE4L6iF17ms0vx74btKCXYtx0lH9c600NrSgkatqYMwZdZU4Y0YDEpC3Pcab9jjXabazkpz7w/UEvDCMZJ3b+lgVo9UEuDwmt72RuOlFmL0Gm4BJV4kDCnUYL2RmQXWhE+KUek5RSFeNslmC+yetAKxonWJWjHJtFbpUNtqCNrQzewX2AJslpRLb9vWDMyGS2y4fbX46YQ27wEM9AOA+VuU0DRqSZJHx+A9Zgs1rCNhM73m5DASPNIpWuQRjfAPF0ON4hGticsDGPeMUmSrkXPFlhjsBkDzKHyc3+SSZnAe2aQa+l0f+Igym05DYfxru4q/+UTfnZaDJUOhucvx3DZ1jjD+It02RO1BGN9XbuN1DKcnoVj0UmQnjqfJYzc8kUiysvnqN1+GXabFt7BHp+QXW81krzqWrqrxVv2VcWau2iOHM3RSO8axs23sFJotFxC120hLSAowwBYORjsZaDSy9Ex7Yh1OFKtEZ1ZJ7zF0HYQekuy9G1Yh1GyqbrdGmRcnaBvPoiV9oNitlwitomJKsnnLLVIUndr7oPWHkYaWdvW3rY6jeL+Zba6EkTY/wGGi0pUYZdK4AOVxltSZ1fc22pWwnmZd8lq5FrPqKVbjOjb1N7tvPeJHleEO/X2/GyM/htW1DJRg6aByWwnqfsl2jNvWIRArXGdy7m8jrrNWhX+9UVb42SS3zliGYZKEXioxqust//aqIEjJ5v6W12l3mk1rMMmmR7SmbEW4PeGyX8tkIPCvkf6UJL/ohItMMkcAuqvfrYCQ7hHDt7iuBtqszK0MFxuvxvOSk2Iilv/mzq3QLreVzU+L83lnJjDT/Q7GoN+t2I/bdphKy5bIrUdMo4aNSqkT43a3FRtZSscnfg6//vwYspEuwXkF0kt6lPoaqMWm+NpyIC8nKM2asLfunek2ZXhMFwTj+eU2cbfKWL9V1P9XOMh08m8J7oX7Cm9TRDl56OcSyVxTTzbdlPKqBDczlHF0TlLbTRUMxoj1ZttUN4EM0jiE6mRFgSoP8Qv/8lRPErpDKsUY6QpeQXPOeHxEy0qHGerQNcNcAfr1VTCKaB46XfqaHU3GukcDIUSzPpCl3hL5pZ411fYmiBLp8C/Ml97ULyFdzARqzBbljOW8SziQrwDNf3ZjE8+kMdwGs/kCuYxuXslskLS/NCM17dCjpINWyFLQkRyCyXyAbE/W2QJIlvkKBnZHrXdsW4/9k2RRLt6l6/g3a2R2ldA72jKVaFnhcqpzHuS69+wnlQkR82S+WjOHHEF88T92drmi8jWlsAomWtr64jLbW1ri+jQY+p/G9HuJa6zQS4TUSZJ0plXcA6FjmhmjDQOM/TT8vBpdEpSLPNtqgITVYlcKYjaRnLmMSuw8Md4AtKItEBHPsA08ayRxkRVjpUiyyl1VAZpj3RGdMUgww5orCQD65nww1kowaVGNUdNkb3yFKFRkXMtYmWZ+dXSh+7xVlDMw80h1Q9irAWKSU6H73VbM43oe7uUrTTfpDYeNAOO9hrC1qbHfN2TpZz5ifTBBL89TNViCLSEoq3DT4S90lYxK4zIoyiCVupxzj1IKOEpjmSub28pQcP2lhJ8m/YWmqnI3lKCbxpFFVleshJKQ5YXGsFXs7xQS7mWlxJ8dcsLrfHXsbz0iKVDeaSEccNPMcYbTztR7dlS4Sy51SI9sj9n7fEz2Y3pjOgjWofRO/pbaxTxEWoh2x61dhBLObQTt8hTMc2MWiFJhnDDPxRt4nQvpDMtT5QVyCsoQ57RO3aReWToyV9qxMPdLHBazEKtOQyduR7VInqmbwk4QST7UVmLte9VbLXNcrAiszViQXeZxDRzKtJ4nemI4pufdFY5iuMcAhyL7sZPC9KIBz1ilPksLnO5YAU2GTTfZZbu0xviXTiYlBflS3aCvet0Z5wNyOs4nnqOIXBDS/0+shfUsCWhjUklp/Kt79iYhQfEUS1q4OCoFkVIBHONvKBD+JUPTZpfmqH2xtPOXGOxHc3RH+xleB1H4VZjoLw8Tu1S7fzAQoCjKU9OgsZVhIVOxCXnGn4Lkp6bmq+KEXhe6jH1iGXzdq/LI46x1miN3rZep4FxgU+8j1Ge6N2kBpGUURAoRs5IOBF90U6gLEOnF3Q3lRiGJ+1s6VFcXo+fUAKiOq2x1G6oHkXEdcTz8kmbLNw+CgPKaDJMFBirHOp3EYqCezK8f2km0xj9OhYn2XM5O8AFIR8SHJ2mswosFr34jPpUUE3q4dZYk4B+p2RBMNaZLW416Ct0Lm8QfeKRBNyniYUNcq5Rzl/ciri0cIShvz8MLeIuHDnXqLsi1IIf9pE4PvHt88NMw8kMjycbkY5ErEtJxNOUmBVqOyT/KDQN/mCQXnyK4XFJnbHOb0FZC09huewWSWvrQc/Z3jr9/q2uUakDt7qWoCGrazLYv921BJHdtQTfjt01dza/TbtrZCP5MrvrENS3u+77NjCSYRq+DczeBY6SuXeB0/HlN4FaVt73TWBP7Psm0McfRTnWGhPhCjdQ8IJP0Zbv+l8NLZUN3xOWIPeecAjq3xOSBrbDTzCO2Zk4Uu3PHk3nLs15w/Zo+tbB8qOD6BwO4k8ZuzFcNmSh1hrMgVqox6jIQp21X+3bQn3N17RQX9OghXqMylqo9Wm6wu8Ro1POCTmBwxSY7eHeVmzFsvUAk5AEDtSiXQJttS4wdEu6HWohiSDe3iCZn563NeiN1gPf5ztzsmMopEzitor7WNf+HdniPhFJ9Iit4Qh+wfI9resG8bSzTGyVJD/cLSh7KtGjxNMO8WQqT7jpGu2IPEmozntiMMuEr4q12MaZVcmz5BBD4S1Zjb8buRb3EtS1uJcg1+JeggOxuOvzb18W9xLsy+KubdJ6hb65zZ30KW0xGS+oDMVWjmX7aAfRLKCTjPqrS9a3Su/Ar/IGNn+/+Te1Sf97LdLUA8rBElmFaGWznn6NtulG23Sjbfo/Z5u2MhiqVdJOCOYpIw3qYZMWSZQnLpCN1utG63Wj9brRet1ovW60Xh+Y9Vq32Wi/brRff7fs19WNFuxGC3ajBbvRgt1owW60YP8fsGD/RfzvWbD/IvZlwU42WrAP0IJN+nw5azGp4IO8QU10bM/R5lRCscNPlEJxEGfd81XhyLT81Ouo8tlaU56Rt6OoJeI5g5SFps41ca0fko7khLnGx4vesc9iJKVPzhvvEI5pJWJ5JFe8F38ZzYO5xqAmLQyFjobOYtJoW++KFsFBQRFHresoreG4LVaBMa3SQYmcDB8tAo37Sc8JF1apf4mWQaugomWfmB8EwcHBIUHr4HvBoUEn40BaO+grtPcminAia9YmXpISc2LXUy4OXndqaTL6h9lOpsFi2phkJpTOzOsLC70ps0OoK+nyRRik8rFcTMJrYVTqR2K4rP5CP1slvictrBI325MRZfu9rg5OuB93c3L6Iszq6wjKflw3P7C2oVMNzaPieE60kTpWLV+0zdEhtexSxq2RLu1goKzb1qImuiVtl+6B6ASibxxqUtbm/46+Pka6BtclHr6Kc7XcYD4s6Aw41HQYJf1tpplBJukwFFE92Fwj8llj1bpogPGcxaZDnLLuvMk78PwWlKnC4cwCcXRANS6RCdZILQxhpNkHRWfLQhfrJ3mUReUEk+6NmgIhXSn0NR2moXiGZqaJ/BD1OIlJbGOg91sZvXZpjEZDiMD3xSYbZBPXGZ41tm0iZmGmaocEJvEZNQnr0RUFqafcmfat9jo52+4WJ/yTsxOftHrI7YoxOKnZDjc/ZRdf7XVKnJ56yn3VLY6/4Z6dOCyYaV/jLXAPD1yvxi11lrr121nuPuiOQa3bO0bviuOfunvcpe7ZiXvdrljnHZPolJjlz2t6ir/Q7eyf0uws2xFtglfcM1K/SuV+abvbKZGfWu1udLt4xfGrvPfc3rFX3GXuEcGRQdTalDo1dNlsuYtTWwqp1d3ubHOhOyV1tXeQNdtc4P7G6x3bUpifWuAWezVWc28hf7tLojlKHSox26SRn4zV7i631KFffbzCeNvgMfc33h7u1Xp0SixJlTrF8XbBbvdG76kvZmpcir7+uds/VepEzwrjn7v/43VIvOmekSqOj8ErLs1Ifmq3W1j8svtZjHraKaF7/6w7017oXp8qjn8/KIwfZN2M4zzUmfsynJ1Ym5ppL/YWuEdlZl/PRH6qON7C0/2usdoHr7gL3XGpTS7NNs3iQjc/ZXqfu+cXr3af8Za676dWu7vdXW6HgPpJ7za684WuVer41kJ3ZsGT3iTQ29Vukb/Djfkdg0n43D060C3q2qUOzXRXlDq6j229GqulPbMgooxOCZrbft6WwnGp3W5XzixWGC9IlTofeB2KB6eK46fw/Jzr6fXejteKV7vn1enhC3jXOyZY7Q7xBtd53iUxHE+KJ4tzn22Qbb1OQVtvt7uJ6fLYoHdstXtcQDO91D0RMRxqrnZ9izjtI4IofYG7XvaO/chr1uxvxYVx+rfUOT7wrW3ux6lSZ6P3pku0vtRdD1orGs1T7mTomTkhmOI95tLXhEdjmZb/dmpmwfRw1BO9rd5Aj0b191RxfLf7sFvq0N9R7R95nYPfNJudinnHJM5q1iVokip1CpstdX8Q6C885D7sUvsnBr/0drt9vd6xNR5R3rjURG+gN7OgH7dSHNdru9olCtDzX+oM8DskRmOCtx30fWrl71zy/lSpQ6N+AUu4Z2V42zQ9anOK1yXRLbXU7RUvdc5OrLXu8/a4I3yiAtMbg6u9pe4n8tbUbvdZt1f8SdEh0TVY7S70jvUfcWcWvMlrP7OgebNSx03MLOiRXM3rP9f9IVPLIneTN899zDW9J/JWu/8TPJFHfGCjp9tY5J6Q+FGQO4p33JWmHgnN20nBycFGd7a5wyP6nBLu6uM8GHo3prwdnt4NNDLdB6K9eU37efe7QEnwg/jn7o+D4vhFXoeEfv8U73naHz9vdkpAa3dNbKkLQTPaI7mhuFf8vmK9ijN4nn7k3e9ubOp6vVKF8W7xnwS0R34anBrQKKO9vsz9kTckpXdcO6/G+lmw0D0tGFa82m3ndQsWujVW9+AI70fe6YFumcZ2hPe894P4GcG8pmcGrxbS7iuO38Kz0CPQ8/iU+5acyyu0wF3lljo73LMT6WY11pMu9WEbz/56GfEW3fIi91H3MXcllz+p+GfFRLnjUqvdV9yZBe/Hj/NaFH+KYxLL3IO8Lok/pxyPahbGaR9+7k7Lv9Kj9mqsjs0i7rLA7e/XWOOLe8eIix2TqFtykXulN88d443Bx02v4pXQ73oGY3BWQHRWHH+9eIFbGuxxFxKlFJc69xrjionb9gpKnVgz6nsXrwuXK4zT+TIGpxU/5S5N0ZOlmV1a6sT847wdLj0tC34edEqc1+zsYAz0ai5w5zXt26xJ6hhe/YO8qEZPRLzoqFSpc6bqzTXovDq+2c+9T6HPDfpqcfyq1GivoHhmwbuixjq8GVEr0aymrB7NeqJPsNC9wXum+Ep7iUcUu8Atjt+n+vCoaT174hj3nGAHFri/8B9ye+Jz9xdBh8SpMrs2xBV+GZQ6Z6TGFdDTtt5Styf6BtSLnrjfe8AbnzrK07v8l0Fbb5zfE1SuQ7GegzOb0Wl6h9fe0+0tcBe6/YIfxBe6/YPhID7YxTvRI348HPe5Y9Al8RZT2rtML8rrHVvdVI9ez2uN9atAn0KtxZZCel4Y75I4yit1BgQdEluKddmxqXODT7z3iiOKmOg95trFxDdHoyQ4pvisgMZuer1jU8I3bb2Fbo1H5/tGt8YifrKlsP78F8Y7JY7yfpe6NnV8s8mpT0F1zwt6x/S+zO5KvX5ZOaPGusmfbddY31xiiVpqlFkaZZb/LZmlUQr5rkohd1rEH3o0u5lP9XGhLKDn9WF3S2GN9etgt3t3StPBWrdDIpe+9Xhu8ahE/XfHMd2bfOrM8Op/IaJ9otMp3vmBb81FcbxLIlo3aofkhrMTE1JbCn8TbM67ICgD7YEV8kmx2JriZ8+Icamjiwd6ur2BPL5BAVH1IHW3d7V3jbfI7eDNc88xqX1arxo3Gl+XRK0R9fjuVO4oHuL6tO8+dxe4p6cGeHU5YPSFRe5Eb577iXV24i/FVOth9xqvS2KBW+oE1ua847yN7qYcTkmSO1H3vtvT3K93rLmn/954ADI+nQaDg1KHVnKB+3z+andIMDTYmbMWP/LOCh5zhwWF3nZMFbtMxbrx5dbF6gVMFTqD9sXqwuBi9aQ4NlHqEOfITxWkbrJ7Yrp1kz3d2iDrPt8B+s8wdlpU+39wsZpmX6yeVA+q603dXqk63v4flKrXZd2zaHhA7+hEKlXSim4WeuIFrBIjgnFm9smTYpUYGSyRq8QMO3o23VolyoO/1nlG5S4KLrWn2/rva8xq+xqzUb7+duTrp7j0yGbfXMLW8nWp87tiovxGKbtRyv73SNmvul9Fyh4efHtytm6rUdJulLQbJe1GSfs/LWnrLzUsb0d9WejqnfJty936243S9/P5+5a7c+XsF9CwnP2kqCtRb5B7S9SGUV9qflLVl5obpd9G6bdR+m20Me8t/Tqhb9qoYBeK4LKf3ZNxnyO0Evh7erp02KcgiV1hpuH8lhUtKUpCZyseFVAG5AHOIfgFe6EJocJ8xyZGBeRzN1jtkLugxGlwYAsH5PtxKPskjAq6YlTwrrg4uESNMyrN7vKSYJUcZ56bV4kzsAOV5i9i5+aNDsYElwYKFBd6uqk9N/VXPIwKxgbaQ2CCeI3jZnrLNI6wbjQmtJrYitr+bdC/YDsui3WXY4OTWzwpzolV4rLAbnl5cEUwBlcGVwVXBwq6jd9z60JE3vndxVmJfIzAbyyaoU6Ghe4ikXlbjo3ib4bFb7bLXXkJ9vLME9OEhWZ5DjoZNJ/k9X95QoVe+Wl8FC8UXfCxUujICL7kbUX9vCaoMFu07C4rgpi5Ul4Wq0RlkG6px/674Jkm1wZUalyw3npcdpfXBcvRvGXDM3J9OCPHyLoz0qTl+GBCMDGoCm4IJgWTg4KWhS0rgync7tRgOV60usvrgwrzcVnJ/hzT2BuF4m27cv0iPM/+wKeB8JmPkTcG04JrW90UTA+uCKqDka1qDpoR3Bwkkd/yRofGvkl5HI1IdRUeSWzIu8t6TqZQnIljKEBcJDMRDGmOYSCPobp1fmgGaCriOAyHIyUORXelIwf6iuVozkj5OnZAf5d8UXP9+k9Q5BnThH1jZOhnYod+JBYqrE2W/mYBCnEh++fty9tkpqrvbRK98dCeUegn8Xw17IEyU03iXOG5I3tR3MnfVejp6FHoL3rs+SpQFaNRDTBHGj588QjvKhmWIa8dZdwb09EAa9i3bFmsDPktPxZnYKBThBmIYyEkfDSVd7YiCvy+vCUYE5boFmsnqfXjlI/8liONND60ac00HvTMIL+lwszgspa3BgqzgvyWs4NRQRFWiHic5JxY5hd5wj8mOnEciJaANM3+Pmgjtop3ml8X0zv6PlNxXyj7dkIJg/JYF2C+oBzF2scpiufrptLhvP+d/ZZoRh2m4tHMh06DEN2Uj4Sahq3ou88yNJKb2UP1WMR4JyZ5BWLM5+rG1vwV9SNrNFVmo2oUvu/o2JhDOCbOwhmoMCiyhejnNHEEf6ep6MCxVEcjjWPQTJDn9fFoxzEtFEnVmXsR46hbyTUu5xmPZXzBbOxM7Ib2Hdtsku/YFQ7x2ucE+RISV7605Xwx3lD4KUe7UDYGvc+vcP53PdDW2En0cSiSf5isxAP2C4Ja2mySl9kfAh3X81ORxHhjDGhP/82M4x/KgmVbHBnUFtm9fAeWm49Dl13OUWALHeJy/8hP41b2Vu+tdE/7iiKcCZ2lgqLPCu1tYoi8LZgTWHjioGg8NfhjQP5tk8LcJcTVbjS0z/B3w2/v/8qaHfi8O3w6UN6cEovo9/agc6wd/hQozA26Q6AbRT5jMlogiVS+hXnBo3YZXnE1pznWvirx+3g32UM6wsFdCdodnTlfwF2yB563xkDhB2KAWGAttO6y0rgj+Ln8xLHDPpyK4/PG4fgWjshjj+B5QRuh8LZJPfoJoi/shMYqiEF/Y6tQ+HMQcelKPlXKUBY7Gydyq8fnXZnx1ScOPYH2rIihDFSiLLaT3+qojMlQuE16/J1BqojxC3QfspmC0gndNwupfOLz95uUe+gt4zF4mGdRPvL5AWVpOJLLfR4jfnKb/MCJWtd1qPQ1xuPMF6Pnfwkqwq/p+c6O+/agxtrJ53/nmMK7ze8MhiTqz0Ilj1uPSY83iZ3oIwQ+t3LrZUeSfUbe57vDHEoVLP0kck6+rRjOWYm6SeLc18VX5um52sXRjGeb3aSH4/KPb0Fl9Bo/2OrHkuaQzqGdSIejoowRCQM8osMteq7HibC3twc7Q6mAclsdlKDxDUkodI5RDBUhfmu60a2psPZ1CLBTNaUo7kTUYy09VOecKfosiU6WhtpZECjcq7QspON+nZDSUw1GdEbnTm5bVthWdAIdytKRlowoGvMIHMm7k6ImJY6ChfbIPZs68elzHI4OIzCzpxOdS10yK7IwSIs7zLusUvyOT/CxHM98KnMYBxvMIjzt0GoY2LOnApeqtpyrpI0kP2D61V7cIG9GLyRNHXlzvbrJUdgu/xp69l7Cec9QTzqjurqmnl/FcpJeMc3b9Jl/fcIH8USKbE+Z5XU45sOmj6rYzfwuGWaqoliMURy/4GOEsjDFIN6jo6FjKMDlMmE8CoQl665QbK/1ycoDVDp3JfZeh+Q3WokYKiz9b2UopRIyTRKb5CRUyUo0VZMNR+rIsQFmWyOJd50k7gq6Uq4ljrTpiKVOV9QaZXjDWuhQf+4OuuI4+SjvE5r9jWIJfEwxInlZn6kUybLbvFTpjFB6ZWhdqiTNmMARjh/OHeFHaIl+bGY1j3RekjYWmUQJ14dYLdSCwJ14BwLNTC2PXUuYNTheRBL46MwKR6t5CFqzxkmrbeFnRoWl20pyzNN9SLM8piXvuqtbd2WfMgXO4Egn6keCx7Jdkne6kzjCyOdWvssyYu7KyDq75eYDXgOHI1Oya6Ajpxpag/1L4QlMB2lERH2kEZ2MG40lHF8020pmflMc/EOw8DAeYcQgJ1wPTXlJfD+WxiKOeb2X91kJDnzf6bpLue7+9983231fviesb31XVH6DXTEdmhMsx7VmNSgKbGt8cXBPcJ5MootcEpB8dk9wX3OFK5w7UIl3rTaCIvHuCYabSwP99e8u/RcgYWwy6Eyg6MKzMUo0dHpEZ0fueaEpd4/YaNDpkAp3Q6wBTk5rfGlodaiPVhDp6tF3shgD9VEFTlD6+YuiGRIoPgDsBtJU36OIedGR5z8mVKbtAHM5Uq9H7C15gdEzZmE6UX5wQdrHDiwL/rs4N/VOZx6dDhHq5UObCzyelwyfnIxxFuGbOJJQeA42t8ok7gt6suZwtxiFMkyP9xA6lvS/hWd/10/T7CyqOvN4EGjMuk8Jft4SVgMyamVwf45MmhIRL9bt7JsjWxiVY7c7gbPaJuCJNJqK/XFmHy0UjXELTkIK3RSdVx3xitTzq8csxHd/FXQrxE0UzmmlMMWgNu+NUZk5Utuy6EkMbVQ59/lg+eC3RvX/P9F71Ep7cQbfabRQl6PcuDe2lWdazy3x8QdRg4B1IN1zwp6agcs5k+mqhI/+oPrHtpxi0Iq1TxBt38x2xgSUUcWRkMSZLgqRmxKIoRy/aEV9HMYYf1TiFMfCZLlG9BEi5P6tnSFmEm3k6xwv/Xres/FftkpzZKNCNcbgA7Nx1b/Jqt+81776b9hV0ewQutL1e8k4kVxUWEfaiWSc/WnHX+dk+Ppzslw8kvj2ZoUsW8tNn/dGpOHTFw6powW+AoGHkcSEnNpaByENpKfRLqz1ZTQ8wDxw6v2qtCuEE85vZJfTJ3AitCZ9ueRYieNVNM+6hWie69+bZVs6XaVxhhokLJypck9jC78SPdTdomedU5hW6RicpZrS/aZowZoTrZS25dWVi/d9C/ffIQcR8kQKVoidGMugXlQwKifdM7zKdsQuMoYqYzrK8ZRxPi43LFyU7prQdYYwPZYbE8ySVhrRNcbf241a3qMns1W9UL3r1+ZtsBQeCCrRH29wHukR5h385VPlHSLOKI0WErHm5ndVytW6Zmu0VO+bCm8zFwpgqyNB6KspkM2YZPv3Yy/LJJYHVXKDofBgcJX9UEAtrFS2qsQYS1uLdbb0ObIMn4rF4mW2ni2huwurijn28mCHGVmWddmm6hO6+0Z7Rqotxw4ziYeDofJUxqYaYF7gVKCv2Co+Ej+3r8NdLS9LFOBHMolHArKfaQr28oqwIiAa2yCq5F12GpQxnChyvHEq/hp0tX5hClwtp8UVBpufCY298n7sYaTFjwpGxtaILD7CD0zChX00KElpL6x7nSPlo8FjQZRX/dGgvMWZqMDK4GzVTY5rWY5VgZ5bHxEe5h9FUPB4MN2xMCdGfL8klURJajLSjMV6uNmVb1On8T2ohxLniUBjHpbhyWA9rNDq+KHU6CyEgZCX91QwOcSOK0kJQk12SJp5Oig1BObEknz3TJjVCUZFmc+IwasDC88E2VqtMUQOFboH+iYqgW4aVyVFN9fPBmXoJrfiPlGGwdYbBo340aApYfKkItolLIniUKfQNw/09vQCfcNEOsIVmZt9ekP/zbWeC6plNHv069GA7H0lyOcyvzZSOAI9VbuQOp/nm5o1QZVDqLLdZFAwlm8WNPbrOMntijJUKsJNXSeIfwQFxHHmC12SUIYI7/fxQN9EHWu3Ef2RxAtBT94DJ/NTqmcSnniQrUW8qiaYzNaukhTNosDDtsA79mSUw21loTag+WpjWzif7bbtxd8CCy8G7cW5jvaReUZ5WMHtk/Z7JqN/dcXLYZtks9aramAsitgqvB5j4SBflKT8L2SD5i2E4WC4PBkJZWEShL53S1VJfWfYWSTy6HmVDNc8jyhmEqYjnkf9Ia+FhKqSCabZMhBSd3uRUJN4T0TzSJgdJamalj5eCizmpWVYj21CmFQ3yZQwC4QwdLRoL/I5t3denqbGNiLAZUJjPFErW3GEcSbfVL4cpPB0UM5PJ8IRx+KVwEIbm2R0KjEaz+eThYuQpF7mnTNZacqYzDaektRnxSfECIPo1WBdYOG1QKPrJvIU8vL0eCnTqzTeN/V80o7N3pJq6hYijT3oLGL4TFRiBjQubwGjlxWy5SlrpUni+nQM64NHEmTpUSALZgdovfn1gFAv6dS2WGtON6A3171DSInPVK7efCTzYb0fOovPhBP2zW2l+6SfKnSTYzA/sTR+b/yXzftZCjKV7RfpId2+4PzPcWbcz8S1eA+VfB4n2NerRl4qxsEX3a00rk9vJzkz/QI6t2qBNwJ966AtbVeiwsjjL45DJZ4QZ7esDdEr3wzel2lcKo/Pi2KvLlZHylJliqm4DRNFOa6wLFzJNvmrrDSm42rLFD0xlfi7qfnUZDyK6XzSlsFk29d0xvwtR54wxTVWZzmZy5/M/jvTeR9m6ypMByGkjRctUGHNMiutkeZ6VDtTUYZqZ7wcauvzapf5Kp+rI83TJaGK/s66UE5FZ0ZGSmAaCHec9vZ11rXWOIu+N0FYmCg+YQ8oeuZD84TuIKTU79tlGG99JktAXypBX3E999TiXuRjMkbht8y3LwmxzyZYXTEVDp4XE63pmIoEWihCjq2yaJ3vcyxUOGn0z4w0gRpjOrYJapX854jT3u8QinoZ+4DUrf+OEWHu69pUN4FPBaFCU15lLddk391g0e+pobabFjFMBnlW9FN7j9MLZ7qvaCOSOEIQV3jA6REiuo3C6wb1kUZLTyZbk6BX7EZM46/S2zhuYhtfNdv2U6oas41ag25jeshrRZW8TtKtwY3iQ6lwhkGIWxcyujXdP1B7DzoPOd1FdnaU+hDPqBncNn3DFGMwMuw5cU/iSg87Fh5xpjF2+EixwrFQ6vzVIXlqkCRfqQAfiGlWL0xFR17tMrhioqgSY9GDpFNBnnzpnBWkEseZEZbdo04PrMH9VhyumCR6YbJIYKLoK6aIIlyDClgoQg9MFTeKfEbC1d5114obBVFMEtPFYbBwOAQ+RRLVhBMpSHKeKDqgAsfwSWnhYnmLSGOmuFXMEpS1mvrze/EHYWGOuCUsT2PuiumWptOzQnptglL0QhlWqhkW3dxT5ElX3tW071fjGVzF8nVfmLgCl7F0bWfmV1MxeWxNZ3wvLWcQvSv0wDisVhbeNK6GxWOl75FHy0RU8R3V9TBjuS2tEYvYY+kQQWjjtbgSRZgP8mcYLQk7rW5phVEsYxxjUXmSMqmkGfMN6ktPMcsyxVm4Dab4umOcjmdVBWphCv3F/szXu8iYyMexmA4Pei9/2bhNoftOPO3AR5ot/WUjXY9HZLW1EWm2d0/nPCgfwGIcuV44yqqsx2O05rQGsyy9E4hWaSQau7GP6LFPaib/XKJmhV7skxHpaV2RjxqlZVhqkTDce7GH1nhYuNlI4BLWGPXXyjHXslCrkmgtema+QxrUWLyHuzlX+HDZETvk8+Igg3Kj/z/2vjxAiupa/7u3qm5Xd8/gaIsINs4UuICOAhpcohON5AkiKgiTqBGUqDGu4EQMIRqMg2vAICqjJhIxGglJXBAEhcQ1LnkuECZGfZKIC+ICLrjiws/vnKqunoVNkxfzfvyhTFfde+vu99yzfN842XEWYoab7n7pdK3nMdO0binlAGrjEsy58pYcIywC19gpfkfZN9i794d9cGpGzwLilfGOOAyT4vdXIcBiKe/+UNNQEuGeQHz6B8IfZv4UnmYK6G+a8GD4UHiVYFpWeg+HDwd8U48dnOKuV5iZgiw9SaSFZnwiGKK8wz0SNiAZhVfNVbHNSL9WJcjR9TJLf+WW+TwZ2e8fopOMV9JqA7LZj/S3DHgjZP0N3kKDpOFJ2V/O8RdMMmYfxXifM4Wrpc463OtqZWXpfZTrNBD/KtWd6LlWH9czwBi5GQ2SO6H248DgalRLbf47pI+swzUm2dNvdFxhj4ZsxbniqzoRqzwiR/J3H/DtDSBTR13eyeruZd5wem4kNX6P/uXx95fgsXBLM9w8HhYwUCSBH5oreTMy1bje9fRZ8ghvhf3IbOUbjPb5xd1MM1Z5pxmiIo/GTHMVOsYzarobhm4IM774nI2MNWNMdxUWhgG64R+mL2CJALkoPMP82r/Jd/hLOBO/hcHHWIpX7CqrLW3Ah2aV2Pr6hb5ZHC6Wb9HH4iV81w62XDXzjMPl5kIMNxPiFT/WNqA5ZEtr7SgbxqwLrMsMN9RbJX1QERSkv3nOVgs2ZbE0Goo8Sx1zLn62g8dx4Gr6ljFSM/bBY8H3LM+GmWasrM2feMSF7SjyFPeiQdIj/MLimJ3pKN+gT6ZZvkyplGWP9P8W8hbQGBIhmqOTvN8to+xKy+zumZH+Dh5ve/Q+/krGoG8mF6PG8su7+waXyP3oLVOPzZDDGiy1i32HLczd1kDr+Um8K+l+QH3NkSY0RPu92XJHDM3NNpmdlIN8md8XoQk3uV3M47KvpuX+GlXoLRicx4LjsDkKvsGTfjLbFwe+oYS9hfmxaSyVyr0/wZFPyzrrs5P6EvzG8a51un3ZKN+DSomn2ytiDcQoU8RCNLkZjqws5CNJViRHg7N6EJ6x6epP1gt9/ga32K3rwbX/cwQyshPxW1fA3bYos5fjxl3vr/avaLkquSYdngqTdZnMB/2K1rkgKbWf9R7JWIUzxIfe+WfFt0rlZeCOVY0HvcqyuqkPVZ3MPJbEuwQR2xdaB+J0j/DGYhyqS22slTvwccHxQcLXMKxUixTFOh1Fno5nUaL0tR4TSmN4Jhpbjf3GjyhniI7l0+Fqe4r0yVvxOd6ImSKp86RvK6WrfMB0LOtDL/ASPFet/StGx1/r/FuXi3ud/AX3Gq6gZ0KHV5yuNGLF8tSn71u+hSxZicesQT/rYhmTZaS5dQXWQ33mkjziEem6maN87tTcj/cz6uMZ2jrTjGX+a7F2U3cZ3QdvdIHOI4lMUYRdjtn9UDnlq6Yx/mpSwt/Df4Q52WuLeDDzXEgN0H8FBpcETXgprgv/+zoM9KzSMRiAK/10N+MuMDBgu5Q3qA53ug/Ny2Zp+Hz4zWBpOB9/s9uJRpdPNUUtehqDnmY6hggKKTWCu/hDsKu/wA3yi5JyXMgyuRfX2MGye+kKU5T09/zvepT4mkorrQFDYuaj3YVjojleE/o2H5/kzF9jG7E0rMH3LG+DS8NEG+RL2u7xjvtYoCfYw+5knCLznHKKLePzqZN1OR9HmqOhOsPINElfDTdt70s60rc7YrjT96GAF8KpmRfDl8Kl4bKQa+BOc5d5Wfhg/ugrRnydnNVPy2raRbCgkzZM85JVVYDeyQMsDfnvctGwp+e+ytu+RE2kJ0Q3weLvE3THXZbjPjWZe6oZkV1sywQvv6QLaY+zhJLo1rKLaC7qHd4N7nBzXaIJIeLrPNc+e4nmUf6SvPwigwn3wcfsMEGcTnaIvvBNwmuSL+M1STQmVaYPNhd2L9a5RjQq+bj887xXcb+0xpgdja5/7mNb4FWssAeYAwWzu8rqCj4L9KnmrzleM+5yv/Du8G7zipjvthNd1F2uE573kn2YcsBV4RbohgaTx47xnnG8GW4aMRfvW0qc1Rjkf2oLpbdMmxPby2DUoGB456jBlqaj6R1bYPRe2C1uv7Ze9smgGN9Z8vizMAXxbjjAJkws2lOfiq613L+JKbc2Olo9kRMfjS6mH7YxRdP1sxvntlI6tVt9US1WgxphWGnGD003YSV71JVzqoTQ+neLbeCM43rMOezpPe6obWS+sfhKvPeQb2Z704yc6We3c5zhxaCA430npZR8sEwDjvcD5Mz8uNRh4gu+0H3Lf80kc6Ue1eZoS2a1y8DItWoscivxF7fYNbu/uifd31wR1YaajiD+l5xBzTH7YZr6Gfc/7kn3gldZ9iQo/f2sW4FB9ln3gl3innSdyurx9/hUOdIsjU/CB3GuzKkXXQHbBsu8VcHp5iW3zC1GHokXUxV+YrjOzjPNGGxoLWqMPQO6mQmCHN6E843Oje6yZ7wfbmeON/eX9SDLG+M/je+YXuY4UwTf6/nygcgIyrn1Q8M++jCkZacPJprVocOlGdrLjpU94ATzmiuiJlOPBeZpHOATr7kTPggpWfD7Hxfz6JnnL8r146Q+vGnvlw8wNbdgc55Uy90PTaayE842RSzYfIzNY8Hmmn+Zx/Q/MdVYEyJrsu+H3IF7diliac3zNQFWIo+nvPK0asMbKvvVR+FR8u/H4SdhEe+HlRhmPg3TspJv8951djybO/hnmwC9zffNmSbAOaYgZxfb+V1zognN90QfuI/5KblHTBUewMkmD/IfveKGmzE+d64TrejBpa05f5Ap4FWXzGz2CW0X5+J+VGMru4MXBL4ZgNmddbfgyZvcBelHqLexvUQOe8MVMS7eRZUDb1e/KHZNleB4myzg0yL5CWtxer4Z4xCgL5bZNcVhIg3RBnK6G2DpTfdXnzvxcS5ruIOrLpD2ucRzPNXNJqfkmRKxMtK/vyT36XNyoHnxSaL+oVMzo/ymTDbWlNdJZFH7+77aJOnJolLjOfZEW29Y7/2M5lUdT1W8dxVLvxsdtTEaAUw9XorjleqSqZ+jdo4a5VSf7JDJ7m2zbbTKD/hF3GS5LlK9suqTx2Kaf56b5lP3mxXdDp9OcPw1JdYtJBINR7NcoinIHYD7nKYL5HRMfpVroc93W4SV8OyzZoqcgOVl6Uk7xuo5kRXuNf0rspPKbgjEe3DYy+po0NJba9OYLs/W4SLH+kwR/bWyHCRa7Cta6KYbcLG0jxLv7yxvdO9aWvsm2Qa5DfJduXZ6lj8Fv7Eq+xxeJnX2RqL/ZYsOh8PNvp4NRTk1R8YSzaWxflutmrQsJlqbBjzm1aKPaK6pt05YPjljtS9UZ52mp+6abya78ThXWs75kMd4DDRjYynjMveACTDFnSv3pPGY5aturwG8pT7jLZSVfng8ryntX4mdvf/xtvFy+Cl+YyfhUjjQLnAMepkHfOopOJ+ucOzlKaKTT/E1zvP5qxyRjr8fLL3fX1rRx6dMuxTPmiudtoWzMxmny2N9eJjlyTy6XQ20ciGX65Yb8K/QLU8zj8f65fZ0y3UYKvE6U93QdWhcB8dnAuff+M9m9NulMVDtK3UuqoGlp8zTyGbZz+Va1/a0zDriWspFsLgYl4AjRi3zpVLOIbbliF3r5ltGLz5rtgDvPlOdnoN5TPNzdr7NYTqm+aFo9qiHnWOuRzPfZfczoTkcp5byktdpkfCqHmkoDw6OpUdqLB2eNbydbCO3XlreD4bOX011rscvj7FzTQ3GQ23mugtR+qI2iX8PQD5bG8/6HH7uhgSNuNKMFh+gvqIZHCv7i6a42ujextZWSnzz/XF/actd3F/PeI2SI2EuYfrEJ/Fw5OM7+zzcibvgUJEtyh1b/Kpi7bPeOQdhlNHbY2V2B/esqWFv2ZV2aIl9j9oEI7dlbXmiE+XXTvEXokPWoeV+tRiPlTTQC/Ert1m2Kss59aJrEAvOkyFrOwG9zAE4140F2ZoG4Ho3TvYhtbEzRbLPbJ7d39iSFYoeOwstW0hNymB0N4dii2wRTLO/+bqh90ohu2X2B7Bek5vufuUC3OgmxDxG6YxZ45pE/0NPi04SKab9qauYdt2pojNprZ0u1+zwTvcxPkGiA0rsYLQ9tdY3/Fy83ZOTNyyd0NS2nEBLl1P9eXWprOmxfuqKWMui9ePvX3vN8osax5b68kQr2hRr+D+OGUqZq2UNkvOsEb3NFNH/dcwu9XqYerxlamS30LvWEjkZRnhBrHFqlrJaWhhu83kPfwpnxV6KiT7pijb6pJYt1HX0K7ektB+oBicQ9lX+Hixf4RxUDVZtHF+Y6GZycX8vjrU5lH25fvQc5KnIcVB9JM/poDQ+ZyI5u1nOzYb6m62yGTTH81zb1ywzemx8Yx8hjLn8znz0MHNxtlftpStDcxwT90mS80a3Kh5pepGdIDbgongarEIX8TQej1WoDHiHddhPblXzfTLetZxR90v75+OEOK/eC+jf0yn7aLB1tnN2hliQVtqzNlpHm12Pjra1brZhA3WzLTV469LFqsVopdV+COJ+OEf29KHmi2vdsrHW7dlwvvdFNW8HyWqhRaNc15aeC59P47aj6ZJVnYSW0lYvofxxZ+FWo0yJ22R/7ZXnqE2kXMzw6vEbb4EJMNNjr5Pj9Lfe77zRcsqPsTyPi9msWSxjcrNncIs3THrqCJDVtp/lnnAfDG71bhOry0RsbrtmX7MPerdLKeXfalna7HZKUkSAOaanlLTKkp/rCLmRaL2bRXLXNvGrd8hXR2OurLdB2DbLFv/Ne8obJBJSI14L6zEeeTPQfMf8wf3R3eNVZ89FgIPMuTjU6Mk7JL6LHWYoLSZ9Ra1CY6zruKO0fwyWMyHRzhxgarLcpSIUsaMZDOt1yTpsm51rOkmseh1uDb5jPnUBRgbDDbUjjzie/SrlfRrbvtiSHQ11PTuaRK+W3QC9Gj2LXghaatayn0Ozlm2hWcu20qzlP6c+LSv6tGSmq05tw3RZedFhPYdX7PVSTmsO4XyrmLzWOqv/dr2+pHqrsI3e6ikv1XPUicx1hDlS9C/UcNRjqCEjd5R92+9lumW7ekUc+9kKaMZTXqL/GSksjkNNB+F9TzU+D8VSazdsHdRLbY+j5jnDme/AVdBaG1XA59VHbaieRDmxu2dZ8iDDtZdo+rfLUpc/NbO9IHDU4VZHGXRLkcG2zyY6eH2T6uEd/mbVWsAS21oJOmQTK0FiBSs/gQslLflgkdt+5tS+m4VrZQ+gJUC/vb1wjqmWPxtbi1RuI7erEavSh4byRjOyJSmlpTWAuW93Bcl1jpfHbNFfzIp7gi03mOPIY/optSSBWsR2yBo/uQVXlWQSlsUTPIO271LZK2lnub5B68LT5kqf2gzNXydR3vp3Vawv0r5SLcx+OM8nq6NqhZoykT0Tz4v/7UifDH67me9ZaopUT8S0iYXZoTcZ6jOFkpV5pK/cw6NsoZVluU50BGphpn15hNe+ffkn3kq7R2aVxP5fY9iqpO3lrUiedcQTcttPW7Jj9quCpdkj+0INe2OnrCLZjAuyMdZWQUbxLi8ZN67tuzz25dGiNeP7nSz7aDjO92kBIpb+REFku9b7KOgIxaI5FNuZekyT2X0AVLPxS98hE2jUF9dClcRENOB69DLTfN05DwN9LOtFD8b7XAMuDupsaJiCGoxxOBSHl42T2pFZvx+IdMT187DhrUrv6byffxOKV0M5Zrh861apeVH+pkzNf1nDk4UvlHN9/Of8CtcWuWwvROoPltzbL5UomadxtdMvV8exBVqXApIn+o0avB3bGfXuOiyOB8njDswyewQO82SEoky9aIMoAfjmZVwoLRhoJshdmOWNllt4baxJ4JNvBCpBZeh75RXjUWckaSccivF4GwHewCrhTt0xrlXr9MnNKpWPdQQbxa6/bZD6T43GkvZy+w7H2KQE2gr3NGqpb8B9fmVZjPNhIg0MwzZBAUQU3NlrEvyD52wN7sXW2Dnr8AMpZSJW2r4etUejcbA/0gyXHb/KfyHewXn/1jfMX5tNI4vKI0eOQN5kO+VKuhDrLSL2HBZhjH3LS+IWXdlsaUCjpWf9jtkXa35sT7WBt2N2YZbr7KVN6+xLvs4WZocqZ7nPGUqN62TRayUznDEBZ8it6Fp8Et/QDRow0r9ObtJeyebNu0mxc4OUNB916Csa5gno7PPeSJ0ex9b5SfmDxQeE59mmtf5vXeuiL1lWc2zFyzXEV6kR9NILK4tYXrNL9jsVr9S8WrOg6rRtTvdfqTkhe7lX3Pa1mgAjKl6vCSUWS33LV9SsrPmKl5SwIvNGTSD5V2TerOG6PVLGlKMceIPFMlCHDceIZKR/W5RIxTq9XHiaNTanHLHGGLI5s1eYe934kWna9lEk6YWnt3oiDlCCGYiGgG2ZbLL4fkDLCFv+Vs3bNQWsqqnJv1PTw7D9AZI+yeHPwQyM9tlzTF+eKoev54m7elrn0X4BUe6MbICa/By/h3m35r2a92s+qFle82HN6pqPaj6u+aTm2xX899OaG8IQDcF8ie3l/DnJC/AHv1m0x3/K7+X90aecuawmlcXb4vIoKk8t3qxxeKMmJ7+6h6N91iqtR5pDEZeq7bKaOZiPZTX89lzMMklJOmvSnJwHb9ZcixrsU5HoQ7eUdX6vVxBrAfXdaj8oyt8TjeZ53FJDRE3PCI921iNMY/yeNlPGsGgu7nWHmB+5hrJYyRyGG0ac8fZ7cqXDewHjEtP5zTpyTW1N1DnUoCqruZPoGPbgeBwqs+APmXGtcl4k0WxJjlocn9kpt6YGkYls5EXM40eTcYj5sMUdnPfvBDlIo1f5LEDHTBEzMNnf2cviy4OaOsuMlXWt6I3ZGPt2XXMoTbvheE6Xe/9KFKd/bm9+nj5hubTP7hSXPBB3ZNNdoxFnbBtELspEo/wvX++F0RIMwr32XuuFl3jZKBflo4pot4reFbkoQGW0j+AEdog2i94Pf59JUZcV2fSABNM27unW2KZBbBMY4fG+yFjhP1uHhbbO8a4/3B+BjviLaYxzaGrqiP7k9Ynt8CybtrVbYD47hafhl7FWXFEa+ZZWiy29M7G7exy9zfl+VRTgtfzZ5nSrsZHLzfPoEOfgzdh5tNN9UKHnuX63Xnzq6y1r+nOJatT0KX6vRlcm0eMsVZFZ54oOeaV92So266foJ1/Z2za2QGXlX/ta3qoDfFJNbdC7rhLvZnQuLTf/hZP9CokofctzOB4OP/FOlmhItp/ammu8VN+gX3/ZzjVXbau/Dfpihn8mNo+qZW1PQK29xmOtO0ndGQn5aHXXrBH8XS31eaTs75vlaf0j83s56/ty05r1nVLJcP+r1pUwanWvb2gRhR+UVt3XXdgCfehVq1HCqvG80nSLZ7rO8X1tA7aIGMuxr33dKO88+eTfziT4q4qMobG5geDlNhERwnJ2j0ROdoK+KERNuUoZn4YYL6g7TnXUog/yVGKbLN7PCaKaot1tGTFlr5CnwDvbfHl2aWqdVTIpYJ5PTV4inbTcZ1Q6eWebjuhsi/hwm4Fu94ofZ0PckS2XHojf2lJ+WCP7HkdJ0d1TjbTGr6rfmP5/z1wRxYoAczEntwI8vbdGa6SCfDtS6CO+Ezl0kdwPvubnsaUh5oTOt/eCnXMOtqiy9MPmaIlqbYgxiLN4RiQJr/gTjMMLlm813jWLFfZ7Yc9cg2ikeuT2FU+bPD4IqDN8L6f6Xp1hK9baGietSXZZ4mr0wPZwWB2kCFfv27R93HGJp8F/d5U873k7oTeasYWpwjPie5A1iragiBqKr/G0xAfRkjMhN8DSu7lvMdVP7wKHniigY6Qe+3ubswTlKpA7zCpZSw5jM9zhxwVPmGRvIqoG8RUVVeM6q7eqc8QP42LB1XjOPmccjsopImRbHDDuCVtFvE00glrv23Ev5mAbdICXe8t36BR9JV6l81GP/rjEo08xPf3YYztiB/TFXsEuMm8XZ8qxQ74uc7pfO8ghDvuH1CdvHd2PH1Vw/B7z9pKe+dQfi21y3Tpz/TNvRyxD54go9PS86RKFpV+F2D/9GbNNxEj/gUEWd5ewDorR4OyKiqJIcJ2ju+Xu9zwa0Tk6ITvG7of+n8n7naPAOwwfeCbWi9fjMPAJIwJ6mf65KuznGvFRkRoIprjB8Q4/OPb9Jm5Jhv7VkisQf/XpgtQx32Rxt7nH5HBQl8UmxGJTJb4L/x1WC/ZTAe/bAKfGOu5b4xTEvktsLoKh7Sf6+vezR5rTSlpb6pjPBPOIpUliq9gjFxitwx9NY4zarz59iRWCeJ4p1j+fjvHVrky9ggPnSUHacqx46pCvgFG6n9gslmCSt9rU4q2Kp1BRUYNvyWgTvXeo18nXWCZG07B+LKFLHOG92LsDE4S1YLRofM6St1NxB4IYb/sJuY3VSYTKX8T6oDiB2qfUP78lWo1a8JZ8mfxdVcrViEW+puWJeLxJvCuITJyXiLuLykr7tZdBEk+ZpGXsmtq3C3Gk9GhMlUi/m6z2jebWk2ch/YpE+72tPwzEzNsJc8TC2R+L/LzsNrQdNsS53q543icih8OpAdM/7rjKqT24La636mzEqmDONDnxBFhqee4u8lOL/WjMzA9Dlf+WSeLEWIaxedFsDZJaaXyQlsm3d7l8acaMlpt50lNs94HmgHgWq/U7A2pwWBf6E19i0h5aYWnXGi31vC1LnJyjYyRHlnZDqHYYfT9Ybm/3mD8aXaNOvIb+kElik1QzmBfN0ePx7GfvM6JjVUXq29FFRkhsaLlE2lsqeMmjY82aCdK5VhDch6lI7Uac7zU2iTVJfCI0boT9cZZY0hIbisNS0Vd9aIbgVnOk9GZikXrBaHq2Oyr1ML/xTkVodrQ72RzGe2dhqXiZP4HXDVET5pgFcq7vZCfg3YqEf6ce71VQK/AtX7/Lcg+XyN9a9Ed/bFis89EiL7SOeNZxp2dqF4luvjvDNaJrk6uZEvVyUx63n8TrJ73ImP35/gdYX8z+cpNE7WvEfrJutBxdramP/uB4/yzK20Z8LUtEgyBbjogwIafzkr6AreOv+6OtZ2Cq+0xb3Toqe6CpKovJ3pASdCVe6+uIGExFLXyjfq5kEXKYli+v9ZVG0Ri0hKtNaywGPr87Ux3v55fJ724YZTsJOgN33ndMrVjGG2O/9eNFG/yCrccsOx2f+kSneMU+Fjh87Cf+0ERiIjpE/QbHxrc/X/JtIuTbzpbUezPx3NQ13t44tefBmfbyVHyxUUryJ2M0C7Wow+FQi7hGTjCaSf0fDebhYVyIR/DnMt1TEf3hSr6QD+BPeBCp9+a7tra000+W0bnG1Zb20xyGlM429c10ONzU4IZYCisIWnlSvnoh3IUJcaQec5XX9EkY/A39UYuDY985tQer52h/PI1nMBH1sv9w777bPuQvKcXlGTmhOEb34pX4ZE3qpv5XDe16MAbyb3oCtkYUWNRurg3FFfi7XTuqwNQYU6DgEwuhLaqAiyNZk95mLRK/yI1FGXjBHpFNUAb0XG8ZkdtytwpKbc60wBhQ7T7xSfrGGget2f3hujFn+sTR/4USj8QQFMtaxXI/Hw6B7pEsJcEi2FgUgnIMgnXNj3JEgl/6RKmblk9wCZwgFizFVDndJnXWONw0VUuMgqmYUIZRkPQ4766zpU/7iye0XzpVq3GlSSLjrzYaET1R9DVDymZ4RnRZa0Mt0DTUYNOX5BqXR9fo0Jjnju/WhmdQJxom9clWVAPKtgbfMOo71rgeTIMGfF5Mg7zImx1L83eM/eegGrC1tRjWLrLBVFk9imzQHAZxPxQxHs8a3pTWh27wdjBMbujcSf8a8gb1gt06d6WZa4bhfS+RvbnXjMYBeL8igDKFlHt6Jz7eKU5CioYwDNfiOlSWVquW195s/YNfHh+vo59gLhBHVKN6BrVCXmCJntQwmTOKssCTtX18hZa4CoV/Ga7C+jx2Wdf1oSok51Dit7vhXru6JltH3/fHutEUWmIpsIaJBFGOS0D0m5a4BJwRvTIq9VuPcs8gy/2baAtLcLVRpIUPKgbJvEtwEQI8FWbboC/wqxuDvsB1Nt0MExtxvSvfIQIc4YaV9dtZaED7GAZpP6+r/1r3Xh5pr5XufvIXse0oZ6Tey4m8MTlGLVDZ+u74nsX96AnRdH4odreWqAV6Xyq0uS85WU0/+MKe1SyrPc/qK83aPKuvNqsrCvHXGrC9GYZafFRhYp3GdLOheAfca74o4kEPUzTftevHPegvEfQtowQZ4x/5D8qZcHmY3DmHoFDSTVWJlaiAlRX6uxOIhTowMKJhYwt3yxTRweeNtT+Ik5DcVVvjJaSYCOzvL4KJkGhJ2sNE6I/EH3PbqDpqi4rAvAkqgvqYJF49a0NGOFpYuFJkhCwaYiS5+jItBOdLiougOyyxEEzsgflaGf6BIh+ka7Eae5qPK0aXxbvmhS0sWZXqy6z7wrr9rhMNdup1rbk2zuta86jXNf8u97kOBM+gPz4vmoGW3RLL4H5vR3Ma7nLrwzQotINq0D1YG64Bv0QJoD1cgwasG9eA9fmkoije+YnXfnv++oNkVfFs1dU1yBC5a6TfLNbLKtztDB5ER3xaQX9+1qilN796fatU1oxPK+h1TU/9FXBYhNST/z53Gk7KMY5hEGrxaQVX8J/cAvMLr0H+Gsa4T4mCv9IYbJ75tKIeK8KV4Ux8S+5Vb4QOe/hJ/0+Kv8a7/oNuNJ7yBsYx+Hw7yPDdYvzCm5Bj2fXobb5FP2F/tUfGpBXhAf5p4LcaBQOatxmWwBn/ZpjImP2RtoXeeNTSUWN0v+MNgOX2Nj/JpKvP2KRvB5n2e2sHT2/Z+3uURBrlHpXP3Cdz951Qx+opjxESWrJ6BDZSE1+R1oO31pvD1+xprhpf8wp4N3Rg6jys72SWrqngTrWjaRk7caFfD4cLfUZKlsdPPGsMGENRE0VRA1pGURDp4tUWERQbipfRP44zUKyM5Kxri5WR/49FyWgbbaD4BB0x1VLyuAPTQRQI3gsZE9MSlYDYbCkqQYoyoDmNRPilSAMP4UHaBOFK2pU3XR5vObaqHJtD96Z/PzaHykrrwub4/NEQ5egcHxUZi7EhWBPc9/vjAfzZqlaqHttlts9UCw7GqkDnp+p9NNaiARuGSXGBKWJYrE8ahguldvT9uMg4XGwuMV8E7fTv9vNEpG9oPPrVZm1Yp9NNGpH+XkUnPBHr6OvEcscZwrjU79mFSGTcdys+CqphK+cLivnDOZblVRaQpKB2YDqekPlIfXwV/MpqBJW+WZ9ulbHNi2K5+TJ0lK/rXEn12UyzAmMs5cVE6jvFn2PuMEXxPQ681vbFRAc82agGWHW/qgdOcwYSld6/ZKdM30z9AnpobdEglN+K+Yy3LcrN/0qLgPZUPYYhLO0NC9EYn2LJ/XyWfU28FNZ9S0/uLnfILj5VbupzMU9Yf8hUy78f8OvaQUhJbcjdohQjxRPpNZTYlGNKusgrsH7UFI5Pnejq+OuY/Cj/n4Og8nCMleJwWs6UZoEip5ydPTKbPKH880PhlMiVUvH+m9bue123R/cobTsjHudi5TYBltoiOkdTsQIrcFKFdaf5ddguGuVvH+0QrcC15gW7Qt4tYn3MmjVVUAT3HaMeUc+INlkr3mOH+OrVHsQR9sn7tL/0CeuUfiHxCCrvoa3byOKJtwW9Roivnsrg7D0tN4dp5lR/x+h/bFZGdgVa/s00ZwUnVZR/fTTO9y1mmqDEEJsgEWl6vekmHLYXmKzYy5aLf0GvPBG/doqI+kFv/8Pik9Q3CZo499tX7LOml+ktEeyi5zAT5f1EcyV92HzKEL3MCcEJwRT8zDTgcuMwId5hJ5R2WMb36b7B/VX3Vu6P1A2nWB5P5qaaUzanlvqNrYo4Dw4nVJ6HiYboNwWwDocJLgXjdbU2h0tkVV0pIkHHTmPt1KJkxKZ0i69RCLQp7WqSiAcrWlWNcqjETOPEl78oVpSNK/F+5HCsRMsuhDJsJzEOav+5WBBbiP/Bb1GKVUvNkUbZUGj3TmxP1K7QGlWNPfzhgttxu89oAeakL0NjjBk0zVc+DkX/meZH9mP/O6KRYWm32e4SYzD6s76+yc4UNIkhco9hZO8JgcpRXTDI9sGh+fE4hOPdZY4/Hk951DQdZAYah4MN9X5Pecw9HrflviKRDIo03yjxyYU4hoUxGk04zFwoNxq2botY+k/QDbJyi+mounLTLKV6fhXm+g43hxpRof9XKxRt249gdgn7I/CoZ1d711CxsCeYHy/YJfill0RQZkXr2mwTH7fe4vfGndB4ir3AuJDySJAAb5YiK4xZnlNriN5fg1jyVf4ebSWZR9uu8sTLVaX2lKVTI4J7tvAp0xWwPRLOzlqxezlB5bQlBhv9Wg1ecj8XXrUhgRP0reGGN4bWfkg9Y0u8zll6fkbkQGmzh9Dili29TZ70Qw6nVr7qN8aI0DtHBtsGA9HBg60VP8xdomoMxHVeF5wcsIRZpoBucseaY+7LFqXUANQ0KwfBoThQok1H+h/51KNM8woYbcfZYilqYY7ZPaP5Vvoj/AKukzv7GWbX6EWf98TxuSKm42cY6X/Zd+1FlLAqViD9Rq9okZw9fNP67GHOScV1t4HvW7ZhUrG8Db3+aW2YVGx98ixCy7+ZptE/uaL86+s+eSYV9eQprPPsSU6cAO9Ud8I0n1hna9vpv+ip1PZMKuASf2Jc+uc5lTadPS3PnoKU263EJalIaRwLagln+8PNZEnb+gzadOb8J585J1q9S+Y9etz0jgI8lqP+tnc0BPx7CLrFUbD0AWUrLzFF3Lf1VMs0TPGy0dTd8O3Muk+wZC9qfYLpk/+ME+zLuff3ieqwb9dLKkO8W8la9Imy0hdXy1cCTMobvJyd4zOirBF353eLumC3aPdoBhhR01H2XCMsc6u8EF+JyERbaw2es907s7wphgiXSQl9oz2ih8ye0V5x/r2i3aJb3N7RblFQVir7ZZV4DTNCu0+0yo/sbzo3lkq5KhvkvxrtE/2tooA54e4VOfl+gH6V36jk2Owb1UWUGL4WFXFYl/2i/aOvR6+ZMGxAn4gMO9/2s9i9Qw4HREVzuLkqDJDDfna1qbA7uB/bGX7k94mWZ/tEkX0e1egXGZyd1bZX4xtRIONPjV1ji5442FVjodeIF0w1ZonuTVsXIGltypRKK6iyYs1FwpMaCEeqRiZpZMYsq5EoHJ+WfKlJjBLftGZNVTx87l5zwjq3W+SkluWso5d5/ZyJT+/VpgPOsRoB9mWJFaF+aFo+iYw/AJMsLZ9bBFf41RgXXC1etZcHyj0ZxG2lt8gk8dVJ+Uq/CE9pecTal4OllDGqFuf7KndpGx8z+RJLKUsnHuEVwrxH7w3OkySaif39kvdfEVcQ10pN/sCoIEybW2HDYvgOjL5IBF//aN0RfPX4ttOYpqb8gGiVq8VB0b7C7cs5l4t/fV20emHQlGd8xHQcbGkZ7hpkRL5s2QMm5o1zGGB19h4vbBgPCxfmCvue/0c/NE5QZozkHy7RZI9IjPY1lkiExwV7ic2RiDfLJF7+QG8SVtjbsWYrjt3ASH0LRpoAK8Vu8g37GzvUvCzMdzxVmeskj1/kFyI7PeDOfXCUlbn/jpxBjD9e5e9feVlYwFXZQOauwWumI/Y0afonswWJd6M0oB77yuH3QqBMlZdhDRbgQUw2C8Uap2f/GqnfZuarreZ6MZbICxgU8fTIG4cbxZJ7AxLGvekxd+Zys8IW/ACXBEFsQZmIA/wAV4YN2MZWSfTdTiJ1sUTWk3Zlyhms2d8Cwbw2VbihslEZAe3tOCjSOCa1JD/sNeCQqBoOkX1a/Av0BNAS5+L3uUOj2bnbc0SWnpNTfG6di5T3e8Y274cM7WBBLOXoXHu6xWxLJJ7lagXzfmcdOpvp0oP9wkYwVme5IVNgb4SW1jCuQb5d5K3yyqWfHiaPnkZHzGFhyL6i1Jz0DltwS7YRdc7ha+6wqBh7ty43HCkr2viWY8UazjQ9bHKv0tE5IijCs3eLF8Zyo1LUDl7b2c6zymFunnr1VRK1ebCtFQvhwx7lZ/pEHBQtME2YYx2GYkC+iIOiPM6xa2LuSNp0m0vpV1jicg6OasXmr/2t6XLig9WTnn65uaYjBgQd4/EdEt3ZmRraZd4QnOdC6N/LvPerCxIxz91ridwc5/lFjPdoPfuZ214QrBjHttB1xPl5/lrojs32NbMs/235jk/IZrRMZuiuGUaz7uCWhE7il2kZy0rs7W/Misrrsdw6HLitPiXG0oOyY43EtX6V8DbuhkV+NU787AazxgW42ypj9zKPX+F/xGk5vzL56xH/YHt45ILu4dDoNJ9Pj926iNF+TvBcdrK8qfIp+yNBDc/KCUT70xxhQxxj97YX4gKfdy8iD9eL7WRCfNvSWfpTsXHONLx3vW4+tJVxu1bix3KTPjlfLOFc8fkxYhttxBTyYeDXga6pt8Ktc0swBR97ihitaTm3yXgaBEdkFXebo0Dcbb5N2PSysR/56Sbxdyn3tV7m/cXNFGzrCfkiuqyDHZIlni620smmZTxFtUjZz4SVuRcrO+RuNQU0+yxLRypFVyb6QjUCWiO9Nx17cLWMBfuBNZ9j6LfNOuncqJT/n18ZYJzpIjLKMcJ3RLmB9tLGriO8KTJDhkXaPs3dRbAUrzTz/Cnx+uM7+i0nrGnzgvNFR3Gl1O2DrdnP6Rj8Kfip1Ok6lzzJ4ec5hxvtTzLV0rdT4h6ZKnPw97kme61f46w8f4k2zCjNSXlQsX0G4wiMx7g2moFlHjUD6rfRy8wz02QHYW7VFkzHCE9ReJKoCvG4F/l4IL5i+rkkvcUSnO/PNPP8Hwsy8+f71mBwXm/MF38aaykS/M87zBhbG8cmUdegiEczZRdkrsUxprtyxj0ru4ZvCugScEeeaU4NmM/EUesFqU+TzB/VSlAL3iCemDNjX+hqvOTVC5oovRRGeAa3+UtxjR2HZtzmJ0jJ19jynqDX5QiPSNrz/GS8lPFP5xF1Mr/097Zszzejn+TpqXc90l0o0QMs8xK/v+lls4i8XC3Tt+R8HeHRhzmJ8esaXCW+Zde2KmUGQlMe/0+tSm+z1KO0M8jWo9lmvQXIIYvr3HQp8ymj0j1lxYvzhwuTOUviWlphTxaWxENj7+Nl3riAqPrK8pwVpMAQ34pOtEkJPAcXEEM74P52Zo6WY5a0O9ch+oW1eDloxOTOaendMgF6GV2353gFKY2Wwm6ZludC2/KH+kdER5qNLakGh3JX65qwiQzGI35ljne6yeIZQ5sk5/xrODLqZbjLJWdIvczI1/CxO8njPv+J072afbzUa8BMHBTs4D4RK66+5XytxlERWYlHGZbJOTjSp5csGeCDGlq56XV/dn5SiSuRv25w9LbVMs7OBxjnDP5Yrb+0JjlMtIrs1D6bYlbYFNk748JOjpquJrEXLwy74+2QK4yWZ65p9muyPseF9dLP3PeetclTzmTFgG4SJIp7gZjP9hX7rOAkJikYC1CVTeaQkzl8pOPNk6wOyh6aEwbMvwZaOyd4tveJV2te7ON3Ss1HeE78rVf7nM3V5rwMZ8EpmaLkGiueH/cJw9u3Iz25ee/oYwx+1vXATIBu3h6Z1ZXJ6HGunxYj8vJ3FVxgcHSkZ0YjhkecYWMyLG/WZ3Lnnt4M0W1zrYyIrjBHGvbMCE9P8qvEz9MFigzysZTBHeos/0fZLTFXVuAtMiZbeXcYYjq8burlbQ53hQGOiYpSixWW8tXmUSM6iryz8S24Nq7/Ednvy86cSiZEivqH87y/OLZsBj5/y9ZdetrWBCW/QVZFFf6R4Y7MnZxI+YHsx2u2yqPe3RqsdMdGDqd7Aaq9BvFObhtXsczTWbU2LHDqDspjC/omaPGlGcv4glslwoDzvDzCQGceT4YRXrOkbh8fXL+RxBo0YIR3LKq95s9m6y9Ab3mWQ2/5voL+lPjLv90qzkBLYQnNcjazbuVMf6xxJd612TbSVvtMf4xt1hq/YlLZTX3MFUf+9JijaF5wrpfH8Wa+/6Bg2GyOPpnQDEIDXhefQuov/hzsKncM7obzcbntJ7g1r7s6ear+aV0NV+EE87p71sxHZ1ONQ7vQn5FvR8oefDs49vWxNaA7hnpz0IDFGOo1yXy7L3wIW+BBjPHZuyydem8iW+2WO5w3yvimrHNbNTgd4ltsa2zpVL+9Rm73upbe28JgXuf2sDscljJO1bRM3z3G29CnlBG3jEvRFOw/lUHzWOq96cr3rHTHeszbGVtVHk68hNg3eteAOhFbmovVcqdQXQtb+5DP+wulGkXy05P0ejRJm9kXi32dX/S64y1X4+P1FOtlxlUGGBklKBGsx2JZ3ekXH/NY591yz2d74hxDP889xV/TCjNET9TibtHvO9HetMw7wuuGJ/0AT/lP++v6ZoLf14jtDEuYYTtl9X74kuN4F7BN7juR+lYv8x4yZ4HcdZzRrf28uR6I4k5Pb8UMoZaQT+jrvXWmta83n52GHU19vAoDc4NnEZTJ7oknOP+mFzhX1HERW0Zv8GYkteqeT/0ol3lViAKH88xgiXBoknlcZwromHHIyUl8piuWrU2mKucBY199FG5njjQ5dMIVJp2n9DfumNFcBVzrUW443mhP3G0D/EhqPsBWmt6dpSaGepTenQMs8/QNI8PuClNZUfHtjo8+hcM9wf1oRLWX95Z5B3Z+MPbOnpqbEhBbIhDNRnrbYa/90vYyUwKDX/gq+3ZqIfFT58WdbnOwd5N3D0J3fuLcjfYr49s4d/i/59jXRe/9XEfsUVnARdkTolGx98F3o7OCLl0PRZeufBr5J0bnFInDNceFZTEmr/t16ChoTgVkg+/aEy2ZAiZInNVS6RumWGwKeEtsA08IotRxPvGRiGVSj5U+JYs3/OYYxesm722/n30hX8Tr/uWik1Od0kr/L/5LtoDXjP7SKBEbxyatFHznabRHhtV+X9vs6fuL0NtMxU52pb+zyERr/CIm2edlXvFbARAwXkWfPxYMsi/mZ5pj7RAwPc+XlYI5PeCzGfUHwzEbIP9W4xOxqb4kUiZL4n9V+Hu+Ch/5ek92eFj0ayv9YYK5SUvqPrll+S1sD+tg/BAr/d6mh6X94HGPNqY3swl+zxR/S2/73Mt5smF9PbM8H9D/2gyL5Q7aNt/MNonsx+8ujL2GX8k/Y3qYb4uFpzrfgNcE53MzuXOQKaxGbBWv5lmro+1J3g+9bSx7/0yzPF+N1/J82oRay7R6Ih9tibnVFN+pfoDQrrJN4pVIFDaitjxuRsSoaBqrfKxVn96VPlGB1JpaEajv7wGCJhTgUlsZsIzIbBZUBZsHVQF1hFPjOTUK07NO/mLbOALsb47FPz5b2e/4xCPT77CMp+FjdHw/W+mrVl6/enLAaGC9/9zpj/SfsYzFe90Mw50+UWSDON3RUAZD5RPr6jFCtbpUD7Kgvm3YgxrD8L3chBz9VF/Pk+fwRttsHW4SGwYRir9vx/o/yjLl6vzK/EUiI7+R15YYjLJJ2cfGMecrfWo2P8VK/0jzC280vhk4POzd7vI4AsfarYI9ycskuFXHmUp5Mtwo+w7tfNcK11p1brlP5inmOJ0oZkGvPK3BRHrXL12EvliC92XGsiaJHXy1SXrtGJt4n7bXJ2TFSWq8VRDgK94ke11YieqAbeH3qTMJzQ6ewXtGv7lzhlYhfpHIeT+LW1sp8b87Z5L2VWIuJlim3yrg6tan/P9sBNgiYBz4m/lqVOfeyvMb+tWWX2qvdZQ3dW3xZFsSzw59k8dmggqcE1/U5PmZJRmVT06K41wzcf98YhkJ+Xa+2qw2qaaLv4lPlPTZmTgoy/Rcf4FXFFSbAi6y2mNEOFslut7pQUdMF11dMgLMe6CZJKyVh8a1XWjeyRu8m5/sv20CuX/t472X17/ez1dKmpX4IL8sYOxKgMvsa1Zry8g3VHyQD2AqiuLT/4TEC670VcK7xhtZ+gY5yG60RazKd0Q17jAPB1tib/NBnjUi/syJVtcU2e4+BPecKluArfAqclJywjTAnp+/DrzKxF7Jr5YjgZVb+mgPSKx8H+bLLR/EreF6HISB7t58Dt+LZsTWtPpY0ulXxsPAJ4ei2W9CZPNexxhB+HJvpD0p6hinn5ML8Htb5XfHLVZL4ho3su5zYm8Y6L7iFXFyFJRk6YkcYVo6Pd5LqPU9358adEJv81ePdoebQ4OnDDHlAhwYqJ9VgF15+y0rhT0boMp/PEt8VofHPL1dqy0jFP1r6zyK2Zl4CrB/aBty0kOKjtg9ZHzrJSI/9hNfGMqJIX5nj0C1WejoYTMKp0YzxNuig9Wzc58cWzpD9MVXxZ44XYMAp0WMZqnH5IofYGdvRvzGig9VgN8GN+B39gFMKuVhGbVmNHYwqUfILMuoKEWJUQ+oW3xFiVF7Dr3HWTfeZFV7yTwJSnedGY2lZnDMrba/9DZldJ6r/P7XDP3W2ZZ9BYvxb5bcfz8KWO7xUno2W/4N1brMdE3CU0k0Aa5Oai1ekh45E48ZIi7kY7bJhLEnwQWgnqgKvr8MOTj8PfdIgZoNh6/bPxf2cIwlZZT30XHc8lwzMFuId70ZguOdxxu4zpstMe0z0LdyrMSFH+VzD+/mmziqTt+x/Xx+jmUeli3zEdO8GbFfZTKmp0eL1XvGmwEipM1A/8oAD1fb7E8F9/Tvhu1MWjlftFivBA6vBowIWhEwUqOAod4bWJ57Su7Po6KD41qzx9SSwf6qKhutvc0EjMr+oOQbVR7x+bZx8ehS/5nkSXt0cBz9k8ddpg4q4ffHCvst/0AzOkpGv3NOrep7ervKeTlD5qhKYWdEjfgHirgv6/BodjBm4BZkOtC/YKkh0vFCwXW8Mh+gIaIPIc+FTq6Y9G3kZB2cGVVkx0R7VTyxLVfZWdEPovuxgxfaK9AHYyPd4Z/4TJ78722Yhve+cXEJwmmaMYIjpgjRXQTv5y4E2LOC8RTHVvbKN4tP0g+jcdER+GtQjj2fjyXXgszCetlbfxTlMdL+l6dsrfwKNQ/98YfY+87GY6I37RklJPcgTr3adcLbwdZyJ9ktV40bxBo7oxT/rre9tP5qh/0gcHAZ7d8gvv3rm10ELW6vQG/w5I7kfpfOzmWmgG96p4Vaq3qjGIUJ++BI2QWGmmrxN2SeAUj5hsj/nK6DnWyCUnUWZtmJMs/P7TwDUzBDEBAPFT9GrnjOx9uCAK/7p+BXdtcYxa+3x926HHmBpdI+wzirM6NtfX5HZ11/wdPi++GGcea8SV0ib8vj0go4W6w6o7C68hVbno671DkRd8Bzot8GHGl9luyJDXI7YOyMwz+kJ86JysvWtTBF2CTb20U4b6+IYwP1CfuamDXXuWRN9sUt9pTYbhjkRvqvZiijbhnb9K3PEWPOxIKe5LSih/pxNAV78Cbt02/iBtNY2k97QzUazVZ1v33RbGkB5Jls/B72W5vvb5XF8+HKCUbj/cXzE4d4DmRwYJ9/I0OPX/b88baIF3Fk3iFv5+eTuM8zsuMj4sWeG43FbpXsvxn+7hXjo9P9n0Tjo94V6s2UsiK09GmqauPTdHvsSdSyPKLRfjPI4bzojOycOEUv0xg53CEtWLeE0tZPalUrLP9Zdv14/7Ns+35S5X5OaXRWax/AQjtcCruEqZ/THXDiB5Ss14GmpbcTv6m+S4lHz1ZG/ZZqW/nzqB+plRznBPpkQqRsw4fCC2vc+ZFyiF9QenrxVu91rXEXRo/KiPD05S1cb4KhsEkvMoqn8BfDe22tpffkoM5GkC7Pklm8WrANbw2KWEJdT8VTdpjYCi/vSr+wqyoa8aJ5KWY9VgTT5+yjRm/1z5sJkREdKuXu9+R0WWHeFy7NiVhhrrJ8+3OvAf9tn4PBbZlh2NuMEwSfWRmmqvCZp3fI2i7znjTMnZY4Mcag4P2WbZoQaaSkxujZ4F3znmmSU+990ySy/7vmBTMh4sn3gSnKyvjQ7IvVRrGHPpJeOBp7m49LX3nUDECz1Hsi0VkFg+4N7znYoCh15W6nTB9aA0oBz1mikHUS+UTrqSg7LC+0t2beMQ6sW4Jjxbdz8m+buRiHWpvDS2aeed6uMMwz3mMdtsvvhdQfKIcJ0WJMiKrwKf0kA/vZvXxOJpTe6WVoH/vINGCNpZcNR3eNXWGeR9GuMJdte37EO3yjx7o+LOPMWILh5o+ZNYLOdrRonIiySgwt9lYPu6WjTFI+eyZErHlH6e2m2Etbb1dP2adtgSvRdBLel+8GBg9D5SZqvkzMSJwXj+znLHcw1WFMiJaXsd8u8xTbabnc71R34OI+djGrCvG9tVbNmFo6He4wKzDXdBHNDctJmGEV4/BDucdPsgar8RFWCUYQNQ3EB03sg3laDiXlaKlpvxiVjbxzDWVY4tM8Jzebk0u1ovcL++8w9DA1eMtQu7fYDrChOUtQ3pdCvWDqxJrdUEJ1OhzTzEXRGjxfQs9hrh5mNM4u3ZOXyK23AN+jN8dDXr20fZhwzTLdJWD+alwn/sibIR0z1q0euwuObFHwX+4wi1CuTUj67qUYy2GuSXst0S7snGmSEdk2UE3BZFDH0T2OaG2Z28WpT/RnCPdGYjFP85L//QxDLUyIrbwq/EW0uo9lliCHvc0VZttAcUjp63Ki/zMsQUfxZ3pZNDrnZFSbNUmkkiVyUrz12cxKWpRE7t7mZ4TTfUKkeI4JxssyL4/rvaflRpKmqcKvvCDGwVVPtiQ1NdAHmnnerWaAfcWSo5T+MUQ7HobKOA11fhMxF8+aed6e5lZBLhhgiYJyov+g9yfMy/IGwH3YlxF5mmez5czRvlYclh9gtplriDg8Gp9KuuVmkqfpiKnC268yJOpXiWXfnL04uiQKZL9daJb6z/tTuhoYx12qFq9mmvDTaGI0CurvPybQ29JANyl6rfKmionRUEBwbN4yinvxin0irC/5vtLH6lJ7NSZZjU3hfbRnWFnGiKSnP/WIiQTAdf47vEjOZF9x4y8QlNE9N9rXuTJYv69zZbB29pIiJkYbou9I8D6r47uSkXmXIp4XWvg9T4zm2BqR5J1o9ctlA0pi+dK7h3zGmZN5phif4kU84pdLDLuEuiO+Izb8dwOe8+8HTp59EPQGY5g+DFrXJ0Gsnyiew/SDZiSJfv0r8d2AN4Od4hrRg/iIwGGR7Wl2EXR1v0NRPIpXVypOfdDBdejq75K7IO/QRSJb6zO7yA2Qnp87ogdWBw6Dgp6tfI0T1ioXe1gXYg/ridGA2Mcz9excjO4m0yHsoH3jkO1wt6XlNjQTo2o8ZjV3A6jv+YDIJh1ONjcY+mBOjMYKdr5KXUlPFKS8HqaXOdszSOJgTjL52GKtO1cB5wnyA22xBfA2dKM9yRSwv69PCyKPK9pS/7ymK2J+XlOl735j+S7fwZW+dFhQQEUHQR4IKjtID7RIfViwLKjscJb4Z3K+RZZS9RypzUBHf/HjLP3FL40C3CT6LfaZok1Qj0bvnkf8C72fRa+5yViIfTsRV+vSaE6OmhC90zxvE0+bABNwjcfzJ9GLq5W8Hv42dSIJnG9NXJNy+fZSmc2pjFvOMEw935pWMi4jX6gvey+4NPq+MC048Ut5O+BsT+YAe+Mxj1jTqbS8S+V7wYGB8jgktWCfUKJs2R9JL30ULnSJN/dcUDOofVKZY28kWsTJcXvSPqGnd9ILl0Yfuhr81acfNe/HjeiLATYAW71zdm+f63YL28tsZg6M/TsnRyvMM3iqoiFYHDOyRX41fpc/zTrsGvxgA8azD47NJvVnXXp5kwTBsx6jcCeSNmjd1zeuyrelNtAF2x4KIB3xaizY9hslvORLo/l4yj+0FAujmIGB6Me5k/cyV5dFwtASQk1fVnblUGIZNFbu4rxGxBSw8b4C6/YUCGJPgaCU/uqST0C25Cugpaj/QHKburQUI1EeJbJDi+g77ks7i2+8asPpH6/xG9xFT8VpWFO6Y+mzx11kD/Qb8SIcHhVv9CB+swv4hmV1z2j8yGNeUbBAkvl9WLAlXsWl0fcD7aVGXBolI5ywPwTxzSCNZkzl5BCVRpE9f1zBuKW3StyM2hMJc2BQJss1i4/rKfgUp2Aff7Vgg6YyLNPu489xlGMDvG8Ve/cF0z2cZqnpLJ+jHZFoPrOlNjyw1h2hGqdkHPYkm4Il0/SG7Q70WZkDKx6Qi+LdnePaM+fKuFjejblYvshuonyOE3CbJa4V/QH+7JOhKIDxkz78mt8Jj/qX2krZBcpLetQPcLYpYrn5ICCmS3cz0uwlntfK4LLaOGyRobRRyDgMDopYZJMdZ5ncmBbI6N5fQfzWruYv3ofC26jaOYNHpX7cK7jGy/epX8RsM5dF1PzPNwvdrpgSjQkuj4oxziQ183rP9WI7+gzBReV4kiMjwe+jLv+KqDpmpKSmOdX7DxNWVU1D3CtNpTE41YLoRO3uVnHMxxaCU7WZKcYaxzVWdZkLxOqm/kdE597PhHKnd6gQDeMhgk9zWaT63WZf99JMh4v8AqghqJf4F/J0qYWDo9/T1mJ05LCfuUKiSS+LaBGqFg7Ylt85xIwVzfGOHb5jqSXdyf426IYL/Hr8NnC4y+zniE1lti2WSqEf3gV+v66n5A/qsCuacpRpToGmW4E0nQPj5vn8eHNltMYqumBHTI3GoRpNkeelabvg7iDAVVEgeRLuFE++dL6vHsWHGM42PlE924tltpn+8jzVwDF2YUZpnDLyNo97vKsj9jhHsIugrh1iT8c10e2Zs3ExhmQCHJ6xklblnHu8ZdYIC+4eFmKTPxBq7auTcVG7zX5G+1vZLxLbjsZHcr//edSIHlbH3Piql77J7h8/cZjp+JfaGQIwmsb4zbjTd/jQ0s5XFfuo04IU4JuxvWl+aXVQU3mG92jwsyJLYyR8zj4qsvsePmvJ8b6oc53cxljH0YLClHiZByha1c3Xx5r5GRI9TNuDeqVfFvHvZn+BoaakHr+IsjKTH83SC3KUeHoyxQww9pQRWfV4Ifg1bymdH8zOwMmmFqPwqEhd3OFm4C57baRzeqB7KMsZlTAnjBOdufK8qJXBSE+rNlztDbSsUOes84ieKC3nEm0P83BhbI9YaEJp67SoD34ZafsYjdQfY7FHQLnw957r/JqMBjVkayqJaV6M7RPq53KPnSWeTG+IjYoMJZxBM1jHmMteI6PnmiMsa/sabvA6lawWg2OU3be24q+O6JzpiL2dw1ddJ0u/MId9/IkSmab7QVqqzRVxl0vY5utKHPJcs4qRVY67kPLfHGKui+olp6LqrrDTooY4X2p94enwdhiYDqj26CdyiWDAMZ+2ITC0UPPdP8wjVtHl8sbgW/5RXqGsHPbhPK9tuxvx8VZa9zeg85B92x8dY/sHsQ9pkbs8NCW04m5menRUPGsT22AnP8FZTSyKySicidnm5/ip6BEmxd/Yy6N/Fa2Fu0LnWPkJQN+nNWuS/LON9nk3HGm6y25Bq2OCynd9tBCzrZZaa4/zw9hCyfbe6Wt7twhuMw3IBBMl3qZR6nBzYJGsu9TORQvqxflfRXOwo588uyFyuK5mqXc7dD7OQV/cgdmM1JAIDd6tl9qXfIfqfEFQj/LirXlYQN+4GSJVbmHKLWK6Mzj/gyCAy7DUMX6NeBcoR9GvbIAbI+3F5GziucT07waXStxWW7tZ/zLrmCIz1JQ8hZPRTu6t9O6q9pbET3fOPuTvKki9N3dNrIBbBwVh4Mh3CTsvzz3kD/AcliFJ1YzlEi15abEjfh1VC1/XmZia41k1MuYuKIhugucro2+oCSKe+6+j5Tnq6t+1y2R9z8e12DmrHnKML9G1or556WldhyMzi2W8quRE6IOrA+68/cTTdIasRZ1//Wxf9BMLNL2FTwqIrdiMJbITnyroBmeY5Pn1EdmTZ9k0pZ5PA/GseFnOkBmpeiPihTdZ7a/hwsD3prs7+HEwPngDdRiZY5rz/M2yAa7JDMH+CMB3N0X7Y0bUMi/zzTe7QnMyX4jBRvu8L541tejlnRSoboE1notf2RTvmn2gelOdtUnLiXiepGq5mu4LxY5pfhMNDwr4TUT/9BVuZhTgt9HvotfN3uZlSgD5ACPtAplHrws/Q3oyP2kG4E9owG2WtU0ZpBaIVTXAlmaYUTz5XubFrXi7+SAMcK5EoHO2OZnXCUboZUEjLos4Y5lPvXm5rh7M8LfOCY0a/2/hHWZbfx/VY6DpYfpiYmZLc3PEM1QtPmrHfcfjaaEnzwR8p8P2+ZZ9cJ6/SabcJFNukik3yZSbZMpNMuUmmXKTTPllkCnP8wPsj0SG3McMwblBgMsi/vt/Sd482Kcd4JaNljXP8/8zZM0aLLQak/TL/BJ3fMW5NbdGc7a8LZoV3R69t3XyVmdhDj3sEkFn3NfagO9oG97XVgpLdSA1n13C4h4T7GTvCKsN0RyWiIb+SkEgmCwMvMrHNjQgPsh0wQL5sXMY7xK89qn4ifPNEPF6U5TFAzAZ92EqFkARQgKJCpkkmCVExjzPsewpcUon+vbyvIHEhkzHJaaLRIVOcMqjNwXr5v07351up0i9W+IOXOQucBe6BIdzYoySx2fVMRbBIAz1GgUF/RKnuCL16Ifh5mKpaYIrMrlVbGsdfurqMEWiueaGs/wpYpG8QWKAU76l3jHyQ1G+eTgcbvb/EbOnFONY4Qcx0SnH6drRSCaLxYKY9a8b1qoK21vukneGjNiqF6/AlvlfFFmJqPSam3lb49InJfPdpe4A8QhR1Hf6X0wWlqURQdt+6hiP1HCTtK6XuSscHCP0k2GIdfxRzC43PyRizBTBeB5Ibr+AyJ3Pef/w1MpxmXvABJjizpWRGy/YMpe7ya6cKbcYz8kEH78Jio3fhGne+rDxndRecfHT3gyCd/BocJWUqlgAY3FG3NJ3TXc5Q/8YOtwdMhqI+Ij3hA5Dw3tD2iVOsuSPpA/SFU59k78I48OdriXjw3CzIYwP9RvM+TDGEiGW7A0pQqxyPqSMD2x3HaY6XRuHx2tkQ/htB5fJzuM/uyG+LSPI3KYN523S+7qm6M0yVe4p5bg55Je5EOdCUYWuxM6ew/94RcmZ4sS+4l2MIMZhSVlqy8tXHp1qwZid6hQtZQLm21C4Plm/OeZ6SV/unXyux9Rky0mZaVegJSMt8yyKcYb0ew+bHH7u6CF+paC8pDW52pTvbglz7S/ctc43h7fqyelrZRRuv499014Pt2YVTjmEKyW+sKPM+fZ6fXw7vZ7s3b45RpgKKYvN9mnj477vhOGuWdBr1s4dvKKsFK0T/di0X9I3bctMRtB618r4XevKR9A3c8wcy5Mr2R04dte2M3bK6kuUhmkyfvxKMn78u3z0OBpTBT93SNnoldeSI3g/kngqTdcXv3AOL9i0D/UkUt+jNPcS3G2b3EvCb82RIlNbOafm2piBr3Up0yJL3lBO4DtdgLWzAitDbyZm4mjLCjwEDfi1c2gONp4FeIab7hIWYOIqt26pIg9dFfu4XdFiDZbzAPcR1kny/vbBqRmVBQyeE983cuLq+6sk/obl3R9qms/H8UsZJUHNovzTHOPybgzL769cOc9vJxmvpNXlzL6ZIOH0bYhXZOof25rHtzU6zmTxh9A9OhBU0VmxjEG5ph6J7/MYqxy+1aV+XBtrL2two2vJzcsVk3DzDm7BzTuuDTcv9xvyjU11Dtzb1sbSO9xsOEuvb54IlaVXe2BSGUvvdOebthy9vpljN46jl+1uy89LaaCcoTeI+0L5ealHLOfn9U17/LyKJpPy8y7Eja4ec41vngwb4i9MKOHLjJX9sn0kmTrMcClHb8qC2ZKrpyU/bvPn4MddGzuuMvOq3nKmGYv2+Xk5LqyVshWXcwnn4hoyNlCZgjnrlC+Y/V/OvmvWy7/LHOvj3+U6aMnAS2ScxzeYg1fXVWsWXi11XTy8v3EtmXj1FKAP+JFmccwPuxBNboajVudamyutffYxV8ygNry6Ku9vOK/udMfREIw2+1e0XP9c/Q5PhckOkLA2F0rjkIl5frWfdZzKOYSHm9Ycwg2yQ1aXtIZJPGQDEo4llkdtwPVcBdbhBEFnGotxqC61tFbme6o70agPzTtYIqzqUD6Wygs83LTPC9xyBmz8uOaFF48j+nS42iYMwSniEftGWYFb3wpbIx7NiRTzqB6XmCROpTVPsPb+F2UDZhntsQHXY21swDwfNpTx90b3Rfl+18/0qyPRkumXO8LAgG1L9EV3OmqFZkd3RDdVzI7I3NuasTdh8p1ODBfbHdfbeuziD8Gu/gKXsvmyzC/C5sv8a2PznR0lbL6z2+HyZc6Ey/dhR6/EdfH4HmmORjmPr97LW9+ydaRTJt8CXghnR3MlboZ8vi+H1PARaZ0pOGpznHL6EiFDZ+4Y+3QZ22/SHnL+6jorlPRGAebFfy0Pq1tIH3rr8QXvNz0TqOMtok+gKMPdMTWZi7KH6g63boZg9SMuZwjWXBvHEKx5lCE4L7/KOYLPLNs3Pg9HcD4uv5wleEauHGkqQBIpw6djnCL/EdWgHBH7W0b9axUD6iWnuEYOiol2iZ2Ak80OHj39NX8er8BJxFcDMh3OqXTY3hwvuI674zvEDbDKlUnJ/RumKGhug9GMy+S/hFtU1zzLI6btFqaIPzvuknfJbUzTfVUYIs72+I4+yeVxAIuFxZgI2PTrX3tMQPN6YgLa+vkzKiCIy9+is9nAuIAdzSvh+piZ2/Iyr42VmSNLua89VubhZt2szK+G7XMxvx4qF7POuXrBhNW/yxmZEz7mjrjHkUmmGfe4sXLvXBcn8z0u4TGe6rg7XuuS+pyGhI/5HkeG5gWGnMl8dpohPiN9po+hHkN4mcnKfI9TVmbyKSsrcxCzMuvNll9ry8msd2OyMt/jki8UBWvz8/Ayt21POTNzAbd6DziyMzO+K48sDjcOb4XcgdfeXym+BdNo2WNsomd4O5xvExaeYZhjJmEB9vGIVb7Im1S609/jVoWteaDXNU6flw06rSHbvj426PfClizQr4QOr4YtGaDJ/jwyGG7+OdzPw+K9U3fOhAFaZcj/6wzQ5VzMegL8+7mYVUJdFxfz52di1ohNSh4Bcr76J2wnp8BxfhF3RlzFg9318vxIDJU3Rxm+CfBaJS1qR5m7ovkRR+Aoo9iFyj5AvUu1lLB+bueEs3m42TDO5pSnW28BhY3i6g7K2Lo1/8bxddvsYZ9JRsw5H1620SXSSEfwDf+bIlINU9wsMfx+WarBcvfir2Uh98etvGcNR2526f7C9a6yOuUt/pfIam2ZeMutfykTr7Lwro93d3Z0QvaVzZ41C6J/Dtuu6sWr4lYUS7+Vg1dZd6kjuSFM26HW2hTpiqWsWaN808SWJVsKf09Ad3NLhkgKc+XUX2UMioGVm6zK2CP9VIeqZVCLwFQ3SSxfmo6p5ka3mdFYlmlEkOVX5poAt5u35XbF6K6+ON4MldsgS1oco6Fd4zSt4ua2LPMYKdXFORhZ9J684/jNRw/fZSl1vye1W1W6LU+yST9RjrUoz/Vo5nH5/b0Ym3Wy5MgJ4tzScFTJ5rvJprtum+7/lk12jP33WGX/mfZVZR7/V1tZv/wWVrWuJjeif56FdcPsqO1ZUcmL+ZyXMGWqTTaxoAa4GH62vKSF5rZSrCs1YONRFeu5f2D1RCpPrTtlHrs7pueezJR+ttpjXYYYtXCu3aa5/jZumCVz/e32jdY9sS5uWEvT1Otr6Sar3iar3n+OVY/WArXq8XcfsefdAGKi1OWdrG5KvoNLWsUvbscbht2M2vGG4SKMFp6G1I5Hv/vWdjym+2fY8UZLH6dWvGGYZxwuNxeitQ1PrVYtbXgbYnULsC47V2Lh2jgL2he35I3012bL22Rr+7La2jZZ2T6/le1/38b2f92+tjR8PvxmsDT8ctrXloaJfW1p+O+zr03NvBi+FC4NqZNpaWW7P1A724bY1KZmRklKvZ1vsqet2562o/ly2HQ2TCu+cTrxYTG693+qZrzh/3vNuMaEcM94P9zOHG/uL+tBljfGfxrfMb3McYYoP8fHlrIPREZQrgnqo+vxYUgrbR9MNKtDh0szjOA41iS4VEXUZOpBBOkDxEbXCR+ESUzKx8U8eub5S/30EnYfRsRMzS3YXFA/3Q9NprKTYPIs2JwaqAWbfytm3FKG4mqsCZE12feFi6FnlyKW1jxfE2Al8njKK0+rGmXV8X8UHiX/fhx+EhbxfliJYebTMC0r+TbvXWfHs7mDf7YJ0Nt835xpApxj/nWaf2q2t7I7eEFAL7vZnXW34Mmb3AVb6v9Ho1z/r/E5u/pFwZtSCY63yQI+LQ7DKluL0/NEsqUWeJldU0ytBae7AZaWgtROcFDnlVZPqkK86w/y9zZ8NkLkMn12UOduUE7RqZk/RBOCyXJWd4rPRdZpaTgWf4yoxdPbz9LwevEivNncJF8cHEvyb2Os7HPUhSwNF4r/4pk4DIoZriUF2KMMnz1fQul8G0tD1vKmLQLcHe0h+IlLw3uiPQLdX+7ChFiW4UmVyldN3q/Finhw/Cb5zgAcJvfpyfL16lIbEm3M0pAohCdV1uJKNMcpryrl1rvLvVEzUS0tW90BvTx6otISM7mkd9C6TcYzeFqYPqaWcTcw4oA5VR92X1SNh0wizz9s2ONLw2TdzjYcj/u2XYj7owAPRPdHfXG31GOU1fvG3aKVLpTawb7dXiQUMmyvMYuwmUeMxLvC/qWogA5oxkp7N+a7hK82kWrnfyZp6LvQPIWzJJ4wwbR9INrKO1i+XRfLhsXSV7tgKiL/g89Z8oLNAzzlnetRUmUv3GvnihXlIV/fVMuzetA2vjKWYHRulu88lEva2ppSm8PGWppO96dmRvnLwn+unSlZS9vbrN+jU5eure1OKveq9WlpqPanLl31KbXXG2+jYZQ9V0RPs3irQztXY3P/T5FGbVfjwUjTkFfz89lyhgYHdS6U/VoW3iNsXCpV8kmleOcc1LmLlKkpJ9n3UVn2O9FQpuX85+xQ89a6Qz0UPRz9aVuHB7d9JPpz1N5+RVvVpj3r379nLQ35ZG1l69u2pbe/Z23MfqXzeO271tD/6F2rV5juW18G+/my8F9hP1ePCOZI97xNMc2bYpo3xTRvimneFNO8KaZ5U0zzppjmTd4Pm7wfNsU0b4pp3hTT/K/xs7Bek5vufuVoxd4U27zJ62JTZPMmz4v/Dc+Lpkxb34svFuG8yRtj47wxNsXYboqx3RRjuynGdlOM7X+qJ1Hq0VOH/yyPnv/0WN6mzIbG8qpU0tZOmVq8Pp+dsinz/18Ub1PmX2GF1LH834jiPQIX5Ocbsg3vT6be0i/+dbkgdRfiu0ceB6AfiviGlNEP/4UDY3T6g8Qn5GAMwiGyr5D1NxenOkzGJC2XJR6OojBT9I81+d9Eosc/Kp4T347ZK7i/sGwjfMIsrxojQD17qpv/DvrB4DgcjxPwXfhwODFO+z2cJCyN/I98kvpU2dJPj5keDxAUa6ZQHleO24cVDfKW75y8SzjFT5f1e5is/LRNLmZ5XojK3NY5g7Pjcs+RW9mPS7/Y7vFrbbdqxpMoQ/ZsAybg/Ni7hLfkC+LnaQ9diPasCpe2aBe/qrarAi5Da5sh06U2Q57UV+FqXCMs4H78vj9+ASMsB2QETzXjSX6yv0+Pnx8gDOz9cT3641fxje5GhPg1GnFTmxKobZmB30B1jr/D7xHgZtwikk0OHUFm7v64TcZMy56FWtThcJCJYDaK6I858V952Xc11RyRXeZiHhzuxF0xIntrTmmm7IB7cR8Q4/UnzNIP4qGYXXoo8qILIAr7PDyMC/EI/hx7VlPPm9pR2o6Ew6V4TGrGkVUvmcNwrkgXC7EINaWc9DtiW9p6FfUr1YQz70kY/E04CQ7GYKS6pXyp35/GM5gYM6TU4X/wrIw6/50inM/0YPh7aaR0dis+VLOcMulT7bNGPCc1H4beWIpTQM4bhxfI9yA8rKpxphZ4mfgzvYx6LJcn9+IVmalDxZbzqty8X0de6sLxTetQj5OhWqAlUG6elXgD4yTHm6Udjv2YrMW30AmHxna+VaIRK5+PHfEOOiKPVSjiYOFEfxfv4X18IPV6Q+5L/4+9Kw+Qorj6v6ruqpme3sGVYVl3HRhm8ORGRbw2EUlEARF11yMJKlETb2CDikRE3Y2ighJEUBONfNEEReOFF2uiJpjoZ1SUNWg+IUHRaFA88IiawOfvVffM7IICibn3D2Vnpru6uurVu9/vrZZ4sOOD5eMqsE/rx3JV7An/i/w2Heui8SnLoOL+u+67jdnk7EqyHrHEi7uwsssu+652gy3rxNrWBs8WR6X9/Wl2dF2R3ivF4kqKp8LZ0p9mA+Q2qCkYBqff/15WYoeN6PeDEXv74uiWLq71lun+7fX7tlr8DspgR7UUO6kQO6t6LEavSENrRG/VR41HX3arVTuo2INYLdqY61SwtMijj96AtpxHkXbsQJHtGaWwi8rgYfRWWfwF5Xli/O8sjJeMwF1VBrupQSonVFmL8XKu3m4nUQx2V4NVJ+yh9ozmUgn6+UYJRtveah8Vn+FK6UBbp0bhC4r6Ti32VRoW+6ohkZa+nzLK9RDugaHqSyqMsmBiu5dXnYbx6KYUvqwyOAu56MTsqFKYil0Qj7P/Jscp2coHqIHYRXzlB6rhymKEGqmGCZc7SI1SMV84WNFiTtJCjXYwBd43StEGbsIhRbqNo/iHqsNUvTLSCyPELrA4XMXWAfnLkeoosR5oFzTgMPVV6XHxNWVFbxuGo1V/dYw6VijY9bNoxGGq3FLZPHugRK+nqAxOLVLyaaq/2lGV7JRxymC8onZiMRXbydwmqMMUMyRoW5e8RLRHyDd3gcIZqjzGfKbaGUeos1QGk9TZMvZkpfBt9r0XC8admNiiOUedq1wnkFbZgRBTJd9kF2z4zPPUltt+F34yWn1EffW4SKiMXGCasrhYXaI2Nyunbf5NIzYn/4aZHpuXf3O1+jTEi3mqlIHjOjnVR73LnDZYjR+qiXgeNyiLG1VTtAcOHXEYfqSouf9YMZOmp1hzrbhJUfrcrEqnvRKjsEDdom5ViOSxF3ES/toJNxfPb2R/RafnNqWKfEYJT3BRN7+ofZNHxWONF491BuvkW+ejHoT9pIv4lyL6G46zcKVyltcdEW5jo9xZJ/ZQrG9ekTBF+2wlFiL2K7srr5YIyl2KFshCoeG71T3q3sgmofa6fr1FWiKXvOc+1ShxUfq9XaQyF819XjSX4eLh3k/kP9GeAjyg3LMYGfiZapJvH1QPCc95WDJV6vBzIlSqxYqa8s+7uxkm8ZBxnnL3Llck9kVlGyuEK8pv3dgPmSrsnh6GVdbg8XyjxHoaMBEpXBg+6jXi1/ke6JvqJTrA8nZ6zbW+ZYavZh8qdyLvVgnJ712h16/PylP4jCfyKXm3kl7PX4bhbcOOVL3gVtDdqS3vLF2VEbQayr8xqrNi5vbjZqbaATuLHRHzZkcLj5veWrWxHJxl5v52MUVSStt3KJ9TnURJiWeQQWVgML8mh3tUg4xP6+N56Tu4sVGcTevGcN0Jl+m+agTWYrD6re6jm/A7ZHFhKs6J72rri5bSKW3WRaxm/Y6MF+9UafUoe65IxtfmwCcoPJl/R/WJrind1VJTJ7ai4zRXwyCIUEMDLJcd7ZZ6Kj8h2LWipaYZt2n67G9N/UU570eAZtHjM5gWPA2DQ9NL8rtUBFieHCeRgL4BfUw7qV0qDFaiydJvQPtpZEXp1wxe2naXCvboqxPcOHbvWol4fHKXrjqDlpq/qOkYYjnz0vXO9r41NUPH3ff426PyW5P47ukrvBqTvW+ZnVRLTRNqaockVoJjzcNtOoMm24ikdr8aTMdpKUYDUjJbhZYayqpbEy01B2AUkmqozkad6Xl9BqfbGboa1p+iR2EtY0xYK5HHIZZ84yEMlfVtqTkMQAr3+UaqDS6nPmyU53ILXR6em+cTMm4XsQLIh5pxra6OvCClt+YTbuw+wjibkvo5uwlyF5NyEs6S6M1wKDXC5BCa2VgttvvGr8lF+25FX+gi1vdyVGO8CTDBVBkrkpsruVrs6OE4sVsSxpupuA5NxX3kHvdX96D0207Sba5HuF1tTEN3FWNvLTWxzch7Nm4bBuiEKfrnCD3ICjGbqKWmMvqXPj7q+LQtnHbPznVL1ETsJTiF24qW3w2mTMNvxmCTQw/kUUBLjcU9UZ86p3NXq+0x0jituzTSQSaLUYYotgcb6tca/YioAotj1WhzuzrEGMlFqxKtmnJ9VxxqOisbafmUroMj+24P2cl4PWlpHuCXfO97mAx2rjDoVdHi54o00YyVctcVnsHe/kSxQKvQu2Ks7mLjOGO2zTkNoNSiJJ+Q19yhuwW5d7jdvcawk6N9Oj8QxwbOG8wua5WCXlwvFsY43A/mAT3mX+TRnzwTS7BPNeXj0/m7U4w8UUqOwov6+57zOHOebk+eznM/ns7frXsUfY3EQLZ4ycSW17byS7eyPaEdZtAP75un8+R6TwYW0xDiHfMrP7ZyArF4nvCu9ct3uG/6fbM/6TPrromrd57OXx8yW+NL2tn7nCWzPrZGZ/GDHYV+1DEtdZlfJZbp233yZ5cL8XQ+iPqkWnS1P5ZOa4Mle+cnOqkaxFsUqItUBosNpcW5FT67dQqHj2caYlcvPtO8xpOxW6WK4BSs+8Su39v/CHH2TD3YH5LX7u3T0zhMGXygXVYHc+yacYem1sSI1f/6WfT2XGdYN/oX/Gr82mcvxv5Kt6H/X/tG6oFfVX8y9Bv3VGPVHpJ7Tyruh4+URecEuUAmYTHaZPG0TspeThQLKe4Y+4sKZlx1U894H6LTJ3r5k9aC4/waPZPXYoJ6JCRtTJJKC8exQxwdybyIzvN1eCYP0Rw9+LIajjP3V1dH3W8dL9wKlbJLjgM6fnVx6LLmmKNT7TvPJjF6gJGSGzAjuDrK37lTLc1PjOY93lh81xtqVaSROF4SevQzLRUKfcd01hlcEHImbg5zhY5Jw50ijrIez+R74E08k/9B+NnzL583OdzmzmQaSjNxq/Xpc2nNjxNtORBteQ1a8+eF5IKfJlea8YRqK0soD/5+MoNvzjmtxsRP5eeOm/dBa975Jd1KWrgMFvfu5AK/13HHbY1n87t3Z5fT88IsWvO0v2bob6Y4Bjl4M9YVfUnrMEPTe/Qx1padrRm6PGtVqWSRY7XmYwni+OiWSRA+n9LrX0uG8FtWjC72JcsgTwqZoi/1mjFI9m2yObTTWD/WjqgZUYY/0u1VyQvoGxxuUrggPyG4jdkG0VMKuNrjzj+oDTzLvOcRmv9VCke9AZ0QYitYdPHiM3ICfpMvnZMw0oB5Ynhe3T73kvOSRFqVTrk7IY4f88qcNzU/25CGR+hRqan5R7pxFU4KG1Gj+pStg5XVMV4jZsr+zjFJ4WQD8SPRM6ZKT85Hut0uEeiYt7mzGdOp65ebU9PVA4onlJbo0GQf8Kl8fh/9bdsonzhyL4/+eH7PbLeVekn2+NBi522c3HMdQjm/p7XL5uGs7kb5Pd/0rvKZ32Wxlak0JarkE/4WzYb3xzS5PXaEo0bKpZ3RC4zhl9PgAIkA7IIsdhVKG4TdsQsGC53FfXozuA30kcXvEdvov5fzWeJapOGsOpVdyTHGn4tuJrapv+e593tRNPaTfFqRzHc72V+iSD3r0QnPoKQflPtlv2f+oKjz3hfM9BjvZ3Yf9/DuoAr9PVoEAZZFCMjP5V1tegN66RNMVjDx2E13oFQsVUYR5OdSzGLgZ9pC12jnH7lGkOSqJMPBonR1HA/i9ynsqWYrjkZvzySPM+BvxixFIwZhujqgnQ/l+XxOPCeVklG4A/qrW4QWWQGWwfNpasAXprNYmLK4UR8vtSKccXmdY1BW5+jL+2y8zpF5M/zV9ecOJTcqrusJPrPi0UQ9vZflc6g17npXo8i8/dmowm/znIfrTLyfnLi2VZHBBlWRruqAd3x2VeTpmtdw9LZVkcvy/H5Z/nBDvnGCYZ6qGy2ufAw+o/KxTq5l5eOdPv/66ysf58hIn1X5GLSpfAy2sPIx+IzKx/i3/RCv/ebWPgabqH0MivmYjIy5N9yS2kc+0c2oVPsYfE61j0Gb2sfgb6p9dJWPjgd8HrWP5CrltYjL8oeibZX7svzmVSQ+Kiu5LL/xCsRgMysQ7/I3rEEMNqsGMdisGsRleVeBGPwVFYhBWQVi8KkViEG7CsRgoxWI5Vnrm1+R+OjfWIMYfGoN4obr/u9ThRj8i1UhBn+3KsSgowrx36oKMdiMKsRgi6oQnd9wWb5UgUgd56+rPgz+S6sPg47qw39q9WGwxdWHwSaqD5flN6w8bNzMykOepbZVaRxtyyoOg81Adg42UWkY/EMqDYMNKg2Df9tKw9Kub/5ebrq6MNbXPp/qwuBzqC4M/s2rC5flN15ZGLSrLFz2N3VLDf7GmsLgU2sKlxW7pS7baLfUoFhTGFfUBX9VRV3wV1TUBW0q6oJ2FXXL8v3VLM/iBPO3VNUFf+equuDvVlXH0095xX876uk66un+3erpluXb19IF/2G1dEtUC7Kms+Qd7uVTonbVDTJOf3V3yvGuzsr19lVS3Xat+lURYbGAyYkMXjKT5V3PVkNEzg/yNl7nVh3pIlzFiViMzhGHbsbZZTnxh6K+iN7pJDMz6Z2ukRXPLdfIrf59UV6983DG/pWrxWPovJNOh2Ce6UHZ8ixTIj0ORh9YlKNV37N1k+gWD239f3ne90J+SDaLLiHvzuCBre/bmlZONy+H5fmDsnyXJ1Lf1Euj57tOlSf6P/QMLlCMSExEncqgSmi+Vf7/ijdGFbCzV+EZfEexNyaznUv1atSg/vpqtWX5La1V2zgqbxz3+Kyqsc+vMozyjVbZijwj0V7ynKAJqezv8vz8Rcusa2dnjcO8gOfvdz1M9A1/bUCresXrqzM4UT8g+WD7IMD2Pu++CvuIF0oLjaSqswir+T5j/BX5HMZr+tTGogvqMTzorxjxpk056hMZ5bI+V+SZjfEQTpFr3kJS8gWWqAxqoshfTq/Id8LzFaFXbXnPxViRd1VoKUzX7psG3Bqe4NViRT7+zFwu6vTVxbqthyTn/yrspHpgjX5b0dPymv593v3iIhnUOn+vV+ZTaE5dLrodI48G69pYLbzqOL+zYX7nUNykmM9LdHK+SyPiVclGvo4+ujbViK3MlQGtuqHoiV/nKD9axLvXD694Y8NklKkaf+Moo3/Vrund0qyWddUvntcPg9KOGpnhOVr0x344zLj8Xj/S4PvBeXjqZa94D+mYo3HddtZu5Ek4E+db/spTtNpzfHyxd7TH/RyuBhcj1zcrG+VC9JNdWqXjSj+Oc4F1Y9MyMnZ82fVhlBXYT6qyclIrNi+waIzyx9bBCoVTAnRRMw35Zg9GHiW//wmPuIHxyPTe/cBzOoKuzUh0k/5oxkRNbfksn/Du8/n9XOvokM8fLfOl3TdYsT5qcJpWKu2SfqjHGL8ao1IWb2K+WIFrdVpmbTAeZ+IK7VbF1dVdow32SPN7WrnroZSJZEYKe6b7YViavrcqHFpTFeHkLsGd1uAOG68Xc63cHbfI6vPtRngWTwaMsR4gnNnlz/bDnZb/p6Zdfvq3gcVZ7TiAk4Fh8bfH/A3rZe6wdwk1sNKLcx2UpgwMZe4by4bgiI/b/vhr8h36yQ62z3bYGb10bdBP6qpu+UR/f1d4FFclJ9Swl54tcfNaPOF1DzjDWWKt9RE7/13ldiUt/tG906sjSu4RcH9miYZgsQqv6Uc8Xhn7FJnL77JNefU+6Ro1C/tItsmRvsW5FX0wHu7kNYp9P04T1bIBhyW/kHaZYf2QVMSQ0XLSn/DoGeavMX3Tb3ZIKqksvpjWaBQ7bd+0oyJqbEPSOfS2+6WXqK9F4w9Nfyk9veLL6aTqJ3G/r23kuf3QjCe8urSjK7cSFhUVfQTPhqvj3nCtLtXe8g1v0cxNfzaioaQ6we9nJgSHmxc3ktPl8gDaZnK5DA83gsvxoG7M2KXFTKlitlEtQBBlN/X34tynsJj9xH52GVziMXerMrBFmbXWZNCtmAXSX3V3c1AVaFEv5XuErp56VV4nT6jgN29UGNytp0inh7hiLYiuVZEsYoTarYER6ieXdvIrg4qi9+DZhPgjvBAXSVyDXffOE7/944mqhPOcnCfX0gaer3nnvTqD/xN7bh/JsD5Vcx1+k2gC57ksUaGHJBgRei6xWHI9rrLPJ7IiuUfqRpyqc/htIqle8l4Wm/xULZ6RBK+8xHuBHkl/Kfa0FnvZSixPUK8IMFKTIzIrowEHqUr/aq8RE9AzebH4HwclDf6YutRcF3AFm3Bd0NvbVyvf4C7JB6wHq6t3EH1zrmlqtypxNfUHSmGRZ1HpLxJ+f4Vpe11PwfL5VsJGkn2l5IP00g+obXUl3pPMAOqcVqhssr4y/XSQAaXVA0U9c7pkklzr9VTOv0502djKcygakyUmanER+hkbVYdOFmnh+of+zjtf6mVOS6kiLmEjalJ8ckuxMntJmxoeFzdkFv4dfoyczozVM7R7dmSvqC17er3QSatkYpTPYLxkVeTkF3q/f5I8thhH5LMdxjXj2Ixit88AYfSoNnqzk/Gq4O9+qF5VN9tMWTx5kNB9e2+dQ6DmOUjjjW0uTOyk3kA373udXs7vus0r+T/kX82/v82cYh4Esxgss+miXIiMZEPwKa+r0qnaWB5EAzYcoZQN4eYZ91DmKlYGzHZ4Vb2aKs+MIKWyWmK6ZgwixGt5Zivd0E2VIVFT7+5l+NauGrW/2s5jttUbFdf6Dke6YSM84HJLbSdGbhgd+ZVL9a/fpEcxVUICP0NncIyeict92nMuphSPURohKKKJM5bpIqXu/lB2PMStKe7Op+M0cxRWXdahCb29R32eUYu7dCnnmHcvjk5rtt05NdhVKbT6TnJVw6ExyMkUNJZTlWH+VuSFLOUuTyzS/x2+xR/z5U9zldqx1y4UP/bz7c4LaYDW1RuanpLxRRvIV3XFqH5plvGZnCc7cg+2FtuyFNVn3nYc2Wec1Z2wpHY9QEtn1UTPdl74MSjPLWQGMTEhfppgxUbaxEhgVUjqnxV5gMGVftdEFVbnG2SPBmEtLNLmSj9enef087o6qkDZT6Lm3zAqWmsVRbOZ11b/KRHlQDz5ccWsm28V1kUeEJdxThT4SxS123p8iFbJ6yD2Ac/UeE3L423pgbBUH6DL5RXttCtFYl6F+PdySq/HU6paeM0dykVS56EVNysvyETRFV7zAA7VnPtYv4dpxfwir2UuCmNsbdcxXq8ztN3IeqXlaSnsas9IUWYtxpXJRqGwbobZ8x9JFuCPWFuvW0HeRY3iGl0eOXBxg+dUo9Bv+8hBiS7Hi01F2qnGPTBil1WLj8TRnqMn0hFpitXMbekpzverR1uKcivWXi8IhI7r5LcY4aftFYwDTcQFnhKrYxDOFJ36SazEpGhGr6t6eUZMB7NqjERFn1CjpVLuFctOLaUYICsROH/Wt5eigaHE3UYHjAaSc07GS2L5x7W28f7xDHA8JdkJbrc3Hi3kX/O1wVF41ufas16bEapXPBcr5CjNG48R+gbPFTEsKR+f90sxJsvMD0EBivHr7olmF48a1/VvKi5QHg/Y8mhAHAuIPYslRC4n09t6Cl2W6M5tnlzyErqqis/2FfYu81/R5/qwVSjVuLyDjXfDeQwLWQcaLMTr+Tfyr+fX5PtVvZmntHorf0Jg8FZ+nO/OnLvWyrUPfKJhnF+UY+7/X/fo0XvMN1ji5SI+5fBqyOmneK66Yoy6OCRFfivBWX038ss5LzVX9bu4Ks07Q/uIzeJFvafmU9zZ6aniMXdULqN0RxUjszyq7lXO82WUsiFynsZ3/JvVclDXjCtmFDqFJW7tLP3xeF2TwzMC4r53HmNGQEpe4lIchDms2vM8bRUe1l1Dg7fz8S/ve1mJkLSt6+Z78W3eyV/kbeXFkbRMhAm1TLvoWrIsujY5ybdsH0FLRv43ntO2MTTHDxhHs1Ht9IaYnMkofuaee55am79d1uUAzV/oVyF6VhVOAiu49grGBl8P3M4zA7OL2jaco+slyuTOXb3cM0KiRmfYAViMJpxmaF2/nX9fr/VjH+4bunvo7pkksboVtg5H+tPxY32kn8Jc5EKLBHqEFg+iUbB1rtEWi9TXk1Viq+fDNOYIF4+v4Roc6Z+v3Z3v5nuGS4VDve81oJOfxfTEYWq7sFRJb4Vzu1r6RoyO1p/Ry+3DOE47yQ6WEzzSz6AhcZUxeNt3q8M3nhjFlt7Q3/By+Kb/I21QUEf47TUhnhtqoU+k36160X++y0Pee/kjg5t0f3VZ4vc1l29U7zWfqhH3V2f63w4q8QfLKNBw9PJ5JkuWJ/WHDH6onbe2MtJ5Sr+X+2tL15V7bXsm2yJ9uTN/sZkrVltvj9e3R+n6bC0+vmqUXPd+/qgg1nmqy3zEzZ/iIzbFrhtdUY1WqU2IfUVtK/us1Pb1TJZ7k91OtPUoc4+4TuWrRq36X33V5hT553TJgmuSbKVRWL++ZE38c9f0DP1BfkLAFbvAj8+ARgu+Ejjr/yk1KEmL36K3x7yHCVUuGjPZJIurnPFdBUf5GWJFPXV57kuMtxJr8B/kL09kMUFoitbtPOxgfeUn0nDflOv11GEOlyztcZYelXrP1WJmxZ90Ucrga2EKOWXwRGK2cmv9Z78pGrmaFQ+JnM7gVUUsp15iYXK2r2403z6MMsGoW26Ya/9qVNXPMZzf+1X1tZC6m8OYXR5dxYyOtjlHKyPpducnOuaHeiie8PrgZmvwp3w1LOZqd59D4HZXUKP/MJ9FFW7SOviIdWQec210cEkyi5lY63O85RiBM/ErNU5RF6Qv4ocB8wuZG8Z/f+Cd4vOZ8cxyUfRNeYPUnZo1MgMTlLL0gDu97UsqRqD5JVxeWj1GeIw7MGetWfAlXJ4dV/GrPn3ca70e8rQDxItfqkNyudfUZdzdbqR54hefg5mquznV55rz3hvEP+bmfJn4ycfKdfRWuFMaoqdi/X+8wi+iE95WzF5gDWuV9ysvI7V9fI+k+Mmdz5vXHqqne7SrytdhtlBuY0QLsTexfZzrN8EHUgu6Dd4xFr2D+HtTPIfu+1L1cnnllfMyVkllTgZ1oUXfJOtt6YVx+0yczr/Iv+RnTwgNXhW8ZXrLe254XVzBldloZfpOEebZ37+ykLPb0NdO7f5/dYjzkCpqwSPVPZL7xmq88cV7x6kUHF1+nJ9ZzFnjzjRgdoSffrT3nppG9MPgo+By8YvEJyovlnwTjvaox82TutZ+bc7uzWIvrYb1yZlGSjXsOcHJ5kde0hQSH+RHJLJqN+/h8DZLC/WesnhpFaYkYg2uqYxbuThqzC0PwQX+5uBvJk05Auef8x/kx/kc4y/5zyfWGtdyrjSumrNC76pd/iafksJ1aj6Sin9TIhADlDOYEGwuemdpn478zJ2q9OOdoqdrYzsV585zP673cpigDP5UcUK3Te2MqzZzNckup85505ZL7rxvVku9pIudcianoTblZs1zs1zy7z7UxMRpXyPisuZjHwnv3ZCbHO2V+PGLqMIx+Dhvo7WIs1IfVfRoPKrW4F5VhQnSm7MVy5PuxFbidcX1uizVCevy5PEfKVrnf9atOrbmeAcjO+4O1wnV2UwXSn1+lyI2FH9ZEvbB/3nu2ttlbPqF46edHtmOffTePn/riW916xP9miyihMbn8Ndpyj7+tgQvaWI2OnSooyK01Tlowgd57sQu+o+Rz0TJN63yXSaS0PSTjLM25WS0hxNwjfVxPF5S6/O/yR/pT8G5RXlNDSJGZ6P/YE6EgXlt5HukvpCU+bjMntj+om3AmDS/mSxYN0eV+SwORR/RgHy1v7pFIgz0fs+u6aJ2QUpkUVjM+HpVMd+LGazZKJ+J+WvluXZJ8ddMFi46Hg/q0WWIbQ8wzyrKwOtp2ubgbZOgBeqylMYoFFqxozIoZeLx8xI8aujj+YWcaeLCHObdq2JOEuIdZCM5fQ86fXIyWRFfLWf0Fe2LfUy8rCneCbC4Ph0KDhq9bJMxEi5G8aqqxkG1boetyNJr/YJQu+NQzPm5DK/bNZZ3fk8sZn43OMXMGOcLH4RF6jFWbIff88aorRJ5yQsbmmySrKAFQfnYrk5htOrupyRudZtvMD3ptDKefifjl4pG8TPx5Hfyf0YPSiLuWh8qJ7k+RBa7CBZB2k+qejTiDGSKumMrzpJY0lZ+PfrIm8QRpkrfcSVn/23t31i2a45Wz4p4tbtuJ1UNZnMsRYNUN/0WE3GLUPF9kRRpQrXUN7yrjo7iuiN1PerxjDcRNwrOxFQZO87XYcY/qzm28Wv8PkWNi3P7UbdsVPdB1L5B+IFgbzfgVcX88xXei4L0lEyowni8qhR6+Rnc5Bv8TlVjgIKOKy1aMB1rtZv9TaxX1uQYE9QAtXeS13AGJ6YG4tEEpckEdaavCxemS3785qhXhVegNdFoLSq7ZwWrjtlndfRIhfTZMEe0gJKNPNLPwS+k5MrzlSlsq0lLw7o3iBW+SF2G1izlR2xrd0242NgkOxrbKafTxxK1BS+pOM/1IUNb3PXoPTpar4cD1ql8qCgVg9Bhux4l9TEO8dXgDL8eafTAtlIB8YJwblKQq2ZORhhs3Q19ktd7Lj9rjua8GAd2WWsGLtPnIfML8X+F3iteyYsS+2gNUn4cxx8revFxfhZWVi9GUu8kVfyvBlm8FjALLVF4E3VIFJqwVNEe7Yep5k2ZU4OgV70iGNWrlUI386LyBUEhiQXm9Cii+CbGqePMHmIvvKQfNO8p1jhdZa+tyOIKP4sf6lPCZOEWbbB9p2qJLFyjFxhSshEMfWKP9Qq4Xn9ABguMkYj0Knm7BeYeM8trQVavVa4qvw7XJ9MwxmkXq7yXE3GkbYH01F5gTvJYSUtZRG/xRAzUHxvJL9AnqnfkGXcqixfMZPTDi5pPddU7qzzOh/LqAN/5eqZ/wrP+0m0Q+lMLVhztUrO72k05Secsw2GowlO4UxvBGuJfLu/oDNNLZ9HctTX4OhaYWbJiOcndiOsu1/tZvK8fNDkMNI24PtmMlvRqTdzp8bpBUHcrFT8tMM5Hdo1HzNEF5ssSPzg3P0vs2wXGfevevYRdzac5lL9hugHrpD7TgpzBratDMF1gRmmXzTFcE7dvhB6pGxiZhMVJMOjtNWCeGYodvB44SNDuvXb3f9Vb5cWa6AIzRs0UfKz39SnC4W/RQYEZKG6/S7v6jNcT2wT9BDuIe+Mo5H1YbN+Jb8S1uUWu/76h1tYlaZEq/A4G95huugkTJIo6CwO8cqt1gbnfzML9ZpG5yG8R2faA+akxMuOfmSwe1oH/S6ke7aJe1Fk8aKrwkLF42CwwN2AWJguORAZz8/PUTeZm4/JEOSqvM8T+LTThK3a1de954Cencu/U/C4cn1l8DTjQc3b3Ki/GCl6kJkuVIyXhYRL52CE4WSiCFOuwXknzxL+8zF+T/si7OZIrzWG80tk2IycxUy2RHG7aSld2t9g7VVHYcAY5iZMvMAdKD+aFjGfXcA+r0fY6BWNaNSXerAhxZDZcf2WefiJpVfuuJmiy7BUjZAsMNfqBeMWj7TVM4sDr/Ea8bTjj8j1Z5/NNv5RgbJ+ZRw04XmexCkeFFqEmbZHWWwVB+UemRAXcCdJ3+7f6RbIB/Wq5++lCH6G5mP6T7eh/CmZBYVWEMm2lo8EVqgnHSD/eaxWRMZqkky8RLO7Fboqz6FRIYyDe1/1rubOzZDWyuFJyBZmb1371miJ8yKPRhAMSTRiR4NyUl0Vf70BvFg70crIW02sstpLoN6PklMXvVRh0SR5obURDWxWcV2WV14L3knxa6bfyJ2rE5393FaLVZx7TDYIKbGVfBkTR29YoZknaoqWv/J30FFyqp2B8wuCX+Rjdi6tGWt1Xu79pNzyadlkic6VW8Dkc5FlM8Oolu2CdX4rdv6YPwESsDhan21cuOcrl72v1w4Ccq2Fg5Wh876MVDVjq3ei1BpzvhV1pZ92SMjDJC2su8NeLXGsJ5tguivU99Osli1Ipi56KdDgnPzn6zOfdUEaTccxgGK61XdRk7BmNx7Mfn+taWS/+d5R623Mr/uknmte9p/LqGbwu+T09MCqSWO6XPjqvaDet8poRSi8FnutmfCNl4LgYuTG1NmZXufnvCma1DhR5H883hdvg1i+Hw33nq5zqOS9nUiVxG63utLOuUsFksbvKrbKs+kg9IG94JSsqtFub+IqaFDO7/iBvZKM5lv92Hy6TzM4FJh3crpXwEX5iF/cBJqJPybtfYEgpsZytFdx0StQXjMVy4Q/l47oOylwpK/6aHC5VbqRYOizFAxIDXmCyOCV0nM5puXlB5/sDLlWnhGPUM950IvCr9/QLyuJE/aFXhwVBjG3CNzsl3Ff8gXPtxrIx2CVBteuTUFlgfhS580V+XRSj5KxcP4R4tzj7PdVkXKfHCe6AEc2+T+ByurcuOB3yK37M7Xkt1+iwBHM1ZvkGj5kBeNz82lg8IQgnu/vOc1mT4gp8FvUxE+pkPGj479ejfzM1FguTO1Y53m0i3l3KKK+NsO0fNFZ4BsfivQbLsQLnYliCfI0ISI63bWqcBe3GmWdXmTqM7sR1+qXJ4lfmSLxo3Hc5rMR2Nie+FkbfqvwVhjl7LxmLVWYEXjaVfk9UEBtQ+jkcFV3VihWGevuXVIzlP7lYobH5Y1MDdGM/aTZvbIOVMnZ8TzzuANxjXP5eXuLxw4QDfcWSJ//O/N404pBOK80IjO70i2Qjfm/6fMr4P7RuzEVJJyGfk4wJBWWZ8XSlZG4uMJU4W/oBxqeLXXqcVtoimYLsyNPbYy+eVKSDK9EoqiNdd7FUdA2TWpbzjOMZt1g3jzha3YzFmCE+l/GCFOOQ9HjlnqoZ44JSdlXsXdhZv6PqJW6Zwy16kXXY+HfatXLFFHxZcy7hp+ihrk7VZWGUawblGUTMcf3f9BvmguA1k45kx8nCoasjDuE+O9p8RV8tmUphJPNuEJzatW2yldpWxWfAOnpXF79hTbzrd9O+Jn61Kq+In4s7LLvP9Pbm6VVeuW5MDneFdnWtzGO/XblVYS9J/h5jOYyMOCu/c2gE0yQLoxE3qZ0rOhce6ZEW1PPnkRFOwuu2M434oc5rIrZxFTa+wsy2nBvVjfPtp+uRsqvv4w19I0ZK74s77HXe/E90qgXmTsEImxFVmTvrj9/u7ffE78RydGi2HLcBfzScyy4J9427em+fFp775TWRCe8XM2c/7tosq85aVK7sigrXUegw7zUzSTyh96qRODQ9Aln8WEeI5D7Hnie9GU6PpA15T4n72Yj/sB5FR5ZNRpC0nRe0Iap8XmAccojj+FVlHkjWMD2jf+k1Sd6Y88IskXN1hmS5uk4cf4ismhJCaSh9Mt23M6I8NmPW+Tup8ZgbecCYARVHpErRKIvfeG4/uhR+ayajNuD/6SVskb9qo3yYnvgAkhPnxfq+wjFaYVpXagvPS23bJd4koJPBLlFfzMM7Teuawnb2zfBQPwuORq5VLX+xWwu5hTs3XJXvGEolaqrbqWwbS2Qp4vv5uTZoKFoq7uywQw89d0qHclVsofNZRM7id5/9BAPOcyI4Uyuajhuv/Jku3/QSrwVv4d7oOVO953NuPXomyRFL1YOUNvGsyRv5bwve9asKf4i0Jl7btcDeFwsM+2E43ni6vd/GGkldcc+tUFQLDginS5UN6xXdyXQojAsilN8vKBXpmLU40GaxyuuDIzHBf9CkMETPVgda54Xes1MK1QWL3nZCYIoafArj8KuA7z8ktHghed/WnJ3r0cH9PNkes3VKWcw0CmHUJ2KQoNs+0G7OWTyTpi9mjaGusE2hZDXUFGoLFtuK12u26oVanBTRLXn9oEg3WuWd4i9BOvhs++N29VkWSLawDaOpan7KyayDo/5RDt/RIR+W4kHESh4M4gd0K7ybyGKIsngM+yeG4Teqa5RNtm27mpz3GaFMZfCBsZJz+idTyhboJvG9ttWkWRnBdWQsdWPsXnDx1NeSXAHm6TVGXrSTlcVefpP4+oaJnGBc0mAxPrLVUuvTF0QEvl0ZnB8eInynSWjCnegBESdoEuoxGACiR4Uo1JAHjI26Plkik8jsOqtymz2U6tyd8JGxGGl2FuuXcc6+qX4wnfrD4HF7rLzLkAhlaJjkZLWNXLLqvbOK34fvQhnA8d/xDHZAvqZvVIPL7zm/XGE3lM+vR2FH6e0QW2T3pUIssrHuUq41Mz7hbLttUyN97vHIKHMu1vxYUeR8vTH3LqcYp4O2l1t9pO48zgKjVv+Cus/rgnulhoi+3NhfbsXK6ywcI19wc9LeG3gaK7S2F/kGC/Ubujxb7v7U0ojz57DIliNr8M35vDhzey4eTD2g7vM49n2ptnmBTv/vWbQYz9hmvaEfhGPf4IXFkUsr9SNvPL7pTy6+V0/M927yHLrbwuSO6mYvg0JhsT1N3ellscjeKlKj/JsH1PO4GT+vaIpo6FZvadlnPu9Gz9VC3q12Fn/8Ws1+Gzd6cS4fr6M/8m6P1zKX8B7BIBiPe0XGjMQuted5lMSlXmolvbRuo5pplW77e89CnD3i/JO/tG6fyM3qououG6FF9ZSdK49jts9pG+lzB6rwCO5V2xV+pbYLNtaRJm+sZNKtRlzRbJGSHZhoN6wNmIfQji6iRPQEa51d3h2l1RNyYjoFsfc9rWKfe+y/oAz/2DiZMhdfrgmxh/bs7cbiHVPycWwfLI0wcdpSWX2U2cgePZNTyTadfBQey5E/8qxxr3YIqNdvJ/6NgzoxdmGEckpV406iOounTnrDfr0TV2T7kNzhWJ1JZSNbg5Yqe9QsiLyXvG+mIi7bxKItsqd8bkbnKEbrupvHFasun5BRgBa1wNRh+4KLC7i/NxUVeMZ/smsS1+iVKoUf6wr9oGkWHwHt56ymF+cFsYvJv3co5MRHe7E/HVP0ZKkZonU6WGWwfeEly+tuTyzwMvLcPjr27aSwWjnZ7Ko/pno/VPSVpFAf8NstjUFw/E3FIFzvy+0LbaMPS+X/0yWf/zjhDI3YsdASeSNKv+tgbiqL51jf5e3tP55crycjW7Ner/KuFzyJS9Wf07Qyh+pB4iXaqcAr8mrLohuPYTfTEd/oiG90xDc64hsd8Y2O+Eat5OocLGfvUtXNulGWKOeTz0Txi1Xe+9pxN2cZpnCqTx1i58IcvZ3lSaQPrEZsvc6eRW2W/iPWxn7kGUzMx74iRkDGyRr3KhiclOxdYGV9n4LBPN1XMhBS1eyNtMo7K5Erxk06oi8d0ZeO6EtH9KUj+vKPjb5YsWJcLe6h6baxmCr0VJQ68a9bHp0xm4jPdERnNh2d+Vj0zNju3lSExsVhFkQ2++cRoXlRXdDVUVVjtGLMPm9LRQ0YWEScX6Ry2MFXRX/dScbluZLrnyyn7kTtUBe/mMhJB9jVZdi1jVG9gONkJc1wQ15MG5J6f2VkoZloHFLqycJf55lTot8qMUWwyQar0jVLo51/wvSJZuau4vsarNGrvNI86sXXdL5HK4Jju/PQIBW8nZPpNjzmJPOCYq5iv0IDdvMVjkvxm/iOeWopkvpr4m3YM7GbPwnjJNdzB+lQzbVirwdE0o+fj0hfn8rKrOKs/UPTXxN5nBP6KZ8ld5SetjqRDKOLOcah8IbYluV96/0lome+6zOrvvzXWLZkhGpZTfjptocStOT4fL0djeAiIJyn67Llvr0o9X1vICbmKyWSRElHTxDvm5EcjdK79S/cBrfKpRN6cjQ/PqlPMTZHvLhL6LuQ2bprnKXlCae4Dj+IurekVTwCcViclnJOOAOx/p7Bd21W+hGdE7rvnKW2a3dG50gLjZiG/0sQm+GtcI52Z849M6bqBlg0h2P90ThD84Q49DyHUjVAHWm6eCn43vKkkTr+t9VSvCh60uRgQOEB/Zg2gg0Qa2tZQ4SGq71fwEmXAQXixpwpnlVeTeu+3CfS/nQ0gjn2xpZz+jCi0rmwIsdG+lYynx/VGRwn9Vv0n3xJrcRkTO62XHxDV3t85uY8sQE3KNLWQZb7OLDQEPUS7qOnbcSfclVU88JveV+jcMZOWKO3gvubO9iqHcrY3/YuAzE96faL/1bCoc51iyruSO8r1Mu2KppJ+XlqQTev7ckZiF0KQ4KjaxrwLc/i+14DFqnbcIV62Tg8lq/9zbPNFzpi4h0x8Y6YeEdMvCMm3hET74iJ/6Nj4quK8+HbcJUmpimJGqQS+F3luiFxrTui5x3R88+Knrv+wOz06zoR71rYrXBk8EUMKsyHwQrM93cvPI1tUoMLexQWb+vQYV2PK8qK3Qqu1/yvBDWtv9oL/YsYxURn0Fip6OfKqj0L9My8vQ255/qaEhpYeyww9uZ9Ho8IctZuBdoht0VItlVwWqLrd+tFM3d4JYzdJQVFLRRa5d+XCwol38z1QnfIkPzsPDWdvJflxBFxa0DQogYGDsH9G/n/VQsU8wh6ijx1v+waNENht+BwrPWz2KswMNg9UFipMxgYnGef9bLYGwbnJAYHRnoMD0SL2iPgPu4Z0D93uTYYm8hhryCNH+sMdg0ONBkcjD0Dh0m+d7AOBm/53UwViGid1DzVe3tNGGgy2DOojXo401+5T1AXvOUb7O2lBcnX9RgfGDBiwWuapev2noEBzO2K3lN22ON5/UaC+JW99MAgQG9Be4s7rQ7HwGCG7ocZmuvUx0zTV+NsDAzuVL2F/nkHe2ndmGvCauUQGReiCgsVK0pH4XrvWH0I3LWMGPP6XqYKL4puMQo/9tbhkOiZJ8uv1Ma/ECiYwOKLAb3HVjzJrja7l3iCOGYTnlaPEUUU+wZuHkqiqUOCSzw33n7B0GCK/7/mSwG1rnX+a/rPfjxnCKdAREPOqnWIcmeb2OJzY2rsl/DQK9nb+BjjG1wM7she+ujiNXEv5bNwV/TN3RHK6aWql8nhWG2xDn8QvEju3Ele/E08An/ZZ4O9mwcP13lxr3cTnVzu9LM4hrqFORbvY4beN/EDfDlwPuYJip6D/YMX/O97jNKGZoZ2lLMSL/i89/DEsKBJzlMPrItQJd0c6LVxezsJpXV/QK1MuJ7bnYt7lsQPvCGCYLnQukgYR2gVe2dg8FV9p2jnA4NX/Bd84iqwt+zeBf7WR6icT8hGY1k4OyieR6HYpf5n0v/7wCCUebKP0/Agg+v80r0mutcijXvh5ulGcSjjpbdw2DW9PScZnHYVY9LXYUfhvNV6RGDwQ29phANwrzpLZOi1Wik36oaINTEqe4z7siEylBH0Gca23hHt/4YyNBm+Q4wnM1ywCAehs+KZ/pXaXvBlHEZ7eS/wrsphw/Qp4sJY6cyloze36INBmGLiXengYR08rIOHdfCwDh7WwcM6eFgHD+vgYf9sHnaY2SXol3x8EzxsULApHtYgKOl/fz5m25yGEGdjoewHe4Tx2s/iZRn8Qafk6TtHUZM4yyzEU+oJQVzcM7C4FzAlvpcBM9Fn6O11TOmTilk2nc1MrwqtSErf9ssxQ5MbGpTzwxALsVDxqpj7sVP1Z/O/SSjngJvD/Tjivw/32w/tuV/8zYbcz/7L8L/2XK9Zx3zvKOU6YhyjeGUVDgj4abVqy9Um4W/ha5OwpZytxh9dxDlsy9s25yRw3A4e2MEDO3hgBw/s4IH/mTxwn0IAZ8kmsU9hKGoZIQn5pOFmgHE99tx5bJLKqeHSWeps09sjTe6kkxgq3VAOUhnfZbdcbK5MMl70cJSLe2Z0olwPQAM/ion0V1eDGaCdcLNy/QCNdAS0OKKsK2B9hBacVKVuH+QsrktZLebINdM+2ctv+i4jc2SU23peSklVYwZv+YytDEWIt1INljiRacO+Q25mS3GKOThswBuJkZFtOxsfdavEFXgflXhCckQfwPe9jNQhhdFoMwXBv0XVFe4KbrPEVN6nMM7fp9BFuXuXqAasCisDjjBSqCFhLFwvgH0KM3St9OpOmMneDLyhXvbrcS2+UHDIIK7TIpGYH4rW6uoibRnZiWnoIZjj26A9hTn6smXI41bs/bh7DHH7GQlkzQbRSC/Co7gPrg8QR3ZRwhKm+PZwNOb6soZtxuG5NtLFmXe2RKc4h/HG4rveUOu6CHXCFB16PwfwmM+6h1z0TiEu05wLUViT4c5e2j0fXyys0D/JXm7OM/yPa7zE9kMdTvP7Adl9C6yldd+4frXxJ4eizSpaleA3f0wYvIyTNfMjcxhSMNiv8F1LOX1zdom9H0MLBrzu/ITBViqHc2tIr+eaIfrU/IXqMNMP3f1HRWIssccGS+z5OFaNw7m+wZDQddU7ADW1rIWd4PfD9tplYjpE7tclG2Jo0graruuttBeYn3NS/nw7QnPUSxVHsXgwbMQjnsFNijXC7v7asl9f05X4i8f8a/5eVcz1Oya5WjKH79KZzAWWv82SXqKsEeLME0F/NSqqejgA3/RnGWooc6EkNy2Hu/TvBEl1rnCPFmXwcX42WtGIbXUzeuAe/YD+klCki3weLFUxMZ3xnJxnXRfnd/VQqfMaii8XmmQNl6QMPpJeokb0FnfddlIvt0C6Hu5fSGf7YaF/i+ad72mpXoWr/eS77Gza3nlA2Gx5hllftybtqiB5XZdoxZgpP0ZwZtm5dlLianO5T064Dt+x86XacFjhz+lGycI5XepvGJXu7l8v0VyO9Jsgg2k+abkOfyxKAnY0u10NEvzcTBS5v02xD7mrgVPR3YfC3TnHxut/GEboBtzmHy4VOf0Ua3NGSWx4DBKYgm+bKZhvpuCAwhTs6E/BOfif4PjieF2iHqmlFb8S1XhWOZ8dZfyDIJr/tXaEfk8xt/FRapyWHT07Y6SeYxV+rFMBc25D7xI54QcWUjKDPkUaqZQs56UYoe/WPNl8cgm/nvlb5Z2mSMkXgSf+NRj8CHNtE04P2+7DCN1H1dkv2B1UnPdQLdUV5LR7d1NSN2FQEI49QD0b9Vb+rbkBL4reTdp8NZxnX1fxnNz4lBfcf77hakzDQKwUfn29V4U3YUWe9U3cqZuK78a3+omnooz4N/EHXZ5bHndMZ0+WH3pHmOEF8hODoxK32NfZb0EdEmH2M3NkSsJgRGGp1LC70Q/ACu//8g2YouPrUtFM56ILRugWTENp9qVOufHVo6Pdutyu1bZdh6ceekmSPZjJz04yjis5BOHzzN4qiVloFDx5jlxZtvL7qz6JEk726zJ++RrGO1s+2pLknXJOu/u1AcfJqKPNH4tv2YIbPHIN1rC6jKop2u3GCE2tbbgKQb1kZCGpTrOsOSD9DkrPlVWrKZR2oxHHJrr7pRGqMBH9vWs1dbDsJ3xzibdMcgFf4jlTBxWsaEjfz3/IWm6Z/VaJUQVSh+sg9oJU3g3CstQX7U7MplT32wz4hBIXdXolO2GFuN5bz56qkqnqZ4EDay0OLmSjMzWu2/yaLJ7SM1CasSn+VcBRUY83Uu3ogsGgWq7/n4yFTWQj+m+Ce+tBqQds6c5Ymu5hLPpihD6ksOG+xDuYhFJDhK+Q+g+QszCqxt1pcKvm6BO7pfBtMHtroTrIV5JbWP6s85XLJ3a78ks8akcIUvd2Qp87y/7E54PzOAAPFGdxaIF7MBCHFSye8k9MGBxiyu9gznN94QsmhYbC4YWYE9Je4GocUThRV0YY51y7kQXimv9UHVlGBUpO+NmKz2HX0uGqQW0nGZ7D/arEHSmDXycn4ouJX8psSf+lnKPh2SyOKjwV9k28GY12bLB+fV//m76r3dlex3ziEPTz49Mxo1iH7Wp/nK5AnunO51y8ri6Tt3A8zdWCbVznqENf6fTTSTt9en6UXz86qmI+SjVgZsVZ6O3Nj77Tcqbno09Zt9U7Ne8clD6srGbzNt/1MYjHrQX7Gc1Wcb3nnZrP3QdKumgv08fheOkH+nx0PXPVW7WruebuP5OukDqsHTzm0cf2Cm2py+Xv+WiSzPA3cb23UDqccEa0rXbwvuLTj1Hw47oy9xulwLVyenmPhcsy6y01Vm9XzMcwVqgEl3q0iFaoFMbDeBYvyyy0aAu8jzVZBxd3gutZyvFirZ5p03+B835HOa6tilmcVjAS6iLrk3N7Qx/h76/G50t9EesRShahxmBvPlw3JHdtZdRjk/riQpyRrxAfwFhd1z0bXWEwHy6X2XGaWlyEx7AIBmP1IhyJZ83GnuN2wdVEfzsfYqz+suc0b45Z39117NXR6veQrpXzUSldWivFpuV1zAt+x2yDB7XBLqkBkXYfd7ZzOYKl93BauuNCORnBiG5P+zaj2mrxzATmm/bFk5Y5x8zU7S+Z4a6zz56Ic2A5DvOBf9MmEzi+j+c12e5kZnByKouvSEU6s8mz6Bt2UYu2Hh7VJrYI/zxSqqy+ongln/Jxkh3++oa9dC7KmCWdu+7d59VQZ5uP7hVO/+PM3Wkb4KUkP7pEN1yNWfiC/Wohg68VcriBOc4h932W7D4xVlytqNTKmVZ/qZ2ENRhTWIMRqTMq6kU7LOFNlKNNtIRxju3TWWbDsuNPtg318umU9QlT3lcm7nRgcJNfrkuUKKCUT3lm9FsOP9KuF8kwVY8JeV7lnjO2jOswH39D3hPPqJsxOC3/aZzI1XzfgFv04git0t3blj9RUyOPGobP4lCOM/HKUuXAeKxUo8GaA4tS1UFcscoaiS+qEh9bptnL9tuGox0vYwaBIMGErB1vws12LtKy71a41Vzp8HmfKvGVfxZ3y5VxtxYkk/QTDcd13jicmm/L38aG7EPsapm2lEeU7jy68GNtcUwhI2vRX10uv5Wu5OwXic7xom71a7tZoXODCf6LyRZzv1ljJ5lPq4Umn90Uj2Ume1sOS+wKPn2w1w+O88yXHOu7pM/p3Xg2ORrzcRsSnejnWKmymI8l0hfmytCgMd8k3rsMXEcb2YG8BddvYr4iOCNPTnJm/qz8L7CDl9SzMRCT8k7/fEpZPL7tHhVPdW/P1fdMKOEG7Xn3fazfqWAVz7Hp/qGLRp+dn5zfPB6cww1ysudvERcu6X1hkXM6j2DMd0t094rK4HDvtKRbiY3z1zjXmvccgP6qEHTzsjhWOT0wpvDP4qQxH22Ss8gTdocxeN0/BT/U1JqYx/FpvJVIPRYT8919PsdRyDCxxPn7GHUAMqB34RL5tTyzPINjC1nhzZMwtnB5gugupWu5U1Py5EpT8g4faH5kmzs+5bL2T0uxP+PvZDWm5MvHb49rwzrvEq7NDW1wbXLCi1p1ObbNEVvvqzeFXrNpydBZx6e9/dt+vXAAviXaAuf5jaTCWZq8JCf66Kl5p4XEPJ39hrl+DZilWpQb7bgCr/tOojVFhJAYs0Phlsijd29xP9yz+USubl27lXQdnqfkWacjmTKFSWC9L22OtntWCdd5hid1iR2BPQIn984wJbkXP6ulKOdu8l3n4/gK1yfcdTZ2HDGJQ7C3Xw92naEPgP29aHsfX2AU7IQCtb3YLh2jWoJREkeLO+fwG0chPdWjyHmT9Vf91zyDbxToIzrRL5/vEqk+Gm5X+2ck3GxOz29Kfv5nyE2DI//tpKezDTYmO0/Pf94y619PWm1oY2xMUn0+NseRHfLuc5F3bWVY+d1zQYy/v17iTY761X+WxOuQdZ+3rCtJiw0tvE1LOsfrVnhOYhCf7hCU3x8jsbC6UCEvcq95A6+uQXmfuGo/izGqrkgVJY8vT+/VxgifPAZZRu5VPfZXN0b9ETP4ZuF1VR/5vF2M+8QCe5ZfqLYNtlRunlTokJtbIjdLko13WuzIOvu/Wo6WPGcbk44nFTYmZR/NUc5WbkTOEpHpNWMFwagBb5hGyR85zHsTr6b+3nJ2In6qJuSb8Dtk8fPA4tfBf6K8ZT7EMPwUm+fpc1dviex1dzR3SOBNWJzn5BlP+ij9eduafz/JS6TM8ZuQv26fB0S0NDRZp/tElfvPb0Q2k4v/bfKYI2yJRD5HUEu57psnlbfM+ty3jUzl3P6dJfLJf4VE5mweDI8IMqk66Sr7doRwWwmF43w+ixHlBqzxSWlv+q3Cl5hB9o4/VL8UZvG6f4UiesBa0W/W+M/4L+tMlCG1xs9EPM5Ib+Q1vqB+fcJNRyRz/iDd6rnfp2GAmoPbayqxtUrhJ2atbzA6yOI4fSoeRAqnFE4tnFa4veYsX+H0wrr8OcpIXH9cIYd+hlk/QxIpBPiL4lVZjC8YTCg0Fr5VyKCLl8XBKYMnu04sBNUvI0AKU8Mc1m9ze80Zha29MwsGZxX4xJX6HJXDtdnW5GmFSkwqnF0wmBq+poeruYKo92WjMLnQiOGSb7okQfn2jfAxncVphTfUtwsZ/J/J4ojgYl2JLM4pOLyBZwP3fQYN9rTCFMH/OCJY4xuheCKjuczMJNb4Ck2aZ/6IYEqBdLuNbkT8uSdOtaTBHb0GbGVyEUbfcfog74igq+6ZXL5tt9THarB6Q72nzi0k0S1YLWMZ9NFTC8QdWJpIS77mdxIOA/2P2fMKvfQav5QrO0OXsmSZ50uKdt8/YUbqVeHNKq6vagVpYqnEpimHmSN5gPwbdzV+OYxzK/lfJVaElfhY6JAc7lGJxK7x61GJejlbe6deCTvrnbSF8rkWA9ROeitU4kmvHu+ptwLSbKCymOV38bZP/SHcWWUxJPFqKL2JVYxDQRyOt4K5Iun43CVR7+PXwt+qndRXLblWLiS2xrYmg63QzVwlZ64H+Kw/hpzV1/RJ3tnetpoUP1G9GuawOuS3c9FH81qHZvc13YIx/lzhM9fos5DUa/Vc0YmmfSL5f69/r56MMO4vjzDujtUOgXGN3wk/8FwWYoVxlW/7Sa92Q2xLQTXLq61MpdnaVBrWNs3BQ5JdMw7zAit/8d24A1zvVtEdCnjXJza/ew7HeB4+xkdooTx5xB1zTz3ZNOBjyWich/v9sf5v9fdgQH5yv9+Isb5BjJVGJDZK37tsiCNxrO5qDM4vEBtxocQQjlPp4rdjFPH+eqILjOib7+lc6lU/hXly5+na4IJCIzqb/uH3MBcZQXWM50ru8JGKZ3qMJnrF6Xr2BvPonSifBzN1mzXHcJ/JeUq/8q+FkkfexRAVMIdc6u3Q4kbN3hA5k1Q7eArvq9Is3lZEAiTdUd9ZHq2c+yXEVqjHrn4KK3Xp+4lyD6/nNyd5zkOZiN7jL5o6/zthTn2kYuygjzQ/B1iOEh7dgQGvJ20aLyt2QQbMdN/Nm6FfMVVYG1J/mGeqME/kc7xSvHd/5dAZR0WzXaLeDRXeC2f67ygDlwNOW4R/fRCm5ZoV+k/hK6ZJNITv6tWa3zlN7xpBPUoK53b5D6S0lmImNfOof4YHhR6TURbmz8Fcad5TyiYljpaLMm8Dh0GWkb+z+DA0ZXnKGRzhZ9BUGAdXL1Ffc6ap7Xa3dVLbUf3rPrWNF0V3D8w39Dd1f5Gtz6EPVsrp4RX/bOnVwUk7OOmmOKmT2cPRzRuPOcgV5/E8puEdxRWktdiEE1PNKeZ0vx4Sde9GTRvgx+wQIcjv39KT/G8HvPKjcE04LaAt9Gbo3kRhnI7HPjbKIVwjHXHWYY1/lPq+Nx6HG4tHvRJH35Cbb4qTb4yLT8MgLMcHQrGcyeZy9XhNEmgozpj8m7zP8Wm+C59Pzt2WZ/dOEJ2LT2QNyuXR26bBFShJinIpUZIQWyYdNvZ2/y3SYg02lBZOt0XFn0IDVSH2iH4KTdiYJFmimon7prNYG1Yhh3vUo6YL9lR/CjmjlxTvjXsE/RYfSi55pc5AV3gVKRn5nyGLzrdv4KudNi2LqvBW2IKDwwy6C553T1xsOmRRhyzqkEUdsqhDFnXIos9DFl1g06kmv39y07JopPdW2CGLOmRRhyzqkEUdsuifLYv+ein0Ri4bcdZPl0Vr/ACl56dRer7GZz/fdWRr/85GKGyeacKOZjwCuBFbRMIRSYQ8pbQW/ww52GyvDjvkYIcc7JCDHXKwQw52yMG/jxzcfBk4WN0u2V3HqBOTXGli9TyHJ2VOJ3n/FEvRX6GX2/7J+3wT9QAKhNddLe/iUHGa8YRyaK3EkGrGtXqEyUre1Gq8hVF4NcUekCMMzzi7Ezq+9pQawd5VZjZWYwxijKgkjtRZnCX5Z8OhpBaTXSVZWUlMqbR0peZKNBVWf8YauBXgajUVtvdT8qlncry/vd9UGOeXrnTrmNNNhbvRgqbCz/wc7sXCDUZoKrBm/LLEO8VvliVHpagJ/I/I4KbCVQHRdTi66+vg8Ih4pcE90R6E2NOPd6CEULJthIZTvgvNGGxKCEschRV197TBvKlW22Okcbg3pfEOMlmMMicpom70lf6i7EbfHxbHqtHmdnUIOw+rEFXSDWiAdAU+1HRWFl1VLXYrVtryfMTYTG7fWW1bXmu7hynTpApnVDyiO+jE0UkHlWycSubYINkveU7QQSWbSyXu9xasz5fXa8/DixWV+EL3JjSAKBJxhVKA0cUcxRcr2uK18Jv/Rpq71r6BwP93p7ktp7F/BE1lop5H/x001f7UlmjsO4UOGvt70diLFVl00JmjswsLSf+YTp8PnZWoir3P3LebR1ekUVLokyqm0Q5K+0+jtFTQQWkdlPaPoLR0oO0j+l+R0hbCocZmcIXn8GxXt8GOfV6QoDO4VNCLB2GIyhU9MA5JdkNa6qChvwcNbRU8rFtw1H8BDV3hOVzjfxc6IhXZIhL6/pgU4TL/u1DW1kFTYrn9z6SsDhr6x9BQl2CF/mqnfzYNmY1S0eZTQPKvpADu3n8LDfBU/i0nshx5voC2iPMbRiBKFHZRIZ0600wyW0phOYlwd1BYB4VtnMJa1LTC9r7LGG3yLy7QErqkMM5/IUJKJyrCd3yD5XgDvfTp6mUbo89f6GdwCrJgrxxSmcUxenaERU/sgV7mi3Y0RmFwBaloKrZT7LRXQl+Jx4ifkyk+iU8oPSnOWTleOXobhknRnaUeLtPVBR7xKSx2LevZo3CojOBwMHhPQxHXYIbK4Pu6s0R56+SMuDGvwGykcCXmlO2+641+NS7/hP4u9WdovievDjEbvdEH0/0ZvsVlginOkUp3Xu4zQ2Gmz5P0XZ9okLP8K6QDu7t/qGA2xGvnUGNmC67NqUgqG2WWlNbCICVYGHP9q/yr/Wt8K/knIzxG7sfrgdgPQ5HFl2Q1Z0e49+5pEzFOn4JG7Ozt4vWBxff8gm/xfb8Jd0oOzgk62+5JvO9a/zrfzfSnCXZkcX2N2l/pOor8wGfm0dCoe3xW/iYvmiw9FEsrT8zjaVi89fU+aokAMwzE3cv7rD0vjVp6gwvV//jxarPDhUXorYBgX/jufloyNwpqSwWyuMW3uNUvH6u0Hy8mb/B/kZzg/8j/sc89vULN94mMe7M/379dvZhsRLP0kIppiNjwDbhO+jd8ANbw57CH34yTla8cvZAajexc/H5J9WX8RLtf3lWTEOI6/yd++/d7Wvo07J+YjBhZ26CEe+PQ8Y+PdpAoElsLys08+OrSQhV6yj23pkrjZQSryEiHh2k1d/pE7eYnYncfDoPb/H7yubJwg/R9uN13uzQF54IdH1w+Wvmutso+kmfNRlKwjDVmqiWKGDaO68ZYNOVnNcShyiDAkCCNGqioS04/4REVSiFRbYGaubjVs5heUDgXc2HQpOeiVq4uqB2rmkF0kkYc4SvJk8p3+k5XixkFZnEkqsegb4IISsQu2d2zuKwwW3hvCfXkdyh/e/fc0zEXXtZiCmrxi+SPzC/TRrCVLi8s6p7FADThS50svtxpFmJclAdNPwyuMRiRONjUIs7LK71P21NwVdk5jrv9DE89aOIRUpgQGMwPZyuFrCGevhIOPsyfGz0xhfvUbLVE9dHsc3Cwcd1RFNyb9leuI9dvsH83i5mF2cjgtsDtSuca1W4X+MZE5zUyH8ejawVhaAevp3pUkfamom6Laa+hjMpiquLVM2U1vuc5zJSkYFxPlZlUYzK+W+gj/TrOh8GdPs+Wr3ZSGewsq/QLkX7X+Qrn6+mYZzQu+UQaX4qLcRkMnsdBbc7N7ao5NVVkR03qKLWybPSsnIh7QCkzS5A0JkLhYa8RU9lNQznqKnUg8tUk3Jpa7A/AsdKla6HPXKnFMpt75ERz/Zm51ZYvjVF7qsX+ZG+e/1s8H42fkdNcF/HZ0pzGqBZSqZ/SzSqFe/FMWoMdB3awrv8Sx7VY7LPbA592mvSN+YVkYuYlO+tufyqe80aqEOzBs86vRQNGKIsrCjnpW7ALRsk7lWZohWPlfYsW/0+oVFMRKosdEapqTMULyiH7leNopdrc7yQ4vz/Jc71J7vNiNPCkovTZBZW4139JL5dMxjHCO45uJxWcFHDn0umnc+A4Qlt9weWgxR26ThesMXb5GBRlcpaP6DrOpBFHzkitf8Y77d4/ry+3B0dvxtGIUL0OM7T1P8ZazPNcb7B1yGCGrhfNuDrqembwJtZKnmP5WYpzRF3vw3okEFP8SqxFo+SDLZKOamNlxu6qFpzvjResorVQkj1ocJzPHjgWz6FONO2S1mNF6+FV7DayUsZwMp3rM76NZjQUPxd9yJ3a+MS5szYIpwSexxO12H9ALcYjeB5LzXVRP7Tr/Xl+CvDavmGlcAGOwPyxNfpMWJyF6WZRd4crd4px6Hj8tsX/pWSy/QYKj/gWfvEXrs97egRekfVtwXScmUiLdE6hFYv9VnmfwSqnfVWHV7zZhUfNfShhmyGSJY9hIe7D/VgEC+M5TZiS1Eruoq9W6L389RFCU9wVkR1JKlUD/qfbb4IQ61GJk1XbN2RHqByOSbAX1qJEf29soglXFu5ptw4T0d0wUy+rrf8nc3zCYo0mXyE34OmkBXJCgqvN/pVrfW1Tou//Ajl01VkcVjB40n/K715LDnIvuqgb/YvSd6UM7k6VUNF2IB4fbtEWcwp9UUJHGyy6nkMO0+1oP4khOFkPwp8VNZmbtQKtkFrF/x9psmptyuJPYpnQLmlIuHGfETw/XzH3++cV5R0U+Gu8v1zfuK8Me8uxQ9hLxnidyzjmranjVXOkdZSfSPLt0tt/9nuHCFVWOmBMhY3Q79w7L/bvxteQ1E8GjfKpGbsn5hayuKrA/bC418Yd5C7yR6sstoFFvZ/FGt1ZOU6Z3YjVsPHvbXQ+HRbjIm+lXo+lvutnSOw7i8l4yUtH3EVF2bU5HO7frnJ42m/Fg5r03eofpZKKJ/wnmrbfeMzXz/oTkVQ/kd58g+Arg3psjYyv8Bt/mW/wnE8Z+jyzi9BZnauILngefuuPVK3wVRPel9zbp/0QrWCPIL7fQt2zDSrevtnt1NdVf3WcymKsOl7627iOYD/p8k2VVCcq8pS91aXI4iR1deEIPxtxiiSuKbyM3TynFcyMNBn2PqSl34zbdBNaVC68zfL/rl8i+45VY4a+TKeL/Q4fUNdpWtaXqhmaV/5E1UcdFX0Q17Iu8k1wVNc5jDyswZITNmOIJZ86GgaN0iGxEs/iSUW9bXmyB0LvFa9O+i4y4/8w6SDDd7vAu0lRYsY9CMmDON97xUq+Sk/EzjqDETgTR5uPzVKUXzsdHyr+ksGH6kxB5epsZvusWLhbvepnMQ9jfaI35hXf5m7dI8qhXQ/XEcz1GOTbuJzaUHpqxp0Nna8h9jNwBNefqT7SIM6OeiCR0i2OUG5ebccr9Ta0WKTod3jc0rfwuO0n/gGOyjNc7ifYubgfzVH+r7uqB3gm2H0z9jrsEXka3DNb1LioX2EvfZjx1SzMAzsInmstpkqfxPNs9pP1O9/66hBBAlzouxqImfg55khf3wahbdYOUG9pRIXy1QV2Tz1TrueVViRZ+b1GKgjm4RJVK/0ym+0EfznmJtlzb27yEn2q4EcGWOv/Vih4gn+QJjf7jj1dzwLHdpbIIDwp1vg0e6G9yPJ5lyqL6eoDyarmd05iz8RIHOY1oW+iAZfYj4p9Aceoi2WmrmtnGjMxsaz7Cc/ZpbYOs8TTYKSn7MP+0YZdW77b9U493c4R7Mdaw3z4GZbc676kRVMyi2OK7x5iqTeHXc80O2duryn57k+yUqcBN6vKdvev8ijZxvozPHc37w3xoRrrExk11ipKv11m+fcseccssirATLGGjzYbvnlVtPZjivp2f7UoOTqSnxOxwuMc+f78Zqa9HG4Pr4iqYvir84awz2AtqlFt5uI6r9Vjz8zR+kI1Q0/TjNJfod7VBqO8LAbidE0dlP5EjvdA8qfJkaq0Osa8i1+bq2TsWA+fEM2cyIPUa3+WtHgwSe2Q6HMPJS0OSz6cpFfwJH0VUuiBt9VsS6TogbL/1ISnqxmK6NAGl6k0XOVOCY2zAbv7h0Sffp4cjSW436bQRV2u6jFTtOsx6ruqEheAXLkSozFLXaHSqEeq6Ie4QpGGMpijnAxX+BAZzFUWVymeyemKduSucu4sztDXqCy+p76vrlUW1wmP/oG6Xln8j7omuv5KW4dLvFn4XuHB3G2y+q5vI+n40Iiet26DRuywiKmxkbdQip6H0ZE05dmgbH1H+PEY+DgX5+AO39n2bvUd1Tt93KJUEzIUBqNxER43Fr/3zoeVleDzafVOxwypWbtY0DIv5hq3GXGJukPH2gKl11RU4max4s/SlA5+UH61AS2zELtaXk9eziv9IOdxToeoa62vDhV78/N69zl4wjSBUtbN4Bgk1UDspQOVFg9aFRxP2NR6+Erh09eDHHPz16N09abWYzke1HPty3A90+dgjKrH27D046h69LPN7TiYkytLcK11p4p0z/drkZ7T/8/euwdaNeb/46/3s9bz7LX2Pnt1anc6Tu06tTe5pQtCOKRmlDol1ZkpI0m5DSlnkvRhwmkwpmgS5VIj11wGNRJqFCUxUnRcMkQhk5ShkcHQz/v9rLX3PnUixnw+ft/pDzp7red51nN9P+/r6z2Q+uz0ZHB+dj4ZWiQnRmqOJK0kVmknjJibJFKQjT7ifJ43OAmMFlnPfq0adxqDWs05uE4owMP9EmPxfpiRY4TqgM1qBTVzUtisxsLS2FlmpvmDsXQjgXto+5Hy7c0a5CdlvhQWI44r44zEucEpl1pT6qC4Dhbc0hvVZLdE6BLP+GKvA86J2duH8BYITdz+mBi+nyao0/wN1hNymY3Y12Gaw5FlS7wLY095LKV3o6lY6j3tTeObm5LOMm+Z5jdVkjczLbfiPcJ527x/tfgS/ZHBA4491TyT98gNc2AsmtXFXgoj3cmScVUynJqLVYWU5hxdV7kl+Ko8KstyynR0gO1jXFqjcHZuM+tdvsN5DT9Dqax9NIMk1pshLkeoxTSPm/ARqqWMFhmfude3KVr/L3CLUy2tc+xshTJ4wrSRs2ztM9w7LZphG7lkb+CqXC/PF2yMSsnsa+e/h75BMuT2x1+8FK5xDG6k6K65Q3JiP+fx+b5EIk8nYItTjSrw7w5y1m8X/VZFwgg9aUcfmryszz3e+vVdmgy//waWe41pED3vpdBDZvtCuo41DVSOW82+Lrd8srNJfUFNXMJIl794INViizOcOJf3SNxD01AS7s6ZhlfQi7HU25iGuJaT5XLTsNJj5Os3qSOgWNZ9wTuPWMts8KJ3D+4F4V9Yiw1qi7IjrcZntMXh/dHV+1i79I6pxuKvZeSXvH86hJW4w1RhHrn0slctN+T1GC//dsElxmqcWa671YwNrRxjMSS8xWeZfs4WmY0inZKZZ06gXPjc/O7xQm3tDaKD4GeMJv8Xj88oc6ncR56N5fpMxbfXPTQmp9WYQyXCAzKFq5S54S9wvDHzFCe6hA6x2jD7eRFx20Nc1nq1oxrvTseuU20uO7rVDKxXB8WYD69CT/Uasjg4RugYi0v8bKV8+SCX8bPzMlkc27BWsezGkhvB9vPLkNZZKsP5fQrltEg+s/uUOTVXdvqVmIq7zAEhtc63e6fk+eM4wVNQKM1F+36VdikvzUWt8j3DYyqjdEFbo7/mJa7C3YYl0nPVe2GcpuVsOYJ1ILG0PoLSWImpZpZhLd10Fc+dzVWSgZ5n4zXB+I0ou91PNhNC4R1QBaYCNwnKP5+je00KC1Va9jGvG9PSl9RLqHs++XQavOpFJzTaD/YrUQTuuSq6UxjXukJ0V+eJttO4owVlk/tgdXvjc9l+R+e0dtU5Gw+3xBqgW3nXK4PTJKv4mDDHsx1jG9nfQ/UwXR5mKeif60UfwS+3p79wFUczz+u2CfN5Rms4CjXbrf13X1HeIXYtbT94LSc6dnasB789c0z5drSha2e197myGsKPQk6Dcz1wfeZFdpRHLAfD5bgHnznasVHlV4U7dwPZXWNHeq+Jh2vV1eW8CXzuXvMMNhh7Pv/qxcEcSJTVNP8dK+12VSbknbmNfG17bqtCTW1UJ8oOcKLLlP7zIlvzlFYGm001XkF/tMHVdLyx+pTNQvGPFjo8CZ6qoFqsd2UfymozTbWU9g6j7f4Ec/JveLkbMrQRHU41Yb+iFtZ4b3pxoeZpLI295VGIvn2Vnop3w97yf8eAYG9Du7bdcZ2bp5JMXXpoHvl7YZb1Rw1jujOXPh+vqD1dXs0I5b3Q2+EEyaN5q6rCAS77O2jJ6z3TJQxOjHDjWEwLTKWblrpjPf5Cd8n51EdoZJSVk3fFVtdmK5uaO8/VsJgBbRTTQIXa8OQVZuq29Vsqy7O3xJmKOWI7Qmu7srrabEjbl2t7ay4zrA/jncx8lkIVvkLEs7Fmr1mC17ufY3mRSBIeJNRrIJ0EGzXdiqbKvA6iHaVKu2/+ZEaiAoeKNvFtbz7dnJme4TP4KD1G73msQ3/cXaw5U0iFcA2r5TQfINklo9HNcKJTnQr1GH/zyutwHlbGcEUrmL+ZWAeZRgdt86xncX04vt836edsVnZkXqgn/q1rsQO20VRVLTggZ7ol2IqJcppvVM2dg0RTMd9JY0ZmE6pCLu2FUJL3MMSdntmEPyTu919TKTxNPbGhmfUzKcdVlMYfMj9vwi1MVelcxgp+/1tq7w7BJrXVzWJYq3w+1nScn5PcJZbSNw6tGyzDsObHp0B0UqxFHhz6x1gZYA+htLYW68o/0Q8b1qZarZXBADxiUkhSQCVyshqQxuEFdwrLv0e4Cfl1pFshMfXLVX/JPh9RUdZ0HuVa1PwExtPRbmfX4BjXC/tcTB3QkIaEc94yzERt27/MeR+LZTREe9MGb28ajseMpXo228v72KS60LFUmAlmNJZCy6+5Ti0eMzc7DzuznTTmmz3FVvGYKcU6J7qz2B44zWuEDKpZ1xZSymFUDdYffqqYvy9HpfuVSuXectn3pTevOvzlV5xXnRps9KrA1rQedCp94D1uFjmVZGeBuaFoRlyqJJYohri1YilbaAglWGTYTleLRWaMSH6Wkz6eEhiHO50EtFhK2c7KZaxtTjnXG6Y3003Uq+F40JntVKINFpku9KRZQKtws8PPhtM8Jy2c0mBcRymX/RQIDWOLTBU2eZu99vRzcC7sDz2NQ1xeA6u9468Z3EBLzUi86vSgSOfJfWS99CITfYFbZ3SKn0NDuZ9LDr1NXhd3uPhE8H7trljK41aYCvzdS4Uj2nE8x1IX0UgtFjnoQWeJqcRT5iGaRwn46EsGH3lMv3Y+X1EmIDsC2/b5SmO6OV+Nx8fe/IIMxnNpIhbgCGfd19L0C87EnN5ykdni8eqSita1kr5pnVo7teCxdXYspopkIIo9KSfnH15a2njVudNJoT1dKlLd69SoTg957Hwv3O9tVMNNOY5yUvjEM+DSCSjXoAJbvch2sTdxrQ2ewfvePCrFz92eqgIP6lPpK6MxRFtL7jOGv2H1za5+X2TjvYl38N5k7VN90BIpYn1GSzSmEmofeqVZTVUmPMv2JNtW0qE+JIFnTVr4hFp0V4Wa7Y74SuwYNqO31V5zyT3IUp59EQ9tVF3RjNLUnAxaSOta7JTlxNrulsT67VpcSBnJwfmcKdRwe7D9Z/rNlohGFMdyY3Co87xhvyuuNwYHhzwB20n2olrEqava0/CNktYpDHONtBL1kW+gYa5GnOaHrfbHCjMGK83P3Y0U0b0qlNNJqgTV+D2KJWv3C2YzXjSrTK15ybxsXjFplBPrXnX47w3iHcQY8wsKSr9m/mpeNmxPyj/Rub9fN5tQqV43b6s3zMumtKAfa0J+0Ho4MOe7FJdQhVmJVuoWVxe9UBbdNisxPszVYjXV8+glN45LYK1yrR2tWU58qMxSTuasmCOfRXGxSdjdfZjw7x+aNKLseueI3qStmxa7vuVtWbOQwlfp/tii2uDcRC04d1FHrFfb0v2Fi+6KJM411mclKXvqJZfvqKHGJ76HtwpKDf9VXKfPlqeYRyy557UKkY66yDFooZM4DIx+xHx11M756vu3cxqdmJ5Pf9acv8z++0NlmPvvyy/H/BLnidsxn9wM55ZMPlucne0fc/7vbmE+N+Y+ZmZuzUS527phV/J6D8Btme+Wra0bts+NWl+Wtl3Pzmb7+X2zsnXDruVkq2mi0SD4T2VcG4ymRWn8WXOWNTvS3izBZLg//GacZMS6Q37fmdm/KP+U/70r83hCh/X42ykMTFQm6tYtfMLl/52Maho/XDZTPh91s4zxE16X+nOM8dtvz2+dQt0TOIn4TLJ+h7PQzcoUZv6ymh6bh81mevy27JxP+hUYklCGEaRGkEel7uFKS34q/t6T/tkyN2NiGuuYasg8DpG5rFUuz5BrIxaiPTAetxVR6B3Ap78DjnTSmPr16b/WY43FiappWU3ow8+85BfJYkwQj6bfuPdr9t3mGly6GCU4JJnCtR7rBzTd0aL++jyXK+hsdyWeaFFOj7hp6ffxuE8VYzkl8KRfjlNUtTs7wV7f16oUuje1FtkvkhpXOanw3zF4CBk87npUirsz98j+nJ2o+8vWGoM5xFxgCRjzMIVnXOvXpXFvpgT3ZSIe/BnxcSfMlB4VS+a6dmSjF/6YYT8dyUH3Nc8YeWrYGefMiDPUU7J3V9Bxal+dDt+wpHKQ2Gj5d1eh//z0c4rsJEwnPgt1O9zmWimRwpeqKzJiO6jEmiYpwLF78En/PqVxnmBWZBOrQi84SzHOdFnavky8O/pRCglTE3rhsMR1p2JaZ/s1HsdDh34MeVnW+mF8W5wHj4lrDECCeAd+hbNRGmZIa5fopGpCfejshiWBdjXOM+0SG/GO4pkbQSnRd/AOuU8zB8f5Hq8TKxs/+xTWz+H0smpt1/wqR+OL5Cpkid8fY3q5hPPUEeje9JVYZMvpgsPVCrL1bR1esWudOTQGeVQ3UgYv65ek3f2xgoI6ZYH9vQ3OmvJy8RXIa/hYh2d0G2jcVvaGn8aCWHWYZ5BcO5ce3Z8x+GPiNKc/pqO2KJmMokpH4iOXMMhle1VWz3Z+p0figYzBZPfBDOEtxaWYykzHxbF2CQ/J5BHuX7zrwas6Ue6aFVSKC9McGzEjkcVg8ZX/a8zuMwOlmQfrgNkZW/Ze50XX2gSOTPfJ9f5GZ3+PfaSvQhWOFPtiAvdntPR47yDam8ejKyjc7RU4UdU9sVGZFTQfDc0450RVgzmZM2z8rMe+FU6oM+pEJ6rxIX4f/74qntcsWn+wdmTpRTkW4WwQXhGfsT9leAfxmqyNWeQA/v6FabaDrRBN7NtCKx/K3KYsBdH43BynYroc5zkGczPXlhIyysOlTgrvefk2IzzZw+u0bpE2uUfXetx77gfTHi4dxVQU0s+IIsXFx51bW0Ac/cMZOdvk2qv7/VTYkv2LT2XUys7q5/vD872h2fWuJ+uZn8/o/Fr/9/MctmHysyfSf3P3oeHu2Xg4M0J25rXOBvUpMZoo5/Bk7VV0P/AtVQLGRZwnEtQozKBjvOdD+lIR2gGHl9lbkp8wMlfvonkZLXZl2/oAtQ89kuGvLfZqiwiDxCs+ere0aID/K5fwSKZpnMvw6k+PDyrjvTvsa67/stL6S3NZg5X60QxJBk8u91imzbe2/FjGtnxn0yuC54N08dmBj9ODK4KVTednFmTOCnzc1fTtBhODP2cez5wV9GvwYIPzg2nFfy7mN+cGlxdf2GBsg9MD++yK4E/BmODGYFSDhZm9Gy/K3NCwR+KFBk9kWhefHlwTPJl5MhjR7Appf3XxRY25hTHBhcHY4PfBxODZ4Krg0uDPDa4Ozg0WZ64IlmSeypwenB0szbQ0ZcXl+J/UiGbXBE9nPmrKLSSbvRScFTRpcE2wLDO02fwGw5u912Bx8TOZde6zmUXFTxQ/WXxF8IeGTwZ/yTyXuSa4teHpwR+Ds4JxwamNpwczGgxvdk2wPNOg+C/Bew2eKH4+84eGUxv8sen44FeNV2RWZljiPSvo1viXDW4KMsVDgxcyQ5tF37oiqGneyZjiFzOHNLg0WJW5InivwVHNjmp4elCbGRosKU4UJ4uHBs8H44LlmbOClzILiv9c/FKD5YFtc1xwRfBy5pXM6cGrmSvCFldL3CTTnE/LWaZIiw/1G2Jz5zt+nNNJ+SjBCsxR15i9VI2s6DV4JdkysZfby0/htcxe7lvYoO6mTclb8TdlcGwL1g/4IpMMwXS3WLRIB+IFtxxnSCTbfJd54vWiM2QNREpiokYLfR6F5WSlAW7DE0/1oZ6VtK+PcW+nxhiNM45nRV/898T1ykpIU2OXuVnvbDeF1Zm93NHu//j70LnuXzMj3BHCAWwNz2J18osCrz72i2KvKPbty3v2GcR8/v72/n0c93CXYkqf9/Cznn1jMMO9zMxwJ0u/03LrujTe8K/Joc9FZE9hXUOhPSUllk3W5thyWnTv0a9Cf8DfmEZeEo56nSYLP1jYltXjn68I0fxXh3+1CqVtyz+egE0ojhkcpux8MN/QRkVvq+CoClxpuEeTkQg93LrmPAqn1PETrMZvZYTMId2nygWxeIhrMFFVW1lQ+QWeghPMHHcy7lbW0tK3wC7WHvlIl8tNXxjc71odWLqO1f7q0LPQWh8SYO8C26tqLHfaoIPwAewxaHCPtMb6n2g3fkaF5dlrkN9MMuNwSeg3z22PQw8aE1oGfm+WkMZkc4ncA+MkLoetnIyXm8Vrzkrxwuwb7iw+Hddhf+evTjOHY3PuVhNxNQzYR3Mw2tESQRPhHTXF8CxPDnPNPkVPU4Qyy7+mxaLf7OX2FC3Nve8s4+jg8v3ImYuvM3Y0vEOjlbo29EX0fCsz1+f9Z+NZCv36qvGf8OubQc+Hvn31+fVVoJ9oe643/er4sS3R00zek21H37VoFawPG/uVWD+2mERC+T7PdKHvWn0+fHbNbStXQomPGq8Z+6xFEVV112y6ma+6kdVWsw7temMlEI5cjKv5ilG6Z4jHNJdyaS7dilp+5x9NHvXFObm6rI98AYzQPJBYj9MntPmwh5fB68Q20mZiz38DBj1hd7AtdYnDXz5fzaOWEptWLDof3russ2CPmSrxeUn4bcJ9H8dNhrUX19FIiULtKH6BY4TG2BI3kKVvPNqkWOEXh/NlR27C+XrNqZEafGe/qWz5vCYnEXojRHEpRX5avAe4rchbz9rFKzGCrP066bc2r1NLni21WfVD5D3AfhIkFn078shfjL/GMmjg52PiLcVaheU5j72VuM008It93lPsMcSr8bLHvR0vEYLsG2QE97/QM4hkPBGlaeizBjHSiq4H+13wCJnH6iOIAI38tGgZrb6xI1J+Y/8CKGeqmWluMxp3mPFhRvH8jtlmpopnC8dKlQoHbefTnuKmSOB68QbZ3puvUP/DOsd/4UtE3i2RD7Kf0z7lfSJugqc+oQMp76Fovd0SYRwV4XNwvBf7yjByvo32mh96mpzGfsjGeiSW5742M/TNmRJ6dtgR8O87nVr5ZTHsJ4bcLteJfMOmhj6T/4ri1tSU7foY3Xo1aE+TRUdU4q919qEqfEQthZ5YG+obcnuc7OjQ26ZW2qrrszlbchu8itFoXMeXZsoOvjR1R2hP2m0yTksxrB+KFqx8/m3RGXiXWu+dNsru7Ej+jIcrsir0SWFbCZ8we1fyzckrZX2x+DbXuRUcheiG53Zs1EgTP4ba8CTY8dXKnh8TegqcLFoG/s587EPzcJFT7uTPjq0xOJyTqOYdZkvom3qxY+fgEY/PawW2oKlkchiHLUjqtMTYHC0WpvkuRz7V3XOLYSPZTgvrWisT57Ao9Z/Te/hl/izxyeWIudcz39VDzf8WD7Xv65lW13/pmzzRrBfuZmVnQoczcbHQ/X70hoyoubNZXYDhoS2+POfzk6HxoWfR6958Z4OxPMVQV+MLr5feYHqYp32DEVjpcK+5DRt3Y2MUKjGM+jl9hE4mMD5R6IW0SVlN1sm5dVgXWjdrkMASh6nDP8i+aYP+P4CXk4/8SHbV0+mb/Zi2IBrd9/NX2pua+s3lTrHz3iecme39IBJyj43Gg/I0rpr5bHvO12gT8eqY5VThbmcBadzj8J6YoTTude5zRgqfcr5ijiLt+7RKdsz9DuEBp7/MzwAsdWrQVTHNYsuy9TXgu6Khau5vVEudP0krhd+q29pD9bTEWgSOv9pXWtqiKkV/tzSMu2sj9XQ4Jv7qw/LVkZgn9KASLXy2tVsPYfbNsPHRdT00/mzYQ6PcvwQax9ElEiddVY8vQarAl8By5g/nqFwfudsi74su1NLfrJY6o3GJw9H3lt9xnIiTXCn9eczwbRDdhSsLbpWVdSivkR2yBXc6800zP7pHmvp8x4xQLdHBfT4c9zw55+x/wfTxDsdyRdeFfSy8i/qFdzzndLkY05Cmv4me9CmTRkv09J5H4CyjBs6RSZf+p47lrfBuZcl1pcdzb7FXuFdsp8vSSrT073SY+7gN7Yg9sVkqYc5rLKZK1G+5oLCUY0Gc0CrWAQdiNK3JvJkxYI+AtzK9BQsmUeAlsDazLtPaYSluT4qjFIucctzhsC2aZZHVsNHqhfdfRTLyhCj0lLBr8e1eEiPxVegxXugpEflX+bvgX9UMBm/ruh5W/vfwsPLreFj523lYJb6nX5UvflV9Qg8+61u1a34gCfH/YJ3HrbDakeU0jyKvjwghaef+Hhy1+OP0+fB28Pl41UngVefnYeQ7c/EDaKD4DZ5IfEL7UWsnhVb+x247yvjNnTROIcZEeVUwEZjHYUtoNfpRIBpnG5G7Jw2jp0M5KIM9dJX0dih7SMaYBhkwPVppRuOROHuYRLvgx+Bv4m/nb/JovCXeztzfMCXlvvBWsk+uqRbUEssbN8Szap6Usbfq7Hi6ADlkYfw88Ixo9Kd3MtZGUYWVhmd3qOicTqONJm/7tjPB0Q9V6KUP+vpk1ErJlcZS32woA+wpMvZQN4qC3jOMgn43k8Y/vWhFWdK0nhQD0U9kdMudnEjvmXKpvz7sUwec4ke94VF+c4+4dGF/vvAs1ZqyS33Ifb/ZHvHNeC9j+cuIsq3Ewnhcaka3wRuZ8/f4W4bfXOEWoxxvmTQ01oqv1hfeF6UbTDxm/2U57U1j0Ieq8bZZaZjr530SytbCc79jOLvdemeLthHx6w3r+/pQZK+7lKy9rhZ9xD5ZQxFqynjRJUzFbygh9H2DGUTnu9WS3ZbX8yCZj7hbSSm8bzI5G1dW5qqS+L6KfKbvTrIFu1DbujrTy39Ol4QaWB1/Ob6Xy/zBgybyQy5BY5Ez701Gns2CBVPg22zwirKWca6xoz/2PUkVt97XUQxDoQyRyvkY9xHZ9BqzRUW6xrp+1i1FU8zfvjfJ1hzrOe2HXvv2/uwPtnOwd/9nVCH4F35OzqrrYc21/2Qs3tLFTgIPiZ52TjhTDwr/ONewP+JXrOnVNp7hviS5ka6vOCdVrZLsYKxb2PFd/vaMxlmoV7V9Ya70Ope1trZ+hWQhsH8X55CCuLbVrTeMr87s619vVoV4LClMz7RSoySrIntBc2bAA+lMVairzscIGbSPcZxQKhcnNMS907EySSoXGzTA/9y38UEVohG1cUIcJXSyU3+U0KXOZnVIbIt4ZN1IPDo7B3VHE80L6/9rCkbEO9D/mnYdjfO1F/6dCqMGEjl0tZT89VMcK74Z3XGc6GwroamHWM4qhX/kMpHfhR/G3LOlvq/0rQLdUJ9WkL3BTJzljZMsEqNElHQRe93JzH8Lbhf/d47IZV3EThrh73QRL4Jfih2TMwEyX/dZUbW87ZKzI1aLdoNPbGH/CBeFLVwsMuyvc78itKhv7rHVpEWRsjwzjKb2m9CDhqNXLg+fH/91uUg3qUPtpC3zbV9I1VuXx9QXNmqU1+v32D6OndvOx7EzNzINN+BG3ATCA9ASGxF9/2aQZCjk/H/5iNeolVuQxMzweRexE3TDreiG20JKdAc83Ika3LVDC2wZn4W7YaMB78MfoXE/HhCuNA5r/+yG2aF20K5kDbx4Cvu5zGlw3XLZ5/l9Vi0705aegzaoQF88HcrpFruJQv0l4REswxV4Bs+G3oOse06jm1BXRgpairzeNZphE8Y3Lxf6x+traS+vwgqhyC+gJW4P66QErbgbLH/32Nf3/Uu51S/s1cti3e6GNugZarEsXUvkZnQ1XsMEVMmMVuCveF1Wlf+dLOg4JsR16VJgG2dsTZuNNf+U+brzWhmxab0lfe+P9nVKjMc6sJfLO6LV4yjhd7FeUC/fQ5XIT0ZuMkZkYy65RXCbolxbXP4JbJDz3k/is98H+8KytoZ7WyMxv7wOVYKeas8c6zcK5ZkSbMjwXG7CZiwVXYzl8LtBkc0uWy4n0vbb+gGlBPewOveMtSTdRJ9c5Hi6IsxDemxudXkdNMXiMYpq1C/lDEbkdWPzB0aeNRp7FHztYWNReaJ8goXyTTpXimWbnUkrTG9sKY7x+G5yCo/dSiWJ0Au9Prnk0JzO3auDqsRf/T4+6l+5/5fySmvS2JuehtIryY5Ha0bLuV51E46DqSYklrvu3cB2EdYHs55x8XZa5LotFGMJWE/F3H5v8Sa9Q7GM0xE/UUyJjqAjKa1qMJESoe3Sak3KoZxN0HgBS9Efs0N/Z8sJlYYaKos/ZHUomqxmuyW60k+2a8tyUMMxEqz/+inx7ZU/GX58b4pjHA7MtXXst7bFXNEQtwqrHaYQgdtbNKmLKB5nXtMXLolvQdbxTnS8gm+8GWqILpF7rKHY5Krhox/1Jy1+sdFJX+0cij45dB9L4571IlkyhX70C/HNPUk0I4OoG06mdjSYTpE9nspJkoUSTUqiFlkqOZ12xHXitfolJQp29Nlkkbvsyg6ndrS38PCWbxtBGiOlL3Z1a91knP/ajCDeIF4cr7vWvNJWgq2mfEzUr2iUePIdCML5VLiPRtO++DldQCmMoQvlq2OJ8D/Uji4ijYtDDUF74hY0LqJfUzk6iTR1oFiGxolEdyB2/OYPJ7dc/vU3+od3UH9cIe2yd++VZPBbuop2FUnm+9iWr6NdtS3fQDvDjJlJeeuyHXVvbMaJ/n00wP8jsd9WQ9n3jthyLJrfPWR1GyyNfQX2NnsizIPTjnoL9xpxu/3+A9xuP72b0/1xcbq7udz/d7ncXeFwzU553F3hY1nP80t0/c787IfiW8A4q+W5XZbInc6PQvRV9n7ZIlxr4T6M0ORZnu8pvMwn2IpP8U/p8Yci828Uisq14nXaZQ8Axq/hUhECy5fIo79y+/9JXjvxjby2Rn3c9h4ht10XXfA/z1+X/x9z2N/GRTMC7A/FQ1vfjpMLTpbd19bazhHOHURfliLCgcR3psb7mf0pjS9BBbv8u/Pi7PlSyKVaznnp/xqP/t/GnzOvavAz+iYrz27OfDdn/sNx5jbeM8qnZXnZUtxGo7Aat5PBHVQTrkyNWMa64U5i7L+7iDEZsxKXXYu7qUYo+w/D5Uc8/mXuD8/jX+Z+G4///zcO/7vx9/Xz9no3n57j0/8Em8+oG+aGfyXwcK7UXPFhmodHYMS3dn69OV+5ZIAnCrK4dtvN/+/m/38Q/j8N0DfLAGzXHydcy1Lh+8cXyATj4ZDFKij0MEwBOWRjjmZYBi0t7JYP/t+UD/4zsgGfn/8d2cB+6T8rG3x3ySCP39SdOgg/WoXjqAcZ9JS2EnQdVVK30KOX/T4Z285GfVh/0Lpv7DyvpFPphNwZsTEhBn1pt9SwW2r4f0tqGKP/fdvAxsz15oeXGq43u6WG3VLDbqlht9SwW2rYLTXslhp2Sw3/O1IDSwu8S3qRzZkpnAmxfOBxBFG4TxhBjLNqsoRRg92ywm5Z4b9BVhjv/hA2hs64NtYZ31Vi6IlK9BJKuHOZoXOB3/z2OaFODOPSfxEiadUvOQyWPL8RWsapIjUMxTCchtMlfuSMsOyZOAv1SxgG534PKYNrRZKG9x0kjfpGuesyRn4+rsCOOCBR/q4fUur48cgc/xkpIpIh8jJBxLf3E+s0CT9RnySxo+yQXwmDq79Fgqj4tySIfDaWXZcgGJtlzfeUIdaGsoPB298oP+xMetiID+pID3W5KeYM35CobOYPdssI9csIhv6vZYRUTkqo2aU45J1LCm+hfpT5/5yUUFcaiLj7fSgBRitYgv1CXq8a+xOjex9AGm2pfg54Ve4G+PckA08yho8UXcVBlMLB1JEsl9wUI+Uc7+j3fwgdSgEOo05hX4qFz+8tXAFzeRHNKBYMoArqHeKINw0Rxhn95/tx8Bcg4uB38+8/HP9ukRP2lL6dR/1+NFz6bn78h+LH76H8abd8+b10H1me3HLklpZEPHl0gi2Wkhuenwdyti7WDjBVsEhDbogUaalU1NZIiUZOSXyxDvM4dUQXnC38ut2BPXABriOLqTSbLCdQLTUrBMfF8rQG18Z0iLyksBYPIcrNZEveIHhGfyKO7n1IdvFcepjmhbhpzB1v22YEQ6pSEKgeIYu0yBmiKMyqZvs+M+xLD8kO1UU4DustuIDstzi31uNUI08X0iKhOoxy0o4q8CRpLKYl1DvMVT7ELRaZ4INMi5ZV2JR5rcnBziCyuOeMYHuu+0FmhLs5ky1v0RK5TOdWNvLDDOc2o26DUHaymFzzBBObMy0ClXg8zBbJdYpDpGvmOmy2pj2+FeV6PDjnus0ynpKs571R42jMw8M5XH/WppXSXqjU9qbMt9lLp9Fbn0UGx+sDBAu1LSMfw+AU6qMfpBO0lvytJXIT8lk8CH11IzLhvWwziduVP0zOoAqzijM3WpiX/DD9YaYC6x2Odv4wc75mzVFhRof1Tn885mhBq+JbskTwK/h5I8cX/pMz5eVLM/LFphA5awZ06YSipjgo0LjM44izUvTQf880xdWqrWTa80UesvXfl907MkQVWu9Eki2jtHzEWPoSocVfDfAHpyn6hPzivVrjGVxTNhYvweA3+Gd4iycEOd3W4KjOv0sWjDewCREG3XrH9okxxjgzCvOW1ziWS+da3Les9OmN0O814xgcYZIxtomsFhQjzhEwgTZ61WEdi1X0hGOxikol50o/QePmEY7HI84CqsZqp5Uqx5gkW7vHq9XOXBpAldRf+sSIcJyh9ybHYKGKkB0V7iGD9yXv0D+aTHJrsL9jv2j/P34X0NjtLs3v0WfcA7yt2oQYiv/QjEnxiTb4p24Pw7jyulS4moFuhsYYxhrcU7KWzFZMBTfhQsM4vR3xDjgLsuXFuC9G+jvdtbcUz9EYLJOsitEaRTP8Ai7UjJUz1tys7Pt+ThzRXWvbWka/Uwm84n2UMbg1yTLax5mNKnp7pGrl2lXPn7Zuyah2dNJ6CO/YMTwrzG+kcRCakD0nbeSMML/QSXh2O6s8Aq5zsf4ntmQ2pP+ROUd9kvHlHqsK878YDHJT2JJhZIoLRKZai5P1HMWUfLBeq+Jy5hj9emtmlvtpZiEOjXcDIyxsyYxwN+Gfmc8yn2e+yPCvf2W+zHyVaR7fljnS8ja+nYUtGf4qn7N9aCT+xzc4MKYRxzhno2Q/4Dd8B7zZTOO05pwNh59yLcaZ0khociy9u4fGYzkxtSsNcWsvwHhMV8PpKbVP6UB/IF2AZbRMM7LEdFVOWvCQysn2g+kg166Cp330bVUMj4a40VhW5SgMYxdX4Umf8808ivv1h4JUcas627Ule8dbe48IbhIjOwyk5RSXrwzA5Ykp1EwxJed88XH5Ju8lH8aTfHxO9LajSeOA+CSXZYrHnTT+4vL7hIyc5T+WMfMUPYWHfUZ6fpiWaU/y3F8gT4ns0zWKa5YjoaeEGUF3vWZ9OUPfQE9tx8cjN04NZsEj1r4cSC20lU/trtGCs8m1/yAndIustB3B4Bw+3RvCeXBO67q4k7VOFValG4gMw63YNnz5anN9X4Lx0S6kpugmFLMUI7WP83SJNohWdKNosnrgYd+DdiaRj1/pGjxahux5/hOJ+6hzUQ9zUJHG1swsXOg+YPq1smsYl56uVQuhOauNyJWFN2WeCiVCubX+GzNPi7RIs+OxpODe3Jr5mW5Hp+hpRSbUhq+UDIYsr10Ry9+i5kdxj0YIQvm8Oyms99P4rR8hTll8pXMdylbgEZexZXZ+QvOns6fecU8X7sUeIJL9tt3u3b5M/Tt1+13h7XRXpEDZaX5ces1/n5FmXouyI1zW1fFvLSU25tCE6mrm+N62tv24/J+pImVVllvIl7E663JF2bmYD8oyHzYPD+XqpsN+9JRsSFOwXzgvu97baJ9GZf49zo5bYFzmHxtXZ+eie9JHwqnBr1s6WTers6fl5oifTms5soWRp10QyzJvvdktRgd42QtV3VopXKhaqYRzqOiWtjZKws96WQ8HO4yixzktdHhTWP1utHvj2UgesSihkyQ3kYc3kMVUpJDIFmWT2ZuCvnHOozzbT8HLTgL//wbJ+MEli9FJMJxuVL0xWlBeU7jLKS7o/fc9S/97J6l6p+vBuSe6J/lW00WHCUpvkGXd58FOO2eBZCHonuyhbS7xBN5pebHkeWSN1HTJq9sge1DsXdhc1iNUh9yXtl/h/K7nb0d7/pto8873/FWO+dFJMRaT6w2Mlj7NKpqGE8LcKR4modjN4lH3Ohrg218rdRYfuhodYn2g9RuowLZtuynybor846HIF6I4e3cihY3NG2Y3mXMU77cSkS3yGSp7YDQKM5fYJ/yrUTZfU3ChtQrz0nM7GoPVJFzjtsFURLuc/Vj4XXEojfMaDBQebhsiOc7OvKmTy4vlsW1oH1ISuwqb1MbmEwTTmmc/Qhnlmb2I0nXm3Mj67IW9EfrryCyyFGy/uRb7iyVI5ayLzAk2p+gX22VtGx2x1dnY/FSnFMtkf01MyAlt3kad6vQO9WpRrfZYrmuwsbmRfAWcg4Bni08oc87nmFWhR93EMK9q1NbC8gdMd0xMeLAzS5jrxQHJZneKaph1nDfg4eBWqey79J5D+H2yYbZlYour8S41zjLPX5LtikHE2q5jghrM9ZgSNMy+Rt9GezxUohjnGM7x8orXO16MWxWhSdbHw63uKqrLeduV4ExtbTFOj8BM/w6fNWel2VWC4lj3KWOZriC2KKQ1ayWb63XkCu6hJ1Zk1paxBYr1EZH1gc+wRwu1wTy847TFYNziGTysi9RCPV5u695gr6zWmXL8pNUEXKz2EnTgsvhCXa5SuFvfozlbYynj0NPUOGMHW/teRzSmsUKpvqKFWqMtPqGPsEfWYA2VZeNYi1fLCOvk3TxMTrbFSvo7qnC4+4lns+FWoasaiwvxuyShJ89IklenczBON83G0bDpfHoAbUNblIe+Ls9BM+FSfqMZLZyQzhocbyrE05T77ImGqS0SeI2aZw0eo7/F0+GOvFcbtJUTNwVVYSY9zizGT2pFOj0IcTwgFH600Jd4rlYKnZunc5j5XXGiw3UXuCn5Xjt6xykX/4eTvBKcKHj3vGrN1Hi0FN3QCDpOdufJgmO5gr4UnTav2taEwrN6nXpGZV1Pzt29mq0pC+W7GutoHmKa5UWDV9XHdE2ZRXmswnuqGl9iOsqdjZREPleDwbYk66jfk+x3tkUe3TWc7aWomHdP9ibnUqpBYSnOsMs95LnijJB3qWjMf25ix8zWrRIk8QZ1xJ5iVfvST4sNvhgtsj0M5zLl/ELN1NXxj4r+nijHTZK5tyN+UzRWcl2WZ4uMwfFy5otUY9pT0L6WaEYsX1Z0pG6ZTSNmJibTWKdSGOtz3TVYWN4q24mKVCbLNTT+qCq8vZDNxuU07JnV2Csb5Yu1mYLHyq7n8X3V/DU6UXI591e2r9zLFTSXWmdTou97XqewXvFfl2Aq7nRmlHtEktvuRsXt7GkM9s6yLMh6M7axTC4i7GMMnpW8K5fwWBDlnSNcoPbJEpo789AVrPnifbBv9nWK40joUJN+JPYznBlyPt2mXqd9spvUqBChfnC6AlyzBiWKueiu4qfMWR2Kec+pCXiR3grz3rI15HnnTXjqIHefbFp9QuvcI+KcB7BPmGN1LDxiL2db82noIh4Z2y5/bR5u3ly1BaGNntSirda4J53C4FganQOmc/tleTyfUFl8MIyc/fxO591yorNQf0Ls5zDNTC9K4zbFEsEeflvskz3CVdiRdrHlMElRGwNpFY7WvCeOK7DCr6ATnRfBrXxC78YmhBl8bIs2T0BZvDR35rjcB3Qd7lM2J/QKwZLj03FwrFr29GvCDVkaZ+djn+wn1EYpKc2tJXJvLsF7kn2a257YnDNAUVi3I14ng3YJzjdyErzw7O8vGbP4huBR2FnKz5GlWftkpylCIz3U3aY8NR77Z20/PyBP3e5PxWz/AJWQE9sRK+gYSsqIebxZ7Kmrcab6hAZSBbapM1XMz3qvimV2rCDltcmyxc8rGD3/90dHo4+Zq7hn00L/qUhHyxoejak4wrUc5gJK4YBsMYZ6rPkkTPeG4Dr6exk/5Uydk5rY/f2ejPNmyfh6vt5PpTG+Sa3fG5PEdthb8iJd34pPUHWsh7Y3RJ8QS5rPVj/qI7nD24Z5tXiWBtEkyZ27VZ0to79P+aInvle3dwr3w726Cttc5kdu1qzHb+wZxDNvQuNh3VzV4DzR+k7G9rVux2SMxXtoG/IkU1vNJL7JbL6We/Wj+lH9mL7CnS/Ub4H+s9ZyRzyu03hC+e5SxbSwMa1TafD9lcAh7hlO5NfyGI2VzACFo1shmRdm+Rp93TQsPdFo7v81xhabr1zOgpXPVFxVJ1exkjvu162iTMlsm8tnSh5bJ1Myc0+cJbmzrPE3ZUf2wHPMNtTZLpfl7Gt1T3Pb7eatv2RotZmTWUZrbuzzWp+/f3kTRg++L66hvcvLLuM9zTlC/etNY6p007k9yFzKHb7dezPD+Yjo8nthLl7WyW//tBx7mmpY7/A4ZvkGfd3phnmMTopL8X8D6SPJnHmc4TzysxrzSDhvZxWOC7NmtpVyn1ArehEfUDNVjJboLV+4V9s3bVQr+oC4ZLHku7JzUYzT4zrcZW9KdoRRYMsQ52yabsZKVjoe3a9CT5Y0fU4LZF2ug8ELys5pVIIpyxXy1bbCBd+rOcfgSswxHUSnsoLiKHfOcTUKazyDx3C1ShaUn71d+Y1ixb5Xj0fbbDU8xVkhCAcQW2MMvmzOtCrut8tytno+x70CvsWrsYc/K8ysx7uK23uQ5vv5WZ+Pr9hPyZ8lI+L7p7f4UnGvoozjvCvnu/b9ENxA+TXujDt8y53l13SqucPP/4pKcp/YGsY9WNQkJb6f9g3zWq7M4ghotM6WSm6lujuEa7fPVmOs14nGYjzKs9XyrDtaotzZsbwWTUBXyR7Bd28cdyl7dx6QXdIkjnmY5cudgr1djUPcseHo++TaaQ+m28fHDJ5qMjbMnD3L5/M93y/FPAwyGicb1hnYp8fgZ3I6J7saz+i/6Oe0wXLJpHGIO9PkKUO+px/QSpmrDlnWJ93h23xXdpfVpTDc6+d1ImzBjpzX32CNsV+IzlE048wjR21wH/Pf/6Z+crs3Y5RkUeZaEZd0u3i+fEz2K7eZwtX+gDiDmcZME42Dz305oqc7G4+WmCabS5y9cmk7v9yKHK8T+dzaE2m/yrtghhqhWJdp+fg2fgLx0jQaZrYfP5dlWtkvxr4CdtztUXfkd5jXmGfCSsz3+a+mof8s55ouEV1alOeXMFgRrmxis6iMjdkMxgg0DjSWRv8suLIJc48fJnjWubVueF6Xyl/VknV+Qrjb8vJMTT235ipE9W3Wo6rcvWOx3tk32K5VQkpFO5+/xfvstXAv7PwLWrjcUeCeck749Y5tr/CbnMeIxzgff8e83HceUKvL7YxkPUbSz0f3SH7LsN8ahxL/Ox//cEsy0R7lspfoBxWJJfk+0xIdMdW5QHb1XOWF/Et/kWb5zUIVeVVa2e4Wx1LKrqE0dBC05GebkpPs5hhu/Yoche0re6tC+KErcufnEdoVmjpb2mL6XF9r/Dzfnsn9rYSCch935RtDMJOepmHUOLMHiHToOdnUT4W+pjXSqtW3BaLribLm2Hlpj7Rku2cvgf0lW8inOi3eAv/UadEDFYkOrG4MVlq0dDb2Kh931cJn/w7WClWHOsVfksHhbo1EMTHXOEr0dRpL8LkpFe3RATA4TD9IGpcmTtDsXVojnKflTtvnMo29BaU12oOzSyaQKWNOy97dB2TZk8GTXjWiSbRS9jjr/hLio7oPPtcGlXpfKXOM6O0s/f8zFerv9kVLfxVnngt7zr1muYBb+tjRaI1WZQeEFJKfc0/KMwejsCdNMk/TowXxMMzXWP+7VtrgMqoGa2orKIWSmEFcJNlRJl3ATS0wthb7+XJMWArdQw8RXtFO6gs9FT8tS+Aw5ZgHtcHHOv92FB6iL/QyE+22CrIaDp5Bnr/56J6YIMht7OfBkkAi1Gayhy6f59ZOxItViLcp+53eq48iS51+aQY3jJPBJM4wFfo/dkSWhtDvm3C9XkFljnKWS/7hFcT5cE4NeAb2SqwSOYSl+UawviZR6UnE+UhH5d5xa53kmfWp59/lmO8Q3lEpfBTyjSkMaGEjUXamXSv+X9bss3fdgBbfRRu/MDGgxZX+jrr4AS1YFz+ghdXFz6GoZhvYGqzznS3edr7EAnxikhjQogZ7OQdm4xjQ4gH2IyqbigEtDswaHJTluVqYmI9X1J4u9/qzXPaXNtiXfa9oxwwtY71OapJ47rVUgq1JUa4S/vpW93THyg+RNFCNE+RNG8VZT5TkkZy0XbYWW9/mbOEe5bPH8K989hiuw55Z3MJybT3md25/GNCiuZ6GNmB7A89Oob1hQIstbtem/57Fwbbx47Q5+FiUSGOtXuJORA2K1EHK5qu0M2r/z9qGMrPYqy3ah+z+iWMGzRLaxe+1lJ7ms/yQn0Oe2RQOzv6qKc+u9bw8WCya9tx1zO4+d//t585H3ZPnY/fZ+/fP3oAW9Z+8Ns4AXSG2rYbND8mer6rwiN4jrnFo9rAsr4t9X4VGDs9lp6z1u14k2qxf63H6QyyPNTUVsG2WmBHu61SDmU2amc44PFsBqx1agTnKxilFfEmnLGdjqgg5ZyvZ25gdvv0jb86u4h9Zkst1aET7b6NcJpLF9eBSjXORBmzTzGKqrtkur2uGotiPG0Wjypx6KozAZB5ivvuFLkcJztRxvOByXS35r603ehzvxgvbzb/bT21OTpacyDYuh6Wy4aHs0xF/j1eZs2GzW13tbk5yTNDnThprk0xtLkpw9MlsbfCBy/WKA4PDRR5uGDQKLIc0BZbv6Sp9X5ycrg1u0E1hfQVTgV2JLuLjUiWxf8XEukqry7/R6YDNyXjONmBjaJfqNJ7WnPvQ5naeobvicPl+Cq8l06FkdJu+XbM95w59p/5rkunJjq1tE30ia0btKOxYGwcaJYFBk6A0MNgj4LGyfpVju3k9z0YU2fSimaMGUQ22ikS7Mq5ldthC+HfzF3xaFI29WHi2dtQtXo7D1RSJNLX+4h2xxJ2Jx5KfKC1a3HJ00IPoFm885ic3Ko4BHql2Ni+8L+eJz+iUMCojhskSvxnprHlmdRjXxSvEdc6jSvU73Nrcrk8vlcYHyuBG6iae7b+jg9QEMriGqnEVxoR6nPxe7IKrnMkiO19FhatfWHODWq7t91ahpUTJTBDt/qecXTCpJSPrdZRv4/Cvb7CyoGnQLEgHWnyrN6hat3nQIigPWgblaBUwDboot0YGmSCNbHBDQRu89nsG7ZyUeKdzTM4GNZeKdQp7BfYbvIp7BRyZEdXaI0hhmVON1kEKs3RXGf9szXcSj6hQp1uR8wcYIDqO2Xp/o/GBO9N/3uF9nRJd8RTx0tw7aAodnxKemtmJfWRMh7lV2DfYz91PdlNXWZEb1aeqCh8mDfYPeA9XoU3As3ZAUI62wZ9ivLNXJy0HUetXoWHQVfLSj0e74Gx0ctmSv4Q+ThLaB1XSZofgwOCg4OCgY2BwSFCFQ3da47CwxgO0KNkBnYLDgyOCIwODwKkIuuLcJOGo4OjgoMCgc8CzV4VZmme5Cv9QbEfIS31HGx5ne2WjBruCrfxVmF5k0CXoYvLlONroRie/Y/ojiqGK4qd4njeo7hiFjf6S5Pb5sO2O4vdb1BOA0I1ugi0S1V1WVIVVzh3OxbhIzsFFGIGuQTqkZoRzw1OxVp6z1DwZBkuoKWrwk8DgpwH/HgEdbxIUniI+lbWhPnuutrrV+XgAnehsySnd3NHYh/jfh/U8XYOPycbOR1rZ/Jf4ZlsTPuV2moS94x7wdw8HYZbWODaw2mOu1xTdgr0Cg7MTg8LTHZ3n6D3vzBr8QRt0D44Tu+PtSKNHoLHM7Zn7wr8kC+bRxlLKctmjvBfPc2sVS7ZjUTfa0jUrlYE2CdxNR6KNyLZjJXLgaDI4imwUSzwXQdAb61Qfud8iGZjj26OcjPkbJ49PltdPPuDmsQBYL1kh65pCpEkuwVOYoyxWAs9qQqw2G5WloZWBRvSuBK1E4q4MSHJZDkKjgPluyfGe5DjBq8UPv1b1CtoTxK7YOzheKMy/TDVieqwzMRcdHMcExTffi04Wkxz7rJW6UbfB8jhhQRHv+HvoRWd2GMvMvMVXEuWvcXG4B5qGfbK9jN40CqxOeGe61Lecp5O2BFuLbpd1r8X1KMH40E4VzU/HsCbP9Eoo86Jhnf8oLJHIZo7YbogL63CYNnsu32BvqxfNTQ7zwRaXZxnNk9jPibJuWjRVzEXd5NiMpCY3qoFUSB2tJ6b1nWA7zbPJTfoyf4OOh+d3lXbCPds/14qNj7uKoxidBEYL98f3nDaFUaEpDHUKPUaicXO0VjVOdvLZUSvCFq2Vjnv0qlqtSrEF1ThdU8gJkUQypLHHTnr1AfWvM07bJvdwvlqgnlGFveSeVeV61gb9v7F3nsx3VYgkF+1UvtPZD421U9eqFLa5zyXbyPuzhM+bWJDVNMpF8JHUGo5KtEEC3WSsls5u1Bc7XHubm0DvuM21zl/dI14Co21d5hy+qe7mZH11bS8mhbtmczgvP6kHcYn3EJ+wtQ5bulyXfacM1sSfSZXTZTGDY9SzqUNMCreYdGiR6IgH1NmowWSkoeND3PdjNsJ+VI7brb+NxrB2SeWyNMZPIlrEbXOb3MtoRWzf2G97Cg2kKNfzEdlLcQoZ+fdU4eBblXUwR2bbQWOanin8Mr8/VRAjfqlSOCK7t0mIX0wVTpH4Tyd9KVtSXLZrVWQJl6vLEzyTncvSmBv/rKwGR2WZJh4t+t7l1Ce3koU7jfkx5porA16TBVSFpnGmJxMlu7PdO3ZHc+xePLzVpqO9rAzbtCfLmM5NcPzwnDCmnP2W/6ZXIUursF54m1Xhc/67Gxxf6wvJoLviPLZV2JCc63rxCfR+Mo4P8SG6q3LBDGHNA+/BR0X33BHtaXIYOcvZA7n+DZQSvTn3i781M4ypvgcbdQobNOuA2WLTTiScyOqwgGqxQfPu5zNq/dMNemJWboQDJFc4r935KuLceA9XoXf8LTeVk7TKZe/yKJYnr3ajG9LOwPNJ9mrsknuSQu94P/EhszucqfDLMd617Wmt0xgPUnUBj7s5abDN5Rs+ZmrRO75JPe5yRuHecc6qva+5ViiALfXbxJ2Oxe/pRH0DLZ4Ea519KOmU4AuxfvUNeGQdpV5emuGdOpDYRpfvWSSpfCh9WesM1YdhHjHi2UQaiYjrsSexX2AwQ5EyeFkn5BSckzB4SdeEq91NNES8niwBpEUDPjI3d4yW9IkqxKGsWyffzwFYp9/RFegTlGMt9jRWwuH7qcRdoytVAm9rg3d0T7yr2QO9yKRCBJ2BYalarNGssfgJRegpY0MNd8V3aJvlie/W9iqMxE9kv45FsdWsgL3NB1ExVuN5LI+VyNnkHXG+0vxM7+zrLEWslZ6mCvCBuFx7PKyNrFcr0fZ1Ewn1RMko/6Z+S1fjhGCt7ok+wWKvGm/pNjvpbfUu9JERVVaji1uOw9wIk8V6sqzGcqoRewJTmUF16Mxg1OAsJ0KZKqQ5o9A/qAoYZ+pNYsvrgSjH7Tryz+Jc1k5A4d4Yg5+SwYGG7aZ8Vni9+Oz9POBVS8hM86xEdDfK4B3xMo2C10J8U9ZlUKCCe4Rv5K/W/Qrbgnlsm9Sziu1aJDuYz0dkj10uPphZYt9J9hzke/ge/IQYdaRPna9H314p2Acf6z0kt9YCWo1NXheXREPHFO8wtxs+0vaWZk3dXNUSH2sjmjm2FW6Rd0+gmeyJ1SEPvodYDj9L5PV2B3jbRxrb2OO8RTGKOq7fmlhbx5oYJ48a0eLwvmYqYS1G1v88QqPpL9o8xqyJ72Dvi3zNC9Fouooerxt2tP7tTZZnsvvyfWxSjI4ynD23TLRjI77kIGUl/wnYouyOahPGx1fgQWKtxQTMw+v0iNMYtWHpfZ1ynOFy7PtavE6c/ekFOM4yvUZpKLNJVVMih+Fh+Y95IU6M5Vi/0MU7SA5WXrjE4bL5k/mYZ/UYr4Kzm7PfARkSPtFi5liKzzLCK0nua/MYYamx88RaEj6PPD+M2tFPOJJGdbQiGjYS8nQZ0Z1Ko9JdQI84LLfMo0topuDy1L3tmYfjff2RnLCTnapQ09dVOOEblR1pSThWys1m3bb4JtyxjS7f2kpdRBRri7UWyKnCee3cIlshdvNy58DwtJDELuSxVPj7MRNhqfDzIkfjN9QSv4fJfdNi7RYZjZZ4zCQNCSfAnhOlht/xGdR4IcbfuFDsxe8nGOvFlpBeU/0W4ePxhbYe4zuzB3cLecupYjnfrIaJdf5xkQvXCB+/PZKgH2c8UoutpkONayNBfLGIjwMCKzmPdZ6Ln5tIYaBI3ScGZ4h2jr0fWa/EuqsSLNIe/SLw3JOCFAYFZ1AaJwcpPKl640hKY6niv5sEGqWB/c3fyJjeOINKsKfr0eDglGBI0En8ifjbb9L2Nmbe43kbcy+R+carYUKRL1SMyXUkDRMtmKWZqySWIyUep9YOzVJ8ZIGObqRaWOuzpdk2SjvCgRklGgOWiSqEQo4Nrdl9fR97uWwZe0FKrneKwetln/fztegNDZY5vai/z3cu+7T56OuzBc2I7Ys9ga9WN9SjSVjv9PNZl9CLqlDlsy6BEc8rRBfwM//n/kXCv/waF4d47Cx7r4ZCX/8UQT5gvLQTYM9+P3+MtKjlr0rxyeLYOUa4Geif6DP65L30C/8vdErRkKJTi4YWDSs6rej0ojOKDov112cWnVVkxzQex5jy7b4w1KtBL7I8QS86ybfYWnzDM1dq8Hasr890ZgimuxqDfD43KSnDGqi7VAkaYynudHqRRU0foUSDAdYYnuwP9nldY5q1Fn39fn4xrkNfn2v2ojyiWj8/f4dZP5cavIk0Jii+C+Phe40mSKDYN+IVE8U9JcK4p+rwzujrM41kr06OIxqLfr49T3vKNy3FZE+dvj7XZauUtUkZHJBDROusyDWy3nbsHNtZaE+a7toV3qSOpS40HFW4Tz1m8qhlka5qvRPhpH/0Nff+oErjFP9w32CIf6p/veId1otsOettZNFx+vmMqPgM5hDz5x9jqJ+3kLKdLB2Og8dXg31UmY762otuRv2WlPVO5+yR6OD3xHqH/+OT38lPogvm0DHZziXHZLtkj8l2zZ6Ay0yNu0QNK+oriIKds3cVWSvO7TnkHq7JsWtfsQ5GWX1fJz/S990Fj0a7DRTHQszwf5ItR7uExmj3o8RPs8lcXPJC8eLnUQ8V/KIL0JHmSGTcsVnbs3LysTLEKfpt+IUOmj01j4TV9/CzcnwFg8PVezSQbvE4PrmnnJNkaI9mRMGWOVvpVsEqXO9MhY1K4Pn9RG3FENegW5Z90zv4Q9yVNFXizn4W6+bXYGPYh5jgPPFYO/h95BabQwYPuWn5Kyn7qtYPsDZm7c+ds3uTxmkNPUFTaolb4h7tK0+4/VLV09e4zVkFq6OYRxdIbPF0RcRfqA+5YXv8mEQ9mA0HeGnB4PlYtKe35zBYOmd3RF5hfePTtJfYZu0Z2DkWi8XF7+paT03un0EbwWIpD3/zTkmhu1gej8u6NEE9YNiDYLg7QZ3m98jyPPRp0R9K4p0s8tORYXR6f7Q1jAl0JZKYipdFLthXpXCuY/fESThaJ8Wqa30xn3AGhxiOzFNNFezPHsRPPqEK8X5va2w8FbdJUpPbzEpkq8Wxa2uqw3/5ywPc9+I9swY1yn7nVXqONqjOOoq48uXmLQ8jHq3tsLMuxAPjr2t5f5U3j5hbZn+txtSDKuktVGbtl9laEtNMf20v0njE2N6T9OQVVYp2ZFFbLX4s48bGdKWqQnPdXL2Bc9RZagHieIxs5GgFlrijsMY5PtTce4IJ9VdVIv162WetS+d4HL2yvbPMwzJ+zyqZcdaiGZA5hI5UhygufbPzsDPbSUOX9sfx2RSO0iXorkvEn/Q4sZ+/r+yeTEjmXx6ztfnlkSb3RQ9tZ9yENlHeu2mZiWh/9Mm6dEL2ZnNr0bZtdo/0zZ7m98v2y57mF0mt4yT2se5eYWrAHpXriPdB/6xHU3FZk/WO9TT7B1l9A5ew2FjnOmtxrjMepe5C1QfVQhcuAKNHVWCtu849CUeqaFdV6CocpfuD46sMqrLr3H3VFlyJDXX2QSL0O7W7IVrNNuqbdkItbdsW7bFursHPfPvNpohpizLDvz6gcjytueTPsv2ldzwO/p3A29RUW/+ZagxSpehE3T1bhr1K4oJAk9WzHfts3dfUi/EQuzY9Pj5VLPyM5jNA91QPltkSUT86yo7kFt4qqHG1d43XP4xcZByjbq7Gz3zuP88N98jO9wB3YhN+xj7Z/LStsf21ezjC1PF3cR8fSnbW7lKf0N4Oo+tNldlfpYfkooSLMQ19chj8LPUcp48WlJdfiT1z27bh7jF6hFuBIzT/fa57qcseExW4zG3t8ZOfZ/n3XK+1Z5D/PUK/gDdNa+9N6kRQNzs8l+zpbFseFcbhvh3yrhZBijUS+6pt27aggdsfR8SjE7ZtW62cLp6J+s4Xt114vurW3SJU6k0qxRqx/jxBO9aIx3gNv522tExEtIVn9nVBONyRjs4LKeg3l2Jfao6M45mPK45hrMCx2tLbdW43bXFrG9E3UQuDDeHZ4NP1TRSjTwHF+AqXupe5FSEvwxGfv3EZVWI/xVLa5Tlfkvwb9juokWzNleqK0PO0W1iWkdbZonuZIALxL+Zzr3R5Zdkqb0v9Vri8q9wJZH1m2NvgWhofImOOzyFjVmNCgX/DfwYd02pCuV/WGm3xPG9WES7wNZgSji06Y9cXcAi+nJsbxN/vd+5ENVjZ0uzdwjFzE9yJrgHro6ukpXzNa1xGJJjksu/e710SO961btfwWxaLvj2sHMStTpSzmRL8zCliybeZiaxvicF1rpVxO2CC+CoxVbjenaNY8rE96lqnvbz8YX1wuoqfEMuPU91p7g3ujRITeD16ShTmSNUhh5Bf6HFiWx+FEYqRp/d1DnTafM1D3eRmXIOb3RrMEantNBVZ4bn8dHeGG/WI22sqvN4JiMowPpil29U5FO/pEs13izvTJUGOtwgEXRHtMrZK5NfvModwqxt5nvH7wl00050s3kdpnOfe5hoknDW4XWaPNajt6A43v0pr4NF57p3uXS6v87U0y9W4273HneWy/ftel/dr9J1uOY39fa7GH2UVOZffGrtKapLD+zLtRPpa7leJRF3McF05Gd1k9NEobLtNXH7P2qctqkb0D/e7rSQ2vmsu38COsvFMuNQwFwn0gPszsbMzxhzLyW1DG/ugUDJO42KRky/CbNdiZvA61Iao6tGOiXD/v/vXFosFv1ysGuPky1cKsrwK81P9FleLbN5L7PqtnVrJysCovGsFc36OW4NauOJz8Cf3NacG8zDDHSPZEmpEQrC/k6GNeBDVyu9WaqbL9H6uOw6vOjbjYiFas8W0tEjNVic3Ize3xUJjHnYZo/lOwbZ8nQo1aHHZnYwYHeFB1+JVpxjz3Edcvt0HCfpI3vfK7mLre2BvEsavy89uY4lLYG9+9hDm2+8txVzwl3VayOMT6BD9PYGvMFEx3vsX2ILXFLfyqJvCRKXrIM9PqYM8HwuRRD+Gxoc57Pkp4bdOpbViN2ce+zGRgyyPwLW1WBC7YhIxCi5LdtaS0I7eAM9T/gvWJyDKk8Bfme/e7NSiEkPcb/pCOdhedqayeC8L3Jud6EvrQquFLcfrxH02uAGr0Fi86uwbA67za0ySc8ZPVn3Nx//ZrRWJfgsOcx53oyhq7s14xLHQZbuwjX9zc/4ElzqM8st9v9nJj2yRa2xuANei/m4NKSivIevJuDxbv+JuCTjCuLCt3rjFYQ6ZV38+pmOzMqFeOn/L2vxoI4UOxkXXw9+2dLix2O3sTWxXazWedK2E/1SoFVnsprHEXUD9MUMNdVcjgRku085CutkfluKx/qTPduc5EL0oa8ovCHXpT2MpMnjKNaFHNO+lT1SFYOVyFNZSN8m569xaLHEfyfF1kb4lhWfwEB6RHBYG2nkIkS61HZ2mmTqwVp3Rj613gfWYiLx6blPROlnUxQU524cBW22sveZ811ItpkXnu+1oiZvXfgXYQ8ZSN9Irj/Fj3z3j7phdII/9epSTwrNuGvs7RrA3+VtHuQk857It29oWb1YhbRBfaqsZ2HkOgfw4mLde7mo8765wV7r5UWWQgEuRXScuft27lpFsR41C1wLeY1fzDtg8Hi7taBt6wWV+c7NqRC+6djYiCsf7gb3ur4LGR1SFBogLdtNatQ2rXKsXWai0eJO9LbjHbCEqxwtuLRaKLqLWHUge8Vm5X7Fv+kjMUi+5o8J7lmkiyzHWh4Pl0JfdV1yNV11e+dWSs60R/ZpqBHXhNbeSeATWR3ckXnD5NEV9t9EaVt7UYC2zj13DQOuNv8U1tqCn3og2yrgRXV7x78ZsZL89ZoPXYWA2H7lxYnZgvehlAwS9bEC96GUDswOybJm+OvZx+Jsxlhgx41axlQzMDncHSLuF0QsDsxoP/5u44AOzP8bIhV9kl8dYqh3uniQS6/LYEbp1GGG3lRIiM3GWCr5Rec99TCUodftq3skXSJ7IkXhduKpULi9S79Bf3Q8lvv5oEDtJ1jov96VC75py0RIksJyKQiz8gRSTkmy/YbS+N4QiXik6jc/o7BCny75nTRw/qyj4642CvnTAZmU5vogj8UVHw7/n+yRIwslcXban19fiFutVR9V4C9trbFKhxqZN7jnPFluZL/fj+JjmkUX9OFlqrCnaiqu8cfEk+jmVoZ9E43Bm2OeSn/bG57EHjNVt5vuw44iuzPUwmpFoHsfVWY1xudWoxnx/nCAOdUOozQwlbr7dX8MTjkUa97E8NoUSWB4rEi8ObvNQ52461GFMq/P8QVmNB8sixIUR2OIc6nSJHaMOCE7OHuIPzp6SNRiSPTXLt6kOyuldFAsalm1peexgpcSHd2h2mbN/erE/Auf5y5wRyDQ3WOYvc5BYp5Y5BivNYr+w5ofK6mvSeNdnvHSLzfKuz7Gp9jbmv8aGo7UYMrwazNmsVB9TS4kVj55Y3cts16CXSgjX8TqRRMca7KFTkqXpSjd6FtViLyOOth6HeGyV6JUTSDg9hJP2cTwZwcTmmFjmnEcWzH6j8CT9RGtinxxHz1XsXd2DbCl+Hhf7NVN7fg/DeRj2FRz2J4v4XrR5jJYkE7l9NiB2pLL7x6Jz8Cj4v09oWPZ0h3vYUG1U1tvAZpt5k6wGaEr8Qw/mZmdjGWuBvnQqsTo8zT93NW2vc0ntROfC/imjkL+pEzlkv+gc8F38qUqHa5LXv+ynrJdQKvSFb+bY/ln0cf4/v58r+ESWAlnMJFua43r4Kc9TsWisJtAsNSrNNwt/geMb+ouXZa1TioNVNSbgWnpPdCwpXEvp7fQtyxzWsbBu5BmnlD15Hfa247gO1roQWqMdTSONxqYG56ctH3OtRHdYjQzP23hwzUhainYh91JhMo5UjN5o1+oQdaayO+4X2cu9U6iQAvPv3TR4Nw3eVarG+yXCeI9osj0Vecpp6U13/NF7HgObO4mD1NmqBHPjHHs1NqnR03sem3Ba9rTs6dmzipzEAXHm1J7EGdlM7MyshwPil3hxnJW1PhWn0Ubzy2wancvOznZ0/k4jytgf9Jzs8Czjtl+cPjbNv9vrUTg3OyKbxMjsedmBza/1zivZTYF3U+AfGwX+b/LV+WVRdfZX2d0eO//tHjvD/NP8CvHV6etf5g7z+/qMLGpzQ20qOAVcbph/t+qAa2L70On+Gf6Z/jYP/ln+L3d6LnY8FXzetj8Z/E3bk+h0sOZ8188Ht7njCUmF7RbL3t6+jN3dw2Tf8bvtd96wb9l5w77DzuP26+69YTvZexHXUP/u29/pzBmG3Cg/znfdffmdx7lKNF6WHHhn+3kkr6FuGp96p+YyJO7afh22k/06LNyvD+Hb9ytrkidpu2ZFfoRucI5/ml/kt/Zs/lrLcbBV0qNqjHb/5hbucuFBv2GfD8/t8kVlhbT9ZzqOHuY8vzq3t3/lj/LP90f7F/hj/Av94fXubm6lvv1dH9Uf/j2p/qKyHXf18BzdH74D3X/ZDPTzo+EIyAsRUfa6bdnd/2u/HG+ZdK7NXjQfvTVr57ZinJ/CJT7XKxara+G4ynM12OuZ/eG4HK/Re4Y537E+r0YPjItd6l/mPyeI0TX+eP+JMi7PiCRZdPU4avhg969UWONyf7h7hV/jXymlv/nuWVT2Q90+i8qGh/fPorLt6cDwb6EDw7/TDbSorC4dGL7TO2hR2a7dQnYW/j1KkMIXnsWzToccfZRt+AvP5qG10Ra1kovpC2/PELm0AAFQ8h2dSr/1xyCiHWwzecBPoixE4eeV4/5WI6EG4EDnPlWNVmqjv054wKfoaWKfrT1V3TYzSIendaDkoFkVOxR9xPeE/dnfdd5WjqOxRkVnbdco1vCdUKzh3+mGHR7jvfuYc5Xf2pnishW28M5dVPZN1Ogx53c5ejTBr1SXmhT6pXfMW8l05YYCPP76cldGOSs59rLUrcb2+Swn+jeE+KUcq3i1f40/6Wvu5Xe+1bGXY6Q2+L3T1VBoTWMt+8Uq4XAudVu6CUolWrgs9HJsitI6Wu5Is21LR1rtfH4HI5LIfuINUqjFLvQEPVgsAYfgwFBiyeflY5nl8FBrnULrFO8Tzlv5nCBKcb5VO1sVgv5mceD43ieUlv1/7L15gBTVtT9+7q1bt6u7ZnCgGUewYYBqN4KAJkjUTBIlT4wQQWDiEsFgYtTEZZgAIs+dURFFEWEAIyjGlcSgRKMIiRtRTKKCjGtEA8aVxSgqaAR/fs6p29U9Mywa817e78sfSk931a1bdz33nM/5fFYpIPl8xlWl6Wp/Qoz9yTJ/ejvWNkA2MtTmJnOM9bsxnuJWbw+vnmZwLtlqSrKYk+c38dnoUXrAKs4uScf6ffOUX2hJzHuMltfoY+X8Aj5tMDn6BqVpuLpdyWl0PEfZ2oH1h44tZKejvPZxhMfn2KBEp86KRzn4ikdZ9yxLaert11M3Ux5j4oDweHVXp3kND4IX64Hg14PiiDtySNbHeI+blKIjWYndp3K/kvZgbqhL7KXWaQGu5nImUiOJ6hzKQ5QWM0YQNR/oHvwLInp9yiR3HtlbjdTIGXYnIW/HCzmHVyyztcqV1kB7xPHDxAq8KdbVLa6H4qfOU9Xgqo0tJ2RVvaH28dwZFRwrKs5dGsdthPsF1T2HztDKc+3m/tpCSVmCRDhQIe8fUXwZX6LL5/xPVTEyQe5voB7sv3lfZamzP4euj7VKsrQ6njONfF5/V23RWdZE6Unf0z518v4Zt8RK+mUQFJXeGOeYuPJnUinjgFMztkU1V3RjupvxaYLGmPuphQaPsGXeypHFYwy+Hx11932OvCUjprScA1Vvf61ajWzqWF34TFX63q7VcGXy7j7XqfT9e/st3xtlzdE1cVl11NsXJO7BmRQz9ria9ParqcrgWYJ2VV6WNjNyHs87nqCeHtIbYXesedp9j1LgK4KiwQouBbh3YTPBTuOXjKZpsa8Q193C/X16cIr+VlEEuxtfv1lZ1vN1KxzWtGTe/Nnum5HYXJ9m8WnszdBNaB5BdnmMY6I863OPMS9QF/o0nlcy4pzCazn/ItF7oMXwuW9ZaZRRlAZl9Uv0CE8v2xRgN/xd2wlUX3Zuro3ZuYruXEV3rqI7V9Gdq+iOr6If7jY2wil7WjgOZ2QLdZsuIfRyM3RW5NO4KEdnR/uksjQ+eijcN52j/46aysZGY2P8yBQ1lhUe8evYqILm60oakblX4fM3uKZYI/sFjwSnmx50hsF9sm528t8xyIL7hxkcI3GE/2QN7eO9oGH7T9YOewOE4Bpea4EEDDnONTbCLBxuoOIxgiRqgXw2/PaxEvzNA1RPZ+qxEWIUhsZGjs1oIL2mHZPKFnO5ztI8BZxnjuYxk9eHXoaaaJ5aq5SRsTY2Ki0RJc0mia4dymNP3lPeXthrPuXefl0Jt/jYaAajbe7iCMcu/vS0pQofdwGhPDbaxR/LWofXeIugfMSaW4FCJDTQz+y6odPuu5zD+T9nht31UN+oqTSXrlD1dJ6VeFCWLrC5z1beC61RRzHj3d1G+D6m0MPUSIuZ18bw+zUSODzrqUwZdZEF/+nU+ErLyMTie31ev+fSJLCp2dmmwY4yK2lGAH7FGcEkfVpK1ukN5kVG9I8y32MeuYvtGXoqc6vKXoNsGrTTRIu5NbUQZRHlAHxXHeeqDGSGon1TtTTJfqzB3lfLPBWXcU0t16KcoLEq49iteZfbGprKSK0rbCMBCY413tJkixF6X2BpQpCjEwpvGtIKr5HWKpRaQXtoeCIWBjked+D1Lb3/78wJNdJM9uRu3BvSR2qkqac5novTJr9dafF5Kr9RjnIqTVOY7WOE3/I9K+OWHq72VlnaR8GncX8wuJCD/bKHOv63JxbKFM4NnBrnBnEGqZ4S5y8omsG7SZU/g+Z4TV5IV+rB+hI1WU/UQJ5do97XPh3JkaczWBcG+DWUtzj4fTBQJa3j++/TX/yZXHYuzhgcFdectcqgVh5YeiCApZClUerBwNLQ4KEAlsCpWhS+31XTbMIHWBvnYIznDPsrVXms3Z6wgtXSAeao+K+HA3B8LLQZaq+uUsNoCqO8h6urVUWcT1JRiK4hFlacS1JLO5pLMkZvLZckySSZbjH//tAV42QK1RP+upE9nL9RUExJMQPFWOYYTmYqPo0j3LWIrBmJSHiht9CKNdRoZeQPiWeA48+DLzVR+MAeCzsR3qwL2JcynAydV4Tplx6TeSH4c8cCU0uYQUCqXkp/Zva5C8ly6+F5CVrfp8vIpItLWqbu0rIDCX/G+VRB86ihwMNSerXPGhshfdV2Y86FiK806WoPdTlKzbZGDSlkE3yRd2xkLmAgPuWJJxD8mQfptCrnbJZKktVhe+9tlNQdq+SOv2ly9fbedCU9oGfY1zgDHLUersDNZjl3AZmjDc1WLfFKLqPZVuYWRj/eRM4WpWx8pfMD1jDmh1/C0lfKy3cVqymnWuHkC+On1dMt1lKTD86Io4o4ZDbTeHo7RstAi3m9fkrt7mWZK2IEs8XdZufa662sHiHNU83fdA2z3M2MM3+nldinjwT70Wkp2Ulgiyna1QyjybwqHUUzYz4/jFFkJaCURwK5GvYB1hZkEiwJzk79MTid9+4Z9GjwWDATvjlV7i0Nlvr4pTZmBMdeN08J6xosvSbazKcq4L8fD+rJtf3bamasmiFPq6A/BU5X1V2/PEjsQ7EX9k9JW4M7rM5M5X0esx/cxJNMJW2plt8lL2C/uOwM36/iVkI+aJ3BXeL1n6ekFeZ78rTTzbnRedFJ6XOiX9rXDXZ6yRKp4tHi2lwREMsjTXsfkQC0KHzF9XwNYykYNfKqciPmn3SDV89Pq6AHqUZbesj24HktuGDpgY7krCXZp2sL2rtjOAIxkD2e6DlLR/izmBl6GP05yNJVnmXEg6x6N1vM778EaM0LOF/zCtrggR8af+/H6n7Iuy9TNaHltaWXescOLmGihC1YHj9/JT0RtFfD1ZNBlo7gnjhbIfJ5hKqmG+0+pp5ZHNfpf6pdjaI6zhjaXzXRBu90BVxNHbdyZTye59ph1I2CFPIg2quRsf95GPPFLgt86sbsWaRxdl0ejFLIHbP0dDCPfkWKPqFV9JbeoOVN6+kjtcHDeOsXGLUiWMHPgh79a/QTPZgzeKCEc426lFl8Zb0Zp+upKcCb9tA4VYraGOpymx3qCUKszM9ye8NugF020uQKvYF2Qn/MYmQIvtvTQz9gLh8dM92jDZ7whV91nhpXyF9ZoCrZPlTxnaIUCQUlRfulmviZOEngt5HmuQBZ4hOCW+ITsPt9/5SwI7+uv5oaafb0ammABh/Y11KK+qQyzLY7kIozCVQhl+BTWqWRR4AsAhWzaG+OV0NZh3CiK84gGF3I0MO4tJxTgfpAhfRWu2+8nifl3kIV1NvDmfeHnGXVNs4yKKw0vlFJloErFXuOi1IlZQEtNIluZw/LGfoNJb4DsXfP0NM4iyFLZ6oc65XdZnHCm60zhbmIfpCzCDK7krVfxk9Fs/M8ctsw638B7TcP8+ZXNksP6ByP22ys9vyMfoZK5yNmo6XnAzcj3UiQpzguEFyZi5UURHmwjkbRcAW7ZSw9z9kHNbHfo4GqCUivYtaoes7qycQlIfZ0I5gttaWTmL1qXMz3K+/Yo4ipNuHLlHsHsz6jzPbiXhwL29hIPRoKfTiaJjTr+8/foxgh0pdSD/TlZE9aRzI9ZLYJR2Xz3A7feyH4OOYjfTe2OibQPD6pwC5peUoRawbXoQYfeb4nHNST4pH7lpJRI2/6K5uJ+wrZPg8pzLsXA0tvWZmffw0ynO8l/r9iW1piif10sdWZ3C3ztpbvK9UjONpCB22M/rgsG19bT3uoYdSD/lmm4uyt9by2f4tX3CkU6BrVRK/zCf2Zwoola+rN1peRSbD1VwZurXLeDeglyFNcCS8HrwSZmH330dTfAhV7bSb5M7hHbjQBl694h83Qwwoz2SkE6/hNq5lRZ55H7B/sQbKviu5a85Z8LX575++V3VTGyuE03STrLVarI3yUj/JgF8mzHgCPO63XD9AiW8rqix2/Jv5NtIZ70CpWiQziE8IithPllOhOGW0Kn1ovz/3askSxIDJ0mslRSg+gsTSTnArLQgtFFnnm59FoWWyhXoor/71qLaiZ02rB59aVWrboT3VFzF3m0572JbXUSh6oWJ+aamO2IbTH8BjtfTwJ2ryrmsE9PFy1PFfLjPitBXa7L2OtXg3Oic6JUJfzI6wwC9X96o0AGN0/mEf8akZ5wwZ6gdeqfVkrx73RHM+tWcVnwjeD6hJbSk5Qhn3HA9kOwTgDfiJH+/mOR7PRzU/egWR/aB9nKxfnQiaKd5LB5dgr6wu7yjcoRx/4v7P3WucXtHQM3Wfh52/DWIQs7aJ8jky7e3C6PtiE/Nc3TA1nOj+hh9HoorUXmXvfNFlq76EGDepb5tvG0iEmiOtcofajtmpk/B5dYr1lKf8i7216hN9GqdaZKdG3FVpWubH0KPn81z1eE91vHe/OIptnBv/7bRWt9twOB9tqZtCOulEx5+SPFbQ97qWNGqeJahpo4H3eq8BgWK8kzxP5nVlVnOdZnOXZLX5/eXvegfxcfAoN6U82xytyEx2uHXZZWmoLZzK2zPSU3vp8GZxnq26sdv0XW+w7DuI81W4xwyjUB5+wlvp6T1qgFXDfOPpavAYjT3UP1UQZVcpVarkUV0fMiB8bqC4mvKVAziyzR5s1yo2VWqpWx+tKqqerqYKeompabtfT03aFbbLP2GftczZH1QreMD/+dxZV8g7cwKgNd/WL9q/2WeaHTr7xC59fsmAoecm+qlfaZ21VUT1ejnfeY9Wq2MZ4lC7gMfV3i8jD694GH9yKr9tSnkxRLrxIJWyXx8Ys18J2OYMuVo7dEuvFxgBooEeKWtD56E9UvQpIQ9mDN7H1JZnvZ7Pi4EcBkCDAfn8cWLoyhVjFD3kNAE4pR11StQTuWmEArqJNAWw2PP+TXEj7hPhLtN9RH+wQ3wp9aswsbovd/E17tkqVV3E0ZXHbMTqkxW3lfsEPXaiqCRhXld4YYC3ep2OOVnVZ3QX7ekjPe8XXyu4zlNerfwbH8b+fBJsDICrLaZjaEiRluWfjjHxOPJrbmHOUT73Vz9Vo5dO5KkuvkeCxfqJOVoE6hX3GB6vLKUenskLBT1XIShNv2eFqjMHKdTLrW3yV3zVjBqosvW3dyEabPGMydAE9ghxsvafn+8hqvruDyzq/2bpzO7IG5IT7dbZw37G5Ate2xF97mhzHD8T6w6k8S1tyw2iD7kFnhE2sDdyHXtef5iTu2o/K6Qx7OHsAn+Gs9B/ZtEJ+fcTtlqz7DsGFd3iWFD3Hv/WgAQXPIX4NeWfCLy/Qi3QF1fL+J/u9Twf4Sfa9KEzB2nmPf5VnHeCfEx3gy8pwf6wnKV467ILONgAe67y4dj6dE91P1ewVn8V+H1jhW3Q9DfXE6k2spRneLeT8ZLgXeqGnlveg6ewdmVJgmBILAzv+BVFT/NsatpTaUC8PfAApct8735DUWb5D7hb0ARrj8rAjiv89YEaHM5q17VE01E9UIjRf9UjhlCLf769cFK8mRuG+1+mkdDqO3tdw7Lr1nVTwkT8z7oRzrj5Z1zJH67eU3CstXEHnRDXpC6Pz9Gl6D/2DNr/zOnZK/ERyBeo8wcKPiU8NhMhbx069gnPS+Hu+RXu7fK+aNEaM7xWXC/RebruluLeTSD7K6KqraSR7dKTPw/itPm+G9yTvPyu3e1na9f8KFdAKJfo2fw6q6eWyJzJZ2qjfNT6dFq/yd8bXgJfHWSI4qwwsoEI2po9Vpxcpe7CHgVbEUVNZI+7plKPZqWq6wWaol9eOzvfGl5zUFeccpum/Yt/rFTSf9/4GZsK4KJpAnc3M8vnk8wyuohX6cK0KJwAwJAkXy1Cvu5+hqUGOrtUm9RRV0iZmgHkjM4EmRHW0SRc/Ff3cR2dpJpdzhC9c0YMYldEQuay5v6jmGAGcRXGV6gImyQ16Rsm7nMDZBTinjtaIGG3WaVpJk72PVQ96t+x5KitrwxodtXQ0n4p34RVpUIz3L2MWCLHkxMJepiQfazR1NsM4x6s73cOZWP2Zv6GdSvj1Ucp7ZatNP5oZWDrNx/VPWkv70Lu0iVsMVzR/gvgoJsbtCT/9Jo02m1lo6+L3e0oBndLO9+lx7LL6Yo5lo9zEJ2VplQZXy3LjfFMZ+PLC5i05mt5VmcJzpRTwj23i80wtrcjtwpGDnpk6au9lYp4XMCLJp0si40014Oi/1oasz4do+KtqA1mqoQ95Jeee0iEzJw1Uwmr1O7LM4S8zxqnXCJpXFfpDYhcSiS2NKNTFWoWDOJMM3wFdPcA7gZYwMuR0PxdiTqJdB3jyRJQzILRx1F0Yt9qr3cMJ9MmuuQKKqlhD6CkVssd6YuFZ8ClLzh7wV6K08apyPmp8DmgWraE/mCpTXfBwwscID/ATQcpfzR6YQYwyQDu7Xs8U9Tqur0z30Yg3iNcd/sl1oaXTzc9T8zlDmCN+cRxDcUnuLp8R9vBtAl//Oq89m3SWLo0eN4tRGz9QvyBFL1tXvwPMyd4Q5r+R0SZxLodWEn4+sdxcPGpYHO1CrMvE0S6pQ/O+ApPQGP8xdWkHn7rrgJLVz+HUBPcAPiFkA8uJ4WTP0uD0urIcNWTw+884jxMn3wnxCRn7BDBtyIQ8l2bGWLcHUk/FSmwv72rpnRB45ZUl9alki13OayuUYBJCVum7gpUCLX1iHC5hP3qy+kL7RmYqv22nFHJiU9x3wrJZRxMzo9LwSICDAUqTwuCDN5iYkWfn+PrrvDrW7VnqyZ3JXfLWEvP9rU7ukDaWGSGtammVd5EV5qXFBW20p2gwnySQHbCjKAeMpp+netB+PKbGmv9OY0YjbnQuddIX2016amFNt7ymV9IqPu08FT93YoxakN6cZFHjqYw5HMT6QLgG3/XQU1QVrfA26R7s68Tce19dbkXdEf2X47vWpCdGE2LFvXVlLqPa9ZlDRoCDz9KcsBgZMV3VMptzH/pET/Zk1ZilBONg6ROd4Bzkt7kqJPlluPqvDlgjbrHYdWpCuWJvdXf1lXYg128ge6hgyU2x6KupvKtL7wAbcJfOUI219E3b1ztEC8/1NIVfxhWurI6vGBAir2pg+L3wOPuhHp2xdCTrlX7fl3FRrSzfD0t5oVfJY2OaRdvjzT+kj9VE3TE3WHfX16jJWmbME4yEg7cAmAyJ9+XosBz8j5dFl2pg5gYxDlS4uxTJd3Xcs9PtqPRUmhRZujxyTIG9O2B98+mGTK6wSvVSOnW7CtKdUpgHndvIt7JLiEpWLeXUm+SiH50CQTXACii+9oyMjJGcaj7jk9m+imS2451W07msGHdmphg54hAj2ZKyBT2yyGwiQY98SFvHj7zJT+/ut2yzHn4tddTiC0t2wrqMcHK2hgcR5j1BeuCabaM99vS+fJTHRQZo2Bq21UaztXY/Y4CXpbDLjablqRl0p3qMtA8Eg8tqSRH27HeJfMEWSRbjJo0RhXjagepBr4F1gUWzh3nxuNycnkCXa8mzf9AbRnepOnJ4XOxor3suz6aqkOPkSsiacs4EL86/OZ5PP4brYmMkb8soQfO7EAn4QLW889skLPY9qP82tR5b4jhg/8oe58errqA6hI00sTPg9QDyb4ZtjvZI9nTgO+WEKLx8GHNz7bsxa57zMiXrtltTvpnG+uani9e3hgx++6UdTBdQrgUupD+zXWjGw/g8ambZXJHt1BwlcoSqKMKIbOvOm22xXo3zuIMT5Hmq9O/r8NPyEwN46h9T11vMp+M6PG6u5ROmtGJ1jIZAid3YXyn6XeDausB3vQQmNPGt/Jg1jJf6C/S28TYNGWC6Pk9P/bpFT2Gkr80U43Ja67EEq+PwOei/BVvpCaNaa89N+ov1A97R3du+2wLqQVAvLfbHwMfuPCr30VK6lB6nP8W+WrRHju1s7LngM1xCf6RHyX2qJu0tRQ6BBvPH+TQ+PlkDr/8oj+BFdI1er8Ex2iO214erubSIhrBu9G26jd+lCMV+X9HTmvtx0B8t/UjgEHFepB4FLxL0+Ep9SB3Tw2gJHYG8X1NPjX7/mFFxKPNJKLqX7shMsG69Fs9pF9pkG9hv4OrkTmbYW8Gvcz6f+2QMCYPfFcqV/KTGiU54Ki6gY9SE+Heco8FeInehn3DCfIsUTWZFR5/5Ld7m+Pw3DRgCFU32w8JzLtbwtYLJZkW865zP9htWbGFccadarH11hPtftvVAiPrIM8cvu3arI7ALDaVqOsXPkS+sn1yLbDM+WIkq1zez40xKzuM7gu16VYfU8mpEO9dmtofvelnj+UPYr7D1U8WquG0cqqT4TIFVvfm5Qk5IE8mnNzJreJQ8sdvjpi9HgNZ794SIzQ3QNu7xTbqBreit48xQWoqzUXDGbYkzszHGwFkDvRTaA9keOLG2hjxbWMCWSVy8FA/h/CXOdgkL3pETYn2sqaaS4/kh41z7xEhZeXpyGkxOjEcV7Fqp2zBuGcFmOVTuS+STw5859Y03MlleX5rj0fDL8X4F9VOfH2cm3gTxQMgdq3ksLoO3LAPf9XseIm17ZJwPQT6JD2FxCT4Mo7b5yFN0QypbdIrGewMxdr0B/9WcEL5vOZM3MZttliZ3EKREcgUwSh8x4/I1geKMXKkp2gp4uLmtoMwaqaEIZeb6DjrICW9sGGOQxOIHJ7ycrGcpQbZcwTNsEOsIpDifdmuIM7lmEbP+bs+rsnSryDTsftIv42J8mqw0Tn12wnbQafX0RdFpGNMJOm3hl4ROGxRzibWGUNukgfQUhFpT4MetkGOGbDB0bw+l9p4PH1E9747PBDi9LrW1dK8aRhu9+njNSVED1dGhtLHMj/1HN1rsvEPYjzcyjsVfvSvwbughwbwlyLZhNDvmg3YeU5RaPLp/b4qRToNixQnBzblTqGA6itFzKMnjMZUr8So5beUnq1tDyokv6ooo8UWhboLVytIcU4qiy36pKDqUcb3FnfO9/nSdd4peR+dmhLF8GD0avJFp6dlyHq3ycqAQBnOLrc3gF1dnXNPcr9Wx6JuTvTdoH3WwaaJqX2b4bOpP5ZQ31X5pHXL06mfXDcMaGimuY42W68vLJ9ApGUWj1JVRprOM1LHmld3xpj07/rzjizSPIjrcU3Rmh/fU9A6IqLXGPrw1xCD6YXuIQWfROKTZ50ELYp1KkGVNXmRHK8Q5j/DP5UgZytkfWNgYdYZnbQtF+Peub6XLmfNtTy+krzKfMTwC8Kb28oTH3/d9z9L9anBqcuB2Qii5OKRNDYHj96roTiUzcyKXMbOgCpnsnUDp/KiA+8pyDiTa6u8pUTrAydZ0ytKPmC+ij66nt5X42V3+bBMRY4Ta8WoPG1ZaNNftDeXOh8AYOUxRc6zR+AA99K/giAYV+bWa44j6k0MRQfu0OYYIdz7hS6vcltkWauh4OlYVo4bSnMEqelFpSlDJCWJI5jpQQk6Vfk0RMkgwQfXkcIzV1Fd9UlZXFLkMOb6H0ZLjsXmwqWMPDa6OOLrWEObEixaJZ+jqKMt42mt0jvbnHE60HRS369hDm439ipaW+VmaGnXuJnicQTH387YwRMVc6rsVYjJbxxBVey7vbTJbqognIn7o7hyuLfPZh7zSHESWluuGzLEpny4Ke3mw0/sz48yntDtZOpAtbjm9/V2H9EOdo2NTNr63dbyS1E/wSvhcjFbyGa/Un7aFVkosTOEcXKWFraSCEUCIft9uTvaELaQ/K9Nhd7wmgn17YIdq/n4Z+x2fTNfHOdHfYLzNJt9S98y20FBS92IsVJduO4pC6s8t5RBIg2IfVEsEUvh/FnsUtMAe5bttLG+jvqZcr4+mbh26lfn86Tl1ZQdLr7PmgmVdo0CdZK5R7VLVNC2aHh2gK/TIDgex9x62y3IoNmd+pT/KfJyxtDq4zfwz80nmGrUnfdB5ld6csfRh59uMaLB2KtiWT3tbMjVa0RMW72bp04zxLFH4dV9qhl3id/Qsn4NlLmFuIbYuvzdGglyppEYt184l4INwVriA/GZ4FWRCJHiV4epZtStB5fqGDPYgWX8D+p2qYHYeRDU+sOXks0cly+MO0f1lpG2W23Yf1u++1Pj860ClC/XC93czc+bhdAr19av4OQcZ5DTLGmc5OwlIgAQHI28g2I4EC/NqCVK8I2lPWzzzbg3dCcTrbcEH8w8b0rsWY2dG5HCAVUU4QD+ODuNds0qs4rLQ0gqSUYQsJuCUB1nsNs8q5BfCO/MqaxIs9S3tGWZZ9xizYhVpTzKnfLVXGBbmYBg+4u2lTqf77faQiNlWsIiRvzU04iDeP1pHI9bTttGI5SFqtLkMlnjIdXjOe96bQGuCWv7mCHWi+r39g33QG6j6sxfB8L9GDVTIqxppmpiRqIL5KB6lStpSBm0c1ElG2CCFqDJUXlybw6e3pUy8IGhFS69qV6ND1cP2dDo1c6d3lzeQetCWMuxCf7SL1XVePX8aBl84o9emK0VtU1vKamldsD6YR0dztO+dwNIBxrX55PhpiDc9auvoee+IGDuHX6HzsKVsBV3nNWRQdi31Vkd/NrK1+diDpx4K76eT0146XMOHgBKwEvwjcKe0/pS8C/x1iHLDennEwjOMclfs1ltdmMoVchKUdq07ULXeXjh54znf9rCSTBBV8dTDvLa9H0hvPe/d4mVJShbP0gRqyGwpS2qC8f+bYI0+3VazFskHgSVcHZI2OKXOjLrQp2VAqexVmAF7KfEHVNHRZoCuoTv9ExW8eFusTyP9el6XH7ftaEKMOjX+24R67aUwnvZSs6ILVEVYjN+UVfR/H785iD3jxfjNXUMwnR2uRYl9NIn6zqm0H7OfgfvMqYoKCqFRW/qpHlaw8F1+wACeh2Nsb1pShGvoGH6oNxjnV12nO4eIX9zEZ50aOsZcG1WHiIl0CS1n/0Pl/VoNS/zEoJJ34K5heex9AoPGhVqu7xRWWUX329E0xHRS4kHFmXGMSnCn8jb361oaYnJ0gLkrA1tX3maw6hZGYSlyVTTJvwh2tSz8V/NH0C9y90vBIs/lkFQYzd4ViRntHa61v2DdoIhuimfwnDTaaFH4UsbSL6JswTqZWn4bbIlwAmNegauM1Ejl03o7ge+ZQC/Q2b7z4jQQ2Jgj3huB66sqXP2VcHHboejjEnzuddGO4HPhERfPrmBqXQnQogOaFvbgGd4t3jjeX2dHi9vuHg6jag/3zIlU+rrojlQF/cYfpnwaQk20uG2YGaoq+f1HKbHQr49QuuzaN0Snwx/XYTJV0+K2uCplfNojhI3axuToitRQlaUH23ajxg6RHUfAzAqKF+8xTp2tDjYn0NlqL28Ge2LGqF5qcdvGDpY+Nufqg9jWa+yAU9tQk5SH+/BW45Wi3iopd0ewuLCb+9MS+pOW+Egt5VN7pKoZJ7zBH1TQnXSY3XraMczu3Khcvc5R0AoFW/51D6ylh2sZM26cO0/NAr2GPYzb9tdI3PUsjtKgbbdQJT1dQLwto9syi9Uc/Yrn0yCOauKXP/k3RjX0ywicTZa+alviTOX8NDUCzsbSnvYNhVKx00yN/Pjk5vEJEncBSev83dPokaJcOYmd4q5iPGqVydIvI5+/z3KMCDWabwWjelN0UrqKHEr1JYUT25LMtk5rfnx/WwK7YRMjPJ0WVqne9Un2JxbntlAB2/qSyrRAtr6k5N0vtjdHR9HF9oQ2l3p/VitU0ialmEjLu+Yt0a1RNa1L8fk6+jpjGp7ZVdHxwe1RNa3wwK31kro9qqenFZCPL1t8g/1kRZeuHYzuQTOoDd2uESu9l6y2RIxmfFENV/Oi91RAv8KMUkDPjwhH81WvFXy0TxucQWvpfG+VworezoNq+Qz6deQwZlOjSurlHcaMKXjyi2pv9QMrEdZD42t+xjnIp6sq2sWv8OERqwt8qozIH++Npjui30T30ivUKQ3V8xfVnl6gn/bmR9WeT7dWX1nu04u7opSDO8mbjap8Gjq3pp1/me/TJB/jHX6bOyOpTwWdYqrpU9Vdv5ER3Odj5iXu8alRHaV8qcOQQjSitOZrOdIgUZ0T6NIM/KD70c/U2Wp8MIx+aDrqLK+g0ET+oXk7xahgT0qvou7+MJrkdaS7ooka43ZIBho0vSnQB2euMms0MhRD39JiaASrBVGOGvy/qtc4p+8q7TSls1SnfxuNpv3o7uieKEczYn6tA1Wk8Zyu+oPdFSsgnskrKWp/iarkmIf89YB6UAFbncyTmhgjlaXRVvS3toZ/u9h+efg3Qb/VfE78207s21/Vl4N+Q8tP5TiP89Rf/jkRcVe0gogT3YqtYeKu/B/GxO1EwP2/jIAboIfqd5qN8jF61E5k3E5k3E5k3E5k3P8gMi7ph524uJ24uP+XcXGDCozIXw4uzlLkCV5Czvn/+zi5BB/XOvatFO+W4DjkdJmg3rqwkl4pzu0mT9EbmZYoN0VzOW7/RmbH0W4hJbx128K8Yc/yaEeQbhHVew6b1s6/lkpRbv93EGptCgrPd2TEl/xlYda+nbqeUWt1tJJ2HK32r2PG3JNf9+XZ/170mC3CMGFOfnE0WQ0jLlBuWIIoq/mSMGUymsb7s7aDJavZLpqspoAn2xEMGSyvF1VLzFhryLIER7Yt3FgxSiwpv3Wk2NaQYb9j5mXBhsGr0BwfVkcXVVXTnVrRvdFjpvQkJ2et5n01RmfJncLQX/h8XrMeGq7ui46kaxXiPO/QbbT1HvP5L5SFnfIHnYZqn34bfq8cfe+e8kut6Hn1G1/qghnQVFQDYQbZP/ayzKLW+mog/XtRcJhzT6jB1Ifu9Bu1eP3tTnTc/xA6bicu7svAxdXSMvpKiDOQYKSHKkvDVIY2BWM0Vmj8cnAKa+KHn9lZ60nxWiDf1hbm404M3U4M3U4M3U4M3U4M3U4M3U4M3U4M3U4M3U4M3U4M3U4M3f9tDF3N50bRNcfKyWl66+i4i+2Xg45L8G5ARm0f74Z46+fDuk2NWmLdpkalfqEFeq1qT669xENUyWv5Mrp6190yC6Mz6apY6/H+qL86tGNgjks/prrrRDVSsAFQrloYzY9ZkqHY9Q2ruD3gBxDGLSg/zSkoTPanv5kmvrtfQRkKGgFYa4rZwIvrYPmsP9u0jNG3jMsnaw3iC/CfbDsS/229t7aECJGMjn7k1CpLI/OiuOcXxeSBAhPrNlkToTAt+tKW5jBHZTGOKlKIFV5iavlMMUnt6fVnfsBr2G6XmGg9TVcNcWT0Fe9CRkCcnpE40CzVQL81L3oT6Cuepekx8+YP+eRaTXebcubutzREiXaJPANttmPPGBY/40VPbBj3HPgjfhOIGj2egqdeaE/10T9AepyixXLpowKFkWZjFtJF0Znml3ox+zhfUs+qjdz/sMMu8EK6mmS3xVohZSGGCSyT+xuel8VUzoy1Er1Z7znFnVFehuNgukihVO6S9eYiW4xaa6kk11CiDNcYq8LJeAyZFwCjAdHR2ebiAr5N0G24sxTdtsGssD7tltkezg13Jji3RyhDcp+mbWHdcFfrWLeJ9qcEDbkTYkZwUZbvR4N5zxQl+I48qid7lj991csVrm2kE+hJBWV2ed9r/TXa90/WKAH4szBWppO73D2iTvdCs6jnJHt8KK0EzginUvAKiYrUqK6WNfr+xu02jIA1mk0hDfJV4TvLMwX3ADsVsl/Z/da7wNe+mhSt+mwfQCSvkhVn5BT/RoytsnHZg1jVvXOb4lIut4P1VDpJnxj0LP+O112vCM4LJuvfR9+i7t3w/md674Sn6F+nc5SmyzpgHik6A1ryUTn5fvH3YJq7xIiGHhT0cPervHrdF+DzhMDx4ooOX+nowjfF42utal2jr3arKn2isgJ8k0Pr9aGKNJT43lRvZhLcHq5zWn21hV2xtrB6V9JVFi05gXdBOYEneyfQZm9loCclWLPSKxGjgjd3Ccm8hpWPNee8YKQZx5ZGP9YPyNIJ0IQz8OxI9Kf5M4sxgzLWdwQzKGPsX8EMOrQcInXTStoFK0/n1BdRHcS7Trf/yXi3J9Tt6izy6Rfe1vFdi3QQx79lp3wkgMX9FU/WgBdorpfsjLX0fXIIoyNjnZVuKsd4sKXUISPzwGGJGlmH2KEUgERAmWC2ZR3ODPwt/4DNQMIBIrMGiFecAH6fEn3mHI+3QAszi8yr5/ULuirWEz6U0TDwchfHgpsz+8g4l7k0i+1EvxUtORm1DqdQik9wkSXgriQSJ28/g7EyL3uDwq3pWeWoivdVn/tzC03Wij4m6CG/yCfFhSZLk3VzVbOJRfceH67NNNK5LbSUYA8PjRWIltFStUCX8vlIHwrKoUdc/iX2JXJ8PgebwWGqUMs6wlOOCo9Jf5wGHrqWkdCi8CR9V83zW1ShEsTBQO6HKXSqJzua4ATwbo7bqDUlqHK6jRBlhQ6UYr4Yh/1AXFFWkoHxu0mbZqmd7hZg1o5Snbw9vT6ss9tA3+Xdrl6nabbdUQwUarQtDBR+/8/GQAEHdxldSZYmUYYuj+tcjIhqYk3wTPrLnfvzDWb/+YxKwrwXS9fVR+ri05VxfYpne6lGU10JNqt2K8is5rgoPHu+6akcLqoufr5faLliPuKJhRppurKwEqV4LapjNRr4b05TPnVTlfw2Lyn44hqtT7NZj9I9v5dakJGnu1bwqafakRokreJqIHhiqDxnCjjPBRnHbNYYI7j8mHt8oNbpdzI5VmQH2gpRxNsYv1nHeqcPF1QJE+76kB6ILD1ZJRbZIl45RVtXEO1rgpDn+/k8Nh+MamOWbcVY5V78PuI9xnzAycrpgsFebK4L9kKrymA/ZZtjP7IdoAw2l5riFX/rymCWbdbZRlTkf20dGuqnvEtjzX5OW4LtiTFVp3FGGUlzPOyjgmd1pYyk2QYeokE8sur03goKvq0xp/vUhSPjWN3b86l4gR1GPbRbf2dym4mdjbEyFhEaZrLS3nLyaam6Vy3g89FLKk1Vsbf18PDnrAavC3vOcGVNlyKLvJHXFLTsMgVvqaWPtFjE5c3se0XTWI8NnxvozN3wnmfFXFq/tssK/j2JMf4s05FzRWDVXK0V2Q5Q0h0Zj/SefmV8FdapqxmhuMlgfZBznbzHBV6W5qerCmexUuWuOzR8NKjNGm5hxPdFZfuhKBO/bW18PsMIRlugZa7zpB1R9hv6kBhHJ9e9SCe3RawPNVPUjdV/pxH06OScK3F5qYcr+Qrd6GepMSVa4t/1G1NTONr1kS6n36dK75mRWkEzUoNYu8KdMrPxN097o/kuS1frcj6XOqW7GaksPaYEDYFxgWjaWdr1aTn19BHDkfbbjx6OkP9VU1Bj/abXm2dojn3YsgMii7OO7aYmStNd9rt6H6x/fj8aHfsipGQ3AspZMTz5JVC19E/2pn3C58UmjT2qayrLlixGqNOIwJ7duY2b9Xczb9GWruV8ilqTbs+rE9rwkeARr0/HLmFT4ZoKJbO8tNe/LFz1jmKhUe8vjoV22hOW56Dl8elWrC6h2+uxFpSit4er/s2Q27LrtqMPdI+CPvVRyp34Ei9Mx/R91JqqzX1k6XG6my7kZ/an+9n3tm9qPSPzgAfB7wtUKlTcDl34mkUctVX0e5xI6YF4dcMTcbqFHSp4o/ford1dec1RVa3rkYrq4/hYb+K0GK8DLDvu3zG10kqqI1gsCf6qmINsfyVKma97grRCuQ2tIqyeMz49bxzK6gWT6FtauoBeNLIDNXHew4derlCaQxkJ+qiYkyvYpv7f+AAt2ByV5HQvto9Jwt3NMUnBDmGS0JYOk9Ql1uLIxurY1iR72T8y9wfvZiyNpkH2vczPKLlmk19PT3sf0YaMZVRGT1ZQjOj9jCVrOpRg/zXlmu2oFbS3Qp/5jJTJFpT34I32Cd7otzKok/ikfbZKYA3hP5NCnLiSMWNZjmIgbu8zWqCKfkdL6EktqABLZxVwQqVqPPIbfNk5+iCzi8oV+bRz9KGfY8+2T/sGObZExpOzrwU/M1ANCYGt/UnBdsdud2KQWDbr9N91HZ3Ju+BynSt8G9E+GUt7Z75BUPn4wK8u+uXDTBd6JGMp9GYR4k8X+TdyT9ZSf7rI25iRMd2N7Z5PaRgdkU70B0fHvqjqGCdR/MZ9yx7PLNfI3kuQJB9lXqbbjCXBkmzOAD8yqYAgQZlAkLSGHxEcVClmpIluj5X9ZO8fHfu8ncKRm49O5QgKR3tRjJ9hNSJLLsZleZeyrCaqm42b3ry7Q+Hoq/RpQdcIKkcPEJSOXuBd3M1SzKxiXaN9yCfYEnjHttzTIVWli7E98g6l2J5iXE/yPuPIC905q4r2iddBzABkLCKmJ7OrZwYx8xxdFryX7pW5VskuhlOF/I4xdaIHVMPjxqdlnmRewQssuANgJVr+ni3yFk9mz41b9/rzub6J/5UI7mH8TIeO3FvJToI1pCa+bnDc7i1VTy2v36N5D3tP7a2qaC91e/nV5NNeKktXk4vyzjeL1X0eLNYFujVkShsayNGuYoQKvPDjClbv1nQn8U1r2JpHIvj6S0veW4G/4OogqdnhCsiSDGMdsHp3pAn0XXWEslSdPoJxpi94p1Po7XgZ4gU/snAmP9U7UR2lkn1XsBetPWdeuaAkTqe9lMRufKVsSNWepovNPPVbLfkX2dhmVdQmFC+UW2GgEF1HazXybUq1OGHjA7uToCha0+Q82LSO4EnWCqA+PEZB3a0f0uWhT/9tutDZal0Bo9eHMnSAxe4t6Lxdwru0wxdfkxGU6WZTHkeq9ipgCSJqQ+NTUsJNZKkqjbvPVheoMGxd6RJ2xOF+k11m08y+0TPWusZVZ2rBYKS99jwbzoxjiKI2XG2qFeqBe/wYSyq1OtyvCuXbF63gRDLUN5OjTGq3cLV93nbgX6tVb9+nl+xShScKksSS4EmeTW9PFbP834oIWbHbthEhV9Ct+hiTAVNE6NP2sSFimbprSlEiM6Mh5vGMw4eEnxMhsiNqkyjBRd0fiaKwllbw/vChV1vAHOTD5ImWdwFBlNTzt9l4dO0ROo3tcVayygaaLNWmZvo+48cRv/cLnBe45ydeNZ1sbtE+DTRjtJwxt43WW852A9BmDqt3QozVkxJ9dahqjtpzs9nN5RnN5vGSaJ+wewjEAuxgfHZZAgnm4xXViTOt/hg17e7TsDg2X8URxb4eNESBMMEVPzI+q4kC6bY5ELyCZKttH03xaLTWXkkjVcAz5gz2Tqy18JwBy/ILD3gWlPG+JxlX7yv3bjhh3qVdjppEudfagzNrrS343SxrG/oesnVvjm3nX3gjlaX1n13VhqqoQf22/DFGXtSqvNoe+qIYT5OlkSoXa7z63Ao5atpdos9vWLTLTzM56hHuGyIK8Io9hEdDW+oZ1lOgryDr15NDdB7h9woj+kummp7I9A4P1/uF3w+/Gn4tPDq8yfQJd8kcEPYOe4V9w6+HK+wx4Tg6KDw4hDcYWpHP2uPSQCSIB22ql6A6mOldQ6u9GOMR+JJFUIw3gNdiZkkM+6FosUI+1iC8J6PAF0YvquT6pc2uXxo5W25ptE53VXJmwCkIPC81ugctjFpX9HwosnG2Wy2VeUujcloYRTwKRxqUFgVAeUQK1y1lNorxnNP6LVWrZKz/nf1JIw3uqIi9PI9Hf4q6hAsjoA0SzU6fUuksLeUVfYKdQU/4LdsJEVefI3/bRqosjD4PUgWo/S7hsak/R0ens5lxtH9qBXuN8Ibi40eNG/wu4TPcq+hR9CzQBeKPyhT1GUbUMfoQ3oVWqr9ELi+kEtGjjsM6HJeG3vA0czD7hy80yHL7r4zcu9bU0Du0Nv2SOtOvoanqTHoi6pXrnauhP6rHFPxIeb2O/qi+5lmamZJvZqXW0dMd8GllJ/HvrC+Tf+8JaujC8j7pJ6OnohpaFtVQh641sT9qjD8jJZ+G+jNSz3WVOxapB0K0QQ0NSadpD1NDyyP4GHHdHfbp6EcaV62I7rD4Zt90jnqme6Xl3qYIb/ItGuPf2aWGKlIT0zX0DKvG3p0e3aWGno2O41Vxjne+tywNroF6KqtS9K6n2AMnyrkRHVSknPkCnerjvPwVbwr3CGwI8VQd58m581gVxX3l2j+kGzlf5hh6KML4lv7PUl6r2J5YQsvC4hxa8YGhJ+Ftw3nu011PiEe/8+Zl6ZlqOU0foz9QEZ1iSlEl8G8sjODtWBhtrMYYuI9MCmfS+2hh9Fz0fPRC9GL01+ilaGX0cvR4JHui873At7IwWhiJv2RIZ9kpcO8jsS8FeoxD/Ec9WNxBiHkIq/M9OixVmwHrSjrcW51hFkYnpc/o8Eq0ZwAPngfUMcnq3Y7jHIi9bOQ8m7KoJz2Wnm//Ft1ctir6amfEN3+tR/mWdssFMU7ulACWfA/djqMEKAuWAcppop9RA5ckfp9tlZalB6lf4Yp7dBd6z9/go307xWqzaOWLQvnMEQVVxjWV03+bopMlZvmBagP7dQ9hrM4I/lZyU2bxbpwuGrNYD7tr4Yya2yry5kJr1FEcdxcPMVaih6mR8SGSc5iNT1T1VKaMuqiIsWlMSnpxW8xNDfYMRvb8tzcljprgXIj6XWzx3dSCz66R2yGphc9xlrk0SXVk5oiJ9mPdj5ETgoPB3cIpUV7kEU4QMAvM1NjLM4ScJXSc6V1QWIFi8hCy9BvzSoyjz8WZvY/S5TFX1FPKqRgWIz8cl8kJhboLimStQp1aw45sDTkid+NeQY4kWBFXMn5zmJEspasydBv19NF+lcxOIDi31dEUC6VW1PR8OgK52D5iXECUyfy/2i5RPk21F3AvnE8LGH0PHBpyuM9S0+zqaCotj16N/h7Nt7W0Mfi+X06XpPZWr0WvR29Eb0bZzGvl1Z1/XnZq+q3o7Wi6LWY3Qn3x7p8Xo3EG20G1dIyW+P/i4PfBQJW0q++/T3/xZ3LZeAZ2qlFxNByrEM6RfwgsPRBMo/YYderBwNLQ4KEAc/5ULTwC76ogPaxV/IdPVzIbT26rDBAPB4NZEcWhRLaNEBEMcUCXqC8fKYJ3rqFGO4R60OpodeQ4ZRK8hzDKJAwywkAB9gnJXE0YY1z7yuyBtdlIjhUGkSxghQaz9u+LPKumM/bwr14uRo9MZH4XTW95l312YnQRZcf2Ulz6bGvUECrmwPli9W1k1rCE4SZhs4GnoZEqSdaDHXkHt54ZdQL7ux2SspfCWojy0eJ3m9LYcCmjzXSVlCI1AlpT1q/kl5ZlrqQH9Az7GvMF4a1wbtgR/pLZ1uk55fhNYSmspmPV9rhLFlp/G1pagudItYKzCeOn1dMtFme/1hlBJPoAVob1+im1u5el9Xp8HPm8zc4t8IWENE81f1PHACII0mnN1MATZa39eJU4qkRLCyhCRciVmlz4HdjmFVxicp3jEmmumDWDHg0eC2aSaGktDZb6+KU2jhhgp5vHvlLhwGyizfR5lbV+WcIXUsV9ljCFWIP1HzpYKR/voOhdqudrmmOMihlDsJMkjCGYY+157fcZZ7RA5Wh1VF1AFgrqOGTsT9KGW+MHwbNvjlk+1kQteT7w934xwwcYS2tCy3MceY6Dt6NLNVx9UV2qOpqnEl2quZ9LlwrtsnVtKrxvsS6VU4NHP9dynCzhB3GaU3XM2eI4QWBT/MAAo7HB68J9fjiFdESR71BWNXgt6ngkDOBeRElTVGf/NINeruFo3/XelRzZHsmYj0ZaGznOE/S54zzxC9xClzLT4PY0sm6z4CZJFKlaQ775lOhdOQU4+AkSHhK0FPrlCV8ij/PUOGqNS2Qg9xKeUMoe0vSlKlFtP35aHCFF3bfNS7E6KtVmutXuq57cQf4JjLCEfQJRUZS2LX6J2y382ZiLb3CtUrFdjG+A2MNaAtzNMpphb7PwYc/WmcLKgF5weD5g95IdQcZzRQv0oTCmCIIPc/lXNksP6BzPJfQY1uBn9DPUfJ3AKmHp+cCtFG4syHOk5tn4WmnlwWxHYvSOouEK8dCx9HyMAGgfz6skBydXwCxnGSniysLZE6fXZdrSSSRRavFxy5v2YAtdEIcOQ5HUBHV4Pl6JXF8iwj2WhivH+JDEuUfThKLe3/E+DTl/Er35QgD8i8NdweIA7gqt4XBXraGucB3K+sgD6gqjepLaOuoKpe1YLuC6qPVMQJSQ3CuzrrYZ0i85H2HXwM7wLV6tp1Cga1QTvW54pBRWFlmPb7a+jCCCDb0ycGuKy+NDxFOe6kp4OXglyPCan6NHU+Aujei/fEWT/BmEs3zHdB2QSIT/j/IrfRt7jPEOa+g89i3V+wH53hSVpp/7Ewonls7p0zqBOWt5JN/4tDpaQ6NLUBpGvaEsY5bafGajPhyzXK2OuqR9727+1edfF/F91Xp5dA8tQiZhZnkEbPO9dHezOx3OYaEFumF11BztkN0m2mGxRfwLV44P8Ib/ChuLzMHW2VhWRw75sDpqiXzAnQ75IHwXspZsm23kQNOcbUTu2hrbSOsMIHKPMICE/FcxB8joeH5ujf9jW/wcYVx2MUPHXuqtYHssAS05ArbGEIDysQu3xhDg4otbYwh4OxBWAMk4H6jwnthHV7PHrZgHwLEAVNKDFjHWJnrQjovPVzhZbIsP4EHrcugb2QM/27oanE6OC+BBC3aAxQr5+vjudHWvl+N99gTwzTEnABgBHrTCCIBcfmEE8GNGAHfayxYi9A/alswAyVWoNTgCHrTumXjeF2MJaPmGxTwBWbrTW2LBFXC3ulcBczlEWXo3aM/4ZZT7oMWs2F6bjqd28R24Up42RgN/PEY30HvBIl1JjrHsHjWZFtPB3mrw5XiTm7VNPT1oNwTN2Qq237NflLkgqS/aZnvMBR8GxXwF2nsrsPR2cK8qZi0QxgKJr2+LsWDHuHBWR8VMOHKCb40JZ1gcQxU+nD3/DzLi1LdgxEn4c39swO9yL4/tMm8YI8QEV7NOr4/Qiji3Ier0utcz8+NO70TvpT3vpMitnwnS6UCCLfCP6N1oVqf3IksbotfiluscvR+9RkCodVDVMYbpg+jrvqVZnT7k/Gk89be0OronxlRdQcJUE9JGXWz7JDtyMR+F1OR/n49CrK9i9MEFqpSV4YtyMhTHVzcGO8JXgHXrRqM4Il1NGwM/5iII6SPK0f7Ul4p7FmUfwzFrxKvRxp8Em4McbQzKaZjaElTTpwGlVXpjkKU3rXAEwCNxTjz22xgw3/VWP1fgCzhXXeB9Qwte4lGCZfKxebnbK93wtNrP9rUcP7OUyWD7EfEdQTAU8wYIYxLiqbvqPT3fBwLt7g6y08J+dF6VUu6kOirmThJsdU+T41iHnD/gl8nSltww2qB70BlhU5zd8br+NJdwHJ1hofqSKuI3EoaC5swCpfGSbBEbXGk0WL53ejr4W2JgG6MzzdTIcQnUcF7stuKziBnLqac5NwCwOlOoq340KLZtJ9gniv5qiCPrvQJmW4sCelN11bj+Dvsbi1g7bLcMXRFoPnkF9Fyugp6hQFXR/HCqkVweiTGk6U0l2NaRtEYtYv4EQ5uiNvSu8inQi6iTn6IZtCly0ahy6sKRZLwPvE743Lfso9Aviixb6kvITXs/laND1GEpxPje8qQM3L9KA9Ea0i3cs6iJ1FzRPuXAdWs6xMxTll7bXb7HWtSF2hUsCWRtLS0g2S+lCbQpcjklbt2UOx268s9234ylXuxrAc7S51UZu8AdtiUmUu79KPo4OiV9W5fv643BPxkfgBjg3/Tf1JNqROw9nRa3Yhu63pNTbplfFdtEyHzz6Upd7uNeQ3XxqEnHedVy/fExJ2eOzzadPMkuAn5rLjOxTKT3VCd/Jsm+f0qmIYP4ytrQ0n50s24CHzu9E2ZpEhhKtbs7zTjRLZSmYxUy3L/vI+/2b/oY+qEOy/D/u6mcOVSR2fehQn3TtJImUh9aSRvZfzfJc+f8dJxVaCn0p7Vab1wVlvn0NW+ylne8IUD5qEt15k1j6WZd/KyV9JVUllZyHsUcup6uilvmi9TQxKzJbkSv0SFjD98Lq9Uy1U9PZu6FlcxVEfJ5fJKH/TjQ+GYwHajG8lxEDGoVZ3neS3vrs3iWjjTtVZYmanmz1/1K2hAijjfXr6S5nG+QZmzPYUq4QI+M67BMvR8q+iCcYt5TggI/2PswlE8bw3KO9AYxDs8hvB2CeLdCxH73GLNRPLdwF0r5h+nkZyigMgJmS7DpMtvL1ZE0kGTGS3xYWBF7+j59Es027rnbOtdVMrLxNZv4MgXXnCPM7k5k6QmvX9CDbQGUtznCya+afpaaQeNiz999StihN0fL+Nvfq+8WRjYQ9sd5uGsPreLvHBtlhvHZlv9N09mxzgAwANhnH6G16gVm/f+6QXtP8CRf4nA9mzZHEi9veUotxbo3b9PWzqaom5xLN0c4kw4jdwKtKjqBymqzWDmEs6VDjeK6rdMh6wKJ9XW2ekvLSLU03GyOnFWLnQ/ZYI+pxJ4V9He2CPG9OUreQDILLPWkXt53zH8ZWLOHGbHCkS2Dc6Qg1jdHivozf2cf+ji2eG9lTN3ZreDAA3rTTFFvZhTV00AzgY4s2xK9pV9k+xgemiPUkdwjh1I/2hyN8bFT4v5dypqCDLXPbY6e8E0Ks2tDDt+3z7XrfIs5RldQW9pDQ71M+v0UnUpv5tUU/oxOPpQqqpXwCfT0D4tmELIIMNPP1DM4m+qO8CTvGC2eJfiJ7wo/jbI0i/Ml7lPIf7ZcVjW/6Ss0jH5m7rWo/5bogepbyzp2OqXDQ3pzdJGZrtoS5UPOAMW4vMgk9ffp/kBWbnyPZ11lJBNdkN8ryb3D5uhtXR7niLwe50kgCzR54jnpUzqc0kHlMSf+/c/Efyel5Zk6fxUjlMb4kkvcXUOt5BLm0/HZq9ub422WTtDT2IqCjeXuEo6XaQYxLKwhI80zse8Vyk3TjaXxvvzVn0v18jm1b5suqfn2UdJ52SFQbjdm45hG9fSE14OuNJYmG4kDJuP4KiPXX20U9SHl4QQzh6YGwtmEnRW7fpZeLpvtJeiSp4tmQppLnEVX0XmBT5ebyVo4HPD0YZzXejkrndSS51s63keEEd7sBkq4H5AvJ5nWmI3wXb2rWuZi70c9leQVI6dY8poVa/UMpxSdS+eQZd+k7JNS+y7sZRtpgJKvphusYAPrWZUkeZaLnOFUIBjnkXzCPZ9eo4/NkbRaW3pFYVzvT/W0S+oF6hxm6VqV6NGkmdMFu43O25gTrg/9LlYXTNMSo/Mmv8RUs63SSH7+Mm1pFj2nFJ1XZmnN7lk6iPw4zyxNJrXEfGgTzzDa6xuxvxBjaBU10ov8vGFsDd+pNihFNl9HS7BW5TN0ip8h8tawFiDe+lE/R4/58Hm0BZtlmbsSJR+g+qqDrQ++OJ2Nv0cm94qM58vomm+lpaS9gcF2fDv4d5Wn8zfpeo4DTKRa+lpXnB6knCZaYnAWmadd60i5yAX5Wtdu7ONFZO7HRuddNmE3+lGmNyG7S6ypyeESI28CKxl7LEbUFppAOn+w0Xm80Zkap2J33QzqxrEmZJXcp9rw7o+r/qaPzFjag6Kuwkr+O55Z0w3m2Z18epSaI7tSSgr0Op3Rzqrx2Xe8OvbxJmOz2kOUEPVsINtB7rzFc23XjTIau+RhcSl/9qGptsT4pPOIrSFD8T5TzSOWmUDMiPhK4EHIn21cdF6svmIUAXJtYOOW01X0iW0kvMN4b3I8Kt2VVTSLV40047kms78IT8Q6gV5r7YknMHtFJXU1a/SPUqeq6eqYNDxQPX1ELzBLgMc9J257uX8K1wn16UOXexjhWC2zrdg6Ib0HXF6rvNmCkn3cABULKyexERJENzxnfzI5+or3bW3pz/Ha+k0T0l8Morh19B2Vo+tibFbrfrB1GryAYgVkeUe2MZuU82/tHXu4Bvr7xBGdkJ60+5Klr/viNxBvT0B+h9e93pTKWwryzq/VfH93dyKug/q4CNoy6sZn9Sxd7CNPYG+2YUJK59dbYM59xtQPVc4/Ad+HT8/GuSMOZQ50+cbgRPi4NDwf8DGMohyj5B0KPUddUiFz8YeZYzhrwq0xr3vAhGTy4F3sS29T4gdR5W34HVQ6R5WZMC/PsXGJm4M2JlPkJZlLuRjFTh1PZQ/9sSRMk2iB42J+R1EEAFsc2Jvb0pO+xEMSpkSpo/PKYH5m6L54/xKkrdsvv4i3YFRa509KuxL2DFqzHbfuSdgtztLcljfhOp14E8ry32AVkTEadV1HwzqckwYedL0eSD9WUzlb98eqkoS5BxFgl0FbnpdrLrRNwdQCAuH2thOoLC9c1eLRv6iEuW37KM4GO4SZ4Iz3blBPvTMbwgq7IWyTz9ITXo7OLGceLTNXX9wM7SkZE1tDe05ktOft+oviPScV8J6XF+E9E6SnexdbguQUzKdgqreG+WyO9mytjG1hP6+wTr+xOv4Wz6vknEo/HmuiLCoYUeHzgWcV0akKxmSI7TyQ74EHzDE9nuz5tHfmmqpn1Vlqih3h/SsISR0jJEd420JIjvCKEZLg6LqiBU4S/+6SB+Jxx3CR02xZfiq9Gt3Rab6FPYfMnEb7LbbtxJb7sUp2rARtiBnzAxL+n4r8SSnHVFWWhz04witFKjrGrOlqMC1l9GxZXrH9J2jFHrE9Bm/weeRzbpnjg2yOSpylBrONd0Fcjk8XF3iydgxbOcLrnSm1AybQjeVi/R2RedCbba/3AuYjQhbXjxlR0mhnqYQtYV0RX8I9tJwy9At7lD+Bpqt5KhmBDtHYnEshk+7Ca84QNdBKrKmanwCPCmLKZ+tqGsLlPBAl71aebuReaAoe9YCkOlZhPcV902NvexMjrAbZ3dM4tzYFkj+8kapJViO3UqG0AX7bPCKHXoylLGaiAv8skC2HWEuCbsF8H+DnYrYNwSoIX5bYN4KGQekrfMzFD5Rg2ZaUZaqqmU8LV4A3xdk/crVDyuzpObTK0TGbQAON8MO43sPVYd5loas5kFrA77dWt109wcuM8Cpa4GVGeOKPuypeR6DfNi7mgRhM6/ia5YzDuSAl/vdlKkPHqiZK+ZXUQA2xlkq7PGp6VRmyM3AmaEPZvETcyvLj2JOOnD7B8+DKvmayV4rmkcwpoM3AaeaT9l7VS/2X9d367BQyZIersTGKYgtZ+nFX4dwayzE9oHZGeMJMC/wbIrDydqWonRxnuzRH7ozwhGEV82aFGeG1pesIuJ2yfILYKcsXx6vQomNphPeu71QKmkf/R3i/7YDca0T+f+OVRv5nm5DuMqqQcVzRSrx/UPleyu1GTXSX2b5CQBdmFQHLR3NGkukcp/5LueNKuoe6cduBBeolNZqWcM07Bsh/PYNZNZ1XHFdDLxpcJSh9IX3N716wa4/wb4rR6c/4lg7tlitwluC+NgVMS1lelKUfZ4XqawtrwXDVjST35m1VTmX5qhiXdSjvxqjV4LiXzuZRO1LBhkb/dA7q+VQkurfgAV9vfbqvelXaxSsx/o/eNdeMIasqzphEvuU1RXehRhLxQ8TnOxqzYnTMAwsuXfGuD1KIJ7XPo6870vl0JD1OV3V4rxlP3GE6F8eVLe83sxRGQkXa0qf0EOvavOoDtYv1GjbaDNolJaw68IudocDgG/IIquQZhN3lCB69y9s7XilLNeEmY2lFp0EqW6SUN56Rr0FqvleWz7GGqkMMleW3jSMC55DjS8EzWsMNoVXcDpeNtaaaI4gsOfSQrCDF6CHghsryyf7p1A9kDB+rUMfW2VMEk1PMX1JFD322KwvLyFmsMeRGpfsOHlmwjiTnLZ8zE8vyH9ku1BI3lKaD+dyVoIXkyvae5Xh9C4QQtYYQkjoKQkgYIVQJbuGeIswC6uuYNRx6oYw9LmX5/uTiTDuKTBAv7r8Hn4A1/F9FJ4zwsLbiJCZn3m1p22AUP2eeZaagF4zYYbCGwAyxL7VT+9A5ytK5CtFCbXJxhFq83NhdNM1TF5tipgfLv7l5CJ/BCK8Ya1DMipAgChyOAKiDx81yK16BHP0zwMpRihI4VpXiSOGBKmXTao4ayFIvBeTA9nADkml/vKmkXfOVdJxBFkN75VNtaqCp5PVysCrNupcdohhd4FPGlJ6wi/O4NwaVNF8putNPmTXaZ0a1Q9p0MNd5G4NGvTGoyiN3vlgfQd4Mp+FcK+gCS4PK8WbAKOCcnKXjik71gj2YpxP0AWoF/MG2sAf/DiwB7LoaurSDQ11MsC6KP5mE3w07PbJFsS+Vnnyz1FxR4NjCyvb5TvAyvq8vb68G+bvlO+Q75hEhPjX9z2j3vDCt5/Jl+ZPSB6Q75e+x9TFnoTw/3ew8X95sZdzxdVFYeA9ltrxPP0XsX+rlvgNCYHKHHN2jHk5X0txyd7qX3+XaI9n2FGwBIkcVn9V1mnkw82hss4pvAOO92D+QbeEhKG7poX7b3E+6fn4fQ0sfQkh3m9nmoh30FjQUeQvqaXvegov/RW/BxIK3YJIdRJfS1KKzHDz8km+G+N3lMWOyZV6i9my1une7fBuZpc3zSj+/j6H1fNN/p7cBtvH/lrehnv7nvA0jvOIeB5Z9x/t8epGvIkiX5UvHDk5CUEa5lBI/Rlk+8WOMpf89P4Zf8j5b92osMJcW+TASXl3xYHxPt1ba9rwZWfZaOE81RuSKeJ7iXIN58JJuoo4cj56nTvMldzNi9QppTymhOvaCuF0Flv9Rqp7RI/MKvhHg3tEz8Ijk+NMEaqTRhZ4Et6TzbLpvZ9sR3vb6CWehoeztwXM3N8uERdthZH3ettuaJwbo5G17Y4pLGeDPsP9/9KbMtdvzp/RV4GJv7gEp5pT7d3hc/q94WJBn1DlfH1u7tXSQwah+R4s1NI0og+vFVg04qwxtWp1HC4yP9xDME/HJzKDD6TDv94xMRxQBpf7S7vTi/Kd7cXbXDdSh4/cp8cFgVUk8NqjbjvlqfJ6HXXhcjcgp6ppvKip1256ccKffZqffZqffZqffZqff5j/Cb7Oj2pFf3G8z9N/mt+m2029T4re5yPzVzgp/WEYEvG47cpg7KPad7TsrPc35DLNoMqPMFO0TVBeyHxxmfXxB+bF78JxOMX+PpctoRAHHpujX9Hdmb5GWvSRWc5TRfgSdRVm6lzHsWHlca/jghCGigewPuCZQVNxj3eLsdPCBWPquJwpC6QL+qxQX3pIBvTk3InjOHbO1tLrbKY7glb4PtVO9mS9hfwLz9q7MtI2sF2HulshWNuZ203zHub60FjhFBN87MGZtkSd0i7PVq6mOLUJFf6As6+K4uwNua9h4R3k94rsSpU2wCxQY5DijYJe4N+U8IW36h5g1BdwLVYygH8gcIBT/Njk9K+ZlSGpWXK+rvX5WxWs+anOuDr2HiShLv9YXU6BcdgHwoQl3vWv33XkHdrPlU271YpRdyzaX3M+/kfZln8Yu7XjSpVTswvuQs5GxQ18S4v+abBtLyPvJstIm5opgO6X05hi5felOdZTvc9ZEJe/UfZv15lqNvjgongudMsvsGnWTGk+a9shY+ksap4dlVphif+HJLnW4H+XX03KylM+vp3U0S4kf0XExYwd8xe6t7ur0vF3QSbio7leWBthT22K8HO6j/otDSws7HO6f5X2943g6myTXJNljRmcqgor4vX5Udmu7PfIbu8j6tmd+r/ze+QtC7LvvUa6Ak/HZwtqNfqj3yQ/odLJeox4Iu+dX576Sx5rQPS+Y6JAG6HWMf4an4vsFH5KmYZ4oJWHUYW5jXt9p4EE6jU6nAznDc3nMNbCrvVVjjotHZ35anpwleVpDPD/laQP0RxZZg0BZghPRXZXhvDCwUyPzpHsePIqfEiz2TT5srR75HoVroSMQMEtlj/wEGqC75zG3oHC5Sg9OYzbtm1c0QAMRvH/Moit3ypWSV9lFyfiCbSY5r3KNG72w336o2qTmUM88uL+P8qVMjDOcxnvld+u6dwZ2Yvc8uFh3i7NRitn9kxqD8RK6Sm5mdCexnd3c0LySdCqqh5sr3fMyT9yzBxHeGbOl2KbtSH+2vah7/nDqQhuYR+EsqqcXqXPYS4kiiytXeJ+753GenQhL+LP2fM+vL+ov7A4XkOw+OY6thwq121ffQz+n7nlgYdshy1jL2R35euPjGQgmkgF6HC2P8bGS9VODPDm2+0TzDyceWcf6epaqFdTyNqh1akHqWCU45N55MEZjrbqKUVO/TWXjLDKUMZt+0Bmtt263N40ilVodPGZCOr0D8g0rleV79ssPUcBwTu0iNuFpNMjg9wsNvr3ILON87D9gZfcxsy80exhnURxDW/i6i0wxF+qF5kzzksK3lbGdOZqG+w+iB3b/A3jH6Des4jootsDhwzyHcfrfY3t0nFcZI0xdHYDg66v+INzP8W+JdxE8XK/Yl/UCLTPqEKqmm3zFM0W8qcgKFxu9u66JM0Ga/wKe+AmkPeRUX8pKSk+p/vG14+kw6KCpi9i7jb/gO5nIiFN47eWqy3gVnWSuUHIaukrV0zWqIfbHNxT88fV0hXIKJY4jcbraUY7EWWpr3vm5KvHPJzkgEl2Q2MJ1Gj4ntNp4msrqlSHdr26ijtS37CbqTVemLO2f76m/1eareeCffuV/146nZepEdSn5dF+cj4J3BdulsFwW5bLQFJqYvtVcUt4Q3NBhskZOimSkFGfDYB25wkw2lq40sJhRZvN8mClmFmXpa3n8PkT1LfPj/Jip5hrTkW7qoJj/oU/+gHzf/NfzPvXUB+a/mv8Z9Ytr149y9J04x2ca2w1Jno9wMEt2z3gayD0JmwmZPZgr/RAf0RWx3dtoFmis5lL7fiV5Q/U8WwJlY99TP16Xh6sszTAzzSxzLSvgNtIAT7Td9uOsMdQs6f0aktJH05n6Z1RP+3j7ez0+s8t+YboZS9eZCbQA2TveQXkVa/5m6ST2O+JpuHe2mWOkdsgWlPI7sp0rvpR+sRqIpesNstr6kY3vQ/1vMHONYsUcYib5fuRGuI0Vb2XsXOQputEIV5j8XjyC55qpnI2So1HmlwY6NS/TTdya/Zkb72aT9PDLFKhRBnx0GC/XqNuMT7ebeeY2g/jRr0yiWZKNlXygx/Jr49Md3LMYjS9Lr+kpHuZEznP8KKhXJY2mWppjDM/K/vz27i2k3F0Nfofds4FVdHz6jelqoPrWj4aw379l7pNj7lTM3TnfiA0ATlVYBKKvKFb/8Hj/z9G5dB5nRTnuzn6sv4LfkjHk0/H0DS3rVZZ1CFdwOSPC0TQoRG3O/0L1gXX9R5LchvPZVnHxlEmk6DLW4/TjaEo/5lWpoUMIp8pVhUhcEyuMOnX3e2mOGUc/5HEBLKz8Xc61ho+xif/uqucye+E95nwCow+ikuBfE82TAbHiiaik9OMzzJxC21fw+vc7AxYX8M2c30xjM8OjtxsdqhzPTBM971XQveY+I/q9zgrLFo1ynBKbtGN39YvaXnJ5/q7ltAU+sL9piUkVl1Cc6eN0HreujCtKwdWFrPiQyxBNyCo6ks6n9xA5oA28YrjM+X50olpFG6ies6jvZ11MiUmLOtwKvmaKAvMfeCUl4thLrWRenuQJwjx5fbw74ymLzHVeE+cwbusJ1SVZ7IvNdZ570uo4uinXoZ9kRZ1FK6g93cD9j18s4Z7zaArPQ3yzgnz6vWlij/EG+rr3B+NUAAayDyNDD5hp6ljlc41MwV8BPsX7FOp+nZe82YPGci7jQ0Y4Fj+MV1xhIV+vcX2FEUWVb+vSso6kGzwV6xovotm0Xlvmxyu2AETTvo7XyQxba3i2rNvtmRk+8fH1oxfoYfZunRXPsRp6xORoiYEewxz9I/MChTTHYG0tXleF66Y/e4ia568hHwuKcchrgeV5r3qMHqVu9EdjYz81xtIHuoZe52z/K+hRU0796TGDnLtiRT+K9fzAJ38fLaT7wR/t3S0zhk/dQ70M9VY+VRtw5VyLcei5nWKpydIvtesl8T63lpvTn8YYuQMr0RjTSy0x28vQSXLL5LcdzS+T7LJ+280uk5NAMctSdQnPUvIesB6eMD49aZ4yy0zyVt0KWmTFWemtecX7kovKCTajea466pvseZ+Pj6k1fbLlBjnP63U79bSR1nDrWzETqOMBhRLyKv0prTDioxE1RdFSRH3vVNW03DTRAxp3N5liRtBAiWaiYwYV3jmfWTmHleghoudb00JMdBDraLkRDlGp+9EmF4/6RvMLgjqDsC7W8R5S/NcIg5Xor2YgrzAvmZVmAr1sXjHo+fvU38xttMqsNkAsvPyZLf8hHWwiWslevlHqVfN3zogbaUZ561QP/Rrz6440lr7jLVA+c4GWsadM2JXfMG+yb1ty3N4yb5vrPKxaa4w7Gx2c33k22nk2an422nky2nky2nky2nky2nky2nky2nky2nky2nky2nky+n/lZJSoAAKfIupq1UrTVFrJI2p6jLSYyZwiuKc1hbVtqaptT01tKpfQXEvtEnupxTNg11yhROMO37XMx2iuo1asBNWajlrCjPGvZc18HiW1L1M1bccZMb6Ihto1dloLJTSUtT0lNEvNtdCgvTHd/kijpB/pjazWMkZDuQyntv989bI56sn4BNpa3ozw20G/TMblkHh8OlWwJf5MuzVdsMEx7haj/XxEo7nlcbdTDNu2spnfii7YpV+CtpnLtwg446KWFZcaaJEOWGMK9btH3VjAXRUQih6uHqPvLWHjyHAG1TC61jpWjuVFDB3IFkgYOpCtsj2OjuuKuDsb6dtUqjvmdGNwx3+GklgdW/PfyOf+P/auPbCK4np/Z2Z37yvByAVj8GLAbCxqLOKLolItVKGACJr4qojUd32A8YW0FjWoqKAWhYCvFp9oVdQKqNDiW9tapRJfVapoUZRCFUSrovz8zuzeewNBgWqr/eUPJXd3dnZmdubMmXO+850oQ0AZbpKTMALHei7mbF5RtrQlEZfAcDnS/56eTo80RxmiMY8zPcPvh3uGd9tL/Fq8uIWrK87txBqoWf7dNGF4lHH+BTNU0fp7KX7kSNOhitaIs0wu0g6JNYt/cawdw66LcvF1tnA32yv0tRxjFyn5yxXrMEjzi5+B9lEejTqN90nJNbbKd1klRmCGbGrZa9Y7dT3yNf37uZXWlVlpw3I8uXxTJf4XZY8KlKmQOJcLgss3MHPTiMhW8WX5m5wU2ZjsTe7Jgq7ifq8rc9MNUeamOG+T24NPNr6efgqZm4xtDHxMLcrd5Pb7OHfT2pmbHPKzeeamdeVmInLlLVl3dqZeKM7O5Gvp4rF0X2RjcjUVMi25Wjc811L8pdZv/AtZlm4KWsqyFMu6rybLEms7x1+/PEuFN62ZaYm1uKdfSc62X3W2palfabaldlstilqTVDuPwOUndF+hLyZ6BQnE9drPZ45NyttKzU622VbNcx/dEWx87iOO27+T+6h4h10z99EdQZz7iEzva+Y+4pO5rdyZ1q3DDc165J7asKxH7pk46xF/Nc965L7Bhmc8cvUWZzzacquvNueRiyHb2JxHxdll5uHtjcws02mreWZ9csvURuPoTqtxjpn4lLF2jplMlF3m25dbJrlWbplwq0LUjPtrfsQ339W+aovt6e5uoNm+3d9/7nhaOsAPwi6SQa+QOYXmBXEWPqJ6R/lT1F5FhtZCJE4SZREraJylpXfocrSk0T2dQzoxJ/PD0EdpUUYYH38N0jgYvDOp6r+Xp8XJ8X/pfuqsnmcJ8dIfJYnTJWvAx8kAlyaIYT5Co1QKjKYtRey0HK+zZhaX/yaPyh3BkaZnC5lQ3PU48mb9o2u+mtwnsWR067YgKV0+Dhfx4rKfMPMJT8dHmiyOMMw01F7t1HuHw712OVp5Vle8FdDz3C7Ha/zPMZjG15uSvFZszTk3aLXmtFpzWq05X7c1p67VntNqz/lW23Pq1tOes1mquKXsqWttNuqpm2mu3e6EeKSJ71BatNqDWu1BrfagVntQqz2o1R7Uag9alz3InWfjc1xLZ9riM96GnWv3CfuEY1PM0/HVnnCPz53a4YtOue5vd9Y9JOV+Fc68p/vDJY3JqSNVk3B/jcFgfJjylUeli7D+I8153jIzXLLg//9lRdfpGD0rTwpWlczYNM46NKlIL2F7jjBOTr0hWfj2HiHPDGvcJ+R4+HhA+DTZ5ebg2uBxew7WVdORxo11P3EsNPUYoboY75Rhi9RTUoY/iyjikdwBi6UDupi9DJGdRE5N6Cj4sII70B8TjWAeoJjHoC/5ESIuA2Z03AwZPOeVogKilq6+4RPCjK6rKh4yPwov2qxJHpOLNusX9g8HhD72DUdiYBi/3eoe4bJ6Og63v4jTqp6VWqyUGsO5MqCC2iElRVoz6vF73uXnsEBSmFzyoqnVc/MVHZlFcnJJA/4ui8S1oQxvghmgnhInb16XvqHozsOefaCsGUvlQ+GuMg5LZbLh3attPf5kXoPg7kQtegj1J8E9CZYqUfz5DrqS37TPC58u1DgukmvMVco+9Q159X1xudWMv1I+kEbdwT+URt3fV8ob0jdkHr1/SU5z6X0ke+Bj8fXuJzoKh6GHrMq/5SnpiyZt9zgI/mTYqn9a8jTktK1pjDNOR3AtcFhKng7Ko0xobGe8AzNe/67E+xKAbYv59nh3Rma5zMIo1Jg0Fsl98rpZKnxmtGUbwsz3UI9C5si+4Xz0Dcs0Q9eOvvF9zEgkdXS6yqcQfCL1WG2SZpx+3dVmqbyuLEoZbOfNTDTgFsPsUrMSSVkkOwY5s1Saz5ixamWiTvP7xGrD9h2mPD7PCvMMB+AodjHtAs764lnVN2SP2utXcJkKm4zTrJ4zPp43L5ikTIXlXqEZhwbiFHnRvGSyWKF5e8ebehzjO/vdm9ZxE76qSKzVmpO2gFHtGy6WwnnuTevwmItVS6WOvUC17Cw82+Tl8IRl2UJ+2iD6WpSzO1nOBD/qBzNzxHvqTFmKWeLaX2Mcn+hHmm92XRhYnp/Z2jfE15IjtO29IyRngBdMPVweYuZYu84GyhP103xbmNmX47wfukgnZaZxJ7KknKHMiwsjRhX2+BGt1Z0t9sd1Mrbzarye18v4FDNH/tx+0Yg4FgJX7mLweZfDj2eUH5lt/Bx8/5HKxcKT7GIhnv2neh78RG2vqwyxo02G6MvOCeb3Wqzynzn2euj5IZ4d7F0ddrKB9pU6zUz5Sz7bLnky4zFfZJcqo0bxuMfo3O0SjfqVt/THGJdNl7vyEhTyxRU/H0Tl65CxF6PEphXp28ZuYkVnEi01e+ARxV/Oz5V15hht6V+XxxCPMY5x4Ytrz2IaORsMdR2yebqnaJvonUxiM1uGZ+UQSWvezwWIsYQrTFYzUhf6fwTSetIZ5m3pO8tceaTnpvOWuHl6Iq3G5X4jJhvGTUT3feomR5iTTL3mG/6FOdEkhTot6xsd7U0Wd3ucg/uaviGxsI/mdb43bQbXWzLxFJcpww3Wx4iI6Sir39aVpsV9H7nP3iV9zdtmHFYY2ik/lhrUojQq47LXzcIrcp913KP0QFFDomVEx4C8S6bRcO4vMbuAcnhvLFAGvhfx94SguUx6JJmlFQLVXhe5MXFToq7DLYlpiVsTtyV+k7g9cUeCEvo0PLnZfuH3OH9Lvu+Tj7UKj+ETf54slaXmopLbkQT/qsJbmsN1tVSZHBYnWPPemvMWfg6LZA/1AOXwdiKLdxI+LvVzSDFvYYmPZVu0NYukP9oFPhYJeUKWJ5LYCZ2Ny+C+k1rI47ZWJUd48d/Tg5baHaBfcnrloHBwmMaJXlL2D283lXhCXO5gfof9Ip6qpXItbgl4vThX8JFe82zBzUetkDW4b/jVZQ1mq5we3zdc/6zBS83abWueNXiIx1b+WWathUQmq8ufggNCl9l83TmEvzyDcPPswYulOHtwX80sWKsezeYo5CBixWqIWjzerw07VNWFJ5nVqxdgFMqjtZpFXUjvYzuV4O2sr5ngO1fsKU94jtlnAXY2K8VoyTZIlGbwNz9Af5wmvNLZXBacqrGGzkt5YDjNK8PBaR/jU7w/CDvpl3B343/LEKZ5NxW9lSU6bOnOBWfqCNWFw9XKUQpXLpWcjUNTcS+Gq85Ob9+8wHkx+wVPpI5IXZbIYTGeSHmJ+E20fAPNGdNYI+PdhhoyprH2An9aXThFvzLtzjEnd8yA1lNjT2ZHs5sMWssMNLrBvcvxfdE+/pLaNuqUQWhbPxf9HdvJOV61auumZvNFNcYxMmxVy0+7fZdMeXV4T+oxO+Xm9ZNeEw6PMo+78SrDD4JFHWP7kGtbo1l3226JThtDMRaTI9nO/d1xuPGZQ3RlxtlD4xadhA7pANMT7Nd0+xoOCl3py9TyTv29oz+5qI/b67nQtXEJtks8bQtvYB5S9xdP/G3yeZYz+NAURypkW5QD0VzzqnCuOJa4bTA04t0c7Dte+PhN7lzhTh3xnpLJ33X7z5Xe42SireS8eEntJFfZOtxkY3uW23vcE7x7sPb8VsliyWaHhIeGPw7/7h0WHmeGhMuwsxUMCQ8PfQwNn0j187+L5zplcWjo7pVFHOl8LgWOzAk6ix6T4XhFHN96XJZ/nWPY+kIEUF24yhwRPlu1RWZ4hIhvyYNK3s/mHtQJmKqs/b8IAowO+JZzAvJin9eCd/VhTMIcxSd4sqandcwGZp88fz09s2PVM+sYzYs9sxdvgGf2kg3KYDku75m99N/0zF6+AZ7ZL8sssbHe2is3IhslsReud13lgeSgfJT43yzbyNHilYkb5dVNptb06jrm+i/26rbk03XcYXOSv0sOkMJo+v77eMqfrLU6j9dInBL1lLoWfS6/TwaYm2SMISNSHkwGOCD5UJIS53gzGWmN1Dw5/b/hH27F+v9nfcPXBp7sv8ZIxvHAa494y2PsSUsjPAm0RzYpgo7jMFRtn7sZsuAykr19ni19zVEf3cKox7Lbk6FRZtRK3OuVoqtQ7ge657vsHWOLMmDwGxW+ytKiWlybHNMkx6VwZ+064y9o7LX6/a4Nir+gJzNkhuHOFUsHfrtrW/h2Gf16jMi7Tr8f3xJ/P/5d/PX4NSYhB9eS+OsVt3KXiBF2GGJPOTX5a4IAb5jCGLqdyNl8Ck83xwDE3vRA/Ta1+G4wZo09xklI9qrgb2TN3wzEgPPrDjfdsMw8I1tY2q1Hwfm6pgVTg18FLgd3BrfJmj2lrYNcDrEnv7gnQ6OYvglee5XgHOFHkt1wYsLpAoLXlI24FuOj+5PVP8v6Hkm6MvRhUEbTUvJo8qzEY8mTdNY04vHkE8nJ5KOVUvtk8kmfd+oinxN1lNs0cnO86j9N+FR9qUT8/SFZ8Pq+I5PxrEZ0u7eV4Y/JhkhbuiF4U2eMizMv1+8V91oQeNyV2/lZJHy2X/Ae6qMVWbC5xd/sE/za1muOnDI8GOmnNSpJ2uX9sb4yRdwjubxeU5fPf3K6KfY9cxzpeY69zowZjnNNsAU3BZQyTyXZC3oIuGKW2xW2Xr3Ng6L+xTkVynCAFfxQnFfKSZxBMHZSEIDSzfWA8eelUXsW4M/JdjJEnk5m0U81w7OE2mY/qcT1wTYa4UmO+09kM08wwmMLnkk2YYU9SdwY8Ku0R+xNJTtEMuFFPlbnWfBkhpmMeUlPmpIjtQ8jMUnnqEMT+vle5ZSbgPam20As6khTj6Yk211jmMVlWt57u9z35O9Bva7655LOL3NTUIdZ4snzyfroHWP03144Jxipso/vuT4YpRqh0/ScPjTtP4wRWSD/OZQIZ9GGoUT4xPrgQ9SPKGtiFdYfJeJjvu+Jwyr8RLmAyf3t9t2D8lmqCiiGQOfzurAkt66BJXHSntbPAo6EvrtpRSgSt8bXjSJxen1zFAlZNyhNroav4z0OvwmyuBk5nf/rwpgMxrrxJfEXckiQeD/ZeFSJH2U+Skf10YJ+PVeICXA04pxQlfme1qB5PogCKmUwNhaREs+Nr/KLF9ArLyVbQq/w2a8OvcLa/l3sCuv4+rArN32l2JUNRa6wb83RKlnEdowshoUbj1xZV1af9UWurJ3Pp4BcYcti7Ar/Xhu9UpzN58nAMa44PcmgDp8h1rmGqJw5RA6Dy07WWRp11IbI2udt981/GxDP2V05et5IxmM1TH1z98sD8laSfn/641mOX3GG+vp7IuvXRPP4dPOSrkOuwhiB1hPX2Xg9sk+0Ii1WXEhBA3EnH08qm+0kjGjIoZvvsjpVYVI8H5tlMdow7I57asOwO+6ZGLvDXy1hd4KIM2PDMTzFuY4chmfjEDx12EG2kZNkbQwP37DxGB6+9QX7om3AkmQdyNPUT34ivwt+HzxoB4jrO/WAeBw8GSDUtYd5TdgRZZgbCNrjwYD8T13b16EJDwYj9Rzk9NP9hFacmyMrV6wbPhg4Dijqh1yn1wZxm07CXfZuOwA1eDDoJQ8Hc2Q+rrG8dpLMssxwWAsihLMefUKCTRMPBnVYmlyW3EEOQhoj8M+kj109g/ikxbfx7PZ4MAIv2n4SZ2pjG8ls8mAQv4G1c5wPgg/jfWyJkFma7OWdhJiNjB6WrNbClfZuMtZ21+7PPtJL7WGPqB3iLvtoMACPBffKLFmhYy4mHu0B4kav5ZEjjxfftpfy4zXoiSuTeFhn8fvJnNbxomWU1w5yboLvekXiMS7o3/Rs3plcYk4KKpWFZ2UyAEtnYLwAPfFBMyyXsW8nA7yzkXiu4kxeGxrd57SP//XovnXl1GqPevwSZZpJqxBl91zwfFDItuVH/07J592aU1T6r8HLwfMBOYEKV/z8368E5MFkTN+C4PmgeWYup8EcIgsjfexx/Pfi+b6OqDnmJDmHyDnjtMEsZmIqGCfI0/w58L8w15ofofx7ozTSJmdCFFXznHJkHRmklN2LSLFA28Bd7d0gg/cCziiT2u/zXZBPzoZNOb+Vy8zMO/xvgu5gLHGn4si8olKDVAcv2Fs2s6/ouN2b11YrlRsp3lu3jjhVT0xwjVLavKue5ETebs7MHCwZ79lroy7d9Tj3+vojLk/2hoXDvZ+En8qR4dcbVbh6NU/YF/nXSVvjGGfJUxu/fbZchiNNDk93Oiq8oDSn8+fo8CLvGM2PM0DzrTRgO0usYS0esPTbPpl0TFZD1HPWVX3ZtO+fq2eLY8NjwgtKjwmhlkRndWKJY8I4Z1MHVMp3/YKPlln3/ubH3mrmg95F7jGUfP1NjCA6JnT+0luMD3rRj0JX4clwblWl8mKlFJcU239TUq+4rhFYgHo9XYmfw0vEoJXQA+xqG28oUR5UfNaSSN/vh+EyQrkWq0COzY9Rp9akRtwqx4U+jg8fVIleg5Rak44JB+npgP5avud4+27g7qgl12eJbOQfGqHvWoLA+2nI02lWf5dpJqHrLMtTi+R341hlQea6chynGWAe1DadpjmcTwiPDQMcEwY4MZyEaz3ueAk/h4sl5rM7JqSXPH4fM/3MSNXqX/3EoUz5lhRmYJjH/XUR0vrOAHOremo0D3/1kOGKrhqZeEktYpeBCCaXnzq2JY5DW0plG2voxT11+eUuC16P6nP40CrU4aTQoWOPDY80Pn5d4uzHY3ByWI7hYScsCq7G9I5893XmcksJ3h4jwllSq2PwUVQf6zpYlphTwqFowDOdqP+n8fxm9SE9589vdpvE720X5eg6JsqnRO22q7gsV8doBiAfZd7TqSx2Q4A/W56qOPd2FM59V4t7dvNoJbKGgzXjD9s+Kp/fK1OU32upOSbKWZSNMhV10f2uugjTEuBPQdCGu20djgk/TMf8d2tiTviWrO4omehMwTYVuBTvlcd1/j3v12NX7y1ZapgtOub9ZTQXS/ErdjJk0KsU3w6RW6MR6mnq/RO8k71Tw+FeGWalTgtX+LxObrlupj12LW1AU8kx4ekhchMzDTivnKv8ocwZ4ZnhyPCyxMTMWeFliVHhq/hZ+PPw7PAX4dFyaO6OIJaN25qZyS/2lh/gr9tbfu4GesvP20BvuY8xZgqqTWxxHbOe3vPz1+E9H7sB3vOLN8h7fkneez4r+Z+La/66vOeXfm3e89nJjfGeXx5smPd8Cv5b/vMrg1b/+VfvPx/9rfWfN/eet/rOW33nrb7zVt/5t9N3/u30nPNc9KrsAhieVf6SPEWY5yHAs8nb8BsIVmEh3jaM+2C/6/GRrLD86r2TnsxPru1xb0r60Wj8f/G4/2/625/eaH/7t8OrPte0etU3zKve6jv/dvrOXXT6v8P38HV6zb+Y7+E/5TG/I3A2nwCjv2Kfuau31Wf+dfjM18V68c3xmLd6y7/MW55BCvtLgPeSlAHrHq9RcHmlij3fp5v4pLs8OdvEGaZqMUPGYw52t68jwF/s+Pyp8sGg1Tff6ptv9c23cu3+L6EGvhwv4BiYhqtfvCX+pfVBAhQwADxfOV/8HcHRqXV579dkA74xWXgzbXJz8hqhwwCsXt1TrS30BR9F3WE1df4qmZ4gX88siZkXcr7Jsw2yroJlz9XBky1L3WKoexbKsdTo8G4ZgTcTDfBTfMss8fFbWa46/wD42AVHacy/q4lvpGS5KnBlqZ/PXqPOoVprED0xI2BeK97jiM9GFy9IUQf8QFu3In+CG29yee6/3T2D4qeeSjytv4/TzFgs4+LzR6g9uq/fHhOlfJPBnXkKmSjjkLFp5VOiF2YOOvoOqZDBg3oK4B2eMNr6zhvt8hI6731bXXUdqt7UN50TDvMatWyloX3uHuF+fG4YYLx/Xrh69V3C956G3XKOheQVsmDgQlrzca44dgJfvY2XS6NhDsrTMAgvlWyNKyRu9ydSjue0P2UqOT9Vi9ebusf5a/SAMc490dVmsUB+kDzBu8eQZeIuYfyzk9Rvmi6SxBGbV2Ib4bmuhzSE+yGFbf0h0iMYE7Y13GUyqRqcH5KZqqSKLES95blobKVqZ7skEV+jV70MF4RXtynDn/yXEZe4MHQl5sDH9MRS6ZccG16Oms/v3ZuKS9Zp9PVYnBs+5Xex95fEdV4U9tUWvFbVvM5M1ULDO8yNdnG40LC2S8LmZVav5mkjg2nw0bd0btUc9c2QteNsTFar76iUD3LAn2rGhdsFO1sfo3FZ4kBcJ9PgMjsfnPo45VbqAxXjwx06VnfiOXVvXYWLpQy9DS325egh1xiiVwwOkS5qIXrOq9Xz4DQ9+7eTozu8a933n4gMzsEO+M2mgaJrytBOApxGdiC8b324Ur39jMrAEbjTOD6QrL4xZgQpMEI5JosCK0hzThBmeGuwBS4Qlv7q2EBcm9w5h3+vPyNIIf/gUpPBQNxi12QECZSxgK1tiRXkCfkiLpCs8qx9GR8INcAv4gRx2hZbxnatnZ/wvydNeiFRRYvGMq8M3ZCsOstkbAN+0clWeVV+FfeUs0xnk7Hd9Xt90LYUqapkVVL5EPZAmhgQ5SUyaI+7ImZ5su+kqyT6u7MyUF2uKz2JBahCI7LIVJVUlVZd3Wb/NG1Rd6eySFZdDv5/ilprWDJmXLjKDMQZeET331tsGSZ3GrFlELXucpVu1L4yqflRP+aoHPAte0H0yfXmn9qyixXX5Pg1drZzkIz85Vn11Nfh75mbSrrIYrm5hP7CKeifCPD3jOM7Webd5xE1VqlZuTO+WOcFvk3G4M/KMxX3/FrT33ceJOaydXkRkzjY5BSXxlIi/f1KZPwrsQRDELP0rVmG7ZoCt95SEevKApRjhJ/CKX57P9ATvJsHv9Bn6v0kfHu59C1NYc2veG26byl765d8T2dKm6oaHYWudo6OYN/Sfr6z5Wbw905n6/mDrGLXquVkk6qdEot0j1yi/oX4Te49he/h8mbQy8N3O7xUJkI7bf6lcmEMuvtudW+lXyvATHC1pqMsouVSjQG+W6mFuvb1cxjoHy8B9vO5Po2uUKKijpBB/l0y2PfVN9hezzTMaroT9vfbShCdxHgO66725lfzq9+NK1dt8Tr9nmplZN85Q9s0rWQyBsPxkSW5k3pVuN/j/uZ+zfOr8E/PR7fEIPj+AvTE6tUvy9Sk0/GWoleHsfa4knUxKz4jxdyKDnu1raIvtzOCuJ6BqDHMRL+9GSb1utZ2wXOSwwmKd/uu6aosYXwigx1Mb+wX6ctTsa+UKS6rFjsaH5+qd3YnE2BnQ6sfsUQTlM2L+dSPQjmCyHfcW1fXLmZXMxCAi7CZSFsZuhuLLLZTGVRpYptgFt8zLld1bzh2K/6uQw/FLFFr280sluL7lJ27m7gF5LssBbkX2wD4K8aiVk8B3zc6M2QQqmQguFftaRoVwZmTAHuZOvzAWPQyl0sXswDxap2oHtIshmsu697mh2YX7Czt8T4Ee0fv5F6WQy9Tjz6Gex1PcAHel8PxI9PPkA2uvxlg+J7Fysy0r55srH6pgaYb9jP9zSAz2Jwi7WRFdMYj+pMZqO+Ej/3NAabW1GOw6YZTdO0TWVBniPArZmjkWD+Sf35zjFGvxY5mNvbWvOPxyYe5YA8s8pVzfQ8yB5k6lSj9zSEmwKHG+ct+rP7Zwwyly8FmiEnicGWAi3ni3AgU0Eu9i7BLQxURl8HBUeZtlq3DEWaQIYZokKnHUHAXGWaOMM8oru4nhuz0gcrYiyWHo8294lb7MeZYc5ypV0TSHPzUfConmErU41iTxYnmJOMQUL0x3OwRRXH1jvJJ0+NaFln6TzFsR72pw6nmNDNPnI15mFq+eYVW4TMMz+JnGhP1pzS6R6/+SOPan8YQ6YazTFl+dsQeflczd65RZoL+2lROMz8zPzcnGp9WDd3tzzbky+O5L+bM643Rqg2co7iuc43LOdxNx/A8vdZgGiOGQDfqjsnvyiLWvvON4AJzofEjXr/eaDBZLeVHlnlmSR5riBtbiJ3lLmlUf9VwfdtIHccAT0gJLjIBLjaTlR+P1tg52M1U4hLDp+bpldPyq5tspMpAKA6ZxnzRl2G8SUc5ruOZcpk5yfi43PzSTDAuH30ZnpcXPtcgrzDORnel+S7+huDzU8dEM8ksxATDc53bf3tHfXcchHuYeiyRlTLF7CM1+TK833yE3DcpQz2uMr1xtbnGOMvtoMgv1VZXzS+Rw8BIkpDl97tCHNxj0e7MkteZX5kR+LWBfgcngXgCn4efeVlMNTXoYJyEcjoIn3Ge0KnmetNVbjBl4u7zzo2GLFM57KVo4F1wk2mveyClUlwrz/Jj0WB87G56GJeXnSfavU0bnAnHbkh/xkt4RypxszKQ7a0liVdnr6aZEuRwq1kuYzEJt5m0ap3XKl/ib0waHcxCnBD5NZv7ziox0JTjdp3l7q1XyEAsxB1mIgJ0UDzBCUjDcbR2l9uMOy3QqtEoPq4QcofW4wUslxo9dRyu5/7p5nZzgszCXYZ6+0AzSLXdrO5nd2sGCGZ4v8f81rg9bB7uNTNMI2aaWWaJtJNRqMF95n4TSicdS2eVGaZ7yWwzx/xOa6SO/3sz1wzCg+YhnRcPm4HYQx4xSXnUPGYeNwEekGHyhAnwpLnfcKf+g/mH1Ko8Z721+KPhyWmSkH2XJeaYPxgnV5twvynDU6YBDvlY8FFm9VnalZ42GTxj6AP+iwkilJyTRhOQw7OGtiyutyUyIjoHsG/F7xpouK+7b+p2eM7NkVg/ptt4lyDLbXnEF+skP2Xxy+YMvGIqscCUYh7+ZhwT2eX50rk1+G/L8SkKe0VzztsM3pUAnfCupME3sy17G8fwejEWmkD5XR2360DzmWYzcL0q3r0DRYlR6jWqf3yxxDr2ZUWYxXl4w8T8rH83zmpwpo7skma8uJ8ps+4iQ6xHH1nzfqNiigflx+NMvKIYsr+ZJN4yi00Wb5lKfZfkR4TzvKeeQuM9ZVDkY34Nb5t3zBLzj2hH59WlJmc6C8eJc5E1LzNn6C4xIpJktKx3lUbzT0NkQ9KMwbsqZYzppDyHPSOtiavjVcyLpPR7pgmImCKXmxWmUfft3uir+sPRZqrq9U6HuEtlz2LhvaNNva7h+B4jTShFx2K5cPXW4X1tPWcvff0rjY8PzAlwUt553P5lcvn57a5/pDpWk8YkXKmIAX61oAWmXup23fCpYYuIVu4q22EgHMM510gW0xGAKyCnJbguPjOrDZHsJ+B2wMatI7rjU2X+/Sgafzd3Y/n/qRloqGuIjeeYe8rtk/E8MvYN48PaeC5RNyIDL/eNQc2kIDmAe8gNsne0i7J/56s261nfdtB/2cNA7Y58PmHZ/6T1bJNJ2TlII4W0XZ/n12YM9vWXOyUToVFmG02ATe1CRdP4tq1yCnMGZq2rfyiW5m29bhcsV6seV5Nv64v2ppZayVX6rnRS9PQI7CC0o7S3l5gkBhquxAB/wXTV8F3tNajDYrwsjr1yb3NJJKeGqkckbgd7Jbg2eqbATlxufWxui7mJ3XNN6IaL4aRThe2QH7sGbGGn6ztztqPd0ga6xzOW62LcZKbr+uIbKvX8/yoGGP7b0bJ1lfY9qdU5f4X5tKgHTpaxds7NjtbdGRp5ltg3V44nHY7Yi3hZOllnvXE4wXp0tjeZLuY3ph1qsZXdXqpsqH5s1lJtt7aC70QMzVztq83L0iX6XYtt7LZW8KI4qUQcp/va1ONu0kiouPfb2RorqLHbW75nFXbBd+3WNtbtWJuTLGPQ1e6g7yc7vvsyg1Bhu9k67Gh3svH32Tuy5P5UaqKxoFw70exsOUoOFzMwendvPb/4tiyaX7tYRvFQr9/VdrdPKU7jezqLutseNsBu9krhXNnDvCABdrdp7GGXmDr0tPSh7qCWlrKonj3tZoa7+F62Ej8g8t06bd+3K9T2VCL9DevmebQOvW2ACYqErscPbQ6+/aeu+721XywbuN1LvRHuyj72VgnQR1nP+1pnofNtcRtYxw56tS9+ZCulnyW+Yhd7q8yRJtwq/W0Wh8gAu6/NRVyjvh1op+n847hwJPazg+xgu7/a66YpZpRaeK39TG1vsRyq1/I1efRLV3Ea6zSiWqKZkMWB9iDtz2fRTKSF42I52AY4xJbibnOojbG783W37RZ9pUGK/6eM4dn1eUmr9cm1kVr4QPNjG2PhD7NuhG5EDv/Q6MacxotxVIbo/DncVmJotMoS9pdwe1UWh9kyHBHN4GHWvZO2QicDOS7zhDup8rPLfPwWtZgRxZL9xGZxpI6N61tS3Dt5gnA72e/kKFuJoy13YUoN1udOKHV6hXila7HQ3K8sssdap+fX65Of0e6grThc2+3qZj8bi+5P1+ivxbqmj7P/UMzt8fan1scJ9kSbxV90Ri1GgJNsFidbH8NtGn/DCFrBo1772q52kZSKR4BjfYpK2bNRrxzMPCGueT4kvuwK0wnVONUGOM2mcbo9wwboolrCMnONGQPqzmfawk7UgIn4vtRE2FDOmzO1ZL162UQ1k8XqRx5p2+MsmzSj7HOozOPgttIcEGNQYgfB+Y75dGf1OQ+LdMt6DIPz7S03g7AQ15h54up9R2L0VRvNAJLVp2N92SKe3wVW/7NtRsvUoF7zHtTAxWE16lW+JWN56puF++QXthKj7WZanzuhsp6OliWTcrt5xTQoMtC9w51IxoG5LF4z1HKBcyz1pNi3nsbtphbnWilq1Xyc52YnGixlx+2meHSJThpjOZ/Ot23lAluT1xMutD7G2jgeYFdzkc3hXtlBtagAF9tLbKXW5uwVTrsaZxtwAsbbRgR4wlyqK/my6K2sox5OJjThdsNo30rsIDdIe8WZ0mc4WNuR1ajSX1pGQTEid4INcIXWxVqutMRN8/SxHKGu8xx6mz/gXtyHAPfjAW3tRMvnfH2Ob29QbXWSdXW4VjCbQKOdbGnpdKve4UXr0UN4vaeZYpOyMKqHeBCeHzhTx+AqW2mvttfYLK611M7vNfMjHw/380YE+a9+nY3xvtzn4tn0a9USfol6h+Owv1Kt7WxLD+F8ReI+I3ySd+bJnbK1CfTMmIw83YVvfLspYFPr9TlnX+eTlB710gT3NCXmufaM/HwqrGDq+B1tpfo0L9NYw1/reLOvzk66EOPVQjMAU/P7epWcoSVeNoGODOf2Y0UeguUmYzl3HkN7fF9ouR8unWUoXsV3xHnrdzeBWk/ZmuYZEuL8CK4ER465EZYa4rFG5HEMHTSWkNgl6q7zzUxFXj9k7lK96kZbnue2vtmOUNQod9WB6heZZutwq50jPm6zWfWEXWd8/MberiVpC7vDzoe7c6cVTLe1Ki1usg3obXaQCYpfcoi2LO6xv23hDYUa7l3r6aRiD2bINrqmV5gByOVbm9YcJpQgfJYnyhmWz/KNM/WNIzBLv9AAxQDGIzJP94teQjxXDnGuiMMRMM+NItucxZPl6WO+zxJ1cIedZp2l434reF8+klcUoXKVuV1Ph/eareU0HGDTuNUcrjjw03SXf8C6k8JsfSpAg4n13sUyx/bKn6t+Z+/WONbf21yRLsdnWH6uztIrzNZylzyhFnLWygg55L9/RuvpIQ/ah+zAPL7BvT9nGrCXCfCwjWUesRJbS4yE5invEdsfOTxqP8VUbFNk6+Ca30ces3X65SiBJljauOgH3d3Uo7ciTdyaY6/pVX7WPG4dasBl3iCy6DDVpw6zT9grhPaYJ22AP9hy/NHmdN/6k3XXnrI7m/kojMyfbU30PLE7gnocZt82j9l4HHt/fkJ7zD5tX1H51FvjaUbiGVuJefYvNsCz9jW1HM23M6XJ1ikG+R95a2BUA3nk9Yn5+ldfNMJlQ6L820Ges24tMi6MMo16yQ8lF+FZAzxvB0VzcpyJS3K8NsFBar97T9JavmBZ9CMsDrGoPOf9SPpJgP5CHeElO1BR/aMVn8goOsYhvmy3sIwpDPCKdTaROEvQhYpY5ehyJbxtFlgTvcXNM+cJcXZk+sRP1D7fYfZTr4qL9yU6sk7/2lQYuzcG5RrDxwjl8zSOwJMd8Df7qnURy/VgdMxfdaUutPTuu/fFEZMuhnGeHKa62TmIyx8i8SyvtM7uxXLF0byXSxw9PhqvW47HQvuG4pTiaAHGh7roUEaFHqh5YEdrbFa2qAfNIzEvBfM1xLPWoZVcGyvV09nGLrJ1UbQk/Ytv2gBv2btksaUv+HThPdoyuuEhXXNva+kA7+j9JTateFG2mjEOo3VV1eEsmaDt4JnV1ViojTa+s8Rp6G6m/8MuVevA6AgrXZiftHby9Peank1jjpJiWwS9R8SO8EzKGbfMdjQTEOd2WKox0ayPfu3uMlnP6sdq1rB3VUZ6uiJG6xxOokR6ayTvsWhp/AXv2WzUR8oLtnuCszopw+w8lYy8P0LPiG4frcP7ltHhjHeJY1Xj63/FQ9bprivthXoOet+6HGUfWMGHlprpfDB2jJpUD9ULPrKHkQnFcvwC7G4a8IldlbcE+dg//x16a9/6mk+te+dndrlGDO9uvM93Xo7+2cbmW3Rz1Lda7I8y7COrLdEGn6Jg3zpB7ZKNiOcLPMaouFMItZ0TVQPvZasjKRFo/mXKjIP1d6ylu0xsY/C8xFLByYR4PsxXiVqnUq8bPraleZtCmc7aIyQH8ci3QZ13LIz6wVnC2U230l3Pejn9Ci62mTJAmS0U+evG5W3zV7wvrnc1uq7gjVZUoBvrw/N9HxbZNg7HeNRgIQ7XiHrPS6vvk2XPNnPJKODVI/DcM8wkmPCWmHp8bAPU65h1Nm1VM0h6Ke9P8kR0EnE4zvb4iVDDzWAL1ap3QcYTZJj1BC+hSv1p3KWrZDRo5y/xcrjFLJT56o0p9ZJSC0b8t/FmW665l1CP06OMM2rZMpRJm3i1KvXPLMqoW+YZ3Uvj8XcIlZuwqTcCc4sswrugrTfX3GydJIsxle7JRnSR8nz+PeJHqR2283hCae8xZ3UalXag4ei52N291Z9OC8Krn8+5Z+1NKPcWKn8K30epKdjcq/Bq9Csu1vjixSpF79dWMytez0xB0tNywDHi7utKuXirLO7XEyZjgxfj1ITgKYntPwU5MrFZbWvXdbkQvSsVvCI4TTF+zcvnvNiTvYXlE1nFww+RCi+A5z3VuSa6UngiiErW49IwDWK3h0oJiku4lk/IWy1jnwDv+UW2zI+VR8jA5Yos9MC13SGPJ0sKtIYvwmI52lwWpjC0cwqXhymsMkSB/zJMoRxNqFfLyLO2wXTDxemcjh9Zd+6P4sWZLyf03opk4oRwegsxWDGmIo7EatI7xN49IJXYWtfrdzzuk8STVmIbT7Ct95Fs5wWo8Ri3VVYUteVOT101Qni03cFzWIj4HdQHunmDNY6sMcpD+XObQ788G89QPf3wuUDxdSzNKC223dVNGbajVwe+rbhuF5dKjp92pvkTrjU7eytlF2+I7Oo177dDmtVjZ28khut5aWu1dg3GHXaB5ZrYyWNEmfui3byeeEtm4zVTi2Wfn5dexDXmLumEZWaucSs7oxgeajlxfOIIdPcE25g67Y2LS/q24Q9dbMSGoBAXG7Z6kv1mYxD7eQUbCWeL+zp+FAvSDrOkTLF0/b12MsDb1xPMwhkY6B0qZPPq74VSjwWynzfI64bB3v6KZj3A40j1iHyMcz7XlmiXqfVYY51XOFtV4kDPeRUP8nLR/L8iNBEWfuuIQSsVyeiYl4al7jED1b/WBwUdkxrmgTgYh+JgDA96KnecRUJlgI+7PMYu5iJPChmcHPZ+T7nH7KmneI68p/eZdZEY3LHpI4RWcJeDkZEwJh91nFIvfKP66Z33g+czp/W58ldGtoGjcbYN8OvSDPpjoM5j553tA8cNlYk0rT4YiftQpic1zq0Li/pHvTmjuj6vrRRKknLDCNWeRRwzxXr0OPRIr91Xx+QVR7NSklSkXb2UyR+p5snzAnmvfqUrKaX7F3VC649FBhnbT+3bKewnjmsroxHIozEi0kx5j7oS83j+0Pdlvj47w1Dn7ieuFK+n9bzDCHjed/5Z2s5p39oryg8XMz+lVOepyV9n3WyX+14On0hP62eRHpQC8U4DIl/yOHym1zp9viJG6bOHKd8ZMfQ8py/EoyB3C+98R7+lieYJ7Ri82gSj+v1+mlusZ2S/ma9f43SvVnXdAYqOuEmtHMUWm07o5j0dWTvo86/HgKiOKkyzCzPOxrN6M77nJGnCap921/jNS81HWlrAaEwfd9hOaBvh+bMI5Uc+W/qOcTIxoyvtbcfPgaXqBYplTiYvZVhvEMmaD40br0ER/q2d9JNtDZ+mVWecbGFZ2rE08v+8Q94K93075M+3terdiXnLFqVF7/PLlil+fZxMM6flOPv5lif15EBLcJMtx86m/vOd8Ap5C2P0vHSF6uNj8kxS9XjSkkGK7B+0RmTVHkF7g2IORLA1uspk8dEuaMDpORdld4VwZ3N8UyP0DEAcZ9toNFyf2UZyy+1huH5L9equhqWXYwLuUysss3mPYqvspthfz5Uuu2ACvq4j6iNdZUrEUEmbZV0wECswBj8IHNOHr7n/Bih+7WnhPF2Q7ISMfVOtigdhE2UoSUe6/nn2VpkU5eimJXK6off+Cuur73Mb4gVxBg73P/GdffQjoR23rX+lx/PEDFns5ZRpY2ubNJ2lgKy9wgb4LIjjCc+StKJrW9qBHA6WfeJuBv9az/HHXGHXzG5JbCxb9lnwvBAv0zLat7AH+8p8GOOFCxHUPuJ6xqETblZf86DUQnOsHZwiCx8zOrqT1uwMn46ZM+JclvMCRjQeIjfKqEiq+soe0V6jCRn99kn5suDKsBKvBlXhMvwlX1u2qDaXv5JXeMr5XaZ9Puqw+Rtcra8GLwb3dFyGpcjh7o7n2Cymp9iL/fPt8nGLudirRFe507h540d7Rxx5cwbulcrIO1ThO6bUfiknsy7yk3hT1wlZCFye8azmeG70G9A1wgZvLD69ZfT5lyHUReqxaykROy3j1BlhPzF0vKHEhfwOAX6PuXhQ+TdSaIOHkbHgWrEAM9z2xMRwuFcoMVufrTQTwxmYjYkho/9n4R6Jn+TJZGI4OTVZJoV8shId/KXSIe2sWFeovB+uOFfG7k6JWnaf59jAOPbHWyLZbzIuUiFGtLvMqayZ0TqsmfFyM1NcgVO2pB5Skoqj7ng3nsMx2t3poBuKdp8YclVmMTn1TcO8L5WbU0kMTgvezzjf5CL/r0Ls61JxUtCisSgjeRtsgkqUyFIZnGwMc1jki8YwDk7zFDA5PGLzNHbpSCToFOxlGtEeY2RK2DPK5urmcmfVFe/z3lRtlRK7d7IGU8LpwVXh1eFVHeebaYlrwuNT14bMfdyAU7xTvS7SE1PCo1Osw+A28XGf1wELVHegr/jBCEHqVgcxitTWpiIXrYwyXRn32/ZYWRGAnMbcF+K84Wegvz8G4yMMBpkKHKKGMmFIhvcc6qfAUcZ2dcN3xeFliu+k8XJCQEwQ4/ALtTShv78EOb/Sxu2PnxiEP1jHwNo+slxn1QZ7nxeftLf0rwt9/Cp0PJhTQvJMTsKakSgr+LzhSpoKx6/UQ9yYc0U7TZ9Rz+0xU5707zHNpQBlwBeXb1kWxK3N+AuiWraL1tyxhjGpHTr+pITf9rcRLwf/noEstk8xPnmGekxnYWbkz25JlpxtnEzg81NC2taXw9VTrmPq8LBnolS5Ely9SRlte6bITuEQ+Gcijfu8MSBT7X9Wlq472ue3eaaS7VMzIjbnrrI+IxF/nUJEDkeDUdH/TlQO68hiQEkuP4rftBidbfB6ya/DTumzE33kJyX3mtqKqeFD5g/yjFwfrp+UuSGcHtwYTsjcnLgpPD51czMJwxpuaJUxkYxhhm7GADzcUWdvuADfLqlzTMkNRVLnhq9I6tzQKnX+X0qdWyKpc0xJWW7H1KPmXlOWc1KH63xNycNTnVv/KcwRxxNH+dPTOD1nSvhW0EWctpNNTwtjbWddUie2Z61b9pDR9kk/nj0svXFyKMCakugznYs8wz1cReR1k2lZLq1d7uuRUnslfoXrwl+FPm6NZFUW73onpEcWySf2f/1k1JlryZ3KvJwqrqfGuPXOurii4qe5+mciKVz15DQp1BrAWQdme5V5ttG4zjUl4OH+PebLW9TSeqb8K5aFLUnCYUX613KizXynPTkfTFe5Jx3gaD9oUQoEagHdz/8iuXhpYjl83I+do3qXyp9TDjdwWxj783hqi+OWHKtOzJTjo9zLoWM669U761XGWSgCOI6bFOpxgPiolTLc6VeifXqzdIDfhLeHhRGblXD8PWm1/bgxHqKYpTvCh8lvH97lB1juM4bvl2o5i3nhj9OTdmc/i0zg6nrf6ywtSTpfx6e5T+LLZB6tIM3l3qPNJJ8b869b1vErb5i826SEHqPp4XxJRn+f500Pz/PSWJrgF/9bybGG+TlCc56XRVNqDF4EEahXlpQpDkvwptAHSP/hQhG8Lj7eENqYX8NdYVvjUIhZTA+TZnevcxueE4lrYH3xu1nz9PAHcNbpkSr7HIL+HUOvB/31ZFKoRKOisO6L7CZ8qgFdjHgBJmqUeyw/a/GBZNV/cGOUcSbONzMWzmvQqCg3RjdT6rqY7Ubd2fg7Zv9MaUTBg4p+XYLXTMcU3/pXacD+ZmVlzJhMLuWxuDvcBT9IjFRZsBqlvq8SohId7Zaekwo1/lgz0I41PgaZbQ0xGFcqyvLEUsEH4uPHHqNB+6sP4ikZhOkhsVoPqLW6vY5YG3w/RSSUKIqhHZ4z94RxlMIgxVhuYcagt1mlHtkl+G3IkWCmEnK8cB7P115tg9pofjiOx5/J1thGZTi51GrxUUVaI7XL8NQWHIvDM6dh08QeEcrqZ0JPFGftQlQazt8sjvQCvG/JBXtvOFu5w2o1imiE+tiSeFWZwwqcYfx2d+OFLcgGQevsKBzk7SOx/NgnTU2rMN60O+9oPhDGfs3CKMxH0uyTfg1bZ4gnEM/ZfmPOoumh20+cB5Vx5xyND1UmTQ8/QCNGqgfmSp0bbhxY4jt2RijokNg65yz4b0hWvyDv3xwhDvolla0yWiuB1jhPfrbVHmQKTdVHdmmHBHFlspgZ9lTOpluTXZMzwxS+KfqhPokr83EC05AUxqDvKFv67uyRxawwpatilE/pzBwxszQfkWvV0DxXK3O5VMHlpGCkktMCFoDYv/m5TeD4Wzv6t2cGYQc5M4qEHua5N03In3birBoxsie66gcYb+qxY3K7RBanmm11d2WsdhynPcwbbQoynKO8PppqQV4HKsGLtVXW8c2y4H37zxWFL8RzwL97nmAd3zxukf+lr3RfkS60sV/pvv+Q7rNhX2mhYhF7SElJGk9b7g4uxm9gmtifrS3/fSFZhk3RFi7mf5IynZ/gzQrmyfiOSQzEoPQBhowjEzoKLghiPYD8x/MxUbY3zLIwUVZKxiyXJaab95bs7N8f8r/L/OYZ8ZJ5/YT9ywk5KQRDvEZ0jHLh9cPVllw6ZRHWO4ujO+Ty/XNZ0h4In9WdsUOyBiv9SuVnuszG3EIu8xuzoy1MEPXcgNnh1f5bmtXtvlTMPhWXa688ccwL52bDaYpiyEQ697VVD2/qY05ofRfZV3ymX5+eHa26Fvu3cb2b3XF9ejcvcXnJEmlnLvJLSvZvs0R5p7lS1qfX63qWXl/n0cqkAlztr/BcCzqb34X0mjTg9+EpqenBx5nXk/v55AgnU7iPueGBPnWwzbwxUQ//rD2u6kwUzHL5IqlR8ENTGpCz5V0kURpZnu7WTH+++v0zmISJsnn6xZKu9nozMJ1WJi3X8pyelG6VRsxTLOtpYOzeml6vjVnhD4YPhd+s1f2wZuLkieIRtdqsLN2m8wDzaFiVJANgD1laMkb5BDftHOB1DMZjYRYPR9k7R4cPKrJyUsL9PsD/TFE0ZxvBw2FpFHtEFtDTDeeKK3eA7/gBnT9xUmK415hoTBzgb53c1vw389m15q9b//x1685O9+W57b7t+etas9d9FdnrNjSvWmvOs68759l/Incd86q15hv7tuYbaznn1oZn3Pr/nLesNdtYa7ax1mxjrdnGWrONfbXZxv5TGcMeDuOMYQ+H/72MYQ+HX3WmMHemb80U9mWZwtaVoesfydYMXa0ZulozdLVm6GrN0NWaoeublaHL5Yj6sjxdTgN4LOTfa+fpim3+j4XrztLF6ztKIVeXs/A/HB6dGh2m8LrqVJyZr69DK3AelRO8+HxwtjnW1Mko+NhTBkWZulx+r4fVV7Fm1q+Hw+mBy/z1cOhyf43xeI1n6a87O1Zh9E5XdrmqolEb4PUQXjtczzDuGn9vFbH/uq+lVtrQx65+HJ+8vyK6HCrrPr3HGktSTk4+gDGRPh77N+6SSrW+k094AOaa8jwzijtt+pFN7XUs0VMIrd3/jOz3F9vhyr3NPA6rUhMli8dDjuOuvq+WxoGqe9P6dqX6NZ6rLJxCX0eDjn1so1+gu4MFW1Ooh9r/AUYUAeejCm9p+T2SwxMPZRi16d7MWMJZksUTIWsvflbtcmFZYmrYt+M/ZIlM75QsaiXz/WyN5UIcFGfdH6L4ONdyWv3id5P/JJnhu4cnHGco31uokeXXrI1zmJboUepr9nAkdR71qBX8kIV4MOcLdwgGh0Mow74l1EsvU/7M+iLEAXkTZsB5dFvCGjT3OrZp5nekFIx9jh9lin2OhUhdnjsLcbprt+yijLNs3RHMMJ1QlgqwOYhFPC/j8IHxqlwfTNAdKjtj/+Y26FHSgH3zZ+ftLBneRKMHiXOAf6rfRf4YMjsgPb9HyNqtLkNH37XXxRCfGLxU8qfwmuS76fEVWUVx98dTIS2s5APZxN6dErQNiVc8pOPKioyt8Brw5zCL97wyuFOf4OnwmXBe+Jfw2ZBS6Cg7P7zEPx5ZNIUB9sw8kHwudLGqPjzlrQ7wGoz/fDgr2MIwQtfb4mobYLhsiyc8zvShyJQ4z88Oik3v9flJ+oVwtuwvjsthNmor/iTzhVe4Uz6SI2v2i+FQLMkFGOftje4l0+DycPj4tLIhYlutU6zdj/zXlOXAxVwb1OORHKXIFZ3dU5WGeJZV8me/Bo20t5i5Re8/s+JNe7pHT9H3Umnw2q6pxgjXko6i3n3L/FR1eCnkuSUnfw19lOGFcCSu8xym8DVliMjizIo0Zmktk1PEbDwm5GjuqXfKwDwYb8qIPLaVFuxG7L8lOQ0es6NU+p9ZIbg7Qb1yX1mIq8wojaV033uKnurHRpHCcxUZWI8p2KYqi9C4d5wGzyOLXE886w3Ey+EU1GDzoIshYn4ByJJ7UFI0mn2EnszHIhGdvX0b15fGKC9A+04XolObOgywl5VUgllBJvkOSfcCXkMNXgmfLj9f7WPsb/cSHzm8nyjzNvednboGz5pZGI1Raun1DDkAz6zoXqKaZMJPvLxFPbqX7CezNEvhLmrVZh/eCEYn5icWZyojv/au1rOrZJ44PooULqoIPt9TLq5YYi6puCZgXxd8vuM2qcwNzSjvX4ke8mHJ1VgptdE34VfrXnIiTvp8tJ/1Ciwhr0rfireQxHz5xOe8G5ri/uxFCKixOsInKXsBv+5cuFx7JSpVnMVvNzMF8yKfAzXNZV7MjOruz1WWIce+NF9Pmiw3JWLyIxPziQhU05yMNsoNEjPDu7wDV/pxTZ+B9se5EW8Z6+qpu6qbM8PNQkxSnqDhwuwatBc+XpLVpxrQVBIzhX0q5Mpsh1loKtnWS6ruvl3yxOTN6pFpKrnTkkP9MDyB68THbFzUOSmcKQsiKw3H0eFfJWLrO7OCWgC9F88o8+Ew7xOvp6LGTpGnK+vzWXmmYJmyHw3zTrE/8p29dnuzn9YRr8WTvRfC4d6ZFbTOT8Ew71mPDJys3/lHBiApb3kNFReUfk93et8eb+fjkIoy7KaWL/qK+5cE+FvI+t1+TDu/X/RcnKe0Cg+X8ERfj1sMEVnDzQgdk7gP46ruTAVYmXhAMthG2M/NTa2ulykqh24x7quXRxjxFeqP7FE6wXJPnZ/nFZmi1qlVQVaxFM4fMyjziZfw70y5aPRSLVWPYZ7zA5GVdnvTQ+jjaD4+7o3EFow39CuQX+PVcLx6WF4Lee09Hev3E2RxnBuVL/cu8X2cpHxW5WCpz3RODTfjTSV+l/iD72Yw3z1bTrFviatvUMfD0gGuSZGh5SKzUt7D8ohV4N2KA5R9YNvU1dHaKJZQV0cYN+dFLpZT7eGyZL5pRcuSWdGdDMbicB1VJzl8PQPMLbr/mlkYXqRn730Nmf9cuXODKbhczq04r6KhIgC/75hkB7wWMo78uxhvKMFfTY/zxlR0wK8rXl/j+kRzbcrHSnygmWXPr7jdTFG5X6ms9wEu3Yra33faFPb1nHDEZkugo+ZjuZ+Ueu/9UkqvCd55wVwMNw0Vb4TjvL/ruzzbaHxs688uDTC/4+zSRWEHbOv7eDP04e58ZJaYt8I3kcbNFQ24xdA3eGJR3Dy1rSkYE3DMfqB2hCkYIjHXcmPEB1SYIRy5ch3x4jo49vMxRc8VlNcjPee5GrLlMG+IXC5cu5wZZG0cGZ1n+MY5Qkbx5+WnMhWfeW+b0cENaumaEtno3LdkTX1wfkAdYzvbxTgdJqvy6nTNJnSrmYvx9GB7y6VW+WzftFnP2eYdU0Xa1GFfycB6E0tLtdZiDuRG9dNuEtTgQEUUzMNfNG6E2URuidh/+bZx6J2cm/f11kYMNycHLpNS0uwX8I2N6OaP1RE9NTrHrrmn0FNTpXN1ZVAayd0m1bXcaDMW49ZNybJB3XQkLsSkYGrExjTf585NT8niMEB/k8Nc1GG6dyB8jSG5c1P2wvE1jcai/M53I5gVN8BuwS+b2SC4in5SGu/4Sdy5qeaJsWRW6o4aTMKdHm1zt5hrA8clyHFw451QueIkEbkw5/t9/q321eKKjWxbOsVYiCf8Lb0p+VVenL+qHmcJ91uXY4pazFV2Afy8x7vJcxLt7igLlcsPU6+8mvT33rmpw0YFMlNKUz3kAORw56Zk3rzdOJv1m9bXHDYuP8Zx/vWmAY6NmGdBnvrbeL8PmKPmTesiQcZ6rPcA9THMy3NPc2b2Esf9S9Sfk32B+q6m6F4+Lhr7uYpkKOgT3KGXmrRxyJMpytYfr7T2GLPWql0usSevsPcX7ju9ZAmaol3eRQBtkSqN8hpxPr5t+qIduum+5naZKzdzekFTydthzIg5T60wk82rmkVlRx2Lbb07rXhTcHsQ6zmHR60mX02fdHFeqndRjoEqQ1egA+4NXI+eQ4O2wVccxGsZG32Fe4JYn4lrnB/lJiuPvLzuK/oRisN5YAd15Dzk7jTMe81biI5BLto1a3G/50ee38KOeUb0Nu7PH8kUjffg7kiEdXuUezzP+xE/PjUExueMN076j8AK75jkSPyqgrrKPJmP23CoV7xDNt8f31JuGRff497qLIBbB8yh2XxNDo+iMcvRMbhN8Ru34xbNJTkX3LniXSq/R/F6qjY6XUyBFNXF0Z8K3/7EZrACz6nvtk/RKZSxY0nhfrRlqlgbDXSGum9H7WMqHsjEFql4HtEGy3l0Y9JpCvSQMGdPce4iRvFyZ3ERwS4fo4sJnuD5+OGWzurtdFj6S+pwQWpryyc4zg+lYowR6yL3Wad0QnW6j4Qcki+E5OI8O+G8l2dWDJF31bbyhBwl7fOcm2szbvr4GMVsm1PQNWLDHCKOV9OPeDMddmKoejeDIi7NF0L3XDGT5prsmS+EL4SJFG0Toq2bJweoRYE9FuUV9PUsXYndzJXKmNhW9pRpabd3tmvRutec5bIcm69lV8i0wJj1B28MNtX40FvTa/JPknWyT57jLYgytBSQ1V3wsR9ggN+c3avAMOmkTuH95yCne0FGgohxkna2+haZI29L07LLVTk9taeMwQ7qoSd/cucKxyp3mD0/0xBJZka7jbKNOA1p9JA9xfEd/lVtJQsSjgt2SsQb/Ju0sxm/4D3v+XjRo5R5yWP+kX5ysMRYsoGSweadudq6l7yaDjTnSwbMalRbJKOJLmILnCVlumlYI/7A2V2It38nPND3lWXURcO7DNYuE2ZW4/WvM0SxXyLjTSsbXCsb3NfJBpfE7aazuSzIWB+XeQ1YEv4j7CJLQ87ZTpksDshV4tbkDYnuW16ZqS7x8XzwZXFkcQSIs8KSO/nwFuyqBRazluyqGf1qy8J/ho8FtHm9G+6J0/1k0ZVshFrJoJdGV/9Q7eq9sTf20b2rL36k8Tv9MQD7qmRlm9JRKbezF2qj5XB/zeraM8+E6jIJ0A59aOQh+TGcDZk2L41w09i3XsrJcziIii4gcH+C3hAciaNwNI5Rre7YqOxxOF5jvX+qzPEnRVdFbWcnR5pML+VnZwmXDYrf7KOSer3bSzP98l696nR8ivPGZd4u9MmxgTrMbS3ofX8DY9KHQ/Dz6A1n6xnvF/lfHIHR6xyBQWtkgOijbPXnRz4RIq0uiK4XxupCtIQGv7RZD/eP8nb21My6a0YH9GqWIZoe7MmYgqs0J7UX3e+DayIeELJ+FDiK4ueZOWhqdL2X5v/qg+s/381uiBBFNyGJm3m2WKsG6ovTcCsczvR23AEfd2K6evzj7Ht9cLd+PVf3PahBT+yvPgdGNvZBHOOYUX+kKzVDZe6sfP6llmMfWbINHsLDQMTb6zL+PIbHEbPkH6CxbxJx+j6JC/EH/BEOhcP9tYB/X/tLBLgUf0Yu4vt1Wtd+OEelDM/FnfJP0iPGvqztC+uNYr7+5yF4AX1Qg/4YhAI+MZMf95fwV4yDy7vSEy/jFf3q/HeC7gGM1/5b/ku5ee5iq5p01ylcdWPGLFVsOVn+mZ94TDTTmX/p74yMUZQx0dO0jBi8pdncXOaOt3Wm8nzXE+/oCegfyGhb+H0LbXAMDrRNLADjOpZiGf6JUfrEu3lfJscxXpXv6TnG4fpXKKqyeD66k0NG2Zn7qw5Jy9GH+Je265+KI1qikR/O41lcr6hO+omWitHPn6LAPcz6qQWCli9FW/WBURzbQFTqeo/XXlbt6W3xOBrQB2NwbrR6yYdrxWGGipGO2WgW0r+bw0I8CV9riOekZg2VQBLi3tASKs1X5pKCl8vJfkp+7s8dEayTRT0eO4dAWxeSrGe+f2WKfUoqRs+hydaFxqlcA4+Tzeu5r6FlnE13xF62ZMS1YPLfdsMwOGvibJqjabYWX1miu6jduBaPYtsIKVGP7aRGRmB78fFdiTM3ueizmK91fn53OHytuexQsMSTdVNff1bIrpDFQ9hOcvhUR/GMInzomWqzEOwkWewsu0ilroIOkd/nvTX2Mh+7Sndpg+9Jj6gtZSA2lfnKfewue+RzfBCLIegpA/F9Ie6gQ5TjfC/5QYSW6SV+kYXkh5JBnGfJ4c9Y6iSMQEcR7E3bOiqjFfodYRaeHRHXs8+X1lPArPWVbtgRxZmYBkgflar7ykCJ5dB+mp0nSaRY9AXJHrEjBgqxaA0YnJ+1LlYowP5ygNSKjzoJJYMdEeBAiVE6lGcHyyGK4jlU8yIcID/W08thEmi0SB8cLl1lqBwRZfsZJjllJipGDK0fLqcwX08Ql6HGzeSTpKt8Rwp4oeHiY4TklE2e+VVc3sIDhJYeYtyymktNERRymp4wdtSMRsVxcWfINjhIzpQsRspZWvcoEfxMusrPFUnkVkyMLPq5/CJi9G/SL5DBaI1k2xFrv/Mc2XAM1gWf11Ybzb5aXKizjDJgrAS4SC6W9Y33ax7ZV4/1iewjzmP9IvumaPyei+qLswO5yL6pUojtcxxCsUXH6aHluEFOw0u4UQLcFOXhYtQ5V14f3CzMOHWLlCorClFVzFjL3e42Kaz2MgzEn+S9cHnYtf2KMI6bt5E0cZk9b8uv4QgLFa2g6SJ5WSMqF1yUiJfH9lBOxXWNUJQ2rY686nDZu6CXMiH9MB+DfyYmRhkO7paYFWeEPlPWTIsP8G7o5/FSC3EvYnz1iOgNU9Q79Vuhh+9enc0zZKbMUmz+ANWgf+oTy32PfOIHRVz790WR6USAuzgb1/cs3o/Y92IUfbnGLL4frgx3ti7z+WGZPyZPMgenPk59EJ4b7qys8i4u7DKvS6ISy7zh3ofhv8KPwkfwcfhDO0azbmc1buejsCeGed8mXh7HxrMybM7NE1/9ZvLz3Oe5frXBnzz3XNzeMhzqHSL/kCbc55Xhk5AWtffJv5Mc4fHfLrLQrAyPTpEnqwnFDCXvfwVMP+9/45h+VoWfhin0xPCMieJYuFsP8bJYFabwaeiDbCJp7AFmnV8VLpGTKnb3qvBZ6LAtOb3WRVaHqB7uLZGVUmOGVIjiwm72DjYOw8h7Um2qV4e3Zbazq8J61Bha45dIDrb6952Zo+OI9NuZ6QFzMq4KFxr3+5FkUwl/edVHpz7u5FcH1YnqM7yTPf4+2UtWH53SfTbldj/XF85NZiH+WSrAjgkfaYy2S8TxQaZUGr26hY9UdTfNZbQqHIMaw/XJmmhXYUnWtO7VWZ5nyOQKzegTa65RxbqmyNM4U6xtzoMfX+WTa6/c4iffMC0/ubGreZWu4kn6JHO0rNqo9VuuNcQ5XuLV3KC2wA7ogzb4lS3HCD+FU/z2fhDpJiz5Cx23malVyvHIHWrFVkOksyGD/v0VqDol9VDmdtmrpF+wU4mPD7ZaFcni4ZmlmIazvOnBAZ3ddyfe5jqZhraGfRKcmlgVpsHfnE9zQbb59yWeR+z5CdG8ceeMYvtVwcq+vivbj1Z2MfMi33NtZnpwoN9VjvAnlwR5612gtoGucmGisPaDb8TqT0a5ZFysHbXPdHUbXKExrcQ+h3KynREsBb/XqT4xWt8zg7FyK363VSHt+qf6n5kVW63cKgv+nzvyiq1SirXpnXRrP1N9dKqkurS6TfWKrXw8W1X++T65SXVZ9f3gXx9V7oFNq9tW+5htG/AHb4muyd09F123KuwZna1Zf09kq918oHWvDrd0JEb5x6lfbtmu2sc9ufbV35591Vn7CztqEl/EdUe/W/vULmb99lRfS/0g+XVz3xXG/d/dFws1fRMZvHoq6jcd8Ux5uj8mcUK6izB/fRupSv5iq596CZ9o582qL9iyvHq4t3k19dcbqp6vzOEyW1HdXjlZZsqTQYHxpzHhctM2Kq74MbW098TbuKEq67s7O/guI7Mr315HfWHy9eSB/iI7J/DhamtMcCWSO+gar6faVYmHdpr5Fh07VM+Uh0xcYotqlzFmr1woxOPnqkOhZsr7L5QIbqjy4dpejnuDhdnGBD01mdQjegr/VUaUBerwZA0aE52Uq2Kcsjpsa2YmydcxQefsS5pnktj2Am6rlZvo28BNVLceDERfxF/Uyk7Uyk7UE5MCtzr2j1ZJy6xEzdmL6tAygw6fb4lDx42/W1fc5Se1wJczCBe2wHvUSyPj48yHb9uL4Ec+lAKvUXH9MVcR7VWTlK2omKuI7Zsh12v5Yvs6GYsmtcBYdLna9q8KaqJ3xGxF7n3FfEVZ3CaFlsR8Re53bH+8JthQJqivn6WolW3q62ebIhNUY7BIPV38UmvyQI1ZY59xMpK9KnCgsGbaqF/HIc1yRDeXLdXGyRYfMXuSzXuQ5vsFzyp9E85SdzH7a8kjQg3Mva0eN5MLxM+iSgaj4GchU8o7kUWRWMBl5hnNgL3MjIqYhKYFrYxX31bGK9eP/69cVV8V31cr51Ur51Ur51Ur51Ur59VXy3l1f0C+K1pIiCYPNc/rRxLfrcE2IthGpmKw2kivNzFy/D/FlcWWxWxZ/Pu/x5d1Q9Xm1Sltw1fLmuUsTa2sWV/GmvV20o2o05DeAaOMXA6bMuNW9Bl4HL7+mmGb8EBwjZ2pHFOzg1CtuA8E5XjdxtKZWsfkZFtFX2Ty6IujZIgQIf6hoc5biQEeM7nFd1m2lb2rlb2rlb2rlb3rf4+9i/6Qr56965Nkv1wOj26xPtxdcdn14er6/8nDdUPV+vBw8T+nV6zNwuWu03sc62gt8XBtDNdWx+qWmbbW5Nhy/FrurH5jstBCh30vZJZjDatX91QLy8WSxVHUGFZTz6+S6QmitWdJzFaR842eqJy2N8wrWPNcHTzNshRjSU1RuUE6pnfLCLyZaICf4ltmiY/fyvIIP8eYtqM0YtDVFGfNuypwZamTz16jzqH5L8Unvm7eMPphOXafYQ7+6fl41+uiZ/g2Msl/VmdIID1Rpdrq2RjiuajepFrQqXN+gC2r50gjPklksZvhr4NS2XQWldU9gYjvifrhe+Ik/Vl+bP/slqLMu9Qwoo+4om2SzqdI9EuMgx+Vj/HbNvmCSWA7/249ZVwUIbhTeiq5HX9XK2RWPesXaDRSdylgJQvYA0T4IJF7zFbR2Yq2qgA/sm7FpNSW2L2E87S8lC3qkarPZ4ylx+By75fJLAbaR6VM+ZbmY5kpLx2DV1TT6ZHifzx1vVDCiMB7dY0EXhbXpjtVP7BlDp2r4+vuamV0lVaJrappu6yqvkd4pu9UnW0RZbM2I9ba+Jrtk83jDQeiwcaogH66Y+4S+fWJz85hJ2wmzqdfE2V6dZhj1+esotp2wdm+G4WH24bV1dWZvM+/LB/pNkDtXplUzDJ2hbKLufJjVK7RI5HBct+dC8jzVcg8NYNRFyq5M1jpuztbmDLcEnTC6gj1wbP8oiCHoIS1d0hzn3oqaGscBqQvjvPamqMSlRFCpK3JIDD1aqfP4QmZZ6urt67+TnWX6m2qt63+dvdju3w/aqrnJbiyKbMutJvY7au/W80VOxaLpGv1O+nt5XpzWW4kdqjeRzXJdnIGlkq36iSWGbTA1uZ64fyCmxSxtv0nxmXHkh2rd8r3jPa48akpWIaBGnW5c/X0gHKSWsNphp7lssTPzYnmbM19u0u1y+e5a3X7jpPlRLNrdZwjns8xrqp79fequUbadzykol73l5Mlp/rSaHTCG6ZH9W7VN5k5W16I7h1i+RWPDv2cLzXjs3O98nWU3PgMBCiThOM0MuGkSy6PVrpN6HGr1B5l0L7jkswiDJHBpnt1+467V98Y9JD24N97VPM8PMjUY7DpIXtU+2o7vNRMgetDGT7w5vC8ikOEWuIWGd15q1dVafRsNXvHnK/t1OtKjqYMbjLfr/a1zD/JupYm/vqa3BGbB9izuiy1c7Xj34u59wrfrLEoTpUWp7MzO1dvBkbQV0W5oDusI/NYLIF2ro4lTzW+A6c9B8rQty2ofRfjj4ol0s4qc3bFjui+hkwyKpN2i0b212aBWuzpl3g2yg6Y1OjWd+QlM9/sVZ3C9OAAnK/otlGKSe9r3Pd6w6PHiFLNgiU5CucoA+GFFaz94szxSdH+GJyFYV4aMzcgK2zL2NbmmNT/Y+/LA6Oqzvbfc+49Z+6ShMjMkAATJhDuCIICFbCgaVX6WQuIIInigor7hmAApVgrGlxKoVKWoEVttVbRVkU0LuCOCxaVaIIVKyq2IIjgQsWlFn4+77l3ZhIWtepXv/74Q5nM3HvuuWd9z/s+7/PYhQaTulDuCM26s2t3jJszeZKa2oU567DODgowJp5Qmg4OjFfluooBwY+C/wk62si2XNExTffRPVRERlMSVx8SnG0bfXOPxtrzs+sjPMcvqRWqlg4JUi2epujvHVh3VzTRCiVEc4RosbtW6O3svx3h3KBTuLOct8iHhJLvksaHhL/gQapiOy2efbse4m7vHq/e03SvBy9SIbNnlOT5kcz43CgPCXIsDiKPx6Er9QyRpu1ome5By7QuQntvn6cfsTqAxwizqycdEmzP2oCWjGp3p/5tYdQzPw4S3sbS6naHBj8JBgaDgsHBYcGQ4NgC/Ht40FRwUHBIMMY+koDcxie0LJTvVqsnmAGoQO4ro2jLIQFQvVgDo9KvdhV/j7hFd/50vn2h20XkyjL44Tg9WbZOPOYbfoYjlUeXdjzPvbgjMKhPll3csWfBd0kv9R5j/9qP+HG2baKc4i+nmvrN5L+ZJ5vIBvw8eMqXyYDDdbn8t2/GxruXvjkbz3zTr/DoWCWBZWBoAKYB8/c3wTJgSvq/xS+wPa+AeQv4oM7awe8ldu6KOF1iV9KltqZe9m6ugd1cA7u5BnZzDezmGtjNNbCba2A318BuroHdXAPbcw1soj+KP4nbheLPVWpYcETwXWcdWCxcfttZMZ218TUNDXbFP/DF7APbtn0Z1gFFN4Q1G8hYmYPZFkGuI7gDzbNwHn9Y1PK3j4hHeT0yHMmV9LhQtEQ8ITY1YygcjroH6+hObbjeXtI707XI9wNur3GhwsjDw3bkDzSRC/SKZp5UeAVrmDk1d73xIuIeeAt3nG/bfC/f3gO347eBZ/h5F/U7yYniGhvl3+VhYiKNEZpq6AUJxFZXT1MX74CdlJKvtRFwnqHZpU2MFydQqG9EvJg4c0Z5zBEfZJKO9xZKowdRpt61txLiT6blhoR6G45Ai8FHDA8xzqdrhfEPoRTjm7xLolVaqTmupmKF0m6yTQ7fermYNI+LJhucv0nqp6sDM1LGSKOfUk3rhPEvKKuICopg98Gv8Rc3zhgJgwAtDjO65/nvc9zQ5ucbdn6MzjUyQmBttX8pgZE2GPLbGNG3xcJcv00cGfRyTfy0kde+nyjY/P1cwdb0/q5pgTKFGFK70PJEFtQBbqVr2ia3BsLPgusUkVogiu0KzjTAyQNnubekx+V2tYwVCM/dLOnTcvGc6mbhPk33ESk8uVwODVeNBZyXd4Io4J5azsgbXFFNRwUe+144quzuJRG968YRr5MVst8CZugwjN1R1Lu1mmEBy+BwbsJVNF12V1dKRdfQwTQsvHubneJI4F4qSZvDemwNf8X7w7/1A1eQcjX90AU3s2aeZmNBmAxblFZLL4hnFNbaA904lwiv7SfiINfUqRur7+wrFV1dAE5zKBgYvD2ufcZ6wMYVmIsjBVr8yBhyFEcEIryilrkWzOejA/PMQl4xh5Gg/SWyFWeyn+IACRb0GioiolfoSmhJSE0/kDxTxFCqELDEltAP5VxyBBRPNB0oq+kgadHBcoboIldR5FlT4adrCqvpfrsVzeFcCPgnEBEYIH8k+1BvgRMNsaXXXLlpKH3AOw8YJyfRFPrpLiOyUavtL80ns+ovlBdkT+/4dgNHLXPrWiX14/ZaQSdQkvZWJ9IWmi4PjP2W/sfVZCwWnOoPcV+1r7W2wIpT06UZaavpVdu09Y/dWma8wDMWisc5T2Fg2LM45fUQC0V/aXpnCveWibCC99ysKgtFNBI0LRL3UFs7unp8s+tL7DnMdZy7Hhw4l1ib5GcFZVrQ8x1Nn3YPfzVXNvHIQBn5dxbSWVQcy1jFMWBpzPefiAF0TCCohhYKfDeRUtl5odhTGI0os37C7/Awex5+4vr85CU0R5hsZ4d3SEED3Thdb+eXBEukkO6j1TH4M015iEX3l7kZsoEzk9ra0WzcwM8DMmNXa0SlyK0RKHUJ+SHyFH+NK+tO1c1+ByrWlIoS9uRVrUQOchX93moMcdL3CXiFx9N1Ughz1xf7O/0d+jtT/P7b+zixVj4t8nehnXs98/31pjaaumdj2/j72OAAutbx6Lhgg13JfgvFK98BtD41LOtNODa41immD9s6NJNKaCnmfoC1/lrn2GAK3SbNiX6qNTI4Pjg2wD2R7oHPeIdaF+UX0Q+FmY0NvIZjPIywjwtOCM5UJwbwGOzvvU/HBctT+3YA2vihGGqylUyJafpQzmYfaDV7QfvkxbBPt42dd6+4unP38Pom1yjGVPIYATu8yRS+mtcTXPFEQYq60SY7zu9nduY3eZ99UcDPdmwwM2ae00XF6bjgRH5nXAvfD/q0PNunxSFiGEpBEaoELWKUI9CH+9De1JXP6j1CrxkUofamF21kPY4KsMe2VYow2vCMv7XBaTs61xqcD3bj1fabdtwuzGJ/YFVeZB0bTJfdaSx9Jq/Vim6yTI9f6/Qqq2L0S4OV5j47NhgZpPXxwSy3ko7qALZ9WGuDSdAg2cf5hcJaBOWCWrrebau6SIymbha0ThCZgBXwW3eRpRjjVUFzVW32tGJqCQ7sCPkTt/H/cbErpBVqQ8VZNQXl7Gp1Nk+LYsDRHblvcgia6Ldd4WjyMTS5svKRNNG3U7J4GoypE6iaI6sqtGcLs/ZsdD2ynPOvSOfVWHF5/16kI8VW5CTKRTywEmiqtVbwGWAw5VYF/Q1Hmvs3e0N43GA145lm1a/mukTreZrGKowQrOtx+mUecqafyPUNIlHDrGhFn+XeqStprRW10iwXn6CvgH/hbZjtIg43yx1jj6Ho0xxXZT/XufuEdx3Htu217qDYDLrOxb37xnL3unxmxkwv5xjyLPdEqenLPuGL5gTeYyLXOTc7vrn5EY2qXVsxphVazpVZ7v/+bNn1TNl+lig+5+wtjLLWVtqHRtk6ZFE3XmsTDzWs+Ph1IrdwDf+lGTUElpLds+2LZtv5XDOcaJ4Wr6r17avFnczzf6ELROosF9959AEdEjN/3+0uFIr/Xt9+ljuELrZ6+IqmS0c4NCGGTOK/pG6wahiB8pzAeMQIvdSCPwA+mSYy10fe2iPKRDj3YGWbefAUtbzvSAlOAXgaSsL775IePWLPFpF63yM03c2VE8+WlLbubwv8saJ51gDmiTFWcoHAaQ3t8qxKcg1KxR8VbHBgQ/eObaQbQmsPZR7arJyoxe7yTwpmuYlOir4v+4kpdAarHZS5uOsZe50dJ7PyfEoXyXlWCeuttKNBsWuM7VWxra1Hs9w2ncCMB2bHodRPPC1Mj+RiXtsqUIcJnAcLn8rbvkd38tlnW8WF7m18Mn0uxJMbhS2Ds1rOVvrzrA7wl5RPf1ZmZsB2Opzvj/SgwSeGmX1yYJSHiiktzNUGhz9O3Sa7iINkUcyoDByqmrSmu8pe1is1UPZJqhAely8p8DQ9y2eYBm10rOZZyTCD8q6yU4K2Pq5LA4OuTg1e0oqf6GX1Bw5VP42dFqD004MzApS8ozLjNM+KsjLXWqXAYymHHnfxFhNiOGP/WWmq7/Sxwhxo68bUFDqsrcGlzqenqJ+IKfh1Otpp+kScxPiQ6O5ZLlTlNK/ZMbaElWXyoNeJiZFycHitiYg0MrIMK86ZgSPu8DUt8Gfa3Ql7ALSnFB1NJa5ZI/DU3zG+ttKeaV9rveGt9u5iJpET1BLmZULc4KwgesbOfF3tEV1UuzolGG6sWS78cjOtH9jljN1Hi+hY7h1cXiV6+DgfjiiC3/jXPI4edzWZcXeEnaKu2fVvlqu5vJy/q0REK56pXbTu9SQNT4vbUeawP3H6vjJ7y2peF7F35q+NudXvNqH5pIHsdaNRez8pKuA5fp3XW7E6h9tXTeGIsGlprE6KP0+hZzjWjc9mvs8n7AKYoVinELOqUeb3iXQ0HRlm/ZqyTcnmCSin5br3Aa1vP4U62ohYznKinIZDPIzQU/jsiyuMutsDdpT9mWYdsqLwqSW8r9xPI4qeoikUp2c5Dn+7t6eeLIbDIysc+qsopnKrO+fD4+6TbWjFRLN2lmtwijW8K06h84THmKQ+dGoZbIg7CSV0578jvgjkJQyyRwnMmpIQy3ahC2vAZG50C32T+Ba8H3fJiM0venoRtWXMyzp3pHiFOgrzKzKhhwv4La4l5EB/7DxtowxEPw607pImlvSWzunIm2uneMeIabSfhTdGG/5Z+hzJO0zGqasv+BzUM3WbqKVZ7iwX+UxR3irewMy+WjrDmxvuWSgVHs1UzPBJ4aoimuVO5H2vRJ8dmOcig8+nswOchM1+NyEWsUtifVhCHq1mPUnce6V7TlDh52I8WCEHdeqoNF0q4uTrU8JvO4W5joViLWsPFgvEjtdadRI5fDvCFo+gNGJqYrZQ2+GL8zWhcVbUNMsy+QY3uSZ+O4TPbQ5nKsMTdoO7UVxJDv3Bxe5kMwpuDHURx2oTbz9Op2iNGKkVHa83iptdXAk7tBfd4kL5br6bphMYGbinjWzGSdwyyJuBn87h/FZFv3NdCuQGaZ74Bn9rtIP/IiXd6P6CFY8cVqyOmFTMufwq21cmPoC3HsG7ALg+Z9LXQX6N5kwcj6MZDo0Ozg3u1KODVcw1AhWs6aGnEL+/wrn0Y+gBqqXRwVh7dNBFVNLo4FTXY2bFPjSIPrKBBzZz6aHYPmFOtEOryGSHqKy3DJ4wfPeu/SZdRNMsRQcVNUf/4Qp4AwpD7pNrGDlM5JHJoPHDb2ETHhxGQJLUOvQhNTKSAnfivkGyVnYVZRqcua3VnxRwQr3oUhesgIYtY6G4XGM1HxOAmwT55RvE2GAra/6cF2yQ70jN/oNV2afNpkVWPr7hHQkPj7E7V/EYvFrMJ5cudRWXZ3ydBmNjlKRMjvsqGh1g1zSMgasYkfWMhcjU1uwVitVagfzBeeYi+jkp+hk1UR21ozn879X83niDV0UR3QxmWauOtDODRvNufA3v/T4r9F0VRqqnc390owEh/1CEFWkKr2lk/2FN+FeDACIAXpdKgR7twzmrQ8PopPnch0YHGAXlFMUZTW01XUQ/y77hdOpmPRTDicPEGzDSz7OGhqe4ytBCR6vkW+e/Zht0VRj9ycdhuhQxyQBdPjrElZsZUMhrrsGXY+8s2SHGXGX36NH/Jso84rMEu+XOziOoRVMF4ptGdSliNnfZlopTU8Vi8Rqtod6WWUNrtXaw07n0EnMd9rAQy/xQVvK1bphD913B0wIhVxPk3kHlvU9NsCHrp94eUWv60eP/gwEcpYyxc1eYcZCWNUE9LaaaACfd+2ihiO5sroKVr4G1K/7TZ2y1HQNqU8V+be/UzdlPYb/t64H17NSK+hBN9J9nQx0XVFJ7OQWxRMsRwjbqn+OCJdj/5AaOS1bSFqoicIFDHXSuxO+PWNOc7a8B+zY8s2NkGwUc2nS2L/vLcUFBQZMFn+shsT/4isYFV8qcF7eaowXbrGH85HbURmFMYIS9IzBSTi8z4848xbCN9JeIjIwLTFwhTWdIw+J9StnvhdHhjClB44L3mOuktVrmGAZeYEXH2lVc8tb0+KAqbCf0pvHYoFTocRlc1FiKqXZcF7ODbU3DRsC/EWIUauLmjDJKmjfYhrqlN8rjqJDvB0Jnm6wkh+PYb1IxTQgaqT2zuJbT+cHNVsTTBl3K7hKzGffFyVFb08V0QTAxuCAYF4yxccqJqbnMYPLTIE3niQftVaJ3bFzQNXWle66Na9B2HyV/XPaOQAu/7f3VwRujRnFW0HuqYGQMpU8KJjn49lC6MKihfvpQ2sxvglqOp2kcab3JLiwy+uabZTW3TA11lPCs/zAGhhT0OPowbcVoLvWX+L6LmBP2wCaJd9jCLD0HMQozpq5j7deoTXOcc6bVYxydraARbGvPZiT1JPk/bTD69rXRhoLP/Z8IZJZeYsW5de+jSo4nKX2L7E5zgKUV6P1cj7wjqhhpiqdABTumzBts4nGNuhdlEZYos5HHUpF1QRjXBsruIO7/mDLIlhh/xjfjAjMmsFMqukOYbzAu4i3GRXRVFb3Mv+VropZ70NGeIrdybdEvmr6n1kuMRNM6gvJHK+6/1nLoSW3G6QcC43NkrGoHY93hXA+wgORrujZ/pg7j7cfYePqT4mkBi66zjN7atJOpCfb3J0VnCbbESE21mv5QgLn4qkT5eP4NPCOH0cwOis91Pws+cw1ud5CMeryYmX/OtmtoLnWUW+kdIWzTMy/QCPcHbpz+UICsMqhgJulQhUwqxAVPFia3+8GwJeL8hohT4k6wA71ApZ7ZK3xX0wP2En7yVvui4ENxJc0qMYjIiFUHY28KFUkTk8Ga6IUzN2pZ9Ei7cIwAkf46e1Zhj9fSCHecjVj/z4M4e9Wq6a9C0Qj3ZvBKuRhL+9gpiqliutyBXYun3pzC72Z0Y6WIcyl72QZ7UUxb05jLhrcNM+wiXiO6Z1EPWFGxEs/leKF5D4P+Moi0RmtcsLHgzpiJQGGdvjgo5LjXz6wYlaklHKW6yFpZsFAYTDJsO3z3uhjiebSyYAD1VmgDfLdFrCuYHKBNjrFPieGbU2GLWfCDYr7ubzXSJcFVvHsKujQop9og//xQzPxQ2IFysTd4QrqyAjXQtcYTEe1TU4K2HHUfJBeUu6G96zCadAWBkwK29mUB7IaBqqcqph6W4T1EzslQnruVzIv9U9XNwnrYRTqMdI3TYQJKtVgNfqHmOIo2SsOCNTD0VlJ4jmqOqIpsoXxkFRRac2fFKp7vA8kR+Ziqa0LO2XZUB16HMAYa8etN9kSI43jP1ozF9ek9r5rZFgvVZuAlQ/Tu2epwP05oi42xwYTTxwr6tKyYZtEWjrBea8XpFFa9NSXNYISaTzGlQ2sZXk9ggGJqkjWdNoo1dhVdRz/ohN++F+vOLFtgNHiUvXhueG6LbCG065VUTh8ovQOt4ihTLqcMqnm2RQgrjCzsKY9ZBn11BS3lbIc+NIlLzkVg/VB7Nj+jzW9WDmx6xf4m3Lkjyz6y6n0LuRLPsDp2OpvzisjGRtlFlJDjd7UKuZSX0g4N48jS5cEY+243IY5xh5BLVwQOXRmkaEH5xHAMPu145Y54UnYpOcbFPb8I4ozcGcwZCZh58F4/SIXkcibC6hBJv6B8YXkNTQ2KaZmqpl+yr3NB+QxhFNQvkqe1jfi0FJc5LTiC7b6VhKcUsxo2POSN1jDOs/Wt/fi0uMKN0wHkUmBPpOlBijrLo2OKHhUTaQljuXHiulzkz6EF5cClu9TD3/Xs+XfnjvyWZk8NWxRfdw5V8/wxluLsZjNof0Y7bD+PhtC2beBcPt++233LrbehutunZKAe7vQo6e/3LWnl9fd7t/lVsLebP35azr4F5V9+/v3/Nvt2PMfOV7WxdmVmlP+84OhYIXWWmAtXBTW8Dg5iTiKjjPE8dZaKfleA7xeH54HOsotCtKyDvJKxguvbP87n9x+LCudse40YQjMCj2aK0W1by24WFIvWiAvddnSRNOPFoy5qb/nrYGagaFbQh3AdRh3m92ueoAvd9e0v54xV5JfsfP/5OrvPgH9r5gz4xvccRctFbt/JH9uDJeKfv7MQc4NNrmm5aOJ8d5c/zxB/ku/ayMrGGXzbNuDHt21bUF7vTA1+FcwOsNcM+AZH+nLxzYz05eLLjPQBOxzpA7Yb4ccRToQL3Cr6SAhqEHNpIo2nlQWd2hr+oo10cLtTC57laC36H73/vIBv8PjQk7VcKHpBmBNzhItdKIrpAXvXZWfHMnMS3Caq6C63+R3AN7xsw7c9kd5SE+kKjSi+rSZyOx0ga6h1R03Xp+cEOMvKcITVBYvF3Cz7kvnWfOfS8WqhhB8lPwZs4oTxvPvwzUKZY20y6uc+rbYeFFXsEc1HVVUReI0yoja8pluIjqilpfaBUpOwDVeOQW0sspojOlDCcS2e0vwNnhZ7SeNHOzrMLnDpU2H2T/hO64KJNDfYRJtI0dXBZPkIx3CnhJ7VQhpsxVjbpdx7S0ynLf7VVEt1QZJHDGdmqgqB/LjL7Wo+C00VGasuwL4+i5m55ojJ4Ephn+0yZXQwLuEMktGeoLoAqNAaauuBG21xljepoVlOi4nO66yaQhH5wjB9m+dVcYzryzyvivKfl2ZmpjucE7Mc/ygdGi8zGSOgd6gB01zTpS5k9TcKIZFmmU+3e0bP5S1vJtsOd9k65EaG9YTzxpXeea6izXajVlTq4a79LPjHZwj0v4nBXOnBM7oqZCa+1hpLJwpNS9n7ae6TFN1pkCsm7+Zumburltl0zbph1GI0rbYu+0rqL1fqOrrcNoor0FvBM//GPXS/g8+1TsSKZXRbmrcJvslvlXfEV9V0ifQbJkij6YKVr9iFbss6sc7LKbzguqmhskt1FkEaZR4gJ/UqDT84xvDQkFU6l9d6OjiEPXDgfyo0nU3Nr0TmCPxaT9BH4Rxo4hH/c2cUY4ab+BQ3QcbpBDmDrrLBdhiqbbZ45i81+msmrzmmh5CNBcxJpdb0A72fdZBUHMGaLfDLxOyV6fCKQT5yaAf7h/nH6C1yvKdpiI/3PFKZ8RFFwOBReMBK8viYllWYAWp8drN2QbZPh9i/ozaDd/3VLjRh8rPIcM2uFV8y1r+j9LKjDLJc/thz4lZxASNr8tdtM67rAqM+EilsYH02fT0uZsZzS10SsyqZddOsfIqW0h/deKjWYvgT6rTxWIxknRJj9Rg1FKMAg77OrQDRDIbVw2pQnsm5VjSSokymg9k7M4SZ7h6KbWZMSopHoSMfzq6bil6WK2VJyFd3MKuAnKZElh0xKnV7bQwzB8w8u4Y9SGoHKhlmRNcQfCRKN9fGAL7kOYHM8aXqEv82uiYwWTvx7LNgp91Z/pvgPGukKJXzAux6o2PIm54jFllTXWQUzHUas1fBQ7Qiq+YBXQhYMmZ/vMyOMBzx0ALvQ/OCJrZB948Vc7awOXVey1H58WQ8YJFm1mqrkb0w43ayq163XQ++5eHe5n30B/b54h5o6EQsvFEWvOGXh36BGTVGxe41C9bnjvUMEB0fy3vIJ+xHhM/tU/onbWaG/Cp6wI4z4rC5bsaVefe+49XRRdsx58eZQ8HYKg20VIBvyFhbVfSWFw9ZY41qSPew9Mv1q3ScKqYBAv041I9l62ieMsyHx29cDD46MN00clmmfbEqGAWAnK7HYB6TM+hMK8JYgpkf75XfXi1Z/wtDTUJw/iN7O1pTzSqbU8qK4rPwwAHhi35qInwCj3c5DXKOcVJsb0Bz6Plm7PWog8+s0tsz6yvm1sfo+qnwXGSnDwTPj11DdSoqbThzBgtG2OT4QA0HbDl9rKewdkldYBhsIj5vjIXHrDjzJ/QJFUZS/KRpIltPCcZ+wTm2k2mEqA1/B3bEF6nwLqyF2EvXk6DpjKtVzGH8Nus7/MCeL1fYgqYrP/ucyyS8kx5Nk42hxonhz4C+SUpFUQDUEpb5WML9r+ka7F0KFil+GUvDEZ1SKVLZpxvuZMOqYHKP92CFOLwPMEmHympeR7GeVnJvRWton2Z6TxH/ShWJvDkY41k4lhnV4Tc6RyjqJJK8Fr8qIqbq6/TXVy+4gZrCGb5z9QL05r7WdfYPhcOtl2OIMKwifZg3wpz0pjBPQ13wVGgfooaLaZbcJKGt0p3qgpGiLlhMR1CaegjguDbJ87+ERogKz4DgK0b9cNeX0w1J0ljCuMgpiETjE28NlgSoVazlNbeJy52yQ92Qv9iKXrbRv1CYWGnnNCY0dKHswQLlQmeilrZYqWxpkXpB3XaaBs4uNQ0mOdjVWioZOCFL7hfrGOSrn0U6Bk6oY1CXVTGo+wINA5Mju1pGa4+GvoDEKWIUvectct73gE48XH/gnU25az5WNfSi9Qlt9jSjJPZh1EoF/cPTpO22zVaXnMZXNM6KOb4AvGch5/dESgLGvwBc03oPdTLRCcVzDjMDnDl2zPDZ17HHCNn60pJa0RU25uW99AQ9L4EIQS9csBPOOPMb/BQp+tBrJfLZ41K0RaXoVH2azke1R6vYOM6DHiyO8HHSPi27QuZnRuNv5EaPpTG8Qr4gU9lvcxnS8Ip8qNJ5v2zxymmJp8m3gOS8VN3I/VhNdcGl1keeGdGdeCXYRlU00M2pKYwPuXLS4dM+9v4oP/E+9V6j+bamf3qfebPEv7yI17gsqxn1orXVE/ScBqe5pm2ebWki//vKcJyYnX48M4GAScKgJqK5lfPRlHAWXReevxG2NULFRFwZmv0SuRy6/NHQk2PPwEnsS9tCdMQj1Joz8ICFiGbd9ux4iiZb5n324J7zqcTN51837xHxrzerHzO55FjYc2830fDYi4lk+dF+VUJdeTVP8hgHTgqcL2b+7OOBQT9Fp5RVdv7AvS64v0VGrXlfeLiAkK0L+RSjv2M+dhQ7VhcsCpkEP+BfFooYozptYYtFVE7md3zeEfNUpFcYncnhrTQ4TrMWxlkbp0L8JmQ4xs5mao8xfZIF5QcgZICSVFyLSJvBFnXB9r/H83wE0/nkE627dQF2hSZ8IuPJO4Sf6YTrYxdh9gSsYZXhdRGqzBEv0/nUnVaH2RuVnIe/rz2emac+EPDX7Sl832SMtlTmKAqVriJ1Dp9+TROz++LOVDrwjRKR3gF4dYxiTid/gtSUK9UgaMHi/OuwTMM447HmQjveb3PMM9EcKfShWrOnGE17CoN9VkJon9KWJFj9d0sV5cfzaUVQkR95iM2qAmWmsQQ84iyRryZSw4oF0BPJqS3sSFVkf3vHqiK5FVFaS4VlSX2FfY98TBb6ii60y+mnjL83Wgt9yKO+Gvu0mT2t/LtkxKc0yzOnoX+xqiROHdFTcH8RTYqZEm4iTSVuivXqJ4tif8eKB1HORIPGOQj5DwZtjqvGSKNH4FqJEMVrrjeY07SdFqgH7lEhQizKkyjxzbevaKOZ4NF+Xoq8WKn/pn5ZR3kWPZWiV/VSzmAy2RyajLbCS+4XqSO08RfIFB0qzXuPZ0WAJJ1JvehEt787yj3JNbMeNn5CtPfrpKazZFV2LYUVgvsGcf9O0D3pCeBuVcrHGtjO3yI32xFny0bZwc9fpbCzv6YraYQ9jW6RI2yP5lLaNz7Gcl/TI1TD/IG/kTiTnuQk2cbu6BdSHdtu0TWwLUbYl8i0jzvL/CPsZ7wykbP1wRKU4+4xb7lIVhOyHvrad3mwUMxbDv1SWgkoIdJK6ORX+NXUyPvJFquaiuwUTYsNF5393BM17xWGL6iGv42HoyzwI1WsidrEogbbcaqOXa0Uvc/7xaF8zhyvo7qfZqXpdPtmqWiwPUFiD7nTbSTD4wXFzCrqToezUsxLAkxC0nqBbYalQlPGj5Onoe8MTjVpmRKVOFgYr4QSe/p+ns2jsnN6bov5XOB39ffyoVPBO5O/l18n4dWtC3K6Fa+LMsbpfOb8y0FWgSJzxR5Uwn5cZATg1FIlTN6DYm2La60a+pcTZToBQfrFHFNdfCDwwXPFjELNEPmRN8CofuRreEQ5D8i1UNncB+B4EKH9yOksNqv1LpiujG/7LVaOOMtLUXd/bx/+pdf1QdxDe9A+PhAw00irmiw72kDVw6+gZ700Pef19A+Vvfwj/X393v5R/k12H7+V19fv6ffw9/O/7zfq64OJ1N/f34cvolYjivXb4Bi3LmT/vt4ye5bmMxc+m/VDca+YfbF5vGFXehW11M3Cd2ZVL2nmb4kwipW8ChXm6aMDFdBdXk1g0q0LTnWv0Cf40a8leRoYU75AA0OFp9B7aQ+2dpsY/2p87S2Rr7BkTYYTYqqRdsZF8nTZXD1j5zxFX5R7UUxHeivl74IbmAnbRAUjTvA4ZzfsnLm5ZRYWSslnCepK/QrACRTtN90sE0kysUtkOxk88Hj6i9ChFazpRvgSxan2LNE6lqbZFXMq+spiOaptf8YktbSSwV853zZWcoY+7LBa/svTtKXDfDvNEX9jL7tsLVfKHdnLHxUWid5c95dEG/LD990WslKbX38fLHIODNv1jyGeQ4Tx5lq6Kdjb3TGqw1xfRTuKSUesBjvquz+q7XmmWkal47agKLZtMhbWee2YNdzoP/5GPmznoz1Q5jWUQ3p4YVTHo1X0++BAGkLHuuZdcu8ZnerwbW58mBaqpdcpRdMkxoUnml+Roj8EJ1s7iyMfzrXZFWrC5BWgTE037TK7AC39R5WPgsB7GhxEJ8pFiVGWosPEtYzp+Y3E/O8oX5W1dHPwor4lcMSJBY/Je62IeXN+cGug6LZA8OoxyXqV+YTAafQ72UUq5nm/geswXSKqHMWMoVQwnrbyeoFrTG5Md/mcQCyxkbM4cA3UQpCbXExN7U+292a//VTLsC0V0x+DPwXgZRprgyXxxIJirs+u9VWMuso19FX0VWIES+LraKxEXGc7U1f5Ztiu8axvUs+kZZb5xJC3Bk/54kxzJy/H/Jvvk5a98b/Z0sprHTtS5bdz7k6cwUu+8ZZPhc/8aq3ePbzr22/9b3IufHOj7ruqE3R7AOtr+HekX77dLCqDuf+NLLMUzaYk9WFue7A4zifDJHgNY7LjdL+NKMeGEEd2r+uQsmYw4wBs8NuDq907NbCNt3NuCTKaWpaM/fFJ/+euQ/e6i+nhkMPxTMtcN5sUfS+G65rCK7efZdFzvuo8i+77Kplb+fl6+TlbUVnNs7Yy34ksLYfWiWJG+iIPY6Q9l8oUPPgRlj5ipIz29OLtcvZKQn6XzTSFztHIkThaxBTyKmqkpgPdKcwB/wJN4Lys1upJWi/LPURS14k4P/0vBZpMRmsx13Y2FcdmF55SDMa52YXF/JvBt6wTik4pLqZedEdwZxCnBTzv7grVkEZ0wF99KnaWb1j8v55vuFAs+Ep5hQuDBcGO8goXcF7hgu3yCruTuWNhcPdX1Kb+dhWpUZ8oloPPu47moBeAi9or7IfcWrEgcKlMQc9ltL0gVHEp5mguSv16c3JEh832gHbfzTnZXPdmQFb3Bm+N/4AVbquXOMjs6SLMGPDIKOIsCHBmNu0FdFoXGe09t3ipLIc658Iwh0+0N+lQW2BAuGKbkZ6ie4IjFdj1MNbPkKPFXPJD7g431EjYwOexEqoQ8Ki8o2eJUaJlzjNKyc96jva7Hec6T7aMT26x/RTHM72QvSIenqAlwf+zn+rJbdo8txntiacVU/O4C7y40V7cT+D0Eu3T1XS6rWias48A1uiTtn+NIT5e7d7EqHGzT0fYebN373i3Nv7Lljv1evkPcTx158jrT4XZq7E+HC3ekj2syB/R1Vop41Qcu5IZ0v5v2XffVavMsHbA54c6n+22ZDtR1NwXCN6V+qwn7d7AIfOX4QSpZh64GnrewRo2lEaK+uBOXU33BUeqW2UP0ckts1J0ougi7g/qxRnuHzp/5NzcuT7YKK/jXqqiJc64GGrvsicuznuuQexBEdh4NiJcxFrLYDvi5Ho3C8WqBznE80L2cMbtJPUtjNSFhquW+Lq1Vj3j6wwexM8qNwzJi4m54DwO0XUjaIyuDPMEbnSrLIPMcNkLGMWtUarP2FODFH0gMGNgOqNF0Eq3iQXCZy/jJZZ5Qg1HFrVtMKLx0PeFKy/RjZzpi1aYaps1DihKzSibsXm4eZ/3b7zhWLpVxmmmEnSt3cTXTmPP81qrg308Cfo7XWtF3+M5v7FWZRny11qXMn4kKhE4O8Nich5ncxuUxtC8XlBZ/FsHZYXfIYq+Ksv/3byU3J0bZRSlha36Oq2m8zl2UB9EnmmX+XyaXOQQTyFhm6jiWquK9uYRvChIUX2QDtk+oQRzBHCU2T425WNd/p5MMW7NRAVQXn4JVcxKG2lJD2WM4GsSGMAS+tgxzxTN1Kb/6Wg62YY+xGfOR86UHbWZrRkBZtqtu7yO/kWFIXOZyxqFUYv8jnntc60Xz/qw4NXOLwlRYtgilYxxOy/0903JerBzM6OdMtigW/Teooa1ic6naUqwLh2eXUMGSbbWaokkqw9UiEwbx3nd/6LuNF1MyurrmPq35itNy2jK/xUtYJTjk2SirpfqyzSuQ3kN0miVxGi6hIe+rQ0regDNESPckQIRfl8CPxCtweiXOp6bQBvta6+W9cGhVM7Z9NfRn9Vqqel0C71sImlrrVJZHwjav3CD9BmdV8VrZR/6sNCUaVBcc/USnrGV9ATzzQxhVNRwVU6T6FWhaXEARBQi1e2cNN2kzPyJInhHxc7lMxIi6EAimzJruLZPhPw1aNk96Kd0g4ZNY2V7NB2Okffz0K4Rn9HF9AEpepc2c1krQsbH6CyXQ9Ji5Z4h4vQLK8VXRxn78JIWuDV0uH+tVU2D5FBpnvp7nUMvVIU7n89K9wtFX6XpflrC3PnIZYCl0kA3aCj7lDbbuVTe3lXPUYFS6pnlYnvaNrgQ3PGSqA/GZbUFXLasDTpmo/wZ71VdvdW89h1tdxIvMhKlnr3sJTuIIcBeqQ9esB4Sz2pYKmZfzK0RwCtcwAzp5huzJt7pGpxIpO1YH+zMhjVvZOwCw0Bs7FfYrQYFBb3Itp7ZSTXlo2Di1NnrT7rZOtwnRDD0pFgMEY5FOsV48L7UoR2sMBW+0fbIl19zpP0BbVbH0zjG/6BQdJt1v/V9+bElWH1lqXpQG2xDffBgYOIHAzuY3WwxHczsZkt1SYiwhOYO9sY9w/V9T8YApHl38hnZeCHza9QHXQTiuw96Ohy/v24T3WMYg8Du9rR9oYcslgaaq08RUyxNl1n1wURo01t/k4osa0+BGmqaLMwaeorYKGtEVNJkrt31lolDmihufhwy2lNWgyHOetP5QFla0QJ1Qoihyo9cTuEcmTgtkKact6mYaoD0kpMKVbbeXxy1x72NjCxZD50SkQ7tmTM4Lt1RqU5gOkNrdRKmVJQJrPhqq4ZWicPth4I4x6TxaxN1VFFJuNLhTBFfn8+nYWA40LMoucBSdBmPoctUJ/Ecz4Ko/JeAaLAN1qGlTZazxQwbndEcWufGabm+pfX2keBI1cqw3n3smPGLv27x6xkHAJtnodep2Q4Xb7HHFVKV2OrkGOywUmI/Gu2V0yMSnx4OTKubM/lI3lVyqMOetJpVGRCj6yzahVEi1PDP1iOBpkeDojx8E3Yhnx4LZrR9PNB0mCyiJirRqOHvraPUwE4+IxQM36DZg2AXYUUD2vjCcASDFSNN3+d+XCzLxJJA07GFtXyl0UfK3d9DmDsNJigaOZrxEEb54giepeYZQ8NxiuvMmRXzI8mcD2OZAzLi39M0KWbuwr73usjo71FkQw/fbUPvtqF329C7bejdNvRuG3q3Df0fsaGraFub3Kz/7lvQr8ndNvRuG3q3Db2iAlbzEwGsaCdUdfS8JPNGfBU+1fS3GN8sobHKREXOU0mFmKXORrU2sOL7QKpR+VH/FRVHqijn55TiE6TjHcTsRisqTnXNelXDjPw9rCeDGaIXrZQrKmAlDuFIzAoCn+XrupgK9D2sDrKiQnOZXxxj7c7Xbd1FrPGLa7hS7u+tcnD/KLmiYpFzHGsN9qK/Uo2qY5a/BlZleE9+IJPUp0DwdRsLVjk1zBLSWn0o49SnoHuoWIprwfWcpKeCVU4dGevmU44br6hYzCUZxgiDsnPkltYi1JQ5c4/7hBC5eCjq/XXiobj/uxwLNZFQ1FJRQTYeir8vkr+0plAfHqOT1BFFo+zc3Lk0jBgDV41rJ/uK7qWW82kuHUrd5UMiZSWpszyT0SmG+6xL++/KXDNjAm/wZcd6PLSiTZzWRPMNrhZ21xuyKozJS1rRsW8HWHiTfdOi6I0PRDH1k9jBPpRrLcSTzRxYxLyK0yUYaiL9+C+TJ797rH7RWK3T1RwJrrYNL1MN3aTjIY/Ztz9eJ6kvHq87vmbH4/WeUMWx1voy49Vc+e+NWHNvbszW8ogtDL//+qPVlPP1sCb5ce3vxlh9p+zpoNZ+iVk2rBCBP8ouUz7dV6FoaQBGtmcCQbjuz8Gy4Nlgjm+4l31mJ8bVFbwDwr/1HHPTLRTPBc8HT6aBJJOsLWGYPiKmi+ll4IR1xFxSzAf7sr2uYD4z0HWzoSUbp94V49rBc/j7Dt8dDNc91LtCcc12PZIxjntXPJK+pSCH56qk3hWnuubb7xI+y9QoQmiZv/5djJbpNaC0ugjsEnhjYxnCKtzeIrzXNXcUU/N7cjPO1OfrzDhTwndrxi0PveKX6icCh5bv0ivesBOv+AvBi8EZblHHVh0/chqDhv+oX7xht1/8O+cXb/hKfvGGr+0Xb9jtF8/zizd8ab94w3/EL97whX7xht1+8W/dL97wBX7xhq/sF2/YpV+84Wv7xRu+Y37xhm/cL97wNfziDf+2X7xhN7Lk/6xXvOE76hVv+K/2ikc29JQvYUMvZxt6gHekWv4ftZOX77aTv3N28vKvZCcv/9p28vKvaScP8P6b7OTlX9pOXv4fsZOXf6GdvHy3nfyt28nLv8BOXv6V7eTlu7STl39tO3n517CT1bdiKS//xi3l5V/DUl7+b1vKy3dbyv9rlvJ9wTdrKS/PWsqfdtS0a2t5gBdZy02BcAd4366tvPy/G0ESjKWXgkfFw9DAts+1T/DH2K8KWWjyyivoPTuyseLUWV4T20pjlKZ37Eoy/RWnPoS7XxV9hPHSRyWsYrWYoWzJ9hPYy3z6S/BOmxRJV9NdLhRT8f07optVTe/JYVThnMYc7JvsQ1yoMsI+h70wlzU/b3KqyVaGa/lugR2zgZ9vojGw+ypplC3ovhh+m0iOfDkQNNIeSr5VSyuDg91t29LUruy0gnIaAru2TIW7yh70E965oGWepqnCoRstQc9L4EnKrGjnw6/FtEgOchX93ro5ZBmBTuXQUEFpV1HV9nIi3aLBkWAyXqF404aGsCbUVRwDK2MdDWh3/VPBOn8lWMx6Mt0c2EPdHfy1p/XXwKP3LEWvBrdIfPOmKFMvqAHqevH857bTGxJMDauCOP1K9rZeYya1a2gKIxuekicVvB406jeCb1ZpOU5XWVHsBiO13q3iTwMFbMI/s0KD0caRfBXWK2X1onsZy6Osa+gVqqD73AY+Awy35ilo3mC+3O/OsKDfobIlQzvalBfxdkzNaiPtKN7WXFvbxGmnZqO0pie+apR26ncsRvt68EawOngzGGOvCl4LhlFteYqWqmOLTiqItMutUJcH0dhI2yLB7CfFdI6+n/eLdaHqTPR7LoKKXi9mpXegmsyVV9Fs1h6t5vNok6ikM1Uh/S04gNnrYV89FDOKBp0lFKEeV9X092BqbFiotTtGVVKT6GytCWAPLnJ+LE4tOKPtlRb0D8rpA6rMqjcZXss5AvaiYaU/ku60cQ7eRwzhvPuRFKMFNhgGUqzOrlipHfqhLa+/mNnsD6crPp91V9I0ms5K9FM/78tfIlee+smzWzAcpwmx6PvpAVrEFu0qelpcwBHUGF9tzj1zxGf0L5pHjvxQfE/kVDuuEX+gOFUInPHBRTtYLlWKbhAr3BJKiM3MQYN6GjZqR3a1Wtv4fiYNoc2f1wP/DShTNNX6pdXA/NxjZIHbh67pcLYPC/sDejkFdS1hP0pn09oA6ouRruyjrPi2gRkyC8WjZHjzx8qhoV7DP5m1oYkGkUPrQwaRt4LBsolmUpI+lDj5mcx9U9JiauNWhn8N5X7djxnAj7cWs/py9MsJFOmNdJbrabBIW/OsdUElHR2Dtm419ZMDQubJayz8BkaWH4lUlg13AEX8zagXVoQDvXn2MVYTzbPaiu40lk+YF5CmR+T6wHCANvG7FdmLLfhncOo3agmGUx+tgXK18ycJXs9q1qMtphIb+5aiLu0PoCSPS4xD03PoV3gOHrcLqYn6UCWZdj6BtUJQZq+ssoUp3YyEbjGjeIEaXO4OluBYnCKvCjkuuohyel+AqeNEWCL2TLAo2uv4LI5V1vSdKQGrpG0pS1Nf6zPZJJVlSsK6eDWhny53PdomWlmREshYWiWerTAndlMCVtcFzKqnrDOt6y2o+GhmNkVJqBGe4lplcrVVRVfL8dQ91AOsF/dySzTQDXS84d2TA6g7+4160Vpu3X1ipq1wXjOnAYvP/rAtJggwJr8dDKL15FG/wifsaFxitK8reEl4RFaaPQBRC1aTV6ConFbHBoX+lzh5BVU8gr0CMyYiXZ+xfE7G9xglmBkbAlgikWJQIyMT8Ps7Qerz9emh2AmpQdRIc8RUZtzGyt4qfO5QOp+ZxaNxgVGhdzgqoJnU08YahrUrkGhJfLrahTUQrVLw2Wwk8CENCFkyLqA08+wOlpbVJDYGzb/BdR3FJOeDjq2sabQpiPpzZUG9QG9ihTBv7zuD5TuiKjuiMfsOEU9a1dwyuK47rStovnLuKcayqoyp1RQ6RNxv5XOJx7NtBt078IiXxq61KtRd1mhheMSh8PwXq5rZwF+2BoqTxEP6Yf2odUGhop+IyTSE/TqjwppWSk2P6cOFTxfzSc88PdFBhApJ/Vj14w77e2JPXtEOZhYS8A2vl1B5B2fIJB5pEbe66XPiNfv47Hwrpilinu1ROzmXmpgJZTwVd+plV9JbIuqVxbTIMSga/J3iuW9wM73st8SDYo64Xl5kxelnVoqEjZoNJfySW9+HhurisNvwdvn8JVXUXsWpiJlb54a1xNkJXMs3kK1Me3yqI5viGbs5qwk4YfPVCKJ7Iz+Bny3DsJVXhayxe1HPUD3ScP93JfDbDM3jt4G2QObz9cJW7waa9ren0bMKrLXR2b7Cj1ON1lTcAR6HiIUavWFODppZoHOs0k00VBQTTh61XNeYNop/V9Lc8Oy4lzQtDt2yq90a+sA2XrhbGbnzXjDGxu8t5xNWoag/0+F6OpPmCHNvpBo0gK4RJXSlTCtFi8R89kjdRlMEWvL94Aot6HLZxHd3D31/CRpKcwR22moaIVurN+wS+lCeHSoiJ0IvJRQGJ1kvCbC9fQBlFKoQbZV5IjR3quke8VBssmxHPQTGTLT6Xk+/5Wtmct/ocK/Ff0anL0U/ohoCl886uTkoJrCOwVI6i3/7R3BxmabrrRLS2TkD7eYhPIaHW7Cp4b3Djj5H/ER2VdX0E3mZba7EOzXypzssQdfLk+1e1Eev5OfW0Dy7Xs5yzEoQo5ns3TxMarqSeZvhW/mekir/abaaSesKFL1BUq2XN4Z9gbVvJj3kJ+kAyqFGO0u8n7HgnhQ495h9/knxVPjXHLGuYGVBN/ahIFYCfbkaetDOrWBVNJaa/248urkrjCrdDHEDqzruSH+uia/IKdAJysD6sFLhL9srz+FsBPW57XXncD3swZlUQhfTZFrIlmItrSuAKiV2mL42xtvd9itWLc2hbpamv1qmJz7Vk6mGzy6vWEczi/PDVorS1m3C9BX6Dlp7XVU0xgsZJz2Af8VMKRBmtMwRlXlqTCewbqUf2hZG9W88j2vsTDPpYWHwvbWhvvYj4sOsRiSu/VBC+XELx2cKBJ6ruIRa6iE+kr3o+bSmNe2juaV4BN+T7m2dKHtb4NEfL1EKzlOXy5ZWTqRNOCtbu5waIWb4h1l7/vuxd9u6zm57/rtpzzeG/0If+fDQnkcr3BlrbuP/37bg8Rxjvb9C4+lkVk65gLW/+pC0zHX//9r1GXj4d1v335B1j9WguXVvvtlt3e+27v+7rfsjKk518Tv+2xLstvF32/i7bfz/VhvfcHgP3oEqi8nAM9GDfB2dluywwI1gr/g6bLCRcuW3yQq7PUd8NSuSfDWGeJN3eIv1UXBI7JJCo2JeTXfaR/JJBlZj85NP7tzzcz77gI83RjPFMYWKPg4+CoDfMeo0TTQb88Yy9ulIuqRw4ue9cxnjDSo5ctREFhWqEurhI1I3nxbbH3ME7JJCKB3nNJgUayjGaanVT/fXf8fOQS+rWs7gjdMlhUeqHuLywhRdUXi3d6+nqN4zKqQt+8qnbXkqNvPp46x+zSSOFUeRNZ3Xm8gBPI62ySr6SCC3b474JPBphQ3UwKnt4qz5EuZmF5TrT4OdjbuW2k2FArGtFVlddp9cGimKP19jZvB5zlimhiM5uiZO091ruGXd8JnQMTLjM6d7lKYCcTdHAevpoXS99KnY1dnxu1nFWXk10nDKKfxU01YyKrajbKOC3SDmEvIn3+Q142VaKB6wp8sN/NvvHIPEU/RSwaqQifqfwanuGNbKHkaf8Tkb2BDDaX+EO9rF39V0pjwnhhWjkt5rG11Tx/e69K9A0eFqa4C/bpW96KpYF7EtoIzIvKBLPZmxMk+0V+G6vdQ6TFS5ilayGpjL0WLN2ZHQYACvNGZJ7lwfIVlztcQnjPjDRE5NGszZZqQf6R7l/oxXJox0M+6hHL2SNUVdOjFEqJ1FwyhBCzjWlCvbxCNzOLazwj3LpZMdaGrBosPVxTSHv8W+eJjIjflzGUXzN1VKI8WHAjP6LIHrd63iFF2hCEpYUb9HI3p7JSe3mYLTpFCzFaVEOmColUEBbQiVuFAOYsrG9oMCscGDdSWP0WAnih5ZPNiJYj6vOp3b7k0tVcQiBNhZdJ2dHzO+zs5XkT3F1lyryNbcT2C9Nt9GCrKHCaNKCjzQIQIYrmr6kwSSrEeo0WXezucnXpM3UhL0u3B9xW4DJg7sjab/Dud3z+Wl4lvzlHHhc1dTxBxuZiee8qrIoRHhu4mUI9da5wDrrHDWGF1RQ8V2BRVoTf1t2Am5qzqFGJr3yWe0FpBYmoDFMnMEGliNeVazuUN1+r2lQwXHSwXsZXy7NTwVwFZOO3PpMlFE63QP8b6tqZHKqYlx0MfYBnllSlPUKWuHq9AO9/Up2aflngk/h6KXKMdJ3lmk6In2JwmDsjpFzCUzioxWYb7+YYS3yrXnEeGOjXeM9HnhI/iATnZzuAmgFVLhiERrx+ll73QZ1a2YnvMa6TBxKG2W1fQre4NU6nQ5l7OPE+TRYWIiLfWOFmutWrre7SLb8v5o0PNGWayC5qraZqsFyvXoRe9p23yucP4eE9R8tWq5QlWSnVksOEfWVpkq1ajnJ4Y7aT2fuiUfSlRSb39IyYklQ0qGO+tbNeojSu5IvJIYQaOSrbwTk8OdopLc9VNKhjv1iaP8exOVNK/os6TOLEuMoG2J3n4ss7C0ldc3uTUxMjnCdTIj3G2Jnv4F5GaeLlicWJ7o7aPk2xNFJcOdRj0uidJQ1snJ+sQTpSj9FlWfmFaS1jXJVl594uMOfZP3J5YWzyu6MVnqtUs+XTCvyMssS8wrOlzhvnOS9Ymi0vrEhpL6xNJS3LG+BKUMaHN4Mi1WJh5M9vfrE37GSZZ6bvLG5LJEfz+tCzLbEk3JwsyppcsSa6hbslGXxYY7a0rqEzeHb9heX0XrW/012dtvTD6TQLug7B+L4U5RZn+vIXFxG3Ndo34xOcI1bzUt2So5kVplhjsPJdZTf784szJxR+LWkj0yrTP1iavI3NHKi2e2Jqq8xXK4017fnEAdjy/f3xvuJDJ/TzxdkMy8aad1m8zTBRsTQIXtQyWZNR3XdHymfSKD5z6TqI29qEszVeqhRJU33Lk5cVfi8eT+3mPJziX7e20z9YlcP7Xy7kr8OnlLol3mwJKtia7JWHpZon1mZcL09LLEysSaxNpEKlOWeSaBN1iWQJ1wP2qC8ipKUU5D4oXEtGSHzLyivO8zg0rSekpJqbeVn3hP8uHk7Yne/j5JU3p5xrTKcOf4Nkf5HTMoZ1pySWJsiWkzjJZDkvOK3kiskhNpZSIaT+tpuDMqjd/S+t3k4pL6xJsy/7lvJIY7f028aZeUXJq8PdEpY8bqvn5P/6lE7rdSryKzMjGv6F0Pb2lqtDGBOtyV6OXekpieTiRbPnlsWPNS77kS1Csqq3PG3Hlpsqe/iaLZMdxZW+II7M+HJ5eV9E2asd83uSZRz2M/v4RWXjRCBpVsShwSM72zpfXkZCJ5UMlEauUlkhdQqTclnavNzTw3bk+g7Z9L7OsHmWWJ/b1MtvcOTK5NrGn9o+SyRKc2+/rvJI/yu7bJ3Z3Wr8vhTql3QumyRKm3Z6ZL5uz0Nn6Ltsn6RNfMaZapwy2tb0/ckljTOir10uRdCfTSE4m+yScTw501icNLj/JTbZYljiod7rQr7dhmrwxa9ZnEPbwGoOejOX1KG9yRP/7MZzMGu2X6+2NLcW9DyfpWf86bZ6289hozC6P7lUSFiN7h9kSjPrEcNXslcU6b0W1+nc6tOtG/1fSmPbdNJtM3uSRxpnKSaxKVVFTyWeJ7PmZvfThDWnmtkk6yPjGMLi9ZlMyVMrdkXsxJ9vRfFYtFg66k0zs9k+ie2Tvzc3Wxepeu+tyWH+7gcytvsdiH8F2sUy3P48VisxXYpd4niYuTpclGPZHWt+qXV7+24Vhak+ifxL9YS7HizU+YsYRV0fQ8VseWfTef1iTmU1lmn8y2xLyiHv456Ym0LPHPJEbr1sRGPSE5wl3fqr7k9PJqrs2jskfmBXom0TOD+zBiMLP7J19M9PQbE628Cyi/5VCLdLaPsC5+lsQI6pssKF2YRItGY830LEr6LNGoSzv19G9MmlGbX2L+7MTzP9K9MlsT/ZP7J8e3GeEuS3xopTNLEvicLl2WKC89vg1qcHviexm8xXPymcQhyXsS/f0lJVsTqE+75Ah3TWLfzN8TuHs+3Z94uiBdmkqa+i5LpJJYc3pnojUOb4AaLEvcmBxBshR7WU8/N/v6+m8kxreZSG2Tg5IYTTO47uHMTGJ0lXqvJ95IrE6sb2U+v5K4Vd2m5hW9mRju/C0x3EHp7yawruePvD6ZJQmsZCsTPf2+mb7JaOT/oM2Nyf0yC5PTkrPT0RVow+9nJrR5IWx1sys2n/H1iS2ltyfaFY5wS707uE22lvXLbE0c2qZ/JnpKVPoeJaVef79Vm/pEk3WsNrPwlRazb15R3wzm0MEl5q3nFe2fWZTo7Y+hVl5ab9Q9M3ifA8Ido6iklVeZwT67X6aV94PMDzOYF58lLkjiHZ4uWJnAPf391SXPJEq9AzOPlfT314Sj76Bw9B2cuT1Rn/hHhzaZEW63ZFpfW/pMor5kQKbUo3Rvv8mSaSttWnO/DGqHu3+UaeUNd/Zr8z+ZQzIYfY26R3l9ArZK3+SPm9VtuLMmidpNbrOvb1oOzz40s5Gf/RCvGJjjl9poB5RwcOYjjb29PrFH6XBnr9LhzuySt0T06/pkT79Rl5X8Iv2TDGwRjO55scHJXv7AjLGIJtLgZG9/anpQZm+/qWBw5rDMmcyjsolPomXqQXqqzcSYpq3h6RlnZ1WwUg7JRFwkE2SczF/FjK6NU10Mfx2eiZO04GO9Xhu+usMzW2gK3evU6U1U6l3H/3/bmSDvkYoekw00zYOuLDCg0ppCdXqCvE5PkDfoNqn5+nodp3IvJhTdqtukYBEexDb2kAzqipPEDM6zHJpRNCwDPxU0t4dkjsgoGpIZnimhGTTDrg1/j1MVXzMkU53BqfZ8+6/ikxi+OTJzVMZkHuFk7dIvpKK91Ba/mtKikn2miqCdNcDpTufaIzKnuhtpL3mvM1zZYiYZr+XPtaaLWad8sk5RHV2ibTGM/Wb32KlQF/txqqMHCXEJm70sdZx7WUMFwhaX6n7S+NlwJfLrdLN7FWfc3UBTkZ+gr7On6PPsVTTXgQ9wrjNVnhMzp6DN9iucY3GefZhEhtBl+lw5kzl5DJ4X/nC885X6cn2Fnhme7qeJj1iPF99FGXODabhVS1AYn6o/zXobR4pfcE0116KQZtD48MQRxaB+qStpJjm0XNznLLRncs4nooRHUKRdf4zdk7qIOHXlM+7l+gjSdIf9uhXluSJGNMp6iqbpOvaKmnzV6Tyi7nc01TrQpI9ayqdGq47eEahVMQUSJ98HnBRNl9V84mp+/98ZVT/Knm6Zu3GvT5+IUXYNXW9Fea65336lD2b/J1okRSnh0gz2HB2vtm+nZNhTI0X0dj3EIsd4eOGNfc1CHdFa+GaxA+8z3u9iGigm0jJ1CWl6w3o9VOP6tX5CKJqpJ3PPXUwL7VqapWfo5v7YOPdtziOLrL8SNZeut5os6DoPlZeL6fJKCd/uLPEPqWiIlaJedK7UXPsHnYecwSLXmkr9g55VV3OpKfYETqTzwjfFHMAp8WFH0yMOzvNxOk886mga7jzmwEN2pryaPPZjztZVpGkszQzzpKuznv+hwGKw8lsqb9Tgir72sPCvxx1EMB/QHiXEVaKKZgifpomRYkexgapsjvDleRGCDGnakwRzt80Vmq5m3/+uIgXX7SBWME28wG9eSXXazI4jwlkS+W7hwYqysI33Cydl5F1OpqFh/iXm3MWM50Af4m6sNiPJpp9nfbpR+5tZZTD38IYleURW06fstx9KVxCiFG9YGCtoCVNahHZRjHcR9AvGu5gy68JSG8Rd0ngoatgbfDEVc0xN0AWyCgxervGx3WMXMpdZ7m6f7rFNGddpWxzR4i1vIFvsuDV2/P622NHb19FzqpaayBbmSSewR7q/dAVqU0dJHpFfpkVssfP2wJr877ZG7t6lYhU9IufqNZRivAI4WJE3C/ZBfNpHT2mxJpoZ3UDXaTOThnFsfAYZz29+3nrLmRBIMxNy2ewR+qiQGpXJ3kWJwAkYFM5UeN0s5CUjo8Q8rYZu1pqaFNBKw7LPidO/aBK9TQZVM0b2ok1yuWhvxWmTnBTmSM/XN+jfapP1g/xg9FIV580meD03O4aJ3SIrOodHAEbi93qtjd3QsCiW8DtHbSRI21iJEypOMVVF0wl+uJqwn3OsitF7/5N+Z8GXijX90RB50J3HqMnjQU0U55gsDPcV1Kw6bB9FE5gVdzDHf86V6MuBCt5J1GaZg6wlTb8R0Yr6B42x+6yDcT6ZGsmGn8uqYdzI0BCNNDEc37AQBP2IsQ3IMMcoHkrSqtOaMGNM/bdwto2pzSp6zkmIkQK8EwPZFvipgGd6oEjTjbqrjeccb22U/xRtbEFjbTx/udNEm63RwrSA0cg0fXSDtkUncmLg4EuIUWFEzRb18mpqcOBjfF30IZJAVb3gnCdutm+xNb3o3EZ/JEGfMRpjszTvXUOfiM0WfHgDHFs0Oo28A9Tx6FhDp8mhUoVtkaKL6VUxUkwJ581EWUNNDt62uxwjHZrPflnU5wNli7/rGo6hrXCQK9xAfwBTnbDFS05N+IQp/O/BNFlP5HmOp9yoJ7HlYCwCs2/O18OtzTyiClSc+xN7L2yjUXY0GxppLu+4x9iCesWa+CpEmPDbKPsvjqAeota52TJjK/r9ezGDO1sr941lOE8dkd7eMUF9YogDVX++1wNN85w6Q2q6XtwmJvKcu8QaSws5Gmzz6B/M/YJaGYaFAhXF4K7h3H7UImNh1P2LY2G/EZM4Y7tfiDpDRuNUZvmAymgr8mgbrZaNtqbW4hEpyDz9X+EaYmav4b9wWH/5DokMQcPJYeYB1nBb3KoROzpX5jAvsArPlbPpaEaPjREpzp+er6fRQ+I66YWz0Vwd51ljnmnqnM/4MFIsJm2fTy9T9yzebnsGCCh+1/DK4IXlwRuN7MoGqelUxjhNzGNtGMZni0nMnJIOsV5V2boM5ThZJRlGiblZTonzYYHZph45Fonx2VXCtIYpCa0xne2yaF9RPCpGUjS2sG5sz/GprJXOp4xuWkzvh7tRLd3GtjF2jO3tYrPP4TqMlE8sZaV5TE0Vpv7rhekBU+s/MnMHSpvmzbPMyn4RLGTrbXsIPRTb/LkNc3SmOw3J/E0OsIHuwqh+xdG0XpvR/1fHI+xkjzHOMd/WMlnqA6QObTA8xdz9qgPE5XptZkZ1iBmL7svZ71hNsWb+kNeuGeTIStFEa+0NodarmfdmdfqDVmS+h82HnEHTt0vCeEl/URvWOyrhNed1x+MVMEVPxd5wECn4HyVoqppLlrUmrE10HjQ7iunZQ2mOnVsTMIMGKrzdUhVxpz6ggRGbpb8ar+qDerCd4iu/PYbVpRoxT4zK95m1IRchruQ9ajEdLY6jNC22BHUUc/nNR4rtzxWm5+7WwOKZnLy3nCEZjPkHxCLxFrPvAnWB39EH9RoztZLiqns4TifIlTyfMJvGUlS/661oXkVn/3WsIJzbbY0FazMnbm4NRFQqRb1UlK1eF77TaxJMHtvInNsSEUY4G5PNoUByXB4t9Z9TediBCAdi9mQV4g/Ak1JLW6wUPUOHxMo6afpHLEUHiSK6jBl3qmhgyAWSYxOpYQTJccwTYqK2tbKrp5kppL/dWgBxXSSAg33OUtQ/y4x0U2EtI3rKKS42SpQR4U8Czgxuzuuh6SMJdB8i9vvSthDPZ7J+V2aZPEzO70BlGEVeZKT2LGsa83Mg0h9l/SLGiH9f5N9uo2MyRg+7TKRoD1HAzzyaStwENZEnHNGVZgiTYQ2sRhRNbieWacMygvxklwZQe5ESZUJTB6Hp2EyK+tCZWcxi7g3j9DORCrOcXY4bmnZ1QsaovwijjuCIU+3WsTTNrphTwdaITNHH3h/lJ96nnqZZQtOHHT4u20eh5CfoeQkVbyh4R/Fzg2PJL0VRT6+c2VSek3jHRy1Nk0MUxM7vqs07Nd4r4vRrfu4aPq2uYZswTkdZmo7LmBIWU1thLM402dbzWnMbHRj7sINDZhQXi160hxgVju1yfrYfju1LrbdpCY9vIaTeU6x3zDyLh2wsG+XB4hCRj9M9n54CgksKxugu0tda91p3WSkyGN04LdIl9Cbz1OAJsMGudlpTJ6oRfsinUsmMHrV0H30kN1BX5mvZKuPZX3Ht285mB08V0uB9B4rB4lENhG8TPaon8oknH+GbsZpo4OfW94EW+q6WzxB+7HFex//hpELMMNDRPcUlzDfxqjD28KM6Zw8jmn2Hs0GO1mn6gRWnDx1NuNonaWuqpC2OYZBJ0Z5sRa93NL3t3CdK6Ch7kKykBeoksVUrGqVGCoz1Z7RhdeJdXb1NqM+eAu+3p7jCNhgLMycVz82ESIqe4WwznoBOVBWuYEBe2MKUFFk6Pv1Zp3gHbaJDpUFpQFkd8zofl4trSkVzdEY70XwGGQ9XH0ozHq2cVefBwNGJ8CbP6nzGHSfEh0QsKdCzf05r2s96XmNOGOaO3uEuCixxIDC3d43ncOgUW+WhOaroHrlcT6QGfZS9QTwmJ4ufxoC3mkxJqpPmTBWne+kG+qkoJvCuTyaFksKR8X3maHlXp0LmEYxrw4cH7KO5/15GpTbRChur+8naFU/TU1RMa0lThMB4T/v0vsb7Ys8wfjpgo6ITZc73HO2145k/YpS9JGtjmu+jDB38bRhIFrUdmelZcHzmhEzGcelN3n3hkXtzh7vNCSHW52w7slMvkqfLaoE95YfC3Gt8I6nQF11MJ2Zqy0ZlastOzGyiUZlNdGLmpMyozEmZoZnasqGZTTQ0c3ImrYdmTsnMLjw1U1t2amYTnZbZRKdnNtEZmYyj6IzMte6ZmdqyMzOb6KxMbdnZmdqyczK1ZaMztWXnZmrLzPiMfJPFtDBVTc/ucXymVuNEHv1lmD2OdqfY0TcjMndqnKvqdZy28OqE9l1MXWztzibzXTxk6oJVNl1Gz6ii/W1J+Xc9G3ue/z6Dub5wDe7wmL8OdnLEEVjpwlZXVjG3jqnhkGzdRhXk182sz7i6owQXD87y+P6/h48jwigqsvmK7TGxXwWfiBFuVBKGMg57THgm2k9sFhXOPjqmylzBNgJm45jM89RZGjtwowAzg6npb2PCK6IfCuRp7BrbeDbvN7OsL49szL1vLERU9hDXfCEeOMIBw/oqsWuoJUYYWEwKdQZc5jFBX0baH3HqoLbyaIQfQbBXzWgpxSmQw/jOGPkFN6hauqXtViooKObnm7MkUP51fNLEtRFnHTKURtkGseYXXGIFNIzetgU93xE2seEpi9N5yUUOTgjXEXwAivayEUc5QYxlzOpqZneEHa/oPVojxtrwirTlFkrx3W5YN/Ps6GyEp5paNa8Nal1Iv5GnCHAF/E165KtVjtMMOx31XvM8E4dXjTfDXJYpdADXweH5i55B/pi5ZkVbTe/ZaeohDmYNqTs6aRrmR74Sh3vGtMoMGqPGZgy6FOOyTElG4o6043ReZp1I0gnkK834vxI7TkeL9cyEhpxLxeXALjFvjLr3VjWZcZl3y4yqw2LGVW+ld+03SdH+VokdMRTNboEk7yfOpyl0kP5yHEDQ3DAtNsFuyfyzs5Wk605me5zGZ3I4vcVuxHs6IXOiPMPpbY3P9GCfE7wH58rp8pHYI1pwpA15frxC0ib6fexn7oTMkcrM7bk8c+bSYTYyogZyyY3M/DSe4nYhv22FcxHfj+zJc2QtaQd/4UyH7BSgPZUl6BZZRcOLsBf3Y96s31ngmzXPVfS2GJJ9ciFHUi+SS+FT9NIcFbyKpkvObA2ffbUEs2U8XPNRivGYjOXsQ8PBaji8PhNRtpmyUPvcXcoqUTXM/IQMFdwJNQ+8KTxJi3inz88zcZVhFrvEcugtR7AfxuP7sGPcKuZK09rjM7l3wY4/IXOqC+znITEzLhXnZCYsSaadfLraTYv96fsFmg6S+wmjNPOcjHNrx7M4yUrhM/bf3FUgfFpDNXSrwN/4/UxrumMsgrXso7EpiiAqqx0VFEDlbkmIazRn+PFk8wm9tbpLgB8SkcIT7RTdQFfRKDtOg/gUsxUaKbSB/snnd/yCU9TB1EWMpSIeJ+dnNP1K5Z62H5/VH+UZPJ4uyETfO/wd6mpqanqkUjZk/epDvOZ1uIEZtX5Eiq7iMuA7rw7HDliL58r8MYtWXhXO/hiXDysXrG74XEs+xyors+tYnEbZaVlJd7gbqFsM5zJzd+TpNGPXow52NW3jUxz+MtFNU7phTX2Ac7puUuZbw5MLL/zC2BpBfA1GYm+Bfgdn3oTMxMyZFjxhq8KWWUI1tFaxf9G90I1GjTnNmTmCFfWAkO3tTLuG5rJX6Cx77g4yVU4IFWe+yFbJ+Q7i1EpE3gM8rZAtLnz+f+3dC7SdVX0g8P1953XPvScxEDNIcm84MXRralAZZFAGbCura9bCNLOoZqbtKjAzlY6jzgIhM4OIKNwIiETAEAIT0dZeHiJIDU8N1mqRQahKfaCodJAUZNVFHLFicVoys/d3Tu7NzYObB3n+fqyQm3PP+c732N/+9vO/j6sfX58Z/nM9xfb8zfpv1Jvht+rvien3KdpWlWcsnvsH7dFw+txz4ntjFcns9LmNcG6cHn5WNHq5/NrezIgU6+u9cXwsR1XOSOkqrV91TZg2smLgdbVUun46DIal3Y92F5Xvi0u7Py7e2z11+tPh3Hb696nTL6q9vbMs56RLu6Pd1NvzeL53UxTYokhrLc7Kv5mWI8EdVf4w97Cl6HALmitq53ZbI+/rntc9O7y/e158f/zw3EvnfqB7fvefWx+I58cL4uj/L6kuix+MjVB9/hN5y0Uxp5yRZ2QuKn53KMVv/uNcCk7zlhYVQxt/e2Z4ovhOrZl/83T5885Qzpk6xZWpzNYZCK/L1zO1QL4vz39JV2E4/GLwJcWx4dlGIxxZzMjf++byhHJ5bvG9dP5RrUY4obzu0MvrVUzgNDNjaffScHRYHF7RTMefeueOzjOyflik83VBd7Q+e2RROdpt1+8tz20vC0u7F2/1TF28lTO1rDs88j+6Z3ff0/1g968PurCbtnxR99HmfeWi8uLu2nDoyLKwtW1+aCvbPGjkku6Hu5d2l3c/0r2se3l3+shLRpZ1r+j2j/bi8qhW/8geKqojS/lW+u6PdteGh5uLyg91R+v3lcsmRBSvVthM258RvpGfayeGP2oMh6PKFd0ruxfOXdm9qnted1X33XO/Nefq7jXdmb20NiM8mdfym5k/2whfHFrXubVZzSPq30dVS1//Dhruz6mY9Jk31ru5Zjy5rJ/6I1J0gX4rUPW9WyqdV2XRTecRXdbri3+yOT6fqKqHnhhW1/oRDqtIiFUkwtWNF4pReFmoyk5V2WSo3QyrGwvDUC4dpRiHj046soeLm/P3NsJJA/0SR1VSWhKWlkVY3k5H9R/r764dFg4rvrgxomIVPTL1Y9zZriIoPlRUERXH7/O/6ZWiq6uw+Xy7ied+PO/6ar2axzxxhbpXNJvhsd78kvHS0vhcu+2bZTfV69OewtXZvfEnX+japhzowjgjRw1t56jiS8Ot5YbwtnpqLem3lKaZUc8OndV4qkgt183621qzwpnhijw3M+3dN+en+tGq/D1vH5gVnuxdx3+bn0YXxWo20kHh3pAiVr8st5uvy/MuxqNSzw5H5FUttvR02jQy9UVx/IrO7rUKp/bhKuZ0um6p9euVoRprsyBf4/Hrem19cj06tWil2PrpKl8UJ8eYfv3GNuN0Hl5bHDk4HKYX4zP8Wnk0x+QaZZU6UgpIz7eVRVUr+Plm80v7cdtTn38jXFPMzGtNLu9eHBth3fxbRtZunMc5lGdyXlHrxwyfnluAqrihEz+xtQjkVV/FI727aGiTOWHVWe7fP2lbzbyt8X6CQ4pXhE17CaooAKnFb2JLxWtDMyydcK+8fpMzfcykey3dZcf26iw7t0ZiI49te/9gVZJLn9t1qyYOhBPCvPL3WveGFC/kJ+UTnaND2Ys8OhD+8PBUcqli5g6Htw8089Vf3ovhurjzoXhVqMavLg/VSpNz6+n7q2N5qntJTHF/PxyXhEtjv1+imvd3fE4d187/8kGNcM/htUZKv4s66bUj2mkNmH7c1Md6deb+LNN0voeLd5Wpn/G0XG87ub4qjDTG86LbqraTsDwe0V4WqlUrT5u9aQ1ycm51ahgNP2qdmMZBhbWHLx6sWnMaeRs/yek5nblO54WfOO1c3puYJ/Xr1ZPH+M6c0N6S5lKeE5b1ct2zWqlO/6HcnnNyXhe5qi2l7fc/U13bBbVHykZ4Pvy4WBZOGUx7tLL4flhYHjdwXON7nVU5x/1m7b7OU52qfXYoj/q5OBxTrCx+UTwz9IH5zxQ/KR/pnBT657uV8/syl3p7a1mHdbkmlI7mc/XJs39vLqvr0pjinPOqpy+1GXwkTpzFfUXthGaRt7fpvX9kuKD2y8H07o/EamZoirPxbKMZLhganvD9E+sH420LE59k/ZndKeWcXE819aK4LVwW78j1lrvCHYOpva0fG7oZnmsOhZcWqf2xmgv9bONVg81QDqezeGP4aDPVi+4tvjPQDGmczWuKMkc4+lKtNnx+OCe368wrU+r/59bl8bL4yc4V8bJ4Wjul0Rl5VMtwOLb+iWa/tlcUJxfjPfkfjf3X01m7LKzo/Tud0dkj7+g8N+fE5lGdbR9dSjfzyl/MGQ3/OKcRhovfnH747Opzz825YNav5jTCMYPD+fV0x726/crir4buHUpzV0ab1Zk9c3BhOCGc1Uh97lV/xVETxpudmNvkH2qmdDMY/kutEW4o06o0ryk+Uy4Jzx36g9aS9quLf5froQN5FG8xYS/PDe8LjTzvOK3gO1xcHm4u55V/NJDao2eFI8N/bQ6HE/Ic+BSrf7gX5/6h5m29n+7o5RT/MOfFuX5vKN7QTi12V8Y/Kfv3Rr+FdVXo59+nhmeHGuFlterd4/XT7cu9tlWO2jRnmkr+MxRWN07KrR2NcPXAmydsMz1nz2lcE6o1X08ubh1+uCjC/DnvnLTu65mNar3YdjirMRo+NXdl3N5I34tyC9/t+Y5elL/3TaEZ/jJcllsCmrlFqcoXN80nx+ODpx6snY0R3gx727rjE3PP5g5G7RiYVAYaT/MTY3FMbEVdOGGf+vN+ywllkivD5OjzU4k5P3E/RsPrGlfFHb1W6bM7d52uetmuvU5DYXWtGVbFVJ/v10yvjjPCscU18W2z00o/y8J7wkB4V5na9ye3VT1UVFdlevhmPvrNS6NpTe2Dyv8ZizAymJ7R9Vx2aoRV4ZnO4/UUG3Agtz8+H0bDY+GhIl3RH4VWoxHuCivyOhYfL78S/m9jdfzyyPr6zDA4a3meI76+fnSxplzWa+F+uPmxeHdjfbg2Hh+uH/54vH74E/H64T+J1w8/eejwtJfPHR350/jJ+GdxffizOBavy38WtK+PY/H6uKB9QxyLN8QF7RvjWLwxLmh/Ko7FT8UF7ZviWLwpLmh/Oo7FT8cF7ZvjWLw5LmjfEsfiLXFB+zNxLH4mLmjfGsfirXFB+8/jn8ex+Nn8Z0F7Tbwtjo7cHteH2+NYvCOuD3fE0ZE741i8My5o3xXXh7viWLw7rg93x7H4ubg+fC6Oxc/H9eHzcXRkbVwf1saxeE9cH+6JoyNfiAN5rZGf1hvhnt6dNDs8unFc4WC4cKhRe2kuOf00X/NfFTPCwY1La1W9s5HzomqEz6+KtPZ8euW7nVkb23irVoTLN372peG4MBx+VqQVo15bPBrOzfGxLiyGe/9KPdjjrel/Eb8Yz84rdVTl7XZjXfng/BTVsZFfTXdAWiskj8Iql4XV9XvCrHDdUPq2WE9jYlblPvs3FGnvqnstlcWb4ckiPfP6PYCHdtOelbn9Ne3l3w++Mo9KnV78dmdlkVNbZ3Wufaej6Le9n9iuctrHyt9qzQxnDH0rDJS/LJ7JsUz+Mq6vz8j99r/bPiMeH/5D2b/j0yjoKo8+O7eonh4Gw3GhkfftkBxDYyC34C4Lny0b4dB6KoHfFe4u3p3LlcO9PC+9cmUx2ots8qfhzeXHcp6XttqPzDG4sUZWtTqnZ3SqU1Xv+sPemlLVXt3V7LdUpd+lWAuDW6119eul14RN617pTvyHYsnGOCYpYsbDxdjcWWFpeE0tbe/a4ZnhpHBdJ6WS4WlVC/jXilTiOnPjp6ocphmuDIfk8YZp7Mn84v7QCD/Mz+7r5m6au66opdz17LDtOt3W3rXlWt22VnU/szEtl8DPDlUv86xwe95Ktf1/MzfWrqxPfP6n96TRTr/R6vdZ9Fuxjw53htsmbCud+VQuuz2PT7mz15s4tTVBXlOs2AXP/BV74TO/6uFNo+Muz6vgfCl+Of5VvDee1l7VO0NVyu3XthaFvy8eKQeKQ6pZCwPp8/36Y6rrVe+em9uvFvf6FlLcpq/k+tGGXLJKNYcUf+X8ojoT189thvvi6xupRSPdRdVdmlLg6oEjpqW78YlwU9EId9fH75Z+28R3BxYPzgifzC1ZKbeYGf5XvLo9Gj57ePX9j5Qzwxk5t7i1fKiojqgRNtSqs1Md1ZLwx/kKvilcUpsRHhiYmf9e2rtOD3Zyy1suDab245QnrK+XoZ+HjcdrSvnzPTl27DvDtLx+0Sdqz+eWwtS3l2ZpLAlrinV57tultes6zTBe++7XvavzV/XMLN44z7bsHX8/1tXEcSL9s5xSxCmhH7Pq1Y1G+Kf519b7aXjL45qqlvVZefzaE83xFLght64PhxStKJUNvlZLM137qeiuw5/onF5/oJWOvDqDbw3/J6eNKlrX12tVtK6BPKa76uM8Po+AHur1+B1eLgn3x2b4anwgvmPoqc5bw/c66d2pnfUtgw/Gv45fi2/KI7rbuU/gktrX4zfiW7Y5kqSxsc2vXyZ8KB4WUl/GQHg0VG0EC8Py8jv5zki57/g5Xrjx1atyS1G7Nw8r1W9SS/bzVftyKOrVCJJUk6nWdFpf/veQct1X11Pp6vncH5qi6N5f/HoeJ5N+k9p2N2x4ulxQe7izJDxXLC3Te//g14re74tQpY5/nFb1iA6EpeWM8INWlaaH83yy8Z+eLk8vj2++sbmmGA1rXr6qN/LiuaLaUlVSS9uv2pZW/trTh1Ur6rSrmGQbWymqFop+CX9LLRQbwlWpZyAONBaH2SO/3x4N34zfit+Osxsnhe/Eh+PikF47Z+5340COC/y9uDAcGb7dWVk8Ehf27qefDn0/zgoPDKRoiunTRX7KDw+eFN45srL4XueM8PV/kc7Cg4ctGRzP6x8qVhanDC0NF9afKYrQHezlPuUpQ8fkUbG/LKqREUPhb8INB99w8P1F2sJg+Ff178cf51b9zw+kUewri0Ne8p+KmeHa5mn1V9VSnMbfL34W4vA/dWaGw2ufH/hB/H44slWEx1ozQxw+uPzgyxvhh3FLY00OC4fUNx9rMj7SpBpPWqXVG/N86880/n2vZntHOCu//sZ6FbluQTivmJZzuk1r4q3eiLA0XyvlThPTcpUPNDamg5uKR2OaJZdS93kDVXn88Xztqnt6Q7ik9qV4d+Nv49/G/x1vaZ7W3jwy3uZ3z46Nwqq+vUo900I3PwdT/pL2NY1jTf1x/d6GoWI43B++Gh7I42gvCqP509UadNfWx8eRj4+0ebB5xGD19Ds6j5pv5KdlNQ7zsfij+Hic+mplh2yx7lj1ia6oVWMY028nlmOK4uiimmmUPr3tluzx92655JPme1WzXt7cSGMtNm/PmBme6h7RTsc1GA6r3RjmD7xlXhqJ8Fh8qvvaztjAQLizvTb011ZN7VpfqH87z3L4ytDra39RT+Wdp7rrYiOk/6ftvHybI59SOWdh/s7B/PP8gTPq4983/t5qdG3a5prijrA2/5T24q6wpuhvZ7i39+nPf6t3w7/unLkxFu9ZufVqZp71m0ZrVHMyhvPPlxbpEyli3sG59f2UWhpT/HvFaO+3qXSS0k31mVS6+Z3ivc0zJ9TwB8PJRUp36Un2jmnN8GxjWVie96XMa782Qsr3ZrSrz6Q6UtpeOmvvD4vzNfpC65z8/mqt2P77Foa3tX59cEM3zCvmlfNq89I76/MuD79TPNecOG4j9aS089X+SNnurcZ9bKp1tIbDjeHy+qtq7d5IjcfzHbIhl1EH82vVk2akcVWvj2JZ+LvYL21Vd9u6+rLwrmYjNDqpjPuNTtXTMjOMxafqM0KrVq1ouK7oR8NcV9wy9/hmGlG3rniy3u/zbzXWlGnEWfV900Kn0wzTwjHlv2ylWNH92fwnTBo7OHHs58Q5Hv2y2+QWnK21Lc4OhxWpTLK1fpEd76NNddoTQ7+ndsZ29M9uqXf20bBr1z7c8b6vDRu2b93CDRt2toayYcPeVz+p1p44v15F89v+kf7n19Nao8eHC+rjv0nlvbNba8p7ihSnY35eS/hN9SKvvrr12QAvC83cNrmtGQEfK8dnBFT3+3F5hPYvipTe8xzmCTMBx9tiZoVuOR5j+9Q8HqPa12auZ5xbq+LQ9/OQ7W/Tm9jyMxg+Xryr/tYcGf7nZf+89H+bypPpe74Vloa/y2XQaq9ubY61rmtd37qhdWPrU62bWp9u3dy6pbVzR3l/sTcc5TvzE+8rRUop1biwFzqeq1tbO6Krmls+orTVHT+i/vdt7Zj6v6+O6nW1XXnttn6sL87V275j3dIVnMpR3beb0+R9L5Aq73uBdBm2oZzyiwCw/TxSAAAAAICdV+wOZXHgkbQADoQnnCcGAFtU7n97vOsOyeNQMUjZ6ADN/HZzPrNHM/bdeKwv7sXcmStqcON+m01rxwUAlKtQzgMA2PfKq64HAAAAAAAAAAAAAABMlUmapp8CAAAAAPQdaOv7lfvuaoNTvqbllF/cZsJwcwAAAAC7mDF+xgsCB/yDwDkAAADggFRO+nvr75jSZnbs0wAA+xadsWwhPeyxsq8iNwdUrrtL749yyveR+wxgH3hI7KqS1C6ZAQt74i5wKnbL2d5jX13uoreXmhgA2JcoiAMAAAAAAAAAAAAAAAAAAC+2cuP/duEU5/JF2Med2my5ew6g3JMXcR/e/qQvM9ceAAAAAAAAAAAAAAAA2PeU5kc5iQAAAAAAAAAAAAAAAAAAABzATJd3uQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABg5xXsbSRKAGBvLay5HgAAAAAAAAAAAAAAAADsVYQoEDUBAFAYUwoBAAAAAAAAAAAAAAAAAAAAAAAAAAAAgL2StVwsLwMAcCCWPF0PAAAAAAAAAAAAYD9iPo4JQgDAPlhscj0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALatDKWTAAAAAAAAAAAAAMB+puz9BwAAoEYEbOE22We+3r0M8hXYnsQmKSIXVfsCAABQHQIAAAAAAAAAAAAAAAAAAAAAYC9UTvp76++Y0mZ27NM7sL8AAAAAAADAAWNf69YEAAAAAAAAAGA3MOgDAAAAAGAnlJv/Q7srAAAAAAAAAAAAAAAAAAAAAABTUW72A+w1qRIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgH1bsRuUvT9s+xxNJGUCAABsqgzlll7cynvDlN8LsMeztz3xUQA4wJ+iAOBR6RkLAAAAAAAAAAAAAAAAwA4zEw0AAAAAANhXWTRxV5KeAADYS5X7wXcbpAWwhzLNcu/aHQAAAAAAAAAAAAAAAAAAAAAAAGAi0b4AAAAAAAAAAAAAAAAAANi7mAGLpO3uAakfAAAAAAAAAF50utsB5JQAAADAPq2c9PfW3zGlzezYpwEAAED9XP0cAAAAVUgA9qmH0d65Ax5lAAAAAAAAALAZ3ekAAAAAAAAAAAAAALAXKO0xIAMDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2FOs0AgAnrIAAAAAAAAAsIly7/jGclfvTrnpj+Wu2Fq5/XtbTm0nDDwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2LWsIw8AKNsAAAAAAAAAAABwoDHeDAAAANSnAQAAgM2q/eULvmNKm9mxT+/6w9lnrwPgJgEAAAAAAAAAAAAAAAAAAAAAAAAAAGC32c9CdQMAAGo4AAAAAAD7FS2f+8ZFcp0AAAAAAAAAAAAAAABgL2XyDwAAAAAAAAAAAAAAALBfMFkKmHLGUO7oB18kRd9edv6Kze1HqWP/ProJ/h8=",
};

;// CONCATENATED MODULE: ./.build/licenses/precompiled-templates.js


const VARIABLE = 0xffff;
let loaded;
/** The templates' words in compile order, interned with `intern` (once: the ids are the vocabulary's). */
function precompiledTemplateWords(intern) {
    if (loaded)
        return loaded;
    const data = TEMPLATE_WORDS_DATA;
    const ids = Int32Array.from(data.vocabulary.split(' '), intern);
    let bytes = (0,external_node_zlib_.inflateRawSync)(Buffer.from(data.blob, 'base64'));
    // A Uint16Array view needs an even offset (a fresh copy has offset 0).
    if (bytes.byteOffset % 2 !== 0)
        bytes = Buffer.from(Uint8Array.prototype.slice.call(bytes));
    const total = data.lengths.reduce((sum, n) => sum + n, 0);
    const indexes = new Uint16Array(bytes.buffer, bytes.byteOffset, total);
    const words = [];
    let at = 0;
    for (let t = 0; t < data.lengths.length; t++) {
        const tokens = new Int32Array(data.lengths[t]);
        for (let i = 0; i < tokens.length; i++, at++) {
            const index = indexes[at];
            tokens[i] = index === VARIABLE ? -1 : ids[index];
        }
        const kinds = bytes.subarray(2 * total + at - tokens.length, 2 * total + at);
        words.push({ tokens, kinds: Uint8Array.from(kinds), versions: data.versions[t] });
    }
    loaded = { key: data.key, ids: data.ids, spdxTemplates: data.spdxTemplates, words };
    return loaded;
}
/** The data for template-words-data.ts (scripts/generate-template-words.ts); `wordOf` names an id. */
function encodeTemplateWords(key, templates, list, wordOf, deflate) {
    const index = new Map();
    const total = list.reduce((sum, t) => sum + t.tokens.length, 0);
    const indexes = new Uint16Array(total);
    const kinds = new Uint8Array(total);
    let at = 0;
    for (const template of list) {
        for (let i = 0; i < template.tokens.length; i++, at++) {
            let id = VARIABLE;
            if (template.tokens[i] >= 0) {
                const word = wordOf(template.tokens[i]);
                id = index.get(word) ?? index.size;
                index.set(word, id);
            }
            indexes[at] = id;
            kinds[at] = template.kinds[i];
        }
    }
    if (index.size >= VARIABLE)
        throw new Error('template vocabulary too large for 16-bit indexes');
    return {
        key,
        ids: templates.ids,
        spdxTemplates: templates.spdxTemplates,
        vocabulary: [...index.keys()].join(' '),
        lengths: list.map((t) => t.tokens.length),
        versions: list.map((t) => t.versions),
        blob: deflate(Buffer.concat([Buffer.from(indexes.buffer), Buffer.from(kinds.buffer)])).toString('base64'),
    };
}

;// CONCATENATED MODULE: ./.build/licenses/vocabulary.js
/** The shared vocabulary: template words get ids; document words not in it never match. */
const vocabulary = new Map();
const words = [];
/** How many distinct words the templates use. */
function vocabularySize() {
    return vocabulary.size;
}
function wordId(word) {
    return vocabulary.get(word) ?? -2;
}
function vocabulary_internWord(word) {
    let id = vocabulary.get(word);
    if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
        words.push(word);
    }
    return id;
}
/** The word with this id (an id wordId or internWord gave). */
function wordAt(id) {
    return words[id];
}

;// CONCATENATED MODULE: ./.build/licenses/template-tokens.js

/**
 * Orders each template's prefilter words rarest first (fewest templates use them): a text that is
 * not the template lacks those first, so the prefilter's count of missing words passes its limit
 * after a few words instead of after the common ones.
 */
function rarestFirst(list) {
    const templatesUsing = new Int32Array(vocabularySize());
    for (const template of list)
        for (const id of template.requiredIds)
            templatesUsing[id]++;
    // In place, not a spread copy: a copy would read the lazy `text` of every template.
    for (const { requiredIds, requiredCounts } of list) {
        // A stable sort by how many templates use each word: the key above, the index below 2^16.
        const n = requiredIds.length;
        const order = new Int32Array(n);
        for (let k = 0; k < n; k++)
            order[k] = templatesUsing[requiredIds[k]] * 0x10000 + k;
        order.sort();
        const ids = new Int32Array(n);
        const counts = new Int32Array(n);
        for (let k = 0; k < n; k++) {
            ids[k] = requiredIds[order[k] & 0xffff];
            counts[k] = requiredCounts[order[k] & 0xffff];
        }
        requiredIds.set(ids);
        requiredCounts.set(counts);
    }
    return list;
}
/** ` word word … ` of the tokens whose kind is at most `upTo` (literal, or literal and optional). */
function joinWords(tokens, kinds, upTo) {
    const words = [];
    for (let i = 0; i < tokens.length; i++)
        if (kinds[i] <= upTo)
            words.push(wordAt(tokens[i]));
    return ` ${words.join(' ')} `;
}

;// CONCATENATED MODULE: ./.build/licenses/template-edits.js
/**
 * License knowledge as data: for each curated template (the licenses Go modules use most), the
 * edits to its SPDX text that mark the spans real copies vary in (a holder's name: a variable;
 * a title or an appendix many copies drop: optional). templates.ts compiles them. What the
 * scanner must know besides the words (families, pairings, notices, appendices) is in
 * template-rules.ts.
 */
/** Marks a span that matches any short run of words (holder and organisation names). */
const template_edits_VAR = '<<var>>';
const BSD_DISCLAIMER = [
    ['PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', `PROVIDED BY ${template_edits_VAR} AND CONTRIBUTORS`],
    ['SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE', `SHALL ${template_edits_VAR} OR CONTRIBUTORS BE`],
];
const NEITHER = ['Neither the name of the copyright holder nor', `Neither the name of ${template_edits_VAR} nor`];
const GPL_HOW_TO = [
    'How to Apply These Terms to Your New',
    '[[How to Apply These Terms to Your New',
];
/** Template ids (SPDX), with the edits that mark variable and optional spans. */
const TEMPLATE_EDITS = {
    '0BSD': [
        ['AUTHOR DISCLAIMS', `${template_edits_VAR} DISCLAIMS`],
        ['THE AUTHOR BE LIABLE', `${template_edits_VAR} BE LIABLE`],
    ],
    'AFL-3.0': [],
    'AGPL-3.0-only': [GPL_HOW_TO],
    'Apache-2.0': [['APPENDIX: How to apply', '[[APPENDIX: How to apply']],
    'Artistic-2.0': [],
    'BlueOak-1.0.0': [],
    'BSD-2-Clause': BSD_DISCLAIMER,
    // Licensors copy the terms without MariaDB's covenants (Terraform, Vault); the Parameters
    // block they fill in before "Terms" is read by the classifier (`parameters`, template-rules.ts).
    'BUSL-1.1': [
        ['Business Source License 1.1', '[[Business Source License 1.1]]'],
        [
            'License text copyright © 2017 MariaDB Corporation Ab, All Rights Reserved.\n"Business Source License" is a trademark of MariaDB Corporation Ab.',
            '[[License text copyright © 2017 MariaDB Corporation Ab, All Rights Reserved.\n"Business Source License" is a trademark of MariaDB Corporation Ab.]]',
        ],
        ['MariaDB hereby grants you permission', '[[MariaDB hereby grants you permission'],
    ],
    'BSD-2-Clause-Patent': [],
    'BSD-3-Clause': [...BSD_DISCLAIMER, NEITHER],
    'BSD-3-Clause-Clear': [
        ['The Clear BSD License', '[[The Clear BSD License]]'],
        ['Neither the name of [Owner Organization] nor', `Neither the name of ${template_edits_VAR} nor`],
        ...BSD_DISCLAIMER,
    ],
    'BSD-4-Clause': [
        ['developed by the organization.', `developed by ${template_edits_VAR}.`],
        NEITHER,
        ['PROVIDED BY COPYRIGHT HOLDER', `PROVIDED BY ${template_edits_VAR}`],
        ['SHALL COPYRIGHT HOLDER BE', `SHALL ${template_edits_VAR} BE`],
    ],
    'BSL-1.0': [],
    'CC-BY-4.0': [],
    'CC-BY-SA-4.0': [],
    'CC0-1.0': [],
    'CDDL-1.0': [],
    'EPL-1.0': [],
    'EPL-2.0': [],
    'EUPL-1.2': [],
    // The FSF's own copy ends with a paragraph SPDX's text leaves out.
    'GPL-2.0-only': [
        GPL_HOW_TO,
        [
            'Ty Coon, President of Vice',
            'Ty Coon, President of Vice\n\nThis General Public License does not permit incorporating your program into proprietary programs. If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library. If this is what you want to do, use the GNU Lesser General Public License instead of this License.',
        ],
    ],
    'GPL-3.0-only': [GPL_HOW_TO],
    ISC: [
        ['ISC License:', '[[ISC License:]]'],
        ['AND ISC DISCLAIMS', `AND ${template_edits_VAR} DISCLAIMS`],
        ['SHALL ISC BE', `SHALL ${template_edits_VAR} BE`],
    ],
    JSON: [['JSON License', '[[JSON License]]']],
    'LGPL-2.1-only': [GPL_HOW_TO],
    // SPDX's LGPL-3.0 text has the GPL-3.0 text appended; the LGPL part alone is the template.
    'LGPL-3.0-only': [],
    MIT: [['MIT License', '[[MIT License]]']],
    'MIT-0': [],
    'MPL-1.1': [],
    'MPL-2.0': [
        ['Exhibit A - Source Code Form License Notice', '[[Exhibit A - Source Code Form License Notice'],
    ],
    'MS-PL': [],
    NCSA: [
        [
            'University of Illinois/NCSA Open Source License',
            '[[University of Illinois/NCSA Open Source License]]',
        ],
        [
            'Developed by: <Name of Development Group> <Name of Institution> <URL for Development Group/Institution>',
            `Developed by: ${template_edits_VAR} ${template_edits_VAR} ${template_edits_VAR}`,
        ],
        [
            'Neither the names of <Name of Development Group, Name of Institution>,',
            `Neither the names of ${template_edits_VAR},`,
        ],
    ],
    'OFL-1.1': [],
    PostgreSQL: [
        [
            'PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)',
            '[[PostgreSQL Database Management System\n(formerly known as Postgres, then as Postgres95)]]',
        ],
        ['SHALL THE UNIVERSITY OF CALIFORNIA BE', `SHALL ${template_edits_VAR} BE`],
        ['EVEN IF THE UNIVERSITY OF CALIFORNIA HAS', `EVEN IF ${template_edits_VAR} HAS`],
        ['THE UNIVERSITY OF CALIFORNIA SPECIFICALLY', `${template_edits_VAR} SPECIFICALLY`],
        ['AND THE UNIVERSITY OF CALIFORNIA HAS NO', `AND ${template_edits_VAR} HAS NO`],
    ],
    'Python-2.0': [],
    // The Lucent licence (SML/NJ and code derived from it, such as dtoa/ftoa ports): the holder's
    // name varies in its three places, and the title line is often dropped.
    SMLNJ: [
        [
            'STANDARD ML OF NEW JERSEY COPYRIGHT NOTICE, LICENSE AND DISCLAIMER.',
            '[[STANDARD ML OF NEW JERSEY COPYRIGHT NOTICE, LICENSE AND DISCLAIMER.]]',
        ],
        ['the name of Lucent Technologies, Bell Labs or any Lucent entity not', `the name of ${template_edits_VAR} not`],
        ['Lucent disclaims all warranties', `${template_edits_VAR} disclaims all warranties`],
        ['In no event shall Lucent be liable', `In no event shall ${template_edits_VAR} be liable`],
    ],
    'Unicode-DFS-2016': [],
    Unlicense: [['For more information, please refer to', '[[For more information, please refer to']],
    'UPL-1.0': [],
    WTFPL: [],
    X11: [
        ['X11 License', '[[X11 License]]'],
        ['SHALL THE X CONSORTIUM BE', `SHALL ${template_edits_VAR} BE`],
        ['the name of the X Consortium shall', `the name of ${template_edits_VAR} shall`],
        ['authorization from the X Consortium.', `authorization from ${template_edits_VAR}.`],
        [
            'X Window System is a trademark of X Consortium, Inc.',
            '[[X Window System is a trademark of X Consortium, Inc.]]',
        ],
    ],
    Zlib: [['zlib License', '[[zlib License]]']],
};

;// CONCATENATED MODULE: ./.build/licenses/templates.js







/** How a template token matches: a literal word, a literal that may be missing, or a variable span. */
const TokenKind = { Literal: 0, Optional: 1, Variable: 2 };
/** The ids whose SPDX text has hand-made variable and optional spans (the most used in Go). */
const CURATED_TEMPLATE_IDS = Object.keys(TEMPLATE_EDITS);
// Markers survive normalization as words no license contains.
const MARK_VAR = 'zqvarzq';
const MARK_OPEN = 'zqoptzq';
const MARK_CLOSE = 'zqendzq';
function compileTemplate(id, source) {
    return templateFromTokens(id, templateWords(source));
}
/** The costly half of compileTemplate (normalizing the text), which template-words-data.ts holds precomputed. */
function templateWords(source) {
    const marked = source
        .replaceAll(VAR, ` ${MARK_VAR} `)
        .replaceAll('[[', ` ${MARK_OPEN} `)
        .replaceAll(']]', ` ${MARK_CLOSE} `);
    const normalized = normalizeText(marked).words;
    const tokens = [];
    const kinds = [];
    let optional = 0;
    for (const word of normalized) {
        if (word === MARK_OPEN)
            optional++;
        else if (word === MARK_CLOSE)
            optional = Math.max(0, optional - 1);
        else if (word === MARK_VAR) {
            // Two variables in a row are one.
            if (kinds[kinds.length - 1] === TokenKind.Variable)
                continue;
            tokens.push(-1);
            kinds.push(TokenKind.Variable);
        }
        else {
            tokens.push(internWord(word));
            kinds.push(optional > 0 ? TokenKind.Optional : TokenKind.Literal);
        }
    }
    return {
        tokens: Int32Array.from(tokens),
        kinds: Uint8Array.from(kinds),
        versions: [...versionWords(normalized)],
    };
}
/** The cheap half of compileTemplate: what matching reads, from the interned words. */
function templateFromTokens(id, from) {
    const { tokens, kinds } = from;
    // Counts in a buffer indexed by word id: a Map per template cost ~100 ms over 600,000 words.
    if (countBuffer.length < vocabularySize())
        countBuffer = new Int32Array(vocabularySize() * 2);
    const distinct = [];
    let length = 0;
    for (let i = 0; i < tokens.length; i++) {
        if (kinds[i] !== TokenKind.Literal)
            continue;
        length++;
        if (countBuffer[tokens[i]]++ === 0)
            distinct.push(tokens[i]);
    }
    const requiredIds = new Int32Array(distinct.length);
    const requiredCounts = new Int32Array(distinct.length);
    for (let k = 0; k < distinct.length; k++) {
        requiredIds[k] = distinct[k];
        requiredCounts[k] = countBuffer[distinct[k]];
        countBuffer[distinct[k]] = 0;
    }
    // Read only for a found match's family check (match.ts): made on first use.
    let required;
    let text;
    let requiredText;
    return {
        id,
        tokens,
        kinds,
        length,
        get required() {
            return (required ??= new Map(Array.from(requiredIds, (wid, k) => [wid, requiredCounts[k]])));
        },
        requiredIds,
        requiredCounts,
        get text() {
            return (text ??= joinWords(tokens, kinds, TokenKind.Optional));
        },
        get requiredText() {
            return (requiredText ??= joinWords(tokens, kinds, TokenKind.Literal));
        },
        versions: new Set(from.versions),
    };
}
let countBuffer = new Int32Array(0);
/** Version numbers in a word sequence: dotted numbers, and numbers after "version" or "v". */
function versionWords(words, from = 0, to = words.length) {
    const versions = new Set();
    for (let i = from; i < to; i++) {
        const word = words[i];
        if (/^\d+(\.\d+)+$/.test(word))
            versions.add(word);
        else if (/^\d+$/.test(word) && i > from && (words[i - 1] === 'version' || words[i - 1] === 'v')) {
            versions.add(word);
        }
    }
    return versions;
}
let compiled;
/**
 * The key of the template inputs the generated words were made from (template-texts.ts
 * templateTextsKey, checked equal by template-words-data.test.ts): the known-text table and the
 * per-run memo are keyed by it.
 */
function templateInputsKey() {
    return precompiledTemplateWords(vocabulary_internWord).key;
}
/** Every template, compiled once from template-words-data.ts (scripts/generate-template-words.ts). */
function templates() {
    if (compiled === undefined) {
        const { ids, spdxTemplates, words } = precompiledTemplateWords(vocabulary_internWord);
        const list = ids.map((id, i) => templateFromTokens(id, words[i]));
        // SPDX ids whose texts are the same words (MPL-2.0 and -no-copyleft-exception, OFL-1.1 and
        // -RFN): one template, the shortest id; what tells them apart is outside the license text.
        const byWords = new Map();
        const extra = [];
        for (let i = 0; i < list.length; i++) {
            const template = list[i];
            if (i >= spdxTemplates) {
                extra.push(template);
                continue;
            }
            const key = (0,external_node_crypto_.createHash)('sha256').update(template.tokens).digest('base64');
            const other = byWords.get(key);
            if (other === undefined || template.id.length < other.id.length)
                byWords.set(key, template);
        }
        compiled = rarestFirst([...byWords.values(), ...extra]);
    }
    return compiled;
}

;// CONCATENATED MODULE: ./.build/licenses/align.js


/** The most words a variable span (a holder or organisation name) takes for free. */
const MAX_VARIABLE_WORDS = 12;
/** No run of edits is longer than a template: the "none yet" of a row's shortest run. */
const MAX_RUN = 0x3fffffff;
/**
 * alignWithin's answer when every path still within the budget already holds a run of more
 * than `maxGap` consecutive edits: its alignment, whatever its end, would hold one too.
 */
const LONG_GAP = 'long-gap';
/**
 * Aligns the whole template against the best-matching span of `doc[from, to)` at word level
 * (semi-global edit distance: the document's words before and after the span are free).
 * Variable spans take up to MAX_VARIABLE_WORDS words for free; optional words may be missing for
 * free. Gives up (undefined) as soon as every path costs more than `maxEdits`: the minimum of a
 * row never decreases, so this bounds the work on candidates that cannot reach the threshold.
 */
function alignTemplate(template, doc, from, to, maxEdits) {
    const found = alignWithin(template, doc, from, to, maxEdits, Infinity);
    return found === LONG_GAP ? undefined : found;
}
/**
 * alignTemplate, stopping early with LONG_GAP once every cell of a row within the budget carries
 * a run of more than `maxGap` edits: a path's longest run never shrinks, and a path's cost never
 * drops back into the budget, so the alignment's longestGap would exceed `maxGap`.
 */
function alignWithin(template, doc, from, to, maxEdits, maxGap) {
    const n = to - from;
    const inf = maxEdits + 1;
    const rows = newRows(n, inf);
    // Only cells within the budget matter: [lo, hi] bounds them in the previous row (Ukkonen's
    // cut-off); cells of a buffer outside its dirty range hold `inf`.
    let lo = 0;
    let hi = n;
    const literals = literalsThrough(template);
    const total = template.length;
    for (let i = 0; i < template.tokens.length; i++) {
        if (rows.curDirtyHi >= rows.curDirtyLo)
            rows.curCost.fill(inf, rows.curDirtyLo, rows.curDirtyHi + 1);
        // A band: the first i+1 tokens need about literals[i] document words, and the rest of the
        // template the rest of them, within the budget. Cells outside cost more than maxEdits.
        const floor = literals[i] - maxEdits;
        if (lo < floor)
            lo = floor;
        const bounds = { lo, hi, cap: smaller(n, n - (total - literals[i]) + maxEdits), inf, maxEdits };
        const kind = template.kinds[i];
        const row = kind === TokenKind.Variable
            ? variableRow(rows, bounds)
            : wordRow(rows, bounds, doc, from - 1, template.tokens[i], kind === TokenKind.Optional ? 0 : 1);
        if (row.newLo < 0)
            return undefined;
        if (row.minGap > maxGap)
            return LONG_GAP;
        rows.curDirtyLo = lo;
        rows.curDirtyHi = row.j < n ? row.j : n;
        swapRows(rows);
        lo = row.newLo;
        hi = row.newHi;
    }
    return bestEnd(rows, from, lo, hi, maxEdits);
}
/** A variable span's row: up to MAX_VARIABLE_WORDS document words for free, or one more as an edit. */
function variableRow(rows, { lo, hi, cap, inf, maxEdits }) {
    const { prevCost, prevStart, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch } = rows;
    let newLo = -1;
    let newHi = -1;
    let minGap = MAX_RUN;
    let j = lo;
    for (; j <= cap; j++) {
        let best = prevCost[j];
        let start = prevStart[j];
        let run = 0;
        let gap = prevGap[j];
        let matched = prevMatch[j];
        const back = j < MAX_VARIABLE_WORDS ? j : MAX_VARIABLE_WORDS;
        for (let k = 1; k <= back; k++) {
            if (prevCost[j - k] < best) {
                best = prevCost[j - k];
                start = prevStart[j - k];
                gap = prevGap[j - k];
                matched = prevMatch[j - k];
            }
        }
        if (j > lo && curCost[j - 1] + 1 < best) {
            best = curCost[j - 1] + 1;
            start = curStart[j - 1];
            run = curRun[j - 1] + 1;
            gap = larger(curGap[j - 1], run);
            matched = curMatch[j - 1];
        }
        curCost[j] = best < inf ? best : inf;
        curStart[j] = start;
        curRun[j] = run;
        curGap[j] = gap;
        curMatch[j] = matched;
        if (best <= maxEdits) {
            if (newLo < 0)
                newLo = j;
            newHi = j;
            if (gap < minGap)
                minGap = gap;
        }
        else if (j > hi + MAX_VARIABLE_WORDS)
            break;
    }
    return { j, newLo, newHi, minGap };
}
/**
 * A word's row (a literal, or an optional word whose deletion is free): the word missing, matched
 * or substituted, or an extra document word inside the span. `base` is the document index of
 * offset 0 less one.
 */
function wordRow(rows, { lo, hi, cap, inf, maxEdits }, doc, base, token, deletion) {
    const { prevCost, prevStart, prevRun, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch } = rows;
    let newLo = -1;
    let newHi = -1;
    let minGap = MAX_RUN;
    let j = lo;
    if (j === 0 && cap >= 0) {
        // Before the first document word only deletions are possible.
        const best = prevCost[0] + deletion;
        curCost[0] = best < inf ? best : inf;
        curStart[0] = prevStart[0];
        curRun[0] = prevRun[0] + deletion;
        curGap[0] = larger(prevGap[0], curRun[0]);
        curMatch[0] = prevMatch[0];
        if (best <= maxEdits) {
            newLo = newHi = 0;
            minGap = curGap[0];
        }
        j = 1;
    }
    let left = j - 1 < lo ? inf : curCost[j - 1];
    let leftStart = curStart[j - 1];
    let leftRun = curRun[j - 1];
    let leftGap = curGap[j - 1];
    let leftMatch = curMatch[j - 1];
    for (; j <= cap; j++) {
        // The template word missing from the document.
        let best = prevCost[j] + deletion;
        let start = prevStart[j];
        let run = prevRun[j] + deletion;
        let gap = larger(prevGap[j], run);
        let matched = prevMatch[j];
        // Substitution or match, from the diagonal (preferred on ties: keeps matched titles in).
        const same = doc[base + j] === token;
        const diagonal = prevCost[j - 1] + (same ? 0 : 1);
        const diagonalRun = same ? 0 : prevRun[j - 1] + 1;
        const diagonalGap = larger(prevGap[j - 1], diagonalRun);
        if (diagonal < best || (diagonal === best && diagonalGap <= gap)) {
            best = diagonal;
            start = prevStart[j - 1];
            run = diagonalRun;
            gap = diagonalGap;
            matched = prevMatch[j - 1] + (same ? 1 : 0);
        }
        // An extra document word inside the span.
        if (left + 1 < best || (left + 1 === best && larger(leftGap, leftRun + 1) < gap)) {
            best = left + 1;
            start = leftStart;
            run = leftRun + 1;
            gap = larger(leftGap, run);
            matched = leftMatch;
        }
        if (best > inf)
            best = inf;
        curCost[j] = best;
        curStart[j] = start;
        curRun[j] = run;
        curGap[j] = gap;
        curMatch[j] = matched;
        left = best;
        leftStart = start;
        leftRun = run;
        leftGap = gap;
        leftMatch = matched;
        if (best <= maxEdits) {
            if (newLo < 0)
                newLo = j;
            newHi = j;
            if (gap < minGap)
                minGap = gap;
        }
        else if (j > hi + 1)
            break;
    }
    return { j, newLo, newHi, minGap };
}
/**
 * The end with the most words matched less twice its edits: an optional appendix present with an
 * edit or two (a filled-in placeholder) is in the span, not left over as unknown words. Ties go
 * to the longest span.
 */
function bestEnd(rows, from, lo, hi, maxEdits) {
    const { prevCost, prevMatch } = rows;
    let end = lo;
    let lowest = prevCost[lo];
    for (let j = lo; j <= hi; j++) {
        if (prevCost[j] > maxEdits)
            continue;
        if (prevCost[j] < lowest)
            lowest = prevCost[j];
        const value = prevMatch[j] - 2 * prevCost[j];
        const best = prevMatch[end] - 2 * prevCost[end];
        if (prevCost[end] > maxEdits || value >= best)
            end = j;
    }
    return {
        edits: prevCost[end],
        start: from + rows.prevStart[end],
        end: from + end,
        longestGap: rows.prevGap[end],
        matched: prevMatch[end],
        lowest,
    };
}
// Not Math.max/min: under jest's sandboxed globals V8 cannot inline them, and a call per cell
// made the alignment some 40 times slower there than in node.
function larger(a, b) {
    return a > b ? a : b;
}
function smaller(a, b) {
    return a < b ? a : b;
}
const literalCounts = new WeakMap();
/** For each token index, how many literal (required) tokens there are up to and including it. */
function literalsThrough(template) {
    let counts = literalCounts.get(template);
    if (counts === undefined) {
        counts = new Int32Array(template.kinds.length);
        let seen = 0;
        for (let i = 0; i < counts.length; i++) {
            if (template.kinds[i] === TokenKind.Literal)
                seen++;
            counts[i] = seen;
        }
        literalCounts.set(template, counts);
    }
    return counts;
}

;// CONCATENATED MODULE: ./.build/licenses/staged-align.js


/**
 * alignTemplate(template, doc, from, to, maxEdits), found with a tighter budget first when that
 * gives the same answer. Cells within the tighter budget hold the same values under any larger
 * one (a path never gets cheaper, and the band and cut-off only drop cells whose every path
 * costs more), so only the choice of the end could differ: a cell costing c > tight can score at
 * most (literal and optional words) − 2c. When the tight answer scores more than that, no such
 * cell can beat or tie it, and it is the answer.
 */
function alignTemplateTightFirst(template, doc, from, to, maxEdits, tight) {
    if (tight < maxEdits) {
        const found = alignTemplate(template, doc, from, to, tight);
        if (found !== undefined && decisive(template, found, tight))
            return found;
    }
    return alignTemplate(template, doc, from, to, maxEdits);
}
/**
 * What `alignTemplateTightFirst(…, quick, tight) ?? (quick < max ? alignTemplate(…, max) : undefined)`
 * gives, except that an alignment whose longestGap would exceed `maxGap` may come back as
 * undefined (both are no match), found without finishing a band that cannot give a match:
 * - a tight pass stopped at a long run is not decisive: the quick pass follows, as before;
 * - a quick pass stopped at a long run would have ended either with an alignment holding that
 *   run (its cells are the max pass's cells within `quick`: when the max pass's cheapest end
 *   costs no more than `quick`) or with none, and then the max pass's answer stands;
 * - a max pass stopped at a long run ends the search: its answer would hold the run.
 */
function alignStaged(template, doc, from, to, budgets, maxGap) {
    const { tight, quick, max } = budgets;
    if (tight < quick) {
        const found = alignWithin(template, doc, from, to, tight, maxGap);
        if (found !== undefined && found !== LONG_GAP && decisive(template, found, tight))
            return found;
        if ((found === undefined || found === LONG_GAP) && quick < max)
            return widestFirst(template, doc, from, to, budgets, maxGap);
    }
    const first = alignWithin(template, doc, from, to, quick, maxGap);
    if (first !== undefined && first !== LONG_GAP)
        return first;
    if (quick >= max)
        return undefined;
    const full = alignWithin(template, doc, from, to, max, maxGap);
    if (full === undefined || full === LONG_GAP)
        return undefined;
    if (first === LONG_GAP && full.lowest <= quick)
        return undefined;
    return full;
}
/**
 * alignStaged's answer after a tight pass that stopped short (a text far from verbatim, mostly
 * another license), the max pass first: stopped at a long run or finding nothing, it decides
 * alone (the quick pass's cells are its cells within `quick`); with its cheapest end over
 * `quick` the quick pass would have found nothing and its answer stands; otherwise the quick
 * pass's answer is the answer, as before.
 */
function widestFirst(template, doc, from, to, { quick, max }, maxGap) {
    const full = alignWithin(template, doc, from, to, max, maxGap);
    if (full === undefined || full === LONG_GAP)
        return undefined;
    if (full.lowest > quick)
        return full;
    const first = alignWithin(template, doc, from, to, quick, maxGap);
    return first === LONG_GAP ? undefined : first;
}
/** True when no end costing more than `tight` can score as much as `found` (see above). */
function decisive(template, found, tight) {
    return found.matched - 2 * found.edits > wordTokens(template) - 2 * (tight + 1);
}
const wordTokenCounts = new WeakMap();
/** Tokens that can be matched (literal and optional words, not variable spans). */
function wordTokens(template) {
    let count = wordTokenCounts.get(template);
    if (count === undefined) {
        count = template.kinds.filter((kind) => kind !== TokenKind.Variable).length;
        wordTokenCounts.set(template, count);
    }
    return count;
}

;// CONCATENATED MODULE: ./.build/licenses/residue-runs.js

/**
 * The unmatched runs of a license file's words (the residue) and what each reads as: added terms
 * or a clause (unknown), or, by the templates' rules (template-rules.ts), the licensor's notice
 * of the license, the license's own preamble, its own appendix.
 */
// Words that make an unmatched span read like license terms.
const TERMS_WORDS = new Set([
    'license',
    'licensed',
    'licenses',
    'permission',
    'permitted',
    'warranty',
    'warranties',
    'redistribute',
    'redistribution',
    'redistributions',
    'liable',
    'liability',
    'granted',
    'grant',
    'copy',
    'modify',
    'distribute',
    'merchantability',
    'infringement',
    'sublicense',
]);
const RESIDUE_MIN_WORDS = 20;
const RESIDUE_MIN_TERMS = 4;
const RESTRICTION = /\b(shall not|may not|must not|cannot|can not|prohibited|forbidden|not permitted|non commercial|noncommercial|no commercial|restricted to|only for|solely for)\b/;
const RESTRICTION_MIN_WORDS = 5;
const CHOICE_WORDS = /\b(dual licensed|dual license|at your option|at your choice|your choice of|choose either|you may choose|licensed under either)\b/;
// Where the templates' own appendices start (their `appendix` rules), as words.
const APPENDIX_PHRASES = [...new Set(everyRule('appendix').flat())].map((phrase) => phrase.split(' '));
/** Where the first of the templates' own appendix phrases in words [from, to) starts; `to` without one. */
function appendixPhraseAt(words, from, to) {
    for (let i = from; i < to; i++) {
        if (APPENDIX_PHRASES.some((phrase) => phrase.every((word, k) => words[i + k] === word)))
            return i;
    }
    return to;
}
/**
 * Each matched text's own appendix (its `appendix` rule), as word spans: from its appendix
 * phrase to that text's end. The text ends where its match ends, or, when the match stops
 * inside the appendix before its example notice (an `orLater` phrase), where the example
 * notices (`isExample`) matched after it end, up to the next text. A block after a text's end, or between two texts, is never in one.
 */
function appendixSpans(words, found, isExample) {
    const sorted = found.slice().sort((a, b) => a.start - b.start);
    const spans = [];
    for (const owner of sorted) {
        if (rulesOf(owner.template.id).appendix === undefined)
            continue;
        const next = sorted.find((other) => other.start >= owner.end && !isExample(other.template.id));
        const limit = next?.start ?? words.length;
        const start = appendixPhraseAt(words, owner.start, limit);
        // The appendix's own example notice already inside the match: a notice after it is the licensor's.
        const own = words.slice(start, owner.end).join(' ');
        const hasExample = rulesOf(owner.template.id).orLater?.phrases.some((phrase) => phrase.test(own)) ?? false;
        const examples = sorted.filter((other) => !hasExample && isExample(other.template.id) && other.start >= start && other.start < limit);
        const end = Math.max(owner.end, ...examples.map((other) => other.end));
        if (start < end)
            spans.push({ start, end });
    }
    return spans;
}
function residueRuns(words, masked) {
    const runs = [];
    let start = -1;
    for (let i = 0; i <= words.length; i++) {
        const free = i < words.length && masked[i] === 0;
        if (free && start < 0)
            start = i;
        if (!free && start >= 0) {
            runs.push({ start, end: i });
            start = -1;
        }
    }
    return runs;
}
// Words of an obligation, a prohibition or a condition: a sentence beside a license text that
// holds one changes the terms (BSD-2-Clause-Views' disclaimer, JSON's "Good, not Evil", an
// advertising clause). Prose that says where code came from, or which license covers it, does not.
const CLAUSE = /\b(shall|must|may not|may only|cannot|can not|prohibited|forbidden|not permitted|requires?|required|you agree|agree to|provided that|on condition|conditions|only for|solely|non commercial|noncommercial|commercial use|advertising|acknowledgement|acknowledgment|should not be interpreted|not be used|evil|military|nuclear)\b/;
const CLAUSE_MIN_WORDS = 6;
/** A block that is the licensor's notice of a license (its `notice` rule): names it, adds no clause. */
function isLicensorNotice(text, notice) {
    return (notice !== undefined &&
        notice.names.every((name) => name.test(text)) &&
        !CLAUSE.test(text.replace(notice.boilerplate, '')));
}
/** A sentence with clause words, not a choice between licenses ("you may choose either"). */
function isAddedClause(words, start, end) {
    if (end - start < CLAUSE_MIN_WORDS)
        return false;
    const text = words.slice(start, end).join(' ').replace(CONTRIBUTION_POLICY, ' ');
    return CLAUSE.test(text) && !CHOICE_WORDS.test(text);
}
// Who keeps the copyright of contributions ("No copyright assignment is required to contribute",
// the COPYRIGHT file of many Rust-style projects): a contribution policy, not a term of the license.
const CONTRIBUTION_POLICY = /\b(?:no )?copyright assignment is (?:not )?required\b/g;
function isTermsLike(words, start, end) {
    // A short added restriction ("shall not be used for ...") changes the license: never ignore it.
    if (end - start >= RESTRICTION_MIN_WORDS && RESTRICTION.test(words.slice(start, end).join(' ')))
        return true;
    if (end - start < RESIDUE_MIN_WORDS)
        return false;
    const terms = new Set(words.slice(start, end).filter((word) => TERMS_WORDS.has(word)));
    return terms.size >= RESIDUE_MIN_TERMS;
}
/** A residue run opening the file before a match, in that license's own preamble words (its `preamble` rule). */
function isPreambleBefore(kept, words, run) {
    if (run.start !== 0)
        return false;
    const text = words.slice(run.start, run.end).join(' ');
    // An added restriction hidden in it still counts (it is then unknown, as anywhere else).
    if (RESTRICTION.test(text))
        return false;
    return kept.some((match) => {
        const preamble = rulesOf(match.template.id).preamble;
        return match.start >= run.end && preamble !== undefined && preamble.every((phrase) => phrase.test(text));
    });
}

;// CONCATENATED MODULE: ./.build/licenses/windows.js

/** A segment this many times longer than a template is searched in windows first. */
const WINDOWED_RATIO = 4;
let need = new Int32Array(0);
let have = new Int32Array(0);
/**
 * The ranges of doc[from, to) where a window the template's size could hold it within
 * `maxMissing` missing words (the word-count bound of classifier.ts, slid along the text), merged.
 * A long file (a third-party notices file) then aligns each small template only where it can be.
 */
function candidateRanges(template, doc, from, to, maxMissing, vocabularySize) {
    if (need.length < vocabularySize) {
        need = new Int32Array(vocabularySize);
        have = new Int32Array(vocabularySize);
    }
    const ids = template.requiredIds;
    const counts = template.requiredCounts;
    for (let k = 0; k < ids.length; k++)
        need[ids[k]] = counts[k];
    const width = Math.min(to - from, template.length + maxMissing + MAX_VARIABLE_WORDS * 2);
    let missing = template.length;
    const add = (w) => {
        if (w < 0)
            return;
        if (have[w] < need[w])
            missing--;
        have[w]++;
    };
    const remove = (w) => {
        if (w < 0)
            return;
        have[w]--;
        if (have[w] < need[w])
            missing++;
    };
    const ranges = [];
    for (let i = from; i < from + width; i++)
        add(doc[i]);
    for (let start = from;; start++) {
        if (missing <= maxMissing) {
            const last = ranges[ranges.length - 1];
            const end = start + width;
            if (last !== undefined && last[1] >= start)
                last[1] = end;
            else
                ranges.push([start, end]);
        }
        if (start + width >= to)
            break;
        remove(doc[start]);
        add(doc[start + width]);
    }
    for (let i = to - width; i < to; i++)
        if (doc[i] >= 0)
            have[doc[i]] = 0;
    for (let i = from; i < to; i++)
        if (doc[i] >= 0)
            have[doc[i]] = 0;
    for (let k = 0; k < ids.length; k++)
        need[ids[k]] = 0;
    return ranges;
}

;// CONCATENATED MODULE: ./.build/licenses/match.js






/**
 * Matching: every template aligned against a file's words, best first, each match masked and
 * the pieces beside it rescanned (findMatches).
 */
// Phrases whose presence on one side only means a different family of the same license (the
// templates' `family` rules). Phrases, not words: one word alone also turns up in holder names.
const FAMILY_PHRASES = [...new Set(everyRule('family').flat())];
const TITLE_WORDS = 8;
const QUICK_EDIT_RATIO = 0.03;
// A verbatim copy is found with a tighter budget still: the band is about twice the budget wide.
const TIGHT_EDIT_RATIO = 0.005;
/**
 * The most consecutive word edits a match may hold. A longer run is an added, dropped or
 * rewritten clause: a different license (BSD-2-Clause-Views is BSD-2-Clause plus one sentence),
 * never the template at high confidence. Rewrapping, a holder name, a typo stay under it.
 */
const MAX_GAP = 5;
// A license's own clause in a wording that reads like a restriction (the templates' `ownClauses`):
// the clause itself, not an added restriction.
const OWN_CLAUSES = everyRule('ownClauses').flat();
/** Finds licenses best first, masking each match and rescanning what is left beside it. */
function findMatches(all, words, doc, threshold) {
    const accepted = [];
    // Each round takes the best match of the whole text, then rescans the two pieces beside it; the
    // other segments keep their candidates. (Taking several per round let a worse template claim a
    // second BSD block that the better one would have matched next.)
    let segments = [{ from: 0, to: doc.length }];
    while (segments.length > 0) {
        for (const segment of segments) {
            if (segment.found !== undefined)
                continue;
            const { from, to } = segment;
            const counts = wordCounts(doc, from, to);
            // Every template word occurrence the span lacks costs an edit: a bound on the confidence.
            const bounded = [];
            for (const template of all) {
                if (to - from < template.length * threshold)
                    continue;
                const allowed = template.length * (1 - threshold);
                const ids = template.requiredIds;
                const need = template.requiredCounts;
                let missing = 0;
                for (let k = 0; k < ids.length && missing <= allowed; k++) {
                    const have = counts[ids[k]];
                    if (need[k] > have)
                        missing += need[k] - have;
                }
                // The best score it could reach: every missing word is an edit (score() counts edits twice).
                if (missing <= allowed)
                    bounded.push({ template, bound: template.length - 2 * missing });
            }
            bounded.sort((a, b) => b.bound - a.bound || b.template.length - a.template.length);
            releaseCounts(doc, from, to);
            const found = [];
            const lacking = missingFamilyPhrases(words, from, to);
            for (const { template, bound } of bounded) {
                const maxEdits = Math.floor(template.length * (1 - threshold));
                // A template that can't beat a match already found, nor fit beside it, would never be taken.
                const minSpan = template.length - maxEdits;
                const beaten = found.some((other) => (score(other) > bound || (score(other) === bound && other.template.length >= template.length)) &&
                    other.start - from < minSpan &&
                    to - other.end < minSpan);
                if (beaten || familyPhrasesOf(template).some((phrase) => lacking.has(phrase)))
                    continue;
                // Most texts are near-verbatim: a tight budget first keeps the alignment band narrow.
                const quick = Math.min(maxEdits, Math.ceil(template.length * QUICK_EDIT_RATIO));
                const tight = Math.ceil(template.length * TIGHT_EDIT_RATIO);
                const ranges = to - from > template.length * WINDOWED_RATIO
                    ? candidateRanges(template, doc, from, to, maxEdits, vocabularySize())
                    : [[from, to]];
                const alignment = alignInRanges(template, doc, ranges, { tight, quick, max: maxEdits });
                if (alignment === undefined)
                    continue;
                const confidence = 1 - alignment.edits / template.length;
                if (confidence < threshold ||
                    alignment.longestGap > MAX_GAP ||
                    differsInFamily(template, words, alignment.start, alignment.end))
                    continue;
                found.push({ template, confidence, start: alignment.start, end: alignment.end });
            }
            segment.found = found;
        }
        segments = segments.filter((segment) => segment.found.length > 0);
        // Most words matched first (a whole GPL text over the notice in its appendix, JSON over MIT
        // on a JSON text); between equals, the more confident, then the longer template.
        let best;
        for (const segment of segments) {
            for (const candidate of segment.found) {
                if (best === undefined || better(candidate, best.candidate))
                    best = { segment, candidate };
            }
        }
        if (best === undefined)
            break;
        const { segment, candidate } = best;
        accepted.push(candidate);
        const pieces = [
            { from: segment.from, to: candidate.start },
            { from: candidate.end, to: segment.to },
        ].filter((piece) => piece.to > piece.from);
        segments = segments.flatMap((other) => (other === segment ? pieces : [other]));
    }
    return accepted;
}
/**
 * The template's alignment in the ranges where it can be. One range: an alignment with too long
 * a run of edits is no match, so its search may stop there. Among several, the fewest edits is
 * taken before the run is looked at.
 */
function alignInRanges(template, doc, ranges, budgets) {
    if (ranges.length === 1)
        return alignStaged(template, doc, ranges[0][0], ranges[0][1], budgets, MAX_GAP);
    const { tight, quick, max } = budgets;
    let alignment;
    for (const [start, end] of ranges) {
        const found = alignTemplateTightFirst(template, doc, start, end, quick, tight) ??
            (quick < max ? alignTemplate(template, doc, start, end, max) : undefined);
        if (found !== undefined && (alignment === undefined || found.edits < alignment.edits))
            alignment = found;
    }
    return alignment;
}
let match_countBuffer = new Int32Array(0);
/** Word counts of doc[from, to) in a shared buffer; releaseCounts zeroes what it set. */
function wordCounts(doc, from, to) {
    if (match_countBuffer.length < vocabularySize())
        match_countBuffer = new Int32Array(vocabularySize());
    for (let i = from; i < to; i++)
        if (doc[i] >= 0)
            match_countBuffer[doc[i]]++;
    return match_countBuffer;
}
function releaseCounts(doc, from, to) {
    for (let i = from; i < to; i++)
        if (doc[i] >= 0)
            match_countBuffer[doc[i]] = 0;
}
function better(a, b) {
    return ((score(a) - score(b) ||
        a.confidence - b.confidence ||
        a.template.length - b.template.length ||
        b.start - a.start) > 0);
}
/**
 * Template words matched less the edits. Edits count twice so that a longer template with a few
 * words more than the text (a variant naming its holder) does not beat the exact shorter one.
 */
function score(candidate) {
    const edits = Math.round(candidate.template.length * (1 - candidate.confidence));
    return candidate.template.length - 2 * edits;
}
/**
 * The family phrases nowhere in the segment (nor in the title words before it). A template whose
 * required words hold one of them differs in family from any span of the segment
 * (differsInFamily), so it is not aligned there at all.
 */
function missingFamilyPhrases(words, from, to) {
    const segment = ` ${words.slice(Math.max(0, from - TITLE_WORDS), to).join(' ')} `;
    return new Set(FAMILY_PHRASES.filter((phrase) => !segment.includes(phrase)));
}
const familyPhrases = new WeakMap();
/** The family phrases a template requires (read once per template). */
function familyPhrasesOf(template) {
    let phrases = familyPhrases.get(template);
    if (phrases === undefined) {
        phrases = FAMILY_PHRASES.filter((phrase) => template.requiredText.includes(phrase));
        familyPhrases.set(template, phrases);
    }
    return phrases;
}
/** True when the span and the template differ by a family phrase, a version or a restriction. */
function differsInFamily(template, words, start, end) {
    // A title just before the span ("The Clear BSD License") counts too.
    const span = ` ${words.slice(Math.max(0, start - TITLE_WORDS), end).join(' ')} `;
    for (const phrase of FAMILY_PHRASES) {
        if (span.includes(phrase) ? !template.text.includes(phrase) : template.requiredText.includes(phrase))
            return true;
    }
    for (const version of versionWords(words, start, end)) {
        if (!template.versions.has(version))
            return true;
    }
    // A restriction the template does not have, inserted inside the matched text.
    const added = countRestrictions(span);
    if (added > 0 && added > templateRestrictions(template))
        return true;
    return false;
}
const restrictionCounts = new WeakMap();
function templateRestrictions(template) {
    let count = restrictionCounts.get(template);
    if (count === undefined) {
        count = countRestrictions(template.text);
        restrictionCounts.set(template, count);
    }
    return count;
}
function countRestrictions(text) {
    const rest = OWN_CLAUSES.reduce((left, clause) => left.replace(clause, ' '), text);
    return rest.match(new RegExp(RESTRICTION.source, 'g'))?.length ?? 0;
}

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
;// CONCATENATED MODULE: ./.build/licenses/identifier-list.js


const KNOWN = new Set([...spdx_license_ids, ...deprecated].map((id) => id.toLowerCase()));
/** Fewer lines than this is a short notice, read as one (notice.ts). */
const MIN_LINES = 5;
/**
 * A file that is a list of SPDX identifiers, one a line (quoted, in a JSON or Go array, or bare):
 * data a tool keeps (go-spdx's license_ids.txt), not license terms. Every non-empty line must be
 * a known identifier, so a list with any sentence in it is read as text as before.
 */
function isIdentifierList(text) {
    const lines = text
        .split(/\r\n|\r|\n/)
        .map((line) => line
        .trim()
        .replace(/^[[{(]+|[\]}),;]+$/g, '')
        .replace(/^["'`](.*)["'`],?$/, '$1')
        .trim())
        .filter((line) => line !== '');
    return lines.length >= MIN_LINES && lines.every((line) => KNOWN.has(line.toLowerCase()));
}

// EXTERNAL MODULE: ./.build/licenses/classifier-version.js
var classifier_version = __webpack_require__(5419);
;// CONCATENATED MODULE: ./.build/licenses/known-texts-data.js
// Generated by scripts/generate-known-texts.ts from our corpora and templates: do not edit.
// known-texts.ts reads it only under the same classifier version and template inputs.
const KNOWN_TEXTS_DATA = {
    key: "6\u00000otFzCKSczY2c3iteKU/ZYM0MmFm3GtfT7estN44Kks=",
    entries: {
        "+3S59ZJHJRBaBxKmhK4BNEAskYMblYJSTRgDKvFwnnw=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221], ["BSD-3-Clause", 1, 238, 450]], []],
        "/RsHvl9PlJJrbqTfOUOwWrkMGh87Gj1XSuerWLylj/8=": ["Unlicense", [["Unlicense", 1, 0, 199]], []],
        "/Ubo4gIIMVvU3t4V/bg8Xv4U23TeBrszUQE0iUUi0jo=": ["BSD-3-Clause", [["BSD-3-Clause", 0.975609756097561, 0, 211]], []],
        "/VUT1n6bUUrrUMqbTC7LlnljBXpKT3BMMIe66/wSG70=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 4, 214]], []],
        "/Y7v2m3v+pFMRawJj23uZqP/Oj7e0OdWp+M5HoQSw68=": ["GPL-3.0-only", [["GPL-3.0-only", 0.9988479262672811, 0, 5646]], []],
        "/kVp9s5mGTrRz4ErPCu8HYfg340jpZhpq6e54XBxxKw=": ["AGPL-3.0-or-later", [["AGPL-3.0-or-later", 1, 1, 107]], []],
        "/uNcIybyeq3EqUq+kS+oDL3yoJkBhG06TJ0czKWOgBw=": ["EUPL-1.2", [["EUPL-1.2", 1, 0, 2227]], []],
        "/x4bzBoKQjKyUQtpKQErorg+erJ2V2dh/Z9v8y1JBYM=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "01FghDAHMo41f0CRurnU7OdWcshRYMiSEEy5cRWsag0=": ["JSON", [["JSON", 1, 0, 171]], []],
        "0J4xdmbL+B4vYrOtFD6NxpI3J1b6I3vF53GfKfynqCc=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9897959183673469, 12, 214]], []],
        "14ICLsWUlrLXxrBTfq4VR+BQpk4qSohd7/A2gM7kIDY=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 205]], []],
        "1KZBywUJA5Uf+HSbA+ZbPrElN0H2nOrHGsOBCm+6rkM=": ["MIT AND Apache-2.0", [["MIT", 1, 94, 256]], []],
        "1dDS9gDBWZwsqSYBk+to0qBDIZRWWDl40V2IbGGK5B4=": ["BSL-1.0", [["BSL-1.0", 1, 0, 212]], []],
        "1dT18s+fN7FGRWZkvlZ9KSMG0UOMWFJZnVJXIzGKGak=": ["BUSL-1.1", [["BUSL-1.1", 1, 0, 334]], []],
        "29UEtDA6JhxVBQAtjTqIzIbDaScESbs2XYDHVKY1x1M=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 20, 232]], []],
        "2TWWKKVC1Wk4zoUgW7vB90hsqw9D0f+WlpZL1AIGTzc=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 4, 187]], []],
        "2aQ+jTcZ3PXN9glZU6WxA05m/jjB365jX4vU8EAgTZY=": ["AGPL-3.0-only", [["AGPL-3.0-only", 1, 0, 5170]], []],
        "36gaWCStWnJrBlfI95+cqckQJdR1vG4jj86PMZHF5qY=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "3CI+XKuOaXmIrxTF3o59tnasrk3as/4DBlsX23MeUCE=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 24, 237]], []],
        "4Vwp9NM+IIMD7tX2iRJgrAZPKbJp3xrooAgaRJAOGDg=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "5CDMoRqCQXOzh/Ji5vDS5jA2v6CgBbzqaRl9KUZvUAE=": ["MIT", [["MIT", 1, 19, 181]], []],
        "5CiZHPNBOCFoaAoDckrZVxlLsgPzw1sDV32gb2jgpnA=": ["Unicode-DFS-2016", [["Unicode-DFS-2016", 1, 0, 432]], []],
        "5DPDY4kQ6mcI0M22RAp44HrYdX6bM+X2t8CKigRRcBI=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 47, 253]], []],
        "5UMG4nZhQj79WMp8HflI8UjdNanliQ9DkmqnD8Cu3GQ=": ["MIT OR Apache-2.0", [["MIT", 1, 13, 177], ["Apache-2.0", 1, 178, 261]], []],
        "5khFaV0K+awuRR8sMP5X1FOeWveepXcEvvA7Kb0ZTK0=": ["MIT", [["MIT", 1, 0, 164]], []],
        "5uYNIDfv5YhB1pizQaYJ2Kc47/zqrbEqxyHlT44L99s=": ["Unlicense", [["Unlicense", 1, 0, 190]], []],
        "6IajO4XqAsPoWxFFrxG5z+vXig0/YmIbAiw2/XjXL3A=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9951219512195122, 0, 211]], []],
        "6T5AO1+8GfjqMRyxLKB5N54tgQVW0RbHFVtyW6TlWG0=": ["LGPL-2.1-only", [["LGPL-2.1-only", 1, 0, 4034]], []],
        "7WPOu0Yhd2KObAkkmHi4g5GpNrRuOORX4DBJvrEElmQ=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183]], []],
        "7Xa5Vy8eu2kB59/yyAbKMY58GnmR4VoVlB3k0ySpIEU=": ["JSON", [["JSON", 1, 0, 173]], []],
        "85GarELEGViffSWy4uS+pGW/QlJ0rj1+1KlO3V19j8s=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "8C44zoeKw1qjbe9YE57THaPu9MnpwatLN1GHXSCdIfk=": ["MIT-0", [["MIT-0", 1, 0, 140]], []],
        "8NAjX12TXSzjDxVOXArEGzTCTKtVnuXoeVMQpAQ/Z4c=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "8RLv31zs6zESQCQQwVoFXAcxqKYcfDxFileTUZSZ6kk=": ["MIT", [["MIT", 0.9938650306748467, 0, 164]], []],
        "8XL5Cokthp1dhA1fQ2MhipshvbG9OSW6nHUtFmATT+4=": ["ISC", [["ISC", 1, 0, 113]], []],
        "8vRGO5u/mwWKbqW45wNPoqS8zD7tR2AMreLSUOcTUN0=": ["Bitstream-Vera AND LicenseRef-unknown", [["Bitstream-Vera", 1, 32, 391]], [[392, 746]]],
        "9TQZGwqqXJSdm/dVZPo2NRtW1236FqdeB8w9mEPYZf0=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 4, 217]], []],
        "9y0X4T9Prx7UaQyDbrCDYL2ICTI+hnUnxVMw12oFhFo=": ["CC-BY-SA-4.0", [["CC-BY-SA-4.0", 0.9995435874030123, 405, 2744]], []],
        "AIdteVi37k4ESo3f3aQ3qpTmUVkrdM0rsnucwONA54s=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183]], []],
        "BSgySg+Q/ORqtkomEA0XMzrE/50SRkOUCPbPWpbziLs=": ["GPL-2.0-only", [["GPL-2.0-only", 0.9975816203143894, 0, 2939]], []],
        "Cr7BYvGoJ+1kpkSYc6Kc5LcqXVpikbAnvYeWgjmQv14=": ["Apache-2.0", [["Apache-2.0", 0.9880952380952381, 34, 117]], []],
        "DG2uw5FHoL/V9IWlqZP2kept7xo2z1kRShh98/Vs8nE=": ["BSD-3-Clause AND CC-BY-4.0", [["BSD-3-Clause", 1, 0, 212], ["CC-BY-4.0", 0.9994977398292315, 229, 2225]], []],
        "DPIb39GWSpeoYV4ShTSEWCavvIh+3JWqXJJcv2Q4a1w=": ["MIT", [["MIT", 1, 0, 162]], []],
        "EWxEfkXcbDL6rhKebV3xe2tm+K63IoqChMaAfEjz4Ck=": ["BlueOak-1.0.0", [["BlueOak-1.0.0", 1, 0, 248]], []],
        "EYguFVzdPdSZZ4t2nN33TDNA4/5WHPHUjxehxSdVp5k=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211]], []],
        "EYwTBwTargy0MyuiX6Qm1CW4Qsae6z2IfFHm+3HG3Vo=": ["BUSL-1.1", [["BUSL-1.1", 1, 329, 667]], []],
        "Er22baqZOxdAdBZv7DNmKB1xOO09Adcw0SfjpFdIQjY=": ["BSD-2-Clause AND BSD-3-Clause", [["BSD-2-Clause", 1, 22, 205], ["BSD-3-Clause", 1, 231, 443]], []],
        "F+b4nHGfweMwZDnvPUfv0VpiWE1HNSSubV+4tlzVBdE=": ["MIT", [["MIT", 1, 3, 166], ["MIT", 1, 182, 345]], []],
        "FbFkJ05O70JXIe0gmJTbHo0rf8vB3mqcQyMUeydFvlQ=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 1, 213]], []],
        "FnNZnCWqKUd/c7pnbFcWqo2Ze6Hv6egnwm3mq8rc4b0=": ["BSD-3-Clause AND dtoa AND BSD-2-Clause", [["BSD-3-Clause", 1, 0, 212], ["dtoa", 0.9313725490196079, 262, 359], ["BSD-2-Clause", 1, 398, 577]], []],
        "FzOF8f9wrKmdzTk/kv9XzGkjMqrS+rhCHRDnsgISGZU=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 7, 219]], []],
        "G++yDgTwom+JqjhGP49sBaoTBnmYNkBxd/kgbV0ZMsk=": ["BSD-2-Clause AND ISC", [["BSD-2-Clause", 1, 0, 183], ["ISC", 0.9907407407407407, 186, 296]], []],
        "GapLixcOwnRn7gBclWoVLuAzK9JDMhiT10ZeDc7mGow=": ["Apache-2.0 AND BSD-3-Clause", [["Apache-2.0", 1, 0, 1585], ["BSD-3-Clause", 1, 1586, 1798]], []],
        "GsK031aNDdsufUCf8TJMykJcWYrBhSnp0FTQrMc1MkU=": ["X11", [["X11", 1, 0, 206]], []],
        "H52+zMzQiAxDmQNndYhktosQsj8+vk9vHdArkyH/KkE=": ["BSD-4-Clause", [["BSD-4-Clause", 1, 0, 230]], []],
        "HYU8gO/lzrTeey82rZf1ZZlGlHr8nGx1+j+lDiA2jvI=": ["GPL-3.0-only", [["GPL-3.0-only", 0.9986559139784946, 0, 5648]], []],
        "HhcynnXhaGrAbjia3Y3lgXdf9pxKFeUOc+206DaGCkc=": ["GPL-3.0-only", [["GPL-3.0-only", 1, 0, 5207]], []],
        "HjQUSsETF5Q2ldHJE36kxxP4zMD1DaK88+DPWvagEl4=": ["BSL-1.0", [["BSL-1.0", 1, 3, 215]], []],
        "I1DKacP0nA6IGSzvRn10xxAodvEN8SgK8hTACnS6FZ4=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 6, 220]], []],
        "I8UkNZDGlMPecv6fxt/PIxi3WXDdOFnL6wiMA16g8wo=": ["MIT", [["MIT", 1, 12, 175]], []],
        "IX2gdHzsY6LnNBhdsRy6qBm82eW4PNEvgSEo//5m4mo=": ["ISC", [["ISC", 1, 0, 111]], []],
        "Ik1hBgJ/5rODd2y/lUgnlfpqj0lUdaFJfKXNqZlqmqY=": ["BSD-2-Clause-Patent", [["BSD-2-Clause-Patent", 1, 0, 373]], []],
        "JEZfw8Les8JDwvL5+a6cgeVxsE98mTbECw7TFW3O4V0=": ["AGPL-3.0-only", [["AGPL-3.0-only", 0.9990330690388706, 0, 5529]], []],
        "JaJ01SswFNm9ZODzNi/SeawWVfFj1cUY9rn2xDNUgCw=": ["0BSD", [["0BSD", 1, 0, 97]], []],
        "JyBrUhoBaUBaeNkjFiFJIa2Bc0zjjjes0cYj904fvyU=": ["MIT", [["MIT", 1, 4, 167]], []],
        "Kgnjhdw0THj9wKgzNuH+ilFaErBLxN8axTlCMmPVyW0=": ["MIT", [["MIT", 1, 11, 173]], []],
        "LJB8mBGnwzegK7sLfsbyQeUXSmiZskjnZ+sPSiv5CrM=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "LJjvMAJeMD2wSLVR1JQhQU7K5e2fYBL/3nkFmbOo1eg=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "LoRKMWQvib+Su/398MEi5k440xFgXdePe35vLbXkBG4=": ["LGPL-2.1-only", [["LGPL-2.1-only", 1, 0, 4368]], []],
        "M6I1/tlMHNsmkt2JDYJKR8TC0oBTMXFabnOeczGsAPI=": ["MIT AND BSD-3-Clause AND Apache-2.0 AND MPL-2.0 AND LicenseRef-unknown", [["MIT", 1, 1166, 1328], ["BSD-3-Clause", 1, 1398, 1610], ["BSD-3-Clause", 1, 1658, 1870], ["BSD-3-Clause", 0.9902439024390244, 1976, 2188], ["BSD-3-Clause", 0.9902439024390244, 2239, 2449], ["MIT", 1, 2752, 2916], ["Apache-2.0", 1, 2937, 4522], ["BSD-3-Clause", 1, 4551, 4762], ["BSD-3-Clause", 1, 4847, 5059], ["MIT", 1, 5080, 5243], ["MPL-2.0", 1, 5265, 7613], ["BSD-3-Clause", 1, 7647, 7859], ["MIT", 1, 7885, 8047], ["BSD-3-Clause", 0.9902439024390244, 8079, 8291], ["BSD-3-Clause", 1, 8337, 8549], ["BSD-3-Clause", 1, 8570, 8783], ["BSD-3-Clause", 1, 8922, 9134], ["MIT", 1, 9152, 9316], ["MIT", 1, 10044, 10206], ["MIT", 1, 10215, 10377]], [[0, 1165], [2450, 2751], [4763, 4846], [9317, 10043]]],
        "M6h0QTwQ53+MVdZN3kE8TchXrU/Y+/B4SgYclLuOJJM=": ["MIT-0", [["MIT-0", 0.9929078014184397, 0, 141]], []],
        "M7/Y6wJexr3xCVSJk3BqVGXeH5Q/aXHTjoCKoZZTaho=": ["AGPL-3.0-only", [["AGPL-3.0-only", 0.9992264552310965, 0, 5530]], []],
        "M7BZsHsRXQUciaM1crDuhtp1viAgInAA4zUcZs7stlM=": ["Apache-2.0 AND MIT AND CC-BY-4.0 AND LicenseRef-unknown", [["Apache-2.0", 1, 101, 1517], ["MIT", 1, 1518, 1682]], [[0, 100], [1683, 1715]]],
        "MPc2AtTMw1mGHzKmOTO7A9EeOpxDGnHUgywzKDsaEP4=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 164], ["BSD-3-Clause", 1, 182, 394]], []],
        "MakHAOOUdC5krEgnZAFZcFTYivJGCs6fmld7QRSmjXk=": ["GPL-2.0-only", [["GPL-2.0-only", 1, 0, 2480]], []],
        "NaRGIBIm3msnz7cQbQ9saX9jv+rCkT3PiQJJEeZu8WQ=": ["MIT", [["MIT", 1, 0, 164]], []],
        "Ne5piFYkvzj/s5k2Z22aAOTN8llH9xBDUKcRFscNW2c=": ["CC0-1.0", [["CC0-1.0", 1, 11, 1082]], []],
        "NgbpGfkuSGKlYoeI8oTAf1oMpBuBn4hBTX6CXcpPrMQ=": ["GPL-2.0-or-later", [["GPL-2.0-or-later", 1, 0, 114]], []],
        "Nm7/ELQ7mqCMSMaC3co+gsVHvr0Rawdenuo0w98cGus=": ["BUSL-1.1", [["BUSL-1.1", 1, 0, 545]], []],
        "No3XLiqXCt09PpoylgBm2MEeKtxAPBJPnBF6hw4AWvM=": ["LGPL-2.1-or-later", [["LGPL-2.1-or-later", 1, 0, 117], ["LGPL-2.1-or-later", 1, 118, 4486]], []],
        "O/s5FE4k0156UDLvXGGNYx450I63NRfCjxerSMBLzTA=": ["BSD-3-Clause-Clear", [["BSD-3-Clause-Clear", 1, 0, 236]], []],
        "OAWbHOZHdbT1yxAN3eXJnU/ursawwCf16HJcjpjj8iw=": ["LGPL-3.0-only WITH LGPL-3.0-linking-exception", [["LGPL-3.0-only WITH LGPL-3.0-linking-exception", 1, 229, 1439]], []],
        "OBHGpCvJ/x5pZriSk4QqwKY03EOWaBOL/f68SX+qh8s=": ["PostgreSQL", [["PostgreSQL", 1, 0, 153]], []],
        "OPpU5v8tYoo3KyCWjw+/7sK7HmYHg+anKu8irmN/Dl0=": ["MPL-2.0", [["MPL-2.0", 1, 0, 2348]], []],
        "PO8I/qDPf5hwr6j2Q5kNT/UjnmDey0dZGzqZYJagQ10=": ["CDDL-1.0", [["CDDL-1.0", 1, 0, 2561]], []],
        "PVIuQLIf5H8cC0upjSgTx2oI4kuIaVWeMjceg3rp+ng=": ["ISC", [["ISC", 1, 0, 111]], []],
        "Pamtw8r8+8BByi1Mq67P3NMbomDRpbiOw278MoXuEXs=": ["GPL-2.0-only", [["GPL-2.0-only", 1, 0, 2903]], []],
        "QYQ9hc+B8VAgfcFOTJAtiteoQbx+kWdU1RhGckpnHcM=": ["CC-BY-4.0", [["CC-BY-4.0", 1, 0, 2533]], []],
        "R+/jJ5nYoUysbfxmy5bxbEwI5HQ0vmpdkLOimKtigYQ=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 162], ["BSD-3-Clause", 0.975609756097561, 165, 370]], []],
        "RBsXLvXKtEHLD6ApxCP966Bjb7xUTOXF1Jr4rBmoLSs=": ["ISC", [["ISC", 1, 11, 120]], []],
        "RIGrKbCE85sjYGrifuxtNv1nCHho/iQUJEtghe9Ng4o=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "RNk7FPrZamScj6m6mHf9YF/o6Pg5jGwI6mGShfGU8+M=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221], ["BSD-3-Clause", 1, 238, 450]], []],
        "SIX0IWKg0J+gFCPXHKn+VwCoZZ8VbX4NRQrz9Rz3Puo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 21, 233]], []],
        "SMTwgiID2HMI5dGL3BARqIGlf9ftdTfTFEGZRg63p10=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1500]], []],
        "T9OSRcIUUUjfwU9IXSau4OXCvobbfiT16cgjT8vJY3g=": ["Unlicense", [["Unlicense", 1, 11, 210]], []],
        "Us2XRXkEeEb7IFNKZEfDduXKlo5Ti3aMl8bVVL5+BFw=": ["UPL-1.0 OR Apache-2.0", [["UPL-1.0", 1, 42, 332], ["Apache-2.0", 0.9880952380952381, 339, 431], ["Apache-2.0", 1, 432, 2017]], []],
        "UunIF2jpNU9xOsc1X4GggWGsFmlgTXrbooWhlscfN60=": ["BSD-4-Clause", [["BSD-4-Clause", 1, 0, 239]], []],
        "UxE6ObeSUQFs+SuDSPMDzuROT67h8jJTZ1SrxmndMsg=": ["Unicode-3.0", [["Unicode-3.0", 1, 0, 316]], []],
        "VYeqw9AqWCb7ne5s0dzrI1V/ttMghFuftcDPHn11/sU=": ["Apache-2.0 AND MIT", [["Apache-2.0", 1, 0, 1585]], []],
        "W9bvoMFS+I/ss24eBBsM5NYbAPT44cEMTUt2I3BTTpg=": ["NCSA", [["NCSA", 1, 0, 244]], []],
        "WHtE3xcCEFfyiO5ueu1Hwr0HPXJToDYjhNC97l9LKOI=": ["CC-BY-4.0", [["CC-BY-4.0", 0.9994977398292315, 0, 1996]], []],
        "WYoJrrXYUJcRvoY/+MzTOC3EGEM2DiKYvScBR/8DWq8=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "XqLcKM3EGTQUGkWZlhQya32wB3Xv2MfMhSNoh1ggrsA=": ["EPL-2.0 OR BSD-3-Clause", [["EPL-2.0", 1, 106, 2234]], []],
        "YIk4aI0zig0KHYQsRDRIDaG97ypXA8KehXYLMu1F3lk=": ["EPL-1.0", [["EPL-1.0", 1, 0, 1693]], []],
        "YmZs0qQjcxFDMULGm8ZDsdYliNoOySckLGL4HcBkpM8=": ["Artistic-2.0", [["Artistic-2.0", 1, 0, 1355]], []],
        "YsUfcCmat8ONnL41UYVyPeLUMkTs4XA5P5+Qz5hqFes=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 1, 214]], []],
        "Z57oleEARk9SoRGZLXDk33rybHTBIRxaUdI3B3aIOhg=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213], ["BSD-3-Clause", 1, 214, 427]], []],
        "Ze0m5zOSSuJaAWB5vRt8y6/YM+rfBSK5+5QTJpUD+uA=": ["Apache-2.0 AND BSD-3-Clause", [["Apache-2.0", 1, 7, 1592], ["BSD-3-Clause", 1, 1598, 1810]], []],
        "ZjmiqDhDmy9w1g24k6WVrKE3xZvVD0tvXsK+mtpdtm4=": ["Zlib", [["Zlib", 1, 0, 131]], []],
        "Zkydn1QiTJyw+jAQfLnV8Nt0WOqJenx7fCJ0sSbcEHo=": ["SunPro", [["SunPro", 0.9615384615384616, 0, 25]], []],
        "ZzMSfYi3071ZxC2hIGkNvf8eZYrPP6PiRICSB5rWmZo=": ["MIT", [["MIT", 1, 0, 163]], []],
        "a4c+M6EEg7JZyoCY+bx+Gp7BJ1x4otO1UNlPxAgVO2o=": ["SMLNJ", [["SMLNJ", 1, 0, 156]], []],
        "aNainRch84pkiz0lj+qKtTXS8woaQWFw9ZmGLgnABfo=": ["LGPL-3.0-only", [["LGPL-3.0-only", 1, 0, 1210], ["GPL-3.0-only", 0.999231950844854, 1211, 6861]], []],
        "abRZp9aCeXgm9naV9jc5Lr46Ku4+R+WL5pFbD+iUDpY=": ["Python-2.0", [["Python-2.0", 1, 0, 1430]], []],
        "apqIrRXF7F+zaAfLUhaEoVSir9yVdXHyM8AW7DjHgEM=": ["Apache-2.0", [["Apache-2.0", 1, 8, 1593]], []],
        "atNlQ3nnK734R41ckPseJSWroDP75nXg7yJIqsZ8D28=": ["MIT", [["MIT", 1, 1, 165]], []],
        "atU/OZf8NMmswEDLISed0kUg/RSQupx3f26zADoutQU=": ["MPL-2.0", [["MPL-2.0", 1, 0, 2224]], []],
        "bCbiaGiTt1ItPYfy+Kzj5XC2Jpmn6IGV7ZtZvLZhLUo=": ["BSD-3-Clause-Clear", [["BSD-3-Clause-Clear", 1, 0, 240]], []],
        "bIM5ZenKTPgJVlUAUibyT+i/exYF2+UTIEg3pzcfoSc=": ["MIT", [["MIT", 1, 3, 166]], []],
        "c3ClFVxXNdPKNDGYhgMIi4YDHLFYpiI4oGDZ7G/gIuI=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 6, 189]], []],
        "cN5i06L86zvedNgIsb/yx4/5+EGuzyj34SoVxKPSNb8=": ["MIT AND LicenseRef-unknown", [["MIT", 1, 0, 164]], [[165, 173]]],
        "dBk276fLUUsNNSoMCoqQf8RqOL5AeyxNQ0lJeIBuh9c=": ["AFL-3.0", [["AFL-3.0", 1, 0, 1629]], []],
        "dGmqRJf6TE52PQ4CVvr6kxKwxXmGSV7pSk6UO/bfCBc=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211], ["BSD-3-Clause", 1, 212, 424]], []],
        "dZ/BCMKRypYp59GeDmNUz6jwAGyykeKJQbfnN+dZ7+Y=": ["MIT AND Apache-2.0", [["MIT", 1, 64, 226], ["Apache-2.0", 1, 240, 323]], []],
        "dmTLXKogUuUln1mku6JoixthffQyCOBvxh/NvVDxfgg=": ["CC-BY-4.0", [["CC-BY-4.0", 1, 0, 1990]], []],
        "do0Y+3dB/nYb2fF87YdCIocY4NaLbO/8Yq01z1sg284=": ["GPL-3.0-or-later", [["GPL-3.0-or-later", 1, 2, 105], ["GPL-3.0-or-later", 0.999231950844854, 106, 5756]], []],
        "eSDY/s8ml62spPvQDZJ6aZqEIyjg64yQVUYKZlWzrio=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "f3MVEs19KE15i/z8x42qsyua3TI+EvSWrq/xEhB5k3k=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 215]], []],
        "fsB7H4dl4t+gpQRYKFP6VX+k1ACc6wA5Lp+c1Dv04Eo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "gGUNUlFRG1fVejlZpEDL5sNy/wFTgCEYY4Tua7C7xrM=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183], ["BSD-2-Clause", 1, 200, 383]], []],
        "gXraT1XRUEUy6hv/MixXG0ApV3ws4zjYbRypMlrhjfA=": ["WTFPL", [["WTFPL", 1, 0, 65]], []],
        "h+GHs91hSYaw0dkGEx/dm/CP48U9z9iyjudq1OZgu+k=": ["MIT AND OFL-1.1", [["MIT", 1, 0, 162], ["OFL-1.1", 1, 217, 858]], []],
        "hZy0iVvxyCsDFMG2NALSHhL144MBm/HAgbFCaCOR/ck=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "jIH/Z7WYfTtPY3Crgfmxh75NtrU34I0ctdNqWjuiAn8=": ["Zlib", [["Zlib", 1, 3, 133]], []],
        "jLJz81pbEL3hFgA7f0BUBvCF0vm4hmky6HZA7sqXlrE=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1416]], []],
        "k2X/r4PzzJG6GVPv+jLolJo1QGzvT1U+Lhx3tY/gEWo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "k7zbOiZuWaFI1sFh3dR7Hdz0Fu6iXe+YgqL1ixe6Jfo=": ["MIT AND BSD-3-Clause AND Apache-2.0", [["MIT", 1, 3, 166], ["BSD-3-Clause", 1, 167, 379], ["MIT", 1, 451, 613], ["Apache-2.0", 1, 627, 710], ["Apache-2.0", 1, 726, 2311]], []],
        "kQ4YZ8XvzL9oobVjscOg1otfD75J9a9BWz/J3O+d0pQ=": ["BSD-3-Clause AND MIT", [["BSD-3-Clause", 1, 70, 282], ["MIT", 1, 295, 458], ["BSD-3-Clause", 1, 465, 678], ["BSD-3-Clause", 0.9948979591836735, 685, 890]], []],
        "lP7sHyv+MBWtkASesK0twyyK4C/9Aolaq2PWHXwjuY0=": ["Apache-2.0", [["Apache-2.0", 1, 0, 83]], []],
        "losovTo9QvOGtAmTE6/EITk+lBxu0p8/OwJr5h0wVKc=": ["Apache-2.0 AND MIT", [["Apache-2.0", 1, 0, 83]], []],
        "m5UFViaHxRnm9eINfl3XTA6eqmAp9eDNBZHoo5S2aOk=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 0, 215]], []],
        "mxFaBmCOBKuhWzHP+YJ1ZyGo765A/BFDI7shU8+XEoM=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211]], []],
        "n8CBgBgCZjO0/iBi5isgl1HKU8yTI3Aj8u8cb2zRCQg=": ["CC0-1.0", [["CC0-1.0", 1, 0, 1071]], []],
        "nIQpCbzIU2W6fw0Qb8zcOvUXhEMQdhdFiKmDKDfr8VM=": ["0BSD", [["0BSD", 1, 4, 101]], []],
        "ndx4pXl7UAjUiJaf2Vn0KBqXgh4H3cXRnKnBY/2+63M=": ["Zlib", [["Zlib", 1, 0, 129]], []],
        "nl9YG5JeL7mvVQIRX5wiyoCnfMSqgMzOpnANWHCgnKs=": ["GPL-2.0-only", [["GPL-2.0-only", 0.9987908101571947, 0, 2900]], []],
        "omYPVVi1rpNo6OXpRZ21MzzdxnNMsUZjwaETzW7RHxE=": ["MS-PL", [["MS-PL", 1, 0, 403]], []],
        "opav10UvaSwrA3U/TWAVAl/M3jwIZYzXaZKrFV5iqEc=": ["MIT", [["MIT", 1, 28, 192]], []],
        "oyEh+1GiRw2PwiVCtMgyML8N2lut8lgLymjDfKidYlk=": ["GPL-3.0-only", [["GPL-3.0-only", 0.999231950844854, 0, 5650]], []],
        "p0Yr3S1RN4uyuhc/4HPaoFMqDfRd+OP5VCe111/Hj40=": ["OFL-1.1", [["OFL-1.1", 1, 42, 683]], []],
        "p9vnSGCixlo9OqqoW2H/n5nE/fS+2aoKOqluVXBxkZk=": ["Apache-2.0", [["Apache-2.0", 0.9964714184897672, 0, 1411]], []],
        "pIaYpU7wg952vUdq3YeRCKZb+hP6VPFb2hg9GEjRP2U=": ["BSD-3-Clause AND Apache-2.0", [["BSD-3-Clause", 0.9902439024390244, 0, 209], ["Apache-2.0", 1, 222, 305]], []],
        "pZqtkJAykEWPrK8R2RFSEfheNSDU40Wo046uoSfar5c=": ["MIT AND LicenseRef-unknown", [["MIT", 1, 0, 164]], [[165, 231]]],
        "px6VGH6eJDRi9aSdBsNqhNMSLsnOFWKdIHPha2QTIls=": ["Apache-2.0 AND BSD-3-Clause", [["Apache-2.0", 1, 0, 1585], ["BSD-3-Clause", 1, 1597, 1809]], []],
        "pxfwCAfXgYsBE45sjYFIkFl7EMhWQquxOdfy5g0EfIs=": ["Apache-2.0 AND BSD-3-Clause AND MIT", [["Apache-2.0", 1, 0, 1585], ["BSD-3-Clause", 1, 1612, 1825], ["MIT", 1, 1831, 1993]], []],
        "qNYjP5YTiBHgF4RKUh6JVIp/KsAlxKElZMyPlZXjSi4=": ["Apache-2.0 AND MIT AND LicenseRef-unknown", [["Apache-2.0", 1, 685, 768], ["MIT", 1, 816, 978]], [[0, 684]]],
        "qV0153BKYS1CO5KfVENdH7gJ6G6DV6vgHl0Y00qe+cQ=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 206]], []],
        "r15Lnl+RWwt39Pw1QSr+eGFDR2rp9EMfsuH8i1DpvXo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 36, 242]], []],
        "rQDCeroK+SFFpIqPBro1d43Gkx/2eSudezogp9R6owA=": ["Apache-2.0 OR MIT", [["Apache-2.0", 1, 14, 1599], ["MIT", 1, 1600, 1764]], []],
        "sHSOzX6cGUeH0o3MWnC2Vqag7VEH7KhjX5xaPCxdDFQ=": ["CC-BY-SA-4.0", [["CC-BY-SA-4.0", 1, 0, 2735]], []],
        "sjVD1KEf/OYQ1h2Iz9+fvENzVYfSUxFcEWOb0Dtj3qM=": ["MIT", [["MIT", 1, 4, 166]], []],
        "tjjrTp7qnNLpJFvLZYzmyOZhmTiSKff0txlEtGGseGY=": ["UPL-1.0", [["UPL-1.0", 1, 0, 290]], []],
        "u48fH0DKtN9C5hqQPhevHewiUvd7C3w2MbM/UaODkLQ=": ["X11", [["X11", 1, 0, 211]], []],
        "uPnoBbAPZRe1hkNzJ2oFcNzoLMlp6uOVopXuukKqUK8=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 215]], []],
        "ufoW87mATRoZV05KMKfb7/v8arYSGy9arik4Mx7SmDI=": ["MIT", [["MIT", 1, 0, 162]], []],
        "vo3rtqbBM/wQv6lLdLIixcveZGcEg5Bo+iQqIAlj1C4=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 164], ["BSD-3-Clause", 1, 180, 392]], []],
        "wuww0yAhM975/f+QTnoquPujIHzxpWwKFaNLwBKsh+E=": ["CC-BY-SA-4.0", [["CC-BY-SA-4.0", 1, 0, 2190]], []],
        "x/4yIstxf46tCsbQ6hHwik9YRBCenFAUXMnoNNnV3/c=": ["MIT", [["MIT", 1, 17, 181]], []],
        "xe7Q1kNFSr2asSSyg5vt1xpZP3FvCu3AQIZpiT7PB4c=": ["BSD-2-Clause", [["BSD-2-Clause", 0.9887640449438202, 0, 179]], []],
        "xj/n2SeDITyUWaM8kZP+h6qt+q2YTgs7OhJELLsq2MM=": ["OFL-1.1", [["OFL-1.1", 1, 0, 641]], []],
        "xsKTfEOWIcw7KK9vW9y6MrPjyGhTY9wpZ0ZGriTd0II=": ["ISC", [["ISC", 0.9907407407407407, 0, 112]], []],
        "y4wPQkvdXEKgsYKFiTgp2Yjp+5oA0M1gSlnr6Np+60U=": ["LGPL-3.0-only", [["LGPL-3.0-only", 1, 0, 1210]], []],
        "z1+cJWE11HMpIUi49nExyxvQdKVy6HXNeHegsEzQfBg=": ["MIT AND Apache-2.0", [["MIT", 1, 0, 164], ["Apache-2.0", 1, 165, 1750]], []],
        "zGQfHSxOa/WrJWv3tNfhl6MjPvBan0lVne733M8smOo=": ["EPL-2.0", [["EPL-2.0", 1, 0, 2128]], []],
        "zVzpERkmHJ95mSrQ43cVVglUXfj7EYUT0YkRmm1wZNU=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 181]], []],
        "zkl2DbjpzDBYAVk33V5X7LSpwtO2Em9Vt1u35FAUU5Q=": ["MPL-1.1", [["MPL-1.1", 1, 0, 3693]], []],
    },
};

;// CONCATENATED MODULE: ./.build/licenses/known-texts.js




let usable;
/** The key a table must carry to be used by this build. */
function knownTextsKey() {
    return `${classifier_version/* CLASSIFIER_VERSION */.f}\0${templateInputsKey()}`;
}
/** The classification of a known text (its words' fingerprint), its lines from this file's layout. */
function knownText(fingerprint, normalized, threshold) {
    if (threshold !== DEFAULT_CONFIDENCE)
        return undefined;
    const data = KNOWN_TEXTS_DATA;
    const entry = Object.hasOwn(data.entries, fingerprint) ? data.entries[fingerprint] : undefined;
    if (entry === undefined)
        return undefined;
    usable ??= data.key === knownTextsKey();
    if (!usable)
        return undefined;
    const lines = normalized.lines;
    return {
        expression: entry[0],
        matches: entry[1].map(([license, confidence, first, last]) => ({
            license,
            confidence,
            startLine: lines[first],
            endLine: lines[last],
        })),
        unknown: entry[2].map(([first, last]) => ({
            startLine: lines[first],
            endLine: lines[last],
            words: last - first + 1,
        })),
        declared: [],
    };
}

// EXTERNAL MODULE: ./.build/licenses/notice.js
var notice = __webpack_require__(2419);
;// CONCATENATED MODULE: ./.build/licenses/residue.js



/**
 * The residue rule: a block of a license file that no template matched is never dropped without
 * a reason. It is explained (copyright lines, a title naming the matched license, the sentence
 * introducing the text that follows), or it ends in the file's expression: as the licenses it
 * names (`MIT AND CC0-1.0`), or as unknown (a "derived from X, see Y" pointer, a patent grant,
 * a dedication in its own words). Runs that read as added terms are unknown before this rule.
 */
/** Words that make a block say something about licensing, and the names prose gives licenses. */
const LICENSING = new RegExp(`\\b(licen[cs]e[sd]?|licensing|sublicense|public domain|dedicat\\w*|patents?|copyleft|exception|derived from|based on|ported from|taken from|warrant\\w*|permission|permitted|granted?|terms|conditions|${PROSE_LICENSE_NAMES.join('|')})\\b`);
/** A pointer to license terms in another file or page: what it points to is not in this file. */
const POINTER = /\b(see|refer to|found in|can be found|available at|located in|details in)\b(?: \S+){0,4}? \S*(licen[cs]e|copying|notice|terms)/;
/** Pointers to the license file itself, or to the text beside this block. */
const SELF_POINTER = /\b(see|found in|can be found in|refer to)\s+(the\s+)?(licen[cs]e|copying)(\s+(file|txt|md))?\b|\b(below|above|this file|the following)\b/;
/**
 * What a residue run adds to the expression: the licenses it names that the file's matches do
 * not (`terms`), and `unknown` when it reads as licensing beyond them: it names none of them, or
 * it also points elsewhere for terms ("derived from X, see Y"). Neither when it is explained.
 * `matched` are the ids the file's templates found; `beforeMatch` is true when a match starts
 * right after the run (the run then may introduce that text: "which has this license:").
 */
function residueTerms(words, run, matched, beforeMatch) {
    const text = ` ${words.slice(run.start, run.end).join(' ')} `;
    if (!LICENSING.test(text))
        return { terms: [], unknown: false };
    const known = new Set(matched.map(familyOf));
    const named = namedIn(text);
    const others = named.filter((id) => !known.has(familyOf(id)));
    // A block naming a license may also point elsewhere: a pointer that is not to a named
    // license's own text ("derived from the ICU project, see …") is a part of its own: unknown.
    if (others.length > 0)
        return { terms: others, unknown: pointers(text).some(pointsBeyond) };
    // Names only the matched licenses (a title, "licensed under the MIT license"), or introduces
    // the text after it: explained, unless it points somewhere else for more terms.
    const pointsAway = POINTER.test(text) && !SELF_POINTER.test(text);
    return { terms: [], unknown: pointsAway || (named.length === 0 && !beforeMatch) };
}
/** The licenses a block names, in prose or by the page it cites. */
function namedIn(text) {
    const dotted = text.replace(/\b(\d) (\d)\b/g, '$1.$2');
    const cited = LICENSE_PAGES.filter(([url]) => url.test(dotted)).map(([, id]) => id);
    return [...new Set([...(0,notice/* namedLicenses */._b)(dotted), ...cited])];
}
/** Where code came from: a pointer after these words is to that code's terms, not a license's text. */
const PROVENANCE = /\b(derived from|based on|ported from|taken from|code from|portions?)\b/;
/** A pointer (with the words before it) to terms no license it names gives: not to a license's own text. */
function pointsBeyond(pointer) {
    return namedIn(pointer).length === 0 || PROVENANCE.test(pointer);
}
// Words before a pointer that may name what it points to ("Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt"): it then points to that license's text.
const POINTER_CONTEXT_WORDS = 8;
/**
 * The pointers of a block to terms elsewhere (not to the license file or the text beside it),
 * each with the few words before it.
 */
function pointers(text) {
    return [...text.matchAll(new RegExp(POINTER.source, 'g'))]
        .filter((found) => !SELF_POINTER.test(found[0]))
        .map((found) => [...text.slice(0, found.index).trim().split(' ').slice(-POINTER_CONTEXT_WORDS), found[0]].join(' '));
}

;// CONCATENATED MODULE: ./.build/licenses/text-memo.js
/**
 * This run's classifications by normalized text: license files that differ only in their
 * copyright lines (or not at all: every golang.org/x module's LICENSE) are classified once. A
 * classification depends on the words alone, except for the lines it names (shifted here) and
 * for SPDX-License-Identifier lines and short notices read from the raw text, which are never
 * memoized. It lives in memory for one process (one run), never in a cache.
 */
const MAX_ENTRIES = 4096;
const memo = new Map();
/** The key: threshold, word fingerprint and each word's line relative to the first word's. */
function memoKey(fingerprint, normalized, threshold) {
    const first = normalized.lines[0] ?? 0;
    let relative = '';
    for (let i = 1; i < normalized.lines.length; i++)
        relative += `${normalized.lines[i] - first},`;
    return `${threshold}\0${fingerprint}\0${relative}`;
}
function recall(key, normalized) {
    const entry = memo.get(key);
    if (entry === undefined)
        return undefined;
    return shiftLines(entry.result, (normalized.lines[0] ?? 1) - entry.firstLine);
}
/** Keeps a classification that the words alone decided (it matched a template; nothing declared). */
function remember(key, normalized, result) {
    if (result.matches.length === 0 || result.declared.length > 0 || result.choiceOf !== undefined)
        return;
    if (memo.size >= MAX_ENTRIES)
        memo.clear();
    memo.set(key, { result, firstLine: normalized.lines[0] ?? 1 });
}
function shiftLines(result, delta) {
    if (delta === 0)
        return result;
    return {
        ...result,
        matches: result.matches.map((m) => ({
            ...m,
            startLine: m.startLine + delta,
            endLine: m.endLine + delta,
        })),
        unknown: result.unknown.map((u) => ({
            ...u,
            startLine: u.startLine + delta,
            endLine: u.endLine + delta,
        })),
    };
}
/** Empties the memo (a bench measuring a fresh run's work; tests). */
function forgetClassifications() {
    memo.clear();
}

;// CONCATENATED MODULE: ./.build/licenses/classifier.js
















// A text with an SPDX-License-Identifier line is classified in full (the line is read from the raw text).
const SPDX_ID = /SPDX-License-Identifier/i;
/** About ten GPL texts: more is not one module's license file, and is not classified past this. */
const MAX_CLASSIFIED_WORDS = 60_000;
/**
 * Identifies the licenses in one license file's text. A text already classified this run (its
 * words and layout) is answered from memory, and a text of our corpora or a verbatim curated
 * template from the compiled-in table (known-texts.ts); any other text goes through the full
 * classifier.
 */
function classifyLicenseText(text, threshold = DEFAULT_CONFIDENCE) {
    const normalized = normalize_normalizeText(text);
    const words = normalized.words;
    if (words.length === 0 || words.length > MAX_CLASSIFIED_WORDS || SPDX_ID.test(text))
        return classifyFully(text, normalized, threshold);
    const fingerprint = wordsFingerprint(words);
    // The table first: its answer is what the memo would recall, without the memo's key to build.
    const known = knownText(fingerprint, normalized, threshold);
    if (known !== undefined)
        return known;
    const key = memoKey(fingerprint, normalized, threshold);
    const recalled = recall(key, normalized);
    if (recalled !== undefined)
        return recalled;
    const result = classifyFully(text, normalized, threshold);
    remember(key, normalized, result);
    return result;
}
/** The full classifier: every template aligned against the words, then the residue rule. */
function classifyFully(text, normalized, threshold) {
    const all = templates(); // compiles the vocabulary before the document is mapped onto it
    // Bounds the work a hostile or huge file can cause; the rest is reported as unknown.
    const words = normalized.words.slice(0, MAX_CLASSIFIED_WORDS);
    const lines = normalized.lines;
    const cut = normalized.words.length > MAX_CLASSIFIED_WORDS
        ? {
            startLine: lines[MAX_CLASSIFIED_WORDS],
            endLine: lines[lines.length - 1],
            words: normalized.words.length - MAX_CLASSIFIED_WORDS,
        }
        : undefined;
    const declared = spdxIdentifierLines(text).map((entry) => ({
        ...entry,
        valid: isValidExpression(entry.expression),
    }));
    const doc = Int32Array.from(words, wordId);
    const accepted = findMatches(all, words, doc, threshold);
    // A license's own appendix (the `appendix` rules) is part of its text, not the licensor's
    // notice: a grant of later versions inside it says nothing about this work. Only each text's
    // own appendix is: a block after a text's end is the licensor's again.
    // A notice template that stands for a text's later variant (baseTemplate) grants later versions.
    const grantsLater = (id) => baseTemplate(id) !== id;
    const appendices = appendixSpans(words, accepted, grantsLater);
    const inAppendix = (at) => appendices.some((span) => span.start <= at && at < span.end);
    const kept = accepted.filter((match) => !(grantsLater(match.template.id) && inAppendix(match.start)));
    const masked = new Uint8Array(words.length);
    for (const match of accepted)
        masked.fill(1, match.start, match.end);
    const residue = residueRuns(words, masked);
    const notice = residue.filter((run) => !inAppendix(run.start));
    const residueWords = notice.map((run) => words.slice(run.start, run.end).join(' ')).join(' | ');
    const laterGranted = kept.some((m) => grantsLater(m.template.id));
    const { unexplained, exception } = explainedRuns(words, kept, residue);
    const variant = (id) => {
        const named = variantOf(id, residueWords, laterGranted);
        return exception?.appliesTo.some((prefix) => named.startsWith(prefix))
            ? `${named} WITH ${exception.id}`
            : named;
    };
    const named = fileIds(kept, variant, residueWords);
    const ids = named.ids;
    const choice = named.choice || CHOICE_WORDS.test(residueWords);
    const notTemplateText = notLicenseWords(words, unexplained, { inAppendix, kept });
    const { unknownRuns, extra } = residueVerdicts(words, notTemplateText, ids, kept);
    const unknown = unknownRuns.map((run) => ({
        startLine: lines[run.start],
        endLine: lines[run.end - 1],
        words: run.end - run.start,
    }));
    if (cut)
        unknown.push(cut);
    const matches = kept
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((match) => ({
        license: variant(match.template.id),
        confidence: match.confidence,
        startLine: lines[match.start] ?? 1,
        endLine: lines[match.end - 1] ?? 1,
    }));
    if (matches.length === 0 && declared.length === 0 && words.length > 0)
        return unmatchedFile(text, words, unknownRuns, unknown);
    const expression = fileExpression(ids, choice, unknown.length > 0, declared, words.length, extra);
    return { expression, matches, unknown, declared };
}
/**
 * The unmatched runs that are not a matched license's own words (its `appendix`, `notice` and
 * `preamble` rules): the rest of its own appendix (appendixSpans), the licensor's notice of it (which
 * says which version), its preamble above its text. None of these adds terms.
 */
function notLicenseWords(words, runs, found) {
    const { inAppendix, kept } = found;
    const notices = kept.map((match) => rulesOf(match.template.id).notice).filter((notice) => notice);
    return runs
        .filter((run) => !inAppendix(run.start))
        .filter((run) => {
        const text = words.slice(run.start, run.end).join(' ');
        return !notices.some((notice) => isLicensorNotice(text, notice));
    })
        .filter((run) => !isPreambleBefore(kept, words, run));
}
/**
 * Residue runs that are part of what matched: a parameter block the licensor fills in before
 * the text (the `parameters` rules), and an exception's sentences (exceptions.ts), which qualify
 * the license rather than being unknown words.
 */
function explainedRuns(words, kept, residue) {
    let exception;
    const unexplained = residue.filter((run) => {
        const parameters = kept.find((match) => match.start === run.end && rulesOf(match.template.id).parameters)
            ?.template.id;
        if (parameters !== undefined) {
            const present = new Set(words.slice(run.start, run.end));
            if (rulesOf(parameters).parameters.every((word) => present.has(word)))
                return false;
        }
        const rule = findException(words.slice(run.start, run.end).join(' '));
        if (rule === undefined || run.end - run.start > rule.maxWords)
            return true;
        if (!kept.some((match) => rule.appliesTo.some((id) => match.template.id.startsWith(id))))
            return true;
        exception = rule;
        return false;
    });
    return { unexplained, exception };
}
/** The file's license ids in text order, with the pairings of texts that are one license. */
function fileIds(kept, variant, residueWords) {
    const found = kept
        .slice()
        .sort((a, b) => a.start - b.start)
        .map((match) => ({ base: baseTemplate(match.template.id), id: variant(match.template.id) }));
    // A text that comes with another as one license (its `includes` rule) stands for both.
    const included = new Set(found.flatMap((entry) => rulesOf(entry.base).includes ?? []));
    let ids = found.filter((entry) => !included.has(entry.base)).map((entry) => entry.id);
    // A notice granting later versions and the license text it points to are one license.
    ids = ids.filter((id) => {
        const later = rulesOf(id).orLater?.id;
        return later === undefined || !ids.includes(later);
    });
    ids = [...new Set(ids)];
    // A license the licensor offers beside the one matched, named in the unmatched words (its
    // `offeredWith` rule): a choice between the two.
    const offered = ids.length === 1 ? rulesOf(found.find((entry) => entry.id === ids[0]).base).offeredWith : undefined;
    if (offered !== undefined && offered.named.test(residueWords))
        return { ids: [...ids, offered.id], choice: true };
    return { ids, choice: false };
}
/**
 * The residue rule (residue.ts): a block that reads as added terms is unknown; any other block
 * about licensing ends in its own term or in unknown, never nowhere.
 */
function residueVerdicts(words, runs, ids, kept) {
    const extra = [];
    const unknownRuns = runs.filter((run) => {
        if (isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end))
            return true;
        const terms = residueTerms(words, run, [...ids], kept.some((match) => match.start === run.end));
        for (const id of terms.terms)
            if (!extra.includes(id))
                extra.push(id);
        return terms.unknown;
    });
    return { unknownRuns, extra };
}
/** A short file no template matched: a choice between licenses, or not a license (and why). */
function unmatchedFile(text, words, unknownRuns, unknown) {
    if (isIdentifierList(text))
        return {
            expression: UNKNOWN_LICENSE,
            matches: [],
            unknown: [],
            declared: [],
            reason: 'a list of SPDX license identifiers (data), not license terms',
        };
    const reading = (0,notice/* readNotice */.di)(text, words.length);
    if (reading?.kind === 'declares')
        return { expression: reading.license, matches: [], unknown: [], declared: [], declares: reading.license };
    if (reading?.kind === 'choice') {
        return {
            expression: reading.options.join(' OR '),
            matches: [],
            unknown: [],
            declared: [],
            choiceOf: reading.options,
        };
    }
    // Nothing matched: the reason says what the file is; only runs reading as terms are listed.
    const terms = unknownRuns.filter((run) => isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end));
    return {
        expression: UNKNOWN_LICENSE,
        matches: [],
        unknown: unknown.filter((_, i) => i >= unknownRuns.length || terms.includes(unknownRuns[i])),
        declared: [],
        reason: reading?.reason ?? 'matches no SPDX license text',
    };
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cB: () => (/* reexport */ MAX_LICENSE_FILE_BYTES),
  QT: () => (/* binding */ ReadBudget),
  us: () => (/* binding */ findLicenseFiles),
  jB: () => (/* reexport */ isLicenseFileName),
  LI: () => (/* binding */ readModuleFile),
  hm: () => (/* binding */ readTreeLicenses),
  _m: () => (/* binding */ readZipLicenses)
});

// UNUSED EXPORTS: LICENSE_FILE_NAMES, MAX_MODULE_READ_BYTES, isOtherLicenseFileName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/licenses/license-file-names.js
/**
 * Which files of a module are license files, decided on slash-separated paths alone, so that a
 * directory tree and a module zip give the same answer (pkg.go.dev internal/licenses).
 */
/** pkg.go.dev's license file names (internal/licenses), matched case-insensitively. */
const LICENSE_FILE_NAMES = [
    'COPYING',
    'COPYING.md',
    'COPYING.markdown',
    'COPYING.txt',
    'LICENCE',
    'LICENCE.md',
    'LICENCE.markdown',
    'LICENCE.txt',
    'LICENSE',
    'LICENSE.md',
    'LICENSE.markdown',
    'LICENSE.txt',
    'LICENSE-2.0.txt',
    'LICENCE-2.0.txt',
    'LICENSE-APACHE',
    'LICENCE-APACHE',
    'LICENSE-APACHE-2.0.txt',
    'LICENCE-APACHE-2.0.txt',
    'LICENSE-MIT',
    'LICENCE-MIT',
    'LICENSE.MIT',
    'LICENCE.MIT',
    'LICENSE.code',
    'LICENCE.code',
    'LICENSE.docs',
    'LICENCE.docs',
    'LICENSE.rst',
    'LICENCE.rst',
    'MIT-LICENSE',
    'MIT-LICENCE',
    'MIT-LICENSE.md',
    'MIT-LICENCE.md',
    'MIT-LICENSE.markdown',
    'MIT-LICENCE.markdown',
    'MIT-LICENSE.txt',
    'MIT-LICENCE.txt',
    'MIT_LICENSE',
    'MIT_LICENCE',
    'UNLICENSE',
    'UNLICENCE',
];
const NAMES = new Set(LICENSE_FILE_NAMES.map((name) => name.toLowerCase()));
/** The module zip limit for a LICENSE file (cmd/go/internal/modfetch, x/mod/zip). */
const MAX_LICENSE_FILE_BYTES = 16 << 20;
function isLicenseFileName(name) {
    return NAMES.has(name.toLowerCase());
}
// Other names real modules give licenses of code they copied: LICENSE_list, LICENSE.BSD,
// LICENSE-BSD, COPYING.LIB, BSD-LICENSE, LICENSE-THIRD-PARTY.txt. Source and data files are not.
const OTHER_NAME = /^(?:(?:un)?licen[cs]e|copying|copyright)(?:[-._][a-z0-9][a-z0-9._-]*)?$|^[a-z0-9][a-z0-9.-]*[-_.](?:licen[cs]e|copying)(?:\.(?:txt|md|markdown|rst))?$/i;
const NOT_TEXT = /\.(?:go|s|c|h|mod|sum|json|ya?ml|toml|html?|xml|tmpl|tpl|js|ts|py|sh|png|svg|jpe?g|gif|pdf|proto|bzl|bazel)$/i;
// At the module root, any name that starts like one (LICENSE_BSD-2.txt, Licence2, COPYING3,
// UNLICENSE.txt, license (1).md), in any case with any suffix.
const ROOT_NAME = /^(?:un)?licen[cs]e|^copying/i;
/** A name outside pkg.go.dev's list that still names a license file; it counts if its text is one. */
function isOtherLicenseFileName(name, atRoot = false) {
    return (!isLicenseFileName(name) &&
        (OTHER_NAME.test(name) || (atRoot && ROOT_NAME.test(name))) &&
        !NOT_TEXT.test(name));
}
/** The index of a list of paths: every path counts as named. */
function indexPaths(paths) {
    const goDirs = new Set();
    for (const p of paths)
        if (p.endsWith('.go') && !p.endsWith('_test.go'))
            goDirs.add(dirname(p));
    let present;
    return { named: paths, goDirs, has: (p) => (present ??= new Set(paths)).has(p) };
}
/**
 * Picks the license files among a module's file paths. Skipped: vendor/ (other modules' code),
 * testdata/ and dot-directories (no packages), nested modules (a directory with its own go.mod:
 * not in the module's zip). `rootOnly` keeps root files alone (the main module).
 */
function selectLicenseFiles(paths, options = {}) {
    return selectIndexed(indexPaths(paths), options);
}
/** selectLicenseFiles on an index of the paths. */
function selectIndexed(index, options = {}) {
    const keptDirs = new Map();
    const keptDir = (dir) => {
        let kept = keptDirs.get(dir);
        if (kept === undefined) {
            kept =
                dir === '' ||
                    !dir.split('/').some((part) => part === 'vendor' || part === 'testdata' || part.startsWith('.'));
            keptDirs.set(dir, kept);
        }
        return kept;
    };
    const kept = index.named.filter((p) => (options.rootOnly ? !p.includes('/') : keptDir(dirname(p))));
    const nested = new Set(kept.filter((p) => p.includes('/') && basename(p) === 'go.mod').map((p) => dirname(p)));
    const inNested = (dir) => {
        for (let d = dir; d !== ''; d = dirname(d))
            if (nested.has(d))
                return true;
        return false;
    };
    const codeDirs = new Set();
    for (const goDir of index.goDirs) {
        if (!keptDir(goDir) || inNested(goDir))
            continue;
        for (let d = goDir;; d = dirname(d)) {
            if (codeDirs.has(d))
                break;
            codeDirs.add(d);
            if (d === '')
                break;
        }
    }
    const found = [];
    for (const p of kept) {
        const dir = dirname(p);
        if (inNested(dir))
            continue;
        const name = basename(p);
        const standardName = isLicenseFileName(name);
        if (!standardName && !isOtherLicenseFileName(name, dir === ''))
            continue;
        const subject = /\.license$/i.test(name) ? p.slice(0, -'.license'.length) : undefined;
        if (subject !== undefined && index.has(subject) && !subject.endsWith('.go')) {
            found.push({ path: p, dir, appliesToCode: false, standardName, reuseSubject: basename(subject) });
            continue;
        }
        found.push({ path: p, dir, appliesToCode: dir === '' || codeDirs.has(dir), standardName });
    }
    return found.sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function basename(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
function dirname(p) {
    const at = p.lastIndexOf('/');
    return at < 0 ? '' : p.slice(0, at);
}
function depth(p) {
    return p.split('/').length;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./.build/go/zip-entry-job.js
var zip_entry_job = __webpack_require__(765);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
;// CONCATENATED MODULE: ./.build/licenses/zip-license-files.js




/** How much of a zip's end is read first: its end record, and for most modules the directory too. */
const TAIL = 16 << 10;
function openZipLicenseIndex(file, prefix) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const dir = readDirectory(fd, size);
        const scanned = scanDirectory(dir, Buffer.from(prefix, 'utf8'));
        let all;
        const index = {
            named: [...scanned.named.keys()],
            goDirs: scanned.goDirs,
            has: (p) => (all ??= allNames(dir, prefix)).has(p),
        };
        return {
            index,
            size: (rel) => scanned.named.get(rel).size,
            read: (rel) => readEntry(fd, size, scanned.named.get(rel)),
            close: () => (0,external_node_fs_.closeSync)(fd),
        };
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}
function readAt(fd, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, done, length - done, position + done);
        if (n === 0)
            break;
        done += n;
    }
    (0,zip_reader/* need */.$B)(done === length, 'zip file ended early');
    return buffer;
}
/**
 * The central directory's bytes (readZipFileDirectory's checks). A zip without a comment (every
 * module zip) ends with its end record, which the first read then holds, with the directory
 * when it is small; otherwise the last 64 KiB are searched as before.
 */
function readDirectory(fd, size) {
    (0,zip_reader/* need */.$B)(size <= zip_reader/* MAX_ZIP */.l4, `zip is larger than 500 MiB (${size} bytes)`);
    (0,zip_reader/* need */.$B)(size >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
    let tailStart = Math.max(0, size - TAIL);
    let tail = readAt(fd, tailStart, size - tailStart);
    let end = tail.length - 22;
    if (tail.readUInt32LE(end) !== zip_reader/* EOCD_SIGNATURE */.Lg || tail.readUInt16LE(end + 20) !== 0) {
        tailStart = Math.max(0, size - 22 - 0xffff);
        tail = readAt(fd, tailStart, size - tailStart);
        end = (0,zip_reader/* endRecordAt */.ux)(tail);
    }
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    (0,zip_reader/* need */.$B)(dirOffset + dirSize <= tailStart + end, 'central directory lies outside the file');
    (0,zip_reader/* need */.$B)(count !== 0xffff && dirSize !== 0xffffffff, 'ZIP64 archives are not Go module zips');
    const bytes = dirOffset >= tailStart
        ? tail.subarray(dirOffset - tailStart, dirOffset - tailStart + dirSize)
        : readAt(fd, dirOffset, dirSize);
    return { bytes, count };
}
const SLASH = 0x2f;
/** One pass over the directory: readZipDirectory's checks, and the index of the prefix's files. */
function scanDirectory({ bytes, count }, prefix) {
    const end = bytes.length;
    const named = new Map();
    const goDirs = new Set();
    let lastGoDir = -1;
    let lastGoDirEnd = -1;
    let total = 0;
    let sizeProblem;
    let p = 0;
    for (let i = 0; i < count; i++) {
        (0,zip_reader/* need */.$B)(p + 46 <= end && bytes.readUInt32LE(p) === zip_reader/* CENTRAL_SIGNATURE */.Lw, `bad central directory header #${i}`);
        const nameLength = bytes.readUInt16LE(p + 28);
        const nameStart = p + 46;
        const nameEnd = nameStart + nameLength;
        (0,zip_reader/* need */.$B)(nameEnd <= end, `central directory header #${i} runs past the directory`);
        const size = bytes.readUInt32LE(p + 24);
        total += size;
        // checkDeclaredSizes runs after the whole directory is read: its first excess is thrown then.
        if (sizeProblem === undefined && (total > zip_reader/* MAX_ZIP */.l4 || size > zip_reader/* MAX_GO_MOD */.ze || size > zip_reader/* MAX_LICENSE */.j1))
            sizeProblem = (0,zip_reader/* declaredSizeProblem */.NI)(bytes.toString('utf8', nameStart, nameEnd), size, total);
        const relStart = nameStart + prefix.length;
        if (relStart < nameEnd &&
            bytes[nameEnd - 1] !== SLASH &&
            same(bytes, nameStart, prefix, 0, prefix.length)) {
            let slash = nameEnd - 1;
            while (slash >= relStart && bytes[slash] !== SLASH)
                slash--;
            if (isGoSource(bytes, relStart, nameEnd)) {
                const dirEnd = slash < relStart ? relStart : slash;
                if (lastGoDir < 0 ||
                    lastGoDirEnd - lastGoDir !== dirEnd - relStart ||
                    !same(bytes, relStart, bytes, lastGoDir, dirEnd - relStart)) {
                    goDirs.add(bytes.toString('utf8', relStart, dirEnd));
                    lastGoDir = relStart;
                    lastGoDirEnd = dirEnd;
                }
            }
            else if (mayBeNamedBytes(bytes, slash + 1, nameEnd)) {
                named.set(bytes.toString('utf8', relStart, nameEnd), entryAt(bytes, p, nameStart, nameEnd));
            }
        }
        p = nameEnd + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    if (sizeProblem !== undefined)
        throw new zip_reader/* ZipFormatError */.PA(sizeProblem);
    return { named, goDirs };
}
/** `length` bytes of `a` from `at` equal those of `b` from `bAt` (a loop: no call per name). */
function same(a, at, b, bAt, length) {
    for (let k = 0; k < length; k++)
        if (a[at + k] !== b[bAt + k])
            return false;
    return true;
}
// Lower-case ASCII bytes of the words mayBeNamed looks for.
const LICEN = Buffer.from('licen');
const COPY = Buffer.from('copy');
const README = Buffer.from('readme');
const GO_MOD = Buffer.from('go.mod');
/**
 * mayBeNamed on a base name's bytes, or more: it contains "licen" or "copy", starts with "readme"
 * (ASCII, any case) or is "go.mod". Its words are ASCII, and no byte of a UTF-8 sequence is one.
 */
function mayBeNamedBytes(bytes, start, end) {
    if (end - start === GO_MOD.length && same(bytes, start, GO_MOD, 0, GO_MOD.length))
        return true;
    if (end - start >= README.length && sameFolded(bytes, start, README))
        return true;
    for (let i = start; i + 4 <= end; i++) {
        const c = bytes[i] | 0x20;
        if (c === 0x6c && i + 5 <= end && sameFolded(bytes, i, LICEN))
            return true;
        if (c === 0x63 && sameFolded(bytes, i, COPY))
            return true;
    }
    return false;
}
/** `word` (lower-case letters) at `at`, in any case. */
function sameFolded(bytes, at, word) {
    for (let k = 0; k < word.length; k++) {
        const b = bytes[at + k];
        if ((b >= 0x41 && b <= 0x5a ? b | 0x20 : b) !== word[k])
            return false;
    }
    return true;
}
/** A non-test .go file: `[relStart, nameEnd)` ends in .go and not in _test.go. */
function isGoSource(bytes, relStart, nameEnd) {
    const n = nameEnd - relStart;
    if (n < 3 || bytes[nameEnd - 3] !== 0x2e || bytes[nameEnd - 2] !== 0x67 || bytes[nameEnd - 1] !== 0x6f)
        return false;
    return n < 8 || !same(bytes, nameEnd - 8, TEST_SUFFIX, 0, 5);
}
const TEST_SUFFIX = Buffer.from('_test');
function entryAt(bytes, p, nameStart, nameEnd) {
    return {
        method: bytes.readUInt16LE(p + 10),
        crc32: bytes.readUInt32LE(p + 16),
        compressedSize: bytes.readUInt32LE(p + 20),
        size: bytes.readUInt32LE(p + 24),
        localHeaderOffset: bytes.readUInt32LE(p + 42),
        name: bytes.toString('utf8', nameStart, nameEnd),
    };
}
/** Every path under the prefix, for the rare question about a file no index keeps (a sidecar's subject). */
function allNames({ bytes, count }, prefix) {
    const names = new Set();
    let p = 0;
    for (let i = 0; i < count; i++) {
        const nameEnd = p + 46 + bytes.readUInt16LE(p + 28);
        const name = bytes.toString('utf8', p + 46, nameEnd);
        if (name.startsWith(prefix) && !name.endsWith('/'))
            names.add(name.slice(prefix.length));
        p = nameEnd + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    return names;
}
/** Room read past a local header for its name and extra field, so that one read takes the data too. */
const HEADER_SLACK = 256;
/** An entry's content (openZipFile's read: the local header's checks, inflate, size and CRC-32). */
function readEntry(fd, size, entry) {
    const at = entry.localHeaderOffset;
    (0,zip_reader/* need */.$B)(at + 30 <= size, 'zip file ended early');
    const chunk = readAt(fd, at, Math.min(size - at, 30 + HEADER_SLACK + entry.compressedSize));
    (0,zip_reader/* need */.$B)(chunk.readUInt32LE(0) === zip_reader/* LOCAL_SIGNATURE */.HX, `${entry.name}: bad local header`);
    const skip = 30 + chunk.readUInt16LE(26) + chunk.readUInt16LE(28);
    (0,zip_reader/* need */.$B)(at + skip + entry.compressedSize <= size, `${entry.name}: data runs past the end of the file`);
    (0,zip_reader/* need */.$B)(entry.method === 0 || entry.method === 8, `${entry.name}: unsupported compression method ${entry.method}`);
    const raw = skip + entry.compressedSize <= chunk.length
        ? chunk.subarray(skip, skip + entry.compressedSize)
        : readAt(fd, at + skip, entry.compressedSize);
    const { name, method, compressedSize, crc32 } = entry;
    const data = (0,zip_entry_job/* readEntryJob */.i)(external_node_zlib_, raw, { name, method, start: 0, compressedSize, size: entry.size, crc32 });
    if (typeof data === 'string')
        throw new zip_reader/* ZipFormatError */.PA(data);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
}

;// CONCATENATED MODULE: ./.build/licenses/discovery.js






/** Root README names read for a choice between the root's license files ("at your option"). */
const discovery_README = /^readme(?:\.(?:md|markdown|txt|rst))?$/i;
/**
 * Finds the license files of a module tree. Root files decide the module; files in
 * subdirectories apply to the packages below them (pkg.go.dev's internal/licenses
 * Detector.PackageInfo). Symlinks are not followed (not in a module zip either). `rootOnly` reads
 * the root alone (the main module: not gated, and its tree may hold anything, node_modules too).
 */
async function findLicenseFiles(root, options = {}) {
    return (await readTreeLicenses(root, options)).files;
}
async function readTreeLicenses(root, options = {}) {
    const paths = [];
    await listTree(root, '', paths, options.rootOnly === true);
    const budget = options.budget ?? new ReadBudget();
    return collect(indexPaths(paths), options, (rel) => readModuleFile(external_node_path_.join(root, ...rel.split('/')), budget));
}
/** The most read from one module's files for licenses and notices, all files together. */
const MAX_MODULE_READ_BYTES = 64 << 20;
/** What one module may still read (MAX_MODULE_READ_BYTES), charged by the bytes really read. */
class ReadBudget {
    left;
    constructor(left = MAX_MODULE_READ_BYTES) {
        this.left = left;
    }
}
/**
 * Reads one file of a module tree as Go's module zip would take it (x/mod zip.CreateFromDir keeps
 * regular files only): a symbolic link, device, fifo or socket is refused, never followed or
 * opened for reading (lstat first, then O_NOFOLLOW|O_NONBLOCK, then fstat on what was opened, so
 * a file swapped for a link between the two is refused too). At most 16 MiB per file and the
 * module's budget in all, counted in bytes read, not in the size the file claims.
 */
async function readModuleFile(file, budget) {
    let handle;
    try {
        const before = await (0,promises_.lstat)(file);
        if (!before.isFile())
            return { problem: `${fileKind(before)}, not read` };
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        return { problem: code === 'ELOOP' ? 'a symbolic link, not read' : `not readable (${code ?? 'error'})` };
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            return { problem: `${fileKind(stats)}, not read` };
        if (stats.size > MAX_LICENSE_FILE_BYTES)
            return { problem: tooLarge(stats.size) };
        if (stats.size > budget.left)
            return { problem: overBudget() };
        const limit = Math.min(MAX_LICENSE_FILE_BYTES, budget.left);
        // One byte past the limit tells a file that grew since fstat.
        const buffer = Buffer.alloc(Math.min(limit + 1, stats.size + 1, 1 << 20));
        const chunks = [];
        let total = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > limit)
                return { problem: total > MAX_LICENSE_FILE_BYTES ? tooLarge(total) : overBudget() };
            chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
        }
        budget.left -= total;
        return { text: Buffer.concat(chunks).toString('utf8') };
    }
    catch (error) {
        return { problem: `not readable (${error.code ?? 'error'})` };
    }
    finally {
        await handle.close();
    }
}
function fileKind(stats) {
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a fifo';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
function overBudget() {
    return `not read: the module's license and notice files pass ${MAX_MODULE_READ_BYTES >> 20} MiB in all`;
}
/**
 * The same from a module zip ($GOMODCACHE/cache/download/<esc>/@v/<v>.zip), for a module that
 * was downloaded but not extracted. Entries are `<module>@<version>/<path>`; the prefix goes.
 */
async function readZipLicenses(zipFile, prefix, options = {}) {
    // Read in place: only the directory and the license files, never the whole zip.
    const zip = openZipLicenseIndex(zipFile, prefix);
    try {
        const budget = options.budget ?? new ReadBudget();
        const read = async (rel) => {
            const size = zip.size(rel);
            if (size > MAX_LICENSE_FILE_BYTES)
                return { problem: tooLarge(size) };
            if (size > budget.left)
                return { problem: overBudget() };
            const bytes = zip.read(rel);
            budget.left -= bytes.length;
            return { text: bytes.toString('utf8') };
        };
        return await collect(zip.index, options, read);
    }
    finally {
        zip.close();
    }
}
async function collect(index, options, read) {
    const files = [];
    for (const candidate of selectIndexed(index, options)) {
        const { text, problem } = await read(candidate.path);
        files.push({ ...candidate, text, problem });
    }
    // The README only decides between root license files (moduleExpression): with fewer than two
    // there is nothing for it to decide, and it is not read.
    if (files.filter((file) => file.dir === '').length < 2)
        return { files, readme: undefined };
    const readmePath = index.named.filter((p) => !p.includes('/') && discovery_README.test(p)).sort()[0];
    const readme = readmePath === undefined ? undefined : (await read(readmePath)).text;
    return { files, readme };
}
function tooLarge(size) {
    return `larger than 16 MiB (${size} bytes), not read`;
}
/** Lists a tree's files (slash paths), not descending where no license or package can be. */
async function listTree(root, rel, out, rootOnly) {
    const dir = rel === '' ? root : external_node_path_.join(root, ...rel.split('/'));
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    if (rel !== '' && entries.some((entry) => entry.isFile() && entry.name === 'go.mod'))
        return;
    for (const entry of entries) {
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
            if (rootOnly)
                continue;
            if (entry.name === 'vendor' || entry.name === 'testdata' || entry.name.startsWith('.'))
                continue;
            await listTree(root, child, out, rootOnly);
        }
        else if (entry.isFile()) {
            out.push(child);
        }
    }
}


/***/ }),

/***/ 5047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  az: () => (/* binding */ evaluateLicenses),
  Cl: () => (/* binding */ moduleEntryLicense),
  r5: () => (/* binding */ readModuleLicenses)
});

// UNUSED EXPORTS: classifyModuleFiles

// EXTERNAL MODULE: ./.build/concurrency.js
var concurrency = __webpack_require__(265);
// EXTERNAL MODULE: ./.build/licenses/classifier.js + 23 modules
var classifier = __webpack_require__(3418);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/module/module-escape.js
var module_escape = __webpack_require__(8803);
// EXTERNAL MODULE: ./.build/licenses/discovery.js + 2 modules
var discovery = __webpack_require__(7061);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
// EXTERNAL MODULE: ./.build/licenses/notice.js
var notice = __webpack_require__(2419);
;// CONCATENATED MODULE: ./.build/licenses/readme-license.js
/**
 * The license section of a root README: the heading that names the license and what follows it
 * up to the next heading of its level or higher; without such a heading, the paragraphs that
 * say "licensed" or "license". It is read for one thing: a choice between the root's licenses.
 */
const MAX_SECTION_LINES = 40;
function readmeLicenseSection(readme) {
    const lines = readme.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const level = headingLevel(lines, i);
        if (level === 0 || !/licen[cs]/i.test(lines[i]))
            continue;
        const section = [lines[i]];
        for (let j = i + 1; j < lines.length && section.length < MAX_SECTION_LINES; j++) {
            const next = headingLevel(lines, j);
            if (next > 0 && next <= level)
                break;
            section.push(lines[j]);
        }
        return section.join('\n').trim();
    }
    return readme
        .split(/\n\s*\n/)
        .filter((paragraph) => /\blicen[cs]ed?\b/i.test(paragraph) && paragraph.length < 1500)
        .slice(0, 4)
        .join('\n\n')
        .trim();
}
function headingLevel(lines, i) {
    const atx = /^(#{1,6})\s+\S/.exec(lines[i]);
    if (atx)
        return atx[1].length;
    const under = lines[i + 1];
    if (lines[i].trim() !== '' && under !== undefined && /^(=+|-+)\s*$/.test(under) && under.length >= 3) {
        return under.startsWith('=') ? 1 : 2;
    }
    return 0;
}

;// CONCATENATED MODULE: ./.build/licenses/module-expression.js




/**
 * The module's expression from its root files; subdirectory licenses (where Go code is) apart.
 * Root files combine with AND, except where one of them, or the README's license section,
 * offers them as a choice: then OR, and the option files are not ANDed in again.
 */
function moduleExpression(files, readme) {
    const counted = files.filter((file) => file.appliesToCode && file.expression !== undefined);
    const standardRoot = counted.filter((file) => file.dir === '' && file.standardName !== false);
    const otherRoot = counted.filter((file) => file.dir === '' && file.standardName === false);
    // pkg.go.dev's names decide the root; another name decides it only when there is none.
    const rootFiles = standardRoot.length > 0 ? standardRoot : otherRoot;
    const root = rootFiles.length === 0 ? classifier/* UNKNOWN_LICENSE */.V8 : combine(rootFiles, readme);
    const also = [];
    const rest = counted.filter((file) => !rootFiles.includes(file));
    for (const dir of [...new Set(rest.map((file) => file.dir))]) {
        const inDir = rest.filter((file) => file.dir === dir);
        also.push({ dir, paths: inDir.map((file) => file.path), expression: combine(inDir, undefined) });
    }
    return { root, also };
}
function combine(files, readme) {
    const expressions = [...new Set(files.map((file) => file.expression))];
    if (expressions.length === 1)
        return expressions[0];
    // A file that offers a choice whose options cover the other files: the choice alone.
    for (const expression of expressions) {
        const options = orOptions(expression);
        if (options === undefined)
            continue;
        if (expressions.every((other) => other === expression || options.includes(other)))
            return expression;
    }
    // The README presents the root's licenses as a choice ("dual-licensed under MIT and Apache 2.0").
    if (readme !== undefined) {
        const section = readmeLicenseSection(readme);
        const named = (0,notice/* namedLicenses */._b)(section);
        if ((0,notice/* offersChoice */.TL)(section) &&
            expressions.every((expression) => named.includes(expression)) &&
            !expressions.includes(classifier/* UNKNOWN_LICENSE */.V8)) {
            return expressions.join(' OR ');
        }
    }
    return expressions.map((part) => (/ OR /.test(part) ? `(${part})` : part)).join(' AND ');
}
/** The ids of an expression that is an OR of plain ids; undefined for anything else. */
function orOptions(expression) {
    if (!/ OR /.test(expression))
        return undefined;
    try {
        const ids = [];
        const walk = (node) => {
            if ('conjunction' in node)
                return node.conjunction === 'or' && walk(node.left) && walk(node.right);
            ids.push(node.exception ? `${node.license} WITH ${node.exception}` : node.license);
            return true;
        };
        return walk(spdx_expression_parse(expression)) ? ids : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/go-mod-locator.js
function locateGoModLines(text) {
    const requires = new Map();
    let moduleLine = 1;
    let inBlock;
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const line = stripComment(lines[index]).trim();
        if (line === '')
            continue;
        if (inBlock !== undefined) {
            if (line === ')') {
                inBlock = undefined;
                continue;
            }
            if (inBlock === 'require')
                addRequire(requires, line, index + 1);
            continue;
        }
        const match = /^(\w+)\s*(.*)$/.exec(line);
        if (!match)
            continue;
        const [, verb, rest] = match;
        if (rest === '(') {
            inBlock = verb;
            continue;
        }
        if (verb === 'module')
            moduleLine = index + 1;
        if (verb === 'require')
            addRequire(requires, rest, index + 1);
    }
    return { requireLine: (modulePath) => requires.get(modulePath), moduleLine };
}
function addRequire(requires, spec, line) {
    const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(spec) ?? /^`([^`]*)`/.exec(spec);
    const modulePath = quoted ? quoted[1] : spec.split(/\s+/)[0];
    if (modulePath && !requires.has(modulePath))
        requires.set(modulePath, line);
}
function stripComment(line) {
    // Paths can't contain `//` (module.CheckPath), so the first one outside quotes starts a comment.
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === '`')
            quote = c;
        else if (c === '/' && line[i + 1] === '/')
            return line.slice(0, i);
    }
    return line;
}

// EXTERNAL MODULE: ./.build/licenses/license-report.js
var license_report = __webpack_require__(2319);
// EXTERNAL MODULE: ./.build/licenses/license-findings.js
var license_findings = __webpack_require__(5359);
// EXTERNAL MODULE: ./.build/licenses/policy.js + 1 modules
var licenses_policy = __webpack_require__(4546);
;// CONCATENATED MODULE: ./.build/licenses/evaluate.js










/**
 * Finds, identifies and gates the license of every module of the build list. Never throws for
 * what a module contains: unreadable or missing files make its license unknown.
 */
async function evaluateLicenses(modules, policy, options = {}) {
    const goMod = options.mainGoMod ? locateGoModLines(options.mainGoMod.text) : undefined;
    const results = await (0,concurrency/* mapLimit */.sf)(modules, Math.max(1, options.concurrency ?? 8), (module) => evaluateModule(module, policy, options, goMod));
    const findings = results.flatMap((module) => (0,license_findings/* findingsFor */.I)(module, policy));
    return {
        gating: (0,licenses_policy/* isGating */.LV)(policy),
        threshold: policy.confidence,
        modules: results,
        findings,
        counts: countLicenses(results),
    };
}
async function evaluateModule(module, policy, options, goMod) {
    let read = module.main ? undefined : options.reads?.get(module);
    if (!read) {
        read = await readModuleLicenses(module, policy.confidence, options.modCache);
        if (!module.main)
            options.reads?.set(module, read);
    }
    const { files, readme, problem } = read;
    const { root, also } = moduleExpression(files, readme);
    const detected = root;
    const outside = !module.main && options.inScope !== undefined && !options.inScope.has(module.path);
    let { decision, alsoDecided } = module.main
        ? {
            decision: {
                verdict: 'not-gated',
                expression: detected,
                rule: 'main module (not gated)',
            },
            alsoDecided: also.map((entry) => ({ ...entry, verdict: 'not-gated', rule: 'not gated' })),
        }
        : gateModule(module, policy, detected, also);
    // Outside the scope, the verdict is reported, never gated: the module is in the graph only.
    let notCompiledIn;
    if (outside) {
        const scope = `license-scope: ${options.scopeName ?? 'imports'}`;
        const failed = decision.verdict === 'denied' || decision.verdict === 'unknown';
        notCompiledIn = {
            scope: options.scopeName ?? 'imports',
            ...(failed ? { verdict: decision.verdict, rule: decision.rule } : {}),
            ...(failed && decision.failing ? { failing: decision.failing } : {}),
        };
        decision = {
            verdict: 'not-gated',
            expression: decision.expression,
            rule: failed
                ? `${license_report/* NOT_COMPILED_IN */.a} (${scope}); ${decision.rule}`
                : `not compiled in (${scope}): not gated`,
        };
        alsoDecided = alsoDecided.map((entry) => ({ ...entry, verdict: 'not-gated' }));
    }
    const matches = files.flatMap((file) => file.matches);
    const location = goMod && options.mainGoMod && !module.main
        ? { file: options.mainGoMod.file, line: goMod.requireLine(module.path) ?? goMod.moduleLine }
        : undefined;
    const alsoText = alsoDecided.map((entry) => `${entry.dir || entry.paths.join(', ')}: ${entry.expression}`);
    return {
        path: module.path,
        version: module.version,
        main: module.main,
        detected,
        expression: decision.expression,
        verdict: decision.verdict,
        ...(decision.failing ? { failing: decision.failing } : {}),
        rule: alsoText.length > 0 ? `${decision.rule}; also in this module: ${alsoText.join('; ')}` : decision.rule,
        ...(decision.exception
            ? {
                exception: {
                    text: decision.exception.text,
                    line: decision.exception.line,
                    license: decision.exception.license,
                },
            }
            : {}),
        confidence: matches.length > 0 ? Math.min(...matches.map((match) => match.confidence)) : undefined,
        files,
        ...(alsoDecided.length > 0 ? { also: alsoDecided } : {}),
        ...(notCompiledIn ? { notCompiledIn } : {}),
        ...(options.inScope !== undefined && !module.main ? { compiledIn: !outside } : {}),
        ...(location ? { goMod: location } : {}),
        ...(problem ? { problem } : {}),
    };
}
/** The policy's verdict on a module and on each of its other license files ("also"). */
function gateModule(module, policy, detected, also) {
    let decision = (0,licenses_policy/* decideLicense */.Q9)(policy, module, detected);
    // An exception's expression speaks for the whole module; otherwise each subdirectory's
    // license is gated on its own, and the worst verdict is the module's.
    if (decision.exception !== undefined)
        return {
            decision,
            alsoDecided: also.map((entry) => ({ ...entry, verdict: 'not-gated', rule: 'not gated' })),
        };
    const alsoDecided = also.map((entry) => {
        const part = (0,licenses_policy/* decideLicense */.Q9)(policy, { path: module.path, version: module.version }, entry.expression);
        return {
            ...entry,
            verdict: part.verdict,
            rule: part.rule,
            ...(part.failing ? { failing: part.failing } : {}),
        };
    });
    const worst = alsoDecided.find((entry) => entry.verdict === 'denied') ??
        (decision.verdict === 'allowed' ? alsoDecided.find((entry) => entry.verdict === 'unknown') : undefined);
    if (worst !== undefined && decision.verdict !== 'denied') {
        decision = {
            verdict: worst.verdict,
            expression: decision.expression,
            rule: `${worst.dir || worst.paths[0]}: ${worst.expression} (${worst.rule})`,
            ...(worst.failing ? { failing: worst.failing } : {}),
        };
    }
    return { decision, alsoDecided };
}
/**
 * Reads and classifies one module's license files: from its extracted tree, else from its zip in
 * `modCache`. Never throws: what cannot be read is the `problem`.
 */
async function readModuleLicenses(module, threshold, modCache) {
    const rootOnly = module.main;
    let found;
    try {
        if (module.dir !== undefined)
            found = await (0,discovery/* readTreeLicenses */.hm)(module.dir, { rootOnly });
        else {
            const zip = moduleZip(module, modCache);
            if (zip === undefined)
                return { files: [], readme: undefined, problem: 'module not downloaded: no files to read' };
            found = await (0,discovery/* readZipLicenses */._m)(zip.file, zip.prefix, { rootOnly });
        }
    }
    catch (error) {
        const code = error.code;
        if (module.dir === undefined && code === 'ENOENT')
            return { files: [], readme: undefined, problem: 'module not downloaded: no files to read' };
        return {
            files: [],
            readme: undefined,
            problem: `cannot read the module's files: ${error.message}`,
        };
    }
    const files = classifyModuleFiles(found.files, threshold);
    const root = files.filter((file) => file.dir === '' && file.expression !== undefined);
    return {
        files,
        readme: found.readme,
        problem: root.length === 0 ? 'no license file at the module root' : undefined,
    };
}
/**
 * Classifies a module's license files. A file under another name (LICENSE.BSD, COPYRIGHT) is kept
 * only when its text is a license (a match, a declaration, a choice) or reads like license terms
 * (then unknown): other files (a pointer, a list of ids) go unlisted.
 */
function classifyModuleFiles(found, threshold) {
    const files = [];
    for (const file of found) {
        const base = {
            path: file.path,
            dir: file.dir,
            appliesToCode: file.appliesToCode,
            standardName: file.standardName,
            ...(file.reuseSubject ? { reuseSubject: file.reuseSubject } : {}),
        };
        if (file.text === undefined) {
            files.push({
                ...base,
                expression: classifier/* UNKNOWN_LICENSE */.V8,
                matches: [],
                unknown: [],
                declared: [],
                problem: file.problem,
            });
            continue;
        }
        const result = (0,classifier/* classifyLicenseText */.b1)(file.text, threshold);
        // Terms no template matched are never dropped: such a file is kept, as LicenseRef-unknown.
        if (!file.standardName &&
            result.matches.length === 0 &&
            result.choiceOf === undefined &&
            result.declares === undefined &&
            result.declared.length === 0 &&
            result.unknown.length === 0)
            continue;
        files.push({ ...base, ...result });
    }
    return files;
}
/**
 * x/mod EscapeVersion allows `+` (`v2.0.0+incompatible`); module-escape.ts's escapeVersion
 * refuses it today, so the build metadata is set aside while escaping the rest.
 */
function escapedVersion(version) {
    const plus = version.indexOf('+');
    return plus < 0 ? (0,module_escape/* escapeVersion */.av)(version) : `${(0,module_escape/* escapeVersion */.av)(version.slice(0, plus))}${version.slice(plus)}`;
}
/** The module's zip in the module cache, and the prefix of its entries (`path@version/`). */
function moduleZip(module, modCache) {
    if (modCache === undefined || module.main || module.replace?.kind === 'local')
        return undefined;
    const target = module.replace?.kind === 'module' ? module.replace : module;
    if (target.version === '')
        return undefined;
    try {
        const file = external_node_path_.join(modCache, 'cache', 'download', ...(0,module_escape/* escapeModulePath */.xk)(target.path).split('/'), '@v', `${escapedVersion(target.version)}.zip`);
        return { file, prefix: `${target.path}@${target.version}/` };
    }
    catch {
        return undefined;
    }
}
/** The `license` of the report's ModuleEntry for a module (match them by path). */
function moduleEntryLicense(module) {
    return {
        expression: module.expression,
        verdict: module.verdict,
        rule: module.rule,
        ...(module.failing ? { failing: module.failing } : {}),
        ...(module.notCompiledIn
            ? { compiledIn: false }
            : module.compiledIn !== undefined
                ? { compiledIn: module.compiledIn }
                : {}),
    };
}
function countLicenses(modules) {
    const counts = new Map();
    // Main modules are not gated: counting them would put "LicenseRef-unknown" on every project
    // that has no LICENSE file of its own.
    for (const module of modules.filter((m) => !m.main)) {
        const ids = new Set(module.expression.match(/[A-Za-z0-9.+-]+/g)?.filter((id) => !/^(AND|OR|WITH)$/.test(id)) ?? []);
        for (const id of ids)
            counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
        .map(([license, count]) => ({ license, modules: count }))
        .sort((a, b) => b.modules - a.modules || (a.license < b.license ? -1 : 1));
}


/***/ }),

/***/ 5359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ findingsFor),
/* harmony export */   R: () => (/* binding */ markNotCompiledIn)
/* harmony export */ });
/* harmony import */ var _license_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2319);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4546);


/** The findings of one module's license: a violation, an unknown, or one outside the scope. */
function findingsFor(module, policy) {
    const at = module.goMod ? { file: module.goMod.file, line: module.goMod.line } : {};
    const name = module.version ? `${module.path}@${module.version}` : module.path;
    const finding = (severity, message) => [
        {
            kind: 'policy',
            severity,
            area: 'license',
            message,
            module: module.path,
            version: module.version,
            ...at,
        },
    ];
    const outside = module.notCompiledIn;
    if (outside?.verdict !== undefined) {
        // Reported, never gated: a warning whatever unknown-license says.
        const what = outside.verdict === 'denied'
            ? `license ${module.expression} would not be allowed (${outside.rule})`
            : `license not identified (expression ${module.expression}; ${whereText(module)})`;
        return finding('warning', `${name}: ${_license_report_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_COMPILED_IN */ .a} (license-scope: ${outside.scope}); ${what}; found in ${filesText(module)}`);
    }
    if (module.verdict === 'denied') {
        // Facts, not policy: warn-only is applied in one place, report/outcome.ts.
        return finding('error', `${name}: license ${module.expression} is not allowed (${module.rule}); found in ${filesText(module)}`);
    }
    if (module.verdict === 'unknown') {
        const fails = (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .isGating */ .LV)(policy) && policy.unknownLicense === 'fail';
        // The root may be identified while a license elsewhere in the module is not: name that one.
        const inside = (module.also ?? [])
            .filter((entry) => entry.verdict === 'unknown')
            .map((entry) => `${entry.paths.join(', ')}: ${entry.expression}`);
        const notIdentified = inside.length > 0 ? `; not identified: ${inside.join('; ')}` : '';
        return finding(fails ? 'error' : 'warning', `${name}: license not identified (${whereText(module)}; expression ${module.expression}${notIdentified}); add a license-exceptions line if you have checked it`);
    }
    return [];
}
/**
 * Under `license-scope: build-list`, whether each module is compiled in (`shipped` is the set
 * listShippedModules found): annotations lead with what ships, and the failing modules no target
 * compiles in say so, so the fix hint can lead with the scope.
 */
function markNotCompiledIn(report, shipped) {
    const outside = (m) => !m.main && (m.verdict === 'denied' || m.verdict === 'unknown') && !shipped.has(m.path);
    const paths = new Set(report.modules.filter(outside).map((m) => m.path));
    return {
        ...report,
        modules: report.modules.map((m) => (m.main ? m : { ...m, compiledIn: shipped.has(m.path) })),
        findings: report.findings.map((f) => f.area === 'license' && f.module !== undefined && paths.has(f.module)
            ? {
                ...f,
                message: `${f.message}; not compiled in: license-scope: shipped would report it without failing`,
            }
            : f),
    };
}
function whereText(module) {
    return (module.problem ??
        `license files: ${module.files.map((file) => file.path + notCounted(file) + (file.reason ? ` (${file.reason})` : '')).join(', ')}`);
}
function filesText(module) {
    if (module.exception)
        return `license-exceptions line ${module.exception.line}`;
    return (module.files
        .filter((file) => file.appliesToCode)
        .map((file) => `${file.path} (${file.expression ?? 'empty'})`)
        .join(', ') || 'no license file');
}
/** Why a listed license file does not join the module's expression, in the report's words. */
function notCounted(file) {
    if (file.appliesToCode)
        return '';
    return file.reuseSubject
        ? ` (not counted: a REUSE sidecar licensing ${file.reuseSubject} only)`
        : _license_report_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_COUNTED */ .H;
}


/***/ }),

/***/ 2319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ NOT_COUNTED),
/* harmony export */   a: () => (/* binding */ NOT_COMPILED_IN)
/* harmony export */ });
/** Said of a license file in a directory without Go code: it covers no code a build compiles. */
const NOT_COUNTED = ' (not counted: no Go code under it)';
/** Said of a module outside the gate's scope whose license would have failed it. */
const NOT_COMPILED_IN = 'in the module graph, not compiled in: reported, not gated';


/***/ }),

/***/ 2419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ offersChoice),
/* harmony export */   _b: () => (/* binding */ namedLicenses),
/* harmony export */   di: () => (/* binding */ readNotice)
/* harmony export */ });
/* unused harmony export MAX_NOTICE_WORDS */
/**
 * Short texts that are not a license but say something about one: a root notice or README
 * section offering a choice ("dual-licensed under MIT and Apache 2.0", "at your option"), a
 * pointer ("see LICENSE-BSL"), an EULA, a public-domain statement. A choice names licenses
 * only through the few spellings below; anything else is left to the templates or is unknown.
 */
// License names as notices spell them, each to its SPDX id. Order matters: longer names first.
const NAMES = [
    [
        /\b(?:apache(?:\s+license)?,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?|asl\s*v?2(?:\.0)?|apache-2\.0)\b/i,
        'Apache-2.0',
    ],
    [/\bmit(?:\s+license)?\b/i, 'MIT'],
    [/\bbsd[- ]?3[- ]clause\b|\b3-clause bsd\b|\bnew bsd\b/i, 'BSD-3-Clause'],
    [/\bbsd[- ]?2[- ]clause\b|\b2-clause bsd\b|\bsimplified bsd\b/i, 'BSD-2-Clause'],
    [/\beclipse distribution license\b|\bedl(?:-|\s+v?)1\.0\b/i, 'BSD-3-Clause'],
    [
        /\beclipse public license,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bepl[- ]?(?:v|version\s*)?2(?:\.0)?\b/i,
        'EPL-2.0',
    ],
    [/\bmozilla public license,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bmpl-2\.0\b/i, 'MPL-2.0'],
    [/\bunlicense\b/i, 'Unlicense'],
    [/\bfreetype license\b/i, 'FTL'],
    ...gnuNames('lesser general public license|lgpl', 'LGPL', ['2.1', '3']),
    ...gnuNames('affero general public license|agpl', 'AGPL', ['3']),
    ...gnuNames('general public license|gpl', 'GPL', ['2', '3']),
    [/\bcc0(?:[- ]1\.0)?\b/i, 'CC0-1.0'],
    [/\bisc license\b/i, 'ISC'],
];
// "Licensed under X and Y" with one of these words is a choice; "and" alone is not.
const CHOICE = /\b(?:dual[- ]licen[cs]ed|dual[- ]licen[cs]e|at your (?:option|choice)|your choice of|you may choose|may choose either|choose either|either (?:of|the|under)\b|licensed under either)\b/i;
const POINTER = /\b(?:see|refer to|found in|can be found|located in|is in|are in)\b/i;
const EULA = /\bend[- ]user license agreement\b|\beula\b/i;
const ELASTIC_V1 = /\belastic license\b(?!\s*(?:2\.0|v2|version 2))/i;
const PUBLIC_DOMAIN = /\bpublic domain\b/i;
/** "GNU General Public License (GPL), version 2 or later" and the like, -only without "or later". */
function gnuNames(name, id, versions) {
    return versions.flatMap((version) => {
        const v = version.replace('.', '\\.');
        const head = `\\b(?:gnu\\s+)?(?:${name})(?:\\s*\\((?:${name})\\))?,?\\s*(?:version\\s*|v\\.?\\s*)?${v}(?:\\.0)?`;
        return [
            [
                new RegExp(`${head}(?:\\s*\\+|,?\\s*or\\s+(?:\\(at your option\\)\\s+)?(?:any\\s+)?later(?:\\s+version)?)`, 'i'),
                `${id}-${version.includes('.') ? version : `${version}.0`}-or-later`,
            ],
            [
                new RegExp(`${head}\\b(?!\\.\\d)`, 'i'),
                `${id}-${version.includes('.') ? version : `${version}.0`}-only`,
            ],
        ];
    });
}
/** Longer than this is not a notice: the templates had their chance on it. */
const MAX_NOTICE_WORDS = 160;
/** The licenses a short text names, in the order first named, as SPDX ids. */
function namedLicenses(text) {
    const found = [];
    let rest = text;
    for (const [pattern, id] of NAMES) {
        const match = new RegExp(pattern.source, 'gi');
        let m;
        while ((m = match.exec(rest)) !== null) {
            if (!found.some((entry) => entry.id === id))
                found.push({ id, at: m.index });
        }
        // A name once matched is not matched again by a shorter one ("Apache License 2.0" is not "MIT").
        rest = rest.replace(match, (s) => ' '.repeat(s.length));
    }
    return found.sort((a, b) => a.at - b.at).map((entry) => entry.id);
}
/** True when a text offers its licenses as a choice. */
function offersChoice(text) {
    return CHOICE.test(text);
}
/** Longer than this is more than a one-sentence declaration. */
const MAX_DECLARATION_WORDS = 40;
/** "Licensed under the X", or X's own title line ("Apache License Version 2.0, January 2004"). */
const DECLARES = /\blicen[cs]ed under\b|^\W*(?:the\s+)?[a-z0-9 .,-]{0,60}\blicen[cs]e,?\s+(?:version|v)\s*\d/i;
/** Words that limit what a declaration covers, or add to it: then it is not read as one. */
const PARTIAL = /\b(?:except|unless|otherwise|portions?|parts?|some|other|but|only|not|shall|must|may|without|additional|exception|provided)\b/i;
/**
 * A short notice that says the code is under one license it names, without its text ("Licensed
 * under the Apache License 2.0."; a license's title line and a link to its text): that license,
 * as the notice declares it. Anything that limits or adds to the declaration is not read so.
 */
function declaredLicense(text, wordCount) {
    if (wordCount > MAX_DECLARATION_WORDS || PARTIAL.test(text) || !DECLARES.test(text))
        return undefined;
    const names = namedLicenses(text);
    return names.length === 1 ? names[0] : undefined;
}
/** What a short unmatched license file is; undefined for a text of license-like length. */
function readNotice(text, wordCount) {
    if (wordCount > MAX_NOTICE_WORDS) {
        if (EULA.test(text))
            return { kind: 'not-a-license', reason: 'an end-user license agreement, not a license SPDX names' };
        if (ELASTIC_V1.test(text))
            return { kind: 'not-a-license', reason: 'Elastic License v1 (source-available, no SPDX id)' };
        return undefined;
    }
    const names = namedLicenses(text);
    if (names.length >= 2 && offersChoice(text))
        return { kind: 'choice', options: names };
    if (EULA.test(text))
        return { kind: 'not-a-license', reason: 'an end-user license agreement, not a license SPDX names' };
    if (ELASTIC_V1.test(text))
        return { kind: 'not-a-license', reason: 'Elastic License v1 (source-available, no SPDX id)' };
    const declared = declaredLicense(text, wordCount);
    if (declared !== undefined)
        return { kind: 'declares', license: declared };
    if (POINTER.test(text) && /\blicen[cs]e|copying\b/i.test(text))
        return { kind: 'not-a-license', reason: 'only points to other license files or pages' };
    if (PUBLIC_DOMAIN.test(text))
        return {
            kind: 'not-a-license',
            reason: 'a public-domain statement in its own words, not a license text',
        };
    return { kind: 'not-a-license', reason: 'too short to be a license text and matches none' };
}


/***/ }),

/***/ 4546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q9: () => (/* binding */ decideLicense),
  LV: () => (/* binding */ isGating)
});

// UNUSED EXPORTS: findException, satisfies

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
// EXTERNAL MODULE: ./node_modules/spdx-satisfies/index.js
var spdx_satisfies = __webpack_require__(5131);
// EXTERNAL MODULE: ./.build/module/prefix-patterns.js
var prefix_patterns = __webpack_require__(2427);
// EXTERNAL MODULE: ./.build/licenses/classifier.js + 23 modules
var classifier = __webpack_require__(3418);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./.build/licenses/go-versions.js

/**
 * A Go module version as semver: `v` dropped, `+incompatible` dropped (build metadata in Go's
 * eyes). Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5, v1.2.4-0.20191109021931-daa7c04131f5)
 * are already valid semver prereleases and compare as such. Undefined when it isn't semver.
 */
function goVersionToSemver(version) {
    const bare = version.replace(/^v/, '').replace(/\+incompatible$/, '');
    return semver.valid(bare) ?? undefined;
}
/** True when the Go version is in the semver range; prereleases (and pseudo-versions) included. */
function goVersionInRange(version, range) {
    const bare = goVersionToSemver(version);
    if (bare === undefined)
        return false;
    try {
        return semver.satisfies(bare, range, { includePrerelease: true });
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/licenses/policy.js





/** True when the policy gates licenses at all (an allow or a deny list is set). */
function isGating(policy) {
    return policy.allow.length > 0 || policy.deny.length > 0;
}
/** The first exception whose module glob and version range cover the module. */
function findException(policy, modulePath, version) {
    return policy.exceptions.find((exception) => safePathMatch(exception.module, modulePath) &&
        (exception.versions === undefined || (version !== '' && goVersionInRange(version, exception.versions))));
}
/**
 * Decides one module's license: exceptions first (`ignore`, or an expression used instead of the
 * detected one), then deny, then allow. AND needs every part to pass, OR any one of them.
 */
function decideLicense(policy, module, detected) {
    const exception = findException(policy, module.path, module.version);
    const exceptionRule = exception && `license-exceptions line ${exception.line}: '${exception.text}'`;
    if (exception?.license === 'ignore') {
        return { verdict: 'ignored', expression: detected, rule: exceptionRule, exception };
    }
    const expression = exception?.license ?? detected;
    const outcome = evaluateExpression(policy, expression);
    const rule = exceptionRule ? `${exceptionRule} → ${outcome.rule}` : outcome.rule;
    return {
        verdict: outcome.verdict,
        expression,
        rule,
        ...(exception ? { exception } : {}),
        ...(outcome.failing ? { failing: outcome.failing } : {}),
    };
}
// Ranks: AND takes the worst part, OR the best.
const ALLOWED = 0;
const UNKNOWN = 1;
const NOT_ALLOWED = 2;
const DENIED = 3;
function evaluateExpression(policy, expression) {
    let tree;
    try {
        tree = spdx_expression_parse(expression);
    }
    catch {
        return {
            verdict: 'unknown',
            rule: `'${expression}' is not a valid SPDX expression (unknown-license: ${policy.unknownLicense})`,
        };
    }
    const outcome = evaluateNode(policy, tree);
    if (!isGating(policy)) {
        return outcome.rank === UNKNOWN
            ? { verdict: 'unknown', rule: 'license not identified (no license-allow or license-deny set)' }
            : { verdict: 'not-gated', rule: 'no license-allow or license-deny set' };
    }
    switch (outcome.rank) {
        case ALLOWED:
            return {
                verdict: 'allowed',
                rule: policy.allow.length > 0 ? `license-allow: ${outcome.leaf}` : 'not in license-deny',
            };
        case UNKNOWN:
            return {
                verdict: 'unknown',
                rule: `license not identified (unknown-license: ${policy.unknownLicense})`,
            };
        case NOT_ALLOWED:
            return {
                verdict: 'denied',
                rule: `not in license-allow: ${outcome.leaf}`,
                failing: { id: outcome.id, list: 'license-allow' },
            };
        default:
            return {
                verdict: 'denied',
                rule: `license-deny: ${outcome.leaf}`,
                failing: { id: outcome.id, list: 'license-deny' },
            };
    }
}
function evaluateNode(policy, node) {
    if ('conjunction' in node) {
        const left = evaluateNode(policy, node.left);
        const right = evaluateNode(policy, node.right);
        if (node.conjunction === 'and')
            return right.rank > left.rank ? right : left;
        return right.rank < left.rank ? right : left;
    }
    const id = node.license + (node.plus ? '+' : '');
    const leaf = node.exception ? `${id} WITH ${node.exception}` : id;
    if (node.license === classifier/* UNKNOWN_LICENSE */.V8)
        return { rank: UNKNOWN, leaf, id };
    // A WITH exception only adds permissions: the base license decides.
    if (policy.deny.length > 0 && satisfies(id, policy.deny))
        return { rank: DENIED, leaf, id };
    if (policy.allow.length === 0 || satisfies(id, policy.allow))
        return { rank: ALLOWED, leaf, id };
    return { rank: NOT_ALLOWED, leaf, id };
}
/** spdx-satisfies, which throws on ids it doesn't know (LicenseRef-, NOASSERTION): never throws here. */
function satisfies(expression, list) {
    if (list.includes(expression))
        return true;
    try {
        return spdx_satisfies(expression, [...list]);
    }
    catch {
        return false;
    }
}
function safePathMatch(pattern, name) {
    try {
        return (0,prefix_patterns/* pathMatch */.z2)(pattern, name);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ unescapeVersion),
/* harmony export */   HL: () => (/* binding */ parseProxyRequest),
/* harmony export */   TY: () => (/* binding */ proxyRequestPath),
/* harmony export */   av: () => (/* binding */ escapeVersion),
/* harmony export */   ql: () => (/* binding */ unescapeModulePath),
/* harmony export */   xk: () => (/* binding */ escapeModulePath)
/* harmony export */ });
/* unused harmony exports splitPathVersion, modulePathProblem, importPathProblem, filePathProblem, versionProblem */
/**
 * Module paths and versions as Go checks and case-encodes them in GOPROXY URLs and module cache
 * paths (golang.org/x/mod/module), and the parser of the request paths `go` sends to a proxy.
 */
// x/mod module.firstPathOK: the first element is an LDH domain name, all lower case.
const FIRST_PATH_OK = /^[-.0-9a-z]$/;
// x/mod module.pathOK: ASCII letters, digits and + - . _ ~.
const PATH_OK = /^[-+._~0-9A-Za-z]$/;
// x/mod module.fileNameOK: pathOK plus !#$%&()+,-.=@[]^_{}~ and space, and any Unicode letter.
const FILE_NAME_OK = /^(?:[-0-9A-Za-z!#$%&()+,.=@[\]^_{}~ ]|\p{L})$/u;
// x/mod module.badWindowsNames, compared case-insensitively with the element up to its first dot.
const BAD_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** x/mod module.checkElem: why one path element (or, with fileName, a file name) is invalid. */
function checkElem(elem, fileName) {
    if (elem === '')
        return 'empty path element';
    if (/^\.+$/.test(elem))
        return `invalid path element "${elem}"`;
    if (elem.startsWith('.') && !fileName)
        return 'leading dot in path element';
    if (elem.endsWith('.'))
        return 'trailing dot in path element';
    const charOK = fileName ? FILE_NAME_OK : PATH_OK;
    for (const r of elem)
        if (!charOK.test(r))
            return `invalid char ${JSON.stringify(r)}`;
    const short = elem.split('.')[0];
    if (BAD_WINDOWS_NAMES.test(short))
        return `"${short}" disallowed as path element component on Windows`;
    return undefined;
}
// A JS string is UTF-16: what Go calls invalid UTF-8 arrives here as a lone surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** x/mod module.checkPath: the rules module, import and file paths share. */
function checkPath(path, fileName) {
    if (LONE_SURROGATE.test(path))
        return 'invalid UTF-8';
    if (path === '')
        return 'empty string';
    if (path.startsWith('-'))
        return 'leading dash';
    if (path.includes('//'))
        return 'double slash';
    if (path.endsWith('/'))
        return 'trailing slash';
    for (const elem of path.split('/')) {
        const problem = checkElem(elem, fileName);
        if (problem)
            return problem;
    }
    return undefined;
}
/**
 * The prefix and the major version suffix (`/v2`, or `.v3` for gopkg.in) of a module path, or
 * undefined when the suffix is malformed (`/v1`, `/v0`, `/v2.0`). Mirrors x/mod module.SplitPathVersion.
 */
function splitPathVersion(path) {
    if (path.startsWith('gopkg.in/'))
        return splitGopkgIn(path);
    let i = path.length;
    let dot = false;
    while (i > 0 && /[0-9.]/.test(path[i - 1])) {
        if (path[i - 1] === '.')
            dot = true;
        i--;
    }
    if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/')
        return { prefix: path, pathMajor: '' };
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1')
        return undefined;
    return { prefix, pathMajor };
}
// x/mod module.splitGopkgIn: every gopkg.in path ends in .vN (optionally -unstable).
function splitGopkgIn(path) {
    let i = path.length;
    if (path.endsWith('-unstable'))
        i -= '-unstable'.length;
    while (i > 0 && /[0-9]/.test(path[i - 1]))
        i--;
    if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.')
        return undefined;
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0'))
        return undefined;
    return { prefix, pathMajor };
}
/** Why `path` is not a valid module path, or undefined when it is (x/mod module.CheckPath). */
function modulePathProblem(path) {
    const problem = checkPath(path, false);
    if (problem)
        return problem;
    const first = path.split('/')[0];
    if (first === '')
        return 'leading slash';
    if (!first.includes('.'))
        return 'missing dot in first path element';
    if (path.startsWith('-'))
        return 'leading dash in first path element';
    for (const r of first)
        if (!FIRST_PATH_OK.test(r))
            return `invalid char ${JSON.stringify(r)} in first path element`;
    if (!splitPathVersion(path))
        return 'invalid version';
    return undefined;
}
/** Why `path` is not a valid import path (x/mod module.CheckImportPath). */
function importPathProblem(path) {
    return checkPath(path, false);
}
/** Why `path` is not a valid file path inside a module (x/mod module.CheckFilePath). */
function filePathProblem(path) {
    return checkPath(path, true);
}
/** Why `version` cannot be a version in a URL or a file name (x/mod EscapeVersion's checks). */
function versionProblem(version) {
    const problem = checkElem(version, true);
    if (problem)
        return problem;
    return version.includes('!') ? 'contains "!"' : undefined;
}
// x/mod module.escapeString: 'A' → '!a'; '!' and non-ASCII cannot be escaped.
function escapeString(s) {
    if (/[!\u0080-\uffff]/.test(s))
        return undefined;
    return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
// x/mod module.unescapeString: '!' must precede a-z; upper-case and non-ASCII are invalid.
function unescapeString(escaped) {
    if (/[A-Z\u0080-\uffff]/.test(escaped) || /![^a-z]|!$/.test(escaped))
        return undefined;
    return escaped.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
/** The case-encoded form of a module path (x/mod module.EscapePath). Throws on an invalid path. */
function escapeModulePath(path) {
    const problem = modulePathProblem(path);
    const escaped = problem ? undefined : escapeString(path);
    if (escaped === undefined)
        throw new Error(`malformed module path ${JSON.stringify(path)}: ${problem ?? 'invalid char'}`);
    return escaped;
}
/** The module path of a case-encoded one (x/mod module.UnescapePath); undefined when invalid. */
function unescapeModulePath(escaped) {
    const path = unescapeString(escaped);
    return path !== undefined && modulePathProblem(path) === undefined ? path : undefined;
}
/**
 * The case-encoded form of a version (x/mod module.EscapeVersion: any valid file name without
 * `!`, so `+incompatible`, `+meta`, `~` and `_` pass). Throws on an invalid version.
 */
function escapeVersion(version) {
    const problem = versionProblem(version);
    const escaped = problem ? undefined : escapeString(version);
    if (escaped === undefined)
        throw new Error(`disallowed version string ${JSON.stringify(version)}`);
    return escaped;
}
/** The version of a case-encoded one (x/mod module.UnescapeVersion); undefined when invalid. */
function unescapeVersion(escaped) {
    const version = unescapeString(escaped);
    return version !== undefined && checkElem(version, true) === undefined ? version : undefined;
}
/**
 * Parses the path of a GOPROXY request (`/<esc>/@v/list`, `/<esc>/@v/<v>.info|.mod|.zip`,
 * `/<esc>/@latest`, `/sumdb/<name>/…`). The path may still be percent-encoded (`%21`).
 * Returns undefined for anything else.
 */
function parseProxyRequest(urlPath) {
    let path;
    try {
        path = decodeURIComponent(urlPath.split('?')[0]);
    }
    catch {
        return undefined;
    }
    if (!path.startsWith('/') || path.includes('\\'))
        return undefined;
    path = path.slice(1);
    const sumdb = /^sumdb\/([^/]+)\/(.+)$/.exec(path);
    if (sumdb) {
        if (sumdb[2].split('/').some((e) => e === '..' || e === '.' || e === ''))
            return undefined;
        return { kind: 'sumdb', db: sumdb[1], rest: sumdb[2] };
    }
    if (path.endsWith('/@latest')) {
        const module = unescapeModulePath(path.slice(0, -'/@latest'.length));
        return module === undefined ? undefined : { kind: 'latest', module };
    }
    const at = path.lastIndexOf('/@v/');
    if (at < 0)
        return undefined;
    const module = unescapeModulePath(path.slice(0, at));
    if (module === undefined)
        return undefined;
    const file = path.slice(at + '/@v/'.length);
    if (file === 'list')
        return { kind: 'list', module };
    const m = /^(.+)\.(info|mod|zip)$/.exec(file);
    const version = m ? unescapeVersion(m[1]) : undefined;
    if (!m || version === undefined)
        return undefined;
    return { kind: m[2], module, version };
}
/**
 * The request path for a module request: case-encoded, and percent-encoded only where a URL path
 * needs it (a version may hold `#`, `%`, `[`, space…: valid file names, not valid in a URL).
 */
function proxyRequestPath(request) {
    return encodeURI(plainRequestPath(request)).replace(/[#?]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}
function plainRequestPath(request) {
    switch (request.kind) {
        case 'sumdb':
            return `/sumdb/${request.db}/${request.rest}`;
        case 'list':
            return `/${escapeModulePath(request.module)}/@v/list`;
        case 'latest':
            return `/${escapeModulePath(request.module)}/@latest`;
        default:
            return `/${escapeModulePath(request.module)}/@v/${escapeVersion(request.version)}.${request.kind}`;
    }
}


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ matchPrefixPatterns),
/* harmony export */   p3: () => (/* binding */ parsePrefixPatterns),
/* harmony export */   z2: () => (/* binding */ pathMatch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9243);

/**
 * GOPRIVATE-style globs. Mirrors golang.org/x/mod/module MatchPrefixPatterns: each glob is matched
 * with path.Match against as many leading path elements of the target as the glob has.
 */
function matchPrefixPatterns(globs, target) {
    for (const raw of globs) {
        const glob = raw.replace(/\/$/, '');
        if (glob === '')
            continue;
        let n = glob.split('/').length - 1;
        let prefix = target;
        for (let i = 0; i < target.length; i++) {
            if (target[i] === '/') {
                if (n === 0) {
                    prefix = target.slice(0, i);
                    break;
                }
                n--;
            }
        }
        if (n > 0)
            continue;
        if (pathMatch(glob, prefix))
            return true;
    }
    return false;
}
/** Splits a GOPRIVATE value and checks every glob is a valid path.Match pattern. */
function parsePrefixPatterns(input, value) {
    if (value.includes(';'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value.trim()}' contains ';': GOPRIVATE patterns are separated by \`,\``, `e.g. \`${value.trim().replace(/\s*;\s*/g, ',')}\``);
    const globs = value
        .split(/[,\n]/)
        .map((g) => g.trim())
        .filter((g) => g !== '');
    for (const glob of globs) {
        try {
            compilePattern(glob);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${glob}' is not a valid pattern (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`, 'comma-separated module path globs as in GOPRIVATE, e.g. `*.corp.example,github.com/our-org/*`');
        }
    }
    return globs;
}
/** Go's path.Match: `*` and `?` never match `/`; `[...]` classes with ranges and `^`; `\` escapes. */
function pathMatch(pattern, name) {
    return compilePattern(pattern).test(name);
}
const compiled = new Map();
function compilePattern(pattern) {
    const cached = compiled.get(pattern);
    if (cached)
        return cached;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '\\') {
            if (i + 1 >= pattern.length)
                throw new Error('trailing backslash');
            source += escapeRegex(pattern[++i]);
        }
        else if (c === '[') {
            const end = classEnd(pattern, i);
            let body = pattern.slice(i + 1, end);
            const negated = body.startsWith('^');
            if (negated)
                body = body.slice(1);
            if (body === '')
                throw new Error('empty character class');
            source += `(?!/)[${negated ? '^' : ''}${classBody(body)}]`;
            i = end;
        }
        else if (c === ']')
            throw new Error("unmatched ']'");
        else
            source += escapeRegex(c);
    }
    const regex = new RegExp(`^${source}$`);
    compiled.set(pattern, regex);
    return regex;
}
function classEnd(pattern, start) {
    for (let j = start + 1; j < pattern.length; j++) {
        if (pattern[j] === '\\')
            j++;
        else if (pattern[j] === ']')
            return j;
    }
    throw new Error("unclosed '['");
}
function classBody(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        let c = body[i];
        if (c === '\\')
            c = body[++i] ?? '';
        if (body[i + 1] === '-' && i + 2 < body.length) {
            let hi = body[i + 2];
            let skip = 2;
            if (hi === '\\') {
                hi = body[i + 3] ?? '';
                skip = 3;
            }
            if (hi < c)
                throw new Error(`bad range ${c}-${hi}`);
            out += `${escapeClass(c)}-${escapeClass(hi)}`;
            i += skip;
        }
        else
            out += escapeClass(c);
    }
    return out;
}
function escapeRegex(c) {
    return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function escapeClass(c) {
    return c.replace(/[\]\\^-]/g, '\\$&');
}


/***/ }),

/***/ 1238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/**
 * "1 module", "2 modules", "1 go.sum line": the count and the noun, agreeing. Ground floor: any
 * layer may use it.
 */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}


/***/ })

};
