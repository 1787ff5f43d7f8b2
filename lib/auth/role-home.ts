import type { Role } from "../generated/prisma/enums";
import { safeReturnPath } from "./safe-return-path";

/** Where each role's day starts: the page a person lands on after signing in without a return path. */
export const roleHomes: Record<Role, string> = {
  LEARNER: "/learn",
  INSTRUCTOR: "/teach",
  COACH: "/coach",
  STAFF: "/staff",
  ADMIN: "/staff",
};

export function roleHome(role: Role): string {
  return roleHomes[role];
}

/** After sign-in: an explicit same-site return path wins; otherwise (none, or unsafe) the role's home. */
export function afterSignInPath(next: unknown, role: Role): string {
  return safeReturnPath(next, roleHome(role));
}
