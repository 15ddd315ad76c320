import { useState } from 'react';
import { App, Button, Drawer, Empty, Pagination, Segmented, Spin } from 'antd';
import { useNavigate } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../state/LocaleContext';
import { toAppPath } from '../format';
import { ErrorAlert } from './ErrorAlert';
import { InboxItem } from './InboxItem';
import type { Notification } from '../api/types';

const PAGE_SIZE = 20;

interface Props {
  open: boolean;
  onClose: () => void;
  onUnreadChange: (unread: number) => void;
}

export function InboxDrawer({ open, onClose, onUnreadChange }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad(async () => {
    if (!open) return undefined;
    const query = { unread: onlyUnread ? ('true' as const) : undefined, page, pageSize: PAGE_SIZE };
    const result = await unwrap(client.GET('/api/v1/notifications', { params: { query } }));
    onUnreadChange(result.unread);
    return result;
  }, [open, onlyUnread, page]);

  const markRead = async (item: Notification) => {
    if (item.readAt) return;
    try {
      await unwrap(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id: item.id } } }));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const markAll = async () => {
    try {
      const result = await unwrap(client.POST('/api/v1/notifications/read-all'));
      message.success(t('inbox.markedAll', { n: result.updated }));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const follow = async (item: Notification) => {
    await markRead(item);
    const path = toAppPath(item.link);
    if (path) {
      onClose();
      void navigate(path);
    }
  };

  return (
    <Drawer
      title={t('inbox.title')}
      open={open}
      onClose={onClose}
      size={420}
      data-testid="inbox-drawer"
      extra={
        <Button size="small" onClick={() => void markAll()} disabled={!data?.unread} data-testid="inbox-read-all">
          {t('inbox.markAllRead')}
        </Button>
      }
    >
      <Segmented
        block
        style={{ marginBottom: 12 }}
        value={onlyUnread ? 'unread' : 'all'}
        onChange={(value) => {
          setPage(1);
          setOnlyUnread(value === 'unread');
        }}
        options={[
          { value: 'all', label: t('common.all') },
          { value: 'unread', label: t('inbox.unread') },
        ]}
      />
      <ErrorAlert error={error} />
      {!data?.items?.length && !(loading && open) ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} /> : null}
      <Spin spinning={loading && open}>
        <div data-testid="inbox-list">
          {(data?.items ?? []).map((item) => (
            <InboxItem key={item.id} item={item} onOpen={() => void follow(item)} onRead={() => void markRead(item)} />
          ))}
        </div>
      </Spin>
      {(data?.total ?? 0) > PAGE_SIZE ? (
        <Pagination
          size="small"
          align="center"
          style={{ marginTop: 12 }}
          current={page}
          pageSize={PAGE_SIZE}
          total={data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      ) : null}
    </Drawer>
  );
}
