import { describe, expect, it } from "vitest";
import { Utf8Chunks } from "./utf8-chunks";

const decode = (chunks: Uint8Array[]) => new TextDecoder().decode(Buffer.concat(chunks));

describe("Utf8Chunks", () => {
  it("hands out what was written as UTF-8, in chunks no larger than asked unless one line is larger", () => {
    const chunks = new Utf8Chunks(16);
    const lines = ["第一行 abc\n", "😀 emoji\n", "x".repeat(40) + "\n", "末\n"];
    for (const line of lines) chunks.write(line);
    const taken = chunks.take();
    expect(decode(taken)).toBe(lines.join(""));
    expect(taken.length).toBeGreaterThan(1);
    for (const chunk of taken) expect(chunk.byteLength === 41 || chunk.byteLength <= 16).toBe(true);
  });

  it("never hands out a chunk twice or an empty one, and chunks stay as they were after later writes", () => {
    const chunks = new Utf8Chunks(8);
    expect(chunks.take()).toEqual([]);
    chunks.write("ab\n");
    const first = chunks.take();
    chunks.write("cd\n");
    const second = chunks.take();
    expect(decode(first)).toBe("ab\n");
    expect(decode(second)).toBe("cd\n");
    expect(chunks.take()).toEqual([]);
  });
});
