import { describe, expect, it } from 'vitest';
import { normaliseBase, parseYearRange } from '../../src/site.ts';

describe('site settings', () => {
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/a/b//')).toBe('/a/b/');
  });

  it('reads year ranges for sharded builds, and refuses anything else', () => {
    expect(parseYearRange(undefined)).toBeUndefined();
    expect(parseYearRange('2005-2012')).toEqual({ first: 2005, last: 2012 });
    expect(parseYearRange('2019')).toEqual({ first: 2019, last: 2019 });
    expect(() => parseYearRange('2019-')).toThrow(/ARSHIF_YEARS/);
  });
});
