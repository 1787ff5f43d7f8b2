/**
 * What a served page's bytes are made of, and what its size costs the server: the part of issue 16's
 * page benchmark that says why a page is below the reference. Every page of the App Router is sent
 * twice over: as HTML, and as the RSC payload React hydrates from (inlined `self.__next_f.push`
 * scripts); a page's own text is in both.
 */
import { round } from "./stats";

export type TPageAnatomy = {
  /** The whole document, UTF-8 bytes. */
  totalBytes: number;
  /** The inlined RSC payload, as sent (inside the script strings). */
  payloadBytes: number;
  /** Visible text of the body (markup, scripts and styles removed). */
  textBytes: number;
};

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

export function pageAnatomy(html: string): TPageAnatomy {
  const pushes = [...html.matchAll(/self\.__next_f\.push\(\[1,"([\s\S]*?)"\]\)<\/script>/g)].map((m) => m[1] ?? "");
  const body = html.replace(/<head>[\s\S]*?<\/head>/, "").replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "");
  const text = body
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, " ")
    .replace(/\s+/g, " ");
  return { totalBytes: utf8(html), payloadBytes: pushes.reduce((sum, p) => sum + utf8(p), 0), textBytes: utf8(text) };
}

export type TSizeFit = {
  /** The reference page's size (KB). */
  referenceKb: number;
  /** Each KB more than the reference adds this fraction of the reference's time per request. */
  perKb: number;
  /** How well the line explains the pages measured (1 = every page on it). */
  r2: number;
  points: number;
};

/**
 * A line through the pages' time per request relative to the reference (1 / ratio) against their
 * size: time / reference's time = 1 + perKb × (KB − reference's KB). Pages served alike (from the
 * prerendered cache) differ only by their bytes, so the line says what a KB costs; fitted on the
 * ratios (each taken beside its own reference measurement), not on absolute throughput, which
 * drifts on a shared machine.
 */
export function fitTimeToSize(referenceKb: number, pages: readonly { kb: number; ratio: number }[]): TSizeFit | null {
  const points = pages.filter((p) => p.ratio > 0 && p.kb > 0).map((p) => ({ x: p.kb - referenceKb, y: 1 / p.ratio - 1 }));
  if (points.length < 3) return null;
  const sxx = points.reduce((s, p) => s + p.x * p.x, 0);
  if (sxx === 0) return null;
  const perKb = points.reduce((s, p) => s + p.x * p.y, 0) / sxx;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const total = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const residual = points.reduce((s, p) => s + (p.y - perKb * p.x) ** 2, 0);
  return { referenceKb: round(referenceKb, 1), perKb: round(perKb, 5), r2: total === 0 ? 1 : round(1 - residual / total, 3), points: points.length };
}

/** The largest page (KB) served at `ratio` × the reference's throughput, by the fitted line. */
export function largestPageAt(fit: TSizeFit, ratio: number): number | null {
  if (fit.perKb <= 0) return null;
  return round(fit.referenceKb + (1 / ratio - 1) / fit.perKb, 1);
}

/**
 * Microseconds this process takes to do what Next.js (16.4) does with a cached page on every
 * response: it keeps the page as a JavaScript string and measures it (Buffer.byteLength, for
 * Content-Length) then encodes it to UTF-8 for the socket (res.end(string)); see
 * node_modules/next/dist/server/send-payload.js. Chinese text makes it a two-byte string, so both
 * passes walk every character. Best of a few batches (the machine is shared).
 */
export function utf8EncodeMicros(html: string, iterations = 300): number {
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 5; batch++) {
    const started = process.hrtime.bigint();
    let sink = 0;
    for (let i = 0; i < iterations; i++) sink += Buffer.byteLength(html) + Buffer.from(html, "utf8").length;
    const micros = Number(process.hrtime.bigint() - started) / 1000 / iterations;
    if (sink > 0) best = Math.min(best, micros);
  }
  return round(best, 1);
}
