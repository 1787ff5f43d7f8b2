import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pickClassForNewLearner, type ClassLoad } from "./pick-class";

const cls = (code: string, enrolled: number, capacity = 25): ClassLoad => ({ id: `id-${code}`, code, capacity, enrolled });

describe("pickClassForNewLearner", () => {
  it("picks the class with the fewest learners", () => {
    expect(pickClassForNewLearner([cls("A", 12), cls("B", 7), cls("C", 9)])).toBe("id-B");
  });

  it("breaks ties by code, whatever the input order", () => {
    expect(pickClassForNewLearner([cls("B", 3), cls("A", 3)])).toBe("id-A");
    expect(pickClassForNewLearner([cls("A", 3), cls("B", 3)])).toBe("id-A");
  });

  it("skips full classes, even when they hold fewer learners", () => {
    expect(pickClassForNewLearner([cls("A", 10, 10), cls("B", 20)])).toBe("id-B");
    expect(pickClassForNewLearner([cls("A", 30, 25), cls("B", 24)])).toBe("id-B");
  });

  it("returns null when every class is full or there are none", () => {
    expect(pickClassForNewLearner([cls("A", 25), cls("B", 25)])).toBeNull();
    expect(pickClassForNewLearner([cls("A", 0, 0)])).toBeNull();
    expect(pickClassForNewLearner([])).toBeNull();
  });

  it("property: never returns a full class, and returns the least-loaded open one", () => {
    const load = fc.record({ capacity: fc.integer({ min: 0, max: 30 }), enrolled: fc.integer({ min: 0, max: 35 }) });
    const classes = fc
      .shuffledSubarray(["A", "B", "C", "D", "E", "F"])
      .chain((codes) => fc.tuple(...codes.map((code) => load.map((l) => ({ ...l, id: `id-${code}`, code })))));
    fc.assert(
      fc.property(classes, (list) => {
        const picked = pickClassForNewLearner(list);
        const open = list.filter((c) => c.enrolled < c.capacity);
        if (open.length === 0) {
          expect(picked).toBeNull();
          return;
        }
        const chosen = list.find((c) => c.id === picked);
        expect(chosen).toBeDefined();
        expect(chosen!.enrolled).toBeLessThan(chosen!.capacity);
        const fewest = open.filter((c) => c.enrolled === Math.min(...open.map((o) => o.enrolled)));
        expect(chosen!.code).toBe(fewest.map((c) => c.code).sort()[0]);
      }),
    );
  });

  it("property: filling two classes of 25 one learner at a time keeps them within 1 and ≤ 25", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (n) => {
        const classes = [cls("B", 0), cls("A", 0)];
        for (let i = 0; i < n; i++) {
          const id = pickClassForNewLearner(classes);
          if (i >= 50) {
            expect(id).toBeNull();
            continue;
          }
          const target = classes.find((c) => c.id === id)!;
          target.enrolled += 1;
          const [b, a] = classes as [ClassLoad, ClassLoad];
          expect(Math.abs(a.enrolled - b.enrolled)).toBeLessThanOrEqual(1);
          expect(a.enrolled >= b.enrolled).toBe(true); // A fills first on ties
          expect(Math.max(a.enrolled, b.enrolled)).toBeLessThanOrEqual(25);
        }
        expect(classes[0]!.enrolled + classes[1]!.enrolled).toBe(Math.min(n, 50));
      }),
    );
  });
});
