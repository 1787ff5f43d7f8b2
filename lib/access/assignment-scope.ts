import "server-only";
import type { TSessionUser } from "../auth/session";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { isStaff } from "./staff-access";

/**
 * The coaching assignments the actor may see, as a where clause to put in every query: staff and
 * admins every assignment; a coach only their own (`coachId` is the caller); anyone else nothing
 * (forbidden). Roles that include COACH (staff, admin) count as staff, so the role is compared
 * exactly here rather than with hasRole.
 */
export function assignmentScope(actor: TSessionUser): Prisma.CoachAssignmentWhereInput {
  if (isStaff(actor)) return {};
  if (actor.role === "COACH") return { coachId: actor.id };
  throw new AppError("forbidden");
}
