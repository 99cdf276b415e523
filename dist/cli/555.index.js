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
const CLASSIFIER_VERSION = '7';


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
    vocabulary: "permission to use copy modify and or distribute this software for any purpose with without fee is hereby granted the provided as disclaims all warranties regard including implied of merchantability fitness in no event shall be liable special direct indirect consequential damages whatsoever resulting from loss data profits whether an action contract negligence other tortious arising out connection performance academic free license afl v 3.0 applies original work authorship whose owner licensor has placed following licensing notice adjacent copyright licensed under version grant grants you a worldwide royalty non exclusive sublicensable duration do reproduce copies either alone part collective translate adapt alter transform arrange thereby creating derivative works based upon communicate public your choice that does not contradict terms conditions s reserved rights remedies perform publicly display patent claims owned controlled by are embodied furnished patents make sell offer sale have made import source code term means preferred form making modifications it available documentation describing how agrees provide machine readable along each distributes reserves right satisfy obligation placing information repository reasonably calculated permit inexpensive convenient access long continues exclusions neither names nor contributors their trademarks service marks may used endorse promote products derived express prior except expressly stated herein nothing copyrights trade secrets intellectual property embodiments than defined section 2 even if such included interpreted prohibit different otherwise would external deployment distribution communication way anyone those distributed communicated persons application intended over network condition hereunder must treat 1 c attribution retain create trademark notices well descriptive text identified therein cause carry prominent inform recipients modified warranty provenance disclaimer warrants sublicensed contributor immediately preceding sentence on basis limitation infringement particular entire risk quality constitutes essential liability circumstances legal theory tort incidental character result goodwill stoppage computer failure malfunction commercial losses apply extent applicable law prohibits acceptance termination at time assented assent indicates clear irrevocable its reasonable effort obtain undertake activities listed doing so honoring these prohibited international treaty affect exceptions limitations fair dealing terminate longer exercise honor automatically date commence cross claim counterclaim against licensee alleging infringes provision combinations hardware jurisdiction venue governing suit relating brought only courts wherein resides which conducts primary business laws excluding conflict provisions united nations convention contracts goods excluded outside scope after subject requirements penalties appropriate survive attorneys fees enforce seeking thereto prevailing party entitled recover costs expenses incurred appeal miscellaneous held unenforceable reformed necessary enforceable definition throughout upper lower case individual entity exercising complying entities includes controls common control purposes i power direction management ii ownership fifty percent 50 more outstanding shares iii beneficial ways restricted conditioned promises interfere responsible uses modification 2005 lawrence rosen permits applied however indicate name replace specified first paragraph above own confusingly similar open unless been approved initiative osi comply review certification process gnu affero general 3 19 november 2007 everyone permitted verbatim document but changing allowed preamble copyleft kinds specifically designed ensure cooperation community server licenses most practical take away freedom share change contrast our guarantee versions program sure remains users when we speak referring price charge them wish receive can get want pieces new programs know things developers protect two steps assert gives secondary benefit defending improvements alternate they widespread become incorporate many heartened encouraged servers fail come about letting ever releasing cases becomes requires operator running there therefore accessible older called published was accomplish goals gpl released relicensing precise copying follow definitions refers also like semiconductor masks copyrightable addressed licensees individuals organizations fashion requiring exact earlier covered unmodified propagate anything directly secondarily executing modifying private propagation some countries convey kind enables parties mere interaction user through transfer conveying interactive interface displays prominently visible feature tells view presents list commands options menu item meets criterion object standard official recognized standards body interfaces programming language one widely among working system libraries executable include whole normal packaging major component b serves enable implement implementation context kernel window specific operating runs compiler produce interpreter run corresponding needed generate install scripts tools generally performing example files associated shared dynamically linked subprograms require intimate flow between parts need regenerate same basic permissions met explicitly affirms unlimited output given content acknowledges equivalent force others sole having exclusively facilities material thus behalf copyrighted relationship solely below sublicensing 10 makes unnecessary protecting anti circumvention deemed effective technological measure fulfilling obligations article 11 wipo adopted 20 december 1996 prohibiting restricting measures waive forbid effected respect disclaim intention limit operation enforcing third medium conspicuously appropriately publish keep intact stating permissive added accord 7 absence give support protection 4 meet giving relevant requirement modifies who comes into possession will additional regardless packaged invalidate separately received compilation separate independent nature extensions combined larger volume storage aggregate beyond what inclusion forms sections 5 physical product accompanied fixed durable customarily interchange written valid least three years spare customer model possesses cost physically alternative occasionally noncommercially subsection 6b offering designated place gratis further operated supports maintain directions next saying where find hosts remain obligated using peer transmission peers being offered 6d separable portion library consumer tangible personal normally family household sold incorporation dwelling determining doubtful resolved favor coverage typical class status actually expects expected substantial industrial represent significant mode installation methods procedures authorization keys required execute suffice continued functioning prevented interfered because occurs transaction transferred recipient perpetuity characterized conveyed retains ability installed rom continue updates denied itself materially adversely affects violates rules protocols across format documented password key unpacking reading supplement treated though were governed option remove removal certain notwithstanding add authorized holders disclaiming limiting differently 15 16 preservation author attributions displayed containing misrepresentation origin marked publicity licensors authors declining indemnification conveys contractual assumptions impose considered restrictions within meaning contains restriction statement indicating attempt void cease violation then holder reinstated provisionally until finally terminates permanently fails notify 60 days cessation moreover notifies cure 30 receipt terminated qualify accept order ancillary occurring consequence likewise actions infringe propagating automatic downstream receives compliance transferring organization substantially assets subdividing merging results whatever predecessor interest had could previous plus efforts affirmed initiate litigation lawsuit infringed selling importing authorizes already acquired hereafter manner sublicenses consistent contents paragraphs agreement commitment denominated practice covenant sue knowingly relying readily deprive yourself extend actual knowledge country identifiable reason believe pursuant single arrangement procuring conveyance receiving authorizing extended discriminatory distributing payment activity primarily compilations contain entered 28 march construed defenses surrender imposed court excuse cannot simultaneously pertinent agree obligate collect whom both refrain entirely remote interacting remotely opportunity providing customary facilitating incorporated link combine revised foundation spirit present differ detail address problems concerns distinguishing number specifies numbered later specify choose proxy decide future choosing writing expressed limited should prove defective assume servicing repair correction agreed inability rendered inaccurate sustained operate advised possibility interpretation local effect according reviewing closely approximates absolute waiver civil assumption accompanies return end develop greatest possible best achieve redistribute attach safest start file effectively state exclusion line pointer full found hope useful see details https www org contact electronic paper mail interact provides web leads archive solutions better 13 employer programmer school sign agpl apache 2.0 january 2004 reproduction mean 9 granting union acting configuration mechanical transformation translation compiled generated conversions media types indicated attached appendix editorial revisions annotations elaborations merely bind thereof contribution additions intentionally submitted submit verbal sent representatives mailing lists systems issue tracking managed discussing improving subsequently perpetual prepare sublicense licensable necessarily combination institute contributory filed redistribution changed pertain contained places wherever appear informational alongside addendum complies submission contributions supersede executed regarding reproducing title appropriateness redistributing risks deliberate grossly negligent acts accepting while indemnity act responsibility indemnify defend hold harmless asserted boilerplate fields enclosed brackets replaced identifying don t comment syntax recommend description printed page easier identification archives artistic establishes package copied redistributed intent maintains development still keeping always arrangements wholly propose seek named contributed accordance person collection derivatives consist else company distributor another requested changes current perl bytecode binary duplicate disclaimers discretion bug fixes portability clearly differs documenting features executables modules prevent installing addition bear allow freely complete instructions carrying invalid demand thirty aware forfeit aggregating linking packages aggregation components embed build stand applications expose items themselves someone nevertheless mark tradename logo disclaimed damage blue oak 1.0.0 much triggers rule everything gets blueoakcouncil complied taking ends able reliability revoke far allows related redistributions exemplary procurement substitute services interruption caused strict 1.1 2017 mariadb corporation ab production permitting fourth anniversary whichever currently described purchase affiliated resellers vary set forth affiliates refer covenants consideration compatible insert none causes implication estoppel bsd advertising mentioning acknowledgement developed boost 1.0 august 17th 2003 obtaining accompanying transmit processor dealings creative commons 4.0 firm advice lawyer client fullest creators considerations exhaustive read understand before applying secure reuse cc exception wiki creativecommons regulated authority reasons requests asking although bound benefits adapted translated altered arranged transformed musical sound recording produced synched timed relation moving image adapter broadcast sui generis database labeled categorized proper circumvented agreements literary ies dissemination importation members individually chosen j directive 96 ec european parliament council databases amended succeeded essentially anywhere world k avoidance doubt 6 formats technical now known created waives circumvent simply never produces every restricts endorsement imply connected sponsored endorsed moral integrity privacy personality royalties collecting society voluntary waivable statutory compulsory scheme supplied creator pseudonym uri hyperlink practicable indication resource extract supplements undertaken offers representations concerning latent defects accuracy presence errors discoverable punitive here reinstates cured discovery reinstatement violations stop 8 understandings reduce restrict lawfully minimum severed affecting enforceability remaining waived consented privileges immunities processes elect publishes instances dedicated domain cc0 dedication policies authorize consent unauthorized contacted sharealike sa compatiblelicenses elements attributes l m universal attorney jurisdictions confer subsequent owners relinquish contributing cultural scientific reliably fear contribute ideal culture gain reputation greater motivations expectation compensation associating affirmer he she voluntarily elects his her protected neighboring retained performer pertaining likeness depicted unfair competition regards extraction national successor implementations contravention overtly fully irrevocably unconditionally abandons surrenders unknown existing territories maximum iv promotional member large detriment heirs successors intending revocation rescission cancellation equitable disrupt quiet enjoyment contemplated fallback judged legally ineffective preserved account affected transferable unconditional partial invalidity ineffectiveness remainder contrary abandoned surrendered permissible clearing consents understands duty cddl creates contributes creation 1.2 1.3 portions 1.4 1.5 initial developer 1.6 combines 1.7 1.8 1.9 deletion 1.10 originally 1.11 method apparatus grantor 1.12 1.13 2.1 3.1 wide dispose delete infringements devices 2.2 deleted availability exchange 3.2 sufficient 3.3 identifies 3.4 alters absolutely 3.5 3.6 combining fulfilled 4.1 sun microsystems inc steward 4.3 4.2 rename references note merchantable fit infringing 6.1 breach becoming 6.2 declaratory judgment referred participant indirectly prospectively expiration day period withdraw unilaterally 6.3 validly supplier lost informed death injury u government 48 f r 2.101 oct 1995 consisting 252.227 7014 12.212 sept 227.7202 june acquire clause lieu supersedes dfar addresses represents matter hereof located losing regulation drafter states export administration regulations utilization constitute admission eclipse originate originates conjunction per se assurances assumes excludes informs identify originator distributors responsibilities partners facilitate potential indemnified collectively lawsuits omissions alleged promptly cooperate defense settlement negotiations participate expense might x pay equipment unavailability operations validity hereto institutes noncompliance soon avoid inconsistency assign serve suitable york america bring year arose jury trial clarity declarations classes structures subclass accompany satisfies exhibit beneficiary satisfied desirable put location directory likely look accurate eupl 2016 authorised willingness define dependence classify determined mentioned human people study meant natural communicates usage lending renting communicating transmitting online offline functionalities disposal vested circumstance lend rent exercised invented economic easily exhaustion done compatibility sake prevail chain him brings progress continuously improved numerous finished bugs inherent type wilful misconduct conclude defining fact accepted clicking icon bottom displaying affirming similarly download channel website concluded stored reproduced 12 prejudice commission linguistic updated reducing unique identical value advantage 14 institutions bodies offices agencies justice laid down 272 competent seat registered office belgian residence inside osl epl cecill mozilla mpl lesser lgpl unported qu bec reciprocity liliq strong update producing appropriation 1991 51 franklin street fifth floor boston ma 02110 1301 usa commit instead too deny ask show ours passed introduced reflect reputations threatened constantly danger redistributors proprietary say hereinafter true depends forming reads interactively started ordinary print announcement telling wrote contest rather noncommercial counts compelled since signed allegation issues balance induce implemented practices generous range reliance up donor willing thoroughly believed rest explicit geographical incorporates write sometimes decision guided preserving promoting sharing idea yyyy short starts gnomovision 69 w welcome hypothetical course something mouse clicks suits sample yoyodyne passes compilers james hacker signature ty coon april 1989 president vice incorporating subroutine consider 29 denying pass freedoms explains attributed erroneously manufacturer fundamentally incompatible aim systematic pattern abuse area precisely unacceptable arise domains ready computers assures render terminal gui box please philosophy why html isc json deal merge good evil noninfringement february 1999 hence specially typically suggest think carefully strategy explanations gave relink recompiling step very pose constant threat existence restrictive insist obtained quite statically speaking fits criteria lax call less competing disadvantages advantages rare occasions encourage widest de facto frequent job little variant linux protective wherewithal close attention difference former whereas latter functions prepared conveniently straightforwardly tool facility function table argument invoked faith supply operates performs meaningful compute square roots 2d optional root opt newer appeared once irreversible isolation falls header especially threshold numerical parameters structure layouts accessors small macros inline ten lines length unrestricted fall reverse engineering debugging during execution reference directing understood recompile mechanism properly installs 6a verify utility happen contradicts contradiction together side uncombined explaining alternatively frob tweaking knobs random 1990 supplemented minimal templates fewer taken recombine recombining relinking 4d0 4d1 permanent mit 1.0.1 1.8.1 substance series release 1.10.1 differential comparisons compressed archival decompression archiving issued via twelve months initially became six ensuring maintained describe matters titled describes obtains thereafter notifying newsgroups apis api disclosed believes due collateral 3.7 statute impossible judicial distributions sufficiently detailed skill netscape communications phrases mozillapl mozpl npl phrase filling 8.1 8.2 asserting declatory mutually agreeable past withdrawn device revoked 8.3 initiation amount 8.4 california disputes citizen chartered federal northern district lying santa clara county multiple designate utilize deleting slightly owns 1.14 exploit 2.3 removed logos 2.4 10.2 2.5 representation 2.6 doctrines equivalents 2.7 timely additionally remedy factual inaccuracies 5.1 compliant ongoing back 5.2 counter 5.3 defendant principal construe 10.1 10.3 10.4 microsoft ms pl governs guarantees exclude university illinois ncsa sil font 26 ofl stimulate collaborative projects communities framework fonts partnership studied bundled embedded adding substituting porting environment designer engineer writer headers metadata viewed presented advertise acknowledge null postgresql formerly postgres postgres95 maintenance enhancements python psf accessing nonexclusive analyze test e 2001 2002 2006 prepares wants brief summary agency joint venture sense beopen com 160 saratoga avenue ca 95051 respects pythonlabs cnri b1 important beta research initiatives 1895 preston white drive reston va 20191 internet site 2000 cnris alternately omitting quotes persistent identifier handle 1895.22 1011 url hdl net virginia button cwi 0.9.0 supporting stichting mathematisch centrum ml jersey unicode directories reports cldr icu project repos trac browser pdf charts downloading unequivocally unencumbered compile recognize dedicate intend overt relinquishment unlicense upl covering piece lrgrwrks txt foregoing fuck just x11 consortium zlib misrepresented acknowledgment appreciated plainly 3d slicer covers downloads brigham women hospital transactions downloaded publication institution employs patient confidentiality security health insurance accountability hipaa disclosure reserve warrant prescribes reciprocal therewith adhere prefaced words preserve accordingly informing sublicensees reviewed food drug clinical recommended commercialization engaged governmental orders demands judgments therefrom funding commonwealth massachusetts principles conflicts supercede previously assurance modest hopes help justify thousands dollars billable invested gpg verifiable dependent thereon launched g splash screen banner professional administrators employed encryption effects malicious amazon digital sublicenseable preceeding publishing mutual certified proceeding omitted 17 101 et seq v.2.1 510 suite 225 san francisco 94107 d cover request immediate higher us alglib manual last advanced micro amd furnishing duplication far52.227 dfars252.227 error uninterrupted viruses completeness operability revenue exceed 10.00 accepts allocation liabilities excess detrimental acknowledged thereunder department munitions imported exported re nationals proposals discussions writings excused illegal reformation texas austin apple abide entirety nvidia supplies aforementioned p antlr commerical credit developing somewhere report etc nice mention guidelines kept expect enhancing completed sublicence derivates postscript afm noted adobe adaptive generic relied determine outset suppfile selected originating posting sixty province module subdirectory assigned 1.15 1.16 1.17 1.18 resulted arises contractor certainty capture 1.19 1.20 selecting rely reservation aforesaid month begin beginning viewable 36 replacement turn said situated clarification internally internal chooses instance inclusive 3.8 qualifies exists introduce revising increase decrease terminating correct penalised binding sets 3.9 3.10 recognition money occur word exceeding graphic limits 3.11 purports nullify amend diminish co preparation 7.1 7.2 7.3 7.4 plural respective mutatis mutandis 7.5 enforcement subsidiaries officers directors employees agents delays 9.1 9.2 entertain injunction equity legality attorns 9.3 elsewhere adjudge cancels oral strictly 10.5 10.6 headings convenience construction 10.7 10.8 drafted english comprises select selection subsidiary question parent owning majority voting interests controlling default yes answer exporting deletes directed manufacture ninety 90 withdraws alleges invited agreeing announces deploy statements upgrades completely accurately deployed submitting publicsource tiers pre untested tested failures incomplete satisfactory corrected representative nuclear aircraft navigation air traffic machines lead severe environmental ofa procure total 50.00 mac os belonging times posted guidelinesfor3rdparties 12.1 13.6 12.2 destroy sort 13.1 resident embargoed treasury commerce denial 13.2 12.211 purchases 7015 13.3 association appearance 13.4 impair market technology compete 13.5 severability finds enforced prevents discontinue 13.7 dispute resolution 13.8 quebec canada confirm documents les ont exige que le contrat tous connexes soient rediges en anglais allegedly functionality suspend final determination administrative lifts suspension resume lift suspends replacing independently negotiating ver capacity officer employee agent exist preferably electronically interference quicktime streaming amongyou exig pr dig corporate reflected apsl externally delivery did opensource aswf v1.0 asset education training benchmarking benchmark reproducibility demonstrations publications showing images sponsorship affiliation utilizing v1.1 originals apreambl tex hans hermann bode hhbode dosuni1 bitnet bibtex adaptable doc alterations faults macromedia suppliers tm whenever suitability editing alteration represented profit grounds typefaces appears symbol bitmaps metric donated utopia regular italic bold ross beresford 1993 uk cryptics dictionary aladdin 18 familiar extra care enterprises deletions 0 holds ghostscript artifex 1976 literal examples enumeration involving retrieval retrieving customers removable redistributable cd magnetic tape optical book magazine functional commences tell prints delivered printing broadest unit acquiring dod classified respectively group consists center supercomputing urbana champaign acknowledgments variants arphic 11fl no.168 yung chi rd taipei 110 taiwan forbidden encourages truetype ar mingti2l big5 kaitim big sungtil gb glyph reordering converting characters whoever arphicpl unaltered retroactively copyrightt semblance textual wishes thinking charges involved computing charged handling usenet ftp uu allowing differences pages possibly input belong whomever commercially aggregated subroutines merchantibility uunet yours undump unexec comparably languages emulate variables regression tests got left courtesy duplicating besides reused patch binaries sources worry stuff simple really mind bola buena onda everybody needs volunteer neighbour paint house waste energy renewable resources points discover invent tolerant ian darwin 1994 christos zoulas planet views conclusions representing ntt universidad palermo argentina edu hp berkeley laboratory dept patches imposing design military suffered oracle reassurances reproduct flex carries originated livermore vern paxson ac03 76sf00098 basically says skl scanner skeleton scanners shortened regents duplicated david giffin carnegie mellon 5000 forbes pittsburgh pa 15213 3890 412 268 4387 fax 7395 tech andrew cmu 2008 2009 2010 2011 2012 2013 2014 2015 2018 2019 2020 inferno nettverk norway aswell coordinator sdc inet oslo park gaustadall 21 0349 geoff kuenning granada hills proven spread programmers improve arguable idealogical metallic constraint proposed tcp ip illustrates universally rapid often jure eg models proliferation success role few tainted difficult inevitable goal guard taint imagine companies closed rise competitor existed variety settings confused consequently deusty llc adhered systemics message startup ltd publically implimentation w3works inculdes derrivations retainl baekmuk batang dotum gulim headline kim jeong hwan patterns generating sh script gmv spreading spanish mainstream julio sanchez jos nas notified situation comments kindly send es despite lack hear problem commutative diagram built top xy pic michael barr email barrs unchanged renamed appreciate my examination latex 2e 2.09 plain amstex beer ware revision 42 phk freebsd worth buy me poul henning kamp bittorrent releases jabber josl dropped several doesn fulfill relies repeated glossary creations conspicuous proviso cite adhering naming assertion respondent retroactive partys superior alphabetical reader shown parentheses donations paying filepath advertisement proof whois registrar notification complye advising outlined bitstream propriety charter outline courier designs glyphs vera gnome dot swsoft readme olddiagram oldmaxidiagram oldmicrodiagram oldminidiagram oldmultiplearrows maxidiagram microdiagram minidiagram multiplearrows guides emploi guaranteed assist francis borceux uclouvain correctness properties jorn lind nielsen computational uda capitalized provider follows 3.1.1 3.1.2 upstream analysis enter 5.4 5.5 minimis explain conducted figures papers artificial intelligence trained 5.6 providers cryptographic autonomy demonstration strives aspect element capability absent perceptible affiliate 4.4 seeds 4.1.1 persist 4.1.2 4.5 4.1.3 coordinated vulnerabilities delay embargo newly vulnerability flaw identity participating possess 4.2.1 withholding commonly 4.2.2 hashes 4.2.3 contractually capabilities acknowledging easy uphold relative processing engage interactions begins expire eligible lasting restored counterclaims response intermediaries contractors reservations achieves avoids 7.6 7.7 caveat mitre attack classification capec designation board trustees associates trusted background approach unprecedented levels growth innovation demonstrate continuing underlying unaffiliated y inconsistent upfront recurring equal charging commitments suchcontributors plaza islandia 11749 attn obscure appearing undertaking durability assumed undertakings branding catrdmrk htm 11.1 11.2 11.3 11.4 11.5 contractantes confirment elles associes 11.6 authorizations 11.7 draft ccpl periodical anthology encyclopedia constituting assembled dramatization fictionalization motion picture art abridgment condensation recast violated phonorecords audio devised technically digitally uniform phonorecord apart french screenplay comparable inquiry secured lawful residuals payments defamation invasion election sentences composition synchronization synching blanket ascap bmi sesac webcast music harry fox usc 115 webcasting soundexchange 114 sponsor journal australia encyclopaedia reproduces adaptation dramatic dramatisation falsely analogous cinematograph film edition television high level noderivatives records publisher record australian false attribute honour distortion mutilation prejudicial corruption anticipated savings legislation implies imposes partly repaired supplying again south wales phonogram cinematographic adaptations recognizably encyclopedias anthologies performances phonograms broadcasts actors singers musicians dancers sing deliver declaim play interpret expressions folklore producer sounds transmits expression pamphlet lecture sermon dramatico choreographic entertainment dumb assimilated cinematography drawing painting architecture sculpture engraving lithography photographic photography illustration map plan sketch dimensional geography topography science performed circus recitations wire wireless rebroadcast signs visual recordings fixation fixations collections takes label demarcate schemes administers credits implicitly distort mutilate derogatory japan referenced terminology berne september 1979 rome 1961 july 24 1971 sought ist keine rechtsanwaltskanzlei und leistet rechtsberatung die bereitstellung dieser lizenz hrt zu keinem mandatsverh ltnis stellt diese informationen ohne gew hr zur verf gung bernimmt hrleistung gelieferten schlie haftung sch den aus sich deren gebrauch ergeben der gegenstand wie unter schutzgegenstand definiert wird bedingungen oder lizenzvertrag gestellt durch das urheberrecht andere gesetze gesch tzt jede nutzung des schutzgegenstandes nicht aufgrund gestattet unzul ssig bung eines hrten rechts dem erkl ren sie lizenzbedingungen rechtsverbindlich einverstanden soweit als anzusehen ihnen lizenzgeber genannten rechte unentgeltlich im austausch daf dass gebundensein akzeptieren definitionen begriff bearbeitung sinne bezeichnet ergebnis jeglicher von nderung solange dieses erkennbar vom abgeleitet wurde dies kann insbesondere auch eine umgestaltung anpassung bersetzung heranziehung vertonung laufbildern sein gelten seine aufnahme sammlung ein sammelwerk freie meint zusammenstellung literarischen nstlerischen wissenschaftlichen inhalten einem einheitlichen ganzen sofern auswahl anordnung darin enthaltenen selbst ndigen elemente eigent mliche geistige pfung darstellt unabh ngig davon ob systematisch methodisch angelegt dadurch einzeln zug nglich sind verbreiten bedeutet bearbeitungen vervielf ltigungsst cken mithin rperlich fixierter ffentlichkeit machen verkehr bringen diejenige nat rliche juristische gruppe anbietet insoweit rechteinhaberin auftritt rechteinhaber urheber am immaterialg terrecht erlangt hat welches abschnitt handlungen erfasst erteilung bertragung einr umung nutzungsbewilligungen bzw nutzungsrechten dritte erlaubt inhalt angeboten werk kleinen nze nachgelassenes lichtbild anderes objekt verwandten schutzrechts seiner fixierung auf welche weise jeweils wahrnehmung erfolgen gleichviel analoger digitaler datenbanken zusammenstellungen daten einen terrechtlichen schutz eigener genie unterfallen gemeint genannte nutzungen vornimmt zuvor hinblick gegen versto aber ausdr ckliche erlaubnis lizenzgebers erhalten hrte nutzungsbewilligung trotz vorherigen auszu ben ffentlich wiedergeben wahrnehmbarmachungen unk rperlicher verstehen mehrzahl mitgliedern bestimmt mittels ffentlicher wiedergabe vortrag auff hrung vorf darbietung sendung weitersendung zeit ortsunabh ngiger zurverf gungstellung zum einsatz kommenden techniken verfahren einschlie lich drahtgebundener drahtloser mittel einstellen ltigen welchem tr ger welcher menge vor bergehend dauerhaft cke herzustellen ton bildaufzeichnungen umfasst erstmalige festhalten dessen wahrnehmbarmachung mitteln wiederholbaren sowie herstellen festhaltung speicherung einer tzten bild schalltr gers anderen elektronischen beschr nkungen verwertungsrechte keiner darauf gerichtet befugnisse vermindern nken vereiteln ausschlie lichkeitsrechte rechtsinhabers entsprechenden rechtsnormen fehlen schutzes lizenzierung erteilt unbeschadet unverzichtbarer vorbehaltlich abschnitts verg tungsfreie umlich zeitlich dauer urheberrechts unbeschr nkte folgenden nutzen beliebiger ihn sammelwerke integrieren teil solcher bearbeiten bersetzungen jedweder medien anzufertigen deutlich gemacht um handelt allein aufgenommen wiederzugeben ffentlichen bez glich tung gilt folgendes unverzichtbare gesetzliche tungsanspr che gegenzug lizenzen vorgesehen pauschalabgabensysteme beispiel leermedien vorhanden beh lt liche recht geltend bei zwangslizenzen au erhalb zustande kommen verzichtet alle lle lizenzgerechten jegliche sonstigen llen lizenzgerechter beiden abschnitte llt geltendmachung nur verwertungsgesellschaft vorgenannte bekannten noch nutzungsarten einger umt beinhaltet solche nderungen vorzunehmen bestimmte nach zul ssige technisch erforderlich ber diesen hinaus cklich werden bleiben diesem vorbehalten mtlicher daraus resultierender gem erfolgt rfen ssen dabei stets kopie vollst ndige internetadresse beif gen vertrags nutzungsbedingungen anbieten fordern unterlizenzieren jeder hinweise unver ndert lassen haftungsausschluss hinweisen wenn bezug technischen nahmen ergreifen nutzer ihm behindern nnen dasselbe bestandteil sammelwerkes bildet jedoch insgesamt unterstellt muss erstellen praktikabel mitteilung hin aufgez hlten entfernen vornehmen verbreitung ffentliche aufbauender inhalte enthaltender bedingung etwaiger mitteilungen dazu geh renden rechtevermerke unber verpflichtet urheberschaft rechteinhaberschaft angemessenen anzuerkennen indem bekannt angeben namen solches verwendet rechteinhabers rechtevermerk angemessene zuschreibung vorgenommen z stiftung verlagshaus zeitung zuschreibungsempf nger bezeichnung dritten titel inhaltes praktikablen angegeben sei denn verweist lizenzinformationen falle bereinstimmung hinweis erforderlichen angaben darstellen gemeinsamer nennung aller beitragenden dergestalt zumindest ebenso hervorgehoben brigen angabe oben bezeichneten verwenden ihrer vorherige separat schriftlich vorliegende zustimmung urhebers ngers weder implizit explizit irgendeine verbindung unterst tzung billigung andeuten einschr teile deshalb schutzgegenstandsbegriff fallen weil pers nlichkeitsrechte bestehen anders lautende schriftliche vereinbarung zwischen geschlossen ngel arglistig verschwiegen wurden bietet ausschluss konkludent garantien irgendeiner freisein sach rechtsm ngeln erkennbarkeit verkehrsf higkeit verwendbarkeit bestimmten zweck korrektheit beschreibungen haftungsbeschr nkung ziffer haftet grober fahrl ssigkeit vorsatz dar keinerlei freiwillige folge er glichkeit ihres eintritts unterrichtet erl schen erteilte wirkung zukunft kenntnis weiteren handlung vertragsparteien bedarf rlichen juristischen personen enthaltende entsprechende haben nachtr entstandene lizenzbeziehungen weiter ihrerseits mtliche halten ziffern fort unbefristet bis rechtliche ausl uft abgesehen anzubieten eigene weitergabe jederzeit einzustellen ndigung widerruf weiterlizenzierung grundlage bereits zuk nftig dient cksichtigung vollumf wirksam bleibt sonstige bestimmungen jedes mal genommen empf gleichen umfang urspr nglichen sollte bestimmung unwirksam wirksamkeit soll abbedungen kein verzicht betroffene seite zugestimmt zusammen ihr vorgesehenen erlaubnissen zustimmungen tats chlich vorliegen abreden vereinbarungen rungen genannt rechtsgesch ftliche verh ltnisses modifikationen etwaige zus tzliche einseitig bermittelte gebunden modifiziert derlei wirken angebotenen anderweitige getroffen wahlfreiheit besteht findet republik sterreich anwendung partei dergleichen rechtlichen gesichtspunkt irgendwelche abstrakt konkret zuf llig vorhersehbar zusammenhang entstehen vorangegangen tze pflichten parteien marke notwendig kenntlich steht gehender schriftlichen erlaubte richtet marken nutzungs richtlinie aktuellen fassung ffentlicht anfrage klarstellung markennutzung kontaktiert adapting 3a 3b 3c 4a 4b 4c unaffected recognised nonwaivable ix 1968 cth 1974 territory trading ordinarily domestic clauses waivers capital namensnennung deutschland abwandlung eigenpers nlichen ge verblassen daran schutzrechte benutzung abwandlungen nliche nutzungsrechte zeigen ffentlichungen sentationen nglichmachung ausstellung veranstaltungen vorgang erstmals rperliche fixierungen tontr elektronisches schranken terrechts anderer weiteres zustehen einfache arten weisen umtes einfaches nutzungsrecht jedermann einzuziehen einziehung resultierenden nutzungsrechts mehrerer wenig rechten hrleistungsbeschr hren seiten verschulden vertretenm ebenfalls vorliegt verletzung lebens rpers gesundheit wenigstens vorzuwerfen umten bundesrepublik igo intergovernmental established instrument possessing borders enjoy immunity igos rental translations lasts emblem discovering conventions settled amicably procedure mediation proceedings 45 arbitration uncitral arbitral tribunal arbitrator headquarters telephone conference submissions naamsvermelding geen advocatenpraktijk verleent juridische diensten verspreiding van deze licentie roept relatie het leven verspreidt informatie staat niet voor inhoud verstrekte sluit aansprakelijkheid uit enigerlei schade voortvloeiend gebruik indien voorzover wet bepaalt hieronder omschreven wordt ter beschikking gesteld overeenkomstig voorwaarden publieke beschermd op grond auteursrecht naburige databankenrecht enige toepasselijke uitzondering toegestane enig ander toegestaan door uitoefenen verleende betrekking tot aanvaardt gaat gebruiker akkoord dien verstande dat voorhand voldoende duidelijk kenbaar te zijn ontvanger licentiegever inachtneming desbetreffende definities verzamelwerk een waarin geheel ongewijzigde vorm samen meer werken elk afzonderlijk zelfstandig vormen samengevoegd voorbeelden tijdschrift bloemlezing encyclopedie zal toepassing afgeleid worden beschouwd gebaseerd reeds bestaande vertaling muziekschikking toneelbewerking literaire bewerking verfilming geluidsopname kunstreproductie verkorte versie samenvatting muziekwerk betreft synchronisatie tijdslijnen bewegend beeld natuurlijke persoon rechtspersoon rechtspersonen volgens aanbiedt aanbieden maker oorspronkelijke gemaakt heeft hebben onder mede verstaan uitvoerende kunstenaar fonogramproducent omroeporganisaties zin producent databank databankenwet auteursrechtelijk beschermde aangeboden fonogram eerste vastlegging omroep programma zover dit krachtens jurisdictie ingevolge uitoefent eerder geschonden uitdrukkelijke toestemming gekregen om oefenen ondanks eerdere schending beperkingen uitsluitende niets strekt ertoe beperken voortvloeien uitputting rechthebbende licentieverlening hierbij aan wereldwijde exclusieve navolgende vrij duur intellectuele eigendomsrechten reproduceren opnemen meerdere verzamelwerken opgenomen maken afgeleide inbegrip welke welk dan ook wijzigingen aangebracht bijvoorbeeld kan toegevoegd engels spaans vertaald geval verandering aangegeven veranderd verspreiden exemplaren openbaar tonen uitvoeren beschikbaar stellen deel opvragen hergebruiken volledigheidshalve vermeld afstand vatbare heffingsregelingen thuiskopie n zich voorbehoudt dergelijke heffingen innen al middel auteursrechtenorganisatie bij zowel commercieel heffingsregeling leenrechten doet collectief rechtenbeheer vergoedingen lid organisatie mag behulp thans bekende dragers tevens gerechtigd technische brengen noodzakelijk uitdrukkelijk voorbehouden maar beperkt artikel genoemd nationale implementatie europese databankenrichtlijn beschickt gebonden volgende uitsluitend exemplaar toe voegen toont uitvoert stelt afwijkende bieden waardoor wel mogelijkheid ontvangers sublicentie geven vermeldingen verwijzen naar uitsluiting garantie laten staan voeren technologische voorzieningen voorgaande uitmaakt houdt afgezien zelf maakt verzoek vereiste verwijderen praktisch mogelijk conform hij tenzij sprake auteursrechtvermeldingen wijze redelijk verhouding gebruikte naam vermelden haar pseudoniem partij uitgeverij naamsvermeldingsgerechtigden auteursrechtvermelding algemene redelijke verplicht redelijkerwijs toepasbaar aanwezig waarvan hoort verwijst betreffende overeenstemming franse scenario genoemde vereisten voldoen echter naamsvermeldingen ieder geplaatst dienen makers overige teneinde naamsvermeldingsverplichting gebruikmaking indruk wekken verband sponsorschap goedkeuring q diens zonder afzonderlijke voorafgaande schriftelijke hierboven vermelde onderdelen geacht vallen definitie zoals omdat zij moeten uitgeoefend morele verzetten tegen elke misvorming verminking aantasting nadeel zou kunnen toebrengen eer waarde hoedanigheid hem zijnde wettelijke bepaling doen vrijwaring schriftelijk overeengekomen partijen hetzij anderszins garanties eigendomstitel verkoopbaarheid geschiktheid bepaalde doeleinden mogelijke inbreuk afwezigheid latente tekortkomingen juistheid fouten ongeacht opspoorbaarheid daarvan beperking enkele jegens bijzondere incidentele gevolgschade zelfs hoogte risico indiging daarin vervallen automatisch moment strijd licenties ontvangen blijven zolang houden na artikelen onverminderd kracht verleend behoudt desalniettemin allen tijde gewijzigde licentievoorwaarden langer dergelijk besluit intrekking gevolg blijft indigd diversen keer biedt nietig rechtens afdwingbaar zullen volledig nietige afdwingbare tussenkomst vervangen geldige waarbij doel strekking zoveel acht genomen verklaring wijziging geschieden getekend verantwoordelijk respectievelijk wiens vereist bevat volledige overeenkomst tussen gegeven afspraken aanvullende bepalingen mededelingen gewijzigd wederzijdse instemming merkrechten aansprakelijk gehouden derden twee volzinnen verplichtingen zichzelf beperkte iedereen erop wijzen geeft merknaam daarmee houdende merknamen gebruiken geoorloofde alsdan geldende richtlijnen bekend tijd desgevraagd merkrechtelijke kunt marketability toward monetary kommerzielle ihne rechteeinr vorrangig ftlichen vorteil geldwerte berlassen vertragliche verpflichtung hierzu etwa wege angesehen schutzgegenst nde zahlung geleistet kommerziell definierten zwecke angeboteten towards noderivs weitergehende untersagt icommons rechtsanwaltsgesellschaft lizenzentwurfes erbringt ihrem urheberrechtlich tzte unten beschrieben einschl gige hier beschriebenen voraussetzungein vertragsbedingungen werkes verstanden ihre lizenzelementen lizenzcharakteristika ausgew hlt ngigen elementen darunter angeordnet hilfe elektronischer datenbankwerke bt verletzt schutzobjekt geschaffen schutzrecht urheberrechtlichen ausgabe nachgelassenen datenbank funksendung laufbild benden nstlers sst ersch pfungsgrundsatz lizenzvertrages lizenzgeb hrenfreies nktes verwerten auszustellen vorzutragen aufzuf vorzuf senden funksendungen nglichmachungen aufzunehmen lichtbilder weiterzusenden umzugestalten ausge beinhalten wahrzunehmen dateiformate schutzgegenstandvervielf ndern keinen schutzma versehen zugang kontrollieren widerspruch stehen verlangen jeglichen aufforderung rechtsinhaber sp teren denselben dieselben lizenzelemente enth vorhergehenden satz erfordern haupts vertraglich geschuldete abzielt ftlicher urhebervermerke rechtsinhaberschaft vorgenommenen anerkennen nennen nftigerweise durchf hrbaren verbindende geschehen urhebervermerk eingegangen franz sische drehbuch beruht wobei gleicher stelle lliger vergleichbare obwohl ss umfassender grenze nlichkeitsrechten nstler berechtigte interessen ansehen ruf gef hrdet gesetzlich beeintr chtigt anderweitig vereinbart erteilten mangelhaften lieferung verk rperungen regelung gesetzlichen vorschriften grobe vertragsende enden vorausgesetzt erf vertragsbeendigung unbegrenzte dennoch beenden voraussetzungen endet schlussbestimmungen erwerber denen lizenzbestimmungen unwirksamen tritt ersatzregelung angestrebten chsten kommt nichts dahingehend ausgelegt vertragsverletzung lange verzichtenden zustimmenden vertragspartei unterschrieben hinsichtlich gibt erg nzenden ndlichen tzlichen absprache nnten bereinstimmende abge haftbar ungeachtet vorstehenden zwei lizensgebers ausser nkten hinweises lizensiert darf kenie hnliche genehmigung gestattete breeinstimmung paternit pas utilisation commerciale partage initiales identique est un cabinet avocats ne fournit conseil juridique la sente ce cr aucune entre ci apr cette offre tat seule fin saurait tre tenu responsable ventuels judices sultant du contenu ou oeuvre telle finie dessous mise disposition selon termes appel nomm ici cpcc prot par droit propri litt raire artistique auteur droits voisins producteurs bases donn toute autre loi autrement explicitement autoris interdite exercice sur tout propos vaut acceptation celui partie offrante acceptante certains acceptant approuve finitions esprit geable qui dite une dans laquelle forme int grale modifi assembl ensemble collectif avec autres constituent mes oeuvres ind pendantes notamment dites collectives riodiques encyclop aux autorisation constitue sera consid comme riv soit partir existantes traductions musicaux th trales raires cin matographiques enregistrements sonores reproductions proc quelconque sum sous puisse remani cas o serait musicale enregistrement sonore synchronisation anim pour personnes physiques offrant personne physique morale proposent accepte exerce sans avoir viol alable expresse exercer cadre malgr dente attributs riques tels ils choisis indiqu titre exclusifs duire limiter restreindre rogatives puisement ayants lois applicables soumis finis ceci pendant dur accorde mondiale gratuit exclusif suivants reproduire incorporer plusieurs incorpor lesdites distribuer exemplaires senter repr communiquer technique compris phonogrammes lorsque base extraire utiliser substantielles mentionn dessus peuvent exerc dias techniques incluent effectuer cessaires techniquement sont ment dont il aurait gestion demeure serv canismes obligatoire crits assujettie suivantes peut voie num rique uniquement doit inclure copie adresse identifiant uniforme ressource distribue communique offrir imposer alt restreignent ficiaire conserver intactes toutes informations renvoient exon ration responsabilit utilisant mesure contr acc contradictoire cet contractuel mentions appliquent mais dehors elle soumettent si demande devra retirer rence ult rieure comprenant exemple japon tel crit avertissement aucun conf objectif obtenir financi personnelle lectronique fichiers moyen paiement intervient reproduit gime attribuer mani raisonnable dium utilis nom son ventuel pseudonyme originale existe cifi associ moins renvoie gales indiquer ments traduction anglaise sc nario bas ces doivent ex cut cependant appara aussi celles apparaissent soumise gal collecter redevances interm diaire soci perception partition comp tente concern radiodiffusion publi fins retransmission ble satellite priv fix vid ogrammes reprographie mettant clare bonne foi connaissance limites enqu obtenu pouvoir autoriser permettre jouissance paisible licite ait verser mun limite constitutive ni marques diffamation vie judice lictuel gard tierce situations sorte tacite exactitude ordre impos parations vis raison vues orie gale mat riel cution hypoth avait siliation manquement entra automatique coulent conserve ses effets envers morales tant respectent pleinement leurs continuent appliquer applique anmoins exploiter contractuelles diff rentes cesser diffusion recours conduire continuera jusqu intervienne crites divers chaque identiques ceux nullit inapplicabilit affecte celle dispositions resteront valides additionnelle devront interpr cessaire leur validit applicabilit renonciation pourra consentement seul annexe suppl mentaire mandat portant pourrait mutuel fran ais cline quel fondement subi surviendrait rapport identifi mettre jouira informer utilisera marque aff effectu conformit lignes directrices jour telles disponibles alike england capitalised edit singular disseminate treatment 1988 spoken disseminated recognise alternatives premises howsoever holding 6.4 financially investigate attempting events facilitator con nection bergeordneten ausdruck rechtsordnungsspezifischen aufw rts verwendbare verwendbaren ported nc 49 102 jp ssection kompatible aufgelistet grunds tzlich vorliegenden quivalent akzeptiert da folgende ziele verfolgen gleiche bedeutung wirkungen erzeugen lizenzieren unterstellten vorliegender rechtsordnungsspezifisch angepassten aufweist kompatiblen leisten dedicator certifier certifies dedicates dedicators recognizes shield intends contingent transmitted exploited yet conceived treatments citing cdl relatively maintaining simplicity size credited consistency constraints safely desire inappropriate desiring finely grained expansion briefly summarizing evident specifying distr ibution ure v.1.0 signifies formation analytical trends correlations inferences insights gathered enhanced subset composed organized securities appoint erase locally outcomes outputs studying analyzing evaluating humans coordination protectable hyperlinks virtue accounting assure violate confers executors assigns workgroup outcome learning ledger store deter platform field endeavor purport logiciel libre concertation auteurs afin deux grands principes daction civile intellectuelle titulaires patrimoniaux logiciels libres tendus utilisateurs cecill1 commissariat energie atomique cea tablissement caract scientifique industriel situ 31 33 rue 75752 paris cedex centre recherche cnrs technologique michel ange 75794 institut informatique inria domaine voluceau rocquencourt bp 105 78153 chesnay preambule rer libert gi mod assorti devoirs statut cours rieures accessibilit contrepartie faire peser titulaire conc dants successifs restreinte utilisateur attir risques chargement veloppement cificit rendre complexe manipuler donc veloppeurs professionnels avertis poss dant connaissances informatiques approfondies invit charger tester ad quation besoins permettant assurer curit syst ralement diffus librement ajout suppression susceptible cide soumettre exploitation contient 1er lorsqu seront lettre capitale auront signification suivante signe ventuelles post annexes objet ch ant licenci premi programme auquel vue modifier binaires issus tenteur ayant contributeur distribuant corrections nouvelles fonctionnalit gr ainsi statiques fois compil cutable permet aliser mentaires fournis dynamique cutables pendants cutent espace adressage appelant statique li lien rendant regroup collectivement entendent singulier pluriel concession transf rable acquise fait premier faits serveur distant exemplaire contenant relatif exp riment mis alablement reconna pris entree vigueur duree produira etendue concedes destinations taill ailleurs gracieux brevets tient inventions impl quant domaines cis cela comporte permanente provisoire affichage stockage possibilit observer tudier fonctionnement terminer id importe effectue vertu apporter traduire arranger mentionner fa explicite ation transmettre reux redistribuer 5.3.1 conformes respecte totalit accompagn articles redistribu permette futurs facilement complet indiquant modalit entendu additionnel acquisition exc transfert 5.3.2 modifie apporte alors soumises gralit 5.3.3 dynamiques velopp distribu 5.3.4 compatibilite gre propriete lesquelles choisi diffuser uvre nul facult maintenir gislation reste choix gissant communes 6.4.1 supprimer quelque appos 6.4.2 porter atteinte directement indirectement contributeurs prendre personnel mesures dits oblige alisation prestations assistance proposer termin acte actes engageront engagera lui lors souhaite res feront responsabilite cute mises prouver faute solliciter paration subit apportera preuve engagements engag dommages dus inex totale partielle directs indirects coulant subis agit professionnel professionnelles conviennent financier perte fices commandes manque gagner trouble dirig contre dommage ouvre actuel scientifiques circulation rifier utilisations tecter fauts point rel ve ler moyens produit bon causera biens fourni valeur curis innovant particulier garantit exempt erreur fonctionnera quipement logicielle remplira 9.4 porte brevet exclut contrefa pourraient diligent aide fense protocole gage nomination apport rieurs resiliation silier plein trente jours adress effet sili aura rieurement aient diverses exterieure retard faillance majeure fortuit ext mauvais interruptions seau lectrique paralysie attaque intervention autorit gouvernementales catastrophes naturelles ts eaux tremblements terre feu explosions ves conflits sociaux guerre omettre valoir impliquer ress annule remplace crite orale entier faite sentants habilit av rerait contraire texte existants vaudrait feraient amendements conformer ner langue aise divergence tation copier coh lesquels servent publier riodiquement deront chacune ro distinct susceptibles compte probl matiques rencontr 12.3 competence territoriale tenter gler amiable rends litiges viendraient produire occasion faut lai mois compter survenance sauf dure urgence port diligente devant tribunaux tents ll 06 main guiding drafting firstly conformity torts secondly codes establishment france conditional counterpart successive loading complicated manipulate experienced professionals depth load enabling ensured herefrom decides letter integrated static supplementary dynamic spaces calling interdependent occurrence notably exercises hereinabove unrestrictedly relates temporary storing entitlement observe establish ideas unhindered elected undertakes govern affixed staff incur therefor financial fault evidence pecuniary disturbance instituted verified detected drawn verifying tacit innovative tacitly decided memorandum understanding remained excusable attributable god electricity telecommunications networks blocking virus authorities disasters water earthquakes fire strikes labor unrest war invoke interested replaces duly legislative precedence amendments authentic coherence wording periodically encountered settle disagreements emergency broad conformant 25 leblanc immeuble ponant 75015 space characteristics exploiting transferees subscribe behind ruled develops safe paralysis amicable solution failing dated 09 05 nergie nergies frequently asked questions info index expertise indications 5.3.5 evolution carried purchasing cern ohl 07 08 geneva switzerland ohwr foster collaboration designers meanings schematic diagrams circuit drawings explanatory versa applicability sub firmware loaded programmable quantity dates manufactured secret assignment acronyms save involvement initiates 6.5 award renounce v1.2 masculine gender feminine neuter genders abstraction native cad abbreviations weakly strongly intermediate configure assembly compiling declaration initiated considers prospective sourced interfacing visibly securely testing subsections 8.5 breaches failed repeat 8.6 interfaced specifications nasa cs nrl jpython 1006 remedied remediable 1.6.1 1013 copyfree privilege assembler henceforth inferred assemblers cpal socialtext organizer initiating session login screens meeting blank ibm cpol 1.02 republished dvd whitepapers wishing repost republish lease leased rented immoral improper head cua cuapl cuaoffice sourceforge caldera unix bit pdp cpu early 32 32v catharon jul 04 introduction productions inspired ijg jpeg freeware promise pretend unsure paid typography contracted clarified encourge nonfree specification submits retrieved 2.1.1 2.1.1.1 2.1.1.2 2.1.2 2.1.3 2.1.3.1 2.1.3.2 2.1.3.3 md issuing pull implementer 2.1.4 defensive 2.1.5 implementing withdrawal encumbrance assignee deliverable adoption antitrust participants various imperative engaging competitive deliverables conduct announce generality discussion pricing channels division markets topic discussed competitors auspices willfully circumventing transferee knows search consultant governance entering 9.5 9.6 commenting updating 9.7 pending unpublished 9.8 implements 9.9 9.10 9.11 9.12 9.13 9.14 condor october team sciences wisconsin madison condorproject citation approval obtainable admin wisc transfers criminal professor miron livny 7367 1210 dayton st wi 53706 1685 cornell russian sergey vovk serge winitzki andrey chernov moscow russia cwpuzzle dtx consequences marcin krzyzanowski krzyzanowskim crystal stacker around contacting newcreature gaurantees usability touch cube game engine dec relicensed deutsche ministerium wissenschaft forschung nordrhein westfalen erstellt axel metzger till jaeger rechtsfragen freien ifross ambel mehr wirtschaftsgut informationsgesellschaft frage teilhabe allgemeinheit deswegen besonderer herk mmlich lizenzierte vertrieben programm weitergeben lizenzmodell synonym dagegen umfassende freiheiten umgang folgt ihren vorstellungen nderter verbindet rechtseinr allerdings zirkulieren programms ffentlichten fortentwicklungen sichern dann jedem erh mitliefern zugriff erm glichen weitere pflicht betrifft frei gegeben nimmt besonderen anforderungen deutschen europ ischen cksicht zweisprachig gestaltet damit internationalen vertrieb ausgerichtet dokumentation beschreibung aufbaus struktur programmierung funktionalit gesondert geschlossene angebot lizenznehmer angenommen computerprogramm rechtsinhabern verbreitet maschinenlesbare bersetzte personenkreis nlich zugeh rigkeit miteinander verbunden bereithalten datennetzen inhaber lichen menschen lesbare programmiersprache dargestellte erweiterung rzung weiterentwicklungen datentr gern ndiger erstellung benutzten konfigurationsdateien werkzeugen tigten allgemein gebr uchlich kompiler hrenfrei abrufbar entsprechend nderte versionen kombination teilen hiervon programmen beim vermerke auskunft geben wahrnehmbaren fsl wahrnehmbarer programmstart angezeigt ersten nutzbaren programmbestandteilen abh mitgeliefert mitlieferung kombiniert formal inhaltlich eigenst ndig kombinierten eigenen dateien bestandteile teils enthalten programmkombination blichen hinausgehen kombinierte sinnvoll nutzbar zwar entweder alleine auffassung betroffenen fachkreise fachkreisen vergleichbarer entwickeln benutzen lizenziert genutzt sollen entfernt ersetzt derivate entsteht beurteilt lautet abgerufen fsf nderten aufnehmen datum erkennen bestehende bernehmen hinzuf anstelle versionskontrollsystem weiterf mitverbreitet einfachen entgelt erwerben gebrauchsmuster wahrnehmen geregelten hierf beachtung mitverbreiten abs vertragsschluss abschluss vertrages softwarelizenz unterbreitet anwendbaren bestimmungsgem annahme meisten rechtsordnungen ablaufen ltigungen haupt arbeitsspeicher sicherungskopie fehlerberichtigung rechtm ig erworbenen rperlichen absatz hinausgeht zeitpunkt rechtlich verbindlicher vertrag zugangs annahmeerkl rung direkt unterlizenzierung beendigung zuwiderhandlung verpflichtungen automatischen dritter entgegenstehende haften hatten informieren fehler getroffenen existiert regelungen vertr regelt beziehung nkt freiheit kopien leistungen anspruch nehmen beliebigen inhalts nachkommen berlassung weiterzugeben entscheiden wem technischer kopierschutzvorrichtungen verhindern erschweren passwortgesch zugangsbeschr intranet nahme deutscher englischer sprache abgefasst beide fassungen gleich verbindlich begriffe dieselbe unterschiede geblich ziels zwecks besten einklang bringt lizenzrat neue kraft setzen zumutbar internetseite eindeutigen versionsnummer verbindliche ffentlichung rechtsbehelfe anwendbares deutsches anhang unterstellen empfohlen folgendem dl datenlizenz bereitgestellten metadaten ltigt ausgedruckt sentiert bearbeitet bermittelt zusammengef neuen datens tzen interne externe ftsprozesse produkte anwendungen netzwerken eingebunden sicherzustellen quellenvermerk bereitstellers gabe vermerk verweis lizenztext govdata datensatz datenhaltende bereitstellt gestaltungen germany fulfils meta processed merged datasets annotation dataset zero ace tao ciao dance cosmic douglas schmidt washington irvine vanderbilt perpetually ship misappropriate copyrighting claiming needn let stories sites isis louis submitter uc students enhancement y2k daylight congress policy dst expand calendaring upgrade suggestions detection drl messages matches discloses chicago authored steven benson mathematics argonne 60439 yinyu ye stanford mcs anl gov idaho usefulness privately recommendation favoring opinions reilly arbortext fujitsu norman walsh advancement structured oasis sdbcent 01 02 nwalsh docbook xml dtd simplified declaring referencing notations schema tdg5 ch05 notdocbook db4 xsl 8905 47 07z bobstayton stylesheet strings confusion stylesheets ndw sf documentclass educational osedu ecl inventor eiffel forum depend epics unbundled repthat warned esa v2.4 sec usually implying changelog mandatory deception fraudulent knowing german chamber arbitrators cologne lie registering average austria belgium czech republic denmark estonia finland greece hungary ireland italy luxembourg netherlands poland portugal romania slovenia spain sweden kingdom 3.2.1 3.2.2 3.2.3 obliged dual 2025 weak 3.2.4 separated eu datagrid edg toolkit hep grid contemporaneously off machinereadable 238 establishing v.1.1 elastic hosted move disable proprietorship vote entessa openseal erlang substantive controversy swedish stockholm city ericsson utvecklings saarbruecken mauldin recreational anonymous fraunhofer fdk aac codec android mpeg coding encoding decoding v2 regarded today efficient perceptual codecs eld bandwidth studies standardized iso iec vialicensing streams manufacturers floating check circuits iis multimedia departments wolfsmantel 91058 erlangen amm makefile alv2 abbreviation substitutes advance second freetype jan 27 relate makefiles turner robert wilhelm werner lemberg alpha ftl isn contacts nongnu discusses wanted looking haven devel internals home club thing frameworx committed belief empowered productive objective innovations beliefs objectives archived reconstituted compression consulting versioning outsourced nominal reflecting favorable commensurate legend legends invitation viewer inspection distributee distributees preserves companys facilitated evidenced sgml rtf dtds converted ieee std 1003.1 portable posix electrical electronics engineers reprint reprinted discrepancy referee opengroup membership forums freeimage descr ibe floris berg fipl dutch excepting almelo revenues factors wxs nl flvdberg count resolve gd oversights pierre joye pleased gd2 philip warner png greg roelofs gdttf john ellson graphviz gdft color quantization doug becker 1997 1998 thomas lane gif jef poskanzer rowley thread safety boutell koblas wbmp maurice szmurlo johan brande animations jaakko hyv tti hyvatti iki fi thank hutchison textbook complements manuals principally instruction front deals publishers overall historical philosophical ethical political position invariant titles texts passages transparent edited editors pixels editor formatters markup thwart discourage readers opaque ascii texinfo conforming processors legibly near obstruct enough numbering 100 enclose equally voluminous ones onto anonymously prudent retailers chance history five locations omit four acknowledgements dedications tone numbers endorsements retitle appendices authoritative passage old adjustment extracted claimed self quarter surround disagreement nontrivial parallel xcf jpg xyz subunit translates stands half bracket h massive multiauthor mmc anybody gl2ps glwt luck clue leave trace track blame godspeed try mercy simplest usual humanity 19yy 675 mass ave cambridge 02139 19xx scott bilas allegro giftware gift hack improvement perhaps learn trust generosity shawn hargreaves 3dfx glide graphics accessibility minor subdivision dfars 7013 plotkin predates concept truly eula gems resell gesture flaws nobody webmasters jerk remember hdf5 hierarchical utilities hdf fortner unidata netcdf jean loup gailly adler gzip lbnl prime ac02 05ch11231 ac52 07na27344 llnl partially 7405 eng doe hewlett packard maynard lars fenneberg imag intel currentness automatrix bioreason mojam contemplating southern ksu furthermore cybersafe tatu ylonen ylo ngs openvision jim knoble jmknoble pobox alan cox redhat red henrik harmsen richard hecker critical tidy hypertext haskell hippocratic consult global compact hague 43 admitted transcripts hearings decisions awards powers safeguard 41 groups harmed deficiencies settlements fines illegality unenforceability ethicalsource dev deems extends clarifications markers legalese undesirable ought vendor ansi2knr peter deutsch proprietor menlo autoconf distributable config guess ltconfig ltmain arithmetic spec mitsubishi marginal unpatented huffman unlikely entanglement unisys lzw altogether uncompressed gifs algorithm decoders compuserve sm 1992 ipa video pictures tv broadcasting symbols distinguished presentation exhibition extracts rendering mechanisms postage setting redistributes substituted respond inquiries breached conducting conceivable standardization 1986 8879 lets imagemagick forbids studio endorses assemble feedback v3 php imlib2 marketing links explanation zip bush karl davis harald denker dubois hunter goatley ed gordon gorman chris herborth dirk haase hartwig heath jonathan hudson paul kienitz kirschbaum johnny lee onno linden igor mandrichenko steve miller sergio monesi keith owens george petrov kai uwe rommel salisbury dave smith schweda christian spieler cosmin truta antoine verheijen behren rich mike command unzipsfx sfxwiz extracting sfx disabled ports graphical labeling variation capitalizations pocket unzip wiz maczip misrepresentative inner 2.00 labelled followed real inno setup jordan russell occurrences boxes adds reexported cuba iraq libya north korea iran syria sudan afghanistan acpi corp irrespective exports foreign destination interbase borland ib vi amendment ipl inprise java javascript ii.1 ii.2 ii.3 jpl ending electing caltech caption insignia meatball logotype worm seal bert ulrich pos dc 20546 202 358 1713 4331 hq stylized letters colors institutional instcomm likenesses vendors journalistic bellow jpnic japanese kokusai kougyou kanda bldg 6f uchi chiyoda ku tokyo 0047 jasper mission life weapons ambule transformer loin ignorer reformule principe atif conduit favoriser ouvrir ressources grand nombre multiplier jouissances amplifier reconnaissance invention nouveau apparu amplification artistes contemporains savoir demeurer encore ritablement dire rester fondamentale concr couvrir inconnu inventer el avant souci alisme confondu fini essentielle promouvoir pratiques artistiques lib seules gles conomie commune comprend originelle originaux cons quents originel finit faites initiateur vont quentes propositions contribuent faisant finition actualisations tations sens origine arborescence termine travail contribue quente finir vous pouvez jouir tendue indique quelles vos avez amis employ sentation respectez joindre trouve destinataire originels partielles pourquoi permis grer nier votre choisissant contribuer volution acceptez seulement prend acception perdez automatiquement tes respecter guli rement lioration acteurs mouvement attitude rot toujours contenter contenues communiqu ficier lal uvres chacun quels genre gle rale favorise reconnaissant volu offrent naturellement transformations tent favorablement augmenter avantage interdiction nous signons autant initiale finies participent sentent quelle initiaux pourront souhaitent donnant constituer obstacle gration anthologie pendamment compatibilit lucratives quand galement ciprocit pondant intellectuels autorisations nent dessaisissement implique propres contexte goes transforming blur distinction treats blurred weaker seen achieved faster lexicons grammars legible encrypted encrypt loop 77 617 253 1000 symbolics cloe runtime minima genera zetalisp executive east burlington 01803 221 lucent characterization technologies lppl 03 particularly unrelated pig sty ctan impression listing complain renaming string reported maintainers extension ins fd attempts unavailable cfg cfgguide latest notes whilst exchangeability aspects latex3 deprecates modguide exceptional recommendations considering superseding nowhere bears forbidding eight borne filename reporting locator wise accident forget violating behavior altering paths motivation constrained manifest unequivocal comprise noting bearing defines categories category necessitated target nfs usable maintainer nominated interpreting exactly exemption unambiguously detailing log relax honors unmaintained reached active successful enquire unsuccessful reachable 2b challenged unreachable unambiguous significantly implications worse conjectures replacements stability task lzma sdk pavlov ppmd var dmitry shkarin sha 256 wei dai crypto cise sujet entend dernier accorder destin livrer ordinateur sujette alis importante fichier incorpore cuter licencier approuv certifi temps lequel frais raisonnables livraison valide tiquettes concernant supprim inapplicables entente distincte particuli permettrait requise rils acqu reur pondre besoin donner sultat lier rien emp exclure stipul toutefois corrig prise subs quent expr partag recevra cifique liera choisir actuelle minist organisme gie contestation seuls retir cipiendaire assumer troisi alin combin assujetti niveau sup rieur moindre cpl forte gplv2 gplv3 lgplv2.1 lgplv3 libpng 1.2.6 1.4.5 glenn randers pehrson 1.2.5 1.0.7 simon cadieux eric raymond gilles vollant 0.97 1.0.6 tom willem schaik 0.89 0.96 0.88 bowler kevin bracey sam bushell magnus holmgren tanner 0.5 andreas dilger martindale guy schalnat tim wegner printf pngbar 88x31 pngnow 98x31 glennrp incorrect professionally formatted unaccompanied lucida bigelow holmes icons mountain possessors accommodate validated mapped severally mips click w3c edinburgh reflects khronos normative registry synthesis stk canonical wu urls mmixware uncorrupted everywhere cweb master supposed tried minecraft denotes mojang interacts decompile standalone wider dependency dependencies explicitely implicitely prerequisite fundamental misuse mad decompiled derivation derive instanciate objects calls totality mmpl mods modloader modloadermp bukkit simulation statuary shareware unavoidable jams enddispute lpl windows rl mtl dresden indiana simunova ug gottschling lumsdaine matrix template tud iu notre dame pervasive labs 1100 waterway blvd indianapolis 46202 phone 317 274 5905 5902 trojan horses trap doors worms harmful mackerras paulus ozlabs makeindex pehong chen phc renoir harrison palo alto shipping supported happens macro minpack miros utmost gross defect motosoto 0.9.1 portal updatesor preexisting lic ensor reselle rs 0.9 thanks coscl cn mulanpsl mulan psl v1 comprised suggested fill blanks annotated mulanpsl2 chinese multics bull hn donation bell laboratories electric honeywell groupe 1963 1970 mid 1970s leadership fernando jose corbato managing 1975 europe nara naist tortuous entries icot contravene experimental nonexistence participated officials commencement exempted concerned registration visit acquires employment 3h bracketed servants characterize fulfillment participation register visiting statistical monitoring statutes subcontractors unilateral breaching superseded boolean 22 redwood biotechnology duties medicine nlm sector flexibly v2.0 onward exemptions accessed scotland departmental organisation crests royal arms integral british passport suggests keeper crown verb ucar ncar cisl atmospheric sponsors nethack stephenson bison stallman extensive go ahead farther nicta ict nist untied characteristic norwegian nlod preface stipulated addressing neighbouring chapter photographs whereby disperse contexts legitimate sensitive entail impediment commits practically cf misleading distorted relevance indicative navngivelse norge ministry reform church affairs pursue venues modernisation lamiral billais 35580 baulon netizen leds pty nosl xen victoria hearing appeals nopl communicator branded horizon lighthouse reintegrate v.1 v.2 v.3 finalizing preparing netcenter gecko smart browsing declares derives stricken distinguish naval lite ntia ntp trademarkedname naumen servicemarks enhance nokia nokos votes exceutable appointed central helsinki noweb ramsey buys permisson oar cascade 6.6 fr montgolfier 78280 guyancourt debug circulate schedule matra eads datavision cade opencascade 15.2 fifteen 15.1 15.3 simplifi sas oclc integrating thought parents modifiable purl orpl integration revise preexist redo bulletin severable substitution unlawful ohio odc audiovisual collected methodical transposed utilising query contracting insubstantial terminable endeavour accesses exposed 5.0 subsist 6.0 teaching utilise evaluated quantitatively qualitatively 7.0 custom 8.0 proved 9.0 4.8 60th stopping 10.0 odbl mainly uniformly clarifies varies tables indexes entry sheets authorise 4.6 4.7 4.74 authenticated kuratorium offis healthcare escherweg 26121 oldenburg diseases cooperative differentiate ogc geospatial uris 104 tw outreaching promotion efficacy obstacles formed qualified pure recite formality initio declared compensations unpredictable jeopardize sanction correcting encounters wrongfully intentional reimbursement wrongful misconducting damaged disbursed china ontario majesty queen 1985 mislead misrepresent controller stationery hmso invites aligned interoperable guidance ogl oglv2.0 v3.0 oglv3.0 buyers adequate conformance reduced investments platforms middleware greatly reduces multi increases satisfaction keeps highly measurable substantiate feel importance modes feed raise committees testcases testcase openldap 2.0.1 2.2.1 2.2.2 2.8 logistics 2023 openlogisticsfoundation insofar temporarily redesign intangible carriers redesigned deriving indispensable countersuit cla countless immaterial devoid mistakes cisg fastcgi lutris openpl opl preeminence conflicting parliamentary crowned portcullis endorsment speaker clerk parliaments lords subsists outer surfaces cited possessive designee hardcopy manuscript freeze attachment appending substantively semantic typographical opencontent wiley opal reply unsubscribe rigen dokumentationsdateien hiermit kostenlos kopieren zusammenf verteilen verkaufen gestatten obige urheberrechtshinweis genehmigungshinweis wesentlichen urheberrechtsinhaber arglistiger uschung leib leben ausgeschlossen ssiger llung wesentlich kardinalpflicht begrenzt schaden typisch vorstehende mitarbeiter vertreter organe oset osdv osetfoundation 3.5.1 3.5.2 injunctive relief willful unjust enrichment sovereign 9.3.1 adjudication 9.3.2 9.3.3 supremacy prescribed volitional licensev ossp variable pkg openmdw artifacts diligence investigations openpbs batch v2.3 veridian pbs 650 967 4675 sales 877 902 4pbs toll ames openssl core young eay cryptsoft tjh ssleay ssl netscapes aheared rc4 rsa lhash rouines apps warning kerberos retrieve underscores gratitude valuable padl pddl uncertainty difficulty protocol tries eliminate norms inherently relinquished harmonisation span disparate difficulties relinquishing waiving relinquishes areas rightsholders unlike arts dedicating cleared rightsholder cautioned facts realises inapplicable foo phpfoo zend 3.01 magyar dmytri kleiner copyfarleft legalcode worker surplus seeks salary wages paratype pt serif mono embedding bundling bundle inserted parity 6.0.0 sourcecode monitor accusing unknowingly breaking broke 7.0.0 artless github licensezero builds won prototypes spdx classworlds codehaus bob polyform polyformproject experiment hobby amateur pursuits religious observance charitable nonetheless 000 usd tax adjust inflation bureau statistics urban consumers seasonally adjusted 1982 1984 2021 2022 reusable invariable qhull computation visualization geometric geometry minnesota ecos sourceware cygnus rhepl integrate configurable reciprocate deploying enlarged distinctly involve distinctive uncovered successfully investigation experimentation contrib unable news honored purely adjusting rpl errant hazardous environments 11.0 12.0 12.4 13.0 subcontract reexporting colorado american adams resolving judgement 13.9 pursuit tpl technicalpursuit rpl1.5 prefer fairness grew loopholes enabled occurred struck consistently finding fuel essence schemas halves pie isolated slice weblogs queries delineates realnetworks rev helixcommunity complicense guids interoperate algorithms assisting rpsl acceptable 12.5 12.6 seattle 12.7 12.8 rcsl helix dna kit recent license1 virtual workspace cvw ricoh industry sissl vovida zope 1note realplayer realjukebox realsystem realaudio realvideo realone player realmedia helixlogo md5 digest rsv silicon valley 2882 sand hill road 94025 7022 3.4.1 3.4.2 theterms rsvs thousand nucler aviation transit medical dangerous catastrophic destruction risource rdisc 2550 garcia 94043 derivations sax megginson mirror abandon sax2 scea sony welcomes optimizations donate foreseeable unforeseeable govermental adjudicate mateo sgi heading stores manage protections retention clarify derogation contributorily learns nearly residents 1600 ampitheatre parkway 1351 oss freeb emphasized relicense reminded obey amphitheatre 52.227.19 subparagraph shoreline 94039 7311 opengl generalized sgmlug parser eliminated aid downtime deficiency citations solderpad unregistered mask instantiation bytecodes fpga bitstreams artwork topographies connect 0.51 shipment hundred twenty 120 deviation subcontractor tier 227.7201 acquisitions openoffice gridengine sunsource smail feb landon curt noll ronald karr worked 542 5942 copylefted monies messaging smp bae requesting voided snacc esnacc abstract notation asn.1 encode decode networking snia smi cim astronomy astronomical sofa iau routines computations descriptions prefix trivial definitive discouraged variations explained disrepute tasks iausofa correspondence ukho hm nautical almanac hydrographic admiralty taunton somerset ta1 2dn spl rfc ssh shell restrictively talks openssh deprecated gmp bn tss arc4 blowfish bookstore hut accomplishes automation backup hosting mongodb sustainable fars saxpath pm implementors starting sendmail 6475 christie emeryville 94608 compilable linkable 8.16 23 139848.1 proofpoint 892 sunnyvale 94089 8.23 350 operational cancel alameda counties supercedes contemporaneous simpl wonders leaving announcing shoulder live helpful sleepycat db harvard mielke awful omission telegraph funded cray scriptics henry spencer sugarcrm sugar v4 1.1.3 powered dimensions 106 sugarforge sunsoft symlinks fad myself detect missing obsolete symlink targets distro gold discs sees tapr artifact hammer motherboard protects patenting oriented abbreviated manufacturing gerber loan cam boards assemblies units subassemblies kits possessor completes activestate wietse venema eindhoven transitive grace tgppl zooko wilcox hearn tmate svnkit ganymed tigris subversion javahl svnclient explictly torque v2.5 emailed torqueusers supercluster mailman listinfo moab adaptivecomputing 801 717 3700 clusterresources locations1 utah pbsworks reslibsearchresult aspx keywords pro duct 20software 20downloads trusster mintz ekendahl cpan sharnoff thor 0.1 richter gover californian specificlanguage tabs ttyp0 uw capitalisation preceded foundry universitaet berlin 15.09.1992 jutta degener carsten bormann 28.11.1994 ooo ago maybe intentions refined append bremen 05.04.2009 tektronix xcms tekcolor tekhvc designates 985 853 cooordinates coordinates mathematical pathways integer eye logbook lotw radio relay league arrl manager newington ct 06111 voice 860 594 0200 0259 ucl nigel tzeng michigan merit desires ubuntu vehicle dissimilar comparing appended unrar rar alexander roshal winrar archiver misusing editions instrumentalities 202.227 nov 212 227 7202 purchased c.2 taxes income vostrom holdings tag modifiers coming vocal vim asks negotiable negotiation bram moolenaar announced ceases confirmed intro himself uploading came blamed buildable buyer warrantee rests readmes w3 20021231 formulation removes ercim host ambiguous assessment keio ensures faq libwww amaya jigsaw beihang wrong sybase watcom fortran feasible wrap affirmative instructing 500.00 di 1983 widget workshop resale wordnet princeton merchant clea rees dean guenther pointers janene winter xfree86 arbitrary suffix xdebug 1.03 derick rethans xerox yahoo ypl delaware 701 abridgement shoes forbearances determines effectuates delegated merger consolidation purported delegation neglect zpl advertised unofficial davies complaints forwarded comlab ox ac zed csp zimbra vmware 3401 hillview 94304 dallas pick favourite smaller chose solar blessing forgiveness forgive bzip2 libbzip2 julian seward jseward bzip pretty scaled 0.3.0 outbound avoided inbound extrinsic symmetrical negate nullification sunset elapsed knew gitorious skilled building adapts transforms 0.3.1 git cve exposures refuse gay egenix 1.1.0 skills gmbh pastor loeh str 40764 langenfeld ouverte avril commerciales monde illimit exprim produits combinant incluant propre derni acquitter renvoyant hypertexte vers assurant xxx originales charg gouv vrier officiel sugg caution entit publique contenir pouvant informe sence garanti tenus cessibles produite ue erreurs ventuellement fourniture caus induire royaume uni figurant l.300 crpa rapportant subordonn nouvelle combinaison vocation administrations publiques souhaitant visant spontan relations facilite gratuite figure parmi cret l.323 etalab ministre etat tablissements publics faciliter l321 continuer obtenues vancouver asnd triumf gsoap mpl1.1 soapcpp2 wsdl2h src wsdl uddi uddi2 samples webserver genivia labels foreseen impairment malfunctioning fsu engelen soaplicense stdsoap stdsoap2 cpp lex yacc error2 symbol2 init2 soapdoc2 httpget stl stldeque stllist stlvector stlset freer style hdparm lord mlord sfl imatix rewrite obviously associate lies payne jove jovehacks 1.6.35 mans rullgard yu mandar sahastrabuddhe google vadim barkov libselinux nsa leffler nugent 47907 victor abell purdue bellcore etnus cownie jcownie prologue listings softwares ritter salyzyn encumberances derivitives psfrag complaining ps angus duggan msc nt os2 descrip mms epsffit man extractres fixdlsrps fixfmps fixmacps fixpsditps fixpspps fixscribeps fixtpps fixwfwps fixwpps fixwwps getafm includeres maketext patchlev psbook pserror psmerge psnup psresize psselect psspec pstops psutil showchar larry wall ldap patrick powell papowell astart softsurfer imagined openbsd postcard qsl card diane bruce va3db panagiotis tsirigotis extant 2.1.8.7 rob braun sensor 2.1.8.9 pre14a grubb exerpt recieved xinetd 2.3.0 2.1.8 summarizes naughton wind extreme lab pullparser univeristy okay",
    lengths: [97, 1626, 5516, 1586, 1356, 250, 180, 546, 374, 208, 236, 226, 213, 2566, 2768, 1072, 2562, 1694, 2129, 2228, 2957, 5633, 112, 174, 4369, 1211, 165, 141, 3699, 2349, 404, 228, 642, 142, 1431, 150, 433, 200, 291, 66, 206, 132, 1538, 352, 83, 726, 777, 1404, 1400, 2654, 152, 81, 865, 355, 356, 327, 167, 213, 86, 7123, 3156, 3214, 3156, 3216, 325, 343, 105, 42, 259, 278, 245, 69, 71, 122, 1874, 363, 346, 38, 1088, 761, 965, 817, 951, 30, 196, 155, 228, 218, 185, 95, 239, 209, 299, 234, 238, 248, 243, 247, 270, 226, 208, 225, 255, 147, 247, 63, 102, 228, 224, 286, 259, 963, 189, 185, 311, 431, 60, 237, 106, 52, 3791, 4400, 84, 360, 82, 89, 81, 85, 153, 202, 571, 2531, 2531, 130, 2974, 1792, 1968, 2006, 2669, 2969, 2590, 2384, 2613, 2811, 2707, 2327, 1876, 2122, 2159, 3122, 2792, 2651, 1732, 1983, 2022, 2845, 2662, 2829, 2619, 2055, 2368, 2118, 3187, 1800, 2406, 3401, 3052, 3233, 2856, 1648, 1829, 1869, 2695, 2482, 2533, 1971, 2211, 1731, 54, 2249, 3392, 2994, 3022, 3231, 255, 181, 1818, 2704, 1372, 1676, 365, 1809, 3624, 3400, 3340, 3458, 3343, 3426, 1260, 1423, 1329, 1994, 2160, 178, 128, 71, 617, 540, 620, 245, 4432, 1741, 1887, 3695, 377, 245, 705, 1013, 150, 2343, 880, 133, 90, 70, 149, 167, 159, 2189, 221, 364, 171, 696, 247, 307, 335, 171, 152, 87, 277, 38, 362, 1711, 139, 140, 522, 2004, 2502, 2639, 457, 2090, 2130, 624, 323, 2218, 210, 54, 669, 35, 26, 19, 29, 38, 76, 569, 644, 929, 37, 140, 1450, 398, 2802, 56, 281, 392, 2842, 2842, 2842, 3223, 3223, 3223, 3646, 3646, 3646, 131, 145, 2022, 52, 238, 1941, 82, 120, 22, 633, 22, 88, 115, 167, 150, 95, 89, 211, 56, 146, 28, 68, 56, 74, 57, 73, 59, 59, 137, 167, 183, 162, 50, 118, 48, 160, 126, 120, 190, 222, 93, 1311, 134, 240, 342, 687, 259, 1409, 1701, 71, 34, 1901, 320, 479, 305, 199, 307, 935, 3816, 524, 290, 30, 396, 18, 99, 44, 1181, 1360, 4172, 2340, 304, 47, 1760, 1738, 1399, 2187, 2200, 2891, 2990, 39, 100, 84, 101, 110, 1112, 1459, 1407, 564, 144, 34, 155, 63, 125, 467, 21, 175, 258, 189, 195, 138, 208, 195, 181, 251, 176, 178, 175, 239, 139, 480, 157, 2854, 2349, 437, 470, 454, 167, 159, 280, 57, 53, 322, 139, 4012, 830, 864, 262, 207, 594, 2052, 848, 156, 838, 211, 790, 446, 141, 91, 263, 291, 1322, 1334, 40, 3835, 3302, 4349, 1854, 490, 328, 94, 70, 294, 287, 73, 3259, 198, 564, 85, 2178, 1703, 3082, 3999, 131, 610, 610, 610, 642, 642, 328, 1100, 571, 928, 924, 969, 834, 838, 838, 900, 913, 276, 275, 314, 306, 308, 309, 309, 290, 301, 290, 305, 305, 1781, 259, 3204, 675, 913, 188, 3099, 1399, 1523, 1563, 1559, 1626, 172, 402, 551, 715, 327, 247, 42, 2432, 444, 445, 3023, 375, 306, 272, 537, 1406, 261, 704, 705, 1489, 675, 667, 211, 3467, 5296, 5005, 4763, 126, 3318, 180, 324, 75, 394, 58, 1032, 2098, 2268, 227, 283, 325, 61, 1678, 1677, 2279, 1984, 45, 1212, 504, 3438, 556, 3660, 551, 61, 440, 4757, 588, 332, 300, 50, 563, 571, 619, 433, 715, 64, 85, 143, 203, 3477, 86, 83, 26, 82, 2120, 343, 78, 1617, 376, 599, 315, 26, 3764, 43, 240, 100, 209, 274, 15, 37, 362, 269, 1658, 179, 125, 723, 252, 317, 439, 950, 30, 66, 76, 441, 292, 762, 86, 418, 430, 274, 105, 3351, 176, 233, 90, 202, 191, 200, 349, 94, 401, 134, 81, 194, 1442, 1442, 414, 342, 316, 46, 28, 367, 1442, 1430, 12, 102, 74, 44, 262, 19, 60, 1512, 1522, 156, 140, 15, 102, 33, 644, 1181, 24, 3227, 120, 203, 43, 44, 84, 568, 43, 500, 190, 156, 169, 123, 131, 20, 63, 20, 87, 73, 212, 31, 268, 65, 160, 71, 299, 94, 329, 32, 52, 29, 48, 30, 20, 71, 51, 317, 99, 111, 345, 84, 128, 199, 93, 115, 104, 118, 107, 107],
    versions: [[], ["3.0"], ["3"], ["2.0"], ["2.0"], ["1.0.0"], [], ["1.1", "2.0"], [], [], [], [], ["1.0"], ["4.0"], ["4.0"], ["1.0"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "3.1", "2.2", "2", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.3", "4.2", "6.1", "6.2", "6.3", "2.101", "252.227", "12.212", "227.7202"], ["1.0"], ["2.0", "3.1", "3.2", "3.3"], ["1.2", "2", "3", "2.1", "3.0", "1.0", "2.0", "1.1"], ["2", "69"], ["3"], [], [], ["2.1", "2"], ["3"], [], [], ["1.1", "1.0.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "5.1", "5.2", "5.3", "10.1", "10.3", "10.4"], [], [], ["1.1"], [], ["2", "2.0", "1", "1.6", "1895.22", "0.9.0", "1.2"], [], [], [], ["1.0"], ["2"], [], [], ["1.0"], [], [], ["1.1"], ["1.2"], ["2.0"], ["2.1"], ["1", "3"], [], [], ["10.00"], [], [], [], [], [], [], ["1.0", "2.2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "2.1", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5", "8.1", "8.2", "9.1", "9.2", "9.3", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "9.1", "9.2", "50.00", "12.1", "13.6", "12.2", "13.1", "13.2", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.3", "13.4", "13.5", "13.7", "13.8"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "9.1", "9.2", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], ["1.2", "1.1", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4", "50.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], [], [], ["1.10"], [], [], [], [], [], [], [], ["8", "227.7202", "12.212"], [], ["1.1"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.09"], [], ["1.0", "2.101", "12.212", "227.7202"], ["1.1", "1.0", "2.101", "12.212", "227.7202"], [], [], [], [], [], [], [], [], ["1.0", "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.1.1", "3.1.2", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6"], ["1.0", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.4", "4.1.1", "4.1.2", "4.5", "4.1.3", "4.2", "4.2.1", "4.2.2", "4.2.3", "4.3", "5.1", "5.2", "5.3", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "4.0"], ["1.0", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.4", "4.1.1", "4.1.2", "4.5", "4.1.3", "4.2", "4.2.1", "4.2.2", "4.2.3", "4.3", "5.1", "5.2", "5.3", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "4.0"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "5.1", "5.2", "5.3", "6.1", "7.1", "7.2", "8.1", "9.1", "10.1", "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7"], ["1.0"], ["2.0"], ["2.5"], ["2.5"], ["3.0"], [], ["3.0"], ["3.0"], ["3.0"], ["3.0"], ["3.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.0"], ["2.0"], ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.5"], ["3.0"], ["3.0"], ["4.0"], ["1.0"], ["2.0"], ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.1"], ["2.5"], ["3.0"], ["3.0"], ["3.0"], ["3.0"], [], [], ["1.0"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "3.1", "2.2", "2", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.3", "4.2", "6.1", "6.2", "6.3", "6.4", "2.101", "252.227", "12.212", "227.7202"], ["1.0", "1.1", "1.2", "1.3", "1.4"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5"], ["2.0", "1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "5.2", "5.3", "5.4"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4", "7.5"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "6.4.1", "6.4.2", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "6.4.1", "6.4.2", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.1"], ["2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "2.0"], ["2.1", "2", "3", "1.1", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.4", "5.3.3", "5.3.5", "6.1", "6.2", "6.3", "6.4", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.0"], ["3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "5.3.1", "5.3.2", "5.3.3", "6.4", "5.3.4", "6.1", "6.2", "6.3", "7.1", "7.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "11.5", "12.1", "12.2", "12.3", "13.1", "13.2", "1.0"], ["1.1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "6.5"], ["1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "3.5", "4.2", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "3.3", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.4", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "7.3", "7.4"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "3.3", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "8.3", "6.1", "6.2", "7.1", "7.2", "8.4", "8.1", "8.2", "8.5", "8.6"], ["2", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "3.3", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "8.3", "4.1", "4.2", "4.3", "6.1", "6.2", "7.1", "7.2", "8.4", "8.1", "8.2", "8.5", "8.6"], [], [], [], ["1.1", "1895.22"], ["1.6", "1895.22"], ["1.6.1", "1895.22"], ["1.0"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["1.0"], ["1.02"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], [], [], ["1.0", "1.1", "1.2", "2.1", "2.1.1", "2.1.1.1", "2.1.1.2", "2.1.2", "2.1.3", "2.1.3.1", "2.1.3.2", "2.1.3.3", "2.1.4", "2.1.5", "2.2", "2.3", "2.4", "3.1", "3.2", "8.1", "8.2", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7", "9.8", "9.9", "9.10", "9.11", "9.12", "9.13", "9.14", "4.0"], ["1.1", "6"], [], [], [], [], [], [], [], [], ["2.0"], ["2.0"], [], ["1.0"], ["1.1"], [], ["1.13"], [], [], [], [], ["1.0"], ["2.0"], ["1"], ["2"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "3.2", "3.2.1", "3.2.2", "3.3", "3.2.3", "4.4", "3.4", "3.5", "4.1", "4.2", "4.3", "4.5", "5.1", "5.2", "5.3", "7.1", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "1.10", "1.11", "1.12", "2.2", "2.3", "3.1", "3.2", "3.2.1", "3.2.2", "3.3", "3.2.3", "3.2.4", "4.4", "3.4", "4.1", "4.2", "4.3", "4.5", "5.1", "5.2", "5.3", "7.1", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2", "10.3", "2", "1"], [], ["2", "2.1", "3.0", "1.0", "2.0"], ["1.1", "2", "2.1", "3.0", "1.0", "2.0"], ["2.0"], ["1.0"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "1.0"], ["2"], [], [], [], [], [], [], [], [], ["1.1", "2.0"], ["1.1"], [], [], [], ["1.0"], ["1003.1"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], [], [], [], ["1.1"], ["1.1"], ["1.1"], ["1.2"], ["1.2"], ["1.2"], ["1.3", "3.0"], ["1.3", "3.0"], ["1.3", "3.0"], ["2"], [], ["1", "69"], [], [], ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.3", "3.2", "252.227", "4.1", "4.2", "4.3", "5.1", "5.2"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.1"], [], ["1.8.1"], [], [], [], [], ["1.0"], [], [], [], [], [], ["2.00"], [], [], ["2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "6.4", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["2.0"], [], [], [], ["1.2", "2.1", "2.2", "2.3"], ["1.3", "2.1", "2.2", "2.3"], ["2"], [], [], [], ["1.0"], ["1.02"], ["1.0", "1"], ["1.1", "1999"], ["1.2", "1999"], ["1.3", "2003"], ["1.3", "2005"], [], [], [], [], [], ["1.1"], ["1.1", "4.1", "4.2", "1.0", "2.1", "2", "3", "2.0"], ["1.1", "4.1", "4.2", "1.0", "2.1", "2", "3"], ["1.2.6", "1.4.5", "1.2.5", "1.0.7", "0.97", "1.0.6", "0.89", "0.96", "0.88", "0.5"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["1.0.1"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "5.1", "5.2", "5.3", "10.1", "10.3", "10.4"], [], [], [], [], [], [], [], [], [], [], ["0.9.1", "2.101", "12.212", "227.7202", "0.9"], ["1"], ["2"], [], [], [], ["1.3"], ["1"], [], [], [], [], ["1.0"], [], [], [], [], ["1.0", "2.0", "2.5", "3.0"], ["2.0", "1.0", "3.0", "4.0", "2.5"], ["0"], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "7.1", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["1.1", "1.0.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["3.0"], ["4.4"], [], [], [], [], [], [], ["1.0", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "8.1", "8.2", "8.3", "8.4"], [], ["1.0", "1.1", "1.2", "1.3", "2.1", "2.1.1", "2.1.2", "3.1", "3.1.1", "3.1.2", "4.2", "4.3", "4.1", "5.1", "5.2", "5.3", "5.4", "5.5"], [], ["6.6", "13.2", "15.2", "15.1", "15.3"], ["2.0"], ["1.0", "10.4", "2.0", "2.1", "2.2", "2.3", "2.4", "3.0", "3.1", "3.2", "3.3", "4.0", "4.1", "4.2", "4.3", "4.4", "5.0", "5.1", "6.0", "6.1", "6.2", "7.0", "7.1", "8.0", "8.1", "8.2", "9.0", "9.1", "4.8", "9.2", "9.3", "9.4", "9.5", "10.0", "10.1", "10.2", "10.3"], ["1.0", "10.4", "2.0", "2.1", "2.2", "2.4", "2.3", "3.0", "3.1", "3.2", "3.3", "4.0", "4.1", "4.2", "4.4", "4.3", "4.5", "4.6", "4.7", "4.74", "4.8", "5.0", "5.1", "6.0", "6.1", "6.2", "7.0", "7.1", "8.0", "8.1", "8.2", "9.0", "9.1", "9.2", "9.3", "9.4", "9.5", "10.0", "10.1", "10.2", "10.3"], [], ["1.0"], ["1.0"], ["1.0"], ["1.1"], ["1.1"], ["1.0"], ["4.0", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "6.2", "6.3", "7.1"], ["2.0"], ["1.0"], ["2.0", "4.0"], ["3.0", "4.0"], [], ["1.1"], ["1.2"], ["1.3"], ["1.4"], ["2.0"], ["2.0.1"], ["2.1"], ["2.2"], ["2.2.1"], ["2.2.2"], ["2.3"], ["2.4"], ["2.5"], ["2.6"], ["2.7"], ["2.8"], ["1.3"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "6.4", "1.9", "1.10", "1.11", "1.12", "6.1", "1.13", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], ["3.0"], [], [], ["2.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "3.0", "1.13", "1.14", "2.2", "2.3", "3.4", "2.4", "10.2", "3.3", "2.5", "2.6", "2.7", "3.1", "3.2", "3.5", "3.5.1", "3.5.2", "5.1", "5.2", "5.3", "5.4", "5.5", "9.1", "2.101", "12.212", "227.7202", "9.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "9.4", "11.1", "11.3", "11.2", "11.4"], ["1.0"], ["1.1"], ["2.0"], ["2.1"], ["3.0"], [], ["1.0"], [], [], [], [], [], ["1.0", "6.4", "2.0", "2.1", "2.2", "4.2", "4.3", "2.3", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "6.0", "6.1", "6.2", "6.3"], ["3.0"], ["3.01"], ["3.0"], ["2"], ["1.3"], ["6.0.0"], ["7.0.0", "1.0.0", "2.0"], ["2.0"], [], ["1.0.0"], ["1.0.0"], ["2", "2.0", "1", "1.6.1", "1895.22", "0.9.0", "1.2"], ["1.0"], ["1.0"], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "6.1", "1.13", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "2.101", "12.212", "227.7202"], ["1.1", "1.0", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "2.0", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "4.2", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7.0", "7.1", "8.0", "9.0", "10.0", "11.0", "12.0", "13.6", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "2.101", "12.212", "227.7202", "13.2", "13.3", "13.4", "13.5", "13.7", "13.8", "13.9"], ["1.5", "1.0", "1.1", "1.2", "1.3", "1.4", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "2.0", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "4.2", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7.0", "7.1", "13.8", "8.0", "9.0", "10.0", "11.0", "12.0", "13.6", "12.1", "12.2", "12.3", "12.4", "13.0", "13.1", "2.101", "12.212", "227.7202", "13.2", "13.3", "13.4", "13.5", "13.7", "13.9"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.1", "2.2", "2.3", "4.1", "4.2", "4.3", "5.1", "10.00", "11.1", "12.5", "11.2", "12.2", "12.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "12.3", "12.4", "12.6", "12.7", "12.8"], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.1", "2.2", "3.1", "3.5", "3.2", "3.3", "3.4", "3.4.1", "3.4.2", "3.6", "3.7", "5.1", "5.2", "5.3", "6.2", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["1.0", "2.0"], ["2.0"], ["1.0"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "2.1", "2.2", "2.3", "2.4"], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"], ["2.0"], ["52.227.19", "252.227"], [], [], ["0.5", "2.0"], ["0.51", "2.0"], ["1.1", "1.0", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.0", "2.1", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "5.0", "6.0", "6.2", "7.0", "8.0", "8.1", "8.2", "9.0", "10.0", "227.7201", "227.7202", "2.101", "12.212", "11.0"], ["1.2", "1.0", "1.1", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "6.1", "2.0", "2.1", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "5.0", "6.0", "6.2", "7.0", "8.0", "8.1", "8.2", "2.2"], [], [], [], ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202", "1.0"], [], ["1.0", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "6.2", "6.3", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202"], [], [], [], ["1"], ["1.0"], ["52.227.19", "252.227"], [], [], ["8.16", "139848.1"], ["8.23", "139848.1"], [], ["2.0"], [], [], [], [], [], ["1.1.3", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.2", "2", "3", "3.2", "3.3", "3.4", "2.1", "3.5", "3.6", "3.1", "3.7", "6.2", "6.3", "8.2", "8.3", "8.4", "8.1", "2.101", "12.212", "227.7202"], [], [], [], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2", "5.1", "5.2", "7.1", "7.2", "7.3", "7.4"], ["52.227.19", "252.227"], [], ["1.0"], [], [], ["1.0"], [], ["0.1", "6.3", "6.2", "1.0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "2.1", "2.2", "2", "3", "3.1", "3.5", "3.2", "3.3", "3.4", "3.6", "3.7", "8.1", "8.2", "8.3", "8.4", "2.101", "12.212", "227.7202", "1.0"], [], [], ["15.09.1992"], ["28.11.1994", "05.04.2009"], [], [], [], [], [], ["1.0", "2.0"], [], [], ["1.0"], [], [], [], ["5.0", "6.0", "2.101", "252.227", "202.227"], [], [], [], [], ["1.0"], ["2"], [], [], [], [], ["1"], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1", "2.2", "2.3", "500.00", "12.1", "13.5", "12.2", "13.1", "2.101", "12.211", "12.212", "252.227", "227.7202", "13.2", "13.3", "13.4", "13.6", "13.7"], [], ["3.0"], [], [], [], [], ["1.1"], [], ["1.03", "3.01"], [], [], [], ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.1", "1.2", "1.3", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.1"], ["2.0"], ["2.1"], [], [], ["2.00"], ["1.3", "1.1", "1.2", "1.4", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], ["1.4", "1.1", "1.2", "1.3", "1.5", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3", "6.4"], [], [], [], [], ["1.0.6"], [], [], ["0.3.0"], ["0.3.1"], [], [], [], [], [], ["1.1.0"], ["2.0"], [], ["1.3", "1.0.1", "2.1", "2.2", "8.2", "3.8", "3.2", "3.5", "3.6", "1.1", "1.2", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8.1", "1.9", "1.10", "1.10.1", "1.11", "1.12", "6.1", "3.1", "3.3", "3.4", "3.7", "6.2", "6.3", "8.1", "8.3", "8.4"], [], [], [], [], [], [], [], ["1", "0.5", "1.6.35", "1.0.7", "1.0.6", "0.97", "0.96", "0.89", "0.88"], ["2"], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], ["2.1.8.7", "2.1.8.9", "2.2", "2.3.0", "2.2.1", "2.1.8"], [], [], [], [], [], [], ["2.0"], ["2"], ["3"], ["2.1"], ["3"], ["3"]],
    blob: "7L15gJTF1S/8O7XNMO3gSDOC2NgsyqKjLIobjDGgQoDgANNRDIu4xAWVsYOARAWdiRoEwQEZVEBx1+CGLCoYN9wSjeiMCwoqqIgiqCAYTIDLOVVPdw+Q7d73/d7c+/mH0vM8VfXUcurUOb+zFEBQ0DCwcMhDPhqgADHsg0I4NMS+KMJ+aIQ4GqAIjVGMIljEsXPn/miCpijEASCp1QxNcCCaIoHmsDgISbRAS7TCzp2tcbC0eQjaoC0c2qE9HGJoj0NxGEpwOBJQOAIOHdARSXRCZyRwJI6CQxccjc44BsciAYckjkMh4lBwOB4J+W5XdEMpTsBPcCLyw19xlOKnIMTQHT2QwEmIy6+TcQri6Ile+Bni6I0+6IufgxBHP/RFQSh1KsoQDy31x4kYgAT6oRQ9MRDlSOEXOA3dcDoG4QyUSq1fIiFtEAZLu4Qhoa0khmIYzoRDMYYjgRTOQg8QzsY5OBe/goHDeaHs+bgAF2KE/HcRLg5PCXlwuARD5Rv8xEoJ7vVIlCGGUiRQgUuRxq8xCpchjtGwGINm6ImxuBzjYPEbJDOzQ7gitHQlLAhXZf7ikY7/uyMtw3hMwNVwuAaVMo9pVOG3SIb6xbg2PM/OyXW7qON6KPwOE3fRwA2YhMmwuLHeSPirUzBV1u0m+VWNOKZhembEBbgZM0Cogd1FdTNxC27FbSCY8L4nZoEwGynMwe3QUo/bierfgULMDc/57zR64k70xF2I424Q7kE+7kUl7tujBabG+/EAHsTvQZiHh2DxMB5BJcp39aoYj6IYPfGYrJJvez5KUIoBeBxxLEACPbEw/Iphkawal1qIGBJYjCfg8CSewhK0xlIQnobDH/AMnkUJ8qVkQzyH5wHpUU+8gGIsw4t4CS/LipZioFAAyVo/gVdwHV7FH2V/dcGf8BpayIoWodFeVsLhRrwuPeOV7YI/I45TMQFvIInleBMtMjXjeELG8hZqUYenUIW3M+se9aQVWuMdEN5FT5SgD8owGu/JOErDTuR5X4H3MQkpmfdSfICVsur8b7Xs7FVw+DCzUk4oJIkYPkId0vWe+jmrxMfS83J0xGqMQBXWwOETEFbjUzhMxkwUoxM+w1oUQOFzpLBOnjyHL4RSByKBUnyJcqzHV4hJX3h9s31I4UKh7xRWoQzLsQEb8TXGSY1vZB48tcWkX2mU41s0QT+Mh8MmbEbJbvRYjO9QjBg2I4E+sIhhC7bie/xF+vU1+krL20KtgnrtEn5ACn+VUp4q/4bt8m4SdoT2dyIBkAVRAjvRE4rSwp+Sst+jvRfHeIxDI7yESvREFa4Ou9ehCpoI5cIHRwufLRW+66nQ0FgksBqvwEoLEU3yPFhylEf+C3xelEndfOokJ0cDsmiInRiG5+BwIJqhIQooLqfG6YhRczgchAKksA/tgzgKqSEVS4/3pWjuilCIcuSHsRVRJ+xHw0MfW8hOiMo1QqU8fUF6QVRACTSiMrRAnCz438ZUTHzi7E/NcBSOhMMKtJI54DOL8LHMfVscgibkzy1e46Z0jNDCAeS/6oRuo/75MbVHgZxrzagHDqQENSeHg4h3JXOwLkgSn4EtKB++V60wCi2J+96KWtPBdAjVoYDakEVbqkU7iqE9lWMZDiWSb6ZxGJVQBQ4niyOoTegJt51AB/L8vxble5wdES0zfV2PFDpSJ+JVjhOhM8XxHA6jBLbLLEYrz/+NQQXGgXAkxXEUdaGk7IJmqJB9/O1uZ5bF0XQMNcSxdFzoSxGOp0r0w8Fk0ZW6UcQzirCW+QD1wwlk8RNqhhOJT/cT6afkeUp3smRRjiVogR50EsVkLOOEK5WHFb4YFWhOhJMpjjFIhh3algowHp0RtXPKP22n2HNZKkcvYimkGVL4GfUmhz7Ul3oKV/059aOID51KKYxHPtpSWVjBApFe+tF4xKgS/TNUW4guaACHATSQyskiRQdTDJ3h8As6Lawp87PTaRDxPjqDWFYYSL8kpsbBxLLPEOqJodSBhtGZQr9xDKcE0hhIZ1EHOpsSOJjOoTg+k1GcS7+i8yifzifmcV3pBiRwARVhGS6kWA69jqA4LspQ8sXUgdoSc/JLhBpHkkUFsfzjMB4HS98upYGUj+VohTTF0TbU/TWNIubTnUG4jLLU4zCa2uM0GkNxjKXLpe1xRPgNdaAryOJK8jumI3ELFlfQVeTlvDpZgRjGU0J+7/nNCVSLGMrCX0W4mgitcQ3VoUy+U0mDwp6qIj79avBbunZXa+WB+spxnVAZ84DryeF3NJGq0Qk3EO+TxjSJJtM4lLHEQoWyt7LjKkBjmkLlmEoxTKI0bqIikYscilCGappGhSIjTJfeXUvTqBo3UxwzqA0c2oKEv9eQw0wZ3yTqiMrAgxxuoVspgdtoFs3exTnmCB3dTneQw1y6U95xjbtFemeaVhl5swnuolFYgbvJ4R6qDGtQKTuvJ+6lUSDcRyzdt8b9VIA6PEB82j1I2d1ehH74Pc2jhwjh/NeBk/Dbhngws38fpnKRw/zueYQow2dIeMKjxL1jOW0rIh4VtVWBHeiPOHbI05ZUA0IXdMcIkdg9/fXGGNwsbYzCY+TlgLTU5F5GUrrDCfB7exQUVmOBnEXzKRFK3kLM7x6nOPpigdDwQlpEi4nPtL4i7+/c6VCIFPqKLP0EpVGEUXiSnpJe9A2jtZgb+tKbuBfdRd5YQlPQAEvJf6sXnqY/UKU8fYaeFZ7zHBWiA5XiebJ4gZbRi/QSvUwjRb94hV6lP9Kf6DUqwuvEM22Rhz/T0DBfb9ByepNqpD9vUS3Fka1dhBS6oY6YGhvAogvepgRG4B16lwjv0QoZ4fsy4omUwDp8QA0Qx0oqwCryNT4kHgOX/4g+pgqsJsIasviE4hiBSnxKn8nXVlKV8Oq19co0wefCqdbJ/vqCavAldRMdsgk60Hr6ijbQRkqAn22gKnxNhNU0Ct/ktPpuqOtlmLi0nidnVjcZ1bdUgE3Ep9lmKfMdsVTksIW2Uo2cct9TjUhAW4h7zXxW4S+UQA2S2Ebd8ANZef9X4jKDcRz9jbZTGgpRL3YQn2+F2ElQG0CqH/KlJYs3MVHkjVIMIaXK0ZgQ9gNrzEY04xS0MioBq5pgPa2mIqTh1GQkkac+l727jmqRr76jBkqhQM1EAbpgOxFiah+1PcxPFQqVRUPFUthhWEGPZtatAZYin9ZhX5WPA2gJihRhP9VIMS14SniYbkZK9pNFXLFm+AhqkE8pfEAN0VgVqw4ya15rrE9D79I7Qi1pJFGH/RXvSC7bRM2U8u9TDZqqOA5QstL4gFjXykq0/NVm6kDFZdfLifQBJdRIOWN8n7gfV6K5+oBU6BvtVr8TDlKlSKo4on5ZtFCVeIlaKqaPVuopaq3yheLfQylGIYX+UvslOlgtp5eoFw5RKWyj7NMh9DC1UV4CjaOt8pJIAdqpVbB4kNqHJ4cqLnGYItmNiXqz0w8lqhr9cLgaTmmR0KI9VodiHKE6KF5brhtDR+WxA25tLn5OReikilGOzspiu5zuRyqHoxTzyxR6oFroqAQO56AJnOADceHhKXRRR6t+QNDJbkYCnXCM0kIZLNsmlZ9ZrnGs8nJdD1wkVMt/p3Cc4i8MQxzHq3WU+573alcV9WAwuqlC8P5pCOB9XI9ylCqHE5SgNlSG1sRy2wv4ifIUlSCHE1UKP1Ua3dVU4vn0aNGDdDNmBhqzSKKHOkl1wVHE+g7h5PDNGE5RCXRXafRUXdBL8e53+I6G4meqt2Iu3Ef1VfyddShEC/xc6E4LB+ynOuFU1UeVqf7qUmpMm+HP9zRqMJVSeBgWA9RAVa7S2ID+qhMuJcZ2eB+nVBx9VBoHqqJdWvFO0f164IVMC01RhcZIo7NagpMVvysLXJ+xhl+olOAC/KQWcZSp01QKp6sE+qhByuEMVSdawS8Va2eDFe/d09UQlY+hiik90uX8HGTxjVx0Y5iaKvNzOqbIWy6bwpmqTLFUUqbSGIYidMJwdaZ6A5WMJqmz1TnKIeIU56oF5PWnX6nz1PmKz7EL1FJcqLbTCJVEGuepOC5SFyumqEtUD4xU3ZSnMq/hVqg0Urv2mdfvL1Xcj7RK4ddqlFpOQ4hXgSk1LU8sLlOjFUtZY5QK4ykM71gGGKt8/wswhDrhclWUoY+kzMd0+Jb5fB2nquWv/WiU+o26Ql2kLI6hfNmRV6qr1EWKpb18GkJx6fl4xVQ9QTFucrWsl0MnmcNr5FmlqtmlrVapKWHWk/JuOqrRJKzGbxXhWnWdsigIs1Gp4lLKBnSJ9bnrd3G2abQaR9GjVCMY20j52liZR4eXaR/8TjlMVDPBZ80QqsJSHK+SuEFxreXyZFRmfxdgkuJeTaUydS1NVjeqQkzBZOXp0WYoZYq6WFlMVTepapWWd0XhZJ8mtFaJ6eoIfLhL/5xGN6sZajWqFZ/oNcp/x499phola5zGetpCt6hTqCRTht/XnyG/Jnx+3ap64DY1SzURHcnvhCo0kl1zkyCinpdYVOEIasxcE2NQhdnCTeeo21UF7lCQdfA8KI65qgTNlOdNRThOeel0EPF+mqvuVB3oLlVE/j2/uVvxqZwIOmEX3KOK0Rhej2Q57HpUKouu6jjl0ZHBGIWTVUOMwTHEyFzFrtZX4EtK4l7F5U+WkoT7ZK7vV/sggQfUJroeM/CgKkA5HGajHIX4vSpAM8V4UmNp+TmRpCLZP4l+qgnmCVX7r06jfliNh9TNcGim4uDvFIiWPRjH0IMqnyrwsCpDBWrIYhrl02ik8S42UQluRkyknQo8ouapEbQYjyrWHfqpMkHx4iIZPqZY4xuDFzFfPa68NLgcC9RCVYNFarFaT41pHErwhHpSHUwtZA5ZB3pKDZfTY4laqp6WFhlf+IN6RpXhWfWc0MHzqh+60Qsqn5apF9VLyuEpGk4vK4dX1JOKdY1X1VdULhyc2y3HH1UMjWkGEf4kJZaqV5Xno3V4UhXhNVUJrzt57Oh1ect1WR7+s4rhDUVYrt5UTjSPiPtUI4G3VF/y+2s9VcChVvVSPLbcb/VTLCH7NfWyMtPiWKHfYpERawQ1rFN+/d5WFu+od1U+MQ4cnQrvqRWqCTbjfZUOnJ557wdqNFaqJFapQizHh8rjMlMzpflbHylGgnbC4mPVBNuRPRvuEKRsndDntxTDN+TQAt9QgSDQ3JeTlddVJmK1ctiJNYp3377op1ju+pz8qHLPa0aYZgiXqxEscZ1IhtMDbh6hdMvxSRhtifpUsbZ6HI2RmV2PH/DXMM5y7BAc/TOVwlrVk3Z/z5rGIaosMx9jsFKVyTzk43O1TsXxuUrKtygzI0znpYLXRWeIr88I2hfqS7VefRXOcH66QSVUS+J5Ylrkljeq0XIqVATOZUV7qFFfqwRuQ76qwjfCVZRqAQhu7OUk3h0fYXngyt+qOkD0gUnYpDarGjmne6CXSAznqrlYj6vgpYZHheesI353rkrLHo7eVaCHcM3rsYl496bwnfSeqZdxnC3KYqsaAc/VK7EY36u/SM89ffvn20SqYj5Ncsr9oHjVnEhQf5X2/qYcVqFOsTTXCdsV9+g7ZdGBDkM/cBt8ii1XcTwCB94BCSnB+2KH2qniuIFGYB6go96xtWK74rnYFubf027E77erfoplC9IRjfla/lyM6EjpT5SF1hEtsSzEVhE+J8rqccHzFdPYXXRyODV5fL8V+dVoq5vJvzxCpyvDOZOnefz52ug61UAvFb21QP8r9VOI6YnYRxegHRXqhnpfbeUvb4Mpx0QU6RrlsJ9erQqQhtWNNOFjxRQY1779YdgQdmp06jUR/U2Qa53OOZP21kvepd9QC8yhP6MCHamxTqBY36Dy0U/xTnR4UzQbHVovCdpSO2qBb+lkdUPgU9yTwkw/eFRen+I6+dhfF+EtGkRNtEVTbeV0LMdmFdWrQydMhOdOB+hmmbmrxIH6EflmQjfXB2knZ/q3ZDER9yivcfEXeKy3qo/QV/G/zTX3Lqm/pXKh+Wlqe84IPC/j1pk2m2v/hv8uCmPz5Vi34Rl7Dx9QC10p52gKtepy1pn0Paqd+r1qjHK00odTa32wptDKIbqNJrTVvhXe7TvVB9Qu/F2O9vpQ7TVT5kozMxY3ltvuwXE0MkN5h+kSTSjRh2v+zt/QBUfoNjqS5bg1z1mq0EF3lO+zfudXpgwH6E46hc76SB2tz8nCWYtwIZWEuWC+dpE6SvMstRbpuF/4dg/RWKwuCvTVRVs9hFiOP1ofo18Dy8zHChUdo4/TDsfr6cS00k29Sw5ddQG66fUqhVKdxAm6I1Lgtnw7P9H7Kz7FT9RJ/FQn0F176d7qzapSfvVR3DZroCn00A7VpEQ6P0knYPXXsu9PlnFxWedPL0GT/ZNT9APk0FMzbtlLkyCJVuf2gdvoKE974Wc6Sb21w+nooh+gpcToYR8dxyDqq3+uEwFXtrqfvl/oj+eFZ+JUXab76wGapbj7MVATWOou1zsCfuT5UFrKlyDSbTuQl1Dvx3qkAiXE8Qt9mva4gadE9jSYSKdrh0G6EI+pM/SDxCjcZDkLTladwiqVCYLMPIa11XeIrYHJ0EeWuvupX+rISj9Y+xm6Gwl8pWwYl1/lIUI/Q3USw8Iuy9M3wZ9VcQzWRTgzUPBw7b+5Hq3heSDPy3Lik/TXYi+oxeMoF2sw75azdBxny9z4sfHpz99kjcGfZE/TOTqJczWfwsw1uD2vkaTkya80P12tnsRO9izQXq5PS80djDRIL4ZKv33bPM6anPfMKXhv854+X39FcTxIF+gLtcUIfZGO402hqHVsK9BxXKItRuoCfIgKzU/9qK30q3HgUtEM8FxfKlz2SqS1RSFYI9xdH7RYj2mqBQ7Br7XDKF2Ay/Ro7dBOpISNapaqAsvOY3T2JKrEzTiBSnC+8lh5BxojJdk/obWcgIW0TiwCY3UxLtf5apx+O2C6kfbPUsY+ukyk41qp3VKsB8ODbJnG8GBx3qTKsBqz1HLy7X5Jv9GVARk/QNrj2pG8rBHRN5+57agCV+grdUzKlCANDYcSxOQ7NfKUvxLTrOUtxhN0lU5ivN5f2vMaKbfTXHPJfJqnVirmtxS+4TWSSYKOfqxYygUmaJaTIitJAeapclytKadXtbjGUycqNfOOeSp3dgsxGlWa6em3uhFdq0sycsJ12uJ6Hdl5jla/0wksoI4iRTlM1DfopLTm8QkvXU3SlRiByboGDi+rG2UnTwlf5TbS8DyhDvNUa0zVSXSku6hYPAnYttBf+sEW1wLcpNm6wr4V1dphmrTFrUzXhAFg7WMTDpZ9nkAP9SoWZPwt+Es3a65npR5/vVKk1Rnat+F7UYNC1OiZmm20ftezRbgRpXEc8fNSdYvOp9WhHbbssv7AlFqFW3VS36Zn6Thma5bOFygvcxbLeV4j1kS/6nM0Wx4i6TuipjtESrgJaTltk/p2kdqu1GnchFqkxDbANfnNcsE6neiM3rK1JGeN56nfyPqOlpOB6zUWXwquydwjTXXwtZljXq1HZ+gpu4NZxm+ueR3XKkYrUrhD5pvH6pHR1ZgsiExfzM2c661ptJT4QDmZGaZt7yng8a1NKqaZdl5EMU6gOBbTSGpJw/AR2gZLS1flBC/l3nhPg8irIIY79QpQKMEzd5e22KBOoe6C5vtSYkHESmoksmutWkS8Fs+pR0Wuuls3wT2Bgu/VjBeUyKnaD/fpItyvU3hALyWLBzXvjvv0HGXxez1PSjL29ZCuhX/zsCY8or3XyD26Ej1UR6rG8yA8qh/TF1Mc8/Xje/lCtoUFe9TOFxvXQmove3qzYutU1Fumwx5gDsJ1WaNcqLkuf3GRfLECi2WF+oq9NJqR5XJedCe2AiXQS32huOWhcGD0oDzMWq2Un4Sn6QltMQoP6fu1Rzqe1ITvaButFLvyrWqeaIcLVBsahYG6AA8o1stZe+FT/intNYUlUsuhUkVy7zpaqrtn9Kqn9WOKJaw/6ESOLMd1uPwzQqXTVBt6lF4WTNx7PpWLNujXPybtHEfP6ud0Pzn5ubf++wlViROVw/M64nmPUQUirwkSjOYF3QcJLNPbMVd8LSLtiPf8KfSiTsnKMQeq1oxpscdkV5VGD7FU+j3Ho2ab6lvqJV0puEWhvOmESTRY5KnB+mU9jRiPeUU7vKqb4I86IefWn7R/9po+StUiOzOv65JQfy4uJ0Iag/UXivujg0xbol7Uf9YrhT9xfy+nsXhDJ7Fcv6kd3tIfC3JUqxdRnfZ+V19l0L/QAuKhRq386oWajH2tEB3pbe334i06BuZpLJecRJH/hMM7uizQ5CQVleT52henCW7HFjwun0USI2vtu/o9netlwTLCCs0eFrxre1MR3td8uh+mP9AHavZbc1ipPSYSA8vrNbiO9UTi2eWd8IVapVX4iqczb/vwuPE6KsJFMuaH1KliR/H+TIb6SytjsR+xL1wVmuzm7WioIz7UH2mHj/VHOo330Vr61kOt1q8HO3tCeurwge5A3OJyGiyy2QRE5QdRROVJ7XEvLpfrJTCVvE/iAIzHGs3zsVp/ogvFFyMRbEuGvH8me2Z6H83x4p8ZzxlBfW+/G2GxIkO1cXyqWUribyfFyt5Qf6ZTwVMwhuewVjt8rh+ldXqU+HPwu7rgNcd77gsp7fClvF+v2dMmRtzrOvh2+AS5nKqlH6yz+hazrTHGdzl5Cd1T+ld6g6AD44U+cumT0U7W/j4W3bQbEqLX5mIRbC+6EjNFJ2WK26ibq2rcq/nUYq1sW2iP/UOOoZmiq58Hwtf6G+GRRnbEeKHhfOxDbEt4hc7D3uaf8K2OhzEyv+B+V3vUSW/WaSwXzsjvK0RH9OdoCt9phwoM1WODNpF9/j6e01523aKvEz3oO+2t4Vs14XvNkmkt/qIp4wOdwjY9WDv8oHn+HLqqSvxV/y2DBFkMyKxDDxlbL7Vd+2/u0JuI9byuir2PefavVDrTo3vD2MoxAEU4hXZqAiOcWXxrhOCSNYjoBaYWkV2EpZ2LRALvrg8JXII1y3uIecbp8nckpTP3YAn9HYq4gucJET3UCkdNCdfrhB90YQZTKBKqPZMSINMAZSLzXg9lSE74y8njpq3k1NMmIavAPS8TnY5LDBTvcD8vX6j38R350ZXIvoLhkaXCXA/NjH14wDaGYjJKsBp8al6mjCkQayeXvVI9s0s+tSYNZ3ydpVSOPLNepfGDdkjLnLVUjUQyyDcNzJ8o13+2wBTjLGIJN4YDRarugpghxCiNJViB1mI/41O6NbE/VgvsYxK4T62mWrG+FJp8Yk/YSjQ0SzTvuRVIi0/4mMibTzFP2teUC9cfk7FolqPIRDN/jHhd3oP9TAWeycGCu6CReUbdqz0Pi1arBu2oifB+biVuSPSzxoa1kmKTwmkoQFL3UzxjhP1NuVhX2R40iD7aRWdv6XvQxKwWr3X+EnNKQlNzgCmRlVtHzcw69FZK0KjI46G+VsNfNsLtvVfRegxQE8HeGAcaxmETJrIos2TTHy11HXqrTmhuSNbe8xp+U4mDTBYtq4/h9VU91JmszRi2U7Qw7RT7ZuRLyVZiFfSoIktmjCRm/Ql8n5lyW5q/aO/ZtIjqj4H3O/PWVsahtYkFvDkVIhJ2b4sRo216m+xIkhk9TE7/iCNuUIwFePx3uGBQnh6Xk7fRDhGfom1qg2qvWTvYvf2DzeehX3HxTjnELMG76mDDXi/b6PPd/CRK0J5ol9xUJ+82qNZ4ipJoIzuyreGTcAnamSTaG8KhZhsdZhxKzFz0RxHuVCkcbvrjCOP1ow6GLdDjdUfj/RuyX+Ezv5PpL7EdNcFb6AqdQO9MzMMw0XC4phNfXS7dQjxq/Bj8F5hXdTbsQXKEqf8FpukjTQz90VjtWc/37CizhbqYIXS02X0WthDjA2kcZcZipOhHbQTd6o+H9CrN++FIk0Z/wV7WUSdTis9pCT5W5di4Sz96D7PUo9QCG9Uzyu/kGCZqJ1JN5G9cgWMMob1Kyci8D3SuP8O64O/IEgkjGS/gK1ohGtexxuv3VnhKLzU76KJF4pGdEK+MYTjOeL/s5TQKx8vq5cb07N0z20osjpet2G7Z1fDvbqbUlOMEEwfj5E1QRT8xJxqHnxrv8ezjg5bSQO176tDdkPRzg4rJmH0Mw+X0hVqnuNcztO/x67SYvH82+1e2Fw3vZcr6aPtoIR8l1MN4RHMdZcfEftkcbXQEOuiTzMmG/bBPMZ6zs8zO8mLz4LVF6GkKpR8/kI99uE8wzMsFYewl1PMzw2hFe/Q2WUyE6cWvjg0e3o2xmIpMa9yp+pjG1Nf83BAWYzT6mTOoFVpSH3MwpbGKTjVlphP6mwGGZ22gaURR1NM6WrpLOmIcptxwiymT1aWS+IXxVsTTTCLshdvE/sMe2IQKbKMfRNo63bCX1DrxS/xefC5bSxuDzBlGZfzDfmk+Yr3IsAbqPWd5Hwyh12gLDTHs+VcG3zLrTkMN8zPvi7NO+MowQxhqNgk1nmkSmIspGG4Iq+gsc7aJ4xzj52YuhpuuZpLYdJg+zzUWKfzKEBi9P8/0RRHONzt35gt1cR/Yg2+IqQnedzUZKTB3HxbX2/PDMryNOYhH4Dxn8K2uEWniAsPoC3OuC81yaijW3YZ4S3bATtkBubEJI0zu9wowhy4yTPmsS0erkn3PSE6++ACOwghzsbnEvEgjzUoqUVfr+5FPvFIVhr3QLzUWafNrw6dUA2yhUaaQfeoypxd/o0R5b8kaXGZS+AgFWE+ErcQefv4UrpBxpTDafIYOVKbe0lftoo0paGXSGGPWizw1Vmh3Kg5k3FPdRXwOT8QUWLyHyw3PwzhTgPfwA40wy/EbUyBeOCPJ92Arz6JhevIW3yuNw1WG/XMI4w1rYkQFwe+xinh+eJz5wZeqJVm0F+/FCSZ3Pq427BF7jak0VfL0asNPI789hd8ai1U4VLGsdK2JeH72TTHYK0rpDeirrjN8er1BPUPZfjgFDpMoQjpPkdP4esNUwZ7evtTvZFYmmknk4zSmUBrTqCp4dldlPLvTmCTj++/07mZ+VCG99x7p3h99loriWthHzPeafcm8F1mWyzUQPP0WWdEbzGQ1TPnSMUyXqMtJZrJxuNEkhDKm59ScYtj2MNXcAoubDHs8Vptppkf4lo+n7Ch4vQO3yhFWZbK7ijHdVIoe3ldm922xttxsPDLRCZNUkVgF4phh5iv2D/c96lGvPa7JEryTKDgvuReI5F5jZppbzK2GOfAM9NHe16BTJsozuyKl8K2zTsK+Qe11Z82elrcZlq5mmUrMF950bsbjgMvPNnNM1CNur1lAnKMyMczYpYHdbhiFiaLQZhvu7x1mriGJfIRgpD0QURn73mfX7xpNuNPk08MqEd7nUtFcw7YyRkYvNXcZh5j+EHfL7HHsSQe6x2RX6UPk06XmXnOf4XWeRvcbiwfMg+Z+wzrV702l+Br47/iITPZ2mmcsHpJVXE5n0Yd+ldRU0RMSmk/fqN/F4mM7xxjZGT1l9NEofLv7G37P5yDbIrnEw6alYQ2wRyZm1nvx+32aRS/2w0A5vVN4xPxCUAyWrhnHOIL6ic46BI+aCyUS4EpchStxBR4zVmIseR3qQlRgRDFR3Oq//zVGlF8U/Wt50Javl8hIBbbK/w6/C8jJz0WDbKPrJLJ4kKDdjLLM3yU31MEQz/njhvGgxZhjxkrEbyUWmET4u1B6Trs01Tr5u6WaK9xzoRmP93RfiSHZOw4WD1FbczJzWyQ8ZpFhxOVeHaHblMFuC4Q6OeIpimeqw3u6CIvNE4bl2yESYTA0UHVExd5byvvxzhB9Nppd7wfyqfLRGIyofKxYItper4WsB5QN0Ysx7MBkRfV8j540cUxWtl7k5PR6kZN5IXJyEyy+zsRORr6yZ9FqbIb313mK9eJgn+PaNvj7sB9wX2zFcOOtuR1oFXiesl9YL/bSKM6Xv7LEzNJ16Ivh5h99ISlyyvmyp3pjqZmloy+tCfHdvhyvE/fZ4RbUonHwo+A3DlznKkyVfcZPamHxtKkTVGIzjtV/MB6di0tvqlCAZ8x0GkRWemSEz3rrDsepcN9n6ezInjXOo3TGx61sDRyU17AOGxWXZymUcYYTVf22+uEOzZIir/4SzA46SWm9U5Y9lhJSxome63ei58ONUZE5if1qrcDzpjB4LXqM4wWTwDLDmMgcdbZZgRjmGOaduXyzHJ7jMR5Sttt+ZrmM7UkOYzBBs73oZbyEVnjR+FiM0UJLW1Qp1go+MQkvmUL0xMumDsvMEz5SDaMwQDRt1gy8VdDbBK1ekBNnzdaMjmSRNOwncGuwU3oO9IqJ4y4VrZKX9Pemy/TEZcbXYE50melAy0w2GrYhmspIIu0rNyo2lnn3qtkzNpaRsccU2xpO0HH80SQEd/5T+NYJJobXDPsVVwjiNitgOLma19+PgM2OgxHf143Fn80bZrnJjqoVYjB76GBt/oVI2T01sx45kse/GjXrNTGzFx3sTcP60UbViN4yfjYi/uY1e8JEiShiTalAtPPVaidqRaJoRM+InjkOjPdyfzkC501Th2fEqlFnBhH78T5BDysL/nW/etuMCqcsc0RDkb8Wo2DvmHeNxXuGV36F8Xbjq4jP5Ql43/QlHkEltmreT28a3ktR37M63Azj5eU4WDYm8U3c/W+vfX1g+gqXWWlWmUp8aD4yhRLJ9rG5H6vNGsPo1IeG4/C6mtZYZbxF/hPzqUj2w82legOVqM8E4RhuHE7S88lirUlgH/F3YkT1VvW5WWeKM/kyvjBfmlmaOdd647NmRBJ8PIPmKuRjuHkBSbwkKLp/3pkiLakU7Sgr65fiGrO3fdQAa4KMyfraP9tBI+T7XmM5T6VoluLYYl8/jq8Mf+VfjbcTLE10DUaPU7hTsVa50bAl+2uzA2tEE/3GxPGtKUI62HI3mR7qKzONPkccmw1jUhvNW+Y7s8XEsdFwRgKOD7RBo63CVvO6RMF9b/5iRoTdUqoKQ2sso9+pNgoKFeF7fBrMA+vISnj/NsP1xSIvmmiFiQfL8A+GPfP64Ad9qOInHH1yA41lC4cei78KJUT5TwppozHiu8Y4ey/8zUwVvGie+G9vNElsN1GvxqJMl8OiQmJWdhjG0Q9XUayokfIbDX9tp0lgsloTZGLuEyzPyU5BExPiOeBHuARkExK1dKbqL3IPo7l5qMZBGbRj464z7mbUoLli/2Jls9EvKWjLo2IP/xEe/Ze/jd1X+rivz6FABSCTL+0cZNhblH8TrL08eBJfa/pgFHEPDgvjZgtHL4wKXlLeW4ojte+iOcrZaFzc1+qc8k/Tk4al1Tw7To9CbsnuKAXb95kWi7FGdi5/LxFmuQPl2/6SNaZGvI52yNw1sIfIah1tpkgcS3w3Ha9Aak8x4Z0psKzJxaxH0nbX+7yMAjnZOR6uIVYJLb5OnjNzfyy+BXu/sTeMzwvUELcHz2CmwLwQvzdLFeAJaZNr8Q6P9lRWevPjy5fxsazJLQ1D5KnKa+Tb3cc2CdHp/bCZY69VoWXUpqGtkzaXwAlnYRmOxxrR/BK0pBj2tUV2P5tnreiIrJuWhDlnhHyj2aC+M61xq47GV4w6QX0uCbHLpSK9eO8fbrcYU8J4vGWB/67faxui37K94XJ+LI3sG3QbahC3JWEGsqddY8vRBmeqYru/dWhiLaJ5zZUyrw/tzQx5iu7T0VyWhf4eQxHXWYKRimWzZCjB/pL9dCL0nCm7qWWvvwOsj1LhMkk0s/FgMznQpjBf7Gve22o+ZdbNsm9U1uuAy5P0LVrdqI/3qahfTnyU0niY4vg5EZpbn2dqiPGlD9N8ovRB5D8Ul/gILrtZWTSVmKfc1q1w+RGCCtSgNSajuZ0p1tJSjKIqHE/LyVj+9RbxGk4xlJkr78/VUFr0q5n71j/3sz9SHWST1mNyW4mfR6XqkLTsx7iPbkdxtBf+sgq1OI6S1mfoeMvw/mlhj0UdVqFAtbSs58zGNuIWW1mHu3VSrxJr1Wzso5PyZBVm6daWPXbKUaAOtuKZZavQ0t4bfG4OsTFkPXhKwwg8b0wK1eWOgGOVOD4jirqZkpnBNtahrY12y3bFv4blzFB/iW9oZ72mfRja2+xOZ5mpj0hNXMvP8+tkwZySo5kPtUx17S0/zZ5Sfl2Zv6wK8+hXojjEF7a3EcdpZXbA4kz1OXEfOErrMOt5IcdO9Ahx+RxTWGIPt2cKVyuwvEuPsGmxvW0MCMEB5HkU/2Ka72BTaIOywMk72rT46dyqh2fik0fk7Ereh9erNG4z32onPhSeDwyWWI9Odpv8xah5NP/NbJ3kAeA2fZzFRnOBtvIkQiT8bLxM50jujQdp9/mIvP74PKjEYZq9lcj4lfI+TINFljKSpc2fMLkeTrVhj/OZ8ywiD+rJqERn67Mj8TwfaQcGL2pf2mtnI3MyP3jdqDzkxVKIYROexFG2i3U42iYCn+GSU8Wez/4n3h/jn6EnG42nx1gGN/FtZZGTaFQeE6mfe4XlEY+GbDT18Q8/Z6yHMOLBUmpPYl3XIx5eM5NaEjkYyR+LQia7huLt4sTKlbV1ZfUsJ3mJqnCMzdrVKsC2Gi+lsgXe26qMWD19pjvWhLLWKJ+1ItJ8PH2wBpOruRxrj7PH20aapeeudh/4aKfXqBjdLGuqPcSC0ADFOMO8ZRarRShBI2pDkWed5wrrRe/oQJeIZ3YixGw2MWzDT2OtZo2CJCqSy44Ksd/cbhqlNoUTbFr8ABw2qFFor1hzWSkZPgbjJzYq+T5W4Lld68a+RpxTqiZEgDFdvUZfqBOtPyU8csJ1SiSmks/IPFuiTrTZbCB8RrQyhIvNT+1IU4qudl9Ti4/BvpAs93svmFHobguxc+dmsf68pyrE57uHbYIPCYrwHM3Si4KXZd+M7x9bprjkSdbSePyjsXiazFdbiHtUoE62HGN2im2xS2ffQj2tzy3ViIrRy7L2czD9zHL9L5W3n8ZEc/uCcxZk6CDKHtUeva3PkOhkxGUh/r0x9aYnjJUYBJbfYpZ0FEXPHNF76PYOMbV9rI/1Y9SMUQ+W1/Ml+nyM+Er1BlEfm0TMTsd6yT649zLMc2+BtwE3QGORO1dJ7/z+2LkzuzeyO+Of2YN5f2TzPTosQv2dcAj6Wr8bsi393CbQz15ADqfa3AyQDmdSmX2U+lvWsWMoFsyCMYojMcA2IhewCkYq9txbPJI999aZNIX9RW0ptqIfym3K/sKeFp6ynWwTnwTybLSgP/uJb6nngSyz+PxWbPe8HqfjdOt38anib9FT4pA7YaNSGIDFNMgeb7jEEsW86BPqKdGbZ9hfCvdcSOyltkpOniuDvH9qJtPAYPulWkjZHozLsW5+Qt4rjn0oeRU5f013qhXMLWqFubePVB5JQ2wSfU0xhtoo19F6DLMpJMn7sfZEBzrTTiGHa/Rw6+R9U1MiUhm31SSTNcxihzzxNpLoW1UZv9d8wcQ3KY5wzY7Iwo9+Cc6y9d8cItYC/t7b6qoQbTcX3UUC0ZlStRLF638nw9vpcrIx3hChgmfbc8L4WNLwc8HodyxnVpIZn+ndfcNZlsm3Hlvy8j6Xzz0HY7hbaGwT/Pnn7TDnBrmI8y6lct6xd/rA4L1f3w/Dt8x7LItd8Cr7LKo8klzsb/dTiM8gi1dNyu6X8XpW8pWx2CrxsBWCfxN+ZdkzhtdwEzx9R/GRni7Ok37OV/7fJM4Xqry7XntWfOu4LiNAm9AT51lCynL7TTK4/6mCRLUWrtEThM6CCzGVxnGwYgwo8taJ9IAiXGALM++8B0sbfYGtRlp4UVmoz140b4tn5DoqDG/q1+I919lsVJ/QSuL5IgxDCp0N70K2BY2T8fh8qLdIrM3t4rN8t+wdn6sqHnYse/BdKCfSCEviFcRUOyqT1SqKMv5P4dV7s3F5mSaydK3Gdh1R+N5tXgWSLe+eHP+/fyy9MVfd0/aV9Yb2VrBIDtrdFsa08orYA9n76HR0VLebBBYFCxPPAlvLdreVsf01117GcU7Zb3BORNbB4phjirBS1aGZvcjWYYFI5vx178Ua5VXkNexPQ4j1hDkmyli5mFpgHHuUE0dgRW0XZbzUO2IZKnGxvcTyaUOUPScjX6r/s7PSt/Kfd17+p9D64wGD2LkzyqHbgRb9nVy5DdAQV6rnEdP4f16eieNwGmlL/yFP8nziJzKzRPPV/w3r1iKs0ErZsRzHwvllqzKZXP9fX9f/lH3XBBW2AS61xdZlerte8oT3Rtrmw+qp1AC/trwO/xV79P9sHf+z1nCUbSB5HS+zo+0YO9YiZND3KAmJpYRtEpfbCEvlLIPj7C2Z3BP8hOWXIbgKeSjXFr+xvhRlvGKiv+eJxyp71fsM/dcGj8wmmfyZcUHRk6FGPgrpDt1M6IGzlOfjdh3RwvqQ1yCS/DkvRoXE7g4X+2v2yxz3PzRYVtkOHcVzzsElyvuOVYpX2XnqCpt7c0DW0ziSdrPrvLvM+6qxIvfuflZ+LLhYg8zObQ9vu/Wrtj/5tSrZ7caABiFLM5e90vrZuMqOt19jgu1K/OsXlv9fJF5PB9PV1or0OBuN6VTLXk/XWNbauAzni5R8M0ih0lZZbvNRxW8Wqg60kix62/sxM0fS53ecu6YpXjZcIoZ5iu2li4Mcx5Iy1+FyrBE0Iraps7VmMbxP7m9tKzrDHKaj70f/zpb8cGfbyF6cxrVi+RiHSr1E6q6hKKOqFTse00U/ztytuZTPhso+qvPFv+c6m/U4Yfzyeuv9TqYLlvMZraTrbAGq9WeZjKBsParEalwj2Va4La+dzFNsHeM8tJU53+MWOF9Yte5qfmctJtqsLBuX6JQjzQ12kq0BlyhRky3nH6sifsZ1va1jJLbQjZbjtIvRS3PJRvYoy7MaIa58VkylLphiT5Vo7nlqKcrQCVMZNZYZmBNGcpOttiON/83/59YZgWX7ix9lSu5DyI6M5VmOel2QybMdl+z7EJtxldjJtkrOhjN0QnIcZb96r+aso1xumtgCS2VGBmAQsY9Gdp7YCs/3VEy3HFMX6bLz1BKw9epuQdxvts1whr5PTZLszFwrKfHvqYBJHIIZlj04amwaTZBnOZreYaidaUeJlvqZ4GFVaKgIr6vVmGHb6I7k54VHm52Zziq7V0YK9jZZNNpxeAPzFSPUVpDH1rjFVtbTTurXG5nRi/Pl9xK5MYA9RI4UfLoRfKteL/URulEGcSuzzNpvXabErZafvag5h5qfH/ZEjWpwFvBD1W12nqrOofunaJzoos9K5k2fs5xr2pAThX8XYZadbefY20Xu3xGiAI9WEB01auVqim678P6bPKI2OmohhTtsDxwPh7n2Tsu9KMJWc5fNlrjbJnGPvddyjM999n77gB0rVmHvI+HxjOhbSVRgmSFwO5ENPjvLPlOpL1ktv5z8PtUw9tgvoArH40HLfbH4vZ1nH7LjQr6K2wRVqsLD1uERmzuaeOAQfBfEZWoD3hSbRvQlzij3qqrGaryq0kJ7nBXtUTvdsnW2NR6zZRj+dzPNvaiWqZeU72lXmm99/vdqyfXH2d9tuMMiu3eitfspKAf1Yk7KK8x+HQ6P2x54yEYeC0MES3skUBtTVnVOzvfdNemRkuO3yluBcr6XRZYiSkmHW2SmC07cE1mPikm0wF5vvPbN7a2RCNjZwX+COUsM1XBYxvlGAz1xv3if/taMxFUYieOxCgst53VcJJjL9ULXvn4zMFdNY7HgNiOxBI/InmdcrLm2aEcptKcn7JO2EpvoKRutdDXGSdx8PzlVltil9jrztLTxB/uMtTK2Z20Cz6kG5iVBLhvTGpXAc7YYz1teixesv7WiC5bZe9Q4vCin6Ev2ZVsexs+jj/hCNP4K9EIKVWq2Zhq6SGSOvc17FvPM3jpzhuAWRxDzjJMo4gx+DUi8WNeE/Zorp1yt/BveKZ6mmJu9YhN41bbR/km0ov7bPhOPDVaDmWJPKMzconBTyHfpyxaF/fBHm0K1sfiTfc3OwFtCZz7CK9vTJqFER7xu/2wZKXkjrCfX4Yz0LKlxzeUyw7PAqBMpxhyd0NafFEdp3pwpH7XdLPPkTet3Ye6ufctyJMA1gkPyrKfwiaq1dcKDOF55YsB/eebetkN1RNec5aBT5m32a2V7rFYLLNO3hfjPiezlKhgbe4t6z0z23WdfDN83Cu3Xyq0Q79iTAtI6TnZD9vst8K71sbAy0+TkfGBPVci8OLwn9qkqOMkBn92RRVhhWVd6335gHRphuDpZR3eZ3KcSYiH7GsUSe7Acr1BK8nTdTHxmrrR+9/lcT6ssc7hTM/S7EFW4SX9ovYb0FH1kx+HREGN3htnb2vHpFJ0MXO54428fSNhc6lguOfrHg/HVcaj/zfqtxwSdLTYf2xLxtYwyL3ArHSVTM8cGrbZrLFuWPrEOn9rPrMNa2wef26QgtpzTuyeW4S5ErdXhY8sz4W/2yLbI90NMzsm9/7Xg8NE+Y+7DKHx50Dt7o1byrqyzfryFYT2+FI3oCzs2h2fGclaCNamOtFq7UK8ZKvGlrUVC+9iRlMSPsO+Vn5Hs3z6qrilSWG8dvrKU4Qc8Zw9ig31M/C93ZL77DdtmLMthtZo9mx/LnPHZGbfiP7BVNIZ4pmX/jqncI6VZ2on67+PM61Q1a3AqKXHo0Vyx/Od9tzpmsNZK8WKL2k/ha5sWO/pAfT9qEc0Gzy5niEpI5jOW1LI0mx2nXxfe0+WS/dhLDyw3rBc/H4/S8/sSub3Cj4b9QqIzwUsi4zAy82TPsy7LOz0n2ZBjGfvG3mg9r20iGP/PQv48773+kPRwpKr/7iH7qeS0eMgmQ6aq6Nucd2DPp7xPOtAN9KkukrH4yAFvy8iuiJ+LvfciO4J8Gf23QbN7nKLY9qzcxnPRJXPyL4fWntqiGM6ltAKb1Cab3d3RPt1s/Xx5JKMYM3dpWwtVC3xnnWi2rPNuCWU64jkciM9ESmEtJbL4vGp2t/mwPLVVyn1v/2KZNrdZJ1LWD7Yj3C5ZjM+Vv9o2utAmJH85+6wmcZ7xpyHferQkIODlmf56jXqDyt5zVC7oB/uCe0nRIx4eUzlEUJV2+JvtKz1pQVfQleQycbZ+/lwOzbwVNKLdvbOzNdvoVJjRoj16XJDT42i358bQ+lvGvESezowpGzdLZOFjZxsRn9M3ge9Q8r38aSZ7dVaKPxXbrc8FVRROfl+Ws0Fl5Ri+PaiNrgiWMj/OXnhClwVZoAY77CmZeBvOw1SEnbaxcMed1nsnsEYD5zM8OVyM50Aue19elkb/aC+T7IClxNzaW5gn8b1f5jco4N3polnP1vOlStTEjHa6JURJOGjHiAk/9V5qjxKfw+zh0T3MC0dMav1H+6GyMC5NbTOyBGfn7RJOfx+TMSpoefVP/E8kbmMpLUN3E8P3xjqH+fbl8N1RcmNdFbaoEnDu3MQeEsVyGNfb5M5DJJnZ8E2+Wc655SrPsbwxRig2S3NpvKXzHfsE8i0Gu5+k2VuCvAz3lLqGaiS+5BSqlLOugcu9I0jy+0u0dmUoV+BKQu2GiLk49pF1LHR+FC1wk/h/RF9gD5CGjr1B2M72HO3rKMwNhTvW9pRzvB5cQBfzLVGGOUaRs9jPRb6RLMuUo5lIZ42pkeMSA4nlxCxuxZlSOghmMUGQoiWIO44WYCzDPyfMUzVo7FjbXY1ixz1lX9ie4YaeeAbhKsL+zuscTRxLgE0d/zrAvSBUd7zhaMK5Oi0n6RRVhlSoWSpeyyvwushA/KyZa6HaEWMJzRz/zat6oIt8oTZJGa/rRZZ0ftIQHYiR4oTzPMkjeTE0dzNC7hY/Il8zorgt4ptR/+TKxyLB66aHCK0IP+NZP8j5nnmcIul+RAN/RAN/RAP/NTTQ75b/HTwwW/NHRPC/DxGsRAt3geX67H/ThTyna+n4djJeh2Iss3Hco35EEEvRyvlZbu26UHR3XPZE4zetMlJXFb7m+Gj3P407PmX/EfL4sv2fxR4Pdv/92OMh7kfs8f9v2ONGFZXiNn0bHuUox99rJRmQkLLg8ZaLlvyIZf6IZf6IZf7PYplJx1FUtBdML4tv8gqWKI58z0U6W4dT2t9Pfquc5PmSI76TeAtHMlC55PzYc15yW/Ozk48v/smc+D79q/yCS6eR57L5ksvqffX/dkS2WZB2edUu+xGf/RGf/RGf/RGf/RGf/RGf/S/HZxvTVDR1l9k2ziO0e0dnV8HnffSYbCe0dVXW47GXmXzcvxsOuzDgsJFH7xsSrXc/nNz8+SUs9s/BX/9eKc70y1lxh1MCq6idu45YOz2F2rtBwsd6W4+MXSySpMWh7hSMxVzxqu2EU+R+ziiHoZVT8iE7VzI/j9eHuc1EeEiXuNUS15SSG2R9Nr/DHf89XlbkCGfRwY3AeBthoh0dxzd3cgl0MhP4jKMSezHflKGSEmF/o+VcDMVobjmqOCmZBw+VXIsxTA8nTZKm03F0mFuCzkJt4y3hD4jjSJeQu+ePclbukTm9Xh84Sr+LO9o5HONWoQCLJQpvuNw5x7kA3tYJuYP1OPK6yHSyONb5aOzjXAIb1fnW4XgXxw7T1TV1Pgt2HN1cdFtTqXM4wRWF2Yvm2GcQ+4k7UXZVU0chW9eVIXNgmWjWhdisE/ipc+ju6tfksczWFmvBGXoTaOr4bp9xmfa5Fz7bZVPH1NnDVYZ3Die5bLno35FqueDm3sO5d5DShuAc5OEKXIVLYHG2tMqa28ly2nTHRD1WqOAUNxY3aYsP7Tj0lJXeYcbifuvQy/3MJaXeOCxWfam36+OS6Os8dWQjPxbRJyqF+YpLxfFzt9Dy7N9oOf+xr/9Q0BhX4xiU/VvYjJVI5n7ucjXbcPav563DqY6jPOuwRKwOT9E9yqFKjYPfDyxN+6xO3chK3TI32wyQuRlkfKwkS5dJ9HcJiZrs5vbDADfQPaTLnUXKLbe/cBanOc4P082Nzcwz54iZAIuLbAKdEWEep7tmGOQ8cnS0yb73a30zsT55hvsFbhGU5pfulxKNEPWwGY427ekvai7xzsjn/AemTvndwVnDh8JisPM5cQ5FtFsqrMMQN53iGGC6uYWK/y0I90vMxVDn+Vs7GuasnH5nOj+S4c7iLDfQne04d8EA489UXslz3LnuV65t4KONyeE81xmE810cF7gLXSKTbXQkijHCVUp7zwWexPz+ItfVRFkMBxhvj2iNi90lrqV1GOn8nWcs7fN3W6NC9s0vHa9ID7teXepyW4w0tVYyxiIcQxc7XieOPJyLtNshGf8ZQ/u1y+JoFqOcx9Jy1+3/m5UI+K3chbxERTJgU9dSPUKVgaf0QHaO/N1Ke5ujOlzmRjuHMa6V3Dcbx1jna/B5XYeJQrG3q4g/sQx3M51EfBp6flO4G8fhXMCMtOTSb5S3RW5mxUS6fJd0krsCPyGLQttCTuPxAaHp5qrQ0I1zv3Gnim6QdpVyTnVzrPn0CJFSe9N4emS0nRU50cd76jouoPP19Z22pr6+81fbBNF+viLMWje3P942BbjS8Q22XfAp0pKricIMsJzIPMRnPWQeV3+Okjpq4XIbQxVd5WYpb+EaKLexRffOd3PjncXdKo36EhfPg0UvtMAE53BvmN98NHUuU7eaNkveylJc7Th251A10HIetLkBW07jGudQKbRS5RKYgd86vj2H0ecFxsfJN8DzmIGlqJSbhGola2FcclBVIo19yNC17jjVQOwxvjzHHnMmzY2hlclqsubnhfKL8zjNxURqhuvcbHO9u0SsDdyCP6sZU+cYsN+5ie4Gl8XB01hICxW3MzPEsU5ynEGnWjj+EJosvXDSaiGm7lq17O1wXPpG53OTvUFT3HxTjQdUdCNRxBfOMB0R5UCKY6LjKOqHzUfa52n0OMdw/RKmuhmZLGUWlyif6dXntYphuEmH262Yo9zk2Prm70T6VDLeDTd+NpygXTFsI64xR0f7NHr3oPBG/7YIfzNMyVFO6mhM1Y5L796XBDXAVLH9TXPRndfTHcc2V4f7p8bidct3QHGUs6fQm90yspjhJsgqjJdMNjVupuN2/cpWU7ZtRk9moAqT5ba4G9UtISc23+M7Fbc4n+O7OmSIToUc36zXWvHa87MZjaIAjWkKlWOq5AseQjdRUchMXpTJTF5e7zYp36N/LSv5ZYozj/Ptxj4zeTYreTYnOd+6dqvjNb/BDcA9dDEqJK/jctzm5isrJxbnZ/gTXsME+HKRbeUlO8v5k2GQ5EHhMt4yxDdJbZKZ5PI+9s3gqpysz36tPcVGGYodottaf1D+dh9eOZ9JKLqHKyE1s5HtX+jfwYY7sayMe7ZL1Gs/LtmUk1D6VpeSVasKuTx6EvduId0p9fhs93uMQk6KXHqboJfjVneZ4ghzf0tSI2xAgVBbOea4ksw330QBbnf9baXkj/f079/cQrm8pVAiNB3ucHOdoX8+91Hm63915g3tbd5n4A3rM1z72Rkm+tPxqoFk6ZqBYuFH/+paRLzQ0DCcKbWSWGAKw01k/AWmsgWm/t1lk2T3RGu1IacV3yeLNwP/zL7Zs83sus6VdZ3rclfWUO66zshZVV7JuXtZyZisJeegvVNWk7+Wu5ZcdwYS8L2I1jK3h7yeL2TyRvtyXXCH45vHsvPn+b0/e7O1V+EZdZu7y/ko4JiU8hmgeQzXg/PiMY9bjxLVWrhh9n7ddPjF6PkaDKpHt+UhN7bO3P36ttUhi+PUkIuPv5X7Ja7zN8kKwhYj31/+drF4BnBWpc4UPfetsO7B+Dpj5Wzxyd6yfre7x80QupNMnaJJMv7c2VXtdkqVo4/ckfa95oyHVahAd1Q5rzkxXn2vGydnlj+LfGTtfW6g3pwZY185X3026zTud+ViOTOyAx8Mt49eqR3OldwQfqf4TOF+DvjU2YwE+sivLdiKz9TXgn0YkZaYWzzgPkNCMlbXtxiMFnwsd07SeNA5vGP5ztT+mexYcWzHOHyJ3OzFlMlfvBOrFecu5szFFO5V43Xgdh+VEbCVNzdr8ajMnQDcOyd95flgXO337nC5d7Eup917UYSOcuvZmZLXfb+Q2djXt3jbGspmNo5aZX4R5X3OtsVzMBHzHCM0l6jPyWcxjIez2M9pLi26zF8puVuxApdiCC2BM6MlPyWX8Xl4qjLZhUdnctCnEeUA5vYZDbpTE5YrXs+43MI3LuSfnyp5hZhOstmEaoXC4znUzAjae2GH5M7WaAyhdqYk5FqL5moUsrPBM/zvzxuvg5+xh9wPaoRQwLeBv1biYZHhmIfsKb95zs3liuWeQL7jm29lnBhW+gvK5vyrwiOuIIzz83BHzqOO7/B6zM13j7si6VspFjjOCV///q/8nHu/OL8TY5XZu7xeyNioF7oWOF/xacOtL3C9Ag7i8+sscoy0cIs8wq3mV3IHfcRdfM9m5uTB6h90NH/r3zS3WfkytWEWffb/ZDg1X1Y1KEEHvQZZqTCGQ13UCs9IHuy/9aUVshYl6kjzj3qa+xV/GxGPfaHjbI9fiaddp0ALfA8Tydpuo1KxIHSXrNBLQu5dn8sxe89dCoud1znZsvqE6CTzw9otcC+A8KTz1M9ZZ/PDTcUrhGoPJ/9mjs6lW58lkftflLldOTfH9p73g3k9MR1GXSTZDb63T7klLjdz4lK395vCfB1/V5jngnxbGMvTr6tyjMrhTpxTPbpDLJZzh1h+6HMRdcJ+NDzMTgvR52Kh/Wv0l3hBRkPUlp52+chmUPsSGxTbjHLtSqPxEqz8tVDX4Q8usgo94w72iJg7h4YQZzX6Xq1He8351XaoONqGvdAKaXrWcYukUnIfam86i55zz7tndV/yI2LNMMsX+hLfhkiqTm66fcER5yVyPs/lMtcAs7WXC9j6ucwVSW0XKDt65ltj34kX3anEGsm9QQ/jcfrnbKtjKW5ZkNyjvVIkc73McelFKBOZl/f3XBeN6GK5vbovSrDMdaeXnMUpxJrfyyJVPapfcX3xqltKteD7M/jvV105/ugq0JsiHINHwtnul7lh+JNzco9pCjG9VhdimXvN8V5tiQTaEvfgaefwrFtMTXCa6aNWUlpuoX7dNYK/oS0GY7+U2zPb0lkU3XxSKc95BdqSt0Xy7QZxyr3lIPeOg1ZiveQ58DTm201kzvU/O6+p1qFXyObIyARz7D3vOPC7ge8ueMN1+DfuL7icWsnYlrvcGwzygy01ylzF1oc3GUnXbzm2QdRJXpyjgu2M8ZVDqA4F1EO1c+xDlrB8u5qTVjI5SCkf5xhbz3Zb68aizp1m1lO0Hzk34GBVDL5fvghv7JLS3nYb8Y57173nVrj33QcugSSxXpst046iMivdKsfeCDaUuUUya49GFZbmtPSh+8i97/h+hewTm/n9seObuz52n6jV7n3XJKePa8J5N0jweD6nX0J+eD8Onzi+EfZTl4DFZ7Kivexax9L0J86hjNL43HG5pGjlnr9NkJyp61wcB9m1eou9hL5wX7qsJZIl/auJfZivoTqUiV27kgYFf6msLTK6udWfwQcLHx5IC+QGn75BWuwukn52xfgrl5kVOIvqMJDG4mxK4GDJDfyePi1kVWyFKCf5QGnzDFovO2UgewvupX2Wfr5ylxPfCXJFoMmG5gqy6Ei/plFkcSXF8Znw33PpV3Qe5dP5grd2pRuQwAXE/lIXUgyMum5wQ+gyw3zoPLmJ/MhwOy3f2rzRRbTp5fC4ZGk9E1Vy97mXw86lr9037lu3SexD37hpNJwsNjh/T8ZJik9AlaNDeJ7NGN8EFGOG8idjHIvAt54XScuMkLJXg+dpx4qFcbNLZLI52nDvBufK9fUXgZC3S/Z5W+5cOc81kNtiirAWLuDBhO9cDFsc77itjtHyn+AyG8c4yzfoNc6RR/3btTqWcw+O3HlJLEv6u+TX6kPVHFOduY+AOYzn94w53SJ3WORLHt6oxFwc6gzlWX9zopW7xfgXZ9vLE2+86Mn3jm3zVViTQRP5Tqi/uJKANtZIjjxf1mvsF0i2nIkmX24aGYuH1TLj7yOP2hxCNxNb/ZtYvseW70Hc5vxNkxyN8gSVSl9vERtWlP1nHfn7ITiLEWONd8qzU3EdrjVRZmfuEXs0R3mdOe/ODbJecwzn+vuKtin/nXXEmNwyw99mH3aenaG6Gj7bvO8JP2smJ5TP7ZibU3utjnCOoTr3PvS/d4sYy3qPGc4BmJA58iht9j4xXifOYDT9X/qKv3Wdx55FLKhe1uvc79RvPz/kJ/Q4uMd55hgb7kysn93Q3z/POQ59qWymw+PkHffgH+U7bIEB9IP7q2M/wS8xVI93acy0/h75uHgd8L1Enqu2wN9cldhfYpLLMbov9znJqMg81aNHfidPIm5lf9FkCEM179LTqTK8Y4tfjBKhBu911ki+AEm8CNvt+Pz+ki1jej9sd3yfDmGyjWW+8lvFM+dvtfR4jMdgOI95wg7VJLqOv3OU9yHXX+P4RoAbLMk9tNy/dY49kTrQZs23ctzr+onux9Tob6wcIP5GpRn9b60eSUzDXufOCzes+nVjG7LfGax71oQc6llvGd4xHeT9WWb/oG0z7WbzvFqRoLO3O9mQ3/XAzLP62c7OMjtcbjveH6FZ5r4lK2c8W3FZ/vjasVbKkqqX7tdqr5UyasQ6/ChUhnt1rZRlmiwIt/fOFPmCbzHa6TorvgGhM9X8Q7TmK/I1cxGmGkGWJgfrA89HhCet1T7HWCHmZm6uXbQbzhIhLH7l1gN5F2jGZSgvkVmxyLvsQfzMHuq2g4A8X4KpPUmrkCSVxzxtCZ7S47XO87IoSxJnksnjXXa4esv4U34tCDYvznVCn3i3faGmkl93lousPlB3NYym+G8PCf4lLq+RRF8tQkIo1NDutXg+k8TcYxYIfCPUO+ZtyzJnXp6RzPYtqD0srqD8vBbEmcsmoEGeFVvvs5r3kqd7Pnm5hpci+ouPI9/JVZDHHIa/4D1wOtCqzJ3AUR/ieEb5Ow4HZ/jDBJFET5Pfm/iu5TzecbGQUf5J3Um+tp5pMO8RHQ9fOFb4WW9ijZIlTX5KmMYWyTzeB75UHA3zrEQx7ptXlOf7vQT75cm9L+hN7Yj3UKM83teiEeWNVPV7bHXjvLTkYr1Xp6TVWqTl33v1QnW89H6zbSq51bnsahwv8gH7WPrZYF5wplDg8tCv98VL710zATyXvGZcO1uT7w9MoaFpqrxOQCjO4/xyHpHxbaxHcd5qtJf7tn0W2SzP8DuhMf4r7ndjjli0xw1vFp6nWWx3TcINbx2IPYvHITonsxn1XjNMVQmsox8sS2WtaTgdawku3ID9A+c3zLNokudQxv6peSSax+7jehxD9ULEsAisr8SE/+wt2yKPijnQ/14+xaxE5UJcQCxo6rvnWGyPlykrp6/VRWAb/TXkrc01cgaWUhwH5LngB+it9KMz/LkhkrqzIHS9VLO8rHRf39OQn++jrfgbDtUH5v3zmzrX0QX6LOof7g6PLDYD6FTOl6g5m+lY3KvrAvrInuA+Lm5vd3U2CaX8unIJlvEe1h6r8FbUecGHNBoX8yTGLpqT59mvugTa08XkEYw6JPJqUb/d7jRUM1+6W2fvaOE71pvnFYM98x8V6db7YfMXYnJiV2Ko6ClcthV+pS3SVP8+taGhT8sDPzkoL5kXl7V6RDGSOIhaSxQlW4JXa36zwN0VcMF3FaOBzTDT+DYijDGLInLpXBSR995Wd4jxaAi/9X8vQYu8uMgELfOKQz3GHlrlbVEsuWwjj9D9L/bePc7O6foff6+9n9uZER1OIhVHJ0RcQxKdiCB1iVSQREIGUUnEpe7ECEIpNVGkSZGQIUhRl7oUVYQmrWrdqi0hoy4VGhq3iJagn9AkP++19nPOmUlCaH0//fxe/YPMOWc/+9n3vS7v9V6v+ba2S8sX/1BEeyR9JCYL5mVpD6S0vcQRC3O8NFbVU4eujmcdcZ1pyDtP2Yp6BEvlzNP0QxG9H+v8z5LR/mGfc1HzXTyLSyqB2ci3ZaLuHGzXb8h4PBTYqnnPnx72g+miY3UdHqbW1W5657FW+5b6WQmbpF0DQoIj0D2l/3nbUBv9wEe5TVPm1FgK4lI2S6mLzY17iuEQN0+30BN9Kzznc92Jmf/+3brTj91/it6UxpV6LYvQchyL/w19iDYl78hj30264F6snEvb8vatnE2bo7Vm2bSXV9XZtsbVozZsxRsCYcvUUBkVDxexG3mp5W3ycyfRSNkqPcJNi3qkW6cJpjgrRW5ZYmDsFGGmGMvdnWCb1O6K5ZrdM1Vsx1zNZi4RsQyXqURaq3LiHkQ/qh3Dw3AaxlfLDAPTPjNzOsd5quYkfFge1aj1SnYD+kGobRAB+Q1h9s6rXCf8I3h/6Kf/MjXWL0tHtXn+r4b6n6yhMvux+Zm4Ppl36B73jttPLdWjPe/JBVWlc6+iyR6zwh6s+FdZxzz8sfwN47ZOlCsT02muC/oEUWc36ilUwRV00hVjp9Vc3KBWO8rJPVOTgRpxjW8KftaKnpmf5yuSZVgTPdNqnR3Gcph6hJ/DE1qL5bbuj2p9u8+/TePuswY6d3vv8rIq3/KwMCrUKrZM8puvWfntRTNcW3aUXmnuleXY31DWrF8JI9xeq07U4/mGXCZ14O3RR2PRG/GBY/beKc5K2szGij/heXRZJKFdzJTF3EC908ZwftjMzi6/xVZCK7wji82n6fA3JfeuhJZ4T/OqM+6NubF2Vk2gotsz30b+9CjJXKqe/Hs1FzktjyfJEvxXj/+vHv+/ocfHK+Vu+v+nXt++n//V8/+r5/9Xz/+/oedbfCrb8ZpmYTtPJYrJmrt5fMCJjPZd9cbZNiUrx5OxPc37nroPb3Xmg6EsMLsszQ3TmeJvlD9OQw1a8ePEzowiKlr+RHw9vUuYL244iLnMdZ9l8dNxlypZoQsylTDYqhsT0Vgck4r4DmPcGI+DogQNqaBPWlTsFs/KsdGNysrCG8W+2y5t1TO8P8ZqVuDXXN+Ukeqj/Qvohu1TQb+0RpFugxU99T3/jtshXaLxgTPkV/GFkbX+vGTHlPFtF0a/l53SDPkvReyY7gqLSumk8Zqj2tkx+ldFm3CFdkL/dFjACuwQbvRWZXSj1tOoLCyVnN0D9L/2Nb6tLDz2vkHYU8d/MGKxzC2DVWYeoPwebB9zz/eLTHuZil2Tb6Si+h1/I7dZfcggsxdOxWT9lxii/uHb3UIbEvX2JhoVzrdbH3JZPkYP1wknuIsVDztJJUJqm0Ucq08ylrub4sKZq9v40nbTWqfj6ijPnrhzytEogdEZu6REWbPMft7OiV3TRhg+8RjNuLix1GG3lNGUm0g3lTze9wPSevzane9t5OwNPcVaYhLs7umPAiaZcS08FebL7ajBwFTwzTRGpOjPixWrPUoGYZL7pVwUxVp2j1Q0qpvzVFLU5RticdaDUjI8Lo9oy0mwZ2qRoxxFSiO15d/fdG+4ym/cr5X4IOsXxyfRLJKVZ+5xtdgrLSF/8tSAEZyPBC9RropK+LNf6PZOB6cSDUmHpqyZ1ox9eJ+no0N/E3wtukN1xnVkeEptfN/UNN78XeS8yjlHDH+4KqarkThILQ8H62rR+DvdMful9WHUXYhFq8WIlLajztgrHaXfRSFq9gJdH7YSBuCEMl+YndzEdySaPYqtHo2rI/s9xpk4q2qN8fe0qlRjGmP/tPL5Z1Elao6fiQRirsgDUsogU6ONfDXjVe/owDTP10t54Xbpq+tqd7epZ7TtRoH9atfkeo1L3DV5Mb4+SERPCzM720q9ALNdUfHHRYxMz8CyeJb0EWMeFJ3hfBz3Ss9Q7fv8NpxJuZThkM8F90Ke8fUxeamMrjeOiKu1h2NU+ze7GWMruIrnlc8P+8zyp0S8mxoxEz9CBadvK+SaKh1tQOCO44ruEbBD+QljOuEANOJmRRWyhjoclMbYMN7Q1YQMonz6Z4qnSXCCln/V7SyZDA13Ua6B/c1zTPjOGTG1vJx9r4iRapPhGGyV1Iccj0V8Ky1hgd6IjA3sJjvLaeL9A2r/G8JVHZ4ZkM6SOr2hB7grfYwHXIeIIzlEFuABN1FX79+Uj2OIbIzn3POuc0Dt34clir9bgibNj2rY2Qr/Ep+oRD20auk8N1d1BMQA9E++keRnAp9Zilrd54KP8DGW4AXXpOXIrLLc+Cn1BGyVVxVzOUTs6Tyz7rEhh1YWdj+lk4PTthj4Ush5ap/nhHOUWC2L3cjKOGVqYc0Yku6Y8o4bqWPzQLIH6qIKT1HOUWS76BhdF0cwp3xSOYlGpW1be4y2kzuOO7xzZHs+ju1WagT5lfIecD9W94C/8UwZnfLTq8rFZNxXL4oxLU6PuP7Ytx0jvtOk0KI+eZh0wK7JbskDITaP+m8p/LYxxqTUDLha3xbafIeUz0bWs9iRDbftvkjwM7FVTrmHo22r/HJUVvkQabvKGe9eyQicc77+DnfjPtyPXzBzqUn0KvMxIrWXxKiPmMdvBt8b7v4Yj0VF/NiVwq57PD4kpZWd87kHnOoVQ5GfudSH6vA9NGNsuluSYB+I/sW4Bq7CQRrVFwdG2KJmgY2kupbpWu7Q1Pb2xM9Z1xZCFtdikBr2ADkr7tWMyI16W8xS7tHqO4xj9JIzVLadU416axyW8rY9PD0ibca303uDxNeII1OOyWyUXBL9I05wVHp0ynVwTFrCEo2ZnyUf+mqJqRqTTt2ubRSz6aXVUcuMmGLNH8X/E1MTL1XFvQ1FJ5XOf+0ej0sht2RAlCNHlNs5QWswW7MvTFO1XkdJrlNzrNdzJRybHpeSO6m/Gx4LBqV/1TWx2BmbUyVHIeMwyUH8YrxFaH/foBvbbi+WJcwKrnhlTLFp+vRB1Mv28eoYnbaP7xRrBd8/DAvj2K8rYzWPfSvGSh6DfX70jrsrfjoS3dt5rNHxKfMpv+ZPSB9wzJxI1C5HimxMT0UPKAdaa1QdXcS/aCGvRBntprw4ZoeJMVLx9hYJQwvacxFX7fNRJRImYdRbNFg9b8ppkDKWa1xaq1bEd9y6crfbNMQ6FHF4QOry1BmXNuOklCukKb1MitGeumZOTnl+nunGp8afY2dqM05JS4lldv6FvIycP/cEb7wTrKcJTWkPGYetJcY2sqnksTWd1W9neK9T0xEYkfzCr/wLGZFry4yvzfi1eyq83fgZXfmkmpgQ155LjInm3+RJat9WpJ0H3U+CXFWvHtDaUC7nf5iKEk6K7Dm7CTbwgtNUfqKvs0u0Xcq6J6QJpkZmsTs9XYTNpYO/OtSsnDYq13MUHo1MHraoiZdhDIAbujPS76QxzkxN/j8r3aw8HyvHVxyPWvwqsZKlKmmXWtpmgeOKd0FJPahvukFY4qzFfMJ2fUe04q8ab3FkZOji/vhOdI6sje+mJWoI0Sxlecix3NMd7T2dwk7NLUhFlVCqLUgZ+P62FqT+MC8obULcNTVRgmbpK52QI77NUkT98eyUEVF9cE76ulTHRCX4XmqxVNOjvjIoztQbRBz22jg3La4klduTxcBL1dXRZ9Kc0j7RWeu2Wn+l+4FvnYyJ6XnpIPeBvCzfV03inJQywCychPPT/XRcBGc5jsQgR0y5cRftFVlNfcERotZ7QXphOilN8IO0kzKM0+4zRPtdjTxfOyphcmqcMBdGnTAl/aFqZhfpdzsJpYkDfP4738c39MEgF6Ptmys1jwx1X5yuHW2q/FYH02IhPWWMHCLne85P236sCmfP941ODgs1DMKuySUp6+FfU9NpafUzl6abSH5KdsUl6WXcB+m0dHraWK5nenR0/KIMiQS/dt7vmE4se3w3cTvjKeyMx+RheSR8d07Ez7OF+V5b0p0xI9kZuwQbyeUpceRXpLSV8JcZKb+9MmUtD8tVqdVwdXjqMcl50VnDzPSimLyVu6AGx+ptVSjbKCjb7RdTvvtRek26E29QuYg3dnpd+myS4Mep/ZWvz+vTDNMjCZ5q3qkvytq4Ia3YsnZMTfLJ3NVhVdZXnVYxlmt8CKWnHhiJG1N6xHIcBOue5oog+xNr3DEdXuUjfwoLkpvSn6Q3p7ekt6a3pT9Nb0/vSO9Mf5a2tSE+IaPD256UufKUmITwtMzTk6EG86WAiXhWBC/LX2QcFgjzGMR4VVrQjL9KxS9vGshrbcrsFOL/GfVokWrUYHvKIslgT9HmM19Hh2W7RxNCbl3eDm/IQEzzd6WCrXwLBrg+oUwh2HiKVbP583QEPpCNpEXZxT+Su9O3ZbG8IyV9ZrFMxN9EsEDG4++yUFvM7AfPirWuSaOWi9pys6vupO14V2qQ4X6N/Fuipd4Xk2U/kA+lRb//h7RoHOwH8qpYrluH/5ES6FNdKjvhI4n194+FZQ5GP/mnCJYLGRQXC1mnL8CVvgm/d3+B4J50BPrJGRp7fW9KXsq1iOpBP7nSHwYB/XA1jCDSGNk8V3CinyO0BF94/lurWlZ64Ws+UcnsKxpzydwQy9BZV5z1PI9NbULm7k7fF+tfztfBX2el7wmZ/PtK5j6WWdp260MHrBC4xRgashw/hUnkzFRededGoKNQbveKpUjUalFAD1dDZImfgFdcjPvSxfIPnYmzfRP+IMQfbODq1D/E8edczIOtoOVoxraxi2Pcn2bC53oKMcgfSxNWuMxNhsXV7Ya+GiG8VfSLtBk3Od42s4MlbJqfk97qa7GT+pZ+mf4qbUYB52OxkO3ta2kRD6RN+HVqLGtvyGJ3X7ytnI0XhVGHl6lN+MFU8NU4w2IhQ4LFdjL+j/7ZfVCDP8gE7KQeFzIyby4c7c2cySc12NzN/0Sqv0W2WOmbLOyJWvXR9FHb2kxPi8GeemPRntndmzTwSpX8b7uALbvLUcejj5A1DFApegCMTZcIpzHB/2Pa8zC1+tFyLfiN2gWnePu9EeSKbcEYPCHkTDHWj6viRS6Oj3S/TX8Y1eGZwD5I3tBb5FoMkTr0dp0wAg3CszPvFdFaeYbtzE3EsdJTjiO7b1RCF2c+vvG4XijBXOt6BKRCP0eZtaf81b+fVPeBHJk3u18K+Rjs6V6KtHoofTjNZIUzTAol5Oozjt9O0BXdSfdxi1rVWp1FsT/jYvzJPesyodWmN07SjO1x0EvMolEsWzGyshWDeg7l4xh/UY/nsvCmCovDNTB0mcYUB+6AIiLPvj/qG7WN/G1zGYcz/SSswCuuHtcn+X6djQjj4FUSLZXnzubmp+6RtHpk4tDjVpDZqKIfMvfGLLGe9nB/dZSW+8lpurPJSrMcU1y1HWUE7o+KmOJyK0otXhUrW6tWC2OgeFbzRuQM/DN9EvJ45G0cq9ZG7geT6zaXrpqFvbPmTa/WXedpG96Q7f2j6Uj3WPq2NDt7Xwvelt+lXRx9C/s4pxrffHk8fRmC36e0bPbGH9IuVTNmHN/5+ZHAxd2Vq4IWiRXKTbBIZmNUZFgWjkKMP6ZF7K0xF/tX8W9cHM8L/sY67OPmKlphe//7tFXfOa5q3Ll6iTn6fcpf+smJQbtbHuzs49w8fOCdJ15tgGIXK3hA6k+3YIb/0MX4wDESqnd8Y9BqqNHkaIMFcJ6Reynek05acq7YZ3JvO59zwIxTz0n1qigGn+M4x9OJ3+XjPhBXOSIvtnXvera3g4xzMX7qRPkxn4nH4m+uhDfdEynXWks4W9+NDCkj2EtvqifTcaqbD0CtXz+iDjQ3Zam6wFNPy+600IpjkOBQtVdnAePRJd7TbRGX1KY1vvx9h7CKOrTpSSaN+FixhP909GW3Khdw97SoJyVX1HGSM5Tkuz8/zayWluAPtoiiJLBL2IiQ6Zf3V2WnHIyjnDFm9UxbdB9/LZ7oaNe6SL0ai9qcwpXn2c4KgqrGJ+F5Rl5Pwlq+RjW/tf1XNFNTrXoKud/fla7KATVOY+47+R+4izAfjfhaXLGlTVR5UD7nm6ldjsCSoJlNUiub1ZRhPV+Hp2UkY51TntdmKVjiKpFXNk7kzWKGh3rMdx2wvqdPNceWcXyJ7JxW9gkZslNUJumNE9wAfC02/GfnMiKtMzrHLZjpWz1Z+Ia578sU1+qLuMDN0TXzvosxVLWbE9yd6ifqjotje/oVXO6IYN3J8ezf3r+ijH0X0eIRX6o9PtltGZ/jvuNiSi0qY37XHecyIf72BHe2myNNGO+O9o0RP8+DcaMk2uM6ZfvZwN+hsgt1+JLf0N/oN/A3OPvOWtFDd9+G/um0U9hl/PZpnO55xnGnz0vz0nYTsHbjo/GI8LMoCWvUvNY5A0QtrvPP63uqy9Thxz7GYvdN2U3GlWNv75RB7k03GUvcaCQ4A8zvMCzofOMxGbPwotzn+8qdGhU+yOXa/Ag9iXhumRWlVe094/FM2oI75VG4mN4qqP8/Ke8k8wL2k1/7idhBfTXzQgYVq6XkmrGLSwKqJtEbI9+/I/AzGYfcnmN5UGLVCCpyEK3Juzh79tiwZ80mOmoVNZJNhplHGpUPxWxeJm2arPmGUOfNc1DZuNMaX++v9KxhGSq5AR6BjQjxQU+7R3yz3lMSbiiuvl8pN97a0W/IFpSWlGciUdtiH3zoDSN0Np5NT8NE0EMyAuR4Wzua7YkZfB5NOCVkQTFJiKP2lWiEtvy0KpaRuihFX2XuuAHrRDkXf3+1EfTButED7kZv7bEe2dxQysyxsMTBvoDxuE09jfdFOfKxMxbgTfe+jA6R3IPdCEWVjpSXMQJP+xvQOWpBrG+jZ1/w1Wj9qEcZtTIvyB48/xmjn9t0arGWjEiLeE7tEnODNriRSnRzwx2Yf0cG5KLkt8layG+T51XfedDTi0fZ9w+4XjFqgifT9VNj5TlHy9Jq/hPHJ8mtOz/O9cf5OE5vvxfSZmVf/XO6lhuYUkJ/MTWb+VXJ/NTirQe7Jhzn6vFSmsmrnrH5/MxWvax2+0n+L0RFRPPKfMcLUp6aBQxWSe84R1ljiNRFV/gmnBRG5DXVd19Jt5YVrg6vqp/b1k0Rf00r0s58laZzrGQdrpd6nO13d2PQrL1vxh3uCGW5o8T/ppsT5fEH/RVd0RsL09fS+aiRQ2UBdnfUduaDmv1IIcfhMW53Nx4/dceIcaPyudfTImqkE61ynnLU4a4UPDumV7fnGCoGrSLHBrXq97Qj/ULqsamO52bRcMyV2dg8qscWkWDLaKlsFSXoEZGVqK4K72OyVM+oEcOVOdY0xF31hogVzz88aOFn+pL6R23PjtGZGa72eStljD7W5nllBPq2bWo2O3othqOja1uemryg1rWEKIdFalf4SAZiPrhvn8MbYf6pgdcAepNyVd1RVY+Vsb8Xy5vpBfiG2goWylspR2iRWmhXSDdXwtspSw70RDQjZi5Dsy6UsDgt4p3UWKELmOQosR4UYhn3UV6fd6WiCfP7tqjB3+JteV59KdtH1A2bvXF6D1J7EjFmdVgVg1AFz7iBenLaIrBXzRvENhlrEP8mZ9AI5OxAnavYgcznMkeYb8ZYhMnszxYudrW6mpMQA/2mo27DFtvJ3gl/lFmSZ90wzHctHpUK50vfKiTjgMi8gUR/5f3JPTPboKffPRoYEZ37zci4a3iWUw7cMCAHBXtEHbQlHwVOGLaM7WrvydkCB0R5Vs8r9QTjfUI701L5SG+/AyNa4N6QONiDuOsVsxAdFLmyff9bEbWWg6NMtW3as3fSlfUH+UBGRbSXWbZEuxdHR5Q7l0DKEQxjIsHo6D1dA4dEjMO6CGMj2s8OjQY6Ms+UVMO5FmOjHaPJKmNyVRwR8aT6diSKMDgyGow6HBUd5Y6ILE8o9eK7JEZv/O2TO22Fa8HJGIp38PeUzFaTfKZzv5PyYrGlLcGS01KFocmtgJ3a7M4xaonM/Wum4doezgK+nufQ0RFj+blrjonmytqqT6+Np3V1rtDVWY3iPTaqvK0GM+W4iGuS0k+OG8h/pbyV6Z01HtX79efJquyiPdz3PDMUcIbHRfQbnRTFaIpODmcMdUDO2bWuEe+mg7G1y/C2tOC9tB69sY8b4pekw/F+ypHbNIzckvQt1wG3JrZ/j4uOSWelH6QZ6oJ9kfLGh6mAYzoMZ/vTwBLvaNki/pGOdCwfg9/tGM36RKs6Sezcsh6W8D9pESMd+VxoEap3S1PaXSpPZe5p/zS64aP04zTBt1yv+An/z3ScymLM6voh50RPRdNUz4rIifvdEPlydsQ8WiI14e6fKMti6pbLUkZa3I3l6c+TdbCeZk6c6w0tuSQdJfe4FenmgqzWN0Myl/mshCiLs8VIsjTjX1lWQiHL7VYnq6RSk43T8/jBlLtqnI55I2qzBpVy1spaMFOOiQS3YbP4wXSbmNJ0g58HjucKZ0xuB+uZUG0XtvugYhl/TDpkC5Lfy5rbwSsWbtoDW5UnrqA5fJ+RkiLicks5v3tJjl2NxZwYvs+2mXdWLsBGPaFok23BW3pf5JbzxZKvY4fqnUAr+kIpoAW7ooczC/oAdHcZXv5Emugp0/yXZSF/T75c+/hX45tcD6yd5ZbxlrhiFy85totW8dVZxH3KnLpsueW9+Gz7+FeyTM/YZarb1WVNqg1/ERv5MmkK63ET19ZaLm6oajBtLeYLV2Evb9Gbf9knkvQ0/4orYhO3brxOtrKFvAado0VaanTKUl91TSDfIXMNd8L9ESXEWdgqok7YDetmxUwwzZcwz78uA9w1ic31PekioX57vkvQ7JYHXsoCpqfvyeVxER0zzhE5zerQKVsv4x7snFEOXyRcGzbHRXw1Wz/j+HbJvqXnwgZZCQ+gBl93ynQsdShlm3rusvmyYVZytKM/KzmeahMneJb5WnwNFuABvZ23ir6W/c5Td6jPFsvWcddM8K7PMExtY/VZPbYLfrZNXCec50S9Z5z1RXKrfyZua+v/W7JjRL42RmamCfnnKYsXkMmjshY2yoipX4AmHFzlFeiufoHzcYdI8Aw87XkjHBrl3gC+e+OMZZgfiTaMbhnPxAOx06fa/7dUDyvt9jyfqu+woejhmBN4azdWLNtRfuoQy7CN66n3t1n8e7kBIRchUUQVW/y2LsYyvR++7hI0OOrzZq8x20aCw8H8cGOD5YYIxT5uOzcUgMUCXKZZcvo62jG2UlRQvcuZMYvY3g1AUmWn4+dG9FPWe3obdnDVFjiTvXZ0eQsOxk6uA3hGMDvVC7gAI1Q3/YZT1I7iBeij+C12di2gfatEVLNrxK7OYzd3sXA0jZn8FrkMecZcxqsPcLu7PmgQ5iERDAzvpCxcwm6OscmUlXnCJaBOvKfbSxEAezvGQJbkDXRA13L0Mm+EoY53/d5umBvuTpKOsgR5VpwWkP30dsTY1+3nRrgmLMZwV7FLP4VGRytz9c7laP+2XAPjrmh53NbNxkBXwanGaG+Z1hxc7gDXiANdCXu7kS7BQc4Q+t9yjfgYBzvuugPdKJdhtDOE62db6mib4vgciItCjPYAzWo/zJElf5hrwhjFaI11h7gnFb19qDvMHa4eAOMGOMLdLSapfdsd6Y5S29zRbg6OccvkWFePJhzpijjOHe9KwSpIC56tstxWzozrdcrVX8RJyk/c5Bpxshvv5sootbWPVZ2Q3zCG7lRHZsDTXI7r6RB+o+VggrP2M+q+N053deX1kUfGW81E0Z7hpuqndWS8+4470x1XZTk8y9F2SKkotx8OwNmqT5yjtsrvOUML9dYxPFe/a3YtwV5bE/B4xmJVsYDylPq+O1/zqdhoNDuzEMZqdTMk2gWOttAFaJA7pUVlpRP1bRN0HBPwxLrQJZjkLldNlmwHc7CDq8cPHJ+aq9+ML+9v3oFq+xWzuDLi7SJMcTXlPEy2Ui5yx7sYF7tL3NSAra3Dn4S3xDRda8241G0D5queJpe56W4BpjpKQCahDgh9r1hpF8kHcoX7pvQol+HvbUfI5qQOTZjhBuBKd5XrHKK4jDF53XKWwqFln9dEbCMdeWaq/n61nqUz3Y/cOFzjoPNgZ5D5Frs4O5vqyh7JkYpNudZd53rKj12d2O/85Xo3TnHTzGpO3fAG10lj33keUSa9AM0uxo6un/IomBV0oFsbp8GsreM+qf15vCX1uFERewO1pKgckluwbnbvyQWYjltcjeqpV2MEOuBWV4MuboHmOGPNltUz99vUY6jrrHncyI7Mt06ToViAn7rLkKhPlO+pUamEt/UtjujA290wjEMLZQTJ5FQ04Vm8J8wzXavS0Djc4W5zx8os3Omo6Q91w1SKLKqk/LOQwflh3OV+7kw6nou73T2uBfc63v8dhbbn+9z9bhPpqmNoPI9j9fZgTtZfao20Cqwur/xD7mH3iGNW+bHyqEvwmLvfUY74nbJWDgxzNwKPO+bknC7Mlc0SeX5oxgDd7+rwB0cUYG4hz9lw+2l+hBF4wtXiSceY8adczqBhpw+RfE+7wWL7a5GMC5aDjsq7UnnXUEeNweb0i/uXza9sPtfcvnsg/uxOxYvOvCzMMWm+xIvLpUvt/M6dsQyr8zfX4u+SoCv+LjUaj8C2DHTmcZ6EBS5Rf7PJvkPdclwE4wK3uzK/rxPFNPOUawl+y/rA4mHxZLmX+VW3so+ZI7mojW95uVr8FjpGke0h7X+nTNi9yt59Gl50w3QcMryuUT+vu3p9l5RHhOu8v9qt8jtkWPAwkLvlLbfIvR3ucPOKlNxGco1mTOwmrJnYfFEPaY4Xp67V4uj9vFIRC3/XU8W5ruoP6V+OyumDlzE3nMrvulZA9Y7JeM8tcS0hamSQSgxHuGuxCN+FSQ13ilkV+NsRrkn3cP4bPcs8NS/AeyprN+J9bT1XL+NdP3DME3os7FQ3Tuz/caXy+rbvl6pU1aqZIC5V7vo31DK8sg+V0lxvLHNsET1uPWUrDFVPCG+xua6IO8CoJosged9xXyx3xFn8QI7FbYDPW0dLyDL1yS4N429rNz/vl7mhjrKF+HyN2VM5u2PuzXzVxfA+X0uUhej/5D0xrM0pSO9sP/mxDAy3Jvt3nsqvkY99F/2XPUwUt8jnU8/+Zz7y1V7SNXl+Zd9trJ8MwcdcAXW+xSVYxy9wNWhC7NdV7y5XYNFb/WM093bFj1ujkoDlGIl9U9WdtKpWcpf+vewh7iW5jzjDUFdSz+dTyH2TrJ1eyzfwZzHcxUD3g3BOsSUdyu1gr0Qjn/hMxRvc2cf4qq/2BttzbX3AXcpjZ97S3FOaa9TvCjP+mM/U3lCvWvXLmo+SnlO2rt6/KyN0zU9zy6p6UPGYcm1u6O0X889a36zcbMU1MEfEn6WrN3uvMT40YSN/g9vc3eo6YgQ29ltLN7+JYh1YS3e/qRds5q0W7vYV7s+yefg8Alv4Lb3gObFTqRKpQrntBhDnkfd+K9/DC3r4rT3f80/0wTZ+U5/LcqytFGJBevpe+n7qdzYzw7C+7+0bsW3Izs1nBoZIsGOkRxgLnmvHuQZ/uervz6gMYGUHqMYS+7qwvvr42I9SXqztfF//B9W2t9dV1Nf38wl28JcK18pO7llJsKOvwU5+kWtEf1+Pb/hejJj2daGenf16jrf4Lr4euzKjkzfpPvZLNMp2LdnbsW5qoI0Y4BNMVQaQJuzuS4j933TfD9R+saxFWbysubnsm2/6myXBHooeGuTNph/76jawjl767SDs6etlL8/8Bn38zTJHWnGz7K3+y8F+iC8Fj1rsh/qf6PrjuHAk9vHD/HC/r1r4f6I+b0rdI/zyYG2zc6hJy/coZ33oKSah/gSL0BhWQhH7e0NcLw8rkR6PSXKgTzDSd8DP3EH+FvUhTNG7YKDrHWbJeDQsA1mCP0kNnJ41fCel7qHuW2UUz8HeRohRzG+7OPTLZnmUrp/Rvh5jwi5L/SWwu6qIg30dDgkreKy3dxKnYmcgx2Wu8CY9WXFF8/BzjACZJ7hbDvVFHKZjY33j7c93UmPIY+sO9/U4wvMW5qnB+kwjadRvmEHkaixw9yv26khvcn1TiMpLcLi2YrS22+qu10j/yu93KL/dG7qnj/Jva16uo/0xPsax/jhfxFPmt0OC4z2jRmKc6GvwEsbRbxZ6HWu7OoZTKh8BjvVJesqehSYfowOoEbbXB2MswjTXFd1xsk8w3tfgFH+qT7C5SgmMs58Iys6n+cpN1IzL8A3pEbIAcd2cpiXJU9dNDFn1hvJfTPCdcLrP3Bn+mRC5mWv/lDLW8hYdMU+f3kgZ78cG2bIJY3VM5uA9NwwLcJWbK1bvW/KdkGNpbayv9fHpXF72yNd3BWV4lsYjXuV6oEmRhT1gef1a9Fu+pdZTyyMb0Hc9PdPraX2mkbKeDT1LZnKbI//YCJ0zvsM0kslqAf6Lo5QLnOMpJ+XM/jW4zY3A97xUtWoezrXViWbFyN3mqkeX2UEmeq6n8/y68n3foywnnO9jXODzyI/t3IW+hLull0pRCSb5H/h6rc3sEyZdTfbNOBZTfAsSPOp+qDv5ovBW1mFWU+octznaTuvRS34snTTrEf3xw7Ud9EHW4BJPrj3GIE71iVpTi1rLpZ7RfNQ+3sMmus9LGOAsbjEJkYvbucs8n4v1Ob69WaXV6d7qsFYQu9XiL/clZVArKoca47Wa0E/4fX93hWeeZKuH8QHUH7hSJ2KGJ8qFnE9Xe0rnd7t5wSvM+7wFSXnWDWGcS9/5arpGpYRLFFvbiHr/I5XazvLMPzFPYxGfVGwyf5krt8umLlGdMfe/V+b4NlfJktSkz3XUmGg+ydOjSVphT/PE/J4/tbyeKjuYMv6Gakt+zdFa0agZWYsaV9sUEJJT1CIzGNeW7/VucqqW+LNLdGS4th9GfZmD8D1X67l2HkYnfEMYo0Hs5hi8jM1CFrIdXaL2UrZm1RgtK8GRWxU6q4viwsnoQtl1nrtXOBcPujtVrrred8YNYQXf6Mcp2oK3Kv3kdfiJb8TNfo7EuMUb9numi3Grv01L0vb1Uz8voMLJWnOHt7i1G3wzBrheMlVztTCLDJlE7/I/X8UbKjXcvdLTtPIXcY9soXt6iRuMUrm1NYrD4gnCZ6lR3uP5LN94r75xXOC6G6xZevIRmav3RR55tjrk2jwtzwwt93nypv/U/8SbpeN+L3hflsqL6pWc4W5T7ZCRieM1AvhmNxrtkW3GJkCfTXPZS/yGzPG7lfWqX/qfuRzhVZHl+AzLP6CrdJrbVIiL66Pcd/2Ro+Ns/mu1HuLiHvRDsWpM3G98fuatjIP7rd8bJTzklwW0W64drYxwm+pp0yJyYkfXFHKO255bGb1mUaO9MVkOVnnqYP+onya0xzzmE/zOd8bjvqT31u+9ffcH3+DmoTIyxjfK569V1rwmHOzJh9pYZjfo4R72T/gXQzxrUXPkPOnrMdc/5RM87f+ilqN5/l5p9Y2KBn67bP0LNaAYnpinfw1CS9mH2AG95Bm/MnKvgttL8Cc/LKzJyS4vyfH6Cg5Qux29lMbotW5VvhKWe9Y/51fNNGU5aOs0DySzaP7Zb+CZETPBi74tCv985fzh6BpWa7534S2lKvSx2Y3phTpO+/xTt4/6UYrKbMJMU4361zpC5tqJ6KxZKJn/9lwYw2cvvORf9pYPt0nReS/oTl3giQey9+X5Pi0D51wx7txzkJcfKfkqr/dm92K56qy1F0uecfhsvOKNqe9VjfzM89YZMyij0dsznRaretA2j6gxnuar1vhqrY3GT7W2X+gbQ47PWjyoHIuv+zvlDT8eglOEv9GW0RsP6p57U0sneEt/X+RrFIvJVrcG9KNoBuqpMJax3qHGSm208Z0uJqHbSn/bL1brwNkhlrayPmntpPb3F9VNDZcVt7FF0F90Fi5XnZQr7h2/oZsKsigtUq1saaiPyKC+crnq6kcqY8ff9YyMdEecrWs4w1pCX8JjciRWNf70exZDH3lesN1Tzerkl/gmzNWTkb+PUx3R7tFGvO+J7SDXmENuLbLvX8CD3mTXD/z5qge9783j/6EX/MNTMp2nucMoSfVTuWCpP9gn+Mhz/BLs6Jrxsf9n2RIUY9/yPAzQvg1yy7y9c7l/T/Pd7uiIK+bon+V8uUU3hr6NwL6owzdlhWfEyDJU7Fs5KjhfL4jIZWVaCKWd41QC3813D6cENcsbNFL2QP2cS+kW/zYRf5L8VLAzIV8P8/REtTzmvfGR71C2KdTpqj1ESpCoEHIUXgCniDqWMLvpxnrr+aiks2CZeXkGsIRxxdq4vOlewPtiveuh+woRe9YYxnp0ue9jg21jNKagBxZgtGaOjqIa9Xay7FnugU/k0zgiq7M9M4cxItEi14SPfIImHbON3LoqGWRRIfq95BwylmWqEw4VSri12ECl6j6ojQS1wrzxz6Ob+s94S3eTs0E7/1oRcRULZB7+ddRzPvKfB/s80LWggnw2hgNKhB2Z3Q+dokYcgBrU+6GOIyZg1r+BzrDj1ajnBYrwa497HqolndqhqqKP22g03Cc8kzaOEnSLaoOdtjEwh1U8+vnTtLUs9Ut1LYu2ZSu9N/OzZLGjFm2W07GBW4t1Ut/rrqdAdW1z8Z3og3gv9Vi/gcUuZ4wm1n+TKI9gXz3GN0ca/HtRvvThnu17RcPbIPKSgOA11O/q0b58bs3xvpX6V4/6rbSqIfpA+kSjJEeL5M8yDmsOmtAQTcCJqltsqpah4fipn++5lr4eEYdsWLjeUX+8LrPxFzcC73yiWzyHq9yd0hXvOPIhcRfUYpJPVCLI+Z/HoW8k2MIZp5BFFv5fQ/dafsTPg/F9w7HV0/1/NsKXLAm5PWFeYKeid8362xGzhIie69zeUUcZHJGlYBZOxdDoICFH+94RY2jnyz7RsKg3hkf7Rhy1/aJ1A5+wahvSqDaxERFrbIwqekg99o/MA/efjzM+LPq8OOMVK/41/PBj8p+AHz42Oj46IXpYToxelM9CCp+MTbK9PgMrvGIFccI2Nl8+Rnic+qZHumLaDc/pSHTPhrkReAEOvbGu2zRbPRp49Vhgjh7HIQsIJUb7bOEM7Vg9XpUR/fJxvnPlHtksuzDO3755tkU2HlenW2ZbZf0Dg5gPUQcpMsVN1mKtgB/7CuqwDtaFWadmBeRWBmAwfhXVk9c38BB0VC6sGCtWrKdc9x3U8sr6mC2x+ty1s3JjrFiR81B1V15nO+94Tm6BLZWrhWeb09Otp+YR6Y1tUcLXlcu5D7bDtuF0zGVwOyV3UKmhgB7aP2u/aSiWN/f0OMcGcDX90F2BKa6ovBxbZ/Xam7XxI298V0WN47UR2iZ71qX4mcoKF5ZxtZRYbsNfVY6ykfh+OEeMW2YvnLbSyG0c/FWdVV7d05+fWF38b2O1aNegZzYevbLqsa3cbDnDd+Ves9Gt7OkYvbN8nIuYpvdus8/Hey/N/NsnsGTno7qeGEN2j3ZjWlAeKMP7nBXbCFXW2XDMSLbNvp59cWaV3KbW3ZlsdFW6CVEV7mllT94nsROowec8Lg1ZUeWcGcnn5WQhfvvzcbL01/ZUmFkGuD5ZyRewebxddryrsLQQ5TXNv+n66A3douc6/707nSuLpW82AvfI9lm/bF3XK9jmi3g8zTHvRZwR7ZCJer8YNzgp6Es7Zne5VWPSuS++fOaWeDXI9ImYm1i5T2Nvcemq2Vv4+dPYWxr86thb+Nunc7cslp2yEZ/K3sLaNo764GLYKcqyV+Nr8Rg3xRnGva8+94H0z94TK3O8XAbL7tTgY3wja1kDDphGrJCds8uSxVgsQ8OTT2GxfBYXTIPnaF6LKM45YFqwS0Y2lWrJeCc0+B7qvWjw7Tlg2Icdo5X5X4Zrz/gXeWa2Swz33pQ0YyvmVk67wZhhbvXEg++aNWK3bEDGXu+e8dxR5hfFftvYNsLHddGhEdk6F0nODdMMnq8DM7Oqn022abdYvpmZ/bA/9shqVIew2aQX0mw5R0a2qplLmuMzXx4W3h0D3PEuZzd6PM3vTduZlVNoV11LJU98Zh0GZeabynfYYnHBGnq2P96Z7Zt36QIc7xa5AxUj+rY06r17ieKduc72zBJs5RtxkWvwecahFWR9TfbKGrFUMd3HBO5UlsjfVnK3Sys2iw1F2UHujvbOesrgrIQFUjlNbpeZMiQbnNVgs7iyGhfL0KztqXOQpyVnn8zQ+3u7CVggT1T1jSflKZExQS2TfTJasr+fvo5hmfWrnwzPyEf7oecoVJ6rwVrueHentqg/Ton2zejV7I6icM9lsl82IttAvUPkGOC+bsyK2D+jXF1SXbbB91UcSGfXiAOyA7NDnMnY9l7O7NNi+kqDb8RMGZlNEuJYG3X1nqy+ioOyToqG5jPHK+Z4ksZ3fisT9Ema1a+4k+4J9m+k9BXrRT46jH5Yz5kUw5uvwdeH9+/hGtE3oTZM/m3+OiZhfK9Fhkx2OXfqw/IOqp9ay80Ue4Lot4eFKGei5TuhpxycsfyojN8x9uOq8gm+TzY640pgzAfny3ARezuLW6J97BJnMzxIz2ZaU8dk9Fo0MVrBV2IHuJJWFRfRKT0kG6u78dBsehUWscHHAVFws9jTh2Uz/cWBT6XBH54VcUTG2VgaWmDrv9lVds+qOJde88a6VNDzuI9mxmnPu8Tvz/Wny6r4l/K6e7h61z7+gvuLyPIVESNMvp3Fqr8emZmVqxuOyjhaCxW57dRaukBLbaPIvfVi9qLC6mQtHKCc6r8UtoFncvUIWdRFg/90jif+vjqOp6Oz1bM8rQnfB3v8r7B9NPjPwx/VqGvK7gZjkSLO22K7Vsci1eA/dBW+1wb1cxyT1WD7qAXt2aS4e2MYr1S+7lbFL9XgJwSOky+HYSpdCeVrGtO/g1XKVsuqWKW44z4fq5TxHi3C0Z6naSFIHfSATHHLsWY8UxUsrjFIfRp3VCOOVU1mORq84dCOy7i2j89Kuoe64Y24Gb2xsDx/x2aWQaI3TsjuT9/Wb+pwYmb+mgvQiJ7ZuKy3GOKLdW+kz1N/PSlr1fqPz/jU+1FTFuPk7Ak/VvFia+EtGZ8Zw+txWb3uBMEp2anZadkgntm6ttaP3seTsBW4ECW3vp+QMV6vlm2MrfY54Ho/Ts+y07N5WtLez6iSU7MzMv72fmR1rznnFOfzy+ac4rn8n8o5xb2+Ks6pBt8h7IMObXry+TinvpOJZjcwq1ZFgsvtE1yd1wVvF1fGwchUtj4C7Xe/yeXGmV+phxoh65Ly2j8zG44nynH2lZKDcJau5w9kW7Vb/zw1XYhze4FaRV+ldVKW4LtZhlc1j3x9aB1H/eysRtFhfaW6Vt6SnbFlMhqxsudPgWHIMpzp63BMxNWxRHVgw61dnEu+LpcMxuueqObnym+iROXLz8PQ9a+xchnj0xdhe2K+QKId0zXke7K+z/RdtYd2zrLfc6VONdkB4TRvRk9/UZSo9NQSoiwrsk5riJE6J7NRPCZkceCOLrnvZcdKZS3eKZvF1c9a/ecmjDIzPNcx4VlK3DODTabBz02faCdfneDqUHL57TsXj8d/S05lvLnGT68XU5OolL9ZbnMcv3OzsRHfM7Ys5XEcLMLMpOxK6zl6eeaL8eildr6H0jo0Z4O9RVDwvLrErV3Wls0nf7Rv1JonZtT1ec7zqfEoZYxNJIqyVePxxkY3y0g5L/t+tg3Ozy7IYlyYxZiU/UD/Pzn7djYl+2GWYJ+sHhdlN/pcKuCTdbg4M/wx5+OExNq9XjzFZ9qj1vLILXbvR5dkw3SEni+3sTLOXPEpqsehco8+HtdqnU2Kpslr6aXsoZR3LnH9gzR7tOetdbGeCs7PUoxaD9ctSrBxtPJ8M2LH5L28ldxxTfruUzXi66Rg6zwVt5XjoNi6dfwE3CfMVzY1m5bV4NKMt79ZID7G4JWym1D2moN6jexpCm/qKQ4Ty3Ibnz0paxvDOgCXZdOz4W5oiOFhXGOed6nBH+PeE9NFGtGSXZ5Rw2C/8xp6OItvsyiQf0rPtBh2UvV5YHV1wRM+jc/wc0IWm8opUTkf4vKscZfkGozVx9oqo9sp4PoTfUPfoP18IFHo+Y2+f2ZjvxwnOErblE24gq7IrOybLo0NBbOlm6KxulxB4/HzqBsGxoIZGe9708uWY0vnNKMadfMrVYfuEPTMjdMrszocpdHGN8vm0uy2kNyP0eBf8ptFWdCjS3Kc4+7e3DX4b2eLHHe22mjcHtFVWQdU62TztI1XZ0e5PDPHcvXzDnNH65uHw+JBN3JTmC0zjPuq2Q15Yu6tFmfaOtb3M7NZbbgOzcfIKJb5mBekhgGrOZHzSBKvNua7pVA+kX8UxnUQXvK5J6ef0JZrFsKX/PVRhr31F4u1LWI/f2l5Bdu8cgXWYhvEuCb7SM5zNZo35ATXA2TEq/APFgL/4r+XgZBa5bUZIwFfd9dl9Hld6ZmX58H0+BAhtr3nWLMO3gU/zqYqasKhc/Se6tgN/vqsHnbGU0ozpHaDv1WR6NVSzQ1ZM25Q+XSp51OMK2O5ip5lEj8tPw3ezogPXD47Fc2gpNFdfLIOz+OPEod4VVpKV4Q9yRoq8UaM682fvzEz/yyfz9D23rbzLT9trJaSZqVoCqjlthJnjJuyHPV7Rnxjdmn5bdVsixtHHQKXYYP/NMbF6nL/26yLvPM+D+ui6XKVkfk8rIt8dmXWxfY1rp510cbNzsF/lXmxw/8R5sUG/1nMi5Ts/jXmRZ7J/2Ve/HczL3JvrwnzYoP/f828WLYn/ttQWQ3+y+BebPA5Fqu/1r2mvIvUCNvyLpJLqJ/873Mvck2sinuxwX8edBZlxH8fOottytFZDf7fz73I1n4RZFaD/yLILI5kjswq4ItzLx7vKpioBv9pmKjFsjC6LOCgmGEix0GZT7evNGNkfF9klvQEP8kqMkjuP8rfXI2WMon+y2JlpDW5PStjpivhs5BU+dmxMpZqRrJqLBVr/eJYqqvST0dT5b8bnoo32b/Gx/h5mQv5xs9mLmzwN2e0J9TgluzWwFx4Wzvuwp9WcRc2YQKRPq5OT9FqhMjnYxjMOc8qNfC2sBVfWokP7PasOcR39pG73DtuS9cJc/AIVuYPy2uLA//cqtjFimWLOfHFedwfbeO0dicwv6/lR+Y3dSH/wz3KtURGqI7qHaMly5iZni/LiCekjdhGc6js7p8MperwC9eIIRpjVf20vcfk+R/Hzbg9SbBZzDd2CNajtSTXTTsohp7lqX3WqcetiEvccBRxR5ZzCS115p+yz1b+UKkNFgGzhvC7JkZJ4pxsYmj3QjDajH9ZjRPdwuDvymus1vxr1CrPk7K9zrjUWVTTQsyVQyVnvLLvab2ZW56JTVw1FwbtEY8RpxMkhLXR018RN7cpP1R5+QwzUtH1GQEwDtPVG1LxgrT1f3y292N2OWbYdH6Te0yn+yy/SDG8cfV+kUTPKfahA46NS2ElW0+7aWyZN/tYRitigz83mxI4Di7V9bYQs1HrVm1htLa3aum21i3KKRtFtylnEW+qtpbARC2BtALGuDObkiX4WfZDtQRSv+ocWf6H9lYvvmXN7F7UgNsybrD/cTgJlrpjkY/6Uldtl2vCXdn12aERNZU0MdtcbsWbHdWHtdTWPjcvZK24Fqtuta34NW310hDHsHKr8/3QBLPd0YrX3nZHz8KqrHejV6qtkmWD96Xt4WoPX1zeh7RXXIqN0xqNpWGUx22wen+eJeivNrNqSxb3cG6HW6rRTkUs8HdLs9pX83bUYKjyoX22ja1xDWxsjMpdlU2tqcp+xnZdHbgYjF/lBY2t2U/ZE1rxEwxr00KysOQ8Afy1TjMiGoNF5R3sIU/Pu7ME96xyLPgmhzP9vZkxQSzSebYRj8MY52VmZYYVs5KfPnJL3fHu89uamlTn3yaOUe3fj3UXm92pshvM2pHvxjW3KpEBo7KS2lqTPq8daZNyxEh+t35aVM2XocHlkfsrx9fkb1vTCJuu7tO1uvxNK0fa5G+qaHptv1858qZ9uy0Cpxe2W2k8GUvRPgKnVkfivmy4r0HbKJwGf///SczzfyLC+f6sK/72vzqW/6kjY9lDh2O/eEv3i6xeHKZq9t/ncZnG5V2sEZEWGbpfHMlUXIvJ0oRzkwTNibJeJSVMx3kJo52nIsdW7oaL8RtMxxzlUY3UXjddvR5NWEsi+X7ST9lYrWSi2JvqZ2NMRz2zKEoXnJ9cHV2QnBTNx5UZkWZXZpPcuNTavyR6QbWgkyLy2G6DC5MT3FRtN9FJl6q0T1l2cjIp+UHC9/1AEkyWf6jfh9/VBy/3YNCu0DttxA+Tj1QablRP2hRtaaKt6ICLMR4Vtg+euhcl/UEuiSdldnZXNBU3uzzCnKPzrWRjOSjqhc2liC30PJiU7IsEt0cv+9qQ2Znraqx/BBcn05WftkvMSORLEkrYc7IE52clxbzZSNVinp+Ot6Wfeva7K6/DL7OScobcInXtnv+rWpbHRlO8Pc1na7FUKF3O9LVBvqz8NjXZTXFtFym2oSQFxRzUYXS88jh1CjM1SvLe9ZRfZSZTUxp9ybONud71QMa4+amBeWAC/hgz+p/R/ra7LksekhjTk3N05s7GXVEzWpJLE8PZVbB4/dTDnKPxuqwSd9cec9dbM1+xpl9nD2aDpTKacfw+nogv11pLIcL/pNBT+uV5r/8mS/Db7FJ0VJadh7IEB2QPZwXl/mXcPLFblye0BI0DmYR/oJwIHWWyGEdnjB9KhzDTp5YzhTdiO73f+OkR9Yn/MqlBR7lIRuBiqcVkGSWXSJ3yIzDGeximyjTpoParCp8BV2kR08Wyv4tiy1okweXK8TNZ6Cf4uu5nxlLPkJJ6Ja+Uq+RqXY0/kmskwXUyI5Rnv/tjRmJ7Y9+wR9aBMSI8El+V0O5PZoT+yszBc+H3+APOwTDw3zN0x5G74D2dQT6tnOiI8F2cqSdmWh5921OMTTJsZo64+shZPPn5zNmuuy1nfijpk7SF0/ru8Ka/EHFgYYi1n1cnpTb1F5Wdpl7t6DOSRuWVmYjZjvLQHsL23SPXaflqWeocz9LMAdc1xOGvi8WowcWqK85MeoR3PIUPXI/y+x6TGvwoGR434zJl9qq05AqpPt06qG0wwTXJtUkk+7YbSTJQrHrEVz3GkaxqhKfjybgZzHZv4zAGzGC/gysI3z4dnXTNr2rUz17FqOdndyRjcIg+VY+7ow6B5SJR3a0Vd0dteTE4R5VZWVxVi7WJHnobl8ovK9eZz6Dz1+r8XZtUz2Ak98g9rl5c+XTg3F27irmr1dmLZBCu0/njW/L549/Vs8fZmI4SrCX57FW3kjP42zB2xVCuD65JErzqKmNoN5HhXCtPz8cD7sqEvqH+OlNkWHhXPVL8a9tkYrs7xk5I9spOJp4brNlw2iNl2GpPlu7OTpY4IFAqCJUOeCb25Zx+uT99PCaxv74WpyILFiXiIW6hZzIm49Tw8nvo5TwDb+FOxemc6HrjHfekbOBp9zhDb4y5uC25IflxYky6tbhF2veUXvEpuLzMT1fdkzGqs8xwUyO15qhM/2jWG+NSkwVEGUvIeDAl/H45iHJhfY9mVmYRtvA8o2mXfiw7K/1ddryumhY8nv0+u1xtxR38H7LHY/7SiC2T4apBrCU5yyHln1YsUx8uPbh/VCyGjctbcrla+Cl/8G11eCJrDtLSTclrumIM8dtZ5yvvtSCJeCt3jItIY7Zf8C6awo5sixY+URnvr/F8K+/3XwcPaw89SczGyFMsRhcUcVeQMSjXNCLP33GK4506GPXlcdwrvkJZKkfgyYwMcQlmSL5/bk54yszN2ItzME93DJlXGvUEst5NCCdRnWr1u4t5uu28oZVvRpKAZ5u1/8NPJJAOoTXz8VTWUUbJ01kRe6lceLpQ1tyLPOLJFqpDjfaL3ceyXkTbON8/L2vFEmX5ukWRnJejU1hfNySRbIy1UvrkO8rYEMUayT3ucrRmMTbGy9IHUEb3Z7KT5MbopijBn7JbcCsE/1Sv9RJn/W7CUlniOet7ZJE8m81TaWC6ruyF+LYb5uIwFiXlPCMT8S1qq5jgmvBcxt72cCe6DGZRYHvejyN5I2nSk+L5jBwzc3Fz0ohZEskLWVN4w0T9dzdMTCaYz0MG4cbkDJUiTTo0Geq2ZD9vWLK14qLNZ9qocvLYKN/J82C294MiQZ+0VUtRl+BvY6M/Z4Kecn7Agp/o8t+3Sy2/wmuub7qpJ2snvfTbp4J+aY0iZQarleLJ2PhlbpEJgQVvHO5S7FCk2uJgnRe2ivX3cGvFxlBWiytUq2UrNvVcdTw7uOrOwAFEUoS8oV+PBJNUj8px/yuwwM2LEqwrDzgJ7DbLwvlnJw/1q5FCDvj75HZnFu7bXb4PKDFHYsj3FtyabC1PqMe/Uu+NqEMv5Z45ROMK1lGWlT9F+b56Jo7EeAm/K83lWrnSc+6LSl2nKlfyTxPLtmps42m4BYj1tTgyspw4f2VyQ3JTcnMS47aEXHBXK7OynQEca+4c4y2snPq2UsnWO6zN/dAInjZXItbRnYw7kiIecCXdIZwVnrPPuGfQ9hzgKZDgxSw/CTgnB4iEt+SYzhNcft/YfA3Tk8AsV6NkNpLoVOWPrNjSJ6Iej/gObaycTeqbqwn10fJyHXeDS3CEssBNwBmoL/e0h677w+LD4/oyeiVvC9//XMBc5nPK6IJTqYlEPUIuhXxGx6O53Ur4/PPL9WIzOz/7KNi03w0SE/05/ZzJdCtrhyaLfeTMi7fUkxGWu2mS5HGtFearibgjqQljTx/0g8Ld+lKWYHFiu/rlzKxEzJdQ20afsBwAA1wS9AzWYU//JZvtWYPt+MZ2uRYqOipvCd4FO+uZfDEy119a8Vq0KNh67DyzU5dr1r6nXrMgy8+ePNsLMVzW7ryGV7JXNVZ0tC/h8fSvGf02RIJOilsYI2K4pYDAt3vS5mEQLosqJx3Phb1i9u31wJvxy4R2x4XZa9n+8cJsZUtlxUJJmyPtkxWr46+TwVFJS343Y508+bu6YXpaDg95/TjTH0bf9hYJPqzM8jkchk3+umIFWnW8819rgxTB52ktXJh1xVGaBWZhRoTR9SH7yanqFeKTT8amNf8hIQ6Oa/1dRfHk9m1DtPCNI+XgwPdouc5MO2+va9tMz0rGhUiLIl7PZqRvZG9mC7Mr07cy7oT75ReyKKP/hdwPLMnZuz9p0r+LcY+wfk9xz+su4x4bh7xfM32+24rBhhRjYcZ/31a7WUUOMf0n0gi7yu2wMZHs6B0zgwbXwvR8Peppamdcjl2k3kK7WUFWhTihZPxVPV3sKVr3/hH/Ipmd5DY0cqPOSVaNPbFnDH1Sq5+IP+Ep+Uc3QnFk+cnRB5HkqJTaKlRKFtpcJ72xjowN/eiqGKzaUP+5/i38VnsjspksznK/D2Wmt7DY7SbfVD9JnbO9fSoeQayf7vGt+FVylSfnaAkPJJuod+JXSWe84vNzmnLIVdm62BhNUqtspKz/cBkllj2BMnA9BkfLXbH8K8u+k/Gd5Ihsxt+yRkUd7iWHyt+z3yS/9oPFes6bPR+FSAYL5e2xUSu2RR1+mwhRpslQ9dw8lBjTo8mn+witODcGK1cuHT6UGL8aJUTu02uTvD3HK5PrYPTAQ8lu8kgyR+bhKm/srmRaHYwRGEO9OiLiR9ApfShpxLvZe1kvIQfaOCzJYmynEc2mafFt1N0eT8bhOb+X5HlS2MbBwl/zN7D2RrCeGC76yNNj8262W3S8ooualceO+g5r4W57P8vl3ZX7Qxwt7WGPqh3iTv9YMhi/S+6WWcL4233JX6Ae6tWPF2tmrdYDq/sUl+u9H2azXSddu3sImSimYA529K+Qc9FPKeuYDyX/0NkVl8/rYPm0edrUtyof6C7ech9Rv/tK+hvdLf+TGSL1OU9EZy85T7GY1MmrW8i+0y9wV7bInZSQa7+IpVmC8xRh6aIE/fFRZl71EjZTLWFxluCdbJZ0xgHR3q4/7ooPFZfGGBuPEkpEf0z4jhFq9Yzit5TVbzPh2t1MjLtqGLqiqGyVXdFROkkvrCdd0BBsXhuTMU/Xru1fqyeXZWrxRFLSe5QIZkOH0SdAWWAzVLBhLPNVsZNmC9QoFqyLDMAGUpINJcHXtF6u8j6oV4t818DIdfonugn7MTepxnxlgXdr4xCHuK7U4KkkQV//dEKmnFblmG0IdymRbt2lFTUywG2e8LwuxcRdJVpLGb8mGQ6PyOg1O9Q6AvOSCWhNDogWSX7ONaJeDnadQI7rOjz5ieT/TPIO/pQ8mzyXPJ+8kPw5KaFeSprr0/69QvHd5NueU1X6peTl5IWEXA+Vb+Ly339JFmOw+0vyqluQvJB0rmrHK0FSGikLgnT3CM5RDOkbCeNQXvMfxCfIm8lbCXFOOQMh8cC8I86VVgxTnvlmyT3GEwOrxnmSczzyDvw420QOl99WjSDrOyV6HodKTzlMSuDvdh78U6VfWgGOcqdrnOeyrKS5zibL8izB1JQenEP0/jpC/paUsElai+f8AYGXmO80T9l+euetyA7Sf1GQQgkfZx0wQlyhHr4QFeLCx5pT8u3kdKEt4cywqtaOzpQYveRkGS8xzlKkTknf9205UjI5Sn0cO8oPUMLRUoeHcIzUggjIxckoOYWMHzhSozi/Hnguyf/6TpKvMLbzmagG56ATpjuTeou4F+Q8rlOrxjmIFQVpZ8L2impZkpTK8QBx4J4kZsKev5e5JT+RZZ+JeD8fmRTkUTyiSOUkZMYSvJ/U4oOEaz0p7IOL9cnZSAvmL+Ra6AT+wv+m6h3OErcLZdysqtQw1TX46cqU5/B6/kWd0bvL8jpnx6RTShf8z6QS84BkGBtNDLNU8XgVy5yoTkv8tqy12PfblnEQ/bG5kHNrRnpidGVaCHEcXJmvrEY6Mc8eEYSm85zljnSNcgZi7Cz2rFmC60L7S+XP5ye0207UHNW0Cvwkq/TBMiRU0JCsZcWK/mrJmSRFHE5JZEV/zcvAONoFmCU5NrkUO9XZTJ4cG1WshlYH9WaWuklzmFbKDdNRZ4zFW8wuWuBbGE32czFGncGaF/hwReVaTXnsxszEylLqn92uzjHlueQT9ydFfKi/ceaIGKgpULL8UFu3pKwXTnH5OFFec6h+itFf/HyUoodYxjBsRI3lc35utKXLvZj00tBHQ19mxZOZoLbQzxVW8mc+pDywXHMVj6Z5MidgZvT9ZGZEr2NB7ej89oKEn6YGq2auz9CuU63PFNUmwFshz84xvepTtf/zwoQIcu9elHyfVOqyVX9KyAFnUWH2FzGEFUsB13yC7Z2tHPqce5S5BhrhXX9MTtieqeo5tVio3H96aRuvaBOmaP+o897maD/6wI2NEkxxFgPN3yp+0YuTz+MXbesVNX1mavCMGj6mFrTzWauaAoM7fZ70eOb57rhjbCzM21kpT68nf7k0oY2+pHNZ8Uqu3hdJe0DOM24c1PuGPZh7SnIO9ZvdFPwQiWZWHYOe8lCUBJ/G5QlH2RhMKjHv57bBGQ9X71uFAXc4dgm4F2q0C/CiXJFYX6aGPA+cp2nBJ7pWYfV+SGNNqvYwNuH/vYeRmQWI1JmR7Pe5PV2tZV/XBbg8+LtS5V7vUOA4V/u4pq/Gs1UKtbT3UxmH+xDXdsauTWZrFj/zQNEnaFJDLWZGNW62Y97BmZF5oqhZ0JfYipnR2oWdJZN9cZxU+x+fAtmbRkqFqb+r+koSvKjYqQ3U7kX8xd6w9Ttstd5IO4Vyr1aj2oy/UugRVn3FkzUuRHeZ1X468n2R+7TY27berNz/Vu3FKpS9WCyfBbbLfVEbrHb3hbwvdYWSWtlYF28rymcPhnviRDHb0TqFLZMXpata6d9x+6HCIHwSjHXAep57Y/i2Y6O5WLeQoO15NQ9/lEqc+U1JsdCxwDVFiztn44WMrZ1IvnS1rSdgLqZqy7pof/JzplNhl8AuxlPsNc0PyB7SomqZmtcrWL7UXWRXZcLvXPhq4bSyLTfGzclERbZXrxifXqn2YGYd7qwRbzaetouJr56uVtP2frFqCy8tOv/EMuS24BwLUQgZbaotjlcq410uvVSY32lvPYJRl4l57urLdd0Q7NWXBjurtY+fb/St+om2/LaeutwDc2XwLf4zsNjzqbYtyO+zZjDrCm+L9QsL/ObSPkp6PiwHUBwsz61t2DHM5/gz5Yl9DqeGyP7conzpShbltj20fXST9tPOA7PhGu/QR649ZwCRxrZuTyxndrLxnhfsudQUuH/sHuStyHkw/wTv6bg8P+OR392ZcsVRuu1SSNEa1rn1r1VX9IRgrxutkX18D1mOZuFMX+8rO8OeGBPGJH/y5mRJmOmzvI3BHOX6648l6AIimc/GEnSIS8rUvLPqoLOjq3z7FfVb7f9sHBGeNS2Kfr4NCk/EpcKGhdvUd83MQ5/XZ1P4DJ9Ne19N0xr6atra8D/NN2O+6necjUMcxuEsPdP3k3/d7l74N9rd99TdQu9ptaW9ci98MXv7ZvK1QrEqW8zK9sdavQVOhWVxqnH1BVp+Kk/0CFLuxDY5nDjqlQxO+6ntmPdx10JB2Uoiqc7idCAeWUUeJ56067iNCovcI5rPab8272pb292rqGlVOZ0OVK3O2t2qkrv1aVW5nDYu5DbRwSohtbWMPpjQMtqtQG15TzkHQ8Vu3vY2vGKVDc/k2XvL58cwvRNyq+duskmhrU3sa4UEGxfWxCY2Di61+ai2i+UW9MIaWNA3QIKFcVsbeuEL2NALbWzohXY29NovaDkvqOU8X+lmPV8zq1+t2vqYb+46rad9/GetclSv3sL3ZNLz/4yV7zlfbY2izHWgxmoXcZDyuO4njMDsXngv6imbFjb0JRzyyQ5oxXM+t5aNFXq09pO10aLogNw+9miQWjfGV+NGbS2zZ3ZPufITcBe0t90V8UWtd2tqzeqmWZs3K2hWIuHey/18mxfoyZuRdo/q9PPdCWXQjiqDbVHIPXD2S8ULl+BZZ75C47Vs7yNct5D7CHNvePUNXCz7wyxLzrTEsCQFJO28gRY1wHdvUcjj295FIfiLcwsbOYLpV14qlDdaNRLWpJS2vkA+PSsp6lPMdnmf2i/uCiPBnpsnrxXLq3x5WxYkyrXgurJMwrp4g6dY+beK7DW8bG+q2BusLbxtLotozbDn+2MwsvB3XbC52ViZFWZnnBvNK0e2XJlu5MbjFY2dHRspn5sc5WhtM1vbuVEFz5KggcwJabGMaRkbWVQfo7Pa4lj6q42ggmcZ7VfGsxh+5R23Q8qs80MxQ9irvO/Vvci/Y6xoc5uebFXQKJjC1roitykYCvGMuBAijYo6h8ZiUuE04UgerHZH/r6l4wiNwnkRvb8x5mtcywx3tV8Wd8IwtZ+T47QRM3Vt7waza/woSgKTdSHkaKP3ognXoafMjOzc3Afna7wS7VTU5ppwYdzfZcIStF+cgaHYt2qWDE3C9p2mslG9xmauKifaUJViRum77tSWl/RvStT81/hZjw2azdlf8C3cWT2FvahgfquzruXYUr6xPsQ4WFuKyL+xd3TFewFjYJrriBDNUYt7cZdsFye4T2eoe9qotiDe/5G8jvO1B3vJxICJLWCc6uA9gh2B3+wem/yUltnvCqoT/V0jsM/Ge4jxN+U/nIjNQqval8/1qop0PCxk3yW652txBbc5TrmkVno6SkIsaY4T6CuG1GnCb6IOgZGDd+o+KguMwAZxEWsLo5Vb1BvwF9cVD+Kr6FlIAqfNZLzj+vgz1P6+dzRWRul5Xxe9Ws7lk//C53sVKqwP1REsB6JWehdK2Lbw9cJsuYgzEDdjxYrPG4/T4UuJbdo7NnQqZyuPc8pwoCvpumGZDvHecb2yXi3CqNWW4axeAWPJKKCjRtzMx881Hp9W+XvCXz3l3pDpWPBLJPgVHlDu0kz7dpb7DWo9/k2RVPfi3xcvZN80FGZLn4L5T7YrbJv9Xpi3oZvalO2XvoWJEGxf2B9LqB0X+hR2KAgWuCL6FCYmz/gSdkSMc9IdC5ydq5VBPMZs2alAL0b/AsfmIhfjiLQe3yh0wE2uiL6FPeMi9kH/gujI7VxYjhh/jzaMjcEtU27KHRmXQq9OoUs4exjBsUth18LfdV3s6DsoBzb1+1qcjrs1MpP2fJblczEQ36m5kIibptXsmNQw2q+7Gn37FkEePTnIX7V4Up6Myc/cv5BgFhBv6foUCspWUMRhMeNyurucY3tC2Zu2bnyxp2c109uLGX97xBe4GFfgdPQp3CXGh3037haWIvJ1KK7xE5T53+om3zbftGXcCa+g8obloQRHgFiA3QqCQiHBgEI9xursjnOmw24Zl0IugWY8Jb+PyQ60e6GotYpKIQMLk7zV9c3CHoWzoj/EgwpcDcujN90/df2xLNSe+2m7Oa/T4ZupxzbZVnEEcpRcCM7jDm50uUxlX/48fHNP0EZ/IFvG9dgNljuaq4TzfbTPv8lr4C+7rGLGGSU+01dHMvZHP+EKeQZj0Albx4fgQ0xxu6c/wp6FPKc2mRH3KrwYXeU/VOa7KYEzcAFejPjsQenehWaN0u5ajkW2VvBut7mcgDmyMOWuNrst4705Vxl+5EcqT1ERY4QlO2FwQZR5ntLcBK3NZjVR3qAJ5forsvCv9BQZUqjV91PyG1rg3Vf9dByeJvvvLFhbrB5mpd/BVVaGsdStH+XrdJG+h/5O7oY12wmsdzO9KTq7fQoxfqzsXiU9OU/TPXe1E7Fyn33G1a7yjCuFe5Wr8XpUTjz2d+XTLmf72aysSa3+/GvLAcQ2MoN8HjHJz8MKP40vl+Pc8MITcSfsWyBn2n6F6uxLabi/esoVIQMTsy/FWFtZJF/zq87DdK/YXbJCFvo8H1Pb/EocjdOlpp322kX11QqDUanq7dRQV6xozzu0fbxixZ9kPR3bz+Zs4v55C3VVVoRY6+wKWveuxojCAnekbywwinP/AuOijcnZMg/UYborhu8PKMQhAvMxP0QOLNDjspVna/cv1Je5Jdly3vy5vBiXOexe8wcU6C8aIo0YWaB8SK+RyaEHFb5VOFPv3+/iLJhEar4hh/0Lh+j65pk4HB1xpzThgMIErTHWvwarBnCZHFyg331UYXRhQjwxulXGFKzlEzEwqW9Xz5FZM4aIWW+GyCEFY8+l/sRo+wSvp/sXLAs9I53GFijBFrUMY0puctROH8GNfoisg6sgOFGjNFrBXCSHFg4rcL7SmLEh+xcOKNThMuxf4JNDpDITBxTucV3xfpzgqwFz0IyXUcJkx1mtCb/H4Fx3LCRtWI5qg2WnKaya/QvkdiRPHn1FZ+CAgp0ym+g7DQPJ3DD7F/hsZ+lezvK1ddmHs4tyLXJWre/H4OqIazBffVdHNo/GN3k8GnGb+1VSKrM15tlaX/M5huRd1OJOV8LhhW8UEhxR+HZhuuM6GhIyW5g0b7vvgMJ9SPA73KWZrt/DkYWKjJVgn7gU+sH+NWNzt36ct3WIXKVcMmSjab/mjiocXeC/Ndi/cG50VGH/IMW+5odjcdUqZ7mjCje73piWbi7HFI4tHFcg6uf4wgmrXfcrr3rut/Yrn++0luSrnxrSmq9/1rnyDvj/2PvSACuKq+1T1V3Vt6sFRy9kFK8ZxAVBFCEhiJHkjWjGIALKTKJ5BSWaiAsyjKBIVNAZXAgo4oK4JbjrawKiuEFc4m6iooxrxAgqwSDuSzTqfD7ndN2+dxg2g4lfwg9xbnd1dXUtp06d5Xnyab0VPLdblpHZPYLnHe61nHkj1jLzRqzHzEP95XNvxGrmXj7ltGt99u0UeJRQOSGv7+zLZh6sMoaeYYyDUbzDb8dvPyxETNfPWtjI1jZfR6xmvo5I5+sttPb5KsjYMmYV8UVpRFJdfGRcEXfNyYliP8Gi1JtTTtXT8eHysHSWo1fWNM9HF+c1ZvoUWx8fF4NtEHvSsqBProFGRzl1Z7BDcH44V0NbLF1BU+yYeCWfexu5H6YwOl/Ld5TtCcbRQDs2Pr64Zk6Ix8UnxuPjX8YnxSfHo1tdNdmbVl077Wl7jYiSY8Mfx6PCU+IJcU4db17RE2P5ntZ2lNFfck1JjauuqlNj+ULZL1qWkVV1WlxFr9pCWnY/NZ8Gci9/SA1xnhpj/42S61ba6qr0mRwtCzDmKyxiD06JMbr9qSGaFJ/OWkktnRGfGZ8VSzn4bqtz3Rid5M8qe2JyPDL8VXxGPIXLrnknw5esfjcDDmHL/ewm5fezPH3EJ8QLSXYz1DU63dHwd0vZMnotsmX0eu1qeEO5dBn9T0mXrC++GvkyNV5f+TJ6NfJl9Hrth6OZb+7O4OwYK3zV9V2/xl3yzuCc4i45LR6gJ9k1a8RmNYykXvNFfF1lWE8tWUrPjWem2WSwd0+Pz4vPjy2dE8t5qIrqjKVzg2qrUmxhsaokwR+I0tLrymkqpTNe0w3PanqoviCGd+HCGF/JnEhqQ/RavqzXDDWTUqv2XXPzuvTZl+OA3fB9NSO+2WJ+7cKMSviNv0bpSsL/4am4KMaOOCMeFY4i/9fM4rWL411oZHgOXRJfGo8KL4sviU2x1G9yl8e/jqVG2OVH6d/Eg6JpNCtGvb2jrN6YI+dgL+zIvAYz4kO1+Hr+2bcPIEX76j7pfttOLQsa6Ip4S7OjlhWI7x/H3yo9YCnm3fbK+M7AcBSErEuPM+LX5rLA+x3yjLZ3QnSGBpa5Zb0QdaGmgWR4rqzZiiM9hHgy0VTl6RlxTNm1DDvJ170mi22pvdaXL7fa+quNRdst5j1iX3yb7wrb8NwvrcOW3a8qaa/hur6cZbWQ7h/l9gZLDcHTLKcHUGZ7sF/BOsi+j+PrQnmnrOZabou3C8mafp7tQ3n6VQnqUx+VjQtszfsH3k4krNyGrsKJV4NDYxRV2pf5qjAHPKs1XR2fVWSXPqTotbC8S54TJkbkVJVCxECVMhwBgaivHW09XRMPJPgKJgeWzgtkXV8bi1fdI9XGqTZRaVeqMylHW3JObMj6wyjaUR1ihTnuUAu86+HW0M/sSnVdjJJYAz3o+hg8cTfEVXQII0h3DpEXNj6VXsIXuKHwuDYcEpfwjXfOgRNrZPh/8agwTzvYP+u+dGO8P401ogW+zlkzc7Vfp6t6TTDThYMxF6FeWcmGLXjSzxIXJ2sWVyZ8sSqBxbS1QYztLKqmv9FvY861QywttSfYei1jTTRRdRo7ijxowc6V9V4Z+jp/Fxf4L0sHqF5sH5kdz4mHh4tohK7gnGGUnJXG3UlsPEbjU47wnR60lBcBvZP69BDvKxnVqP/MMl/g21bQZqbQdwO5L/Fz41ie3BTm6aZ4POXUIdSHIzePT6MTvMX59RJbHKTLNw1kB/BBaim2tRwbkacb4xX/n2HfHczcjnNjiS7wLGsP6MawJYIz7OgZirMhQXF+SnmWnLmqgu4IV62vJeNoDd0cl5e6Jf5vRDLM9KF/fhRXlffNzWuX9bkSKd+NmpvbRSfpY3QFnwUK1C6aF99sb437crnsa5P0zNWc7nMrtUi6U5V8TRduc2ZpFr+GoPFoviJ7QAeqUsA/RdQxsHiB6L618WNxCeJO0z1AvAy3xTX8V39mNH88kkgHiaMQW1ktmaAH3c4nVRPM5GyMO+KFnJM7JLjMnEN/ZearO2Pxrplize2peyD1oQfn89VNY0uXmW4EfW4xzY8XxIheiPk0A9veWPOAvl//n4IO9fsYPB+G7uK8JJS9NF4QP8545XfHhu6Jx9G98c327ng42JxY74Jn5/7Qy0JgVS+IO9AFdFGI0f51qGhaeueloIoWxMNJYmrkybvi7MlufPfNknor6Q9xG1oQSxxAnEri+2KUFA3wtaBAWY0ercGwr6aJoxguX6Vtku9bzSfReer+WJ6FpL6c19oV8Y76f/SYCDZeidIrbaHsNxUKuKZr0kIVZ5QKb84U6siRWD0t2oP49xOigDM7vIYa03B+/7IANpm74zZc/qYQV9rz7M/x3RoSdMedLbxf+B7Gho8tI+k9GCPD5Xk61LShJvqVkrWGTA15Wvr0/nBq2hOQOPiV9UjWH4toR5Uwe9CZ3DI8UUP7BvV0gYL161h7WmBoPMe2NXHPIdugspgHgvdJ3DDuzlSLeCxwrngo3oUqqYl2oQr6Se4jqqLPwjYc//NwbOiReLgyNEqVyp9H4z/GmxlDf4qbwsdinBTftYbq6PG4wPVAdzpfHW0buOUVdGnuNMZSR0RsJW2rUCOemMXxsnVsB748xJ1fBYgYN/Qix1VD7415pAUL5PLwPq7bfxP6/4m4kq6iR0LDmhy+CfHZB6Sjlk/HrZZmhz9mWxtwE2Fv20X1JZ/V4/d52eUvD6VvKqifbaAJtO71IS4FrYBu89tYZkQWPySZPqj50CKSXcL4LTU0EPMmrKe7Y6Cxo8wKjbk0n86kBWypus2ILgp7FSymsULuwCOBjFaeJYgg12Trr4aqgqzmTjzvN1e9U5k/kc8FdXRXmo/uo6Tw3MK4XqLFQ2QnvBegRbDx2FAyf7bQlp6MpSWIGkQPirXsQJoUTNFZphl2hd6qSj8V9+XnErqnyEA8mMrLSW1o/xUxVl63kpUXM/uGrLyYs0tk5V0RQxbsFDwcQkbgbxV6TWxN63BR3FKGSk6Yf5+slbvjcSWa6y5gG2LsE8ScFtKWiASqpSyPrPV5Fac5Hjg5N8VqFWkVM2YVRiZh/QR5J5BptiTiqvQZ3xOd+KxpGOkZqxuaVRPdFIo8qSTgkB+rVWAYW29fPZOe5pncn56JK1PEwxwNIhM00Rm2kd8zhfHIBqdcZKX9BGRxv5t6efpsbKhTUL5+sWItY82gPh8rEXPk5ubmIzK0+t0SUamb5C6ghaqRo62vIbH7Cj5swhkzF5LUvLURv2a2LhDht3mxd6Yp0eMwqheohDW9Ffre6BPWzxK6JNiWe+0TNVMBV+x2hZgXxW/wGt4sdRm9qS3jP/m+r6OljFBZKI6sZM7WkaZJoU25XC+k5zkODoxoDxTbJP9muWwy10Ta3UdAKcB6hf/8tMAj+0kOaw0Zei6GvL9JI4P+AnWiSehS3Y35gDC7LtKrm32GZqrn4zp6Id1p6gjoCAW6jT3qUw2s5kOCS7mH8O5nlaOx8fnqIGVoHxpDv1d/ji3dxdnvL8aGFsfvAI+ZZdjhcSbDXop3MY10M/0lnkf7hAm9HBdSzRZekut0W54JJypL++glMZCpXo4hqfLh6lqe7RxL4+G817ySfsMSRg572xo6m7mpM43S0M10dzyPo/JV8ewXctR8wjOqPIbgBIVZjpyJZ9TjupLuJZPaG6GDrzkyBLGGXv++OxbEr9YiJwYYscvMUfsbWY3tOVq/N3tq/kL907haWPd9PauyN/ksnjEpayEi2NF/3wsrOd5fZuAFzNJ9NJ3CsnVxcS5L5pKh58LnQ//F3cgQIk/xayJ9Gt0TvBobei3uTcti4RS5hSpixKoW0nYVWDL+3Nh057iVpdRf48PjllGGVxpE+GC/G46IL11IzxqIPrQpQ0BpDCLkzbbqRJWUrKN8ylg2JtVNvNz7oao2lcWsl8HpdUPb5l5LGWi9XJWIoJbrropzHxPO+j2VGop9LmvwfsZJggY8kbXxzIPiQr/rDue5vDwu0OtxW7ZV/y0u0IoYfhR55o0YqAUJS476NL4VPsqVsaz6BfFb9Gbcl+TfS4zg+o4yfen2EBH4VSy/E6MCwSy+QTXSY0qs8CfQXN1Il+k+6gQ6T9fSW/FbpKi5Gbau1/XbcT11V0PtpGg+vRO/G+fpvbhA78dV9Dx9EHdRH8bAGcoxkgKkKEvPYmSqjNpwMuTfm+d41QP0KZSjj+Know+piv4en89P5PkJiVbdlixnF/gyCUeogvkyTzvRsXo5Z4gvVx/Hn8QV9I8YSKOn0MHxp/Fn8efwq8WCwIDYsbfoui9GfpqaqyYH5P4W4j9Dk+PJ8c18IsX6fjctvfb41hWqkbYMr2N5cHgoT0me8qvkWMaspHftYaaBdrKWlCuQdt+InqR905yKXryCHlb7hu/ah0JNHWgJPRSezfIHJ5PA4aS3RyqFGCUkEFnkT7drj3xqpN4ms8xMDjJp4jOI4Cf0kiSrLXQF2tpaMm45zab9TIEGmiMV/G2lll9Lh6rBpqX8gX3gW3SA2VzZNKdJbAQilcojvEo9jxLVhavTyCOk4izvpaYw0p/CXqWhrJVNI3BCHhnAcrtNuELXMZpsfXpKQ1bJvdF7LMHkbdN418Cu3JYz6B7VCUfJWxe5QeZmi4z5nxtZSaVPvUmHxOVlvstx/YLAIn//gNf+nsyZvhevun60N/0QJy/ah37EGs4AMqo/ZSw8KCN6a1bfAYyoXE3QH1v6LlC+Jc7A7PBAyrm+ZXYlQRTI7Ep4zrD8ht9bcuJhLT2NZ1U1x/RPoqq0ZHs6Pb3uEQY8Onl5TZlF6ioq0FvpykUJxJhXcrbuqnVWhv7akXyKS1qJOPf1SP72XOpGfemAYhx6Nfk49IQRfKSsxNjeRvAWI4+/9fWLkm3pXpIVzAhknEHbxlST5niigVRFplhrBUvyPFuM64vXEKtczdn9mwQ5I1rtQPohCV/xA/zVRsUuUv6J1rMYPcaOtw4284knUYa2KHnbndZSlsVYnr9YKJZC7uLqshExO6QU9qD1y0PEt5fjirWWd9i7GGHgcbV1cRS/DOrY5+G/Mx8R/YVdK0/nUkvuBnxRxt2Atl9EM+li5r6cTYZRMVEGK/jSNDsAEdgZTrmv5TclvF97cqxKNV3xRW9fmdoFrqYcXUMNdO0qNcD+eh1dT4IAfSP99ovT5O9oNufUOhJbdzXdlCJRyJptIOfy1DVEniSereL8sUwe1dMPirM+cZ2VownUs5jh+0MliAYdqZ/aSyXkeaElP9hnhg0Pa+n5AGu6bTiQ897vUZs40QTqOWtnMOfjTw1yJe94Jc05nshyaDNGR6lnKyd8G4hlHRbfqA6Of6syj1GQRhb0ZV1CskZx7vuc2lKe7k1Xd3eFVell6ySb26CyepL9srJ65XpI6ye/Ann9FuOBIFuoquQcnGW6ScYXEGveY9lWOmuFMS4h5Bvuy7rIB/QhfUR/Z77CtzgncQUj7Ah2VWm9ij4h6Gco5dHLP+N7U+jztP5/hbQXKbnhJX6bNUp8Q63J/C1SmV/O2/rVS/mqf7OcX5ssr6Z/pyTfKMU3lBS/imVdTZpNJFpdJV2pwER7lbJ0tWpI5xKsD4aq6RoFFL9rFU6K2zKyYxNdrxp45m+YHcHL8NNCvyPkN9iucBrnJA8s7gur7gGirR/M9SnOxpReGQYEEY7PxX/H0Mj0Dsa/5c4g8SWKTkqvnswS7JTiL7RhwlrasGH2lQNITvh9/yvX2Fe9W/nYWR85K5YmRbfTw3QGPUKPkkT+wuaEt/v96EHKUNb86FmaTIrOose4dRh7QZMYRBMZRxfYbvBkyjN5ts9Vp+zvd1Jj6jVDK0tb9QwpepaqqRvtm6JaCVJDUhyp5+kFmkK1PFJ9GY3jN2Fb93XWQXAOI7VmPQEeoQksPR9k3aCxRG9opECJDbEUZSlPVORnAwriw2S4ho06xNdbh9hBGeqcYiNkchhWx6NYx1/BPvRdVQ/GGskrRT0VdpydVIE+o1K8iIdIm4VKvtoYZFFeqKvZPwUZTcygVC77YVEu3amxSlcysn7CSHGIDLqvBb5cec1AWoZl3yNw5OlqDTtzL9pLQ9Z9V+2hCrqBprbQB/ybagi4uTsoj8xXSVkuwPrrFxnq+z4KMUTAhfiRQqTpvlxXoi5QA1R16sMCigX8aYL1KGhW5Xekl8Dgvn9xhntmugPUEFWjDNWq7VRCPcnSj9WaMIb+FwiYdLCyjEVcTcNUd3WIOpRnfL6IMFSKvr1uGNfZ7D4aPPPFeT9SdVedVYa9PUoZquOvkLFqCjd1+OtNqnCbuc1d+chh3ATZqF5lnAhA34bm1pMUjVWls+J41YV+ok5QeRqnTuS3Irrjl6q7OonxumXlefzuk9QpxfiSnozvOIGxT3vSqu/ccAhKp3/xjpp0b6mhM7heSJkzlaWz1GS1rsyUXwYhFpGi64YQO5NxYAUdFqiAGULsLJVhxH41eu84syH03rzb8HrvxXaj3rtR792o927UezfqvRv13o1677rrvdB3Mcb7qYHKW5wHKWi4OeCppqPsOOZ+oIKO3EAbtd2N2u5/g7bbGP4z+m7GP7GS4nBYPJCGxQ+qm207t0jfELV333CVbgs3Mt7S3RTJW2uLCFg+khjtiHLXRojD2T682U5l/CliraGDQzzdi1rRVg7zPqa/InNCLaeWeUlZTtJCJTlJY+gpxp1DbPpihXzOZ5Wiv6iXVR0tUYqWKkOvqBnUQK+qfPFLKhjRf1lZmT0420h4OAX52FEldVcrVI5zm6C1LVYFelCNSzOMoDktV3vTecHcSDF2Yj/dix5UeLoPI709oL4dyBtvjoBoKkyNdfSJuiV6Q61Ub6oCRyatVI30llK0RI2ht1WOfCufVdIi0S/y3FrZRfbgNryjHOXoDhJmH5R6n9l9LX2gPlQz+PpHagbrJx+oV5RE+Wn6+xd71gyqoo/VHvQJ89fU0D8UyhxMfdSnStHnqo7G00qFyNUz6ZKgnv6okdUzL6qhPmo87yy3RkBC3ySElO6jLgkOI0UTgiACQnrpfod34ndIM8jRFJ3da+KYs13pm4FlvWNT3g9f1sDsr2TpL1/uGVLrKadvid5X8n2e0xp3b4veVX3U8diB9T/Ubdx2+YY21KxIr6SBaazlk4z8LjyaWtdQO86zD1LvccilujGbB2LdlmpDt0cr1Uc8EhOCevqTmmDraStd8YWO3EwujS1blEbTfk4N1NNoY+iOKKfwXHeFXfwfqp6adU5P4TmLtd2bfUI7hXdGDXStBirFfEZd2JPOCxZE/xcktActVxX0++gusC3RGbRSgb3pm1Ge7o7q6Z6owIiJy9VKfbvpqcBDDW5HYPQsV/dGirYwOVqpkOkgnJ3Q2ldwjL+jP6lxtAfnh42hQbSjQm931i3z97qsciVXPOku59zJfjRUXR7ghPOjIvLg9sGMlI8+0yz8ykPb5mpBEmziOqALgzNBok6XK+HEWa4EVaNfmqULj5miP0QoOTWQ+7UcgT+DDuGMRfC8YAQvNSu0MUfo+6KzQ+SYYoeq4tPlDWoW7acqqIduTzX0bYXzi/+uRuYqEukKDMmjVXcFxhbkD3fQeR6JMXQV47LN0t1IrvTRYHHurl4N3rel3/ChLtD1GpzxDenTu7LP7/7ogSinmvnKcSSReJlkw9VxPKfb80qewXFdTVpi8Z7Whp7Rz+qcwlm2B41OsxdFE39OP68rmSGrnpA3LNqWSplaEvbXv6whsT5L35RxgvyGTxfLGdfa8zbkKQzw7Q8FtdzGGmafqKOTgsnUTEt1FV1l/YqdTyHVUUCW/Ff47IgZ9Fv9YFTaMyb94iZm5elHGWfLSrpNeb6NVzX2ZkTQ+pPY5zRV4+z1D3qPebBr6I4wzzn8kpOV0CtKyiZ8bqzhrLFndT1lkc6XB9jL76FuxTYCwUayXnCmqNM7qo6ckVrJkfulevEibsNytVvwUHSQfjh6QzVoed8MekM9EnXQ2HkHac3nsMXq0egvpOiPEfCCetCfog4lI1bLVgAvQSxps32AFsOC0cyoHCvUfI7NXK4Gcy8YeiwCsiTsHj/W2chNM4v4W44MKmiQXqgQRb1b8Meoid9ZV9LvkheJFuGOPIVZ9p6eke6GY8I2tEIN0LLzgne8ilHNUQYZKluFMku20VfoPG0dKiq4nQNF9bSv9nP3m+YczpxawXGj9XR0DrlMXheQ1Z7NhBU0mXrQ1XrrEDvtCoU31NHyYhvwhq3dzkEDjeTYVqm9kNYI6QP50EeNUtuwVvg59UvHcRF9EOgAunc/Rpn0Y24YB/YGujj4UBv6QB8NC4+5JpDVgnPJwem5bQnp4A2FWfSuas8lFyr5DTxuHXg+qTo9lJkis+/ykZeCoJkr0af3pku1o17UU7/DjL1tVJ029FutaBaBe3w4vaUL9Lp+PMK6mZHuFO+EBdafFfXnffeJqI5tOP0oCbYMoektjFCqgs96YtE6L23FUWTpZ3wilLZVUQfzI93FFMiYfjSmeL1NOjptyr4kp2rpH4y+/6lGzH+TxvzaPsqz3Mfq8OeSTJJ5ySy1zGCOiyepivGobRmLj06zAbJVfzCN0MLr1j2awTLpm6ZRwyJ3DrNbryjbU7Ln0c4mHQcLyCHjOLDp80DYnEybBI7A6dk22DRQLAORuQPZ5TmH6piPon3wK43sXyBsZ1bARn0Os5Cv35vzdB2vG7GeTGb7oNSUo28EyKQ/CLaGCHvPQcLLqGV8sn7CKaoHTf7iXLlYt6EtA3B+eYsU+rfUTlpqJcUJ91jdL10t01mPkqcqqdLMoMuDpgAILYP16WqqbgrydKZewHPmfW1oYCDMTXOYNWd7xpnD00vpIg00nD2Y12+3YCnGtIi6hi8+Tnc1E/UvtYEOxuebU/QxOqeA6XCsnqAXqHoao48MakP8XkTCMyVI5RWMT7xVMJs1MaCTFYKtg2uCrYKrtVyTVjDHuN46eCpqn64yXH2KTgwgr7HSF0W+tOxqqF2YkBAneBNw8nmOitXMW8hgDXk+RTbJylTQlYEhQfCqK/KfzlH76Nc1GGWAEzCeuqVZLn0Zt3AK3UYvqtuD3moO8+Xuo8G4fUT4YFDDkggyWDgAmiJotmPo6WgGzVGw7XgrTki2uJK6K1h0+qh7gsY0syjjDkAtsL14pEPZ07L1W257EWuP4TNNptUhf/t/tDx7dLpmZ3FG89BWagQb1Q/VA0FtmoO4J1v3BUMo5BbDKtFH+RxE9PvMIKGq4JIANXxGeylv1XmQpEdwZn1Kg7cHY6jS3Raz764Asqdt+Adr6ZlImKct22N70YeBZFhMoGcjIAm3CXOqhnDibhvOD5YFOHXX01jOxymkWh16bdOwhlt+Qgl/RkUYUW+2dF5Nm4V1dLf2mMd40+bh3Rq4vmiPfJGMDXRmOc3Usq38BRpDN3K+6e2h7HZAYFpCr+v31bCUFWiArmFOoIPUX6iGngqupspwRopADQQDRVuEW4bd0rm9nJltvxWI/Ic1ZBtj6TQ1mJHtaqI8Pcf82wvTHXwb1k4Xpnugv1ZFvSiv/G6yCfnd5Hk+vQEJ7wzeS/9EV9FEPtc9EW3JTN1NNJHLgiPlOo0nb9N5Wsz5CTjzLKZjePd7IWrgE/Kfo0303hHOGy9G9wv+pF0c4Ty/lAboejpGV9FLUU69EsACht/MqBWxjAxeBqNHuIj6WkvfsxW0JFKMZzCAtdZjNPSm/VRFODOop9FpjyzjE/vSaGfVrCvolQhyWuZNnl6NMs1tMZ8MdNqrFXSVqqIJwV4aeS9nsDVltv65xnzG+eV1vSDVvcQucmrQg16LlkWLyamfqSW0l8bZbTHBNgFroKWj9F56DP1WH6WQOTmZT0l/jfLkVHtkJzOa0eEpSwosJ/PpWb0d4yh8nLLW+PNRN+qi1Bfrr4nvgIHmTlVFO3Bvdg73p4UKnLhV1CVU1DX8WO0UWuoWgq2mooSrRvS77mEt4VchPe3+IPWigUF0/9SicFJQoP7F7OVDeFygWxXSUmCrQYulRuz/PctqFda3BJiX2pfFtW4aTDJDQ8kxznFvJqkeKDagcSW8pw/DQu9EZtYXLUfb6WmpJHkkuFpDJ8vWLE7CiZ6Rap4rdC+CJWNvWkyQBs/R8nRWwUrhiHh/xlydnbYR96vcSvV6dCZ9j60or6m/RejvFRGzFyswGbwRobV7M3YUGaBMid2lQCujPL0ZGTrbYH5P1tDkfxrI7BqUIttkNgJc9zwZDQRfwn30hnqevTa7MUZfQyDZO/voy1LdvBRtBgxdLfFmWkfobo2VC20STi78DUauGvIsXJUlLFyS4baA+ZvRRss5kWjhSp2k+GZYiyeq1/V8zh+z6S7RklWrC3mc9aJnpBVE9eUl+BXw1+zCqBLdg73CvUP4Z34YCrsZ9gXolFtLXqdSVJ2iNHyS5rmgZWjXqnm5kq9ZYPbhjm5GbhvXMmOzifY1K3Up48frKZOHUu0Z/cRSJ3d2TviqczSzmEfY0V0a/3OZhKhh7VmEX1Xe4MzV5A0CSQH+4G3ddu439ma7vRuqnlFDmNvAs2XpIiZlO8bRwe4iKDrwsI2nRjqRGmh7t72bx2ujFDUpw4/0PbG9k17ws0W8CDZFF9rB7Z5KbzzjM3CFmTpHNzIKoQkuCzuUIAGr4DeM2dDfzCzmyqJsRTFPtz9Lisu0z60VDJtS7hfoSv7sJuc9ZNR6Bhhffmir5avSd/ucPPHwz2OvuO9XrCasfEur44G5UWd5sgNocw3PTpO9So0n+RZk+uGXps7O0uOMHitlPJrZEWEn+B0CQSHZ0Rnqwn4hvHuQBRbEu1an/VjytLqd8QHujcaXtNek7TV0KyUpQsm55PkLt2Qr29bucAupghPq0HA2jxvq9u1taLU2rKIq6q5y5nXGNU3ofbNM2eK8sSW5+ODw7Or2AL6Ie1Iju2QGW+u70UfGUjdXSXfrRtqMeptd6V7yvIYZUoCsykfCUrSAv5ud3S4OXu47mN8wQw5obaxarthPzbqs2e6u5aqVTPvW8AbQW6uuTUh3Q5/pzVXrYwIP565uau79uMr1cC/TH0NLB8aW8eVv1D1djr7lCoScXcTL3JVrrY5uqZf82+5uDW3w1biKerkC+VqBnYe8hIxjWBg9oPM3kgvb02mqQlfRZoy87PSVX/TYd5xqtR/Rhx8G1wSrzhZ4g426OcDb4DdM6CFri75D1AENX8r7/hrAvq12HIFT/uVNLJ96u3ouNz/1nV4SiIcWqEfij33LWvaTDlWj9EK2CGMksSLetuep4aqJse/etu9YoF0MtI/E5zIP3G5OIkoOC/u4c9mLj2d2dwdqeZ9gs22vhwbfdXs4SIS+bg+H0V4S7M56EdCXOpS86aHwGVUIXmWf7fdcgfbSaLG8sbVeSbhXVu0TPvcFmDfLgodC72M19JqtpO87Q3+g/3GGfuCAwb6PRkzoCcozufRVCV2sxtMjoWX8JEviB79RdyxKOVjTwBvT1hrqyBLBX93TLVAHR70ZbXq38OkIZ6F6u4+eVZQYFfSunsQnnOzKnqzBW6rUp8FW6JroXBK/L2NwWPh9q2h+4NITLc7WA1LcB5xq27P/pYn2cj6+qHVsCGBr7+0EG+LYIKcEGwL9eFhoaYiyJf75zDdfSZ/mRI/xtYuMHcJ1NucMHRb+VFXRD93eDmsoCSGH2toPTO9gCGIbFNbJT9VxcY6qHfbZ5UZiG6pdQd1sq10VjTCwby4LMiwfZNAPDG5Qls+V6ZOMrIY1l2GpteHfnXPCJniGDlk7k/Kl9e7jGop1+9N6tZMov96BYCUNpmo3jh5mr/qeXEOe/xUsGI8cgCuyt16YImLIzov9Fe3yZSDZf+QMl5OYrRzvloJzb5gxrZL1sEL6HsGRKGWSlx5qbZeUJ0qxSqpdFhOFN3VkjcTSi0r0j0bmXqp2D5ZxC01gbyPeAHa/Oo6kwcmwFx3NsR3yHtzfJv0u2c+qXRZfVc3azhYt4qu2KomwKtUFH0rrgZUH+tSTOsMgq6O7i9pRtStF0864ftZNP2yp+U0Kb1CmiD6D94sGuSsN5p3oW6nWKBrk86wjVrtVeYP6ux+b/m5fl2O/eQ2ty9ztv55zt/86zN3+q8zd/iVztz/P3f6rzN3+6zB3UaYm1QgHMi9Qf7emmdu/xcydxzMX/dT6vO3fYt72X6d523+9523/4rztSAfw+fRv6dsrqHvQrgxNYQuybBuTU2fpPPZ3HgllJmfzOJu/h1A2g3uVzOD+LWbwAFM+g8FateZZbGnN87j/Os3j/q3M4/LY5qvYVg878DtEphzrR2JnMO+8TXV38ih9A9zCsJvaQWWcCB6JbW2skuK/XRuvpJRqnVly/aJ8a2l7u5+rpXF89daSmF+Tzt7SMvNSjJ1b0xPb2vF8yt8QqvY0WpXuxqV78D9ypmwP/an6e/qluSJeT1abPyms7bzdEgWs9Myd1ZYwPpaO/n3n79Zwewa6J+FJUE/EiJIdz5acgQ4nnCGMyAk0dIlnCwzYYR8Pcvo91Sb10bShgc7yKXVa2EADHZh19wgKfLW7mqVX6EEO0Ua1uRVK0YFhzE/MUSvVwXRrVE+DHayIsIw52t8NdA002K1Up4f1KfYu6km0sB6s0PDWIZapSplgbHxpLDZ3YM7laFR0gJPZOjYe4mocnt9ZD3RA5T7O1FKtO4pZXGfpzrkfOzx1nJlBOwUDHXyUKxVak6cfxV2C53UVvaYkKgL2wT7qJ66RDnQr1UFO0S+Cn7ocW4fx68wv1sVZ+qKUB/R/3cbe3JC9WUV7aTDIo9f2DsTvKKebTcAgFAxh5oG+3Muw7Hrs7n6M3W3Yt3WwG+oyPvR71F1K8EVhW4OcOyMa5p61h7ipegbVhiJt3goNLS1hPXlHeYsOdmtBSAIrH74RT+LktpTacp24fyHLruGhx8WTMgfoQ7lPP6fh4TiOugDvIuxYn9Nwd10IVsOnQ8uohOCs1cVnf+bEaj2WmWh9pL3388td+BRLsfK4nBoWjCuJhcaJZVeOwGqiYcFDURYpMIijooYFjYzlfFx8h5Xz0c8c+ugwtz/HacNO3iN933dDjMPhbiQwth28labox4IOAy6Rk9OWS5xgm7RV7WlCgLP7E4wE+QvWsCbbUB0dLqRZdq4Gn/sFIWTuEW5OPN7IyevnTuprb7ZNo6PhC2tLk/h0WkuORrjRVOAo1SHq6HA4PawKhLrGatjDRzjE7cITj3uvaLln6E1+cgKju+Fs6FthaDg9aqRUVz3EXB5O591wMu8baC/+7cdeeuHKlqumWGoWdeVSXW0/OtIBXXEpnxVxdZItBMeHE2L41PH/6zUYsT7iqKGVJG8dqiYzjuIdoa+7gY5yOB/mjDydp4/V5FiiDY52c4KbgtNtaKYXudilvyU2CnFHKDdCow/OtKPDxXRJDmUvyU3WdZGg274XvsDR4aPD/TTs42fZY/X0tB6xgCKGDat5iq1VQ9R03lePcdAP2qkhSr7A9/zZ9kM90k2nWvpAj3QZ4nc9W28lHwEIt2+F3Vq0FVKklkY62AXuCJAlg5oWqpsjFQwvzm/4iEa6WqqgHzAuO66NZZ6HBpqR81fQYuzqx+QG5mDV3yuYkbP0JgkuuWVsex+xdWlQS8PD3pGlY90Pg6nBVH0B/SWSes6xGAN88echEIU/YusMruFNAwhejGz0plnMjulcAv2FuIBFbOuayf6Zglqe9taT6RPw3vuShq3+LefWdAtWiekcjVFPU63vszPsZWEbmkZjWN/BE+fbQeTf3k/OGjwPBZ22Az9xke1LA9jXelkwyqElQSAtmWlxgrqQpnOUm+LnOzAqKWrdJP489DHuvTjGHVkRPzbfY37mw3WdGxbIHHxdPxBYWpST5/y3CJuaX7kJrwdLoRntfDaejzlBH3UoiyYxKXM07pRGlZhVYkoQk1LvuvKIyXqYB95Ai6+4gPeCrtwzWCf1/Hfp+jjOdbVZT+9DY5ylsa4bRUZ649es/6FvoauirGCI3iJ4klwz/Nlyb4egiSIjz31kEW2CdtXyvZU6u4L5jGvbaMk3ejrw8sLSyzQ5zCn5NY5+p5vY6348r7wpHK26JEbuwGDOCWCObRsqR73tCU7edD99bg3bbMe5S4Pu6rIg4VV1ojshGB7iW4eHS8lL6es1fs9VLIMd+qR0pnj52ZcutgPZizzZGupqby0yBsq+IvMWOZ2zaFhQfvKRnXtomkNaoJOZ6VBQtcCZIr04tMV1yY3DSgKf4bCgKo3JRgTTIZxVcyGfL3fXsbLko+awbspbJtL5y7UMvVlIR2ZDtnCWnVDWl94yOkpbPmPhblc+yaNXZV4kFJoFCjtpl3RHqqB5ailZRuIcnPqSsCNhL5En96ER7u+BKtnhkBt4PFXRawH2yzepgzN0cNytpMQiyrHUPjhCPImf4TK/K9J35Tm7Q9qZpzPoKIXoJXnnfPpdiKidMxkf1LfnOyEieFema8bSk/ASUb+UVR7PAffV35W9QaTZDRzrLGUuYoSvvowRW1t8+9MsbX653l/6RtriK7449c7Tpa1t4vYOTmMCEhoWiHwboZFhI7HIvqW9UrT2QWnkorQHvod9ee74ejrRKJ1fS4sgpYal/Fp7G0UnuZHF/nUsZ4bRHFXJeaHvq7W3xmPdSY/5moQZYALnfgpDxDB6Tw8uvsnQldakiObDqAMzajawJillcd4urdvPhB2CWhoWXK9gpbE01SZpCdm7MKKDyp6D5JE3egz8tZV9mkf8FtYZUaYTr5F5ClEteDNG0bI+dEuYjaZY0w9K42WlNj9OQ9W6jEvbuB4cM2pYMMHCx1VPFxnRAUW6DGGWCkXd1f0h/KHIcm4XNxM8jW/GYm1IStZyaOrTb8WqvzfIc0ax2FHGp3aRKcqXx1tCAx7SzZWiYYGjiXSgakhLsadPFdJncbaromvSPfxo3jteJ0VTmdvIMJfG31gSbkaf2ev006Fgwft3T9KY76UadxuzKMWkl7xtxBkWDOZClH4DTr04f6Cupbb+ixPKrwyiBnFvs/hkt35WpNJeyixIi+lufYldTJO17KCd6EzezbFHQjKNKzLEPpTrQaLzQrN4xBZ4t384d3L0SC5Ppzj8NcE9YjvRRActcFfVRY1UeWq0hXRXhsepR/g4iaY9Us1Tizl6KXtbJeloRfH7vQfIzy7En48qiaUXK6es7zyNN9iFM9wAkYJVtAnbsqCrHqCz3bmKd+sq3ZfmxNCVUf8AKtXhRLvFvnCqg38cexD0pNMcUFj2Zb73Y3UTRyb0ZX/lDXQg75DDcwVGrAdLL951tT1WL8n5NtVSaBCBlY1zprNjh4PetZh1IcyNLNviyfSr23G07+LinmEYJzzrFUPtUj2skMZMVNBsK894VHGvEcr7RUM/lvNq8qnlE9HTOCldrKfzisddeGf9HLBUWmPLyO1tzZ9yDe6RXBa9PbgsbzOL5M6vIZK79TbCXnsRnwWz1oCpQ1rTJbioyGvo+/ChXL7Y6oQanfydp00URuIG5nqY5BSv6YHG0emu9BtEA4SF91AneQtJiTRdWnyLjN6u1EQyNoemVnXRTCx9qCsNzkjIOLwlvJbPNEtybyjMh3m6fCZclGbU+y+Zwf2c6SOmZLw9O9Sskl47w/XmjGov5SvoaZ3NzXrO1e9tz3SIybzWCn9SZvWooiR9r8zV1jOMhqp3OMO3tXG83g4J3kvHQST5CnqOWzSADjO7la2zCsaZmEXDw2zMZxXP/PW0iRLNvimNWXopkPJNBFZCiZL9aaioV9TEKxh2ZNQyPPxzDjvHGTnoW9KGUdqX+U4k+v8y3TsSn8vwsIJ+GWGv3Vcjsne3SFGfyHHG4wC60XakxTRKOTrLLaALaWKgg6vttdbQ9XZYMJ/O4hPB7erHBoznOu3JDsWzTFd7NLMeXkiOJjtNlwaQ7L58LsK1CynPWsqUlKslSiP2fX4B9BQpB71hGMeo/j0qpFfvox2CIcFcXcWRtjfayrTs0nQuid1KdpxOvL6h15miRCjNmxoW/Mrh/dkb/SxHXw5L+axrU/09K5WthqyEH0cp6zWLJprinM4sEfW0gppyaJXhea44hrB0B9DBJVbR9Xaq+63FWpKdT3J/8LtQogmEzKgxDAxBfG8+Z4x5jV70uw90X5prFufAhYkzgCWM4ztkqadV6aptoN/ZpNjGNswyNSb1iWTxNPNZkqN8+7Tuu2lOyp8+WUnNmdbk82KBBCA1NNJs6+WcaJmo62y3LCzQUrowXUEdUl19h0D+302f49qn515ktcmaecJYZvxsSHtckQ2x07UzeYqM70+8WSwtecKuWZ+exaay7a3RWubcklP9IurIZaY5Sx1plGosruDs+WuCrXQj33V87lL0hIoMcn/PpJ2oime/P8UI/9q5bpSydGoAbtJX1G56lBLLSp5208tC1NPORMY/20DTnbzPSzm8NTvjtEnPQdKHkH0ofU1wefCxGqVg5fN1wo6AmfFZIO0Q/bhHUc/HFw8uka7Sqh60mx5EAeu30j7s4KLlQxLJXUX3so1WSmCHlPeK/o4VJfflKk4kK/UbqimnwoTzMJNiTdBy8IXQzhfSeIWvqafLA6+3+++RnQn5ZqWjUZFiK12Sg87ZQEMVxmRFyZh4S5TvX3k64ac9M6Wi85wlayVnzLNB3aOfLGJNVLF2+Rcud77LpxbsQrryOhFyM7uobSLM/RgsSw61VHFvIOIIGu+FDpn84EgfHEj/lH7JQlURbkszXBvqUtbGCjpIXeSQVzssKKT7sURro9RMtxvPcZlDquQUh9HtQVM4Q+4wUyiWMcwe2MBroKI4v19KbTTyvfiNvMHPIjA5YddBCz6jBSlD6W76tTTv42y3hBq5BfXp/JymytcLZkF2vvRWyosZSyE0c5X36WL3ldGQU0lovB/X6ws+MmEQ+2zEn3uJ2z281InGDwkhfDaZpfXIsCWjTRd1mTPUI+WykVb59TpKexurtL2W/qrrOeOoB7PQ7JTaU7IeLuelsdSghZvG2/2Fj2YFXe7y/Fc+/V2qb88i2cP9HJe29GQODZFY0Mjeor/qgzhLYnVtgUfYt8bnXF5Gjm7gXiloX/MYOk9/xohqIhdEp+nPLatlL9kA3s3nFr0XY3Ut/dpZGqFX5MbQb9wt+pn4TRqhI3edsTTLia9fdv8OrpYmM8fmW3SFK5eoeEM2555sVaZKyxIu69+PuX+VhrdMYldg1XmEbqH54aVBaT3ZmQdz8iA+C3pPy3w6SGF2ZVhVk/mEOJjy6nl6LOXFwllR2odZeqWTMUloWWjpLTpc4Y0ir3x9inqGefqITyBSapTKdkDgxUAHk3F8nq5yiE//mbnaWbrGJXQVXQPG6nh++GB6tr2Ss5Y7sf6wLRWgH2mLOEKOYlkUzrFVapCBXKlS2MVxuprM2fRed23mKGRLm6u7dS4aZFS6UyO7HjEFc1QTybPIuTtI5VQ9/4aO9jttaAzl1O90IV2FliUc7q9gTJud1eMsvbO3XEPjqIIaadeggcsdmkrD+fxLQ2YZYHPgnOi17kzTe0P1VkOCwan3s1fJyQk9Dxkzx8LCca1rWcJHsF3D1/Gu9ixH3lDYZTINP3uXMJ0u5jw4kWRXFfut0Ip2L88tLrHq3WoXYSQ4b2w+3RkAUUT2RjDjHarCCOfKnfVTYa6I5GIitE4XW5Sn0Lyup6nSNtaCgz7YKvhuiDHB7yXBUM5oeodsBOyvXqSjAufzhWaaavmcpfcM+rmJQlOlQiOog8+Ghp4JnzYyjl1ZJsoeH0UnMtZqR9WFgI2Uizoq5DNMpDgy7Km5J4B9SHToASrPT8i+sz9HEC0Euhhr5Hif5ER0ZytHa99lizyVg0ye7k41d5/PnnBuX0fGskroXWTyRLDkJBxPq+iOQFq8AieeaHaQT9+5G8el9FcG/KVGrsKvY+g6V807j5TLU9vIcM7DplFFJN8ynzaLRG/tr3ZUOM9sHv013f2/GSO/zcvLltlwWR4cMtuQlZXltnWKB4QFLnlKrvyci9gu5KChTuaYUPunJ1a/in8RIApwRtFbj1yzOQojLhqVLrEQH596pXwdHbXXD68JuqWoExdQjkbzCWdFqo0dn9qg9k+ttpVUFUwKr3fC+zeK961RHDcG+8jNXCfOXn2KcrUjjdCCrCi+AZ9xg7oFq5f1E46S+r19SKk0l1kyPMTLM2i1bElJavF8M7b0+irZZa3F+dm15pcNSnEBhwXfDUV7Qo4ZRv4xPSwYU9wHxLf4mZX1n5RknuXoFdsSS1BYpaXu0wKPJuhlEnAF77FPh8DIw95VkXJvfi/I06NhgXYKDHnrpqHPbCX9KTxbY/0gA3l8sa4seuxPIVZpgZarTwxY5xCTv5vBiUJy0z5BPFdkqDKyNNgUaIuos7ohjTP/RXBDcHuR9fdeOp4epP9zftbtyTbDHyrRBW50pZJ1PCMlKu5faPBAwVvEVnxkxNyoW/IA44T4u0DRvKCJ7rKXpnEGBbrbbsee2Lts5snF0+IR8Jk62G8QITtUyRs2T2280k+dCCg28k686bduZDHnAr5MjxmNlkruRmXafsNcFr3YTye+kT0VPCBLA1/3UDU+WBlfmts89VG0dirqxV9XRb9zvehFJRkOTcUWZD0mkS3w5r6o2qe6xG002+ngSXpYvaKD4FHzkjYU2jnuJugXnFeap9nuhfgCdXCMXRqZAxhlbw/2bZG+eSF+T2f9knAb5H3QGGDpwPsW0ksabzhcDVUNdBt9pFekGQmf6wzpDt8x141Ma2mtL3Uwx95qf2/vsb91c93KnKE3c1flgE93uD/TcxRI/9DQza5AF+tOdD/VK/SNIFiuzPn4xiS1zXdXtzhb5ALtriy3eJ671d3GGSi3u2zHncI+C4mB7EKdqQt9arpQpepC21MXGmC6cDykWP+7UNd0JMojIXFv5zTL05Yxp+o033Nrq2l3zq7avcSHJBg8ON0C9c/S1goa9RI9yCCza0vVjT4xHxkX3eGqCNleO6c5qMgF3Z3WLfZSPC3lEcQZdmhphBau7MV5IDKvW8ZnfnnutPWXcHn6vvIyfSGtzL2ZaynnZ6VeyGz8sthV1ICo6i8Xnfqv6RNgbBpqp3rSnWvJ10Fsk0Q6+Fgmyd3JUDU7EvSN7aNark/6EbrmCL1DBL/Rx/w9PalzNItOVAtNdzWefcZYgztGXVhPeS7onT55h61nyyXei7N5+bthtcSdTuzBP4y1kW2j+U5QQf29KTREYXc5iIYoRQucoZ87ZBAZmki7kqOT9e70e9eF+78y3JH7oorucuVryGOP+jlxt9sy2itnaBPr4yZOTEtsRjX2HgcbbE+XxVP79sDyfL6612Vz6A/uQbbPbcOzEEinbZz4K6GNGjM41SXKkT8rySN/5mmMgmQ5jjEP5Hn89XEOkqVtOJ/uc7uqiWpHcLrrNmFDap1ky7/OTo1i35Hzp3ht/R1Z6dhFBZXUFFE7oFcPCzaPyzFEs+w2Q/e7SloUPOAMJcGy3PtmrjFkbJbnpshnw3WJ1wWRtWucpyM0sj1m6Cz/C7+/oV34lNkvxGz8H3VZgNPdg86R5Vai3n10hyhJOaGHqrFsbTiCrUbf4lpcCO3/TevXD2P9unIkVI/8UboiZrDFuq/K05aR5RmRp3G2XFdoS1VBT7ZsohUZjmqWTycntsFqk8DQJPWwy9Ot6hFXKI7WjJyhRx2sVI1s8R9erDunxbswIET8wx+dpf5hgSX63+yf3KxUa+lAo7ShaeoNtSA982NFTQrEg3AgTQqO4OgpzG9b1McsPRMX6E51NlWwRWFG7gT1mJOvGBgDR/F+GhLUpy15j1Fqt6XHOaL3CXeEzjO380/Czwx0aa8lYPXiP3y9xMLCjiazzcdwTmarXXMzENzxN5ib5R6u3mF9CUXfNDl+HpnmMzR0D0NBgIzYbdUM/Yo29KiB7cTbv/rRQiexcuNKImpgBe5Pj4Tj+EwheEmTOepsnvIeOsgeWcX5FH+2b1E6NTcj/gv+jdK7PkLsdN5D4MfJ0wh9qxpRjO/t1iKS4o1ivNJSlknwbviyip503gP8WuoxWEFbBz2oXWSpHUerPuV2yN0T4i2zHd6D37eq5mY5305PPTnNzWN16e/7OGJGaoZl7O/hqbTI+Xi5KmpysIwhqjFPT7t6+nuYxNk9xI2WPiN/4Uxsuc6nXRWN1c3Nb9Lq3wlvlqDzPONq6Vmu5zm3kP1hEuEwVov3dKiSK1I6iVEaJZubO7hV6/e1CjuCRP9l2MGd6PQQ2MGKgB78cTFK8CJlqIMtMHfrrjRA5wnYwM+5553HEm5uPjhe/dtecIJZ7BGLN+Sb8/TnYtR2RXFuVdGtCvFoRxub7riFkpll6eAYqx5ztJGy2QeP7QBaNX4+X4yfb0/z1P+6BmpuRiQ9Ts44N/uIekv+TC3YVOseX59vEV9fxVdqS7zbKzg35EMaHo5HxFw83uTp1UDwPxaVlITtqHuUY6Y/fw3IN9tSdQ6W5/4cS97cHKfYcX15bZVzF5dn2h0d5tkuh9j6I3Stwlnn+0qeRZyTxMWXrvPyNcxtLMZDNdJBapvQ0PkpdoX/+kXpGCwIW1u/L7rFDvKxyRk1V1dQjnxMF849iMaXWl50zc0dqbm5gf7sFtGLDlI9G988LXZAv/FtzdNrQVVZ6+aG09kDBuvGASyR/9d2Uj8NdyWJnhQN4QCy9LvwL0GSYsd77LAskhVxduXxon3Z8ohZCgvXRGYq6a/G0dxi5D6YSiwjbr3A3tcLaKfgz8FWAdhJrtdT6cXgJbcfojzFH14S7TiRz9YZO8ZgzhoZW7QNreTVOK2oxfzFlfoQJMbDl/0DKbaVPsnPwA+vWpQVPw3i2x9WH+isJsSL+5hSX9t8PZIWc2S9eGpF7hbSmr0Ht6kYZ7t+/SbPrU+/JYzxmr35UPYpSBRLd9U1/Q707y2h5xgRfhggiJ1Nb9v9tKHn6TJbKKtHvt5w9GD5nVXrzUWGvCcYJfan1sfvzWImSDZ+8lvGT54tH8Guqx3B8tKrjqG/33IUuxZH0Z8LG9gW7ccSlucvM3KIY1y/cfMxv0389jWPTVNJ1kNpf4dmdb3dwUnNpX0dGulpPFXez6FpvZdLS67ax3K3ZQ+HZhENC7aKJtBzAc44wzg+p5wLTfIcLMVl7BLQKZ4PTLqfiPYADpxGepkj+I7RF9j71YX2g5wJ7tEFWuLk9HI+Myn1V9cECUePDmTPdwOj5qrUEuYxTXoVrVCwn8GCBF19vl7qXnGIcEQGemfVjZ8cFixgNMZXHdrxXNBf/crk6Sd8Lkf5h+0jVvHTCcc6gWG7s5KIx5M18oq3VWfwivR712yNKPp9NVr2moPNHXNlWDCSn8R/8JPPT3tLnn2YHA1VcwzyVn6vrtDwan8WjWI9dc3xJlm0SQUtc9D64b9ft7gTH10CvpP6NBY0Q4HG3rKX+cxUu1F0TpqnF4dnBt/Kdc6dxXE+fXK/MlfEyL9toCtiwygxMaNR/tVl+dvHl6DNwYtiqSLMh6U5C4JXcEJk2W8Q00Oqq24NH92je5xMy117XqlA5ZDWmTL89Gr3cuhR0dvTnpynALRrxKWV5kuUfptlb8NlYXsS1PXtQu87QX3Qo/y5a4jBmJ8e1qY5cTsE1Q563AwLi/gFCkiIE2gXlhaPGUsvB38JTmVtcpRTVO0MzVR700TayuHkPD8UPqdptLCMlQMoCyZFMMXdtpSw98i/s4Y9x9k7zRreWUPl76yiOrqQ5uYylAG8YZLtoyVTCb8uTHcG6b0kRYVPaLaDNDjdvu6mMxaE4LziSZwQHdXRZDc2NvRe+Kw1rE9NUziTiuaBiDTRPPHEpUEdHaoQawftW8rrlFdK2EBu1llpoNhlcZ3I2rO0JDizJHtsqJrK39Aydyyba2fZC+n0MOG8r3NtN/6mV7jXF+Tw9xk5edcbCmi622usrt/nCjRV19INjFAtz1p+WvRZrKipQR/Ob5NTzscKWbK9qF1cYCn4N4c4oYT1R5SbYvcsyQkrcCyEzPL2dJ4VKVvtvBUz4+U6IrC0wkHefcI4s+UlDed0/V7dTx/xVWTeYbaclkNmLnaYfnS29dloe0W/ZqmavRvZVp2iDAG5Q6tIx61lpCG37xwLjME6ao0nppQXBmWEG2aoap0bZocAnDDIaVk3TpixenWcMBkjzGPqesZ/vyTw6z+zglU7Yeebr3ECAivSnSmS+QmRrIWWWoKs0gKj+4j8f5h+G0tZzyl4sRX+mYCxUiK+55FSbtKl60Rwu1fwjj/Fvc3ZYbCIIRZpT2aLH0jwdN8bvcdYKQUe25y+qyg5TMpb8B75Kxl7QWlsfht62gTkcfr6pBmZNZzhJZi8k8GxEyR0PCEr7xyu6eeQQtZb+j+j8cxJBqxKoJI/agy94QytdE8o5IgL08jU4l6CSLwbVBTnUzzSPRnZfgEdoEdxLl5H00TXsdcWEmYTk+dYYOw+5fHHBUaIuZBmcb++7tD68p67mjG6T+C4/Iutt056xjqUP5MqqY7edBfSyZRFpD+UQ+z5wfGn8QkRchZx2hxcZv2TOdOXhqReg4X0sJrLeIlv6uNT7FbEtkh/oEXwkJ9ZfLu886Ii12ENve6kRZYkV8N7wifbF+lgU0H91AqaHWCv6MUxtwXmauyppKYGeiO3Gxl6Cxbq4DoaEe6oRobHhtXuyPhtdyF1zRneb6WXBA0dUSUHqVEc9TWA58k0OjIQWVvFGIvYIUt7qyLNfsu4866jnLqEDO0QoC0yP+poSIotZIr5N3nOvFFFRO8a2ozPptWM54XvqeWV9BNm6xxMdekq8nk5ng2zpog2hBn6usOuVWDs8mMQdaTa8wp8UQ0mHVxsDc2ypuxd8N7Jm37M75odGtpFrcsba4Kr41PoJMYQByOh4/os13hTiPVcx4hH2IUGaBu/4xCJgKhlZv8oiVRGT64uRjmLUK6ljwMTSAT9FOd5elaNRpY5I9r691WOs5QytCPhjuzFWEYtMbpk/0YL59N5+k0NnhtgfEGvmk8HMLrYdbqtKZ/Rq4vWEuyc8fQK+36zWNQHeUX4OK7PUikzhzlRfAxXXRq91Z7qCDlZWRxXNX95T9bIx9GyoJ5PUahRYrZq6FCSEYYG+UyIqKHnwmr3PLMcbq5OUdhLJtIL4QBV7Rrow6BQrMFHxOBry+NkcmuMkzklB4klMTFZNIzHbG4tEibDbdbUxPKuZRxMLo2DqXY+SgXIYC0jVNBzT6T+I2E4WaJFfs4nW5Ld/667K/eew3lqiH3fHU1ZmU9MPT0VfEwfOB99YVi3/RAxxOHWcQ3dTwNjQ/mwvsiUl82vCmaquU4bjlaRe7AxCnYQrG4rHNoktjfDKwTrEXyP3l6lg9AaOiMsvddIueg+i8yeanc/Pa4raQuemycUcbLKsYhMGkmDGJqPHOJlSpGJeuTEkjqeqhlXYWEMm9EvcplevVK/qusIsd+486QuFK9vSzs5S4KCWk8fmaqSO393HekBnD6D6yAbzBU8XpZ6ULU7LfjYdeJV3lz0MJ7nPI9HM6PN1JPvsTG0jBwJow3e/on7P/0P96l7ia4LLX3mPnfnqWYHuzjO+1sr376nAkoUPWnh/7WkkjCwpJPdzObqTpeoRenpGSUrNbxwQdIfZzdVz9ol5jmixbCmDZ0U1DJTZZjA8oc4CEi6XwTIhpPyYzVmnvyNWH2clcAgucDCOyDMDRLZJWXma6NG8pge5QqcjQO9dEDIOpTDHlrPPidHJ6aevvmulMG0FI8PeFGdqRTh2hY9tpbR7zK069IZuitnBQhKWXPqh7+b1oS3hxhCWFPQy8BWxdzdKs4QAseRSTZXgr5dSV3S/WtXl6ePc9Ax349tcnsxg93ndmrm6ZVI32qHc2qU5JJ2kfz7ZyVWCV8iTrA75aJqdydnX+L/rSPb4VvF74aoX9iEDjAPBsyYkLTh1mLmv0v9o5+4oaqRkiTTA9qpTZKuuYtVtfsZxxc9EhrGH/Xcuf5UN5X1by9/qx32iSbC/8HDsS39UB2bjkTpjIJ065uW85aXnBLe4SWMPSLXsI+MYcbhd5npAW1+LxTUuZu1KZ7t5F3+TZ1Vm6Szkj3Sx3ZJTFdbGsDIlMw3oSU3ATFZ44p7Kq76qK5bS2K6cMUo76kHQ+wwU0U6uJP39bbJWG2pvH6JM7sgly8iqwpbqmMGDewwmyaIoeysEN9Vw3uSUYEFT4fH1Vtc1KZsum48jk5n1p7xdkUVSWWaebCmkjjb4+T+hrZ0XjEqDE8MVVPo9wpRYbDxdU5jvnycVBZX9d2w9biqTOLq4GEVBKE9I7xF36s3TQz9MryZTmQGhe145vQiR7tb6AHCJLxZcpP2TMIXOIlD8ziypvgWPN+WTomE7fEqyPm4QIfQiWqi2jx5226nPrVyAtF8qnvbAt33bSszFRrOaUEDYwtvx+wc4r0fosSbiDLb6Ooc8ooXKonwkD0Qs2oPJ0jBtbQCDC/IG7CW8glaD6zgdsn7AU6Ril5mHxiutU/6uHGMG9grVwi+x/hluN7HFegbyTgamStQZfJK3ECQoHKm2TcwvPsIHwu8X4PpPI7GKn1jE+FtOY7JO1BvkTRZxGN7jRtRyAfr9uxP28c8Z5ss0IX+ZHah8TwfUGqUPkgtofEUB+3SLHApzzGqVBVWKYwBnjEp+p+MyD5my0SuvmQLCvU6/p62UYdkmX3RbsV3q9SuxtDL9mGFN1YplLSEf2fSc3FlimyONi9NdVtpjSABFJI5ukD7aM/jsy1jWR9JPejw+Hvxz+NfxJk9t53aOrlQwzYF7aCGy+/Lc/pEuyvdTw000nwz4ciz5EP9Xugz61fqjgnkCLSlpbYvHRhOoWv1gaGjGbRNIjazTgmycOrpJD4tWLpT/SLXnmfWtgkYDqEH+zKYdweGp+ptEjy5XXJA+Ee3NVv9wOObRY/I9yB/8oCwQN8JEUNYn1qcB6t1iUxBDT4ypW2yfQJ/r0SAgp+nQNOiIWqHJHujTRGuwN1bz1fz6VrqnHhP30lWOHcGhHk6KLrYGM48Q4SHSeNYpO2/YP6ka7ShAeFYLR6FRSRRZJaeMeDzGWLRe88osPoiCpRt08DJTfIcF3MIM6brQGo0ak8lrKFGdUk817JYFbxEA2dqqdTqmuyUdEsQI4bzA/72M8Dv953oL2prjhqgWMWCbSklNqMC4xwBBRqnzRqW5oeFhppzP1WXBvWkYjn1S1zH2qORdk6A6I34OY6nUYLw3Vp0U2vIm5BGpojAeR/VMzfNP3LbqQ+MIGGLlVb84Me4Au2SdE9gG3rF/oBHaDPaNUHu3xSypr7I7N3f9EgkBucJ1zPZR38r+XbSK/lO0jnsnWzmdkt6Jj2SPsnuyXeTPZK+CSwlZ1jwAn8rJxZyeNIvD2SHt3xi3pNxCiEjDI+H2DNKrd/59DwzhpHjh4f3kY/rhX2+p8o886WWBkNnmRn0KwPL//DQaxWVlHnqG9fiqZdx/QbbdrZIo/OSVfBHhUugc25Nfv3sa4YYm3tE/Wf6KYasl5+iPrUzQ0KfrOHNFdvg95J7g5EcoTiuiKTSyJEpx3KGo5wjJtltFSwJq/d0TKQCnUFr8nPUb1Avx5reJz6O+jV6OE5fDw/HmV8bD8dZ6+XhmPK18HCcnc682n+DjwPzRxgLzwm7peiDZpV3nvOVeUKm/dd6QiZwVslGX8hGX8iG9YVkvoypgVgsauhTurboFVlC5T6R1jwiixif6P83r4isqH+tX2TN79zoGdnoGdnoGdnoGfl6e0aA2GTp+8kLzEKa+Uiy0423Zq/qGRFr1Pp4R/4n8d6Rocx8LfJLSt8Q1NIPkj0TzpNQwtANa4+lpXG/5PBYrD6YA3sledo7aU+SadJEeyc49aDH19/XMpKa+K3dg6nsB6mgY+3epi2yEkPUsCk8LKToh0m5Ld63utqt1NXcnkKa2SzXgdW+Lu9n30vaK/JkKS6mA86ireFVdFIgOgUsUd3oR4l/Uxs6kBZYrLn+yb6Jo0Y1nnMgMaM3epI2epK+bp6khbTdV+JDylamnFFaeov+c71C/1mekS2+Es9I4V/oGan6F3lGtvuv9Iy0/Vp5Rrr+h3lGJsZf1jcy5D/INzIgmWTX5rWYp09mS8k/56eYZL2fomXmxH+WR2FSkYnFMl/JadazsTRyvt1X5XEAKghQ9tbX8+Cf/Hd7IKQ/EloUtOwTXCntlY1+CozXdN5DZITgVYDV/AfW0p62d/ADDX7GKnW+wp1xxZJVaYn9EjBNDUwGJcPshxrcOoOTAnMbyfyoUpaf96xUeN+0r8w7Mn2jd2Q13pGhJHbVNXtI/AqGvV9s/cKtu2E9JaK9fPX+klmrfHvmzci+bu3eDJTaxEh/z+AT9UvB/sma/Cd1LH0/ZubCqVrRJ/QPeo93tRq6I8wzq0SWDSl25+xZ7zcp9QR0aMUvsj5ejhr6bnhAErXwlAxJyr0xq/Nh+PHasH6MtmWW0IsM9uBZlHHA3MZS2tfp2WA+tY0ppzczOTHiMu6vif/F1/y4FuYX2E3WzPzSOtsLbODfC9fE9dIaw0sNCfMHWgmtpm4Vfhfc+Wq8OtjjJ6ziZ5H18NX7d9b09o0enn+lh0fWypfz8xh62oSqdW+PBS6A+s/0+eDq2nw+vsz6+3xKZ1xLn4/I0HXz+WRenZbeH8iIW2n9fD0F9vUUSs6ABfq7KdCR9ihb7vURiSq+nwGqJmkDXnubWQ4zb5BYTsUblPmC5GprviB/p3VfkPcEyYz2/iDv+5Ge+zK+Hzy5Ot+PeAREAxhDuzNKemaNl5Z8GS9B6RxYu5dA1tq6+Qr66R0tIgqBBy2tL1ClSlulgAY5P0Wyq6HV+xXEqo95DKZWWK02jKehNqlNfpysyeMg3KDv8p25CnfQx1+1F0L0cuy5g1PkxlCt6pdIijx+4dfMb7HRI/FVeSQ6lngkkg3qkUg2eiTYI2HpJ4mXpV9Pv4S0baN3YqN34uvgnTiQvRMHJVe18E88a3+ajKOWPoqhX9pHMcl+vX0U0EzXL4fjtPB486gZZ1rP4bAbLIej2t1hq6gh/KOqdneE3dX/JnP5ZIhxgKaD0XiF9bmDE0S5DqRNg1OjhQonzchgNxMUtaHJaeHqPSsbzq9y2kZ/ynr4U4Yl8KgAp/gmZul+ns5kOXcRCcorMj6hj9ak/gJ8Le6jTaUM5hLHJvxtd5SczA5JCnSlHqBHhy8ROEUbjdS20V+yMa/jv8NzsTvb3jML/lkuYs/jw4EhrL7H1e56WDF+1pH3NZ2vvj7+C8st/ee8GJ+T9EOY1ry6/hCvA8qsri+66Vc1EHr7qBPo6+H7EI+Db31LT8iwBF6KQ5gddgkp+kaInBdcRWnLXhLvz5Cy4BTcXosVMGPhWLP3BG9fnf/kz7R6D4q8saUPpW2M8+ux+q8KLOP+61B7pnV99b6VzWKx0230sHw5D4vXEj4LLKkQT8v9zN8yO/wyXg/oCtlqXbPf5Ta10e+x0e+x0e+x0e+x0e/x/6PfI0rg72jp6wBzb0W8eo/HHfRt8x1T7veApXwM15+wB6SqeIYUfuJSH4hdg2fk/o2+ka+xbwSaerU7NBlD81T5PczVepqynt6Tjd6R/yTvyFG6hjb6Rzb6Rzb6R74K/8gfldjj19c7clq4vt6R4Ql21aHJ180/8rMkco8GfemwBCXAqHd4Mlc1Nw+k5ubbQyOR3wplJHb4Bo4T/3nyi2RsDCl5gHov3J2OSDrQ/XGBRiSPBYYOMkdybjJ+NXC8IjhbUNYERyWN9BhbpzC6J1AjXab3Nf4dwjpboHeZDyVPt6mBNIByjJp4Au/gSs3VRyfHJCMTaDnyVGnZPN1CBRpI1wY2/bu7ujVFbYQN9i7WlJ4zz5pjE0ujkjZ0Nx1nLL3v6hLfhiOSx4LqnK+9Lf2BkoCoG9eap0cDQ7fRLD2fDlLbkpxGpNd6qduUYZ23kF7BOrhJKyLwrrtHg1J9LFcygxLWC0VLtGSCW7gGvA8ybxNSStoiFhq5I6elJJ0VW6xyysF8KM3eb6Texuu+eN5r8DtQZ9biM4ZaX89+pkADzZHK0iBTzil8qBpsvhx/rR/plly1uxk/E0f/fzQThVGylhl1LqE8vR2KNQA17BhCC69PNs7W/8TZmqMKOi4Zk+xP0+3BcRI00Njk+OSEZFxyYjI+gaz9ZXJS0ifAfcjf4eFxyckJvu6V3EzK0XIFxsG2lFBz2ifEPFzANYJF73E1jM8LT6QzFLPFUI6IBlAj1dmcgtbgnwn4mc9JrE5PsGw/gRw9rnbU8nwbtRPdQ8Ih6q1GtVJbBC1ghMZzOPu+VWIB8vlasOdO5x0J/OinJKhzJZ2SNNLmZlrQnk5JDD1JOW5lBT1Nu2s8GdBwd124Tfgs+8/60rJAfO/+FzzwwMPAbyk5hG2ytTQ7/DFbXDvSOwpW113UQPYgDaU5IZglC3QynUIn00n83bnUb9fErJPAnbJsaT+f+/ctGqVwXpY3rCiurfLTMmcmpGunJrUIPhc+Hxp6NpQn4UUFb/DOtJuZSJbiqAN1tuNojKqnb+YsM6LXlTB0o0ZpWWbbAnP8hASt+pNZoiFj+oTrvh666a10BVvsCryzPxJa3uf9OpmYIKL+1OTftVbka1ddK8Q2jCDNPbgpzLEM7q5mksgL2Pw2pQrajDYnma2Qju8R/HKY5dDBKsMlhGt+DeDeufFMvifWEBklGd0qqjOWzg2qrUpHI6a2dLJOgj8QUUd6l2cT7DbD3e3pmxfxr3fpFBrmTksqeI48kUNbu6vvJ5bb2os2oSbSrN+iH2vpN8x0HPO8+9hC/8Pzx+g55l16ixTNj4a7cczXmqd3+bkrdEMC2/GMnCqWBobLcDdPd6T3zeY6T42JtFn6Z0ZxBrVNZUUzDXfQALegNsy2nmNOvMrizCnF7MFM8XZMP1OGOzm116RnshOZoz6z5OFqF+pKGHlYJGCl+3Y6A1C+J2Vc6H0YXQ7zfneeAzENdzi9XUYJ/SLB2WUJ8x/j+jBn+Isb6XbyIzaUpc70qIomBDtaSkdjDyrQO0o8Mica73OdScNDmUvP6ohRcSydlcaJzmRL0410rRZf8sUs+TrSDWoSt+L0RGRjBT3FeN+yA/v5hJF5uugtRm3r0pJ36Da6XUHqQIZcqeUNq7Ywz5KptfblU6k8hs5I2lP3APVb2j+V/cNdJ5ZXYmGRUcJ67e4snclzUlb4juxHuVN1oV2ZdRerFOcCrFSM2rf4fjtl6Qh7VoIVOjxFn7H0ZPBhoOgfqtTGipUQE/bv7CQy3D2jMOfupdeMyKyf8KkIJTPJsoQ+MMCOaplNXkgzgMfTQ6E8Q0UPmXiweqnJSakMGO4wPr9KMCZ12tBYOyxdySbV2d6lKYmht1I54aMCYn52cnJUtJJ6xcvV1MR8sbZ6xWcnU/U5SSNNS85NpiXTk2nJefzf9KQvfUg4D95pzk8uSC5MvpVD7b8OKuhHjN4usu3+GBJiRrKtuyiZyfIBzJMxvRlaejuUnVL2aXijD9BTAsNcxTKSK3h+Pa620o3sW7skuEC9QDtrxczCB+ql1J6O1O3ppyHOhVgRW5u3QkNvh+KvzlEbNYBuIpXO0zwzHuNfjOPnqSyuZT7JJo7OeVqfHw5zWG34/kaaHmVrDniGYBA+ncdWIsNeYbuloe+G3jJVS38NGtIn5N/PbEd6mn13mImfGEtbx5Ba/ox6L21Fll4z3rZwHRm6n75Bkk2eyaZN1Pmq1L9ycbIHjeKTdWgfVZck38rdYT0fPVZK+5SZ5AH1ourIjL57UEzbh7AlNtIjwXNsBfYlFnEU36VJm/S3j/hrQ5cllycXJ79OELuCSK08z8Jt2KaheC33S+MDoDFJBMFtSnadW1UFvRW2oY4UmV+Hln6TIAv+SZWneepWhViKWYlin36naBnvf/2gsShhl+4ezAaTPeIj0ji0KxLMliouZ3j38eUUR3k9YTC/3mctXCwoQLLy73rUtKEeNFrJLiJWltHq/QA2GB8xKIz2j5v2dHFyZZKn5Wqu3om5TZerPGugtcwtujcNpAo6VTUQ+iZP1dQ5d4et56cq6GZCWdTygLoymUeCNHplchHHm+xL3eiqJKab7f9j70vgrarK9p937b322efsvfXqATE6ehlUQAmEJIe8aWJiiHLVezX6BEMtRwRvOPHl1L1qkRiBgIpomAOSOeCAijmkOZWCch2TFElDEUpwCAv8+7xr73POBZzS+uzf/fUz7tl77bXXXuM7PO/zss0u4/dSmYRD9SmeFsdgoH73UumY5vTmt+yHVr+EK6NW9Vqf7xP7NFuasTvzKfjZs5UaG3CjjClnEBf1AnNOOWsyZd2eRvwAuxv3rMs+Pg0Pqg9EkY1o0NH2U+QhS/XVvXtnucdrSf1cGc7zDm/ntGb+qjzzvAyCQz5xjxiXcqTSd+ByYE/3KvgTS+uy16SIoH7YxVRwQ+6L5qVy+1XRFDkk7yR+3jlF5ShiVN6UaThXinjAcn23GocHYpk3yvnVlwrrGKHrvrrsdM+tIGe7Gozp3qK0/rY926x29Ye8jKOhBrso353xKZW48505frdHnSE6xfiFcmZa1vXbILs60NyOwYoa4nV3xXoBbkcTJkrlmY3whuwszIF+dUSvfT/8yM6KSthFdtDc7EM9Rn9eExmfpx9tcCX0s93RiCs11/tl3jEF1hNKI0bjeszCP4zF7Oh2zXnbqLLkKlPAL6NZ4Pzqh1C+69+enisb667yC7M6z17nb2Zf5i7DJ/jv300Js/CHoIRrwz562lyvq+n21JfFlXMh3jYOBeO+sB/OUys2v5W+wZ+F9FItQE357UQKdvHY2561+muYEOF0bUTbuKcaZdYXbgWE8quoJJdhku9aPsFM8Hi9BT/IfcG3eEyIJ5vkN6GTooH4d3dcFxVSDBj72WoO50l+i2aN7me5Z42zF63T+qujkpYaba6PvuvdEN0YWcyJ/mEm+WHqX+a5w7Z9y2Rfumi9L20En35Sz8WbogA3R9XftINwJfY0i2AxW9xMYFaTzNtnEZoWHCt95Ti5JTLobEppX4/FFULbwUzzCzvEFFOLBe9kzw6Thegrf/LebLML8RuvMcRTN6OzcWtuGRwWztl83DkVKY7T4faeNsTNZfrvpR5Rlk5DdOtmJGb43LEXKg/zWmS1rk73+2rcW3b/lHXQb8Tn/BQj/axMNRas8txIvzPGYI6MwSH57/vb+gv1FGUtFrF+wZI2b+6OobqXUlbqKV1UZnXR4vVtcOwsvZP3YG6YeSj3ujQbV8c09JSZ6CW8e2v0uBH8LhfgdPTD73Od9aRx0nKjtjHTQwMYu7XucDMUl9Cq0k9vc7jfhGUyD8O1r4al9ojMrzo3KmIfQ57lg0yxjKZ8UvfFgfiaLExHd6hZIDt5t0UB9jet2pJh0lOKKClj5T6mVdFy/bCp2SYsqhRNXJhrN7GK7r0Xm2Ja49Geq5OzdifvdzlXZzGVv92zvMIe6avX2aItbYu5FJfpnnx7xD2n1eQ9MlPmUUitFwU9sYkQnqzeOz5bwQQXFO87EFtahyPuhOypDWGFW70i1sULF3G8mahzLpf2UoSxhnvITt5LxBWqzSOyF+jd75tt7Znmf40l9kFX2unmOBMKZZHjzRk64r1NBdPYhLHGzedpsGjBE+LOV/e+CJEX4M/+tYb+dPf2VlxrOGcPJQbcy0aQZ/jfEXkrbBNcr+5smtMxj7xaW8Ad6nkcmyuWvSNcqYvSk22somRrvelemKK29tTWj1NE2EI4hKWz7TjW0y96RVxpDvdoASMSs+Rt4V3lfdHLrrkv7K2zYAvviVzHKtvMEzjV4+rgHrQwVyn9c/1GvuO0AiMQupDDVa1snEMOJef8ua7NnuL7MvnA3e+QYhQiXO49q/a56jI1+IVnsdzsJS4Hnit7g+xtXjXnYZUZgQBkJs3QidSmz8NcPC+3eTsKpdNW7G16qZfyAY+6BOf3IvVeVfbGK4Qa9Z7GeU0HYR7O8vrh5dwruUUoyGGyGHsa8s4uQg0elWFCdMkxZk8zFr8yx0gtWjFe5eI/54ip6YiFHENailM+1t1SGbKD2hGcdeK98s5Q0FYcmtq3Psq6Va0LFBUV1lH7m/zDu5S/iDj3r+rJuKtf5zfga34RHTxihltkN393P8DXfWfhuFMyBE+APXxBLXbyl5tBZWvHq2aeMsMEukNRMn1U5kpmEymorSzCg7J1BUVUtnNV8ExLq/ARDgUXoA/6env633hfP+gie/nNamFxfofGFHm1VASD/ERb8q5QF29V+z/btT7a6UHnb23jTXVeVGINGnGYnAD6T4/3FqYeC1f+KPWF1+Jw4WzeSpowUm0cTylCc140w3OYS+Y+oz46zbj1yDJNQUFl9NZgWXmME1wh4+A0q0bcGQUgz3AxLcdcL79WDaOguEh3n2dsV9173W9GETlMxV2Rk1tpA2zB3VHHFEth038vwj2Rxd88wSvBArwYFNEa1KRvcE851Ebbcy17C+WMj/+Gve0C/PFjvMH5oGhdtoislL1QG/YicSdhDMKGPEeDIbIPpXR7AZZh+AeWqU2tWpwbeR0DrvJOGGPzOMF2tEFqmchjmZ54g3FbPoT1Jkoe39fotbP8e6MMGXiWP8r/g1ySpzf6LH+0T3/TWb7FWT416Q3bxUO1mzqreEH/v0c4xj9Ln6+UcP6qWnOWfwt3GZ/2mLmYI9mTpbQl7BdaSbZNe+aTtTdM8TpZucyj9Eks6Jn909UQqLft/85anseG/Ep5/CYqYYm93+cJF5svG4eVc2226GomB5RwR6NTkEfkUSLaL7gvKuD+qI/tly+hf/630QNRAZfKLD1f3XOVHiUioDILOP6OlfLzMsOLONjfx1yUSoS3qeTrvKYbmjGcvdnX/DAf4rb8PLiInjyO9hbC4te+4/h+MNrJu+vfPu/5lmzufto5y7r+82YtW109G/m7eg6eG7h6W3AcRsHN68nBB89sRnHVpT7UXYk8l3waMeY8TD/We+zntXgocl/QgFXSIbXt5IKrTW98RSgVPhzR7vhI9Lvo99Gj0WPR/GhB9HhEKe5mmWN+L5SNMv9q5pOtw3xZII8L/TJPRAuF+NgCFgm/4GkRvCAvyhgsFsFLYrFEpqEZf5Ii3LuekusY/xS5CJFQ5z01qBcN48A6qbzbhOWya0gsF+M3QvOWvC1FRSZpeTkJ25pzVTIYkKfW0RrV5Z+MvpR/Kno64r/PRE9Hz0aet7kcbi145bnoD+mdP0R/iHidiN/JAa0CD+vuAEvEWl1+vh1iIsyWztjdPB8tip6P/hid4D0uA/JzKE3l8/mB5oWoFr3xfDQq/FJ+klpu6aOfhBejGvxd195+xMOpFDgg36Ca0b4SYK3f0/wutdINyG9hL8SkVOMtan/R9+HrMy4WarjvbGID8k6TY/zaKjMWf1XdZJU04C15QwoIcTt6Kgq2YlXLRmtA3tnDNsJlnuvpv+oYjvQXRzfkX4qcz2e22uOehY8xqUbqnnsBH68fbPpW5lDK9O0FWI656+yc1L2OsVnc10ysxUj/OcM4rteFkXJNGOm7uB3WxB5yOv2GdHnqv9SBrofTXqaWdSBnQ52KdbXVhRqfV5ffkP7/ujyc62wKaMVQ407gRfJIjjHK/4wlgHanzALA0dtZI0kfzVU0/0oc5c4yWrqqlXItBqbfuxBvecajbjpQc986G8yAvMVb0h2zcbH3trF4y9Dv2s9elcae0hp8SIr0J/qSfZrDSumoJUvmm6YX48DsQIxNrUQD8onWy576u9q1/qHcta2GVoKtc0WN8q1Hlm+kDq9i22B9zW9A/qM1vwF56nxLol94H0/re8ZQ54s3oPNtIy4jMG0WLu62NcdVNBZP5qbhBnkQxmb27rYt2LCtmzWUTDN6mt3NTakFnuu22uZebW2/z5vr0VrUkI4vtfW95Ldeo0Y8EdU4SN+cK69nWuoyi/r6uv6aNpq++7ZZUsAT5oEUt+XsfL8IF+r8uEsjzTfyfxMEeCpXUrx85qF/23Pn3xl4Osc1l/ihNICxzxv587xXPJ5rTTixyiIVGvbCxn6Dtv3kKsaHGj8Hhxm+Epv4Y3C3yWLL+aZN/bvNVZ5rj/sm18caYZHGLDKy7jmMxbUaPXib73azZnTCYrxq3pQRKW/AENOAq7wihgnPqie8K9HJn6Z+pzq1Tws297/g907tFwPyWUYaZ3k9S7q+rw38UOqJF5CGXBHP5FiO915RD5fVX25tZddqMQBF4er9tsc6azA09XZXa/ED8i4SiCgwatT34XV5VuMEd/K5zzer7rq3mZHu284OkGFWP57+v2Gdny3KdP4B+Q/W+XvhAH9DGr+TnJabCH+KslZS8/fUn+Nm7rqav5OoeqpMFWCI3bDmPyD/ceUsp99nbz9vPf2+iNf9OlCGIBbd4RMEh/uch/XqzVjhO1RWa4oDu9pb6Q80L0clvO5Plj+jiFVa4wr/Cf9lU8Qycb9c1J9JvesrfFrlL2Urw1p/gFoZr1C02fYyFduaFf52iuF+zye/w0tl3J5VuaApvU7Z4JVotnzH7A/nSWT7FmIa9sZY9UMHyPzRTnv+c5RhA/lfzQYlhBV+A2rQoCuurrA02tT01D0oxAp/e+lp6LF5zONZvzLP3SL/vsQ6ye/g9Si8GvWSEr6Rey1yts6GNPKA++LK/DSdT3xvxj+yLHpOesqhAddB16gJy/BFSw9QJol0Ue/Q64rfO8Qc7Z3qfdGw98fKa1Etlke8Og29Dcuu0VlxiOEZ5+I0KZ+EZpWZpjsccXwvmhcl8+v9NLUMs+840iv8ikQS204po4HDOJ1vEss6usrGtsZuYmss44ynpqcgJeRA/+K3cQTY3xyLF9ANb/rdcbHn3rOuTLPCdzKNe2u1HHK7v74cYtNyh6CnJN5RxnlNtvAcV2vWDjKgrBT2oJNHjimcU6Dde0XE/F1XmlYT4Gpk0sj3zSn+GXmW/Ev01+i8PLGFb0TuS+g9z+p2vcS5YVQuWOEPE7IeHGTJLz43iPAtfMdsZncU6nPcv2np4pXhQut2d3SAVVnkLdO1sNQvYKY+cbxpwqa2XzQd01C0vdM3/QgDsAjv6IxlS9hvGlUtWa8dqrGLjN3fUJ/k0Fhu8WbWYgdvgrkiTFCrEZ58f4ArTSiM1ackz7L0MCxSDdd5F9zXJsqk0DeXfV+CuWgxLL+Z5ep2V/n/N8NiU9vBFrEyqkXXwqqI73BvbfumDX0do7Hd2uKetyidHe5OhI3RgC/7BY3Bza6PLUdw88rRnovGzqX9s8YwOv3NqFbelQrPDX/nsajcZ2Oxb57luf6sRzaF24TeDtdjS21HvBWRT+YXtiNmmt5VI8Bn9xL6GvkN7toCeTsSvBNN9FeKiz/+qve3yP21Okq0zAoiNe270VLbrLExPzPLDK87XNXF3si0LochdP0z70NsAqcZp9vzmeqY5WpkM5FX2Tn396jtOXew/9+z4zsdun3fb9/3q/f9f7Tv+x+4779o1t3f58t/+v7OWrazvHoKfmgu8egLL2FN1IweNkxjPln+m4brpJd19pItbdavPzQ12FG+nv+058SLH3pOUEr/kQm0/pby1QfDInaUWrM2CvBeRFzSlblGRPZ4M8tepXgqYghm2W64qfwdWV/fgm6YBteS6V4JL3sP0RpoKn21j9eqyIBZtmN5Hrkz690oAOKf+u9G1NEkXvf0qsU88oPE70YWXlzSGNr5aMaGTrYFQja9K00Jb9ELhlvlEdsBO8u7EduwRPis2x2a8JxaggQ1pgg/tnFBa6bNJNQ5SqQY/cVv+5lHwKRvqcHXNWPn69IF1+Qv9+if51njxv275kA9a2jXZ2tZi8PRj12v39pP4nbdq/0Mbte92nWv/xbdyw/aT5h/5QnDXdMh1slWdL6dpn4OPsM58K5shAc9h6pfjHfFzZc/mYFmexkt7Xpi+xnVrie264mf/7PoP0e/Y3+5XTis2oXdc5eaw31y4QTxSumtM93FtudiwRiEsUNM5WPiRM43bjdIbCEeg5x1OKnuaUx+K6aZKG7CC+SCwkBxcRr0a1qNl3Cn4BiNTzgPXbBFwUXyzklPmKM9Io3ON+/q+F7ldZXHvOkeURfcY6N4mgmU3XMLb6Vkqz3EctNVuBKLGGc03+C/8bTN4syH+2RF4K/hPneLOL4AlStJPAElrMVGMa91Uv7RUzFFFvsv+V8yz8u3vezva4xg43hT0wkhOkhNfFOeb9skvi5fQj59YtO4GL+I7bwFMkV6m3c8Mu2fgu/nm/CNHNE/L5qu+R1limwdXI0wRRIMRh06xB3jzWKyIJwQhYqVzyK8o3KMd+a/LGKy1x1niUN80SPZuywXMfKjE/yCxQXi6hGVrTgaN6iH/x3hFb6tQWM7X5D6QkGR/i+aG+wlBZ57k72XhPvKjtIpvtj2xko5BKtzjcqxOdl7I9/fvmo2j6fhDP+FHKO6vhAPRIA38mPQOf5iXEQpZl9sEe9qFsiAcMu4Ca+Z3tg79y3Uxl3iGVHXmC3pFgfoHq/OCW6SlfS5xrvZJpyCvmEt3jF84ln5bDGI1ZhReqotbsWnYSKp1PL5wt8RB9qMreOngm1ii6vNY2GPuGfcK3bf72KsIvw1qC+zcRGHvVm6R+5a4N03vQDbxp+u/63G55xVKGn8Ep/77FCh1WM5/jMYyfFe8Lkbx88LAvdfsW6u/hz2dxHbxRa943kpXpj8/S1pJPlkL4uFfwod8aV4pOkcZHiWEjLky6046DMeNcae3yLnhyXlldvFfBaj2Cf+NKPXJ25fJezfdfu1IqFkHE6V+T65zFjV9rzOf27iSG5CtWR2Sxv+sY+S0T46kqNvfHC4fdwvJsZ7+7h//N+yo3z+RvfL8Scb27bn7Kc9Yz96dIjd/HeO0L+r3/spI+u1skO8XzAgZrTeV+IStvwUo/FZrZu98PlbN8T81qMLrsK2mhUrAi1bO8Yuw1MRHS05uHYpR+825snf4jQcaqE/whg05i/EoTgNAeqMIOv5jbBTTCtP5FHbIr69MX+V5zJ+OF2sOrsHraDnGkaSOKa5yCwzA5Th2XGX8elA2Zxm0FZmrbbmgk+0q9dWzb9x9qPn34bLbHj+3VyWTT46sql3WpJ2A1pFHBPBx83hs7529emim1jDf+peTlz3R+0pt/n/Fyf1f8u56zJiZPru0zIUQVVWjJ3j3xUeNwEalFt+l/jY8PM2tjcGc4KbgowF9pOMrLMaNZYx953ScT0Zb1qroxupNaktL6BjZWvBJjhG3LtvDBg/M8nLGOec7PrVuBn7Ssbjv523e+p5Ie99X4HNbFQ3BoE+nT05P+hbIEMdR7ygc2RrRdUH+IftBTf2f1HruBv9HatGOMPZZyN9Y7B+XPwnGe93C8eGJmVCqsNJnzsJfNf4INsuFXzaVc1Rbl/V/3+t6s9qtD+rdTxAHLPbR5/TzZ/wnHbPzEAX1MVNqYzbIc29F+EM9YZHVfn3GBPnnsly70UY4bnse0NkhNecsrkVlHuzCXsb9+R/y87x2c6Nyk7wtfg/cSfY0B4QYIdC233AZe4ymC1BmTX5X78ffPBu8Cl9ERpVCMUv9JVvFjorZ38Jm+PTMFO49T3+Y3oy27I+fNz1RazHcB27T2pL+deusLH/0jXGJ6tHpqfkg0aIPOzdodgcxqMy54Ios8NtPj3dV8oodEYjtIz82RRQ60X2Nv+mdJ3xXQOkejeO0C5fVUZwt3j3mG0jP8Bom0chvxbf9qbh6zH9eLSgjMUe8YB4uDSF9ZqjKUk5nLaMQ2W2Z9/l8Q9fsEPcjIHxnnHGCbW3ZuWiT5osS19GFxwcfiPeK2bOoMwDuWVsy5ayz5/ltF/+n5PKPwq50HaehBgU7x0fogi2HmGitdyH07wQQxDgBTkn59pyimaK3i2e7M0RsvPy72/Gg+N94t3jLso7TRvarsqNm9U1JJ7ob+ftFhewMmUMeAIXqX1+rmZUGG2XmCXBvh/p9WVvLw7/2oY1/VZx++risDMiO7Eqq0n1XdfHbXvYbpDDyjFYNdm2foSKFXVAbHUc/t3j4/rIteM085/AArbhPtzhM+s/3RXjz2BPjD//cmM2rqFmNhkTkNfkD2F9oQaXKyrW9W1P2SGu9OqHywYuB0Vb6S5D/HzQ29uurBYMjWs1/5d4bE+Ei3Q2WJ0hZGBu1VVm0iyxeXQ1bWfCx23rJ1s3bRFZ/3l8efXx/jH/G+1/lH+zUrKyJvj701jA+fznkdvr88MKN0cOiA+M++U/DmcbUn25gxznk7ttcq6EbtG+xtXQEDfGx+UPig+OvxUPi78d/098SDxc/x0RHxrva74Tj4z7xx81C5ZFQ23PtE2a4y/uHy+L3O8Py87CGZCNuiudjfj6GVi2Q29Uj3DbjCzsoa98RDaW38lh8eHxEfF34+/FR8ZHxUfHu+Ya7DHxsfFx8aj4+LgRp2D0J8B9fdCoLSvn63GaI31kgeak4oo4N5jhj4k7aoYV5u35+OdXpY3/nPb17/Jj/zvXZNYnU+0ycWUEB/kCYqxPiAM0xd+Pu5R7bmx8Yv7E+KR41+jkuAtOicfGo+MIgQnwN8OcmoxEOKBc2kWJDPd3lpx1mVGmRqfG4+L/jX8Qj8p/fnb1qRq94d5QwTxHdh9LZq+169zhPNxwTUuCJWbjfAL6Q/mdbpbxr082y/jEp5WJWMfnTyYabV8ydegfjsgzkmmHmLNstK3D3jgt3j2cZxiltLHXU97Q/HaXBKfHJQzEudLJrxWruQjuZk7r+Bs4VOYbIpTPjIt4UDaWEi5EXvNbnRVnXHLj/DrNeMI3dMQ0XCeBER2HX/uhWW7eyG+EH8YBmuOWmPkFSojl7Jwon9ZZZlpYH5Rwdny4KWK8lHBOfG68qf1R3IQtrMWP4wtRH5zsFzE+Jq/Z4eYn8RPo692Jm3KMVDg4PC/+jpkQ3yNLcX7M+TE+/mlMtPdQRW7/Vh6U0craVsRB3sSYPfazuAa1ZplpLVxuOP+h3GSTYiL4tjKT44FYZhgDQd7sgVhuviC1uEIon7F8rcdrO+V621FEjcXnBlOwUi6IBad5PaURX/EHac6gKXFRtvEme8/BxX6vlbmYSjyJr7m1zOBcCXMxEKtEMC0eIq3YylwY16KzPcq8JRfFTbg4Hi6D/GZcmbP4g/dmND3mCnlOn1gr/SzzLl8Ss+1bmaGYET/h12NY8LyEeA7n+GPR0czFRNTriVjCPGEkAfneLo0ZyRaaJ7zIcFfpml9mmEmHo36VF5pirjv2tpfK4hxxHcxNMT1epHFdc2WKXS4DckfYEG6OsT4yaP5V+SA31b2b84B2wqGaY43z67K4hJ/HnXzOLPI5P+HPNeSb741rzFf8W5ELmrBYiuhhKrlhXNaJXsa9Z93r25osN06keR4GVmVJDBUhUskq4cq1zW9Tj/2wlcxO7xU1t83RegI2wF2biX3lOGXs7JMvrpMFYwB2EGa+qHAMuhpczoos/0UxjYThlZ3NhjNeMJZsXQZMx2/ucsk4JkwXafKksXjKPG1CmQmvzOv4jHnWMLZkFZrwPZtl5uA3vaAZQ97TuAFKVmvSuis8jj9PM9vMFovb/HpMj13OUBdfFiBrjYtZ3E77J4s2dOdGludSxH0P9+8f5Gya8YrztXr/5mxY7NViuLRiFVo0F0JRx8Pt++8oayLXC6My3G4+U1f1HhiobOf1mp/pmDQv5jLcj6f1TCih1mPrsi/hbP93fwmxOJvaG6WId4xNUTc5OyHNQ1DEkf5x/oVmLG7ys4xgPxHidtgOxytaUz4VLWptC54E48HckyWNuKPOf5TvUD+fNAtKdcaRD8438kVsIxlbZiXvUqQ91pYx8/KYzPH9NWf7nLCjPlmqqon233/Wor4hBMtHZQLY0Pn7UVkAPs2p/FGZALIcyOyDz0r+ymxBv/iEqEQ+cUU7pvef9nO0jZP5NHrN/59xMCF28Cz6WNqzC8ikSFPOzef6+8pYdN+bqJZt7kcb5xfC+SVcdkbrXRV/1WfO1b/oc+M1l840cydC5RHm0xdojOor0dVxT1kqs2LueRdhaC7AK5HTEVb4/+wM+L+y+V4VX6PI+6vio/OV+cKr///NlaJKKItwkrZpdnwh9mcmGy0/ETV+d9zuM9Ob+/WEJduCxYBcPaxdhDq8995U2lXtL2PmAD0zfy13NvvL+FJvquYY4m+elb08xhvzF3OOFrCzzBbOLZ7IvLqzaD3YD8vQy3PxxZdpvzIn4E6YY1o+xgj+KnYjyBo5gtfGR+e7YIXZPB2xjx6v9zzyQC16vy+2Da6LXYzxMlwfs2XkD5hj2ldX++r6962uSvZvl6udrM5Zlt9OftvM9tUWxAH5agtiUzoOWd7vG+Ib4xviOfEN8U2xxQ3xzbHLcHsWmnFLfGs8N2a9O8tt6mG+Pb4jnhe3aJbfO+Orc7w+zvu+LWB84c7YaNazCRitM/Zonzax5cY3V5ve5tcxyzKv5l3xkWZs9JzUYG+PmmzX/MVWcGdcC2oXb8kb+bf8OzU+/+64hLviZXKD0D5xuSlolgoXJ8YYh6K8JffE98Z3xr+JD8k34rrcfTHl0dsKAa70Z/iM9Z6VZtit1XG5JcXsUBroKwZPoBbjJUoRDpQV74+rZcWFmoXpt/GJhQblUd/dz0aY+ShfzlGyJiM/OVMcIs9lGifj+aVBqGPCyIolivF3+QkfiK8OXzWvi0WvkL7kB+PACh6KqZUIxkZ3xg/H7hn297zYPTURtZiGVvVSzTTUSK6zHTHRZx7MtZgXPxIX8bu4hPewPM2H/Pt4UxPh0bgBPbwe4YGF7fys9oP9Urrma5RdpoTH4vnxT8IFcSiPxyU8ES+Mm9EaPxk/FT8ZPx2P9tlXNZgYToPLqPwSnolddsxAd7yFuN2fptriszG8WmUfyiv/QG/zqDCm/zk8F6/xGrErPBTwh3hH7/mYu5XL49xX0Yos3zcsYFczRc7Dm4VpSLAo/mO8KH4htngxHhtdaKcIM2x3wdveNOWgYW7BxTHLj9UningpXhLX4U/xy/Er8Z/j0f5jOcZ/uj3Z5awYouPlvPvvCE+Ymnghlgu5eh4KLBqwU8hrNVgaT9Oyr8avxY14Ka7FQf6y+PV4ebwinic/1Xw/J5KTMf1VLGcMXhG3WIvBNo+74XJwRDjSI+ryLzFxhHmsiO9GE1w+0RXxTcEgRFgRW2+o4jxc9rFGDAWvWM+hAGowMGgGY6BoJ2GZWQE1O+rfLnNLliuAzyyUEAvFsdTPD2vxYjy/4LTgzD5yQ1pi7Pt6c5bzrIgOMsTP8p+tzg+TUan26PawseAzvPsbZUDhl58jtqzZ/jXtixNtEW/Ew3VV3SXNWu5uMd4SswLk93gqmCks/0ZMNveVMWs8UXN58jt+/P4uTFafon7JdxCohjzWlNAPawwtpxO8d6U3VsXPYKO4Cw7WU2hjzV3ZyXdcH8ebP6s+wBo6w0khC71b0QLmXB6jWudJencqboWLQGpJcyvXKQqEGRx/lFrIWc7qbHgDLlM9Z9vP9O+a8lPNeNx3Zam9H5H2cwOKPlfuVDTgR1W1XeXl0JLmpMvK1jLzgGYuyfJKklGCGW6vNq5v3NNup1kgzDPNEdzSb9CdcVvcAmaIG4THfSJalRlH930+9Wb8kj8Ql4QBjrMs/0QQ6D7XgBvTdgepvY3MNWOloDlJFhviEh/3F2rO8rsNOVSujbjLMWuMayfrEEOM7ZkYoq1yee1dnbx7VxCV59EY9Y5kPcXvZhZH932OQyunfC7HqLVyuIyXSg+RG4Ut4L2b8h0174SoNYq1zQodj467X6/2iXvkLnGzMgDxV/fm6rRfT9B2GUTMAJTmt75Be/97nuCtuIjR6Ts76wjxiwqFLOvoYjDjkntPE8RW5prLMTwVq+XP6fPcN7uY3uglovk+5mm0Hd9itD9OUozX/mnvBFisa2m17I8bZJj25t5wXGRLxJXnd3ct9zDf8XYcSg+zrSngDO8kLMZJOptfF+YDvkXuVLltW9OCd2LO/kcK3Kf/pgi1g333XtZ7AEqafWQQsgzdjXjAXhIwro/xfXUa/0FMNJHQZypOijKFwXD4OB0/wI2+1XynUzHfNqMVvgTqt6yFW5mB5pI+3jCvZSjM6J0XXuMO5MbsTJRwLh61AV70zkKAH6IZvq5F7gzj3z9lf4LzMEFlz2cxIyhhKtw7FsiNxuXZaNKze7DUoEUEJ5sGfJzns5hE1wuiuYB8mYpJiEAthPnqOTJ3hgHODUuYIo0Y6U/w3Cy/SCKsFmYkvtRzWSR5/b5cbbqz/kx/d8No0wkLvalqJ3xTeiOCL814WUf/CKnFAiwxjZhjZqZZ7l81822g6MAiWoISLF7SPO+N8OW/d4zmoDfqcAAehOtfciDfYQQHvC/xcXe5DQ/hXDyMR6ow/yW47KV+mmH2t3gAXTS7DFmM3lLPgNtdJzoeqaB3eQ8rYP/yeZKozhPgAOmCK/RZftFtVfU7O+QdaEmtynyquqVPQfA0BqE39kE9nsFJaqFixiO+eRCexXM4D4265rlf3m0e9BfpHHH7I08FjtG9eDU9zbK2MSY3O2/4DW8goCdaGtA/sPpv5dTJrMIOgbQAj2/wKe5eL6V5oE+qylL8FX//9NfWph4L8EeT5eDOfBkJnrQuR/FUtYnzJKQWPB6BZi46STUsN+OOT5ndXG+zFd+lrTsoorvsX34rsxyNw2twfGmjTT+sMPOFGYxXmHEYYd3q6Vz4ReB0XHeWXtjGD5WdrNk5nH1zDoeqB+hiM8nvmGZtZqbkASmnoGvZg2EjpofjzZicYztZ5T+np+AJ/r6G2Wv74QR/EaaH2TkR6b5e+SrWS9sGpRCy2z0UnpZ7OBzFXV6m4ZHwd+GFRK9I4v0+fMTyTiO2DVjHOYWsFkpVE3ChSinUTB4Ns2iX/fGaXKgaaDFtRw0eC6knZPvBgpB/nZnmXl/lNam/UNISp+g6uSLNAr6nuGxSzakc40b37ff3vCR93yI8HnaQJjwRFjFY/WunyhTuNlKLq4JePmsf4S03f5fNfMEYn2/tT/+MN0ooDUUq3XQsj9yJpgHdEOd8lURHpppsg45ha2jRDS/IAECzlj8ZniBX+Vf7AZ4KZ+OXEPxD/derjBsrZgFrwmpZ5bG/BoW+PB0u1JXDefMyvmfqzTOhTfuB+a+eF8rks3U/OsU04ZnQZfkebULM0nXMNr1pG7CP16Sel2dDyuuUaqfIXGkAucuidLa3YAz2wOrYptn5rgq4Lx2g2JCRnuvTA71V2q+xddIfUYjM/ua8gG6euvo2tI5/7TdgfsgVQdnErX7WxbztZOPpl2vUHO7knhzpl6pq9LSF2azmqMy3jWn+vrO8MZij8Sy+ShjUYqeplPltXzAg52qk7YW1jfT/EAr6yrnhVZ6bIa3p/a/kWlVuf8XsmBvpb+Mx2zyzcO2UE+ycUw4B1cacNDQetsyJ+B4Wm4q0eZQJcKmsSVeRW/nMrD5MQqGUeJ1RvSTNlJntwG7lT8OX0nOmUudVqMH2Htl0vwOOPvdLwVM+n7V40vpqNdhUTpfmtD6ekFl8T6Wek9CA8Wk+9T+n/I1sYXZ21uvKcpJmE+Yh8E/CM+k+3wFThHPiyzknZVIzasQQw72rAOYTv0gadLW9Gw/Rmcf9cbClxe35MK98AtmKz0axZp19jjEdr/glkG+UbIjn4fqgiLtNKV1pFjN1DWZ9dBKa0NN37Wsp99BYNFf16Yf11bo9xRqzHiprFfrXIfl/5HmaDjQBOqH6VJ2YcvGyVEfcnUrw3HseL3BF/F3j+jK5vAXXB5kkXlxPEg905Zws9DHeK5ylfwwDLA/cbH4hLFBnwb3CLOLVPtIEjxpZp23u6RfDeR5rcDN9itwr1bmtuVb+J+gm3/Yvkn/ExfRtTdhamBNvTSypDj1T5odF7Ka75USEpk5a8YpG4jxZ3mMqJ5mFu5Mw212YreH74GQo5iB078nqeClcEhZ01y3hkdyfwp5Sku8p9ucbVjDeTitLEWFqr5io+wpHz5e9McV365t7x3CpQVf/Ad3/p4WZNkO9ZhDm4emyRrOVTznN6Tv8RloQ+Ov0kH3H3beLqdcdI9NxOBfe9p0GNK08a5vg2HR7my+rX7i1rEufpLuWOwf5fBfD+dYFRxlqbhX9yNey3dPdcL512iVnRiUfIXdSo5azTK4Ynu4pw8ThgroKWY3zaNJd749eY5WmypGfG4xBHXaUpnRfvF0YXeVQHpVdh2Uu9apXVS12lLXxmPT7x6ruubJKahTdX9xazjz6lL9pEc9LdUbAzI9BuW3zsn5fo5kH37F3BPOC6hjGO4MN5wZ0z7jsgPyb2QF5Bj1qGtTWk+2mA+BLljMwqsoZGMK1uEb6YRMZWcYYmHSvrsEPvddwn36JSA+5z+sho3BX4HrKyRavYbnZQ/ZSDpoa49Yjx/ABWP19i9eKu4JLvO72Vu9Gr4S7g610hd8VdMJLXqYB89y+JNwU3dAkEXqkM/UIaUIz5uIdQ4mrFkP8taZYvsuybM97sct9yRY87T3jNeMvYaNeGSyHyb3Bb4J7vCG6PngiunUyRDbzGzDSb1UccQ3uCwQPoCOQ7CdN2iKXkXKo0CZylRdpvI6TpVrBkEpmKDXecgR4HFl79pAHglE4tnCDd6M3BL2BhGvx4eBOucRr0r8aiJnymZdxigg65pA04o1wZTgbB6sesCoM8BU/6/8J6duomz4SjMEz3mBxuxvvEt+GZCEu8c4psG5yGB/MiAf/XY/eqjfCPfxRmgOS5+DehtI3a+CMfzPMJMNBqHyLxeNqyaFV4cGAEivr3V7OzlVWn5isb4fIhntrG89phbt7juuacv/Gud/o3P1b6MbqGY95Pl3NzBzNlpxTQFJpB7WsOeEyc0JQi695RawOA7B0BOMHOksl4T7VI7WR8S8+fa7fSE3TP9HMlU7KhF+HOfYweZ5RvTmLkbYJtFk+GvCdDW7l2tfA9vUQN6cK6jNyXgqr3ooO0lG2Tz1HX1adtpuurkh1b9ZQKp9ZjwUlPZGYq9bl1Iyw1uc5y8hgxgXTk8Uym4vbAXqhoPj2zjIQX5SSbCEBttR6rXLz1gqx8F1SrfRU6aZfsCCo9naEcK3ulmb+3VQKeDwIsKP3RED8fCtMskN66jBD6NbSioIMND0DsjSXbBFH+IHWkbVwRwlxhG9RkHlpnQ140md0fUdMNZQfbsVMnCo1qsOcCavYIDcTdlIUzaqgVM7x26CSBy3+7knRPNFP+twfjwzy8iAe0DytQdkS8GYQ4a2A30SbeWtwsL9Msj2PPopDTEc04Wep/fbJYAWeCp4OngmeDZ4L/hCUUCtkrLLpvxcpDo5WtTurSv8xeCF4LljiJVVXbPnvF4PlGGJeDJaYxcFzQSdU2vFS4CSeYbIY43C4PcI+gDPVrr40YN6mV7y3bBHHy6vBawH9UPWS2eTPUibiH0or6oVf2pyy7neTFrW/TMPZklkZqOX/PdxKjpD7qkaO9Z3oP4vDpK8cLiXwfgPuT60Gz3gHp2cZazhe6z5Qz/X3wm/rv8iLRkBxP/CSjVSvsPkSvLyf/3vYESdIggYx+Vq9YvN/D7mjvx6cqv64H6RzdiP/B2KxvXxfxorFaVJMLWDfle/JkRLKUapVf1V+ghKOlhrcj2OEp9Ig3I9HjLPxNKJnrleuVlv9lnXrx1lRmMGWshd9Csy+VNK4W5cni/bpFUE2z1n+HCmhIbXONMDlhKfH90cS4McyXiahH34i3P87yHkyQTgnLc6XJJUQN2wVeSB0VpECOshPpQETJcJ50oSfSY3ay4gHrMckmcz+QgEX6BifI5NlEqYwU71sgwA9IMomNk0CXChcq+cJ8zC7XYQ7+8VSwnS5RGYI9SS25zL5uQSYKZfrPT7xt7gT5qd25jr1PHEWXyqP4SizAJk0/U68xtbCT+Z57PtHFFllE+Y8zrwTw2Um5uuaoU25BkFSi1ziy0fZKo/1aV1yEvrP0FHf7ubzfNSXfVostRwnGsqmmVftWP8WuVVoj+X4rusly6yqE8XZVJ011VlWK09a8O2D1NNWuTr1U1h13fcMQbWmzWtLzCF5yudFTMYFKGBKlf+I0Uud7Dz/b2j1Ipxv6s05MsH8yBCpNlneNBb7eaVUd+RMIt7invDekPO12mLleqkRDcTNp7vXApybnrGZzj/HuFiiD9f8eUZ0zt2qZ8xU1f2JOicjvgA5/n2/z17+k+eYdFvSHaHaA1osy7OeStYsV4tDy3a9C3AfavGAl5Ql//4p3pm/ewpRICvio/N1yKeI8TpFEn+Y5Husz1KcpaeZI02jjIPFbuKerbTtwHbv7Gfgnb08aOudbffNru+bdRnfrXLMHKz99GPc4YUJ9+g3ZZegkH6zmzUbIZ80lntGqqxWxPO0atnAH4MA1vpyCq41U3WuP2RLeNi6k3xMajF3NZLjaN0n3Jpctx2s/fPpSV63pe2e5U/qWXaRq+5uY9pDz+Kj/M2Fsg7d1UwOhqp3pVj1juWmp3RCIWLvZDYelt9abTD0XNyldqnVZT/N/5XP2p1NLi7JteSz8WI3/ld4sbMZs77E0/gJPNnrj0G7b7vdt/3Bvu0P92K7XHMbvb8LM26jFLAV3Fc/bg9UTk2ezWd7RdyYb1s35ZnT17HDUqPsFMyRHXOFJEq6+Tynp4WiOmKExV6g/07y2/3yn9YvvxHekM+nb95hRtd/S41qBQ3tvvd233u7773d997ue/9Q3zv1uGyUOIfuVlmHpc/0KlZtzvRTg2aI/wdvH9xkKBdNwYWI0rrIpcr48hm+swBvgv3yNj3DqWnzBLrRp8dz439C6x7QRu+esp7mTYm4Bc/iWsN2Z3baOp1plRnAiGvKaIHfiGsNW7zcPKtyW6M+OVCZHrLZshaJ6qFBee/P410J0lEIyuVWG2Zz7uOXNlh6Iu6JLE40reXfZ3kB+gfXmrNzzPTR0aaYA++TWw9onX5WrU+u9dzHxktHHBs8ULYsfHC/sy875zdSfxBlLruB8a7o/R9cj1tn7QiO/yQERwe4Xb8OjF480r/KWAzxqbX3Eptmsn475Bjf5n0U2oPRehF+g3bcx38r7mNCeLMh7qOv56Lz7gqcZJDtw/USJyUcGj0YPqXrc1t/gNoqk+RXehptlPCUPDU3xDi5LUDXKDtX6PXImafibX29lyfWwZ0L3fBmcFWwcfLRGJMd5Qa1bHEl1CTVu0k7+qQdfdKOPmlHn7SjTz4u+qS2Df7EYUZY06fFjfxn4EEqaJAA37H/ekxIZsHaJInwHXteG54ox4g8jlpAQN9xgEFhM14oI0WclX+6t2nyANqxJe3Ykv8ebMlNAdcNuTeAenRCMemQjCuzc9zo/xhWWdCWmGLSMXk6OCa3HJsldbRXYInplGS/nd+dXonLvAo3ei5+1oTi2DtawaeaUExOwUrUYMdCRwTJHL2/i3H8HktMR62xLs+38WSZlKNmUUxuCgDHEeKwCe4cP9WWeyc/Tu2efMf55iJMMGQLIQfu8NQOxF8ZN3n2hX3Cp01OLRQ/LjOM5JXb8Fr8CYLNfHelBueob27H1B/o2PzIJGOxEqvKXCXdUp3ZfbGzNma1jo/cv/RzrMUMG+B5IzwREUsRmyclfCEJ8EKk+I68K2Wxwrir/P28euPq8uR55L8teDYW3IyxmOCRe/KpfDGhXHlZoXPCvuhkhuYtfuFlp5WgLh9oG5o05o7116TzqJh0Tm5GpYVf9TqmvtJ3DdkvFkgX7el1v8mVbcbRXtZTGX99Ng/X5SiKUs6bCuONRb+QLB5nYKVas66o5MzW7/lisrWfMeAMVulrADYV5jh6ULZWRhwnI1XzYG8mjtGm9wbY+djOAL0xAKfZ2vQ3LfDcnULdqch698XEvdnq7OuWsrDVYoxlzYK7yK6o9bp6Qq3HsY3v7/VO2x3o0/dEzEIzC2P8unxP+WJSSsgSf63JeivBLwNyGTqO+AhkKOmpFumNJJv3ou/yEGKpuNXWQecguSG/EbhVhtR2MFHncA5rlZlp0zYlrdrKm7RUV7MWNWrLyXiRyFI7wZyHAcret0Xi2anKkDM8f2S8a2w199N37cdve6XVGZ+M+5qNsPG/pP3cM7ewJuVvzGGmjv4EU6ucLG71r/B/E5V0FU8wWybDc7XJ8FyXZHiuazI81y0ZnuuezI/5v62S+fHWyfx4m2R+3CPZx/RM5sf7ep0LvdK/f2xfi0v4W64LFpsabJsQdTTeW24u9wTbJQm280NLbbx3Ukq+lPSUPkkp6Y5xOJUe6CrmRsdtlbM1eELoGzZ+CWMlwIu2kmdl9AdyrEf2w+7WYi4uasORmaALXs45LqpaPGqoGzxuKuuzb+LYqGJFoxSxa5o3ImOZJO7AKp8W25u1nS2lNTDU9n5wexaHjovrw1pcYeI63+RTBshTMEd1ZceDeDcWxNt5lewZwKywcup8I6CdjuxczqdcX0YVZlzNW5lqtFQRW5muQrbnxbjczK3KYvxB/bV90ra/grTHUJ7dkfeKx9OQUvPBGKs51Ian+aN54pyuvcnsKxchW81NWN4mU9lgvCcve9X8Vw5v+Dj2se4kS+Lh2FlWqZWWDFjf9KamuQX45dcb2msmexbkhO1litgHJ2GEXWMdg9pqoQa2qb1A3zDBbOMR0ZTtvf2S/smXkwAm50Y+056ZP3CbNtrzjuswhrmvcp7jySo3pZxU5rx1GEx3su4tTwkzFn40N1pRudleQ02VxGP1LRYmd57mCicPV0N+sTnSY1buqdghYbv64BXv8ChUDGDlipPJVmBA8pXkpBSTuQCe1wc7Jla15I7YKanXOdIHB1qHvPNTiaIPJiheskF5N/kMtWvWVtB30ELDXueVU3ASzg5YhiiNZZ6zddzvjfDcqVbpw0qmvT7okLIHu9nLes4J3Bvo48gFY6rKR6nvqo/qLJwRo9EpCNRfyJNrLQJdCy4DxkRL+8J07+KgoYweMfr0jca1fmZQLL+JKIrLPGftqm7jox5zpvbB9IA9QzmxT2pB3Dmhz5GejD5owHC/E+oLAf6CWerBXmUSfZfFmPf3mMnG9YRDP11sLHZJGnCJPxO8Rtugq1lQ3RM8c5yV5QbtV7ZzHy/Agjzt2Xurvret9kMf3Brw/7miqyXlzREoqmt9W3RUvvewz5yJW6Qr3M3CW4KbdLRvQYSvJvyLNqBIrTwb4uhjjfODvvhnWPjI4veoty4HXy9sa7bMc5QmkSdcMVlu/fUBMcz0+Q/AtWSZS4jYKEm3fB9MQhHXGup79Wkf1uqs2MVcoOuuMx71tsrzeybpXtNbPQpvihupREeiLlmWzuivJRyzSSqHB/gTXjW/9VjS2Zx6q8VhjaI7WHq35AsyCbtq3vhv+QHOjHuneCLOV47daEMdm3z7uydf9ty3h0IubkoUx+FRj0gc3s3mOb/7wEIoAb6emFSm3SNxM4vWzoFJLfoGeyYL5JC0/m8keyXnx4OSUPhFw8vXq9/bBy141Ns74ch+M+2JABvFvZUXnL3jvnCVqW8zH681TSqLuBlXxOBkn6QOuymnmvs7w+yTVfsb2At7Y6JHXji3Pw7GKrWw3CFDkhLe8F12Afck96kA615JsNoMxEQbqzZrTAN+bpzEZVWKUu1HpuHrIBP+oTrvifVaq/r2GHzdXJDy5G8XOCsgn+mNTdVC1NvsmzALAFn3LfZJXH7ZVw3nA3n1G5RR8Fv4jqUP97eq8e+XBBialJCVYD2b65jPQJP6eskjf4mx758SZxvB4Chr60BslJa4xjSq/ZUzvz6hn3MM7lGG8kvMyZrPijv1hBzZU8nCV5dmP3hTMr8WbZt95XiviOO9zF7TySdaYQxeUd16kOI5BWPSJ8biEOyqexL5zutsI75m6c8NFFPXy1wcvFxlTXKo34HIGPSJ1XWRF842cLEfoD4gXpOoocCPMMd3M3qg+usG4k65WSLF4GlPma8raop3ZgZEr2wjzuKzl2zvCZ60a32Lh7wGzM2xL+/wUs+TfufJaMZAG6E/svbvr9rfc5ol2GGwzlJMxUb5BzyL/0WELUTQ6u/rr4ttvdPPMH4Dy7kHnI94qBTLeYbZf5mdP5K2NfCs6RHxbZyrfGKk4jcOFIc4olWkAb0Nz5xDU88cfcNEuryi498/Nw8nrlPrEGnAg+FpZhdcYqYHl5hNcaWEQjsJ7Ug2tbTsJsSjXBkMUqRtsQ3SluviBanuJfZPEd/CGR/QSoszFd/5llCG62Tora5DhoddjDPRgrO1HzgTXlLvzZXBbhIK28f1vJu4mcLflCumB4N0pyPu9Qy1yZypZ/UweU79+S73A2vrkCJlirjZb3vN7T2JnuJjTecyurVSc12KcL0dd9DemadfNrNYc8d0nsm/4GRt0w2B6+GTVVrZUyKgjNJrVSlxIBy7f/XaptVgiUo/ASbggISz91s4MOH4cTQPxYOh7x0aOQzjUuys7x+hKAX3flpQbghm4HqISrVuBCcqyqAhYbkZYIaMEZ6z8ARgNoGJ4VJ9wknCLcatn+urcJYD9ZS7IP17cmpXpK3ggfgn/ixchDfyeezn1drBSWMS4ABFZc5SpF5B28hd6cq8VUvBT1NN9Dwc6bv37hbRSsC6D0q29Ktbk/29Ko3w4UrokHq1MtSkQ7GNRh7XqI/94GRKSInn4aBW592eKX8rZ4zzBLqV7riVjjLb5FrDbyUO7en2i+p+G9am30ppiayH2VsZvmkgkoBfsVZn1pvK1DwVd2prBW+kd6p7eSqy8sv0u9x4HorGtI0BTlRExdHWWTsrf01S7NqYXHMawXW3NOGb9lAzEfPtdmkMVYfyl2a/ihgA97yoDndFyJ5b7Q3Et5P/SR7Ll/Bw/pBEpc5kS7/SUkpo2Toq4IWc4KXCksKNXhEjkocDaiSz0zi1bf1GHJq8g+8k3IEezo9M3Liy7qJe5bWf2Cw6g88/p5jFPjgsCfRErOAJ+WRPGeJtpLvH4QlRi66dlbqStPwK09/YqpkzKJC0XezXTliDSkwI33pr0M3bx+yTMHOPYEuVi4vYwue8rNTC88ro3Lnc1Kf4n6sl0d31FBzuCQ4MDPrhbeOl7Z3o9y4/O0P3RZa8TfYxfcD/Jqn03qT8wG9FtP73S/PNDARzhqy2Tg6r0bXzsNeSy84O2uGuNOPM7ZphcoRntfwIb2/0w7DgYlng8V8iXY5IAr3XR6U3cgAXEOjfowtujn036YLvJWzPuRLhw1eKw9jO0HM40x1mYKh9MHRnL/cQL82tcmRyJ07w3U7B7+YbajEGr5djHlr1Wk2q4xWUj3x14M6Po5Iu+L192DRhgbk+tek3Y1Kqww1OhnrXi2BXk62UZrxuAkyWEgYnB3iNydFJs+7hd5qXzMOGOwR/TQkWmMp4XY8Iu0U9/Fq9Uhk3Ij1uybHckf5kqW7/MQm94wGmeW1bdmySCyr1Do6IxmbPZb3GCPQOMlUEvzO3mxJ+b9mqJow22YjatNRg4ZlwXHoOjPN28cnGzbXJb3/CEC1GGYGy4hBZg1uCGboj/kXH5q/ohH2wJ6gJroLbSZ0PiGVmaP7SVen+dUXIuftzb1RSLMskq9JdtU5X+gjFyPfD8Ymgh/e6FfTD6fmv5HqbLf1s12tIKMOcXPZ+tigafXRSLMsWw2RM4jKFtSBbyZRdicja0l+j66K7rCrvo7Q/ciQsXO/P1Z7PIkY219iYGTghGWq5YpqSWizF95MEL2JY4uR1yjoTreBVOMl4TbluF6UwwUz0HCqoI64xxVTK5ynMXXO2IYLAldtRJqqNi7hKSgIuq9jAVAdvSM/a0SL6Fvcd1TtPh9R6MUjHN2uJ+yILakcLTGXWEC/g7kX6No4e35adIO5v5v6Zp3mAMv2IqOWfwaKH0Afpen1s8nqqW3Ju3YjZ3m1qCWH/T7Ej7AMIMNvrhEE4JZU7XQzEickh9jVzi/zM+UT97ng7HCa3qRd2ih0gc8yWeYdEWZh6TV29b3udqvaKBXhIuOIGpfGUy42VK7wJ7+8pTlbjk5wVbF3nNJoq0tOvW76HkC38AU8U/3Wt1xbz5b7AyVZLDHtjax3r7KkxuMQUtN76NBpxL+mOWYqb38QsM5RpO5VreByXeA7B5BBjTiqsSMrs21KOs/qkpAAJSuXajzK9ZJhYDFOp5tjCjZ6VUeLYhko56lf80uqWUALleb6XX8qdnFAn5lM817cN2PpSbpRIUIPbwjtlHFrwlJySNKsmsJO/Vb6H4lmf8TLcl8N4RSqHOO3Tefr/EjqZsi2iqzI2zWX0VgVJ5GpmmQwn5Frs6nAooYHRb6Tec/iyU5NajEsEZ+AZz+KmAhFnh4f9zW2KfVyg83p1uV6H/bNYYELZVDpib8u5vJV807KdrxnnzYrK/iyLLnC4teUpoujFlIl/sHW2V8faUa+lS+gggyXQEsfkSmoPWhd5dExuR2RI9yz+KNvxPgyTxCt90bewPjZpAI6Q2YXv2n44MJmkq5XIDNdfQ4yTQv432RBzRxH7ytwCZcd9iW7N/Qnj/Y74QTLbbOlzR9tXWtDbfNf+snDC+7v8gWLRKFtJI4i/nWyIsuiPAAdJs9ZA7Atz0Tndpb6sIX5Lhun4flvR7LEcqMiuomph7nc1nmbh+1rYiT6jF9gnvEspqb+5ttAFNxm3ysfi25ipbNQz0jPSSb/unOAJuZf8Vq0FblcaYbMTYV5q36z1TktOVq/DEUIb3RrsKZmE8QB+VSBCp1a/T1L9NButk6QXDpaTpTOaq9ZmEaeIw/uME8H/Sl/5gSJ83IhmiJ8fyOlpnDPznFFPOUPxLP3RqM/XaBxUE05PApyRPKA5ZBiPMcRsnONc5uyvoDDnFLrgAJ/6vcMSnigVtBMtGcwM2MMnqvEAtSPWyy1YYLjHcoc/UXFQzDDZz+8lZyZbR58cLRWhqw3wQ/myRhA8pSfNEN/iDZVm98CXvYUarfO7gosCKrYpXwgcwpietD/lsnYTbZrhrs9KHJbh7XKEXfZXjcYHFnG6PcP+BbXBmfarUqen9w8TF0mVWSjGqm43R5wljatnjhD7fLKQvSLCPRhYrr3ditduxWu34rVb8dqteO1WvHYrXrsVr92K127Fa7fitVvx2q147Va8diteuxWv3YrXbsVrt+J9vq14rL85Ocg2JxkHH20JtCnUqZ1tkrQkXwhnRRZnJ+ckBZyYX+UzUvUCcTFgPwIZQC7gOtPYpgYMR3PCOLxzE4uMbakVHhLbCf0iIpJngdFrLW0Qp7zuSxEPeXXB14KlAVfsc7ZZLXCuhX3lR0kJP05uKdxWsJhbeMx0wvpZvrmLNZV3l1n4m84K2onGaT9kyOlqzGpJxic/SSpMwj3CH9sQ82XnkBFIZPwtYpxdKjWp3ubWRfVTdRrbcbZfwScvlRpxUus2kvX0eQmf+arcFIzKPxfWqva3XMhl5fTGVf6E5C15QU4QcrwIzk9+mpSwsUxMLH6WCCYlL8vk5M+epE+2oKPhmzpiPuakGpGbJ69olBb5dNekrXHRPUulM/oqn9QWypIXK5dTb58cQU4bfV4utMtlWKGIC5KlYnG/72pn1vZWraeXNy+13T0tfAulwW4eY1rY6l0zO5s0KN8U48J+ZYbJGNyvtrilsqxN3IGb4eRP6GUYnZxZxSpcynxmW3OgvdSnns09dbyUMCrPtcYWnmiyazPhS2eMyuesxWXp2xjjz99B+co7QW/NX017VhNiIfvWlITSfCMu9f8W9Fb2BfLOdDUuqmypOHbJo73g/ZNwvB9KK27FdeZ+32Fks5qHS4dcC94ynWxJYxAzXYocVYyBrAPjHqYm5DxwfCW8d3bgyySMyls9xVz8axMu13vnBL7sj0lqd23UiNT906eaMFGKuBWX+o435X5/AlwrWsMfBZRTJ+m51IQJAa861skEEzF2HebBHwdDcS7O8c/FHL85fUsLntMyjE/6iUbIX+oTO/26rDbui84L2PuTdMdzbXK2eDczpvgWHUHW2FH5ziqHU663uEjX8/lB9qSbYT8NiJV+Ea+apWYErpEg/Xqymo7DxUHGM+raOzPlCx3h9UMf4W51UHm/yqJISjgNp+M0/EDjSchTfKmeBr7GpFu0wrECO22Hbbugij+yqMxhtSpJXazRbWQIq1Odm31V0l6a+QnaVdTnqk8Sxw8qYAzp+WjbvrbtYms2TVszM+iW2uad1fRSRuBhqSyE49zhlRo8b5p1N21FZ+tKHWezFnTXkW3Fzf6ZypDZJWUNrU/rb1Q5jhG3jLF285t17Y+OmIaJBUZF3llGr5+E14ITTQGXBfvbZkwRygVTdTbwCUY9u5ZydjZjpn6h0+PuS3WOrOQA/DwIsAIZa8i56QxcqlLUCyarowm+bJQf4Z0RNOFCyz4/UHk56Ce433f8BvepLZnaxSb5LvhH0KLSmYvoZo20I9Myfoa+N7P5V1Yfa91MYxYEjEE5E9+S5qr7xzFOQUrpk4xLoGz7KgQTNH7WKk/Ia6rjb4I1wSzzpC+YYKPy2842HOdN8nzT0sDCiIvL6IQr8LBvscDjVz+kp8/9vi1zHx2gEV/PC7/TSXeLMFqmq9WP5xP3HDdrrvIa8XcMQYWpaiKO9pweyxOZHHcVdrtC+vyFyh3PMZqFUByjnaB/GjnOWe9YBHPpyLh31aOvuN2NEsC0lJG+2rvBqCfeP8zfLGUQ7IRbwfObZe6F1TO8EldiwcgSq6e1u9Y21ilj73pUmkGmicP8tUF1vYw2oR6SxWJZ1URom2asybpP/yWg9HSEDJcWTEuSKmY+zrbvKE+SG/9TxYKl1+0zzmuuQLInMSLwvaC/mQ723DS1xG0vi70rg9fFPUGvglvjF2CajtAE5RR0PVXhbs24xGamcdxL5eqgcr7bXBG1kkkbbn7fILdiHobJG7IGjaohX5hsrC3Nyt2q0iHvR7goeUPqsLHKRV3yB2s5pxP0lYwNRdKnupW58Avpmg1NDheCsnQHj7P5YrUmdNCIap6pHT0vjQUbmHJoFVVGdrU+rbOpN6YnYzUy6HYwK0NTOsfeEKfVOCtPK8YKz8x+YPTo45b71nQvlOnJi5Yr+CKtg+082rsmSGuAsxM14zo9/9yus/7p51qY2XVWe8zxQOmd8Y++kOnrVVmfC5E1sr9fNRPFrQTyvFjvi15mS3Fvn4fj5WjPndADtFdWmGneJVURkrvoGuBsf9OGMiO5znRJ2x9hheE8HoBbUTILtWfWfRvnXa3w3LmEfepbPOU/afmmXI6tm1CWul7SODyWHSIRukgvUDMLc12EceBnIp+zGvt2j/ctyXw5ZIxgPe7c2l8t3QvIvZPrrK3jl/DUYq1Ow+tbno9kwKwt2yK6KifBmaq5H6x/r2TsY467YSTXBguVzS5jya3X95vE7ZXrcuTym8mfdHEQYGbAMWpsw5e7VDLG3HPjp3OUD6/3RinfF9n1nPx9lOFflyaXJaule+7nyUyV4++NaKV+Ku4pI6NR+aPznfyL8WF8uxaj8hXO3QRfUBn5Vf2ahaFj33UnMte3L93Q2zjOXbYsY9315RbzyVh3l6rlvsK4+6tghEcp5TTv8oRZRyKMIpcBfNkPAc7AvblV+IX6fpZqXF2xLJEFKReu87twzNzJQsveTJ3/yPHUKEJyTgp08kkjFntNmI1v2m2DNcrx4Urway/1p3s3BO7p1anuMVxX04k+JWzHmznS72CLyFlen6Aeub6Sybbs70HqrV4irh5yA/M8+7nqSuzRe8qxdNnsbsRvVP6n3ltSFnHuL8OlFZf6Xc092upsdjitIXLcicqPGeiJWJu2lDzLP/UCXCyuRYyn3DLvuMYrZ6/bzV0ktNMUe/iH+xavguU75F/FFUmAn6U66svWSQrs51exsVyZ7IL14yeDVHNlzZebAFclbme36jnYHG/ak3F1YhUhsgmO0bV5tnVn2VbSLU+ZowY3GrL9kI3sEb+E7TwL8V3Prgk64ff++YZrlTt9ts9XRxf/3ufeUMJSedfSHtNdRspOaut3qBXyj26Ws+iUC1BvS9g8t5W+9wrTlLZ8LF5JvUlFPG5KeLfwS/P3wj8Kf8QsP8CawtrCZHmvkMWZb5H28hMeIsHjAZnAAkjkewFMtJMVjQj9dbBu/9tUonbf3kVX2L8q1pSaULa30Xq5p85Px264fgTqbbCYlcwusJUZamGERntzX41SjhViGAI8jJs1A8F1fhQ5FhvuPdcksxPHy+hwDjV5VzIfCUblw9yo/B1wrIYrcTt2sF+xvD9HeJ/zZYR3CcbqW7gb3IFaBGWJm+vj7jRP0B76PeQNCHBXm6u/LFC/WYDZhTXKuez02NtQk7ewnmsJLRyU+TphP8Ut0efVy3M7DW3Ty8OFGOF9Mce/ee44+ZmMyd9Um/E+epY96+2XSuZHe4fJ/ulsqGQnGCqtWIMzcAqu8lqVfX5T9XBQG9pDOjq8jrTiGa8Gc/2L5Y6C08wohdenNiieFxYzg7m6oxzmkSMxk7St9qPTL3i6jMqvfz/TVrNyQSrHjsqPylNCbwX/pa2pO/ZSJhy+d1R+HnpKX5llNrKUm+vSchmiIBSXM2Fxyq/Ca5Swx2q+hJXCbCw9pGeeXGNrymuVX037xHVetUfmWnNSKiu7tcF5R2bNLcRJoA8HJfQqe0haUcotrKpzD50xgis84tWymd4RW+Q6YjaW2xtkDe42mYwapUyIRDVRLnF5epZKN3zPs+qteFB+mbS1rToraL1K3NPA86pOivhCLkCsiI1TgrasZBuh1usPxwjZOVexyCqGL8j0aF6PPYuz5dqEvf20IZdtZ1yYSpoZ6+3MNGdNUe2t3XE5MXj+/ujjO6vY/T45bmmZcnMnK1uv+MKuZpXhGTlKGqvqqUEXQ1mtGGQaUWfV1+rTDDkZd+2ofIW7lm36VVJhNR7hfRxW46WyLqfxCI9yzwdxGvN8+3DeYieBOObia4P1eYvdOfnxmYurOYuvS9yIO0l7pK7nw5VluHuui+Yp2DpHPr3+6dxz/HHb5CgtrUYJ/dEjx/NkgaUeUp37cTs845E3kNLNdlHvaKrJ5LBKJssXZAvdgbI32rTEJigpCmVHjzkuLRrElbKa7ZK8p5J3/e7O9o/mGrw+2cbjabtMkUbHFUroE/WNiPxaEnxd5+0m2D5qQmjOQ2Cb0nndCYNtv6g7HivUYn6hf7S3uSG5MbksNyf5crRDNCD6StTD3zHapLBT1D/qF92U7BJ9Ndo1qotuTtzZerz6hv4a0G40Uqa/v95W6sp50+N5OsIj08BSqUgB5Cq0mrtihLJ//zWoK/w1CNTqRF3iSo+7AWsKsDII1BPYIs+LxS3JrW4khdzCr3hTDb8pY7pwnJHOF3Gi5b8HWZfDbis5y7r9ZwY6yFC7SOfn3MSdhW+gH3oELfYGw2dO9EO1NWR+AF67xXTB5njQp/2+Ayw2S/V5ogL6itHRob5Gu3RbmzyfJofNbUmQlnK5+vZLOXO490RlzyPXZkf8MGV9rgFn+YT0dC6qT2+NJRbV4VC74yLb3MZqnaEwx2GeT8bDoyy91duod8tZP7Y1hyGzxDpk3O3JNf4dSYB5iZM1B6YehlplmiA3heOAH4D7/TuTt4zF24aWyn62Bb9OiH44DGOMs+zWCH8NhDt1LvYalTnf9Qtna8Zef0y5DcdhVOo7HJViXgZgZWFYcGzauvP9n9t3vbuSu5N7knuT/THTXm5/k5zt35fcn0ojFyBrN72cv00uswGm2/vQhA9rE1sTl/N00fZLTk3auVdZ55+v9OseGO9VSpAJkiUc6nF7Q7/Vntjeq36iARlLZ8bQyauvGvKPL88/kKy7r7oe4P1V5l5AJR76EvcsP/tI3IiF3pXe7mIwrox8cXaXIFhgmBWH84S6M8vcIj/R+UVsbBHDUgzxftgL9cpI6ebeSGGmpw/LXOYsxrQdX++zz/5H6+ku++nu7nTgDI/7W8wxtHgX1QccGf67LPV8H4ZjVWoZnpbtqjgkXqWmZTFc7d88tUYgwINJKbWWn0arAE5LcV6NyBUeSr7kZRgR1nLYJ3iO7yC30TidKwfnqO9O8i1+Z7fHo/Yxzbr1cOJK0Mp8BdyJzrxKLXgk4QmfffOA9EnKZWNxf8oITR3oVEz3Mhs5US9zdXeeoP1ssYtySg/GdM9lDsn8AgFOw++SH2j/tM2rZFGdQ4my/u+Tv9hz8oWqfEoBHk3xYQ0bqNN53KszLDk8dpZN6aQ2uZScD95pEu5J+isGaiueMc+aTliFJnzPSpXOQ41o87T0hr+JEsWdinCbLNeXtcqBqe4+rQ17+Ssex+DrkKrZ4lbxAgl1z55sivr7scRhI4/2RK2WbT0gjnnfPTkKQ5RFdZB+h5MiltvTlPuP911sQGuKAeea74jAZjUc8xE1HPOhNWy4R7h/cUYGOocrvUuW0kK6G75oXE31he31y1pNgEmKqRsTNWM/Q90pwGt2IbpLKX3rQiy1RTz8/9i79gCrpu+/zr33nLnN7a619z7NF7kZJAlRHkkmor7yCHmM4ev9KJermlLUeJtJhlI3MxLGeBSpKCVJHj8ZyqMaSg9CCpVXeeZb0s/a+5y5d6aZqZCvr+/8QXPP2Xvt19prr7XOZ6/lodj5l/890owjF7pnLg+5aStg+s/ZWeZH7/TqFWpaDlRG+evCMVVPFkL3TN4972n9h/3ITWCy1Q+qt+HoOWVfbCOHa3wVeDG0d5Dl9dvRLtA9846I7a08o6yzYKP2qvpvv7fZB2lZhbBr0KCK+8CL4e6ebPK/T2jtMhTTeDX2bLWx3olyVoYF0Z2qpBLv2NO0bswZwkysUBcWRtN5HOEMeDwQ0dHIsjIisNz+zO4I/a13vRNmUZQp+d9oToZvIRksgJHWXlaBl6lgjP5aw5a0A987i6NLojH4UHuC28E7juW98zPD+XbVUjhGx7N34PSg8fsb/eCUGnGv6op5xfrIJ0EHfrI97LXFaCpfQ/Zp2vAKZOq4b/vr70fGk8qay4taS9vZi6JmIsl9FejqxY47Q/sjOHo7+y74m8U+8LPtQDfbjyFXEzfFXoeuGkdc3ffQ0qot90IviOh8CmdUszMODjgw3FoTGArfBVJ7Y/8q/Nlki8/xoTAdllnPBpvAQq+Gwauwb+hjWGZxJPy3IRh8w/4wYEPI+SqQnjXByIjpljnxjKTeZIstTjjDQTdpWdQVHvEsphfDRj9YoiMusqci6Fghg0WPQCvL7AZGmCzV0eP2yLDgDcfMlclpZGJfOZ4fubn2HaRLe4PA6ZmGwHneejbI5+t06ybLIK4yakgSI+NYa/jONl6QXM/+6uzlrjOjzfLGm8Jv16Rn9u+WdI7ZKqU/zrrmk+Wz4NYt7N0hyTfWqrJacPR7dBgt+KJDjgXPWwvhtJADMWdPnQ+mfciGd/WtiEEaV/VlhDFgpkTddkVnOAU22bsGimB3sJ0ptgPf26l3/eFpa5PdFUzMWdbI+UsE40dm6jjVEfiw6l7eTF3mF51TMpLJUSdj3s24M7SlYKyVQVV5Xdju2Kzj4h3u3aHiUkaTNXvU0TEe03dqK9i3SkZwxN1U3MdsfSeIKZsv7Zutt+G96AJN8ziogPVgPOtd4XPgFRuq83bYOnNYVy1FXOgQYq35If1NrY93V0l4uONno1NhkGUiE36rqTr6uy7HCW5nx/ST9Gya/DsCc62A9n+YSNr87NFg2P4WTsjIy8zycgyHrQOtQRksMfm7RS+IZfpeFC7PZXZz2FM50u4TMvbfLaGt239/bevP0Xp6gw3459iAKazN3kGzTrnwoP1+1NGtubAs6utKY+1HbZ6Px+xx9gdR5twGm/J/3aasi3s6wHK7O3wYXWZ1hUqb54w1iKxQG3jWNvc0O0ABrLBZ8/4oujz6cXS5naklawdwoA9kZHbQWvkKj/uGhlgef2ovt+uitzJaAJc2ciAW7B7hmp9EP41e2oipRmBulG0ZYy/tmnmqRhqYdWJ9l+9OU+Zn0UpYpVvLzjwZFnJEdBgbYGt3H2d11G+9tvHyPtn6KNdUjbDm2Grryed19KTBhm+w4f/XbHjTV/7y5fMO69t8W/5ArQfc6cVSYJ33C5vnt6euw/HJHTgRxlX157/VG/C8tVRnZrM8K4H1+a7e2WoQD6ypfW87VTbzD/rdy1VYBz93ISP6NkZSGIe2YcfDdP6orfb19k82P+Hbtvx0g90GHOgPG+3qWb9iGg94mLUQLg2lMn3Vboc32NcN9nWDfd1gX/897Gu3UYN93WBfN9jXDfZ1g33dYF832Nf/K/Z198ws/bVypbMyMCCw/dZ17fV/u21dBlva1JyrdkqVJe1b1mxD2/oG4ALvDf/qChmNbJu/2x4X4N2SC19Ep4UyM4daX0YzYS1k66/LbEPzfM3QccUOhTb6tugUfeabug22eoOt3mCrN9jqDbZ6g63+17PVv4r+t1rrHTP8Gx6Ofv/n2utf/0fs9X6wNpoLxwcvqoo9GKtht5tZc7w4keuiMd8Oh1yYan8TfdB24MtQZ609sU5sLPxvt2Lf53r2/V/bsl9mF8Be1ki4yOKbMGyxrwnc4nBvzawcp+3mD2y28L2IiRCDtZD+u7+OL+v//i6qwo4uxZHAHfg+uj5gzrtXNXLyNbs+b0Jnzbt898C0z6tQ3bNwnsW5EFkKVV8dY9M58EP0x2gu7B5Yr9cxvQSfZT/pmRxv7zj/REfY0xmp7a1/RzdEO0JzJwvimSZCYYm2+V/37i6thbczNkaznU7W0RZzY8qr8YvjwOqA43k32jTiW78cm+uWjMFBB+YEXD2/LKMfC5ibhp09v8f1dsrnkfJ4+F/fjOfDrPlf1f+xONAbzBlgPBo/R2PQNsPZTm/Ib6Gyrb4R3r1b+gvYU5APH3qtjre3xStSk5Lxh7A3hHl1ZXRT1PhCfvlNvhCOYPupbeLFbY6aZ9vuG6lvlH9lf0h3L47D9nlF0vnl+jRO+b0+kl+qfCRba6Euj0mbRn+sz+R7267ym2zLqLfHi/Kf9KFwTIPf40OpXn9bZmbrHhUTzXl5oLVlw3jYCN0zLWB/CsviwjScwgLwUQtC+1XYq+L7UYY1TnlRHPgyKiAWNL4Ut5onxfhRfF+I70lh6v2geybf6XxYn8ONrY9gGMzTep3x23DUgrqwFBdHY1XlOKJ5LJii2+ClMW8B10IHfR/Bv4NgYh//Nj4ysbfCVXk9votaaM7Tg2zW4s1q3JBhQQAdaOf8cS2n8oj0g7lBHu/EQBB1DC+Mae1pYuDWiOVlnxBgo+X1ZqDXFzuNRsDOhkft+kpbtdzhqOnlMnLrslAqmlNtfq/0bOa1e74iVaVq3vNwtE+sGaT7xKp7xIw/zKnhDzO+rpq9M/dDOEYF62ODnEjmZ8EseMWxtnovxPTzEF27NTjQ3vatbY7KcZbtwNuBVlZraG874KDJLvNz1MTsyMAwNgsdmHlbxIGmWrM7O6O1Xt3avGuOZ/Vvq5eN93ojzEQzfw5E8KVf5YTSOiZHT54bMHK7n45m/VPIgcZ4hTXG4rjqrvb4KrY0Q+lz5WqaHDvhuqBVtRsvtyJehgGTT8iFokz+63Idk6NvOAZjA5dbLnQKmacuBPRfHJfr+IgpF4MXIqZU6h3HIL/ciqJT1dIptguoefsUm1DPQrXSp9irbcIG/+If719Ml0t/rKexNsoNPsfafY415daO9kG68GbmLhk2dIDU6Pz4EdnwaCAb/m0JlGh8azW9lTV7y1K/SSOnhgezZqn6PZrp8rbBs3mj3cQaAWuhEzyQ8b+JRTL6qx/f/V4t33Lh4G30ea6Lbis6aF2UJdKGYAxWRnkkN0SMn8r3USl0oAPYHP8Xm2B9iKGmOoJVCWShH9Wpuqdxc8j3M7JXc+texs7aY6Fwa17GmtQ268jNm0MxbxRmrP9AG3ZCB3bGXdCBpshj5VORfXu8Xgk41GKd6CtY5EwJnGcVwo9aXryTaevZmQ6fBL933oR/N/bHLnRsm+qeY6MtsOf4IajuOz7PGhOu3X9cfV6Y+6Zb6b7jDBipvQ73eKcJz6wN51f5j7lOX6tbwOCLTgrE4F7L97MeHGArbbjVD26HgVA7jiple/irnl7T94c6sAB29zyUP1jNYT1b/VFbx/IrtVI0OoALu2IMm+FuyNz2CawJLAxl4+64B+6J2dAcWQZcV7U2DuyFMWiBo9No8JrvjQcGXR3Bq4nFXtlplrBdaImmDR5pS7ThoapaTZGjufeDfdCF8bbx3k7VmAAeUXWfrS9bz9Ie4Kn2gY4NX4Z2cubp3C8unBR0dMazA61W2BQyMku83TI1sq8eU/tQLuyH+4b211zUWa/EvYH1gVz4hjVgZN7NhQOQZ+1AzIY2OD3D+O2iwBFvFjXKBRc76wjWRdAWE3C4joVdYX0fteAgzNU0D8ZD8FBsh4ehA+0xFw6vs0YHr8Yka1a0LRyBOdgRj0QHMHgUdtZ5Vzrh0XgoOnAM8uzlwnibZzkXvg+w5m5kzSgt03icjKFz9M7tjNxKeWMHuuCxTqpc/18tGfbv+xyz4/zXbCMy/18HfeCf6H8rscDXrT7Wz1kPGAkOVOicEceiA11xpOfv3BnTdw/vRo64+hH0g+na5uoDM2ESHG6xdpwLzYK2trybBZ+1OdvWtxa37Z/nfSDVEuvhvn9V37VHP8NIoeeRtGC8bcNxaDwCXK8pHI8t0YFekfO8Xe3vY/89c2YhPGQ7cAKeiLbWlWPQDW2YEzqpqoWfA/qrkGMkZLbmUebFvqGFAfbf141IfNzKgf319yWDTTzKcuBIHYO9CWRWaS8nw4rAfwaXeDJu6ZU/GX2ffBPk+H9sE6yLclTYO7XOtzBwCraxIGCBsrvjqVrCQEY/yLALgsOq9OtMGKq/lr0TbA4jgubZHoH77f1hfqYFLzZmjh9vvRN8yjLv2Lb4RSMZbe2pSPfqm176b5pg6gQ7Cz7RESZOw2z4GPZxzGlhMH3L7W6BiPYDfGafCKtstk/RYc5nm8hH/i0E42XvYvk2XQH4kQW3nTbLaEM7HVVYH20bVmrafh2frvG5m+xB/fQ+5fP5fIc58GN7hd0PTseV9olwGs4O94MV9v510P+j/ewmXmTIWeT8XgSiU7W+1X3qtXvUv7DTfeopzKGhUpffvKbH/JKgyTMX83aBH3HYAo6c5vfCrcqos60IxNp79aV1RrVxprL0zAywNz29l5foTJd+z/bXGTfq7l1Ye6pzoaaffXMo3cu+ObRtPvbNofo85JtDdfvXWXeqr+66aF110+eF9VvWck9GpvC8lQuxTJYDw+CnoOWN9I/AKW4PSnGt9j1uG1JxdA0v+ENWuh/8C/u3+sDPdVbq3MBzrFT+E57x2rzh66Lb5gt3oXsmr0bYW4/6/eLrog5sDlX3iS/Q3vhM2AlaO3dpfjWl7og8GjTRZw+3zsAtfeUunKEl9qG6Xkp2n6Gj2bPtm+qZb1mYLxwfBy+x28N0ywa25fKr4pma/ZSLDjwQsAIOLLEj+iTtHXFgcdW3ja7aWuT1ZI3dfDFP5Ydmu/qHwMvatgaIbVFnS786x9jlWVsKvo9hgc6IlM7RF0AhcCYZP+deirv7w5mYhyFwdBzws/AgSHnIz7Peg+bVfOT/tNhH3hXuB14VPn14lc9GPoMi3te/MVXydkDA/wJnJHkTfE/7j4wVG8QQjteaBbdavRUb2ulT66vAGwH2bFt6rngl0mNPa83C2cuy4BqdH3I8dLHyYYyXidBv3W+bY00vhQb06o5BrxqOavAs145cTXmTN4d+L2r1Oi1zG7zHfzZi1ddibS8O7b/Q2FYFwXmZ+REXztF22bl4mfbbrAjEtOeBvRtZMMsOW+dhOHQ+unABXmbF4EJ0YVbgZMixYvBagP/eGW3YBc1vbmNv52S4zMqCvUJh6yK8GC/Bwy324nLbH1ndtE30WeB0y+j/HXV0/kuRZ61l5CT9XasocKmWyIMCMfgYcqxLtZ/EyEzWPS4MZGXGvFHxPtrLGmF9HWAt2tfWFwL/LvJktoni7Od7669tStYVO4KJS9+9ysPd7W+B72VKrA/t6rDcLIQLYJCezz/LJ57SScLwLZTrSMol+gTnUdfuMe+BPfEyjOPl2BOvwAReib2wNy5y+mA+9sV+eBVyqf44AK/Ga3AgDsICvBav00+vx544EG/ARc5iJ4E34tUYx5twRSiBN+tnt2AhFmECB2MR3opD8DbsjcV4u27hDhyKw/BOHI5DsRBHYC9Mect7YxJHeu3chcU4DHtgCZbi3RjHJI7Ce3A03ov3YQkU4/1Yhg9gAsvxQU03iSV4Dz6EPbAHPoyPYAkmsAjH4FgswQHYGwfio/gYtoVxOAwfx/E4AQfjjHAhTsQn8EmcpMtMxpH4FPbAgdgHp2AxTv2VfjYUY298GqfhMxjH6fgszsDFznM4AUtxJraFBE7E5/EFLMYX8SWcjv+ne/MyluIsfAVnRSuwW+RV3dfXcDbOwddxGL6Bb+JbOBfn4XysxLfxVXwHF2ASF+pyBfguVuAiXIzlOBlf0s+W4FJ8D7OhEt/HJC7DDzCOCfzQmwVu+4Oqtj/CSlyOFfgxzrZXYBJX4ieYj5/iZ7gKV+MAXI4PYgWuwTh+jsX4BX6JX+HXuBYrcR1+g9/iLfgdfo8/4I+4Hn/CBK7Ff2MSN+BGjOPPuAl/wc0IlMRytMhvM0CFOAyTGKTpeAwkMRtKoAJDZJNDGZQNs+0wNSJet0zi+vkYIS7VmPIxSjzTPqUeiEQkKImSfgklUVECmbbPLb3RpTg2ocmYRf+gnShVrxh3Jp6NJN6HozBFI4G70DBchk1pV4pRM9qNeFWzaY71NO5Oe1AcK3FPak5J3ItaUAXuTS1pH2oLrWhf4pkdhi9jNnAbhWlzuh8Vp/VpfxqOpXpF02eR159XqzUV4wHUwjmQlmEbak1JnI/LsC0l8SA6mMbiIXQoLdYzXoHFOCvajg6juLcC7elw6kBHUCXmUEeai0fST5gNR1ESO1EJTMKjKYnHUAV2pi7UlP5Jx1JXmhU9jnIix9N8nIDj9Aj8WZoRnoAtaQr2wETaDJ2gZ4TfT0eelxOpm57JkyiOJ1M2nELt9fqWY3cy4z2VciJJPI0SeDqdQblUhmdSHjWjRNVuO4vOpn/RWDyHTqXXG59L59FQPJ8uqFovoAt1G9lwEV1MJZCPl1BCS49KvJQqsAcxr/QkoDheRnG6nAxPXUEJupJ60ZXUm/pQPiWxL8WxH11F/WkAdSQzi4V4NV1DA2kQxbGArqXr6HpK4g10I8XxJsqGUryhUYhuTuPfIykbbqECak+3UCEVUTYMplspjj/hELqNklhMzM236z7fQfOwBIdSEodRHO+k+ViKw2mEx31JGknt6S4qxhK6nEqpFO8mfy/0wlFUSgm8h0bTaLyXelMSx+J9xPLtfiqjbOBVTWJ7+hQfoHJaGHiQHqJifJgGaB7PhkeoA42hsfQoFXi7Px8fo3x8kMZREvPxcTJytxD9mg+Q+Ws8TaAynEhJfICeoCcpqcuNw0k0FplzJtNt+BSleHoKGRk4lZ6maRjHaVSGz9Ac69xGCZxOz9JiZwbF8Tkyp8BMKsPnKal5mffbC/Qina25hiXoSzQrGscOlI//5z17mUogjrdSPvI6zKJseIXysYLiOIsm46v0Gr3ivePy+Thbr+IcGor34+v0Br1Jq/EtmoNzaTg+h683HozzqBJfwvm6fKWWLq/Q23Q+vUNxzEeL4hgkM1/dIgvSni+kd6kYp9MibyRmVhfTElpK79F0ep+W0SRc6v01HT/Q5d6jD+kjSuJyupo+1k9W0EoC+oQ+pcF63kpxPH1Gq2gIJfAJrzaXu887lx7DIj3PJTgBVxNLRO7DGvqcVuPn9AV9SVqa6x3wFX1Na7WcZArraJHzDY2mb8n0lSm0p+90ff4vG76nRc4PemQ/ppXh03IoJnA9nUM/UakVx9HWIuffHmWfgi/5K3GDnhfudwnOoq8wiRupBCvxZ2rhvEs/ZHTMTOAmOpuGe736hUppHW2mcvyFQFgiICZgUPDuWEUhYQvmC0eYXZ4hwoLH10hkim4UEY0F0Dr6nqZhAqMCRTaRKMfTSYjXcSoyLSmUcEUlNRHpUm+Yd/q/Skk9UzWloD+2BG6ggZAl/iF2EtNwBCZwTyrGs2lnwRKPaewiuLWNege8RCNwAjbNbCqYm8bTdWn7wqKklmQTsIWzq4iJZqISdxOmF7ditthd7CFYVpWh7wHeUzQXhlpP3EsksYXYWySxpUhgwqOZxESanjJN7+ZU++W4j1hDrcRuwug8E6r6wD2YgOtoX7Gf2F+0FglsryVFHAvxAHGgaPPrCjAFvzxTnIDZ0FYYid4TDxJPZhwsDhF8yh4qjEQu1hxajO1Eep8OE7Pt9uJwsZjm6xUsxGT4Oa2ldaEOYiweIXLEHoGOohwD9ByW4gd4pJ6Vo4QUncRqnKD1lqOF6fMkfAuPET30ynQWY/FM6iJYGn2A5nRmH98/xbFiX9FVj4L39nH11OWT86Va6ibweMG60gnick8+t6d24kTRTSRxFp0kXqEeOAV51YvxZPEQsmY3jU4R3QWfDRXI1HJhHZ0qThOnizNEruiDrcUEBDpTJDBP8MqdJbJhNLFO+gSdLUrgX+IcMQG/wkl4rlhC54lCPF8ksRQ/t28OL8MLxIViOF4kWObfHDa6z8UiGwqxheDejcJLRAeqxEsF6yA9RDPqKQYE2kIlXiaWYVwksRIvF1eIhDhftKQrxWxMYi/sJQqxtyjDProv+aIECqv4j+vvIQq1VLqahmFf0Yxeb9xPXCV64Rd2f1GOzA0X67EMEFyCNd2rxWgy2mc2XCNmhHmfDAh0oYFiDFWXuAkMC1eYeR8kCjSfZEMrwXMxl6RIp8Xn3RF6HQdggSjFRs61Io5r6DpxvbhB3ChuEh2J1+BmcYsoFEB3YAL3FbzSRWKnX3dxgTBtGU7mnVmAg0WxXoNivFUMER3oNuFr/8VimidlTflrsBJvF3eIOA4Vw8SdogyHC9ZdeC3K8AoxQiTFSLGZ7hIlolTMCI9Dnu27xSiRxHtECRbizlSIU3/VdAuRV2C0SGprIoG3iqHInBLHAYGn8V7xEC3Bcr1PQuI+b99W0v2C5UiZeECUiwk4uR7tbWd6UDwklJiEE/BhUaHHwLzHdtdq7ImPiDFirHhUPCbG4VSM4xQcJ97EOE7CFs7johzHiwlionhC8JrzTo9XSbyh+KR4RdNpC3G8HpNa7m2mSWKyeErMir6Fd9I8LMUpogKnijg+LaYJo1Xdis8Is/PZMpountXjWooz9NMu9JyYKVi7eV5U4AviRfGSiArekf8ngsETiVsk8bLu0RTsTlHh24qsJ2+kNTRLvCIqRBJfFdyv10RUkJgt5ghjVb4u2Abk8vOxjXhD027hvCneEnPFPPEmzheVwsi+hD7t3hZnEz+bEX5HmJN9gebEscgaaXdiy43LXaP1h1NFMS7UvPA6nkpJHE3vikWCd/VisUTMCBMtFUl8T7z/q6QMepIExTLxCpXSB8LohqkzogKnYB59KB4WH4l3abn4WHQUr+EKwdz8NL4vBuNK0RYGwidiIn4qzEiXYAI/Eyk/ZxxDznwMi0/1yJjqKjGNmMefxhG4WMv51WKNKMbPxbFk1mUYfiG+FOvxK8F6iNFCVpGxnx6gifi13uNrxTq9ct+Ib8Vr3k6ZjY9hOY6m2fZ3Iomf4vfeifaU+EGfKj/q3+vFLqIHtqSfxL/FZupIncQGEddnxFCMio2Ce3e1nnXu489iM24Sv4jNAqQlA9I/jbivgzEok8iaHssD/3wy/DoOQzIhKrE35mMh2nKElke2dGRbuAOnaOtSn8QezUrPSq6Lyi6UIcNy2FaoNZKVmCn5r4hcjIdZv4j1mMDGsljbRUVa8vf0SkTlZEQZR5KnUnfindxIPIJLkGezAsehkEn976kkpZLlOFS4splesSZyRjgbsiTvuX/InWR3EcedJfsfdpFN5a6yP59hYvdqOzt1Xr8mXm/8sOiJMdlMsuTZTabe+TZcOWZLoN3lHtIWZbinbC5TlIA2UlTspcfAOhzPUw9sCy3k3rKl3EfyfmglQZbjvpJ7O1drfEbOTME4Mp39pBT7y71ka8nSN0U7jq3lYCzXp3IvsbMIOUYaHiA/pCJcjSkKPfFA+ahoI428aisPkgfL9oRipObWYjxEHirbyZR/sAeW42G6zywXZgv2RiWxfdrYudTLYgryvn2ADpNDsS8eLjtI5rQjJMuMBObIJHaUR8qjZBI7yel4tJwRZprHyKlUjJ3lehoIXWQzYlrrtMXzT8m6RRvBZx2v1+Q0P8XLuk32FBXisXIjNSHueym2s1n+dNW9Z2tnMr6Fx8keOE/bsyz1jpes6xvNaSiOpmejJ8hlnrQ7UQ7BYq82j+UQ6ir5xDyERKMlohjPoW7yTlGh224lTpJD8GQ5GMOiWD85RXaXp0o+B4+g0+TpknmxL+VjX2pPxTgoo1vkDGk0jA7UnnIle2LYfirAMyXLJT61ijFPApVjB73fmepcPEtKERXpcQQ6wV8rjsD2xhDYkRH/GFFaW5wAH+3p4zzT0Z2bQzM14ojxIzOiM6MOPBdNx3qm7sZXjxEwMWBQtHxHie+uDo50CjhwtnT13bP0uAHV8bx8xyPVIuN6tyUqgI/hTY/5V1sfd1Q8gJrYVh8FV9Gob+hDcGC8vT1I1tpwqz7OLheCVRiFCEwMlMCwxj8HDHLOoEUnBhhRVvPG/3lWzRv/Yfhr3/jf8v7+tmEAfbxfJA3x9y95GvB3oib6C8nVwOiHbO9G88EZZvdY24j/OwEKPFxfTcRfOtovAptDButn3l6h7+mnY/D8O5LV65wjDSqsOsosAiNDDvQNplBm8+1wIIUwuxv61YkvO1fyHA6CdHSZq/Flg6AmRq4uTJ2PQpuub5z5qLPz5H3BsPUB2DpWYawKkZU+ym1BohlU8tWhPUP1I9K+qAORlo5Fqxvx9a1V6PWhSH8fNKM2eDQT1WETpGoW6Xs0K50hoT8Oq/aFh1UzSLVR24RT83udkljvhMKw0jlPpiPVvtCSepSHUzsUJgbuDzLOzIG6MGtM83y5FmzoBn2sL60t8WOGOzeHaruBvbXyZR5WqSaebL9gKo58E4ilocdier8OsgwvpN/M7leFPWO0h2M3BxXmUtlVCC/mroDezyud8+Xh1nGBIn03NEvjjdKRZE2qsp8zkiyyBf8ZXOiBoSNCKVRZP9gvUBuaLNMbc3UO/cjyEbzVkbtbx+3WvDvNOIvp1lo4wkOLvRjysU+M+jKYLxuaQzoW7GM4FO4KVkcNGir7a+niaNoLwLEtOBcOs3z8Fc9vffgxntfaEWQ18WNfaKyTjxy7O+Cjv4w8XguDLLsGXszZAl2WKrsltmx6GrbsAskxV/i/VsELpXfTKFAEF0kbLpb7aJQR992UG6mzGBdo+beX5WO1eL5P9lbnIrhEmtguC0OXyh7ydLgraHDrJlKP+dtE6TGIdj9GD0fn8XFZtWXQq//utcHTbM/t6zCMsOq/f813r52029dnQcTalvvXLrwO72csDPWUPaStERic6/ky2cmKy0a4xL4xuLPWJrPhxqCrd6uRo33DprXGOtOzo2/6ch6/Q4MrnWAwF0TIrkJctGmU4XDsncOtnaEyEIOt3/f+rOqGN89VdcRYo7/IHW+34ZZ3tVve9XMSn3yZFq99ipP4XmCm11fDQ7w7jw1cLj8KZsJhwSukAx2CAUjIN+xcsOENe0CA+arI46s9GB1k7R0c5WWl3suqjgVM4cj2hNoxgW4NTKAvi/l05ZOZ0dO1YQPDgeqowIRMectCzpDQ04GXA9dn2HBtaE9Ixwfy+hbAP50UTnDrGMEw+DcttgUjONlifOCL4frwgduDCmRt2qqmKW2JEkyfNV+21YYU5DsR6avSIvJ78H2/Bd13pbThBocxflvH94lq6L7PAoMsxvFtielL36lbuwHOs7PdqL5qmL5cfX5s7RY4R6rqJS+TxjdSO7bt73sbvCP8VW6D95adoI9sQLntGJRbvqwf5ZbAvrKf7Cmukvz7CyzH/jKOA+RacbU8RvooqZe2gnvLl/Xh3q6R24Z7qx/v9vuwbgPl1rFu/L3lz0G5MY0K5K9TW0O7raFxWOlh3fYh/r65QjTXeDf+ItADfwvm7UExSKYwb/+biLdHsUBuiXi7VqYQb90i18k4nh25XhocUt2INx8VVx/yzce9/YI3SOay2bapcaP0UXDPiZtkHH8rIu4yepkK6kW9FeLN8hY52y6URXpEpV7pXlgk39Q4t+a6ZnvqQvcx3kwWEX9/WIYH0a1yYcCsbCdK4lFUAkNkGTal2+T2IN2m4INYjFyTsWfF8klaL67B2+UdsjZ0m8/zKR5e7AREXSi30jpQbil821C5ipbpfcvfvF6iYTKOd0r+6vMMWmK4HCGT+gvUSLm9mLeBej7frIF52xLxNlBuiXfLx2ulQbYNlOl4t9RzxoXtWLzbB4Lp3yXrwrv91ZBuJdIgAOvCuZXiJkrKdJyb+Ssd6/Z649+PdWOEyR+BdmNkQRG64lgqlQbtxrxfhnfL34p3u1b+5/Fu18rtw7tdK38/3q2XhwD7Y1Bv2452y5fH1VKHT8t8WRfKrRRPENfKdJTbQPlHoNxqx7fVh24r+y/Btxktsz58W77cVnxbvtwavm2U3In+bHxbdWzbXWIzjdTYtquJUWw8y3G8Rdwj01Fus2i0+OMRbX88ns2c56Pln4VoG4AD8V75klhM5V6/8jUerVjvxzfsIWJWdJFzn4xje7pf8tyX4hF0IpXJlvSA3FWUywclo+J4DIxWYTSIkU3GlizGh2QZPizLcLb9iExiMY6RG2k1thNjJSPjHpU99PxvFly+fsRcTTScJR6TBXLH4OEGynQ8XAMK7veh4K6VvxUFZyRQXVT+GBTcemzAwW0fDu6z34GEGyf7NCDh/uJIuMfln4eEM/GU+sPUUFsYL+cEH5eMijO3racEtg0n11W/fzhyMhjcj/niUVc8yj8CI5epMXI2fBa00r4A7Rt4XI6EpwI2jA9kVuHa2sKc4ATJceRy9HfCiZJ97Efor5VPyAOtZ60jrCbWR/ahcEhggrRgA7SHQ6z84MnOk9KGfrCk0SQ5We4PTawKqwj2Dzylv6iPC9hwdlUbT0nGZGXBdJvjEVqw1jkUhls1owBeHc3Ukc3qjvNn18B68Rex0WFGxT1hbxkT8kDrk6Cw2sKbUOQIjW/rDNuGV7O1H7zS8lf+cVk7Hqx29NrHut+2h5bL0C0GQzEohevhnqqokE6NGJHNrUK4A6bIPnBihvmONc/m0ZuIkQ58GfBL+239XWPv+dFROU6pU0+M1CbIXGXih06VJop2BG6I2LA+ZPAFj0cMQsXnw+2JX2qyO6XQI02r8lhsDjFf8NstY5nWHbd0wJ8QtTTV23ScaJbu65XeHGwNdbgiUHssQbfWaIJbRg9sH7V0jKMUVq6uGILpZVKxBG2d4ee8tOh9jG48YyuxA/8+8f0M3udfoZoYRv5myuM0sZxOgQJoAx0DDnQLmDh/3SECK3XbTO1pmfrKnvQyO2V7EVkMOmpH5tVx/+Zx/hIhjmyY+z8T7y+3nnh/wzJZ1razv4WLAofYDlwUmCa3FgMwt54YgNtKb0fFBYzAHUGDl9zfSqEls3Q2tlyNlty2KH7uDo/jtz0R+tpuJULfM3ottjc+3zPw50Tn66pz15lMRluPy8elF8Jjgdoz3fzR8fdM5D3T7t5BRmTuYfmYydoRkNsWua56jpm6I9fVzDFTN6Jw+2LQuXVEoUvXDC6xL7WzPe3A4Lu2fu5kaQwp87iJC7c9qK8dGRluSoC5QwQseNkySMhHg3+diHsGQaSzPdrHWlmGzy0XxgYFbLabaEtos31/8JngU0HeIc9Ifsc688tgOWbm06NWVcKHgQGBqzT2jC1Nfj8ThoIFG0LXQiYEHNMuj3NHR8xz/7CMK9seLW9HRsjrCtXRc2doHuoK2xMV7zch6P5ycfFO0LLjyqrcg4Ve31y4BqKhsOWvZWqf+VLlNT3jwyAKo8IWnPxrj47JMLnOZlufN4pp/0RTrcN2zpguq2way9Ea7SKNus20eoEDp2lbUDg2SIdncA+94nxGnAFNgT0XLjSxlMOlTrdOdjDEErZE36DrqnP8Pi4jYMNO8HP4MK+/BtX8rJwhuZedgqZnrMs+J1njyIVuEIOZciUU6ijAHKHuDC1hu2ruPhRc2C/CdR8KWXAW3JM5Ux4TNVR6B2NBM0/+TZDdPf2B4xIn7Ee91j6GlbqEacmFywLP698z5fO6V/MzOZLqMaEFWl7uF+Gbay9Yz8r7gy/Ip4InaPkRttiCMRTYf5Xq5UxIjePFqnF4fXf4dgCPgG+j2DAheExGIbwoXXhRt+yPxN3msbjwknxR9g5mAT95NODC/8mX5Z5gaaT0uMAsjbS+THtAqo/OhWbBmNeuWbHj4EDrFckUnvd6EwtxLNzZ4Qr5qnQgEnxNFka+sk/w8uryftovwuswUzoepSzvZDPxy6f/V0ROdP/GsRNny07g+3znyNdlTuQNOUe+Kd+SeeG5cp6cLyvl2/rJO7JM+3qzYYFcqP3E78r5cpFk/Yt/LZZLZDYslXnh9+Q8mRd+Xy6SOZFlch19ID+US+VHcrn8WH4oF8gVmu4iuVLmRD6ReeFP5RL5iPhMVsoFsjVNxlVytVwjP5dfyC/lVzIv/LUur33UslI+G42BKblGrpPfyG/lPLlAfie/l6PlAvmDzInE4Ec5CtfL0bIs8JN+mw08jtXy37ptritgg9xY9WuJ/FlukgvkL7rnpvRmXR+UpbhEQOVEgiovHFK2Kgv4faqUZQFHZaiwMqPmJ9/IRipTRVRjtUFEFSqeEVKmnbywUG9IpuK3slq3IhW3q9TX0lVNVJZqTf/QrWYDqp1UTiQbdla7qKaqLJClYrCrGoUxlcBmKkvtxm9Va9pdWSpL7aQE7KH2VPNklmqiUGWp5ipL7aVikKVaKH62t+5PS2X6ukROxiy1j/JnvZXaV//iHoSVgP3UN7rfMTD/5kRG4f6qtYp5bXBZbuUAlaUOVBuCWaqNylJt1UEqSx2sstQhKksdqrJUO3WYylLtVQw2yFF4kDcb/txxv2rv1d6Ke7RSl85Sh6sOam+VFz5Cz1aORyUnkqU6qiPVB9F0Gj4Fri9UXvgo1Um9L2JwtDpGJZDrdVapVeyi/qmOrVaKvwUvkF1VazpOHa9OqNa/NfJElRc+VnVTJ6m88MnqFPVjNCfSXeVETlXZkBc+TffvU/mNzAszV+ZE8sKn6/k6I+19rmpNC+SZKk/PdXpv1siztmiPe8ztLZBn/8pr/1LnaHrc7gJ5rjqvznart7hUnq8uUGer+TJF4QLF9XMi8+UZap1cIy9UeeH18lPJ9S7S9UIq5M0Nz0wCR8uLFffrEpUTSWD6XvB3yxJ5qeqhjlcxSCBTEKqnukzF1fHqcuXX/lBG1RUqobLUlaqX6q1b6qNGy3xldkZf1U9drvLCo2VUXaUS2F99+Kss6K1yIgOqyvK/V6sLFe9/M2aWAKn9f43y95bfxzd0bwaqQXovZ6kCtUReqyolt3SdSt/x13M9GAimn7weN2hK6+WN6ia1QN7s8d8CeYv3Vzbw7ixURYpXxbznWSxSg/Va36pyIvx0iIopn/f99oYo3g+3qXmyWB2gsuF2tTBwhxqqImqNPE6F1RtimGLJ21XvuDvVcDVI77sRqpVKqrAybwRwmyN1ybtUiYpBNpTqdb5blxyVVvIetUCOVvPkvVXj4Fr3qfvVNzInUqbHELZ6hB5Q5V4JljWT8UFPuqRq83j82tE66psyD6mcyMMetUe0fGylxqiwWiKXyrHqUfWY7jn3OPVkuDdH49TjitduvFogV9EEdbmaqJ5QUfWkmqTuUEvkJjlZ9+wpNUVNVU+rybhEPq18CW+oTauiX5P6M5r2WDVd924VpajXRu1ZNWOL8s/p0tkqBis1j81UvBrcH9OzBD5fKy3mwxfUfDla/iLLAi+qeXIdvaT+T40MvaxyIm/a/F7ALPWKulxVqGFqkIqqV1UCX1Po7Q9TaxT6NQzHrqMlcrbiUwzVQDVHc7xQhsdeV0vkG8rStRlj8KZaGWia2Uq9pSUEl/tGNrK4f3PVKvpcztOcP19VqlXA++5tNd0bP++q0bK3Ps/eVHOszbJSCpit3tHtLVC9lRkfj3ShGq1SPBaDMhUDn0Nq7lOWXSG1QWSpd9U8GYO8sPFNL9VvF6moWqwGqWb6LdMO63be9bhwiaa/tIr+e2qBFMAl+KS/XPfmRPWjfF99LXk+l6kP0uTvHepDlRf+SPdnuUffzPSFaZKrlXqjFqrZ8LGKqhXK9H4drVQJ/ER9qny6n6q88Gdqnlylomq1WlMLhWjVLEW9eeL2Pq8aS1TPFp8NX6gvf3O/v9I8NU+29E74sHpQfe3t7NdVWK1VrM2xtGii1nm0vlHvKAGD0lpcKY0UbaK+VRvEfPmN/E5LMKGGqryw0c2YtwYEvlezte7XREXVD5rLflTr1U8suZVPhc9rpvNvtXU6LC+Z0ieyJh3uKUubGBTVww8bhF4h9YbY6O3T79RkHKOyYaYy+NGfVeosMGs1y6v1jcxSm1QCf1F8w2+zLgPuwkBe2HKjKuDOk6UW6wcxQBV0Q+5KyfO8Us6Xa+QYxfrpaItbHIW2mxMZEDgKvog6bnPd/9l6Zvl5hstnR9iNQSP3a2lOUdbDuF6mu0lFXAFfyk2SW2Ka/D4v3FuYtfJb+0Q2dqOuv3tWSnTJ5ZLH67NgvpyixyfcDSov/IW9REqXOfRnxfQq5SKpXMPVrlsW4P3N3vPSKt1vk4wq5u4FVZo0zzevzXCVF27iHuBxzjxp5iPL9TVK88Tskm8kj2eQliEXqDfVP9yd3Kja2d3F9U/J9DZZl22i8sJN3WzY1S1VMbeZy+fISvmGyFI8f+toN3eexyMxYJ6LuWvkHcqcXQls6uZE/DU0NN6BiBIwGZmqtgDc3dz084n7uVCtkC+oW/Xumq11LNPb1XKT2l33l0ewh5sT2ST3dOdJVP6+E7BApvb4N/IjuUnlhZu7UbWXG67iwA2yhVsW2NtladfSNZrGsUqor2EfN8M1elgMWrn+TO/r5oX3c3uq/d3W7mXKzKdfunrfD3APdHsrw9c5kZl6Hy3RPInqG5nANq6hmMC2bisVVQe5rN8e7D09xB3jaWQL1aFuO9eMs1uY306wJ9o/SNa/ap4TqfNgtDzMbaXau0bCL5CHu6u81Tdcy/rz5Wq8iqoO7hFujtvRPdKNwSg8ymu/WHVyj3aPcTvrdru4XMdya1KIwSCF6p8u9/RYly1Lc5KllzFyJEt9I7u6PPrj3OPdE9w5cqwaoU5058mw4r6tUjmRbu4G9Yg4yRVwsss77BT3PX3ecX8e4P2vUU77uj/KVaq7uze0hBic6qbkRfVT9jTvTV74dDcvfIabF851l8oz3Tz3LPdsNy/8L3eePEeP+Vw3L3yeHuEgFQN+fr57gZsXvtC9yK1pLV+s5+ADLRcCao68xP1AXuoylyyVP8oebgx6ustlDC5z2erm9eO94HNP3F0ijZ7CnHy5liX85gp3npyolm9hmzeHhOufy1e6vKq93N4u7+U+rtkf2ZDvzqd02zgv3NedJ4/SFhVbXUXqBNXP42SzM65yd3GzobXd352o/HLj1QDXP2MS2Ne92s0Lc+uG5lXuNW7Km58TCTkD3XlykOvrD8zrX8s1kqVXgVtTa/+mygq/1h2vrnOj6nr3Bpf1t6Xe6dtZ3eje5PIZHIPLPVvmZv07Za3e4ha6S34dRZHXJ2PVVsoEpltxLJ8LXEsNdo/X1lWlND291d2g2rlGfsxUucDyY41sDkPc29wct9ibTWN1s6R7V6ZOrdtdI+VJZSn2NHCpQdp2NGeEXqEqGkZe1l+fbYGaFFbKH+UJ3tjucGOwRA51h7kC7nRZMvqlhuvRXPUrxRG6TNI9wd1b7euO1Ct8ittK3eVu+lWfKHFzIvyu1F0g73aZf0bpEl3VCe497nqVDaPdVupeN0vd586TrFGm/C88A/e76XrhBnGSG1Vlbk7kAZe9K7w7bTeB5a7QvidD40GXnz7kXqbttvtdAQ9r7n3EzQuPcce6j7rcQ3+/ZkOlfMxtTW8IVHPkKBznHpd29vOMCVgiWaP9UT7ujncTyJI1GyZ4vMyUR6iFqpWa6DL/P+G2dp90zYlt9NgPZE5kkjtP+7CMr3OOtN0pyuyo9/TuXZXWJpcZob6R/HyTmuy2Uk+5Zm/HYIprfGnVZcyPspHbw+3ppu/3ge4CeabWIqa6b8NX6mnXeOp4JOuI/QPTvF6u1D17xp2tGiv2d/BJKLw96vvQprt3u5erZ90ZblQ954Y9bZdPt8dc9hk8G53pMpVBao40HHCZulytkFHvzHxev/1RvuC2cF90X3JZW10g29lmVv7P5fPMP8v4yQL5srtCbhCse/BK88zOcl9xK1zWSViOveTN6CFuAl91W6njtCwblMGyeJ58zbXUa+5sl/2IrdSXMv1MnC/nuBe7c6TReVlWLHBed/NDtyjj45wdZjrVsbE9rLVOQ0b27c/IfrGOMsioQxOxZUb08dBzUQdmRn1kXt2ovOqYvNqziDP96nEbzaxtGWFy2/LCc/TIF6MvbWP8SD8HfPWM71v2aUfGktwSeWuQEdsWJ9JghTnzNUepqo4C3pGxGgP1xGk00Rm5zDTLZHc/Ssc/OltH3ePvXcfCfyZL88U6KmPNPM381M/UzGhZP1fzFRqZ+2dlaz4fHJgdjcEN+vv/9WDr/xfCSOBvfRmZc6Ktg+m5nE2vt60ej6ouvu0Ay+3u8GF0mVUdk1k9f3J69uQOUAArbP52+FF0efTjqMmfzAhOV0eGdDwsM5dY4e2GoSH+HvepvdyurZXZ4VxYGS2ASxs5EAt2j3DNT6KfRi9tZHChc6OMkzPIvF0zT9WRNQ2/MO6U481S5mfRSlilW8vO5Ihu/L12bIBxmPs4q6N+67XNAu/bunqVGuuaqD/CmmOrrSef19GTHYku/S3Y0us9vmHUyZvR2lCmdh0403SUqQNzoyksZ02a24M5zd0BuaUNqrS2kabwpTsGXconSTq+lH9vG8KUS9aXF/pifVOmrqzS5pSpr/4V9dSvfa7M/R5G7E+3TPzPRI1nF9d4smNzUY+2dlQ26uoo1nQMq+H835qNeksMq1mn2lCs/HxH5KM2kdou1sjB+nNSp0r+PfNSb3te5bM9HLPJGXqzzkl6ip5/c1+g63bhV99wG3Ivb112NORlrj0vc+3S2JwX6c9+LwKV2zHSoiFv85+dt7khH/GOx9S5dWLq1sLbGQPsrfuKpkf/2t6iHZNTZPv9QblwQCgGf19/kO+/YS9L/b4bLtHgt9lxfps/w4vSYL+n7Pce4Gxhw2/y7uEafXD77HRTuvYxRcHY6P3gLmsSOGm2Etsio6LRtBF/pvW3P9sW5/sYC/X9CWNpbL81XhsFMyddrEjVrWg+5X3OMFEVOOdSKPQZZIIDyzPfdLOtWzMcODrwltvBcWGME/PyURwKkwIJj6czMi8Kfa3PTKOtmO8CtdNoArsGBOyuo75HgJ/4+gfTZpp1ew18T4HR8GvLLWLDci9rRPfMLX0AhXByIJVDpHmVN4At8+p2+h9pU7NV/Nvs6L2DfKq8He0C3TPviGxpKy+seuvbn4Wwa9CsTx94Mdzdk6CrHRsCVj/NJ+eEYtpz8V2wl9XGeifKltiC6E5VspPlymlaoymAz/WOmsizGE3fiQhnwOOBCDzK/s2MCCzXN/b7W+965+CiKFPivfFykCX9t5AMFsBIay+rwLNixmjbdkGAfSTfO4ujS6Ix+FDbrO3gHcfy3tWWDYO1bQd8a9TXEFM6ElbZzRfAy+DArlX66s5b5Lmo3cI1+SNa6fOLs0vk6r6wfvWi5v6d9Y4JBv+alrDZGw0Wb/0Wr2/lNli2/92W7X+7TftXyS3Aduotof9NTEODrfrXwi402L4Ntu8fY/s2hUqrv5f/qsC7bRwI8v0WG1YGzm3UYBs32MYNtvH22sZ/3Dfs/zYre1tQT+lR7mpD/hiUU/34pgXQDzrUw2vp+Kfa29uR+KcFkA+sDS7Utevu5bbgpLY2W38MTop7bCjU3dtt/4K/Pd/nG77ON/gkGnwSDT6JBp/Eb/NJuI0afBINPokGn0SDT6LBJ9Hgk/jr+iR87PtKZ2Xga/jt2PlU/f8Ff0R9OP3fj9L/TyP0G7wbDd6NBu9Gg3ejwbvR4N1o8G40eDeqezeaWCOAPRyd4IGMhlgS2x9Lws9ftXWvw7ooSwvOBLUyyiO5IcL6kskl1Vlnp3KgA9gwwnKRswrU7YloquNYl0AW/p/WMI6B6r6JVDYoP6tV/X6JrWXH8v0SNaltmRGLx/oPtGEndGBn3AUdaIp1Z8la5Ez5E/Jk1TUvzH3TrXQfUoaX4c3PkcYza9fI3NbX6hYwfguTq23bcswZ/0xKS/ZXvbboFxwtfXfPM8OZpdazRRtljbmpXWqlaHQAF3bFGDbD3ZC57RNYE1gYysbdcQ/cE7OhuY7mcF1atrK9MAYtcHQaDV7zvfHAoAu/hBxoYrHvaJolbBdaommDR9oSbXioqlZTdGFOsB/sgy6Mt2vm9avuZfKl61kayTzVPtDhnAM7OXVn/TO7ZWpkXz2m9qFc2A/3De2vuaizXol7A+sDufBN1IHWyLybCwcgz9qBmA1tcHqGsRai4ADCoka54CL7es6ziqAtJuDwEGc/rLC+j1pwEOZqmgfjIXgotsPD0IH2mAuH11mjg1djkjUr2haOwBzsiEeiAxg8CjtDftSCTng0HooOHIM8e7kw3uZZzoXvAzE4wJM1o7RM43Gyb87RO7czcivljR3ogsc6qXL9f9V12SPoc8yO89v9XTMM+nkb/X3sv2fOLISHbAdOwBPR1jprDLqhDXNCJ1W18HOA90Fnx0jIbM2jzIt9QwsDnayjrYKt5thzPJ/nUZYDR1r9oAiaQGaVnsI5+P4z/k4/M1/1jHy+r9Nk4mPdfF30z4sXk8oR6PtOTS9T+QH/aN8oz7TJ/LCtXlKOSNA08++Z6+5/JcddpJ4cd6noIeke1FQ+u0g9+exq1v1v8p7umAx79UU72VGxTrYtZ9+Oztj3WyKdfA31e1frz+vnRznZ3sx+/00RTv7K2V+3lTZ7Srtofi0AYTyX+mvSeZaApTAP3s7IgrlWdy/2jQ1Lq+WGrd66n0k2PbMel6oe6cytFuuMM8j2g9ORM8iehibS2f519LXfVnv4NWyZe5FzLDInL4W5lvGZ7ohsjMwZA72cjF3hfuCdwqvFO+9s5DWLeF8Cx1Sd1AMCPrLBaAdN8D3tCzNWfxBDOF5rYtxq9VZsaKdX+avAGwH2IFuaf3l3cKnB9p4Wj1VrYs5elgXXBPhkGw9drHwYA92rte63zdrFUmjwiu8Yr/iOyM349/GI//G5HRs84X+2J/w/n/XxcIv93tz2R1Y3bUN+FjjdMucl83gRXIo8ay0jJ2krqihwqZbIgwIx+BhyrEu1X8nITNYHLwxkZca8UfE+2ssaYX0dYMvMP5EWAv8u8mT2u3qndfT4p7+2wdnK6AgmspnhpYboQ//J6EO9ZU+c696PnaCPjo7dA3viZRjHy7EnXoEJvBJ7YW9c5PTBfOyL/fAq5FL9cQBejdfgQByEBXgtXqefXo89cSDegIucxU4Cb8SrMY434YpQAm/Wz27BQizCBA7GIrwVh+Bt2BuL8Xbdwh04FIfhnTgch2IhjsBemPra0BuTONJr5y4sxmHYA0uwFO/GOCZxFN6Do/FevA9LoBjvxzJ8ABNYjg9qukkswXvwIeyBPfBhfARLMIFFOAbHYgkOwN44EB/Fx7AtjMNh+DiOxwk4GGeEC3EiPoFP4iRdZjKOxKewBw7EPjgFi3EqciaQYuyNT+M0fAbjOB2fxRm42HkOJ2ApzsS2kMCJ+Dy+gMX4IubL6fh/ujcvYynOwldwVrQCu0Ve1X19DRPYV/aTPcVVkn9/geXYX8ZxgFwrrpbHyFKci/OwEl/Ct/FVfAcXYBIX6poF+C5W4CJcjOU4GfN17SW4FN/DbKjE9zGJy/ADjGMCP8Rr9FvuzQfo9+YjrMTlWIEf42x7BSZxJX6Cq3EALscHsQLXYBw/x2L8Ar/Er/BrXIuV+C3egt/h9/gD/ojr8SdM4Fr8NyZxA27EOP6Mm/AX3IxASSxHi/x2AlSIwzCJA+V0PAaSmA0lUIEhssmhDMqG2XaYGhGvXiZ9Lfh9Y8rHKPFM+zR6IBKRoCRK+iWUREUJZKo+t/RGl+LYhCZjFv2DdqJUvWLcmXjsSbwPR2F1GhXImft2oWG4DJvSrhSjZrQb8epm0xzradyd9qA4rqFxWIl7UQuqwH0oiZW4QjSnttCKWjjvUg89q8PwZcwGbrEwbT73o+K0Hu5Pw9FfzQfFIGlmk7lhGbamYjyAWjgH0jJsQ60pifNxGbalJB5EB9NYPIQOpcV63iuwGGdF29FhFPfWoT0dTh3oCKrEHOpIc/FI+gmz4ShKYicqgUl4NCXxGKrAztSFmtI/6VjqSrOix1FO5HiajxNwnO6/P2MzwhOwJc1ze2AibbZO0LPC76cjz82J1E3P6kkUx5MpG06h9nqVy7E7mdGeSjmRJJ5GCTydzqBcKsMzKY+aUSJt5xXIf9FYPIdOpdcbn0vn0VA8n66t2i1A3SLXyTieHblec28+XkIJLUkq8VKqwB7EHNOTgOK/2oIX0cVUApdRnC4nw2FXUIKupF50JfWmPpRPfSmO/egq+gVvkMxls21T40bZkczMPiduknFvlgvxarqGBtIgimMBXUvX0fWUxBvoRorjTZQNpXhDoxDdnMbll9HLVEDM17frubmD5mEJDqUkDqM43knzsRBvlrfI2XahLNIjKvVK98Ii+SaVUgKb65rtqQvdR0kcLIsoie1pGR5Et8qFAbOynSiJR1EJDJFl2JRukwM0n2fDI9SBxtBYepQKPDmYj49RPj5I4yiJ+fg4JXAKPojFyDWfpyQWyydpvbgGb5d3yKSWy+NwEo1F5pLJdFsVz6d4eLETEEYGTqWnaRrGcRqV4TPEuNRSnE7P0mJnBsXxOTKnwEwqw0OJd9gL9CINlatomd637SmBL9EwGcc7ZT7+Hz2DlhguR8ik5HojJZfJhpepBOJ4K+Ujz/QsyoZXKB8rKI6zaDK+Sq/RK967gXo+39TrNIeG4v34Or1Bq/EtmoNzaTg+h683HozzaKCcr/m0kpgDXqG36XzKx2tlHPPR8qjkY7fIgmrPS3ETJeVwzXvr6BcqJfPXZirHXwiEJQLi9cZBMR9LcRWFhC14xI4w3JohwoLnrpHIFN0oIhoLoHX0PU3DBEYFimwiUY6nkxAlWIhTkalJoYQrKqmJSN+/w7wz7VVKaq6vuZ/XapnZngbCJ6IIXXEslcppOAITeiXL8G65s+Ddy1R2EdziRr22L9EInIBNM5sKnpvxdF3ailuU1LtyArZwdhUx0UxU4m7C9ONWzBa7iz0E77cy9H3ke4rmwlDriXuJJLYQe4skthQJTHg0k5guBaZpDk21X477iDXUSuwmzFk+oaoP3IMJuI72FfuJ/UVrkcD2xFTiWIgHiANFGzFBc5dfnilOwGxoK4x06okHiSczDhaHCD49DtX0+SRnjaAY24n0Ph0mZtvtRS/MJvapLqb5ei0LMRl+TusgXaiDGItHiByxR6CjKMcAPYel+AEeqefmKCFFJ7EaJ+gz+Ghhes5c31mMxTOpi+C99gGas4Y9Nf8Ux4p9RVc9hkrMl8fVUodlf77csk4C57styKztYtqouXN3Yi2o0mVZMhrfdt9x+eRa4E6nRTSWgMq13ncWZFvXBYfjlF9329FyRpj1IO7/MiyWw3Chew0+h5X4rrvIXeweJJe403GpW4Hs4T7MGo5vac2jfRV9n/p7bhuRDaWC6T2Lxfi+u8zdRTaVPfGDqlIfusMxgceLOJbiCeJaac7o9tROnCgGyiTOopPEK9QDpyDzaDGeLB5C1q+m0Smiu2CpW+GtzTo6VZwmThdniFzRB1uLCQh0pkjgWSIbRhPrhE/Q2aIE/iXOERNwEp4rltB5ohDPF0ksxc/tm8PL8AJxoRiOZXiRYJ3y5rDRPS4W2VCILQT3axReIjpQJV4q+OTvIZpRTzEg0BYq8TKxDOOCZ/dycYVIiPNFS7pSzMYk9sJeohB7izLso/uSL0qgsGqfcP09RKGWplfTMOwrmtHrjfuJq0Qv/MLuL8qRufZiwbtlgOASrGleLUaT0fWy4RoxI8xrPiDQhQaKMeRLOeaf+ZTAsHCF4ZRBokDzcza0EjwXc0mKdFpJZF5mjhuABaIUGznXCtZ8rhPXi1FyJ7pJdCSe/ZvFLaJQAN2BCdxXMG8WiZ0ogQXCtGV2HEuQAhwsivUaFOOtYojoQLcJX/suFtOwSPOZKX8NVuLt4g4Rx6FimLhTsK7A61CGV4gRIinuEptppCgRpeJqmopJ5FmO4y3iHlmJd4tRIon3iBKcRaNFAm8VQ5G5Yo34Gp7Ge8VDtATL9d4Nifs8iVJJ9wuWcGXiAVEuJuDkenSkhfQuMb+a88ycq4tpCS2l92g6vU/LaBIu9f6ajh/ocu/Rh/QRJXE5XU0f6ycraCUBfUKf0mC93qU4nj6jVTSEEviBYPp36ZPvPs86ecybnxKcgPx2DX1Oq/Fz+oK+JK27a/n/FX1dC832VCKL8YmqXrPMGqJXr9LrPz8dhZOrpM+AwGQsx4/c5e7H7nFirXe6FYlvaZHzDVXg/dhRtKfvNEX+Lxu+p0XOD8Rz8yMZmtxTljhDMYHr6Rz6iUqtOI62Fjn/Jv9cMhR866ESuZ/8hNfuK0ziRirBSvxZ69U/ZHTM5FpmfB1FbaPz63Gd3zLSB8VDQolJOAEfFhV6vlmCsA27GnviI2KMGCseFY+JcTgV4zgFx4k3MY6TsIXzuCjH8WKCmCieENxLPl3i3jlbgaPlUHxSvKIptYU4Xo9JfdpupklisnhKzIq+hXfSPCzFKaICp4o4Pi2mCaN33orPCDMWtjOni2c1zy7FGfppF3pOzBSsKT4vKvAFMQAH4r3yJbGYyr1+5SPb2cV6vG/YQ8Ss6CLnPhnH9nS/5H1VikfQiVQmW9IDcldRLh+UL4qX9BheFlOwO0WFOS+NtV6MD8kyfFiW4Wz7EZnEYhwjN9JqbCfGyldEhXhU9tBzvFlw+Y20hmYJfp7EVwWP+zURFSRmizniZpwvKoU5rROaWyzxmCyQ/HRG+B1h9tcCLZXGIlsE3YmtaC55jdbfThXFuFDLhtfxVEriaHpXLBIs4ReLJWJGmGipSOJ7gm26gZ5UQ7FMvJKmzVTgFMyjD8XD4iPxLi0XH4uO4jVcIViePY3vi8G4UrQF1p8m4qfC9H4JJvAzkfI8xzHkzMew+FSPiKmuEtOIpdzTOAIXa41ktVgjivFzcazHl8PwC/GlWI9fCeZns1tXkbFgH6CJ+LWW8mvFOr3a34hvxWuerJyNj2E5jqbZ9nciiZ/i957u9ZT4Qes/P+rf68Uuoge2pJ/Ev8Vm6kidxAYR19rMUIyKjYJ7dzVxf7mPP4vNuEn8IjYLkJYMSF9v4r4OxqBMImvXfCL4mpTh8nEYkglRib0xHwvRliP0iWRLR7aFO7QOUaJtRJ9mpeeVqIvKLpQhw3LYVqg1kpWYKfmviFyMh1m/iPWYwMayWFujRfrU7+mViMrJiDKOJE+l7sSSvZF4BJdoL0sFjkMhk/rfU0lKJctxqHBlM71iTeSMcDZkSd6n/5A7ye4ijjtL9gCx5rKr7M8yROxeTR6kNMvXxOuNHxY9MSabySQ+jrvJ1Dvfci7HbAm0u9xD2qIM95TNZYoS0EaKir30GFj68Tz1wLbQQu4tW8p9JO+CVhJkOe6r7b25WlYa6TQF48h09pNS7C/3kq0ln78p2nFsLQdjudYke4mdxWci5ORCHAcEVrgfUhGuxhSNnnigfFS0kUbOtZUHyYNle0IxUvNrMY6TfWQ7mfLZ9sByPEz3mnf7bMEewSS2Txs9l2LJwvv1ATpMDsW+eLjsoE+7IyRLjQTmyCR2lEfKo2QSO8npyJoo0zxGTqVi7CzX00DoIpvpTIfrtNX5T8kacRvB+g6v2OQ0X9HLuk321hXisXIjNSHueym2s1nydNW9Z5tzMr6Fx8keOE/7EVjyHS/zMUJGvx+Ko+nZ6AlymSfDTpRDsNirzWM5hLpK1poOIdFoiSjGc6ibvFNU6LZbiZPkEDxZDsawKNZPTpHd5amSdaEj6DR5umRu7Ev52JfaUzEOyugWOUMaLbMDtadcyX40tlsL8EzJkon1mGLMk6y3d9A7nqnOxbOkFFFR/Ub8TfYRlsGLp7zqNTHjjCi9RSPHjZ91mWXQ47lQaBfp75AGQT4tcKC1zLLhBHsc3FMDSR7wkORcIgITA+wHn+4h44y3e5ym/g/YKQ1jPh0CVV9l/xXaL+i37/9bBrlwYeASO+ZR6ge32ow3LYDC4Exdd4V1DCT0vWl+PjHA3/0Yg35jkEs9rb9asOd4SoCRXkPsIsiEl0Il1tlWEfSH22wbzq3yjH9qLbOG2JkwMvipxa0XaaQOe+8/hluClo6H1AcALAjAxEA2PGIthTFWYVp7TKEIDrBGBo8IFds23G6n0IH660fg4NAd9lB7FHCJ/QPD9J3fIoufcd3DrH66vz9Yd9ouTAxkwXH/z96VB0ZRZP1X3VOdyQxT1Z2pGjCGDQh4gSIoh0LUBVdZRQhKRBB1XRfNipKYFcnibeKBgJjIqSCLInIplxgFBIEAXgEEBA9QAS9EBV3xWBU+X1X39EwOjl1xV7/5Q5l0d12vXr169eq99zPxywx6CkWq3uDea+I9ygOkDYyg3WGmYcFMYxHkQit4gFoQUhR4xB1JGUVu0L/vcaPHSqC5mW/geHGUecp/3h8Z4svMNHLhaffudL26BykGUPc2pepm5WsTfQf7mHh304T4rU4xi8BQ3z2o/EhyFEUugN5kvPKe9OiEXvB4gzySYvZgfa+MrS6ErwJNYDJBL6pRNBP6mE8Yw5RvZhvXW3KmgSUXwr3QDEZT9EIeQ4ugPqRR9GG04DI6lt6gvLuwZfRuYgaBKmMrjKZHmycRTRccrU+Z1kbiakFuQX8Z7NFgFflQW0yC5/FZvWRBQqRCgRursFH5Sp+sfK0yQNebGKVwqktpGo9l2BD/4iGKz1aYLWCUS6OxkBsvgd75xxsP05lGeQLvLyCDlT8IRh1YbsQDlqRulAL+tmE8nUAfoROVP8Je1+uorQHq/sqr5Q6i/URCru89jggjEnQNfkwCxi9iL2z4OvAY9b+YTJMjFKbRYshRnujohYReCoXxtrKhECoDBLCebPgxEEmiM7bsfVnuRpng7+6BcymOWt/znQbTKfaFAuKLP0kHA4MjgMDD6ga2FJ6iFsyiiaOJulJiLbwGAw3U61AueC1pr8hy2AoYTZ7t+mbMpiOpvu2dQ3PhCrLYWGLkwgvGUgP5WN/MLjeCZIVRaeB9LPa0A5lLTycUziDlKqsC+iRT11vAXz/e3KEXZWHCusD/kGqfBiyYRzvDk0oqz0SfYYW2M8vlNuSs8gQPxur+yfgN+sujp2z9hPb0TPjtUdcXSa9QP69FMaA/+9P03oD2JcP6Xksr/0ku+J6R212vRvRgTKa09pHE+kNJshr7UBL3lVxAysGG19IS/SGTvSEX0G0EfcUnKAok+6AXQQOXh5EWKB/uChTArSq6eAvMp++ABc9Qqvx6cC3p8hip8xhJ9n9HWZPo/34c8fzfV1GPu8phsIpt6qZ2s4V0Eb0n8LyqYzFdQqmi5ws0C5Ya6YGVyrtWELzdX0rxXh/nfzmV8BVIzLFCHzcGwwoVgbGSNrV6JuQS8aSRR/NC6AJ5UGpMMJFvr63VF73AzQtT3R+9j/JJP5F4XujdXcnaXfMTUNjmyohsKDTQN+0KCP00H7hnUrjD0F/gKvWear5OjFnSTzyu0n35m/JLQm8I3HHHGgSWkgi0dCVZGUShLN5v212TL9M81//7VToa1ile32L2TOp5Td/yNe78Yhn0KukL7VTJtYri49EnDIgRhslgKf5+xegJKF+97726M+NPXqNaEiTy8zo6CkbDna7n5WuQB9uN9XSDkoOV5o9wnxvDgZR8nWo/avx9Nllhtoq/9VvLrTF7jaDS1L7pvif55+ivqXySBkGQWNCYeL7bxK1/PbQl7chGqj3qsGZcHX77jWAT1bEQitLEUntUKCDV/q/9QYvUXmVBUZJUsOFNivE6b9G3qQUZcIXxB9PzI3zCyDIJfEV2gQTh+vDlwWeQB6MI7t2bqV6NOnpjC0Up2z3Oz/OhFMrMd6iOHVxA3qWDYbbrDdwnUNvcbQB/dyLKG0N7EGXRRO7Qfnu3AYUvlfxPbDO59nDcIxP9eZCXffqdBDmGBV0N7ZGZC2HYTi14n/renciFbSBmYF2V8BiEE7xLM+HT+J67SEkLvW6QQjkwyPUx1S350QmorQ6CXcrn21uPKKX2wkjl1b5bfbEeMPboY6rpEHHn6RPllbeDFifI83DCDHley5ZbDuNz0OM7y8xT3tR50BWKoLny1EJK+X970QV5sBPjnCiJyw3Pb3uO8iDdG293N7SCz6lCbzBHA4U5cVr4M0FVFMjXbnSFV7N+h9z/OERhUAJPef2/VvmsbTDKgcJgA3Ubn1aon45RnI3e7rqGEvhdwO95HuyiRRjFCReaU2E9eNRA6t5i6kiAqW6cgMfL/jj1vOBa7wl3GFHQmg3qNOgX24D+qMrj+xZwP4m4o0E/XG/v0FoSRsB4T2ruw75M1RLmMzfSFblrN72fallcX3kH/tE8Wa3x99X/n6SedMaeFhjJ3zxJ3zdR43uSaqoNi+tLU8xoLU9xHbUkQ8n7pq3GpPMEofxOnBlNk7p64/sjIRW+cE+g80ghoPaUqFsiTdrENQPEztBcRyFEsiBD+d9+aXxJ/dXvrWP0we2uzk3ohSthbB2+uPjNSXF/3DbqNOV75DYE3yP3YgiT2vxxrSR/XNx3vqdHmxGK/UQ5s46gZ6fePYNAiO+V6/XX88PFflf3xNXa7CkKwwTPW0dDMzjG9cztqnrSiNxMbiEW+D66Bcr71Oedde7Jrbqfrl/yaDPPpahdo8ehhB57q96jv4AK5bu50T01FMXHtIV0D+QGWkGPACEULghkqdM+7uNlQJV/MPby90q+lrl5xPQsoxfmbMWrtqsZ6G+nmIUJeg/6Ex9tFir+906qXeBZM9fVFcbAXno2karmc0gUHjdt2EeFkpL76HjzGXOOiacuUJro4yZGgS8FYnmnnEQefZkONP6mPFtRmkfVqXMYEPhX4CYI4Sq1PKr75fRXLYz74qfoPYbeqy3Xgxifah/i2QT3afRg7OTSBT2afX/mInJMXNdYC+8YbcDzZa7uj+prBNsB/awXkUroFAjDNwFqWTCXrnLbvQFWwEoohT1GC8A47KwaGgdG2J0bSKSDp7lRt82NbuxkmoX6yCDFsT7PFcE6M2hhXBcDqLHT+j7EWsdbYNypvIebwNmkuh/wGLhL+ZnmEowJKXG/C1kt3NIMwlbU9TaOWHoU2mN4R3w06D2pPYYbEuQp7TWMtCEufm5NPUif1UPkOrAU/4bBtig4lpbNWtfpCZlKexMkw8IvLiSoRyZ7rbZUtpXbTe1pGbUINCZoc9HPCcw0xoCwqIqEkJaO29eIvl8ranoWMBtilj6j1LdQQ2xg4a8jrGQf1CK1o44wciEvnpnBUtEeOtYBn2VajYxjCdo8Mq1k79Rkv9Q2kOyX2pJov1Qtk/QpLAwNrdEYqQreiHRJj+P2UKw1eQcLwjMk0QvVs/N5fqi+1fL9aAoFM5XFM4WC+WvJuvnvZdpMoVmmsmMePGLHbyG/5eFG2jhw1scUZmQKM/I/i9VM5S48vLkLU3GWqYyD/zt4Cu9HUyiPqbNYClEhdbb7757t1pI3Ae8jGqnVe6/KFJ9CS0idB3+958HDeQ6k8HOhEhzeE2UKQeD/D4JAKlNS6vSdOn2nTt+p0/ehnL5TeIap03fq9J06fadO36nT9/8OVuFv8+x96Hmxfwl8wdRZPnWWT53lU2f51Fk+dZZPneV/3dh970dT6H0p9L4Uet/+0PtSqH0p1L4Ual8Kte+3idpH60TPO9w2O8Fw1Cn8vBR+Xl34eb9WDLwU+l2ile/QcOoOhFGXQqdLodP9Muh0A42fB53u30emS1k5D4eVM4Xrdrhw3VL2zRQiWwqR7beAyBY8ICLbVczkKVS2FCrb4UVlSyGy/VoQ2eayFCJbCpHt14PIVjfK2s+PpvZBlNqILwk8x/4wmsJWS2Gr1Y6t9tvBSUuho9VERzsYvLMUylkK5SyFcpZCOfttoJzhfKTwzX55fLMUItnhQCRLoZH9ltDIPO/Xac4v5/2qbytvgHmBVjDdedGc5qAvorZ5zzUO7Buro1Dx/aPhbkDjCFQYE3X48v2GlO8rhQ9NkuAdcrwxzSmHOQaF6XEMkhxoBS+aMxz0bOuo/JtmOjeZJdBB5Rd80mlJniUdiCDv0jZwijHDIfAvaA+nkEKzm/WUgwg/b6TPcmY7LUCQSlIKLYw5DtqopxoUesfbmOMshAJDQgVFD0kCu6w2MIJU90u8MRJSvlZ1ex7Sar6L6H03LlikMAhqeqe2RKQB0gpegVLLVh56neHgfEGpssOvJd7MT3Nq9+nz/Na0V5L2xkUPF+w3db3Y0lSLZiALRsEtMNa9r/M83SQ0ISUwFOY6BXBemr4fXE1x1Np31YJPjSy3jNfGb9UL0PPPTkQcq81LWzDkJu3BPM+5Rnksh+HWMIVvAvo2fVpYexB5/HcoHtQ2eL7T+p4lMx5JuS+A/IBva3pT1+05PfAX8Jv2e5voOS1VX691aXAgH8htRu1ejdFa/Rpr+jG2jxDlVeH7JdblzZj4je/ViG097fj37x6yQ7Z7m6u9OQ6/h2OiZ2P0/61vY/8Aojjk/b/xcczbj4/j8BBKlbb0S7jCOIVacIUx3/nv+j3WVcu/4/kY/ll8H8Mw1NS+XS2I72coYaSaG/QvPDhPxeh/zVfxGTX3h+Kr+Az8Mp6KHjIa+oYe2EcRv94AT6S8E+vwTkxGbIseImJbbTht0YSR1PQ//Lm9DbWfoZ7po01ExGtMPK9DD73q3/EyTMSr2p+Xoe9hqL0H94dAdSj+gtE6PAYTNRK972qtRPvsHVhjkCovO8ph7ceX6J363/Tkm2sk41QhStX/hnek9p3CXweDg9UTnnEOhIL1juGjYA2ugYKlMbByFOrU4fduPHi/xsPpy3gOJPsu9nRxmw/Ff7Emhtev0YPxXLXer43nxSlx+4aYgJFAkHhz6a8NTxKsVBQfDhGV27XbTz3qlKYxn1eRT9KzlA0jU50YOqdVOPHzzwExuhZWQ+lC60YiTlc3iwVQKo5UkbloH0ILQRgo1Icfgu18b/VAE3jWec7BXp5pemjU58ICB/UrxMPMgoUOoq1hXAf6EvZUUlGjEbaBKDQPY9lJAQIXw9jQQqdTRNcywMxyMVOzXY2okastYaRJfzrFbW0rbFdf6JaicLWxSP290FmkerUmhH7qnRSm2gZoHsYIxefJs85483lnjnmuWvdBgju6rgFtXH4vF4I/jsXxcbh9twgMUyNYbuFJaIbZKa0EFjtRWKxa9kYSPeixRGGJs9gZYErAJ1OMKLzgLHWOAkJRr5tqLHOQO65W1pLk0UWhoZnltqtnrAu0JMsdrGGR25usAEbirApWOiscC8LmSqck/BlF3sS5xPXUPIzzsNCx3Jpk/BQYsPqmV/wqfFyjv2EvV7QOfx+5nXYg2jrsz0R1CzFGUd+p7MQePp62FedBCS1V+o62F883WpLNhMK5dCqMrWY3Nly7MX4RVtjquVDhaimaPlNV7TGFXelZlCvAUOvjLooaaHPTa9/7dwLkwZ+MK2mWW1MR3E21zbjEXKjKbiOdoL/KiEeT0M9vM9u4GPRRhUQ410BJcw8thRAsCSCCK+KJ3kupws3WtPyAbCb30BCUmx8o9L1SFU+H870V7jSJyiNdoPCcDYXj/Rh5EyaTkoT2sIZSOJGUmx0CQyiF+6hvO1JndePkwFA6jI4B/KKFMVzha5USfIZl25Ei1d895H4aVYirXUz8MoOeQsMKa1JrfzkKW7UNjKCIBmjBTGMR5EKrBMz7R9yRlFHkB/37HjezUQk0NxE1UY8yT9nL/ZF5GJtPu9EgWhMtBlB2/1K1Gr82EQm4j4nyvwnxW51iFoGhvntQndRyFEUugN5kvIoY9uhUpOwLXRRO+AUJSJcL4atAE5hM8Mw/imZCH/MJY5iKR/buCWYaeUrS3gvNYDRFi+cYWgT1IY02gQdMCy6jY+kNyhaBLeNpnBkEqoytMJoebZ5ENF1wtD5lWhvJ66VA6V4eOjzeVdR22+BZBGuWLUjIzFHg5ubQu+vJyj6QAR7Kup+V41SX2jR+f7Eh/sVDSrNZYSKauqbTWMiNl0Cb6vEG4geXJ/A/or+ifSXRdqyxo/WJVKNFj6cT6CN0ojr77HVP9m0NUFLPq8XDA09EadeIwliDb0HG/FrYCxu+DjxG/S8m02R7sldvuZsXReHUBs6l2G8t4U+D6RRro3GkZAZHAIGHlbZTCk9RC2bRxP5E3bWOeM4DDdTlcXV7LWkLWzlsBcwImO2e5GbTkVRrgnNoLlxBFhuImPyCsVTtC1prW24EyQqj0kBdDXvagcylpxMKZ5BylfUSo+mpe/bxV4FHfbTIJeJO43949/FpwIJ5tDM8qWQr4nxfqk5hs1x+Qd4oT7CaVbdB4zeY6QGtr/UT2quOc01d+5FeZ37e0WLAW5un6b0BHwP4tbTyn1a3b0fb7trR0GaWTGltl9MopG2qcVxJ3D63gJSDDa+lJVrgku1v25RuNMHFOU+8NSmCBi4PIiVwjd8VKIBbVfa6LTCfvvPTTvuMyuF3r1oLujxmlnmMJN/YoLxIvLE5jng3Nguox1vlMFjdOHZTO9JCuojeE3he1bGYLqFUUfMFmgVLjfTASmWnFQT1/qUUNX6c/eVUwlcgMQMufdwYDCtU5pCVdBXtmZDp1ZMnHsULoQvkQakxwUSuvbbWHAoFddw39FF3DicS79ahuysdNWq8xi/Xf2VDoaHRpz3kcgp3GBQuVfZ7jbXuvdGcnZhnRz/x+MrHLW5M8KyEO+dY97ze0pVGZa7dwUMj1qsSUaT1/cKrdDSsU9y+xeyZ1Puadxdr3DnGMnjS7AvtiLZSIdXHww1AgBiII20pDn/F6AkoI73vvboz409eo1oWJHL0OjoKRsOdro0S8eC3G+vpBiXLKs0f4T43/whS83WqrfL4+2yywmwVf+u3lltjBhtBpalvPPz7iUR86SCxoDHxbgKIW/96QCTrjdS3v+EK8dtvBJtoTaTlUECqfVxbTovUfmNBUZJcsOFNirlm3qJvUwsy4ArjD2aiXZXAV2QXSBBxDPrPIA9GEdyD0b62QVkWMPPIFopytnucp+dDKZSZ71Cd72oBeZcOhtkk2cKYPHe4y3k7DFF6uLYqZNFE7kBefRNuAwpfqh0gsc3k2sOHaL+04H3q20SrWzLDCZbMTPg0vm8uUhJDrxukUA4Mci2zuiX/zgu1zkGwS1k9vTWJ1s3d6s16ZTv62LVqR9z5+URZAHbQ4gRJHk6YGc+Wb7nl8DYZsytkmfpmAU+gRdBcRaAihfy/vTuqPNiJ97SUxGWGd/MwR0WD7423uxtawedUYT6ao4HCnDgN/Bmg6nbxa/euzqu5Ooq7lhfDkhDMtfzBlfG4sm/4/OaN8Vpl0dpglAOFwQbqLj4dUQcdo7geb2B0DSXwu4A/ujzYRYswKxlcaE6F9eBRDGfgFlPfTU11b648PvdpgVZ0b5fQ+gzeo3pPau63/li1HPnM9UNBHtpN76daLtdX9rs/mierlfy++v+T1JfOwpWsmjY4GwVGcpkn6ftmtvLx0PQYFteTppjRWp7i6mlJhqL3B2CdOsczSu1EmmsOrat3idbL7cYX7vlxHikE1JoStUKkUZu4RoB4m5rnKIRIFmSoTABfGl9Sf817qxct9d3VqQdt9RLG1mGxx29Oilvt26izUO12+4shTGqz2ltJuQFwt/meHm1GKPYTpcs6gtZhvW8GgRA/Q4DX3/1Z+bUWe4rCPcXT0tHQDI5xrf5dVU8akZvJLcQC3/6vseV9XqrrBsAvebSZ51LUrtHjUEKPvTXv0V9AhbLibnT1/aL4mLaQ7oHcQCvoESCEKhsgntVx9y4DqnIVYC9/r9a0d7egZxlts7NJsv2+QFnwCxM0HrTeH20WqvXgnTO7wLNmrqshjDko+3ohgNJA929hf5n6FvbJNSzsha6NPVlC6a9aGPfFz8B7DL1DW+49CD7VNyGzCe7OaLPq5NIF7xD8G4Qickxcw0B7fxvwcitUt1H7esB2ZfFfRCqhUyAM3wSoZcFcuspt9wZYASuhFPYYLQA9X7Jq6BloeTs3kEgHT1+jbpsbXU+XNAu1kEGKY32eK4J1ZtBCCzJLktKaO/y7A63ZLTD03UETOJtUvxEYA3ep6PlcgjbfEve7kNXCLc0gbEXdu4aIpUeh7w52xEeD1jJ9d9CQIE/p+wOkDXFt4jW1n7pt2MkW7GT7NWqPyXbKlsoycrupLWtou21M0GKinxOYaYwBYeFZeitIS2eY1N44XytqevYrG2KWPp3Ut1AvbGDhryOsZJtjkdpPRxi5kBf3k7TUvWmV0ozwWabVyDiWoMUi00q2RibbIdtAsh2yJdF2SC2T9OkrDA2t0eiNBN6IdEmP4/ZQrDV5RwvCM8S3OuKINiflZU20OmZbA+mBPVIrIv/bGVlT6Cq/DLpKCg3lv4uG8gWgNeCa/wAZ5WDLXXMYUFRqy7uYQkT5reCRejVcc4AartkvomlNiuga/915nqRKH+xMI9cfzFzT/2iGr/kP5viag5rla+qc5187cg3uZNprHqXZ4cSQ9f0ukZroafleIJowT5rKePO+JnJ/wMv9q/Nnro2gLaRT/MmBkWeuUWP7T/BnPD+6EjjS1PNTAIuDue4u9bFFwSD6/HhJIEvdEv7TvI6cRNZF8OS6PlI/vj+h7L5A3QgOVrxOYCZSMZK4Ahj0hGlGGKagzS0tDO8pT8obyOuurrExgjUhZy41cTf9EsrMwVBOmpLB7h3MZGUlWG9gLtCvrE2RNyJZ8I46cbeFdRZx36FPYqXygtMr0fNPtMDL+Ofd/vt6KItbIC6HpWDBkXFvBK2Zvm9a8C11ubjWLIJUeRocp3SEDIK2KewL6rCLFfc3UCvGNP/3sg36ayOVdfDwIatUr0+v35r1dErlMExhtPyK8FazrTsDKbzVlEUghbd6MBaGHDjKKlcn1O8i/4rkQBNLQn6oRMmmkerU/pLrg6nXVsoi8WuwSNSF4do3HTFcN1opi0XKYnHoFos8aBXoEZczqBGi9JDuzOi7hI+iqOc+Yia/xROmtzf3ZvvjFktpytqPdr2ZRlJ2kJQd5D+3g/xc6LsUfm0WlRSi7/8fRF8CKbSLlP0pZX9K2Z9S9qf/jv1pgIM5Onfbw1SmQW2HQqSHj6M+0sNuexXbEa2O9PBJ1Ed6OFSMh51RxHjADHqfRsexz6KY2X4I22cPZ0PZ59Fd0dqwHvaH9LA7+kVUYz0kojhgjr79ozhgPkGdu7w/+zL6z+h8hnmMv4oucL9j9p7oU6rc8yr73RI2AvMyK2yJJWwC+zr6TbQ/+zbq5+3vx9a6mApfR0eojMtL2FtRHM13UcfG7Ob/UmVeYvPY99EfovkqP/W1NmZtzHYcO3k+hqkMhCOScu5j6eoYB8PYB2yL6tvbrJJlZXTmZewRvof9GN2rWsPs7jtYmUJt2JWEM9CP7Ys+Yq9hAXs5vzuO2QAin/3IngsSYYjbuJeFTyM4mGKzasvPSahHOZTdbe+KvhVFpADMr1gTKSA5x38pCwjMPtiNe1nDKxjiBYxiJ/CJjIqGHLN1HggnYBy/hE9yNEoAzjFiKSA3bWGYOdoSGiNhFJtbDXHhmyh+34B7tNV0xbJpoqGi5yk8KEaoHI+t4AP2CE8Xw9ls9gE7gX8TxVzD4/h2FhIfsLA4gX/AWvFxvJ74QOXmH8cj4gPGBOZEHMAfZ6WMi1XUFtjiCXxEEv2x1ep903n4cZRNLUdgntQpHLN56rVT4r7H/OIZIipwpv/BMRfidD6DT2Az+b1sjpuNdRUTws/Nv5lJERM1M/Fjzn+k0vO8vsBc+zoXP/LlEr4sks9O45gbUj/T6AiFrIFYzXSOfcymn8+OEPq9xlu4jK/jq1mmOFJgPtws8bBzmeIezCVZyBqKkexhnq9otY6P4r8T+excey/LFuu4RgHwUA4aicbiGzaUHyVwnUxleGrIZwONp5nlYB/w60K2SmX4H+KcxpsojjJ5IesaXs/9MjpDtS6DuSMHO5iX28v9D3ZTERC4OvFNM6Ez/ncNUxvlxgkcs/7rHP+rMf+2o8uBfbRYzYBj1tV1rBWMYS/zfLVSjhH3qxnROYqHsMFOA/sF+0VysBn5kao6J+zlPJ/pvPw6K3+Zm221ekZ+LIVZ+XWO2WOFX97L078nWnuO/hluNvzjRFktWfp123Xn4/e/fi54vGhtNxcn2y0EyqcTRBlyKtMZ+Mfx0/iJor+SvN5abylOUnOBlHqD1Z19fwZrJS7gE5mXff9GrnGBMBcojjcx//4s9irrZPdLyMNfxkbYXi7+1qLYxsytmNec2Q34OXE8gVW8ZvmTxeNsJj/LRmSVJfGyp4hz3FEj7k7yvI3jbURb0QM0Xko78V10qJJVKAe0pWkA68/ai1OFfn6a+EBlqK++B/dO4oDq81/b3OtMsoiZVME6iI7in9FlEY8f+rMl1eo7NI7wOPBAXID0mMieC9bGBUjBg+cCrGk20/M/g+XUOfu6XcwjjKtL7wga7+Reuz87XWQ6yXgKZ4gzhcYz+L0oY4iJ0o/14jPcnWxIfLVOdM7iw1kymoKPoDCOdRJYn18bIigkoiVUR1NA9AScZ7RReRxXpnCbNA5T4ux4CBidhZfTWtMc5Vovu4ydJTRiAubY/oMYzxBX4Gxxiaq1NrSEEXYZu8I+R5xkX8eut/uxV5mPdDFA5cHGN5fa/dgong0fsM71uog/inOF5ej9QaNMFLLzRHW+G8pmqF0FMRE+Zq+yrqIf09gIA1lj28NGOF9obIRCtTvv4KhD9WObWbE9mePukA13KYwn3DuQU7uJfopW3UWuWM8msBP4SNaA47h6iAtEe47yeAJrwDezlbzYrmIaW+E0nsMvFDm2rh934jKlEQ1hxfYddivoKfLUDnKn3Z9fJHA/y+EN+VDWSyCywhh2irhY9GcN7N4ikZP6iNO43hmQz052BrI8/m30LX6JQMyJf9h9BaJI5bv7+6XibnaZ+JLlq939cnEMv5v9SZSxK8RE9gP7s7jSrWcB28yGs4g9iv1FIH7MU2nc7ieuEiPcbPivKpShTfZEdrUYZucLnRU8Ubf+q5jPdvKXbV9iYjZ6nSMfn+FfQ5xlkdVsBx/CrhH9RSW7VlwncLYxA3N/VRfmYR4gcPXvDaAOgrym9esbflrFc5mHf5AvythJ9loWsAeIiQzzYAftElYgCsUdLOKuPtM8j2Od3F7q6hoa1wQz018vMEt9kbiOlbv56JdxnY/+b2JAFHFgJjlD2J4oSh4sg9pYPnM45pZHLsd1spbhjOJaGcaYPVNll9/E+7MBLMfeZt8gBjI/I/1AsUfh4+yJ1swo/4biwBvFRwqTQueSP8LGetrzQeL6JHSiYpGI94D4EX4medSHknPJF7K/ixvEAhawG/GJbKqbQb5htIwdZz/C53A/izzmkC9jmD1e547HHPE77BnM69FgcZO4WSRmjE+UD16O+FvEWoW+p2XEMNZO7Im2gmHsVvGyOs0MUChDDblXz9pqu0Bt9aQ5QWd/demM86hT6ozzI9x886X2beIHNpFF7AKWrxDu8sQQdrsIOXeItexO0Z9NZShf8UmJWGgfwadllIq7xN0i4twj7hWOvYC1517duxTewBARdUawduQ+gSsd89MjB95vY276I518hXc2VJSxYWK4uF8AR+5KzEWPK2iE4njMQf+AuIq9bpeJcoF56JtZD4osR582kHpeVvmr2NHOSJHlHO/gGXKOPUrgOujkrKKjxRBWzqrYRIWfMkYkY1WMFS1sx9Y54U92qmeFx9P0cIEj8/LB63WMZw39HjPBX2djtvWJbJzwzsov8WWRh8QQ9rAYL14DP9t7ffCyvU8QJ9l3qROyl+99KXvE3Tf+wSeKhfbj7B8C5yOksItOUCg9z0YmiRHsUfGYGC76x7O3r2WTBWZvx5zwOmP7IHaf/bjQv1/gD7MpYjxryLPhCYH7dwf+Q/odvJmSN90d/RVKVdwVdP52TyfH3O1eZnedw92xdab2YUzbITBjOz6ZKqaJzNB0MUPMFBPYIHhS5EFT6ymhrRLTMmaJaWK2mCMyQ3OFE5onnhbTRK9gd9orOF88IyrEFugVrBC9w8+KHtAr+JxoF54nFoi+6QvFFPqMWCRah7sYO3m7cO/w5MDzYrEoBieENeN/T4sl4gXRK9gufE1ax3BTa6lYJpaLzJDOyTNPVIoVYqVYJSawF0Xv8Etik/WyeEW8KqpEr2BTa7rQ7bULN7VWizWiTTgztFY8L14Ts8Q6sV5sEK3Dr4tXBLbcLrxRtAsX6Jil0CbxhnhTVAldcpZ4S/yQ3jf9bdE2vFngaLaIbYF3xLvCCb0nNovM0FaxTWwX28QE9r7oFfxA9Ap+KF6qVyU+Eh+LHaIJ+UhMVz1aLT4RE9N2ik9F3/QNAvtWpepsQmaJz0RT63OxS+BXvYK7xWbxhcAWde++FP8UvYJfiefdXjuh1uElhtf3CrFHfC2+C+C/36h6egW/FdvU22LwqNrU+k50DP/LLT8IcFYzQ9+L1WK16t0P4i3xo6h9lDgWHIkT2lsr9VaLfeLPAHK1INKQOAYiG1mmDEgqndDFYMm+6bNEmuyb3jE8WwRlugzJzFBYVgb2inqyY3hupJkVkRMYk8XwtnipnhPi0pb1pKOeZciobB3uHz4/JGTrcH1WJVqHpXyVxeTrwuOu+hJb3ysaqH+xN/PEEXKayJSbrL7pR7pPM0NZsm+6zwtIGf85foO82VD+Tur5Wib8304Ie8xk73B2Qs+w5Ev1WocbydbhbwKNZeuwYEfJJvId0VRWiWbyaNk6fIw8VrYOHyffFrPFskiVmC2Ol5mh5rJ1eJPVQhaD5hRTnuDS7kS5QrSUfdORaldB3/Qq8Rfom97UeoBmhqqP8sCjRSp580Rk2/BJspVqpbUE+XbkZIn9OUW2kRWirTvSkAQ5lbaTfdOPkLXV2F62Dn/hrq6tohNUCJyRU+Vpcq84ObxA8XAHqZ92lMWQo8Z4uiyGveIMWaH4R7eUzEXfiQrRUeZI/HavOFN63O+Efi8nsG2ik+wY7izPklhmJ+8d/oOsEntFHuSE1ltNrfrybNX/DjIzdI76HkfbRXq1/1GC7B3+HM6Vj5u6732MV0S7cOvwefKH9GkZXSX+db6cmNZNnhzeFugu3xZYmxPKlcWAdfWQulxdMvF0EpPbxAVyoRoffjktIw/ayzVGr+Am60LZU1aJPNk63Dt8kdyUNoHp77HPvVR/qwRy2BluLRPYxXKz2FDHemwdDsveso+sLy+ROMN6RfeVRC4R9aUTulReJj8SFeJy2Te9V3Cboeld1+rWUghH+yeJcgKpeYWiYw/5Z7WCr5Stw9vEX2Q/xTtXuWscZJW4WuoV6oT0uzViYlq+7JtO5F/dNwvEyza+TVwx18gJrL+sEsfI3uFr5XXyWlklBqjyO3kBvC12qzVSIEdHCqWuDUtHpVfu+qRyWCaxdr98kdQyHOTfpJbLN0gntMkaKCewLsaNLsfj2AZJlJXF8u9yhRgsi2GXaB9uHW5sNrNuklhXMdwsndArFL/F726RSLXM0K2ydXg0TMu4Td4uUfZqzsOZfIU6Ia+klspY4zaxV8wTd8hpYincKT8VKPGQ8lWiRJbKaRl3yWmiQtwt75GbrHulI1uHm1lDZK/g3fLPcJ/s81PNQ2VT6wUD/bAeNnGmthi4O+GzF8ksVeuwn7h2raH3rCpjAnvYHK7m9X7ZT16TRDUcPdL4bTFCPiDLZLnUa1LzL5Z5UI6UIEfJKtHUGi1vTR8jx8pewXHxdfWRuCtQJU5xKdlGlXlIXiefFVXiYdVGYv34dp64X04T42WVmCB7BfVOpEvvFY/Ii9KqxESZKBeqhEfXvWJ05A65xSiGnXygMS3jHwn1fQ5DWK/gNncP1T2fJB+Vj8nW4clyr3hc4ohwH5win5C9glMTyh6IKh3D0yTI6bJA9grOkG3DmaGZSqZ5f00Xe0Vr+aQMSU27p+QWY5ZsHZ4tkVOKYU61leFJ7bmyY3ieS7mO4adlM+uTevPEfDlNjQG/SJTez6ge4w7lla8QFRK1hQ6yVD4riawQ0+Urok/gObdO/OYjscnaaC2QO/nlGR3kkfIoWnc9W8XB1bNV1FaP3h0O3Cf93YH7lVxf3X2rWZ/uX+0cn1h3MuefIH3OR1kMsgcslItcqf+8WokRqXeNNmFvd8L9s11Y2xLr+uZtsVjWrUkvkQezzrBHs8XHol34BYn6y1JZIXYG9Y6WvAa90f27a3GXSKzl0NekE6pr5S2Tu0Tr8AXRuldecv/8Xvw8K9DXAPe3Ev02q6/I5PXojeIcuVzt35Vyk6WlOUrikGxqrTGQTitkZmilnC3uDWeTKgHyNGuVzAm9KJta24mncWndEk8auHvVtkvj05niJdkr+LKsErjDfSxekfoEhlrakXK22F6tVa9N5GWvVb2CWsnl8lVZJfTTaRlVsmN4Cg2pPmWGvJ7oFbla7o+HVqvTgU81768/Q6lM5INdom14k7VGUcoJdQyvlRViqmhqoQbZK/iazAmtkzv5EbCTN7PWyyqxk78iN0isY4BsG35dzQ1+WyU2yk3yDVkMpXKWyHX1MuzHm/FnvpTQa6lKeKtpJ8Vv3pJtxNuufnek3KxGsUW2CS8Ro+U88Y6cJmJysmxqvSunxs9Kug2tQWs93Bsx9vG9n8bY1Noqx0g8eeovE3kJJcA2uV16epg3lvflB/JDqVec9/QjucTIDO2CXsGp4mO5QuyQn8iX6sVpJGvrg55jV1LLyfJjuZOnW5/KFaJCNDSdkC79mbzQaBP+XBpyl5qTXkHk728M71wA0htna7lbzhY4X02tL+LaB9Lre2uT1TgNOfRK2Sv4pfxI/lNR8iu5RyLPfi23BXoFv5HY5ibrWzXf38l/yTukI7+XxVAhfpBOqEK8A0TOFu9bBdAreL38URbDBLZX9grGwt+Kk2Sv4D75tvgcIOaESKxCjJJGrG86cqYZe6neLnG9rBKBGI1ViLsCbwsr9lGGE/L29Y7htBiOoUKsF6+IAkjWaPB8EIz1CqbHQrGJaY2sMLYgW4frxZCCkVgkY50aZx6wmNbX9Oyghtde8pgd8yQfyjz/jO6EnFiFyIhFYyjpPhci1iv4kdwmLpWdpJbE0zJkbKGYAr2CsRjSpn7sCVml1jGuRNQaK0SD2ARWt76n+zFLHBHLVL193MR+9Ap+EXLkK6KmzMBnE9iRMf2uqTUV8NeFgSplY/gYrRexXsGsWK8gnokqRMMYUtl72zv8u1hmKDvW1GqEYxGNY3vUnvUAncCOiqGeOUi+VI9IfyfEGf1YbDGWyipxcRglWYWyG2gdHM992o7TSX6UkRlaKJrEJqY9LRvKs3HXi6FcwbZ8G06zmCsfCc6r1/YF0czQ0bECOCbmt+CEJrBN1rEx/UxLGhzRVHlc7LgYSsIvQh3Dx8fwGVLtgmjvcPOYltWm6Uv0DhJP0h3Dy+VJEm1LWBr78J3YJSrE3yT2+ijZItbUOiGWGcMaM0PLJVLqaDgGToy1jFWJzRQtUVhqhzwp5u+YnlXK0y5RQrSKfW+1UvzWOhZWvesTOCuI/X1B1brJOjm2W5wS0/sOahLYlzaxeaJC4Lu2sVfU3lohlru7ccdwZqhdbKdsG24Xbh87NXZarENMn86rRMcYntDxvIwtXQF6ZB3Dif3U53Ncad5pqsr9KyovlTmxiWlzI6fHzoidGVtitA77vopO6B2l9fw+VgydYmhZ0T3Udiu9wnLlS/VwP/Y4phg6x2o7p25wT6TTMs6K+TJntyiI6jPXH9T6PkGiHnV27JxYlxj2sWP4j7EKca4a+3mxJeJmc554UE4TXWPPydbh05JmYvdPOhvaDrYFqsSDcoXYYiRKCSeE/z9fjYTI9mGkYrfYc6JNuJGFY+oew/HgvpAbw/H0iOXBBTHUwd4BfX7Vu6MeTaJs1vOHY/ou4OlLINHK6VtF8KyrT/QXxnrGUMpoy56/0mpvLXlH2H9Lrwj9xNs5D9xmhciLoV5xkZI8zaVn48A9G7lph5qvXrFp4uLYBBaWvWN7RZ/YGbFLYk6oj+wkW0Pf2NvK3ou62V9l79ilsRXisti2AMoQ3K/TrWkZl8f+FLsi5oT+FPtzbKFoELsyViWmE+xblegdn8F54i+xFWKB2Te9k2wb7hdbKp3QbQHsxR6112C/Gsi24atiWwxtY/7Cpe068YZYL/Cc/ZZcLptad8qrY1uM/NhfY1Ximlj/2C6xROBZbJ6cwHA/R6vAG8KTCyvF2wKtO/j9XnFtDPdX1CGby3egYxiIXk/ayn2/XCEs2Uk2tbYY18WWurYp3BXxG8/ui/8OiBXEfGv6HqE5cFrGC2KhMGWv4EcZhRHsu7ZOF8Y+ElOllslYE3Iz2g/3iOtjbcINZdtwUUzv2UvEVOmEvKcoTf6WJKX2ihtiHcMDY6H4HO+Uz0iFSgvajnBj7EjZQbaXg2LIWZ7VV8+7+i7m2TScEOoss0WHuJTeK9caL9X7e6xtuADahP0d4AT5plgo0PoyLWNwrELcpMaubaCf0yrRlt4cuyhNzyva+JBy6nQlpivL+bNyhbglhtr5rTHU9m+L3R7TX9wR28kLolrK3qnk1B2yJLZLbJS3paMOuEs49SrU+HBuCgOJEb8XQzbZRkpjdwbuilFwWCr2t67YX90vTSXs3TlGT6gPd8duVCMgcJFxTywAV6roiv5wUZJ3uADM7Zsb0hE22JqOqxxgXeG8D+gJrzN25FaL5FQYNwFEpzze2AXlcF2kvvK0Rk/7HwIYbzgsHsGpI100Ff7sxsPWHY3sRSL7Mcg6qjgMnVV8RRTuCk8nuyMWeHE46BNdHphN/ltxwTlQXmMOPqwlArd63K3H4fhv7VnT/5N4ru2HGM+1v+jlzi6XIz5ccgRzIh0+JTeAjoobbGxMx7HeGzsxgPGuT4VODGB0w0OWl4Wc1MA9DSl6GJhf1I2a8CImMB7OVL++cLkTIzlqxgGbbtSZH7sZVpxAYZORBsWBm1WOliExzZPVv9Ie6PjXTGOky1OJOcRnE40m50ciIm4IRu9luXiJ11SrV/NhbbGKYRcdagxY0AVxhAIWfBHIghcNRO3EWOCtMFi1lBYaDGPJUWEdOVtb7dMtCzbSQ69dx9YOIG5UNVzM7ot5GNzdoEGEwj2wITA0NsPEcd+rYkw1mpjn2zQsNjGE+SWvV/EU5YFFECT14wjMVEXaNDK2QWemPO1jlvK297L094T7YxoRBDmvWOXc0TmpddnOSjLhzHnzpktSeIN4MuscN9rV7wFNyLtcM/YzG+qR/wQTE+MwQrDe6GKMikv5SVa2meNG4uvYl8Q++/GQtc0elhkPBO5Tvf7QwEw+oxKiDnUE6IiYRrjUkTNGLTE4OmrmE2Dpui89a+mJF3WYVyM+tafaeerqw+V19OEa1Qvdw3PhgRi+qSue5xPVro4yTn6KEUwoORMjj510by/XuHY4U+cZmHc3V+HEIPqYh5qha8DdKkQseEChf4RJNP3AaMM1Y/3Og78YOjsF5nXXEYoeHS4lVWY2JEpUHaOHOaAw4s3P9eSi0Lkah84/nU4wHikM+6rlflprYCZljB8LQwa5lOh4nmuIpaL1mxI/y29ToOBAJey1NO7RCWBBe1oWo1AS7kGRmscQP1Y4141fOri4uH8nIm4Ved5KjL7C7LtZKsoKNbQilUu5PJblRnCNUZJSR3C9kBAZhfvkocdGHQifD/8/El618mBvYIeRHAN1lItJjXtYPsHsFbiaNwRODhIYSHQm2xvhwZgX/3WTQjRoSrJA7+1UaTk9rUddHrpQRSf3ib/HFVBWT8ciTQ/NU7ww3+Vfw83B25ZirOQckhjtlOeuAh2/1EXRS0cw6TIvwSkUI5iOJVE4jmS5fOm9OZX0UhHH+QFsH59idFMTeLNadNOMkNaicW3dGx4ZQ323rF42/C6gdTqc+VGxKNyu+BTzCZxn6BU7M5SvfiF2lq6jgeHHmiFSXxFF2p0WKKtH4UOzBOrDDhW5laPWr9bcpxIC7ylZ+kmIwgtmVhzzzoL3wKCjYyhbLGiuEDufDCXq/LVHsXk5UbzfOSqWuz6MiWGppipvul4rzV0ZXaxwft9JCxK9W2IsWD1rbshwV0a52neoK89bh04lOrf99NCM0MzQkyEKk2CyoXtWDGcGccQoM8bGNKW8nCypCLyfPwNUND11CkxlgEplgEplgEplgEplgPrtZIDKDelTxHZru5EZOvT8TzXL/7LZn6LpqexPqexPB5/9aQLUzPo0imDOJy/Xk5f7CbM8oVY1TuHA4Bv86xxIS6cUszN3MZAL82BnZH4gFBpGPo2ElBUJ9Xy03iBVnwMLSqCNQtHWbWwAXTaVTSqVTSqVTSqVTSqVTSqVTSqVTSqVTeqXsWUJ8oB35oZH0v5/WrQ8XHuNaq91UcS1PzhL1+7IwdqYdkdQXvzLzILtERzJrWHUmOYhrmsAy2UwC04DitiuTLD92Z0y3XsFyV5QOkYnSLZE7Qt4dqhWsDtyYCuURrvPYAeyQlWvbV8Ax74vkOWOQo81xijUZxY0YEcwCzIZjhX3pwFkh4Xz1R/aKATtz+CH9LnGpaQEvlare12IKupUwPvmV9Yr8F09b+w2vF7DXqgtLmgvnATJFsNLyeRg7VbDZLog91WQRIthGpQrW4h3M4yUpfFbZEuVuZ50NbTV6XwjCx4ih2rb8ux2JxvDCO7HRXAfFEPt1jtfr/a4JLGkZ9OzYD00cu12e0gT+AZPoBHUsTPpKOLXcRpE4UiWxRqy3zHkzvdhh7EhkM0ascbsKJYNTdTd+M3xubSgKcuCZmxcQh3II0ezlmYU9gYsEAQti/OJTaNwDNNtIGWOYRQmxUtlsii8aBbBsSwK06m2QM5TJykcUbIN0pPHFytcoXm0pUXh00B9a7WJ/B+F800LRqqbseNYJqSFRrqra174eDWm9oE8aM6OD7RQXNdZzdxDxjdGHnwRseAEhryeBycypFpLlg0nsYo0fb5A9HAGG9PzIMrQsncpKYVWrD+cGiiBPKgkX0UItGZ5qs6T2SmsDWvL2jEL2rM8OLXOEqe5JWaRZZFW0IF1ZDnsdGYBM89gnaEwQuBM9nvWhlnQiSH18mA6RSrnwVdGFpzoyqYxSgbiONFya6mV3plhKxPrWXAWO9vyv0NUcbQXexxz+Ky6eNrG9XIzFMAfmOdpQWCAu3q2que4y5eDBZUEMb3PZhacw8rdE1kDlrjacPVugDx4F4qggmpEzoUwC04lqNfmQUOTqlNlQ/NZ+hwtgS8Jth2N+8v4LaEG/Y77VOEQub3DHugzCoHplEIXpk+7WC4T/siOYRZcF15AL3XlgLfyvS+QN0tgErXgXHaeun9FT5GujMKLgfPjbfxg4ErobGmZmq24FLnx+sAGA/0E6rZsTyMdoQV0A8u1cZ9BLDidFEEpCAjFdZtusM3479i3u7Ga1u1uzLNtC4YefKjP745kQhjuVzrdBqM7O4mAQSCD5rIeSsZAWhGk0cHm8Li+jLjnuEeuM5vAA6Z+1tgYT1vAmhCBxfWQ56eTdSZiteM7PBfsVRZxqqw+ibZy3UvvjWA/ty0cKY24xButA1vFL6PZCl0co3EP3hpuxceUbB+t3a65kybawH37t66lLqt3dZvllWoPvszMcmf+rLgPRxFcFpfR0bhV8GCt4bX36lPSM2mcuk7s4UIDLZ2JvcSe5cV71kIhltfdO43mngfV7eb7AonWz32Bg7OZ7wvsz+K9L+Dbu7HVRHs5ahj7K7s7UlvZxPnHGnD+0Rrp9Wsc2Z+NfBLRNvILSQ5cDkHX0ykHeuzXYn4mZIeakJrchXyFz70ZnAS7I/vnq90Rn6+iqmx1ztodqXvuvD4k85N+XhdHSaUZRpN6lsxb+KYmb3k9TeSt3ZH98xb2Q3PXQENzF+qD++Ou3ZGa3OWN83/Tsj4u9lCspm3dX6d4KsGzSTd1x7KI5EFWCGXxcPjWJO7K+zls7IdiYd+lLIgHZ2UfR5Lt7JNIoqXd88Y8dCt7X2u7GVGzN9Dw9F5cv7XZ23dHDs7aHoXcEEqHoCsf9m95Ry/0fYFkq/t6Ze8PQX04wXrQ5XH8amh4iikV6vmppCeraY2PQk+GI2ujyvlnRuTa3gStFn7PvPPgLtWXrab2zaSAJ/BC8HRGze95zIJHDGJY8AYNK21mQNiCTeo0jiM+R53xcT7xnKU9sgrjtEOLyB5jqbKKAGTVKOP382J4X+FsXsAQzf5YS58jtQX8PdrVCCsr8of0PPiI2oEmwJQveKKdfANoO/5ZxLO7aj9mHMvB142nsUOrG63oZyl+HQy2tmqr+z70dn8TVsNraRKqSK7iiM+BwpuwltbVOoXtqp9e+95X+g4AZ6ux63mMVoDLrCzX27QILmTb6XlwAVsVLIJttEUdfS06iB6iT6qHRVrietdpW9WbUEW0PR1lzKVJUuZyKIG/mvjlFcr+70ucG+Ai1osFwIJ3SRu4mLWGbJhCiesX+xY0AcqIyxnF8AdiQVsL/ZpxpeBs4crrzXDOwu4d7eS4TjbQ8DyctBYo2FvKTqrtQSYLsOlK48ZWk1uh0FbN8mfGywbeLhDFv7g68Ku76FEEx6o0bqspITDIwH1mOpxFCmEy5Ca17rWNWuSbsL8bE5pUO1Ly379DaQg/3x1K8Fd5h6J5LHV/Uvv9iX97si/wn96daM02dW/yS9+beLIb1wbaYvswbYUYbK4OFYajcImyYPRlVyub6DYjS1np0BIoYRkNkktZMHAZi8Ll7GqSBX9iUVhmdIOOJAtWGvi7AaNwBNN/YxtHW93gaiKhaSBIrmB/ZleyUwnekmDb75KuynrwoXEh0Tso8ngp/IUh1Y4Jn6/Oz6XGX5SM/ruRBVuhI/mLsilqKYoa4p8MGcpyR4XrqCl5gHxu4Jnc26M2AP5d6kpxfVbIcfnnBmV9wVNAjpKQg0HzEp6guv4mbpmwJtRaj7RQbpbA5fB3Rc9f6s7J18iC8CVMNLEvI9WejqOuC9/kKlYVHc+87OpnQkE8K+vVzMc4uVZlFa+OcXID8zFOdG7kQ0U6uZsh0glmZtd5y4eyYWw4u5/VhnCCGdjrxjgZwzTCycMM82WPV5n1+7OJ7B9u7vaRbCybxPqxfuxR9lgSDoqHl1E3Dsos9c1sVs7msH6smBUwncW5v0KBGMCeZvPZMyyfVbBn2XNsk4X4KKPYQpXrdyZbxJ5nQ9hiVuhUsBdUb5ayUWwZW86WRSpZ1/AK1deVrD+73ilyrrL/5uDfO9lEdoOTzwY6u+wbnU7OKFbFVqs8xa+xFWydQlnZoEoOZq+zSraRbVL51wtV6TfYm+wtlg2IeKIzQ2NuaY288ojqzRbm9eZdtpa9xyrZVraKbmNlbDt7n33MBrL32D9YJdvB8hUuyk72KfuMfa7wUTQ2x1dsD/uafcO+xUzPLjLK9yyf/cB+ZBoLpYxNZIR77RhcZ3YvdipYJ8D8tyOhkgU45RZP44idEeTpKtt5iH9u4/t6vJBF+DCFDePVghgxD8eSUWJm2ok4MTfy8bHPeXXOxvny6ujHGPexV8pYBq+JGZPPBJ/NJI/x+twvhxnNkYJl7GE2hiXXUckwJ/cRfDjbzDL5kTyLN+S/48gj2fxF8jRrxBvzfLaDT2VrVS79SnYsx8zC2+wmvBUcx5tZr/N+am6Gs6UsW+EklCTMSnM+pBoSiscTPl4K8tRmdgIfwk7kzayWfDM7iSPeyxq2mbXiZaw1P5lrzJdNavYwT/SySFvejue7s9men8pP4x34WtaR5/Aqdjr/lmXDGbyMnclHwiz2e17GOvFK1pmfxTP5H/jZ/By+LNKFdwz/ka9hM9hU1X+PYoh2cwyvDe1Gj6+CIW3O410VVc/n+awbzwYv8/RElsv1aHvwjuEydgE/EN7N4+wS3oO/VE8j3lzGb4qvOeBdwzc7+ax3+Ba1BgrZlby/i6fwF17J+nHku6s4KFwUjdNyNc/nf+WaT6/h/fm1/Dp+LR/AC3ghv57nsyL+N76X3eqUxZFfrua3OTlcU3aBfbuT71K5hN3IB/Fi/neezwbzm/jN/BZexm7lt/F8djsiIrBb0xdQzEDur5ar+VI+mOP6uE9RZyhfzUayYbyMDef57H6+hpWwO5w7nVW0xClVYxrlfn0dK3Ve4aN4f9ZElUScBw8zBtGKNrPW/G5ng6Hn9kxexs7gIwFxczL5vc5AxekaKQJRIKbwwa48LWRP8EKFelHGCtk0jnnxETtJI+6UsSHOU/wbexC7zxnqlCn5PpXN4o8z5JPZ/N441/tc7KPvzONPc8zcPZ9PYM9w9GgfxSr4s7wmHk8bjmvseb6YD3M+4hqNBxFJlvDhTj6738Hs888wYo9wEK0Hy5U7Gn1nKR8J+exurpF5lvFsWM4LWSXPZ8v4bLaCr+TL3XfFip6vqJl6kQ9j49lL/GXEceAvKmyNBeylenex1bzYWaM4da3C2FnOX+OX8UJ2k5PPEPen2OU0RNtJfD6K/cjLnBHMQ9gZxfWvfXwiQ7wdzCf/Uj3TXsM01g61ccSIs4PfpdlBlSkf0RG6co28s5t/xeez/ixiMzubc3siw5znI1kJm6ey0zt2hh2113JhJ67g4e7euIKXKb6vvqJ3cZyZ9govoJRF7bP5KGc+e4Bp5J4JbLTTwMb1q/P2Hxx6j86wf5OjUVOyXOQW3Y+7a0XvQaQWD5WlqV3Gmtm1I7N4cmB+LUg9iKPwO1vrBDPiffDQROpCbvEQBrzvscYZLBta2Vo+XcVa20+lnWyfYuP+0cbWaD5DlGYxhLW1E/vUzkZMpetYNkerrY8yUhPRp7GRY09kBvcwXXCEZ9iOfab9MUvG8/FxfDwMH73boP3yD/bZ9vG2xvBZywqdLrWUQelf6NQs4yHWFDoHQvAZxyeonDHe371oDzgTHolNjGnknuraZXYIkeywxCNpNct4dP5HbEASrtMQNim2f/7QSD6Fjs9ddfGLV1cilg/yC3II0qI27kCaYZ80X2heqd5iIm/g8+q8gZRO5g1dZ03uGGgkcwfWVjd36PFo/ujP1kSbcb0mN3GNMdKIoxa8NpqM9aOReB7nwCeqGcIMHDebI9jcn6Qkov2gHoyzvJkNcYazDdFktJ83ohXszWglw9sPH/mnfbx+r3ZE/qmO9nOEk+kkogEh+k9/9kc7n41i59o3OVq7as/b2ufZxU4ZW8bPt5dzRIH4XuEzdLMnMdSv5/Pudq7SCivdNbWb97AvsC+0e9qIBneCPYMBv8juzy62NSbQePYkRzygPvYlCsuqr/0Gv9SuHRfoChvPFHcEtdb4ZxsRbZrZGunvSvs0vpb9xUadrZ/dUGFUtYK17Gp7M8u3kbp/ta+x+9uX2cfwa+1ViF7BrrM1nlCB6kuhPRJK4vyL5RvbJWoXvJEPV4hBGinoOraTekhBf7Y1UhB+gSeNG+1xXOv62TDIfi6Icz7QOIsjcpC3O+EKXsP7s6AdtfUK/7s9WHGaxgUaCYg2kVhXGUMuQ84fyAbbo1i6dZONOuvN9i32GKc+v93O4Uj9O+w77RIb+FDWn+n1UWrXR/Q3W7elVwNKj8HsLnuImoMh7G77HhvRp7zT1xB7PitVfKa/R/SQ++yhdj4bZg+377dRy8N5mMCusR+wy+wH7X283B5pj7Jv5IhShlTOZ3faY521bLQ9xi5jY23Ezxln92d328MYcsUOOzP0NHvIRvysiWpVBeyH3Z1gLR+vkG4m2I/YE+0ZbPZ+tNsN/HWO/Kr1EK0PbeJv8Df5W7yCv80381nsTfdXBduivnuLv8Pf5WXsPY6IiPhkG9/OgSci50znH3JEz+nPtthY/4NKY3nYPZ0+4dIHZRW+3cE/4R+zT7iHPvSu2rc/45/XUmd7PtIZwp6M9xqlyT1q9ta6/cenY9js+K7xOcxmiLX2XnRrtIu9y9VKSu0v+UbrC17JxrMcuz3/p6pRI3l9xTdaezjS5muu68SeosQZxvqzb/gl/Fs+iuSzcWSj9R339Aldg3d6XMuwn/gE5+4zVsa+5yPZWvaDOhHtScsJYSk9vhy7ttF55bDMvzPSf9iT7Ax7FpvBHrUrFb1Rgmi8qavYY/ZkOxnRZqr9CstnsxSu1ESmkaU0YhBqBfmuflTJxjnD2FP2clVTK0B8mzKlJe3js+zZ9hx7WeRVdj9fzUaxuXYlm2fns6ft+bY+MdzNnnERrNDOUGE/q3j2TfacenoWX2AvtFHDX2RXsuftgayYPeQssTfxiW6/ChnaWYao8b5M77GXRTZaiDbZno93cF2NYh34eXyCcwx/xDnSnuj8w1lsL1FjQIwqRNvRe5m21gxhk5wJ7FFnAltFH3NwD5/sfM8/Zm3txx3Er5ri9FM03mfj99/zHXyZjc/LGGJc3cJW2hGb26vsF+072Bp7ra21LL0Ha7QrfPpccJ2t19d6JZUeZ3iWy+VoRcEvBym9u4c9hG1QsuEl1kOhIb1ub7RRwm+y37CfC/pYV/1ZsSvVmL3ZXp6gySByFqJkPWq/a7/O37O32jn2SrbNRnn2NHvbvottt1sB6r0z2Qe27v0brCZi1hoWtD9QI8JaP7Ln8yEubtYmpUl+bO+wh7BP7LO5h0W10/7U/oZ9ZiM/e9hZPnLW53YybtaX9kpXVq5iT7CJbBxfRf9pI3rbV67OPMfeY/voWd/YiJ91DP/W/s7exxFF618ujtYwFrG/t7F3N3LsL/bxB3ufwtfaZ4OTiKiFfb2LmU4Zw1MR7gieluPhYgWc/jYiYxWyEqXZ4Y5EHctpBUOVDjFS6Yg+upbeXeqq5QiusbX2X5vG18JfGl9rr/2Ni7CFdoRStetf5X4RcWYz5uQz7vTguRwle7r9GHtDWdkq2VSGiFn4bw/uOBkOomZFnYZqxoTzXDAbpIPrNObUd3LtfNbAQQsgai5HOokoWp488E8EiKb1qH0Vy3IQSWsa+53jv/NsHhNZtgO8kdPYofYEdpTTxPFrAv49j9hN1RhQ+nnYW82co51jnGMdXAXHOeBMZMerc3qVkpVaOs1l+QoPubnj2C2cps4JSnv3685nJzh3sYnqBHCd3cD+0A5YGi92W/QdXso+Zn4dV7GWzhQb0exQzrVyWjsnOxrBqzp+l7bd92MTWTvVaw/F6++oxSWMHr9CyaKxONs5w9j17FTnNLXbdXBQavRnHZ0yluOc7pzhlLEzHR9BuZMzjw9hnZ1vuI/ztZt7OF8X8ZNs1Hc8lC/fyqryYrICVsLOdr7ngmPfEcELJY9G9kJbwWz2Kuvi9GOrlQUIJd8fHUTi1ecyxLV+NnKus9mVYec5iNfp4YKN46dwxAVDm5qd/oY9hF3Cuzr32xrx6zj7fOcehSmIaIL4pLuT6/RQ54AO/ALnQge5UWN/aVSwruGejocnjchgGhFsBBvMLnJQMqEeM4T1clBvP02teI0VhhhhEVvb9T0/s2nOLxdhov0aboB5gVYw3XnRnOZ4GeVyYK5x4PgTnekE3z8a7qaiOTwf2bqiT36OTCohFV+CWYtIgk/j8cY0pxzmGBSmG6F4tEIreNGc4aAXeEfllzDTwQxRHUhTQuFJpyV5lnQggrxL28ApxgyHwL+gPZxCCs1u1lMOhSJ4I32WM9tpAYJUklJoYcxx8L5mqkGhd7yNOc5CKDAkVFCMJiCwy2oDI0h1H/4bIyHllVy3lz6t5uePnurjghiz8iStGQHSkrxv2qQVvAKllq282TvDwcVNUHUntZZ4Mz/Nqd3/va6ojWidcRueT7j2j/Ry4m1VI6Wuh3ia6qMZyIJRcAuMjUeNWNViSJqQEhgKc50COC9N39WvpkgvHVFiwaeG97XX1m/V196LnsI4Jms/MVSCIR/q+KJ5jo53DcOtYQrfBLR3y7Sw9ob0OPdQ4pts8CKb9G1lZjy7wr4AchK+XUBrRjvVHdk08BeIa/L7mxjZJFVvr3WpcKBIg21G7bED0VqjB2pGC7SPEOW75Xvh1xUzkPiNHztAVWacSxO89XUW4P3FCmD/nnZ8D5oyN+tPtutJoVfx4cyAE91vDpzfsr9//wBGPuT9v/H7z9uP3//wEEqetvRLuMI4hVpwhTHfOVAsQN5+YgEOpr7a4gN070eRA8cHWDCJXA5RN9JX59R5NKZ/J8cLDI9HC2h/9VGktuiA6H7iA8aRwxMhMIkcGu/VFiHQ10rFCFSPEairloPNv3N4YgTCMNTUPsotiO+PL5WGlqf88A/Ooz962H36D8Vbv9UBvPWfcTnn0Hz1n4FfxlMffbifMLJMjL04sI8+fr0Bnkh559fhna+5tY/yqk38GuUM0kx7qXeHwXAS5BgWdDW0lz7mn96uakLtpg3EDKyhMsHTH0dS0//+cHjbaz97PdtHm5vpYGhMPM917S18eL3SfY907W3ueZdj2/+Jf3m0Dg/zRH1Z63xaZ9b+3QfWTdHDWstx7fOdGKHx3/T6nmsgd9gGgaUkor6bYv7veNNrL1n8tZeeTaSWLiQKj5s27KNC2RT20fHmM+Yclc35GQff4VlyKRBLUz7RI3UtvGMMNPzc7vgeM7sT+FfgJgiBYWW5KAM94ef1hh9o1PSHj/5smYQO3hf+cPq/nwPJ/u5eHuufM7v6r8Pr/VwlPa6NZ4T0rEyYwTwSCBJvLv2V5smVlYriwyGiEC+6/dSjTmnZ8GMgAqvIJ+lZytaXqU66ndMqnPhZn1jq3LtRZcYIkevAgguU9mZbFBwLKdhYzTjuzT0hE9AKGAVBMiz86kLSzWIBlLEjVZaYc1RO9WlOGCjUhx+C7fz4r0ATeNZ5zsFenmnqnuG5doGDml4edIUsWOhshxIViYn+516OdaI0lig0D2PZSQECF8PY0EKnU0TXMsDMMjWdsl3drJGrt2FsaH86xW1tK2xXX+iWonC1sUj9vdBZpHq1JoSRU50C65XEbB7GrBfPk2ed8ebzzhzzXCVBggR1BF0D2oL9Xi4EfxyL4+Nw+24RGKZGsNzCM/0Ms1NaCSx2orBYteyNJHrQY4nCEmexM8CUgE+mGFF4wVnqHAWE4vljqrHMQe64WtkGk0cXhYZmltuunrEu0JIsd7CGRW5vsgIY+7YqWOmscCwImyudkvBn9FzXxonrqXkY52GhY7k1ybg9A3MdVPwq4iKiv+HICG2Hvp12IPoWxZ+J6jcpmJnnTnWfom8zNhN9p5IHJbRUaU/6XmW+0ZJsJhTOpVNhbLX7FcO9X8EvEIcIKVfh6jyaPlNV7TGon3DzUqGQiHRUYp9Ac9Nr3/t3AuTBn4wraZZbUxHcTfXdSom5UJXdRjpBf5WdHJ/PNFDXwvuX20z8SuftLVB3OChp7qGlEIIlgZGkNylFJAlKoW+clh+QzeQeGoJy8wOCrZeqSHic761wp0ngPQPrAoUiM9PIhsfImzCZlCS0hzWUwomk3OwQGEIp3Ed9O6myOhknB4bSYXQM4BctjOHKTlhK8BmWbaeQNQpgD7mfRmGmIaGLiV9m0FMoUvUG99SP0v8B0gZG0O4w07BgprEIcqEVPEAtCCkKPOKOpIwiP+jf97h5O0uguYmYGHqUeepeyR8Znh5mGrnwtBuHuN7FngB1P1aqVuPXJmZg6WNmKVQbv9UpZhEY6rsH1dkvR1HkAuhNxqscNB6dipRlqwuMpAQucHVobHUhfBVoApMJWiBG0UzoYz5hDFMZbrz7tJlGnpK090IzGE3Rvj+GFkF9SKOYCcaCy+hYeoOygmHLaBdgBoEqYyuMpkebJxFNFxytT5nWRvJ6KVBa3HCiz1F4p1fbrZxn/a5ZtiAhS1yBmydO764nK0tFhntCS8wQd6pLbRq/59sQ/+IhpdmsMFvAKJdOYyE3XgLvD443HqYzjfIE/l9ABquI68SbEixJ3Qxx+NuG8XQCfYROVCepva6toK0BSup5tdxBPF1Y35UUuLclugb/vgSzx2IvbPg68Bj1v5hMk29PptFihVWibcWoWRTG28r+6cRcGSCA9Xi7nE9pPS+PxRpZf6U5CqshB9qQYwnOY2NrMSlRcyGhkmKeWa+EV3e5mxMQf3cPnKvwlvSOchpMp9h7CjPoTPokHQwMjgACDyvtqhSeohbMoonjj7qyZS28BgMNPIWgNPFa0jbBctgKmIM72z2HzqYjqdY859BcuIIsNpYYufCCsVTtQ1pLXG4EyQqj0kDdEHvagcylpxMKZ5DyOG4UdU9u/qrzZhstiIUJq8m7tcT7yjZKEs5VuR+8O+uoutf0xlSqbi4pZFtYFst9GrBgHu0MT6o9YCbmeVJnz1kuXyMPlyfYGqvfC+E3mOUM7zvqJ/RTz7nfT+pa3LQ8yIEF1Lu9RcSbYeRpem9A25uwxlX0tbTaMQfR2pg8S9qiiW2EknYH7EdJ3LK5gJSDDa+lJdouky2XTa1tSpOboKiQfKNZBA3cFYP0QIl0V6AAblWZpLfAfPrOT3rBM5SqOyNcubo85mR8jCTfpqJ0S7xNPY54t6nNLI8zy2Gw8iPopvbPhXQRvSfwvKpjMV1CqaLpCzQLlhrpgZXKLi0InlKWUjyfIO8spxK+AonYKfRxYzCsULnzVtJpGT0TMEI86edRvRC6QB6UGhNM5Plra80hVlDHTWAfdRt4IvHuA7u7sry75imgsM2VSNlQaGCuiSsg9NN84C5N4Q5Df4EywXuq10Ridkr9xOMs3Ze/qawCeKrDPX6sa6do6crNMtfeor+13fX8Ms1zb/BepaNhneL3LWbPpJ7XvB1c484vlsEzcV9oR7SFDik+HnM8ADHCMBksxeOvGD0Bpbn3vVd3ZvzJa1RLkUR+XkdHwWi407XPvgZ5sN1YTzcoqVtp/gj3udn3kJKvU30Dgb/PJivMVvG3fmu5NWbvc8P7CuvUdeAvPDnXVQvOJH6Tq06o2KaW8CjbG0GlqW8t/Zudz9FKrGxVgyBILGhMvFsU4vZ3PbQl7chG6tsycbX542kEm6g+vRYknF9DAak0GG2FLlI7rQVFSZLGhjcpZm58i75NLciAK4w/mIk2agJfkV0gQbj2tjz4DPJgFEHtA+2UG5RNBbP4baEo8bvH18d8KIUy8x2qs84uIO/SwTCbJFtrk3kB93dvbyXqBKLtKVk0kdt0Xo/bgMKXai9KbDO59vAh2oIteJ/69uXqVuFwglU4Ez6NawyLlPTR6xAplAODXCu3bsm/t0Z9exDsUhZkb32j1NsLI9Wd5m71xXplh/vYvSmIuPP0ibKB7KDFCXtEOGGGvHsSyy2H3iOYESrL1Lc8eAYvguYqb0OBQgrx/vbu/PJgJ3plUBKXQ94t0ByVYWZvvN3d0Ao+p6jprjdHA4U5cVr4M0GVX8DX8btOXbN+h9z/uFobPk/9H3tXAh9VkfSr39GZzDDV3QwMioNBQfFABBVFlPVcD2QxCPk81mN1BSMRiFlAjLcBNXLIIAERMeJ6IHgggogXClFgVYiCgC7et66KiovXwmdVv5eZAOHwWnXn9/0+N7x5r1+/7urqqn9V1z/s/3mM1y1zxoAP5Q5ZZpmxIgt7PEs2RbpsCxWwo5fpeRF86pdR/V/o6U6BpRCOBo3uJa6NA04JIsKhLGe+s0DaHK3sntm5otXcC65w7Ay2dXYS2Wv6I65vsyHzZQR6gIQOHqGcGRvNRoE3Hpns9uz4ROCDLYyK7dXWahK6m+KxGWaVwnpvpZhLuKdaW5VyO8IrG9somb3Gat6Pg1w8WiWr/VG+3aOaMcp7rLsv66q3+b/3+OGuRaM7wKl/zz3+224B57XZ7xxRZ4Pe4SY2cZX0wd5iOGW88Tc2D+xyG3e03DG0y208qw31LRvhfsv5LEAGHhClQPZptr1PI9Sxzn6qBde1a8mHqCA2UEKXPnc+9zM6LdROFNE5nv3ZkFd005Eduqd9XXSnI3u5m47vnAQxsanojqxXc4h252/9Xd24T/0k7fmCoAiCtTEiIESm8lDY381Fg6y/sB/z0pIfvCvsAm2C6FA37klLcbG4REjIxIkGcKwlI0kNRYoyT+7qFgUjqjfqcTSrx6EuC8e/CcxmfH554MmV1X3TK+J4r9DrAD08IXxGdwmFIWsnDT7XQKJeHsa7RhiDsrNMqPt0UT/OM4AjPaVZ1iFFeXZ1S3k1hAjCMfCQWxhYVOO3KgZTCsD2+uajMP/wM1GY2zaKwpQGcZgB9aqX27vaOtfWoRtfOlZvyCBeRldtxGy6IOuD0MjDg3GhOFMmylQm2tRZZBQT6ghhvaYNow8Z7fQWR4UeFTVwuBeDtZ4vJczwFwTvHQhPwdMwFL502gLl76U2sssIU+3qZY9DaN/6wTuXB/l6eZJ04wUssRmZK4MX3Iik2AACbGQ/ZKJC1hJ+2LFRoVZwlNgw1jMehnEtnUJBaH5FcF9Utg2eRojJRBazLn2FjQp9UPc1hIPaqFALQTJlI0M0NiKIdmxs3TUcnagfm6gfmSBruz4CvTdjXpe7FjMlVH4nQViYvS7gbmc8NJE+139rKm0de5sf+O863lq6U0NSWk+umaSdZTtJf20v66PJZWwnXOcUZnndkmPstsIbXWsuWzoWw2gu6+PM9RHmjlAfYd5bWITZ6iTrq8aghRzHnOjhF9knQ4n70qdW6+9nEXhQZPBk+qJV9dgfMnjy24lB/pYz8mfHf92sDzkG01+GwfS3xDj6e2QQ/WGsob8EE2iO6fO3yPRJOQXLeJ+1lUzDfOWGuRQbZlGkSBq1URjdOIuzAro7hFSHNZ7Dyr2UrVk/d3PL/II/hlkwzEirgB1cmxU7AB6PFAYr+X3pgyOshf1nL8URsi/cfqK9eCFOtv3SeLO6NUzr4gRG28uZ31PA3fTN8WxJQugFdzkxuINQl7wYvM55iQPFi4E+Xh6nlmhun3RJ43wOabccxojWojyIB9zGftRShypXr5Er4ivjKXiVfZL94QUpgt8ow6+G88msRIfZfhLCWqth5DuzV2Odj3YGPAkSdqiLxNvd+21Xwld+kDu8yfqtPkfZd2c92lgQckF9oX3+cbYUt2Nd4Lq/vjqvOZa8n5clL1ejNcdt9+vgtiP/5krvf5PTLufj/DAfpyH2YZsNsSV+vJzP9PvwmbaGg5rOavxYDupsjulNt0cc02/6Pw/H9NZwR2/pK38a7uif2ketFS8BxVhasra8hjngc37r/6rf+nN7rT5knzi0c/7DeIR+Gf/3h7Gv5+fY13Me5Q/2KHOeZM6T/G17kon8v0ZzvmTOl8z5kjlfMudL5nzJnC/5e/AlQwbmtyRV7PnhnuS2M9xOENvCcbu1/LY5zzTnmeY805xnmvNM/zc80yZiNJB3emhQ0+9/zzsNz2XbU9m2lh2dy946rzWsP7tlf3F1nPwxquP6Vpy+5NIY7Xq2EuwRXF1WQmfw6fQOUvWjhn3I5nwuZiw0xSfY4j4c6nuVmVquYVXazXuUW6puG3qUG7a2cT1b+tYk+tAMJWyH26OE5thwjdvlcsYvUOW2oXEh6Zstsr3/vKBCc3gil0bWr6u83M2xnqatsbx11aStR52xccLZzn4y9LOplkvLwJemynJrya6Ok9XT3K8SmTY6QwJ2wBS2wB2RpOxt+MBZ5hVgS9wJd8YCaMVVby/OqjHcGlOwC07IaoPmelfc203AOo9qfZC3P0toPwFt0L6DvrQN+jC57qnmmICFbhnshgmY6m9Ywbs+LhBq1ZP4JPED/t6SKiI1kw3X97ar5IHYHvxNnbwi2BP38Nqy9BzBM3Cjs9Ypgs/iEvZCktkiaIc0antjAbTH2XnWK6aznAjL84sggeSd02nzDlgCB3pU57xGrIkL2AeLuM19cT/siPvjASihExbBgQ0+0Tl44j4xL94BDsKDsQv+ASWgewgeAaVxAYfiYdgRJRyONHpFMNWnUS6CNU4K2gU6ZjzrMvpOQlMkr9gjkN5S3UjCkXiUzNxHZzwJwwkl5udDWn6vlcHDeuvh+g1/J8msgMm+hK54HPrB6d1u6MNC7091b/jOoXVwhLSasYBllGTxfG+ZQzUXyrdYGVsGKNUhQsIfRBkMhSYQrbNPqHL2fwehCutpb1xHO7vCdohAdcdfc93NbERoc22HtTI3rJFpUSQagZ2CihO0I54uae7pXHQZ9ESqkXkCLoiUwZt+2wba/7kxoyZIkmHraP1Y7Oi3Uyv8f6VGeGwzNcIz9buz0aXsGpI/RZXkzeFM24IyfcqYy9YhTVtXd3lbcab6VZQHOZvHnBquoLyXvJ5lYlvqJ9Mzv0wFZZqPo9kjohFvCueLLddRrv/MxnV96RQijZY9iUh+1pYr/W5blV/qwZCg1u+PQ+yOyCF2DSB2P3XN3N8PXvdja+7mMLvfdhXdAwUhdPTu10Q3tnrfdXoKa2eSdA6Fs5FGrU3sT8zGMtQ5m/fEC50UvAEHi7PZE24lusvWHHn5i9M0mgq+ilZAazFafOKQbRZahcuA/j0UHnao3RcD7jArPwPZayALpAvrtXKwsvRbqJH6+62QSuzerjoUBhjLANgHz8FiPBf7YF8swfOYg2+5HICleD6W4d+YqW4gDsLBeAESP2A5XoQX89VLsA9zpFruz8twMBbj5fimV4JX8DXLQVqCw3AoXoVX4zXYHyvxWn7DcByBI3EUXochu2cGFSV+zDHBe65nNr/eOBarcBwSq/B4vAEn4I04EcdCZcATS8y1twSc8mPxBpyMvbE33op/x5Cz+PYspvk7sQMQU/ZdOBWn4TCcE6nAu/EevBfv43um4xi8H3sjcRDOYG7eEuaH748zcRY+yDyXD+EcXCGJq7YKH8EOQFynj+JjWImPY6nJcBlW4Tycj/PiNdgt9hT3lbgszzdlpo/+G7NrfoTVONAU4yDzqR5sDjdV+Bwuxlqci8/jU/gCLsU0LuMny/FFrMHluIJ5uy0350p8CV/GAqjFf2KaWeaJJfFVvIB/pd68Uses+BrW4utYg2/gAv9NTONb+Da+j4PwdbwFa/ADLMYPsRI/wn/hx/gJfoq1+DleiV/gGgw5f0vwU/wa0/gNfovF+B3+B4npEFQaq1Go8D0OM0fOxsMhzSygNegpX0mVpwpggR9R+YpmLqqINbUAGqlSjKvKLAbI3ohKKa3SaNQ6L42NVQlartWQBzahirGJmo5NVVI1U5nnKnE7ZZljJ+J4rN9GDRKz7PZqJK7C5moHlVIt1I7KMgsvFDOxpdpJEWf2FKwNeIB3U8RN/KZupYgznHg9e/OIjsQnA07Qiqyx3FNVZvWwrboOw5m8RV9o7EiSJKzCvVQltlO7yL3VKmyv9lJpXIKrsINK4z5qX0WclB3VCrR8wpU4L76/OkAVB3PQSR2oOquDVC0erLqo5/AP6issgENUGg9VY+G+zTBhH6uW4DScwv0PR2xOZBq2UTOwN5ZkjVZXFXKezkYam+NUNx7VP6li7K4K4HhluUGrsVDZr+2hDo6l8QRVgj1VL1WkiOX3RNVClWStunJzirod/6yIG/hUdZoawZyyYU9AdYtdbIrx5NglLLml+FdVwlqkFs9WNdibWT77MG92AZypzlJj4RxVrM5VVsL6qhJ1nuqnzlP91QBVqs5XxVim/qbW4aWGpGyBb5+4zHRRdmQf1peb4mCUK3CwukANUReqYixXF6mL1SUqjZeqy1QxXq4KoAovzffUFVkSfo56UpUrkutreWyGq8U4FkeoNI5UxThKLcEKvMJcaRb4FWYof1FVcHc/HGqeUcQB3Yqf7KSOVBNVGoeZoYo4RFfhPuoqs8yxM3uoSuMhaixcbSZhc3UNs8f2xgL4u+qsblO3qztUeaADS/FOVYq3qCkqjaV4lyrBGXgLViI9+ahKY6W5V63VF+C1ZrhJs06egvep25GkZLq6pk7mMzK8Qjra6r8H1EzmbZ2lJuGDaqH4BKpwtnpIrZBzVDE+HLCrP6ImYUdFK+wx9bgaYd5Tq3jdEnPtXDXSFOMoQ8ytD6LQ15nRJs0ssmMM3VMAT6qxUIxXqVKkkZ6nCmC+KsUaVYzzFPEZP63mB7/R/bWKZnW+el6drkrxIlOMpSjUr53t3TKpW3524mafoD7P4l//b3C0V+F/VNpcF/RpnaoK2OPXq2pcp0AL7ehFjVy9hBmEPe1rml+p7drM0xFms83XUd1NxXQjDeqdhK/TOMSA6qLfTaxWa9QsLMG4Rl2glK5mvt+xSPzo1LbRjXVC16omOlt3jQz28qdUmsduQ10Wfi0xfQ/FhD5KVZlZODpgcJ+E48x2mjQXtbI9c7d/y3I9V43Gadg82lyTDBHPckbaQ5brabiL3EGndAtdizsGbN1XMXf0Tpp0zSQMUcOddSttW+uDrXUad9G76jS20SVYErSZxmwNOItXZ+b91bib/kDtrnfU1oaZVtcH6sE0XK320HvqtnovZgq33OsV2E7vrUPG7/B+anFaFp91H9xH35u3r95P087ZkdsnC4bktRL319l9OkAv8DvpfligCE1boZag5TxPRyyT8pGqsyYu8YP1Tk4XXY2Oehir8BX8A4/NIdroQ/X7OI1tj8O07Tmt+CM0cTwfqUnPvIJ2nyW06o/6KL2HPlqX4LG6GKuwq74oYHufp/6k56veOANptiqxu56MZGHNUsfrQk26tybo5WrVQ5+ge+pezB6+l56GoP5Pl+BJugCIUf4mvEedrMfCKfrPehreh6fqleo0XYGn6zRW4Yf+FZFVeIb+i74OJ+GZmqzKKyLWAjlLF0AF7qItm/NfdWdVi2dr2v976xaqjx7kdIBaPEevwmJN1sG5uq8u0afrNuo8vQDT2A/76QrsryfhAO5LqR4LFXUSQ8/vpCtYqwxWI/F83UItalSm/6b74Uf+QE0s3xV4FrPJD9J0RwlGdELbkbtQl/NcFcDumr7uOWX0bBzMs0PjPgjLdRXmy4s02TEX60v0eNNMXa67KBrFK/SVukKDGo4luIemGRqqm6kSLNf2DVaGaE2U4zBdyWNJvPNX687qGh3a0ZV6VqDt7P0XYC1eq4frYhyhR+pRmnZ+Gs9J2FeP1ml9vV6vxuixukoPVg9gGmm0ivFKfYOpxXF6vE7jDZp00wRdglfpEUizS9zmljN7JVazNHp6YrBGatVNmtbsJH2zrtbEEN+wxXOLnqwb6/twGt6qa7jPJC3ksbyPffDv+jZ9ez0++Cna8qbvIu/S1ThVT9N3a8t5T2uqONAuNTjBjMB79XxuqQMQc3qadcx6dZ+eru/X8+LP4ii1GKtwhq7BB3QxztSztLU0rsIHtV1f5FXM1g/xd72Ec/jqkeph/Ygm2+BRXYOP6UE4BG80c/UKVR30qxTJq6rk1fQP/2o9L75cTjTF2EndZGjsq/AgdZyaZNqom80OutrcYh7Xc/kbiMWdWNKtlrC+WSVONpPwVjMJF/h/N2msxNvMt+p93F/fbubrGn2H6c3jv17T/d+qD9Q8TdfT+JSm77bc6gv0Qn0FLtG12uqoEt6phL7TlBu6OifygrY78tJAXskGLFTkM9GdF+DDuKhRD12Jy1h+FmEPRRztL+rlmlbzCr1Sz4ko9ZJO48v6n9p6A6v0/CztXYMz8ET1qr5Vv6ZfVK/rN3QX/TS+qUnaZ+I/9TB8S3cA2i/uxne07fdKLMF3dQYZLEZPLsGIfoe/hVp9T89StAZm4mhcwRr4ff2BrsQP9VHKzuJI/Ej/S6/FjzXZC9ZaeE9Zb+VmdTd+wmv5U72a5/kz/bl+OlhJC/BOrMYJaoH/hU7jO7gm2Gvu11+yvv83/3ut3l73xjbqK/21Xq+6qEP1N7qYtfcIjOtvNfVusKL+Uh+/0+vxP3qdXq/BCOOYcJ+gvg5D16SRLCnSF+HOYeV7CnqmRNdifyzFCvTNaPZxfSNNBxiOM9iL433e1GLU0F8xswIPEOv0WizBRqaSfYWhrI37BHfEzXREU4zK9FCFilZqvv47rmT/twanoDZp/t8eypjGphpH6IRpwWPcxMyJFEBTQ2sqaZqZQl2M2xnyzbc3zc0OZiDtJrplvbWb2fue1osa3ar7YMq0MGm8C3c0md9Cv6YaCwyolmYn4+tJuLNpZTItgfpWxXVr/gaykmh8emMH2MXsatqY3QxJ7O4GTDXuwdb4c2xTWU0yA4uR2tnTGN3WtDZ7GdKnmbaLcS8zDKt5f+ynt9PvauIJfjPxqhqK72Pm+T64t7lDtzdWH3Uw+5h9TSeFegxLVyVOMQPM/iaDo/XGajyAe0yrcoEmnCaNnbK+nO4iDUDr6mZ1gBmB5+OBpjPbsQcZWt0leLBJYxfzB3OISeOhZjYeZuZEqM3DzQOqEo8wa9UQONK0UNTWavYH/mhoj2+vFzUaxnbd9Cwv/kl+J2EoFXiU+VY1UdT3KtzfJw1xNPeevIHp+CweY3rjYvbwSEMda0oxpqz1MQInqIfiXc2qQNccZ67GyuBp+pb91NEmjeQz6/yVuhL/rLqZUbqG3727/pO5GrubYRjRlXzleFNoehja1w5SJ5iehiTxfFWK56tOqhIvzOsW62Xszt9ZdVJFhtCN59R1WI7/Z0iP0J5UiScaUNXYmdcntfocnmSMjuvss3DfxnMcRDkOohwH0dZxENnV8kMYiDJP5viHNsc/9L/LB/Tf5vXZHKvPf5df5+dn13nY/zWx6xCrjg+nMZuAZVbIMer8PIw6OQac3wMDzrYz3fwvMdxkZ8GRXhhRj2Mgw9zya2TB+SV5YJoEetOOyM/BBpPjf8nxv+T4X3L8Lzn+lxz/y0/P/1Igc/wvuXpWOf6X30b9qc+APPy+P6IW1dY+1zfHG5OrmbTN9Xephb5baKFvgy1sepZtiz90nifz01s70yT1WzPX/o+a4b4/Yo77btUs993sPDfM7tOX6zz83NWSM6f3qJ90Xu91L5E1Arb/dDpxSXyUF579ticba+OELBxed2XLVan6BnW7cqxBOdagH3MuL7M2cufzfj7uoA3bs+t343YOz532y1Xo+s3Uji6QORainKedqxy9dZ57F9hZjmHP7+v4N/Eu0Eo2heJoBWumsewNkzVJT9DKyvn5P9bPz9Wn/m3Xp87hKjlc5afBVYqgg9ejTmuTdU26uGkwMzbe8V6CfIab3fq/0lqwds7JuDlZkexz2PzZpW6eyGE1v26s5qeqHu7DbxX1oQyIXD3yHIqSQ1FyKEoORflvoihviqHJK71hSR8M5tCUhtAU2y87StS7o51e0AyuSg7mLxDwf87VSQ/+yv5TCfxfPT3VBCjDuDBqrQF6m/VV+8szzdtAOtlGQAo38I65PpjXFDrF93A+hTHQL96M1zzp/O888jlG1HnFdle2o3BWgDA0jO+E2E4G1bE4Tez7FbyEx2ZYbKpYHZcQ2gy0Osd408V/C2npAmM2moN3N4FpbIhkkHRvDoU5IpCt04TeAInJfvu/xECwFmm5szyf3nBNsp1HnuS90XYe7W43yvDEgdgAz+jCp9J8CHfMcLck69jlvz4L5IF28Y3RDDewSTMeU4zH3ocVTh4M8S7mKFNl0krBhndZ7UP/utsZG8xi9tmB6cJWqsx4AHROj6zmVFA3tO8G7dqZ35SPEAuqvo0HCcd876F08yR85qVgoUP1ZMnDfgPK+U150XK4Qewcs/7qplqfKiUs97e9devR9hcBNgQn4bVJ0jJczRm2i/twNSzzhienufTd17BnF+EzZGG9hRHJ6ihlnp3Pe+kY71GIiGZ11bJ9trJaOm/CEVxPfmRSsqYNz+L0glFJewLPVvW8LahqGguePYJ1Ac1cOG/2SR9WilBLHB34mJkeZPMNbexzFUAjkakMm9hmL4L24CgsdY5xqur06mRZ4HYJ0ERr92T3OeMtbWr26JmbQMC13Ot3HYpFVmX5JDbT/LqkrfJqrSZnE/aXtZg+BMy3fem1iZ6EPknRRn5hL9b1DfXhjAb60Jd7YXvYFUYnQ5uu72Zsug/5/dbHr3+VrFjSWdl+v8kPd9EuvEPRjB3nUGZuIZ/PbC2a151Ysy3QPhH93goezSfvYiKRn41NJerQqeac5d6ZqzRujLcdB2c7Fmmncx0W/QvH4zTxnFsABeKqPAmHOc8mOkvrpVE0m7yeTNTavi/c622Ger4gmzQG6zeIYtc6lGtNPkQMGovThLXp+grJWFlrkckDbg0+GKiBddKeN94LJHTy00kfKmI9fBrNNiJzyq4wsGF/Pq6mBeIxmW2BU35uii1tso3KONt6TDIVWPHjWWNaK/6JLOuYdqhtt483zo6ubyFbjpNnZRGs8z5w6tvBOwe10WkfKxaExdOqXubtGxEwSNhc18FwfTL0AS7iE02tRQrsruqzfdFL3hrIUE/GME6p+51WQLqRtUenRh9gWZgVyK8TZOnu75O/fL/ItniLglVgbdhjeLysFWufWQT7+WTF7iYSsLtIBXIZ/nKgOJFxiWKP3k9XycKlisz1LdxpAY8sra1rYmOTZGmmGxXAjp61pmjmq5IJuJzllNC84xy7Yu+OFvNfdGbdtrGdk/E3NHSAMp/GrrOXbuTDu24FNIMP2HrvwuvX2sxThIDXWad+GPXhCdfWnrYZ16+D449Lko6RsKdL/bmnHuvtpj2ZML4T/t2FEZ9mMD5JT7XmkxV2rewZ6OohXO361byIsLsm+QON5IyoE6yMMbz/+IFe3yd6oLCnX6ZGp0Xvjt4T9WEy3ObYng2BQyP0xaQzbkjakQrjSzkv7Kfywm6UhMA86N6WnBh7Ht5yFgn6b43zPNyeXChedQY5bzmuu1C85XzkhzbKwz49Y6/R/7nuAp8QHLr6lnO1VwRFMMjx5NWefUc/r783xr8jGcbNE/k5Ty8XN8/FzXNx81zcPBc3z8XNc3HzLXE4fwLbHjXf+PlfMmaeyM/FzH8dMfNfJ4d3Lgafi8HnYvC5GHwuBp+Lwf8auMYLZI5rPMc1/r/HNV4f9yLZO9fvwthXF66L2VGEa2Unafeix0UF39cU9napdqAIuLWtPXSKWwZdoErc7A6GMhjBvkMjmOTSzmR3gZ1lqMUniJude0UCdnVS0ARTUMIrthCohcJ6vkZPsbEfsnledMnfd76oz4++bWhSjk09x6b++2BTf9j/vfKpL/BzjOrbwqge4slNkPLiyPNYHW8OMRjF1ucy53hsL8AR0NgvxB6sZSCvDPL8cndknWVPtQ5pP3/BpTrS9tpOzk1+W1gSFfB4I5L6qeIFl+oz0m+0a6xrkMk9m+O9SY7X/b/A655jcf9fZ3HPxpfJMtzcs6vjm3o2e/6phcz8V7FnMUFsDlOeLDJ23hkQCTK6ukCPzSDMh0JB9FRZVGezUu+7cP8KweaTrBJH5BXAqTJTa5T6Uwb177VXbc6ZfaJKTBASJgvSul2g/tP22rXM5tsVzhZVYkPZ/oijQq1ERq4nw+p4RmomiE1J9up4RrLt0xvK9up4w9JD908WG8u0/aUhqW4asP9m9+5UWV/C6beNJTzsbbaEr45vXsKpJ1bGBzlWxslC35yMr45vLOO2naWwIX92DMhjtMzvj4oiSEVp1xkJX7kiWFc/BTK+Lbj4p4zqbh02PkHUR8cni2x8PMwt3XZs/FT5lhuHO5MLxSAntPFpdW4KJV8d3zqMPAGF0Z5BJXJa/ZvHyymLfb1XHytfyih9FJrBXvL6QHboruGxO9ymXN3xQNELN8bQE9CL7YOO/Fx2NedH4GRBSFKmZ6GX/in35Q3XZpr6zFYRVoQNd4QilHCzY6uRx9hu6x+TsIIxEvrioxl5ofkkj9LmlZXWjR2hVF86TzJSBZDa6Jn5XEfT1iEKK5hbrMpW1yQ8h+T5tHoSfQZUwLku3Xkma6eMdA+E/8MT0QMJr4mOcBLuAwVwhy+CTNKXoRX4KIJeDIE/Cgn7S8oILgNr69Asn4xk8cSC+Nhtdbv7ICfM1LF2QxN8mXFSiwi56OFUtmPprfXf4sP+bCN97PzDoeiC4LGimQg5a2wlUctULuACh3TFVDhSUDXewnpvD99tK6pnx0s+i2xrxOSIXMSkgYiJlahctGTT0ZJMrGS992MjJdYiykVJfukoSegz0dog7PUUtJ58ubs4WhpLwJ8ZBTgVz2E+EeJHIayL8DRiSYmI0zDinY4JOAPPESn4C4ZsNyl42qG/t0Mftkf7b3rHrrI7nCOaQmsvIs7Es/CveKCgmAi9+zXRjT3wd52ewnqbJOND4WykUWsT+xPnfA91zmaNfKGTgjfgYHE2I3NWZ5Lt8RenaTQVfBWto9ZitPjEIZ8t9A2XAf17aKCzrX3XJZCfgYxgkN3WhTVkOVhZyrDS/dZjSvXrUlfAGXChSP2CEabsatWfQ7WbXa/aousbx596Yx88B4vxXOyDfbEEz2MuvuVyAJbi+ViGf+NzoQNxEA7GC5B4AsvxIryYr16CfZjT1HJ1XoaDsRgvxze9EryCr1nO0BLmDr8Kr8ZrsD9W4rX8huE4AkfiKLwOQ07OTOSJWC3HBO+5nln9euNYrMJxSEyx4/EGnIA34kQcC5UBZzexXN8SMCiPxRtwMvbG3ngr/h1DHtrbs3iV78QOMAVH4l04FafhMJwTqcC78R68F+/je6bjGLwfeyNxEVo+8xJmQ+6PM3EWPshclw/hHFwhiSe3Ch/BDkDcpI/iY1iJj+PcLE7DKpyH83FevAa7xZ7ivj6NC3AhLsKR+A98Bp/F53AxLsFafB6fwhdwKaZxGd9Xji9iDS7HFViN03EuX1uJL+HLWAC1+E9MM4MycSO+GowCvfuVune/hrX4OtbgG7jAfxPT+Ba+jaX4Dr6L7+H7OAhfx1uwBj/AYvwQK/Ej/Bd+jJ/gp1iLq/Ez/ByvxC9wDYbM4CX4KX6NafwGv8Vi/A7/g8R1CCqN1SiyeO6JOzKNrpqNh0OaeUBrkHjspcpTBbDAj6h8RfMWVfQ88TbSXY1UKcbVCPw6YXTYFnHAT0x+k1ibKMFF+AB+m/gucbcu5pk4T9NsDFY3JT9R/c1qPYI5SCuz2CR7IyqltEqjUeu8NDZWlgU2wwCbUMXYRE3HpiqpmqnMc5W4nbL80hNxPGbaKEFiMl+FzdUOKqVaqB2V5aheKGZiS7WTKsZa3Fm1UumA9XdX1UbtpogJeg9FMzMSnwzYRCuy5mRPVZnVp7bqOqxiicieBZIfmu29VCW2U7vIvdUqbK/2Umlcgquwg0rjPmpfRZyWHdUKtLzBlTgvvr86QBUHM9hJHag6q4NULR6suqjn8A/qKyyAQ1QaD1Vj4b7NsCIfq5bgNJzCXxCO0pzINGyjZmBvLMkaoa4q5EudjTQux6luPJJ/UsXYXRXA8cpyi1ZjobLf20MdHEvjCaoEe6peqkgRm++JqoXKsKCfpE5Wp6jb8c+KOIBPVaepEXi6OqNuvkD9RVm28jPVWWoslOJfleWar8WzVQ32ZpbQPswKf44qVucqK5N9VYk6T/VT56n+aoAqVWk8XxVjmfqbGqgGqS7KjmIFDlYXqCHqQlWM5eoidbG6RKXxUnWZKsbLVQFU4aX5D/ueuiJrBfxBFcCVqlx1UleqCjVUFcAwdZUqxq/wanWNSmOlovVwLfd6uFqMY3GESuNIVYyj1BKswuvU6ED+0mqM6qSuV5U4Vp2rqlQVjlPhauqH4xXxPt+gJqgJeKPqr4jVdCJzad+kJqkCoHklbtJ38GZVrZY5C/w5EdKxU5Kkl2p5hY3AMLp6V7J3wMRM90zHqclpyXK8O9kf70nem3wG70teoacny5sMavK1AjUIM211bvKOAnOgKkHf3J+ckSzBB5Izk69qas03s5IPJolT+cAmldxaMe6hiPm1Cmcna7CpeSg5xIzAOcn+zNx6s3o4+QifVCEZO6DJ14nhOFL3x0eTaSSG93uYS/bmvP54iyJm1VuZ/7c3FsDfVWd1m7pd3aHKA21YineqUrxFTVFpLMW7lN2HKuqevFnZv6aqaWoS3q3SeLO6R92r0nzfFLxP3Y60Eqara/D+LOboGcruCQ+omcxpO0tNwgfVQnFqfgnOVg+pFXKOKsaHld0VH1GT8FGV5rVJ+uMx9bg6mVcB6bG5al68GDsr4rW1155UY6EYr1KlSFI1TxXAfFWKNaoY5yniYn5azQ9+o/tLcQFL5UI1Am/CReof6hn1Pj6rFjILLbFkD8PFqhbn4hK+v5a17Xz1vDpdvaCKsRSFKkZX2fHqFluadX2ZelHNVsuD77BjukKtVC+pl9Vs9U+1St2HLwV/zcZX+L6X1avqNZXG19Vg9QZfeVO9pUAR1/UwtGzXU9W76j11tSrBe4Kn6b6JwS59Z8AWT6zJ7yvaH6gPH6gP1X34ofpI/Uvx3sbr+WP1ifqU+ZaphdVqufxMTVCfK9tXaqGT+oKfp/8vgDVqufySv+vfWfeQ7TACS3Ct+rP6SlWJYpwglsuvg5bDFsJ9sBa/UZVo+0089B9jmvmca/E7RezPX+Z1iZbgf9TJ6rqgV+tUlVqt1qtqXKdAC+3oaejqJczM7Glfk1RIbXVWno4wS3C+jupuKqYbaVCr1Ro1C0swrlEXKKWrmTmZdkRqy+jGOqFrVROdrcNHBrbQUyrNI7WhTg+/rQS/UUOgqU7qZnoWjsYS3FlV4slqO036m9rYnpnqv2X5n6tG4zRsHm2uSZaIqTqzKiw/+BlqGu4id9Ap3ULX4o4BQ/lVzL69kybNOwnD6MvOupW2rfXB1jqNu+hddRrb6BIsCdpMY0mW1TaL13Lm/dW4m/5A7a531NYCnFbXB+rBNFyt9tB76rZ6L2ZHt0zzFdhO761DlvPwfmpxWhYjeB/cR9+bt6/ej5njO2q7v1SyhFbi/jq7TwfoBX4nfaBeoZagZXhPRywT9ZGqsybm9IP1Tk4XXY2Oehir8BX8A4/KIdroQ/X7OI2tuMO07fN9+CwernvzzByhiSv7SE266BW0tgYhnn/UR+k99NH8FbSyj9nMs2QHzN3Es3YU6en6szhBdWyyf5MeYPd40r8T1KR6+vhEvwccCjcnq5N99CAnY3tRPMRyZpN23vBeYt62O8ZjyYysXBGh1TcXSdoGOYfAiHp3zU7a77oKL2uySD+eDO+mu8hmGuRUiVPlTHxV3ZJ8VWXfXaXmKjD0jJVGK4uVODm5eWmkEaU3ZGS5IekM2yphDZKRTpLHuQ3IIs3LLclQCq1kbvjGbEmk6xtKIs1mfUm0bWbLYj+kuR7k1JdIai0jkc+io0gmQ4m032NlsgSP5b27qz43sEM6qf31cbqbTuM89Sc9X/XGGUgaoRK768lIPtAsdbwuZMu9ht9eBKtVD32C7ql76SI9APfS0xDU/+kSPFHTqJ2kC4Bm8Sa8R52sx8Ip+s96Gn6M9+GpeqU6TVfg6TqNVfihf0VkFZ6h/6Kvw0l4pibr5oqItfPP0gVQgbtoy7/+V91Z1eLZmuzt3rqFIunsALV4jl6FxTqNtXiu7qtL9Om6jTpPL8A09sN+ugL760k4gHtTqsdCRZ080PM76QreswarkXi+bqEWNSrTf9P98CN/oK5G0hVn8dcM0nQHeYWD9QRlPbUCuEDPiZAWHeQcqYbo21T93bgEIzqh7aq8UJfzzBXA7ppG4zlFXlCmLbLsDuJVPgjLdRXmy4t0MX6gLtaX6Ev1Zfpy3UXRLFyhr9QVGhTZW1behupm3+v4cm3fZaWLVnw5DtOVPAuVeJW+WndW1+jQU67Us4I92N5/AdbitXq4LsYReqQepSfhdZrsdJqLSdhXj9ZpPUavV9frsbpKz4lMQRrtcXq8TuMNeixW4APfe4QVSKM/QafZ6y7Bq/QIJDn5QH8CM/FGPVmtxGqWV09PDDR6rbpJk26apG/W1XoaTt+Ml7KdukVP1o31fTgNb9U13H+SPMIn3sc++Hd9m75d36Hv1FPwASzGGThFP4PFeB/uIu/S1ThVT9N363s0zTftAcV1e+EIvFfP53Y6QDFegmneEder+/R0fb+eF38WR6nFWIUzdA0+oItxpp6lrfdwFT6o7QokBGG2foi/6yWcw1ePVA/rRzTZ8I/qGnxMP67n6rgmXf2Edt3jFL1R6Se5RzOwUMV1iKmQP/it+kDN0/N1jU7jU5r69bSOa6UX6IXaoi+LNGEldP8SbK//wW3vIp/Rz+rn9GL9DC7RtdruilaLPa9PVnRtTuQFbW2+pSyFtyN5XoWKEA667wK2K3voSlzGcrAIeyjS7y/q5ZrW9Aq9Us+JKPWSTuPL+p/fay430COoV+n5qkq9oq0HlNl3anAGnqhe1bfq1/SL6nX9hu6in8Y3NUnyTPynHoZv6Q4wBN7Wd+M72n7pSizBd3UmHlCMnlyCEf0Ofxm1+p6epUi+Z+JoXMEWwPv6A12JH+qjlJ2XkfiR/pdeix9rslCtffqesjjBzepu/ITX96d6Nc/cZ/pz/XSwShbgnViNE9QC/wudxndwTWDr3K+/ZHvj3/zvtXp73RvbqK/013q96qIO1d/oYrYeRmBcf6upd4N51KmP3+n1+B+9Tq/XYIRxTGinUF+HoWvSSB4A6YJwv7DyOgU9U6LJoyvFCt6NSRf5RpoOMBxnMArDNlrQZm2AJjXUyvYqz0TMyC20lm9qMWror5hZgQeIdXrt9x5lI1PJ/v9Q1vt9gjviZjqiKUZleqhCRSs5X/8dVyKNZg1OQW3S/L89lDGNTTWO0AnTgmesiZkTKYCmhtZc0jQzhboYtzOE021vmpsdzECybnTLeis7Y8k9rRc1ulX3wZRpYUjz7Ggyv4VYRTUWGFAtzU7G15NwZ9PKZFoC9a2K69b8DWTd0zj1xg6wi9nVtDG7GVoPuxsw1biHod4+x76A1TMzsBipnT2N0W1Na7OXIc2babsY9zLDsJrttX56O+3JIijGQU4786oaiu9jpoU+uLe5Q7c3Vl91MPuYfU0nhXoMS2sl7mc6mv1NBkfvjdV4APeZ9MICTahtGjtlfTvd9aSegWn2uQ8wI/B8PNB0NiRpBxnSGSV4sEljF/MHc4hJ46FmNh5m5kSozcPNA6oSjzBr1RA40rRgj3w1e8J/NGR1tte0z9F8Tc/C457kdxKiWoFHmW9VE0V9r8L9fdI/R3PvyQuejs/iMaY3LmbchrTesYa8QGtTk+33ULyrWRVou+PM1VgZPE3fsp862tBuuZ/S+St1Jf5ZdTOjdA2/e3f9J3M1djfDMKKtpXq8KTQ9DO2BB6kTTE9Dsni+KsXzVSdViRfmdYv1Mta66Kw6qSJDiCX51eX4f4b0Eu1alXiiAVWNnXm9U6vP4UnG6LjOYOzZVvIAk0Pdfx7UvdRsHnUvwfNNmemj/2bo3x9hNQ40xTjIfKoHm8NNiLrO3QIOX2o2h8NfYLYOh988/v7jsPchZsvYO+1rvw3UndqoQbIitoS+f6CmYG2Ave+myAZ9U7di/J00d2/8IRj8LfpCk8Hg/zcR+Duw3GyMwF9kMgh8t9jFphhPjl1iLI7YMAIfovSbQ+JDHH4dXmpIShf49onLTIjKP6wvN8X4wxH6c9STqnyzKHwFXmGuNAv8CjOUv6kquLsfDjXPMO7eip/spI5UEwkxNkMV7RSrcB91lVnm2Lk9VKXxEDUWfqvIO2ETm0bfrzaTsLm6xmwL+j4Db8FKfpLw8Epzr1qrL8BrzXCzKcQ9XMeZdblCOroh5L2qAeQ9g7mPMO+pVayLGFlRI00xjjJkcTyIQl9nRps0Wz9jzLbi8ENYQp7ZAIffGIUfYjbG4EvxImPR9iEmG4PPXP/5UfhXNLV/vWkIhQ/x9/d/Jfj7WFPJfWoIfa/C/6i0yUbf7V/ZCPyiRj8egbfIxo/H4MmrHYoJfZSqMhaDJ9mfhOPMD0XhLzL/fRT+IrNtKPxF5sej8P0C7PGnweK3HoMvNcds4hmyAEpNw9h7qfnvYe8XGYuml7KMbR3yTruFRd5/Hty91GSk94fg7jTWm5K+hnH3zBvr4+6lZmPcvdT8UNy91DQsfRvj7lXYVV9ksnH3IeanwN03jbj/HvB265FtDm8vNVuLt5eaLeHt400z9Uvj7fWx9uv1ejWGsfbBipB1GuVivFLfYLJR93lqgv7pUfafHmO3dt4E80uh7INwCN5o5uoVqjroVylj5JWsp//hX63nxZfLiaYYO6mbDI19FR6kjlOTTBt1s9lBV5tbDCH19A2EoBFCZfWGxV0qcbKZhLeaSbjA/7tJYyXeZr5V7+P++nZDaP0dpjeP/3pN928exd8QoRf6TlNufh6MfojJxuhzyPyPQ+YvMj8UmbcaqKFWcsj8fwOZf7cOm38zsa3Y/BQzIIfN/4qxeXuW9y7zy9VesifvB8IDXgeYaha6d5mQo6QLzHC2XJnJVrKm32+Ndec6R2FFhobqMv0UlbKjXHmJ6t+LrFPjezh3mTFwv+PDVCdaV8enAyx0pxmqOnIwn9e72xDXwEGitfDhHrO3eEgcJJqI1/yOsJ8zzQj4BjrBfqLU7S7vNT6Uwcr8+8x00xaaiBoxFNo69xs62TDF8eHkunfcbx6BAU5TmO1T9RoBn8qOcJ3YsGbM4HiUa2A0XBXG36CuDFVGmRChak73+BvXRtpbvO1q0QGegaFSc/WUI2Dr6vT4fHqjVoQzf5fZdL2VhmoEJRqoEhTWH7EnwEOOlTf4O/2gGkke99D1UlAFl8ANdRWK5Ab1ilqJChgOM8wAOC7Pnmlb7NNo2epFEv7lhHeH7/q91nUJq4pRfS+5mdpiTZCk0NbdesDYKpAxuDTmw1rPngK9K5bgmiWh3G5L3S8NYcUve6qneV291/UeyRH9+rC/cRWwhit+DfoF6n1l+ptd8asp93aB/1uq8XVeMGdbqsHzprPpqjqJTdbV2biOTqe44PPXmfo0DVXTyb4nU1XH5zrtp2XVsbGsc5uvovP7qXRjzzqf4m1Y8YZOadJ32nPmx0M5tIcujoRujq14Q5xLb/G7qbWZJnNKOB1U5C8ITota/ftzVktP/M4r3pR4VOOn6H+m8k3RZirfjIzS3rC//zmc6eznSzjTmWW2VA2naDPVcLamvR9bIecMSAQVSq3OvDVp/65fL2dkXbUcCb9kdZzfXm2czUl9rjLOpirjxGC4a+uWtRWZKjRN2SYu4uozW1fHJvGDK9nYKiFbrmSzLTVqOmyhRs2DwYxsW4WaB+GXqU9D1WTudFIuVRzacmUaunsZ3LmJmjQ/RwUaW3vGvndXd5VfDjuJsJqLranxw2q3tICtq92Sqdtia7KENVjo3T+mCkuigTos2fbnX/2z/YLABrVVULZs3VAdEmtz2MoooZX3366NMsMh6dCOYE1P993h/npqzthaEvTXOv8o0dTKuUjA7a6G9X4TxhPW+ze5D7r3Myfgg4Z+I0/ySRDSjnx23YZaINa3DEMo/U78oAK+8S4iNuHAt6Hv/LlrxiR+str6W18v5uesEXM01K8JE3Ih/pQMnb+NyjBdWXecV8dPE+JLxIIZ9yIinMvMOgu1ytM84iMhzuzJ3b/v0eF5BfAfLw4LxIf5KUb5mrOndETebFPnOQvJu+ByrsEcFf1AwgmMkGjpg5E0gjvxjNMe0QuaA+F/CWgiGku6q6foLtEjDTuWK6cfzbycd5kY+NAMvoscEPS3DMhDfcjMMdTLQ13bM7IHHzZkcRRBN0jBI+YtqOA6eFSjJeTpFLxzJmDPGD072RNwEtwQfcQcHret9HdTrh2ngsBGaBnYD1SZr8S/I3jbG/AW32HflIBznEf534+YR7lXS6KWe2Up68s9Y1Rf+THxkLnJfczc73Zl/RER5CfbFggFzvTyEch8x+N13xH0XQrGQ/aMzZfkLU5zD8+rgMdNAh7nN4dfktjqb0nAXPO46e82Bbpyh5OAJ8yTZmcQPtmXU5x5hqTjHLbo639dAlq4qeC9dsaOgb3FfEMtPBr0JuVRNbgFkRrzlJEQc582FbGP/a4Buknrac8YzcMjRgYtNQ12NlsvdvZvonZQ4jdfPSiyyepBtrI71YYfAaMc4qeKwBKRgLlJCU8kDZwBRfBksoxl889eCg6TXzD2SfyNa0Gz5A2AZrwLrHHb1mGPLR0JgxwD85KL3e7fj9H85K0xa6nYJ2c4Gby3mSyCJ5IPuPOSMegOtW4XSXsl3U098iEKB4qxQsPpPumduckZDt1/DMyI2DrT1RGS/j+69I1HwBPJmmQZHCb3jpRGXnRJgz+VPDOvLTQWS6EABuTRextFSdLCvs9NznIisL2ksfMci1fvJs6Q1rP7C3/b3OQQOFP6cJacm3w6SXeT/dMB7spf5qVgan4BnOGmoBm08XzY3ysPOCDbQ888CQuS9svnJi+TZbAMpuanWLJGi0Td38TuXAEvuTSnb8BCCJ+gb7k0cmxdX0MWixb+xXlvwsLko7AOahv1Yy71RckKZi+OQSMoEBJOggLh8wp8jRHz411CWgfCP5KPiZPyJDyTbAndeczIqlsLhNQeDClY7E90bf+bQzPo6vtwpCyHXvClcMFjfPLiwI6NQoEYK5oBwngfoMTrCFNghkP/tf2kdWpb7A4TXULbdpNvsyVk410SugY2P2Hvl4GEz3nF3cls6nTHxGB9Pcp3pF0Jr/p0naookjdAc3Ot+wicGF/nWJu4OxzI+F6I3xFDQlO+yw/s4DMcASfhs8lHRQ08BS9Bgnm41/KbbNyvsWM9Rhv1awZ3iVRdfCKsQ0lVz/4l9nQlPJe0WNZB3kBY6VufiqqeZrcbssQUyEH+lqOUs+O/bo6YHGvvL8Pa+1ti2c3x5v5Y3twcj2uOx3XTPK7kpS1jr8pWS952JtdNtbD1XK5bP8853tX68xxilRWwg2tzCAbA45HCQJe9L31wRMa6pkrvX7j9RHvxQpx8raXxZnVajFb4CYzTlPOICLib0PV49jgh9IK7nBjcQbHTvBi8znHbgeLFYEdaHqeWqP9PuqRzP4e0Ww5jRGtRHmB8tzF2utShmvJr5Ir4yngKXmVUdH94QYrgN8J+axhptPMV4sASwlrVoVeUsVawDpc9A54ECTvUeWnWfnnblfCVb2dl0/WvffbAduedpLEg/5n6QpbO42yjb8dazXVzzKI5ZtEcs2iOWfS3ziw6Rnzh+fDK91J7hewBPf09nJ6+J8bA5DqP4EopoYLZ4IbKFIyDYdITPdj6n+lZFol8mAfj4FGgPE5PkFyT9hoHI6ECyqCR8MRV8kAnn30eez/hNuNAwidBKyOdkS5dj/Nf46AAJsO1ojlcLSd518j+Dr2NWrBsmuQnXgejoVJeK4fLbO9llpjlUDs3BGtshPzGCX2t08RI7oXkVuMwGgbCRW62BzlKUrYZYVPXyRneGLgrsIFPsHunpMyh9rCbSMDuvB9eK08ACfd6r7kWXbZ75Jnu0zBajuMRol760N8ZW5eb0BVicKZXBs+5baED56OmJWUOTuUW3+Zo/JmeHQ0JS91x30vs14KeuNmNBRW6w9+I4yL8VcN3Xjjj2fpxjKS7N+xLSuTDaM6pu17u4tixGisvg8thDMTgMugqhsBz/hVAHsFrrl0fVZJyJcfJy3kWLoMZXgWMlzdIatfO7BiRaZu80nEwFEaCD4OcUc4EzlSQQBpkNEyQNgIc+olFzPtofUUfRol4MJqD69hQm4jrRC8YLWIwQpwm0kLDlVABtCsUwhhxvYhzBpf1sK8S1wvbo3FiV5DQBgR8DQkYLyTcwGjACNEeKmBftipIFm8UKbhZLIaJ4iYxiWeiWtwiJNwqbgzu7wI94UZJcz5cngC3i35QyiuwFibKGY7PuyRZCs/As3A52PtCL/Jp/yaZyekrBLqnnKXYolE0knS/AAdOAw8uhYvhfs+HvLq5thJLbJLjGDmxse4i+Iaxy0KgmXuZZbkKCC36p5viJ0n/j4CR4MAHbiX4cC1EYTi38BJMkql67VPeDPlsjnujLOJZGwqPcK7I0YJ6N0vcys/NcuxTlIlrraNsebvcrYUb5SBntmgJl/HO1hg+hihLWy+4Wbate+fzEIVq2cOvAOIymioyvaHsjIxuiUNHvnqLnCw9seWxnwye2JaR98Smxn0cLPErYBl4wo7OGWxldnbyBfWHPGLSJVs7F6Eu9MQZ8Bd+qgBmenHYW5AupTeQlM30aL4cqAzmaQSvnnCuPs5qxfbJh+cD/Zn5ZeM2M/M6med1ssyeWU9kz+u4rFmlmZy8iZmM8Vx64hi4lWeT3pY9l/TsOEiB7UU4l9k9pPmcH4xbIrivI9wiJSwUmfGz+t7mTGSefgXmOhPl32WK9VmM7yoLcole4vzwAtZxH0FbpxVrwwK+k3Lcy4K/PoJW8OZm8iDrZz7aZ1LBDpT9JnrmO/gP6/ZlQX/p3U1BwESIOF+KfUR43bZCHh5l9kSEzS1d5uS7j0IU8uE2ebscx3JXxj63ZPbXXrCPHLrBLtULjnPpnrVuKZCGLYXDYagcwpLSC0bAHbIcrBdHe1EFP3On7Ol+UfeN3Xh/JWyU3jZF9mLr1OMVODXIbLvEldAbKFZiV8oX8Ih3k2vHgHadLyAFx/FfX8K/4R3nU8K8WDKt7rtLvgMp+MQZvAmfPFZvTMpgqpSw3Ccvokc977w8QGD29QRcy97oZ6IIFERhPbzhLPUkNBZzHRFknNM8ULvT+QtOhQPEySIiSuEhca/jw0CIiHudVNA7yX2l8bgGxsM0uVfgg2TavQM0tHfJ3/oL25uGMeflnn3ehxd9j+3HxuJS5ouyrZK+INx2e5HKaovG4Fq4WxLu3t95T1hMJBHsxXZMs2VR1v2riBlQSuF8OE08AtIbDCuhLd9j87aHBnZgtmdQxp5GNGif/PBbKYPOofkkD2VI4O3b0W/LcpLJArJ5eYksaS6EIvbeNhytwXCa2M2zvRlaN1YDITMaNMLbPm4xRutpxO6R3zglLAGfBfq1Au5lG450yMb2m9XcdB+19bXru/aMyLXBTH8gEjAg8H6Gwn0ci6PW3hM2v3e6/Fq8Jw5upLlfXWCmpLM4K5zWHq0t+s0+G1rTk6EH2+K3OkWwl9cD2nmk1ZowQjBLtoRih3YaanmmPCbwhz1u4UHZzUtxi/R1//b6uLQHhZrF9ipjxyWgR5CBXMg64Xr5hWPvWRqM4GhhV7XdMRc44yky474JGYswBnvIHnXZ1h9xhG1b3vQSz0Nbh9Ziwz3NfktLpyL49llyHbwnKCt1KHQI5KAXrBWC5/VrQdJayj23c+2DA0WwDnpk4ZhFMJv5gHy4xI3BQ+yPzAjmbaYkFGeOtJKf8NsG0jDIeYklluSVfqFzIBmZFbxGqf82ZsVZLFlI0vo6JOlAL4Mkbcfryz5FUce1/sPyERlm+VE89FFJXjGKpuw1KOFD57pVriHOMTyrAQ/2urDH+5zTCwZmaaaO4Ik/eAlo4lIPhopDvEM9CYd5kaDPdK7MiDDe3pIRpVjQ/pXuhzCfv0aINuIxuSksKTtLbjA8DT7/a5a7DB6XYf7ZXNmacbLH5dmCTgLNhrXOR0C4UTePoqBt6lCEMvGEpBaFUwSXQUx0FWeJJ+U8+YTbTdgvIq8woxO6iaRHdy+DrkID5Z80hRrZneeoRubDJNfaBJQLUiM1Py0DyQ6v2dbohMZT8nhB3sgdgQ9G32mvk79PFlxNYLWHa0XzWNdIn3NmC9nepfU9WYZf1A+mu/e7hHbXyMPF09KHowR5fQvYopruLpTdYJF8VCyFm1z770WyF/xDlkJXESId9CXdBL39DHhGyiAXhzCMONTIZzcYsW4iewSyv2tX147ToS5FBCt4d1B581i2voqk+PmV7h1uAtqLYXk2+71x8N322+jLCM+ZEfnIOV8WwB/cBHwdkUB3x8DxKDJ7fdKyPaegjaCnHpMSnpCzRTM40TvOWSUopv+YeE425mxC3j39D4F60UacJeiNdrTpOklEGxEVKWgsCqElJARZxS0ZcWkPSdEc9gs8r505WktzYmXetpuqszEWS+s1L4NjHIvgxGCdR7tHG8ggNXTPdsKuzt0hCntBCpqLI2AHkRIthIQduV2a7Y5QIHb/3pNoKQh7JU7Tnfm7amU2/hoB2/edA6ZEinU/LyUc4L4gCQem54bAfgFuTHjdLmIZREV9zkXJrdShSSICZ3s+REWGf3GpHALL5IneRyLUDUVQIE51mkIZpEHzSd8X5SdAp7lXypfky/KfMgUFgvzrzD27ifCeVfIVWQQfgx/cMwGa8k46FB7NaulV+Zp8mXPUM1f8ur9flx9DN+d1+ZbzhnxZNsvq45vBvnuyeCOwF56GSPB7ObwlKUvnbZkCH97h2TzGf1eSVf+WJMSxDN6TdF8BowNW117OOPf7MgE7+u+6X/qU3/ihrI+KXsG445Uig22eHGTqW2xzPAwTIZZpbYHWvCf0FDNFAee+Wav1cPY4MjNGbxnkvQRniWXQUwyBv4oUtBZnixisdE8M8ERq02LfPbnNU8RHsoD/5UOvTbRPVti/5IViiojCxYE8onex8KG9+JsYKHy4RCTgHd4Leos+4hwREcWcS3WQGA4pOJfjpH1FjOPTH8vTxCCvLMiZK4J9uT9Rr5tIwCcylE3rDyS8Mra9hgK929qDvcWncrX8TH4uSfuvlteLM4UPH/OK6ghHOrQbO1m+jN0/XvSicDk0hXGO3aUT8CBMhguF5pYvB5+RUaufOvHp6C9kqu4UAGeseoIjYfb5Bzk2vQxe9GhnPUfmiwXwNMftZYA/C1gjY/ClpBXXLTjrcTX7/tnIZAJGA+FUCbhCZub6TJ6Xv3op+DZyltiaOVwfOYX/F/JFPj3l8/OnZLUTh17CyS8AN9/L9/O/jYwRE4DOKw3y94lc456WD+wHC3DZ2lwsTg924VrxvJBweL6A8UE2FO0zz4k2kUo+M3hgZLh/a76EPd0I3O1UQOZvsorei26cz0I7BOkTCdpLeNnxvjYRun5BHkUYqYWlgkaL+rk4OcgrgkMjppEPb7kUOznWX5IcHXHAh4e8FHSIveCt8WqTCWbDLYz68JknYEX+88lEULVgH68AdvcmMnt5x/wXkhJ2denvRd77Xq8oPXeQ1wqWJumpZck8jnosTg6FgfCCIB0LfgoWJzvEhnK0ZnfOC1mcvC1yoHgxeYGz1KFoxSl5PixPjvLpvir+fd/vbfHr3Q+cFckiuIn9pNlwBEwXEUYuFyf/xnr1epdYIVORifwr5WtJuDpWBeNhZTIKb8BLyZvFy8l/Jq8XC8QeDo3UYbxnTICdoqSLjmCWdlq1x7KX0h3udF92yjjzPjuimplzyfbsJK8LNGUtSm329Om5MXWcwiQ7Szij5CgYknVeYokYJpeIIYyoZvcgkwdXP4p7lczkBZ0mNOcGFXE20BJhs4HebjRVjOLcn1XJ7OyfZcFd2RlA12wGYaW3TXRsZK/ZBrkvZIE7QDl4FOMmL2GFQ9/iQylH0iexxbrM8VwJ53tfxcji/SrWhPON7Nks++1DoVQOysJTJHSAg90UjIcKGB8pgOn+2OBEVoe8Is4be5HRkW8a7c95KafDMqCZoVM6U+G4/Iq6M3TUl0++t56ucFtCR44pXgAC3oAwt6oEmvF/h24QJacvs6vWxuxsW4WcyZ6CWngeZgvrVVPMsm+QBXWAs1iELVSJU/PtLxTDoRlZUg9DovoS9GZaZx/B2w6h/QNEM8526xKMzOGwRBD+VCo7wPmC8qmjPLJHMCq1yvlTkKFNI1kEt7ivJF9NTgzu0Oz9Z9qwZ/9udFq4TaGUc7OXsiwPhKnwWlIE5/rss2UQ9rz+qNA7JrvLYEDepltc48Q5441G7/Z8Ca28Ipb2vQV9KfnhNieuQ0wG2UxFsMY5AtY4S4MZXePY9UFvn+R9BGu8VvVyBK1/ssbZGaRXxHvq68kEQN1c2yfpngF5G69V6+edUVfVIpS0TUnZsc7unI0e9oZ6b/ttI7XfORJegWUO6bsiuC/W26XY4dfWW+T99g2ul0BRRuob+Y0beot+oFdqIAnNYDtG5S6oy3NbIs7gs2IS3vGbA/GGd2bNvkPdnSloQV5lVIlU1umxFGctnCv7Sp+kK5JihLYcsq3snYM3k6VMNnIzsQu0gTCa2YlzasJ90Z6+G+ZNFa/we2vyQy0Wg33dSV57Rn2aihTsC+sDm/0Ev7Ega8GeLKM3bZy74HOstIVIgeFex2CH/IfqKuKcADaX04EYzISHYA48TLtbfipoL5L3MFA0ehk8zJHMR0HAYyDhcc5smMs1NqiXYVQUIHwyRHCOjqbEA/Lo6LahNpdGSCboa1o6hTziPbJ0hsVmxtdJbBn0qIeFLMvSAiH+EQnwj6OjIQp0dDSDANG9rYSADrElvtXGm875yPbTY2xtDYZ+0IbRLF+4MgYFLs3hALgU3ki+mfTr5tFnDThdNIM3XZF15TRB/s5NkcaB70a+WibTI/T0lXor2ZCvn5Fax7UZI1d7Psx0TvB2iRWJ1qKFCHdWyjbP2PI2Cv+wU8Snefb3HojSSNpdrFAsZYn9t1sE6KVgdF5PsWss86xkmbSeQBlfTXCLxEcdRmYvlgcw4tLNS8DJeTf6ZNmkODvCD7InNs4Tqe85WGuS7Ga/zhqkPNqzHfqrtfjS/yifLEzSJAnWLNFgT7On7MZHNFfo6A6fwPr1FbB+PdlmJFVkufr19FZor72dtP8+TVDm5E4UUY20iewjMtqM4vT9vTNjR0fPzV+c9KHSHw/DfWs52hO09Nc7ydIN6i29LNpxltk/HbJjIkCYSf1r77rtGPkKM1LedSs4KpCAdnBsvJRz42JBTNuHm5zGtEuLTG2njL0aWg+U03ajXwaToR0cEH/KbQtV0A5uYEy6F6wRbaEd+xuFcGCQTWR9gDtkMZ+3fzdpW1mZT88PCU7AHeMkPBpXqkpD2QlXuHSK6QK3HcSB0H0J+/iOPwTawZ5QAKVQ7VV7ZB8PcJ5zh8n94g6MgVI4ON7NsblX+8Up0vQSx5zoBFE7qIDXIAUjOEoQFfTE6MBTi8F+8feSA5rabGmyyhJwcJyut4MCrgol4CpnCjR22nHG9kON3k9+kPww+VHSh1byKtmO7dcp0BzaO1P4jn4xCf+GSJ6Eh/z2sITq8CQpb4K+mHauEeJaj/I37qVcYkEM6Y2D2blG0j1kTY4QzSEGx3/f0uCojU5f6QpY4bQLYhzLOBeiiWwXPElrvRT+446HSvlx0vbpkyR9Oc3LCsfnTIBPk7Q30vj5QX6GgHYcUfrCse2MkCMEvf+YPDrPs9Atg9HRwrqVY/niaX9enbwtEme8hWpcXS+GBrH6oXWx+rLvvzOTEZ8drw+xu4bj9YOcBDQUr/8sSRklmai9hOZRqnEg4PMktfCuK+E2SMCKaAoejKZ4vEdJjytT3Sy/SI6LSugSPSeQpXEwDkJJuk6ucGz9rGacP2bHrzmUAo3oDUEtrdPE0Q6diKCTMDt6tIojwnPHeBKae/exjqOID82O5rYSvD7IRxkuPnDIcnOiFTw6Et7IJwtzcFRCYYxqV1E+Gf0yBO51iqAm/8+uzUWjeR8t1wgJT/HKIA1/q3Mfz96apISUN0Y+x/7Kl0kJ/07SnO8j2kIpkKTTVzzn7sxfSSNaBCdGDo3v61o9YE8X0n3kj4yV0/y7/Xv8chgTRNG78xmQR/xH/au9xyxe7M/1fdYaT/gpeNLJ957mSHMTQadTn/TpXCrJ13y/KayBptARbnfK4Smf7M6n/RskrdY9XRrZk/J3c9Ymu3snm6+SXyclVAX9Hc8n/tdHJXyTpJmg6HIzL5NREuPxfcoNpZ8s+9vYAqfdmqKIK5wbpdXFF9SdElworO6xmsfACTCENSOdAaDsgXYiE9tx3ds4Su5AO7Y+aQYmS4sulfG4EV79bfIF6qNLI0ynXiR8l6TTB+EYkv5pLez7CtyENwTo3BY9Gz6pwcDx3Avq9evg+B84me+K8tfU5Df0JZg/n0+1kfZeJShDn/wlmwFBWkUCefI78BMXQESQ5TGRcWn6HtLXkmU7jKYWZkUjrZ/0uvM6UI/oi9uyrv533T4wI+iFz6vlX5zdWyWnQqc8AZPqrPXwfpt7/TXrVcoAo/dStb9vORObdNAc7w0Y6fiQ3T96ZkV+MyiMSviU/SY7msvgj9Jeo3whm3VlZyfi9IgVQDtoGui18dBEfEEnxPI/9FJ1z0v4T5JWj32GNNqrQvAY3C5pNCbBJ1TjgjNaaReLsi1NvgPZNNR3yWt9Ju8uPl+htVzq0LiVBvNG937ttIOXYB6fn72gLtf5TkkzbndRwvboeZsvaesIpqB3/pFQAeuSZBNOd6ivxwdS4fOd1ztnAGVop2B9UrA0pqTdtQ6I3yXpvhi2hLmOhIkuxcidwAd4zqU6JHYU1vjTpe3D+7IsGJtj4MS89uLmmABoVsYaux2MhyZyJ4d2stFkv4CEnZyjI23hTj4nfBuvN7ov7N8gh95Ekk4+gWgW49zvhfl3wOdsT9B7aI21ETvmN2N5Kw+eJauYcAhqc42gPtuWyRL8d0TCOpaOvm5oM9e3TfwAT6M4VwthMzEWyRTsLvoJG+1aBqm8pVnvO1xYPPM2d7Ybzlk7mC5KYa7jsy9j7aKKOguK/Cu7q7Z0aNddBm0E2Zw+lImd86l3s7yVbjcR7vfhmk7wXlIEx4qu3LOX3PPYJ23HWrYIuopPI49L+x0U6SqHj/NtzMWOhM9rIjNKYXWJZbDS1TDbq4V/+PYEgx/4jI9Jm18fRv7fDfpAskZWYf2ceuuZbjqv3v62yDsJYqIFyCyv9Qn5AH0xy92xcYq1xDiaEoNdoQ37p91865/a1pbIvWG66OH7nCPSlPvZHgpg38D3tH4o2QAHBBhrJ/5OkoRXAstVBlXcYoEnRd5qfR+V6mZcLqZGLW5Oq/t+pxRe9KzMNONzYXHYnm2mcF3QyMSglXjVbwdvOovyfVgtzwyk4zVhTwjvGbez+rjj5tm2Mi1l2vnC+RCmRWl921UWyfPhIf8fDunJhDcQBAjH6h06/0mnI+kEKu1tEWelR7rr7ijNltOsJdAe8v/sXXlgF8X1fzO7O989kpBj9zu76VeDkKogiMRyKWkVqlAEAU2MWBCpeBeBKBrxQE1EQBCKXFGD1XoFqeCBQUFAxRNTD6KoeFSsoFJRi0c9Gn6+N7vf7zcQEKj6s23+EL/ZnZmdeTPz5r33efPexTCKUDH0f1XeBqjx1MEie4TQ5O+EAbr8sx1xtues1nArCOgh8MYFjgV3XgHNUDmYfF0o6eFKRe02tapK4IIYcsBMaA2X2qoFh+7Vqd1bAOVwMNxrp7QMQ6JsOMz8uY5S8/3h6r0/zS8i3SsC93Kkq2/UdtTRlV1SrXOk4fYeCxu1dI+Fg9N8aJROrrwR7hfpOtCV+o560ZV6XlIKwDlCfxmlfyi982A43iil59gfHQzYQPsUvSwqQypHNCynct2T9x03alcR7z0vjMZ1k2ay0vAbHNCbdwthslcL9aVy8u9Rd7IFlIc2kUYQMJ0PIs3ZZTMMRBrxDNoSOxjQc1P1bQND/Uh5jHZji8nDC98s4fPSzl3kkdP5wdCazoF67Ybt+idgZdKvP9XDeg0tYIqPLBYSDoZ/wadEBSWL9IML6Gvb8xG8p7R3nKQ1UfaH4yC4Xuq1HXlFe76vpfSlhXwrV3rayZqa3zZWpI/hDexs8qjCHe4mT7oCeDOWmmHUmdGCU2jh31E9lOeUztMh1AINuBFS9s2N2i8z66m0kH3MSvhFJuqfyI9smMrnQ0xem2HAtRmb49Eq3hLbUeNXz1o0/haNv0XjR43flDPpVnQj7SUBx0OCvCIPJlsgjvwgzYE2Ti3/lcOgMdMAS6pyq3UBr5OUF5Wcvlv2gxk/afvBzF3aD2Z9T/aDeT+4/aB6r+0HGVaL/eCHsR8ovSKPfm+m+2nq+ypulEn1/7P0//MhJgTYUkVPTdlASpO6Lupwl8I+HKPrj+OIl91o9YWEVgqmtOEWoynPie4t4RnbmJm3HUfClW3KO8T2I1c2mc4UpyTScDFqw97aYNTIdPqtfPULNJQK89JuyauZQ+7Uy1LyaxQDSHGCiJ8JqISrtHp62kCUdCCDObKNIyBDJiBT4rxmSRZ+D6WCBLSG/nrtD2r7WNhi+2ixfbTYPlpsH/+Tto9uTplZDGVmK5ktq2OPeg+63ZxFLnjRs1o93wYvRy53e8RzZZ7s4nR16nmZ6UpPxuUQ5zaztVgnpMRSI6C1uCy+udXr7rnx0fHi+OZWAaxxX3fLzDr3Ts+XXZzorzfcDXogc2z8vYHfFKvyVrlxL1fm2PmyJmuD+zP5kbvYbSXz7ffcEYBfrMmKyzKzX7wmKyH3kQu9CtjcagZMhw3uvnK1t05UQNwrkEVOrsQ2i6G1vMLbTxaKNrKtLJQ/l6OhzNxfFtsHyNFejn2grPS6Og945+UsctvJ9vIg2YHqvSzy7Tu8jvJg2UlerR0ijxX4tLM8QBZRG6qFHPvQJvWfYh3kL2QX2ZXqTdK6Ub3OsqfTXebYPZ2u8R67qH2YLDMPlz1lsfyl/JXs6hwhO8kj5fbzUOkVise9RW6ZudrrJXGsdW5vWWYuYEjFpfoat5VcJ34t17sr3WJgXlenr5dvL3aPkl0dpNsyNh0KxRa3zNzk9ZYVsMg9WpaZ/3T7yDr3E1aTVSDzZJk5xFnPHnT7ys2tfiNrso4xlnn9ZKE4Ripa59hFzga3zJztpb7b6PZ08u1u8UOd7l5/WWbW5t7oYe9uioG3Kfd5PtTCcve5A+Sx8iO3ULztYk+7OgPDecY2B8nB8jiqcad3vCyFu73W8UIxwiwzC0WJXOSWyqHWR26Rc4J8nea9TBaKBW6di32odze3yrdPlDl2nXsVUWG9i7WK4xvd1qKLO0Qq+jW613pdnZPkb+VQmWM3ul2ddWK/2DBZk5Vvnyxz7Jqs4fIUOUL+TtZknSpHytNkkVMgr/CGydNlBZwhc+wzZaE4S54t8RtHxM+RzKvJuhB+L/PtUbLOrYBzZZl5RHy0zPSwV/h7o/t0Ro7doH1j1eaOkYVinJdjF4qj4swrcn4uPsi4EMpMrIdzfa33uPsXL8ceK8tlRw/7VmZ2dW72ejqF4hG3l3eezI+fL8vMc3LUyhgnsW6v+MduK1pNET3z7QtkmXmhLBQVMu4NiePeukiu4uNle85odxc5L7kjvYvlsd4l8hrP9sC7VF4mJ8g693J5hezm5NtXyq7OEOdWXfGGHvFKuYlVyX4yx75K4p7E961kR6+10LwycwZMlGrEao10dQ7xrpaTZGtRDcw7Jf6Iu7nV6Dycy63uGrebs97t6kyWreQUsWNLWD9qcWftnBKfIovtfvGOHo4EW2wlhRe1Jbz17uZWb3jgzdexPXxeKEyvJqvAwFmeEC8zr6E5zLGnykKBnGSRW5s7PN7TmSbLzGupFewB1ixynvGmyxnEGz7la1xscWBIgXz7D0mav+1+5GK9KWKyrAD1vt4tckpkBeC3ZsqHtK5ON+e6sO5k+babb0f9HCR/Fz4fKOvdTW5Pr9ird3/pzQqpgzVX66mRzIHZsrXnZiHV58i5sgJ0b558OgN3Pa7/j93rZLXs4hQ50rhejrKx5mLX9MrMZ7ysjDmZY7xT4tXQ6IJ3g7xRdvQ0732vRs6XZeY6cZOsycIW692BxpnxP8qS+M1yPY1tlH0L9fJjd5T9kIvPrpOtvJM9HN8qr4vzoDvKxllrJa/wsE08I973/iRbebfKRrcC3vduk8xb7N4u8+07qGahWOzeKQvFe8mZfd87JD7Krt3hOzn2Arm5FY5tsXuXrJUL5SlxNUeqFVxd77mpHkyVVd4id8G3PfmzrICezmL39DiOsS/Hlu+mGcCSSPlN3ktuBSySm1stlj/zNre6R67iL8BEiVQvhe7eRFnn3ks0wNKbW02ms66YNPj75P0yxx5BNHjO7eLk28+7D7sr3AooFKu4pnX3Nrl17nBvqFVmbuC4Ws6Jf+Q+iBTjT7Gt7g0Cd4XaETVZajUvcteJLrGh1hK5xn1ArnHrZE3WUjnS6+qUScXfPnbXeDneeneDXijK5L7E5x+UD8l6d70b/f02L/523dTJLWHrSKHF7kEe9mGQzLcrAJ93c24Ti91lEr+7XOZ4i91HvYdl3EO+qVZunXuTVmZuykX+arPFbr/YehdPixVypayAUtigr5Jr3TXuZDnEeUS+7G11IzogBW4QD7sVHlJ6snxUbtB7Or29x+SpchV/h6+WPZ3HZY79hFws1G/sz3IXf9W5fViZia2p3kdt9nRuEA+IJ6jkk7JH/LD4yUkKF4qO8YjKP5NIZ1wJOAtP0T59WqoZHPQtF8VZbHSP8PA8G+mpkt29P3nPyBy7u6faQ5ogp74Q1Izm22vk0xnr3We3a2ewVy+xnXy7Qq5x692arL9I5Lr59nPyI/djt979zK3Jel6+IK/0oj26r4XlF9DYFrl/d8fR017eTdqLMu6tlfn2u1AcV98d4jTILs5L8mWJJ9w6We++Quugp6PaDteD3dHb5Gq0SgrFq9+eVbiX6t2uzmtUGnvyNq9z18t8u6fzOv37hqx38f9nyq7Om3T+59tvySLnrxLPrbhsdK/w6tzzPDzV35Zj44XiSq/MfJB45zCv3MPeb5Cb3E9y7vDKzDKZb78q8238bpnZUcMTQX0bqbHI7em87ubbl3k9nXdovbWx8O+/yZqs1XpXJ/X7ZYl/lZnvyny71si3N1Iv/yY3ue+5C5ji3KrEaUS1ns468UySklhuvo68IjpFN8ky8z1psvfly95LXk+nOH5T7G23zFzpztdxVeNKe8j9QJaZJ8YfdgstlHDeoHOoX1x9J/rrZZnjqSebSXY9l76/udVoUNTNsdVcVJOUjOUupFVo6YM9k/1d1ru/8xbTCjnHi3Zyey/fjvr+oazJOpl2nfDq3ROhJusTe8cVuEUqaa+Xt4A1rfkRUVvxXjyp1Jk8Ub4PXZyV7lL9Y1nkDImrdX1K/JNvpZ59vH/IoRbyC8UD8BdygNSuLzPv9Na4uN5xDw5xpsm4t1XqIse+Ws+xuzi4ng/xOnunx7s6+C3swSL3U+Kwn8m497lUJ+JCb3LWF6Ec+c9w/X4pi5yvwrcVUBz/muh2p71B/0bm2/+S6ry9z13q1bqNcnJWVycnA9+WmdtkTRZKV+ArWjBfrUbu43mKs49Ui+Ri4V3hab7uFwrdM/yaLEWDFO2U3PD/Tzfh7R7lhPd90E74S/WaLGnEQtqVQr5t+otdPOeRejiu+9wKuMerpZP1FpKhH3ctv6O32FWyYZ/4CTHbd3zbQ52rkEejUhTFNbzIRdlksTsDfuuhPKq0s0Keoj7KNB2bra97Gf6uakbzpp6v4s8YmX4gHxaRLIby1CI3JadFzze5C0gLmSIWuR97m1uhdnkhMC/Lxxql0MovM7P9l70cP8fO9d9za3NLoc7N81E6VOuqX1zxQfWNCijPdP06t19ctdrRi+iXYz/oRudJuzieUav4A2KVQG1mta60KaULqydXeCfrqOEMlGWmkiwn6OvdOrdQeH5b9izVwxlDGsyUqfla5Cr5P9WamrEcO+5nyzWu9LE364Tvtxb94tfFh8QDP59awb4/Ald697m17s/8evdaWWYm/Be8Yhslun28ImexF7W6j/90hqLhaV6huNs9y0u9w54p3rVvsl1ss8Bv7e/n17tt/LiX6t8adyDpDDVZbf0cu9CPZP1C0TqO5/7P/T95Rc7+fm3uBK+7N0oqC8ABfvMtrOJv8oHGfZkLbJQLanMP9Hs6j3mHeOqcrnPXiXZ+mdnez7cP8kd7uLtLLOzp5rAE0qjM7OA/6J4dKzMHGqhX5NgXAsp5z7lYB7+k/iqxLpGan2939CsApdmDfZSkNnmdfGwVy2H52txD/C5OnfuoG3GBRrfI+VK/yy4zUfP7mJ4tctV3Uf/Bkj3iSDfUmxvd2tzOfhenyD/Ux3Wv+Bi2rvY/rit1MuDZ+gt/pYs8R3GEJ70uPtLwXejqFwqUkaNeLg9lWCWPreK66OZ/aKpzErkiyoir+BbzgZAutbnve9392qQMs5L38FuLT5iSHBXPwH0RnbSH+XXu4b4a79demdnTR9oX+2vcIc6+8f2pr7/0c+xKr8r7lV/nHuFvIcvQmpAaaC2Ie0f6j8mezrvh/rnPXe0+7vbyh1o9nfbxHG82q8nq7f/aLxRH+YfEj/br3T5+mdkjvpIrSbGa3vf1693f+Pl2Px/HtIDOXD8LaXeMr8pdLKu8CujvI3UG+LXEcWqyGr1j/Rz7Zmqj+fpFTl8+0Mcd08X5mMY1yK93C9h6d4U32C8zkbPi/8fx2tzj/ME+SoX4d5WBGmGZebxf4pf6J/gF7CAPdb0iKPOHWifSnkHt5hPb9xa7Q/wDIMeuzT3Jr3VfJxpG+scqfrW+KfehpETdhewDv/XRajHUz7Ev8ZQuVee+6PZ0hvnY5/vc+bI2lPRybPz/r+Bk2mHD/fw4Sn2n+IXi12a+/ZSbb4/w0faCEj1K98r28qD7O3/3LTAoN64Tk7wKQE3hFFnlneqP9MvCuUZd5C7vNH+929053Y9sKmf4PeLnyJe9M/03SbaqgFEkN97nnuXXumVmbz/u9fBy7Lh3tr8s1NzybTNeZlpxO/44SZdl5iA5OUvpyBtcxUlbyYe9HJLz28UjreyRNOrhvC9yz/GVnSWici/vPXdT7tFevVsY7+KcGMfzG+sus3PsHK+Xt8zdlPuR21r83r/LfdlDu14FjPLP9evdXL2nM9pXrdznjvFr3egbY/18u9zHMZ3n9/IGGfgr8M4ybK9QnO8jXXLs1uIafZyfT1abC/wi5xyJzy9s0l6Zidw56hu2fZ9b4de6rX3U715Pckhc2Z/YqActdi/y0Zpa76Kc+p4blakONZnx/iZ3U+7mVpMc/NqJfpGzSuvpXOybrNG9xH/cvdR/OmNzq8Ge2gs4j8r6F/Gl2txfxx/wyswr46u0K7zx3tMZaj2r1ov8X/kve5cRF33A7e61Fvn2BH+lGz3BE7qjP9Ta3OoQb717iBdxqa9DvTFly7zcz7ff4NHcX+Fvcu/0XpRRn/LtK30lVWMtnKHa3EVupT/UwjK/NvFEnSSrfDzBXvIUP0WLJK578C6Or+L386v8A62eziFemfmLuGon7m3P9fDrI+PrxES/zLzaf52eTvIf0Cb7KKO3ypxCY8HZ/FtsqNXLu8bPtbClSrLjoHY/1ceeNWio910r692zlR7h4Y58neHcT/NRR386Y5K8lnjooSR9nhT/bVzx2pti92ZO9zfol8afzujpXBa3qe1V/BE+JD7DvyvzS/iDv8ytyerL73MD70kXqTfTV2dYvn2dr7Q0bLPRLSLa4phv57N8/DXbr3fB+xLm+Ms9lF5R65nrvynRojXPX+OuE9X+9T5yM7RAvAl17g3h0wVyqAXejX53WShq/Jqs+X4F3OQXOX/0b/aLnHz7G+sWvybrT36Rc6tfZt7md3Vu94ucO/wiZ56808cTrNZf4ONOLDPv8hdmdnUeIHsu4GoX79GI8u2Ffk8Hn5zhlZhl5tdiiPNnH0eGT5Scfp87Mq5kgLv9U+MoQX3m6t4if6iF1iAsv8y71v9zJlJtsZ9j3/PtDjiDTZLLvXv9evc+f7mLfB5XCp7WaI30vULxBr8/+eZub6Jc5uYb9e4CFveU5aY2d5qfb1/joxSDPX3Dy7cfd5f4691HvBx7gj7UWu8eER/lPeDn21d6dX4F3J3JvELROf616Oyp/kfaSQUs9R/0H/LBe9+tdxe7y/y2bLlf734uV7r45EF3mT/EeZho1pev8IuclaG09LVY5afK4JpyvCHxk+JoV1HSR51bGu/uJfz2cSXjIe2i7+J52yX+iI9lcL+bHtmkMh/1o9V7ktPTedQ/N/6Yj9jGo/47ntoxq/18++T44/6jbp07GPD9A9KOr+KXxubITQxbyXTQtomy+1DrCT/HPttDrRUl6W5OKyePbBKIQNS5T/oPeV2dZb6yh73mfmOhJIDah/C6OOvdFM7zlP+1WCee9pW+/Yw/wF7j12T18K+I4/qMvtzojpDP+vWoTXh/8Z/zN3mbGGIbl8jn8YT3ezov+Fj6RX+t3+CjlafIQZzpJR/t62NlRw+8wbDRVVYhXF0DpJKtwOsXX+Yt97o4qIcgdQeT5II7aDBUyeXe9vKV7a/iF+vvu21Zjv2yv87PdSLKInpT577vIu2UnFFmvuKjVfZVv1C85hc5feLr/Xr3db/RfcP/Wrzpr3c9G3fGW0Qp30Ed7q/EJV/zUTrNt9/20Q77Amzw3/HRwvo3P8d+1388YyPHvrf3Nvr59qa0li+R75GsiDumzm3Q3vc/+PYc2ux/6f3dLzMPlh/Cg26h3AJFcjbrIT/0EVsZDB/CGvfCjC1+ld4TLDgGNmrVsf6EXGIEI3xG2fUgj6L5HWHP4Z3YdVoBLNMYvMJUdJpt7CP/A+tjvxP7xP+H34lt9TPhucxCJnUP+gsVxedT3yBvI4zJj7kNEa/GKOvXUY6lSi0BQ2LjYRNY8JmvWv3AQg9DRMOxF+jBNh0+97dpx/Dx5AM0OVYFeXBdeGO3Orbj6FIoYimMhk7iWcOAftoXfi3vxPa3ME/dKexAtjMM8Z9+UxRRtWHAcr59C9ujiP/0m8MRd16/ORwRo8ConD7RvGRTHFCML6VwZgOG6XlghZ6LxYCRi3pa6BOJiOEbkKvlwTSWIJ+vbPjSHwUTtJXchs1M3a1+hZWDCUdp2XCUsKG9WKr7MfQx/MpH1H4R+UupKNPjKUKO+qLKGVkMm1kVuDCEYUalw/RtdNvdggqYouXBHeQviPOJT7/2Z2pD2FQ4TMdcuCbUc/RUOJH81I7hFTDCRJ+cZ3XMyvyNf5B2BHkQDLYFPEXjq6Ryt/BO7Auu1gL6zk8MPR7+5TNo9NEDtgNP8Jmgnl4ENvyLGbDNh6CWFwALEmyrhn1O8CzOgAcG/NZSPa5ycJXWwWhWABeCFuTB0xZGrLmT/GgPpnxgemDAfDaFK5/BPvrcMLIG+YtYuFuiDGsGtOZuGLejxsB+tYatsgqGw+tcQCvLCFRpjD/hgAAJFtiU8ylFNREwuEXPgxc43pPvxEayVRx9p1Metxu1vzPcA4VZfWkGRuXEApO3oSyQ/aBG26hh5PNjyFdIfQX9q9qLTUxFD7coL9ZwPoPiRUQRdffX2rJOrJq8ZVRcdPzKAFZko1fCFJFeV60MAdjGzuoiFTZQ7NIlrF0YVUF5MWF7jRC11wiVgNmsz+TzdRV/XIarqcAw4D12rYm+1IsoZ4Rauzq9x29jC44xjZ9ld6C4I1GMXxXTJ0XTTRSbzoIBrAIm6hVUH1dfLR8Tw97o5ME8gNXyacm+qFxad2gipGEXir2DkXfK4RZqYRCNZLU+UVclEN+7L8fNUrEqBsfMYDNXa1i914n7WYE0Rtn4vVONBGRlTOP5UAfVgHn7pusqTmsfbgeDYwIGGrj+zjMKKLr82xSZFVt0AmxBtTrKfo78zXTyJP6caGBBN9rfo2y1M/HuyTb2CpzLmYY3USp5AXzG2+sZQSacyTMDjFLzd2ZyfGM127YBr1J8KIsyA1hBG70clvA6GM4/97OC1JdY6EX+qlEFX/ICit16Lu/LJ+pSx9Wkcu/2YIVZ6gaM1AtgUtyAu+1ZgPhdRpjNLC/keRdylT8MYyAPYKVh/O/zhAEnhJFxrWR+UNQRH4vhszEcM/tt4MrXcRNMtC1A5G5/doPAdtTNBS+c/3TvOhxtqyBBq1Z5m86Nf+Onz+JMyA4w5hfe8cjX1zP0j/zGx790rYGr1Y7fyAmi+xfov3WbOJNr4bimUdyqMuKBl/IvwhljlGNiW5ijyKZI5pWwzd9M0UxcejqAoTdeJ7Y/S435BpEbGPQuB24NI2AVGjU6YnXLeB9mwB9gscBfeeSdafMoXrjao2MoK8iAJi0+IP4AqnQ7ygA720SauixF1WhXWUT1VE7hvDDjmuptORTZDUTF8aCkAYs835GOnDJ1RnnJN5J3qsUSTbKZPxZ7NcwFqNrDKK2fsAo5nrwKr4ZicYtjsjFchPHHn5evxQqoV/ta6NPFqRZGUmX024K8QPXjdT0B72I+Y+ikPRa7n3aLGzBYagrwgqvQjxyiVtPnXuXHxN+z4Bv//Fg+FxAPsAz6+uHzBi4DBn5wdEzQKYN8XPGtIMiD/MCAD6xymIXtsogWGV4bkaBVakIb2C/kvEdkdA/fqy911AR8w1/gESXVXI9n6F3dHT6ANhZ+eRKs1qN8b6v1GaHEcCqMhDNAwKSwxQUqswxEOS4xm91BSJ8kvaKS83VV0qXvzeeLvU7sXqYyZGKf5+u0p2nmtuo1eqH1BvmYosdzBn09AepJ1JeLDQPOTa75J9noNNoZTWityu/nDAeVARIjhgtQqwB9ngWcnJyhmeQjhzVXMzWKAg3HMUxXZfCu3WEcv4mR6wbobLuVhvhcAizIggUsRYVh+upY9A0V5Tw69ZAeE+2lOt74xhNrJFPrGKPDCK0y6ZO9MW23UxxRytNeAbjTc5O7DjEmAzD+Tjmo+K3lMISpcxC/lw0fE//8jdFVL+I/C5SEhm/PoFMT75j8I81X2IZFcCHD1V1NEtYWjhGIH3bU+Yi+1YfYKirxk+Qxi4hcAvBUVmtvCS9NznyqzTyKPJhH5drA7VrbZNy5kewDkU41Veb/g2KN30Gzxu+RaoKo5gTSUFTrC+cZpXQ6Ry1+QHFkUd6baONzdfNzA8Xk+oyjjGb7w2LYg0JenBxHarVGsfRUhhd1v0PRDcs3pfgYiqq5fTsWYETx3anfGMo0+AZROdTYHhaR7ISykGM1laciTp4I/1ZfiKLY4/gHhdJtX0gEGD+0E+tNccHO5HgGj6c8kirj0p3EN/Umqw31v4l29PV9vpWM22h5oY80Po0i/uXRHRjMYBadYYjWYS+RF6p7LuqvzynKVEoy9ABzoi/jVtazVB7nMo8kwWgms5Plo3bUTBoUNZzBoXTLuBzawL5BJ/YGXBc/zRrJ8n1sZTXsE6AvNGZg0JMnx9uaamsrFAQskppgoo1RBTtDVextDecv4jr7UkuqHXW/7hEt6kuC+oby5gMkN7zFUBJvF28X78RaB+prT/PjSVuv5zZMtHeshyhcP2OgscBOxZ7bqB3oK7mrBp41DvIFlFgDDSVtLUbZITx3poAJZ8cS8GCadN9ANbDtBiixFJdQs4IrfmHOEKr/M22iXWJhKSw90GgD+wW5rE1wl31BTPW7D0QrZArJPEV8EHRiS9lLeilsA6T3ENYW5tmj4CwtxZlUHpdoLas+ldMK66JjyYm20lbbBlF/O7F3k7FlVQ+f0OdwlZsMKY94Wy770EztHcTaDieehDc0PsuIJIVObCX/ACL5Envejx1GmQn2h45weEaUFaEUCgOUX5R00Ye+vK/+8wDvs20xFa/LZdlhPMEbM6eR7/oxyVsxbeGyMMMCnrCzWQI6wnozj7QbwxEwTuzDsF/Yn2rKmnQglYhODPTiP4z4weEZSvZD7nWaiTYfsA/SUA6xAexZzICbWXN10Tt/Nd07UHO1fyDgFNaRomp2pNtD+G8nuIx3pF8LHQHvWPvorubAAQGDU9gvWKRXuWx5zoFBf+KflWG+mjbwqcDvqvHWAHIGVfowoTIKI562DR6ysRZKvXlgGo9noGSEVpZnja/ZDWlarAX78Q1winM+XMglnKTXUizqT20D2gVLiNN8aUTSwwQH37UPlLVCUXWEiTL4QbRbd7RVGKGtAjUrtD2gzB6tAoy13CFIyTR5YGhodbChExvNOrH1pgGLjTINZeF6U61UjFPZ3WAwHP6G+wOW2Uqqfk8UAGapT8l9x9E5qqRhC/JDiWt8mj70gVBS+iNplEI+/Z6Bunol0TIrqeHinZiOwTa6rVMOLuZrB0TPDGo5KreNsuJ0Yvs5V8U6sbWZBwcCNvIv+Mu0s/E21PNW9J2elGcWa7W31ej66CNj6ldbOMvIBEXhpSweM6ATs+AafUm4Y/8WUn80u9CPWh4Oq0FApyD6gspNqr6g8kbdSpIDRuO3KPNONLZn4Va4T8sDla/wFZIMXtX7h5Ln8hwbHKZO5wODAqjniTBOgpHkLIcah+sNsDwHS6j1qlqrgbmQCWhfdNlBPs5sVqwh+TeO85BgFGD0gCmsEqYwiyF/2cgjDqPyCXQOElAUYIvxsM8o6/QXigY8PA0q4F6GERuwVTfUqX5tJuDR8IRTeTSQC6belcI/AFGyA9iBVpQboJQykGLbKb7VB5bB0awXQz24rYG5I0ax/hTj+FZd6V8G9IVDg9Ei18K/jiIdfanWBlpDb9Y21LLwDkwsPCnUODDnwFxYBlMhilWZSGqXGRQ5uQ5q+cOU2SpddvhAIDJ2ORvJ7sr8RTA3fh9F+Y9iomLLwzIFIK+7BNQZjLPXJWDQmcaIuFhnaMAYlQHezj+HfUm3+LODYr1MEzDPd0QedAsEdA96BIeR1v8e9INSODyoysyDGh+fNIieQd9YcfDLoLvxq+CI4A7/yMCAXkHv4NdBib0wU8WyHQ4XsWWQzU2GGYy2ZpSYDI4K1O9EKB+3AXXCtoWXKWY0xs/EOTg6uIhmAbncUcFEexDe69b/nEnWJduAPuFJvlbbqB0CjibgcVvl6TQor+H1PANjUrI8+I2tKDuHT7T78s+MiTbG27hQE6G+F9EVqbgs1CP78uVkB5iWliW0DvoGV2q36XdnRpJk05GM1xicSrZH0xDQVW/LGnQBvwk+h4l29KsNvMX6kWWiL29D99ur2DGB0oSjnJep0pIiJY9kuCaW8QtiiqqlYYRQZWEdaBnwJ01FF20f8kl8p+JxsWSJRZlncGU/+otdAFJ/LtOA5+zUyj+V9tUaOw+eyxwcRrHoHyDipW5uYd1MR9G8UVfycYZhUGZ2ZSVq5URW9AFBHhwbJELMpDdlGUK5pJF463WaiuBZDs9ZSpcdGKzjZ2hRLNs8uiOWSXLHwXoPstEug/b6l2xdbFBQSfbul/zIUqy0hlt4dFNMfelufQPJwdcnn+MNYbwrli6xKPSqlLIiH89yHUUfRA8Qq1FxOhhkSgaDgzw4LhDwjYn7aV8TbT+HhS3jPcUs3XeiXG6dQT1pFbtRw5yqT5sedMCos4EBy9nxwfKcKqhiUXtI6cfobvzB8iRWy4+n+LJLGGZ9fYsVAeYsTcD9vKtVpVfHFPq0Udsej8J9vieIVIQnlbLt8aQZUBKMpwwAm9lnfh68momrA2mENMkMLZmlwe4gWVJHLKsyzeJsJee/OmbDg24pxZKdzbZtKxTqP8xc1TxKNc7aHiU6Ieggy4ITg67OkCDfPik4WP7/IlT/9JtiVMU/AEa1zkKEykbZQRxjKAtQOjKV971jU9+NRFU1wa4Ql8LRH6VhTjfMYYKIFKf8IQErB4z/sft4VJWTCO3ZPywiNZLtHSLFYUdEKgN2H5Gi27TQiZ2kI58z4Cq5u3jUdyFRnzqq/o71cORL2Ab4/8GfVA6JpgjUzD1Gn1LI0/s8HXmar0c4TVPk6XRze+TpAVARVtRfU+ydIVCIO51uIu60PeK0HlKokDTOD+O3b48z7QpXmmKn40oRmkT1udRLNLWC2+u/DR5nhZQl+nGGtmHM3vECRRfHM80Lb0Djrvu5fp/YW2QpD44LtR8WSsGle4AsIedX/GbP0KVRPzK6NDRoDltCyUpxplsZ2yuEqS9MNgyoNufC94kyIX0z2a5Rph0xpvc58oV+EJXcM3zJzlhL7TmWgA84g6VMZSC9Gup4CgE63VR0FApJN7CGssiNY2oOKqEHuxr6s6/9In6QNiwQcATtwLX0vAqGaaoOI554cjCcbAkreRS34gG2r3Vrs4gVat02Uxp3c6jV8/b3jVl1Yi9wxelOsyPE6pTg/wupmgO7i1StboJUzWCd4d1Y//Db6WhVBxbhVVUC8SqFUKWjVVFf1vHvB6tSa+rktJmZCekYVQx2F6NCCXZ7jCoGu8ao3oAfFnHBbyVCe09ziIvCWqKx36zd8O1aXgRzYU/QKRz3d6NTChk4iEraPIVNRVGUUhTbOT71Y1GrcTfo1bjXFBNEsfWQjkx1plO86YmUQqfwXVN0qjgNncIzGdv5jGHW6e3RpDOJWyuNFksWpK1l1JvLIZPNSIt1Eumq6a2majSHd23/he9q9cfDr3aNWJWHLX/I22kjApTuKsOIbTtDq/BE+12A6xu51tGQjjyZMF/34DmoBMx8qBArnOOolprh5urh81TNdOwK8Zsd8avm0asUcjVb/27kCufzfNg99EpZsJvDsIwmGFbiB8OwBho7x7D2HMFKtZ7Cru7ke4ddqbnqou8Ku0rsAXa1I0LlEEKlbLSHZ3QIZd/m0Cq0Wkd4VY2+c7RqR6wqQSfs7iBV6ciUQp4U6hTR6GaGuq9DZdWp/dNDoxQKdSrN66OZu49BnaR/Yewt/oSZh74bf1JWBkOLEKhO5jl82S7wp0Myvxt/UpJ3c/jTd+FOu4M5RXhTAVN406nBdyNOCm36kPfRs2CQoX7viDel0KYP+Z6gTQppenY7rMkJUaYEj1Acg1Ccd/KwZZW37cdBm/YMazKaxZoiJAnRpmy4he8caxI/MNZUuptY07+LM32/KFOEMWEfIozpPRgZRPhSjV/5ndiSA5iDDbElM9QhUrjSfLa7uBLqJbvGle41vl9cSbWyu7hSaiS7hysNjzWPKmGswnREKR1PukAk0tCkXWFI+xnN40cGSH0Tq9oJVvT94ETv838PJ/qxMKKv9M5wWnA6nYM7w4p854xAldp7bGg+u9S/iGEmhzOD4dZZwdlBChcaDNeLM4MzMrb4F2b892NE5wRtMSqE9/tgevx/GSsy4dYWrOg/CisaFZwbjA4+Y23hTJ30CH5RTK3411kPDTNiVsfGBGODnk57E/lyFZtkt+BLLfjSTwNfepw9kSz9RLL8U2xn5Q+PzaTMB5N1VfJ4Y/uSK4wJsR8Ptdq27X8Zt9q27YdBrrZta8GuWrCrFuzqvxO7WsZ3xK0wFwBmWcDzM0trpXVIok1WE1TmX9LVolM6HZVBTGYA/8/GsXaFYpXCg+I1rm7j7Ei/xl1SsHGPaPj9Iltd4HW2+7iWkgZQCjo8ticYV3q9vcO70lvYk6/9p+Fg27b9LyJhCv36rttcLUhYCxLWgoT9pyJh27btPRa2bVsLGvbdaFh50BQNKw9a0LAWNKwFDWtBw/YODdu27aeJh1XHxvH/pttR4/h/5/0oNTMKwaK5wcytfDPrr73N0jGvgYBngEK33mYK3SqFP8Uw7+W7vCTLBpmBMcdKUYs28d8RQSXdeC8G3FHKetQWbjS/AAO62S3oV8tNqRYk638ByWq5/dRy+6kFQWpBkFoQpJ8+gnQgKwVLoEaQSfm60cK8I360u/eg1oLCj5w0/EjhRSmcA6UItCQh703Z8yPt5vvDUUqyHOJEyyAGpdSHHFgNNwKDexhSqp9RHa7D34eWbpR4DVrLqC30D88bjEntaOeFXHsj8PCtAcXwAVRRJLyTYvvwsYQdkW2Yn2CjdWcfYx9+Uez68ClKBleTPvMHqNF39mUrbH1/TUUqZqGNE0cYjSMLajnuMCU9zaNfv9Vf0lT87Ik2lr8RoiztKX62iq+lLxxCdv9Gaj8TFHXXMRs4FEAPkn2tMF7YLbqiL87lPdZKfn6g7l1Vxwyojm2B19n+murTfA0REaWpVseKaUajU8Um/++LzNImKyGPWsCogA2AlrDmarTcl2q5L9WCErWgRC0oUct9qZb7Ui0IUQtC1IIQtSBEOyJEP9UbUuOM1A2pLfDfhA5tgf/V6HnFtrKBRXeitr8BlQe3k/VoHtkaXmN5MAemJVGfKA8M7qcigfLAuKAFGWpBhn5YZMgMfjrYEPZld9AhLLdrfEjliogQon47wYSywtMdS+8cHzqbqObA/Xq61m+Q3Ictt2A6LZhOC6bzn4fp4FgXhBjKAraneA4iNhEGw+ATKCU+sSPKE+Vt2hXKg1pxC8rz34DyRLeEOgOeUf9N8e6avyO0M+o17hH9FLJ1dpJ+Vwr8bdKT70LHNnEGeBOoP3xmpCx1iAQgh78urkaGuwr7hS0ery1gkcSibPflyTlBG9rFIYKRB2awWi9o8i7XQI+tcpqpD3kiSZVd0URRBL/cAOXQAHNoTBcEm+geEeqoza+3C4Om7e5ItyjWH6JKf2cR2qTWXgpvQl0Y354dYlEos6S/TaFLebCWD+UJolvVfyzGhLOWwouQFruHM/UzUjiTolJz9fD57uFMKteVWofCvy7eH1B2+P5wJ4VpRnlGOjFV3wilKzxfLiYJFmXNWTqutc8JeUBE9mWGkvsgjvba6NxqwbBaMKwWDKsFw2rBsFowrBYMqwXDasGwWjCs3cWwKoKLgrHOaRnjg4uDiuCS4NKgIljGjmPFMNZZy/pzE6K/sSRGWcqDp7RNDoPJ8U7sOOZnYrQlk2F0scuC0boHZ3EPTtINQHv/hODy4Gw+GsZZx7ErgjxqIxuOhQRUBH+FbPg8pixV+LwADuOzYAiL9IgjxVK2jL6AnP9WQiba84IQn+kHF4T2+iuDYkB7PbZRDTOhMqgK/MyrAgFXBZMyJ5lT9YnBbH6zZcBn8DkY0AWuDhZylILm88dpR0+Decn8tqr1auJCKN838Hx4np1P8leCTeMGfGqYrFz/PFOdSDN1Q5sJw6EzZJKUM4I48mfm8xkHadiOkjiryY7uQN8YWsUb9WlsPMlxxdAH0p+Xw5VCwHu8Ggy4W/9NjCyuJLfeQtpsdRNkAOsj915G+Tev5+1YWygl6dQyJwWTg+sFljjYwrPvQL6AvQlRe0qzraZT621b/b0SKmEac+BWyA37hudEiSiyezD1xZupvWzIDSWMYh6dJWjNOwEMyAKbFYCyMi+D1rEjRTGMBwHHwZTgdZZlYf3zQi9XC64JBMyAqcFmPi34o0BMCm3vBfClIN04pJyATFhJ5zdqDlGtKIJHW1Yc0qP5EUZW9Vf4q1zCsWDAUtK1JGyFcjjdYDRSZdtmLAE+yccvkV2lGopFG7JRaFDzrR72kqGFreKZnAdTqMeNhEgUi2i2cK5uE4oCHDQ4N9mnGPwltNpVh2tLjWE0u58VwPNwg7gjrKeHX3HgUK1GV8/S21GUORMU4oFn0gDWga8UOPuf6y71pw1xbGz1y7A8WlC/hq3wGsmL6IfcSN/JpKzyBvyeZKM5NPONzaw1QWhVKXTWB4dPPNonT5iVUBEY8FRGZMdSX5MwUyuHb0jimMvVuMthvNYY3vxhtIP6wPu8LwiDwacsvT5KKC6UUrb5MbpaEbUC+Thm2S4GRHquBgEzY34m5oO9gqUwmTasiqEllydxjmhF/54sds9DLZ2mT9iHNemdoC8/Z6iWUjtjcTgvb9soEa0MaYzPbgEGN8PJGq7NlUk7XtSSB22ZQVa/5+Ep9kCYt32jzeAbOredcPSz9E5sK0MKmHAn5HK0SVwbGDA9SMCJRoLWP87XC9qMQNkC97UYUzvYoS9VUY7SbPobZf6fgQ8pzoV/JWAfSMAXditmwL4UIyiDZYD4Vs6rgm5GJCWndp0DBuEOS3hrcElCr057cx4I+JAreX0CHAtPwx8CgfpG7FZCYrLoZMZdi987jLiioSHNM0OecT7R2KRdhzJwZ8hhI8J1ZUApvE9a23Ek1Y9vwpM4SaLIRxrIOtJFG+C0sdBemhtK8VOhNeQyG/aHA+DnINmB0N/4xsD+taP2fJZPvGqAkYBjjbMYoocdCUE5GDUSQA13kLGYDTYMstB7LAGHwjaIs3z4BRhaLhPwKnSjXfwWFMDtdHOsOly3gsaNa+WNcNwvwlroS7vrNzqulHahvtCGsuOijt8TDHhVR90ql13C2sH5zIBLWT5cDpVkvVffaAAOT7KHRfqaxlsDrxgCjtEcjNkEM4NEaAFS3HlVyAHPJz1/Esw1cd9hX+6H64JRjoBsS9n50KryF2NWUADdWF/DA7QKKR7yFHOgAeoZtjCXZIuEhVy/AFrDftDNdOBonoB14b4R0In93E80WUn4L5YZ1aQMctlaO1XS0J4VFcEyWMeviG1iai0MYx+TbPUkG8k8MGEwPM8O1AugnY69NAnnNuAQhrIcaqGtOUpylbHBcLB+XRxbaAO9WCbsY/fXR4Gj9adzanaAM5Olq9sdd4cjdcjqo3ieCG9+zAlcVgT9WZ9wnrHF50HT2sDpGoP92NzgsZAPvgq9iE8tyHlKc+AgJxPquSpf63Smp22gEhrjON7TzApYkHOU1haW5lTC4WxFTh6syFmeg7S9guF5vo+2v6ba6gud2B9iebAqZx7F2TjSMci6hRLk+xxvgKAcWR04MAsSMIEJ+FsGSkPXB2dknBVs8ZvKddcHzcl1V4mKAKW6GsTDTCW5GbAldjZvKrl9t9xWBzvKbSvMBOCTQWEd3Lufis6wzkgkV4OfuQTOg7nwiuHA7ABPFFwdW2m/+Jk/RcmvGrrG0Duha2x/4pR94Te0/4exYvGaiWvxUtiH203isC1JyiiKO1TDT1V+VGfnDcGNAeKXNejDE9wUoN2c2/dwBkbsAu2nLGN+ou2pjLmcpcuX83kPuuuPMprq6fYS6Kv/lgyKEuhHjAGuol3Lo1Xfmzz6fUijKPmMAoXEVYen2KSQjvMAvU1wRA1k98NY1CfFNotK6Ay9oA9cRtbp9J5FkiZKZOgNdbxWCc/DYoHWYZSq8PRczKJc8owfKcbTGr7H+jpjOROwQMMSeOurVvxYcvLGUE5OL18KXzIcd386NXpBNdlaz+ToM6hKqT32VWYC/hh4UJ6kfB5cB2M1G2aTx8JcGGp9Y+XBzcFYslrcEpxtKikysumM1bLhkRjKPWO1K+1M4tcDYRB0hlVsBSum7z8SO9v8jH0Cc+lG395I8wuTkjZ6NjUvbWOL17EECJgS3KvvifS98HuQvvfXGkIZy+eoD6T4yTg9XSbvDOdmog5xotWcdI6YencoaEY+T8nmR4ofTzY/ERyWIAs4en22yOn/2XL6Y0Sb8TCfo6dddDLtrbSeD9cFBvypRWb/t2X2SPbFePTr+VpWEeCdbJP43ApAmyVKvQYoedhlZ5vD2H5aHmA0IQ5Hx3TYwPB8QZnWgJV05/lt8DOxvQTJuKr9D3gBZGlPOdgySqkD7PXcgG3sRet1hn9/Frs1eNEy6F0F3Ba8aOWF5ZSs/fuMlLSNXtNK0ubh7lNryaE5rAgSxLEE1EFzknQdbNXRC/p4IyUzD7CvEtNhJtxJiEqPDMSaYvYMGMbw3F5EPBx9+kppLTBYrJcSssnhm2/XxjXwEUfKN3ABNxBm2UNHfGg03woTRQ+OLU8HJW0rORv7PEmgvOvAZ+b5vDcI0LXh/BAogDNiAm4PZkE3iuHC4V0QMDYzAdjOZDEJZpKvnoA7gi9jh0AlvG3fGdQG3/gCphpYRoBhYC9fhamiP8yEY6HcMOAfsBWWkhW8awzpsxUWsK0QaHeIcXz3ZC5s+1oxgAkoIUk7XfaeLlD6LoVG/X1+pcA+vMexPMreczSUt/GvHSXuRh3P2VLiriiJRNL3DHEUx3Gem9QQYvAC7ChjH8sVXXDlIX+a3axkXQIl4iFtV3J1CewoVWdZJSRp3YK+bKISDgWkafopzqALFPEcS7V3PsXaiokjGIcj2JFM6UYPsVvhKXYgRwz9WKLJDaIEUP404Ciu5E58quROF0rgY5qN26iUTu8Qsd4KJYTkzBdbYS1gzB7CJ0lOraJ2PcJ4cCRY8gptC98K+H4MzIE7qLWjeCO1h+dZf70ccHwduM2R8ihH4Le3AnLOAgi024QBV5AXHiMOhzVRDiyBqdBI2LCSAX9noRR4Q/J5bfgttRYbw5lHvWAYO1DvEEaPRpqpbz7CDmQSbCeTViP2via0Hioa/xUYxPWS7Vp8h88GpOhKGu0kmn8BR/F/MNUq+hXlkeSDPgh96f4JrnpFMUPTNMYiCQVP87xwHTmw8geQUhygfanht38r2rB6VgmFLF1WiUogJ9tTOSWqq2QVXAF7J6m0sUbqBqRLJU37+/8jo+C8NIazI2iPC/hG27mUgqt6z2WUZ4yr4WFxbhrKrKh1c9JLvgRKYZF+AmkBreETVgY94WCGFq/HoYBk+WcM1CSWaoqv2PAlTKAVPAmmwjTg5KM1GSbDtdgrGMDzkrwLJfhiOBKGMNQuJsDlgFpEA/Qh/nuf/pqGPE3pe2qvj9AqMSIYrBJroQSW6BPgFa0/c2Aqy4dS+A3rxwQcw1DWfFU7lvaC2j2kI5IH1AP6BHCIm3+lO7AgKCf/koE0UrUesmE/Q8CV7HZNrZLUG5RJPDrf+7AGWM2y4a7gTf4kW2CvBSf0Bca7cgLu1m2uWlFYeB5kiggtv8tWHJaHct29LJLr7kRU3qgM5ToBFQHKdo/B/tpVPCXVIbVxH6D94UVaoZGcl5Lx0DNsWngjLSXpCRhlJEgiSElzC+2U7GbAU04kv82FhQEjS1ge7K8nQhluGSgpjhE6fpAuoIPenAyHu22oOdH6azwPhprqlkRfwDsHiJ4PNY+EaI1nwV/jpTCY+NnfoTyc507az/kgcGBwKE1dFGRCObXUGoaa2XA/U7VxxBVaVF5JUcr7pQMv0qP5V1hhKVzKU+3hOYWabwEMY1MYfn0/ZkL0NBF+E89lHAfmE6oI/myrVYDUvYo9BpV0ek/RPWgAg7hhUWw8VMHL7OwmEibKdT+8jLkr+TKSP9NlzAr4MWTMCrhKnEV/O9A9SX/Vc9Fkhivob1x7d7MSYPB38s5mtBaPBA/QxqHK4VlnMuSGuPKnU71ruaGVhHUKoMHGNZGqMfEHknMn7VTOnbwXcu7UPZJzrxXz4Hw+k2zGU4I7g19oaJUcxrJDbubBvsZ08ldB+gvIhnkkabZjapxIqWmaunE4QlPSIMpufw6KuEd3xkZAJtwu8IS/E/LBgWt0A07naAlHO0gnNjQw4DTO4EI+F4bTTc9pcBZRsC3cjV4pdArk0de80MN1LFe69tkmvu2RIcIS0wX2Fj0o8a6fhOmgbEjYV2UjmwXKRpYPVexYzYBFwZ0gdZtqG+RN9hLMg/YGchtlI5sLm6EDx17NA2Uva2obQ1pFFjS82StiRdygdYb2pBUslW0MqYWxZVcy7OU8fj6MpruKuAJxFpT0NZpjT7HE7eJOQLqgDVOtLjzxEDHB0hFVZojpaQhCaYggqNNxGMNzbgEgjtBOQ8/vFI5gk3RYxEohZmswczt9B9tcKvZGz5m1Ez1nXqjnRCgDajuRrrNzbaa6RZvZQZtR66REHEpruzyU8JTVHOftcJL4wzXP8Jw/mWTjV5v4Rqhv3QxTGM4wjvnf0ZLyw/ZK4SveG7Lp7qGajzx6IkP9ae+0qb3RpbDOdLKl28l6KO8dxb+LKpG1uzm9W0Bk6w20L0xl914L9Uzdw0+Q1R7rNYT1N0NbGAjKc/F59juGvGWZXkB8ox2dLYh0tmWvs+/SyoZDDdmjM5P+IcgjBGlr+DwbVmeoe01dY9Hbcvo3OxxVCWyGV6zbYAzd+lRjuEOshftJ1u1P3GQzLA4MuCe4LGzJZHNJxivnIsQZ3tawfDn0B00bZxmwVU/prI2hpLySovPhze3WRnfYqt8bCGjFtli9wWRj4G6u/F5wnfTOMhlqt76RB1NZB5A6IpaqDfSbXsqm2LMY0iV6irsJMY5/0O39Rh33RAk9m0b7eGp4+1mdJLhe0Z8aV9EzhtJbHxYtemvEuVaJ/1299U1+NSyw915vvS+4yzbgK/OH11Tvsn8qmqounmQfmnuiqW4xf0qa6hdmi6a6u5rqV2ZTDAXXYDbfES+5P1jM8N2tmoQlgaLo7doYKKZbPogt3amhVwTSZKmGbysxTwK8qJdQ3IUVAk8fpN0KYUBXjnrbEm0u3KjhnRODTvQHAgY5fDN/QisACQv5aAtntYz4wAPaU+JpgVJPXYBtjGJ1xCuWEOLTXjCS8z7kvZjBDPizhtamCMMZxRw4gC0N9k4nv/X/RSeP9PCd4T6fxX4Mnfyz2J7o5FHPdlc7F2H5PdfSo5oejGUtGvueaew/pqa+HhbymdCT58N06v0Q9iXPDLUIjHv8Fvn+nMYzQ652kFYK5dogjmVPNgqS0hvqW3i7HT1I5muKVmtpvvC/e3jKl8SINcCiYMb/oI1g5vdiI5j1vdkI5u3ERlC9VzaCDKvFRvCfYCNo0f0j3V8Acj8WRl18MNi5LWCx+L6tATPYD2MNeEDsr0VrahjbFMMRqu/aUE7PSqCKPItqYBAE2mKhuBtqsjbFeV/Il9Boi2ElxVZIwBgYS2uiAS6gGwoxIcId5sC/YHxyZymu0mKPaLFHtNgjWuwRLfaI/057hOojthhpe6jlpTS/td+u8CFsLUiSzk/KiqRNle2lik/8VhJFqdgOy7fYN5qzbwAw2MfgYYzhGJgUzwejy2ZBK8iGHMhV2DkcS7l+FH+/xsF+nwyMqQgv6vRSkWES5AE8HHroPwMB7xqpc8yhSEt5FF3tn7kMHgqc5NmWOscMeJt1AIcZyfLVYfm8MKZLqpW20N7uGXont4FlQRQjpF3a6anODoxj1A5UxJeDoAOIkOe/amTSmFUuoN/DKNgGh0KczgX17EWxHz9ar6TIO8+SnG+EbzoCvsG2Doh1p7VeryXoHI6isAw0XPgAkMbNUThFXYzZp+hrAkB/WKEr+ibCmLTnkDffJqLJ1aKGovhJfSuV+4NVDcdlHJ/xG6MnKGuPihuMM/I+vYnTaaTmRVGnPdEgL1keS80xNjP1F4MTdLwH9QaMzRD0/+XBiIyijMv0BCRYryws3dk6IaMs48SMIRkOCC7gnxzzH04CA46j1lTk6mF6DxYzvv/xPxw0P1oDvnusZhjPGyOinGDYcKwYZ11g1fLOcF3sQHahVWFdZI23LrYusS61xlqoOWJc4qe0AexEy4CDtBUU0cKNFSj7lDGLRnMtx7shLjwBFux4pm/Uxlp4pg8I78acCOcJPM2fMG4UxRT97STrt9YlJG9cBpfCYh3HHKMzXEVlPSVcsWfDYHBhMSuHsVZFGG8af2G8uWMpvtaxsAWe4IeaqbFVgdSPEgU7tHOGWQkD2J1mAfxNJJLt4a2ZYw28K/k5VGLMbkt9rwE+h2yYqh3Hd9ZSRJlssoykU6Eg2XoUuXuzwAhml1kob/eDythV1kTrLwZqT1dbk6yVAepYy8jK0sdELfYX+nqGNS7QVY0p1ij9GutqayqVVvecBrBTLLQN9SY7HdpZBWyKRVxjBOC+GWEpKwmWmhdaENS83a5hvOEoLxqe8r3JunMcP56/BXnwBVc3uDCGO47GovtFKFmMtZaCgKdJtlgRCBhrFVDUpTMsBg+DgBWkNww0EjCANH/kwCrSQx78wlgRqGxjGOfpbNjEUBpTfXcoou/zbAjlaZsFK4Lfg4Db+FgrG2bTHOAIBjCTdSb+a7GxFkr3nxoC/FCPqIS3IAFTOXJDO3yvdolrCeLW+4Ag7uuEWkR5uFcUh01F1xoPYy11phTSV1EK3xzGm8LakkVcVkDHZKw6jIkmgOnRLJwNNXq6DF2j9+YfCdT2EgbGLxUwUkdtoBvLgzrGiMIY+WMAU/sI1w76jY61ZjODqXseHWCshTt+IY+iWq1NztcKkQ3qXmG23hYyYqsCAdXsHHuxdo/WD1RdFsbjXsgfCVaItXQz63xYFTTACnGjVg7n2Hgiq++jDITReAx4GZBHqZO7kOiAseWmWb9jp7IEFLKR7EnydlV1UCP8BBxYzBMw0vqlJeA063RrDkcOg3HtxsZwdT+kXWvtr83SMQp3YBzI8bTB9Y5r7UayvFbTvZrteQvaEPHXedYB5mTauxu1HqZq9SENW7yXY5sH8sBQbZ5gTRXnWx+CBainY++mQi99R77173HLpl9qjmP+nKNd71z9BGu0fpk1wTLZBcY7/HILa5Vb381Jd5+LqhZ35KNXWGqEyCF3LKM425WW4pGq7I4cMhpjc5xP1dk9vjc5zGywI99TNdK53mRrV1xPjWRv+V5TbqfaUlxH/f4h+Y76wq45j7NHvCdFix25j1pTH3KMfDeKeMAKkdIF9nbPF+/Wrlfl0P5yXCgjpk6S7z5BmuMZTfd3ubUrrvFQyDcKOSJHe8Y7Hg1+DL6BX9mRZ+yaJwyx9oQjPBrsiVz1mhhmpUtVimM0baMpv9i5TIX1vktOutXMpPa/m288FuyabzSVlx4Lds05Hg12zjfu4NtzDUSnFNcohd9Zp1q4K2KG4huPBhHXeDT4YXnGo8HucQwsuXOOcQRnemqN//scIw+2mSqnEsVvYR8JZa/E58dSpiWFVzbAWlEB28xCpiKdpfjLe5biL9OsCoh4zOUaxjLIhAAY6UY4c9jfcnD4iVCkYbyS/fiHloow+DjDnAHFUMibtomRq1Vvh5Dlal2sGwyiqBYYgeZd7R2uaQa8yaM99tPhbI8Gu+Zrq4Nl7A+ZxYB3hjFuIY45eqbKHmOoPAcFMIbj3h0Bm+FjaMu20m5HydZljwc92IWEHPYDVY8x3Kv49GbKHRSVzBZTNAFPBAbopEH3hieDyIbr0E3PtWZ0T683cYpZRJVhoEMM1vHJcI/OiUe9Ch1N3JsDYSHPgpu0lP0Xudq+2sEs3dpbAwP4tdB8TTuMIns1RV1ooAgtysabRxF/EP8YRXfYy8lurfIX9A5RMEXL1klrTjbtTgGH623hqaBDiI/lUYzVN5rUSdld8pqx7HQ2I1sNRth8OhCUVyyXoc9EESSSlhf0m+hOGH+Uibl3ePM+QTS/lDwCesNMNho+gmKa5WeC9vwhs4BxmAlvEEVmk0VwBvEtFTf6eAPzEN0MU5mKelNJ93wxW8AcuErobDB5CqjcP71gBjwKc2A52c90yvejUJ5yyGA6w/vKKjtSL8raMId6mKprwJwQTc0nm8UkMVZ/A24wEfG+wZzCx8SUHr1Vf43iII3VB3CMjD1ZnMtnUr/VSkGECTMDTBVTxDViZnhSTmVfqPgt4hrS7LFEf8BIKJ1jpXCtQC9s/FJvGMamUU8F9SITZsD5IW+K5my6UH4+z7Fl5r36TIo0eyvlO4vQmJP0Q0KvEhX3/ziyur+lqTWmInaM0J6AGWIOofwYOUXAHygW93JTwNVmAoYnKeXAWm0O/J1hr7Lh53Rz5GEzAdN4KSxg2dvV/xtZP0fo0zRVG+s68CUboZfDfM0JPU9S72aKXpThSmVTSDAr9JdRXiRN6eSFMzWMRaPrxFaYETJxPrypYR+jDG8rTURNcHwToB+rgHrjChDwV+0tTXH12WI1M2COuJxmbgLhK3PFLKEybilfk0S4JlOxW/JBgjTmwnytQUNvp0F8IpvGJ3H0oLmOfYq+AVoCI5JwlTlslfmI2Z+lqGkYn8JfjHnUKrauswoYG44UPZ+Q3z5qCnjMxJwieTCWrTYFlJmPm2i5PYvPA5vQpXmiBASMgZnQmVaYQlAVImTAtSwznOkLkvh4KXRNxoF5wsR4PA8LG1w2nZXADMKJhrE/oC8M8Y5sGAQz2XUM8UIbZhGnnMiuo7xgeTCH8KIDgFGEnLlMwDyG+NpUhv5Ryr9CwDh+PUvAfPYXuIHdyGpoNd7E/sgE3MKuD8vjuIvheqH2xnHhHkFujHgaSobIS1WEGuTnUeTwy2FQGFUDd9yEb6WLf9AMYm08wZBbXwaXwD26ihKkqK/2lICsbzmIAZEnlLoXYcAguBouB8V1Z8NBmoD1WoJqphC797XJYMCUb6Waa0JOXiMSTdrPg9cpQjbenL1elIIB43gVRPmusH9L2C1UPp0TX65h6XG8jrWm27Xo1fIh2DCDPArm097COi/AZ7xD8ntPMRtuEoONSpjN8sKITepNNUvnbpnQhSw6fxQ3C50dtx0lbwadNU/x5mmss+YoPIfi+jSAzhQdhgNKj4dxi+HX56CXX5hRb3uqT2iG6hHv1tlwOIVqFcD9eiZ0Ysj38Qu4fu7XVRSiyeGM4BylZuXDtFZEaIl/IeT6qTc7thnNINdupvm7WaTPoM6WsCW8gPEkd8C5u7mZuXNo9nTWF26h+cOvRPOHv9NnD2djDiRA9SSavfRe4gw+lvTdU+W6wB+FgHd4iobqJMqDt3h67TdgJb9BvAsJ8qCZA+jvgR6NjH4ViartzhjFIXFUijMNJt+mGWHGnyFs0E45C2KNyFmUD4uKZKbeZCajmVHGU4gRrnk+TMHxag5cQJi/+lo5LBACXjYw8trg5HfyyK/kA1hMmORo3hm28OfYzzTMyjOeTgyMO3Wb+JNIUDsOLGDbj3QzRJ6AKq9j+kiGUxaV6/lM3SMOjhR+0uwMY2JKFkjFbJgWvp+HCB2196SpymyGdhryaPTSe8q8NPa0OYpWzVx4xlxjzkMthmVqz5rPGPgmyjGEMsoCyrM3jeSfBvgXaeyYfaKe8g4punzA5sGLFAFHfS0b/mJGWTbuEBtpxSDdvwRJ8xWNmoHQ8VR2DdT2SshO9AkhyipvaR/CYN5h0Zx9DX/U8Kt4vq8K8850IE7ikt8McjED8pM5DJRcU5rMhDqOtMz+lCFH0bGfUU14cgk8Z+bBdE3A9SzaP7UCuczzJo7iclhLO2arVg4q5pcaXUXIibLJS+nXybx6yG8GAdeuFwKQt6n+f/6tBJIZ9uYNeMF02TD2opkH/UguvIihrNmPFcDtop1eTnHoPuRfs7jOYIyO319rNsBWbRRTFMA58cL1dZvQWRvIiGHEPJeNCJEvnS3h86DBRP+Ct1gXAI5ezS+ZY9nt+h26gJfNBXAXYMyxt+F9vpWrcZfDl2yrhrPex9TZOnMtSQNzaGW/C6fzQdwIaZGACfA6w/wkC8gjtoKXwysmjrYDH80xallB2J9PDZ29J8qJU7xqojcTxt0rhTqms9fM8vALVfT/XlAlKohf4lfQuxilSCUdKhlqoThe20orKsPIU/MZKyU5eYQe7eS1YTbXk3QGXWINVAo1CHw3Qsf8M53Y1ebtmlpb0XuMH4iS5Ebejbxej+GvQVvoHmPQI2aTj3F/8gp8zlAZDhawitBrcQzcSxlxdLLE9Kd5wV6VkJ9vBvn64+qrJh8m7AX6vj1n/otiSF7PxlPOEaQ/tneojjmGULP/hGEGPhu2wdt8rS4gl63kLMyv8K+Q/ynOMxS6sSEMvdOWsrs5elOZ7G4e7QOUmHXaSZh/9y7Rkf2FLC6pdm+HbMpgWkInWwnkUHTXl/VoX71k6OQbk8suY5XJVnGlR5aPVFsXfCufTYE/C9QNz+WbqH+x8BQ4l+4UrKWIjwmKf7hQTIWHWQ23k3t/LXksI7VVLMSI26sVmh1GT02dC6WgvDkNoupUWCQwT2WCdgbOBvLXl/hL0HT/4+4X8LoZcQCcC5UDL5oHlCDO5dE5o+ZJeWArT0OM6yn0C+AV6JAWY6cqLRNJ5L1WTh6fdtjeeaHf7/NcwGkUOacCxkNBcqQdIJVvB+uvpZNJ1cXvv0Jex6m5RE+8KOKP8miKZvL8JGfsBalV0HRu8U3z86vqpM+xQ56VOLtvmF/xc4hKn4RSUyXcTVoiSgU7aohKHsNy2NaXGvoR446aEq7K95laEar/i4QdzkNvHf1rcMe+aQr4UKid/ZZpQwmkPG9S31G2p95chLoGtqFq/9VcpmELateXhl4+FyRjH0V6Kp4UeB78ivjyDDB5MWuAjTqtoiRPU5wXo4eq56jbvG1G/Oex0Cp3GKsM+x21sMF8x7TDKKPPxP5mog3qKIPBFGMuvBv2xSQvOwbqrFRz0Rdm6yluh7yhn4FjU5lEiuFhgX5da4L7xBryDyvUVYbj6H0HaMcYtGM3w2DyermFl0JHHX2/Von+eoJKXmZii8j7W/NBxC/Vriumef5cP11TN4Oi3Vce+oF14MixODQQtaO3TjJXYTGgP9aaADP4odS+JugLURZ0LNs25H3PGUpvflagTRJX/SfkC4OZCiOJa1joUT4UVF77/dhcohTq59tr22qe6wR6XnUj78JN5prgGbLKPsgeYptNRI3RUwRL4Jw9KMrpd57RIVy14/irtM9wl42BaDzztVSErWeCv5PdLCV14L5RGo9OuHvqPECLcgI6G5F/75xo9RH/VNzNDb0XU3burCY+UWjnVrKwD+VJnog5Wr8wHhLLRMqb90RYLtK9byPf26gO6tGH6w791VMv1pE/1vMS8sRN5xldQGe/1FUmSQeq2K/0I3QBR+pJX12W7qvbmmxsTviNK7UP4DEaEWMHsA9NRdUoCzT6oB3N0v3oLoAn8I4OR483hZ6jz1sCVopCQ6HxEjZoEZdG6eNGMxfaQDn5rakejGTDGOYl+oJvJn+6/nojz0u+xbJbTPzmOu0VrRI+MtGj1GH92O/Yx+ajYpXWn6VGj2d6OjV01p+htD1Cb4AiyKZsNx6sFseSf8tqUUFakJJOBzK04dwe2rgi2XC1UB6qKB/iHr1ZRP0aBehTgB4Fq0Uv9oRYztbCjdpiyqOFHnz9yY9/NsvTMYsDAy+2WpTCJ+Y/zENYGdgwBraaBnTVkf5Kz8Kvoeb2jBgDr2j9mOKOSlPrjz6xIvoCtl4K2I4BXP9Kq8JY1mYvfRRljKikqO+o7WAruNM+NSNpd8fxIK6B1rAnyQqxWHtK9Ienxf2sjmE2o+OYgM9M5AM7p1fkx6tGoNrG+0JK6/3cxHxUyq+3BJawabAcDtc2gIAXtGlJDXO1+IJmmfFofvuzXc0Tejfj2I7QUAqsJO2uVexR2jn/NBPUxiva7VoeHMKuojsSqJGn9xDHjsjGveZmPlYUwC+1PPjSFHAVRYHkuoBi+MqMMqgdQDrCh6aALWYdk1CmH/N/7H15nBXF1fap6q6+20zdHu4Mw3S3XhA3kAjjEtwwibgkiIgCLomgqCSjI4ujKPC5MuMyCLKLyCaJC4qJiCgCRjRBEKMIMu6ggEFQBFQUd/jynOq+986Aec3yfm/e3+cfyp1eautTVafOec5zZCeaqy4UMqaor+otoBe96DTjGADeu9UHYQ40yPBBwqDeTZ4wxfnCSkWZ6BBi043Faz/qWTCbzVw2ZUVaTYpWOAHvog30c2n8XfA5QBswmHnj5SpEy7ehJGdd9ERn8kUg9hEO7cvlKs7RlRXwirUUOBc2cO419GWlU4h6j4eo/f1CfA5Q+qschzpaLzvA2+G9IXREuJMie+oBooGSorM8OIf2udh2TMbisI0dRZxMPECE+unJfrEG52x7i4jWvV6UFedJsGGPJZczrr7ibKNXndec1503nDedt5yAsgJ2XxX+C5wJNJ86ZnGPnn7becd503nXKi64onK/1zlbqatc57wr1ztvOuUF7dgQ6knnivWhnreUbmCP12YHETDvWZ+pAeJ95wMHOPXu4brl0o2cXXK4aKDuHCNSK84VhczXk+gmYVYS4zv8Og5f358LRhDlDbbfoAtF+xzewKwJ37AeDDtAlRwqMEbfxuEpqaSRYlccDNyCzqMLeD+DFzKg/WMpet06O+Sp3y/krM9QD94Hd8d/yf9SQiQC+jpeTD2FTGTJStgJlcDfGfrQGSpgTbgmlCptXyPAz3uFMDEPGdaIUN+vxW+QLY+9HMeK2yigS4RLS+hSkaL9BfSr3mIw48d/I2HFO5zbk7SRY3GbE0kY2vmKnaQbCNns8rpvhh6nmYReozU3kGKcr1kbjmJc9w4nyEUP4XQE/bkzFRfoz48jOu9vGu0rNvbt3zgJsYyWkkvvkUORt/NTJ0WfOZB5J3E6jeG3F1EscYsT7cllhDv4bxzVhPPWRD7HC57qzqePgHUPrMnNrTX8ZeflNHd8JaOjQuvYJsfSdta7tye2szS8UBGEWS6MLRZ9wDuX2DXUXvR2bootoo8TnyTg0ZiWVFQpdiawD5inM/z8IvbbV8YGy+00i3rRJolIsjYCpysV5iGP2H2+Tjj0fLxW9hZjxIsVvWhFBew514V+l9ucIYQykCd5rtxC05Owec1Mniq7S5k0uPZTpaCHQw0T566B8jpCRsxvE7sS6HuGXuYMJzOTsxR8jO/yCcxcO5L247FDHTh5Pkz5MjO51nL2BuoV1pukhynSMuJ0HxkZWh2O1xmygUszVoUJHC+eDf2ipk1d6WDxUkUlNZPXkUPNne3kx+MCJa+sOMsyOR0mcKQbynGpSgK5sKoiTptkkrryVei5OAd34735wsSWOHqHWI0RCdxXuXxk2+m3STN6STpaTBBf0350s30dJek+51fgdZUdhImJPJVtAhcWRyOPs6k5b6NEhxaKWZSkI+nnkuP9WGvGnWT4PGS5JZ0e/5r378J3MM5DRZI6OlcnIwnBueAw20jJXD7LzxfbaZM8V+B8k5cUg6+OfHsPCniAjexk6GPbZWaEJD3I8otMrCjdtcdzZOd1dLBIURsBnw487ZAjI5Fm5PIWQbw1WPaiGUmHquSW+JV0d3KefDWxjaokRtbYEc2oeEmMcjxmxnY19wASgvhDlH6f5XM060BhTqLXkbke1dOTuiVqqJyeoAW0kO1Zy2keLbKnWmY8N1BxKF11lKFz6QXOYXNILofkk3yfwqsOTlXiDTIxbfBWLAkjS7EiYX5vZizwWHqL1rCnULIH++0Cz+YdYbxCA68s0TWTmaSW1pGJQ+xA66ma6gja1LucfwFRC8baCAvgewS+g03UizbzlWfCuLwebMf/gM9cH1KK2wG9pbB+rEBrOevGFEfRrfzl7+S/73WwThX64o3XNk597bpQxhvf7RRa6iU/8+eczcVcPywXpduJvc6dQnRShu6KDeQyeqiVQlq3xBTdYkE3WSMF+UnMywT3LhCbSbHUHWNvz0k/MnqgpTgj72L8CNYZyIbJ0mlq2vAdZzeDUaq2I1vQtfI3shfHYP5EmHfNWLlhbW7uJIaZvppiRS9XRHfMdfP/IPdeOZldYgylrFqqIyD5bTErnh9N872jM7qpc/fuTmFclcknjr/rqLV4NBbQeprP5zPkogiUZMuXOYv3tfM+F1OG4izzgbpfwhqQf64771SPiEH0QayWEgnUMl8oelR8wjaYrpwl6WLRw+CddhuLF3S86Y55FvaSRU3KPD+3/+GNBU6GdvI9fB/EvSUTWFN2cut25Kxro2Q0Wjj7Sip8a2VsBf9dZWfDZ/BGkmPRo31uO68p2ym/emynEQmsHkC1ZcM5jR0Ju5tZ23fvzhKsZTitvsTPPF9R9j2QFXhunBiYk/lharMw9oHIbmXuvmelSNJNthPm/tksXAGb4oHC5KZtK6fb47jeEaGNwpxpYWudzHJrcrtHT8ykto4tYhzJulkommGbXzghxRTWsujK5047UrxaRJiWXjTd/sJpx+dm2OpayTXSPGv8IuD/WEcj7LhoYHv/H+QS+zxeV6Mye4uJoo4+k+Uq4Ny3UdakzcLEuxtk5WSBEyrsRKbHtjDcEA4jc37L106nW+hmO4pTRYvwBSIMEzJU3Mba3XQb+MsPmU8E720WWEGX2Kj7W7uYR6ePNY7W0fvyWcu0BNeAu3icI5KH5TCYZsQj73Ufy2DMz2L0VTcyiFKDIQ3oWkaUXsNo0kfsDE3nk5HNupyiBu5dNvRenS/hGfw+tVzPHir0Pe+HFo3ieQvraVx+nN/ej7XlyFc/3VY8KqtD/A6uuLRG1rIdoYE8ZZ66TBnfd2s6mu+hBZmwPKN/4/R5hugtBnIbWtKZ4ivnawc8NB9QH+t6p4buVOhTDz5bw0ezxDano5b0jVPHfj5YsGu4PSZve4YxAEeGnriA6xgpUIqJ4xLUx4JOf46oDe9hH0D8u3kDZ+Qyji4XNIo9eIrP9R8wK0IJfevMkq/YgkapVK6WmyRGLkkj5erQE2g87PACBgq8KjFuISzVmId4f4NTQ53oNoU4ls3cPnjE0Mcd1iSCp6sb+wAgjSjdeL0gMZEf4D1roIAMG63K1JANv1t3ZhrAzCjlSJU/2cWNUI2YMe35/oV289AzBNktpxb8zDOk2KrYghx+Y7mt6ByOoPRz1/ZpxBVwob3LKSwHp3fETEZx9orP49CLX3La03anhiOuIx/Fe5bxUcD3dwHvG+brDBWKnzXrLq9kzEHSwOi53c5hcgrzy0xizbuDWG8BcdxV9qIGmbCepCQl6B7nQ2HeLPSpT6LIyx6tdhEK4D0rsuDPDHWGzeJx1i2uteCfSVE32hFqbubLbSGKXWIBOydiQe6LoUXrrRp6kH6h2jrfkiCKmScg7VmxlrJCxrCmLaKF1vWWFTMnb1gELhA25z//kXzZNmd9sL2oWIYiTMdmgdn2vhwjzHeHDUNZvnWsDc+fqbu3MGcYJ4avcSQ9TgFLqC2avoXxzAo7xF+/Zit61X5FwTYUi8HCmaKWArwE14h4rKUAlvIGSsQUY1WftjCXjNzjfI03jIXhDMbSroRNJoYVBjUY9GV7Ee1M+TbAR2cQSefl1ocb2Gp0Nv/+BJmAYphxKWFs/QusSq4NVv2i2MNWJqzhKF7P4EcfLGEVwlUg3xQVxzAPzFMZ0jFEf3ZR6ZgbM+1eRCUxgz3vIg4WmEPNYpjXbPWNYZ0qbLGySmOQWJfus3pxqauphv+9z3pMHsOt36FaUBclCM+up2PYmtCC6sLRwFpwAUvgyrBdb9JI/gI3EMYS3wxv59+ENxTZh1pIY7uD1RcxqcYjZ8rYQmWx9dSG0bZ/Ds8G0ZphZkJpI400mtGFWqmxwKQKVgDM/wgtb+a84Yl5RMJKAtvm8zYiZBSZNU3Rt045vWDfLvG9TxSRxQT7ZB7R+4INqQpos/hKQWNvLfqKoxirCXviofSVcKg5MhPGHOquAmoRE2wlbNqvR6mP9Ril6HHO55Xi9SfFqw9w+V2VsQeaXmEFaszgYfDCh9OZCvwdxl5ayONhYrEl5TUq6Jknioh75APak8Vjmchb6xC3YvgkuhPsbpN4D+wkMlQRc6iIdfQhTlCwl4MZKmsdRsbS7sXyNj6OWnciGx+uF1mKbhKrqY/lxwyjRi9GY2E1ga27Nec535Nh4z5mZzFW6xqWpQbqY3UPIwwLuTJet1yab+O0U1jL3+Pt2CwusS4UZ5joABFh+84Up4sG3gOvpyF0n9UQ+rqb8alvFQ2We6u3PHwq3zJokoWZtzL0kLwqlFQzelj54DHaR5idYbkTUBvRXxi/UQMFMfA8FJZ7guhjYfW7x5K5rJmbRRntEyujB2mrmsM69GIZ7RepcOT6WAYlsFmAM0FRjXhBuPSiEMy6FeOYc7yxMly19o1lYxmWiIdldLrfxbp2F1pv4c4853ehP/Q1CT+sR3fapozIaxt5Ts3Tee8pnlldYU6DuLO6ArlJM6xxtIqVhc9DKvaLfSahF30Z+nQRf1LoBUZ/PFpiw88LPJ3RNKNnuzPDSCu5Q0ImgBHLl+NSS4mVNONEWonHmhtOKXjKzNxnGbu4Cswu/N3niz7Ws1ZL1sDWcF1/YRtIirFT6FcHWkK11F8N4KiN8hAhsVlcSUtC9h9oEUPD2WZOTX1zEXVfita8o6LUvrnYGVitW9JQtgVjBA6IAaN8WFgaLEhV8sAYMFZfUkCH0UEx2IVXqvZiGEcAHBxrw/vFIfS6hVP21MQi0YkaKl6pWC0Md9ygMPK5M+X38UB9K0zmYqNrD5CjZGkONWniOTaGWP0MbW/Rqiiv52cYD5F/7zNhMslmxaGq8dWPbJVDbO9iLB3ODy2piwioLvWeMLwXbdnDXMi5kaGn5TCFdizieCdYfl6t0JApawgFIZ9dzL5D9gwjB6BFX2WZ+Iiot6czS1Xk3Y2e6i12qKYxISOsTvyGsVc2Ps9GI9opYtdyajlzLUrDOprK1YfZUEbDre4hDhOxUC4BbwF2PpPXsDPHmfWkhZZii30+2ifKuzzC6sH+sWG0yF5KWapSsG8cyDhwoz1Hlgi8j3KaltGTXPtWyrerrdxRPo7isXLaUQ4bzAgLKL8pjb59ksxotw4jQ06VI6x8VEYN7TlmiJ0zsRjgFzGxLOZf6GSfJM91qrnkX/OZvblKqVESbJwp6mEdSqOkwa10pm+LUU9Htv4Ojc1LPZzqZ73GTF0NEiwkhssII39KHNY7ts3y+X23HYQ9uM0exZEFH7PtfJS8QJ7BzzRw+7BSI/Yd9jEntJOZU3SGAt7xRlgNFDjtmTvzN7ZW5lrngnpGyQ28D35b7IXjhnqKi9CTyfR6BSRsR3lPcqlnGGkwUrxRYWYYRuREMSjnrTF8iZKGURR9Zuak4wB9BV64YRwrFPEqPiZuY2n7Ccc+nstnSpzDTqbuLGNGEvuKTnTmXuJI0ZMItW5O4ziXP8xcoL/ikloLYwUwaNFsOBOepbkSdkv04IKQ9ch4UNBz4FOeEIcqw3qUVq4qUa5SjGBHrCYiscsdh23oIyx8hV05TtT96FO7Nd1lmXIVY3+i3NIo7w2yaVAusuxCgZE1OpBgb8ilPItgZ79UwWfTlZGWC+y+9ptyCn0oDOZugV1Dfe0IMxf1YABzwZp+XMrr3LcSmsGnqaz4SuQR9/gbHDGo+yEbI9JSmtWQ/VnW3tcl/Huh1Y291Q0sD2b88rVGK9JKYWzFb1Y49FYF1q0YZzm9k2tEiX+ilBVJZ4q+SjlUrjYrw0s5Vm6RhV/DjJSJDb3L6huOnGKmi9aNLDSd2PqxN342IyXfJ89ZY262vA2nM02xsDc0C7MIz2d/6CiuTdExjNjoQlMs+Cphlb3WSoW2+G50PX1CirbTDkTlyGJVQ4sYBVXYy+i90xIRz9HrqoZ76jI7W8AymUM9hd8I60IUk/k0y2Nnajq+Ucn1tKbCobNiqdw+GGctLub0pHbstelMUW56/L4jBlmBnNTQJX/Tptpbx1q4XkuXWEMtcHMca62tcOjtijx2M5KExtEBjeMAoNm/ULxd3ZxINokJwPtOLjJAsTdsHX1rNRSUPJW9KVHJrVinNnejN5vGE2Q4WrofWGedwogFRBKcKIIcNsq8+QjPB/bFcR737+LLNU/HGrUauvKTcrmsofHi4RyrVOfQUjGpuLjRPma+illDk9Q5+U6FQ+sqJgiH4mJHapQVXXlImh0CktZafOT0FcYf/gzHdzVQX6HoE6eG1yqzC/cXg2i+Zer+VLXgOFgjSUYDOdACb2UZ3cn8XxF7pcOZddsnerLX8ni7nLSAfUySR90oJYDHqUv1TI6wllBzKqdnyLCFmTcjhFxku1ropIXTiOvSMI0ttx22dDkho2eUb96lO5KX2ml1HDmMrWuXxDdIx4Fji4valEHkduaVrZpW22YMXrNftRW9br8BbC20Dvq2GBZynJ1uoG9isKockbwmZHTsIEqFQ0A7GD4xY/eIvhJWn6SIi2Y5BAf8I9CCTATsVok6WG6KDWqnJ59vgQHCWdiwXYLrsquKeMsiSYvqwFpoYjeikrBjNz7XHiT2htnrTykCV05P1tnHhmUfDskT78uRtENiXNrluBjnCKyPI2k+rRFPWKXUED4LfN5vbFgC1tMaIa2ttIqeV29L27nFnicVPSO3ykJsH/QxaO3d6BO2/MIqYrBdODlsohlOT+oi6kIu1c5kWPcaQmR+ZzpRnSzMijy/IN7e3WOPNjsz4uTnw1diRSe0p+JGN3udI7oRw2M5gueo8UIbBgjsSG8Uo8etYoKed8y4o62dqIa1Iie0F7fms0zh2mS4+X7N43KfVNTVflI8YWFHmC++LYZ1oIQ6pGr4a2EXAu9iRrRm7IrhkjT2kChnO5BEkXbybTEYEXAKyEdFR/yTRoLQyqGiUI7AfxZZh5aJPB6sI5chciVHI3SPNZHLvZPLM6OiqWuIcMrzGphTmWEbXl8xPhaEUmik0WXNzjxlnjkwsY8V0MTwucbIqH/E1tKJGttaTA/+a3tLSxpLTq5Og+nRjqKW9JSTdgSB0fFM26GAMRKwSip6JVbLsT34zh+miil6glstgM19zwK/yc9lhMzESWopGWyBcuYqhz5V+XtX0jyxlPtvvhnOIinaJi8W0R6eord51sWZ/QzP7OIdOJVMWe9ZZuyw/22oGB+LPIs/RL3/EPX+Q9T7D1HvP0S9/xD1/kPU+w9R7z9Evf8Q9f5D1PsPUe8/RL3/EPX+vzvqfe8R79/nu/4Q6f6fHekO+8XUxH9mpLtpW4TZMH/9z0W8o/4NFe/+m6PeI/vRnrHv//vj3v//jXkvjHf/Idb9h1j3/62x7j/Euf8Q5/5DnHs+zv1fjXH/n4pv/yD+feLb8V+kj+wZN1ro6frH4kb723+t2FgxMvHvju1sHLN5iwNrbRSrOYT+E6I13/1vidZ89/9ZtOZ7FceKR9l3AUvCcex1H8OWKpnLIfa1jec9uoSeppRaTC+pdmGtmbCk3sKU04OQ687EL3ShTRXXyVl2DZ1iw0Z5q7W54v2KZ+QHFYq2VJgzyIcVmyvw1GWymK6VyEa0qeIyOVMo/vcnpOh0B2Xgua0VmypQxqaKTQLYh+cEWPOBgDB1w1/fPuHQ1GKTb9VYAtqFPUR7EI9q8jOaEUO7oxzUT9jI7Z3lHN8pJSzjcXlQ1NGLwuSw7UJXUx1Nk6eqCN85mZnsgXtAyXE6RwYUsdgLcarKci6NLdT7O5/JcsY9g9pNUCnjDNZSOQ1SCbpclSknl0ltC13H79SoOClrjEjQFcqhG6k27N+j4dkiHAt4DCjgKJlFe0GboURN10qgzSiXgaqUkuGqFpWK1ey7c+VmchkFC+PdTF5cwzxvSokyBe4ZcxKV9I/klP2+ESlm3JpGnxylfvjS/7986QxtqzDZum5IbK/4qOLjisiKMjpETm+r+KTiUSdLO4qG2Aer6G45jZJYKxvoYNVbYL0eGzcR1RtjxhLTSu7gXLMD1Ye2ok8rdsrPKp5JwdpdTr3iZClu1XGchysrFO2sWEx1zWHlespqLxC3UEc1VFm2Vay3N9ifV9RwD6qB/RJ1dHJFlkxm27SanMBXWUuVZT3pMyH5uSStsHrS5yJLk6RDv7EnkKYHJE5+2ST8oF1ieBp79xcVsDiuiOEt7D2SM6SfKybJgExk6Ga2tXVLnJmElWMymQzwTxLGbgz11FvFq+IhZJWOZ4gsM9KRNxp9W0xbxQqJ6NjfJzJ0sMqPqqLjbWSURpTefJJUKq6itvIWYVBQV9G2im32NltxPQaNf5ECQmO8ky+jZ4h1R76SXZyNcGriQOsQC9roRcmx5NEDFbg2hOdpGX1KZXSQgtVnAvcNCN04x/WZEzmuHWJV8V65raLxF99AZndEu4YwZoKRoUWY/U+KNxhnDF0KyMoT6Bg5gcooemcIZ7itoy8rTLZSzI++tsvx3ZG1aZCdTQqaEY+HdRs95oZE1Fd4P+aJuYw6i56Icr3u3iMGMZpPe87KCPNobKDjLUR81Fr5bK0m9lSGeN7OtkGyotdPcERtjxwi/2Fb0aHiHlJsC5XU07qG7k1cR1YYMRPk4vHR2iyV26PD+HhhKX5iGp8Zi9g26TvQn04UeTsszvNLQ90Ta25l2RNh7ARWW7Slr92J5iQ2pFI0w7475ZBhWjiBRknYTZupCXaWhqnJHHewg8vckIruDnKivKaY7Sg7WqWnUS8Soobjp018z2Wcl8YgjoPcqoAVejLnoDExtwleUZ2QHwV9vpIeTWToGDlKmtm1URgEcrdENjlHtKQ03Slb01cVgrLJQerR3Mx4nB7jTOYyZxE8kpKUFYOUQ72dCSK/Ym8VHeMreQ0yHD6Sx2pLXITYZqwwmLfxJv3YVvF1xdREGc/mK+mVmJFC2G/gi1xoTaI5oiwnZw/Lh+S5wnislaqS33CG6PFhzM89/PXxrW2aRIGspUMs5G76qTTv96RHBNo2Qqm/lVzeKG7o24oP7U60WoCdKGAEGDiKLrIzdDUhVq4XbWPdfbtt2Ha60f3WJ3ZnuTEV0If2eLEpx761zX7Z3igzYS66bXbULuNF2GZjNZuOfSWetY+UDZa5fyt1EHdQW7nN3jNqBnUpIgWrtbn+kuoq30s9KAojdbbZfy9SZ1MqCEsysxe/XFqXculr1raRt+g5Pudss00cDiSlU3Jzqpk8mDPmxWmbvZbzP0MD70kfiyTta0cYhG22IKWGin3UnXwSbMlPfphK5r5Lhs6TQy1fYhSvFB+ksrQ1hWuTqJ3EG9/yvDhPLqLetrHT3yWvprjcISfxSQ55hNfJdWKF6BMiHQyGzMSmoAXIcWR8V0WqPBcbEcVE7C3WxkQ0mFib9TSK0HoTdYPxwZh+V9xN00ibbbbZ6787skbRhyKKq1Hhc+eRsVsEPFv2sQbxbhW1CBb7T3hEjU3v0uTNSSDltqVg3bhXNkiH7mfMCXjTrpCbaYh9feLj1Jg4mM4+EYj++jhl+oKcbFHpUTTPNj5/7aJt9rliqjWIzlLItjffSdE5dIFsrpBvdR6fAy8SxXylN3vFW1MpMyn1os9kq+RmO0kz+Y0BsoaaqcrUFJrEngdT0610JK2lz1kK0RLs0rsqDPNKdDZHG4hnAdqIHmeps7xWvpPzX34lolE+X5qIlgl7HcMY9cr1r7lSdIQ1SiJnXpYxj2gtsuXGxYGWoJ3CtLB9DCso2jedZtDocGyKuS3rpBkL/H8eKWqmXhIZ+iSVpVbJHSmUZUpvXGLTPo/Ya9m1dIW9yGI/pACPVpp3vrWhPK1mX+V6meS/zFMpnnmH2/Axr5dGd8K7nfjdaKbh+UssM3JmzPJRWoo+Te2uaBqrZa4iEkfRx6ITXclsE9C+ajjXdzTSV9JpCZRYVhAxtJp7NEZU0nBu0SEKTwyh4XKqBQ91QN+maukgFQ8tW3j3FxJzt40y55h9VfTFhkuXOoqfJTJ0qzTfbrMqo89SwMD+TpXRTMZ3RbKA9pwsoPNilM21lWJnSvxtXRtjfyIUnzSOtb5ImV9fporDkW2gW6XD5dflri6LZ8C7IXelHNqdOt0K6N5YL0qpAXKWus9ay1bmSpql9qNHc/2IvtVjtB9NItOSKVZAG63nhKJ3ZX7cTrUa2F8/i/Mz5tesbRybRkWj7a9SWTqSRFFhlJr5evARyqKvUoqsooAthS9RLb/dOGYNvQf33L0yoM9S4C98XDyvSulo8VUKbXhX4F2zTtXQm/QlQQN1ZYbsIlWU5JLbqKDRClHMNue15NJOOzp3yrA2l36WQJbID0VLeiDxW8tl7NOtZL5/P9mDdzJ4BgLmxlhLDSTD2ITG4xdpF5gre487a3w+NLWXhidB3egsaHIpmnPg16lCjRNtoTDDPLyMHwvjLxiqol0swXvF5L9p9xnOeW/y56HmGVZU8rBc5vpD46/JGJ+V63N56aFBPkR/ZSyb0dluJsGolsII7bym3FRP3nuGvCDMYFmYKS/SlLuw9+IAOiiXuzKf4b7w5NqBESMmo94RfL7/MR0WRhHlc+qBIeOYcCzeFOR1YhtrUYF3f3LyYgXNCVqRLbZK8K0oxsEZDWhhxUXyV/ZbsbOT2GMXigSf4KvlMykgRKfwKF0ResmNJcBgnMBDCJ36x8XwVhhWtU40hPZLrqQeCjG24JF6gXM8//I7YiyXhFGWnZhnCXJxH1BHzffG0QV9DLryJBKe4Mjl/Rj13o1WWllaTwmyRTt5DyN30PpFdKLoFuJbyPPISMJvbfwF3eci+Zx1k9Mt5GV9n9bRKBHndmxhLk4RlmOywnZm7RwjURteB28onjxYJBywYQyhuQIYB0QltqMDOeP3MEt623m0elhJ6s42Z/JuobscYGMtL8K6LLHtgt+C5hcvrMDonfY9R68T81jVCeD3t7INewnjeznKqpg8zPqp1mU5ng/sE9OB17ObyyRnrR/Kcx7P/pmStJ4xtJeKWkYUIrpVeUl6SvyzrXoFPnSBdtRxOwrrxPW91+l419OZ1I5OE6eJHjSTjvwnak5SezFUFpZvyo55p4kDBbjLeoSIJ2DOP7bg5zpM1tBImmDPp/fC+OUyOqo47kHa18eTtDZEzNaSRwZhl6Fh8Y6xCJGDeTlUJrxzqPCNwoiYwjcnU6nYQcviXSkbrkiY6ykrsuYNlQ4lvWXxHZTyaqnIK/aCpENzY4JlaQg9QEMI9/qy31x7Q2i49WXSC3/PFcOt24Siy+TNCUXknUFpz/UOYm/OaQJxqp/YvRj/CY6j7XEgQOsEPNNAUFfSUGlYV7rnkEuniTpS4gnrSbGVatiH3UlmaVgxIpXg9T5NLLMrudWr+H4reY4QNFgUIuemtciGWNbDOEbpNFHibZNX56JXKmlbYiLjywKW5ufIoaUcw+InK0O5Ic+hOrpJAHFQQ/mrbzIrXZ6NDrXMdK6nU2mTleX4HGMhMF/c5iy0Z/I6FUkTEDAdBPjXyL4KiCExhCBLeenFTO7FswV+fNh6IDfr+SmMWzMP70y3hzCKq4afxHw0KwAkHjx/aNEVocdwPd3AFgu8d7HdlYyU6gTwUhkP7C7PM24eKw+koBdFcrCvjfzWGS9ar/LyUB6O3rnO1GJFi3MRbnjqHZYfsxJkvK60VRrMykrRkr4UiyVwW9eJksSdyVLPfJU7k7Cf/tg+mco8h4aK9yVOrL8NI64GixT3vqtYLX8ur6eL7SlOweomFlGHBO63o/biVJpafB3PQ4slupJ7PNX6Y8kjVuH6ZLNv/QHb3MfeiazIqPUVtjHOL27uJTmmBm8a7ET07r252s13WuxU8ribp8q96DrQ7bi+ZwsNI02+fU1bcwvV0DDrqmLBiINLhcEXT3FMFI/xFOV3C7B2DRBmfegUYvtwHfMXpwNgh1uGd11eL/E74orI0II4ME5H0jBGM78q8ihNXDVaCVgFTD5jeMuiOesxhw+iHgeoFt5SyxbgRZ6EvTyFU0aFlyXPuz0e0AVCMXehS4H0vRqKS0Xz6eHkvXaDHXHrQV5FeYpaixaeiTNHHYY1AEjPdhR4WVooyNthH5OYyaN2dNE59vrkBsehVql9vH29xfC/KUVZr72An3+F9Q5NotuSLZnZra0lqKWHZ1NhXmlNN1kZauVBNh5JwI9uIuURZbufZ2K2ldXaO91yaH8vIGWtpQO8gA70Dk8G9FDKoMkO8mroWBu66sHepbKNB92/LZeJ73AOLZBYC9B/RA3fbb8jHDrEO6TYrCCC3hEpOoxPbdCu2nmpkJmqUxhRX6y2xqNfiLk8TWx2FElRQ1t5TAc4w0SEKc9/PawKUY1gtkZdCd4tpttPCmg1dYw7vopqcid7s3MA/TIwAZ6nuhyPUIS4a+aZPNvgPXR4VXTpvmKzPyg6VRp+i6Vk2rmEVsgUZ3D32Q/i5bwyiMvPa7aI40cM/3K7C6+iUdl5y/BQEaF6DBM5eN8c3vmCvSB82lGKLlMB67jQrc36ZJinoG0hJ/vhBf4ZRcYKbnjOm8bJH6XwRZbZGTpNXuhkaaXl0LiKgFclzKPDY6sZkXSamGdl6EeeQ2VewNGO+OaHetMtPOnw8+a7Rnw1LSTw9YcLILvae6tZSrcSePEd5tEF3r2SrrFXkUsTYS1kDz4iAcfz+oNvivg0l+N6p/NJqoN3VRKc4kotFHNkcfiUiVeIS6wow5mdE5LXqRgnS+xK7cUf5Lb4WhIixQjgF9QsQvTaz+WWELl+qbUwtHsfLSA7kWQ8Dp1fft8vnf/Gib1KFU5GhfKU50N4nBw6TP47pKC551B70Ut8H2no4+wpDW3lwmSP4h7F4xhZVBMibfaM6gx4lBclsQvgP8S7/iwFpp6/MvIUu0RgRftEWTh3wQVd6WGXfSY53Qa7c4pOYCv/ieRRimOqwadcSec6nQ3Xn5cksrLhvgPscLSLQZNB2Ve3sJuwKP+cJtjtxYEhrnor1YbyJUL9ZxXV0mEe2HHe5D0M/LJJvgfG0fain7LLn0gqMvPhcG88R62aeNXxYTyqiUV9PXkH5MZ5PInxgGUxGbL1IsJV0IG5qNYjPLQY/42j8hAT/pD8czg+2PHM6TFaKS+hI724GJf8sfdT6dAJCcjFSwInEsG2EDMqRivq6GFvxX+IrU1ZXRldiT4Xar15DaeGZjm3kGEEvVBg54ZWZfZueAnMTr00fgspaikPVZgl5pQDzfh6OtQewrKuaCP/5rh0gVMubKToGbROPHOUdz1tpCFsT4lqy7A3C1pcYcxEJb8TvQFWAMfGmgK9NpIdtMtoi2AwFDlE255tP9q7ntDuaQaLG+Jz5tsbOTLyA5b4a2VfGkLR+e0kGiofkxm6VHQRRpdfTZOFSwsQtcTPX2xjPTTWi8+p8N1jvKFyqBzHsadvWb6FONI1FrwJqZx+vZUiLOAkOtbDFexhHcUcKqNy6mHdEp5y6+jN2HEezmKI0De2iU4eznLfLeFlubMYzmd7SvDxHsaM/wvPczjH4MwyVKQSDo0VHmvSlfY7FrR1Ex+W4VbhRNTDQh6SofGojXgGGLY2NrBYU+xfamMt+IlHHuS7cHY21tkiBi+V42gk703mmjhN/NS7TFwmEG8wzSpcLy4TkNlXeFcxJzf4HS8Thn333RQ0wMuYK3Zm7sxhUE814Zn+Zx7qx38Y06kJQefYe7ffdMohtczIu9SNLivql9hhH2Ajl8Hp7LG5Tl2vttMN6ljRie5kvN04NdBeI2rpBnWCF+Vp6Ow9bg1RsDAZb3eGTvDOoOdVaSxBCWoljZZ7gjc1cYJ3oheIk7yjk5WJgE72TmEtawLbKG8tDqgb20PNvcukojHiXbXEHsU6Od6HR1nxXoWnoNvPYq8j7h0Ur7b72wPsn3sD7W4W2PavoweFoifsQvTAgyKPwAHyJkV5Hlzowhs4Qskt8A4DjVP4PtA2cTK9hzXFnMlXUYpOlZNZu14oHpK9+TsV811zB3E5vegJ26wxXRirY3A27cLeRa2fFQdrMViXsOcvSx1lPWXH6YkEvMvXhNwal1gpOpZ6JJckUOOxtCIR0IvWKfFibutW2S2Bf4eQJJzSLxe/8GCTPcGDt29c7BPKj/MpXoY+oaZWWkTAw1L7XkKFTI5AE4IRVjGX2aTwjWyFoF25MYqYxLp4p3rL4q8WCTrB6+o9WXGad1iRWRNqKGL7z9e/J+M/etiTzyiFvPkP24hxbeASillPNpFXe+fQTzRhzjfIgL3x5yfCmP88fz70F/Dn96SIPT9BjdnzTSvi38men6DG7PmrQ9R8W2dExWmMv/w+nL0J+i52XqOtdA/5++eLvbP0mpiUBBn0PmJS8oh9E5lyc/J63pWupDfoCcvw8a1k9i9j3Tb+6sJZ933QWgF9nkRMT6HGKBm31bS0WxEnkDB9vYN6JZwQv4ETzzPMhgweqeU0ljkwn4ndE2L1C8vBuHdLdU85dHrKyDVQ/i05t8BpzAf5V0rmeO8PZnTYN6pxHME/gg87nHaHeqaygBD7vsiwNnS99YBQ1M0zEuWEyLwOygG6Ko5VwFxdROOliegGVv8jZ7zoK/LnxXLKlxK9oVi6opJO8AzDEZDT+RJwlstyFod9hIlragjvLKIKkaXTPTNipta+vK6e6DWN4IvWvvjfjeS7Lp7YI3ov/g9E7yX2iN2Lh7F7plV5vmX81Th2zzxrdgfc7Rvv7p3hnen14L2np/dZrJd3lneKd7Z3jneud0a4PvW3d6TMrzO8M7y2ccr5hQwaGat8ezGZDLJIU9p4qixwG8MDZXxpBoVp0Je7xUbrKTtCAxnMTOTv+aVXmYhOQTgDHdjo5NOxiSSZmiFPeG/Ps4wp71XOqPFf4ycNEvMDcguQ8iosuSXdx7m8eibWy99YmI93sHduutWLcXK/8jolkjQv8VT8eRVTQJItlbV0ntfbM38dHgeyrI93vhfdxd8XeL2or3ehd5EX5+wK2Gl20XZ7Ayk61ooQXEBJlYZoHEVHC/iNTnJMRBGj8q1ZHHcxR50dIgIfoyv4+vF2iuMp2tB1zFEi6WKvn+eGODnkzJvE8nmpvVJo5hVsyUxmtjosCSbudWy3+bUHtnwgFZPUgSbRVTIVrl3VdLAopydFJ+fnRR05nwEYxZsRZMRISG8bNZZSnNHeLg1yFJ/y6miCHW/kKYxWzt2UPxXD+3ejiJByHVkjiL49MU7c8GlEOExIoMcM0/BP9qNJ3IJJtI+K9BZwj462ImQvdur5iZ78q4sw2EygaSJ0ppFNYAAq6YkExkxZk5k/YpoaTZsENI+FiTEWYo9Urrwyam+ZUuLUNdQH0gmHpql2bN90KKXWsm6As33bEMvchZ5I5BHGmM+/8aq8/vYl3iWJS71qz6WdFXEaR8CdpuN96DJvH1XKkfdAcWVpEoGNYQLjz9YStL4M9feyyZVkcF7o0Z1SMO4RI7XTEmKAd3SRwenD/oNaErSV8xPN4qwowCZOoqGh5eJKWqHA1pSiQxi1MZLOamE0uaZ1ZUK8f+S5NowHxTSJ2lJPOihu8AJoucFvAr1ZzBxfaylq00APbRrkGe8QPP7rY4I+ThRz/T0pE6uVW+R393OnyNLlXjFlk81kil6Lob0ocTTVeFd4V7JXaokc7A1RT8X/t0oi+C4WJFYK4yn9V2RyLW2T7zrXSkE1HkoxT1zlRfwFmt4qmi6BSbjae1snaIAe4iGGbqhXpYd5/8e7xquzr/WW6Ou8670qfYN3o9exHPeHe/W61qvSwH0nCJp8nXd2/NzUTV6C+umbvTl6jb7Fm6376Wq9pNlOt17f6lXreq9ej/Dq9W1ePz3SW6JHefOa3+6N9sZ4t5WXuF+n52vormO9en2k+9vSiXqcN9btmmpTujs93puoJ3CdCZromVqH6IF6rr7Dm+Td6c3Xk70F8Vl6nFeto57c5WXcCd5sbZ6bqDelUWKWfll6THqQfjq9vKifnqtnalyNu1O8qd4gjdqy1DU1zRurD3GneRNokLbTN6YHaZGu0n3Su/RuPUin0oP1Y7rEfVwLV7r5Gqd71XqGd0D6bm9B/KSSaj1LL3L3yUzUb+uZ3jT9W69KX+d2Tf3Ou8cbpO/1OrizuW6RHhuWnErf5x3g+O5sfb9Xz/eW6Ll6lrcxvVLv6/bXA/QDXpWu1Q96R6VrNSR9tveQt1L/3vuD97B3D9eh3Io0RmG27pNGyaZclBp3azWVoJQ53iNeSUG753pHpav1o948b5p+zKvSj3vzvfv1a84T/AUXeAvxpb2XNGp90vuj95Q3M/VHvdir1k970/QzXpUeq+v1n7x6/efw9xJvVByt+Uzv1J/rL/RsPZ/bO1Y/6/VzR+sBulrf787Sj+oqPVcv9e5z8fUOSdfrxzx84wH6oPREvcx7LfOcN0Wn0256rC5J77KrdbUeoJd7+6THeaLkeW+iXqJr9V+8fN9e8KLRfDHdplk/lqhq/aK3wptAaFGf9Az9dbqSTkwvdF/y7k3X67vdld5YPUFX61Xey94gPTn9prvLHqs36tXp2nRderXX4PXLfaFq3cX9yEVJWeqbvjA9gVboifoV76r01bEsveodUVqvD0pX6xbpsfrT9GtevX4w/bo3rKSSIJ0Yg2qNGfSG96aXpbe8NWG7IHlT9FpvmXrbq9KLNa6t0O94IqxxmbowbadVekR6hT4qvc5b743VWZroLoifKbLuBi65nsc4S/VcQ7V+10NLFuu/ehOotGRBvFYP06t1le5mDXU3elU6Qe95m/VgjTd6pzd5E2iG3uy9733g/dodLC+QW7yxXNK4krLSD735+rrEVo/SW+kxPVt7Sc8188nME8yS/BxJpfNPoGdVepvXNbXd+8hr+txM3U+/pKv1xyy9Y/Un3g5vQXx6+lNvtj47Xa0f04/rVXRSyWfeH/c6Y2rc5UWmDWM15u0EMlcmpz8Oy8mPUzS7HvA+Su/0jERCXo2MHJUerAfo9u7e7hW7+KJo4efeF96JaYxKrbZLqt0X0l96Q1zzbpWu1q1crIZe8ivv7Hitzrrb9E6CXGbphfTX3jHpDu776XrdzTLrwVj9mfeNhzfH6s8y33olrmkjSluj8+Wa37V6rK7WR5RWUq3e5Y3UKHe3R/6MErxpRrxaT2XZmaGX6JNKxuoxWvg7WW5n6Cy35J00pTfr2dqslyv1Yu/s9NvuT93BerG3zZN+ibu8qMa9wq3Wb2vLr9eLPayTd+t6PSCUq8XeDD1TPyd+75nvgnH/KPy+qBvtmK2/To/UtXoMt7Lwi3UUC3Wb9ESN58d5x7umH0+nl6mj3NH8fcfqNfrZNORgo56eHufZ/mtpIyPHu3P0Sn7zDJ41pqUT9SQ9zuunlV+lHT/mx/01+rA0rtznzdH4+xHdwV1eVK0Xp4eVfpQeXPpl2syVep3wbyv/qXtsOktJP+W/m35NV+tf6yJ/mp6eLva1b779MJ32Xb9KD3Wv0sVurZ6efjZd4vcoNaXgWYw4xu6nbn04ss38Z9M/dV/S93kZv9R/TXdwn3dnhPdsf7Su0mV+c7/cH6sXxD9Nf+q1knM0nnxE99PdSm7Scbdet/DrdYXv+YN0ra7wff9M90H9Ufottzocp9vKF8QDf4m3wd7H39cvHOVorozVJ6Yxll1T7Vzsae1crARmXAufn6hH6nr9rFjGGTz3l1l/tDZ78EvafMd6vb9s6Ze4m/XyIvQCJazRwILN10/z3ePcwG3lV+u2odzu51fpCfrENGS3Wu8vW/sl7hca8r9Or9H7+/k3D/AP9NHjp13k4sGVwTpZcpBvGOtSzFDfk7MkvCZroAtLh2MwplvwXBkc/GZh2PmnsdXqdMaxDZIHi5aMlCxnv2AhYxVa9KI+2C+BBNoD7DY+bL37y2jksIZ0TbX1J1DhOJkVxKwP6BlWVeUe4lfxl23n1+tndbvSej3E/an7I/9H7tFp5fZzH3Kr9KH+Tq/pStLef0G/ls7vkiemk/5ppR381m6lf6++u9TUg5kxW7+k1+jD/Fvdsfpwf0rJZr1MH+GP1lHL+oVr8hLd3zWzdP/0Ael79ZH+HSWVhH6YuZku+bFfWYo+VlK9xnUzkzBj4qXQ2+7QHf0Veo2+nsbqo/z5zWfrZTpeijIx76r0IW40z7M0Szsl9brI7adX8Fpdx3P5aH+QRpvfldEKYTS7aGQjTU/k9J0DS2Y3h4xnaRVV6efEMf5JJc19s35iBLD3RF+giiXoF+40fb7c2eKFNGQr67Z0W7ntXciwmZP4ri/qsTpfxlHpjfpY/zXH9dd5demR+ji/XpvaOvlRy0y7mmpje2vdd7UtcBu36LtX2np9vH9iyVaq0qvo+6+6lvUTf0Ecozxaz9VVuo07Pb3LXqOXeUelf+rfq3/mF+f2gGjeQqc6we/s5/dk6EvHpk/0B5YOKj3J39e/Wi/Uy4vq9ck+Sn7dXaY3pW9PQy+ALlhvV+ks1epT/Onpn/srNNbR+1ib/oU/SP/InZiGrrGER3eoa6e7+PP1qX6V7upP1D9zJ6dP86t1N79af+ROTp/ud/fP8JepM/19WYuarR/QD+ovMre7V6V/yrX/KrfLR6MKDQK7+OT0MWnoD2YWneSfl5iqsYIs0T38VdTTP1tl3F5+P421Z44+yz/bP8e/34V+CC1zlmt6ea8+16/Xv/R/5b+fxr3X3dk8jpP0c97ZBVJ8nm90y5W6tz9Wt4ZuqvtpfIPnVR8ff72fPt+fomeW1LsX+OadV52BGhpkX7+PX+9GJaHMC/1ozX5MG10Quj3koZm7w+vlDtRvyxt1lR6ir+PvfZGPdy72sd9/zft1g7tEa3dyST//aj1bD9K/9qv1jfzsb/wqvds9wHmAR9TsHbV6S/rDNGqv8vcpud+FrKA3Y3UHd6W23fvcGfoSH88NLL3Ut51q/4qSBfH+rHlc5n+drtb9/fxbs7nnx7j1Gs+Z6/1d6OJ3pwf4s1m3qNcDIZlutUbPBvloy9npsfpyP0s1/hV+tZ6vf1Zi5kKHUpRzpT/YH6Rv0Mel0L/AneJF43iVX8WjVq/7u+bKDN2v9NelJe4KbbQLMyeu9o3WuNu93F+jsbKh/We5aBFGu5LapIf4y4u6lMzVc7xBeqg/zDfSVailnpmu1r/3puoJuk16hp6ga/XV6f/jH1J6uLsi/GuJvsb/s/5T8bX+WH2dv1Jf72/N3OAvdqGPTdVZ2qhv9EfrGXqOXtLskNLh/puZW+ydhLmL9vTD7PGrdJ1/k3+zf4t/q0/pen+Ev7xotP6Ju1BX8+gN0Eekb/Oz9Hn6Vn+kP6/52+6t+iY9pHSU31HgHD2v+R9it/tHp6v1rf5IXex+7U7To/0qPcbHuxXpsf5qL0vj/PF+vZ7g509SL+oF8bP9l92J/kdePWuid/iT/If1C7rIrdJ3+v10dKfEPSpdryf7eQ12QXxy+i5/it811bOkWk/0z+B2Bqz/ztZT/ZddrJxL9M3Qvf0G1yp5230zPd3vnq7Wz2pTJk5WU0qpZEYoKxjxwdyOvZ8c5skZ/qa00SAOL7nb35T+cclM/zb9W3+2XqPHefmerUiPK6nVZtUYpHEWHq1/5+PrLojf4xutA3falcI2u0Tu3r1Mj/Ne1BP0uJIWfGLMlwXNBk+/qI02YPqPXSQexkF0Z/+2seYq2m6fK6LoxC5hNiXYgBDHCrvY1TGLbpGywJ5uPLEO231bcp6Xu4RLva2SEB0JG7FDG5jfQHFkrrGtG4aDMorLKCdSX7sl3RNapySlaDnNFZ+QQz9WAcWSzWNnKbAXmF9zBbKSNr773QwGxp9JFD1ZaEHbuxcslbO5F3q/gJ8q5C2IJfOR0W3B7kRFIpaM8nwkOf7jYHKonPmrwHIFlBQ8U+2TThgH0oF9SvvGsxwB0lx0p7fjWXoqebDYX0R5Yxr7Ce71z47X0nD7Pn9gyYCSM2i4PUVP1f10dC7JX0+4v4NFwu+crtKzfEioWV9ezFTpGfrFzFS9QtvpB/wH/XNTs33o0g/5E9NYXX7vl7gL4kl+s3O6vuQP/kBdpQfprXqbftif4z/iN3glbpbm+lX6UX+ynuc/5lfpx/0srU6j7NXpGen5/hN+CZ8L0boF/kI9p/kwd45e6Guf0pe50/QiP+6OTf8h9qRfr//o59s9Vps+rqKZqQXxp3ycERf7I/UA+2n/7Hj+3sT0iWlz9xl/i4LO+XX6YV2t/+T3Kq3Ww9yt9L77nLgqvdD/s981pVwrPdFf4mNdHVJC6fl6oY91e4iLuYT1qnP6ipJ27kPuodSJnvW3E9qCTEHwOiDOahIt9SNW0cJnMnQoKVrmH0qltIhjsYErB2M6JALxyZvsrolp6jlf0XPNDZavNS33i5FvDlhSQgkB3S+R+fBLCQaCL8H8IJ/3W1O8IksjkoreogtEMwe42kNVlgZiDtFAutw+ugKZm7Zw3izMowXOdAuzd1YuPrxjcYb+4he22KH8KG5nG28n2snokKZjjAzek+KcU9jfouKMgkd04UjxGfd7sJ2hL0RAs2gr87ubFsTUTakvRYti+G1PrYCV19h4s+H9EYyTaFwTfr3oG7l+0c/L9dX6LndmGmf+/wR5NqNo2gfZQE5aTVMsZMD6n5aDxqP6oo9RhRfuVJoF3g9/eOolf3hqpT88tcofnlL0sj88tferyyoMCujaFPClD8taWu1vowZf0c+cwYlnUgeLV/zKRCVzsb3qK3rNr0xgN7ojdVFRQwxvuQR7NqKGDQrkOF7V7TB77+u+op5OhsvP4zt+F3JDGS4O8+QuMv7qBHMjzBHww3Sju6272QczhlYWHWKhFJykn4q35HstinBWLmVvxKOJN/yUas4ZRxO0mAwTCt4w7CrYuRK0vUhRHfMdwnPa204xp9dozmfg5upY4MxhbwdnOfRN68dwHPhb/iT6yHJojX8i+3zNnSzHqNfQVtlC4Uo7am9toH3UIVYlj84Ou5nVk9b6G+xvaB33oFPS1JTl1g61topecaBj3vazya9FR7FVfCaeokE0lb0qXEvRO36GVvgv+Sv9VT6+3lX2Or+OefLxBL5Vhh6zk/CmVMyy1/vwa/85laQNdL7ckgoIX/Isb4OfDGMFjR8iyrtg/npTLC2pC5Ek7/plzO7aklpwziqT4W2fXEQkonJMDrhUAafIfvxmIccPGH6+2SOD+J54i8WWkSezX5t6DYrYCyMzjy5q7BuvjDvs9epFX8QC+pnoEnNoOb1voad/9V/1Ia3zaX5S0UY/QplEcTMpEdBztJyeZyzGLVTLoxzZYB61Ii9bVJZDUWkObcz17yUHO3x7RpJBC1Dcy6gf6MN6qcJYSGDfMNZNW4fyBB1SbLLx/cx+UDj0nt+LDrUDuqvoMi9DS9U0ygpEo6PkOcKUv8nPJspoDmP4JhTHU6lycy0ax2yimHNGZ5Ob/bg+Xi2I1dL7Pp7et+gDv8EOaLboLWaXfClwP5na4g9gvDF4GmvoQ3+LD4xSwv6LMDN9dbyNOEUo2urPonYExrUtwmTprHFquSaUYFoUl9v8+fzM6wnwGDRdfbD2RONgVpU9I4+B7jG63WjS9Axrdu2o8fcwXDQt2bffLd74naZ1OrziAYUwic4kYhTBXNG4PMFMzvNpHhlfcoq2+zPspUUODaw4KP62/0HR18KskB/5x6tO9LE/WP39qObj1UUqH9c8wIrimgdYfy+u+RG7MLJ5gNU4snmAVZeLbM5jH9HiDQJ3PcrSLprAK6nx4hv2881qqoX7Bmk83hpCI6yicvw+XkE/vl8GlqBPxXZGSHUQ6y2Hff7HqxEWIo8+UKspsHrRFuXQhxxRgN45tDF2vDKIQWR6f0SYFp7OOE0zTopxlDtDPqHo/ehu/l3z5j8Xp10Yn92Yz6gL6+VHhlxhURx28xAN1q5JFPYAywnRjUfStcp8q+hr9/jha/8bv/bqkKso34e4OJQ+8REhssM33+K/o0//qVIGFrJP/YfkN82RHdtkdMRqbJBLYFbK48vyOLY4Y5hOcr5KAPUI/BpwYAax+5kP1MqnyjC316UUHZoMCtAgkwoQJhG+JJJwkwvLRO4r1pYE3S9NbECc2X1MvSlakgDfweBEDWcSM+Ufa39TBORLnFHlO/1a+txfqL7wv/QVBeIEfYD3ld/NObLoK7+u7Gv/G/9b/+hkQHeKE7Si8fFdfmVil98/AWxjr7+twgMrHFpaFGe0L87/65KCvvB3+xSIwCG8vcs/rMiUWEyzJcYTbMOHJRTJwGVmRDOWDcgxadXmxqc7MyWD+xdfBW3YtwiI2s2ilfxNHJFClzsBdaY3FbDZFyeCXDmP5n7BRnFxYpr9WH7UOdrZ7O6PJR+T0J3M+Dr0rYNsoMCivsJZUr9QP0o6ZAWQwll0h6Msh5aIN+IOIX4MOoGJgraDG2kYTYovZRzitTIrlLVEOLSAakMbSmkcsob4zUftTx2HXlftxWtKBQ45Qb7/TtjaDJ0lFcWCgMZbR9tLOSLxUfsi26FFsfUU7PF8ZVk8UDSi+FEnETzqJIMEnaVSQVHwiDPXeZQ5kZ9j/aE4CEgHs+gimQ7WlbvBSeU/ocnObPFRRUlwdVGzIJ3MBE+VN0ZsZqg0KAuaB5BtcLVFjHCamaxKOML7fKsxajNOj4sIsWkQxgaf3ExC0pmDKNhTyk3mg928fgKBWh6UBs0DgwgGs0CLQFFFsE1OTga0TIwWiloE26QXdNeDqHkAr9x58YBKAyC8eiYmh8jVg+IHUjkNrAAXo0Pb/WTIQlca3G+ng0VioH2ffY40z5rIB3O1NPhnRnXPsfP/zSPnf4+RQ61m3DA2fpOxmRSfTP3t0mCgHQTHpdrG9wnaxofQvsG/Ol7fNSZPxdeVZ4NtfsugVXBx0SUV18aekfsFrYP9g6bY4AP+H47Vv5/xprGu8Pc4b/K6QmFviLoyF9QrZPrk0C/CKC+ThW+RneUdxTDGHi5XNy/mGEW0dr9QR88SOAjfQP5m5IEt2MWMHRZW2DMsnPEPl1lqSKbogCCy0uKc/WDRBra1fc5RNq/TXGEirw5keXqaY2Ja0wIbOVda8vnwoAB5fZ8mcIGamJkzUrvpX2H1ifZxzLUoQ8k/t5MnqOlOnqD+HpDOkOeWwcGBOaWjpjZBJrgkoWg+x6mUBlMTpcG3om0wMhHxk++jnmuu6JrYylzUzgL7SYGTiksL7Hbyz2QsE/soMErV2C83v8ZK0iFBPMxRFSt6Q2aoXfCmAOrf/JsJGUzzUa0Z/nUSnYwYFPo5/YJMlJMSXVjKu/Lp6ATOnwzUgSkHnO9xvuqRsedUptDrLqqDcqm9VZpjTBwSxmQZfnTzdi0NVYdYkN6DpSkFrPiGS7ZegRdyqzS5lSKPRP5d2oP36RHblGG0oSjeq3BGO3Q2az2mPXl9qWcY02V0pSDsp8mj6XGsLyk8dSvzEu0saIXJ7zY8KUJ+yY9sh9mEUvRJ8lzO9VesdpATtr4ry2NMOZxhNxOOG2J+kKtwmDWKMedR/ZzjKeQ7XG9BX9s3lqKDguLwfhCuPv8Omf9Xdde9SXyGZ/ETFITjvajRWjHWOsUxY2BihsAmlrL+RETLbUHdQobczuylwYq4VQLDn0y1sYrDfkcSONx24n8R2BF+FADxkpfN4fahwZ94Rb7RHm53ol0kmHXtMv5WYB/KMg8LbIbXsg2oBUcw9ksdmzjEioc5Bcy7yFhcZR/M9dxoo55ONNw23zVJiFdUtJbaSsST3WxnqOmdMgJLnLSQy+OWkNP0lPDZbnQyIV52uGVmy8m8Jt7KuQ6Q69g8Vc8nnBH2SGFyo4wWNTRe1IXx7nW5LMY1NJKt8YWZjCeK75vJeDLnKzZZjJEPMJ/JeKbI5zI2GZnRLpOT2WRkniqbkWEuBhuoaTVyS5uc0nlZNCvFZPYf3maPkudL8zTiDHBuGGmPsh263YYWjpLyb462YS0eYyNiaiyyMNI4e7zdOazLrGQd2DPpEEodFWb1Q+zxBBtcRFjJashE5zs00TZ53ytppMQcgtTdYc+VkEjTos6Nyqthtty4cEKMFuQzyZnVJtl32pPtu2yHmUxPtQxaqzK3vua/SCcypV9JA2U11VAb6zAL/MBT7P1sh6batTSXV8p+HJHdmSJO5Ol21CLDQgDZNLHJZpZEnAQ1vHaZd9Deu+2ZtqBTKIrE70yRlDkcXRp9v+EW+NOi/I64XyhFM5kDARwPl9u/sx1KWW/TPTx6pyDSTtxr57/S2xQXl9vIB4rvPF7MshU9YD9oI6tDHc22Ia9RPafkOFceshX9nr/iSnGheNt8JTnGglwGVpQ5Cu0qY65sMAhhRE7h3ke9MOU2t3EfkVY7ZC3hiT/YrWxYCjrTmbwidcrtR2ZfwXeJskMLzg+9JwtZN+bI2pO7LsoLje/QwCOflxjUdv0/VZthcTHZta/nmqPM3CZWtjBatjM1ZqqKonSRcRFjbiJ05zNn1QX83RE7a/4u5pYjP2AD/91KzuS4mcfs/zrCtTPnRJ6eG1uX15jHbeS3uo/jP8EuZnJ6mag+SOfeol1T3MdmVBLmXVxiG9kED0slPZsAF67L0oW+gX/vNmaZgFZl5oBL7WSG2gdmbb+BTufMnTgZOPRsLj/gmdTAkZmtxZnIw5fYlJir8hxLa0QdZ/WAPtWbTwd9whkWzSjoow0yn1k9/6WNJvFXaTRs2N7WSWiR3zYqIZ8lWlGEBt1Fo6Sgr+hr2sG5ScFLnKFRUoUWvGyOXznFZRjsaDl1Y04oRdtpB7Ur4GDuTBeK9bQj5BRayKgG49MxlpvV/MwYAUYZ5A82Hp/2Yi3nS8vXYFhnZoSswKhlkT3VQl7bvvbfqyHbiAP4SXuqFdW0IeddwnOQGbQZEbCrqZTuZlnEHYfwznU0hue8yd2o6I92A/uZdhBi6k0Wnwy3po6StNieIM4Viltk5zIOIYvuEwJtn2rle/a0jdzslfSMbTLr7gxXc3zDBtom8bxrG15U8JUXlgU/o2DGYKBnptE26XDsUeGO7zCX6iBek5Oc6xR1mz2hlAbltALztd6gPzHu5uocw+GfbfCqPSl60nR5kf0G80VhHS9cw3saRjQ+u3VvsrbAv7RNXkXwTd9g4bSHbFL70bO2k4uyTdFnEowy6NlIWmoX0ym0zG6gJfYTFLF+nRnq2RlaTvPoCVpAC8H1bs0zs5fPh+C+BJ9e1oa3+y4y8WJmNXzOztDvZPSVTGbHJzmzUWtGuZxgC84JeAqjCfAGVsXBNnivCvNAteCeNM1mgPNwKndvuQ2Uzj6hB9LouPA/PyIRJYj8ec/biBB16C9hXYg7fcG+XYL/GTwSU0PGLxOjbnTjwlx42UbZ8PL9gB/4RVvRCvsle6Wd79V+nB3XxAn3pCR7O1NNYoVNFHtHivjsDJt+FD/s5DItdC7Qgv6xrHn2HlxabWiVvZsc2iabiZdtMxrR+laYKTrKEw3+lvVyN622zYlgscSZbRghYx3aO0dkaZXdQIuZcbrBLswYjV+z5Ct2lDnanKsVY0l6hlmDX7MVvW7jy79h57MGO3QDvWkjs6Qtamkn81uvsk1+adP2s+0glPo77CmEzK2R7o/52XkvV/rYWJHesrvySrPGXmvX0tv2O8wA/oRYZ88iZFbBafBtG/6KY+3WtJZRapeLd+2/snW2r325tVW0kxs5n3pf26ETLZx0kC26iO0osErfJTfZm+2y3Nn5ffsDeyozgmyx8+eTfzRfWnTGOTQYbu9tHn13JrW9zaCm2dSmynw2tQ5BZYA2bm1k/Tc2MydkMsdqCUZ/xHm/XpTnSu/AyL8raYxAn8z77WQzznCXUl+J3uKwIC6iErAbpdRm8WwMvPlRXl5wrG+ha+mpeKbgWlOm6d3/ZN6hiLE5it/fM/fQ3jghttnRqKz6F0cFmKu/Ny7fPSZ1pKX4jxuXw4NFAjsgZpebyzOHqwnCHtNbvKhgbzo8uKJMURHvCEcEhwdfSEXrZbnavRvyGtknO9HVZN5L0O7dsCXMlcirsXt3ls7ns6NBnSrO4jKTThMuVcoy5mg5LeQWcYqRU28+6wvjrBI6k9mFoVmfm4i08Z+IZzkzsMmo2YmG8ZzDt7yV9TQnZ1PFro6cDM9Zqwt0vD4hR43hBIrsqabluGfyxux5b29Zvayw7sb1Yk0/3ELWpd/LpbFeIU+1sfIa3bSBOlO1yLfMZNr497duF/UhRdW5+rc00VfnichmHP17ZbIddWZu8V7hCB9OwFrlv3KGGhygfpN0iaXofgm2RXAg9qKvKt6JnZs4VJzFLE1xQu5UUeB7vIauJcWnr90kQsYf5CYotIAZOYgkwPiuzP+NT0+xN25rjjOxsb1sbzhgYJyhY6xiHRPaw969dmjPc8z7dWQQ5U4r9Ni9K3FvZcibs1VeFj8kaZhZ2yaPI4fAjPyVgsX7i2ShLrL1v+yTw32KbHgHMV/OAZTnyzlZOvS5zPeSEclkEMmHkuFbaMvI5GbgiOYMjAlRyMxosqoZdDI8mjcnf85MwT8O8vrFjxjz/JT6VcXFCUTfdQx+lHhLXhp7ThwVbKW2socCD2IveArCU3sNjXeGOw5V2pulke7Bcia1dfL3cbeWLYZ1DjJS3+Qg5/K4HD9bguICdhhbXEbtxR10s7OW5wisFkA2vWVtlKfGusaEfVqsWww9mEh3UpnlUI8UzsPQS8YVzLs76FanY4DyTT/qHcN095IY6ZzC9ebb9lt+x+yb0PRudx5kFjxoVQl6SRmrUX+KrEaJ0LaMs/ODIii4Ajl6TgW0XB2ketERIf/Ti8wr+aAY7cD6hZIN9/iEnMcH7R3j4NQbcIbxccx82kUMoRtDVqyA81I59Af7ndCTNNFZIhTd4dzAK/r1bC/Au70F+BpgL5gYZv4bxmzDRwd3OXnJiWwRYO4Cj6BDt/Oz+CpoTwNz2t3BUnI+2xyyNI9POXhirj2OHpDRibzDXtqIWvtaS2mck+DRNpqNyT2Ik0fEDuaE/GATmJkZT46nY4ITYzOajA4yuoLPZRSz+9zOjG6wAIJFaQzd6fSkcVRoyxyW49k7TaxiK84wusvpxnWbU0qWXpRBrp+w5MCOs1RNdbDLwJYDO0O3vVh+jEaf4LyPCZY95DYbx9YE83sCn9LQ9o8L1twBfOIbSB7L7nV/m9fXhLLTh6NEcQ/+wF4xRWfFjA2+E51JbpiT7UlhOMKODmxnpnPL9+zFiIq5zNwG6SrMEv39ZeN2+shRnN3Y1KJC7rbo70gq4rGshO3m9NycbslWIbNHGIb2N61zhcmIGFDWejC05OMNhyXDcMKZK4YXDvvY3Y5DZ4onBTjgWslKeg9WtIJ3z0t8k+hFy0QRHWEh57JgT4V5vxeJ5t8kE1R4/XJxJudzwqw0I4Nd8x1pZsAQPvfjrmlN1MsEGc6rqL130DRbJz7Z47Rtztqnq4XkJhz6PmdtSEoZdeAvYzxmi6WRNfSstuAcvoPya0x/1k3vIMPnIrkWsKF2DIbQEzQPLLqJKD/NdsehpHbYD/IqldGb0qFjgxpm01WWS28ph15StaE9uGPwnFhLU5yW1CCinFHRTCwLNbjzORN1ii0n0JmBHfqtjLRK83yG6iuCXG6CBNvMbqVf2a9YgqMestbaRrPco6x1R47/cbGMmFuPDqY4vXhXeVfuYO1jsWzF2VVb8b7YuJSyRmvLHKdnaAnLW+7KwzzKF6mjyJT/rnzcMSe5ay2H+lGqkXXOoH+avoEvWieQUXlpeJLGvvSiMD4Uk9Wi0MaW4W8Vo8cczFzYDtuLB0VLFelh6IHJM6dCrnwwaFLsEgvnUBELeGeMuN4fpF+oD2xFg8JVOUNdkztoCx0selHCac3PwWb3Sph1dlX8uKBnscFbGTZq3B1lLRM72M7xmfiYfZVd+Ux8o7WDBE1qYmk7gXaGNram9rVzi02fKFbOtkjMqVra1zatwZxB7hXT3ll7aVupsKzdyAgm9mVeeikUo6WQg+8+ZxhF3OyCx6CvZcZ4v4TJLJJn+I28qdjHC/nVdAH2HLtnoV6Ief+5cugr9YUyGmJAJkNFp2Cj2k038CyMpK06dnzg0E+C2639qI11Qcn+e7ThUTqFJQb+DehypsZkeBYrxM1Db7s11TT/bdMzmpOTb3hpYelK5ThTXw5xzU0tRGh5M9G05ZfFmrb+ebVNzlUv28KO9KbIgtQ/hjtJOo5toB+LZXaSRkpjR4IOmbcjlbLNda6qy1mUjBX3QjvmZELOzO7/pKXJ4f1679Ym3PsuixPu7d3q9Lac4fQkZFkYXxzt5D8Najib1unCZIbCqPUX31qG9z1dHFBKvEntlbHZamQ2su6yyuhu+0knyiXVQK04C/sGJ0MPJ4eRE+oAHdnT8qBw6Rx60rGdg8TWeMRNjN33A9oqTxAni/6Uoqcc2IWLC1gh0G9XCnrMaqCnnKnW4xaycPxf9r48wIriWv871VXdfe+dwcHLOA50e1EURImIiog6URkXRFaZ0WAExH2FYYKIxH3GoAQUURlQMWLcI3EhBhSXGHeNgjLuEsUNFEeDIAYV+XlOdd97B3HJ8nsv773+Q5nbXV3dXV116pzvO8tD7rbib/Kg+7H/Y7me1CbYHYOB32J4suIX9G2G53Ofa808624u2LXVluN8psc7BvXUhSZpxrMebGvwuHNf2lYm+aWw4tb3tVcwwj1GM6tzEI4krqq5nzvdu9wb4X7icq0160VjNXbWdP5c2gJ73QnUYlc8OkmP+wXb0hLUYsfM6elSacFaBe9dSyIPmI640nPBvc/wasH3XZjOYMeMze4Y9/U7Z0HbOG52tBPgwbZ8v72oTxBgi0wDTlTMolcHzGCu3rIUyzDaebDt/W23wZsUOjnsHzzWIYuZldzXfhkjdViy6Ks64lzaBgcE/akJWcxLc6+2lR0Pvtd9bXO4STxbj9FrHNZwm6K864/rh9OFfb6Agss+YzoRRzIOdEeJVsk7Ou+XNpcoz4a/uVmpxFWGOnB+RdYoKqLzvkj/VzCGymWWHxjYDLxZHKL3rjxjS+uV/aZvc/vylXbni+fj6z7hr/5b/kLHRYvsrFZfGY/CPv9zdxs6Qhss8hmj4XnO+zDLCt6XfVVFzXhfr4x81rJoR/0lz/di8J5qddQ9qQF/9fkecdu3/Xf8NHrgoGCE5GQ/wBAmmyb8QZ1H26eGUa+gkIeU87LE+VLZfl2Ijp4v53piV8U2wqWbyJq6uUSfrHC5huL7zmdmNH3gfuh2TbENNDjqqwzn09bGxQWURal7LMUzyUbNZGHPDSZbnZHfuYGKte4mXEgGJU4LeH016FNLsrCzv29wcNAvOCToHwwIBgZ/3/KxDoOCwcGQ4NBgaJBFTTCmpDY4LDg8+FkwLDgiOLvSiD/vz4PWdvpvvWY62WtBYqknlnpiqSeWemKp/9+w1JvpHbdik3awXbe8g1r/hZEYLDtCvGO7OF1l0EPHWb7vj/D4R/E2hhG3PTuqX1sFK7dudJvpp3RkYHRsWWTlzrVYo4L83fmbfqY4Bv4UsOWQE6+xWnypuOVXiq2aZjVc8gCzb9Pn6u/Ket8V3iErc9i2Wac4sy9z9Rxdz7WWV5B93zWKv+m6aMXb2gK23jKfGx6cqk5T/N/90TyaKTGub6M4+5qBPfpi3sOFx86u4ZvdU9VuznTsrXh/2cNhr96RUYblK2RN/ULtYH6pzlKnqhrR9M5Rp6oJ0T7J6+I2OlfxHnSe4njY81U2qrvdQ/69QI42qCaMCF5HhdRWXyVP2oDfu6yd9cDrOC3tVKYrj/ddqc7GiAwfGxz5rtgYBz5irKxTOXymdtAllaU4UZVW8oi4UqXzjsqPyFeNaFA3u3/Nv+kSQSaK5w4/Gc/X2eC6jDGPzW2L5xhhDkY4rvhWb3wuNKFqwM40HWlwhfKsE7/3alVo1U3qM3+F9WAfgAJjfqlE6N8CmxPgxQjXyEW+KPbL1JSybjwyoPz9Q2W1efa6S8PGLtdIFZ/itzNRb4wAtHE6e0+5/dgfNt16/dzq3ovBolHPxh15BMsVmXMRutM+mZmyp0yX+gpNkrl9kEkXeTOyFKqJJANrkClZg/di46fe9KixJ2CsrXKFeK628u0x+vEjsPFb3O4eFRwis18pG3FdldfJcqKnvQmOWuDVtUo1AxHW8KlarZqQIHEJEpcgcQkS968hcbelEywuweISLC7B4v67sbhl7qjg34vFHR0wFvd8gsUlWFyCxSVYXILFJVjcD2Jx2TyLU4U9gmJsrje9QT+Mzbn4OOqvFicZjpvtSTnM0LWwFXE5b10uWo9eKwSMM12WR1Z17+BG1+6a5fgkqqXrRj3+Z6B/65wE//tX8b9jgiFUuBdLEb6fiy4m1gY4p1BvNQ2l+FieNyX3mIZxkeZcGD1PpFAu2pdivzAjO6DdtUujayfI70ILe4f4KPdm34WPsk74ywhh4Jb2XY/WbNOyRctyuHD2ddkbu0skQyM2N5/DbOSV1lt034JXmmn1TGXY3BwbdGv1RHsGnD/llSiac3Src9ZW4fmRIKk/hKQmSGOCNCZIY4I0JkhjgjQmSGOCNP7fRBrZDuP6KSeZN4j/a0Shwh1HJZuo3vosr/jXP+8r2BqdPC44PkhJ7fgUptE75lE9Vcadj9vMjDyL+RfXO+Zodf57jB7ocL6Lc0QzWaBtnsM4P5utIpMx5DTiWcrITjUxj1nZPFOTK3dRZShkL+Sa1MV9rBRMqFC7fT5V4TrH1hLwo3ozcU6yQ9QsGZdCbGt8lL/Xi5J/cIFeGWWE64/Wta75fQrvdYu/RLIUdZa4/icynJXEx4IUz7uzPHvHkxzOm3hCcEJwooyfkT6u+VZ2c95HuXLN+6lHUBpVrWnAScE1qZODE4IqTKicVFFTVKlgNt6SOgibmTLTq2Rl2tq+XPEdIg3LzT4ZF3tGWSVthsCf6Ttlpb+sOFa9Lmpvs6+dEuyuVhKhqnSlqsVnKuNwLPBNDt/zPkWYgs1R2T4XjUEtbLYiRrvu0Lx+uTbQcJwDjeHaYHJlVav+d5Z4Yzey5OwuEGc7sd+HKK7NE4+zwR+/p05PIZY9wOfpzci0qtejJKq90I/N0Gn3s8JTzdacrf5h2dMG4ilcVsmj+LB3Q5QBpHB9XCuAMIC4zbtI5/N4bC+x8XGE7ZZktbQBJsBAcxKxtW3r/ewEWxfgKBpsWmtvu2JDFF9rnM2jDHvfjrJPbaJCwoPmYs2r/90t9vI+lj3wNXqG/PzxLPby9gNF+YdSkoXubjWceJyL0YtMhEtWC9ZWjipvcCS39ozkULNUPOmtGAG5Ico9eHOU58Vm6tu4z4+Id1R7xx/OJ7mX9+4WvLP31pZV+JXez/2pR4IG89kdVKyrcy7IKfLvbCcr0qgqn7HRrmZGvVmGvhOh3vZdZuZtvG6qHKPVNKmTMJk4xybPhqzkHeK18oLTKULlBhAzEHHvjGfEqOM+Ho8KW1su9vVY7nGboU4OCx3CfhKrz7oFZ4P0sQ2VoY/XgIHYljqJDbrGqfZy+JOa5BRG0EgmNfss/KRZFBD5avBXy2Ip/R5pHOARDvSM6Ir8JlwPZTj1xWT1AF2qjbQ9yOP97iXBrAJBf1fIF8mir8d72deaORi+58Ee929XJaOumXyLD9QKVTjHM7PAJtl3y8qKqGl1DWe37ucFeX5nfIQwLpW7/fV7uSWfjtMuTg2O03HmLWY5DvWsbh/fw2ZwtOhNVr7/Qd+DwnP2W54vPON+LtnfhnpxfkmbW4dXW43Hufwq0M8bLsd0/qtcJPPDzoTqIj7B6g0XYSZcnBOtsQKnYLMUFOYYn/eKWsV8Q/ybZeZE5IpaLMNE0dMO91hSTNdbOwbPmJ3xrHnOMOv3M68cfQ3fgfXn31MvmVn7q87OG2ai5L45CIvNfi4/5f60n/uGuSHSk16gBmxLdq5ehIVijfOIDvMmYr2ZTz3l2qHSegDFo9nPmyiZQSbhfLIra9PMBq+G6mjVFXAtbs/5svjcSHBtE7sbMFbAc3hJlMWtXfSb25+uLeJ1WtAa86qWXGFzInyqWvC+g3A9XHQT66U/YikTZ3isxa2SDc7idEd4RjCxGJfiq+8SRJtn6Gi5Yh/yaSCeiNBuy2N84vB48D2vMt141RkXaZGQwzAxev8d3VxeYqTk2M+9APwtXQToiU60D51BDwmmyNlKDo2uq/bmk9VyqtXVjsFDqlTyLwygZXhINcoM/gQ3yFXb4BX1qrIZ4FwswGrBpxg3Ot7Yml5Gvg1n3NpSriigWc3SupBXqBQvmngcq9yfugWZMIBsfrqTJZdSId8Ht9wYc2LOYoncKb4+zqR7SpRbqiBJ/bwkYE36SK941+AeHnIPQpmezHnhnEIeMzurbH7dehzH+XbcgmwZ7m18f5tHjtcR37lCx6vZGLvnWDai8Cy80oqfhc+yxBjh8a93XP69o2SJfYN6ks0UeqW23MZemu88AQ9JRWZueQyVYj+3j/uQihlR+8X53DYY6bFlwHPxIyLR9wd4sbzjnlrUbM6rmM+9Z7mfu8jOYq5lwyNnZ/FMFGbxANp4Frejt9X3Z3P7x3O58bo6youzRh8EJUhBIWcvoxO2wsIor4/rYhBI/jKolxnGFtcMMrjCWITO5sIs7mWGtDvas2u38R/sqyvVyN47gNZQvLsyIrSD+0ccKnsE7wnz8WgkG4rnn81RZyVRrewMx3i8mx7rHec14Hjvj2Lpcv7RE7xqyQAYKFczEniid5LHs+Fkj1ms1eKVMJ/WOtki3ajqO/DFz4zN8PZ9KGMxxsha2sAoP+if1NPGPrsfPX0ZeqAtjYpWBq/1D2QmHwqLAtq3JtFxH5Hx3kJZpI/ztlSpIYbQ13tXZkWLsrlnCvW7OIfw7crFG/mcMr0iPbVKJFw2r0va99l0tjqbcYbzG+VoD/NCHn9pjUnuYe4k+xR8/8F4z7CGPIp432vGKLJcXTUKeGSffC67AibZAx+r950fk9NukPlnctrZ+eX+07ntshjjMR5b5xVjjp0piHSbGC9gCVXnNWCsx7Oo3ruSsvpgmVe/8FgfO0uN82zuLcsrNOB0L3AtP3IfvYlixIo1Bu6nHvVeN6rDT4h9HTpTMdvRnaz/xXivBjXufc63zzRgKmVkz2cssAF/Us9Hd28WeaTyMq1RMMpYa3QFwbdy1x4vaD23RPpVTnwNMvl2QZT3crrkILbXMbrcgA4O4QzRpLjyW3u9u8e9T2AcT/DnWpzprZScpLOjvrO4BbYOEI/DEzorLMMO2krCbISzvokmqS0TqoneLz3OwW9tgi75L/PdeGysJ8T7E7MkXaQ6Wh/iHSSQyg8fqL7CwFWLh9OAKPceY+PvoquTwwk6zgZ4HrXBOV7AFoOeT9kixInrIPRV5dGqHoQPESNPNg9ghC3Jm/rgJ6iiLCo9FyVuEOXGZl+CZgwmXmcx/tSLmKmy6FOJY3AhsX15rrcQPb2V6iY1ry23m5kuQsyor/FRhqGOwc5kj3P/3GtHxchKg8eIGVeGi70OKtTMNKOG5Qg95gfTijHq7vRoaihl8Iqzo4xMPx3dAfy2/BQWt2VsYIA8tUWHhsod2+gAUzyLCe+VKsdU7xKxtUZLjqq9aUxgLWXun3vsq6yHCfdr0PqOhb6HRb1P89oUYdEjqDuNpKPIjm4Bac5iW7JPcLFe43wbu27d9grP4tKvOKenN/WGfHXhGTdGqe09ZmhGBAdowp+U4+zlNSJGBvfB87CZ+Jq8fXCVuw/2xXQ5tw9ON2vd+K9Z3j64QMfYwT4Yav7nowp1QYIqJKjCt1EFF1vpO4QZbktDvH8FYzgCCcLwPx9haG1rJRjD/2aMwRU9tHXEst1rYr9IH7F+kuARCR7x78Aj7nOykUaRIBEJEpEgEQkS8V1IRII//BD+8LLqifO85cTtvgt9aIMLvLjSW0GH/25MokJ6tD09KCuB7zUFjd6FXl/1Gb1JvxLb4zxviNTxHYsEn/hX8YnYd+kx+kcxirEBV9+bnGJfnLHBLelDwEc6UwN2lHqIVuZVRD5oLB/uVgMjG85acLH3CvuxHIGf4RduVVTLwRN7y+SrfHF/OczBZIqrBtj+9iHr+z0btlbrEsWroBb1gYvf6XvFErgXp+uVVCp5MzI42Dkm8s1xsU/G9mz7+EXwDo0LXDxveG6Oc/bJ5PL5bmP/8utLM4iPs9dRtWvn9DjHtjku3+oQDJT4rdWRJmWvidEYjlZaEOXI5VkxqWhUqiSugv2w+dhnxLK7QrHPXHH9sUKEmsEU7JXe9AjlIk3A6nod0rZf9kRaJ96KHCsZ16zjHpZE3l6OuQgZZJx+kf/pILIxrBmRWeeiTqLbrMepRNHReOxvDC2Ra+9RLOn6kW3Fx9NsDcjuyOdXSyQF5w7mOIh9o2iKuHpVSmIguuWPc99xdeMUbExATip2xTGvhRoIU/B1FH3XExPlSvZnfsWw/yuvjWV4VOoJ85kuFFe655G70bF3smjYOKlcVoc3qEUdSH1oSWSn1ohvWn+pK3WjwzPjBqdCruUx7oge+jmwn+9pVIM1xPmUbR+dcIvzTsZ6flEF3+c0aga5bMnEd25R66Q1gfcQg7kOezvFtv+2dLBE9HyobIWFjGgGH1jLTCR6ocZRRmqE7BGNXVwV9HMV4zaspQVoR/1oB8VXM/o0hTo4vcnG8qTkSEp6vkfNjL5v+3wdjJrI5uGY0ym0PE1ynr9sGTIShXqLOj3g2c/3edLhL1ONNJqdCuym6jEFl9Ny8aPL4nIKNqqc+aTD1TK5yuVTTsU3UvZpJ+DakCSxZETojO40kwzauw0YH9g6UJcTa0NWG62TCnIVYpNtHo2IfW9+SgWOAavBkZHf4e7qRJmVb9CnmB7ZPwb30UScEbC84+q6C7SBQsFLMvZ5ZG9JG+fEHpGNmK3YK9LW+/hb3hsy9q4z0o7oEBPX/Rj+nW02Vf9jKbI4XB8i8b/8e4HmPT72klyQsl6SC+lSWE/JCeIlOSEYoy9IsUfkQjyoY3/I4kpu1meSPSQnBAZnBCs38op8CHGV6DaRT2Ra/t/Fr9MzvTOCk1KFFtajMqcmBPdgISYEfMf5uJviKwOcEfhFtXJ557JVuf+xGjlnBDeUTAgYU/1jkS3SukpOob9/xA/Q1trdNaqxEVfc+LHegHsYPsr1bq1nbgNK1K7KSj4e3a3V5S7HRKfwlW6Qt+BvxGNY8N2dkPfc5W93ZjQLh5o4+8AcfH9WARu52wfT8GfMwP1RTKkRC5qfqB4lpOlXbm9lo877CI4wQ+RE4VojUV28n7SX+P6L3LF6Ka72OfvB1f5kVRf51q7Wr0ml27F6gGIb7mJ3tJou8XU5qVXKUpdXxBR3svtrd3peanxuMVP3124uwjL6g2tp9fBqcYn7harGdLG4h9NUeVKbZaB0E3GLl+bzG0xzZ0iOgfaG4OIyl3W0+30Xk/wAI/NvmsESZwY+Iu61DNuJvvCAH2CqqpVYj9bXc33DWom3slfztRmso1G6Htc68Z5VODfd7SPR/BbB5Jo50wSzH2G+/Z7l0UgPpziLQHd60I/5mXH4q8PPGMdOFucJsMwBn7V1fTniqz0qUGGacK3T7HC95sHqVzRVXSRxqZfTGmUwUCTpaIliZXnD/f3Jf9jvT4XRMWYNnjMzpe84Anxs9OQsYxl1/bPv4hGfq21yTbZHfReH+4/5vKpPUow8cf3U4rwEtUWZCQwukZiG4siEtHj112CaRMEMp8uoLKqoXJbfF1iKF1dTrsWPraZ8uvquasqFWsr8dlW4yrUz8tBoZm46MwLrVyw3GXs5T/TV4dA4p6gGrR1JO19tjVI3ikjmjIfVUs9wEp41Lt5yzocr78r3K2h3BhfDTxX3tJjuUhaHr5dalueiDLeJbXaG4niP1q0Nxom228vl9my/cks/xZUZXAyhOa6mQ/PVb/+Zd5whPJqN2OI7jhQsa0+VolLxgi+HXbU/9N6a7LOz9Prxb1po/UNvuhQPqavd9xCI5TEDw6kGu7iNG8kQi00txhzXzvQhUZzxQokxH0ato8w3jkstIOs2l58XWQwxWj1edhfbbz1uc128ZBhrGFKUMWA9JuJD3Cn2zBjFGNUi6uBk8bGaGEXY3O7e6P7Wtas2g9vIvgnHOXCF7VyRX3/8pCOjKojTdbmsex6zJ/weqPOsLCe8BcIW32i1U6PzM6UyLff3hG/brERXh9c04yVP+md7T/mnsaVJTXjaf8ZnTozP/MV/2vCZWol1CWSPuU1qXnJfhGaslxyHHAn1rF+PeJQ/pJmwaJ+9Wxme83m/4rl3s8vVHGdEFXor5HtQ9P0Irmap3M5k4Rl+fsIq1Odjww8SO+Udir/Ul7jOiWP5/oQq5eIxt5usFxvrwKvPCNd3t8gHuy/VRs/JOX14N+uPXH4c+5lZkpmlRmKlLnVc0VitTL7V5XWz2Oe3OC+K81ztcKVK/t1DUNsbJFcDx4dME254tWvlfvzEHGVbGt3fxtkOpxf8LPrJTn4mXcmaIuVwk9tVamCOcFrUl7SFJtRJ5ehdqBmrxQ65CHWcLwHl0Ty60a3BNijxtMRvjdI5VGCE1HSZiWbfgOPjegKKMbsX/bHENcRdvOTfht+B8BWW4QPFeBW/aT3W0WqHv/NBvqaX/SVyL0ac38PxarDE2y/4RnO/nCZJDgi7jieoerzi85t2U2OUj1uiWLJR+nZ3qGOtwxKTtePt1YoeMkoH+a9hM11kMEs0ez7W2eHvwGvocCJ5Mh6DRcbGAN5GE/K1g+8WvlyTrTnMI8J3WBLh+EdwPXuvWe7MWif3PUpz5Fx3muRzJA5/nfj87l6z4Gbvq17eKN3ZqcUhijMQ7eERenvpKCq7uJor5RHnDVimGG1mrJmiWMX1kdSxUuBI9KJinLmAL/PsdCVOmZ+HsbnfuT+h52Dx4rjfm1CGnR3GRY8SmdU2wqDj2f6i0VTAoONeWaLHdXALfY3/Zv+djLkuxzOPVsujekJWyxutrhCMOwuObVyMq93bXY5rnq3S+RXJX8PGrlteMZaxdhaVYWYrucVxsLz2r5bq4bx67nAtV8azl7+bRCCqF9F6VfKadPGGH6/LeD7Yu8Q1kEarWLoPFrSFrb+xGE4L4erxeEUsmaqoknhjvhZsQfrXI67Yyj0xrnK9Q1isOPtAHDWdy79jN8E+CzHmcWYJvpbv/0q05uOvyHveeNYItX2Oxvw3HIeGjb79P/5FeYbYb7nU/0JZVmRVtDtz3hCbJ6Tnd2YH4XblkrnFODmZ35OjOfgB2e9vn/kONx2NerVEsdrYU44J/aEoVVt5vlq5kY7IfRSutiuw9nsiV09XhdjVTUesjtJWDt7qGjuPwProMj+WLz8Ux8qyNsDT3rt+cSzrewjyWBv7Zdm9yn6DvrhSF6QZS4F+ht+rNwhXeWPkqjODKuEYmQ8RvwMvRh9Yo49nRPFxy+7Z9dMu8sMorja8IV9p2FrYVsfZMp+XpQx7c9yeuc9d6Bai9jjSPYtSakOWTeCovj2LVmqpRMpn5NfeukrzCnxW1WBc0dxk3uunOot2Dj9BI+2j99Uu9tN5RpJiRtKiZkqe1PZ/gfMhHpG3IepCm4q2j+PqeQ6Ml9qx3xdlX4G3nVgC8A50jb85tkE9ZdAlmq3H0nCy2YtWCt/SX3+tsvmz3NZyoxmsdq3c2EYyFRWvRcqjEF0xD51xD7rgPGodk5yFjUq2zAxHI/NVFxBzLozyN9Cwb8UbxwxAWjdIjjXL2E0MOCb/iIBj4n8ZuOhHFu1zRdrFGuWDbhdyMd6drbmHYn7irOAIWT9nB+cEbaQ+9j00Jc1z09q7XDE6rhFbwB++v072XnoKVqvY28Rexb47vqDK49Ak1qNq/4SfFVtjvLa1tM8MxnxPxewNP1AteyIK1bLt94it8TKcG5wXHG4muWynnBs0YiB29e0xWz26GIcq3Mnep1Dr9XLHlXqvnXA+bZvHVrsVYUCQLG9Wl1ZyhFuVcB082snwaj/um29pMFw3ITRxBPXVjvWj8KWOL6Nm81M2mxlj7jV4zuP3sIi87ZU1DuP0wALJC2KcWWBd497UbHMplhPLp/tS05xyNMPkeyxHd8f2E2dKs9LW+nfE72bHjJ+7zri4zDnIJSxFG5ytMs6fozw+70hssLxFJJubIoTHyv+Cz9ZsMyQamZnw0T/CBDdLuZgtvlSXYik2zi/xWIevfJ6lC9o24HyZlVzB2Mc0DMTH8PwGNJdcEMQjbedfDnWKM1ONisa7W9AQuMgJIuuLP0qZVP+235mtkAqReKuoAY3BJxkj+8FXmZU6Fc2pC4NfBZOCi4LdnDQuDlZVbnzE/l0m3M9e7bOYHHRKP1n662BSMCUwmBosN2l46SdLfdiWxZn3OG/aNe5vSgJcHFznTgomoMqdFBj5/yXBcmrEpUE5pgUTsJQuC56g6cGTpZcHk4IrgjJc5WTxc/1rdYK+MnjfvyhowFo1IzCCt3ycnhSw/t0UNGBmYDAriHOfTQ7uqzwXb1AajZLVh9/QPld7LEOACwO2bg/y+6sn/EMwWl8VnJRy0V9xDpRzsaO7wPAVJQgwJXAxNVhReXWQw0OSyzCX4nU/M5gVTA6eLD1GdfHvdeuxlK4J7Pv91alCb7mr7d1Fleom+QN3dA0CFY/PQvzV6YTeajCWgZ/1I8mjcb9kYBqEK2gY/T0zCJOCFE5T7TE7OHrL5VSKli3mmM2oEd3UTHTDhcFKshXZrw34i53ppfGx2sncAoNZYMbx+/D7NlA6kFbjyOp8N0Z4fk2E4m9l1kbzma2OQ2Rfsc/vSnz9GRTb3pu+YmMkf9M9MCNgV9LMaJZadmsrE68re4WJriCwtRDXELd2K3/RTWP3uzkxAm8l+Cqyb5yOpBbXO/fy90ghfq46fA3L1tszG1ccjyuExvZ2eqP2WVy20RpiOfWm5nV/mVj5X0d2QOtWNntmx0jqMydmmUurw2QxSeZvY5Q5jsf5wuB03VGk+LmSCcrqkX7E7rLEKLwbv9kwYjyR5/IFTgPGEs8+zn9QWLmMDFwYxDYXy8lCNoQ2P5APoZi3iDkL61fv4r+CsfixbAXn9LowuEen4Vf+JrguGOU/WWowJ7hevkbLlpWb/TbYseKG4MbgsQ6j9XXBhcHh/k3BTUFdpf17e2Ukx5UvaEVhVfHdm1UbHC4YcVzbvj8aUedyW7ZMCzzmP9fLzZULS1iHZZ6S/7+dVuo6xd6Mjng7ajTB3mvTbYzM+SbEGK31l/Rl34if8p+/svj9JphG/TsamXqGji45psT2No/fIMjhn73HCmJdiaXLSZqzrTHHfLJeTPaOVo98Vvy/2+AFmZkbZGa6RTPznsylkW53S7C7rsKtwRft+e/+kb/GQWghxpo6OAX+lI/HsRhlmJPPd1uPFroIM4taleMK3YD3CBG/zccs58qZfVkPKuTfO1SkyCSR1J/ilLZ3qxZqK96Z1vueJZTGKvHkO1s87s8RXSQbaVvPUgk+x92K/62VX2WiEzD7VIvBvor+Px1XyhOwNnCzYo0qR8ZxcS/jsoHliflftmHs8RaaHPmz1GNaOs6sxe9q+3Gx2jDG6uIp5z7aJ1Nu817TFfQSjVH2Ss40ODnNqP4dSONnyNFxGfvv6SnWQnqjFEgPMvVSpYYkatZeGWWnjEZvUvRd66DkG/J7voZ5+mHnPfEg4XGcT9PI+pDwsSWC67EvBmcYO3Mjb45s3p/jJsf6algvEPbYWKBjrx32qmSEkPNE2rw2VisdrjNy1M0fLcbFmfXZRlP+2Y140HB2xtVoF+WvFp8dyrbigwtesFa+xlZrUDRvQzylbb6/WE9voSmCezDbH9tC/Yx9m/ZRjhgrY1kGcusHaLHLPmQH6xx+FyyQrI/sL1mFU7XBWzqXLi/KUVwjuWduKJrdPCffowXiNW19po3zB/Gp5ZXEs7fG5fnLSH4hbzZbKudrXnMXaPYfWqgYob89+LnZeF755OI0qsdBZPevja9mjGsysabSoramQa3Ofb+ltrAoq2gVrBV2vh6j3yD257qfmJ1knyQXfTQhhz2+xz7bUrzwv99Gu0YVbLSCxLnXL0ice/1E4iQSJ5E4/78kzr1+Ff45acNXtpY0bIO3xeaRjULiwXymiblQtga4QsFUZf0xf+JbL5E2+I0T6+4T86trJ/9l5Qmj7OLivDcfIya3411hJu2X+pXE9vWiQva5QqY5H0B/wcgY3+VZ4+JgZ5IbFMmMTWM8xXq71doL39ugh1/Q2wsYkNXb+1FX2DiBnYV72AWcP2yLKGtYt2g22FUWZ39VcsXZJs6BNze4JlWFkanfB3cI0sC/rUa3umSC3t5UqwCfCieRE38UbtEzNa59+/YXK4NH9XA6K81f7c6Aot5i5LkCU9WJmtH57Q37lrAH5GX+YMzHAnrPsx7rpzpzVdxjFj9PfUFso94VsB/Kvn6p+PZvrVZXSjSC+UgbrKlcqz6rfDjzBg2nCtT6cIzYFXuLzMiRwdrKh9C4ha1w0J0+2XLrkkbUo0d5Cy3Tb+vPK+tlfpyCO6lFPCIPrMxFnoibmVkp/kJL0aO8Bp9RjKI959Tgc8qBEacT9BVog1sVodzLpdlToZ/HrXmX+3ulRcz8PF7WBBfDiLPHNwlutkJYioGpQ9M51GEWrK/o/TJy01DTpoVeots5NsbPAk5xZsMZ8nYPoYWeUxXYEnNTdrQNfqrZP7Oficf/d06JOsAbXZlL8yxiHx3+d3CaiAR9iHeeFpqrav2aaIX2w1pYrCsFxig3bLC9jdZzgzG6iz+PNmzgWXSh103uMwQ1ONBRaEfjsYOaRDaObDw+1vap5gYTtI0NZD/nqepy923hjS53BpfcHcwL/hAY3BP8MSiPnroTfPWlLsf8YFzKxX6ZB/3Yu5Ojf7/WvCtck+rs7OgwO3FM+jK0x62VfMzmT7cZHruYpiin/wpyMVpZ++QRl2Cjk7mXucG49sVz9O0oNoyfgn2XuLfSEsZs7qdXJZYpKyhfd+qDPdUVKEd8xQRhuBuxrnJnuBJ9VUJsc3EMe8yh1+lcmvAb30e8thhJfFydx1UcW40Ex7j9ge5WHSXSy7bdWGLEuk1BZnyXnd+iMq2w1QIvMEQiTJRIA2bFrCc432+BxJ4PBWd0tNkcOfrmBpio4kqNcxZuTJ0DJ9JHArFv79L26hwqNCNbnKmVHBNlVbSYKMvSDu7NiiODC5wasymPF+Xy7FHOGUFjv1V+llF6QXBn6u1MBr/R12VceMZmEZ+qGL/Z3Fyhc5hoZolVbj3c387EZ+tcK4e5x6mK+479XTl+kYgrckRZjXGq4Lc2lseOxv6S33IpZqGFukXrpKfXA5NTdp2N1yu0XcNnOj7uDd7WVUFvsjpDBinBu9yo7gyPzjjMS2Wxp5qqrGR4j6phZUEufSd1xGaYqTrhi0pCLl1n5sk9Lhek5x6wn4TK+4T0RBo5YoR8uHsFMTpuEbUW6uUvFil7uaBiKmLzAxnd5T5JrK5F8Pm5XdSZlDwbr4i5wW6Oi7nBUsnMP+Wb2fyiZ+cwV8wY6hDuc5pwJ5Xn5+Yd6nY1jCzLY8yJ6qvKUplvQ4t01xj/CBRHY5B2Jds7X1+Du4RfmGzMNz1XFLGo9wUdVCM2iL8HS7W5QY/yucHCYIy+P3iCWJfcyQSYG9gVv7s2eCCwcQO7OYzf2DX5YJDGMnWUtllF+dhDwdv6RL23IqxK1UR4KPf8p6jvEz3b47j2Dwe9S172zlZv0P6pmvR79OdghWbW6MSIK2KJeLgOwHNzX6rChg02F8EpKIs8sX3c3pZR/1I52kvYdPaWvZVsq0dLAmlD8rtRVngWk522svpsFtWKEsswTIt4hTiOdiBuLimLWGSLyfriTfonVOONtI/psquwF3wdHgkM3oIydi+bhscM72S8t71DTcKlN4l+ta0ao5pkXrBV0Ablyvbd02uSGTxe16SzGEaPBjUo00eiDGc7r5fwkzA6ZH3KeK77OFPViy/CGGXPX0mvldTisLQdbxc1bRbTlTTZ2Gy5V5SwRnUldVOvlTTJl5uf+bCks2PQ1a/B/Xi9hCPzHwsWUhVONzw73ncKv5lv8PRKxVFIjwWOMTLzBtCHWKjKxZ/CRis+FkzDL8q5QsqjzlLMiTKGvO9MKbXXleFx0V6eCOph/da5XthEvRn1cv9iDIxzWankwM+EDsetXktPBgZPBezrwJ7wr9F79HTAebdfETvD3s9E3ycNVxk8E7BvbFdnb47OFYn3GhFyTm/6S2DwbNBCjeBIUXttG7xlTN6XzrbmbOZ2BN53xqPwxlPQR5djj1KuC1ecu+SO9AWVtjdb/ctmLbZXTRV71fbGYzI9H0P7oM/1w9pr9vBL4Uqqj7zUrnVcPOal0Z3ex+EOz4l4VDkaw8WgUvaBnEWspVvN2tarsq1S2CWw/fhkowrZ8+F53K0uFQ8FlpixR3HsSVwvFkxG9HjrQ2ywRrkY6Fyk+K5DMFvXS2wu+wE/FxhhdhcFOzo9MJYMJquZeMR3sTjYJnOh94YaZKZLXK+LzXAqUuhn7o1srFOVi/ewWrt4PviLceWbLlMujs8sRU3q19rFC4GLJQFHc63AqXgPg0xsyce24oeuHdu2RTFlVsdt7cNqxC95s8g+bw5W0YtBFmdRAO0sjXQxO2a2LhB75XGs/RW46Bsd8Dfa4LoM3/W3yvqTF77DKrAnjY0ybo9Nf58HfU/qTc/ESExWroz82YqfzmoLd6Vy0T15p6wSC+fQCKEZjMVowYcuMz+cmbtC/It6ozSaRy2qqxPv5TEOsgbWe6MnjqUPXcshsTTjOWfnw1SJmGUf9sL82iez6fm1jfiYclYB1txW0mztRzZpR1xLB/gGHTHIf0lQjEOiOh2lqATJO/2WVyv2hpL4K3tduygy7X0nAztHZE+Ci9nR8+Vwk6Hoifn+OzsG7eBTjsYLA3kbXhbZsS9tnbnQYzbD9sPWUjw3uHZTJn+mEb1oZ8dFO+mPI7vZ13Gou0xlsUobYTrtM1XgUWeZvw3GqApMcg22cQvfm3fkbibeAZrl+Thb91D3nsy1GK14Tn+suhleK8+XptBIBje57At4BXHc2hyJJYjHttAvf7239CsB43XXOoz9xN6zg4skMa/upfjQjb0zrnbYs+zv8qQ9RRfbHzVtNqDUtEd9tNqfNnerV4NZmKUNHi9ZKDFA9p7lUb2VD+HqHng7YzHBHfxR+kv9WPAavRbs4L+Ia5y4fT1uUOtoJRmcrj+lUth4FXvuNSrug71XvxSpWoU7U637YLRobYQ/XpEfc4ND1TmyLl4PXByiCllgmrGQeJT5uXkfWObs4TBD3IwhIndfCbgdI6DdEO8rCzX7BTVLD9Y7dWTROLLeVBXFI3P7eFTL8qPaTu72vmrOZ1h5Morb3CMdY6e2rzIZ5dpW72vwovglLUQ31QnsPf1GYDWYx4KTUlc7PvEbLfPnyOyxK9FINcUzyc7+M43Ny2DHrL+qgV2D/Hy1grq5eN+JvYVYz5mDpcFg1EuPhXjkqxTfrSrNUfOKqx5JlQv+4mw53wgfh2C5GokG7C5xMB8gXnNTo8z/DfkdamnAOzufK5YN8Z15tPgcY8udxRON7x7Lo2X59R5/IxeTKw9BhaB0g/znxDKpA/vzPKQ+lF1oaWAlSZ3k2r9c/TVgT4pZpgFVuNopxylug9S1ekfNp8IewPO5QjAmm/+eveptDPtQt78uXun2yna4k+qL7szjfFTbBvGUnKesNOG+H8XRju33TarAWNoF7dGOdkF/kTB2hCZXDiDWRbpTHLPPd7uC4jnOO5GtOdQOj0fH3gwMxqTqBI1+LHgruCNtc3q0lxk4OdKjHNOdnoTBuXmPVjszNkRo5iDJrmKt1u9nposxLsYzG9G2KK6OZ7jFIv6zouqqcKOTzeeb4K+1R5q/1H3qQFrgGPzWKRdLvXh/c7EssHvcaU4ha8b7jv3i9m/rCdiMLlGWrA4cW5Lme97oxC06RZVh2tHRroGu4Ofqq9p7ddEKvCsVY/Qfuixr3g4a8hrw+yrFkiX6hhNMFstLZrXySHknaBcYXKrJeSfYwb8uNSL9bmDQi441Pxxlytd+X6Sp9ey7xLfM+p6KI08v1VfgN4arqbwXvB8Q4jv2xDPmH49I9TErXy+C3+ya1I+pFvFdUZ1xH/99c2/WJube1unVmWq1vIT/dfVa2WWWByuCD4JG/XnpUSqNW7BN5sOA60UOVisDtO9N3LYRBa0si3t0gI8Cg5bg44DHdCE9nJmC61UuzXz/J8Ek4QZmyarvh+ucLFb6PtYKFmfR7FPVrAgpXItG/C0wUt9k7DffMycjx/fs9r1PZu/6i/L7Km/VT5uBGJ5qFE+c4meb58ZPV6jStyqYoXrTcvGp7oPl+ec/Sm38m+PGPw0WSS6voxTbBQf5gzy7960Oxug1wWdBpmJ5pS+Y/YOav5Fxpjo+bldr8/HWSaRrEun6vzPSlVvsns9597jPtt0DbhL/msS//lfGv66Cm4+k/FciYVvP5u2Unc3/SfGxxW+aRMomkbJJpGwSKZtEym4cKft58PcgiZVNYmX/k2Nl45yRD7icP3Jd8FzbhjZfBJyHcltdyEHJLbqhKxG6bqJK7J/c/jqQluf43CdL445qsMivONc0f+W1+niHxIsoXmv1GCJnuqldxXOjOVoT9mwm2sv5+o6qAfHTdcSJkjUy/l2ocsvXdYrk7yJj97O/uMwg8ZxfJdUza2FjY/jccJEjw+hIWJxqa2qScWN7a2PryX71+W6d5OPkFbjcXxtY6/rLgNfDvXQfrfTZY+FB/Zhh9rlKdu5XZWX9RPDQ+H2KY49tHx+JT19h97datxaEqLBPcIxsgB6mk1Qu7YQZrTIqJ1HL//+jlm39VK5VmyUjNWvbUTntHCFg1jrcJnr/uGZ7BtoEkeWSwXNuIBKnGX1VnF3QjtTX4l9U7OVaXHd10zme+UrGb3siJ/6THYn12WacSVzZ1XrHFqqq+lH9V55H7NuzOaXxvOuil/OCy9lX+boJ2C2SP+yvvh01I03VanuXZ3ZgsjhWu9JL/Iy8Go7VBmlaGPVagyXuBDS7h+uVFM8V9tA+UpWjHpehDIu+0V9edD/GS+7L7ivuq+5r7utugBwx3mGif2ehXPaKRtxf1Pqv7pvuay7zjIUjJv/3W24L+qu33HfUMvc1t6LoOd6OdpZhtCzaDR//Vix5cSR5obr1j48nZ1nxVbAtHUuPFI0g93e6fhVHU3c6hgLwebvHfCWaAtsvJ6ozicdovc8+rpyX8Wufs8yyP8lRIgO4dnWt+PD10Rw9UIGv/Dgufb3ErPMvy3LEkem2/vqDbXmn+sg9k1KlFcLNP9j2dJXBg23t9RaNP59y+FoqZBt8DM7PW3x24xy/tmXcL1tVZ0WztI0+izhL8S9oHBmcTRlwzEOLO5xO1yxtTlBst+8axd/3pyw+duPZyO/yok7jPHBsxRaqs2OMpr74Y6Vd4bxjxlYcx4tbO2oP0Z84i0BcXdv6qe2kA/GXs5oX24FZbAhqsFp1Q12mWbipnnhfIbQ5datRinq3r+Ks/i9qlp4nuCnadPx+AVX9R6NC/hxQqEInXCuc5r8nRv+HMmnG8W1xhDp7UC78nnyU8/NeeK2j+e2TbICPakEuzvKMeI/GEeM2slA7LsZqznFtY+uY9/iQXlUGr5T4xLZejhZo9i0zaKMWR7mGhxdFng/GePGAYM+GwbJLr1ZNUawC798uromi4a3XYTcVR8rzt4nPMyYxVvybV9GddLDqaopRI55zOmRN8jZKw0cJKjANN2dy0msjDsZKxVnMK1wj73o/uF7H3zT73B/h+FJvYFDkr99BlYH9XNM2538+SpBX/yP4KPK73UPH8a7M9vRVtprLxh6x8f78/fwOV8Golj23BvHuWoFGsnurZX42FXPEfrQ2Xpb3mzPpA7UQWvin4do+zbM0nwo5b7uKz9ITVNiReuWZHTfyt+Xr7J7D/XKvG1cY6IqaNux1Oz7Ss0yYwRG6S8A54fdnr/6Q2ZmBuM55IFUR+fl+oKZgqMP6/XWO9YHkXTwDL8xFc4ozpfphLVLhB0qyq4eEGelPaZLLkisTjnU4N8V5qeGpESmOFS0JS0N7rk3Y+sxmYVl0pm34MVqf2zzMhtmwXThG2xbl0uK7zn5Wybr1FmFFOBCFPrYMK0Pzzbh3KXnNfVy1DzuExXcIwq9SYegXee7a+ivi8SHRAbz2R+mtSj+rvDPKaGrvtlW4OBgoeRxyYcfQYHDJ1mEpZiCNbcJOYQOCcNswbvmoPxBz/Zu9GRn21N7uO9p1bvXcXcLtQ4OuIevZO+R72jEciEbdLfxJuFPYLewe7hz2CCFa/+ZFUcJuyNJgomqDzcSeztF7KMiiLjqHQ1SoLkvNgi8WbBXVRQgWe36e5Bjh+dkLERV3msHptMwKniuMzN5MpajDU4GS2WMRrjGVf/T+hFMwjSrwBXPRKfahHZxmu+l6Ze83q5VEs+vRRiB82xd9U+sujn9nTIE9tWea+Zgmz2+zAPvmQZ+fczURdgl5nPmbGOwanppK4TCTxnz8GY/qx2hvzIpi9lL6vNRfiOWhjVD28JxkKeCdbBEtpufJYkMv0BLK5v2pyiRreS22Tu8W8qrLOItob7EvT0gFWEY8bn+hLBaqZVG/nCnF7gz7qiaMxN8zLrZ0fio1a96UmLnJjsH60lq8CcJa4jGfz2tbj0N35yqHd13LAN6s7BPUSpxJMw0n9tKNc8ovopViodinuUqdkGpCzzCbz4k/XDSdZqrCy5SWSBeO43qZLKq2MLIR09g9tGePcPj/W5bwiNVib6ygvXRbVYrdw60091/mW7/3X2AxxcwXf78Udg9tfpz7hfd+P1ONT1Qg+YJc7CwoQEdh75breZkWek/iBXqFaZyCA8CRh3uELpr8iysNdlCxVZ3B1mke72rx8mNE6WBBRViqbufY+72N1nWfF9Hdihlnxj746mpkMEL08jEyigOIs470UOXCmcS5GxYRc5HVmOrw38wK2DzhI/GJfo447m6GSO5rzEplzAnMDKjF0t+Xeobm9r3DD9zFUV/12DO8TbFecqdgeHuFrqwnPkfy/wnYOxxNrmADi32Da50npLbfZX6Vusapl7Nc6WOJtC4TSVWL3cIA6zrYe/M+vl9pBus68F24KmAtPnADVIU2Zmu0PDX3zjVs2lGOfhruE7rYN9wvfEJ/yvx2qJxGnOs4SjkHoDpsROBwth3OrMLnrDVcj74l9dFTbJev+tQhvX/I167yDggDrBV/xp5Ujt4hn3GxdYr//e4eanFg6ORHPq4JNSnDSOtY5wCgvc13k5XqkwfgXYe/9SEpg4PCKmVwkl+KY9Jr0Td0kcZpmU+2CHBweEy6Q8kXxEd+VVmtmN/ctU2/0Ii/+DZeGp9lCGtxiFzziHOJZk80zmfzjCk+yzrkVMEZX8WB4SjNz9M/ZJn7MhEGhC4Ghju4t1EDBoU8/w+UK+ph/y5DTg0Ob84E2MZ7xqRxYDgCY9RbJUPCNugfHhp+lhnrLC3h/78TuCgPdnRqcTZmYovA4Cg1NGxbsoPPa3V/7zYaHD5jxqgR6etSD3vPmHqZ7xcbHoNh1ICHvd+ka0LbS1rQJ+7DxdjSixVHXrAXM0v2azFN7+D/1jSgWvEVacxRnJcmi6f0Cj1d5C2vSvv7JKfZaUY/rM6wr92FivCKrg2zuF1W5ZaKIunLbXn15vCMsRF6HE3KR9mStD2zF+VhIdeF/BJbZWyMzASOQ6Uszk/z72OV9bV8jraXukROhDwuijJnxJLT7mZVUbSOEU28P7ZzYknBVzSKNwnrvEbQ3PMdrqFwBnYASbYgv8h6+It5ShEO53XJMQqOi5yzvTyLZUc4NsEi8/c5e7o53OCmMSJCc2sx0v1ZaC0eqxF3VVmpVLEYT5LF2Gq9ESKXrlJn4DHMJ1uBgyOwR2B7lcMlldzXy2p5VElyEQ0Lr6XncERoIvnA77el4lXE9/h5mJVMOQ+k6vEFNjcGtWEFehOft2uO9Rj+y0Rrj3/zXxX6gRQ/o70GXo34cqwv5fjyEbDXrEQXncUJ+inN2OhLqUC+75HhlzAYqiyb0pNnAGXxQIo9CrdXpfCM1ZkfSEXWh3o5xdfZ9zG4ERzVxHN2glMuXziHnhiTYpk21Nk/TGMkOqQb8QdveEhY6NaGjHD19Njja0TI0qRElWOhe5voaJ86/G7HO1m8640MB2B1xo4gf6nB4cajyGM2UlgIliwsa2wVxsEh5wk6RttYavub11+oAlqB3b2pTi22MgXZxDbHG+p2xavrCVqBHZ0x6Ct1WM7wjgq3J/ae4GNHqRUY48TVOI7zzxLk+k26DaNCqI+oBuelmU/hJ+Wvb+M9fHky9n6fq0LFfiWPYXfvNseiFJ09Zl+3SXPdNw895FnZCu+v6rAg7eLokFHdz0ttBSjeYV3D+tRQqVZRp7P5PWcNfm2e0RmMdO2sJbylPqVaHBMSZoMrgvTA+V68E85AYSUW75A8nzlTgnKe57p5ND/KNsVaGLcajMC3mL79/ZGfxWUl9tq56hCpe3WbaJ18lvBWJutYe53jh9obHrEj0Zu+EgyG2yjEksbAzj3Gd2rxlF60ZTfUI55p3WR9L3GW03DaSy9BBzXRyaATbD3DY8N4X44jw69ST2nWRZY4Q4SP7iPrgRFypYCfyTy3kuxyx7J178LFpYK97C99zUD8jDf4pcKKHxfy8c6peMxtVTH+zRxIX/EQPi48Rsd9x/jz+tJ4ROy6fDlVURSTuIjOl5gUW5OYM1oNiKIiuMUYZYjnCP9dKxLjPbGj43qI9qsUtKOc+Ku7EpH0sL5bvZzKcb1B9GdNVt+s7b5vMNRhCcJ6fEEWsceC9Y3nnnilL8ZEOjY06E5PaYPzHfZr6oEj1WuKx4PfsrO3ji4XPbfwjtfnR5e/E9vyth97r1U4Ub2m7LWFKxeRvY7vtELf5PCYHKmuyvdpI22XOB7dZ/jJeCXzTInfII0xsmaLtQ6DhxxueXxYaMUzqAlbK8a0ekst3IMRzyCeOyeEtdJ3Wrzd6rG16ijvemK4mfNrw32c5LhFMyqLIWgS/0eeV09w1RR525NCFyeHdgx5PzR4WTIiLpaaL/f7BqeEAeZEPl0nhbyrnxxer/6ObV07P/g72fd4O8P1SdZKbs35qA4X49SQvU1uFB3gKsf6vC1Gdbide61r739ayLb+4iiv4Yv5uXzr5ryPjw4zGOYuRjlOC1lDPYZy4J0hgz7hYnk7bjuN1hHrvMpxMSasx71OOViTNHB1R9yuPhG+xa657akOZzleKub5epNyytEnZMTVx/kOPzfPavZzizVPvoedeb2pOmS7ktc8Iyn8LnZPqo3eph2aRINeTKeFjE/ytQ1o376vYh36w3SAbs6fyRUGZq1Yz1ybrQeedHjN1YW/IkaqjlJxr2PDAG96hOPCl1Llott3SK+VupPxmcMq7RneYdfKijxc9j1+g1jz5acYRicqvibugSv12Gt4dr2h2EOuv/pc6qxkcKKaQlbj/6vDMSbcLi3yqkO6JcWtbTzDF85UsYOuUlOI0ZrJ2noLWO3mfMcYi/TN+2bfrA9PVD6950G46SXO+tJ6vKHscbZCJ4BX2YRoVRwpvDOv8LeUlSLz8QekcZmTFj8kUi5eMS8LOsTv93u3R4bv1Enz1cwl98jEOr6VPItEL+I4BZtZz+4ZY2TN/UFbBMrO5uhv9MjsqQx+pj6lCva6lHN1WKeqpRazlVb8a6YaRq4+UTl5ztpNNXrcfqFk6CsV5toBy5lGuCk+UyqjdjctplfwrnMRrL4yB81YjAavAX1SvAvzt+Q9ySuNpXQfTHbcaJfgNcB1rZXhqn876Yukz1/IDOa5mdtoJldJta1s9Ab81rzTddIZKCeWfO3b83s/7p2orDR8yInP8+q3f50sWs21boX8Oi0c2CaAHX3GJjbo191YshV/BSOz4Nd5lMPerUcmHh22W6wE2KDtt2FtdrQT1zVhvS2WRT0yOWG/xqT4rn8z3MMi6iaeARu0jQleEHHB7VCDk03Bg44R3nEhP11XZZ/D9vSEtneoxyLqakqxVp2CWqxR9l3YWwqG59VnymCt6pFxxeZwJRvpl8JvfKVcLEWzYmTI1oC0WHNBc2mHjlijBqIMp4e8ntZIdbc1im21HlivTL6+nK2/2hPjw4X6FMxVl4pf1iLyaax4t3d3+NgS+CJde5gCDrNErOK1WC6eK09SmWXHKdZMb3JiW541gRPVGaIvlNJ6ZfdYlhp2x/GJtfwJIVtoi4jjztarV+GrleJt/kDq1PZZ1Kn16hJ9iebMqhYZuo16RZ4689oW9DXe+Xn1HZyxs39e2y3VdmBZMF/wuMWRNyJfY6WznbXto2wJ7JHQm/iYbVeLS6KKkXausE8Xt1uUHpKfX5NFmp4Zcmz1Jdp63BfOx79a1EivS8RHcCadu7QbWX5xfFE6YphY5rPPTetWZfitY2Br29Xl2ag7qa9iNHu14iw6E6UO3+CowiVbqPPxBi1wetGdwnf2VXF10t31TB0/n81jyH4Z62hbbX0yYgwx9sxoFh8MRsLvoxw6ix3URQ/BYlqI7XUOXTVhB72OdtQuumlbC+sxGqObaU7eL6GsyK/Dzo3u4t1XQjvrgt9oRiqM7yde4zUSn32WE0jNeBuZNlJ8O/4g3rRB1Lo+8gux62F+aUP+rex9eKbvomsxRHi72C7eVXNkdDu1qese1ldHWYurRA/tkYl/MWLDu/wUZJwxqsC/5WJZ5Fm+gTmJ1ZiXOi2v/dn8UDy3Vnil0V/zvADbOcNpRNiIPmHcxlq4K7z4L25l/+ru/Ew95KQjm5c9EhfRtc5EwV9W0DQw0liuehNzTb8MB4vvl834E1f0jZFSztg0XywOPptgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglmnGDGCWacYMYJZpxgxglm/N2Y8YXu0zTi34AZ35MxOFknuPF/LW5sUaQfix7bXLFDi3J2V+E6lcPPZe7XoxrWBn4Mj/+DSHMN7pMqIzyjWY5ZKVYtq+dN7K6AwRiIbek/G5Ge+x+KRy8Ra4al2kKXq4ywPu+om5x4XXL2ukAsDr6OM8w+24F7LEhDeBm5x00O64qnmH8Hwm11ft7Tt6el5DgvpUzeYoiPsh3xj2HhMZY9PS325n85Du7iTRVEePi1ZtN4eA/cYsY69u8l0co+2Fnn8zj+u7HyEWkX16VixJz7OjC8xTBu3iY8KzQ4O7Qo+r+OoNs7/Wfj6NYiPiecLnLg3NDOqgPwlB6JMgT+OaGLa51zQrZt+smsPi/kXyxB1ptzwvNDfouz1WLcTdXe3ZJ//KTw5JCRgGNDQozwWvyAcU0dzdt6NOFDiu8/QJPUk7DrbYziunHbOjbf93DiKr3FyH1v4vONuMohwSMa0OTbPM2LaRiVo7/b6GwpeuBpph629UJMgdUB+6Ij+guuNjuyWv4vswmu8ATTdT1OKJ2C5fqBVMIv/HfzC5Zb6IZNsQgF9mDTzEPCKSScwndxCncJp3A/+epBv0Yyly5X//sYhpdTCcPwYxmG9LcYBisvF+M/k2Pg/Z7bfptn6FH+cioD3ukTxiFhHP67GQerA/K6mC9zMmEgEgbi2wxEzCcskf11R5n/zDKMkxzjixXXPZko77FGTcBK+lptUDwyp+B2fEQWP3hRLO71amNG4hQZofWKazb8a8zDBT/APDSEBd7BlapgN6pA9KQY++GM4gVGgm0Me9V/PythZHdjpDnGn+0e8l1shcn3t0wswVKzaf5iSFFduv4sl8geZRbDok+5aHR4vZws1nIWyxW/JVvNrFcsRgta1O7+5ep5sTee0gn/8X+d/+A5bO3r2K5mWVmK/cPjdCl8sXu4DfMcrLOURha1ZT6MnLfX8e9Cn21gUcpq1TOqR9vG2clfhg106RaEw9gqLEnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQtSdiShC1J2JKELUnYkoQt+XeyJb9yn6Sn6eiShC9J+JKEL0n4koQvSfiS/2S+hPEwlhtfaxdTqB7XI9aaLQKa8CkJn5LwKQmfkvApCZ/yP41PaQwTRiVhVBJGJWFUEkYlYVQSRiVhVP6vMyoxn3K98yqK+ZQmfBebwtbCDU4FbozWzk1OnbAgzFIwLlqGW5xa3OrcTwa3ORYrvVYZ/M65XVoanK7mOksiFPX3DuEOp0Zm0Y0O4yI703T8GYQ7nbsc1gvvduZt4g6FHv7wrat9lIEtsK7CQaxWLJduzK90RkRZC+dr2cq9x+Fr+Y5/lDvWYb5oJP3RhVhC2ze32GAfyuINCvBdjNISaT8FD9ACx2Ac5jq3ONyblQ+xnsBy9Hap+/OWqkEGE2Gx8IRx+n7Gqfj5dtOfUU89nHaXseGrLQNQj930BIzBdU6AzrLGhmCus9SpAWFXzbZSWnrprC4MfxWeV3luysWk8NwUI16M2I/Xr1M92rk7q1Ng0E2drr/E71QaF4WESVssA0vtMbjM1OOi8DOatEUZemCKsmjV61QL2yv3uVCwOdvzMSYA9zhXdRS7ge94qWlAR5eRuXPMueYTvE2NW+yLKnRUDXLkMFOLcUjjosxhhnexzqnQCXAU5VCR3jL9pV+ONSjH7rqZeATqoyvrcZV60smo6SBBFl6vrBVsqk65griXg/VoYxZRD0wKyzC+NI3Oaoms90GI99IlqMApqMdE5x7qGO2wh6Z74jn4mBQa/F5vrQt98p43KWzB807HiGOzFtjzmOjMVVtrXltPUwuOLsmiUgXoIe+/EK9X9igap8GwI8Ljc5U6N7U9ZdCVfm3GmxYcU9IO2aLnTbjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMeEe0y4x4R7TLjHhHtMuMf/CdzjxSHzjs/jaZpgrLZrUREfKRh0p1kiBUsilnAzlKEtNkc7sSPYRmdUOUYlK3S9HDPwgejcZalZYp1r6fVr2BWYQlm+lxlolNnEX3I842pICUo5E1lcimkiI2bIbulhJOwXn67L5XcGoxUzb1fA9uriCb8WV/uTVZ2XEwZwtX6N0qIzDFABdoru3Q7lKEMbPAwXHbABk8Pu/q/DUtSDR6jAvnrQ2Mm/GC8r3umec3z1OZVKH4tpe5qPBdRGWNjJTl/8zu2IKSHrT9PAaPE1qV+gCVlvXqoaLsZFlv8SdZZTfC8rE9PYXlnsqAbzUkfiOacGnxPBIo01WGKmhrW4JCRcGvLdrP5tHMK0kK2SV/QtlENHbI1twJhYJ2wr360fdQWPz+a0s2hxuyDArtiCXLyKXuiGPRCA16XlzHj8slByxdnGjh8/q8FlYTx7hqAFu/ie/+MZ6ircbQIspRSuKpkeEl5RK4ktistD1nGuKmnAu/Re1HsZ3gfhfaoTtvptMniHeJYyt/0BZeXb7Y00KtCdVpJlqGKM3Mr9CTJvSazkFXQALnfu9gg7OrwXfUaWRa7DF/QH7yNqoY8piNjmRnxChGU0Dn+jl/I9l+Flsveuj/Yyfq631Fvk4mLhOvhqPreGeK66+IzWUpNg6Z9Tk5z5jN4hO7YKfydrRa2jvfEFWRvuS+I2FhUkfC36UwvNVHzfq516PKPeAuEerwa9aaJYoH/0eIcq0VlMRG+62jkGxDyml+aZIuvCatp8T/6t5a2nqMK5WtmDVtDO2MpxhUnaTND+t1QW60VjnQj7xnzUvr+v/uCtIfuGdmUaOTs/8ynNl2e2z16KDQTVgoHyBCzZJ3+znn1h+ZWqQTsC7NpihEdLq24qjTliib+tDBZ4LfS5jPu5Tj3+Que69dHq2fDNHufLmC+BnQ1fowG7GGUM7vV84uu603oQvqR6bFC+miIzkVdLL6pHBjvq+zz2VuA85gs9X7Tmy537vSy6qI3XYlcVz/qNz/DbvO9Y7n8FWe5/OG2K9Wc7ppj1t/1lsaKIzeceqgVbqcapIuFW0HSMlFZunpVf0YqVjzn5ORhABdZ/Yav1yNdMkC9VLjO0KfJPsLbHi8rgJfWy8mkOHMSYqwFRgA14Rb2qeB6sRj2ON5R/ciNrjTlZtmMM3lK80tZHd4ttW9v2OpEqK8SmWEU8x1gSa6dZB3hCcHE+o1EHR3iiIP/G9i1N9DbNmJEfwT9SC2JUvps6ErxDrxOkaaoifIEvsRqvKT57r85iqmJr6SDip32HjLSsk2evjnYUFy+rehT0k2ud+BlGYbYeGe17MwQXHITtqSNWEaECS1RftfFXfUT6ZL2UcCg24G1FkR7PrS0CaLHDFbSH84Q3TD3pfUQNilfROjThI3rKa6/SaMYgZXmBK0KDpXRlyN43z3guzkEP/MVrX/S1asUfIF4djMBsJ9zIbMYfZFdeSQsxXPNbDRaGyuBZL4tDFGtFh6nWX+y7v5Tl+Ow7TJZ3s7whtz1YdTWsJ65V1dEXZ4zi5E3gEazHb+dlZb3w6J0qdvN4FLOj8Tx3cbLwJoPxR3oeOYxULF9Hqyvyc+E9p0XkS/F8OFFQkn7o7jXJs2xlGhVzYrwKhtPKVquxcL0bta9FxpmMEictfEcbZzOHZIYvUWfS3nhEJGVzsEo0inZOgKVglsx6UPB9GxXfh37gLlncghqsVuUgdHbiq1hSHOT72MIpwws0jNJ43mNpM0ys6NWKR6Z4FI6Sd7K4PFsGl4sWxFx9GlfKjGWp3wOj1Si9leG200Wy26sqUGEYMV5MbDlth2mmCTPVOIxR0XnDuM5R6jRVj+5eFueoU5VPzBhyf+cq3jWOUhf4U5WLHdRUaVUvrYoRBF5fA+TJizEEO9da4wiFlhtjCZbZ4dm7qcoUfHZE3qq2PX9/jYoGbK9Iu9hXFeRrLHVrcBfViS3oi6Z8JHqREW3D7gBzwDiBXU2tr8xihHMgPebUis3Nu8pB0S5n97gVNFowMNuPHaNZTgY552qHe1iP/cVun4jNxdurYNNvq3mfXEfWrrdv+M9Z9WzJb2zDr6Duebs6K3u0tdxNZJl/twVfbL+zNVlsea/YyGLPfstiL25fg9VEyKgmZXeAlaonWD86AEtxBhrxClZ4JL6IrPukAaSREp/BO4r6sW3s3y30gXcRfkqsLbxHH3o8Qis9bruBOqkAH3nc8gBB3GECvCdapkGAFi+Ljz2DS0yAFCYrlqpHOHZeDgKz4KuooIvwcb7rNvQsNaATbUuP4CN6Vdi5PXRWsEMj+nRfNVtaW7tjg4zcgWokemu2QNqDWW3rX9ABWyJACIOtZHWXUImgo22oXPbezchgz2ivLEMp2IuA/95bV+ka/FRbyVSBRtpH76td7KetZXA/DXXsM7roo0mesEVlRFNxRV8+kz5QC8VSc6M5Xo5naT6xNUGoQRpd0R4ZPEHboYJcbI+u6CU2hLUaqnW8Vgvv8xOw1eViJ3R39tcHaBcd6UBtWRzeFVnWhxREI3mQsG098QW98I3m2ixPxs/F6FBfmUcHi7dPV+Ej7GycIfb91sRri5gloS9EYv5M12IdrRDvFNbFxSsPWQzTR2gFwowwi59r3lmP1H7kP9sk82c4/YU+o+GarY/BsP2yJBiheWdZLV9hhdg4IzVhhP5U5sBRwppcilGasJSO1geoLI7VgezCczBK76WnwLLEA3Gc5p37eG3l/wm6P8pwot6wYSA+RlO4YYMv33ZvsYT5SZoiXbkpv6sU7PnyVqtvpFhobrRT29Vpe3tbNIqTNHtG8Xo4WS+mNqLFtcELMu82yLxzi+bdKbpwnzSupVM1zzaWvjFaEp9lXY/vswTjULwS57kzw1nhVeHV4e+9a8K7vG7qfOcW+MTfrE7XoAFjtUG9/kUkN8owSPF3mKNqscrrj58oHx99Y0l96rH9OkgNcFZ7Q7DG45GaHTITNdlZ7X2oSsX+5jV5qj7Zm+995vmwI8jfvxFrPRJv58E41zkD3OJjaZvF594wxe0N+Nheer6XxViyssi+W4C/e1kMU+z5wrt0Tq3zGN8qXOWrF5wX0AlfeF96Ln6udjbPOV95dbKj7KW7qbX8NUTSVQtSebZ2UYdzNDP2hHN1LQaCyMqTJWik9aYW673jmBnD1948ty22QAUGYrGwZytotVcr66Uz4PO83eBtT09VZpwGkK/8DRta4Pqer33j+36AlF+PCagQLZFlO/MEPH7Xhr8Jz0sdtklMZEuR16FhrezGlI9LsVLtZFhjjrGftbhbxTzZjpFWMUVNcgs9Xxe+o7KYE1bhurAM14fvlLCnwSLTgFrZFQ7wTlE5vCp+y9crljCh4dG5PrReLBq8Bier34ZN2Fyx7fImavATxV/Uei6ydpZL761yOExbtoHni3H4i7dRhF3CXLoBV6IWh+nrhY28LnyNfLC/cAP20D1wvuPTx3orXYuT9WZmaPpK9MAN0nI3x8WN4bxUucqiTQmj+yvo/5H39XFWTfv/n7X2Xuvsc/bMmDrnzJmZztm7J49FSiU0F+XeSI9qpPtVyuPFpYxKugiThxuRokShy6XiXpQaGjchz0o0JESFipQI12P97vuz9j7nzFTEl+/v+/r9/qAze6+9ntdnfdZnvT/vD86QHej3kS/FvZnW9DmXOMjGXHH49I9bxwvLYW2YSm9RC6qM8ZhH7sqcEEM/9S9azrfVQDCZm//N4r5MfxpBgsqdD8WsTDXNzszJ3O52LW+SEYHFIxyZcNcwI5S/Z5gdI7dugU45idw8mxB2Ik1rSNjIM7QP5VuHfp5d6P7MAxmMuVkhKwKUfYytISPtSqqN/iPzIbQ2+aYTz1p2xtMoWihwKhoi8eU7AvaVsWW14jSpaKLzT1i4aCJ1lTgXvCMmyypeLx8Flllj1XDZrwC3tN+IaOA7YM7IXeqdkqHt30oxek5IKqI7LaxZ9NCDmZ5yLz4bhdpwHee4iZ6wWtAEtjwOFHdaxf85VYRvWtD5LOVvk6FFIMlaXldyGvRFXEH/GyLfYS3ynIjPWFToQ5Ml9vFzqCvvRSgnH6s0n2+iBluYGTnrZ4zCb5ZHTD9ixIEC/tI6hO2A5/BZtpgWs97Zm6K0a1vGAfI2nfNY+HlWi/otnKnjdBNrB4+zpXO9BUvG/ZnRZFIpPqUoHqeuVBQ9h08oaElBMI5VPELmFB6euMMWVdZrz0aRs3Xk+x9g9C50MMvedEojpn+HsS3iGm3yaBSdEmhJxrNhkACe5By2tEwUxg5QR10pHq2gSTu1MRmN7/H5qivt/nzl0g2yj7xaGEvEtRL37pPFF1JRLx49fF0avT8zie7P9JbzdG9qL27X+XjhH7flmFnZR+D++j6tKEGt5e6tO6aMQxxjNfiBPpLbRP1TypdioICug3zN/U5lYBFK0mnqdAUki2XtbB3a2TIECX0tcBpc+wcyn1PRf1bMU+RaRGm6PwPbUWony1HOaqTJV0ZP+GPki7z3f9dzAn0RK3PPLUimp07P6yljM/hAmnvW7nwuq99vmEmYMWH/7a7fkObX67kteT2DnBv2DZ7trneMLcnYw8Lvf8ouZr5xA0kSWsV+3OJVEezBPzbCK4Lyf9rWlW/dSlKnwl7ZmeoENn+10y4Ynp3MaeyewE5gapGrA3KBFovVHeqxlXSW/RXXGbLxJNqBWRGzqDUNL7s/c3Y0TsNYdi+nv+uTs4iX7YHuNlzCC0AEbZsa2Jc/s0ObQXe20r8SMbaLruRaZXzegfz+zIYGdoyIc32BzgdiGvP4Pr2a79HCGYxnsMCso00BUmyofVwUs/QsuUyYXsFM68UW82I62BoovmaPhlxLf7pncvPGWJ8gcW0FfN155SaF6RFzgtjdCOy+f03fSto3pmlZFDtMnTb1vt0KV8VDmS20maYF1g+fXlYH4SQuovS+3k88nHlHz2UsqE8Lhabe+txG6I1j1SJXU23Zseoi67DyMXQx71a9aCjnc4b4VBuUT2hPPIe933a2IUrrdq3o7/qXWRDDr/fEfoh++Uw0JSD2h/MZPWldJ2/cIxtiWA4sqnUyaj3OmlbM2pVFMU7jSVAkyGfP7YmFVEdtaTz5tFoWUpl1nx4pYbU0O9q6wDrYWWJv7mThNHkK3Qi8h7qZa3ChPEBdLv8iFR0qHB6FfJvhWPm4qKIR8myr0sbfE2kFz/3zuXzUopj9SJtYD7LdDAietJWBh5z1d2memZq0Zi0sY70WSXIO5ulrdLEFCQXdekUkTG3kJXJvaLnDfKhvs8OO1FtPsurvh4pXotk7jE6Vs2b9mAXPaPlA078mYXNE3USel86Pyc2dMVhhnc+ln8Ji5af9dWP7Xi4e0qFltJjeV9XUyjpKaj5R5Pr0pyyosQbW13PZgjqVniOp+lH/ACuQawnaoaijOFQUUa50nzFacVqhgd09QmDdL9ArAomug54Nvy+me4RPY61j5ClUTdcwfvhBeQYj76DxfiQft3MWZuCf29KHkfWR1RQTp4q1dIzEuW814cZ7oADS8hx5jBxB/5DnCJ/qaDyffjZE4hQTSVpBLp/ST5eBXq9D/+wWFLN78nnNSKnT7DR95+A0m9aCDrX6sS+HeYpfzXh3GScEjRRGc0FOTamUvGh9q2N9i6Rp9a6sjyqYGb+uFTLU9POtkeF82L1Vsnm0oV1yszR7jrFG/phdUget+GXWSfP1L7NRmm9/jqXSyCeck7bYxdSLDnFOL6imIQXzMjkdfyplFNDvk0hRH3LpogD5EefT1DTWMR6zjfedK2Fr2AQPKbZuRqiKpZXDaWVwi2a8RAx6ZCvrrT5bMDRNo0HioeTbBXMFdMDxUV1YIyr469n0SCZO8zNpqhU3kqJHMqvFO+IuqqMbHMiCOA2VFbQgU0w1mTj9I/NoBlK7F3XV8HR7I9qfiu3uAv4Faa55klBHRY9lplIrC0+wgnw+fSpLU3vrJPKh54sPZZ9YMVtFLrZwmq+MLcwg/ccSM1UFeHWXajOaWnHPo+zHMx+7hfRoZrJ1bAYe5v/KjONVdoWYJboVrLXX2fAKX5RR9ESmijrLzgQ7YVNaLwwWxOFxWWa9xxbisLfwHXAq3UV/WhaZGiCacOKP0eLMk5mD6ALLsqLU3lL0VGbnJ4dEd372qK0YcYVedZWwzK3yHDGOlgqDryonX9wsjG2tO996zJDHqzTPnU20leBnjpo4jKO/iHHC3UmI45XPO/AmGrTbNJAl03j1RCnBO+Jqmkchjv/pzJNu+LttdH7w3CWbvYFwXv0XaVpET/CJHJpnEV0qzW7VOvt926hmv53FrhChPbE6eIt6LGCZU8hSqr7UydmokFZz2px96ogC5LJJ5FayQXph1eWvs04KO24fakr3sk/sDHJpL1WsDi3QtCkGiZVUR7o6kFno1cqooDUBRhk39tfScKqM3kqn0KWkqUKKoEZF1Kmgkr6UrgXMB04sldF7rf7UiE7g/oXv/Uk0kMDf8KCNPe8aCdvlQzYkhStxmwVtFniXh218bWTIDBsjp7guN9MC6qWfdmO0xD1IHcIeF22jaWoXXZKJ0jOZjeJp99lMnL6SX5Y96X5Z9lzm+cwLGUXt1YuZlzKKIrGSyIlqZDlsH4szY6wLVSGtlRidB0T7gl66Q8HL7GkLvfiwWJq8gj60NHMINaUBzrLMK5mG3z0guvBXu/tmeebVzM5locbfOeG3HzR5LYP+uYtxMmvZLhMnZSm2pv1eQw48apsZXlhg5ucYFSWHulIzuSJztwp7oX6efQh1+DJSl3k987o+hF7XwMVDEzC1fINb2qsgna1R2yj2xVdlmvA95idKOMtJ4lyv09SV3lLwhTo9Gp4d6vS87K/52Xzmk0tpqqGa2HyJk7qxw2r6QbvU+D+njNdtlPO1OjCmyUpjls+iKRqSbolY5WjaqKuojZD0Fo2gJy07fQWNoanOs2yPu1T64glaIjQ9RtX0As0Vn1PCgT0Wlq159hcaXkdtxEql0pp0ujpbP52tX5xaFSiKpNM02TrMfpbP5/Ps02xNtZG1lN7FF4qaszcczhPDlSZlrVQ38/o1a7+a1vA6/CrQBw3m0+cVNEF+LFZJrKGP5D0Snr5D7dwZ0c1iK0NUqR3gSofaRuIZJCkwpUbq1YgQO9qDrnNzqFIjj1Zm3sxYytTV57reZHXTIjgBGJnkWk8RBSnny6b0hWos4zTONRLDlGpWyqrMtMyvW/Nt9WqOOW1qf65K8y0O9lRzH2bq1yqqg7r8dIvm7fTt/OBbzMNdtbIiQwGWq2Eb6qN61U6YXjMKe4LqzY3Njh2aduzYk7HZsWN34zJ1F6jcHTtw61VKhVRGgtOW4xYrTzMN944dO8IdY2/al4zup3n/OIC9nqDhSdbx2lA+ErY9a8cdqV2gKebuPKAxHh7sNeGc+SiKc7ZPOevL+6KIe+YIewRr98wcZFUHX0RiP9bajap+a3OIRuDS11pn0znUi8bQBWJVOvSGigd2DPgdVbH9pOZ/ZIRNe/ZkhHeuza7r4TCu3pTmCFMTlGnKeyvzdmZ3pW0URv8gUtSDWrDHM76sov2k4lNaNeEcjTzw38+ZcWZkb6VCuiUzMjqKZ0LKSdNW6l9kWrqn7cuXZ1Svv00LD0u9k9GsZe3cTocekMYiAJ/V+neALpXSWqmpfcxoUaszjSg8N+88B1Zn+nH5+TXKl60pO77LkccMy/+2P50g26skjaChgYeqy7xfIkDd58+V1ZkfmymaddHcfEHqkbaTbV24q5ZTEcWEuwtMwmoe0fVC0xfqOdtohMh1qRXqhwZ3jFbAdtam8Gv1B/VuBnspztqXxBy+V0Wdl1oPMy4TOP5QlqzOhLLESA38f4jA/9vQvpQSewfyxfR/7qvRpNzG4uBYnFonvy0TtDoTY32nN31MP75G6+8nZmVMl/lzhpSZmQ1lxnJRRVfHwtNRK3tf5yvh0wXlFfRzpUIX5lSoLxV+XCYAj/XjEsGcEX7pHbaitk6+T4Nme8av59mwJysZbWy4B/128hZyahxNoD2TVb9dPXbtI9OwvBOjpsQbZFjmrkusL29+aqeZR+9l1mQ0rc1Msn/JbvNz+iCr1/+MHeJ/vsSt2qQ4N3uzkaaWkVqaLNvSVr3zSp/2M3ek+jqZ+TZNoabzinDY/rT7fsC59q955e5er//vlxr2ResGPQGOsIrs0zo9lbEUr9vpgJvseWtdZqsW1E7UMW/MderdGFgGxxX8T2hPe+tbxDp7T7Qnk/KXzI5ft0d27o+c7SrXGy5NY4kape5KUB2tZst7r6jh3mwmL1TVwYx/P/OdY+7C82VL7p1psabSoF3V9B6l6XqJ3SEmdpUupxW4gW06TGNOtFcIs080FvP5332y54JCWsp+N90Fane81GTzGe2DTJTm22lq7v6/Pss+zBivMONpuYn6FA2nKCVpO9drBNujffYQ6yCr2IexBc0sYH/WoJQozQt+xalWbHJfiD7pzqf1mRMV7rX+787d37qfu8Xm6T3pZaT7+WcP81Tl2SFKA104vJP5zs2/k/nvWFeM3WMd/RQKeGdZ/+P6a31dAn81DxiXUKqm4yxjC4z+Srrh+F9RKxxvbchszHyU+TjTNvPz2t1wNv2UFvVz8vx5OtSmzJ7Mz00/62S8KbOntphNmd/SFlNNn2Q2Z7ZkPs2cHf3vjc+P9eUvR942nJmj6debm/87a/XbjcLWzGeZrZnPf9ORNqsG9tltmcxeKFHRF5kv92gFNU9Otq6lPV9DOMUuk3u2ir7K/Ps3XUdGOo1gvnXcTLbIfJ2ZZZv5pOlmOsD5JlMR9PO0vH0pRBUcqDGLTOtzeltuDu6soRnuOZm1A01jvMmTlkFHXUPP06Nc8zENykCqnD4HPS60wJj2ufXy3PlekILZUX+fNN761+iPNeZAicqdYA3WpzvdbsXpRmYCMnewqEVNdIbawBiwhdGJFu7EVfYNuMOhId3IFpweAc/gXlFNMxRY+4CVmqGA96rfvjfEA1yuokonvN80ON9KGiFjdFM0Tt9memTOkj7hjsgwsDoBqqCSlFWlzN35cgGfg8eiEwPs9CuiH9u6zpRnye8ypxcUB4iy7uyBPtmaFXWoX0zQV65gbMd3mbcE0FubxQmBPdFgE0zfJBjHXsw8xG3EcbFy1iVCRo9+MWATWtCntqJ1eV8YJEIxNVY9oqa/QjR8d+ZJr6Sr+VyL+p0l4QG1TwTIj9EspbrR98xPcpB9my6g/GgHsK11o+/sGgE+kzj1FEl6hebK/mVEK+h9q5COiYyhoULxvx9HkzSTijmFYIxE10Cema+msxcWvJG70Wi2v42lMUDykJFxr9lLnU9JUY1Eqa2psSBGM+GvfkQBX2BF4B9osDkmL6CuWgiTY0t4OQZc2ajxxVkuOKwy2FEmSJbzdDIdqUz9qugtWkVPWreIeFA3P5zrwqWxdDmjcaLc093oSwEGppT8vRJUwTM5xDYb9NU+gZ/GH8TBlqDX1XZb0fWMWA7xWT1Fu5jBJE+n3NNq6qpcakdhnfoWIs1bvHpfopfpHrpCVFM36kE9xSbm/X1ZfCSPCtrnstXYaPo9hcE+RFRr+QzHKFB52ukKZttGS8bS56To0yDHb5hr0XjARuvhmXuKx9ijJUYHRG5VPdlrTtBnNCVrB46wt8R2OsSC5xHK3wIGRxpFcTIeFFEaQdvJIDuBoTXsXGvoEaungJckSjkWjF6qkOf8cuopvhRvMiMeeiZF7wqSgp4U060FARNZD1pBPdkLFgi4nswpCxzcGII9uDkNsJV4NpilH0dVMFvNX2jFsbagHzJx2pYyVp8zxT56Tlma06ngyfbMjkwVHRk5VX4cTdMR/HWcwjyaM9opGtwmvZ8t63GeSYp6iri9ClZj9y9pTd1FuFsMEIJuEeCGq6TnbPNNOcVpkQZyHk/3FSE/2iLW400aTaOyKTA7K6mLm6aDyaWWopjeBws5nSbCWqCfl9OrNFfibPBoo2pa1MinH2zMMPLOtxwxJFi7ixqBezFBDwmMQy3FNbylGkVwQsU3g0SzLNNefu/G2cesaxr5/0mi1edbk+Uqelzg1iPsAayei/VmSlFbV9Es+lLFaVEjfDOMFN+Cr3KAzLpYvEpxmk1Pa0F9aLEUHntvWM3ZV8fwU6Ony6JrLeRl8gGC+332FME+/ywzDh4rU7R3mfTAhLWdGXMfb5Qiy8Ped3xRmmwPLXk/qjxFmktZ3OjJRucHmHP8Hk0RT9B7oo5eAGM4tWCMoOPFabUy6ZcwFnxb6na3VSrqKfqwwNQWnNaLZcfoiyqsPdDtZu5hroRogOqsnIIkn2W3Z2+h2aKKRMrNm6tD2bemhRgqPteazrecyFBRRdvFMZF+dpeyd9VRGem+EB0YedsBsmGhGENmHOtoKHqGee/yZ0UltXI3ACVeAszdaWKKzElwjEmXCOZJklnn4Tlr6pBmTPWfZD8xjlqIcJ4tZQRPqBuEaRFXY7UY7ODpIWAx8FyvOTUTK2ysmDftVbaiN+xu7L3UgWzRQ6Soqdif2scKvMtpsfVhtNBbbmlvuCjyLhGaLhVpWmb9QZazdD5YXChG1FtJWPlhHQxq1dRDB63KCMgNl/GFPYWgugAhGmKNjbxO2ZXBWsM8b0suS0JIXsPe2Y1l/e9EHxoqTo5+Hz1KGP6QZuzBsgiISlE/T8yafV3I7D4BHtWlfkLQIAHpc77oKVrL6cGuUsv40/yve4ieooe8VB5OGNUmUZSbQ6QOFZDGT9ergfnOFZqSZPzj8Xc31pK6CMOp3lMUaEXd2Sv2JtLs1WTa3yUCXaGZ6hrTdKWA/2iRnaaJkX7iXquORum9PE3FHmZvhcC45X+t6TOpqYVzpagLnvs8tv0E5iL6DbnNCbwnlOhOEdGwBtD/649bMS2UYX3QG/l1SrEfA0YcWifmVQtaKHtHFd1tJWmKNLLnPIKErMqWVJxtX35PxqnIrmVbHZBlFcxXVEDGwmpOKDvvIknqbSfpj4hxIE0/owZvUJJ39KPEDF53z8bAHNZDQLYJLvMsu7l4TVRTS0YAGexl/p2soty6MJICyNs19TxJd31mNFzILjOwJkR34bBeBz7EIzM3UgWdZzfyGnvGjwXnkWqaZClqJ0OONUe05fNHVCjGEIbnDdT6v3TYV0YnBgJ3AstkeJevKMt9u4Z+sJDGsBeuKHs+4NI0nsUVWtPvdNyr1eW0n5zKEbFml8GH7CUbjEshE1BTbsuKMuDIx9JByiC7mwT+k8DkHy+NtnOEPV5V0YqyYnsGvazWylig6ZkTzSyWrWeWG1beENcIufuR7FUenlAMiho+QHFaUWbQnQsYuavFDvEhI80HWVHqTQ/IjeJlStMtYqTcW98eraDbo7WOorZ2iLQIT0Khloqydq+DHuj4wXn3Tiu0QI7JnqIOclZKw+D11yzbmGJuwQ9IUIltLBVXBx4A+afy0TvdBYVfGzzCrlIZZMgvt32k+Yw5hvL9oYHYrrZeZ0nUI88eon+jEzc8N8Bf6XD0gbnMN4pahHuusTXAm2MRxem6PCuLwdziNr0v66v4alp6Ih2gBtjHS6BS8dunaenT5BHiNPmyWlim6WU1LTpIgF/236RokYjR8cy0GJ5vL6LjmePEoIsb4oaFmCuNvamCEp6gKbSUmZLXy2npITL3POkpuiUFLvlp6RBTPC09P7CpXCoX0E+jiMNckfKPRZ+Id5o8y6zkYVlYT2hhcxJF4CWfSCOkoGlpRRSJE9IglgnOpnOdOvqUsAMC291Moqxp6R07pltTGHke5rmvM4gcekyvoD/auZgHE+nswOPgYNExghIn0QEKMwQ9C81hPa/1Cvl8k2qOowLW14nCpa/oTzZQqCXeRBpRqBgRt4oaq3/y6A3hiHKoNfq1OGAOR/4hStrYAxYENpZ8y/+Pe2SMo0NV/pz+A+k89PQ+AV6lhzJzOZdbT5WmXups+NOp/FmtaYjoox4SfRWikbiUFOksO8AJChjXElHO8x3WQSM3c7hs06adLTAGtVxBCbEy4tOagldimwVQ9v8uqzI327ScUdj7Wi79KbKv824TP/ZdFqOPs53hwzTYfLA+JCN+zHhJfV0GdNKyiMOcgP0DeV7JzBubqFcUvAvDaRpjmE4vfRxM52Wwm6Q8WECuDVjTEtFTgj43eiNyayP2El+r+jch9e9o+lMbcbyEb0voF4NvFH0doHXAhHFfpEkmnfk+mslg/T8i5spd26OibI2aYde3Q4GvbUVwfg49y03e6+heyyGvcKi9ie9WCgPcENrTg9a5mEV32ne5miIBR/kEiZSN1c22T2PUNFpBA8X57HeHvOL8bBOdZlcFJfyZ+fBgP+rKpZtRBPdSuFeBw3Ugs70fL9vFzrJf59qXemeWo28XWk2psYhlkVJoSzPedaIsA3TAnYXxGEHz2KPpcNneMqP4oYAvWZknqFfUjxHbKhuz1Udyfl+UwT40V2iy1FwR2mkHiBCRZuTMVAqxzDi3IXZX2I7RzPoJ21u+3S3KGOeoSLOlDbtWiudHY3E5jaN7mV9aWeVeE29LECPAodUB3rClTnsZb5b0PETFgYy+zb3TTZPvjSw4L2q+GEGHMVdPDVuELqLlYh6zUt2SWR2w+hjWnEMzVXwza9jYApYR9rMdaiOnGKxV9kOiLhLme5U0bM3wrZnIcUfQrw5b2pbL/nxCitPD0Q8tcCZuKLvOri24r6yZvFsV0jOiqTeV52uOR2i5KKaMaubB1/JvbozaiJui18rmXguvuTe+rKW3t7ewQKm1srbgGrmwwHxrboTxZWuJb6fSdS72/X2869KX8M71Zdm+XjH3wTV0BWtn+wlF62xF+3ntHaQrts/X2C+K6GJl4hK9wyxeX1nQn5AC+t1e0dZc0y/LolQXwdOR9kBRSft7HTTOjwd4rbyeHI+xtVdFRzkFso/eLNfKqXSoOFYlme+1pQJqrimNJeO/Wagncq+tpr7R19kDF5H7Nka8DJglvciBHvakg7w23ljyMqOstdLU5GAP+6WXOTaKv1NpQVfItl47z6FhyQs5Hluc2niHeGDJQV7j6Fu5jG7JLBfj6E6qphQNkV6mvYc6gfsDKxDeVTHrAmsL33z3Iuh1Hbxmtpfp6ME/6jFqr8Jn/1Ny7FDPyDGcbi6m/9+l2f82idTJ6xCFJniaixP7SBtMMBvZJu7TYrmZ5tbjblhvrbdwb3KVrYN7rd6BzyZ8mI2n8HoLOs5gKz+PYuY5HB144q638PQAGYl1iG4Uzelqm2PLiQmWZo2vhQNOh4oo8jZvTcregY3XlLK4wdtXmAOqjPXjOaJc3aTHxYxWtrVQMOdgJQ2lMDpCb/Y/BbPLeLGPFeZxSiFsvfe7HaKz2JO8fnpNR0crongeib0ihtqhNx7rMeX4JhK7W6JO6HFBA+xNwkQSAxL+ICqnw7y75eJCnH6+sA/3jvC+ZftYZ+9uqegJQtSZUvEVHe4dVnSeOzNWAUvef9b0gdKUZ1p7V3Soja9QFmpbXh6lbwXsmQ3rm5JHRzUZ7vuh7GN0Gb/rEEU78N84epwGch3x5j0XvwqEKW26NUg4chwdHVVsB/idh1hy0N1MXw0K/Pxiwbfniqrst2nRnKOZvC0Mz89VNiLpjE6hBVfZPeVqeqdsGB1oHekd5W0tNLaB0anBFt7DuwYW/t6BZ/V6q5z+JKsofNaaZ9di+SqdQGm+kcJdimCv/Eq2dsig/agrbKLHSGMhNvrz6cLwRyDnh4Qb2H9v5lhvZsa14FsJ5Asd+axoMaeFDt9TunQP2+dM2jAdpNobnO+zfPIzaVz6nD2yNMtdU0P8V0vXSPM9dGVYm5s5Koi+F9qy82tpvglbFc46nzbYUT4zYibAJ23/IsyfYzJmzpiv/PKw79F2fKGCmROWpMUCEWN/2pPYl1TxGGPOTrJzmn9n711SVF7+NzWJ7WyDraO9+qsBtyeVhFVZR4uDfgz5D8yqN99d6FzF8xc1Cr/F7EVu4cw18zJGXbw413a6VRekhN0O8+R6akq+9YQ0M8SnexlJuDjoq0EUyrFi7itFPWUdDaZL6S98Vh4UyDnY8AzHRq79g+yGY7BYPi8WsB0feX9GkgYFPuWmvUZCwrYcC8o1dgvUExGg6uezmT4RL9lx/hJP7uTbrMZ8ktRiscz1G+6SVwR9WkxbbVgaF4j3paJ3mWsEqc2JHHvaDP6NX63lVhuxF00ZOuAM6x0Bf8EkStO9dlcvZGFOWIP4tgn+B8q9RKTpGO97WScVbXZHiJCtcXHgrb9FDrVfYXRmh2jf2EaWHF9H0nR2kKYqGyPdt4xcXMzMhC7fAENLaS0H2YgbcpH8IZuz4Lhai3lum/6bL8KYW4abrY4m8d4nmJ/6VGeo3ZpC1jZf/d7rRJV0i66fT5eAXXcT55Ibp9Aavd5qSn+StWwvgZXM+CaYWYNz4FzRIYq1O9Sem22JSw9IsYv+BLuKoL9TyAC0gGVjgpYJcwe0qszYs1YY7hDPlGPG09ypmLHEjMnnlTIzbgQhEkCufuHTM/g8bec93USD7dAut94KpZTD/w9tBt2y1gLjR72DDDNDuJMvrsfDCtvBCzY4AetrgvUtCN12sh3ssHZtPejmnc3ycH9GCf1ZZsSBpEkXpWmghi1ho3hFt6FfYknoZUFC5mRL/RZBJh7DtxXgWfl4J7zH/tyK4sATXNCxHuT3y2pYmabjPM1+4R3oeLlWhjY6lKe5RNWgxMX0rZhhL5bvS9x4Qn7fFIxIc7o8hpm7v0gHEaDwRTWPM3bZM62Qv2GwdaoFjv9wH3uPLrfA12YkiZHa4T2JuWN1d9rdTL6mXHC5wCZvvHARGayO9s3OJLSk/k7RO+A/WhxIM6QO70nGsN7agQZbP1hhSrM+EL9usPWR7O4ZLc+yKkVL0clryEdtouiAN6hZMMdfjZ3CdcZ4HaBN5CjI9VbW8V5+H2t6ya5fuw603BlBj4iavB2nF7UUaRpYhK+6K9wFfq7xt+kLeFyGt1cDi1aUmfgkIxW0f7NOcjqvedtQ690oikW+PnuAvMOelO3ZI8QQsSN2olpRZqSQyr6ZSbYwJxE8vdM2v/bB7qbQO+GTf+vWpAgsXoi2VCBsUUl32F9r7La2QCSlZvIdadJWUx3injJLJ6JZ4q/R9E+5xD6ZuQ3DPHGn/KVMse0WLEzf6MKAHx13JWijomkcky+MyLdR2GISrSgz+pmJ046nvekautoGhmSuXc01Qt7z7Ld4xmEuXccRfu+wh5CmT8Q30pTUhTkVwyh0sAWPUei9JO0tcaYv57Od4YCcxie+MD16a4k92JpEoXaY0w1TtIA1wTENtA30NXwcoRWCZ+FEZlroxRrioIBlIc3Rxy+lSwKWhTjdwdLA5j1LBSyePuXYKW/eo1LG8l0P+gn8EJL+ytxaf6UbSNEq5qvPL6d+/g5/3TxgjzORnO7g6H3YScFtsL/Ak2KOgQrujDoqVybVn1UdPWJjhzL2ItQgHuQ3IrCidaC+YpAYxnVoSieIb/V3upjxD4MtREy5VaFN/QhR6HCiX2IbvbYpfa/H8R4C79OqLFv7kxZKgNQN75XNbEEuJexJIWiwFaPL6STeDfEOFjzcRZsvIMsNW6ugCXxbpOgdASk9kwZbjegHPUu+bguaoNxsKVdJ9JyJTmN0uLF84wsdI60GWyJggoLegZWK79fpKkb9G+Yp1A/MCmjjNgtxqO/VvfgGFjPXMCyfENzN5WTqMFHJDCdg/jAl+MG49aE2wqwjg3h7inXIfH1DcQzW9dapdgmZqLOYu8B1Is2TpPhGqpQ0fxFy8Sq24Jtn9a34p9rbdX4+xs5QHmAdU0Lx/osoXthTP9W4Mz5dDBL72a25PuPoYAvyxRZD2H+jOmBNUpw2ZJGFRLyVWvNsVbRDt+MIIO2EsZcfLNZajkAk3nyGuXv0J8J8CU3JD7hKDLOu4a81/ZHTVUL7zcxA4zTjY+4vu3NJ3xZ0jPhBj5cr85YiZ3McYhFJZ0fN4JaqaA4dpw7QiOmD2x6kwIz3xWryhYyk2Zqy0EL8I2Pzwml9iLAjik9Pr9lOln1YReL4JqgXVtxHcqIwNakkXyiriXWEDf3OlG006s9IRzAiHWgBpXmW2qLhV+hTX0CCADW3kjEkryvck0ciwJC4jCFRdIlwIk35jvxyikawqyXEYuskRg9g7vcQccIXBgHQlzX05bamWARSBiUYraWNCPevXB3i9ATf9i+nk7My4nICl1VwhsWeHMGqAy90rSXoMastl7YJ8zDyoBUPSujEMq27QPTNtDJPwVapqDCCtWBSxakogh2lu9orUhwx9a5lXJbLX+8nsI4aR7C20WfxyDBZv8bKSkQwa4vpXquSc11BVfzvvdZ8eTjXfpsqZe8ypF1LeKaolMYFvQF5MCSIuWnq9Razgq+0Lyf0JcYMX+e+BMYQSI1SaXAMuEvCDa+xOZk8NlEyspb2Z+uj4dvLP8MbzSKHKijKrmrDalTffz0nBXbWvSEVi+lhCSTA76w4vWinqZWlAkY9RT/oFL1s3yAx3vl2ufxbwZdtzCrEAPxW4dYUWKxOCnYyw2oGy1RJRFEqoqmPSlNpRLAm3rBd82iwBX6bBYQzucsyaFc3iGjVL9XsoVGszjLz/ZQe/xzvqX0CzQzoGGBj+jBT3FQyOmycyiKaChgZNZr/Pyoro4vIt9rxSelYWR6poz6sV1bz2orq5mIcRxjD8wJL0VViBQ22mkTG0ptWD94bjDSppLEcvRhI/Uo6TgAfcDzP4VXWvRYQuNjhjPQVrDX3CU4IXUTSYLNEHb1pFVONDXmXX4pL14udc+0V7MlnW6eKvgHrXCF7WWo6QfQWdbwPjqXRZGwoo7kH+zCacqTcVbmpIFWuZtA8EU33SVEYnDcekKOCmWp6D5JvvlVHGWF2hxd0mvYX54kndEuF8UlHEPczP98uYrAF6XePBXx1OM5JykSSNIc2q4dY0w4tPZAcpucGW8YOB0vTmZaiKrGizMSy3SDKyUS5XW+FEW9m0jciPFUgikUumo2JO7LErqWvbCB5jX4Xpu3DCIFmcpvEKJwnKvPyKaam0mZkaagLlLO+hNMDUsG+AO74FWXHkmHutblOZg0ByyatV4HE5xGoEYOtZ6ymrA+9w3V4ie9voG2Zth9MS8Cwq85nG1aIFtsoRtASHkmzp18czPu/sDaeY4z8RrTgvQ25Dq3nE94USC7+arPcO1JJCdEuyM3gI/eJAJn8DaWpHe0bmUkXi+WqjQCmp5L2i+zPkrsVvWntjhlhVzFAd+3dvae+jA35JSczCgJ3La+DHY16eGutI8TzVox6er0845NgrJrFfPciqZD6Zd5Pz7IVHaTMTcWt6d5eglE2xVmfw+vUZvEVj8VXAX9rH29e9CmBaJ0VdGyBT40KRtFUOk4hsmJGXRSBHbevF82LDBejQy1LjY9pti6Gb/dTmtY6uK39jJrbkBztrT5USW9CV7cnUvg7fANt5CAH/I2VHAPNvP3MGsu2b5cmUitrYja2Lp6vk1PpBA/1GmS79M9omvp6RxcAP/OQ+pQkubSQ71L7ev28ewqMvK2ieAS8X2+qquB5f284rd6D1P3pFRUP2lYXm0qlEiXXj44L3jagL66lKpookHYGHSg+JRHkitmCPhkm8S6MfWDywb0f8sEbnHVNdFfkdj3zyUzNy7/SQ/5T6W92hGt2beDr0IyxAqasi606OtErpiJZSZMKOlDSQ6m4u76ViuizIG57Xw/MySvLQo7HJ0VhNo5OBcfYWSO300RaI2LUmTFt+ZF2+noVASNtmQhHDHE8EKOzVzTEvqBFJkLD2ey70VIO8D4R78bMm6dEG7FVX1UYsuBKtoXAF+h8fWtM0fBMwzcYZ0RtwJnvajtODd9jtleTtDZTD3kNS8lXRLcgrUECXS+utKoDXBBYm6+1Ub+EuF6YVH/l/Xa8fT0z9HagG/+z80wW4+hKqibNbIqTxGSBSLXXs0X8Zt6LrxaTxSSCP8oUsQ9p2pcEM85PFZpuZXvU9eJgqqZDWAOAJ8BtIk23i+lihsB9Psq8U9wlNM0Uf+N3+AJcq8O59m3pOqG5lhPEdNk48K25kW4O2oY4DCYCQ04PivLJZBpzFFxnT5CnSJMakgLIvevtCbamG2zcVCCn3Jc32jj1TbThBXaTLagDTbIn212DsnBXfAxj/W5kluqbs1E7EHfpZraa9OKYAEbWaLqFtbKuHOkbEhCSfYo9V8L+YGrUtV5+VXw37bC1sTV/qShG4Myeat9qT7NvYzvoFDreMtzzbTnmCGqVG5EKMrnDSoS4KPtb7Szga263m9uaptvVNJdl3xkyHZRg+CfvsMMaIb/yPItOV7YrTwksWVUcb8B8g/reZc+0BXWjGBHjT7tSdRZ9Bh7FcPyutAT9zTYnW/M+fxbNtCcF91MX2HfbmlzrXbqHe68bsGji73m3Vu+SIy6w77XvszHOkwXk/Wx7jj3LBirvfhvzNSynWzbSyAO2on/wKC4Xp4p3zSjJiRbmZdrCOSesN5itYJmzeWUYlHPYCpNviY33QHhsk9WMg0Zcc/iNdWWrVa/A36o+Tj60KgGLXEkP2ieybQkRFWBdOkjszor1sG1YfLvWs12ZGYPSxv6i0sZyadeypJWBJSvfltWVYMFEhBj4mqyl0DJYx3ai0DJYQ3fYo2kIjzWsWubvQq4t/Afq+O9mcibHu5pv/7Sui9mF3g37s5jlygJ7LLkip2OLLE95jGfkrjRds28MYr1lcDCT89hWqU6GKG6V16OG4ewDGcYA2VQvqm2YQy5WgqIwYsbuo872Z1ytYcq8mXc5E7MI0TUQySv0b9vGq/7GbGwZ8I0jNgjO8AttkUXLGB70FZwGaIce9BUNtQ3mC9YA9FOuhE28Y4cRBVBKrY271x401P6xEnyOWxBGQHjcnm6FJa2jZF46jBPqrNm+m8jGJTkXEXqsSrqMJvLawpMVpOhfdh3bN7ZRJ2uRHacP+M4EtRlHMXrCvlkMFCZijJ1l17/CAi8b6j7dyrVssQ0Pkrb0JEsK1M1ITXO3sUUifbFtuBiPkvXz6kV3WYgQOIU9u2YEfoAV9XZWc0IdzrIvxpYMwzQO2Zug4Xm7M0pdFVgHL8p6tDxtp2mJ/bjoT3fI09i/7g4b8jJfVvYnI+VwHu3TYA0X8e2sOYvhpqhGPEfPUnN6xjYRCUbxXPqSUd9Ga3rWLqRu9JxdR0vsRzkP6FsnBH75cXqBHqFH6TFaSOB3fSTwF8LZpZ8Vo4Nxq2HDW+g2Mv7ORuo8b8fpbhmOkuHu2VUESYM16soxDm0x0sa56dewjYDNuaFlxNwZoazf2W5gGRnOVoTpwS1zjG0R5j5T8R1gQiTZNmFsEkYnybUDNtWltqJl9is27Gxhq5rzaa0hs3xoj83x/5WKQylEKxlfo5355rvmaRv7U4ztMuWiKzURaZH5j0bk8d2m0cB8ZmNoGnDK27tgk3/VBvpri2wsXrNNb4TyLYw8PR7nhiCGM+611sodtMI23jlPSGZZZv9oEwvCp1ftOnqC403V2QOFw2yI/5Sw7Qwn2OtHBDursZeF8UPgOfmGDUvnmzZGfpVt2JYuE9iLL6e37B58g1VNX1lYT6/aWEth3U3EzjjvR8N538Bf0LPN3ybS5tt2D5Yr79ir7Wp6137PLmRG+TX2LEaC4zTxro0z3RF2C1rN+KgLxPv2B4yRGmpfYG0WreWHdhUQYLamYyxw3q+301TAVmqgAW+TG+yNdshsHKOP7I/t6RZk1Sa7N69O1CoX8UMya87Tgd9V+LydyJ2P9hPn2efbfb1hdm1BBZ3k7WrVRANP/ArGK/7UejmX9Xa06VJ5lqwU06WiI4X5fqBX8Rv49Txs76lnT86bpKEtIJ/zJ8ylDTMlwwJzKVVZj0Y3MX+rwWhirj9OK6gp6/IhJhP69qV0C++R+DWJ9dQbA+So4bLXAWrkK/Zbe87pKg8WtzsX2D3lc04lbSRNk+wkfUFJuoUj3Ai6wEEejkjHDFfDKMZd5b/BO3wzL4KaFBU956aziExEvkE7OmZushT90WvrauZCA7e+S8qaYBmGDSOJQ8x7Ff2Xh746Tyb4TBOl4xxNE7PRpMDNv6+Dsd5PrimAHISnxMlemm0Z6LvP7F+LS/PXY38ZXjbIq8jT63txrAQ8BdtCkufGaSpNh0hw1TfODPZO8YZ4Q71Tvecy7VOneYbJ/nTvDO9M7yxv74I/eWd753jnen/29sqc581Ln+8N84Z7F3hVXp+CC70R3khvlLes0V+LLvJGexd7Y7yesb94l3iXepd5Y73LvSu8vTLFmSu9am+cN8a7yrvau8b7d5O99bXeX73x3nXe9d4E7wbvAm9J0Y3eRK9R0U3exVHnR/o07DO0B2eSBQ2YSHJssPnxCULZb9hCixkdvYbCJ7l4DwcprKszOE4d8P0ZZVZTjRBCBbixMAZEzg6VHw3iak4Z+m2FsSButEuUovNkfkyI+in9IB5Eh7yIEFvktMCTIEYlCljaSd4ZdgVdYo20DxO443tMP2c7dIlVzHrt+XI0zSrYAU5sOZEj2X1ExczoX0lD5GTPVeV0s2e0xkoalbnFG82nx6WiiMgy+2WIkrlATvF2RMGxEGL7XaVpqge2ldy8vtUT9I24TM6yB+pbvUL6RkzzzpAbRCFth61VHgmceNmNUlO0rL21QYzgiG6DvJ/ia9G0ggoLbgywaDdSHaHc1jI/JfL5tCBXl9vYMx/pCtnXzcwQl273ZuSdW9+k6d4M7w7vTk/TXR44ncHonObUppRx5FuHi9Y00zNWpEHenyKa358cvdDewFz9+Gt8dDTfAAt6U+HvzXIGwSPC1AFPTrXi2Vhvpj6DvDu8yd6dXIMZ3iBP0V1ejG+3DZfjpwVx+pt3fRSombs9wwt1AkdX3128khy3cv1IJSs4JmVlFg+CcX5D3OPhXN3GQn53pGGLv68As84rNNGxlsLf3K7KfmWskWAfSgWWN+hELcTzjCPAKP7dqx8TZbJlfEV/PCrK7lLl4qLkrwPjX3ksXWnF6TKep+9r49k4mtIBe1bo3wiJ8NP+jbl4KG3E5F/Bzw9cyP/3vPx2HX1lBR0mcJL6hm0P93pLC4bb6Kv7vFleBT1N+1iraEjMICLR59EgcjTeIy7Sg7KaZntzPKcB23nInVWf7S+UwQZ9mKvXnkhbI2vrz98UhfMKfiVb+YSOM/I4GqR8ylg5yYlVkKLc/ELa+1kWhNrPKHtsdIPOfYv7b7S0sXzACxmlolkp1J9/dRfGixHyJ5pleIpyHD8wPLWlR6M+e3pMI8PxBC8rcD6BFcfPxuH7cUkXpdUZRHaqoB+LR/RbxyDqsMsoROCB/6Wr6tfyn12d+d+3rrbqocyO8Q+vKd3OSGA8wYmqH2OiegqDiTI3uVv157qF8PlpP9w2qlq6PIrYOHhjemxUYYy26tbZ6HlAej8dreZadY5p+qd3Ij1Ngt8m3BdTwJg96D3kPezN9eZ5j3jzvQVejWewhF9Ygm3VSHssJdyzhaLe6lEvylhL8/8Lo39V16n9ZJnS1Mo6OUCpyjJzMkF85Cg5Ecj/OVZ/up4Oc/6qcoxV1fR9qeboYdHg1Jnvh2Bi0CIW76EizjjJa6QOeI8wC7tK40eDiD+IvHa/WJ15zKsgRMIupuEc9xFPgPkyeDRjU9kiIcvQRxeLKkpQfx6df0SHBztsFV0sRgcItpkakRLyz145Zi/j5XZ3oc+nxsPkRGpLBwlYZoErRMyA51kKXphEhM3JuppWZ7rQ6sxEvum8lkhFmK3ssiCicZyQh7kBLQzuohFTCki7oijq0VMY/CIwZxfqscyrEqbrQwPFWrqcEKPhGpZuBukZlpiPcFR0Q1BaeFvwsMxHTiCGbQ3br1WebB7Ld5mCvfWAQZkSRItA/k2pA1tI7mEZXSF13h146BFrsH+hH14ogy6i27WJFFXIJ1XfitCN2dhR0NePs3K9o2mOyE9nsGdGKuHfip1kk6Kt+lmrD+PRDNtYinMybDjVWpC2YUFIqDhFVE8xgRnGqoLeycVR7ilMrN4qGmpD2uFpRE1gPN4rVs/gfSV9R3dZkLFzBKKcoyee0a2DXvp7tqVN97CtRTu1tX6bGsrd1WTaCWtGE+1bD3Pe6XozTHFOo9hO2YP9USuYuw0YS/ADGYmK+X9VwHTTU4y0zVsgEEX23RR+hrvi+7hl58tHbZ/jze6qLfk7yM6js6sdZLZenTnVStE9jLNcbvlBNG3Tmw8EmtvqzHyWV5/TFf+RPbjfXJ1p/hOsG08EXuoGnYIahhwckBlhvR7SJh5JeG58zna5dj8o/Ht2rDXvKotZzuRjIlZnwAIDb4S1slVpL+tMF+X2VrnnZ1mIFPe1XJ15g/G34f7V1snfwRboXASS6wOUbk/RRrSTxmfSeEW5jBx9RR8UcJhoxozl72PG2t2QW9Nh5IwbYEZ0sKMpWuiB2W115li6P92D8u2Th4kjBTDPsF2bmJmNRAH3zeF2k+h83ZO9D7bqU4J57wY7n6Y/y5hTxzv8fHGxcqmfVcFj0b083KsQ363ENe06Par575Aj3PhQ9BS1HuyMOU5xTRWx3LNKetz7l8dMX3zzhGixW3VFbGvAR10c2PVSBEaz96Mo//ZspNmt+jP9ue4pwIs1j6aSiQfXRjwS2yxNLi5Hr14i0J7HghZCGn5hmTvdMP6aS6dHZ9ilQQSHDrQu2r1cU6QsTVuipv24hzPPFnmhX8MBcqED/OoktnmtYqsY5uWtFPq/9VNA+s9kjP+VWhNkV5zG6TRNoau0LfrSpCwWvQtNpKdoCrO9VbJlN84xfUJPhas18p4UpNR8I5L/raIp5NNMGi/K2df7Wn2BvZpudyZRJd3ujJfDI0YybLPfYvQA7HFAJP5Vny8n5e1jQFZBtl2vx+vrNMrDzev14t9sGcAzP9hHexAsqW0jlXSD/lZ2JZTUlQaJCdrID9SiEDwrAWYq9Ha+UVfQJMZH1Dpz7Uk0W5od8YQsf9Qf7YMDRD6f8PQJpOmf9nuWscubqM5DrWdpop5CuLUuZ4TlTaxFPe5ousZJ0ynZnnJphTWFPhGHsT/63sz+8i8nTRNkJcv8+t/jLgy7ywTLfI1vXfpGDLWr6A7LzUZcCt9N0vg9KdgPEFkSccmLabDauZ+SwUgNEmHr2ohFTp+AVW0EvWuhjugtPHnCwY0v2jeWuovRtFRBWq6x3gvsxLfoJULRFH05j9xYvhueqm/WN5KZJ5ODW0zkaRAaIfNhSk2lO6w6C9peH3m1mCCvldDuJ4svpKJeVpra0vlSc+0XO086PUSuN5X6gpapWznXNPtJjKYLgpZCd8VN8lOOpqcd3OTiBmCJo2mA84yD9Xy2vJVifAd+qzYYk0kBQqEywJgAv6joBlEYjHQ4a5Cio903+OtZBwjLf+kYJcSNoj9N5BvtQeImURzgZYqzeBncGOVjZSppT7EyI+VtAZuhwcvksDI5pAzaDQ3WrI0TgjViooBV0rNqusZtP3RAgxGAXMBufDn1CTRWrDh4enzOI4ivBfvC2nRZHvagC+XWVHhnrim052H94YbtGtz18Gq7hW/o3rbS/GUOZ/CRBW1y/H/2l+s4h1U0Q6fr5R/n+32DXb9NA0c5Uo6jWon7mW4C9Zsv/sbp8zkMLreQGnjLplm9cTPFaCLfFN+hWwdlvEpfytbZ8p4XMbpTA1kPBJOxaJk300S+dAsRt3fpmdoWJzToyRBpsXOP77qPgQ3euYenEHxwcUtm+uEUvgk6XEYZ7zuFkoEutnOvj91Fr4ey2xan0BD+yqdHbGDHIfc1x181XkWhno8RwRjlRmVzXi6mTsC0mn7Jvdk5z3AEpTWTx2+mzh9BW8wX82XoeYE2Yexm7mLsXB493Hv+jccPpYTjh9/5o4fRwPnC1CQcvfxadghY14YGcqMv6xN3aU3vy1wfmp0oTu/J/K9X0xPydv1hwEwwhQYJIDw1nwn6Uzs9rsEeYyQkWmUkE+QGcq5lVuGBos9uJQs8pCFZVMD4k8OZFNLrKneKBPrB3EGOR3stl0axlcGUVkVztKY3VJxaiL7ZcuL0A42hj+mhAAfZlrbIVwR8RbbIMbxjLKcH9N/13dqcL1yaIxq2NPT1Cb1/8ltySnCHivs1SHD08HNOWxoeMbqAscSV2P1pQvD+VkaxIL/nHJNmE+1vQUYDefK8c2nkBec8njVT6UXnJedW6KOi0HrZeVHhTWXgVQodZY7IcT3W0Q+MGQBiYKlTReEofCxuZasK9A+UVkzLnNDb5j69nmeMQfPkznxodf0zX3/a3ZkvHLPdnekmBhYqSDHFd5dB7DzWayqDekLi+YFXb9iP3RWiLqE2r+BO0tJ0mwjXz2wNKbPcQSsupxW8YrZZVRwNp0/QutA+YXzpjuFbXqAp6xiHLq3btCbINlN/YHwKg9qspledhBgkXnPi7AUEKwh0ze7Cp3v1/nyfPtjaLL8TJbag4TbKX+HU0TZmvp4TeIslg/n1dw1UXUEE6JUEc0TgRtgW8+WtVMcRiN8THYgkbjdedy4QQPlpesOZQ/eToO9pLX0kt0nT7ir6RmyzMOrdHFusdFawNjCFZ/aHdKbsI1XQF2lGjcGfdQ6zI4+WVfSmg9a2lsOkw3HGTH2+UMZ/EJJilWN4qWfrSqqBN5FTFZQwjv/tQuPYZqa5lHv1mMC3ENqh0aEe0P2sbTyjClTcjGekkvXkoXa4klcwi8II+iPwppE6ToXTHN4Ntd92cI6+xkGMcYxN+L5jpI6xJuvloRHczh0vYQnuFBF0WISjkjPnOPDbhjdrjhidxT7NZS4E41fWg8cFtUL+rWWBcgJU9zS+x0Ut9rEw635gH4bbxBg+A6P/8zEmIosy2UFrJRAmwJcIMqX/EMg/I3mAFMjHlozIojWxDkwcVNTmWppK9+sDxTIyaJEw33uZGRbIqSGMvmsU4E/CdfW6skUOfxLmipkeonNyeY36j342nv6hgeE6X27g+kWCXQB2CWN7Av/DcrpdP6DBoDlDxrJrH32MFdODEX85aW9maHGAD87tC5WMOLmdFPfq9fSghqdemlcGRoM9JuXrVH/9Y/VrescJJQDGImeJMHWOc8p0YD25jTVZSABYhy8g8PpoexS9yZbzigDlOC6LXBmVRTMa+04syA+Yhb9hFUhNZ1A88PHxsy1tzfM99Byr4P4I6xKi4/PHEt6qoyj0Vq2gcdmRHEHVDWbAzx9XzBMzoqudb+W53DOfBZpSNf2TT4bQBHY+FRodDOmQ1zeWskzMs/HBTPxIhCwgqPODOhb0fVe2tmOVvuto2qzNan7PiTGuL+dRNSq7i8OPLLREmzzM12ucWgs5mJVemeeVYNiew7MpdgfsAUeyLJ5IjqwQdbQ+4EoL5ZiRtrO1otAHN0VrnVDmPE3Gp/RwUR3UO8xhnfO+E2OJnqYXIx848DpH/Ijxaip9GNTFYVSwILM/mnE4lm6xcxIO8qC7QttMlIYK+peGB9cTXpROVIt2Yo4wFsXQp6sv1fflWqx7sKfTBnGZgzwh8ZvKPiwl+2a9NuDpdaZlOJzDNYfbZLxpLQ9hDEYd93efLHIy5KSooKaymhZ5oW/XIi/n24W0LQKJ94oyp+WXtcGyGt1IUiXHNTG9M4hlyEBxMhm/2mZiKvfVILHzGduMdI3G3cOhbIPa4NwW2eh85Hzo3B752FnktXIWM5LgMbFQbHJwpwGvKqTHGD6mq/h3XLUOZvFIuYrXGlbacApbd4cVrrk43RYZxik/dPDvJ4z/ymkh5vRjPHpzewOsdGlqq8BcjhkxJWjr5BKDETVWqfDf4oDL05R0JPVjD5juFFEG44a+NjNhYDAjvhT1+xnpcJrfzqxDub4L+217dl5hzq4qACPjvulC+tAZjRtCL0omwobRZiBxI6p1Xj3nitB7Ca0rznsz1RHUlkqs8J1hdTy+7BYxTcwUR5KiJz3sAX/TeGv68Fj+Gz6ET3nTWAt9RwI/289SdI8YE6AwHqV00GqDnzX7QyJAseej/nZkEX+Gy8ecJkpZMpuvcL/0b7VQ1+rQ8gueq8d1jrMxTuBsPDxvJ4Il4gjb5b862xWMgF8q+9OIPKkLTCeYHxMWajBOHGkfZWs62nbI1LlYtKVGYmgw+k0DrkOT/5XWx/Q0t0aIfcVmxwmiuRiP3s2yi/gDY0WLpZGLo+hZUvwXPEsXaRMtJU3GpxTsNylaZ4V7HHS36U5jak5Vws3GHAHvAXwQ/i1xbvCph71dxrNvkXaLgzJXWm9a1fSpA/9dV3QXp4qtzlN6sdVDmJazR3rQC/DQxxllqF1H7aiYmRmTtET34kgVS/RoPjsanb43R9251wr55oxGvUQb7wRo1ZBxM3VYn/PoIethqwe1piW6i3hWPy5W0HTrIY4SA+agHtSfToEtwgYuFN7oS3QlfeZ87hwsBlCMhtM2R1FHG/1uTqcoDefdF/VwetPqno10gToCc7tEhyUgd/juDiBF0v7WAubmM6eLfR6Fvi/HSpwRkQtW2xdOeEbYuT3gHYIN8Tm23TxkPa970AsabD245zhBaPrSgRzdfX+NocYBJz/SmLxHytBW8JVTK0Nvjv40X0ygx+kIax1petWakD2XL9H/5tEVMhzXHuLHxgn+LGjbURZ052o+E+8VeYpXy9dOmvN40wJf6MHiKmaWMD7JuRqi7bgpmutskhdon9Ho3ziakNolaWuqoG+dkMFpXz5ZbXY0bXFqRIoMP/tcdaqQEUVDleFjX6obsxcAaz3qY0J9wMpUJfYVBsEO5Hpc5CPY8/HrzXETznPXrF+TT6gHurQsYJGqo2OlwbDjVjq836mPXzeS5ufh0i8W4Aj4l1iu829+nAB9HzLUgEHgVa3pUOs13Yp5R3AmbR/oIcBD7y3qKCa6yv00djkwTZwOrguRztbxUOHQ6baiGN9WItf+fBNTp8HyEco5cEecLJNURTdxjC+fXtdb6A29Ur+pV+m3NPg4fQFLuQr+nUZJ1hvH8Q1gmPpd/Z5+SwMbn3uisr/XaHhartHvy7X6LZ3Kq8e6QMvE7brRjJ+lyxm1sVHHyVPrrS/V+eIj/bHOMRpgV7yCI6AhLknITTAwYP4w3ART6SoRRu/APvid01KcLp7O60HkN9JeRaeKNuI0kSa8N/Lgez45GG+eiwX66AcHyNS2dL3Y7miaFAF+ewjv+qH/uEtvBny1pkyDRu3HO+cO54/8L0UFRzAvpP5CRn2yonZURb9jlsJP9MUC9pdLgllVZF8iVBATR9GlIs76pIlddZZwxJ/4XugIAZaps0UxLaFzBKJFQTsdJEbyvfNZEnbPQ8iwfYHTY4sOZxjqCZbeywlRVcyJIU4LCJ7txWwJAucH7jKNTOjEt3XbdMikYTy5cOJANDjz/QLGXNXR6+zFcpaOsv8N+GM0mTgugr7QLn2pMdd1tDdN5C9rKRI1UW0xF5KEN/hvEu/hSPFPgfOBk5eqD5/T8NfHDuRwifUOj+gj2bOOYXwNdTL8F2otHzCODP5TZpRyt4Q/31dhkXd29GnvAGf3Xgk7fsIjAfiT0CPB2M+bMact9LLHPGDXT9XXaDx5wlvijWNGafyCTeX4skWeoo4q57nkUk6DWuQ942l61jOSZyGNC0484Z3k59Q98pw3XEUpRfj/BSqpNOUszZvoMtZEq5RDypooonShMrroY97z3nkZIM6gcyta7G0KInGEqDNbbBCacKoEctegztK0yHvBgx8V3ip+ayI9+nKRB010PtXi1ia2yIPeXkOPNPj6RW+WkvRxk8cFEJHnuYoO8xzxojeMRtlrmgyjNU1e8gqpkl70astE+gA7ZOc1TNqIO2pGfG8qkUNic+URmY8kEFDXU1+rll6KOLTRVrSV4zbW0PeFL3ro1dn2LDVdYkxnqWqapaKiml72BF0UAfcHzhLALYL7GrfbS71cpHUjT2B7NFgl1Bg5Hm/dJz+StUEcR2BSW2n4wYYMhkiHXEop1E7N06WeiXhi4t+ANfJSkYuBY77rT4sceBYt9VbZrZkR61DeQSTPi0rqEzvDNl4J57mmH1GzZd4sihFaGOcU8ApyCmrLXvSWeliFK1Wa/TNwN19NS70XPU21ZWbUR2Ywr9GnGKnu5ThldHPMLKwte8XrqOJ0mFruveLh71e9OG3LvOZ1VIrfr/AOE+e5tdnoaR/QRxLaVm1ZTQyeyU9QOY2yt7lVZJ6+pYDBaUqzVIhzvENqqiw61Fmpqgk11rTUw65l0BlTFGpSW1YcRfo1MUF13uveMOqt9i6vLXu60UR6w3u9yUrvTW9Jo1XeW97b3qAC/PuO90YBUq7mubRzy170Oqp3vRe99zyftmVwO7LGM2WZd2FpcVrrrXcmR94oWOeZebmC+3miaEtfWttt4PNmqRgzY9TSk1YVbbdH0z2UpneZBR3xhzAa3RyM83a7tkzRi954iX3/AXofPi6qJiZoke0I8JzH6A4xi+MfmpTNCtI03O4gagTG8pJCRR94ZtZLetE7zzUonmF0r0LUpX1oitpVnbvKWQqrLUq59TaO2TDasw3AzIfDRCt9PXtqXUs1ZNYn7ic+9FqnFR1qzRbLxe3WODqOUNfZAhxqwMzjfmt4wL3QQcDiO0st87BuTB7VdGxQisJIZufsA7KQ01ZTKwvyOodyBP4R2sR6L/RRNbFbze9m4nFhrG3F3K8DizbSLHra3eBV0kYv437kfext8j7xNnuv0vPifbnF2+R96m31PvOKY597A4sk8yk/apezN6vLPhSLqWuACtaMCy7mqD9OtswQhxbGDNpGSXIk5NxMMtbr/LT5qGCDCQ7f7RrLFXoRuWp18EUrabzLzpLYMS6PDo6GrTRRCMy5foNX20By74wX7l6OdCLQr3PY4Q3efwczvMH734QW3p/nQhiNwQmin8KvyPjZGF+3Yvq9Vnyj0VhNtFLMptaIDlXbPOgPV9q78ibEvvA/EymsoT/htqw/4SBm3UNcqnzPQk3HWdfoMMbjzlG16s+IeAME+e5tHKZW+RaOeAO8+a8Vh6za+u1jj+U4P02JJn7gj7N+ohdD3k+M/89j/jSsn8fLH2P9jAcxyFuWtSxQ/Gs9mWjkX3iIRo4z+1o+ocXpVZmmb2P3y+9i38c0vUuz7B9i22NgAtmHvvTWyh0xTV95s5iBPkQeGlThaxa5FVLQqxonUU3CtS1N0u2kviksEu2F6ZE3xDKZ8zZJ87iZ9242thWkYf2VNFybuGGdOR4aZBJ4u1h7t4wF9Hci9EnJqEFZPq0v3JC33USsN/ld567iuCKtJdKfHniAXCENA4HxlIMd9NsgvaItcltwC9WVbZLbg7jg2Lenq00S91mKmtmb5JORKDWRxdSUNsgYoyHNDTfy6c7eezcGHhUPyrvkflKxrHdoC9vs24jrBCLXhO03kXOmMCboUb5DH0et5VIBX1bcnrUKvsM3qwoq6KnC4tSOHX3pKj3Q/bcXSz6RMM9a6lTywcT6xMnRAc6zpQOc4tJGsQHO115Vqp1blBTJju5SOaNoXWKA01KvTXzjlce+9dq54d/IpZ37VGqd3SjWzn0rcWGjR5Kd3e+8ju73Xmf3z6lNew2jAU7P1EOJ7pGFiR+8GUVFyfLYU4VWaQe3pe4eWZB6KfFOYoBTk1idWGe/m3gv0Si2JrHdq0y21A8kR9NLiWHUUi9L1AS1raROyeVigNPR3eG11K/IBxPlMfJN2kax8lhxSUs9JzGjSPjlMUouS7yd6OjWWdK3/M5u12Tjkk7Jzq7tt3NXauUvTLxYPMCZkrqIBjgLEx+nOiW13859OzU6+Dtse+NULFmTiPiNYjWJ8tjY0gHOkJJ3Eu+ozu51pXjTX7yUmJi8KdlSOz565bJoo9iMonQqk3ooEfV7WiY39OpJ6sFEzB+XfDCxOdlSu/4A57HE9kQlrbMXpZ5IvZ2w/PJYgV/od3SLuDR8d0USrdme2Jjcy8+kOiWfSRT7R1Ij/6UE0qDnkGoLPZho7Md9SrZNJfztiXmJTHJ2olnpnNTJUUp+SEm/sDHai3TlsRK/pU75+F3qd3RX6jK/3N+aaOIPcFbqtD8t1VJfnUJLniqc3fjBxOxExo8l8Qwj5/noZ89vklycRA41iQNKfH+AE86npn6j2FuJcXvNKGrmN/db+Cv1CwUzilr6K/Xe3Dv7+AOcqF0e+y6BcR2XHE09Ss1Y7etvT+zn4+n+/rRUB/fuZDt3iT0u1T3Vzj3Ab+W39jHHBtMjyQcTCxMnR1vqJ4SZhQf62xNv81wsjx3kt3MvorpEUSm+viLZJsjR9BB+49u3Ey31wVwflFudRL5t/WcSOvlCwduJ7YmObvtSzP9Wfrvgy3buIT7mwvZEe78msb7EfNvZ7eB3j5j1cZU9wOlegjGZIzq4Q0qWJCtimLfwZ12amJY0X9SmnMbm1wCnqS6PdfTx79fJpYkBzhvJ61JYF2sTA91HE02SK/UbemGyU/Lu5KH+4JJO/mBamtg/WZvsnroluSFxlV0eeyjRhTbtdVjQ/2sTJmfT2ppE5yRm10Lu6Zb6cF4TR3DaZQmdRC/gK5RXHuvM/SaSRaWPJSr87/SC1OTUBs7hd76ZYyZvzF7zBcZsVXKlfpHX7xyBJ7ckwxosrffUpG7lH+lfnUKZWMeYY+Wxo7LjdbTfxe/qV6VM/VrqY3zk0LgEfz2Y2JrctNc7ifLY2kSjGMo3dT/a/73/B/+KZDe/a2o0dUrWJJ4trUlAhtUkbkjdpmsSXVOQa0t5fI72j/XDJ8i1UxJyae/STslu/nH+0sSGxMZE52SjWLo0k6xJDEt290+OzgzyKC4tjw0u+bgRcjovebyP2haXQkoOpgHOhmRREnNnaeIkuqCkg5tJdnTXyvDXB7pv0hGfpJYmTk0uSB7t9/Axty+iCcmefklyMJlR+GdiaWJNcqBbl7oy2Tb5ne7lY/asSW7aq7ff0X09aeb6jKIDfPOsbXJc8vSSrknIvpLkAX4fv1FsaQLrBOmQugudXjKaxiUxm4/2i0uKS/FMJNu5e+vC5EXUwUXti6KmhTekcv1zA7cLZSFX5Lk9cXHymURfHy0MJeNFNNBtVdJSL5YzdWf34CTm/9IEegcjd0sSc2x3dbkhtau6tNSdLTODOrntsBKSZjYY6YdZfYI/LjkvcbQPudTPL4/Zyf4+5ENYT5Gk5MbEsgRkYLvk7MRW3um6+et47uD37MaVNDth5l+lH775NHGif4fd2R3gD3BO8lvqgcE6Odr/o/9ffnlserIk6Qa1XRek7uD2L9meONo/xF1nr5ajyczJmsQpSeymGD38fbJ/XWl5bDSd6G9LDHAOKxlY0tFdkAp3W8wn9MWyRGmSkoP8liXh+kAuJi/IF9Rx8H9O9EiJOTQv0cOfnWjnvp4wa/9of7B/io+d+c7II8mjfUifBUlI91eSCxLXp472h/j/xT13R2p2YoAz1M//dl6iiz87cbQ/0P1H6YwirCXkgjzaud1Kji3ZIHLtOb3kGZYeK/Wp/ml+Z3dCCpKrbK/T/bcTh5U0TrVzz/BfSpzp14mz/AOTNQkriV12g5iY/JP/QgHm2Nl+RzdV+njiaP8cf0bRwJJzfZGsSfSlA5MyiXlztI898c/+ydGlCas0rNXAEkiRGUUbBCRgO/fA5DvC/H9e4ork7MQnCcjuGpadRnK1Lx0pZzc+z6/forIkdsVmpeHMhLSqSXyUaCE27XWoixaG0ub8kmElZle7Wp/vXx1oTjV7oDkN83etOW1IrsvqMrvSm1rqLQnoTVsTDyWG+/U1p8/LkNP3iQv8Du7h7pCSKr9RbEiJlSyP7V+0INnZXakv9L+Pzm48wm+pPyToVZgzOV2qJDnMNzmENdi018LSju5IP9Sk6mtPjUp/SkMK87kjVR6DdjWjaJi/NdHZHcXzEC2blUTa4X4s2dEtj52UymlK5bGcntTO/Tab5yHuRX47N2zraBrtX+zXJAaVttTvi0axkuQYf27hd3qg+xf/Er8msVLvX1oeG+aXlXZwh/s3JC/1OyVb/h/2vj2wqurY+7fWfp5zkpBw9s4J8cDeik9EEQoKFnpvTalWUUFJESsgba0iIBijILc+k/rgIQhKBAWrVVSqBcGKilq0oFYFEWLxFRVRQRF8a9UKnzOzd84JBMRHe+398odysvdaa6/HrFkzs2Z+Y58fDHC7p/Klk0XbSCfr/fgL9V6XVGnmCa9eVWTKk0c6A9yrmY8NcCeZJckLgvLkHGcgSF65MChPXhS84JWUXRzsaZeU1QS0ziQh0JldUrZPcHFpt1R5sjZ4wHvQo51Kz3ISTkmZyDdU8+vJN+Ptncs31GIs39Cq5cs31IcdyTfS+1i+WWqKfPO7RvmG6u6KhNMhKCpY7qnoe8eVxjIO9Ws5n/rdUv9d2jozMHVJ8PWlmk3YFZmBvpYvM5SU/StkhpKy7v6Pg3xp4dKAzvjtpQWSFUb6I/zT/W0lhVHBv15SOK5UJIXphaP9g1P/hWV8ZhwR2D7NU05+GJEnP1zWKD90SbXOUO3Lg7E4xj84NT74ptLDZY2nciwxTPI3+9tLDTl54RX/eid/z9CzkuTd/onmIu8TLTJlMa8E0RVx473stwp6YbmX9Nd7vTDMar73zcsbr3o9Ul1SncomBK/Z8Sm73KNf67yF3gb/Nm9iMN+bFJT6RCtLfdJmhIpEFnnBe5D2Vmn3YIO/zDPLcr2BT30Z4NLfe9qmf0W0O+Cf5Q9w3/D+VgD/Q03lJgcLvWn+bd7RmUkB0a6Ue8ojXrLSi2X0XAvrPflNczDfc/0T8At/kXdGMM0fmaHzQ067/L7ezatOuly90Va38qdwS65vlEm79OZE83rnTRAnc/22vrQYj+Ihv1vZAPfKgP6a5w2zkvz2br8k+Yvgbv8u/2SfzkLaIbSLrsjMKiJKp28S/c0q2uJPDUqSh/kp/1qjW2qzf70zwxB6SPlx23f5o8sWebd6Uo/2q9DlenVZ5shof08L/sTUSr29y6fTk/pxVTDMWmNfHdzlzzBoVaejU/COR+UPTeWvSDH3f409PSht/Orf25HURq2QHFgX0K+dyYflpfR3j9S2ciJxyuYkxWuCWFLc7OckxXhd1vvXBLe17lY6I7jNm+/NDAa40ovDAzo3ZS9VRKu+xO+WOj6Qvgo3Ki67InNt0N0fHSzybvVJsrwuuCfzzaTPkjKSPj/wvlr6LCn7vyp90jfOCP69Mmip3zoTn7QHp2YFd3sif66xT0ydlCCZjs7KWBalE+pUNcA9qWh0YXyyLVNdjUeVeB48jbX2Lc6tzm3Oz8v/6Nzu3OH8yZnnzHfudJ5UxYz1ZLD9c4UaHFnan1Ir1dNKYiFWKZe9MiljpPiwdjX21PTuIPNpnGjUYXZQyF+hd487e+rViry1kmhQCdRijVJ4Wb2iRmOtUnhVWVin6ugmVqWxTFEfX1S1nAXojSZlerIlVLy9E+xnmUQGndRGJVkr4/GR93OF7uZmDcmPLncYZNEeqXtjmtHNFD9kwpLXfPc+GiP1Xc7bapParLJsIaYM3+8QsrKqxrvq9cZerVHSA/LPn0j3lkpF+MU9+a7kPc6Afi97H3/ApT7kWBEbH6mPVR0//0TVsX//R2qdEsu3xj9UlvH0P1U98Zmy+P3nisqchB7qn0phixqNcdikCMn+MlxrVOEJTRFbf3b6o4cax1Fgdzvkt1JgklW/h7rW+BUUKNsS+buL7//gaL1s/tvk0U/UTd8dhHaGDbF4C8IyxaZl2Fu0CptUT7c/Yr/7Krj6LudDJeOLY2b6Yw+zMsoJ2pU95mehnTVET+I7wi/Ym9rVH6le7vtRmZHq6ihfeFfDwo/cugi5eZHzvuqhziHvMv25WoRxeF1dbWexSNNsHIGtCnoTjonqPY3xjP9Cft5a94enJA+F3GmZXKqjTlJMqDUWr+pN6hNezwuMKjypKBOb2N23MmZlT3Q1VnOdYmxBDbpY2rJwr+MqqtdJUZ6rz1UVtmpXT+SdIajsh3Acxf7mfU4NbtGEEbHYIY/rwzDNuN/5o5FCT85M9IDzoFODBC7FJkX34+2cNP7iVGFmgTKZBvU9VhdFsVF3aPKevT6gzCNyP6BQZrnYpCgmVPzJyYeS/AWORRJPqrHoybdK1TgW+6oMGtQyRXlxKvRIXRxlqnvckd1Gs7W7XqOS+L37WbSXctzix0xDWWOkFk+4I9xn+Xbucec03R5vKoXLLaLcU02LkV5/ZFahpw440oLiDX2+E3rcoVY/NqjHlfhIj2KfJOkN0cLvgzRuCDapQ7OXYbr+b23jsITinLAWVln7G3XYxxKKotwcRXhayboEqNCnJqiEUEAxPixUKNeV+L1LmYtexwY1nxHM30hZ8NSpiTSu1Gdo8rL7VFegEqdHMftUm/opo74xqGO/wxPZd+sPwQ0BfSF+m8RIfXKqGr80H0QCm50TjQb1haInmlFDN6lxThVuCsYg7TyIzc44c76a4u5jZXECaH8/j3eMNDYS4i8+Ix9KmBw32xO92WN/pO5suY38TDKi3Y4vVFyf+FdPjNSrzLcd4pB0n3eUpntlekdchd6SB8vuZoD3Fc16NW4OCMv3JNOFjz62YwW42J2kV/LbOTxeeZrG+8ZvXOEFaQwzeYWwSSOlcEvwgZnl1tPYR8do3PtqQueYq/bTvnOyO9SlffxLdzrnTZFog66cea4CVbhNSbu/cmcbU6Kb3q7GKjONU9yBajgki3JXg6IniIZONJO85rkMi/EqrHRWMDrrXjhN5+h12z65jGz1Ywiya1djkJrNSOk/i25YbzHoRvVi41y1l1EXxQDnosLiVjvqQAtuP2HqdNY+x5N3NQgxYKtJme1+4xKPORCnuoewj397nOZeqQvxOj5Tg5RGhabVplIHQuEqlFo0ygWa/CYE84S4MmFk0O0g9YH4Xv4MTmXciq6cr/V0zkhDOVcJv1HhYYdKTjLkfSXjA9VhCFYoG4URHsB11jB3o7asU/VfnStMyoJB9/+03ldirpLcg9RKPj5ERR46hKxDO0swJDJRtFKyWcyIeiONbXEjqG9dFfnVxGtDHla0phxjoWsxXHVSI1Qa9WaW9/AGJfuaeOtNysINuiPHfRH37KHp/rKTes340M6fpY91ttE/ratBO/90N4nuZh0OYqzLpc4yx+VsQl2Ns2BhK2e6i+nyLPa7zJd+6OlYyKh9Ps8l7029lii9Z7SFv+s12lWUR7EzzowQkcRf4Vn9nKaZIoTC31gq8mRVUQx7Clv5S7k4ckHn78p48XHMZhqmQTPyqFHJPaN3+6rR+K0xHlvxqs7dT9MbE6NhwM476VMRNdyhH3Ga7kgZZz3jxVQ0Uv1KbMIiJaPrqCU3dg81hm+0K7ARw4z2qGR6lWhsyqKwBc3nVmgafU1lR0eZTRSfVfuqkD1XMlitj9D50ZiU+284e6tsQVdjf87vNsIl2h7pZnkPtccGi3KYvN64fsM5roHj2917nbf5STFGRfG5l6ESndzRbmelGFNIIgGoPnlXnOnWc/sjXar1oVnlWjjLXWFI1oYCvKWqXcmPOMINIo50tnuOO8Y9grxGmLbamB/iKQgFvo6sbmOMdcs0nc2vY4Mlrd/PPGuES2f1ue5qLinfr6PRu+NcevehKW33UKOUZKWluZfcBqvxkaGNLGfWoB0U81DBB5yLmcbH2sJHmnJEdLbmGEJzndQ5jdkm10IbbyuS+d5XPpdcqeRvOrG1EWNYjNaD2B89RzPpKJ/CaE39p2fxevXGdZoyb3bR73FcUKEarS3coRVuAEWHDsU7Oos39QqHKLEukpfeY8+FlRSRyDLsU85o9keqQMpoY1LkxUqHShGPo7j4m5ijSC9Oh41fYnhj38hP82d6PysLy6pAdePzwmgfFDYZCWWZ+pw91v+pKZNEvaZV2MuhTJSyF0ZE3v+0q/7HFdz7cyKdJpacBHO8F6M63aiNaM+Rf5TL8usp2Hb3i+z7G5Z1c+2QtkRtqUba/63bDyvytKi45BE4j+n5I9WF8XgXOqJr0NpexlrOOso8qj7A+a6LdRzhH0S9o1m/wKX4aINQGPNapfMxgw724AhDcBI6cinBkD7dJOr4gPXCoZGHjYx0I3PpKl7NyohvGVG8bnwS2Sxj1UV5DyV3r83x2/F+p8xYJL3HXKeTU8d8sJ1Vq2fjej5nBjGq8KvN1KGVzOXBTRqrmTqGcLwJxSLtZsxjLYAwxbJGW2OOsZtxs5ZncoZx5KVuaxzkpLFeS2ZBer4K5xrEl2iXrXbi8sKjqX0Z+2wj5BHGqHxdDUJ8JU2xIuLmNehkTDZtkDxAaxDofFmonukywIWuzOLpnOVJdnRWX+QOVzlanK9IDs7VlfYvtikSvYrja06P6rIeHvnbdTVIVmoqf5EMnNXx6bsSj1vv2OcgyXNXj1LrbZVf/jZFnueVuNgdysjgQxHLh0O05CyuYNkpv/c0ezKPNK6D4PLpW4wat48h2XGIX12pixo1Us4ohGFGJbdc65IWRnyealUj61IWNYqkoSz2Q/RQ8zY1UP3OvcQ9EJe6l7kWLnctjHcn8P8nur9xJ7lXuDaOdQNMdilyTKQCqlmMKS7xo4N4Pc6wpd+lFuUDoBHVN87cJv2heSUjSj1uPdfYx9w8x/H9uXnInaOPWylukzh1Rx23chDrZSTvXKl7aVlByqncGVOYK2hjkZK46JsTNmvS2643eZqJvBf3knZcFX/7nAhTQLCBz8HtEXJSBfeuxBiLexThlE51p7lJXOXWR6gqr+jP0ScvG3QF1yfZi7z66iLsga6cUVujtlFuo7pnujkJRmboane620+TT2j/COlScnZQC6drOnU+5NOszr3GJY9FGnfcQkdNdU4C5TYi20cnJx3tpHx+IG2VY4XhWOMM8TysyOMSOf5gNa4a7ZIroxmX9qi13Oz6vIokK9MXJOb7KC3xzzTyOUYvV+Z+C87QJG2TbEIUNMOVsm9qiqOmiJ8OehJjSRMFVWOhKZH6M10678Vrfws66HhslUgZ41FgCLZOkdHKUGx3mamPYs/du1SANsZsd5EiSe89FTLymMQCT9AuGrC6MdNR81xvPHI8b5G6SyUaud71Ud+PwEvGBxGmUQ/GRRQr10vGTaaLo/hNkueQoqevaqQSmTta5RQOhMVWBMpMQHmJztAdUYf5rKHuhSmW8INXcY2mDHg9mWd1N17lPB0xMjatzFm6g3Wh/h9tkeWH6fd8PUK7ijxGz9AX6PtVFar1MKOSv0F62w0uaanr9Y0uRTYREmQ3POSQFkwnY3eDZpraIG77B3cqxTqbGhnzfUZq6Grc5AqeR1UjelNbo6vxR9ai8+WGm90a3MwS4KcG1SLECiqX02REpib7QldDduFHOl6bnOxNf0vNYjyH5cqKUD/I3rc1onpqoRBxDNhMnas/xy3ks57qu2h6MgoHifeztEJPRzlVzLfr0FSms3CLu7ehsI+RxjhrjntV49ckNo08w+8092BsOTnXJZtuHB2fwo3Gc0xZ25Yrxh8MC5s0RSSPbozkm6+O0G/qifhAD+YMRx0bs8XRTpmIRXhR3WMcouazBeYITbHjp5qPGJKJgBCS7mOZtt4h6qzGMw5R2KPQFqG8gXEh7EYJpJMieaaHWmLUghA19lQxFrW0ktU1IHsTZfIWbSk3M/1xpxrNmZlExiOvd4ttzjkrgzJtzl5GdUUWrcMN2E/1x6BmWiSMlp+qZUYlY2qQ3enwyEIp8yachjzre0TfkDUgDLHAuNagVr7gPFriuf0IZFYoQmuVfsSoYT0qliJp1z3ImJVF5sOEOeZIHLUgyHbDx4Z4wF+ANQ7hNxearuoPQjksMhcbb3D2xSqczVnTInQRjgNqZfbn3o9p5Pm0mxyI5eNmlJijo+zRvSDo463Nv+g5hvRHRiTrQ7ZJsUBXMrrc8xxlRBh995jZSHbKMK7Uh2pwFBvaR/cHneYD1cvoj1XGzciYdRx70IsR9xXKzDZmx4gfkg1XJDPSMyiSN85OnkKB6u+k8SxHk6+M7Gy7Mz9YGela8bMA3ZBWsdZSgFhreY4t7g8ZKVzKnvlP4iZcyLb4p5w2jmDeXMhlCbPkVk01F+k0GhhFgay8DRjBWtbzTg1IEn/BKdC9HbLrvugs5eiE6+wGhyxMr6KPrsIIHeAlx1XrjNcZQ2UE61IvO4o92V9xFLqZq9HLtvEjuxhrHZJmE+jDWRJHaLLCHa2KzRlGFc6MZuQNvlV51TlAbdXFWOcoluMeZJ7xmpM71Rv4ZIwtK8W4SQW4wPiJHoIaHn0N5ulTNNE0WdXe1Pcz/QsVELZVZ7zuvOE0IKkor+FPNJ2vDeypP1BRPtbT9U90Ne7QpytC9xnPlrv1ThpJ5WM1UpyT79da+iNzt5e5PVZNo8UuQqyp5zeEWXOfCrA3z+g+Zj+sVIuxrxlgP1Ohg/mp2t+00dEkfJviPHQbsf93MilfyoFmjCHzY7aHEWV3NvtFN0G/NbI4sjEWbEiEbyNZk6lUyLZL6bW0SvpmF7OStb8Do5xwKfSDp5uWFc0rpet0rHN1YytwbzQw6nqpW4geakNEAXQLlOTMMAlGZpmX15aUkd+b1JvOZfgR31e9rt5yaIY2OlR2q2qvs3jbie3RGcDK4nUlN1xZbHLS2OxYuMIiqhzPiNonRna6Y6NYpNw9isirFAW/XElutb/ibfUcZ2Hsbsb5IGjvHKFnQaSw/GidHM7KzmO9mkdXoT4Jtgr9JmSV/ogxVDJ5GCoS5dNc/rdNOhVZiWkHnasojtbknSD83cdytWi7/IOPqhx6wyHNZBokyTUeD8ULHci2407GT8zeJqE3/NQU1Ani5qRFt1WxZeFwU05+iSmrj+zX5zaTf3CAmY2oUXL40YlCOfs+VSP5xu8Ek1Bx6PyXO0na91R/oHmiqXkeR2GTet28GnVMM3RH9pEaZFpszaObyUNUDQZa95hiq7Zxq5uTQWIrffxlyRP4AeSOj3jWEFNhsPk+W7dONrMclzjUVGhQvzR7a0KYyLJ9lPD4fmhOZMmY6OUUk7jYb0yFvY00TjUpuuc08zR9iikyM9lrKXtgZ7zz5Xm3VVNWc5cpoSdnpqAx1EU3gvm5w3N3CH6T3Tqk0QrTixEuyfIqe1pafZV1j2Em3VfQLjrdXKmK2LZbhFVMrVuZWvNzZlJUfu57FEM7wiQqJakolvdy78ni4PJJVo38PbzQbu4Ov6O+yLgVLmduHG0SisuZpoUq8yz+Qkf9MY2A+YpYFM8zCWv5fJPOSYULONJIqWR0dtaqLyzGpHBO4ZwvW5yFdglKOe/OSkM0nNtc0tiTmOv+0U0ZNVDu7a52DTcL07XcTbDdO1z65bpZJNwqjEWGb1qJi17XeKd2oRMW5DwFDtypp4DbeC+2rY/AgY0+AtSC+AgsQuwj0PRrOU8B+utg99bAwm3Bzm6QLnTesb7eDVLTLzZ/j0StxjdJB6K1PlXnbpHuh9whpblU7r5oxzdF0hrdFdGvnd8WSYlvcl80N7iKqVm+lrsxesfK3Rh9k9seam/X73uodP6ND/29szuf+KaAyjV310PP/123PPSt7+qeJ17p5m566N23u+uRnv7r7np2/ZZDxvKvvuegr3x/bzqExpu766A3hY3UULjNiHb9xqN5uza10dSyLd/pjD8GVzVSYQ3OMeooDnWHFm8qtSObt6zv9lbvP9lN6+/o6xfbldhs5lvC6Wm+LZxH0cQaTk9IIqfcdvm1YsvuZjO3W9bpFN2OGFXYbMYW3XW6Odtte3PXeiz2xM3mpLz+iTWXvrsja+5m8+tZczczQpPw1nx7rnztqy26m80dW3SpjW9i091s5tt05+bNSVOr7mZzx1bdzeZso+l8bm/XFZ6+Y8uuzMEc4/agDrF1l9aDuBG9IxSbPZxr3ST+ZMerKE+KcZquwiZ9uHmdW9iIM5qjqKP0LPc0nYsHJ92yrx7GfezH87/Z3F1PQiHi+dg1O/Cgkq+2AxM1/+vswDL3hCmTP/fb24XpafOW4c3mtpbhBJ8T/x7b8K5bhmkEN7G9l/ZQDtl/W2snlds1u6jswv9dy6hwoq9jG40ljPwT5evYR6X+9hbS5trdFSsplfu2dtLC/xA7KY31qyylcvZ+O1up8K3vr7X0HWtXraUHfgtraVjwXVtLZcfvir2USv67LabbaKjfmd2UxvKvsJyK7vZNbKd8Gu2S9TS2acrKNWfVFNlt1+2aIoV8d5ZN6Vls26S/vnvrpvT5m9g3RYr7+hZOmdVvYuMk6fmOQPAqj2lHNPBm4s9mFnuk0IhvFWP6kMQ7I8JptFCEVhGOlkjZe9lXq1dNkm4fjDKgkKycMasiJB/BuKJ3VyZmsE1MaliNX4wxzgTr7krjcFtFHFYwrVLGw9wGSbU3ammniu0kxagBYU9Ki/J/wXdsrdOoTWXzMmXX5WXfjtGQ4h78KXgzMSJxbds3E9e1jTFjN2FeMD+4M8ifKce9w73FOaRdDRYEC+2vO1MLgl2fpQVqQfDt52VBsCD4OvOxIFgY3BVY+HNQi3tgYWFwd2BhUVCLqc493N5Cm/4z7U/V70rvCc4uuDe4L3gzsTjIn7X7gzuDGBvKiObmKZWblfdUORaWEGdRBRZ6Ghu1ZcoMxXPRB7UYbdMMpTAu61g2fp8SyUaw3R4Icpiw4yyyd3l5NsRRbIEkdKvfmXY0YxtUsaJ8HyJ9vWF00LPNqawvjSeb1FZqm6In4ieUB00ibOjp9ab8ItRtx6L9Hj/5xO4IC7X4pxlnl6zEbLOY/yYk9oHqakV5NHbXL2qpIXmKhhk2XsH4LyWjes6/Q7ljKNOXqWbr8+0AX5iFWImTShQeDKj/8Vd9LDWXcj7oUTruwyB1tarFRzpjyb1ngE9Z89qg+mIR7lE0G9Q6SXQkwcp8UD7NrVutCPWsCkfgnyb1Xdo02cI62KjCjfz3dMhz4nxDMcs89ssz+RKTMo0tiEZKqPYLTcndRrxtAnsCzzZPho231adaekSzPDWK/BFKHmfRevjYS9dg69Zy1jhF+5xBp3JjeVqHpWb8/cHGVLyCN/UyQ8ZJbVA+xrtxHAgFWdD24nzacVa7wYbkkP45S4LHsBQ+CPNNmZXzcD7Ow285/ulOM43ZzDVNRi62UM9zF0RZraiHV+3SVy7gzFU0X03zUF8BC8/haN30O03bl7zTraM8pnugoxa7n2Tzo3pVUX7TDWp1lOczzfT3Ip/rpqpHuSVlR1iSIy+OC6Eebdu+2AGvVkQT/RTlR6eaf4bCDLXUJB+huxHiOPWZ/blN5/xbGGxQHNg1Fo39eEaZpxxPS03BCs+h81EWnCru586x+UwVI/MNNr4eLp/FCPeEzTfY2Bk2X6wVEF6hZOgjTTBrDTbEk3UDS+LEK6j+q3bVl7rpBIt0ug3cP8qoRWP8wKgDZco6hnMIEaXLjdBxzMd6NeYResMYpUxLsktJ+5IdVmjWBmVolz1KPLAOD5uFjdJdnA2e+RfvbImO7IaDjasaLeTUCkXoSSvFnCEntmRtYMsP2YJyJeqZP/7SLI1yVdGuIbRM+uJDsFjGKoPN36fc0ycgpSyWteRZU3nrl+YWO78dQscnqWfvCJPfYqmHEA8pU7OFd2zi6pTtQvImvWFI3iSiZMqBVY2aSLqiuMM47zdZFD4rOJgz727gfOa0FhsBh3xB01BOtnENLNypOqmsLbyzk7qe5XfHInqZbVJLa40qzMXPrA42RSXCkfpE6+e7WZtOrjrWJuvd9vjYDVQDYeCyV8li3GdQjKhgRxNG/snKdGgHHqBXmbl7NstJI84LuYH4uvWmJpTPDRxdFyjL2M34oUkWAOnPIN4X78F2aP7uRpZp1LS2rVMP0wqUaZXgOiisMS383aRcUo5DuT5SCNV+sPBb5TohI0tfiIRjoRs8tcSgvSR0T2jzVEMkcso6mcZKylDgECei9gVrs5OKT89cDyjHl2Q0je8NUqyVhmoA/36fpGOHdlxKSdage43O/DXKD1TgzDPS0Re6M9+jPHxna8qRQE/Jim+h0KE9IKXSKHLolDrSauUUO9LvxShx+L4JR6p9Fe2f1o5Em5hW2hmlm/bYMjyn6su5LMYco5JbXY0q/neO8Wd9KPf+A6uM0SKp7Focyvj6hB8rs0G84GTesSujfj2PiTz/F4Lm8m6um6tncUxCkVmmU5ybzncI71Qye0n9jfCdtdiP9SOxg+X4hex2rwlOfbz38rHqBZE2lbdXaac2vTknbliMOzVZcijDx+NmFvsbFoSfWfjCzuBJ8wpNa032n3GIz9KclvWkaXFW9Q3qM4vw9turoao753kWTeUzQvR1LGQcG32tLMocxYi/245rIQYblFn8blCWjRRziubwhWlUxCu+GYJwTuKjzAM/4Ts2QW3dHlX4UZXLW0GcM7bekNZXx5mieqk02jg2Cvi2YaydzTvvSZYNjC6QfDPlTi7bBc1awo6zXdDzAsPC79RqDDZ2cy7As0YfVcmZXJdzpNYFnC0qwTn1fqYILfcopt/nDMovc0GUu6WKaakegw1Zoz1wmIozy9TjWaMYi0zijPlfoVzO27d6THQWDzN+qfopma04L/Bx6lhVz+ffBRiLOUZ9lCevdRSRcrZu7ruZqFSuZyT1/snIzxt3uz4nolSZPeJ4lC+pLffqIPU3O4v91EglWZPqkXVWo2m7h6nBBvG9mwy6xYnX2Udbx8dcbLLms4wvNkL6QiqaucGGZBjcoPbAbwwLVWrrVrLskM2mHNeY0qNc1rZPo1xsbxhNs7dRC+VYalJ+NrK9i/wXl+2LQYok/Q80rQJldM21Q5nCiG+l7VgKKGc5ibQWKhVna9u6NZetjfoke2gZZyB+GpV8m0PZhQcby4yQ5aAXuQ/Eb7MsZcnYD8JS1GCkdYZFeyQT5TncoKqxlFdSzt1zI7qX/IFDmRJ+RX5EW62oTXkWa3chzuXsJDQvezmUZ7xL1Bbdq5ym93YoT+qnX2qKXbCPQ9lKVlqdOGtYJfZ19mOevT+ebdTfnmnz3ehvDwR/CRbaDwTfVIsbZ3y1drZruhlpVQ8E3y+t6oGgRatq0apatKoWreqbalU715k6aqmVZq+JWNsSTKL2rHOd78ZWsRa9qkWvatGr/q/rVe/a01hSr8Jg42RIxjrJ1EaS5Lv2e/b7nNGOyg1VFjbZclb9RLdoZP+/amQPBN9PjeyB4PugkX2q2jv/Wp2soeC6BGleSwK6V/uB+1BQkt0ZvuFcJeiGFIOQq1vMcR99OVfNWX5DQQNnXPQx2Fqgye9Ac/0ko0tVRf4GDiQO4OFgD2c1RkvunNSRVj1z9oaCzeZQc6WSMvdHdYnnkET510ChOqWidsmzmjxAGzg2hPxB6EbxdT2aI1zS2Nu5iT0PKTO2eO5WGBM1efYsDZYFx2BQYi97euEC5WKD+ki9y5LMlryYl3icr6IjHgk2mgEOcSa4DQVn+UuC+QmKfNnUbOTLjewt1weS9TL2cHpKPY/dlWhw7wiH4n5YUZyEPNtiSp8UhpuVmNNuoqZomKGmp+YnBqn/Lsh5lsp807i0PofXYJKW/ShRFha2gLLdLMZEnKcD45lSV81VK1UYRQyRH1gDiObX4i61QLsc/UDYP3T+P9dGsVd+O+tQHUvB1+iBanY2zXnPKMObcBDCXJydfcYaagqFJzErda0hvnL0zmR/H5rRCj2JPb/iKICFjhPdW0r+N6GYNMQf5WNksSQgmmhtEAolyd0rFeWM/6FZjV4RSsySgPYXeYE+GlQ1yvh9+U1uBbeNWtmKfG+VDWrnviq3GGebwue+Ow8V6mfsn7JBfTPvlHSjdwq1OEFNMz7nNZgcjeqr/VLinFB0ytPfsYcKccdd8U8RT0GRyLKNfio0n7GXymfqq7xUGthH79mCSboYqzjaIoNJugqX4WUn3XjG1LLmVqDcKBPtBnVE5BFbzl4YqzEDu+uhEV5hA3I1N2nKD/U5hpqPBRnmGbEv92qOZRmoKtjvepLuiC7W3wKpea9J/l8XGJO05GkVOS/NcZ2CiUN9WsW5Yo/EtRyztyrKGuWpeO/T/liKJ3Qdhpv32gt0X4z5UhKjXdkfi2wqMcHqz8hEZLeqw/2Kns3WRxRU4fGgmP1WST6/15ykYy9v8uuqwnHtqJdrObYkhUmaIkDe597cxZk7aRYEYyOeh/5Yp1J4y3wiCKI1am3dyXIIIb5UR6g1J+sRWnRl8l/ukDw+2cEkz7rPOIfmk4HKi+q6S623XXQwqWf3UpZEzuolX6M6MxJJTNLVWOHWRNan5UFtlIdzOdvSaFz9cUwizbkafxKtXj8IshnlkOyoiUccGmHpDjUpjnIW5ti3Nvqp0wlAZSXu5QjGQiQ0kS6qMw5DjnuRZsN5g81KjGf8zAsSdCYNTG7Sba1Z3FYOT2KDGsKSBXlOjwadfiNg4+a2lczhY2vCG41RaDaK2Ue3oWCOMUlLzrSh5j80ZUrfC7OMAA0FCdDvueoMQzIMU7kVwVPBMcYk3YM5NXkAbWFM0hMNV9vEDxTFTVGWTs7QZk7SUmtl0FDQLUE4Kj04o9kqzl67BYL+uYAzmCmM0bS/M7gGvRIW46I+HSjMw6qgV2K+2sJ5zaqjurS/2hpZphv5xupggint09w+ZdHpSG2eUTiBd/AITdkvA9QH1amg8URa5b6t6vBnfWpCPKov0fWcYXERZxut5jlbAwtd3VjzTePgcrJXEHZtJYYyvdUho2vZ7/CZoB97Pcbny9+DTeoTo4rjol7R/RlnuD/bBaejCv9oXYgVxpPWfW1I2lgTrCxN4w92g2Xhp1Y2svGJF/dwUxA/R2N6wZrgiwLFLc4xLrfSeEo1HVMS7+x2InuxllgWng2eC7K41TxANxSk8XxwXeKFiGucgJM17YAOVhYNBeSlOV5fg3+ahMjzvlqp6rHWreVcpDIf9KUXm3xphJnG1VaSucgotc5dxPxTqI2kH/riGW4AqrUYH5rkY0wZaS+3Jli5GAs5BWNek47kgN2szXoMBqllZhqPKnorp+FiU87z1ZwPj/gN1dmef1bhFpM4aEMwSVcYt6SyTMGzVW93rhrDHtPEt4lq6eymaJh0Yx/2NQdydOQeX87OXI60XKXkbQNqOcYiCeHOd+hK9EqaVpalj2cLctLHa3qgykkf4kFNGh7JJBe7WcQySAPlIc6SHNOAQZpWNV9m7YfjrR+449rcpUneXcUS6bayruDA7Kq821TS3RDhX6e+1LBE3hWP5ZzES6vTVOJdqaSNOpZ0RzeudnWK/McPgsVR6g4+i7LYLtBaB9YtKQsvBUlMMyhL88uBMhc1lgii0dDMSVTsBo6GZf97lhnHROPIyYvyJMfD5fmEPLlyNyvZhqTkVwJaOZqnzmxbEGqRmp0tkTHz68Q1pFznRq481NyRrJnVZQWysmNAlCNRAGsDbUncrHiQz1WxdNBc9CzJC3EErewJipzdpGTPfsLZQ8dggY65CPEQ0nxyM7AtP1ll7ho/WWU+3YYiRXfMTXK7TyLpmo6eZmmgGtq4l4kSJeLBjOw0lY0zXIVXg0qWOdYFNB9VfG5Km1saS62GBZFOjsRrAfl2z+Kos9d0CsQVXg9YAzXjNcrxkqGm6HPU/zYGlZUdHbcr8kMln29DTUETpVbbKym7fXt0nm3bItWexD2SqA7qOZ2ibwQiE8jOFplgI0sMP4HFeXLlrcVetKsjWZi8JGcbdRyNly/1EILCnaq1VRW1lZN7Nqi47Ho7/hJx4fVBFp9ZQSR7yAk0XoueJPJNiAoVSzjLA7JX5Es4W6JRxWPKl98yZjZ6arEsLlJcc2OX+MAhqISNs7WTJ6VINGc+7QhG9Bbm56MjLi5jzY94k2fNoz5uUHHU2yDt4s1mkR43KInTplZmQUWRNfL3rRxXPsemM4/ksFxvYxls1pf68ZOF71gbgvGJZBNJbBbeV/lSmMQWiCzWEbEstiRPFiMs7IDPU6GzoeZUXM3rdQ0UbtEkWUyFiyn09WQbS6g8hdkkuaASLyOWgdvqGmxk7vKuMVfFbaVwX0kV6i2KfqX1S7EeJvM+lCMhD2PaqEQfo3mkAMEJELlMWi3GTENuS4SDkZWgITrZejE3mciS5Tyl+EydyDlx5S6aRjoG99rzVRXexEv6rOj2oJ7nnjjaIvXt5CyZ+UpYWeLxRWjg0/DNYLVFEl2O86yC6OWHGBpF6KifbkN9I+6SZMs49WcV5YF3bv1yfet5L2zSqy0+VQoINf0GtwZvBUQRGwM5NbdEO01ujmYnSX99W72XukWT3CptVnG82h1acbTW20Euhoz6eWg2wGj8wlxpKDyrRzdSUi3fhozCabpAf6Zm4Q9KYsg3BTTqDaoIm4NO6lhM0tvyuM6YoPLPM3pfhTEcwbLMTDeuW8xj65mjztWf+/Hq2tvxwJxkFJ93FDk0MLJIp/FTbUWykmh5IjFZiN/nztu1jT0WHro6b4XyNZSGAmpjdYRwF3NrOg9EKswfz6IIcWCoebRJ97RvBCuC+PxJMXeiJ08F9U4PVQvSX2gfNNVVJmlXX6LlJJKekrRI9UR3IST0vqxxjuE5IVvPYCuOEHeYXuJyhViEw3BXFFkxMPLyIE1lSKTjkIZjN9FvYt2RdMBJujr1UeqdgPQYwV0fpH7FMrq0X4yfGqQ1V6ea66/oQXEfhAosHJrdpLvQvnWyGMhIiKvYjl6gJphDTdIWRFdY44ju11RTkC/sWE9owEfqNZ2jbLJVNbVZfR+tVM3ZpsZHVqmY0vOjqXK5R6jfy9UC/V3arLa1WL2C2FKV2qGlKu73Jcnx/P/mbVbbS+R0pznbOCuxc6m8h5pm1EbINnL7ewjfdtuwLOIfSfbMybIGQLhTNltQNZ8NVaC7/rURr5lj5FtSl1kB11mpyKY6uhmb6scRHe3IntqcNXX0NtbUbXXVEjeNd4OT2+Tz3xLGgd/PVWZDQV/EOYt6YU+9u55pPFvaVL8hbXaP8pw22x5vaAvTjF/xLY3MWwq9UIsiLblUrkVs/Y//bWsEuIEpQm4DNqiMGd8FlCN3F2ChI2U+Yak/X3ug0/g9ln5jPk6YTp0xkXOGVHKM0u+NpcEp5U1vDGKtKb4zGNPkzoBuB463ZFaa3g7EJ614OQQYaZ5hci2TbhUsrmejsyk40hmsdYlH9MMP3M1lJVl6Q19/OCUjpn5ZWBo8FcS3DtTbgM8A6tONOtYEt7192Kryazd/C3FW4qXgDGerLlbif7EkIMT+tW60/8xM3r6mcyWrz2JJbhbLVcSnjlYKpyTpbuJDm0q5WGUQhbTHnKAGs3Vsk5U2ft5W7jeyjGtG9uX9jUqcYh6g4zGTbbibCvB+MD8RoIpXX5CEOuOD4ARdh7TTHi+7uW9TJPJMg+zVCh9ylqCPArJgiFVltkFy98eBnKBzlc16Wf7ZKjck9M38U3YOW3xfTlRFMxFbSD4h/h6MIe8z3GKKrcTGJ8Fp2sZs9Y8gy0/kvPyYZYJe7NdDFo1aTCgQq8rHAVlVpEcNBXL6yElUi7jEsa6USDcjW+R6eqMmaZDqlGUr8WkgdRt4vE2tIr+zf+AOa/NQ0GIVabGKtFhFWqwiLVaRFqvIv9cqIvmJPov23KISGuvnwVDz1hZ7SYu9pMVe0mIvabGXbGMvWaRa7CUt9pL/K/aS39nfzF7yO7t5e8l5Tou9pMVe8q+yl1xiV6LWvEuXZK9LfDObyRAVW03ozf9w1Clxin2t2u3sJ4QAPEj1x7N8dln8u3k7SgV2bEcpxHh3emRNqUDz1pTh+CpryvBmLCaVUY478TsWtNt8y0lV4/tdtTSMZpzUnVsaqNVdtTRYeHE7e0MHnbMIHYlzUIv7CXMaFehkxHahJdGTKsRaTnGEt12BuSqnBy1hnGgpQTs2jROsbKQNdWZt6Ar2C6xATiuq5/fNa0Ymo0U2334Dro6wzStwDTriNL3FVLDoVNOkjw9FA6aolWwjofP9aqRwptnBkhqk0Q01j9ajDKKRd1I2RjLvmKxJ16Jnd9pjsQFDzRH6n8FkkzKB92tErqXT/bHdKLflVdibd3Uv/UVA+NlZNUK7OLNwMUbp/Y1jjD9qjz1RKzAukNr7apHhZBa6oasiPXUuSxj55YtVnJfPtbYEldhi2ngNWwNCdr3OSPOqi3RXj9edi8uEuwhHjufoLP9ixs23sVQJWi6h65ZrGwgrMRR2HgZ7Jaj0YnTJuuoFdLBWqh6sE840xA5Cb0mWvgEvoFq3tm61hxk1Kfrm/XjMuV/N1nept9VEK83nLLVIUnd77oNoD2caOdvW9rY6QXH/Klsd72zG/g8xStViEj6yUvjAymKtluyK21vNKjgv8we6DvnWM2ppphF/m9q7ifc+0eOSaKfOKczF6K+z45aJGoQGprCdpOmXaM+sswmBWnCdq7i8RN3mrApffNnWpTrN71y1CCO0Cn3U4XnW239trIarp5jyrV5adtpq1mHTTA/ZxrEW4XrD5L/u0MOivsf6UJr/ohLlmGwOB/VXni3BcO6Ri7Ucd0Nt1kYWhouc9dGsrI5Qcbf9puQWyG7zVcHnpbm8OeHyE3lHY5B3S3bSphO14rElUuyQSTxjVUf0KajNra132ApHJ77kfz+zjDLRvgnyi6QW5RS6yKjHW8ksdEheznEbq6Pf0jvS7CqxN2qTybwyb/N3iln/FaqfYzxguo3vie4Ve0q/rYjyC1HFpdKoTebabk0ZFUIq6zees9RGczXjMVK92QblTTDDND7RgrSgQP0hfvk5R/FYlmRYpRgjoeQlPOeEx0+0aOFQxwqlbohbWa+mEskiipd+rYlWN83I5mEoVGDWl7rEWp1fYn1gYVOKLJ0KXzR+7X61Fq9hIpZhtq5iLONZqI92oNCfw/jkp/EYjuSZXMI8Jn+vxFZImh+a8W2tkNW6eStkRYRIbqNC36d2ZousQGyLrNax7VHsjk37sWOKJNqVXb6Ed7cgtS+B7GjKVSGzQuWsxvck16+zH7dIjpqlC9GGOeIS5ok7s7XNVbGtLYVqnW9r64yLHLG1xXToM/W/inj3EtdZpxepOJMk6cxLOIdCZ5QaZxp7G/K0Knoan5IUy/wHqwYTrQq9VBG1ncmZx+zQxs3JFLQRa4Guvo9pYrmRxUSrCktVjlNKVAZpj3RG9MIwwwlprCQDy0wE0SxU4FyjjqOmyF7ZWwkqcr5FrLJxfkX6kB5vBMU8zIiofhhjLVBMcjZ6L21da8Tf+8hyLOGb1Mb9ZsjRXsPZ2vTXQHryZ878RPpgit/ubdVjOERCEevwo1GvxCpmRxF5FEXQznqEcw8SSniGI5m3tbdUoHl7SwW+S3sLzVRsb6nAt42iii0vOQmlOcsLjeDrWV6opXzLSwW+vuWF1vibWF76J7KRPFLBuOG9jfHGCjeuPVtbOE6/Y5MeOYSz9gSN2Y3pjBio2kfRO/KtVRbxEWoh1x61thtLObQT39RH4CozboUkGcIN/1B1SNK9kGRanqhrUFRUiQLjpMRZZofIk/94IxntZoVjEjbqzZHowfWoFtEzfUvBDWPZj8rarH0vY6ttjoMVm+2RCPvoNK4ypyKLl5iOKL75SfdvrsVxDiG6oY/xs6IskmH/BGU+S+p8LliDNwya74G29OlltR4uriyI8yW74fZ1+jDOBvRlHE99o6FwRVt5H9sLVrMlYV+TSk7lW9/zEzbuU53KV8NFp/JipMI5RkF4UPSVD02aX5qhTsYKd45xtxPP0U3OIryEA3GdcZq+IEntUu3C0EaILlD4aYrGVYwFbswl5xhhOUnPrc3n1Wg8pWVM/RO5vN0NBcQxVhntcZIj63R6UuFT/2NUp04sWY1YyigKLUbOaOXG9EU7gbIMHVvUx7TUSDzp5EpXc3kZP6EExHXa416nuXoUEdcZT+knHbJwB2gVUkaTkarI+JtL/S5Gcbiwkff/uTHTGP3qht7OHM4OcGrEhxRHp0lWgQWqP59RnyqqST3clCgJ6XdGF4Xnu7PVdQZ9hc7ldeoXyVgC/kWJjXV6jlHFX9yIpLaxnyHfH4ls0oOr5xhNV4RaCKI+Escnvn1KlGk43cjjyUYkkYhNKYl4mqVmRdoOyT8WWoe/N0gv7m34XFIy1oXllLWwN8tlMzWtrQ+Zs+11+p1bXeNSu251rUBzVtd0uHO7awViu2sFvhu7a/5sfpd219hG8lV21+HY1u6649vAWIZp/jYwdxdYrfPvAqfjq28CRVbe8U1gP+z4JjDAH1QVVhkT4SkvtOCHn2J/vut/PrJUNn9PWIH8e8Lh2PaekDSwzUGKccyORQdrZ/ZoOndpzpu3R9O3dtcf70bn8B7JvxlbMEo3Z6EWDWZXLdRjrdhCnbNf7dhCfck3tFBf0qyFeqyVs1DLabok6J+gU86NOIHLFJjr4fZWbItl66EmIQnsqkW7AmK1LjKkJWmHWkhjj2Qng2R+er6/QW9ED3yH78zJjmEhYxK3tbiPTe3fsS3uE5VG/8RKjuBXLN/Tuq5TK9xFaqMm+WG+ouypRI8aK1ziyVSecNMF7Yg8SajOW+p0lgmfV6vwNmdWJc+SPQwLa3Ud3jXyLe4VaGpxr0C+xb0Cu2Jxl/NvRxb3CuzI4i42aVmhb29zJ31KLCbjFZWh2MpxbB89SJWGdJJxfwMZc1Or9Gb8suD0Nu+2+bY26X+tRZp6QDlYYqsQrWzO06/FNt1im26xTf/7bNN2I4bqJJ1Isb9MwZkG9bB1eRrVqVN1i/W6xXrdYr1usV63WK9brNe7Zr2WNlvs1y326++X/bquxYLdYsFusWC3WLBbLNgtFuz/AxbsP6r/PQv2H9WOLNjpFgv2LlqwSZ+vYi0mE35QMLxEYnu6mFOhMAs/tSyUhUnWPZ9Xrs7qz/3OViFba6oa5e04aol4zjDLRqlbmxT9kHQkN8o1Pl6dlPhngqT0qQVXuIRjWotUAckVbyefRZtwjjG8pNyw0NmQLCYttvVeKA93C4s5al2itEYhY9dgbLtsWKGnIEB5KLif9JxwYS3rC9U2bBfWth2UCMIw3D3cI2wf7hnuFXY1dqW13b5Ge6+gGD1ZszaxRmvcnLiccnHwulNLUzAkynZyFWymjclmypLMvIGycQJldoh0JSlfjGFWIRaryXgxikr9SI3SdV/qZ8vUntrGMjXLmYI42+9lTXDCd096eTl9EWX1dRVlP26aH1hs6FRDeFQSK9S+WmLVCtX+eTqkyC6V0ppDJ/BpumlbC0ukJbFL90V8AtE39jIpa/N/Rl//SroG1yUevoxztVxhPqjoDNjLdBkl/VWmmWEm6TAUUX26uVIVssYqumiI8ZzFpkuSsu68wjvwN+WUqcLlzAJJHIQ6nKNTrJHaGM5Is/erXraNH9lHFFAWle4m3Ru1BiK6sjDIdJmGko00c5UqjFCP05jMNgZ6v5HRaxclaDSECHxfYopBNnHJ8CzYtq0SNmZZHZHCZD6jJqOBTpzME971zu+dF/SNztFJwj8ZmPqk3V+8XhiLitJ3vVaZRFmNf3Dq2MwT3oteeXKtNzC1d3i9U+vP8/YJS/1nvAHuIm/bdh7wHvTG4u/eSQl6V5783FP+Im9g6h6vFxr8bqmDU7OC21r3DuZ7PYLDS3/uuGrf8AWvb+aXmfwvveMdnGqVWe6t93r65cmL/be9kxIvePd6+4Udwri1aU1qSNlcuTGZja2oVfizzfnetEyNH9qzzXneaf5JiY2tWmXmeeX+Gns3fz5/u2eqDQa4VGK2SSM/DMu9j7wBLv36hV+S3D9c5p3mK5961YCDU3dnBrjlyY4h/Kv9J76cqcsz9PUt3tDMADd+VpLc4v3Y75J61eubKU+OxQsezUirDPySsue9fyaopwenpPdPedc7870JmfLkAWFJMrRnoLuvm8x9JQam6jPXO3f587wDG2dfZqJVpjyZ9aXfa+xO4QvefO/yzAaPZptmcb7XKmP7W7xTy5Z7K/xF3nuZ5R78j7yDQuonvVvvzVVSa4C7pz3fm1X0uD8Z9Ha5Vxy86yWCzuFkbPG6hNKi1B7g0kz3wgBX+niAv8be3ZlVFFPGwSma25P9ja0uz8DvxZnFSpLFmQHuB36XshGZ8uThPD+/9mW9N+GlsuXeKU16+DTe9H8QLvdG+iOaPO+ZGoXH1ONl+c/W6QP8ruEBPvwNTJfdwpMSy72DQ5rpRV5PJLCXudzb0yZO+xdFlD7Pa9AnJQ7zy0rXlJUk6d8B7iHhnvZm7x+ZAe56/1WPaH2R1wBaKxrNE94UyMx0D6f5yzz6muHTWKYXvpaZVTQ9GvUV/ib/dKaX9zPlSfhLvAEu/R3XPszvEZ5W+vtMyu+W6l96aJjODHBLShd5PwzlC3/xlnjUfs9wsA9/iH9SYpVPlHd55gr/dH9W0WBupTwpa7vcIwqQ+R/gDg26pMZgkr8J9H1q5X0uuTgzwKVRP427uWeVeNW0fWpzmt8zdXRmkffz5AB3YOrv9n2+8kcHRAW2PxY1/iLvEz07A/8p7+fJx1SXVK9wuTff7xY85M0qepXXflbRbqUD3NLUrKLj0st5/W/1fsTUstDb4N/mLfNs/28Fy73/Cv9WQHxgvS9tLPQOTf13mD+KN7ylpoyE5u3H4WHhem+2+a5P9Dkt2tXdfRiyG9v47/qyG2hk0geivdtan+wv9oCKsFdyi/eTsDx5tt8lJe+f4D1P++OE0t4hrd0liUUeFM3ocenXy36evK9MVnEmf+Mwf7G3vnWp//NMSfLo5E9D2iOHh0eENMp4r9/rHeaPzMiOO9BfY/8snO8dGY4qW+4d6B8VzvfW2H3C/f3D/KNDaZnGtr//tN8reUx4W+tjwxdb0e4rT17Hs9A3lHl8wlurb+UVmuc96g1w3/UGptqVrrEf96gPm3n2G3TMW6Tlhd5Sb5n3CJevKDuqjCj38sxy7wVvVtF7ye5+tuxTdEvd67X1e6b+mEn6VLMkSftwize98CKf2ltj/6A05i7zvCHBGnti2UkJ4mLdUk1LLvQu8m/zxvlj8Y/WF/NKyLt+4VgcFxKdlSdfKZvnHR8qfz5RStkA927j8jLitv3DAW6qlPem35PLlSTpfBmLPmVPeIsy9GRR4y4d4CaC7v67Hj2tDH8eHpw6pXRAOBaymvO821oPKU1nuvHqt/XjGv0Q86KDMgPcY60TuAadVz1KT/A/hZwb9NXy5MWZc/3isllF69Uae79SolaiWaGs40r7YWA435viryirce72iWLneeXJ+6xf8KhpPfuhm3diuBnzvF8Ef/H6YYv3i7BL6gidWxviCieFA9y+mcuL6OkB/iKvHwaF1It+WOzf70/MHOTLLj8pPMC/NOgHKtelTOagXymdpnP9zr60N8+b7w0OeyXne0PCUSA+2NP/kU/8eBTu88aiZ2odU9qbTC+Of1JieWsZvczrGvvkUE6h9mpjK3pekuyZOsgf4A4Nu6Q2lknZ32Z+GX7qv10WU8QV/jIvUUZ8cwwqwm5lx4U0dts/KTEtenOAP997xqfzfb23xiZ+srHVtvNfkjw4dZB/aeayTI/SqZlPQXV/FZ6UkH2Z25Wyfjk5Y419dXCjs8b+9hJL3FKLzNIis/xvySwtUsj3VQqZbxN/OK70Wj7VL49kAZnXJd7GVmvsX4fwF2SEDuq9Lql8+pbxXOdTiW3fdWe6t/nUmelv+4WY9olOp/mnhHvac1Ce7JmK143aIblhYGpSZmOr34RvFZwaVoL2wBL9mLrbvjLInRGXZ7qWne5Le6fx+IaFRNXDrAV+jV/rL/S6+Ld5J5rUPq3XM148vp6peiPu8YJM/iho7YZZtO+2ePO8YzO/8ptywPgLC70r/Nu8z+2BqTvKqNYSr9bvmZrnDXD3st8q6O6v9zbkcUqS3Im6d9yecL+TErv58vf6XZDx6TQ4PRzg0krO854uXO4ND0eEH+atxWH+ceEyb2RY4m/CVPWBabFufJF9tvU0pirJoH22dUZ4tvWYOiQ1wCXO0SpTnJnh9MNMe4Yz016nmz7fDPrPMD62qfZ/4WzrGuds63HrQetyU9o73vqh81843npJNz2LRoX0jk6k4y3Tjm8W+uFpLFOjw0vN3JPH1DJ1ZniXXqauc+JnM+1lqip8qMkzKndWeJ4z05G/LzavdS42W+Tr70a+foJLn1X67SVska8HuJeWEeW3SNktUva/Rsp+0fs6Uvao8LuTs6WtFkm7RdJukbRbJO1/t6QtX2pe3o77Mt+TnfJdy93y7Rbp++nCHcvd+XL202hezn5MNZWo1+ntJWrD2FZqftzaVmpukX5bpN8W6bfFxry99OtGvmnV4Qcohsd+do8nA47QSuG97HTtsk9BGh9EmYaL2ta2pSgJyVZcHVIG5FPcPTCEvdCUsqJ8xyaqQ/K5O93arD+ApY6EC0e5IN+PvdgnoTrshepwvTo7PMe61Kg1++hzwmX6UvPXBbU4BptRaw5J/LpgTDg2PDe0QHGhR5viuSlf8VEdjgvFQ2CCepHjZk7QWRxgTzMmtJvYjtr+n3Bo0SZcmOijx4UV5Y+pwYla/DZ0254Xnh+OxQXhheFFoQVp43puXanYO7+P6p8qxGicbtMMdTVs9FGpxrdVeF09Y9j8ZpP+qCDFXp4F6iplo6zARVeD5pO8/i9IWZFXfhafJFupQ/EPy0JnRvAlbyvq58Vhjblb2z66JkyYS/WFiVrUhm3byth/F64ouSSkUpeGa+1HdB99WbgY5W2bn5HLoxn5gW46I63bjg8nhBPDSeEV4eRwStiqbXHb2vBKbndquBjP23305WGN+YiuZX+Oq9gbheJte3H9YjzF/sBHgvCZf6CnhVeFl7S7Opwenh/WhWe2q9/tmnBGmEZR2zqXxr7B8jkakepaeCj1esFCe4XOoKwxjqEISZVujGDIcgwDeQw1rfMjM0RrlcTe2AcZtRf6WBI5MEgtRhtGypfYAfku+aLm+/V3t8gzpoR9Y3TkZ+JEfiQ2LrXfsuWbRWiFM9g/b0feJrOsbb1N4jc+OjEK/WSer+Y9UGZZkzlXeP7I/q5u5+9aqHRlFPJFnz1fFa5M0KiGmmcaAQL1F95VOipDXjuWcU9CogFWsm/ZvYlKFLX9WB2DEW4xrkESf4JGgNb69nZEgQfomeHYqMSxiY6aWj/YClDU9kwji384tGaCB31tWNTWwrXheW2vCy3MCovazg6rw2IsUQVJknMSjb/IE/6vqivHgYgEJDR7fbiv2qhebzMxITv6HtPivlD27ZSlDMpjXYS5inIUi49THM93lJWN5v1d9luiGXWZiscwHzoSSh1lBUhZV2EjBu2wDI1kBnuodkOCd2KaVyDBfK5pbM1D2DayRqgyF1VjobMrsTF7cEycjWNQY1BkC9HPkWo//k5rdRDHUnVBFj9AqSLP60PQkWNaKJKqB/ciwVG3mmucxzOeaPQFc/BhagvEd2yDSb5jF7vEa1co8iUkrjyu7Vw13rBwOEe7UDYG2ecXu/+7Hmj1ThqDXIrkH6lr8aDztKKWNpjkZfb7UOJ6DldpjDfGgvb0M2YSn1k2ko7NkUH7I7eXb8Vi8xFI2cUcBbbAJS73WWEWs9lb/QRLejpIFeNYSJYKij5LO2+r4fqG8MbQxmO7xeNZjT+E5N82OcpdQlxtmiE+w98Pv73/K2u26/Pu8ulAeXMOt4l+bwp7JTri5tDCnLAPFI6iyGdMQTllqSm0cUv4iFOJFzzhND2ci1M3JI/SfbWrXNyZot3Rg/MFzNN9sdoeCws/VEPVnfYCe6Gdxa3hz/XnbirqwxHoUXApupe7qoA9gm8J91UWXjWpRz9F/IX3IVgFCcg3NioLt4Uxl67lU6USAxMD0JNb7VFwQaOvPnHoCbRnVQKVoBIDE+/zW4nKmAILN2ifvzPMKmb8AulDLlNQu5T0zUabQuLz95qUe2it8Vf4+KNN+cjnhpSloSOX25IgfnKD/siNW5c6VPpi4xHmi/HzP4Y10ddkvnPjvilcY7/P53+vhIUNbW4PR6a2nYVaHreMScabxvsYqBTg5NfLjST3jLzPt0Q5lGpY+knlnXwbMYqzEh2liXOPTz5SIHP1AUczDjCP0j66F3YvpzKyxve3+4mmOaRz6H1ko1FRxoiUAR7R/jY9l3Ei6u1N4fuRVEC5rdqmaHwjUxZ6JSiGihC/hW6kNSuqfRlCfGi1pijuVNxjkR7q8s4UOUvik6W5du4ILdxjiSwkcb9uROmZZiM643Mnvy07ais+gfZi6UgkI4rG3A8deHdS1KTGgbDRCflnU1c+fQ5GlygCM3c60bl0aOOK/CnMqlvNhfbx+B2f4OM4nvkI5jAu1pnFWOHSahjYurUG51r7c66SfTX5AdOvTuoKPQP9kTYl8uZya4ZrYZN+KPLsPYfznmEb6YzqSk2ZX4vlJFkx4W1y5k9IBSCeSJHtGbOqCcd80AxwZWIGv0tHmaooFqOa4xcCjLZsXGkQ75Fo6ASKcJ5OGQ8DUcmmK5TYbn1y8gCVzl+J7dch/a1WIoFLbfm3NpJSCZkmjTf0ZEzStWhtTTFcLZFjQ839jTQ2umnMC3tRriWOtOmMe91eqDcqsc5e4FJ/5oe9cLB+mPcJzf7r6i4EuNKI5WU5UymSZYt5riUZoWRlaF0maZoxhQPcIJo7wo8QiX5c42oe6K7RDu40iRIuj7BaqAWF2/EaFEpNkccuIcwaHKJiCXxM4wrHq7kH2rPGSatt42fGpba0leaYp3uQZXlMJO+mq9t0Zf9mKhzDkU7UjxSPZZMm7/Rkaj+jkFv5PsuI+Sujm+yWGbu8Bi5HpuTWQCKnmluDnUvhKUwHaUREfaQRHYZpxl0cX3SjnW78TXHwD8DGg/gLIwa50XoI5aXROZHFnRzzejfvswrs+r6Tun/mujvff99u9331nrC/811R+y12xXQIJ1iMS8w6UBTYpuSCcGH4K53GofqukOSzheF9bSxc7N6KWmy091UUibcwHGX+OZSvf3/pvwgp4w2DzgSKLhyAatXc6RGfHfnnhVDuVvW6QadDJtoNiWY4Oa3xuZHVYVu0glhXj7+TwxjYFlWguyXP/65KkULZLmA3kKb6FkXMq848/wllNbYdYg5H6vVPrNWnGpUJG9OJ8sPTsgE2Y1H4n8W5qXeSeXQ6VKSXn9FG4bGCdPTkMEywCd/E1YTCs7u5UadxT9iPNYf5qhqVuCbZV0ks6X8Kz/6+n6a5WbSazONuoDFLn1L8vC3sZmTU2vDePJk0o2JeLO3smCPbqM6z23XnrLYp+CqL1mpnnDlAuUVjfBM/RgZHWXRedcZzWuZXxkyKyfd9FaQV4iYWTmxn4UqD2rwnQWVu1GLLoicJ7GtVcZ931/d/Z1T//xO9x610UsfwnUa5dR6qjHsSG3mmZW6Jj9+P1QhZB5KeE/bUNTiPM5k+mgowBFT/4LZXGrRinVNE2zPYzpiCZUziSEjiTGdFyE0pJFCFX7SjPo5kjD8q8TPXxhS9Ug1UKuL++7jDzTT21a9wvPQrBU8lT2qX5chGC3UYi/fMllX/Nqs+Y7t99Z+wq+LZIXSly7eTcWK5qFUTaSeWcXamHX+Tk+Gbz8li9VDqu5sVsmwtNgPeG7GGT1/Yo4kW+BwUHkQaE/Jqiw5CGkg/o2NU66toeKi569T7dWlXKTea39guJydwKrImfbXkWItDrHiepYV4nre9N8u1dLSVxTHWMGXjWCv/NLZxsuprzVf9mpzCtEo/wHFWa2WjVJWz5kQrJba8pnLxjm/h/jPkIEKeyMCOsBMTjagXNYzKSfcMz7Md8VCdwCRjOqrwN+MUnGfYqM7+V0rqDGd6rDImmBXtBNE1wd/bgnreo4exVb2VtT74e8F628J9YS2G4GXOIz3avJW/fIS+VSUZpdFGq0Qb8/sq5Yqu2R5trXdMC68yFwrhWB1A6KsZkM2YZPv3Es/qNBaHk/Q6w8L9Ya3zQEgtPGI5Vi1+a4u1WLKl36gr8alaoJ5l69ldhMpqT2KOvTjcbMaWZSnb2vqE7r7RiZFqq7DZTOPBcIQ+grGphprD3RoMUhvVR+pE5zLMa3t+qgj/rdP4S0j2M6HgTEExloREY+vUJL3QyYIyhhNFjjeOwEPhj+1fmAoX6elJC6ebnynBXnkv8SCy6rCisxMrVQ4f4Ycm4cI+HPbOiBfWfW4H/XD41zDOq/5weFb5sajB0nCAdZS+rG0VloUytwFiPMw/qD2KHglnujZuThDf751Jo3dmCrKMxbqP2YtvU6/ie1Afh7uPhoJ5WInHwgbYkdXxQy3oLISBUFTwt3BKhB3XO6NQgetckmYeD483FG5OpPnumTCrU4yKMpcRg58IbTwZ5mq1x3A9QkkP5CYqhaP4K70zdHO9PKzEUXoj7lGVOMN+2aARPxy2Vu6XvY9pl7AkyiKdQm4e6O2xRXLDRDrC+Y03+/SG/ptrrwjrdDx79OvhkOx9FSjkMr82MtgP/ayOEXU+xTc1K8MrXUKVPUrvUTSObxYE+/VSze2qStRahJv6giL+sUcRcZy5SkoSyhDh/T4Syk1UD2dfNQRpPB324z1wGD+leibhiYe5WsSrVodT2NrVO0OzqPCwo7DBmYIqeO1s1Ic0Xx0dG6ew3baTeia08fewk/qNKz4yKywfS7h90n6PZfSvXng2apNs1rKqBsaR5qzIjj0OLgpV70yATqq8XBkuRunDkPqSe0yGMmQuJ2m5M+yhCgvo+SQta15YQBQzGdNRUED9Ia+FlDVJp5hmK0FI3Z1UyprMeyKeR8Ls6J1Z3TbAmtBmXlqJBrytlEl100wJs0AIQ11UJ1XIub2LCoQa91UhfqsE44la2Yj9jGP5pvLZMIPHwyp+OhGu6obnQhsdHZLRqcQYPF1IFi5CknqWd84USyhjCtt4emf+WdYzQRhEz4cvhDZeDAVdt7DAQlGBjJcyvWrjHVPmk3Zs7pZUqFupLLaih0rgM1WLayC4vEWMXtaKLU85K00a47MJNIQPpcjSY4EsmAdB9OaXQkK9pFPbZq0524ze3PQOIaP+aeXrzR2YD8t+6KE+U27UN6+d9EmeWjhKj8XtqUXJe5KD2/zStmBmcv0iPeQow8ZKzoz7mboEb6GWz+MU+3qt1ueqSxGovnYW47Ob6P4t+zR6tCvHy6HcOoil7QLUGAX8xUtRi0fVCW3rI/TKV8J3dBbn6h4FcezV2VYHfbxlqqm4ARNVFS62bdSwTb7WzmI6fmebqh+mEn83hU9NwcOYzidtJUy2fU1nzN8qFChTXWL30FO4/GHsvzOd92GuroXpIIS08aocl9qzzMvsM80GXOtORSWudcfr0Y6cVx+Yz/O5eqZ5tCZU0cvtM/RU9GBkpBSuAuGO096eaI+3J9j0vQnKxkT1CXtA0bMAwhP6gJBSOzuVuML+TFeAvlRBuE7cU5t7UYgpqMb/MN8+J8I+m2z3wlS4eEpNsadjKlIotwg59kqb1vl+18albhZDGkeawmpjOt5W1Cr5zxGnfcAlFPVK9gFpWv81I8bcl9pUN4VPFaFCU15lkWty76ba9HtqpO1mVQJTQJ4Vg63tx+lHMz1I7avS2E8RV3jQ7RshulXjJYP6SKOlJ1fZkyErNg1X8VfpbRJXs42vjm37GasOs416g25j+upL1CR9maZbg2nqQ23hGIMQt85gdGu6f6D2lrgPuX1UbnYs60OssK7htukbphqLM6OeE/ckrvSwa+Ov7lWMHX6mWuraGOAuc0meGqbJVyrEe+oauz+mojOvdiU8NVFNUuPQl6RTRZ582bwVpBIHmzGW3SNuX6zEA3YSnpqs+mOKSmGiGqSuVMW4GDWwUYy+mKqmqUJGwhXvukvUNEUUk8Z0tTds7AOFT5FGHeFEKpKcJ6qDUIMf8Elp42w9U2VxrbpOzVKUtZr6c736vbJxo5oZlacx98JMW+j0uIheS3A8+qMSj1jX2XRzT5EnvXhX075/Ak/iQpavB8HE+fgtS9dO4/wKFZPH1nTG9xI5g+jdQl9ciuWWjVeMi2DzWOl75NEyEZP4jupyuIn8llaqO9ljaQ9FaOP1uADFmAvyZxijCTutaWkL1SxjHGJTeZIyqaSbCAzqSz91g22q43ADTPVNxzgdT1k1qIep5ItDmK8fqhOqEN0wHT5kL3/VuE0lfSeetusjzZX+qpE24C/6Wvt1ZNnePZ3zoLwHm3Hk+qOLXbsNjxHNaSVusGUnEK3SSAS7caDqu0NqJv9comYL/dknI9bTeqEQz1giw1KLhOHenz20xsPGDCOFc1hjlK9VYa5t4+9WGu1Vv8bvkAY1Dm9hPucKH6U7Y7N+Su1mUG70ccxxVuJ2+2b7D7bs9RTmqm1HSnIAWeNizLn8kQzhLAIz9VTTZ75Bs/uo2xmjHTkLCK/s/7H35gFWFOf68FPVXXX6nDODo0dE8OBM44ILihhxSTLRaCKoiChMormiEk2MK2QihnhVjINLFAyigqISMS7oNRpRRMVoXOJ2XSBMEvVKIhoQFzCKKy58Pu/bffrMAoIm95rfxx/KnO6q6trrrXd5Ht4Rh2FC8v5SOMyX8h6JNA0lEe4JxKd/NDot91h0gilhgJmCx6P/ji4VTMva4Inoccc3TdjGK+56jblRkKUniLTQio8FQ5R3uCejZqSj8Kq5NLEZ6dfqBDm6SWbp9X5xyJOR/f4Busl4pa02IJv9iHBDxxsh62/wJpolDU/KAXKOv2TSMfswwfu8UbhaGomq5/vIytL7KNepE/8q1Z3oudaU1NNhtNyMBsmdUPtxX3cZ6qU2T0f0kfWYatI9/QbPFTY3YivOEF/V8VgeEDmSv/uBb68BmTp2L3pZ3X3Ncq/nRlrjdz89s2qT7y/AvGhDM9z8MSphX5EEfmYu4c3I1OM6v3XIkg8LltoPzUahwaiQX9zRtGJ5cIIhKvIo3GguRddkRl3rh6EXanKh+JyNSDRjTHcpWiOHXvib6Q9YIkD+KfqxuS68PvT4c3Qj/gsGH2EhXrHLrba0GR+Y5WLrGxCF5i/RfPkWfSwW4Yd2iOWqudN4XGTOwXAzLlnxY2wznonY0j52pI0S1gXW5SY/NFgufVDjStrfuSaRY0aE5cpoKPIsdcyF5NmWAceBq+m7xkjN2AdPux9Zng03mjGyNn8eEBe2q8hT3IsGSY/wC/MTdqbvhQb9c63yZUqlLHtE+D8RbwHnRESI5uik73fOKbvSYrtLbkS4ZcDbHr2Pd80Z7JYrJKix/PJXQoPz5H70pmnCeihgJRba+aHHBuY+a6D1/DjZlXQ/oL7mEBMZov3ebLkjRuZmm85OykGhzO9zMQX/5bczT8m+mpV7Heqwg2BwHgGOw/oohQZ/DtPZ/icXGkrYG5jTTUulVO79KY58VtbJn57U5+E3nnetE+3LRvkeVEo80V6caCBGmjLm4nJ/kycrC/lI0hXJ0eCsHoTnbLb60/VCn78hbXbrJnDtXw4nIzset/gS7rNlmb0cN+56f7J/QttVyTXp8XyUrst0PuhXtM4lSan9rPdIxir8WHzofXhycqtUXgbuWPV4OKitqpv6UDXKzGNJvEsQsX2u9SBO92HBGJyC+kob+8gd+Eh3lEv5GoZVapGhWGejyNPxZEqUodZjXGUMT0JLu7Ff+xHlDNGxXBCtsMdJn7yZnOMtuFkkdZ70HaV0lQ+YjmV9ELggxXPV2r9idPy1zrf4QtLr5C+433AF/TXyWOp1pRErlqc+fd+KbWTJWjxpDfayPpExWUaWW1dgE9RnLs3DEf4P38t8L+ROzf14d6M+npFtNK1YHL6WaDd1l9F98AbvdB5JZIoi7HLMHoTKKV81LclX0xJejF6KCrLXlvF47u8RNUDfdgbnuSlYlNSF/30TBnpW6RgMxCVhtptxF9jXsV3KG9SI3/kPzMtmUbQ4+o5bFM3BX+zmotHlU03RB1sbg63NdBwoKKTUCG4XHojtw9/7QWFZUp4esUzuxQ12iOxeusIUJf3d8IcBJb4plZXWjAMT5qOvCMdEa7Im9G0xOcmZv8G2YFHUgB9Z3gYXRak2KJS0myU77tNOT7An/LE4TuY55RRbxefTKOtyDg4xh0J1hrGZIn013HS8L+lIz/bEcKfvQwkvR1NzS6JXokXRqxHXwF3mbvOa8MHcGypGfKOc1c/KatpOsKDTNkwL0lVVgt7JHRZF/Pd10bBn577K26FETWQnRC/B4u/nNsPdluM+OZ17qhmRXWzDFC+/ogvpjLOEkujGsotoLuod3nN3+zk+1YQQ8fUe3zl7ieZR/pKi/CKDCffBJ+0wRZxOdoj+CE3Ka1Ks4jVJNSZ1ph/WF3Yv1rlBNCrFpPwzg1fxoLTGmN5G1z/3sQ3wKpbaPc3egtldZ3UFnwz6VPPXrKAV9/orgjuCW4My7vObiy7qXt8NLwbpPkw54IpoA/RCsymid7JnHGWGmxbMxnuWEmc9BoWf2FLlLdMWxPYyBA0oGd45GrCh6Wp2SCwwei/slbRfWy/7pCsnd5YinhKmIN4NB9qUiUV76hPRtVb7NzHlxkZHa2sUxEejh9kLm5iy6fnpjXNTKZ3arf6oF6tBgzCstOJnppewks311ZwqEbT+vRIbOOO45nmPXYI/emobmW8Mdkr2HvLNbGFaUTB72a08Z3jZlXBU6KWUig+WacZRoUPBzElKHSa+4K3+u+FrJp0rTag3h1oyq10IRq7V409+Gf7s/+Kf8c/65/z/+DLqDTUdLvmXnEGtCfthlvqv/m/+Of9SUFv1xFX+fsEvxSD7gn/JLvTP+W5V9XgxOVUOMQuTk/BhnCFzaokvYVO3OHjHnWhe8a/6+Sgi9WKqw88N19mZphVDDK1FLYlnQC8zTpDDp+Aso3NjM9kzPow2N0eZB6t6kOWNDp/F901fc6Qpg+/1fPlIZATl3PqZYR99HNGy0w/jzSeRx6Qc7WVHyB7wA/OGL2PzXBPuMc9iz5B4zd3wUUTJQlgCykVsW+QvyvWnSH140/5m0eHSwr3r86R63f/M5Gu74VRTxr3rj7ZF3Lu+5l8cMP3PTT2CfJh3+Q8j7sDb9ChjYcOLDQ7LUMQzQXVateENlf1qZfQ9+Rd5ky/jw6gWw4zNZ2Wl3+a969RkNncJTzUOO5ifmJOMw2mmJGcX2/lDc7SJzI9EH/g1cz65R0wdHsKxpgjyHy31w83okDvX0Vb04NLWQjjIlLDMpzObfULbxRl4EPXYyG4ZOBeagbiju+4WPHnTuyD9CPU2tqvIYct9Gacku6hy4G0flsWuqRIcb5MlrCyTn7APRhVbcQoc+mOxRc9hIg3RBtLsB1p60/0p5E58tM8b7uCqC6R9LvUcz3Sz6Sl5kkSsjAgfrMh9+pwcaEFykqh/6NTcyPDyXD7RlDdKZFHn+77aJOnJolLjafZo22RY792N5lUdT12yd5Urv8/x1MZoBDD1eBmOV6ZLpn6O2jlqlDN9skcxv5vNd9AqPxSWcb3lusj0yqpPHoNp4dl+Wkjdb150O3x6ruevSYluIZVoOJrVEk1J7gDc5zSdk9Mx/VWthf6F3yiqRWCfN5PkBKwuS0/a0VbPibxwr+lfsZ1QdUMg3oPHrlZHg5bePjaL6QpsI8Z71meS6K+V5SDVYl/cRjfdjAnSPkq8N1ne6N6xtPZNsM1yG+S7au30zHASbrAq+xxUJXXugFT/yxYdBI+bQz0bynJqjkgkmkmJflutmrQsplqbZjwZ9EE/0VxTb52yfHLGal+ozjpLT90131zsx+IMaTnnQxFjse+nM0VX+iX+IeMw2Z8h96SxmBmqbq8ZvKU+F8yVlX5QMq8p7V+CbYP/CTYJCjgfN9gJuAAetAscjr7moZB6Cs6nSz17eZLo5DN8jTND/qpGpOPvhyvv95BW9Asp0y7E8+Yyr23h7EzH6aJEH16T58k8qlMNtHIhV+uWm/Gv0C1PM08l+uXOdMuNGCrxOlP90NVoXIckZwLn39hPZ/RblTFQ7St1LqqBpafMs6jNs5+rta6daZl1xLWUc2HxC5wHjhi1zBdIOfvbtiM23c+xjF583mwA3n2mej0Hi5gWFuwcW8B0TAsj0exRDzvLXI1WTAu75Hc3kTkIx1fyktdpnvCqHmIoDw5JpEdqLD2eN7ydbCK3Xlre94POX011RsAvj7azTQPGQm3mugtR+qI2iX8PxHr5PsmsL+BX/kDXgkvMKPEB6i+awTGyv2iKy4zubWxtrcQ3P5j0l7bcJ/31XNAiOVLmEqZPfRIPQjG5s9+Ju3A3Z1G+LHds8atKtM965xyEkUZvj+vnt/HPmwb2ll1mh1bY96hNMHJb1panOlF+7bhwLjbIe7Tdr+bjyYoGei6u96X8hnnOqSW+WSw4z0Ws7Tj0NXtinB8DsjUNxHX+FNmH1MbOFOk+0zW/h7EVKxQ9duZatpCalCHYzAzGRvkymGYP801D75Vu+Y3zP4UNLvfX+uu9ww1+XMJjlM2YIHe56H/oadFNIsW0P3UV0647WXQm7bXT1Zod3uk+wsdIdUCpHYy2p/b6hsvF2z09eaPKCU1tyw/IueJVf15fKevaRD91caJl0frx93VBq/yixrGtvjzVil6eaPg/ShhKmattDdLzrAU7mEmi/+ueXxhsZZrwpmmQ3ULvWgvkZDgscInGqVXKamthuDXkPfwZnJx4Kab6pIs76JPatlDX0fV+QWU/UA2OE/ZV/h4iX+EcVA1WnyS+MNXNFJL+np9ocyj7cv3oOchTkeOg+kie064yPichPbtZzs2G+pse+Rxak3mu7WuVGT0mubEfJoy5/M4cbGVm49SgPshWhuY4POmTNOcNfnky0vQi+4HYgMviabAcPcTTeCyWo9bxDuuxu9yq5oRkvGs7ox6U9s/BD5K8ei+gf88m+adcOd8zf5NYkJbZk9daR5v/DB1te91s8xrqZttq8Fani1WL0TKr/eCSfjhN9vSh5otr3fKJ1u2FaE7wRTVv+8hqoUWjWteWnQufT+PW22yaV52EltJRL6H8cSfjt0aZEuvz1wXVOfokUu44zAiacENwj3G4MWCvk+P0v4KbglFyyo+2PI8b8nkzX8bk5sDglmCY9NTBIKvtXpZ7wgMw+G1wq1hdxmN9G+dfsw8Ht0kp1d9qW9rtnZSkiACzzNZS0nJLfq6D5Uai9W4VyV3bxK/eIV8dhdmy3gahV54t/kvwTDBIJKQWvBE1YSyKZl/zfXO/f8D/PtgsfwYc9jFnYLDRk/fA5C52gKG0mPYVtQotia7jjsr+MUTOhFQ7s6fZPM9dKkYZvc0Q2GDTvEev/GzTTWLVGzHTfd/YnMMIN9xQO/Kk59mvUp7N6XiwJb0NdT29TapXy6+BXo2eRYtcW81a/nNo1vJtNGv5dpq14ufUp+VFn5bOdNWprZkuqyg6rBfwir1aymnPIVxsF5PXXmf1tO/7JdVbRR30Vs8EmZ6jUWSug80hon+hhqMJQw0ZubfIvxX2NVvmewZlHPHpCmjFM0Gq/xkhLI5DTRfhfc80Po8kUmsvbOyapLZHBgZb5DjzPbgK2mujSvi8+qg11ZMoJ3bvPEseZLj2Uk3/Vnnq8qfmthAEjkbc7imDbigy2Nb5VAevbzI9vMdfrFoLWGJHK8EG+dRKkFrBqk/gUkVLPkTktou82nfz8O3sAbQE6Le3Fs4x1fLnE2uRym3kdjViVfrAUN5oRb4ipbS1BjD3bF+SXKcFRdwp+ouZSU+w5QZ3efKYfkItiVOL2DZ5E6a34LqKTMKyeILn0PFdJnul7azWN2hdeNpcElKbofkbJcpb/65L9EXaV6qF2R1nhmR1VK3Q5bnYnoQXxf92REgGvx3Njyw1RaonYtrUwuyxU45W5lLFyjwiVO7hkbbUzrLcKDoCtTDTvnxY0Ll9+efBMvvV3HKJ/Z9q2Kq07dWtSJ91xdNy289asm3+q4Kl2Sf/UgN7Y/u8Itmc4vIJ1lZJRvHuIB03ru27A/bloaI14/ttLPtoOM4KaQEilv54QWS7MvjYdYVi0QzG5qYJ02R27wnVbPwq9Mg5jfriWqiTmIhmXI2+ZlqoO+cBoI9lk+jBeJ9rxi9co40MU1CDcQoG46CqcVI7Muv3U5GOuH4eNbxV6T2d9/PvQPFqKMcMl2/9Vmpelr8pU/Nf1vBY4QvlXB/7Ob/CtUUu23OQ+YOl9/YLJErmWVzp9cv1SWyB1qWE9Il+owFvJXZGvbsOS+JBirgDM83OzuNOGaEtck2iDaIEEJqXcY60YF8zTu7CLG+U3ML7JJoEPvmWUwkqh6J4OeuoM5K0GwZjLN6CwxtYLtypvZNatU+f3qwy+VhHsEXs+pu6zH9qFBZ0ljv0ONymJdBWuItRS30zHghrq2KcDxBpYBg2cSUQUXDbYIrgH7xgG3A/NkbfvMdPpZTxWGb7B9QejcJ+4QgzXHb8uvClZAfn/VvfMP8O+SyyqDpy5GAUTbFboaILscE8Ys9hHkbbN4M0btFXzZZmtFh61m+b/3vD6fZ464Jt83/Mc50tWrfOvuTr7I/5ocpZHnKGUuM6UfRa6QxnTMCP5VZ0JT5ObugGzRgRXiU36aBi8+bdZNPuzVLSHDSiv2iYx6F7yHsjdXocWx+m5Q8RHxCeZ+vW+v/lWs+LvmRxw/drXm4gvkovQS/9RW0ZSxr65Y+qeaXh1YZ7607c5MTwlYZj8hcF5U1fa3A4oub1hkhisdS3fGnDsoadgrSEN3NvNDjJ/2buHw1ct4fImHKUXTBELAONWHOMSEb6d0SJVKzTi4SnWWNzqhFrjCGbM3uFuVePH5ml7RxFkl54eqsn4gAlmH3R7NiWiSaPnzhaRtjyNxveaihheUOv4tsNWxm23yHtkwKecDMwKmTPMX11qgL2IhoZRnYfFZawWWF03qFXcVa4lXmn4d2G9xreb1jS8EHDioYPGz5q+LhheA3//aRhRhSh2c2R2F7On2MCh9+FraI9fqS4a3BvSDlzcUMmi3fE5VFUnj74R4PHGw0F+dU7GhWyVlk9shyKuFRvFzfMwhwsbuC3Z2OmSUvSWZPl5Dz4R8OVaEBjTaoP3VDW+f1BSawF1Her/aAsf483mucpSw0RNT2HBbSzHmxakve0mTKGRXNxr9vfjPXNVbGSBQw3jDjj7ff4Wo/3HeMSs/nNOnJNbQwHorxtmNfcaXQMe3AsBsssuD93Sruc50o0W5qjD36U61NY2YDYxDYOYuYJ44nY33zc5g7O+3eKHKTRq3zm0D1XxgxMDLcN8vjyoKbONGNkXSt6Yz7Bvl3dHMrSrjme00XBvxLF6Z/bm5+nT1gu7bPbJCXvizvz2a7Rgh9v6mIf5+KR4Zev96J4AQbhfnu/zUXnBfm4EBfjmninmh1rCrFDbfw1wQnsEq8XfxjdmstQlxXZdM8U0zbp6fbYpi6xCRwW8L7IWOHHrcdc+03Pu/7w8DB0xR9NS5JDU1NH9IegX2KHZ9m0rd0C8+kpPA2/SrTiitLIt7RabBichF38U9jBnBXWxQ5Li6eaE63GRi4xL6JLkoM3Yx/QTreiRs9z/W6T+NQ3Wdb0colq1PQZfq9GV6bR4yxVkVlniw55mX3ZKjbrJ9hLvrKbbWmDysq/vm55q3b4uJ7aoA98LT7I6VxaYr6NY8MaiSh9M/A4Ch4/D46XaEi2n9qaqUGmb9Cvv2xnm0s31d8G/TEjPAnrx/Wytsehj50asNbdpO6MhHyiPs4bwd/VUl9Exv6+fpHWPzK/V7O+LzHtWd8plQwPv2p9BaNW9/rmNlH4rrLqvu2jNuhDr1qNElaN5yWmVzLTdY5/3TZjg5ixHF+3rxvlnSef/Lu5FH9VkTE0NtcJXu4UIkJYzu4RKMhO0B+l+LJCrYxPc4IXtBlGeWrRBwUqsU0U7+cUUU3R7jaMmfIrEU+Bdzb58uzS1DqrZFLCnSE1eal00nafUenknU26orstY8Umg33/mjPzEe7MV0sPxG9tKz+slH2Po6To7plGWuNX1W9M/79boYxNaxxmY3ZhKXh6b4z2SAXFTqTQx0Ivcug8uR98IyxiQ0PMCZ1v77vtCh5BWWXpR82hEtXanGAQ5/GcSBJh+ec4BS9ZvtV41zyW2uOjbQvNopHapvB18bQpYoWjzvD9gup7dYYtXWVrvLQm3WWJq7EVtoDHRy5DuHrPZu3jjks8Df67veR5N9gGO6AVG5g6PCe+B3mjaAuKqKH4Gs9KfBAtOWcXBlp6N+9czvTT28Fja5TQNVaP/d3MyYJy5eQOs1zWksepOe7wp7inTbo3EVWD+IqKqnGV1VvVaeKH8QvB1XjBvmA8Di0oImRHHDDuCRvFvE20gFrv23A/ZmETdIErvBl6dIt3SlbpHDRhAM4L6FNMTz/2WG9sif7Y1W0n8/YvuWrskG/KnN6rE+QQj29F1CdvHD+I02o4fk8Gu0rPfBKOQc/C5t25/pm3Kxaje0wUenre9Iijyq9S4p/+nNkkZqT/vi6P+ypYB+V4WP6NmrJIcN3j++Tu9yJa0D0+Jj/a7o4Bn8r73WMXHID3A5PoxZtwAPiEEQF9zT6FOuzlW/BRmRoIppjheYcfkvh+E7ckR/9qyeXEX326IHXMMXncZ35vCti3x3wTYb6pE9+Fp6N6wX4q4T3rcHyi4/5tkoLYd6nNRTC0w1Rf/0H+EHNCRWtLHfNJYB6xNElsFXvkbKN1uNe0JKj96tOXWiGI55lh/fPp6FDtytQreHCelKQtR4inDvkKGKX7sc1jASYEK0wfLK95Bl1qGvBdGW2i9w4NuoUay8RoGtaPJfRIIrznB3dgnLAWjBKNz8nydjLugEvwtp+W21ijRKj8UawPihOofUr985ui1egD3pIvlL/rKrlaMC/UtDwRjzKpdwWRiYsScXduVWnXBTmk8ZRpWsauqX27lERKj8JkifS73mrfaG49eebSr0i035uGw0DMvG0wSyycAzAvLMpuQ9thc5Lr7ZoXQyJyeBzvmP6Pnquc2oNbk3qrzkasCuYkUxBPgIWW5+68MLPYj8JNxWGoC980aZwYyzC2KJqtQVIrjQ/SMvn2Xl+szJhRcjNPe4rt3tvsmcxitX7nQA0O60J/4vNM1kNLLe1ao6Set+WJk3NoguTI0mZEaofR90Pk9vZ7c6/RNerFa+j+XBqbpJrBomiOnkpmP3ufER3v1GS+HT1khNiiQiGV9hYKXvKoRLNmXDbXSoL7MBmZ3YjzvcGmsSapT4TGjbA/ThZLWmpD8Vgo+qoPzIH4rTlEejO1SL1kND3bHVd6mN94tyYyve02toCxwclYKF7mT+N1Q9SEWeYeOde3sePwXk3Kv9OE92uoFfhuqN9luQdJ5G8fDMAArFms86EiL7SPeNZxp2dqD4lufjDHNaJrk6uZEvUSUx23n8brp73ImP054fv4rJj9JSaN2teI/XTdaDm6WjMf/SHJ/lmWty3YM09Eg3y+GhHh7ILOS/oCto+/HoCOnoGZ7jNrdfuo7H1NXVVM9pqUoCvxylBHxGAy+iA06udKFiGPq4rVtb7EKBqDlnCZaY/FwOcP5uqT/fxC+d0LI203QWfgzvu26SOW8ZbEb/0o0Qa/ZJsw007HJyHRKV6xTzuPj8LUH5pITESHaFrj2PjO50uxQ4R8x9mSeW+mnpu6xjsbp848OLNenowvNkpp/nSMZqIPGnEQ1CKukROMZlL/R4M78SjOwWN4vEr3VMYA+Iov5EP4Ax5G5r35ju1T2eknyuhM830q+2kBB1bONvXN9DjINOCaRAorCVp5Wr56IdyNcUmkHnNV1/TPMPgLBqAP9kt859QerJ6jA/AsnsN4NMn+w737PvtIuKASl2fkhOIY3Y9XkpM1rZv6XzV36sHo5N/sBGyPKDCv01xriivwV7tqVIHJCaZAKSQWQkdUAZ9Esqa9zVqkfpFrizLwkj00n6IM6LneNiK37W7lKm3OtcEYUO0+8Un6JxoHrdkj0eoxZ/ol0f+lCo/EgShXtYrlfj4cAt0jWUqKRbC2KATVGASrmx/ViAS/ColSd1UxxSXwgliwEJPldPtld43DzVK1xSiYjHFVGAVpj/Puerv06QDxhA4rp2o9LjFpZPxlRiOix4u+5sCqGZ4TXdaqUAs0DTXY9CWZ5ovoGQ9OeO74blV4Bo2iYVKfbEU1oGxr8C2jvmMtn4Fp0IzPi2lQFHmza2X+jrb/HFQDtrYPhnWKbDBZVo8iGzwTuaQfyhiL5w1vSp+FbvC2GyY3dO6kz0a8Qb1kexQuMbPNMLwXpLI395pR2BMf1DgoU0i1p3fq453hJGRoCMNwJa5CbWW1anmdzdbfhdXx8Tr6KeYCcUQ1qmdQO+QFlhhIDdM5oygLPFk7x1doi6tQ+pfhKnyWxy7r+lmoCuk5lPrtrrnXrq7J9tH3A7B6NIW2WAqsYSpBVOMSEP2mLS4BZ8RXcir124ByzyDL/ZtoCwtwmVGkhRU1g2TepbgIDs9H+Q7oC/zq2qAvcJ1NN8PERnyIr94hHA71w6r67WQ0o3MMg6yfV9d/7XuviKzXKnc/+YvYdpQzMu/lVN6YmKAWqGx9X3LP4n40TzSdH4rdrS1qgd6XSh3uS15W00+/sGc1y+rMs/oSsyrP6svMRzWl5GvN2MIMQx98XGMSncZ0s6Z4B9xrvijiwVambH5oPxv3YIBE0LeNEmSMfxw+LGfClCi9cx5ITrNEN1UnVqIS/lGjv7uBWKj7OiMaNrZw51wZXULeWAeAOAnpXbU9XkKGicD+/iKYCKmWpDNMhAFI/TE3jevjjqgIzJuiIqiPSerVsypkhEOFhStDRsijOUGSa6rSQnC+ZLgIusMSC8EkHpivVeEfKPJBthbrsYv5pGZUVbxrUdjC0lWpvsy6L6ze7zrVYGde15pr7byuNY96XfPvap9rJ3gGA/B50Qy07LZYBg8Gvc0JuNd/FqZBqRNUg83cqnAN+CVKAJ3hGjRj9bgGrM/KmrJ456de+5356w+SVcWzVVfXIEPkrhFhq1gv6/CgN3gYXYFa+vOzRm29+dXrW6WyVqCWXtf01F8Kj3nIPPkf9ifguALjGAahD1DLFfyYv8dcETTLX8MY9ylR8JcYg6451Dbhzeit6EZ8V+5VyyOPncO0/yckX+Nd/3E/Cs8E+yYx+Hw7yPDdfFwRnF1g2U3YwXyXfsLhioCMSW9Ge4YngN9qEQxo3mZYAmf821EqYw5A1hZ641FLR43RI543AJa7gzkrl60+Y9O+HWQ6760tA71l7xFQEmmRe9R6uQdk7r4f6Vg9EzBCQktWj8AWnF1AbVYP3lpnRq/ZH/t6fCMo4YPIg6mLsKGXWWpquVP1Nm1jJ84Jm3hzDxkpWR0/8TyjRnMODXEcN6NtFAWRLl5tE0GxpngZA5I4A8XKSM+6jlgZxX9blIyO0QaKT9AVky0ljzswHUSB4L2QMTFtUQmIzZahEmQoA5rTSIRfhjTwCB4G7Ra+ol152xfxjmerqrE5dG/6v8fmUFlpddgcnz8aohqd46MyYzHWBGuC+/4APITHrWqlmrBVbutcveBgvON0fqreR2MtmrFmmBRnmzKGJfqkYThHakffj3ONxy/MeeaLoJ3+1X6eiPQ1jUe/zKwK63S6ySLS36/phqcTHX2jWO44QxiX+iM7F6mM+17Nx64eYe0cQTF/vMCyXG0JaQpqB6bjaZmP1MfXwdfWI1cbms/SrTK2eV4iN1+IrvJ1nSuZPptplmK0pbyYSn3HhbPMHaYsvscuaG9fTHXAE41qgFX3q3rgLKeTqPQBFTtl9mbyF9BDa4sGofpWzGe8bVFu/ldaBLSnmjAMUWVvmItzklMsvZ/PtK+Jl8Lqb+np3eUO2cUny019Nu4U1h8y1fLvh8LGThBSMhtyrzjDSAlEeo0kNuXwii7yYnw2agrHp1F0dfw1ojgy/OcgqDyaYKV4jCyYyixQ5JQz8sPz6RPKPz8TTolCJRXvv1ntjum5BTaLs7Yz4nE23tjEYaEto3s8GUuxFMfVhP6EsBGbxyPDLeIt46W40rxkl8q7eayPWbmyDorg3jveKt46pk3WivfY/qF6tbskwj59n/WXPmGdsi+kHkHVPbRxB1k89bag1wjx1TMZnL2n5RYwzRwf9o7/x+ZlZJei7d9Mc7I7rqb666NwVmhxo3EVhtgUiUjT60035bA92+TFXrZE/Av6FYn4tU1M1A96+x+QnKShSdHEud++Yp83fc0OEsEueg4zXt6PN5fQhy2kDNHX/MD9wE3CL00zLjIe45Iddlxlh2V8n+4b3F91b+X+SN1whuXxTGGyOWF9aqnf3KiMM+FxdO2ZGG+IflMC63CA4FIwXldrc5BEVjVWIhJ07DTWTi1KRmxKt4QahUCb0vYmjXiwolXVKIda3Gi8+PKXxYqydiU+iAKOEqTYuVCG7TTGQe0/vxDEFuJ/8FuUYtVSc4hRNhTavVPbE7UrtEbVY+dwuOB23BYyWoA56cvQkmAGTQuVj0PRf6aFsf0o/L5oZFjarXYziTEY9WlfX29vFDSJA+Uew8jeHziVo3pgkO2HIcWx2J9WsR6zwrF4JqCmaR+zr/HYz1Dv90zA3GNxW2EniWRQpPkWiU8uJTEsjNGYggPMOXKjYes2SKT/FN0gL7eYrqorN61SahDWYXboMTPSiAr9v1qhaNt+DLdXsD9cQD272ruGioU9xfx4yS7Ar4I0gjIvWtdWm/q47SB+b9wJTaDYC4wLqY4EcfhHJbLCmFcLag3R+6tLJF/l79FWknm04ypPvVxVas9YOjUieOs2PmW6ArZAytnZR+xeXlA5bYXBRr/WgFf85cKrdqDzgr413PDG0N4PaevEEq9zlp6fMTlQOuwhtLjlK2/TJ3uhgBNrXw1bEkTobWODTd2+6BLA9hE/zO3ieuyLq4IeONaxhJmmhC3ljjXLPJQvS6kO1DQrB8Fg7C3RpiPCD0PqUaYFJYyyp9hyJWphltklp/mWhYeFJVwld/Yfm+3jv4e8J/68UMZ0/BIjwi/7rj0P83B8zVJk3+gbz5Ozh2/anz3MeUF59W3g+7ZtuKBc3Ya+/7Q2XFBuf/LMQ9u/maYlPL6m+uurP3kuKOvJU1rt2ZOeOA5v13fDtJBYZ6va6b/oqdTxTCrhvHB8UvrnOZXWnT1tz56SlNurwiWpSGkcC2oJbw+Hm4mStv0ZtO7M+Xc+c462epcsBvS42SF2eLpA/e0O8YHg3weiVxIFSx9QtvI8U8ZDG0+2TMMULxtN3QuH51Z/gqV7UfsTTJ/8e5xgX869v1/ciMae42sjvFfLWvSL89IXl8lXHH5ZNHglPytkRFkL7i/uGPfAjvFX4hlgRE1X2XONsMwtDyLsFJOJto81eMFu0Z3lTTJEuExL6B/vHD9idol3TfLvGu8Y3+Z3i3eMXVWp7Jfl4jXMCO1+8fIwtv/VvaVSyhX5XPGr8dfiZ2tKuCvqX1OQ7zt8u3bvWo7N1+PGmBLDN+IyhvTYPd4j/mb8mqmJmtEvJsPOf4R59O9SwJ5x2RxkrogcCtjdrjA1dht/up0RxmG/+NV8vzi2L6Iee8UGZ+S17fX4Vuxk/Kmxa2nTEwf4eswNWvCSqcdM0b1p6xzS1mZMqbSCKivWbKQ8qU44UjUySSMzZlqNROH4tOVLTWOU+KY9a6ri4XP3uiv6pt8x9lLLatbRC4MB3iSn9wrTBadZjQD7ssSKUD90VTGNjN8TEywtnxu4i8N6nOIuE6/aS5xyT7qkrfQWmSC+Ohlf6RfhKa2OWPtysJQyRtXirFDlLm3jk6ZYYSll6cQjvFiY9+i9wXmSRjOxvxcF3465grhWehX3jkvCtLkR1iyGb+/4i0TwDYhXH8HXhMO9xjRdVhwYv+f7YJ/468LtyzlXSH59U7R6kbusyPiI6djP0jLc0+VEvmzbAybhjfMYaHX2HiVsGI8KF+ZS+254bxgZLygzRvIPl2iyxyRGe6olEuGRblexORLxZrHEy+8dTMBSextMN47dvrH6FowwDm+J3eRb9gY71LwszHc8VZnrmIBf5Bdi+2vHnXu/OC9z/305gxh/vDzcs/aSqIQr8k7mrsFrpit2MVn6Z/IliXejNKAe+8rht8gpU+WFWIl78DAmmrlijdOzf6XUbz3z1XZzvZxI5CUMinl6FI3HtWLJvQYp4970hDtziVlqS6HDec4lFpTx2DN0uCxqxia2TqLvthGpiyWynrQrU85gzZ51tdCaX1fbooyA9jbsE2sck1qSHw2asX9cD4/YPiv+BXoCaImzcUthcHxHYVaByNKzC4rPrXOR8v7Wic37EUM7mEukHJ1rz7aZbanEs0StYMFN1qO7+bX04ICoBYzVWWLIFLgDIktrGNcg384LlgfV0s9WpoitjY6YR2vEvqLUnPYOW3Drp6fGN73Hnv6AuJx4ty4xHCkr2vi2Y8Ua3mi2sum9SkfnYFdGYO8TL4wlRqWoLYOOs51nlcddRerVl0vU5n62j1gIHw0oP9MnYp/4HjMFs6zHUOxbLGOfuIjT7MqEO5I23dZK+qWWuJxD4j5i89f+1nQF8cHaGl1xRGG26YqBrmsyvgfGc7pTQ7s4OBBn+wj69+LgvfqSRMxz91ogN8c7wzLGBrSeXeS3EAQrxrG1+q44p8hfrf6ofH8z0/Lftu/4hGxGi2WG7phjNOs2fmHkJX6ZlrG8xN7eYN6ovRpLrMfem+pTYiw9LDvWCFwZ1glv446YF9bj6LCEIOdwn1XG7sUBv8L/iNNyTm3612Phfvag2Lve0dD4hJBPv79xGaPCguC5bGN5U+VT9keKGp6XE4j2p1nChjja7mbPwdkh715EHm4S28m45Lals/R8sXHeaHjvet18YGuTdi3D6XKTPr5YruBc8fnhYhttwSTyYWCG0zX1TtSjsACT8FGgiNGalnObjKfOHZpX3G2OAnG3+TZl08snfuQnmtTfpdrXenHwZ3+jYFufXSyjx2rYIVniiWIrnWjaxlPUi5T912i9wuLausJvTQmtIcvSkcrQlYm+UA9Ha2TwtmcPfiRjwX5gzWcZ+m2zTjo3auX/59Q6nGJ6iIxyuPAdUW6gvXRcz8OCSTJDhsXaPs3dQ7AULzF3hpOS9cd39FtOWdPudmeJjuISrdvG7OdsDB5x50udrvHpkwKuLHhca8/KbS59OynpkckyB28pTLFXhlt4K88X0YYZZzkpDyq2zxAcjLE4pYNmYHFAzYD6bfQ1d5ppsoMwt2oLpuOwQFF40qgK6geaRT7eFzuZAT5Nb7EAZ4U3mjvD0wWZ+fN9awg4r9fmi+cnWooU//MOM9r2SWKTqGtQxKMbZRdkrvkJprtyxj0vu0ZoSujhuCPfaI53zGeSqPWS1GeKzB/VSlAL3iyemDcmvtD1WBQ0CZoovRQOCwxuDRdiqj0Frbg1TJGSp9rqnqDX5WEBkbTvDNPxUsY/nUfUyfwq3M2yPd+JW4r01Lsa2S6U6gEWB6nf3/SqWURerrbp23K+HhbQhzmN8evpLhXfsivblTIDkamO/6dWZQezMKC0M8g2odXmg3tQQB7X+OlS5jNGpXvKiucXDxImc5bEtbTUHissiYMT7+PFwSmOqPrK8pwXpMAI342PtmkJPAfvwXyJy2nCyQVajlnSV7gOMSDqg1dcCyZ1z0rfMufQ1+i6PS0oSWm0FG6Za3sudCx/aHhwfIhZ25IaMBh1GN0zZRMZgsfC9Qq8000UzxjaJDnnX8MhcV/DXS49Q5pkRr4G5I4JuM+bnO7V7OOFQTNuxD5uG/+xWHH1LedrPb4Xk5V4pGGZnIMjQnrJkgHeNdDKTa/704sTKlyJ/DXD09tWyzi96HC6N7i3Xn9pTQoYbxXZqXM2xbywKbJ3To/KnpquKWIvbo02w7sRVxgtz1zT7Nd0fZ4eNUk/c9973qZPOZMVA3qKIFHcDyR8tq/Y5wUnMU3BWIAN8+kc8jKHh3vePMnqoOyhBWHA/IvT2nnBs31AvFqLYh+/S2p+WODF33pFyNlcb87OcRaMzJUl1xjx/HhAGN7+I9aTm/eOfsbglz33zTn0Cr6a+6g2HT3O9RMSRF7+roN3BofGema0YHjMGfazHMub+ancuUswQ3TbXCuHxRebQwx75rBAT/JLxc/TO0UG+UjK4A51cjg2vyFmywq8RcZko+AOQ0yH102TvC3g3sjh8LgstVhqKV+tH7egq8g7a9+CK5P6H5r/iezMmWRCpKiXfBD82bNlM/D5W7b60rO2pij5zbIq6vBSjjsyd3Ii5TvZj023Ig7xM91b/ojY48TAoT5oFu/kjnEViwOdVavCAqfuoDq2oH+KFl+ZsYwv+K1EGHCeV0cY6MzjyXBY0CqpO8cH12+ksQbNOCw4AvVB66ez9QrQW57l0Fu+v6A/pf7yb7WLM9BSWEKrnM2sWzXTH2tci3dsvoO01TnTH2ObtcavmEx2Ux9zxZE/MeEoutudERRxlJkTPiwYNuujfy4yg9CMf4hPIfUXT7jt5Y7B3XAOLrJ7CW7NP3yjPFX/tJ6Gq3Cc+Yd/3sxBd1OPA3rQn5FvR8gefBs49k2JNWAzDA1moRnzMTSYIvPt4egRbICHMTpk77J06r2JbLVT4aDQ4ZLkpqxzWzU4XZJbbHts6Uy/vVJu97qW3t/A4O7unWF3eCxknKppm36zBG9Dn1JG3DApRVOw/1QGLWJh8Lav3rOyHevJYFtsXHsQ8RIS3+jtHXUitjIX6+VOoboWtvaRkPcXSjWK5Kcn6dWYIm1mX8wPdX7R6463XI2P11Osrzm11mFEnKJEsB7zZXVnX3wyYJ13Kvw9vzVOM/Tz3EX8Na0wQ2yNPrhP9PtetDdt8x4W9MKfQ4dnwmfD1X0zxe9rweaGJcywm+T1fviK53iX0LPw/Vh9qxcHj5iTQe46zuj2ft5cD0Rxp6e3YoZQS8gn9PUu59r7evPZCehtmpJV6Mw1gYWrkt1TT3D+TS9wrqgjY7aM3uCtSGu1RTHzo1wc1CF2HmeaIRLhMEXmcaMpoXvOo0Zk+zG+XLU2maqaB4x9tTLa3BxiCuiGi002T+lv3D2nuUq4MqDccJTRnrjPOvyn1HygrTU7dpeaGOpRduzusDjQN4wMuzfKZEXFtzsq/gQeD7gH0YL6oBgsDgZ2fzjxzr60cLEjtoQTzUZ222Gv/cr2NRc7gytClX27tZH4qfPiTrc+2Lvpu4ehOz9x7kaFtcltnDv8CwX2dTn4oNAVu9aWMD7/g3hk4n3ww/hkt0nPwdikJ5/G4dHx6WXicN3lo6oYk9fDRnQVNKcS8u6H9mhLpoBxEme1UPqGKeabEt4U28DTgih1ZEh8JGKZNGFZSMnijbA1QfG6Pngr3MsuKpbxeniR6ORUp7Qs/GO4yJbwmtFfGiVik9ikZYLvPI063ag+7G9bA31/LnYwk7GNXRZuKzLRyrCMCfZFmVf8lgMc41X0+dNukF1cvNEcYQ8E0/N8WSaY0wM/nVG/MxyzgfJvPT4Wm+rLImWyJP5XhxeKdfgw1Huyx6OiX1sWDhPMTVpSGwtLihvYrayHCSMsC3cwW1naD54KaGN6K5/i90wKNwx6F14pkg3r27lXi47+12ZYInfQtvlWforIfvzu3MRr+LXic2Yrc7hYeOJiM14TnM/15M5BprAGsVW8XmStDrXHBD8LNrHs/ZPMq8V6LC3y6RT0sUyrJ/KhlphbU5I71U8R2eV2inglEoWNqC1PmcMSVDSNVT7Cqk/vspCoQGpNrXHq+7unoAk5XGBrHcuIzXquzq3v6hx1hJOTOTUS3byXv9g2jgD7m2Pxt09X9tsh8cj0OyzjWYQYldzPloWqldevHusYDaz3n7vCEeFzlrF4r5thuCskiqxL0h0KZTBUPrGeASNU6yv1IAvqW4Y9qDEMxxbOLtBPdVmRPIfX2lbrcb3YMIhQ/BM7JhybZ8qPiv8ojhcZ+c2itsRgpE3LPiKJOV8WUrP5CZaFh5grglH4jvN4NJjtizgYR9iN3C7kZRLcqiNNrTwZbpR9h3a+K4VrLS4sCck8xRwnEsXM9SvSGkykd/3SueiPBXhPZixrktrBV5i01w63qfdpZ31CVpy0xhs5h52CCfaaqBb1TiIuCktC6kwis2Vg8K7Rb/bN0SrELxI575dJa2sl/rdvLm1fLWZjnGX6jRxXtz7l/2+HwwaOceBvFesRF5YX+Q39atsvddY6ypu6tniyLUhmh74pYj1BBS6IL2r6/KSKjMonxyRxrrmkfz62jIR8u1hvVphM08XfxCdK++wk7J9neq4/F5QF1aaEc632GBHO3hFd769dV0wXXV06Asy7t7lQWCsHJ7Wda94tGrxXnBi+ZZzcv74WvF/Uvz4o1kqaZVhRXOIYu+JwoX3Nam0Z+WZrVhQdgpqy+PQ/LfGCy0KV8KYGIyrfIAfZtbaMd4pdUY87zONuQ1o5i6wR8WeOtrqmyHb3Abjn1NkSwhpXU5CSU6YB9vyc1eBVpvZKfrUaCaza0kd7QGrl+7BYbfkgbg3X4yAM9g8WC/hRPCOxpjUlks5eVTwMfDIYreEUxLYYdE0QhC8KRthj4q5J+tkFh9/YunAz3GK1JK5xI+u+IPaGwX6noIxjY1eRpcfjJOxDS2fAewm1vmeFl7pu2MH8KaDdYWZk8IwhppzD3k79rBy2/3RnPq6qFPasQ104N098Vo8nA71dqy0jEv1r+zyK2Zl6CrB/aBvy0kOKjtg7YnzreSI/7iW+MJQTI9xkD0a9afX0sBmJ4+MZ4m3RxerZ2VhgS2eIvvjSxBOnp3M4IWY0SxMm1fwU2wYzkjdWfKgcfuOuwU32IUyo5GEZfcwobGkyj5CZllFRihKjHlC3hIoSo/Yceo+zbrzJqvaSeVKU7kYzCgvNkIRbbQ/pbcroPFf5/W8Y+q2zLV8XLMa/WHL//adjuUdJ6bX56m+o1uVmP0V4KokmwNVJrcUi6ZGT8KQh4kIxYZtMGXtSXADqieoQhotRIF5Z4b9L1Gx4fNM+UfqqZywpo7wPTeKWZ5vB+VKy680QHO8i3sBVwe0S0z4Du9SOkbjw74Xcw3uFJomq03dsP5+fZpmHZVvZh6cFMxK/ynRMT4znq/dMMANESJuBfWodHq33+fMF9/Svhu1MWzlHtFivOY/XHSOC3nCM1ChhaPAGXi08I/fnkfF+Sa3ZY2rJYH/VVY3WbmYcfpL/acU3qjri8y3jk9Gl/jPNk/XokCT6p4i7TSNUwh+Apfa74d5mVJyO/iYFtarvEmwv5+UMmaMqhf04bsHfUMZDeY+n8kMwA7cg34X+BQsNkY7nCq7jlKJDc0wfQp4LZV9O+zb2sg5Oiuvyo+Ov1jy9KVfZyfFP4wexZRDZi9EPY2Ld4Z/mHXsTpuG975SkBPZrY84IjpgiRPcQvJ+74bBbDeMpvl/br9gqPkk/i0+JD8ZfXDX2fDGRXEsyC5tkb/3PuIgR9tuBsrXyK9Q8DMDvUm6nZEz0pj2jguTuktSf+G54220sd5KdCvW4TqyxMyrx73rby+qvdtgVzqOQ0/51ye1f32wnaHG7Or3BkzuS+102OxebEr4T/DjSWjUZxShM2QdHyC4w1NSLvyHzDETGN0T+52wdbGNTlKqTMdOOl3l+ZvcZmIQZgoA4WPwYueI5H29zDq+Hx+HXdvsExW+HgLt1NfICS6V9hnFWJ8WbhvyOzroBgqfF98MN48x5kzpP3lbHpZVwqlh1RuKj2ldsdTruUqfF3AFPi3/jONL6LN0Tm+V2wNgZj79JT5wWV5eta2GSsEl2totw3l6cxAbqE/Y1MWuu8ema7I9b7HGJ3TBXGBEuy1FG3TCx6duQI8acqQU9zWlFD3V6PAk78yYd0m/iGtNS2U93gGo0Wq3qfvuj1dICyDPZhFvZQ9bfwyqL5+O144zG+4vnJ/YPPMjgwD4fmKPHL3v+KFvG3/EfRY+i/V0xjfscnR8bEy/2jHgMdqpl/80I+9eMjU8Mfx6PjXesUW+mjBWhrU9TXQefptsST6K25RGN9juugDPj0flZSYq+piX2uENasHoJpaOf1PJ2WP4z7Wfj/c+0nftJVfs5ZdFZ7X0AS51wKfSLMj+nO+DFDyhdr/uatt5O/Kb6LqUePRsZ9Vvq086fR/1IreQ4zemTcbGyDQ9GLtrCnxUrh/jZlafnb/Ruzy38OfETMiI8fXkL15tgJGzS84ziKfzR8F7bx9J7cnB3I0iXJ8ssXiHYhjNdGQtMHlNrnrHDxFZ4UU/6hU2tacHfzaKE9VgRTF+wTxi91b9oxsVGdKiUu9+V02WpeU+4NMdjqbnU8u3lQTP+274Ag1m5YZ/KtKcIgs8dOaaqCZlnp4i1XRz82TB3VuL4BIOC91u2aVyskZIao2fdO+ZdM0VOvffMFJH93zEvmXExT773TVlWxgfm61hhFHvoQ+mFQ7Gb+ajylSfMQLRKvcfD4L8Fg+6N4AVYV5a6crdTpg+tAaWAFyxRyLqJfKL1VJQdlhfZ23NvGw/WLcWxEoSL4ltmNk5BH1vAInOnedEuNcwzNmAdtizuiswfqIBx8XyMi+vwCf0knXUOd+Ui6Z2+hvaxD00zVlp62XB0V9ql5kWU7VJz4aZnxbzDtwSs66MyzowlGG4eyK0UdLZDReNElFViaLG3trI9PGWS6tkzLmbNu0pvT0m8tPV29Yx91pa4Ek034X35oTN4FCo3UfNlEkbionhkv2C5g6kOY1y8pIr9dnGg2E5L5H6nugOf9LFPWFWI7621asXkyulwh1mK2aaHaG5YTsoMqxiHH8g9foI1WIEPsVwwgqhpID5oah8s0nIoKUdJTfdKUNnIO9dchSU+LfByszm2Uit6v7D/DsBWpgFvGmr35tuBNqK2LUdUNPWCaRRrdnMF1ekgTDPnxivxYgU9h7m2MqNwauWevEBuvSWEAb05HgmapO3DhGuW6c4D89fjGvFHXg/ZmLFuTfiK4MiWBf/lDjMP1dqEtO8WJVgOs03Wa6l2oW9uiozIpk41BRNBHcdmSURr29w+SX10OEO4N1KLeZaX/O8/NtTCRNgoqMMfRas7L7cABexmLjabOsUhpa/L0eEvseBTOY3+TC+LRufnOdVmTRCpZIGcFG9+OrPSFqWRu7eGOeF0HxcrnmOK8bI4KOLq4Fm5kWRp6vDrwCU4uOrJlqamBnpvc2fwWzPQvmLJUUr/GKIdD0NtkoY6v/GYjefNncEu5reCXDDQEgXl6PDh4A+4O88bAPfhUEbkWZ7NljNH+1pxWH6K281sQ8ThUfhE0i0xEwJNR0wV3n6VIVG/Siz7P+d/EZ8XO9lv55qF4YvhpJ4Ggecu1QfLclNwfjw+Hgn19x/t9LY02E+Il9beUDM+HgoIjs2bRnEvXrHzo6aK7yt9rC6wl2GC1dgU3ke3i2qrGJH09KceMZUAuM5vwt9hsFGouPFnC8roLmvt61zrPtvXudatmr2kjPHxmug7UrzP+uSuZGTeZYjnpTZ+z+PjWbZBJHkvWv1q2YCSWLHy7pGQceZkniknp3gZj4XVEkO/SHfEd8WG/57jOf+B8/JshdsBjGH60LWvT4pYP148h+kHzUgS/fpOyd2AN4NtkhrRg/hg5zHPbm22E3R136UsHsUf1SpOfa5L1KVn2LdwbtGjh0S2HpLbTm6A9Pzsja3wkfMY5LZu52ucslb5xMO6lHhYj48HJj6emWfnfGxm8l0KXbRvPIpd7rO03EZmfFyPJ63mbgb1Pe+HHjVdjjXXGPpgjo/HCHa+Sl1pT5SkvK1MX3NqYJDGwRxjionFWneuEsYJ8gNtsSXwNnStPcaUsEeoT0sijyva0j5FTVfG74qaKnt3g+W72i6+8qUDyM/VRZAH3HpdpAfapD7ALXHrdTlZ/DM532JLqXq21Gawp7/4kZb+4hfEDteLfot9pmgT1KPRu+ex8Jzgl/EbfiLm4hvdiKt1QTy7QE2I3mletKmnjcM4TA14/qR6cbWSN8Ft0iiSwFnWJDWplm8vkNmcybjVDMPU861sJ+My8oX6svfdBfFPhGnBi1/K246zPZ0D7I0nA2JNZ9Jy39r33d5OeRzSWrBPKFG27Y+0l1ZGrT715p4Naga1T9YrsDdSLeLEpD1Zn9DTO+2FC+KPfQP+FNKPmvfjFvTHQOvAVvfN7xZy3W5g+5r1zN6Jf+fEeKl5Ds/VNLv5CSNbHNbj5uIJ1mN799M1GM9+OCqf1p916RtMEATPJozEXUjboHX/rHFVvi21gd6z6WAA2YjX455Nv1XBS74gnoNnwsGVWBjFDHSiH+dO3tdcVhUJQ0sINX152ZUjiWXQWLnzixoRU8La+wqs3lPAJZ4CrpL+sopPQL7iK6ClqP9Aepu6oBIjUR0lsmWb6DvuS9uKb7xqw+kfr/Eb3EWPxwlYWblj6bM/+tjuHbbg7/B4QrzRXfJmO/ANy+qd0/iRJ4OyYIGk8/sAtyFexQXxT5z2UgsuiNMRTtkfXHIzyKIZMzk5Qq1RZM8zahi39GaFm1F7ImUOdFWyXKv4uB6HT3AcvhauEGzQTIZl2q+Fd3nKsQ7vWcXefcn0jqZZajqr52hXpJrPfKUND61yR6jHyJzHLmRTsGSaXrPdgT4rs2DFA3JesrtzXLct+CoulvcSLpYvspson+M43GqJa0V/gMdDMhQ5mDDtw2+E3fBEeIGtlV2guqQnQodTTRlLzApHTJfNzAizq3heK4PLCkYV5ShtdMt5DHFlzLPpjrNYbkz3yOj+oYb4rT3NH4MPhLdRtXMGT0j9uFdwjVfvU1ckbDMXxtT8zzGtfntMike7i+JygjNJzbzec4PEjj5DcFE5nuTISPH7qMu/OK5PGCmpac70/sOEVVXTEPdKU2kMTr0gOlG7u1ES87GB4FStZ8qJxnGlVV3mPWJ1U/8jonPvbiK503vUiYZxf8GnuTBW/W5rqHtpvsu5YQnUEDRJ/At5utTCwdHf2vbBqNhjd3OxRJNeGNMiVC8csG2/s78ZI5rjrbt831JLuo39jeuFs8Mm/MZ53G328sSmMpuWK6XQD+/s8Fs9Tyju12V7XFagTHMcNN1SZOk8GDfP50eZS+KVVtEFu2JyfArqMSUOgixtD9zvHC6NneRJuVMC+dJZoXoU72842/hE9Wx/r7LNDJDnmQaOsQszKuOUk7dF/D64LGaPcwR7COra/vZETI1n507FL9CUc/hOzkpalXN+Hyy2Rlhwd7YQm/zeUGtfo4yL2m12N9rfyn6R2nY0PpL7/eVxC7ayOuYmVL309XaP5InHzV7sNWJncGA0jQlbcVfo8YGlna8u8VGnBcnhO4m9aU5ldVBT+ePgKTexzNIYCV+wT4nsvnPIWnK8z+veKLcx1nGUoDClXuYOZau6+aZEMz9Doodpe1Cv9Atj/t0a3mOoKWnCFXFeZvJTeXpB/lg8PZliBhh7yoisJixy18Fg4+6P5mfgWNMHI/FUnqczd7gZuNteGeucHuwfy3NGpcwJp4jOXHle1MpgpKdVG672BlpWqHPWeURPlLZzibaHO3FOYo+YayJp67S4H34Va/sYjTQAY7Czo1z4myDq/pqMBjVkpgsxzcuJfUL9XH5vZ4on0xtioyJDCWfQDJyU9FBjEhk92xxsWdvXcE3QrWK1GJKg7C7fiL+6omeuKxq9xzd8N0u/MI+vheMlMk33g6zUsFDGvT5lm2+scMhzzSpGVjXuQsZ/s7+5Km6SnIqqu9ROi5uTfJn1hafDu5EzXVAf0E/kPMGAYz5tgzO0UPPd38xjVtHlisbgu+H3glJVOezDO4OO7W7BJxtp3d+AzkP27QB0TewfxD6kRW5KZCpoxb3M9Ph7yaxNbYPdwhRnNbUopqNwEm43l+N80SNMSL6xa0D/KloLt4fOseoTgL5PK1em+W832ue9cIjZTHYLWh1TVL6r47m43WqpfeyRYZRYKNneu0Jt7wbuVtOMnBsv8TYtUoffOot03WV2LlpQzy/+Op6F3mH67JrY46qGhcFt0Pk4C/1xB25npIZEaPBuvdAuCj3iYklQj4rirXmAo2/cDJEqNzDVFjHdGXy4wjkUcix1dNgg3gXKUfRr63BtrL2Ynk08l5j+PXeBxG11tJsNqLKOKTJDQ8VTOB3t9N5K7676YEHytG/+kXB7Qeq9uWdqBdzYlYSBo6ZHofurhUfCgYHHYqSpWvGqREv+stwV18X1wtd1Ei4t8KwakXAXlEQ3wfOV0TfUBBHP/br41QJ19e/YxbK+5+BK9M2rhxzjS3StqG9edlo3YnhuvoxXnZwI/XC54867l3iazpC1qPNvL9sfe4kFmt7CxzhiK7ZigezExwu6wY9N+vzqmOzJM22WUs+nffG8eFnOkBmpeiPihU+x2l/DhYHvbX+/O92NdW+gEUcWmObMsJR3mJY7EHvAge+uj/fAjLhtXuabY7aH5mS+CEOM9nl/PG/6oG9wjFPdAms8G7+2Gd41+0D1pjpr05YT8TxN1XY1PRyJHdPcEA93JdwQ0z/9TX9j7PBf8U3x62Y387IZh28WHUbYe2QevS78DNnJ/GczEH9AM261rG3GIHWPWFUdNjTDjOLJ9zWLN+Lt5qPI4QyJQOds8zKvU4zQi1wLLow5Y5lPvXm5rh7P8bfOCY0a/2/hHWZbfxM3YV+zlemPibkNzc0xz1C1+Kgd9+2Ap4WePONwVJfexbZ9cGa4TqZcJ1OukynXyZTrZMp1MuU6mXKdTPllkCnPDB32QCpDfs0ciDOcw4Ux//1/Sd7cL6Qd4Ja1ljXPDP89ZM0GzLUakzS9uND/sOaMht/Gsze8NZ4Z3xa/v3H6VmdhAVvZBYLO+HVrHd/RNvx1Wyss1U5qfnsFi3u028beHdUbojksEA39JYJAMFEYeJWPbagjPsh0wQI503u0+BSvfTLO8qE5ULzeFGVxT0zEA5iMe6AIIU6iQiYIZgmRMc/2LHtSktKLvr06r5PYkOk4z/SQqNBzvfLoTcLqef9+4U+0k6TebXEHxvvz/Pk+xeEcn6Dk8Vl9gkUwCEODFkFBv8ArrkgT9sJwM0FqmuKKTGwX29qIX/pGTJJorjnRzHCSWCSvkRjgjG9phwT5oSzfPIgSWfi3hD2lnMQKP4yJXjlOV41GMlEsFsSsf92wVnXYwnKX/F3EiK0m8Qpsm//vIisRlV5zM297XPq0ZL6b5PcUjxBFfaf/xURhWTrMdeynrslIDTdp6/qae6MhCUI/GYZYx/9M2OXui4gYM0kwnvc1Y/CkI3LnC8HfArVyXOIfMg6T/RkycmMFW2aKv9hXM+WWkzmZ4uNPgWLjT8G04LOw8b3UXnHxs9507m085S6VUhULYAx+nLT0HbOZnKEPRB4PRowGIj7iQ5HHd6M/RLRLHGPJH0kfpEu9+iZ/EcaH3/m2jA/DzZowPjStMefDaEuEWLI3ZAixyvmQMT6w3Y2Y6nVtHJSskTXhtx1SJTuP/fSG+JaMIHObDpy3ae/rmqI3y2S5p1Tj5pBf5hycAUUVugTbBh7/E5QlZ4YT+0rwC7gEhyVjqa0uX3l06gVjdqpXtJRxmGMj4fpk/WaZqyV9tXfyGQFTky0nY6ZdiraMtMwzL8EZ0u89agr4laeH+CWC8pLV5DJTvbulzLVX+ek+NAe168npq2QU7ryPQ9NZD7dnFc44hGslvrCrzPnOen1sJ72e7t2hOVyYCimL3R7Sxsd93wvDXaug16yaO3hpVSlaJ/qxab9kbzqWmY6gDabL+E331SMYmllmluXJle4OHLvpnYydsvoSpeFqGT9+JR0//l09ehyNyYKfe2DV6FXXkiP4INJ4Kk3XH1d5j5ds1od6EqnvUZZ7Ae6zl/tFwm/NkSJTWzWn5qqYgaf7jGmRJa8pJ/DvvMOqWYGVoTeXMHF0ZAU+EM240Xv82a09C/BN/lqfsgATV7l9SxV56NLEx+3iNmuwmge4n7BOkve3H0blVBYweEF838iJq+8vlfgblvdIpGk+H8cvZZQUNYvyT2uCy7s2LL/X+2qe324yXmmrq5l9cy7l9G1OVmTmH9uex7c9Os5E8YfQPdoJqujMRMagXNOE1Pd5tFUO3/pKP66KtZc1uMG35eblikm5eYe04eY9pQM3L/cb8o1N9R7c21bF0jvcrDlLb2jmR8rSqz0woYql91ofmo4cvaGZZdeOo5ft7sjPS2mgmqHXJX2h/LzUI1bz84amM35eRZPJ+Hnn4gbfhNkmNM9FzckXxlXwZcbIftk5kkwjbvIZR2/GgtmWq6ctP27r5+DHXRU7rjLzqt7yRjMGnfPzclxYK2UrruYSLiQ1ZGygMgVz1ilfMPu/mn3XfCb/LnN8Fv8u10FbBl4i4zy1xhy8uq7as/Bqqavj4f2Nb8vEq6cAfcAPMfMTfti5uNzf5KnVudIWKmuffcwVM6gDr67K+2vOq3ut52gIRpv9E9quf65+j+ejdAdIWZtLlXHIJTy/2s86TtUcwsNNew7hZtkh6ytawzQeshkpxxLLozbgaq4C6/EDQWcag1NQX2lpH5nvme5Eoz407xCJsGpE9VgqL/Bw0zkvcNsZsPbjWhRePOEIjlbYlCE4Qzxi3ygrcPtbYXvEo1mxYh414TyTxqm05wnW3v+ibMAsozM24Casig2Y58OaMv7e4L8o3+9nM/3qSLRl+uWOsK9j21J90e88tUK3x3fEN9TcHpO5tz1jb8rkO50YLnYzXG2bsF14ILYPf+8zNl+W+UXYfJl/VWy+t8cpm+/tnXD5MmfK5fuEp1fi6nh8DzGHoprHV+/l7W/ZOtIZk28JL0e3x7MlboZ8vq9F1PARaZ0pOGp3eeX0JUKGztzR9tkqtt+0PeT81XVWquiNHO5M/no9qm8jfeitJxS83+xMoI63jH5OUYY3w+R0Lsoeqjvc6hmC1Y+4miFYc60dQ7DmUYbgovyq5gg+qWrf+DwcwcWk/GqW4BsL1UhTDmmkDJ/+zCvyH1ENqhGxv2vUv1YxoF7ximvkoZho59lxONZsGdDTX/MX8Qq8RHw1I99lbK3HFuYowXX8Cr5P3ACrXJmU3L9lyoLmNgStuFD+S7lFdc2zPGLabmDKeMpzl7xXbmOa7qvCEHFqwHf0Sa6OA5gvLMZEwKZf/6pjAlo/Iyago58/owJcUv6G3c0axgX0Nkujz2Jm7sjLvCpWZo4s5b7OWJmHm9WzMi+LOudi/kekXMw655oEE1b/rmZkTvmYu+IhTyaZVjzkx8i9c3WczA/5lMd4qufuON2n9TkBKR/zQ54MzfcYcibz2QmG+Iz0mT6cegzhZSYr80NeWZnJp6yszC5hZdabLb/WkZNZ78ZkZX7Ip18oC9bm5+Fl7tieambmEn4bPOrJzsz4riLyOIhRoBF34FX3V4ZvwTRa9mib6hnejebYlIVnGGaZCbgHXwuIVT4vmFC50z/k34va80Cvbpw+Lxt0VkO2/bPYoFdEbVmgl0Yey6K2DNBkfx7hhpt/DvfzsGTv1J0zZYBWGfL/dQboai5mPQH+77mYVUJdHRfz52di1ohNSh4OhVD9EzaXU+DIsIy7Yq7iYf5qeX4Ihsqb7xm+cVhaS4va98zd8ZyYI/A9o9iFyj5AvUu9lPDZ3M4pZ/Nws2aczRlPt94CSmvF1e2q2Lo1/9rxdfv8AZgoOecglz/Hp9JIV/AN/5skUg1T3Cwx/FFVqiFy9+KvVyPujxsFzxuO3O2V+wvXu8rqlLf4XyqrdWTirbb+ZUy8ysL7Wby7t8fH5F9b73lzT/zPYdtVvXhd0opy5bdy8CrrLnUkM6KsHWqtzZCuWMrKlco3TWxZsqXw9zhsZm7LEUlhtpz6y41B2Vm5yaqMPSLMdKhaBrUITHW9xPJl6ZhqdnyrGYVXcy3I5/mV2cbhNvOW3K4Y3dUfR5mhchtkSfMTNLRpXtMqbm7bMg+XUn2Sg5FF78o7jt8cbBUW8pS635XaLa/clifYtJ8ox1pU55qbe0p+/yjBZp0oOQqCOLcoGlmx+a6z6a7epvu/ZZMdbf9vrLL/TPuqMo//q62sX34Lq1pX0xvRP8/CumZ21M6sqOTFfCFImTLVJptaUB1+gShfXdJcc2sl1pUasLGoS/TcP7V6IlWn1p2yiF0803NPZsooXx+wLgcatXCu2qb52W1cM0vmZ7c7NFr31Lq4Zi3NUn9WS9dZ9dZZ9f59rHq0FqhVj7/7iT3vGhATZfeil9VNyXdIRav4xe14w7CjUTveMJyLUcLTkNnx6Hff3o7HdP8MO94o6ePMijcMdxqPi8w5aG/DU6tVWxvemljdHFZn50otXGtnQfvilrwR4apseetsbV9WW9s6K9vnt7L979vY/l+3ry2KFkffcYuiL6d9bVGU2tcWRf939rWpuSXRK9GiiDqZtla2Pzi1s62JTW1qbqSk1Nv5Onva6u1pvc2Xw6azZlrxtdOJD0vQvf9dNePN/7/XjGtMCPeMD6PNzVHmwaoeZHmjw2fxfdPXHGmI8nNUYin7SGQE5ZqgProJH0e00vbDePNJ5DEpxwiOI0yKS1XG5rkmEEF6T7HRdcNHURqT8nG5iG2L/KV+eim7DyNiLi3cuz5Pqtf9z0y+tptg8ty7PjVQ967/3YRxSxmK6xHkw7zLfyhcDNv0KGNhw4sNDstQxDNBdVrVKKuOf2X0PfkXeZMv48OoFsOMzWdlpd/mvevUZDZ3CU81DjuYn5iTjMNp5l+n+admeyO7ZeAcvezu6K67BU/e9C7YVv8/CtX6f43P2T4sC96USnC8TZawsjwMyxkTXSSSLbXAiy16ZtaCZj/Q0lKQ2Qn2677M6klVSnb9QeFuhs8OE7lMn+3XvReUU3Rq7nfxODdRzupuybnIOi2KxuDemFo8vf0siq7WqF9zvXxxSCLJv4Uxss9RF7Iomiv+iyfhAChmuJbksHMVPnuxgtL5FhZFrOUNGzjcF+8s+ImLot/HOzvdX+7GuESW4UmVyVdTguvEirhf8ib9zkAcIPfpifL1+kobUm3MoogohMfV9sElaE1SXlrJrXeX++NWolpatroL+gb0RKUlZmJF76B1m4jn8KwwfUyu4m5gxAFzqj7sgbgej5hUnn/UsMcXRem6vd1wPB7YdC4ejB0eih+M++M+qcdIq/eN+0QrXaq0g327hUgoZNheaeZhvYAYifdGAypRAV3QimX2PtznU77aVKqd86mkoe8i8wxOlnjCFNP2oXijYD/5dmMiG5YrX+2ByYjD9z9nyfeu7/BMcEZASZW9cL+dLVaUR0J9Uy/PmkDb+LJEgtG5Wb3zUC7paGvKbA5ra2k6MZyaGxm+Gv1z7UzpWtrC5sNtum3Ss73dSeVetT4titT+tElPfUrt9drbaBhlzxWxtfnTRkO612P98A+xRm3X4+FY05BX8/PZcoa6/bqXqn69Gj0gbFwqVfJJrXjn7Ne9h5SpKSfY91Bb9TvVUGbl/PvsUHeucod6JH40/sOmHg9v+lj8eNzZfkVb1bo96/9+z1oU8cmqyta3HUvvfM9am/1K5/Gqd62h/9a71leibN/6MtjPX43+FfZz9YhgjmzPWxfTvC6meV1M87qY5nUxzetimtfFNK+LaV7n/bDO+2FdTPO6mOZ1Mc3/Gj8LG1zur/XXe1qx18U2r/O6WBfZvM7z4n/D8+LyXEffiy8W4bzOG2PtvDHWxdiui7FdF2O7LsZ2XYztv6snUebR04h/L4+ef/dY3stzaxrLq1JJRztlZvH6fHbKy3P//4vivTz3r7BC6lj+b0TxHoxzi3MM2Yb3IFNv5Rf/miJI3aXk7lHEntgLZXxLytgL38beCTr9PuoTgkHYX/YVsv4WklQHyJhk5bLEg1AWZooBiSb/O0j1+N9L5sR/JOwV3F9YthE+YZZXj8NAPXumm/8+9oLBkTgKP8APEcLj6CTtj3CMsDTyP/JJ6lNlSz8xYXrcU1CsmUJ5XDluH9Y0y1u+8/Iu5RQ/UdbvAbLyszb5hOV5LtYr9CgYnJqUe5rcyk6v/GK7x66y3aoZT6MM2bPNGIezEu8S3pLPTp5nPXQOOrMqXNCmXfyq2q5KuBDtbYZMl9kMeVJfisswVVjAw+T9AFwBIywHZATPNONpfrK/T0+e7ykM7ANwNQbg18mN7lpEuA4tuL5DCdS2zMANUJ3jTfgNHG7GLSLZFNAVZOYegFtlzLTsmeiDRhwEMhHcjjIGYFbyV1H2XU01S2SX2bgTHnfh7gSRvT2nNFN2wf14AEjw+lNm6YfxSMIuPRRF0QUQhf1OPIpz8BgeTzyrqefN7CgdR8LjAjwpNePIqpfMAThDpIu5mIeGSk76HbEtHb2K9qrUhDPvzzD4i3AS7IchyHRLxUq/P4vnMD5hSGnE/+B5GXX+O0k4n+nB8NfKSOnsVnyoVjllsqfaZy14QWo+DDtgIY4DOW88XiLfg/CwqsaZWuDF4s/0MpqwRJ7cj1dkpg4VW86rcvN+HUWpC8c3q0MTjoVqgRZAuXmW4Q2cIjn+Udnh2I/pWnwT3TA4sfMtF41Y9XzsirfRFUUsRxn7CSf6O3gX7+F9qdcbcl96TezBug9Wl2tAntYPJVWqCf9Y3o3HJ0n5/x97Vx4gRXH1f6+6qmZ6egdXhnXddWCYRkUOOVTEaxOVKAYQUXc9vohH1HgLbkCQiKi7UVRQAgjilRAv9JNgvCAiGgxGzRcFZQ2aKIriiaKCRzQRPt+r7pnZBQWMufcPZWemu7q66tW73++xLAPF/XfddxuzybkryXrEEi/uwspddrnvanvYkk6szW3wbGFUtr+/zI6uKdB7uVhcSfFUOFv6y2yA3AY1Bf3h9PuXZSV23Ih+3xexty+ObqnCWm+Z7t9Sv2+uxe9IBp1pKXaiAF2oFovQNdLQ6tGNutNw7MzdamlHij2IlaKNuU4FSws8+tgNaMt5FNmO7S2yPUOEXSiDhehGWXyO0jwx/m8UhktG4K6UwW7Uh3JCldUYLufqgxYSxWB36kttsAftGc2lHOznGywYbXvTPhSf4XLpQFtDg/EtYn2nGvuSgsW+tF+kpe9PhlwP4Y7oR9+hIMqCie1evuosDEd7IhxAGYxCLjoxnSmFcdgF8TgHbnKcoq18EPXGLuIr/y4NIIuBNIj6C5c7mAZTzBcOIbaYk2yhRjuYAt83mNgGbsChBbqNo/iH0eFUS0Z6YQTYBRZHUGwdMH85io4W64HtgjocTt+THhfHkBW9rT+OpZ50HB0vFOz6WdTjcCq1VDbPHijS6xmUwZkFSj6LelJnKtopw8hgOLF2YjEO28vczqHDiTMk2LYueonYHmG+uQsII6k0xnwudcGRNIoyGE3nydhjiPAj7nsvFow7MbFFcz5dQK4TSJPsQIBxkm+yCzZ85oW05bbfJV+MVhtRXy0uFSpjLjCeLC6jy2lzs3Ka59/UY3PybzjTY/Pyb2bQlyFezKRiBo7r5FQb9S5z2mAlbqIReB43k8Ut1BDtgUNH7I9biTX324gzaTqJNdeE24mlzx1UPO3lGIz/pTtpNiGSx17ESfjXNrijcH6d/aWj0zOHqMBnSHiCi7rpgvbNPCoea7h4rDNYJ986H3Uf7C9dxL8T0d8AjMLV5CyvX0a4jfVyZ43YQ7G+OT1hCvbZCtyL2K/srpwhEZR7iC2Qe4WG76P7aW5kk7D2un69RVoil3zPPKqXuCj7vV2kMhfNfWY0lwHi4d5f5D+jPfl4kNyzODLwEDXItw/Tr4XnLJRMlRo8wgiVtIhYU36kg5thEo8Y5yl37zI9sS/Km1khvKL8rRv7EVOBPdL98aY1+L98vcR66jACKYwPHvfq8ft8R/RMdRUd4MUWes0N2nKGr+I+VO5E3kcJye9drtavz8pT+BlP5lPybkW9nn/pj7WGO1J1hVtBd6e2fGfxqoyg1bD8G0ptiTO3nzSTaEd0ETsi5s2OFp403RQ1sxycZeb+djFFppTm71A6pxqJkjKeQQbtfIM7qnK4n+pkfLY+npe+gxsbxdm0bgzXnXCZ2pkGYi360h9Vd9WAl74YZXwqzonfztYWLKUzmq2LWM1qjYwX71Rx9Vj2TE/G1+bATyA8lV9D3aNrinctqKoRW9Fxmhkw8CPUUB8vyo7mUovzI/0+ZQuqGjFHsc9+Tupzct4PH42ix2cwwX+a3ym9JL9bmY8VyWESCegtPqadaLcygxW41LLfgO2nwWXFXzNYud1uZdyjr0Zw47h71wrE4zN32UZlsKDqc5qAAyzPvHi9s73npCaquPse//a4/Hap+O7ZVzgDY7wfmp1oQVUDqqsPSKwAjzUTc1QGl9p6JJX71WAChqU4GpCS2RIWVLGs+mViQdVBGIwk9VPZqDM9X59BvZ2oKmH1WDUYa8HvuFYijwdY5hu/Rj9Z3wVVhwNIYZ42Um1wFevDhjyXW+jy8Nw8F8u47cQKYD7UiBtUZeQFKb41P+GWDgONsylZP+dugryLSTkJoyR6MwBEA00OgZmKVWK7b/yaXLTvVvSFdmJ9v4hKDDc+zjEVxork5pVcJXb0AJzWPgnjTSJeh4bCPvIe96T7UfxtJ+k2FwY7VMc0dE8h9ragKrYZ+Z6N24Y+2mCsegSBB1khziZaUFUe/cs+Ptbx2bZw2j13rltCI7CX4BRuJ1p+e5gSDb8RfU0OHZFHiAVVFvdHfeqczl1JO2CQcVp3caSDTRaDDaPYHmJYv1bowYgqsDiehpi76FBjJBetQrRqluu74jDTlmyk5bN07RvZd3vITsbryZbmQbroe9/DZNCtzKB72XydK9BEI1bIXVM8g731CLFAK7Bz2Qmq2sZxxmyzc+qD6KEkPyGveIfmCnLvYLtHlcEsfGCfzvfGSb7zBnOXtXJBL64VC2MYfgXOA3pCX+qxP3kSluBblSwfn87PTXHkiaXkYLyirvecx5nn6fbk6Tzvx9P5+1THgq+RMZAtXjOx5bWd/NK+ZE/YDjPogT+bp/PM9Zb4FuMR4EPzmI6tHF8snie9G3TpDvdM/9kcaCy8rLsmrt55Ov/zgLM1vqOcvc+z5KyPrdFW/GBHowcZjLCsy/xfYpm6SzN/drkQT+f9qE+qxXb2Num01leyd36hklQn3iKfLqUMfmtYWlxYpmEiaySeaYBdvfhM8zWejN0kVQRnYN0Xdv3e+jPE2TO14P6QfO3emj2N/cngE+WyOjjHrhG/VKw1ccTqdzqLbp7rDOtG/5auxO8192LsSaoZ/f9eG6kHfpM+M+w37kQn0B6Se89U3AOfMYUmmAtUJiyGmCyeVknZyxFiIcUdYx8t44yr9vSM9ynaUBbPWAse5/fonLwB59BjAdPGaKm0cBw7wLGRzIvoPF+DZ/IQzdGDltVwnLknzYi63zpeuBXKZZccB3T86orAZc1xjk6ldp5NxugBBkluwE/8GVH+zt20ND8imvdwY/ETr7+lSCNxvCTw2M+0VCj0Q9NWZdAY8EzcHKYLHTMNt4k4yno8k++I9/BMfmbw1fMvnTdzuM2dyXgUZ+JW68vn0pQfJtqyL9ryajTlLw6YC36ZXGnEk9RclrA8+PvJDH5zntMqjPhSfu64eXc05Z1f0q2khctgce/OXOBlFXfcVng2v3sH7nJ6cZBFU57tr4nqtBSPwRy8EesKvqR1mKjYe/QXrC05WxNVadYqUbLAsZrysQRxfHTLJAg/n6XXv5YM4W+5YnSRliyDPFPIWHWF14g+sm9jTG2bE3SsHbFmxDL80fZvSl5Ab/8Ik8LF+ZH+HM42iJ4SYobHO/+wMjCW854HKv6vXDjqzWiDAFvBop0Xn5GT8Yd88ZwEkQbMJ4bPq9vnrnJekkhT8ZS7E+L4MV+Z88blpxmm4YFqSGpc/tH2vApnBPWoou4l62BldYxXj0myv9eYpHCy3rhV9Ixx0pPz0fZ3SQQ65m3ubMZ06vrl5mgCPUh8QtkS7Z/sDn4qP7+7Gmfr5ROP3NVjfzx/z9luK9TT2R8EFt22dXLPdQjl+T2tXDYPz+o+lN5zineN5vwui61MuSlSJT/hb9Fs+P6YJndAZzhqZLnUBV3BMfxSGuwlEYBdkMWuQml9sDt2QV+hs7hPbwZzwD6y+D1iG/1lOZ9FrsU0nKUzuSs5hurpaG9im/o6z73fK6Kxn6bZiuR8t9P1EmLqWY82eAZF/aDUL3uDeYNY533An+RxvJ+z+3gP5/oV6OmxReBjWYSA/Fze1abXoas62WQFE4+76faWiqXyKIL8xxRnMfBntoWuVc4/cq0gyVVIhoNF8eo4HsTfp7AnTSUejb09oz2eAf9mzFLUow8m0EEtfCjP53PiOSmXjMId0ZPuFFrkCrAM/pRmDXh8Oov7Uxa3qJOkVoRnXFrn6JfUOWp5n43XOXLeDP/q+nMHkhsV1/X4X1nxaKKe3svyOVQbd72rUeS8/amowB/zPA/XmXh/OXHNqyL9DaoiXdUB3/HVVZFnK76GR29eFbksz98vyx9hmG+cbDhP1Y0WVz76X1H5WCPXcuXj3Zr/+vqVj9NkpK+qfPSbVT76W1j56H9F5WP82/6I135zax/9TdQ++oV8TI6MuTfcktpHfqKbUbH20f+Gah/9ZrWP/t9U++gqHx0P+CZqH5mrlNYiLssfhuZV7svym1eR+Lis5LL8xisQ/c2sQLxHb1iD6G9WDaK/WTWIy/KuAtH/GhWIfkkFov+lFYh+iwpEf6MViKVZ65tfkfj431iD6H9pDeKG6/7vU4Xo/4tVIfp/typEv7UK8d+qCtHfjCpEf4uqEJ3fcFm+WIHIOs7Xqz70/0urD/3W6sN/avWhv8XVh/4mqg+X5TesPKzfzMpDPkvNq9J4tC2rOPQ3A9nZ30Slof8PqTT0N6g09P9tKw2Lu775e7np6sJYX/tmqgv9b6C60P83ry5clt94ZaHforJw2d/ULdX/G2sK/S+tKVxW6Ja6bKPdUv1CTWFcUed/rYo6/2tU1PnNKur8FhV1y/I9abJncbL5W6rq/L9zVZ3/d6uq49PP8or/ba2na62n+3erp1uWb1lL5/+H1dItofnImraSd7iXZom6jaqTcXrS3JTjXW3J9fYlqW67gR4rICyGuCCRwWtmjLzrebSfyPk+3sbr3CojXYRXcQQWoW3EoRtxXklO/GGoLaB3OsnMmfRO18iK55bXyK3+vCiv3nk4Y//KDPEYOu+k0yE4z3RwtjTLlJEe+6I7LErRqudt3SC6xSNb/ynP972Q3z+bxTYB353BQ1s/sDVbOe29HF7MD87yuyxOnaKWRs93nSpP1Td5BhcTRyRGoIYyqBKaf07+/7o3lEJ08co8gx8T98bkbOdivRprUF+/Wm1Zfktr1TaOyhvHPb6qauybqwxj+cZW2fI8R6ITyQv9BgTZl/L8uZ/lrGtnZw1DpeXz91JHE33Dv9ahiV73dlYZnKoelHywfeBjB813X4N9xAulhEbKKrNIV/L7DNXL8zkMV+xTOwHtUIvBfk/iiDfblIO/kFEu63N5nrMxfo0z5Jr3kZR8gSW8p1HkL6eW59vgT2WBl7V8z2VYnndVaClMUO6bOswJTvaqsTwff+ZcLtbpKwt1W7+WnP9rsBN1xGr1AbGn5S31ct794iIZrHW+rFbkU7gkdZXodhx5NFjXzGrhq07UbQ3nd/bD7cT5vIxOzu9Sj3hVspGvo7vKpuqxlZnhs1XXD53w+xzLj/ni3euB170Tg2SUqRp/4yijd0Wf9O5prpZ11S+e1wN9044aOcNziOiPPXC4cfm9OtLge8B5eGplr/gepmMejdeti3Ijj8a5+LHlX/kUrfIcH1/kHevxfg6gvoXI9R1ko1yIHrJLK1Vc6cfjXGLd2GwZJezwkuuDKCuwh1Rl5aRWrNJa1Ef5Y+tghcJZArSjSYb5ZkeOPEp+/5Me4wbGI7P37qee0xG86oxEN9kfzTFRW106yye9eZq/v846OuTnD5H5st3Xl7g+as80W6lsl/RALYbqSgxJWbyHWWIFrlVpmbXBcJyLKcqtiquru5ajw2n+nq3c9SAykcxIYe90D3w3zb63CtRWVUQ4uUtwvzW4z8brxblW7o67ZPX57QZ6Fkt8jrEeJJzZ5c/2wP2W/8+adunp3xYWo1pwACcDg8JvT+gN62Xus/cINXClF8+1b5plYCBz31g2BI+42PbE18l36CE72DLboQu6qg5+D6mruvML/f1D4VG8Kjmhhr3UVImbV+NJL/R5hpPFWusudv6H5HYlLf7RmvSqiJK393l/JouGYLESb6lHPb4y9ilyLr/LNuWrv5WuosnYR7JNjtIWF5Z1x3C4k1cv9v0wxaiWdTgyuW/aZYb1QJIYQ0bJSX/SY88w/xrTN/vNDk8lyWK/tEK92Gn7px0VscbWL51DT/ud9BI6Jhr/gPSB6SvL+qeT1EPifsds5Lk90IgnvW+nHV25lbBoU9Zd8Gx4ddwbrlXF2lt+wzsV56Y/G9FQkk7WPcxI/wjzykZyulweQPNMLpfh4UZwOR6sG3Ps0mKSVDHbqBbAj7Kbenpx7lNQyH7ifnYZXO5x7lY73xZk1kcmg/aFLJCe1MHNgcown17Nh4Grp16Zt8lTyvib98oM7lNjpdNDXLHmR9dSJIs4Qu3WwAj1M5d28iuDsoL34PmE+CO8AJdKXIO77l0ofvvFiaqE85xcKNeyDTxL8Z1zVQYvij23j2RYn6l4Hf6YaADP80+JMnVAgiNCLyQWSa7H9fbFRFYk9yBVjzNVDssTSXrVe01s8jOVeEYSfOXl3ssJQh+9FDXW4lu2HCsSrFf4GKSYI3JWRh0OpnI9w6vHOeicvEz8j3smDd5JXWF+7vMKNuDnfjdvX0Xa4B7JB6wFV1fvKPrmDNPQYlXiaupPiPCAZ1GuHxB+f7Vpfl1nwfIZlbCRZF8h+SBd1YO0nSrHp5IZwDqnFSobo6anl/oZsLR6sKBnTpBMkhu8TuT864wuG1t5DkVjjMRELS5FD2Oj6tAxIi1c/9CXvIukXmZYigq4hPXYLsVPnl+ozF7SrIbHxQ05C/+XOkZO54zVkco9O7JXaMueXit00iSZGKUzGC5ZFTn5hb3fdyePL8QR+dkO45rj2BzFbpkBwtGj6ujNTsebgr/7Kb1Jv7CZknhyH6H7lt46h0DN5yCN97a9PLETvYv23g1tXsv32fb1/Bv5N/N/3nZaIQ+CsxgsZ9NFuRAZyYbgp7xDxVO1sTyIOmw4QjEbws0z7qHMq9jO52yHN+ntVGlmBFMqV0tMUByDCPBWnrOVbm5PJUjUrHd3NfzWrhq1J23vcbbVe2U3aIcjXbcRHjDFsrYTIzcMifzKxfrXUzyLVakiEvhIlcFxahKu0mzPuZhSPEZxBL+AJs6xTBcpdfcHsuMB5qR4d74cp5lH4arLGjSgm/e45jNqcY8q5hzz3Yui05ptcU4NdiVCk3aSqxIOjYF/6SRoLGeS4fytyAtZzF0eUaD/X2qLt/OlT3OV2rHXLhA/9vMtzgvTAFtX7yr2lAwv2ECaagpR/eIs4zM5U3bkfmwttmUxqs9523Fkn+Os7oQllesBWjyrJnq288IPRWluIWcQMybEwgRXbKRNjARWgaR6qMADDK7W1YkKrMrXyR71wVpYpM3VOl6d59TzqjKqQNlfouY/MBStNUXRbM5rq/2SiLIvnvy4YtbNtwLrIg+IyzgXFHhi7bYWn6JJ8joY+4DP1HDFlscH0gNhqTpIlcorttOuFol5DeLfSym9FoupUnjNL8lFUmeiCXdQws9E0RW+5kEcpnjuJ+iOpgmzCryWc1E4xtZ8HeP1GqnsRtYrLU9Loa8dlWKZtQgzkvVCYe0NZ89/JlmAt3JtvWoC8y7WKK5VpZEDFzd4juqFfltGDop0OVxsKqadStwPI3ZZpfhIHO05emI6Ypriaubm9BTn+9WiOUW5FWupF/hCxzXyW4zw0/wKjgONwMUeidXRB+eKTv0UVmB0NKN3qFaeEdPB1CojUdEnaYhUyr1tuVNLMQbIlQg8f65vL0YDA4m71focDWTOOQaviuUf19rG+8dngMcjyU5wu73xaCH/NUsZHI1nNa8912tzhOp1z8UKeZTGjccItcFzBQxLlo/P62KMyXLmh6AAxfh190ezi0eN6/o3FRcojQdseTQgjgXEnsUiIpeT6c09hS5LtEuzJxe9hK6q4qt9hd1K/Ffsc33UEoo1Lmuw8W44T+BeHsfei3fy7+bfya/O96p4L8/S6v38ab7B+/lh2p05d62Vax/8QsO4qCDH3P+/77FH7wltsMTLRXzK4dUwpx/rueqKoXRFwBQ5KsGz+knkl3Neal7Vn+DaNN+Ztk/YLF5Reyp+ijs7nSgeszO5jNLOFCOzPE5zyXm+DHk2QM5T+LG+g14E65pxxQyhPChya2fpD8c7ijk8R0Dc985jzBGQope4GAfhHFbleZ62hIVq28Dgg3z8y8deViIkzeu6+b34bdbkL/W28uJIWibChFqmXHQtWRJduyDJb9kygpaM/G98TpvH0Bw/4DiajWqnN8TkTEbxM/fcC2lt/i5Zl4MU/8J+FUbPqsBp4Aqub/kn+z/w3c5zBmY7ah9MU7USZXLnrlbuGShRo/NsLyxCA84ybF1/kP9YrdWxD/dd1TFw94yWWN0rtgZH6Qm4TR2lU5iOfGCRQBhYPIx6wda5Vlk8QD9IVoit3ilIY5pw8fgaXoOj9EXK3flhfodgqXCoj706tNFZTEocTjsGxUp6K5zb1dLXY0i0/hy97BzEcdrzbV85wYN0BkcnrjUGH2i3OvzGo6PY0rvqB14Op+hblUFIR+qWmhCfG9ZCF6c/rnhF/6ndr72P8sf4t6ueNDmxomrKRvVe86UacU86V4/zy7HKchRoALpqPpNFy5P1hwxuUs5bWx7pPMXfS/21xetKvbadk82RvtyZv8xMF6utm8fXt0Tp+motPr5qsFz3cX6oH+s8lSU+4sYv8RGbQteNbVCJJqlNiH1FzSv7rNT2dU6WepPdTjT3KPMe8TqVrhpr1f/qqzatwD8nSBZcg2QrDcb69UVr4p+7piPVJ/mRPq/YxTo+AwrzcazvrP/FtGeSLX6Lbh7nPfywwkVjxphkYZUz2lVwlJ4hrqhnXZ73JcZbiTX4T/JTElmMFJpi63YmulpNyUQa7ptSvZ51mCMkS/uHlj0qtZ6rxcyKP+mylMGxQQo5Mng6MZXcWv9VN0QjV2IakomcyuBNYiynrmJh8mzf3Gi+fRBlgrFuuWGu/ZtRVT+P4fzeb9KxAetuDmP2xegqzuhonnO0IpJud3+hY36q+uFJrzt+YQ3+nK9knAjl7nMI3O4K1ug/zWdRgduV9T/jOjKPc22sf2Uy+8U+rNU83osYiHPxGA0j1gXZF3Grz/mFnBvG//7UO0PzM+OZ5aLoG3l96G7FNTJ9Eixl2QPu9LbvUIxA81u4vLRaDPQ47sA5a42CL+Hy7ITnaumZ6nWUpx0kXvxiHZLLvWZdxt3tRpopfvFpmEQdzJma15zvvVn8Y27OV4qf/AS5jr0V7pQG6ERc/x+v8Ctogw+Isxe4hrXCe8zLSG0fv0dS/OTO583XHqYmMNanKV2HqUK59REtxN7ElnGu5/xPpBZ0W3xoLHr68femcA7d98Xq5dLKK+dlrJDKnAy+HVj0TnK9LXth3D4zTufn8i/zsyeFBq/315hu8p4bXhdXcGU2Wpm+U4R59vevLOTZbehrZ+3+dyrAhUgVtOBBdL/kvnE13vDCvcMoBUeXf8lPKuSs8c7UYWqEn36s9xGNxzQc4//Vv0r8IvGJyosl34BjPdbjZkpda49mZ/cOsZdWwWrmTIOkGvZC/3Rzq5c0OyY+yR+SyNJu3m+CeyxbqPeXxEsrcFEi1uAaSriVi6PG3PJQXKw3B38zaUoROP+a/yQ/TPMYn+e/mVhrXMv5qnHVnGVqV+XyN/kpKdxIs5Ak/pslAmOA8gxG+puL3lncp6O+cqfKdbxT7Ona2E7FufO8Hz/zcjiHDD4r+0H7Te2MqzZzNckup855016U3HltVkm9pIud8kzOQjblZs3n5kXJv/tUMSZOyxoRlzUf+0j43g25ybFekR+/ggoch7/kbbQWcVbq48QejcdpNeZSBc6R3pxNWJF0J7Yc7xCv16RUG6zLM4//jNg6/6tqUrE1x3dwZMfd4TqhOpvpEqnPb1fAhuJfngm640+eu/YuGZv9wvHTzo5sx+5qb82/dcKI9t2jX5MFlND4HD6VZtnHvy3Bq4oxGx061NER2uo0NOCTPO/ELurtyGdC8k2TfJeJJDT7SX5okyknoz2cjButxkl4ldbn/5A/So/FBQV5zRpEjM7G/oNpEQbmDZHvkfWFpMzHZfbE9hfbBhyT5m/GCNbN0SU+i8PQXTQgTQfSnRJhYO/3tKp2tAtSIouCQsbXm8T5XpzBmo3ymTh/rTTXLin+mjHCRYfjYTWkBLHtQc6zijLwOpnmOXjZBFugLktpKCFsQmcyKGbi8ecl+J1hH89v5EwzLszh3lyKOUmANchGcvp+tPniZHJFfFbO6OtKi33MeFljvZNh8fN0IDho7GUbg0FwMYo3qRKDq90OW5GlN+hQqN1xKM75uRLv2zWW77xOLGb+bs8UZ8Y4X3gfPEBPwGKb4DpvKGUSeckL659skKyg2X7p2K5OYQh10CmJW83RBpOSTivj0+9k/FLRKB4ST34b/YjljLK4a31ATnJ9iix2ESyCtE5SLeoxEpmC7tiEURJL2krXoru8SRxhKteOKzn7b2t9S8muOVodFfFqd91OVAnO5liKOqlu+iNG4E6h4nmRFGng3F28pT6kY6O47iBVi1o8443ALYIzMU7GjvN1OOOfqzm21VW6e0Hj4rnd2j4b1X0wal8f/FSwt+vwJnH++XLvFUF6KktQOBxvEqGrzuB2bfASVaIXQcWVFvMxAWuVm/3tXK+smGOcQ73o20m+hmdweqo3fp9gaXIOnatVOD5d9OM3Rr0qvJCtiXOtRXmHrGDVcfZZDVmwjZ+2nCMaomgjD9I56DAlV15EJtxOMS3171AnVvgDdCWezbL8iG3t6oSLjZ1vh2B7cjp9LFHn41WK81wfMWyLux69x0br9Ruf61Q+JZaKQeCwXY+W+hiH+GowUtcijY7YTiogXhDOzRTkqpmTEQZbB8M+yZ95Lj9rmuJ5cRzYZa0ZuEyfR8xvxP8VeK97RS9K7KM1SOk4jn+C6MUn6iysrF6MpN5Gqvjf9rNY5XMWWiJ8DzVIhA1YSmyP9sA4857MqU7Qq14XjOpVRGhvXiEtCApJzDZnRxHF9zCMTjR7iL3wqlpoPiKucbre/rQsiyk6i5vUWUEyvFMZdG5TKZGFa9Vsw5RsBEOfscd6+LxebyCD2cZIRHqlvN1sM89M9uYjq9aSq8qvwc3JNIxx2sVK761EHGmbLT21Z5vTPK6kZVnE3uIR6K0+N5xfsJ86ldbIM+4mi+VmDHrgFcVPddU7Kz2eD8urg7Tz9Uz4gmd93r4PegcWOxOPdoXZnXYjJ+mcZdgfFViMu5URrCH+y+UdjTRdVRaXbPMH//uYbSbLiuUkdyOuu1yvs/hYLeTqGVOPm5ONWJBepRh3eriqE9TdcuJPs43zkV3rMebobHOAxA8uyE8W+3a2cd+6dy9iV/PTHMpff1WHdVKfacGcwa2rQzCdbQYrl80xQDFu30A1SNVxZBIWp8Ggm1eHm0w/7Oh1xMGCdu+1uP973kov1kRnm6E0SfCxPlZnCIe/U/khZ6C4/S7u6jNeJ2T9HoIdxHvjKORj9kW34TfitblTrr/RsNa2bdIiFb4Eg3mmvWrAORJFnYxeXqnVOtvMN5Mx3zxoLtULXH65edgYmfGvTRYLla9/K9Wj7egVlcVCU4FHjMVvzGxzMyZjjOBIZDA9P5P+19xpXJ4oj8rXGcb+DRtwrH3Puvc82BrUpO5ox+NzFl8dvus5u3ulF2MFP0BjpMqRJeHhEvno6p8uFMEU67BemeYZ//JK/X76M++OSK5cEsQrnW02chKTaInkcLOtdHUHi5pUWbjhDHISJ59tDpYezPOSFhVVvIeVaH4dwZgmxRJvcoQ4MhWuvzKffkbSqtSuJmiM7BVHyGYb1uh743WPba/+Egdep+ux1vCMS/dkneY3PSjBsX3OPKrDSSqLlfheYBEopi2m9SZBUJ5lilTAO8H03fKtHkvWoWc173467C40F9N/sgX9j8VkEFZGKNNWOhpMoQYcJ/14byBGxmiQTr6MYDEXuxHPok2YRm98rHpV885OltXI4mrJFZTcvBar1xDhQx6LBgxKNOCQBM+NvCx29r7rTcZ3vZysxZVVFltJ9Juj5CyLPykz2DZ5sLURDW0VOq/KSm8+Pk3y04q/lT5RIT7/u1OAJs15TDcLKrCVfekVRW+bopgl0xZb+qR3UmNxhRqLEQmD3+ZjdC9eNabVfZX7m+2G36Vdlsh0qRV8Dgd7Fud4tZJdsE4XY/dvqYMwAu/6v023rFxylMu/r1ULATlX/cGVo/G9vyurw1LvFu8PPs93/DZsZ/0iZeAnx1ddrNeLXFvgX2vbEdf3sF8vWZBKWXQipsNp+THRZ37ezSU0GccM+mOmbUdjsGc0Hp/9+FxXy3rxf0fTB55b8S8/0XzdR5SnZ/CO5Pd0xOBIYrlfuqs8sd200mvEVtJLgc91I05NGTguxtyYtTbOrnLz3xWc1dpb5H083xTmwK1fDkdo56sc5zkvZ5KSmIMKtE0766qNP0bsrlKrLEuf0YPyhldzRYVya1PA30xxZtcb8kY2mmPpb/NwpWR2zjZb+3cpEj7Cn7iLey8T0afk3c82TCmxnK0W3HSWqMuNxUvCH0rHdR2UeaWs+GtyuILcSLF0WIoHJQY822RxVuA4ndNy84LO9wauoLOCofSMN4ER+Okj9QJZnKo+9Wow24+xTfjNzgr2FX/gdXZj2RjcJYFa9EkoDzk/irnzpbomilHyrFw/hHi3ePZ70hjcqIYJ7oARzb6X73K6tw6dDvk/Oub2fC2v0ZEJztWYrA3+z/TCk+YpY7FYEE52185zuV2KV+CrqI8zoU7HQsP/fj/6t6LKYl6yS4Xj3Sbi3cWM8uoI236hscIzeCy+1+BFLMcFGJhgvsYISI63bWqc2S3GucW+bmpwWBtep8dNFk+Yo7DSuO9yWIGdbE58LRx9q9AvG87Ze81YvG4G4g1TrjuhDWMDSj+Ho6OrmvCyYb39OxRj+Y8pVGhs/tisAbqxl5jNG9vgVRk7vicetxfmGZe/l5d4fH/hQMda5skrzCumHoe3edUMxGFtHkvW4xXT/UvGv826MR9KOgn5nGRMEDzLGU9XS+bmbFOO86QfYHy6uEuP00rnS6Ygd+Tp5nEvnlSkg5NoFJWRrrtIKrr6Sy3LhcbxjLusm0ccrW7EIkwUn8twQYpxSHp85Z7UiB/6xeyq2LvQRa2hWolb5nCnesg6bPz77Vq5YiwOUDyX4Ev0UFen6rIwSjWD0gwiznH9ffo9c4m/yqQj2XG6cOjKiEO4z442X1czJFMpiGTezYJTu7ZZtlLzqvgMuI7e1cVvWBPv+t20rIlfRaUV8dNxn+XuM928mWqlV6obM4ebolxdK+ex30VuVbiXJP8eYzkMijgrf+fQCMZLFkY9bqduZW3DRzumBfX8eWSEk/B125t63KTyihHbeBU2vsKcbTk9qhvnt5+gBsmufox31S0YJL0v7rM3erPQHbPN3YIRNjGqMnfWH3+7t+6El8RydGi2PG4d3jE8l90T7ht39d6aLTz3yyqRCR8XMmc/36ZRVp1rUXllXy5zHYUO91aZ0eIJnUuDUJseiCxuUxEiueaxZ0pvhrMjacO8p8j9bMR/uB5FRZZNRpC0nRe0Lqp8nm0ccojj+BUlHkiuYXpG/dZrkLwx54VZIudqpGS5uk4cb0RWTRGhNJA+me7biVEemzHr9E40HNMjDxhnQMURqWI0yuIPntuPduELZgw6+Px/9hIukL+qo3yYTvgEkhPnxfo+4ThFuHwb1hael9q2y73RUG0Mdo/6Yh7V5vJtUtjJfhAcprPg0ZhrVcpf3K2FuYU7N7wqPzYslVhT3Z6yzSyRpYjv588d/LqCpeLODnfoYc8dqUCuii10fhYjZ/F3X/0EwxgsdgR4plY0HTde6TNdvunl3ny8j7nRc8Z5z+fcenROMkcsVg+ytIlnzbyR/52PD3VF+EakNfG124Tc+2K24X4YjjfW2wU21khqCntuhaLmY0AwQapsuF7RnUyHwjg7Qvn9FlGkY1bjYJvFSq87jsI5eqFJYT81lQ62zgu9d5sUKkOLnnakbwoafArD8ITP798vsHg5+cDWPDvXo4P382x7wtYpsphkCEHUJ6KPoNv+usWcs2hKsy/mfcO6wrZh0WqoCqtDi+3E6zWVuqIap0V0y7y+T6QbrfTO0Euwtf/V9sdd9FUWSDbclqOpdEfKyaxDov5RDt/RIR8W40GMldwXjB/QPvxzIov9yOIJDEj0xx9omyibbLsWNTl/NhY7pzL4lHVJlcVnppgt0F7ie82rSbMyguvIWOzG2CF08dR3k7wCnKdXH3nRTieLvXSD+Pr6i5zguKTBIqyzlVLrszMYEfguMmgIDhW+0yA04U50r4gTNAj1GPQCo0cF2L6KecAJUdcny8gkMru2VGqzB1KduxP+aiwGmS5i/XKcs2eqBxJtesJgsT1e3mW/CGWov+RkNY9cctV7W4rfh9+FZQCPv8Yz2BGdqnaOanD5e55fLtwNpfPrGHaW3g6xRfZAKsBDNtZdSrVmjk842659apDmPR4UZc7Fmh9XFDlfb8y9SynG6aAt5VZ3qTuPs8BYq3+B5nntMFdqiNiXG/vLrVh5bYVj5EM3J+W9i6exXGl7qTa4V72rSrPl5qeWRpw/h4dsKbIGvzk/L87cno6FqQdpnsdjP5Bqnhfo9P9OBYtx1LYkNa889s1eUBi5uFK3esNxih5TeK9OmOXd7jl0t3nJznSHl0EYPm7Poru9LB6ys0VqlH7zID2PO7CorCGiodne0pLP/LxbPFcLeR91EX/8WsX9Nm7x4lw+vo79kfd5fC3nEt4vGATDMVdkzCDsWn2hx5K42EutqJfWbFQzrVDNf+8Uxtkjzj/5O+v2iblZTVTdZSO0qE6yc6VxzJY5bYM070AFHsVc2j58jHbyN9aRJm+sZNKtQlzRbFEmOzDablgbMBNpO6SAEtEJXOvs8u5YWj0pJ6atH3vf0xT73GP/Bcvwz42TKdPRvyrAHsrYu43Fh6bo4+jiL40wcZpTWW2U2cg9es5PJZt18iE8kWP+yGeN96qrz3r99uLfOKQNxy6MUE6xatxJVGfx1Ehv2JPa8Ip0Dpg7HK8qUtnI1mBLlXvUzI68l3zfJGJcthEFW2RP+dyItlGM1nU3jytWXT4hRwHm02xTgx1CFxdwf28qKvCMXrJNEteqFZTCbapMLTSN4iNg+zmr2IvzgtjFzL93DHPio71MT8BYNUZqhtg67UsZ7BC+Yfm6exP/62Xkud1V7NtJYRU52eyqP8Z5NxH7SlI4yudvtzQGweNvKgbhel/uEDaPPiyV/0+QfP4TTVZ0is7hgsgbUfzd+jNSWTzH9V3e3npxcr0agw5V69VK72bBk7iC1qXZyuyn+oiXaKeQr8jTlkU3nsBupjW+0RrfaI1vtMY3WuMbrfGNasnVOUTO3hUUWjfKEnI++UwUv1jpfawcd3OWYQpnatYhuoTT1E6WTyL7wLYTW6+tZ7Fdlv1HXBv7mWcwIh/7ijgCMkzWuGtocFayW8iV9d1Dg5lqZ8lAKKvk3kgrvR8lcoW4SWv0pTX60hp9aY2+tEZf/rHRFytWjKvFrU03j8VUoBOx1Il/3fLojNlEfKY1OrPp6MznomfGdvemIjQuDjM7stm/iQjNK9S4jaOq+mjFOPu8ORXVoXcBcf4BymFHTQV/3WnG5bky1z9dTt2pyqEu9kvkpAPsqhLs2vqoXsBxsqJmuCEvZhuS9f7yyEIz0ThMqacLf73JnBH9Vo6xgk3Wl4rXLI12frHpHs3MXcXva7BarfSK86gVX9NFHlsRPLY7D3VSwbtNMt2Mx5xmXiDOVewR1mE3TTg5xd/Ed8ykpUiqY8TbUJPYTY/GMMn13FE6VPNaca8HRNKPPx+d/nkqK7OKs/Zr08eIPM4J/ZTOkneUPW01IhmGFHKMA+ENsS3L963XS0TP/FBzVn3pr7FsyQjVcjXhl9seJGjJ8fn6IBrBRUB4nq7Llvv2stT1Xm+MyJdLJIklHXuC+L6fJIeg+G49wzlwq1w8oadH8+MndS/E5hgv7nL2Xchs3TXO0vKEU9yIn0bdW9IUj8A4LE5LuSCYiFh/z+Bqm5V+RBcE7jtnqe3agaNzTAv1GI+XEozNsCaYptyZc8+MqboOFpcEJ+ghGKn4hDj0PIdS1YuOMu28FLS3Immkjv8DWopXRE+6wO8VPqieUEawAWJtLWsYoWGG9xs46dIrZNyYc8WzylezdV/qE2l5OurBOfYJW8rpg4hKp8OKHBukrWQ+P64yOFHqt9h/8h1agTH4UfsXxTc0w+Nnbs4T63AzMW0dankfe4d1US/h7mr8Rvwp10Q1L/wt31cvnLENVqut4P7mHWxSDmXsb3uX3piUdPvF/5bDoc61jyrumN6X01u2IppJ6Xmaj/Ze85PTG7uEB/jHV9Xhh57F9V4dHqA5mEJvGIfHcszfPNt82BoTb42Jt8bEW2PirTHx1ph4a0z8Hx0TX1mYD78Nr9K5aZZEdVIJ/CG5bki81q3R89bo+VdFz11/YO706zoR7xruFh7jfxt9wlkwWI5ZevfwaVSn+oZ7hI9u59BhXY8rlhW7ha7X/GOCmtaT9kLPAkYxozMorCD2c2VpT5aptHZb5p6oLqKBtcQC4968z+NRQc7aLWQ7ZE6EZFsBpyW6frdeNHOHV8Kxu6SgqAVCq/z3VYJCyW/meqE7ZEj+7Dw1bbzX5MQx4tZu/nzq4zsE9x/kf0f/S5xH0Enkqfulr98Iwh7+EVirs9gr7OPv5RNWqAz6+I32WS+LvWFwYWJv30iP4d6YT/v4vI81PvvnrlIGJydy+Jafxm0qg77+d00Gh6DGd5jk3/bXweB93d5UgBGtk4pP9d7cT5Qx5f3qqIcz+yv39ffz39cGe3tpQfJ1Pcb7+Byx4Gsapet2jW8Acxex95Q77PF5PT3B+JVdVR/fRzdBe4s7rQ5AH3+i6oGJitepuxmvZuA89PHvpm5C/3wH99K6JdeAVeQQGe9FBe4lrigdjJ95x6tD4a7liDFf39VU4BXRLQbjNm8dDo2eebr8ytr4/j7B9y36+ew9tuJJdrXZXcUTxGM24Gn6P8Oy+ju+mwdJNPUA/3LPjXeg398fq39vDvJZ61qn31J/1fGcIZwCEQ05q9Yhyp1nYovPjalwYMJDj2Q3ozFUG1wG3pG91LGFa+JeyqNwT/TNfRHK6RXU1eRwvLJYhzcEL5J37jQv/iYegX/Zd4O9mwkPN3pxr3cTnVze6WdxHOsW5nh8jInqO4mf4ru+8zGfQ+w5GOC/oK/3OEobmInKUc4KvKD53v9JDPQb5Dx1xLoIVdLNgb02bm9Ho7juD9JrCddzu21hz5L4qbefIFjOsy4SxiM0ib3Tx/+eulu08z7+6/oFzbgK3Ft275B/6y5Uzk/IRmNZODsonkdY6FL/kPT/PtgPZJ7cx2mwn8GNunivie61SGMu3DzdKA5lvPgWDrumm+ckg9OuYkz6GnQWzlupDvENbvKWRjgAc2mUyNAbFJEbdUPEmhiVPcZ92RAZygj6DMe21oj2f3MJmgy/Q4wnM0CwCPugLfGZfox2EHwZh9Fe2gt8G3LYMN0LuDBWOnOp6M0tuqMPxpp4V1p5WCsPa+VhrTyslYe18rBWHtbKw1p52D+bhx1udvd3Sf7fJnjYnv6meFidoKT//fmYbXYaApyHe2U/uEcYX/tVvCyDN1RKnt4liprEWWYBFtNiQVys8S3mAqbI9zLgTPSJagcVU/roQpZNWzPJq0ATktK3/SpMVMwNDUr5YYB7cS/xVTH3407VX83/RqOUA24O9+MR/3243/5oyf3ibzbkfvZfhv+15HqNKuZ7R5PriHEc8ZUVGORLpgg152qj8bfwtdHYUs5WpYcUcA6b87bNOQk8bisPbOWBrTywlQe28sD/TB64T+jDWbJJ7BP2QzV8qV7rgwGml3E99tx5bJDKqQHSWeo8081jmtxJJdFPuqEcTBntslsuMzOSHC9aGOXinhudKNcD0EBHMZGeNAOcAdoGd5DrB2ikI6DFkSVdAWsjtOAkFbt9MGdxXcqqMU2uGf/FXp6iXUbmoCi39eIUSVVjBu9rjq30Y1TV1NGWcSLThvsOuZktxRnm0KAOHyQGRbbtVHzWvhxT8DHK8aTkiD6I672M1CEF0WiTBMF/PtWE9/n3WMZU3iccpvcJ25G7dwnV4fWgnc8jDBJqSBgL1wtgn3CiqpZe3QkzxpuId+k1XYsb8K3QIYO4TouMxPzraK1mFGjLyE6MR0fBHN8WLSnM0ZctQR63Yu/H3WMYt58jgVyzwWikl+JxzIPrA8QjuyhhEVN8Bzgac31Zg2bj8Lk20sWZ75wfneIchhuLn3j9resi1AZjVeA9AuAJzXUPueidAlypeC6Cwhp08dLu+fh2uFzNyV5lLjT8H69xk+2BGpyle4Cy+4ZcS+u+cf1q408ORZuraE2Cv1mdMHgNpyvOj8xhv9Bg//Bqy3L6f7NN9lfoFxrwdT9OGGxFOVxYxfR6gdlPnZm/hA43PdBBPy4So8me5DfZi3A8DcMF2qBf4LrqHYTqaq6FPUf3wA7KZWI6RO53JBuif9IK2q7rrbQXOD/ntPyP7UDFo15BPIrFwqAej3oGtxPXCLv7q0t+fUuV43OP86/594pCrt+JyVWSOXyPqshcYvm3ydJLlGuEeOaB35MGR1UPB+EUPdWwhjIdJLlpOdyjXhIk1enCPeaTwV/yU9HENcOqER1xv3pQfUco0kU+D5GqmJjO+Jw0WtfF+UPVT+q8+uGAsEHW8JmUwWfSS9SI3uKu217q5WZL18MDwzbZHrhX36n4zo+UVK/C1X7yu3Qxze8cEIy3fIa5vu79tKuC5OvaRSvGmfJDBWeWO9een7jOXKWZE67DZXaWVBv2D9el6yUL52ypv+GodAf9M4nm8kjP+RmM10zLNXi7IAm4o9ld1EfwczNR5H4OcR9yVwNH0d2Hwd15rY3X/3AMVHWYo4+QipwexLU5gyU2PBQJjMWPzFjcYcbioHAsOuuxOB+3+CcVxmsX9UgtrvjVqMSz5Hx2LOMfBqP5z7QD1UfEuY2Ps8ZpuaNnWwxS11rCbaqNzzm3gXe5nPDvhimZQfcCjZRLlvNSDFT3KT7Z/OQifj3nb5V2mmJKvpQravEWDG7FdbYBw4Pm+zBQdaf97P52R4rzHiqluoI57T7tSeomDELh2L3o2ai38gvmZrwiejfT5tvBLfYdiufkxmd5wfvPb7gK49Ebrwm//plXgfdgRZ71TtytGgrvxm/1C4+ijPj38IYqzS2PO6ZzT5abvCPNgJD5icHQxF32He63QIdGmP2cOXJRwmBguFRq2N3oB2G596d8Hcaq+LpUNNPpaIeBaj7Gozj7Yqfc+Ooh0W5NsWuVbdHhqaNqSnIPZuZnpxnHlRyC8IVmb0piMuoFT55HLi9Z+QOpV6KIk/2OjF+6hvHOlo7WlLxbzmkH3cHncTJ0rHm78JbzcbPHXINrWF1G1VjldmOgYq1tAAVgvWRQmKRzLNccMP32TU+XVasKi7tRj5MSHXRxhAqMQE/vBsU6WPYLvrnE+5PkAr7K54wODq1oSNfnP+XuljL7TGJwyNThOogtl8q7Png+1c/uxNmUtMBmwE8oclGnV3InrAA/89bD4izJVDVZYEC1xSFhNjpTw9vfUZXFYjURxRmbwl8hjo56vDHVDgkNdq/m9f+Me4cnshH9N8C9dd/Ur23xzlia7sG5hhioDg033Jd4B5Mg2k/4ClP/Qa5fY5W702C24tFHtk/hR+DsrXvpYE2SW1j6rIvI5RO7Xfktfm8HClL39kKfXWR/4vPB8zgIDxZmcVjIe9Abh4cWi/WZCYNDTekdnPNcG37LpFAXHhHGnJDtBV6NI8NTVXmEcc5rNyhkXPMFdFQJFZCc8POIn8NdSwdQHW0vGZ4DdFXinpTBkuQI9Ev8VmbL9F/MORqYzeLo8Omgd+K9aLST/PXrd9anaFe7s4OK+cSh6KHj0zGxUIftan+crsA8053P6XiHrpS3cDzN1YJtXOeoQU/p9NNGOX16VpRfPySqYj6a6jC5bBS6ebOi75Sc6VnoXtJt9W7Fd/ZNH15SszlHuz4G8bjV4H5GUymu97xb8XP34Sw4aCxTJ+Ik6Qf6fHQ956o3KVdzzbvflC6TOqwdPc6jj+0VtqWukr9noUEyw9/Dz7x7pcMJz4htqx29/9Hsxwh1XFfmfmMpcIOcXr7HwmWZdZMaq7Vls/DdtIH1r/DYIlpOKQyH8Sxek1ko0Rb4Pq7JOqSwE7yexRwvrtUzzfov8LzXkOPaVMjitIKRUBNZnzy3d9WR+kAani/2RaxFIFmECn29WXDdkNy15VGPTdYX78XIfLn4AE5QNR2y0RUGs+BymR2nqcaleAIPwOAE9QCOwjKzsee4XXA10T/KBzhBHeA5zZvHrO3gOvaqaPU7StfKWSiXLq3lYtPydZwX/KHZFg8rg91SvSLtPu5s53IEi+/htHTHhXIyghHdnu3bDDXX4jkTmN90ZzxjOeeYM3V7Sma46+yzJ+IcWB6H84H/0CwTOL6Pz2uyxcnM4MxUFv8jFemcTZ5Fz6AdPbj1gKg2cb7wz6Okyup/iK/kp6xPcoe/nkFXlYsyZpnOXffui6tYZ5uFjmVO/+OZu9PWy0tJfnSRbng1JmN/+70wg2PCHG7mMxzwvk+W3WeMFVcryjNdbpr0MjsaqzE0XI2DU6PKakU7LOJNlKJNLAjiHNtnspwNyx1/ss2ol5/Osj5hSvvKxJ0ODG7XpbpEkQKK+ZTnRr/lcKtyvUj6Uy3OyfNV7jknlnAdzsffkPfEM2pvDM7KfxkncjXfN+NOtShCq3T3NudPrKkxj+qPr+JQjjPxlcXKgeFYQUPANQcWxaqDuGKVayS+TUU+tkxxL9sfGR7tJBkz7fP//xxw7XgDfmGnIy37boVbTZcOn/OoyFf+WdwtV8Ld5qMsyX6iAbjRG4Yz883524kB9yF2tUxbyiOKdx4b3qYsjgszshY96Sr5rXglz/4h0TleUU16u/ZW6NzgHP16coGZb9bY0ebLaqGZz26Kx3Ime3MOy9gV/PS+Xg84zjNLcqzvkT6n9+H55BDMwhz4bdjPsYKymIUl0hdmemBQn28Q710GrqON7EDegtdvRL7cH5mX3iT5UfnfYEcvqaaiN0bnnf65mCx+v91eZYs7tOTqNQkSbtCSd8+DwZ5lXMXz/XTvwEWjz8uPyW8eD87hVjnZs7aICxf1vqDAOZ1HMOa7Rbp7nTI4wjsn6VZi4/w1zrXmew5CT9rRb+9lcTw5PTCm8K/ipDEfbZCzyCfsHmPwjj4DNynWmjiP48t4KyP1WIzId9D8HEch/cUS59+H0kHIgL0Ll8uvpZnlGRwfZoU3j8YJ4ZQEo7sUr+WdGptnrjQ27/CBZkW2ueNTLmt/WIr7M74kqzE2Xzp+S1wbrvMu4trc3AzXJie8qEmVYtscvfW+alPoNZuWDG1VfNpbvu33w4PwQ9EWeJ6nJwmjFPOSnOijZ+adFhLzdO43zOtXh8k0n9xoJ4Z83WWJP6QYISTG7CDcGXn05hb2wz2bn8irW9NiJV2H57F5rtORTJlwNLjel22O5ntWDtd5hk9qkx2IfXwn90aaotyLnzW/IOdu167zcXyF6xPuOhs7jpjEodhb14K7zrAPgPt7se19UshRsJND1vZiu3QoLfAHSxwt7pzD3zgK6USPI+eNUd/Tb3kGPwjZR3SqLp3vEqk+GmxX6fMSbjZn5zclP/8z5KbBUf920tPZBhuTnWfnv2mZ9a8nrTa0MTYmqb4Zm+OoVnn3jci75jKs9O7pYIy/ry/xxkT96r9K4rXKum9a1hWlxYYW3qYlneN1yz0nMRif7lCU3h8jsXB1ISEvcq9xA6+uQWmfuEqdZe9wgSqKHl8+vdcZI3zyOGQ5ck+1OJBuifojZnBK+A7VRj5vF+M+NeSe5ZdQzt9SuXla2Co3t0RuFiUb32nRmevsv7YcLXrONiYdTws3JmUfz7GcLd+InGVEplXGCoJRHd4z9ZI/crj3Ht5O/b3l7AgsoHPyDXgJWSzyLZ7y/xPlLedD9McCbJ6nz129JbLX3dHYKoE3YXGen+d40l/T37St+feTvIyUOXwT8tftc6+Ilvona1T3qHL/+Y3IZubif5s85hG2RCKfL6ilvO6bJ5W3zPrct5lM5bn9O0vk07+GRObZLAy+51ekaqSr7AcRwm05CCdqfhZHlOuwWjOlvaebhC9xBtka3U+9FmTxjp5CjB6wVvSb1foZ/ZrKRBlSq3Um4nFGeiOv1oL6RRaHJHO6j2ry3O/j0Yum4e6qcmxNKdxl1mqDWj+LE9WZeBgpnBGeGZ4V3l01ShPODtflzycjcf1hYQ49DGf9HJBIwcfnxFdlMTw0OCesD38YZtDOy+JQjgBuMyIMKl+DjxQuCnKgqrurRoZbe+eGBqNCfuIKdT7lcGP2ueRZYTlGh+eFBhcFb6kBNF0Q9Q4whDFhPQZIvmlTguXbqcETKouzwnfpR4wUYbL4nn+ZKkcW54cOb2CZ777P4Gh7VjhW8D++56/WRiiekdFcZmYSqzWhQfGZ/54/NmS63VbVI/7cCcMt02Bnrw5bmVyE0XeiOtj7nr+N6pxcvl0u9RfqS+/SR3RBmETeXyVjGXRX40LGHViWSEu+5mUJh4G+Knth2FWt1sVc2YmqmCXLeb5M0e77xWaQej24g+L6qiYwTSyV2DTLYc6RPEj+jbsavxHEuZX8XzleDsrxF6FD5nCPSyR2ta5FOWod+mDqzaCt2klZkOa16EU7qa1Qjqe8WnxEa3ymWZ+ymKzbeZ1TbwVdKIsDEm8H0puYYhwKxuFY408XScfPXRL1Pl4V/JF2ouMsc618wNga25kMtkJ7c42cuY7gZ70T8KyOUad553nbKab4EfR2kMO7AX87Hd0VX+vQ7I5R8zFUTxc+c60ahaRaq6aLTjQeBi+rl+mpCOP+qgjj7njlEBhX6zb4qeeyEMuMq3zbX3q1G8a2FFSzPG1lys3WptxwbdM0/Fqya4ah0lr5i9+Nd4DXu0l0hxAfasbmd8/hMZ6HxvAILZRPHuOOuaeeburwF8lonIlf6RP0H9V1MGB+8itdjxO0QYyVxkhsLH3n2gBH4Xi1jTG4KGRsxHslhnAipQvfDiXG++uEdjCib36k8qk3dQoz5c6zlcHFYT3amt7BdZiOjKA6xnNl7vAZxTM9TjF6xdlq6gbz6JkonQdn6jYqHsN9Zs5T/JX/ulfyyNsZRgXMIZ9aG1jcorg3RM4kaUeP8DEVZ/EBMRIg0x3rOy9GK+d+CbAVarGrTmGFKn4/Qu7h6/mb0zznoUxE7/G5Yp3/wyBHn1GMHfSZ4s8+XkQRj+5gn69n2jReVuyCDDjTfTdvonrTVOCjgPWHm0wFZop8jleK7z2QHDrj4Gi2S+jjgPBJMEmvIQOXA862CP/1aZCWa5arz4I3TYNoCD9RqxR/5zS9awX1KCmc2+U/MKXNL2RScx71Q3hY6DEZZWE+As6V5nuK2aSMo+WizNvCYZBl5O8s/hKYkjzlDI7UGTSEw+DqJY6oOtds1/5X1kltR/XvaNY2XhHd3Tc/UKeoniJbn0N3rJDTw1f8s6VXKydt5aSb4qROZg9Ae284piFXmMfzGI81xCvI1mIDTk9dkuKc7tUBo+7dotgGuI07RAjy+w/VaD3O5yv/GrwfTPDZFvogcG9CGKbisY+PcghXS0ecdVitj6brveE4wlg87hU5+obcfFOcfGNcfDz64EV8IhTLM9lcrh6vSQJ1hRkz/2be5/i0oIqn3tTMuZvz7J4JRufiJ3INylXR26bBK1CUFKVSoightkw6bOzt/lukxWpsKC2cbqvKPgsMvDKxR9RiNGBjkmQJNTLum8rio6ACOdxPvzPtsCd9FvCMXiW+N+4R9Ed8Krnk5SoDXWbKUjLyP0MW/di+i6FtNi2LKrAmmI9Dgww6CJ53J1xmWmVRqyxqlUWtsqhVFrXKom9CFl1it0o16F2Tm5ZFg7w1QassapVFrbKoVRa1yqJ/tiz6+lLo3Vw24qxfLotWax/F56dR8nx89fNdR7aW72yEwm4yDehshsOHG3G+SDhGEmGeUlyLf4YcHG+vC1rlYKscbJWDrXKwVQ62ysG/jxzcfBnYl+6S7K7j6MwkrzRj9TyHp2ROp3n/DAl5sV6uVthdk/O0iXoA+cLrZsi7OFScRjxJDq2VMaQacYMaaLKSN7UK72Mw3k5xD8iBhs84dyd0fG0xDeTeVWYqVmEoYoyoJI5SWYyS/LMBIKnF5K6SXFnJmFJp6UrNK9EQrvqKNXArwKvVEO6gU/Kpc3K43kE3hMN08Uq3jjnVEN6H+WgIH9I5zMW9G4zQEHLN+OTEmsI3f0oOSbEm8HORwQ3h9T6j6/Dorq+DwyPiKw3uj/YgwJ463oEiQsl2ERpO6S40oq8pIizxKFxRd38zzJtK2gGDjMO9KY53sMlisDmNtQazs/QX5W70PWFxPA0xd9Gh3HmYAlRIN6Be0hX4MNOWLLahauxWqLTl8xFjM7l952rb0lrbPUyRThrDUWWPqlY6cXTSSiUbp5JrbTq5S/JCv5VKNpdK3O/zsT5fWq89EyvLyvGtDg2oA6NIxBVKPoYUchRXljXHa+Fv/htpbqZ9F77+d6e5LaexfwRNZaKeR/8dNNXy1JbEdsNWGvt70djKsixa6SyK24RJfUKbb4bOilTFvc/ct5tHV0yjTKFPUUyjrZT2n0ZpbfxWSmultH8EpW3ta/uo+lektHvhUGMzmOI5PNtVzbBjnxck6AyuEPTiPtiPcgUPjEOS3ZCWWmno70FDGX8h+/T/C2hoiudwjf9d6IipyBaQ0A/E6AiX+d+Fsir8SxMr7H8mZbXS0D+Ghrb1l6uhbf7ZNGQ2SkWbTwHJr0kBvHv/LTTAp/JvOZGlyPMhmiPObxiBKFLYpeFWqXPNaLOlFJaTCHcrhbVS2MYpbD6ND3fQLmO0QV8WsiV0eThMvxAhpTMqwo+1wYt4F13V2fSWjdHnL9EZnIEsuFcOU5nFcWpqhEXP2ANdTT87BIOxZxlT0ThsT9xpr4i+Eo8RPydTeBI/ofikOGflJHL01h+jozuLPVwm0MUe41NY7FrSs4dwmIzgcDD4nroCrsFEyuB61VaivDVyRtyYUzAVKVyNaSW773qjz8BVX9DfFXqi4vfkqwNMRTd0xwQ9UVtcKZjiPFLxzqs0ZyhM0nySfqIZDXKyniId2N39/QSzIV47hxozVXBtzkSSbJRZUlwLg5RgYUzX1+gZ+lptJf9koMeR++GqN/ZHP2TxHVnNqRHuvXvaCAxTZ6AeXbxdvO6wuE6H2uJ63YC7JQfnZJVt8SS+7wZ9o3YzXZjgjiyur1HLK11HkZ9qzjzqF3WPz8rfzIvGSA/F4soz5vF4/Hbrn2mqZgSY/mDcvbzm2vPiqMU3uIR+ruPV5g4XFoG3HIJ9od39bMncIqgtZcjiTm0xW5eOVdyP15M368eS5+hb9W2a93QKzdKMjHuHnqXvoteT9WiUHlIxDTE2fB1ulP4Nn4Br+HPYQzfidNLk6IWp0cjOxe+XpAPwC+V++ZBGI8CN+he65fs9LX0aBiTGIEbWNiji3jh0/JOiHWQUia0F5WYmNF0RVqCT3DMnVRwvI1hFRjo8XF51t2bUbv7E2N1HwGCO7iGfy8Obpe/DXdrt0lhcAO744PLRSne1SfaRedZUJAXLWGESLSHGsHFcN8aiKT2rAQ4jAx8H+GlUgaIuOT2ER5QRwa+0UFXTMduzmBASLsB0GDSo6aiWq0PqUtEIRiepx5GaJE+qU5tLt7GYGHIWh185FL0TjKDE2CW7exZXhlOF9xZRT15C6du7556N6dBZi7GoxmPJWebxtBFspavCBzpk0QsNOLCNRf82kxHjoiw0PbBnlcEhiUNMNeK8vOL7ND8F15Sc47jbz6DUQhOPkMJI3+COYCoRsobx9Ek4eH89PXpiCvNoKi2h7or7HBxiXHcUgnvTnuQ6cv0B/dtbTAqnIoNf+m5X2lVRi13gN2Z0XiPzcTy6WhCGdvQ60ePEtDcONVtMe3UlVBZTFV89SVbjOs9hpiQF43qczKQSY/CTsLv067gIBndrPluadqIMusgq/Uak342acJGagJuMwuVfSOMrcBmuhMHzOLjZubmLLkmNE9mxXepoWlEyelZOxP1gKTNZkDRGgLDQq8e4L8ZxmYYhFTsQaRqNOalFuheOly5d92rOlVoks7lfTjSvP2duNedLQ2lPWqTHeDP1H/F8NH5GTnNNxGeLcxpK85lKdUo1Ugpz0ZRW4I4DXa3rv8TjWizS3O2Bn3aW9I35jWRi5iU76z49Ds95gygA9+BZp6tRh4FkMSXMSd+CXTBY3qk4QyscK68t5us/o5zGISCLzgioEuPwAjlkv1IcrVSz+50E5+9P81xvknlejAaeJJY+u6Acc/Wr6kXJZBwqvOPYFlLBSQF3Lp1+Og2OIzTXF1wOWtyh62zBGuMuH32iTM7SEV3HmTTiyBlT61+xpsX759UUe0j0ZjwaI1Svw0Rl9V+wFjM91xtsHTKYqGpFM66Mup4ZvIe1kudYepbiHFHX+7AWCcQUvwJrUS/5YA9IR7UTZMbuqvm4yBsuWEVrQZI9aHCi5h44Fs+hRjTtotZjRevhq7jbyAoZw8l0Xp/hzTSjfnhE9CF3auMT585aHwzzPY9P1CL9IC3Co3gez5obo35oP9MzdQrwmr9huXABHoHzx1arc2ExChPMAx0crtwZxqHj8bfz9W8lk+0PIDyqLXThF16fj9RAvC7rOx8TMCaRFumcQhMW6SZ5n76UU5pq8Lo3NfydmYcithkiWfIE7sU8/AoPwMJ4ThNmSWold1HTcrWXXh8hNMVdEbkjSTnV4eftn/MDrEc5Tqfmb8gdoXI4McG9sB5K9PROTjTg6vD+FuswAh0MZ+plldWfmVMTFqsV8xXmBnw62QI5LcGrzf0r12ptU6Lv/wY5bKOyODw0eEov1rlq5iBz0Y5u0Zel70sZzE0VUdF2ZDw+3KkspoU7o4iO1ld0PYccplrQfhL74XTVB38l1mTuUAS2QqqJ/3+UydJHKYvPxDJhu+TohBv3GcHz08S534vKSjso8K/x/vL6xn1luLccdwh7zRivbQnHnJM6iRojraP0RDLfLr79V793gICy0gFjHGyEfufeeZG+D8cgqZb49fKpEXslpodZXBPyfljMt3EHuUv1EMpiW1jU6ixWq7bkOGV2I1bDxr+30fl0WIwPeCvUeizVrp8hY99ZjMGrXjriLhRl1+ZwhL6LcnhaN+FhxfTdpI+mJPEJ/4Vi2284Zqln9Qgk6RfSm68PNBnUYmtkNOEPepk2eE6zDH2es4vQli4gRhe8EH/Ug6gJmhrwseTePq0DNIF7BPH73as6NUPF2y+7PX2fetKJlMUJdJL0t3Edwe5qdwol6VRinrI3XYEsTqMZ4ZE6G3GKJK4NX8NuntMKJkWaDPc+ZEu/EXNUA+ZTPrjH8v9dv0TuO1aJiepKlS70O3yQblRsWV9BExVf+QuqjToqajCuZU3km+BRXecw5mFHW+aEjTjAMp86Fgb10iGxHM/iKWK9bUWyIwLvda9G+i5yxv/h0kGG3+1i73ZiiRn3IGQexPOdK1byNWoEuqgMBuJcHGs+N0tReu0EfEr8Swaf0rmCytXWTNVcsXAfvamzmIkTNKM35onf5j7VMcqhXQ/XEcz1GOS3cTm1gfTUjDsbOl9D7GfgEVx/ptpIgzgv6oHElG5xJLl5NR+v2NvQ4gFiv8Niy76FxbaH+Ad4VD7DpX6CLoX9aIzyf91VHcFngrtvxl6HPSJPg3vmfBoW9Svsqg43miZjJriD4MXWokH6JDba7BfS6sdW06GCBHivdjUQk/AIpklf3zqhba4dYL2lHmWk6RK7p5ok1/OVViRZ6b1GKghm4nKqln6Z4+05+kVcl+See9clL1fDBT/Sx1r9R6Hgc/TBirnZZfZsNRk8trNE+uApscYn2MvtFZafdwVZTKBPJKuav3MSexIG4XDuXJyow5X2s0JfwKE0UWbqunamMQkjSrqfiC/A1mCyeBqM9JRdqI813LVlyjZ3q0l2mmA/VhvOh/+JZe71YNLi0mQWxxXePcBSbxreIX5OOXZQLPkWJLlSpw53UHmL+1d6LNlO0BM9dzffG+BTOkEzMmqsVRR/m2z578nyjllkyccksYaPNRu+eUW09kML+nZPeig5JJKfI7Dc4zny+/M3U+1VcHs4JaqK4V+dN4T7DFajEpVmOm70mjzumTlEXUIT1XjFUfop9KEyGOxl0RtnK9ZB2Z/I4/06uTA5iIqrY8yHeMpcI2PHevg50cwZeZD12keSFr9JsnbI6HOLkhZHJh9NslfwNHUNUuiID+gay0jRvWX/WROeQBOJ0aENrqQ0XOVOEY2zDrvrQ6NPv00OwRIssCm0o6uoFpNEux5KP6FyXAzmyuUYgsk0hdKoRargh5hCTEMZTCMnwwmfMkYiWVxDfCYnENuRu8q5sxiprqUsrqPr6QayuFF49E/pZ2Txc7o2un6GrcHl3mRcFz6cu0dW3/VtZDo+LKLnrZuhETssYtbYmLewFL0QQyJpymeDZesa4cdDoXEBzscvtbPt3eo7qnf6uEWxJqQfDIbgUjxpLF72LoKVleDns9U7AROlZu0yQcu8jNe42YhL6Jcq1hZYeo1DOe4QK36UYumQ9EuvNmDLLEBfy9czL+crk37O4zkdSjOtpsPE3vym3n0aFpsGsJR1MzgOSeqNvZRPafGgVcDxhE2thybCl68Hc8zNX4/i1ZtajxfxsLrOvgbXM30ahlItPoBlPw7VYhfb2IKDObmyBDOtO1VM9/x+86Xn9NE05EtPBvdn55NhxHJipObY0krjWeNFFXP/z96bB0hRXe3Dz7lV93ZV90wx0AzjQENDtwoqsikq6riAcRQQURgFIyIuEUMQmAAqr4o6xIWAIqIIIgnu4o4LRlBEEZdEARkXiAugYhTBBcWYBPk851Z198CgaMz7+v3CH8p01b237nruWZ8zSaQgG33E+TynOQmMFlnPfq0as43Ba5pzcB1XgIe7GWPwUZiRY5jqiA1qCTVzktigxsDS2HvMbeYWY+lGArNp65Hy7c0a5KdlvhSeQRzj44zE+aGTllpT6qC4DhTc0ulqslsqdIln/DmvI4bH7O1DWAVCE7cvJobvbxDUaf4G6wm5zDrs4TDN4ciy570LYy94LKVX0lS86P3Zu4Fvbip2/uK9qPlNleTNTMmtOFs4b5v3rxab0RcZ3O/YU80zOVtumP1i0aw+5yUx3J0sGVeZlv/eXKgqpDTn6BrvluKbdFSW5ZSb0BG2j3FpjcLZucOsdfkO5zX8GmWy9tEMklhvBrkcoRbTPG7CZ6iWMlpkfOZe36Vo/f+JPzrV0jrHzlYog2dNWznL1j7DvdOiGbaRS/YGrsr1cpRgY/SUzL52/rvraZIhty+WeElc7RhMp+iuuUtyYi/1+HxfLJGnE7DRqUYV+HdHOeu3in7r0IQRetKeNpq8rM893vTtXVocfv8tLPMa0wB6xUuiu8z2+XQdaxoojdvNHi63fIqzXv2TmriE4S5/sRPVYqMzlDiX93DMphtQGu7O2wyvYFGMpd7GNMi1nCyXuwG1HiNfv0OdAcWy7qveCGIts8Fr3mzcDcK/sBofqo3KjrQaX9NGh/dHpfeFdulvphrPoBQrvL87hKW4y1RhLrm00quWG/J6jJN/u2KcsRpnlutuN2NCK8cYDApv8XtMH2ejzEaRTtqZj1UJ7zXIze8eL9TWThMdBD9jNPklHp9R5lK5jzwbS/RgxbfXbDovp9WYQ6XCAzKF6ylzw1/geGPmKU5iO0esNsx+XkTc9iCXtV7t6XLvdseuU20uO7rVDKxV+8eYD69CD7USWRwQI3SJxSV+tqd8eR+X8bPzMlkcW7BasezGkhvB9nNzSOssleH8PoVyWiSf2X3KnJorO/0KTMXdZu+QWufbvV3y/HGc4KkolOaiff+qdikvzUWt8j3DYyqnVEFbo7/lJcbjXsMS6TnqgzBO03K2HMHan1haH0YpLMWN5h7DWrqbVDx3NpdLBnqejZWC8RtRdrufbCaEwjugCkwFbhSUfz5H95skFqiU7GNeN6alr6pXUfd88uk0eNOLTmi0H+xXogjcc1R0pzCudYXorkaIttO4owVlk/tgdXvjctl+R+e0dtU5Gw+3xBqgm3nXK4MzJav4eWGOZzvGtrK/T9dn6HSYpaBvrhe9Bb/cnv7CVRzNPK/bNsznGa3hSNRstfY/fEV5h9i1tP3gtZzo2NmxHvz2zDHl29aGrp23vH8oqyH8LOQ0ONcD12deZFt5xHIwXI578LWjHRtVPj7cuR+S3TV2pPebeLhW3VzOm8Dn7m3PYL2x5/MdLw7mQKKspvnvWGm3mzIh78xt5Gvbc1sVamqjOlF2gJNcpvT/KrI1T21l8Lmpxuvoi7a4ivoYq0/ZIBT/UKHDk+CpCqrFWlf2oaw201RLae8y2u5PMCe/2ovo1jOhjehAqgn7FbWwxnvXiws1T+HF2Hsehejb4/VUvB/2lv87HAR7G9q1PQrXuXkqydSlu+aRfxBmWX/CMKY7c+nz8Lra1eXVjFDeC70djpM8mjerKuztsr+Dlrzes1zCoMQwN45n6CnT001J3Ys8/sJRkvOpt9DIKCsn74pNrs1WNjV3nqthMQPaKqaBCrXhySvM1G3rt1SWZ2+JwYo5YjtCa7uyutpsSNuXaHtr/sWwPox3MvNZClX4BhHPxpq95gle7z6O5UUiSXiAUK/+dDJs1HQrmirzOoC2lSrtvplrhqMC+4s28QNvHs3I3JThM/gnepzWeaxDf9J9VnOmkArhGlbIad5bsktGo5vpRKc6GeoxPvbSdTgPK2O4ohXM30ysg0yho7Z51rO4PhzftU36OBuUHZkX6omvdC12wBaaqqoFB2SwW4pNmCinebpq7uwvmop5TgozM+tRFXJpy0JJ3sMg96bMesxKPOCvVEk8Rz3wUTPrZ5LGeErhD5n+TQRbX6VyGSv4/ZXUwR2E9WqTm8UZrfL5WFvE+TnJXWIpfePQusEyDGt+fApEJ8Va5IGhf4yVAXYRSmtrsa78K/24YW2q1VoZ9MN8k0QxBVQqJ6sBaRxYcKew/HuQm5BfB7sVElP/kuor2ecjKsqazkNci5qfwDg61D3MNTjc9cI+l1BHNKRB4Zy3DDNR2/YvdT7CMzIaota03mtNQ/GksVTPZnv5COtVVzqSCjPBjMZiaPn1iFOLJ80M51HnQSeFBWZXsVU8acqwxonuLLYHzvAaIYNq1rWFlPIMqgbrD79SzN+n0dP9RiVzb7nsBunNGw5/+XXnDacGn3hVYGtadzqNPvWeNk85PcnOAnND0Yy41JNYohjk1oql7BlDKMUiw3a6Wiwy54nkZznpYymBsbjdSUCLpZTtrFzG2uaUM90wvZllol4NxQPOg05PtMUi05UWm/m0HDMcfjaU5jop4ZQG4jpKuuynQCiNLTJV+Mz73OtAJ4JzYW/0NPZzeQ2s9o6/ZjCNXjTD8YbTnSKdJ/eR9dKLTPQFbp3RKU6EhnL/ITn0PvO6ukPFJ4L361GKpTxuhanAF14yHNG24zmSuopG6jmRgx5wnjc98YJ5mOZSAj6OJ4MvPaZf25+vKBOQHYFte5TSmGVGqXHY5M0ryGD8CE3EfBzkrPlWml7mTMzpLReZrzxeXVLRuvak71qn3Z1a8NgOcyymCku1DWJPy8n5u5eSNt5wbneS6EC/E6nuTWpUp4c8dr4X5njr1AiTxiFOEl97Blw6AeUaVOAfXmS7aE1ca71nsMGbS2U40e2hKjBHn0YqpjFIW0vuS4a/YfXNrv5IZOPWxDu4NVn7VG+0RJJYn9ESjamUOoReaVZTlQnPsj3JtpVUqA9J4GWTEj6hFkepQs12Z3wjdgyb0dtqr7nkLmQpzx6IhzaqbmhGKWpOBi2kdS12yjSxtrslsX67FudTRnJwLjWFGm4Ptv9Mv9kS0YjiWGYM9ndeMex3xfXOw74hT8B2kt2oFnHqptoYvlFSOokzXCOtRH3kG+gMVyNO88JW+2K5OQ+15kR3HUV0rwppOlmVohrXoESydr9qNuA187p5w6wwK81fTQppYt2rDv+dJt5BjDE/v6D02+Yds9KwPSn/ROf+XmXWo6daZd5Vq81KU1bQjzUhP2g9HJjzXYyL6XCzFK3UH91Y0Svl0W2zFOPCXC1WUz2XXnXjuBjWKre7ozXLiY+WW8rJnBVz5HdSXGwSdncfIPz7RpNClF3vN6I3aeemxK5veVvWLCSxJdUXG1VbDE/UgnMXdcZaheZ9hYvuhmJUG+uzUix76lWX76izjE98D28SlBr+q6ROny1PMZdYcs9rFSIddZFj0EIX4wAw+hHz1VE7o9SPb+dM+mVqHi3QnL/M/vtTZZj778svx/wS54nbNp/cTOePmXy2ODvbP+f835VhPjfmPmZlbs5EudsqsSN5vfvhlswPy9ZWia1zo9aXpW3Hs7PZfv7YrGyV2LGcbL9rotEw+E9lXBuIVFEKCzRnWbMj7cUSTIb7w2/GSkas2+T37Zm9i/JP+d87Mk8ldFiPv53ELxO9EnXrFj7h8v9ORjWNny6bKZ+PulnG+AmvS/05xvjt9+e3TqLuCZxEfCZZv8NZ6O7MFGb+spoem4fNZnr8vuyci/wKnJ5wDSNIDSOPytwDlZb8VPy9Rf4QmZsLYhprmGrIPA6SuaxVLs+QayMWoj0wDrcVUegdwKe/Iw52UpiKGkz1WGNxkkqV14Q+/MxLbi4uwQTxaPqd+4Bm322uwaVLUIoDipOY6rF+QNNtLeqvz3O5hIa4S7GwRZoec1PS72NxjyrBS5TAIj+NU1W1+1CCvb6vVUkc3dRaZDcXa4x3kuG/5+FhZPCk61EZ7srMlv35UKLuL1vrPMwh5gJLwZiHSbzgWr8ujbszpbgnE/HgL4iPO2GW9KhEMte1Jxu9cG+G/XQq5NRV5Dw17IxzZsSZ6lnZu0voaLWHToVvWFLZR2y0/Lub0H9++g+K7CRMJ74OdTvc5mopkcRm1Q0ZsR30xKomScCxe3CRf4/SGCGYFbsllodecJZiDHZZ2r5UvDv6UBLF5vLQC4clrtsV0zrbr3E4Fjr0Y8jLstYP4/viPHhMXKMfEsQ78BsMQVmYIa1joouqCfWhDzUsCzTrqUzHxDq8p3jmhlFS9B28Q+7TzMFxvsfrxMrGz76C9XMYXF6t7ZqPdzQ2Fy9HliS/mznGJYxQB+Hopn+NRbacrjhQLSFb39bhFbvWmUPnIY/qRuwJqF+XdvfCEgrqlAXaex86b6fT4iuQ1/CxDs/ottC4rfwdP4WnYtVhnkFy7Vx6dF/G4P7EmU5f3ITXihoUR1Glw/GZSxjgsr0qqx90fq+H4/6MwWT3gQxhleJSTGVuwiWxjgkPDYoPcpd414NXdaLcNUuoDGNSHBvxx0QWA8VX/p2Y3WcGSovGBQ9mbNm7nVdcaxOoSPXO9X66095jH+nxqMLBYl9M4L6Mlh7vEUR781h0A4W7vQInqbonNiqzhOYhacY6J6kazMmcJadmqse+FU6oM+pCJ6lxIX4f/54Qz2sWrT9Ye7L0Io2nMASE18Vn7KEM7yBek/djFjmAvz8mxXawJaKJfVdo5cOZW5SlIBrfmKNVTKcxwjF4JHNdGSGjPFziJLHOy7cZ4ckeWKd1i7TJPZrqce+5H0x7uHQUU1FIPyOKFBcfd25tPnH0D2fkbJtrr+73k2FL9i8+lVEr26uf7w/P90fNrnc9Wc/8fEbn1/q/j3DYhsnPnk79zW1DQ90heDQzTHbmtc6H6itiNFHO4cnaq+h+4FuqFIyLOFckqJGYSb/wXg7pS0VoBxxWbm9JfsLIXL2L5ma02JVt6/1UG3osw197znutiDBQvOKjd88Xnez/1iU8lknFuQyv/h/iA8t5756hCOPK6i/NZQ1e0X/KkGTw5HKPZ9p+b8uPZ2zLdzS9MlgatCgZGvgYHFwZLGs6LzM/MyTwcWfT9xtcHTyReTIzJKhqMKfBucH0kgUl/GZ4cEXJ/zS4oMHgwD67MngkGBPMCEY3WJDZo/FTmRsb9kwsb7Aw06ZkcHBN8HRmUTC82ZXS/l9LLmrMLYwJ/ie4ILg2uDr4SzAhqAkWNJgUDA+eyVwZLMo8mxkcDA0WZ3YzzUrSuDA5vNk1wXOZz5tyC0Gz14MhwS4Nrgmez5zR7IkG5zT7sMGzJS9k1rgvZp4ueaZkUcmVwayGi4I/Z/6SuSa4teHg4P5gSHBJcEbjPwR/bHBOs2uClzINS14KPmzwTMnLmVkNpzW4r+llwajGSzJLMyzxDgmObvybBjcFu5acGSzLnNEs+taVwbjmFcYreSVzQIOaYHnmyuDDBoc2O6zh4KA2c2awuKS4pEHJmcHS4JLgpW9n69XMkyULSl5vsCSwbV4SXBm8lnk9Mzh4I3Nl2OIKiZtkmvNVmmWKlPhQvyU2d77jxzpdlI9SLPlWIrvW7KZqZEWvxoriTGI39zg/iZWZ3dxV+FDdRZ8U34y/KYMjW7B+wBeZZBBucktEi9QJy9w0zpJItnku88RrRWfIGoikxESNFvo8Ei+RlQa4DU881c/yrKQ9Pca9vTHGaJxx/Fn0xZ8nrldWQroxdqnb2hviJrEis5s72h3rt6Fz3L9mhrnDhAPYFJ7FkcWbC7z62C+KvaLYty/v2WeQ8Pn7W/v3cdzDHYopfd7Dz3r2nYeZ7mVmpjtZ+p2SW9elKwz/mhz6XET2FNY1FNpTkmLZZG2OLadF9x79KvQHvNI08YrhqDdpsvCDhW1ZPf4oRYjmvzr8q1UobVv+8TisR+OYwQHKzgfzDW1V9LYKjqrABMM9moxE6OHWLedROKWOn2A1JsoImUO6R6UFsXiQazBRVQsF5Hd5T8FJZo47GXcpa2k5vsAu1gH5SJfx5ngY3OdaHViqjtV+cuhZaK0PCbB3ge1VNV5y2qKj8AHsMWgwW1pj/U+0G7+mwvLsNchvppixuDj0m+e2x6I7nRdaBq4zi0jjenOx3ANjJS6HrZyMl5vFSmepeGEeH+4sPh3XYS/nr04zh2Nz7lITcRUM2EdzINrTIkET4R11g+FZnhzmmn2WnqMIZZZ/zYhFv9nL7VlanHt/mIyjo8v3I2cunmbsaHiHRit1beiLWORbmbk+7z8bz1Lo11eN/4Rf30x6OfTtq8+vrwJ9RNsz3fSp48e2WM8weU+2bX3XolWwPmzsV2L92GISCVXs80wX+q7V58Nn19y2cgWU+KjxmrHPWhRRVXfNZpl5qpKstpp1aNONlUA4cjGu5ilG6Z4pHtNcyqVH6GbUYqYb+IeSR8fjN7m6rI9cBkZo7k+sx+kd2nzYw8vgTWIbaTOx578Fgx6wO9iWutjhL49Sc6mlxKaViM6H9y7rLNhjpkp8Xhr4bcN9H8cfDGsvrqPhEoXaWfwCzxMaY0tMI0vfeLTFYoV/JpwvO3ITztdKp0Zq8J39jrLl85qcROiNEMWllPgp8R7gtiJvPWsX74lhZO3XDf09zZvUkmdLbVB9EHkPsJ8EiUXfjjzyF+OvsQzayM/HxFuKtRwv5Tz2luIOk/Qb+7yn2GOIV2Olx70dJxGC7BtkBPe/0DOIZDwRpSn1WYMYaUXXgv0ueITMY/UWRIAm38oVXMbqGzujzN/FPxfKudHcZu4wGneZcWFG8fyOcWI3imcLx0qVCQdt59Oe4qZI4HrxBtnam69Q/8M6x39hMyLvlsgH2c9pn/I+ETfCU19SJ8p7KFpvt0QYR0X4Bzjei31lGDnfRnvNCz1NzoRBzFiPxHTua7eFvjlTQs8OOwL+fbtTK78shv3EkNvlOpFv2I2hz+S/org1NWWrPka3Xg060GTREZX7q502VIXPqKXQE2tDfUtuj1McHXrb1EpbdX02H5TcBm9gNBrX8aWZso0vTd0R2pN2h4zTUgzrh6IFK59/W3QG3qXWe6etsjs7kj/j4YosD31S2FbCJ8zelXxz8kpZXyy+zXVuBUciuuG5HRs10tSPoTY8CXZ8tbLnzws9BU4RLQN/Zx7a0Fxc4KSd/NmxNQaGcxLVvMtsDH1TL3TsHMz3+LxWYCOaSiaHsdiIYp2SGJtDxcI0z+XIp7p77hnYSLYzw7rWysQ5LJr5L+uU39y/R3xyOWLuzcwP9VDzv8dD7cd6ptX1X/ouTzTrhbtB2ZnQ4UxcKHS/D70lI2rubFDnYmhoi0/nfH4yNC70LFrlzXPWG8tTnO5qbPGO0etNL/OCbzAMSx3uNbdh425sjEJPnEF9nN5CJxO4LFHohbReWU3WKbl1WBNaN2tYHnaYOnxB9k1b9P0JvJx85Eeyo55O3+3HtBHR6H6cv1JrauE3lzvFznvvcGa29oNIyD02Gg/I07hK+2x7ztdoG/Lq43CnU4W7nPmkMdvhPTFTadzt3OMMFz5llGKOoqXv03LZMfc5hPudvjI//bDYqUE3xTSLLcvW14Dvioaqlb9OLXYeklYKv1W3tYfraYm1CBx/tYe0tFH1FP3d4jDurq3U0+GY+KuPyleHY67Qg57I+Gxrtx7C7Jth46PremgsNOyhkfUvhsbRdLHESVfV40uQLPAlsJz5ozkq11vutsj7oivt6m9Qi53RuNjh6HvL7zhOxEkulf48afg2iO7CpQW3ytI6lNfIDtmI250FJu1H90gLn++YYaolOrovh+OeK+ec/S+YPt7mWK7ourCPhXdRn/CO55wuF+IGpOhvoid9waTQEsd6LyNwnqcGziHFLv1PHctb4d3Kkmutx3NvsVe4V2yny9JS7Orf7jD3cQvaE3tis1TCnNcYTJWo37SgsKTxZJywW6wjOmE0vZ15J2PAHgGrMr0ECyZR4CWwOrMms7vDUtyuFEcZnnLSuM1hWzTLIitgo9UL779DiyNPiEJPCbsW3+8lMRwqZs9HoadE5F/l74B/VTMYvK/relj5P8LDyq/jYeVv5WGV+JF+Vb74VfUOPfisb9WO+YEkxP+DdR43w2pHXqK5FHl9RAhJ2/f34KjFn6fPh7eNz8cbTgJvOCeGke/Mxfej/uI3eBLxCe1DuztJ7OZ/7ran3f3mTgqnEmOivCGYCMzjsCW0Gn0oEI2zjcjdlc6g50I5KINddJX09nSHzwLTIAOmR7VmNB6Ps4dJtAt+Dv4m/lb+JvPiLfFu5oGGSSm3xas1Gp+YakEtsbxxQ7yo5koZe6s+FE8VIIcsjI8Az4hGX3ovY20UVag1PLuni87pTPrE5G3fdiY4+qEKx+h9vj0ZtVKy1ljqmw1lgF1Fxj7djaKgdw2joN/PpPAvL1pRljStJ0V/9BEZ3XInJ9E6k5b6a8M+dcQZftQbHuV394hLF/Zni2ep1pQd6kP0/VebNY1vwAcZy19GlG0pFsbjVkYLb4O3Mufu8rcMv7ncLUEa75kUNN4XX60t3uay9SaI2X9ZTnvXGPSmanxgag1z/bxPQtlaeO6/Gc5ut9b5UtuI+I8M6/t6U2Svu4Ssva4WvcU+WUMRaso40SVMxe8oIfR9vRlAo9xqyW7L67mPzEfc7UlJbDCZnI2rtcxVT+L7KvKZvruYLdiF2tYVmeP8l3VpqIGNxd+I7+Yyf/CwifyQS9FY5Mx7iyPPZm7p4QLfZoPXlbWMc41t/bHvKXbj1vs6imEolCGSOR/j3iKbXms2qkjXWNfPuqVoivnb9xazNcd6Tvuh1769P/uC7Rzs3f81VQj+hZ+Ts+p6WHPtucbiLV3oJPCY6GnnhDP1sPCPfzLsj/gNa3q1jWe4r5jcSNdXkpOqlkt2MNYtbPsuf3tG4yzUq9q+MFd6nctaW1u/QrIQ2L9LckhBXNvq1pPxFZm9/elmeYjHksRNmVZqpGRVZC9ozgzYiQarQl11PkbIYN8Yxwklc3FCg9zbHSuTJHOxQSf7//JtfFCFaERtnBBHCZ3i1B8ldImzQR0Y2ygeWdOJR2fnoO5oonlh/X9NwYh4B/rMYWCU9sK/k2HUQCKHrpaUv36BI8U34ygcLTrbntDUXSxnPYV/5DKR34Ufxtyzpf546VsFKlGfVpC9wbw4yxsnWyRGiSjpKva6U5j/Ftwu/u83Ipd1FTtphL/TVbwIfi12TM4EyHzdP4uq5W3XnB2xWrQbfGIL+0e4IGzhQpFhL8r9itCivrvHVpMWRcryzDCa2u9CDxqOXrksfH7st+Ui3aQOtZO2zPd9IVlvXR7T8bBRo7xe12DrOHZuOx/HztzIDZiG6bgRhPuhJTYi+v4MkGQo5Px/+YjXqJU/ohizwuddxU5QiZtRiVtCSnQbPNyOGtyxTQtsGb8Td8FGA96De6FxH+4XrjQOa/+sxIOhdtCuZA3i8ST2dJnT4Lpp2ef5fVYtO9OWnoO2qMDxeC6U0y12E4X6S8JjeB6X4wW8GHoPsu45hUqhrowUtBh5vWs0wyaMb35J6B+vr6W9vApLhCIvQ0vcGtZJClpxJSx/9/i39/2rudUv7NVrYt2uRFv0CLVYlq4lcjO6AisxAVUyoxX4K96UVeV/Jws6jglxXboW2MYZW9NmY80/Zb5uRCsjNq1V0ve+6FCnxDisAXu5vCdaPY4Sfh9rBfXyA1SJ/GTkJmNENuaSWwa3KMq1xeUX4kM5730kPvsjsC8sa2u4tzUS88vrUCXoqfbMsX6jUJ4pxYcZnsv12IDFoouxHH4lFNnssmk5kbbf1g8oKbiH1blnrCWpFH1ykePpijAP6ZG51eV10OTHYxTVqF/KGYjI68bmD4w8azR2Kfja48ai8kT5BAvlm1SuFMs225NWmN7YUhzj8cPkFB67lUoSoRd6fXLJ/jmdu1cHVYm/+mN81L9x/y/lld1JozU9B6WXkh2P1oyWc72qFI6DqSYklrvu3cB2EdYHs57xma20yHVbKMEisJ6Kuf1e4k16m2IZpzOOUEyJDqKDKaVqMJESoe3Sak3SHKMAjWVYjL54MPR3tpxQWaihsvhDVoeiyWq2W6IbHbFVW5aDGorhYP3XL4hvr/zJSMRbUxxj0SnX1pHf2xZzRYPcKqxwmEIEbi/RpD5FRXHmNX3hkvgWZB3vRMcr+Ma7oYboYrnHGopNrho++lBf0uIXG530Fc7+6J1D97E07mUvkiWT6EO/FN/ck0UzMoAqcQq1p4F0quzxZE6SLJRokhK1yFLJr2hbXCdeq19TomBHDyGL3GVXdii1p9bCw1u+bRhpDJe+2NWtdRvE+a8NKIk3jDeK111rXmkrwVZTPibqtzRSPPk6gTCKCvfRaNoDJ9K5lMR5dL58dQwR/ofa0wWkcWGoIehA3ILGBXQRpdFFpKlOYhkaKxJdJ2z7zZ9Obrns22/0De+gvrhc2mXv3ivI4EoaTzuKJPNjbMvX0Y7alqfR9jBjZlHeumxH3QsbcIp/D53s30vst9VQ9r0jthyL5jebrG6DpbFvwN5mC8M8OO2pl3CvEbfb5z/A7fbROzndnxenu5PL/X+Xy90RDtdsl8fdET6W9Ty/RrcfzM9+Ir4FjLOazu2yRO50fhair7L3y0bhWgv3YYQmz/J8D+FlvsQmfIW/S48/EZl/nVBUrhWv0y57ADB+DZeKEFg2I4/+yu3/J3nt4u/ktTXq47Z3CbntuuiC/3n+Ov1/zGF/HxfNCLA/FQ9tfTtOKThZdl9baztHOHcUfVmSCJ2I70yNjzJ7UQqbQQW7/Ifz4uz5UsilWs558f8aj/7fxp8zr2pwAn2XlWcnZ76TM//pOHMb7xnl07K8bBluoZFYgVvJ4DaqCVemRixjlbidGPvvDmJMxqzEZdfiLqoRyv7TcPkRj3+p+9Pz+Je638fj//+Nw/9h/H39vL3eyafn+PSHYPMZVeKR8K8EHs2VekR8mObiMRjxrZ1Xb85XLhlgYUEW18qd/P9O/v8n4f9TAH23DMB2/bHCtSwWvn9cgUwwDg5ZrIJCD8MkkEM25miG56GlhZ3ywf+b8sF/Rjbg8/O/IxvYL/1nZYMfLhnk8ZuOoo7Cj1bhaOpOBj2krQRdRz2pMvToZb9PxrazUR/WH7TuGzvPS+k0Oi53RmxMiMHxtFNq2Ck1/L8lNZyn/33bwLrMdPPTSw3TzU6pYafUsFNq2Ck17JQadkoNO6WGnVLD/47UwNIC75JjyObMFM6EWD7wOIIo3CeMIMZZNVnCqMFOWWGnrPDfICuMc38KG8NhmBo7DD9UYuiBnjhGKOH2ZYbDCvzmt84JdVIYl/7LEEmrfslhoOT5jdAyThOp4XScgTPxK4kfOSssOxhno34Jw+CcHyFlcK1I0vB+gKRR3yh3XMbIz8fl2BYHJMrf9VNKHT8fmeM/I0VEMkReJoj49j5inSbhJ+qTJLaVHfIrYXDV90gQFf+WBJHPxrLjEgRjs7z9I2WI1aHsYPDud8oP25Me1uHjOtJDXW6KOcO3JCqb+YOdMkL9MoKh/2sZIZmTEmp2KA55+5LCKtSPMv+fkxLqSgMRd9+GEmC0gkXYM+T1qrEXMbr33qTRjurngJfnboB/TzLwJGP4cNFV7ENJ7EudyXLJTTFczvG2fv/70f4U4ADqEvalRPj8XsIVMJcX0YwSwQCqoF4hjnjTEGGc0X9+HAd/LiIOfif//tPx7xY5YVfp2wjq87Ph0nfy4z8VPz6b8qfd8uV30z1keXLLkVtaEvHk0Qm2WEpueH7uz9m6WDvAVMEiDbkhUqSlUlFbwyUaOSnxxTrM49QZXTFE+HW7A7vjXFxHFlPpQbKcQLXUrBAcF8vTGkyN6RB5SWE1HkaUm8mWnCZ4Rg8RR/c+LLv4EXqU5oa4acwdb9liBEOqpyBQPUYWaZEzRFGYVc32fVbYl+6SHaqrcBzWW3A+2W9xbq0nqUaeLqCnhOowykl7qsDTpPEMLaJeYa7yQW6JyAQfZ1q0rML6zJtN9nUGkMU9ZwTbc9yPM8PcDZlsukVL5DKdW9nIDzOc24y6DULZyWJyzRVMbM60CPTEk2G2SK5TEiJdM9dhszXt8r0o1+PAOddtlvGkZD3vhRpHYy4ezeH6szatjHZDT21vynybx+gUeumzyeBYvbdgobZj5GMYnEq99QN0nNaSv7VUbkI+i/vgeN2ITHgv20ziduUPkDOowqzizI0W5iU/QH+SqcBah6OdP8mM0qw5KszosNbpi8cdLWhVfEuWCn4FP2/k+MJ/cqa8fGlGvlgfImfNRKzsqqKm6BxoXOZxxFkZuutPM01xlWonmfZ8kYds/Y9k9w4PUYXWOpFkyygtnxFhb4nQ4q8G+IPTFL1DfvFerfECrikfg1dh8Dv8PbzFE4KcbmtwVOenkgXjLaxHhEG31rF9YowxzozCvOXVjuXSuRb3LSt9eiv0e804BoeahjG2iawQFCPOETCBPvGqwzoWq2ihY7GKyiTnSh9B4+YRjsNjznyqxgqnlUpjTDFbu8epFc4j1I96Ul/pEyPCcYbeG7/91gIVITsqzCaDDZJ3aFOTSW4N9nLsF+3/x+0AGrvdpfk9+oLb0fu7NiGG4ibNmBRfaYN/6A4wGIl/6jLhavq7GbrAMNbgrpK15EHFVHA9LjSM09sZ74GzIFtejPtipL83ufaW4jk6D89LVsVojaIZXobzNWPlXGRmKPu+jxNHdNfatp6n36sE/up9ljG4tZhltM8z61T09mDVyrWrnj9tRxdHtaOT1l14x87hWWF+I4V90ITsOWkrZ4T5hS7Cs9tZ5RFwnQv137Ex81Hqi8xv1JcZX+6xqjD/i8EAN4mNGUamOFdkqtU4Rc9RTMkH6tUqLmeO0a83Ze50v8osQJd4JRhhYWNmmLsef898nflH5p8Z/vWvzObMN5l0fEvmYKGbT/h2FjZm+Kt8ztrQcIz1DfaLacQx1lkn2Q/4Dd8Bq5pp/Ko5Z8Php1yLcaY0EpocS+9m0zi8REztykLc2nMxDjepofSs2rNsgN+fzsXz9KJmZImbVJq04CGlyfaD6SDXroKnfRzfqgQeDXKjsSzPURjGLq7CIp/zzfwJD+hPBKniZjXEtSV7x/f0HhPcJEZ26E8vUVy+0g9XJKZQM8WUnPPFx+WbvJd8xD3Jx+dEb7uYFNrHJ7ksUzzppPBnl98nZOQs/7GMmafoSTzmM9Lzo/Si9iTP/bnylMg+fVtxzTQSekqYEXTHa9aXM/Qt9NB2fDxy49TgTnjE2pdO1EJb+dTuGi04m1z7D3JCN8pK2xEMzOHTvSWcB+e0ros7WetUoTbVQGQYbsW24ctXm+v7EoyPdj41RaVQzDIM1z5G6FJtEK3oOtFkdcdjvgftTCIfv9U1mFeO7Cj/mcQ91LWol+lcpLEpcyfOdx8yfVrZNYxLT1erBdCc1UbkysKbMk+FEqHcWv+NmadFWqTZcVhUcG9uypyg29OpenqRCbXhtZLBkOW138fyt6j5WdyjEYJQPu9OEn/zU5joR4hTFl/pHIeyFXjMZWyZ7Z/Q/Onsobfd04V7sTuIZL9ttXu3LlP/Tt16V3jb3RVJUHaGH5de89+DU8xrUXaYy7o6/q2lxLocmlBdzRzf29a2H5f/M1WkrMpyC/kyVmedVpR9BPNAWebD5uLhXN1U2I8ekg1pCvYM52XHexvt06jMv8fZcQuMy/xz4+rsXHQv9pFwanBRSyfrZnX27Nwc8dMbWg5vYeRpV8SyzFtvcEvQEV72fFW3VhLnq1Yq4ewvuqW/NyqGn/WyHvZ1GEWPc1ro8Kaw+t1o98azkTxiUUInSW4iD28hi6lIIpEtyhZnbwr6xjmP8kN+El52Evj/0yTjB5csQRfBcJquemG0oLwmcYdTUtD7H3uW/vdOUvV214NzT3Qv5lstVnSAoPQGWdZ97uu0d+ZLFoLuxd21zSWewHstL5Q8j6yRukny6jbI7h97HzaX9TDVMfelrVc4v+v529Ge/y7avP09P94xPzspxmJyvYXR0qfZRTfguDB3iodJKHGz+JN7HZ3s21+v6Cw+cTU6x3pD67dQgS1bdlLknRT550ORz0dJ9u5EEuuaN8x+Zn6jeL+VimyRz1DZHaNRmLnEPuFfjbL5moILrVWYl57b0RioJuFqty2mItrl7MfC70pCaZzXoL/wcFsQyXF25k2dXF6CbIgOISWxq7BerWs+QTCtefYjlFGe2QsoVWfOjazPbmiN0F9HZpGlYPvN1dhLLEEqZ11kTrA5Rb/YLmvb6IxNzrrmpzlleN5alxJyQpu3Vac5vUK9WlSrA5boGqxrbiRfAecg4NniE8qc83CzPPSomxjmVY3aWpB+yByFqxMe7MwS/uTFAclmd6pqmHWct+Bh31bJ7Pv0gUO4trhhNpPY6Gq8T42zzPOXZrthALG2q1tQgz95TAkaZlfS99EeDz1RguGGc7z81esdL8HNitAk6+PRVncV1eW87UpwprZ2GKuHocyUG9aclWWXC4pj3aeMZbqE2KKQ0qyVbK7XkCu4h55YkVlbxhYo1kdE1gc+wx4t1AZz8Z7TDgNxq2fwmC5SC/U4ua17gb2yds+kcUSrCbhQ7SbowM3iC3VaJXG3vkdztsYyxqGnaXHGDrb2vc5oTGOEUn1DC7VGO3xJn2GXrMHbVJ6NYzVWlBPWyLu5mFLcDkvpU1ThQPdrz2bDrUI3NQbnY2IxoQdK0ahYbK7BWN00G0ejpvPofrQLbVEejnd5DpoJl/I7zWjhhFTWoI+pEE9T7rMnGqZ2SGAlNc8aPE4fxVPhjrxXG7STEzcFVWEmPc4sJojMIp3ugzjuFwo/WuhLPFcricObp3KY+d1wksN157tJ+V57es9Ji//DqV4pThK8e161ZmocWopuaBgdLbvzFMGxXEKbRafNq/b3hMJf9Br1gsq6npy7ezVbUxbKdzXW0FzENMuLBm+oz+macovyWIUPVDU24yaknXVUjHyuBgMKWEf9oWS/sy3y6K7mLCxFJbx7sjc6l1ANCktxhl3uIc8VZ4S8Q0VjXtDEjpmtW6UoxlvUGbuKVW2LnxIbfAlaZHsZzmXK+YWaqUnxjUWfJ9K4UTL3dsblRWMk12U6GxiDY+XMF6nG1EbQvhZrRix/sehg3TKbgm+uLk5hjUriIp/rvo0F6VbZLlSkMlmuoXGvOtzbDdlsXE7DrlmN3bJRvlibKXiM7Hoe3zfNV9JJksu5r7J95V4uoUdo92xS9H1LdRJrFf91Mabidmdm2iOS3HbTFbfTxhi0zrIsyHoztrFMKSK0NQYvSt6Vi3ksiPLOEc5VbbKE5s5cdANrvngf7JF9k+I4GDrUpB+MdoYzQ86jW9Sb1Ca7Xo0MEepPTVWAa9agVDEX3U38lDmrQwnvOTUBr9CqMO8tW0Nedt6Bp/Zx22RT6kta41bEOQ9g7zDH6hh4xF7OtuZziBXxyNh2eal5tHlz1Q6EtnpSi3Za4+5UEqfHUugaMJ3bM8vj+ZKaxQfCyNnP73TeLSc5C/WXxH4OM8wfilK4RbFEkPLboU32IFdhW9rFlsNiitroT8txqOY9cXSBFX4JneS8Am7lS/owNiHM4GNbtHkCmsXLcmeOy31M1+EeZXNCLxEsOT4dB8SqZU+vFG7I0jg7H22yX1JbpaQ0t5bIvbkYH0j2aW57YnPOAEVh3c54kww6JjjfyMnwwrO/l2TM4huCR2FnKT9Hlma1yd6gCI306e4W5alx2Ctr+/kxeeoOfyoe8vdWCTmxnbGEDqdiGTGPN4tddTUGqy+pP1VgixqsEn5r7w2xzI4RpLy2Wbb4eQWj5//u5cwm5hHFPbsh9J+KdLSs4dGYioNcy2HOpyT2zpbgLI81n4RZ3iBcR5+V81PO1Dm5id3fH8g4Z0jG11F6T5XCZU1e83thktgOe0lepOtb8QkaHeuu7Q3RO8SS5rPVh3pL7vB2YV4tnqUBNEly525SQ2T09yhf9MT36g5O4X64V1dhi8v8yEzNevxdPIN45h3Wm+rmqgYjROs7GVvXuhWTMQYfoF3Ik0xtNYv4JrP5Wu7V8/Q8PV9f7j4h1O9JvYAzHCOJp3QKC5XvLlZMCxvTGpUC318J7Oee5UR+LY/TGMkMUDi6JZJ5YbavcbybgqUnGq38d2JssfnG5SxY+UzFVXVyFSu54y5qFWVKZttcPlPymDqZkpl74izJh8kaf1d2ZA88x2xDfdDlspx9re5pbrfVvPWVDK02czLLaBljn7/m8/evaMLowffFNXzvivJLeU9jCT3hTzeNqaebyu1B5lLKjd17ZcbOR0SXPwhz8bJOfuunabQx1bDe4XHM9g2Od2cZ5jG6KC7F//WnzyRz5jFMU+KzG/NIOG9nFY4Os2a2k3JfUit6BR9TM1WCluglX7hX2zdtVSv6mLhkieS7snNRgsFxHe6ydyQ7wkiwZYhzNs0yYyQrHY/ut6EnS4r+QfNlXa6DwTJl5zQqwZTlcvlqO+GC79WcY3ApHjUdRaeyhOJIO79xNQprvIDHcZUqLij/yFbl14kV+149Du2y1fAUZ4Ug7E1sjTHY3JxpVeC3z3K2ej7HxwZ8i1cj5d8ZZtbjXcXtPUBP+PlZn4dvKCml0rIWNbI2lkJGGcd5V85z7ftBmEb5NT4M5cZyZ/k1vdGUm/yvqCT3ia1h3IOnmyTF99O+YV7LlVkcBo3ds2WSW6nuDuHaHbLVuMjrQmMwDulstTw7Ci2RdrYtr0UT0E2yR/DdG8cdyt6de2cXN4ljLmb7cqegtauxnzsmHH3vXDsdwHS7T8zguSZjwszZs30+30/4ZZiLQUbjNMM6A/v0cJwgp3Oyq/Fn/ZJ+WRsskUwa+7m3mTxlyPf0Y1oqc9Uxy/qkcmPzXdldVpfCcK+X6kTYgh05r7/BGmO/EJ2jaMaZR47a4D7mv/9d/eR2Z2CkZFHmWhGXdKt4vnxO9it3mMLV/pg4g5nGbblx8LlPI3q6vfFoiWmyucTZK5e28sutyPE6kc+tPZH2q7wLZqphinWZlo/v4CdQVJZCw8zW4+eyTCtPjLGvgB13B9Qd+V3mTeaZsBRP+PxX09B/lnNNl4ouLcrzSxioCOOb2CwqF8VsBmMVaOxnLI3uF4xvwtzjZwmedW6tEkt1mfxVLVnnJ4S7LS/P1NRzay5HVN9mParK3TsW6519g+1aJaRUtPP5W7zP3gz3wva/oIXLHQnuKeeEX+vY9gq/yXmMeIzz8Cnm5r5zv1qRtjPS2mMk/Xx0j+S3DPutsT/xv/PwhVuaifYol71YP6BILMkPmJbojKnOubKrH1FeyL/0FWmW3yxQkVelle3+6FhK2S2UhvaBlvxsU3KS3aOGW788R2GPl71VIfzQ5bnz8xjtCE19RNpi+lxfa/w8357J/a2EgnIfd+QbgzCLnqMzqHFmFxDp0HOyhZ8MfU1rpFWrbwtE1xNlzbHz0gEpyXbPXgJ7S7aQr3VKvAX+oVOiByoSHVjdGKyUaOls7FU+7irjs38Ha4WqQ53ir8ngQLdGopiYaxwp+jqNRfjGlIn2aG8YHKAfII2axHGavUtrhPO03GmHXKaxVVBaowM4u2QCu5Yzp2Xv7r2z7MngSa8a0SRaKnucdX8J8VFtg39pg556DylzuOjtLP1/ggr1d3tgV385Z54Le869ZrmAW/rc0dgd2fK9QwrJz7kn6cy+KOxJk8xz9ERBPAzzNdb/rpU2uJSqwZraCkqiPGZQJJLseSZVwE09ZWwt9vPlmLAkjgo9RHhFu6jNeioqyxM4QGkzRxt8ofNvR+Jh2qz/YqLdVkFWw8EzyPM3D90TEwS5jf08WBJIhNpM9tDl87y7E/FiFeJtyn6n9+pDyFKnc8yghnEymMQZpkL/x87I0iC6tgnXOzbomaOcack/vIQ4H84ZAc9A68RykUNYmm8E62sSlZ5EnI90ZO4dt9ZFnlmfev6dxjyH8J5K4rOQb0yiXwsbibI97VrJ/7Jmn73r+rX4Idr4hYl+LSb42+ri+7VgXXy/FlYXP4eimm1ha7DO90HxtvMlFuBrU4x+LWqwm9MpG0e/Fg/FUigun4p+LTplDfbJ8lwtTMzD62pXl3v9dS77S1vsQYQ9aNsMLRd5XdQk8dxrqQRbk6JcJfz1Te6vHCs/RNJANY6TN20VZz1Rkkdy0lbZWmx9m7OFe5TPHsO/8tljuA57ZnELS7T1mN++/aFfi+b6BrQF2xt4dgrtDf1abHSPaPrvWRxsGz9Pm4OPpxMpvKsXuRNRgyK1j7L5Ku2M2v+ztqGFec57ragN2f0Tx0y6U2gXv9dSeobP8kN+Dnlmk9g3O7Ipz671vNxXLJr23HXO7jx3/+3nzkfdk+dj59n7989evxb1n7y2Tj9dIbatRs33y45SVXhcN41r7J89IMvrYt9XoZHDc9kla/2unxJt1kV6rP4Ey2JpUwHb5mQ9zH2TanBLk5bmMByYrYDVDi3BHGXjlCK+pEuWszFVhJyzlextzA7f/pE3ZzfxjyzN5To0ov23US4TyeJ6cKnGuUgDtmlmMU3XbJXXNUNR7Md00agyp54MIzCZh5jnbtZplGKwjmOZy3W15L+23uhxfBAvbDf/bk/1afFkyYls43JYKhsayj6d8Xm8vxkCm93qKvfTYo4J+oeTwrvFTG0uSnD0yUPa4GOX6zUKDA4UeTgZNA4shzQFlu/pJn1/tvgP2uBG3RTWV7A0sCvRVXxcqiT2r4RYV2l1+dOdjvi0OJ6zDdgY2ud1Ci9ozn1oczv/UXfDgfL9JN4sToWS0W36ds32nDv0nfqtYqYn27a2RfSJrBm1o7BjbRJolAUGuwTlgUHTgMfK+lWO7eb1HIIosuk1M0cNoBpsEon2lbiW2WEL4Rfmz/i6KBp7ifBs7enoeBoHqikSaWr9xTtjkTsL84u/VFq0uGl01APoVm8cnihepzgGeLja3rzwvpwrPqNTwqiMGCZL/Gaks+aZ1WFcF68Q1xlBPdXvcXNzuz7HqBQ+VgbTqVI8239P+6gJZHA1VWM8zgv1OPm92BXjnckiO4+nwtUvrPmhWqLt95ajpUTJTBDt/lec67tYS0bW6yjfxoFM9YJU0DxoEWjxrf5Q1brpoGXQKsgEaWQDpkEX5NbIYNcghd2CaQVt8NrvHrR3kuKdzjE5H6pHqEQn0Tqw3+BVbB1wZEZUq2mQxPNONdoESczW3WT8D2m+k3hEhTrdipw/QD/RcTyk2xuNj90y87LD+zopuuIp4qW5R9AUsfiU8NQ8lNhTxnSAW4W9gj3dtrKbusmKTFdfqSp8Vmywd8B7uArtAp619kEaHYK5Md7Zfy22HMRrfhWSQTfJSz8OHYMh6OKyJX8RfVFM6BRUSZv7BPsGnYP9gv0DgwOCKnTZbo0Dwxr309PFHXFQcHBQERwSGATOoUE3DC8mHBYcHnQODLoGPHtVmK15lqvwhWI7Ql7q62Z4nB2UjRrsBrbyV+EPRQZHBEeafDmONpru5HdMX0QxVFH8FM/zh+oojMR6f3Hx1vmw7Y7i9xvVQkDoRqVgi0R1XyyqwnLnNudCXCDn4AIMwy+CVEjNCOeEp2K1PGepeTIMFlFT1ODIwKAy4N/DEIvvEhSeIj6VtaE+e662utV5uB9daIjklG7uaLQh/vcx/Sddg8/Jxs5HWtn8l/hmezt8yu3sEvaOe8DfPRCE2VrjqMBqj7leUxwdtA4MhiYGhKc7Os/Re96ZNZilDboHPcTueCtnYg40nnePyX3hX5IFs5uxlDIte5T34gi3VrFkOwZ1oy2NWaoMYiaBu+hgtBXZdoxEDhxKBoeQjWKJ5yIIemGN6i33WyQDc3x7lJMxf+Pk8cny+sn73TwWAOslK2Rdk4g0yaV4FnOUxUrgWU2I1WadsjS0V6ARvStFK5G4ewUkuSwHoHHAfDfneP+0mOMErxI//Fp1bNCBIHbF3sFxQmEQq0ZMj3Em5qKD45ig+OZ7xclikmOftVIzdFssiROeLOIdP5tecR4MY5mZt/hGovw1Lgz3QNOwT7aX0ZvGgdUJb0+Xusp5odiWYGvRrbLutbgepRgX2qmi+ekc1uSZXgrXvGZY5z8SiySymSO2G+L8OhymzZ7LN9i76jVzo8N8sMXleZ7mSuznRFk3LZoq5qJudGxGUpMbVX8qpI7WE9P6TrCd5i/Fn+jL/HU6Hp7fV7UT7tm+uVZsfNx4jmJ0Ehgt3B/fczFTGBWaxOlOocdING6O1qrGKU4+O2pF2KK10nGP3lArVBk2ohq/0hRyQiSRDCnssp1efUx964zTtsk9nKfmqxdUYS+5Z1W5nrVF3+/snSfzXRUiyUU7le909kNj7dS1Kokt7svFbeX92cLnTSzIahrlIvhMag1FT7RFApUyVktn1+sLHa69xU2gd9zmWuevNo2XwmhblzmH76r7aXF9dW0vJoW7ZkM4L0fUg7jEe4hP2GqHLV2uy75TBqvif06m6bKYweHqL8kDTRK3mlRokeiM+9UQ1GAyUojFB7kbYjbCfmSO262/jcawdknlsjTGTyJaxG1zm9zLaEVs39hvewr1pyjX80HZS3AqGfn3NOHgs+WdzcHZ9tCYrm8RfpnfnyaIEb9WSRyU3cskxC+mCqdK/KebugQad7ts16rIEi5TVySEqy1PYW78H+U1OCTLNPFQ0fe+RL1zK1m405gfY665V8BrMp+qkIozPZko2Z3t3rE7mmP34uGtdhM6yMqwTXuyjGl4guOH54Qx5ey3/JFejiwtx9+Et1kePue/KxHztT6fDI5SnMe2CuuKH3Hj8Qn0cXEcn+ATHKXSghnCmgfeg38S3XNndKDJYeQsZw/k+tMoKXpz7hd/a1YYUz0b63US6zTrgNli014knMjqMJ9qsU7z7uczav3TDXrgztwIT5Zc4bx2o1TEufEerkLv+Co3mZO00rJ3eRRLiq9yoxvSzsDSYvZq7Jp7kkTveB/xIbM7nKnwyhjv2g602mmMB6i6gMf9tNhgi8s3vG9q0Tu+Xj3pckbh3nHOqr23uVYogC31+8TtjsXv6UJ9Ay2eBKudNlTslOKfYv3qG/DIOku9vDTDO7U/sY0u37NIUvlE+rLaOV0fgLlsF8BEGo6I67EnsSowmKlIGbyhE3IKzkkYvK5rwtWuFA0RrydLACnRgA/PzR2jJX2pCnEo69bJ97Mf3tNrdQWOD9JYjTbGSjh8P5W6q3RPlcD72mCt7oEPNHugByYZIuj0D0vVYpVmjcURFKGnjAk13BU/oG2WJ35Y28sxHEfIfh2DEqtZAXubD6ASrMDLWBYrlbPJO2KU0liRs9Zu+3WWIt6VniYL8IG4XAc8po2sVyvR9lWKhHqKZJRfrdfoavQJ3tU9cHzwnFeNNbrtdnpbvQN9ZESVFejqpnGAG2GyWE+WFXiJasSewFRmQB06MxA1ONuJUKYKac5InBCcGDDO1DvEltdOSON2HflncS5rHVC4N87DL8hgP8N2Uz4rvF589voHvGoJmWmelYjuRhm8I16mcbAyxDdlXYYTuMFs4Rv5q3W/wrZgHtt69aJiuxbJDubzEdljXxIfzCyx7yR7DvI9PBtHEKOO9K7z9ejbSwX74Au9i+TWmk8r8JnX1SXR0DHFO8CtxEZtb2nW1D2iWuILbUQzx7bCL+XdQjSTPbEi5MF3EcvhPxN5vV1Hb+tIYxt7nLcoRlHH9VsTa+tYE+PkUSN6JryvmUpYi5H1P4/QaPqKNo8xa+Lb2PsiX/NCNJpuoserxLbWv9ZkeSa7Lz/CesXoKEORwJMm2rERX7KPspL/BGxUdke1DePjK/AAsdZiAlu86TGnMWrD0ns4aZzlcuz7arxJnP1pGRznRf220nDNelVNiRyGh+U/5oY4MZZj3axLtpEcrLxwscNl8yfzSc/qMd4AZzdnvwPHkPCJFjPHUnyWEVYUc19bxQgvGjtPrCXh88jzw6gdfYQjaVRHK6JhIyF/JSO6XWn0dOfTYw7LLXPpYpoluDx1b3vm4Xhfb5QTdopTFWr6ugknPF3ZkZaGY6XcbNZti2/Cbdvo+r2t1EVEsbZYa4GcKpzX9i2yFWI3TzudwtNCEruQx1KReFwTYanw8yJH43fUEtfA5L5psXYDo9EST5oGhoQTYM+JlOF3fAY1Xo3xN84Xe/HHCcZ6sSWk11S/RfhYbNbWY3x79uDKkLecJpbzDeoMsc4/KXLh28LHb40kmIgzHqnFVtOhxrWRIL5YxMeTAis5j3Fejg9PJPFLkbpPDs4S7Rx7P7JeiXVXpXhaezQg8NxTgiQGBmdRCqcGSTyteuFgSmGx4r93CTTKA/ubv7G76YWzqBS7uh4NCk4LTg+6iD8Rf/sd2trGzHs8b2M+RmS+ceoMocjnK8bkOpjOEC2YpZnLJZajVDxOrR2apfjIAh3dSLWw1mdLs22UdoQDM1I0BiwTVQiFHBNas0/wfezmsmVsmZRc65SA18s+P9HXojc0eN45hvr5fOeyT5uPE3y2oBmxfbEn8FVqWj2ahLXOiT7rEo6hKvT3WZfAiOcVogs4yf+lf4HwLxfhwhCPnWXvFVA4wT9VkA8YL+042LN/on+etKjlr57ik8Wxc4xwM8A/xWf0ybtpoP9nOq3o9KIzis4s+lXRWUWDi84uOjjWV/+6aEiRHdM4/MKkt/rCWV4NjiHLExxDp/oWW4tveOZKDT6IneAznRmEm1yNQT6fm6SUYQ3UHaoUjbEYtzvHkEVNH6ZEgwHWGJ7mn+7zusY0ay1O8E/0S3AdTvC55jGUR1Q70c/fYdbPpQbvIIUJiu/CePheowlzBL4Rr5go7ikRxj1Vh3fGCT7TSPbq5DiiMTjRt+dpV/mmpZjsqXOCz3XZKmVtUgZ75xDRDlPkGllvO3aO7Sy0J93k2hVer46krjQUVbhHPWnyqGWRrmqtE+Gkf/Yt9/6ASuEM/xDf4Ez/V/71infYMWTLWW8ji45zos+Iii9gDjF//jnO8vMWUraTpcJx8Phq0EaV66ivx9AM1G9JWesclj0Ynf0eWOvwf3zyK/xidMUcOjzbtfTwbNfs4dlu2eNwmalxF6lfFR0viIKHZe8qslacW3PIPVyTY9e+YR2Msvq+Cj/S990Bj0a7DRTHQtzsH5FNo2NCY7S7MfGLbHEuLnmBePHzqE8X/KJz0ZnmSGTckVnbszT5WBriFF0ZfqGjZk/Ng2H1PfwsjW9gcKD6gPrTrR7HJ/eQc1Ic2qMZUbBlzla6SbAK1zpTYaMSeH6/VJswyDWozLJvemd/kLuUpkrc2UmxHn4N1oV9iAnOE4+1s99bbrE5ZPCwm5K/imVfveYHeD9m7c+HZVuTxlkNPUFTaomb4x7tIU+4/TJ1rK9xi7McVkcxl86V2OKbFBF/oT7khq3xYxL1YDZ09FKCwfO5aE9vzWGwHJbdFnmF9Y3P0W5im7VnYPtYLBYXv5trPTW5fwZtBYslHf7mnZLEUWJ5PDrr0gT1kGEPgqHuBHW23z3L89C7RV8oiXeyyE8Hh9HpfdHJMCbQFSjGVLwmcsEeKolzHLsnTsahulisutYXc6EzMMRwZJ5qqmB/did+8iVViPd7J2PjqbhNkprcZlYiWy2OXSdTHf7LX+7nfhjvkTWoUfY7b9Bf6EN1mI4irny5edNhxKO1HR6mC/HA+Ota3l/lzSXmltlfqzF1p560Cj2z9stsLYlppr+2FynMN7b3JD15XZWhPVnUVosfy7ixMd1TVaG5bq7ewm/U2Wo+4nicbORoBRa5I/G2c2youfcEE+qvqlT69YbPWpeu8TiOyfbKMg/L+D3LZcZZi2bgmP3oYLWf4tIznEedB50UYmV9cWw2iUN0KY7SpeJPerTYzz9Sdk8mJPMvj9na/PJIk3ugu7YzbkKbKO/dlMxEtD96Z106LvtHc2vRli12jxyfPdvvk+2TPdsvklpHS+xj3b3C1IA9KtcQ74O+WY+mYlyTtY71NPuCrL6BS1hsrHOc1TjHGYcyd4HqjWqhC+eC0aMqsNpd456Mg1W0qyp0FQ7RfcHxVQZV2TXuHmojrsCHdfZBIvQ7tbshWs226rt2Qi1t2RLtsUrX4CTffrMpYtqizPCvjymNFzSXPCHbV3rH4+DfCbxLTbX1n6nGAFWGLtTTs2XYqyQuCDRZ/aBjn635lnoxHuIRTY+LTxULP6P59NM91JxyWyLqR2fZkdzCqoIak71rvb5h5CLjGFW6Gif53H+eG+6Rne9+7tVN+Bn7ZPPTTsb21+7hCFPH38F9vD/ZWbtDfUmtHUbXmyqz/6oelIsSLsEN6J3D4Gep52h9qKC8/FbsmVu2DHUP18PcChyk+e9z3Etc9piowKXunh4/OTHLv//k7ekZ5H8P08vwrtnTe4e6ENQMh+eSPZ1tyyPDONx3Q97VIkixRmIPtWXLRjRw+6IiHp2wLVtq5XTxTNR3vrjtwvNVt+5GoVLvUBneFuvPQtq2RhDjNfx+2pJJRLSFZ/ZNQTjclo7ODSnod5diX2qOjOOZjyuOYazAkdrS2zVupba4tY3ou6iFwYfh2eDT9V0Uo3cBxfgGl7iXuhUhL8MRn79zGVViT8VS2mU5X5L8G/Y7qJFszT3V5aHnaWVYlpHW2aJ7qSAC8S/mc69weWXZKm9LXSlc3nh3AlmfGfY2uJbGhciY43LImNWYUODf8J9Bx7SaUO6XtUZbPM8ZKsIFvhpTwrFFZ+z6Ag7Bl3MzTfz9fu9OVAOVLc3eLRwzN8Gd6BqwPrpKWsrXvNplRIJJLvvuXeOS2PGudbuF37JY9B1g5SBudaKczaTgZ04RS77NTGR9Swyuc62M2xETxFeJqcL17hzFko/tUbc67eXlD+uD0038hFh+nOre4E5zp0tM4PXoIVGYw1XHHEJ+oceJbX0khilGnt7D6eS0/ZaHutHNfCunz3BrMEektjNVZIXn8je5M92oR9xeU+H1jkNUhvHBLN2uzqF43yTRfH90Z7kkyPEWgaAbol3GVon8+l3qEG52I88zfl+4i2a5k8X7KIUR7i2uQcJ5G7fK7LEGtT3d5uZX6W14NMK93b3D5XW+lu50Ne5yZ7t3umz/vtvl/Rp9pzKnsb/H1bhXVpFz+b1tV0lNcnhfppxIX8v9KpWoi5muKyejUkYfjcK228Tl96x92qhqRP9wn9tKYuO75fINbCsbz4JLDXORQPe7J4idnTHmWE5uF9rYB4SScQoXipx8AR50LWYGr0NtiKoe7ZgI9/+Hf+0ZseCnxaoxVr58hSDLqzA/1ZW4SmTzY8Suv7tTK1kZGJV3tWDOz3FrUAtXfA4eclc6NZiLme55ki2hRiQE+7s4tBEPoFr53UrNcpneP+KOxRuOzbhYiNZsMS0tUrPVyc3MzW2J0JhHXcZovl2wLd+kQg1aXHYnI0ZHeNC1eMMpwVz3MZdv9wGCPpL3vbK72Poe2JuE8evys9tY4hLYm589hPn2W6WYC95cp4U8PoEO0d8T+AYTFeO9/xMbsVJxK39yk5iodB3k+Sl1kOdjIZLo59D4JIc9PyX81mm0WuzmzGM/LnKQ5RG4thYLYjdMIkbBZcnOWhLa01vgecp/wfoERHkS+Cvz3BlOLXpikPtdX0iD7WWDlcV7me/OcKIvrQmtFrYcrxP32WAalqOxeNXZNwZc5yJMknPGT5Z/y8c/4daKRL8RBzhPulEUNfdmHOJY4LJd2Ma/uTl/gkscRvnlvs9w8iN7yjU2N4BrUX83hRSU15D1ZFyerV9xtxQcYVzYVi/80WEOmVd/Hm7CBrbZoe79a/OjDRc6GBddD3/b0uHGYrezN7FdrRV42rUS/rOhVuQZN4VF7nzqi5nqdHcFEpjpMu0spJt9YSke6096b3WeA9GLsqb83FCX/hwWI4NnXRN6RPNe+lJVCFYuR2Etdos5d51bi0XuYzm+LtK3JPECHsZjksPCQDsPI9KltqczNVMH1qoz+rH1LrAeE5FXzy0qWieLujg/Z/swYKuNtdeMci3VYlo0ym1Pi9y89ivALjKWupFeeYwf++4Fd9vsAnns10OcJF50U9jLMYK9yd86xE3gLy7bsq1tcYYKaYP4UlvNwPZzCOTHwbz1S67Gy+4Sd6mbH1UGCbgU2XXi4te9YxnJttUodCvgPXY074DN4+HStrahZS7zmxtUI3rFtbMRUTjeD+x1Px4an1EVGiAu2E2r1RYsd61eZIHS4k32ruAes4UojWVuLRaILqLW7U8e8Vm5T7Fv+nDcqV51R4b3LNNElmOsDwfLoa+5r7sab7i88iskZ1sjuohqBHVhpduTeATWR3c4lrl8mqK+22gNK29qsJbZx45hoPXCR3GNjeih16GtMm5El5f8uzEb2e+P2eB16J/NR26clO1fL3pZP0Ev61cveln/bL8sW6Ynxz4PfzPGEiNm3Cy2kv7ZoW4/abcweqF/VuPRfxMXvH/25xi58MvsshhLtUPdk0ViXRY7SO8eRthtooTITJylgm9U3nOfUynK3OM17+RzJU/kcLwpXFUylxepV+iv7ocSX18kYyfLWuflvmToXZMWLUECL1FRiIXfn2JSku03jNb3llDEK0Sn8TUNCXG67HvWxPGzioK/3iroS0dsUJbjizgSX3Q0/PsJnwRJuDhXl+3p9bW40XrVUTVWYWuNTTLU2LTNPefZYivzeD+Oz2kuWdSPU6TGqqJNuMq7JF6MPk7P0E+icTgz7HPJT3vhm9hDxuo2833YdkRX5HoYzUg0j2PrrMbY3GpU4wl/rCAOVSLUZoYSN9/uK7HQsUjjPpbFplACy2JF4sXBbe7v3EX7O4xpNcofkNWYUx4hLgzDRmd/58jY4ap9cEr2QH9g9tSswaDsaVm+TWNBmt5HiaBh2ZaWxfZVSnx4T88+77RNPesPwyj/eWcYss0NXvSfd1RijXreMag1z/qFNT9RVl+Twgc+46VbbJYPfI5Ntbcx/zUmHK3FkOHVYM5mqfqcWkqsePTE6l4edA2OUQnhOt4kkuhYg110UrI0XeFGz6Ja7GXE0dZjEcSWi145gYTTXThpH8eSEUxsjollznl4wew3Ck/SEVoT++Q4+hHF3tXdyZbi53GxXzO15/fKcB6GPQSHfVER34s2j9Hi4kRun50cO1jZ/WPROXgU/N+XdEb2Vw73sKFap6y3gc028w5ZDdD18Y2eMjOcj8tZC7TZ6YkV4Wk+0dW0tc4luR2dC/unjET+pk7kkP2ic8B38VcqFa5JXv+yp7JeQsnQF76ZY/tn0cf5//z+EcEnshTIYibZ0hzXw095nkpEYzWB7lSjUnyz8Bc4vqGveFnWOmXYV1VjAq6lD0THksS1lNpK3/K8wzoW1o284JR9e1u96LC3Hcd1sNaFsDva0w2k0dTUYHTK8jHXSnSH1cjwvI0D14ykpWgXci8VJuNgxeiNdq32U4OV3XG/zI73TqVCCsy/d9LgnTR4R6ka75cI4z2iyfZU5CmnpTdH4UHvZZzUXCf2UUNUKebGOfbqgmKNY72XsR5nZs/M/io7pEgn2seZU3saZ2V3jw3OemgfH+fFcXbW+lScSZ+YX2dT6Fo+JNvZ+ZRGlLM/6G+yQ7OM235RqjLFvzvokTgnOyxbjOHZEdmTmk/1flu6kwLvpMA/Nwr83+Sr85ui6uxvszs9dv7bPXYG+2f7FeKrc4J/qTvYP8FnZFGbG2p9wSngcoP9u1RHXBtrQ7/2h/i/8R3f9Yf652z3XGx7Kvi8bX0y+Ju2J9HpYM35jp8PbnPbE5IM2y2Rvb11Gbu7B8u+43db77zB37PzBv+Ancft1917g7ez9yKuof7dt5dzGGcYcqP8OD909+V3Hucq0XhNcuAN8/NIXqe7KfzTOy2XIXHH9uvg7ezXweF+fRjfv19ZkzxJ2zUr8SN0g+H+2X6Jv6dn89dajoOtkh5VY7T7N7dwlwsP+h37fERulz9dXoe26zh6mVH+6NzePtc/zz/fH+P/j3+Bf6E/ot7dza3Ut7/ro/ojfiTVf7p82109Ikf3R2xD91eaAX5+NBwBeT4iyl63Lbv7L/XTeM+kcm0eQ/PQS7N2bhNq/CTG+VyvRKyuheNK52qw1zP7w3E5XqN1hjnfi3xeje6oif3Ov8x/WRCjL/ev8J8p5/KMSJJFpcdRw/u6f6XCGuP9oe7v/cv9CVL6u++ep8t/qtvn6fIR4f3zdPnWdGDE99CBET/oBnq6vC4dGLHdO+jp8h27hews/HuUIIktnsWzToUcfZRteItn89DaaItaycW0xds1RC7N0w2b7+g0muifh4h2sM3kQb8Y5SEKP68c97caCdUPnZx7VDVaqfX+GuEBn6XniH22dlV128ygRXha+0sOmtdj+6O3+J6wP/v7zrvKcTTeVtFZ2zGKNWI7FGvED7phR8R47z7uXOXv7kxx2QpbeOc+Xf5d1Ohx5+ocPZrk91S/M0n0TW2bt5LpyrQCPP76cldGOSs59rLMrcbW+Syv8aeF+KUcqzjZv9af4htc7VsdexrDtcE1TqWh0JrGWvYLVcLhXOq2dBOUSbRweejl2BRldbTckWbblo602vn8DkYkkT3FG6RQi13oCbqvWAL2Q6dQYsnn5WOZ5cBQa51EmyTvE85b+RdBlOJ8q3a2KgT9zeLA8b1PKC9fTezJp8Wvyse1uib0/Un+f+y9eYAU1bU/fu6tW7eru2YQaMYRbByYajeCAiZqXOYZJS8YJYLAJJonKNmM+zABRJ5bBAURBJHVhQTjSkxU3EVxI26JAjIoGjcw4oKQKC64oD8/59Ttqp4ZFo15L+/35Q+lp7vq1q27nnvO53w+zJ/enrUNkI0MtblJHGP9foynuM7b2WukmZxLtoqSLObk+U18NnqEHraKs0uysX7fPOWXWhLzHqPlNfpYOb+AT+tNgQ6kLA1WNyg5jY7mKFt7sP7Q0aXsdJTXIY7w+BwblOjU6fEoB1/xCOueZSlLPf1GqjWVMSYOCI/Xtnea1/AgeLEeCH7dP464I4dkXYz3uFopOoKV2H2q9KtoZ+aGmmAvsk4LcBWXM55mkKjOoTxEaTFjBFHzvu7OvyCit2+F5M4je2sGzeAMu58jb8cLOYdXLLO3lSttLO0cxw8TK/DqWFc3XQ/FT52nasBVG1tOyKp6Xe3uuTMqOFZUnLs0itsI9wuqew6dqpXn2s399RklZQkSYT+FvH9E8WV8iS6f8z9Vx8gEuX8sdWf/zXsqTzv5c+g3sVZJnlbFc2YGn9ffUZ/pPGui7Ek/0D519j6JW+JFui4IUqXPiHNMXPmzqJxxwKkZ21TNFV2TrTU+jdEYc6daaPAIW+Z1HFk8yuD74VE33+fIWzJiysvZT/X031araGxJXfg0Vf7ertVwZfLuPtep/P17+i3fG2XN0XVxWQ3U0xckbl0uw4w9riY9/RqqNniWoF2Vl6eNjJzH844hqKeH9GbYDWuedt+jFPiKoGiwjEsB7l3YTLDT+GWjaUbsK8R113J/Dwt+qQ9KRbBZ/8puVJb1fN0KhzUtmTeLbY+cxOb2bhafxt4M3YTmEWSXxzgiKrI+9wjzHHWhz+N5JSPOKbxW8i8SvQdaDJ/3qyiPMorSoKx+iR7haRWfBtgN72o3hoZXnF1oY7atottW0W2r6LZVdNsquvWr6IYdRkY4Zc8IR/l5OsJC3aY2hF5ujk6PfBoVFeiMaI9MnkZHD4e9sgX67+iZipHRyBg/MkWNZIVH/Doyaks36So6LnenwucDuaZYI/sEjwanmO50qsF9sm529v9ukAX3D9M/RuII/8ka2t17TsP2n6Qd9gYIwTW81gIJGHKca2SEWTjYQMVjCEnUAvls+O1jJfib+6mRTtMjI8QoDI2MHJtRX3pNOyaVz8xFOk/zFHCeBZrHTF4feDlqonnqbaWMjLWRUXmJKOlKkujaITz25D3l7YW95nPu7dVKuMVHRjMZbXMLRzi282dnLbX1cRcQyiOj7fyRrHV4qbcAykesuRUoREID/ez26zt33u5Mzv8ZFnbTA32jptJcmqga6Twr8aA8jbUFmkHnW6OOZMa724zwfUyhh2gG3cu8NobfbwaBw7ORKpRRF1jwn06Nr7SMTEzf6/P6PZcmqE40zl5pxtth5kW6PAC/4uXBBN2QkXV6vXmeEf3DzA+YR+5Ce6qeytyqstcgmwbtNNFibk0tRVli5QB7ka2Jc1X6MkNRr0w9XWw/1mDvq2eeiklcU8u1qCRorMo4dmveZFtHUxmpNcXOICDBscZbusRihN4bWBoXFOjY0puGtMybQW8rlNqWdtbwRNwXFHjcgde3/P6/MSfUUDPJk7txb0gfqaGmkeZ4Lk6b/DbV4vNUfqMCFVSWpjDbxxC/5XtWxS09WO2m8rS7gk9jYdC/lIP9koc6/rcnFso0zg2cGucG4an4VfIXFM3k3aTan0lzvCYvpIt1f32BmqTHayDPLlXvaZ+O4MjTqawLA/waynsgeDDoq5LW8f336Cl/FpddiDMGh8U1Z60yqqeHAksPB7AU8jRMLQos/Sj4UwBL4AQtCt/vqFk24QOsj3MwRnOG/cWqMtZuT1jB6mkfc2T81yMBOD7usznqoCarQTSFUd6D1SWqbZxP0rYUXUMsLJ1LUk9bm0syQm8qlyTJJJltMf8WdsU4mUKNhL+uYg/nHxUUUzLMQDGSOYaTmYpPowh3LSBrhiISXuottGIdXWZl5A+IZ4Djz4MvNVH4wB4LOxHerHPZlzKYDJ2dwvRLj8m8EPy5Y4GpJ8wgIFXH0ZPMPvdrstx6eF6C1vfpQgqy6ZKWqFu07EDCn3EOtaV5NLbEw1J+tc8aGyHta2uZcyHiK4NsjYe6HKnmWqMGlLIJvso7zmAuYCA+5YnHEvyZ++usquRsliqS1WFL722U1B2r5Na/aXL1lt70RbpfX25f4wxw1HqwAjeb5dwFZI6ObbZqiVdyCc21Mrcw+vEmcrYoZ+Mrnx+whjE//DKWvnJevsmsppxphZMvjJ/WSPOspWd8cEYcmeKQ2Uij6a0YLQMt5nV6sdrRyzNXxBBmi7vRXmN/Z2X1CGmeav6ma5jlblac+TutzD59NOhFDRnZSWCLKdreDKJJvCodSbNiPj+MUWQloJRHA7ka9gHWFmQSPBaclXk8OIX37pn0RPDnYBZ8c6rS+0vwhI9f6mNGcOx185SwrsHSa6KNfKoC/vvJoJFc27+lZsWqGfK0tvRU4HRV3fXLg8Q+FHthn4y0NbjDGsxU3ucx+8FNPMFU0Wc18rvkBfSKy87x/SpuJeSDNhjcJV7/eUpa4SZPnnaKOSs6Ozohe2Z0nV1tsNNLlkg1jxbX5oqAWB5qOviIBKBF4Stu5GsYS8GokVeVGzGf0G+9Rn5aW3qA6rSlP9nuPK8FFyw90ImctST7dH1Je3cERyD6sscTPWfpMH82M0MPosVBniZ7lhEPsurdYDG/lwRozXM5X3MirffAD42/e7G6H/LuK9RBoeW1pYdab/uXMVHCFqyMn/8iLQ06qMHq6SBPh3FPnKEQ+TxM1dC1dnfTyCyOa/UnanujqIEzhvZSTbTeO0UBV9PArVwVj+dr7CCqpYoM8iA6qKGx/3kQ88U2BT7VMnsWaZxdlwfDFHLHLD0TzKPfk6JPaSW9qddredNG+kit9zDe+gRGPRss42dBj/41+oXuzxk8UMK5VI1jFl9Zb0bpRloR4E27a5wqRW0MdbnRDvQEIVbh56W9M/Vslw01hVJvoJ3QH7MZGYLvdvHQD5jLP4qZ7tEGi33hV52nRpXyV+arKrYPVXynKEVCQUnR3pkmfiZOEvhtqPlrgCzxccG18QnY/b5PRtiRV+t9M0PNLl49Ha7BB/btjKL9Mjlm2+1L6UwCVcol+JxWauQRIItAxSzaG+PVUNYhnOjSGQTDSxl6GJeWcypQH6iQ/t7uEa/nSbnXUlvq6eHMexxnWbWLswzcOF/uG5VkGbhSsee4KFVSFtBCE+gP7GE5Vb+uxHcg9u6pehpnMeTpNFVgvbIbLU54V+pcaS6iH+QsgsyuZO2X8dO22XkeuW2Y9ZdD+83DvLnJ5ul+XeBxm4/Vnpfr5VQ+HzEbLb0QuBnpRoI8xXGB4MpCrKQgyoMNNIwGK9gtI2kFZx/UxX6PsVRDQHqlWaMaOasnF5eE2NNVYLbUln7O7FWjYr5fecfuKabahC9T7u3P+owy29O9OBK2sZF6jC314XAa06zvv3yPYoRIX0o90JeTPGkdyfSQ2SYclc1zO3zvxeDjmI/0ndjqGEN/5JMK7JKWpxSxZnAdavCR53vCQT0hHrlvKhk18qY3se4fSkO2z4MK8+6lwNJaK/Pz5SDH+V7i/0vb0hJL7K3TVmdyt8zber6vXI/gvyx00EboTyvy8bWNtLMaRN1pY4WKs7fW8dp+EK+4UyjQdaqJVvMJfXlpxZI19Qbry8gk2PorA7dWOe8G9BLkKa6EVcGrQS5m330i87dAxV6bCf5M7pGrTMDlK95hc/SQwkx2CsE6ftMaZtSZ5xH7B7uT7Kuiu9a8JV+L3975e2U3lbFyKE03yXqL1eowH+WjPNhF8qz7qQ1nB95P99tyVl/s+HXxb6I13J1WskpkEJ8QFrCdKKdEd8poU/rUennu15YligWRo5NNgTL6cBpJs8ipsNxnocgiz/wyGi0PWKiX4sp/rVoLaua0WvC5daWWz/Tnum3MXeZTN/uC+ouVPFCxPjXVx2xDaI/BMdr7GBK0eVc1k3t4sGp5rpYZcacFdntfxlq9HpwZnRmhLudEWGHuVveoNQEwugvNn/waRnnDBnqO16o9WCvHvdEcz61Z6TPh20FNmS0lJyjDvuO+bIdgnAE/UaBevuPRnOHmJ+9Asj90iLOV07mQieKdZHA59srG0q5yIBXoQ/8eu8A6v6Clo+heCz9/G8Yi5Gk75XNk2t2D0/UBJuS/DjR1nOn8pB5Ew1NrLzL3/sPkqYOHGoxVB5nvGEsHmyCuc1vVi9qpofF7dIn1lqX887y36GF+G6VaZ6ZE37bVssqNpEfI579u95pooXW8O/fbomgV22pa5bkdDrbVFUF7qqU05+TPFLQ97qQPNU4TNdTXwPu8a4nBsFFJnifyO/MqneeZzvKsjd9f3p53IL8Qn0JDesoWeEVuokO1wy5LS33GmYwtMz2lt75cBucZqpbVrpfYtO84iPNUa2OGUagPLrWW9vWetkAr4L5R9K14DUae6s6qiXKqnKvUcimujpgRPzNQXUx4S4GcabI/MmuUGyv1VKOO0VXUSJdQW1r8hU243K6jZ+yzdoV9zj5v/2oLVKPgDfPjf2dTFe/AYxm14a5+yb5sn2d+6OQbv/T5FQuGklfsq3qlfd5Wp+qxKt55j1YrYxvjETqXx9QbFpGH1d77PrgV37LlPJmiXHieStguj45ZroXtciadrxy7JdaLTwKggR5OtaDz0f9E9SghDWUP/pStL8l8P4MVBzcGQIIA+/1ZYGlqBrGK43gNAE6pQMVMPYG7VhiAq+nTADYbnr+xENI3Qvwl2u+oD3aIg0OfZuUWtsNu/rY9Q2UrqzmasrDdCB3SwnZyv+CHfq1qCBhXP/tJgLW4W6cCreyyqgv29ZBWeOlrZfcZyOvV58GP+V/KqiwQlZU0SOlsUpZ7Ns7IZ8ajuY05U/nUU/1KDVc+naXy9BoJHusX6ngVqF+yz/gAdREV6ARWKDhRhaw0sdYOViMMVq7jWd/im/yuOdNX5WmddSMbbbLc5Ohcehg52HoXz/eR1XxHR5d1foN153ZkDcgJ99ts4a63hRLXtsRf9zQFjh+I9YdTeZ4+Lwyi9bo7NYRNrA28N63W1Fnirr2pkhrtoewBXM5Z6cfbrEJ+fcTtlqz7DsGFd3gGiC/+rTsdXvIc4teQdyb88hw9TxOpnvc/2e992sdPsu9FYQrWzrv8qzxrH//MaB9fVoZ7Yj1J8dJhF3S2AfBYZ8e18+nM6B6qYa/4bPb7wAr/TDfSQE+s3sRamuldS85PhnuhF3pSZXeazt6RKSWGKbEwsOOfGzXFv61hS6kN9fDAB5Ah973zDUmd5TvkbkEfYEZcHnZE8b8HzOhwarO2PZIG+olKhOarHi6dUuT7vZSL4tXFKNx3O5+QzcbR+zqOXbe+kwo+8iTjTjhn6eN1PXO0HqTkXmnhtnRmdHD219HZ+mS9sx7c5g5vx86Jn0iuQJ3HWfgx8WksIfK2Y+dvBudm8fetFu3t8r0OzmLE+F66XKD3Clssxb2dRPJRRlddQ0PZoyN9HsZv9WUzvCd4/1653U9nXf8vUwEtU6JvsziooVcqFufy9KF+x/h0crzK3xxfA14eZ4ngrNK3hAr5KHu0OiWl7MEeBloWR01ljbi9c4HmZmroapujHl57OscbXXZSV5xzmKX/jH2vE+km3vvHMhPGedEY2slcVnkT+TyDq2mZPlSr0gkADEnCxTLQ6+bnaEZQoMt0kFlMVbSBGWDezI2hMVEDbdDpp6Kf99Z5msXlHOYLV3Q/RmWMjVzW3F9Uc4wAzqK4SnUBk+R6PbPsXY7l7AKcU4drRIw26iy9SJO8j1V3Wl+xgtpUtGGNjnr6EZ+Kt+MVqV+M969gFgix5MTCXqIkH2s47WQGcY5XN7qdM7H6MH9De5Xw66OU9ypWmd50RWDpZB/XP20t7U7v0AZuMVzR/Anioxgftyf89Bs02mxWqa3T77dYAZ3S3vfpcVNNG/T5HMtGuYlPytJKDa6Wpcb5pnLUQDeGzVtyOL2jcqXnSingH9vA55l6aipsx5GDnrkG6uDlYp4XMCLJpwsi40014OifY0PW50M0/FW1nizV0Qe8knNP6ZCZk/oqYbW6gyxz+MuMceo1guZVpf6Q2IVEYssjCg2xVmE/ziTDd0BXH+4dS4sYGXKKv1OIOYl2PdyTJ6KcH4Q2jroL41YH1TkcQ59tXyihqNIaQotVyB7r8aVnwacsOXvAX4nSxqvK+ajxOaDZtIYWmmpTU/JwwscID/DSIOOvYg9MP0YZoJ1dr+dSvY7rO2b31og3iNcd/sm/h5ZOMadnbuIMYTzNxTEUl+Tu8hlhD98m8PWree3ZoPM0Lnrc3Iva+IG6HKya1tVvH3O8N4D5b2S0SZzLoZWEn08sNxePGhRHuxDrMnG0S+rQvK/AJDTCf1Rd2NGnbjqgZPVzODXBPYBPCNnAcmI43rM0KPv3igJdkMPvJ3EeJ06+Y+ITMvYJYNqQCXkWzYqxbg9nFsdKbK9sb+mdEHjlF8vqU8UWu5zXlinBJISs0jeRlQItfWocLqEXPVVzvn0zN5XftmsGObEZ7jth2WygCbkRWXgkwMEApUlh8MEbTMjJswt8/RVeA+v2PObJncld8tYS871VJ3dIG8uMkFa1tNK7wArz0r0lbbTF1J9PEsgO2FqUA0bT6Znu1IvH1EhzThYzGnGjs6izvtBu0FNLa7rlNb2KVvJpZ3H83IkxakF682KLGk9lzGE/1gfCNfiuu56iqmmZt0F3Z18n5t57arIVdUf0X4HvWpsdH42JFff+XuEyql2fOWQEOPgs/TZMIyOmq3pmc96bPtWTPFk1ZivBOFj6VCc4B/ltrgpJfhms+nTEGjHPYtc5KJQrdlO31Uy1fbl+fdlDBUtumkVfTeVdXXoH2IBbdI4OtpYOsft6B2vhuZ6m8Muo0pU18RU/CJFXdUTYLxxiP9Ajc5b6s17pD30ZFzXK8v2wlO/2qnhszLJoe7z5B/SxGq93LPTX3fSlapKWGbOYkXDwFgCTIfG+AvUpwP94YTROAzPXj3Ggwt2lSL5r4J6dbUdkp9KEyNJFkWMK3Ksj1jefrsoVSqtUD2UzN6iKbNcM5kGXNvKt7BKiklVPBfUGuehH10BQDbAC0tc25GSMFFTzGZ/M9pUksx3vtIrOYsW4Ybk0csQhRvJlZQt6ZIHZQIIe+YA2jR95g5/ezW/ZZt39euqkxReW7ISNOeHkbA0PIsx7gvTANZtHe+ziff0oj/MM0LB1bKsNZ2vtHsYAN2Wwyw2n5ZmZdLN6lLQPBIPLaskQ9ux3iHzBFkkW4waNEYV42n7qAW8s6wKLZg/z4nG5BT2GLtKSZ/+AN4huUQ3k8LjY0VZ7Ls+mupTj5ErIm0rOBE/n3xzDpx/DdbExkrdllKD5XYgEvK9a3vkdEhb77tRns1qPLXEcsH9lj/PjVVdQHcJGmtgZ8HowAtg2R3skezrwnXJCFF4+jLlr7Dsxa57zMiXrtltTDslifctm0+vbBTn8dp3tT+dSoQUupA+zXWjGw/g8aq60hZTt1Bwlcphqm8KIbO7OG2xar8Z53MEJsoKq/Hs6nlz5iwCe+kfV7yzm0zEdHzeX8QlTWrEmRkOgxFr2V4p+F7i2zvVdL4EJTXwrP2MN4yf8+XrzeJsLcsB0fZmeurlFT2Gkr8ulcTmt9ViC1XH4HPTfHZvoCaNaa88N+qv1A97R3duhdj51J6iXpv0x8LE7j8pd9BiNo8fpidhXi/YosJ2NPRd8hovoT8D1x59qSHuPIYdAg/njHBodn6yB13+ER/ACulSv0+AY7R7b64PVXFpAA1g3+nrdxu+SQrHflXpacz8O+qOlHwkcIs6L1L3kRYIeX7kPaafsIFpERyDv1zTSLL9PzKg4kPkkFN1JN+XGWbdei+e0C31qx7LfwNXJncywt4Jf5xw+98kYEga/icqV/JTGiU54Ks6lo9SY+Heco8FeInehn3DCfJMUTWJFR5/5Ld7i+Px/GDAEKprkh6XnnK/hawWTzbJ41zmH7Tes2MK44k61WPsaCPevso1ftMxFPvLM8cv2tQ0EdqGBVEO/9AvkC+sn1yLfjA9WosqNzey4ICPn8a3Bdr2qQ2p5NaKd63Jbwne9pPH8AexX2PSpYmXcNg5Vkj5TYFVvfq6QE9J48unN3BoeJYt3eNzsyxGgdd6dIWJzh2sb9/gGPZat6E3jzFBahrNRcMZtiTOzMcbAWQM9FNoD2R44sbaGPLuvhC2TuHg5HsL5S5ztEpa8I8fG+lhTTRXH80PGue4dI2Xl6clpMDkxHlmya6Vug7hlBJvlULkvkE8Of+bUN97M5Xl9aY5Hwy/H+G2pt/ryODPxJogHQu5YxWNxCVSBc/Bdv+sh0rZrzvkQ5JP4EB4ow4dh1DYfeYquzuRTp2i8NxBjvzHgv/ptCN+3nMmbmM02T5M7ClIiuQIYpY+YcXlmoDgjV2qKtgIebm4rKLMZNDaFMnN9Bx3khDc2jDFIYvGDE15O1rOVIFsm8gzrxzoCGc6n3RTiTK5ZwKy/W/Kq/GWTyDTsftIvo2J8mqw0Tn12zBbQaY30VdFpGNMJOu2+rwmd1i/mEmsNobZBA+kpCLUVgR+3QoEZssHQvSWU2ns+fESNvDs+F+D0+hdbT3eqQfSh1xivORko2dIh9FGFH/uPrrXYeQewH29oHIu/dHvg3dBDgnlLkG2D6MqYD9p5TFFqenTfZ9JIp36x4oTg5twpVDAdafQcSvJ4TBXKvEpOW/mpmtaQcuKLmhglvijUTbBaeZpjylF0+a8VRYcyfmdx501eH7rC+6VeS+fkhLF8ED0RvJlr6dlyHq3tKoFC6M8tti6HX1ydcU1zv1an1DfHe6/T7uoA00Q1vszwK6kPVVLR1PjldSjQq19cNwhraKS4jnVart+ucgydmFM0TF0c5XaSkTrSvLIj3rRHp+Gdnqd5FNGhnqJhHd9VMzsiotYa+/CmEIPohy0hBp1F45BmXwYtiHUqQZY1ebva4QpxzsP8szhShnL2AhY2Rp3hWZtDEf6t65psJXO+7eKF9E3mM4ZHAN7UHp7w+Pu+71m6Rw3KXBK4nRBKLg5pU0fg+J0c3axkZo7nMmaVVCGTvRMonZ+WcF95zoFEW72REaUDnGz9znn6KfNF7K0b6S0lfnaXP9tExBih9rzaw4aVFi3Uvq7c+RAYI4cpao41OjtAD/0zOKJ+Kb9WcxxRH3IoImifNscQ4c7FvrTKvNzmUEPH0NEqjRrKcgar6EVlKUElJ4ghmetACTlV+jUpZJBgghrJ4RhraF/1WUVDKnIZcnwPo6XAY/MA08AeGlwdcXTtgrDA69eUSDxDl0R5xtNeqgu0F+dwou2guN3AHtp87Fe09LSfp6nRTrWCx+kXcz9vDkOU5lLfoRST2TSGqMZzeW+T2FJFPBHxQ3fnYG2Zzz7klWZ/srRUX5AbnPFpbNjDg53ehxlnPqcdydJ+bHHL6e1vOqTjdIEGZ2x8b+t4Jamf4JXwOY1W8hmv1Ic2h1ZKLEzhHFypha2kLSOAEP2+wRzvCVtIH1amw+54aQT79oCONfz9EvY7Lsk2xjnRBzLe5mPfUvfc5tBQUvc0FqpL7daikPpwSzkEUr/YB9USgRT+n8UeBS2wR8XajyrbqG8p1+vDqdixWOHzp2fVlI6WVrPmgmVdo0D93Fyqts/U0LRoerSPbqt/2nF/9t7DdlkKxebc7/UnuU9zllYH15uNuc9yl6pd6P2dVurPc5Y+2Ol6IxqsnUu25dMehXVa0VKLd7OkQuNZ0uG3fakZdok76Bk+B8tcwtxCbF1+nxEJcqWKZmi5di4BH4SzwrnkN8OrIBMiwasMVs+o7Qkq11flsAfJ+hvQHaots/MgqvGRrSSfPSp5HneI7i8hY/Pctruzfvc44/OvfZUu1Qvf38bMmYfSL2lfv5qfs79BTrOscZazk4AESHAw8gaC7UiwMK+WIcU7kfaMxTNv09CdQLzelnww79mQ3rcYOzMjhwOsTuEA/Tg6jHfNK7GK24SWlpGMImQxAac80GK3eUYhvxDemVdZk+AJIBXCPOseY1asJO1J5pSvdg/D0hysDB/2dlWn0EK7JSRivhUsYuRvCo3Yj/eP1tGIjbR5NOJ2IWr0eQUs8ZDr8Ky3whtDfw/q+ZvD1E/Ug/Yh+4DXV/VhL4Lhf43qq5BXNdQ0MSNRW+ajeISqiCqhjYM6yQjrpxBVhsqLa3P49KhSvCBoRUuvalejQ9Qj9hQ6KXezd4vXl7oTVWIXetzeq67wGvnTIPjCGb02XSmqylBlPb0TvBvMox9xtG99YGkf49p8Uvw0xJuesA20wjssxs7hV+g8UOUyusK7IIey66mn+tEXI1ubjz146qHwfgo57aVDNXwIKAErwXuBO6X1oeRd4K9DlBvWy6MWnmGUu3yHnur8TKGUk6C0a92+qvX2wskbz/mOh5VkDO+z22Ue4rVtQyC9tcK71suTlCyepTF0QY4qk5pg/M8P1uhhtoa1SD4KLOHqkLTBKXVW1IVUJVAqu5ZmwK5K/AHV9CNzuK6j+f5PFLx4OuPTUL+R1+UnbXsaE6NOjf8WoV67KoynXdXs6FzVPkzjN2UV/d/Hb/IcLMNv7hCC6exQLUrsw0nUd06gXsx+Bu4zpyoqKIQZ2tKJelDJwnf5AYfzPDzD9qRFKVxDIfxArzfOr7pWdwkRv7iazzp1dJS5LOoaIiZSG1rO/ofK+2UalvgvgiregaOwMvY+gUHj11qurwkLVtFCO5wGmM5KPKg4M45QCe5U3uYeXU8DTIH2MbfmYOvK2/RXxXDnsBy5KprkXwW72ib8Z/NH0C9y9yvBAs/lkLQ1mr0rEjPqFv7DXs66QRFdHc/gq7Joo/vCl3KWLo/yJetkWuX1WPvDMYx5Ba4yUkOVT+/aMXzPGHqOzvCdF2csgY054r0RuL7q0tV7hAvbDUQfl+Fzr4i2Bp8Lj7h4dgVT60qAFh3QtLAHT/Wu9Ubx/npltLBd53AQ1Xi4Z07kZ6+Ibsm0pZv9QcqnAdREC9tV5gaqKn7/YUos9N9EKF127d9Gp3xhbc3qOIlqaGE7XJUxPu0awkZtYwo0JTNQ5emhdrU0q+OudhQBMysoXrzHKHWGOsAcS2eoXb2Z7IkZoXqohe1mdbT0sTlL78+23qyOOLUNNEl5uA9vNVop6qmScrcGiwu7uQ8toie0xEfqabfM7pkaxgm/7/cr6U46zG4jbR1md25UqVZzFLStgi2/2gNr6aFaxowb585TM1+vYQ/j5v01Enc9naM0aNvPqIqeLiHeltC83L1qjn7Z86kfRzXxy1/8q6I6+l0EziZL+9qWOFM5P02NgLOx1M2+rlAqdpqpkR+f3Dw+QeIuIGmdv3saPZzKlZPYKe5K41GrTZ5+F/n8fZ5jRKjRrVYwqldHJ2SryaFUX1A4sT2S29xpzY/vb0dgN2xihKfTwirXuz7BnmhxbgsVsK0vqFwLZOsLSt79QntNdCRdaIe2Gef9WS1TSZuUYyIt75rXRtdFNfROBn17ffRtxjQ8u72i44Ibohpa5oFb6wV1Q9RITysgH1dZfIP9ZFmXqKPR3WkmtaEbNGKld5LVlojRjM+rwWpe9K4K6PdRSLsroOePC4fzVa+VfLRPG5xB6+kcb6XCit7eg2r5TLoxchizqVEV9fAOY8YUPPl5tZs61kqE9ZD4mpM4B/kUVU3b+W19eMSGBz5VReSP9obTH6I/RnfSy9Q1C9Xz59UuXqCf9m6KajyfrquZUunTC9ujlAM7y5v9quppgxNpe/9C36cJPsY7/DY3R1KftvRLU0Ofq276zZzgPh81L3CPT40aKONLHQaVohHlNX+bIw0S1TmWLszBD9qLTlJnqLODQXSc6aTzvIJCE/k4sy7DqGBPSq+mbv4gmuB1olui8ZpjLTlo0PRETl9uslmjkaEY+pbuhUawmh8VaKz/V/Ua5/RN1k5TOk8N+tZoOPWi26LbowLNjPm19lORxnO66g92VKyAeBqvpKj9BaqKYx7y1/3qAQVsdTJP6mKMVJ5GWdHf2hT+7UL79eHfBP1W9yXxb9uwb39VXw/6DS0/leM8zlM/+Usi4qa0gogT3YpNYeKm/g9j4rYh4P5fRsAdrgfqvzcb5SP0r7Yh47Yh47Yh47Yh4/4HkXFJP2zDxW3Dxf2/jIvrV2JE/npwcZYiT/AScs7/38fJJfi41rFv5Xi3BMchp8sE9daFlfTKcW5Xe4rezLVEuSmay3H7N3Nbj3YLKeGt2xzmDXuWR1uDdIuo0XPYtPb+ZVSOcvu/g1BrU1J4viknvuSvC7P23cxvGLXWQC/S1qPV/nnMmHvyG748+1+LHrMpDBPm5FdHk9Ux4gLlhmWIsrqvCVMmo2m0P3sLWLK6LaLJ6kp4sq3BkMHyel61xIy1hixLcGSbw42lUWJJ+a0jxTaFDLuDmZcFGwavQnN8WAONra6hm7WiO6NHTflJTs5azftqhM6TO4Whv/D57GY9NFjdFR1BlynEef5O19Ome8znv1AWdspjOg/UPt0e9qtE37un/E4rWqFu9qUumAFNqRoIM8g+sZdlNrXWV33pX4uCw5x7UvWnvWm+P0OL199uQ8f9D6HjtuHivg5cXD0toT1CnIEEIz1QWRqkcvRpMEJjhcYvB2WwJn7whZ21Dn7yzAgt39aX5uM2DN02DN02DN02DN02DN02DN02DN02DN02DN02DN02DN02DN3/bQxd3ZdG0TXHyslpetPouAvt14OOS/BuQEZtGe+GeOuXw7pNjVpi3aZG5X6h+fpt1YFce4mHqIrX8iV06fadcndHp9HkWOvxnqiP6t0pMEOyj6puOlGNFGwAlKvujm6NWZKh2PUdq7g94AcQxi0oP80pKUz2oVdME9/du6QMBY0ArDVpNvB0HSyf9a80LWP0LePyyVqD+AL8J5uPxH9H76YtIUIko6M3ObXK8si8KO75qZg8UGBi3SZrIhSmRV/a0lXMUZnGUUUKscILTD2fKSaoXbw+zA84k+12iYk20nQ1No6Mvuz9mhEQp+UkDjRbjaVbzfPeGPqGZ2l6zLx5HJ9ca+g2U8nc/ZYGKNEukWegzbbuGYPiZzzviQ3jngN/xPxA1OjxFDz1fHuCj/4B0uOXWiyXvaHCnhnBfAFAeC6ITjO/0/eyj/MF9Yz6kPsfdti5XkiXkOy2WCukLMQwgWVyf8Pzci9VMmOtRG/WeU5xZ5iX4ziYTimUyl2y3lxg06i1lkpy48uU4WbEqnAyHkPmBcBoQHT0SnNhCd8m6DbcWY5uW2+ehZJMbks4N9yZ4NwephzJfZo2h3XDXa1j3SbaEwkacsfGjOCiLN+b+vOeKUrwnXhUT/Isf/qmVyhdO4OOpacUlNnlfa/w12jfP16jBODPwliZTu5y94g63XPNop4X2yGhtBI4I5xKwcskKlLDulrW6HuF220QAWt0JYXUz1el7yzPFNwD7FTIfmX3W88SX/sqUrTyi30AkbwqVpyRU/zrMbbKxmX3Y1X3Lm3SpUy2/fVU+rn+RdCz8rteN/1scF4wSd8XHUTdavH+p3nvhL/Uf8wWKEsXdcQ8UnQqtOSjSvL99PdgmrvAiIYeFPRw96u8et0b4PO4wPHiig5f+ejCN+nx9bZqXaOvfpMqfaKyAnyTQ+vtTR2yUOJ7Q72VS3B7PMZjrb760q5YX1q9q+hSi5Ycw7ugnMCTvRNoszU56EkJ1qz8SsSo4M1dRDKvYeVjzTkvGGpGsaXRm/UD8nQsNOEMPDsS/Wn+zDRmUMb61mAGZYz9M5hBh5ZDpG5aWbtg5anNfBXVQbzrbPvvjHd7Ut2gTiefLvc2je9aoIM4/i075aMBLO5veLIGPEdzvWRnrKcfkkMYHRHrrNQCKUij6DHaMSfzwGGJLmMdYodSABIBZYLZFrbIxBz8Lf+AzUDCASKzBohXnAAezIg+c4HHW6CFmUXm1Qr9nK6O9YQPYTQMvNzpWHBzZh8Z5zKXZrOd6LeiJSej1uEUyvEJLrIE3JVE4uTtZzJW5iXvyHBTelYFquZ91ef+/IwmaUUfE/SQn+eT4t0mT5N0c1Wz8al7h4TrcjPorBZaSrCHB8YKREvoMTVfl/P5SB8KyqF7XP4E+wI5Pp8DzIAwU6plA+EpA8Njsp9mgYeuZyS0KDxJ39Xw/BZVqARx0Jf7YQqd4MmOJjgBvJvjNmpNCaqSridEWaEDpZgvxmE/EFeUlaRv/G7Spnlqr3cJMGuHqc7eLt7erLM7lr7Pu12jztJcu7UYKNRocxgo/P7vjYECDu5CupgsTaAcXRTXOY2IamJN8DbZr3fu32Qw+89hVBLmvVi6rj5SF58ujuuTnu3lGk0NZdis+k0gs5rjovDsm8yeyuGiGuLn+6WWS/MRjy/VSNPFpZUow2tRA6vRwH9zsvKpVlXx27yg4Iu7zPo0l/Uo3fN7qNty8nTXCj7tqbamBkmruBoInhgqz7kSzvO2nGM2mxEjuPyYe7yvttl3cgVWZAfaClHE6xm/2cB6pw+VVAkT7vqQ7o8sLakWi2wBr5yirSuI9r8HIc/3c3hsPhDVxyzbirHKPfh9xHuM+YCTldMFg73YXBfsuVaVwU5km6MXBR2hDDYX+1Fu88pglm3WK42oyN9sHRrqRN6lsWY/qy3B9sSYatA4owylOR72UcGzulKG0pUGHqJ+PLIa9G4KCr6tMaf71IUj41jdO/Cp+A47iLprt/7O4jYTOxtjZSQiNMxkpb2l5NNj6k51B5+PXlBZqo69rYeFv2I1eF3acwYra7qkLPIZvKagZZcoeEstfaTFIq5sZt8rmsZ6bPg8lobtgPc8PebSutkuKfn3JMZ4Sq4T54rAqrlEKwo6Qkl3aDzS9/Sr4quwTk1nhOIGg/VBznXyHud6ebolW106i5Urd/1Bw0eD2qzhFkZ8X1S2H4xy8dvWx+czjGC0BVrmCk/aEWW/rg+OcXRy3fN0QjvE+lAzRbWs/juNoEcn51yJy0s9XMkT9Sw/T5dlREv8+/5lmSkc7fpIV9KDmfJ7Ls8so8sz/Vi7wp0y8/E3T3vD+S5Ll+hKPpc6pbvLM3l6VAkaAuMC0bTTtevTStrTRwxH2q8XPRQh/6uupMb6H15PnqEF9mHLDogszga2m5ooS7fb7+vdsf75vWl47IuQkt0IqGTF8OSXQNXTJ+xN+5TPi00ae9TOmTxbshihTiMCe3aXNm7W38a8RZ91reRT1NpsB16d0IaPBg97+3SqDZtK17RVMsvLe/3rwlVvLRYa9f7qWGinPWF5Dloen27Fqg3dXo+1oBy9PVj1aYbcll23Pb2vu5f0qY9U7sSXeGF2yt5Frana3EWWHqfb6Nf8zD50D/veemXWMTIPeBD8Pl9lQ8Xt0IWvWcBRW0X34URK98erG56I0y3sUMEbvUtv7ejKa46qal2PVFQfR8d6EyfHeB1g2XH/1qmVVlEDwWJJ8FdpDrK9lChlrvYEaYVyx7aKsHrW+LTCOJTVcybRt7R0Lj1vZAdq4ryHD7xCqTSHMhL0UZqTK9is/t/ZAVqwOSrJ6V5sGZOEu5tjkoKtwiShLR0mqUusxZGP1bGtSfayd3MLg/U5C7+nfS93EiXXfOw30tPeR/R+zjIqY09WUIzog5wlazqXYf81FZrtqG1pN4U+8xkpky8p78Eb7RO80WtyqJP4pH22SmAN4b8ggzhxFWPG8hzFQNzeZ7RANd3xxXOf0oIKsHR6CSdUrsYjv8GXXaAPc9upQsqnXaANfoE92z71CgpsiYwmZ18LfqavGhQCW3tiyXbHbveLILFs1uq/6QY6jXfBpbpQ+jaib+QsdcsdSFD5+NCvSf2yIdeF/pSzFHqzCfGn8/yruCfrqQ+d532UkzFdy3bP5zSIjsgm+oPDY19UTYyTSL/xfhV/zi3VyN5LkCSf5F6i640lwZJ8ngN+ZEIJQYIygSBpDT8iOKhyzEgT3RAr+8nePzz2eTuFIzcfncoRFI52pRg/w2pEllyMy/IuZVlNVDcbNz15d4fC0Tfp85KuEVSO7icoHT3Hu7ibpZhZaV2j3ckn2BJ4x3bc0yHtmE1je+QdyrE9aVxP8j6jyA/dOauado/XQcwAZCwipiezq2cOMfMCTQrey/bKXaZkF8OpQn7HmPqJB1TD48anJZ5kXsELLLgDYCVa/p5PeYsnsefGrXt9+FzfxP9KBPd7/EyHjtxNyU6CNaQuvq5/3O4tVU8tr9/DeQ97V+2mqmlX9fvKS8inXVWeLiEX5b3J3Kvu8mCxztetIVPaUF+OdqURKvDCjypZvZvSncQ3rWFrHo7g6y8veTcF/oLpQVKzQxWQJTnGOmD17kRj6PvqMGUpyh7GONPnvFMo9La+DPGCH1E6k5/g/UQdqZJ9V7AXrT3nxhglcQrtqiR24yvPhlTjaTrfzFO3asm/yMc2q6K2oXih3AoDhegGelsj36ZcixM2PrA7CYqiNU3OA0zrCJ5krQDqw2MU1G36Qb1d6NN/my50hlpbwujtTTna32L3FnReu/AW7fDF03OCMt1oKuNI1a4lLEFEbejsjJRwNdaOLO4+Q52rKsPWlS5hRxzqr7BNNsvsG3vGWte46jQtGIys14Fnw2lxDFHUhmtMjUI9cI8fY0mlVof6HUP59iUrOJEc7ZcrUJtMp3C1fcHuyL/WqJ6+T6/YxxSeKEgSS4InWZHdkirmdv9SRMjyHTaPCJlI1+mjTI5mUtfQpy1jQ8QyddeUo0RmRQPMn3MOHxJ+SYTI1qhNogQXdX842jmsp2W8P3zg1ZcwB7uEyRMt7wKCKGnkb/Px6No1dBrbZ1rJKutr8nR05jLfZ/w44vd+ifMC9/zCq6HjzbXap75mhJYz5ubRekvZbgDazGH1jo2xelKirw5RzVF7bja7uTyz2TxeFH0j7B4CsQA7GJ9dlkCC+XhZdeZMqz9Fy3f0aVAcmy9wRHFfDxqiQJjgip8an9VEgXRTWcErSLbaltEUj0T/sBfTUBXwjDmVvRP/sPCcActyuQc8C8p4z5OMq/eUezecMG/RLkdNotz/sHW5f1hb8rtZ1jb0PWTrXhPbzpd7Q5Wld7+4qg1V01h1e+WjjLyoV0W1JfRFGk+Tp6GqEGu8+twKBVq+o0Sf11i0y8m5Au0Z9ggRBXjVHsyjoR31DBsp0BPJ+o3kEJ2H+b3CiJ7K1dDi3F7hofqb4VHh3uE+4dHh1WbfsF3u2+FeYa9wv3D/8Fn743AUHRjWhfAGQyvyeTskC0SCeNCmegmqA7WapKHVnsZ4BL5kEaTxBvBazCqLYT8Y3auQj9UP78ko8Luj51Vy/WPNrn8scrbcY9Fa3VXJmQGnIPC81OnudHfUuqLng5GNs93qqcJ7LKqku6OIR+FQg9J2DYDyiBSue4zZKEZzTutBql7JWP8b+5OGGtzRNvbyPB49EdWGd0dAGySanT6F2Tw9xiv6ODuTFvst2wkRV58jf5tHqtwdfRmkClD7teHgzJ+j/8pW5UbRPpll7DXCG4qPHzUe69eGy7lX0aPoWaALxB+VS/UZRtRR+mDehV5Uf4lcXkgVFah3px92HJKF3vA0cwD7h39tkOXWJyf3vm3q6O+0LvuCOs2vo6nqNHoy6lnoVaijP6lHFfxIRb2W/qS+5Vm6IiPfXJlZS8s64tOLncW/848K+ffuoI7GVO6XfSpaHNXRkqiOOnati/1RI/zLM/JpoH955tmucscC9WCINqijH2aztLOpo6URfIy47hb7dPRTjauWRbdYfNMrW6C9st/Myr1NEd7kIBrh39yljjpkJmbraDmrxt6RHd6ljp6Jfsyr4hzvHO/pLLgGGqlNtaJ3PMUeOFHOjWj/lHLmc3SCj/PyN7wp3COwIcRT9WNPzp1HqyjuK9f+IV3F+TJH0YMRxrf0f56KWsX2xCJ6Okzn0IoPDD0JbxvOc6r62Hj0O29enpbXyGn6KP2+iuiXphxVAv/G3RG8HXdHH9ZgDNxFQQZn0rvo7ujZaEX0XPR89NfohejF6KXo8Uj2ROd7gW/l7ujuSPwlA3aSnQL3Phz7UqDHOMB/xIPFnQsxD2F1vkuHZX6UA+tKGO6mTjV3RydkGzq+HHUL4MHzgDomWb3bc5wDsZcPOc+mItqTHs/eal+JrqtYGX1zJ8Q3b9TDfEsdC0GMkzs5gCXfXbfnKAHKgmWAcproJBrLJYnfZ3Ol5ekB6l264nbdhd7z3/fRvp1jtVm08thQPnNEQVVwTeX03yZ1ssQs30+tZ7/ufzJWZwh/K7kps3k3zqbGLNbDblo4o+a2irw53xp1JMfdxUOMleghmsH4EMk5zMcnqkaqUEZdkGJsOiMjvbg55qbx9lRG9vy3NyWOmuBciPpdaPHd1JLPbga3Q1ILn+Msc2mC6sTMERPtx7o3IycEB4O7hVOiMuURThAw883U2MszgJwl9GPTs6SwAsXkAWTpj+blGEdfiDN7H6HJMVfUYuVUDNPID8dlcmyp7oIieVuhTq1hRzaFHJG7ca8gRxKsiCsZvznMSJ7C6hxdT3v6aL8qZicQnNuqaJqFUitqeg4dpkbRkz5iXECUyfyfbhcpn2bYc7kXzqH5jL4HDg053KerWXZVNJWWRq9Gf4tutfX0SfBDv5ImZHZTr0Wro9ejN6Kq3OuVNTuNqDgl+2b0VjTbptmNUF+8+5fFaJzKdlA9HaUl/v9A8GDQVyXt6vvv0VP+LC4bz8BONSyOhmMVwjnyocDSw8E06oBRpxYFln4U/CnAnD9BC4/AO6oiO6hV/IdPFzMbT2GTDBCPBP1ZEcWhRDaPEBEMcUAXqK8fKYJ3rqPL7ADqTquiVZHjlEnwHsIokzDICAMF2CckczVhjHHtK7MH1uYMcqwwiGQBK9SftX+f51k1nbGHf/UKMXpkPPO7aHrTu/CLE6OLKDu2l3Tpc61RAyjNgfPV6juDWcMShpuEzQaehhlURbIebM07uPXMqGPZ3+2QlD0U1kKUjxa/zZTHhssZbaarpBSpEdCasn4lv7Qs80W6X19uX2O+ILwVzg1bw18y1zo9pwK/KSyFVXS02hJ3yX3W34yWluA5Mq3gbML4aY00z+Ls1zojiEQfwMqwTi9WO3p5WqdHx5HPG+01Jb6QkOap5m/qGEAEQTqtmRp4oqzVi1eJI8u0tIAiVIRcqUml34FtXsYlJtc5LpHmilkz6Yngz8EsEi2tvwRP+PilPo4YYKebx75S4cBsoo30ZZW1rivjC6nmPkuYQqzB+g8drIyPd1D0DjXyNc0xRmnGEOwkCWMI5lgHXvt9xhnNVwVaFdWUkIWCOg4F8VRqw03xg+DZN8QsH2uiljwf+LtXzPABxtKDQstzHHmO/begSzVYfVVdqgaapxJdqmu+lC4V2mXT2lR437QulVODRz/Xc5ws4QdxmlMNzNniOEHYpjDAaKz3unCfH4pYesp3KKsavBYNPBIO515ESVPUTv7JBr1cx9G+33gXc2R7KGM+ZtDbkeM8QZ87zhO/xC00jpkGt6SRdaMFN0miSNUa8s2nRO/KKcDBT5DwkKCl0C+LfYk8zlOjqDUukb7cS3hCOXtI09eqRLXl+Gk6Qoq6b56XYlVUrs30e7uHemor+ScwwhL2CURFUdrm+CX+YOHPxlx8nWuVie1ifAPEHtYS4G6W0OX2Rgsf9pU6V1oZ0AsOzwfsXrIjyHhu2wJ9KIwpguDDXL7J5ul+XeC5hB7DGrxcL6fm6wRWCUsvBG6lcGNBniM1z8fXSiv3ZzsSo3cYDVaIh46kFTECoEM8r5IcnEIJs5xnpIgrC2dPnF6XaEs/J4lSi49b3rQ7W+iCOHQYiqQmqMOKeCVyfYkI90garBzjQxLnHk5jUr2/9X0acv4kevPFAPgXh7uCxQHcFVrD4a5aQ13hOpT1kQfUFUb1BLVp1BVK27pcwLVR65mAKCG5V2ZdfTOkX3I+wq6BneEgXq2ngJ1ZNdFqwyOltLLIenyD9WUEEWzolYFbU1weHyKe8lRXwqrg1SDHa36BnsiAuzSi//QVTfBnEs7yO2UbgEQi/H+YX+Xb2GOMd1hDZ7NvqdEPyPemqCz9yh9TOrHUZk/pDOaspZF849OqaA0NL0NpGPW6soxZavOFjfpQzHK1Kipmfe82/tXnXxfwfTV6aXQ7LYAlnlsaAdt8J93W7E6Hc7jPAt2wKmqOdshvFu3wgEX8C1eeHeAN/xk2FpmDrbOxrIoc8mFV1BL5gDsd8kH4LmQt2TzbyH6mOduI3LUptpHWGUDkHmEACfmvNAfI8Hh+bor/Y3P8HGFcdpqhY1e1NtgSS0BLjoBNMQSgfOzCrTEEuPjiphgC1gXCCiAZ530V3hP76Cr2uKV5ABwLQBUtsoixNtEiOyo+X+FksTk+gEXW5dBfxh74udbV4BRyXACLLNgB7lXI18d3p6g7vQLvs8eCb445AcAIsMgKIwBy+YURwI8ZAdxpL1+K0C+yLZkBkqtQa3AELLLumXjeV2MJaPmGaZ6APN3sPWbBFXCbulMBczlAWXo/6MD4ZZS7yGJWbKlNR1P7+A5cKU8boYE/HqHH0gfBAl1FjrHsdjWJ7qUDvFXgy/EmNWubRlpkPwyasxVsuWe/KnNBUl+0zZaYCz4O0nwF2lsbWFoX3KnSrAXCWCDx9c0xFmwdF86qKM2EIyf41phwBsUxVOHD2eX/ICNOYwtGnIQ/92cG/C538tiu8AYxQkxwNWv1ugitiHMbok6rvZ65n3f+e/Re1vN+Hrn1M0E67UewBf4RvRPN7vxuZGl99FrccjtF70WvgXPR66hqYgzT+9G3fUuzO3/A+dN46q20Kro9xlRNJGGqCelDnbZ9kh05zUchNfnf56MQ6yuNPjhXlbMyfFVOhnR89ZNga/gKsG5dZRRHpGvok8CPuQhC+gic9bQvpXsWZR/FMWvEq9HGlFXZAn0SVNIgpbM15GVN1s9+EuTpbSscAfBInBmP/TYGzHc91a8U+ALOUud6B2rBSzxCsEw+Ni/VvlyLp9V/sa8V+JnlTAZbjohvDYIhzRsgjEmIp26vd/F8Hwi0OzrKTgv70XlVyrmTGijNnSTY6j1NgWMdcv6AXyZPnxcG0XrdnRrCpji7Y7WmzgnHUaOF6ksmxW8kDAXNmQXK4yX5FBtceTRYvnd6OvhbYmAfRqeZqZHjEqjjvNjNxWcRM5ZTT3NuAGB1plBX/USQtm3H2cWpv8bGkfVvBsy2FgX0huqqcf0tdr5FrB22W46mBJpPXgGtKLSl5RSoarolnGokl0diDFl6Qwm2dSitUQuYP8HQhqgNvaN8CvQC6uxnaCZtiFw0qpK6cCQZ7wOvEz7vV/FJ6Kciy5b2JeSmbcgU6GB1WAYxvjc9KQP3r9RAtIZ0LfcsaiI1V/SNSuC6NR1s5ilLq3eU77EWdaH2JUsCWVuPlZDs42gMbYhcTolbN+VOh65cbHvkLPVgXwtwlj6vytgFbrEtMZFy70fRx9HJ2eu7/FB/EnzC+ADEAF/Rr6in1JDYezotbsU29BtPTrkVfnVsEyHzzaeLdaWPew01xKMmG+dVy/XHxJycBT7bdPYkuwj4rWqLPXI8vas6+7NI9v0TcxfkEF9ZF1rqRdfoJg3mlXfCPE3wFJ2m3d1Zxol+Rlk6WiHD/Yc+8m5f0UfRcbqyAv+/jSqZQxWZfR8o1DdLL9J42ptepA/ZfzfBc+f8bJxVaCn0p7Vab1xVWeHTt7xJWt7x6gDlsz2Re8NYukann/Ui9cjk6UXOo5hDv6HJcct8lRqamDXZjeg1OmTs4XthjVqieutJzL3wInNVhHwen+BhPw40vulP+6mRPBcRg1rJWZ530m76dJ6lQ00HlafxWt7sDb+K3g8Rx/udX0VzOd8gy9ie7ynhAj0irsMS9UGo6MNwinlXCQr8AG9DKJ8+Cis50hvEODyH8HYI4h1KEfsdY8xGem7hLpTyD9PZz1FAFQTMlmDTZbZXqiOoL8mMl/iwsCLu6fv0aXSlcc/d3LmuipGNb9rElym45gJhdncmS096fYLubAugvI0RTn41dFpmJo2KPX93KWGH3hg18bf3qe+XRjYQ9j/2cNfOWsXfOTZKzjWrsPxvls6IdQaAAcA++zC9rZ5j1v9vG7T3GE/yJQ7VV9LGSOLlLU+p5Vj35m3a2tkUdZNz6cYIZ9JB5E6g1akTqKw29yqHcLZ0iFFct7U6ZF0gsb7OUG9qGamWBpuNkbNqsfMhG+xRldizgv7OpxDfG6PkDSSzwNKe1MP7rvlPA2v2e0ascGTL4BwpiPWNkaI+zN+5N30cW7zXMabujFZw4AG9Yaaot3KKGqmvGUP9Kz6L3tTPs30MD81h6gjukUOoN22MRvjYKXF/u4oVQY6qChujxX6Qwex6r4Dvqwrtd7rWHKXbUjvaWUO9TPr9lzrMbuTVFP6Mzj6UKmqU8Ans6X8vmknIIsBMP03P5Gyqm8Kfe0dp8SzBT3xr+HmUp9mcL3GXQv6z5bJq+E1fpkF0kllgUf/PovtrbqjYsfOJHR/UG6PzzHTVjqgYcgYoxuV5Jqm/TwsDWbnxPZ412UgmuiC/XyT3Dhujt3RlnCOyOs6TQBZo8sRzsyd2PLGjKmJO/Oufif9OyMozdXEyI5RG+JJL3E1DreQC5tPx2avbk+Ntlo7V09iKgo3l7hKOl2kGMSysIUPN8tj3CuWm6cbSaF/+6sOlesWC6tGmmLnVPkK6KDsEyq1lNo5p1EhPet3pYmNpkpE4YDKOJxu5/hLECEh5OMHMoRmBcDZhZ8Wun6dXKq70EnTJ06mZkOUSZ9NkOi/w6SIzSQuHA54+iPNaL2Klk3ryfEvH+Igwwps9lhLuB+TLSaY1ZiN8V++olrnYvWhPJXnFyCmWvGbFWj2DKUNn0Zlk2Tcp+6TUvgt72YYaoORr6Gor2MBGViVJnuUiZzgVCMZ5KJ9wz6HX6GNzBK3Sll5WGNd7wceWeY66hHm6TCV6NFnmdMFuo4s25oTbm+6I1QWztMjooikuMjVsq8wgv3ihtjSbnlWKzq2w9PaOedqf/DjPLEtBZpH52CaeYbTXgbG/EGNoJc2g5/l5g9gavlmtV4pssYEWYa0q5uiXfo7IW8NagHjrx/wCPe7D55G3ih6rcFei5H3Uvuog69NYek3n4++Ryb085/kyum610lLS3szUF/Pt4N+Vni5erRs5DjCe6ulbXXF6kHKaaJHBWWSedq0j5SIX5Ftda9nHi8jcz4wuumzCWvp5richu0usqcnhIiNvAisZeyxG1Gc0hnTxAKOLeKPTNE7F7rqZVMuxJmSV3KXa8O6Pq17R/XOWdqaoq7CS38Eza7rBPLuZT49Sc2RXSkmBXqtz2lk1PvuOV8U+3mRs1niIEqKeYynoKHde67m2q6Wcxi75vbiUJ31oqi0yPukiYmvIULzL1PCIZSYQMyS+EngQ8q80LjovVl8aRYBcG9i4lTSZKDOD8A6jvUnxqHRXVtNsXjWyjOeaxP4iPBHrBHqttScey+wVVdTVrNHHZ05Q09UxWXig9vQRvcAsAR733Ljt5f4pXCfUZ2+6yMMIx2qZb8XWCek935bOMOW82YKSfdwAFQsrJ7EREkQ3PGdPmAJ9w/uOtvTneG39DxPSXwyiuA30XVWgK2JsVut+sLUavIBiBeR5R7Yxm5Tzb+0We7j6+rvHEZ2QnrZ7kKVv++I3EG9PQJmOq72elClaCorOr9V8f3d3Iq6D+rgI2hKq5bN6ns73kSewG9swIWWL71pgzn3G1A9Uzj8B34dPz8S5Iw5lDnT5J8FP4OPS8HzAxzCMCoySdyj0AhUzIXPxV+aO4qwJt8as9oAJyRXBu7gvvUWJH8SrbMPv4GcLVJ0Li/IcG5eosm1MLuUlmUuFGMWuOp3AHvqjSZgm0QI/jvkdRREAbHFgb25HS3yJhyRMiVJH55XB/MzRXfH+JUhbt19+FW/BiKwunpB1JXQLWrMdN+1J2CHO0tycN+EKnXgTKooHsorICI26rqUfdjw3CzzoOt2Xfqamcrbuz1QVCXMPIsAug7ayKNecb1cEU0sIhN+3G0MVReGqFo/+BWXMbVtGcY63A5gJznjvB420V+79sL19P2xTzNOTXoGGVTKPlpmrL2yG9pSMiU2hPScy2vMG/VXxnheX8J6TU3jPBOnp3sWWITkF8ymY6k1hPpujPVsrY3PYzynW6TfWxN/ieVWcU+nHY02URQUjKnw+8KwiOtWWMRliO/fle+ABc0yPx3s+dctNr35Gna6m2SHeP4OQNDFCcoi3OYTkEC+NkARH18QWOEn8u10RiMetw0XOshXFqfRq9IfOt1rYc8jMucwexLad2HI/U8mOlaANMWP+i4T/p23xhIxjqqoowh4c4pUjFR1j1nTVnx5j9GxFUbH9J2jF7rE9Bm/w2eRzbpnjg2yOSpyt+rONd25cjk/nl3iytg5bOcTbK1duB4yhqyvF+uube8Cba3/jBcxHhCyunzGi5DI7WyVsCWtTfAm301LK0W/skf4Ymq7mqWQEOkRjcy6FNtkuvOYMUP2txJpq+AnwqCCmfIauoQFczv1R8m7tsjO4F1YEj3hAUh2tsJ7ivumxt72JEVYDbU0W59YVgeQPf0g1JKuRW6lQ2uF+uyIih16MpUwzUYF/FsiW/7SWBN2C+X64X4jZNgSrIHxZYt8IGgalL/cxF99XgmV7pKKiuob5tHAFeFOc/SNXO6TMLp5Dq/woZhMYS0P8MK73YPU976LQ1RxILeD3W6vb9p7gZYZ4bVvgZYZ44o+bHK8j0G8bFfNA9Ke1fM1SxuGMzYj/fYnK0dGqiTJ+FY2lsbGWSvsianpJBbIzcCZoQ/miRNwqiqPYk46cPsHz4Mp9zSSvHM0jmVNAm4HTzCftvaqf8F/St+mzMsiQHaxGxiiKz8jSz7oK59ZIjukBtTPEE2Za4N8QgZW3K0ftFDjbpTlyZ4gnDKuYN8vMEK8dXUHA7VQUE8RORTEdr0KLjqQh3nrfqRQ0j/4P8W7viNxrRP7/6JVH/q80Id1iVCnjuG0r8f4jK3dVbjdqolvMlhUCujCrCFg+mjOSTOc49VOVjivpdqrltgML1AtqOC3imu8UIP/1VGbVdF5xXA29aHCVoPS76Vt+t5Jde5h/dYxOf9a3dEhtocRZgvvalDAtFUVRln6cFaovK60Fg1UtSe7NW6qSKorVMS7rEN6NUav+cS+dwaN2qIINjf6pDRr5VCS6t+ABf9f6dFfNq1kXr8T4P3r7QjOGrOo4YxL5lpem7kKNJOKHiM93NWbF8JgHFly64l3vpxBP6lBEX3eic+gIepwu6fhuM5647+lCHFe2vN/MVhgJHbKWPqcHWdfmNR+oXazXsNFmUj4jrDrwi52qwOAb8giq4hmE3eUwHr3LOjheKUsHhRuMpWWd+6l8SilvNCNfKzI3eRXFAmuoOsRQRXHzOCJwDjm+FDyjNdwQWsXtcPlYa6o5gsiSQw/JCpJGDwE3VFFM9k+nfiBj+GiFOrbOniKYnDR/STU9+MWuLCwjp7PGkBuV7jt4ZME6kpy3fM5MrChutF2oJW4oSwfwuStBC8mVHTzL8foWCCFqDSEkdRSEkDBCqDLcwu0pzALq65g1HHqhgj0uFcU+5OJMW4tMEC/uvwafgDX8n0UnDPGwtuIkJmfezWnbYBQ/a55hpqDnjNhhsIbADLEHtVe705nK0lkK0UJtCnGEWrzc2F00zVPnmzTTg+Xf3DyEz2CIl8YapFkREkSBwxEAdfC4WW7FK1CgzwOsHOUogaNVOY4UHqhyNq3mqIE89VBADmwJNyCZ9seYKtq+WEU/Nshi6KB8OjrT11TxetlflWfdyw6RRhf4lDPlJ+x0HvcnQRXdpBTN9zNmjfaZUa13m47mCu+TYIb+JKguInc+rY8gb4bTcKEVdIGlIyvxZsAo4Jycpx+nTvWCPZinE/QBagX8weawB/8KLAHsujq6sKNDXYyzLoo/iYTfDTs9skWxL5WffPPUXFHg6NLK9uVO8DK+51Z2UP38HYodi52KiBCfkv0k2rEoTOuFYkXxhOz+2c7Fu21jzFkoz882O89XNlsZt35dFBbeQ5gt7/PPEfuXernvgBCY3LFAt6tF2Sr6XaU73cvvcu0RbHsKtgCRo7Zf1HWaeSj3SGyzim8A4z3tH8i38BCkW3qg377wi65f3sfQ0ocQ0m3mSnPBVnoLxqe8BY20JW/Bhf+kt2BiyVtwse1H42hq6iwHD7/kmyF+d1HMmGyZl6gDW63u3SZvJrO0eV7pl/cxtJ5v+q/0NsA2/t/yNjTS/5y3YYiX7nFg2be+z2enfBUV2Ypi+djBSQjKKOMo8WNUFBM/xkj63/Nj+GXvs2mvxnwzLuXDSHh1xYPxA91aaVvyZuTZa+E81RiRy+J5inMN5sELuok6cTx6njrZl9zNiNUrpD2lhJrYC+J2FVj+R6pGRo/MK/lGgHtHz8AjUuBPY2gGDS/1JLglnWfTfTvXDvG21E84Cw1kbw+eu7FZJizaDiPry7bdpjwxQCdv3huTLuVw/3L7/0dvyjV2S/6UfRW42Jt7QNKccv8Kj8v/FQ8L8ox2KjbG1m497W8wqv+uxRqaRjqH68VWDTirDG1aU0QLjI73EMwT8cnMpEPpe959jExHFAGlXme3eXH+3b04O+qx1KnTDynxwWBVSTw2qNvW+Wp8noddeFwdW1DUtdiUKnXznpxwm99mm99mm99mm99mm9/m38Jvs7XakV/dbzPwX+a3qd3mtynz25xnXraXhz+pIAJetz05zB0U+87wnZWe5XyG2TSJUWaK9ghqStkPDrM+uqT8uGfwrM4wf4+lC2lICcem6Eb6G7O3SMteEKs5ymg/jE6nPN3JGHZWP4tbwwcnDBH1ZX/AzEBRusdq4+x08IFY+r4nCkLZEv6rHBfekgG9OTcieM4ds7W0utspDuOVfm9qr3oyX8JeBObt7ZlpG1kvwtwtka18zO2m+Y6zfGktcIoIvrdvzNoiT6iNs9VrqIEtQkULwQ+ZujvgtoaNd6TXPb4rUdoEu0CJQY4zCraLe1POE9KmC2PWFHAvVDOCvi9zgFD82yXZ2TEvQ1KzdL0u8fpYFa/5qM1ZOvQeIqI83ajPp0C57ALgQxPuetfuO/IO7GbL59zqaZRdyzaX3M9XSPuyT2OXdjzpUip24d3J2cjYoceH+L+moI0l5P3kWWkTc0WwnVJ6c4zcHnSzOtL3OWuiinfqfZv15tsafbF/PBdqck12jbpajSZNu+YsPZXF6aHJClPs5Z7sUof6UXEdLSVLxeI6WkuzlfgRHRczdsBX7W7qls4v2PmdhYvqHmWpnz2pHcbLoT7qvzC0tKDjof7p3n6dRtMZJLkmyR4zMtchaBu/188rbmi/c/HDLrK+7VLctbhb8bwQ++67VCjhZHy2sHag4/Tuxb6dj9dr1INht+KrhW8UsSZ0KwomOqTD9VrGP8NT8cOSD0nTIE+UkjDqMLcxr2828CCdTKfQfpzhuTTmGtjRXqcxx8Wjc0tWnpwnedrYeH7K0w7XGy2yBoGyBCeiuyrHeWFgp0bmSbcieBQ/J1jsH/uwtboXu5euhY5AwCyV3Ytj6HDdrYi5BYXLlXpQFrNpj6KiwzUQwXvFLLpyp1wpeZVdlIwv2GaS8yrXuNEL++041T4zh/Ysgvv7SF/KxDjDabxHcYeu3XKwE7sVwcW6Q5yNkmb3T2oMxkvoKrmZ0Y3EdnZzQ/NK0jlVDzdXuhVlnrhn9yO8M2ZL2qbthBw46lY8lLrQeuZROJ0a6XnqEvZQosjiyhXe525FnGfHwxL+Ys685zem+gu7w7kku0+BY+uhQu320LfTr6hbEVjY9qqGntRydke+3uh4BoKJ5HA9ipbG+FjJ+qlDnhzbfaL5hxOPrGP7epZqFNTy1qu16o7M0UpwyD2LYIzGWjWZUVN3ZvJxFhnKuJL+aye03t93eAOs8pnVwaMmpNM6It+wSlm+p1dxgAKGc2oXsQlPpn4Gv//a4NvzzBLOx16oLP3Vx8z+tdnZOIviKPqMrzvPpLlQf21OMy8ofFsV25nDabD/gLK0+44LwTtGf2QV136xBQ4f5pmM0/8B26OjvKoYYerqAATfvmqhcD/HvyXeRfBwvWpf0vO1zKiDqYau9RXPFPGmIitcbPRuui7OBGn+C3jixyDbn/rqcayktFj1ia8dTd+DDpo6j73b+Au+k/GMOIXXXq66kFfRCWaiktPQZNVIl6qxsT9+bMkf30gTlVMocRyJ09XWciTOVpvyzs9ViX8+yQGR6ILEFq7Q8Dmh1UbTVFavDOkedTV1ov0qrqaeNDVjaa/invrgNt8sAv/0B/8HdjQtUT9R48inu+J8FLwr2C6F5TKVy0JTaGL2OjO+cnxwVcdJGjkpkpGSzobBOjLRTDKWLjawmFFm83yYKWY25elbRfw+QO1X4cf5MVPNpaYTXdtRMf/D3sV9ivsWv130aU+9X/GbxZOod1y73lSg78Y5PtPYbkjyfISDWbJ7RlNf7knYTMjswVzpjfiIbhvbvTPMfM08+Fz73mV5Q408WwJlY99Tb16XB6s8zTSzzGxzGSvgzqDDPdF268VZY6hZ0vt1wrJPw+k0fRI10u7eXl73L+yyy02tsXSFGUPzkb3j7V9UseZvnn7Ofkc8DfdeaeYYqR2yBaX8Tmznii+ld6wGYuk3BlltvcnG96H+vzVzjWLFHGIm+d7kRriNFW9l7JznKbrKCFeY/J4ewXPNVM5GKdAw8zsDnZqX6GpuzT7MjXeNSXr4JQrUMAM+OoyXS9X1xqcbzDxzvUH86Pcm0SzJx0o+0GO50fj0B+5ZjMaXpNf0FA9zouA5fhTUq4qGUz3NMYZnZR9+e/cWUu72Br/D7lnPKjo+/dF0NVB9600D2O/fMvfJMXcq5u68yYgNAE5VWASiryhW/+B4/y/QWXQ2Z0U57s7erL+C35Ix5NMxdKCW9SrPOoTLuJzjwuF0ZIjanPOV6gPr+k8kuQ3nsK3i4ikTSNGFrMfpx9GU3syrUkcHE06VK0uRuCZWGHXq7nfSHDOKjuNxASys/F3JtYaPsYn/7qrnMnvh7eYcAqMPopLgXxPNk8NjxRNRSenNZ5g5pbZvy+vfHQYsLuCbOaeZxmaOR28tHaIcz0wTrfDa0p3mLiP6vc4Ky6dGOU6JTdqxu/qptpdcnr9pOW2BD+wVLTGpdAnpTB+n87hpZVxRCq4pZcWHXIZoQlbTEXQOvYvIAa3nFcNlzvemn6iVtJ4aOYv6HtbFlJi0qMMt42umKDD/gVdSIo491IvMy5M8QZgnfxPvznjKAnOF18Q5jJt7Qk1ZFvu95grPPWlVHN2U69BPsqLOpmXUgX7L/Y9fLOGes2kKz0N8s4x8us80scd4PX3bW2icCkBf9mHk6H4zTR2tfK6RKfkrwKd4l0Ldr/CSN3vAWM5lfNAIx+IH8YorLOTrNK5va0RR5Tu6vKwj6LeeinWNF9CVtE5b5sdLWwCiad/A62SOrTU8W9btDswMn/j4etNz9BB7t06P51gdPWwKtMhAj2GO/ql5jkKaY7C2ptdV4brpwx6i5vlryMeCYhzyWmB53qkepUeolv5kbOynxlh6X9fRas72n0iPmErqQ48a5NylFf0o1vMDn/xddDfdA/5o7zaZMXzqHujlqKfyqcaAK+cyjEPP7RSPmTz9TrteEu9za7k5fWiEkTuwEo0wPdQis6UMnSS3TH7b2vwyyS7rvcXsMjkJpFmWasp4lpL3gPXwpPHpKbPYLDHJW9WWtMjSWemtecX3JReVE2xG81x11DfZ874cH1Nr+mRLDXKe1+n26mkjreHWtzQTqOMBhRLySv05LTPioxE1RdFSRH1vBveRaaL7Ne5uMmlG0ECJZqJjBhXeOZ9ZOQeV6SGi51vTQkx0EBtoqREOUan7j0whHvUzzOUEdQZhXWzgPST91xCDleivpi+vMC+YF80Yesm8bNDzd6lXzPW00qwyQCy89IUt/wEdYCJ6kb18w9Sr5m+cETfUDPPWqu76NebXHWosfdebr3zmAq1gT5mwK79u3mDftuS4vWneMld4WLXWGHc2OqC47Wy07WzU/Gy07WS07WS07WS07WS07WS07WS07WS07WS07WS07WT0/8rJKFEBBD5F1NVqlKap9CKPqOkx0mIWc4rgntYU1janqrYlNbWpXEJzLbUJ9iKLZ8CumahE4w7ftczHaK6jllaCak1HLWHG+OeyZr6MktrXqZq29YwYX0VDbaad1UIJDWVtSQnNUnMtNGhvzLY/1Sjpp/pDVmsZoaFchlPbv7962Rz1VHwCbS1vRvjtoF8m43JAPD6dKtgj/hV2U7pg/WPcLUb7OWTpXW553O0UwzavbOa3ogs27mvQNnP5FgFnXNSz4tJYWqAD1phC/W5XV5VwVyWEooerR+g7y9g4cpxBNYjmWMfKsTTF0IFsgYShA9kqW+Lo+G2Ku3MGfYfKdcecbgzu+PdQEmtga/7AYiFWCGhL16hTqIGON5JztuT/Y+/aA6sorvd3Znb3vhIMXGIMXgiQjaKmIgoqaqoFLQgYQRLfgPh+ITG+kNaiTVRUqApCiK8WrYoWBUQeCi2Kr9r6QMG3VNCKKIIKqEVBfp5zdu+9gaBAtdX+8oeSuzs7OzM7c+bMOd/5Tla2tBUBl8BQOsXdX06np5hTDaMxzzRl/s/9g/1p9jq3Aq/vrHWFuZ24BtYs/2kWYWiQcf5VM0jQ+ocIfuQU06qYrRGXmlSgHTLWLPzFY60Muxrl4sps4d3sEN+Vchy7yJK/QLAOfSW/+MXID/JoVEq8T4xutcWuZpWowgxqbrnXXO9dW5Gv6d/PrbSlzErbluNJ803luN+WPcoTpkLGuVzr3bCNmZuqAlvFd+VvUimyPdmb9MmMrqK/t5S56Z4gc1OYt0n34POMK6efTOYmY2/xXNyVlbtJ9/swd9PmmZsU+dkwc9OWcjMxcuV92nJ2pm7Izs7kSunssdQvsj25mjKZlrTWbc+1FH6prRv/TJale73GsiyFsu77ybLEtV3ubl2epcybNs20xLXo00uic+z3nW3pru8121LL9u8FrYmKnYeg+Qn1K/TEOCcjgXi99nI5xybL2yLJTrZj+4a5j6Z525/7iMft38l9lL3Dbpr7aJoX5j5ipvdNcx/xk6n2eqbVdbitWY/0qW3LeqTPhFmP+FfDrEf6DbY945HWm53xqE377zfnkcaQbW/Oo+zsMguwcjszy7Rtv8BsTW6ZimAc9bQa5pgJTxmb55hJBNllfnq5ZaKb5Zbx22eiZvSvhQHffEf7ts22p+tdT7J969/Ptb447uEXfgdKoJvPOYUWeWEWPkb1DnfrxV7FDK2ZSJwo8gJW0DBLS3dfc7TE0TWeQrPIXxKH+i5yszLCuPiHF8ex4Dvji/97eVpUjq+X/VStnpcS46U3RBmny6wBX0c9jIkwhvkkiVLJMJo2FrHTeLzOpllc/ps8KtO8U0xZI5lQ9HoYebP10TXfT+6TUDLqus1ISs3HoREvmv2EM5/w6fgUk8RJhjMN5Yud+jB/qJOfYisPWq3w2POcn+Jr/J8ymIbXX4vytWxrzpVekzWnyZrTZM35oa05lU32nCZ7zk/anlO5lfacVrHslnJPtbXJoKc607TdekI8xYR3WFo02YOa7EFN9qAme1CTPajJHtRkD9qSPUjPs+E5rrEzbfYZb9vOtb/0e/ijYpyn4/s94Z6durDVt51y9W896w6I6a/MmfcidyjFcWvsFNEk9K9a9MO6mCs8Kh2I6z/F/NZZZYby+d8MpX9ZknVaK2flm72vc2Y1D7MOjc/SS7g9JxmVU+9SEq59kJhnhmv8pc/j4eIR4qeZXW4uJnpP2cuxpZpOMTrWvUhZaKpRJboY38lDUexZysNzRIJ4ZO6A5dQKHcwhhpGdjJwa05rwr0LegZ6P1IHzAIU8Bj2ZHyHgMuCMjjsigZedXBSCxNLV03+aOKPrhsLHzOH+dTsuoifpuh17+b39Pr6LI/xhKPfDt1vZIzSrp3K4vUiqVb1EFfiMSg3PlfJC1g5ZUsQlox5/zwfdFBZTDDfnvGYq5Nw8tjVnkbw5pwb/pPdI25CHZeAMUM+Sypt3qKdPsvNwzz4X1oyV9AXxrjIKK2mC4bu32Gr83SwBYUakAl2J9SfCzAiXyhH8eWdZycvsK8RPZ2ocFcg1zlXKferp89W1pLnVjPsZfU51soN/QXWyv39G71JPn/Po/YtSkktvHR2EL8mVu1/JKJyIrrQ+/ZZnqScWSbtHgfB3w6362DJPQ0raGscoozqCtkCxlHw6KAgyoXE7wx2Y4/Ufiqzl7OzE43F9EAm+ArMSq2kWhqPUxPEezaZ3zEriZ0ZYbsMuif1RjUzmyJ7+QvT08yRD196ucV08HInK6HSkDSB8RdXYaKJmlHzdjWYlvSMsSgns4TwSqcE9hrNLzYlE6T3a10uZldRwxowUKxPrNPMjGw2370Th8XmJOM+wBx7FDqaVx7M+e1b19LlH+fIVNFPhIqOa1cvGxSvmVROlibC8V0jGoXKcT6+Z100SayRv72hTjdNdtd8ts8pN+LYgsTZKTtoMRrWnv5wy57llVvGYy0VLZR17sWjZSTh2kZPC05bLZvLTesHXYjm7j+WZ4Ab94Mwc4Z46k1ZiFmn7S43yia6TfLNbwsDy+Zlb+y65UrJK2t49QHJ6eNVUQ/MQc461260nPFFnp9vCmX15nI9EB2orzDR6IovSxcK8uDRgVOEePy616tniKNxOI9ttxDtpvYyf4syRv7bfNiLKQqDlrgU/rzn8+IxyuNnNTcF1Hy9aTnySXU6MZz9bzoNfie11vWHs6CLD6MuSCOf3Wi7yn3PsdZXzQzg7uHeV2Md60lfWaWbSi+lsu8yTGY75e3alMGpkj3uIzu0YqZOv3MatNZpNl3dl0fgaed4LylciYa9Fjo0L0reZ3cGSzCS21ByExwV/uSiV147HqI17expDXGuUceHba09iEnM2GNZ1mM1Tn2LbRI9oFDvaPLxEx1Fc8n4uRoglXGOSkpE60/+TEJeTzmCnjauWuYJAz42nLXEL5ERaghvcOkwwHDcR3HdZNznJDDHVkm/4N+ZcEyXWabm+EcHeZDHN4Tl4hOnpMxb2ibTOt8wmcIdlJp7sMnm407qoCpiOkvJttTRb3H9Js+1U6mk+MKOwxrCd8ksqRQVygzKavW4W3qLZVrlH2QPFGhJbRmQMmHfJ1Bme+ytMF7AcPgyLhYHvNSyPEBrKpKejSbZCoMTpQJMi90aObvWnyOTI/ZEHIlMiUyPTIiyhL8TfdjzS3x+VaJ7zc5f5WIvxJDa4C2glrTTX5UxGFPxXMVZIDteNVGxS+CjCNR8mOW/hpvAeHSQeoBRWRpJYFXHxOzeFGKrwVI6Lj3duYd6j3mjluXiPmCfk80gU+6Cd0Qzu+4iFPGzrrtEqJ/x7utdYuz2UR6cU9fX7+XGc60TpKH+yKcLTpLmD+TscGfBUraTb8CfJKZydK/gUp2G24Iajlska3NP//rIGc6tUj+/pb33W4JVm87Y1zBo8wOFWPkezNkMiM6vLC15/XzObbzmH8HdnEG6YPXg5ZWcP7imZBSvEo9kQhewFrFg1QYtHuxV+q+JKf4jZuHExhqMgWKtJVPrsfWwpEryldSUTfHHhwfS0o8w+i9HZfEZGSjZDLDeBJa6H3riQ+Eo7M9a7QGIN1Ut5tD/JycPxcRc3xvh+X+wjX0Lvhv/mYZc4340Fb+USrdroueASGaFKf6hYOXKh5XKjczAwFvZiqOjs7O1b5KkXs9x7JnZqbGwkheV4JhaNhG9iyzfQkDGNa+R4t0GGGdO49gx/WqVfr9nrPd7ZdA8NGdDKJPZkTjC7mUFrlYFEN+i7lO+L7eOvi22jUhiEdndTYR8COzmPV4XYulmz+bYawxgZblXjT+u+y0x5lfiUqvHnmM7rvzqLMDDIPK7jlYfDvPdah/YhbVud2XLb7glOG4MwEhMC2c77u3K48TPHycoMs4eGLRqCVNzD9Aj3a4pdgmN8LX29WN5Zf2/tTsjq48/kXKhtXIGOkedt5g2ch1T/4hN/s3Se5QS+MNmRCslG5UAw15xiXEHKErcbBgW8m/1c5YUP36TnCj11hHtKIn1X95+bnKeQwItFPC9eFzvJzbYSd9nQnqV7jz7Bd4+Vnt9LSazc8Tj/eP8E/5/Oif6ZZoC/Cp0tYYA/0HcxyH8m1svdEy+3TeJ4X+/lBRzp/FwMPDLnyCx6kobiLVK+9bAs/3W54dZnIoAq/fXmJP+l4taJoQEivjEPKvN+NvSgjsFEYe3/LSMPPH5Lrce82Fc14l2dj/GYK/gEhzb1tI7cxuyT12ylZ3aUeGaV0TzbM/u7bfDMXr9NGSxvSHtmx/ybntmbtsEz+12ZJbbXWzthO7JRMvZCe9eR/hLtm44S/4flNvJo8ZX67fLq5sQ29eoqc/23e3Ub8+kqd9ij0ceifSgzmq67Fs+7E6RW9XgNw/lBT1nXYp/L/KiHx6McY8gRKU9EPRwTfTLKEucsMwFxidSsiv9v+IebsP7/Wd/wRM+hozYZyTAeePMRb3yMHWpshMeD7ZGLBEHH4zBIbJ8HGGbB5Uj2/DRb+qajPqKRUQ9lt0ODgsyoRXjIyUVHYrnvyZ6v2TtGZmXA4G+U+Sors2rRNinTJI9L5s7mdYZf0NiJ8v0metlf0KEZNMPwzhVKB/52Exv5dgn5ehyRd4d8P35L+P347+yvx19jPFLQloRfL7uVXQJG2MEIPeWsyf/B8/CuyYyh7kRq88k83RADEHrTPfHbVGBvr3aTPUYlJPcq42/kmn8ciAH16w41nbDKvEA7W7ZbD4f6uiZ7d3l3epqDO4H7aNOesq2DuRxCT352TwYFMX1jnHyR4DzCT0c7oSqiugBhibARV2B0cH+C+Ge5vqejWoZ9GCyj2VLy1+hlkWeiQ2TW1OFv0b9HJzAfLeXaZ6N/c/lOZeBzYh3lPoncHC36zyJsEF8qI/6ei2a8vh/SBLwkEd36tjw8H60JtKV7vGUyYzTOvEC+V9hrgufwrtzSTSLicvsJn6I6WJEZm1v4zb7CH2y15MjJw6OBfloqkqRl2h/rClPEg5RK6zWV6fwnF5ls3zOPI3ueQ68zxwyHuSa4Bfd6LGUWRLkX7CHgFbParrHV4m3uG/QvzKmQh/6WcCipV0olTl8Ye7PngaWb9oDjz3OD9izGi9GWNIBeiibRSzTDS4m1zV5UhLu93STCkznuv6IdHUKVwy1YGF2ENXYI6RjwV8lH6E1ldoiciBP4WNWz4NAMMwGLog69Fh0mfRiG8TJHFU3opnuVEm4CtjfdB8aiDjPVeC3K7S41nMVlUtp7u9Z1aLlXLav+9aj6Ze71KjGLHHojWh28o1b+7YZab5jIPn7P3d5w0QhV01N9aPJ/GCOymP5zKBGeRduGEuEntgYfIn5E2hSrsPUoERcvuw4pVuFk4QJm7m/dd49JZ6nKoBg8mc9bwpLcvwmWRKU9Wz8zOBL23U3OQpHoGt8yikT1+oYoEmbdYGlyC1wZ71GY4iVxN1Iy/7eEMemHLeNLwi+kSJBwP9l+VIkbZD6KB/WxBf0OXiHGw2kIc0IVpXtaiob5IDKolH7YXkRKODe+zy+eQa8sjjaGXuFnvz/0Ctf272JXuI4fDrty7/eKXdlW5Ar3rSFaJYnQjpHEYH/7kStbyuqztciVzfP5ZJAr3LIQu8J/b45eyc7m86ynjCuqJxlU4muEOtcAkTPH0YnQ7GTtqE5GbQBtft7Wbz7LYzznfsLR8340HKvB4pt7mB6hFVH2+7M/nsvxV3xYfP1lSLqlwTy+yLwu65BXYYhAK8PtNlyP3Ce2In0kuJCMBqInH4eKGuwkHNGQQidXszoVY3w4HxtkMdo27I4+tW3YHX0mxO7wr8awO17AmbHtGJ7sXEeK4dk+BE8l9qLdaAhtjuHhN2w/hoff+qp9zdbg42glmKepF51Mj3nzvUdtH9K+sx4QjoNDfYh17cHOIuyNPDzuEds8PeZ/6pRfiUV4whsm5yDVT48ktuLcHVi5Qt3wCU85oFg/5HU60QvbNART7TTbB6V4wutGT3lzaSFutXxtCM2ynOGwAowQTjrsEyLkR57wKvFpdHV0LzoGcVRhTdTFvo5BeNLit/HZ7W9eFV6zvSjM1MZtZGaTJ7zwDVw7j/MxcGGcLy0jZD6NdnOGIGQjYw9LUmrhlbY2Gmq7m/fnl9RN7GFPix1iqv2r1wfPeA/RLPpCxpxMONp9SEev8ZFjHi9+2yHCj1cjJ64dIvNlFv8rmpI6XrMc5bUXXRnhd71F4Rhn9G/2bD4YXWHO94qEhWdd1AOXTsA4HsrwZQMsl7Erox5WbSeeKzuT17ZG96n28b8e3belnFr5qMaNyJNMWpkou9e9N7xMti03+Lc+nXdrblbpf3hve294zAmUueKm/17iMQ8mx/Qt9d7wGmbmUg3mOFoa6GNP4b8Xz/dDRM1xTpLLkY/xRrXBJGZiIjhOkE/zl8P91lxrboDy747cQJucCRJUzcvCkXWGFxN2L0aKedIG3tXWegl85vGM8mJH4gZ5cg4iMfVbaWZmvsP/jZEdjEs8IDiyaFapvqKDZ+wtO9q3ZNweSmurRcKNFO6tuwScqlURXqMsbT4RT3IkbTfnzBxcMtyzN0dd6vUw9/rWIy7Pcwb7Q52T/Q10iv/DRhVu3Mgn7Gvc26mFUcZZ5qkN3z6HrscpJoXn257qj8xNyfw5zb/GOV3y4/SRfCs12MMy1rACj1j22z4bVSarAeI56yi+bLbvXyFnizP80/2Ruaf7EEuiWp24xOl+mLOpFYpoTzfjo+Wse0vc0FvN+aC70IOGJV9vEyKITvfVX3qPccFe9FPRkfhkOK+4SHixYoJLCu2/MaoWXFcVFqNaTlfkpvC6cfFaDnuAtbbRhiXKo4LPWhHo+70wlKqEa7EYzLH5JSrFmlSHe+lM38VZ/qMi0UsRE2vS6X5fOR2wv5bfc5Zd6+kd3t+YNfh0Pxn4h6rkXSvgOWf7fDpNyu88ySR0u+XyrEXyd+OxSoKZ6wpwpmSAeVTadKHkcD7HP8P3cLrv4Vx/PG5zeMeLuClcSyGf3ek+e8nD93Gmn1mxCvmrFynKlN8SwwwMdnh/fQ9xeaeHecW/kGge/tWVhgq66teR18Uidj0YwaT5qUNb4ii0YKlsQw09u6eaX26s905Qn+JDi1GJIb6iY8/wTzEu7shR+3EtzvMLMNRviw+8WzClNb/7dnODZQmejyp/FlXIGKwL6uO6jqUV5nx/EGrwQlvW/+N4bcdqnz3nr+14H4XvbRnk6Do9yKfE2m1H0ixXp0sGIBd5zoJYEgfAw3OWT1U89/Ymnvtaiz67U7ASuYZjJeMPt314Or9XIiu/10pzepCzKBlkKuog+11JFqbFwwtetBnvtpU43V8XD/nvNsWc8FuSsqMkgjMFtynDpfgQPSXz7zW3Gvs679NKw9miQ95fjubiUvwV2xpm0Csi1w6ge4MRKjPV7jnOec4F/lAnDw/HLvQ/c/k6c8t1MvnYP7cGr+Sc7l/kU6ouUYPaAl7ljycu9i/xh/ljI3WJS/2xkeH+2/iV/2v/Mv83/ml0QmqaF8rG3c0j0W/3lvd3t+wtv3IbveVXbaO33EWtqUeJCS2uI7fSe37NFrzno7bBe/67bfKeX5/2ns+J/ufimn8o7/mYH8x7Pi+6Pd7zm7xt857X47/lP5/gNfnPv3//+YifrP+8ofe8yXfe5Dtv8p03+c5/mr7zn6bnnM9Fb1MXwPBZ5eXo+cR5Hjy8Er0PfwJhPZbiA8NxH9zvaqyjNZa/eo+oQ69GN/e4vxZ1g9H4/+Jx/9/0tz+/3f72n4ZXfZ5p8qpvm1e9yXf+0/Sda3T6v8P38EN6zb+d7+E/5TGf5qnNx8OI79lnrvU2+cx/CJ/5llgvfjwe8yZv+Xd5yxOI4SjmFYiyDNjyeA2H5pXK9nxfZMKT7ufROSbMMFWBGTQac3GgfQceXrSj06fKJ7wm33yTb77JN9/Etfu/hBr4bryAMjANFb94Y/xLW4MEyGAA+Hylvvhp3lmxLXnvN2UDnhTNvJltcnPTGqFiADZuLBNrC/uCT2XdYSPr/MU0PcJ8PbMoZF5IuSbNNsh1ZSx7WgefbLnUPYZ1z0w5LjXCn0ZV+DBSg1iM3zKLXEyn1aLz94GLLjhVYv61Jn4jS5bbPS3L+vmcTeocJLV6wRMPe5zXiu/xiM9BByceYx3wc2ndmvQJbrRJpbn/DnQMsp9aEHlefp8pmbG4jMbnV4k9uqebj3FUuEO/dnwKGUejkLBx4VNiL8xctHYVqZDAo3IK4Dt8wmjhqjda8xKq935HWXWtipfJmy73Bzt1UrbIsH3uQeL9+Arfw2j3t/7GjVOJ33shDkwpC8lbzIKBq9majytI2Qlc8TbeQHWGc1BeiL54M2cXjKWw3V9RAV6W/uSJ5NwgFq9lsse5m/SAY5zL0NEmsZgOi57jPGiYZWIqcfyzSuplpgNFcfJORdiN+FzXlWr8IxHD7u4AKvNq/RaGd5kdYqW40mdmqpxiZiHqTi8HY0vFne3HkfAae9XzcJV/W7M8POe+ibDE1b6WmAsX0yMrqTw60r8BpaDimbGwZKVEX4/EFf7zbgc7Jyes8xq/p7RgSXHDOhPFSw3f4dxo1/pLDdd2nd+wzMaNfNpIYBJc9MqdVzxXfDPM2nEZJojV9zcxF8wBf4EZ5Xf0OlsXIzA2cjRup0nQzM4nxtbHdKXOLRztd2pd0pbPqYfJKlxOeehu2GJfgK50q2H0isFx1EEsRC87FXIenCRn/5Z0eqtPrH7/cUjgcuyF+5t7gq7JQ0vycCGzA2GtdaGlursJkYFVeMAoH0hS3hgygmQYoZTJIsMK0pAThDO81dgMFwiX/v7YQLRNes7hv7eeESSTf3ClSaAc99hNGUE8YSzg1jbGCvI0fRsXSFJ41r6LD4Q1wG/jBFFti1vG7do8P+F/T5p0Q6SYLRqrnDx0QrT4UpOwNfhNW1vsFLvFvKdcatqZhN1Pvte/WuQiVhwtjgofwkGIMwZEeIkM8jE1YJZn9p14MQV/txMGqhtkpUexGMWoQxKJ4pzi3OLbmlXE2RY1PZZEtPgG8P/rxVrDJUPGhZtNOS7G47L/3mPzMKFtVRsvaN0NIt1Y+9ohtjDox1yRA67lXjD65A7zsaInBNek/Bqd7VxEA395Ujz1lViWuCenAy2nSTnsL6zHkREPyxLKd7LKme0waqxIsnInXLLqBb6PavGc8EyFPb/N9HbVg8S5bDUvYhTHmpTg0rgUUW+3CAn3JqzAAIQsfZuW4XbVQ9dbLGBdWYwCVLkxnO/mu56c4HUe/EaeqXajcO0N1Cs3hk2/4u/jvXK5t5Gc/WWmNCsulVHoaOfKCPbK7eWqLTeBf7a9TM4fzCp2m1hOdijeL/Ke7JErxL8Qvknfk/kemjeDvTz8bsVLJQK0007fKRdqsZ+rq7u9fC0PM8GrNR5kES2gEvRxdaVm6jrCTaHcPYs8HOny+jSyQhkVdRL1dadSP9cV32C+nGk4q+k+OMptQV5wEuNz2H5ib347vfp1XHnVZq/T/UUrY/adi6VN9+VMQD8oH1mUd1KnGA87vL/pr5fcYnzsuOgS6QvXXYwybNz4Jt0VVR1vJbq3GmnPztkSs+ILlM2tqNir3QV9uYchhPWUo9RwJvqfmcFULWutC16mFM4RvNuepqOwhPETCexluuPIQF+eiCMoT3BZFdjbuNgg3tl9jIfOhq1+jCUaI2xenE/9VBTAC3zH3WV1dTH7mnIAGmEzjm1l2M9YJLGHyKAiE9oEk9jfaK7q7lB2K/5dia6CWWKt7QCznLLvs+w80IQtYL7LXDD3YjMAb2AkKuQU8HMjM4P6opjKwXvVwaZOEJwp8nCIqcQvjEU3cwN1MIsRrtZx4iFNYqjksu5uDjVd0JnysRaEw4J38l6WQjdTjR6G9zo+wXlYSwNxuOllmA2ut+lj+D3LhZnpCDnZWPlS5aYTjjS9TV/Tz5xPLWlNcMZj9CdnoH4ALo4y/U2FqUY/0wnny9pnZEGlYYRfNkMjj/Xj6ed3Qq14LfY2c3CY5B0PTz6cC/boLF85r+++5hhTKRKltznOeDjeqL/sBPHPnmhYuhxrBpgoBgoDXMgTpyOQQS91z8IuDRJEXALHBpm3uWwlTjJ9DWOI+ppqDALvIoPNSeYFwdWdbJid3hMZey2lcJp5iHS1n27OMGeaakEkzcXZZgOdY4pQjTNMEueaIUYRUN0x1BwURHF1D/JJs8c1L7D0n2+4HdWmEheYC80CUhvzYLF88xW2Cl9s+Cx+iTFBf3KDe+zVH2a0/XEMoE641OSlZ0fo4deaeecabsbIr+Z0ofmV+bU517hs1ZDd/jLDfHl87gs587pjhGgDlwuu6wqjOYc7yRj+Vq7VmLqAIVBHXZn8bspi7bvSEK4yVxs34PXrjhqTlFJuYJnnLMkjDePGlqIzTaU68VcNlbcNk3H08DTl4Brj4VozQfjx2Bo7FweYIlxn+KkFcuXC9OpmNlJhICRFpnG+6Osx2sSDHNfhTLneDDEubjA3mjFG89Hn4RV69RsNcqxRG91NZk/8A943p45xZrxZijGGz3W6/3YP+q4chAeZaqygz6je/JJK02X4fsMR0m+Sh2rcbLrjFnOrUctt38Av1UJWzY1IoTyQJMzyuycxDu7JYHfmkreb35sq/MFAvoNKID6BL8CvnCQmmlK0MiqhVAfhZ9QTOtHcYTrSnSaP9D7f+aNhlqkUDhE0cBfcZfJlD2SpFNbKZ/mRqDEuDjRdjeZl5xPtYaYZLoGyG7I/43V8yMgCYSA7TEoyXp17NcnkIIV7zWoaifG4z8RF67xN+BL/ZOJoZZbinMCv2dB3VoRyU4DJMsv1rWOpHEtxvxkHD60ET3AO4lCO1v3oPqOnBbZq1JGLscTcodV4FaupVE4dA+XcP8VMNufQLEw1rLeXm76i7SZlP5smGSA4w/uDZrrRPWwBHjIzTB1mmllmBbWk4SjFbPOw8amtjKVaZQbLXjLHzDV/lhpZx/+LmWf64lHzmMyL+aYcB9HjJkpPmCfNU8bDIzSYnjYe/moeNrxTP2M+ogqR51xvBf5m+OQ0nph9l0vMNc8YlauL8LDJw7OmBop8zPgok/Is25WeNwm8YNgH/KLxApScSqMxSOElw7YsXm8rqCo4B3Dfst9Vbnhf12+qOzzPzWHYOqbbcJdgltuCgC9WJT/L4jfNxXjLFGGxycUC/MMoE9kN6dKpTfhvC7ABmb2iIedtAp+Qh7b4hOLgN3NbDjPK8HotlhpP+F2V27XcfC3ZDLRX2bu3Jygxlnp14h9fTqGOfX0WZnEB3jUhP+s/jVoNLpGRXdGAF/drYdZ9zzDWowdter9OMMV90+NxCd4SDNk/TBTvm+UmifdNkbyL0iPC87xMTqHhntI38DEvwQfmQ7PCfBTs6Hx1pUmZdsTjxHORa15lLpZdoiqQZGxZ70h15mPDyIaoqcUnImWMaSs8h2WB1sSr420sCKT0p2YREDBFrjZrTJ3s293RU/SH08xE0etVh5gqsmc58b3TTLWs4fAeR5qwFB2J1cSrtxJrpfU8e9nX/5lx8bk5Byrl1eP2L5NKz2+9vk50rEUSk3CTIAb4q3mNMPWybtcJGwy3iNHKHWkPlEMZznmNJDEFHngFpKQEr4uvzUbDSPZzMBmwYesY3bFBmH/XBeOvczeU/xtMuWFdg2w4x/Qp3SfDeWTsu8aFteFcYt2IGXh53+jbQAoyB3BXupMOC3ZR7t+Vos061rWt5F/uoSd2R34+Yrn/UevYRSZm5yKOGOJ2a57fnDHYlV96SmaERp6tMx6a26WCpnFtC+EU5hmYtFr/IKxM23p1FywQqx6vJtdWZ+1NjbWSV+kn1FbQ01XYi9iOkm+vM1GUG16JHl7EFNHwtfZSVGI53iRlrzzMXBfIqUHiEQnbwb0i3BY8k2EnLrAudrLZ3MT63CJ0wrVQ6VRoW6XHrgY72ynyzpRtbdtYT/Z4juW6FneZKbK++A1Fcv5/G30M/9vacuuK7KdUIXN+rNmQ1QOVZVw7z83WVu8MCjxL3DctxycdHrHX8Ca1tWq9UZxgNdrZu0wH8yfTEhVob39GxdYXPzbXUmJ3sYRdA4ZmXu0bzZvUIfhdgd3s7pbwGqlUYhynfm3W4+6SSKiw93vYUksotT+z/J716II97S421O24NpUsteho95L3Mzu+fpm+KLSdbCX2tvvY8PscFlhyz6bSYCxYrp1rOlseJcXFlAfv7i7nF9fmBfOri+UoHtbr97X72WcFp7G/zKL9bFfr4QB7E/FcOci8Sh4OtHEcZFeYSpRZ9qHuJZaWvKCeg+2OhnfxQ2wRfsHId6vavmvXiO0ph3obrpvPo5Xobj2MESR0NQ61Kbj2Y1n3h0m/uKynu5d4I/TKL+295KGHsJ73tGqhc212G7iOveRqTxxui6iXZXxFF3svzaVFuJd62ySOoz72CJsKuEZdW24nyfzjceGRONL2tf3sUWKvmySYUdbCK+zXYnsL5VC1lC9No186kmqskxjVEsyEJI62x0h/vg5mIls4rqVjrYfjbC6mmeNtiN1dKLttp+Ar9RX8P8sYPru+QnGxPmkbWQsvNyfYEAt/otUR+iNS+EiiG1MSL8ajMkDmz0BbhEHBKovYG6F7VRIn2jycFMzgwVbfybZClYE8LguId9ILxFO3ENNRgRlBLNnJNolTZGy0b1HSd/IJQneyP9OptginWd6FWWpwfXpCqZQrjFe6DUvNw8Iie4ZVPb9anvya7Q7SioHSbq2b+1mXdX+KRH8tlzV9pv1IMLdn2bOti3PsuTaJF2VGLYeHITaJ86yLoTaOf6CKreBBr11pV8tASoUjwGN9vkjZy1AtHMx8Qtz0fMj4srGmLUpwgfVwoY3jInux9dBBtIRV5lZTC9adL7GZnagG4/BzKg2woTxvLpGS1eJlI9FMlosfeZjNx6U2aobbl1GUxsG1lxwQtcixfaG+Y366nficBwe6ZTUGQ317q01fLMWtZgFpvR9SiL5qJhlAkvJ0qC9bhPM7w+p/mU1ImVJUS96DUmgcVp1c5bckLJ/6ZmE2/cYWYYTdUerTEyrX09pyyShNNm+ZGkEG6jv0RDIKnMtiiWEtF7jcsp4U+tbjmGwqcIWlrFYtxG91dqLGsuyYbLJHl9FJtZbn05W2BV1lS9N6wtXWxUgbxgPsa66xKTxEe4kW5eFae50tktrUXqHa1Shbg3Mw2tYxmt/8Tlby9cFbuY5qqExYhMmGo32LsBfdSfmCM2WfYT9pR1KiSm+0HAXFEbljrIexUhfXcpNl3DSfPlbDl3WeQnfzDB7CbHh4GI9Ia8dZfs6V5/jtNaKtjrdah7aCswnU2QmWLZ266hUvWo2uxNfLTL2N0tKgHsaD8PmBZ2otbrZF9hZ7q03iNsva+UNmYeDj4f28Dl76q99uQ7wv73PhbPqDaAk3olpxHPb3orVdZtlDuFCQuC8QP8l3FtADtIvx5MwYDTzdmW882WSwqdXynNrX+UmWHtW0CPo0S8wr7MXp+ZRZwazjt7ZF4tO8XmIN/yDjzX1VO+lSjBYLTR9MTO/rxXSxlHjTeDIyPLefzPIQrDYJy3PnSeTj58SW+6HUjgbhbexK6q0/0HhiPeXWNMyQEOZH0BI8cpwbYaVhPFZVGsfQSmIJGbvEuutCM1OQ14+ZqaJX/dEWpLmt77ZVghrlXbVc/CKTbCXutXPJxX02KZ6w242LP9nJUpJtYffbhdA7D1jCFFsh0uIuW4PuZi8aI/glRbQl8aCd3sgbMjU8tNnTUcEezKDdZE2vMX2QSrc2LjlMWILws3yinGH5WX7jTHljFWbJF+ojGMBwRBbIftGNGM+VQpgrYiA8znMjyDa1eHJ59jHPtow6uN9OsmrpeNgS1tI6eksQKjebyXI6fMjsQheiv43jXjNQcOAXyi7/iNWTwhx5ykONCfXe5TTXdkufq/5sp0kc619sKkuX42e4/DyZpWPNLjSVnhYLOdfKEXJIf/+E1NOVHrWP2fI0vkHfnzI1OMR4mG9DmcdYiV0oRELzKe9x2xspPGE3YCJ2y7J18Jr/JT1pK+XLsQQaY9nGxX7QA001ugvSRNcc95q9yi+Zp6yiBjTzBiOLThR96kT7tB1LbI/5q/XwjC3A32xK9q2/W732rO1sFiIzMs/Z0uB5xu4QqnGi/cA8acNx7P7NCe1J+7x9S+RTd4mnGYYXbBEW2Beth5fsErEcLbQzaZGtFAzyR2lrYFADksETC+WvnqiDZkNi+bcXvWx1LXJcGMs01ksOpVSAZ/Xwiu0bzMlRJizJ47UDjhH73acUl/IZy6IbYHEYi8rnvMOpF3noTawjvG7LBdU/QvCJHEXHcYhv2p0txxR6eMuqTSTMEnS1IFZ5dHklfGAWWxO8ReeZekLUjsw+8XOlz/ebI8WrovG+jI6slL+aE8fu1aJAYvg4Qvm3Ekfg0F74h33basRyNTg65g1ZqUste/f1fWHEpMYwLqATRTe7HGH54yic5UVW7V5cLjua9wYKo8dH4B3L47HUvis4pTBagONDNTqUo0KPljywIyQ2K5nVg4aRmL8D52sIZ62ilbSNReLpbGbfs5VBtCT7F5dZD+/bqbTcsi/4IuJ7bMvohMdkzX0gpT18KPdX2LjgRbnVHOMwQlZVJS6lMdIOPrNqjZna2MZ3KamGrjP9I7tSrAMjAqx0Zn6ytZNPf0vkbBpylGTbIth7xNgRPpPyjFtlW5sxCHM7rJSYaK6P/dr70QQ5q58hWcM+ERnpyIoYIXM4ihzqLpG8Z6Cx8Sd8apNBH1lecLvHqNVJGGYXiGTk+1VyRtR9tBJrLUeHc7xLGKsaXn8Dj1nVXT+zV8s5aK3VHGWfW8IXljXTheDYMdakuopesM6eyEwolsfPw4GmBl/Z9WlLkIuj0t+hu/Stp9lg9Z1f29USMXygcb7ZeXn0LzM23aK7g75V4Cjk4Ze00TLaYAMy9q1zxC5Zh3C+wOEYFT2FsLZzrmjg3WxJICU8yb/MMuNY+R1q6ZqJrRavUCgVVCaE82GhSNRKkXqd8KXNTdsU8mTWnkQpkMN8G6zzjoQRPziXULtpe9n1rJOSr6CxzSwDhNlCkL86Lh+YN7CWtHelsq7gjBBUoI71wHTfBwe2jYEYjVIsxUCJqHecuPg+uexlZh4zCjjV8Bx9hjMJRpwVphpfWg/VMmbtTAvRDKJOzPk7PR2cRBTHmY+TiTXcBHYWrboLEg4hQdWYg9dRLP403qWLaQTYzp/jpHCPWUoLxRuT60SpAhzx38yZY3nNvY5qXBRknBHLlmGZtINTIVL/kqyMunmOkb00HH9FqNyF5k4V5mVZhLughTPP3G1VkoWYSn2yDh2oIJ1/j/GjrB22dPiEku9wzuo4imy54dHT2N3DxJ/OFoS3v5lzL9m7UOAsFf4Ufh9LTcJOTqFTKl9xucQXLxcp+rC0mrPiHZzISHq2HPAY8e6rpTTeKomH5YTJscHLcUmE8CyF9p+MHBnXoLbN67qBGL1rC/kK4ULB+DUsn3JCT/bOlp9ICh5+ABU6Hhzn2XalwZXME15Qshq/8+Ng7PYgykF2CW35mLTVMvQJ8D03y5b5pfAIGWiuyEwPtO2KPJ5AMbA1/D0sp9PM9X4Mg9rFcIMfw3rDKPAb/RgKsAjVYhl5ydaYThgVT8n4MevOw0G8OOfL8Z33A5k4xp/eSAxWiKkII7EWyR3G3j1CRdhF1uuuDu+TjCctwm4OYXdnHe3heCh1OG4rLytqS09PHSVCeITdy1EsRPgO1gc6Of0kjqwuyEP5a5tCrzQbzyA5/fBznuDruDRHaXHbtW6WYXs7leC3ZdetcanM8dPSNHxCW9PZ+Yy6OANoX6dhvxVpVo3OzjAMlfPSLmLt6of77WLLa2IfhyPK9It2csrwPs3BElOBVd+cl17DrWYqtcUqM8/oyk4Ihoe1nDA+sQr7OYTdTKX0RuOSfmr4Q42N2BYU4nLDrR5vf9wYxF5OxkbCs0W/jhvEgrTELMoTLF1vpyX1cY5wCLNwMcqd44nZvHo7PlVjMR3p9HU6oZ9zlKBZ+zs8Ul0DH+Pcb7QltstUOFxjpZM5WxXhaEe9isc4qWD+j/VNgIXfJWDQigUyOuSl4VIPmnLxr/VARsdkDfNoHIvjcSwu8MqEO84iIjLAxVSHYxdTgSeFGZwUe38wPWgOllM8j7wj9znrImNwr42fRGwF1xyMHAlj0lHHMfHC14mfXr0ffD5TrU/L3xTYBk7DZdbDHbkJ9Ea5zGP1zvaAckMlAk2rB4ZhNvLkpMZz6+qs/rHenBBdn699RixJCgxHqJZlccxk69GjcGB8874qk1cYzcqSZOe41ssyeZ1onnxeYN6r38tKisn+xTqhdUcigYTtJfbtGI4k5dpKSATyCFQFminfY12J83ge6rq0UJ6dYVjn7kVaiq/H5bzDEfB8X/2zbDtn+9YhQX64kPkpJjpPafo6183t0u+l+ET2tH4d6EExMN6pT+BLHoWv5Vrbb1bEcHn2ROE7Yww9n9OX4gkwdwvf2VW+pQnmCdsx+OoiGNHvj5TcYmWB/WahfI2LnArRdfsIOuIusXJkW2zaopPzfGDtYJ9/NfoEdRRjkn03oTYeKuD3DKFFII/truGbV5p1UprA0Zgu7rdt0SLA8yfh0+Eut/RDozIxISvtA+XnwErxAoUyJ5GWMlyvF8iaL4yOV98A/9aSetHuhp9mq84o2tlyaWVp5P/zHeat0O/bKn2+rRDvTshb9n6c5D5/2TzBr4+iSeaiFM9+fstf5eTAluBFtgCdTfU3O+FYeh+1cl4aK/p4bZpJqhp/tcwgxewfbI1Iij2C7Q2COSDCLuhIE8hFK68GF6c0ym4s8c6mfFNVcgZgHGeLYDS0z9xG5pY7yPD6zZWr+xouvRpjMFussJzNezi3yjbHUXKu1OyCEbiyjlgf6Uj1AUMl2yyP88qxBrU4zFOmD1dy//UR/NrzxPN0abQtEnaZWBWPwQ7CUBIPdP3f2ntpfJCjmy2RUwx778daV3yfuzFeEBdjoLvBVfvoOs7wixbuTQ6fJ2bQciclTBu72KhpRxlk7VjrwUTCeMJLKS7o2sZ2IMXBcp94N4N7m6P8MWPtptktGRvLLTORV4jxMo2jfTN7sCvMhyFeOBNB7SKsZxTa4m7xNVfElpozbGWMWfg4o6OetP6c4KdD5owwl+UijyMaj6M/0vBAqrrCHpEv0YQc/bahYLV3k1+Ed71ifxVeTNeWzKpN81fyFT7lzEvkp6MOG75Ba33Xe8t7sPUqrEQK01pfbpOYFuNeHJVul4t7zLVOETrSA0bnjRvsHWHkzcV4iIoC71Chq0yp5TGVWde4USyTdcIsBJpnPCk5nuvdGnQMsMHbi09vHH3+XQh1omrsn8uIncZx6hxhP85X3lDGhfwZHv6CeXhU+DdiaIb5SFjwWrEAZ7gtwzh/qJMpMUeeLTLj/BmYg3E+R//PwoMUPsknk3H+rbEJNN7nJ4vQyl1JqbhascaKvB8qOFeO3a0PWjbbUTYwHvuzLCPZ7zIaqRAi2jVzKtfM0TpcM8fLzY7xCqxvw3pIXiyMuuO74RwO0e6qg24r2n2cz6syiVtjPzbM+0qaFIuif5zweUJ9k++7bxBjX1eSSkGLuqyM5M2wA4qQQyupMlrnp/C+SxLD2D/Op4AJ/sk7xbFva0aC1uMQU4d81FK9XxZkc9W53E50xdnOMtFWWWL3iJai3p/u3ezf4t/ceqGZHLnVHxK7zefcxzU437nA6UBlqPfPinEdBveRi9lOKywW3YF9xY8GCFJdHYxRZG1tIlLBysiTlfGwzcfnhR6Y05j3hTBv+MXo7dZidIDBYKYCRdSwTBiU4HuK+slwlHG7OmFPUrxM9p043o4QGBPEcfiZWhaht7sCKbfIhu0Pn+iLZ6wysOYHluuk2GBnO+FJu417u+/i977yYNb7zDM5HptGoqzh5w2vpIlQfqWupGPOK1o1fY56zsdM+pv7oGkoBVgGfHv5xmVB2NqEuzioZY9gzZ1hOCZ159an5vC3nR7wcvDfM5BEJ4lPniEe01mYGfizG5MllxmVCfx8vc+29dXQegpkTBUPewlyhStB643SCPuLGLNTKAL/EsQx26kFM9X+Z2XplqN9pqeZSjrFZgRszh1pa0Yi/DqZiBweDY6K/neicriOJMpzUulR/LHF6OyGf+b8wW8fvyLSg07NecgcXTjRf8w8Qy/QHf7WSZk7/eneH/2bEvdF7vKHxO5uIGG4hjubZEwgYzhDN8cAzG8ts9dfjJ+W1Dkz584sqXPn9yR17mySOv8vpc49gdQ5M6d5at/YE+Yh0zylUofX+aaSh091uv5jmEvKE8fyp8yonlPvr/A6kGo7+fFJfqjtbEnqhPasLcseZrT9mxvOHi69fXLIw6aS6GuZi3yGm1/MyOtFpnG5tHm5H0ZKHRr5PW73f++7uDeQVUl84gyJD8uST9z/rZNRl2wmd4rSciq7nlKj653r4hUVPs2rfyaixKueOU0ytXpQ68AcpyjNNhrWuakEHOg+aL67RY2tZ5Z/2bKwMUl4Spb+tZrRZq5qT+qD6UgPxT2c5nqNSgFPLKBHut8mF8dEVsPFw+gc1LuSXogpbuA+P/Tn8aktjFtSVp2QKcdFgZNCUTzpVMuK3yOhFgoPynETQzX6k4sKysNUtwgF8Z3iHv7kT/YzIzYnovw9cbH96BgPEMzS/f585rf3H3Q9rHU5hu9GsZyFvPBnykm7nZtErqd1rXXaUWOSzpXxaeiT+C6Zx1aQhnLviQaST8f8h5Z1/JW3Td41z2GP0RR/IUWDv3/rTPF/68TxaYS/+JKcMwzn5/DNb50kXonV4jUwAnV8Tp7gsAjLiH2A7D9cSoR3yMW7xDbmJZjqtzCKQkxiih81BzrFzficyLgGri98N9c8xf8F1Do9TGSfIug/NOz1YH89MykUoU5QWLMDuwk/VYMOhhwP4yTKPZSfFfickuI/+GOQcSbMNzMS6jWoE5QbRzez1NWY7TrZ2fh3yP4Zk4iCRwX9ugJLTLsYv/UNqsFR5rOikDGZuZRHYprfBYdFhoks2Ihc1xUJUYTWto2jUqHUHWnK7Ujjoq/Z3TAG4yZBWZ6XS/icXJzgcDRob/FBPEt9McVnrNYjYq3OlxFrhm4xRkKRoBha4mXzoB9GKfQVjOXOphbdzXrxyK7AdJ9HgjOVMMcLz+OF0qvdUBHMD+V4/BXtgt1EhjOXWgW+LIxLpHYentuZx+KkxIXIjxwUoKx+ReyJ4lm7FEWG528Spzge1lrmgn3InyPcYRUSRVQlPrYo3hbmsAxnGH+7aXhtZ2aDYOvscBzj/JJC+dEzzppWZrzZ7ry3+Zw49msWhmMhoqZnfAk6JBhPQI7afkPOoim+7ifqQeW4cx6NL0QmTfE/Rx2GiQfmJpkbOg5cYlc7wye0ieyaUgv+u5SUL8j37w4QB+VRYasM1oonNS6gX7U/CCR2PrVLKxJEyyQx0y8Tzqb7o/tEZ/ox/Fj0Q3kSN6XjBCYhShyDvje1cfXskcQsPyarYrjL0plzxMySfETaqkFprlbO5VIMzUnBkUqqBSwGY/8WpXaA8re2dh9I9MVedEkQCT3Y0TeNSZ92wqwaIbInuOp6GG2qsW+0YySJC8zusrtyrHYYpz3YGWEyMpxHeWs01Yy89kSCZ2urXMePy4L30z9XZL4QnwP+3fME1/Hj4xb5X/pKs7N0oe39SrP/Q7rPtn2lpYJF7ErNcuJ43vLuoDF+feOM/dnF8r9vRvPQHC2gMf/jhen8HGeOt4BGt46iHEfF+xtmHBnTmnCtF+oBzH+8EOPoZ4azLIyjzyhhVtMK08l5nzq7D/v83/Vuw4x40bR+wv1LEXNSEAY4dWgd5MLrhVssc+nkBVjvJE5vlUr3T7OkPeK/JDtjm2gpvnCLhJ/pehtyC2nmN86O9l6EUc81mOPf5r4vWd0eiYXsU2G5fOGJ47xwOhsuFBRDItC5byt+ormLub51NbIv+0y/NT07TXQt7t/29W5O663p3aLImJwV1NJc4zbLqWi2QnineaVsTa+39Cx7fdWjtUPMw23uGkdb0M782WevSQ3+4l8Um+6tTyyLHukyRzgzhbuY5x/tsg62o1Mb9PA56XFxO0bBrKZvkxoZPzRLA+Zs+QRR5AaWp2mS6c8Vv38C4zGOWsXfyOlo7zB943Fh0tKWp+SkdC/VYYFgWS8Ex+5t6vXanhX+qP+Y/+Na3fMlEyefKB4Xq80Xubu162Oe8HeNMgNgV/o4p1b4BJu38/AO+uFJP4n5QfbOEf58QVbeHNHf/d2vBUVzmSHM93OD2CNmAb3I8FzRcv1d5QdUf+LNkaHOLZFbIv3d3aO7m/9mPrum/HVbn79uy9npvju33U89f11T9rrvI3vdtuZVa8p59kPnPPtP5K7jvGpN+cZ+qvnGGs+5te0Zt/4/5y1ryjbWlG2sKdtYU7axpmxj32+2sf9UxrD5fpgxbL7/38sYNt//vjOF6Zm+KVPYd2UK21KGrk+iTRm6mjJ0NWXoasrQ1ZShqylD148rQ5fmiPquPF2qATzp89+b5+kKbf5P+lvO0sXX96ZMri618M/3z4qN8GN4R3QqnpnvbEErUI/KOU54PrjMnGEqaThcHEx9g0xdmt9rvvgqNs36Nd+f7mnmr/m+5v6qdfgan6V/6OxYmdG7SNjlirNGrY/TlfjaQDnD6DX+3T5g/9WvxTNmvu9iXzeMTz5KEF2Kypot97jGvJjKyUdQG+jjoX9jKhWJ9Z35hPtgnilIM6PoadMNbGrvYIWcQtja/XFgv7/WDhXubc7j8HVsHCXxlM/juK/riqWxXHRvtr7dJH6Nl4syp9B3UCNjH9roF8vuYMGtydTD2n9/Q4KAc1GMFVL+kOgFkccTHLWpb+ZYwlmsCfhce/azYrHzW0Ym+oe3/ohW0JS20axWcr6fXbCaGAfFs+6ZID5OW85Wv/Ddwn+S4HdfEFHOUH5vpkYuv2ltPIfZEj1cfM0OTmGdRzxqGT9kJh5MfeGKYFAcQh6OzGG99Hrhz6zOQhwwb8IMqEe3MaxBQ69jswZ+R5aCoc/xq0S2zzETqcvnzkyc7uYtuy6hlq1p3gzTFi1jHnYCYxFrE4oPDFfl1mCCponsDP2bu+HAnBockT4772GZ4Y0kepBxDnAvcDvQ33zODsie35No81bnobWr7dUY4irvzZy/+3+Iro5fX5gUFHdvPOuzhZX5QHaw02OEFj7jFY9v/XlhwhY6NXjOT+JTJw966iM877/gL/Bf9F/yWQqdahf617lncZSr7+EXib9EX/Y1VtWFI7zVHpbAuK/4c7ydDUfoujvfYj0Mpd3xtMMzfRByc9Tzs5dg07shiVf9OXQUKZfDHBxd+HdaSHyFd8onUsya/Zo/CB+lPIxyDkPXnEnQPBwuNhTVBGyrlYK1O9xdIiwHGnNtWEtNsRQZ206fKjKMZ1lPL7ilqGN7i5mX9f5LC5fZixz2FB0Ui4OvHRCrC3At8SDq3bWcn6oSr/t8bknRG76LPLzqD8PtjmIKlwhDRBKXFsYxS2q5NcaYjSeJOZrL5E4eOA/GMqpKY1vZgl2Ho9owp8GTdrhI/0sLCTMirFceQUtxsxkusZT6vevlVD8yiBSeJ8jAatRjt+IkfKPvuBCOwyxyZXjJKcebfj1K0drrYBgxvxjMkntClCSavUpO5iMRCc7erg3ri2O44yG/7dVo36wSfeyNOUXgrCATXEXSvYolKMVb/oKCK8U+xv3tmuMihX9F8pydXLVTl+IlMwsjMFwsvY5hDsBLC7vm8M5YEolF3tq5Gl1zjqRZkqWwi1i1uQ/vezWRVyMfJooCv/a+1rHraQEpH0UM1xV67EsuXGFGF/7B474u/mbHXSQy1zfDnfWRrrQu5xZ8RhXBN+Gv1jXnXAz5ZrRfcjIsIW9Tr8L3EcVC2uDyvDslxvuzEyCgRsoIDxH2Av6686C59nJEqqjF7wBTjwWBz4E1zVVOyIyq9+cJy5CyLy2UkyaXqw+Y/JiJ+Vx4omlOQDPhBgmZ4TXvwHg3rOlrsP1xXsBbxnWVya6qc2aoWYrxwhM0lDi7BtsL/5qTlKdq8EpOyBS2gZgrsyVm4ZWc3Z2o6O4do1XRu8Uj80rOA5Y51E/E07idXMzBNe2ixDNlcWCl4XFU/CsFbH2XFrIWwN6LF4T5cLDzlVMmqLHz6fmi6nRWnnqsEvajwc759nBX7bU/M0dKHeFaPM951R/qXFrI1vl6DHZecpiBk+tX/0gfROl958rCkbn7y07v2rPsQpxQmIcDxPLFvuIjcjz8w+f6dT9mO7+b9VyYp7QYT+Twib4a9xhGZA01VTImYR9GFU+NeVgXeYQS2I15/gp3MhWyXupFDt1j9KsXBBjxNeKPPDB3jOU9dWGaV6RerFOIJAVLof6YoxJfORF3akyj0XOlVDUGO+oHYlban5muxD6OhuOjb2RswWjDfgXm13jbHy0eliU+X/tUxvpfEWZxnBeUL3Cuc10MET6rAnCpr2VODTWjTREei/zd1RnM755D59v3Sevr13pg3MMfYszQco35jD7F6oBV4NPC/sI+sGfslmBtZEuoWwKMm3qRs+VUPjRL5jJLUpaZFfVkMBIDZVRVcrhyBpiXdX+JWepfI2fvIwwz/2m5K7163EA1hbWFVxZ64O87MtoKS3yOI98Tow1L8KXxUc5Vha1wR+E7m1wfZybGXHyGzyWz7NWFk029yP0iYb338Lv2rP3t1iyzr6eIR2wOeTJqLta6Uap2Ps9l6TXGucqbh6HmysJ3/VHOP+Vdjq0zLnZ3/5zrYWHrP+e+57fC7q6LZb4LvbPOrDDv+8sQx6TCGtxj2Dd4blbcPGtb9Rjp8Zj9QuwI9RhAIddyXcAHlJkhPHIFMuLZdfDYL0S9nCtYXg9z1HM1oM1gZwDdQLx2eWYwa+Ow4DzDb5xLzCj+Cp1NE/G184Gp8e4US1d9YKPTb8k19cA1HusYe9gORnWYpMiriySb0L1mHkazB9tZTRXCZ7vMJh21zStTRdxU4ghKwDp1ublSazYHcp34aZt7pThaEAUL8KLEjXA2kXsC9l9+2yj0iM5L+3orAoabak8zKUVNf4/fWIdO7igZ0QuCc+ymewp7aoplrq7zcgO5u0h0LR1tjsX4U3Nm2WDddBiuxs3exICN6WWXd272lCz3PfQ2Kcz7RsZOcY6GKzEkU5tzL5SvaQTeS+98fwRnxfXwc+/GBjYIXkWn5oY7fhRTm0ueGMvMSvuhFOPxgMO2uXvMRE+5BHkcdLwjIldUEjEX5stuj3+rfRUYu51taxbjWIhn3DZOfXqVZ+evqsalxPut5phiLeZmuxhu2uO9yFGJNi3IQqX5YaqFV5P9vVObKzbKo5nUPNaV+iOFqc2ZeXOyUZv1MutKDhvNj3Gme4epgbIR81mQT/3NnPke56hZZjUSZKTD9fYXH8OCNPc0z8xupNy/jPpT2eeJ76pe9vJRwdjPEyRDRp/gHXqliRtFntQLW3+40vJRu9mqXU2hJy+z92fuq16yAq8Eu7xGABXFcoO8RjwfPzA90RKdZF/TXWb8jqoXvJLzgR8yYi4QK8wE87ZkUdlbxmJ35wFLTj2meqGeMzBoNfPVHB7Pzkv1CQpQLjJ0DVphtqc9ehk10gZXcBDvJGzwFWZ6oT4T1rgwyE1WEHh59Su6AYpDPbD9WvM85N1psLPEWYr2XirYNSvwsOMGnt/Mjnlx8Dben9dRvcR78O7ICOt8FDh8nncDfnzWEDg+Z7RR6V+FNc7Z0WGYWMi6ygJaiPtwvJO9QzbcH98XbhmN79G3qgVwd49zaDZck0ODaMwCtPfuE/zGZNwjuSTngXeucJdK71GYhzaxiuB0UQ/KqotHfyJce7JNYA1eFt9tj6xTKMeORYn3o/axbG3Ukxmq3461j4mYmwgtUuE8Yhssz6NJUdUU2EPCOXuycxdxFC/vLBoRrPkYNSZ4jOPi0DZq9VYdlv0llbg2tovlJ3icH4+FGCOui7nP2scjotOtI+aQfNVnLs4rIuq9vLRwAH0itpWn6VTKT3Nubs646eJLZLNt1qNjwIY5gJRX0w14MxU7MUi8m14Wl+arvj6XzaS5KXvmq/6rfiLGtgmS1i2g/mJR4B6T8Aq6cpYuwgHmJmFMbEEH031x3TtbNmrda8hyWYCdNrMrJBphzHrGqUVziQ/9U3xT/klmneyR5njzggwtGWR1B6x3PfRxG7J7ZRgmVepk3n85UrIXJMgLGCfZzlbdKHPk5DhbdnlVTosdTLXYSzz0zJ9cXKiscifaqxM1gWTmaLfhtg4XIo6udDAp3+EbYitZGlEu2PqAN/j+uNqMX3VecVy85rCUed3h/CO96FgKsWTllMBO7Xi1dc1ZGvck50sCnNWoIktGM7qIW6CWlCmmZpP4A7W7MN7+Q/9o1xWWUY2G1wzWmgkzKfH6txtGsV9Ho00TG1wTG9wPyQYXxWTTzoz1EtbF9U4NVvgf+R1opc9ztn0iiYpUEe6P3hPZr834xK45Lt7wviuOLIwAUSsscycPbMSummExa8yumpCvtsr/2H/GY5vXJ/7BuMiNZl1JBqiVBLpJdPWhYlfvjsPwS9m7euJwid/pjT44QiQrtykelNKdPVMbWw6PkqyuZWkmVM0kwHbo4wMPyQkaUyQZMiTCTWLfugknz0AwKjqDwD0Z3UE4BafiNJwuWt0ZQdkzcZbEep8tzPFDgqsktrPzAk2mm/CzcwnNBsXf7KucarnbTTL98r1q0en4KZ43mnk70ydlA1XMbQXY+/4urooPBOHXwRsukzPeb9K/eARGbHEE+m6SAaKHsNVfGfhEGGl1VXA9M1ZXozE0+O8a9PCoIG9nmWTW3TQ6oFuDDNHswZ6AetwsOamd4H4P3BrwgDDrR4ajKHyeMwdNDK53k/xfPXDHN7vZnQGi6C5EcTefLTargfXFSbgXijOdjPvh4gFMEY9/mH2vB6bJ19O6H0QpynCU+Bw4srEHwhjHhPgjtdQMkbmz0vmXGo995JLN8BjmAwFvr2b8eRJPIWTJ7y+xbxRw+v4VV+MZ/A2KwuH9NYN/3/xLePgdnkMq4PtVretIXC5Shs/FbdNPskeM+7K5L6w7svn6XwHhVfRAKXqjLzL4xER63F/HGxgFzbtShjfxlnx1/neM7AEcr/2P9JfSea6xVYtk18lc1THjLFXccmb55/zEtcFM5/xL/4QXoIwZPc2WEYP3JZubZu74QGYqn+/K8KGcgD5CQtrC3zfTBmVwYNvEYnBcx0qswscYLk98kvZl8jiGq/JTOccorn+NoCqz56OeHBLCztxbdEi2HH2Bf0m7PhYc0QqJ/FCPZ3a9JDrpV1IqRD9vQIZ7mOtnLRBs+RK0VQ8YwbGVo0jWe7j2kmJPb4GnUIMeqMUVweplPlxLihnKRjomg1nI/t0UluKvcKWGcE5K1lDyKEL6hsZQaa4wl2S8XCr7WfLz/twa3hZZ1MOxUwTalpBkZen+5Qn2KSoYPUWTbQmNU7QJHieZ1nOXoHGczX4IvWzRgGvBpL/ttmFwNsXZNETT7EKusER3ELtxBZ7A7gFSohp7UClV4WfkYk8KMzdp9FnI17owvTsM3GwuKwqW8WSdxNefJGZXSOIx7EEpbJBRvDgLH3qJ2CwI+1ASnakLFckqaBX4fT7dZC9zsS/tR82wP3UN2pIHxqZyvnIXB9JB6RwfjMUglFE5fk6MO2gV5Dg/hH4RoGW6kZtlITmUEgjzLCn+jEsNQRVaE+EwSgrruK7QXYmz8OyNsJ5ffmc9GcxaT+qEvZGdiakP9RCpegSVUyiHjpTsPFFGigVfkNkj9kY5MRatBv3Ss1ZjhTwcRf2pglxUkk8J7A0PR1OI0mF5diwdJyie4yUvQn86QU4vJ5In0SI9MJA60iA6Kcj2M5hSwkyUjRjaOlxOZr6eQ5qhRmfyEOpIu1IGLzSUXFRRStjkOb+K5i3sT2zpYYxbUnKpCYKCLpQTxt6S0Sg7Lu5i2g3H0CWUxDC6VOoeToRfUUf6tSCJdMWEyKJf028CRv9F8gUSGCGRbHtj83deTtuOwbrqm9oqgtlXgatllrEMGEkerqFraWvj/RpG9lVjayL7GOexdZF99RK/p1F9YXYgjeybSJnYPuUQCi06qocW4E66EK/jj+ThriAPF0ed88rrgbuJM07dQ7nCisKoKs5Yy7vdfZRZ7Xkox9/pU3+13yl/jR/GzdtAmmhmz/vSa1ixUE6wgqYQpWUNiVzQKBEnje1hORXWVSUobbY68lXFZXdBN2FCOjQdg38JxgUZDqZRyIpTJc/kNdDiPXziu2m81FI8hBBfXRW8oV68U9OJPXwPyWyeQTNplmDz+4gGfbbLWO4HaYPrZXHtzw4i0xkBrnE22vck1gbseyGKvkBiFtf6n/mdrWY+H5h4PjrEnBhbH/vcv8LvLKzyGhd2vVMaKcIqZ6jzhf8vf53/OL70D7W1knU7KXE76/wyDHZ+Srw8ysbzmd+Qmye8+uPk55ntaL+a4e+OPhe2Nw/HO8fRR7QIs508fOWzRW2tHxM+cf63Ay01n/lnxZgnaxGyGUrWfg9MP2t/dEw/6/0NfgxlOD9hgjgW3q0HOEms92PY4LtgNpE4DgJnnV/vr6ChhQc6xfjaV2xLSq51oI0+SoY6K+gzKjWDCklwYXc7xxrFMPI9KjElG/3JiT3ser8apYat8SsoBVvyl3aco+Pk+IrEdI9zMq73lxr9/XT0lRz+5ZScFfuyrVvilURKLnbOc/j3eU605KwYt/nPMd39tC88NzkL8YiYh30jLuIYYVeQ8kHGRBot2dlFrKST5DJa79ei1PD65JrYrsIluaYtr86CNEMmr9CEPLHpGuV1NzvGPI0zydqGPPjhVX5y85Wb/eS7pvEnt3c1r5dVPF6e5Bwt67dr/RZIDWGOl3A114gtsBV6oBl+bwtQ5cZwvpvveoFuwiV/I+M2O7ZeOB55h1rTfgC1M8ygP6cQxRfFHk9Mpm455V6XHBeft18fyOLzEysxCZc6073+7fS7M97mdpqEFob7RLgkst6Pg3/zfJoHZptfS+E84p6fE8wbPWdk268yVvatXdlusLKzmRf5Pb9PTPeOdjvSSe7NOV7aeueJbaAjXRfJrH3vR7H6o0EuGY21Y+0zXtIMdRLTythnn86zD3srwd/rApcxWvubfvisPX+39T7b9S9wvzZr2n/WPgn+P+/Ia9rHBGvTI6prP1FyViynJLekWcma9i5eKi74Zp/coSSv5GHwX+uKDkLzkhYlLubYGjzjrJA1eaCj0XXr/bLgbM31lyFZovOBrXuVuKc1Y5QHxW5s07LExfRUfslPZ19Va39mR43i27ju2O9WGOtitm5PdaXUYdEfmvsuM+7/7r6YqenHyOBVJqjfeMAz5cj+GMWQeAfi/PXNaNfob9qf7URcRjvvWHJVm4KSoc5OJay/3ln8SlEK19vCknzhZJlJz3oZxp9bIpqbtk5wxU+Kpb0MH+DO4qSrd/ZyNSOzls+XUX8vuix6tPuefdRzobXdEuGVyNxBtzplYldlPLRq5qnWrUpm0mMmLLFziWaM+UXKJ8bjp0p8Ys2U77+eQ7iz2IW2vQCzvXeTt0TYU7ND7HE5hU9MkLBAnRwtxS2RtsJVMUpYHXY3j0SZr2OMzNnXJc8kY9szuK0mbqKfAjdR5VYwEH0bf1ETO1ETO1EZbvZ0dRwVrJLGWYkashdVonEGHX6+MQ4dHX9dV7zLj2+EL6cvrm6E96ibRMaHmQ8/sNfADXwoGV6j7PpDriK2V90sbEXZXEXcvhl0h5TPtq8zY9HNjTAW3SC2/du90uAdIVuRvi+bryiJ+yjTkpCvSH+H9sc/eNvKBPXDsxQ1sU398GxTzAR1i/eeeLr4S23KA1W7yT6jMpJ7leFA4ZrZRv0OjmuQI7qhbCkxKltchOxJNu1BetnNeFbZN6GWumu5v5Z5RFgD07dV4z7PwytuEsXUDxk/CzOlfBhYFBkLuMq8IBmwV5nhAZPQZK+J8eqnynil/fj/ylX1ffF9NXFeNXFeNXFeNXFeNXFefb+cV3/2mO+KLSSMJvclz6tckbul2I0Iu9FE9BMb6R0mRI7/p7iyuGUhWxb//d/jy7qzeKeSmLTh+2XNUktTE2vWd7FmrYzqiKqG9CE4ykhz2OQZXdEX4ym48muGXYS/eLfamcIxNc/zxYr7F68A79hQOrPWcWu0haAvEmn0xak0gBgh/oVhnbcIfRzO5Bbe5bJN7F1N7F1N7F1N7F3/e+xd7A/5/tm7NkZ7p1J4cuet4e4Ky24NV9f/Tx6uO4u3hoeL/1O9YnMWLr3O3uNQR2uMh2t7uLZalzTOtLUpx5bya+lZfVI000LFvmcyy3ENGzeWiYXlWkriVNYYNrKeX0zTI4zWnkUhW0XKNXKiUm1vsJOx5mkdfJrlUhxLarLK9ZUxnUZV+DBSg1iM3zKLXEyn1QF+jmPaTpWIQa0pzJp3u6dlWSefs0mdg9Jfip/4oXnD2A/LY/c15uJjx8UnTgc5wzejCe5LMkM8KsOuoq1ehgGORvVGxYLOOufnaFMyl+qwMZLEAYZ/nRDLjydRVFIGBHxPrB9+SirpL3VD+2eXGMu83xmO6GNc0c+i6lNk9EuIgx+ejvHbM/qqiWAPd5qcMq4JENwxOZVMxj/FCpkUz/pVEo20H2WwkhnsAQJ8ENGDpn1wtmJblYfDra6YmNgSu+bwPC3M5RaVxarTGWPZY3CDMy6aRLl9gvKEb2khVpnC3Fq8JZpOWYz/41PX6zkcEfiQrBHPSeL38bYlj7RJoV1JeF2vFgVX2SrRvoRtl8UlDxKf6duWJBtF2WzOiLU5vqZTtGG8YTlqbIgK6CU7ZpfAr8/47BT2wY6kPv3SINOrYo61z0lBtXXBZa6OwhMt/JKSkkTa55+XjnTrI3avHWIhy9hYYRfT8rUi19gjkcBaV88FzPOVyTw1g6MuRHIn8IWrd3Y2efiT1xYbA9QHn+U/YB02h2tPxXmfWuC1MIoB6YkznRbmzEhRgBBpYRLwTLXY6VN4mhbYkpJdSnYt6VCyW8nuJT/tfuyR7kdpyaIIr2yWWVfbHezPSvYs4RU7Eu9Rx5KP4j+jO8wNqWHYq6SXaJIt6WKspE4lUawyaIStTXuhfsEdsljb/hPj0jln75J90j1je9yNsXqsQrlEXXYume6xnGSt4ULDnuWWkV+bc81lkvu2S4nm89y3ZMfWE+hcs29JmCOen+O4qv1K9i/hNbJj6xMKq2V/OY9Soi+NQFu8a7qWHFByl5nb5mrs3yqUX+HosJ/z9QZ8dtorV0ZJx6ccYJlEPE6/jqh0SaXRSvcRe9yKpEcJ7Nh6ZeI9DKB+Zr+SHVsfWDLJ60r54L8PKuHzcF9TjX6mKx1U4ort8HemHtqHPHzuzOXzKo4j1hJbJ2TnLVlfzF+XazihkHO+thSvK3M0JXCX+XmJK2U+NilE4oy/vi118k4eDi5pGetcovx7Ifde5pvVZcWpssVpRKJzyY7gCPriIBd0qy1kHgslUOeSUPKUYFeo9uwJQ9/uYO07G3+ULZE6i8zZF3tjv01kkhGZdEAwsn8wi8Viz36Jl4LsgFGJbv2QXjcLzSElMUz3+uNKQbcNF0x6T6Pf612HPUYs1Sy4JI/C5cJAeE0h1z4qMSRK0h+DSzHYiWPmNmSFbRzb2hCT6uUqJvVB0xiadUtlG8fN/R973x4YVXV1v8+595y5jyQGZoZAmJBAuAMIiqCoKGmrWGsRMWgiYkHBN1oFI2r0qxVNfCEooiSiYqVaRfsQQUTFZ/FtkShBfIAKFlQQfFDfCj/XPvfOTAKiVv3q1x9/KJOZe8899zz32XvttUyepKbiMGcd1tk+ATNZKk37BsarMqN8YLBf8Mugs41sy6WdS2k+3UUFZDQlcfX+wcm20Tf3aJw9K7M+wnP8olqm6mj/INXqaYr+2QlPHCSaaZkSoiVCNOGuEXoL+29rODfoFH5dzlvkQ0LJd0rjQ8Jf8CBVsZ0Wz7xdbzHPu9ub72m6x4MXKZ/ZM4py/EhmfK6X+wdZFgeRw+PQg3YJkabFtFj3psXaKUB7b5mnH7E6gMcIs2sX2j/YkrUBLRnVbq6emR/1zK+Cdt677Q8rPiD4dTAoODAYHBwUDAlG5uHfg4MX8vYJ9g/G2ocRkNv4hJaF8t0b6lFmAMqTu8oo2rJ/AFQv1sCo9Otdxd8jbtGLP51pn+d2F9myDH44To+VvCUW+oaf4TDl0QWdz3DP6wwM6mMl53Xum/dT0ku9y9i/9iN+nG2bKKf426mm/jD5b+bJJrIBPw+e8m0y4HBdNv/th7Hx7qYfzsYz3+ydPzJWQWAZqAzANGD+/iFYBkxJ/7f4BbbkFTBvAR/USVv5vcjOXhGn8+0KusDW1MfezjWwnWtgO9fAdq6B7VwD27kGtnMNbOca2M41sJ1rYEuugQ30Z/EX8Veh+HOVGhocEvzUWQcWCJfftjGmMza+pspgW/wD38w+sHnzt2EdUDQzrNkgxsrsy7YIch3BHWiehfP4g6KOv31IPMzrkeFIrqC/C0ULxaNiQwuGwkNR9+AtmqsN19vL+ut0LXL9gFtqXKgw8vCgHfkDTeQCvaKZJxVewRpmTs1eb7yIuAfewq3n27bcy7f0wG39beAZbnJRv+OdKK6xXv5THiRqaazQVEPPSSC2enqadvQGfE0puVobAecZml3axHhxAoX6RsSLiTNnlMcc8UEmaZQ3Rxo9iBL1rr2JEH8yLTck1NtwBFoMPmJ4iHE+XSOMfwilGN/knRKtsoOa7moqVCjtZtvk8L0tF5DmcdFsg/M3SRW6OjAjZaw0+inV9JYw/gVlFVBBAew++DVecuOMkTAI0MIwo3uG/z7HDW1+vmHnx+hcLSME1ib7MgmMtMGQ386Ivo8szPXbxWFBP9fET5fw2vdrBZu/whVsTf/cNS1QguiqWxxansiC+oW7j2vaJrsGws+C6xSRmi0K7XLONMDJA2e5N6XH5fawjBUIz91V0qfFYrHqaeE+TfOJFJ5cJivDVWM25+UdJfK4pxYz8gZXVNOwwGPfC8dW3R0lonc9OeJ1jEL2W2DYPZmxO4p6t1VTLGAZHM5NuIImy17qEqloOu1LQ8O7N9spjgTuqJK0MazHpvBXvD/8W/u6glxX00AX3MyaeZqNBWEybFFaHT0nnlFYa/dz41wivLafil+6pk49WX1nV6no2jxwmkPBwODtce1T1r02rsBcHCnQ4kfEkKN4eCDCK+qYa8F8Hh6YZ+bzijmUBO0tka04lf0UAyRY0GuogIhepkugJSE1/UzyTBGVVC5giS2kn8tGcgQUTzT9QlbTPtKifeUU0V2uoMizpsJP1+VX0z32DjSNcyHgn0BEYKDcT/aj3QRONMSWXkvlpkr6gHceME6eQ/V09jYjslGr7S3NJ7Pqz5FnZU7v+HYdRy2z61oF9ef2WkpHUZJ2UqPoI5os94v9gX7tajIWC071g9zl9vXWR7Di1GRpRtpKWm6btj7QrWPGCzxjjvg75ykMCnsWp7zeYo7YS5reqefeMhFW8J6bVWWOiEaCpvvEXdTBjq4e3+L6Insacx1nrwcHzvnWBrkpr4sW9Gxn06e9wl/Nlc08MlBG7p35dBIlYmkrEQOWxnz/qRhIRwSCamiOwHe1lMrMC8WewmhEmfUTfocH2fNwkOvzkxfSNGGynR3eIQUNceN0g51bEiyRfJpPq2PwZ5ryEIveS2ZnCCN/qYMdzcZ1/DwgM7a1RlSI7BqBUheSHyJP8df4kl5U3eJ3oGJNqSihG69qRfJgV9FN1pIQJz1fwCs8nmZIIcxd3+zv9Lfq70zx+2/p48Ra+YTI3YW+3uuZ6683tdHUKxPbxt+/CQbQjY5HI4J1dgX7LRSvfANobWpoxpvwm+BGp5A+6uDQVCqiJzH3A6z1Nzq/CerpdmlO9BOtkcGRwW8C3BPpHviMd7jYRfkF9HNhZmMTr+EYD4fbI4KjgjFqVACPQYX3Po0ImlK7dgLa+JEYarKJTIml9KG8mn2g1ewF7ZcTwz7BNnbe3eKarr3C619wjWJMBY8RsMObTOFreD3BFY/npagnbbDj/H5mZ17F++zzAn623wQNMfOc7ipOI4JR/M64Fr4f9GlZpk8LQ8QwlIIiVAlaxChHoA93pp2oB5/Ve4deMyhC7UTP28h6HB1gj+2gFGG04Rmr2+G0HZ1rDc4Hu/FKe5Udt/Mz2B9Yledavwkmy140jr6QN2pFN1umx290+pZUMfqlySrlPvtNMDLoqo8MGt0KGtYJbPuw1gaToANlf+dShbUIygV19Ee3g+ouMZp6WtA6QWQCVsBN7n2WYoxXOU1XdZnTiqklOLAj5E/cxv/Pil0srVAbKs6qKShnW6uzeVoUA47uyH6TRdBEv20LR5OLocmWlYukib6tz+BpMKaOomqOrKrQns3P2LPR9chyzr2iNKfGisv79yIdKbYiz6FsxAMrgaY6aymfAQZTdlXQP3Ckea8WbwiPG6xmPNOs+tVcl2g9L6VxCiME63qcLstBzvQX2b5BJGqoFa3oje5cXQHNn7CVGl18gr4C/oW34RoXcbhGd6w9lqJP012V+Xytu3N41wi2bW90D45NoZku7t0jlr3X5TMzZnoZx5Ab3VFS07d9wjfNCbxHLdc5Ozt+uPkRjaptWzGmFVrPlUb3f3+2bHumbDlLFJ9zdhJGWWsT7UyjbR2yqBuvtYmHGlZ8/FrLLVzDf2lGDYGlZPts+6bZdibXDCeaJ8Sram3HanEH8/yf5wKR2ujiO48+oEEx8/c8d45Q/Pfajo3uEDrP6uMrmiwd4dDZMWQSv5iaadUwAmWRwHjECL3Agj8APplmMtdH3tpDS0Q492Blm3nwOLW+7zAJTgF4GorC+++UHj1kXy0i9b6H6Eo3W048U1KpdV8H4I8VXWf9inlijJWcJ3BaQ7s8q5Jcg/birwo2OLChfWLraWZo7aHMA1qUE7XYXP/ooNFNdFG0p+wv6ulEVjvo7OKup+y37DiZleczOldeZxWx3koxHRybbmyvcir2qNFt1wXMeGB2rKT+4glheiQb89pcjjqczXmw8Km843t0B599Npef597OJ9NFIZ7cKGwZnNVittKfZXWAF1M+/UOZmQHb6WC+P9KDBp8YZvYxgVEeKqRSYa42OPzT1e2yu9hHto0ZlYED1Ita050ly/UKDZR9ksqFx+VL6uZpepbPMM3a6FhdZyXDDMo7S44NOvq4rhQYdHVc8LJW/EQvoz9wgDo3dnyA0k8ITgxQ8tbKjNN1VpSVucZqDzyWcuhRF29xdgxn7H8oTfO6fKYwB0rcmKqngzsYXOosepz6i5iCX6ezXUqfiqMZHxLd3ehCVU7zmh1jS1hZJg/6LVEbKgdH15qIyBJGlmHFGRM4YravaY4/1e5F2AOgPaVoOHV0zRqBp97M+NoKe6p9vbXKe8O7k5lEjlILmZcJcYOTgugZX+fr6kiaVqttnRIMN1ajC7/cVOtndhlj99EiXiz7Di6vEn18nA+PKIDf+EoeR4+6msy4O8ROUY/M+tfoai4v6+8qEtGKZ2oXrXu7kKbx1Oh2llnsT5z2VGZvWcnrIvbO3LUxu/rdLjSfNJC9bjRq7wHKj+f4H7zdlOLa7a7qOSJsWhqrk+LP9fQUx7rx2cz3WYRdADMU6xRiVjXK/F5Lw+mwMOvXlG1KNk9AOa3XvQ9obcd66mwjYtnoRDkNB3gYocfy2RdXGHW3e+0o+7OUdcgKwqcW8b5yDx1R8DjVU5z+wXH4O7yeeoI4FB5Z4dAropDKrF6cD4+7j7GhFRPN2kbX4BRreFesp9OEx5ikfnR8CWyIOwgl9OK/I74I5CUcaI8WmDVFIZbtPBfWgMnc6Bn6JvEteD/ulBGbX/T0AurAmJe17kjxMnUW5ldkQh8q4Le4npAD/YXzhI0yEP34hXWnNLGkdTqrI2+uvcg7QkyiPSy8MdrwaelzJO8gGaeevuBzUJ/U7aKOGt1GF/lMUd4q3sDMvjo6yWsM9yyUCo9mWczwSeGqAmp0a3nfS+mTA/NcZPD5dHKAk7DZ786OReySWB8WQhXLaKC6tTTJ/W0Q+NkYD1bIA7t0VpouEHHK18eG33YJcx3zxRrWHizEr2KN1SCRw7c1bPHhVIqYmrhaqC3wxbma0DgramCjOd/gVtfEb4fwuc3hTGV4wor0enEJOdSB87dtRsGNpe7iKG3i7aN0ilaL0VrR0Xq9mOXiStihfeg2F8p3t7uldBQjA7vZyGY8h1sGeTPw0zmc36roZtelQK6T5omv87dGO3iZlPQn91JWPHJYsTpiUjHn8itsX5n4AN76cN4FwPU5lb4P8usUzsTxOJrh0CnBqcFcfUqwgrlGoII1OfQU4veXOZd+LN1LdXRKMM4+JeguKuiUYIzrMbNiPzqQPraBBzZz6ZHYzmFOtEMryGSHqIy3DJ4wfPeuvYrOpUmWooEFLdF/uALegPyQ+2Q6I4eJPDIZNH74LWzCfcMISJLahj6kJYykwJ2470BZJ3uILhqcuW3V3xRwQn3oIhesgIYtY46YqLGajw3ATYL88nViXICcxlvlacE6+Y7U7D9YkXna1XSflYtveEfCw2PszhU8Bq8Rs77aIy5yFZdnfJ0GY2OUpEyO+wo6JcCuaRgDVzAi6ykLkalNmSsUq7UC+YPzzLn0e1L0O2qmBiqmafzvNfzeeIPlooBuAbOs1UCeM4VO4d14Ou/9Piv0XRFGqidzf/SkgSH/UIQVaQ6vWcL+w5rwryYBRAC8LhUCPdqPc1Yrw+ik+dyPTgkwCsooijOa2mo6l36XecPJ1NN6JIYTh4k3YKSfZlWGp7iK0EJHq+Ra51eyDboijP7k4jBdiphkgC4/JcSVmxmQz2uuwZdj7yzaKsZcZfboU/5NlHnEZwl2y687j6AWzeWIbxrVpYjZ3GVbKk7N5QvEq7SadrPMGnqx9hzsdC69wFyHvS3EMj+UFXytG+bQ/VTwtEDI1QTZd1A571MTrMv4qbdE1Jp+9Pj/YABHKWPt7BVmHJTKmmAeLaCaACfd+TRHRHe2VMHK1cDaFv/pU7baggG1ubx/h7m6Jfsp7Ld+HljPjiufF6KJ/vNsqKcHFdRR1lMZXWc5QthG/fP0YCH2P7mO45IV9BFVEbjAoQ7aKPH7Q9YUZ8trwL4Nz+xY2U4BhzaZ7cu95OlBQV6zBZ/roNitvqLTg0tk1otbzdGCzdZQfnIxtVMYExhh7wiMlBNLzLgzTzFsI3tJREZOD0xcoZROlIbF+7iSm4TR4YwpQacH7zHXSVu12DEMvMCKjrOruORNpeODqrCd0JvGY4NSocdlcFHjKKaKuS5mB9tUChsB/0aIUaiJmzPKaGneYDPqVrpejqB8vh8Inc2yghyOY6+iQjojWEIdmcW1jM4MbrEinjboUvaSmM24L06O2lRaSGcFtcFZwenBWBunnJhqZAaTs4NSOk3cb68Qe8ZOD3ZMTXJPtXEN854kDyh5R6CF3/Fec/DGqFGcFfSezBsdQ+nnBL938O0B9D9BDVXoA2gjvwlqOZ4mcaT1ZnuHAqNvvlFWc8vUUGcJz/rAGBhS0OPow1IrRo20l8T33cW0sAc2SLzDR8zSsw+jMGNqBmu/Rm2a5ZwzrR7j6Gw5jWBb+2pGUp8jf9UOo29XG20o+Nz/qUBm6flWnFt3PlVwPCmmb5W9aBqwtAK9n+2Rd0QVI03xFKhgx5R5gw08rlH3ggzCEmUu4bFUYJ0VxbWpht8AvxlkS4w/45vTAzMmsFMq+psw32BcxFuNi+iqKnqRf8vVRO3iQUe7Xm7i2qJfNPVVb0uMRNM6gnJHK+6/3nLoKW3G6QcC43N0rGorY93hXA+wgORqurZ8pg7j7UfYePpj4gkBi66rjN7atJOpCfb3x0RXCbbESE21mm7Nw1xcLlE+nj+TZ+RQmtpJ8bnud8Em1+B2D5RRjxcy88/Jdg01Ume5id4RwjY98xyNcPd143RrHrLKoIKZpAMUMqkQFzxGmNzu+8OWiPMbIk6JO8EO9BwVe2av2MHVdK+9kJ+8yT43+FBcQtOKDCIyYtXB2KunAmliMlgTvXDmRi2LHikOxwgQ6a+xZxX2eB2NcE+3Eev/fRBnr1o1vSIUjXBvAa+Ui7G0s52imCqkiQ7sWjz11hR+N6MbK0WcS9nRNtiLQtpUirlseNsww87lNaJXBvWAFRUrcSPHC817GPSXQaQtsU4P3s2bGzMRKKzT5wX5HPf6nRWjErWQo1TnWq/kzREGkwzbDt+9Jio9j17JG0i7KbQBvvtIrM2bEKBNjrBPjOGb42CLWfCDYr7ubS2h84MrePcUdEFQRnVB7vmhkPmhsANlY2/whPRgBWqga40nItqn6oMOHHU/UM4uc0N712E06VICJwVs7QsD2A2D1C6qkHpbhvcQOSeVPHcrmBf7bNXTwnrYXTqMdI3TQQJKtVgNLlXTHUXrpWHBGhR6Kyk8R7VEVEW2UC6yCgqt2bNiFc/3QeSIXEzV9JBztpgawOsQxkAjfr0LPBHiON6zNWNxffrAG85si/lqI/CSIXr3ZDXUjxPa4v3YYMLpYyl9VlJIV9FHHGG93orTsax6a0qawgg1n2JKh9YyvJ7AAMXUOdZkWi9W21U0g37WBb/tHuvFLFtgNHiYvXhueG6LbCG06yVURv9SeitaxVGmXFYZVPNsixBWGFnYUx6xDPrqYnqSsx360TlccjYC64fas7kZbX6LcmDTK/Y34c6tWfaRVe9byJV4itWxSzM5r4hsrJfdRRF5fg8rn0t5odShoRxZuigYa89zE+JIdwi5dHHg0CVBimaX1YZj8BnHK3PEY3LHoiNd3HNpEGfkzmDOSMDMg/f6fsonlzMRVoZI+tllc8pqaGJQSItUNV3Gvs7ZZVOEUVA/V57YIeLTUlzmpOAQtvteIjylkNWw4SFfYg3lPFvf2oNPi8vcOA0glwK7liYHKeoqR8YUPSxqaSFjuXHiukjkzqHZZcClu9TH3/bs+XfnjvyRZk8NWxTfdw5V8/wxluLVLWbQ3ox22HIeDaHNm8G5fKY9z33bnWdDdXePoiF6mNOnaIC/Z1Ebb4C/e7vLgz5u7vhpPftml337+ff/2+zb+hw7U10c61hiRvmEvJGxfOoqMReuCGp4HTyQOYmMMsaz1FUq+mMevl8Qnge6yu4K0bJO8hLGCq7t+Hc+v/9KdHNOtleLITQl8GiqGNuhrexpQbFotTjPLaZzpRkvHnVXO8krg6mBoquCfoTrMOowv1/3BJ3nru14EWesIr/k6/ef77P7DPy3Zs7AH3zPUbRYZPed3LE9WCL+eaOFmBtsck2LRTPnu7v8eYr4i3zXRlY2zuCbNwM/vnnz7LJ7nYnB5cHVAfaagT/gSF8sfpiRvlh8m5E+cKsjfeAWI3wE4UQ4x62ij4WgJtFItTSeXsnr2sHwF62ngcUn5P2Do7Xof/T+swK+wSNDT9Zioeg5YU7MES52jiike+1tl50Zy8xJcLuoorluyzuAb3gRdqpVS2+rWrpMI4pvq1pupwGyhtp21nRD6bQAZ1kZjrCGYIFozLAvmW/Ndy4dqeZI+FFyY8AmThjPuQ/fzJFZ1iajfu7TSut+UcUe0VxUVRWB1ygt6sJreoboiDp60v6F1CRsw5VjUBv3WS0RHShhRKuntHyDJ8SO0vjRhofZBS59Jsz+Cd9pQ1BLjcEG2kCKrgkmyIc4hlsfelbzabAVY22XLt6bYjJ94l9DddQQJHnEcGamKhfIj7vIruaz0ESRthoC7OuNzMw1TUwAVwr7bBcpo4NxPmeQjPUENQRAhdZQRw/caAsyvElNLXJaTHReZ9QUCsgXhunbPK+KY1zf5nlVlPu8UmZmmuOMynD8o3RovExljIDeqgZMS02XhpDV3yiERJplPt3hGT2Xt72pbDvcaeuQGxnWE84bE70zXEUb7WXgM/dw1x4W/ONTBPrfxGAmevCMrgiZia+3xtEooelJ9n6a+yRFdxrkism7mSuzd9Uxm65ZN4xajKaV1qXfSf1lkm6gi2yjuAK9FTzzDe6h+x18vtiJWLGMbkvLNsE3ua3yjviumi6RfsMZ0mi6YOVLuNBteUus9bIKL7ju8lDZpTqDII0yD5CTepWGHxxjuDJklc7mtZ5gaVrngQP/M6HpZGp5JTJH4Nd6lD4O50Azj/gLnNGMGW7mU9wZMk5HySlQ2KTmMC7T+plXaPTXVF5zTA8hGwuYk320pn31HtY+UnEE62qBX2ozV5aGVxzkI4d2iH+wf6T+SJ7paar08Z6HKTM+oggYPAr3WkkeH1MyCjNAjV/dol2Q7dMl9u+ozeBdp25DEyY3iwzXbFvxJW39O0ovW8sgy+aPLRK3ibMYWZO7bptx3RAY9ZFIYQPrs+nrs2JmPLfWJTGrklk3zcqn6En6qxsP1VoMf8K12ngsRrJOibF6jBqKUYBBX2dXgGgGw+oBIm2SZ3KuFY2kKJNpX/bODGGmu0diGxmTkuJR6MgHM+umohflS7Io5Kvbl1VAjlciw44YlbqlNoaZA2aeTWcPktqKSoYZ0TUEH0lMt9TGAL5kkUDm+NOqzr+dpgcmayeeeRbstDvKrg1Os0aK9vK6ALveaTHkTU8T91mXu8gouM5ZkrkKHqKlGTUP6ELAkjH744V2hOGIhxZ4P7ouaGYb9OexQs4WNqfO6zkqP56MByzSzFppLWEvzOlfs6vO3KIH3/Zwb8s++hP7fHEPNHQiFt4oC97wy0O/wIwao2L3qgXrc+t6BoiOj+M95FP2I8Ln9hl9ThuZIb+K7rXjjDhsqZtxSc69G7wGOncL5vw4cygYW6WJnhTgGzLWVhW97cVD1lijGtIrLH2iXk4jVCENFOjHQ/xYpo7mKYf68PidFYOPDkw3S7gs075YFYwCQFbXYzCPySk0xoowlmDmx3vltldr1v/8UJMQnP/I3o7WVLPKZpWyovgsPHBA+KKfmgmfwONdRgc7RzoptjegOfRsC/Z61MFnVuktmfUVc+tjdJ0tClxkpw8Bz49dQ9eoqLRDmTNYMMImywdqOGDL6Atdz9olDYFhsIn4vDEWHrHizJ/QL1QYSfGTJolMPSUY+wXn2E6gw0Vd+DuwI75IhXdhLWSWOxI0mXG1ijmM17K+w8/sWXKpLWiy8jPPuVDCO+nRJLkk1Dgx/BnQN0mpKAqAWsIyH0e4f5WuoQq6TMEixS/j6FBEp1SKVObphjvZsCqY3OM2rBCH9wEm6QBZzeso1tMK7q1oDe3XQu8p4l+pIpEzB2M8C8cxozr8Rr8VirqIJK/Fy0XEVD1Tf3/1gpnYObxtqxegN3e1Ztg/Fw63XpYhwrCK9GPeCHPSq2eehobg8dA+RA0X0FVyg4S2Si9qCEaKhmABHUKl1FsAx7VBnvktNEJUeAYEXzHqh7u+nW5IksYRxkVWQSQan3hrsCRArWINr7nNXG79VnVDltmKXrTRv1CYeMnOakxo6ELZgwXKhc5EHX1kpTKlReoFDVtoGjjb1DT4vYNdrbWSgROy5H6zjkGu+lmkY+CEOgYNGRWDhm/QMDA5sitltPZo6AtInCJG0wfeg85GD+jEQ/W/vJMpe81nqoaetz6lDz3NKImdGbVSTh95mrRd0mJ1yWp8ReOskOMLwHvmc35PpCRg/AvANa3zUCcTnVA85zAzwJnjxAyffQN7jJCtLy1bK7rYxry8+6vnPiuBCEEvnPU1nHHmN/gpUvSxt4PIZY9L0ScqRWP0SToX1R6tYqdzHvRgUeXjpH1SZoXMzYzG38iNHkdjeYV8TqYy32YzpOEV+ViV5vzyiVdGj3mafAtIzgvUH7kfq6khuMD61DMjuguvBJupioa4WTWF8SFXTmn4tM+8P8vPvS+8V2mWrelLb5N3ldjsRbzGJRnNqOct8gU9p8Fprkn4tqVJ+nsqw3FidvrxzAQCJgmDmojmVtZHU8RZdN15/kbY1ggVE3FlaPZLZHPockfDLhx7Bk5iV9ocoiMeAoc1vcRYiGjWbcmOp2iCZd6nDfecTx3dXP518x4R/3qL+jGTS5aFPft2tYbHXtSS8qP9qoh68Gqe5DEOnBQ4X8z82cUDg36Kjiup6Povd0ZwT6uMWvO+8HABIdsQ8ilGf7s+dhQn1hDcFzIJfsC/zBEuozptYYv7qIzM7/i8NeapSK8wOpPDW2lwnGYtjLM2Trm4NmQ4xs5mao8xfbQF5QcgZICSVFyLSJvBFg3Blr/Hc3wEk/nkE627DQF2hWZ8IuPJ25+f6YTrY3dh9gSsYRXhdRGqzBEv0pnUi1aG2RsVnIe/qz2emac+EPDXdRP5vskYba3MURAqXUXqHD5dSbWZffHrVDrwjRKR3gF4dYxiTlf/DKkpW6pB0ILF+cqwTMM447HmQjHvt1nmmWiO7OBDtaabOIW6CYN9VsLSPpVakmD1z5UqtPvNaUVQoR95iM2qAmWmcQQ84lUiV02khhULoCeSVVvYmqrI3vbWVUWyK6K0nhSWZeuL7bvkI3IHX9H/2GV0NuPvjdZCP/JoL4192syeNv6dMuJTmuaZ09CXrCqJU0f0FNxfQL+PmRJuxjrsplivfoJo629d8SDKmWjWOAch/8GgzXHVWGn0CFwrEaJ4zfUGc1pqlwrUA/eoECEW5Ul08M23r2qjmeBRfy9FBbFif41erqM8i12Uotf1k5zBZLI5NBlthRfdb1JHaO/Plik6QJr3Hs+KAEkaQ33oWPdn7nHu8a6Z9bDxE6LEb5CaTpJVmbUUVgjuO5D792y9Cz0K3K3q5GMNTPkfyY12xNmyXpb5uasUdvZVuoIOtyfRrfJw2wNKwzc+xi6+poeohvkDr5U4kx7vJNnGLvfzqYFtt+ga2BaH2+fLzj7uLPUPsZ/xSkTW1gdLUJa7x7zlfbKakPWwuz3Xg4Vi3rLyW2kloIRIK6GrH/jVtIT3k4+saiqwUzQldqhI+9knat4rDF9QDX8bD0dZNz9SxfqdNrGowXachseuVYre5/3iAD5n1uqo7sdbpXSCfYtUNNg+Q2IPudNdQobHC4qZVdSLDmWlmBcEmISk9RzbDE9iH/HjlKeh7wxONWmZEpXYVxivhBI9fD/H5lGZOd3Yaj4X+D39Xj50KrAz4XODhFe3IcjqVrwmShinQ65wkVWgyFzRhlLsx0VGAE4tVcLkPSjWtrjeqiHhRplOQJB+M8fUjj4Q+OC5YkahFoj8yBtgVD9yNTyinAfkWqhM7gNwPIjQfu50FR+qdS6Yroxvex0rR/zWS9HOfm8f/qU39D7cQ21oFx8ImEmkVU2GHW2Q6uOX07NeKS32+voHyF39w/1+/u7+cP9mew+/jben39fv4/f39/KX6RuCWhrgV/jwRVysEcX6Q3Ck2xCyf99gmT1L85kLn836obhXzL7YMt6wLb2KOupp4Tuzqhe18LdEGMUKXoXyc/TRgQroJa8hMOk2BGPcy/RoP/q1KEcDo/4bNDBUeAq9m9qwtdvM+Ffja2+NfIUlazKcEFONtDPOlSfIluoZX89T9E25F4V0uPeSvDGYyUzYJioYcYLHObvh65mbW2dhoZRclqAetHceOIGi/aanZSJJJnaJbCeDBx5Py4QOrWBNf4QvURxnXyXaxUrp6vJp5bvLQnlMh70Yk9TaSgZ/5SzbWMlp+rDTSrnZ0/RRp1l2KUf8jb3ssrVcIbdmL3+aXyB247q/INqRH77v5pCV2vx6U/Cg84uwXf8a4jlEGG+uo5uDPu7WUR3m+iraWkw6YjXYWt/9VW3JM9U6Kh23BUWxbZOxsNYrZtZwo/94rXzQzkV7oMzplEV6eGFUx6MVdFPwCxpCR7nmXbLvGZ3q8G12fJgWqqPXKEWTJMaFJ1pekaI/BcdYXxdHPphrsy3UhMkrQJmabt5mdgFa+q8qFwWB9zQ4iC6UjRKjLEUHiesZ03OtxPzvLJfLOroleEHfGjji6LxH5N1WxLw5K7gtUHR7IHj1OMdaznxC4DS6UXaXinneZ3IdJktElaOYMZQKxtMmXi9wjcmN6SUXCcQSl3AWB66BWghykwtpacdj7D7st59oGbalQvpz8JcAvEzjbLAkHp1XyPXZtr6KUVeZTt9FXyVGsCS+j8ZKxHX2deoqPwzbNZ71Q+qZtM4yrw15a/CUb840d3JyzH/4PmndG/+bLR3z2sUOU7ntnL0TZ/CiH7zlU+Ezv1ur9wrv+vFb/4ecCz/cqPup6gT9NYD1dehPpF9+3Cwqg7m/VpZYiq6mJPVjbnuwOM4iwyQ4nTHZcbrHRpRjXYgju8d1SFlTmHEANvhfg+vduRrYxr9ybgkymlqXjP3xCf8C16F73AX0YMjhOMYy110NDuAYrmsOr9xylkXP+a7zLLrvu2Ru5ebr5eZsRWW1zNpK/ySytBx6SxQy0hd5GCPtRipR8OBHWPqIkTLa0wu3yNkrCvldNlI9jdPIkRguYgp5FTVS035uPXPAP0dncF5WW/UYvS27eIikviXi/PSX8jSZjNZCru3VlIg15B9fCMa5hvxC/s3gW94Sio4vLKQ+9LfgjiBOs3ne3RmqIR3eCX/1K/+6fMPC//V8wzli9nfKK5wTzA62llc4m/MKZ2+RV9iLzB1zgrnfUZv6x1WkRn2iWA4+bzuag14ALmrHsB+ya8XswKUSBT2XU+zZoYpLIUdzUer3m5OHd9po71f805yTLXVvBmZ0b/DW+A9Y4U76CQeZPd2FGQMeGUWc2QHOzKa9gE7rLqO95zYvleFQ51wY5vCJ9iYdagsMDFdsM9JTdFdwmAK7Hsb6ifIU0Uh+yN3hhhoJ6/g8VkTlAh6V9/RVYrRonfOMUnKznqP9buu5zhMs45NbYD/O8UwvZK+IhydoSfD/7KF24TZtmduM9sTTCqll3AVe3Ggv7i9weon26Wo6wVY0xdlZAGv0WYfXYoiPD3dvZtS42acj7LzZu7e+Wxv/Zeud+m35L3Ek9eLI69nC7NVYH4aLN2VvK/JH9LBeknFKxCYxQ9r/Lfvup2qVGdYO+PxQ57Fua7YTRS19geBdmZfxpN0dOGT+Mpwg1cwDV0PPO1jDKmmkmBfM1dU0PzhM3SZ7i7RbYqVolOgu7gnmid+6f+r6uXNL13nBejmDe6mKnnDOiqH2Lnvi4rznGsQeFIGNZyPCRayxDLYjTr53i1CsepBFPM9hD2fcTtKe+ZG60KGqNb5ujTWP8XUGD+JnlBuG5MTEXHAeh+i6w+l0XRHmCfzJrbIMMsNlL2AUt0apPmNPDVL03sCMgcmMFkEr3S5mC5+9jOdb5gk1HFnUtsGIxkPfF668UC/hTF+0wkTbrHFAUWpG2YzLwc37vH/jDcfRbV/NlKuVoOvtZr52Enue11id7CNJ0D/peiv6Hs+51lqRYchfY13E+JGoRODsDIvJaZzNbVAalTm9oDL4t07KCr9DFH1Fhv+7ZSnZO9fLKEoLW/U1WklncuxgXhB5pl3m83nBRQ5xPQnbRBXXWFW0E4/g+4IUzQtKQ7ZPKMEcAhxlpo9N+ViX+8oU49ZMVADl5ZZQxay0kZZ0JWMEX5XAABbRF455pmihNr3Z0XSMDX0Icj93Ltlam9maEWCm3XrJGfQl5YfMZS5rFEYtciPz2mdbL57xYcGrnVsSosSwRSoY43Za6O+rz3iwszOjWBls0J/1TqKGtYnOpElKsC4dnl1DBkm2xmqNJJsXqBCZdjrndX9JvWiyOCejr2Pq35avNC2jKfdXtIBRjk+SibpepC/VuI5RFtJolcRosoSHvoMNK3ogTRMj3JECEX5fAj8QrcHolwaem0Ab7WqvlPOCA6iMs+ln0D/USqnpBIvXDgrZ0OS8QFBF/jrpMzqvitfKfvRxvinToLiu0wt5xlbQo8w3M4RRUYeqMjqHlgtNCwIgohCp7uSU0i3KzJ8ogveb2Kl8RkIEHUhkU2YN1/bRkL8GLduGzqY/adg0VqZHS8Mx8n4O2jXiMzqPPiBF79JGLmtpyPgYneWySFqs3FNEnC61Unx1lLEPL2mhW0ND/eutajpQVkrz1Ft1Fr1QFe58PivdzxG7K0330ELmzkcuAyyVJvqThrJP+xY7l8rZu+ZxVKA97ZLhYnvCNrgQ3PGCmBecntEWcNmyNuiY9fJ3vFf19Fby2jfc7iKeZyTKPPayF20lhgB7ZV7wnPWAaNKwVMy+mF0jgFc4ixnSzTdmTbzTNTiRSNtxXvB1Nqx5I2MXGAZiY7/CbjUoKOhFdvTMTqopFwUTp7S3F+kW63C/EMGwC/kxRDge1CnGg+9OpcWwwlT4RlsiX67kSPsD2qyOx3OM/36h6HbrHmtP+YklWH3lafWwNtiGecH9gYkfDOpkdrMFtC+zm/1DF4UIS2juYG/sFq7v3RgDUMq7k8/Ixv9hfo15QXeB+O6DwOrzlVe1i+4xjEFgd3vCPtdDFksTXaePFfWWpguteUEttRXSekMqsqxuAjXUNEGYNfRYsV7WiKikCVy7GywThzRR3Nw4ZLSnrAZDnLXG+ZdSWtEcdVSIocqNXF7EOTJxmi1NOWupkGooRR/J3+WrTL2/OWqPe5cwsuRt6JSI0tCeOZHj0p2V6gKmM7RWF2FKRZnAiq+0amiFONh+IIhzTBq/NlNnFZXEV3KmSL4+k0/DwHCgZ1FynqXoQh5DF6ouYhHPgqj8F4BosA3WobVNlrXFDBud0Rxa68Zpib6t7ZaR4EjVyrDefeGY8Yu/bvPnMQ4ANs9dXpcWO1y81R6XT1VCulkGO6yU2I/GemX0kMSnBwPT6uZMPpJ3lSzqcBd6g1UZEKPrKorDKBFq+LT1UKDp4aAgB9+EXcinR4KpHf4eaDpIFlAzpTRqeJM1TA3q4jNCwfANmj0IdhFWNKCN/yccwWDFKKU9uR8XyBKxMNA0Mr+OrzT6SNn7ewtzp8EERSNHMx7CKF8cwrPUPKMyHKe4zpxZMT86MOfDOOaAjPj3NP0+Zu7Cvvea2FH3pciGPnS7Db3dht5uQ2+3obfb0Ntt6O029H/Ehq4iUZSd9T99C/pVud2G3m5Db7ehl5bDan40gBXthKqOeV6SeSO+C59q6Y8Y3yyiccpERU5TSYWYpc5Etdax4vsgqlG5Uf+l5YepKOfn+MKjpOf9ktmNlpaPcc16VcOM/L2tx4Ipog+9JJeWw0ocwpGYpQQ+yzd0IRXou1gdZGm55jK/Ocbai6/btI1Y4zfX8CVZ4a10cP9oubT8QWcEaw32oVeoRjUwy18TqzK8Jz+QSdojT/B17+atdGqYJaSt+lDGaY+8XqFiKa4F13OSHg9WOg1krJvPOG68tHwBl2QYIwzKzpGftBWhpszJbeYLIbLxUNT7+8RDcf9PORZqIqGopaK8TDwUf58rL7PqqR+P0XNUVcFoOzt3LggjxsBV49oLfEV3U+v51EgHUC/5gEhZSeoqxzA6xXCf9ej4U5lrZkzgDb7tWI+HVrSJ05povsHVwu56XVaFMXlJSzvv3gkW3gW+aVH0xgeikPpL7GAfyjUW4slmDtzHvIqTJRhqIv34b5Mnv32sftNYvVZXcyS42ja8TDU0S8dDHrMff7yeo755vG79mq2P17tCFcc669uMV3Plvzdizb3ZMVvHIzY//P77j1ZTzvfDmuTGtX8aY/WdkieCOvtlZtmwQgT+aLtE+TS/XNGTARjZngoE4bqng2eCfwSNvuFe9pmdGFd34x0Q/q1FzE03RywKng0eKwWSTLK2hGH6iJguJpeAE9YRjaSYD/ZFe23eLGag62lDSzZOu5WPL4bn8KZOPx0M1120W7nimm17JGMc71b+UOlteVk8VwXtVj7GNd/+lPBZpkYRQsv89e9itEyvAaXVXWCXwBsbyxBW4ZYW4T2uuaOQWt6TnXGmPt9nxpkSflozbnHoFb9IPxo4tHibXvGmr/GKPxc8H/zWLei8Q+fPnSVB03/UL9603S/+k/OLN30nv3jT9/aLN233i+f4xZu+tV+86T/iF2/6Rr9403a/+I/uF2/6Br9403f2izdt0y/e9L394k0/Mb940w/uF2/6Hn7xpn/bL960HVnyf9Yr3vQT9Yo3/Vd7xSMb+pJvYUMvZhv6l95havF/1E5evN1O/snZyYu/k528+HvbyYu/p538S++/yU5e/K3t5MX/ETt58TfayYu328k/up28+Bvs5MXf2U5evE07efH3tpMXfw87Wf0olvLiH9xSXvw9LOXF/7alvHi7pfy/ZinPD35YS3lxxlL+rLOmbVvLv/Qia7k5UO4vvR/XVl78340gCcbRC8HD4kFoYNun2qP9sfZyYeebvPJyes+ObKw4dZUzYptorNL0jl1Bpr/i1I9w93LRTxgvfVTCClaLqWRLtr/AXubTsmBDuxRpV9NcF4qp+P4d0dOqpvfkUOrmHM8c7BvsQS5UGWGfw15oZM3PWU412cpwLc8V2DGb+PkmGgO7r4JG24IWxPBbLTnyxUDQSLuSfKuOXgr2dzdvLqWOJSfmldEQaKCWqHBXaUO/5p0LWualNFE49EdL0LMSeJISK9r58Gsh3ScPdhXdZN0SsoxAp7IyVFDaVlS1o6ylP2twJJiMVyjetKMhrAl1BcfASlhHA9pdXypY5y8HC1hPprcDe2gXB391s14JPHrPUrQ8uFXim1WiRC1RA9UN4tmvbKfXJZgaVgRxulzuZr3KTGrTqZ6RDY/LY/NeC5bp14MfVmk5TldYUewGI3W+W8WfBgnYhM+yQoPRxpF8FdYrZfWhexjLo6zp9DKV071uE58BDrVmKGjeYL7c506xoN+hMiVDO9qUF/F2TMxoI20t3tZSW9vEaSdmorSmJ75rlHbiTyxG+1rwerAyWBWMtVcErwZDqa4sRU+rkQXH5kXa5Vaoy4NobKRtkWD2k0Iap+/h/eKtUHUm+j0bQUWvF7LSO1BN5sor6GrWHq3m82izqKAxKp/eCAYwez3sq0diRtGgq4Qi1KOqmv4ZXB4bGmrtjlUV1Cy6WqsD2IMPOr8SJ+Sd1OESC/oHZfQBVWTUmwyv5TQBe9Gw0h9Gd9g4B+8shnDe/UiK0WwbDAMpVmdXrNQO/dDW15/HbPYH08VfzbpLaBJNZiX6iV/15WXIlaf+8uRWDMelhFj0PXQv3ccW7Qp6QpzFEdQYX23OPdPEF/QlXUeO/FD0FVnVjuniTxSncoEzPrhoB8unlaKZYplbRAmxkTloUE/DRu3IHlZbG99PpSG08at64L/9ShRNtC6zmpife6wsdPvR9E6n+LCwP6CXUlDXEvbDdDKtCaC+GOnKPsyKb+uYITNfPEyGN3+crAz1Gj5n1oZmOpAcejtkEHkzGCybaSol6UOJk5/J3DclLaBityL8q5L7dQ9mAD/SWsDqy9EvR1GkN9JVvk2DRal1nfVWUEEjY9DWrab+cmDIPDndwm9gZNlPpDJsuAMp4m9GvbAi7OtdZx9hNdN1VgfRi8bxCfMs0vSQfDswHKDN/G4F9gIL/hmc+o1aguHUR2ugXM/5iwSvZzXr0RZSkY19S1GPjgMoyeMS49D0HPoVnoO/2/nUTP2ogkw7H8VaISizT0bZwpRuRkLvmFG8QA0muoMlOBbr5RUhx0V3UUbvCzB1jIIlYk8Fi6L9Fp/FscqavjMlYJW0LWVp2t36QjZLZZmSsC5eQ+inia5Hm8UOVqQEMo5WiH+UmxO7KQGr62xm1VPWGOsGCyo+mplNURJqhKe4VolcaVXRNXI89Qr1AOeJu7klmmgmHWmlwp7pxX6jPrSGW7dvzLQVzmvmNGDx2R+2xRkCjMlrgwPpbfJo7/xH7WhcYrSvzXtBeERWKXsAohasprw8RWW0OnZg6H+JU15eFY/gvDwzJiJdn3F8Tsb3GCWYGesCWCKRYtASRibg93eCFDWLR2KjUgfSEpomJjLjNlb2HcLnVtKZzCwejQuMCr3VUQHNpF1srGFYuwKJlsSn611YA9EqBZ/NegIf0sCQJeMsKmWe3cHSsprF+qDlN7ius/i980HnHaxJtCGI+vOVvHkCvYkVwrz9Ds5g+Y6oyoxozL79xWNWNbcMrutFa/NarpzdxDhWlTG1qqf9xT1WLpd4PNNm0L0Dj3gqdr1Vru60ThGGRxwKz8usamYDf9EaJI4Wj+i/64ets/MV/VpMoCHs1xkd1rRCanpMHyx8Oo9PeubpiU4iVEjqz6off7P7im68ou3LLCTgG35bQuUdnCHn8EiLuNVNnxOv2Udm5lsh1YvrbI+KZSM1MxPKeCrs0seuoDdF1CsL6EHHoGjwd4rnvsHN9LHfFPeLaeIGea4Vp99ZKRI2alZJ+CW7vleG6uKw2/B2ufwlVdRRxamAmVsbw1ri7ASu5ZlkK9Mem3RkUzxlt2Q1ASdsrhpBdG/kJ/AzZRi28qqQNXZH2iVUjzTc/z0I/DaVOfw20BZIf7Ve2OrdQNPe9iR6VoG1NjrbB36cztSaCjvB4xCxUKM3zMlBMwt0llW6mSpFIeHkUWf8Ktoo/l1CjeHZcUdpWhy6Zde7NfSBbbxwtzFy571grI3fW88nrEJRf5aG6+lUmibMvZFq0ECaLoroElmqFN0nZrFH6naqF2jJ94PLtKCLZDPf3Sv0/SWokqYJ7LTVdLhsq163i+hDeXKoiJwIvZRQGDzHekGA7e2DQPGa0UGZJ0Jzp5ruEo/EJshi6i0wZqLV9wb6A18zlftGh3st/jM6fSnaj2oIXD5vyY1BIYF1DJbSSfzbv4IJJZpusIpIZ+YMtJuH8Bg+1IJNDe8ddvRp4teyh6qmX8sLbXMl3mkJf/qbJegGeYzdh/rrl/i5NXSdPU82OmYliNFU9m4eJDVdwrzN8K30VVLlPs1WU2ltnqLXSaq35R/DvsDaN5Ue8pM0gLKo0a4S72csuMcEzj1mn39MPB7+NU2szXslryf7UBArgb5cDd1vZ1ewKhpHLX83Ht3sFUaVboqYyaqOW9Ofa+Yrsgp0gtKwPqxU+MuWynM4G0F9bkvdOVwPe3AqFdF5NIHmsKVYR2vzoEqJHWZ3G+Ntrv2yVUfTqKel6RXL9MQmPYFq+OzysjWcWZwftFJUat0uTF+h76C110NFYzyfcdID+VfMlDxhRss0UZGjxsRafWyLp8J+xdqGcY2daSo9KAy+ty7U135IfJjRiMS1H0ooP37E8Zk8gecqLqGOeouPZR96tlTTmo7R3FI8gu8q3c0aJXezwKM/XqIUnKcukq2tnEib8KpM7bJqhJjhH2bs+QGx9zrkO9vt+Z+mPb8k/Bf6yAeH9jxaYW6spY3/f9uCx3OM9f4yjadjWDnlLNb+6kfSMtf9/2vXp+Hh327d/0DWPVaDlta9+Wa7db/duv/vtu4PKR/j4nf891Gw3cbfbuNvt/H/W218w+E9eCuqLCYDz0QPcnV0WrPDAjeCveL7sMFGypU/Jivslhzx1axI8t0Y4k3e4a3Wx8GgWF2+UTGvpjvsw/gkA6ux5ckne+75PZ99wMcbo6liRL6iT4KPA+B3jDpNM12NeWMZ+3Qk1eXX0hC6mPEGFRw5aiaL8lUR9fERqZtFC+xPOAJWlw+l46wGk2INxTg9aVXon+m3sHPQy6qOM3jjVJd/mOotLslP0aX587x7PEXzPaNC2rqvfNqco2Iziz7J6Necw7HiKLKmc3oTOYAjaLOsoo8FcvumiU8Dn5baQA0cXxxnzRcTu6vMC/RnwdeNu9baTfkCsa2lGV12n1waKQq/WmOm8HnOWKaGIzm6Jk5XutO5Zd3wmdAxMuMzq3tUSnliLkcB59EDpfOkTwlXZ8bvhyrOyquRhlNW4aeaNpFRsR1tGxXsJtFIyJ9cxWvGizRH3GtPluv4t5sdg8RT9GLeipCJ+vNgjDuWtbKH0hd8zgY2xHDaH+ae5uLvahojx8WwYlTQ+x2iaxr4Xpe+DBQdrDYF+Os22YeuinUXmwNKi/RSXezJtJV+rKMK1+0nrYPE4a6il1gNzOVosebsSGgwgFcasyR7ro+QrNla4hNG/EEiqyYN5mwz0o9wf+P+jlcmjHQz7qEc/RJriro0KkSonURDKUGzOdaULdvEI7M4tpPCPculExxoasGiw9WFNI2/xb54kMiO+VMZRbNataeR4kOBGX2SwPXbVnGKrlAEJayo36MRvaWSk9tCwemcULMVpUQ6YKiVQQGtC5W4UA5iysb2gwKxwYP1II/RYKNE7wwebJSYxatOusNO1FpFLEKAnUQz7NyY8Qw7V0X2WFtzrSJbcw+B9dp8GynIHiSMKinwQPsLYLiq6S8SSLLeoUaXeTufnzg9Z6Qk6MZwfcVuAyYO7I2m/w7md8/mpeJb85TTw+eupIg53MxOPGW5yKIR4buJlCPXWL+10J84a5xSXkOFdjkVaE172bATsld1CTE075PPaC0gsTQBi2XmCDSwluRYzeYO1eUmS4cKjhcI2Mv4dlN4KoCtXO400oWigN7RvcX7tqYlVEbNjIM+wjbIK1Oaoi4ZO1yFdni+PjbztOwz4edQ9AJlOcm7ihQ91vFoYVBWx4pGMqPIaBXm6h9GeKtsex4S7th4x0ifFz6CD+gEN4ubAFohFY5ItHacXvZOkFHdCmmxt4QOEgfQRllNl9vrpFInyEbOPk6QRweJWnraGy7WWHX0R7e77MD7o0HPG2Wxcpqu6lqsFijXo2bvCdt87ua8FRPUcrVqvUJVkJ1eIIDvv8BW6Sq1TN+eGOZ01bNop+RDiQra3a8sOrqosmiYs26HZbqqaHZieeJwOibZxjs6OcwpLMpef1HRMGd+Yrh/T6KCZhRsSur0osThJJK7+7H0Xe3beHsmKXlUcoTrpEe4ItnXP4vc9FN5DySeS+zuo+Q7EoVFw5xl+owkSkNZxyXnJx5vj9JvU/MTlxd11eOTbbz5iU867Zm8L/F04YyCm5PFXir5VN6MAi+9KDGj4GCF+05Nzk8Utp+fWF80P/F0e9yxrgil/LLd0GSpeCXxYHKAPz/hp71ksecnb04uSgzwu+q8tEi+kMxPn9B+UWI17ZRcpjvHhjlvFs1PzArfsExfQet2WJHc3V+afCaBdkHZvxLDnIJ0hfd84vx25rplujk5wjVvdXmyTbKWdkgPcx5KvE0D/ML0K4nZiT8XtUm3Tc9PXEHmjjZePE3Jw7wFcphTpmclUMcjyyq8YU4ivSbxVF4yvcruqtuln8p7NwFU2M5UlF7deXXnpzsm0njuM4mLYy/o9ukq9VDiMG+YMysxN/FossJbmEwXVXgd0vMT2X5q481NXJW8LVGc3reIkj2TsdJFiY7pVxKmpxclXkm8mXgrkUqXpJ9J4A0WJVAn3I+aoLygPcp5PrEkcXmyU3pGQfb70vRBRV31RUXFHiVxx93Jh5N3JHb3d0ma0svSplWGOaPaDfc7p1HO5cnHEjVFps0wWg5IzihYlVgha+mVRDSe3qZhzuhS/NZVv598oGh+YpXMfe6qxDBnRWKV3aGoPnlHokvajNV+fl//yUT2t2KvPP1KYkbB+x7e0tTo3QTqMDfRz70tMbm0XbL1k2vCmhd7i4tQr6isrmlzZ32yr7+BotkxzHmryBHYn4cmFxXtGY79PZNvJuYnMPZzS2jjRSPkoKL3EoNipnc+aXtBsl1yYFEttfHaJc+iYq++NFubWTw37kig7Rcn+vlBelGiwktnem/f5FuJN9vun1yU6Nqun78hOdzv2S57d1f9mhzmFHuj2y9KFHvd0t3TJ5cKLrFjcn6iR/p4y9ThtrZ3JG5LvNk2KrU+OTeBXno8sWfyicQw583E0PbD/U7tFiWGtx/mpNqXt9sxjVZ9JnE3rwHo+WhOH98Od+SOP/PZjMGe6QF+TXvc+3zRuh3+kTPP2nhlGjMLo3t5olxE73BHYpkeVYaaLU+c2m5suytLs6tO9G81rbKnt0un90w+lhijvOSbiQoqLNqU2M3H7J0fzpA2Xpukl5yfGEqXFN2fzJYyvegPMS/Z118uFohmXUEndHkm0Su9U/r36jz1Ll2h6miYg89tvAViZ8J3sS51PI8XiI1WYBd7nyfOTxYnl+laWrdD/5z6dQzH0puJAUn8i7UUK97tCTOWsCqansfq2LrvZtGbiVlUkt45LZIzCvr4vy2tpUWJL5MYrZR8X5+VHOGu22F+0Qll1Vybh2Xv9HP0TGKXNO7DiMHMHpBsTvT1lybaeGdRbsuhFl0zfYR1cVMSI2jPZEH7u5Jo0WismZ5FSZsSy3T7Ln39m5Nm1OaWmDs78fzPdZ80JQckK5JnthvhLkp8aJWmH0vgc+f2ixJd2o9qhxrckeibxlssks8kDkjenRjgP1ZESdQnlRzhvpnYNb0mgbtn0X2Jp/I6t++UNPVdlOiUxJqzWzpa4/AGqMGixM3Jw8luj72sr5+dfXv6qxJntquljsmDkhhNU7ju4cxMYnQVeysTqxJvJNbtYD4vT/xZ/UXNKPhnYpizOjHMQenvJ7Cu5468funHEljJXkn09XdP75mMRv4v2t2c3CN9V/Ly5NWl0RVowz3TZ7VbEra62RVbzvj5iU/a35FI5Y9wi73Z3CabSvqnKTmo3V7p6ClR6fGiYm+A36bd/ESzdZQ2s3B5q9k3o2D3NObQfkXmrWcU7J2+P7G7P5baeF31+3qXNN5nQLhjFBa18SrS2Gf3SLfxfpb+eRrzYlPi7CTe4am8VxK4Z4D/RtEziWLvF+mFRQP81eHo2yccffum70jMT/yrU7v0CHenZFd9Q/tnEvOLBqaLPSrd3W+2ZKlValpzjzRqh7v3S7fxhjn92/0yvX8ao2+Z7l02PwFbZc/kr1rUbZjzZhK1u6BdP9+0HJ59QHo9P/shXjEwxy+w0Q4oYd/05xp7+/xEvP0wp1f7YU5D0Zsi+nVdsq+/TJcWXVr66zRsEYzuP8SGJHf1B6WNRVRLQ5K7+xNLD0z39l/IG5w+KH0K86hs4JNoibqfnmz3u5imTeHpGWfnWN5Lckg64iI5Q8bJ/FXI6No4XRvDXwen4yQt+Fj/qA1f3cHpj6ie7nOu1Ruo2JvJ/9/gnCHvkooekU10uQddWWBApVVP1+oz5Ex9hvyTLkr9Rf9Rx6mLFxOK/qqLUrAI92Ebe0gadcVJYgrnWVamFQ1NMy5Zl9KQ9CFpRUPSh6aLaApNsevC3+NUxdcMSVencao9035FfBnDN4elh6VN5hFO1i5dKhXtqD7xq6lUVLDPVBG0s37l9KJT7cPTY9z1tKO8zzlU2WIqGa/lBVpTHeuU1+sUNdCF2hZD2W92l50KdbH/Tg10PyEuYbOXpYFzL2soT9jiIt1fGj8brkR+nW5xr+KMu5k0URTTxXqGfYk+zV5B1znwAV7nTJTjYuYUtNF+mXMsTrMPksgQulSfKqcyJ4/B88IfjneepCfqy/TU8HQ/SXzMerz4LsqYG0yHWnUEhfHL9WcZb+NIMZlrqrkW+TSFxocnjigGdYWuoKnk0GKxwJljT+WcT0QJD6FIu/4IexfqLuLUwyC29SGk6W/2a1aU54oY0WjrcZqiG9gravJVr+QRdb+j6WIHmvRRS/m0xGqgdwRqVUiBxMn3ASdFk2U1n7ha3v9PRtWPtidb5m7c69OnYrRdQzdYUZ5r9repel/2f6JFUpQSLk1hz9GRast2SoY9NVJEb9dbPOgYDy+8sa9aqCNaC9885MD7jPc7jwaJWlqkzidNr1uvhWpc0/SjQlGDnsA9dx7NseuoUV+tW/pj49y3WY8ssv6KVCPdYDVb0HWulBeJyfISCd/uVeJfUtEQK0V96FSpjX/ZecQZLLKtqdS/6Fl1DZeaYk9gLZ0WvinmAE6Jf3c0LXRwno/TaeJRR9Mw5zEHHrIx8hry2I95ja4iTeNoapgnXZ3x/FcCi8HKb6mcUYMrdreHhn897iCC+YD2KCGuEFU0Rfg0SYwUW4sNVGVyhC/KiRCkSVM3Eszd1ig0XcO+/21FCmZsJVYwSTzHb15B12ozOw4JZ0nku4UHK8rCNt4vnJSRdzmBKsP8S8y58xjPgT7E3VhtRpJNv8/4dKP2N7PKYO7hDUvyiKymz9hvX0kXE6IUr1sYK2gJU1qEdlGMdxF0KeNdTJkNYalN4k5pPBQ17A0+jwo5piboLFmFmL5rfGx32fnMZZa926e7bFPGTG2LQ1q95UyyxdZbY+vvb4utvX0DLVZ11Ey2ME86ij3Se0lXoDYNlOQR+W1axBZf3x5Yk//d1sje+6RYQQ/J6/RqSjFeARysyJsF+yA+9dX1rdZEM6ObaKY2M2kox8ankPH85uatt54JgTQzIZvNHqGP8mmpMtm7KBE4AYPCmQivm4W8ZGSUmKfV0O1a0wsKaKWhmefE6Us6h9aSQdWMlX1og1wsOlpx2iDPCXOk/6L/pG/SJusH+cHopSrOm03wem52DBO7RVZ0Fo8AjMSteo2N3dCwKBbxO0dtJEjbWIkTKk4xVUWTCX64mrCfs6yK0Xt/Tjda8KViTX84RB704jEa5vHoy7TiHJMwE4hrVh22j6IzmBV3MMd/TpXoy0EK3knUZrGDrCVN14poRb1NY+w2ORjnE2gJ2fBzWTWMG6kM0Ui14fiGhSBoP8Y2IMMco7iSpHWt1oQZY+r/EWfbmNqsoOechBgpwDsxiG2BswU804NEKd2ie9h4zpHWevm5aGcLGmfj+UucZtponSJMCxiNTNNHf9K26EJ5MXDwJcToMKJmi3nyGmp24GN8TfQjkkBVLXVOE7fYt9qaXnBupz+ToC8YjbFRmveuoU/FRgs+vF85tljmLOEdoIFHx2o6XlZKFbZFis6j5WKkqA/nTa2soRcdvG0vOVY6NIv9sqjPv5Qt3tI1HEN7yUGucBPdBqY6YYuXnZrwCfX8775Ur2t5nuMpt+hz2HIwFoHZN/+iD7U28ojKU3HTn7Fqto1G29FsWEKNvOMeYQvqF2vmqxBhwm+j7VccQb3Fxc4tlhlb0e+7xwzubI3cI5bmPHVEeveMCeofQxyo+qu9HmiaxepEqekGcbuo5Tl3vjWO5nA02ObRP5j7BbUyDAt5KorBTefcftQibWHUfcmxsGvFOZyx3T9EnSGjcSKzfEBldAfyaDOtlEtsTW3FQ1KQefqX4RpiZq/hv3BYf/lvEhmChpPDzAOs4bb4q0bs6FSZxbzAKjxVXk3DGT02VqQ4f/ovehI9IGZIL5yN5uo4zxrzTFPnXMaHkWIBaftMepF6ZfB2WzJAQPG7hlcGLywP3mhkVzZJTccxxqk2h7VhKJ8tzmHmlNIQ61WVqUslx8kqyDBKNGY4Jc6EBWabemRZJMZnVgnTGqYktMZktsuifUXxqBhJ0djCurElx6eyVjifMbppAb0f7kZ19De2jbFjbGkXm30O12GkfGopq5TH1ERh6v+2MD1gan0HM3egtMu96yyzsp8LC9laaw+hR2Ibv7Jhhqd70ZD0G3KgDXQXRvWrjqb12oz+1xwPWfiM+/Jb2FomS32g1KENhqeYu193gLhcr83MqA4xY9F9WfsdqynWzJ/z2jWFHFkhmmmNvS7UejXz3qxOt2lF5nvYfMgZNH27MIyX7CXqwnpHJaxy3nA8XgFT9HTsnw4iBb9UgiaqRrKs1WFtovOg2VFMzx5A0+zsmoAZNEjh7Z5WEXfqAxoYsUb93XhVH9aD7RRf+eMxrP5DI+aJUfk+szZkI8QVvEctoOFiBJXSAktQZ9HIbz5SbHmuMD03XwOLZ3Ly1jlD0hjz94r7xDpm3wXqAr+jD+7VmKkVFFe9wnF6hnyJ5xNm0ziK6neDFc2r6Oz/DisIZ3dbY8HazImbXQMRlUpRHxVlqzeE7/SqBJPHZjLntkSEEc7EZLMokCyXR2v951QOdiDCgZg9WYX4A/Ck1NFHVoqeokGxki6aPomlaB9RQBcy404VDQm5QLJsIjWMIBnBPCEmalsne3qamUL2stsKIK4LBHCwiyxFe2WYkW7Jr2NETxnFxXqJMiL8ScCZwS15PTR9LIHuQ8R+V9oc4vlM1u9LGSYPk/M7SBlGkecZqX2VNYn5ORDpj7J+EWPEv8/zb7fTEWmjh10iUtRG5PEzh1NHN0HN5AlH9KApwmRYA6sRRZOLxWJtWEaQn+zSQOooUqJEaOokNP0mnaJ+NCaDWcy+YZx+J1JhlrPLcUPTrk7IGLVMGHUERxxnt4uV0tXl08qx14Jx4TPvz/Jz7wtP01VC04edPinZWaHkR+lZCRVvKHhH8XODY8ktRVFfr4zZVBZJvOPDlqYJIQri6++qyzk13i3idCU/dzWfVlezTRinYZamEWlTwgLqIIzFWUq29bzW3Eb7xT7s5JAZxYWiD7URo8OxXcbP9sOxfYG1lhby+BbC1t3EesfMs3jIxrJe7iv2F7k43TPpcSC4pGCM7oP6eutu604rRQajG6cHdRGtYp4aPAE22PVOW+pCNcIP+VQqmNGjjubTx3Id9WC+lk0ynvkV125wPnbwVCEN3neQGCwe1UD4NtOjupZPPLkI37TVTIO+sr5/YaHv6vgMsUPs77yOf+KkQsww0NG7iAuZb2K5MPbwozprDyOaPcdZJ0/TpfQzK06fOppwtU/S1lRBnzmGQSZF3diKXu9o2uDMF0U0zD5QVtAcdbSQMUWj1UiBsb5IG1Yn3tXVWkJ9ugm8XzdxsW0wFmZOKp6bCZEUu4SzzXgCulBVuIIBeWELU1Jk6fj0rE7xDtpMB0iD0oCyOuZ1Li4X17QXLdEZxaLlDDIern5Uyni0MladBwNHF8KbNOlcxh0nxIdELCnQs39Oa9rDel5jThjmjt3CXRRY4kBgbm8bz+HQsbbKQXNU0V1yia6lZj3MXicekRPEuTHgrSZQkhqkOVPF6W6aSWeLQgLv+gRSKCkcGXsyR8tGnQqZRzCuDR8esI/m/rsZldpMS22s7idoVzxBj1MhrSFNEQLjX9qnDzXeF3uG8dMBGxWdKLO+52ivHc/8EaPthRkb03wfZejgb8NAcn+Hkem+eUemj0rv6Li0indfeORWbXW3OSrE+pxsR3bqufIEWS2wp/xcmHuNbyQV+qILaVS6vmR0ur5kVHoDjU5voFHpo9Oj00enK9P1JZXpDVSZPibdVVemj0035B+Xri85Lr2Bjk9voBPSG+jE9I6OohPTN7pj0vUlY9Ib6KR0fcnJ6fqS36brS05J15ecmq4vMeMz8k0W0txUNT3b5sj0xRon8ugvw+wx0q23o28OT8/VOFfdq+P0Ea9OaN8F1N323KvJfBcPmbpglU2W0TOqaG9bUu5dTbFn+e8TmesL1+AOj/nrYCdHHIH7uLDVlVXIrWNqOCRTt2Pycutm1mdc3VmCiwdneXz/38PHEWEUFdl8xZaY2O+CT8QINyoJlYzDHhueifYQG0U3p6+Oqc6uYBsBs3Fs+lnqKo0duF6AmcHU9KaY5RXQzwXyNLaNbTyZ95urrG+PbMy+byxEVPYW078RDxzhgGF9Fdk11BojDCwmhToDLvOYoC8j7Y84dVKbeDTCjyDYq2a0lOIUyKF8Z4zy825SdXRbh01UkFfIzzdnSaD8G/ikiWsjzjpkKI22DWItP+98K6ChtNYW9Gxn2MSGpyxOpycfdHBCmEHwASja0UYc5SgxjjGrK5ndEXa8ovdotRhnwyvSgVsoxXe7Yd3Ms6OzEZ5qatWyNqh1Pl0rjxXgCnhDeuSrlY7TAjsd9V7LPBOHV41VYS5LPQ3gOjg8f9EzyB8z17zQQdN7din1FvuyhtTfumg61I98JQ73jGmVKTRWjUsbdCnGZYmSjMQdacfptPRbIklHka804/+K7DgNF28zExpyLhWXA7vEvDHqvpuqSZ+efrfEqDosYFz1JnrXXkWK9raK7Iih6OpWSPL+4kyqp1/qb8cBBM0N02Jn2K2Zf75uJenxNbM9TuPTWZzeA27Ee3pGepT8rbObNT7dm31O8B6cKifLhbGFWnCkDXl+vELSBro1NsE9I32YMnO7kWdOIx1kIyNqEJe8hJmfxlPczue37eacy/cje/K3so48B3/hTIfsFKA9lSXoVllF1QXYi/szb9aNFvhmzXMVrRVDMk/O50jqufJJStIor5SjglfQZMmZreGzr5FgtoyHaz5KMR6TcZx9aDhYDYfXFyLKNlMWap+9S1lFqoaZn5Chgjuh5oE3hSfpPt7pc/NMXGWYxc63HFrnCPbDeHwfdozbRKM0rT0+nX0X7PhnpMe4wH4OiplxqTgnM2FJMu3k0/Vuqdib9srTtI/cQxilmUUyzq0dz+AkK4TP2H9zV57waTXV0G0Cf+P3MdaVjrEI1rCPxqYogqgQxcuDyt3CENdozvDjyeYTelt1pwA/JCKFo+wUzaQraLQdpwP5FLMJGim0jj7n8zt+4bxZ6i7GUQGPkzPTmi5X2aftwWf1h3kGj6ez0tH3Dn+Hupqamh6pkE0Zv3ql17IOM5lRaz9SdAWXAd95dTh2wFrcKHPHLFp5RTj7Y1w+rFywuuFzHfkcq6zIrGNxGm2Xygqa7a6j3jGcy8zdkafTjF2POtnVtJlPcfjLRDdN6YY19V7O6bpFmW8NTy688HfHVgviazASdxPod3DmnZGuTY+x4AlbEbbMQqqhtxRW/d+757nRqDGnOTNHsKIOCNnextg11MheoZPsxq1kqhwVKs58k62S9R3EaQcReQ/wtHy2uPB5gF1hx+kEG9yev7B/bmvaxz47/f/auxdoO6v6QOD7+87jnnPvSYzEDJDce3MCuNExEalSlCVdU1hdroU0I6umnc4SHzNjp1bWAiEzpYjyyBUQQUAIkQJa660BBIEggoba0kGKdURUZEqUilCE0SEdrY7IjGS693fOvTc3D24ehDx+P1bIzbnnfOd77G9/+/nf6fcp2laVZywdfXt7RTh59Iz4/lhFMjt5tBHOjLPDT4pGL5df25sZkWJ9vT9OjuWoyhkpXaX1q64Ks0dWtV5XS6Xrp8NgWN79WPf48gNxeffJ4v3dd81+OpzdTv9+1+zza3/UGcs56fLuim7q7Xks37spCmxRpLUW5+XfzMqR4F5bfi/3sKXocEual9fO7LZGPtD9YPf0cFb3g/Gs+JHRi0bP7p7TLVpnx3PiuXHFv5RUx+KHYiNUn/9k3nJRLCjn5BmZxxdvHUrxm/8ol4LTvKXji6GJ354anii+U2vm3zxd/rwzlHOmTnFF0QwHdFrhdfl6phbIs/L8l3QVhsMvBl9SHBWeaTTC4cWc/L1vLo8tL84tvhcdfORAIxxbrj7w0noVEzjNzFjevSgcEZaGVzXT8afeuSPyjKzvFel8ndtdUV8wcny5otuu31Oe3R4Ly7sXbPFMXbCFMzXWHRn54+7p3T/pfqh7/0vP66Ytn9/9QfPe8vjygu7aMH9kLGxpmx/ewjb3G7mw+5HuRd2Lux/tXtK9tPuSkTkjY93Luv2jvaA8cqB/ZA8U1ZGlfCt998e6a8O65vHlh7sr6veWY1MiilcrbKbtzwnfyM+148J/bAyH15aXd6/onje6sntl94PdVd33jT644OPdq7pze2ltTngqr+U3N3+2Ee4eeqJzW7OaR9S/j6qWvv4dNNyfUzHtM79R7+aa8fSyfuqPSNEF+q1A1fdurnRelUU3nkd0Sa8v/kfNyflEVT30uHB1rR/hsIqEWEUivLbxfDEKLwlV2akqm7yk3QzXNhaHoVw6SjEOH5l2ZA8VN+bvbYRlrX6JoyopLQvLyyJc1k5H9a76+2oLw8LiryYiKlbRI1M/xp3tKoLiA0UVUXHyPv9mrxRdXYVN59tNPfeTeddX69U85qkr1L2q2QyP9uaXTJaWJufabdssu5len/YMrs6ujT/5fNc25UDnxTk5amg7RxVfHm4uN4T/VE+tJf2W0jQz6pmh0xpPFanluln/w4F54dRwWZ6bmfbuWwen+tGq/D0nteaFH/au47/NT6PzYzUb6aXhnpAiVh+Q282fyPMuJqNSzw+H51UtNvd02jgy9flx8orO77UKp/bhKuZ0um6p9esVoRpr88p8jSev67X16fXo1KKVYuunq3x+nB5j+vUTbcbpPLymeO3gcJhdTM7wG8ijOabXKKvUkVJAer6tLKpawT9vMr+0H7c99fk3wlXF3LzW5MXdC2IjPH7wTSNrJ+ZxDuWZnJfV+jHDZ+cWoCpu6NRPbCkCedVX8XDvLhraaE5YdZb790/aVjNva7KfYP/i0LBxL0EVBSC1+E1tqXhNaIblU+6V1290po+cdq+lu+yoXp1lx9ZIbOSxbecMViW59Lmdt2piKxwbFpVvG7gnpHghPy6f7BwRyl7k0VZ42yGp5FLFzB0OJ7Wa+epf3Ivh+pbOh+OVoRq/enGoVpocrafvr47lqe6FMcX9/UhcFi6K/X6Jat7f0Tl1XHvwPS9thLsOqTVS+l3aSa8d3k5rwPTjpj7aqzP3Z5mm8z1cnFSmfsZ353rbifVVYaQxmRfdVrWdhIvj4e2xUK1a+QfzN65BTs+t3hFWhCcGjitSROq1h7xlsGrNaeRt/Din53TmZnee/4nTzuW9qXlSv149fYzv3CntLWku5RlhrJfr/vFAqtN/OLfnnJjXRa5qS2n7/c9U1/aVtYfLRnguPFmMhXcOpj1aWawLi8t/03pjY11nVc5xv1W7r/OjTtU+O5RH/VwQjixWFj8vfjZ09sE/LX5cfrdzQuif74Gc35e51Ntbyzo8nmtC6Wi+WJ8++/fGsroujRnOOa96+lKbwUfj1Fncl9Xe1Czy9ja+9w8P59Z+OZje/dFYzQxNcTaeaTTD2NDwlO+fWj+YbFuY+iTrz+xOKefEeqqpF8Vt4ZJ4e6633BHuGEztbf3Y0M3wq+ZQeFmR2h+rudDPNJYMNkNtOJ3F68KVzVQvuqd4uNUMaZzNYUWZIxzdXasPnxPOyO06i8qU+ovWpfGSON65LF4S39NOaXROHtUyHI6qf7rZr+0VxYnFZE/+x2L/9XTWLgmX9/6dzuiCkZM6zy5Y2jyis/WjS+lmUfl/FqwIv1zQCMPFMbNfPr/63LMLxub93wWN8IbB4fx6uuN+rf2K4itD9w6luSvnN6szu3xwcTg2nNbIY69yf8Vrp4w3Oy63yT/YTOlmMLyn1giry7QqzWHF58pl4dkDvz/w++1XF7+b66GtPIq3mLKXZ4YPhEaed5xW8B0uLg03lovK/9xK7dHzwuHhfc3hcGyeA59i9Q/34tw/2Lyt99PtvZzi5wtemOv3huLodmqxuyL+Wdm/N/otrKtCP/9+R3hmqBEOqFXvnqyfblvutbVy1MY500zyn6FwbeOE3NrRCNe03jxlm+k5e0bjqlCt+XpiccvwQ0URDlnw3mnrvp7aqNaLbYfTUtvt6Mq4rZG+j88tfHfmO/r4/L3HhGb463BJbglo5halKl/cOJ+cjA+eerB2NEZ4M+xu645PzT2b2xm1ozWtDDSZ5qfG4pjairp4yj715/2WU8okV4Tp0ednEnN+6n6sCK9rXBm391qlz+7Ydfr4ATv3Og2Fq2vNsCqm+ny/ZvrxOCccVVwV3z0/rfQzFv4ktMJJZWrfn95W9UBRXZXZ4Vv56DctjaY1tV9a/mkswsLB9Iyu57JTI6wKP+s8Vk+xAVu5/fG5sCI8Gh4o0hX9QRhoNMId4fK8jsUnyq+EXzWujn8zsr4+N3TmXZzniK+vH1GsKcd6LdzrmtfELzXWh2vj0WH18Cfi6uFPxtXDfxZXDz954Oisg0bHRj4V/zx+Oq4Pn47j8S/ynyXtz8Tx+Jm4pL06jsfVcUn7ujger4tL2tfH8Xh9XNK+IY7HG+KS9mfjePxsXNK+MY7HG+OS9k1xPN4Ul7Q/F8fj5+KS9s1xPN4cl7RvibfE8Xhr/rOkvSbeFsdGPh/Xh8/H8Xh7XB9uj2MjX4jj8QtxSfuOuD7cEcfjnXF9uDOOxy/G9eGLcTx+Ka4PX4pjI2vj+rA2jse74vpwVxwb+cvYymuN/FO9Ee7q3UnzwyMT4woHwwVDjdrLcsnpn/I1f7aYE/ZrXFSr6p2NnBdVI3yeLdLa8+mVhzvzJtp4q1aESyc++7LwxjAcflKkFaNeUzwSzszxsc4rhnv/Sj3Yk63pX45/FU/PK3VU5e124/HyawenqI6N/Gq6A9JaIXkUVjkWrq7fFeaF1UPp22I9jYlZlfvs31CkvavutVQWb4YfFumZ1+8BPLCb9qzM7a9pL//X4CvyqNTZxZs6K4uU2uZ2rs6173QU/bb3pe0qp320/K2BueHUoW+HVvmL4qc5lslfx/X1Obnf/nfbp8SjwzvL/h2fRkFXefTpuUX15DAY3hgaed/2zzE0WrkFdyzcWjbCgfVUAr8j3Fm8L5crh3t5XnrlimJFL7LJp8Kby2tynpe22o/MMThRI6tandMzOtWpqne9rbemVLVXa5v9lqr0uxRrYXCLta5+vfSqsHHdK92JPyuWTcQxSREzHirGR+eF5eGwWtreJ4bnhhPC6k5KJaOzqhbwrxepxHXqxKeqHKYZrgj75/GGaezJwcV9oRG+l5/dfzG6ce56eS3lrqeHrdfptvSuzdfqtraq+6mNWbkEfnqoepnnhc/nrVTbf9NorF1Rn/r8T+9Jo52OHej3WfRbsY8IXwi3TdlWOvOpXPb5PD7lC73exJmtCXJYcflOeOZfvhs+86se3jQ67tK8Cs7d8W/if4v3xPe0V/XOUJVy+7Wt48OPiofLVrF/TiOpp/nSifpjqutV7x7N7VdLe30LKW7TV3L9aEMuWaWaQ4q/ck5RnYnPjDbDvfH1jdSike6i6i5NKfCTrcNmpbvxiXBD0Qh31ifvln7bxHdbbxmcE/48t2Sl3GJu+Nt4TXtFuPWQ6vsfLueGU3JucXP5QFEdUSNsqFVnpzqqZeEP8hU8JlxYmxPub83Nfy/vXaevd3LLWy4NpvbjlCesr5ehn4dNxmtK+fNdOXbse8OsvH7RJ2vP5ZbC1LeXZmksC2uKx/Pct4tqqzvNMFn77te9q/NX9cwsnZhnW/aOvx/rauo4kf5ZTini7aEfs+rVjUb4fwdfW++n4c2Pa6pa1ufl8Wv/szmZAjfk1vXhkKIVpbLB12tppms/Fd1xyJOdk+v3D6Qjr87gW8P/zmmjitZ1f62K1tXKY7qrPs6j8wjooV6P3yHlsnBfbIavxr+LJw39qPPWsK6T3p3aWZcNfi3+9/j1eEwe0d3OfQIX1u6P34i/s9WRJI2JNr9+mfCBuDCkvoxWeCRUbQSLw8Xld/KdkXLfyXO8eOLVK3NLUbs3DyvVb1JL9nO5DTP9XI0gSTWZak2n9eV/DSnXfXU9la6ey/2hKYrufcW/zuNk0m9S2+6GDU+Xr6z9fWdZ+GWxvEzv/fcvL3q/L0KVOp6dVfWItsLyck74/kCVpofzfLLJn54uTy5/s3lMc02xIqw5aFVv5MUvi2pLVUktbb9qW1r58qcXVivqtKuYZBOtFFULRb+Ev7kWig3hytQzEFuNpWHByIntFeFb8dvxwTi/cUL4TnwoLg3ptTNG/0ds5bjAfx8Xh8PDQ52VxcNxce9++snQujgv3N9K0RTTp4v8lB8dPCGcNLKyWNc5JTzwr9JZ+NrC3xuczOsfKFYW7xxaHs6r/7QowkGDvdynfOfQkXlU7C+KamTEUPhmuH6/6/e7r0hbGAy/Xl8Xn8yt+l9upVHsK4sDX/IfirnhU813119VS3Eaf7/4STh0+LnO3HBI7cut78Z14YiBIvzjwNxw6PB+5YcOaoTvxc2NNVkY9q9vOtZkcqRJNZ60SqvX5fnWtzR+r1ezvT2cll//jXoVue6V4YPFrJzTbVwTH+iNCEvztVLuNDUtV/lAYyId3FA8EtMsuZS6z21V5fHH8rWr7ukN4cLa3fFLjX+I/xC/H29tvqe9aWS8Te+e7RuFVX17lXpmhW5+Dqb8Je1rGsea+uP6vQ1DxXC4L3w1/F0eR3t+WJE/Xa1Bd219chz55EibbzQPG6yefkfkUfON/LSsxmE+Gn8QH4szX61s/83WHas+0ctr1RjG9Nup5ZiiOKKoZhqlT2+9JXvyvZsv+aT5XtWslzc30liLTdsz5oanuoe303ENhoW168Khrd9ZlEYiPBqf6v5a57pWK9yZ4hr31lZN7Vp/WX8wz3L426HX175cT+Wdp7qPx0ZI/0/bOWirI59SOWdx/s7B/POhrVPqk983+d5qdG3a5pri9rA2/5T24o6wpuhvZ7i39+nPf6l3w9GdUydi8Z6WW6/m5lm/abRGNSdjOP98UZE+kSLm7Zdb399eS2OK/12xovfbVDpJ6ab6TCrd/HZxVvPUKTX8wXBikdJdepKdNKsZnmmMhYvzvpR57ddGSPney9rVZ1IdKW0vnbWzwtJ8je4eOCO/v1ortv++xeEPBxYPbuiGRcWiclFtUXpnfdGl4beLXzWnjttIPSntfLU/WrZ7q3Ef9S9l+LTG4nXh0vqrau3eSI3H8h2yIZdRB/Nr1ZNmpHFlr49iLPxj7Je2qrvt8fpYOKXZCAOdVMb9ZqfqaZkbxuNT9TlhoFataPh40Y+G+Xhx0+hvNtOIuseLH9b7ff4DjTVlGnFWfd+sMLvTDLPCkeWvD6RY0f3Z/G+aNnZw6tjPqXM8+mW36S04W2pbnB8WFqlMsqV+ke3vo0112uNCv6d2zjb0z26ud/aRsHPXPtz+vq8NG7Zt3cING3a0hrJhw+5XP6nWnjinXkXz2/aR/ufU01qjR4dz65O/SeW9MwfWlHcVKU7HwXkt4WPqRV59dcuzAQ4Izdw2ubUZAdeUkzMCqvv9jXmE9s+LlN7zHOYpMwEn22LmhW45GWP7HXk8RrWvzVzPOLNWxaHv5yHb3qY3teVnMHyiOKn+1hwZ/p/L/nnp/zaVJ9P3fDssD0/lMmi1V7c1rxu4fuCGgc8O3Dhw08DnBm4euGXg1oEdO8r7it3hKN+bn3hfKVJKqcaFPd/xXDOwpSP60+bmjyhtdfuPqP99Wzqm/u+ro3pdbWdeuy0f6wtz9bbtWDd3BWdyVPfu4jR57/OkynufJ12GrShn/CIAbDuPFAAAAABgxxW7QlnseyQtgH3hCeeJAcBmlXvfHu+8Q/I4VAxSNtpHM79dnM+8qBn7LjzWF/Zi7sgVNbhxr82mtekCAMpYKAcCAOx75VnXCAAAAAAAAAAAAAAAZsrETVNSAQAAAAD69rX1Acs9d7XCGV/TcsYvbjVhuDkAAACAncwYP+MFgX3+QeAcAAAAsE8qp/295XfMaDPb92kAgD2Lzlg2kx5etLKvIjf7VK67U++Pcsb3kfsMYA94SOysktROmQELL8Zd4FTskrP9on11uZPeXmpiAGBPoiAOAAAAAAAAAAAAAAAAAAC80MqJ/+3EKc7lC7CPO7TZctccQPliXsQ9ePvTvsxcewAAAAAAAAAAAAAAAGDPU5of5SQCAAAAAAAAAAAAAAAAAACwDzNd3uUCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgB1XsDuTQAGAPang5hoBAAAAAAAAAAAAAAAAsFsRtsDMRABAwUzJBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2SNZ3EeQdAEApVDEMAAAAAAAAAAAA2KuZo2PkKgCwFxahXCMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgK0rQ+kkAAAAAAAAAAAAALCXKXv/AQAAqBEBm7lN9pivdy+DfAW2JbFJishF1b4AAABUhwAAAAAAAAAAAAAAAAAAAAAA2A2V0/7e8jtmtJnt+/R27C8AAAAAAACwz9jTujUBAAAAAAAAANgFDPoAAAAAANgB5ab/0O4KAAAAAAAAAAAAAAAAAAAAAMBMlJv8ALtNqgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYM9W7AJl7w9bP0dTSZkAAAAbK0O5uRe38N4w4/cCvOjZ24vxUQDYx5+iAOBR6RkLAAAAAAAAAAAAAAAAwHYzEw0AAAAAANhTWTRxZ5KeAADYTZV7wXcbpAXwImWa5e61OwAAAAAAAAAAAAAAAAAAAAAAAMBUon0BAAAAAAAAAAAAAAAAALB7MQMWSdvdA1I/AAAAAAAAALzgdLcDyCkBAACAPVo57e8tv2NGm9m+TwMAAID6ufo5AAAAqpAA7FEPo91zBzzKAAAAAAAAAGATutMBAAAAAAAAAAAAAGA3UNpjQAYGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8GKxQiMAeMoCAAAAAAAAwEbK3eMby529O+XGP5Y7Y2vltu9tObOdMPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYOeyjjwAoGwDAAAAAAAAAADAvsZ4MwAAAFCfBgAAADap9pfP+44ZbWb7Pr3zD2ePvQ6AmwQAAAAAAAAAAAAAAAAAAAAAAAAAAIBdZi8L1Q0AAKjhAAAAAADsVbR87hkXyXUCAAAAAAAAAAAAAACA3ZTJPwAAAAAAAAAAAAAAAMBewWQpYMYZQ7m9H3yBFH272fkrNrUXpY69++im+P8=",
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
    key: "7\u00000otFzCKSczY2c3iteKU/ZYM0MmFm3GtfT7estN44Kks=",
    entries: {
        "+3S59ZJHJRBaBxKmhK4BNEAskYMblYJSTRgDKvFwnnw=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221], ["BSD-3-Clause", 1, 238, 450]], []],
        "/RsHvl9PlJJrbqTfOUOwWrkMGh87Gj1XSuerWLylj/8=": ["Unlicense", [["Unlicense", 1, 0, 199]], []],
        "/Ubo4gIIMVvU3t4V/bg8Xv4U23TeBrszUQE0iUUi0jo=": ["BSD-3-Clause", [["BSD-3-Clause", 0.975609756097561, 0, 211]], []],
        "/VUT1n6bUUrrUMqbTC7LlnljBXpKT3BMMIe66/wSG70=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 4, 214]], []],
        "/Y7v2m3v+pFMRawJj23uZqP/Oj7e0OdWp+M5HoQSw68=": ["GPL-3.0-only", [["GPL-3.0-only", 0.9988479262672811, 0, 5646]], []],
        "/kVp9s5mGTrRz4ErPCu8HYfg340jpZhpq6e54XBxxKw=": ["AGPL-3.0-or-later", [["AGPL-3.0-or-later", 1, 1, 107]], []],
        "/mDp5jPqN+6hVPn20bA7qhvAGR72ANGGtR7/fWZ/Br0=": ["BSD-3-Clause AND LicenseRef-unknown", [["BSD-3-Clause", 1, 0, 212]], [[213, 347]]],
        "/uNcIybyeq3EqUq+kS+oDL3yoJkBhG06TJ0czKWOgBw=": ["EUPL-1.2", [["EUPL-1.2", 1, 0, 2227]], []],
        "/x4bzBoKQjKyUQtpKQErorg+erJ2V2dh/Z9v8y1JBYM=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "01FghDAHMo41f0CRurnU7OdWcshRYMiSEEy5cRWsag0=": ["JSON", [["JSON", 1, 0, 171]], []],
        "0J4xdmbL+B4vYrOtFD6NxpI3J1b6I3vF53GfKfynqCc=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9897959183673469, 12, 214]], []],
        "14ICLsWUlrLXxrBTfq4VR+BQpk4qSohd7/A2gM7kIDY=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 205]], []],
        "1KZBywUJA5Uf+HSbA+ZbPrElN0H2nOrHGsOBCm+6rkM=": ["MIT AND Apache-2.0", [["MIT", 1, 94, 256]], []],
        "1U5+zDJh9gljy7Cd9xhuH88H5lNPKbSulnVU09uYZBs=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "1dDS9gDBWZwsqSYBk+to0qBDIZRWWDl40V2IbGGK5B4=": ["BSL-1.0", [["BSL-1.0", 1, 0, 212]], []],
        "1dT18s+fN7FGRWZkvlZ9KSMG0UOMWFJZnVJXIzGKGak=": ["BUSL-1.1", [["BUSL-1.1", 1, 0, 334]], []],
        "1peYbvZxDXEq2ZAAeq+hqTSWhj+xsvVJOOmOfYTs+GI=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 0, 212]], []],
        "29UEtDA6JhxVBQAtjTqIzIbDaScESbs2XYDHVKY1x1M=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 20, 232]], []],
        "2TWWKKVC1Wk4zoUgW7vB90hsqw9D0f+WlpZL1AIGTzc=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 4, 187]], []],
        "2aQ+jTcZ3PXN9glZU6WxA05m/jjB365jX4vU8EAgTZY=": ["AGPL-3.0-only", [["AGPL-3.0-only", 1, 0, 5170]], []],
        "36gaWCStWnJrBlfI95+cqckQJdR1vG4jj86PMZHF5qY=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "3CI+XKuOaXmIrxTF3o59tnasrk3as/4DBlsX23MeUCE=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 24, 237]], []],
        "4TFI1v+KlGnlNeQxZTPZBEvqne4pIN17D6JvM8wFn7U=": ["MIT AND Apache-2.0", [["MIT", 1, 21, 184]], []],
        "4Vwp9NM+IIMD7tX2iRJgrAZPKbJp3xrooAgaRJAOGDg=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "5+GscAOQr7Vl9IQs8f96U8hAsVDC1WRLPlufQZRpzAs=": ["MIT AND Apache-2.0", [["MIT", 1, 59, 222], ["Apache-2.0", 1, 284, 1869]], []],
        "5CDMoRqCQXOzh/Ji5vDS5jA2v6CgBbzqaRl9KUZvUAE=": ["MIT", [["MIT", 1, 19, 181]], []],
        "5CiZHPNBOCFoaAoDckrZVxlLsgPzw1sDV32gb2jgpnA=": ["Unicode-DFS-2016", [["Unicode-DFS-2016", 1, 0, 432]], []],
        "5DPDY4kQ6mcI0M22RAp44HrYdX6bM+X2t8CKigRRcBI=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 47, 253]], []],
        "5UMG4nZhQj79WMp8HflI8UjdNanliQ9DkmqnD8Cu3GQ=": ["MIT OR Apache-2.0", [["MIT", 1, 13, 177], ["Apache-2.0", 1, 178, 261]], []],
        "5khFaV0K+awuRR8sMP5X1FOeWveepXcEvvA7Kb0ZTK0=": ["MIT", [["MIT", 1, 0, 164]], []],
        "5uYNIDfv5YhB1pizQaYJ2Kc47/zqrbEqxyHlT44L99s=": ["Unlicense", [["Unlicense", 1, 0, 190]], []],
        "6IajO4XqAsPoWxFFrxG5z+vXig0/YmIbAiw2/XjXL3A=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9951219512195122, 0, 211]], []],
        "6Jq6f++Y5DoQBoIdpX3K6UD/TYQwzOJEb0TmPIzdIgY=": ["CC-BY-4.0", [["CC-BY-4.0", 0.9994977398292315, 0, 2562]], []],
        "6T5AO1+8GfjqMRyxLKB5N54tgQVW0RbHFVtyW6TlWG0=": ["LGPL-2.1-only", [["LGPL-2.1-only", 1, 0, 4034]], []],
        "6lSw3JdGgyOk4Qx5kn3C0rK1J53VSosxd2eQc9UTG6U=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "7WPOu0Yhd2KObAkkmHi4g5GpNrRuOORX4DBJvrEElmQ=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183]], []],
        "7Xa5Vy8eu2kB59/yyAbKMY58GnmR4VoVlB3k0ySpIEU=": ["JSON", [["JSON", 1, 0, 173]], []],
        "7a/4OVzW6vAQ6yibo47aslM+I1jQr1hKU27gNbEj2ZA=": ["FSFAP-no-warranty-disclaimer AND LicenseRef-unknown", [["FSFAP-no-warranty-disclaimer", 1, 576, 601]], [[0, 575]]],
        "85GarELEGViffSWy4uS+pGW/QlJ0rj1+1KlO3V19j8s=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "8C44zoeKw1qjbe9YE57THaPu9MnpwatLN1GHXSCdIfk=": ["MIT-0", [["MIT-0", 1, 0, 140]], []],
        "8NAjX12TXSzjDxVOXArEGzTCTKtVnuXoeVMQpAQ/Z4c=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "8RLv31zs6zESQCQQwVoFXAcxqKYcfDxFileTUZSZ6kk=": ["MIT", [["MIT", 0.9938650306748467, 0, 164]], []],
        "8XL5Cokthp1dhA1fQ2MhipshvbG9OSW6nHUtFmATT+4=": ["ISC", [["ISC", 1, 0, 113]], []],
        "8vRGO5u/mwWKbqW45wNPoqS8zD7tR2AMreLSUOcTUN0=": ["Bitstream-Vera AND LicenseRef-unknown", [["Bitstream-Vera", 1, 32, 391]], [[392, 746]]],
        "9TQZGwqqXJSdm/dVZPo2NRtW1236FqdeB8w9mEPYZf0=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 4, 217]], []],
        "9y0X4T9Prx7UaQyDbrCDYL2ICTI+hnUnxVMw12oFhFo=": ["CC-BY-SA-4.0", [["CC-BY-SA-4.0", 0.9995435874030123, 0, 2744]], []],
        "AIdteVi37k4ESo3f3aQ3qpTmUVkrdM0rsnucwONA54s=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183]], []],
        "AUXjAexPFAEMEHSSFPt1TarXqEEhXvSGkO79pxKfR5A=": ["BSD-3-Clause AND CC-BY-3.0", [["BSD-3-Clause", 1, 0, 211], ["BSD-3-Clause", 1, 230, 442]], []],
        "BSgySg+Q/ORqtkomEA0XMzrE/50SRkOUCPbPWpbziLs=": ["GPL-2.0-only", [["GPL-2.0-only", 0.9975816203143894, 0, 2939]], []],
        "CqvI4b2dFwFA3cmYRf+p+cjcUIZkh2FCTjuFswHEQkw=": ["MIT", [["MIT", 1, 21, 185]], []],
        "Cr7BYvGoJ+1kpkSYc6Kc5LcqXVpikbAnvYeWgjmQv14=": ["Apache-2.0", [["Apache-2.0", 0.9880952380952381, 34, 117]], []],
        "DG2uw5FHoL/V9IWlqZP2kept7xo2z1kRShh98/Vs8nE=": ["BSD-3-Clause AND CC-BY-4.0", [["BSD-3-Clause", 1, 0, 212], ["CC-BY-4.0", 0.9994977398292315, 229, 2225]], []],
        "DPIb39GWSpeoYV4ShTSEWCavvIh+3JWqXJJcv2Q4a1w=": ["MIT", [["MIT", 1, 0, 162]], []],
        "EWxEfkXcbDL6rhKebV3xe2tm+K63IoqChMaAfEjz4Ck=": ["BlueOak-1.0.0", [["BlueOak-1.0.0", 1, 0, 248]], []],
        "EXTpEXFOLA7BBiWN5SPnOGVrOaxN5y1LU9JxgVc0nLg=": ["MIT AND LicenseRef-unknown", [["MIT", 1, 0, 162]], [[163, 191]]],
        "EYguFVzdPdSZZ4t2nN33TDNA4/5WHPHUjxehxSdVp5k=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211]], []],
        "EYwTBwTargy0MyuiX6Qm1CW4Qsae6z2IfFHm+3HG3Vo=": ["BUSL-1.1", [["BUSL-1.1", 1, 329, 667]], []],
        "Er22baqZOxdAdBZv7DNmKB1xOO09Adcw0SfjpFdIQjY=": ["BSD-2-Clause AND BSD-3-Clause", [["BSD-2-Clause", 1, 22, 205], ["BSD-3-Clause", 1, 231, 443]], []],
        "F+b4nHGfweMwZDnvPUfv0VpiWE1HNSSubV+4tlzVBdE=": ["MIT", [["MIT", 1, 3, 166], ["MIT", 1, 182, 345]], []],
        "FbFkJ05O70JXIe0gmJTbHo0rf8vB3mqcQyMUeydFvlQ=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 1, 213]], []],
        "FnNZnCWqKUd/c7pnbFcWqo2Ze6Hv6egnwm3mq8rc4b0=": ["BSD-3-Clause AND dtoa AND BSD-2-Clause", [["BSD-3-Clause", 1, 0, 212], ["dtoa", 0.9313725490196079, 262, 359], ["BSD-2-Clause", 1, 398, 577]], []],
        "FzOF8f9wrKmdzTk/kv9XzGkjMqrS+rhCHRDnsgISGZU=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 7, 219]], []],
        "G++yDgTwom+JqjhGP49sBaoTBnmYNkBxd/kgbV0ZMsk=": ["BSD-2-Clause AND ISC", [["BSD-2-Clause", 1, 0, 183], ["ISC", 0.9907407407407407, 186, 296]], []],
        "GP3Fv+gluHMWqRpk+9tpBUZkkCTq9lwwy8y5Iwq+uF8=": ["BSD-3-Clause AND LicenseRef-unknown", [["BSD-3-Clause", 1, 0, 211]], [[212, 242]]],
        "GapLixcOwnRn7gBclWoVLuAzK9JDMhiT10ZeDc7mGow=": ["Apache-2.0 AND BSD-3-Clause", [["Apache-2.0", 1, 0, 1585], ["BSD-3-Clause", 1, 1586, 1798]], []],
        "GsK031aNDdsufUCf8TJMykJcWYrBhSnp0FTQrMc1MkU=": ["X11", [["X11", 1, 0, 206]], []],
        "H52+zMzQiAxDmQNndYhktosQsj8+vk9vHdArkyH/KkE=": ["BSD-4-Clause", [["BSD-4-Clause", 1, 0, 230]], []],
        "HL+2eZ0gN5RP5bKmUZK7iRQLoMYarEplIfoYmS4YMTY=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 19, 202]], []],
        "HYU8gO/lzrTeey82rZf1ZZlGlHr8nGx1+j+lDiA2jvI=": ["GPL-3.0-only", [["GPL-3.0-only", 0.9986559139784946, 0, 5648]], []],
        "HhcynnXhaGrAbjia3Y3lgXdf9pxKFeUOc+206DaGCkc=": ["GPL-3.0-only", [["GPL-3.0-only", 1, 0, 5207]], []],
        "HjQUSsETF5Q2ldHJE36kxxP4zMD1DaK88+DPWvagEl4=": ["BSL-1.0", [["BSL-1.0", 1, 3, 215]], []],
        "HjsoR7JqGN/y8DSt3LVgLr+tmpQ8V206zI2MuPQyzKQ=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1501]], []],
        "I1DKacP0nA6IGSzvRn10xxAodvEN8SgK8hTACnS6FZ4=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 6, 220]], []],
        "I8UkNZDGlMPecv6fxt/PIxi3WXDdOFnL6wiMA16g8wo=": ["MIT", [["MIT", 1, 12, 175]], []],
        "IENYiriMxNuHE2I8ChoAvDsabyL9BvGbvoWWx0f/L/k=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 0, 209]], []],
        "IX2gdHzsY6LnNBhdsRy6qBm82eW4PNEvgSEo//5m4mo=": ["ISC", [["ISC", 1, 0, 111]], []],
        "Ik1hBgJ/5rODd2y/lUgnlfpqj0lUdaFJfKXNqZlqmqY=": ["BSD-2-Clause-Patent", [["BSD-2-Clause-Patent", 1, 0, 373]], []],
        "JEZfw8Les8JDwvL5+a6cgeVxsE98mTbECw7TFW3O4V0=": ["AGPL-3.0-only", [["AGPL-3.0-only", 0.9990330690388706, 0, 5529]], []],
        "JNmJQaNEMhl05YUadiCzOzRlra1ksogaz4mak6hvh5c=": ["MIT AND BSD-3-Clause", [["MIT", 1, 3, 166], ["BSD-3-Clause", 1, 167, 379]], []],
        "JaJ01SswFNm9ZODzNi/SeawWVfFj1cUY9rn2xDNUgCw=": ["0BSD", [["0BSD", 1, 0, 97]], []],
        "JyBrUhoBaUBaeNkjFiFJIa2Bc0zjjjes0cYj904fvyU=": ["MIT", [["MIT", 1, 4, 167]], []],
        "K3uJsl04N3QES81yyPchd/CqCF+svEV9uUwr4V2xFog=": ["MIT", [["MIT", 1, 0, 162], ["MIT", 1, 168, 330]], []],
        "Kgnjhdw0THj9wKgzNuH+ilFaErBLxN8axTlCMmPVyW0=": ["MIT", [["MIT", 1, 11, 173]], []],
        "LHkpK5/gwBMltfRfOcVl8tmYL02g/jtWqy+TuA0EJP8=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1585]], []],
        "LJB8mBGnwzegK7sLfsbyQeUXSmiZskjnZ+sPSiv5CrM=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "LJjvMAJeMD2wSLVR1JQhQU7K5e2fYBL/3nkFmbOo1eg=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "LK38rForPnL5Jvd2lQGw8wJmR6Dcvef5g/fcHp+NGYk=": ["BSD-3-Clause AND MIT AND Apache-2.0", [["BSD-3-Clause", 1, 34, 246], ["MIT", 1, 259, 422], ["Apache-2.0", 1, 432, 515], ["MIT", 1, 525, 687], ["BSD-3-Clause", 1, 715, 927], ["BSD-3-Clause", 1, 939, 1151], ["BSD-3-Clause", 1, 1162, 1374], ["BSD-3-Clause", 1, 1386, 1598], ["BSD-3-Clause", 1, 1605, 1818], ["BSD-3-Clause", 0.9948979591836735, 1825, 2030]], []],
        "LeETXzO5m/c1JIxHKJ2fR7k928Z0d8I2yalUiXEipdE=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 8, 191]], []],
        "LoRKMWQvib+Su/398MEi5k440xFgXdePe35vLbXkBG4=": ["LGPL-2.1-only", [["LGPL-2.1-only", 1, 0, 4368]], []],
        "M6I1/tlMHNsmkt2JDYJKR8TC0oBTMXFabnOeczGsAPI=": ["MIT AND BSD-3-Clause AND Apache-2.0 AND MPL-2.0 AND LicenseRef-unknown", [["MIT", 1, 1166, 1328], ["BSD-3-Clause", 1, 1398, 1610], ["BSD-3-Clause", 1, 1658, 1870], ["BSD-3-Clause", 0.9902439024390244, 1976, 2188], ["BSD-3-Clause", 0.9902439024390244, 2239, 2449], ["MIT", 1, 2752, 2916], ["Apache-2.0", 1, 2937, 4522], ["BSD-3-Clause", 1, 4551, 4762], ["BSD-3-Clause", 1, 4847, 5059], ["MIT", 1, 5080, 5243], ["MPL-2.0", 1, 5265, 7613], ["BSD-3-Clause", 1, 7647, 7859], ["MIT", 1, 7885, 8047], ["BSD-3-Clause", 0.9902439024390244, 8079, 8291], ["BSD-3-Clause", 1, 8337, 8549], ["BSD-3-Clause", 1, 8570, 8783], ["BSD-3-Clause", 1, 8922, 9134], ["MIT", 1, 9152, 9316], ["MIT", 1, 10044, 10206], ["MIT", 1, 10215, 10377]], [[0, 1165], [2450, 2751], [4763, 4846], [9317, 10043]]],
        "M6h0QTwQ53+MVdZN3kE8TchXrU/Y+/B4SgYclLuOJJM=": ["MIT-0", [["MIT-0", 0.9929078014184397, 0, 141]], []],
        "M7/Y6wJexr3xCVSJk3BqVGXeH5Q/aXHTjoCKoZZTaho=": ["AGPL-3.0-only", [["AGPL-3.0-only", 0.9992264552310965, 0, 5530]], []],
        "M7BZsHsRXQUciaM1crDuhtp1viAgInAA4zUcZs7stlM=": ["Apache-2.0 AND MIT AND CC-BY-4.0 AND LicenseRef-unknown", [["Apache-2.0", 1, 101, 1517], ["MIT", 1, 1518, 1682]], [[0, 100]]],
        "MOPwZrXVjdEXFTaSbIiG7SIE7HoanwUDSzcrf7KkZtM=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9951219512195122, 0, 210]], []],
        "MPc2AtTMw1mGHzKmOTO7A9EeOpxDGnHUgywzKDsaEP4=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 164], ["BSD-3-Clause", 1, 182, 394]], []],
        "MakHAOOUdC5krEgnZAFZcFTYivJGCs6fmld7QRSmjXk=": ["GPL-2.0-only", [["GPL-2.0-only", 1, 0, 2480]], []],
        "NaRGIBIm3msnz7cQbQ9saX9jv+rCkT3PiQJJEeZu8WQ=": ["MIT", [["MIT", 1, 0, 164]], []],
        "Ne5piFYkvzj/s5k2Z22aAOTN8llH9xBDUKcRFscNW2c=": ["CC0-1.0", [["CC0-1.0", 1, 11, 1082]], []],
        "NgbpGfkuSGKlYoeI8oTAf1oMpBuBn4hBTX6CXcpPrMQ=": ["GPL-2.0-or-later", [["GPL-2.0-or-later", 1, 0, 114]], []],
        "Nm7/ELQ7mqCMSMaC3co+gsVHvr0Rawdenuo0w98cGus=": ["BUSL-1.1", [["BUSL-1.1", 1, 0, 545]], []],
        "No3XLiqXCt09PpoylgBm2MEeKtxAPBJPnBF6hw4AWvM=": ["LGPL-2.1-or-later", [["LGPL-2.1-or-later", 1, 0, 117], ["LGPL-2.1-or-later", 1, 118, 4486]], []],
        "NqyrIT4jaN1rkXu9ymbOhQdnrRdNfj2f+CNCJleUhfA=": ["MIT", [["MIT", 1, 1, 163]], []],
        "O/s5FE4k0156UDLvXGGNYx450I63NRfCjxerSMBLzTA=": ["BSD-3-Clause-Clear", [["BSD-3-Clause-Clear", 1, 0, 236]], []],
        "OAWbHOZHdbT1yxAN3eXJnU/ursawwCf16HJcjpjj8iw=": ["LGPL-3.0-only WITH LGPL-3.0-linking-exception", [["LGPL-3.0-only WITH LGPL-3.0-linking-exception", 1, 229, 1439]], []],
        "OBHGpCvJ/x5pZriSk4QqwKY03EOWaBOL/f68SX+qh8s=": ["PostgreSQL", [["PostgreSQL", 1, 0, 153]], []],
        "OI8/dApyFUXlDxQGVSNJAPIIkuj4J5e+pxwQG+bbGdo=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9951219512195122, 0, 211]], []],
        "OPpU5v8tYoo3KyCWjw+/7sK7HmYHg+anKu8irmN/Dl0=": ["MPL-2.0", [["MPL-2.0", 1, 0, 2348]], []],
        "PO8I/qDPf5hwr6j2Q5kNT/UjnmDey0dZGzqZYJagQ10=": ["CDDL-1.0", [["CDDL-1.0", 1, 0, 2561]], []],
        "PVIuQLIf5H8cC0upjSgTx2oI4kuIaVWeMjceg3rp+ng=": ["ISC", [["ISC", 1, 0, 111]], []],
        "Pamtw8r8+8BByi1Mq67P3NMbomDRpbiOw278MoXuEXs=": ["GPL-2.0-only", [["GPL-2.0-only", 1, 0, 2903]], []],
        "Q8r+bGCQCP3Bq6yXCWmE3m/xCmPIO4CsHtu0lV9KVmY=": ["Apache-2.0 AND MIT", [["Apache-2.0", 1, 0, 1585], ["MIT", 1, 1599, 1761]], []],
        "QYQ9hc+B8VAgfcFOTJAtiteoQbx+kWdU1RhGckpnHcM=": ["CC-BY-4.0", [["CC-BY-4.0", 1, 0, 2533]], []],
        "R+/jJ5nYoUysbfxmy5bxbEwI5HQ0vmpdkLOimKtigYQ=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 162], ["BSD-3-Clause", 0.975609756097561, 165, 370]], []],
        "RBsXLvXKtEHLD6ApxCP966Bjb7xUTOXF1Jr4rBmoLSs=": ["ISC", [["ISC", 1, 11, 120]], []],
        "RIGrKbCE85sjYGrifuxtNv1nCHho/iQUJEtghe9Ng4o=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "RNk7FPrZamScj6m6mHf9YF/o6Pg5jGwI6mGShfGU8+M=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221], ["BSD-3-Clause", 1, 238, 450]], []],
        "RQ3D0KYv1zigKLaqXBWTOUYqt5/3BlrHYP7Dn+o0FnM=": ["Apache-2.0", [["Apache-2.0", 1, 28, 111]], []],
        "Rwk5V8dnpKIrtKNM2d9UQSc9T6QXj6Cw6FabbZonnV4=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221]], []],
        "S8dG5BVcVO5QJqYWyf4AbdCkesZEDAqH/IXoEjiIs6I=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "SIX0IWKg0J+gFCPXHKn+VwCoZZ8VbX4NRQrz9Rz3Puo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 21, 233]], []],
        "SMTwgiID2HMI5dGL3BARqIGlf9ftdTfTFEGZRg63p10=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1500]], []],
        "Sfsi3bUMlrZceVq7uv0I4eL90B74Jy9NHOro37LxIVY=": ["Apache-2.0 AND FSFAP-no-warranty-disclaimer AND BSD-3-Clause-HP AND LicenseRef-unknown", [["Apache-2.0", 1, 0, 1585], ["FSFAP-no-warranty-disclaimer", 1, 1673, 1698], ["BSD-3-Clause-HP", 0.9521531100478469, 1838, 2037]], [[1586, 1672], [1699, 1837]]],
        "T9OSRcIUUUjfwU9IXSau4OXCvobbfiT16cgjT8vJY3g=": ["Unlicense", [["Unlicense", 1, 11, 210]], []],
        "UM/31cgLPlyPEqy3Zi0YNwd7SvLwPRhqGLh6m3yo//U=": ["GPL-3.0-only", [["GPL-3.0-only", 0.9988479262672811, 0, 5648]], []],
        "UfMLwLV2h97uetrykhcLPkGWSYCNMdUsYxFHWVDNOOI=": ["Apache-2.0 AND BSD-2-Clause AND LicenseRef-unknown", [["Apache-2.0", 1, 0, 1585], ["BSD-2-Clause", 1, 1646, 1829], ["BSD-2-Clause", 1, 1832, 2015]], [[2016, 2391]]],
        "UnQNgj65gYpqe21ZC14gG996w9istXQgiEYV8uNQSxI=": ["AGPL-3.0-or-later AND LicenseRef-unknown", [["AGPL-3.0-or-later", 1, 8, 114]], [[115, 174]]],
        "Us2XRXkEeEb7IFNKZEfDduXKlo5Ti3aMl8bVVL5+BFw=": ["UPL-1.0 OR Apache-2.0", [["UPL-1.0", 1, 42, 332], ["Apache-2.0", 0.9880952380952381, 339, 431], ["Apache-2.0", 1, 432, 2017]], []],
        "UunIF2jpNU9xOsc1X4GggWGsFmlgTXrbooWhlscfN60=": ["BSD-4-Clause", [["BSD-4-Clause", 1, 0, 239]], []],
        "UxE6ObeSUQFs+SuDSPMDzuROT67h8jJTZ1SrxmndMsg=": ["Unicode-3.0", [["Unicode-3.0", 1, 0, 316]], []],
        "V8u2Y7ZruFIIbnD41TtzWtILB3jPF1fsw9ScbqtRK7E=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "VYeqw9AqWCb7ne5s0dzrI1V/ttMghFuftcDPHn11/sU=": ["Apache-2.0 AND MIT", [["Apache-2.0", 1, 0, 1585]], []],
        "W9bvoMFS+I/ss24eBBsM5NYbAPT44cEMTUt2I3BTTpg=": ["NCSA", [["NCSA", 1, 0, 244]], []],
        "WHtE3xcCEFfyiO5ueu1Hwr0HPXJToDYjhNC97l9LKOI=": ["CC-BY-4.0", [["CC-BY-4.0", 0.9994977398292315, 0, 1996]], []],
        "WYoJrrXYUJcRvoY/+MzTOC3EGEM2DiKYvScBR/8DWq8=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "XqLcKM3EGTQUGkWZlhQya32wB3Xv2MfMhSNoh1ggrsA=": ["EPL-2.0 OR BSD-3-Clause", [["EPL-2.0", 1, 106, 2234]], []],
        "Y0IQf59wPJ8tfpDbCnG8IccH9sucWtSyuCpGM5YRhj8=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 0, 210]], []],
        "YIk4aI0zig0KHYQsRDRIDaG97ypXA8KehXYLMu1F3lk=": ["EPL-1.0", [["EPL-1.0", 1, 0, 1693]], []],
        "YmZs0qQjcxFDMULGm8ZDsdYliNoOySckLGL4HcBkpM8=": ["Artistic-2.0", [["Artistic-2.0", 1, 0, 1355]], []],
        "YsUfcCmat8ONnL41UYVyPeLUMkTs4XA5P5+Qz5hqFes=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 1, 214]], []],
        "Z01zq8LxjOr7k/RLI1Vcq8lGU5XIUZsEpu9d+rqR4cg=": ["Apache-2.0", [["Apache-2.0", 0.9992942836979535, 0, 1417]], []],
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
        "bafFKNtcXfWPWJh+E4xFXE+pAFq13w4B+aPxRuMzhP0=": ["MIT AND CC0-1.0", [["MIT", 1, 5, 168]], []],
        "c3ClFVxXNdPKNDGYhgMIi4YDHLFYpiI4oGDZ7G/gIuI=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 6, 189]], []],
        "cN5i06L86zvedNgIsb/yx4/5+EGuzyj34SoVxKPSNb8=": ["MIT AND LicenseRef-unknown", [["MIT", 1, 0, 164]], [[165, 173]]],
        "dBk276fLUUsNNSoMCoqQf8RqOL5AeyxNQ0lJeIBuh9c=": ["AFL-3.0", [["AFL-3.0", 1, 0, 1629]], []],
        "dGmqRJf6TE52PQ4CVvr6kxKwxXmGSV7pSk6UO/bfCBc=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211], ["BSD-3-Clause", 1, 212, 424]], []],
        "dZ/BCMKRypYp59GeDmNUz6jwAGyykeKJQbfnN+dZ7+Y=": ["MIT AND Apache-2.0", [["MIT", 1, 64, 226], ["Apache-2.0", 1, 240, 323]], []],
        "dhEu4C/w7nOvC6OKjiRlhFsj8nU9jvz0apqS1Eh1Pbw=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 2, 185]], []],
        "dmTLXKogUuUln1mku6JoixthffQyCOBvxh/NvVDxfgg=": ["CC-BY-4.0", [["CC-BY-4.0", 1, 0, 1990]], []],
        "do0Y+3dB/nYb2fF87YdCIocY4NaLbO/8Yq01z1sg284=": ["GPL-3.0-or-later", [["GPL-3.0-or-later", 1, 2, 105], ["GPL-3.0-or-later", 0.999231950844854, 106, 5756]], []],
        "eSDY/s8ml62spPvQDZJ6aZqEIyjg64yQVUYKZlWzrio=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "f3MVEs19KE15i/z8x42qsyua3TI+EvSWrq/xEhB5k3k=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 215]], []],
        "fRLnZzk6mYAHarjWlQw6OKVzGzQtgZdcM1ERCGSsQno=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "fsB7H4dl4t+gpQRYKFP6VX+k1ACc6wA5Lp+c1Dv04Eo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "gGUNUlFRG1fVejlZpEDL5sNy/wFTgCEYY4Tua7C7xrM=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 183], ["BSD-2-Clause", 1, 200, 383]], []],
        "gXraT1XRUEUy6hv/MixXG0ApV3ws4zjYbRypMlrhjfA=": ["WTFPL", [["WTFPL", 1, 0, 65]], []],
        "h+GHs91hSYaw0dkGEx/dm/CP48U9z9iyjudq1OZgu+k=": ["MIT AND OFL-1.1", [["MIT", 1, 0, 162], ["OFL-1.1", 1, 217, 858]], []],
        "hZy0iVvxyCsDFMG2NALSHhL144MBm/HAgbFCaCOR/ck=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "iBJu7TLnP+LDweXVZZENJ23SLaenlQj/z88YyaVIKsI=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 47, 230]], []],
        "jIH/Z7WYfTtPY3Crgfmxh75NtrU34I0ctdNqWjuiAn8=": ["Zlib", [["Zlib", 1, 3, 133]], []],
        "jLJz81pbEL3hFgA7f0BUBvCF0vm4hmky6HZA7sqXlrE=": ["Apache-2.0", [["Apache-2.0", 1, 0, 1416]], []],
        "k2X/r4PzzJG6GVPv+jLolJo1QGzvT1U+Lhx3tY/gEWo=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 212]], []],
        "k7zbOiZuWaFI1sFh3dR7Hdz0Fu6iXe+YgqL1ixe6Jfo=": ["MIT AND BSD-3-Clause AND Apache-2.0", [["MIT", 1, 3, 166], ["BSD-3-Clause", 1, 167, 379], ["MIT", 1, 451, 613], ["Apache-2.0", 1, 627, 710], ["Apache-2.0", 1, 726, 2311]], []],
        "kQ4YZ8XvzL9oobVjscOg1otfD75J9a9BWz/J3O+d0pQ=": ["BSD-3-Clause AND MIT", [["BSD-3-Clause", 1, 70, 282], ["MIT", 1, 295, 458], ["BSD-3-Clause", 1, 465, 678], ["BSD-3-Clause", 0.9948979591836735, 685, 890]], []],
        "lP7sHyv+MBWtkASesK0twyyK4C/9Aolaq2PWHXwjuY0=": ["Apache-2.0", [["Apache-2.0", 1, 0, 83]], []],
        "losovTo9QvOGtAmTE6/EITk+lBxu0p8/OwJr5h0wVKc=": ["Apache-2.0 AND MIT", [["Apache-2.0", 1, 0, 83]], []],
        "m5UFViaHxRnm9eINfl3XTA6eqmAp9eDNBZHoo5S2aOk=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9902439024390244, 0, 215]], []],
        "mJ/7FCwxTQ7XiRRF+OMnexyz4qBwsbZqTul4BvKJmR8=": ["MIT AND Apache-2.0", [["MIT", 1, 5, 168], ["MIT", 1, 171, 335], ["Apache-2.0", 1, 337, 420]], []],
        "mxFaBmCOBKuhWzHP+YJ1ZyGo765A/BFDI7shU8+XEoM=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211]], []],
        "n8CBgBgCZjO0/iBi5isgl1HKU8yTI3Aj8u8cb2zRCQg=": ["CC0-1.0", [["CC0-1.0", 1, 0, 1071]], []],
        "nIQpCbzIU2W6fw0Qb8zcOvUXhEMQdhdFiKmDKDfr8VM=": ["0BSD", [["0BSD", 1, 4, 101]], []],
        "nWAr2K8enJ9FqXQmkXNgqOv4OdtBUlMX+hl9PmxzC4w=": ["MIT", [["MIT", 1, 3, 165]], []],
        "ndx4pXl7UAjUiJaf2Vn0KBqXgh4H3cXRnKnBY/2+63M=": ["Zlib", [["Zlib", 1, 0, 129]], []],
        "nl9YG5JeL7mvVQIRX5wiyoCnfMSqgMzOpnANWHCgnKs=": ["GPL-2.0-only", [["GPL-2.0-only", 0.9987908101571947, 0, 2900]], []],
        "o6sHmkbIyRxFrzt5dF0x22Jqh8enwl//PgcUGJuSJl8=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 211]], []],
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
        "sKK0GzDvNYRyBeqgH+JHsX2vLG+DKLKQ6bAVOSlB61o=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 7, 190]], []],
        "sU8gR58KKtxwqVsL3ftFS1PFlVBn4EgLD78LZZOJqNk=": ["BSD-3-Clause AND Apache-2.0 AND MIT", [["BSD-3-Clause", 1, 0, 212], ["Apache-2.0", 1, 215, 1800], ["MIT", 1, 1809, 1972], ["BSD-3-Clause", 1, 1978, 2190], ["MIT", 1, 2196, 2358]], []],
        "sXbAPZvOLC6vVa++sd0oGTlO/lj7GgLSbBSn7z49284=": ["BSD-3-Clause AND MIT AND LicenseRef-unknown", [["BSD-3-Clause", 1, 67, 279], ["MIT", 1, 297, 461], ["MIT", 1, 1189, 1351], ["MIT", 1, 1360, 1522]], [[462, 1188]]],
        "sjVD1KEf/OYQ1h2Iz9+fvENzVYfSUxFcEWOb0Dtj3qM=": ["MIT", [["MIT", 1, 4, 166]], []],
        "tMMvaYLUrMU3UpJrHTujaSDK98EnpMPaTW/GMF+KDZQ=": ["BSD-3-Clause", [["BSD-3-Clause", 0.9948979591836735, 0, 205]], []],
        "tSknlKIGMuhoUhaQqGP+ogh/JnJ8wJnj8eY7TpBaLSI=": ["Apache-2.0", [["Apache-2.0", 1, 8, 1593]], []],
        "tf+osKr2UBir+96R5Ugf/VG4W8tey74O+bPU9CuXI7g=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 213]], []],
        "tjjrTp7qnNLpJFvLZYzmyOZhmTiSKff0txlEtGGseGY=": ["UPL-1.0", [["UPL-1.0", 1, 0, 290]], []],
        "tlpDq8wfaB4M2OCMuujl25OLhtJlaeLClHdfl+65bzs=": ["LGPL-3.0-only WITH LGPL-3.0-linking-exception", [["LGPL-3.0-only WITH LGPL-3.0-linking-exception", 1, 185, 1395]], []],
        "u48fH0DKtN9C5hqQPhevHewiUvd7C3w2MbM/UaODkLQ=": ["X11", [["X11", 1, 0, 211]], []],
        "uPnoBbAPZRe1hkNzJ2oFcNzoLMlp6uOVopXuukKqUK8=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 0, 215]], []],
        "ufoW87mATRoZV05KMKfb7/v8arYSGy9arik4Mx7SmDI=": ["MIT", [["MIT", 1, 0, 162]], []],
        "vo3rtqbBM/wQv6lLdLIixcveZGcEg5Bo+iQqIAlj1C4=": ["MIT AND BSD-3-Clause", [["MIT", 1, 0, 164], ["BSD-3-Clause", 1, 180, 392]], []],
        "wPtuXJ+mM21jU3+yEqzRjhZk+sxVUmVmMHNDxd224uc=": ["BSD-2-Clause-Views AND BSD-3-Clause", [["BSD-2-Clause-Views", 0.9770642201834863, 0, 217], ["BSD-3-Clause", 1, 238, 450]], []],
        "weu/MEAScvnWYmd6h629AsTd4UJpPxEfjKFTC+PwBF8=": ["MIT", [["MIT", 1, 7, 169]], []],
        "wuww0yAhM975/f+QTnoquPujIHzxpWwKFaNLwBKsh+E=": ["CC-BY-SA-4.0", [["CC-BY-SA-4.0", 1, 0, 2190]], []],
        "wx6NeAQsmyboMiyPoTgtikzAem6m2SGrIzeVdxwRwJU=": ["AGPL-3.0-or-later", [["AGPL-3.0-or-later", 1, 8, 114]], []],
        "x/4yIstxf46tCsbQ6hHwik9YRBCenFAUXMnoNNnV3/c=": ["MIT", [["MIT", 1, 17, 181]], []],
        "xAZuaJAvRkFmoGX/p3tTYJN/VNbokBV9vik/OcKEvSo=": ["MIT", [["MIT", 1, 17, 179]], []],
        "xe7Q1kNFSr2asSSyg5vt1xpZP3FvCu3AQIZpiT7PB4c=": ["BSD-2-Clause", [["BSD-2-Clause", 0.9887640449438202, 0, 179]], []],
        "xj/n2SeDITyUWaM8kZP+h6qt+q2YTgs7OhJELLsq2MM=": ["OFL-1.1", [["OFL-1.1", 1, 0, 641]], []],
        "xsKTfEOWIcw7KK9vW9y6MrPjyGhTY9wpZ0ZGriTd0II=": ["ISC", [["ISC", 0.9907407407407407, 0, 112]], []],
        "y+m2TZHq1hXXn8nrl6s6LBtNavehIOX9pu2ivgUIG8I=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 8, 221]], []],
        "y4wPQkvdXEKgsYKFiTgp2Yjp+5oA0M1gSlnr6Np+60U=": ["LGPL-3.0-only", [["LGPL-3.0-only", 1, 0, 1210]], []],
        "z1+cJWE11HMpIUi49nExyxvQdKVy6HXNeHegsEzQfBg=": ["MIT AND Apache-2.0", [["MIT", 1, 0, 164], ["Apache-2.0", 1, 165, 1750]], []],
        "zGQfHSxOa/WrJWv3tNfhl6MjPvBan0lVne733M8smOo=": ["EPL-2.0", [["EPL-2.0", 1, 0, 2128]], []],
        "zVzpERkmHJ95mSrQ43cVVglUXfj7EYUT0YkRmm1wZNU=": ["BSD-2-Clause", [["BSD-2-Clause", 1, 0, 181]], []],
        "zkl2DbjpzDBYAVk33V5X7LSpwtO2Em9Vt1u35FAUU5Q=": ["MPL-1.1", [["MPL-1.1", 1, 0, 3693]], []],
        "zndxgcXXx3LNgYubraf3Y05tmyYdmHXHPZpdTjT//7M=": ["BSD-3-Clause", [["BSD-3-Clause", 1, 22, 235]], []],
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
    ...creativeCommonsNames([
        ['SA', 'share[- ]?alike'],
        ['', ''],
    ]),
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
/**
 * Creative Commons attribution licenses as prose names them ("CC BY 4.0", "Creative Commons
 * Attribution-ShareAlike 4.0 International", the Go gopher's "Creative Commons 3.0 Attributions
 * license"), for versions 3.0 and 4.0, each variant before plain BY: `[SPDX suffix, its words]`.
 */
function creativeCommonsNames(variants) {
    return variants.flatMap(([suffix, words]) => ['3.0', '4.0'].map((version) => {
        const v = version.replace('.', '\\.');
        const variant = words === '' ? '' : `[- ]${words}`;
        const short = suffix === '' ? '' : `[- ]${suffix.toLowerCase()}`;
        return [
            new RegExp(`\\bcreative\\s+commons\\s+attribution${variant}\\s+(?:license\\s+)?(?:version\\s+|v)?${v}\\b|` +
                `\\bcreative\\s+commons\\s+${v}\\s+attributions?${variant}\\b|\\bcc[- ]by${short}[- ]${v}\\b`, 'i'),
            `CC-BY${suffix === '' ? '' : `-${suffix}`}-${version}`,
        ];
    }));
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
