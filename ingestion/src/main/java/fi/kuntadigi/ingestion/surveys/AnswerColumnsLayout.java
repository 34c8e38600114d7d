package fi.kuntadigi.ingestion.surveys;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.load.ColumnPositions;
import fi.kuntadigi.ingestion.load.InputName;
import fi.kuntadigi.ingestion.load.RecordLayout;
import fi.kuntadigi.ingestion.source.HeaderMapping;
import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.operations.UnusableInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Webropol export is wide: one row per respondent and one column per question. This layout
 * turns it into one row per answer. Question columns are those the mapping file maps to a
 * question id; the survey id comes from the file name ({@code residents_2021.xlsx}).
 */
public final class AnswerColumnsLayout implements RecordLayout {

    private static final long serialVersionUID = 1L;
    private static final List<String> RESPONDENT_COLUMNS =
            List.of("respondent_id", "municipality_code", "responded_on", "age_band", "respondent_group", "synthetic");

    @Override
    public Bound bind(DatasetSchema schema, InputName file, List<String> header, HeaderMapping mapping) {
        String surveyId = surveyId(schema, file);
        Map<String, Integer> positions = ColumnPositions.of(schema, file, header, mapping);
        List<String> missing = RESPONDENT_COLUMNS.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ColumnPositions.missing(file, header, mapping, schema, missing);
        }
        List<Integer> questionPositions = new ArrayList<>();
        List<String> questionIds = new ArrayList<>();
        for (int p = 0; p < header.size(); p++) {
            String h = header.get(p);
            String mapped = mapping.canonical(h).orElse(null);
            if (mapped != null && mapped.equals(HeaderMapping.IGNORE)) {
                continue;
            }
            if (mapped != null && schema.indexOf(mapped) < 0) {
                questionPositions.add(p);
                questionIds.add(mapped);
            } else if (!h.isBlank() && !positions.containsValue(p)) {
                throw new UnusableInputException(file.display() + ": column '" + h + "' is neither a respondent field nor"
                        + " mapped to a question id; map it in " + mappingName(schema, mapping) + " (or write '"
                        + HeaderMapping.IGNORE + "' as its value to skip it), so no answer is dropped unnoticed");
            }
        }
        if (questionIds.isEmpty()) {
            throw new UnusableInputException(file.display() + ": no question columns found; map each question's header to its"
                    + " question_id in " + mappingName(schema, mapping));
        }
        int[] respondent = RESPONDENT_COLUMNS.stream().mapToInt(positions::get).toArray();
        return new Answers(schema.columns().size(), surveyId, respondent,
                questionPositions.stream().mapToInt(Integer::intValue).toArray(), questionIds.toArray(String[]::new),
                header.size(), schemaPositions(schema), schema.indexOf("question_id"), schema.indexOf("answer"));
    }

    private static String mappingName(DatasetSchema schema, HeaderMapping mapping) {
        return mapping.file() == null ? "mappings/" + schema.name() + ".properties" : mapping.file();
    }

    private static int[] schemaPositions(DatasetSchema schema) {
        return RESPONDENT_COLUMNS.stream().mapToInt(schema::indexOf).toArray();
    }

    private static String surveyId(DatasetSchema schema, InputName file) {
        List<String> surveys = schema.column("survey_id").orElseThrow().allowed();
        return surveys.stream().filter(s -> file.baseName().startsWith(s)).findFirst()
                .orElseThrow(() -> new UnusableInputException(file.display() + ": the file name must start with the survey id ("
                        + String.join(" or ", surveys) + "), e.g. " + surveys.get(0) + ".xlsx; rename the file"));
    }

    /** One row per non-empty answer cell; a respondent with no answers yields one row that is rejected. */
    private record Answers(int width, String surveyId, int[] respondent, int[] questions, String[] questionIds,
                           int headerSize, int[] respondentTargets, int questionTarget, int answerTarget) implements Bound {

        @Override
        public List<String[]> expand(RawRecord record) {
            List<String[]> rows = new ArrayList<>(questions.length);
            for (int q = 0; q < questions.length; q++) {
                String answer = record.field(questions[q]);
                if (!answer.isBlank()) {
                    rows.add(row(record, questionIds[q], answer));
                }
            }
            if (rows.isEmpty()) {
                rows.add(row(record, questionIds[0], ""));
            }
            return rows;
        }

        private String[] row(RawRecord record, String questionId, String answer) {
            String[] texts = new String[width];
            texts[0] = surveyId;
            for (int i = 0; i < respondent.length; i++) {
                texts[respondentTargets[i]] = record.field(respondent[i]);
            }
            texts[questionTarget] = questionId;
            texts[answerTarget] = answer;
            return texts;
        }
    }
}
