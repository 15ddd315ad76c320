import { ApiError, buildQuery, storedLocale } from '../../api';

/**
 * Downloads a server-generated file with the session cookie. Going through fetch (instead of a
 * plain link) lets the page show the server's error message instead of navigating to JSON.
 */
export async function downloadFile(path: string, query: Record<string, string | undefined>, fallbackName: string): Promise<void> {
  const response = await fetch(`/api/v1${path}${buildQuery(query)}`, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': storedLocale() },
  });
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    let code = `HTTP_${response.status}`;
    try {
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      message = body.error?.message ?? message;
      code = body.error?.code ?? code;
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, code, message);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}
