"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "../actions/define-form-action";
import { requestClientKey } from "../http/request-client";
import { sendVerificationMail } from "./send-verification-mail";

/** The cohort and group pages' “send confirmation email” button: a mail whose link returns to `next`. */
export const sendVerificationMailAction = defineFormAction({
  who: "user",
  schema: z.object({ next: z.unknown() }),
  async run(input, { user }) {
    const result = await sendVerificationMail(user.id, { client: await requestClientKey(), next: input.next });
    if (result.alreadyVerified) revalidatePath("/", "layout");
    return result;
  },
});
