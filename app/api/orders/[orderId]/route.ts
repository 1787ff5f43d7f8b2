import { z } from "zod";
import { defineJsonRoute } from "@/lib/actions/define-json-route";
import { AppError } from "@/lib/errors";
import { readMyOrder } from "@/lib/orders/read-my-orders";
import { ZId } from "@/lib/validation/ids";

/** GET /api/orders/:id — status of the caller's own order, polled by the "payment processing" page. */
export const GET = defineJsonRoute({
  who: "user",
  params: z.object({ orderId: ZId }),
  async run({ user, params }) {
    const order = await readMyOrder(user.id, params.orderId);
    if (!order) throw new AppError("notFound");
    return Response.json(
      { status: order.status, enrolled: order.enrollment?.status === "ACTIVE", noSeatRefund: Boolean(order.noSeatRefundAt) },
      { headers: { "cache-control": "no-store" } },
    );
  },
});
