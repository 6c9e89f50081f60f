// The web side of a feature: its pages, each guarded by a policy of the shared catalogue
// (src/common/features) so the web never repeats role lists. Pages load lazily: each feature's
// code is fetched when a person first opens one of its pages.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { policies, type PolicyKey } from '../../common/features';
import type { Role } from '../roles';

export interface WebPage {
  /** Route path below the signed-in layout, e.g. '/cases' (no trailing slash). */
  path: string;
  /** i18n key 'namespace:key' for the navigation entry. */
  navKey: string;
  /** The server's policy for the page's main data; 'authenticated' for every signed-in person. */
  policy: PolicyKey | 'authenticated';
  component: LazyExoticComponent<ComponentType>;
  /** Hide from the navigation (pages reached from other pages, e.g. '/cases/:id'). */
  hideInNav?: boolean;
}

export interface WebFeatureManifest {
  name: string;
  pages: WebPage[];
}

/** A lazily loaded page from a module's named export: `page(() => import('./X'), 'X')`. */
export function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** Roles that may open a page: those of its policy (the server checks every request anyway). */
export function pageRoles(p: WebPage, allRoles: readonly Role[]): readonly Role[] {
  return p.policy === 'authenticated' ? allRoles : policies[p.policy];
}
