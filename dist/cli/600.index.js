export const id = 600;
export const ids = [600];
export const modules = {

/***/ 4219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderTerminal: () => (/* binding */ renderTerminal)
});

// UNUSED EXPORTS: FULL_TABLE_UP_TO, verdictLine

;// CONCATENATED MODULE: ./.build/report/word-wrap.js
/**
 * Wraps text at spaces to `width` columns, continuing with `indent`; a word longer than the line
 * (a long module path) is kept whole, never cut, so the log can still be searched for it.
 */
function wrapWords(text, width, indent) {
    const lines = [];
    const lead = /^ */.exec(text)[0];
    let line = lead;
    for (const word of text.slice(lead.length).split(' ')) {
        const candidate = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
        if (candidate.length <= width || line.trim() === '') {
            line = candidate;
            continue;
        }
        lines.push(line);
        line = `${indent}${word}`;
    }
    lines.push(line);
    return lines;
}

// EXTERNAL MODULE: ./.build/config/duration.js
var duration = __webpack_require__(4757);
// EXTERNAL MODULE: ./.build/plural.js
var plural = __webpack_require__(1238);
// EXTERNAL MODULE: ./.build/report/outcome.js
var outcome = __webpack_require__(777);
;// CONCATENATED MODULE: ./.build/report/finding-text.js

/** How a finding reads: its label, the module it is about, and its message without repeating it. */
function findingParts(f, warnOnly = false) {
    const subject = f.module ? `${f.module}${f.version ? `@${f.version}` : ''}` : undefined;
    const message = subject && f.message.startsWith(`${subject}: `) ? f.message.slice(subject.length + 2) : f.message;
    const label = (0,outcome/* isSoftened */.xh)(f, warnOnly)
        ? 'policy (warn-only)'
        : (0,outcome/* isWarning */.Vv)(f, warnOnly)
            ? 'warning'
            : f.kind === 'security'
                ? 'SECURITY'
                : f.kind;
    return { label, subject, message };
}

// EXTERNAL MODULE: ./.build/report/colour.js
var colour = __webpack_require__(2257);
;// CONCATENATED MODULE: ./.build/report/license-fix.js
/** At most this many ids of a list are quoted in a sentence. */
const QUOTED = 4;
/** The violations, read from the module table: each denied license names its failing id and list. */
function licenseViolations(report) {
    return report.modules.flatMap((m) => (m.license?.verdict === 'denied' ? [violationOf(m)] : []));
}
function violationOf(m) {
    const failing = m.license?.failing;
    return {
        module: m.path,
        version: m.version,
        license: failing?.id ?? m.license?.expression ?? '',
        denied: failing?.list === 'license-deny',
    };
}
/** "BSD-2-Clause is not in license-allow (MIT, Apache-2.0, …)" or "GPL-3.0-only is in license-deny". */
function violationSentence(v, report) {
    if (v.denied)
        return `${v.license} is in license-deny`;
    const allow = report.settings.licenseAllow ?? [];
    const quoted = allow.slice(0, QUOTED).join(', ') + (allow.length > QUOTED ? ', …' : '');
    return `${v.license} is not in license-allow${allow.length > 0 ? ` (${quoted})` : ''}`;
}
/** A module's license verdict as the module table shows it: "denied" only when a deny list said so. */
function verdictWord(m) {
    if (!m.license || m.license.verdict === 'not-gated')
        return '';
    if (m.license.verdict === 'denied')
        return violationOf(m).denied ? 'denied' : 'not allowed';
    return m.license.verdict;
}
const SHOWN = 20;
function licenseFix(report) {
    const violations = licenseViolations(report);
    const unknown = report.modules.filter((m) => m.license?.verdict === 'unknown' &&
        !m.main &&
        report.findings.some((f) => f.area === 'license' && f.severity !== 'warning' && f.module === m.path));
    if (violations.length === 0 && unknown.length === 0)
        return undefined;
    // A license only modules outside what ships carry is never offered for license-allow.
    const graphOnly = new Set([...violations.map((v) => v.module), ...unknown.map((m) => m.path)].filter((p) => report.modules.find((m) => m.path === p)?.license?.compiledIn === false));
    const notAllowed = [
        ...new Set(violations.filter((v) => !v.denied && !graphOnly.has(v.module)).map((v) => v.license)),
    ];
    return {
        notAllowed,
        allowValue: [...(report.settings.licenseAllow ?? []), ...notAllowed].join(', '),
        denied: [...new Set(violations.filter((v) => v.denied).map((v) => v.license))],
        exceptions: violations.slice(0, SHOWN).map((v) => `${v.module}@${v.version} ignore`),
        unknown: unknown.slice(0, SHOWN).map((m) => `${m.path}@${m.version}`),
        notCompiledIn: [...graphOnly],
    };
}
/**
 * The copy-pasteable fix for the summary: the `license-allow` line with the missing ids added,
 * or one `license-exceptions` line per module version. Lines are escaped by the caller's `escape`
 * and sit in <pre>, where entities decode (never in a Markdown code span).
 */
