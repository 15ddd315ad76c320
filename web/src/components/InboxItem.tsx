import { Badge, Button, Flex, Tag, Typography, theme } from 'antd';
import { useI18n } from '../state/LocaleContext';
import { formatTime } from '../format';
import type { Notification } from '../api/types';

const SEVERITY_COLOR: Record<string, string> = { critical: 'red', warning: 'orange', info: 'blue' };

export function InboxItem({ item, onOpen, onRead }: { item: Notification; onOpen: () => void; onRead: () => void }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const severity = item.severity === 'critical' ? 'critical' : item.severity === 'warning' ? 'warning' : 'info';
  return (
    <div
      data-testid="inbox-item"
      data-kind={item.kind}
      data-read={item.readAt ? 'true' : 'false'}
      role={item.link ? 'link' : undefined}
      onClick={onOpen}
      style={{
        padding: '10px 4px',
        borderBottom: `1px solid ${token.colorSplit}`,
        cursor: item.link ? 'pointer' : 'default',
        opacity: item.readAt ? 0.65 : 1,
      }}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div style={{ minWidth: 0 }}>
          {item.readAt ? null : <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
          <Tag color={SEVERITY_COLOR[severity]}>{t(`inbox.severity.${severity}`)}</Tag>
          <Typography.Text strong={!item.readAt} data-testid="inbox-item-title">
            {item.title}
          </Typography.Text>
        </div>
        {item.readAt ? null : (
          <Button
            type="link"
            size="small"
            onClick={(event) => {
              event.stopPropagation();
              onRead();
            }}
          >
            {t('inbox.markRead')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 2px' }} ellipsis={{ rows: 3 }}>
        {item.body}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatTime(item.createdAt)}
      </Typography.Text>
    </div>
  );
}
