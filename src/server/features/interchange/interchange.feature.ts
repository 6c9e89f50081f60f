import { interchangeShared } from '../../../common/features/interchange.js';
import type { FeatureManifest } from '../manifest.js';
import { interchangeDemoSeeder } from './demo.seeder.js';
import { interchangePlugin } from './interchange.routes.js';

/** Data packages salvaguarda/v1 and historical spreadsheets (docs/interchange.md). */
export const interchangeFeature: FeatureManifest = {
  name: 'interchange',
  shared: interchangeShared,
  routes: interchangePlugin,
  demo: interchangeDemoSeeder,
  commands: {
    import: {
      describe: 'import PAQUETE.json [--dry-run]: importa un paquete salvaguarda/v1 (todo o nada)',
      load: async () => (await import('./interchange.cli.js')).importCommand,
    },
    export: {
      describe: 'export PAQUETE.json: exporta toda la base en formato salvaguarda/v1',
      load: async () => (await import('./interchange.cli.js')).exportCommand,
    },
  },
};
