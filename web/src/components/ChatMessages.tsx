import { Empty, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ChatMessage } from '../api/types';
import { useI18n } from '../state/LocaleContext';

/** Archived WeCom messages, already masked by the server; the customer's side on the left. */
export function ChatMessages({
  items,
  concernLabel,
  loading,
  'data-testid': testId,
}: {
  items: ChatMessage[];
  concernLabel: (key: string) => string;
  loading?: boolean;
  'data-testid'?: string;
}) {
  const { t } = useI18n('analytics');
  if (!loading && items.length === 0) return <Empty description={t('chat.empty')} />;
  return (
    <List
      loading={loading}
      dataSource={items}
      data-testid={testId}
      renderItem={(m) => (
        <List.Item key={m.msgid} style={{ justifyContent: m.direction === 'in' ? 'flex-start' : 'flex-end', borderBlockEnd: 'none', padding: '4px 0' }}>
          <div
            data-testid="chat-message"
            data-direction={m.direction}
            style={{
              maxWidth: '85%',
              background: m.direction === 'in' ? 'rgba(0,0,0,0.04)' : '#e6f4ff',
              borderRadius: 8,
              padding: '6px 10px',
            }}
          >
            <Space size={6} wrap style={{ fontSize: 12 }}>
              <Typography.Text strong>{m.fromName}</Typography.Text>
              <Typography.Text type="secondary">{dayjs(m.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
              {m.msgtype !== 'text' ? <Tag>{m.msgtype}</Tag> : null}
              {m.roomId ? <Tag color="purple">{t('chat.group')}</Tag> : null}
            </Space>
            <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', marginTop: 2 }}>
              {m.recalled ? <Typography.Text type="secondary">{t('chat.recalled')}</Typography.Text> : m.text}
            </div>
            {m.concerns.length ? (
              <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
                {m.concerns.map((c) => (
                  <Tag key={c} color="orange">
                    {concernLabel(c)}
                  </Tag>
                ))}
              </Space>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
