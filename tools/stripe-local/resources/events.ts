/**
 * Events: every state change records an Event (`evt_…`) whose `data.object`
 * is a snapshot of the object at that moment, then queues a webhook delivery.
 *
 *   GET /v1/events/:id
 *   GET /v1/events?type=checkout.session.*&types[]=…&created[gte]=…&limit=…
 */
import type { App, Handler } from "../app";
import { paginate } from "../list";
import { newId } from "../store";
import { NO_REQUEST, type EventRequest, type StripeEvent, type StripeObject } from "../types";

export function emit(
  app: App,
  type: string,
  object: StripeObject,
  request: EventRequest = NO_REQUEST,
  previousAttributes?: Record<string, unknown>,
): StripeEvent {
  const data: StripeEvent["data"] = { object: structuredClone(object) };
  if (previousAttributes) data.previous_attributes = previousAttributes;
  const event: StripeEvent = {
    id: newId("evt_"),
    object: "event",
    api_version: app.opts.apiVersion,
    created: app.clock.nowSec(),
    data,
    livemode: false,
    pending_webhooks: 0,
    request: { ...request },
    type,
  };
  app.store.put(event);
  app.webhooks.enqueue(event);
  return event;
}

function typeMatches(pattern: string, type: string): boolean {
  if (pattern.endsWith(".*")) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

export const retrieveEvent: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  return app.store.require<StripeEvent>(path.id ?? "", "event");
};

export const listEvents: Handler = (app, { params }) => {
  params.allow(["type", "types", "created", "delivery_success", "limit", "starting_after", "ending_before", "expand"]);
  const type = params.str("type");
  const types = params.strList("types");
  const createdRaw = params.raw.created;
  const created = typeof createdRaw === "object" && !Array.isArray(createdRaw) ? params.obj("created") : undefined;
  const exact = created ? undefined : params.int("created");
  const gt = created?.int("gt");
  const gte = created?.int("gte");
  const lt = created?.int("lt");
  const lte = created?.int("lte");
  const events = app.store.all<StripeEvent>("event").filter((e) => {
    if (type && !typeMatches(type, e.type)) return false;
    if (types.length && !types.some((t) => typeMatches(t, e.type))) return false;
    if (exact !== undefined && e.created !== exact) return false;
    if (gt !== undefined && !(e.created > gt)) return false;
    if (gte !== undefined && !(e.created >= gte)) return false;
    if (lt !== undefined && !(e.created < lt)) return false;
    if (lte !== undefined && !(e.created <= lte)) return false;
    return true;
  });
  return paginate(app, events, params, "/v1/events");
};
