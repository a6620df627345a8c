/**
 * The whole data model of Proeftuinmonitor. Aggregate figures per region per month only:
 * nothing in here describes an individual family (AVG data minimisation by design).
 *
 * Timestamps are ISO-8601 strings in UTC; periods are 'YYYY-MM'; dates are 'YYYY-MM-DD'.
 * A data value of NULL means "unknown", never 0.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { CBS_IMPORT_STATUSES, CBS_SOURCES, CBS_STATUSES } from '#app/domain/cbs-catalogue';
import { MESSAGE_KINDS } from '#app/domain/notifications';
import {
  BOTTLENECK_STATUSES,
  EXPERIMENT_OUTCOMES,
  EXPERIMENT_STATUSES,
  LEGAL_FRAMEWORKS,
  REGISTER_ENTITIES,
  SEVERITIES,
} from '#app/domain/register-codes';
import { REPORT_STATUSES } from '#app/domain/report-status';
import { ROLES } from '#app/domain/roles';

// The code lists are defined once, in the pure domain (import them from there), and used here for
// the columns.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const regions = sqliteTable('regions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  planName: text('plan_name').notNull(),
  reportingStart: text('reporting_start').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().default(now),
  /** '#RRGGBB'; NULL = the palette colour of the region's place in the sort order */
  colour: text('colour'),
  /** First month of the pilot's new way of working (YYYY-MM); NULL = the reporting start. */
  pilotStart: text('pilot_start'),
  /** Baseline months (YYYY-MM); NULL = the twelve months before the pilot start. Set by a manager. */
  baselineFrom: text('baseline_from'),
  baselineTo: text('baseline_to'),
});

/**
 * The pilot's scope: which municipalities, and how many children aged 0–17 live there, from a month
 * on. Rows are never changed: a new row from a later month records a change of scope or population
 * (e.g. a new year's CBS figure, or a municipality joining mid-year); a new row for the same month
 * corrects the earlier one (the highest id wins). The rows are the history.
 */
