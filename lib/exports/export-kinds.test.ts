import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportAuditAction, exportContentType, exportFileName, isExportKind } from "./export-kinds";

describe("export kinds", () => {
  it("knows the four kinds and nothing else", () => {
    expect(isExportKind("raw.jsonl")).toBe(true);
    expect(isExportKind("scores.csv")).toBe(true);
    expect(isExportKind("raw.json")).toBe(false);
    expect(isExportKind("../etc")).toBe(false);
  });

  it("names audit actions, content types and files", () => {
    expect(exportAuditAction("preference-pairs.jsonl")).toBe("export.preference-pairs");
    expect(exportAuditAction("scores.csv")).toBe("export.scores");
    expect(exportContentType("sft.jsonl")).toBe("application/x-ndjson; charset=utf-8");
    expect(exportContentType("scores.csv")).toBe("text/csv; charset=utf-8");
    expect(exportFileName(13, "raw.jsonl", new Date("2030-03-02T12:00:00Z"))).toBe("cohort-13-raw-2030-03-02.jsonl");
  });

  it("writes an RFC 5987 filename with a plain ASCII fallback", () => {
    expect(attachmentDisposition("第13期.csv")).toBe(`attachment; filename="_13_.csv"; filename*=UTF-8''%E7%AC%AC13%E6%9C%9F.csv`);
  });
});
