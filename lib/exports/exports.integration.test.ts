import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { createCohort } from "../cohorts/create-cohort";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import type { TExerciseSet, TItem } from "../labeling/exercise-schema";
import { goldAnswersOf } from "../labeling/gold-answers";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { submitItem } from "../labeling/submit-item";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import type { TExportKind } from "./export-kinds";
import { learnerPseudonym } from "./pseudonym";
import { countExportScope } from "./count-export-scope";
import { openExport } from "./stream-export";

let cleanup: () => Promise<void>;
let cohortId: string;
let otherCohortId: string;
let instructorA: TSessionUser, instructorB: TSessionUser, outsiderInstructor: TSessionUser, staff: TSessionUser;
let learner1: TSessionUser, learner2: TSessionUser, learner3: TSessionUser;
let preferenceSet: TExerciseSet, pairItem: TItem, rankItem: TItem, rewriteItem: TItem, turnItem: TItem;
let acceptedId: string;

const session = (id: string, role: Role, name = id): TSessionUser => ({ id, email: `${id}@example.com`, name, role, locale: "zh" });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

async function download(actor: TSessionUser, kind: TExportKind, options: { withIdentities?: boolean; cohort?: string; pageSize?: number } = {}) {
  const opened = await openExport(
    actor,
    { cohortId: options.cohort ?? cohortId, kind, withIdentities: options.withIdentities ?? false },
    { pageSize: options.pageSize },
  );
  const chunks: Uint8Array[] = [];
  for await (const chunk of opened.chunks) chunks.push(chunk);
  return { text: Buffer.concat(chunks).toString("utf8"), opened };
}
const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function submit(user: TSessionUser, set: TExerciseSet, item: TItem, answers: unknown): Promise<string> {
  const result = await submitItem(user, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.submissionId;
}

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const db = await getDb();
  const course = await db.course.upsert({
    where: { slug: "ai-trainer" },
    create: { slug: "ai-trainer", titleZh: "AI 训练师就业班", titleEn: "AI Trainer" },
    update: {},
  });
  const campus = await db.campus.upsert({
    where: { slug: "online" },
    create: { slug: "online", nameZh: "线上", nameEn: "Online", isOnline: true },
    update: {},
  });
  const number = () => 40_000 + Math.floor(Math.random() * 50_000);
  ({ id: cohortId } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: number(),
    startDate: "2031-03-01",
    status: "OPEN",
    listPriceFen: 100,
  }));
  ({ id: otherCohortId } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: number(),
    startDate: "2031-09-01",
    status: "OPEN",
    listPriceFen: 100,
  }));
  const [classA, classB] = await db.cohortClass.findMany({ where: { cohortId }, orderBy: { code: "asc" } });
  const otherClass = await db.cohortClass.findFirstOrThrow({ where: { cohortId: otherCohortId }, orderBy: { code: "asc" } });
  const ids = await createTestUsers(7, "exporter");
  const roles: Role[] = ["INSTRUCTOR", "INSTRUCTOR", "INSTRUCTOR", "STAFF", "LEARNER", "LEARNER", "LEARNER"];
  for (const [index, id] of ids.entries()) await db.user.update({ where: { id }, data: { role: roles[index]! } });
  [instructorA, instructorB, outsiderInstructor, staff, learner1, learner2, learner3] = ids.map((id, index) =>
    session(id, roles[index]!),
  ) as TSessionUser[] as [TSessionUser, TSessionUser, TSessionUser, TSessionUser, TSessionUser, TSessionUser, TSessionUser];
  await db.cohortClass.update({ where: { id: classA!.id }, data: { instructorId: instructorA.id } });
  await db.cohortClass.update({ where: { id: classB!.id }, data: { instructorId: instructorB.id } });
  await db.cohortClass.update({ where: { id: otherClass.id }, data: { instructorId: outsiderInstructor.id } });
  await db.enrollment.create({ data: { cohortId, userId: learner1.id, classId: classA!.id } });
  await db.enrollment.create({ data: { cohortId, userId: learner2.id, classId: classA!.id } });
  await db.enrollment.create({ data: { cohortId, userId: learner3.id, classId: classB!.id } });

  preferenceSet = (await loadExerciseSet("ai-trainer", "reward-preference-pairs"))!;
  pairItem = preferenceSet.items.find((item) => item.tasks.some((task) => task.type === "preference"))!;
  rankItem = preferenceSet.items.find((item) => item.tasks.some((task) => task.type === "ranking"))!;
  const qaSet = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
  rewriteItem = qaSet.items.find((item) => item.tasks.some((task) => task.type === "rewrite"))!;
  const dialogueSet = (await loadExerciseSet("ai-trainer", "task-assistant-context-loss"))!;
  turnItem = dialogueSet.items.find((item) => item.tasks.some((task) => task.type === "rewrite" && task.turn !== undefined && task.mode === "rewrite"))!;

  const pairTask = pairItem.tasks.find((task) => task.type === "preference")!;
  // learner1: two attempts at the pair (A, then B preferred), a ranking, an accepted and a turn rewrite.
  await submit(learner1, preferenceSet, pairItem, { ...goldAnswersOf(pairItem), [pairTask.id]: { value: -2 } });
  await submit(learner1, preferenceSet, pairItem, { ...goldAnswersOf(pairItem), [pairTask.id]: { value: 3 } });
  await submit(learner1, preferenceSet, rankItem, goldAnswersOf(rankItem));
  const rewriteTask = rewriteItem.tasks.find((task) => task.type === "rewrite")!;
  acceptedId = await submit(learner1, qaSet, rewriteItem, { ...goldAnswersOf(rewriteItem), [rewriteTask.id]: { text: "学员一的改写，已通过。" } });
  const turnTask = turnItem.tasks.find((task) => task.type === "rewrite" && task.turn !== undefined)!;
  const turnId = await submit(learner1, dialogueSet, turnItem, { ...goldAnswersOf(turnItem), [turnTask.id]: { text: "学员一改写的那一轮。" } });
  // learner2: a tie, and a rewrite sent back (REVISE); learner3 (class B): one pair.
  await submit(learner2, preferenceSet, pairItem, { ...goldAnswersOf(pairItem), [pairTask.id]: { value: 0 } });
  const revisedId = await submit(learner2, qaSet, rewriteItem, { ...goldAnswersOf(rewriteItem), [rewriteTask.id]: { text: "学员二的改写，需要修改。" } });
  await submit(learner3, preferenceSet, pairItem, goldAnswersOf(pairItem));
  for (const [submissionId, verdict] of [
    [acceptedId, "ACCEPTED"],
    [turnId, "ACCEPTED"],
    [revisedId, "REVISE"],
  ] as const) {
    await db.submissionReview.create({ data: { submissionId, reviewerId: instructorA.id, scores: {}, verdict } });
  }
  // learner2 also sat the qualification test in this cohort: an assessment, never exported.
  const attempt = await db.qualificationAttempt.create({
    data: { userId: learner2.id, courseSlug: "ai-trainer", setId: "qualification-test", cohortId, deadline: new Date(Date.now() + 60_000) },
  });
  await db.exerciseSubmission.create({
    data: {
      userId: learner2.id,
      courseSlug: "ai-trainer",
      setId: "qualification-test",
      itemId: "exam-item",
      cohortId,
      guidelineVersion: "1",
      answers: { secret: "考试答案" },
      grade: {},
      score: 1,
      attemptId: attempt.id,
    },
  });
});
afterAll(() => cleanup());

