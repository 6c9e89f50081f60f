import { page, type WebFeatureManifest } from '../manifest';

export const legalWeb: WebFeatureManifest = {
  name: 'legal',
  pages: [
    {
      path: '/legal',
      navKey: 'legal:nav',
      policy: 'legal.read',
      component: page(() => import('./LegalPages'), 'ContractsPage'),
    },
    {
      path: '/legal/*',
      navKey: 'legal:nav',
      policy: 'legal.read',
      component: page(() => import('./LegalPages'), 'LegalPages'),
      hideInNav: true,
    },
  ],
};
