/** Small response helpers shared by the API, the control endpoints and the hosted page. */
export interface HttpResult {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    status,
    body: `${JSON.stringify(value, null, 2)}\n`,
    headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
  };
}

export function html(status: number, body: string): HttpResult {
  return { status, body, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } };
}

export function redirect(location: string): HttpResult {
  return { status: 303, body: "", headers: { Location: location, "Cache-Control": "no-store" } };
}

/** Matches `/v1/checkout/sessions/:session` style patterns; returns the named segments. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/");
  const s = path.split("/");
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string;
    const actual = s[i] as string;
    if (seg.startsWith(":")) {
      if (!actual) return null;
      try {
        out[seg.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (seg !== actual) {
      return null;
    }
  }
  return out;
}
