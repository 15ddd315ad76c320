/** Shapes of the 防伪跟进 API (see docs/authenticity.md). */

export type FlagKind = 'similar' | 'burst';
export type FlagStatus = 'pending' | 'confirmed' | 'dismissed';

export interface FollowupFlag {
  id: string;
  followupId: string;
  kind: FlagKind;
  /** similar: 'own' | 'teammate'; burst: 'odd_hours' | 'rate' */
  reason: string;
  /** Localised by the server (Accept-Language). */
  label: string;
  explanation: string;
  details: Record<string, unknown>;
  matchedFollowupId: string | null;
  matchedAuthorId: string | null;
  matchedAuthorName: string | null;
  matchedTarget: { type: string; id: string } | null;
  similarity: number | null;
  status: FlagStatus;
  reviewedBy: string | null;
  reviewerName: string | null;
  reviewComment: string | null;
  reviewedAt: string | null;
  createdAt: string;
}

export interface FlagListItem extends FollowupFlag {
  followup: {
    id: string;
    content: string;
    channel: string;
    valueTag: string;
    targetType: string;
    targetId: string;
    customerId: string | null;
    createdAt: string;
    authorId: string;
    authorName: string | null;
    teamId: string | null;
    teamName: string | null;
  };
  matched: { id: string; content: string; authorName: string | null; createdAt: string } | null;
  canReview: boolean;
}

export interface FlagList {
  items: FlagListItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<FlagStatus, number>;
}

export interface SpotCheckAttachment {
  id: string;
  name: string;
  kind: string;
  mime: string;
  size: number;
}

export interface SpotCheckItem {
  id: string;
  week: string;
  position: number;
  verdict: 'valid' | 'invalid' | null;
  comment: string | null;
  judgedAt: string | null;
  createdAt: string;
  followup: {
    id: string;
    targetType: string;
    targetId: string;
    channel: string;
    valueTag: string;
    content: string;
    stage: string | null;
    authorId: string;
    authorName: string | null;
    createdAt: string;
    attachments: SpotCheckAttachment[];
    flags: FollowupFlag[];
  };
  record: {
    customerId: string | null;
    customerName: string | null;
    leadId: string | null;
    leadName: string | null;
    opportunityId: string | null;
    opportunityName: string | null;
    opportunityStage: string | null;
  };
  evidence: {
    stageChanges: {
      opportunityId: string;
      opportunityName: string;
      from: string | null;
      to: string;
      at: string;
      actorName: string | null;
      reason: string | null;
    }[];
    otherFollowups: {
      id: string;
      createdAt: string;
      authorName: string | null;
      channel: string;
      valueTag: string;
      content: string;
      stage: string | null;
      attachments: number;
      flagged: boolean;
    }[];
    chatArchive: 'available' | 'unavailable';
    chatMessages: Record<string, unknown>[];
  };
}

export interface SpotCheckWeek {
  week: string;
  weeks: string[];
  supervisorId: string;
  items: SpotCheckItem[];
}
