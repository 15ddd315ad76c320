import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { RuleScope } from '../../api/types';

export function ScopeTags({ scope }: { scope?: RuleScope }) {
  const { t } = useI18n();
  const parts: string[] = [
    ...(scope?.grades ?? []).map((g) => `${t('common.grade')} ${g}`),
    ...(scope?.types ?? []).map((type) => (type === 'B2B' ? t('type.B2B') : type === 'B2C' ? t('type.B2C') : type)),
    ...(scope?.regions ?? []),
    ...(scope?.productLines ?? []),
  ];
  if (parts.length === 0) return <Tag>{t('playbook.scopeAll')}</Tag>;
  return (
    <>
      {parts.map((part) => (
        <Tag key={part} color="cyan">
          {part}
        </Tag>
      ))}
    </>
  );
}
