// Digital potential deep dive: index, uncertainty of the rank, what drives it, alone vs shared, other weights,
// which assumption drives the rank's uncertainty (Sobol).
// Headless: bin/notebooks digital-potential     Interactive: see notebooks-java/README.md
import fi.kuntadigi.notebooks.*;
import tech.tablesaw.api.*;
import java.util.*;

var nb = Notebook.open("digital-potential", "Digitalisaatiopotentiaali / Digital potential");

// The top of the index with the Monte Carlo rank band (5th-95th percentile).
var index = nb.marts().query("""
        SELECT rank, municipality_code, municipality_name_fi, service_code, service_name_fi, sector,
               round(index_value, 2) AS index_value, priority_rank, legal_obligation,
               mc_median_rank, mc_rank_p05, mc_rank_p95, mc_rank_p95 - mc_rank_p05 AS rank_band
        FROM {potential_index} ORDER BY rank""");
System.out.println(index.first(15).print());
nb.report().csv("index", index);
var top = index.first(20);
top.addColumns(top.stringColumn("municipality_code").join(" ", top.stringColumn("service_code")).setName("label"));
nb.report().text("Indeksin 20 kärki ja sijan epävarmuus (Monte Carlo, 5.–95. persentiili) / Top 20 and the rank's uncertainty.");
nb.report().chart(Chart.of("Indeksi / Index 0-100", "bar", top, "label", "index_value"));
nb.report().chart(Chart.of("Sija ja sen vaihteluväli / Rank band", "line", top, "label", "mc_rank_p05", "mc_median_rank", "mc_rank_p95"));

// What drives the index: contribution = weight x normalised x 100, summed over the region.
var contributions = nb.marts().query("""
        SELECT indicator_id, any_value(indicator_name_fi) AS indicator_name_fi, any_value(weight) AS weight,
               round(avg(normalised * weight * 100), 3) AS mean_contribution
        FROM {potential_indicators} GROUP BY indicator_id ORDER BY mean_contribution DESC""");
nb.report().csv("indicator_contributions", contributions);
nb.report().chart(Chart.of("Osoittimien keskimääräinen osuus indeksistä / Mean contribution of each indicator", "bar", contributions, "indicator_id", "mean_contribution"));

