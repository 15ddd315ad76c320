import type { AppContext } from '../core/context.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { retryDue } from './transcription.service.js';

/** Failed transcriptions are tried again when their backoff has passed; cut-off ones after 10 minutes. */
export function transcriptionRetryRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'transcription-retry',
    name: '语音转写失败重试',
    run: (now) => retryDue(ctx, now),
  };
}