export const regionScopes = sqliteTable(
  'region_scopes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    effectiveFrom: text('effective_from').notNull(),
    /** JSON array of municipality names */
    municipalities: text('municipalities', { mode: 'json' }).$type<string[]>().notNull(),
    children: integer('children').notNull(),
    source: text('source').notNull().default(''),
    /**
     * 'typed': the population was typed by a manager (an estimate, labelled "Getypt"); every scope
     * of a release before 0014 is typed. The population from CBS is not stored here: it is read from
     * `cbs_observations` for the municipalities of `region_municipality_sets` (issue 24).
     */
    origin: text('origin', { enum: ['typed'] })
      .notNull()
      .default('typed'),
    setBy: integer('set_by').references(() => users.id),
    setAt: text('set_at').notNull().default(now),
  },
  (t) => [
    index('region_scopes_region_idx').on(t.regionId, t.effectiveFrom),
    check('region_scopes_children_check', sql`${t.children} > 0`),
    check('region_scopes_period_check', sql`${t.effectiveFrom} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    regionId: integer('region_id').references(() => regions.id),
    passwordHash: text('password_hash').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    passwordChangedAt: text('password_changed_at').notNull().default(now),
    createdAt: text('created_at').notNull().default(now),
    /** Reminder e-mails before the due date and when a report is overdue; the user can switch them off. */
    remindersEnabled: integer('reminders_enabled', { mode: 'boolean' }).notNull().default(true),
    /** The language of the e-mails this user gets ('nl' | 'en'); follows the language chosen in the header. */
    lang: text('lang', { enum: ['nl', 'en'] })
      .notNull()
      .default('nl'),
    /** The last time the user had their start page open (end of the last visit); null: never. */
    lastVisitAt: text('last_visit_at'),
    /** Where the current visit's "changed since your last visit" starts; null: a first visit. */
    previousVisitAt: text('previous_visit_at'),
    /** Null while an invited user has not yet set a password (password_hash is then ''). */
    activatedAt: text('activated_at'),
    /** The last completed sign-in (dormant accounts count from it, or from activation). */
    lastLoginAt: text('last_login_at'),
    /** When the "your account will be disabled" e-mail went out; cleared by a sign-in. */
    dormantWarnedAt: text('dormant_warned_at'),
    /** Why the account is disabled: 'admin' or 'dormant'; null when enabled. */
    disabledReason: text('disabled_reason', { enum: ['admin', 'dormant'] }),
    /** The TOTP secret (base32) once the user has confirmed it with a code; null: no second factor. */
    totpSecret: text('totp_secret'),
    /** The time step of the last TOTP code accepted: a code of that step or earlier is refused (replay). */
    totpLastStep: integer('totp_last_step'),
  },
  (t) => [
    check('users_role_check', sql`${t.role} in ('coordinator','manager','reviewer','admin')`),
    // A coordinator belongs to exactly one region; other roles to none.
    check(
      'users_region_check',
      sql`(${t.role} = 'coordinator' and ${t.regionId} is not null) or (${t.role} <> 'coordinator' and ${t.regionId} is null)`,
    ),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
    /**
     * null: signed in. 'totp': the password was right, the second factor is still to come.
     * 'enrol': the password was right, the role requires a second factor the user has yet to set up.
     * A session with a stage is no sign-in: findSessionUser ignores it.
     */
    stage: text('stage', { enum: ['totp', 'enrol'] }),
    /** The browser's User-Agent (cut to 300 characters) and the address at sign-in, for the user's list. */
    userAgent: text('user_agent'),
    ip: text('ip'),
    /** Updated at most every few minutes by the requests of the session. */
    lastSeenAt: text('last_seen_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * One-time links sent by e-mail: an invitation (72 hours) or a password reset (1 hour). Only the
 * SHA-256 of the token is stored; the link carries the token itself. Used once: used_at is set in
 * the transaction that sets the password.
 */
export const accountTokens = sqliteTable(
  'account_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId)],
);

/** Recovery codes of the second factor: SHA-256 of each code, each usable once. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: text('created_at').notNull().default(now),
    usedAt: text('used_at'),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    at: text('at').notNull().default(now),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    period: text('period').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('concept'),
    /** Optimistic concurrency: every write checks and increments it. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
    submittedAt: text('submitted_at'),
    submittedBy: integer('submitted_by').references(() => users.id),
    approvedAt: text('approved_at'),
    approvedBy: integer('approved_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('reports_region_period_uq').on(t.regionId, t.period),
    index('reports_period_status_idx').on(t.period, t.status),
    check('reports_status_check', sql`${t.status} in ('concept','ingediend','goedgekeurd','teruggestuurd')`),
    check('reports_period_check', sql`${t.period} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`),
  ],
);

export const reportValues = sqliteTable(
  'report_values',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    elementCode: text('element_code').notNull(),
    /** NULL = unknown. Never store 0 for an empty field. */
    value: real('value'),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.elementCode] }),
    index('report_values_element_idx').on(t.elementCode, t.reportId),
  ],
);

export const valueHistory = sqliteTable(
  'value_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    elementCode: text('element_code').notNull(),
    oldValue: real('old_value'),
    newValue: real('new_value'),
    source: text('source', { enum: ['form', 'import', 'seed'] })
      .notNull()
      .default('form'),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: text('changed_at').notNull().default(now),
  },
  (t) => [index('value_history_report_idx').on(t.reportId, t.elementCode)],
);

export const reportEvents = sqliteTable(
  'report_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    userId: integer('user_id').references(() => users.id),
    reason: text('reason'),
    at: text('at').notNull().default(now),
  },
  (t) => [index('report_events_report_idx').on(t.reportId)],
);

export const reportComments = sqliteTable(
  'report_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id),
    body: text('body').notNull(),
    /** Set when the comment explains a soft-rule warning on a field. */
    ruleCode: text('rule_code'),
    elementCode: text('element_code'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('report_comments_report_idx').on(t.reportId)],
);

export const experiments = sqliteTable(
  'experiments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    title: text('title').notNull(),
    hypothesis: text('hypothesis').notNull().default(''),
    description: text('description').notNull().default(''),
    /** JSON arrays of codes (principles, themes, partners). */
    principles: text('principles', { mode: 'json' }).$type<string[]>().notNull(),
    themes: text('themes', { mode: 'json' }).$type<string[]>().notNull(),
    partners: text('partners', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: EXPERIMENT_STATUSES }).notNull().default('idee'),
    statusSince: text('status_since').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    outcome: text('outcome', { enum: EXPERIMENT_OUTCOMES }),
    lessons: text('lessons'),
    /** JSON array of indicator codes the experiment aims to move (issue 12). */
    indicators: text('indicators', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('experiments_region_idx').on(t.regionId, t.status)],
);

export const bottlenecks = sqliteTable(
  'bottlenecks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    legalFramework: text('legal_framework', { enum: LEGAL_FRAMEWORKS }).notNull(),
    article: text('article').notNull().default(''),
    principle: text('principle').notNull(),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    status: text('status', { enum: BOTTLENECK_STATUSES }).notNull().default('gesignaleerd'),
    statusSince: text('status_since').notNull(),
    identifiedDate: text('identified_date').notNull(),
    resolvedDate: text('resolved_date'),
    proposedSolution: text('proposed_solution').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    index('bottlenecks_region_idx').on(t.regionId, t.status),
    index('bottlenecks_framework_idx').on(t.legalFramework, t.status),
  ],
);

export const experimentBottlenecks = sqliteTable(
  'experiment_bottlenecks',
  {
    experimentId: integer('experiment_id')
      .notNull()
      .references(() => experiments.id, { onDelete: 'cascade' }),
    bottleneckId: integer('bottleneck_id')
      .notNull()
      .references(() => bottlenecks.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.experimentId, t.bottleneckId] }),
    index('experiment_bottlenecks_bottleneck_idx').on(t.bottleneckId),
  ],
);

/** Field-level history of register entries (experiments and bottlenecks), status moves included. */
export const registerHistory = sqliteTable(
  'register_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', { enum: REGISTER_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    userId: integer('user_id').references(() => users.id),
    at: text('at').notNull().default(now),
  },
  (t) => [index('register_history_entity_idx').on(t.entityType, t.entityId)],
);

export const indicatorTargets = sqliteTable(
  'indicator_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorCode: text('indicator_code').notNull(),
    target: real('target').notNull(),
    floor: real('floor').notNull(),
    /** First period (YYYY-MM) for which this target holds; the latest one not after a period wins. */
    effectiveFrom: text('effective_from').notNull(),
    note: text('note').notNull().default(''),
    setBy: integer('set_by').references(() => users.id),
    setAt: text('set_at').notNull().default(now),
  },
  (t) => [index('indicator_targets_code_idx').on(t.indicatorCode, t.effectiveFrom)],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    userId: integer('user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: text('updated_at').notNull().default(now),
});

/**
 * One row (id 1): a counter that every write to a table the dashboard figures are computed from
 * raises, by trigger, in the writing transaction (migration 0002). Servers cache computed figures
 * under this number, so every process sees a change at its next request and nothing unchanged is
 * computed twice.
 */
export const figuresVersion = sqliteTable(
  'figures_version',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull().default(0),
  },
  (t) => [check('figures_version_single_row', sql`${t.id} = 1`)],
);

/**
 * How many writes each month's reports and values have had (issue 26): triggers (migration 0017)
 * add one for every row of `reports` and `report_values` written, under the report's period ('*'
 * when it is not known: a report moved to another period, or a value whose report is gone), in the
 * same transaction as the figures version. A server process that sees the figures version move by
 * exactly as many writes as these counters did knows which months changed, and keeps the figures
 * of every other month (app/models/figures-cache.server.ts). At most one row per month.
 */
export const figuresChanges = sqliteTable('figures_changes', {
  period: text('period').primaryKey(),
  changes: integer('changes').notNull().default(0),
});

/**
 * Reference figures from outside the pilot (national totals, non-pilot regions; e.g. CBS StatLine,
 * Veilig Thuis) that charts draw beside the pilot's own. Imported by a manager as CSV; each series
 * says where it comes from (source, table, retrieval date) and in which unit. `illustrative` marks
 * the demo set, which is not real data.
 */
export const referenceSeries = sqliteTable('reference_series', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  label: text('label').notNull(),
  /** the indicator it is a reference for (same unit); NULL for a series that stands alone */
  indicatorCode: text('indicator_code'),
  source: text('source').notNull(),
  sourceTable: text('source_table').notNull(),
  retrievedOn: text('retrieved_on').notNull(),
  unit: text('unit').notNull(),
  illustrative: integer('illustrative', { mode: 'boolean' }).notNull().default(false),
  /** 'typed': imported from a CSV a manager made (every series before 0014); CBS figures live in cbs_observations */
  origin: text('origin', { enum: ['typed'] })
    .notNull()
    .default('typed'),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: integer('updated_by').references(() => users.id),
});

export const referenceValues = sqliteTable(
  'reference_values',
  {
    seriesId: integer('series_id')
      .notNull()
      .references(() => referenceSeries.id, { onDelete: 'cascade' }),
    /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY' */
    period: text('period').notNull(),
    /** NULL = unknown */
    value: real('value'),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.period] })],
);

/**
 * A region's baseline values taken from reference data (issue 23, ADR 019): for a baseline before
 * its first monthly report, a manager fills an indicator's or outcome's baseline from a stored
 * reference series. The value (the mean of the series over the baseline) is copied with its source,
 * so a later import does not change a baseline unseen; it is shown with that source, has no counts
 * (so no interval) and stands in only where the months give no baseline.
 */
export const regionReferenceBaselines = sqliteTable(
  'region_reference_baselines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** an indicator or outcome code */
    code: text('code').notNull(),
    value: real('value').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    seriesCode: text('series_code').notNull(),
    label: text('label').notNull(),
    source: text('source').notNull(),
    sourceTable: text('source_table').notNull(),
    retrievedOn: text('retrieved_on').notNull(),
    setBy: integer('set_by').references(() => users.id),
    setAt: text('set_at').notNull().default(now),
    /**
     * A baseline from CBS's pre-pilot years (ADR 024): CBS's count and child-years behind the value,
     * so the change against it has an interval (issue 24). NULL for a baseline from a typed series
     * (no counts); 0018 fills them for CBS baselines stored before, from their audit entry.
     */
    count: real('count'),
    childYears: real('child_years'),
  },
  (t) => [uniqueIndex('region_reference_baselines_region_code_uq').on(t.regionId, t.code)],
);

/**
 * A region's account of a quarter (context, per principle, what was learned), with the same
 * workflow as the monthly reports. Reviewers only ever read an approved one.
 */
export const narratives = sqliteTable(
  'narratives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** 'YYYY-Qn' */
    quarter: text('quarter').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('concept'),
    context: text('context').notNull().default(''),
    learned: text('learned').notNull().default(''),
    /** JSON object: principle code → text (optional per principle) */
    principles: text('principles', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    version: integer('version').notNull().default(1),
    returnReason: text('return_reason'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: integer('updated_by').references(() => users.id),
    approvedAt: text('approved_at'),
    approvedBy: integer('approved_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('narratives_region_quarter_uq').on(t.regionId, t.quarter),
    check('narratives_quarter_check', sql`${t.quarter} glob '[0-9][0-9][0-9][0-9]-Q[1-4]'`),
  ],
);

/** Every saved version of a narrative and every status change, with who and why. */
export const narrativeHistory = sqliteTable(
  'narrative_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    narrativeId: integer('narrative_id')
      .notNull()
      .references(() => narratives.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    action: text('action', { enum: ['save', 'submit', 'approve', 'return'] }).notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull(),
    context: text('context').notNull(),
    learned: text('learned').notNull(),
    principles: text('principles', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    reason: text('reason'),
    userId: integer('user_id').references(() => users.id),
    at: text('at').notNull().default(now),
  },
  (t) => [index('narrative_history_narrative_idx').on(t.narrativeId)],
);

/**
 * E-mails waiting to be sent, and sent ones (the admin's "Berichten" page). Written in the same
 * transaction as the change that causes them; the mail worker claims, sends and retries them.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    recipientId: integer('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /**
     * A one-time link (invitation, password reset): the body holds the placeholder {{link}}, the
     * worker fills it in when sending and clears this column once sent. The admin's outbox page never
     * shows it.
     */
    secretLink: text('secret_link'),
    /** Set for reminders: one per report, recipient and kind, however often the worker looks. */
    dedupeKey: text('dedupe_key'),
    createdAt: text('created_at').notNull().default(now),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    /** A sending round holds the message until then; after a crash another round takes it. */
    claimedUntil: text('claimed_until'),
    sentAt: text('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_due_idx').on(t.sentAt, t.nextAttemptAt),
    uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
  ],
);

/**
 * Control limits recalculated after a deliberate change (an experiment's start, a new way of
 * working): from `fromMonth` on, an indicator's control chart takes its limits from the months after
 * the change instead of the baseline (app/domain/spc.ts). A manager's choice with a reason; NULL
 * region = the programme total's chart. Kept, never edited: a withdrawal sets `withdrawnAt`.
 */
export const controlLimitRecalculations = sqliteTable(
  'control_limit_recalculations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorCode: text('indicator_code').notNull(),
    regionId: integer('region_id').references(() => regions.id),
    /** 'YYYY-MM' */
    fromMonth: text('from_month').notNull(),
    reason: text('reason').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: integer('withdrawn_by').references(() => users.id),
    /** why a manager withdrew it (the chart goes back to the limits before it); set with withdrawnAt */
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [index('control_limit_recalc_idx').on(t.indicatorCode, t.regionId)],
);

// ── Experience (issue 25): aggregates only, never an individual answer ─────────────────────────

/**
 * A region's experience counts for one period ('YYYY-Qn' for parents and young people,
 * 'YYYY-Hn' for professionals): imported by the coordinator (submitted), approved by a manager.
 * Reviewers see approved periods only.
 */
export const experiencePeriods = sqliteTable(
  'experience_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    period: text('period').notNull(),
    status: text('status', { enum: ['submitted', 'approved'] })
      .notNull()
      .default('submitted'),
    submittedAt: text('submitted_at').notNull().default(now),
    submittedBy: integer('submitted_by').references(() => users.id),
    approvedAt: text('approved_at'),
    approvedBy: integer('approved_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('experience_periods_region_period_uq').on(t.regionId, t.period),
    check(
      'experience_periods_period_check',
      sql`${t.period} glob '[0-9][0-9][0-9][0-9]-Q[1-4]' or ${t.period} glob '[0-9][0-9][0-9][0-9]-H[12]'`,
    ),
  ],
);

/** Invited and responded of one group on one route in a region's period. */
export const experienceCounts = sqliteTable(
  'experience_counts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => experiencePeriods.id, { onDelete: 'cascade' }),
    group: text('group', { enum: ['parents', 'youth', 'prof_local', 'prof_safety'] }).notNull(),
    route: text('route', { enum: ['local', 'safety', 'measure', 'all'] }).notNull(),
    /** NULL: unknown (an open link), never 0 */
    invited: integer('invited'),
    responded: integer('responded').notNull(),
  },
  (t) => [
    uniqueIndex('experience_counts_uq').on(t.periodId, t.group, t.route),
    check(
      'experience_counts_responded_check',
      sql`${t.responded} >= 0 and (${t.invited} is null or ${t.responded} <= ${t.invited})`,
    ),
  ],
);

/** Per item: how many answered it and how many agreed (top-2 of five, or above the threshold). */
export const experienceAnswers = sqliteTable(
  'experience_answers',
  {
    countId: integer('count_id')
      .notNull()
      .references(() => experienceCounts.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    answered: integer('answered').notNull(),
    agreed: integer('agreed').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countId, t.item] }),
    check('experience_answers_check', sql`${t.agreed} >= 0 and ${t.agreed} <= ${t.answered}`),
  ],
);

/** A region's column mapping: the columns of its own survey tool's export, per standard column. */
export const experienceMappings = sqliteTable('experience_mappings', {
  regionId: integer('region_id')
    .primaryKey()
    .references(() => regions.id),
  /** JSON object: standard column → the region's column name */
  columns: text('columns', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: integer('updated_by').references(() => users.id),
});

// ── CBS StatLine and municipalities (issue 24, ADR 020) ────────────────────────────────────────

/**
 * Municipalities as CBS codes them ('GM0363'), with the period they exist: a merger ends the old
 * ones (`valid_to`, the last day) and starts the new one. The youth-care region is CBS's 'JZ..'
 * code where known; urbanity is CBS's stedelijkheid 1 (very strongly urban) to 5 (not urban).
 */
export const municipalities = sqliteTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** 'YYYY-MM-DD' */
    validFrom: text('valid_from').notNull().default('1900-01-01'),
    /** 'YYYY-MM-DD', the last day; NULL = it exists */
    validTo: text('valid_to'),
    youthCareRegion: text('youth_care_region'),
    urbanity: integer('urbanity'),
  },
  (t) => [
    check('municipalities_code_check', sql`${t.code} glob 'GM[0-9][0-9][0-9][0-9]'`),
    check('municipalities_urbanity_check', sql`${t.urbanity} is null or ${t.urbanity} between 1 and 5`),
  ],
);

/** A redivision: the old municipality's area goes (wholly or in part) to the new one from a date. */
export const municipalityChanges = sqliteTable(
  'municipality_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    oldCode: text('old_code').notNull(),
    newCode: text('new_code').notNull(),
    /** 'YYYY-MM-DD', the first day of the new division */
    effectiveOn: text('effective_on').notNull(),
    importId: integer('import_id').references(() => cbsImports.id),
  },
  (t) => [uniqueIndex('municipality_changes_uq').on(t.oldCode, t.newCode, t.effectiveOn)],
);

/**
 * A region's scope as municipalities from a month on: one set per change, never edited. The set
 * in force for a month is the one with the latest `effective_from` not after it (for the same
 * month the highest id: a correction), as `region_scopes` does.
 */
export const regionMunicipalitySets = sqliteTable(
  'region_municipality_sets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    effectiveFrom: text('effective_from').notNull(),
    setBy: integer('set_by').references(() => users.id),
    setAt: text('set_at').notNull().default(now),
  },
  (t) => [
    index('region_municipality_sets_idx').on(t.regionId, t.effectiveFrom),
    check(
      'region_municipality_sets_period_check',
      sql`${t.effectiveFrom} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]'`,
    ),
  ],
);