describe("exports: contents", () => {
  it("raw.jsonl has every attempt, pseudonymous, with attempt numbers and the latest marked", async () => {
    const { text, opened } = await download(staff, "raw.jsonl");
    expect(opened.contentType).toBe("application/x-ndjson; charset=utf-8");
    const rows = jsonLines(text);
    expect(rows).toHaveLength(8);
    for (const learner of [learner1, learner2, learner3]) {
      expect(text).not.toContain(learner.id);
      expect(text).not.toContain(`${learner.id}@example.com`);
    }
    const pairRows = rows.filter((row) => row.learner === learnerPseudonym(cohortId, learner1.id) && row.item === pairItem.id);
    expect(pairRows.map((row) => [row.attempt, row.latest])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(pairRows[0]).toMatchObject({ set: preferenceSet.id, guidelineVersion: preferenceSet.guidelineVersion, taskTypes: ["preference"] });
    expect(typeof pairRows[0]!.submittedAt).toBe("string");
    const accepted = rows.find((row) => row.submission === acceptedId)!;
    expect(accepted).toMatchObject({ review: "ACCEPTED", latest: true });
    expect(Date.parse(String(accepted.reviewedAt))).toBeGreaterThanOrEqual(Date.parse(String(accepted.submittedAt)));
    expect(pairRows[0]!.reviewedAt).toBeNull();
    expect(text).not.toContain("考试答案");
  });

  it("identities only when staff ask for them", async () => {
    const rows = jsonLines((await download(staff, "raw.jsonl", { withIdentities: true })).text);
    expect(rows.filter((row) => typeof row.learnerName === "string" && typeof row.learnerEmail === "string")).toHaveLength(8);
    const db = await getDb();
    const email = (await db.user.findUniqueOrThrow({ where: { id: learner1.id } })).email;
    expect(rows.some((row) => row.learnerEmail === email)).toBe(true);
  });

  it("preference-pairs.jsonl uses each learner's latest answer, the item's texts, all ranking pairs and no ties", async () => {
    const pairs = jsonLines((await download(staff, "preference-pairs.jsonl")).text);
    const pairTask = pairItem.tasks.find((task) => task.type === "preference")!;
    if (pairTask.type !== "preference") throw new Error("not a preference task");
    const textOf = (id: string) => pairItem.responses.find((response) => response.id === id)!.text.trimEnd();
    const fromPair = pairs.filter((pair) => pair.prompt === pairItem.prompt!.trimEnd());
    // learner1's latest says B (+3); learner3 answered gold; learner2's tie gives nothing.
    const goldChosen = pairTask.gold.value < 0 ? pairTask.a : pairTask.b;
    expect(fromPair).toHaveLength(2);
    expect(fromPair).toContainEqual({ prompt: pairItem.prompt!.trimEnd(), chosen: textOf(pairTask.b), rejected: textOf(pairTask.a) });
    expect(fromPair.some((pair) => pair.chosen === textOf(goldChosen))).toBe(true);
    const ranked = pairs.filter((pair) => pair.prompt === rankItem.prompt!.trimEnd());
    const n = rankItem.responses.length;
    expect(ranked).toHaveLength((n * (n - 1)) / 2);
    expect(Object.keys(ranked[0]!).sort()).toEqual(["chosen", "prompt", "rejected"]);
  });

  it("sft.jsonl holds only accepted rewrites, with the dialogue before a rewritten turn", async () => {
    const records = jsonLines((await download(staff, "sft.jsonl")).text) as { messages: { role: string; content: string }[] }[];
    expect(records).toHaveLength(2);
    const contents = records.map((record) => record.messages.at(-1)!.content);
    expect(contents).toContain("学员一的改写，已通过。");
    expect(contents).toContain("学员一改写的那一轮。");
    expect(JSON.stringify(records)).not.toContain("学员二的改写");
    const single = records.find((record) => record.messages.at(-1)!.content === "学员一的改写，已通过。")!;
    expect(single.messages).toEqual([
      { role: "user", content: rewriteItem.prompt!.trimEnd() },
      { role: "assistant", content: "学员一的改写，已通过。" },
    ]);
    const turn = records.find((record) => record.messages.at(-1)!.content === "学员一改写的那一轮。")!;
    expect(turn.messages[0]).toEqual({ role: "user", content: turnItem.dialogue[0]!.text.trimEnd() });
    expect(turn.messages.at(-1)!.role).toBe("assistant");
  });

  it("scores.csv: BOM, header, one row per learner and item (latest), CRLF", async () => {
    const { text, opened } = await download(staff, "scores.csv");
    expect(opened.contentType).toBe("text/csv; charset=utf-8");
    expect(text.startsWith("\uFEFFlearner,set,item,attempt,submitted_at,guideline_version,score,review,")).toBe(true);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 7);
    expect(lines.some((line) => line.startsWith(`${learnerPseudonym(cohortId, learner1.id)},${preferenceSet.id},${pairItem.id},2,`))).toBe(true);
    expect(text).not.toContain("@example.com");
  });
});

