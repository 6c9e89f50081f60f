// Report documents through the queue: a job is asked for, polled and downloaded by the person who
// asked for it only; bad input is refused before any work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';

let ctx: TestContext;
let planning: TestClient;
let board: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  planning = await ctx.signInAs(['planning']);
  board = await ctx.signInAs(['board']);
});
afterAll(() => ctx.close());

async function finished(client: TestClient, id: string) {
  for (let i = 0; i < 600; i++) {
    const job = (await client.get(`/api/reports/jobs/${id}`)).json();
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the job did not finish');
}

describe('report jobs', () => {
  it('makes the draft PDF through the queue with progress, and serves it to its owner only', async () => {
    const res = await planning.post('/api/reports/bimonthly/jobs', {
      from: '2024-01-01',
      to: '2024-02-29',
      format: 'pdf',
    });
    expect(res.statusCode).toBe(202);
    const job = res.json();
    expect(['queued', 'running']).toContain(job.state);
    expect((await board.get(`/api/reports/jobs/${job.id}`)).statusCode).toBe(404); // another person
    expect(await finished(planning, job.id)).toMatchObject({ state: 'done', progress: 1, position: 0 });
    const file = await planning.get(`/api/reports/jobs/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/pdf/);
    expect(file.headers['content-disposition']).toContain('informe-bimestral-2024-01-01_2024-02-29-borrador.pdf');
    expect(file.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await board.get(`/api/reports/jobs/${job.id}/file`)).statusCode).toBe(404);
  });

  it('the annual report is asked for the same way', async () => {
    const res = await board.post('/api/reports/annual/jobs', { year: 2024, format: 'xlsx' });
    expect(res.statusCode).toBe(202);
    expect((await finished(board, res.json().id)).state).toBe('done');
    const file = await board.get(`/api/reports/jobs/${res.json().id}/file`);
    expect(file.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses a far year, a reversed period and an unknown job before any work', async () => {
    expect((await board.post('/api/reports/annual/jobs', { year: 9999, format: 'pdf' })).statusCode).toBe(400);
    const reversed = await board.post('/api/reports/bimonthly/jobs', {
      from: '2024-03-01',
      to: '2024-01-01',
      format: 'pdf',
    });
    expect(reversed.statusCode).toBe(400);
    const unknown = await board.get('/api/reports/jobs/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('reports_job_not_found');
  });
});
