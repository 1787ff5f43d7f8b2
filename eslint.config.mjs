import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/**
 * Lint: Next.js's recommended rules (React, hooks, accessibility, Core Web Vitals) and
 * typescript-eslint's, then Prettier's switch-off of formatting rules (Prettier formats).
 * `npm run lint` runs with --max-warnings 0: a warning fails like an error.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a handler's unused request, a tuple slot).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Test files are not React: `usePaymentsHarness()` / `useTestDatabase()` are vitest fixtures, not hooks.
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
