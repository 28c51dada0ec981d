// Dagboek: an appointment handed to the phone's calendar as an .ics file, read back by a
// real calendar parser (Python's icalendar), on both sides of the spring daylight-saving
// change: the download where the browser cannot share files, the share sheet where it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, axe, byTestId, createDossier, fillForm, phoneContext, suite } from './harness.mjs';

const run = suite();

// Debian's python3-icalendar (scripts/setup.sh test) lives beside /usr/bin/python3.
const READ_ICS = `
import json, sys
from zoneinfo import ZoneInfo
import icalendar
raw = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(raw)
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART'); end = ev.decoded('DTEND')
    ams = ZoneInfo('Europe/Amsterdam')
    events.append({
        'uid': str(ev.get('UID')),
        'start_utc': start.strftime('%Y-%m-%dT%H:%MZ'),
        'start_local': start.astimezone(ams).strftime('%Y-%m-%d %H:%M'),
        'end_local': end.astimezone(ams).strftime('%Y-%m-%d %H:%M'),
        'summary': str(ev.get('SUMMARY')),
        'location': str(ev.get('LOCATION', '')),
        'description': str(ev.get('DESCRIPTION', '')),
    })
print(json.dumps({'version': str(cal.get('VERSION')), 'events': events,
                  'crlf': raw.count(b'\\r\\n') == raw.count(b'\\n'),
                  'longest': max(len(l) for l in raw.split(b'\\r\\n'))}))
`;
const readIcs = (path) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ_ICS, path]).toString());

const LONG = 'Vragen over slaap, pijn en medicijnen; ook: de brief van de gemeente. '.repeat(3).trim();

async function addAppointment(page, date, title) {
  const items = byTestId(page, 'journal-item');
  const before = await items.count();
  await byTestId(page, 'journal-add-1').click();
  await fillForm(page, 'journal', {
    date, time: '10:00', title, 'with-whom': 'Dokter Jansen', place: 'Dorpsstraat 1, Utrecht',
    text: `${LONG}\nNeem de pas mee.`,
  });
  await byTestId(page, 'journal-save').click();
  await items.nth(before).waitFor();
}

const item = (page, title) => byTestId(page, 'journal-item').filter({ hasText: title });

test('each appointment goes to the calendar at 10:00 Amsterdam time on both sides of the clock change', async () => {
  const { context, page } = await run.phoneWithDossier({ acceptDownloads: true });
  await byTestId(page, 'nav-journal').click();
  // Saturday before the change (CET), the day of the change itself and after it (CEST).
  await addAppointment(page, '2027-03-27', 'Huisarts, controle');
  await addAppointment(page, '2027-03-28', 'Wijkteam; gesprek');
  await addAppointment(page, '2027-03-30', 'Schuldhulp');
  await byTestId(page, 'journal-add').click();
  await fillForm(page, 'journal', { date: '2027-03-29', text: 'Alleen een notitie.' });
  await byTestId(page, 'journal-save').click();
  await item(page, 'Alleen een notitie').waitFor();
  assert.equal(await item(page, 'Alleen een notitie').locator('[data-testid="journal-ics"]').count(), 0,
    'a note has no calendar button');

  const native = await page.evaluate(() => typeof navigator.canShare === 'function'
    && navigator.canShare({ files: [new File(['x'], 'a.ics', { type: 'text/calendar' })] }));
  console.log(`headless Chromium navigator.canShare({files}): ${native}`);

  const expected = [
    ['Huisarts, controle', '2027-03-27T09:00Z'],
    ['Wijkteam; gesprek', '2027-03-28T08:00Z'],
    ['Schuldhulp', '2027-03-30T08:00Z'],
  ];
  const uids = new Set();
  for (const [title, utc] of expected) {
    const button = item(page, title).locator('[data-testid="journal-ics"]');
    assert.equal(await button.getAttribute('aria-label'), `Zet in je agenda: ${title}`);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const date = utc.slice(0, 10);
    assert.equal(download.suggestedFilename(), `afspraak-${date}.ics`);
    const path = join(OUT, `journal-${date}.ics`);
    await download.saveAs(path);
    const ics = readIcs(path);
    assert.equal(ics.version, '2.0');
    assert.ok(ics.crlf, 'every line ends in CRLF');
    assert.ok(ics.longest <= 75, `lines are folded at 75 octets (longest ${ics.longest})`);
    assert.equal(ics.events.length, 1);
    const [event] = ics.events;
    assert.equal(event.start_utc, utc, title);
    assert.equal(event.start_local, `${date} 10:00`, title);
    assert.equal(event.end_local, `${date} 11:00`, title);
    assert.equal(event.summary, title);
    assert.equal(event.location, 'Dorpsstraat 1, Utrecht');
    assert.equal(event.description, `Met wie: Dokter Jansen\n${LONG}\nNeem de pas mee.`);
    uids.add(event.uid);
    // What it holds, and nothing more: no passphrase, no other entry.
    const text = readFileSync(path, 'utf8');
    assert.ok(!text.includes('fiets'), 'no passphrase in the file');
    assert.ok(!text.includes('Alleen een notitie'), 'no other entry in the file');
    assert.match(await item(page, title).locator('[data-testid="journal-ics-status"]').innerText(),
      /staat in je downloads/);
  }
  assert.equal(uids.size, 3, 'each appointment has its own UID');

  await item(page, 'Schuldhulp').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'journal-ics-360.png') });
  await axe(page, 'the Dagboek with calendar buttons');
  await context.close();
});

test('where the share sheet takes files, the appointment goes there as text/calendar', async () => {
  const context = await phoneContext(run.browser);
  const page = await context.newPage();
  // Headless Chromium has no share sheet for files; this page gets one that keeps what it is
  // given, to check what Regie hands over (and that no download starts).
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
    navigator.share = async (data) => {
      const file = data.files[0];
      window.__shared.push({ name: file.name, type: file.type, title: data.title, text: await file.text() });
    };
  });
  await page.goto(run.server.url);
  await createDossier(page);
  await byTestId(page, 'nav-journal').click();
  await addAppointment(page, '2027-03-30', 'Schuldhulp');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await item(page, 'Schuldhulp').locator('[data-testid="journal-ics"]').click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const [shared] = await page.evaluate(() => window.__shared);
  assert.equal(shared.name, 'afspraak-2027-03-30.ics');
  assert.equal(shared.type, 'text/calendar');
  assert.equal(shared.title, 'Schuldhulp');
  assert.match(shared.text, /\r\nDTSTART:20270330T080000Z\r\n/);
  assert.equal(downloads, 0, 'no download when the share sheet took it');
  assert.equal(await item(page, 'Schuldhulp').locator('[data-testid="journal-ics-status"]').innerText(), '');
  await context.close();
});
