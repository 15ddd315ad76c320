/**
 * The rep's phone as an app: the service worker (web/public/sw.js) is registered in production
 * builds only — in development Vite serves modules the worker must not keep. Registration never
 * blocks the app and a failure only leaves it a web page.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
