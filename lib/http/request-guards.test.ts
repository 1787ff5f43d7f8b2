import { describe, expect, it } from "vitest";
import { checkActionPayload, checkApiRequest, checkRequestUrl, isCrossOriginRequest } from "./request-guards";

describe("checkRequestUrl", () => {
  it.each(["/", "/courses/ai-trainer", "/%E8%AF%BE%E7%A8%8B", "/staff/users?q=%E5%BC%A0", "/x?q=%", "/x?q=%FF", "/sign-in?next=%2Flearn"])(
    "lets %s through",
    (url) => {
      expect(checkRequestUrl(url)).toBeNull();
    },
  );
  it.each([
    "/courses/%E0%A4%A",
    "/courses/%",
    "/courses/%FF",
    "/courses/%ED%A0%80",
    "/api/orders/%00",
    "/api/cohorts/%00/holds",
    "/staff/users?q=%00",
    "/staff/ledger?learner=a%00b",
    "/x?%00=1",
  ])("refuses %s as badUrl", (url) => {
    expect(checkRequestUrl(url)).toBe("badUrl");
  });
});

describe("isCrossOriginRequest", () => {
  const site = { appOrigin: "https://school.example" };
  const headers = (values: Record<string, string>) => new Headers(values);
  it("accepts the site's own origin, by APP_URL or by the Host the browser used", () => {
    expect(isCrossOriginRequest(headers({ origin: "https://school.example", host: "internal:3000" }), site)).toBe(false);
    expect(isCrossOriginRequest(headers({ origin: "http://localhost:3200", host: "localhost:3200" }), site)).toBe(false);
    expect(isCrossOriginRequest(headers({ "sec-fetch-site": "same-origin", host: "localhost:3200" }), site)).toBe(false);
  });
  it("accepts clients that are not browsers (no Origin, no Sec-Fetch-Site): they carry no one else's cookies", () => {
    expect(isCrossOriginRequest(headers({ host: "school.example" }), site)).toBe(false);
  });
  it("refuses other origins, null origins and cross-site fetch metadata", () => {
    expect(isCrossOriginRequest(headers({ origin: "http://evil.example", host: "school.example" }), site)).toBe(true);
    expect(isCrossOriginRequest(headers({ origin: "null", host: "school.example" }), site)).toBe(true);
    expect(isCrossOriginRequest(headers({ origin: "https://school.example.evil.example", host: "school.example" }), site)).toBe(true);
    expect(isCrossOriginRequest(headers({ "sec-fetch-site": "cross-site", host: "school.example" }), site)).toBe(true);
    expect(isCrossOriginRequest(headers({ "sec-fetch-site": "same-site", host: "school.example" }), site)).toBe(true);
    expect(isCrossOriginRequest(headers({ origin: "https://school.example", "sec-fetch-site": "cross-site", host: "school.example" }), site)).toBe(true);
  });
});

describe("checkActionPayload", () => {
  it("lets React's own encodings through", () => {
    expect(checkActionPayload('[null,{"a":"$K1"}]')).toBeNull();
    expect(
      checkActionPayload([
        ["0", '["$K1"]'],
        ["1_email", "{{{ not json, a form value"],
        ["$ACTION_2:0", '{"id":"7f","bound":"$@1"}'],
        ["$ACTION_KEY", "k1"],
      ]),
    ).toBeNull();
    // A previous state as React encodes it: escaped "$" text, undefined, dates, big integers, special numbers.
    expect(
      checkActionPayload([
        ["0", '[{"ok":false,"message":"$$5","values":{"a":"$undefined"},"at":"$D2030-01-01T00:00:00.000Z","n":"$n12","x":"$-0","y":"$NaN"},"$K1"]'],
      ]),
    ).toBeNull();
  });
  it.each([
    ["broken JSON text", "{{{"],
    ["deep JSON text", `${"[".repeat(5_000)}${"]".repeat(5_000)}`],
    ["a broken root field", [["0", "[[["]]],
    ["a deep root field", [["0", `${"[".repeat(5_000)}${"]".repeat(5_000)}`]]],
    ["a broken bound-argument field of a form posted without JavaScript", [["$ACTION_2:1", "[[[["]]],
    // Found by the fuzz suite (e2e/fuzz.spec.ts): React cannot decode these and Next.js answered 500.
    ["an argument list that is not a list", [["0", "null"]]],
    ["an argument list that is a string", '"$K1"'],
    ["a reference to a Set part that is not there", [["0", '[null,"$W1"]']]],
    ["a reference to a Map part that is not there", [["0", '[null,"$Q1"]']]],
    ["a promise reference", [["0", '[null,"$@1"]']]],
    ["a blob reference", '[null,"$B1"]'],
    ["a big integer that is not one", [["0", '[null,"$nx"]']]],
    ["a nested reference", [["0", '[{"a":["$T"]},"$K1"]']]],
    [
      "a field name holding NUL",
      [
        ["_1_a\u0000b", "v"],
        ["0", '[null,"$K1"]'],
      ],
    ],
  ])("refuses %s", (_label, body) => {
    expect(checkActionPayload(body as string | [string, string][])).toBe("invalidRequest");
  });
  it("refuses a call through fetch without its argument list, but not a form posted without JavaScript", () => {
    expect(checkActionPayload([["_1_cohortId", "x"]], { fetchCall: true })).toBe("invalidRequest");
    expect(checkActionPayload("", { fetchCall: true })).toBe("invalidRequest");
    expect(
      checkActionPayload([
        ["$ACTION_ID_7f", ""],
        ["cohortId", "x"],
      ]),
    ).toBeNull();
  });
});

describe("checkApiRequest", () => {
  const site = { appOrigin: "https://school.example" };
  const evil = new Headers({ origin: "http://evil.example", host: "school.example" });
  it("refuses state changes from another site on every API route but the Stripe webhook", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      for (const path of ["/api/progress", "/api/exercises/draft", "/api/cohorts/c1/holds", "/api/auth/signout", "/api/anything-new"]) {
        expect(checkApiRequest(method, path, evil, site), `${method} ${path}`).toBe("crossOriginRequest");
      }
    }
    expect(checkApiRequest("POST", "/api/stripe/webhook", evil, site)).toBeNull();
  });
  it("lets reads, same-site calls and other paths through", () => {
    expect(checkApiRequest("GET", "/api/orders/c1", evil, site)).toBeNull();
    expect(checkApiRequest("POST", "/api/progress", new Headers({ origin: "https://school.example", host: "school.example" }), site)).toBeNull();
    expect(checkApiRequest("POST", "/courses", evil, site)).toBeNull();
  });
});
