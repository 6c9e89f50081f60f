// The fourteen monthly reports of the CAF exactly as seed 003 Cuadro 12 lists them (003 L495–508),
// in the printed order. Shipped with the product by migration 0009 (INSERT … ON CONFLICT DO
// NOTHING), so every installation has them; deliverables.test.ts checks both lists agree.
export interface CatalogueDeliverable {
  id: string;
  position: number;
  name: string;
  recipients: string[];
}

const rows: Array<[string, string[]]> = [
  ['Información actualización de plazas ocupadas personal', ['OIC']],
  ['Información de altas y bajas de personal', ['OIC']],
  ['Evolución presupuestal', ['OIC']],
  ['Avance programático presupuestal', ['OIC']],
  ['Reporte avance observaciones órganos fiscalizadores', ['OIC']],
  ['Estado del Ejercicio presupuestal', ['SGC']],
  ['Compromiso de Egresos', ['SAYF']],
  ['Informe presupuestal flujo de efectivo', ['SAYF']],
  ['Conciliación central y Paraestatal', ['SAYF']],
  ['Informe de cuentas bancarias', ['SAYF']],
  ['Informe a que refiere el art. 53 de la Ley de Adquisiciones para el Distrito Federal', ['OIC', 'SAYF', 'SGC']],
  ['Informe de ingresos', ['Subtesorería de Política Fiscal SAYF']],
  ['Informe de Estados Financieros', ['SAYF']],
  ['Entero de las obligaciones fiscales', ['SAT', 'SAYF']],
];

export const DELIVERABLE_CATALOGUE: readonly CatalogueDeliverable[] = rows.map(([name, recipients], i) => ({
  id: `CAF-${String(i + 1).padStart(2, '0')}`,
  position: i + 1,
  name,
  recipients,
}));
