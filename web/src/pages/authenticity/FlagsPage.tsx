import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Radio, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { TeamSelect } from '../../components/TeamSelect';
import { formatTime } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { followupRecordPath } from './access';
import { FlagMarks } from './FlagMarks';
import type { FollowupFlagKind, FollowupFlagListItem, FollowupFlagStatus } from '../../api/types';

const STATUSES: FollowupFlagStatus[] = ['pending', 'confirmed', 'dismissed'];

/** 疑似异常跟进: the yellow-marked follow-ups of the caller's scope, for review. */
export function FlagsPage() {
  const { t } = useI18n('authenticity');
  const playbook = usePlaybook();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as FollowupFlagStatus | null) ?? 'pending';
  const kind = (params.get('kind') as FollowupFlagKind | null) ?? undefined;
  const teamId = params.get('teamId') ?? undefined;
  const authorId = params.get('authorId') ?? undefined;
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [reviewing, setReviewing] = useState<FollowupFlagListItem | null>(null);

  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/followup-flags', { params: { query: { status, kind, teamId, authorId, page, pageSize } } })),
    [status, kind, teamId, authorId, page, pageSize],
  );

  const setFilter = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setPage(1);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<FollowupFlagListItem> = [
    { title: t('flags.time'), dataIndex: ['followup', 'createdAt'], width: 150, render: (value: string) => formatTime(value) },
    {
      title: t('flags.author'),
      key: 'author',
      width: 140,
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{item.followup.authorName}</Typography.Text>
          <Typography.Text type="secondary">{item.followup.teamName}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('flags.mark'),
      key: 'mark',
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <span>
            <FlagMarks flags={[item]} />
          </span>
          <Typography.Text type="secondary">{item.explanation}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('flags.content'),
      key: 'content',
      render: (_, item) => {
        const path = followupRecordPath({ type: item.followup.targetType, id: item.followup.targetId }, item.followup.id);
        return (
          <Space orientation="vertical" size={2}>
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
              {item.followup.content}
            </Typography.Paragraph>
            <Space size={4} wrap>
              <Tag>{playbook.channelLabel(item.followup.channel)}</Tag>
              <Tag color="blue">{playbook.valueTagLabel(item.followup.valueTag)}</Tag>
              {path ? <Link to={path}>{t('flags.openRecord')}</Link> : null}
            </Space>
          </Space>
        );
      },
    },
    {
      title: t('flags.matchedContent'),
      key: 'matched',
      responsive: ['lg'],
      render: (_, item) =>
        item.matched ? (
          <Space orientation="vertical" size={0}>
            <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
              {item.matched.content}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {item.matched.authorName} · {formatTime(item.matched.createdAt)}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('flags.review'),
      key: 'review',
      width: 160,
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <Tag color={item.status === 'pending' ? 'gold' : item.status === 'confirmed' ? 'orange' : 'default'}>
            {t(`flag.status.${item.status}` as MessageKey<'authenticity'>)}
          </Tag>
          {item.reviewerName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('flag.reviewedBy', { name: item.reviewerName, comment: item.reviewComment ?? '' })}
            </Typography.Text>
          ) : null}
          {item.canReview ? (
            <Button size="small" onClick={() => setReviewing(item)} data-testid={`flag-review-${item.id}`}>
              {t('flags.review')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('flags.title')} sub={t('flags.sub')} />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<FollowupFlagStatus>
          value={status}
          onChange={(value) => setFilter('status', value)}
          options={STATUSES.map((s) => ({ value: s, label: `${t(`flag.status.${s}` as MessageKey<'authenticity'>)}${data ? ` (${data.counts[s]})` : ''}` }))}
          data-testid="flags-status"
        />
        <Select
          allowClear
          placeholder={t('flags.kind')}
          value={kind}
          onChange={(value) => setFilter('kind', value)}
          style={{ minWidth: 180 }}
          options={[
            { value: 'similar', label: t('flags.kind.similar') },
            { value: 'burst', label: t('flags.kind.burst') },
          ]}
        />
        <Typography.Text type="secondary">{t('flags.team')}</Typography.Text>
        <div style={{ minWidth: 220 }}>
          <TeamSelect value={teamId ?? null} onChange={(value) => setFilter('teamId', value)} />
        </div>
      </Flex>
      <ErrorAlert error={error} />
      <Table<FollowupFlagListItem>
        rowKey="id"
        size="small"
        data-testid="flags-table"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('flags.empty') }}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          onChange: (next, size) => {
            setPage(size !== pageSize ? 1 : next);
            setPageSize(size);
          },
        }}
      />
      <ReviewModal flag={reviewing} onClose={() => setReviewing(null)} onDone={() => void reload()} />
    </>
  );
}

function ReviewModal({ flag, onClose, onDone }: { flag: FollowupFlagListItem | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n('authenticity');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ decision: 'confirmed' | 'dismissed'; comment?: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(
        client.POST('/api/v1/followup-flags/{id}/review', {
          params: { path: { id: flag!.id } },
          body: { decision: values.decision, comment: values.comment?.trim() || undefined },
        }),
      );
      message.success(t('flags.reviewed'));
      form.resetFields();
      onClose();
      onDone();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={flag !== null}
      title={t('flags.review')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="flag-review-modal"
    >
      {flag ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>
            <FlagMarks flags={[flag]} />
          </span>
          <Typography.Text type="secondary">{flag.explanation}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{flag.followup.content}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ decision: flag.status === 'dismissed' ? 'dismissed' : 'confirmed', comment: flag.reviewComment ?? '' }}
          >
            <Form.Item name="decision" rules={[{ required: true }]}>
              <Radio.Group>
                <Radio.Button value="confirmed">{t('flags.confirm')}</Radio.Button>
                <Radio.Button value="dismissed">{t('flags.dismiss')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
            <Form.Item
              name="comment"
              label={t('flags.comment')}
              dependencies={['decision']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value?: string) =>
                    getFieldValue('decision') === 'dismissed' && !value?.trim() ? Promise.reject(new Error(t('flags.commentRequired'))) : undefined,
                }),
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Form>
        </Space>
      ) : null}
    </Modal>
  );
}
