/**
 * E-mail notifications end to end below the browser: a workflow action writes its message into
 * the outbox in the same transaction, the mail worker sends it through a real SMTP server (the
 * smtp-server package) started here, and a mail server that is down costs a retry, never a message.
 */
import net from 'node:net';
import { and, eq, isNull } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, test } from 'vitest';
import { outbox, regions, reportEvents, reports, reportValues, users } from '#db/schema';
import * as reportRoute from '#app/routes/_app.regios.$region.rapportages_.$period/route';
import { queueDueReminders, queueReportMessage } from '#app/models/outbox.server';
import * as taal from '#app/routes/taal/route';
import * as login from '#app/routes/login/route';
import { langCookie } from '#app/utils/lang.server';
import { claimDueMessages, deliverDueMessages } from '#app/server/mail-worker.server';
import { createMailTransport } from '#app/server/mail-transport.server';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const MANAGER = DEMO_USERS.manager;
const FOODVALLEY = DEMO_USERS['coordinator.foodvalley'];
type Reply = { result: { error: Record<string, string[]> } };
/** A manager's post on a region's October report. */
const postReport = (as: 'manager' | 'manager2', slug: string, form: Record<string, string>) =>
  callRoute<Reply & { notice: string }>(reportRoute, {
    url: `/regios/${slug}/rapportages/2026-10`,
    as,
    form,
    params: { region: slug, period: '2026-10' },
  });
