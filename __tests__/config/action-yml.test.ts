import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderActionYml } from '../../scripts/action-yml.js';
import { INPUTS, OUTPUTS } from '../../src/config/inputs.js';
import { VERSION } from '../../src/version.js';

describe('action.yml', () => {
  it('is exactly what the input and output tables render (run: npx tsx scripts/action-yml.ts > action.yml)', () => {
    expect(fs.readFileSync('action.yml', 'utf8')).toBe(renderActionYml());
  });

  it('runs on node24 with a main and a post step', () => {
    const text = fs.readFileSync('action.yml', 'utf8');
    expect(text).toMatch(/using: 'node24'/);
    expect(text).toMatch(/main: 'dist\/main\/index.js'/);
    expect(text).toMatch(/post: 'dist\/post\/index.js'/);
  });

  it('documents every input and output in the README', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const spec of [...INPUTS, ...OUTPUTS]) expect(readme).toContain(`\`${spec.name}\``);
  });

  it('states the same version as package.json', () => {
    expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });
});

describe('the README outputs table', () => {
  it('gives each output the meaning action.yml gives it', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const spec of OUTPUTS)
      expect(readme).toContain(`| \`${spec.name}\` | ${spec.description.replace(/\|/g, '\\|')} |`);
  });
});
