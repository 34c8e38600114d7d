package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.analytics.config.IndexSettings;
import fi.kuntadigi.analytics.config.PotentialSettings;
import fi.kuntadigi.analytics.maturity.SectorMaturity;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Service;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.analytics.surveys.Readiness;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.index.pipeline.IndexResult;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import fi.kuntadigi.index.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Digital-potential marts: volumes, take-up and costs per service-year and channel (Spark), savings and
 * the business case alone vs shared, the check of the application's person-year claim, and the 0-100
 * index with its Monte Carlo rank intervals.
 */
public final class PotentialJob implements MartJob {

    static final String ACT_306 = "Laki digitaalisten palvelujen tarjoamisesta 306/2019";

    /** Everything computed for one service in one municipality. */
    record Unit(ServiceYear year, Service service, Solution solution, Saving saving, int population,
                long oneOffCents, long yearlyCents, int sharing, long sharedOneOffCents, long sharedYearlyCents,
                BusinessCase alone, BusinessCase shared) {
    }

    @Override
    public String feature() {
        return "potential";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.TRANSACTIONS, Datasets.SOLUTIONS);
    }

    @Override
    public Set<Class<?>> shares() {
        return Set.of(PotentialRanking.class);
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Readiness.class, SectorMaturity.class);
    }

    @Override
    public void check(AnalyticsConfig config) {
        PotentialIndex.load(config.index().framework());
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        PotentialSettings settings = ctx.config().potential();
        ReferenceData ref = ctx.reference();
        TransactionAggregation.Result agg = ctx.timed("potential.aggregate_transactions",
                () -> TransactionAggregation.run(ctx, settings.baseYear()));
        // the two Spark marts are written while the driver computes savings, index and Monte Carlo
        ctx.stage(agg.channelYear());
        ctx.stage(agg.serviceYear());
        SolutionCatalogue catalogue = new SolutionCatalogue(ctx.collect(Datasets.SOLUTIONS).stream()
                .map(r -> new Solution(r.string("solution_id"), r.string("name_fi"), r.string("name_en"),
                        Swedish.or(r.string("name_sv"), r.string("name_fi")), List.of(r.string("service_codes").split("\\|")),
                        r.longValue("one_off_cents"), r.longValue("yearly_cents"), r.longValue("shared_one_off_cents"),
                        r.longValue("shared_yearly_cents")))
                .toList(), settings.fallbackIdentified(), settings.fallbackBasic());
        List<ServiceYear> base = agg.baseYear().stream()
                .filter(y -> y.transactions() > 0 && ref.currentCode(y.municipalityCode()).equals(y.municipalityCode()))
                .toList();
        List<Unit> units = ctx.timed("potential.savings",
                () -> units(base, ref, catalogue, ctx.shared(Readiness.class), settings));
        SectorMaturity maturity = ctx.shared(SectorMaturity.class);

        List<MartRow> savings = new ArrayList<>();
        for (Unit u : units) {
            savings.add(savingsRow(u, ref, settings));
        }
        List<MartTable> out = new ArrayList<>(List.of(MartTable.of(Marts.POTENTIAL_SAVINGS, savings),
                MartTable.of(Marts.POTENTIAL_CLAIM_CHECK, claims(units, ref, settings))));
        out.addAll(index(ctx, units, maturity, settings));
        return out;
    }

    private static List<Unit> units(List<ServiceYear> base, ReferenceData ref, SolutionCatalogue catalogue,
                                    Readiness readiness, PotentialSettings settings) {
        Map<String, double[]> digitalMinutes = new HashMap<>();
        for (ServiceYear y : base) {
            double[] m = digitalMinutes.computeIfAbsent(y.serviceCode(), k -> new double[2]);
            m[0] += y.digitalMinutes();
            m[1] += y.digital();
        }
        // who shares each solution, and each municipality's services of it, weighted by non-digital volume
        Map<String, Map<String, Long>> sharers = new TreeMap<>();
        Map<List<String>, Map<String, Long>> servicesOf = new HashMap<>();
        for (ServiceYear y : base) {
            Solution s = catalogue.forService(ref.service(y.serviceCode()));
            sharers.computeIfAbsent(s.id(), k -> new TreeMap<>()).put(y.municipalityCode(),
                    (long) ref.population(y.municipalityCode(), y.year()));
            servicesOf.computeIfAbsent(List.of(y.municipalityCode(), s.id()), k -> new TreeMap<>())
                    .put(y.serviceCode(), y.nonDigital());
        }
        List<Unit> out = new ArrayList<>();
        Map<String, Map<String, Long>> sharedOneOff = new HashMap<>();
        Map<String, Map<String, Long>> sharedYearly = new HashMap<>();
        Map<List<String>, List<Map<String, Long>>> withinMunicipality = new HashMap<>();
        for (ServiceYear y : base) {
            Service service = ref.service(y.serviceCode());
            Solution s = catalogue.forService(service);
            Map<String, Long> sharing = sharers.get(s.id());
            long muniOneOff = sharedOneOff.computeIfAbsent(s.id(), k -> CostAllocation.split(s.sharedOneOffCents(), sharing))
                    .get(y.municipalityCode());
            long muniYearly = sharedYearly.computeIfAbsent(s.id(), k -> CostAllocation.split(s.sharedYearlyCents(), sharing))
                    .get(y.municipalityCode());
            // the four splits of the municipality's services of this solution, computed once per group
            List<String> group = List.of(y.municipalityCode(), s.id());
            List<Map<String, Long>> splits = withinMunicipality.computeIfAbsent(group, k -> {
                Map<String, Long> mine = servicesOf.get(k);
                return List.of(CostAllocation.split(s.oneOffCents(), mine), CostAllocation.split(s.yearlyCents(), mine),
                        CostAllocation.split(muniOneOff, mine), CostAllocation.split(muniYearly, mine));
            });
            long oneOff = splits.get(0).get(y.serviceCode());
            long yearly = splits.get(1).get(y.serviceCode());
            long shOneOff = splits.get(2).get(y.serviceCode());
            long shYearly = splits.get(3).get(y.serviceCode());
            String target = service.identificationRequired() ? "eservice_identified" : "web_form";
            double[] dm = digitalMinutes.get(y.serviceCode());
            double minutesPerDigital = y.digital() > 0 ? y.digitalMinutes() / y.digital() : dm[1] > 0 ? dm[0] / dm[1] : 0;
            Saving saving = SavingModel.compute(y, readiness.of(y.municipalityCode()),
                    ref.channel(target).unitCostCents(), minutesPerDigital, settings);
            int years = settings.horizonYears();
            out.add(new Unit(y, service, s, saving, ref.population(y.municipalityCode(), y.year()), oneOff, yearly,
                    sharing.size(), shOneOff, shYearly, BusinessCase.of(saving.grossCents(), oneOff, yearly, years),
                    BusinessCase.of(saving.grossCents(), shOneOff, shYearly, years)));
        }
        return out;
    }

    private static MartRow savingsRow(Unit u, ReferenceData ref, PotentialSettings settings) {
        ServiceYear y = u.year();
        Saving s = u.saving();
        return MartRow.of(Marts.POTENTIAL_SAVINGS)
                .set(ref.municipalityColumns(y.municipalityCode()))
                .set(ref.serviceColumns(y.serviceCode()))
                .set("base_year", y.year())
                .set("population", u.population())
                .set("transactions", y.transactions())
                .set("non_digital_transactions", y.nonDigital())
                .set("digital_take_up", y.takeUp())
                .set("readiness", s.readiness())
                .set("adoption_ceiling", s.ceiling())
                .set("shiftable_transactions", s.shiftable())
                .set("gross_saving_cents", s.grossCents())
                .set("saved_minutes", s.savedMinutes())
                .set("saved_person_years", s.personYears())
                .set("solution_id", u.solution().id())
                .set("solution_name_fi", u.solution().nameFi())
                .set("solution_name_en", u.solution().nameEn())
                .set("solution_name_sv", u.solution().nameSv())
                .set("one_off_cents", u.oneOffCents())
                .set("yearly_cents", u.yearlyCents())
                .set("net_benefit_alone_cents", u.alone().netBenefitCents())
                .set("payback_years_alone", u.alone().paybackYears())
                .set("sharing_municipalities", u.sharing())
                .set("shared_one_off_cents", u.sharedOneOffCents())
                .set("shared_yearly_cents", u.sharedYearlyCents())
                .set("net_benefit_shared_cents", u.shared().netBenefitCents())
                .set("payback_years_shared", u.shared().paybackYears())
                .set("sharing_turns_positive", u.alone().netBenefitCents() < 0 && u.shared().netBenefitCents() > 0)
                .set("horizon_from", settings.horizonFrom())
                .set("horizon_to", settings.horizonTo());
    }

    private static List<MartRow> claims(List<Unit> units, ReferenceData ref, PotentialSettings settings) {
        Map<String, double[]> by = new TreeMap<>();
        Map<String, Integer> population = new HashMap<>();
        for (Unit u : units) {
            double[] s = by.computeIfAbsent(u.year().municipalityCode(), k -> new double[2]);
            s[0] += u.saving().personYears();
            s[1] += u.saving().grossCents();
            population.put(u.year().municipalityCode(), u.population());
        }
        List<MartRow> rows = new ArrayList<>();
        by.forEach((code, s) -> {
            ClaimCheck c = ClaimCheck.of(s[0], settings.claimMinPersonYears(), settings.claimMaxPersonYears());
            rows.add(MartRow.of(Marts.POTENTIAL_CLAIM_CHECK)
                    .set(ref.municipalityColumns(code))
                    .set("base_year", settings.baseYear())
                    .set("population", population.get(code))
                    .set("saved_person_years", s[0])
                    .set("gross_saving_cents", (long) s[1])
                    .set("claim_min_person_years", settings.claimMinPersonYears())
                    .set("claim_max_person_years", settings.claimMaxPersonYears())
                    .set("verdict", c.verdict())
                    .set("reason_fi", c.reasonFi())
                    .set("reason_en", c.reasonEn())
                    .set("reason_sv", c.reasonSv()));
        });
        return rows;
    }

    private static List<MartTable> index(AnalysisContext ctx, List<Unit> units, SectorMaturity maturity,
                                         PotentialSettings potential) {
        IndexSettings settings = ctx.config().index();
        ReferenceData ref = ctx.reference();
        List<IndexUnit> indexUnits = new ArrayList<>();
        for (Unit u : units) {
            ServiceYear y = u.year();
            indexUnits.add(new IndexUnit(y.municipalityCode(), y.serviceCode(), y.nonDigital(),
                    (double) y.nonDigital() / y.transactions(), y.nonDigitalMinutes() / 60.0,
                    u.saving().nonDigitalUnitCents(), u.saving().digitalUnitCents(), u.saving().readiness(),
                    maturity.of(y.municipalityCode(), u.service().sector()), u.saving().shiftable(),
                    potential.horizonYears(), u.sharedOneOffCents() + potential.horizonYears() * u.sharedYearlyCents(),
                    u.service().statutory()));
        }
        PotentialIndex engine = PotentialIndex.load(settings.framework());
        long[][] moneyCents = new long[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            moneyCents[i] = moneyIndicatorCents(units.get(i));
        }
        IndexResult scores = ctx.timed("potential.index", () -> engine.score(indexUnits, moneyCents));
        List<String> ids = engine.indicators();
        double[] weights = engine.weights();
        double[] indexValues = scores.index();
        double[] rank = scores.indexRanks();
        int[] priority = priorityRanks(indexUnits, indexValues, settings.legalPriority());
        List<UnitUncertainty> mc = ctx.timed("potential.monte_carlo", () -> engine.uncertainty(indexUnits, moneyCents));
        List<RankSensitivity.Row> sensitivity = ctx.timed("potential.sensitivity",
                () -> engine.sensitivity(indexUnits, moneyCents));

        List<MartRow> indicators = new ArrayList<>();
        List<MartRow> index = new ArrayList<>();
        List<PotentialRanking.Entry> ranking = new ArrayList<>();
        for (int i = 0; i < indexUnits.size(); i++) {
            IndexUnit iu = indexUnits.get(i);
            Map<String, Object> muni = ref.municipalityColumns(iu.municipalityCode());
            for (int k = 0; k < weights.length; k++) {
                String id = ids.get(k);
                Labels.Label label = Labels.indicator(id);
                Long cents = id.equals(IndexUnit.SAVING) ? Long.valueOf(moneyCents[i][0])
                        : id.equals(IndexUnit.NET_BENEFIT) ? Long.valueOf(moneyCents[i][1]) : null;
                indicators.add(MartRow.of(Marts.POTENTIAL_INDICATORS)
                        .set(muni)
                        .set("service_code", iu.serviceCode())
                        .set("indicator_id", id)
                        .set("indicator_name_fi", label.fi())
                        .set("indicator_name_en", label.en())
                        .set("indicator_name_sv", label.sv())
                        .set("raw_value", scores.denominated().value(id, i))
                        .set("raw_cents", cents)
                        .set("normalised", scores.normalised().value(id, i))
                        .set("weight", weights[k])
                        .set("normalisation", engine.normalisationLabel()));
            }
            Service service = ref.service(iu.serviceCode());
            String legalBasis = iu.legal() ? ACT_306 + (service.legalBasis() == null ? "" : "; " + service.legalBasis())
                    : null;
            index.add(MartRow.of(Marts.POTENTIAL_INDEX)
                    .set(muni)
                    .set(ref.serviceColumns(iu.serviceCode()))
                    .set("index_value", indexValues[i])
                    .set("rank", (int) rank[i])
                    .set("legal_obligation", iu.legal())
                    .set("legal_basis", legalBasis)
                    .set("priority_rank", priority[i])
                    .set("mc_median_rank", mc.get(i).medianRank())
                    .set("mc_rank_p05", mc.get(i).rankLow())
                    .set("mc_rank_p95", mc.get(i).rankHigh())
                    .set("aggregation", engine.aggregationLabel())
                    .set("normalisation", engine.normalisationLabel())
                    .set("mc_runs", engine.runs())
                    .set("mc_seed", engine.seed()));
            Unit u = units.get(i);
            ranking.add(new PotentialRanking.Entry(iu.municipalityCode(), iu.serviceCode(), indexValues[i],
                    priority[i], u.solution(), u.sharedOneOffCents(), service.identificationRequired()));
        }
        ranking.sort(Comparator.comparingInt(PotentialRanking.Entry::priorityRank));
        ctx.share(PotentialRanking.class, new PotentialRanking(List.copyOf(ranking)));
        return List.of(MartTable.of(Marts.POTENTIAL_INDICATORS, indicators),
                MartTable.of(Marts.POTENTIAL_INDEX, index), IndexMarts.method(engine),
                IndexMarts.sensitivity(engine, indexUnits, sensitivity));
    }

    /**
     * The money indicators in exact cents, from the same rounded figures as {@code potential_savings}: the saving
     * per transaction rounded to the cent, and the shared net benefit over the horizon as published there.
     */
    static long[] moneyIndicatorCents(Unit u) {
        return new long[] {Math.round(u.saving().savingPerTransactionCents()), u.shared().netBenefitCents()};
    }

    /** Legal obligations first (when configured), then by index; 1 = first. */
    static int[] priorityRanks(List<IndexUnit> units, double[] index, boolean legalFirst) {
        Integer[] order = new Integer[units.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byIndex = Comparator.<Integer>comparingDouble(i -> -index[i]).thenComparingInt(i -> i);
        Arrays.sort(order, legalFirst ? Comparator.<Integer, Boolean>comparing(i -> !units.get(i).legal()).thenComparing(byIndex)
                : byIndex);
        int[] ranks = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
