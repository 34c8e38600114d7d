package fi.kuntadigi.analytics.potential;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fi.kuntadigi.analytics.reference.Channel;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Service;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one scan of the transactions (the large dataset): one group-by to municipality x service x year
 * x channel carrying numbers only, cached; the small reference tables are broadcast-joined afterwards
 * for unit costs, labels and the merger rule, and the service-year mart is rolled up from the cached
 * result, not from the raw rows. Missing
 * handling minutes are estimated as transactions x the service's default minutes on non-digital
 * channels (0 on digital ones).
 */
public final class TransactionAggregation {

    /** The two marts and the base-year figures collected for the savings and the index. */
    public record Result(MartTable channelYear, MartTable serviceYear, List<ServiceYear> baseYear) {
    }

    private TransactionAggregation() {
    }

    public static Result run(AnalysisContext ctx, int baseYear) {
        SparkSession spark = ctx.spark();
        ReferenceData ref = ctx.reference();
        Dataset<Row> channels = channels(spark, ref);
        Dataset<Row> services = services(spark, ref);
        Dataset<Row> municipalities = municipalities(spark, ref);
        // numeric only: the one shuffle of the large input carries no label strings
        Dataset<Row> costed = ctx.inputs().read(Datasets.TRANSACTIONS)
                .groupBy("municipality_code", "service_code", "year", "channel_code").agg(
                        sum("transactions").as("transactions"),
                        sum("handling_minutes").as("known_minutes"),
                        sum(when(col("handling_minutes").isNull(), col("transactions")).otherwise(lit(0L)))
                                .as("tx_without_minutes"),
                        max("synthetic").as("synthetic"))
                .join(broadcast(channels.select("channel_code", "digital", "unit_cost_cents")), "channel_code")
                .join(broadcast(services.select("service_code", "default_minutes")), "service_code")
                .withColumn("handling_minutes", coalesce(col("known_minutes"), lit(0.0))
                        .plus(when(col("digital"), lit(0.0))
                                .otherwise(col("tx_without_minutes").multiply(col("default_minutes")))))
                .withColumn("cost_cents", col("transactions").multiply(col("unit_cost_cents")))
                .select("municipality_code", "service_code", "year", "channel_code", "digital", "transactions",
                        "handling_minutes", "unit_cost_cents", "cost_cents", "synthetic")
                .cache();
        // codes only (no label strings): the merger rule's current_code is the one column joined on
        Dataset<Row> channelYear = costed
                .join(broadcast(municipalities.select("municipality_code", "current_code")), "municipality_code")
                .select(columns(Marts.POTENTIAL_CHANNEL_YEAR.columnNames()));
        Dataset<Row> serviceYear = costed.groupBy("municipality_code", "service_code", "year")
                .agg(sum("transactions").as("transactions"),
                        sum(when(col("digital"), col("transactions")).otherwise(lit(0L))).as("digital_transactions"),
                        sum("handling_minutes").as("handling_minutes"),
                        sum(when(col("digital"), lit(0.0)).otherwise(col("handling_minutes"))).as("non_digital_handling_minutes"),
                        sum("cost_cents").as("cost_cents"),
                        sum(when(col("digital"), lit(0L)).otherwise(col("cost_cents"))).as("non_digital_cost_cents"),
                        max("synthetic").as("synthetic"))
                .cache();
        // the caches live until the run has written the marts read from them (a scheduler keeps the session)
        ctx.whenWritten(() -> {
            serviceYear.unpersist(false);
            costed.unpersist(false);
        });
        List<ServiceYear> base = new ArrayList<>();
        for (Row r : serviceYear.filter(col("year").equalTo(baseYear)).select("municipality_code", "service_code",
                "year", "transactions", "digital_transactions", "non_digital_handling_minutes", "handling_minutes",
                "non_digital_cost_cents", "cost_cents").collectAsList()) {
            double ndMinutes = r.getDouble(5);
            long ndCost = r.getLong(7);
            base.add(new ServiceYear(r.getString(0), r.getString(1), r.getInt(2), r.getLong(3), r.getLong(4), ndMinutes,
                    r.getDouble(6) - ndMinutes, ndCost, r.getLong(8) - ndCost));
        }
        base.sort(java.util.Comparator.comparing(ServiceYear::municipalityCode).thenComparing(ServiceYear::serviceCode));
        Dataset<Row> serviceYearMart = serviceYear
                .join(broadcast(services.drop("default_minutes")), "service_code")
                .join(broadcast(municipalities), "municipality_code")
                .withColumn("non_digital_transactions", col("transactions").minus(col("digital_transactions")))
                .withColumn("digital_take_up", when(col("transactions").equalTo(0), lit(null))
                        .otherwise(col("digital_transactions").divide(col("transactions"))))
                .withColumn("cost_per_transaction_cents", when(col("transactions").equalTo(0), lit(null))
                        .otherwise(col("cost_cents").divide(col("transactions"))))
                .select(columns(Marts.POTENTIAL_SERVICE_YEAR.columnNames()));
        return new Result(MartTable.ofFrame(Marts.POTENTIAL_CHANNEL_YEAR, channelYear),
                MartTable.ofFrame(Marts.POTENTIAL_SERVICE_YEAR, serviceYearMart), base);
    }

    private static org.apache.spark.sql.Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    private static Dataset<Row> channels(SparkSession spark, ReferenceData ref) {
        List<Row> rows = new ArrayList<>();
        for (Channel c : ref.channels()) {
            rows.add(RowFactory.create(c.code(), c.nameFi(), c.nameEn(), c.digital(), c.unitCostCents()));
        }
        StructType schema = new StructType()
                .add("channel_code", DataTypes.StringType).add("channel_name_fi", DataTypes.StringType)
                .add("channel_name_en", DataTypes.StringType).add("digital", DataTypes.BooleanType)
                .add("unit_cost_cents", DataTypes.LongType);
        return spark.createDataFrame(rows, schema);
    }

    private static Dataset<Row> services(SparkSession spark, ReferenceData ref) {
        List<Row> rows = new ArrayList<>();
        for (Service s : ref.services()) {
            Object[] cols = ref.serviceColumns(s.code());
            Object[] withMinutes = java.util.Arrays.copyOf(cols, cols.length + 1);
            withMinutes[cols.length] = s.defaultHandlingMinutes();
            rows.add(RowFactory.create(withMinutes));
        }
        List<Column> serviceColumns = Marts.POTENTIAL_SERVICE_YEAR.columns().subList(4, 11);
        StructType schema = SparkSchemas.of(serviceColumns).add("default_minutes", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }

    /** Municipality columns of every municipality of the reference data. */
    private static Dataset<Row> municipalities(SparkSession spark, ReferenceData ref) {
        List<Row> rows = new ArrayList<>();
        for (String code : ref.municipalityCodes()) {
            rows.add(RowFactory.create(ref.municipalityColumns(code)));
        }
        return spark.createDataFrame(rows, SparkSchemas.of(Marts.POTENTIAL_SERVICE_YEAR.columns().subList(0, 4)));
    }
}
