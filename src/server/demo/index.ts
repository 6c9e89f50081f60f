import type { AppDeps } from '../app.js';
import { authDemoSeeder } from '../platform/auth/demo.js';
import { transparencyDemoSeeder } from '../features/transparency/demo.js';
import { interchangeDemoSeeder } from '../features/interchange/demo.seeder.js';
import { casesDemoSeeder } from '../features/cases/demo.seeder.js';

/**
 * Demo seeders, run in order on an empty embedded database when the product starts in demo mode.
 * Each returns lines to print once (e.g. generated credentials). One line per seeder.
 */
export interface DemoSeeder {
  name: string;
  seed(deps: AppDeps): Promise<string[]>;
}

export const demoSeeders: DemoSeeder[] = [
  authDemoSeeder, // first: other seeders may assign records to the demo users
  transparencyDemoSeeder,
  interchangeDemoSeeder, // fictional cases, measures and requests of scale S (bench/generate)
  casesDemoSeeder, // after interchange: fictional people, risk and plans on recent cases
];
