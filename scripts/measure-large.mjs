// Measures a large dossier in headless Chromium against the release build and prints figures:
// 500 journal entries, 200 domain scores and 50 documents (5 MB of files in all).
// Budgets: unlock and first screen at most 1.5 s; a save after one edit at most 100 ms.
// Run after scripts/build.sh:  node scripts/measure-large.mjs
//
// The dossier is sealed by the core's own code (example `seal_dossier`: real age, the vault
// format and document store the app writes), put into the browser's storage, and then opened
// through the unlock screen like a person would.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { byTestId, saved, ROOT, PASSPHRASE } from '../tests/e2e/harness.mjs';
import { runs, fmt, timing, measuring, openApp, pressUnlock } from './measure-harness.mjs';

const RUNS = runs();

const DOMAINS = ['finances', 'daily_activity', 'housing', 'domestic_relations', 'mental_health',
  'physical_health', 'addiction', 'adl_activities', 'social_network', 'community_participation', 'justice'];
const day = (offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86400000).toISOString().slice(0, 10);

function largeDossier() {
  const dossier = JSON.parse(execFileSync('cat', ['crates/regie-core/tests/data/dossier-v1.json'], { cwd: ROOT }));
  dossier.journal.entries = Array.from({ length: 500 }, (_, i) => (i % 3 === 0
    ? { id: `jr-${i}`, kind: { type: 'appointment', with_whom: `Hulpverlener ${i % 7}`, place: 'Buurtteam' },
        date: day(i), time: '10:30', title: `Afspraak ${i}`, text: 'Map met brieven meenemen. '.repeat(4) }
    : { id: `jr-${i}`, kind: { type: 'note' }, date: day(i), time: null, title: `Notitie ${i}`,
        text: 'Vandaag ging het redelijk. Ik heb de post opengemaakt en twee brieven gelezen. '.repeat(3) }));
  dossier.domains.scores = Array.from({ length: 200 }, (_, i) => ({
    id: `ds-${i}`, domain: DOMAINS[i % DOMAINS.length], score: 1 + (i % 5), note: `Toelichting ${i}`,
    date: day(Math.floor(i / DOMAINS.length) * 30),
    scored_by: i % 2 ? { kind: 'me' } : { kind: 'professional', name: 'Sanne de Vries' },
  }));
  const blobs = {};
  dossier.documents.files = Array.from({ length: 50 }, (_, i) => {
    const id = `doc-${i}`;
    // A JPEG-looking file of 100 KB: the store holds only its ciphertext.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(100 * 1024)]);
    blobs[id] = bytes.toString('base64');
    // Each photo carries its thumbnail inside the dossier, as the app stores it (about 8 KB).
    const thumb = `data:image/jpeg;base64,${randomBytes(6 * 1024).toString('base64')}`;
    return { id, name: `Brief ${i}`, mime: 'image/jpeg', size: bytes.length, added: 1706879100000 + i * 86400000, note: '', thumb };
  });
  return { dossier, blobs };
}

const sealed = JSON.parse(execFileSync(
  'cargo', ['run', '-q', '--release', '-p', 'regie-core', '--example', 'seal_dossier', PASSPHRASE],
  { cwd: ROOT, input: JSON.stringify(largeDossier()), maxBuffer: 256 * 1024 * 1024 },
));

await measuring(async ({ server, browser }) => {
  const { context, page } = await openApp(browser, server);
  await byTestId(page, 'new-passphrase').waitFor();
  // Put the sealed dossier where the app keeps it: the vault in localStorage, the documents'
  // ciphertext in IndexedDB (database "regie", store "documents").
  await page.evaluate(async ({ vault, blobs }) => {
    localStorage.setItem('regie.vault', vault);
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('regie');
      req.onupgradeneeded = () => req.result.createObjectStore('documents');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('documents', 'readwrite');
    for (const [id, b64] of Object.entries(blobs)) {
      tx.objectStore('documents').put(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)), id);
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, sealed);
  const storedKb = sealed.vault.length / 1024;

  const unlocks = [];
  const saves = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = await pressUnlock(page);
    await byTestId(page, 'section-home').waitFor();
    unlocks.push(Date.now() - t0);

    await byTestId(page, 'nav-about').click();
    await byTestId(page, 'about-name').fill(`Samira ${i}`);
    await saved(page);
    saves.push(await timing(page, 'save'));
    // Back home: the app opens again on the screen it was left on.
    await byTestId(page, 'nav-home').click();
  }
  console.log(`Large dossier (500 journal entries, 200 domain scores, 50 documents; ${storedKb.toFixed(0)} KB sealed), headless Chromium, release build:`);
  console.log(`  press unlock to the first screen   ${fmt(unlocks)}   budget 1500 ms`);
  console.log(`  save after one edit                ${fmt(saves)}   budget 100 ms`);
  await context.close();
});
