"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { revalidatePublicPagesOnce } from "@/lib/page-cache/revalidate-public-pages";
import { ZFormId } from "@/lib/validation/ids";
import { holdSeat } from "@/lib/enrollment/hold-seat";
import { joinWaitlist, leaveWaitlist } from "@/lib/enrollment/join-waitlist";
import { releaseHold } from "@/lib/enrollment/release-seats";

const ZCohortInput = z.object({ cohortId: ZFormId });

export const holdSeatAction = defineFormAction({
  who: "user",
  schema: ZCohortInput,
  async run(input, { user }) {
    const hold = await holdSeat({ userId: user.id, cohortId: input.cohortId });
    revalidatePublicPagesOnce(hold.commit);
    redirect("/learn");
  },
});

export const joinWaitlistAction = defineFormAction({
  who: "user",
  schema: ZCohortInput,
  async run(input, { user }) {
    const result = await joinWaitlist({ userId: user.id, cohortId: input.cohortId });
    revalidatePath("/", "layout");
    return result;
  },
});

export const leaveWaitlistAction = defineFormAction({
  who: "user",
  schema: ZCohortInput,
  async run(input, { user }) {
    await leaveWaitlist({ userId: user.id, cohortId: input.cohortId });
    revalidatePath("/", "layout");
    return { left: true };
  },
});

export const releaseHoldAction = defineFormAction({
  who: "user",
  schema: z.object({ holdId: ZFormId }),
  async run(input, { user }) {
    await releaseHold({ userId: user.id, holdId: input.holdId });
    revalidatePath("/", "layout");
    return { released: true };
  },
});
