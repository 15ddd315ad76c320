/**
 * 语音跟进: a rep records the follow-up on the phone; the recording is uploaded as evidence
 * (`recording`), a speech-to-text engine (ASR_PROVIDER: an HTTP service or whisper.cpp on the
 * server) turns it into the follow-up's text, and the value tag and customer concerns are
 * suggested from the playbook's keywords for the rep to confirm. docs/voice.md has the details.
 */
import type { CapabilityModule } from '../core/module.js';
import { transcriptionRetryRule } from './retry.rules.js';
import { keepVoiceTags } from './subscribers.js';
import { transcriptionRoutes } from './transcriptions.routes.js';

export const voiceModule: CapabilityModule = {
  name: 'voice',
  summary: 'Voice follow-ups: transcription of recordings (HTTP or local whisper.cpp) and suggested value tags and concerns',
  routes: transcriptionRoutes,
  timeRules: (ctx) => [transcriptionRetryRule(ctx)],
  subscribers: [keepVoiceTags],
  playbookSections: ['voice'],
  permissions: ['records:write'],
};

export { suggestTags, type Suggestions, type TagMatch } from './suggest.js';
