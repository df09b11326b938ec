import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests start real processes (the CLI, LibreOffice, tesseract); two cores only.
    maxWorkers: 2,
    setupFiles: ['test/helpers/fork-exit-report.ts'],
  },
});