function licenseFixHint(report, escape) {
    const fix = licenseFix(report);
    if (!fix)
        return undefined;
    // The caller titles it (the summary's collapsed "How to fix"): no second heading inside.
    const parts = [];
    const they = (ids) => (ids.length === 1 ? ['is', 'it'] : ['are', 'them']);
    if (fix.notCompiledIn.length > 0)
        parts.push(`- ${fix.notCompiledIn.length} of the failing modules are in the module graph only (no main package compiles them in): gate what ships, and they are reported, not gated:`, pre('license-scope: shipped', escape));
    if (fix.notAllowed.length > 0) {
        const [is, it] = they(fix.notAllowed);
        parts.push(`- If ${escape(fix.notAllowed.join(', '))} ${is} acceptable for you, allow ${it}:`, pre(`license-allow: ${fix.allowValue}`, escape));
    }
    // "Or …" only after another way to fix it.
    const or = (word) => parts.length > 1 ? `Or ${word}` : word[0].toUpperCase() + word.slice(1);
    if (fix.denied.length > 0)
        parts.push(`- ${or('take')} ${escape(fix.denied.join(', '))} out of \`license-deny\`.`);
    if (fix.exceptions.length > 0)
        parts.push(`- ${or('exempt')} just these versions (\`ignore\` skips the check; write the license instead if it was detected wrongly):`, pre(['license-exceptions: |', ...fix.exceptions.map((l) => `  ${l}`)].join('\n'), escape));
    // The placeholder stays in prose: every pasteable block runs as printed.
    if (fix.unknown.length > 0)
        parts.push(`- ${or('read')} the license of ${escape(fix.unknown.join(', '))} and name it in \`license-exceptions\`, one line per version: \`<module>@<version> <SPDX id>\`.`);
    return parts.join('\n');
}
/**
 * The same fix for the terminal, in flags. Each value to paste stands on its own line, so the
 * sentence before it fits the terminal and the value is copied whole.
 */
function licenseFixLines(report) {
    const fix = licenseFix(report);
    if (!fix)
        return [];
    const lines = ['How to fix:'];
    const or = () => (lines.length > 1 ? 'or ' : '');
    if (fix.notCompiledIn.length > 0)
        lines.push(`  ${fix.notCompiledIn.length} failing modules are not compiled in; gate what ships:`, '    --license-scope shipped');
    if (fix.notAllowed.length > 0)
        lines.push(`  ${or()}allow ${fix.notAllowed.join(', ')}:`, `    --license-allow '${fix.allowValue}'`);
    if (fix.denied.length > 0)
        lines.push(`  ${or()}take ${fix.denied.join(', ')} out of --license-deny`);
    if (fix.exceptions.length > 0)
        lines.push(`  ${or()}exempt these versions:`, `    --license-exceptions '${fix.exceptions.join('\n')}'`);
    // Placeholders in prose, never inside a value to paste.
    if (fix.unknown.length > 0)
        lines.push(`  ${or()}name the license of ${fix.unknown.join(', ')} in --license-exceptions (one line per version: <module>@<version> <SPDX id>)`);
    return lines;
}
function pre(text, escape) {
    return `<pre>${text.split('\n').map(escape).join('\n')}</pre>`;
}

;// CONCATENATED MODULE: ./.build/report/terminal-table.js

/** The narrowest a path or a version is cut to before the details are cut instead. */
const MIN_PATH = 16;
const MIN_VERSION = 14;
const KIND_WIDTH = 8;
/** Route hosts longer than this are cut in the middle: the route is a hint, the path is the fact. */
const ROUTE_WIDTH = 20;
/**
 * Cuts `text` to `width` characters by taking out its middle, so a module path keeps both its
 * host and its last element (`github.com/some…/internal/v2`).
 */
