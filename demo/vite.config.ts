// Builds the demo helpdesk: `npx vite build --config demo/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: demoRoot,
  // Relative asset URLs: the build works from any path and from file://-like hosts.
  base: './',
  plugins: [react()],
  // Draft.js's helpers (fbjs) read Node's `global`; in the browser that is globalThis.
  define: { global: 'globalThis' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each rich editor is its own chunk, loaded only for its `?composer=`; CKEditor 5 alone is ~600 kB.
    chunkSizeWarningLimit: 700,
  },
  server: { host: '127.0.0.1', port: 5317, strictPort: false },
});
