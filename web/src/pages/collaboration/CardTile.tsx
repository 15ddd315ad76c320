import type { CSSProperties } from 'react';
import { Card, Flex, Tag, Typography } from 'antd';
import { ClockCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../../state/LocaleContext';
import { CardDue } from './CardDue';
import { CardStatusTag } from './CardStatusTag';
import type { TaskCard } from '../../api/types';

const OVERDUE_RED = '#ff4d4f';

function tileStyle(card: TaskCard): CSSProperties {
  if (card.status === 'paused') return { background: '#f5f5f5', borderColor: '#d9d9d9', color: 'rgba(0,0,0,0.45)' };
  if (card.overdue && card.status === 'open') return { background: '#fff1f0', borderColor: OVERDUE_RED, borderWidth: 2 };
  if (card.status !== 'open') return { opacity: 0.7 };
  return {};
}

/** One task card on the board: red when overdue, grey while its contract is frozen. */
export function CardTile({ card, showDepartment }: { card: TaskCard; showDepartment?: boolean }) {
  const { t } = useI18n();
  const overdue = card.overdue && card.status === 'open';
  return (
    <Card
      size="small"
      style={tileStyle(card)}
      data-testid="card-tile"
      data-card-id={card.id}
      data-department={card.department}
      data-status={card.status}
      data-overdue={overdue ? 'true' : 'false'}
      title={
        <Link to={`/collaboration/cards/${card.id}`} style={overdue ? { color: OVERDUE_RED } : undefined}>
          {card.contractNumber} · {card.contractTitle}
        </Link>
      }
      extra={<CardStatusTag status={card.status} />}
    >
      <Flex vertical gap={4}>
        {showDepartment ? <Typography.Text strong>{t(`card.kind.${card.department}`)}</Typography.Text> : null}
        <Typography.Text>
          {t('common.customer')}
          {t('collab.sep')}
          {card.customerName}
        </Typography.Text>
        <Typography.Text>
          {t('card.assignee')}
          {t('collab.sep')}
          {card.assigneeName ?? t('common.unassigned')}
          <Typography.Text type="secondary">{` · ${t('card.rep')}${t('collab.sep')}${card.ownerName ?? '—'}`}</Typography.Text>
        </Typography.Text>
        <Flex gap={6} align="center">
          {card.status === 'paused' ? <PauseCircleOutlined /> : <ClockCircleOutlined style={overdue ? { color: OVERDUE_RED } : undefined} />}
          <CardDue card={card} />
          {card.status === 'paused' ? <Tag>{t('card.frozen')}</Tag> : null}
          {overdue ? <Tag color="red">{t('card.overdueTag')}</Tag> : null}
        </Flex>
      </Flex>
    </Card>
  );
}
