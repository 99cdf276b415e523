export const id = 965;
export const ids = [965];
export const modules = {

/***/ 7965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalBackend: () => (/* binding */ LocalBackend),
/* harmony export */   layoutVersion: () => (/* binding */ layoutVersion)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9243);
/* harmony import */ var _safe_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1834);






const ARCHIVE = 'archive.tar';
const TEMP_PREFIX = '.tmp-';
function run(command, args) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        const err = [];
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, stderr: Buffer.concat(err).toString('utf8') }));
    });
}
let zstdAvailable;
function hasZstd() {
    zstdAvailable ??= run('zstd', ['--version']).then((r) => r.code === 0, () => false);
    return zstdAvailable;
}
/**
 * The layout version: entries hold `cache/download/…` names relative to GOMODCACHE, so they
 * restore into whatever GOMODCACHE the run has (no absolute path in it, unlike @actions/cache's).
 */
function layoutVersion(compression) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(['cache/download', 'files-v2', compression].join('|')).digest('hex');
}
async function isAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    // A killed process whose parent died first can linger as a zombie where PID 1 does not reap.
    const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    return !stat || !/\) Z /.test(stat);
}
/**
 * A cache in a local directory (the CLI's default, and anywhere outside GitHub): one directory
 * per entry under `<dir>/entries/`, holding a tar (zstd, else gzip) made by the system `tar` from
 * an explicit file list (names relative to GOMODCACHE) and a `meta.json`. A restore reads the tar
 * in-process (restoreArchiveSafely): nothing but regular files under `cache/download` is written. A save writes a new entry into `<dir>/.tmp-<pid>-<random>/` and renames it into
 * place, so a save that crashes or fails part-way leaves every existing entry intact and no
 * half-written entry visible; temp directories of dead processes are removed by the next save.
 */
