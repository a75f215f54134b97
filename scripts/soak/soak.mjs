#!/usr/bin/env node
// Soak test: a bounded load test of the release server on loopback.
//
// Starts target/release/server on a fresh temporary data folder with --demo,
// sets up a cohort of simulated participants (registered, enrolled, formed
// into action-learning sets, each set with an open round and a thread), then
// lets every participant read, post and take the quiz with think time for
// DURATION_SECONDS. It counts requests, latencies and errors, samples the
// server's resident memory, writes docs/soak.md and exits non-zero when
// there was any error or memory grew beyond the limit in the second half.
//
// Plain Node (20+), no dependencies. Run from anywhere:
//   node scripts/soak/soak.mjs
//   PARTICIPANTS=20 DURATION_SECONDS=30 node scripts/soak/soak.mjs   (smoke run)
//
// Settings (environment variables):
//   PARTICIPANTS            simulated participants (300)
//   DURATION_SECONDS        length of the load phase (600)
//   THINK_MIN_MS/THINK_MAX_MS  think time between two steps (1000/4000)
//   SETUP_CONCURRENCY       parallel registrations (argon2 is bounded) (4)
//   RSS_GROWTH_LIMIT_PCT    allowed RSS growth over the second half (10)
//   SAMPLE_SECONDS          RSS sampling interval (10)
//   SOAK_REPORT             report file, relative to the repository ("docs/soak.md");
//                           empty: no report written
//   SERVER_BIN              server binary (target/release/server)
//   ROUND_SECONDS           how often the tutor opens the next round in every set (120)
//   KEEP_DATA=1             keep the temporary data folder and server log

