import { Descriptions, Empty, List, Table, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { ContractClause, Instalment, PaymentTerms } from '../../api/types';

/** 账期 and instalments, read-only (contract page after submission, finance card payload). */
export function PaymentTermsView({ terms }: { terms: PaymentTerms | null | undefined }) {
  const { t } = useI18n();
  if (!terms) return <Typography.Text type="secondary">{t('contract.noPaymentTerms')}</Typography.Text>;
  return (
    <div data-testid="payment-terms-view">
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'creditDays', label: t('contract.creditDays'), children: t('contract.daysValue', { n: terms.creditDays }) }]}
      />
      <Table<Instalment>
        size="small"
        rowKey={(_, index) => String(index)}
        pagination={false}
        dataSource={terms.instalments}
        columns={[
          { title: '#', render: (_, __, index) => index + 1, width: 40 },
          { title: t('contract.percent'), dataIndex: 'percent', render: (p: number) => `${p}%` },
          { title: t('contract.milestone'), dataIndex: 'milestone' },
          { title: t('contract.dueDays'), dataIndex: 'dueDays', render: (n: number) => t('contract.daysValue', { n }) },
        ]}
      />
    </div>
  );
}

export function ClausesView({ clauses, highlight = [] }: { clauses: ContractClause[]; highlight?: string[] }) {
  const { t } = useI18n();
  if (!clauses.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contract.noClauses')} />;
  return (
    <List
      size="small"
      dataSource={clauses}
      data-testid="clauses-view"
      renderItem={(clause) => (
        <List.Item>
          <List.Item.Meta
            title={
              <Typography.Text type={highlight.includes(clause.key) ? 'danger' : undefined}>
                {clause.title}{' '}
                <Typography.Text type="secondary" code>
                  {clause.key}
                </Typography.Text>
              </Typography.Text>
            }
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{clause.text}</span>}
          />
        </List.Item>
      )}
    />
  );
}
