import "server-only";
import type { TSessionUser } from "../auth/session";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { assignmentScope } from "../access/assignment-scope";

/**
 * The assignment a write is about, read within the actor's scope (its coach, staff or admins):
 * notFound when the actor may not see it, coachAssignmentEnded when it has been ended.
 */
export async function readOpenAssignment(client: TPrismaClient | TTransaction, actor: TSessionUser, assignmentId: string): Promise<{ id: string }> {
  const scope = assignmentScope(actor);
  const assignment = await client.coachAssignment.findFirst({ where: { ...scope, id: assignmentId }, select: { id: true, endedAt: true } });
  if (!assignment) throw new AppError("notFound");
  if (assignment.endedAt) throw new AppError("coachAssignmentEnded");
  return { id: assignment.id };
}
