import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { clientKey } from "./client-address";

/** The calling client's key (address, see clientKey) in a server action or route handler. */
export async function requestClientKey(): Promise<string> {
  return clientKey((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
