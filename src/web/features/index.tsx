// The web's feature list: ONE line per feature. The router, the navigation and the dashboard's
// links are built from these manifests, so no feature edits the shell.
import { ROLES, type Role } from '../roles';
import { administrationWeb } from './administration/administration.feature';
import { bodiesWeb } from './bodies/bodies.feature';
import { casesWeb } from './cases/cases.feature';
import { interchangeWeb } from './interchange/interchange.feature';
import { legalWeb } from './legal/legal.feature';
import { pageRoles, type WebFeatureManifest, type WebPage } from './manifest';
import { planningWeb } from './planning/planning.feature';
import { monitoringWeb } from './monitoring/monitoring.feature';
import { platformWeb } from './platform/platform.feature';
import { preventionWeb } from './prevention/prevention.feature';
import { reportsWeb } from './reports/reports.feature';
import { transparencyWeb } from './transparency/transparency.feature';

export type { Role };

export const webFeatureManifests: readonly WebFeatureManifest[] = [
  platformWeb,
  transparencyWeb,
  casesWeb,
  reportsWeb,
  interchangeWeb,
  planningWeb,
  monitoringWeb,
  administrationWeb,
  preventionWeb,
  legalWeb,
  bodiesWeb,
];

export interface WebFeature extends WebPage {
  roles: readonly Role[];
}

export const webFeatures: WebFeature[] = webFeatureManifests.flatMap((m) =>
  m.pages.map((p) => ({ ...p, roles: pageRoles(p, ROLES) })),
);
