import type { Role } from "../../lib/generated/prisma/enums";

/** Demo accounts, one per role. The README lists them; the password is the same for all. */
export const demoPassword = "demo1234";

export const demoUsers: readonly { email: string; name: string; role: Role }[] = [
  { email: "learner@demo.school", name: "李明", role: "LEARNER" },
  { email: "learner2@demo.school", name: "张悦", role: "LEARNER" },
  { email: "instructor@demo.school", name: "王老师", role: "INSTRUCTOR" },
  { email: "instructor2@demo.school", name: "刘老师", role: "INSTRUCTOR" },
  { email: "staff@demo.school", name: "陈教务", role: "STAFF" },
  { email: "coach@demo.school", name: "赵教练", role: "COACH" },
  { email: "admin@demo.school", name: "管理员", role: "ADMIN" },
];
