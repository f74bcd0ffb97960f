// What a refused or failed request means to the person who tried, in their language. The server's problem detail is
// English written for logs and integrators; the console speaks from the problem's stable code, or else its status.
import { ApiError } from '../auth/http';
import { t, tOr } from '../i18n';

function codeOf(err: ApiError): string | null {
  const code = (err.problem as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code) return code;
  // The register names its refusals in the title ("duplicate-person").
  const title = err.problem?.title;
  return title && /^[a-z]+(-[a-z]+)+$/.test(title) ? title : null;
}

export function failureText(err: unknown): string {
  if (!(err instanceof ApiError)) return t('err.generic');
  const code = codeOf(err);
  if (code) {
    const known = tOr(`fail.code.${code}`, '');
    if (known) return known;
  }
  switch (err.status) {
    case 0: return t('fail.network');
    case 400: case 422: return t('fail.invalid');
    case 403: return t('fail.forbidden');
    case 404: return t('fail.notFound');
    case 409: return t('fail.conflict');
    case 429: return t('fail.throttled');
    case 503: return t('fail.unavailable');
    default: return t('err.generic');
  }
}
