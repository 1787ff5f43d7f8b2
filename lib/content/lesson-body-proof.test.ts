import { describe, expect, it } from "vitest";
import { isLessonBodyProof, lessonBodyProof } from "./lesson-body-proof";

describe("the lesson body proof", () => {
  it("accepts only this server's proof for exactly that lesson, language and version", () => {
    const proof = lessonBodyProof("ai-trainer", "07-multi-turn", "zh", "v1");
    expect(isLessonBodyProof(proof, "ai-trainer", "07-multi-turn", "zh", "v1")).toBe(true);
    expect(isLessonBodyProof(proof, "ai-trainer", "08-other", "zh", "v1")).toBe(false);
    expect(isLessonBodyProof(proof, "ai-trainer", "07-multi-turn", "en", "v1")).toBe(false);
    expect(isLessonBodyProof(proof, "ai-trainer", "07-multi-turn", "zh", "v2")).toBe(false);
    for (const forged of [undefined, null, 1, {}, "", "x".repeat(43), proof.slice(1)]) expect(isLessonBodyProof(forged, "ai-trainer", "07-multi-turn", "zh", "v1")).toBe(false);
  });
});
