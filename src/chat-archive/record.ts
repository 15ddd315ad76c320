/**
 * One record of WeCom's 会话存档 SDK, as the product receives it (decrypted JSON, one per message),
 * read into what the archive stores. Pure: no I/O. Every text that leaves this file is masked
 * (`masking.ts`); errors name fields, never their values.
 */
import { coarsenAddress, maskText } from './masking.js';

/** The longest text stored for one message (characters). */
export const MAX_TEXT = 4000;

export type ParsedRecord =
  | {
      kind: 'message';
      msgid: string;
      msgtime: Date;
      msgtype: string;
      from: string;
      tolist: string[];
      roomid: string | null;
      text: string;
      sdkfileids: string[];
    }
  | { kind: 'recall'; msgid: string; msgtime: Date; preMsgid: string }
  | { kind: 'consent'; msgid: string; msgtime: Date; consent: 'agree' | 'disagree'; externalUserId: string }
  | { kind: 'switch'; msgid: string }
  | { kind: 'rejected'; msgid: string; error: RejectReason };

/** Why a record is refused: a stable reason and the field it concerns (never its value). */
export interface RejectReason {
  reason: 'not_an_object' | 'missing_field' | 'invalid_field' | 'unknown_action';
  field: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);
const ID = /^[\w@.:+=/-]{1,200}$/;

/** The first line of the media placeholders, by message type. */
const PLACEHOLDER: Record<string, string> = {
  image: '[图片]',
  voice: '[语音]',
  video: '[视频]',
  emotion: '[表情]',
  file: '[文件]',
  link: '[链接]',
  location: '[位置]',
  card: '[名片]',
  chatrecord: '[聊天记录]',
  weapp: '[小程序]',
  news: '[图文]',
  calendar: '[日程]',
  meeting: '[会议]',
  todo: '[待办]',
  vote: '[投票]',
  collect: '[填表]',
  redpacket: '[红包]',
  external_redpacket: '[红包]',
  docmsg: '[在线文档]',
  meeting_voice_call: '[音频存档]',
  voip_doc_share: '[音频共享文档]',
  sphfeed: '[视频号]',
  qydiskfile: '[微盘文件]',
};

/** Keys that carry ids, hashes and sizes, not text a person wrote. */
const NOT_TEXT = new Set([
  'sdkfileid',
  'md5sum',
  'filesize',
  'fileext',
  'imagesize',
  'voice_size',
  'play_length',
  'width',
  'height',
  'type',
  'msgtime',
  'zoom',
]);

/** The host of a URL (the rest of a link may carry tokens and personal data). */
function hostOf(url: unknown): string {
  const s = str(url);
  if (!s) return '';
  try {
    return new URL(s).host;
  } catch {
    return '';
  }
}

/** Every string a person wrote inside a (sub-)object, depth-first, ids and hashes left out. */
function stringsIn(value: unknown, depth = 0): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => stringsIn(v, depth + 1));
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (NOT_TEXT.has(k) || /url$|userid$|^username$|id$/i.test(k)) return [];
    return stringsIn(v, depth + 1);
  });
}

/** The sdkfileids named anywhere inside a (sub-)object, including JSON-encoded item contents. */
function fileIdsIn(value: unknown, depth = 0): string[] {
  if (depth > 6) return [];
  if (typeof value === 'string') {
    if (value.startsWith('{') && value.includes('sdkfileid')) {
      try {
        return fileIdsIn(JSON.parse(value), depth + 1);
      } catch {
        return [];
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => fileIdsIn(v, depth + 1));
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'sdkfileid' && typeof v === 'string' && v ? [v] : fileIdsIn(v, depth + 1)));
}

/** The text of one item of a chatrecord or mixed message: its content is JSON of the item's own shape. */
function itemText(item: unknown): string {
  if (!isObj(item)) return '';
  const type = (str(item.type) ?? '').replace(/^ChatRecord/i, '').toLowerCase();
  let content: unknown = item.content;
  if (typeof content === 'string' && content.trim().startsWith('{')) {
    try {
      content = JSON.parse(content);
    } catch {
      /* keep the string */
    }
  }
  if (type === 'location' && isObj(content)) return `[位置] ${coarsenAddress(str(content.address))}`.trim();
  if (type === 'link' && isObj(content))
    return [PLACEHOLDER.link, str(content.title), str(content.description), hostOf(content.link_url)].filter(Boolean).join(' ');
  const words = stringsIn(content).join(' ');
  const placeholder = PLACEHOLDER[type];
  return placeholder ? `${placeholder} ${words}`.trim() : words;
}

