import { useMemo, useState } from 'react';
import { Flex, Select, Spin } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueueGroups } from './QueueGroups';
import type { QueueKind, QueueState } from '../../api/types';

const KINDS: QueueKind[] = ['first_response', 'follow_up', 'task'];

/** Overdue and due-soon work of everyone in the caller's scope, filterable by owner and kind. */
export function TeamQueue() {
  const { t } = useI18n();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [kind, setKind] = useState<QueueKind | undefined>();
  const [state, setState] = useState<QueueState | undefined>();
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/queue/team')), []);

  const owners = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of data?.items ?? []) if (item.ownerId !== null) map.set(item.ownerId, item.ownerName ?? item.ownerId);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [data]);

  const items = (data?.items ?? []).filter(
    (item) => (!ownerId || item.ownerId === ownerId) && (!kind || item.kind === kind) && (!state || item.state === state),
  );

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.owner')}
          value={ownerId}
          onChange={setOwnerId}
          options={owners}
          style={{ width: 180 }}
          data-testid="team-queue-owner"
        />
        <Select
          allowClear
          placeholder={t('common.type')}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`queue.kind.${k}`) }))}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          placeholder={t('common.status')}
          value={state}
          onChange={setState}
          options={(['overdue', 'due_soon'] as const).map((s) => ({ value: s, label: t(`queue.state.${s}`) }))}
          style={{ width: 140 }}
        />
      </Flex>
      <ErrorAlert error={error} />
      <Spin spinning={loading}>{data ? <QueueGroups items={items} showOwner states={['overdue', 'due_soon']} /> : null}</Spin>
    </>
  );
}
