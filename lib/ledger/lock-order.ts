import "server-only";
import type { TTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { paidOrderFactsSelect } from "./anomaly-facts";

/**
 * Locks the order row until the transaction ends (SELECT … FOR UPDATE), the same lock payment
 * fulfilment takes, then reads what the ledger judges it by. Two fixes of one order, or a fix
 * and a webhook, run one after the other. Throws notFound for an unknown order.
 */
export async function lockOrderFacts(tx: TTransaction, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("notFound");
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, select: paidOrderFactsSelect });
}
