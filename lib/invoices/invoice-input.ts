import { z } from "zod";

/**
 * What a learner fills in to ask for a 发票: a title (a person's name or a company's full name),
 * the taxpayer id (统一社会信用代码, 15–20 letters and digits; required by tax rules for a company,
 * optional here so a person can leave it empty) and the email the electronic fapiao goes to.
 */
export const ZInvoiceInput = z.object({
  title: z.string().trim().min(1, { error: "invoiceTitle" }).max(100, { error: "invoiceTitle" }),
  taxId: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || /^[0-9A-Z]{15,20}$/.test(value), { error: "invalidTaxId" })
    .transform((value) => (value === "" ? null : value)),
  email: z.email({ error: "invalidEmail" }).trim().max(200, { error: "invalidEmail" }),
});
export type TInvoiceInput = z.infer<typeof ZInvoiceInput>;
