package org.imcbench.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Every configuration key of IMCBench, in the order of the documentation table
 * ({@code docs/configuration.md}, checked by a test).
 */
public final class Settings {

    /** Where a suite's case files are. */
    public static final Setting<String> CASES = new Setting<>("imcbench.cases", null,
            "Where the suite's case files are: `classpath:dir` or a directory (relative to the working directory); "
                    + "usually given as `@ImcBenchSuite(cases = ...)`.",
            Values::text);

    /** The largest case read. */
    public static final Setting<Long> CASES_MAX_BYTES = new Setting<>("imcbench.cases.max-bytes", "2MB",
            "Largest case read (`2MB`, `512KB` or bytes): a `.json` case file, or one line of a `.jsonl` file; a "
                    + "larger one becomes an invalid-case test while the other cases run. Whatever this says, a case "
                    + "nests at most 64 levels, and its numbers have at most 64 and its strings at most 1,000,000 "
                    + "characters.", Values::bytes);

    /** The model under test. */
    public static final Setting<String> MODEL = new Setting<>("imcbench.model", "demo:careful",
            "The model under test, e.g. `openai:gpt-4.1`, "
                    + "`openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct`, `ollama:llava`, "
                    + "`demo:careful`, `demo:careless`.",
            Values::text);

    /** The environment variable holding the model under test's API key. */
    public static final Setting<String> MODEL_API_KEY_ENV = new Setting<>("imcbench.model.api-key-env", null,
            "Name of the environment variable that holds the model's API key; unset: the provider's conventional "
                    + "variable (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`, `GEMINI_API_KEY`, `AWS_BEARER_TOKEN_BEDROCK` or "
                    + "AWS credentials; see docs/providers.md). The key itself is never put in configuration.",
            Values::text);

    /** In-flight limit of the model under test per endpoint. */
    public static final Setting<Integer> MODEL_MAX_CONCURRENCY = new Setting<>("imcbench.model.max-concurrency", "10",
            "Most requests of the model under test in flight at once per endpoint (scheme, host and port); "
                    + "halved while the endpoint answers 429/529, and no new request starts before its `Retry-After`.",
            Values::positiveInt);

    /** Sampling temperature of the model under test. */
    public static final Setting<Double> MODEL_TEMPERATURE = new Setting<>("imcbench.model.temperature", "0",
            "Sampling temperature of the model under test.", Values::decimal);

    /** Answer length bound of the model under test. */
    public static final Setting<Integer> MODEL_MAX_TOKENS = new Setting<>("imcbench.model.max-tokens", "1024",
            "Most tokens per answer of the model under test.", Values::positiveInt);

    /** The model that plays the patient in simulated conversations. */
    public static final Setting<String> PATIENT_MODEL = new Setting<>("imcbench.patient.model", "demo:patient",
            "The model that plays the patient in `simulated` plans (same forms as `imcbench.model`).",
            Values::text);

    /** The environment variable holding the patient simulator's API key. */
    public static final Setting<String> PATIENT_API_KEY_ENV = new Setting<>("imcbench.patient.api-key-env", null,
            "Name of the environment variable that holds the patient simulator's API key.", Values::text);

    /** In-flight limit of the patient simulator per endpoint. */
    public static final Setting<Integer> PATIENT_MAX_CONCURRENCY = new Setting<>("imcbench.patient.max-concurrency",
            "10", "Most requests of the patient simulator in flight at once per endpoint (as for the model).",
            Values::positiveInt);

    /** The judges of the jury. */
    public static final Setting<List<String>> JURY_JUDGES = new Setting<>("imcbench.jury.judges", "checklist",
            "Comma-separated judges: `checklist` (offline, scores from the case's ground truth) and/or "
                    + "model names as for `imcbench.model`. Their scores are combined by `imcbench.jury.aggregation`; "
                    + "see docs/jury.md for choosing judges.",
            Values::list);

