import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { formatTime } from '../../format';
import { DecisionForm } from './DecisionForm';
import type { Confirmation, ConfirmationDecision, ConfirmationParty, ContractDetail } from '../../api/types';

const DECISION_COLORS: Record<ConfirmationDecision, string> = { pending: 'gold', confirmed: 'green', vetoed: 'red' };

interface Props {
  contract: ContractDetail;
  party: ConfirmationParty;
  confirmation: Confirmation | undefined;
  canDecide: boolean;
  onDecided: (updated: ContractDetail) => void;
}

/** One side of the 三方确认: who is asked, what they decided and why, and (for them) the decision form. */
export function PartyPanel({ contract, party, confirmation, canDecide, onDecided }: Props) {
  const { t } = useI18n();
  const decision: ConfirmationDecision | 'none' = confirmation?.decision ?? 'none';
  const disputed = (confirmation?.clauseKeys ?? []).map((key) => contract.clauses.find((c) => c.key === key)?.title ?? key);
  const vetoed = decision === 'vetoed';
  return (
    <Card
      size="small"
      data-testid={`party-${party}`}
      data-decision={decision}
      title={
        <Flex vertical>
          <span>{t(`confirm.party.${party}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {t(`confirm.partyDuty.${party}`)}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Tag color={decision === 'none' ? 'default' : DECISION_COLORS[decision]} data-testid={`party-${party}-state`}>
          {t(`confirm.decision.${decision}`)}
        </Tag>
      }
      style={vetoed ? { borderColor: '#ff4d4f' } : undefined}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'assignee',
            label: t('confirm.assignee'),
            children: <span data-testid={`party-${party}-assignee`}>{confirmation ? (confirmation.assigneeName ?? t('common.unassigned')) : '—'}</span>,
          },
          { key: 'requestedAt', label: t('confirm.requestedAt'), children: formatTime(confirmation?.requestedAt) },
          ...(confirmation?.decidedAt ? [{ key: 'decidedAt', label: t('confirm.decidedAt'), children: formatTime(confirmation.decidedAt) }] : []),
          ...(confirmation?.reason
            ? [
                {
                  key: 'reason',
                  label: vetoed ? t('confirm.vetoReason') : t('confirm.comment'),
                  children: (
                    <Typography.Text type={vetoed ? 'danger' : undefined} data-testid={`party-${party}-reason`}>
                      {confirmation.reason}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
          ...(disputed.length
            ? [
                {
                  key: 'clauses',
                  label: t('confirm.disputedClauses'),
                  children: (
                    <span data-testid={`party-${party}-clauses`}>
                      {disputed.map((title) => (
                        <Tag key={title} color="red">
                          {title}
                        </Tag>
                      ))}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canDecide && contract.status === 'confirming' && decision === 'pending' ? (
        <DecisionForm contract={contract} party={party} onDecided={onDecided} />
      ) : null}
    </Card>
  );
}