describe("exports: who may export what", () => {
  it("an instructor gets only the learners of their classes; one of another cohort, a learner and identities are forbidden", async () => {
    const rows = jsonLines((await download(instructorA, "raw.jsonl")).text);
    const learners = new Set(rows.map((row) => row.learner));
    expect(learners).toEqual(new Set([learnerPseudonym(cohortId, learner1.id), learnerPseudonym(cohortId, learner2.id)]));
    const rowsB = jsonLines((await download(instructorB, "raw.jsonl")).text);
    expect(new Set(rowsB.map((row) => row.learner))).toEqual(new Set([learnerPseudonym(cohortId, learner3.id)]));
    expect(await codeOf(download(outsiderInstructor, "raw.jsonl"))).toBe("forbidden");
    expect(await codeOf(download(learner1, "raw.jsonl"))).toBe("forbidden");
    expect(await codeOf(download(instructorA, "raw.jsonl", { withIdentities: true }))).toBe("forbidden");
    expect(await codeOf(download(staff, "raw.jsonl", { cohort: "no-such-cohort" }))).toBe("cohortNotFound");
  });

  it("the count shown before downloading matches the export, with the same access rules", async () => {
    expect(await countExportScope(staff, cohortId)).toEqual({ answers: 8, learners: 3 });
    const rowsA = jsonLines((await download(instructorA, "raw.jsonl")).text);
    expect(await countExportScope(instructorA, cohortId)).toEqual({ answers: rowsA.length, learners: 2 });
    expect(await countExportScope(instructorB, cohortId)).toEqual({ answers: 1, learners: 1 });
    expect(await codeOf(countExportScope(outsiderInstructor, cohortId))).toBe("forbidden");
    expect(await codeOf(countExportScope(learner1, cohortId))).toBe("forbidden");
  });

  it("records each export in the audit log: who, what, with identities or not", async () => {
    const db = await getDb();
    await download(staff, "scores.csv", { withIdentities: true });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { actorId: staff.id, action: "export.scores", entityId: cohortId },
      orderBy: { createdAt: "desc" },
    });
    expect(entry.entityType).toBe("Cohort");
    expect(entry.after).toMatchObject({ kind: "scores.csv", withIdentities: true, learners: "all", submissions: 8 });
    const instructorEntry = await db.auditLog.findFirstOrThrow({ where: { actorId: instructorA.id, action: "export.raw" } });
    expect(instructorEntry.after).toMatchObject({ withIdentities: false, learners: 2, submissions: 7 });
    expect(await db.auditLog.count({ where: { actorId: learner1.id } })).toBe(0);
  });
});

