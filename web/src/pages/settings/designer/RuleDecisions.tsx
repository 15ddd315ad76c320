import { useState } from 'react';
import { Button, Modal, Table } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../../api/client';
import { useLoad } from '../../../hooks/useLoad';
import { useI18n } from '../../../state/LocaleContext';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatTime } from '../../../format';

/** From a rule to what it decided in the last 30 days (refusals, flags), read from the audit log. */
export function RuleDecisionsLink({ rule }: { rule: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<HistoryOutlined />} onClick={() => setOpen(true)} data-testid={`rule-decisions-${rule}`}>
        {t('designer.decisions')}
      </Button>
      {open ? <RuleDecisions rule={rule} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function RuleDecisions({ rule, onClose }: { rule: string; onClose: () => void }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(
    async () => (await unwrap(client.GET('/api/v1/playbook/rules/{rule}/decisions', { params: { path: { rule } } }))).items,
    [rule],
  );
  return (
    <Modal open title={t('designer.decisionsOf', { rule })} onCancel={onClose} footer={null} width={760}>
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey={(r) => `${r.at}-${r.entityId}-${r.action}`}
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'at', render: formatTime },
          { title: t('designer.action'), dataIndex: 'action' },
          {
            title: t('designer.entity'),
            render: (_, r) =>
              (r.entityType === 'opportunity' || r.entityType === 'customer' || r.entityType === 'lead') && r.entityId ? (
                <a href={`/${r.entityType === 'opportunity' ? 'opportunities' : `${r.entityType}s`}/${r.entityId}`}>{r.entityId.slice(0, 8)}</a>
              ) : (
                `${r.entityType} ${r.entityId ?? ''}`
              ),
          },
          { title: t('playbook.createdBy'), dataIndex: 'actor', render: (v: string | null) => v ?? '—' },
          { title: t('designer.version'), dataIndex: 'playbookVersion', render: (v: number | null) => (v ? `v${v}` : '—') },
        ]}
      />
    </Modal>
  );
}
