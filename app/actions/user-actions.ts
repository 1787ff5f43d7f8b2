"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeRole } from "@/lib/accounts/change-role";
import { defineFormAction } from "@/lib/actions/define-form-action";

export const changeRoleAction = defineFormAction({
  who: ["ADMIN"],
  schema: z.object({
    userId: z.string().trim().min(1, { error: "required" }).max(64, { error: "required" }),
    role: z.enum(["LEARNER", "INSTRUCTOR", "STAFF", "COACH", "ADMIN"]),
  }),
  async run(input, { user }) {
    const result = await changeRole(user, input.userId, input.role);
    revalidatePath("/staff/users");
    return result;
  },
});
