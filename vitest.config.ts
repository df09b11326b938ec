import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Limits for a test that hangs, not for slow work: an OCR test that takes 15 s on an idle machine
    // took over 120 s with the two cores shared six ways.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Integration tests start real processes (the CLI, LibreOffice, tesseract); two cores only.
    maxWorkers: 2,
    // A test process that dies (a native crash in a decoder run in-process, say) is reported with its
    // signal and the file and test it was running; the engines themselves run in child processes, as
    // the tool runs them, so a crash there is the tool's contained error, not a dead test process.
    setupFiles: ['test/helpers/fork-exit-report.ts'],
    globalSetup: ['test/helpers/fork-signals.ts'],
  },
});
