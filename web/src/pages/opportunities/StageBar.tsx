import { Steps } from 'antd';
import { usePlaybook } from '../../state/usePlaybook';
import type { Opportunity } from '../../api/types';

/** Open stages then the won stage; a lost opportunity shows the stage it was lost from in red. */
export function StageBar({ opportunity }: { opportunity: Opportunity }) {
  const playbook = usePlaybook();
  const path = playbook.stages.filter((s) => s.kind !== 'lost');
  const lost = opportunity.status === 'lost';
  let current = path.findIndex((s) => s.key === opportunity.stage);
  if (current < 0 && opportunity.status === 'won') current = path.findIndex((s) => s.kind === 'won');
  if (current < 0) current = 0;

  return (
    <div data-testid="stage-bar" data-stage={opportunity.stage} data-status={opportunity.status}>
      <Steps
        size="small"
        current={current}
        status={lost ? 'error' : opportunity.status === 'won' ? 'finish' : 'process'}
        responsive
        items={path.map((stage, index) => ({
          key: stage.key,
          title: <span data-testid={index === current ? 'stage-current' : undefined}>{playbook.stageLabel(stage.key)}</span>,
        }))}
      />
    </div>
  );
}
