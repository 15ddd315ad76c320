import { useState } from 'react';
import { App, Button, Card, Flex, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { CreditCheckForm } from './CreditCheckForm';
import { ReasonModal } from './ReasonModal';
import type { TaskCard } from '../../api/types';

/** The card's department completes it or sends the contract back; finance records a credit check first. */
export function CardWorkPanel({ card, onChanged }: { card: TaskCard; onChanged: (updated: TaskCard) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'complete' | 'reject' | null>(null);
  const [checked, setChecked] = useState(false);
  const finance = card.department === 'finance';

  const params = { path: { id: card.id } };
  const act = async (call: Promise<{ data?: TaskCard; error?: unknown; response: Response }>, done: string) => {
    const updated = await unwrap(call);
    setDialog(null);
    message.success(done);
    onChanged(updated);
  };

  return (
    <Card size="small" title={t('card.work')} data-testid="card-work">
      {finance ? (
        <div style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{t('credit.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('credit.hint')}</Typography.Paragraph>
          <CreditCheckForm cardId={card.id} onRecorded={(r) => setChecked(r.ok)} />
        </div>
      ) : null}
      <Flex gap={8} wrap>
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('complete')} data-testid="card-complete">
          {t('card.complete')}
        </Button>
        <Button danger icon={<RollbackOutlined />} onClick={() => setDialog('reject')} data-testid="card-reject">
          {t('card.reject')}
        </Button>
        {finance && !checked ? <Typography.Text type="secondary">{t('credit.requiredHint')}</Typography.Text> : null}
      </Flex>
      <ReasonModal
        open={dialog === 'complete'}
        title={t('card.complete')}
        label={t('card.note')}
        okText={t('card.complete')}
        testId="card-complete-dialog"
        required={false}
        onClose={() => setDialog(null)}
        onSubmit={({ text }) => act(client.POST('/api/v1/cards/{id}/complete', { params, body: text ? { note: text } : {} }), t('card.completed'))}
      />
      <ReasonModal
        open={dialog === 'reject'}
        title={t('card.reject')}
        label={t('card.rejectReason')}
        okText={t('card.reject')}
        testId="card-reject-dialog"
        danger
        onClose={() => setDialog(null)}
        onSubmit={({ text }) => act(client.POST('/api/v1/cards/{id}/reject', { params, body: { reason: text } }), t('card.rejected'))}
      />
    </Card>
  );
}
