package fi.kuntadigi.catalog;

import static fi.kuntadigi.catalog.Column.optional;
import static fi.kuntadigi.catalog.Column.required;
import static fi.kuntadigi.catalog.ColumnType.BOOLEAN;
import static fi.kuntadigi.catalog.ColumnType.DATE;
import static fi.kuntadigi.catalog.ColumnType.DOUBLE;
import static fi.kuntadigi.catalog.ColumnType.INT;
import static fi.kuntadigi.catalog.ColumnType.LONG;
import static fi.kuntadigi.catalog.ColumnType.STRING;
import static fi.kuntadigi.catalog.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dataset of the warehouse, grouped by the source kind that loads it. This is the one
 * place a dataset's columns are defined; {@code datasets/README.md} documents the same.
 */
public final class Datasets {

    private Datasets() {
    }

    /** Statistics Finland municipality code: three digits, leading zeros kept. */
    private static final String MUNICIPALITY_CODE = "\\d{3}";
    /** Owner of a roadmap action: a municipality code or the joint programme. */
    public static final String JOINT = "JOINT";

    private static Column municipality() {
        return required("municipality_code", STRING, "Statistics Finland municipality code, e.g. 099")
                .matching(MUNICIPALITY_CODE).referencing("municipalities");
    }

    private static Column synthetic() {
        return required("synthetic", BOOLEAN, "true when the row is generated, not a real export");
    }

    // ---------------------------------------------------------------- reference

    public static final DatasetSchema MUNICIPALITIES = new DatasetSchema("municipalities", "reference", 1,
            "A municipality with its validity; a merged municipality names its successor",
            List.of(
                    required("municipality_code", STRING, "Statistics Finland code").matching(MUNICIPALITY_CODE),
                    required("name_fi", STRING, "Name in Finnish"),
                    optional("name_sv", STRING, "Name in Swedish"),
                    required("region", STRING, "Sub-region or programme the municipality belongs to"),
                    required("valid_from", DATE, "First day the municipality exists"),
                    optional("valid_to", DATE, "Last day the municipality exists (day before a merger)"),
                    optional("successor_code", STRING, "Municipality it merged into").matching(MUNICIPALITY_CODE),
                    optional("note", STRING, "Free text, e.g. the decision behind a merger"),
                    synthetic()),
            List.of("municipality_code"), List.of(), null);

    public static final DatasetSchema POPULATION = new DatasetSchema("population", "reference", 1,
            "Inhabitants of a municipality on 31 Dec of a year",
            List.of(
                    municipality(),
                    required("year", INT, "Statistical year").range(2000, 2100),
                    required("population", INT, "Inhabitants").atLeast(0),
                    required("estimated", BOOLEAN, "true when the figure is an estimate, not an official statistic"),
                    required("source", STRING, "Where the figure comes from")),
            List.of("municipality_code", "year"), List.of(), null);

    public static final DatasetSchema POPULATION_BY_AGE = new DatasetSchema("population_by_age", "reference", 1,
            "Inhabitants of a municipality on 31 Dec of a year in one age band; bands add up to the total",
            List.of(
                    municipality(),
                    required("year", INT, "Statistical year").range(2000, 2100),
                    required("age_band", STRING, "Age band").allowing("0-17", "18-29", "30-44", "45-64", "65-74", "75+"),
                    required("population", INT, "Inhabitants in the band").atLeast(0),
                    required("estimated", BOOLEAN, "true when the figure is an estimate, not an official statistic"),
                    required("source", STRING, "Where the figure comes from")),
            List.of("municipality_code", "year", "age_band"), List.of(), null);

