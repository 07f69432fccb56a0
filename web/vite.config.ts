import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));

// The viewer is bundled with everything it needs (no CDN) and served by the API server.
export default defineConfig({
  root: webDir,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    // Two pages: the viewer at "/" and the GraphQL query IDE (GraphiQL) served at "/graphql".
    rollupOptions: {
      input: { viewer: path.join(webDir, 'index.html'), graphiql: path.join(webDir, 'graphiql.html') },
      // GraphiQL's React dependencies open with "use client" (a directive for React server
      // components, meaningless in a browser bundle); the bundler warns about each of ~80
      // modules. Nothing a user of this project can act on, so it is not printed.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
