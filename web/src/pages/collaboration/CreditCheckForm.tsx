import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Descriptions, Form, Input, InputNumber, Segmented } from 'antd';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAmount } from '../../format';
import { validated } from './forms';
import type { CreditCheckResult, RecordCreditCheckRequest } from '../../api/types';

interface Values {
  rating: string;
  score?: number;
  creditLimit?: number;
  summary: string;
}

const RATINGS = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'C'].map((value) => ({ value }));

/** 信用核验: finance enters the result by hand, or calls the configured credit provider (征信接口). */
export function CreditCheckForm({ cardId, onRecorded }: { cardId: string; onRecorded: (result: CreditCheckResult) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'manual' | 'http'>('manual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<CreditCheckResult | null>(null);

  const post = async (body: RecordCreditCheckRequest) => {
    setBusy(true);
    setError(null);
    try {
      const recorded = await unwrap(client.POST('/api/v1/cards/{id}/credit-check', { params: { path: { id: cardId } }, body }));
      setResult(recorded);
      message.success(t('credit.recorded'));
      onRecorded(recorded);
    } catch (err) {
      // A provider failure is a 502 with the server's localised reason; the failed check is kept on the card.
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const manual = async () => {
    const v = await validated(form);
    if (!v) return;
    await post({
      provider: 'manual',
      rating: v.rating.trim(),
      summary: v.summary.trim(),
      ...(v.score !== undefined && v.score !== null ? { score: v.score } : {}),
      ...(v.creditLimit !== undefined && v.creditLimit !== null ? { creditLimit: v.creditLimit } : {}),
    });
  };

  return (
    <div data-testid="credit-check">
      <Segmented
        value={mode}
        onChange={(next) => setMode(next as 'manual' | 'http')}
        options={[
          { value: 'manual', label: t('credit.manual') },
          { value: 'http', label: t('credit.http') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <ErrorAlert error={error} />
      {result ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="credit-result"
          title={t('credit.resultTitle')}
          description={
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'rating', label: t('credit.rating'), children: result.rating ?? '—' },
                { key: 'score', label: t('credit.score'), children: result.score ?? '—' },
                { key: 'limit', label: t('credit.limit'), children: formatAmount(result.creditLimit) },
                { key: 'summary', label: t('credit.summary'), children: result.summary ?? '—' },
              ]}
            />
          }
        />
      ) : null}
      {mode === 'manual' ? (
        <Form form={form} layout="vertical">
          <Form.Item name="rating" label={t('credit.rating')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <AutoComplete options={RATINGS} style={{ width: 160 }} data-testid="credit-rating" />
          </Form.Item>
          <Form.Item name="score" label={t('credit.score')}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} data-testid="credit-score" />
          </Form.Item>
          <Form.Item name="creditLimit" label={t('credit.limit')}>
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: 220 }} data-testid="credit-limit" />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('credit.summary')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { min: 2, message: t('card.min2') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="credit-summary" />
          </Form.Item>
          <Button type="primary" loading={busy} onClick={() => void manual()} data-testid="credit-submit">
            {t('credit.save')}
          </Button>
        </Form>
      ) : (
        <Button type="primary" loading={busy} onClick={() => void post({ provider: 'http' })} data-testid="credit-call">
          {t('credit.call')}
        </Button>
      )}
    </div>
  );
}
