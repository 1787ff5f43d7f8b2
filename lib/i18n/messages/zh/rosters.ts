/** rosters: see the area's pages. */
export const zhRosters = {
  rosters: { title: "花名册与考勤" },
} as const;
