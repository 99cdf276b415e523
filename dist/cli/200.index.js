export const id = 200;
export const ids = [200];
export const modules = {

/***/ 2887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   H0: () => (/* binding */ stampFiles),
/* harmony export */   Iz: () => (/* binding */ stageFiles),
/* harmony export */   Ji: () => (/* binding */ unchangedFiles),
/* harmony export */   a: () => (/* binding */ archiveFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _module_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
/* harmony import */ var _sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(667);




/**
 * The files a cache entry holds, relative to GOMODCACHE (`/`-separated), every one a regular file
 * that exists: for each proven module version its `.info`, `.mod`, `.zip`, `.ziphash` and its
 * module's `list` file; for each go.mod-only version its `.mod` and `.info`; and the whole
 * checksum-database state `cache/download/sumdb/**` (tiles, the last verified tree, proofs).
 * The entry is built from this list alone: nothing in the module cache is ever pruned to make it.
 */
async function archiveFiles(gomodcache, proven, goModOnly) {
    const out = new Set();
    const rel = (file) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(gomodcache, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const addIfFile = async (file) => {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(file).catch(() => undefined);
        if (st?.isFile())
            out.add(rel(file));
    };
    for (const module of proven) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod', 'zip', 'ziphash'])
            await addIfFile(`${paths.base}.${ext}`);
        await addIfFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(paths.vDir, 'list'));
    }
    for (const module of goModOnly) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod'])
            await addIfFile(`${paths.base}.${ext}`);
    }
    const walk = async (dir) => {
        let entries;
        try {
            entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && !entry.name.endsWith('.lock')) {
                // Only checksum-database files of the right shape and size travel (sumdb-files.ts).
                const size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(full).catch(() => undefined))?.size ?? Infinity;
                if (!(0,_sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sumdbFileProblem */ .f)(rel(full), size))
                    out.add(rel(full));
            }
        }
    };
    await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, 'cache', 'download', 'sumdb'));
    return [...out].sort();
}
async function stampFiles(gomodcache, files) {
    const stamps = {};
    for (const file of files) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')));
        stamps[file] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    }
    return stamps;
}
/**
 * The listed files still as they were proven (main step) when the save runs (post step, perhaps
 * after other steps of the job): a file changed or replaced since, or no longer a regular file,
 * takes its whole module version out (`cache/download/<esc>/@v/<v>.*`).
 */
async function unchangedFiles(gomodcache, stamps) {
    const changed = [];
    for (const [file, stamp] of Object.entries(stamps)) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'))).catch(() => undefined);
        if (!st?.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs || st.ino !== stamp.ino)
            changed.push(file);
    }
    const versionOf = (file) => file.replace(/\.(info|mod|zip|ziphash)$/, '');
    const dropped = new Set(changed.map(versionOf));
    const files = Object.keys(stamps).filter((f) => !dropped.has(versionOf(f)));
    return { files: files.sort(), changed };
}
/** Bytes of the listed files. */
async function sizeOf(gomodcache, files) {
    let bytes = 0;
    for (const file of files)
        bytes += (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')))).size;
    return bytes;
}
/**
 * A staging copy of the listed files under `root` with the same relative layout, for a backend
 * that archives whole directories (@actions/cache saves paths, not file lists). Hard links where
 * possible (no bytes copied), copies where the file system refuses or the file already has other
 * links (tar would store a second name of one inode as a hard-link member, which restores refuse).
 */
async function stageFiles(gomodcache, files, root) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(root, { recursive: true, force: true });
    for (const file of files) {
        const from = node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'));
        const to = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, ...file.split('/'));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(to), { recursive: true });
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(from);
        if (st.nlink === 1) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link(from, to);
                continue;
            }
            catch {
                // another file system, or links not allowed: copy
            }
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile(from, to);
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.n),
/* harmony export */   w: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.w)
/* harmony export */ });
/* harmony import */ var _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6939);
// Moved to the ground floor (src/module/module-path.ts), so every domain can name a module's
// files and id; this re-export keeps the cache's imports as they are.



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


/***/ }),

/***/ 6939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ moduleCachePaths),
/* harmony export */   w: () => (/* binding */ moduleId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _module_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8803);


/** Where `go` keeps a module version (cmd/go/internal/modfetch/cache.go CachePath, DownloadDir). */
function moduleCachePaths(gomodcache, module) {
    const escPath = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeModulePath */ .xk)(module.path);
    const escVersion = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeVersion */ .av)(module.version);
    const vDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, 'cache', 'download', ...escPath.split('/'), '@v');
    return {
        vDir,
        base: node_path__WEBPACK_IMPORTED_MODULE_0__.join(vDir, escVersion),
        extracted: node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, ...`${escPath}@${escVersion}`.split('/')),
    };
}
/** `path@version`, for messages and keys. */
function moduleId(module) {
    return `${module.path}@${module.version}`;
}


/***/ })

};
