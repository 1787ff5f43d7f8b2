import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { localInboxIsOpen } from "./local-inbox";

const saved = { ...process.env };
function withEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
}
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe("localInboxIsOpen", () => {
  it("is open in development without SMTP", () => {
    withEnv({ NODE_ENV: "development", SMTP_URL: undefined, LOCAL_MAIL_INBOX: undefined });
    expect(localInboxIsOpen()).toBe(true);
  });
  it("stays closed on a production server unless the demo asks for it", () => {
    withEnv({ NODE_ENV: "production", SMTP_URL: undefined, LOCAL_MAIL_INBOX: undefined });
    expect(localInboxIsOpen()).toBe(false);
    withEnv({ LOCAL_MAIL_INBOX: "1" });
    expect(localInboxIsOpen()).toBe(true);
  });
  it("is closed whenever real SMTP is configured", () => {
    withEnv({ NODE_ENV: "development", SMTP_URL: "smtp://mail.example.com:25", LOCAL_MAIL_INBOX: "1" });
    expect(localInboxIsOpen()).toBe(false);
  });
});
