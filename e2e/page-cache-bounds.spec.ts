import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Every file under the build's server output whose path contains `token`. */
async function filesNamed(token: string): Promise<string[]> {
  const root = path.resolve(".next/server");
  const entries = await readdir(root, { recursive: true });
  return entries.filter((entry) => entry.includes(token));
}

/**
 * Anyone can ask for any address. An unknown course, rule document, cohort number or certificate
 * answers 404, and must leave nothing on the server's disk: the page cache once wrote each unknown
 * address as files under .next (seven per address), so a script asking for random addresses
 * filled the disk. Cached pages now live in a bounded memory cache (next.config.mjs).
 */
test("unknown addresses answer 404 and write nothing to disk", async ({ request }) => {
  const token = `zq${Date.now().toString(36)}`;
  const number = String(90_000 + Math.floor(Math.random() * 9_999));
  const paths = [
    `/zh/courses/${token}`,
    `/zh/courses/ai-trainer/guidelines/${token}`,
    `/en/certificates/${token.toUpperCase()}`,
    `/zh/courses/ai-trainer/${number}`,
  ];
  for (const address of paths) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
  }
  // The cache writes after answering.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect([...(await filesNamed(token)), ...(await filesNamed(token.toUpperCase())), ...(await filesNamed(`/${number}.`))]).toEqual([]);
});
