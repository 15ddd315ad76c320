import { Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { fileUrl } from '../api/client';
import { formatSize, formatTime } from '../format';
import { useI18n } from '../state/LocaleContext';
import { usePlaybook } from '../state/usePlaybook';
import { FlagMarks } from '../pages/authenticity/FlagMarks';
import type { Followup } from '../api/types';

export function FollowUpTimeline({ items }: { items: Followup[] }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  if (items.length === 0) return <Empty description={t('followups.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="followup-timeline"
      items={items.map((item) => ({
        key: item.id,
        title: formatTime(item.createdAt),
        content: (
          <div id={`followup-${item.id}`} data-testid={`followup-${item.id}`}>
            <Flex gap={4} wrap align="center" style={{ marginBottom: 4 }}>
              <Typography.Text strong>{item.authorName}</Typography.Text>
              {item.stage ? <Tag color="purple">{playbook.stageLabel(item.stage)}</Tag> : null}
              <Tag>{playbook.channelLabel(item.channel)}</Tag>
              <Tag color="blue">{playbook.valueTagLabel(item.valueTag)}</Tag>
              {item.correctsId ? <Tag color="orange">{t('followups.correction', { id: item.correctsId })}</Tag> : null}
              <FlagMarks flags={item.flags} />
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{item.content}</Typography.Paragraph>
            <Space orientation="vertical" size={0}>
              {item.attachments.map((file) => (
                <a key={file.id} href={fileUrl(file.id)} target="_blank" rel="noreferrer" data-testid={`attachment-${file.id}`}>
                  <PaperClipOutlined /> {file.name}{' '}
                  <Typography.Text type="secondary">
                    （{playbook.fileKindLabel(file.kind)} · {formatSize(file.size)}）
                  </Typography.Text>
                </a>
              ))}
            </Space>
            {item.nextFollowUpAt ? (
              <div>
                <Typography.Text type="secondary">
                  {t('followups.nextAt')}：{formatTime(item.nextFollowUpAt)}
                </Typography.Text>
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
