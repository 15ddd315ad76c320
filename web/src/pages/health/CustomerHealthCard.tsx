import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Progress,
  Row,
  Segmented,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { LEVEL_COLORS } from './HealthBadge';
import type { Complaint, ComplaintSeverity, CsmEvent, CustomerHealth, NpsAnswer } from '../../api/types';

const STROKE = { healthy: '#52c41a', attention: '#faad14', risk: '#ff4d4f' } as const;

/** 客户健康度 on the customer page: the score, its components, the open alerts, NPS and complaints. */
export function CustomerHealthCard({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t: ta } = useI18n('analytics');
  const { message } = App.useApp();
  const health = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/health', { params: { path: { id: customerId } } })), [customerId]);
  const nps = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/nps', { params: { path: { id: customerId } } })), [customerId]);
  const complaints = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/complaints', { params: { path: { id: customerId } } })), [customerId]);
  const csm = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/csm-events', { params: { path: { id: customerId } } })), [customerId]);
  const [npsOpen, setNpsOpen] = useState(false);
  const [complaintOpen, setComplaintOpen] = useState(false);
  const [closing, setClosing] = useState<Complaint | null>(null);
  const h = health.data;

  const refresh = () => Promise.all([health.reload(), nps.reload(), complaints.reload()]);

  const detail = (c: CustomerHealth['components'][number]): string => {
    const d = c.detail;
    switch (c.key) {
      case 'recency':
        return ta('health.d.recency', { days: Number(d.idleDays), limit: Number(d.alertAfterDays) });
      case 'nps':
        return d.latest === null ? ta('health.d.npsNone') : ta('health.d.nps', { score: Number(d.latest) });
      case 'renewal':
        return d.contractId === null
          ? ta('health.d.renewalNone')
          : ta('health.d.renewal', { title: String(d.contractTitle), date: String(d.endDate), days: Number(d.daysLeft) }) +
              (d.renewalStarted ? ta('health.d.renewalStarted') : '');
      case 'complaints':
        return ta('health.d.complaints', { n: Number(d.open) });
    }
  };

  return (
    <Card size="small" title={ta('health.title')} style={{ marginBottom: 16 }} loading={health.loading && !h} data-testid="customer-health">
      <ErrorAlert error={health.error} />
      {h ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={6}>
            <Flex vertical align="center" gap={8}>
              <Progress
                type="dashboard"
                percent={h.score}
                format={() => h.score}
                aria-label={ta('health.title')}
                strokeColor={STROKE[h.level]}
                data-testid="health-score"
              />
              <Tag color={LEVEL_COLORS[h.level]}>{ta(`health.level.${h.level}` as MessageKey<'analytics'>)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {ta('csm.points')}
                {ta('a.sep')}
                {csm.data?.totalPoints ?? 0}
              </Typography.Text>
            </Flex>
          </Col>
          <Col xs={24} md={18}>
            <List
              size="small"
              dataSource={h.components}
              renderItem={(c) => (
                <List.Item>
                  <Flex vertical style={{ width: '100%' }}>
                    <Flex justify="space-between">
                      <span>
                        {ta(`health.c.${c.key}` as MessageKey<'analytics'>)}{' '}
                        <Typography.Text type="secondary">{ta('health.weight', { w: c.weight })}</Typography.Text>
                      </span>
                      <Typography.Text strong>{c.score === null ? ta('health.na') : c.score}</Typography.Text>
                    </Flex>
                    {c.score !== null ? (
                      <Progress
                        percent={c.score}
                        aria-label={ta(`health.c.${c.key}` as MessageKey<'analytics'>)}
                        showInfo={false}
                        size="small"
                        strokeColor={c.score >= 80 ? STROKE.healthy : c.score >= 60 ? STROKE.attention : STROKE.risk}
                      />
                    ) : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {detail(c)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
            {h.alerts.map((a) => (
              <Alert
                key={a.taskId}
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={`${a.ruleName}${ta('a.sep')}${a.title}`}
                description={
                  <>
                    {a.reason}
                    {a.dueAt ? <Typography.Text type="secondary"> （{ta('health.due', { time: formatTime(a.dueAt) })}）</Typography.Text> : null}
                  </>
                }
                data-testid="health-alert"
              />
            ))}
          </Col>
        </Row>
      ) : null}
      <Tabs
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'nps',
            label: ta('nps.history'),
            children: (
              <>
                {canWrite ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setNpsOpen(true)} style={{ marginBottom: 8 }} data-testid="nps-record">
                    {ta('nps.record')}
                  </Button>
                ) : null}
                <Table<NpsAnswer>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={nps.data?.items ?? []}
                  columns={[
                    {
                      title: ta('nps.score'),
                      dataIndex: 'score',
                      width: 80,
                      render: (s: number, r) => <Tag color={s < 30 ? 'red' : s < 60 ? 'gold' : 'green'}>{r.scale === 10 ? `${r.rawScore}/10` : s}</Tag>,
                    },
                    { title: ta('nps.comment'), dataIndex: 'comment' },
                    { title: ta('nps.source'), dataIndex: 'source', width: 100, render: (s: string) => ta(`nps.source.${s}` as MessageKey<'analytics'>) },
                    { title: ta('nps.at'), dataIndex: 'createdAt', width: 150, render: formatTime },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'complaints',
            label: `${ta('complaint.list')}${complaints.data ? ` (${complaints.data.items.filter((c) => c.status === 'open').length})` : ''}`,
            children: (
              <>
                {canWrite ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setComplaintOpen(true)} style={{ marginBottom: 8 }} data-testid="complaint-add">
                    {ta('complaint.add')}
                  </Button>
                ) : null}
                {complaints.data?.items.length ? (
                  <List
                    size="small"
                    dataSource={complaints.data.items}
                    renderItem={(c) => (
                      <List.Item
                        actions={
                          canWrite && c.status === 'open'
                            ? [
                                <Button key="close" size="small" onClick={() => setClosing(c)}>
                                  {ta('complaint.close')}
                                </Button>,
                              ]
                            : []
                        }
                      >
                        <List.Item.Meta
                          title={
                            <>
                              <Tag color={c.status === 'open' ? 'red' : 'default'}>{ta(`complaint.status.${c.status}` as MessageKey<'analytics'>)}</Tag>
                              <Tag>{ta(`complaint.severity.${c.severity}` as MessageKey<'analytics'>)}</Tag>
                              {c.category ? (
                                <Tag color="purple" data-testid="complaint-category">
                                  {c.category}
                                </Tag>
                              ) : null}
                              {c.title}
                            </>
                          }
                          description={
                            <>
                              {c.description}
                              {c.resolution ? (
                                <div>
                                  {ta('complaint.resolution')}
                                  {ta('a.sep')}
                                  {c.resolution}
                                </div>
                              ) : null}
                              <div style={{ fontSize: 12 }}>
                                {c.createdByName} · {formatTime(c.createdAt)}
                              </div>
                            </>
                          }
                        />
                      </List.Item>
                    )}
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ta('complaint.none')} />
                )}
              </>
            ),
          },
          {
            key: 'csm',
            label: ta('csm.events'),
            children: (
              <Table<CsmEvent>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={csm.data?.items ?? []}
                columns={[
                  { title: ta('csm.type'), dataIndex: 'type', width: 160 },
                  { title: ta('csm.points'), dataIndex: 'points', width: 100 },
                  { title: ta('a.rep'), dataIndex: 'creditedUserName' },
                  { title: ta('csm.occurredAt'), dataIndex: 'occurredAt', width: 150, render: formatTime },
                ]}
              />
            ),
          },
        ]}
      />
      <NpsModal
        open={npsOpen}
        customerId={customerId}
        onClose={() => setNpsOpen(false)}
        onSaved={() => {
          setNpsOpen(false);
          message.success(ta('nps.saved'));
          void refresh();
        }}
      />
      <ComplaintModal
        open={complaintOpen}
        customerId={customerId}
        onClose={() => setComplaintOpen(false)}
        onSaved={() => {
          setComplaintOpen(false);
          void refresh();
        }}
      />
      <CloseComplaintModal
        complaint={closing}
        onClose={() => setClosing(null)}
        onSaved={() => {
          setClosing(null);
          void refresh();
        }}
      />
    </Card>
  );
}

