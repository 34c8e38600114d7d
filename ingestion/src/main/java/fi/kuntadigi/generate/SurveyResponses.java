package fi.kuntadigi.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes {@code survey_responses/} as wide Webropol-style XLSX files, one per survey, one row per
 * respondent and one column per question (headed by its Finnish text), with
 * {@code mappings/survey_responses.properties}. {@code residents_2021}: March 2021, 1.5-2.5 % of the
 * inhabitants in municipalities of 2 000 or more, 0.8-1.2 % in smaller ones, ages following the
 * municipality's age structure with fewer of the oldest answering online. {@code roadmap_2021}: staff
 * (4 + 1 per 1 000 inhabitants) and elected officials (3 + 1 per 5 000) in late summer 2021. Every answer
 * cell is left empty (not answered) with a chance of 4 %. All rows are synthetic.
 */
final class SurveyResponses {

    static final String RESIDENTS = "residents_2021";
    static final String ROADMAP = "roadmap_2021";
    static final List<String> FIXED_HEADERS =
            List.of("Vastaajan tunnus", "Kunta", "Vastauspäivä", "Ikäryhmä", "Vastaajaryhmä", "synthetic");
    static final List<String> FIXED_COLUMNS = List.of("respondent_id", "municipality_code", "responded_on",
            "age_band", "respondent_group", "synthetic");
    private static final double SKIP_CHANCE = 0.04;
    private static final double[] ONLINE_BIAS = {0, 0.8, 1.2, 1.2, 1.0, 0.5};
    private static final double[] STAFF_AGES = {0, 0.12, 0.30, 0.48, 0.10, 0};
    private static final double[] OFFICIAL_AGES = {0, 0.05, 0.20, 0.45, 0.22, 0.08};
    private static final DateWindow RESIDENTS_WINDOW =
            new DateWindow(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
    private static final DateWindow ROADMAP_WINDOW =
            new DateWindow(LocalDate.of(2021, 8, 23), LocalDate.of(2021, 9, 17));

    private SurveyResponses() {
    }

    static void write(Path datasetsDir, List<Municipality> participants, PopulationTable population, long seed) {
        List<SurveyQuestion> questions = SurveyQuestion.load();
        SplittableRandom residentsRandom = Seeds.random(seed, "survey", RESIDENTS);
        List<Respondent> residents = new ArrayList<>();
        for (Municipality m : participants) {
            int inhabitants = population.population(m.code(), RESIDENTS_WINDOW.start().getYear());
            double rate = inhabitants >= 2_000 ? 0.015 + 0.010 * residentsRandom.nextDouble()
                    : 0.008 + 0.004 * residentsRandom.nextDouble();
            long[] bands = AgeBands.split(inhabitants, inhabitants, RESIDENTS_WINDOW.start().getYear());
            double[] weights = new double[bands.length];
            for (int i = 0; i < bands.length; i++) {
                weights[i] = bands[i] * ONLINE_BIAS[i];
            }
            sample(residents, "R21-", m, "resident", (int) Math.round(inhabitants * rate), weights,
                    RESIDENTS_WINDOW, residentsRandom);
        }
        SplittableRandom roadmapRandom = Seeds.random(seed, "survey", ROADMAP);
        List<Respondent> roadmap = new ArrayList<>();
        for (Municipality m : participants) {
            int inhabitants = population.population(m.code(), ROADMAP_WINDOW.start().getYear());
            sample(roadmap, "T21-", m, "staff", 4 + Math.round(inhabitants / 1000f), STAFF_AGES, ROADMAP_WINDOW,
                    roadmapRandom);
            sample(roadmap, "T21-", m, "official", 3 + inhabitants / 5000, OFFICIAL_AGES, ROADMAP_WINDOW,
                    roadmapRandom);
        }
        Path folder = datasetsDir.resolve("survey_responses");
        writeWide(folder.resolve(RESIDENTS + ".xlsx"), of(questions, RESIDENTS), residents, residentsRandom);
        writeWide(folder.resolve(ROADMAP + ".xlsx"), of(questions, ROADMAP), roadmap, roadmapRandom);
        writeMapping(datasetsDir, questions);
    }

    private static void sample(List<Respondent> into, String prefix, Municipality m, String group, int count,
                               double[] ageWeights, DateWindow window, SplittableRandom random) {
        for (int i = 0; i < count; i++) {
            String id = String.format("%s%04d", prefix, into.size() + 1);
            String band = AgeBands.BANDS.get(weightedIndex(ageWeights, random));
            into.add(new Respondent(id, m, window.randomDay(random), band, group));
        }
    }

    private static void writeWide(Path file, List<SurveyQuestion> questions, List<Respondent> respondents,
                                  SplittableRandom random) {
        List<String> header = Stream.concat(FIXED_HEADERS.stream(), questions.stream().map(SurveyQuestion::textFi))
                .toList();
        try (XlsxTable xlsx = XlsxTable.create(file, "Vastaukset", header)) {
            for (Respondent r : respondents) {
                Object[] row = new Object[header.size()];
                row[0] = r.id();
                row[1] = r.municipality().nameFi();
                row[2] = CsvDialect.FINNISH_EXPORT.date(r.respondedOn());
                row[3] = r.ageBand();
                row[4] = r.group();
                row[5] = "true";
                for (int q = 0; q < questions.size(); q++) {
                    int answer = questions.get(q).answer(r.ageStep(), random);
                    row[FIXED_HEADERS.size() + q] = random.nextDouble() < SKIP_CHANCE ? null : answer;
                }
                xlsx.row(row);
            }
        }
    }

    private static void writeMapping(Path datasetsDir, List<SurveyQuestion> questions) {
        List<MappingFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < FIXED_HEADERS.size() - 1; i++) {
            entries.add(new MappingFile.Entry(FIXED_HEADERS.get(i), FIXED_COLUMNS.get(i)));
        }
        for (SurveyQuestion q : questions) {
            entries.add(new MappingFile.Entry(q.textFi(), q.questionId()));
        }
        MappingFile.write(datasetsDir, "survey_responses", """
                Webropol wide exports (datasets/survey_responses/<survey_id>*.xlsx): one row per respondent.
                Fixed headers map to canonical columns; each question text maps to its question_id.
                The column 'synthetic' already has its canonical name.""", entries);
    }

    private static List<SurveyQuestion> of(List<SurveyQuestion> questions, String surveyId) {
        return questions.stream().filter(q -> q.surveyId().equals(surveyId)).toList();
    }

    static int weightedIndex(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
