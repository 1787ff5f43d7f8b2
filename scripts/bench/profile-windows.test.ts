import { describe, expect, it } from "vitest";
import { addProcesses } from "./cpu-report";
import { categoryOfSource, cpuByWindow, createFrameCategorizer, inWindow, mergeWindows, type TCpuProfile, type TWindowCpu } from "./profile-windows";

describe("categoryOfSource", () => {
  it.each([
    ["file:///srv/app/node_modules/next/dist/server/base-server.js", "Next.js"],
    ["turbopack:///[project]/node_modules/next/dist/esm/server/app-render/app-render.js", "Next.js"],
    ["turbopack:///[project]/node_modules/react-dom/cjs/react-dom-server.node.production.js", "React"],
    ["turbopack:///[project]/node_modules/@prisma/client/runtime/client.js", "Prisma and pg"],
    ["file:///srv/app/node_modules/pg-protocol/dist/parser.js", "Prisma and pg"],
    ["turbopack:///[project]/lib/generated/prisma/internal/class.ts", "Prisma and pg"],
    ["turbopack:///[project]/node_modules/zod/v4/core/schemas.js", "other libraries"],
    ["turbopack:///[project]/proxy.ts", "this app's code"],
    ["turbopack:///[project]/lib/enrollment/grant-hold-in-turn.ts", "this app's code"],
    ["turbopack:///[project]/app/[locale]/(public)/about/page.tsx", "this app's code"],
    ["turbopack:///[turbopack]/shared/runtime-utils.ts", "Next.js"],
    ["../../.next-internal/server/app/api/health/route/actions.js", "Next.js"],
  ])("%s is %s", (source, category) => {
    expect(categoryOfSource(source)).toBe(category);
  });
});

/** A profile of a call tree: root → handler (app, in node_modules? no: a file of this app) → JSON.parse (native); root → GC; root → idle. */
function profile(samples: [node: number, deltaUs: number][]): TCpuProfile {
  const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
  return {
    nodes: [
      { id: 1, callFrame: frame("(root)"), children: [2, 4, 5, 6] },
      { id: 2, callFrame: frame("handler", "file:///srv/app/lib/enrollment/hold-seat.js"), children: [3] },
      { id: 3, callFrame: frame("parse") },
      { id: 4, callFrame: frame("(garbage collector)") },
      { id: 5, callFrame: frame("(idle)") },
      { id: 6, callFrame: frame("writev", "node:internal/stream_base_commons") },
    ],
    startTime: 1_000,
    samples: samples.map(([node]) => node),
    timeDeltas: samples.map(([, delta]) => delta),
  };
}

describe("cpuByWindow", () => {
  it("charges each sample inside a window to its category per request, native code to its caller, idle to nobody", () => {
    // Sample times: 1100 (app), 1200 (native under app), 1300 (GC), 1400 (idle), 1500 (node), 2100 (outside).
    const samples: [number, number][] = [
      [2, 100],
      [3, 100],
      [4, 100],
      [5, 100],
      [6, 100],
      [2, 600],
    ];
    const [row] = cpuByWindow(profile(samples), [{ name: "page", startUs: 1_050, endUs: 1_550, requests: 2 }], createFrameCategorizer());
    expect(row!.requests).toBe(2);
    // 400 µs busy (idle not counted) over 2 requests; the window is 500 µs long.
    expect(row!.perRequestUs).toBe(200);
    expect(row!.busyShare).toBeCloseTo(400 / 500);
    expect(row!.byCategory["this app's code"]).toBe(100); // handler + the JSON.parse it called: 200 µs / 2
    expect(row!.byCategory["garbage collector"]).toBe(50);
    expect(row!.byCategory["Node.js core"]).toBe(50);
    expect(row!.appInclusiveUs).toBe(100);
    expect(row!.byCategory["Next.js"]).toBe(0);
  });

  it("gives an empty window nothing and never divides by zero requests", () => {
    const [row] = cpuByWindow(profile([[2, 100]]), [{ name: "none", startUs: 5_000, endUs: 6_000, requests: 0 }]);
    expect(row!.perRequestUs).toBe(0);
    expect(row!.busyShare).toBe(0);
  });
});

const row = (name: string, requests: number, perRequestUs: number, busyShare: number, wallMs = 1_000): TWindowCpu => ({
  name,
  requests,
  wallMs,
  busyShare,
  perRequestUs,
  byCategory: {
    "this app's code": perRequestUs / 2,
    React: 0,
    "Next.js": perRequestUs / 2,
    "Prisma and pg": 0,
    "other libraries": 0,
    "Node.js core": 0,
    async_hooks: 0,
    "garbage collector": 0,
    other: 0,
  },
  appInclusiveUs: perRequestUs / 2,
});

describe("mergeWindows and addProcesses", () => {
  it("weights rounds of one target by their requests", () => {
    const [merged] = mergeWindows([row("page", 100, 1_000, 1), row("page", 300, 2_000, 0.5)]);
    expect(merged!.requests).toBe(400);
    expect(merged!.perRequestUs).toBe(1_750);
    expect(merged!.byCategory["Next.js"]).toBe(875);
    expect(merged!.busyShare).toBeCloseTo(0.75);
  });

  it("adds the CPU two processes spent on the same requests and averages their busy shares", () => {
    const both = addProcesses([row("rush", 500, 1_000, 0.9), row("rush", 500, 800, 0.7)]);
    expect(both.requests).toBe(500);
    expect(both.perRequestUs).toBe(1_800);
    expect(both.appInclusiveUs).toBe(900);
    expect(both.busyShare).toBeCloseTo(0.8);
  });
});

describe("inWindow", () => {
  it("notes the time span of a measurement and the requests it served, only when given a list", async () => {
    const windows: Parameters<typeof inWindow>[0] = [];
    const result = await inWindow(
      windows,
      "page",
      async () => ({ requests: 7 }),
      (r) => r.requests,
    );
    expect(result).toEqual({ requests: 7 });
    expect(windows).toHaveLength(1);
    expect(windows![0]).toMatchObject({ name: "page", requests: 7 });
    expect(windows![0]!.endUs).toBeGreaterThanOrEqual(windows![0]!.startUs);
    await inWindow(
      null,
      "warm-up",
      async () => ({ requests: 3 }),
      (r) => r.requests,
    );
    expect(windows).toHaveLength(1);
  });
});
