import { describe, expect, it } from "vitest";
import { fitTimeToSize, largestPageAt, pageAnatomy } from "./page-anatomy";

describe("pageAnatomy", () => {
  it("counts the inlined RSC payload and the visible text, not the markup, head or scripts", () => {
    const html =
      '<html><head><title>标题</title><style>p{}</style></head><body><main><p class="x">规则 1.1</p><p>ok &amp; go</p></main>' +
      '<script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{}]"])</script></body></html>';
    const anatomy = pageAnatomy(html);
    expect(anatomy.totalBytes).toBe(Buffer.byteLength(html));
    expect(anatomy.payloadBytes).toBe(Buffer.byteLength('0:[\\"$\\",\\"p\\",null,{}]'));
    // "规则 1.1" (10 bytes) + "ok   go" (7), no title, no style, no script.
    expect(anatomy.textBytes).toBe(Buffer.byteLength("规则 1.1ok go"));
  });
});

describe("fitTimeToSize", () => {
  it("finds what a KB costs relative to the reference, and the largest page at a ratio of it", () => {
    // A 20 KB reference; every KB more adds 1 % of its time: 40 KB → 1.2× the time (ratio 0.833).
    const pages = [30, 60, 100].map((kb) => ({ kb, ratio: 1 / (1 + 0.01 * (kb - 20)) }));
    const fit = fitTimeToSize(20, pages)!;
    expect(fit.perKb).toBeCloseTo(0.01, 5);
    expect(fit.r2).toBe(1);
    // 0.9×: 1 / 0.9 − 1 = 0.111 more time, 11.1 KB more than the reference.
    expect(largestPageAt(fit, 0.9)).toBeCloseTo(31.1, 1);
  });

  it("says how far the pages are from the line", () => {
    const fit = fitTimeToSize(20, [
      { kb: 40, ratio: 0.7 },
      { kb: 60, ratio: 0.95 },
      { kb: 80, ratio: 0.6 },
    ])!;
    expect(fit.r2).toBeLessThan(0.9);
  });

  it("gives no line for fewer than three pages or pages all of the reference's size", () => {
    expect(
      fitTimeToSize(20, [
        { kb: 30, ratio: 0.9 },
        { kb: 40, ratio: 0.8 },
      ]),
    ).toBeNull();
    expect(
      fitTimeToSize(
        20,
        [20, 20, 20].map((kb) => ({ kb, ratio: 1 })),
      ),
    ).toBeNull();
  });
});