function truncateMiddle(text, width, ellipsis = '…') {
    if (text.length <= width)
        return text;
    if (width <= ellipsis.length)
        return text.slice(0, width);
    const keep = width - ellipsis.length;
    const head = Math.ceil(keep / 2);
    return text.slice(0, head) + ellipsis + text.slice(text.length - (keep - head));
}
function truncateEnd(text, width, ellipsis) {
    if (text.length <= width)
        return text;
    return width <= ellipsis.length ? text.slice(0, width) : text.slice(0, width - ellipsis.length) + ellipsis;
}
/** The route as a short word: the proxy's host (cut in the middle past 20), or how it arrived. */
function shortArrival(route, ellipsis = '…') {
    if (!route)
        return '';
    return route.kind === 'proxy' ? truncateMiddle(route.host, ROUTE_WIDTH, ellipsis) : route.kind;
}
function details(m, ellipsis, level) {
    const full = level === 'full';
    const license = m.license
        ? `${full ? 'license ' : ''}${m.license.expression}${verdictShown(m, full) ? ` (${verdictWord(m)})` : ''}`
        : '';
    return [
        m.replace?.kind === 'module' ? `=> ${m.replace.path}@${m.replace.version}` : '',
        m.replace?.kind === 'local' ? `=> ${m.replace.dir}` : '',
        m.route && level !== 'no-route' ? `${full ? 'via ' : ''}${shortArrival(m.route, ellipsis)}` : '',
        license,
        m.checksum ? `${full ? 'checksum ' : ''}${m.checksum}` : '',
    ]
        .filter((s) => s !== '')
        .join('  ');
}
/** Short rows leave "allowed" unsaid: only what is not fine needs the word. */
function verdictShown(m, full) {
    const verdict = m.license?.verdict;
    return verdict !== undefined && verdict !== 'not-gated' && (full || verdict !== 'allowed');
}
/**
 * Widths that fit `room`: the version gives way first (to 12; a pseudo-version keeps its date's
 * start and its hash's end), then the path (cut in the middle); the details are cut at the end
 * only when the path would fall under 16.
 */
function fit(want, room) {
    let over = want.path + want.version + want.details - room;
    const cut = (width, min) => {
        const by = Math.max(0, Math.min(over, width - min));
        over -= by;
        return width - by;
    };
    const version = cut(want.version, MIN_VERSION);
    const path = cut(want.path, MIN_PATH);
    return { path, version, details: cut(want.details, 0) };
}
/**
 * The module rows (and, on a terminal, a ruled header), each narrower than `columns` so none
 * wraps (a line exactly as wide as the terminal wraps on some). The details drop their labels,
 * then the route, before the path is cut below 40% of the room; the kind column never gives way.
 */
function moduleTableRows(modules, layout) {
    const ellipsis = layout.tty ? '…' : '...';
    const levels = layout.columns === undefined ? ['full'] : ['full', 'compact', 'no-route'];
    // Two of indent, three single spaces between the four columns, and one column kept free.
    const room = Math.max(40, (layout.columns ?? 0) - 1) - 2 - 3 - KIND_WIDTH;
    let rows = [];
    let widths = { path: 0, version: 0, details: 0 };
    for (const level of levels) {
        rows = modules.map((m) => ({
            path: m.path,
            version: m.version || '-',
            kind: m.main ? 'main' : m.indirect ? 'indirect' : 'direct',
            details: details(m, ellipsis, level),
        }));
        const want = {
            path: Math.max(6, ...rows.map((r) => r.path.length)),
            version: Math.max(7, ...rows.map((r) => r.version.length)),
            details: Math.max(0, ...rows.map((r) => r.details.length)),
        };
        widths = layout.columns === undefined ? want : fit(want, room);
        if (widths.path >= Math.min(want.path, Math.floor(room * 0.4)) && widths.details === want.details)
            break;
    }
    const { path: pathWidth, version: versionWidth, details: detailsWidth } = widths;
    const line = (path, version, kind, more) => `  ${truncateMiddle(path, pathWidth, ellipsis).padEnd(pathWidth)} ${truncateMiddle(version, versionWidth, ellipsis).padEnd(versionWidth)} ${kind.padEnd(KIND_WIDTH)} ${truncateEnd(more, detailsWidth, ellipsis)}`.trimEnd();
    const body = rows.map((r) => line(r.path, r.version, r.kind, r.details));
    if (!layout.tty)
        return body;
    const header = line('Module', 'Version', 'Kind', 'Route, license, checksum');
    return [
        header,
        `  ${'─'.repeat(Math.max(0, Math.max(...body.map((l) => l.length), header.length) - 2))}`,
        ...body,
    ];
}

// EXTERNAL MODULE: ./.build/diff/diff-step.js + 4 modules
var diff_step = __webpack_require__(994);
;// CONCATENATED MODULE: ./.build/report/terminal.js









/** Above this many modules the table shows only the failing and warning rows, unless verbose. */
const FULL_TABLE_UP_TO = 40;
/**
 * Plain text for the CLI: the module table, then the problems, then the verdict **last**, so
 * that what stays on screen is the answer.
 */