class LocalBackend {
    dir;
    options;
    name = 'local';
    constructor(dir, options = {}) {
        this.dir = dir;
        this.options = options;
    }
    async compression() {
        return this.options.compression ?? ((await hasZstd()) ? 'zstd' : 'gzip');
    }
    /** Every complete entry, newest first. */
    async entries() {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, 'entries');
        let names;
        try {
            names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir(root);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        const entries = [];
        for (const name of names) {
            try {
                const meta = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, name, 'meta.json'), 'utf8'));
                entries.push({ ...meta, dir: node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, name) });
            }
            catch {
                // not an entry (or damaged by hand): never restored
            }
        }
        return entries.sort((a, b) => b.created - a.created);
    }
    exactKey(matched, primary) {
        return matched === primary;
    }
    async restore(gomodcache, primaryKey, restoreKeys) {
        const version = layoutVersion(await this.compression());
        const usable = (await this.entries()).filter((e) => e.version === version);
        let match = usable.find((e) => e.key === primaryKey);
        for (const prefix of restoreKeys) {
            if (match)
                break;
            match = usable.find((e) => e.key.startsWith(prefix));
        }
        if (!match)
            return undefined;
        const restored = await (0,_safe_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .restoreArchiveSafely */ .TU)({
            archive: node_path__WEBPACK_IMPORTED_MODULE_3__.join(match.dir, ARCHIVE),
            compression: match.compression,
            gomodcache,
            entry: match.key,
        });
        return { key: match.key, exact: match.key === primaryKey, ...restored };
    }
    /**
     * Writes the entry in a temp directory, then renames it into place under a fresh name; with
     * `replace`, the older entries of the same key are removed only after that, so a restore sees
     * either the old entry or the new one, never none or half of one.
     */
    async save(gomodcache, files, key, options = {}) {
        const entriesDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, 'entries');
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir(entriesDir, { recursive: true });
        // One saver per key at a time (runs sharing this directory): the other run's entry is a twin.
        const release = await this.lockKey(key);
        if (!release)
            return { key };
        try {
            return await this.saveLocked(gomodcache, files, key, options);
        }
        finally {
            await release();
        }
    }
    async saveLocked(gomodcache, files, key, options) {
        const entriesDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, 'entries');
        const existing = (await this.entries()).filter((e) => e.key === key);
        // Saved meanwhile by a run that missed as this one did: that entry is as good as ours.
        if (existing.length > 0 && !options.replace)
            return { key };
        await this.removeStaleTemps();
        const compression = await this.compression();
        const temp = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, `${TEMP_PREFIX}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}`);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir(temp);
        try {
            const list = node_path__WEBPACK_IMPORTED_MODULE_3__.join(temp, 'files.list');
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile(list, files.map((f) => `${f}\0`).join(''));
            const args = ['-c', '-f', node_path__WEBPACK_IMPORTED_MODULE_3__.join(temp, ARCHIVE), '-C', gomodcache];
            args.push(...(compression === 'zstd' ? ['--use-compress-program', 'zstd -T0 -3'] : ['-z']));
            // Regular files only, each by its own name: no recursion, no hard-link members.
            args.push('--no-recursion', '--hard-dereference', '--null', '-T', list);
            const result = await run('tar', args);
            if (result.code !== 0)
                throw new Error(`tar exited ${result.code}: ${result.stderr.trim()}`);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(list);
            const newest = (await this.entries())[0]?.created ?? 0;
            const meta = {
                key,
                version: layoutVersion(compression),
                created: Math.max(Date.now(), newest + 1),
                compression,
            };
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(temp, 'meta.json'), JSON.stringify(meta, null, 2));
            const archiveBytes = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat(node_path__WEBPACK_IMPORTED_MODULE_3__.join(temp, ARCHIVE))).size;
            const target = node_path__WEBPACK_IMPORTED_MODULE_3__.join(entriesDir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(key).digest('hex').slice(0, 40)}-${meta.created}`);
            if (!(await renameNoClobber(temp, target))) {
                // A twin took the name (same key, same millisecond): keep it, drop ours.
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(temp, { recursive: true, force: true });
                return { key };
            }
            for (const old of existing)
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(old.dir, { recursive: true, force: true });
            await this.evict(meta).catch(() => undefined);
            return { key, archiveBytes };
        }
        catch (error) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(temp, { recursive: true, force: true });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InfrastructureError */ .EN(`local cache: saving '${key}' failed; existing entries are untouched`, {
                cause: error,
            });
        }
    }
    /** Keeps the newest entries of the saved key's family, so the directory does not grow without bound. */
    async evict(saved) {
        const family = (key) => key.slice(0, key.lastIndexOf('-') + 1);
        const same = (await this.entries()).filter((e) => e.version === saved.version && family(e.key) === family(saved.key));
        for (const old of same.slice(Math.max(1, this.options.keepPerFamily ?? 3)))
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(old.dir, { recursive: true, force: true });
    }
    /**
     * Takes `<dir>/locks/<key hash>.lock` (O_EXCL, holding our pid); a lock left by a dead process
     * is taken over. Returns its release, or undefined when a live process holds it: that run is
     * saving the same key now.
     */
    async lockKey(key) {
        const locks = node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, 'locks');
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir(locks, { recursive: true });
        const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(locks, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(key).digest('hex').slice(0, 40)}.lock`);
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
                return () => node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = Number((await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile(file, 'utf8').catch(() => '')).trim());
            if (holder && holder !== process.pid && (await isAlive(holder)))
                return undefined;
            // Dead or unreadable (written this instant): take it over by renaming a fresh one onto it.
            if (holder) {
                const mine = `${file}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile(mine, `${process.pid}\n`);
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename(mine, file);
                if ((await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile(file, 'utf8').catch(() => '')).trim() === String(process.pid))
                    return () => node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(file, { force: true });
            }
        }
        return undefined;
    }
    async removeStaleTemps() {
        for (const name of await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir(this.dir)) {
            const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
            if (pid && !(await isAlive(pid)))
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm(node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir, name), { recursive: true, force: true });
        }
    }
}
/** rename(2) a directory into place; false when the name is taken (a twin's non-empty directory). */
async function renameNoClobber(from, to) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename(from, to);
        return true;
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOTEMPTY' || code === 'EEXIST')
            return false;
        throw error;
    }
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B_: () => (/* binding */ RejectedEntryError),
  TU: () => (/* binding */ restoreArchiveSafely),
  rw: () => (/* binding */ unusableEntryOf)
});

// UNUSED EXPORTS: UnreadableEntryError, memberProblem

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./.build/cache/tar-reader.js

/** The archive cannot be read as a tar (truncated, bad checksum, corrupt compression). */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const BLOCK = 512;
/** tar-stream's type names → ours ('contiguous-file' is a regular file, as in archive/tar). */
const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    link: 'hardlink',
    symlink: 'symlink',
    directory: 'directory',
    'character-device': 'character-device',
    'block-device': 'block-device',
    fifo: 'fifo',
};
function memberOf(header) {
    const size = header.size;
    if (!Number.isSafeInteger(size) || size < 0)
        throw new TarFormatError('a tar member size is invalid');
    const type = header.type ?? '';
    return {
        name: header.name,
        type: TYPES[type] ?? 'other',
        size,
        linkName: header.linkname || undefined,
    };
}
/** Where the member that starts at `offset` ends, padding included. */
function endOf(offset, size) {
    return offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
}
/** Writes `source` into the parser with backpressure; stops when the parser is gone. */
async function feed(source, parser, counted) {
    for await (const chunk of source) {
        if (parser.destroying || parser.destroyed)
            return;
        counted(chunk.length);
        if (!parser.write(chunk))
            await drained(parser);
    }
    parser.end(null);
}
function drained(parser) {
    return new Promise((resolve) => {
        const done = () => {
            parser.off('drain', done);
            parser.off('close', done);
            resolve();
        };
        parser.on('drain', done);
        parser.on('close', done);
    });
}
/**
 * A member's bytes as one iterator, whose `return` leaves the stream alone: a consumer that
 * stops early must not destroy the archive (the rest is drained by readTar).
 */
function bodyOf(iterator) {
    const next = () => iterator.next().catch((error) => {
        throw asFormatError(error); // the archive's fault, not the callback's
    });
    return { [Symbol.asyncIterator]: () => ({ next }) };
}
/**
 * Calls `onMember` for each member in order; it may consume `body` (the member's bytes) or leave
 * it, and may throw to stop. A stream that ends without an end-of-archive block is truncated
 * (TarFormatError). Members after a zero block are read too (tar-stream skips zero blocks), and
 * are checked like every other.
 */
async function readTar(source, onMember) {
    const parser = (0,tar_stream.extract)();
    let fed = 0;
    let end = 0; // where the last member seen ends, padding included
    let feedError;
    let stopped; // the callback's own error, passed on unchanged
    const feeding = feed(source, parser, (n) => (fed += n)).catch((error) => {
        feedError = error;
        parser.destroy(error);
    });
    try {
        for await (const entry of parser) {
            const member = memberOf(entry.header);
            end = endOf(entry.offset, member.size);
            const body = entry[Symbol.asyncIterator]();
            await onMember(member, bodyOf(body)).catch((error) => {
                stopped = { error };
                throw error;
            });
            while (!(await body.next()).done)
                ; // what the callback did not read
        }
    }
    catch (error) {
        parser.destroy();
        await feeding;
        if (stopped)
            throw stopped.error;
        throw asFormatError(feedError ?? error);
    }
    await feeding;
    if (feedError)
        throw asFormatError(feedError);
    // `tar` always ends an archive with zero blocks: an archive without them was cut short.
    if (fed < end + BLOCK)
        throw new TarFormatError('the archive is truncated (no end-of-archive marker)');
}
/** The parser's and the source's errors (corrupt compression, bad headers) as TarFormatError. */
function asFormatError(error) {
    if (error instanceof TarFormatError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new TarFormatError(/Unexpected end of data/.test(message) ? 'the archive is truncated' : message, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./.build/cache/decompress.js




/**
 * An entry's archive as a stream of tar bytes (zstd in a child process, gzip in-process), and
 * `done`, which says whether the decompressor agreed that the stream was whole.
 */
function decompressed(file, compression) {
    if (compression === 'none')
        return { stream: (0,external_node_fs_.createReadStream)(file), done: async () => undefined };
    if (compression === 'gzip')
        return { stream: (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)()), done: async () => undefined };
    const args = ['-d', '-c', '-q', ...(compression === 'zstd' ? ['--long=30'] : []), file];
    const child = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (d) => err.push(d));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolve()
            : reject(new TarFormatError(`zstd exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)));
    });
    exited.catch(() => undefined);
    return {
        stream: child.stdout,
        // After a complete read, zstd's own verdict counts (a truncated frame exits non-zero); after a
        // failure, the child is stopped.
        done: async (failed = false) => {
            if (failed) {
                child.stdout.destroy();
                if (child.exitCode === null)
                    child.kill();
                await exited.catch(() => undefined);
                return;
            }
            await exited;
        },
    };
}

