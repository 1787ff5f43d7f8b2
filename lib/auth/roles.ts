import type { Role } from "../generated/prisma/enums";

/** Staff-level roles that may see everything a lower role may. */
export const roleIncludes: Record<Role, readonly Role[]> = {
  LEARNER: ["LEARNER"],
  INSTRUCTOR: ["INSTRUCTOR"],
  COACH: ["COACH"],
  STAFF: ["STAFF", "INSTRUCTOR", "COACH"],
  ADMIN: ["ADMIN", "STAFF", "INSTRUCTOR", "COACH", "LEARNER"],
};

/** True when the user's role is, or includes, one of the allowed roles. */
export function hasRole(user: { role: Role }, allowed: readonly Role[]): boolean {
  return allowed.some((role) => roleIncludes[user.role].includes(role));
}