const FROM = 'monitor@proeftuinmonitor.test';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A real SMTP receiver on `port`, keeping every message it accepts. */
async function startReceiver(port: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const servers: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

function reportOf(slug: string, period: string) {
  const region = db.select().from(regions).where(eq(regions.slug, slug)).get()!;
  return db
    .select()
    .from(reports)
    .where(and(eq(reports.regionId, region.id), eq(reports.period, period)))
    .get()!;
}
/** The message with its long headers unfolded (a folded header goes on in lines that start with a space). */
const unfolded = (raw: string) => decoded(raw).replace(/\r?\n[ \t]+/g, ' ');
const pending = () => db.select().from(outbox).where(isNull(outbox.sentAt)).all();
const messagesTo = (email: string) => db.select().from(outbox).where(eq(outbox.toAddress, email)).all();
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('e-mail notifications', () => {
  test('a return writes one message per coordinator of the region, with the reason, in the same transaction', async () => {
    const r = reportOf('foodvalley', '2026-10');
    expect(r.status).toBe('ingediend');
    const res = await postReport('manager', 'foodvalley', {
      intent: 'return',
      version: String(r.version),
      reason: 'Instroom lijkt te laag.',
    });
    expect(res.status).toBe(200);
    const rows = messagesTo(FOODVALLEY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'returned',
      subject: 'Teruggestuurd: maandrapportage FoodValley oktober 2026',
      sentAt: null,
      attempts: 0,
    });
    expect(rows[0]!.body).toContain('Reden: Instroom lijkt te laag.');
    expect(rows[0]!.body).toContain('/regios/foodvalley/rapportages/2026-10');
    // Only FoodValley's coordinator: nobody of another region hears of it.
    expect(
      db
        .select()
        .from(outbox)
        .all()
        .map((m) => m.toAddress),
    ).toEqual([FOODVALLEY]);
  });

  test('the worker sends through a real SMTP server: recipient, subject and body', async () => {
    const port = await freePort();
    const receiver = await startReceiver(port);
    servers.push(receiver);
    const transport = createMailTransport({ SMTP_HOST: '127.0.0.1', SMTP_PORT: port, SMTP_SECURE: 'false' })!;
    const result = await deliverDueMessages({ db, transport, from: FROM });
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const mail = receiver.received[0]!;
    expect(mail.from).toBe(FROM);
    expect(mail.to).toEqual([FOODVALLEY]);
    const text = decoded(mail.raw);
    expect(text).toContain('Subject: Teruggestuurd: maandrapportage FoodValley oktober 2026');
    expect(text).toContain('Reden: Instroom lijkt te laag.');
    expect(pending()).toHaveLength(0);
    expect(db.select().from(outbox).get()!.attempts).toBe(1);
  });

  test('with the mail server down the request still succeeds; the worker retries with back-off and delivers once it is up', async () => {
    const port = await freePort(); // nothing listens here yet
    const r = reportOf('zeeland', '2026-10');
    const started = Date.now();
    const res = await postReport('manager', 'zeeland', { intent: 'approve', version: String(r.version) });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000); // the request never talks to the mail server
    const transport = createMailTransport({ SMTP_HOST: '127.0.0.1', SMTP_PORT: port, SMTP_SECURE: 'false' })!;
    const t0 = new Date();
    expect(await deliverDueMessages({ db, transport, from: FROM, now: t0 })).toEqual({ sent: 0, failed: 1 });
    const [row] = pending();
    expect(row).toMatchObject({ kind: 'approved', attempts: 1, claimedUntil: null });
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    expect(Date.parse(row!.nextAttemptAt) - t0.getTime()).toBe(30_000);
    // Before the back-off has passed nothing is tried again.
    expect(
      await deliverDueMessages({ db, transport, from: FROM, now: new Date(t0.getTime() + 10_000) }),
    ).toEqual({
      sent: 0,
      failed: 0,
    });
    // Still down at the second try: the delay doubles.
    const t1 = new Date(t0.getTime() + 30_000);
    expect(await deliverDueMessages({ db, transport, from: FROM, now: t1 })).toEqual({ sent: 0, failed: 1 });
    expect(Date.parse(pending()[0]!.nextAttemptAt) - t1.getTime()).toBe(60_000);
    // The server comes up: the next round after the back-off delivers it.
    const receiver = await startReceiver(port);
    servers.push(receiver);
    const t2 = new Date(t1.getTime() + 60_000);
    expect(await deliverDueMessages({ db, transport, from: FROM, now: t2 })).toEqual({ sent: 1, failed: 0 });
    expect(receiver.received.map((m) => m.to)).toEqual([[DEMO_USERS['coordinator.zeeland']]]);
    expect(decoded(receiver.received[0]!.raw)).toContain(
      'Subject: Goedgekeurd: maandrapportage Zeeland oktober 2026',
    );
    expect(pending()).toHaveLength(0);
  });

  test('a message claimed by a process that died is sent by the next round once the claim expires', async () => {
    db.insert(outbox).values({ kind: 'approved', toAddress: 'x@example.nl', subject: 'S', body: 'B' }).run();
    const now = new Date();
    expect(claimDueMessages(db, now)).toHaveLength(1); // claimed, then the process "crashes"
    expect(claimDueMessages(db, now)).toHaveLength(0); // another process does not take it meanwhile
    const port = await freePort();
    const receiver = await startReceiver(port);
    servers.push(receiver);
    const transport = createMailTransport({ SMTP_HOST: '127.0.0.1', SMTP_PORT: port, SMTP_SECURE: 'false' })!;
    const later = new Date(now.getTime() + 121_000);
    expect(await deliverDueMessages({ db, transport, from: FROM, now: later })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(receiver.received[0]!.to).toEqual(['x@example.nl']);
  });

  test('a manager correcting a submitted report needs a reason; it goes into the timeline and the coordinator is told', async () => {
    // FoodValley was returned above; Utrecht's draft is submitted first by its coordinator.
    const u = reportOf('utrecht', '2026-10');
    db.update(reports).set({ status: 'ingediend' }).where(eq(reports.id, u.id)).run();
    const post = (fields: Record<string, string>) => postReport('manager', 'utrecht', fields);
    const before = db.select().from(reportValues).where(eq(reportValues.reportId, u.id)).all();
    const form = Object.fromEntries(
      before.map((v) => [v.elementCode, v.value === null ? '' : String(v.value).replace('.', ',')]),
    );
    expect(form.intakes).not.toBe('55');
    const refused = await post({ ...form, intent: 'save', version: String(u.version), intakes: '55' });
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.correctionReason).toEqual(['Geef de reden van de correctie op.']);
    expect(db.select().from(reportValues).where(eq(reportValues.reportId, u.id)).all()).toEqual(before);
    const ok = await post({
      ...form,
      intent: 'save',
      version: String(u.version),
      intakes: '55',
      correctionReason: 'Instroom gecorrigeerd na telefonisch overleg.',
    });
    expect(ok.status).toBe(200);
    expect(ok.data.notice).toBe(
      'De correctie is opgeslagen. Gewijzigde waarden: 1. De coördinator krijgt bericht.',
    );
    expect(reportOf('utrecht', '2026-10').status).toBe('ingediend');
    const events = db.select().from(reportEvents).where(eq(reportEvents.reportId, u.id)).all();
    expect(events.at(-1)).toMatchObject({
      fromStatus: 'ingediend',
      toStatus: 'ingediend',
      reason: 'Instroom gecorrigeerd na telefonisch overleg.',
    });
    const mail = messagesTo(DEMO_USERS.coordinatorA);
    expect(mail.map((m) => [m.kind, m.subject])).toEqual([
      ['corrected', 'Gecorrigeerd: maandrapportage Utrecht oktober 2026'],
    ]);
    expect(mail[0]!.body).toContain('Reden: Instroom gecorrigeerd na telefonisch overleg.');
  });

  test('reminders: before the due date and when overdue, once each, not to users who switched them off', () => {
    // West-Brabant-West's October draft is due 15 November.
    const wbw = DEMO_USERS.coordinatorB;
    const utrecht = DEMO_USERS.coordinatorA;
    db.update(users).set({ remindersEnabled: false }).where(eq(users.email, utrecht)).run();
    const early = queueDueReminders({ today: '2026-11-11', daysBefore: 3, dueDay: 15 });
    expect(early).toBe(0);
    queueDueReminders({ today: '2026-11-12', daysBefore: 3, dueDay: 15 });
    expect(messagesTo(wbw).map((m) => [m.kind, m.subject])).toEqual([
      ['reminder', 'Herinnering: maandrapportage West-Brabant West oktober 2026 uiterlijk 15-11-2026'],
    ]);
    expect(queueDueReminders({ today: '2026-11-13', daysBefore: 3, dueDay: 15 })).toBe(0);
    queueDueReminders({ today: '2026-11-16', daysBefore: 3, dueDay: 15 });
    expect(messagesTo(wbw).map((m) => m.kind)).toEqual(['reminder', 'overdue']);
    expect(queueDueReminders({ today: '2026-11-20', daysBefore: 3, dueDay: 15 })).toBe(0);
    // FoodValley's returned report is in progress too; Utrecht's coordinator switched reminders off.
    expect(messagesTo(FOODVALLEY).map((m) => m.kind)).toContain('overdue');
    expect(messagesTo(utrecht).filter((m) => m.kind === 'reminder' || m.kind === 'overdue')).toEqual([]);
  });
});