// EXTERNAL MODULE: ./.build/cache/sumdb-files.js
var sumdb_files = __webpack_require__(667);
;// CONCATENATED MODULE: ./.build/cache/safe-restore.js








/**
 * An entry holds a member that could write outside `<GOMODCACHE>/cache/download` or something
 * other than a regular file or directory: the whole entry is refused and nothing of it is written.
 */
class RejectedEntryError extends errors/* InfrastructureError */.EN {
    entry;
    member;
    why;
    constructor(entry, member, why) {
        super(`SECURITY: the cache entry '${entry}' was rejected, nothing was restored from it: member '${member}' ${why}`);
        this.entry = entry;
        this.member = member;
        this.why = why;
    }
}
/** An entry that was found but could not be used (rejected, truncated, corrupt): a save should replace it. */
function unusableEntryOf(error) {
    if (error instanceof RejectedEntryError)
        return error.entry;
    if (error instanceof UnreadableEntryError)
        return error.entry;
    return undefined;
}
/** The entry's archive cannot be read (truncated, corrupt compression, bad tar headers). */
class UnreadableEntryError extends errors/* InfrastructureError */.EN {
    entry;
    constructor(entry, detail, options) {
        super(`the cache entry '${entry}' is unreadable (truncated or corrupt): ${detail}`, options);
        this.entry = entry;
    }
}
const DOWNLOAD = 'cache/download';
/** Files up to this size are written in one call. */
const SMALL = 4 << 20;
/** Zip bytes restored but not yet hashed, at most (each held twice: here and in a worker). */
const HASHING_BYTES = 8 << 20;
/**
 * Why a member may not be restored, or undefined when it may: a regular file or directory whose
 * name (after `prefix`) is a clean relative path under `cache/download`.
 */