/** The municipalities of one set; `partial` with its district for a part (Amsterdam Nieuw-West). */
export const regionMunicipalities = sqliteTable(
  'region_municipalities',
  {
    setId: integer('set_id')
      .notNull()
      .references(() => regionMunicipalitySets.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    partial: integer('partial', { mode: 'boolean' }).notNull().default(false),
    district: text('district'),
  },
  (t) => [
    primaryKey({ columns: [t.setId, t.municipalityCode] }),
    check(
      'region_municipalities_district_check',
      sql`(${t.partial} = 0 and ${t.district} is null) or (${t.partial} = 1 and ${t.district} is not null)`,
    ),
  ],
);

/** An import of CBS tables: a dry run (pending, with its payload) until a manager approves it. */
export const cbsImports = sqliteTable('cbs_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: text('created_at').notNull().default(now),
  source: text('source', { enum: CBS_SOURCES }).notNull(),
  status: text('status', { enum: CBS_IMPORT_STATUSES }).notNull().default('pending'),
  /** the dry run as shown (tables, periods, municipalities, counts per status, redivisions) */
  summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  /** the parsed tables, kept until approval; emptied when approved or discarded */
  payload: text('payload'),
  decidedBy: integer('decided_by').references(() => users.id),
  decidedAt: text('decided_at'),
});

