/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// Story tests drive the system Chromium; no browser is downloaded at install time.
const chromium = process.env.KONAN_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  plugins: [react()],
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
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        'client/index': resolve(root, 'src/client/index.ts'),
        'emulator/index': resolve(root, 'src/emulator/index.ts'),
        'emulator/cli': resolve(root, 'src/emulator/cli.ts'),
      },
      formats: ['es'],
      cssFileName: 'styles',
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