// Alone vs shared: where sharing the solution turns a loss into a gain (what makes it pay off for the small ones).
var sharing = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, service_code, solution_id,
               net_benefit_alone_cents / 100.0 AS net_benefit_alone_eur,
               net_benefit_shared_cents / 100.0 AS net_benefit_shared_eur,
               payback_years_alone, payback_years_shared, sharing_turns_positive
        FROM {potential_savings} ORDER BY net_benefit_shared_cents DESC""");
nb.report().csv("alone_vs_shared", sharing);
var turns = sharing.where(sharing.booleanColumn("sharing_turns_positive").isTrue());
turns.addColumns(turns.stringColumn("municipality_code").join(" ", turns.stringColumn("service_code")).setName("label"));
nb.report().chart(Chart.of("Yksin vs. yhdessä: yhteishankinta kääntää plussalle / Sharing turns positive", "bar", turns, "label", "net_benefit_alone_eur", "net_benefit_shared_eur"));

// The application's claim of 1-2 person-years saved per municipality.
var claim = nb.marts().query("""
        SELECT municipality_code, municipality_name_fi, population, round(saved_person_years, 3) AS saved_person_years,
               claim_min_person_years, claim_max_person_years, verdict FROM {potential_claim_check} ORDER BY municipality_code""");
System.out.println(claim.print());
nb.report().csv("claim_check", claim);
nb.report().chart(Chart.of("Säästetyt henkilötyövuodet / Person-years saved a year", "bar", claim, "municipality_name_fi", "saved_person_years", "claim_min_person_years"));

// Sensitivity: the same index with equal weights; how far does each service move? Recomputed by the
// composite-indicator engine with the method analyze published (potential_method: aggregation, floor, scale, ties).
var reweighting = Reweighting.published(nb.marts());
var configured = reweighting.index(reweighting.configured());
var equal = reweighting.index(reweighting.equal());
equal.column("index_value").setName("equal_index_value");
equal.column("rank").setName("equal_rank");
configured.column("index_value").setName("configured_index_value");
configured.column("rank").setName("configured_rank");
var sensitivity = configured.joinOn("municipality_code", "service_code").inner(equal);
sensitivity.addColumns(sensitivity.intColumn("equal_rank").subtract(sensitivity.intColumn("configured_rank")).setName("rank_shift"));
sensitivity = sensitivity.sortAscendingOn("configured_rank");
nb.report().csv("weights_sensitivity", sensitivity);
var firstTwenty = sensitivity.first(20);
firstTwenty.addColumns(firstTwenty.stringColumn("municipality_code").join(" ", firstTwenty.stringColumn("service_code")).setName("label"));
nb.report().chart(Chart.of("Sija: määritetyt vs. yhtäsuuret painot / Rank: configured vs equal weights", "bar", firstTwenty, "label", "configured_rank", "equal_rank"));

// Which assumption drives the rank's uncertainty: the Sobol indices analyze computed with the composite-indicator
// engine (potential_sensitivity) over the assumptions its method varies (each weight, the two unit costs, the
// aggregation). First order = the share of the variance an assumption explains alone; total = with interactions.
var shift = nb.marts().query("""
        SELECT factor, round(first_order, 3) AS first_order, round(first_order_low, 3) AS first_order_low,
               round(first_order_high, 3) AS first_order_high, round(total_effect, 3) AS total_effect,
               round(total_effect_low, 3) AS total_effect_low, round(total_effect_high, 3) AS total_effect_high
        FROM {potential_sensitivity} WHERE output = 'mean_rank_shift' ORDER BY total_effect DESC, factor""");
System.out.println(shift.print());
nb.report().text("Mistä sijoitusten keskimääräinen muutos riippuu (Sobol) / What the mean rank shift depends on (Sobol indices, 95 % bootstrap intervals).");
nb.report().csv("sensitivity_mean_rank_shift", shift);
nb.report().chart(Chart.of("Keskimääräinen sijoituksen muutos: Sobolin indeksit / Mean rank shift: Sobol indices", "bar", shift, "factor", "first_order", "total_effect"));
// Each service's strongest assumption (largest total effect), and how many services' ranks each assumption drives.
var drivers = nb.marts().query("""
        WITH ranked AS (
          SELECT *, row_number() OVER (PARTITION BY municipality_code, service_code
                                       ORDER BY total_effect DESC, first_order DESC, factor) AS k
          FROM {potential_sensitivity} WHERE output = 'rank')
        SELECT i.rank, d.municipality_code, i.municipality_name_fi, d.service_code, i.service_name_fi,
               i.mc_rank_p05, i.mc_rank_p95, d.factor AS driver, round(d.first_order, 3) AS first_order,
               round(d.total_effect, 3) AS total_effect
        FROM ranked d JOIN {potential_index} i USING (municipality_code, service_code)
        WHERE d.k = 1 ORDER BY i.rank""");
nb.report().csv("sensitivity_drivers", drivers);
var byDriver = nb.marts().query("""
        WITH ranked AS (
          SELECT *, row_number() OVER (PARTITION BY municipality_code, service_code
                                       ORDER BY total_effect DESC, first_order DESC, factor) AS k
          FROM {potential_sensitivity} WHERE output = 'rank')
        SELECT factor AS driver, count(*) AS services FROM ranked WHERE k = 1 AND total_effect > 0
        GROUP BY factor ORDER BY services DESC, driver""");
System.out.println(byDriver.print());
nb.report().csv("sensitivity_services_by_driver", byDriver);
nb.report().chart(Chart.of("Palveluita, joiden sijoitus riippuu eniten oletuksesta / Services whose rank depends most on each assumption", "bar", byDriver, "driver", "services"));

System.out.println("wrote " + nb.report().write());
