package fi.kuntadigi.analytics.costs;

import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.Labels.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares every stated total of the project documents with the sum of its parts and reports each
 * difference as a data-quality finding (the figures are kept as written, never corrected silently):
 * category totals vs their items, a document's total costs vs its categories, the participants' share
 * vs the funding split table, and the total funding vs grant + participants' share.
 */
public final class ConsistencyChecks {

    private ConsistencyChecks() {
    }

    public static List<Finding> run(List<CostLine> lines, List<StatedTotal> totals, List<StatedShare> split) {
        List<Finding> out = new ArrayList<>();
        categoryItems(lines, out);
        documentTotals(lines, totals, out);
        stated(totals, "application_2019", "participants_share").ifPresent(stated -> {
            long sum = split.stream().mapToLong(StatedShare::statedCents).sum();
            add(out, "application_2019", "participants_share_vs_split", stated, sum,
                    new Label("Kuntakohtaiset rahoitusosuudet", "The municipalities' funding shares",
                            "Kommunernas finansieringsandelar"),
                    new Label("osallistujien yhteinen rahoitusosuus", "the participants' joint funding share",
                            "deltagarnas gemensamma finansieringsandel"));
        });
        Optional<Long> grant = stated(totals, "application_2019", "state_grant");
        Optional<Long> share = stated(totals, "application_2019", "participants_share");
        stated(totals, "application_2019", "total_funding").ifPresent(funding -> {
            if (grant.isPresent() && share.isPresent()) {
                add(out, "application_2019", "total_funding_vs_parts", funding, grant.get() + share.get(),
                        new Label("Valtionavustus ja osallistujien osuus", "The state grant and the participants' share",
                                "Statsunderstödet och deltagarnas andel"),
                        new Label("rahoitus yhteensä", "the total funding", "finansieringen sammanlagt"));
            }
        });
        return out;
    }

    private static void categoryItems(List<CostLine> lines, List<Finding> out) {
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (CostLine l : lines) {
            long[] s = sums.computeIfAbsent(List.of(l.document(), l.kind(), l.category()), k -> new long[] {-1, 0, 0});
            if (l.item() == null) {
                s[0] = l.amountCents();
            } else {
                s[1] += l.amountCents();
                s[2]++;
            }
        }
        sums.forEach((key, s) -> {
            if (s[0] >= 0 && s[2] > 0) {
                Label category = Labels.costCategory(key.get(2));
                add(out, key.get(0), key.get(2) + "_items_vs_total", s[0], s[1],
                        new Label("Kohdan erittelyt", "The items of the category", "Postens specifikationer"),
                        new Label("kohta " + category.fi(), "category " + category.en(), "posten " + category.sv()));
            }
        });
    }

    private static void documentTotals(List<CostLine> lines, List<StatedTotal> totals, List<Finding> out) {
        for (StatedTotal t : totals) {
            if (!t.totalId().equals("total_costs")) {
                continue;
            }
            long sum = lines.stream().filter(l -> l.document().equals(t.document()) && l.item() == null)
                    .mapToLong(CostLine::amountCents).sum();
            add(out, t.document(), "total_costs_vs_categories", t.amountCents(), sum,
                    new Label("Kustannuslajit", "The cost categories", "Kostnadsslagen"),
                    new Label("kustannukset yhteensä", "the total costs", "kostnaderna sammanlagt"));
        }
    }

    private static Optional<Long> stated(List<StatedTotal> totals, String document, String id) {
        return totals.stream().filter(t -> t.document().equals(document) && t.totalId().equals(id))
                .map(StatedTotal::amountCents).findFirst();
    }

    /** A finding when the parts' sum differs from the stated total; Swedish amounts are written as the Finnish. */
    private static void add(List<Finding> out, String document, String check, long stated, long computed,
                            Label parts, Label total) {
        if (stated == computed) {
            return;
        }
        long diff = computed - stated;
        String fi = parts.fi() + " ovat yhteensä " + Money.fi(computed) + ", mutta asiakirjassa " + total.fi() + " on "
                + Money.fi(stated) + " (erotus " + Money.fi(diff) + "). Luvut säilytetään kirjoitetussa muodossa.";
        String en = parts.en() + " add up to " + Money.en(computed) + ", but the document states " + total.en() + " as "
                + Money.en(stated) + " (difference " + Money.en(diff) + "). The figures are kept as written.";
        String sv = parts.sv() + " uppgår sammanlagt till " + Money.fi(computed) + ", men i dokumentet anges "
                + total.sv() + " till " + Money.fi(stated) + " (skillnad " + Money.fi(diff)
                + "). Siffrorna behålls såsom de skrivits.";
        out.add(new Finding(document + ":" + check, document, check, stated, computed, "warning", fi, en, sv));
    }
}
