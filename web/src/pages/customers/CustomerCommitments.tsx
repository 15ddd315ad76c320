import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { SlaCommitment } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';

interface CommitmentForm {
  responseHours?: number | null;
  onsiteHours?: number | null;
  uptimePercent?: number | null;
  freeServices?: string[];
  notes?: string;
}

/** SLA 承诺: what was promised to the customer (response, on-site, uptime, free services such as 免费部署). */
export function CustomerCommitments({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<CommitmentForm>();
  const list = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/sla-commitments', { params: { path: { id: customerId } } })), [customerId]);
  const hours = (v: number | null) => (v === null ? '—' : t('commitments.hours', { n: v }));

  const add = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(
        client.POST('/api/v1/customers/{id}/sla-commitments', {
          params: { path: { id: customerId } },
          body: {
            responseHours: values.responseHours ?? null,
            onsiteHours: values.onsiteHours ?? null,
            uptimePercent: values.uptimePercent ?? null,
            freeServices: values.freeServices ?? [],
            notes: values.notes?.trim() ? values.notes.trim() : null,
          },
        }),
      );
      message.success(t('commitments.saved'));
      setAdding(false);
      await list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (c: SlaCommitment) => {
    try {
      await unwrap(client.DELETE('/api/v1/sla-commitments/{id}', { params: { path: { id: c.id } } }));
      await list.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Card
      size="small"
      title={t('commitments.title')}
      style={{ marginBottom: 16 }}
      data-testid="customer-commitments"
      extra={
        canWrite ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              form.resetFields();
              setAdding(true);
            }}
            data-testid="commitment-add"
          >
            {t('commitments.add')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={list.error} />
      <Table<SlaCommitment>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('commitments.none') }}
        columns={[
          { title: t('commitments.response'), dataIndex: 'responseHours', render: hours },
          { title: t('commitments.onsite'), dataIndex: 'onsiteHours', render: hours },
          { title: t('commitments.uptime'), dataIndex: 'uptimePercent', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
          {
            title: t('commitments.freeServices'),
            dataIndex: 'freeServices',
            render: (v: string[]) => (v.length ? v.map((s) => <Tag key={s}>{s}</Tag>) : '—'),
          },
          { title: t('commitments.contract'), dataIndex: 'contractNumber', render: (v: string | null) => v ?? '—' },
          { title: t('commitments.notes'), dataIndex: 'notes', render: (v: string | null) => v ?? '—' },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, c: SlaCommitment) => (
                    <Popconfirm title={t('commitments.deleteConfirm')} onConfirm={() => void remove(c)}>
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('commitments.delete')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal open={adding} title={t('commitments.add')} onCancel={() => setAdding(false)} onOk={() => void add()} confirmLoading={saving} destroyOnHidden>
        <Form<CommitmentForm> form={form} layout="vertical">
          <Form.Item name="responseHours" label={t('commitments.response')}>
            <InputNumber min={0} max={10000} addonAfter="h" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="onsiteHours" label={t('commitments.onsite')}>
            <InputNumber min={0} max={10000} addonAfter="h" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="uptimePercent" label={t('commitments.uptime')}>
            <InputNumber min={0} max={100} step={0.1} addonAfter="%" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="freeServices" label={t('commitments.freeServices')} extra={t('commitments.freeServicesHint')}>
            <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
          </Form.Item>
          <Form.Item name="notes" label={t('commitments.notes')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