describe('e-mails in the language of their recipient', () => {
  test('the language chosen in the header (or on the login page) is the language of that user’s e-mails, sent through a real SMTP server', async () => {
    const utrechtCoordinator = DEMO_USERS.coordinatorA;
    const zeelandCoordinator = DEMO_USERS['coordinator.zeeland'];
    const langOf = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.lang;
    expect([langOf(utrechtCoordinator), langOf(zeelandCoordinator), langOf(MANAGER)]).toEqual([
      'nl',
      'nl',
      'nl',
    ]);
    db.update(users).set({ remindersEnabled: true }).where(eq(users.email, utrechtCoordinator)).run();
    // Messages the tests above queued (in Dutch, before any switch) are out of the way.
    db.update(outbox).set({ sentAt: new Date().toISOString() }).where(isNull(outbox.sentAt)).run();
    // Utrecht's coordinator switches the interface to English while signed in.
    const switched = await callRoute(taal, {
      url: '/taal',
      as: 'coordinatorA',
      form: { lang: 'en', redirectTo: '/te-doen' },
    });
    expect(switched.status).toBe(302);
    expect(langOf(utrechtCoordinator)).toBe('en');
    // manager1 logs in with English chosen on the login page.
    const loggedIn = await callRoute(login, {
      url: '/login',
      form: { email: MANAGER, password: 'demo-wachtwoord-2026' },
      cookie: await langCookie.serialize('en'),
    });
    expect(loggedIn.status).toBe(302);
    expect(langOf(MANAGER)).toBe('en');

    // Utrecht's submitted report is approved (English to Utrecht), Zeeland's approved one reopened
    // (Dutch to Zeeland), and West-Brabant West's is announced to both managers (one of each).
    const post = (slug: string, fields: Record<string, string>) => postReport('manager2', slug, fields);
    expect(reportOf('utrecht', '2026-10').status).toBe('ingediend');
    expect(
      (await post('utrecht', { intent: 'approve', version: String(reportOf('utrecht', '2026-10').version) }))
        .status,
    ).toBe(200);
    expect(reportOf('zeeland', '2026-10').status).toBe('goedgekeurd');
    const reopened = await post('zeeland', {
      intent: 'reopen',
      version: String(reportOf('zeeland', '2026-10').version),
      reason: 'Cijfers herzien.',
    });
    expect(reopened.status).toBe(200);
    const wbw = db.select().from(users).where(eq(users.email, DEMO_USERS.coordinatorB)).get()!;
    db.transaction((tx) =>
      queueReportMessage(tx, {
        kind: 'submitted',
        reportId: reportOf('west-brabant-west', '2026-10').id,
        actorId: wbw.id,
      }),
    );
    // A reminder for November, due 15 December, to the English-reading coordinator.
    queueDueReminders({ today: '2026-12-12', daysBefore: 3, dueDay: 15 });

    const port = await freePort();
    const receiver = await startReceiver(port);
    servers.push(receiver);
    const transport = createMailTransport({ SMTP_HOST: '127.0.0.1', SMTP_PORT: port, SMTP_SECURE: 'false' })!;
    await deliverDueMessages({ db, transport, from: FROM });
    const subjectsTo = (email: string) =>
      receiver.received
        .filter((m) => m.to.includes(email))
        .map((m) =>
          unfolded(m.raw)
            .match(/^Subject: (.*)$/m)![1]!
            .trim(),
        );
    const bodyTo = (email: string, subject: string) =>
      decoded(
        receiver.received.find(
          (m) => m.to.includes(email) && unfolded(m.raw).includes(`Subject: ${subject}`),
        )!.raw,
      );
    expect(subjectsTo(utrechtCoordinator).sort()).toEqual([
      'Approved: monthly report Utrecht October 2026',
      'Reminder: monthly report Utrecht November 2026 due 15 Dec 2026',
    ]);
    expect(bodyTo(utrechtCoordinator, 'Approved: monthly report Utrecht October 2026')).toContain(
      'approved the monthly report of Utrecht for October 2026.',
    );
    // the reopened October is in progress again and past its due date: overdue too
    expect(subjectsTo(zeelandCoordinator).sort()).toEqual([
      'Herinnering: maandrapportage Zeeland november 2026 uiterlijk 15-12-2026',
      'Heropend: maandrapportage Zeeland oktober 2026',
      'Te laat: maandrapportage Zeeland oktober 2026',
    ]);
    expect(bodyTo(zeelandCoordinator, 'Heropend: maandrapportage Zeeland oktober 2026')).toContain(
      'Reden: Cijfers herzien.',
    );
    expect(subjectsTo(MANAGER)).toEqual(['To review: monthly report West-Brabant West October 2026']);
    expect(bodyTo(MANAGER, 'To review: monthly report West-Brabant West October 2026')).toContain(
      'submitted the monthly report of West-Brabant West for October 2026. Review it here:',
    );
    expect(subjectsTo(DEMO_USERS.manager2)).toEqual([
      'Te beoordelen: maandrapportage West-Brabant West oktober 2026',
    ]);
  });
});
