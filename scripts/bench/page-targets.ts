/**
 * The targets of bench:pages (scripts/bench/pages.ts): what each is, what its measurement holds,
 * the check every target must pass before it is loaded, and what size costs the public pages.
 */
import type { TLoad } from "./load";
import { fitTimeToSize, largestPageAt, type TPageAnatomy, type TSizeFit } from "./page-anatomy";
import { round } from "./stats";

export type TTarget = {
  name: string;
  path: string;
  /** lesson: a reader's lesson served from its grant (the goal); lessonChecked: the first visit, checked per request; state: the reader's state call. */
  kind: "reference" | "public" | "lesson" | "lessonChecked" | "state" | "health";
  signedIn?: boolean;
};
export type TPageResult = TTarget & {
  load: TLoad;
  cacheControl: string;
  anatomy: TPageAnatomy;
  /** What Next.js does with the cached page's string on every response (measure and encode to UTF-8), timed here: see utf8EncodeMicros. */
  utf8Micros: number;
  ratioToReference: number | null;
  ratiosByRound: number[];
};

/** One GET that must answer 200 with the expected Cache-Control (and, for the lesson, its body); its Cache-Control and body. */
export async function check(url: string, target: TTarget, cookie: string | undefined): Promise<{ cacheControl: string; body: string }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  const cacheControl = response.headers.get("cache-control") ?? "";
  if (response.status !== 200) throw new Error(`GET ${target.path} answered ${response.status}: ${body.slice(0, 200)}`);
  if ((target.kind === "public" || target.kind === "reference") && !/^public, s-maxage=\d+, stale-while-revalidate=\d+/.test(cacheControl)) {
    throw new Error(`GET ${target.path} (anonymous) has Cache-Control "${cacheControl}", expected public, s-maxage, stale-while-revalidate`);
  }
  if (target.kind === "lesson" || target.kind === "lessonChecked") {
    if (!body.includes('data-testid="lesson-body"')) throw new Error(`GET ${target.path} signed in has no lesson body`);
    // The prerendered page's route is named in its RSC payload; the checked page's is not.
    if (body.includes("prerendered-lessons") !== (target.kind === "lesson"))
      throw new Error(`GET ${target.path} was not served from the ${target.kind === "lesson" ? "prerendered" : "checked"} page`);
    if (!/private/.test(cacheControl) || !/no-store/.test(cacheControl))
      throw new Error(`GET ${target.path} signed in has Cache-Control "${cacheControl}", expected private, no-store`);
  }
  return { cacheControl, body };
}

export const kb = (bytes: number) => round(bytes / 1024, 1);

export type TSizeLimit = { fit: TSizeFit; largestKbAt09: number | null; explanation: string };

/**
 * What size costs: the reference and the public pages are all served from the prerendered cache,
 * so the difference between them is their bytes. The fitted line gives the largest page that can
 * be served at 0.9× the reference.
 */
export function sizeLimit(results: readonly TPageResult[]): TSizeLimit | null {
  const reference = results.find((r) => r.kind === "reference");
  if (!reference) return null;
  const publicPages = results.filter((r) => r.kind === "public");
  const fit = fitTimeToSize(
    reference.load.bytesPerResponse / 1024,
    publicPages.map((r) => ({ kb: r.load.bytesPerResponse / 1024, ratio: r.ratioToReference ?? 0 })),
  );
  if (!fit) return null;
  const largestKbAt09 = largestPageAt(fit, 0.9);
  // Everything of the reference but its own text: header, footer, scripts, styles, payload frame.
  const frameBytes = reference.load.bytesPerResponse - reference.anatomy.textBytes;
  const explanation = [
    `\nsize: over the ${fit.points} public pages, all served from the prerendered cache like the reference, each KB more than the reference's ${fit.referenceKb} KB`,
    `costs ${round(fit.perKb * 100, 2)} % of its time per request (r² ${fit.r2}): 0.9× the reference allows a page of at most ${largestKbAt09 ?? "-"} KB.`,
    ...publicPages
      .filter((r) => (r.ratioToReference ?? 0) < 0.9)
      .map((r) => {
        const floor = kb(frameBytes + 2 * r.anatomy.textBytes);
        return [
          `  ${r.name}: ${kb(r.load.bytesPerResponse)} KB, ${kb(r.anatomy.payloadBytes)} KB of it the RSC payload. With no markup at all it would still be ${floor} KB: the reference's frame (${kb(frameBytes)} KB) and its text (${kb(r.anatomy.textBytes)} KB) twice, in the HTML and in the payload.`,
          `    Next.js measures and encodes the cached page's string to UTF-8 on every response: ${r.utf8Micros} µs here against the reference's ${reference.utf8Micros} µs, before the socket writes.`,
        ].join("\n");
      }),
  ].join("\n");
  return { fit, largestKbAt09, explanation };
}
