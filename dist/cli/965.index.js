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
/* harmony import */ var _safe_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1490);






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


/***/ })

};
