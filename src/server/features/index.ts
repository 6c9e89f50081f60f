import type { FeaturePlugin } from '../app.js';
import { casesPlugin } from './cases/cases.routes.js';
import { transparencyPlugin } from './transparency/transparency.routes.js';
import { reportsPlugin } from './reports/reports.routes.js';
import { interchangePlugin } from './interchange/interchange.routes.js';

export interface Feature {
  name: string;
  plugin: FeaturePlugin;
}

/** Every feature of the product, in registration order. One line per feature. */
export const features: Feature[] = [
  { name: 'cases', plugin: casesPlugin },
  { name: 'transparency', plugin: transparencyPlugin },
  { name: 'reports', plugin: reportsPlugin },
  { name: 'interchange', plugin: interchangePlugin },
];
