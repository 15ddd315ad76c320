import { Segmented } from 'antd';
import { api } from '../api';
import { useI18n } from '../state/LocaleContext';
import { useSession } from '../state/SessionContext';
import type { Locale } from '../types';

export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const { me } = useSession();

  const change = (next: Locale) => {
    setLocale(next);
    // Saved on the account too so notifications and exports follow the same language.
    if (me) void api.patch('/me', { locale: next }).catch(() => undefined);
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
