/**
 * Customers.
 *
 *   POST /v1/customers            email, name, phone, description, metadata, preferred_locales
 *   GET  /v1/customers/:id
 *   GET  /v1/customers?email=…
 *
 * Emits `customer.created`. Other create params Stripe accepts (address,
 * shipping, tax, …) are accepted and ignored.
 */
import type { App, Handler } from "../app";
import { paginate } from "../list";
import { newId, randomString } from "../store";
import type { Customer, EventRequest } from "../types";
import { emit } from "./events";

const IGNORED = [
  "address",
  "balance",
  "business_name",
  "cash_balance",
  "individual_name",
  "invoice_prefix",
  "invoice_settings",
  "next_invoice_sequence",
  "payment_method",
  "shipping",
  "source",
  "tax",
  "tax_exempt",
  "tax_id_data",
  "test_clock",
  "validate",
];

export function createCustomerObject(
  app: App,
  fields: {
    email?: string | null;
    name?: string | null;
    phone?: string | null;
    description?: string | null;
    metadata?: Record<string, string>;
    preferred_locales?: string[];
  },
  request: EventRequest,
): Customer {
  const customer: Customer = {
    id: newId("cus_"),
    object: "customer",
    address: null,
    balance: 0,
    created: app.clock.nowSec(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: fields.description ?? null,
    discount: null,
    email: fields.email ?? null,
    invoice_prefix: randomString(8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: fields.metadata ?? {},
    name: fields.name ?? null,
    next_invoice_sequence: 1,
    phone: fields.phone ?? null,
    preferred_locales: fields.preferred_locales ?? [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
  app.store.put(customer);
  emit(app, "customer.created", customer, request);
  return customer;
}

export const createCustomer: Handler = (app, { params, request }) => {
  params.allow(["email", "name", "phone", "description", "metadata", "preferred_locales", "expand", ...IGNORED]);
  return createCustomerObject(
    app,
    {
      email: params.str("email", { max: 512 }),
      name: params.str("name", { max: 256 }),
      phone: params.str("phone", { max: 20 }),
      description: params.str("description", { max: 350 }),
      metadata: params.metadata(),
      preferred_locales: params.strList("preferred_locales"),
    },
    request,
  );
};

export const retrieveCustomer: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  return app.store.require<Customer>(path.id ?? "", "customer");
};

export const listCustomers: Handler = (app, { params }) => {
  params.allow(["email", "created", "limit", "starting_after", "ending_before", "expand", "test_clock"]);
  const email = params.str("email");
  const customers = app.store.all<Customer>("customer").filter((c) => !email || c.email === email);
  return paginate(app, customers, params, "/v1/customers");
};
