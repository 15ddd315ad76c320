import { Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { formatAmount, formatTime } from '../../format';
import { ClausesView, PaymentTermsView } from '../contracts/TermsViews';
import { PRE } from '../contracts/styles';
import type { CommunicationSummary, TaskCardPayload as Payload } from '../../api/types';

/** What the department needs without asking the rep: the contract, its terms, the requirement and the customer history. */
export function CardPayload({ payload }: { payload: Payload }) {
  const { t } = useI18n();
  const c = payload.contract;
  return (
    <Flex vertical gap={16} data-testid="card-payload">
      {c ? (
        <Card size="small" title={t('card.contractSummary')}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: t('contract.number'), children: c.number },
              { key: 'title', label: t('contract.title'), children: c.title },
              { key: 'customer', label: t('common.customer'), children: c.customer ?? '—' },
              { key: 'amount', label: t('common.amount'), children: formatAmount(c.amount) },
              { key: 'period', label: t('contract.period'), children: `${c.startDate ?? '—'} ~ ${c.endDate ?? '—'}` },
            ]}
          />
        </Card>
      ) : null}
      {c ? (
        <Card size="small" title={t('contract.paymentTerms')}>
          <PaymentTermsView terms={c.paymentTerms} />
        </Card>
      ) : null}
      {payload.requirementDocument !== undefined ? (
        <Card size="small" title={t('card.requirementDocument')}>
          <pre style={PRE} data-testid="card-requirement">
            {payload.requirementDocument}
          </pre>
        </Card>
      ) : null}
      {c ? (
        <Card size="small" title={t('contract.clauses')}>
          <ClausesView clauses={c.clauses ?? []} />
        </Card>
      ) : null}
      <Card size="small" title={t('card.communication')}>
        <Communication summary={payload.communication} />
      </Card>
    </Flex>
  );
}

function Communication({ summary }: { summary: CommunicationSummary | undefined }) {
  const { t } = useI18n();
  if (!summary || summary.totalFollowups === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.noFollowups')} />;
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t('card.totalFollowups', { n: summary.totalFollowups })}</Typography.Text>
        {Object.entries(summary.byChannel).map(([channel, n]) => (
          <Tag key={channel}>
            {channel} × {n}
          </Tag>
        ))}
      </Flex>
      <List
        size="small"
        dataSource={summary.recent}
        renderItem={(f) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Flex gap={8} wrap>
                  <Typography.Text type="secondary">{formatTime(f.at)}</Typography.Text>
                  <Tag>{f.channel}</Tag>
                  <Tag color="purple">{f.valueTag}</Tag>
                </Flex>
              }
              description={f.excerpt}
            />
          </List.Item>
        )}
      />
    </>
  );
}
