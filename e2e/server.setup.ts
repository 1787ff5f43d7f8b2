import { expect, test } from "@playwright/test";

/**
 * The `setup` project: the production server answers. Its teardown project, `standing`, runs the
 * fuzz suite after every other spec has finished (whether they passed or not).
 */
test("the production server answers", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
});
