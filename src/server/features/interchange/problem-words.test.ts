// Import problems in words: the record by kind, position and folio; the field by its Spanish name.
import { describe, expect, it } from 'vitest';
import { validatePackage } from './package.validate.js';
import { describeProblem } from './problem-words.js';

describe('package problems in words', () => {
  it('names the case by position and folio and the field by its Spanish name', async () => {
    const raw = {
      format: 'salvaguarda/v1',
      cases: [
        { folio: 'MPI-2024-0001', kind: 'attention', profile: 'defender', identity: 'man', openedOn: '2024-01-01' },
        { folio: 'MPI-2024-0002', profile: 'defender', identity: 'man', openedOn: '2024-01-02' },
      ],
      measures: [
        {
          id: 'M-1',
          caseFolio: 'MPI-2024-0001',
          type: 'social',
          name: 'Atención',
          actions: [{ on: '2024-01-05', count: 0 }],
        },
      ],
    };
    const r = await validatePackage(raw);
    expect(r.ok).toBe(false);
    const texts = r.ok ? [] : r.problems.map((p) => p.text);
    expect(texts).toContain('Caso n.º 2 (folio «MPI-2024-0002»), campo «tipo» (kind): es obligatorio.');
    expect(texts).toContain(
      'Medida n.º 1 (clave «M-1»), acción n.º 1, campo «cantidad» (count): debe ser mayor o igual a 1.',
    );
    expect(texts.join('\n')).not.toMatch(/cases\[\d\]/);
  });

  it('says "the package" for the envelope and keeps unknown names in quotes', () => {
    expect(describeProblem('format', 'campo obligatorio', {})).toBe(
      'El paquete, campo «formato» (format): es obligatorio.',
    );
    expect(describeProblem('notes[3].colour', 'valor no permitido', { notes: [{}, {}, {}, {}] })).toBe(
      'Registro de «notes» n.º 4, campo «colour» (colour): valor no permitido.',
    );
  });
});
