// A thin layer over openapi-fetch: the generated types (schema.d.ts) give every path, body and answer its type;
// this file adds what every caller needs the same way: the base URL, the bearer token, Idempotency-Key, and
// problem answers typed so that `problem.code` is the document's code rather than `unknown`.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type MarketplaceClient = Client<paths>;

/** The problem schema the document declares (RFC 9457), as generated. */
type DeclaredProblem = Schemas["ProblemDetails"];

/**
 * The type of `P[K]`, or `Fallback` while the document leaves it open. The document's problem schema allows any
 * additional property, so a property it does not declare yet reads as `unknown`; once it declares one (an enum of
 * codes, say), that declaration wins with no change here.
 */
type Declared<P, K extends string, Fallback> = P extends { [Q in K]?: infer V }
  ? unknown extends V ? Fallback : Exclude<V, undefined | null>
  : Fallback;

/** The stable codes of the API's problems (`validation_failed`, `not_found`, `insufficient_stock`, …). */
export type ProblemCode = Declared<DeclaredProblem, "code", string>;

/** Every non-2xx answer of the API: an RFC 9457 problem that always carries `status`, `code` and `traceId`. */
export type Problem = DeclaredProblem & {
  status: number;
  code: ProblemCode;
  traceId: string;
  errors?: Record<string, string[]> | null;
};

export interface MarketplaceClientOptions {
  /** Where the API's routes start, e.g. `http://localhost:5080/api/marketplace`. */
  baseUrl: string;
  /** A bearer token, or a function read at every request (so a client can sign in later). */
  token?: string | (() => string | undefined);
  /** Another fetch (tests, proxies); the global fetch otherwise. */
  fetch?: (input: Request) => Promise<Response>;
  /** Middleware that runs after the bearer token is set (logging, contract checks). */
  middleware?: Middleware[];
}

export function createMarketplaceClient(options: MarketplaceClientOptions): MarketplaceClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const token = options.token;
  if (token !== undefined) {
    client.use({
      onRequest({ request }) {
        const value = typeof token === "function" ? token() : token;
        if (value) request.headers.set("Authorization", `Bearer ${value}`);
        return request;
      },
    });
  }
  for (const middleware of options.middleware ?? []) client.use(middleware);
  return client;
}

/**
 * The `Idempotency-Key` header, to spread into a call's options: the same key and body within 24 hours replay the
 * first answer (with `Idempotent-Replayed: true`), another body with the same key is 422.
 */
export function idempotencyKey(key: string): { headers: { "Idempotency-Key": string } } {
  return { headers: { "Idempotency-Key": key } };
}

/** True when the answer was replayed from an earlier request with the same `Idempotency-Key`. */
export function wasReplayed(response: Response): boolean {
  return response.headers.get("Idempotent-Replayed") === "true";
}

/** Narrows any error body to a {@link Problem}: a JSON object with a numeric `status` and string `code` and `traceId`. */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.status === "number" && typeof candidate.code === "string" && typeof candidate.traceId === "string";
}

/** Narrows to a problem with one given code, so `problem.code` is that literal afterwards. */
export function isProblemWithCode<C extends ProblemCode>(value: unknown, code: C): value is Problem & { code: C } {
  return isProblem(value) && value.code === code;
}

/** Thrown for an answer the caller did not expect; carries the status, the problem (if any) and the raw body. */
export class UnexpectedAnswerError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly body: unknown,
  ) {
    super(message);
    this.name = "UnexpectedAnswerError";
  }
}

type Answer<D, E> = { data?: D; error?: E; response: Response };

/** The data of a 2xx answer with the given status; anything else throws {@link UnexpectedAnswerError}. */
export function expectData<D, E>(answer: Answer<D, E>, status: number, what: string): D {
  const { response } = answer;
  if (response.status !== status || answer.data === undefined) {
    throw unexpected(`${what}: expected ${status}`, response, answer.error ?? answer.data);
  }
  return answer.data;
}

/** A 2xx answer with no body (204, or 200 without content); anything else throws. */
export function expectEmpty<D, E>(answer: Answer<D, E>, status: number, what: string): void {
  if (answer.response.status !== status) throw unexpected(`${what}: expected ${status}`, answer.response, answer.error ?? answer.data);
}

/** The problem of a non-2xx answer with the given status and code; anything else throws. */
export function expectProblem<D, E, C extends ProblemCode>(
  answer: Answer<D, E>,
  status: number,
  code: C,
  what: string,
): Problem & { code: C } {
  const { response, error } = answer;
  const contentType = response.headers.get("Content-Type") ?? "";
  if (response.status !== status || !contentType.startsWith("application/problem+json") || !isProblemWithCode(error, code)) {
    throw unexpected(`${what}: expected ${status} ${code}`, response, error ?? answer.data);
  }
  return error;
}

function unexpected(expectation: string, response: Response, body: unknown): UnexpectedAnswerError {
  const problem = isProblem(body) ? body : undefined;
  const shown = problem ? `${problem.status} ${problem.code}: ${problem.detail ?? problem.title ?? ""}` : JSON.stringify(body);
  return new UnexpectedAnswerError(
    `${expectation}, got ${response.status} from ${response.url} (${shown})`,
    response.status,
    problem,
    body,
  );
}
