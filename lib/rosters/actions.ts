"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { ZFormId } from "@/lib/validation/ids";
import { completeEnrollments } from "@/lib/rosters/complete-enrollments";
import { attendanceStatuses, markAttendance, type TAttendanceMark } from "@/lib/rosters/mark-attendance";
import { moveEnrollmentToClass } from "@/lib/rosters/move-class";

const ZStatus = z.enum(attendanceStatuses);

/** Roster and attendance pages of staff and instructors show the same data: refresh them all. */
function refreshRosters(): void {
  revalidatePath("/staff/cohorts/[cohortId]/roster", "page");
  revalidatePath("/staff/cohorts/[cohortId]/attendance", "page");
  revalidatePath("/teach/classes", "layout");
}

export const moveClassAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ enrollmentId: ZFormId, classId: ZFormId }),
  async run(input, { user }) {
    const result = await moveEnrollmentToClass(user, input);
    refreshRosters();
    return result;
  },
});

export const completeEnrollmentAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ enrollmentId: ZFormId }),
  async run(input, { user }) {
    const result = await completeEnrollments(user, { enrollmentId: input.enrollmentId });
    refreshRosters();
    return result;
  },
});

export const completeCohortAction = defineFormAction({
  who: ["STAFF"],
  schema: z.object({ cohortId: ZFormId }),
  async run(input, { user }) {
    const result = await completeEnrollments(user, { cohortId: input.cohortId });
    refreshRosters();
    return result;
  },
});

/**
 * The attendance form: `sessionId` and one radio group per learner named `mark_<enrollmentId>`;
 * learners left without a choice are not touched. Staff and instructors (the data layer limits an
 * instructor to their own classes).
 */
const ZAttendanceForm = z.looseObject({ sessionId: ZFormId }).transform((raw, context) => {
  const marks: TAttendanceMark[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith("mark_")) continue;
    const enrollmentId = key.slice("mark_".length);
    const status = ZStatus.safeParse(value);
    if (!status.success || enrollmentId.length === 0 || enrollmentId.length > 64) {
      context.addIssue({ code: "custom", message: "required", path: [key] });
      return z.NEVER;
    }
    marks.push({ enrollmentId, status: status.data });
  }
  if (marks.length > 200) {
    context.addIssue({ code: "custom", message: "required", path: ["form"] });
    return z.NEVER;
  }
  return { sessionId: raw.sessionId, marks };
});

export const markAttendanceAction = defineFormAction({
  who: ["INSTRUCTOR"],
  schema: ZAttendanceForm,
  async run(input, { user }) {
    const result = await markAttendance(user, input.sessionId, input.marks);
    refreshRosters();
    return result;
  },
});
