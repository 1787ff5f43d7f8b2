import { isIP } from "node:net";

/** Eight 16-bit groups of an IPv6 address ("::" expanded), or null. */
function ipv6Groups(address: string): string[] | null {
  const [head = "", tail, ...rest] = address.split("::");
  if (rest.length > 0) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.length === 8 ? groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, "")) : null;
}

/**
 * The key a client's attempts are counted under, from X-Forwarded-For as the app receives it:
 * - TRUSTED_PROXY_HOPS=0 (default, no proxy in front): proxy.ts drops any X-Forwarded-For the
 *   client sent, so Next.js sets it to the connection's own address: the last (only) entry.
 * - N > 0 (N trusted proxies in front, each appending the address it received from): the N-th
 *   entry from the right, the address the outermost trusted proxy saw; entries further left were
 *   written by the client and are ignored.
 * IPv4-mapped IPv6 becomes IPv4; IPv6 counts per /64 (one subscriber's usual allocation), so a
 * client cannot escape its limits by rotating addresses within its own prefix.
 */
export function clientKey(forwardedFor: string | null | undefined, trustedHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let address = entries[entries.length - Math.max(1, trustedHops)] ?? "";
  address = address
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .replace(/%.*$/, "");
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) {
    const groups = ipv6Groups(address);
    return groups ? `${groups.slice(0, 4).join(":")}::/64` : "unknown";
  }
  return "unknown";
}