describe("exports: streaming", () => {
  it("pages through 5,000 submissions with a small page size, complete and in order", async () => {
    const db = await getDb();
    const cohortClass = await db.cohortClass.findFirstOrThrow({ where: { cohortId: otherCohortId }, orderBy: { code: "asc" } });
    const [first, second] = await createTestUsers(2, "bulk");
    for (const userId of [first!, second!]) await db.enrollment.create({ data: { cohortId: otherCohortId, userId, classId: cohortClass.id } });
    const base = Date.parse("2031-01-01T00:00:00Z");
    const rows = Array.from({ length: 5_000 }, (_, index) => ({
      userId: index % 2 === 0 ? first! : second!,
      courseSlug: "ai-trainer",
      setId: preferenceSet.id,
      itemId: preferenceSet.items[index % preferenceSet.items.length]!.id,
      cohortId: otherCohortId,
      guidelineVersion: preferenceSet.guidelineVersion,
      answers: { n: index },
      grade: {},
      score: 0.5,
      createdAt: new Date(base + index * 1000),
    }));
    for (let start = 0; start < rows.length; start += 1_000) await db.exerciseSubmission.createMany({ data: rows.slice(start, start + 1_000) });
    const lines = jsonLines((await download(outsiderInstructor, "raw.jsonl", { cohort: otherCohortId, pageSize: 97 })).text);
    expect(lines).toHaveLength(5_000);
    expect(new Set(lines.map((line) => (line.answers as { n: number }).n)).size).toBe(5_000);
    const byKey = new Map<string, Record<string, unknown>[]>();
    for (const line of lines) {
      const key = `${String(line.learner)}/${String(line.item)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), line]);
    }
    for (const group of byKey.values()) {
      expect(group.map((line) => line.attempt)).toEqual(group.map((_, index) => index + 1));
      expect(group.map((line) => String(line.submittedAt))).toEqual(group.map((line) => String(line.submittedAt)).sort());
      expect(group.filter((line) => line.latest)).toEqual([group.at(-1)]);
    }
    // Learners come one after another: each learner's lines are contiguous.
    const order = lines.map((line) => line.learner);
    expect(order.filter((learner, index) => index === 0 || learner !== order[index - 1])).toHaveLength(2);
  });
});
