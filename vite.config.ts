/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import { chromiumArgs, findChromium } from './test/browser/find-chromium.js';

const root = import.meta.dirname;

// Story tests drive a Chromium found on this machine (`npm test` first makes sure there is one).
const chromium = findChromium() ?? '/usr/bin/chromium';

/**
 * Marks the built modules that touch React state with `"use client"`, as TanStack Query does, so a
 * Next.js server page can import components and hooks (they become client references) while pure
 * modules (the client, `konanQueries`, `konanKeys`, labels) stay usable on the server.
 * A module is a client module when it has JSX, imports `react`, or imports a hook from
 * `@tanstack/react-query`.
 */
function clientDirectivePlugin(): Plugin {
  const clientModules = new Set<string>();
  const hookImport = /import\s*\{[^}]*\buse[A-Z]\w*[^}]*\}\s*from\s*'@tanstack\/react-query'/;
  return {
    name: 'konan:use-client',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(resolve(root, 'src'))) return null;
      if (id.endsWith('.tsx') || /from\s*'react'/.test(code) || hookImport.test(code)) {
        clientModules.add(id);
      }
      return null;
    },
    outputOptions(options) {
      return {
        ...options,
        banner: (chunk) =>
          chunk.facadeModuleId && clientModules.has(chunk.facadeModuleId) ? "'use client';" : '',
      };
    },
  };
}

export default defineConfig({
  plugins: [react(), clientDirectivePlugin()],
  // Pre-bundled up front so the first story run does not re-optimise (and reload) mid-test.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      'ky',
      'zod/mini',
      '@storybook/react/entry-preview-docs',
      'jose',
      'msw',
      'msw/browser',
      'msw-storybook-addon/csf3',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: true,
    // styles.css is an entry of its own: the package's one stylesheet, imported by the app once.
    cssCodeSplit: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        'client/index': resolve(root, 'src/client/index.ts'),
        'emulator/index': resolve(root, 'src/emulator/index.ts'),
        // Its own entry, so that `konan-react/emulator` loads without msw installed.
        'emulator/msw': resolve(root, 'src/emulator/msw.ts'),
        'emulator/cli': resolve(root, 'src/emulator/cli.ts'),
        // The label packs: their own entries, so an app that does not import one pays nothing.
        'locales/en': resolve(root, 'src/locales/en.ts'),
        'locales/ar': resolve(root, 'src/locales/ar.ts'),
        styles: resolve(root, 'src/styles.css'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // One output file per source module, so users' bundlers drop what an app does not import.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
      // Peers and runtime dependencies stay external: the user's bundler resolves them once.
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@tanstack\//,
        /^msw($|\/)/,
        /^ky($|\/)/,
        /^zod($|\/)/,
        /^jose($|\/)/,
        /^node:/,
      ],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/bench/**'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          setupFiles: ['.storybook/phone-width-check.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromium, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
