/**
 * SBOM benchmark: our CycloneDX + SPDX writer beside cyclonedx-gomod on the same project, the same
 * primed module cache, in the same run. A build list of MODULES modules whose licenses cycle
 * through MIT, Apache-2.0, BSD-3-Clause, ISC, and every tenth has no license file. Prints, per
 * tool: components, components with a license, with a hash, time (median of ROUNDS); last, one
 * JSON object.
 *
 *   npx tsx bench/sbom.bench.ts [rounds=3] [modules=200]
 *   CYCLONEDX_GOMOD=/path/to/cyclonedx-gomod (default: $(go env GOPATH)/bin/cyclonedx-gomod; `skip` to leave it out)
 *   Install it with: go install github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@latest
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { spawnGo } from '../src/go/go-command.js';
import { MemoryLogger } from '../src/logger.js';
import { writeArtifacts } from '../src/sbom/write-artifacts.js';
import { fixtureModule, goModFile, mainSource, type FixtureGraph } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox } from '../test-support/go-sandbox.js';
import { runPipelineIn } from '../test-support/pipeline-harness.js';
import { entryForModule, startTestSumdb } from '../test-support/sumdb-server.js';

const run = promisify(execFile);
const ROUNDS = Number(process.argv[2] ?? 3);
const MODULES = Number(process.argv[3] ?? 200);
const LICENSES = ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC'] as const;

function graph(n: number): FixtureGraph {
  const modules = Array.from({ length: n }, (_, i) =>
    fixtureModule({
      path: `example.test/sbom/m${String(i).padStart(3, '0')}`,
      version: `v1.${i % 7}.0`,
      license: i % 10 === 9 ? undefined : LICENSES[i % LICENSES.length],
    }),
  );
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/sbomapp',
      goMod: goModFile('example.test/sbomapp', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface CdxDoc {
  components?: {
    name?: string;
    version?: string;
    licenses?: unknown[];
    hashes?: { alg: string; content: string }[];
    evidence?: { licenses?: unknown[] };
  }[];
}

/** name@version → SHA-256 content, to see whether two tools hash the same bytes. */
function sha256s(doc: CdxDoc): Map<string, string> {
  return new Map(
    (doc.components ?? []).flatMap((c) => {
      const h = c.hashes?.find((x) => x.alg === 'SHA-256');
      return h ? [[`${c.name}@${c.version}`, h.content] as const] : [];
    }),
  );
}
function summarize(doc: CdxDoc) {
  const components = doc.components ?? [];
  return {
    components: components.length,
    // Identified: a license or expression other than our LicenseRef-unknown, in licenses or evidence.
    withLicense: components.filter((c) => {
      const all = [...(c.licenses ?? []), ...(c.evidence?.licenses ?? [])];
      return all.length > 0 && !JSON.stringify(all).includes('LicenseRef-unknown');
    }).length,
    withHash: components.filter((c) => (c.hashes?.length ?? 0) > 0).length,
  };
}

const g = graph(MODULES);
const proxy = await startFixtureProxy(g.modules);
const sumdb = await startTestSumdb(g.modules.map(entryForModule));
const tidy = await createGoSandbox();
const sandbox = await createGoSandbox();
try {
  const project = await createFixtureProject(tidy, g, proxy.url);
  const out = path.join(sandbox.root, 'out');
  const { config, report } = await runPipelineIn(sandbox, project, {
    proxy: proxy.url,
    sumdb: sumdb.gosumdb,
    sbom: 'cyclonedx, spdx',
    'sbom-file': path.join(out, 'bom.json'),
    'unknown-license': 'warn',
  });
  const ourMs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    await writeArtifacts(config, report, {
      runGo: spawnGo,
      env: sandbox.env,
      goModCache: sandbox.env.GOMODCACHE as string,
      logger: new MemoryLogger(),
      now: Date.now,
    });
    ourMs.push(performance.now() - start);
  }
  const ours = summarize(JSON.parse(fs.readFileSync(path.join(out, 'bom.cdx.json'), 'utf8')) as CdxDoc);
  const unverified = report.modules.filter((m) => !m.main && m.checksum !== 'verified').length;
  console.log(
    `go-module-warden: ${ours.components} components, ${ours.withLicense} with a license, ${ours.withHash} with a zip SHA-256 (proven), ` +
      `${unverified} not verified; CycloneDX + SPDX in ${median(ourMs).toFixed(0)} ms (median of ${ROUNDS}; pipeline run before it: ${report.durationMs} ms)`,
  );

  let gomod:
    | (ReturnType<typeof summarize> & { ms: number; version: string; sameSha256AsOurs: number })
    | { skipped: string } = {
    skipped: 'not run',
  };
  const gopath = (await run('go', ['env', 'GOPATH'])).stdout.trim();
  const binary = process.env.CYCLONEDX_GOMOD ?? path.join(gopath, 'bin', 'cyclonedx-gomod');
  if (binary === 'skip' || !fs.existsSync(binary)) {
    gomod = { skipped: binary === 'skip' ? 'CYCLONEDX_GOMOD=skip' : `${binary} not installed` };
    console.log(`cyclonedx-gomod: skipped (${gomod.skipped})`);
  } else {
    const version = (
      await run(binary, ['version'], { env: sandbox.env }).catch(() => ({ stdout: '?' }))
    ).stdout
      .trim()
      .split('\n')[0]
      .replace(/^Version:\s*/, '');
    const env = { ...sandbox.env, GOPROXY: 'off', GOFLAGS: '-mod=mod -modcacherw' };
    const times: number[] = [];
    const file = path.join(out, 'gomod.cdx.json');
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      await run(binary, ['mod', '-licenses', '-json', '-output', file], {
        cwd: project,
        env,
        maxBuffer: 64 << 20,
      });
      times.push(performance.now() - start);
    }
    const theirs = JSON.parse(fs.readFileSync(file, 'utf8')) as CdxDoc;
    const ourHashes = sha256s(JSON.parse(fs.readFileSync(path.join(out, 'bom.cdx.json'), 'utf8')) as CdxDoc);
    const sameHash = [...sha256s(theirs)].filter(([k, v]) => ourHashes.get(k) === v).length;
    gomod = { ...summarize(theirs), ms: median(times), version, sameSha256AsOurs: sameHash };
    console.log(
      `cyclonedx-gomod (${version}): ${gomod.components} components, ${gomod.withLicense} with a license, ${gomod.withHash} with a hash, ` +
        `in ${gomod.ms.toFixed(0)} ms (median of ${ROUNDS}); ${gomod.sameSha256AsOurs} of its SHA-256 values equal ours (the zip's); it states no verification verdict`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'sbom',
      modules: MODULES,
      rounds: ROUNDS,
      ours: { ...ours, ms: Math.round(median(ourMs)), pipelineMs: report.durationMs, unverified },
      cyclonedxGomod: 'ms' in gomod ? { ...gomod, ms: Math.round(gomod.ms) } : gomod,
    }),
  );
} finally {
  await proxy.close();
  await sumdb.close();
  await tidy.cleanup();
  await sandbox.cleanup();
}
