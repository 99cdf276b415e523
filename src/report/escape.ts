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
