#!/usr/bin/env node
// Reproduces the one failure the soak test found (docs/soak.md): several
// participants who start a quiz attempt at the same moment, and some of them
// get 500 "Internal" with "database is locked" (SQLite code 5 or 517) in the
// server log.
//
// Against a server started with --demo (its cohort 1 is open, quiz 1 is the
// WISN quiz):
//   ./target/release/server --data-dir /tmp/race --listen 127.0.0.1:3999 \
//       --public-url http://127.0.0.1:3999 --demo &
//   node scripts/soak/start-attempt-race.mjs http://127.0.0.1:3999 8
// Each run registers N new participants (default 8) in cohort 1, which has
// room for 27, then has them all call start_attempt at once.

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const n = Number(process.argv[3] ?? 8);
const cohortId = process.argv[4] ?? "1";
const quizId = process.argv[5] ?? "1";

async function call(cookie, endpoint, form) {
  const response = await fetch(`${base}/api/${endpoint}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: base,
      "content-type": "application/x-www-form-urlencoded",
      ...(cookie ? { cookie: `hrh_session=${cookie}` } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  const text = await response.text();
  const set = response.headers
    .getSetCookie()
    .map((line) => /^hrh_session=([^;]*)/.exec(line)?.[1])
    .find(Boolean);
  return { status: response.status, text, cookie: set ?? cookie };
}

const cookies = [];
const stamp = Date.now();
for (let i = 0; i < n; i++) {
  const registered = await call(null, "register", {
    full_name: `Race Participant ${i + 1}`,
    email: `race-${stamp}-${i}@example.org`,
    country: "GH",
    cadre: "nurse",
    language: "en",
    password: "a long enough password",
  });
  if (registered.status !== 200) throw new Error(`register: ${registered.status} ${registered.text}`);
  const enrolled = await call(registered.cookie, "enrol", { cohort_id: cohortId });
  if (enrolled.status !== 200) throw new Error(`enrol: ${enrolled.status} ${enrolled.text}`);
  cookies.push(registered.cookie);
}

const results = await Promise.all(cookies.map((cookie) => call(cookie, "start_attempt", { quiz_id: quizId })));
const tally = {};
for (const r of results) {
  const key = r.status === 200 ? "200" : `${r.status} ${r.text}`;
  tally[key] = (tally[key] ?? 0) + 1;
}
console.log(`${n} simultaneous start_attempt calls:`, tally);
process.exitCode = results.every((r) => r.status === 200) ? 0 : 1;
