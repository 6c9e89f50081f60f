// The web's feature list: ONE line per feature. The router, the navigation and the dashboard's
// links are built from these manifests, so no feature edits the shell.
import { ROLES, type Role } from '../roles';
import { bodiesWeb } from './bodies/bodies.feature';
import { casesWeb } from './cases/cases.feature';
import { interchangeWeb } from './interchange/interchange.feature';
import { pageRoles, type WebFeatureManifest, type WebPage } from './manifest';
import { platformWeb } from './platform/platform.feature';
import { reportsWeb } from './reports/reports.feature';
import { transparencyWeb } from './transparency/transparency.feature';

export type { Role };

export const webFeatureManifests: readonly WebFeatureManifest[] = [
  platformWeb,
  transparencyWeb,
  casesWeb,
  reportsWeb,
  interchangeWeb,
  bodiesWeb,
];

export interface WebFeature extends WebPage {
  roles: readonly Role[];
}

export const webFeatures: WebFeature[] = webFeatureManifests.flatMap((m) =>
  m.pages.map((p) => ({ ...p, roles: pageRoles(p, ROLES) })),
);
