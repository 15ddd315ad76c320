import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { client, unwrap } from '../api/client';
import { useI18n } from '../state/LocaleContext';
import { useRefreshListener } from '../state/refresh';
import { InboxDrawer } from './InboxDrawer';

const POLL_MS = 30_000;

/** Header bell: unread badge polled every 30 s, opens the inbox drawer. */
export function InboxBell() {
  const { t } = useI18n();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);

  const refresh = useCallback(
    () =>
      unwrap(client.GET('/api/v1/notifications/unread-count')).then(
        (result) => setUnread(result.unread),
        // A badge is not worth an error popup every 30 seconds; keep the last count.
        () => undefined,
      ),
    [],
  );

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useRefreshListener(() => void refresh());

  return (
    <>
      <Tooltip title={t('inbox.title')}>
        <Button
          type="text"
          aria-label={t('inbox.title')}
          data-testid="inbox-bell"
          data-unread={unread}
          onClick={() => setOpen(true)}
          icon={
            <Badge count={unread} size="small" overflowCount={99} data-testid="inbox-badge">
              <BellOutlined style={{ fontSize: 18 }} />
            </Badge>
          }
        />
      </Tooltip>
      <InboxDrawer open={open} onClose={() => setOpen(false)} onUnreadChange={setUnread} />
    </>
  );
}
