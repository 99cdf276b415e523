import type { ModuleNotices, NoticeText } from './collect-notices.js';

/** Identical texts, once, with every module and file that carries them. */
export interface NoticeGroup {
  readonly kind: 'license' | 'notice';
  readonly label: string;
  readonly text: string;
  readonly holders: readonly { readonly module: string; readonly file: string; readonly proven: boolean }[];
}

/**
 * Groups identical texts. Order is deterministic: license texts before NOTICE files, then by
 * label, then by the first module carrying the text; holders sorted by module and file.
 */
export function groupNotices(modules: readonly ModuleNotices[]): NoticeGroup[] {
  const groups = new Map<
    string,
    { kind: NoticeText['kind']; labels: Set<string>; text: string; holders: NoticeGroup['holders'][number][] }
  >();
  for (const m of modules) {
    for (const t of m.texts) {
      const key = `${t.kind}\u0000${t.text}`;
      const group = groups.get(key) ?? { kind: t.kind, labels: new Set<string>(), text: t.text, holders: [] };
      group.labels.add(t.kind === 'notice' ? 'NOTICE' : (t.license ?? 'unidentified license text'));
      group.holders.push({ module: `${m.path} ${m.version}`, file: t.file, proven: m.proven });
      groups.set(key, group);
    }
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .map((g) => ({
      kind: g.kind,
      label: [...g.labels].sort(compare).join(' / '),
      text: g.text,
      holders: g.holders.sort((a, b) => compare(a.module, b.module) || compare(a.file, b.file)),
    }))
    .sort(
      (a, b) =>
        compare(a.kind === 'license' ? '0' : '1', b.kind === 'license' ? '0' : '1') ||
        compare(a.label, b.label) ||
        compare(a.holders[0].module, b.holders[0].module) ||
        compare(a.text, b.text),
    );
}

export interface NoticesHeader {
  readonly mainModules: readonly string[];
  readonly tool: { readonly name: string; readonly version: string };
}

/** The notices file as Markdown: headings and lists escaped, texts in fences longer than any backtick run in them. */
export function renderNoticesMarkdown(header: NoticesHeader, modules: readonly ModuleNotices[]): string {
  const groups = groupNotices(modules);
  const out: string[] = ['# Third-party notices', ''];
  out.push(intro(header, modules, groups).map(escapeMarkdown).join(' '), '');
  const section = (kind: NoticeGroup['kind'], title: string) => {
    const list = groups.filter((g) => g.kind === kind);
    if (list.length === 0) return;
    out.push(`## ${title}`, '');
    list.forEach((g, i) => {
      out.push(`### ${i + 1}. ${escapeMarkdown(g.label)}`, '', 'Carried by:', '');
      for (const h of g.holders)
        out.push(`- ${codeSpan(h.module)}, ${codeSpan(h.file)}${h.proven ? '' : ' *(not proven)*'}`);
      const fence = '`'.repeat(Math.max(3, longestRun(g.text, '`') + 1));
      out.push('', `${fence}text`, g.text, fence, '');
    });
  };
  section('license', 'License texts');
  section('notice', 'NOTICE files');
  const without = modules.filter((m) => !m.texts.some((t) => t.kind === 'license'));
  if (without.length > 0) {
    out.push('## Modules without a license file', '');
    for (const m of without)
      out.push(`- ${codeSpan(`${m.path} ${m.version}`)}${m.note ? `: ${escapeMarkdown(m.note)}` : ''}`);
    out.push('');
  }
  const unproven = modules.filter((m) => m.texts.length > 0 && !m.proven);
  if (unproven.length > 0) {
    out.push('## Not proven', '');
    for (const m of unproven)
      out.push(
        `- ${codeSpan(`${m.path} ${m.version}`)}: ${escapeMarkdown(m.note ?? 'not read from a verified zip')}`,
      );
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

/** The same content as plain text. */
export function renderNoticesText(header: NoticesHeader, modules: readonly ModuleNotices[]): string {
  const groups = groupNotices(modules);
  const rule = '='.repeat(79);
  const out: string[] = ['THIRD-PARTY NOTICES', '', intro(header, modules, groups).join(' '), ''];
  for (const g of groups) {
    out.push(rule, g.kind === 'license' ? `License: ${g.label}` : 'NOTICE', 'Carried by:');
    for (const h of g.holders) out.push(`  ${h.module} (${h.file})${h.proven ? '' : ' [not proven]'}`);
    out.push(rule, '', g.text, '');
  }
  const without = modules.filter((m) => !m.texts.some((t) => t.kind === 'license'));
  if (without.length > 0) {
    out.push(rule, 'Modules without a license file:', rule);
    for (const m of without) out.push(`  ${m.path} ${m.version}${m.note ? `: ${m.note}` : ''}`);
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function intro(
  header: NoticesHeader,
  modules: readonly ModuleNotices[],
  groups: readonly NoticeGroup[],
): string[] {
  const licenses = groups.filter((g) => g.kind === 'license').length;
  const notices = groups.length - licenses;
  return [
    `Third-party modules of ${header.mainModules.join(', ') || 'the project'}: ${modules.length} modules,`,
    `${licenses} distinct license ${licenses === 1 ? 'text' : 'texts'}, ${notices} distinct NOTICE ${notices === 1 ? 'file' : 'files'}.`,
    `Written by ${header.tool.name} ${header.tool.version} from the module zips whose h1 matched the checked go.sum lines;`,
    'texts read any other way are marked not proven.',
  ];
}

/** Backslash-escapes CommonMark's ASCII punctuation that could start markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/^(\s*)([-=]|\d+\.)/gm, '$1\\$2');
}

function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