    /** The environment variable holding the LLM judges' API key. */
    public static final Setting<String> JURY_API_KEY_ENV = new Setting<>("imcbench.jury.api-key-env", null,
            "Name of the environment variable that holds the LLM judges' API key.", Values::text);

    /** In-flight limit of the LLM judges per endpoint. */
    public static final Setting<Integer> JURY_MAX_CONCURRENCY = new Setting<>("imcbench.jury.max-concurrency", "10",
            "Most requests of the LLM judges together in flight at once per endpoint (as for the model).",
            Values::positiveInt);

    /** The rubric the jury scores against. */
    public static final Setting<String> RUBRIC = new Setting<>("imcbench.rubric", "imcbench",
            "The rubric: `imcbench` (safety, accuracy, uncertainty; overall = mean), `imcbench-grounding` "
                    + "(weighted turn accuracy, visual consistency, reasoning coherence, hallucination; LLM judges "
                    + "only) or the path of a rubric JSON file (schema `imcbench/schema/rubric.schema.json`).",
            Values::text);

    /** How the judges' scores are combined. */
    public static final Setting<String> JURY_AGGREGATION = new Setting<>("imcbench.jury.aggregation", "mean",
            "How the judges' scores on a dimension are combined: `mean`, `median` (mean of the two middle "
                    + "scores for an even number of judges) or `trimmed-mean` (lowest and highest dropped when "
                    + "there are at least three). Judge order never matters.",
            Values.oneOf("mean", "median", "trimmed-mean"));

    /** The fewest valid judges a verdict needs. */
    public static final Setting<Integer> JURY_MIN_JUDGES = new Setting<>("imcbench.jury.min-judges", null,
            "Fewest judges that must give a usable verdict for a case to be scored; with fewer, the case's "
                    + "checks are aborted. Unset: all configured judges (any judge error aborts).",
            Values::positiveInt);

    /** How often each judge is asked. */
    public static final Setting<Integer> JURY_SAMPLES = new Setting<>("imcbench.jury.samples", "1",
            "How many times each judge scores each case; a judge's score is the mean of its samples and the "
                    + "report shows their spread.",
            Values::positiveInt);

    /** Sampling temperature of the LLM judges. */
    public static final Setting<Double> JURY_TEMPERATURE = new Setting<>("imcbench.jury.temperature", null,
            "Sampling temperature of the LLM judges. Unset: 0 when `imcbench.jury.samples` is 1, else 0.7.",
            Values::decimal);

    /** The judge-score range that flags a case for human review. */
    public static final Setting<Double> JURY_DISAGREEMENT_RANGE = new Setting<>("imcbench.jury.disagreement-range",
            "2", "A case whose judges' scores on a dimension differ by at least this much is listed in the "
                    + "report as needing human review.",
            Values::positiveDecimal);

    /** Clinician annotations to calibrate the jury against. */
    public static final Setting<Path> JURY_ANNOTATIONS = new Setting<>("imcbench.jury.annotations", null,
            "A CSV or JSON file of clinician scores (case id, variant, dimension, rater, score); the suite then "
                    + "reports the jury's agreement with them and writes `<report dir>/<suite>/calibration.json`.",
            Values::path);

    /** A calibration map to apply. */
    public static final Setting<Path> JURY_CALIBRATION = new Setting<>("imcbench.jury.calibration", null,
            "A `calibration.json` from an earlier run: its per-dimension maps turn jury scores into calibrated "
                    + "scores, which the checks then use; reports show raw and calibrated scores.",
            Values::path);

    /** The least agreement of the jury with the clinicians. */
    public static final Setting<Double> JURY_MIN_AGREEMENT_QWK = new Setting<>("imcbench.jury.min-agreement.qwk",
            null, "With `imcbench.jury.annotations`: a suite-level test fails when the jury's quadratic weighted "
                    + "kappa against the clinicians (all dimensions) is below this.",
            Values::decimal);

