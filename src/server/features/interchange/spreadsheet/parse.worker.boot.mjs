// The worker's entry: the server runs TypeScript through tsx, and a worker thread starts without
// its loader, so register it here before loading the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse.worker.ts');
