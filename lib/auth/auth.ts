import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret, env } from "../env";
import { clientKey } from "../http/client-address";
import { isAppError } from "../errors";
import { getDb } from "../db";
import { authenticateWithPassword } from "./authenticate-password";
import { revokeAuthSession, sessionMaxAgeSeconds, sessionUpdateAgeSeconds, startAuthSession } from "./auth-sessions";
import { signInWithMagicLink } from "./sign-in-with-magic-link";
import { ZSignInInput, ZTokenInput } from "./schemas";
import { log } from "../log/logger";

/**
 * Carries an AppError out of `authorize` to the server action that called signIn:
 * `code` is "<appErrorCode>" or "<appErrorCode>|<minutes>".
 */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

function refuse(error: unknown): never {
  if (isAppError(error)) {
    const minutes = error.params.minutes;
    throw new SignInRefused(minutes === undefined ? error.code : `${error.code}|${minutes}`);
  }
  throw error;
}

/**
 * Auth.js: JWT sessions carrying only the user id, the session version and the id of a server-side
 * session (AuthSession). Everything else (name, role, language) is read from the database on each
 * request by getCurrentUser, which also checks that session: signing out revokes it, so a copied
 * cookie stops working. A week long, rolled while used (proxy.ts, auth-sessions.ts).
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  // Read per request, not at import: `next build` imports this module without production secrets.
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: sessionUpdateAgeSeconds },
  events: {
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await revokeAuthSession(await getDb(), sessionId);
    },
  },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A refused sign-in is an expected outcome shown to the user, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log().error({ err: error }, "auth error");
    },
  },
  providers: [
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const input = ZSignInInput.safeParse(raw);
        if (!input.success) throw new SignInRefused("invalidCredentials");
        const client = clientKey(request.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
        const user = await authenticateWithPassword(input.data, { client }).catch(refuse);
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
    Credentials({
      id: "magic-link",
      credentials: { token: {} },
      async authorize(raw) {
        const input = ZTokenInput.safeParse(raw);
        if (!input.success) throw new SignInRefused("tokenInvalid");
        const user = await signInWithMagicLink(input.data.token).catch(refuse);
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.sid = await startAuthSession(await getDb(), user.id);
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.sub ?? "";
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      return session;
    },
  },
}));