function memberProblem(member, prefix) {
    if (member.type !== 'file' && member.type !== 'directory')
        return `is a ${member.type}`;
    if (member.name.startsWith('/'))
        return 'has an absolute path';
    if (!member.name.startsWith(prefix))
        return `lies outside ${prefix || './'}${DOWNLOAD}`;
    const rel = member.name.slice(prefix.length).replace(/\/$/, '');
    const parts = rel.split('/');
    if (parts.some((p) => p === '..'))
        return 'has a `..` path element';
    if (rel.includes('\\') || parts.some((p) => p === '' || p === '.'))
        return 'has an unclean path (empty, `.` or `\\` elements)';
    if (rel === 'cache' || rel === DOWNLOAD)
        return member.type === 'directory' ? undefined : 'is not a directory';
    if (!rel.startsWith(`${DOWNLOAD}/`))
        return `lies outside ${DOWNLOAD}`;
    return undefined;
}
/** Reads the whole archive, calling `onMember` for each; typed errors for a bad entry. */
async function readEntry(options, onMember) {
    const source = decompressed(options.archive, options.compression);
    try {
        await readTar(source.stream, onMember);
    }
    catch (error) {
        await source.done(true).catch(() => undefined);
        if (error instanceof RejectedEntryError)
            throw error;
        throw new UnreadableEntryError(options.entry, error.message, { cause: error });
    }
    await source.done().catch((error) => {
        throw new UnreadableEntryError(options.entry, error.message, { cause: error });
    });
}
/** Refuses a member that may not be restored, or that appears twice; else its name after `prefix`. */
function checkMember(entry, prefix, seen, member) {
    const problem = memberProblem(member, prefix);
    if (problem)
        throw new RejectedEntryError(entry, member.name, problem);
    const rel = member.name.slice(prefix.length).replace(/\/$/, '');
    if (seen.has(rel))
        throw new RejectedEntryError(entry, member.name, 'appears twice');
    seen.add(rel);
    return rel;
}
/** Whether `dir` is a real directory under GOMODCACHE (made when missing), never through a symlink. */
function ensureDir(state, dir) {
    const known = state.dirs.get(dir);
    if (known !== undefined)
        return known;
    let ok = dir === state.root || ensureDir(state, external_node_path_.dirname(dir));
    if (ok && dir !== state.root) {
        const st = external_node_fs_.lstatSync(dir, { throwIfNoEntry: false });
        if (!st)
            ok = mkdirOrTwin(dir);
        else
            ok = st.isDirectory();
    }
    state.dirs.set(dir, ok);
    return ok;
}
/**
 * Writes a member whole under a temporary name, then links it into place (renameio.WriteFile's
 * pattern, with link for rename so a file already there is never replaced): a crash leaves a
 * `*.tmp` file, never a half-written .info, list or zip under its real name. Returns whether it
 * was linked, and the bytes when the member was small enough to be written in one call.
 */
