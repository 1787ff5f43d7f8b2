import { zhCommerce } from "./zh/commerce";
import { zhCore } from "./zh/core";
import { zhGroupBuy } from "./zh/group-buy";
import { zhLearning } from "./zh/learning";

/** Simplified Chinese: the site's first language. Every other catalog has exactly this shape. */
export const zh = { ...zhCore, ...zhCommerce, ...zhLearning, ...zhGroupBuy } as const;
