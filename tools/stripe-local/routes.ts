/** The Stripe API surface stripe-local implements (everything else answers 404 "Unrecognized request URL"). */
import type { Handler } from "./app";
import { retrieveBalanceTransaction } from "./resources/balance-transactions";
import { retrieveDispute } from "./resources/disputes";
import { listCharges, retrieveCharge } from "./resources/charges";
import { listLineItems } from "./resources/checkout-line-items";
import { createSession, expireSession, listSessions, retrieveSession } from "./resources/checkout-sessions";
import { createCoupon, listCoupons, retrieveCoupon } from "./resources/coupons";
import { createCustomer, listCustomers, retrieveCustomer } from "./resources/customers";
import { listEvents, retrieveEvent } from "./resources/events";
import { cancelPaymentIntent, capturePaymentIntent, listPaymentIntents, retrievePaymentIntent } from "./resources/payment-intents";
import { createPromotionCode, listPromotionCodes, retrievePromotionCode, updatePromotionCode } from "./resources/promotion-codes";
import { createRefund, listRefunds, retrieveRefund } from "./resources/refunds";

export interface Route {
  method: "GET" | "POST";
  path: string;
  handler: Handler;
}

export const API_ROUTES: Route[] = [
  { method: "POST", path: "/v1/customers", handler: createCustomer },
  { method: "GET", path: "/v1/customers", handler: listCustomers },
  { method: "GET", path: "/v1/customers/:id", handler: retrieveCustomer },

  { method: "POST", path: "/v1/checkout/sessions", handler: createSession },
  { method: "GET", path: "/v1/checkout/sessions", handler: listSessions },
  { method: "GET", path: "/v1/checkout/sessions/:session", handler: retrieveSession },
  { method: "POST", path: "/v1/checkout/sessions/:session/expire", handler: expireSession },
  { method: "GET", path: "/v1/checkout/sessions/:session/line_items", handler: listLineItems },

  { method: "GET", path: "/v1/payment_intents", handler: listPaymentIntents },
  { method: "GET", path: "/v1/payment_intents/:intent", handler: retrievePaymentIntent },
  { method: "POST", path: "/v1/payment_intents/:intent/capture", handler: capturePaymentIntent },
  { method: "POST", path: "/v1/payment_intents/:intent/cancel", handler: cancelPaymentIntent },

  { method: "GET", path: "/v1/charges", handler: listCharges },
  { method: "GET", path: "/v1/charges/:id", handler: retrieveCharge },

  { method: "POST", path: "/v1/refunds", handler: createRefund },
  { method: "GET", path: "/v1/refunds", handler: listRefunds },
  { method: "GET", path: "/v1/refunds/:id", handler: retrieveRefund },
  { method: "GET", path: "/v1/disputes/:id", handler: retrieveDispute },
  { method: "GET", path: "/v1/balance_transactions/:id", handler: retrieveBalanceTransaction },

  { method: "POST", path: "/v1/coupons", handler: createCoupon },
  { method: "GET", path: "/v1/coupons", handler: listCoupons },
  { method: "GET", path: "/v1/coupons/:id", handler: retrieveCoupon },

  { method: "POST", path: "/v1/promotion_codes", handler: createPromotionCode },
  { method: "GET", path: "/v1/promotion_codes", handler: listPromotionCodes },
  { method: "GET", path: "/v1/promotion_codes/:id", handler: retrievePromotionCode },
  { method: "POST", path: "/v1/promotion_codes/:id", handler: updatePromotionCode },

  { method: "GET", path: "/v1/events", handler: listEvents },
  { method: "GET", path: "/v1/events/:id", handler: retrieveEvent },
];
