import { readTaskAnswer, type TItemAnswers } from "../labeling/answer-schema";
import type { TItem } from "../labeling/exercise-schema";

export type TChatMessage = { role: "system" | "user" | "assistant"; content: string };
export type TSftRecord = { messages: TChatMessage[] };

/**
 * Supervised fine-tuning records from one learner's rewrites of one item (the caller passes only
 * submissions an instructor ACCEPTED). One record per rewrite task answered:
 * - single-turn: the user's prompt, then the rewrite as the assistant's answer; a RAG item's sources
 *   come first as a system message (the rewrite rests on them);
 * - multi-turn rewrite of turn k: the dialogue before turn k, then the rewrite as turn k;
 * - multi-turn "next": the whole dialogue, then the rewrite as the next assistant turn.
 * Empty rewrites and turns outside the dialogue give no record. Pure.
 */
export function sftRecords(item: TItem, answers: TItemAnswers): TSftRecord[] {
  const dialogue: TChatMessage[] = item.dialogue.map((turn) => ({ role: turn.role, content: turn.text.trimEnd() }));
  const sources = item.sources.map((source) => `[${source.id}] ${source.title}\n${source.text.trimEnd()}`).join("\n\n");
  return item.tasks.flatMap((task) => {
    if (task.type !== "rewrite") return [];
    const text = readTaskAnswer(answers, task)?.text.trim();
    if (!text) return [];
    const assistant: TChatMessage = { role: "assistant", content: text };
    if (dialogue.length > 0) {
      if (task.mode === "next") return [{ messages: [...dialogue, assistant] }];
      const turn = task.turn ?? dialogue.length;
      if (turn < 2 || turn > dialogue.length) return [];
      return [{ messages: [...dialogue.slice(0, turn - 1), assistant] }];
    }
    const prompt = item.prompt?.trimEnd();
    if (!prompt) return [];
    const system: TChatMessage[] = sources ? [{ role: "system", content: sources }] : [];
    return [{ messages: [...system, { role: "user", content: prompt }, assistant] }];
  });
}
