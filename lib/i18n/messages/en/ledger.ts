import type { TMessages } from "../../types";

export const enLedger: Pick<TMessages, "ledger"> = {
  ledger: { title: "Payments ledger" },
};
