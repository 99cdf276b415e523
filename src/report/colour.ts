/** ANSI colour for the terminal, when the user wants it (https://no-color.org, FORCE_COLOR). */
export interface Palette {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string) => text;
export const NO_COLOUR: Palette = { red: plain, yellow: plain, green: plain, bold: plain, dim: plain };

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const ANSI: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
};

/**
 * NO_COLOR (any non-empty value) turns colour off; FORCE_COLOR turns it on (off for `0` or
 * `false`), also off a terminal; otherwise colour on a TTY whose TERM is not `dumb`.
 */
export function colourWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  return isTTY && env.TERM !== 'dumb';
}
