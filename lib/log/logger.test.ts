import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ destination }), parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON line per call with level, time and the fields given", () => {
    const { logger, parsed } = capture();
    logger.info({ requestId: "req-1", route: "/api/health", status: 200, durationMs: 3 }, "request");
    const [line] = parsed();
    expect(line).toMatchObject({ level: "info", msg: "request", requestId: "req-1", route: "/api/health", status: 200, durationMs: 3 });
    expect(typeof line!.time).toBe("string");
  });

  it("never writes passwords, tokens, cookies or card data, however deep", () => {
    const { logger, parsed } = capture();
    logger.info(
      {
        password: "hunter2",
        token: "tok_secret_1",
        input: { email: "a@b.c", password: "hunter3", newPassword: "hunter4" },
        headers: { cookie: "authjs.session-token=abc", authorization: "Bearer xyz", "stripe-signature": "t=1,v1=zz" },
        payment: { card: { number: "4242424242424242", cvc: "123" }, method: { details: { token: "deep-token" } } },
      },
      "attempt",
    );
    const text = JSON.stringify(parsed());
    for (const secret of ["hunter2", "hunter3", "hunter4", "tok_secret_1", "authjs.session-token", "Bearer xyz", "v1=zz", "4242424242424242", "deep-token"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("a@b.c");
    expect(parsed()[0]).toMatchObject({ password: "[redacted]", input: { password: "[redacted]" } });
  });

  it("serialises errors with their message", () => {
    const { logger, parsed } = capture();
    logger.error({ err: new Error("database unreachable") }, "job failed");
    expect(parsed()[0]).toMatchObject({ level: "error", err: { message: "database unreachable", type: "Error" } });
  });
});
