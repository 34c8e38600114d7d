package fi.kuntadigi.generate;

import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code eform_submissions/}: monthly submissions of the Webropol e-forms from the first full pilot
 * month to the end of the project (November 2021). Kankaanpää digitised "almost 10" forms (9 here),
 * Jämijärvi and Pomarkku were active users (4 each), use stayed small in Karvia and Siikainen (1 form,
 * about one submission a month). Forms marked identified use Suomi.fi identification (about 90 % of
 * their submissions identified), paid forms take online payment via Paytrail (about 85 % paid online).
 * The individual rows are synthetic.
 */
final class EformSubmissions {

    /**
     * A form of the pilot catalogue.
     *
     * @param key        short key, combined with the municipality code into the form id
     * @param nameFi     form name in Finnish
     * @param identified whether it uses Suomi.fi identification
     * @param paid       whether it takes online payment
     * @param monthlyPer1000 mean submissions a month per 1 000 inhabitants (assumption)
     */
    record Form(String key, String nameFi, boolean identified, boolean paid, double monthlyPer1000) {
    }

    static final List<Form> CATALOGUE = List.of(
            new Form("digituki", "Digitukipäivän ajanvaraus", false, false, 0.4),
            new Form("tilavaraus", "Tilavaraushakemus", false, false, 0.8),
            new Form("koulukuljetus", "Koulukuljetushakemus", true, false, 0.5),
            new Form("avustus", "Avustushakemus yhdistyksille", true, false, 0.2),
            new Form("liikuntavuoro", "Liikuntavuorohakemus", false, false, 0.4),
            new Form("kesatyoseteli", "Kesätyösetelihakemus", true, false, 0.3),
            new Form("kurssi", "Kurssi-ilmoittautuminen", false, true, 1.0),
            new Form("palaute", "Palautelomake", false, false, 0.6),
            new Form("tapahtuma", "Tapahtumailmoittautuminen", false, true, 0.7));
    static final Map<String, Integer> FORMS = Map.of("214", 9, "181", 4, "608", 4, "230", 1, "747", 1);
    static final Map<String, Double> USE_FACTOR = Map.of("214", 1.0, "181", 1.0, "608", 1.0, "230", 0.3, "747", 0.3);
    static final YearMonth LAST_MONTH = YearMonth.of(2021, 11);

    private EformSubmissions() {
    }

    static void write(Path datasetsDir, PopulationTable population, long seed) {
        YearMonth first = YearMonth.from(DateWindow.ofPilot("eforms").start()).plusMonths(1);
        CsvDialect dialect = CsvDialect.CANONICAL;
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.EFORM_SUBMISSIONS, "eform_submissions.csv")) {
            for (String code : FORMS.keySet().stream().sorted().toList()) {
                SplittableRandom random = Seeds.random(seed, "eforms", code);
                double thousands = population.population(code, first.getYear()) / 1000.0;
                for (Form form : CATALOGUE.subList(0, FORMS.get(code))) {
                    for (YearMonth month = first; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
                        int submissions = (int) Draws.poisson(random,
                                Math.max(1, form.monthlyPer1000() * thousands) * USE_FACTOR.get(code));
                        csv.row(code, code + "-" + form.key(), form.nameFi(), dialect.date(month.atDay(1)),
                                Integer.toString(submissions),
                                Integer.toString(form.identified() ? binomial(submissions, 0.9, random) : 0),
                                Integer.toString(form.paid() ? binomial(submissions, 0.85, random) : 0), "true");
                    }
                }
            }
        }
    }

    private static int binomial(int trials, double p, SplittableRandom random) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }
}
