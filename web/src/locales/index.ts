// Locales are data: one JSON file per namespace and language, bundled by Vite. Chinese is the
// source language; English must cover every key (checked here by the types and by a unit test).
import zhAdmin from './zh-CN/admin.json';
import zhAnalytics from './zh-CN/analytics.json';
import zhAuthenticity from './zh-CN/authenticity.json';
import zhCollaboration from './zh-CN/collaboration.json';
import zhCommon from './zh-CN/common.json';
import zhLeads from './zh-CN/leads.json';
import zhOpportunities from './zh-CN/opportunities.json';
import zhReports from './zh-CN/reports.json';
import zhSettings from './zh-CN/settings.json';
import zhPlaybookHelp from './zh-CN/playbookHelp.json';
import zhHome from './zh-CN/home.json';
import zhDevices from './zh-CN/devices.json';
import zhField from './zh-CN/field.json';
import zhVoice from './zh-CN/voice.json';
import enAdmin from './en/admin.json';
import enAnalytics from './en/analytics.json';
import enAuthenticity from './en/authenticity.json';
import enCollaboration from './en/collaboration.json';
import enCommon from './en/common.json';
import enLeads from './en/leads.json';
import enOpportunities from './en/opportunities.json';
import enReports from './en/reports.json';
import enSettings from './en/settings.json';
import enPlaybookHelp from './en/playbookHelp.json';
import enHome from './en/home.json';
import enDevices from './en/devices.json';
import enField from './en/field.json';
import enVoice from './en/voice.json';

export const zhCN = {
  common: zhCommon,
  leads: zhLeads,
  opportunities: zhOpportunities,
  reports: zhReports,
  collaboration: zhCollaboration,
  analytics: zhAnalytics,
  authenticity: zhAuthenticity,
  admin: zhAdmin,
  settings: zhSettings,
  playbookHelp: zhPlaybookHelp,
  home: zhHome,
  devices: zhDevices,
  field: zhField,
  voice: zhVoice,
};

export type Namespaces = typeof zhCN;
export type Namespace = keyof Namespaces;

export const en = {
  common: enCommon,
  leads: enLeads,
  opportunities: enOpportunities,
  reports: enReports,
  collaboration: enCollaboration,
  analytics: enAnalytics,
  authenticity: enAuthenticity,
  admin: enAdmin,
  settings: enSettings,
  playbookHelp: enPlaybookHelp,
  home: enHome,
  devices: enDevices,
  field: enField,
  voice: enVoice,
} satisfies { [N in Namespace]: Record<keyof Namespaces[N], string> };

export const resources = { 'zh-CN': zhCN, en };

/**
 * Namespaces looked up without a prefix by `useI18n()`: common first, then these. Analytics and
 * authenticity are asked for by name (`useI18n('analytics')`).
 */
export const FALLBACK_NAMESPACES = ['leads', 'opportunities', 'reports', 'collaboration', 'admin', 'settings'] as const satisfies readonly Namespace[];
