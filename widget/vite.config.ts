import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The consent widget as one ES module, dist/widget/pisa-consent.js, which the server serves at
// /widget/pisa-consent.js. No dependencies: everything it needs is in widget/src.
// biome-ignore lint/style/noDefaultExport: Vite reads the config from the default export
export default defineConfig({
  publicDir: false,
  build: {
    outDir: here('../dist/widget'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Library mode keeps whitespace in ES output (for tree-shaking hosts); this is a final bundle.
    rolldownOptions: { output: { minify: true } },
    lib: { entry: here('src/index.ts'), formats: ['es'], fileName: () => 'pisa-consent.js' },
  },
});
