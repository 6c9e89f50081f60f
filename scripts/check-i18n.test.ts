import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogues, readCatalogues } from './check-i18n';

describe('compareCatalogues', () => {
  it('accepts languages with the same keys', () => {
    expect(
      compareCatalogues({ 'es-MX': { a: { x: 'uno', y: { z: 'dos' } } }, en: { a: { x: 'one', y: { z: 'two' } } } }),
    ).toEqual([]);
  });

  it('reports a key missing in either language', () => {
    const problems = compareCatalogues({
      'es-MX': { a: { x: 'uno', only: 's' } },
      en: { a: { x: 'one', extra: 'e' } },
    });
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('en/a.json') && p.includes('"only"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('es-MX/a.json') && p.includes('"extra"'))).toBe(true);
  });

  it('reports a namespace file missing in one language and a string-vs-object mismatch', () => {
    const problems = compareCatalogues({ 'es-MX': { a: { x: { y: 'z' } }, b: {} }, en: { a: { x: 'flat' } } });
    expect(problems).toContain('en/b.json: falta el archivo (missing namespace file)');
    expect(problems.some((p) => p.includes('"x.y"'))).toBe(true);
    expect(problems.some((p) => p.includes('"x"'))).toBe(true);
  });

  it('finds the real web catalogues complete', () => {
    const catalogues = readCatalogues(path.resolve('src/web/i18n'));
    expect(Object.keys(catalogues)).toEqual(expect.arrayContaining(['es-MX', 'en']));
    expect(compareCatalogues(catalogues)).toEqual([]);
  });
});