    public static final DatasetSchema SERVICES = new DatasetSchema("services", "reference", 1,
            "A municipal customer service keyed by its Suomi.fi PTV service class",
            List.of(
                    required("service_code", STRING, "Service key").matching("[A-Za-z0-9._-]+"),
                    required("ptv_class", STRING, "Suomi.fi PTV service class code, e.g. P27.1").matching("P\\d+(\\.\\d+)*"),
                    required("name_fi", STRING, "Name in Finnish"),
                    required("name_en", STRING, "Name in English"),
                    optional("name_sv", STRING, "Name in Swedish"),
                    required("sector", STRING, "Municipal sector (toimiala)")
                            .allowing("general_administration", "education", "early_childhood", "technical",
                                    "social_health", "leisure_culture"),
                    required("statutory", BOOLEAN, "true when a law obliges the municipality to provide it"),
                    optional("legal_basis", STRING, "Act that obliges or governs it"),
                    required("identification_required", BOOLEAN, "true when the e-service needs strong identification (Suomi.fi)"),
                    required("default_handling_minutes", DOUBLE, "Manual handling minutes per non-digital transaction").atLeast(0)),
            List.of("service_code"), List.of(), null);

    public static final DatasetSchema CHANNELS = new DatasetSchema("channels", "reference", 1,
            "A customer service channel with its default unit cost",
            List.of(
                    required("channel_code", STRING, "Channel key")
                            .allowing("paper", "phone", "face_to_face", "email", "web_form", "eservice_identified", "chat"),
                    required("name_fi", STRING, "Name in Finnish"),
                    required("name_en", STRING, "Name in English"),
                    optional("name_sv", STRING, "Name in Swedish"),
                    required("digital", BOOLEAN, "true for digital channels (counts toward digital take-up)"),
                    required("unit_cost_cents", LONG, "Default cost per transaction, euro cents").atLeast(0),
                    required("cost_source", STRING, "Source of the default unit cost")),
            List.of("channel_code"), List.of(), null);

    public static final DatasetSchema MATURITY_MODEL = new DatasetSchema("maturity_model", "reference", 1,
            "One dimension of a maturity model with its weight and number of levels",
            List.of(
                    required("model_id", STRING, "Model key, e.g. suomidigi"),
                    required("dimension_id", STRING, "Dimension key"),
                    required("name_fi", STRING, "Dimension name in Finnish"),
                    required("name_en", STRING, "Dimension name in English"),
                    optional("name_sv", STRING, "Dimension name in Swedish"),
                    required("weight", DOUBLE, "Weight of the dimension in the maturity index").atLeast(0),
                    required("levels", INT, "Number of levels on the scale").range(2, 10),
                    required("source", STRING, "Public source of the model")),
            List.of("dimension_id"), List.of(), null);

    public static final DatasetSchema PILOTS = new DatasetSchema("pilots", "reference", 1,
            "A pilot run by the project",
            List.of(
                    required("pilot_id", STRING, "Pilot key").allowing("feedback", "chat", "eforms", "digital_support"),
                    required("name_fi", STRING, "Name in Finnish"),
                    required("name_en", STRING, "Name in English"),
                    optional("name_sv", STRING, "Name in Swedish"),
                    optional("vendor", STRING, "Product or partner"),
                    required("start_date", DATE, "First day of the pilot"),
                    required("end_date", DATE, "Last day of the pilot")),
            List.of("pilot_id"), List.of(), null);

    public static final DatasetSchema SURVEY_QUESTIONS = new DatasetSchema("survey_questions", "reference", 1,
            "A question of a survey with its answer scale",
            List.of(
                    required("survey_id", STRING, "Survey key").allowing("residents_2021", "roadmap_2021"),
                    required("question_id", STRING, "Question key, unique over surveys"),
                    required("text_fi", STRING, "Question in Finnish"),
                    required("text_en", STRING, "Question in English"),
                    optional("text_sv", STRING, "Question in Swedish"),
                    required("answer_type", STRING, "Answer scale").allowing("likert5", "yes_no"),
                    required("readiness_item", BOOLEAN, "true when the answer measures readiness to use e-services")),
            List.of("question_id"), List.of(), null);