/** The readable text of a message: its content, or a placeholder for media with what a person wrote (name, title). */
export function renderText(msgtype: string, body: unknown): string {
  const b = isObj(body) ? body : {};
  switch (msgtype) {
    case 'text':
    case 'markdown':
      return str(b.content) ?? '';
    case 'image':
    case 'voice':
    case 'video':
    case 'emotion':
      return PLACEHOLDER[msgtype];
    case 'file':
      return [PLACEHOLDER.file, str(b.filename)].filter(Boolean).join(' ');
    case 'link':
      return [PLACEHOLDER.link, str(b.title), str(b.description), hostOf(b.link_url)].filter(Boolean).join(' ');
    case 'location':
      return [PLACEHOLDER.location, coarsenAddress(str(b.address))].filter(Boolean).join(' ');
    case 'card':
      return [PLACEHOLDER.card, str(b.corpname)].filter(Boolean).join(' ');
    case 'chatrecord':
      return [PLACEHOLDER.chatrecord, str(b.title), ...(Array.isArray(b.item) ? b.item.map(itemText) : [])].filter(Boolean).join('\n');
    case 'mixed':
      return (Array.isArray(b.item) ? b.item.map(itemText) : []).filter(Boolean).join('\n');
    case 'news': {
      const items = Array.isArray(b.item) ? b.item.filter(isObj) : [];
      return [PLACEHOLDER.news, ...items.flatMap((i) => [str(i.title), str(i.description)])].filter(Boolean).join(' ');
    }
    default: {
      // A type this version does not know: its type and whatever a person wrote in it.
      const placeholder = PLACEHOLDER[msgtype] ?? `[${msgtype}]`;
      return [placeholder, ...stringsIn(b)].join(' ');
    }
  }
}

/** Masks and bounds a message's text. */
export function storedText(msgtype: string, body: unknown): string {
  const masked = maskText(renderText(msgtype, body));
  return masked.length > MAX_TEXT ? masked.slice(0, MAX_TEXT) : masked;
}

/** WeCom names the sub-object after the type, except markdown / news (`info`) and external red packets. */
function bodyOf(record: Obj, msgtype: string): unknown {
  if (record[msgtype] !== undefined) return record[msgtype];
  if (msgtype === 'markdown' || msgtype === 'news') return record.info;
  if (msgtype === 'external_redpacket') return record.redpacket;
  return undefined;
}

function timeOf(value: unknown): Date | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{10,13}$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  // Epoch milliseconds; a 10-digit value is seconds.
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() > 2200 ? null : d;
}

/** Reads one record; never throws. */
export function parseRecord(input: unknown): ParsedRecord {
  if (!isObj(input)) return { kind: 'rejected', msgid: '', error: { reason: 'not_an_object', field: 'record' } };
  const msgid = str(input.msgid);
  if (!msgid) return { kind: 'rejected', msgid: '', error: { reason: 'missing_field', field: 'msgid' } };
  if (!ID.test(msgid)) return { kind: 'rejected', msgid: '', error: { reason: 'invalid_field', field: 'msgid' } };
  const reject = (reason: RejectReason['reason'], field: string): ParsedRecord => ({ kind: 'rejected', msgid, error: { reason, field } });
  const action = str(input.action) ?? 'send';
  if (action === 'switch') return { kind: 'switch', msgid };
  if (action !== 'send' && action !== 'recall') return reject('unknown_action', 'action');
  if (input.msgtime === undefined) return reject('missing_field', 'msgtime');
  const msgtime = timeOf(input.msgtime);
  if (!msgtime) return reject('invalid_field', 'msgtime');
  const msgtype = str(input.msgtype);
  if (!msgtype) return reject('missing_field', 'msgtype');
  if (!/^[a-z][a-z0-9_]{0,39}$/i.test(msgtype)) return reject('invalid_field', 'msgtype');

  if (action === 'recall' || msgtype === 'revoke') {
    const revoke = input.revoke;
    const pre = isObj(revoke) ? str(revoke.pre_msgid) : null;
    if (!pre) return reject('missing_field', 'revoke.pre_msgid');
    if (!ID.test(pre)) return reject('invalid_field', 'revoke.pre_msgid');
    return { kind: 'recall', msgid, msgtime, preMsgid: pre };
  }

  const from = str(input.from);
  if (!from) return reject('missing_field', 'from');
  if (!ID.test(from)) return reject('invalid_field', 'from');

  if (msgtype === 'agree' || msgtype === 'disagree') {
    const body = input[msgtype];
    const userid = (isObj(body) ? str(body.userid) : null) ?? from;
    if (!ID.test(userid)) return reject('invalid_field', `${msgtype}.userid`);
    const at = (isObj(body) ? timeOf(body[`${msgtype}_time`]) : null) ?? msgtime;
    return { kind: 'consent', msgid, msgtime: at, consent: msgtype, externalUserId: userid };
  }

  const tolistRaw = input.tolist ?? [];
  if (!Array.isArray(tolistRaw)) return reject('invalid_field', 'tolist');
  const tolist = tolistRaw.map(str).filter((v): v is string => v !== null && ID.test(v));
  if (tolist.length !== tolistRaw.length) return reject('invalid_field', 'tolist');
  const roomRaw = input.roomid;
  if (roomRaw !== undefined && roomRaw !== null && typeof roomRaw !== 'string') return reject('invalid_field', 'roomid');
  const roomid = roomRaw ? roomRaw : null;
  if (roomid && !ID.test(roomid)) return reject('invalid_field', 'roomid');
  const body = bodyOf(input, msgtype);
  if (msgtype === 'text' && !(isObj(body) && typeof body.content === 'string')) return reject('missing_field', 'text.content');
  return {
    kind: 'message',
    msgid,
    msgtime,
    msgtype,
    from,
    tolist,
    roomid,
    text: storedText(msgtype, body),
    sdkfileids: [...new Set(fileIdsIn(body))].filter((id) => id.length <= 2000),
  };
}
