import { Collapse, Descriptions } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { formatTime } from '../../format';
import type { Opportunity } from '../../api/types';

/** Required fields are recorded per stage; earlier answers are listed here and offered prefilled in the current stage. */
export function PreviousStageFields({ opportunity }: { opportunity: Opportunity }) {
  const { t, label } = useI18n();
  const playbook = usePlaybook();
  const byStage = opportunity.stageFields ?? {};
  const stages = playbook.stages.filter((s) => byStage[s.key] && Object.keys(byStage[s.key]).length > 0);
  if (stages.length === 0) return null;
  const render = (key: string, value: unknown) => {
    const def = playbook.fieldDef(key);
    return def?.type === 'datetime' ? formatTime(String(value)) : String(value);
  };
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'previous',
          label: t('opps.previousStages'),
          children: stages.map((stage) => (
            <Descriptions
              key={stage.key}
              size="small"
              column={1}
              title={playbook.stageLabel(stage.key)}
              style={{ marginBottom: 12 }}
              items={Object.entries(byStage[stage.key]).map(([key, value]) => ({
                key,
                label: playbook.fieldDef(key) ? label(playbook.fieldDef(key)) : key,
                children: render(key, value),
              }))}
            />
          )),
        },
      ]}
    />
  );
}