    public static final DatasetSchema SOLUTIONS = new DatasetSchema("solutions", "reference", 1,
            "A solution that digitises services, with its cost alone and as a joint solution of the region",
            List.of(
                    required("solution_id", STRING, "Solution key").matching("[A-Za-z0-9._-]+"),
                    required("name_fi", STRING, "Name in Finnish"),
                    required("name_en", STRING, "Name in English"),
                    optional("name_sv", STRING, "Name in Swedish"),
                    required("service_codes", STRING, "Services it digitises, separated by |")
                            .matching("[A-Za-z0-9._-]+(\\|[A-Za-z0-9._-]+)*"),
                    required("one_off_cents", LONG, "One-off cost for one municipality alone, euro cents").atLeast(0),
                    required("yearly_cents", LONG, "Yearly licence for one municipality alone, euro cents").atLeast(0),
                    required("shared_one_off_cents", LONG, "One-off cost of one joint solution for all sharing municipalities").atLeast(0),
                    required("shared_yearly_cents", LONG, "Yearly licence of the joint solution for all sharing municipalities").atLeast(0),
                    required("source", STRING, "Where the figures come from")),
            List.of("solution_id"), List.of(), null);

    // ---------------------------------------------------------------- transactions

    /** Schema version 2 added the three derived key columns (analytics groups the 20 M national rows on them). */
    public static final DatasetSchema TRANSACTIONS = new DatasetSchema("transactions", "transactions", 2,
            "Customer transactions of one service in one municipality, month and channel",
            List.of(
                    municipality(),
                    required("service_code", STRING, "Service key").referencing("services"),
                    required("channel_code", STRING, "Channel key").referencing("channels"),
                    required("month", DATE, "First day of the month"),
                    required("year", INT, "Calendar year of the month").range(2000, 2100),
                    required("transactions", LONG, "Number of transactions").atLeast(0),
                    optional("handling_minutes", DOUBLE, "Staff minutes spent handling them manually, in total").atLeast(0),
                    synthetic(),
                    Column.keyOf("municipality_code"),
                    Column.keyOf("service_code"),
                    Column.keyOf("channel_code")),
            List.of("municipality_code", "service_code", "channel_code", "month"), List.of("year"), "month");

    // ---------------------------------------------------------------- pilots

    public static final DatasetSchema PILOT_PARTICIPATION = new DatasetSchema("pilot_participation", "pilots", 1,
            "A municipality's part in a pilot and whether it continued afterwards",
            List.of(
                    required("pilot_id", STRING, "Pilot key").referencing("pilots"),
                    municipality(),
                    required("start_date", DATE, "First day in the pilot"),
                    required("end_date", DATE, "Last day in the pilot"),
                    required("continued", BOOLEAN, "true when the municipality kept the service after the pilot"),
                    optional("note_fi", STRING, "What the final report says, in Finnish")),
            List.of("pilot_id", "municipality_code"), List.of(), "start_date");

    public static final DatasetSchema FEEDBACK_ITEMS = new DatasetSchema("feedback_items", "pilots", 1,
            "One feedback item from a resident, before or during the feedback pilot",
            List.of(
                    required("item_id", STRING, "Item key"),
                    municipality(),
                    required("channel", STRING, "How it arrived").allowing("map_service", "email", "paper", "phone"),
                    required("received_at", TIMESTAMP, "Local time it arrived"),
                    optional("answered_at", TIMESTAMP, "Local time of the first answer"),
                    optional("category", STRING, "Topic, e.g. streets, parks"),
                    optional("latitude", DOUBLE, "WGS84 latitude of the place").range(59, 71),
                    optional("longitude", DOUBLE, "WGS84 longitude of the place").range(19, 32),
                    synthetic()),
            List.of("item_id"), List.of(), "received_at");

    public static final DatasetSchema CHAT_SESSIONS = new DatasetSchema("chat_sessions", "pilots", 1,
            "One chat started by a resident in the web chat pilot",
            List.of(
                    required("session_id", STRING, "Chat key"),
                    municipality(),
                    required("started_at", TIMESTAMP, "Local time the chat started"),
                    required("answered", BOOLEAN, "true when staff answered"),
                    optional("wait_seconds", INT, "Seconds until the answer").atLeast(0),
                    synthetic()),
            List.of("session_id"), List.of(), "started_at");

    public static final DatasetSchema EFORM_SUBMISSIONS = new DatasetSchema("eform_submissions", "pilots", 1,
            "Submissions of one e-form in one month",
            List.of(
                    municipality(),
                    required("form_id", STRING, "Form key"),
                    required("form_name_fi", STRING, "Form name in Finnish"),
                    required("month", DATE, "First day of the month"),
                    required("submissions", INT, "Submissions").atLeast(0),
                    required("identified_submissions", INT, "Submissions identified through Suomi.fi").atLeast(0),
                    required("paid_submissions", INT, "Submissions paid online (Paytrail)").atLeast(0),
                    synthetic()),
            List.of("municipality_code", "form_id", "month"), List.of(), "month");

