import { Card, Col, Row } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { ClausesView, PaymentTermsView } from './TermsViews';
import { PRE } from './styles';
import type { ContractDetail } from '../../api/types';

/** The contract's content once it can no longer be edited (or for read-only roles). */
export function ContractTermsView({ contract }: { contract: ContractDetail }) {
  const { t } = useI18n();
  const disputed = contract.confirmations.flatMap((c) => (c.decision === 'vetoed' ? c.clauseKeys : []));
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('contract.paymentTerms')} style={{ marginBottom: 16 }}>
          <PaymentTermsView terms={contract.paymentTerms} />
        </Card>
        <Card size="small" title={t('contract.clauses')} style={{ marginBottom: 16 }}>
          <ClausesView clauses={contract.clauses} highlight={disputed} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('contract.requirement')} style={{ marginBottom: 16 }}>
          <pre style={PRE} data-testid="requirement-document">
            {contract.requirementDocument}
          </pre>
        </Card>
      </Col>
    </Row>
  );
}
