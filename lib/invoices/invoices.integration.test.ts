import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { failsWith, testActor } from "../../test/support/actors";
import { ZInvoiceInput } from "./invoice-input";
import { markInvoiceIssued } from "./mark-invoice-issued";
import { listInvoiceRequests, readMyInvoiceRequest } from "./read-invoice-requests";
import { requestInvoice } from "./request-invoice";

const harness = usePaymentsHarness();

describe("发票 requests", () => {
  it("a learner asks on their own paid order, corrects it, staff mark it issued once, and it is then fixed", async () => {
    const { cohortId } = await createTestCohort({ capacity: 2, classes: [{ code: "A", capacity: 2 }] });
    const [payer, other, staffId] = (await createTestUsers(3, "invoice")) as [string, string, string];
    const paid = await createPaidLearner(harness, payer, cohortId);
    const input = ZInvoiceInput.parse({ title: "示例科技有限公司", taxId: "91310000ma1fl0000x", email: "finance@example.com" });
    expect(input.taxId).toBe("91310000MA1FL0000X");

    await expect(requestInvoice(other, paid.orderId, input)).rejects.toSatisfy(failsWith("invoiceNotPossible"));
    await requestInvoice(payer, paid.orderId, input);
    await requestInvoice(payer, paid.orderId, { ...input, title: "示例科技（上海）有限公司" });
    expect(await readMyInvoiceRequest(payer, paid.orderId)).toMatchObject({ title: "示例科技（上海）有限公司", status: "REQUESTED" });
    expect(await readMyInvoiceRequest(other, paid.orderId)).toBeNull();

    const [request] = (await listInvoiceRequests({ status: "REQUESTED" })).filter((row) => row.order.id === paid.orderId);
    const staff = testActor(staffId, "STAFF");
    const results = await Promise.allSettled([markInvoiceIssued(staff, request!.id), markInvoiceIssued(staff, request!.id)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    await expect(requestInvoice(payer, paid.orderId, input)).rejects.toSatisfy(failsWith("invoiceAlreadyIssued"));
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "invoice.issue", entityId: request!.id } })).toBe(1);
  });

  it("refuses a title that is empty, a malformed tax id and a bad email", () => {
    const result = ZInvoiceInput.safeParse({ title: " ", taxId: "123", email: "no" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(["invalidEmail", "invalidTaxId", "invoiceTitle"]);
  });
});
