// Pure logic: workflow, periods and compliance, training coverage, quarterly statistics.
import { describe, expect, it } from 'vitest';
import { checkUpdateDates, compliance, periodClosingInQuarter, periodRange, periodsOfYear } from './periods.js';
import { quarterStatistics, type RequestFact } from './statistics.js';
import { trainingCoverage } from './training.logic.js';
import { admissibleFor, allowedActions, isClosed, nextStatus, REQUEST_STATUSES } from './workflow.js';

describe('workflow', () => {
  it('follows the procedure and refuses invalid transitions', () => {
    expect(nextStatus('received', 'request_clarification')).toBe('clarification_requested');
    expect(nextStatus('clarification_requested', 'receive_clarification')).toBe('received');
    expect(nextStatus('clarification_requested', 'lapse_clarification')).toBe('not_filed');
    expect(nextStatus('received', 'turn_to_area')).toBe('in_process');
    expect(nextStatus('in_process', 'extend')).toBe('extended');
    expect(nextStatus('extended', 'answer')).toBe('answered');
    // invalid ones
    expect(nextStatus('received', 'extend')).toBeNull();
    expect(nextStatus('extended', 'extend')).toBeNull();
    expect(nextStatus('in_process', 'request_clarification')).toBe('clarification_requested');
    expect(nextStatus('in_process', 'receive_clarification')).toBeNull();
    expect(nextStatus('clarification_requested', 'answer')).toBeNull();
    expect(nextStatus('answered', 'turn_to_area')).toBeNull();
  });
  it('closed statuses allow nothing and decide admissibility', () => {
    const closed = REQUEST_STATUSES.filter(isClosed);
    expect(closed.sort()).toEqual(['answered', 'not_admissible', 'not_filed', 'referred']);
    expect(allowedActions('in_process')).toContain('answer');
    expect(admissibleFor('answered')).toBe(true);
    expect(admissibleFor('referred')).toBe(false);
    expect(admissibleFor('in_process')).toBeNull();
  });
});

describe('periods and compliance', () => {
  it('computes period ranges including leap years', () => {
    expect(periodRange('2024-Q1')).toEqual({ key: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange('2024-H1').to).toBe('2024-06-30');
    expect(periodRange('2023-Q4').to).toBe('2023-12-31');
    expect(periodRange('2025').from).toBe('2025-01-01');
    expect(() => periodRange('2024-Q5')).toThrow(RangeError);
    expect(periodRange('0338-Q4')).toEqual({ key: '0338-Q4', from: '0338-10-01', to: '0338-12-31' });
    expect(periodsOfYear('half_yearly', 2024)).toEqual(['2024-H1', '2024-H2']);
  });
  it('finds the period that closes in a quarter', () => {
    expect(periodClosingInQuarter('quarterly', '2024-Q2')).toBe('2024-Q2');
    expect(periodClosingInQuarter('half_yearly', '2024-Q2')).toBe('2024-H1');
    expect(periodClosingInQuarter('half_yearly', '2024-Q1')).toBeNull();
    expect(periodClosingInQuarter('yearly', '2024-Q4')).toBe('2024');
  });
  it('checks validation dates (art. 121)', () => {
    expect(checkUpdateDates('2024-Q1', '2024-04-10', '2024-04-12')).toEqual([]);
    expect(checkUpdateDates('2024-Q1', '2024-04-10', '2024-04-09')).toEqual(['validated_before_update']);
    expect(checkUpdateDates('2024-Q1', '2024-03-10', '2024-03-31')).toEqual(['validated_before_period_closes']);
  });
  it('computes the compliance percentage', () => {
    expect(compliance([{ status: 'validated' }, { status: 'uploaded' }, { status: 'pending' }])).toEqual({
      required: 3,
      uploaded: 1,
      validated: 1,
      percent: 66.7,
      validatedPercent: 33.3,
    });
    expect(compliance([]).percent).toBeNull();
  });
});

describe('training coverage', () => {
  const courses = [
    { id: 'ltaip', kind: 'introductory' as const, required: true },
    { id: 'datos', kind: 'introductory' as const, required: true },
    { id: 'taller', kind: 'specialised' as const, required: false },
  ];
  const staff = [
    { id: 'a', committeeMember: true, active: true },
    { id: 'b', committeeMember: false, active: true },
    { id: 'c', committeeMember: false, active: false },
  ];
  it('counts active staff with every required course in the year', () => {
    const done = [
      { staffId: 'a', courseId: 'ltaip', completedOn: '2024-03-01' },
      { staffId: 'a', courseId: 'datos', completedOn: '2024-04-01' },
      { staffId: 'b', courseId: 'ltaip', completedOn: '2024-03-01' },
      { staffId: 'b', courseId: 'datos', completedOn: '2023-12-01' }, // other year
    ];
    const c = trainingCoverage(2024, staff, courses, done);
    expect(c).toMatchObject({
      staff: 2,
      trained: 1,
      percent: 50,
      missing: ['b'],
      fullyTrained: false,
      committeeWithSpecialised: 0,
    });
    const all = trainingCoverage(2024, staff, courses, [
      ...done,
      { staffId: 'b', courseId: 'datos', completedOn: '2024-05-01' },
      { staffId: 'a', courseId: 'taller', completedOn: '2024-06-01' },
    ]);
    expect(all).toMatchObject({ trained: 2, percent: 100, fullyTrained: true, committeeWithSpecialised: 1 });
  });
});

describe('quarterStatistics', () => {
  const fact = (over: Partial<RequestFact>): RequestFact => ({
    receivedOn: '2024-01-10',
    kind: 'public',
    channel: 'platform',
    arcoRight: null,
    status: 'answered',
    closedOn: '2024-02-01',
    dueOn: '2024-02-08',
    overdue: false,
    closedLate: false,
    extended: false,
    clarificationRequested: false,
    appeals: 0,
    workingDaysToClose: 15,
    ...over,
  });
  it('counts only requests received in the quarter and splits in time / late / open', () => {
    const s = quarterStatistics(
      [
        fact({}),
        fact({ closedOn: '2024-02-20', closedLate: true, workingDaysToClose: 25, extended: true, appeals: 1 }),
        fact({
          kind: 'arco',
          arcoRight: 'access',
          status: 'in_process',
          closedOn: null,
          dueOn: '2024-03-01',
          overdue: true,
          workingDaysToClose: null,
        }),
        fact({ receivedOn: '2024-04-01' }),
      ],
      '2024-01-01',
      '2024-03-31',
    );
    expect(s).toMatchObject({
      received: 3,
      byKind: { public: 2, arco: 1 },
      closed: 2,
      closedInTime: 1,
      closedLate: 1,
      open: 1,
      openOverdue: 1,
      extended: 1,
      appeals: 1,
      averageWorkingDaysToClose: 20,
      byArcoRight: { access: 1 },
    });
  });
});
