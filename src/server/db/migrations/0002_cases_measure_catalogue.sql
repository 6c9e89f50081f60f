-- Measure catalogue as seen in seed 003 Cuadro 6 (bimonthly report Jan-Feb 2024). Admins extend it.
INSERT INTO "measure_catalogue" ("type", "name") VALUES
  ('preventive', 'Canalización a otras instancias del Gobierno de la Ciudad de México'),
  ('preventive', 'Monitoreo telefónico'),
  ('preventive', 'Taller de elaboración de protocolos de seguridad'),
  ('preventive', 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias'),
  ('protection', 'Habilitación de cámaras de seguridad y servicio técnico'),
  ('protection', 'Números de emergencia'),
  ('protection', 'Rondines bitacorados (Código águila)'),
  ('protection', 'Rondines no bitacorados (Código sonoro)'),
  ('protection', 'Seguimiento a carpeta de investigación'),
  ('protection', 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias'),
  ('urgent_protection', 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias'),
  ('social', 'Apoyo de canasta alimentaria y no alimentaria'),
  ('social', 'Atención psicológica'),
  ('social', 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "case_settings" ("key", "value") VALUES ('folio_pattern', 'MPI-{year}-{seq:3}') ON CONFLICT DO NOTHING;
