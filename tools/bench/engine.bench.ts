/**
 * Benchmark: our questionnaire engine vs the same questionnaire in SurveyJS (survey-core), in the same run.
 *
 *   engine.answer.us    time per answer: answer() + nextQuestion()
 *   engine.full.us      one whole diagnosis: start, every answer, diagnose()
 *   engine.bundle.kb    esbuild bundle+minify (ES2017) of miniprogram/domain/index.ts — engine + all content, as shipped
 *   surveyjs.answer.us  time per answer: setValue() + finding the next visible unanswered question
 *   surveyjs.bundle.kb  esbuild bundle+minify (ES2017) of survey-core + the generated survey JSON
 *
 * The SurveyJS JSON is generated from the same question data: one radiogroup per question with the same options,
 * and visibleIf generated from each flow step's guard spec. SurveyJS has no notion of "no longer needed" (our
 * settled-top rule) nor of scoring, so its interview asks at least as many questions; both replay exactly the
 * same answer sequences (those the engine produced), so the per-answer figures compare like with like.
 */
import * as path from 'path';
import { build } from 'esbuild';
import { Model } from 'survey-core';
import {
  answer,
  diagnose,
  nextQuestion,
  optionsOf,
  startDiagnosis,
  SYMPTOM_IDS,
  type DiagnosisState,
  type QuestionId,
  type SymptomId,
} from '../../miniprogram/domain';
import { QUESTIONS, OPTIONS } from '../../miniprogram/domain/diagnosis/questions/index';
import { FLOWS, type Guard } from '../../miniprogram/domain/diagnosis/rules';

const ROOT = path.resolve(__dirname, '..', '..');

type Step = readonly [QuestionId, string];
interface Script {
  readonly symptom: SymptomId;
  readonly steps: readonly Step[];
}

// ——— the workload: deterministic answer sequences over every symptom ———

/** Paths chosen by rotating through the options, so every symptom and most branches are exercised. */
function scripts(): Script[] {
  const out: Script[] = [];
  for (const symptom of SYMPTOM_IDS) {
    for (let seed = 0; seed < 6; seed += 1) {
      let state = startDiagnosis(symptom);
      const steps: Step[] = [];
      for (let q = nextQuestion(state), i = 0; q; q = nextQuestion(state), i += 1) {
        const options = optionsOf(q.id);
        const value = options[(seed + i) % options.length].value;
        steps.push([q.id, value]);
        state = answer(state, q.id, value);
      }
      out.push({ symptom, steps });
    }
  }
  return out;
}

// ——— our engine ———

function engineRun(script: Script): DiagnosisState {
  let state = startDiagnosis(script.symptom);
  for (const [q, v] of script.steps) {
    state = answer(state, q, v as never);
    nextQuestion(state);
  }
  return state;
}

function engineFull(script: Script): void {
  diagnose(engineRun(script));
}

// ——— SurveyJS, generated from the same data ———

const surveyName = (q: QuestionId): string => q.replace(/-/g, '_');

function visibleIf(guard: Guard): string | undefined {
  const spec = guard.spec;
  if (!spec) return undefined;
  const name = `{${surveyName(spec.q)}}`;
  const terms = spec.values.map((v) => (spec.op === 'in' ? `${name} = '${v}'` : `${name} != '${v}'`));
  return terms.join(spec.op === 'in' ? ' or ' : ' and ');
}

export function surveyJson(symptom: SymptomId): object {
  return {
    title: symptom,
    elements: FLOWS[symptom].map((step) => {
      const question = QUESTIONS[step.q];
      const labels = question.labels as Record<string, string>;
      const element: Record<string, unknown> = {
        type: 'radiogroup',
        name: surveyName(step.q),
        title: question.title,
        description: question.help,
        choices: (OPTIONS[step.q] as readonly string[]).map((value) => ({ value, text: labels[value] })),
      };
      const expression = visibleIf(step.askIf);
      if (expression) element.visibleIf = expression;
      return element;
    }),
  };
}

function surveyRun(model: Model, script: Script): void {
  for (const [q, v] of script.steps) {
    model.setValue(surveyName(q), v);
    model.getAllQuestions(true).find((question) => question.isEmpty());
  }
}

// ——— timing ———

function nowUs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e6 + ns / 1e3;
}

/** Mean microseconds per unit of `work` over `rounds`, after a warm-up. */
function measure(rounds: number, units: number, work: () => void): number {
  for (let i = 0; i < Math.max(3, rounds >> 2); i += 1) work();
  const t0 = nowUs();
  for (let i = 0; i < rounds; i += 1) work();
  return (nowUs() - t0) / (rounds * units);
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function bundleKb(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2017',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents.length / 1024;
}

export async function run(): Promise<Array<[string, number]>> {
  const work = scripts();
  const answers = work.reduce((n, s) => n + s.steps.length, 0);
  const models = new Map<SymptomId, object>();
  for (const symptom of SYMPTOM_IDS) models.set(symptom, surveyJson(symptom));

  const engineAnswer = measure(200, answers, () => work.forEach(engineRun));
  const engineWhole = measure(200, work.length, () => work.forEach(engineFull));
  // Model creation is outside the timed answers; a fresh model per script so answers start from empty.
  const surveyAnswer = (() => {
    const rounds = 20;
    let total = 0;
    for (let r = 0; r < rounds + 5; r += 1) {
      const fresh = work.map((s) => new Model(models.get(s.symptom)));
      const t0 = nowUs();
      work.forEach((s, i) => surveyRun(fresh[i], s));
      if (r >= 5) total += nowUs() - t0; // first five rounds are the warm-up
    }
    return total / (rounds * answers);
  })();

  const engineKb = await bundleKb(`export * from './miniprogram/domain/index';`);
  const surveyKb = await bundleKb(
    `import { Model } from 'survey-core';\nconst JSONS = ${JSON.stringify(Array.from(models.values()))};\n` +
      `export function create(i: number) { return new Model(JSONS[i]); }`,
  );

  return [
    ['engine.answer.us', round(engineAnswer, 2)],
    ['engine.full.us', round(engineWhole, 2)],
    ['engine.bundle.kb', round(engineKb, 1)],
    ['surveyjs.answer.us', round(surveyAnswer, 2)],
    ['surveyjs.bundle.kb', round(surveyKb, 1)],
  ];
}

if (/engine\.bench\.[jt]s$/.test(process.argv[1] || '')) {
  run().then(
    (rows) => rows.forEach(([name, value]) => console.log(`${name}\t${value}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
