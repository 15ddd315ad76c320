import { useEffect } from 'react';
import { Alert } from 'antd';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../state/LocaleContext';
import { clearReadSource, useDataLag } from '../state/dataFreshness';

/** Says how old a report's figures are when they came from a lagging read replica. */
export function DataFreshnessNotice() {
  const { t } = useI18n();
  const lag = useDataLag();
  const { pathname } = useLocation();
  useEffect(() => clearReadSource(), [pathname]);
  if (lag === null) return null;
  return <Alert type="info" showIcon data-testid="data-lag" style={{ marginBottom: 16 }} title={t('dataLag.notice', { seconds: Math.round(lag / 1000) })} />;
}
