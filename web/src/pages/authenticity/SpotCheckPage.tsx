import { useState } from 'react';
import { App, Button, Card, Col, Empty, Flex, Input, List, Radio, Row, Select, Space, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { client, errorMessage, fileUrl, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatSize, formatTime } from '../../format';
import { useChanged } from '../../hooks/useChanged';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { followupRecordPath } from './access';
import { FlagMarks, FlagReasons } from './FlagMarks';
import type { SpotCheck } from '../../api/types';

/** 每周随机抽检: each sampled follow-up beside the customer's other evidence, judged valid or invalid. */
export function SpotCheckPage() {
  const { t } = useI18n('authenticity');
  const playbook = usePlaybook();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const week = params.get('week') ?? undefined;
  const supervisorId = params.get('supervisorId') ?? undefined;
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/spot-checks', { params: { query: { week, supervisorId } } })),
    [week, supervisorId],
  );
  const size = playbook.doc?.authenticity.spotCheck.size ?? 5;
  const weeks = data ? [...new Set([data.week, ...data.weeks])].sort().reverse() : [];
  const done = data?.items.filter((i) => i.verdict !== null).length ?? 0;

  return (
    <>
      <PageHeader
        title={t('spot.title')}
        sub={t('spot.sub', { size })}
        extra={
          <Space>
            <Typography.Text type="secondary">{t('spot.week')}</Typography.Text>
            <Select
              value={data?.week ?? week}
              style={{ minWidth: 140 }}
              options={weeks.map((w) => ({ value: w, label: w }))}
              onChange={(value) => {
                const next = new URLSearchParams(params);
                next.set('week', value);
                setParams(next, { replace: true });
              }}
              data-testid="spot-week"
            />
            {data && data.items.length ? (
              <Tag color={done === data.items.length ? 'green' : 'gold'}>{t('spot.progress', { done, total: data.items.length })}</Tag>
            ) : null}
          </Space>
        }
      />
      <ErrorAlert error={error} />
      {data && data.items.length === 0 && !loading ? <Empty description={t('spot.empty')} /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {(data?.items ?? []).map((item) => (
          <SampleCard key={item.id} item={item} readOnly={data!.supervisorId !== me.id} onSaved={() => void reload()} />
        ))}
      </Space>
    </>
  );
}

function SampleCard({ item, readOnly, onSaved }: { item: SpotCheck; readOnly: boolean; onSaved: () => void }) {
  const { t } = useI18n('authenticity');
  const playbook = usePlaybook();
  const { message } = App.useApp();
  const [verdict, setVerdict] = useState<'valid' | 'invalid' | null>(item.verdict);
  const [comment, setComment] = useState(item.comment ?? '');
  const [saving, setSaving] = useState(false);
  // A saved (reloaded) sample shows what the server kept.
  if (useChanged(item.verdict, item.comment)) {
    setVerdict(item.verdict);
    setComment(item.comment ?? '');
  }
  const f = item.followup;
  const recordPath = followupRecordPath({ type: f.targetType, id: f.targetId }, f.id);
  const recordName = item.record.opportunityName ?? item.record.customerName ?? item.record.leadName ?? '—';
  const mine = !readOnly;

  const save = async () => {
    if (!verdict) return;
    setSaving(true);
    try {
      await unwrap(client.POST('/api/v1/spot-checks/{id}', { params: { path: { id: item.id } }, body: { verdict, comment: comment.trim() || undefined } }));
      message.success(t('spot.saved'));
      onSaved();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid={`spot-sample-${item.position}`}
      title={
        <Flex gap={8} wrap align="center">
          <span>{t('spot.sample', { n: item.position })}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {f.authorName} · {formatTime(f.createdAt)}
          </Typography.Text>
          {item.verdict ? (
            <Tag color={item.verdict === 'valid' ? 'green' : 'red'}>{t(item.verdict === 'valid' ? 'spot.valid' : 'spot.invalid')}</Tag>
          ) : (
            <Tag>{t('spot.pending')}</Tag>
          )}
        </Flex>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Flex gap={4} wrap align="center">
              <Typography.Text type="secondary">{t('spot.record')}：</Typography.Text>
              {recordPath ? <Link to={recordPath}>{recordName}</Link> : recordName}
              {f.stage ? <Tag color="purple">{playbook.stageLabel(f.stage)}</Tag> : null}
              <Tag>{playbook.channelLabel(f.channel)}</Tag>
              <Tag color="blue">{playbook.valueTagLabel(f.valueTag)}</Tag>
              <FlagMarks flags={f.flags} compact />
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{f.content}</Typography.Paragraph>
            <FlagReasons flags={f.flags} />
            <Space orientation="vertical" size={0}>
              {f.attachments.map((file) => (
                <a key={file.id} href={fileUrl(file.id)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {file.name}{' '}
                  <Typography.Text type="secondary">
                    （{playbook.fileKindLabel(file.kind)} · {formatSize(file.size)}）
                  </Typography.Text>
                </a>
              ))}
            </Space>
            <div>
              <Typography.Text strong>{t('spot.verdict')}</Typography.Text>
              <Flex gap={8} wrap style={{ marginTop: 6 }}>
                <Radio.Group
                  value={verdict}
                  onChange={(e) => setVerdict(e.target.value as 'valid' | 'invalid')}
                  disabled={!mine}
                  data-testid={`spot-verdict-${item.position}`}
                >
                  <Radio.Button value="valid">{t('spot.valid')}</Radio.Button>
                  <Radio.Button value="invalid">{t('spot.invalid')}</Radio.Button>
                </Radio.Group>
              </Flex>
              <Input.TextArea
                rows={2}
                maxLength={2000}
                placeholder={t('spot.comment')}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                disabled={!mine}
                style={{ marginTop: 8 }}
              />
              <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">{item.judgedAt ? t('spot.judgedAt', { time: formatTime(item.judgedAt) }) : ''}</Typography.Text>
                {mine ? (
                  <Button type="primary" onClick={() => void save()} loading={saving} disabled={!verdict} data-testid={`spot-save-${item.position}`}>
                    {t('spot.save')}
                  </Button>
                ) : null}
              </Flex>
            </div>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('spot.evidence')}</Typography.Text>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('spot.stageChanges')}
          </Typography.Title>
          {item.evidence.stageChanges.length ? (
            <Timeline
              items={item.evidence.stageChanges.map((s, i) => ({
                key: `${s.opportunityId}-${i}`,
                content: (
                  <span>
                    {formatTime(s.at)} · {s.opportunityName}：{s.from ? `${playbook.stageLabel(s.from)} → ` : ''}
                    {playbook.stageLabel(s.to)}
                    {s.actorName ? <Typography.Text type="secondary">（{s.actorName}）</Typography.Text> : null}
                  </span>
                ),
              }))}
            />
          ) : (
            <Typography.Text type="secondary">{t('spot.noStageChanges')}</Typography.Text>
          )}
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('spot.otherFollowups')}
          </Typography.Title>
          {item.evidence.otherFollowups.length ? (
            <List
              size="small"
              dataSource={item.evidence.otherFollowups}
              renderItem={(o) => (
                <List.Item key={o.id}>
                  <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                    <Flex gap={4} wrap align="center">
                      <Typography.Text type="secondary">
                        {formatTime(o.createdAt)} · {o.authorName}
                      </Typography.Text>
                      <Tag>{playbook.channelLabel(o.channel)}</Tag>
                      <Tag color="blue">{playbook.valueTagLabel(o.valueTag)}</Tag>
                      {o.flagged ? <Tag color="gold">{t('spot.flagged')}</Tag> : null}
                      <Typography.Text type="secondary">
                        <PaperClipOutlined /> {o.attachments}
                      </Typography.Text>
                    </Flex>
                    <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
                      {o.content}
                    </Typography.Paragraph>
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Text type="secondary">{t('spot.noOtherFollowups')}</Typography.Text>
          )}
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('spot.chat')}
          </Typography.Title>
          {item.evidence.chatArchive === 'unavailable' ? (
            <Typography.Text type="secondary">{t('spot.chatUnavailable')}</Typography.Text>
          ) : item.evidence.chatMessages.length ? (
            <List
              size="small"
              dataSource={item.evidence.chatMessages}
              renderItem={(m) => (
                <List.Item key={m.msgid}>
                  <Typography.Text type="secondary">{formatTime(m.at)}</Typography.Text> {m.fromName}：
                  {m.recalled ? <Typography.Text type="secondary">{m.text}</Typography.Text> : m.text}
                </List.Item>
              )}
            />
          ) : (
            <Typography.Text type="secondary">{t('spot.chatEmpty')}</Typography.Text>
          )}
        </Col>
      </Row>
    </Card>
  );
}
