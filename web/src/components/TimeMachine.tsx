import { useState } from 'react';
import { App, Button, Flex, InputNumber, Popover, Select, Typography } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { client, errorMessage, unwrap } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { useServerNow, resyncServerClock } from '../hooks/useServerClock';
import { useI18n } from '../state/LocaleContext';
import { refreshAll } from '../state/refresh';
import type { ClockAdvance, TimeRuleStatus } from '../api/types';

const HOUR = 3_600_000;
const UNITS = { minute: 60_000, hour: HOUR, day: 24 * HOUR } as const;
type Unit = keyof typeof UNITS;

/**
 * Admin-only control for servers started with TIME_MACHINE=1: moves the server clock forward,
 * which runs every due time rule at once. Renders nothing when the route does not exist.
 */
export function TimeMachine() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const now = useServerNow();
  const [amount, setAmount] = useState<number | null>(2);
  const [unit, setUnit] = useState<Unit>('hour');
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<ClockAdvance | null>(null);
  const { data: available } = useLoad(async () => {
    try {
      await unwrap(client.GET('/api/v1/admin/clock'));
      return true;
    } catch {
      return false;
    }
  }, []);
  const { data: rules } = useLoad(async () => {
    if (!available) return [] as TimeRuleStatus[];
    return (await unwrap(client.GET('/api/v1/admin/scheduler')).catch(() => ({ rules: [] as TimeRuleStatus[] }))).rules;
  }, [available]);
  if (!available) return null;

  const ruleName = (id: string) => rules?.find((rule) => rule.id === id)?.name ?? id;
  const advance = async (advanceMs: number, which: string) => {
    setBusy(which);
    try {
      const result = await unwrap(client.POST('/api/v1/admin/clock', { body: { advanceMs: Math.round(advanceMs) } }));
      setLast(result);
      const total = Object.values(result.fired ?? {}).reduce((sum, n) => sum + n, 0);
      message.success(t('clock.moved', { time: dayjs(result.now).format('YYYY-MM-DD HH:mm'), n: total }));
      await resyncServerClock();
      refreshAll();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const fired = Object.entries(last?.fired ?? {}).filter(([, n]) => n > 0);
  const content = (
    <div style={{ width: 300 }} data-testid="time-machine-panel">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('clock.hint')}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Button loading={busy === 'hour'} disabled={busy !== null && busy !== 'hour'} onClick={() => void advance(HOUR, 'hour')} data-testid="clock-plus-hour">
          {t('clock.plusHour')}
        </Button>
        <Button loading={busy === 'day'} disabled={busy !== null && busy !== 'day'} onClick={() => void advance(24 * HOUR, 'day')} data-testid="clock-plus-day">
          {t('clock.plusDay')}
        </Button>
      </Flex>
      <Flex gap={8}>
        <InputNumber min={1} max={366} value={amount} onChange={setAmount} style={{ width: 80 }} data-testid="clock-amount" />
        <Select<Unit>
          value={unit}
          onChange={setUnit}
          style={{ width: 90 }}
          options={(Object.keys(UNITS) as Unit[]).map((key) => ({ value: key, label: t(`clock.unit.${key}`) }))}
        />
        <Button
          type="primary"
          loading={busy === 'custom'}
          disabled={!amount || (busy !== null && busy !== 'custom')}
          onClick={() => {
            if (amount) void advance(amount * UNITS[unit], 'custom');
          }}
          data-testid="clock-advance"
        >
          {t('clock.advance')}
        </Button>
      </Flex>
      {last ? (
        <div style={{ marginTop: 12 }} data-testid="clock-fired">
          <Typography.Text strong>{t('clock.fired')}</Typography.Text>
          {fired.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('clock.firedNone')}</Typography.Text>
            </div>
          ) : (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {fired.map(([id, n]) => (
                <li key={id}>
                  {ruleName(id)}: {n}
                </li>
              ))}
            </ul>
          )}
          {last.delivered ? (
            <Typography.Text type="secondary">
              {t('clock.delivered', { sent: last.delivered.sent, retried: last.delivered.retried, dead: last.delivered.dead })}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
    </div>
  );

  return (
    <Popover trigger="click" title={t('clock.title')} content={content} placement="bottomRight">
      <Button icon={<FieldTimeOutlined />} data-testid="time-machine" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {dayjs(now).format('MM-DD HH:mm:ss')}
      </Button>
    </Popover>
  );
}
