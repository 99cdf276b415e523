/**
 * The license section of a root README: the heading that names the license and what follows it
 * up to the next heading of its level or higher; without such a heading, the paragraphs that
 * say "licensed" or "license". It is read for one thing: a choice between the root's licenses.
 */
const MAX_SECTION_LINES = 40;

export function readmeLicenseSection(readme: string): string {
  const lines = readme.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const level = headingLevel(lines, i);
    if (level === 0 || !/licen[cs]/i.test(lines[i])) continue;
    const section = [lines[i]];
    for (let j = i + 1; j < lines.length && section.length < MAX_SECTION_LINES; j++) {
      const next = headingLevel(lines, j);
      if (next > 0 && next <= level) break;
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

function headingLevel(lines: readonly string[], i: number): number {
  const atx = /^(#{1,6})\s+\S/.exec(lines[i]);
  if (atx) return atx[1].length;
  const under = lines[i + 1];
  if (lines[i].trim() !== '' && under !== undefined && /^(=+|-+)\s*$/.test(under) && under.length >= 3) {
    return under.startsWith('=') ? 1 : 2;
  }
  return 0;
}
