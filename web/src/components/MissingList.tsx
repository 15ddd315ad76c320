import { List, Typography } from 'antd';
import { CloseCircleTwoTone } from '@ant-design/icons';
import { useI18n } from '../state/LocaleContext';
import { useSession } from '../state/SessionContext';
import type { MissingRequirement } from '../api/types';

/** One row per missing requirement; the label already carries counts for grade rules. */
export function MissingList({ items, testIdPrefix = 'missing' }: { items: MissingRequirement[]; testIdPrefix?: string }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item key={`${item.rule}-${item.key}`} data-testid={`${testIdPrefix}-${item.key}`}>
          <span>
            <CloseCircleTwoTone twoToneColor="#ff4d4f" /> <Typography.Text strong>{item.label}</Typography.Text>
            {item.rule ? (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {t('opps.fieldRuleHint', { rule: item.ruleName ?? ruleName(item.rule) })}
              </Typography.Text>
            ) : null}
          </span>
        </List.Item>
      )}
    />
  );
}

function useRuleName(): (id: string) => string {
  const { playbook } = useSession();
  const rules = playbook?.document.rules;
  return (id) => {
    const found = [...(rules?.stageFields ?? []), ...(rules?.gradeRules ?? [])].find((rule) => rule.id === id);
    return found?.name ?? id;
  };
}
