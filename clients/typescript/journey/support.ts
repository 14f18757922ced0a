// What the journey needs besides the client: development tokens, plain assertions and a guard that turns any
// contract violation reported by a validating proxy (Prism) into a failure.
import type { Middleware } from "openapi-fetch";

/** Fails the journey with a message naming the step. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`journey check failed: ${message}`);
}

/** The value, or a failure naming it when the API left it out. */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`journey check failed: ${what} is missing`);
  return value;
}

/**
 * Signs a development token for a subject. `POST /dev/token` exists only in Development and is not part of the
 * contract, so it is asked of the API itself, never through the validating proxy.
 */
export async function devToken(apiUrl: string, sub: string, roles: string[]): Promise<string> {
  const response = await fetch(`${apiUrl.replace(/\/+$/, "")}/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sub, email: `${sub}@journey.vibelux.local`, name: sub, roles }),
  });
  const body = (await response.json()) as { accessToken?: unknown };
  check(response.status === 200 && typeof body.accessToken === "string",
    `POST /dev/token for ${sub}: ${response.status} ${JSON.stringify(body)}`);
  return body.accessToken;
}

const prismErrors = "https://stoplight.io/prism/errors";

/**
 * Prism reports a violation in an `sl-violations` header, and with `--errors` answers in place of the API with a
 * problem whose type is one of its own. Either one means the request or the answer broke the committed contract.
 */
export const contractGuard: Middleware = {
  async onResponse({ request, response }) {
    const violations = response.headers.get("sl-violations");
    if (violations) throw new Error(`contract violation on ${request.method} ${request.url}: ${violations}`);
    if ((response.headers.get("Content-Type") ?? "").includes("json")) {
      const body = (await response.clone().json().catch(() => undefined)) as { type?: unknown } | undefined;
      if (typeof body?.type === "string" && body.type.startsWith(prismErrors)) {
        throw new Error(`contract violation on ${request.method} ${request.url}: ${JSON.stringify(body)}`);
      }
    }
    return response;
  },
};

/** A date `offset` days from today (UTC), as the contract writes dates. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Letters only, so the board's full-text search sees one word no other listing has. */
export function uniqueWord(): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
}
