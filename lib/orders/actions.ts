"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { getLocale } from "@/lib/i18n/server";
import { startCheckout } from "@/lib/orders/start-checkout";

export const startCheckoutAction = defineFormAction({
  who: "user",
  schema: z.object({ holdId: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }) }),
  async run(input, { user }) {
    const { url } = await startCheckout({ userId: user.id, holdId: input.holdId, locale: await getLocale() });
    redirect(url);
  },
});
