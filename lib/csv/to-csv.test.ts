import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv (one CSV writer for rosters, the ledger and exports)", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    const csv = toCsv([
      ["a", "b"],
      ["1", 2],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(toCsv([["x"], ["李明, 北京"], ['say "hi"'], ["two\nlines"], ["cr\r"]])).toBe(
      '\uFEFFx\r\n"李明, 北京"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\r"\r\n',
    );
  });

  it("keeps leading and trailing spaces by quoting them", () => {
    expect(toCsv([["x"], [" padded "]])).toBe('\uFEFFx\r\n" padded "\r\n');
  });

  it("turns text that looks like a formula into text", () => {
    const csv = toCsv([["x"], ['=HYPERLINK("http://evil")'], ["+1"], ["-2"], ["@SUM(A1)"], ["\tx"]]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(1, 6)).toEqual(['"\'=HYPERLINK(""http://evil"")"', "'+1", "'-2", "'@SUM(A1)", "'\tx"]);
  });

  it("writes numbers (negative ones too) as numbers and empty cells for null", () => {
    expect(
      toCsv([
        ["a", "b", "c"],
        [-500, null, undefined],
      ]),
    ).toBe("\uFEFFa,b,c\r\n-500,,\r\n");
  });
});
