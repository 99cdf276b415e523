// The npm registry mirror this project is developed behind serves only the linux builds of
// platform-specific optional packages (e.g. @unrs/resolver-binding-*, used by jest), so
// `npm install` writes a lockfile without the others and `npm ci` then refuses it as out of sync.
// This adds the missing optional entries with their os/cpu, so npm ci skips them on linux and a
// machine of another platform knows what it lacks. Run after changing dependencies:
//   node scripts/complete-lockfile.mjs
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const platform = (name) => {
  const os =
    ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openharmony', 'wasm32'].find((o) =>
      name.includes(`-${o}-`),
    ) ?? 'unknown';
  const cpu = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasi'].find((c) =>
    name.includes(`-${c}`),
  );
  return os === 'wasm32'
    ? { cpu: ['wasm32'] }
    : { os: [os], ...(cpu ? { cpu: [cpu === 'wasi' ? 'wasm32' : cpu] } : {}) };
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (lock.packages[at] || lock.packages[`${key}/${at}`]) continue;
    lock.packages[at] = { version, dev: entry.dev, optional: true, ...platform(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);
