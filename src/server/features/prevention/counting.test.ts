// Counting rules of the report objects and the indicator sources against hand-made records:
// an activity spanning two bimesters, a session outside the period, thematic lines, agreements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import { preventionIndicatorSources } from './prevention.indicators.js';
import {
  preventionActivities,
  preventionAgreementActions,
  preventionAgreements,
  preventionLiaisonActivities,
  preventionSessions,
} from './prevention.schema.js';
import { loadLiaison, loadPrevention } from './prevention.report-data.js';
import { liaisonContract, preventionContract, workshopsLead } from './prevention.section.js';
import { actionLabel, datesPhrase, monthsPhrase, objectiveText } from './prevention.wording.js';

const JAN_FEB = { from: '2024-01-01', to: '2024-02-29' };
const MAR_APR = { from: '2024-03-01', to: '2024-04-30' };

describe('prevention counting rules', () => {
  let ctx: TestContext;
  const measure = (id: string, period: { from: string; to: string }, params: Record<string, unknown> = {}) => {
    const source = preventionIndicatorSources.find((s) => s.id === id)!;
    return source.measure(ctx.handle.db, period, source.params.parse(params));
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.handle.db;
    const base = { format: 'taller' as const, modality: 'virtual' as const, objective: 'x' };
    const [span, outside, line2, officials, workshop] = await db
      .insert(preventionActivities)
      .values([
        // sessions 2024-02-20 (3 h) and 2024-03-05 (2 h): counts in both bimesters
        { ...base, code: 'T-SPAN', kind: 'training', title: 'Curso largo', thematicLine: 3, women: 10, men: 5 },
        // only a session in December 2023
        { ...base, code: 'T-OUT', kind: 'training', title: 'Previo', thematicLine: 3, women: 7 },
        { ...base, code: 'T-L2', kind: 'training', title: 'Género', thematicLine: 2, women: 4, preferNotToSay: 1 },
        { ...base, code: 'T-OFF', kind: 'training', title: 'Junta', thematicLine: null, forOfficials: true, men: 3 },
        { ...base, code: 'W-1', kind: 'self_protection_workshop', title: 'Taller', women: 2, lgbttti: 1 },
      ])
      .returning();
    await db.insert(preventionSessions).values([
      { activityId: span!.id, on: '2024-02-20', hours: 3 },
      { activityId: span!.id, on: '2024-03-05', hours: 2 },
      { activityId: outside!.id, on: '2023-12-12', hours: 2 },
      { activityId: line2!.id, on: '2024-01-10', hours: 1.5 },
      { activityId: officials!.id, on: '2024-02-01', hours: 4 },
      { activityId: workshop!.id, on: '2024-01-30', hours: 2 },
      { activityId: workshop!.id, on: '2024-02-29', hours: 2.5 },
      { activityId: workshop!.id, on: '2024-03-01', hours: 2 },
    ]);
    const [agreement] = await db
      .insert(preventionAgreements)
      .values({ code: 'CONV-X', counterpart: 'Instituto X', signedOn: '2024-02-10' })
      .returning();
    await db.insert(preventionAgreementActions).values([
      { agreementId: agreement!.id, on: '2024-02-14', description: 'Reunión' },
      { agreementId: agreement!.id, on: '2024-03-14', description: 'Taller conjunto' },
    ]);
    await db.insert(preventionLiaisonActivities).values([
      { code: 'E1', kind: 'event', on: '2024-01-09', institution: 'A', title: 'Foro' },
      { code: 'E2', kind: 'event', on: '2024-03-01', institution: 'A', title: 'Fuera' },
      { code: 'I1', kind: 'international', on: '2024-02-02', institution: 'ONU', title: 'Visita', international: true },
      { code: 'M1', kind: 'meeting', on: '2024-02-14', institution: 'B', title: 'Reunión', international: true },
    ]);
  });
  afterAll(() => ctx.close());

  it('counts only the sessions in the period, the participants once, and the activity in both bimesters', async () => {
    const jf = preventionContract(await loadPrevention(ctx.handle.db, JAN_FEB));
    expect(jf.preventionActions.rows.map((r) => [r.id, r.dates, r.total])).toEqual([
      ['T-L2', ['2024-01-10'], 5],
      ['T-OFF', ['2024-02-01'], 3],
      ['T-SPAN', ['2024-02-20'], 15],
    ]);
    expect(jf.preventionActions.byThematicLine).toEqual({ '1': 0, '2': 1, '3': 1, '4': 0, '5': 0, none: 1 });
    expect(jf.preventionActions.total).toEqual({
      activities: 3,
      woman: 14,
      man: 8,
      lgbttti: 0,
      preferNotToSay: 1,
      total: 23,
    });
    expect(jf.selfProtectionWorkshops.rows).toEqual([
      { id: 'W-1', sessions: 2, hours: 4.5, woman: 2, man: 0, lgbttti: 1, preferNotToSay: 0, total: 3 },
    ]);
    const ma = preventionContract(await loadPrevention(ctx.handle.db, MAR_APR));
    expect(ma.preventionActions.rows.map((r) => [r.id, r.dates, r.total])).toEqual([['T-SPAN', ['2024-03-05'], 15]]);
    expect(ma.selfProtectionWorkshops.total).toMatchObject({ sessions: 1, hours: 2, total: 3 });
  });

  it('counts liaison by kind, international by flag, agreement actions and signatures by date', async () => {
    expect(liaisonContract(await loadLiaison(ctx.handle.db, JAN_FEB)).liaison).toEqual({
      events: 1,
      meetings: 1,
      community: 0,
      international: 2,
      agreementActions: 1,
      agreementsSigned: 1,
    });
    expect(liaisonContract(await loadLiaison(ctx.handle.db, MAR_APR)).liaison).toMatchObject({
      events: 1,
      agreementActions: 1,
      agreementsSigned: 0,
    });
  });

  it('measures the indicator sources', async () => {
    expect(await measure('prevention.workshops', JAN_FEB)).toBe(1);
    expect(await measure('prevention.trainings', JAN_FEB)).toBe(3);
    expect(await measure('prevention.trainings', JAN_FEB, { thematicLine: 3 })).toBe(1);
    expect(await measure('prevention.trainings', { from: '2023-12-01', to: '2024-03-31' }, { thematicLine: 3 })).toBe(
      2,
    );
    expect(await measure('prevention.officialTrainings', JAN_FEB)).toBe(1);
    expect(await measure('prevention.agreementActions', { from: '2024-01-01', to: '2024-12-31' })).toBe(2);
    expect(await measure('prevention.agreementActions', JAN_FEB, { agreement: 'CONV-Y' })).toBe(0);
    expect(await measure('prevention.internationalActivities', JAN_FEB)).toBe(2);
    expect(await measure('prevention.internationalActivities', MAR_APR)).toBe(0);
  });
});

