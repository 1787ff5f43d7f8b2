import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

const { revalidatePublicPages, revalidatePublicPagesOnce } = await import("./revalidate-public-pages");

describe("revalidatePublicPagesOnce", () => {
  beforeEach(() => revalidatePath.mockClear());

  it("marks the public pages stale once per commit, however many requests it answered", () => {
    const turn = {};
    for (let i = 0; i < 50; i++) revalidatePublicPagesOnce(turn);
    expect(revalidatePath).toHaveBeenCalledTimes(1);
    expect(revalidatePath).toHaveBeenCalledWith("/[locale]", "layout");
    revalidatePublicPagesOnce({});
    expect(revalidatePath).toHaveBeenCalledTimes(2);
  });

  it("leaves revalidatePublicPages marking them on every call", () => {
    revalidatePublicPages();
    revalidatePublicPages();
    expect(revalidatePath).toHaveBeenCalledTimes(2);
  });
});
