import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run against a production build (`next build` first) started on its own port
 * with its own embedded database under .data/e2e, migrated and seeded from scratch.
 * The browser is Debian's Chromium (no browser download on these machines).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /fuzz\.spec\.ts/ },
    // The fuzz suite replays refused requests between two snapshots of the database, so it runs
    // alone, after the rest (skipped when a spec failed). Alone: `npx playwright test e2e/fuzz.spec.ts --no-deps`.
    { name: "standing", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /fuzz\.spec\.ts/, dependencies: ["desktop"] },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
