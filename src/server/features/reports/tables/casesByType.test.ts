import { describe, expect, it } from 'vitest';
import { BimonthlyReport, CasesByType } from '../report.contract.js';
import { buildCasesByType } from './casesByType.js';

describe('buildCasesByType (Cuadro 3)', () => {
  it('places counts in their bucket, profile and identity and totals them', () => {
    const table = buildCasesByType([
      { bucket: 'incorporationFollowUp', profile: 'defender', identity: 'woman', n: 1 },
      { bucket: 'incorporationFollowUp', profile: 'defender', identity: 'collective', n: '2' },
      { bucket: 'incorporationFollowUp', profile: 'journalist', identity: 'man', n: 1 },
      { bucket: 'attention', profile: 'defender', identity: 'lgbttti', n: 3 },
    ]);
    expect(table.rows.incorporationFollowUp.defender).toEqual({
      woman: 1,
      man: 0,
      lgbttti: 0,
      collective: 2,
      cases: 3,
    });
    expect(table.rows.incorporationFollowUp.journalist.cases).toBe(1);
    expect(table.rows.incorporationFollowUp.total).toBe(4);
    expect(table.rows.attention.defender.lgbttti).toBe(3);
    expect(table.rows.incorporation.total).toBe(0);
    expect(table.total.defender).toEqual({ woman: 1, man: 0, lgbttti: 3, collective: 2, cases: 6 });
    expect(table.total.total).toBe(7);
    expect(() => CasesByType.parse(table)).not.toThrow();
  });

  it('keeps the contract key order of the rows', () => {
    const table = buildCasesByType([]);
    expect(Object.keys(table.rows)).toEqual([
      'incorporation',
      'incorporationFollowUp',
      'attention',
      'attentionFollowUp',
      'federalCollaboration',
      'federalCollaborationFollowUp',
    ]);
    expect(Object.keys(table.total)).toEqual(['defender', 'journalist', 'total']);
    expect(Object.keys(table.total.defender)).toEqual(['woman', 'man', 'lgbttti', 'collective', 'cases']);
  });

  it('refuses an unknown bucket and a negative count', () => {
    expect(() =>
      buildCasesByType([{ bucket: 'other' as never, profile: 'defender', identity: 'man', n: 1 }]),
    ).toThrow();
    expect(() => buildCasesByType([{ bucket: 'attention', profile: 'defender', identity: 'man', n: -1 }])).toThrow();
  });

  it('the full report schema rejects extra fields', () => {
    expect(BimonthlyReport.safeParse({ period: { from: '2024-01-01', to: '2024-02-29' } }).success).toBe(false);
  });
});
