import { getCurrentUser } from "@/lib/auth/session";
import { withRouteLog } from "@/lib/log/with-route-log";
import { getMyOrder } from "@/lib/orders/read-my-orders";
import { parseId } from "@/lib/validation/ids";

/** GET /api/orders/:id — status of the caller's own order, polled by the "payment processing" page. */
export const GET = withRouteLog("/api/orders/[orderId]", async function getHandler(_request: Request, { params }: { params: Promise<{ orderId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const orderId = parseId((await params).orderId);
  const order = orderId ? await getMyOrder(user.id, orderId) : null;
  if (!order) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json({ status: order.status, enrolled: order.enrollment?.status === "ACTIVE", noSeatRefund: Boolean(order.noSeatRefundAt) }, { headers: { "cache-control": "no-store" } });
});