/** A CBS table as retrieved by one approved import: title, CBS's modification date, licence. */
export const cbsTables = sqliteTable(
  'cbs_tables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tableId: text('table_id').notNull(),
    title: text('title').notNull(),
    /** CBS's own modification date of the table ('Modified' of TableInfos), as given */
    modified: text('modified'),
    retrievedAt: text('retrieved_at').notNull(),
    licence: text('licence').notNull().default('CC BY 4.0'),
    source: text('source', { enum: CBS_SOURCES }).notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => cbsImports.id),
  },
  (t) => [index('cbs_tables_table_idx').on(t.tableId, t.importId)],
);

/**
 * One CBS cell under our measure key. A later import that brings the same cell again (a provisional
 * figure made final, a correction) marks the old row `superseded_by` its import and adds a new one:
 * the old value stays. NULL value = unknown (secret, or not published), never 0.
 */
export const cbsObservations = sqliteTable(
  'cbs_observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tableId: text('table_id').notNull(),
    measure: text('measure').notNull(),
    regionCode: text('region_code').notNull(),
    /** CBS's period code: '2023JJ00', '2023HJ01', '2023KW01' */
    period: text('period').notNull(),
    value: real('value'),
    status: text('status', { enum: CBS_STATUSES }).notNull(),
    rounded: integer('rounded', { mode: 'boolean' }).notNull().default(false),
    importId: integer('import_id')
      .notNull()
      .references(() => cbsImports.id),
    supersededBy: integer('superseded_by').references(() => cbsImports.id),
  },
  (t) => [
    uniqueIndex('cbs_observations_current_uq')
      .on(t.measure, t.regionCode, t.period)
      .where(sql`${t.supersededBy} is null`),
    index('cbs_observations_region_idx').on(t.regionCode, t.measure),
    check('cbs_observations_secret_check', sql`${t.status} <> 'secret' or ${t.value} is null`),
  ],
);

