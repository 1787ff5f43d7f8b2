import { checkQualificationSet } from "./check-qualification-set";
import type { TExerciseSet } from "./exercise-schema";
import { runWriteCheck } from "./write-checks";

/**
 * Consistency checks zod cannot express: unique ids, tasks pointing at responses/turns that exist,
 * anchors for every scale point, gold answers for every dimension and within the scale, rankings
 * that are permutations, verdicts among the options, write tasks with a prompt and nothing to start
 * from, gold texts that pass their own write checks. Returns human-readable problems (empty = ok).
 */
export function checkExerciseSet(set: TExerciseSet): string[] {
  const problems: string[] = [];
  const seenItems = new Set<string>();
  for (const item of set.items) {
    const where = `item ${item.id}`;
    if (seenItems.has(item.id)) problems.push(`${where}: duplicate item id`);
    seenItems.add(item.id);
    const responses = new Set(item.responses.map((response) => response.id));
    // A qualification bank mixes kinds: there an item with a dialogue is multi-turn.
    const kind = set.qualification && item.dialogue.length > 0 ? "multi-turn" : set.qualification ? "single-turn" : set.kind;
    const writesOnly = item.tasks.every((task) => task.type === "rewrite" && task.mode === "write");
    if (kind === "single-turn" && (!item.prompt || (responses.size === 0 && !writesOnly)))
      problems.push(`${where}: a single-turn item needs a prompt and responses`);
    if (kind === "multi-turn" && item.dialogue.length < 2) problems.push(`${where}: a multi-turn item needs a dialogue`);
    const assistantTurn = (turn: number) => item.dialogue[turn - 1]?.role === "assistant";
    const taskIds = new Set<string>();
    for (const task of item.tasks) {
      const at = `${where} task ${task.id}`;
      if (taskIds.has(task.id)) problems.push(`${at}: duplicate task id`);
      taskIds.add(task.id);
      if ("response" in task && task.response && !responses.has(task.response)) problems.push(`${at}: unknown response ${task.response}`);
      if ("turn" in task && task.turn !== undefined && !(task.type === "rewrite" && task.mode === "next") && !assistantTurn(task.turn)) {
        problems.push(`${at}: turn ${task.turn} is not an assistant turn`);
      }
      if (task.type === "rubric") {
        for (const dimension of task.dimensions) {
          if (dimension.anchors.length !== dimension.scale)
            problems.push(`${at}: ${dimension.id} needs ${dimension.scale} anchors, has ${dimension.anchors.length}`);
          const gold = task.gold[dimension.id];
          if (!gold) problems.push(`${at}: no gold score for ${dimension.id}`);
          else if (gold.score > dimension.scale) problems.push(`${at}: gold ${dimension.id} ${gold.score} is above the scale`);
        }
        for (const key of Object.keys(task.gold)) if (!task.dimensions.some((d) => d.id === key)) problems.push(`${at}: gold for unknown dimension ${key}`);
      }
      if (task.type === "flags") {
        for (const flag of task.gold.flags) if (!task.options.includes(flag)) problems.push(`${at}: gold flag ${flag} is not an option`);
      }
      if (task.type === "preference" && (!responses.has(task.a) || !responses.has(task.b))) problems.push(`${at}: unknown responses`);
      if (task.type === "ranking") {
        const sorted = (list: string[]) => [...list].sort().join(",");
        if (sorted(task.gold.order) !== sorted(task.responses)) problems.push(`${at}: gold order must list each response once`);
        for (const id of task.responses) if (!responses.has(id)) problems.push(`${at}: unknown response ${id}`);
      }
      if (task.type === "verdict" && !task.options.some((option) => option.value === task.gold.value)) problems.push(`${at}: gold verdict is not an option`);
      if (task.type === "rewrite" && task.mode === "write") {
        if (!item.prompt) problems.push(`${at}: a write task needs the item's prompt`);
        if (task.response !== undefined || task.turn !== undefined) problems.push(`${at}: a write task starts from nothing: no response or turn`);
      }
      if (task.type === "rewrite") {
        (task.checks ?? []).forEach((check, index) => {
          if (!runWriteCheck(check, task.gold.text).passed) problems.push(`${at}: the gold text fails its own check ${index + 1} (${check.kind})`);
        });
      }
    }
  }
  problems.push(...checkQualificationSet(set));
  return problems;
}
