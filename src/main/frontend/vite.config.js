// Builds the two pages the service serves from its jar: the lineage explorer (/explorer/) and GraphiQL (/graphiql).
// Output goes straight into target/classes/static, so `mvn package` puts it in the jar and `spring-boot:run` serves it.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname ?? new URL('.', import.meta.url).pathname;

export default defineConfig({
  root: here,
  // Absolute asset URLs: deep links such as /explorer/document/742-qd-ubnd-2023 load the same index.html.
  base: '/',
  // JSX (GraphiQL only) through esbuild's automatic React runtime; no Babel plugin needed.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(here, '../../../target/classes/static'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // GraphiQL's bundle is large by nature; the explorer's page never loads it.
    chunkSizeWarningLimit: 2000,
    // gzip sizes of every chunk cost build time and say nothing the jar needs
    reportCompressedSize: false,
    // No inline <script> or data: URL scripts, so a strict `script-src 'self'` policy holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      // GraphiQL's Radix components start with "use client" (a React Server Components hint): meaningless in a
      // plain bundle, and one warning per file would bury real warnings in the Maven log
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: resolve(here, 'explorer/index.html'),
        graphiql: resolve(here, 'graphiql/index.html'),
      },
    },
  },
  plugins: [
    {
      // The dev server answers the explorer's page for its deep links, as the service does (WebPages.java).
      name: 'explorer-deep-links',
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          const [path, query] = req.url.split('?');
          if (/^\/explorer(\/[^.]*)?$/.test(path)) req.url = `/explorer/index.html${query ? `?${query}` : ''}`;
          else if (path === '/graphiql') req.url = `/graphiql/index.html${query ? `?${query}` : ''}`;
          next();
        });
      },
    },
  ],
  server: {
    // `npm run dev` serves the pages with hot reload and sends API calls to a service on :8080 (or $API).
    proxy: { '/graphql': process.env.API ?? 'http://localhost:8080', '/sources': process.env.API ?? 'http://localhost:8080' },
  },
});
