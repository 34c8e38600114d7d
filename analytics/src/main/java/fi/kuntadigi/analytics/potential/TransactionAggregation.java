package fi.kuntadigi.analytics.potential;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Service;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.CodeKey;
import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one scan of the transactions (the large dataset): one group-by to municipality x service x year
 * x channel on the rows' numeric keys ({@link CodeKey}), carrying numbers only, cached; the small
 * reference tables are broadcast-joined on the keys afterwards for codes, unit costs and the merger rule,
 * and the service-year mart is rolled up from the cached result, not from the raw rows. Missing handling
 * minutes are estimated as transactions x the service's default minutes on non-digital channels (0 on
 * digital ones).
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
        Dataset<Row> municipalityKeys = municipalities.select("municipality_key", "municipality_code", "current_code");
        // numbers only: the 20 M rows are grouped on their derived keys (no string decoded, hashed or shuffled),
        // and the cached result holds numbers; codes come back by joining the small reference tables on the keys
        Dataset<Row> costed = ctx.read(Datasets.TRANSACTIONS)
                .groupBy("municipality_key", "service_key", "year", "channel_key").agg(
                        sum("transactions").as("transactions"),
                        sum("handling_minutes").as("known_minutes"),
                        sum(when(col("handling_minutes").isNull(), col("transactions")).otherwise(lit(0L)))
                                .as("tx_without_minutes"),
                        max("synthetic").as("synthetic"))
                .join(broadcast(channels.select("channel_key", "digital", "unit_cost_cents")), "channel_key")
                .join(broadcast(services.select("service_key", "default_minutes")), "service_key")
                .withColumn("handling_minutes", coalesce(col("known_minutes"), lit(0.0))
                        .plus(when(col("digital"), lit(0.0))
                                .otherwise(col("tx_without_minutes").multiply(col("default_minutes")))))
                .withColumn("cost_cents", col("transactions").multiply(col("unit_cost_cents")))
                .select("municipality_key", "service_key", "year", "channel_key", "digital", "transactions",
                        "handling_minutes", "unit_cost_cents", "cost_cents", "synthetic")
                .cache();
        // codes only (no label strings); the merger rule's current_code comes with the municipality's code
        Dataset<Row> channelYear = costed
                .join(broadcast(municipalityKeys), "municipality_key")
                .join(broadcast(services.select("service_key", "service_code")), "service_key")
                .join(broadcast(channels.select("channel_key", "channel_code")), "channel_key")
                .select(columns(Marts.POTENTIAL_CHANNEL_YEAR.columnNames()));
        Dataset<Row> serviceYear = costed.groupBy("municipality_key", "service_key", "year")
                .agg(sum("transactions").as("transactions"),
                        sum(when(col("digital"), col("transactions")).otherwise(lit(0L))).as("digital_transactions"),
                        sum("handling_minutes").as("handling_minutes"),
                        sum(when(col("digital"), lit(0.0)).otherwise(col("handling_minutes"))).as("non_digital_handling_minutes"),
                        sum("cost_cents").as("cost_cents"),
                        sum(when(col("digital"), lit(0L)).otherwise(col("cost_cents"))).as("non_digital_cost_cents"),
                        max("synthetic").as("synthetic"))
                .join(broadcast(municipalityKeys.select("municipality_key", "municipality_code")), "municipality_key")
                .join(broadcast(services.select("service_key", "service_code")), "service_key")
                .drop("municipality_key", "service_key")
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
        base.sort(Comparator.comparing(ServiceYear::municipalityCode).thenComparing(ServiceYear::serviceCode));
        Dataset<Row> serviceYearMart = serviceYear
                .join(broadcast(services.drop("default_minutes")), "service_code")
                .join(broadcast(municipalities), "municipality_code")
                .withColumn("non_digital_transactions", col("transactions").minus(col("digital_transactions")))
                .withColumn("digital_take_up", when(col("transactions").equalTo(0), lit(null))
                        .otherwise(col("digital_transactions").divide(col("transactions"))))
                .withColumn("cost_per_transaction_cents", when(col("transactions").equalTo(0), lit(null))
                        .otherwise(expr("(2 * cost_cents + transactions) div (2 * transactions)")))
                .select(columns(Marts.POTENTIAL_SERVICE_YEAR.columnNames()));
        return new Result(MartTable.ofFrame(Marts.POTENTIAL_CHANNEL_YEAR, channelYear),
                MartTable.ofFrame(Marts.POTENTIAL_SERVICE_YEAR, serviceYearMart), base);
    }

    /** Spark's columns of these names (its {@code Column} is not the catalog's). */
    private static org.apache.spark.sql.Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    /**
     * A small reference table as a frame led by {@code <entity>_key}, the {@link CodeKey} of each row's
     * {@code <entity>_code}; each row's values are taken by the schema's column names. Two codes with one key
     * (a SHA-256 prefix collision, never seen) would make the joins ambiguous, so the run stops and says which.
     */
    private static Dataset<Row> keyed(SparkSession spark, String entity, List<Map<String, Object>> rows,
                                      StructType schema) {
        Map<Long, String> seen = new HashMap<>();
        List<Row> keyed = new ArrayList<>();
        String[] names = schema.fieldNames();
        for (Map<String, Object> row : rows) {
            String code = (String) row.get(entity + "_code");
            long key = CodeKey.of(code);
            String other = seen.putIfAbsent(key, code);
            if (other != null) {
                throw new IllegalStateException(entity + " codes '" + other + "' and '" + code
                        + "' have the same key; rename one of them in the reference data");
            }
            Object[] values = new Object[names.length + 1];
            values[0] = key;
            for (int i = 0; i < names.length; i++) {
                if (!row.containsKey(names[i])) {
                    throw new IllegalStateException(entity + " reference row has no " + names[i]);
                }
                values[i + 1] = row.get(names[i]);
            }
            keyed.add(RowFactory.create(values));
        }
        StructField[] fields = new StructField[schema.fields().length + 1];
        fields[0] = DataTypes.createStructField(entity + "_key", DataTypes.LongType, false);
        System.arraycopy(schema.fields(), 0, fields, 1, schema.fields().length);
        return spark.createDataFrame(keyed, new StructType(fields));
    }

    private static Dataset<Row> channels(SparkSession spark, ReferenceData ref) {
        List<Map<String, Object>> rows = ref.channels().stream().map(c -> Map.<String, Object>of(
                "channel_code", c.code(), "channel_name_fi", c.nameFi(), "channel_name_en", c.nameEn(),
                "digital", c.digital(), "unit_cost_cents", c.unitCostCents())).toList();
        return keyed(spark, "channel", rows, new StructType()
                .add("channel_code", DataTypes.StringType).add("channel_name_fi", DataTypes.StringType)
                .add("channel_name_en", DataTypes.StringType).add("digital", DataTypes.BooleanType)
                .add("unit_cost_cents", DataTypes.LongType));
    }

    private static Dataset<Row> services(SparkSession spark, ReferenceData ref) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Service s : ref.services()) {
            Map<String, Object> columns = ref.serviceColumns(s.code());
            columns.put("default_minutes", s.defaultHandlingMinutes());
            rows.add(columns);
        }
        return keyed(spark, "service", rows, SparkSchemas.of(martColumns(ReferenceData.SERVICE_COLUMNS))
                .add("default_minutes", DataTypes.DoubleType));
    }

    /** Municipality columns of every municipality of the reference data. */
    private static Dataset<Row> municipalities(SparkSession spark, ReferenceData ref) {
        List<Map<String, Object>> rows = ref.municipalityCodes().stream().map(ref::municipalityColumns).toList();
        return keyed(spark, "municipality", rows, SparkSchemas.of(martColumns(ReferenceData.MUNICIPALITY_COLUMNS)));
    }

    /** The service-year mart's definitions of these columns. */
    private static List<Column> martColumns(List<String> names) {
        return names.stream().map(n -> Marts.POTENTIAL_SERVICE_YEAR.column(n).orElseThrow()).toList();
    }
}
