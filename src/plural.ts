/**
 * "1 module", "2 modules", "1 go.sum line": the count and the noun, agreeing. Ground floor: any
 * layer may use it.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
