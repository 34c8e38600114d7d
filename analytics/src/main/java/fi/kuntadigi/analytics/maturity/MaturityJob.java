package fi.kuntadigi.analytics.maturity;

import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.analytics.common.Rows;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/** Maturity marts: levels per dimension with gaps, and the index per sector and round with its change. */
public final class MaturityJob implements MartJob {

    @Override
    public String feature() {
        return "maturity";
    }

    @Override
    public Set<Class<?>> shares() {
        return Set.of(SectorMaturity.class);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        Map<String, Dimension> model = new LinkedHashMap<>();
        for (Row r : ctx.inputs().collect(Datasets.MATURITY_MODEL)) {
            model.put(r.getAs("dimension_id"), new Dimension(r.getAs("model_id"), r.getAs("dimension_id"),
                    r.getAs("name_fi"), r.getAs("name_en"), r.<Double>getAs("weight"), r.<Integer>getAs("levels")));
        }
        List<MaturityScore> scores = ctx.inputs().collect(Datasets.MATURITY_SCORES).stream()
                .map(r -> new MaturityScore(r.getAs("round_id"), (LocalDate) r.getAs("assessed_on"),
                        r.getAs("municipality_code"), r.getAs("sector"), r.getAs("dimension_id"),
                        r.<Double>getAs("level"), r.getAs("target_level")))
                .toList();
        List<MaturityIndexRow> index = MaturityIndex.compute(scores, model);
        ctx.share(SectorMaturity.class, new SectorMaturity(MaturityIndex.latest(index, scores)));
        ReferenceData ref = ctx.reference();
        List<Object[]> dims = new ArrayList<>();
        for (MaturityScore s : scores) {
            Dimension d = model.get(s.dimensionId());
            Labels.Label sector = Labels.sector(s.sector());
            dims.add(Rows.concat(ref.municipalityColumns(s.municipalityCode()), s.roundId(), s.assessedOn(), s.sector(),
                    sector.fi(), sector.en(), d.modelId(), d.id(), d.nameFi(), d.nameEn(), d.weight(), s.level(),
                    s.targetLevel(), s.targetLevel() == null ? null : Math.max(0, s.targetLevel() - s.level())));
        }
        List<Object[]> rows = new ArrayList<>();
        for (MaturityIndexRow r : index) {
            Labels.Label sector = Labels.sector(r.sector());
            rows.add(Rows.concat(ref.municipalityColumns(r.municipalityCode()), r.roundId(), r.sector(), sector.fi(),
                    sector.en(), r.weightedLevel(), r.index(), r.targetLevel(), r.targetIndex(), r.gapToTarget(),
                    r.changeFromStart()));
        }
        return List.of(MartTable.of(Marts.MATURITY_DIMENSION, dims),
                MartTable.of(Marts.MATURITY_INDEX, rows));
    }

}
