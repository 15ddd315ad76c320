import type { AuditVerification } from './audit.js';

export interface VerifyReport {
  /** 0: intact; 2: broken, cut or rewritten (or anchors forged). */
  exitCode: 0 | 2;
  lines: { level: 'info' | 'warn' | 'error'; text: string }[];
}

/** What `npm run audit:verify` prints for a verification, in Chinese and English. Pure. */
export function auditVerifyReport(result: AuditVerification, context: { keyFound: boolean; keyHint: string; anchorDir: string }): VerifyReport {
  const lines: VerifyReport['lines'] = [];
  let exitCode: 0 | 2 = 0;
  if (!result.ok) {
    lines.push({
      level: 'error',
      text: `审计链断裂 / audit chain BROKEN at entry #${result.firstBroken.seq} (${result.firstBroken.reason}); ${result.checked} entries verified before it`,
    });
    exitCode = 2;
  } else if (result.anchorCheck && !result.anchorCheck.ok) {
    const c = result.anchorCheck;
    const at = result.anchor?.at ?? '?';
    lines.push({
      level: 'error',
      text:
        c.reason === 'missing_tail'
          ? `审计链末尾缺失 / audit chain TAIL MISSING: the anchor of ${at} signed entry #${c.anchoredSeq}, the log ends at #${c.headSeq}`
          : `审计链被改写 / audit chain REWRITTEN: entry #${c.seq} no longer has the hash signed in the anchor of ${at} (${c.anchoredHash} → ${c.storedHash ?? 'missing'})`,
    });
    exitCode = 2;
  } else {
    lines.push({ level: 'info', text: `审计链完整 / audit chain intact: ${result.checked} entries, last hash ${result.lastHash}` });
    if (result.anchor) lines.push({ level: 'info', text: `与签名锚点一致 / matches the signed anchor of ${result.anchor.at} (entry #${result.anchor.seq})` });
    else if (context.keyFound) lines.push({ level: 'warn', text: `尚无签名锚点 / no signed anchor yet in ${context.anchorDir}` });
    else lines.push({ level: 'warn', text: `未找到锚点密钥 / no anchor key (${context.keyHint}): anchors not checked` });
  }
  if (result.invalidAnchors > 0) {
    lines.push({
      level: 'error',
      text: `发现 ${result.invalidAnchors} 个签名无效的锚点 / ${result.invalidAnchors} anchor(s) with an invalid signature in ${context.anchorDir}`,
    });
    exitCode = 2;
  }
  return { exitCode, lines };
}
