import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import type { Opportunity, QuoteStatus, QuoteSummary } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { buttonTestId } from '../../components/testIds';
import { formatAmount } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { AS_FILE, downloadFile } from '../reports/exportFile';

const STATUS_COLOR: Record<QuoteStatus, string> = {
  draft: 'default',
  pending_approval: 'orange',
  approved: 'blue',
  rejected: 'red',
  sent: 'green',
  expired: 'default',
};

interface CreateValues {
  items: { productId: string; quantity: number; discountPct?: number }[];
  validUntil: string;
  terms?: string;
}

/** 「报价单」 section of the opportunity page: its quotes, create, approve or reject, send, PDF. */
export function OpportunityQuotes({ opportunity, onChanged }: { opportunity: Opportunity; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [form] = Form.useForm<CreateValues>();
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/quotes', { params: { query: { opportunityId: opportunity.id, pageSize: 100 } } })),
    [opportunity.id],
  );
  const products = useLoad(() => unwrap(client.GET('/api/v1/products', { params: { query: { active: 'true', pageSize: 200 } } })), []);
  const canWrite = can.writeSales(me) && opportunity.status === 'open';
  const canApprove = can.approveQuotes(me);

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await run();
      await reload();
      onChanged();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const path = (quote: QuoteSummary) => ({ params: { path: { id: quote.id } } });
  const move = (quote: QuoteSummary, action: 'submit' | 'approve') =>
    act(() => unwrap(client.POST(`/api/v1/quotes/{id}/${action}`, { ...path(quote), body: {} })));
  const reject = (quote: QuoteSummary) => {
    let note = '';
    Modal.confirm({
      title: t('quote.reject'),
      content: <Input.TextArea aria-label={t('quote.rejectReason')} placeholder={t('quote.rejectReason')} onChange={(e) => (note = e.target.value)} />,
      onOk: () => act(() => unwrap(client.POST('/api/v1/quotes/{id}/reject', { ...path(quote), body: { note } }))),
    });
  };

  const create = async () => {
    const values = await form.validateFields();
    await act(async () => {
      await unwrap(client.POST('/api/v1/quotes', { body: { opportunityId: opportunity.id, ...values, terms: values.terms || undefined } }));
      setCreating(false);
      form.resetFields();
      void message.success(t('quote.create'));
    });
  };

  return (
    <Card
      size="small"
      title={t('quote.section')}
      style={{ marginBottom: 16 }}
      data-testid="opportunity-quotes"
      extra={
        canWrite ? (
          <Button type="primary" size="small" icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="quote-create">
            {t('quote.create')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={error ?? failure} />
      <Table<QuoteSummary>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('quote.empty') }}
        columns={[
          { title: t('quote.number'), dataIndex: 'number' },
          { title: t('quote.version'), dataIndex: 'version', width: 60 },
          {
            title: t('quote.status'),
            dataIndex: 'status',
            render: (status: QuoteStatus, quote) => (
              <Space size={4}>
                <Tag color={STATUS_COLOR[status]} data-testid={`quote-status-${quote.number}`}>
                  {t(`quote.status.${status}`)}
                </Tag>
                {quote.needsApproval && status !== 'sent' ? <Tag color="orange">{t('quote.needsApproval')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('quote.total'), dataIndex: 'total', align: 'right', render: (v: number) => formatAmount(v) },
          { title: t('quote.validUntil'), dataIndex: 'validUntil' },
          {
            title: t('quote.actions'),
            key: 'actions',
            render: (_: unknown, quote) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  onClick={() =>
                    void downloadFile(client.GET('/api/v1/quotes/{id}/pdf', { ...path(quote), ...AS_FILE }), `${quote.number}.pdf`).catch(setFailure)
                  }
                >
                  {t('quote.pdf')}
                </Button>
                {canWrite && (quote.status === 'draft' || quote.status === 'rejected') && quote.needsApproval ? (
                  <Button size="small" disabled={busy} onClick={() => void move(quote, 'submit')} data-testid="quote-submit">
                    {t('quote.submit')}
                  </Button>
                ) : null}
                {canApprove && quote.status === 'pending_approval' ? (
                  <>
                    <Button size="small" type="primary" disabled={busy} onClick={() => void move(quote, 'approve')} data-testid="quote-approve">
                      {t('quote.approve')}
                    </Button>
                    <Button size="small" danger disabled={busy} onClick={() => reject(quote)}>
                      {t('quote.reject')}
                    </Button>
                  </>
                ) : null}
                {canWrite && (quote.status === 'approved' || (quote.status === 'draft' && !quote.needsApproval)) ? (
                  <Button
                    size="small"
                    type="primary"
                    disabled={busy}
                    onClick={() => void act(() => unwrap(client.POST('/api/v1/quotes/{id}/send', path(quote))))}
                    data-testid="quote-send"
                  >
                    {t('quote.send')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('quote.create')}
        onCancel={() => setCreating(false)}
        onOk={() => void create()}
        confirmLoading={busy}
        okButtonProps={buttonTestId('quote-create-ok')}
        width={720}
        destroyOnHidden
      >
        <ErrorAlert error={failure} />
        <Form form={form} layout="vertical" initialValues={{ items: [{ quantity: 1 }] }}>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'productId']} label={t('quote.product')} rules={[{ required: true }]} style={{ minWidth: 280 }}>
                      <Select
                        showSearch
                        optionFilterProp="label"
                        data-testid="quote-product"
                        options={(products.data?.items ?? []).map((p) => ({
                          value: p.id,
                          label: `${p.sku} ${p.name} (${formatAmount(p.listPrice)}/${p.unit})`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'quantity']} label={t('quote.quantity')} rules={[{ required: true }]}>
                      <InputNumber min={0.01} data-testid="quote-quantity" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'discountPct']} label={t('quote.discountPct')}>
                      <InputNumber min={0} max={100} data-testid="quote-discount" />
                    </Form.Item>
                    {fields.length > 1 ? <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" /> : null}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }}>
                  {t('quote.addItem')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="validUntil" label={t('quote.validUntil')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
            <Input type="date" data-testid="quote-valid-until" />
          </Form.Item>
          <Form.Item name="terms" label={t('quote.terms')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        <ErrorAlert error={products.error} />
      </Modal>
    </Card>
  );
}