function renderTerminal(report, options = {}) {
    const c = options.colour ?? colour/* NO_COLOUR */.fS;
    const wording = options.wording ?? ((text) => text);
    // Quiet: the problems and the verdict, nothing else (a verdict without its reasons helps no one).
    if (options.quiet)
        return [...problemLines(report, c, wording, options.columns), verdictLine(report, c)].join('\n') + '\n';
    const lines = [];
    const flagged = flaggedModules(report);
    const all = options.verbose || report.modules.length <= FULL_TABLE_UP_TO;
    const shown = all ? report.modules : report.modules.filter((m) => flagged.has(m.path));
    if (!all)
        lines.push(c.dim(shown.length === 0
            ? `${(0,plural/* plural */.L)(report.modules.length, 'module')}, none failing or warning (--verbose lists them all)`
            : `${(0,plural/* plural */.L)(report.modules.length, 'module')}; showing the ${(0,plural/* plural */.L)(shown.length, 'failing or warning row')} (--verbose for all)`));
    const tty = options.tty === true;
    const rows = moduleTableRows(shown, { columns: options.columns, tty });
    const header = rows.length - shown.length;
    rows.forEach((row, i) => lines.push(i < header ? c.dim(row) : flagged.has(shown[i - header].path) ? c.red(row) : row));
    if (report.findings.length > 0) {
        lines.push('', ...problemLines(report, c, wording, options.columns));
        const fix = licenseFixLines(report);
        if (fix.length > 0)
            lines.push('', ...fix);
    }
    lines.push('');
    // The pull-request diff leads the summary; on the terminal it stands just above the verdict.
    if (report.diff)
        lines.push(`Against the base: ${(0,diff_step/* diffSentence */.N)(report.diff)}`);
    if (options.reportFile)
        lines.push(c.dim(`JSON report: ${options.reportFile}`));
    lines.push(verdictLine(report, c));
    return lines.join('\n') + '\n';
}
/** `go-module-warden: FAILED (12 modules, 1 problem, 1 warning; 3.2s)`. */
function verdictLine(report, c = colour/* NO_COLOUR */.fS) {
    const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
    const tint = { passed: c.green, warned: c.yellow, failed: c.red }[report.status];
    const errors = report.findings.filter((f) => !(0,outcome/* isWarning */.Vv)(f, report.warnOnly)).length;
    const warnings = report.findings.length - errors;
    const facts = [(0,plural/* plural */.L)(report.modules.length, 'module')];
    if (errors > 0)
        facts.push((0,plural/* plural */.L)(errors, 'problem'));
    if (warnings > 0)
        facts.push((0,plural/* plural */.L)(warnings, 'warning'));
    return `go-module-warden: ${c.bold(tint(word))} (${facts.join(', ')}; ${(0,duration/* formatDuration */.a)(report.durationMs)})`;
}
/** Modules a finding names, or whose license or checksum is not fine. */
function flaggedModules(report) {
    const flagged = new Set(report.findings.flatMap((f) => (f.module ? [f.module] : [])));
    for (const m of report.modules) {
        if (m.license?.verdict === 'denied' || m.license?.verdict === 'unknown')
            flagged.add(m.path);
        if (m.checksum === 'mismatch' || m.checksum === 'missing-from-go-sum')
            flagged.add(m.path);
    }
    return flagged;
}
/**
 * One line per finding, in the report's order (failing facts first); at a known width each is
 * wrapped at spaces with a hanging indent, never mid-word (the fix lines below stay whole: they
 * are pasted as printed).
 */
function problemLines(report, c, wording, columns) {
    const violations = new Map(licenseViolations(report).map((v) => [`${v.module}@${v.version}`, v]));
    return report.findings.map((f) => {
        const { label, subject, message } = findingParts(f, report.warnOnly);
        const tint = (0,outcome/* isWarning */.Vv)(f, report.warnOnly) ? c.yellow : c.red;
        const violation = f.area === 'license' && subject ? violations.get(subject) : undefined;
        const text = violation ? violationSentence(violation, report) : wording(message);
        const plain = `  ${label} [${f.area}] ${subject ? `${subject}: ` : ''}${text}`.split('\n');
        const wrapped = plain.flatMap((line, i) => {
            const own = i === 0 ? line : `    ${line}`;
            return columns ? wrapWords(own, columns - 1, '    ') : [own];
        });
        // The label is tinted after wrapping: colour codes take no columns.
        wrapped[0] = wrapped[0].replace(label, tint(label));
        return wrapped.join('\n');
    });
}


/***/ })

};
