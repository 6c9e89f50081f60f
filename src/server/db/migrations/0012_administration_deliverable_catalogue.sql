-- The fourteen monthly report deliverables of seed 003 Cuadro 12 (CAF), in the printed order.
-- Catalogue data present in every installation; staff may edit due days or deactivate rows later,
-- so existing rows are never overwritten.
INSERT INTO "administration_deliverables" ("id", "position", "name", "recipients") VALUES
  ('CAF-01', 1, 'Información actualización de plazas ocupadas personal', '["OIC"]'::jsonb),
  ('CAF-02', 2, 'Información de altas y bajas de personal', '["OIC"]'::jsonb),
  ('CAF-03', 3, 'Evolución presupuestal', '["OIC"]'::jsonb),
  ('CAF-04', 4, 'Avance programático presupuestal', '["OIC"]'::jsonb),
  ('CAF-05', 5, 'Reporte avance observaciones órganos fiscalizadores', '["OIC"]'::jsonb),
  ('CAF-06', 6, 'Estado del Ejercicio presupuestal', '["SGC"]'::jsonb),
  ('CAF-07', 7, 'Compromiso de Egresos', '["SAYF"]'::jsonb),
  ('CAF-08', 8, 'Informe presupuestal flujo de efectivo', '["SAYF"]'::jsonb),
  ('CAF-09', 9, 'Conciliación central y Paraestatal', '["SAYF"]'::jsonb),
  ('CAF-10', 10, 'Informe de cuentas bancarias', '["SAYF"]'::jsonb),
  ('CAF-11', 11, 'Informe a que refiere el art. 53 de la Ley de Adquisiciones para el Distrito Federal', '["OIC", "SAYF", "SGC"]'::jsonb),
  ('CAF-12', 12, 'Informe de ingresos', '["Subtesorería de Política Fiscal SAYF"]'::jsonb),
  ('CAF-13', 13, 'Informe de Estados Financieros', '["SAYF"]'::jsonb),
  ('CAF-14', 14, 'Entero de las obligaciones fiscales', '["SAT", "SAYF"]'::jsonb)
ON CONFLICT DO NOTHING;
