import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from './scripts/precompress.js';

const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** gzip and brotli copies of the built assets, served by the server as they are (issue 16). */
const precompress = (): Plugin => ({
  name: 'salvaguarda-precompress',
  apply: 'build',
  closeBundle() {
    precompressDir(outDir);
  },
});

// The web app lives in src/web and is built into dist/web, which the server serves in production.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