// ── Comparison groups from CBS figures (issue 24 items 3–4, ADR 021) ─────────────────────────

/**
 * Which outcome rate compares with which CBS measure, with the known definitional gap beside it in
 * both languages (CBS counts by the child's municipality of registration, the pilot its scope; CBS
 * counts trajectories, the pilot measures per child …). Data, seeded by migration 0015; an outcome
 * without a row has no CBS reference.
 */
export const outcomeCbsMappings = sqliteTable(
  'outcome_cbs_mappings',
  {
    outcomeCode: text('outcome_code').notNull(),
    /** a key of CBS_MEASURES (app/domain/cbs-catalogue.ts) */
    cbsMeasure: text('cbs_measure').notNull(),
    gapNl: text('gap_nl').notNull(),
    gapEn: text('gap_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.outcomeCode, t.cbsMeasure] })],
);

/**
 * A region's matched comparison group (c): non-pilot municipalities a manager chose by size and
 * urbanity. One row per choice, never edited; the newest is in force, the older ones are its history.
 */
export const comparisonGroupChoices = sqliteTable(
  'comparison_group_choices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: integer('region_id')
      .notNull()
      .references(() => regions.id),
    /** CBS municipality codes ('GM0363') */
    municipalities: text('municipalities', { mode: 'json' }).$type<string[]>().notNull(),
    reason: text('reason').notNull().default(''),
    chosenBy: integer('chosen_by').references(() => users.id),
    chosenAt: text('chosen_at').notNull().default(now),
  },
  (t) => [index('comparison_group_choices_region_idx').on(t.regionId, t.id)],
);
