import type { AppDeps } from '../app.js';

/**
 * Demo seeders, run in order on an empty embedded database when the product starts in demo mode.
 * Each returns lines to print once (e.g. generated credentials). One line per seeder.
 */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps): Promise<string[]>;
}

export const demoSeeders: DemoSeeder[] = [
];
