import "server-only";
import { env } from "../env";

/** The school as printed on receipts: from SCHOOL_* variables, demo values when unset. */
export function schoolIssuer(): { legalName: string; taxId: string; address: string; contact: string } {
  const e = env();
  return { legalName: e.SCHOOL_LEGAL_NAME, taxId: e.SCHOOL_TAX_ID, address: e.SCHOOL_ADDRESS, contact: e.SCHOOL_BILLING_CONTACT };
}
