import { describe, expect, it } from 'vitest';
import { Measures } from '../report.contract.js';
import { buildMeasures } from './measures.js';

describe('buildMeasures (Cuadro 6)', () => {
  it('orders rows by contract type order, then by Spanish name order', () => {
    const table = buildMeasures([
      { type: 'social', name: 'Atención psicológica', measures: 6, actions: 30 },
      { type: 'protection', name: 'Rondines bitacorados (Código águila)', measures: 5, actions: 450 },
      { type: 'preventive', name: 'Monitoreo telefónico', measures: '35', actions: '53' },
      { type: 'protection', name: 'Números de emergencia', measures: 21, actions: 1890 },
      { type: 'preventive', name: 'Canalización a otras instancias', measures: 6, actions: 6 },
      { type: 'urgent_protection', name: 'Extracción', measures: 1, actions: 2 },
      // "Ñ" sorts after "N" and an accented "Ó" right with "O" in Spanish, not after "Z" (code point order).
      { type: 'protection', name: 'Ñandú', measures: 1, actions: 1 },
      { type: 'protection', name: 'Ómnibus', measures: 1, actions: 1 },
      { type: 'protection', name: 'Zona', measures: 1, actions: 1 },
    ]);
    expect(table.rows.map((r) => `${r.type}:${r.name}`)).toEqual([
      'preventive:Canalización a otras instancias',
      'preventive:Monitoreo telefónico',
      'protection:Números de emergencia',
      'protection:Ñandú',
      'protection:Ómnibus',
      'protection:Rondines bitacorados (Código águila)',
      'protection:Zona',
      'urgent_protection:Extracción',
      'social:Atención psicológica',
    ]);
    expect(table.byType.preventive).toEqual({ measures: 41, actions: 59 });
    expect(table.byType.protection).toEqual({ measures: 29, actions: 2343 });
    expect(table.byType.urgent_protection).toEqual({ measures: 1, actions: 2 });
    expect(table.byType.social).toEqual({ measures: 6, actions: 30 });
    expect(table.total).toEqual({ measures: 77, actions: 2434 });
    expect(Object.keys(table.byType)).toEqual(['preventive', 'protection', 'urgent_protection', 'social']);
    expect(Object.keys(table.rows[0]!)).toEqual(['type', 'name', 'measures', 'actions']);
    expect(() => Measures.parse(table)).not.toThrow();
  });

  it('keeps the same name under two types as two rows', () => {
    const name = 'Otras que se requieran';
    const table = buildMeasures([
      { type: 'social', name, measures: 4, actions: 271 },
      { type: 'preventive', name, measures: 21, actions: 30 },
    ]);
    expect(table.rows.map((r) => r.type)).toEqual(['preventive', 'social']);
    expect(table.total).toEqual({ measures: 25, actions: 301 });
  });

  it('is empty with zero totals when nothing counts', () => {
    const table = buildMeasures([]);
    expect(table.rows).toEqual([]);
    expect(table.total).toEqual({ measures: 0, actions: 0 });
  });
});
