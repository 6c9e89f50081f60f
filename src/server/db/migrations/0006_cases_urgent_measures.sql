-- Urgent protection measures named by the federal protection law (art. 32), which the city's procedure
-- mirrors: the catalogue of seed 003 only had "Otras que se requieran…" under this type.
INSERT INTO "measure_catalogue" ("type", "name") VALUES
  ('urgent_protection', 'Evacuación'),
  ('urgent_protection', 'Reubicación temporal'),
  ('urgent_protection', 'Escoltas de cuerpos especializados'),
  ('urgent_protection', 'Protección de inmuebles')
ON CONFLICT DO NOTHING;
