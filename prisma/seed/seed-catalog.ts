import { createCohort } from "../../lib/cohorts/create-cohort";
import { firstWeekendOnOrAfter, localDateOf } from "../../lib/cohorts/generate-sessions";
import type { TPrismaClient } from "../../lib/db/create-client";

export const demoCourseSlug = "ai-trainer";

const campuses = [
  {
    slug: "beijing",
    nameZh: "北京校区",
    nameEn: "Beijing campus",
    addressZh: "北京市海淀区中关村大街 27 号 8 层",
    addressEn: "8F, 27 Zhongguancun Street, Haidian, Beijing",
    isOnline: false,
    sortOrder: 1,
  },
  {
    slug: "shenzhen",
    nameZh: "深圳校区",
    nameEn: "Shenzhen campus",
    addressZh: "深圳市南山区科技园南区 6 栋 5 层",
    addressEn: "5F, Building 6, Science Park South, Nanshan, Shenzhen",
    isOnline: false,
    sortOrder: 2,
  },
  {
    slug: "hangzhou",
    nameZh: "杭州校区",
    nameEn: "Hangzhou campus",
    addressZh: "杭州市西湖区文三路 90 号 3 层",
    addressEn: "3F, 90 Wensan Road, Xihu, Hangzhou",
    isOnline: false,
    sortOrder: 3,
  },
  { slug: "online", nameZh: "线上直播", nameEn: "Live online", addressZh: null, addressEn: null, isOnline: true, sortOrder: 4 },
] as const;

/**
 * The demo cohorts, dated relative to `today`: 第12期 running (started two weeks ago), 第13期 full
 * with a waitlist, 第14–16期 open; 第14期 and 第16期 run a group-buy (3 per group) from yesterday
 * for four days. Prices rise ¥1,000 per cohort. Existing cohorts are left alone.
 */
export const demoCohorts = [
  { number: 12, campus: "beijing", weeksFromNow: -2, status: "RUNNING" },
  { number: 13, campus: "shenzhen", weeksFromNow: 2, status: "OPEN" },
  { number: 14, campus: "online", weeksFromNow: 4, status: "OPEN", groupBuy: true },
  { number: 15, campus: "hangzhou", weeksFromNow: 6, status: "OPEN" },
  { number: 16, campus: "beijing", weeksFromNow: 8, status: "OPEN", groupBuy: true },
] as const;

export const listPriceFenOf = (number: number) => 2_299_900 + (number - 13) * 100_000;
const groupDiscountFen = 200_000;
const dayMs = 86_400_000;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export async function seedCatalog(prisma: TPrismaClient, today: Date): Promise<{ cohortsCreated: number }> {
  const course = await prisma.course.upsert({
    where: { slug: demoCourseSlug },
    create: { slug: demoCourseSlug, titleZh: "AI 训练师就业班", titleEn: "AI Trainer Career Programme" },
    update: {},
    select: { id: true },
  });
  const campusIds = new Map<string, string>();
  for (const campus of campuses) {
    const row = await prisma.campus.upsert({ where: { slug: campus.slug }, create: campus, update: {}, select: { id: true } });
    campusIds.set(campus.slug, row.id);
  }
  const nextSaturday = firstWeekendOnOrAfter(localDateOf(today, "Asia/Shanghai"), "Asia/Shanghai");
  let cohortsCreated = 0;
  for (const plan of demoCohorts) {
    const exists = await prisma.cohort.findUnique({ where: { courseId_number: { courseId: course.id, number: plan.number } }, select: { id: true } });
    if (exists) continue;
    const campus = campuses.find((c) => c.slug === plan.campus)!;
    await createCohort(prisma, {
      courseId: course.id,
      campusId: campusIds.get(plan.campus)!,
      number: plan.number,
      startDate: addDays(nextSaturday, plan.weeksFromNow * 7),
      status: plan.status,
      listPriceFen: listPriceFenOf(plan.number),
      groupPriceFen: listPriceFenOf(plan.number) - groupDiscountFen,
      room: campus.isOnline ? null : `${campus.addressZh} · 201 教室`,
      onlineUrl: campus.isOnline ? `https://live.ai-trainer.school/cohort-${plan.number}` : null,
      ...("groupBuy" in plan
        ? { groupSize: 3, groupBuyStartsAt: new Date(today.getTime() - dayMs), groupBuyEndsAt: new Date(today.getTime() + 3 * dayMs) }
        : {}),
    });
    cohortsCreated += 1;
  }
  return { cohortsCreated };
}