    public static final DatasetSchema DIGITAL_SUPPORT_EVENTS = new DatasetSchema("digital_support_events", "pilots", 1,
            "One digital-support day held with a library",
            List.of(
                    required("event_id", STRING, "Event key"),
                    municipality(),
                    required("event_date", DATE, "Day of the event"),
                    required("participants", INT, "Customers served").atLeast(0),
                    required("participants_65_plus", INT, "Of them aged 65 or over").atLeast(0),
                    synthetic()),
            List.of("event_id"), List.of(), "event_date");

    // ---------------------------------------------------------------- surveys

    public static final DatasetSchema SURVEY_RESPONSES = new DatasetSchema("survey_responses", "surveys", 1,
            "One answer of one respondent to one question",
            List.of(
                    required("survey_id", STRING, "Survey key").allowing("residents_2021", "roadmap_2021"),
                    required("respondent_id", STRING, "Respondent key, unique within a survey"),
                    municipality(),
                    required("responded_on", DATE, "Day of the answer"),
                    required("age_band", STRING, "Age band").allowing("0-17", "18-29", "30-44", "45-64", "65-74", "75+"),
                    required("respondent_group", STRING, "Who answered").allowing("resident", "staff", "official"),
                    required("question_id", STRING, "Question key").referencing("survey_questions"),
                    required("answer", INT, "Answer: 1-5 on a Likert scale, 1 yes / 0 no").range(0, 5),
                    synthetic()),
            List.of("survey_id", "respondent_id", "question_id"), List.of(), "responded_on");

    // ---------------------------------------------------------------- maturity

    public static final DatasetSchema MATURITY_SCORES = new DatasetSchema("maturity_scores", "maturity", 1,
            "Self-assessed maturity level of one sector of a municipality in one dimension and round",
            List.of(
                    required("round_id", STRING, "Assessment round").allowing("2021-start", "2021-end"),
                    required("assessed_on", DATE, "Day of the assessment"),
                    municipality(),
                    required("sector", STRING, "Municipal sector (toimiala)")
                            .allowing("general_administration", "education", "early_childhood", "technical",
                                    "social_health", "leisure_culture"),
                    required("dimension_id", STRING, "Maturity model dimension").referencing("maturity_model"),
                    required("level", DOUBLE, "Assessed level").range(1, 5),
                    optional("target_level", DOUBLE, "Level the municipality aims at").range(1, 5),
                    synthetic()),
            List.of("round_id", "municipality_code", "sector", "dimension_id"), List.of(), "assessed_on");

    // ---------------------------------------------------------------- costs

    public static final DatasetSchema COST_LINES = new DatasetSchema("cost_lines", "costs", 1,
            "A budgeted or actual cost as stated in a project document; items break a category down",
            List.of(
                    required("document", STRING, "Source document").allowing("application_2019", "final_report_2021"),
                    required("kind", STRING, "Budget or actual").allowing("budget", "actual"),
                    required("category", STRING, "Cost category")
                            .allowing("personnel", "purchased_services", "travel", "rents", "other_operating", "equipment"),
                    optional("item", STRING, "Sub-item of the category; empty for the category's stated total"),
                    required("amount_cents", LONG, "Amount without VAT, euro cents").atLeast(0)),
            List.of("document", "kind", "category", "item"), List.of(), null);

    public static final DatasetSchema STATED_TOTALS = new DatasetSchema("stated_totals", "costs", 1,
            "A total as written in a project document, kept to check it against its parts",
            List.of(
                    required("document", STRING, "Source document").allowing("application_2019", "final_report_2021"),
                    required("total_id", STRING, "What the total is, e.g. total_costs, participants_share, state_grant"),
                    required("amount_cents", LONG, "Stated amount, euro cents").atLeast(0),
                    optional("note", STRING, "Where in the document")),
            List.of("document", "total_id"), List.of(), null);

