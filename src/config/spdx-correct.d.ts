// spdx-correct is CommonJS without types of its own.
declare module 'spdx-correct' {
  function correct(id: string, options?: { upgrade?: boolean }): string | null;
  export = correct;
}
