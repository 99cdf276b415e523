// Renders action.yml from the input and output tables (src/config/inputs.ts), so the two never
// drift: `npx tsx scripts/action-yml.ts > action.yml`; a test checks the committed file.
import { pathToFileURL } from 'node:url';
import { INPUTS, OUTPUTS } from '../src/config/inputs.js';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function renderActionYml(): string {
  const lines = [
    "name: 'Go Module Warden'",
    "description: 'Prime a verified Go module cache through latency-budgeted proxies; gate every module on the checksum database and a license allowlist.'",
    "author: 'Go Module Warden maintainers'",
    'branding:',
    "  icon: 'shield'",
    "  color: 'blue'",
    'inputs:',
  ];
  for (const input of INPUTS) {
    const description =
      input.description +
      (input.computedDefault ? ` Empty: ${input.computedDefault}.` : '') +
      (input.coming ? ' (coming)' : '');
    lines.push(
      `  ${input.name}:`,
      `    description: ${quote(description)}`,
      '    required: false',
      `    default: ${quote(input.default)}`,
    );
  }
  lines.push('outputs:');
  for (const output of OUTPUTS)
    lines.push(`  ${output.name}:`, `    description: ${quote(output.description)}`);
  lines.push(
    'runs:',
    "  using: 'node24'",
    "  main: 'dist/main/index.js'",
    "  post: 'dist/post/index.js'",
    "  post-if: 'success()'",
  );
  return lines.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(renderActionYml());
