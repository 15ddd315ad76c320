import { Alert, Card, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { MissingList } from '../../components/MissingList';
import type { MissingRequirement } from '../../api/types';

export function MissingPanel({ nextStage, missing }: { nextStage: string | null; missing: MissingRequirement[] }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  return (
    <Card
      size="small"
      title={
        <>
          {t('opps.missingTitle')}
          {nextStage ? <Typography.Text type="secondary">（→ {playbook.stageLabel(nextStage)}）</Typography.Text> : null}
        </>
      }
      data-testid="missing-panel"
    >
      {!nextStage ? (
        <Typography.Text type="secondary">{t('opps.noNextStage')}</Typography.Text>
      ) : missing.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('opps.gateOk')} data-testid="gate-ok" />
      ) : (
        <MissingList items={missing} />
      )}
    </Card>
  );
}
