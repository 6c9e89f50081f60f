// Every table of the product, for Drizzle's relational queries. One line per schema file.
export * from '../platform/auth/auth.schema.js';
export * from '../platform/audit/audit.schema.js';
export * from '../records/records.schema.js';
export * from '../features/transparency/transparency.schema.js';
export * from '../features/cases/cases.schema.js';
export * from '../features/reports/reports.schema.js';
export * from '../features/planning/planning.schema.js';
export * from '../features/monitoring/monitoring.schema.js';
export * from '../features/administration/administration.schema.js';
export * from '../features/prevention/prevention.schema.js';
export * from '../features/legal/legal.schema.js';
export * from '../features/bodies/bodies.schema.js';