import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const env = process.env;
const int = (name, fallback) => {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, not ${value}`);
  return n;
};

const CONFIG = {
  participants: int("PARTICIPANTS", 300),
  durationSeconds: int("DURATION_SECONDS", 600),
  thinkMinMs: int("THINK_MIN_MS", 1000),
  thinkMaxMs: int("THINK_MAX_MS", 4000),
  setupConcurrency: int("SETUP_CONCURRENCY", 4),
  rssGrowthLimitPct: int("RSS_GROWTH_LIMIT_PCT", 10),
  sampleSeconds: int("SAMPLE_SECONDS", 10),
  setSize: int("SET_SIZE", 8),
  roundSeconds: int("ROUND_SECONDS", 120),
  requestTimeoutMs: int("REQUEST_TIMEOUT_MS", 30000),
  report: env.SOAK_REPORT === undefined ? "docs/soak.md" : env.SOAK_REPORT,
  serverBin: env.SERVER_BIN || "target/release/server",
  keepData: env.KEEP_DATA === "1",
};

const ADMIN = "admin@example.org";
const TUTOR = "kwame.asante@example.org";
const DEMO_PASSWORD = "learn-hrh-2026";
const PARTICIPANT_PASSWORD = "soak test password 2026";
const COURSE_SLUG = "hrh-planning-management";

// The shipped WISN quiz in its order (it is not shuffled): numeric answers,
// then one single choice. Wrong answers are mixed in at random.
const QUIZ_NUMERIC = ["1760", "3520", "2.0", "1.25", "0.1", "2.6", "0.77", "-0.6"];

const COUNTRIES = ["GH", "KE", "NG", "SN", "UG", "TZ", "ET", "SL", "LR", "ML", "JO", "LB", "PK", "BD", "UA", "NP"];
const CADRES = ["health-manager", "hr-officer", "planner", "educator", "nurse", "midwife", "medical-doctor", "clinical-officer", "public-health-officer"];
const GIVEN = ["Aminata", "Kwame", "Fatou", "Chinedu", "Layla", "Grace", "Ibrahim", "Amina", "Joseph", "Nadia", "Samuel", "Esther", "Omar", "Priya", "Olena", "Tariq", "Mariam", "Daniel", "Halima", "Rahul"];
const FAMILY = ["Diallo", "Asante", "Ndiaye", "Okafor", "Haddad", "Mensah", "Kamara", "Otieno", "Mwangi", "Tesfaye", "Rahman", "Khan", "Shevchenko", "Nasser", "Banda", "Sesay", "Koroma", "Achieng", "Traore", "Sharma"];
const CHALLENGES = [
  "District {n} loses a third of its newly posted midwives within a year; exit interviews are rare.",
  "Our payroll lists {n} more nurses than the facilities can account for on duty rosters.",
  "Rural health centres in region {n} wait months for the staff they were promised.",
  "The WISN results for hospital {n} show a shortage the budget cannot fund this year.",
];
const QUESTIONS = [
  "What do the people who stay have in common?",
  "Who else in the district sees this problem, and how do they describe it?",
  "What have you already tried, and what happened?",
  "What would change if you had the numbers you need?",
];
const ANSWERS = [
  "Most of them grew up in the district.",
  "The regional HR officer, who sees the transfer requests first.",
  "We tried a hardship allowance for a year; it was paid late.",
  "We could show the ministry where the gaps are largest.",
];

const rand = (n) => Math.floor(Math.random() * n);
const pick = (list) => list[rand(list.length)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(CONFIG.thinkMinMs + Math.random() * (CONFIG.thinkMaxMs - CONFIG.thinkMinMs));
const isoDay = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

// --- Measurements -----------------------------------------------------------

class Stats {
  constructor() {
    this.kinds = new Map();
    this.errors = [];
  }
  kind(name) {
    if (!this.kinds.has(name)) this.kinds.set(name, { count: 0, errors: 0, latencies: [] });
    return this.kinds.get(name);
  }
  record(name, ms, error) {
    const k = this.kind(name);
    k.count += 1;
    k.latencies.push(ms);
    if (error) {
      k.errors += 1;
      if (this.errors.length < 200) this.errors.push({ kind: name, ...error });
    }
  }
  get total() {
    let n = 0;
    for (const k of this.kinds.values()) n += k.count;
    return n;
  }
  get errorCount() {
    let n = 0;
    for (const k of this.kinds.values()) n += k.errors;
    return n;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function summarise(stats) {
  return [...stats.kinds.entries()].map(([name, k]) => {
    const sorted = [...k.latencies].sort((a, b) => a - b);
    return {
      name,
      count: k.count,
      errors: k.errors,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
    };
  });
}

// --- HTTP -------------------------------------------------------------------

class HttpError extends Error {
  constructor(message, detail) {
    super(message);
    this.detail = detail;
  }
}

/** A browser-like client: one session cookie, same-origin headers. */
class Client {
  constructor(base, stats) {
    this.base = base;
    this.stats = stats;
    this.cookie = null;
  }

  async request(kind, method, pathname, { form, html = method === "GET", expect = [200] } = {}) {
    const headers = {};
    if (this.cookie) headers.cookie = `hrh_session=${this.cookie}`;
    if (html) headers.accept = "text/html";
    let body;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers.origin = this.base;
      headers.referer = this.base + pathname;
      body = new URLSearchParams(form).toString();
    }
    const started = performance.now();
    let response;
    let text;
    try {
      response = await fetch(this.base + pathname, {
        method,
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(CONFIG.requestTimeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const ms = performance.now() - started;
      const detail = { method, path: pathname, status: "connection", message: String(error.cause ?? error) };
      this.stats.record(kind, ms, detail);
      throw new HttpError(`${method} ${pathname}: ${detail.message}`, detail);
    }
    const ms = performance.now() - started;
    for (const line of response.headers.getSetCookie()) {
      const match = /^hrh_session=([^;]*)/.exec(line);
      if (match) this.cookie = match[1];
    }
    if (!expect.includes(response.status)) {
      const detail = {
        method,
        path: pathname,
        form: form ? redact(form) : undefined,
        status: response.status,
        location: response.headers.get("location") ?? undefined,
        body: text.slice(0, 300),
      };
      this.stats.record(kind, ms, detail);
      throw new HttpError(`${method} ${pathname}: ${response.status} ${text.slice(0, 200)}`, detail);
    }
    this.stats.record(kind, ms, null);
    return { status: response.status, text, location: response.headers.get("location") ?? "" };
  }

  page(kind, pathname) {
    return this.request(kind, "GET", pathname);
  }

  /** Calls a server function as the hydrated app does: errors come back as 4xx/5xx. */
  call(kind, endpoint, form) {
    return this.request(kind, "POST", `/api/${endpoint}`, { form, html: false });
  }

  async login(email, password) {
    const r = await this.call("setup: login", "login", { email, password, next: "/" });
    if (!this.cookie) throw new Error(`login of ${email} gave no session`);
    return r;
  }
}

function redact(form) {
  const copy = { ...form };
  if ("password" in copy) copy.password = "…";
  return copy;
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool(items, limit, work) {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  });
  await Promise.all(runners);
}

// --- The server and its memory ----------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS and its anonymous part (heap), in KiB, from /proc/<pid>/status. */
function rssKiB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    const rss = field("VmRSS");
    return Number.isFinite(rss) ? { rss, anon: field("RssAnon") } : null;
  } catch {
    return null;
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The process's user + system CPU time so far, in seconds. */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Whether a compiler runs on the machine (what `pgrep -f rustc` would find). */
function compilerRunning() {
  let found = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmdline.includes("rustc")) found += 1;
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

async function startServer() {
  const bin = path.resolve(REPO, CONFIG.serverBin);
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`make build\` first`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hrh-soak-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logPath = path.join(dataDir, "server.log");
  const log = fs.openSync(logPath, "w");
  const child = spawn(
    bin,
    ["--data-dir", path.join(dataDir, "data"), "--listen", `127.0.0.1:${port}`, "--public-url", base, "--demo"],
    { cwd: REPO, stdio: ["ignore", log, log], env: { ...process.env, NO_COLOR: "1" } },
  );
  let exited = null;
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  const deadline = Date.now() + 30000;
  for (;;) {
    if (exited) throw new Error(`the server exited at start (${JSON.stringify(exited)}); see ${logPath}`);
    try {
      const r = await fetch(base + "/", { signal: AbortSignal.timeout(2000) });
      await r.text();
      if (r.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 30 s; see ${logPath}`);
    await sleep(200);
  }
  return {
    child,
    base,
    dataDir,
    logPath,
    exited: () => exited,
    async stop() {
      if (exited) return exited;
      const done = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15000);
      const result = await done;
      clearTimeout(timer);
      return result;
    },
  };
}

// --- Setup ------------------------------------------------------------------

const fieldValue = (html, name) => {
  const match = new RegExp(`name="${name.replace(/[[\]]/g, "\\$&")}" value="([^"]*)"`).exec(html);
  return match ? match[1] : null;
};

/** The hidden field `field` of every form posting to `/api/<endpoint>`. */
function formIds(html, endpoint, field) {
  const ids = [];
  const re = new RegExp(`<form[^>]*action="/api/${endpoint}"[^>]*>([\\s\\S]*?)</form>`, "g");
  for (const match of html.matchAll(re)) {
    const value = fieldValue(match[1], field);
    if (value !== null) ids.push(value);
  }
  return ids;
}

async function setup(base, stats, log) {
  const admin = new Client(base, stats);
  await admin.login(ADMIN, DEMO_PASSWORD);
  const courses = JSON.parse((await admin.call("setup: admin", "admin_courses", {})).text);
  const course = courses.find((c) => c.slug === COURSE_SLUG);
  if (!course) throw new Error(`no course ${COURSE_SLUG} in the demo data`);

  const created = await admin.call("setup: admin", "create_cohort", {
    course_id: String(course.id),
    name: "Soak cohort",
    starts_on: isoDay(-1),
    ends_on: isoDay(90),
    language: "en",
    capacity: String(CONFIG.participants + 10),
    enrolment_key: "",
    at_risk_days: "14",
    set_size: String(CONFIG.setSize),
    enrolment_open: "on",
  });
  const cohortId = /\/admin\/cohorts\/(\d+)/.exec(created.location)?.[1];
  if (!cohortId) throw new Error(`create_cohort pointed to ${created.location}`);
  const tutors = JSON.parse((await admin.call("setup: admin", "list_users", { search: TUTOR })).text);
  const tutorId = String(tutors.find((u) => u.email === TUTOR).id);
  await admin.call("setup: admin", "assign_tutor", { cohort_id: cohortId, user_id: tutorId });
  log(`cohort ${cohortId} created, tutor ${tutorId} assigned`);

  // Participants: register (argon2, a few at a time) and enrol.
  const participants = Array.from({ length: CONFIG.participants }, (_, i) => ({
    n: i + 1,
    email: `soak-${String(i + 1).padStart(4, "0")}@example.org`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i + 1}`,
    client: new Client(base, stats),
  }));
  const registerStarted = Date.now();
  await pool(participants, CONFIG.setupConcurrency, async (p) => {
    await p.client.call("setup: register", "register", {
      full_name: p.name,
      email: p.email,
      country: pick(COUNTRIES),
      cadre: pick(CADRES),
      language: "en",
      password: PARTICIPANT_PASSWORD,
    });
    const me = JSON.parse((await p.client.call("setup: current_user", "current_user", {})).text);
    p.userId = String(me.id);
    const enrolled = await p.client.call("setup: enrol", "enrol", { cohort_id: cohortId });
    if (!enrolled.location.includes("enrolled=1")) throw new Error(`${p.email} not enrolled: ${enrolled.location}`);
    if (p.n % 50 === 0) log(`registered and enrolled ${p.n}`);
  });
  const registerSeconds = (Date.now() - registerStarted) / 1000;
  log(`registered and enrolled ${participants.length} in ${registerSeconds.toFixed(1)} s`);

  // Sets: propose, confirm, give each the tutor.
  await admin.call("setup: admin", "propose_sets", { cohort_id: cohortId });
  await admin.call("setup: admin", "confirm_sets", { cohort_id: cohortId });
  const cohortSets = JSON.parse((await admin.call("setup: admin", "cohort_sets", { cohort_id: cohortId })).text);
  if (cohortSets.unassigned.length > 0) throw new Error(`${cohortSets.unassigned.length} participants left out of sets`);
  for (const set of cohortSets.sets) {
    await admin.call("setup: admin", "set_set_tutor", { cohort_id: cohortId, set_id: String(set.id), tutor_id: tutorId });
  }

  // The tutor opens a round in each set, every member presenting, and starts a thread.
  const tutor = new Client(base, stats);
  await tutor.login(TUTOR, DEMO_PASSWORD);
  const byUser = new Map(participants.map((p) => [p.userId, p]));
  const sets = [];
  for (const set of cohortSets.sets) {
    const roundId = await openRound(tutor, "setup: tutor", String(set.id), set.members, "Round 1: retention of newly posted staff");
    const thread = await tutor.call("setup: tutor", "start_thread", {
      set_id: String(set.id),
      title: "Introductions and ground rules",
      body: "Welcome to the set. What is said in the set stays in the set. Please introduce yourself and your work.",
    });
    const threadId = /^\/threads\/(\d+)/.exec(thread.location)?.[1];
    if (!threadId) throw new Error(`start_thread pointed to ${thread.location}`);
    sets.push({ id: String(set.id), roundId, threadId, members: set.members, rounds: 1 });
    for (const m of set.members) {
      const p = byUser.get(String(m.user_id));
      if (!p) throw new Error(`set member ${m.user_id} is not a soak participant`);
      Object.assign(p, { setId: String(set.id), roundId, threadId });
    }
  }
  log(`${sets.length} sets formed, each with an open round and a thread`);

  // The course's lessons and quiz, as the outline lists them.
  const outline = (await participants[0].client.page("setup: page", `/courses/${COURSE_SLUG}`)).text;
  const lessons = [...new Set([...outline.matchAll(new RegExp(`href="(/courses/${COURSE_SLUG}/[^"/]+/[^"/]+)"`, "g"))].map((m) => m[1]))];
  const quizzes = [...new Set([...outline.matchAll(/href="\/quizzes\/(\d+)"/g)].map((m) => m[1]))];
  if (lessons.length === 0 || quizzes.length === 0) throw new Error("the course outline lists no lessons or no quiz");
  return { cohortId, participants, sets, lessons, quizzes, registerSeconds, tutor, byUser };
}

// Opens a round in a set, every member presenting, open for two weeks; its id.
async function openRound(tutor, kind, setId, members, title) {
  const form = { set_id: setId, round_title: title, opens_on: isoDay(0), closes_on: isoDay(14) };
  for (const m of members) form[`presenters[${m.user_id}]`] = "on";
  const round = await tutor.call(kind, "open_round", form);
  const roundId = /^\/rounds\/(\d+)/.exec(round.location)?.[1];
  if (!roundId) throw new Error(`open_round pointed to ${round.location}`);
  return roundId;
}

// --- A participant's behaviour ------------------------------------------------

const STOP = Symbol("stop");

async function participantLoop(p, world, deadline) {
  const c = p.client;
  const state = { completed: new Set(), attempts: 0, roundId: null, challengeId: null, answered: new Set(), committed: false, posts: 0 };
  p.state = state;
  const course = `/courses/${COURSE_SLUG}`;
  // Think, then act; past the deadline nothing more is sent.
  const pause = async () => {
    if (Date.now() >= deadline) throw STOP;
    await think();
    if (Date.now() >= deadline) throw STOP;
  };

  const visit = async () => {
    await pause();
    await c.page("GET home", "/");
    await pause();
    await c.page("GET course outline", course);

    // A lesson not yet completed offers the button; a completed one says so.
    await pause();
    const lessonPath = pick(world.lessons);
    const lesson = await c.page("GET lesson", lessonPath);
    const lessonId = fieldValue(lesson.text, "lesson_id");
    const done = lesson.text.includes("You have completed this lesson.");
    const known = state.completed.has(lessonPath);
    if ((lessonId === null) !== known || done !== known) {
      throw new Error(`${lessonPath}: complete button ${lessonId !== null}, completed mark ${done}, completed by the script ${known}`);
    }
    if (lessonId !== null && Math.random() < 0.5) {
      await pause();
      await c.call("POST complete_lesson", "complete_lesson", { lesson_id: lessonId });
      state.completed.add(lessonPath);
    }

    // The quiz: one visit in five, while attempts are left (3 at most).
    if (Math.random() < 0.2) {
      await pause();
      const quizId = pick(world.quizzes);
      const overview = await c.page("GET quiz overview", `/quizzes/${quizId}`);
      const canStart = overview.text.includes('action="/api/start_attempt"');
      if (canStart !== state.attempts < 3) {
        throw new Error(`quiz ${quizId} offers a start: ${canStart} after ${state.attempts} attempts`);
      }
      if (canStart) {
        await pause();
        const started = await c.call("POST start_attempt", "start_attempt", { quiz_id: quizId });
        const attemptId = /^\/attempts\/(\d+)$/.exec(started.location)?.[1];
        if (!attemptId) throw new Error(`start_attempt pointed to ${started.location}`);
        state.attempts += 1;
        const form = (await c.page("GET attempt form", `/attempts/${attemptId}`)).text;
        const answers = { attempt_id: attemptId };
        const text = [...form.matchAll(/<input[^>]*inputmode="decimal"[^>]*name="(answers\[q\d+\])"/g)].map((m) => m[1]);
        text.forEach((field, i) => {
          answers[field] = Math.random() < 0.8 ? QUIZ_NUMERIC[i] ?? "1" : "999";
        });
        const radios = new Map();
        for (const m of form.matchAll(/type="radio" name="(answers\[q\d+\])" value="([^"]+)"/g)) {
          if (!radios.has(m[1])) radios.set(m[1], []);
          radios.get(m[1]).push(m[2]);
        }
        for (const [field, values] of radios) answers[field] = Math.random() < 0.8 ? "a" : pick(values);
        if (text.length + radios.size === 0) throw new Error(`attempt ${attemptId} shows no questions`);
        await pause(); // answering takes a while
        await pause();
        const submitted = await c.call("POST submit_attempt", "submit_attempt", answers);
        if (submitted.location !== `/attempts/${attemptId}/result`) {
          throw new Error(`submit_attempt pointed to ${submitted.location}`);
        }
        state.submitted = (state.submitted ?? 0) + 1;
        await c.page("GET attempt result", submitted.location);
      }
    }

    // The set's round: the challenge once, then answers, a commitment, questions.
    await pause();
    const roundId = p.roundId;
    if (state.roundId !== roundId) {
      // A new round: a new challenge, new questions and a new commitment.
      Object.assign(state, { roundId, challengeId: null, answered: new Set(), committed: false });
    }
    const roundPath = `/rounds/${roundId}`;
    const round = (await c.page("GET round", roundPath)).text;
    const mayChallenge = formIds(round, "post_challenge", "round_id").length > 0;
    if (mayChallenge !== (state.challengeId === null)) {
      throw new Error(`round ${roundId} offers a challenge form: ${mayChallenge}, posted: ${state.challengeId}`);
    }
    if (Math.random() < 0.5) {
      await pause();
      if (mayChallenge) {
        await c.call("POST challenge", "post_challenge", {
          round_id: roundId,
          body: pick(CHALLENGES).replace("{n}", String(p.n)),
        });
        state.posts += 1;
        const after = (await c.page("GET round", roundPath)).text;
        const own = formIds(after, "add_commitment", "challenge_id");
        if (own.length !== 1) throw new Error(`after posting, round ${roundId} shows ${own.length} commitment forms`);
        state.challengeId = own[0];
      } else {
        const unanswered = formIds(round, "post_answer", "question_id").filter((q) => !state.answered.has(q));
        const others = formIds(round, "post_question", "challenge_id");
        let posted = true;
        if (unanswered.length > 0 && Math.random() < 0.5) {
          const q = pick(unanswered);
          await c.call("POST answer", "post_answer", { question_id: q, body: pick(ANSWERS) });
          state.answered.add(q);
        } else if (!state.committed && Math.random() < 0.2) {
          await c.call("POST commitment", "add_commitment", {
            challenge_id: state.challengeId,
            action: "Interview five colleagues who left in the last year",
            due_on: isoDay(10),
          });
          state.committed = true;
        } else if (others.length > 0) {
          await c.call("POST question", "post_question", { challenge_id: pick(others), body: pick(QUESTIONS) });
        } else {
          posted = false;
        }
        if (posted) {
          state.posts += 1;
          await c.page("GET round", roundPath);
        }
      }
    }

    // Now and then the set's page and its thread.
    if (Math.random() < 0.1) {
      await pause();
      await c.page("GET set", `/sets/${p.setId}`);
    }
    if (Math.random() < 0.2) {
      await pause();
      await c.page("GET thread", `/threads/${p.threadId}`);
      if (Math.random() < 0.25) {
        await pause();
        await c.call("POST reply", "reply", { thread_id: p.threadId, body: `Hello from ${p.name}: I work on staffing.` });
        state.posts += 1;
      }
    }
  };

  await sleep(Math.random() * CONFIG.thinkMaxMs); // staggered arrival
  for (;;) {
    try {
      await visit();
    } catch (error) {
      if (error === STOP) return;
      if (!(error instanceof HttpError)) {
        // A page that did not show what it should: an error too.
        world.stats.record("unexpected page", 0, { message: error.message, participant: p.email });
      }
    }
  }
}

// As in a real set, which meets every few weeks: every ROUND_SECONDS the tutor
// opens the next round in each set, everyone presenting, and the members move
// on to it. The earlier round stays open, so a post already on its way to it
// still lands.
async function tutorLoop(world, deadline) {
  for (;;) {
    await sleep(Math.min(CONFIG.roundSeconds * 1000, Math.max(0, deadline - Date.now())));
    if (Date.now() >= deadline) return;
    for (const set of world.sets) {
      set.rounds += 1;
      try {
        const title = `Round ${set.rounds}: report-back and new challenges`;
        const roundId = await openRound(world.tutor, "POST open_round", set.id, set.members, title);
        set.roundId = roundId;
        for (const m of set.members) world.byUser.get(String(m.user_id)).roundId = roundId;
      } catch (error) {
        if (!(error instanceof HttpError)) {
          world.stats.record("unexpected page", 0, { message: error.message, participant: "tutor" });
        }
      }
    }
  }
}

// --- Report -------------------------------------------------------------------

const mib = (kib) => (kib / 1024).toFixed(1);
const fmtMs = (ms) => (Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 1 : 0) : "–");

function git(args) {
  try {
    return execFileSync("git", args, { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

const START_MARK = "<!-- soak results: written by scripts/soak/soak.mjs, replaced on each run -->";
const END_MARK = "<!-- end of soak results -->";

function writeReport(result) {
  const { config, rows, samples, memory, verdict } = result;
  const table = rows
    .map((r) => `| ${r.name} | ${r.count} | ${fmtMs(r.p50)} | ${fmtMs(r.p99)} | ${fmtMs(r.max)} | ${r.errors} |`)
    .join("\n");
  const perMinute = [];
  let lastMinute = -1;
  for (const s of samples) {
    const minute = Math.floor(s.t / 60);
    if (minute !== lastMinute || s === samples[samples.length - 1]) {
      perMinute.push(s);
      lastMinute = minute;
    }
  }
  const series = perMinute
    .map((s) => `| ${s.t.toFixed(0)} | ${s.phase} | ${mib(s.rss)} | ${mib(s.anon)} | ${s.cpu?.toFixed(1) ?? "–"} | ${s.load} | ${s.rustc > 0 ? "yes" : "no"} |`)
    .join("\n");
  // Identical errors once, with how often they happened.
  const grouped = new Map();
  for (const e of result.errorSamples) {
    const { participant, ...rest } = e;
    const key = JSON.stringify(rest);
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  const errors = grouped.size
    ? [...grouped].map(([key, n]) => `- ${n} × \`${key}\``).join("\n") +
      (result.errorSamples.length >= 200 ? "\n- (only the first 200 errors were kept)" : "")
    : "None.";
  const text = `# Soak test

A bounded load test of the release server on loopback: several hundred simulated
participants read, post in their action-learning set and take the quiz for ten
minutes, while the server's memory is sampled. The script is
[\`scripts/soak/soak.mjs\`](../scripts/soak/soak.mjs); run it with \`make soak\`
(builds first) or, with a server binary already built,
\`node scripts/soak/soak.mjs\`. A short smoke run:
\`PARTICIPANTS=20 DURATION_SECONDS=30 SOAK_REPORT= node scripts/soak/soak.mjs\`
(an empty \`SOAK_REPORT\` leaves this file alone).

## What it does

1. Starts \`target/release/server --demo\` on a fresh temporary data folder and a
   free loopback port.
2. As the demo administrator: creates a cohort of the demo course with room for
   everyone, assigns the demo tutor. Registers the participants
   (${config.setupConcurrency} at a time: registration hashes passwords with
   argon2), each of whom enrols. Proposes and confirms action-learning sets of
   ${config.setSize}, gives each set the tutor.
3. As the tutor: opens a round in each set with every member presenting, and
   starts a thread in each set.
4. For the load phase, every participant loops with ${config.thinkMinMs / 1000}–${config.thinkMaxMs / 1000} s
   of think time between steps: home page, course outline, a random lesson
   (half the time marking it complete), one time in five the quiz (overview,
   start an attempt, read the attempt form for its fields, submit answers,
   read the result; at most the quiz's 3 attempts), their round's page (half
   the time posting: the challenge once, then answers to questions about it,
   one action commitment, questions on the others' challenges), now and then
   the set's page and its thread, sometimes with a reply.
   Every ${config.roundSeconds} s the tutor opens the next round in each set, as a
   set that meets every few weeks does, and the members move on to it: a new
   challenge, new questions, a new commitment. (Before, one round took every
   post of the ten minutes, some 185, and its page grew all along.)
5. Server functions are called as the hydrated app calls them (POST
   \`/api/<endpoint>\`, form-encoded, same-origin \`Origin\` header), so a refusal
   comes back as a 4xx status rather than a redirect.

**Errors** are any 5xx, any connection error or timeout (${config.requestTimeoutMs / 1000} s), any other
status than the one expected (pages 200, server functions 200; no 4xx is
expected: the script only does what the page it just read offers, so a
refusal is an error), and any page that does not show what it should (no
complete button, a start button after three attempts, a challenge form after
the challenge was posted). Lines at ERROR level in the server's log count too.

**Memory**: the server's \`VmRSS\` from \`/proc/<pid>/status\` every
${config.sampleSeconds} s. The verdict compares the RSS at the end of the load
phase with the RSS halfway through it; growth above
${config.rssGrowthLimitPct} % fails.

## Last run

- Date: ${result.date}
- Machine: ${result.machine}
- Commit: \`${result.commit}\`${result.dirty ? " (with uncommitted changes)" : ""}
- Settings: ${config.participants} participants, ${config.durationSeconds} s load phase, think time ${config.thinkMinMs}–${config.thinkMaxMs} ms, sets of ${config.setSize}
- Setup: ${result.setup.sets} sets; ${config.participants} registrations and enrolments in ${result.setup.registerSeconds.toFixed(1)} s; ${result.setup.requests} setup requests, ${result.setup.errors} errors
- Compiler on the machine during the run: ${result.compilerShare}
- Server: exit ${result.serverExit}, ${result.logErrors} ERROR and ${result.logWarnings} WARN lines in its log

### Requests in the load phase

| Kind | Count | p50 ms | p99 ms | max ms | Errors |
|---|---:|---:|---:|---:|---:|
${table}
| **all** | **${result.total}** | | | | **${result.errors}** |

${result.total} requests in ${result.loadSeconds.toFixed(0)} s: ${(result.total / result.loadSeconds).toFixed(1)} requests per second.
Posts written: ${result.posts}; quiz attempts submitted: ${result.attempts}.

### Memory (VmRSS of the server)

| Point | MiB |
|---|---:|
| After start | ${mib(memory.start)} |
| After setup | ${mib(memory.afterSetup)} |
| Halfway through the load | ${mib(memory.mid)} |
| Peak | ${mib(memory.peak)} |
| End of the load | ${mib(memory.end)} |

Growth over the second half of the load: ${memory.growthPct.toFixed(1)} % (limit ${config.rssGrowthLimitPct} %).

One sample a minute (seconds since the server started; CPU is the server's
user + system time so far; load is the machine's 1-minute load average):

| t s | Phase | RSS MiB | of which anonymous MiB | Server CPU s | Load | rustc running |
|---:|---|---:|---:|---:|---:|---|
${series}

### Errors

${errors}

ERROR lines in the server log (first 20):

${result.logErrorLines.length ? "```\n" + result.logErrorLines.slice(0, 20).join("\n") + "\n```" : "None."}

### Verdict

**${verdict.pass ? "PASS" : "FAIL"}**: ${verdict.reasons.join("; ")}.
`;
  // Only the part between the markers is replaced, so that notes written
  // around it (findings, their analysis) survive the next run.
  const file = path.resolve(REPO, config.report);
  const results = text.slice(text.indexOf("## Last run"));
  const block = `${START_MARK}\n${results}${END_MARK}\n`;
  let out = text.replace(results, block);
  if (fs.existsSync(file)) {
    const old = fs.readFileSync(file, "utf8");
    const a = old.indexOf(START_MARK);
    const b = old.indexOf(END_MARK);
    if (a >= 0 && b > a) out = old.slice(0, a) + block + old.slice(b + END_MARK.length + 1);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out);
  return file;
}

// --- Main -----------------------------------------------------------------------

async function main() {
  const log = (message) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`);
  log(`settings: ${JSON.stringify(CONFIG)}`);
  const server = await startServer();
  const pid = server.child.pid;
  log(`server ${pid} on ${server.base}, data in ${server.dataDir}`);
  const t0 = Date.now();
  const samples = [];
  let phase = "setup";
  const sample = () => {
    const mem = rssKiB(pid);
    if (mem === null) return;
    samples.push({
      t: (Date.now() - t0) / 1000,
      phase,
      rss: mem.rss,
      anon: mem.anon,
      cpu: cpuSeconds(pid),
      load: fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0],
      rustc: compilerRunning(),
    });
  };
  sample();
  const memory = { start: samples[0].rss };
  const sampler = setInterval(sample, CONFIG.sampleSeconds * 1000);

  const setupStats = new Stats();
  const loadStats = new Stats();
  let world;
  let result;
  let fatal = null;
  try {
    world = await setup(server.base, setupStats, log);
    sample();
    memory.afterSetup = samples[samples.length - 1].rss;
    log(`setup done; RSS ${mib(memory.afterSetup)} MiB; load phase of ${CONFIG.durationSeconds} s`);
    for (const p of world.participants) p.client.stats = loadStats;
    world.stats = loadStats;
    phase = "load";
    const loadStart = Date.now();
    const deadline = loadStart + CONFIG.durationSeconds * 1000;
    const progress = setInterval(() => {
      const s = samples[samples.length - 1];
      log(`t=${((Date.now() - loadStart) / 1000).toFixed(0)} s: ${loadStats.total} requests, ${loadStats.errorCount} errors, RSS ${mib(s.rss)} MiB`);
    }, 60000);
    world.tutor.stats = loadStats;
    await Promise.all([
      tutorLoop(world, deadline),
      ...world.participants.map((p) => participantLoop(p, world, deadline)),
    ]);
    clearInterval(progress);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    sample();
    phase = "end";
    const loadSamples = samples.filter((s) => s.phase === "load");
    const loadT0 = (loadStart - t0) / 1000;
    const midT = loadT0 + loadSeconds / 2;
    const midSample = loadSamples.reduce((best, s) => (Math.abs(s.t - midT) < Math.abs(best.t - midT) ? s : best), loadSamples[0]);
    memory.mid = midSample.rss;
    memory.end = loadSamples[loadSamples.length - 1].rss;
    memory.peak = Math.max(...samples.map((s) => s.rss));
    memory.growthPct = ((memory.end - memory.mid) / memory.mid) * 100;
    result = { loadSeconds, world };
  } catch (error) {
    fatal = error;
    log(`setup or load failed: ${error.stack ?? error}`);
  }
  clearInterval(sampler);
  const serverExit = server.exited() ? `died during the run (${JSON.stringify(server.exited())})` : null;
  const stopped = await server.stop();
  const exitText = serverExit ?? (stopped.code === 0 ? "0 (stopped with SIGTERM)" : JSON.stringify(stopped));
  const logText = fs.readFileSync(server.logPath, "utf8").replace(/\x1b\[[0-9;]*m/g, "");
  const logLines = logText.split("\n");
  const errorLines = logLines.filter((l) => /\bERROR\b|panicked/.test(l));
  const warnLines = logLines.filter((l) => /\bWARN\b/.test(l));
  for (const line of errorLines.slice(0, 20)) log(`server log: ${line}`);

  if (fatal) {
    for (const e of [...setupStats.errors, ...loadStats.errors].slice(0, 20)) log(`error: ${JSON.stringify(e)}`);
    log(`server log kept in ${server.logPath}`);
    process.exitCode = 2;
    return;
  }

  const rows = summarise(loadStats);
  const rustcSamples = samples.filter((s) => s.rustc > 0).length;
  const totalErrors = loadStats.errorCount + setupStats.errorCount + errorLines.length + (stopped.code === 0 && !serverExit ? 0 : 1);
  const reasons = [];
  reasons.push(`${loadStats.errorCount + setupStats.errorCount} request errors`);
  reasons.push(`${errorLines.length} ERROR lines in the server log`);
  reasons.push(`server exit ${exitText}`);
  reasons.push(`RSS growth over the second half ${memory.growthPct.toFixed(1)} % (limit ${CONFIG.rssGrowthLimitPct} %)`);
  const pass = totalErrors === 0 && memory.growthPct <= CONFIG.rssGrowthLimitPct;
  const report = {
    config: CONFIG,
    date: new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC",
    machine: `${os.cpus().length} CPUs (nproc ${execFileSync("nproc", { encoding: "utf8" }).trim()}), ${mib(os.totalmem() / 1024)} MiB RAM, Linux ${os.release()}, Node ${process.version}`,
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
    setup: {
      sets: result.world.sets.length,
      registerSeconds: result.world.registerSeconds,
      requests: setupStats.total,
      errors: setupStats.errorCount,
    },
    compilerShare:
      rustcSamples === 0
        ? `no (no \`rustc\` process in any of ${samples.length} samples)`
        : `yes: a \`rustc\` process ran in ${rustcSamples} of ${samples.length} samples, so the server shared the 2 cores with a compile`,
    serverExit: exitText,
    logErrors: errorLines.length,
    logErrorLines: errorLines,
    logWarnings: warnLines.length,
    rows,
    total: loadStats.total,
    errors: loadStats.errorCount,
    loadSeconds: result.loadSeconds,
    posts: result.world.participants.reduce((n, p) => n + (p.state?.posts ?? 0), 0),
    attempts: result.world.participants.reduce((n, p) => n + (p.state?.submitted ?? 0), 0),
    samples,
    memory,
    errorSamples: [...setupStats.errors, ...loadStats.errors],
    verdict: { pass, reasons },
  };

  console.log("");
  console.table(rows.map((r) => ({ kind: r.name, count: r.count, p50: fmtMs(r.p50), p99: fmtMs(r.p99), max: fmtMs(r.max), errors: r.errors })));
  console.log(`total ${report.total} requests in ${result.loadSeconds.toFixed(0)} s (${(report.total / result.loadSeconds).toFixed(1)}/s), ${report.errors} errors`);
  console.log(`RSS MiB: start ${mib(memory.start)}, after setup ${mib(memory.afterSetup)}, mid ${mib(memory.mid)}, peak ${mib(memory.peak)}, end ${mib(memory.end)}; growth over second half ${memory.growthPct.toFixed(1)} %`);
  console.log(`compiler: ${report.compilerShare}`);
  for (const e of report.errorSamples.slice(0, 20)) console.log(`error: ${JSON.stringify(e)}`);
  if (CONFIG.report) log(`report written to ${writeReport(report)}`);
  console.log(`${pass ? "PASS" : "FAIL"}: ${reasons.join("; ")}`);
  if (CONFIG.keepData || !pass) {
    log(`data and server log kept in ${server.dataDir}`);
  } else {
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  process.exitCode = pass ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
