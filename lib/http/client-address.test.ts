import { describe, expect, it } from "vitest";
import { clientKey } from "./client-address";

describe("clientKey", () => {
  it("without a trusted proxy takes the connection's address (the only entry Next.js leaves)", () => {
    expect(clientKey("203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientKey("::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientKey(null, 0)).toBe("unknown");
    expect(clientKey("not-an-address", 0)).toBe("unknown");
  });
  it("behind N trusted proxies takes the N-th entry from the right and ignores what the client wrote", () => {
    expect(clientKey("1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientKey("1.1.1.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientKey("203.0.113.7", 2)).toBe("unknown");
  });
  it("groups IPv6 clients by /64", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1", 0)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee", 0)).toBe("2001:db8:1:2::/64");
    expect(clientKey("::1", 0)).toBe("0:0:0:0::/64");
  });
});
