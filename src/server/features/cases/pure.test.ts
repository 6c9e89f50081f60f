import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { admittedStatusFor, canTransition, caseStatuses, nextStatuses, type CaseKind } from './lifecycle.js';
import { formatFolio, isValidFolioPattern } from './folio.js';
import { urgencyOf } from './urgency.js';
import { caseCan } from './access.js';

const kinds: CaseKind[] = ['incorporation', 'attention', 'federal_collaboration'];

describe('case lifecycle', () => {
  it('follows request -> analysis -> admitted state of the kind -> follow-up -> concluded', () => {
    expect(canTransition('incorporation', 'request_received', 'analysis')).toBe(true);
    expect(canTransition('incorporation', 'analysis', 'incorporated')).toBe(true);
    expect(canTransition('incorporation', 'incorporated', 'follow_up')).toBe(true);
    expect(canTransition('incorporation', 'follow_up', 'concluded')).toBe(true);
    expect(canTransition('attention', 'analysis', 'attended')).toBe(true);
    expect(canTransition('federal_collaboration', 'analysis', 'collaborating')).toBe(true);
  });

  it('refuses the admitted state of another kind', () => {
    expect(canTransition('attention', 'analysis', 'incorporated')).toBe(false);
    expect(canTransition('incorporation', 'analysis', 'collaborating')).toBe(false);
    expect(canTransition('federal_collaboration', 'analysis', 'attended')).toBe(false);
  });

  it('refuses skipping steps, going back and leaving concluded', () => {
    expect(canTransition('incorporation', 'request_received', 'incorporated')).toBe(false);
    expect(canTransition('incorporation', 'request_received', 'follow_up')).toBe(false);
    expect(canTransition('incorporation', 'follow_up', 'analysis')).toBe(false);
    expect(canTransition('incorporation', 'incorporated', 'analysis')).toBe(false);
    for (const to of caseStatuses) expect(canTransition('attention', 'concluded', to)).toBe(false);
  });

  it('never allows a self-transition and always allows concluding an open case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...caseStatuses), (kind, from) => {
        expect(nextStatuses(kind, from)).not.toContain(from);
        const reachable =
          from === 'request_received' ||
          from === 'analysis' ||
          from === 'follow_up' ||
          from === admittedStatusFor[kind];
        expect(canTransition(kind, from, 'concluded')).toBe(reachable);
      }),
    );
  });
});

describe('folio patterns', () => {
  it('formats year and zero-padded sequence', () => {
    expect(formatFolio('MPI-{year}-{seq:3}', 2024, 7)).toBe('MPI-2024-007');
    expect(formatFolio('MPI-{year}-{seq:3}', 2024, 1234)).toBe('MPI-2024-1234');
    expect(formatFolio('{seq}/CDEMP/{year}', 2025, 12)).toBe('12/CDEMP/2025');
  });

  it('validates patterns', () => {
    expect(isValidFolioPattern('MPI-{year}-{seq:3}')).toBe(true);
    expect(isValidFolioPattern('MPI-{seq:3}')).toBe(false);
    expect(isValidFolioPattern('MPI-{year}')).toBe(false);
    expect(isValidFolioPattern('MPI-{year}-{seq}-{seq}')).toBe(false);
    expect(isValidFolioPattern('MPI-{year}-{seq}-{name}')).toBe(false);
    expect(() => formatFolio('bad', 2024, 1)).toThrow();
  });

  it('gives distinct folios for distinct sequence numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 99999 }), (a, b) => {
        fc.pre(a !== b);
        expect(formatFolio('MPI-{year}-{seq:3}', 2024, a)).not.toBe(formatFolio('MPI-{year}-{seq:3}', 2024, b));
      }),
    );
  });
});

describe('extraordinary procedure urgency', () => {
  const received = new Date('2024-03-01T10:00:00Z');
  const at = (h: number) => new Date(received.getTime() + h * 3_600_000);
  const base = {
    procedure: 'extraordinary' as const,
    requestReceivedAt: received,
    urgentMeasures: [],
    concluded: false,
  };

  it('flags a missing urgent measure and the 3 h / 9 h limits', () => {
    const early = urgencyOf(base, at(2));
    expect(early).toMatchObject({
      applies: true,
      hoursSinceRequest: 2,
      missingUrgentMeasure: true,
      issueOverdue: false,
      implementationOverdue: false,
    });
    expect(urgencyOf(base, at(3.5))).toMatchObject({ issueOverdue: true, implementationOverdue: false });
    expect(urgencyOf(base, at(10))).toMatchObject({ issueOverdue: true, implementationOverdue: true });
  });

  it('clears the flags once an urgent measure is issued and started', () => {
    const issued = urgencyOf(
      { ...base, urgentMeasures: [{ createdAt: at(1), startedOn: null, status: 'active' }] },
      at(10),
    );
    expect(issued).toMatchObject({
      urgentIssued: true,
      issueOverdue: false,
      implementationOverdue: true,
      missingUrgentMeasure: true,
    });
    const done = urgencyOf(
      { ...base, urgentMeasures: [{ createdAt: at(1), startedOn: '2024-03-01', status: 'active' }] },
      at(10),
    );
    expect(done).toMatchObject({ missingUrgentMeasure: false, implementationOverdue: false });
    const ended = urgencyOf(
      { ...base, urgentMeasures: [{ createdAt: at(1), startedOn: '2024-03-01', status: 'ended' }] },
      at(10),
    );
    expect(ended.missingUrgentMeasure).toBe(true);
  });

  it('does not apply to ordinary or concluded cases', () => {
    expect(urgencyOf({ ...base, procedure: 'ordinary' }, at(20)).missingUrgentMeasure).toBe(false);
    expect(urgencyOf({ ...base, concluded: true }, at(20)).issueOverdue).toBe(false);
  });
});

describe('what a person may do on a case page (caseCan)', () => {
  const open = { identities: true, lead: false, concluded: false, nextStatuses: ['follow_up', 'concluded'] };
  it('gives writes only to cdemp with identity access, and assignment only to leads', () => {
    expect(caseCan(['cdemp'], open)).toEqual({
      edit: true,
      changeStatus: true,
      close: true,
      assign: false,
      editRecords: true,
    });
    expect(caseCan(['cdemp'], { ...open, lead: true }).assign).toBe(true);
    expect(Object.values(caseCan(['cdemp'], { ...open, identities: false }))).not.toContain(true);
    expect(Object.values(caseCan(['dg', 'board', 'planning', 'admin'], open))).not.toContain(true);
  });
  it('freezes the records of a concluded case but still lets its fields be corrected', () => {
    const concluded = caseCan(['cdemp'], { ...open, concluded: true, nextStatuses: [] });
    expect(concluded).toMatchObject({ edit: true, changeStatus: false, close: false, editRecords: false });
    expect(caseCan(['cdemp'], { ...open, nextStatuses: ['analysis'] })).toMatchObject({
      changeStatus: true,
      close: false,
    });
  });
});
