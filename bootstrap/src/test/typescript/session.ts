/*
 * The session GeneratedClientTest plays, written against types made from docs/openapi.json by
 * openapi-typescript and called through openapi-fetch. The build only type-checks it (strict):
 * a description that a TypeScript client cannot use without casts fails the build. Values are
 * logged only so that each one is used, at the type the description gives it.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "../../../target/typescript/runlog-api";

type Run = components["schemas"]["RunResponse"];
type Problem = components["schemas"]["Problem"];

export async function playTheSession(baseUrl: string): Promise<void> {
  const anonymous = createClient<paths>({ baseUrl });

  // Sign up (no token), then sign in with HTTP Basic for a bearer token that every later call sends.
  const registered = await anonymous.POST("/api/users", {
    body: { username: "Alice", email: "alice@example.com", password: "alice runs every day" },
  });
  const aliceId = present(registered.data?.id, "the new user's id");
  const signedIn = await anonymous.POST("/api/tokens", {
    headers: { Authorization: `Basic ${btoa("alice@example.com:alice runs every day")}` },
  });
  const token: string = present(signedIn.data?.token, "the token");
  const runlog = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  const logged = await runlog.POST("/api/users/{userId}/runs", {
    params: { path: { userId: aliceId } },
    body: { distance: 5.2, mood: "Happy", date: "2026-11-24", duration: "PT25M30S" },
  });
  const runId = present(logged.data?.id, "the new run's id");

  const alice = await runlog.GET("/api/users/{id}", { params: { path: { id: aliceId } } });
  const alicesRuns: Run[] = present(alice.data?.runs, "alice.runs");
  const run = await runlog.GET("/api/runs/{id}", { params: { path: { id: runId } } });
  const runsUser: string = present(run.data?.user?.username, "run.user");
  const stats = await runlog.GET("/api/users/{userId}/stats", { params: { path: { userId: aliceId } } });
  const bestPace: string = stats.data?.bestPace ?? "none: no run has a duration";
  console.log(alicesRuns.length, runsUser, bestPace);

  const imported = await runlog.POST("/api/users/{userId}/runs/batch", {
    params: { path: { userId: aliceId } },
    body: [{ distance: 3 }, { distance: 6.5, mood: "Easy" }, { distance: 13.1 }],
  });
  const importedIds: number[] = present(imported.data, "the imported runs").map((run) => present(run.id, "an id"));
  console.log(importedIds);

  console.log(await everyRunId(runlog));

  const read = await runlog.GET("/api/runs/{id}", { params: { path: { id: runId } } });
  const etag = present(read.response.headers.get("ETag"), "the ETag");
  const corrected = await runlog.PUT("/api/runs/{id}", {
    params: { path: { id: runId }, header: { "If-Match": etag } },
    body: { distance: 5.4, mood: "Happy" },
  });
  console.log(corrected.data?.distance);

  const stale = await runlog.PUT("/api/runs/{id}", {
    params: { path: { id: runId }, header: { "If-Match": etag } },
    body: { distance: 99 },
  });
  if (stale.error !== undefined) {
    const problem: Problem = stale.error;
    console.log(stale.response.status, problem.type);
  }

  const deleted = await runlog.DELETE("/api/runs/{id}", { params: { path: { id: runId } } });
  const gone = await runlog.GET("/api/runs/{id}", { params: { path: { id: runId } } });
  console.log(deleted.response.status, gone.response.status, gone.error?.type);
}

/** Follows each page's next (a relative address) to the end, as the next call's after and limit. */
async function everyRunId(runlog: Client<paths>): Promise<number[]> {
  const ids: number[] = [];
  let query: { after?: number; limit?: number } = { limit: 2 };
  for (;;) {
    const page = await runlog.GET("/api/runs", { params: { query } });
    for (const run of present(page.data?.items, "a page's items")) {
      ids.push(present(run.id, "an id"));
    }
    const next = page.data?.next;
    if (next === undefined || next === null) {
      return ids;
    }
    const parameters = new URL(next, "http://runlog").searchParams;
    query = { after: Number(parameters.get("after")), limit: Number(parameters.get("limit")) };
  }
}

/** The value, which the description leaves optional but the API always sends. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`${what} is missing`);
  }
  return value;
}
