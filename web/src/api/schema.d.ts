/**
 * Generated from the OpenAPI document the server serves (GET /api/v1/openapi.json) by
 * `npm run api:types` (openapi-typescript). Do not edit: change the server's zod schemas and run
 * the command again; a test fails while this file differs from what the server generates.
 */

export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database check (public) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: the database answers, its schema is migrated and the node is not shutting down (public)
     * @description For load balancers and orchestrators: 200 when this node should get traffic, 503 `NOT_READY` (with `details.reason`: `database_unavailable`, `migrations_pending`, `shutting_down`) when it should not. `GET /health` stays the liveness probe.
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username and password */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their team and data scope */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change own language, display name or password */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens (never their secrets) */
    get: operations['listTokens'];
    put?: never;
    /** Create an API token acting as a user (default: the caller); the secret is shown once */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The active playbook (stages in order, fields, rules, value tags, thresholds) */
    get: operations['getPlaybook'];
    /** Publish a new playbook version (validated; the old versions stay) */
    put: operations['publishPlaybook'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a playbook document without publishing it */
    post: operations['validatePlaybook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published versions, newest first */
    get: operations['listPlaybookVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The playbook’s JSON Schema and its sections, for a designer that renders a form for any section */
    get: operations['getPlaybookSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Playbooks to start from: B2B manufacturing (the article), store sales, SaaS subscriptions, medical devices */
    get: operations['listPlaybookTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The draft being edited, or the active version to start one from */
    get: operations['getPlaybookDraft'];
    /** Save the draft (validated as a publish is; nothing changes for anyone until it is published) */
    put: operations['savePlaybookDraft'];
    post?: never;
    /** Discard the draft */
    delete: operations['discardPlaybookDraft'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/draft/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Impact preview: what publishing the draft would change on the current data (changes nothing) */
    post: operations['previewPlaybookDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/draft/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the draft as a new version, with a note (audited) */
    post: operations['publishPlaybookDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published version */
    get: operations['getPlaybookVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Two versions side by side, and the settings that differ */
    get: operations['comparePlaybookVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/versions/{version}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish an earlier version again, as a new version (audited) */
    post: operations['rollbackPlaybook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/rules/{rule}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What one rule decided in the last 30 days (refusals, flags…), from the audit log */
    get: operations['listPlaybookRuleDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/playbook/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the active playbook as a JSON file */
    get: operations['exportPlaybook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Working days of a year: official Chinese calendar, fallback and overrides */
    get: operations['getCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Warnings about missing official calendar data in the coming weeks */
    get: operations['getCalendarStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/overrides/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a day as a company day off or an extra working day */
    put: operations['setCalendarOverride'];
    post?: never;
    /** Remove an override */
    delete: operations['removeCalendarOverride'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s inbox, newest first */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread badge */
    get: operations['getUnreadNotificationCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one notification read */
    post: operations['markNotificationRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark every notification read */
    post: operations['markAllNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery log of Feishu/WeCom/e-mail messages (operators) */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outbox/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every delivery attempt of one message (empty for an unknown message) */
    get: operations['listOutboxAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a dead message again */
    post: operations['retryOutboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{kind}/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The template of a kind: headers, an example row, and a sheet explaining each column */
    get: operations['importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{kind}/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Uploads a sheet (multipart: file): a job in state uploaded with the headers and a suggested mapping
     * @description The mapping is the one the caller used last time for this kind where those columns exist, else matched by header name.
     */
    post: operations['uploadImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s import jobs, newest first (at most 50) */
    get: operations['listImports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the caller’s import jobs: state and progress (poll it while it runs) */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sets the column mapping and the mode of an uploaded job (remembered for the caller’s next import of the kind) */
    put: operations['setImportMapping'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The first rows as they would be imported, each with all its problems (duplicates inside the file and of stored records included) */
    get: operations['previewImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queues the job; a worker on any node runs it and records its progress */
    post: operations['startImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/errors.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rows not imported, as they were in the sheet, with the reasons */
    get: operations['importErrors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/scheduler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declared time rules and their last runs on this node */
    get: operations['getSchedulerStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time machine: the app clock (TIME_MACHINE=1 only) */
    get: operations['getClock'];
    put?: never;
    /** Time machine: move the app clock forward and run every due time rule (TIME_MACHINE=1 only) */
    post: operations['advanceClock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All teams */
    get: operations['listTeams'];
    put?: never;
    /** Create a team */
    post: operations['createTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a team */
    patch: operations['updateTeam'];
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users (for owner pickers and administration) */
    get: operations['listUsers'];
    put?: never;
    /** Create a user */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user (deactivating or a new password ends their sessions) */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a sign-in lock-out after too many failed attempts */
    post: operations['unlockUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A team’s notification channels (secrets masked) */
    get: operations['getTeamChannels'];
    /** Set a team’s Feishu / WeCom / e-mail channels; null removes one, an omitted key keeps it */
    put: operations['setTeamChannels'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/channels/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a test message to every configured channel */
    post: operations['testTeamChannels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this install is still empty (the setup wizard is offered to an administrator) */
    get: operations['getSetupStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup/org-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The teams-and-users sheet to fill in (团队/区域/用户名/姓名/角色) */
    get: operations['downloadOrgTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup/org-import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create teams and users from the sheet; each user gets a generated first password, shown once */
    post: operations['importOrg'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload an attachment (multipart: file, kind) */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file */
    get: operations['downloadFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file’s metadata */
    get: operations['getFileMeta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leads in the caller’s scope */
    get: operations['listLeads'];
    put?: never;
    /** Create a lead (arrival time is the server’s) */
    post: operations['createLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Leads as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only) */
    get: operations['exportLeads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/bulk-assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign several leads to one rep (or back to the pool) in one transaction; per lead: done or refused with the reason */
    post: operations['bulkAssignLeads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/bulk-claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take several leads from the pool in one transaction; per lead: done or refused (already taken, out of reach) */
    post: operations['bulkClaimLeads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One lead */
    get: operations['getLead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a lead */
    patch: operations['updateLead'];
    trace?: never;
  };
  '/api/v1/leads/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take an unassigned lead from the pool (the first claimant wins) */
    post: operations['claimLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a lead to a rep, or back to the pool with null */
    post: operations['assignLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/convert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn a qualified lead into a customer (and optionally an opportunity) */
    post: operations['convertLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import leads from .xlsx or .csv (multipart: file); each row is checked like a new lead */
    post: operations['importLeads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers in the caller’s scope */
    get: operations['listCustomers'];
    put?: never;
    /** Create a customer */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only) */
    get: operations['exportCustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One customer */
    get: operations['getCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a customer (grade, owner, contact data) */
    patch: operations['updateCustomer'];
    trace?: never;
  };
  '/api/v1/customers/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts of a customer in the caller’s scope (delivery reads them too; mobiles masked outside sales) */
    get: operations['listContacts'];
    put?: never;
    /** Add a contact person to a customer */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/contacts.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts of a customer as an Excel workbook (same filters and masking as the list) */
    get: operations['exportContacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact person (follow-ups no longer name them) */
    delete: operations['deleteContact'];
    options?: never;
    head?: never;
    /** Change a contact person */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The price list (everyone signed in reads it) */
    get: operations['listProducts'];
    put?: never;
    /** Add a product to the price list (product and admin roles) */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The price list as an Excel workbook (same filters; the file imports back) */
    get: operations['exportProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One product */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a product (a price change applies to new quotes only; deactivate instead of deleting) */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/api/v1/products/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import products from .xlsx or .csv (multipart: file); each row is checked like a new product */
    post: operations['importProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Opportunities in the caller’s scope */
    get: operations['listOpportunities'];
    put?: never;
    /** Create an opportunity at the first stage */
    post: operations['createOpportunity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Opportunities as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only) */
    get: operations['exportOpportunities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One opportunity with its stage history and what the next stage still needs */
    get: operations['getOpportunity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change name/amount or save the current stage’s fields */
    patch: operations['updateOpportunity'];
    trace?: never;
  };
  '/api/v1/opportunities/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move to the next stage (or to lost with a reason); 422 STAGE_GATE lists every unmet requirement
     * @description The single path for every stage change. A move is allowed one stage forward, or from an open stage to lost with a reason. A refused gate answers 422 `STAGE_GATE` with `error.details = {from, to, missing: MissingRequirement[]}` listing every unmet requirement at once.
     */
    post: operations['moveOpportunityStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/gate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a move to `to` (default: the next stage) still needs, without moving */
    get: operations['checkOpportunityGate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forecast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The weighted pipeline (amount × win probability) by close month, team and product line, in the caller’s scope */
    get: operations['getForecast'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forecast.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The weighted pipeline as an Excel workbook (same filters and scope) */
    get: operations['exportForecast'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quotes of the opportunities in the caller’s scope */
    get: operations['listQuotes'];
    put?: never;
    /** Create a quote for an opportunity (number BJ-<year>-<6 digits>, version 1, draft) */
    post: operations['createQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quotes as an Excel workbook (same filters and scope as the list) */
    get: operations['exportQuotes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One quote with its current version */
    get: operations['getQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a quote: writes the next version, back to draft (earlier versions stay readable) */
    patch: operations['updateQuote'];
    trace?: never;
  };
  '/api/v1/quotes/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a quote, newest first */
    get: operations['listQuoteVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of a quote */
    get: operations['getQuoteVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The quote as a PDF (company header, items, totals with tax, 大写金额) */
    get: operations['getQuotePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft (or rejected) quote: to the supervisor when a discount is above the threshold, else approved */
    post: operations['submitQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a quote pending approval (supervisors and above, in their scope) */
    post: operations['approveQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a quote pending approval, with a reason */
    post: operations['rejectQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quotes/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a quote: its PDF is stored as a proposal file of the opportunity (定制化方案) */
    post: operations['sendQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Devices of the customers in the caller’s scope (设备台账) */
    get: operations['listDevices'];
    put?: never;
    /** Add a device at a customer in the caller’s scope (records:write; API tokens with write scope too) */
    post: operations['createDevice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The devices as an Excel workbook (same filters; the file imports back) */
    get: operations['exportDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A4 sheets of QR labels (3 × 8 labels of 70 × 36 mm) for the devices; each QR holds PUBLIC_URL/d/<token> */
    get: operations['getDeviceLabelsPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/by-token/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a scanned QR label opens: the device, customer, contacts, maintenance, last faults explained, compatible consumables with price and stock (audited as device.scanned) */
    get: operations['scanDevice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/devices/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public card of a scanned device, when the org enabled it (playbook devices.publicView); otherwise 404 */
    get: operations['getPublicDevice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One device */
    get: operations['getDevice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a device (records:write, within the caller’s scope) */
    patch: operations['updateDevice'];
    trace?: never;
  };
  '/api/v1/devices/{id}/label-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the device’s label: a new token; the old label’s URL answers 404 from now on (managers and the administrator) */
    post: operations['replaceDeviceLabelToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/{id}/maintenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The device’s maintenance records, newest first */
    get: operations['listDeviceMaintenance'];
    put?: never;
    /** Record a maintenance (time: the server’s; parts from the price list; photos uploaded by the caller); audited */
    post: operations['createDeviceMaintenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/{id}/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A service quote for the device (parts, consumables, labour); joins the customer owner’s newest open opportunity of the customer or opens one, in one transaction */
    post: operations['createDeviceQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/devices/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import devices from .xlsx or .csv (multipart: file); each row is checked like a new device */
    post: operations['importDevices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fault-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fault-code dictionary (everyone signed in reads it) */
    get: operations['listFaultCodes'];
    put?: never;
    /** Add a fault code of a model (product and admin roles; API tokens of such users) */
    post: operations['createFaultCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fault-codes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a fault code (product and admin roles) */
    delete: operations['deleteFaultCode'];
    options?: never;
    head?: never;
    /** Change a fault code (product and admin roles) */
    patch: operations['updateFaultCode'];
    trace?: never;
  };
  '/api/v1/fault-codes/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import fault codes from .xlsx or .csv (multipart: file) */
    post: operations['importFaultCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups of a record (newest first); a customer’s include those on its opportunities, and a customer’s and an opportunity’s those on the lead it was converted from */
    get: operations['listFollowups'];
    put?: never;
    /** Record a follow-up (server time, ≥ 1 attachment, append-only) */
    post: operations['createFollowup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followups/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups across the records in the caller’s scope, filtered and sorted */
    get: operations['searchFollowups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followups/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups as an Excel workbook: the search’s filters, sort and scope (`ids` for selected rows only) */
    get: operations['exportFollowups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One follow-up */
    get: operations['getFollowup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/stale': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 昨日断点清单: open leads and opportunities without update beyond the threshold (default 48 h) */
    get: operations['getStaleReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/stale.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 昨日断点清单 as an Excel workbook */
    get: operations['exportStaleReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s work queue: first responses, planned follow-ups, rule tasks */
    get: operations['getQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/queue/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Overdue and due-soon work of everyone in the caller’s scope */
    get: operations['getTeamQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks assigned to the caller (or, for managers, to someone in scope) */
    get: operations['listTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete one of the caller’s tasks */
    post: operations['completeTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contracts in the caller’s scope */
    get: operations['listContracts'];
    put?: never;
    /** Draft a contract on an opportunity */
    post: operations['createContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contract with its confirmation state */
    get: operations['getContract'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a contract before submission */
    patch: operations['updateContract'];
    trace?: never;
  };
  '/api/v1/contracts/{id}/confirmations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 三方确认: ask product and finance to confirm (payment terms must be filled in) */
    post: operations['requestContractConfirmation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/confirmations/{party}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Product (technical feasibility) or finance (payment-term compliance) confirms or vetoes */
    post: operations['decideContractConfirmation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit for approval: creates the product, finance and delivery task cards
     * @description Needs both parties’ confirmation in the current round: otherwise 422 `CONFIRMATION_REQUIRED` with `error.details.blockers`. The opportunity must meet every grade rule of entering the contract stage (e.g. A类: ≥ 3 visits and ≥ 1 proposal): otherwise 422 `STAGE_GATE` with `error.details.missing`, as for the stage move.
     */
    post: operations['submitContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record when the contract was signed (合同签署时效性); a correction replaces the date and is audited */
    post: operations['signContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/start-delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delivery starts work on an approved contract */
    post: operations['startContractDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delivery marks the contract delivered */
    post: operations['deliverContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a delivered contract */
    post: operations['closeContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finance (or the ERP with a finance user’s API token) records money received; it settles the oldest open receivables first
     * @description More than the contract’s outstanding amount is refused with 422 OVERPAYMENT and nothing is stored (no credit is held). A reference already recorded on the contract answers 409 PAYMENT_DUPLICATE, so an ERP may retry safely.
     */
    post: operations['recordContractPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contract’s receivables (its instalments with due dates) and payments */
    get: operations['listContractReceivables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Receivables of the contracts in the caller’s scope, filtered and sorted */
    get: operations['listReceivables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/receivables.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The receivables list (same filters and sorting) as an Excel workbook */
    get: operations['exportReceivables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 回款报表: due, received, outstanding and overdue by customer, rep or due month (caller’s scope) */
    get: operations['getReceivablesReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/receivables.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 回款报表 as an Excel workbook (one sheet per grouping) */
    get: operations['exportReceivablesReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/contract-signing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同签署时效性: time from 赢单 to signature, and won contracts still unsigned beyond the playbook’s deadline */
    get: operations['getContractSigningReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/contract-signing.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 合同签署时效性 as an Excel workbook */
    get: operations['exportContractSigningReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/renewals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 续约率 and average renewal amount per rep, team or month of the contracts ending in the period (caller’s scope)
     * @description A contract ending in the period is renewed when another contract of the customer was submitted since its renewal window opened (the playbook’s renewals.leadDays before its end) or its renewal opportunity was won.
     */
    get: operations['getRenewalReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/renewals.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The renewal report as an Excel workbook */
    get: operations['exportRenewalReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/opportunities/{id}/renewal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the opportunity is a renewal, and of which contract */
    get: operations['getOpportunityRenewal'];
    /** Mark the opportunity as the renewal of one of the customer’s contracts */
    put: operations['markOpportunityRenewal'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 客户健康度: score 0–100, its components and the open health alerts */
    get: operations['getCustomerHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Health of several customers (e.g. a list page): ids=a,b,c (at most 200) */
    get: operations['listCustomersHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open health alerts (remedial tasks) on customers in the caller’s scope, with each customer’s health */
    get: operations['listHealthAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/nps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** NPS answers of a customer, newest first (at most 100) */
    get: operations['listNps'];
    put?: never;
    /** Record an NPS answer (0–100, or 0–10 with scale 10) */
    post: operations['recordNps'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaints of a customer, newest first (at most 200) */
    get: operations['listComplaints'];
    put?: never;
    /** Record a customer complaint (open until closed) */
    post: operations['createComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a complaint with its resolution */
    post: operations['closeComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/sla-commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer’s SLA commitments (服务承诺) */
    get: operations['listSlaCommitments'];
    put?: never;
    /** Record what was promised to the customer: response and on-site time, uptime, free services */
    post: operations['createSlaCommitment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sla-commitments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an SLA commitment (audited with what it said) */
    delete: operations['deleteSlaCommitment'];
    options?: never;
    head?: never;
    /** Change an SLA commitment */
    patch: operations['updateSlaCommitment'];
    trace?: never;
  };
  '/api/v1/customers/{id}/site-photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Installation-environment photos of the customer */
    get: operations['listSitePhotos'];
    put?: never;
    /** Attach an uploaded photo (POST /files with kind photo) as an installation-environment photo */
    post: operations['addSitePhoto'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/site-photos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach an installation-environment photo (the file stays) */
    delete: operations['removeSitePhoto'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/delivery-view': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Delivery’s read-only customer view (交付团队只读权限): complaints, SLA commitments, site photos, contracts and collaboration cards
     * @description Readable by every role that sees the customer; the delivery role may read it and every write on these records answers 403.
     */
    get: operations['getCustomerDeliveryView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/appraisal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 月度考核: each rep’s components (raw value, score, weight), total, team rank and the share of 「内部协调不畅」 complaints
     * @description Components and weights come from the playbook’s `appraisal` section (defaults: 新客户签约额 42.5, 老客户续约率 26.4, 商机孵化质量 16.1, 客户健康度 15). A sales rep sees only their own row.
     */
    get: operations['getMonthlyAppraisal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/appraisal.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 月度考核 as an Excel workbook: one row per rep and component, and the team ranking */
    get: operations['exportMonthlyAppraisal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/ltv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customer LTV (received + expected renewals over the playbook’s horizon) and each rep’s share of the LTV they manage
     * @description Expected renewals: for each running contract, its yearly value (amount over its term, 365-day years) × renewals.ltvHorizonYears × renewals.expectedRenewalRate. Shares are over the customers in the caller’s scope and filters.
     */
    get: operations['getCustomerLtv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/ltv.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer LTV and reps’ shares as an Excel workbook */
    get: operations['exportCustomerLtv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transcriptions/engine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether speech-to-text is configured and can run (the follow-up form hides or explains its voice input by it) */
    get: operations['getTranscriptionEngine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transcriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transcribe an uploaded recording (POST /files with kind `recording` first); stored, then run at once: 201 with the text and suggested tags, or `failed` with the recording kept and a retry planned. A recording already transcribed answers 200 with its transcription. */
    post: operations['createTranscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transcriptions/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The value tag and concerns a typed follow-up text suggests (no speech engine needed) */
    post: operations['suggestTags'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transcriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A transcription (poll it while `queued` or `running`) */
    get: operations['getTranscription'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transcriptions/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Try a failed transcription again now */
    post: operations['retryTranscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outgoing webhooks */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Subscribe a URL to domain events; the answer shows the signing secret once
     * @description Each delivery POSTs `{"id","type","occurredAt","data"}` with `x-spm-event`, `x-spm-delivery`, `x-spm-timestamp` (Unix seconds) and `x-spm-signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`. Non-2xx answers and timeouts are retried with backoff.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Delete a webhook; its undelivered deliveries end as dead letters */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /** Change a webhook’s URL, events, description or state, or rotate its secret */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook’s deliveries, newest first */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery with its body and every attempt */
    get: operations['getWebhookDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhook-deliveries/{id}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery’s event again, as a new delivery with the same event id */
    post: operations['redeliverWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s saved views of one list, by name */
    get: operations['listSavedViews'];
    put?: never;
    /** Save the current filters of a list under a name (the same name replaces the earlier view) */
    post: operations['saveView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/saved-views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of the caller’s saved views */
    delete: operations['deleteSavedView'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作台: the widgets of the caller’s role (queue, 断点清单, flags, spot check, KPIs, contribution, 协作堵点看板, 待我确认, cards), in their scope */
    get: operations['getHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit log, newest first, with action and record names in the reader’s language */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The action codes and entity types the audit log can be filtered by, named in the reader’s language */
    get: operations['listAuditCodes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered audit log as an Excel workbook (newest first, at most 50000 entries) */
    get: operations['exportAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the whole hash chain and compare it with the newest signed anchor; reports the first broken link, a missing tail or a rewritten chain */
    get: operations['verifyAuditChain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/anchor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign the head of the audit chain now and write the anchor outside the database */
    post: operations['anchorAuditChain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 协作看板: task cards with their working-day SLAs (filters: department, region, rep, status, overdue) */
    get: operations['listCards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task card, with its credit checks */
    get: operations['getCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cards/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a card; when all three are done the contract is approved */
    post: operations['completeCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cards/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the contract back to the rep with a reason (the other cards are cancelled) */
    post: operations['rejectCard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cards/{id}/credit-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a credit check on a finance card (manual entry, or the configured HTTP provider)
     * @description A failed provider call is recorded on the card too, and answers 502 `CREDIT_PROVIDER_FAILED` with `error.details.checkId`.
     */
    post: operations['recordCreditCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/payment-anomalies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment anomalies of a customer */
    get: operations['listPaymentAnomalies'];
    put?: never;
    /** Finance marks a customer’s payment abnormal: undelivered contracts freeze */
    post: operations['reportPaymentAnomaly'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * ERP: report a payment anomaly (idempotent by externalId; API token of a finance user)
     * @description The first report answers 201; a repeat of its `externalId` answers 200 with `duplicate: true` and changes nothing.
     */
    post: operations['reportErpPaymentAnomaly'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payment-anomalies/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finance lifts a payment anomaly with a reason: contracts unfreeze */
    post: operations['resolvePaymentAnomaly'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/collaboration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 协作堵点分析报告 for a month (default: last month) */
    get: operations['getCollaborationReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/collaboration.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 协作堵点分析报告 as an Excel workbook */
    get: operations['exportCollaborationReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/engineers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Engineers with bookings and free working days in a date range (资源甘特图) */
    get: operations['listEngineers'];
    put?: never;
    /** Add a delivery engineer (admins) */
    post: operations['createEngineer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/engineers/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book an engineer (for a contract); overlapping bookings are refused */
    post: operations['bookEngineer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel a booking */
    delete: operations['cancelBooking'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/wecom/identities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * WeCom identities: members ↔ users, external contacts ↔ customers, and unmatched ids
     * @description An admin session, or an API token with the `integrations` scope.
     */
    get: operations['listWecomIdentities'];
    put?: never;
    /**
     * Map WeCom members to users and external contacts to customers (upsert)
     * @description An admin session, or an API token with the `integrations` scope. Messages already archived for these ids are linked to the rep and the customer.
     */
    post: operations['upsertWecomIdentities'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/wecom/identities/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member ↔ user mapping; its messages stay archived without the rep
     * @description An admin session, or an API token with the `integrations` scope.
     */
    delete: operations['removeWecomStaffIdentity'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/wecom/identities/external-contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an external contact ↔ customer mapping; its messages stay archived without the customer
     * @description An admin session, or an API token with the `integrations` scope.
     */
    delete: operations['removeWecomExternalContact'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/wecom/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Archive WeCom chat records (masked before storing; idempotent by msgid)
     * @description An admin session, or an API token with the `integrations` scope. At most 5000 records per call; one result per record, in order. Phone, ID-card and bank-card numbers and e-mail addresses are masked and locations coarsened to the city before anything is stored. A recall hides its message’s content; `switch` is skipped; `disagree` purges the contact’s stored messages and nothing more is kept of them until an `agree`.
     */
    post: operations['ingestWecomArchive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/wecom/media': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach media bytes (image, voice, video, file) to the archived message naming the sdkfileid
     * @description Multipart: `sdkfileid` first, then `file`. 201 when attached, 200 when that sdkfileid already has its bytes (nothing changes).
     */
    post: operations['uploadWecomMedia'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/concerns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 客户关注点热力图: concern categories × customers / regions / weeks / reps, with the blind spots
     * @description Counts the customers’ archived WeCom messages raising each playbook concern category, within the caller’s data scope.
     */
    get: operations['getConcernHeatmap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/concerns/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The masked messages behind one heat-map cell */
    get: operations['listConcernMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer’s archived WeCom conversation, masked, newest first */
    get: operations['listCustomerConversations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followup-flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Authenticity flags of follow-ups in scope (supervisors and above) */
    get: operations['listFollowupFlags'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/followup-flags/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm or dismiss a flag (the author's supervisor, regional manager, director, admin); audited */
    post: operations['reviewFollowupFlag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A supervisor's weekly spot check: each sampled follow-up beside the customer's other evidence */
    get: operations['getSpotChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Judge a sampled follow-up valid or invalid (the supervisor it was issued to); audited */
    post: operations['judgeSpotCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/action-density': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 有效动作密度: effective tagged follow-ups per rep per working day (in scope) */
    get: operations['getActionDensity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/fake-followup-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fake-follow-up rate per team, region and period (flagged and not dismissed, or judged invalid ÷ all) */
    get: operations['getFakeFollowupRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/contribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 三维贡献模型: per rep new customers, upsell and customer-success points, normalised, weighted by the business phase, ranked (default period: the last complete month) */
    get: operations['getContribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/radar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 销售能力雷达图 for a month (default: the last complete month): four dimensions per rep and the team average, with their formulas */
    get: operations['getRadar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/radar.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 销售能力雷达图 as an Excel workbook */
    get: operations['exportRadar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/analytics/kpi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Management KPIs per team or region for a period (default: the last 30 days; in the caller’s data scope) */
    get: operations['getKpis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrations/csm-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * CSM system: a ticket, training, white-paper download… credited to the responsible rep (idempotent by externalId; API token)
     * @description The first delivery answers 201; a repeat of its `externalId` answers 200 with the first event and `duplicate: true`.
     */
    post: operations['recordCsmEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/csm-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CSM events of a customer (客户培育积分), newest first (at most 200) */
    get: operations['listCsmEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/competitor-stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Competitor stores (the selling roles read them) */
    get: operations['listCompetitorStores'];
    put?: never;
    /** Add a competitor store (managers and admins); coordinates converted to WGS-84 */
    post: operations['createCompetitorStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/competitor-stores/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One competitor store */
    get: operations['getCompetitorStore'];
    put?: never;
    post?: never;
    /** Remove a competitor store (managers and admins; audited) */
    delete: operations['deleteCompetitorStore'];
    options?: never;
    head?: never;
    /** Change a competitor store (managers and admins) */
    patch: operations['updateCompetitorStore'];
    trace?: never;
  };
  '/api/v1/competitor-stores/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import competitor stores from .xlsx or .csv (multipart: file); also a kind of /imports */
    post: operations['importCompetitorStores'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Planned visits: the caller’s own, and a manager’s reps’ (never a peer’s) */
    get: operations['listVisits'];
    put?: never;
    /** Plan a customer visit (a rep for themselves; a manager for a rep they lead) */
    post: operations['planVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One visit (its rep and the rep’s managers) */
    get: operations['getVisit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move or reword a planned visit */
    patch: operations['updateVisit'];
    trace?: never;
  };
  '/api/v1/visits/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned visit */
    post: operations['cancelVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check-ins: the caller’s own, and a manager’s reps’ (positions are personal data: nobody else sees them) */
    get: operations['listCheckins'];
    put?: never;
    /**
     * Check in at a customer with the phone’s position (server time; within the playbook’s distance)
     * @description Refused with 422 TOO_FAR (`details.distanceM`, `details.thresholdM`) beyond `field.checkinMaxDistanceM`, 422 NO_CUSTOMER_LOCATION when the customer has no coordinates, 422 LOCATION_INACCURATE when `accuracy` exceeds `field.maxAccuracyM`; a customer outside the caller’s scope answers 404.
     */
    post: operations['checkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checkins/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One check-in (its rep and the rep’s managers; anyone else 404) */
    get: operations['getCheckin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/map/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The map’s tile layer (server configuration) and the check-in distance */
    get: operations['getMapConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/map/layers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reps’ latest check-ins, the day’s visits, customers and competitor stores in a box, within the caller’s scope
     * @description Served from the read replica when one is fresh enough (`x-read-source`). Reps’ positions: the rep and their managers only. Customers and stores are capped at `limit` with their total.
     */
    get: operations['getMapLayers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActionDensity: {
      from: string;
      to: string;
      workingDays: number;
      items: {
        userId: string;
        name: string;
        teamId: string | null;
        teamName: string | null;
        region: string | null;
        followups: number;
        effective: number;
        flagged: number;
        invalid: number;
        density: number | null;
      }[];
    };
    AddSitePhotoRequest: {
      /** Format: uuid */
      fileId: string;
      caption?: string | null;
    };
    AdvanceClockRequest: {
      advanceMs: number;
    };
    /** @description An API token, never its secret */
    ApiToken: {
      /** Format: uuid */
      id: string;
      name: string;
      scopes: components['schemas']['ApiTokenScope'][];
      /**
       * Format: uuid
       * @description The user the token acts as
       */
      userId: string;
      username: string;
      createdAt: string | null;
      expiresAt: string | null;
      revokedAt: string | null;
      lastUsedAt: string | null;
    };
    ApiTokenList: {
      items: components['schemas']['ApiToken'][];
    };
    /**
     * @description read: GET routes; write: every route; integrations: the WeCom archive routes (/integrations/wecom/…) only
     * @enum {string}
     */
    ApiTokenScope: 'read' | 'write' | 'integrations';
    /** @enum {string} */
    AppraisalComponentKey: 'newCustomerAmount' | 'renewalRate' | 'incubationQuality' | 'customerHealth';
    AppraisalItem: {
      /** Format: uuid */
      userId: string;
      name: string;
      teamId: string | null;
      teamName: string | null;
      components: {
        key: components['schemas']['AppraisalComponentKey'];
        label: string;
        /** @description Amount in yuan, a rate 0–1, or a health score 0–100; null without a basis */
        raw: number | null;
        /** @description min(100, raw ÷ target × 100) */
        score: number | null;
        weight: number;
        weighted: number | null;
      }[];
      /** @description Σ score × weight ÷ Σ weight of the scored components */
      total: number | null;
      /** @description Rank inside the team by total (ties share a rank) */
      rank: number | null;
      complaints: number;
      coordinationComplaints: number;
      /** @description Share of 「内部协调不畅」 among the month’s complaints of the rep’s customers */
      coordinationShare: number | null;
    };
    AssignLeadRequest: {
      /** @description The new owner, or null to send the lead back to the pool */
      ownerId: string | null;
    };
    /** @description A signed head of the audit chain, written outside the database */
    AuditAnchor: {
      seq: number;
      hash: string;
      at: string;
    };
    /** @description The whole chain checked link by link and against the newest signed anchor: the first broken link, a missing tail or a rewritten chain */
    AuditChainCheck: {
      /** @description The chain is intact and agrees with the newest signed anchor */
      ok: boolean;
      checked: number;
      lastHash?: string;
      firstBroken?: {
        seq: number;
        /** @enum {string} */
        reason: 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch';
      };
      /** @description The newest validly signed anchor the chain was compared with; null before the first one */
      anchor: components['schemas']['AuditAnchor'] | null;
      anchorCheck:
        | (
            | {
                /** @constant */
                ok: true;
              }
            | {
                /** @constant */
                ok: false;
                /** @constant */
                reason: 'missing_tail';
                anchoredSeq: number;
                headSeq: number;
              }
            | {
                /** @constant */
                ok: false;
                /** @constant */
                reason: 'rewritten';
                seq: number;
                anchoredHash: string;
                storedHash: string | null;
              }
          )
        | null;
      /** @description Anchor records whose signature does not hold (written without the key) */
      invalidAnchors: number;
    };
    AuditCodeLabel: {
      code: string;
      label: string;
    };
    AuditCodes: {
      actions: components['schemas']['AuditCodeLabel'][];
      entityTypes: components['schemas']['AuditCodeLabel'][];
    };
    /** @description An entry of the hash-chained audit log */
    AuditEntry: {
      seq: number;
      at: string | null;
      actorId: string | null;
      actorName: string | null;
      /** @description What happened, e.g. `lead.create`, `opportunity.stage` */
      action: string;
      /** @description The action in the reader’s language (the code when it has no name) */
      actionLabel: string;
      entityType: string;
      /** @description The entity type in the reader’s language */
      entityTypeLabel: string;
      entityId: string | null;
      /** @description The name of the record the entry is about, when it still exists and has one */
      entityName: string | null;
      /** @description The change as recorded */
      data: unknown;
      hash: string;
      prevHash: string;
    };
    /** @description One page of a list */
    AuditEntryList: {
      items: components['schemas']['AuditEntry'][];
      total: number;
      page: number;
      pageSize: number;
    };
    BookEngineerRequest: {
      startsOn: string;
      endsOn: string;
      /** Format: uuid */
      contractId?: string;
      note?: string;
    };
    Booking: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      engineerId: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn: string;
      /** Format: uuid */
      contractId?: string;
      note?: string;
      createdAt: string | null;
    };
    BookingRemoval: {
      /** Format: uuid */
      id: string;
      removed: boolean;
    };
    BulkAssignLeadsRequest: {
      /** @description The records to act on (1–500, each once) */
      ids: string[];
      /** @description The new owner, or null to send the leads back to the pool */
      ownerId: string | null;
    };
    BulkClaimLeadsRequest: {
      /** @description The records to act on (1–500, each once) */
      ids: string[];
    };
    /** @description Per record: done, or refused with the reason; refused records change nothing */
    BulkResult: {
      done: number;
      refused: number;
      results: {
        id: string;
        /** @enum {string} */
        status: 'done' | 'refused';
        /** @description Why it was refused (an error code, e.g. NOT_FOUND, LEAD_ALREADY_ASSIGNED) */
        code?: string;
        /** @description The reason in the reader’s language */
        message?: string;
      }[];
    };
    CalendarDay: {
      /** Format: date */
      date: string;
      working: boolean;
      /**
       * @description official calendar, plain weekday rule (no official data), or a company override
       * @enum {string}
       */
      source: 'official' | 'weekday' | 'override';
      /** @description Holiday or override note */
      name: string | null;
    };
    CalendarStatus: {
      warnings: {
        year: number;
        message: string;
      }[];
    };
    CalendarYear: {
      year: number;
      official: boolean;
      warning: string | null;
      businessHours: {
        start: string;
        end: string;
        timeZone: string;
      };
      days: components['schemas']['CalendarDay'][];
    };
    /** @description Why (optional) */
    CancelVisitRequest: {
      reason?: string;
    };
    /** @description A collaboration card of one of the customer’s contracts */
    CardSummary: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      department: string;
      title: string;
      status: string;
      assigneeName: string | null;
      /** Format: date-time */
      dueAt: string;
      completedAt: string | null;
    };
    /** @description How many messages were queued */
    ChannelTest: {
      queued: number;
    };
    /** @description An archived WeCom message, masked */
    ChatMessage: {
      msgid: string;
      /** Format: date-time */
      at: string;
      /**
       * @description in: the customer’s side wrote it; out: our staff
       * @enum {string}
       */
      direction: 'in' | 'out';
      fromName: string;
      msgtype: string;
      /** @description Masked text (phone, ID-card, bank-card numbers, e-mail, precise locations never stored) */
      text: string;
      recalled: boolean;
      /** @description Concern categories the message raises (keys) */
      concerns: string[];
      /** @description The group chat; null for one-to-one */
      roomId: string | null;
      customerId: string | null;
      media: {
        sdkfileid: string;
        mime: string;
        size: number;
      }[];
    };
    /** @description One page of a list */
    ChatMessageList: {
      items: components['schemas']['ChatMessage'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 签到 */
    Checkin: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      repId: string;
      repName: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      /** @description The planned visit of that day it completed, if any */
      visitId: string | null;
      /** @description WGS-84; null once the retention rule purged the position */
      lat: number | null;
      lng: number | null;
      accuracyM: number | null;
      /** @description Metres from the customer’s stored position */
      distanceM: number | null;
      /** @description The system the phone sent (stored converted to WGS-84) */
      coordSystem: components['schemas']['CoordSystem'];
      photoFileId: string | null;
      /** @description The visit follow-up recorded for it; null: still a draft to record */
      followupId: string | null;
      /** Format: date */
      date: string;
      /** Format: date-time */
      checkedInAt: string;
      /** @description When the position was purged (retention) */
      purgedAt: string | null;
    };
    /** @description The stored check-in and the follow-up it opens */
    CheckinCreated: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      repId: string;
      repName: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      /** @description The planned visit of that day it completed, if any */
      visitId: string | null;
      /** @description WGS-84; null once the retention rule purged the position */
      lat: number | null;
      lng: number | null;
      accuracyM: number | null;
      /** @description Metres from the customer’s stored position */
      distanceM: number | null;
      /** @description The system the phone sent (stored converted to WGS-84) */
      coordSystem: components['schemas']['CoordSystem'];
      photoFileId: string | null;
      /** @description The visit follow-up recorded for it; null: still a draft to record */
      followupId: string | null;
      /** Format: date */
      date: string;
      /** Format: date-time */
      checkedInAt: string;
      /** @description When the position was purged (retention) */
      purgedAt: string | null;
      /** @description The visit follow-up still to record (with its own evidence) through POST /api/v1/followups */
      followupDraft: {
        /** @constant */
        targetType: 'customer';
        /** Format: uuid */
        targetId: string;
        /** @constant */
        channel: 'visit';
      };
    };
    /** @description One page of a list */
    CheckinList: {
      items: components['schemas']['Checkin'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description A check-in at a customer: the phone’s position; the time is the server’s */
    CheckinRequest: {
      /** Format: uuid */
      customerId: string;
      lat: number;
      lng: number;
      /** @description The position’s accuracy in metres, as the browser reports it */
      accuracy: number;
      coordSystem: components['schemas']['CoordSystem'];
      /**
       * Format: uuid
       * @description A photo the caller uploaded before (POST /api/v1/files), used by no other check-in
       */
      photoFileId?: string;
    };
    Clock: {
      /** Format: date-time */
      now: string;
    };
    /** @description The new time, how often each rule fired, and the deliveries made */
    ClockAdvance: {
      now: string;
      fired: {
        [key: string]: number;
      };
      delivered: {
        sent: number;
        retried: number;
        dead: number;
        deferred: number;
      };
    };
    CloseComplaintRequest: {
      resolution: string;
      /** @description Sets or corrects the category on closing */
      category?: string;
    };
    /** @description 协作堵点分析报告 of a month */
    CollaborationReport: {
      /** @description YYYY-MM */
      month: string;
      steps: {
        step: string;
        label: string;
        count: number;
        /** @description Average time per step in working days */
        avgWorkingDays: number | null;
      }[];
      /** @description Top 3 veto and rejection reasons */
      rejectionReasons: {
        reason: string;
        count: number;
      }[];
      /** @description Clauses vetoes disputed most (top 5) */
      disputedClauses: {
        key: string;
        title: string;
        count: number;
      }[];
      slaCompliance: {
        department: string;
        label: string;
        completed: number;
        onTime: number;
        rate: number | null;
        overdueOpen: number;
      }[];
    };
    /** @description 竞品门店 */
    CompetitorStore: {
      /** Format: uuid */
      id: string;
      brand: string;
      name: string;
      address: string | null;
      /** @description WGS-84 */
      lat: number;
      /** @description WGS-84 */
      lng: number;
      region: string | null;
      notes: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CompetitorStoreImportResult: {
      created: number;
      failed: number;
      errors: {
        row: number;
        message: string;
        /** @enum {string} */
        code?: 'DUPLICATE';
        duplicateOfRow?: number;
      }[];
    };
    /** @description One page of a list */
    CompetitorStoreList: {
      items: components['schemas']['CompetitorStore'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description A customer complaint; open ones lower the health score */
    Complaint: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      title: string;
      description: string | null;
      severity: components['schemas']['ComplaintSeverity'];
      /** @description A key of the playbook’s complaints.categories (产品质量, 交付延迟, 服务态度, 内部协调不畅, 账单问题…) */
      category: string | null;
      status: components['schemas']['ComplaintStatus'];
      createdByName: string | null;
      /** Format: date-time */
      createdAt: string;
      closedAt: string | null;
      resolution: string | null;
    };
    ComplaintList: {
      items: components['schemas']['Complaint'][];
    };
    /** @enum {string} */
    ComplaintSeverity: 'low' | 'medium' | 'high';
    /** @enum {string} */
    ComplaintStatus: 'open' | 'closed';
    CompleteCardRequest: {
      note?: string;
      result?: {
        [key: string]: unknown;
      };
    };
    CompleteTaskRequest: {
      note?: string;
    };
    /** @description `status` is `done` */
    CompletedTask: {
      /** Format: uuid */
      id: string;
      status: components['schemas']['TaskStatus'];
      /** Format: date-time */
      completedAt: string;
    };
    /** @description 需求盲区: a concern the customer raised in the period that no later follow-up of the customer raises (addresses) */
    ConcernBlindSpot: {
      /** Format: uuid */
      customerId: string;
      customerName: string;
      ownerId: string | null;
      ownerName: string | null;
      category: string;
      label: string;
      /** Format: date-time */
      lastRaisedAt: string;
      /** @description Messages of the customer raising the category in the period */
      count: number;
    };
    /** @enum {string} */
    ConcernGroupBy: 'customer' | 'region' | 'week' | 'rep';
    /** @description 客户关注点热力图 */
    ConcernHeatmap: {
      from: string;
      to: string;
      groupBy: components['schemas']['ConcernGroupBy'];
      /** @description The playbook’s concern categories, in order (columns) */
      categories: {
        key: string;
        label: string;
      }[];
      /** @description Customers / regions / weeks / reps with concerns, most first (weeks in order) */
      rows: {
        key: string;
        label: string;
      }[];
      /** @description Customer messages raising the category in the row; cells without messages are left out */
      cells: {
        row: string;
        category: string;
        count: number;
      }[];
      /** @description Longest-standing first */
      blindSpots: components['schemas']['ConcernBlindSpot'][];
    };
    /** @description A party’s decision in the current 三方确认 round */
    Confirmation: {
      party: components['schemas']['ConfirmationParty'];
      assigneeId: string | null;
      assigneeName: string | null;
      decision: components['schemas']['ConfirmationDecision'];
      reason: string | null;
      /** @description Clauses a veto disputes */
      clauseKeys: string[];
      decidedAt: string | null;
      requestedAt: string | null;
    };
    /** @enum {string} */
    ConfirmationDecision: 'pending' | 'confirmed' | 'vetoed';
    /**
     * @description product: technical feasibility; finance: payment-term compliance
     * @enum {string}
     */
    ConfirmationParty: 'product' | 'finance';
    /** @description 联系人 */
    Contact: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      name: string;
      title: string | null;
      /** @description Masked (138****5678) for roles outside sales */
      mobile: string | null;
      mobileMasked: boolean;
      wechatId: string | null;
      email: string | null;
      role: components['schemas']['ContactRole'];
      primary: boolean;
      wecomExternalUserId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description One page of a list */
    ContactList: {
      items: components['schemas']['Contact'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description 决策人 decision_maker, 影响人 influencer, 技术 technical, 财务 finance, 使用人 user, other
     * @enum {string}
     */
    ContactRole: 'decision_maker' | 'influencer' | 'technical' | 'finance' | 'user' | 'other';
    /** @description 合同 */
    Contract: {
      /** Format: uuid */
      id: string;
      /** @description e.g. HT-2026-000001 */
      number: string;
      /** Format: uuid */
      opportunityId: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      title: string;
      amount: number;
      paymentTerms: components['schemas']['PaymentTerms'] | null;
      clauses: components['schemas']['ContractClause'][];
      requirement: components['schemas']['RequirementDocument'] | null;
      startDate: string | null;
      endDate: string | null;
      status: components['schemas']['ContractStatus'];
      /** @description The status a frozen contract returns to */
      frozenFrom: components['schemas']['ContractStatus'] | null;
      frozenReason: string | null;
      confirmationRound: number;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      region: string;
      submittedAt: string | null;
      approvedAt: string | null;
      deliveryStartedAt: string | null;
      deliveredAt: string | null;
      closedAt: string | null;
      /** @description When the contract was signed (合同签署时效性) */
      signedAt: string | null;
      createdAt: string | null;
      updatedAt: string | null;
    };
    ContractClause: {
      key: string;
      text: string;
      title: string;
    };
    /** @description A contract with its confirmation state */
    ContractDetail: {
      /** Format: uuid */
      id: string;
      /** @description e.g. HT-2026-000001 */
      number: string;
      /** Format: uuid */
      opportunityId: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      title: string;
      amount: number;
      paymentTerms: components['schemas']['PaymentTerms'] | null;
      clauses: components['schemas']['ContractClause'][];
      requirement: components['schemas']['RequirementDocument'] | null;
      startDate: string | null;
      endDate: string | null;
      status: components['schemas']['ContractStatus'];
      /** @description The status a frozen contract returns to */
      frozenFrom: components['schemas']['ContractStatus'] | null;
      frozenReason: string | null;
      confirmationRound: number;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      region: string;
      submittedAt: string | null;
      approvedAt: string | null;
      deliveryStartedAt: string | null;
      deliveredAt: string | null;
      closedAt: string | null;
      /** @description When the contract was signed (合同签署时效性) */
      signedAt: string | null;
      createdAt: string | null;
      updatedAt: string | null;
      /** @description A credit period and instalments adding up to 100 % */
      paymentTermsComplete: boolean;
      confirmations: components['schemas']['Confirmation'][];
      /** @description What still keeps a draft or confirming contract from submission */
      blockers: components['schemas']['SubmissionBlocker'][];
      /** @description The requirement as Markdown, as the product card carries it */
      requirementDocument: string;
    };
    /** @description One page of a list */
    ContractList: {
      items: components['schemas']['Contract'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description A contract’s receivables and the payments applied to them */
    ContractReceivables: {
      items: components['schemas']['Receivable'][];
      payments: components['schemas']['Payment'][];
    };
    ContractSigningItem: {
      /** Format: uuid */
      contractId: string;
      number: string;
      title: string;
      customerName: string;
      ownerId: string | null;
      ownerName: string | null;
      amount: number;
      /** Format: date-time */
      wonAt: string;
      signedAt: string | null;
      /** @description Days from 赢单 to signature (one decimal); null while unsigned */
      daysToSign: number | null;
      /** @description Days from 赢单 to now (one decimal) */
      daysSinceWin: number;
      /** @description Unsigned beyond the playbook’s receivables.signingDeadlineDays, or signed after it */
      late: boolean;
    };
    ContractSigningReport: {
      deadlineDays: number;
      averageDaysToSign: number | null;
      /** @description 合同签署时效性: contracts still unsigned beyond the deadline after 赢单 */
      unsignedLate: components['schemas']['ContractSigningItem'][];
      items: components['schemas']['ContractSigningItem'][];
    };
    /**
     * @description draft → confirming (三方确认) → submitted → approved → delivering → delivered → closed; frozen after a payment anomaly
     * @enum {string}
     */
    ContractStatus: 'draft' | 'confirming' | 'submitted' | 'approved' | 'delivering' | 'delivered' | 'closed' | 'frozen';
    /** @description 三维贡献模型: reps ranked by the weighted, normalised dimensions */
    ContributionReport: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      teamId: string | null;
      playbookVersion: number;
      /** @description The contribution-score rule, the settings it read and the playbook version */
      basis: components['schemas']['PlaybookBasis'];
      phases: {
        key: string;
        label: string;
        labelEn: string | null;
        weights: components['schemas']['ContributionWeights'];
      }[];
      activePhase: string;
      /** @description The phase whose weights apply (unless `weights` was given) */
      phase: string;
      weights: components['schemas']['ContributionWeights'];
      /**
       * @description Whether the weights came from the query or the phase
       * @enum {string}
       */
      weightsSource: 'query' | 'phase';
      customerSuccessFollowupPoints: number;
      /** @description 客户培育积分 per CSM event type */
      csmPoints: {
        [key: string]: number;
      };
      formula: string;
      normalisation: string;
      items: components['schemas']['ContributionRow'][];
    };
    ContributionRow: {
      userId: string;
      name: string;
      teamId: string | null;
      teamName: string | null;
      raw: components['schemas']['ContributionWeights'];
      details: {
        upsellWonAmount: number;
        upsellContractAmount: number;
        csFollowups: number;
        csmPoints: number;
        csmEvents: number;
      };
      normalised: components['schemas']['ContributionWeights'];
      score: number;
      rank: number;
    };
    /** @description One value per dimension of the 三维贡献模型 */
    ContributionWeights: {
      newCustomers: number;
      upsell: number;
      customerSuccess: number;
    };
    /** @description The new customer’s grade (and name), and optionally a first opportunity */
    ConvertLeadRequest: {
      /** @enum {string} */
      grade: 'A' | 'B' | 'C' | 'D';
      customerName?: string;
      industry?: string;
      opportunity?: {
        name: string;
        amount: number;
      };
    };
    /**
     * @description wgs84 (GPS, browsers, OSM), gcj02 (AMap, Tencent), bd09 (Baidu); stored as wgs84
     * @enum {string}
     */
    CoordSystem: 'wgs84' | 'gcj02' | 'bd09';
    CreateApiTokenRequest: {
      name: string;
      scopes: components['schemas']['ApiTokenScope'][];
      /**
       * Format: uuid
       * @description The user the token acts as; default: the caller
       */
      userId?: string;
      /** Format: date-time */
      expiresAt?: string;
    };
    /** @description 竞品门店: brand, name, address and coordinates */
    CreateCompetitorStoreRequest: {
      brand: string;
      name: string;
      address?: string | null;
      lat: number;
      lng: number;
      /** @description The system lat/lng are given in (default wgs84) */
      coordSystem?: components['schemas']['CoordSystem'];
      /** @description A region of the playbook */
      region?: string | null;
      notes?: string | null;
    };
    CreateComplaintRequest: {
      title: string;
      description?: string;
      /** @default medium */
      severity?: components['schemas']['ComplaintSeverity'];
      /** @description A key of the playbook’s complaints.categories */
      category?: string;
    };
    /** @description A contact person of a customer */
    CreateContactRequest: {
      name: string;
      title?: string;
      mobile?: string;
      wechatId?: string;
      /** Format: email */
      email?: string;
      /** @default other */
      role?: components['schemas']['ContactRole'];
      /**
       * @description The customer’s primary contact (one per customer; setting it moves it here)
       * @default false
       */
      primary?: boolean;
      /** @description The contact’s WeCom external_userid; the chat archive then links their messages to the customer */
      wecomExternalUserId?: string;
    };
    /** @description A draft contract on an open opportunity */
    CreateContractRequest: {
      /** Format: uuid */
      opportunityId: string;
      title: string;
      amount: number;
      paymentTerms?: {
        creditDays: number;
        instalments: {
          percent: number;
          milestone: string;
          dueDays: number;
        }[];
      } | null;
      clauses?: {
        key: string;
        title: string;
        text: string;
      }[];
      requirement?: {
        items: {
          template: string;
          item: string;
          params: {
            [key: string]: string | number | boolean;
          };
        }[];
        notes?: string;
      } | null;
      startDate?: string | null;
      endDate?: string | null;
    };
    /** @description A new customer; the region must be in the playbook */
    CreateCustomerRequest: {
      name: string;
      type: components['schemas']['CustomerType'];
      grade: components['schemas']['CustomerGrade'];
      region: string;
      industry?: string;
      phone?: string;
      ownerId?: string | null;
      /** @description 地址 */
      address?: string | null;
      /** @description Latitude in `coordSystem` (with lng, or both null to clear) */
      lat?: number | null;
      /** @description Longitude in `coordSystem` (with lat) */
      lng?: number | null;
      /**
       * @description The system lat/lng are given in (default wgs84; gcj02 from AMap/Tencent, bd09 from Baidu); stored as WGS-84
       * @enum {string}
       */
      coordSystem?: 'wgs84' | 'gcj02' | 'bd09';
      /**
       * @description Where the coordinates come from (default manual; import for sheets)
       * @enum {string}
       */
      geoSource?: 'manual' | 'import' | 'geocoder' | 'demo';
      /** @description Create it even though a lead or customer with the same phone or company name exists (audited) */
      allowDuplicate?: boolean;
    };
    /** @description A maintenance record; its time is the server’s */
    CreateDeviceMaintenanceRequest: {
      /**
       * Format: uuid
       * @description The engineer (a user); default the caller
       */
      engineerId?: string;
      /** @description The engineer’s name when they have no account (an ERP/MES writing) */
      engineerName?: string;
      /** @default [] */
      faultCodes?: string[];
      workDone: string;
      /** @default [] */
      partsUsed?: components['schemas']['DevicePartUsed'][];
      /**
       * @description Files the caller uploaded (POST /files), not yet used elsewhere
       * @default []
       */
      photoFileIds?: string[];
    };
    /** @description Parts, consumables and labour for a service quote of the device */
    CreateDeviceQuoteRequest: {
      /** @default [] */
      items?: {
        /** Format: uuid */
        productId: string;
        quantity: number;
        unitPrice?: number;
        discountPct?: number;
      }[];
      labour?: {
        /**
         * Format: uuid
         * @description A product of kind service (e.g. 工时)
         */
        productId: string;
        /** @description Hours or units of the service */
        quantity: number;
        unitPrice?: number;
      };
      /**
       * Format: date
       * @description Default: today plus the playbook’s quote validity
       */
      validUntil?: string;
      notes?: string;
    };
    /** @description A device installed at a customer */
    CreateDeviceRequest: {
      /** Format: uuid */
      customerId: string;
      /** @description Device model, as the products’ compatible models name it */
      model: string;
      /** @description Serial number, unique per model */
      serialNo: string;
      siteAddress?: string | null;
      installDate?: string | null;
      warrantyEnd?: string | null;
      /** @default in_service */
      status?: components['schemas']['DeviceStatus'];
      notes?: string | null;
    };
    CreateEngineerRequest: {
      name: string;
      region: string;
      /** @default [] */
      skills?: string[];
    };
    /** @description A fault code of a model: meaning, likely cause, recommended action, usual parts */
    CreateFaultCodeRequest: {
      model: string;
      code: string;
      meaning: string;
      likelyCause?: string | null;
      recommendedAction?: string | null;
      /**
       * @description Product ids or SKUs of the parts usually needed
       * @default []
       */
      parts?: string[];
    };
    /** @description A follow-up; its time is the server’s, and `createdAt`/`updatedAt` are refused */
    CreateFollowupRequest: {
      targetType: components['schemas']['FollowupTargetType'];
      /** Format: uuid */
      targetId: string;
      /** @description Key of a playbook channel (e.g. visit, phone, wechat) */
      channel: string;
      /** @description Key of a playbook value tag (e.g. needs_discovery) */
      valueTag: string;
      content: string;
      /** @description Files uploaded by the caller (POST /api/v1/files), not used by another follow-up; at least one */
      attachmentIds: string[];
      /** Format: date-time */
      nextFollowUpAt?: string;
      /**
       * Format: uuid
       * @description The follow-up on the same record this entry corrects (records are append-only)
       */
      correctsId?: string;
      /** @description Contact persons of the record’s customer who took part */
      contactIds?: string[];
      /** @description Customer concerns the author confirmed (playbook `concerns.categories` keys), e.g. suggested from a voice transcript */
      concerns?: string[];
    };
    /** @description A new lead; region and product line must be in the playbook */
    CreateLeadRequest: {
      name: string;
      type: components['schemas']['CustomerType'];
      region: string;
      productLine: string;
      phone?: string;
      company?: string;
      source?: string;
      /** @description Owner; null leaves the lead in the pool; omitted: sales reps own what they create */
      ownerId?: string | null;
      /** @description Create it even though a lead or customer with the same phone or company name exists (audited) */
      allowDuplicate?: boolean;
    };
    /** @description A new opportunity; it starts at the playbook’s first stage */
    CreateOpportunityRequest: {
      /** Format: uuid */
      customerId: string;
      name: string;
      amount: number;
      productLine: string;
      /** @description Owner; omitted: the customer’s owner */
      ownerId?: string | null;
      /** @description Expected close date (YYYY-MM-DD) */
      expectedCloseDate?: string | null;
      /** @description Win probability in percent; null or omitted: the playbook’s default for the stage (forecast.stageProbabilities) */
      winProbability?: number | null;
      /** @description Competitors in the deal */
      competitors?: string[];
    };
    /** @description A product of the price list */
    CreateProductRequest: {
      sku: string;
      name: string;
      /** @description One of the playbook’s product lines */
      productLine: string;
      kind: components['schemas']['ProductKind'];
      /** @description e.g. 台, 套, 个, 年 */
      unit: string;
      /** @description List price per unit in yuan, before tax */
      listPrice: number;
      /**
       * @description Device models it fits (consumables, spare parts)
       * @default []
       */
      compatibleModels?: string[];
      /** @default true */
      active?: boolean;
      /** @description 库存 on hand; null: not kept here */
      stockQuantity?: number | null;
    };
    /** @description A quote for an opportunity; prices default to the price list */
    CreateQuoteRequest: {
      /** Format: uuid */
      opportunityId: string;
      items: {
        /** Format: uuid */
        productId: string;
        quantity: number;
        /** @description Unit price before the line discount; default the list price */
        unitPrice?: number;
        /** @description Line discount in percent; default 0 */
        discountPct?: number;
      }[];
      /**
       * Format: date
       * @description Last day the offer holds (YYYY-MM-DD, local)
       */
      validUntil: string;
      terms?: string;
      notes?: string;
    };
    CreateSlaCommitmentRequest: {
      /** @description The contract the promise belongs to, if any */
      contractId?: string | null;
      /** @description Promised response time (hours) */
      responseHours?: number | null;
      /** @description Promised on-site time (hours) */
      onsiteHours?: number | null;
      /** @description Promised uptime (%) */
      uptimePercent?: number | null;
      /** @description Free services promised, e.g. 免费部署 */
      freeServices?: string[];
      notes?: string | null;
    };
    CreateTeamRequest: {
      name: string;
      region: string;
      supervisorId?: string | null;
      parentTeamId?: string | null;
      /**
       * @description Language of the team’s group-bot messages and e-mail (zh-CN by default)
       * @enum {string}
       */
      locale?: 'zh-CN' | 'en';
    };
    CreateTranscriptionRequest: {
      /**
       * Format: uuid
       * @description A recording the caller uploaded (or, for a manager, one of their reps uploaded)
       */
      fileId: string;
    };
    CreateUserRequest: {
      username: string;
      /** @description At least 10 characters, not guessable and without the username or display name (422 WEAK_PASSWORD) */
      password: string;
      displayName: string;
      role: components['schemas']['Role'];
      teamId?: string | null;
      /** @description A playbook region for a user without a team (delivery, product, finance): their regional reads follow it; a team’s region wins */
      region?: string | null;
      active?: boolean;
      /** @enum {string} */
      locale?: 'zh-CN' | 'en';
    };
    /**
     * @example {
     *       "url": "https://erp.example.com/hooks/sales",
     *       "events": [
     *         "contract.submitted",
     *         "lead.sla_breached"
     *       ],
     *       "description": "ERP 合同同步"
     *     }
     */
    CreateWebhookRequest: {
      /** @description http(s) URL; loopback, private and link-local targets are refused unless WEBHOOK_ALLOW_PRIVATE=1 */
      url: string;
      events: components['schemas']['WebhookEventType'][];
      description?: string | null;
      active?: boolean;
    };
    CreatedApiToken: {
      /** Format: uuid */
      id: string;
      /** @description The secret (`spm_…`), shown only in this answer */
      token: string;
      name: string;
      scopes: components['schemas']['ApiTokenScope'][];
      /** Format: uuid */
      userId: string;
    };
    /** @description 信用核验 recorded on a finance card */
    CreditCheck: {
      /** Format: uuid */
      id: string;
      provider: components['schemas']['CreditProvider'];
      ok: boolean;
      rating: string | null;
      score: number | null;
      creditLimit: number | null;
      summary: string | null;
      error: string | null;
      /** @description The credit provider’s answer as received */
      rawResponse: string | null;
      /** @description Display name of who recorded it */
      createdBy: string | null;
      createdAt: string | null;
    };
    /** @description The recorded credit check */
    CreditCheckResult: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      provider: 'manual' | 'http';
      ok: boolean;
      rating: string | null;
      score: number | null;
      creditLimit: number | null;
      summary: string | null;
      /** @description The credit provider’s answer as received */
      raw: string | null;
      error: string | null;
    };
    /**
     * @description manual entry by finance, or the configured HTTP credit service
     * @enum {string}
     */
    CreditProvider: 'manual' | 'http';
    CsmEvent: {
      /** Format: uuid */
      id: string;
      externalId: string;
      /** Format: uuid */
      customerId: string;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description 客户培育积分 credited */
      points: number;
      /** @description The customer’s responsible rep */
      creditedUserId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The externalId was received before: this is the first event */
      duplicate: boolean;
    };
    CsmEventList: {
      items: components['schemas']['CsmEventListItem'][];
      totalPoints: number;
    };
    CsmEventListItem: {
      /** Format: uuid */
      id: string;
      externalId: string;
      /** Format: uuid */
      customerId: string;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description 客户培育积分 credited */
      points: number;
      /** @description The customer’s responsible rep */
      creditedUserId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The externalId was received before: this is the first event */
      duplicate: boolean;
      creditedUserName: string | null;
    };
    /** @description A CSM event; `type` must be a key of the playbook’s `contribution.csmPoints`; `nps` needs `score` */
    CsmEventRequest: {
      externalId: string;
      /** Format: uuid */
      customerId: string;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      points?: number;
      score?: number;
      scale?: 10 | 100;
      comment?: string;
      data?: {
        [key: string]: unknown;
      };
    };
    /** @description 客户 */
    Customer: {
      /** Format: uuid */
      id: string;
      name: string;
      type: components['schemas']['CustomerType'];
      grade: components['schemas']['CustomerGrade'];
      region: string;
      industry: string | null;
      phone: string | null;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      /** @description The lead this customer was converted from */
      leadId: string | null;
      address: string | null;
      /** @description WGS-84 latitude */
      lat: number | null;
      /** @description WGS-84 longitude */
      lng: number | null;
      /** @description manual, import, geocoder or demo */
      geoSource: string | null;
      nextFollowUpAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastActivityAt: string;
    };
    /** @description One page of a list */
    CustomerConversation: {
      items: components['schemas']['ChatMessage'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CustomerDeliveryView: {
      customer: {
        /** Format: uuid */
        id: string;
        name: string;
        region: string;
        grade: string;
        type: string;
        ownerName: string | null;
      };
      complaints: components['schemas']['Complaint'][];
      slaCommitments: components['schemas']['SlaCommitment'][];
      sitePhotos: components['schemas']['SitePhoto'][];
      contracts: components['schemas']['Contract'][];
      cards: components['schemas']['CardSummary'][];
    };
    /**
     * @description Customer grade A (most valuable) to D
     * @enum {string}
     */
    CustomerGrade: 'A' | 'B' | 'C' | 'D';
    /** @description 客户健康度 with its components and open alerts */
    CustomerHealth: {
      /** Format: uuid */
      customerId: string;
      /** @description 0–100 */
      score: number;
      level: components['schemas']['HealthLevel'];
      /** @description The health-score rule, the settings it read (weights…) and the playbook version */
      basis: components['schemas']['PlaybookBasis'];
      components: components['schemas']['HealthComponent'][];
      alerts: components['schemas']['CustomerHealthAlert'][];
    };
    /** @description An open remedial task of a health rule */
    CustomerHealthAlert: {
      /** Format: uuid */
      taskId: string;
      ruleId: string;
      title: string;
      reason: string | null;
      facts: {
        [key: string]: unknown;
      };
      dueAt: string | null;
      /** Format: date-time */
      createdAt: string;
      ruleName: string;
      /** @description The playbook version the alert fired under */
      playbookVersion: number | null;
    };
    CustomerHealthList: {
      items: components['schemas']['CustomerHealth'][];
    };
    /** @description One page of a list */
    CustomerList: {
      items: components['schemas']['Customer'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CustomerLtv: {
      /** Format: uuid */
      customerId: string;
      customerName: string;
      ownerId: string | null;
      ownerName: string | null;
      received: number;
      expectedRenewals: number;
      ltv: number;
    };
    /**
     * @description B2B or B2C
     * @enum {string}
     */
    CustomerType: 'B2B' | 'B2C';
    /**
     * @description own records, the teams led or belonged to (and below), a region, or everything
     * @enum {string}
     */
    DataScopeKind: 'own' | 'team' | 'region' | 'all';
    DecideConfirmationRequest: {
      /** @enum {string} */
      decision: 'confirm' | 'veto';
      /** @description Required for a veto */
      reason?: string;
      /**
       * @description Keys of the contract’s clauses a veto disputes
       * @default []
       */
      clauseKeys?: string[];
    };
    /**
     * @description product: 需求评审; finance: 信用核验/账期; delivery: 排期预审
     * @enum {string}
     */
    Department: 'product' | 'finance' | 'delivery';
    /** @description 设备（已安装设备台账） */
    Device: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      ownerId: string | null;
      ownerName: string | null;
      model: string;
      serialNo: string;
      siteAddress: string | null;
      installDate: string | null;
      warrantyEnd: string | null;
      status: components['schemas']['DeviceStatus'];
      notes: string | null;
      /** @description When the last maintenance was recorded */
      lastServiceAt: string | null;
      /** @description What the device’s QR label holds: PUBLIC_URL/d/<token> (changes when the label is revoked) */
      labelUrl: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description A consumable, spare part or service that fits the device */
    DeviceCompatibleProduct: {
      /** Format: uuid */
      id: string;
      sku: string;
      name: string;
      kind: string;
      unit: string;
      listPrice: number;
      /** @description 库存; null: not kept here */
      stockQuantity: number | null;
    };
    DeviceImportResult: {
      created: number;
      failed: number;
      /** @description Refused rows with their line number */
      errors: ({
        row: number;
        message: string;
      } & {
        [key: string]: unknown;
      })[];
    };
    DeviceLabelToken: {
      labelUrl: string;
    };
    /** @description One page of a list */
    DeviceList: {
      items: components['schemas']['Device'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 维保记录 */
    DeviceMaintenance: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      deviceId: string;
      /** Format: date-time */
      performedAt: string;
      engineerId: string | null;
      engineerName: string;
      faultCodes: string[];
      workDone: string;
      partsUsed: components['schemas']['DevicePartUsedDetail'][];
      photoFileIds: string[];
    };
    DeviceMaintenanceList: {
      items: components['schemas']['DeviceMaintenance'][];
    };
    /** @description A product of the price list and how many were used */
    DevicePartUsed: {
      /** Format: uuid */
      productId: string;
      quantity: number;
    };
    DevicePartUsedDetail: {
      /** Format: uuid */
      productId: string;
      quantity: number;
      sku: string | null;
      name: string | null;
    };
    DeviceQuoteResult: {
      /** Format: uuid */
      quoteId: string;
      number: string;
      /** Format: uuid */
      opportunityId: string;
      /** @description true: a new opportunity was opened; false: it joined the newest open one */
      opportunityCreated: boolean;
      total: number;
      /** @description GET it for the PDF (getQuotePdf) */
      pdfUrl: string;
    };
    /** @description Everything the scan page shows */
    DeviceScan: {
      device: components['schemas']['Device'];
      customer: components['schemas']['DeviceScanCustomer'];
      contacts: components['schemas']['DeviceScanContact'][];
      /** @description Newest first (at most 50) */
      maintenance: components['schemas']['DeviceMaintenance'][];
      /** @description The fault codes of the last maintenance, with their dictionary entries */
      lastFaults: components['schemas']['DeviceScanFault'][];
      /** @description Active consumables and spare parts whose compatible models contain the model */
      compatibleProducts: components['schemas']['DeviceCompatibleProduct'][];
      /** @description Active products of kind service (labour, e.g. 工时) */
      serviceProducts: components['schemas']['DeviceCompatibleProduct'][];
      /** @description The URL the label’s QR code holds */
      labelUrl: string;
    };
    DeviceScanContact: {
      /** Format: uuid */
      id: string;
      name: string;
      title: string | null;
      mobile: string | null;
      role: string;
      primary: boolean;
    };
    DeviceScanCustomer: {
      /** Format: uuid */
      id: string;
      name: string;
      region: string;
      grade: string;
    };
    DeviceScanFault: {
      code: string;
      /** @description false: the code is not in the dictionary of this model */
      known: boolean;
      meaning: string | null;
      likelyCause: string | null;
      recommendedAction: string | null;
      /** @description The usual parts found in the price list */
      parts: components['schemas']['DeviceCompatibleProduct'][];
    };
    /**
     * @description 在用 in_service, 维修中 under_repair, 停用 idle, 已报废 retired
     * @enum {string}
     */
    DeviceStatus: 'in_service' | 'under_repair' | 'idle' | 'retired';
    /** @description A stored lead or customer with the same normalised phone or company name */
    DuplicateMatch: {
      /** @enum {string} */
      type: 'lead' | 'customer';
      /** Format: uuid */
      id?: string;
      name?: string;
      ownerId?: string | null;
      ownerName?: string | null;
      /**
       * @description true: a record the caller may not see; only its kind is told
       * @constant
       */
      hidden?: true;
      matchedOn: ('phone' | 'name')[];
    };
    /** @description A contract due for renewal and how it was renewed */
    EndingContract: {
      /** Format: uuid */
      contractId: string;
      number: string;
      title: string;
      customerName: string;
      amount: number;
      /** Format: date */
      endDate: string;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      teamName: string | null;
      renewalOpportunityId: string | null;
      renewalOpportunityStatus: string | null;
      renewed: boolean;
      renewedAmount: number | null;
    };
    Engineer: {
      /** Format: uuid */
      id: string;
      name: string;
      region: string;
      skills: string[];
    };
    EngineerSchedule: {
      /** Format: uuid */
      id: string;
      name: string;
      region: string;
      skills: string[];
      bookings: {
        /** Format: uuid */
        id: string;
        /** Format: date */
        startsOn: string;
        /** Format: date */
        endsOn: string;
        note: string | null;
        contractId: string | null;
        contractNumber: string | null;
        contractTitle: string | null;
      }[];
      /** @description Free working days as date ranges */
      free: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
    };
    /** @description 资源甘特图: active engineers with bookings and free working days */
    EngineerSchedules: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      items: components['schemas']['EngineerSchedule'][];
    };
    ErpPaymentAnomalyRequest: {
      externalId: string;
      /** Format: uuid */
      customerId: string;
      /** @constant */
      status: 'abnormal';
      reason: string;
      amount?: number;
    };
    /** @description The error envelope of every 4xx and 5xx answer */
    Error: {
      error: {
        /**
         * @description Stable machine code, e.g. `VALIDATION`, `NOT_FOUND`, `STAGE_GATE`
         * @example NOT_FOUND
         */
        code: string;
        /**
         * @description Human-readable message in the language of `Accept-Language` (zh-CN by default, en)
         * @example 线索不存在或您无权查看
         */
        message: string;
        /** @description Structured details for some codes (validation issues, unmet stage requirements, blockers) */
        details?: unknown;
      };
    };
    FakeFollowupRate: {
      from: string;
      to: string;
      total: {
        followups: number;
        fake: number;
        flagged: number;
        invalid: number;
        rate: number | null;
      };
      regions: {
        region: string | null;
        followups: number;
        fake: number;
        flagged: number;
        invalid: number;
        rate: number | null;
      }[];
      teams: {
        teamId: string | null;
        teamName: string | null;
        region: string | null;
        followups: number;
        fake: number;
        flagged: number;
        invalid: number;
        rate: number | null;
      }[];
    };
    /** @description 故障代码 */
    FaultCode: {
      /** Format: uuid */
      id: string;
      model: string;
      code: string;
      meaning: string;
      likelyCause: string | null;
      recommendedAction: string | null;
      parts: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description One page of a list */
    FaultCodeList: {
      items: components['schemas']['FaultCode'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description An uploaded file’s metadata */
    File: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description Key of a playbook file kind (e.g. recording, screenshot, proposal) */
      kind: string;
      mime: string;
      /** @description Bytes */
      size: number;
      createdAt: string | null;
    };
    /** @description 跟进记录 */
    Followup: {
      /** Format: uuid */
      id: string;
      targetType: components['schemas']['FollowupTargetType'];
      /** Format: uuid */
      targetId: string;
      leadId: string | null;
      customerId: string | null;
      opportunityId: string | null;
      channel: string;
      valueTag: string;
      content: string;
      attachmentIds: string[];
      attachments: components['schemas']['FollowupAttachment'][];
      nextFollowUpAt: string | null;
      /** @description The record’s stage (or lead status) when the follow-up was written */
      stage: string | null;
      /** Format: uuid */
      authorId: string;
      authorName: string | null;
      correctsId: string | null;
      /** @description The contact persons involved */
      contacts: {
        /** Format: uuid */
        id: string;
        name: string;
        role: string;
        title: string | null;
      }[];
      /** Format: date-time */
      createdAt: string;
      flags: components['schemas']['FollowupFlag'][];
    };
    /** @description An evidence file of a follow-up */
    FollowupAttachment: {
      /** Format: uuid */
      id: string;
      name: string;
      kind: string;
      mime: string;
      size: number;
    };
    /** @description A yellow mark on a follow-up with the facts it is based on; reviewed by a person, never a deletion */
    FollowupFlag: {
      id: string;
      followupId: string;
      kind: components['schemas']['FollowupFlagKind'];
      reason: string;
      rule: components['schemas']['FollowupFlagRule'];
      /** @description The playbook version whose thresholds raised the flag (null: raised before versions were recorded) */
      playbookVersion: number | null;
      label: string;
      explanation: string;
      details: {
        [key: string]: unknown;
      };
      matchedFollowupId: string | null;
      matchedAuthorId: string | null;
      matchedAuthorName: string | null;
      matchedTarget: {
        type: string;
        id: string;
      } | null;
      similarity: number | null;
      status: components['schemas']['FollowupFlagStatus'];
      reviewedBy: string | null;
      reviewerName: string | null;
      reviewComment: string | null;
      reviewedAt: string | null;
      createdAt: string;
    };
    /**
     * @description similar: near-duplicate text (疑似雷同); burst: odd hours (异常时段) or bulk entry (批量录入); evidence: a WeChat follow-up without an archived conversation that day (缺少会话存档)
     * @enum {string}
     */
    FollowupFlagKind: 'similar' | 'burst' | 'evidence';
    FollowupFlagList: {
      items: components['schemas']['FollowupFlagListItem'][];
      total: number;
      page: number;
      pageSize: number;
      counts: {
        pending: number;
        confirmed: number;
        dismissed: number;
      };
    };
    /** @description A flag with its follow-up and the matched one */
    FollowupFlagListItem: {
      id: string;
      followupId: string;
      kind: components['schemas']['FollowupFlagKind'];
      reason: string;
      rule: components['schemas']['FollowupFlagRule'];
      /** @description The playbook version whose thresholds raised the flag (null: raised before versions were recorded) */
      playbookVersion: number | null;
      label: string;
      explanation: string;
      details: {
        [key: string]: unknown;
      };
      matchedFollowupId: string | null;
      matchedAuthorId: string | null;
      matchedAuthorName: string | null;
      matchedTarget: {
        type: string;
        id: string;
      } | null;
      similarity: number | null;
      status: components['schemas']['FollowupFlagStatus'];
      reviewedBy: string | null;
      reviewerName: string | null;
      reviewComment: string | null;
      reviewedAt: string | null;
      createdAt: string;
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
      matched: {
        id: string;
        content: string;
        authorName: string | null;
        createdAt: string;
      } | null;
      canReview: boolean;
    };
    /**
     * @description The rule that raised a flag: near_duplicate (疑似雷同), odd_hours (异常时段), burst (批量录入), no_chat_evidence (缺少会话存档)
     * @enum {string}
     */
    FollowupFlagRule: 'near_duplicate' | 'odd_hours' | 'burst' | 'no_chat_evidence';
    /**
     * @description pending review, confirmed (fake) or dismissed (genuine)
     * @enum {string}
     */
    FollowupFlagStatus: 'pending' | 'confirmed' | 'dismissed';
    /** @description One page of a list */
    FollowupList: {
      items: components['schemas']['Followup'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description One page of a list */
    FollowupSearchResult: {
      items: components['schemas']['Followup'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description The kind of record a follow-up is about
     * @enum {string}
     */
    FollowupTargetType: 'lead' | 'customer' | 'opportunity';
    /** @description 销售预测: the weighted pipeline of open opportunities in the caller’s scope */
    Forecast: {
      total: {
        /** @description Month YYYY-MM (or `unscheduled`), team id (or `none`), or product line */
        key: string;
        label: string;
        count: number;
        amount: number;
        /** @description Σ amount × win probability */
        weighted: number;
      };
      byMonth: {
        /** @description Month YYYY-MM (or `unscheduled`), team id (or `none`), or product line */
        key: string;
        label: string;
        count: number;
        amount: number;
        /** @description Σ amount × win probability */
        weighted: number;
      }[];
      byTeam: {
        /** @description Month YYYY-MM (or `unscheduled`), team id (or `none`), or product line */
        key: string;
        label: string;
        count: number;
        amount: number;
        /** @description Σ amount × win probability */
        weighted: number;
      }[];
      byProductLine: {
        /** @description Month YYYY-MM (or `unscheduled`), team id (or `none`), or product line */
        key: string;
        label: string;
        count: number;
        amount: number;
        /** @description Σ amount × win probability */
        weighted: number;
      }[];
      /** @description The playbook’s default win probability per stage */
      stageProbabilities: {
        [key: string]: number;
      };
    };
    /** @description Whether a move is allowed now, and every unmet requirement */
    GateCheck: {
      from: string;
      /** @description The stage checked; null when the opportunity is closed */
      to: string | null;
      allowed: boolean;
      missing: components['schemas']['MissingRequirement'][];
    };
    /** @description An open health alert with its customer’s health */
    HealthAlert: {
      /** Format: uuid */
      taskId: string;
      ruleId: string | null;
      ruleName: string | null;
      title: string;
      reason: string | null;
      facts: {
        [key: string]: unknown;
      };
      dueAt: string | null;
      createdAt: string | null;
      playbookVersion: number | null;
      /** Format: uuid */
      assigneeId: string;
      assigneeName: string;
      customer: {
        /** Format: uuid */
        id: string;
        name: string;
        grade: string;
        health: number | null;
        level: components['schemas']['HealthLevel'] | null;
      };
    };
    /** @description One page of a list */
    HealthAlertList: {
      items: components['schemas']['HealthAlert'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description The app answers and its database is readable */
    HealthCheck: {
      ok: boolean;
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      /** Format: date-time */
      time: string;
    };
    HealthComponent: {
      /** @enum {string} */
      key: 'recency' | 'nps' | 'renewal' | 'complaints';
      weight: number;
      /** @description The playbook setting of its weight, e.g. health.weights.recency */
      setting: string;
      /** @description 0–100; null when it does not apply to this customer */
      score: number | null;
      /** @description The facts behind the score */
      detail: {
        [key: string]: string | number | boolean | null;
      };
    };
    /**
     * @description ≥ 80 healthy, ≥ 60 attention, below 60 at risk
     * @enum {string}
     */
    HealthLevel: 'healthy' | 'attention' | 'risk';
    /** @description The widgets of the caller’s role; null where the role has none (or the module is switched off) */
    Home: {
      role: components['schemas']['Role'];
      /** Format: date-time */
      generatedAt: string;
      /** @description Sales: their own queue (due in 7 days); supervisors and managers: overdue work of their team */
      queue: {
        counts: {
          overdue: number;
          dueSoon: number;
          upcoming: number;
        };
        items: components['schemas']['QueueItem'][];
      } | null;
      /** @description 断点清单 summary: open leads and opportunities idle beyond the threshold, longest idle first */
      stale: {
        total: number;
        thresholdHours: number;
        items: {
          /** @enum {string} */
          entityType: 'lead' | 'opportunity';
          id: string;
          name: string;
          ownerName: string | null;
          idleHours: number;
        }[];
      } | null;
      /** @description Sales: pending flags on their own follow-ups; supervisors and above: flags to review */
      flags: {
        pending: number;
        items: {
          id: string;
          kind: string;
          reason: string;
          followupId: string;
          excerpt: string;
          authorName: string;
          /** Format: date-time */
          writtenAt: string;
          /** Format: date-time */
          flaggedAt: string;
        }[];
      } | null;
      /** @description A supervisor’s latest weekly spot-check sample */
      spotCheck: {
        week: string | null;
        total: number;
        judged: number;
      } | null;
      /** @description Managers: the KPIs of the last 30 days */
      kpi: {
        from: string;
        to: string;
        responseSlaRate: number | null;
        conversionRate: number | null;
        highIntentRate: number | null;
        fakeFollowupRate: number | null;
        leadsArrived: number;
      } | null;
      /** @description Managers: the top of the contribution ranking of the last complete month */
      contribution: {
        from: string;
        to: string;
        items: {
          userId: string;
          name: string;
          teamName: string | null;
          score: number;
          rank: number;
        }[];
      } | null;
      /** @description 协作堵点看板: cross-department cards overdue now, per department */
      blockers: {
        total: number;
        departments: {
          /** @enum {string} */
          department: 'product' | 'finance' | 'delivery';
          overdue: number;
        }[];
        items: {
          /** Format: uuid */
          id: string;
          /** Format: uuid */
          contractId: string;
          contractNumber: string;
          contractTitle: string;
          customerName: string;
          region: string;
          ownerId: string | null;
          ownerName: string | null;
          department: components['schemas']['Department'];
          kind: string;
          title: string;
          assigneeId: string | null;
          assigneeName: string | null;
          status: components['schemas']['TaskCardStatus'];
          /** @description Working days the department has */
          slaDays: number;
          /** Format: date-time */
          dueAt: string;
          overdue: boolean;
          overdueAt: string | null;
          pausedAt: string | null;
          payload: components['schemas']['TaskCardPayload'];
          result: {
            [key: string]: unknown;
          } | null;
          rejectionReason: string | null;
          completedAt: string | null;
          /** Format: date-time */
          createdAt: string;
          /** @description On GET /cards/{id} only */
          creditChecks?: components['schemas']['CreditCheck'][];
          overdueHours: number;
        }[];
      } | null;
      /** @description Product and finance: 待我确认, contracts waiting for their department’s confirmation */
      confirmations: {
        total: number;
        items: {
          contractId: string;
          number: string;
          title: string;
          amount: number;
          region: string;
          customerName: string;
          /** Format: date-time */
          requestedAt: string;
        }[];
      } | null;
      /** @description Product, finance and delivery: their department’s open cards, soonest due first */
      cards: {
        total: number;
        overdue: number;
        items: components['schemas']['TaskCard'][];
      } | null;
    };
    /** @description A field a sheet column can be mapped to, in the reader’s language */
    ImportField: {
      key: string;
      label: string;
      required: boolean;
      options:
        | {
            value: string;
            label: string;
          }[]
        | null;
    };
    /** @description A spreadsheet import run in the background, with its server-side progress */
    ImportJob: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['ImportKind'];
      filename: string;
      state: components['schemas']['ImportJobState'];
      mode: components['schemas']['ImportMode'] | null;
      /** @description The sheet’s column headers, as written */
      headers: string[];
      mapping: components['schemas']['ImportMapping'];
      fields: components['schemas']['ImportField'][];
      /** @description Data rows in the sheet */
      total: number;
      /** @description Rows checked so far by the worker */
      validated: number;
      /** @description Rows whose outcome is final (created, skipped or failed), committed */
      processed: number;
      created: number;
      /** @description Duplicates of an earlier row or a stored record */
      skipped: number;
      /** @description Rows with problems */
      failed: number;
      error: string | null;
      /** Format: date-time */
      createdAt: string;
      finishedAt: string | null;
    };
    ImportJobList: {
      items: components['schemas']['ImportJob'][];
    };
    /**
     * @description uploaded → queued → running → done, rejected (all or nothing with bad rows) or failed
     * @enum {string}
     */
    ImportJobState: 'uploaded' | 'queued' | 'running' | 'done' | 'rejected' | 'failed';
    /**
     * @description What a sheet imports: leads, customers, contacts, products, devices, fault codes or competitor stores
     * @enum {string}
     */
    ImportKind: 'leads' | 'customers' | 'contacts' | 'products' | 'devices' | 'fault_codes' | 'competitor_stores';
    /** @description Target field → the sheet’s column header it is read from (null: not imported) */
    ImportMapping: {
      [key: string]: string | null;
    };
    /**
     * @description all_or_nothing: any bad row and nothing is written; skip_bad_rows: good rows are written, bad ones reported
     * @enum {string}
     */
    ImportMode: 'all_or_nothing' | 'skip_bad_rows';
    ImportPreview: {
      total: number;
      rows: {
        /** @description Line number in the sheet (the header is line 1) */
        line: number;
        /** @description The cells in the order of `headers` */
        cells: string[];
        /** @description Every problem of the row, naming the sheet’s columns */
        problems: string[];
        duplicate: boolean;
      }[];
    };
    JudgeSpotCheckRequest: {
      /** @enum {string} */
      verdict: 'valid' | 'invalid';
      comment?: string;
    };
    KpiGroup: {
      /** @description Team id or region; null for records without one */
      key: string | null;
      label: string | null;
      leadCycle: {
        closed: number;
        avgDays: number | null;
      };
      highIntent: {
        total: number;
        answeredInWindow: number;
        rate: number | null;
      };
      responseSla: {
        met: number;
        breached: number;
        rate: number | null;
      };
      conversion: {
        arrived: number;
        converted: number;
        rate: number | null;
      };
      contractToDelivery: {
        contracts: number;
        avgWorkingDays: number | null;
        avgDays: number | null;
      };
      fakeFollowupRate: number | null;
      effectiveActionDensity: number | null;
    };
    KpiNumbers: {
      leadCycle: {
        closed: number;
        avgDays: number | null;
      };
      highIntent: {
        total: number;
        answeredInWindow: number;
        rate: number | null;
      };
      responseSla: {
        met: number;
        breached: number;
        rate: number | null;
      };
      conversion: {
        arrived: number;
        converted: number;
        rate: number | null;
      };
      contractToDelivery: {
        contracts: number;
        avgWorkingDays: number | null;
        avgDays: number | null;
      };
      fakeFollowupRate: number | null;
      effectiveActionDensity: number | null;
    };
    /** @description Management KPIs per team or region, in the caller’s data scope */
    KpiReport: {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @enum {string} */
      groupBy: 'team' | 'region';
      groups: components['schemas']['KpiGroup'][];
      total: components['schemas']['KpiNumbers'];
      fakeFollowupAvailable: boolean;
      highIntentStatuses: string[];
      highIntentResponseHours: number;
      /** @description How each KPI is computed, in the caller’s language */
      definitions: {
        [key: string]: string;
      };
    };
    /** @description 线索 */
    Lead: {
      /** Format: uuid */
      id: string;
      name: string;
      type: components['schemas']['CustomerType'];
      region: string;
      productLine: string;
      phone: string | null;
      company: string | null;
      source: string | null;
      status: components['schemas']['LeadStatus'];
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      customerId: string | null;
      assignedAt: string | null;
      firstContactAt: string | null;
      nextFollowUpAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastActivityAt: string;
      responseDueAt: string | null;
      responseWarnAt: string | null;
      slaStatus: components['schemas']['SlaStatus'];
      respondedAt: string | null;
      escalationLevel: number;
      poolSince: string | null;
    };
    /** @description The customer the lead became, and the opportunity when one was asked for */
    LeadConversion: {
      customer: components['schemas']['Customer'];
      opportunity: components['schemas']['Opportunity'] | null;
    };
    LeadImportResult: {
      created: number;
      failed: number;
      /** @description Refused rows with their line number (at most 1000) */
      errors: {
        row: number;
        message: string;
        /**
         * @description DUPLICATE: the row looks like an earlier row or a stored lead or customer
         * @enum {string}
         */
        code?: 'DUPLICATE';
        /** @description The earlier row of the file it repeats */
        duplicateOfRow?: number;
        /** @description The stored records it resembles */
        matches?: components['schemas']['DuplicateMatch'][];
      }[];
    };
    /** @description One page of a list */
    LeadList: {
      items: components['schemas']['Lead'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description new → contacted → qualified → converted, or disqualified
     * @enum {string}
     */
    LeadStatus: 'new' | 'contacted' | 'qualified' | 'converted' | 'disqualified';
    LoginRequest: {
      username: string;
      password: string;
    };
    /** @description The session cookie `sid` is set (http-only) */
    LoginResult: {
      /** @description Send it as `x-csrf-token` on every POST, PUT, PATCH and DELETE of this session */
      csrfToken: string;
      user: components['schemas']['SessionUser'];
    };
    LtvReport: {
      horizonYears: number;
      expectedRenewalRate: number;
      items: components['schemas']['CustomerLtv'][];
      reps: components['schemas']['RepLtvShare'][];
    };
    MapCompetitorStore: {
      /** @description WGS-84 */
      lat: number;
      /** @description WGS-84 */
      lng: number;
      /** @description In the asked `coordSystem` (only when it is gcj02 or bd09) */
      mapLat?: number;
      mapLng?: number;
      /** Format: uuid */
      id: string;
      brand: string;
      name: string;
      address: string | null;
      region: string | null;
      notes: string | null;
    };
    MapCompetitorStores: {
      items: components['schemas']['MapCompetitorStore'][];
      /** @description How many are in the box; at most `limit` are listed */
      total: number;
      truncated: boolean;
    };
    MapConfig: {
      /** @description Leaflet URL template of the tiles (MAP_TILE_URL) */
      tileUrl: string;
      attribution: string;
      /** @description The values of `{s}` in the URL (MAP_TILE_SUBDOMAINS) */
      subdomains: string;
      /** @description The tiles’ system (MAP_COORD_SYSTEM): the web converts WGS-84 points to it */
      coordSystem: components['schemas']['CoordSystem'];
      checkinMaxDistanceM: number;
    };
    /** @description A customer with its grade and how long it has been silent */
    MapCustomer: {
      /** @description WGS-84 */
      lat: number;
      /** @description WGS-84 */
      lng: number;
      /** @description In the asked `coordSystem` (only when it is gcj02 or bd09) */
      mapLat?: number;
      mapLng?: number;
      /** Format: uuid */
      id: string;
      name: string;
      grade: string;
      region: string;
      address: string | null;
      ownerName: string | null;
      /** Format: date-time */
      lastActivityAt: string;
      /** @description Whole days since the last activity */
      silentDays: number;
      /**
       * @description silent: no activity for the playbook’s `thresholds.inactiveCustomerDays`; quiet: for half of it
       * @enum {string}
       */
      silence: 'active' | 'quiet' | 'silent';
    };
    MapCustomers: {
      items: components['schemas']['MapCustomer'][];
      /** @description How many are in the box; at most `limit` are listed */
      total: number;
      truncated: boolean;
    };
    /** @description The map’s layers within the caller’s scope */
    MapLayers: {
      /** Format: date */
      date: string;
      coordSystem: components['schemas']['CoordSystem'];
      /** @description [minLng, minLat, maxLng, maxLat] as asked (WGS-84), null for everywhere */
      bbox: number[] | null;
      /** @description Each visible rep’s latest check-in of the date (a rep sees only their own) */
      reps: components['schemas']['MapRep'][];
      visits: components['schemas']['MapVisit'][];
      customers: components['schemas']['MapCustomers'];
      competitorStores: components['schemas']['MapCompetitorStores'];
    };
    /** @description A rep’s latest check-in of the day */
    MapRep: {
      /** @description WGS-84 */
      lat: number;
      /** @description WGS-84 */
      lng: number;
      /** @description In the asked `coordSystem` (only when it is gcj02 or bd09) */
      mapLat?: number;
      mapLng?: number;
      /** Format: uuid */
      repId: string;
      repName: string;
      teamId: string | null;
      /** Format: uuid */
      checkinId: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      accuracyM: number | null;
      /** Format: date-time */
      checkedInAt: string;
    };
    /** @description A visit of the day at its customer’s position */
    MapVisit: {
      /** @description WGS-84 */
      lat: number;
      /** @description WGS-84 */
      lng: number;
      /** @description In the asked `coordSystem` (only when it is gcj02 or bd09) */
      mapLat?: number;
      mapLng?: number;
      /** Format: uuid */
      id: string;
      status: components['schemas']['VisitStatus'];
      /** Format: uuid */
      repId: string;
      repName: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      plannedTime: string | null;
      purpose: string;
    };
    MarkRenewalRequest: {
      /** Format: uuid */
      contractId: string;
    };
    /** @description How many notices were unread */
    MarkedRead: {
      updated: number;
    };
    /** @description The signed-in user, their team and data scope */
    Me: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      teamId: string | null;
      /** @description `zh-CN` or `en` */
      locale: string;
      /**
       * @description Signed in with a session cookie or an API token (internal: the product itself, e.g. the demo loader)
       * @enum {string}
       */
      via: 'session' | 'token' | 'internal';
      /** @description The caller’s data scope: which records their reads and writes reach */
      scope: {
        kind: components['schemas']['DataScopeKind'];
        region: string | null;
        teamIds: string[];
        readOnly: boolean;
      };
      team: {
        /** Format: uuid */
        id: string;
        name: string;
        region: string;
      } | null;
      /** @description What the role may do beyond reading its scope (less what switched-off modules use); the server checks every call */
      permissions: components['schemas']['Permission'][];
      /** @description The playbook’s module switches: a switched-off module’s menus are hidden and its routes answer 403 MODULE_DISABLED */
      modules: {
        collaboration: boolean;
        authenticity: boolean;
        analytics: boolean;
        chatArchive: boolean;
        field: boolean;
      };
      /** @description The session’s CSRF token (browser sessions only): send it as `x-csrf-token` on every unsafe request */
      csrfToken?: string;
    };
    /** @description An unmet requirement of the stage gate */
    MissingRequirement: {
      /** @description The field key, or `followups:<channel>` / `files:<fileKind>` */
      key: string;
      /** @description What is missing, in the caller’s language */
      label: string;
      /** @description Id of the playbook rule */
      rule: string;
      ruleName: string;
      /** @enum {string} */
      kind: 'field' | 'followups' | 'files';
      /** @enum {string} */
      reason: 'missing' | 'too_short' | 'invalid' | 'not_future' | 'insufficient';
      required?: number;
      actual?: number;
    };
    MonthlyAppraisal: {
      month: string;
      /** @description The playbook version whose appraisal weights and targets were used */
      playbookVersion: number;
      basis: components['schemas']['PlaybookBasis'];
      components: {
        key: components['schemas']['AppraisalComponentKey'];
        label: string;
        weight: number;
        target: number;
      }[];
      /** @description Over every rep in reach */
      coordinationShare: number | null;
      items: components['schemas']['AppraisalItem'][];
    };
    MoveOpportunityStageRequest: {
      /** @description Key of the next stage, or of the lost stage */
      to: string;
      /** @description Field values of the stage being left, saved with the move */
      fields?: {
        [key: string]: string;
      };
      /** @description Required to mark the opportunity lost */
      reason?: string;
    };
    /** @description A notice in the caller’s inbox */
    Notification: {
      /** Format: uuid */
      id: string;
      /** @description What the notice is about, e.g. `lead.breach`, `card.overdue`, `contract.frozen` */
      kind: string;
      severity: components['schemas']['NotificationSeverity'];
      title: string;
      body: string;
      /** @description A path in the web client */
      link: string | null;
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      readAt: string | null;
    };
    /** @description One page of the inbox, and the unread count */
    NotificationList: {
      items: components['schemas']['Notification'][];
      total: number;
      page: number;
      pageSize: number;
      unread: number;
    };
    /** @enum {string} */
    NotificationSeverity: 'info' | 'warning' | 'critical';
    NpsAnswer: {
      /** Format: uuid */
      id: string;
      /** @description On the 0–100 scale */
      score: number;
      /** @description As answered */
      rawScore: number;
      /** @description 10 or 100 */
      scale: number;
      comment: string | null;
      source: components['schemas']['NpsSource'];
      recordedByName: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    NpsAnswerList: {
      items: components['schemas']['NpsAnswer'][];
    };
    /** @enum {string} */
    NpsSource: 'ui' | 'api' | 'csm';
    /** @description `{ok: true}` */
    Ok: {
      ok: boolean;
    };
    /** @description 商机 */
    Opportunity: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      customerGrade: components['schemas']['CustomerGrade'] | null;
      name: string;
      amount: number;
      productLine: string;
      region: string;
      /** @description Key of a playbook stage */
      stage: string;
      status: components['schemas']['OpportunityStatus'];
      lostReason: string | null;
      /** Format: date-time */
      stageEnteredAt: string;
      /** @description The current stage’s field values */
      fields: {
        [key: string]: string;
      };
      /** @description Field values recorded per stage key */
      stageFields: {
        [key: string]: {
          [key: string]: string;
        };
      };
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      nextFollowUpAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastActivityAt: string;
      expectedCloseDate: string | null;
      /** @description Set on the opportunity; null: the playbook’s default for the stage */
      winProbability: number | null;
      competitors: string[];
    };
    /** @description An opportunity with its stage history and what the next stage still needs */
    OpportunityDetail: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      customerGrade: components['schemas']['CustomerGrade'] | null;
      name: string;
      amount: number;
      productLine: string;
      region: string;
      /** @description Key of a playbook stage */
      stage: string;
      status: components['schemas']['OpportunityStatus'];
      lostReason: string | null;
      /** Format: date-time */
      stageEnteredAt: string;
      /** @description The current stage’s field values */
      fields: {
        [key: string]: string;
      };
      /** @description Field values recorded per stage key */
      stageFields: {
        [key: string]: {
          [key: string]: string;
        };
      };
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      nextFollowUpAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      lastActivityAt: string;
      expectedCloseDate: string | null;
      /** @description Set on the opportunity; null: the playbook’s default for the stage */
      winProbability: number | null;
      competitors: string[];
      history: components['schemas']['StageChange'][];
      /** @description What the next stage still needs (empty when closed) */
      gate: {
        nextStage: string | null;
        missing: components['schemas']['MissingRequirement'][];
        /** @description What the playbook rules are scoped by (customer grade and type, region, product line), so a client can re-check fields as they are typed */
        subject: {
          grade: string;
          type: string;
          region: string;
          productLine: string;
        };
      };
    };
    /** @description One page of a list */
    OpportunityList: {
      items: components['schemas']['Opportunity'][];
      total: number;
      page: number;
      pageSize: number;
    };
    OpportunityRenewal: {
      renewalOf: components['schemas']['RenewalLink'] | null;
    };
    /**
     * @description open, or closed as won or lost
     * @enum {string}
     */
    OpportunityStatus: 'open' | 'won' | 'lost';
    OrgImportResult: {
      /** @description Teams created */
      teams: string[];
      /** @description Users created, each with a generated first password shown only in this answer */
      users: {
        username: string;
        displayName: string;
        role: components['schemas']['Role'];
        team: string;
        password: string;
      }[];
      /** @description Rows not imported, by line number */
      errors: {
        row: number;
        message: string;
      }[];
    };
    OutboxAttempt: {
      attempt: number;
      at: string | null;
      ok: boolean;
      httpStatus: number | null;
      code: string | null;
      response: string | null;
      error: string | null;
      durationMs: number;
    };
    OutboxAttemptList: {
      items: components['schemas']['OutboxAttempt'][];
    };
    /** @enum {string} */
    OutboxChannel: 'feishu' | 'wecom' | 'email';
    /** @description An external message (Feishu, WeCom, e-mail) and its delivery state */
    OutboxMessage: {
      id: number;
      channel: components['schemas']['OutboxChannel'];
      /** @description Which team channel or address (no secrets) */
      target: string;
      title: string;
      status: components['schemas']['OutboxStatus'];
      attempts: number;
      /** @description With secrets masked */
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      nextAttemptAt: string | null;
      sentAt: string | null;
    };
    OutboxMessageList: {
      items: components['schemas']['OutboxMessage'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description `status` is `pending` */
    OutboxRetry: {
      id: number;
      status: string;
    };
    /**
     * @description pending (retried with backoff), sending, sent, or dead after the last attempt
     * @enum {string}
     */
    OutboxStatus: 'pending' | 'sending' | 'sent' | 'dead';
    /** @description 回款: money received on a contract and the receivables it settled */
    Payment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      amount: number;
      /** Format: date-time */
      receivedAt: string;
      reference: string;
      /** @enum {string} */
      via: 'session' | 'token' | 'internal';
      recordedByName: string | null;
      /** Format: date-time */
      createdAt: string;
      allocations: {
        /** Format: uuid */
        receivableId: string;
        seq: number;
        amount: number;
      }[];
    };
    /** @description 付款异常 */
    PaymentAnomaly: {
      /** Format: uuid */
      id: string;
      source: components['schemas']['PaymentAnomalySource'];
      externalId: string | null;
      status: components['schemas']['PaymentAnomalyStatus'];
      reason: string;
      amount: number | null;
      createdAt: string | null;
      resolvedAt: string | null;
      resolution: string | null;
    };
    PaymentAnomalyList: {
      items: components['schemas']['PaymentAnomaly'][];
    };
    PaymentAnomalyReport: {
      /** Format: uuid */
      anomalyId: string;
      /** @description Contracts frozen now */
      frozen: string[];
      /** @description The externalId was reported before: nothing changed */
      duplicate: boolean;
    };
    PaymentAnomalyResolution: {
      /** Format: uuid */
      anomalyId: string;
      /** @description Contracts back where they were (none while another anomaly of the customer is open) */
      unfrozen: string[];
    };
    /**
     * @description overdue: raised by the receivables rule
     * @enum {string}
     */
    PaymentAnomalySource: 'finance' | 'erp' | 'overdue';
    /** @enum {string} */
    PaymentAnomalyStatus: 'open' | 'resolved';
    PaymentTerms: {
      /** @description 账期: days after invoice */
      creditDays: number;
      instalments: {
        dueDays: number;
        percent: number;
        milestone: string;
      }[];
    };
    /**
     * @description Something a role may do beyond reading its scope
     * @enum {string}
     */
    Permission:
      | 'org:manage'
      | 'tokens:manage'
      | 'playbook:edit'
      | 'audit:read'
      | 'audit:verify'
      | 'records:write'
      | 'leads:assign'
      | 'leads:import'
      | 'calendar:manage'
      | 'system:operate'
      | 'webhooks:manage'
      | 'integrations:manage'
      | 'products:write'
      | 'quotes:approve';
    /** @description A planned customer visit */
    PlanVisitRequest: {
      /** Format: uuid */
      customerId: string;
      /**
       * Format: date
       * @description A local date YYYY-MM-DD (the playbook’s time zone)
       */
      date: string;
      /** @description HH:MM */
      plannedTime?: string;
      purpose: string;
      /**
       * Format: uuid
       * @description Whose visit (default the caller; managers may plan for reps they lead)
       */
      repId?: string;
    };
    /** @description A published playbook version */
    Playbook: {
      version: number;
      createdAt: string | null;
      document: components['schemas']['PlaybookDocument'];
      /** @description The document’s stages in order (a shortcut) */
      stages: components['schemas']['PlaybookStage'][];
    };
    /** @description The rule, playbook settings and playbook version an answer was computed with */
    PlaybookBasis: {
      /** @description The rule that computed the answer, e.g. health-score, contribution-score, monthly-appraisal */
      rule: string;
      /** @description The playbook settings it read, as paths (e.g. health.weights, contribution.phases[growth].weights) */
      settings: string[];
      /** @description The playbook version those settings came from */
      playbookVersion: number;
    };
    PlaybookChange: {
      path: string;
      before: unknown;
      after: unknown;
    };
    /** @description Both documents and every changed setting path (keyed lists by key) */
    PlaybookComparison: {
      from: components['schemas']['Playbook'];
      to: components['schemas']['Playbook'];
      changes: components['schemas']['PlaybookChange'][];
    };
    /** @description 销售流程手册: stages, fields, rules, lists and thresholds; sections added after version 1 have defaults */
    PlaybookDocument: {
      name: string;
      /** @description The pipeline in order */
      stages: components['schemas']['PlaybookStage'][];
      fields: {
        key: string;
        label: string;
        labelEn?: string;
        /** @enum {string} */
        type: 'text' | 'datetime';
        minLength?: number;
        future?: boolean;
        hint?: string;
      }[];
      channels: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      valueTags: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      fileKinds: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      regions: string[];
      productLines: string[];
      /** @default [] */
      leadSources: string[];
      rules: {
        stageFields: {
          id: string;
          name: string;
          enabled: boolean;
          /** @default {} */
          scope: {
            grades?: ('A' | 'B' | 'C' | 'D')[];
            types?: ('B2B' | 'B2C')[];
            regions?: string[];
            productLines?: string[];
          };
          stages: string[];
          fields: string[];
        }[];
        gradeRules: {
          id: string;
          name: string;
          enabled: boolean;
          /** @default {} */
          scope: {
            grades?: ('A' | 'B' | 'C' | 'D')[];
            types?: ('B2B' | 'B2C')[];
            regions?: string[];
            productLines?: string[];
          };
          toStage: string;
          requirements: (
            | {
                /** @constant */
                kind: 'followups';
                channel: string;
                min: number;
              }
            | {
                /** @constant */
                kind: 'files';
                fileKind: string;
                min: number;
              }
          )[];
        }[];
      };
      thresholds: {
        staleHours: number;
        inactiveCustomerDays: number;
        renewalWarningDays: number;
        npsAlertBelow: number;
      };
      /**
       * @default {
       *       "businessHours": {
       *         "start": "09:00",
       *         "end": "18:00",
       *         "timeZone": "Asia/Shanghai"
       *       },
       *       "responsePolicies": [
       *         {
       *           "type": "B2B",
       *           "hours": 2,
       *           "clock": "business"
       *         },
       *         {
       *           "type": "B2C",
       *           "hours": 24,
       *           "clock": "natural"
       *         }
       *       ],
       *       "warnAtRatio": 0.75,
       *       "secondEscalationRatio": 1,
       *       "qualifyingChannels": [
       *         "visit",
       *         "phone",
       *         "wechat",
       *         "meeting",
       *         "email"
       *       ]
       *     }
       */
      sla: {
        businessHours: {
          start: string;
          end: string;
          timeZone: string;
        };
        responsePolicies: {
          /** @enum {string} */
          type: 'B2B' | 'B2C';
          hours: number;
          /** @enum {string} */
          clock: 'business' | 'natural';
        }[];
        warnAtRatio: number;
        secondEscalationRatio: number;
        qualifyingChannels: string[];
      };
      /**
       * @default {
       *       "autoAssign": false,
       *       "routes": [
       *         {
       *           "region": "*",
       *           "productLine": "*"
       *         }
       *       ],
       *       "unassignedAlertMinutes": 30,
       *       "recycleEnabled": true,
       *       "recycleAfterDays": 15,
       *       "recycleReminderDays": 3
       *     }
       */
      assignment: {
        autoAssign: boolean;
        routes: {
          region: string;
          productLine: string;
          usernames?: string[];
          teams?: string[];
        }[];
        unassignedAlertMinutes: number;
        recycleEnabled: boolean;
        recycleAfterDays: number;
        recycleReminderDays: number;
      };
      /**
       * @default {
       *       "staleDigestAt": "08:30"
       *     }
       */
      schedules: {
        staleDigestAt: string;
      };
      /**
       * @default {
       *       "slaDays": {
       *         "product": 2,
       *         "finance": 1,
       *         "delivery": 3
       *       },
       *       "routing": [],
       *       "heads": {},
       *       "requirementTemplates": [
       *         {
       *           "key": "equipment",
       *           "name": "设备选型与配置",
       *           "items": [
       *             {
       *               "key": "model",
       *               "label": "设备型号与数量",
       *               "params": [
       *                 {
       *                   "key": "model",
       *                   "label": "型号",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "quantity",
       *                   "label": "数量",
       *                   "type": "number",
       *                   "unit": "台"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "power",
       *               "label": "供电与环境",
       *               "params": [
       *                 {
       *                   "key": "voltage",
       *                   "label": "电压/频率",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "environment",
       *                   "label": "使用环境（温湿度、防尘）",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "installation",
       *           "name": "安装调试",
       *           "items": [
       *             {
       *               "key": "site",
       *               "label": "现场条件",
       *               "params": [
       *                 {
       *                   "key": "address",
       *                   "label": "安装地点",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "access",
       *                   "label": "进场条件（吊装、通道）",
       *                   "type": "text"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "window",
       *               "label": "安装时间窗口",
       *               "params": [
       *                 {
       *                   "key": "from",
       *                   "label": "最早开始",
       *                   "type": "date"
       *                 },
       *                 {
       *                   "key": "to",
       *                   "label": "最晚完成",
       *                   "type": "date"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "integration",
       *           "name": "系统集成与接口对接",
       *           "items": [
       *             {
       *               "key": "systems",
       *               "label": "对接系统",
       *               "params": [
       *                 {
       *                   "key": "systems",
       *                   "label": "系统（ERP/MES/WMS…）",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "protocol",
       *                   "label": "接口协议（OPC UA/REST/Modbus…）",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "customisation",
       *           "name": "定制开发",
       *           "items": [
       *             {
       *               "key": "features",
       *               "label": "定制功能清单",
       *               "params": [
       *                 {
       *                   "key": "features",
       *                   "label": "功能描述",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "effortDays",
       *                   "label": "预估工作量",
       *                   "type": "number",
       *                   "unit": "人天"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "acceptance",
       *               "label": "定制验收口径",
       *               "params": [
       *                 {
       *                   "key": "criteria",
       *                   "label": "验收标准",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "data_migration",
       *           "name": "数据迁移",
       *           "items": [
       *             {
       *               "key": "source",
       *               "label": "源系统与数据量",
       *               "params": [
       *                 {
       *                   "key": "source",
       *                   "label": "源系统",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "records",
       *                   "label": "数据量",
       *                   "type": "number",
       *                   "unit": "条"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "training",
       *           "name": "培训服务",
       *           "items": [
       *             {
       *               "key": "sessions",
       *               "label": "培训安排",
       *               "params": [
       *                 {
       *                   "key": "attendees",
       *                   "label": "参训人数",
       *                   "type": "number",
       *                   "unit": "人"
       *                 },
       *                 {
       *                   "key": "days",
       *                   "label": "培训天数",
       *                   "type": "number",
       *                   "unit": "天"
       *                 },
       *                 {
       *                   "key": "location",
       *                   "label": "培训地点",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "maintenance",
       *           "name": "维保服务与响应等级",
       *           "items": [
       *             {
       *               "key": "level",
       *               "label": "维保等级",
       *               "params": [
       *                 {
       *                   "key": "years",
       *                   "label": "维保年限",
       *                   "type": "number",
       *                   "unit": "年"
       *                 },
       *                 {
       *                   "key": "responseHours",
       *                   "label": "故障响应时限",
       *                   "type": "number",
       *                   "unit": "小时"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "onsite",
       *               "label": "驻场服务",
       *               "params": [
       *                 {
       *                   "key": "days",
       *                   "label": "驻场天数",
       *                   "type": "number",
       *                   "unit": "天"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "spare_parts",
       *           "name": "备品备件",
       *           "items": [
       *             {
       *               "key": "list",
       *               "label": "备件清单",
       *               "params": [
       *                 {
       *                   "key": "parts",
       *                   "label": "备件及数量",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "delivery_schedule",
       *           "name": "交付周期与里程碑",
       *           "items": [
       *             {
       *               "key": "deadline",
       *               "label": "期望交付日期",
       *               "params": [
       *                 {
       *                   "key": "date",
       *                   "label": "交付日期",
       *                   "type": "date"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "milestones",
       *               "label": "里程碑",
       *               "params": [
       *                 {
       *                   "key": "milestones",
       *                   "label": "里程碑与时间",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "compliance",
       *           "name": "合规与认证",
       *           "items": [
       *             {
       *               "key": "certifications",
       *               "label": "认证要求",
       *               "params": [
       *                 {
       *                   "key": "certs",
       *                   "label": "认证（3C、CE、等保…）",
       *                   "type": "text"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "data_security",
       *               "label": "数据安全要求",
       *               "params": [
       *                 {
       *                   "key": "requirements",
       *                   "label": "要求说明",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "acceptance",
       *           "name": "验收标准",
       *           "items": [
       *             {
       *               "key": "criteria",
       *               "label": "验收指标与方法",
       *               "params": [
       *                 {
       *                   "key": "metrics",
       *                   "label": "指标",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "method",
       *                   "label": "验收方法",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "invoicing",
       *           "name": "付款与开票",
       *           "items": [
       *             {
       *               "key": "invoice",
       *               "label": "开票要求",
       *               "params": [
       *                 {
       *                   "key": "type",
       *                   "label": "发票类型（增值税专票/普票）",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "split",
       *                   "label": "分批开票说明",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         }
       *       ],
       *       "reportDay": 1
       *     }
       */
      collaboration: {
        slaDays: {
          product: number;
          finance: number;
          delivery: number;
        };
        routing: {
          /** @enum {string} */
          department: 'product' | 'finance' | 'delivery';
          region: string;
          username: string;
        }[];
        heads: {
          product?: string;
          finance?: string;
          delivery?: string;
        };
        requirementTemplates: {
          key: string;
          name: string;
          items: {
            key: string;
            label: string;
            params: {
              key: string;
              label: string;
              /** @enum {string} */
              type: 'text' | 'number' | 'date' | 'boolean';
              unit?: string;
            }[];
          }[];
        }[];
        reportDay: number;
      };
      /**
       * @default {
       *       "similarityThreshold": 0.8,
       *       "lookbackDays": 90,
       *       "burst": {
       *         "windowMinutes": 10,
       *         "maxEntries": 5
       *       },
       *       "oddHours": {
       *         "from": "00:00",
       *         "to": "05:00"
       *       },
       *       "spotCheck": {
       *         "enabled": true,
       *         "weekday": 1,
       *         "at": "09:00",
       *         "size": 5
       *       }
       *     }
       */
      authenticity: {
        similarityThreshold: number;
        lookbackDays: number;
        burst: {
          windowMinutes: number;
          maxEntries: number;
        };
        oddHours: {
          from: string;
          to: string;
        };
        spotCheck: {
          enabled: boolean;
          weekday: number;
          at: string;
          size: number;
        };
      };
      /**
       * @default {
       *       "phases": [
       *         {
       *           "key": "expansion",
       *           "label": "拓展期",
       *           "labelEn": "Expansion",
       *           "weights": {
       *             "newCustomers": 0.6,
       *             "upsell": 0.25,
       *             "customerSuccess": 0.15
       *           }
       *         },
       *         {
       *           "key": "growth",
       *           "label": "成长期",
       *           "labelEn": "Growth",
       *           "weights": {
       *             "newCustomers": 0.45,
       *             "upsell": 0.35,
       *             "customerSuccess": 0.2
       *           }
       *         },
       *         {
       *           "key": "mature",
       *           "label": "成熟期",
       *           "labelEn": "Mature",
       *           "weights": {
       *             "newCustomers": 0.25,
       *             "upsell": 0.45,
       *             "customerSuccess": 0.3
       *           }
       *         }
       *       ],
       *       "activePhase": "growth",
       *       "csmPoints": {
       *         "ticket": 2,
       *         "training": 5,
       *         "whitepaper_download": 1,
       *         "webinar": 3,
       *         "nps": 1
       *       },
       *       "customerSuccessTags": [
       *         "customer_success"
       *       ],
       *       "customerSuccessFollowupPoints": 1
       *     }
       */
      contribution: {
        phases: {
          key: string;
          label: string;
          labelEn?: string;
          weights: {
            newCustomers: number;
            upsell: number;
            customerSuccess: number;
          };
        }[];
        activePhase: string;
        csmPoints: {
          [key: string]: number;
        };
        customerSuccessTags: string[];
        customerSuccessFollowupPoints: number;
      };
      /**
       * @default {
       *       "weights": {
       *         "recency": 0.35,
       *         "nps": 0.25,
       *         "renewal": 0.2,
       *         "complaints": 0.2
       *       },
       *       "recentDays": 7,
       *       "complaintPenalty": 40,
       *       "taskDueHours": 24
       *     }
       */
      health: {
        weights: {
          recency: number;
          nps: number;
          renewal: number;
          complaints: number;
        };
        recentDays: number;
        complaintPenalty: number;
        taskDueHours: number;
      };
      /**
       * @default {
       *       "highIntentStatuses": [
       *         "qualified",
       *         "converted"
       *       ],
       *       "highIntentResponseHours": 48
       *     }
       */
      kpi: {
        highIntentStatuses: ('new' | 'contacted' | 'qualified' | 'converted' | 'disqualified')[];
        highIntentResponseHours: number;
      };
      /**
       * @default {
       *       "retentionDays": 180,
       *       "purgeAt": "03:00"
       *     }
       */
      chatArchive: {
        retentionDays: number;
        purgeAt: string;
      };
      /**
       * @default {
       *       "categories": [
       *         {
       *           "key": "price",
       *           "label": "价格",
       *           "labelEn": "Price",
       *           "keywords": [
       *             "价格",
       *             "报价",
       *             "太贵",
       *             "贵",
       *             "便宜",
       *             "折扣",
       *             "优惠",
       *             "降价",
       *             "预算",
       *             "成本",
       *             "费用",
       *             "单价",
       *             "总价",
       *             "性价比",
       *             "打折",
       *             "price",
       *             "discount",
       *             "budget"
       *           ]
       *         },
       *         {
       *           "key": "delivery_time",
       *           "label": "交付周期",
       *           "labelEn": "Delivery time",
       *           "keywords": [
       *             "交付周期",
       *             "交期",
       *             "货期",
       *             "工期",
       *             "到货",
       *             "发货",
       *             "交付",
       *             "上线时间",
       *             "排期",
       *             "多久",
       *             "延期",
       *             "加急",
       *             "进度",
       *             "deadline",
       *             "delivery"
       *           ]
       *         },
       *         {
       *           "key": "quality",
       *           "label": "质量",
       *           "labelEn": "Quality",
       *           "keywords": [
       *             "质量",
       *             "品质",
       *             "稳定性",
       *             "故障",
       *             "缺陷",
       *             "次品",
       *             "良率",
       *             "返工",
       *             "可靠性",
       *             "精度",
       *             "寿命",
       *             "认证",
       *             "bug",
       *             "quality"
       *           ]
       *         },
       *         {
       *           "key": "after_sales",
       *           "label": "售后",
       *           "labelEn": "After-sales",
       *           "keywords": [
       *             "售后",
       *             "售后服务",
       *             "维修",
       *             "保修",
       *             "质保",
       *             "维保",
       *             "退货",
       *             "换货",
       *             "上门",
       *             "响应时间",
       *             "技术支持",
       *             "运维",
       *             "投诉",
       *             "support",
       *             "warranty"
       *           ]
       *         },
       *         {
       *           "key": "competitor",
       *           "label": "竞品",
       *           "labelEn": "Competitors",
       *           "keywords": [
       *             "竞品",
       *             "竞争对手",
       *             "友商",
       *             "对手",
       *             "别家",
       *             "其他厂家",
       *             "同行",
       *             "对比",
       *             "比较",
       *             "替代",
       *             "国外品牌",
       *             "competitor"
       *           ]
       *         },
       *         {
       *           "key": "payment",
       *           "label": "付款",
       *           "labelEn": "Payment",
       *           "keywords": [
       *             "付款",
       *             "账期",
       *             "首付",
       *             "尾款",
       *             "预付款",
       *             "分期",
       *             "发票",
       *             "开票",
       *             "回款",
       *             "结算",
       *             "汇款",
       *             "转账",
       *             "付款方式",
       *             "invoice",
       *             "payment"
       *           ]
       *         },
       *         {
       *           "key": "features",
       *           "label": "功能需求",
       *           "labelEn": "Feature requests",
       *           "keywords": [
       *             "功能",
       *             "需求",
       *             "定制",
       *             "定制化",
       *             "接口",
       *             "对接",
       *             "集成",
       *             "二次开发",
       *             "参数",
       *             "配置",
       *             "兼容",
       *             "扩展",
       *             "升级",
       *             "API",
       *             "feature"
       *           ]
       *         },
       *         {
       *           "key": "training",
       *           "label": "培训",
       *           "labelEn": "Training",
       *           "keywords": [
       *             "培训",
       *             "教程",
       *             "手册",
       *             "操作指导",
       *             "上手",
       *             "说明书",
       *             "演示",
       *             "实操",
       *             "课程",
       *             "使用方法",
       *             "training"
       *           ]
       *         },
       *         {
       *           "key": "contract_terms",
       *           "label": "合同条款",
       *           "labelEn": "Contract terms",
       *           "keywords": [
       *             "合同",
       *             "条款",
       *             "违约",
       *             "违约金",
       *             "签约",
       *             "盖章",
       *             "法务",
       *             "补充协议",
       *             "验收",
       *             "验收标准",
       *             "contract"
       *           ]
       *         },
       *         {
       *           "key": "implementation",
       *           "label": "实施与交付资源",
       *           "labelEn": "Implementation",
       *           "keywords": [
       *             "实施",
       *             "部署",
       *             "安装",
       *             "调试",
       *             "现场",
       *             "驻场",
       *             "工程师",
       *             "上线",
       *             "迁移",
       *             "试运行",
       *             "implementation"
       *           ]
       *         }
       *       ]
       *     }
       */
      concerns: {
        categories: {
          key: string;
          label: string;
          labelEn: string;
          keywords: string[];
        }[];
      };
      /**
       * @default {
       *       "taxRate": 0.13,
       *       "approvalDiscountPct": 10,
       *       "companyName": "销售过程管理示范有限公司",
       *       "companyDetails": "",
       *       "validityDays": 30
       *     }
       */
      quotes: {
        taxRate: number;
        approvalDiscountPct: number;
        companyName: string;
        /** @default  */
        companyDetails: string;
        validityDays: number;
      };
      /**
       * @default {
       *       "stageProbabilities": {
       *         "initial": 10,
       *         "needs": 20,
       *         "proposal": 40,
       *         "negotiation": 60,
       *         "contract": 80,
       *         "won": 100,
       *         "lost": 0
       *       }
       *     }
       */
      forecast: {
        stageProbabilities: {
          [key: string]: number;
        };
      };
      /**
       * @default {
       *       "overdueWorkingDays": 10,
       *       "signingDeadlineDays": 30
       *     }
       */
      receivables: {
        overdueWorkingDays: number;
        signingDeadlineDays: number;
      };
      /**
       * @default {
       *       "leadDays": 90,
       *       "ltvHorizonYears": 3,
       *       "expectedRenewalRate": 0.8
       *     }
       */
      renewals: {
        leadDays: number;
        ltvHorizonYears: number;
        expectedRenewalRate: number;
      };
      /**
       * @default {
       *       "categories": [
       *         {
       *           "key": "product_quality",
       *           "label": "产品质量",
       *           "labelEn": "Product quality"
       *         },
       *         {
       *           "key": "delivery_delay",
       *           "label": "交付延迟",
       *           "labelEn": "Delivery delay"
       *         },
       *         {
       *           "key": "service_attitude",
       *           "label": "服务态度",
       *           "labelEn": "Service attitude"
       *         },
       *         {
       *           "key": "coordination",
       *           "label": "内部协调不畅",
       *           "labelEn": "Poor internal coordination"
       *         },
       *         {
       *           "key": "billing",
       *           "label": "账单问题",
       *           "labelEn": "Billing"
       *         }
       *       ],
       *       "coordinationCategory": "coordination"
       *     }
       */
      complaints: {
        categories: {
          key: string;
          label: string;
          labelEn?: string;
        }[];
        coordinationCategory: string;
      };
      /**
       * @default {
       *       "components": [
       *         {
       *           "key": "newCustomerAmount",
       *           "label": "新客户签约额",
       *           "labelEn": "New-customer signing amount",
       *           "weight": 42.5,
       *           "target": 500000
       *         },
       *         {
       *           "key": "renewalRate",
       *           "label": "老客户续约率",
       *           "labelEn": "Renewal rate",
       *           "weight": 26.4,
       *           "target": 0.9
       *         },
       *         {
       *           "key": "incubationQuality",
       *           "label": "商机孵化质量",
       *           "labelEn": "Opportunity incubation quality",
       *           "weight": 16.1,
       *           "target": 0.3
       *         },
       *         {
       *           "key": "customerHealth",
       *           "label": "客户健康度",
       *           "labelEn": "Customer health",
       *           "weight": 15,
       *           "target": 100
       *         }
       *       ]
       *     }
       */
      appraisal: {
        components: {
          /** @enum {string} */
          key: 'newCustomerAmount' | 'renewalRate' | 'incubationQuality' | 'customerHealth';
          label: string;
          labelEn?: string;
          weight: number;
          target: number;
        }[];
      };
      /**
       * @default {
       *       "collaboration": true,
       *       "authenticity": true,
       *       "analytics": true,
       *       "chatArchive": true,
       *       "field": true
       *     }
       */
      modules: {
        collaboration: boolean;
        authenticity: boolean;
        analytics: boolean;
        chatArchive: boolean;
        field: boolean;
      };
      /**
       * @default {
       *       "publicView": false
       *     }
       */
      devices: {
        publicView: boolean;
      };
      /**
       * @default {
       *       "checkinMaxDistanceM": 500,
       *       "maxAccuracyM": 1000,
       *       "locationRetentionDays": 90
       *     }
       */
      field: {
        checkinMaxDistanceM: number;
        maxAccuracyM: number;
        locationRetentionDays: number;
      };
      /**
       * @default {
       *       "valueTagKeywords": [
       *         {
       *           "valueTag": "needs_discovery",
       *           "keywords": [
       *             "需求",
       *             "痛点",
       *             "预算",
       *             "现状",
       *             "调研",
       *             "规划",
       *             "产能",
       *             "瓶颈",
       *             "改造"
       *           ]
       *         },
       *         {
       *           "valueTag": "objection_handling",
       *           "keywords": [
       *             "顾虑",
       *             "担心",
       *             "异议",
       *             "疑虑",
       *             "不满意",
       *             "打消",
       *             "质疑",
       *             "犹豫"
       *           ]
       *         },
       *         {
       *           "valueTag": "value_presentation",
       *           "keywords": [
       *             "价值",
       *             "案例",
       *             "收益",
       *             "回报",
       *             "节省",
       *             "效益",
       *             "ROI",
       *             "标杆"
       *           ]
       *         },
       *         {
       *           "valueTag": "solution_demo",
       *           "keywords": [
       *             "演示",
       *             "试用",
       *             "样机",
       *             "展示",
       *             "测试",
       *             "试运行",
       *             "方案"
       *           ]
       *         },
       *         {
       *           "valueTag": "negotiation",
       *           "keywords": [
       *             "谈判",
       *             "折扣",
       *             "优惠",
       *             "合同",
       *             "条款",
       *             "让步",
       *             "议价",
       *             "签约"
       *           ]
       *         },
       *         {
       *           "valueTag": "customer_success",
       *           "keywords": [
       *             "回访",
       *             "满意度",
       *             "续约",
       *             "验收",
       *             "使用情况",
       *             "上线",
       *             "复购"
       *           ]
       *         }
       *       ]
       *     }
       */
      voice: {
        valueTagKeywords: {
          valueTag: string;
          keywords: string[];
        }[];
      };
    };
    /** @description 销售流程手册: stages, fields, rules, lists and thresholds; sections added after version 1 have defaults */
    PlaybookDocumentInput: {
      name: string;
      /** @description The pipeline in order */
      stages: components['schemas']['PlaybookStage'][];
      fields: {
        key: string;
        label: string;
        labelEn?: string;
        /** @enum {string} */
        type: 'text' | 'datetime';
        minLength?: number;
        future?: boolean;
        hint?: string;
      }[];
      channels: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      valueTags: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      fileKinds: {
        key: string;
        label: string;
        labelEn?: string;
      }[];
      regions: string[];
      productLines: string[];
      /** @default [] */
      leadSources?: string[];
      rules: {
        stageFields: {
          id: string;
          name: string;
          enabled: boolean;
          /** @default {} */
          scope?: {
            grades?: ('A' | 'B' | 'C' | 'D')[];
            types?: ('B2B' | 'B2C')[];
            regions?: string[];
            productLines?: string[];
          };
          stages: string[];
          fields: string[];
        }[];
        gradeRules: {
          id: string;
          name: string;
          enabled: boolean;
          /** @default {} */
          scope?: {
            grades?: ('A' | 'B' | 'C' | 'D')[];
            types?: ('B2B' | 'B2C')[];
            regions?: string[];
            productLines?: string[];
          };
          toStage: string;
          requirements: (
            | {
                /** @constant */
                kind: 'followups';
                channel: string;
                min: number;
              }
            | {
                /** @constant */
                kind: 'files';
                fileKind: string;
                min: number;
              }
          )[];
        }[];
      };
      thresholds: {
        staleHours: number;
        inactiveCustomerDays: number;
        renewalWarningDays: number;
        npsAlertBelow: number;
      };
      /**
       * @default {
       *       "businessHours": {
       *         "start": "09:00",
       *         "end": "18:00",
       *         "timeZone": "Asia/Shanghai"
       *       },
       *       "responsePolicies": [
       *         {
       *           "type": "B2B",
       *           "hours": 2,
       *           "clock": "business"
       *         },
       *         {
       *           "type": "B2C",
       *           "hours": 24,
       *           "clock": "natural"
       *         }
       *       ],
       *       "warnAtRatio": 0.75,
       *       "secondEscalationRatio": 1,
       *       "qualifyingChannels": [
       *         "visit",
       *         "phone",
       *         "wechat",
       *         "meeting",
       *         "email"
       *       ]
       *     }
       */
      sla?: {
        businessHours: {
          start: string;
          end: string;
          timeZone: string;
        };
        responsePolicies: {
          /** @enum {string} */
          type: 'B2B' | 'B2C';
          hours: number;
          /** @enum {string} */
          clock: 'business' | 'natural';
        }[];
        warnAtRatio: number;
        secondEscalationRatio: number;
        qualifyingChannels: string[];
      };
      /**
       * @default {
       *       "autoAssign": false,
       *       "routes": [
       *         {
       *           "region": "*",
       *           "productLine": "*"
       *         }
       *       ],
       *       "unassignedAlertMinutes": 30,
       *       "recycleEnabled": true,
       *       "recycleAfterDays": 15,
       *       "recycleReminderDays": 3
       *     }
       */
      assignment?: {
        autoAssign: boolean;
        routes: {
          region: string;
          productLine: string;
          usernames?: string[];
          teams?: string[];
        }[];
        unassignedAlertMinutes: number;
        recycleEnabled: boolean;
        recycleAfterDays: number;
        recycleReminderDays: number;
      };
      /**
       * @default {
       *       "staleDigestAt": "08:30"
       *     }
       */
      schedules?: {
        staleDigestAt: string;
      };
      /**
       * @default {
       *       "slaDays": {
       *         "product": 2,
       *         "finance": 1,
       *         "delivery": 3
       *       },
       *       "routing": [],
       *       "heads": {},
       *       "requirementTemplates": [
       *         {
       *           "key": "equipment",
       *           "name": "设备选型与配置",
       *           "items": [
       *             {
       *               "key": "model",
       *               "label": "设备型号与数量",
       *               "params": [
       *                 {
       *                   "key": "model",
       *                   "label": "型号",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "quantity",
       *                   "label": "数量",
       *                   "type": "number",
       *                   "unit": "台"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "power",
       *               "label": "供电与环境",
       *               "params": [
       *                 {
       *                   "key": "voltage",
       *                   "label": "电压/频率",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "environment",
       *                   "label": "使用环境（温湿度、防尘）",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "installation",
       *           "name": "安装调试",
       *           "items": [
       *             {
       *               "key": "site",
       *               "label": "现场条件",
       *               "params": [
       *                 {
       *                   "key": "address",
       *                   "label": "安装地点",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "access",
       *                   "label": "进场条件（吊装、通道）",
       *                   "type": "text"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "window",
       *               "label": "安装时间窗口",
       *               "params": [
       *                 {
       *                   "key": "from",
       *                   "label": "最早开始",
       *                   "type": "date"
       *                 },
       *                 {
       *                   "key": "to",
       *                   "label": "最晚完成",
       *                   "type": "date"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "integration",
       *           "name": "系统集成与接口对接",
       *           "items": [
       *             {
       *               "key": "systems",
       *               "label": "对接系统",
       *               "params": [
       *                 {
       *                   "key": "systems",
       *                   "label": "系统（ERP/MES/WMS…）",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "protocol",
       *                   "label": "接口协议（OPC UA/REST/Modbus…）",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "customisation",
       *           "name": "定制开发",
       *           "items": [
       *             {
       *               "key": "features",
       *               "label": "定制功能清单",
       *               "params": [
       *                 {
       *                   "key": "features",
       *                   "label": "功能描述",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "effortDays",
       *                   "label": "预估工作量",
       *                   "type": "number",
       *                   "unit": "人天"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "acceptance",
       *               "label": "定制验收口径",
       *               "params": [
       *                 {
       *                   "key": "criteria",
       *                   "label": "验收标准",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "data_migration",
       *           "name": "数据迁移",
       *           "items": [
       *             {
       *               "key": "source",
       *               "label": "源系统与数据量",
       *               "params": [
       *                 {
       *                   "key": "source",
       *                   "label": "源系统",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "records",
       *                   "label": "数据量",
       *                   "type": "number",
       *                   "unit": "条"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "training",
       *           "name": "培训服务",
       *           "items": [
       *             {
       *               "key": "sessions",
       *               "label": "培训安排",
       *               "params": [
       *                 {
       *                   "key": "attendees",
       *                   "label": "参训人数",
       *                   "type": "number",
       *                   "unit": "人"
       *                 },
       *                 {
       *                   "key": "days",
       *                   "label": "培训天数",
       *                   "type": "number",
       *                   "unit": "天"
       *                 },
       *                 {
       *                   "key": "location",
       *                   "label": "培训地点",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "maintenance",
       *           "name": "维保服务与响应等级",
       *           "items": [
       *             {
       *               "key": "level",
       *               "label": "维保等级",
       *               "params": [
       *                 {
       *                   "key": "years",
       *                   "label": "维保年限",
       *                   "type": "number",
       *                   "unit": "年"
       *                 },
       *                 {
       *                   "key": "responseHours",
       *                   "label": "故障响应时限",
       *                   "type": "number",
       *                   "unit": "小时"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "onsite",
       *               "label": "驻场服务",
       *               "params": [
       *                 {
       *                   "key": "days",
       *                   "label": "驻场天数",
       *                   "type": "number",
       *                   "unit": "天"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "spare_parts",
       *           "name": "备品备件",
       *           "items": [
       *             {
       *               "key": "list",
       *               "label": "备件清单",
       *               "params": [
       *                 {
       *                   "key": "parts",
       *                   "label": "备件及数量",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "delivery_schedule",
       *           "name": "交付周期与里程碑",
       *           "items": [
       *             {
       *               "key": "deadline",
       *               "label": "期望交付日期",
       *               "params": [
       *                 {
       *                   "key": "date",
       *                   "label": "交付日期",
       *                   "type": "date"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "milestones",
       *               "label": "里程碑",
       *               "params": [
       *                 {
       *                   "key": "milestones",
       *                   "label": "里程碑与时间",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "compliance",
       *           "name": "合规与认证",
       *           "items": [
       *             {
       *               "key": "certifications",
       *               "label": "认证要求",
       *               "params": [
       *                 {
       *                   "key": "certs",
       *                   "label": "认证（3C、CE、等保…）",
       *                   "type": "text"
       *                 }
       *               ]
       *             },
       *             {
       *               "key": "data_security",
       *               "label": "数据安全要求",
       *               "params": [
       *                 {
       *                   "key": "requirements",
       *                   "label": "要求说明",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "acceptance",
       *           "name": "验收标准",
       *           "items": [
       *             {
       *               "key": "criteria",
       *               "label": "验收指标与方法",
       *               "params": [
       *                 {
       *                   "key": "metrics",
       *                   "label": "指标",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "method",
       *                   "label": "验收方法",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         },
       *         {
       *           "key": "invoicing",
       *           "name": "付款与开票",
       *           "items": [
       *             {
       *               "key": "invoice",
       *               "label": "开票要求",
       *               "params": [
       *                 {
       *                   "key": "type",
       *                   "label": "发票类型（增值税专票/普票）",
       *                   "type": "text"
       *                 },
       *                 {
       *                   "key": "split",
       *                   "label": "分批开票说明",
       *                   "type": "text"
       *                 }
       *               ]
       *             }
       *           ]
       *         }
       *       ],
       *       "reportDay": 1
       *     }
       */
      collaboration?: {
        slaDays: {
          product: number;
          finance: number;
          delivery: number;
        };
        routing: {
          /** @enum {string} */
          department: 'product' | 'finance' | 'delivery';
          region: string;
          username: string;
        }[];
        heads: {
          product?: string;
          finance?: string;
          delivery?: string;
        };
        requirementTemplates: {
          key: string;
          name: string;
          items: {
            key: string;
            label: string;
            params: {
              key: string;
              label: string;
              /** @enum {string} */
              type: 'text' | 'number' | 'date' | 'boolean';
              unit?: string;
            }[];
          }[];
        }[];
        reportDay: number;
      };
      /**
       * @default {
       *       "similarityThreshold": 0.8,
       *       "lookbackDays": 90,
       *       "burst": {
       *         "windowMinutes": 10,
       *         "maxEntries": 5
       *       },
       *       "oddHours": {
       *         "from": "00:00",
       *         "to": "05:00"
       *       },
       *       "spotCheck": {
       *         "enabled": true,
       *         "weekday": 1,
       *         "at": "09:00",
       *         "size": 5
       *       }
       *     }
       */
      authenticity?: {
        similarityThreshold: number;
        lookbackDays: number;
        burst: {
          windowMinutes: number;
          maxEntries: number;
        };
        oddHours: {
          from: string;
          to: string;
        };
        spotCheck: {
          enabled: boolean;
          weekday: number;
          at: string;
          size: number;
        };
      };
      /**
       * @default {
       *       "phases": [
       *         {
       *           "key": "expansion",
       *           "label": "拓展期",
       *           "labelEn": "Expansion",
       *           "weights": {
       *             "newCustomers": 0.6,
       *             "upsell": 0.25,
       *             "customerSuccess": 0.15
       *           }
       *         },
       *         {
       *           "key": "growth",
       *           "label": "成长期",
       *           "labelEn": "Growth",
       *           "weights": {
       *             "newCustomers": 0.45,
       *             "upsell": 0.35,
       *             "customerSuccess": 0.2
       *           }
       *         },
       *         {
       *           "key": "mature",
       *           "label": "成熟期",
       *           "labelEn": "Mature",
       *           "weights": {
       *             "newCustomers": 0.25,
       *             "upsell": 0.45,
       *             "customerSuccess": 0.3
       *           }
       *         }
       *       ],
       *       "activePhase": "growth",
       *       "csmPoints": {
       *         "ticket": 2,
       *         "training": 5,
       *         "whitepaper_download": 1,
       *         "webinar": 3,
       *         "nps": 1
       *       },
       *       "customerSuccessTags": [
       *         "customer_success"
       *       ],
       *       "customerSuccessFollowupPoints": 1
       *     }
       */
      contribution?: {
        phases: {
          key: string;
          label: string;
          labelEn?: string;
          weights: {
            newCustomers: number;
            upsell: number;
            customerSuccess: number;
          };
        }[];
        activePhase: string;
        csmPoints: {
          [key: string]: number;
        };
        customerSuccessTags: string[];
        customerSuccessFollowupPoints: number;
      };
      /**
       * @default {
       *       "weights": {
       *         "recency": 0.35,
       *         "nps": 0.25,
       *         "renewal": 0.2,
       *         "complaints": 0.2
       *       },
       *       "recentDays": 7,
       *       "complaintPenalty": 40,
       *       "taskDueHours": 24
       *     }
       */
      health?: {
        weights: {
          recency: number;
          nps: number;
          renewal: number;
          complaints: number;
        };
        recentDays: number;
        complaintPenalty: number;
        taskDueHours: number;
      };
      /**
       * @default {
       *       "highIntentStatuses": [
       *         "qualified",
       *         "converted"
       *       ],
       *       "highIntentResponseHours": 48
       *     }
       */
      kpi?: {
        highIntentStatuses: ('new' | 'contacted' | 'qualified' | 'converted' | 'disqualified')[];
        highIntentResponseHours: number;
      };
      /**
       * @default {
       *       "retentionDays": 180,
       *       "purgeAt": "03:00"
       *     }
       */
      chatArchive?: {
        retentionDays: number;
        purgeAt: string;
      };
      /**
       * @default {
       *       "categories": [
       *         {
       *           "key": "price",
       *           "label": "价格",
       *           "labelEn": "Price",
       *           "keywords": [
       *             "价格",
       *             "报价",
       *             "太贵",
       *             "贵",
       *             "便宜",
       *             "折扣",
       *             "优惠",
       *             "降价",
       *             "预算",
       *             "成本",
       *             "费用",
       *             "单价",
       *             "总价",
       *             "性价比",
       *             "打折",
       *             "price",
       *             "discount",
       *             "budget"
       *           ]
       *         },
       *         {
       *           "key": "delivery_time",
       *           "label": "交付周期",
       *           "labelEn": "Delivery time",
       *           "keywords": [
       *             "交付周期",
       *             "交期",
       *             "货期",
       *             "工期",
       *             "到货",
       *             "发货",
       *             "交付",
       *             "上线时间",
       *             "排期",
       *             "多久",
       *             "延期",
       *             "加急",
       *             "进度",
       *             "deadline",
       *             "delivery"
       *           ]
       *         },
       *         {
       *           "key": "quality",
       *           "label": "质量",
       *           "labelEn": "Quality",
       *           "keywords": [
       *             "质量",
       *             "品质",
       *             "稳定性",
       *             "故障",
       *             "缺陷",
       *             "次品",
       *             "良率",
       *             "返工",
       *             "可靠性",
       *             "精度",
       *             "寿命",
       *             "认证",
       *             "bug",
       *             "quality"
       *           ]
       *         },
       *         {
       *           "key": "after_sales",
       *           "label": "售后",
       *           "labelEn": "After-sales",
       *           "keywords": [
       *             "售后",
       *             "售后服务",
       *             "维修",
       *             "保修",
       *             "质保",
       *             "维保",
       *             "退货",
       *             "换货",
       *             "上门",
       *             "响应时间",
       *             "技术支持",
       *             "运维",
       *             "投诉",
       *             "support",
       *             "warranty"
       *           ]
       *         },
       *         {
       *           "key": "competitor",
       *           "label": "竞品",
       *           "labelEn": "Competitors",
       *           "keywords": [
       *             "竞品",
       *             "竞争对手",
       *             "友商",
       *             "对手",
       *             "别家",
       *             "其他厂家",
       *             "同行",
       *             "对比",
       *             "比较",
       *             "替代",
       *             "国外品牌",
       *             "competitor"
       *           ]
       *         },
       *         {
       *           "key": "payment",
       *           "label": "付款",
       *           "labelEn": "Payment",
       *           "keywords": [
       *             "付款",
       *             "账期",
       *             "首付",
       *             "尾款",
       *             "预付款",
       *             "分期",
       *             "发票",
       *             "开票",
       *             "回款",
       *             "结算",
       *             "汇款",
       *             "转账",
       *             "付款方式",
       *             "invoice",
       *             "payment"
       *           ]
       *         },
       *         {
       *           "key": "features",
       *           "label": "功能需求",
       *           "labelEn": "Feature requests",
       *           "keywords": [
       *             "功能",
       *             "需求",
       *             "定制",
       *             "定制化",
       *             "接口",
       *             "对接",
       *             "集成",
       *             "二次开发",
       *             "参数",
       *             "配置",
       *             "兼容",
       *             "扩展",
       *             "升级",
       *             "API",
       *             "feature"
       *           ]
       *         },
       *         {
       *           "key": "training",
       *           "label": "培训",
       *           "labelEn": "Training",
       *           "keywords": [
       *             "培训",
       *             "教程",
       *             "手册",
       *             "操作指导",
       *             "上手",
       *             "说明书",
       *             "演示",
       *             "实操",
       *             "课程",
       *             "使用方法",
       *             "training"
       *           ]
       *         },
       *         {
       *           "key": "contract_terms",
       *           "label": "合同条款",
       *           "labelEn": "Contract terms",
       *           "keywords": [
       *             "合同",
       *             "条款",
       *             "违约",
       *             "违约金",
       *             "签约",
       *             "盖章",
       *             "法务",
       *             "补充协议",
       *             "验收",
       *             "验收标准",
       *             "contract"
       *           ]
       *         },
       *         {
       *           "key": "implementation",
       *           "label": "实施与交付资源",
       *           "labelEn": "Implementation",
       *           "keywords": [
       *             "实施",
       *             "部署",
       *             "安装",
       *             "调试",
       *             "现场",
       *             "驻场",
       *             "工程师",
       *             "上线",
       *             "迁移",
       *             "试运行",
       *             "implementation"
       *           ]
       *         }
       *       ]
       *     }
       */
      concerns?: {
        categories: {
          key: string;
          label: string;
          labelEn: string;
          keywords: string[];
        }[];
      };
      /**
       * @default {
       *       "taxRate": 0.13,
       *       "approvalDiscountPct": 10,
       *       "companyName": "销售过程管理示范有限公司",
       *       "companyDetails": "",
       *       "validityDays": 30
       *     }
       */
      quotes?: {
        taxRate: number;
        approvalDiscountPct: number;
        companyName: string;
        /** @default  */
        companyDetails?: string;
        validityDays: number;
      };
      /**
       * @default {
       *       "stageProbabilities": {
       *         "initial": 10,
       *         "needs": 20,
       *         "proposal": 40,
       *         "negotiation": 60,
       *         "contract": 80,
       *         "won": 100,
       *         "lost": 0
       *       }
       *     }
       */
      forecast?: {
        stageProbabilities: {
          [key: string]: number;
        };
      };
      /**
       * @default {
       *       "overdueWorkingDays": 10,
       *       "signingDeadlineDays": 30
       *     }
       */
      receivables?: {
        overdueWorkingDays: number;
        signingDeadlineDays: number;
      };
      /**
       * @default {
       *       "leadDays": 90,
       *       "ltvHorizonYears": 3,
       *       "expectedRenewalRate": 0.8
       *     }
       */
      renewals?: {
        leadDays: number;
        ltvHorizonYears: number;
        expectedRenewalRate: number;
      };
      /**
       * @default {
       *       "categories": [
       *         {
       *           "key": "product_quality",
       *           "label": "产品质量",
       *           "labelEn": "Product quality"
       *         },
       *         {
       *           "key": "delivery_delay",
       *           "label": "交付延迟",
       *           "labelEn": "Delivery delay"
       *         },
       *         {
       *           "key": "service_attitude",
       *           "label": "服务态度",
       *           "labelEn": "Service attitude"
       *         },
       *         {
       *           "key": "coordination",
       *           "label": "内部协调不畅",
       *           "labelEn": "Poor internal coordination"
       *         },
       *         {
       *           "key": "billing",
       *           "label": "账单问题",
       *           "labelEn": "Billing"
       *         }
       *       ],
       *       "coordinationCategory": "coordination"
       *     }
       */
      complaints?: {
        categories: {
          key: string;
          label: string;
          labelEn?: string;
        }[];
        coordinationCategory: string;
      };
      /**
       * @default {
       *       "components": [
       *         {
       *           "key": "newCustomerAmount",
       *           "label": "新客户签约额",
       *           "labelEn": "New-customer signing amount",
       *           "weight": 42.5,
       *           "target": 500000
       *         },
       *         {
       *           "key": "renewalRate",
       *           "label": "老客户续约率",
       *           "labelEn": "Renewal rate",
       *           "weight": 26.4,
       *           "target": 0.9
       *         },
       *         {
       *           "key": "incubationQuality",
       *           "label": "商机孵化质量",
       *           "labelEn": "Opportunity incubation quality",
       *           "weight": 16.1,
       *           "target": 0.3
       *         },
       *         {
       *           "key": "customerHealth",
       *           "label": "客户健康度",
       *           "labelEn": "Customer health",
       *           "weight": 15,
       *           "target": 100
       *         }
       *       ]
       *     }
       */
      appraisal?: {
        components: {
          /** @enum {string} */
          key: 'newCustomerAmount' | 'renewalRate' | 'incubationQuality' | 'customerHealth';
          label: string;
          labelEn?: string;
          weight: number;
          target: number;
        }[];
      };
      /**
       * @default {
       *       "collaboration": true,
       *       "authenticity": true,
       *       "analytics": true,
       *       "chatArchive": true,
       *       "field": true
       *     }
       */
      modules?: {
        collaboration: boolean;
        authenticity: boolean;
        analytics: boolean;
        chatArchive: boolean;
        field: boolean;
      };
      /**
       * @default {
       *       "publicView": false
       *     }
       */
      devices?: {
        publicView: boolean;
      };
      /**
       * @default {
       *       "checkinMaxDistanceM": 500,
       *       "maxAccuracyM": 1000,
       *       "locationRetentionDays": 90
       *     }
       */
      field?: {
        checkinMaxDistanceM: number;
        maxAccuracyM: number;
        locationRetentionDays: number;
      };
      /**
       * @default {
       *       "valueTagKeywords": [
       *         {
       *           "valueTag": "needs_discovery",
       *           "keywords": [
       *             "需求",
       *             "痛点",
       *             "预算",
       *             "现状",
       *             "调研",
       *             "规划",
       *             "产能",
       *             "瓶颈",
       *             "改造"
       *           ]
       *         },
       *         {
       *           "valueTag": "objection_handling",
       *           "keywords": [
       *             "顾虑",
       *             "担心",
       *             "异议",
       *             "疑虑",
       *             "不满意",
       *             "打消",
       *             "质疑",
       *             "犹豫"
       *           ]
       *         },
       *         {
       *           "valueTag": "value_presentation",
       *           "keywords": [
       *             "价值",
       *             "案例",
       *             "收益",
       *             "回报",
       *             "节省",
       *             "效益",
       *             "ROI",
       *             "标杆"
       *           ]
       *         },
       *         {
       *           "valueTag": "solution_demo",
       *           "keywords": [
       *             "演示",
       *             "试用",
       *             "样机",
       *             "展示",
       *             "测试",
       *             "试运行",
       *             "方案"
       *           ]
       *         },
       *         {
       *           "valueTag": "negotiation",
       *           "keywords": [
       *             "谈判",
       *             "折扣",
       *             "优惠",
       *             "合同",
       *             "条款",
       *             "让步",
       *             "议价",
       *             "签约"
       *           ]
       *         },
       *         {
       *           "valueTag": "customer_success",
       *           "keywords": [
       *             "回访",
       *             "满意度",
       *             "续约",
       *             "验收",
       *             "使用情况",
       *             "上线",
       *             "复购"
       *           ]
       *         }
       *       ]
       *     }
       */
      voice?: {
        valueTagKeywords: {
          valueTag: string;
          keywords: string[];
        }[];
      };
    };
    /** @description The shared playbook draft the designer edits */
    PlaybookDraft: {
      /** @description false: no draft yet; `document` is then the active version to start from */
      exists: boolean;
      baseVersion: number;
      updatedAt: string | null;
      document: components['schemas']['PlaybookDocument'];
    };
    PlaybookExport: {
      /** @constant */
      format: 'sales-playbook';
      version: number;
      /** Format: date-time */
      exportedAt: string;
      document: components['schemas']['PlaybookDocument'];
    };
    /** @description What publishing the draft would change on the current data (nothing is changed) */
    PlaybookImpact: {
      activeVersion: number;
      opportunities: {
        checked: number;
        blocked: number;
        newlyBlocked: number;
        items: components['schemas']['PlaybookImpactOpportunity'][];
      };
      leads: {
        checked: number;
        moved: number;
        items: components['schemas']['PlaybookImpactLead'][];
      };
      timeRules: components['schemas']['PlaybookImpactTimeRule'][];
      permissions: components['schemas']['PlaybookImpactPermission'][];
      modules: {
        switchedOff: string[];
        switchedOn: string[];
      };
    };
    PlaybookImpactLead: {
      id: string;
      name: string;
      type: string;
      /** @description The response deadline now */
      dueAt: string | null;
      /** @description The response deadline under the draft */
      draftDueAt: string | null;
      /** @description Later (+) or earlier (−), in minutes; null when one side has no deadline */
      shiftMinutes: number | null;
    };
    PlaybookImpactMissing: {
      key: string;
      label: string;
      /** @description The rule id in the playbook */
      rule: string;
      ruleName: string;
      /** @enum {string} */
      kind: 'field' | 'followups' | 'files' | 'stage';
      reason: string;
    };
    PlaybookImpactOpportunity: {
      id: string;
      name: string;
      customerName: string;
      stage: string;
      stageLabel: string;
      nextStage: string | null;
      nextStageLabel: string | null;
      /** @description Whether the active version already blocks this move */
      blockedNow: boolean;
      missing: components['schemas']['PlaybookImpactMissing'][];
    };
    PlaybookImpactPermission: {
      userId: string;
      username: string;
      displayName: string;
      role: string;
      lost: components['schemas']['Permission'][];
      gained: components['schemas']['Permission'][];
    };
    PlaybookImpactTimeRule: {
      id: string;
      name: string;
      /**
       * @description fires: acts at the next tick on `count` records; stops/resumes: its module is switched
       * @enum {string}
       */
      effect: 'fires' | 'stops' | 'resumes';
      count: number;
    };
    PlaybookRuleDecision: {
      /** Format: date-time */
      at: string;
      action: string;
      entityType: string;
      entityId: string | null;
      actor: string | null;
      playbookVersion: number | null;
    };
    PlaybookRuleDecisionList: {
      items: components['schemas']['PlaybookRuleDecision'][];
    };
    PlaybookSchema: {
      /** @description The playbook document’s JSON Schema (draft 2020-12), generated from the server’s validation */
      jsonSchema: {
        [key: string]: unknown;
      };
      sections: {
        key: string;
        owner: string | null;
      }[];
      modules: {
        name: string;
        switch: string | null;
        timeRules: string[];
      }[];
    };
    /** @description A pipeline stage: open, or the one won and the one lost stage */
    PlaybookStage: {
      key: string;
      label: string;
      labelEn?: string;
      /** @enum {string} */
      kind: 'open' | 'won' | 'lost';
    };
    PlaybookTemplate: {
      key: string;
      name: string;
      nameEn: string;
      summary: string;
      summaryEn: string;
      document: components['schemas']['PlaybookDocument'];
    };
    PlaybookTemplateList: {
      items: components['schemas']['PlaybookTemplate'][];
    };
    /** @description `{valid: true}`; an invalid document answers 422 */
    PlaybookValidation: {
      valid: boolean;
    };
    PlaybookVersion: {
      version: number;
      createdAt: string | null;
      createdBy: string | null;
      note: string | null;
    };
    PlaybookVersionList: {
      items: components['schemas']['PlaybookVersion'][];
    };
    /** @description 产品（价目表） */
    Product: {
      /** Format: uuid */
      id: string;
      sku: string;
      name: string;
      productLine: string;
      kind: components['schemas']['ProductKind'];
      unit: string;
      listPrice: number;
      compatibleModels: string[];
      active: boolean;
      /** @description 库存 on hand; null: not kept here */
      stockQuantity: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProductImportResult: {
      created: number;
      failed: number;
      /** @description Refused rows with their line number (at most 1000) */
      errors: {
        row: number;
        message: string;
        /**
         * @description DUPLICATE: the SKU repeats an earlier row or a stored product
         * @enum {string}
         */
        code?: 'DUPLICATE';
        /** @description The earlier row of the file it repeats */
        duplicateOfRow?: number;
      }[];
    };
    /**
     * @description 设备 device, 耗材 consumable, 备件 spare_part, 服务 service, 软件 software
     * @enum {string}
     */
    ProductKind: 'device' | 'consumable' | 'spare_part' | 'service' | 'software';
    /** @description One page of a list */
    ProductList: {
      items: components['schemas']['Product'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description The public card of a device (when the org enabled it): no prices, contacts or fault details */
    PublicDevice: {
      model: string;
      serialNo: string;
      customerName: string;
      installDate: string | null;
      warrantyEnd: string | null;
      status: components['schemas']['DeviceStatus'];
      lastServiceDate: string | null;
    };
    Queue: {
      items: components['schemas']['QueueItem'][];
      counts: {
        overdue: number;
        dueSoon: number;
        upcoming: number;
      };
    };
    /** @description One piece of work: a first response, a planned follow-up or a rule task */
    QueueItem: {
      key: string;
      /** @enum {string} */
      kind: 'first_response' | 'follow_up' | 'task';
      entityType: string | null;
      entityId: string | null;
      title: string;
      dueAt: string | null;
      /** @enum {string} */
      state: 'upcoming' | 'due_soon' | 'overdue';
      ownerId: string | null;
      ownerName: string | null;
      /** @description The lead’s response SLA, for first responses */
      slaStatus?: string;
      /** @description The rule task behind a `task` item */
      task?: {
        id: string;
        ruleId: string | null;
        ruleName: string | null;
        reason: string | null;
        facts: {
          [key: string]: unknown;
        };
      };
    };
    /** @description 报价单 with its current version */
    Quote: {
      /** Format: uuid */
      id: string;
      /** @description BJ-<year>-<6 digits> */
      number: string;
      /** Format: uuid */
      opportunityId: string;
      opportunityName: string | null;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      ownerId: string | null;
      ownerName: string | null;
      status: components['schemas']['QuoteStatus'];
      version: number;
      /** Format: date */
      validUntil: string;
      subtotal: number;
      tax: number;
      total: number;
      maxDiscountPct: number;
      /** @description A line is discounted beyond the playbook’s threshold: a supervisor approves before sending */
      needsApproval: boolean;
      decidedById: string | null;
      decidedByName: string | null;
      decidedAt: string | null;
      decisionNote: string | null;
      sentAt: string | null;
      /** @description The PDF stored on the opportunity when it was sent */
      sentFileId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      current: components['schemas']['QuoteVersion'];
    };
    QuoteDecisionRequest: {
      /** @description Why (required to reject) */
      note?: string;
    };
    /** @description An item as quoted (the product as it was then) */
    QuoteLine: {
      /** Format: uuid */
      productId: string;
      sku: string;
      name: string;
      unit: string;
      listPrice: number;
      quantity: number;
      unitPrice: number;
      discountPct: number;
      netUnitPrice: number;
      amount: number;
      /** @description Discount against the list price, percent */
      effectiveDiscountPct: number;
    };
    /** @description One page of a list */
    QuoteList: {
      items: components['schemas']['QuoteSummary'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description draft → (pending_approval → approved | rejected) → sent; expired once past its validity
     * @enum {string}
     */
    QuoteStatus: 'draft' | 'pending_approval' | 'approved' | 'rejected' | 'sent' | 'expired';
    /** @description 报价单 in a list */
    QuoteSummary: {
      /** Format: uuid */
      id: string;
      /** @description BJ-<year>-<6 digits> */
      number: string;
      /** Format: uuid */
      opportunityId: string;
      opportunityName: string | null;
      /** Format: uuid */
      customerId: string;
      customerName: string | null;
      ownerId: string | null;
      ownerName: string | null;
      status: components['schemas']['QuoteStatus'];
      version: number;
      /** Format: date */
      validUntil: string;
      subtotal: number;
      tax: number;
      total: number;
      maxDiscountPct: number;
      /** @description A line is discounted beyond the playbook’s threshold: a supervisor approves before sending */
      needsApproval: boolean;
      decidedById: string | null;
      decidedByName: string | null;
      decidedAt: string | null;
      decisionNote: string | null;
      sentAt: string | null;
      /** @description The PDF stored on the opportunity when it was sent */
      sentFileId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    QuoteTotals: {
      listTotal: number;
      /** @description Net, before tax */
      subtotal: number;
      taxRate: number;
      tax: number;
      /** @description With tax */
      total: number;
      maxDiscountPct: number;
    };
    /** @description One version of a quote, as it was written */
    QuoteVersion: {
      version: number;
      items: components['schemas']['QuoteLine'][];
      totals: components['schemas']['QuoteTotals'];
      /** @description 大写金额 of the total */
      amountInWords: string;
      /** Format: date */
      validUntil: string;
      terms: string | null;
      notes: string | null;
      /** Format: uuid */
      createdById: string;
      createdByName: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    QuoteVersionList: {
      items: components['schemas']['QuoteVersion'][];
    };
    RadarComponent: {
      key: string;
      weight: number;
      /** @description In [0, 1]; null when left out for lack of a basis */
      value: number | null;
    };
    RadarRep: {
      userId: string;
      name: string;
      teamId: string | null;
      teamName: string | null;
      scores: components['schemas']['RadarScores'];
      teamAverage: components['schemas']['RadarScores'];
      components: {
        opportunity: components['schemas']['RadarComponent'][];
        solution: components['schemas']['RadarComponent'][];
        negotiation: components['schemas']['RadarComponent'][];
        account: components['schemas']['RadarComponent'][];
      };
      raw: {
        leadsConverted: number;
        leadsDisqualified: number;
        needsDiscoveryActions: number;
        proposals: number;
        valueActions: number;
        lateStageWon: number;
        lateStageLost: number;
        wonDeals: number;
        avgCycleDays: number | null;
        contractsEnding: number;
        contractsRenewed: number;
        npsAverage: number | null;
        upsellAmount: number;
      };
    };
    /** @description 销售能力雷达图 of a month (a sales rep sees only their own radar beside the team average) */
    RadarReport: {
      /** @description YYYY-MM */
      month: string;
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      dimensions: {
        /** @enum {string} */
        key: 'opportunity' | 'solution' | 'negotiation' | 'account';
        label: string;
        labelEn: string;
        formula: string;
        formulaEn: string;
      }[];
      note: {
        'zh-CN': string;
        en: string;
      };
      teams: {
        teamId: string | null;
        teamName: string | null;
        reps: number;
        average: components['schemas']['RadarScores'];
      }[];
      reps: components['schemas']['RadarRep'][];
    };
    /** @description Each dimension 0–100 */
    RadarScores: {
      opportunity: number;
      solution: number;
      negotiation: number;
      account: number;
    };
    /** @description This node is ready for traffic */
    Readiness: {
      /** @constant */
      ready: true;
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      /** @description The last migration run */
      schemaVersion: string;
    };
    /** @description 应收款: one instalment of a submitted contract */
    Receivable: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      contractNumber: string;
      contractTitle: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      region: string;
      /** @description Instalment number in the payment terms */
      seq: number;
      milestone: string;
      percent: number;
      amount: number;
      received: number;
      outstanding: number;
      /** Format: date */
      dueDate: string;
      /** @enum {string} */
      status: 'open' | 'paid';
      /** @description Open and past its due date */
      overdue: boolean;
      /** @description Calendar days past the due date (0 unless overdue) */
      daysOverdue: number;
      paidAt: string | null;
      /** @description When the overdue rule raised the payment anomaly for it */
      anomalyRaisedAt: string | null;
      anomalyId: string | null;
    };
    ReceivableGroup: {
      key: string | null;
      label: string;
      due: number;
      received: number;
      outstanding: number;
      overdue: number;
      count: number;
    };
    ReceivablesReport: {
      /** @enum {string} */
      groupBy: 'customer' | 'rep' | 'month';
      /** Format: date */
      asOf: string;
      groups: components['schemas']['ReceivableGroup'][];
      totals: {
        due: number;
        received: number;
        outstanding: number;
        overdue: number;
      };
    };
    RecordCreditCheckRequest:
      | {
          /** @constant */
          provider: 'manual';
          rating: string;
          score?: number;
          creditLimit?: number;
          summary: string;
        }
      | {
          /** @constant */
          provider: 'http';
        };
    /** @description 0–100 by default; with scale 10 the classic 0–10 answer (stored × 10) */
    RecordNpsRequest: {
      score: number;
      /** @default 100 */
      scale?: 10 | 100;
      comment?: string;
    };
    RecordPaymentRequest: {
      amount: number;
      /** Format: date-time */
      receivedAt: string;
      /** @description Bank or ERP voucher number, unique per contract */
      reference: string;
    };
    RejectCardRequest: {
      reason: string;
    };
    RenewalGroup: {
      key: string | null;
      label: string;
      /** @description Contracts ending in the period */
      ending: number;
      renewed: number;
      /** @description 续约率 renewed ÷ ending (0–1) */
      rate: number | null;
      renewedAmount: number;
      /** @description 平均续约金额 */
      averageAmount: number | null;
    };
    /** @description The contract an opportunity renews */
    RenewalLink: {
      /** Format: uuid */
      contractId: string;
      number: string;
      title: string;
      endDate: string | null;
      amount: number;
      /**
       * @description rule: created by the renewal time rule
       * @enum {string}
       */
      source: 'rule' | 'manual';
      /** Format: date-time */
      createdAt: string;
    };
    RenewalReport: {
      /** @enum {string} */
      groupBy: 'rep' | 'team' | 'month';
      from: string;
      to: string;
      groups: components['schemas']['RenewalGroup'][];
      totals: {
        ending: number;
        renewed: number;
        rate: number | null;
        averageAmount: number | null;
      };
      contracts: components['schemas']['EndingContract'][];
    };
    RepLtvShare: {
      ownerId: string | null;
      ownerName: string | null;
      customers: number;
      ltv: number;
      share: number;
    };
    ReportPaymentAnomalyRequest: {
      reason: string;
      amount?: number;
    };
    /** @description Items ticked from the playbook’s requirement templates, with their parameters */
    RequirementDocument: {
      items: {
        item: string;
        params: {
          [key: string]: string | number | boolean;
        };
        template: string;
      }[];
      notes?: string;
    };
    ResolvePaymentAnomalyRequest: {
      resolution: string;
    };
    /** @description A dismissal needs a comment */
    ReviewFollowupFlagRequest: {
      /** @enum {string} */
      decision: 'confirmed' | 'dismissed';
      comment?: string;
    };
    /**
     * @description What a user may do and how far their reads reach
     * @enum {string}
     */
    Role: 'sales' | 'supervisor' | 'regional_manager' | 'director' | 'product' | 'delivery' | 'finance' | 'admin';
    SaveViewRequest: {
      list: components['schemas']['SavedViewListName'];
      name: string;
      /** @description The list’s URL query (e.g. `status=new&sort=-createdAt`); saving under an existing name replaces that view */
      query: string;
    };
    /** @description A named set of filters and sort of a list */
    SavedView: {
      /** Format: uuid */
      id: string;
      list: components['schemas']['SavedViewListName'];
      name: string;
      query: string;
      /** Format: date-time */
      createdAt: string;
    };
    SavedViewList: {
      items: components['schemas']['SavedView'][];
    };
    /**
     * @description The list a view belongs to
     * @enum {string}
     */
    SavedViewListName: 'leads' | 'customers' | 'opportunities' | 'followups' | 'queue';
    /** @description The time rules declared on this node and their last runs here */
    SchedulerStatus: {
      /** @description This app node */
      node: string;
      rules: components['schemas']['TimeRuleStatus'][];
    };
    /** @description The signed-in user */
    SessionUser: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      teamId: string | null;
      locale: string;
    };
    SetCalendarOverrideRequest: {
      working: boolean;
      note: string;
    };
    SetImportMappingRequest: {
      mapping: components['schemas']['ImportMapping'];
      /** @default skip_bad_rows */
      mode?: components['schemas']['ImportMode'];
    };
    /** @description null removes a channel, an omitted key keeps it; an omitted Feishu secret keeps the stored one */
    SetTeamChannelsRequest: {
      feishu?: {
        /** Format: uri */
        url: string;
        secret?: string;
      } | null;
      wecom?: {
        /** Format: uri */
        url: string;
      } | null;
      email?: {
        to: string[];
      } | null;
    };
    SetupStatus: {
      needed: boolean;
      teams: number;
      users: number;
    };
    SignContractRequest: {
      /** Format: date-time */
      signedAt: string;
    };
    /** @description 安装环境照片 */
    SitePhoto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      /** Format: uuid */
      fileId: string;
      fileName: string;
      mime: string;
      caption: string | null;
      createdByName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Download path of the photo (GET /api/v1/files/{fileId}) */
      url: string;
    };
    SitePhotoList: {
      items: components['schemas']['SitePhoto'][];
    };
    /** @description 服务承诺: response time, on-site time, uptime and free services promised to the customer */
    SlaCommitment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      contractId: string | null;
      contractNumber: string | null;
      responseHours: number | null;
      onsiteHours: number | null;
      uptimePercent: number | null;
      freeServices: string[];
      notes: string | null;
      createdByName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SlaCommitmentList: {
      items: components['schemas']['SlaCommitment'][];
    };
    /**
     * @description 黄金响应时效: pending, warned at the warning share, breached, or met by a first response
     * @enum {string}
     */
    SlaStatus: 'pending' | 'warned' | 'breached' | 'met';
    /** @description A sampled follow-up beside the customer’s other evidence, and the supervisor’s verdict */
    SpotCheck: {
      id: string;
      week: string;
      position: number;
      verdict: ('valid' | 'invalid') | null;
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
        attachments: {
          id: string;
          name: string;
          kind: string;
          mime: string;
          size: number;
        }[];
        flags: components['schemas']['FollowupFlag'][];
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
        /**
         * @description available: the customer has archived WeCom conversations
         * @enum {string}
         */
        chatArchive: 'available' | 'unavailable';
        /** @description The customer’s archived messages within ±3 days of the follow-up, newest first (masked) */
        chatMessages: components['schemas']['ChatMessage'][];
      };
    };
    SpotCheckVerdict: {
      id: string;
      week: string;
      followupId: string;
      /** @enum {string} */
      verdict: 'valid' | 'invalid';
      comment: string | null;
      judgedAt: string;
    };
    SpotCheckWeek: {
      /** @description ISO week shown, e.g. 2026-W48 */
      week: string;
      /** @description Weeks with samples, newest first (at most 26) */
      weeks: string[];
      supervisorId: string;
      items: components['schemas']['SpotCheck'][];
    };
    StageChange: {
      from: string | null;
      to: string;
      /** Format: date-time */
      at: string;
      actorId: string | null;
      actorName: string | null;
      reason: string | null;
      playbookVersion: number;
    };
    StaleGroup: {
      key: string | null;
      label: string;
      count: number;
    };
    /** @description An open lead or opportunity without update beyond the threshold */
    StaleItem: {
      /** @enum {string} */
      entityType: 'lead' | 'opportunity';
      id: string;
      name: string;
      region: string;
      productLine: string;
      ownerId: string | null;
      ownerName: string | null;
      teamId: string | null;
      teamName: string | null;
      status: string;
      stage: string | null;
      lastActivityAt: string;
      idleHours: number;
    };
    /** @description Groups count the whole list; items are one page, the longest idle first */
    StaleReport: {
      generatedAt: string;
      thresholdHours: number;
      total: number;
      page: number;
      pageSize: number;
      groups: {
        region: components['schemas']['StaleGroup'][];
        productLine: components['schemas']['StaleGroup'][];
        owner: components['schemas']['StaleGroup'][];
      };
      items: components['schemas']['StaleItem'][];
    };
    SubmissionBlocker: {
      party: components['schemas']['ConfirmationParty'];
      /** @enum {string} */
      state: 'missing' | 'pending' | 'vetoed';
      reason: string | null;
    };
    SuggestTagsRequest: {
      text: string;
    };
    /** @description Why a tag is suggested: the keywords of the text that matched it */
    TagMatch: {
      /** @enum {string} */
      kind: 'valueTag' | 'concern';
      /** @description The value tag or concern category key */
      key: string;
      label: string;
      labelEn: string | null;
      /** @description The playbook keywords found in the text */
      words: string[];
    };
    /** @description 自动打标: the value tag and concerns the text suggests, for the rep to confirm */
    TagSuggestions: {
      /** @description The suggested value tag: the one with the most distinct matched keywords (ties: the playbook’s order); null when none matched */
      valueTag: string | null;
      /** @description Suggested concern categories (playbook `concerns.categories` keys), in the playbook’s order */
      concerns: string[];
      /** @description Every matched keyword, once */
      keywords: string[];
      matches: components['schemas']['TagMatch'][];
    };
    /** @description A task, usually created by a time rule with its reason */
    Task: {
      /** Format: uuid */
      id: string;
      kind: string;
      title: string;
      /** Format: uuid */
      assigneeId: string;
      entityType: string | null;
      entityId: string | null;
      /** @description The time rule that created the task */
      ruleId: string | null;
      ruleName: string | null;
      /** @description Why the rule created it */
      reason: string | null;
      /** @description The facts the rule saw */
      facts: {
        [key: string]: unknown;
      };
      playbookVersion: number | null;
      dueAt: string | null;
      status: components['schemas']['TaskStatus'];
      createdAt: string | null;
      completedAt: string | null;
      completionNote: string | null;
    };
    /** @description A department’s task card on a submitted contract, with its working-day SLA */
    TaskCard: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      contractId: string;
      contractNumber: string;
      contractTitle: string;
      customerName: string;
      region: string;
      ownerId: string | null;
      ownerName: string | null;
      department: components['schemas']['Department'];
      kind: string;
      title: string;
      assigneeId: string | null;
      assigneeName: string | null;
      status: components['schemas']['TaskCardStatus'];
      /** @description Working days the department has */
      slaDays: number;
      /** Format: date-time */
      dueAt: string;
      overdue: boolean;
      overdueAt: string | null;
      pausedAt: string | null;
      payload: components['schemas']['TaskCardPayload'];
      result: {
        [key: string]: unknown;
      } | null;
      rejectionReason: string | null;
      completedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description On GET /cards/{id} only */
      creditChecks?: components['schemas']['CreditCheck'][];
    };
    TaskCardList: {
      items: components['schemas']['TaskCard'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description What the department works from (requirement document, terms, communication summary…) */
    TaskCardPayload: {
      /** @description The contract as submitted */
      contract?: {
        number: string;
        title: string;
        amount: number;
        customer: string | null;
        paymentTerms: components['schemas']['PaymentTerms'] | null;
        clauses: components['schemas']['ContractClause'][];
        startDate: string | null;
        endDate: string | null;
      };
      /** @description The customer’s follow-ups: counts by channel and the ten latest */
      communication?: {
        totalFollowups: number;
        /** @description Follow-ups by channel label */
        byChannel: {
          [key: string]: number;
        };
        recent: {
          at: string;
          channel: string;
          valueTag: string;
          excerpt: string;
        }[];
      };
      playbookVersion?: number;
      /** @description Product cards only */
      requirement?: components['schemas']['RequirementDocument'] | null;
      /** @description Product cards only: the requirement rendered as text */
      requirementDocument?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description open; paused while the contract is frozen; done, rejected (contract sent back) or cancelled
     * @enum {string}
     */
    TaskCardStatus: 'open' | 'paused' | 'done' | 'rejected' | 'cancelled';
    /** @description One page of a list */
    TaskList: {
      items: components['schemas']['Task'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @enum {string} */
    TaskStatus: 'open' | 'done' | 'cancelled';
    Team: {
      /** Format: uuid */
      id: string;
      name: string;
      region: string;
      supervisorId: string | null;
      parentTeamId: string | null;
      /** @description `zh-CN` or `en`: the language of the team’s group-bot messages and e-mail */
      locale: string;
      createdAt: string | null;
    };
    /** @description A team’s notification channels; webhook addresses are masked and secrets never shown */
    TeamChannels: {
      feishu: {
        url: string;
        hasSecret: boolean;
      } | null;
      wecom: {
        url: string;
      } | null;
      email: {
        to: string[];
      } | null;
    };
    TeamList: {
      items: components['schemas']['Team'][];
    };
    TimeRuleStatus: {
      id: string;
      name: string;
      /**
       * @description sweep: every tick; daily: once per working day at a local time
       * @enum {string}
       */
      kind: 'sweep' | 'daily';
      lastRunAt: string | null;
      /** @description How many things the last run did */
      lastResult: number | null;
      lastError: string | null;
      /** @description How long the last run took on this node (ms) */
      lastDurationMs: number | null;
    };
    /** @description 语音转写: the text of an uploaded recording, with suggested tags */
    Transcription: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      fileId: string;
      /**
       * @description `done` has the text; `failed` keeps the recording and names the error — it is retried automatically (see `nextAttemptAt`) or with POST …/retry
       * @enum {string}
       */
      status: 'queued' | 'running' | 'done' | 'failed';
      /** @description `http` or `local` */
      provider: string;
      /** @description The language asked for (zh-CN) */
      language: string;
      text: string | null;
      /** @description Timed parts of the text, when the engine gives them (seconds) */
      segments: {
        start: number;
        end: number;
        text: string;
      }[];
      detectedLanguage: string | null;
      /** @description Why the last attempt failed */
      error: string | null;
      attempts: number;
      /** @description When a failed transcription is tried again by itself; null: only on request */
      nextAttemptAt: string | null;
      /** @description The follow-up the recording became evidence of */
      followupId: string | null;
      /** Format: date-time */
      createdAt: string;
      completedAt: string | null;
      suggestions: components['schemas']['TagSuggestions'];
    };
    /** @description Whether recordings can be transcribed here (ASR_PROVIDER) */
    TranscriptionEngine: {
      provider: ('http' | 'local') | null;
      /** @enum {string} */
      state: 'ready' | 'disabled' | 'engine_missing' | 'model_missing' | 'unsupported';
      /** @description What is missing, for an administrator */
      detail: string | null;
      language: string;
    };
    /** @description Whether the account was locked when it was unlocked */
    UnlockResult: {
      /** Format: uuid */
      id: string;
      username: string;
      wasLocked: boolean;
    };
    UnreadCount: {
      unread: number;
    };
    /** @description The fields to change (lat and lng together) */
    UpdateCompetitorStoreRequest: {
      brand?: string;
      name?: string;
      address?: string | null;
      lat?: number;
      lng?: number;
      /** @description The system lat/lng are given in (default wgs84) */
      coordSystem?: components['schemas']['CoordSystem'];
      /** @description A region of the playbook */
      region?: string | null;
      notes?: string | null;
    };
    /** @description The fields to change; null clears one */
    UpdateContactRequest: {
      name?: string;
      title?: string | null;
      mobile?: string | null;
      wechatId?: string | null;
      email?: string | null;
      role?: components['schemas']['ContactRole'];
      primary?: boolean;
      wecomExternalUserId?: string | null;
    };
    /** @description Edits before submission; changing amount, terms, clauses or requirement during 三方确认 sends the contract back to draft */
    UpdateContractRequest: {
      title?: string;
      amount?: number;
      paymentTerms?: {
        creditDays: number;
        instalments: {
          percent: number;
          milestone: string;
          dueDays: number;
        }[];
      } | null;
      clauses?: {
        key: string;
        title: string;
        text: string;
      }[];
      requirement?: {
        items: {
          template: string;
          item: string;
          params: {
            [key: string]: string | number | boolean;
          };
        }[];
        notes?: string;
      } | null;
      startDate?: string | null;
      endDate?: string | null;
    };
    /** @description The fields to change; the region must be in the playbook */
    UpdateCustomerRequest: {
      name?: string;
      type?: components['schemas']['CustomerType'];
      grade?: components['schemas']['CustomerGrade'];
      region?: string;
      industry?: string;
      phone?: string;
      ownerId?: string | null;
      /** @description 地址 */
      address?: string | null;
      /** @description Latitude in `coordSystem` (with lng, or both null to clear) */
      lat?: number | null;
      /** @description Longitude in `coordSystem` (with lat) */
      lng?: number | null;
      /**
       * @description The system lat/lng are given in (default wgs84; gcj02 from AMap/Tencent, bd09 from Baidu); stored as WGS-84
       * @enum {string}
       */
      coordSystem?: 'wgs84' | 'gcj02' | 'bd09';
      /**
       * @description Where the coordinates come from (default manual; import for sheets)
       * @enum {string}
       */
      geoSource?: 'manual' | 'import' | 'geocoder' | 'demo';
    };
    /** @description The fields to change */
    UpdateDeviceRequest: {
      /** Format: uuid */
      customerId?: string;
      /** @description Device model, as the products’ compatible models name it */
      model?: string;
      /** @description Serial number, unique per model */
      serialNo?: string;
      siteAddress?: string | null;
      installDate?: string | null;
      warrantyEnd?: string | null;
      notes?: string | null;
      status?: components['schemas']['DeviceStatus'];
    };
    /** @description The fields to change */
    UpdateFaultCodeRequest: {
      model?: string;
      code?: string;
      meaning?: string;
      likelyCause?: string | null;
      recommendedAction?: string | null;
      parts?: string[];
    };
    /** @description The fields to change; a converted lead cannot change */
    UpdateLeadRequest: {
      name?: string;
      type?: components['schemas']['CustomerType'];
      region?: string;
      productLine?: string;
      phone?: string;
      company?: string;
      source?: string;
      /** @enum {string} */
      status?: 'new' | 'contacted' | 'qualified' | 'disqualified';
    };
    /** @description Own language, display name or password (with the current one) */
    UpdateMeRequest: {
      /** @enum {string} */
      locale?: 'zh-CN' | 'en';
      displayName?: string;
      password?: {
        current: string;
        /** @description At least 10 characters, not guessable (422 WEAK_PASSWORD) */
        next: string;
      };
    };
    /** @description Name, amount, forecast fields, or values of the current stage’s fields */
    UpdateOpportunityRequest: {
      name?: string;
      amount?: number;
      /** @description Values of the playbook’s stage fields by field key (datetimes as ISO 8601) */
      fields?: {
        [key: string]: string;
      };
      /** @description Expected close date (YYYY-MM-DD) */
      expectedCloseDate?: string | null;
      /** @description Win probability in percent; null or omitted: the playbook’s default for the stage (forecast.stageProbabilities) */
      winProbability?: number | null;
      /** @description Competitors in the deal */
      competitors?: string[];
    };
    /** @description The fields to change */
    UpdateProductRequest: {
      sku?: string;
      name?: string;
      /** @description One of the playbook’s product lines */
      productLine?: string;
      kind?: components['schemas']['ProductKind'];
      /** @description e.g. 台, 套, 个, 年 */
      unit?: string;
      /** @description List price per unit in yuan, before tax */
      listPrice?: number;
      compatibleModels?: string[];
      active?: boolean;
      /** @description 库存 on hand; null: not kept here */
      stockQuantity?: number | null;
    };
    /** @description Writes the next version of the quote and returns it to draft */
    UpdateQuoteRequest: {
      /** @description The new items (repriced from the price list where no unit price is given); omitted: the current ones */
      items?: {
        /** Format: uuid */
        productId: string;
        quantity: number;
        /** @description Unit price before the line discount; default the list price */
        unitPrice?: number;
        /** @description Line discount in percent; default 0 */
        discountPct?: number;
      }[];
      /** Format: date */
      validUntil?: string;
      terms?: string | null;
      notes?: string | null;
    };
    UpdateSlaCommitmentRequest: {
      /** @description The contract the promise belongs to, if any */
      contractId?: string | null;
      /** @description Promised response time (hours) */
      responseHours?: number | null;
      /** @description Promised on-site time (hours) */
      onsiteHours?: number | null;
      /** @description Promised uptime (%) */
      uptimePercent?: number | null;
      /** @description Free services promised, e.g. 免费部署 */
      freeServices?: string[];
      notes?: string | null;
    };
    UpdateTeamRequest: {
      name?: string;
      region?: string;
      supervisorId?: string | null;
      parentTeamId?: string | null;
      /**
       * @description Language of the team’s group-bot messages and e-mail (zh-CN by default)
       * @enum {string}
       */
      locale?: 'zh-CN' | 'en';
    };
    UpdateUserRequest: {
      username?: string;
      /** @description At least 10 characters, not guessable and without the username or display name (422 WEAK_PASSWORD) */
      password?: string;
      displayName?: string;
      role?: components['schemas']['Role'];
      teamId?: string | null;
      /** @description A playbook region for a user without a team (delivery, product, finance): their regional reads follow it; a team’s region wins */
      region?: string | null;
      active?: boolean;
      /** @enum {string} */
      locale?: 'zh-CN' | 'en';
    };
    /** @description Move or reword a planned visit */
    UpdateVisitRequest: {
      /**
       * Format: date
       * @description A local date YYYY-MM-DD (the playbook’s time zone)
       */
      date?: string;
      plannedTime?: string | null;
      purpose?: string;
    };
    UpdateWebhookRequest: {
      /** @description http(s) URL; loopback, private and link-local targets are refused unless WEBHOOK_ALLOW_PRIVATE=1 */
      url?: string;
      events?: components['schemas']['WebhookEventType'][];
      description?: string | null;
      active?: boolean;
      /** @description true: a new secret replaces the old one at once and is returned once */
      rotateSecret?: boolean;
    };
    UpdatedWebhook: {
      /** Format: uuid */
      id: string;
      url: string;
      /** @description Event types delivered to this URL */
      events: string[];
      description: string | null;
      /** @description An inactive webhook queues nothing; its queued deliveries fail as dead letters */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Only when rotated */
      secret?: string;
    };
    /** @description A user (never the password hash) */
    User: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      teamId: string | null;
      /** @description The region set on the user (the team’s region applies when the user has a team) */
      region: string | null;
      active: boolean;
      /** @description `zh-CN` or `en` */
      locale: string;
      createdAt: string | null;
    };
    UserList: {
      items: components['schemas']['User'][];
    };
    /** @description 拜访计划 */
    Visit: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      customerId: string;
      customerName: string;
      customerAddress: string | null;
      /** @description WGS-84 */
      customerLat: number | null;
      /** @description WGS-84 */
      customerLng: number | null;
      /** Format: uuid */
      repId: string;
      repName: string;
      /** Format: date */
      date: string;
      plannedTime: string | null;
      purpose: string;
      status: components['schemas']['VisitStatus'];
      checkinId: string | null;
      /** @description The visit follow-up the rep recorded after the check-in; null until then */
      followupId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description One page of a list */
    VisitList: {
      items: components['schemas']['Visit'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description planned → done (by a check-in) / cancelled / missed (still planned after its day)
     * @enum {string}
     */
    VisitStatus: 'planned' | 'done' | 'cancelled' | 'missed';
    /** @description An outgoing webhook (never its secret) */
    Webhook: {
      /** Format: uuid */
      id: string;
      url: string;
      /** @description Event types delivered to this URL */
      events: string[];
      description: string | null;
      /** @description An inactive webhook queues nothing; its queued deliveries fail as dead letters */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description One delivery of one event to one webhook */
    WebhookDelivery: {
      /**
       * Format: uuid
       * @description The delivery id, sent as `x-spm-delivery`
       */
      id: string;
      /** Format: uuid */
      webhookId: string;
      /**
       * Format: uuid
       * @description The event’s id (the body’s `id`): the same in a redelivery
       */
      eventId: string;
      type: string;
      status: components['schemas']['WebhookDeliveryStatus'];
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      nextAttemptAt: string | null;
      deliveredAt: string | null;
      /** @description The delivery this one sends again */
      redeliveryOf: string | null;
    };
    WebhookDeliveryAttempt: {
      attempt: number;
      at: string | null;
      ok: boolean;
      httpStatus: number | null;
      /** @description The receiver’s answer, truncated */
      response: string | null;
      error: string | null;
      durationMs: number;
    };
    /** @description A delivery with the body it sends and every attempt */
    WebhookDeliveryDetail: {
      /**
       * Format: uuid
       * @description The delivery id, sent as `x-spm-delivery`
       */
      id: string;
      /** Format: uuid */
      webhookId: string;
      /**
       * Format: uuid
       * @description The event’s id (the body’s `id`): the same in a redelivery
       */
      eventId: string;
      type: string;
      status: components['schemas']['WebhookDeliveryStatus'];
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      nextAttemptAt: string | null;
      deliveredAt: string | null;
      /** @description The delivery this one sends again */
      redeliveryOf: string | null;
      body: components['schemas']['WebhookEventBody'];
      attemptLog: components['schemas']['WebhookDeliveryAttempt'][];
    };
    /** @description One page of a list */
    WebhookDeliveryList: {
      items: components['schemas']['WebhookDelivery'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description pending (retried with backoff), sending, sent (a 2xx answer), or dead after the last attempt
     * @enum {string}
     */
    WebhookDeliveryStatus: 'pending' | 'sending' | 'sent' | 'dead';
    /** @description The JSON body POSTed (signed as `x-spm-signature`) */
    WebhookEventBody: {
      /** Format: uuid */
      id: string;
      type: string;
      /** Format: date-time */
      occurredAt: string;
      data: {
        [key: string]: unknown;
      };
    };
    /**
     * @description A domain event type; its payload is documented in docs/events.md
     * @enum {string}
     */
    WebhookEventType:
      | 'lead.created'
      | 'lead.assigned'
      | 'lead.sla_breached'
      | 'opportunity.stage_changed'
      | 'followup.created'
      | 'followup.flagged'
      | 'contract.submitted'
      | 'contract.frozen'
      | 'contract.unfrozen'
      | 'card.overdue'
      | 'payment_anomaly.created'
      | 'payment_anomaly.resolved'
      | 'customer.health_alert'
      | 'chat.concern_raised'
      | 'contact.saved'
      | 'quote.sent';
    WebhookList: {
      items: components['schemas']['Webhook'][];
    };
    /** @description A webhook with its signing secret, shown once when created or rotated */
    WebhookWithSecret: {
      /** Format: uuid */
      id: string;
      url: string;
      /** @description Event types delivered to this URL */
      events: string[];
      description: string | null;
      /** @description An inactive webhook queues nothing; its queued deliveries fail as dead letters */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description The signing secret (`whsec_…`), shown only in this answer */
      secret: string;
    };
    /**
     * @description One decrypted record of the WeCom 会话存档 SDK, in its own shape: `msgid`, `action` (send / recall / switch), `from`, `tolist`, `roomid` ("" for one-to-one), `msgtime` (UTC epoch ms), `msgtype` and the sub-object named after it (`text{content}`, `image`, `file{filename,…}`, `link`, `location`, `chatrecord{item[]}`, `mixed`, `markdown`/`news` under `info`…), `revoke{pre_msgid}` for recalls, `agree`/`disagree` for consent.
     * @example {
     *       "msgid": "CAQQluDa4QUY0On2rYSAgAMgzPrShAE=",
     *       "action": "send",
     *       "from": "wmErxtDgAA9AW32YyyuYRimKr7D1KWlw",
     *       "tolist": [
     *         "zhangsan"
     *       ],
     *       "roomid": "",
     *       "msgtime": 1763604000000,
     *       "msgtype": "text",
     *       "text": {
     *         "content": "价格能再优惠一点吗？"
     *       }
     *     }
     */
    WecomArchiveRecord: {
      [key: string]: unknown;
    };
    WecomArchiveRequest: {
      records: components['schemas']['WecomArchiveRecord'][];
    };
    WecomIdentities: {
      staff: {
        wecomUserId: string;
        /** Format: uuid */
        userId: string;
        userName: string;
        updatedAt: string | null;
      }[];
      externalContacts: {
        externalUserId: string;
        /** Format: uuid */
        customerId: string;
        customerName: string;
        name: string | null;
        /** @description The contact’s archiving consent (null: no agree/disagree record yet) */
        consent: ('agreed' | 'disagreed') | null;
        updatedAt: string | null;
      }[];
      /** @description Ids seen in the archive that no mapping names yet, most messages first (at most 500 each) */
      unmatched: {
        staff: {
          id: string;
          /** @description Archived messages naming the id */
          messages: number;
          lastSeenAt: string | null;
        }[];
        externalContacts: {
          id: string;
          /** @description Archived messages naming the id */
          messages: number;
          lastSeenAt: string | null;
        }[];
      };
    };
    /**
     * @example {
     *       "staff": [
     *         {
     *           "wecomUserId": "zhangsan",
     *           "userId": "7b0c1c8e-2f43-4b8a-9d0e-6d1c2b3a4f5e"
     *         }
     *       ],
     *       "externalContacts": [
     *         {
     *           "externalUserId": "wmXXXX",
     *           "customerId": "0f6c1a2b-3d4e-4f5a-8b9c-0d1e2f3a4b5c",
     *           "name": "王总"
     *         }
     *       ]
     *     }
     */
    WecomIdentitiesRequest: {
      /** @default [] */
      staff?: {
        /** @description WeCom member userid */
        wecomUserId: string;
        /** Format: uuid */
        userId: string;
      }[];
      /** @default [] */
      externalContacts?: {
        /** @description WeCom external_userid (wm… / wo…) */
        externalUserId: string;
        /** Format: uuid */
        customerId: string;
        /** @description How the rep knows the contact, e.g. 王总 */
        name?: string | null;
      }[];
    };
    WecomIdentitiesResult: {
      staff: number;
      externalContacts: number;
    };
    WecomIngestResult: {
      results: {
        msgid: string;
        status: components['schemas']['WecomIngestStatus'];
        /** @description Why the record was rejected or skipped (localised; never its content) */
        error?: string;
      }[];
      /** @description How many results have each status */
      counts: {
        stored: number;
        duplicate: number;
        recalled: number;
        skipped: number;
        rejected: number;
      };
    };
    /**
     * @description stored, duplicate (msgid seen before), recalled (a recall applied), skipped (switch, no consent, past the retention), rejected (unreadable)
     * @enum {string}
     */
    WecomIngestStatus: 'stored' | 'duplicate' | 'recalled' | 'skipped' | 'rejected';
    /** @description Media bytes attached to the archived message that names their sdkfileid */
    WecomMedia: {
      sdkfileid: string;
      msgid: string;
      mime: string;
      size: number;
      createdAt: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheck'];
        };
      };
      /** @description Too many requests. `error.code`: `RATE_LIMITED` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Too many requests. `error.code`: `RATE_LIMITED` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not ready, or shutting down. `error.code`: `NOT_READY` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `INVALID_CREDENTIALS` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests. `error.code`: `RATE_LIMITED` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ok'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `WRONG_PASSWORD`, `WEAK_PASSWORD` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests. `error.code`: `RATE_LIMITED` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiTokenRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiToken'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPlaybook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Playbook'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  publishPlaybook: {
    parameters: {
      query?: {
        /** @description Why this version, shown in the version list */
        note?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['PlaybookDocumentInput']
          | {
              document: components['schemas']['PlaybookDocumentInput'];
            };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Playbook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `PLAYBOOK_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  validatePlaybook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['PlaybookDocumentInput']
          | {
              document: components['schemas']['PlaybookDocumentInput'];
            };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookValidation'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `PLAYBOOK_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listPlaybookVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookVersionList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPlaybookSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookSchema'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listPlaybookTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookTemplateList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPlaybookDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookDraft'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  savePlaybookDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlaybookDocumentInput'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookDraft'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `PLAYBOOK_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  discardPlaybookDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NO_PLAYBOOK_DRAFT` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  previewPlaybookDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookImpact'];
        };
      };
      /** @description Invalid input. `error.code`: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NO_PLAYBOOK_DRAFT` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  publishPlaybookDraft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why this version, shown in the version list */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Playbook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NO_PLAYBOOK_DRAFT` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `PLAYBOOK_DRAFT_STALE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `PLAYBOOK_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPlaybookVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Playbook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  comparePlaybookVersions: {
    parameters: {
      query: {
        from: number;
        to: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookComparison'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  rollbackPlaybook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why this version, shown in the version list */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Playbook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listPlaybookRuleDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        rule: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookRuleDecisionList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportPlaybook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description playbook-v{version}.json (an attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaybookExport'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCalendar: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYear'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCalendarStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarStatus'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setCalendarOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCalendarOverrideRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDay'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  removeCalendarOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDay'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description true: unread notices only */
        unread?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getUnreadNotificationCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCount'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  markNotificationRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notification'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  markAllNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedRead'];
        };
      };
      /** @description Invalid input. `error.code`: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['OutboxStatus'];
        channel?: components['schemas']['OutboxChannel'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listOutboxAttempts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxAttemptList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  retryOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxRetry'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `OUTBOX_NOT_DEAD` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['schemas']['ImportKind'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import template (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  uploadImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['schemas']['ImportKind'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv; the first row holds the column headers
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setImportMapping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetImportMappingRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `IMPORT_JOB_STATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_MAPPING_REQUIRED`, `IMPORT_MAPPING_UNKNOWN` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  previewImport: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreview'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_MAPPING_REQUIRED`, `IMPORT_MAPPING_UNKNOWN` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  startImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `IMPORT_JOB_STATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_MAPPING_REQUIRED`, `IMPORT_MAPPING_UNKNOWN` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importErrors: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The error report (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSchedulerStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchedulerStatus'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Clock'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  advanceClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvanceClockRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClockAdvance'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeamRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeamRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        role?: components['schemas']['Role'];
        teamId?: string;
        active?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE`, `WEAK_PASSWORD`, `UNKNOWN_REGION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE`, `WEAK_PASSWORD`, `UNKNOWN_REGION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  unlockUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnlockResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTeamChannels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamChannels'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  setTeamChannels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetTeamChannelsRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamChannels'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  testTeamChannels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChannelTest'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSetupStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupStatus'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadOrgTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description org-template.xlsx (an attachment) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importOrg: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv; first row: 团队/区域/用户名/姓名/角色 (or team/region/username/displayName/role)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  uploadFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file (at most 50 MB)
           */
          file: Blob;
          /** @description Key of a playbook file kind (proposal, recording, screenshot, email, photo, other); default other */
          kind?: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['File'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE`, `FILE_TOO_LARGE`, `UPLOAD_QUOTA_EXCEEDED` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_FILE_KIND` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file’s bytes, always as an attachment, with the type detected from its content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getFileMeta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['File'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listLeads: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Sort key, `-` first for descending: name, type, region, productLine, company, ownerName, status, slaStatus, responseDueAt, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'type'
          | '-type'
          | 'region'
          | '-region'
          | 'productLine'
          | '-productLine'
          | 'company'
          | '-company'
          | 'ownerName'
          | '-ownerName'
          | 'status'
          | '-status'
          | 'slaStatus'
          | '-slaStatus'
          | 'responseDueAt'
          | '-responseDueAt'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        type?: components['schemas']['CustomerType'];
        region?: string;
        productLine?: string;
        ownerId?: string;
        status?: components['schemas']['LeadStatus'];
        /** @description true: unassigned leads only (the pool); false: assigned ones only */
        pool?: '0' | '1' | 'true' | 'false';
        slaStatus?: components['schemas']['SlaStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createLead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLeadRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `DUPLICATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION`, `UNKNOWN_PRODUCT_LINE`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportLeads: {
    parameters: {
      query?: {
        /** @description Sort key, `-` first for descending: name, type, region, productLine, company, ownerName, status, slaStatus, responseDueAt, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'type'
          | '-type'
          | 'region'
          | '-region'
          | 'productLine'
          | '-productLine'
          | 'company'
          | '-company'
          | 'ownerName'
          | '-ownerName'
          | 'status'
          | '-status'
          | 'slaStatus'
          | '-slaStatus'
          | 'responseDueAt'
          | '-responseDueAt'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        type?: components['schemas']['CustomerType'];
        region?: string;
        productLine?: string;
        ownerId?: string;
        status?: components['schemas']['LeadStatus'];
        /** @description true: unassigned leads only (the pool); false: assigned ones only */
        pool?: '0' | '1' | 'true' | 'false';
        slaStatus?: components['schemas']['SlaStatus'];
        /** @description Comma-separated ids (at most 1000): export these rows only (still within the filters and the caller’s scope) */
        ids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leads (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `EXPORT_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  bulkAssignLeads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkAssignLeadsRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  bulkClaimLeads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkClaimLeadsRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLeadRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `LEAD_CONVERTED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION`, `UNKNOWN_PRODUCT_LINE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  claimLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `LEAD_ALREADY_ASSIGNED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  assignLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignLeadRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `LEAD_CONVERTED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  convertLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConvertLeadRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadConversion'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `LEAD_CONVERTED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION`, `UNKNOWN_PRODUCT_LINE`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importLeads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv; first row: 名称/类型/区域/产品线/电话/公司/来源 (or name/type/region/productLine/phone/company/source)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Sort key, `-` first for descending: name, type, grade, region, industry, ownerName, nextFollowUpAt, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'type'
          | '-type'
          | 'grade'
          | '-grade'
          | 'region'
          | '-region'
          | 'industry'
          | '-industry'
          | 'ownerName'
          | '-ownerName'
          | 'nextFollowUpAt'
          | '-nextFollowUpAt'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        grade?: components['schemas']['CustomerGrade'];
        type?: components['schemas']['CustomerType'];
        region?: string;
        ownerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCustomerRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `DUPLICATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportCustomers: {
    parameters: {
      query?: {
        /** @description Sort key, `-` first for descending: name, type, grade, region, industry, ownerName, nextFollowUpAt, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'type'
          | '-type'
          | 'grade'
          | '-grade'
          | 'region'
          | '-region'
          | 'industry'
          | '-industry'
          | 'ownerName'
          | '-ownerName'
          | 'nextFollowUpAt'
          | '-nextFollowUpAt'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        grade?: components['schemas']['CustomerGrade'];
        type?: components['schemas']['CustomerType'];
        region?: string;
        ownerId?: string;
        /** @description Comma-separated ids (at most 1000): export these rows only (still within the filters and the caller’s scope) */
        ids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customers (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `EXPORT_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Customer'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Part of the name, title or e-mail */
        q?: string;
        role?: components['schemas']['ContactRole'];
        primary?: '0' | '1' | 'true' | 'false';
        /** @description Sort key, `-` first for descending: name, role, createdAt */
        sort?: 'name' | '-name' | 'role' | '-role' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportContacts: {
    parameters: {
      query?: {
        /** @description Part of the name, title or e-mail */
        q?: string;
        role?: components['schemas']['ContactRole'];
        primary?: '0' | '1' | 'true' | 'false';
        /** @description Sort key, `-` first for descending: name, role, createdAt */
        sort?: 'name' | '-name' | 'role' | '-role' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The contacts (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContactRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listProducts: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Part of the SKU, name or a compatible model */
        q?: string;
        productLine?: string;
        kind?: components['schemas']['ProductKind'];
        active?: '0' | '1' | 'true' | 'false';
        /** @description Sort key, `-` first for descending: sku, name, listPrice, productLine, updatedAt */
        sort?: 'sku' | '-sku' | 'name' | '-name' | 'listPrice' | '-listPrice' | 'productLine' | '-productLine' | 'updatedAt' | '-updatedAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_PRODUCT_LINE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportProducts: {
    parameters: {
      query?: {
        /** @description Part of the SKU, name or a compatible model */
        q?: string;
        productLine?: string;
        kind?: components['schemas']['ProductKind'];
        active?: '0' | '1' | 'true' | 'false';
        /** @description Sort key, `-` first for descending: sku, name, listPrice, productLine, updatedAt */
        sort?: 'sku' | '-sku' | 'name' | '-name' | 'listPrice' | '-listPrice' | 'productLine' | '-productLine' | 'updatedAt' | '-updatedAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The price list (.xlsx), with the headers the import reads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProductRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_PRODUCT_LINE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv; first row: SKU/名称/产品线/类别/单位/目录价/适配机型/启用 (or the API’s keys), as the export writes it
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listOpportunities: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Sort key, `-` first for descending: name, customerName, amount, stage, status, productLine, region, ownerName, stageEnteredAt, expectedCloseDate, winProbability, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'customerName'
          | '-customerName'
          | 'amount'
          | '-amount'
          | 'stage'
          | '-stage'
          | 'status'
          | '-status'
          | 'productLine'
          | '-productLine'
          | 'region'
          | '-region'
          | 'ownerName'
          | '-ownerName'
          | 'stageEnteredAt'
          | '-stageEnteredAt'
          | 'expectedCloseDate'
          | '-expectedCloseDate'
          | 'winProbability'
          | '-winProbability'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        stage?: string;
        status?: components['schemas']['OpportunityStatus'];
        customerId?: string;
        ownerId?: string;
        productLine?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createOpportunity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOpportunityRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_PRODUCT_LINE`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportOpportunities: {
    parameters: {
      query?: {
        /** @description Sort key, `-` first for descending: name, customerName, amount, stage, status, productLine, region, ownerName, stageEnteredAt, expectedCloseDate, winProbability, createdAt, lastActivityAt */
        sort?:
          | 'name'
          | '-name'
          | 'customerName'
          | '-customerName'
          | 'amount'
          | '-amount'
          | 'stage'
          | '-stage'
          | 'status'
          | '-status'
          | 'productLine'
          | '-productLine'
          | 'region'
          | '-region'
          | 'ownerName'
          | '-ownerName'
          | 'stageEnteredAt'
          | '-stageEnteredAt'
          | 'expectedCloseDate'
          | '-expectedCloseDate'
          | 'winProbability'
          | '-winProbability'
          | 'createdAt'
          | '-createdAt'
          | 'lastActivityAt'
          | '-lastActivityAt';
        q?: string;
        stage?: string;
        status?: components['schemas']['OpportunityStatus'];
        customerId?: string;
        ownerId?: string;
        productLine?: string;
        region?: string;
        /** @description Comma-separated ids (at most 1000): export these rows only (still within the filters and the caller’s scope) */
        ids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The opportunities (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `EXPORT_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getOpportunity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateOpportunity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOpportunityRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `STAGE_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  moveOpportunityStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveOpportunityStageRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `STAGE_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `STAGE_GATE`, `STAGE_TRANSITION`, `UNKNOWN_STAGE`, `LOST_REASON_REQUIRED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  checkOpportunityGate: {
    parameters: {
      query?: {
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GateCheck'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `STAGE_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `STAGE_TRANSITION`, `UNKNOWN_STAGE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getForecast: {
    parameters: {
      query?: {
        region?: string;
        teamId?: string;
        ownerId?: string;
        productLine?: string;
        /** @description Expected close date from (inclusive); opportunities without one are left out when set */
        closeFrom?: string;
        /** @description Expected close date to (inclusive) */
        closeTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Forecast'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportForecast: {
    parameters: {
      query?: {
        region?: string;
        teamId?: string;
        ownerId?: string;
        productLine?: string;
        /** @description Expected close date from (inclusive); opportunities without one are left out when set */
        closeFrom?: string;
        /** @description Expected close date to (inclusive) */
        closeTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per month, team and product line (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listQuotes: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        opportunityId?: string;
        customerId?: string;
        ownerId?: string;
        status?: components['schemas']['QuoteStatus'];
        /** @description Part of the number or the customer’s name */
        q?: string;
        /** @description Sort key, `-` first for descending: createdAt, number, total, validUntil, status */
        sort?: 'createdAt' | '-createdAt' | 'number' | '-number' | 'total' | '-total' | 'validUntil' | '-validUntil' | 'status' | '-status';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createQuote: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateQuoteRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportQuotes: {
    parameters: {
      query?: {
        opportunityId?: string;
        customerId?: string;
        ownerId?: string;
        status?: components['schemas']['QuoteStatus'];
        /** @description Part of the number or the customer’s name */
        q?: string;
        /** @description Sort key, `-` first for descending: createdAt, number, total, validUntil, status */
        sort?: 'createdAt' | '-createdAt' | 'number' | '-number' | 'total' | '-total' | 'validUntil' | '-validUntil' | 'status' | '-status';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quotes (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateQuoteRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listQuoteVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteVersionList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuoteVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuoteVersion'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuotePdf: {
    parameters: {
      query?: {
        /** @description A past version; default the current one */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  submitQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteDecisionRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE`, `QUOTE_EXPIRED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  approveQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteDecisionRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE`, `QUOTE_EXPIRED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  rejectQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteDecisionRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE`, `QUOTE_EXPIRED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  sendQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Quote'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `QUOTE_STATE`, `QUOTE_APPROVAL_REQUIRED`, `QUOTE_EXPIRED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDevices: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        customerId?: string;
        model?: string;
        status?: components['schemas']['DeviceStatus'];
        /** @description Part of the model, serial number, site address or customer name */
        q?: string;
        /** @description Sort key, `-` first for descending: updatedAt, model, serialNo, installDate, warrantyEnd, customerName */
        sort?:
          | 'updatedAt'
          | '-updatedAt'
          | 'model'
          | '-model'
          | 'serialNo'
          | '-serialNo'
          | 'installDate'
          | '-installDate'
          | 'warrantyEnd'
          | '-warrantyEnd'
          | 'customerName'
          | '-customerName';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDeviceRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Device'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportDevices: {
    parameters: {
      query?: {
        customerId?: string;
        model?: string;
        status?: components['schemas']['DeviceStatus'];
        /** @description Part of the model, serial number, site address or customer name */
        q?: string;
        /** @description Sort key, `-` first for descending: updatedAt, model, serialNo, installDate, warrantyEnd, customerName */
        sort?:
          | 'updatedAt'
          | '-updatedAt'
          | 'model'
          | '-model'
          | 'serialNo'
          | '-serialNo'
          | 'installDate'
          | '-installDate'
          | 'warrantyEnd'
          | '-warrantyEnd'
          | 'customerName'
          | '-customerName';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The devices (.xlsx), with the headers the import reads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `EXPORT_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDeviceLabelsPdf: {
    parameters: {
      query: {
        /** @description Comma-separated device ids (at most 240); every one must be a device the caller sees */
        ids: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The label sheets, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  scanDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceScan'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPublicDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicDevice'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests. `error.code`: `RATE_LIMITED` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Device'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDeviceRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Device'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  replaceDeviceLabelToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceLabelToken'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDeviceMaintenance: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceMaintenanceList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDeviceMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDeviceMaintenanceRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceMaintenance'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE`, `ATTACHMENT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDeviceQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDeviceQuoteRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceQuoteResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importDevices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv with the template’s headers (GET /imports/{kind}/template)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFaultCodes: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        model?: string;
        /** @description Part of the code or its meaning */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultCodeList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createFaultCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFaultCodeRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultCode'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteFaultCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateFaultCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFaultCodeRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultCode'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importFaultCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv with the template’s headers (GET /imports/{kind}/template)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFollowups: {
    parameters: {
      query: {
        page?: number;
        pageSize?: number;
        targetType: components['schemas']['FollowupTargetType'];
        targetId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowupList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createFollowup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFollowupRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Followup'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `SERVER_TIME_ONLY` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `ATTACHMENT_REQUIRED`, `ATTACHMENT_INVALID`, `UNKNOWN_CHANNEL`, `UNKNOWN_VALUE_TAG`, `INVALID_REFERENCE`, `NEXT_FOLLOWUP_IN_PAST` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  searchFollowups: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Sort key, `-` first for descending: createdAt, channel, valueTag, targetType, authorName, nextFollowUpAt */
        sort?:
          | 'createdAt'
          | '-createdAt'
          | 'channel'
          | '-channel'
          | 'valueTag'
          | '-valueTag'
          | 'targetType'
          | '-targetType'
          | 'authorName'
          | '-authorName'
          | 'nextFollowUpAt'
          | '-nextFollowUpAt';
        /** @description Part of the content */
        q?: string;
        targetType?: components['schemas']['FollowupTargetType'];
        authorId?: string;
        channel?: string;
        valueTag?: string;
        /** @description Written at or after */
        from?: string;
        /** @description Written before */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowupSearchResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportFollowups: {
    parameters: {
      query?: {
        /** @description Sort key, `-` first for descending: createdAt, channel, valueTag, targetType, authorName, nextFollowUpAt */
        sort?:
          | 'createdAt'
          | '-createdAt'
          | 'channel'
          | '-channel'
          | 'valueTag'
          | '-valueTag'
          | 'targetType'
          | '-targetType'
          | 'authorName'
          | '-authorName'
          | 'nextFollowUpAt'
          | '-nextFollowUpAt';
        /** @description Part of the content */
        q?: string;
        targetType?: components['schemas']['FollowupTargetType'];
        authorId?: string;
        channel?: string;
        valueTag?: string;
        /** @description Written at or after */
        from?: string;
        /** @description Written before */
        to?: string;
        /** @description Comma-separated ids (at most 1000): export these rows only (still within the filters and the caller’s scope) */
        ids?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The follow-ups (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `EXPORT_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getFollowup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Followup'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getStaleReport: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        region?: string;
        productLine?: string;
        ownerId?: string;
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaleReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportStaleReport: {
    parameters: {
      query?: {
        region?: string;
        productLine?: string;
        ownerId?: string;
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx): details, groups by region, product line and rep, and notes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Queue'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTeamQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Queue'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listTasks: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['TaskStatus'];
        assigneeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  completeTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteTaskRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompletedTask'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `TASK_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listContracts: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['ContractStatus'];
        customerId?: string;
        opportunityId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createContract: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContractRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `OPPORTUNITY_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContractRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_NOT_EDITABLE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  requestContractConfirmation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `PAYMENT_TERMS_REQUIRED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  decideContractConfirmation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        party: 'product' | 'finance';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideConfirmationRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_NOT_CONFIRMING`, `CONFIRMATION_DECIDED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VETO_REASON_REQUIRED`, `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  submitContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `CONFIRMATION_REQUIRED`, `STAGE_GATE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  signContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignContractRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_NOT_SIGNABLE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `DATE_IN_FUTURE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  startContractDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_FROZEN`, `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deliverContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_FROZEN`, `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  closeContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONTRACT_FROZEN`, `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordContractPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractReceivables'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `NO_RECEIVABLES`, `PAYMENT_DUPLICATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `OVERPAYMENT`, `DATE_IN_FUTURE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listContractReceivables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractReceivables'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listReceivables: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description overdue: open and past its due date */
        status?: 'open' | 'paid' | 'overdue';
        customerId?: string;
        contractId?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
        dueFrom?: string;
        dueTo?: string;
        sort?: 'dueDate' | 'amount' | 'outstanding' | 'customer';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Receivable'][];
            total: number;
            page: number;
            pageSize: number;
            /** @description Over every match */
            totals: {
              due: number;
              received: number;
              outstanding: number;
              overdue: number;
            };
          };
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportReceivables: {
    parameters: {
      query?: {
        /** @description overdue: open and past its due date */
        status?: 'open' | 'paid' | 'overdue';
        customerId?: string;
        contractId?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
        dueFrom?: string;
        dueTo?: string;
        sort?: 'dueDate' | 'amount' | 'outstanding' | 'customer';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReceivablesReport: {
    parameters: {
      query?: {
        groupBy?: 'customer' | 'rep' | 'month';
        /** @description First due month (YYYY-MM) */
        from?: string;
        /** @description Last due month (YYYY-MM) */
        to?: string;
        customerId?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivablesReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportReceivablesReport: {
    parameters: {
      query?: {
        /** @description First due month (YYYY-MM) */
        from?: string;
        /** @description Last due month (YYYY-MM) */
        to?: string;
        customerId?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getContractSigningReport: {
    parameters: {
      query?: {
        /** @description late: unsigned beyond the deadline or signed after it */
        state?: 'unsigned' | 'signed' | 'late';
        ownerId?: string;
        teamId?: string;
        wonFrom?: string;
        wonTo?: string;
        sort?: 'wonAt' | 'daysSinceWin' | 'amount';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContractSigningReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportContractSigningReport: {
    parameters: {
      query?: {
        /** @description late: unsigned beyond the deadline or signed after it */
        state?: 'unsigned' | 'signed' | 'late';
        ownerId?: string;
        teamId?: string;
        wonFrom?: string;
        wonTo?: string;
        sort?: 'wonAt' | 'daysSinceWin' | 'amount';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getRenewalReport: {
    parameters: {
      query?: {
        groupBy?: 'rep' | 'team' | 'month';
        /** @description First month contracts end in (default: this month) */
        from?: string;
        /** @description Last month (default: from) */
        to?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
        sort?: 'label' | 'rate' | 'averageAmount' | 'ending';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RenewalReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportRenewalReport: {
    parameters: {
      query?: {
        groupBy?: 'rep' | 'team' | 'month';
        /** @description First month contracts end in (default: this month) */
        from?: string;
        /** @description Last month (default: from) */
        to?: string;
        ownerId?: string;
        teamId?: string;
        region?: string;
        sort?: 'label' | 'rate' | 'averageAmount' | 'ending';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getOpportunityRenewal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityRenewal'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  markOpportunityRenewal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkRenewalRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpportunityRenewal'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `RENEWAL_EXISTS` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCustomerHealth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerHealth'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCustomersHealth: {
    parameters: {
      query: {
        /** @description Comma-separated customer ids; those outside the caller’s scope are left out */
        ids: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerHealthList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listHealthAlerts: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        ruleId?: 'health-inactive' | 'health-renewal' | 'health-nps';
        ownerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthAlertList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listNps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NpsAnswerList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordNps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordNpsRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NpsAnswer'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listComplaints: {
    parameters: {
      query?: {
        status?: components['schemas']['ComplaintStatus'];
        category?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateComplaintRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_COMPLAINT_CATEGORY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  closeComplaint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseComplaintRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `VALIDATION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_COMPLAINT_CATEGORY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSlaCommitments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaCommitmentList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createSlaCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSlaCommitmentRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaCommitment'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteSlaCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateSlaCommitment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSlaCommitmentRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaCommitment'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSitePhotos: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SitePhotoList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addSitePhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddSitePhotoRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SitePhoto'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `FILE_KIND` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  removeSitePhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCustomerDeliveryView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerDeliveryView'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMonthlyAppraisal: {
    parameters: {
      query?: {
        /** @description Default: the current month */
        month?: string;
        teamId?: string;
        sort?: 'rank' | 'total' | 'name';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlyAppraisal'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportMonthlyAppraisal: {
    parameters: {
      query?: {
        /** @description Default: the current month */
        month?: string;
        teamId?: string;
        sort?: 'rank' | 'total' | 'name';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCustomerLtv: {
    parameters: {
      query?: {
        ownerId?: string;
        teamId?: string;
        region?: string;
        sort?: 'ltv' | 'received' | 'expectedRenewals' | 'customerName';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LtvReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportCustomerLtv: {
    parameters: {
      query?: {
        ownerId?: string;
        teamId?: string;
        region?: string;
        sort?: 'ltv' | 'received' | 'expectedRenewals' | 'customerName';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTranscriptionEngine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TranscriptionEngine'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createTranscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTranscriptionRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transcription'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transcription'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `AUDIO_REQUIRED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not ready, or shutting down. `error.code`: `TRANSCRIPTION_DISABLED`, `TRANSCRIPTION_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  suggestTags: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuggestTagsRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TagSuggestions'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTranscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transcription'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  retryTranscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transcription'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `TRANSCRIPTION_STATE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not ready, or shutting down. `error.code`: `TRANSCRIPTION_DISABLED`, `TRANSCRIPTION_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookList'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `WEBHOOK_URL_INVALID`, `WEBHOOK_URL_PRIVATE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdatedWebhook'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `WEBHOOK_URL_INVALID`, `WEBHOOK_URL_PRIVATE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        status?: components['schemas']['WebhookDeliveryStatus'];
        type?: components['schemas']['WebhookEventType'];
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDetail'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  redeliverWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSavedViews: {
    parameters: {
      query: {
        list: components['schemas']['SavedViewListName'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedViewList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  saveView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveViewRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Home'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        entityType?: string;
        entityId?: string;
        actorId?: string;
        /** @description An action code, e.g. `opportunity.stage` */
        action?: string;
        /** @description Entries at or after this instant */
        from?: string;
        /** @description Entries before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listAuditCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditCodes'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportAuditEntries: {
    parameters: {
      query?: {
        entityType?: string;
        entityId?: string;
        actorId?: string;
        /** @description An action code, e.g. `opportunity.stage` */
        action?: string;
        /** @description Entries at or after this instant */
        from?: string;
        /** @description Entries before this instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit entries (.xlsx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  verifyAuditChain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditChainCheck'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  anchorAuditChain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditAnchor'];
        };
      };
      /** @description Invalid input. `error.code`: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCards: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        department?: components['schemas']['Department'];
        region?: string;
        ownerId?: string;
        status?: components['schemas']['TaskCardStatus'];
        overdue?: '0' | '1' | 'true' | 'false';
        contractId?: string;
        assigneeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCardList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCard'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  completeCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteCardRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCard'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CARD_NOT_OPEN`, `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `CREDIT_CHECK_REQUIRED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  rejectCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectCardRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCard'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CARD_NOT_OPEN`, `CONTRACT_TRANSITION` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordCreditCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCreditCheckRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditCheckResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CARD_NOT_OPEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `CREDIT_PROVIDER_NOT_CONFIGURED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description An external service failed. `error.code`: `CREDIT_PROVIDER_FAILED` */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listPaymentAnomalies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAnomalyList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  reportPaymentAnomaly: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportPaymentAnomalyRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAnomalyReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  reportErpPaymentAnomaly: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErpPaymentAnomalyRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAnomalyReport'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAnomalyReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED`, `TOKEN_REQUIRED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `CONFLICT` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  resolvePaymentAnomaly: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolvePaymentAnomalyRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentAnomalyResolution'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `ANOMALY_RESOLVED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCollaborationReport: {
    parameters: {
      query?: {
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollaborationReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportCollaborationReport: {
    parameters: {
      query?: {
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx): time per step, top rejection reasons, disputed clauses, SLA compliance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listEngineers: {
    parameters: {
      query: {
        from: string;
        /** @description At most a year after `from` */
        to: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngineerSchedules'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createEngineer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEngineerRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Engineer'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  bookEngineer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BookEngineerRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `BOOKING_OVERLAP` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingRemoval'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWecomIdentities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WecomIdentities'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN`, `TOKEN_SCOPE` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  upsertWecomIdentities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WecomIdentitiesRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WecomIdentitiesResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  removeWecomStaffIdentity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  removeWecomExternalContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ingestWecomArchive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WecomArchiveRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WecomIngestResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  uploadWecomMedia: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description The sdkfileid the message names */
          sdkfileid: string;
          /**
           * Format: binary
           * @description The bytes the SDK fetched (at most 100 MB)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WecomMedia'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WecomMedia'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE`, `FILE_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getConcernHeatmap: {
    parameters: {
      query?: {
        /** @description First local day (playbook time zone); default 29 days before `to` */
        from?: string;
        /** @description Last local day, included; default today */
        to?: string;
        groupBy?: components['schemas']['ConcernGroupBy'];
        /** @description Only customers of this team and the teams below it */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConcernHeatmap'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listConcernMessages: {
    parameters: {
      query: {
        /** @description First local day (playbook time zone); default 29 days before `to` */
        from?: string;
        /** @description Last local day, included; default today */
        to?: string;
        groupBy?: components['schemas']['ConcernGroupBy'];
        /** @description Only customers of this team and the teams below it */
        teamId?: string;
        /** @description The cell’s row key (as in `rows[].key`) */
        row: string;
        category: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCustomerConversations: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only messages sent at or after this instant */
        from?: string;
        /** @description Only messages sent before this instant */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerConversation'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFollowupFlags: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?: components['schemas']['FollowupFlagStatus'];
        kind?: components['schemas']['FollowupFlagKind'];
        teamId?: string;
        authorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowupFlagList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  reviewFollowupFlag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewFollowupFlagRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowupFlag'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSpotChecks: {
    parameters: {
      query?: {
        week?: string;
        supervisorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpotCheckWeek'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  judgeSpotCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JudgeSpotCheckRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpotCheckVerdict'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getActionDensity: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionDensity'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `BAD_REQUEST` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getFakeFollowupRate: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        teamId?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FakeFollowupRate'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `BAD_REQUEST` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getContribution: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        teamId?: string;
        phase?: string;
        /** @description `0.5,0.3,0.2` or `newCustomers:0.5,upsell:0.3,customerSuccess:0.2`, instead of the phase’s weights */
        weights?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getRadar: {
    parameters: {
      query?: {
        month?: string;
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RadarReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  exportRadar: {
    parameters: {
      query?: {
        month?: string;
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook (.xlsx): scores, raw data and formulas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getKpis: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        groupBy?: 'team' | 'region';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KpiReport'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordCsmEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CsmEventRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsmEvent'];
        };
      };
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsmEvent'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED`, `TOKEN_REQUIRED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `VALIDATION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCsmEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsmEventList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCompetitorStores: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Part of the brand, name or address */
        q?: string;
        brand?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitorStoreList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCompetitorStore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompetitorStoreRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitorStore'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCompetitorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitorStore'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCompetitorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateCompetitorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCompetitorStoreRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitorStore'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `UNKNOWN_REGION` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importCompetitorStores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv; first row: 门店名称/品牌/地址/纬度/经度/坐标系/区域/备注 (or the API’s keys)
           */
          file: Blob;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompetitorStoreImportResult'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST`, `FILE_REQUIRED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request must be multipart/form-data. `error.code`: `BAD_REQUEST` */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `IMPORT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVisits: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description One local date (YYYY-MM-DD); `today` is the usual one */
        date?: string;
        from?: string;
        to?: string;
        status?: components['schemas']['VisitStatus'];
        repId?: string;
        customerId?: string;
        /** @description Only the caller’s own visits */
        mine?: '0' | '1' | 'true' | 'false';
        /** @description Only today’s visits (the playbook’s time zone) */
        today?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VisitList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  planVisit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanVisitRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVisitRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `VISIT_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `INVALID_REFERENCE` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  cancelVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelVisitRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Visit'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with the current state of the record. `error.code`: `VISIT_CLOSED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCheckins: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        date?: string;
        repId?: string;
        customerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckinList'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  checkIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckinRequest'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckinCreated'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `CSRF`, `TOKEN_SCOPE`, `FORBIDDEN`, `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request body or upload is too large. `error.code`: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported request content type. `error.code`: `BAD_REQUEST` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refused by a business rule. `error.code`: `TOO_FAR`, `NO_CUSTOMER_LOCATION`, `LOCATION_INACCURATE`, `ATTACHMENT_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCheckin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Checkin'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found, or outside the caller’s data scope. `error.code`: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMapConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapConfig'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMapLayers: {
    parameters: {
      query?: {
        /** @description minLng,minLat,maxLng,maxLat (WGS-84); everywhere when absent */
        bbox?: string;
        /** @description Local date of the check-ins and visits (default today) */
        date?: string;
        teamId?: string;
        region?: string;
        coordSystem?: components['schemas']['CoordSystem'];
        /** @description At most this many customers and stores each */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MapLayers'];
        };
      };
      /** @description Invalid input. `error.code`: `VALIDATION`, `BAD_BBOX` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in, or the session or API token is invalid. `error.code`: `UNAUTHENTICATED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not allowed. `error.code`: `MODULE_DISABLED`, `FORBIDDEN` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
