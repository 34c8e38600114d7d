package fi.kuntadigi.analytics.pilots;

import fi.kuntadigi.analytics.common.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * E-form pilot per municipality: forms with at least one submission, months reported, submissions per
 * month, and the shares identified through Suomi.fi and paid online.
 */
public final class EformMetrics {

    /** One municipality's figures. */
    public record Result(String municipalityCode, int formsInUse, int months, long submissions, long identified,
                         long paid) {
        public double perMonth() {
            return months == 0 ? 0 : (double) submissions / months;
        }

        public Double identifiedShare() {
            return Stats.ratio(identified, submissions);
        }

        public Double paidShare() {
            return Stats.ratio(paid, submissions);
        }
    }

    private EformMetrics() {
    }

    public static List<Result> compute(List<EformMonth> rows) {
        Map<String, List<EformMonth>> by = new TreeMap<>();
        rows.forEach(r -> by.computeIfAbsent(r.municipalityCode(), k -> new ArrayList<>()).add(r));
        List<Result> out = new ArrayList<>();
        by.forEach((code, list) -> {
            Set<String> forms = new HashSet<>();
            Set<LocalDate> months = new HashSet<>();
            long sub = 0;
            long id = 0;
            long paid = 0;
            for (EformMonth m : list) {
                months.add(m.month());
                if (m.submissions() > 0) {
                    forms.add(m.formId());
                }
                sub += m.submissions();
                id += m.identified();
                paid += m.paid();
            }
            out.add(new Result(code, forms.size(), months.size(), sub, id, paid));
        });
        return out;
    }
}
