import { describe, expect, it } from 'vitest';
import { diffReports } from './diff.js';
import { SEED003_REPORT } from './testing/seed003.expected.js';

describe('diffReports', () => {
  it('is empty for equal reports', () => {
    expect(diffReports(SEED003_REPORT, structuredClone(SEED003_REPORT))).toEqual([]);
  });

  it('names changed numbers by meaning, and added or removed rows', () => {
    const after = structuredClone(SEED003_REPORT);
    after.casesByType.rows.attention.defender.woman = 3;
    after.measures.rows = after.measures.rows.filter((r) => r.name !== 'Atención psicológica');
    after.measures.rows.push({ type: 'urgent_protection', name: 'Extracción', measures: 1, actions: 1 });
    after.incorporationsByMonth.byProfile.defender[1] = 2;
    const changes = diffReports(SEED003_REPORT, after);
    expect(changes).toContainEqual({ path: 'casesByType.rows.attention.defender.woman', before: 2, after: 3 });
    expect(changes).toContainEqual({ path: 'incorporationsByMonth.byProfile.defender[2]', before: 0, after: 2 });
    expect(changes).toContainEqual({ path: 'measures[urgent_protection/Extracción].measures', before: null, after: 1 });
    expect(changes).toContainEqual({ path: 'measures[social/Atención psicológica].actions', before: 30, after: null });
    expect(changes).toHaveLength(6);
  });
});