function useSubmit<T>(submit: (values: T) => Promise<unknown>, onSaved: () => void) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (values: T) => {
    setSaving(true);
    setError(null);
    try {
      await submit(values);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, run };
}

function NpsModal({ open, customerId, onClose, onSaved }: { open: boolean; customerId: string; onClose: () => void; onSaved: () => void }) {
  const { t: ta } = useI18n('analytics');
  const [form] = Form.useForm<{ scale: 10 | 100; score: number; comment?: string }>();
  const scale = Form.useWatch('scale', form) ?? 10;
  const { saving, error, run } = useSubmit(
    (v: { scale: 10 | 100; score: number; comment?: string }) =>
      unwrap(
        client.POST('/api/v1/customers/{id}/nps', {
          params: { path: { id: customerId } },
          body: { score: v.score, scale: v.scale, comment: v.comment || undefined },
        }),
      ),
    () => {
      form.resetFields();
      onSaved();
    },
  );
  return (
    <Modal open={open} title={ta('nps.record')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={saving} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ scale: 10 }} onFinish={(values) => void run(values)}>
        <Form.Item name="scale" label={ta('nps.scale')}>
          <Segmented
            options={[
              { value: 10, label: ta('nps.scale10') },
              { value: 100, label: ta('nps.scale100') },
            ]}
          />
        </Form.Item>
        <Form.Item name="score" label={ta('nps.score')} rules={[{ required: true }]}>
          <InputNumber min={0} max={scale} precision={0} style={{ width: 160 }} data-testid="nps-score" />
        </Form.Item>
        <Form.Item name="comment" label={ta('nps.comment')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ComplaintModal({ open, customerId, onClose, onSaved }: { open: boolean; customerId: string; onClose: () => void; onSaved: () => void }) {
  const { t: ta } = useI18n('analytics');
  const [form] = Form.useForm<{ title: string; description?: string; severity: ComplaintSeverity }>();
  const { saving, error, run } = useSubmit(
    (v: { title: string; description?: string; severity: ComplaintSeverity }) =>
      unwrap(
        client.POST('/api/v1/customers/{id}/complaints', { params: { path: { id: customerId } }, body: { ...v, description: v.description || undefined } }),
      ),
    () => {
      form.resetFields();
      onSaved();
    },
  );
  return (
    <Modal open={open} title={ta('complaint.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={saving} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ severity: 'medium' }} onFinish={(values) => void run(values)}>
        <Form.Item name="title" label={ta('complaint.title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="severity" label={ta('complaint.severity')}>
          <Select options={(['low', 'medium', 'high'] as const).map((s) => ({ value: s, label: ta(`complaint.severity.${s}`) }))} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="description" label={ta('complaint.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CloseComplaintModal({ complaint, onClose, onSaved }: { complaint: Complaint | null; onClose: () => void; onSaved: () => void }) {
  const { t: ta } = useI18n('analytics');
  const [form] = Form.useForm<{ resolution: string }>();
  const { saving, error, run } = useSubmit(
    (v: { resolution: string }) => unwrap(client.POST('/api/v1/complaints/{id}/close', { params: { path: { id: complaint?.id ?? '' } }, body: v })),
    () => {
      form.resetFields();
      onSaved();
    },
  );
  return (
    <Modal
      open={complaint !== null}
      title={`${ta('complaint.close')}${ta('a.sep')}${complaint?.title ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(values) => void run(values)}>
        <Form.Item name="resolution" label={ta('complaint.resolution')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
