"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "../actions/define-form-action";
import { deliverQueuedMails } from "./outbox/deliver-queued-mails";
import { retryFailedMail } from "./outbox/failed-mails";
import { ZId } from "../validation/ids";

export const retryFailedMailAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ outboxId: ZId }),
  async run(input, { user }) {
    await retryFailedMail(user, input.outboxId);
    await deliverQueuedMails([input.outboxId]);
    revalidatePath("/staff");
    return null;
  },
});
