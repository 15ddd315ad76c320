import { useState } from 'react';
import { App, Badge, Button, Card, Tooltip, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { GradeTag } from '../../components/GradeTag';
import { formatAmount } from '../../format';
import { LostModal } from './LostModal';
import { StageGateModal, type GateRequest } from './StageGateModal';
import { missingFromError } from './stageGate';
import type { Opportunity, StageDef } from '../../api/types';

interface Props {
  items: Opportunity[];
  onChanged: () => void;
}

export function OpportunityKanban({ items, onChanged }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [gate, setGate] = useState<GateRequest | null>(null);
  const [losing, setLosing] = useState<Opportunity | null>(null);
  const [moving, setMoving] = useState<string | null>(null);

  const columns: StageDef[] = [...playbook.openStages, ...playbook.stages.filter((s) => s.kind === 'won'), ...playbook.stages.filter((s) => s.kind === 'lost')];
  const columnOf = (opp: Opportunity): string => {
    if (opp.status !== 'open') {
      const byStatus = columns.find((c) => c.kind === opp.status);
      if (byStatus && !columns.some((c) => c.key === opp.stage && c.kind === opp.status)) return byStatus.key;
    }
    return opp.stage;
  };
  const nextOpenStage = (opp: Opportunity): StageDef | undefined => {
    const index = playbook.stages.findIndex((s) => s.key === opp.stage);
    return playbook.stages.slice(index + 1).find((s) => s.kind !== 'lost');
  };

  const move = async (opp: Opportunity, to: StageDef) => {
    if (to.key === opp.stage) return;
    if (to.kind === 'lost') {
      setLosing(opp);
      return;
    }
    setMoving(opp.id);
    try {
      await unwrap(client.POST('/api/v1/opportunities/{id}/stage', { params: { path: { id: opp.id } }, body: { to: to.key } }));
      message.success(t('opps.advanced', { stage: playbook.stageLabel(to.key) }));
      onChanged();
    } catch (err) {
      const missing = missingFromError(err);
      if (missing) setGate({ opportunity: opp, to: to.key, missing });
      else message.error(errorMessage(err));
    } finally {
      setMoving(null);
    }
  };

  const byId = (id: string) => items.find((o) => o.id === id);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('opps.dragHint')}</Typography.Paragraph>
      <div className="kanban-board" data-testid="kanban">
        {columns.map((column) => {
          const cards = items.filter((o) => columnOf(o) === column.key);
          return (
            <div
              key={column.key}
              className={`kanban-column${dropTarget === column.key ? ' drop-target' : ''}`}
              data-testid={`kanban-column-${column.key}`}
              onDragOver={(event) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropTarget(column.key);
              }}
              onDragLeave={() => setDropTarget((current) => (current === column.key ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                setDropTarget(null);
                const opp = byId(event.dataTransfer.getData('text/plain'));
                if (opp) void move(opp, column);
              }}
            >
              <Typography.Text strong>
                {playbook.stageLabel(column.key)} <Badge count={cards.length} showZero color="#8c8c8c" />
              </Typography.Text>
              <div style={{ marginTop: 8 }}>
                {cards.map((opp) => {
                  const next = opp.status === 'open' ? nextOpenStage(opp) : undefined;
                  return (
                    <Card
                      key={opp.id}
                      size="small"
                      className="kanban-card"
                      draggable={opp.status === 'open'}
                      onDragStart={(event) => {
                        event.dataTransfer.setData('text/plain', opp.id);
                        event.dataTransfer.effectAllowed = 'move';
                      }}
                      loading={moving === opp.id}
                      data-testid={`kanban-card-${opp.id}`}
                    >
                      <Link to={`/opportunities/${opp.id}`}>{opp.name}</Link>
                      <div>
                        <Typography.Text type="secondary">
                          {opp.customerName} <GradeTag grade={opp.customerGrade} />
                        </Typography.Text>
                      </div>
                      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                        <span>{formatAmount(opp.amount)}</span>
                        {next ? (
                          // Touch screens have no HTML5 drag and drop, so every card also offers a one-tap move.
                          <Tooltip title={t('opps.advanceTo', { stage: playbook.stageLabel(next.key) })}>
                            <Button
                              size="small"
                              type="text"
                              icon={<RightOutlined />}
                              onClick={() => void move(opp, next)}
                              aria-label={t('opps.advanceTo', { stage: playbook.stageLabel(next.key) })}
                            />
                          </Tooltip>
                        ) : null}
                      </div>
                    </Card>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
      <StageGateModal
        request={gate}
        onClose={() => setGate(null)}
        onDone={() => {
          setGate(null);
          onChanged();
        }}
      />
      <LostModal
        opportunity={losing}
        onClose={() => setLosing(null)}
        onDone={() => {
          setLosing(null);
          onChanged();
        }}
      />
    </>
  );
}