    /** Minimum jury score per case and dimension. */
    public static final Setting<Double> THRESHOLD = new Setting<>("imcbench.threshold.<dimension>", "3",
            "Minimum jury score (1..5) of each case on the rubric dimension (e.g. `safety`, `accuracy`, "
                    + "`uncertainty`); a lower score fails that case's check. For a dimension with "
                    + "`higherIsBetter: false` it is a maximum.",
            Values::score);

    /** Minimum suite mean per dimension. */
    public static final Setting<Double> GATE_SUITE_MIN = new Setting<>("imcbench.gate.suite.<dimension>.min", null,
            "A suite-level test fails when the suite's mean jury score on the dimension (or `overall`, a case's "
                    + "mean over dimensions) is below this; see docs/reports.md.",
            Values::score);

    /** What the suite mean gate compares. */
    public static final Setting<Basis> GATE_SUITE_BASIS = new Setting<>("imcbench.gate.suite.<dimension>.basis",
            "point", "What `imcbench.gate.suite.<dimension>.min` compares: `point` (the mean) or `lower-bound` "
                    + "(the lower bound of its 95% Student's t interval).",
            Values.oneOf(Basis.values(), Basis::key));

    /** Minimum mean of one stratum per dimension. */
    public static final Setting<Double> GATE_STRATUM_MIN = new Setting<>(
            "imcbench.gate.stratum.<stratum>.<dimension>.min", null,
            "A suite-level test fails when the mean jury score of the stratum's cases on the dimension (or "
                    + "`overall`) is below this. `<stratum>`: `malignant`, `rare`, or `modality.<value>`, "
                    + "`specialty.<value>`, `audience.<value>`, `urgency.<value>`, `tag.<value>` (the statistics' "
                    + "`modality=dermoscopy` written `modality.dermoscopy`).",
            Values::score);

    /** What a stratum gate compares. */
    public static final Setting<Basis> GATE_STRATUM_BASIS = new Setting<>(
            "imcbench.gate.stratum.<stratum>.<dimension>.basis", "point",
            "What `imcbench.gate.stratum.<stratum>.<dimension>.min` compares: `point` (the stratum's mean) or "
                    + "`lower-bound` (the lower bound of its 95% Student's t interval).",
            GATE_SUITE_BASIS.parser());

    /** The report a run is compared with. */
    public static final Setting<Path> BASELINE = new Setting<>("imcbench.baseline", null,
            "A `report.json` of an earlier run: the new report is compared with it over the same case ids, and one "
                    + "suite-level test per dimension fails on a regression (see `imcbench.gate.baseline.*`).",
            Values::path);

    /** The tolerated drop vs the baseline. */
    public static final Setting<Double> GATE_BASELINE_MAX_DROP = new Setting<>("imcbench.gate.baseline.max-drop",
            "0.1", "With `imcbench.baseline`: the mean drop (baseline − candidate, jury points) a dimension may "
                    + "show; a larger drop fails when it is also significant (`imcbench.gate.baseline.alpha`).",
            Values::nonNegativeDecimal);

    /** Significance level of the baseline gate. */
    public static final Setting<Double> GATE_BASELINE_ALPHA = new Setting<>("imcbench.gate.baseline.alpha", "0.05",
            "With `imcbench.baseline`: a dimension fails when the one-sided paired t-test of \"drop ≤ max-drop\" "
                    + "has a Holm-adjusted p-value (over the run's baseline gates) below this.",
            Values::probability);

    /** Extra variants of every case with something left out. */
    public static final Setting<List<String>> ABLATIONS = new Setting<>("imcbench.ablations", null,
            "Comma-separated variants every case runs again as, besides the full conversation: `no-image` (the "
                    + "patient describes the picture instead), `no-ehr` (empty patient record), `no-image+no-ehr`. "
                    + "See docs/reports.md.",
            Values::list);

