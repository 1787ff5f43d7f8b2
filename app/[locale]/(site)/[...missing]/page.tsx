import { notFound } from "next/navigation";

/** Any path proxy.ts rewrote under a language that no page answers: the 404 page in that language. */
export default function MissingPage() {
  notFound();
}
