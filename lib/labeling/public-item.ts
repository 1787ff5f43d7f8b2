import type { TItem, TTask } from "./exercise-schema";
import { renderItemHtml } from "./render-item-html";

/** A task as the browser sees it before submitting: everything but the gold answer. */
export type TPublicTask =
  | {
      type: "rubric";
      id: string;
      response?: string;
      turn?: number;
      dimensions: { id: string; label: string; labelEn: string; scale: number; anchors: string[]; rule: string }[];
    }
  | { type: "flags"; id: string; response?: string; turn?: number; options: string[] }
  | { type: "preference"; id: string; a: string; b: string }
  | { type: "ranking"; id: string; responses: string[] }
  | { type: "rewrite"; id: string; response?: string; turn?: number; mode: "rewrite" | "next" | "write"; original: string }
  | { type: "verdict"; id: string; options: { value: string; label: string; labelEn: string }[] }
  | { type: "audit"; id: string; labeler?: string; labels: { id: string; field: string; fieldEn: string; value: string }[]; rules: string[] };

export type TPublicItem = {
  id: string;
  promptHtml: string | null;
  responses: { id: string; html: string }[];
  sources: { id: string; title: string; html: string }[];
  dialogue: { role: "user" | "assistant"; html: string }[];
  tasks: TPublicTask[];
};

function publicTask(item: TItem, task: TTask): TPublicTask {
  switch (task.type) {
    case "rubric":
      return { type: "rubric", id: task.id, response: task.response, turn: task.turn, dimensions: task.dimensions };
    case "flags":
      return { type: "flags", id: task.id, response: task.response, turn: task.turn, options: task.options };
    case "preference":
      return { type: "preference", id: task.id, a: task.a, b: task.b };
    case "ranking":
      return { type: "ranking", id: task.id, responses: task.responses };
    case "verdict":
      return { type: "verdict", id: task.id, options: task.options };
    case "audit":
      return { type: "audit", id: task.id, labeler: task.labeler, labels: task.labels, rules: task.rules };
    case "rewrite": {
      const original =
        task.mode !== "rewrite"
          ? ""
          : task.turn !== undefined
            ? (item.dialogue[task.turn - 1]?.text ?? "")
            : (item.responses.find((response) => response.id === task.response)?.text ?? "");
      return { type: "rewrite", id: task.id, response: task.response, turn: task.turn, mode: task.mode, original };
    }
  }
}

/**
 * The item for the workspace: texts rendered to HTML (markdown + math, no raw HTML) and tasks
 * without their gold answers, so nothing of the expert answer reaches the browser before submitting.
 */
export function toPublicItem(item: TItem): TPublicItem {
  return {
    id: item.id,
    promptHtml: item.prompt ? renderItemHtml(item.prompt) : null,
    responses: item.responses.map((response) => ({ id: response.id, html: renderItemHtml(response.text) })),
    sources: item.sources.map((source) => ({ id: source.id, title: source.title, html: renderItemHtml(source.text) })),
    dialogue: item.dialogue.map((turn) => ({ role: turn.role, html: renderItemHtml(turn.text) })),
    tasks: item.tasks.map((task) => publicTask(item, task)),
  };
}