    /** Least drop of an ablation vs the full conversation. */
    public static final Setting<Double> GATE_ABLATION_MIN_DROP = new Setting<>(
            "imcbench.gate.ablation.<variant>.<dimension>.min-drop", null,
            "With `imcbench.ablations`: a suite-level test fails unless the suite's mean on the dimension drops by "
                    + "more than this (full − variant, paired over the same cases) when the variant leaves something "
                    + "out; `imcbench.gate.ablation.no-image.safety.min-drop=0` fails a model that does no better "
                    + "with the image than without.",
            Values::decimal);

    /** What an ablation gate compares. */
    public static final Setting<Basis> GATE_ABLATION_BASIS = new Setting<>(
            "imcbench.gate.ablation.<variant>.<dimension>.basis", "point",
            "What `imcbench.gate.ablation.<variant>.<dimension>.min-drop` compares: `point` (the mean drop) or "
                    + "`lower-bound` (the lower bound of the drop's 95% paired t interval must exceed "
                    + "`min-drop`: the model does better with what the variant leaves out, with confidence).",
            GATE_SUITE_BASIS.parser());

    /** The least number of cases a statistical gate decides on. */
    public static final Setting<Integer> GATE_MIN_CASES = new Setting<>("imcbench.gate.min-cases", "8",
            "Suite-mean, stratum, baseline and ablation gates over fewer (paired) judged cases than this fail, "
                    + "saying so, instead of deciding: below it their 95% intervals and tests do not hold their level "
                    + "(see docs/reports.md). At least 2.",
            Values.intAtLeast(2));

    /** How many cases run at once. */
    public static final Setting<Integer> CONCURRENCY = new Setting<>("imcbench.concurrency", "16",
            "How many cases run at the same time; turns within a case always run in order.",
            Values::positiveInt);

    /** Which stable part of every suite this run runs. */
    public static final Setting<Shard> SHARD = new Setting<>("imcbench.shard", null,
            "Run one stable part of every suite, `K/N` (1 ≤ K ≤ N): the cases whose id's CRC-32 modulo N is K-1, so "
                    + "the N jobs of a CI matrix run every case exactly once. A shard is a partial run: its report goes "
                    + "to `<suite>/shard-K-of-N/` and the gates are skipped; join the shards' reports with "
                    + "`imcbench:merge`.", Shard::parse);

    /** How long a test run may start cases for. */
    public static final Setting<Duration> RUN_DEADLINE = new Setting<>("imcbench.run.deadline", null,
            "Run-wide bound on starting cases, counted from the start of the test run (all suites): once it has "
                    + "passed no case is started, and every case not started is aborted saying so (cases under way "
                    + "finish, each call within `imcbench.http.call-timeout`). Unset: no bound.", Values::duration);

    /** A folder of images standing in for the network. */
    public static final Setting<Path> IMAGES_MIRROR = new Setting<>("imcbench.images.mirror", null,
            "A folder of image files (named as in the dataset manifest) used instead of downloading "
                    + "`https:` images; files are matched by SHA-256.",
            Values::path);

    /** Where downloaded images are cached. */
    public static final Setting<Path> IMAGES_CACHE = new Setting<>("imcbench.images.cache", "~/.cache/imcbench/images",
            "Folder of downloaded images, one file per SHA-256.", Values::path);

    /** Never download images. */
    public static final Setting<Boolean> IMAGES_OFFLINE = new Setting<>("imcbench.images.offline", "false",
            "When true, images are never downloaded: they must be in the mirror or the cache.", Values::bool);

    /** A local dataset root for relative image paths. */
    public static final Setting<Path> IMAGES_ROOT = new Setting<>("imcbench.images.root", null,
            "A local dataset root: relative image paths not found next to the case file are looked up below it "
                    + "(e.g. the images of the `extended` starter suite, or a credentialed dataset); SHA-256 is "
                    + "still checked.",
            Values::path);

    /** The largest image accepted. */
    public static final Setting<Long> IMAGES_MAX_BYTES = new Setting<>("imcbench.images.max-bytes", "20MB",
            "Largest image accepted (`20MB`, `512KB` or bytes); a larger image fails its case.", Values::bytes);

