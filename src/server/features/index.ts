// Every feature of the product, in registration order: ONE line per feature. The routes, demo
// seeders, report sections, indicator sources, package arrays and commands are derived from here.
import { bodiesFeature } from './bodies/bodies.feature.js';
import { casesFeature } from './cases/cases.feature.js';
import { dashboardFeature } from './dashboard/dashboard.feature.js';
import { interchangeFeature } from './interchange/interchange.feature.js';
import { administrationFeature } from './administration/administration.feature.js';
import { legalFeature } from './legal/legal.feature.js';
import { buildRegistry, type FeatureManifest } from './manifest.js';
import { planningFeature } from './planning/planning.feature.js';
import { monitoringFeature } from './monitoring/monitoring.feature.js';
import { preventionFeature } from './prevention/prevention.feature.js';
import { reportsFeature } from './reports/reports.feature.js';
import { transparencyFeature } from './transparency/transparency.feature.js';

export const featureManifests: readonly FeatureManifest[] = [
  casesFeature,
  transparencyFeature,
  reportsFeature,
  interchangeFeature,
  planningFeature,
  monitoringFeature,
  administrationFeature,
  preventionFeature,
  legalFeature,
  bodiesFeature,
  dashboardFeature,
];

export const registry = buildRegistry(featureManifests);
