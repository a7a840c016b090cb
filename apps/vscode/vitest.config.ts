import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/*.test.ts'],
        },
        // The extension's modules import `vscode`, which only exists inside the editor: tests get a small fake.
        resolve: { alias: { vscode: fileURLToPath(new URL('./test/vscode-fake.ts', import.meta.url)) } },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Installing code-server on a fresh machine takes a minute or two; the run itself about half a minute.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
