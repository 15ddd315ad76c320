import { useMemo } from 'react';
import { useI18n } from './state/LocaleContext';
import type { Locale } from './types';

// Texts of the 防伪跟进 pages. Chinese is the source language; English covers the same keys.
const zh = {
  'menu.authenticity': '防伪跟进',
  'menu.flags': '疑似异常跟进',
  'menu.spotCheck': '每周抽检',

  'flag.similar': '疑似雷同',
  'flag.odd_hours': '异常时段',
  'flag.rate': '批量录入',
  'flag.status.pending': '待复核',
  'flag.status.confirmed': '已确认异常',
  'flag.status.dismissed': '已排除',
  'flag.matched': '查看相似记录',
  'flag.reviewedBy': '{name} 复核：{comment}',

  'flags.title': '疑似异常跟进',
  'flags.sub': '系统自动标黄的跟进记录：内容雷同、异常时段或短时间批量录入。标记只提示、不删除，由主管复核。',
  'flags.status': '复核状态',
  'flags.kind': '标记类型',
  'flags.kind.similar': '疑似雷同',
  'flags.kind.burst': '异常时段 / 批量录入',
  'flags.team': '团队',
  'flags.time': '录入时间',
  'flags.author': '销售',
  'flags.mark': '标记',
  'flags.content': '跟进内容',
  'flags.matchedContent': '相似的记录',
  'flags.review': '复核',
  'flags.confirm': '确认异常',
  'flags.dismiss': '排除（真实跟进）',
  'flags.comment': '复核意见',
  'flags.commentRequired': '排除标记时请说明理由',
  'flags.reviewed': '已保存复核结果',
  'flags.empty': '没有符合条件的标记',
  'flags.counts': '待复核 {pending} · 已确认 {confirmed} · 已排除 {dismissed}',
  'flags.openRecord': '打开记录',

  'spot.title': '每周随机抽检',
  'spot.sub': '系统每周从团队上周的跟进记录中随机抽取 {size} 条，请对照客户的其他证据判断是否为有效动作。',
  'spot.week': '抽检周',
  'spot.empty': '本周没有抽检样本',
  'spot.sample': '样本 {n}',
  'spot.evidence': '客户的其他证据',
  'spot.stageChanges': '阶段变化',
  'spot.noStageChanges': '没有阶段变化记录',
  'spot.otherFollowups': '该客户的其他跟进',
  'spot.noOtherFollowups': '没有其他跟进记录',
  'spot.chat': '企业微信会话',
  'spot.chatUnavailable': '会话存档尚未接入',
  'spot.chatEmpty': '没有会话记录',
  'spot.attachments': '附件',
  'spot.flagged': '有标记',
  'spot.verdict': '判定',
  'spot.valid': '有效动作',
  'spot.invalid': '无效 / 虚假',
  'spot.comment': '说明',
  'spot.save': '保存判定',
  'spot.saved': '已保存判定',
  'spot.judgedAt': '判定于 {time}',
  'spot.pending': '待判定',
  'spot.progress': '已判定 {done} / {total}',
  'spot.record': '记录',
  'spot.stage': '录入时阶段',
} as const;

export type AuthenticityKey = keyof typeof zh;

const en: Record<AuthenticityKey, string> = {
  'menu.authenticity': 'Authenticity',
  'menu.flags': 'Flagged follow-ups',
  'menu.spotCheck': 'Weekly spot check',

  'flag.similar': 'Possible duplicate',
  'flag.odd_hours': 'Odd hours',
  'flag.rate': 'Bulk entry',
  'flag.status.pending': 'To review',
  'flag.status.confirmed': 'Confirmed',
  'flag.status.dismissed': 'Dismissed',
  'flag.matched': 'Similar record',
  'flag.reviewedBy': 'Reviewed by {name}: {comment}',

  'flags.title': 'Flagged follow-ups',
  'flags.sub':
    'Follow-ups marked yellow: near-duplicate text, odd hours or many entries in a short time. Marks only warn and never delete; supervisors review them.',
  'flags.status': 'Review status',
  'flags.kind': 'Kind',
  'flags.kind.similar': 'Possible duplicate',
  'flags.kind.burst': 'Odd hours / bulk entry',
  'flags.team': 'Team',
  'flags.time': 'Written at',
  'flags.author': 'Rep',
  'flags.mark': 'Mark',
  'flags.content': 'Follow-up',
  'flags.matchedContent': 'Similar record',
  'flags.review': 'Review',
  'flags.confirm': 'Confirm',
  'flags.dismiss': 'Dismiss (genuine)',
  'flags.comment': 'Comment',
  'flags.commentRequired': 'Say why the entry is genuine',
  'flags.reviewed': 'Review saved',
  'flags.empty': 'No flags match',
  'flags.counts': 'To review {pending} · confirmed {confirmed} · dismissed {dismissed}',
  'flags.openRecord': 'Open record',

  'spot.title': 'Weekly spot check',
  'spot.sub': 'Every week {size} random follow-ups of your team from the previous week; judge each against the customer’s other evidence.',
  'spot.week': 'Week',
  'spot.empty': 'No sample for this week',
  'spot.sample': 'Sample {n}',
  'spot.evidence': 'The customer’s other evidence',
  'spot.stageChanges': 'Stage movements',
  'spot.noStageChanges': 'No stage movements',
  'spot.otherFollowups': 'Other follow-ups of the customer',
  'spot.noOtherFollowups': 'No other follow-ups',
  'spot.chat': 'WeCom chats',
  'spot.chatUnavailable': 'The chat archive is not connected yet',
  'spot.chatEmpty': 'No chat messages',
  'spot.attachments': 'Attachments',
  'spot.flagged': 'flagged',
  'spot.verdict': 'Verdict',
  'spot.valid': 'Valid action',
  'spot.invalid': 'Invalid / fake',
  'spot.comment': 'Comment',
  'spot.save': 'Save verdict',
  'spot.saved': 'Verdict saved',
  'spot.judgedAt': 'Judged {time}',
  'spot.pending': 'Not judged',
  'spot.progress': '{done} of {total} judged',
  'spot.record': 'Record',
  'spot.stage': 'Stage when written',
};

const dictionaries: Record<Locale, Record<AuthenticityKey, string>> = { 'zh-CN': zh, en };

export function translateAuthenticity(locale: Locale, key: AuthenticityKey, vars?: Record<string, string | number>): string {
  const template = dictionaries[locale]?.[key] ?? zh[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** `t` for the authenticity texts, following the app's language switch. */
export function useAuthenticityI18n() {
  const { locale } = useI18n();
  return useMemo(() => ({ locale, t: (key: AuthenticityKey, vars?: Record<string, string | number>) => translateAuthenticity(locale, key, vars) }), [locale]);
}