describe('prevention wording', () => {
  it('writes dates, months, actions and objectives as the seed', () => {
    expect(datesPhrase(['2024-02-13', '2024-02-20', '2024-02-27'])).toBe('13, 20 y 27 de febrero de 2024');
    expect(datesPhrase(['2024-01-30', '2024-02-06'])).toBe('30 de enero y 06 de febrero de 2024');
    expect(datesPhrase(['2023-12-12', '2024-01-09'])).toBe('12 de diciembre de 2023 y 09 de enero de 2024');
    expect(monthsPhrase(['2024-02-01', '2024-02-20'], JAN_FEB)).toBe('el mes de febrero');
    expect(monthsPhrase(['2024-01-16', '2024-02-06'], JAN_FEB)).toBe('los meses de enero y febrero');
    expect(actionLabel({ format: 'platica', modality: 'hybrid', title: 'X' })).toBe('Plática híbrida “X”');
    expect(objectiveText({ partner: null, objective: 'analizar.' })).toBe('Analizar.');
    const one = {
      id: 'W',
      format: 'taller' as const,
      modality: 'virtual' as const,
      title: 'T',
      objective: '',
      partner: null,
      thematicLine: null,
      dates: ['2024-01-10'],
      sessions: 1,
      hours: 2,
      woman: 1,
      man: 0,
      lgbttti: 0,
      preferNotToSay: 0,
      total: 1,
      target: 'Persona periodista',
      caseTarget: 'individual' as const,
    };
    expect(workshopsLead([one], JAN_FEB)).toBe(
      'Durante el mes de enero, se otorgó 1 sesión de taller de autoprotección dirigido a un caso individual como medida preventiva. A continuación, se detalla.',
    );
    expect(
      workshopsLead([one, { ...one, id: 'V', dates: ['2024-02-02'], sessions: 2, caseTarget: null }], JAN_FEB),
    ).toBe(
      'Durante los meses de enero y febrero, se otorgaron 3 sesiones de 2 talleres de autoprotección. A continuación, se detalla.',
    );
    expect(workshopsLead([], JAN_FEB)).toBe(
      'Durante el bimestre no se otorgaron sesiones de taller de autoprotección.',
    );
  });
});
