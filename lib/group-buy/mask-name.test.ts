import { describe, expect, it } from "vitest";
import { maskName } from "./mask-name";

describe("maskName", () => {
  it("keeps only the first character, whatever the length or script", () => {
    expect(maskName("李明")).toBe("李**");
    expect(maskName("欧阳小红")).toBe("欧**");
    expect(maskName(" Alice Wang ")).toBe("A**");
    expect(maskName("😀smile")).toBe("😀**");
    expect(maskName("")).toBe("**");
  });
});
