// Builds one ncc bundle per entry (dist/main, dist/post, dist/cli), each an ES module with its own
// package.json {"type":"module"} (ncc emits ESM for a "type": "module" package; without that
// file node would load the bundle as CommonJS and fail at load). tsc compiles only what the three
// entries import (tsconfig.build.json), type-checked; ncc then bundles the JavaScript.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js' };
const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
const ncc = path.join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

fs.rmSync('.build', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
for (const [name, entry] of Object.entries(entries)) {
  const out = path.join('dist', name);
  fs.rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join('.build', entry),
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
  fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
}
fs.chmodSync(path.join('dist', 'cli', 'index.js'), 0o755);
fs.rmSync('.build', { recursive: true, force: true });
