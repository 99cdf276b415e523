import type { Logger } from '../logger.js';

/**
 * Escapes text that comes from modules (paths, versions, error messages, license text) for the
 * job summary, which GitHub renders as Markdown with HTML. Entities work in both, so a module
 * named `<img src=x>` or `a|b` or `@someone` shows as text and never as markup or a mention.
 */
export function escapeSummaryText(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[&<>"'|`*_[\]\\~#@!]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text for a GitHub workflow command (::error ...::message), as @actions/core does. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * C0 and C1 controls, DEL, and the Unicode bidirectional overrides: what can move a terminal's
 * cursor, retitle a window, hide text or reorder it. Tab and line feed are kept when asked.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_LINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows each control character of module-derived text as Go's %q would (`\x1b`, `\r`, `\u202e`),
 * so a replace directory named with ESC or CR reaches a screen or a document as text, never as a
 * command. Tab and line feed stay unless `lines` is false.
 */
export function escapeControls(text: string, options: { readonly lines?: boolean } = {}): string {
  return text.replace(options.lines === false ? CONTROLS_AND_LINES : CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Every string inside a plain JSON value (the report) with its controls escaped (tab and line feed kept). */
export function escapeControlsIn<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? escapeControls(v) : v,
  ) as T;
}

/** Every log line with its controls escaped: go's messages quote module paths and directories. */
export function escapingLogger(logger: Logger): Logger {
  return {
    debug: (m) => logger.debug(escapeControls(m)),
    info: (m) => logger.info(escapeControls(m)),
    warn: (m) => logger.warn(escapeControls(m)),
    error: (m) => logger.error(escapeControls(m)),
    group: (title, fn) => logger.group(escapeControls(title, { lines: false }), fn),
    ...(logger.status ? { status: (m: string) => logger.status?.(escapeControls(m)) } : {}),
  };
}
