"use client";

import { interpolate } from "@/lib/i18n/interpolate";
import type { TMessages } from "@/lib/i18n/types";
import type { TPublicItem } from "@/lib/labeling/public-item";

/**
 * The material being judged: the prompt and responses, retrieved sources, or the dialogue as a
 * chat with the judged turn highlighted. The HTML comes from the server's markdown renderer, which
 * drops raw HTML: it is authored course content, never learner text.
 */
export function ItemView({ item, m, judgedTurn, judgedResponse }: { item: TPublicItem; m: TMessages; judgedTurn?: number; judgedResponse?: string }) {
  const l = m.labeling;
  return (
    <div className="space-y-5">
      {item.promptHtml && (
        <section aria-label={l.prompt} className="rounded-2xl bg-slate-100 p-4">
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{l.prompt}</h3>
          <div className="item-html" dangerouslySetInnerHTML={{ __html: item.promptHtml }} />
        </section>
      )}
      {item.sources.length > 0 && (
        <section aria-label={l.sources} className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{l.sources}</h3>
          {item.sources.map((source) => (
            <details key={source.id} open className="rounded-xl border border-slate-200 bg-amber-50/40 p-3">
              <summary className="cursor-pointer text-sm font-medium">{interpolate(l.source, { id: source.id, title: source.title })}</summary>
              <div className="item-html mt-2 text-sm" dangerouslySetInnerHTML={{ __html: source.html }} />
            </details>
          ))}
        </section>
      )}
      {item.responses.map((response) => (
        <section
          key={response.id}
          aria-label={interpolate(l.response, { id: response.id.toUpperCase() })}
          className={`rounded-2xl border p-4 ${judgedResponse === response.id ? "border-brand-600 ring-2 ring-brand-100" : "border-slate-200"}`}
        >
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{interpolate(l.response, { id: response.id.toUpperCase() })}</h3>
          <div className="item-html" dangerouslySetInnerHTML={{ __html: response.html }} />
        </section>
      ))}
      {item.dialogue.length > 0 && (
        <section aria-label={l.dialogue}>
          <ol className="space-y-3">
            {item.dialogue.map((turn, index) => {
              const number = index + 1;
              const judged = judgedTurn === number;
              return (
                <li
                  key={number}
                  className={`flex ${turn.role === "user" ? "justify-end" : "justify-start"}`}
                  aria-current={judged ? "step" : undefined}
                  data-turn={number}
                >
                  <div
                    className={`max-w-[85%] rounded-2xl px-4 py-3 ${turn.role === "user" ? "bg-brand-600 text-white" : "bg-slate-100"} ${judged ? "ring-4 ring-amber-400" : ""}`}
                  >
                    <p className={`mb-1 text-xs font-semibold ${turn.role === "user" ? "text-brand-100" : "text-slate-600"}`}>
                      {interpolate(l.turn, { index: number })} · {turn.role === "user" ? l.user : l.assistant}
                      {judged && <span className="ml-2 rounded bg-amber-300 px-1.5 text-amber-950">{interpolate(l.judgedTurn, { index: number })}</span>}
                    </p>
                    <div className="item-html" dangerouslySetInnerHTML={{ __html: turn.html }} />
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
