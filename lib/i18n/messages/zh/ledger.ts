/** ledger: see the area's pages. */
export const zhLedger = {
  ledger: { title: "收款台账" },
} as const;
