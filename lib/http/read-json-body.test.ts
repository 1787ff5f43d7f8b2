import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readJsonBody } from "./read-json-body";

const post = (body: string) => new Request("http://school.test/api/x", { method: "POST", headers: { "content-type": "application/json" }, body });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : `unexpected: ${String(error)}`),
  );

describe("readJsonBody", () => {
  it("returns the parsed body", async () => {
    expect(await readJsonBody(post('{"a":["好",1]}'))).toEqual({ a: ["好", 1] });
  });
  it.each([
    ["NUL in a string", '{"answers":{"a":"x\\u0000y"}}'],
    ["a lone surrogate", '{"answers":{"a":"x\\ud800y"}}'],
    ["NUL in a key", '{"answers":{"\\u0000":1}}'],
    ["20,000 levels of nesting", `{"answers":{"a":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`],
    ["broken JSON", '{"answers":'],
    ["an empty body", ""],
    ["too much text", `{"a":"${"x".repeat(300_000)}"}`],
  ])("refuses %s as invalidRequest", async (_label, body) => {
    expect(await codeOf(readJsonBody(post(body)))).toBe("invalidRequest");
  });
});

describe("readJsonBody content type", () => {
  it.each(["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])(
    "refuses %j as unsupportedMediaType",
    async (contentType) => {
      const request = new Request("http://school.test/api/x", { method: "POST", headers: contentType ? { "content-type": contentType } : {}, body: "{}" });
      if (!contentType) request.headers.delete("content-type");
      expect(await codeOf(readJsonBody(request))).toBe("unsupportedMediaType");
    },
  );
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON"])("accepts %j", async (contentType) => {
    const request = new Request("http://school.test/api/x", { method: "POST", headers: { "content-type": contentType }, body: "{}" });
    expect(await readJsonBody(request)).toEqual({});
  });
});
