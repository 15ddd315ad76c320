import { useState } from 'react';
import { Card, Flex, Pagination } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChatMessages } from '../../components/ChatMessages';

const PAGE_SIZE = 20;

/** The customer's archived WeCom conversation (masked), newest first, beside the follow-ups. */
export function CustomerConversation({ customerId }: { customerId: string }) {
  const { t: ta } = useI18n('analytics');
  const { label } = useI18n();
  const playbook = usePlaybook();
  const [page, setPage] = useState(1);
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/customers/{id}/conversations', { params: { path: { id: customerId }, query: { page, pageSize: PAGE_SIZE } } })),
    [customerId, page],
  );
  const categories = playbook.doc?.concerns.categories ?? [];
  const concernLabel = (key: string) => {
    const category = categories.find((c) => c.key === key);
    return category ? label(category) : key;
  };
  return (
    <Card size="small" title={ta('chat.title')} style={{ marginBottom: 16 }} data-testid="customer-conversation">
      <ErrorAlert error={error} />
      <div style={{ maxHeight: 560, overflowY: 'auto' }}>
        <ChatMessages items={data?.items ?? []} loading={loading} concernLabel={concernLabel} />
      </div>
      <Flex justify="center" style={{ marginTop: 8 }}>
        <Pagination current={page} pageSize={PAGE_SIZE} total={data?.total ?? 0} onChange={setPage} hideOnSinglePage showSizeChanger={false} size="small" />
      </Flex>
    </Card>
  );
}