async function writeMemberFile(state, target, size, body) {
    const temp = `${target}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    let data;
    const fd = external_node_fs_.openSync(temp, 'wx', 0o644);
    state.writing = temp;
    try {
        // Small files (all but large zips) in one synchronous write: per-file async hops cost more than the bytes.
        if (size <= SMALL) {
            const chunks = [];
            for await (const chunk of body)
                chunks.push(chunk);
            data = Buffer.concat(chunks);
            writeAllSync(fd, [data]);
        }
        else {
            for await (const chunk of body)
                writeAllSync(fd, [chunk]);
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    const linked = linkNoClobber(temp, target);
    unlinkMade(temp);
    state.writing = undefined;
    return { linked, data };
}
/**
 * Hands a zip just written to the digest workers (hashed from the very bytes written, while the
 * main thread reads on; settled, never rejected). Bounded memory: reading waits while too many zip
 * bytes wait to be hashed.
 */
async function hashWrittenZip(state, rel, data) {
    const digest = (0,zip_reader/* digestZipEntriesAsync */.An)(data, { handOver: true }).catch((error) => error instanceof Error ? error : new Error(String(error)));
    state.zipDigests.set(rel, digest);
    state.hashing.push({ digest, bytes: data.length });
    state.hashingBytes += data.length;
    while (state.hashingBytes > HASHING_BYTES) {
        const oldest = state.hashing.shift();
        await oldest.digest;
        state.hashingBytes -= oldest.bytes;
    }
}
/** Pass 2 for one checked member: a directory made, a sumdb file dropped, a file kept or written. */
async function restoreMember(state, rel, member, body) {
    const target = external_node_path_.join(state.root, ...rel.split('/'));
    if (member.type === 'directory') {
        ensureDir(state, target);
        return;
    }
    const sumdbProblem = (0,sumdb_files/* sumdbFileProblem */.f)(rel, member.size);
    if (sumdbProblem) {
        state.dropped.push(`${rel} ${sumdbProblem}`);
        return;
    }
    if (!ensureDir(state, external_node_path_.dirname(target)))
        return;
    const present = external_node_fs_.lstatSync(target, { throwIfNoEntry: false });
    if (present) {
        // Kept (the body is skipped) and counted: it is the entry's file, checked like the rest.
        if (present.isFile())
            state.kept.push(rel);
        return;
    }
    const { linked, data } = await writeMemberFile(state, target, member.size, body);
    if (!linked) {
        state.kept.push(rel); // another process wrote it meanwhile: kept, and checked like the rest
        return;
    }
    state.written.push(rel);
    if (data && rel.endsWith('.zip'))
        await hashWrittenZip(state, rel, data);
    state.bytes += member.size;
}
/**
 * Restores an entry into `<GOMODCACHE>/cache/download`, reading the archive in-process (never
 * `tar -x`). Pass 1 reads every member header and refuses the whole entry (RejectedEntryError,
 * naming the member) for anything but clean regular files and directories under
 * `cache/download`; nothing is written. Pass 2 reads it again and writes each member (checked
 * again, in case the archive changed in between): parents are checked with lstat (a symlink or
 * file where a directory should be: the member is skipped, never followed); each file is written
 * whole under a temporary name and hard-linked into place, so a file already there is kept (and
 * checked against go.sum like everything else) and a crash never leaves a half-written file under
 * its real name. If pass 2 fails, what it wrote is removed. `prefix` is what
 * every name starts with (`''` for the local backend; the staging path relative to the workspace
 * for @actions/cache).
 */
async function restoreArchiveSafely(options) {
    const prefix = options.prefix ?? '';
    const listed = new Set();
    await readEntry(options, async (member) => void checkMember(options.entry, prefix, listed, member));
    const seen = new Set();
    const root = external_node_path_.resolve(options.gomodcache);
    external_node_fs_.mkdirSync(root, { recursive: true });
    const state = {
        root,
        dirs: new Map(),
        written: [],
        kept: [],
        dropped: [],
        zipDigests: new Map(),
        hashing: [],
        hashingBytes: 0,
        writing: undefined,
        bytes: 0,
    };
    try {
        await readEntry(options, (member, body) => restoreMember(state, checkMember(options.entry, prefix, seen, member), member, body));
    }
    catch (error) {
        if (state.writing)
            external_node_fs_.rmSync(state.writing, { force: true });
        for (const rel of state.written)
            external_node_fs_.rmSync(external_node_path_.join(root, ...rel.split('/')), { force: true });
        throw error;
    }
    const { written, kept, bytes, zipDigests, dropped } = state;
    return { files: [...written, ...kept].sort(), bytes, zipDigests, dropped };
}
/** mkdir(2) that tolerates a twin: another run made the directory first (mkdir -p semantics). */
function mkdirOrTwin(dir) {
    try {
        external_node_fs_.mkdirSync(dir, { mode: 0o755 });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
        return external_node_fs_.lstatSync(dir).isDirectory();
    }
}
/** link(2) `from` to `to`; false when `to` exists already (it is never replaced). */
function linkNoClobber(from, to) {
    try {
        external_node_fs_.linkSync(from, to);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/** unlink(2) of a file this restore made (rmSync would lstat it first: one more call per file). */
function unlinkMade(file) {
    try {
        external_node_fs_.unlinkSync(file);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}
function writeAllSync(fd, chunks) {
    for (const chunk of chunks) {
        let offset = 0;
        while (offset < chunk.length)
            offset += external_node_fs_.writeSync(fd, chunk, offset, chunk.length - offset);
    }
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sumdbFileProblem)
/* harmony export */ });
/**
 * What may live under `cache/download/sumdb/**` in a cache entry: only what `go` and our checksum
 * client write there (src/sumdb/state-store.ts, cmd/go's modfetch/sumdb.go) and the run memo, each
 * within its size.
 * A restored entry is input from elsewhere: any other file, or one too big for its kind, is
 * dropped, never restored and so never saved again into later entries.
 */
const PREFIX = 'cache/download/sumdb/';
const HOST = '[^/.][^/]*';
const NOTE_MAX = 64 << 10;
const LOOKUP_MAX = 64 << 10;
/** A data tile holds 2^H records of at most a few lines each; 1 MiB is far above any real one. */
const DATA_TILE_MAX = 1 << 20;
/** The run memo (src/cache/run-memo.ts): license reads and the build list, JSON, kept with the entry. */
const MEMO = /^go-module-warden\/(verdicts|build-list)\.json$/;
const MEMO_MAX = 64 << 20;
const LATEST = new RegExp(`^${HOST}/latest$`);
const LOOKUP = new RegExp(`^${HOST}/lookup/[^@]+@[^/@]+$`);
const TILE = new RegExp(`^${HOST}/tile/([1-9]|[12][0-9]|30)/([0-9]+|data)/(?:x[0-9]{3}/)*[0-9]{3}(?:\\.p/([0-9]+))?$`);
/** Why a file under `cache/download/sumdb/` is not kept, or undefined when it is (other files: undefined). */
function sumdbFileProblem(rel, size) {
    if (!rel.startsWith(PREFIX))
        return undefined;
    const inner = rel.slice(PREFIX.length);
    if (MEMO.test(inner))
        return size <= MEMO_MAX ? undefined : `is ${size} bytes, more than a run memo holds`;
    if (LATEST.test(inner))
        return size <= NOTE_MAX ? undefined : `is ${size} bytes, more than a tree note`;
    if (LOOKUP.test(inner))
        return size <= LOOKUP_MAX ? undefined : `is ${size} bytes, more than a lookup record`;
    const tile = TILE.exec(inner);
    if (!tile)
        return 'is not a checksum-database tile, lookup record or tree note';
    const height = Number(tile[1]);
    const width = tile[3] === undefined ? 1 << height : Number(tile[3]);
    if (width < 1 || width > 1 << height)
        return 'is a partial tile of impossible width';
    const max = tile[2] === 'data' ? DATA_TILE_MAX : width * 32;
    return size <= max ? undefined : `is ${size} bytes, more than such a tile holds (${max})`;
}


/***/ })

};
