import { zhBackOffice } from "./zh/back-office";
import { zhStaffCohorts } from "./zh/staff-cohorts";
import { zhRefunds } from "./zh/refunds";
import { zhRosters } from "./zh/rosters";
import { zhCoaching } from "./zh/coaching";
import { zhLedger } from "./zh/ledger";
import { zhCommerce } from "./zh/commerce";
import { zhCore } from "./zh/core";
import { zhGroupBuy } from "./zh/group-buy";
import { zhLearning } from "./zh/learning";

/** Simplified Chinese: the site's first language. Every other catalog has exactly this shape. */
export const zh = { ...zhCore, ...zhCommerce, ...zhLearning, ...zhGroupBuy, ...zhBackOffice, ...zhStaffCohorts, ...zhRefunds, ...zhRosters, ...zhCoaching, ...zhLedger } as const;
