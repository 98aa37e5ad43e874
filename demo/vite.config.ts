// Builds the demo helpdesk: `npx vite build --config demo/vite.config.ts`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
// The desk, and every page of the gallery of consoles (demo/gallery/*/…html).
const galleryPages = readdirSync(path.join(demoRoot, 'gallery'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => path.join(demoRoot, 'gallery', file));
const pages = [path.join(demoRoot, 'index.html'), ...galleryPages];

export default defineConfig({
  root: demoRoot,
  // Relative asset URLs: the build works from any path and from file://-like hosts.
  base: './',
  plugins: [react()],
  // CSS modules (gallery consoles) get hashed names, as a production build of such a product does.
  css: { modules: { generateScopedName: '_[hash:base64:6]' } },
  // Draft.js's helpers (fbjs) read Node's `global`; in the browser that is globalThis.
  define: { global: 'globalThis' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Each rich editor is its own chunk, loaded only for its `?composer=`; CKEditor 5 alone is ~600 kB.
    chunkSizeWarningLimit: 700,
    rollupOptions: { input: pages },
  },
  server: { host: '127.0.0.1', port: 5317, strictPort: false },
});
