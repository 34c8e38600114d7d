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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mart the analytics jobs publish, the one place their names and columns are defined.
 * The analytics jobs write with these schemas; the dashboard and notebooks read them through
 * DuckDB at {@link Warehouse#mart(String)}. Marts are already joined: codes come with their
 * Finnish, Swedish and English labels where a view shows them (every {@code _fi} text has its {@code _sv}
 * beside it, and its {@code _en} where the English differs; a page reads the column of its language), except
 * the large {@link #POTENTIAL_CHANNEL_YEAR}, codes only; money is {@code LONG} euro cents.
 *
 * <p>Merger rule: every municipality-keyed mart has {@code municipality_code} as recorded
 * (Honkajoki 099 keeps its history) and {@code current_code}, the municipality in today's
 * borders (099 rolls up into 214 Kankaanpää). Region and time-series views group by
 * {@code current_code}; views of a single year before 2021 may use {@code municipality_code}.
 *
 * <p>A mart's {@code source} is the analytics feature that computes it.
 */
public final class Marts {

    private Marts() {
    }

    /** {@code area_code} of region-wide rows (all municipalities together). */
    public static final String REGION = "REGION";
    /** {@code age_band} of rows over all ages. */
    public static final String ALL_AGES = "all";

    // ---------------------------------------------------------------- shared columns

    private static List<Column> municipality() {
        return List.of(
                required("municipality_code", STRING, "Statistics Finland code as recorded (099 Honkajoki keeps its history)"),
                required("municipality_name_fi", STRING, "Municipality name in Finnish"),
                required("municipality_name_sv", STRING, "Municipality name in Swedish (Påmark, Siikais; the Finnish where it has none)"),
                required("current_code", STRING, "Municipality in today's borders: 099 rolls up into 214 from 2021"),
                required("current_name_fi", STRING, "Name of the municipality in today's borders"),
                required("current_name_sv", STRING, "Name of the municipality in today's borders in Swedish"));
    }

    private static List<Column> service() {
        return List.of(
                required("service_code", STRING, "Service key"),
                required("service_name_fi", STRING, "Service name in Finnish"),
                required("service_name_en", STRING, "Service name in English"),
                required("service_name_sv", STRING, "Service name in Swedish"),
                required("ptv_class", STRING, "Suomi.fi PTV service class"),
                required("sector", STRING, "Municipal sector (toimiala) key"),
                required("sector_name_fi", STRING, "Sector name in Finnish"),
                required("sector_name_en", STRING, "Sector name in English"),
                required("sector_name_sv", STRING, "Sector name in Swedish"));
    }

    private static List<Column> area() {
        return List.of(
                required("area_code", STRING, "Municipality code in today's borders, or REGION for all together"),
                required("area_name_fi", STRING, "Municipality name, or 'Koko alue'"),
                required("area_name_en", STRING, "Municipality name, or 'Whole region'"),
                required("area_name_sv", STRING, "Municipality name in Swedish, or 'Hela området'"));
    }

    private static List<Column> reason() {
        return List.of(
                required("reason_fi", STRING, "Explanation in plain Finnish"),
                required("reason_en", STRING, "Explanation in plain English"),
                required("reason_sv", STRING, "Explanation in plain Swedish"));
    }

    @SafeVarargs
    private static List<Column> cols(List<Column>... groups) {
        List<Column> all = new ArrayList<>();
        Arrays.stream(groups).forEach(all::addAll);
        return all;
    }

    private static DatasetSchema mart(String name, String source, String description, List<Column> columns,
                                      String... key) {
        return new DatasetSchema(name, source, 1, description, columns, List.of(key), List.of(), null);
    }

    // ---------------------------------------------------------------- potential

    public static final DatasetSchema POTENTIAL_SERVICE_YEAR = mart("potential_service_year", "potential",
            "Transactions of one service in one municipality and year with digital take-up and costs",
            cols(municipality(), service(), List.of(
                    required("year", INT, "Calendar year"),
                    required("transactions", LONG, "All transactions"),
                    required("digital_transactions", LONG, "Transactions on digital channels (web form, identified e-service, chat)"),
                    required("non_digital_transactions", LONG, "Transactions on paper, phone, face to face and e-mail"),
                    optional("digital_take_up", DOUBLE, "Digital transactions / all transactions (GOV.UK KPI); null when none"),
                    required("handling_minutes", DOUBLE, "Manual handling minutes in total"),
                    required("non_digital_handling_minutes", DOUBLE, "Manual handling minutes of non-digital transactions"),
                    required("cost_cents", LONG, "Channel cost in total: sum of transactions x unit cost"),
                    optional("cost_per_transaction_cents", LONG, "cost_cents / transactions rounded half up to the cent; null when none"),
                    required("synthetic", BOOLEAN, "true when any input row is synthetic"))),
            "municipality_code", "service_code", "year");

    /**
     * The one large mart (municipality x service x year x channel, ~1.7 M rows at national scale) carries
     * codes only, no label strings: readers join the small reference datasets ({@code channels},
     * {@code services}, {@code municipalities}) for names.
     */
    public static final DatasetSchema POTENTIAL_CHANNEL_YEAR = new DatasetSchema("potential_channel_year", "potential", 2,
            "Transactions and costs of one service in one municipality, year and channel (codes only: names are in "
                    + "the channels, services and municipalities datasets)",
            List.of(
                    required("municipality_code", STRING, "Statistics Finland code as recorded (099 Honkajoki keeps its history)"),
                    required("current_code", STRING, "Municipality in today's borders: 099 rolls up into 214 from 2021"),
                    required("service_code", STRING, "Service key"),
                    required("year", INT, "Calendar year"),
                    required("channel_code", STRING, "Channel key"),
                    required("digital", BOOLEAN, "true for a digital channel"),
                    required("transactions", LONG, "Transactions"),
                    required("handling_minutes", DOUBLE, "Manual handling minutes"),
                    required("unit_cost_cents", LONG, "Cost per transaction on the channel, euro cents"),
                    required("cost_cents", LONG, "transactions x unit_cost_cents")),
            List.of("municipality_code", "service_code", "year", "channel_code"), List.of(), null);

    public static final DatasetSchema POTENTIAL_SAVINGS = mart("potential_savings", "potential",
            "Saving potential and business case of one service in one municipality (base year), alone and shared",
            cols(municipality(), service(), List.of(
                    required("base_year", INT, "Year whose volumes the case uses"),
                    required("population", INT, "Inhabitants in the base year"),
                    required("transactions", LONG, "All transactions in the base year"),
                    required("non_digital_transactions", LONG, "Non-digital transactions in the base year"),
                    optional("digital_take_up", DOUBLE, "Digital take-up in the base year"),
                    required("readiness", DOUBLE, "Residents' readiness (survey, post-stratified to the age structure), 0-1; the region's where the municipality's survey figures are withheld"),
                    required("adoption_ceiling", DOUBLE, "Highest reachable digital share, 0-1"),
                    required("shiftable_transactions", DOUBLE, "Non-digital transactions that move to digital up to the ceiling, per year"),
                    required("gross_saving_cents", LONG, "Yearly gross saving: shifted volume x (non-digital - digital unit cost)"),
                    required("saved_minutes", DOUBLE, "Yearly staff minutes saved"),
                    required("saved_person_years", DOUBLE, "saved_minutes / 60 / working hours per person-year"),
                    required("solution_id", STRING, "Solution from the catalogue that digitises the service"),
                    required("solution_name_fi", STRING, "Solution name in Finnish"),
                    required("solution_name_en", STRING, "Solution name in English"),
                    required("solution_name_sv", STRING, "Solution name in Swedish"),
                    required("one_off_cents", LONG, "One-off cost of the solution for the municipality alone"),
                    required("yearly_cents", LONG, "Yearly licence of the solution for the municipality alone"),
                    required("net_benefit_alone_cents", LONG, "Savings minus costs over the horizon, alone"),
                    optional("payback_years_alone", DOUBLE, "Years until savings cover the one-off cost, alone; null = never"),
                    required("sharing_municipalities", INT, "Municipalities sharing the solution"),
                    required("shared_one_off_cents", LONG, "This municipality's population share of the one-off cost"),
                    required("shared_yearly_cents", LONG, "This municipality's population share of the yearly licence"),
                    required("net_benefit_shared_cents", LONG, "Savings minus shared costs over the horizon"),
                    optional("payback_years_shared", DOUBLE, "Payback when shared; null = never"),
                    required("sharing_turns_positive", BOOLEAN, "true when alone loses money and shared gains"),
                    required("horizon_from", INT, "First year of the horizon"),
                    required("horizon_to", INT, "Last year of the horizon"))),
            "municipality_code", "service_code");

    public static final DatasetSchema POTENTIAL_CLAIM_CHECK = mart("potential_claim_check", "potential",
            "Whether the data supports the application's claim of 1-2 person-years saved a year per municipality",
            cols(municipality(), List.of(
                    required("base_year", INT, "Year whose volumes are used"),
                    required("population", INT, "Inhabitants in the base year"),
                    required("saved_person_years", DOUBLE, "Sum over services of saved person-years a year"),
                    required("gross_saving_cents", LONG, "Sum over services of gross yearly saving"),
                    required("claim_min_person_years", DOUBLE, "Lower end of the claim"),
                    required("claim_max_person_years", DOUBLE, "Upper end of the claim"),
                    required("verdict", STRING, "supported (within the range), exceeded (above it), partly (at least half the lower end), not_supported (below that)")
                            .allowing("supported", "partly", "not_supported", "exceeded")),
                    reason()),
            "municipality_code");

    public static final DatasetSchema POTENTIAL_INDICATORS = mart("potential_indicators", "potential",
            "One indicator of the digital-potential index for one service and municipality: raw, normalised, weight",
            cols(municipality(), List.of(
                    required("service_code", STRING, "Service key"),
                    required("indicator_id", STRING, "Indicator key"),
                    required("indicator_name_fi", STRING, "Indicator name in Finnish"),
                    required("indicator_name_en", STRING, "Indicator name in English"),
                    required("indicator_name_sv", STRING, "Indicator name in Swedish"),
                    required("raw_value", DOUBLE, "Value before normalisation (money indicators: raw_cents / 100, euros)"),
                    optional("raw_cents", LONG, "Money indicators, exact in euro cents: saving per transaction rounded to the cent; shared net benefit as in potential_savings. Null for the others"),
                    required("normalised", DOUBLE, "Normalised value 0-1 (higher = more potential)"),
                    required("weight", DOUBLE, "Configured weight (weights sum to 1)"),
                    required("normalisation", STRING, "Normalisation method: min_max, z_score, rank, distance_to_reference"))),
            "municipality_code", "service_code", "indicator_id");

    public static final DatasetSchema POTENTIAL_INDEX = mart("potential_index", "potential",
            "The 0-100 digital-potential index of one service in one municipality with its uncertainty",
            cols(municipality(), service(), List.of(
                    required("index_value", DOUBLE, "Composite index 0-100"),
                    required("rank", INT, "Rank by index (1 = highest) among all service-municipalities of the base year"),
                    required("legal_obligation", BOOLEAN, "true when a law obliges digitising or making it accessible"),
                    optional("legal_basis", STRING, "Act behind the obligation"),
                    required("priority_rank", INT, "Rank after legal obligations are raised first (1 = first)"),
                    required("mc_median_rank", DOUBLE, "Median rank over the Monte Carlo runs"),
                    required("mc_rank_p05", DOUBLE, "5th percentile of the rank"),
                    required("mc_rank_p95", DOUBLE, "95th percentile of the rank"),
                    required("aggregation", STRING, "linear or geometric"),
                    required("normalisation", STRING, "Normalisation method"),
                    required("mc_runs", INT, "Monte Carlo runs"),
                    required("mc_seed", LONG, "Monte Carlo seed"))),
            "municipality_code", "service_code");

    public static final DatasetSchema POTENTIAL_METHOD = mart("potential_method", "potential",
            "The method the digital-potential index was computed with: every setting of its method file (normalisation, "
                    + "aggregation, floor, scale, ties, uncertainty and sensitivity), so readers recompute it the same way",
            List.of(
                    required("setting", STRING, "Setting of the engine's method file (docs/methodology.md §6a), e.g. aggregate.floor"),
                    required("value", STRING, "Its value as written in the file")),
            "setting");

    public static final DatasetSchema POTENTIAL_SENSITIVITY = mart("potential_sensitivity", "potential",
            "Which assumption drives the uncertainty of each service's rank and of the mean rank shift: Sobol "
                    + "first-order and total indices with 95 % bootstrap intervals",
            List.of(
                    required("output", STRING, "rank: one service's rank; mean_rank_shift: the mean absolute rank change of all services"),
                    optional("municipality_code", STRING, "Municipality of the ranked service (null for mean_rank_shift)"),
                    optional("service_code", STRING, "The ranked service (null for mean_rank_shift)"),
                    required("factor", STRING, "The assumption: weight.<indicator>, input.<unit cost>, aggregation, normalisation, imputation or weights (all weights together)"),
                    required("factor_kind", STRING, "weight, input, aggregation, normalisation, imputation or weights"),
                    optional("factor_code", STRING, "The indicator of a weight, the input of an input (non_digital_unit_cost, digital_unit_cost)"),
                    required("first_order", DOUBLE, "First-order Sobol index: the share of the output's variance the assumption explains alone"),
                    required("first_order_low", DOUBLE, "Lower end of its 95 % bootstrap interval"),
                    required("first_order_high", DOUBLE, "Upper end of its 95 % bootstrap interval"),
                    required("total_effect", DOUBLE, "Total Sobol index: its share including interactions with the other assumptions"),
                    required("total_effect_low", DOUBLE, "Lower end of its 95 % bootstrap interval"),
                    required("total_effect_high", DOUBLE, "Upper end of its 95 % bootstrap interval"),
                    required("samples", INT, "Sobol base sample N (N (k + 2) index runs for k assumptions)"),
                    required("bootstrap", INT, "Bootstrap resamples of the intervals")),
            "output", "municipality_code", "service_code", "factor");

    // ---------------------------------------------------------------- maturity

    public static final DatasetSchema MATURITY_DIMENSION = mart("maturity_dimension", "maturity",
            "Maturity level of one sector of a municipality in one dimension and round, with target and gap",
            cols(municipality(), List.of(
                    required("round_id", STRING, "Assessment round"),
                    required("assessed_on", DATE, "Day of the assessment"),
                    required("sector", STRING, "Sector key"),
                    required("sector_name_fi", STRING, "Sector name in Finnish"),
                    required("sector_name_en", STRING, "Sector name in English"),
                    required("sector_name_sv", STRING, "Sector name in Swedish"),
                    required("model_id", STRING, "Maturity model"),
                    required("dimension_id", STRING, "Dimension key"),
                    required("dimension_name_fi", STRING, "Dimension name in Finnish"),
                    required("dimension_name_en", STRING, "Dimension name in English"),
                    required("dimension_name_sv", STRING, "Dimension name in Swedish"),
                    required("weight", DOUBLE, "Dimension weight"),
                    required("level", DOUBLE, "Assessed level"),
                    optional("target_level", DOUBLE, "Target level"),
                    optional("gap", DOUBLE, "target_level - level (0 when reached)"))),
            "round_id", "municipality_code", "sector", "dimension_id");

    public static final DatasetSchema MATURITY_INDEX = mart("maturity_index", "maturity",
            "Maturity index of one sector of a municipality per round, change from the start round and gap to target",
            cols(municipality(), List.of(
                    required("round_id", STRING, "Assessment round"),
                    required("sector", STRING, "Sector key, or 'all' for the municipality as a whole"),
                    required("sector_name_fi", STRING, "Sector name in Finnish"),
                    required("sector_name_en", STRING, "Sector name in English"),
                    required("sector_name_sv", STRING, "Sector name in Swedish"),
                    required("weighted_level", DOUBLE, "Weighted mean level (1..levels)"),
                    required("index_value", DOUBLE, "0-100: (weighted level - 1) / (levels - 1) x 100"),
                    optional("target_level", DOUBLE, "Weighted mean target level"),
                    optional("target_index", DOUBLE, "Target as 0-100"),
                    optional("gap_to_target", DOUBLE, "target_index - index_value (0 when reached)"),
                    optional("change_from_start", DOUBLE, "index_value - index of the first round: 0 in the first round, null when the first round did not assess the sector"))),
            "round_id", "municipality_code", "sector");

    // ---------------------------------------------------------------- pilots

    public static final DatasetSchema PILOT_FEEDBACK = mart("pilot_feedback", "pilots",
            "Feedback pilot per municipality: volume, response within working days, before vs during",
            cols(municipality(), List.of(
                    required("population", INT, "Inhabitants in the pilot year"),
                    required("items_during", LONG, "Items in the map service during the pilot"),
                    required("items_before", LONG, "Items on other channels in the equally long period before"),
                    optional("change_pct", DOUBLE, "(during - before) / before x 100"),
                    required("items_per_1000", DOUBLE, "Items during the pilot per 1 000 inhabitants"),
                    required("answered", LONG, "Items answered"),
                    required("answered_within_3_working_days", LONG, "Items answered within 3 working days"),
                    optional("share_within_3_working_days", DOUBLE, "Of all items during the pilot, 0-1"),
                    optional("median_response_working_days", DOUBLE, "Median working days to the first answer"),
                    optional("median_response_hours", DOUBLE, "Median clock hours to the first answer"),
                    optional("share_within_3_working_days_before", DOUBLE, "Same share before the pilot"))),
            "municipality_code");

    public static final DatasetSchema PILOT_FEEDBACK_POINTS = mart("pilot_feedback_points", "pilots",
            "One feedback item with its place for the map",
            cols(municipality(), List.of(
                    required("item_id", STRING, "Item key"),
                    required("period", STRING, "before or during the pilot").allowing("before", "during"),
                    required("channel", STRING, "How it arrived"),
                    optional("category", STRING, "Topic"),
                    required("received_at", TIMESTAMP, "Local time it arrived"),
                    optional("answered_at", TIMESTAMP, "Local time of the first answer"),
                    optional("response_working_days", INT, "Working days from arrival to answer"),
                    required("within_3_working_days", BOOLEAN, "Answered within 3 working days"),
                    optional("latitude", DOUBLE, "WGS84 latitude"),
                    optional("longitude", DOUBLE, "WGS84 longitude"))),
            "item_id");

    public static final DatasetSchema PILOT_CHAT = mart("pilot_chat", "pilots",
            "Chat pilot per municipality: chats, answer rate, waiting time",
            cols(municipality(), List.of(
                    required("chats", LONG, "Chats started"),
                    required("answered", LONG, "Chats answered"),
                    required("missed", LONG, "Chats not answered"),
                    optional("answer_rate", DOUBLE, "answered / chats, 0-1"),
                    optional("median_wait_seconds", DOUBLE, "Median wait of the answered chats"))),
            "municipality_code");

    public static final DatasetSchema PILOT_CHAT_HOURLY = mart("pilot_chat_hourly", "pilots",
            "Chats and missed chats by hour of day",
            cols(municipality(), List.of(
                    required("hour", INT, "Hour of day 0-23"),
                    required("chats", LONG, "Chats started in the hour"),
                    required("missed", LONG, "Of them not answered"))),
            "municipality_code", "hour");

    public static final DatasetSchema PILOT_EFORMS = mart("pilot_eforms", "pilots",
            "E-form pilot per municipality: forms in use, submissions per month, identified and paid shares",
            cols(municipality(), List.of(
                    required("forms_in_use", INT, "Forms with at least one submission"),
                    required("months", INT, "Months with data"),
                    required("submissions", LONG, "Submissions"),
                    required("submissions_per_month", DOUBLE, "submissions / months"),
                    required("identified_submissions", LONG, "Identified through Suomi.fi"),
                    optional("identified_share", DOUBLE, "identified / submissions"),
                    required("paid_submissions", LONG, "Paid online"),
                    optional("paid_share", DOUBLE, "paid / submissions"))),
            "municipality_code");

    public static final DatasetSchema PILOT_DIGITAL_SUPPORT = mart("pilot_digital_support", "pilots",
            "Digital-support days per municipality",
            cols(municipality(), List.of(
                    required("events", INT, "Events"),
                    required("participants", LONG, "Customers served"),
                    required("participants_65_plus", LONG, "Of them aged 65 or over"),
                    required("participants_per_event", DOUBLE, "participants / events"))),
            "municipality_code");

    public static final DatasetSchema PILOT_SIGNALS = mart("pilot_signals", "pilots",
            "Continue or stop signal of one pilot in one municipality from configured thresholds",
            cols(municipality(), List.of(
                    required("pilot_id", STRING, "Pilot key"),
                    required("pilot_name_fi", STRING, "Pilot name in Finnish"),
                    required("pilot_name_en", STRING, "Pilot name in English"),
                    required("pilot_name_sv", STRING, "Pilot name in Swedish"),
                    required("metric", STRING, "Metric the signal rests on"),
                    optional("value", DOUBLE, "The municipality's value"),
                    required("threshold", DOUBLE, "Configured threshold"),
                    required("signal", STRING, "continue or stop").allowing("continue", "stop"),
                    required("continued_in_reality", BOOLEAN, "What the municipality actually did (final report)")),
                    reason()),
            "pilot_id", "municipality_code");

    // ---------------------------------------------------------------- surveys

    public static final DatasetSchema SURVEY_RESULTS = mart("survey_results", "surveys",
            "Results of one question per area and age band; figures that would disclose a small group withheld (null, flagged)",
            cols(List.of(
                    required("survey_id", STRING, "Survey key"),
                    required("question_id", STRING, "Question key"),
                    required("question_fi", STRING, "Question in Finnish"),
                    required("question_en", STRING, "Question in English"),
                    required("question_sv", STRING, "Question in Swedish"),
                    required("answer_type", STRING, "likert5 or yes_no")),
                    area(),
                    List.of(
                    required("age_band", STRING, "Age band, or 'all'"),
                    required("suppressed", BOOLEAN, "true when the answer count or the share is withheld (methodology 4.2)"),
                    optional("suppression_reason", STRING, "disclosure_control when suppressed (one reason for all: it does not tell a small group from a complement)")
                            .allowing("disclosure_control"),
                    optional("answers", LONG, "Answer count; null when withheld"),
                    optional("positive_share", DOUBLE, "Share of yes (yes_no) or 4-5 (likert5), 0-1; null when withheld"),
                    optional("positive_ci_low", DOUBLE, "Wilson 95 % lower bound"),
                    optional("positive_ci_high", DOUBLE, "Wilson 95 % upper bound"),
                    optional("mean", DOUBLE, "Mean answer; only over all ages where the area's whole distribution is published"),
                    optional("mean_ci_low", DOUBLE, "Mean - 1.96 x standard error"),
                    optional("mean_ci_high", DOUBLE, "Mean + 1.96 x standard error"),
                    optional("poststratified_share", DOUBLE, "Positive share weighted to the population's age structure; only where every band's share is published"),
                    optional("poststratified_mean", DOUBLE, "Mean weighted to the population's age structure; only where every band's share and the whole distribution are published"))),
            "survey_id", "question_id", "area_code", "age_band");

    public static final DatasetSchema SURVEY_DISTRIBUTION = mart("survey_distribution", "surveys",
            "Count and share of each answer value of one question per area; a count that would disclose a small group withheld",
            cols(List.of(
                    required("survey_id", STRING, "Survey key"),
                    required("question_id", STRING, "Question key")),
                    area(),
                    List.of(
                    required("answer", INT, "Answer value"),
                    required("suppressed", BOOLEAN, "true when this count is withheld (methodology 4.2)"),
                    optional("count", LONG, "Answers with this value; null when withheld"),
                    optional("share", DOUBLE, "count / answers; null when suppressed"))),
            "survey_id", "question_id", "area_code", "answer");

    // ---------------------------------------------------------------- costs

    public static final DatasetSchema COST_BUDGET_ACTUAL = mart("cost_budget_actual", "costs",
            "Budget (application) against actual (final report) by cost category",
            List.of(
                    required("category", STRING, "Cost category key, or 'total'"),
                    required("category_name_fi", STRING, "Category in Finnish"),
                    required("category_name_en", STRING, "Category in English"),
                    required("category_name_sv", STRING, "Category in Swedish"),
                    required("budget_cents", LONG, "Budgeted, euro cents"),
                    required("actual_cents", LONG, "Actual, euro cents"),
                    required("variance_cents", LONG, "actual - budget"),
                    optional("variance_pct", DOUBLE, "variance / budget x 100"),
                    optional("utilisation_pct", DOUBLE, "actual / budget x 100; null when nothing was budgeted")),
            "category");

    public static final DatasetSchema COST_FUNDING_SPLIT = mart("cost_funding_split", "costs",
            "Participants' own funding split by population to the cent, computed against the application's table",
            cols(municipality(), List.of(
                    required("population", INT, "Population the split uses"),
                    required("population_share", DOUBLE, "population / total population"),
                    required("computed_share_cents", LONG, "Largest-remainder split of the stated total (sums exactly)"),
                    required("per_capita_rate_cents", LONG, "Stated total / total population, rounded to the cent (the application's method)"),
                    required("per_capita_method_cents", LONG, "population x per_capita_rate_cents: reproduces the application's table"),
                    optional("stated_share_cents", LONG, "As written in the application"),
                    optional("difference_cents", LONG, "stated - computed"))),
            "municipality_code");

    public static final DatasetSchema DATA_QUALITY_FINDINGS = mart("data_quality_findings", "costs",
            "A stated total that does not equal the sum of its parts (or another inconsistency) in a document",
            cols(List.of(
                    required("finding_id", STRING, "Finding key"),
                    required("document", STRING, "Source document"),
                    required("check_id", STRING, "What was checked"),
                    required("stated_cents", LONG, "As stated"),
                    required("computed_cents", LONG, "Sum of the parts"),
                    required("difference_cents", LONG, "computed - stated"),
                    required("severity", STRING, "info or warning").allowing("info", "warning")),
                    reason()),
            "finding_id");

    // ---------------------------------------------------------------- roadmap

    public static final DatasetSchema ROADMAP_SCHEDULE = mart("roadmap_schedule", "roadmap",
            "One roadmap action with its scheduled quarter, the reason for the placement and its status",
            List.of(
                    required("action_id", STRING, "Action key"),
                    required("owner", STRING, "Municipality code or JOINT"),
                    required("owner_name_fi", STRING, "Municipality name or 'Yhteinen'"),
                    required("owner_name_en", STRING, "Municipality name or 'Joint'"),
                    required("owner_name_sv", STRING, "Municipality name in Swedish or 'Gemensam'"),
                    required("title_fi", STRING, "Action in plain Finnish"),
                    required("title_en", STRING, "Action in plain English"),
                    required("title_sv", STRING, "Action in plain Swedish"),
                    required("category", STRING, "Kind of action"),
                    required("origin", STRING, "final_report_s8, legal_obligation or digital_potential"),
                    optional("legal_basis", STRING, "Act that obliges it"),
                    optional("depends_on", STRING, "Action ids done first, separated by |"),
                    required("is_pilot", BOOLEAN, "Runs as a pilot"),
                    required("effort_person_days", INT, "Own staff effort"),
                    required("cost_cents", LONG, "Purchase cost"),
                    required("priority", INT, "Order the scheduler considered it in (1 = first)"),
                    required("placed", BOOLEAN, "false when it could not fit 2021Q1-2025Q4"),
                    optional("start_quarter", STRING, "e.g. 2022Q3"),
                    optional("end_quarter", STRING, "Last quarter it runs"),
                    optional("start_year", INT, "Year of start_quarter"),
                    required("reason_fi", STRING, "Why it is placed there (or not at all), plain Finnish"),
                    required("reason_en", STRING, "Why it is placed there (or not at all), plain English"),
                    required("reason_sv", STRING, "Why it is placed there (or not at all), plain Swedish"),
                    required("status", STRING, "Latest reported status, or planned").allowing("planned", "in_progress", "done", "dropped"),
                    optional("status_reported_on", DATE, "Day of the latest status report")),
            "action_id");

    public static final DatasetSchema ROADMAP_CAPACITY = mart("roadmap_capacity", "roadmap",
            "Capacity used by the schedule per owner and year",
            List.of(
                    required("owner", STRING, "Municipality code or JOINT"),
                    required("year", INT, "Year"),
                    required("capacity_person_days", INT, "Configured capacity"),
                    required("used_person_days", INT, "Scheduled effort starting in the year"),
                    required("capacity_cents", LONG, "Configured money"),
                    required("used_cents", LONG, "Scheduled cost starting in the year")),
            "owner", "year");

    public static final DatasetSchema ROADMAP_PROGRESS = mart("roadmap_progress", "roadmap",
            "Plan vs actual per owner and year: actions scheduled to start and their reported status",
            List.of(
                    required("owner", STRING, "Municipality code or JOINT"),
                    required("owner_name_fi", STRING, "Municipality name or 'Yhteinen'"),
                    required("owner_name_sv", STRING, "Municipality name in Swedish or 'Gemensam'"),
                    required("year", INT, "Year the actions are scheduled to start"),
                    required("planned", INT, "Actions scheduled"),
                    required("not_started", INT, "Status planned"),
                    required("in_progress", INT, "Status in progress"),
                    required("done", INT, "Status done"),
                    required("dropped", INT, "Status dropped")),
            "owner", "year");

    private static final Map<String, DatasetSchema> ALL = SchemaIndex.of("mart",
            POTENTIAL_SERVICE_YEAR, POTENTIAL_CHANNEL_YEAR, POTENTIAL_SAVINGS, POTENTIAL_CLAIM_CHECK,
            POTENTIAL_INDICATORS, POTENTIAL_INDEX, POTENTIAL_METHOD, POTENTIAL_SENSITIVITY,
            MATURITY_DIMENSION, MATURITY_INDEX,
            PILOT_FEEDBACK, PILOT_FEEDBACK_POINTS, PILOT_CHAT, PILOT_CHAT_HOURLY, PILOT_EFORMS, PILOT_DIGITAL_SUPPORT,
            PILOT_SIGNALS,
            SURVEY_RESULTS, SURVEY_DISTRIBUTION,
            COST_BUDGET_ACTUAL, COST_FUNDING_SPLIT, DATA_QUALITY_FINDINGS,
            ROADMAP_SCHEDULE, ROADMAP_CAPACITY, ROADMAP_PROGRESS);


    /** Every mart, grouped by the feature that computes it. */
    public static List<DatasetSchema> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<DatasetSchema> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Marts of one analytics feature (potential, maturity, pilots, surveys, costs, roadmap). */
    public static List<DatasetSchema> ofSource(String source) {
        return ALL.values().stream().filter(d -> d.source().equals(source)).toList();
    }
}
