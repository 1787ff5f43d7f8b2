import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Never collected as tests: dependencies, Next.js output, Playwright specs. */
const excluded = ["**/node_modules/**", "**/.next/**", "e2e/**"];

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React Server Components bundle; tests run data-layer code in Node.
      { find: /^server-only$/, replacement: fromRoot("./test/support/server-only-stub.ts") },
      // tsconfig's "@/*" path.
      { find: /^@\//, replacement: fromRoot("./") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Property tests run hundreds of cases: a loaded 2-core machine must not fail them on time alone.
          testTimeout: 30_000,
          include: ["**/*.test.ts"],
          exclude: [...excluded, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: excluded,
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests open databases (PGlite folders, PostgreSQL); one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
