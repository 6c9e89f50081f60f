import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline.js';

describe('case timeline', () => {
  it('merges every kind of event, newest first, actions summarised per measure and month', () => {
    const events = buildTimeline({
      statusChanges: [
        { id: 's1', on: '2024-01-02', at: '2024-01-02T10:00:00.000Z', from: null, to: 'request_received' },
        { id: 's2', on: '2024-01-02', at: '2024-01-02T11:00:00.000Z', from: 'request_received', to: 'analysis' },
      ],
      assessments: [{ id: 'a1', assessedOn: '2024-01-05', level: 'high' }],
      plans: [{ id: 'p1', validFrom: '2024-01-06', number: 1 }],
      measures: [
        { id: 'm1', code: 'M-000001', name: 'Monitoreo telefónico', type: 'preventive', recordedOn: '2024-01-06' },
      ],
      decisions: [{ id: 'd1', measureId: 'm1', decidedOn: '2024-01-10', decision: 'approve', sessionRef: 'CEM-1' }],
      actionMonths: [{ measureId: 'm1', month: '2024-01', lastOn: '2024-01-31', count: 12 }],
      followUps: [{ id: 'f1', on: '2024-02-01', kind: 'call' }],
    });
    expect(events.map((e) => e.kind)).toEqual([
      'follow_up',
      'actions',
      'decision',
      'measure',
      'plan',
      'assessment',
      'status',
      'status',
    ]);
    expect(events.filter((e) => e.kind === 'status').map((e) => e.refId)).toEqual(['s2', 's1']);
    expect(events.find((e) => e.kind === 'actions')?.data).toMatchObject({ count: 12, code: 'M-000001' });
    expect(events.find((e) => e.kind === 'decision')?.data.code).toBe('M-000001');
  });

  it('orders same-day events by their natural sequence (plan before its measures)', () => {
    const events = buildTimeline({
      statusChanges: [],
      assessments: [],
      plans: [{ id: 'p1', validFrom: '2024-01-06', number: 2 }],
      measures: [{ id: 'm1', code: 'M-1', name: 'x', type: 'social', recordedOn: '2024-01-06' }],
      decisions: [],
      actionMonths: [],
      followUps: [],
    });
    expect(events.map((e) => e.kind)).toEqual(['measure', 'plan']);
  });
});
