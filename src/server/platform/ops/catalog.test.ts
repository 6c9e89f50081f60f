import { describe, expect, it } from 'vitest';
import { dependencyOrder, type TableInfo } from './catalog.js';

const t = (name: string, references: string[] = []): TableInfo => ({
  name,
  columns: ['id'],
  primaryKey: ['id'],
  references,
  selfReferencing: false,
  foreignKeys: [],
  sequences: {},
});

describe('dependencyOrder', () => {
  it('puts every table after the tables it references', () => {
    const tables = [
      t('measure_actions', ['measures']),
      t('measures', ['cases']),
      t('case_follow_ups', ['cases']),
      t('cases'),
      t('audit_log'),
    ];
    const order = dependencyOrder(tables).map((x) => x.name);
    expect(order).toHaveLength(5);
    for (const table of tables)
      for (const parent of table.references) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(table.name));
  });

  it('ignores references to tables outside the list and refuses a cycle', () => {
    expect(dependencyOrder([t('a', ['elsewhere'])]).map((x) => x.name)).toEqual(['a']);
    expect(() => dependencyOrder([t('a', ['b']), t('b', ['a'])])).toThrow(/circular/);
  });
});
