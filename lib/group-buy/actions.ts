"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate-public-pages";
import { ZFormId } from "@/lib/validation/ids";
import { dropMember } from "@/lib/group-buy/drop-member";
import { joinGroup } from "@/lib/group-buy/join-group";
import { settleGroupAsStaff } from "@/lib/group-buy/staff-groups";
import { startGroup } from "@/lib/group-buy/start-group";
import { startMemberCheckout } from "@/lib/group-buy/start-member-checkout";
import { getLocale } from "@/lib/i18n/server";

/** Opens the member's checkout; if Stripe cannot be reached, the place is given back at once. */
async function checkoutOrRelease(userId: string, memberId: string): Promise<string> {
  try {
    return (await startMemberCheckout({ userId, memberId, locale: await getLocale() })).url;
  } catch (error) {
    await dropMember(memberId, "checkoutExpired");
    throw error;
  }
}

export const startGroupAction = defineFormAction({
  who: "user",
  schema: z.object({ cohortId: ZFormId }),
  async run(input, { user }) {
    const { memberId } = await startGroup({ userId: user.id, cohortId: input.cohortId });
    revalidatePublicPages();
    redirect(await checkoutOrRelease(user.id, memberId));
  },
});

export const joinGroupAction = defineFormAction({
  who: "user",
  schema: z.object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{4,16}$/, { error: "required" }),
  }),
  async run(input, { user }) {
    const { memberId } = await joinGroup({ userId: user.id, code: input.code });
    revalidatePublicPages();
    redirect(await checkoutOrRelease(user.id, memberId));
  },
});

export const payGroupPlaceAction = defineFormAction({
  who: "user",
  schema: z.object({ memberId: ZFormId }),
  async run(input, { user }) {
    const { url } = await startMemberCheckout({ userId: user.id, memberId: input.memberId, locale: await getLocale() });
    redirect(url);
  },
});

export const settleGroupNowAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ groupId: ZFormId }),
  async run(input, { user }) {
    const result = await settleGroupAsStaff(user, input.groupId);
    revalidatePath("/staff/group-buys");
    revalidatePublicPages();
    return result;
  },
});