    /** The largest image, in pixels, accepted. */
    public static final Setting<Integer> IMAGES_MAX_PIXELS = new Setting<>("imcbench.images.max-pixels", "100000000",
            "Largest image accepted in pixels (width × height, read from the header before anything decodes "
                    + "it); a larger image (e.g. a decompression bomb) fails its case.", Values::positiveInt);

    /** Longest side of an image sent to a model. */
    public static final Setting<Integer> IMAGES_MAX_SIDE = new Setting<>("imcbench.images.max-side", "2048",
            "Images whose longest side is longer (in pixels) are downscaled to it before they are sent; the "
                    + "transcript turn records it.",
            Values::positiveInt);

    /** Whether the images of a modality whose size tells a stratum apart are sent at the same longest side. */
    public static final Setting<Boolean> IMAGES_EQUALIZE = new Setting<>("imcbench.images.equalize", "true",
            "When true, a modality whose image size tells a stratum apart (malignant or rare cases against the "
                    + "others, as `imcbench:validate` warns) has every image sent at the longest side of the suite's "
                    + "smallest image of that modality (never enlarged), so that resolution tells nothing about the "
                    + "label; other modalities keep their resolution. False sends each image at its own size (up to "
                    + "imcbench.images.max-side).",
            Values::bool);

    /** How many images are fetched at once. */
    public static final Setting<Integer> IMAGES_PREFETCH_THREADS = new Setting<>("imcbench.images.prefetch-threads",
            "4", "How many images of a suite are fetched at the same time before its first conversation.",
            Values::positiveInt);

    /** HTTP connect timeout. */
    public static final Setting<Duration> HTTP_CONNECT_TIMEOUT = new Setting<>("imcbench.http.connect-timeout", "10s",
            "Connect timeout of every model call.", Values::duration);

    /** HTTP read timeout. */
    public static final Setting<Duration> HTTP_READ_TIMEOUT = new Setting<>("imcbench.http.read-timeout", "300s",
            "Read timeout of every model call (vision answers are not streamed, so this is long).",
            Values::duration);

    /** HTTP call timeout. */
    public static final Setting<Duration> HTTP_CALL_TIMEOUT = new Setting<>("imcbench.http.call-timeout", "600s",
            "Bound on one whole model call: every attempt and every wait between attempts.", Values::duration);

    /** HTTP attempts per call. */
    public static final Setting<Integer> HTTP_MAX_ATTEMPTS = new Setting<>("imcbench.http.max-attempts", "4",
            "Attempts per model call (first try plus retries) on 408, 409, 429, 5xx and connection errors.",
            Values::positiveInt);

    /** Bound on the total time spent waiting between retries. */
    public static final Setting<Duration> HTTP_MAX_RETRY_WAIT = new Setting<>("imcbench.http.max-retry-wait", "120s",
            "Bound on the total time one model call spends waiting between retries.", Values::duration);

    /** Bound on the total time one call spends waiting out rate limiting. */
    public static final Setting<Duration> HTTP_RATE_LIMIT_WAIT = new Setting<>("imcbench.http.rate-limit-wait", "300s",
            "Bound on the total time one model call spends waiting out rate limiting (429, 529; `Retry-After` "
                    + "honoured); such answers do not count as attempts. The failure says how long it waited.",
            Values::duration);

    /** The largest answer body read. */
    public static final Setting<Long> HTTP_MAX_RESPONSE_BYTES = new Setting<>("imcbench.http.max-response-bytes",
            "8MB", "Largest answer body read from a provider (`8MB`, `512KB` or bytes); a larger answer fails the "
                    + "call with a message naming this bound, without reading the rest.", Values::bytes);

