// Which API routes this server offers, read once from its OpenAPI document. The server is growing feature by
// feature; asking a route that is not there yet would log a 404 in the browser console for nothing.
let paths: Promise<readonly RegExp[] | null> | null = null;

/** OpenAPI path templates ("/api/calls/{id}/assign") as patterns for concrete paths. */
function pattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

function load(): Promise<readonly RegExp[] | null> {
  return fetch('/openapi/v1.json', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<{ paths?: Record<string, unknown> }>) : null))
    .then((doc) => (doc?.paths ? Object.keys(doc.paths).map(pattern) : null))
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
  const bare = path.split('?')[0] ?? path;
  return known === null || known.some((p) => p.test(bare));
}
