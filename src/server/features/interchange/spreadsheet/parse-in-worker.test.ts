import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from './parse.js';
import { parseInWorker } from './parse-in-worker.js';

const csv = (rows: number) =>
  Buffer.from(
    'Folio;Tipo;Procedimiento;Perfil;Identidad;Fecha de apertura\r\n' +
      Array.from({ length: rows }, (_, i) => `MPI-2019-${i + 1};atención;;Persona defensora;mujer;14/05/2019\r\n`).join(
        '',
      ),
    'utf8',
  );

describe('spreadsheet parsing in a worker thread', () => {
  it('gives the same records, origins and problems as parsing in the server thread', async () => {
    const file = { fileName: 'casos.csv', content: csv(3) };
    const inWorker = await parseInWorker(file);
    expect(inWorker.raw.cases).toHaveLength(3);
    expect(inWorker).toEqual(await parseSpreadsheet(file));
    expect(inWorker.origins.get('cases[2]')?.row).toBe(4);
  });

  it('a file that needs more memory than the worker has is refused with a problem, the server stays up', async () => {
    const limits = { heapMb: 24, timeoutMs: 60_000 };
    expect((await parseInWorker({ fileName: 'chico.csv', content: csv(10) }, limits)).raw.cases).toHaveLength(10);
    const file = { fileName: 'enorme.csv', content: csv(49_000) };
    const parsed = await parseInWorker(file, limits);
    expect(parsed.raw.cases).toEqual([]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ sheet: 'enorme.csv', message: expect.stringMatching(/demasiado grande o complejo/) }),
    ]);
  });

  it('a file that takes longer than the time limit is refused the same way', async () => {
    const parsed = await parseInWorker({ fileName: 'lento.csv', content: csv(10) }, { heapMb: 512, timeoutMs: 1 });
    expect(parsed.problems[0]?.message).toMatch(/demasiado grande o complejo/);
  });
});