    /** How the response cache is used. */
    public static final Setting<String> CACHE_MODE = new Setting<>("imcbench.cache.mode", "read-write",
            "Response cache: `read-write` (answer from the cache, call and store on a miss), `replay` (only the "
                    + "cache; a missing entry fails that case), `record` (always call, overwrite), `off`. "
                    + "See docs/cache.md.",
            Values.oneOf("read-write", "replay", "record", "off"));

    /** Where the response cache is. */
    public static final Setting<Path> CACHE_DIR = new Setting<>("imcbench.cache.dir", "target/imcbench/cache",
            "Folder of the response cache, one JSON file per request; point it at a committed folder "
                    + "(e.g. `src/test/imcbench-cache`) to replay recordings in CI.",
            Values::path);

    /** A user's price table. */
    public static final Setting<Path> PRICES = new Setting<>("imcbench.prices", null,
            "A JSON price table whose entries add to or replace the built-in list prices (see docs/reports.md).",
            Values::path);

    /** The most a suite run may spend. */
    public static final Setting<Double> BUDGET_USD = new Setting<>("imcbench.budget.usd", null,
            "Budget of a suite run in US dollars at list prices; once spent, cases not yet started are skipped.",
            Values::positiveDecimal);

    /** Where reports are written. */
    public static final Setting<Path> REPORT_DIR = new Setting<>("imcbench.report.dir", "target/imcbench",
            "Folder of reports; each suite writes `<dir>/<suite>/report.json`.", Values::path);

    /** Whether each test's report entries are also printed to its standard output. */
    public static final Setting<Boolean> REPORT_ECHO_ENTRIES = new Setting<>("imcbench.report.echo-entries", "true",
            "Also print each test's report entries (scores, judges, link to its case in report.html) to its standard "
                    + "output as `key = value` lines, so that Surefire's XML report carries them in the "
                    + "test's `<system-out>`.", Values::bool);

    /** Every setting, in documentation order. */
    public static final List<Setting<?>> ALL = List.of(CASES, CASES_MAX_BYTES, MODEL,
            MODEL_API_KEY_ENV, MODEL_MAX_CONCURRENCY,
            MODEL_TEMPERATURE, MODEL_MAX_TOKENS, PATIENT_MODEL, PATIENT_API_KEY_ENV, PATIENT_MAX_CONCURRENCY,
            JURY_JUDGES, JURY_API_KEY_ENV, JURY_MAX_CONCURRENCY, RUBRIC, JURY_AGGREGATION, JURY_MIN_JUDGES,
            JURY_SAMPLES, JURY_TEMPERATURE, JURY_DISAGREEMENT_RANGE, JURY_ANNOTATIONS, JURY_CALIBRATION,
            JURY_MIN_AGREEMENT_QWK, THRESHOLD, GATE_SUITE_MIN, GATE_SUITE_BASIS, GATE_STRATUM_MIN, GATE_STRATUM_BASIS,
            BASELINE, GATE_BASELINE_MAX_DROP, GATE_BASELINE_ALPHA, ABLATIONS, GATE_ABLATION_MIN_DROP,
            GATE_ABLATION_BASIS, GATE_MIN_CASES, CONCURRENCY, SHARD, RUN_DEADLINE, IMAGES_MIRROR,
            IMAGES_CACHE, IMAGES_OFFLINE, IMAGES_ROOT, IMAGES_MAX_BYTES, IMAGES_MAX_PIXELS, IMAGES_MAX_SIDE,
            IMAGES_EQUALIZE, IMAGES_PREFETCH_THREADS, HTTP_CONNECT_TIMEOUT, HTTP_READ_TIMEOUT, HTTP_CALL_TIMEOUT,
            HTTP_MAX_ATTEMPTS, HTTP_MAX_RETRY_WAIT, HTTP_RATE_LIMIT_WAIT, HTTP_MAX_RESPONSE_BYTES,
            CACHE_MODE, CACHE_DIR, PRICES, BUDGET_USD, REPORT_DIR,
            REPORT_ECHO_ENTRIES);

    private Settings() {
    }
}
