import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { readOpenAssignment } from "./read-open-assignment";

export const maxNoteLength = 2000;

/**
 * Adds a private note to an open assignment, written by the actor (its coach, staff or admins).
 * The body is trimmed and must hold 1–2000 characters. Notes are never shown to the learner.
 */
export async function addCoachNote(actor: TSessionUser, input: { assignmentId: string; body: string }): Promise<{ noteId: string }> {
  const body = input.body.trim();
  if (body.length === 0 || body.length > maxNoteLength) throw new AppError("invalidInput");
  const db = await getDb();
  const assignment = await readOpenAssignment(db, actor, input.assignmentId);
  const note = await db.coachNote.create({ data: { assignmentId: assignment.id, authorId: actor.id, body }, select: { id: true } });
  return { noteId: note.id };
}
