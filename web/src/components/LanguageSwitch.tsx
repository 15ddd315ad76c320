import { Segmented } from 'antd';
import { client, unwrap } from '../api/client';
import type { Locale } from '../api/types';
import { useI18n } from '../state/LocaleContext';
import { useSession } from '../state/SessionContext';

export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const { me } = useSession();

  const change = (next: Locale) => {
    setLocale(next);
    // Saved on the account too so notifications and exports follow the same language.
    if (me) void unwrap(client.PATCH('/api/v1/me', { body: { locale: next } })).catch(() => undefined);
  };

  return (
    <Segmented<Locale>
      size="small"
      data-testid="language-switch"
      value={locale}
      onChange={change}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
