// Types for the CommonJS SPDX packages without their own. They are imported statically (not
// through createRequire) because only static imports get bundled by @vercel/ncc.
declare module 'spdx-expression-parse' {
  type SpdxNode =
    | { license: string; plus?: boolean; exception?: string }
    | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };
  function parse(expression: string): SpdxNode;
  export = parse;
}

declare module 'spdx-satisfies' {
  function satisfies(expression: string, allowed: string[]): boolean;
  export = satisfies;
}
