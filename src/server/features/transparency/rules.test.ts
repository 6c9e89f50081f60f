import { describe, expect, it } from 'vitest';
import { CDMX_LTAIPRC_UNVERIFIED_TEMPLATE, DEFAULT_RULE_SETS, GENERAL_LAWS_2025, ruleSetInForce } from './rules.js';

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
  it('the unverified city periods are not a default', () => {
    expect(DEFAULT_RULE_SETS).not.toContain(CDMX_LTAIPRC_UNVERIFIED_TEMPLATE);
    expect(DEFAULT_RULE_SETS.every((s) => s.verified)).toBe(true);
    expect(CDMX_LTAIPRC_UNVERIFIED_TEMPLATE.verified).toBe(false);
    expect(CDMX_LTAIPRC_UNVERIFIED_TEMPLATE.public.answer.article).toContain('SIN VERIFICAR');
  });
  it('a request follows the rule set in force on the day it was received', () => {
    const later = { ...GENERAL_LAWS_2025, key: 'reforma-2026', effectiveFrom: '2026-06-01' };
    const sets = [later, GENERAL_LAWS_2025, CDMX_LTAIPRC_UNVERIFIED_TEMPLATE];
    expect(ruleSetInForce(sets, '2026-05-31')?.key).toBe('leyes-generales-2025');
    expect(ruleSetInForce(sets, '2026-06-01')?.key).toBe('reforma-2026');
    expect(ruleSetInForce(sets, '2025-03-20')?.key).toBe('cdmx-ltaiprc-sin-verificar');
    expect(ruleSetInForce(DEFAULT_RULE_SETS, '2024-01-09')).toBeNull();
  });
});
