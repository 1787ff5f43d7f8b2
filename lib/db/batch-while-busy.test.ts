import { describe, expect, it } from "vitest";
import { batchWhileBusy } from "./batch-while-busy";

describe("batchWhileBusy", () => {
  it("runs the first call at once and the calls made meanwhile together, each getting its own answer", async () => {
    const batches: string[][] = [];
    const lookUp = batchWhileBusy(async (keys: string[]) => {
      batches.push(keys);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.toUpperCase()]));
    });
    const answers = await Promise.all(["a", "b", "c", "b", "missing", "d"].map((key) => lookUp(key)));
    expect(answers).toEqual(["A", "B", "C", "B", undefined, "D"]);
    expect(batches).toEqual([["a"], ["b", "c", "missing", "d"]]);
    expect(await lookUp("e")).toBe("E");
    expect(batches).toHaveLength(3);
  });

  it("keeps groups apart, in order, and gives a batch's error to its calls only", async () => {
    const batches: [string, string[]][] = [];
    const lookUp = batchWhileBusy(async (keys: string[], group) => {
      batches.push([group, keys]);
      await Promise.resolve();
      if (group === "bad") throw new Error("boom");
      return new Map(keys.map((k) => [k, `${group}:${k}`]));
    });
    const settled = await Promise.allSettled([lookUp("x", "g1"), lookUp("y", "g1"), lookUp("z", "bad"), lookUp("w", "g1")]);
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual(["g1:x", "g1:y", "boom", "g1:w"]);
    expect(batches).toEqual([
      ["g1", ["x"]],
      ["g1", ["y"]],
      ["bad", ["z"]],
      ["g1", ["w"]],
    ]);
  });

  it("caps a batch at maxBatch keys", async () => {
    const sizes: number[] = [];
    const lookUp = batchWhileBusy(
      async (keys: number[]) => {
        sizes.push(keys.length);
        await Promise.resolve();
        return new Map(keys.map((k) => [k, k]));
      },
      { maxBatch: 3 },
    );
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((k) => lookUp(k)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
