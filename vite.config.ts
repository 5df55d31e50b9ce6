/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        client: resolve(root, 'src/client/index.ts'),
        emulator: resolve(root, 'src/emulator/index.ts'),
        'konan-emulator': resolve(root, 'src/emulator/cli.ts'),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
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
    ],
  },
});
