import type { TMessages } from "../../types";

export const enRosters: Pick<TMessages, "rosters"> = {
  rosters: { title: "Rosters and attendance" },
};
