/**
 * Decoding of Stripe's `application/x-www-form-urlencoded` bodies (and query
 * strings) with nested keys, as produced by the Stripe SDKs:
 *
 *   line_items[0][price_data][unit_amount]=1000   -> { line_items: [{ price_data: { unit_amount: "1000" } }] }
 *   expand[]=payment_intent  /  expand[0]=...     -> { expand: ["payment_intent"] }
 *   metadata[order_id]=42                         -> { metadata: { order_id: "42" } }
 *
 * Values stay strings; `params.ts` converts and validates them. Objects whose
 * keys are all integers become arrays (ordered by index).
 */
import { invalid } from "./errors";

export type ParamValue = string | ParamObject | ParamValue[];
export interface ParamObject {
  [key: string]: ParamValue;
}

interface Node {
  [key: string]: Node | string;
}

function splitKey(raw: string): string[] {
  const first = raw.indexOf("[");
  if (first <= 0) return [raw];
  const segments = [raw.slice(0, first)];
  const re = /\[([^\]]*)\]/g;
  const rest = raw.slice(first);
  let consumed = 0;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (m.index !== consumed) throw invalid(`Invalid parameter name: ${raw}`, raw);
    segments.push(m[1] ?? "");
    consumed = m.index + m[0].length;
  }
  if (consumed !== rest.length) throw invalid(`Invalid parameter name: ${raw}`, raw);
  return segments;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    throw invalid("Invalid URL encoding in request body.");
  }
}

function toParams(node: Node | string, path: string): ParamValue {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  const isArray = keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
  if (isArray) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((i) => toParams(node[String(i)] as Node | string, `${path}[${i}]`));
  }
  const out: ParamObject = {};
  for (const k of keys) out[k] = toParams(node[k] as Node | string, path ? `${path}[${k}]` : k);
  return out;
}

export function parseForm(body: string): ParamObject {
  const root: Node = {};
  for (const pair of body.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const rawKey = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : decode(pair.slice(eq + 1));
    const segments = splitKey(rawKey);
    let node = root;
    for (let i = 0; i < segments.length; i++) {
      let seg = segments[i] as string;
      const last = i === segments.length - 1;
      if (seg === "") seg = String(Object.keys(node).length); // `a[]` appends
      const existing = node[seg];
      if (last) {
        if (existing !== undefined && typeof existing !== "string") {
          throw invalid(`Invalid hash: ${rawKey}`, rawKey);
        }
        node[seg] = value;
      } else {
        if (typeof existing === "string") {
          // `metadata=` followed by `metadata[a]=b`: the later nested value wins.
          if (existing !== "") throw invalid(`Invalid hash: ${rawKey}`, rawKey);
        }
        if (existing === undefined || typeof existing === "string") node[seg] = {};
        node = node[seg] as Node;
      }
    }
  }
  return toParams(root, "") as ParamObject;
}

/** Body of a control or checkout-page request: JSON or form encoded. */
export function parseAnyBody(body: string, contentType: string | undefined): Record<string, unknown> {
  if (!body.trim()) return {};
  if ((contentType ?? "").includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    } catch {
      throw invalid("Invalid JSON body.");
    }
  }
  return parseForm(body);
}
