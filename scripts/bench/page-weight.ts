/**
 * First-load JavaScript of pages as a browser receives it: each page is opened in a fresh Chromium
 * context (Debian's /usr/bin/chromium or CHROMIUM_PATH, no download), and the compressed bytes of
 * every script response are added up (Playwright's responseBodySize: the body as transferred).
 */
import { chromium } from "@playwright/test";

export type TPageWeight = { path: string; scripts: number; scriptBytes: number; allBytes: number };

/** Loads each path once (with the cookie when given) and returns its script and total transferred bytes. */
export async function measureScriptBytes(baseUrl: string, pages: readonly { path: string; cookie?: string }[]): Promise<TPageWeight[]> {
  const browser = await chromium.launch({
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
  });
  const results: TPageWeight[] = [];
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      if (page.cookie) {
        const pairs = page.cookie.split("; ").map((pair) => {
          const [name, ...rest] = pair.split("=");
          return { name: name!, value: rest.join("="), url: baseUrl };
        });
        await context.addCookies(pairs);
      }
      const tab = await context.newPage();
      const responses: Promise<{ script: boolean; bytes: number }>[] = [];
      tab.on("requestfinished", (request) => {
        responses.push(request.sizes().then((sizes) => ({ script: request.resourceType() === "script", bytes: sizes.responseBodySize })));
      });
      const response = await tab.goto(`${baseUrl}${page.path}`, { waitUntil: "networkidle" });
      if (!response || response.status() !== 200) throw new Error(`GET ${page.path} in Chromium answered ${response?.status()}`);
      const sizes = await Promise.all(responses);
      const scripts = sizes.filter((size) => size.script);
      results.push({
        path: page.path,
        scripts: scripts.length,
        scriptBytes: scripts.reduce((sum, size) => sum + size.bytes, 0),
        allBytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
