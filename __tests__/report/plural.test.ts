import { describe, expect, it } from '@jest/globals';
import { plural } from '../../src/plural.js';

describe('plural', () => {
  it.each([
    [1, 'module', undefined, '1 module'],
    [0, 'module', undefined, '0 modules'],
    [2, 'go.sum line', undefined, '2 go.sum lines'],
    [1, 'request was', 'requests were', '1 request was'],
    [3, 'request was', 'requests were', '3 requests were'],
  ])('%d %s', (n, one, many, text) => {
    expect(plural(n, one, many)).toBe(text);
  });
});
