/**
 * List objects (`{object:"list", data, has_more, url}`) with Stripe's cursor
 * pagination (`limit` 1–100, default 10; `starting_after` / `ending_before`),
 * and `expand[]` for ids inside responses (e.g. `payment_intent`,
 * `payment_intent.latest_charge`, `data.payment_intent` on lists).
 */
import type { App } from "./app";
import { invalid, noSuch } from "./errors";
import type { Params } from "./params";

export interface ListObject<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

export function paginate<T extends { id: string }>(app: App, items: T[], params: Params, url: string): ListObject<T> {
  const limit = params.int("limit", { min: 1, max: 100 }) ?? 10;
  const after = params.str("starting_after");
  const before = params.str("ending_before");
  let data: T[];
  let hasMore: boolean;
  if (after) {
    const i = items.findIndex((x) => x.id === after);
    if (i < 0) throw noSuch("object", after, "starting_after");
    data = items.slice(i + 1, i + 1 + limit);
    hasMore = items.length > i + 1 + limit;
  } else if (before) {
    const i = items.findIndex((x) => x.id === before);
    if (i < 0) throw noSuch("object", before, "ending_before");
    data = items.slice(Math.max(0, i - limit), i);
    hasMore = i - limit > 0;
  } else {
    data = items.slice(0, limit);
    hasMore = items.length > limit;
  }
  const list: ListObject<T> = { object: "list", data, has_more: hasMore, url };
  return expand(app, list, params.expand());
}

type Json = Record<string, unknown>;

function expandPath(app: App, node: unknown, segments: string[]): unknown {
  if (segments.length === 0 || node === null || node === undefined) return node;
  if (Array.isArray(node)) return node.map((n) => expandPath(app, n, segments));
  if (typeof node !== "object") return node;
  const obj = node as Json;
  const [head, ...rest] = segments as [string, ...string[]];
  if (!(head in obj)) {
    throw invalid(`This property cannot be expanded (${head}).`, "expand");
  }
  let value = obj[head];
  if (typeof value === "string") {
    const found = app.store.find(value);
    if (!found) throw invalid(`This property cannot be expanded (${head}).`, "expand");
    value = structuredClone(found);
  }
  obj[head] = expandPath(app, value, rest);
  return obj;
}

/** Returns a deep copy of `root` with the given dotted paths expanded. */
export function expand<T>(app: App, root: T, paths: string[]): T {
  const copy = structuredClone(root);
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > 4) {
      throw invalid(`You cannot expand more than 4 levels of a property (${path}).`, "expand");
    }
    expandPath(app, copy, segments);
  }
  return copy;
}
