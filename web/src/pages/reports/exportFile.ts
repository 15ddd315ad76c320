import { unwrap } from '../../api/client';

/** Options for a download through the client: the answer is read as a Blob, whatever its type. */
export const AS_FILE = { parseAs: 'blob', headers: { Accept: '*/*' } } as const;

/**
 * Saves a server-generated file (`client.GET(path, { ...AS_FILE })`) under the name the server
 * gives. Going through fetch (instead of a plain link) lets the page show the server's error
 * message instead of navigating to JSON.
 */
export async function downloadFile(call: Promise<{ data?: Blob; error?: unknown; response: Response }>, fallbackName: string): Promise<void> {
  const { response } = await call;
  const blob = await unwrap(call);
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
