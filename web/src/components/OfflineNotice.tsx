import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useI18n } from '../state/LocaleContext';

const RECHECK_MS = 15_000;

/** Whether the server answers at all (the liveness probe, which the service worker never caches). */
async function reachable(): Promise<boolean> {
  try {
    await fetch('/api/v1/health', { cache: 'no-store', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A banner while the phone has no connection: the cached shell still opens, saving needs the
 * network. The browser's online flag alone is not enough (a phone on a dead Wi-Fi says "online"),
 * so the app also asks the server once when it starts and whenever the flag changes.
 */
export function OfflineNotice() {
  const { t } = useI18n('voice');
  const [offline, setOffline] = useState(() => typeof navigator !== 'undefined' && navigator.onLine === false);
  useEffect(() => {
    let alive = true;
    let timer: number | undefined;
    const check = async () => {
      window.clearTimeout(timer);
      const down = !navigator.onLine || !(await reachable());
      if (!alive) return;
      setOffline(down);
      if (down) timer = window.setTimeout(() => void check(), RECHECK_MS);
    };
    const update = () => void check();
    void check();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      alive = false;
      window.clearTimeout(timer);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!offline) return null;
  return <Alert type="warning" banner showIcon title={t('offline')} data-testid="offline-notice" />;
}
