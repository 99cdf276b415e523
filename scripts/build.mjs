// Builds one ncc bundle per entry (dist/main, dist/post, dist/cli), each an ES module with its own
// package.json {"type":"module"} (ncc emits ESM for a "type": "module" package; without that
// file node would load the bundle as CommonJS and fail at load). tsc compiles only what the three
// entries import (tsconfig.build.json) without type-checking it (--noCheck: the same JavaScript,
// 7 s instead of 13; `npm run typecheck`, which CI runs before the build, checks the types); ncc
// then bundles the JavaScript.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js' };
const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
const ncc = path.join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

fs.rmSync('.build', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { stdio: 'inherit' });
// The three bundles at once (each into its own folder, so the output is the same as one by one):
// one after the other took ~45 s of the build's ~58 s on 2 cores.
const failures = [];
await Promise.all(
  Object.entries(entries).map(async ([name, entry]) => {
    const out = path.join('dist', name);
    fs.rmSync(out, { recursive: true, force: true });
    try {
      await promisify(execFile)(
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
        { maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      failures.push(`dist/${name}: ${error.stderr || error.message}`);
      return;
    }
    fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
  }),
);
if (failures.length > 0) {
  process.stderr.write(failures.join('\n') + '\n');
  process.exit(1);
}
fs.chmodSync(path.join('dist', 'cli', 'index.js'), 0o755);
fs.rmSync('.build', { recursive: true, force: true });
