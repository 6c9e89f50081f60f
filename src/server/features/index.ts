import type { FeaturePlugin } from '../app.js';
import { transparencyPlugin } from './transparency/transparency.routes.js';

export interface Feature {
  name: string;
  plugin: FeaturePlugin;
}

/** Every feature of the product, in registration order. One line per feature. */
export const features: Feature[] = [
  { name: 'transparency', plugin: transparencyPlugin },
];
