// Which API routes this server offers, read once from its OpenAPI document. The server is growing feature by
// feature; asking a route that is not there yet would log a 404 in the browser console for nothing.
let paths: Promise<ReadonlySet<string> | null> | null = null;

function load(): Promise<ReadonlySet<string> | null> {
  return fetch('/openapi/v1.json', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<{ paths?: Record<string, unknown> }>) : null))
    .then((doc) => (doc?.paths ? new Set(Object.keys(doc.paths)) : null))
    // No document (older server, proxy): assume every route exists and let 404s say otherwise.
    .catch(() => null);
}

/** Forget what was learnt (after signing in again or reconnecting to a possibly upgraded server). */
export function resetServerPaths(): void {
  paths = null;
}

/** false only when the server's API description is known and lacks this route. */
export async function serverOffers(path: string): Promise<boolean> {
  paths ??= load();
  const known = await paths;
  return known === null || known.has(path.split('?')[0] ?? path);
}
