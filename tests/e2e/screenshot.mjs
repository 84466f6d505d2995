// Takes docs/screenshot.png from the real app: a Spanish profile reading a
// lesson. Not a test. Run under a virtual display with ImageMagick installed:
//   CIBERESCUDO_APP_BINARY=target/release/ciberescudo-app \
//     xvfb-run --server-args="-screen 0 1280x900x24" node tests/e2e/screenshot.mjs

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { byTestId, createProfile, launch, pressTestId, readLesson, repo, tempDataDir, waitForAttribute } from './support.mjs';

const LESSON = 'passwords-8-11';
const { structure } = readLesson(LESSON);
const app = await launch(tempDataDir());
try {
  const { browser } = app;
  await createProfile(browser, { nickname: 'Ajolote', band: '8-11', locale: 'es-MX', avatar: 2 });
  await pressTestId(browser, `lesson-card-${LESSON}`);
  await byTestId(browser, 'lesson-title');
  await pressTestId(browser, 'section-next');
  await waitForAttribute(browser, 'section-title', 'data-section-id', structure.sections[1]);
  await browser.pause(500); // let the transition settle
  const out = path.join(repo, 'docs', 'screenshot.png');
  execFileSync('import', ['-window', 'Ciberescudo', out]);
  console.log(`wrote ${out}`);
} finally {
  await app.close();
}