    public static final DatasetSchema FUNDING_SPLIT = new DatasetSchema("funding_split", "costs", 1,
            "A participant's share of the project's own funding as stated in the application",
            List.of(
                    required("document", STRING, "Source document").allowing("application_2019"),
                    required("municipality_code", STRING, "Participating municipality")
                            .matching(MUNICIPALITY_CODE).referencing("municipalities"),
                    required("population", INT, "Population the split uses").atLeast(0),
                    required("stated_share_cents", LONG, "Share as written, euro cents").atLeast(0)),
            List.of("document", "municipality_code"), List.of(), null);

    // ---------------------------------------------------------------- roadmap

    public static final DatasetSchema ROADMAP_ACTIONS = new DatasetSchema("roadmap_actions", "roadmap", 1,
            "A candidate action of the 2021-2025 digital roadmap",
            List.of(
                    required("action_id", STRING, "Action key"),
                    required("owner", STRING, "Municipality code, or JOINT for the joint programme")
                            .matching(MUNICIPALITY_CODE + "|" + JOINT),
                    required("title_fi", STRING, "Action in plain Finnish"),
                    required("title_en", STRING, "Action in plain English"),
                    required("category", STRING, "Kind of action")
                            .allowing("accessibility", "suomifi", "eservice", "strategy", "case_management",
                                    "participation", "security", "digital_support", "infrastructure"),
                    required("origin", STRING, "Why it is on the roadmap")
                            .allowing("final_report_s8", "legal_obligation", "digital_potential"),
                    optional("depends_on", STRING, "Action ids that must be done first, separated by |"),
                    required("effort_person_days", INT, "Own staff effort").atLeast(0),
                    required("cost_cents", LONG, "Purchase cost, euro cents").atLeast(0),
                    required("is_pilot", BOOLEAN, "true when the action runs as a pilot"),
                    optional("earliest_quarter", STRING, "Quarter it can start at the earliest, e.g. 2022Q1")
                            .matching("20\\d\\dQ[1-4]"),
                    optional("legal_basis", STRING, "Act that obliges it, if any"),
                    optional("title_sv", STRING, "Action in plain Swedish"),
                    optional("participants", STRING, "For a JOINT action: the municipalities taking part, "
                            + "codes separated by |; empty = all of them")
                            .matching(MUNICIPALITY_CODE + "(\\|" + MUNICIPALITY_CODE + ")*")),
            List.of("action_id"), List.of(), null);

    public static final DatasetSchema ROADMAP_STATUS = new DatasetSchema("roadmap_status", "roadmap", 1,
            "A status report of a roadmap action",
            List.of(
                    required("action_id", STRING, "Action key").referencing("roadmap_actions"),
                    required("reported_on", DATE, "Day of the report"),
                    required("status", STRING, "Status").allowing("planned", "in_progress", "done", "dropped"),
                    optional("note", STRING, "Free text")),
            List.of("action_id", "reported_on"), List.of(), null);

    private static final Map<String, DatasetSchema> ALL = SchemaIndex.of("dataset",
            MUNICIPALITIES, POPULATION, POPULATION_BY_AGE, SERVICES, CHANNELS, MATURITY_MODEL, PILOTS, SURVEY_QUESTIONS,
            SOLUTIONS,
            TRANSACTIONS,
            PILOT_PARTICIPATION, FEEDBACK_ITEMS, CHAT_SESSIONS, EFORM_SUBMISSIONS, DIGITAL_SUPPORT_EVENTS,
            SURVEY_RESPONSES,
            MATURITY_SCORES,
            COST_LINES, STATED_TOTALS, FUNDING_SPLIT,
            ROADMAP_ACTIONS, ROADMAP_STATUS);


    /** All datasets in load order: referenced datasets come before those that reference them. */
    public static List<DatasetSchema> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<DatasetSchema> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Datasets of one source kind, in load order. */
    public static List<DatasetSchema> ofSource(String source) {
        return ALL.values().stream().filter(d -> d.source().equals(source)).toList();
    }

    /** Source kinds in load order. */
    public static List<String> sources() {
        return ALL.values().stream().map(DatasetSchema::source).distinct().toList();
    }
}
