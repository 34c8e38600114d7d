package fi.kuntadigi.analytics.maturity;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.index.method.MethodFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maturity marts: levels per dimension with gaps, and the index per sector and round with its change. */
public final class MaturityJob implements MartJob {

    @Override
    public String feature() {
        return "maturity";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.MATURITY_MODEL, Datasets.MATURITY_SCORES);
    }

    @Override
    public Set<Class<?>> shares() {
        return Set.of(SectorMaturity.class);
    }

    @Override
    public void check(AnalyticsConfig config) {
        MethodFile.read(config.index().maturityMethod());
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        Map<String, Dimension> model = new LinkedHashMap<>();
        Map<String, String> dimensionSv = new HashMap<>();
        for (DatasetRow r : ctx.collect(Datasets.MATURITY_MODEL)) {
            dimensionSv.put(r.string("dimension_id"), Swedish.or(r.string("name_sv"), r.string("name_fi")));
            model.put(r.string("dimension_id"), new Dimension(r.string("model_id"), r.string("dimension_id"),
                    r.string("name_fi"), r.string("name_en"), r.doubleValue("weight"), r.integer("levels")));
        }
        List<MaturityScore> scores = ctx.collect(Datasets.MATURITY_SCORES).stream()
                .map(r -> new MaturityScore(r.string("round_id"), r.date("assessed_on"),
                        r.string("municipality_code"), r.string("sector"), r.string("dimension_id"),
                        r.doubleValue("level"), r.doubleValue("target_level")))
                .toList();
        List<MaturityIndexRow> index = MaturityIndex.compute(scores, model, MethodFile.read(ctx.config().index().maturityMethod()));
        ctx.share(SectorMaturity.class, new SectorMaturity(MaturityIndex.latest(index, scores)));
        ReferenceData ref = ctx.reference();
        List<MartRow> dims = new ArrayList<>();
        for (MaturityScore s : scores) {
            Dimension d = model.get(s.dimensionId());
            Labels.Label sector = Labels.sector(s.sector());
            dims.add(MartRow.of(Marts.MATURITY_DIMENSION)
                    .set(ref.municipalityColumns(s.municipalityCode()))
                    .set("round_id", s.roundId())
                    .set("assessed_on", s.assessedOn())
                    .set("sector", s.sector())
                    .set("sector_name_fi", sector.fi())
                    .set("sector_name_en", sector.en())
                    .set("sector_name_sv", sector.sv())
                    .set("model_id", d.modelId())
                    .set("dimension_id", d.id())
                    .set("dimension_name_fi", d.nameFi())
                    .set("dimension_name_en", d.nameEn())
                    .set("dimension_name_sv", dimensionSv.get(d.id()))
                    .set("weight", d.weight())
                    .set("level", s.level())
                    .set("target_level", s.targetLevel())
                    .set("gap", s.targetLevel() == null ? null : Math.max(0, s.targetLevel() - s.level())));
        }
        List<MartRow> rows = new ArrayList<>();
        for (MaturityIndexRow r : index) {
            Labels.Label sector = Labels.sector(r.sector());
            rows.add(MartRow.of(Marts.MATURITY_INDEX)
                    .set(ref.municipalityColumns(r.municipalityCode()))
                    .set("round_id", r.roundId())
                    .set("sector", r.sector())
                    .set("sector_name_fi", sector.fi())
                    .set("sector_name_en", sector.en())
                    .set("sector_name_sv", sector.sv())
                    .set("weighted_level", r.weightedLevel())
                    .set("index_value", r.index())
                    .set("target_level", r.targetLevel())
                    .set("target_index", r.targetIndex())
                    .set("gap_to_target", r.gapToTarget())
                    .set("change_from_start", r.changeFromStart()));
        }
        return List.of(MartTable.of(Marts.MATURITY_DIMENSION, dims),
                MartTable.of(Marts.MATURITY_INDEX, rows));
    }

}
