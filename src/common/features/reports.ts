import { defineSharedFeature } from '../feature.js';

/** Bimonthly report: aggregates only. */
export const reportsShared = defineSharedFeature({
  name: 'reports',
  policies: {
    'reports.read': ['planning', 'dg', 'board', 'cdemp'],
    'reports.issue': ['planning', 'dg'],
  },
  errors: {},
});
