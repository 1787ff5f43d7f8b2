import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type TDataColumn } from "./data-table";

type TRow = { id: string; name: string; amount: number };
const rows: TRow[] = [
  { id: "a", name: "李明", amount: 100 },
  { id: "b", name: "张悦", amount: 250 },
];

function render(columns: readonly (TDataColumn<TRow> | false)[], extra: Record<string, unknown> = {}): string {
  return renderToStaticMarkup(createElement(DataTable<TRow>, { caption: "订单", columns, rows, rowKey: (row) => row.id, ...extra }));
}

const name: TDataColumn<TRow> = { key: "name", header: "姓名", primary: true, cell: (row) => row.name };
const amount: TDataColumn<TRow> = { key: "amount", header: "金额", numeric: true, cell: (row) => row.amount };

describe("DataTable", () => {
  it("names itself (caption), heads its columns (scope=col) and each row (scope=row), and labels cells for the phone cards", () => {
    const html = render([name, amount]);
    expect(html).toContain("<caption");
    expect(html).toContain(">订单</caption>");
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html.match(/<th scope="row"[^>]*>李明<\/th>/g)).toHaveLength(1);
    expect(html).toMatch(/<td data-label="金额"[^>]*>100<\/td>/);
    expect(html).toContain("table-cards");
  });

  it("leaves out columns given as false, and adds a footer row headed by the primary column", () => {
    const html = render([name, false, amount], { footer: { name: "合计", amount: 350 } });
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toMatch(/<tfoot[^>]*><tr><th scope="row"[^>]*>合计<\/th><td data-label="金额"[^>]*>350<\/td><\/tr><\/tfoot>/);
  });

  it("keeps a column's own font weight on the row header instead of the default", () => {
    const html = render([{ ...name, className: "font-semibold" }]);
    expect(html).toMatch(/<th scope="row" class="[^"]*font-semibold/);
    expect(html).not.toMatch(/<th scope="row" class="[^"]*font-medium/);
  });

  it("leaves the cells' look to the stylesheet: numbers marked num, a column's own classes kept, no empty attributes", () => {
    const html = render([name, { ...amount, className: "text-slate-600" }]);
    expect(html).toMatch(/<th scope="col" class="num">金额<\/th>/);
    expect(html).toMatch(/<td data-label="金额" class="num text-slate-600">100<\/td>/);
    expect(html).toMatch(/<th scope="row">李明<\/th>/);
    expect(html).toMatch(/<tr><th scope="row">/);
    expect(html).not.toContain('class=""');
    expect(html).not.toContain("data-testid");
  });

  it("carries row test ids and data attributes", () => {
    const html = render([name], { rowTestId: "order-row", rowData: (row: TRow) => ({ "data-id": row.id }) });
    expect(html.match(/data-testid="order-row"/g)).toHaveLength(2);
    expect(html).toContain('data-id="b"');
  });
});
