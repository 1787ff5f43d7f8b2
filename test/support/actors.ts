import type { TSessionUser } from "../../lib/auth/session";
import { AppError } from "../../lib/errors";

/** A signed-in caller for data-layer tests: the id of a test user with the given role. */
export function testActor(id: string, role: TSessionUser["role"]): TSessionUser {
  return { id, role, name: role, email: `${role}@example.com`, locale: "zh" };
}

/** For `expect(promise).rejects.toSatisfy(failsWith("forbidden"))`: an AppError with that code. */
export function failsWith(code: string): (error: unknown) => boolean {
  return (error) => error instanceof AppError && error.code === code;
}
