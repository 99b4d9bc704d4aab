import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API = 'http://localhost:8080';

// Built into dist/web, which the Fastify server serves (with SPA fallback for non-/api paths).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The largest chunk is echarts (~540 kB, 185 kB gzipped), loaded only when a check has results.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': API,
      '/log': API,
      '/healthz': API,
    },
  },
});
