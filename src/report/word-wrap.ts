/**
 * Wraps text at spaces to `width` columns, continuing with `indent`; a word longer than the line
 * (a long module path) is kept whole, never cut, so the log can still be searched for it.
 */
export function wrapWords(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
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
