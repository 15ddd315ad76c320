import { Card, Col, Row } from 'antd';
import { client, unwrap } from '../api/client';
import type { FollowupTargetType } from '../api/types';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../state/LocaleContext';
import { ErrorAlert } from './ErrorAlert';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpTimeline } from './FollowUpTimeline';

interface Props {
  targetType: FollowupTargetType;
  targetId: string;
  canWrite: boolean;
  /** Lets the parent refresh things that depend on follow-ups (e.g. grade-rule counts on the stage gate). */
  onChanged?: () => void;
}

export function FollowUpSection({ targetType, targetId, canWrite, onChanged }: Props) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/followups', { params: { query: { targetType, targetId, pageSize: 100 } } })),
    [targetType, targetId],
  );

  return (
    <Row gutter={[16, 16]}>
      {canWrite ? (
        <Col xs={24} lg={10}>
          <Card title={t('followups.add')} size="small">
            <FollowUpForm
              targetType={targetType}
              targetId={targetId}
              onCreated={() => {
                void reload();
                onChanged?.();
              }}
            />
          </Card>
        </Col>
      ) : null}
      <Col xs={24} lg={canWrite ? 14 : 24}>
        <Card title={t('followups.title')} size="small" loading={loading && !data}>
          <ErrorAlert error={error} />
          <FollowUpTimeline items={data?.items ?? []} />
        </Card>
      </Col>
    </Row>
  );
}
