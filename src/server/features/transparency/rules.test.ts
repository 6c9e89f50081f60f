import { describe, expect, it } from 'vitest';
import { candidateRuleSets, CDMX_LTAIPRC, DEFAULT_RULE_SETS, GENERAL_LAWS_2025, ruleSetInForce } from './rules.js';

describe('rule sets', () => {
  it('defaults carry the general-law numbers with their articles', () => {
    expect(GENERAL_LAWS_2025.public.answer).toEqual({ days: 20, article: expect.stringContaining('art. 134') });
    expect(GENERAL_LAWS_2025.public.extension.days).toBe(10);
    expect(GENERAL_LAWS_2025.public.clarificationRequest.days).toBe(5);
    expect(GENERAL_LAWS_2025.public.clarificationReply.days).toBe(10);
    expect(GENERAL_LAWS_2025.public.incompetence.days).toBe(3);
    expect(GENERAL_LAWS_2025.public.appealFiling).toEqual({ days: 15, article: expect.stringContaining('art. 144') });
    expect(GENERAL_LAWS_2025.arco.answer).toEqual({ days: 20, article: expect.stringContaining('art. 45') });
    expect(GENERAL_LAWS_2025.arco.appealFiling.article).toContain('art. 95');
  });
  it("the city's periods ship loaded, every number with its article, marked por verificar", () => {
    expect(DEFAULT_RULE_SETS).toContain(CDMX_LTAIPRC);
    expect(CDMX_LTAIPRC).toMatchObject({ family: 'cdmx', verified: false, effectiveFrom: '2016-05-07' });
    expect(CDMX_LTAIPRC.public.answer).toEqual({
      days: 9,
      article: expect.stringMatching(/^art\. 212 LTAIPRC/),
    });
    expect(CDMX_LTAIPRC.public.extension).toEqual({ days: 7, article: expect.stringContaining('art. 212 LTAIPRC') });
    expect(CDMX_LTAIPRC.public.appealFiling).toEqual({
      days: 15,
      article: expect.stringContaining('art. 236 LTAIPRC'),
    });
    for (const p of [...Object.values(CDMX_LTAIPRC.public), ...Object.values(CDMX_LTAIPRC.arco)])
      expect(p.article).toMatch(/^art\. \d+ /);
    expect(GENERAL_LAWS_2025.family).toBe('general');
  });
  it('a request follows the rule set in force on the day it was received, within each family', () => {
    const later = { ...GENERAL_LAWS_2025, key: 'reforma-2026', effectiveFrom: '2026-06-01' };
    const sets = [later, GENERAL_LAWS_2025, CDMX_LTAIPRC];
    expect(ruleSetInForce(sets, '2026-05-31')?.key).toBe('leyes-generales-2025');
    expect(ruleSetInForce(sets, '2026-06-01')?.key).toBe('reforma-2026');
    expect(ruleSetInForce(sets, '2025-03-20')?.key).toBe('cdmx-ltaiprc');
    expect(ruleSetInForce([GENERAL_LAWS_2025], '2024-01-09')).toBeNull();
    // Candidates: one per family in force on the day of receipt; a pinned key wins in its family.
    expect(candidateRuleSets(sets, '2026-06-01').map((s) => s.key)).toEqual(['cdmx-ltaiprc', 'reforma-2026']);
    expect(candidateRuleSets(sets, '2026-06-01', 'leyes-generales-2025').map((s) => s.key)).toEqual([
      'cdmx-ltaiprc',
      'leyes-generales-2025',
    ]);
    expect(candidateRuleSets(sets, '2024-01-09').map((s) => s.key)).toEqual(['cdmx-ltaiprc']);
  });
});
