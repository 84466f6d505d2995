// End-to-end test of the adult area in the real app: the PIN door, managing a
// learner's profile (rename, age band, export, delete) and leaving. Exports go to
// CIBERESCUDO_SAVE_DIR, since no test can answer the system's save dialog.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  byTestId,
  createProfile,
  launch,
  pressTestId,
  readLesson,
  readLessonAndQuiz,
  tempDataDir,
  tempSaveDir,
  testIdSuffixByText,
  typeInto,
  waitForAttribute,
} from './support.mjs';

const TIMEOUT = { timeout: 240_000 };
const LESSON = 'passwords-8-11';
const lesson = readLesson(LESSON);
const PIN = '4826';

/** Spanish plural of a count, as the confirmation words it (es has "one" and "other"). */
const es = (n, one, other) => `${n} ${n === 1 ? one : other}`;

async function typePin(browser, pin) {
  await typeInto(browser, 'pin-input', pin);
  await pressTestId(browser, 'pin-submit');
}

/** The nicknames on the profile picker's tiles. */
async function pickerNames(browser) {
  await byTestId(browser, 'new-profile');
  const names = [];
  for (const tile of await browser.$$('[data-testid^="profile-"]')) names.push((await tile.getText()).trim());
  return names;
}

test('an adult sets a PIN, renames, exports and deletes a learner profile, and leaves', TIMEOUT, async () => {
  const saveDir = tempSaveDir();
  const app = await launch(tempDataDir(), { env: { CIBERESCUDO_SAVE_DIR: saveDir } });
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Axolotl', band: '8-11', locale: 'es-MX' });
    const answered = await readLessonAndQuiz(browser, LESSON, lesson);
    await pressTestId(browser, 'change-profile');

    // The first adult creates the PIN, typed twice, and is let in.
    await pressTestId(browser, 'adult-link');
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'create');
    await typeInto(browser, 'pin-input', PIN);
    await typeInto(browser, 'pin-repeat-input', PIN);
    await pressTestId(browser, 'pin-submit');
    await byTestId(browser, 'adult-area-title');

    // Leaving closes the area: coming back asks for the PIN, and a wrong one is refused.
    await pressTestId(browser, 'adult-leave');
    await pressTestId(browser, 'adult-link');
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'enter');
    await typePin(browser, '0000');
    await waitForAttribute(browser, 'pin-error', 'data-key', 'error-pin-wrong');
    const refusal = await (await byTestId(browser, 'pin-error')).getText();
    assert.match(refusal, /Ese PIN no es correcto\. Quedan 4 intentos/);
    assert.equal(await (await byTestId(browser, 'pin-input')).getValue(), '', 'the field is emptied after each try');
    assert.equal(await (await browser.$('[data-testid="adult-area-title"]')).isExisting(), false);
    await typePin(browser, PIN);
    await byTestId(browser, 'adult-area-title');

    // Rename the learner and move them to the next age band.
    let id = await testIdSuffixByText(browser, 'adult-profile-name-', 'Axolotl');
    await pressTestId(browser, `adult-edit-${id}`);
    await typeInto(browser, `adult-nickname-${id}`, 'Ajolote');
    await pressTestId(browser, `adult-band-${id}-12-14`);
    await pressTestId(browser, `adult-save-${id}`);
    await byTestId(browser, `adult-saved-${id}`);
    assert.equal((await (await byTestId(browser, `adult-profile-name-${id}`)).getText()).trim(), 'Ajolote');

    // The picker shows the new name.
    await pressTestId(browser, 'adult-leave');
    const names = await pickerNames(browser);
    assert.equal(names.length, 1, `one profile on the picker: ${names}`);
    assert.ok(names[0].includes('Ajolote') && !names[0].includes('Axolotl'), `the picker shows the new name: ${names}`);

    // Back in, export the learner's data to a file.
    await pressTestId(browser, 'adult-link');
    await typePin(browser, PIN);
    id = await testIdSuffixByText(browser, 'adult-profile-name-', 'Ajolote');
    await pressTestId(browser, `adult-export-${id}`);
    const saved = (await (await byTestId(browser, `adult-export-result-${id}`)).getText()).trim();
    const file = saved.match(/ciberescudo-learner-[\w-]+\.json/)?.[0];
    assert.ok(file, `the screen names the saved file: ${saved}`);
    assert.match(saved, /^✓ Se guardó como /);
    assert.deepEqual(readdirSync(saveDir), [file], 'exactly the named file, and no partial file, is in the save folder');
    const data = JSON.parse(readFileSync(path.join(saveDir, file), 'utf8'));
    assert.equal(data.format, 'ciberescudo-learner-data/1');
    assert.equal(data.profile.nickname, 'Ajolote');
    assert.equal(data.profile.band, '12-14');
    assert.ok(!file.includes('Ajolote'), 'the file name does not carry the nickname');

    // Delete: the confirmation names what will be lost, with Cancel focused.
    await pressTestId(browser, `adult-delete-${id}`);
    const dialog = await byTestId(browser, 'delete-dialog');
    assert.equal(await dialog.getAttribute('data-lessons-started'), '1');
    assert.equal(await dialog.getAttribute('data-quizzes-finished'), '1');
    assert.equal(await dialog.getAttribute('data-answers'), String(answered));
    assert.equal(await dialog.getAttribute('data-activities'), '0');
    assert.equal(
      (await (await byTestId(browser, 'delete-summary')).getText()).trim(),
      `Se borrará el perfil «Ajolote» con ${es(1, 'lección empezada', 'lecciones empezadas')}, ` +
        `${es(1, 'cuestionario terminado', 'cuestionarios terminados')}, ${es(answered, 'respuesta', 'respuestas')} ` +
        `y ${es(0, 'actividad', 'actividades')}. No se puede deshacer.`,
    );
    assert.equal(await (await byTestId(browser, 'delete-cancel')).isFocused(), true, 'Cancel has the focus');
    await pressTestId(browser, 'delete-confirm');
    await byTestId(browser, 'adult-deleted');
    assert.equal(await (await browser.$(`[data-testid="adult-profile-${id}"]`)).isExisting(), false);
    await byTestId(browser, 'adult-profiles-empty');

    // Leave: back on the picker, with no profile left.
    await pressTestId(browser, 'adult-leave');
    assert.deepEqual(await pickerNames(browser), []);
    await byTestId(browser, 'adult-link');
  } finally {
    await app.close();
  }
});
