import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useI18n } from '../state/LocaleContext';

/** A banner while the phone has no connection: the cached shell still opens, saving needs the network. */
export function OfflineNotice() {
  const { t } = useI18n('voice');
  const [offline, setOffline] = useState(() => typeof navigator !== 'undefined' && navigator.onLine === false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!offline) return null;
  return <Alert type="warning" banner showIcon title={t('offline')} data-testid="offline-notice" />;
}
